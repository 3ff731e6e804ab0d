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
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from ..errors import ParseError, PubrecordsError
from ..model import Kind, Person, Publication, Repair, Source
from .files import read_text

__all__ = [
    "parse_table",
    "read_table",
]

TableFormat = Literal["csv", "jsonl"]

#: Columns mapped onto :class:`Publication` fields (everything else goes to ``extra``).
_TEXT_FIELDS = ("title", "venue", "pages", "volume", "publisher", "doi", "url", "issue", "arxiv_id")
_KNOWN = frozenset((*_TEXT_FIELDS, "id", "authors", "year", "abstract", "month", "kind"))
_ALIASES = {"arxiv": "arxiv_id", "type": "kind", "author": "authors"}

_YEAR = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])")
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
        return list(_parse_csv(text, path))
    if format == "jsonl":
        return list(_parse_jsonl(text, path))
    raise ValueError(f"unknown table format {format!r} (use 'csv' or 'jsonl')")


# --------------------------------------------------------------------------- CSV


def _parse_csv(text: str, path: str | None) -> Iterator[Publication]:
    if text.startswith("\ufeff"):
        text = text[1:]
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, min(len(text) + 1, sys.maxsize // 2)))
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        header: list[str] | None = None
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
                header = _header(fields, line, path)
                continue
            if len(fields) != len(header):
                raise ParseError(
                    f"row has {len(fields)} fields but the header has {len(header)}",
                    line=line,
                    path=path,
                )
            row_number += 1
            yield _publication(dict(zip(header, fields, strict=True)), row_number, line, path)
    finally:
        csv.field_size_limit(old_limit)


def _header(fields: list[str], line: int, path: str | None) -> list[str]:
    names = [_column_name(f) for f in fields]
    seen: set[str] = set()
    for name in names:
        if not name:
            raise ParseError("empty column name in the header", line=line, path=path)
        if name in seen:
            raise ParseError(f"column {name!r} appears twice in the header", line=line, path=path)
        seen.add(name)
    if "title" not in seen:
        raise ParseError(
            "the header has no 'title' column (expected columns like "
            "id,title,authors,venue,year,pages,volume,publisher,doi,abstract)",
            line=line,
            path=path,
        )
    return names


def _column_name(name: str) -> str:
    key = name.strip().lower()
    return _ALIASES.get(key, key)


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
        if "title" not in row:
            raise ParseError("record has no 'title'", line=line_number, path=path)
        row_number += 1
        yield _publication(row, row_number, line_number, path)


# ----------------------------------------------------------------------- records


def _text(value: Any) -> str:
    """A cell as text: JSON scalars become their text, containers compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _publication(
    row: Mapping[str, Any], row_number: int, line: int, path: str | None
) -> Publication:
    extra: dict[str, str] = {}
    repairs: list[Repair] = []
    fields: dict[str, Any] = {}

    for name, value in row.items():
        if name not in _KNOWN:
            text = _text(value)
            if text:
                extra[name] = text

    for name in _TEXT_FIELDS:
        text = _text(row.get(name))
        if name == "title":
            fields["title"] = text
        elif text:
            fields[name] = text

    record_id = _text(row.get("id"))
    identifiers = {"id": record_id} if record_id else {}

    abstract = _text(row.get("abstract"))
    if abstract:
        fields["abstract"] = abstract

    # authors: one free-text string, or (JSON) a list of names
    authors, complete = _authors(row.get("authors"), extra, repairs, line, path)
    fields["authors"] = tuple(authors)
    fields["authors_complete"] = complete

    # year: an integer, taken from free text such as "(1993)." when needed
    raw_year = row.get("year")
    if raw_year is not None and not isinstance(raw_year, bool) and isinstance(raw_year, int):
        fields["year"] = raw_year
    else:
        year_text = _text(raw_year)
        if year_text:
            found = _YEAR.findall(year_text)
            if len(found) == 1 or (found and len(set(found)) == 1):
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

    month_text = _text(row.get("month"))
    if month_text:
        month = _month(month_text)
        if month is None:
            extra["month"] = month_text
        else:
            fields["month"] = month

    kind_text = _text(row.get("kind"))
    if kind_text:
        try:
            fields["kind"] = Kind(kind_text.lower())
        except ValueError:
            extra["kind"] = kind_text

    source = Source(origin="table", path=path, row=row_number, key=record_id or None)
    return Publication(
        **fields,
        key=record_id or None,
        identifiers=identifiers,
        extra=extra,
        provenance=(source,),
        repairs=tuple(repairs),
    )


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
