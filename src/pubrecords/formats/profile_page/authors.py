"""Author lines to :class:`~pubrecords.Person` values; is the page's owner among them?"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from ...errors import PubrecordsError
from ...model import Person, Repair
from ...names import parse_name_repaired, same_person
from ...text.scraped import fix_mojibake
from .lines import is_organisation, named_body, redecode
from .words import CJK_RUN, PARTICLES, WORD_GIVEN, fold, particle_like, vocabulary

# Bytes the name parser drops or refuses, which mojibake spells letters with ("Ã\xad": í).
_MOJIBAKE_BYTES = re.compile("[\xad\x80-\x9f]")


def parse_person(text: str) -> tuple[Person, tuple[Repair, ...]]:
    tokens = text.split()
    if is_organisation(tokens) or named_body(tokens) or _japanese_run(text):
        return Person(literal=text), ()
    fixed = text
    if not text.isascii():
        # ftfy accepts only a repair that explains the text exactly; a name too short for it
        # to be sure ("B. Ã…kesson") is decoded when its bytes are exactly UTF-8. Either may
        # hold a no-break space ("Å\xa0": "Š") that splitting would take for a word break.
        fixed = fix_mojibake(text)
        if fixed == text and not _MOJIBAKE_BYTES.search(text):
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
    person = _von_part(tokens, person)
    first = tokens[0] if tokens else ""
    if (
        len(tokens) >= 2
        and (first.lower() in WORD_GIVEN or _spelled_out(first))
        and first[0].isupper()
        and first not in person.given.split()
        and first != person.literal.split(" ", 1)[0]
    ):
        # "Dean Berry", "King Liu", "Justice Nowak": the first word was taken for a title;
        # it is the given name when one name would be left (an author has two)
        rest, more = parse_person(" ".join(tokens[1:]))
        if rest.family and not rest.literal and (not rest.given or first.lower() in WORD_GIVEN):
            given = f"{first} {rest.given}".strip()
            return attrs.evolve(rest, given=given), more
    return person, repairs


def _spelled_out(word: str) -> bool:
    """A capitalised word of five letters or more, no abbreviation ("Justice", not "Dr")."""
    return len(word) >= 5 and word.isalpha() and word[1:].islower()


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


# Kanji that end two-character Japanese family names (田中 and 山田, the commonest ending;
# 山本, 中村, 佐藤, 鈴木, 野口, 宮崎, 服部, 岩井, 竹内, 森下, 杉浦, 菊池, 長尾, 赤坂, 小山,
# 井上) and that a Chinese given name almost never starts with: a three-character name with
# one second is a Japanese name, not "王" + "小明".
_JAPANESE_FAMILY_END = frozenset("田本村藤木川野井口原崎部谷内下浦池尾坂沢島橋岡辺宮間塚瀬山上")


def _japanese_run(text: str) -> bool:
    """A name of three Han characters run together that is Japanese: written with Japanese
    kanji (all in JIS X 0208) and either not Simplified Chinese (a letter outside GB 2312,
    "中村誠") or with a second character that ends Japanese family names ("森川彩").

    A Chinese name splits after its first character ("王小明"); a Japanese one does not
    (its family name is mostly two characters), and without a dictionary it is kept whole,
    as the name parser keeps one of four characters or with kana. A name in Traditional
    characters that JIS shares is kept whole too (no split is better than a wrong one).
    """
    return (
        len(text) == 3
        and not text.isascii()
        and CJK_RUN.fullmatch(text) is not None
        and not any("\uac00" <= c <= "\ud7af" for c in text)  # Hangul: Korean
        and _encodable(text, "shift_jis")
        and (text[1] in _JAPANESE_FAMILY_END or not _encodable(text, "gb2312"))
    )


def _von_part(tokens: Sequence[str], person: Person) -> Person:
    """BibTeX's "First von Last": the lowercase words between the capitalised given names and
    the capitalised family name are the particle ("Sofia dal Molin", "Luis de las Heras"),
    when they read as particles (short, no common word)."""
    if person.literal or len(tokens) < 3 or not tokens[0][:1].isupper():
        return person
    low = [i for i, t in enumerate(tokens) if t[:1].islower() or _elided(t)]
    if not low or not tokens[-1][:1].isupper():
        return person
    start, end = low[0], low[-1] + 1
    if low != list(range(start, end)) or start == 0:
        return person
    if all(t in PARTICLES for t in tokens[start:end]):
        return person  # known particles ("wa", "y"): the name parser's split stands
    given_words, family_words = person.given.split(), person.family.split()
    misplaced = (given_words and given_words[-1][:1].islower()) or (
        family_words and (family_words[0][:1].islower() or _elided(family_words[0]))
    )
    if not misplaced:
        return person  # the parser found the particle, or read the line otherwise
    vocab = vocabulary()[0]
    if not all(t in PARTICLES or _elided(t) or particle_like(t, vocab) for t in tokens[start:end]):
        return person
    given, particle = " ".join(tokens[:start]), " ".join(tokens[start:end])
    family = " ".join(tokens[end:])
    if (person.given, person.particle, person.family) == (given, particle, family):
        return person
    if person.suffix or f"{person.given} {person.particle} {person.family}".split() != list(tokens):
        return person  # the parser read more into the line (a suffix, a comma): keep its split
    return attrs.evolve(person, given=given, particle=particle, family=family)


def _elided(token: str) -> bool:
    """An elided article in a Dutch particle: "'t" ("van 't Veld"), "'s"."""
    return 2 <= len(token) <= 3 and token[0] in "'’" and token[1:].isalpha() and token.islower()


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
