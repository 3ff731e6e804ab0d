"""CSL-JSON reading and writing (the format of Zotero, pandoc and every CSL processor).

:func:`to_csl` gives items valid against the official ``csl-data.json`` schema, with
``id`` = ``citation-key`` = the BibTeX key of :func:`pubrecords.citation_keys`;
:func:`from_csl` reads CSL-JSON items (ours or anybody's) back.

    >>> from pubrecords import Person, Publication, to_csl, from_csl
    >>> pub = Publication(title="Thinker: Learning to Plan and Act", year=2023, month=12,
    ...                   authors=[Person(given="Stephen", family="Chung")],
    ...                   authors_complete=False, kind="conference-paper")
    >>> item = to_csl([pub])[0]
    >>> item["id"], item["type"], item["issued"]
    ('chung2023thinker', 'paper-conference', {'date-parts': [[2023, 12]]})
    >>> item["author"]
    [{'family': 'Chung', 'given': 'Stephen'}, {'literal': 'others'}]
    >>> back = from_csl([item])[0]
    >>> back.authors == pub.authors and back.authors_complete is False
    True

What CSL-JSON has no variable for (the kind where the type is ambiguous, a count of
hidden authors, a cut abstract, identifiers and extra fields) travels in the item's
``custom`` object, so the round trip keeps every field but provenance and repairs.

A record read from CSL-JSON keeps its item as read (``source_entry``, dialect
``"csl-json"``) and is written back as that item, every variable and unknown key as
given, with only the variables whose model field changed written anew:

    >>> item = {"id": "doe", "type": "book", "title": "T", "PMID": "1",
    ...         "issued": {"date-parts": [[2011, 11, 14]]},
    ...         "author": [{"family": "Gogh", "given": "V.", "dropping-particle": "van"}]}
    >>> to_csl(from_csl([item])) == [item]
    True
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
import warnings
from collections.abc import Iterable, Sequence
from json.encoder import encode_basestring as _json_utf8
from json.encoder import encode_basestring_ascii as _json_ascii
from pathlib import Path
from typing import Any

import attrs

from ..errors import FormatError, InputError, ParseWarning, PubrecordsError
from ..model import Kind, Person, Publication, Source, SourceEntry, changed_fields
from ..names import format_name, from_csl_name, parse_author_list, to_csl_name
from ..text import latex_to_text
from .bibtex import citation_keys
from .bibtex.years import year_range
from .files import read_text

__all__ = [
    "from_csl",
    "parse_csl_json",
    "read_csl_json",
    "to_csl",
    "to_csl_json",
    "write_csl_json",
]

_TYPE_OF_KIND: dict[Kind, str] = {
    Kind.JOURNAL_ARTICLE: "article-journal",
    Kind.CONFERENCE_PAPER: "paper-conference",
    Kind.PREPRINT: "article",
    Kind.BOOK: "book",
    Kind.CHAPTER: "chapter",
    Kind.BOOK_REVIEW: "review-book",
    Kind.THESIS: "thesis",
    Kind.REPORT: "report",
    Kind.DATASET: "dataset",
    Kind.SOFTWARE: "software",
    Kind.WEBPAGE: "webpage",
    Kind.OTHER: "document",
    Kind.UNKNOWN: "document",
}
_KIND_OF_TYPE: dict[str, Kind] = {
    "article-journal": Kind.JOURNAL_ARTICLE,
    "article-magazine": Kind.JOURNAL_ARTICLE,
    "article-newspaper": Kind.JOURNAL_ARTICLE,
    "paper-conference": Kind.CONFERENCE_PAPER,
    "article": Kind.PREPRINT,
    "book": Kind.BOOK,
    "collection": Kind.BOOK,
    "classic": Kind.BOOK,
    "chapter": Kind.CHAPTER,
    "entry": Kind.CHAPTER,
    "entry-dictionary": Kind.CHAPTER,
    "entry-encyclopedia": Kind.CHAPTER,
    "review-book": Kind.BOOK_REVIEW,
    "thesis": Kind.THESIS,
    "report": Kind.REPORT,
    "dataset": Kind.DATASET,
    "software": Kind.SOFTWARE,
    "webpage": Kind.WEBPAGE,
    "post": Kind.WEBPAGE,
    "post-weblog": Kind.WEBPAGE,
    "document": Kind.UNKNOWN,
}
_OTHERS = {"literal": "others"}
_STR_VARS = (
    ("title", "title"),
    ("container-title", "venue"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("page", "pages"),
    ("publisher", "publisher"),
    ("DOI", "doi"),
    ("URL", "url"),
    ("abstract", "abstract"),
)
# Publication.extra keys written as CSL variables of the same meaning.
_EXTRA_VARS = {
    "note": "note",
    "isbn": "ISBN",
    "issn": "ISSN",
    "language": "language",
    "edition": "edition",
    "keywords": "keyword",
    "address": "publisher-place",
    "series": "collection-title",
    "type": "genre",
}
_VAR_EXTRA = {v: k for k, v in _EXTRA_VARS.items()}


def _editors(value: str) -> list[dict[str, Any]] | None:
    """The CSL name list of ``extra["editor"]`` (BibTeX's "A and B"), or None if it holds
    no name or its names would not read back as the same text (then it stays a string in
    ``custom.extra``)."""
    try:
        people, complete = parse_author_list(value)
    except PubrecordsError:
        return None
    if not people:
        return None
    text = " and ".join(format_name(person, "bibtex") for person in people)
    if (text if complete else text + " and others") != value:
        return None  # (the names would not read back as the same text)
    names = [to_csl_name(person) for person in people]
    return names if complete else [*names, dict(_OTHERS)]


_TEXT_ATTRS = ("title", "venue", "publisher", "abstract")
_BIBTEX_DIALECTS = ("bibtex", "biblatex")
#: The dialect of a :class:`~pubrecords.SourceEntry` kept by the CSL-JSON reader.
CSL_DIALECT = "csl-json"


def _plain(pub: Publication) -> Publication:
    """A record read from BibTeX with the LaTeX left in its text (math, commands the
    reader keeps for the BibTeX writer) made plain text, as CSL-JSON wants it."""
    if pub.source_entry is None or pub.source_entry.dialect not in _BIBTEX_DIALECTS:
        return pub
    changes: dict[str, Any] = {}
    for attr in _TEXT_ATTRS:
        value = getattr(pub, attr)
        if value and ("\\" in value or "$" in value):
            changes[attr] = latex_to_text(value)
    if changes:
        return attrs.evolve(pub, **changes)
    return pub


def _item(pub: Publication, key: str, names: dict[int, dict[str, Any]]) -> dict[str, Any]:
    se = pub.source_entry
    if se is not None:
        if se.dialect == CSL_DIALECT:
            return _from_source(pub, se, key, names)
        pub = _plain(pub)
    return _fresh(pub, key, names)


def _fresh(pub: Publication, key: str, names: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """The item of ``pub`` built from its model fields alone."""
    item: dict[str, Any] = {"id": key, "citation-key": key, "type": _TYPE_OF_KIND[pub.kind]}
    custom: dict[str, Any] = {}
    if pub.authors:
        authors = []
        for person in pub.authors:
            got = names.get(id(person))
            if got is None:
                got = names[id(person)] = to_csl_name(person)
            authors.append(dict(got))
        if not pub.authors_complete:
            authors.append(dict(_OTHERS))
        item["author"] = authors
    elif not pub.authors_complete:
        custom["authors-complete"] = False
    if pub.hidden_authors is not None:
        custom["hidden-authors"] = pub.hidden_authors
    item["title"] = pub.title
    for var, attr in _STR_VARS[1:]:
        value = getattr(pub, attr)
        if value is not None:
            item[var] = value
    if pub.year is not None:
        parts = [pub.year] if pub.month is None else [pub.year, pub.month]
        item["issued"] = {"date-parts": [parts]}
        if pub.extra and (span := year_range(pub)) is not None:
            item["issued"] = {"date-parts": [parts, [span[1]]]}  # (a range: 1829--1830)
    elif pub.month is not None:
        custom["month"] = pub.month
    if pub.arxiv_id is not None:
        item["archive"] = "arXiv"
        item["archive_location"] = pub.arxiv_id
    if not pub.abstract_complete:
        custom["abstract-complete"] = False
    if pub.kind is Kind.OTHER:
        custom["kind"] = pub.kind.value
    if pub.identifiers:
        custom["identifiers"] = dict(pub.identifiers)
    if pub.extra:
        rest: dict[str, str] = {}
        for name, value in pub.extra.items():
            csl_var = _EXTRA_VARS.get(name)
            if csl_var is not None:
                item[csl_var] = value
            elif name == "editor" and (editors := _editors(value)) is not None:
                item["editor"] = editors
            else:
                rest[name] = value
        if rest:
            custom["extra"] = rest
    if custom:
        item["custom"] = custom
    return item


# ------------------------------------------------ records read from CSL-JSON

# A model attribute -> the CSL variables and the ``custom`` keys written from it: a record
# read from CSL-JSON gets these rewritten (from :func:`_fresh`) only where it changed.
_WRITES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "title": (("title",), ()),
    "authors": (("author",), ("authors-complete",)),
    "authors_complete": (("author",), ("authors-complete",)),
    "hidden_authors": ((), ("hidden-authors",)),
    "abstract": (("abstract",), ()),
    "abstract_complete": ((), ("abstract-complete",)),
    "year": (("issued",), ("month",)),
    "month": (("issued",), ("month",)),
    "venue": (("container-title",), ()),
    "kind": (("type",), ("kind",)),
    "doi": (("DOI",), ()),
    "arxiv_id": (("archive", "archive_location"), ()),
    "url": (("URL",), ()),
    "volume": (("volume",), ()),
    "issue": (("issue",), ()),
    "pages": (("page",), ()),
    "publisher": (("publisher",), ()),
    "identifiers": ((), ("identifiers",)),
}


def _changed(pub: Publication, old: Publication) -> tuple[list[str], list[str]]:
    """The model attributes and the ``extra`` keys whose values differ from the record as read."""
    return changed_fields(pub, old, _WRITES)


def _name_key(person: Person) -> tuple[str, ...]:
    return (person.given, person.family, person.particle, person.suffix, person.literal)


def _authors(pub: Publication, written: Any) -> list[dict[str, Any]] | None:
    """The ``author`` list of ``pub``: a person the item named keeps its name object as
    written (``dropping-particle``, ``comma-suffix``, … kept), a new person is written anew."""
    if not pub.authors:
        return None
    as_written: dict[tuple[str, ...], Any] = {}
    if isinstance(written, list):
        for i, person in _names(written, [])[0]:
            as_written.setdefault(_name_key(person), written[i])
    out: list[dict[str, Any]] = []
    for person in pub.authors:
        got = as_written.get(_name_key(person))
        out.append(dict(got) if got is not None else to_csl_name(person))
    if not pub.authors_complete:
        out.append(dict(_OTHERS))
    return out


def _with_key(item: dict[str, Any], key: str) -> dict[str, Any]:
    """``item`` with ``id`` and ``citation-key`` set to ``key`` (added where missing)."""
    out: dict[str, Any] = {}
    if "id" not in item:
        out["id"] = key
        if "citation-key" not in item:
            out["citation-key"] = key
    for name, value in item.items():
        if name == "id":
            out["id"] = key
            if "citation-key" not in item:
                out["citation-key"] = key
        elif name == "citation-key":
            out[name] = key
        else:
            out[name] = value
    return out


def _from_source(
    pub: Publication, se: SourceEntry, key: str, names: dict[int, dict[str, Any]]
) -> dict[str, Any]:
    """The item ``pub`` was read from, with the variables of the fields that changed since
    (compared with ``se.as_read``) written anew; ``id`` and ``citation-key`` are ``key``
    where the key is not the item's ``id``."""
    item: dict[str, Any] = json.loads(se.raw)
    if key != se.key:
        item = _with_key(item, key)
    old = se.as_read if se.as_read is not None else pub
    changed, extra_changed = _changed(pub, old)
    if not changed and not extra_changed:
        return item
    fresh = _fresh(pub, key, names)
    if "authors" in changed or "authors_complete" in changed:
        fresh_authors = _authors(pub, item.get("author"))
        if fresh_authors is not None:
            fresh["author"] = fresh_authors
    fresh_custom: dict[str, Any] = fresh.get("custom", {})
    custom = item.get("custom")
    had_custom = isinstance(custom, dict) and bool(custom)
    variables: list[str] = []
    custom_keys: list[str] = []
    for attr in changed:
        vars_, keys = _WRITES[attr]
        variables.extend(vars_)
        custom_keys.extend(keys)
    for var in dict.fromkeys(variables):
        value = fresh.get(var)
        if value is None:
            item.pop(var, None)
        else:
            item[var] = value
    rest: dict[str, str | None] = {}
    for name in extra_changed:
        extra_var = _EXTRA_VARS.get(name)
        if name == "editor":
            editors = _editors(pub.extra.get(name, ""))
            if editors is None:
                item.pop("editor", None)
                rest[name] = pub.extra.get(name)
            else:
                item["editor"] = editors
                old_extra = custom.get("extra") if isinstance(custom, dict) else None
                if isinstance(old_extra, dict) and name in old_extra:
                    rest[name] = None  # (it was kept there as text: now it is a name list)
        elif extra_var is None:
            rest[name] = pub.extra.get(name)
        elif name in pub.extra:
            item[extra_var] = pub.extra[name]
        else:
            item.pop(extra_var, None)
    for ckey in dict.fromkeys(custom_keys):
        value = fresh_custom.get(ckey)
        if value is not None:
            if not isinstance(custom, dict):
                custom = item["custom"] = {}
            custom[ckey] = value
        elif isinstance(custom, dict):
            custom.pop(ckey, None)
    if rest:
        if not isinstance(custom, dict):
            custom = item["custom"] = {}
        extra = custom.get("extra")
        if not isinstance(extra, dict):
            extra = custom["extra"] = {}
        for name, text in rest.items():
            if text is None:
                extra.pop(name, None)
            else:
                extra[name] = text
        if not extra:
            del custom["extra"]
    if had_custom and isinstance(custom, dict) and not custom:
        del item["custom"]
    return item


def to_csl(pubs: Iterable[Publication], *, key_pattern: str | None = None) -> list[dict[str, Any]]:
    """CSL-JSON items of ``pubs`` (a list of dicts ready for :func:`json.dumps`).

    ``id`` and ``citation-key`` are the keys of :func:`pubrecords.citation_keys` (the same
    as :func:`pubrecords.to_bibtex` writes); an incomplete author list ends with the name
    ``{"literal": "others"}``, which CSL processors print as "others". A record read from
    CSL-JSON gives back its item as read, the variables of changed fields written anew;
    its ``id`` and ``citation-key`` are set to the key only where the key is not its ``id``.

        >>> from pubrecords import Publication, to_csl
        >>> to_csl([Publication(title="Facing AI extinction", kind="preprint")])
        [{'id': 'facing', 'citation-key': 'facing', 'type': 'article', 'title': 'Facing AI extinction'}]
    """
    pubs = list(pubs)
    keys = citation_keys(pubs, key_pattern)
    names: dict[int, dict[str, Any]] = {}  # by id(): the records hold the people alive
    # Building 100k small dicts triggers the cyclic GC over and over; items hold no
    # cycles, so it is paused while they are built.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [_item(pub, key, names) for pub, key in zip(pubs, keys, strict=False)]
    finally:
        if was_enabled:
            gc.enable()


_encode_json = json.JSONEncoder(ensure_ascii=False).encode
# What json.dumps(..., ensure_ascii=False) escapes: control characters below 0x20, the
# quote and the backslash; every other character (DEL and non-ASCII too) is written as
# itself. A UTF-8 byte below 0x80 is always a whole (ASCII) character.
_ESCAPED_IN_JSON = bytes(range(32)) + b'"\\'


def _json_plain(text: str) -> bool:
    """True when JSON writes ``text`` as it is, between quotes (nothing to escape): one
    pass over its UTF-8 bytes."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _ESCAPED_IN_JSON)) == len(raw)


def _json_str(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``, faster for long text with nothing to
    escape (abstracts: one pass over its UTF-8 bytes instead of the escaping encoder)."""
    if len(text) > 64 and _json_plain(text):
        return '"' + text + '"'
    if text.isascii() and "\x7f" not in text:
        return _json_ascii(text)  # (it also escapes DEL; for the rest they agree)
    return _json_utf8(text)


def _json(value: object) -> str:
    """One JSON value as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    kind = type(value)
    if kind is str:
        return _json_str(value)  # type: ignore[arg-type]
    if kind is int:
        return int.__repr__(value)
    return _encode_json(value)


_TYPE_JSON = {kind: f'"{ctype}"' for kind, ctype in _TYPE_OF_KIND.items()}
_OTHERS_JSON = _encode_json(_OTHERS)
_EXTRA_HEADS = {name: f', "{var}": ' for name, var in _EXTRA_VARS.items()}


class _JsonWriter:
    """Writes an item as ``json.dumps(_item(pub, key, ...))`` would, without the dict."""

    __slots__ = ("names", "short")

    def __init__(self) -> None:
        self.names: dict[int, str] = {}  # by id(): the records hold the people alive
        self.short: dict[object, str] = {}  # JSON of short values (venues, volumes, pages)

    def name(self, person: Person) -> str:
        got = self.names[id(person)] = _encode_json(to_csl_name(person))
        return got

    def source(self, pub: Publication, se: SourceEntry, key: str) -> str:
        """A record read from CSL-JSON: the item as read when nothing changed (its JSON
        text is what ``json.dumps`` writes of it), else :func:`_from_source`."""
        if key == se.key:
            old = se.as_read
            if old is None or (
                pub.extra == old.extra and all(getattr(pub, a) == getattr(old, a) for a in _WRITES)
            ):
                return se.raw
        return _encode_json(_from_source(pub, se, key, {}))

    def short_json(self, value: object) -> str:
        """:func:`_json` of a value that often repeats across records."""
        got = _json(value)
        if type(value) is str and len(value) <= 80:
            self.short[value] = got
        return got

    def item(self, pub: Publication, key: str) -> str:
        se = pub.source_entry
        if se is not None:
            if se.dialect == CSL_DIALECT:
                return self.source(pub, se, key)
            pub = _plain(pub)
        k = _json_str(key) if type(key) is str else _encode_json(key)
        out = ['{"id": ', k, ', "citation-key": ', k, ', "type": ', _TYPE_JSON[pub.kind]]
        add = out.append
        custom: list[str] = []
        authors = pub.authors
        if authors:
            names = self.names
            add(', "author": [')
            try:  # (map: no list comprehension frame per item)
                add(", ".join(map(names.__getitem__, map(id, authors))))
            except KeyError:  # someone not seen yet
                add(", ".join([names.get(id(p)) or self.name(p) for p in authors]))
            add(", " + _OTHERS_JSON + "]" if not pub.authors_complete else "]")
        elif not pub.authors_complete:
            custom.append('"authors-complete": false')
        if pub.hidden_authors is not None:
            custom.append('"hidden-authors": ' + _json(pub.hidden_authors))
        add(', "title": ')
        add(_json(pub.title))
        cache = self.short
        short = self.short_json
        # the string variables, in the order of _STR_VARS
        value = pub.venue
        if value is not None:
            add(', "container-title": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.volume
        if value is not None:
            add(', "volume": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.issue
        if value is not None:
            add(', "issue": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.pages
        if value is not None:
            add(', "page": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.publisher
        if value is not None:
            add(', "publisher": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.doi
        if value is not None:
            add(', "DOI": ')
            add(_json(value))
        value = pub.url
        if value is not None:
            add(', "URL": ')
            add(_json(value))
        value = pub.abstract
        if value is not None:
            if type(value) is str and len(value) > 64 and _json_plain(value):
                add(', "abstract": "')  # (the long text itself: not copied into a quoted one)
                add(value)
                add('"')
            else:
                add(', "abstract": ')
                add(_json(value))
        year, month = pub.year, pub.month
        if year is not None:
            span = year_range(pub) if pub.extra else None
            end = "" if span is None else f", [{_json(span[1])}]"  # (a range: 1829--1830)
            if month is None:
                add(f', "issued": {{"date-parts": [[{_json(year)}]{end}]}}')
            else:
                add(f', "issued": {{"date-parts": [[{_json(year)}, {_json(month)}]{end}]}}')
        elif month is not None:
            custom.append('"month": ' + _json(month))
        if pub.arxiv_id is not None:
            add(', "archive": "arXiv", "archive_location": ')
            add(_json(pub.arxiv_id))
        if not pub.abstract_complete:
            custom.append('"abstract-complete": false')
        if pub.kind is Kind.OTHER:
            custom.append('"kind": ' + _json(pub.kind.value))
        if pub.identifiers:
            custom.append('"identifiers": ' + _encode_json(dict(pub.identifiers)))
        if pub.extra:
            rest: dict[str, str] = {}
            for extra_name, extra_value in pub.extra.items():
                head = _EXTRA_HEADS.get(extra_name)
                if head is not None:
                    add(head)
                    add(_json(extra_value))
                elif extra_name == "editor" and (editors := _editors(extra_value)) is not None:
                    add(', "editor": ')
                    add(_encode_json(editors))
                else:
                    rest[extra_name] = extra_value
            if rest:
                custom.append('"extra": ' + _encode_json(rest))
        if custom:
            add(', "custom": {' + ", ".join(custom) + "}}")
        else:
            add("}")
        return "".join(out)


def to_csl_json(
    pubs: Iterable[Publication], *, key_pattern: str | None = None, indent: int | None = None
) -> str:
    """:func:`to_csl` of ``pubs`` as JSON text.

    One item a line by default (fast and diff-friendly), or pretty-printed with ``indent``.
    The one-a-line text is what :func:`json.dumps` writes for each item of :func:`to_csl`
    (``ensure_ascii=False``), built directly from the records.

        >>> from pubrecords import Publication, to_csl_json
        >>> print(to_csl_json([Publication(title="A Title", year=2020)]))
        [
        {"id": "2020title", "citation-key": "2020title", "type": "document", "title": "A Title", "issued": {"date-parts": [[2020]]}}
        ]
        <BLANKLINE>
    """
    if indent is not None:
        items = to_csl(pubs, key_pattern=key_pattern)
        return json.dumps(items, ensure_ascii=False, indent=indent) + "\n"
    pubs = list(pubs)
    if not pubs:
        return "[]\n"
    keys = citation_keys(pubs, key_pattern)
    item = _JsonWriter().item
    lines = [item(pub, key) for pub, key in zip(pubs, keys, strict=False)]
    lines[0] = "[\n" + lines[0]
    lines[-1] += "\n]\n"
    return ",\n".join(lines)  # one copy of the (large) text


def write_csl_json(
    pubs: Iterable[Publication],
    path: str | os.PathLike[str],
    *,
    key_pattern: str | None = None,
    indent: int | None = None,
) -> None:
    """Write :func:`to_csl` of ``pubs`` to ``path`` as a JSON array (UTF-8).

    By default one item a line (fast and diff-friendly); ``indent`` pretty-prints.

        >>> import tempfile, os
        >>> from pubrecords import Publication, write_csl_json, read_csl_json
        >>> path = os.path.join(tempfile.mkdtemp(), "refs.json")
        >>> write_csl_json([Publication(title="A Title", year=2020)], path)
        >>> read_csl_json(path)[0].year
        2020
    """
    text = to_csl_json(pubs, key_pattern=key_pattern, indent=indent)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None


# ---------------------------------------------------------------- reading


class _Bad(Exception):
    pass


def _note(problems: list[str] | None, exc: _Bad) -> None:
    """Record a problem of an item (or raise it, when reading strictly)."""
    if problems is None:
        raise exc
    problems.append(str(exc))


def _string(item: dict[str, Any], var: str) -> str | None:
    value = item.get(var)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _Bad(f"{var!r} must be a string, not {type(value).__name__}")
    return value if isinstance(value, str) else str(value)


def _lenient_string(item: dict[str, Any], var: str, problems: list[str] | None) -> str | None:
    try:
        return _string(item, var)
    except _Bad as exc:
        _note(problems, exc)
        return None


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise _Bad(f"{what} must be a number, not a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,5}\s*", value):
        return int(value)
    raise _Bad(f"{what} must be a number, not {value!r}")


_EDTF = re.compile(r"\s*(-?\d{4})(?:-(\d{2}))?(?:-\d{2})?.*")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _date(value: Any) -> tuple[int | None, int | None]:
    """(year, month) of a CSL date (date-parts, EDTF string, or raw/literal text).

    The model holds the year and month of the first date; the day, the end of a range,
    a season and the rest stay in the item as read (:attr:`Publication.source_entry`).
    """
    if isinstance(value, str):
        m = _EDTF.fullmatch(value)
        if m is None:
            raise _Bad(f"'issued' string {value!r} is not an EDTF date")
        return int(m.group(1)), int(m.group(2)) if m.group(2) else None
    if not isinstance(value, dict):
        raise _Bad(f"'issued' must be an object, not {type(value).__name__}")
    parts = value.get("date-parts")
    if parts is not None:
        if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
            raise _Bad("'issued.date-parts' must be a list of lists")
        first = parts[0]
        if not first:
            return None, None
        year = _int(first[0], "'issued' year")
        month = _int(first[1], "'issued' month") if len(first) > 1 else None
        if month is not None and not 1 <= month <= 12:
            month = None if 13 <= month <= 24 else month  # 13-24 are seasons in CSL
            if month is not None:
                raise _Bad(f"'issued' month {month} is not 1-12")
        return year, month
    for name in ("raw", "literal"):
        text = value.get(name)
        if isinstance(text, str):
            m = _YEAR_IN_TEXT.search(text)
            return (int(m.group(1)) if m else None), None
    return None, None


_NAME_PARTS = ("family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle")


def _person(name: Any, i: int) -> Person:
    if not isinstance(name, dict):
        raise _Bad(f"'author' #{i + 1} must be a name object, not {type(name).__name__}")
    if not any(
        isinstance(name.get(p), str) and name[p].strip() for p in ("family", "given", "literal")
    ):
        raise _Bad(f"'author' #{i + 1} has neither 'family', 'given' nor 'literal'")
    for part in _NAME_PARTS:
        if part in name and not isinstance(name[part], str):
            raise _Bad(f"'author' #{i + 1}: {part!r} must be a string")
    try:
        return from_csl_name(name)
    except PubrecordsError as exc:
        raise _Bad(f"'author' #{i + 1}: {exc}") from None


def _names(
    value: Any, problems: list[str] | None, variable: str = "author"
) -> tuple[list[tuple[int, Person]], bool]:
    """The people of a name list, each with its place in the list, and whether the list
    is complete (it does not end with ``{"literal": "others"}``, no name was unreadable)."""
    if not isinstance(value, list):
        raise _Bad(f"{variable!r} must be a list of name objects, not {type(value).__name__}")
    people: list[tuple[int, Person]] = []
    complete = True
    last = len(value) - 1
    for i, name in enumerate(value):
        if i == last and name == _OTHERS and people:
            complete = False
            continue
        try:
            people.append((i, _person(name, i)))
        except _Bad as exc:
            _note(problems, exc)
            complete = False
    return people, complete


# An item holds at least one of these (the schema asks for id and type).
_ITEM_KEYS = frozenset(["id", "type", "title", "author", "editor", "citation-key", "DOI", "URL"])


def _item_id(item: dict[str, Any], problems: list[str] | None) -> str | None:
    """The item's ``id`` as a string (None when it has none, or a bad one)."""
    raw_id = item.get("id")
    if raw_id is None:
        return None
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        _note(problems, _Bad(f"'id' must be a string or number, not {type(raw_id).__name__}"))
        return None
    return str(raw_id)


def _publication(
    item: Any, index: int, path: str | None, problems: list[str] | None
) -> Publication:
    """The record of one item; a problem of one variable goes to ``problems`` (that
    variable is not read) or, when ``problems`` is None, raises :class:`_Bad`."""
    if not isinstance(item, dict):
        raise _Bad(f"must be an object, not {type(item).__name__}")
    if _ITEM_KEYS.isdisjoint(item):
        found = ", ".join(repr(k) for k in list(item)[:3]) or "nothing"
        raise _Bad(f"not a CSL item: no id, type, title or author (it holds {found})")
    key = _item_id(item, problems)
    if key is None:
        key = _lenient_string(item, "citation-key", problems)
    ctype = _lenient_string(item, "type", problems)
    custom = item.get("custom") or {}
    if not isinstance(custom, dict):
        _note(problems, _Bad("'custom' must be an object"))
        custom = {}
    kind = _KIND_OF_TYPE.get(ctype or "", Kind.OTHER if ctype else Kind.UNKNOWN)
    if isinstance(custom.get("kind"), str):
        with contextlib.suppress(ValueError):
            kind = Kind(custom["kind"])
    authors: tuple[Person, ...] = ()
    complete = custom.get("authors-complete") is not False
    if "author" in item:
        try:
            people, complete = _names(item["author"], problems)
            authors = tuple([person for _, person in people])
        except _Bad as exc:
            _note(problems, exc)
            complete = False
    year = month = None
    if "issued" in item:
        try:
            year, month = _date(item["issued"])
        except _Bad as exc:
            _note(problems, exc)
    if year is None and isinstance(custom.get("month"), int):
        month = custom["month"]
    fields: dict[str, Any] = {attr: _lenient_string(item, var, problems) for var, attr in _STR_VARS}
    arxiv = None
    archive = _lenient_string(item, "archive", problems)
    if archive is not None and archive.lower() == "arxiv":
        arxiv = _lenient_string(item, "archive_location", problems)
    extra: dict[str, str] = {}
    for var, name in _VAR_EXTRA.items():
        value = _lenient_string(item, var, problems)
        if value is not None:
            extra[name] = value
    if "editor" in item:  # (as BibTeX names them: "Family, Given and …", as the other readers)
        try:
            editors, editors_complete = _names(item["editor"], problems, "editor")
        except _Bad as exc:
            _note(problems, exc)
        else:
            if editors:
                text = " and ".join(format_name(person, "bibtex") for _, person in editors)
                extra["editor"] = text if editors_complete else text + " and others"
    if isinstance(custom.get("extra"), dict):
        extra.update({str(k): str(v) for k, v in custom["extra"].items()})
    identifiers = custom.get("identifiers")
    hidden = custom.get("hidden-authors")
    return Publication(
        title=fields.pop("title") or "",
        authors=authors,
        authors_complete=complete,
        hidden_authors=hidden if isinstance(hidden, int) and not isinstance(hidden, bool) else None,
        abstract_complete=custom.get("abstract-complete") is not False,
        year=year,
        month=month,
        kind=kind,
        arxiv_id=arxiv,
        key=key,
        identifiers={str(k): str(v) for k, v in identifiers.items()}
        if isinstance(identifiers, dict)
        else {},
        extra=extra,
        provenance=(Source(origin="csl-json", path=path, row=index + 1, key=key),),
        **fields,
    )


def _label(index: int, item: Any) -> str:
    ident = item.get("id") if isinstance(item, dict) else None
    return f"item {index + 1}" + (f" (id {ident!r})" if ident is not None else "")


def _warn(message: str) -> None:
    warnings.warn(ParseWarning(message), stacklevel=3)


def from_csl(
    items: Sequence[Any], *, path: str | None = None, strict: bool = False
) -> list[Publication]:
    """Publications of CSL-JSON ``items`` (a list of dicts, as from :func:`json.load`).

    Each record keeps its item as read in :attr:`~pubrecords.Publication.source_entry`
    (dialect ``"csl-json"``), so that :func:`to_csl` gives it back with every variable
    (days, seasons, ranges, ``PMID``, ``editor``, ``dropping-particle``, unknown keys, …)
    but the ones whose model field changed. Unknown CSL types read as kind ``other``.
    ``editor`` is read into ``extra["editor"]`` as BibTeX names it ("Doe, Jane and Roe,
    R."), ``collection-title`` into ``extra["series"]``, ``genre`` into ``extra["type"]``
    (and the writers write them back as CSL variables, so a BibTeX or RIS export has them).

    A malformed item costs a :class:`~pubrecords.ParseWarning` naming it (its number and
    id): a variable that cannot be read is left out of the model and kept in the item; an
    item that is not an object, or holds none of ``id``, ``type``, ``title``, ``author``,
    … is left out. ``strict=True`` raises :class:`~pubrecords.FormatError` instead.

        >>> from pubrecords import from_csl
        >>> pub = from_csl([{"id": "x1", "type": "article-journal", "title": "T",
        ...                  "author": [{"family": "Doe", "given": "Jane"}],
        ...                  "issued": {"date-parts": [[2020, 3, 14]]}}])[0]
        >>> pub.kind.value, pub.year, pub.month, pub.key
        ('journal-article', 2020, 3, 'x1')
        >>> from_csl([{"id": "x2", "author": "Doe, Jane"}], strict=True)
        Traceback (most recent call last):
        ...
        pubrecords.errors.FormatError: CSL-JSON item 1 (id 'x2'): 'author' must be a list of name objects, not str
    """
    where = f"{path}: " if path else ""
    if isinstance(items, (str, bytes, dict)) or not isinstance(items, Sequence):
        raise FormatError(f"{where}CSL-JSON must be an array of items, not {type(items).__name__}")
    pubs: list[Publication] = []
    append = pubs.append
    dumps = _encode_json
    evolve = attrs.evolve
    for i, item in enumerate(items):
        problems: list[str] | None = None if strict else []
        try:
            pub = _publication(item, i, path, problems)
            try:
                raw = dumps(item)
            except (TypeError, ValueError) as exc:
                raise _Bad(f"cannot be written as JSON: {exc}") from None
        except _Bad as exc:
            if strict:
                raise FormatError(f"{where}CSL-JSON {_label(i, item)}: {exc}") from None
            _warn(f"{where}CSL-JSON {_label(i, item)}: {exc}; the item is left out")
            continue
        if problems:
            _warn(
                f"{where}CSL-JSON {_label(i, item)}: {'; '.join(problems)}; "
                "the item is kept as written, that part of it not read"
            )
        ident = item.get("id")
        entry = SourceEntry(
            entry_type=ctype if isinstance(ctype := item.get("type"), str) else "",
            key=str(ident) if type(ident) in (str, int) else "",
            raw=raw,
            dialect=CSL_DIALECT,
            as_read=pub,
        )
        append(evolve(pub, source_entry=entry))
    return pubs


def read_csl_json(path: str | os.PathLike[str], *, strict: bool = False) -> list[Publication]:
    """Publications of the CSL-JSON file at ``path`` (an array, or one item object).

    A malformed item costs a :class:`~pubrecords.ParseWarning` (see :func:`from_csl`);
    ``strict=True`` makes it an error. A file that is not JSON, or holds neither an array
    nor an object, is an error.

    >>> from pubrecords import read_csl_json
    >>> read_csl_json("/no/such.json")
    Traceback (most recent call last):
    ...
    pubrecords.errors.InputError: /no/such.json: no such file
    """
    return parse_csl_json(read_text(path), path=str(path), strict=strict)


def parse_csl_json(
    text: str, *, path: str | None = None, strict: bool = False
) -> list[Publication]:
    """Publications of CSL-JSON ``text`` (an array, or one item object); see :func:`from_csl`.

    >>> [pub] = parse_csl_json('{"id": "k", "type": "book", "title": "T"}')
    >>> pub.key, pub.title
    ('k', 'T')
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{path or '<text>'}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if isinstance(data, dict):
        data = [data]
    return from_csl(data, path=path, strict=strict)
