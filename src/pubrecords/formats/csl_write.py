"""CSL-JSON writing: records -> CSL-JSON items (read back by :mod:`pubrecords.formats.csl`).

:func:`to_csl` gives items valid against the official ``csl-data.json`` schema, with
``id`` = ``citation-key`` = the BibTeX key of :func:`pubrecords.citation_keys`. A record
read from CSL-JSON is written back as the item it was read from, with only the variables
whose model field changed written anew. The tables here (CSL types, the variables of the
model's fields and of ``extra``) are the reader's too.

The model's ``issue`` is BibTeX's ``number``, whose meaning depends on the type: a
journal's issue (CSL ``issue``), a report's number (CSL ``number``) or a book's number in
its series (CSL ``collection-number``):

    >>> from pubrecords import Publication, to_csl
    >>> report = Publication(title="Tides", kind="report", issue="TR-7", venue="Harbour Lab")
    >>> to_csl([report])[0]["number"]
    'TR-7'
"""

from __future__ import annotations

import gc
import json
import os
import re
from collections.abc import Iterable, Mapping
from json.encoder import encode_basestring as _json_utf8
from json.encoder import encode_basestring_ascii as _json_ascii
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError, PubrecordsError
from ..model import Kind, Person, Publication, SourceEntry, changed_fields
from ..names import format_name, from_csl_name, parse_author_list, parse_name, to_csl_name
from ..names.extended import name_spans
from ..text import latex_to_text
from .bibtex import citation_keys
from .bibtex import keys as _keys
from .bibtex.years import date_day, qualified_parts, year_range
from .rich_text import csl_title

__all__ = ["to_csl", "to_csl_json", "write_csl_json"]

#: The dialect of a :class:`~pubrecords.SourceEntry` kept by the CSL-JSON reader.
CSL_DIALECT = "csl-json"

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
# Publication.extra keys written as CSL variables of the same meaning (the keys are the
# BibTeX and biblatex fields of that meaning, as the BibTeX reader names them).
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
    "chapter": "chapter-number",
    "pagetotal": "number-of-pages",
    "volumes": "number-of-volumes",
    "version": "version",
    "shorttitle": "title-short",
    "shortjournal": "container-title-short",
    "eventtitle": "event-title",
    "venue": "event-place",
    "origtitle": "original-title",
    "origpublisher": "original-publisher",
    "origlocation": "original-publisher-place",
    "pubstate": "status",
    "number": "number",  # (an item's number where the issue is another variable)
}
# Older or Zotero's names of a variable, read where the variable itself is absent.
_VAR_ALIASES = {
    "event-title": "event",
    "container-title-short": "journalAbbreviation",
    "title-short": "shortTitle",
}
#: ``extra`` keys holding a BibTeX name list ("Doe, Jane and Roe, R."): CSL name lists.
_NAME_EXTRAS = {"editor": "editor", "translator": "translator", "bookauthor": "container-author"}
#: ``extra`` keys holding an ISO 8601 date or range (biblatex's date fields): CSL dates.
_DATE_EXTRAS = {"urldate": "accessed", "origdate": "original-date", "eventdate": "event-date"}
#: Identifiers written as CSL variables (the others travel in ``custom.identifiers``).
_ID_VARS = {"pmid": "PMID", "pmcid": "PMCID"}
# The schema's other variables (but those a processor sets: year-suffix, locator, …) are
# read into extra under their own names, so that the other writers have them (a BibTeX
# export names them in its warning), and written back as themselves.
_EXTRA_VARS.update(
    (var, var)
    for var in (
        "annote",
        "archive",
        "archive_collection",
        "archive_location",
        "archive-place",
        "authority",
        "call-number",
        "citation-label",
        "collection-number",
        "dimensions",
        "division",
        "jurisdiction",
        "medium",
        "part",
        "part-title",
        "printing",
        "references",
        "reviewed-genre",
        "reviewed-title",
        "scale",
        "section",
        "source",
        "supplement",
        "volume-title",
        "volume-title-short",
    )
)
_NAME_EXTRAS.update(
    (var, var)
    for var in (
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "contributor",
        "curator",
        "director",
        "editorial-director",
        "executive-producer",
        "guest",
        "host",
        "illustrator",
        "interviewer",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
    )
)
_DATE_EXTRAS.update((var, var) for var in ("available-date", "submitted"))
_VAR_EXTRA = {v: k for k, v in _EXTRA_VARS.items()}
# Variables newer than the official schema (CSL 1.0.2's, Better BibTeX's): read the same
# way, written in custom.extra (the schema refuses them).
_VAR_EXTRA.update((var, var) for var in ("collection-title-short", "license", "part-number"))
#: What the archive variables hold where the archive is arXiv (the model's arXiv id).
_ARXIV_VARS = frozenset({"archive", "archive_location"})

# The model's issue is BibTeX's ``number``: a journal's issue, a report's (or patent's,
# standard's, …) number, or a book's number in its series.
_ISSUE_VAR_OF_KIND = {
    Kind.REPORT: "number",
    Kind.BOOK: "collection-number",
    Kind.CHAPTER: "collection-number",
}
_NUMBERED_TYPES = frozenset(
    {
        "report",
        "patent",
        "standard",
        "legislation",
        "bill",
        "regulation",
        "treaty",
        "hearing",
        "broadcast",
        "legal_case",
    }
)
_SERIES_TYPES = frozenset({"book", "chapter", "collection", "classic"})


def _issue_var(kind: Kind, extra: Mapping[str, str]) -> str:
    """The CSL variable the model's issue is written as, for a record of ``kind``."""
    var = _ISSUE_VAR_OF_KIND.get(kind, "issue")
    if var != "issue" and var in extra:
        return "issue"  # (that variable holds extra[var])
    return var


def _issue_source(item: Mapping[str, Any]) -> str:
    """The variable of ``item`` the reader takes the issue from: ``issue`` where it has
    one, else the number its type has (``number`` of a report, ``collection-number`` of a
    book), else ``issue``."""
    if item.get("issue") is not None:
        return "issue"
    ctype = item.get("type")
    if ctype in _NUMBERED_TYPES:
        return "number"
    if ctype in _SERIES_TYPES:
        return "collection-number"
    return "issue"


_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _iso_parts(text: str) -> list[int] | None:
    m = _ISO_DATE.fullmatch(text)
    if m is None:
        return None
    parts = [int(g) for g in m.groups() if g is not None]
    if parts[0] < 1 or (len(parts) > 1 and not 1 <= parts[1] <= 12):
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return parts


def _csl_date(text: str) -> dict[str, Any] | None:
    """The CSL date of an ISO 8601 date or range (``2020-03-05``, ``2018-12-03/2018-12-06``,
    biblatex's form), None for other text.

        >>> _csl_date("2018-12-03/2018-12-06"), _csl_date("last week")
        ({'date-parts': [[2018, 12, 3], [2018, 12, 6]]}, None)
    """
    first, sep, last = text.partition("/")
    start = _iso_parts(first)
    if start is None:
        return None
    if not sep:
        return {"date-parts": [start]}
    end = _iso_parts(last)
    return None if end is None else {"date-parts": [start, end]}


def _iso_text(value: Any) -> str | None:
    """The ISO 8601 text of a CSL date (the inverse of :func:`_csl_date`), or None where it
    is not a plain date or range (a season, a literal, a year before 1 or after 9999)."""
    if isinstance(value, str):
        return value if _csl_date(value) is not None else None
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return None
    texts = []
    for part in parts:
        if not isinstance(part, list) or not 1 <= len(part) <= 3:
            return None
        numbers = []
        for x in part:
            if isinstance(x, str) and x.isascii() and x.isdigit():
                x = int(x)
            if type(x) is not int:
                return None
            numbers.append(x)
        text = "-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:])])
        if _iso_parts(text) is None:
            return None
        texts.append(text)
    return "/".join(texts)


# CSL's markup in text (rich text: italics, bold, small capitals, super- and subscripts,
# a span of text not to be case-changed): not text, so the model leaves it out
_MARKUP = re.compile(r"<(/?)(i|b|sc|sup|sub|span)(\s[^<>]*)?>")


def _without_markup(text: str) -> str:
    """``text`` without CSL's rich-text tags (``<i>``, ``<b>``, ``<sc>``, ``<sup>``,
    ``<sub>``, ``<span class="nocase">``, …) where they open and close in pairs; a ``<``
    that is not such a tag stays.

        >>> _without_markup('The <i>Drosophila</i> <span class="nocase">mRNA</span> a <b')
        'The Drosophila mRNA a <b'
    """
    if "<" not in text:
        return text
    open_tags: list[tuple[str, re.Match[str]]] = []
    drop: list[re.Match[str]] = []
    for m in _MARKUP.finditer(text):
        closing, name, attributes = m.group(1), m.group(2), m.group(3)
        if not closing:
            open_tags.append((name, m))
        elif not attributes and open_tags and open_tags[-1][0] == name:
            drop.extend((open_tags.pop()[1], m))
    if not drop:
        return text
    out: list[str] = []
    pos = 0
    for m in sorted(drop, key=lambda m: m.start()):
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _unmarked(name: dict[str, Any]) -> dict[str, Any]:
    """A CSL name object with CSL's markup left out of its parts."""
    if not any(type(v) is str and "<" in v for v in name.values()):
        return name
    return {k: _without_markup(v) if type(v) is str else v for k, v in name.items()}


def _name_list(value: str) -> list[dict[str, Any]] | None:
    """The CSL name list of a BibTeX name list in ``extra`` ("A and B"), or None if it
    holds no name or its names would not read back as the same text (then it stays a
    string in ``custom.extra``)."""
    for read in (parse_author_list, _bibtex_names):
        try:
            people, complete = read(value)
        except PubrecordsError:
            continue
        text = " and ".join(format_name(person, "bibtex") for person in people)
        if people and (text if complete else text + " and others") == value:
            names = [to_csl_name(person) for person in people]
            return names if complete else [*names, dict(_OTHERS)]
    return None  # (the names would not read back as the same text)


def _bibtex_names(value: str) -> tuple[list[Person], bool]:
    """The people of a BibTeX name list by BibTeX's grammar alone ("Pole, Christopher J."
    is one person, where free text would read two)."""
    pieces = [value[a:b].strip() for a, b in name_spans(value)]
    complete = pieces[-1:] != ["others"]
    return [parse_name(p, "bibtex") for p in pieces if p and p != "others"], complete


def _extra_value(name: str, value: str, arxiv: bool = False) -> tuple[str | None, Any]:
    """(CSL variable, value) ``extra[name]`` is written as, or (None, value) where it
    travels in ``custom.extra`` (the archive variables of a record with an arXiv id
    (``arxiv``) hold the arXiv id)."""
    var = _EXTRA_VARS.get(name)
    if var is not None:
        if arxiv and var in _ARXIV_VARS:
            return None, value
        return var, value
    var = _NAME_EXTRAS.get(name)
    if var is not None:
        names = _name_list(value)
        return (var, names) if names is not None else (None, value)
    var = _DATE_EXTRAS.get(name)
    if var is not None:
        date = _csl_date(value)
        return (var, date) if date is not None else (None, value)
    return None, value


_TEXT_ATTRS = ("title", "venue", "publisher", "abstract")
_BIBTEX_DIALECTS = ("bibtex", "biblatex")


def _plain(pub: Publication) -> Publication:
    """A record read from BibTeX with the LaTeX left in its text (math, commands the
    reader keeps for the BibTeX writer) made plain text, as CSL-JSON wants it, and its
    title's formatting commands CSL's rich text (:func:`~.rich_text.csl_title`)."""
    if pub.source_entry is None or pub.source_entry.dialect not in _BIBTEX_DIALECTS:
        return pub
    changes: dict[str, Any] = {}
    for attr in _TEXT_ATTRS:
        value = getattr(pub, attr)
        if value and ("\\" in value or "$" in value):
            changes[attr] = latex_to_text(value)
    rich = csl_title(pub, latex_to_text)  # (its field's "\\emph{…}": "<i>…</i>")
    if rich is not None:
        changes["title"] = rich
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


# Kinds whose institution (a thesis's university, a report's institute) is CSL's
# ``publisher``, as Zotero writes it; the model's venue.
_BY_INSTITUTION = frozenset({Kind.THESIS, Kind.REPORT})


def _thesis_publisher(pub: Publication) -> tuple[str | None, str | None] | None:
    """How a thesis's venue (its university) and publisher are written: (the ``publisher``
    variable, ``custom["publisher"]``); None when they are written as any record's are.

    CSL's variable for a thesis's granting institution is ``publisher``: the venue goes
    there. A publisher besides (a distributor: ProQuest) goes to ``custom["publisher"]``,
    as does one without a venue, so that the reader tells them apart; a venue that is
    the publisher too stays ``container-title`` (read back as the venue)."""
    venue, publisher = pub.venue, pub.publisher
    if venue is None:
        return None if publisher is None else (publisher, publisher)
    if publisher is not None and publisher == venue:
        return None
    return venue, publisher


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
    issue_var = "issue" if pub.issue is None else _issue_var(pub.kind, pub.extra)
    thesis = _thesis_publisher(pub) if pub.kind in _BY_INSTITUTION else None
    for var, attr in _STR_VARS[1:]:
        value = getattr(pub, attr)
        if thesis is not None and attr in ("venue", "publisher"):
            value = thesis[0] if attr == "publisher" else None
        if value is not None:
            item[issue_var if var == "issue" else var] = value
    if thesis is not None and thesis[1] is not None:
        custom["publisher"] = thesis[1]
    day = date_day(pub) if pub.extra else None  # (biblatex's or CSL's date with a day)
    qualified = qualified_parts(pub) if pub.extra else None  # (a season, "circa")
    if qualified is not None:
        day = qualified[0]
    if pub.year is not None:
        parts = [pub.year] if pub.month is None else [pub.year, pub.month]
        if day is not None:
            parts.append(day)
        item["issued"] = {"date-parts": [parts]}
        if qualified is not None:
            item["issued"].update(qualified[1])
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
        ids = dict(pub.identifiers)
        for name, var in _ID_VARS.items():
            if name in ids:
                item[var] = ids.pop(name)
        if ids:
            custom["identifiers"] = ids
    if pub.extra:
        rest: dict[str, str] = {}
        arxiv = pub.arxiv_id is not None
        for name, value in pub.extra.items():
            if name == "date" and (day is not None or qualified is not None):
                continue  # (in issued)
            csl_var, written = _extra_value(name, value, arxiv)
            if csl_var is not None:
                item[csl_var] = written
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
# (The issue is written to the variable it was read from: see _from_source.)
_WRITES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "title": (("title",), ()),
    "authors": (("author",), ("authors-complete",)),
    "authors_complete": (("author",), ("authors-complete",)),
    "hidden_authors": ((), ("hidden-authors",)),
    "abstract": (("abstract",), ()),
    "abstract_complete": ((), ("abstract-complete",)),
    "year": (("issued",), ("month",)),
    "month": (("issued",), ("month",)),
    "venue": (("container-title", "publisher"), ("publisher",)),
    "kind": (("type", "container-title", "publisher"), ("kind", "publisher")),
    "doi": (("DOI",), ()),
    "arxiv_id": (("archive", "archive_location"), ()),
    "url": (("URL",), ()),
    "volume": (("volume",), ()),
    "issue": ((), ()),
    "pages": (("page",), ()),
    "publisher": (("container-title", "publisher"), ("publisher",)),
    "identifiers": (tuple(_ID_VARS.values()), ("identifiers",)),
}


def _changed(pub: Publication, old: Publication) -> tuple[list[str], list[str]]:
    """The model attributes and the ``extra`` keys whose values differ from the record as read."""
    return changed_fields(pub, old, _WRITES)


def _name_key(person: Person) -> tuple[str, ...]:
    return (person.given, person.family, person.particle, person.suffix, person.literal)


def _authors(pub: Publication, written: Any) -> list[dict[str, Any]] | None:
    """The ``author`` list of ``pub``: a person the item named keeps their name object as
    written (``dropping-particle``, ``comma-suffix``, … kept), a new person is written anew."""
    if not pub.authors:
        return None
    as_written: dict[tuple[str, ...], Any] = {}
    if isinstance(written, list):
        for name in written:
            if isinstance(name, dict) and name != _OTHERS:
                try:
                    person = from_csl_name(_unmarked(name))
                except PubrecordsError:
                    continue
                as_written.setdefault(_name_key(person), name)
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


def _target(item: Mapping[str, Any], var: str) -> str:
    """The variable ``item`` holds ``var`` in (its older name, where it has that one)."""
    alias = _VAR_ALIASES.get(var)
    if alias is not None and var not in item and alias in item:
        return alias
    return var


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
    issue_var = _issue_source(item)
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
    if "issue" in changed:
        if pub.issue is None:
            item.pop(issue_var, None)
        else:
            item[issue_var] = pub.issue
    rest: dict[str, str | None] = {}
    old_extra = custom.get("extra") if isinstance(custom, dict) else None
    for name in extra_changed:
        value = pub.extra.get(name)
        var = _EXTRA_VARS.get(name) or _NAME_EXTRAS.get(name) or _DATE_EXTRAS.get(name) or ""
        if not var:
            rest[name] = value  # (None: it is gone from custom.extra too)
            continue
        target = _target(item, var)
        written: Any = None
        if value is not None and target != issue_var:  # (that variable holds the issue)
            csl_var, got = _extra_value(name, value, pub.arxiv_id is not None)
            written = got if csl_var is not None else None
        if written is not None:
            item[target] = written
            if isinstance(old_extra, dict) and name in old_extra:
                rest[name] = None  # (it was kept there as text: now it is a variable)
            continue
        if target != issue_var:
            item.pop(target, None)
        if value is not None or (isinstance(old_extra, dict) and name in old_extra):
            rest[name] = value  # (text a variable cannot hold stays text)
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


def _keys_of(pubs: list[Publication], key_pattern: str | None) -> list[str]:
    """The records' keys (:func:`citation_keys`); a record read with a key of its own that
    it does not keep (a repeated id, an id biber cannot read) is named in a warning."""
    keys = citation_keys(pubs, key_pattern)
    if key_pattern is None:
        what = "CSL-JSON: item ids changed (a citation of the old id finds nothing)"
        _keys.warn_replaced(pubs, keys, what, stacklevel=3)
    return keys


def to_csl(pubs: Iterable[Publication], *, key_pattern: str | None = None) -> list[dict[str, Any]]:
    """CSL-JSON items of ``pubs`` (a list of dicts ready for :func:`json.dumps`).

    ``id`` and ``citation-key`` are the keys of :func:`pubrecords.citation_keys` (the same
    as :func:`pubrecords.to_bibtex` writes); an incomplete author list ends with the name
    ``{"literal": "others"}``, which CSL processors print as "others". A record read from
    CSL-JSON gives back its item as read, the variables of changed fields written anew;
    its ``id`` and ``citation-key`` are set to the key only where the key is not its ``id``
    (a repeated id, or one that is not a citation key: a
    :class:`~pubrecords.PubrecordsWarning` names the old and the new id).

        >>> from pubrecords import Publication, to_csl
        >>> to_csl([Publication(title="Facing AI extinction", kind="preprint")])
        [{'id': 'facing', 'citation-key': 'facing', 'type': 'article', 'title': 'Facing AI extinction'}]
    """
    pubs = list(pubs)
    keys = _keys_of(pubs, key_pattern)
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
_ISSUE_HEADS = {kind: (var, f', "{var}": ') for kind, var in _ISSUE_VAR_OF_KIND.items()}
_EXTRA_HEADS_ARXIV = {k: v for k, v in _EXTRA_HEADS.items() if _EXTRA_VARS[k] not in _ARXIV_VARS}


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
        publisher = pub.publisher
        if pub.kind in _BY_INSTITUTION and (thesis := _thesis_publisher(pub)) is not None:
            value, publisher = None, thesis[0]
            if thesis[1] is not None:
                custom.append('"publisher": ' + _json(thesis[1]))
        if value is not None:
            add(', "container-title": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.volume
        if value is not None:
            add(', "volume": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.issue
        if value is not None:
            var_head = _ISSUE_HEADS.get(pub.kind)
            if var_head is None or (pub.extra and var_head[0] in pub.extra):
                add(', "issue": ')
            else:
                add(var_head[1])
            add((type(value) is str and cache.get(value)) or short(value))
        value = pub.pages
        if value is not None:
            add(', "page": ')
            add((type(value) is str and cache.get(value)) or short(value))
        value = publisher
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
        day = date_day(pub) if pub.extra else None  # (biblatex's or CSL's date with a day)
        qualified = qualified_parts(pub) if pub.extra else None  # (a season, "circa")
        more = ""
        if qualified is not None:
            day = qualified[0]
            more = "".join(f", {_json(k)}: {_json(v)}" for k, v in qualified[1].items())
        if year is not None:
            span = year_range(pub) if pub.extra else None
            end = "" if span is None else f", [{_json(span[1])}]"  # (a range: 1829--1830)
            if month is None:
                add(f', "issued": {{"date-parts": [[{_json(year)}]{end}]{more}}}')
            elif day is not None:
                add(f', "issued": {{"date-parts": [[{year}, {month}, {day}]]{more}}}')
            else:
                add(f', "issued": {{"date-parts": [[{_json(year)}, {_json(month)}]{end}]{more}}}')
        elif month is not None:
            custom.append('"month": ' + _json(month))
        if pub.arxiv_id is not None:
            add(', "archive": "arXiv", "archive_location": ')
            add(_json(pub.arxiv_id))
        if not pub.abstract_complete:
            custom.append('"abstract-complete": false')
        if pub.kind is Kind.OTHER:
            custom.append('"kind": ' + _json(pub.kind.value))
        ids = pub.identifiers
        if ids:
            if "pmid" in ids or "pmcid" in ids:
                ids = dict(ids)
                for id_name, id_var in _ID_VARS.items():
                    if id_name in ids:
                        add(f', "{id_var}": ')
                        add(_json(ids.pop(id_name)))
            if ids:
                custom.append('"identifiers": ' + _encode_json(dict(ids)))
        if pub.extra:
            rest: dict[str, str] = {}
            arxiv = pub.arxiv_id is not None
            heads = _EXTRA_HEADS_ARXIV if arxiv else _EXTRA_HEADS
            for extra_name, extra_value in pub.extra.items():
                if extra_name == "date" and (day is not None or qualified is not None):
                    continue  # (in issued)
                head = heads.get(extra_name)
                if head is not None:
                    add(head)
                    add(_json(extra_value))
                    continue
                csl_var, written = _extra_value(extra_name, extra_value, arxiv)
                if csl_var is not None:
                    add(f', "{csl_var}": ')
                    add(_encode_json(written))
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
    keys = _keys_of(pubs, key_pattern)
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
