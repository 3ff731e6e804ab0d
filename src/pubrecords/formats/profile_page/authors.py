"""Author lines to :class:`~pubrecords.Person` values; is the page's owner among them?"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from ...errors import PubrecordsError
from ...model import Person, Repair
from ...names import parse_name_repaired, same_person
from ...text.scraped import fix_mojibake
from .lines import is_organisation, redecode
from .words import WORD_GIVEN, fold

# Bytes the name parser drops or refuses, which mojibake spells letters with ("Ã\xad": í).
_MOJIBAKE_BYTES = re.compile("[\xad\x80-\x9f]")


def parse_person(text: str) -> tuple[Person, tuple[Repair, ...]]:
    tokens = text.split()
    if is_organisation(tokens):
        return Person(literal=text), ()
    fixed = text
    if _MOJIBAKE_BYTES.search(text):
        fixed = fix_mojibake(text)
    elif not text.isascii() and fix_mojibake(text) == text:
        # too short for ftfy to be sure ("B. Ã…kesson"), but its bytes are exactly UTF-8
        fixed = redecode(text)
    if fixed != text:
        person, more = parse_person(fixed)
        reason = "UTF-8 text that had been read as Latin-1/Windows-1252 decoded again"
        return person, (Repair("name", "fix-mojibake", text, fixed, reason), *more)
    try:
        person, repairs = parse_name_repaired(text, "text")
    except PubrecordsError as exc:
        person = Person(literal=text)
        return person, (
            Repair(
                field="name",
                action="kept-literal",
                before=text,
                after=text,
                reason=f"name could not be split: {exc}",
            ),
        )
    first = tokens[0] if tokens else ""
    if (
        len(tokens) >= 2
        and first.lower() in WORD_GIVEN
        and first[0].isupper()
        and first not in person.given.split()
        and first != person.literal.split(" ", 1)[0]
    ):
        # "Dean Berry", "King Liu": the first word was taken for a title; it is the given name
        rest, more = parse_person(" ".join(tokens[1:]))
        if rest.family and not rest.literal:
            given = f"{first} {rest.given}".strip()
            return attrs.evolve(rest, given=given), more
    return person, repairs


def mentions_owner(owner: Person, people: Iterable[tuple[Person, tuple[Repair, ...]]]) -> bool:
    """Is the owner among the (distinct) people named in author lists?"""
    owner_text = str(owner).casefold()
    family = fold(owner.family) if owner.family else ""
    for person, _ in people:
        if str(person).casefold() == owner_text:
            return True
        if family and fold(person.family) == family:
            try:
                if same_person(person, owner):
                    return True
            except PubrecordsError:
                continue
    return False
