"""Reading BibTeX: .bib text -> records (through bibtexparser 2)."""

from __future__ import annotations

import logging
import os
import re
import warnings
from typing import Any

import attrs

from ...errors import ParseError, ParseWarning, PubrecordsError
from ...model import Block, Kind, Person, Publication, Repair, Source, SourceEntry
from ...names import parse_name
from ...names.extended import name_spans
from ...text import latex_decode as _latex_decode
from ...text import latex_encode as _latex_encode
from ..files import read_text
from .values import MONTH_MACROS, evaluate, macros_used
from .write import _BOOK_REVIEW_NOTE, _MONTH_NUMBER, _infer_kind, _norm_pages
from .years import year_span

__all__ = ["parse_bibtex", "read_bibtex"]


# ---------------------------------------------------------------- reading

_PLACEHOLDER = {"{": "\ue000", "}": "\ue001", "\\": "\ue002"}
_UNPLACE = str.maketrans({v: k for k, v in _PLACEHOLDER.items()})


def _split_authors(value: str) -> list[str]:
    """Split an author field at ``and`` outside braces (linear)."""
    names = (" ".join(value[a:b].split()) for a, b in name_spans(value))
    return [name for name in names if name]


def _decode_name_text(text: str) -> str:
    """Decode LaTeX in a BibTeX name but keep its structural braces; literal braces and
    backslashes become placeholders so that the name grammar never sees them."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "{" and i + 1 < n and text[i + 1] == "\\":
            # a special character {\...}: decode the whole group
            depth = 0
            j = i
            while j < n:
                if text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = _latex_decode.decode_raw(text[i : j + 1])
            out.append(inner.translate(_PLACE_TABLE))
            i = j + 1
        elif ch == "\\":
            d = _latex_decode._Decoder(text)
            d.pos = i
            out.append(d.command().translate(_PLACE_TABLE))
            i = d.pos
        elif ch == "$":
            d = _latex_decode._Decoder(text)
            d.pos = i
            out.append(d.math().translate(_PLACE_TABLE))
            i = d.pos
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_PLACE_TABLE = str.maketrans(_PLACEHOLDER)


def _clean_part(part: str) -> str:
    if not part:
        return part
    if "{" in part or "}" in part:
        part = part.replace("{", "").replace("}", "")
    return _latex_encode.canonical_text(part.translate(_UNPLACE))


def _read_name(text: str) -> Person:
    # (parse_name reads classic BibTeX names and biblatex's extended format, whose
    # useprefix the Person keeps)
    person = parse_name(_decode_name_text(text), "bibtex")
    return Person(
        given=_clean_part(person.given),
        family=_clean_part(person.family),
        particle=_clean_part(person.particle),
        suffix=_clean_part(person.suffix),
        literal=_clean_part(person.literal),
        identifiers=person.identifiers,
        aliases=person.aliases,
        useprefix=person.useprefix,
    )


def _read_authors(value: str) -> tuple[tuple[Person, ...], bool]:
    names = _split_authors(value)
    complete = True
    if names and names[-1].strip().lower() == "others":
        names.pop()
        complete = False
    return tuple(_read_name(n) for n in names), complete


def _month(value: str) -> int | None:
    v = _latex_decode.decode(value).strip().lower().rstrip(".")
    if v.isdigit():
        m = int(v)
        return m if 1 <= m <= 12 else None
    return _MONTH_NUMBER.get(v)


_VENUE_FIELDS = ("journal", "journaltitle", "booktitle", "school", "institution", "howpublished")


def _publication(
    etype: str, key: str, values: dict[str, str], line: int | None, path: str | None
) -> Publication:
    """The record an entry stands for; ``values`` are its evaluated fields (lowercase names,
    delimiters removed, macros expanded, crossref / xdata fields inherited)."""
    fields = dict(values)

    def pop(name: str) -> str | None:
        value = fields.pop(name, None)
        return value if value is not None and value.strip() else None

    def text(name: str) -> str | None:
        value = pop(name)
        return _latex_decode.decode(value) if value is not None else None

    def raw(name: str) -> str | None:
        value = pop(name)
        return value.strip() if value is not None else None

    authors: tuple[Person, ...] = ()
    complete = True
    author_field = pop("author")
    if author_field is not None:
        try:
            authors, complete = _read_authors(author_field)
        except PubrecordsError as exc:
            # kept as written in the entry (a writer gives it back); the model says it
            # does not know the authors
            _warn(f"entry {key!r}: author list not understood ({exc}); kept as written", line, path)
            authors, complete = (), False
    title = text("title") or ""
    venue_name = "series" if etype in ("book", "proceedings") and "series" in fields else None
    venue = None
    for name in (*_VENUE_FIELDS, *(["series"] if venue_name else [])):
        if fields.get(name, "").strip():
            venue = text(name)
            break
    year: int | None = None
    year_text = pop("year")
    extra: dict[str, str] = {}
    month: int | None = None
    repairs: tuple[Repair, ...] = ()
    if year_text is not None:
        y = _latex_decode.decode(year_text).strip()
        if re.fullmatch(r"-?\d{1,4}", y):
            year = int(y)
        else:
            # the text stays in extra (a writer gives it back, a range as a range); the
            # year it names, if one, is the record's year, and the reading is recorded
            extra["year"] = y
            span = year_span(y)
            if span is not None:
                year = span[0]
                repairs = (Repair("year", "parsed", y, str(year), _YEAR_REASON),)
    elif (date := fields.get("date")) is not None:
        # biblatex: an EDTF date or range ("2004-05-17", "1998/1999"); the field itself
        # stays in extra
        m = _DATE.match(_latex_decode.decode(date).strip())
        if m:
            year = int(m.group(1))
            if m.group(2) and "month" not in fields:
                month = int(m.group(2)) if 1 <= int(m.group(2)) <= 12 else None
    month_text = pop("month")
    if month_text is not None:
        month = _month(month_text)
        if month is None:
            extra["month"] = _latex_decode.decode(month_text)
    pages = text("pages")
    note = text("note")
    subtype = text("entrysubtype")
    eprint = raw("eprint")
    prefix = text("archiveprefix") or text("eprinttype")
    primary = raw("primaryclass") or raw("eprintclass")
    arxiv_id = None
    if eprint and (prefix is None or prefix.lower() == "arxiv"):
        arxiv_id = eprint
        if primary:
            extra["primaryclass"] = primary
    else:
        if eprint:
            extra["eprint"] = eprint
        if prefix:
            extra["archiveprefix"] = prefix
        if primary:
            extra["primaryclass"] = primary
    kind = _infer_kind(etype, arxiv_id is not None, note, subtype)
    if subtype and kind.value != subtype.strip().lower():
        extra["entrysubtype"] = subtype
    if note is not None and kind is Kind.BOOK_REVIEW:
        low = note.lower()
        marker = _BOOK_REVIEW_NOTE.lower()
        if low == marker:
            note = None
        elif low.startswith(marker + ". "):
            note = note[len(marker) + 2 :]
    if note:
        extra["note"] = note
    sort_key = pop("key")
    if sort_key is not None:
        decoded = _latex_decode.decode(sort_key)
        if decoded not in (title, key):
            extra["key"] = decoded
    volume = text("volume")
    issue = text("number") or text("issue")
    publisher = text("publisher")
    doi = raw("doi")
    url = raw("url")
    abstract = text("abstract")
    for name, value in fields.items():
        if value.strip():
            extra[name] = _latex_decode.decode(value)
    return Publication(
        title=title,
        authors=authors,
        authors_complete=complete,
        year=year,
        month=month,
        venue=venue,
        kind=kind,
        arxiv_id=arxiv_id,
        pages=_norm_pages(pages) if pages else None,
        key=key,
        extra=extra,
        provenance=(Source(origin="bibtex", path=path, line=line, key=key),),
        volume=volume,
        issue=issue,
        publisher=publisher,
        doi=doi,
        url=url,
        abstract=abstract,
        repairs=repairs,
    )


_YEAR_REASON = (
    "year read from the year field's text (of a range or of 'year [reprint year]' the first"
    " year; a season gives no month); the text kept in extra['year']"
)
_TYPE_AS_WRITTEN = re.compile(r"\s*@\s*([^\s{(]+)")
_DATE = re.compile(r"(-?\d{1,4})(?:-(\d{2}))?")

#: Entry types and fields only biblatex knows: a file using them is in biblatex's dialect.
BIBLATEX_TYPES = frozenset(
    {
        "online",
        "collection",
        "mvcollection",
        "mvbook",
        "mvproceedings",
        "mvreference",
        "bookinbook",
        "suppbook",
        "suppcollection",
        "suppperiodical",
        "periodical",
        "reference",
        "inreference",
        "report",
        "thesis",
        "set",
        "xdata",
        "dataset",
        "software",
        "patent",
        "artwork",
        "audio",
        "video",
        "music",
        "performance",
        "image",
        "movie",
        "legislation",
        "jurisdiction",
        "letter",
        "review",
        "standard",
    }
)
BIBLATEX_FIELDS = frozenset(
    {
        "date",
        "journaltitle",
        "location",
        "eprinttype",
        "eprintclass",
        "urldate",
        "langid",
        "ids",
        "related",
        "relatedtype",
        "xdata",
        "maintitle",
        "booksubtitle",
        "subtitle",
        "titleaddon",
        "origdate",
        "eventdate",
        "eventtitle",
        "venue",
        "shortjournal",
        "sortname",
        "shorthand",
        "entryset",
        "pagetotal",
        "bookpagination",
    }
)
#: Fields a child never inherits from its crossref parent (biblatex's defaults).
_NOT_INHERITED = frozenset(
    {
        "ids",
        "crossref",
        "xref",
        "xdata",
        "entryset",
        "entrysubtype",
        "execute",
        "label",
        "options",
        "presort",
        "related",
        "relatedoptions",
        "relatedstring",
        "relatedtype",
        "shorthand",
        "shorthandintro",
        "sortkey",
    }
)
_BOOKISH_PARENTS = frozenset(
    {
        "book",
        "mvbook",
        "collection",
        "mvcollection",
        "proceedings",
        "mvproceedings",
        "reference",
        "mvreference",
    }
)
_IN_CHILDREN = frozenset(
    {
        "inbook",
        "bookinbook",
        "suppbook",
        "incollection",
        "suppcollection",
        "inproceedings",
        "conference",
        "inreference",
    }
)


def _inherit(child_type: str, parent_type: str) -> dict[str, str]:
    """Parent field -> child field where biblatex renames on inheritance (else: same name)."""
    if parent_type.startswith("mv") and child_type not in ("inbook", "incollection"):
        return {"title": "maintitle", "subtitle": "mainsubtitle", "titleaddon": "maintitleaddon"}
    if parent_type in _BOOKISH_PARENTS and child_type in _IN_CHILDREN:
        got = {
            "title": "booktitle",
            "subtitle": "booksubtitle",
            "titleaddon": "booktitleaddon",
            "shorttitle": "",
            "sorttitle": "",
            "indextitle": "",
            "indexsorttitle": "",
        }
        if parent_type in ("book", "mvbook") and child_type in ("inbook", "bookinbook", "suppbook"):
            got["author"] = "bookauthor"
        return got
    if parent_type == "periodical" and child_type in ("article", "suppperiodical"):
        return {
            "title": "journaltitle",
            "subtitle": "journalsubtitle",
            "shorttitle": "",
            "sorttitle": "",
            "indextitle": "",
            "indexsorttitle": "",
        }
    return {}


def _warn(message: str, line: int | None, path: str | None) -> None:
    where = f"{path or '<string>'}:{line}: " if line is not None else f"{path or '<string>'}: "
    warnings.warn(ParseWarning(where + message), stacklevel=3)


class _Read:
    """One entry on its way into the model."""

    __slots__ = ("etype", "fields", "key", "line", "raw", "values", "written_key")

    def __init__(
        self,
        etype: str,
        key: str,
        written_key: str,
        fields: tuple[tuple[str, str], ...],
        values: dict[str, str],
        raw: str,
        line: int | None,
    ) -> None:
        self.etype = etype
        self.key = key
        self.written_key = written_key
        self.fields = fields
        self.values = values
        self.raw = raw
        self.line = line


def _inherited(
    item: _Read, by_key: dict[str, _Read], path: str | None
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The evaluated and raw fields ``item`` inherits from its crossref / xdata parents."""
    values: dict[str, str] = {}
    raws: list[tuple[str, str]] = []
    own = item.values
    seen = {item.key.lower()}

    def take(parent: _Read, renames: dict[str, str]) -> None:
        parent_raw: dict[str, str] = {}
        for name, value in parent.fields:
            parent_raw.setdefault(name.lower(), value)
        for name, value in parent.values.items():
            if name in _NOT_INHERITED:
                continue
            target = renames.get(name, name)
            if not target or target in own or target in values:
                continue
            values[target] = value
            raws.append((target, parent_raw.get(name, "{" + value + "}")))

    queue: list[tuple[_Read, str]] = []
    for field in ("xdata", "crossref"):
        ref = own.get(field)
        if ref:
            for name in ref.split(",") if field == "xdata" else [ref]:
                queue.append((item, name.strip()))
    while queue:
        child, ref = queue.pop(0)
        parent = by_key.get(ref.lower())
        if parent is None:
            _warn(
                f"entry {item.key!r}: crossref/xdata {ref!r} names no entry in the file",
                item.line,
                path,
            )
            continue
        if parent.key.lower() in seen:
            continue
        seen.add(parent.key.lower())
        take(parent, _inherit(child.etype, parent.etype) if child is item else {})
        for field in ("xdata", "crossref"):
            ref2 = parent.values.get(field)
            if ref2:
                for name in ref2.split(",") if field == "xdata" else [ref2]:
                    queue.append((parent, name.strip()))
    return values, raws


def _dialect(reads: list[_Read], blocks: list[Block]) -> str:
    for block in blocks:
        if block.kind == "comment" and "databasetype:biblatex" in block.raw.lower().replace(
            " ", ""
        ):
            return "biblatex"
    for item in reads:
        if item.etype.lower() in BIBLATEX_TYPES or not BIBLATEX_FIELDS.isdisjoint(item.values):
            return "biblatex"
        for name in ("author", "editor"):  # biblatex's extended name format
            value = item.values.get(name)
            if value and "=" in value and _EXTENDED_NAME.search(value):
                return "biblatex"
    return "bibtex"


_EXTENDED_NAME = re.compile(r"\b(?:family|given|prefix|useprefix)\s*=")


def parse_bibtex(text: str, *, path: str | None = None, strict: bool = False) -> list[Publication]:
    """Publications of BibTeX or biblatex ``text`` (split with bibtexparser 2), in file order.

    Names are split with BibTeX's rules, LaTeX is decoded to Unicode, ``and others``
    marks the author list incomplete, macros (``@string``, months, ``#``) are expanded,
    ``crossref`` and ``xdata`` fields are inherited, unknown fields go to ``extra`` and
    every record remembers its key and line (``provenance``) and its entry as written
    (``source_entry``: type, key, every field with its raw value, and the ``@string``,
    ``@preamble`` and ``@comment`` blocks before it), so that :func:`to_bibtex` gives it
    back unchanged.

    Bad input, entry by entry: a malformed entry is kept as written (a ``"failed"`` block)
    with a :class:`~pubrecords.ParseWarning` naming its line, a repeated key is renamed
    (``key-2``) with a warning naming both lines; ``strict=True`` raises
    :class:`~pubrecords.ParseError` instead. Text with no entry at all is a ``ParseError``.

        >>> from pubrecords import parse_bibtex
        >>> pub = parse_bibtex("@article{k, author={van der Waals, J. and others},"
        ...                    " title={G{\\\\\\"o}del's {BibTeX}}, journal={J}, year=1900}")[0]
        >>> pub.title, pub.authors[0].particle, pub.authors_complete, pub.key
        ("Gödel's BibTeX", 'van der', False, 'k')
    """
    from bibtexparser import model as bm
    from bibtexparser.entrypoint import parse_string

    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.ERROR)  # it logs each failed block; we warn with the file name
    try:
        library = parse_string(text, parse_stack=[])
    except Exception as exc:  # bibtexparser bugs on odd input must not escape raw
        raise ParseError(f"cannot parse BibTeX: {exc}", path=path) from None
    finally:
        logger.setLevel(level)
    macros: dict[str, str] = {}
    pending: list[Block] = []
    all_blocks: list[Block] = []
    reads: list[_Read] = []
    befores: list[tuple[Block, ...]] = []
    undefineds: list[tuple[str, ...]] = []
    key_lines: dict[str, int | None] = {}
    for block in library.blocks:
        line = block.start_line + 1 if block.start_line is not None else None
        entry: Any = None
        if isinstance(block, bm.Entry):
            entry = block
        elif isinstance(block, bm.String):
            value = block.value if isinstance(block.value, str) else str(block.value)
            macros[block.key.lower()] = evaluate(value, macros)
            pending.append(Block("string", block.raw or "", block.key.lower()))
        elif isinstance(block, bm.Preamble):
            pending.append(Block("preamble", block.raw or ""))
        elif isinstance(block, bm.ExplicitComment):
            pending.append(Block("comment", block.raw or ""))
        elif isinstance(block, bm.ImplicitComment):
            pending.append(Block("text", block.raw or ""))
        elif isinstance(block, bm.DuplicateBlockKeyBlock):
            entry = block.ignore_error_block
        elif isinstance(block, bm.DuplicateFieldKeyBlock):
            entry = block.ignore_error_block
            names = [f.key.lower() for f in entry.fields]
            twice = sorted({n for n in names if names.count(n) > 1})
            message = (
                f"entry {entry.key!r} has the field(s) {', '.join(twice)} twice; the first is read"
            )
            if strict:
                raise ParseError(message, line=line, path=path)
            _warn(message + ", all are kept", line, path)
        else:  # ParsingFailedBlock (and any block bibtexparser may add)
            error = getattr(block, "error", None)
            # (bibtexparser's BlockAbortedException says why in abort_reason, not str())
            detail = str(getattr(error, "abort_reason", "") or error or "").strip()
            detail = detail or "syntax error (unbalanced braces or quotes, or a missing comma?)"
            detail = " ".join(detail.split())[:300]
            if strict:
                raise ParseError(f"malformed BibTeX entry: {detail}", line=line, path=path)
            _warn(f"malformed BibTeX entry, kept as written and not read: {detail}", line, path)
            pending.append(Block("failed", block.raw or ""))
        if entry is None:
            continue
        written_key = entry.key
        key = written_key
        low = key.lower()
        if low and low in key_lines:  # (entries without a key get one from the writer)
            n = 2
            while f"{low}-{n}" in key_lines:
                n += 1
            key = f"{written_key}-{n}"
            message = (
                f"key {written_key!r} is used again (first at line {key_lines[low]}); "
                f"this entry is renamed {key!r}"
            )
            if strict:
                raise ParseError(message, line=line, path=path)
            _warn(message, line, path)
        if key:
            key_lines[key.lower()] = line
        fields = tuple([(f.key, f.value) for f in entry.fields])
        values: dict[str, str] = {}
        undefined: list[str] = []
        for name, value in fields:
            values.setdefault(name.lower(), evaluate(value, macros))
            if value[:1] not in ("{", '"') or "#" in value:
                undefined.extend(
                    m for m in macros_used(value) if m not in macros and m not in MONTH_MACROS
                )
        raw = entry.raw or ""
        written = _TYPE_AS_WRITTEN.match(raw)
        etype = written.group(1) if written else entry.entry_type
        reads.append(_Read(etype, key, written_key, fields, values, raw, line))
        undefineds.append(tuple(dict.fromkeys(undefined)))
        befores.append(tuple(pending))
        all_blocks.extend(pending)
        pending = []
    if not reads:
        raise ParseError(f"no BibTeX entries in {path or 'the text'}", path=None)
    all_blocks.extend(pending)
    dialect = _dialect(reads, all_blocks)
    by_key: dict[str, _Read] = {}
    for item in reads:
        by_key.setdefault(item.written_key.lower(), item)
    pubs: list[Publication] = []
    last = len(reads) - 1
    for i, item in enumerate(reads):
        etype = item.etype.lower()
        values = item.values
        inherited: list[tuple[str, str]] = []
        if "crossref" in values or "xdata" in values:
            got, inherited = _inherited(item, by_key, path)
            if got:
                values = {**values, **got}
        pub = _publication(etype, item.key, values, item.line, path)
        if item.key != item.written_key:
            pub = attrs.evolve(
                pub,
                provenance=(
                    Source(origin="bibtex", path=path, line=item.line, key=item.written_key),
                ),
            )
        entry_source = SourceEntry(
            entry_type=item.etype,
            key=item.written_key,
            fields=item.fields,
            raw=item.raw,
            dialect=dialect,
            before=befores[i],
            after=tuple(pending) if i == last else (),
            inherited=inherited,
            undefined_macros=undefineds[i],
            as_read=pub,
        )
        pubs.append(attrs.evolve(pub, source_entry=entry_source))
    return pubs


def read_bibtex(
    path: str | os.PathLike[str], *, encoding: str | None = None, strict: bool = False
) -> list[Publication]:
    """Publications of the BibTeX file at ``path`` (see :func:`parse_bibtex`).

    The file is read as UTF-8, else as Windows-1252 / Latin-1 with a
    :class:`~pubrecords.ParseWarning`; ``encoding`` says which encoding it is.

    >>> from pubrecords import read_bibtex
    >>> read_bibtex("/no/such.bib")
    Traceback (most recent call last):
    ...
    pubrecords.errors.InputError: /no/such.bib: no such file
    """
    return parse_bibtex(read_text(path, encoding or "auto"), path=str(path), strict=strict)
