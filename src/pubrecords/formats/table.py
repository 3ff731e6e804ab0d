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
import html
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from ..errors import ParseError, ParseWarning, PubrecordsError
from ..model import Kind, Person, Publication, Repair, Source
from ..text.identifiers import find_arxiv_id, find_dois, normalize_doi
from .files import read_text

__all__ = [
    "parse_table",
    "read_table",
]

TableFormat = Literal["csv", "jsonl"]

#: Column names (lower case) of the tools' exports -> the field they fill. Several columns
#: may fill one field (``journal`` and ``booktitle``): the first non-empty one wins and the
#: others, when they differ, are kept in ``extra``.
_COLUMNS: dict[str, str] = {}
for _field, _names in (
    ("title", ("title", "ti", "document title", "item title", "article title")),
    ("authors", ("authors", "author", "au", "author names", "author(s)")),
    (
        "venue",
        (
            "venue",
            "journal",
            "booktitle",
            "publication",
            "publication title",
            "source title",
            "so",
            "journal/book",
            "secondary title",
        ),
    ),
    ("year", ("year", "publication year", "py", "publication_year")),
    ("date", ("date", "publication date", "pd", "issue date")),
    ("month", ("month",)),
    ("pages", ("pages", "page", "pg")),
    ("page_start", ("page start", "start page", "bp", "start_page")),
    ("page_end", ("page end", "end page", "ep", "end_page")),
    ("volume", ("volume", "vl", "journal volume")),
    ("issue", ("issue", "number", "is", "journal issue")),
    ("publisher", ("publisher", "pu")),
    ("doi", ("doi", "di", "item doi")),
    ("url", ("url", "link", "pdf link")),
    ("abstract", ("abstract", "abstract note", "ab")),
    ("id", ("id", "key")),
    (
        "kind",
        (
            "kind",
            "type",
            "item type",
            "document type",
            "entrytype",
            "pt",
            "dt",
            "content type",
            "type_of_reference",
        ),
    ),
    ("arxiv_id", ("arxiv", "arxiv_id", "arxiv id", "eprint")),
    ("pmid", ("pmid", "pubmed id", "pm")),
    ("pmcid", ("pmcid", "pmc id", "pmc")),
    ("eid", ("eid",)),
    ("wos", ("ut", "accession number", "unique-id")),
    ("note", ("note", "notes", "extra")),
):
    for _name in _names:
        _COLUMNS[_name] = _field

#: Columns kept in ``extra`` as they are, but understood: no warning names them.
_KEPT = frozenset(
    (
        "issn",
        "isbn",
        "isbns",
        "sn",
        "bn",
        "editor",
        "editors",
        "keywords",
        "author keywords",
        "index keywords",
        "de",
        "id_",
        "language",
        "language of original document",
        "cited by",
        "tc",
        "af",
        "author full names",
        "author(s) id",
        "affiliations",
        "authors with affiliations",
        "abbreviated source title",
        "j9",
        "ji",
        "place",
        "series",
        "date added",
        "online date",
        "date modified",
        "access date",
        "manual tags",
        "automatic tags",
        "file attachments",
        "tags",
    )
)

#: pandas' default missing-value tokens (R writes ``NA``), matched as written: an empty cell.
_MISSING = frozenset(
    (
        "",
        "NA",
        "N/A",
        "n/a",
        "NaN",
        "-NaN",
        "nan",
        "-nan",
        "NULL",
        "null",
        "None",
        "-",
        "#N/A",
        "#N/A N/A",
        "#NA",
        "<NA>",
    )
)

#: Item, document and entry types of the tools -> :class:`Kind`.
_KINDS: dict[str, Kind] = {}
for _kind, _spellings in (
    (
        Kind.JOURNAL_ARTICLE,
        (
            "article",
            "journal article",
            "journalarticle",
            "journal-article",
            "j",
            "jour",
            "review",
            "article in press",
            "letter",
            "editorial",
            "note",
            "short survey",
            "data paper",
            "erratum",
            "magazinearticle",
            "magazine article",
        ),
    ),
    (
        Kind.CONFERENCE_PAPER,
        (
            "inproceedings",
            "conference paper",
            "conferencepaper",
            "conference-paper",
            "proceedings paper",
            "conference review",
            "conference",
            "c",
            "conf",
            "cpaper",
        ),
    ),
    (Kind.BOOK, ("book", "b", "proceedings", "monograph")),
    (
        Kind.CHAPTER,
        (
            "incollection",
            "inbook",
            "book chapter",
            "booksection",
            "book section",
            "chapter",
            "chap",
        ),
    ),
    (Kind.THESIS, ("phdthesis", "mastersthesis", "thesis", "dissertation", "thes")),
    (Kind.REPORT, ("techreport", "report", "rprt")),
    (Kind.PREPRINT, ("preprint", "unpublished", "unpb")),
    (Kind.DATASET, ("dataset", "data")),
    (Kind.SOFTWARE, ("software", "computerprogram", "computer program", "comp")),
    (Kind.WEBPAGE, ("webpage", "web page", "blogpost", "elec")),
    (Kind.OTHER, ("misc", "other", "s", "p", "patent", "gen")),
):
    for _spelling in _spellings:
        _KINDS[_spelling] = _kind
_KINDS.update({kind.value: kind for kind in Kind})

_YEAR = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])")
_ISO_MONTH = re.compile(r"^\s*[0-9]{4}-([0-9]{1,2})(?:-[0-9]{1,2})?(?:[T ].*)?$")
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
        pubs, not_understood = _parse_csv(text, path)
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


def _delimiter(first_line: str) -> str:
    """Comma, tab or semicolon, as :class:`csv.Sniffer` reads the header line."""
    candidates = [d for d in ",\t;" if d in first_line]
    if len(candidates) <= 1:
        return candidates[0] if candidates else ","
    try:
        found = csv.Sniffer().sniff(first_line, delimiters=",\t;").delimiter
    except csv.Error:
        found = ""
    if found in candidates:
        return found
    return max(candidates, key=first_line.count)


def _parse_csv(text: str, path: str | None) -> tuple[list[Publication], list[str]]:
    if text.startswith("\ufeff"):
        text = text[1:]
    first_line = text.split("\n", 1)[0]
    delimiter = _delimiter(first_line)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, min(len(text) + 1, sys.maxsize // 2)))
    pubs: list[Publication] = []
    not_understood: list[str] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        header: list[str] | None = None
        columns: dict[str, str | None] = {}
        index_column = False
        row_number = 0
        start_line = 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise ParseError(f"malformed CSV: {exc}", line=start_line, path=path) from None
            line = start_line
            start_line = reader.line_num + 1
            if not any(f.strip() for f in fields):
                continue  # a blank line, or a row of empty cells
            if header is None:
                header, index_column = _header(fields, line, path)
                columns = {name: _COLUMNS.get(name) for name in header}
                not_understood = [
                    name for name, field in columns.items() if field is None and name not in _KEPT
                ]
                continue
            if len(fields) != len(header) + index_column:
                raise ParseError(
                    f"row has {len(fields)} fields but the header has {len(header) + index_column}",
                    line=line,
                    path=path,
                )
            row_number += 1
            cells = fields[1:] if index_column else fields
            row = dict(zip(header, cells, strict=True))
            pubs.append(_publication(row, columns, row_number, line, path))
    finally:
        csv.field_size_limit(old_limit)
    return pubs, not_understood


def _header(fields: list[str], line: int, path: str | None) -> tuple[list[str], bool]:
    """The header's column names (lower case) and whether it starts with a pandas index.

    pandas writes its index as a first column with an empty name; its values (row numbers
    or labels of the data frame) are dropped.
    """
    names = [_column_name(f) for f in fields]
    index_column = len(names) > 1 and not names[0]
    if index_column:
        names = names[1:]
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
    return names, index_column


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


def _text(value: Any) -> str:
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
                extra[name] = text
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
    repairs: list[Repair] = []
    fields: dict[str, Any] = {"title": _text(got.get("title"))}

    for name in ("venue", "pages", "volume", "publisher", "url", "issue", "abstract"):
        text = _text(got.get(name))
        if text:
            fields[name] = text
    if "pages" not in fields:
        start, end = _text(got.get("page_start")), _text(got.get("page_end"))
        if start:
            fields["pages"] = f"{start}-{end}" if end and end != start else start
        elif end:
            extra["page end"] = end

    record_id = _text(got.get("id"))
    identifiers = {"id": record_id} if record_id else {}
    for name in ("pmid", "pmcid", "eid", "wos"):
        text = _text(got.get(name))
        if text:
            identifiers[name] = text
    note = _text(got.get("note"))
    if note:
        extra["note"] = note

    # authors: one free-text string, or (JSON) a list of names
    authors, complete = _authors(got.get("authors"), extra, repairs, line, path)
    fields["authors"] = tuple(authors)
    fields["authors_complete"] = complete

    _read_year(got, fields, extra, repairs)
    _read_ids(got, fields, extra, repairs)

    kind_text = _text(got.get("kind"))
    if kind_text:
        kind = _KINDS.get(kind_text.lower())
        if kind is None:
            extra[_source_column(row, columns, "kind")] = kind_text
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
        if month is not None and "month" not in fields and "month" not in extra:
            fields["month"] = month
        if year is None or fields.get("year") != year:
            extra["date"] = date_text


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
    got: Mapping[str, Any], fields: dict[str, Any], extra: dict[str, str], repairs: list[Repair]
) -> None:
    """DOI (normalised, or found in the URL or the note) and arXiv id (or found in the venue)."""
    doi_text = _text(got.get("doi"))
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
            text = _text(got.get(name))
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

    arxiv_text = _text(got.get("arxiv_id"))
    if arxiv_text:
        fields["arxiv_id"] = arxiv_text
        return
    for name in ("venue", "note", "url"):
        text = _text(got.get(name))
        found = find_arxiv_id(text) if text else None
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


def _authors(
    value: Any, extra: dict[str, str], repairs: list[Repair], line: int, path: str | None
) -> tuple[list[Person], bool]:
    from ..names import parse_author_list, parse_name

    if value is None or value == "":
        return [], True
    if isinstance(value, list):
        people: list[Person] = []
        for item in value:
            if isinstance(item, dict):
                people.append(_person_from_dict(item))
            elif isinstance(item, str) and item.strip():
                try:
                    people.append(parse_name(item))
                except PubrecordsError:
                    people.append(Person(literal=" ".join(item.split())))
            elif item not in (None, ""):
                raise ParseError(f"author {item!r} is not a name", line=line, path=path)
        return people, True
    text = _text(value)
    if not text:
        return [], True
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
    if _SCOPUS_NAMES.match(text):
        # Scopus: "Hao J., High R." or "Hao J.; High R." (family name, then initials)
        return [
            Person(family=m.group(1), given=m.group(2)) for m in _SCOPUS_NAME.finditer(text)
        ], True
    try:
        people, complete = parse_author_list(text)
    except PubrecordsError:
        # Keep the text rather than lose it: the names issue decides how to split it.
        extra["authors"] = text
        return [], False
    return list(people), bool(complete)


def _person_from_dict(item: Mapping[str, Any]) -> Person:
    if item.get("literal"):
        return Person(literal=_text(item["literal"]))
    return Person(
        given=_text(item.get("given")),
        family=_text(item.get("family")),
        particle=_text(item.get("particle") or item.get("non-dropping-particle")),
        suffix=_text(item.get("suffix")),
    )


_SCOPUS_ITEM = r"[^\W\d][^,;.]*? (?:[^\W\d]\.-?)+"
_SCOPUS_NAMES = re.compile(rf"^{_SCOPUS_ITEM}(?:[,;] {_SCOPUS_ITEM})*$")
_SCOPUS_NAME = re.compile(r"([^\W\d][^,;.]*?) ((?:[^\W\d]\.-?)+)(?=[,;]|$)")
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


def _month(text: str) -> int | None:
    low = text.strip().lower().rstrip(".")
    if low.isdigit():
        number = int(low)
        return number if 1 <= number <= 12 else None
    return _MONTHS.get(low)
