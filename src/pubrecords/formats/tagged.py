"""What the readers and writers of line-tagged formats (MEDLINE, Web of Science) share.

A record of such a format is a run of tag lines, each with its continuation lines. The
reader keeps the record's lines as written in a :class:`~pubrecords.SourceEntry`; the
writer gives an unchanged record back as written, and a changed one with only its changed
fields written anew, in the place of the lines they were read from.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, NamedTuple

from ..errors import ParseError, ParseWarning, PubrecordsWarning
from ..model import Block, Person, Publication, Repair, Source, SourceEntry, changed_fields
from ..names import NameRepairs, parse_name_repaired

#: A model attribute (``"date"``, ``"extra:<name>"``) -> the indices of the fields it was
#: read from.
Used = dict[str, list[int]]
#: A format's interpretation of one record's fields: (the Publication's fields, its
#: ``extra``, what gave each).
Interpret = Callable[[Sequence[tuple[str, str]]], tuple[dict[str, Any], dict[str, str], Used]]


class Record(NamedTuple):
    """A record as a scanner found it."""

    fields: tuple[tuple[str, str], ...]  # (tag, value as written, continuation lines too)
    raw: str
    line: int
    before: tuple[Block, ...]


def plain_text(text: str) -> str:
    """``text`` without its byte order mark, its lines ended by ``\\n`` alone."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")


def _squash(text: str) -> str:
    """``text`` without commas and spaces ("G. L." and "G.L." alike)."""
    return "".join(text.replace(",", " ").split())


def family_first(value: str) -> NameRepairs:
    """A name written family name first, ``Family, Given[, Suffix]`` (Web of Science's
    ``AU``/``AF``, MEDLINE's ``FAU``): the part before the first comma is the family name
    (with its leading lower-case particle: "van der Berg"), whatever the free-text rules
    would make of it ("Salas Huamani, J.R." is not "Salas Huamani" with the suffix "J.R.",
    nor "Terk, MD" a doctor with no given name), and the name is kept as written (no accent
    "restored" in "Filip'echeva"). With the person, the repairs reading it made (field
    ``name``: a title or an aside in brackets dropped, an accent restored where the
    free-text reading stands). Raises :class:`~pubrecords.errors.NameParseError` for text
    that holds no name."""
    person, repairs = parse_name_repaired(value, "text")
    # (an aside in brackets is no part of the name, as for the free-text rules: Zoological
    # Record's "Stillman, Andrew N. (andrew.stillman@uconn.edu)")
    before, comma, after = _ASIDE.sub("", value).partition(",")
    if not comma or person.literal:
        return person, repairs
    family = " ".join(unicodedata.normalize("NFC", before).split())
    after = unicodedata.normalize("NFC", after)
    parsed = f"{person.particle} {person.family}".strip()
    given_part = after.split(",")[0].strip()
    if (person.given or not given_part) and (
        (parsed == family and _squash(f"{person.given} {person.suffix}") == _squash(after))
        or (f"{parsed} {person.suffix}" == family and _squash(person.given) == _squash(after))
    ):
        return person, repairs  # (the free-text rules read it family first too: "Dale Jr., John")
    words = family.split()
    cut = 0
    while cut < len(words) - 1 and words[cut].islower() and words[cut].isalpha():
        cut += 1
    rest = [part.strip() for part in after.split(",")[1:] if part.strip()]
    person = Person(
        given=given_part,
        family=" ".join(words[cut:]),
        particle=" ".join(words[:cut]),
        suffix=", ".join(rest),
    )
    # the name as written, but for an aside in brackets
    asides = _ASIDE.findall(value)
    if not asides:
        return person, ()
    dropped = " ".join(a.strip() for a in asides)
    reason = f"aside {dropped!r} is no part of the name (dropped)"
    return person, (Repair("name", "drop-nickname", value, str(person), reason),)


def skip_malformed(message: str, line: int, path: str | None, strict: bool) -> None:
    """A malformed record: an error with ``strict``, else a warning that it is skipped (the
    scanner keeps its text as written)."""
    if strict:
        raise ParseError(message, line=line, path=path)
    where = f"{path or '<text>'}:{line}: "
    warnings.warn(ParseWarning(where + message + "; skipped (kept as written)"), stacklevel=5)


def publications(
    records: Sequence[Record],
    after: tuple[Block, ...],
    interpret: Interpret,
    dialect: str,
    key_of: Callable[[dict[str, Any]], str],
    path: str | None,
) -> list[Publication]:
    """The records as publications, each keeping its entry as read (``after``: the text
    after the last record, kept with it)."""
    pubs: list[Publication] = []
    for number, rec in enumerate(records):
        values, extra, _ = interpret(rec.fields)
        key = key_of(values)
        source = Source(dialect, path, rec.line, None, key or None)
        pub = Publication(**values, extra=extra, provenance=(source,))
        entry = SourceEntry(
            entry_type=pub.kind.value if dialect == "wos" else "",
            key=key,
            fields=rec.fields,
            raw=rec.raw,
            dialect=dialect,
            before=rec.before,
            after=after if number == len(records) - 1 else (),
            as_read=pub,
        )
        pubs.append(Publication(**values, extra=extra, provenance=(source,), source_entry=entry))
    return pubs


def extra_of(
    tags: Sequence[str],
    texts: Sequence[str],
    used: Used,
    names: dict[str, str],
    joins: dict[str, str],
) -> dict[str, str]:
    """``extra``: every field with a value that gave no model attribute, under its name
    (``names``, else the tag), a repeated name's values joined (``joins``, else by lines);
    ``used`` learns which fields gave each ``"extra:<name>"``."""
    taken = {i for got in used.values() for i in got}
    lists: dict[str, list[int]] = {}
    for i, tag in enumerate(tags):
        if i not in taken and texts[i]:
            lists.setdefault(names.get(tag, tag), []).append(i)
    for name, got in lists.items():
        used["extra:" + name] = got
    return {name: joins.get(name, "\n").join(texts[i] for i in got) for name, got in lists.items()}


def changed_attributes(pub: Publication, old: Publication, compared: Sequence[str]) -> list[str]:
    """What differs from the record as read: attributes, ``"date"``, ``"extra:<key>"``."""
    changed, extra = changed_fields(pub, old, compared)
    if pub.year != old.year or pub.month != old.month:
        changed.append("date")
    changed.extend(f"extra:{k}" for k in extra)
    return changed


def as_written(lines: Iterable[str], tag_line: re.Pattern[str]) -> list[str]:
    """A record's fields as its text has them: each tag line with its continuation lines."""
    out: list[str] = []
    for line in lines:
        if tag_line.match(line) is not None or not out:
            out.append(line)
        else:
            out[-1] += "\n" + line
    return out


def rewritten(
    pub: Publication,
    entry: SourceEntry,
    changed: Sequence[str],
    used: Used,
    written: Sequence[str],
    lines_of: Callable[[str, Publication, Sequence[str]], list[str]],
) -> list[str]:
    """The lines of a changed record: every field as ``written`` but those that gave a
    changed attribute, whose lines (``lines_of(attribute, pub, the tags it was read
    from)``) stand where the first of them stood; an attribute read from no field last."""
    owner: dict[int, str] = {}
    for name in changed:
        for i in used.get(name, ()):
            owner[i] = name
    lines: list[str] = []
    done: set[str] = set()
    for i, text in enumerate(written):
        owned = owner.get(i)
        if owned is None:
            lines.append(text)
        elif owned not in done:
            done.add(owned)
            lines.extend(lines_of(owned, pub, [entry.fields[j][0] for j in used[owned]]))
    for name in changed:
        if name not in done:
            lines.extend(lines_of(name, pub, ()))
    return lines


def unwritten_identifiers(
    pub: Publication, written: Collection[str] = (), key: str | None = None
) -> list[str]:
    """The identifiers of ``pub`` a format has no place for (those not ``written``; a
    table's record id that is the record's key, ``key`` or its own, aside), named
    ``identifiers.<name>`` for a writer's warning."""
    key = pub.key if key is None else key
    return [
        f"identifiers.{name}"
        for name, value in pub.identifiers.items()
        if value and name not in written and not (name == "id" and value == key)
    ]


def count_identifiers(pub: Publication, written: Collection[str], unwritten: Counter[str]) -> None:
    """Count in ``unwritten`` the identifiers of ``pub`` a format has no tag for."""
    if pub.identifiers:
        unwritten.update(unwritten_identifiers(pub, written))


def warn_unwritten(format_name: str, unwritten: Counter[str]) -> None:
    """One warning naming the fields a format has no place for, with how many records."""
    if unwritten:
        what = ", ".join(f"{name} ({count})" for name, count in sorted(unwritten.items()))
        warnings.warn(
            f"{format_name} has no tag for these fields, not written (records): {what}",
            PubrecordsWarning,
            stacklevel=3,
        )
