"""The author cells of a table (CSV, TSV, Excel, JSON): split into people, each change the
reading makes recorded on the record (a title dropped from a name, a lost accent restored:
field ``authors[i]``; HTML references decoded, glued names split: field ``authors``)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import ParseError, PubrecordsError
from ..model import Person, Repair
from ..names import NameRepairs, parse_author_list_repaired, parse_name_repaired, repairs_on
from .table_columns import MISSING as _MISSING
from .table_columns import list_cell
from .tagged import family_first

__all__ = ["authors", "cell_text", "full_names", "unglue"]


def cell_text(value: Any) -> str:
    """A cell as text: JSON scalars become their text, containers compact JSON.

    pandas' missing-value tokens (``NA``, ``NaN``, ``NULL``, ``None``, ``-``, …) are empty.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.strip()
        return "" if text in _MISSING else text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value != value:
        return ""  # NaN
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _repaired(read: list[NameRepairs], repairs: list[Repair]) -> list[Person]:
    """The people read; what reading each changed goes into ``repairs`` (``authors[i]``)."""
    for i, (_, got) in enumerate(read):
        if got:
            repairs.extend(repairs_on(f"authors[{i}]", got))
    return [person for person, _ in read]


def authors(
    value: Any,
    extra: dict[str, str],
    repairs: list[Repair],
    line: int,
    path: str | None,
    semicolon_names: bool = False,
    names: dict[str, NameRepairs] | None = None,
    family_first_names: bool = False,
) -> tuple[list[Person], bool]:
    """The people of an author cell (a string, or a JSON list of names) and whether the
    list is complete; the repairs made go into ``repairs``, a cell that could not be split
    into ``extra["authors"]``; ``names``: the file's names read so far;
    ``family_first_names``: each name is "Family, Given" (Web of Science)."""
    if value is None or value == "":
        return [], True
    if isinstance(value, list):
        read: list[NameRepairs] = []
        for item in value:
            if isinstance(item, dict):
                read.append((_person_from_dict(item), ()))
            elif isinstance(item, str) and item.strip():
                try:
                    read.append(parse_name_repaired(item))
                except PubrecordsError:
                    read.append((Person(literal=" ".join(item.split())), ()))
            elif item not in (None, ""):
                raise ParseError(f"author {item!r} is not a name", line=line, path=path)
        return _repaired(read, repairs), True
    text = cell_text(value)
    if not text:
        return [], True
    if text[0] == "[" and text[-1] == "]":  # a list as pandas writes one ("['Doe, J', …]")
        items = list_cell(text)
        if items is not None:
            return authors(items, extra, repairs, line, path)
    if "&" in text and _ENTITY.search(text):
        decoded = _decode_entities(text)
        repairs.append(
            Repair(
                field="authors",
                action="decoded",
                before=text,
                after=decoded,
                reason="HTML character references decoded before splitting the names",
            )
        )
        text = decoded
    if family_first_names and "," in text:
        # Web of Science's AU and AF: "Hao, J; Siu, KC", each name family name first
        each: list[NameRepairs] = []
        for part in filter(None, (p.strip() for p in text.split(";"))):
            got = names.get("\x00" + part) if names is not None else None
            if got is None:
                try:
                    got = family_first(part)
                except PubrecordsError:
                    extra["authors"] = text
                    return [], False
                if names is not None:
                    names["\x00" + part] = got
            each.append(got)
        return _repaired(each, repairs), True
    if semicolon_names and ";" not in text and text.count(",") == 1:
        # Zotero's Author column: "Family, Given; Family, Given", so one comma is one name
        try:
            got = names.get(text) if names is not None else None
            if got is None:
                got = parse_name_repaired(text)
                if names is not None:
                    names[text] = got
            return _repaired([got], repairs), True
        except PubrecordsError:
            pass
    if _SCOPUS_NAMES.match(text):
        # Scopus: "Hao J., High R." or "Hao J.; High R." (family name, then initials)
        # (initials spaced as parse_name spaces them: "D.G." is "D. G.")
        return [
            Person(family=m.group(1), given=_JOINED_INITIALS.sub(". ", m.group(2)))
            for m in _SCOPUS_NAME.finditer(text)
        ], True
    try:
        people, complete = parse_author_list_repaired(text, cache=names)
    except PubrecordsError:
        # Keep the text rather than lose it: the names issue decides how to split it.
        extra["authors"] = text
        return [], False
    return _repaired(people, repairs), bool(complete)


def unglue(text: str, repairs: list[Repair]) -> str:
    """Springer Link's Authors cell ("Vivek K. PallipuramMohammad BhuiyanMelissa C. Smith")
    as a list with separators: a name ends where a lower-case letter meets a capital that
    starts a word, unless the piece after it holds no space ("McDonald", "LeCun" stay
    whole). A cell with a separator already is left alone; a split is a repair."""
    if "," in text or ";" in text or " and " in text:
        return text
    pieces: list[str] = []
    start = 0
    for i in range(1, len(text) - 1):
        if (
            text[i - 1].islower()
            and text[i].isupper()
            and (text[i + 1].islower() or text[i + 1] == ".")
        ):
            pieces.append(text[start:i])
            start = i
    if not pieces:
        return text
    pieces.append(text[start:])
    names: list[str] = []
    for piece in pieces:
        if names and " " not in piece.strip():
            names[-1] += piece  # ("Ronald Mc" + "Donald")
        else:
            names.append(piece)
    if len(names) < 2:
        return text
    joined = ", ".join(name.strip() for name in names)
    repairs.append(
        Repair(
            field="authors",
            action="split",
            before=text,
            after=joined,
            reason="Springer's CSV writes its authors' names without separators",
        )
    )
    return joined


def _person_from_dict(item: Mapping[str, Any]) -> Person:
    if item.get("literal"):
        return Person(literal=cell_text(item["literal"]))
    return Person(
        given=cell_text(item.get("given")),
        family=cell_text(item.get("family")),
        particle=cell_text(item.get("particle") or item.get("non-dropping-particle")),
        suffix=cell_text(item.get("suffix")),
    )


_SCOPUS_ITEM = r"[^\W\d][^,;.]*? (?:[^\W\d]\.-?)+"
_SCOPUS_NAMES = re.compile(rf"^{_SCOPUS_ITEM}(?:[,;] {_SCOPUS_ITEM})*$")
_SCOPUS_NAME = re.compile(r"([^\W\d][^,;.]*?) ((?:[^\W\d]\.-?)+)(?=[,;]|$)")
_JOINED_INITIALS = re.compile(r"\.(?=[^\W\d_])")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: An entity inside a word followed by a stray space ("K&#246; ller" for "Köller"), unless
#: the next word is a name particle ("Jos&#233; de Souza").
_ENTITY_GAP = re.compile(
    r"(?<=[^\s,;])(&#?[A-Za-z0-9]{1,31};) (?!(?:de|da|del|della|der|den|di|du|la|le|van|von|ter|ten|y)\b)(?=[a-z])"
)


def _decode_entities(text: str) -> str:
    """Decode HTML character references (``&#246;`` → ``ö``, ``&amp;`` → ``&``)."""
    text = _ENTITY_GAP.sub(r"\1", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


# Scopus's "Author full names" cell: "Hao, Jie (57221302630); High, Robin (6701683718)"
_FULL_NAME = re.compile(r"\s*(?P<name>[^;()]+?)\s*(?:\((?P<id>\d{5,})\))?\s*")
_INITIALS = re.compile(r"[^\W\d_]")


def full_names(
    people: tuple[Person, ...], cell: str, scopus: bool
) -> tuple[tuple[Person, ...], list[Repair]] | None:
    """The people of an author cell with their names written out, from a cell of full
    names in the same order (Scopus's ``Author full names``: ``Hao, Jie (57221302630)``,
    the Scopus author id kept as ``identifiers["scopus"]``; Web of Science's ``AF``:
    ``Hao, Jie``), where each full name is the abbreviated one's (the same family name, the
    initials agree); the changes as repairs (``authors[i]``, ``full-name``). A full name
    that is not the abbreviated one's leaves it as it is; None where the cells do not list
    as many people, or most names disagree.

        >>> from pubrecords import Person
        >>> got = full_names((Person(given="K.-C.", family="Siu"),), "Siu, Ka-Chun (57192938181)", True)
        >>> got[0][0].given, got[0][0].identifiers
        ('Ka-Chun', {'scopus': '57192938181'})
    """
    parts = cell.split(";")
    if len(parts) != len(people):
        return None
    out: list[Person] = []
    repairs: list[Repair] = []
    unmatched = 0
    for i, (person, part) in enumerate(zip(people, parts, strict=True)):
        m = _FULL_NAME.fullmatch(part)
        full: Person | None = None
        if m is not None and not person.literal:
            try:  # (Web of Science's AF as its AU: family name first, "Siu, KC")
                reader = parse_name_repaired if scopus else family_first
                full, _ = reader(m.group("name"))
            except PubrecordsError:
                full = None
        if m is None or full is None or not _same_name(person, full):
            unmatched += 1  # (kept as the abbreviated cell has it)
            out.append(person)
            continue
        ident = m.group("id") if scopus else None
        if full.given == person.given and ident is None:
            out.append(person)
            continue
        changed = full if full.given != person.given else person
        if ident is not None:
            changed = attrs.evolve(changed, identifiers={**changed.identifiers, "scopus": ident})
        out.append(changed)
        if full.given != person.given:
            repairs.append(
                Repair(
                    f"authors[{i}]",
                    "full-name",
                    str(person),
                    str(full),
                    "written out as the export's full-names column writes it",
                )
            )
    if 2 * unmatched > len(people):  # (the two cells do not list the same people)
        return None
    return tuple(out), repairs


def _same_name(short: Person, full: Person) -> bool:
    """Is ``full`` the person ``short`` abbreviates: the same family name (and particle),
    and the initials of ``short``'s given name those of ``full``'s, in order?"""
    if (short.family.casefold(), short.particle.casefold()) != (
        full.family.casefold(),
        full.particle.casefold(),
    ):
        return False
    mine = "".join(_INITIALS.findall(short.given)) if _is_initials(short.given) else None
    theirs = "".join(  # (each part's, "Ka-chun": KC; not a particle's: "…ves de Oliveira")
        part[0]
        for word in full.given.replace(".", " ").split()
        if word[:1].isupper()
        for part in word.split("-")
        if part
    )
    if mine is None:  # (a given name written out already: it must be the same)
        return short.given.casefold() == full.given.casefold()
    return bool(mine) and theirs.casefold().startswith(mine.casefold())


def _is_initials(given: str) -> bool:
    """Is a given name initials only ("J.", "K.-C.", "JA", "J A")?"""
    words = re.split(r"[\s\-]+", given.replace(".", ". ").strip())
    return all(len(w.rstrip(".")) <= 1 or (w.isupper() and len(w) <= 3) for w in words if w)
