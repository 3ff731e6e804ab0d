"""Writing BibTeX: records -> .bib text (entry types, fields, citation keys, title protection)."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

from ...errors import InputError, PubrecordsWarning
from ...model import Block, Kind, Person, Publication, SourceEntry, changed_fields
from ...names import format_name
from ...text import latex_encode as _latex_encode
from ...text import titles as _titles
from ..rich_text import latex_title
from . import keys as _keys
from .comments import FieldComments, field_comments
from .dialect import to_biblatex_dialect, to_bibtex_dialect
from .entry_types import (
    _LAYOUTS,
    _authored_book,
    _entry_type,
    _foreign,
    _has,
    _Layout,
    _unwritten,
    volume_parts,
)
from .kept_names import kept_name_list, with_latex
from .values import MONTH_MACROS, macros_used
from .years import date_day, date_start, qualified_date, year_range, year_span

__all__ = ["citation_keys", "to_bibtex", "write_bibtex"]


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NUMBER = {m: i for i, m in enumerate(_MONTHS, 1)}
_MONTH_NUMBER.update({name.lower(): i for i, name in enumerate(MONTH_MACROS.values(), 1)})
_MONTH_NUMBER["sept"] = 9

# The article number of an electronic journal (``extra["eid"]``: biblatex's ``eid``, Web
# of Science's ``AR``, Scopus's "Art. No."): written in an @article, where biblatex's
# data model has it and classic BibTeX's styles pass over it.
_EID = "eid"
_BOOK_REVIEW_NOTE = "Book review"
_OTHERS = {True: "", False: " and others"}  # (by Publication.authors_complete)


# Fields the writer produces itself: never copied from Publication.extra.
_OWN_FIELDS = frozenset(
    {
        "author",
        "title",
        "journal",
        "booktitle",
        "series",
        "school",
        "institution",
        "howpublished",
        "volume",
        "number",
        "pages",
        "publisher",
        "year",
        "month",
        "doi",
        "url",
        "eprint",
        "archiveprefix",
        "primaryclass",
        "abstract",
        "key",
        "entrysubtype",
    }
)


# ---------------------------------------------------------------- keys


def citation_keys(pubs: Sequence[Publication], key_pattern: str | None = None) -> list[str]:
    """Stable, unique citation keys for ``pubs`` (the BibTeX keys and CSL-JSON ids).

    The default pattern ``{author}{year}{title}`` gives ``hernandezlobato2024generative``;
    placeholders: ``{author}``, ``{authors}``, ``{year}``, ``{title}``, ``{shorttitle}``.
    Clashing keys all get ``a``, ``b``, … suffixes. With the default pattern, a record read
    from a BibTeX or CSL-JSON file keeps its own key. A bad pattern raises
    :class:`~pubrecords.InputError`.

        >>> from pubrecords import Publication, Person, citation_keys
        >>> p = Publication(title="The Generative Model", year=2024,
        ...                 authors=[Person(given="José", family="Hernández-Lobato")])
        >>> citation_keys([p, p])
        ['hernandezlobato2024generativea', 'hernandezlobato2024generativeb']
        >>> citation_keys([p], "{author}:{year}")
        ['hernandezlobato:2024']
    """
    return _keys.assign_keys(pubs, key_pattern)


# ---------------------------------------------------------------- writing


def _raw(value: str) -> str:
    """A verbatim field (url, doi, eprint): braces, backslashes and spaces percent-encoded."""
    value = value.strip()
    if not value.isprintable():
        value = _latex_encode.canonical_text(value)
    # (printable text has no whitespace but the space: what _RAW_NEEDS looks for)
    if " " in value or "{" in value or "}" in value or "\\" in value or '"' in value:
        return _RAW_NEEDS.sub(lambda m: f"%{ord(m.group()):02X}", value)
    return value


_RAW_NEEDS = re.compile(r"[{}\\\s\"]")
_PAGE_RANGE = re.compile(r"([^\s\-–—]+)\s*(?:-{1,3}|–|—)\s*([^\s\-–—]+)")


def _pages(pages: str, ascii: bool) -> str:
    pages = _latex_encode.canonical_text(pages)
    m = _PAGE_RANGE.fullmatch(pages)
    if m:
        return (
            f"{_latex_encode.encode(m.group(1), ascii)}--{_latex_encode.encode(m.group(2), ascii)}"
        )
    return _latex_encode.encode(pages, ascii)


def _norm_pages(pages: str) -> str:
    """Page ranges read back with a plain hyphen (``1--10`` → ``1-10``)."""
    m = _PAGE_RANGE.fullmatch(pages)
    return f"{m.group(1)}-{m.group(2)}" if m else pages


class _Writer:
    __slots__ = (
        "ascii",
        "dialect",
        "flatten",
        "foreign",
        "lines",
        "macros",
        "names",
        "page_forms",
        "seen_blocks",
        "short",
        "untitled",
        "unwritten",
    )

    def __init__(self, ascii: bool, dialect: str | None = None, flatten: bool = False) -> None:
        self.ascii = ascii
        self.dialect = dialect  # None: each record in the dialect it was read in
        self.flatten = flatten  # write inherited crossref fields into the child
        self.macros: set[str] = set()  # @string macros written so far
        self.seen_blocks: set[tuple[str, str]] = set()
        # keyed by id(): the people are alive (held by the records) while we write
        self.names: dict[int, str] = {}
        self.short: dict[str, str] = {}
        self.page_forms: dict[str, str] = {}
        # formatted field lines: (field head, short value) or (year, month) -> line
        self.lines: dict[tuple[object, object], str] = {}
        # field -> the keys of the records whose entry type cannot hold it
        self.unwritten: dict[str, list[str]] = {}
        # extra key or identifier no BibTeX field takes -> the keys of the records with it
        self.foreign: dict[str, list[str]] = {}
        self.untitled: list[str] = []  # the keys of the records without a title

    def name(self, person: Person) -> str:
        got = self.names.get(id(person))
        if got is None:
            got = self.names[id(person)] = self._name(person)
        return got

    def extended_name(self, person: Person) -> str:
        """A person read from biblatex's extended name format, written in it."""
        return format_name(self._escaped(person), "biblatex")

    def _name(self, person: Person) -> str:
        return format_name(self._escaped(person), "bibtex")

    def _escaped(self, person: Person) -> Person:
        ascii = self.ascii
        enc = _latex_encode.encode_canonical
        canon = _latex_encode.canonical_text
        return Person(
            given=enc(canon(person.given), ascii, initials=True),
            family=enc(canon(person.family), ascii),
            particle=enc(canon(person.particle), ascii),
            suffix=enc(canon(person.suffix), ascii),
            literal=enc(canon(person.literal), ascii),
            useprefix=person.useprefix,
        )

    def line(self, head: str, value: str) -> str:
        """The line of a field whose short value recurs (``head`` is ``"  name = {"``),
        or "" when the value writes as nothing."""
        line = self.lines.get((head, value))
        if line is None:
            got = self.text(value)
            line = self.lines[head, value] = f"{head}{got}}},\n" if got else ""
        return line

    def text(self, value: str) -> str:
        if len(value) > 80:
            return _latex_encode.encode(value, self.ascii)
        # short values (venues, volumes, publishers) repeat across records
        got = self.short.get(value)
        if got is None:
            got = self.short[value] = _latex_encode.encode(value, self.ascii)
        return got

    def pages(self, value: str) -> str:
        first, dash, last = value.partition("-")
        if dash and first.isascii() and first.isdigit() and last.isascii() and last.isdigit():
            return f"{first}--{last}"  # the common "123-145"
        got = self.page_forms.get(value)
        if got is None:
            got = self.page_forms[value] = _pages(value, self.ascii)
        return got

    def title(self, pub: Publication) -> str:
        title = pub.title
        if pub.source_entry is not None and (got := latex_title(pub, self.ascii)) is not None:
            return got  # (CSL's rich text: "CO<sub>2</sub>")
        if title.isascii():
            rest = title[1:]
            if rest == rest.lower():
                return _latex_encode.encode(title, self.ascii)
            got = _titles.braced_plain_title(title, pub.abstract)
            if got is not None:
                return got
            title = _latex_encode.canonical_text(title)
        else:
            title = _latex_encode.canonical_text(title)
        spans = _titles.protected_spans(title, pub.abstract)
        if not spans:
            return _latex_encode.encode_canonical(title, self.ascii)
        return _latex_encode.encode_protected(title, spans, self.ascii)


def _infer_kind(
    entry_type: str, has_eprint: bool, note: str | None, subtype: str | None = None
) -> Kind:
    """The kind a BibTeX entry stands for (used by the reader and checked by the writer)."""
    if subtype:
        try:
            return Kind(subtype.strip().lower())
        except ValueError:
            pass
    if note and note.lower().startswith("book review"):
        return Kind.BOOK_REVIEW
    kind = _KIND_OF_TYPE.get(entry_type)
    if kind is not None:
        return kind
    if entry_type in ("misc", "unpublished") and has_eprint:
        return Kind.PREPRINT
    return Kind.UNKNOWN if entry_type == "misc" else Kind.OTHER


_KIND_OF_TYPE: dict[str, Kind] = {
    "article": Kind.JOURNAL_ARTICLE,
    "inproceedings": Kind.CONFERENCE_PAPER,
    "conference": Kind.CONFERENCE_PAPER,
    "book": Kind.BOOK,
    "mvbook": Kind.BOOK,
    "proceedings": Kind.BOOK,
    "mvproceedings": Kind.BOOK,
    "collection": Kind.BOOK,
    "mvcollection": Kind.BOOK,
    "reference": Kind.BOOK,
    "mvreference": Kind.BOOK,
    "incollection": Kind.CHAPTER,
    "inbook": Kind.CHAPTER,
    "bookinbook": Kind.CHAPTER,
    "inreference": Kind.CHAPTER,
    "suppbook": Kind.CHAPTER,
    "suppcollection": Kind.CHAPTER,
    "phdthesis": Kind.THESIS,
    "mastersthesis": Kind.THESIS,
    "thesis": Kind.THESIS,
    "techreport": Kind.REPORT,
    "report": Kind.REPORT,
    "online": Kind.WEBPAGE,
    "electronic": Kind.WEBPAGE,
    "www": Kind.WEBPAGE,
    "webpage": Kind.WEBPAGE,
    "dataset": Kind.DATASET,
    "data": Kind.DATASET,
    "software": Kind.SOFTWARE,
    "code": Kind.SOFTWARE,
    "preprint": Kind.PREPRINT,
}


@attrs.frozen
class _Plan:
    """What :func:`_entry` asks of one entry type, worked out once from its layout."""

    layout: _Layout
    head: str  # "@article{"
    venue_head: str  # "  journal = {"
    editor: bool  # an editor field is valid
    volume: bool  # the type holds volume / issue / pages / publisher
    issue: bool
    pages: bool
    publisher: bool
    number_needs_volume: bool  # classic BibTeX's article styles refuse a number alone
    kind_plain: Kind  # _infer_kind() without a note: without an eprint ...
    kind_eprint: Kind  # ... and with one


def _plan(etype: str) -> _Plan:
    layout = _LAYOUTS[etype]
    return _Plan(
        layout=layout,
        head=f"@{etype}{{",
        venue_head=f"  {layout.venue} = {{",
        editor="editor" in layout.extra,
        volume="volume" in layout.holds,
        issue="issue" in layout.holds,
        pages="pages" in layout.holds,
        publisher="publisher" in layout.holds,
        number_needs_volume=etype == "article",
        kind_plain=_infer_kind(etype, False, None),
        kind_eprint=_infer_kind(etype, True, None),
    )


_PLANS = {etype: _plan(etype) for etype in _LAYOUTS}


_BOOK_REVIEW = Kind.BOOK_REVIEW


def _year_range(pub: Publication, key: str, w: _Writer, add: Callable[[str], None]) -> bool:
    """The ``date`` line of a year range (``year`` holds its first year: an integer, as
    biber wants it; biblatex prints the range, classic BibTeX the year); a year field's text
    that says more than the year written (a season, a reprint's year) or no year at all
    is named in the writer's warning. True when a date line was written."""
    text = pub.extra.get("year")
    span = year_span(text) if text else None
    got = year_range(pub)
    if got is not None:
        month = f"-{pub.month:02d}" if pub.month else ""
        add(f"  date = {{{_edtf_year(got[0])}{month}/{_edtf_year(got[1])}}},\n")
    if text and _has(text):
        said = got is not None and span is not None and span[1] is not None
        if not said and (span is None or span[0] != pub.year or _WORDS.search(text)):
            w.unwritten.setdefault("year (as written)", []).append(key)
    return got is not None


def _edtf_year(year: int) -> str:
    """A year as biblatex's ``date`` field writes it (four digits at least, ``-0100``)."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def _bce_date(pub: Publication, key: str, w: _Writer, add: Callable[[str], None]) -> None:
    """The ``date`` line of a year before year 1, written before the ``year`` line:
    biber reads a date before a year field (which it then skips) and warns of a legacy
    ``year`` that is no positive integer; classic BibTeX reads the year field."""
    extra = pub.extra
    if extra and ("year" in extra or "date" in extra) and _year_range(pub, key, w, add):
        return
    month = pub.month
    then = f"-{month:02d}" if month is not None and 1 <= month <= 12 else ""
    add(f"  date = {{{_edtf_year(pub.year or 0)}{then}}},\n")


# what a year field's text says besides its year: words, a bracketed year
_WORDS = re.compile(r"[^\W\d_]{2}|\d\s*[\[(]")


def _year_line(year: int, month: int | None) -> str:
    """The year line, and the month line when the month is known (as a macro)."""
    written = str(year) if year >= 0 else f"{{{year}}}"
    if month is not None and 1 <= month <= 12:
        return f"  year = {written},\n  month = {_MONTHS[month - 1]},\n"
    return f"  year = {written},\n"


def _volume(volume: str, issue: str | None, plan: _Plan, w: _Writer) -> tuple[str, str]:
    """The volume line and the number line of a volume that is not just a number: a
    number and the part at hand as volume and number where the number is free, else the
    volume as it is (see :func:`~.entry_types.volume_parts`)."""
    number, part = volume_parts(volume, issue, plan.issue)
    if part is None:
        return w.line("  volume = {", number or volume), ""
    return w.line("  volume = {", number or volume), w.line("  number = {", part)


def _entry(pub: Publication, key: str, w: _Writer, add: Callable[[str], None]) -> None:
    """Append the pieces of one entry (ending with a blank line) with ``add``."""
    if pub.source_entry is not None and pub.source_entry.dialect in ("bibtex", "biblatex"):
        _source_entry(pub, pub.source_entry, key, w, add)
        return
    text = w.text
    lines = w.lines  # formatted lines of short values (see _Writer.line)
    title = w.title(pub)
    venue = pub.venue
    if venue:
        venue = w.short.get(venue) or text(venue)
    etype = _entry_type(pub, title, venue or "")
    plan = _PLANS[etype]
    for name in _unwritten(pub, etype):
        w.unwritten.setdefault(name, []).append(key)
    if pub.extra or pub.identifiers:
        for name in _foreign(pub, key):
            if name != _EID or etype != "article":
                w.foreign.setdefault(name, []).append(key)
    value: str | None
    authors = pub.authors
    if authors:
        names = w.names
        try:
            who = " and ".join(map(names.__getitem__, map(id, authors)))
        except KeyError:  # someone not seen yet
            who = " and ".join([names.get(id(p)) or w.name(p) for p in authors])
        if not title:
            add(f"{plan.head}{key},\n  author = {{{who}{_OTHERS[pub.authors_complete]}}},\n")
        elif pub.authors_complete:
            add(f"{plan.head}{key},\n  author = {{{who}}},\n  title = {{{title}}},\n")
        else:
            add(f"{plan.head}{key},\n  author = {{{who} and others}},\n  title = {{{title}}},\n")
    elif title:
        add(f"{plan.head}{key},\n  title = {{{title}}},\n")
    else:
        add(f"{plan.head}{key},\n")
    if not title:
        w.untitled.append(key)
    extra = pub.extra
    if not venue and extra and plan.layout.venue == "series" and (series := extra.get("series")):
        venue = text(series)  # (a book's series is its venue, read back as such)
    if venue:
        add(f"{plan.venue_head}{venue}}},\n")
    if (
        extra
        and plan.editor
        and not _authored_book(etype, pub)
        and (value := _name_list(extra.get("editor") or "", w))
    ):
        add(f"  editor = {{{value}}},\n")
    line = part = ""
    if (volume := pub.volume) and plan.volume:
        if volume.isascii() and volume.isdigit():  # (the common case)
            line = w.line("  volume = {", volume)
        else:
            line, part = _volume(volume, pub.issue, plan, w)
    if line:
        add(line)
    if part:
        add(part)  # (the part of the volume at hand: "Suppl 1")
    elif (
        pub.issue
        and plan.issue
        and (line or not plan.number_needs_volume)
        and (number := w.line("  number = {", pub.issue))
    ):
        add(number)
    if pub.pages and plan.pages and (value := w.pages(pub.pages)):
        add(f"  pages = {{{value}}},\n")
    if pub.publisher and plan.publisher and (value := text(pub.publisher)):
        add(f"  publisher = {{{value}}},\n")
    year = pub.year
    if year is not None:
        if year < 0:
            _bce_date(pub, key, w, add)
        month = pub.month
        year_line = lines.get((year, month))
        if year_line is None:
            year_line = lines[year, month] = _year_line(year, month)
        add(year_line)
    if (
        extra
        and ("year" in extra or "date" in extra)
        and (year is None or year >= 0)
        and not _year_range(pub, key, w, add)
        and (date_day(pub) is not None or qualified_date(pub) is not None)
    ):
        # (the day, a season or "circa": biber reads it, classic BibTeX the year)
        add(f"  date = {{{extra['date'].strip()}}},\n")
    if extra and _has(extra.get("month") or ""):
        # (a month field's text the reader did not take: "Spring", or a date's month won)
        w.unwritten.setdefault("month (as written)", []).append(key)
    note = extra.get("note") if extra else None
    if note is not None and not _has(note):
        note = None
    if pub.kind is _BOOK_REVIEW:
        note = f"{_BOOK_REVIEW_NOTE}. {note}" if note else _BOOK_REVIEW_NOTE
    if note:
        add(f"  note = {{{text(note)}}},\n")
    if pub.doi and (value := _raw(pub.doi)):
        add(f"  doi = {{{value}}},\n")
    arxiv = _raw(pub.arxiv_id) if pub.arxiv_id else ""
    if arxiv:
        add(f"  eprint = {{{arxiv}}},\n  archivePrefix = {{arXiv}},\n")
        if extra and (value := _raw(extra.get("primaryclass") or "")):
            add(f"  primaryClass = {{{value}}},\n")
    if pub.url and (value := _raw(pub.url)):
        add(f"  url = {{{value}}},\n")
    value = pub.abstract
    if value and (
        value := _latex_encode.encode(value, w.ascii) if len(value) > 80 else text(value)
    ):
        add("  abstract = {")  # (a long value: not copied into a formatted line)
        add(value)
        add("},\n")
    if extra:
        layout = plan.layout
        for name in sorted(extra):
            low = name.lower()
            if low in ("note", "editor", "primaryclass", layout.venue) or (
                low in _OWN_FIELDS and low != "series"
            ):
                continue
            if (low in layout.extra or (low == _EID and etype == "article")) and (
                value := text(_first_number(low, extra[name], key, w))
            ):
                add(f"  {low} = {{{value}}},\n")
    if extra and (value := _raw(extra.get("ids") or "")):
        add(f"  ids = {{{value}}},\n")  # the keys a merge folded into this record (biber)
    if not authors:
        # classic BibTeX sorts an entry without authors by its `key` field
        add(f"  key = {{{title or w.text(key)}}},\n")
    if note:
        kind = _infer_kind(etype, bool(arxiv), note)
    else:
        kind = plan.kind_eprint if arxiv else plan.kind_plain
    if kind is not pub.kind:
        add(f"  entrysubtype = {{{pub.kind.value}}},\n")
    add("}\n\n")


# ---------------------------------------------------------------- entries as read

#: The model's interpreted fields a writer compares with the record as read.
_VIEW = (
    "title",
    "authors",
    "authors_complete",
    "year",
    "month",
    "venue",
    "kind",
    "doi",
    "arxiv_id",
    "url",
    "volume",
    "issue",
    "pages",
    "publisher",
    "abstract",
)
# Field (lowercase) -> the model attribute read from it (the venue is found per entry).
_FIELD_ATTR = {
    "title": "title",
    "author": "authors",
    "year": "year",
    "date": "year",
    "month": "month",
    "volume": "volume",
    "number": "issue",
    "issue": "issue",
    "pages": "pages",
    "publisher": "publisher",
    "doi": "doi",
    "url": "url",
    "eprint": "arxiv_id",
    "abstract": "abstract",
}
_ATTR_FIELD = {
    "title": "title",
    "authors": "author",
    "year": "year",
    "month": "month",
    "volume": "volume",
    "issue": "number",
    "pages": "pages",
    "publisher": "publisher",
    "doi": "doi",
    "url": "url",
    "arxiv_id": "eprint",
    "abstract": "abstract",
}
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_BIBLATEX_VENUE = {"article": "journaltitle", "periodical": "title"}


def _venue_field(se: SourceEntry) -> str | None:
    """The field (lowercase) the reader took the venue from."""
    names = {name.lower() for name, _ in se.fields}
    names.update(name.lower() for name, _ in se.inherited)
    book = se.entry_type.lower() in ("book", "proceedings")
    for name in ("journal", "journaltitle", "booktitle", "school", "institution", "howpublished"):
        if name in names:
            return name
    return "series" if book and "series" in names else None


def _changed(pub: Publication, old: Publication) -> tuple[set[str], set[str]]:
    """The model attributes and the ``extra`` keys whose values differ from the record as read."""
    fields, extra = changed_fields(pub, old, _VIEW)
    changed = set(fields)
    if "authors_complete" in changed:
        changed.add("authors")
    return changed, set(extra)


def _encoded(attr: str, pub: Publication, w: _Writer, extended: bool = False) -> str | None:
    """The written value (delimiters included) of model attribute ``attr``, None when empty;
    ``extended``: people read from biblatex's extended name format are written in it."""
    value: Any = getattr(pub, attr)
    if isinstance(value, str) and attr not in ("doi", "url", "arxiv_id", "pages"):
        kept = with_latex(value, w.text)
        if kept is not None:
            return "{" + kept + "}"
    if attr == "title":
        return "{" + w.title(pub) + "}" if pub.title else None
    if attr == "authors":
        if not pub.authors:
            return None
        who = " and ".join(
            w.extended_name(p) if extended and p.useprefix is not None else w.name(p)
            for p in pub.authors
        )
        return "{" + who + ("}" if pub.authors_complete else " and others}")
    if attr == "year":
        return None if value is None else ("{" + str(value) + "}")
    if attr == "month":
        return _MONTHS[value - 1] if value is not None and 1 <= value <= 12 else None
    if value is None or value == "":
        return None
    if attr == "pages":
        got = w.pages(value)
    elif attr in ("doi", "url", "arxiv_id"):
        got = _raw(value)
    else:
        got = w.text(str(value))
    return "{" + got + "}" if got else None


def _kept_authors(
    pub: Publication, old: Publication, raw: str, w: _Writer, extended: bool
) -> str | None:
    """The changed author list of a record read from BibTeX with the names the change left
    alone (or only decoded) as the file wrote them (see :mod:`.kept_names`), or None."""

    def write(p: Person) -> str:
        return w.extended_name(p) if extended and p.useprefix is not None else w.name(p)

    return kept_name_list(
        raw, old.authors, old.authors_complete, pub.authors, pub.authors_complete, write
    )


def _defined(raw: str, w: _Writer, undefined: tuple[str, ...]) -> bool:
    """True when every macro ``raw`` uses is defined in the output written so far (or was
    not defined in the file it was read from either: then it stays as the user wrote it)."""
    if raw[:1] == "{" and "#" not in raw:
        return True
    return all(m in w.macros or m in MONTH_MACROS or m in undefined for m in macros_used(raw))


def _blocks(blocks: tuple[Block, ...], w: _Writer, add: Callable[[str], None]) -> None:
    for block in blocks:
        if block.kind in ("string", "preamble"):
            seen = (block.kind, block.raw)
            if seen in w.seen_blocks:
                continue
            w.seen_blocks.add(seen)
            if block.kind == "string":
                w.macros.add(block.name)
        add(block.raw.strip("\n"))
        add("\n\n")


_DATE_TEXT = re.compile(r"[\w\-/.:~?%+]*")


def _extra_text(name: str, text: str, w: _Writer) -> str:
    """An ``extra`` field's text as written: a date (``2004~``, ``2004-05/..``) as it
    stands (biber reads it so; the reader kept it so), other text escaped."""
    if name.endswith("date") and _DATE_TEXT.fullmatch(text):
        return text
    return w.text(text)


def _source_entry(
    pub: Publication, se: SourceEntry, key: str, w: _Writer, add: Callable[[str], None]
) -> None:
    """Write ``pub`` from the entry it was read from: every field nobody changed as written."""
    _blocks(se.before, w, add)
    old = se.as_read
    if old is None:  # (a record rebuilt from JSON without its reading): all as it stands
        old = pub
    changed, extra_changed = _changed(pub, old)
    dialect = w.dialect or se.dialect
    flatten = w.flatten and bool(se.inherited)
    fields = se.fields
    if (
        not changed
        and not extra_changed
        and key == se.key
        and dialect == se.dialect
        and not flatten
        and all(_defined(raw, w, se.undefined_macros) for _, raw in fields)
    ):
        add(se.raw.strip())
        add("\n\n")
        _blocks(se.after, w, add)
        return
    # (the entry is written field by field: its % comments go with their fields)
    notes = field_comments(se.raw, [n for n, _ in fields]) if "%" in se.raw else None
    venue_field = _venue_field(se)
    field_attr = dict(_FIELD_ATTR)
    if venue_field is not None:
        field_attr[venue_field] = "venue"
    out: list[tuple[str, str]] = []
    done: set[str] = set()
    present = {name.lower() for name, _ in fields}
    # biblatex reads a date before year and month: they are the record's only when it has
    # no date it accepts (else they are extra fields when they said otherwise)
    dated = date_start(old.extra.get("date", "")) if "date" in present else None
    overridden: set[str] = set()
    if dated is not None:
        overridden = {"year"} if dated[1] is None else {"year", "month"}
        overridden &= old.extra.keys()
    for name, raw in fields:
        low = name.lower()
        attr = field_attr.get(low)
        if (low == "date" and "year" in present and dated is None) or low in overridden:
            attr = None
        elif low == "date" and low in extra_changed and pub.extra.get(low):
            attr = None  # (the date's own text changed: written as it is now)
        if attr is not None and (
            attr in changed or (attr == "year" and "month" in changed and low == "date")
        ):
            if low == "date":
                if pub.year is None:
                    continue
                month = f"-{pub.month:02d}" if pub.month else ""
                out.append((name, "{" + str(pub.year) + month + "}"))
                done.update(("year", "month"))
                continue
            if attr in done and (dated is None or attr not in ("year", "month")):
                continue
            done.add(attr)
            value = (
                _kept_authors(pub, old, raw, w, dialect == "biblatex")
                if attr == "authors"
                else None
            )
            if value is None:
                value = _encoded(attr, pub, w, dialect == "biblatex")
            if value is not None:
                out.append((name, value))
            continue
        if attr is None and low in extra_changed:
            done.add("extra:" + low)
            text = pub.extra.get(low)
            if text:
                out.append(
                    (name, "{" + (_raw(text) if low == "ids" else _extra_text(low, text, w)) + "}")
                )
            continue
        if not _defined(raw, w, se.undefined_macros):
            # a macro this output does not define: its value, written out
            if attr is not None:
                value = _encoded(attr, pub, w)
            else:
                text = old.extra.get(low)
                value = "{" + _extra_text(low, text, w) + "}" if text else None
            if value is not None:
                out.append((name, value))
            continue
        out.append((name, raw))
    etype = se.entry_type
    if "kind" in changed:
        title = w.title(pub)
        etype = _entry_type(pub, title, w.text(pub.venue) if pub.venue else "")
    low_type = etype.lower()
    for attr in sorted(changed - done - {"kind", "authors_complete"}):
        if attr == "venue":
            layout = _LAYOUTS.get(low_type)
            name = layout.venue if layout is not None else "howpublished"
            if dialect == "biblatex":
                name = _BIBLATEX_VENUE.get(low_type, name)
        else:
            name = _ATTR_FIELD[attr]
        value = _encoded(attr, pub, w)
        if value is not None and name not in present:
            out.append((name, value))
            if attr == "arxiv_id":
                out.append(("eprinttype" if dialect == "biblatex" else "archivePrefix", "{arXiv}"))
    for name in sorted(extra_changed):
        if "extra:" + name in done or name in present or name in _OWN_FIELDS:
            continue
        text = pub.extra.get(name)
        if text and _FIELD_NAME.fullmatch(name):
            # (ids: citation keys, written as they are)
            out.append(
                (name, "{" + (_raw(text) if name == "ids" else _extra_text(name, text, w)) + "}")
            )
    if flatten:
        out = [(n, r) for n, r in out if n.lower() not in ("crossref", "xdata")]
        have = {n.lower() for n, _ in out}
        out.extend((n, r) for n, r in se.inherited if n.lower() not in have)
    if dialect != se.dialect:
        if dialect == "bibtex":
            replaced: list[str] = []
            etype, out = to_bibtex_dialect(etype, out, replaced)
            for name in replaced:  # (a year or month the date overrode)
                w.unwritten.setdefault(f"{name} (as written)", []).append(key)
        else:
            etype, out = to_biblatex_dialect(etype, out)
    add(f"@{etype}{{{key},\n")
    if notes is None:
        for name, raw in out:
            add(f"  {name} = {raw},\n")
    else:
        _with_comments(out, notes, add)
    add("}\n\n")
    _blocks(se.after, w, add)


def _with_comments(
    out: list[tuple[str, str]], notes: FieldComments, add: Callable[[str], None]
) -> None:
    """The fields of an entry written one by one, with the entry's ``%`` comments beside the
    fields they were with (those of a field no longer written: at the end)."""
    left = {**notes.before}, {**notes.after}
    for name, raw in out:
        low = name.lower()
        for text in left[0].pop(low, []):
            add(f"  {text}\n")
        after = left[1].pop(low, [])
        add(f"  {name} = {raw}," + "".join(" " + t for t in after) + "\n")
    for rest in (*left[0].values(), *left[1].values(), notes.tail):
        for text in rest:
            add(f"  {text}\n")


def _with_alias(pub: Publication, alias: str) -> Publication:
    """``pub`` with ``alias`` (its own key, which the writer could not give it) added to
    the keys of its ``ids`` field (biblatex: a citation of any of them finds the entry)."""
    ids = [i.strip() for i in pub.extra.get("ids", "").split(",") if i.strip()]
    return attrs.evolve(pub, extra={**pub.extra, "ids": ",".join(dict.fromkeys([*ids, alias]))})


def to_bibtex(
    pubs: Iterable[Publication],
    *,
    ascii: bool = False,
    key_pattern: str | None = None,
    dialect: Literal["bibtex", "biblatex"] | None = None,
    flatten_crossref: bool = False,
) -> str:
    """BibTeX text of ``pubs``, one entry each, in order.

    ``ascii=True`` writes LaTeX accents (``{\\"o}``) for classic 8-bit BibTeX; the
    default writes UTF-8 (for biber). ``key_pattern`` sets the citation keys (see
    :func:`citation_keys`). Every text field is escaped so that LaTeX prints it literally.

    A record read from a BibTeX file is written as it was read: its entry type, key and
    every field as written (braces, math, macros), with the ``@string``, ``@preamble`` and
    ``@comment`` blocks around it; only the fields something changed are written anew.
    ``dialect`` (``"bibtex"`` or ``"biblatex"``) converts such records' entry types and
    field names (default: each in the dialect it was read in); ``flatten_crossref=True``
    writes the fields a record inherits from its ``crossref`` parent into the record.

    A record that lacks a field its kind's entry type needs is written as the type that
    holds most of its fields (docs/exporting.md, *Entry types*); one
    :class:`~pubrecords.PubrecordsWarning` names the fields no type could hold (and the
    records' keys), another the records whose own key was changed (old and new key).

        >>> from pubrecords import Publication, to_bibtex
        >>> print(to_bibtex([Publication(title="50% off & \\\\input{x}")]))
        @misc{50,
          title = {50\\% off \\& {\\textbackslash}input{\\textbraceleft}x{\\textbraceright}},
          key = {50\\% off \\& {\\textbackslash}input{\\textbraceleft}x{\\textbraceright}},
        }
        <BLANKLINE>
    """
    pubs = list(pubs)
    keys = citation_keys(pubs, key_pattern)
    if dialect not in (None, "bibtex", "biblatex"):
        raise InputError(f"unknown BibTeX dialect {dialect!r} (use 'bibtex' or 'biblatex')")
    w = _Writer(ascii, dialect, flatten_crossref)
    # the pieces of all entries in one list, joined once: entries end with a blank line,
    # but the last
    out: list[str] = []
    add = out.append
    aliases = _keys.case_clashes(pubs, keys) if key_pattern is None else {}
    for i, (pub, key) in enumerate(zip(pubs, keys, strict=False)):
        if aliases and i in aliases:
            pub = _with_alias(pub, aliases[i])
        _entry(pub, key, w, add)
    if key_pattern is None:
        what = "BibTeX: citation keys changed (a \\cite of the old key finds nothing)"
        if aliases:
            what = (
                "BibTeX: citation keys changed (a \\cite of the old key finds nothing; a key"
                " that differs from an earlier one only in case is kept in the entry's ids)"
            )
        _keys.warn_replaced(pubs, keys, what, stacklevel=2)
    if w.unwritten:
        warnings.warn(
            "BibTeX: fields the entry type cannot hold, not written (records: keys): "
            f"{_by_name(w.unwritten)}; see 'Entry types' in docs/exporting.md",
            PubrecordsWarning,
            stacklevel=2,
        )
    if w.untitled:
        warnings.warn(
            "BibTeX: records without a title, none invented (biber warns of a missing"
            f" mandatory field) (records: keys): {_by_name({'title': w.untitled})}",
            PubrecordsWarning,
            stacklevel=2,
        )
    if w.foreign:
        warnings.warn(
            "BibTeX: values with no BibTeX field, not written (records: keys): "
            f"{_by_name(w.foreign)}",
            PubrecordsWarning,
            stacklevel=2,
        )
    text = "".join(out)
    # entries (and blocks) end with a blank line, but the last
    return text[:-1] if text.endswith("\n\n") else text


# Several ISSNs or ISBNs in one value (a print and an electronic one: RIS's repeated SN,
# Zotero's "0714-9808 1710-1107"): biber takes one, and warns of any other value.
_STANDARD_NUMBERS = re.compile(r"[0-9][0-9-]{6,15}[0-9Xx]")
_LABELS = re.compile(r"\([A-Za-z][A-Za-z .-]*\)")  # (PubMed's "(Electronic)", "(Print)")


def _first_number(field: str, value: str, key: str, w: _Writer) -> str:
    """The value of an ``issn`` or ``isbn`` field: the first of several numbers in it, or
    the number without its label ("1932-6203 (Electronic)"), what is left out named in the
    writer's warning; ``keywords`` one a line joined by "; " (a newline is a space to
    BibTeX); else ``value`` as it is."""
    if field == "keywords" and "\n" in value:
        return "; ".join(filter(None, map(str.strip, value.split("\n"))))
    if field not in ("issn", "isbn") or len(value) < 12:
        return value
    found = [m.group() for m in _STANDARD_NUMBERS.finditer(value)]
    rest = _LABELS.sub("", _STANDARD_NUMBERS.sub("", value))
    if not found or rest.strip(" \t\n,;/") or (len(found) == 1 and found[0] == value.strip()):
        return value  # (no number, or more than numbers and labels: as it is)
    what = "after the first of several" if len(found) > 1 else "its label"
    w.unwritten.setdefault(f"{field} ({what})", []).append(key)
    return found[0]


def _name_list(value: str, w: _Writer) -> str:
    """An ``extra`` name list (``editor``: BibTeX's "A and B", a name in braces an
    organisation) written as it reads, each name escaped as text but for the braces that
    make it one name ("{World Health Organization}": escaped, they made biblatex stop)."""
    from bibtexparser.middlewares.names import split_multiple_persons_names

    out = []
    for name in split_multiple_persons_names(value.strip()):
        name = name.strip()
        if len(name) > 2 and name[0] == "{" and name[-1] == "}" and "{" not in name[1:-1]:
            out.append("{" + w.text(name[1:-1]) + "}")
        elif name:
            out.append(w.text(name))
    return " and ".join(out)


def _by_name(records: dict[str, list[str]]) -> str:
    """``name (count: key, key, key, ...)`` for each name, in order of name."""
    return ", ".join(
        f"{name} ({len(keys)}: {', '.join(keys[:3])}{', ...' if len(keys) > 3 else ''})"
        for name, keys in sorted(records.items())
    )


def write_bibtex(pubs: Iterable[Publication], path: str | os.PathLike[str], **kw: Any) -> None:
    """Write :func:`to_bibtex` of ``pubs`` to ``path`` (UTF-8); keywords as for ``to_bibtex``.

    >>> import tempfile, os
    >>> from pubrecords import Publication, write_bibtex, read_bibtex
    >>> path = os.path.join(tempfile.mkdtemp(), "refs.bib")
    >>> write_bibtex([Publication(title="A Title")], path)
    >>> read_bibtex(path)[0].title
    'A Title'
    """
    text = to_bibtex(pubs, **kw)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
