"""Reading BibTeX: .bib text -> records (through bibtexparser 2)."""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections.abc import Mapping
from typing import Any

import attrs

from ...errors import ParseError, ParseWarning, PubrecordsError
from ...model import Block, Kind, Person, Publication, Repair, Source, SourceEntry
from ...names import NameRepairs, parse_name_repaired
from ...names.extended import name_spans
from ...text import latex_decode as _latex_decode
from ...text import latex_encode as _latex_encode
from ..files import read_text
from .comments import blank_comments, may_have_comments
from .entry_types import SOFTWARE_TYPES
from .values import MONTH_MACROS, evaluate, macros_used, pieces
from .write import _BOOK_REVIEW_NOTE, _MONTH_NUMBER, _infer_kind, _norm_pages
from .years import date_start, year_span

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
            got = d.command().translate(_PLACE_TABLE)
            # (a command whose argument holds a space, \rlap{Ann Lee}, is one word of
            # the name for BibTeX, as a brace group is)
            spaced = "{" in text[i : d.pos] and any(c.isspace() for c in got.strip())
            out.append("{" + got + "}" if spaced else got)
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
    """A BibTeX name as read (see :func:`_read_name_repaired`)."""
    return _read_name_repaired(text)[0]


def _read_name_repaired(text: str) -> NameRepairs:
    """A BibTeX name and what reading it changed. Decoding LaTeX is reading (not recorded,
    as for every field of an entry); an accent whose backslash was lost (``Jos'e``) is a
    repair, recorded with the name as written and as read."""
    # (parse_name reads classic BibTeX names and biblatex's extended format, whose
    # useprefix the Person keeps)
    parsed, repairs = parse_name_repaired(_decode_name_text(text), "bibtex")
    person = Person(
        given=_clean_part(parsed.given),
        family=_clean_part(parsed.family),
        particle=_clean_part(parsed.particle),
        suffix=_clean_part(parsed.suffix),
        literal=_clean_part(parsed.literal),
        identifiers=parsed.identifiers,
        aliases=parsed.aliases,
        useprefix=parsed.useprefix,
    )
    return person, tuple(
        Repair("name", r.action, text, str(person), r.reason)
        for r in repairs
        if r.action == "restore-lost-accent"
    )


# Windows-1252 bytes a tool read as Latin-1 (U+0096 for "–", U+0093/U+0094 for quotes):
# C1 control characters, which the text of a field would otherwise lose unseen
_C1 = re.compile("[\x80-\x9f]")
_C1_REASON = "Windows-1252 bytes read as Latin-1 control characters, decoded again"
#: The model attribute of a BibTeX field read as text (the others keep their name).
_ATTRIBUTE = {"journal": "venue", "journaltitle": "venue", "booktitle": "venue"}
_ATTRIBUTE.update(series="venue", number="issue")


def _c1_decoded(value: str, field: str, repairs: list[Repair]) -> str:
    """``value`` with its C1 control characters read as the Windows-1252 bytes they were
    (``\x96`` → "–"; the five bytes Windows-1252 leaves undefined are dropped), the
    change recorded (``fix-mojibake`` on ``field``); ``value`` itself where it has none."""
    if _C1.search(value) is None:
        return value
    fixed = _C1.sub(lambda m: bytes([ord(m.group())]).decode("cp1252", "ignore"), value)
    repairs.append(Repair(field, "fix-mojibake", value, fixed, _C1_REASON))
    return fixed


def _read_authors(
    value: str, names: dict[str, NameRepairs], repairs: list[Repair]
) -> tuple[tuple[Person, ...], bool]:
    """The people of an author field (``names``: the file's names read so far); what
    reading a name changed goes into ``repairs``, on the field ``authors[i]``."""
    texts = _split_authors(value)
    complete = True
    if texts and texts[-1].strip().lower() == "others":
        texts.pop()
        complete = False
    people: list[Person] = []
    for i, text in enumerate(texts):
        got = names.get(text)
        if got is None:
            got = names[text] = _read_name_repaired(text)
        people.append(got[0])
        for r in got[1]:
            repairs.append(Repair(f"authors[{i}]", r.action, r.before, r.after, r.reason))
    return tuple(people), complete


def _month(value: str) -> int | None:
    v = _latex_decode.decode(value).strip().lower().rstrip(".")
    if v.isdigit():
        m = int(v)
        return m if 1 <= m <= 12 else None
    return _MONTH_NUMBER.get(v)


_VENUE_FIELDS = ("journal", "journaltitle", "booktitle", "school", "institution", "howpublished")


def _publication(
    etype: str,
    key: str,
    values: dict[str, str],
    line: int | None,
    path: str | None,
    names: dict[str, NameRepairs] | None = None,
) -> Publication:
    """The record an entry stands for; ``values`` are its evaluated fields (lowercase names,
    delimiters removed, macros expanded, crossref / xdata fields inherited); ``names``
    caches the file's names as read."""
    fields = dict(values)

    def pop(name: str) -> str | None:
        value = fields.pop(name, None)
        return value if value is not None and value.strip() else None

    def text(name: str) -> str | None:
        value = pop(name)
        if value is None:
            return None
        return _latex_decode.decode(_c1_decoded(value, _ATTRIBUTE.get(name, name), repairs))

    def raw(name: str) -> str | None:
        value = pop(name)
        return value.strip() if value is not None else None

    authors: tuple[Person, ...] = ()
    complete = True
    repairs: list[Repair] = []
    author_field = pop("author")
    if author_field is not None:
        try:
            authors, complete = _read_authors(author_field, {} if names is None else names, repairs)
        except PubrecordsError as exc:
            # kept as written in the entry (a writer gives it back); the model says it
            # does not know the authors
            _warn(f"entry {key!r}: author list not understood ({exc}); kept as written", line, path)
            authors, complete = (), False
            repairs.clear()
    title = text("title") or ""
    venue_name = "series" if etype in ("book", "proceedings") and "series" in fields else None
    venue = None
    for name in (*_VENUE_FIELDS, *(["series"] if venue_name else [])):
        if fields.get(name, "").strip():
            venue = text(name)
            break
    year: int | None = None
    year_text = pop("year")
    month_text = pop("month")
    extra: dict[str, str] = {}
    month: int | None = None
    date = fields.get("date")  # (the field itself stays in extra)
    date_text = date.strip() if date is not None else ""
    dated = date_start(date_text) if date_text else None
    if dated is not None:
        # biblatex: the date has priority over year and month; what they said otherwise
        # stays in extra (a writer gives the fields back) and the reading is recorded
        year, month = dated
        if year_text is not None:
            y = _latex_decode.decode(year_text).strip()
            if y != str(year):
                extra["year"] = y
                span = year_span(y)
                if span is None or span[0] != year:
                    repairs.append(Repair("year", "overridden", y, str(year), _DATE_REASON))
        if month_text is not None:
            said = _month(month_text)
            if month is None:  # (biber: a date without a month takes the month field's)
                month = said
                if said is None:
                    extra["month"] = _latex_decode.decode(month_text)
            elif said != month:
                m_text = extra["month"] = _latex_decode.decode(month_text)
                repairs.append(Repair("month", "overridden", m_text, str(month), _DATE_REASON))
    else:
        if year_text is not None:
            y = _latex_decode.decode(year_text).strip()
            if re.fullmatch(r"-?\d{1,4}", y):
                year = int(y)
            else:
                # the text stays in extra (a writer gives it back, a range as a range);
                # the year it names, if one, is the record's year, and the reading is
                # recorded
                extra["year"] = y
                span = year_span(y)
                if span is not None:
                    year = span[0]
                    repairs.append(Repair("year", "parsed", y, str(year), _YEAR_REASON))
        elif date_text and (m := _DATE_YEAR.match(date_text)):
            # a date biber does not accept ("1995-1-04", "1996-13-03"): its leading year
            year = int(m.group(1))
            repairs.append(Repair("year", "parsed", date_text, str(year), _BAD_DATE_REASON))
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
    if kind is Kind.OTHER and etype in SOFTWARE_TYPES:
        kind = Kind.SOFTWARE  # (biblatex-software's softwareversion, softwaremodule, ...)
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
    doi = _unescaped(raw("doi"))
    url = _unescaped(raw("url"))
    abstract = text("abstract")
    for name, value in fields.items():
        if value.strip():
            # (biber reads dates as they stand: "2004~" is an approximate year)
            if name in _DATE_FIELDS:
                extra[name] = value.strip()
            elif name in _NAME_FIELDS:
                extra[name] = _name_list_text(value)
            else:
                extra[name] = _latex_decode.decode(_c1_decoded(value, name, repairs))
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
        repairs=tuple(repairs),
    )


_YEAR_REASON = (
    "year read from the year field's text (of a range or of 'year [reprint year]' the first"
    " year; a season gives no month); the text kept in extra['year']"
)
_DATE_REASON = (
    "biblatex reads the date field before year and month: the year (and the month) of the"
    " date; the field's own text kept in extra"
)
_BAD_DATE_REASON = (
    "the date field is no date biber accepts (it ignores it): the year it starts with;"
    " the text kept in extra['date']"
)
_DATE_FIELDS = frozenset({"date", "urldate", "origdate", "eventdate"})
# biblatex's name lists other than the author (kept in extra as name lists)
_NAME_FIELDS = frozenset(
    {
        *("editor", "editora", "editorb", "editorc", "translator", "annotator"),
        *("commentator", "introduction", "foreword", "afterword", "bookauthor", "holder"),
    }
)


def _name_list_text(value: str) -> str:
    """A name list's text decoded name by name, a name in braces (an organisation,
    "{World Health Organization}") kept in its braces: the list still reads as names."""
    from bibtexparser.middlewares.names import split_multiple_persons_names

    out = []
    for name in split_multiple_persons_names(value.strip()):
        name = name.strip()
        text = _latex_decode.decode(name)
        # (braces keep a name of several words whole; a group opening with a command or
        # math, "{\\textasciitilde}", "{$\\alpha$}", is a character, not a name)
        if (
            " " in text
            and name[:2] not in ("{\\", "{$")
            and name[0] == "{"
            and name[-1] == "}"
            and _one_group(name)
        ):
            text = "{" + text + "}"
        out.append(text)
    return " and ".join(out)


def _one_group(text: str) -> bool:
    """Whether ``text`` (starting with "{") is one brace group, its braces balanced."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "{") - (ch == "}")
        if depth == 0:
            return i == len(text) - 1
    return False


_TYPE_AS_WRITTEN = re.compile(r"\s*@\s*([^\s{(]+)")
_DATE_YEAR = re.compile(r"(-?\d{4})(?![\dX])")

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
        *SOFTWARE_TYPES,
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
        take(parent, _inherit(child.etype.lower(), parent.etype.lower()) if child is item else {})
        for field in ("xdata", "crossref"):
            ref2 = parent.values.get(field)
            if ref2:
                for name in ref2.split(",") if field == "xdata" else [ref2]:
                    queue.append((parent, name.strip()))
    return values, raws


# A character classic BibTeX files escape in a DOI or URL (dblp: "…/3-540-48683-6\_27");
# neither holds a backslash, so the escape is no part of it.
_ESCAPED = re.compile(r"\\([_%&#$~])(?:\{\})?")


def _unescaped(value: str | None) -> str | None:
    """A DOI's or URL's value with its LaTeX escapes of special characters undone (the
    entry as written keeps them)."""
    if value is None or "\\" not in value:
        return value
    return _ESCAPED.sub(r"\1", value)


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


_MAX_DEPTH = 100  # (real values nest braces a few deep; LaTeX decoding recurses on them)
_BRACE = re.compile(r"[{}]")


def _too_deep(value: str) -> bool:
    depth = 0
    for m in _BRACE.finditer(value):
        depth += 1 if m.group() == "{" else -1
        if depth > _MAX_DEPTH:
            return True
    return False


def _as_written(blocks: list[Any], text: str, parsed: str | None) -> list[tuple[Any, str]]:
    """The blocks the parser found in ``parsed`` (``text`` with comments blanked, or None:
    ``text`` itself), each with its text as ``text`` has it. An entry the parser gave up
    on and the text it left after it (up to the next block) are one block: the text as
    written between them (a comma it consumed) is kept."""
    from bibtexparser import model as bm

    def failed(b: Any) -> bool:  # (bibtexparser's duplicate blocks are "failed" ones)
        return isinstance(b, bm.ParsingFailedBlock) and not isinstance(b, _DUPLICATES)

    _DUPLICATES = (bm.DuplicateBlockKeyBlock, bm.DuplicateFieldKeyBlock)
    if parsed is None and not any(map(failed, blocks)):
        return [(b, b.raw or "") for b in blocks]
    source = parsed or text
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for b in blocks:
        raw = b.raw or ""
        at = source.find(raw, cursor) if raw else -1
        if at == -1:
            spans.append(None)
        else:
            spans.append((at, at + len(raw)))
            cursor = at + len(raw)
    out: list[tuple[Any, str]] = []
    i, n = 0, len(blocks)
    while i < n:
        b, span = blocks[i], spans[i]
        if span is None:
            out.append((b, b.raw or ""))
            i += 1
            continue
        end = span[1]
        if failed(b):
            while i + 1 < n and (
                failed(blocks[i + 1]) or isinstance(blocks[i + 1], bm.ImplicitComment)
            ):
                got = spans[i + 1]
                if got is None:
                    break
                end = got[1]
                i += 1
        out.append((b, text[span[0] : end]))
        i += 1
    return out


def parse_bibtex(
    text: str,
    *,
    path: str | None = None,
    strict: bool = False,
    macros: Mapping[str, str] | None = None,
) -> list[Publication]:
    """Publications of BibTeX or biblatex ``text`` (split with bibtexparser 2), in file order.

    Names are split with BibTeX's rules, LaTeX is decoded to Unicode, ``and others``
    marks the author list incomplete, macros (``@string``, months, ``#``) are expanded,
    ``crossref`` and ``xdata`` fields are inherited, unknown fields go to ``extra`` and
    every record remembers its key and line (``provenance``) and its entry as written
    (``source_entry``: type, key, every field with its raw value, and the ``@string``,
    ``@preamble`` and ``@comment`` blocks before it), so that :func:`to_bibtex` gives it
    back unchanged. As biber does, a biblatex ``date`` is read before ``year`` and
    ``month`` (what they said otherwise stays in ``extra``, the reading in ``repairs``),
    and ``%`` comments are skipped, inside entries too (a commented-out entry is text).

    Bad input, entry by entry: a malformed entry is kept as written (a ``"failed"`` block)
    with a :class:`~pubrecords.ParseWarning` naming its line, a repeated key is renamed
    (``key-2``) with a warning naming both lines, a value that runs into the next field
    (a missing comma), text left after an entry (a closing brace too many) and braces
    nested too deep are named in warnings; ``strict=True`` raises
    :class:`~pubrecords.ParseError` instead. Text with no entry at all is a ``ParseError``.
    ``macros`` are ``@string`` macros defined before the text (by an earlier file, as
    BibTeX reads several files: see :func:`~pubrecords.read_bibtex_files`).

        >>> from pubrecords import parse_bibtex
        >>> pub = parse_bibtex("@article{k, author={van der Waals, J. and others},"
        ...                    " title={G{\\\\\\"o}del's {BibTeX}}, journal={J}, year=1900}")[0]
        >>> pub.title, pub.authors[0].particle, pub.authors_complete, pub.key
        ("Gödel's BibTeX", 'van der', False, 'k')
    """
    pubs, blocks = parse_bibtex_blocks(text, path=path, strict=strict, macros=dict(macros or {}))
    if not pubs:
        hint = ""
        if any(block.kind == "string" for block in blocks):
            hint = (
                " (only @string definitions: read it with the files that use them,"
                " read_bibtex_files or 'pubrecords export abbrev.bib refs.bib')"
            )
        raise ParseError(f"no BibTeX entries in {path or 'the text'}{hint}", path=None)
    return pubs


def parse_bibtex_blocks(
    text: str,
    *,
    path: str | None,
    strict: bool,
    macros: dict[str, str],
    before: tuple[Block, ...] = (),
) -> tuple[list[Publication], tuple[Block, ...]]:
    """:func:`parse_bibtex`, for one of several files: ``macros`` (those defined before)
    gains the text's definitions; ``before`` are blocks of earlier files without entries,
    put before the first entry. Text without entries gives no publications and all its
    blocks (``before`` first); otherwise the blocks are the records' and none is returned.
    """
    from bibtexparser import model as bm
    from bibtexparser.entrypoint import parse_string

    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.ERROR)  # it logs each failed block; we warn with the file name
    try:
        library = parse_string(text, parse_stack=[])
        blanked = None
        if "%" in text and may_have_comments(text, library.blocks):
            # (biber skips % comments, inside entries too: the parser gets them blanked)
            blanked = blank_comments(text)
            if blanked is not None:
                library = parse_string(blanked, parse_stack=[])
    except Exception as exc:  # bibtexparser bugs on odd input must not escape raw
        raise ParseError(f"cannot parse BibTeX: {exc}", path=path) from None
    finally:
        logger.setLevel(level)
    pending: list[Block] = list(before)
    all_blocks: list[Block] = []
    reads: list[_Read] = []
    befores: list[tuple[Block, ...]] = []
    undefineds: list[tuple[str, ...]] = []
    key_lines: dict[str, int | None] = {}
    previous: Any = None
    for block, written in _as_written(library.blocks, text, blanked):
        line = block.start_line + 1 if block.start_line is not None else None
        prior, previous = previous, block
        if isinstance(block, bm.DuplicateBlockKeyBlock) and isinstance(
            block.ignore_error_block, bm.String
        ):
            block = block.ignore_error_block  # (a macro defined again: biber reads the last)
        entry: Any = None
        if isinstance(block, bm.Entry):
            entry = block
        elif isinstance(block, bm.String):
            value = block.value if isinstance(block.value, str) else str(block.value)
            macros[block.key.lower()] = evaluate(value, macros)
            pending.append(Block("string", written, block.key.lower()))
        elif isinstance(block, bm.Preamble):
            pending.append(Block("preamble", written))
        elif isinstance(block, bm.ExplicitComment):
            pending.append(Block("comment", written))
        elif isinstance(block, bm.ImplicitComment):
            if isinstance(prior, bm.Entry) and written[:1] in (",", "}"):
                # (biber: "junk seen at toplevel"): the entry ended early
                message = (
                    f"text right after entry {prior.key!r} looks like the rest of it"
                    " (a closing brace too many?); kept as written and not read"
                )
                if strict:
                    raise ParseError(message, line=line, path=path)
                _warn(message, line, path)
            pending.append(Block("text", written))
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
            pending.append(Block("failed", written))
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
            if value.count("{") > _MAX_DEPTH and _too_deep(value):
                message = (
                    f"entry {entry.key!r}: field {name!r} nests braces more than"
                    f" {_MAX_DEPTH} deep; kept as written and not read"
                )
                if strict:
                    raise ParseError(message, line=line, path=path)
                _warn(message, line, path)
                continue
            values.setdefault(name.lower(), evaluate(value, macros))
            if "=" in value and pieces(value) is None:
                # (biber: "syntax error: found ..., expected end of entry")
                message = (
                    f"entry {entry.key!r}: the value of {name!r} is not one value"
                    f" ({' '.join(value.split())[:80]!r}: a comma missing before a field?);"
                    " read as written"
                )
                if strict:
                    raise ParseError(message, line=line, path=path)
                _warn(message, line, path)
            if value[:1] not in ("{", '"') or "#" in value:
                undefined.extend(
                    m for m in macros_used(value) if m not in macros and m not in MONTH_MACROS
                )
        raw = written
        typed = _TYPE_AS_WRITTEN.match(raw)
        etype = typed.group(1) if typed else entry.entry_type
        reads.append(_Read(etype, key, written_key, fields, values, raw, line))
        undefineds.append(tuple(dict.fromkeys(undefined)))
        befores.append(tuple(pending))
        all_blocks.extend(pending)
        pending = []
    if not reads:
        return [], tuple(pending)
    all_blocks.extend(pending)
    dialect = _dialect(reads, all_blocks)
    by_key: dict[str, _Read] = {}
    for item in reads:
        by_key.setdefault(item.written_key.lower(), item)
    for item in reads:  # (biber finds a crossref/xdata parent by its ids aliases too)
        for alias in item.values.get("ids", "").split(","):
            if alias.strip():
                by_key.setdefault(alias.strip().lower(), item)
    pubs: list[Publication] = []
    people: dict[str, NameRepairs] = {}  # (names repeat across a file's entries)
    last = len(reads) - 1
    for i, item in enumerate(reads):
        etype = item.etype.lower()
        values = item.values
        inherited: list[tuple[str, str]] = []
        if "crossref" in values or "xdata" in values:
            got, inherited = _inherited(item, by_key, path)
            if got:
                values = {**values, **got}
        pub = _publication(etype, item.key, values, item.line, path, people)
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
    return pubs, ()


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
