"""MEDLINE: the format of PubMed's citation exports (``.nbib``), read and written.

PubMed's "Send to: Citation manager" writes MEDLINE, and so does ERIC: a tag of two to four
capitals padded to four characters, ``- `` and the value (``PMID- 35227408``,
``TI  - …``); the lines after a tag line that start with spaces continue its value; a
blank line ends a record. The reader understands the tags below and keeps every line of
every record as written (in :attr:`Publication.source_entry`), so :func:`to_medline` gives
an unchanged record back exactly::

    >>> from pubrecords import parse_medline, to_medline
    >>> nbib = '''PMID- 31234567
    ... TI  - Tidal forcing of coastal sleep: a
    ...       cohort study.
    ... FAU - Okafor, Ngozi A
    ... AU  - Okafor NA
    ... DP  - 2019 Jun 15
    ... VI  - 12
    ... PG  - 101-9
    ... LID - 10.1000/tide.2019.12 [doi]
    ... PT  - Journal Article
    ... JT  - Journal of coastal rhythms
    ... '''
    >>> [pub] = parse_medline(nbib)
    >>> pub.title, pub.authors[0].family, pub.year, pub.month, pub.doi
    ('Tidal forcing of coastal sleep: a cohort study.', 'Okafor', 2019, 6, '10.1000/tide.2019.12')
    >>> pub.kind, pub.venue, pub.identifiers
    (<Kind.JOURNAL_ARTICLE: 'journal-article'>, 'Journal of coastal rhythms', {'pmid': '31234567'})
    >>> to_medline([pub]) == nbib
    True
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import NameParseError, ParseError
from ..model import Block, Kind, Person, Publication, SourceEntry
from ..names import NameRepairs, parse_author_list_repaired, parse_name_repaired, repairs_on
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

__all__ = ["parse_medline", "read_medline", "to_medline", "write_medline"]

# A tag line: a capital, one to three capitals or digits, up to two spaces, "- " and the
# value (PubMed pads the tag to four characters: "PMID- ", "AU  - "; ERIC writes "ISSN - ").
_TAG_LINE = re.compile(r"([A-Z][A-Z0-9]{1,3}) {0,2}-(?: |$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BRACKETED = re.compile(r"^(.*?)\s*\[([a-z]+)\]\s*$")
# Ovid's direct export (Embase, Ovid MEDLINE: MEDLINE's tag lines) starts each record with
# its number in angle brackets, "<12. >", on the line before the first tag
_OVID_HEADER = re.compile(r"<[0-9]+\.\s*>\s*")
_DOI_LINK = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(10\..+)$", re.IGNORECASE)

# Publication types (``PT``, lower case) that say what kind of work a record is, best
# first; a record whose types say nothing is a chapter (``BTI`` and ``TI``), a book
# (``BTI``), a journal article (``JT`` or ``TA``) or of unknown kind.
_KIND_OF_TYPE: dict[str, Kind] = {
    "book chapter": Kind.CHAPTER,
    "book": Kind.BOOK,
    "books": Kind.BOOK,
    "book review": Kind.BOOK_REVIEW,
    "preprint": Kind.PREPRINT,
    "academic dissertation": Kind.THESIS,
    "dissertation": Kind.THESIS,
    "dissertations/theses - doctoral dissertations": Kind.THESIS,
    "dissertations/theses - masters theses": Kind.THESIS,
    "congress": Kind.CONFERENCE_PAPER,
    "speeches/meeting papers": Kind.CONFERENCE_PAPER,
    "conference abstract": Kind.CONFERENCE_PAPER,  # (Embase, through Ovid)
    "conference paper": Kind.CONFERENCE_PAPER,
    "dataset": Kind.DATASET,
    "software": Kind.SOFTWARE,
    "journal article": Kind.JOURNAL_ARTICLE,
    "journal articles": Kind.JOURNAL_ARTICLE,
    "technical report": Kind.REPORT,
    "reports - research": Kind.REPORT,
    "reports - descriptive": Kind.REPORT,
    "reports - evaluative": Kind.REPORT,
    "other": Kind.OTHER,
}
_TYPE_RANK = {name: rank for rank, name in enumerate(_KIND_OF_TYPE)}
#: The kind of work -> the ``PT`` the writer gives it.
_TYPE_OF_KIND: dict[Kind, str] = {
    Kind.JOURNAL_ARTICLE: "Journal Article",
    Kind.BOOK_REVIEW: "Book Review",
    Kind.CONFERENCE_PAPER: "Congress",
    Kind.BOOK: "Book",
    Kind.CHAPTER: "Book Chapter",
    Kind.THESIS: "Academic Dissertation",
    Kind.REPORT: "Technical Report",
    Kind.PREPRINT: "Preprint",
    Kind.DATASET: "Dataset",
    Kind.SOFTWARE: "Software",
    Kind.OTHER: "Other",
}
# Tags kept in ``extra`` under the name the other readers use (values joined as given);
# every other tag not read into the model is kept under the tag itself.
_EXTRA_NAME = {"OT": "keywords", "LA": "language", "IS": "issn", "FED": "editor", "GN": "note"}
_EXTRA_TAG = {name: tag for tag, name in _EXTRA_NAME.items()}
_JOIN = {"keywords": "; ", "editor": " and ", "issn": "; "}
# MEDLINE's tags (NLM's list of MEDLINE/PubMed data elements) that a record from elsewhere
# may carry in ``extra`` and is written with.
_MEDLINE_TAG_NAMES = (
    "AB AD AID AU AUID BTI CI CIN CN COIS CON CP CRDT CTDT CTI DA DCOM DEP DP DRDT ECF "
    "ECI ED EDAT EFR EIN EN FAU FED FIR FPS GN GR GS IP IR IRAD IS ISBN JC JID JT LA LID "
    "LR MH MHDA MID NM OAB OABL OCI OID ORI OT OTO OWN PB PG PHST PL PMC PMCR PMID PS "
    "PST PT RF RIN RN ROF RPF RPI RRF SB SFM SI SO SPIN STAT TA TI TT UIN UOF VI VTI"
)
_MEDLINE_TAGS = frozenset(_MEDLINE_TAG_NAMES.split())
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------- reading


def _scan(text: str, path: str | None, strict: bool) -> tuple[list[Record], tuple[Block, ...]]:
    """Split ``text`` into records (runs of lines between blank lines that start with a tag
    line); other runs of lines are kept as text blocks."""
    lines = text.split("\n")
    records: list[Record] = []
    pending: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        if j - i > 1 and _OVID_HEADER.fullmatch(lines[i]) and _TAG_LINE.match(lines[i + 1]):
            pending.append(Block("text", lines[i]))  # (Ovid's record number: text before)
            i += 1
        chunk = lines[i:j]
        raw = "\n".join(chunk)
        tagged = [_TAG_LINE.match(line) for line in chunk]
        problem = ""
        if tagged[0] is None:
            if any(tagged):
                problem = "lines before the record's first tag"
            else:  # (a header, a record number: text between records)
                pending.append(Block("text", raw))
                i = j
                continue
        elif _CONTROL.search(raw) is not None:
            problem = "control characters in the record"
        if problem:
            skip_malformed(f"malformed MEDLINE record: {problem}", i + 1, path, strict)
            pending.append(Block("failed", raw))
            i = j
            continue
        tags: list[str] = []
        values: list[list[str]] = []  # (each value's lines, joined once)
        for line, m in zip(chunk, tagged, strict=True):
            if m is not None:
                tags.append(m.group(1))
                values.append([line[m.end() :]])
            else:  # (a continuation line)
                values[-1].append(line)
        fields = tuple(zip(tags, map("\n".join, values), strict=True))
        records.append(Record(fields, raw, i + 1, tuple(pending)))
        pending = []
        i = j
    return records, tuple(pending)


def _text(value: str) -> str:
    """A value as one line of text (continuation lines joined with spaces)."""
    if "\n" in value:
        return " ".join(filter(None, map(str.strip, value.split("\n"))))
    return value.strip()


def _person(value: str, tag: str, names: dict[tuple[str, str], NameRepairs]) -> NameRepairs:
    """The person of an author field and the repairs reading it made (``names``: the
    file's names read so far)."""
    got = names.get((tag, value))
    if got is None:
        if tag == "CN":  # (a group: "Stroke Trialists' Collaboration")
            got = Person(literal=value), ()
        else:
            try:
                if tag == "AU" and "," not in value:  # "Lim SM"
                    people = parse_author_list_repaired(value)[0]
                    got = people[0] if len(people) == 1 else parse_name_repaired(value, "text")
                else:  # FAU (and ERIC's AU): "Lim, Shi Min"
                    got = family_first(value)
            except NameParseError:
                got = Person(literal=value), ()
        names[(tag, value)] = got
    return got


def _kind(
    tags: Sequence[str], texts: Sequence[str], first: dict[str, int]
) -> tuple[Kind, list[int]]:
    """The kind of work and the ``PT`` fields that said it."""
    types = [(i, texts[i].lower()) for i in range(len(tags)) if tags[i] == "PT"]
    known = [(i, t) for i, t in types if t in _KIND_OF_TYPE]
    if known:
        best = min(_TYPE_RANK[t] for _, t in known)
        name = next(t for _, t in known if _TYPE_RANK[t] == best)
        return _KIND_OF_TYPE[name], [i for i, _ in known]
    if "BTI" in first:
        return (Kind.CHAPTER if "TI" in first else Kind.BOOK), []
    if "JT" in first or "TA" in first:
        return Kind.JOURNAL_ARTICLE, []
    return Kind.UNKNOWN, []


def _interpret(
    fields: Sequence[tuple[str, str]], names: dict[tuple[str, str], NameRepairs]
) -> tuple[dict[str, Any], dict[str, str], dict[str, list[int]]]:
    """The Publication's fields of one record, its ``extra``, and which fields gave each
    (``used``: a model attribute, ``"date"`` or ``"extra:<name>"`` -> field indices)."""
    tags = [tag for tag, _ in fields]
    texts = [_text(value) for _, value in fields]
    first: dict[str, int] = {}
    for i in range(len(tags) - 1, -1, -1):
        if texts[i]:
            first[tags[i]] = i
    used: dict[str, list[int]] = {}
    out: dict[str, Any] = {}

    def take(attr: str, *candidates: str) -> str | None:
        for tag in candidates:
            i = first.get(tag)
            if i is not None:
                used[attr] = [i]
                return texts[i]
        return None

    kind, type_fields = _kind(tags, texts, first)
    out["kind"] = kind
    if type_fields:
        used["kind"] = type_fields
    book = kind is Kind.BOOK
    out["title"] = take("title", "TI", "BTI") if not book else take("title", "BTI", "TI")
    out["venue"] = take("venue", "BTI") if kind is Kind.CHAPTER else None
    if out["venue"] is None and not book:
        out["venue"] = take("venue", "JT", "TA")
    # authors: the full names (FAU) where there are any, else the short ones (AU); groups
    # (CN) in their place among them; the short names are part of the list either way
    full = "FAU" in first
    author_fields = [i for i in range(len(tags)) if tags[i] in ("FAU", "AU", "CN") and texts[i]]
    read = [
        _person(texts[i], tags[i], names)
        for i in author_fields
        if tags[i] == "CN" or tags[i] == ("FAU" if full else "AU")
    ]
    if author_fields:
        used["authors"] = author_fields
    out["authors"] = tuple(person for person, _ in read)
    repairs = [
        r for i, (_, got) in enumerate(read) if got for r in repairs_on(f"authors[{i}]", got)
    ]
    if repairs:
        out["repairs"] = tuple(repairs)
    at = first.get("DP")
    day_date = None
    if at is not None:
        out["year"], out["month"] = _date(texts[at])
        used["date"] = [at]
        m = _DAY.fullmatch(texts[at])  # ("2019 Jun 15": the day, as biblatex's date has it)
        if m is not None and out["month"] is not None and int(m.group(1)) == out["year"]:
            day_date = f"{out['year']:04d}-{out['month']:02d}-{int(m.group(2)):02d}"
    if at is None and (at := first.get("YR")) is not None:  # (Ovid: "YR  - 2018")
        out["year"], out["month"] = _date(texts[at])
        if out["year"] is not None:
            used["date"] = [at]
    out["volume"] = take("volume", "VI")
    out["issue"] = take("issue", "IP")
    out["pages"] = take("pages", "PG")
    out["publisher"] = take("publisher", "PB")
    out["abstract"] = take("abstract", "AB")
    doi = url = arxiv = None
    for i in range(len(tags)):
        if tags[i] not in ("LID", "AID") or not texts[i]:
            continue
        m = _BRACKETED.match(texts[i])
        if doi is None and m is not None and m.group(2) == "doi":
            doi = m.group(1)
            used["doi"] = [i]
        elif arxiv is None and m is not None and m.group(2) == "arxiv":
            arxiv = m.group(1)
            used["arxiv_id"] = [i]
        elif doi is None and m is None and (link := _DOI_LINK.match(texts[i])) is not None:
            doi = link.group(1)  # (ERIC: "AID - http://dx.doi.org/10.…")
            used["doi"] = [i]
        elif url is None and m is None and texts[i].startswith(("http://", "https://")):
            url = texts[i]  # (ERIC: "LID - http://eric.ed.gov/?id=EJ…")
            used["url"] = [i]
    if doi is None and (at := first.get("DO")) is not None:  # (Ovid: "DO  - http://dx.doi…")
        link = _DOI_LINK.match(texts[at])
        doi = link.group(1) if link is not None else None
        if doi is None and texts[at].startswith("10.") and " " not in texts[at]:
            doi = texts[at]
        if doi is not None:
            used["doi"] = [at]
    out["doi"], out["url"], out["arxiv_id"] = doi, url, arxiv
    identifiers: dict[str, str] = {}
    for tag, name in (("PMID", "pmid"), ("PMC", "pmcid")):
        at = first.get(tag)
        if at is not None:
            identifiers[name] = texts[at]
            used.setdefault("identifiers", []).append(at)
    out["identifiers"] = identifiers
    # every other field with a value goes to extra (a repeated name: its values joined)
    extra = extra_of(tags, texts, used, _EXTRA_NAME, _JOIN)
    if day_date is not None and "date" not in extra:
        extra["date"] = day_date
        used["extra:date"] = list(used["date"])
    if "issn" in extra:
        extra["issn"] = _issns(extra["issn"])
    return out, extra, used


_DAY = re.compile(r"\s*([12][0-9]{3})\s+[A-Za-z]{3}\s+([0-9]{1,2})\s*")

_ISSN_LABELLED = re.compile(
    r"\s*([0-9]{4}-[0-9]{3}[0-9Xx])(?:\s*\((?:Electronic|Print|Linking)\))?\s*"
)


def _issns(value: str) -> str:
    """The ISSNs of the ``IS`` lines, each once, without PubMed's labels ("1879-1026
    (Electronic)", "0048-9697 (Linking)": ``1879-1026; 0048-9697``); other text as it is."""
    numbers: list[str] = []
    for part in value.split(_JOIN["issn"]):
        m = _ISSN_LABELLED.fullmatch(part)
        if m is None:
            return value
        if m.group(1) not in numbers:
            numbers.append(m.group(1))
    return _JOIN["issn"].join(numbers)


def parse_medline(text: str, *, path: str | None = None, strict: bool = False) -> list[Publication]:
    """Publications of MEDLINE ``text`` (PubMed's ``.nbib`` export, ERIC's), in file order.

    ``TI`` is the title (a book's: ``BTI``), ``FAU`` the authors (else ``AU``; a group
    ``CN`` in its place), ``JT`` the journal (else ``TA``; a chapter's venue is its book,
    ``BTI``), ``DP`` year and month, ``VI``, ``IP``, ``PG``, ``PB``, ``AB``, the DOI from
    ``LID``/``AID`` (``10.… [doi]``, or a ``doi.org`` link), ``PMID`` and ``PMC`` the
    identifiers ``pmid`` and ``pmcid``, ``PT`` the kind of work (``Journal Article``,
    ``Book Chapter``, ``Preprint``, ``Congress``, …). Every other tag goes to ``extra``
    (``OT`` -> ``keywords``, ``LA`` -> ``language``, ``IS`` -> ``issn`` (the numbers, without
    PubMed's "(Electronic)", "(Linking)"), ``FED`` ->
    ``editor``, any other tag under the tag: ``MH``, ``AD``, ``PT``, ``SO``, …), and the
    record keeps every line as written in ``source_entry`` (``dialect="medline"``, the PMID
    as its key), so that :func:`to_medline` writes it back unchanged.

    Bad input: a record with control characters, or with lines before its first tag, is
    skipped with a :class:`~pubrecords.ParseWarning` naming its line and kept as written;
    ``strict=True`` raises :class:`~pubrecords.ParseError` instead. Text with no record at
    all is a ``ParseError``.

        >>> [pub] = parse_medline("PMID- 1\\nTI  - On MEDLINE\\nCN  - The Sleep Group\\n")
        >>> pub.title, pub.authors[0].literal, pub.identifiers["pmid"]
        ('On MEDLINE', 'The Sleep Group', '1')
    """
    records, after = _scan(plain_text(text), path, strict)
    if not records:
        raise ParseError(f"no MEDLINE records in {path or 'the text'}")
    names: dict[tuple[str, str], NameRepairs] = {}
    return publications(
        records,
        after,
        lambda fields: _interpret(fields, names),
        "medline",
        lambda values: str(values["identifiers"].get("pmid", "")),
        path,
    )


def read_medline(
    path: str | os.PathLike[str], *, encoding: str | None = None, strict: bool = False
) -> list[Publication]:
    """Publications of the MEDLINE file at ``path`` (see :func:`parse_medline`).

    The file is read as UTF-8, else as Windows-1252 / Latin-1 with a
    :class:`~pubrecords.ParseWarning`; ``encoding`` says which encoding it is.

    >>> read_medline("/no/such.nbib")
    Traceback (most recent call last):
    ...
    pubrecords.errors.InputError: /no/such.nbib: no such file
    """
    return parse_medline(read_text(path, encoding or "auto"), path=str(path), strict=strict)


# ---------------------------------------------------------------- writing


def _line(tag: str, value: str) -> str:
    return f"{tag:<4}- {value}".rstrip() if value else f"{tag:<4}-"


def _initials(given: str) -> str:
    out = []
    for word in given.replace(".", " ").replace("-", " ").split():
        out.append(word if word.isupper() and len(word) <= 3 else word[0].upper())
    return "".join(out)


def _author_lines(person: Person, full: bool) -> list[str]:
    if person.literal:
        return [_line("CN", person.literal)]
    family = f"{person.particle} {person.family}".strip()
    suffix = f" {person.suffix}" if person.suffix else ""  # (PubMed: "Grunwald WC Jr")
    short = f"{family} {_initials(person.given)}".strip() + suffix
    if not full:
        return [_line("AU", short)]
    return [
        _line("FAU", (f"{family}, {person.given}" if person.given else family) + suffix),
        _line("AU", short),
    ]


def _attr_lines(attr: str, pub: Publication, written: Sequence[str]) -> list[str]:
    """The lines of model attribute ``attr`` (``written``: the tags it was read from)."""
    if attr == "authors":
        full = not written or "FAU" in written
        return [line for p in pub.authors for line in _author_lines(p, full)]
    if attr == "date":
        if pub.year is None:
            return []
        month = f" {_MONTHS[pub.month - 1]}" if pub.month and 1 <= pub.month <= 12 else ""
        day = date_day(pub) if month and pub.extra else None
        return [_line("DP", f"{pub.year}{month}" + (f" {day}" if day else ""))]
    if attr == "kind":
        name = _TYPE_OF_KIND.get(pub.kind)
        return [_line("PT", name)] if name else []
    if attr == "doi":
        return [_line(written[0] if written else "LID", f"{pub.doi} [doi]")] if pub.doi else []
    if attr == "url":
        return [_line(written[0] if written else "LID", pub.url)] if pub.url else []
    if attr == "arxiv_id":
        tag = written[0] if written else "AID"
        return [_line(tag, f"{pub.arxiv_id} [arxiv]")] if pub.arxiv_id else []
    if attr == "identifiers":
        return [
            _line(tag, pub.identifiers[name])
            for tag, name in (("PMID", "pmid"), ("PMC", "pmcid"))
            if pub.identifiers.get(name)
        ]
    if attr.startswith("extra:"):
        name = attr[6:]
        value = pub.extra.get(name, "")
        extra_tag = _EXTRA_TAG.get(name) or (name if _TAG_LINE.fullmatch(name + "- ") else None)
        if extra_tag is None or not value:
            return []
        parts = value.split(_JOIN[name]) if name in _JOIN else value.split("\n")
        return [_line(extra_tag, part) for part in parts if part]
    value = getattr(pub, attr)
    if not value:
        return []
    default = {
        "title": "BTI" if pub.kind is Kind.BOOK else "TI",
        "venue": "BTI" if pub.kind is Kind.CHAPTER else "JT",
        "volume": "VI",
        "issue": "IP",
        "pages": "PG",
        "publisher": "PB",
        "abstract": "AB",
    }[attr]
    return [_line(written[0] if written else default, str(value))]


_COMPARED = (
    "title",
    "authors",
    "venue",
    "doi",
    "url",
    "arxiv_id",
    "volume",
    "issue",
    "pages",
    "publisher",
    "abstract",
    "identifiers",
    "kind",
)
_ORDER = (
    "identifiers",
    "title",
    "authors",
    "date",
    "volume",
    "issue",
    "pages",
    "doi",
    "arxiv_id",
    "url",
    "abstract",
    "publisher",
    "kind",
    "venue",
)


def _from_entry(pub: Publication, entry: SourceEntry, old: Publication) -> str:
    """A record read from MEDLINE: as written when unchanged, else its changed fields anew
    (in the place of the first line they were read from) and every other line as written."""
    changed = changed_attributes(pub, old, _COMPARED)
    if not changed:
        return entry.raw
    _, _, used = _interpret(entry.fields, {})
    written = as_written(entry.raw.split("\n"), _TAG_LINE)
    return "\n".join(rewritten(pub, entry, changed, used, written, _attr_lines))


def _from_model(pub: Publication, unwritten: Counter[str]) -> str:
    """A record from elsewhere (BibTeX, RIS, a profile page), written from its fields;
    what MEDLINE has no tag for is counted in ``unwritten``."""
    lines: list[str] = []
    for attr in _ORDER:
        lines.extend(_attr_lines(attr, pub, ()))
    for name, value in pub.extra.items():  # (the named ones and MEDLINE's own tags)
        if name == "date" and date_day(pub) is not None:
            continue  # (its day: in the DP line)
        if name in _EXTRA_TAG or name in _MEDLINE_TAGS:
            lines.extend(_attr_lines("extra:" + name, pub, ()))
        elif value:
            unwritten[name] += 1
    if pub.key:
        unwritten["key"] += 1
    count_identifiers(pub, ("pmid", "pmcid"), unwritten)
    if not pub.authors_complete:
        unwritten["a partial author list's mark"] += 1
    if pub.kind is Kind.BOOK and pub.venue:
        unwritten["venue (a book's series)"] += 1
    if pub.kind not in _TYPE_OF_KIND and pub.kind is not Kind.UNKNOWN:
        unwritten[f"kind {pub.kind.value}"] += 1
    return "\n".join(lines)


def _before(block: Block) -> str:
    """A text block before a record as written: Ovid's record number right above it."""
    raw = block.raw.strip("\n")
    return raw + "\n" if _OVID_HEADER.fullmatch(raw) else raw + "\n\n"


def to_medline(pubs: Iterable[Publication]) -> str:
    """MEDLINE text of ``pubs``: a record read from MEDLINE and not changed since comes back
    exactly as read (the text around it too; blank lines between records are written as
    one); a changed one has its changed fields written anew and every other line kept; any
    other record is written from its fields (see :func:`parse_medline` for the tags). What
    MEDLINE has no tag for (a citation key, the mark of a partial author list, ``extra``
    fields other than the ones named there and MEDLINE's own tags) is named, with how many
    records had it, in one :class:`~pubrecords.PubrecordsWarning`.

        >>> from pubrecords import Person, Publication, Kind
        >>> print(to_medline([Publication(title="On MEDLINE", year=2020, month=3,
        ...     kind=Kind.JOURNAL_ARTICLE, authors=[Person(given="Ada", family="Lovelace")])]))
        TI  - On MEDLINE
        FAU - Lovelace, Ada
        AU  - Lovelace A
        DP  - 2020 Mar
        PT  - Journal Article
        <BLANKLINE>
    """
    chunks: list[str] = []
    unwritten: Counter[str] = Counter()
    for pub in pubs:
        entry = pub.source_entry
        if entry is not None and entry.dialect == "medline" and entry.as_read is not None:
            chunks.extend(_before(block) for block in entry.before)
            chunks.append(_from_entry(pub, entry, entry.as_read) + "\n\n")
            chunks.extend(block.raw.strip("\n") + "\n\n" for block in entry.after)
        else:
            chunks.append(_from_model(pub, unwritten) + "\n\n")
    warn_unwritten("MEDLINE", unwritten)
    text = "".join(chunks)
    return text[:-1] if text.endswith("\n\n") else text


def write_medline(pubs: Iterable[Publication], path: str | os.PathLike[str]) -> None:
    """Write :func:`to_medline` of ``pubs`` to ``path`` (UTF-8)."""
    Path(path).write_text(to_medline(pubs), encoding="utf-8")
