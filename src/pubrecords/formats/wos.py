"""Web of Science "plain text" (field-tagged) exports, read and written.

Web of Science's "Plain text file" export (the one VOSviewer, bibliometrix and CiteSpace
read) starts with ``FN`` and ``VR`` lines; each record runs from ``PT`` to ``ER``; a line is
a two-character tag, a space and the value, and a line that starts with three spaces
continues the tag above it (for authors, addresses and cited references: one item a line);
``EF`` ends the file. The reader understands the tags below and keeps every line of every
record as written (in :attr:`Publication.source_entry`), so :func:`to_wos` gives an unchanged
file back exactly::

    >>> from pubrecords import parse_wos, to_wos
    >>> wos = '''FN Clarivate Analytics Web of Science
    ... VR 1.0
    ... PT J
    ... AU Okafor, NA
    ...    van der Berg, P
    ... AF Okafor, Ngozi A.
    ...    van der Berg, Pieter
    ... TI Tidal rhythms of sleep in coastal
    ...    towns
    ... SO JOURNAL OF COASTAL RHYTHMS
    ... DT Article
    ... PD MAR
    ... PY 2024
    ... VL 41
    ... BP 211
    ... EP 219
    ... DI 10.1000/tides.2024.41
    ... UT WOS:000000000000001
    ... ER
    ...
    ... EF
    ... '''
    >>> [pub] = parse_wos(wos)
    >>> pub.title, [a.family for a in pub.authors], pub.year, pub.month, pub.pages
    ('Tidal rhythms of sleep in coastal towns', ['Okafor', 'Berg'], 2024, 3, '211-219')
    >>> pub.kind, pub.venue, pub.identifiers
    (<Kind.JOURNAL_ARTICLE: 'journal-article'>, 'JOURNAL OF COASTAL RHYTHMS', {'wos': 'WOS:000000000000001'})
    >>> to_wos([pub]) == wos
    True
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import NameParseError, ParseError
from ..model import Block, Kind, Person, Publication, Repair, SourceEntry
from ..names import NameRepairs, repairs_ending_as, repairs_on
from .bibtex.years import date_day
from .files import read_text
from .ris import _date
from .tagged import (
    Record,
    as_written,
    changed_attributes,
    count_identifiers,
    extra_of,
    family_first,
    plain_text,
    publications,
    rewritten,
    skip_malformed,
    warn_unwritten,
)

__all__ = ["parse_wos", "read_wos", "to_wos", "write_wos"]

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9])(?: |$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADER = "FN Clarivate Analytics Web of Science\nVR 1.0"
# Tags whose lines are items (one author, address or reference a line), not wrapped text.
_PD_DAY = re.compile(r"\s*[A-Za-z]{3}\s+([0-9]{1,2})\s*")
_LIST_TAGS = frozenset({"AU", "AF", "BA", "BF", "CA", "GP", "BE", "CR", "C1", "C3"})
_NAME_TAGS = frozenset({"AU", "AF", "BA", "BF", "CA", "BE"})
# Tags kept in ``extra`` under the name the other readers use; every other tag not read
# into the model is kept under the tag itself (``CR``, ``C1``, ``WC``, ``TC``, ``ID``, …).
# (``AR``, an electronic journal's article number, is biblatex's ``eid``; ``CL``, where a
# conference was held, biblatex's ``venue``, CSL's ``event-place``)
_EXTRA_NAME = {
    "DE": "keywords",
    "LA": "language",
    "SN": "issn",
    "BN": "isbn",
    "AR": "eid",
    "CL": "venue",
}
_EXTRA_TAG = {name: tag for tag, name in _EXTRA_NAME.items()}
# The writer's (PT, DT) for a kind of work.
_TYPES_OF_KIND: dict[Kind, tuple[str, str]] = {
    Kind.JOURNAL_ARTICLE: ("J", "Article"),
    Kind.BOOK_REVIEW: ("J", "Book Review"),
    Kind.CONFERENCE_PAPER: ("S", "Proceedings Paper"),
    Kind.BOOK: ("B", "Book"),
    Kind.CHAPTER: ("B", "Book Chapter"),
    Kind.PREPRINT: ("J", "Preprint"),
    Kind.DATASET: ("J", "Data Paper"),
    Kind.OTHER: ("P", "Patent"),
}
_WOS_TAGS = frozenset(
    [
        "AB",
        "AF",
        "AR",
        "AU",
        "BA",
        "BE",
        "BF",
        "BN",
        "BP",
        "BS",
        "C1",
        "C3",
        "CA",
        "CL",
        "CR",
        "CT",
        "CY",
        "DA",
        "DE",
        "DI",
        "DL",
        "D2",
        "DT",
        "EA",
        "EF",
        "EI",
        "EM",
        "EP",
        "FU",
        "FX",
        "GA",
        "GP",
        "HC",
        "HO",
        "HP",
        "ID",
        "IS",
        "J9",
        "JI",
        "LA",
        "MA",
        "NR",
        "OA",
        "OI",
        "PA",
        "PD",
        "PG",
        "PI",
        "PM",
        "PN",
        "PT",
        "PU",
        "PY",
        "RI",
        "RP",
        "SC",
        "SE",
        "SI",
        "SN",
        "SO",
        "SP",
        "SU",
        "TC",
        "TI",
        "U1",
        "U2",
        "UT",
        "VL",
        "WC",
        "WE",
        "Z9",
    ]
)


# ---------------------------------------------------------------- reading


def _scan(text: str, path: str | None, strict: bool) -> tuple[list[Record], tuple[Block, ...]]:
    """Split ``text`` into records (``PT`` ... ``ER``); other lines are kept as text blocks."""
    lines = text.split("\n")
    records: list[Record] = []
    pending: list[Block] = []
    outside: list[str] = []  # (lines between records, kept as one block)

    def flush() -> None:
        if any(line.strip() for line in outside):
            pending.append(Block("text", "\n".join(outside).strip("\n")))
        outside.clear()

    i, n = 0, len(lines)
    while i < n:
        if not lines[i].startswith("PT "):
            outside.append(lines[i])
            i += 1
            continue
        flush()
        j = i + 1
        while j < n and lines[j].rstrip() not in ("ER", "EF") and not lines[j].startswith("PT "):
            j += 1
        chunk = lines[i : min(j + 1, n)]
        raw = "\n".join(chunk)
        if j >= n or lines[j].rstrip() != "ER":  # (the next record, EF or the end came first)
            skip_malformed(f"Web of Science record {lines[i][3:]!r} has no ER", i + 1, path, strict)
            raw = "\n".join(lines[i:j]).rstrip("\n")
            pending.append(Block("failed", raw))
            i = j
            continue
        stray = next(
            (
                k
                for k in range(i + 1, j)
                if lines[k] and not lines[k][0].isspace() and _TAG_LINE.match(lines[k]) is None
            ),
            None,
        )  # (a line neither a tag's nor indented, "AUGilles, H": not part of the tag above)
        if stray is not None or _CONTROL.search(raw) is not None:
            problem = "control characters"
            if stray is not None:
                problem = f"line {stray + 1} ({lines[stray][:20]!r}) has no tag"
            skip_malformed(f"malformed Web of Science record: {problem}", i + 1, path, strict)
            pending.append(Block("failed", raw))
            i = j + 1
            continue
        tags: list[str] = []
        values: list[list[str]] = []  # (each value's lines, joined once)
        for line in chunk[:-1]:
            m = _TAG_LINE.match(line)
            if m is not None:
                tags.append(m.group(1))
                values.append([line[m.end() :]])
            else:  # (a continuation line)
                values[-1].append(line)
        fields = tuple(zip(tags, map("\n".join, values), strict=True))
        records.append(Record(fields, raw, i + 1, tuple(pending)))
        pending = []
        i = j + 1
    flush()
    return records, tuple(pending)


def _items(tag: str, value: str) -> list[str]:
    """A value's items: its lines for a list tag, else its text as one item."""
    parts = [part.strip() for part in value.split("\n")]
    if tag in _NAME_TAGS:  # (old ISI exports: "AU Joffe, Hadine; Hall, Janet E" on one line)
        return [name.strip() for part in parts for name in part.split("; ") if name.strip()]
    if tag in _LIST_TAGS:
        return [part for part in parts if part]
    text = " ".join(part for part in parts if part)
    return [text] if text else []


def _person(value: str, names: dict[str, NameRepairs]) -> NameRepairs:
    """The person of an ``AF``/``AU`` name and the repairs reading it made (``names``: the
    file's names read so far)."""
    got = names.get(value)
    if got is None:
        try:
            got = family_first(value)
        except NameParseError:
            got = Person(literal=value), ()
        names[value] = got
    return got


_NO_REPAIRS: tuple[Repair, ...] = ()


def _initial_not_suffix(person: Person, short: str) -> Person:
    """``person`` (from ``AF``) with a one-letter "suffix" put back in the given names when
    the short form (``AU``) has it as the last initial: Web of Science writes "Kuchin,
    Anatoly V." as ``AF Kuchin, A., V`` and ``AU Kuchin, AV``."""
    if len(person.suffix) != 1 or not person.suffix.isupper():
        return person
    initials = short.partition(",")[2].strip()
    if not initials.endswith(person.suffix) or len(initials) < 2:
        return person
    return attrs.evolve(person, given=f"{person.given} {person.suffix}".strip(), suffix="")


_MONTH_NAMES = "january february march april may june july august september october november"
_MONTHS = (*_MONTH_NAMES.split(), "december")
_WORD = re.compile(r"[A-Za-z]+")


def _pd_month(text: str) -> int | None:
    """The month of a ``PD`` value: its first month name, wherever it stands ("MAR",
    "MAR 15", "2026 FEB 25", "7 April 2003", "2020-Dec", "JAN-FEB": 1); none for a season
    ("SPR", "Fall 2005") or a date without a month name."""
    for m in _WORD.finditer(text):
        word = m.group().lower()
        for number, name in enumerate(_MONTHS, 1):
            if len(word) >= 3 and name.startswith(word):
                return number
    return None


def _kind(pt: str, dt: str, conference: bool = False) -> Kind:
    """The kind of work of ``PT`` and ``DT`` (``conference``: the record names a meeting,
    ``CT``, which tells a paper in a book or series of proceedings when there is no
    ``DT``)."""
    if not dt and conference and pt in ("B", "S"):
        return Kind.CONFERENCE_PAPER
    types = {t.strip() for t in dt.lower().split(";")}
    if "book review" in types:
        return Kind.BOOK_REVIEW
    if "proceedings paper" in types and pt != "J":
        return Kind.CONFERENCE_PAPER
    if "book chapter" in types:
        return Kind.CHAPTER
    if "book" in types or pt == "B":
        return Kind.BOOK
    if "preprint" in types:
        return Kind.PREPRINT
    if "data paper" in types and pt != "J":
        return Kind.DATASET
    if pt == "J":
        return Kind.JOURNAL_ARTICLE
    if pt == "S":
        return Kind.CONFERENCE_PAPER if "proceedings paper" in types else Kind.BOOK
    if pt == "P":
        return Kind.OTHER
    return Kind.UNKNOWN


def _interpret(
    fields: Sequence[tuple[str, str]], names: dict[str, NameRepairs]
) -> tuple[dict[str, Any], dict[str, str], dict[str, list[int]]]:
    """The Publication's fields of one record, its ``extra``, and which fields gave each
    (``used``: a model attribute, ``"date"`` or ``"extra:<name>"`` -> field indices)."""
    tags = [tag for tag, _ in fields]
    items = [_items(tag, value) for tag, value in fields]
    first: dict[str, int] = {}
    for i in range(len(tags) - 1, -1, -1):
        if items[i]:
            first[tags[i]] = i
    used: dict[str, list[int]] = {}
    out: dict[str, Any] = {}

    def take(attr: str, tag: str) -> str | None:
        i = first.get(tag)
        if i is None:
            return None
        used[attr] = [i]
        return " ".join(items[i])

    pt_at, dt_at = first.get("PT"), first.get("DT")
    pt = items[pt_at][0] if pt_at is not None else ""
    dt = items[dt_at][0] if dt_at is not None else ""
    out["kind"] = _kind(pt, dt, "CT" in first)
    used["kind"] = [i for i in (pt_at, dt_at) if i is not None]
    out["title"] = take("title", "TI") or ""
    out["venue"] = take("venue", "SO")
    author_tag = "AF" if "AF" in first else "AU"
    author_fields = [i for i in range(len(tags)) if tags[i] in ("AU", "AF", "CA") and items[i]]
    read = [
        _person(item, names) if tags[i] == author_tag else (Person(literal=item), _NO_REPAIRS)
        for i in author_fields
        if tags[i] in (author_tag, "CA")
        for item in items[i]
    ]
    authors = [person for person, _ in read]
    short = [item for i in author_fields if tags[i] == "AU" for item in items[i]]
    if author_tag == "AF" and len(short) == len(authors):
        authors = [_initial_not_suffix(p, s) for p, s in zip(authors, short, strict=True)]
        # (a name moved on shows as finally read in its repairs)
        read = [
            (p, repairs_ending_as(got, p)) if got and p is not old else (old, got)
            for p, (old, got) in zip(authors, read, strict=True)
        ]
    if author_fields:
        used["authors"] = author_fields
    out["authors"] = tuple(authors)
    repairs = [
        r for i, (_, got) in enumerate(read) if got for r in repairs_on(f"authors[{i}]", got)
    ]
    if repairs:
        out["repairs"] = tuple(repairs)
    year_at, month_at = first.get("PY"), first.get("PD")
    day_date = None
    if year_at is not None:
        month_text = " ".join(items[month_at]) if month_at is not None else ""
        out["year"], out["month"] = _date(f"{items[year_at][0]} {month_text}".strip())
        if _WORD.search(month_text) is not None:  # (a month name, or a season: none)
            out["month"] = _pd_month(month_text)
        used["date"] = [i for i in (year_at, month_at) if i is not None]
        day = _PD_DAY.fullmatch(month_text)  # ("NOV 14": the day, as biblatex's date has it)
        if day is not None and out["month"] is not None and out["year"] is not None:
            day_date = f"{out['year']:04d}-{out['month']:02d}-{int(day.group(1)):02d}"
    out["volume"] = take("volume", "VL")
    out["issue"] = take("issue", "IS")
    start, end = first.get("BP"), first.get("EP")
    if start is not None:
        out["pages"] = items[start][0] + (f"-{items[end][0]}" if end is not None else "")
        used["pages"] = [i for i in (start, end) if i is not None]
    else:
        out["pages"] = take("pages", "PS")  # (old ISI exports: the page span, "2457-71")
    out["doi"] = take("doi", "DI")
    more_dois: list[str] = []
    if out["doi"] is not None and ";" in out["doi"]:
        # several DOIs (PLOS: the article's, then its peer reviews' "….r001"): the first is
        # the record's, the others kept in extra["doi"], one a line (as the RIS reader does)
        dois = [d for d in map(str.strip, out["doi"].split(";")) if d]
        if dois:
            out["doi"], *more_dois = dois
    out["publisher"] = take("publisher", "PU")
    out["abstract"] = take("abstract", "AB")
    identifiers: dict[str, str] = {}
    for tag, name in (("UT", "wos"), ("PM", "pmid")):
        at = first.get(tag)
        if at is not None:
            identifiers[name] = items[at][0]
            used.setdefault("identifiers", []).append(at)
    out["identifiers"] = identifiers
    texts = ["\n".join(item) for item in items]  # (a list tag's items one a line)
    extra = extra_of(tags, texts, used, _EXTRA_NAME, {})
    if more_dois:
        extra["doi"] = "\n".join(more_dois)
        used["extra:doi"] = list(used["doi"])
    if day_date is not None and "date" not in extra:
        extra["date"] = day_date
        used["extra:date"] = list(used["date"])
    return out, extra, used


def parse_wos(text: str, *, path: str | None = None, strict: bool = False) -> list[Publication]:
    """Publications of Web of Science plain-text ``text`` (``FN`` … ``PT`` … ``ER`` … ``EF``).

    ``PT`` and ``DT`` give the kind of work (``J`` and ``Article`` a journal article,
    ``Proceedings Paper`` in a book or series a conference paper, ``Book Chapter``,
    ``Book``, ``Book Review``, ``P`` a patent: other; with no ``DT``, a ``B`` or ``S`` that
    names a meeting, ``CT``, a conference paper); ``AF`` the authors (else ``AU``),
    with the groups of ``CA`` after them as literal names; ``TI`` the title, ``SO`` the
    venue, ``PY`` and ``PD`` year and month, ``VL``, ``IS``, ``BP``-``EP`` the pages, ``DI``
    the DOI, ``PU``, ``AB``; ``UT`` and ``PM`` the identifiers ``wos`` and ``pmid``. Every
    other tag goes to ``extra`` (``DE`` -> ``keywords``, ``LA`` -> ``language``, ``SN`` ->
    ``issn``, ``BN`` -> ``isbn``, ``AR`` (the article number) -> ``eid``, ``CL`` (the
    conference's place) -> ``venue``, any other tag under the tag: ``CR`` the cited references
    one a line, ``C1`` the addresses, ``ID`` the Keywords Plus, ``TC`` the times cited, …),
    and each record keeps its lines as written in ``source_entry`` (``dialect="wos"``, the
    ``UT`` as its key), so that :func:`to_wos` writes it back unchanged.

    Bad input: a record without ``ER`` or with control characters is skipped with a
    :class:`~pubrecords.ParseWarning` naming its line and kept as written; ``strict=True``
    raises :class:`~pubrecords.ParseError` instead. Text with no record is a ``ParseError``.

        >>> [pub] = parse_wos("PT J\\nAU Li, W\\nTI On tags\\nPY 2001\\nER\\n")
        >>> pub.title, str(pub.authors[0]), pub.year
        ('On tags', 'W Li', 2001)
    """
    records, after = _scan(plain_text(text), path, strict)
    if not records:
        raise ParseError(f"no Web of Science records in {path or 'the text'}")
    names: dict[str, NameRepairs] = {}
    return publications(
        records,
        after,
        lambda fields: _interpret(fields, names),
        "wos",
        lambda values: str(values["identifiers"].get("wos", "")),
        path,
    )


def read_wos(
    path: str | os.PathLike[str], *, encoding: str | None = None, strict: bool = False
) -> list[Publication]:
    """Publications of the Web of Science plain-text file at ``path`` (see :func:`parse_wos`).

    The file is read as UTF-8 (a byte order mark skipped), else as Windows-1252 / Latin-1
    with a :class:`~pubrecords.ParseWarning`; ``encoding`` says which encoding it is.

    >>> read_wos("/no/such.txt")
    Traceback (most recent call last):
    ...
    pubrecords.errors.InputError: /no/such.txt: no such file
    """
    return parse_wos(read_text(path, encoding or "auto"), path=str(path), strict=strict)


# ---------------------------------------------------------------- writing


def _lines_of(tag: str, values: Sequence[str]) -> list[str]:
    """A tag's lines: the first value after the tag, each other on a line of its own."""
    values = [v for v in values if v]
    if not values:
        return []
    return [f"{tag} {values[0]}", *(f"   {v}" for v in values[1:])]


def _short(person: Person) -> str:
    """A name as WoS's ``AU`` writes it: ``Family, GN`` (initials without points)."""
    family = f"{person.particle} {person.family}".strip()
    words = person.given.replace("-", " ").replace(".", " ").split()
    # (initials written together stay whole: "MD" is "MD", not "M")
    initials = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
    return f"{family}, {initials}" if initials else family


def _full(person: Person) -> str:
    """A name as WoS's ``AF`` writes it: ``Family, Given`` (``, Jr.`` after)."""
    family = f"{person.particle} {person.family}".strip()
    name = f"{family}, {person.given}" if person.given else family
    return f"{name}, {person.suffix}" if person.suffix else name


def _attr_lines(attr: str, pub: Publication, written: Sequence[str]) -> list[str]:
    """The lines of model attribute ``attr`` (``written``: the tags it was read from)."""
    if attr == "authors":
        people = [p for p in pub.authors if not p.literal]
        groups = [p.literal for p in pub.authors if p.literal]
        lines = _lines_of("AU", [_short(p) for p in people])
        lines += _lines_of("AF", [_full(p) for p in people])
        return lines + _lines_of("CA", groups)
    if attr == "date":
        if pub.year is None:
            return []
        lines = [f"PY {pub.year}"]
        if pub.month and 1 <= pub.month <= 12:
            month = (
                ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
            )[pub.month - 1]
            day = date_day(pub) if pub.extra else None
            lines.insert(0, f"PD {month} {day}" if day else f"PD {month}")
        return lines
    if attr == "kind":  # (a record starts with PT: a kind WoS has no type for is PT J)
        types = _TYPES_OF_KIND.get(pub.kind)
        return [f"PT {types[0]}", f"DT {types[1]}"] if types else ["PT J"]
    if attr == "pages":
        if not pub.pages:
            return []
        start, sep, end = pub.pages.partition("-")
        return [f"BP {start.strip()}", f"EP {end.strip()}"] if sep and end else [f"BP {pub.pages}"]
    if attr == "identifiers":
        return [
            f"{tag} {pub.identifiers[name]}"
            for tag, name in (("PM", "pmid"), ("UT", "wos"))
            if pub.identifiers.get(name)
        ]
    if attr in ("doi", "extra:doi"):  # (the DOIs after the first: in the same DI line)
        dois = [pub.doi or "", *pub.extra.get("doi", "").split("\n")]
        found = "; ".join(d.strip() for d in dois if d.strip())
        return [f"DI {found}"] if found else []
    if attr.startswith("extra:"):
        name = attr[6:]
        value = pub.extra.get(name, "")
        tag = _EXTRA_TAG.get(name) or (name if name in _WOS_TAGS else None)
        if tag is None or not value:
            return []
        return _lines_of(tag, value.split("\n") if tag in _LIST_TAGS else [value])
    value = getattr(pub, attr)
    if not value:
        return []
    tag = {
        "title": "TI",
        "venue": "SO",
        "volume": "VL",
        "issue": "IS",
        "doi": "DI",
        "publisher": "PU",
        "abstract": "AB",
    }[attr]
    return [f"{tag} {value}"]


_COMPARED = (
    "title",
    "authors",
    "venue",
    "doi",
    "volume",
    "issue",
    "pages",
    "publisher",
    "abstract",
    "identifiers",
    "kind",
)
_ORDER = (
    "kind",
    "authors",
    "title",
    "venue",
    "abstract",
    "publisher",
    "date",
    "volume",
    "issue",
    "pages",
    "doi",
    "identifiers",
)


def _from_entry(pub: Publication, entry: SourceEntry, old: Publication) -> str:
    """A record read from WoS: as written when unchanged, else its changed fields anew (in
    the place of the first line they were read from) and every other line as written."""
    changed = changed_attributes(pub, old, _COMPARED)
    if not changed:
        return entry.raw
    _, _, used = _interpret(entry.fields, {})
    lines = entry.raw.split("\n")
    written = as_written(lines[:-1], _TAG_LINE)  # (the ER line left out)
    return "\n".join([*rewritten(pub, entry, changed, used, written, _attr_lines), lines[-1]])


def _from_model(pub: Publication, unwritten: Counter[str]) -> str:
    lines: list[str] = []
    for attr in _ORDER:
        lines.extend(_attr_lines(attr, pub, ()))
    for name, value in pub.extra.items():
        if name == "date" and date_day(pub) is not None:
            continue  # (its day: in the PD line)
        if name == "doi" and pub.doi:
            continue  # (the DOIs after the first: in the DI line)
        if name in _EXTRA_TAG or name in _WOS_TAGS:
            lines.extend(_attr_lines("extra:" + name, pub, ()))
        elif value:
            unwritten[name] += 1
    for attr in ("key", "url", "arxiv_id"):
        if getattr(pub, attr):
            unwritten[attr] += 1
    count_identifiers(pub, ("pmid", "wos"), unwritten)
    if not pub.authors_complete:
        unwritten["a partial author list's mark"] += 1
    if pub.kind not in _TYPES_OF_KIND:
        unwritten[f"kind {pub.kind.value} (written as PT J)"] += 1
    lines.append("ER")
    return "\n".join(lines)


def _is_header(block: Block) -> bool:
    return all(line[:3] in ("FN ", "VR ") for line in block.raw.strip().split("\n"))


def to_wos(pubs: Iterable[Publication]) -> str:
    """Web of Science plain text of ``pubs``: the file's ``FN``/``VR`` header (the one the
    first record was read with, else Clarivate's), each record, ``EF``. A record read from
    WoS and not changed since comes back exactly as read (the text around it too; blank
    lines between records are written as one, and the ``FN``/``VR``/``EF`` lines of further
    files once); a changed one has its changed fields written anew and every other line
    kept; any other record is written from its fields (see :func:`parse_wos`). What the
    format has no tag for (a citation key, a URL, an arXiv id, the mark of a partial author
    list, ``extra`` fields other than WoS's tags) is named in one
    :class:`~pubrecords.PubrecordsWarning`.

        >>> from pubrecords import Person, Publication, Kind
        >>> print(to_wos([Publication(title="On WoS", year=2020, kind=Kind.JOURNAL_ARTICLE,
        ...                           authors=[Person(given="Ada", family="Lovelace")])]))
        FN Clarivate Analytics Web of Science
        VR 1.0
        PT J
        DT Article
        AU Lovelace, A
        AF Lovelace, Ada
        TI On WoS
        PY 2020
        ER
        <BLANKLINE>
        EF
        <BLANKLINE>
    """
    chunks: list[str] = []
    header: str | None = None
    trailer: str | None = None
    unwritten: Counter[str] = Counter()
    for pub in pubs:
        entry = pub.source_entry
        if entry is not None and entry.dialect == "wos" and entry.as_read is not None:
            for block in entry.before:
                if _is_header(block):
                    if header is None and not chunks:
                        header = block.raw.strip("\n")
                else:
                    chunks.append(block.raw.strip("\n") + "\n\n")
            chunks.append(_from_entry(pub, entry, entry.as_read) + "\n\n")
            for block in entry.after:
                if block.raw.strip() == "EF":
                    trailer = block.raw.strip("\n")
                else:
                    chunks.append(block.raw.strip("\n") + "\n\n")
        else:
            chunks.append(_from_model(pub, unwritten) + "\n\n")
    warn_unwritten("Web of Science", unwritten)
    return f"{header or _HEADER}\n" + "".join(chunks) + f"{trailer or 'EF'}\n"


def write_wos(pubs: Iterable[Publication], path: str | os.PathLike[str]) -> None:
    """Write :func:`to_wos` of ``pubs`` to ``path`` (UTF-8)."""
    Path(path).write_text(to_wos(pubs), encoding="utf-8")
