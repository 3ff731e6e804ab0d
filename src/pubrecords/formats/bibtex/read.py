"""Reading BibTeX: .bib text -> records (through bibtexparser 2)."""

from __future__ import annotations

import os
import re
from typing import Any

import attrs

from ...errors import ParseError, PubrecordsError
from ...model import Kind, Person, Publication, Source
from ...names import parse_name
from ...text import latex_decode as _latex_decode
from ...text import latex_encode as _latex_encode
from ..files import read_text
from .write import _BOOK_REVIEW_NOTE, _MONTH_NUMBER, _infer_kind, _norm_pages

__all__ = ["parse_bibtex", "read_bibtex"]


# ---------------------------------------------------------------- reading

_PLACEHOLDER = {"{": "\ue000", "}": "\ue001", "\\": "\ue002"}
_UNPLACE = str.maketrans({v: k for k, v in _PLACEHOLDER.items()})
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _split_authors(value: str) -> list[str]:
    """Split an author field at ``and`` outside braces (linear)."""
    names: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in " \t\n" and value[i + 1 : i + 4].lower() == "and":
            m = _AND.match(value, i)
            if m is not None:
                names.append(value[start:i])
                start = i = m.end()
                continue
        i += 1
    names.append(value[start:])
    return [" ".join(n.split()) for n in names if n.strip()]


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
    person = parse_name(_decode_name_text(text), "bibtex")
    return attrs.evolve(
        person,
        given=_clean_part(person.given),
        family=_clean_part(person.family),
        particle=_clean_part(person.particle),
        suffix=_clean_part(person.suffix),
        literal=_clean_part(person.literal),
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


def _publication(entry: Any, path: str | None) -> Publication:
    etype = entry.entry_type.lower()
    line = entry.start_line + 1 if entry.start_line is not None else None
    fields: dict[str, str] = {}
    for f in entry.fields:
        value = f.value if isinstance(f.value, str) else str(f.value)
        fields.setdefault(f.key.lower(), value)
    key = entry.key

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
            raise ParseError(
                f"entry {key!r}: bad author list: {exc}", line=line, path=path
            ) from None
    title = text("title") or ""
    venue_name = "series" if etype == "book" and "series" in fields else None
    venue = None
    for name in (*_VENUE_FIELDS, *(["series"] if venue_name else [])):
        if fields.get(name, "").strip():
            venue = text(name)
            break
    year: int | None = None
    year_text = pop("year")
    extra: dict[str, str] = {}
    if year_text is not None:
        y = _latex_decode.decode(year_text).strip()
        if re.fullmatch(r"-?\d{1,4}", y):
            year = int(y)
        else:
            extra["year"] = y
    month: int | None = None
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
    )


def parse_bibtex(text: str, *, path: str | None = None) -> list[Publication]:
    """Publications of BibTeX ``text`` (read with bibtexparser 2), in file order.

    Names are split with BibTeX's rules, LaTeX is decoded to Unicode, ``and others``
    marks the author list incomplete, unknown fields go to ``extra`` and every record
    remembers its key and line (``provenance``). A malformed entry raises
    :class:`~pubrecords.ParseError` naming its line.

        >>> from pubrecords import parse_bibtex
        >>> pub = parse_bibtex("@article{k, author={van der Waals, J. and others},"
        ...                    " title={G{\\\\\\"o}del's {BibTeX}}, journal={J}, year=1900}")[0]
        >>> pub.title, pub.authors[0].particle, pub.authors_complete, pub.key
        ("Gödel's BibTeX", 'van der', False, 'k')
    """
    from bibtexparser.entrypoint import parse_string
    from bibtexparser.model import DuplicateBlockKeyBlock, Entry, ParsingFailedBlock

    try:
        library = parse_string(text)
    except Exception as exc:  # bibtexparser bugs on odd input must not escape raw
        raise ParseError(f"cannot parse BibTeX: {exc}", path=path) from None
    pubs: list[Publication] = []
    for block in library.blocks:
        if isinstance(block, ParsingFailedBlock) and not isinstance(block, DuplicateBlockKeyBlock):
            error = getattr(block, "error", None)
            # (bibtexparser's BlockAbortedException says why in abort_reason, not str())
            detail = str(getattr(error, "abort_reason", "") or error or "").strip()
            detail = detail or "syntax error (unbalanced braces or quotes, or a missing comma?)"
            detail = " ".join(detail.split())[:300]
            line = block.start_line + 1 if block.start_line is not None else None
            raise ParseError(f"malformed BibTeX entry: {detail}", line=line, path=path)
        entry: object = block
        if isinstance(block, DuplicateBlockKeyBlock):
            entry = block.ignore_error_block
        if isinstance(entry, Entry):
            pubs.append(_publication(entry, path))
    return pubs


def read_bibtex(path: str | os.PathLike[str]) -> list[Publication]:
    """Publications of the BibTeX file at ``path`` (see :func:`parse_bibtex`).

    >>> from pubrecords import read_bibtex
    >>> read_bibtex("/no/such.bib")
    Traceback (most recent call last):
    ...
    pubrecords.errors.InputError: /no/such.bib: no such file
    """
    return parse_bibtex(read_text(path), path=str(path))
