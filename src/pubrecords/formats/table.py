"""Reader for tables of publication records: CSV (or TSV) and JSON lines.

The columns are those of the duplicate-detection benchmarks::

    id,title,authors,venue,year,pages,volume,publisher,doi,abstract

``authors`` is one free-text string ("p. auer, n. cesa-bianchi, and r. e. schapire,")
split with :func:`pubrecords.parse_author_list`; ``id`` is kept both as the record's
``key`` and in ``identifiers["id"]``; ``url``, ``issue``, ``month``, ``arxiv_id`` and
``kind`` are understood too; every other column is kept in ``extra``. Each record's
provenance names the file, its 1-based data row and its id::

    >>> from pubrecords import parse_table
    >>> text = "id,title,authors,year\\nr1,Learning to Rank,\\"Ada Lovelace and C. Babbage\\",1843\\n"
    >>> [pub] = parse_table(text, path="refs.csv")
    >>> pub.title, pub.year, pub.identifiers["id"]
    ('Learning to Rank', 1843, 'r1')
    >>> str(pub.provenance[0])
    'refs.csv row 1 [r1]'

Malformed input raises :class:`~pubrecords.ParseError` naming the line.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import operator
import os
import re
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from ..errors import ParseError, ParseWarning
from ..model import Kind, Person, Publication, Repair, Source, _builder
from ..names import NameRepairs
from ..text.identifiers import find_arxiv_id, find_dois, normalize_doi
from . import table_quirks as _quirks
from .files import read_text
from .table_authors import authors as _authors
from .table_authors import cell_text as _text
from .table_authors import full_names as _full_names
from .table_authors import unglue as _unglue
from .table_columns import COLUMNS as _COLUMNS
from .table_columns import EXTRA_NAMES as _EXTRA_NAMES
from .table_columns import KEPT as _KEPT
from .table_columns import KINDS as _KINDS
from .table_columns import MISSING as _MISSING
from .table_columns import MISSING_WORDS as _MISSING_WORDS
from .table_columns import from_pubmed_citation, url_list
from .table_quirks import delimiter_of, funding_at, funding_texts, note_above_header, requote

__all__ = ["parse_table", "read_table"]

TableFormat = Literal["csv", "jsonl"]

_YEAR = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])")
# (ISO's 2023-01-09, RIS's 2023/01/09/)
_ISO_MONTH = re.compile(r"^\s*[0-9]{4}[-/]([0-9]{1,2})(?:[-/][0-9]{1,2})?/?(?:[T ].*)?$")
_NUMERIC_DATE = re.compile(r"^\s*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-][0-9]{4}\s*$")
_WORD = re.compile(r"[A-Za-z]+")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def read_table(path: str | os.PathLike[str]) -> list[Publication]:
    """Read a CSV/TSV or JSON-lines file of publication records.

    The format follows the extension (``.jsonl``/``.ndjson`` are JSON lines, anything
    else CSV; a tab-separated header makes it TSV).

        >>> import pathlib, tempfile
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "refs.csv"
        >>> _ = p.write_text("id,title\\nx,On Tables\\n", encoding="utf-8")
        >>> [pub.title for pub in read_table(p)]
        ['On Tables']
    """
    text = read_text(path)
    fmt: TableFormat = "jsonl" if Path(path).suffix.lower() in (".jsonl", ".ndjson") else "csv"
    return parse_table(text, path=str(path), format=fmt)


def parse_table(
    text: str, *, path: str | None = None, format: TableFormat = "csv"
) -> list[Publication]:
    """Parse CSV (or TSV) or JSON-lines text into publications, in input order.

    Empty text (or a header without rows) gives an empty list; a malformed line raises
    :class:`~pubrecords.ParseError` naming it.

        >>> rows = '{"id": "a", "title": "Graphs", "authors": ["Grace Hopper"], "year": 1952}\\n'
        >>> [pub] = parse_table(rows, format="jsonl")
        >>> pub.title, str(pub.authors[0]), pub.year
        ('Graphs', 'Grace Hopper', 1952)
    """
    if format == "csv":
        enabled = gc.isenabled()
        if enabled:  # (the collector would walk the growing list of records again and again)
            gc.disable()
        try:
            pubs, not_understood = _parse_csv(text, path)
        except ParseError as exc:
            # (IEEE Xplore's quotes inside quoted cells, not doubled: read as it meant them)
            found = requote(text, delimiter_of(text.lstrip("\ufeff").split("\n", 1)[0]))
            if found is None or "malformed CSV" not in str(exc):
                raise
            pubs, not_understood = _parse_csv(found[0], path)
            lines = ", ".join(map(str, found[1][:5])) + (", ..." if len(found[1]) > 5 else "")
            warnings.warn(
                ParseWarning(
                    f"{path + ': ' if path else ''}quotes inside quoted cells not doubled "
                    f"(lines {lines}): each line read at its quoted cells' separators"
                ),
                stacklevel=2,
            )
        finally:
            if enabled:
                gc.enable()
        if not_understood:
            names = ", ".join(repr(name) for name in not_understood)
            where = f"{path}: " if path else ""
            warnings.warn(
                ParseWarning(f"{where}columns not understood, kept in extra: {names}"),
                stacklevel=2,
            )
        return pubs
    if format == "jsonl":
        return list(_parse_jsonl(text, path))
    raise ValueError(f"unknown table format {format!r} (use 'csv' or 'jsonl')")


# --------------------------------------------------------------------------- CSV


def _parse_csv(text: str, path: str | None) -> tuple[list[Publication], list[str]]:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = note_above_header(text, path)
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]  # (not a copy of the rest: text.split)
    delimiter = delimiter_of(first_line)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, min(len(text) + 1, sys.maxsize // 2)))
    pubs: list[Publication] = []
    not_understood: list[str] = []
    try:
        reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
        rows: _CsvRows | None = None
        row_number = 0
        line = start_line = 1
        try:
            for fields in reader:
                line = start_line
                start_line = reader.line_num + 1
                if any(f.strip() for f in fields):  # (not a blank line, nor empty cells)
                    header, index_column, trailing = _header(fields, line, path, delimiter)
                    rows = _CsvRows(header, index_column, trailing, path)
                    not_understood = [
                        name for name in header if _COLUMNS.get(name) is None and name not in _KEPT
                    ]
                    break
            if rows is None:
                return pubs, not_understood
            record, width, append, strip = rows.record, rows.width, pubs.append, str.strip
            for fields in reader:
                line = start_line
                start_line = reader.line_num + 1
                cells = list(map(strip, fields))
                if len(cells) != width:
                    if not any(cells):
                        continue  # a blank line, or a row of empty cells
                    if len(cells) > width and rows.funding is not None:
                        # (Scopus: funding texts beyond the first, with no column)
                        cells, more = funding_texts(cells, rows.funding, width)
                        row_number += 1
                        pub = record(cells, row_number)
                        append(attrs.evolve(pub, extra={**pub.extra, **more}) if more else pub)
                        continue
                    if not (len(cells) == width + 1 and rows.trailing and not cells[-1]):
                        raise ParseError(
                            f"row has {len(cells)} fields but the header has {width}",
                            line=line,
                            path=path,
                        )
                    del cells[-1]  # (Web of Science ends every line with a tab)
                elif not cells[0] and not any(cells):
                    continue  # a row of empty cells
                row_number += 1
                append(record(cells, row_number))
        except csv.Error as exc:
            raise ParseError(f"malformed CSV: {exc}", line=start_line, path=path) from None
    finally:
        csv.field_size_limit(old_limit)
    if "citation" in rows.header and "journal/book" in rows.header:  # (PubMed's CSV)
        pubs = [from_pubmed_citation(pub) for pub in pubs]
    return pubs, not_understood


def _lines(text: str) -> list[str] | io.StringIO:
    """The lines of a CSV text as the csv module reads them (a line ends at "\\r", "\\n" or
    "\\r\\n"): a list by :meth:`str.splitlines` (quicker to read than a stream) unless the
    text holds another character that it ends lines at."""
    if any(end in text for end in _OTHER_LINE_ENDS):
        return io.StringIO(text, newline="")
    return text.splitlines(True)


# The characters other than "\r" and "\n" that str.splitlines ends lines at.
_OTHER_LINE_ENDS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


class _CsvRows:
    """Turns the rows of one CSV table into records: the header's plan, read once, and
    caches of the per-value work (author lists, dates) that repeats from row to row."""

    def __init__(self, header: list[str], index_column: bool, trailing: bool, path: str | None):
        self.header = header
        self.path = path
        self.trailing = trailing
        offset = 1 if index_column else 0
        # (rows whose last cell is empty may carry a cell more than the header, as the
        # header may: Web of Science ends every line with a tab)
        self.width = len(header) + offset
        by_field: dict[str, list[tuple[str, int]]] = {}
        extra_names: list[str] = []
        extra_at: list[int] = []
        for i, name in enumerate(header):
            field = _COLUMNS.get(name)
            if field is None:
                extra_names.append(_EXTRA_NAMES.get(name, name))
                extra_at.append(i + offset)
            else:
                by_field.setdefault(field, []).append((name, i + offset))
        self.single_fields = [f for f, cols in by_field.items() if len(cols) == 1]
        self.single_at = [by_field[f][0][1] for f in self.single_fields]
        # (a row's values by field, empty ones included: every use of them takes "" for none)
        at = [*self.single_at, 0]  # (a dummy index: itemgetter of two or more gives a tuple)
        self.single_values = operator.itemgetter(*at)
        self.text_fields = [f for f in _TEXT_FIELDS if f in by_field]  # (the table's ones)
        self.id_fields = [f for f in _IDENTIFIER_FIELDS if f in by_field]
        self.arxiv_ids: dict[str, str | None] = {}  # (venues repeat: each read once)
        self.multi = [(f, cols) for f, cols in by_field.items() if len(cols) > 1]
        self.extra_at = list(zip(extra_names, extra_at, strict=True))  # (name, cell)
        # (a Zotero or Dimensions export: its author column separates names with "; ")
        self.semicolon_names = ("item type" in header and "author" in header) or (
            "pubyear" in header and "authors" in header
        )
        # (a Web of Science tab-delimited export: "Hao, J; Siu, KC", family name first, so
        # "Siu, KC" is initials, not the post-nominal KC)
        self.family_first = "pt" in header and "au" in header
        # (a Springer Link export: its Authors column glues the names together)
        self.glued_names = "item title" in header and "content type" in header
        self.authors: dict[str, tuple[tuple[Person, ...], bool, str | None, tuple[Repair, ...]]]
        self.authors = {}
        # (each name string parsed once a file, with the repairs reading it made)
        self.names: dict[str, NameRepairs] = {}
        self.kinds: dict[str, Kind] = {}  # (the known kinds of work, as the table writes them)
        self.dates: dict[
            tuple[str, str, str], tuple[int | None, int | None, dict[str, str], tuple[Repair, ...]]
        ] = {}
        # The plan of :meth:`record` (a table whose fields each have one column and which
        # has an author column): each field's cell, or the index of an empty cell added
        # after the row's cells where the table has no such column.
        # (a column of full names, Scopus's or Web of Science's, is read by _build alone)
        self.fast = not self.multi and "authors" in by_field and _FULL_NAMES.isdisjoint(header)
        cell = {f: cols[0][1] for f, cols in by_field.items()}
        blank = self.width
        self.at = {f: cell.get(f, blank) for f in (*_COLUMN_FIELDS, *_IDENTIFIER_FIELDS)}
        self.plan_cells = operator.itemgetter(*(self.at[f] for f in _PLAN))
        self.id_at = [(f, cell[f]) for f in _IDENTIFIER_FIELDS if f in cell]
        self.page_columns = "page_start" in cell or "page_end" in cell
        self.url_at = cell.get("url")
        funding = funding_at(header)
        self.funding = None if funding is None else funding + offset

    def publication(self, cleaned: list[str], row_number: int) -> Publication:
        """The record of a row (its cells stripped), by :func:`_build`."""
        cleaned, extra = self.cells(cleaned)
        got = dict(zip(self.single_fields, self.single_values(cleaned), strict=False))
        for field, cols in self.multi:
            for name, i in cols:  # (the first non-empty cell wins; others differing: extra)
                if (v := cleaned[i]) and got.setdefault(field, v) != v:
                    extra[name] = v
        return _build(got, extra, cleaned, row_number, 0, self)

    def record(self, cleaned: list[str], row_number: int) -> Publication:
        """The record of a row (its cells stripped): :meth:`publication`, by the table's plan
        where it has one (the same record, in fewer steps; a property test holds the two to
        the same result)."""
        u = self.url_at  # (a URL cell holding a list of links: see url_list)
        if not self.fast or (u is not None and u < len(cleaned) and cleaned[u][:1] == "["):
            return self.publication(cleaned, row_number)
        cells = cleaned  # (as :meth:`cells` makes them, in fewer steps)
        if not _MISSING_WORDS.isdisjoint(cleaned):
            cells = ["" if s in _MISSING else s for s in cleaned]
        extra: dict[str, str] = {}
        for name, i in self.extra_at:
            if v := cells[i]:
                extra[name] = v
        cells.append("")  # (the cell of every column the table does not have)
        (
            title, venue, pages, volume, publisher, url, issue, abstract,
            record_id, note, value, year_cell, month_cell, date_cell, doi, arxiv, kind_text,
        ) = self.plan_cells(cells)  # fmt: skip
        venue, pages, volume = venue or None, pages or None, volume or None
        publisher, url = publisher or None, url or None
        issue, abstract = issue or None, abstract or None
        if pages is None and self.page_columns:
            at = self.at
            start, end = cells[at["page_start"]], cells[at["page_end"]]
            if start:
                pages = f"{start}-{end}" if end and end != start else start
            elif end:
                extra["page end"] = end
        identifiers = {"id": record_id} if record_id else {}
        if self.id_at:
            for name, i in self.id_at:
                if text := cells[i]:
                    identifiers[name] = text
        if note:
            extra["note"] = note
        cached = self.authors.get(value)
        if cached is None:
            cached = self.author_cell(value)
        authors, complete, lost, repairs = cached
        if lost is not None:
            extra["authors"] = lost
        key = (year_cell, month_cell, date_cell)
        dated = self.dates.get(key)
        if dated is None:
            dated = self.date(key)
        year, month, date_extra, date_repairs = dated
        if date_extra:
            extra.update(date_extra)
        if date_repairs:
            repairs += date_repairs
        if doi or arxiv or url or note or (venue and self.arxiv_ids.get(venue, "") is not None):
            got_ids = {"doi": doi, "url": url, "note": note, "arxiv_id": arxiv, "venue": venue}
            ids: dict[str, Any] = {}
            found_ids: list[Repair] = []
            _read_ids(got_ids, ids, extra, found_ids, self.arxiv_ids)
            doi, arxiv = ids.get("doi"), ids.get("arxiv_id")
            if found_ids:
                repairs += tuple(found_ids)
        else:
            doi = arxiv = None
        kind = _UNKNOWN
        if kind_text:
            known = self.kinds.get(kind_text)
            if known is None:
                known = _KINDS.get(kind_text.lower())
                if known is not None:
                    self.kinds[kind_text] = known
            if known is None:
                extra[self.kind_column(cells)] = kind_text
            else:
                kind = known
        elif arxiv and venue and venue.lower().startswith("arxiv"):
            kind = Kind.PREPRINT
        key_or_none = record_id or None
        # (in the order of Publication's attributes; each value as its converter makes it)
        return _new_publication(
            title, authors, complete, None, abstract, True, year, month, venue, kind, doi,
            arxiv, url, volume, issue, pages, publisher, key_or_none, identifiers, extra,
            (_new_source("table", self.path, None, row_number, key_or_none),), repairs,
        )  # fmt: skip

    def cells(self, cleaned: list[str]) -> tuple[list[str], dict[str, str]]:
        """A row's cells with missing-value tokens emptied (the list given, where it has
        none), and its cells of columns not understood, by name (``extra``)."""
        cells = cleaned
        if not _MISSING_WORDS.isdisjoint(cleaned):
            cells = ["" if s in _MISSING else s for s in cleaned]
        extra: dict[str, str] = {}
        for name, i in self.extra_at:
            if v := cells[i]:
                extra[name] = v
        return cells, extra

    def author_cell(
        self, value: str
    ) -> tuple[tuple[Person, ...], bool, str | None, tuple[Repair, ...]]:
        """The people of an author cell, whether the list is complete, the cell if it could
        not be read (kept in ``extra``) and the repairs made (remembered for the table)."""
        found: dict[str, str] = {}
        repairs: list[Repair] = []
        if self.glued_names:
            value = _unglue(value, repairs)
        people, complete = _authors(
            value,
            found,
            repairs,
            0,
            self.path,
            self.semicolon_names,
            self.names,
            self.family_first,
        )
        cached = (tuple(people), complete, found.get("authors"), tuple(repairs))
        self.authors[value] = cached
        return cached

    def date(
        self, key: tuple[str, str, str]
    ) -> tuple[int | None, int | None, dict[str, str], tuple[Repair, ...]]:
        """Year and month of a row's year, month and date cells, the cells kept in ``extra``
        and the repairs made (remembered for the table)."""
        date_fields: dict[str, Any] = {}
        date_extra: dict[str, str] = {}
        date_repairs: list[Repair] = []
        _read_year(
            {"year": key[0], "month": key[1], "date": key[2]}, date_fields, date_extra, date_repairs
        )
        year, month = date_fields.get("year"), date_fields.get("month")
        dated = (year, month, date_extra, tuple(date_repairs))
        if len(self.dates) < _CACHE_SIZE:
            self.dates[key] = dated
        return dated

    def kind_column(self, cleaned: list[str]) -> str:
        """The name of the column the kind of work came from (the first non-empty one)."""
        offset = self.width - len(self.header)
        for i, name in enumerate(self.header, offset):
            if _COLUMNS.get(name) == "kind" and cleaned[i]:
                return name
        return "kind"


def _header(
    fields: list[str], line: int, path: str | None, delimiter: str = ","
) -> tuple[list[str], bool, bool]:
    """The header's column names (lower case), whether it starts with a pandas index and
    whether it ended with an empty cell (dropped).

    pandas writes its index as a first column with an empty name; its values (row numbers
    or labels of the data frame) are dropped. Web of Science's tab-delimited files end
    every line with a tab: in a tab-delimited table, an empty last column is dropped.
    """
    names = [_column_name(f) for f in fields]
    trailing = delimiter == "\t" and len(names) > 1 and not names[-1]
    if trailing:
        names = names[:-1]
    index_column = len(names) > 1 and not names[0]
    if index_column:
        names = names[1:]
    names = _quirks.ris_tag_columns(names)  # (a table of RIS records)
    seen: set[str] = set()
    for name in names:
        if not name:
            raise ParseError("empty column name in the header", line=line, path=path)
        if name in seen:
            raise ParseError(f"column {name!r} appears twice in the header", line=line, path=path)
        seen.add(name)
    if not any(_COLUMNS.get(name) == "title" for name in names):
        raise ParseError(
            "the header has no 'title' column (expected columns like "
            "id,title,authors,venue,year,pages,volume,publisher,doi,abstract)",
            line=line,
            path=path,
        )
    return names, index_column, trailing


def _column_name(name: str) -> str:
    return name.strip().lower()


# --------------------------------------------------------------------- JSON lines


def _parse_jsonl(text: str, path: str | None) -> Iterator[Publication]:
    row_number = 0
    for line_number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip().lstrip("\ufeff")
        if not stripped:
            continue
        try:
            doc = json.loads(stripped)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            raise ParseError(f"not valid JSON: {msg}", line=line_number, path=path) from None
        if not isinstance(doc, dict):
            raise ParseError(
                f"expected a JSON object, found {type(doc).__name__}", line=line_number, path=path
            )
        row: dict[str, Any] = {}
        for name, value in doc.items():
            key = _column_name(str(name))
            if key in row:
                raise ParseError(f"key {key!r} appears twice", line=line_number, path=path)
            row[key] = value
        if not any(_COLUMNS.get(key) == "title" for key in row):
            raise ParseError("record has no 'title'", line=line_number, path=path)
        row_number += 1
        yield _publication(row, _COLUMNS, row_number, line_number, path)


# ----------------------------------------------------------------------- records


def _gather(
    row: Mapping[str, Any], columns: Mapping[str, str | None]
) -> tuple[dict[str, Any], dict[str, str]]:
    """The row's values by field (the first non-empty column of each), and the rest."""
    got: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for name, value in row.items():
        field = columns.get(name)
        if field is None:
            text = _text(value)
            if text:
                extra[_EXTRA_NAMES.get(name, name)] = text
            continue
        if isinstance(value, (list, dict, int, float)) and not isinstance(value, bool):
            if field not in got and value == value:  # not NaN
                got[field] = value
            elif value == value:
                extra[name] = _text(value)
            continue
        text = _text(value)
        if not text:
            continue
        if field not in got:
            got[field] = text
        elif text != _text(got[field]):
            extra[name] = text
    return got, extra


def _publication(
    row: Mapping[str, Any],
    columns: Mapping[str, str | None],
    row_number: int,
    line: int,
    path: str | None,
) -> Publication:
    got, extra = _gather(row, columns)
    return _build(got, extra, row, row_number, line, path)


# Columns of the authors' full names beside their abbreviated ones (Scopus, Web of Science)
_FULL_NAMES = frozenset(["author full names", "af"])


def _build(
    got: Mapping[str, Any],
    extra: dict[str, str],
    row: Mapping[str, Any] | list[str],
    row_number: int,
    line: int,
    where: _CsvRows | str | None,
) -> Publication:
    """A record of the values of one row (``got``: by field) and its other cells (``extra``).

    ``row`` is the row itself (a JSON object, or a CSV row's clean cells); ``where`` is the
    file's path, or the reader of a CSV table with its caches.
    """
    rows: _CsvRows | None = None
    path: str | None
    if isinstance(where, _CsvRows):
        rows, path = where, where.path
        texts: Mapping[str, Any] = got  # (a CSV row's values are clean text already)
    else:
        path = where
        texts = {k: v if k in _RAW_FIELDS else _text(v) for k, v in got.items()}
    text_of = texts.get
    repairs: list[Repair] = []
    fields: dict[str, Any] = {"title": text_of("title", "")}
    for name in _TEXT_FIELDS if rows is None else rows.text_fields:
        text = text_of(name)
        if text:
            fields[name] = text
    if "pages" not in fields:
        start, end = text_of("page_start", ""), text_of("page_end", "")
        if start:
            fields["pages"] = f"{start}-{end}" if end and end != start else start
        elif end:
            extra["page end"] = end
    url = fields.get("url")
    if url is not None and url[0] == "[":
        url_list(url, fields, extra, repairs)

    record_id = text_of("id", "")
    identifiers = {"id": record_id} if record_id else {}
    for name in _IDENTIFIER_FIELDS if rows is None else rows.id_fields:
        text = text_of(name)
        if text:
            identifiers[name] = text
    note = text_of("note")
    if note:
        extra["note"] = note

    # authors: one free-text string, or (JSON) a list of names
    value = got.get("authors")
    if rows is not None and type(value) is str:
        cached = rows.authors.get(value)
        if cached is None:
            cached = rows.author_cell(value)
        fields["authors"], complete, lost, found_list = cached
        if lost is not None:
            extra["authors"] = lost
        repairs.extend(found_list)
    else:
        authors, complete = _authors(value, extra, repairs, line, path)
        fields["authors"] = tuple(authors)
    fields["authors_complete"] = complete
    full = extra.get("author full names") or extra.get("af")
    if full and fields["authors"]:  # (the names written out: "Hao, Jie (57221302630)")
        written_out = _full_names(fields["authors"], full, "author full names" in extra)
        if written_out is not None:
            fields["authors"], more = written_out
            repairs.extend(more)

    if rows is not None:
        key = (text_of("year", ""), text_of("month", ""), text_of("date", ""))
        dated = rows.dates.get(key)
        if dated is None:
            dated = rows.date(key)
        fields["year"], fields["month"], date_extra, date_repairs = dated
        extra.update(date_extra)
        repairs.extend(date_repairs)
    else:
        _read_year(got, fields, extra, repairs)
    _read_ids(texts, fields, extra, repairs, None if rows is None else rows.arxiv_ids)

    kind_text = text_of("kind")
    if kind_text:
        kind = _KINDS.get(kind_text.lower())
        if kind is None:
            if isinstance(row, list):
                extra[rows.kind_column(row) if rows is not None else "kind"] = kind_text
            else:
                extra[_source_column(row, _COLUMNS, "kind")] = kind_text
        else:
            fields["kind"] = kind
    elif fields.get("arxiv_id") and fields.get("venue", "").lower().startswith("arxiv"):
        fields["kind"] = Kind.PREPRINT

    source = Source(origin="table", path=path, row=row_number, key=record_id or None)
    return Publication(
        **fields,
        key=record_id or None,
        identifiers=identifiers,
        extra=extra,
        provenance=(source,),
        repairs=tuple(repairs),
    )


_RAW_FIELDS = frozenset(("authors", "year"))
_TEXT_FIELDS = ("venue", "pages", "volume", "publisher", "url", "issue", "abstract")
_IDENTIFIER_FIELDS = ("pmid", "pmcid", "eid", "wos")
_COLUMN_FIELDS = frozenset(_COLUMNS.values())
# The cells :meth:`_CsvRows.record` takes, in its order.
_PLAN = (
    *("title", "venue", "pages", "volume", "publisher", "url", "issue", "abstract"),
    *("id", "note", "authors", "year", "month", "date", "doi", "arxiv_id", "kind"),
)
# Records and their sources, made as the model's constructors make them, only quicker.
_new_publication = _builder(Publication, 22)
_new_source = _builder(Source, 5)
_UNKNOWN = Kind.UNKNOWN

#: Most distinct dates a table's reader remembers.
_CACHE_SIZE = 100_000


def _source_column(row: Mapping[str, Any], columns: Mapping[str, str | None], field: str) -> str:
    """The name of the column a field's value came from (the first non-empty one)."""
    for name, value in row.items():
        if columns.get(name) == field and _text(value):
            return name
    return field


def _read_year(
    got: Mapping[str, Any], fields: dict[str, Any], extra: dict[str, str], repairs: list[Repair]
) -> None:
    """Year and month from the year, month and date columns."""
    raw_year = got.get("year")
    if isinstance(raw_year, int) and not isinstance(raw_year, bool):
        fields["year"] = raw_year
    else:
        year_text = _text(raw_year)
        if year_text:
            found = _YEAR.findall(year_text)
            if found and len(set(found)) == 1:
                fields["year"] = int(found[0])
                if year_text != found[0]:
                    repairs.append(
                        Repair(
                            field="year",
                            action="parsed",
                            before=year_text,
                            after=found[0],
                            reason="year read from free text",
                        )
                    )
            else:
                extra["year"] = year_text

    month_text = _text(got.get("month"))
    if month_text:
        month = _month(month_text)
        if month is None:
            extra["month"] = month_text
        else:
            fields["month"] = month

    date_text = _text(got.get("date"))
    if date_text:
        year, month = _date(date_text)
        if year is not None and "year" not in fields and "year" not in extra:
            fields["year"] = year
        same_year = year is not None and fields.get("year") == year  # (else its month is not)
        if month is not None and same_year and "month" not in fields and "month" not in extra:
            fields["month"] = month
        if year is None or fields.get("year") != year:
            extra["date"] = date_text
        elif (day := _ISO_DAY.fullmatch(date_text)) is not None and month == fields.get("month"):
            extra["date"] = day.group(1)  # (its day: as biblatex's date holds it)


_ISO_DAY = re.compile(
    r"\s*([12][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))(?:[T ][0-9:.+\-Z]*)?\s*"
)


def _date(text: str) -> tuple[int | None, int | None]:
    """Year and month of a date as tools write it; the month only where unambiguous.

    >>> _date("2023-01-09"), _date("1/9/2023"), _date("13/1/2023"), _date("9 Jan 2023")
    ((2023, 1), (2023, None), (2023, 1), (2023, 1))
    >>> _date("Jan 2023"), _date("2023"), _date("January 7, 2011"), _date("someday")
    ((2023, 1), (2023, None), (2011, 1), (None, None))
    """
    found = _YEAR.findall(text)
    if not found or len(set(found)) != 1:
        return None, None
    year = int(found[0])
    iso = _ISO_MONTH.match(text)
    if iso:
        month = int(iso.group(1))
        return year, month if 1 <= month <= 12 else None
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if first > 12 and 1 <= second <= 12:
            return year, second
        if second > 12 and 1 <= first <= 12:
            return year, first
        return year, first if first == second and 1 <= first <= 12 else None
    months = {_MONTHS[w] for w in _WORD.findall(text.lower()) if w in _MONTHS}
    return year, months.pop() if len(months) == 1 else None


def _read_ids(
    got: Mapping[str, Any],
    fields: dict[str, Any],
    extra: dict[str, str],
    repairs: list[Repair],
    arxiv_ids: dict[str, str | None] | None = None,
) -> None:
    """DOI (normalised, or found in the URL or the note) and arXiv id (or found in the venue).

    ``got`` holds the row's values as clean text (see :func:`_text`); ``arxiv_ids`` caches
    the arXiv id found in each text.
    """
    doi_text = got.get("doi") or ""
    if doi_text:
        doi = normalize_doi(doi_text)
        if doi is None:
            extra["doi"] = doi_text
        else:
            fields["doi"] = doi
            if doi != doi_text:
                repairs.append(
                    Repair(
                        field="doi",
                        action="normalized",
                        before=doi_text,
                        after=doi,
                        reason="DOI written in one form: lower case, URL-decoded, no prefix",
                    )
                )
    if "doi" not in fields:
        for name in ("url", "note"):
            text = got.get(name) or ""
            dois = find_dois(text) if text and "10." in text else []
            if dois:
                fields["doi"] = dois[0]
                repairs.append(
                    Repair(
                        field="doi",
                        action="found",
                        before=text,
                        after=dois[0],
                        reason=f"DOI read from the {name} column",
                    )
                )
                break

    arxiv_text = got.get("arxiv_id") or ""
    if arxiv_text:
        fields["arxiv_id"] = arxiv_text
        return
    for name in ("venue", "note", "url"):
        text = got.get(name) or ""
        if arxiv_ids is None or not text:
            found = find_arxiv_id(text) if text else None
        elif (found := arxiv_ids.get(text, "")) == "":
            found = find_arxiv_id(text)
            if len(arxiv_ids) < _CACHE_SIZE:
                arxiv_ids[text] = found
        if found:
            fields["arxiv_id"] = found
            repairs.append(
                Repair(
                    field="arxiv_id",
                    action="found",
                    before=text,
                    after=found,
                    reason=f"arXiv id read from the {name} column",
                )
            )
            return


def _month(text: str) -> int | None:
    low = text.strip().lower().rstrip(".")
    if low.isascii() and low.isdigit():  # ("²" is a digit to isdigit, not to int)
        number = int(low)
        return number if 1 <= number <= 12 else None
    return _MONTHS.get(low)
