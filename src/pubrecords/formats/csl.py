"""CSL-JSON reading and writing (the format of Zotero, pandoc and every CSL processor).

:func:`to_csl` gives items valid against the official ``csl-data.json`` schema, with
``id`` = ``citation-key`` = the BibTeX key of :func:`pubrecords.citation_keys`;
:func:`from_csl` reads CSL-JSON items (ours or anybody's) back. The writer is
:mod:`pubrecords.formats.csl_write`; its functions are importable from here too.

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

The model reads the variables it has a field for, and those a BibTeX or biblatex entry
has a field for into ``extra`` under that field's name, so that the other writers have
them (a report's ``number`` is its issue, as BibTeX's ``number`` is):

    >>> pub = from_csl([{"id": "r", "type": "report", "title": "Tides", "number": "TR-7",
    ...                  "title-short": "Tides", "accessed": {"date-parts": [[2024, 5, 1]]},
    ...                  "translator": [{"family": "Berg", "given": "Pieter"}]}])[0]
    >>> pub.issue, pub.extra
    ('TR-7', {'shorttitle': 'Tides', 'urldate': '2024-05-01', 'translator': 'Berg, Pieter'})
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import urllib.parse
import warnings
from collections.abc import Sequence
from typing import Any

import attrs

from ..errors import FormatError, ParseWarning, PubrecordsError
from ..model import Kind, Person, Publication, Source, SourceEntry
from ..names import format_name, from_csl_name
from .csl_write import (
    _ARXIV_VARS,
    _DATE_EXTRAS,
    _ID_VARS,
    _KIND_OF_TYPE,
    _NAME_EXTRAS,
    _OTHERS,
    _STR_VARS,
    _VAR_ALIASES,
    _VAR_EXTRA,
    _encode_json,
    _iso_text,
    _issue_source,
    _unmarked,
    _without_markup,
    to_csl,
    to_csl_json,
    write_csl_json,
)

# (importable from here, as before the writer had a module of its own)
from .csl_write import CSL_DIALECT as CSL_DIALECT
from .csl_write import _json_str as _json_str
from .files import read_text
from .table_columns import KINDS

__all__ = [
    "from_csl",
    "parse_csl_json",
    "read_csl_json",
    "to_csl",
    "to_csl_json",
    "write_csl_json",
]


# ---------------------------------------------------------------- reading


class _Bad(Exception):
    pass


def _note(problems: list[str] | None, exc: _Bad) -> None:
    """Record a problem of an item (or raise it, when reading strictly)."""
    if problems is None:
        raise exc
    problems.append(str(exc))


# The variables the schema lets be a number as well as a string (every other one is text).
_NUMBER_VARS = frozenset(
    {
        "id",
        "chapter-number",
        "citation-number",
        "collection-number",
        "edition",
        "first-reference-note-number",
        "issue",
        "locator",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "page",
        "page-first",
        "part",
        "printing",
        "supplement",
        "volume",
    }
)


def _string(item: dict[str, Any], var: str) -> str | None:
    value = item.get(var)
    if value is None or type(value) is str:
        return value
    if isinstance(value, str):
        return str(value)
    if type(value) is list and var in _LISTED_VARS:
        return _listed(value, var)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Bad(f"{var!r} must be a string, not {type(value).__name__}")
    if var not in _NUMBER_VARS:
        raise _Bad(f"{var!r} must be a string, not a number ({value!r})")
    if isinstance(value, float) and not math.isfinite(value):
        raise _Bad(f"{var!r} must be a string or a number, not {value!r}")
    return str(value)


# Variables Crossref's CSL-JSON gives as a list of strings (none, one, or for the ISSN
# and ISBN several: print and electronic), read as their text.
_LISTED_VARS = frozenset({"container-title", "container-title-short", "original-title"})
_JOINED_VARS = frozenset({"ISSN", "ISBN"})
_LISTED_VARS |= _JOINED_VARS


def _listed(value: list[Any], var: str) -> str | None:
    """The text of a variable given as a list of strings, as Crossref writes its
    ``container-title``, ``ISSN``, ``original-title``, …: nothing where the list is empty,
    its one string, or for ``ISSN`` and ``ISBN`` the numbers joined by ", " (any other
    list is a problem of the item, as a list in any other variable is)."""
    if all(type(v) is str for v in value):
        texts: list[str] = [v for v in value if v.strip()]
        if not texts:
            return None
        if len(texts) == 1:
            return texts[0]
        if var in _JOINED_VARS:
            return ", ".join(t.strip() for t in texts)
        raise _Bad(f"{var!r} must be a string, not a list of {len(texts)}")
    raise _Bad(f"{var!r} must be a string, not list")


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


# variables whose text may hold it (the model's title and venue, and their extra kin)
_RICH_VARS = frozenset(
    {
        "title",
        "container-title",
        "collection-title",
        "title-short",
        "container-title-short",
        "event-title",
        "original-title",
        "shortTitle",
        "journalAbbreviation",
        "event",
    }
)


_EDTF = re.compile(r"\s*(-?\d{4})(?:-(\d{2}))?(?:-\d{2})?.*")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _part(value: Any, what: str) -> int | None:
    """A number of a date part; an empty string (or 0, in a month or day) is no number."""
    if value == "":
        return None
    return _int(value, what)


def _date(value: Any, var: str, problems: list[str] | None) -> tuple[int | None, int | None]:
    """(year, month) of a CSL date (date-parts, EDTF string, or raw/literal text).

    The model holds the year and month of the first date; the day, the end of a range,
    a season and the rest stay in the item as read (:attr:`Publication.source_entry`).
    A malformed part costs a problem: a bad year or a malformed date reads nothing, a bad
    month (or day, or end of a range) leaves the year read.
    """
    if isinstance(value, str):
        m = _EDTF.fullmatch(value)
        if m is None:
            raise _Bad(f"{var!r} string {value!r} is not an EDTF date")
        edtf_month = int(m.group(2)) if m.group(2) else None
        if edtf_month is not None and not 1 <= edtf_month <= 12:
            if not 21 <= edtf_month <= 24:  # (EDTF's seasons)
                _note(problems, _Bad(f"{var!r} month {edtf_month} is not 1-12 or a season"))
            edtf_month = None
        return int(m.group(1)), edtf_month
    if not isinstance(value, dict):
        raise _Bad(f"{var!r} must be an object, not {type(value).__name__}")
    for name in ("raw", "literal"):
        if name in value and not isinstance(value[name], str):
            _note(problems, _Bad(f"'{var}.{name}' must be a string"))
    parts = value.get("date-parts")
    if parts is not None and parts != []:  # ([]: citeproc-js's "no date-parts")
        if not isinstance(parts, list) or not all(isinstance(p, list) for p in parts):
            raise _Bad(f"'{var}.date-parts' must be a list of lists")
        if len(parts) > 2 or any(len(p) > 3 for p in parts):
            _note(problems, _Bad(f"'{var}.date-parts' holds more than a range of two dates"))
        year: int | None = None
        month: int | None = None
        for i, date in enumerate(parts[:2]):
            which = f"{var!r}" if i == 0 else f"{var!r} end of range"
            if not date:
                continue
            got_year = _part(date[0], f"{which} year")
            if got_year is not None and not -9999 <= got_year <= 9999:
                raise _Bad(f"{which} year {got_year} is not a year")
            got_month: int | None = None
            if len(date) > 1:
                try:
                    got_month = _part(date[1], f"{which} month")
                except _Bad as exc:
                    _note(problems, exc)
                if got_month is not None and not 0 <= got_month <= 24:  # (13-24: seasons)
                    _note(problems, _Bad(f"{which} month {got_month} is not 1-12 or a season"))
                    got_month = None
            if len(date) > 2:
                try:
                    day = _part(date[2], f"{which} day")
                except _Bad as exc:
                    _note(problems, exc)
                else:
                    if day is not None and not 0 <= day <= 31:
                        _note(problems, _Bad(f"{which} day {day} is not 1-31"))
            if i == 0:
                year = got_year
                month = got_month if got_month is not None and 1 <= got_month <= 12 else None
        return year, month
    for name in ("raw", "literal"):
        text = value.get(name)
        if isinstance(text, str):
            m = _YEAR_IN_TEXT.search(text)
            return (int(m.group(1)) if m else None), None
    return None, None


_NAME_PARTS = ("family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle")


def _person(name: Any, i: int, variable: str = "author") -> Person:
    if not isinstance(name, dict):
        raise _Bad(f"{variable!r} #{i + 1} must be a name object, not {type(name).__name__}")
    if not any(
        isinstance(name.get(p), str) and name[p].strip() for p in ("family", "given", "literal")
    ):
        raise _Bad(f"{variable!r} #{i + 1} has neither 'family', 'given' nor 'literal'")
    for part in _NAME_PARTS:
        if part in name and not isinstance(name[part], str):
            raise _Bad(f"{variable!r} #{i + 1}: {part!r} must be a string")
    try:
        return from_csl_name(_unmarked(name))
    except PubrecordsError as exc:
        raise _Bad(f"{variable!r} #{i + 1}: {exc}") from None


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
            people.append((i, _person(name, i, variable)))
        except _Bad as exc:
            _note(problems, exc)
            complete = False
    return people, complete


# Variables some tools write in lower case, read as CSL's own where it is absent.
_LOWER_VARS = {"url": "URL", "doi": "DOI", "isbn": "ISBN", "issn": "ISSN", "pmid": "PMID"}
_LOWER_VARS["pmcid"] = "PMCID"
_LOWER_KEYS = frozenset(_LOWER_VARS)
# A resolver's link to a DOI ("https://doi.org/10.5281/zenodo.6590133"): the DOI of an
# item that gives it only so (not a shortDOI, "doi.org/gcgk7j")
_DOI_LINK = re.compile(r"https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)", re.IGNORECASE)
_TYPE_WORDS = re.compile(r"[-_\s]+")
# Every key CSL-JSON gives a meaning (the schema's variables and an item's own keys): any
# other key of an item is kept in ``extra`` under its own name, so that the other writers
# write it or name it.
_SCHEMA_KEYS = """id type citation-key custom categories language journalAbbreviation shortTitle
    abstract annote archive archive_collection archive-place archive_location authority
    call-number chapter-number citation-label citation-number collection-number
    collection-title collection-editor composer container-author container-title
    container-title-short dimensions director division DOI edition editor editorial-director
    event event-date event-place event-title first-reference-note-number genre illustrator
    interviewer ISBN ISSN issue issued jurisdiction keyword locator medium note number
    number-of-pages number-of-volumes original-author original-date original-publisher
    original-publisher-place original-title page page-first part-number part-title PMCID
    PMID printing-number publisher publisher-place recipient references reviewed-author
    reviewed-genre reviewed-title scale section source status submitted supplement-number
    title title-short translator URL version volume volume-title year-suffix accessed
    author available-date chair compiler contributor curator executive-producer guest host
    narrator organizer performer producer script-writer series-creator
    collection-editor container-author editor-translator review"""
_CSL_KEYS = frozenset(_SCHEMA_KEYS.split())

# Crossref's work types, as its CSL-JSON (content negotiation) gives some of them, where
# the type words do not say the kind (KINDS reads "journal-article", "book-chapter", …).
_CROSSREF_TYPES = {
    "posted-content": Kind.PREPRINT,
    "proceedings-article": Kind.CONFERENCE_PAPER,
    "reference-entry": Kind.CHAPTER,
    "book-part": Kind.CHAPTER,
    "reference-book": Kind.BOOK,
    "book-set": Kind.BOOK,
}

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


def _text(item: dict[str, Any], var: str, problems: list[str] | None) -> str | None:
    """The text of variable ``var``, CSL's markup left out."""
    value = _lenient_string(item, var, problems)
    if value is not None and var in _RICH_VARS:
        return _without_markup(value)
    return value


# Variable (or an older name of one) -> (what it holds, the extra key it is read into).
_EXTRA_OF_VAR: dict[str, tuple[str, str]] = {
    **{var: ("text", name) for var, name in _VAR_EXTRA.items()},
    **{alias: ("alias", _VAR_EXTRA[var]) for var, alias in _VAR_ALIASES.items()},
    **{var: ("names", name) for name, var in _NAME_EXTRAS.items()},
    **{var: ("date", name) for name, var in _DATE_EXTRAS.items()},
}
_VAR_OF_ALIAS = {alias: var for var, alias in _VAR_ALIASES.items()}


def _extra(
    item: dict[str, Any], problems: list[str] | None, issue_var: str, arxiv: bool
) -> dict[str, str]:
    """The ``extra`` fields of ``item``: its variables a BibTeX field holds, under that
    field's name (names as BibTeX writes them, dates in ISO 8601), and the schema's other
    variables under their own names; not the variable the issue was read from, nor the
    archive's of an arXiv id (``arxiv``)."""
    extra: dict[str, str] = {}
    for var in item:
        got = _EXTRA_OF_VAR.get(var)
        if got is None or var == issue_var or (arxiv and var in _ARXIV_VARS):
            continue
        what, name = got
        if what == "text" and var not in _CSL_KEYS and isinstance(item[var], (list, dict)):
            continue  # (a variable newer than the schema, as another tool fills it: below)
        if what == "text" or (what == "alias" and _VAR_OF_ALIAS[var] not in item):
            value = _lenient_string(item, var, problems)
            if value is not None:
                extra[name] = _without_markup(value) if var in _RICH_VARS else value
        elif what == "names":
            try:
                people, complete = _names(item[var], problems, var)
            except _Bad as exc:
                _note(problems, exc)
                continue
            if people:  # (as BibTeX names them: "Family, Given and …", as the other readers)
                text = " and ".join(format_name(person, "bibtex") for _, person in people)
                extra[name] = text if complete else text + " and others"
        elif what == "date":
            try:
                _date(item[var], var, problems)  # (only to check it)
            except _Bad as exc:
                _note(problems, exc)
                continue
            date = _date_text(item[var])
            if date is not None:
                extra[name] = date
    return extra


# CSL's seasons (``"season": 1``, or a month 13-16 or 21-24) as EDTF's months 21-24
_SEASON_NAMES = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def _qualified_date(issued: Any, year: int) -> str | None:
    """The EDTF date (biblatex's ``date``) of a CSL date with a season or ``circa``, which
    the model's year and month do not hold: ``2019-22`` (summer 2019), ``1890~`` (circa
    1890), ``1890-05~``; None for other dates.

        >>> _qualified_date({"date-parts": [[2019]], "season": 2}, 2019)
        '2019-22'
        >>> _qualified_date({"date-parts": [[2019, 13]]}, 2019), _qualified_date({"date-parts": [[1890]], "circa": True}, 1890)
        ('2019-21', '1890~')
    """
    if not isinstance(issued, dict) or not 0 <= year <= 9999:
        return None
    parts = issued.get("date-parts")
    first = parts[0] if isinstance(parts, list) and parts and isinstance(parts[0], list) else []
    month = first[1] if len(first) > 1 and type(first[1]) is int else None
    season = issued.get("season")
    if isinstance(season, str):
        season = _SEASON_NAMES.get(season.strip().lower()) or (
            int(season) if season.strip().isdigit() else None
        )
    if month is not None and 13 <= month <= 16:
        season = month - 12
    elif month is not None and 21 <= month <= 24:
        season = month - 20
    circa = issued.get("circa") not in (None, False, 0, "", "0", "false")
    if not (type(season) is int and 1 <= season <= 4) and not circa:
        return None
    text = f"{year:04d}"
    if type(season) is int and 1 <= season <= 4:
        text += f"-{20 + season}"
    elif month is not None and 1 <= month <= 12:
        text += f"-{month:02d}"
        if len(first) > 2 and type(first[2]) is int and 1 <= first[2] <= 31:
            text += f"-{first[2]:02d}"
    return text + ("~" if circa else "")


def _date_text(value: Any) -> str | None:
    """The text of a CSL date, for ``extra``: ISO 8601 where it is a plain date or range
    (what the writer writes back as a date), else its literal, raw or EDTF text, or its
    date-parts as written (``-334/-333``).

        >>> _date_text({"date-parts": [[2024, 5, 1]]}), _date_text({"literal": "13th cent."})
        ('2024-05-01', '13th cent.')
    """
    iso = _iso_text(value)
    if iso is not None:
        return iso
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, dict):
        return None
    for name in ("literal", "raw"):
        text = value.get(name)
        if isinstance(text, str) and text.strip():
            return text.strip()
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and all(isinstance(p, list) and p for p in parts):
        return "/".join("-".join(str(x) for x in part) for part in parts)
    return None


_DATE_KEYS = frozenset({"date-parts", "raw", "literal", "date-time"})


def _structured_text(value: list[Any] | dict[str, Any]) -> str | None:
    """The text in ``extra`` of a key no CSL variable has whose value is a date object or
    a list of strings (Crossref's ``published-print``, ``posted``, ``alternative-id``,
    ``subject``, …), so that the other writers write it or name it: the date's ISO 8601
    (or its text), the strings joined by "; "; None for an empty list and any other
    object or list (kept in the item only).

        >>> _structured_text({"date-parts": [[2021, 8, 18]]}), _structured_text(["a", "b"])
        ('2021-08-18', 'a; b')
        >>> _structured_text([{"URL": "https://x.example/1"}]), _structured_text([])
        (None, None)
    """
    if isinstance(value, dict):
        return _date_text(value) if not _DATE_KEYS.isdisjoint(value) else None
    if value and all(type(v) is str for v in value):
        return "; ".join(v.strip() for v in value if v.strip()) or None
    return None


# a thesis's distributor, no university ("ProQuest Dissertations Publishing")
_DISTRIBUTOR = re.compile(r"\bProQuest\b|\bUMI\b|University Microfilms", re.IGNORECASE)


def _thesis_fields(fields: dict[str, Any], custom: dict[str, Any]) -> None:
    """A thesis's venue and publisher (in ``fields``): CSL's ``publisher`` of a thesis is
    its university (Zotero's, and our writer's), read as the venue, but when the item has a
    ``container-title`` (then that is the venue) or the publisher is a distributor
    (ProQuest, UMI); ``custom["publisher"]`` (our writer's) is the record's publisher."""
    own = custom.get("publisher")
    if fields["venue"] is not None:
        return
    item_publisher = fields["publisher"]
    if isinstance(own, str):
        fields["venue"] = item_publisher if item_publisher != own else None
        fields["publisher"] = own
    elif item_publisher is not None and _DISTRIBUTOR.search(item_publisher) is None:
        fields["venue"], fields["publisher"] = item_publisher, None


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
    if not _LOWER_KEYS.isdisjoint(item):  # ("url", "doi": read as CSL's URL, DOI, … if absent)
        item = {**{_LOWER_VARS[k]: v for k, v in item.items() if k in _LOWER_VARS}, **item}
    key = _item_id(item, problems)
    if key is None:
        key = _lenient_string(item, "citation-key", problems)
    ctype = _lenient_string(item, "type", problems)
    custom = item.get("custom") or {}
    if not isinstance(custom, dict):
        _note(problems, _Bad("'custom' must be an object"))
        custom = {}
    kind = _KIND_OF_TYPE.get(ctype or "") or _CROSSREF_TYPES.get(
        ctype or "", Kind.OTHER if ctype else Kind.UNKNOWN
    )
    if kind is Kind.OTHER and ctype:  # (a type spelled as other tools do: "journal_article")
        kind = KINDS.get(_TYPE_WORDS.sub(" ", ctype).strip().lower(), Kind.OTHER)
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
            year, month = _date(item["issued"], "issued", problems)
        except _Bad as exc:
            _note(problems, exc)
    custom_month = custom.get("month")
    if year is None and type(custom_month) is int and 1 <= custom_month <= 12:
        month = custom_month
    issue_var = _issue_source(item)
    fields: dict[str, Any] = {
        attr: _text(item, issue_var if var == "issue" else var, problems) for var, attr in _STR_VARS
    }
    if kind is Kind.THESIS or kind is Kind.REPORT:  # (the publisher: its institution)
        _thesis_fields(fields, custom)
    if fields["doi"] is None and fields["url"] is not None:  # (a DOI given only as its link)
        m = _DOI_LINK.fullmatch(fields["url"].strip())
        if m is not None:
            fields["doi"] = urllib.parse.unquote(m.group(1))
    arxiv = None
    archive = _lenient_string(item, "archive", problems)
    if archive is not None and archive.lower() == "arxiv":
        arxiv = _lenient_string(item, "archive_location", problems)
    extra = _extra(item, problems, issue_var, arxiv is not None)
    issued = item.get("issued")
    if year is not None:
        # a day or a range, which the model's year and month do not hold: the date as
        # biblatex writes it, for the writers that have a place for it (RIS's DA, biblatex)
        iso = _iso_text(issued)
        qualified = _qualified_date(issued, year)  # (a season, "circa": EDTF holds them)
        if iso is not None and ("/" in iso or (iso.count("-") == 2 and qualified is None)):
            extra["date"] = iso
        elif qualified is not None:
            extra["date"] = qualified
    if isinstance(issued, dict) and not issued.get("date-parts"):
        # a date only in words ("(in press)", "ca. 1850"): its text, as the BibTeX reader
        # keeps a year field's
        text = issued.get("literal") or issued.get("raw")
        if isinstance(text, str) and text.strip() and text.strip() != str(year):
            extra["year"] = text.strip()
    for name, value in item.items():  # keys no CSL variable has: kept for the other writers
        if name in _LOWER_KEYS and item[_LOWER_VARS[name]] == value:
            continue  # (read as CSL's variable)
        if (
            name not in _CSL_KEYS
            and name not in extra
            and isinstance(value, (str, int, float))
            and not isinstance(value, bool)
            and str(value).strip()
        ):
            extra[name] = str(value).strip()
        elif name not in _CSL_KEYS and name not in extra and isinstance(value, (list, dict)):
            text = _structured_text(value)
            if text:
                extra[name] = text
    if isinstance(custom.get("extra"), dict):
        extra.update({str(k): str(v) for k, v in custom["extra"].items()})
    identifiers: dict[str, str] = {}
    for name, var in _ID_VARS.items():
        value = _lenient_string(item, var, problems)
        if value is not None:
            identifiers[name] = value
    if isinstance(custom_ids := custom.get("identifiers"), dict):
        identifiers.update({str(k): str(v) for k, v in custom_ids.items()})
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
        identifiers=identifiers,
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
    but the ones whose model field changed. Unknown CSL types read as kind ``other``
    (Crossref's ``posted-content``, ``proceedings-article``, … as the kind they name).
    Crossref's lists are read as text (``"container-title": []`` is none, ``["J"]`` is
    "J", an ``ISSN`` list its numbers joined by ", "); a key no variable has whose value
    is a date or a list of strings (``published-print``, ``alternative-id``) is kept in
    ``extra`` as ISO 8601 or joined by "; ".
    CSL's markup in titles (``<i>``, ``<span class="nocase">``, …) is not text: the model
    has the text without it. The issue is ``issue``, or where there is none a report's
    (patent's, standard's, …) ``number`` or a book's ``collection-number`` (BibTeX's
    ``number`` means the same); ``PMID`` and ``PMCID`` are identifiers. A thesis's
    ``publisher`` without a ``container-title`` is its university (the venue, BibTeX's
    ``school``; a report's is its institution), but a distributor's (ProQuest) or where
    ``custom.publisher`` names the record's publisher (as :func:`to_csl` writes them).

    The variables a BibTeX or biblatex field holds are read into ``extra`` under that
    field's name: ``editor``, ``translator`` and ``container-author`` (``bookauthor``) as
    BibTeX names them ("Doe, Jane and Roe, R."), ``collection-title`` (``series``),
    ``genre`` (``type``), ``chapter-number`` (``chapter``), ``title-short``
    (``shorttitle``), ``number-of-pages`` (``pagetotal``), ``accessed`` (``urldate``, in
    ISO 8601), ``event-place`` (``venue``), …; the schema's other variables (``source``,
    ``director``, ``call-number``, …) under their own names. The writers write them back
    (CSL-JSON as the same variables), or name them in their warning: nothing an export
    cannot hold is lost without a word. A date given only in words (``{"literal": "in
    press"}``) is kept in ``extra["year"]``, as the BibTeX reader keeps a year field's text.

    A malformed item costs a :class:`~pubrecords.ParseWarning` naming it (its number and
    id): a variable that cannot be read (a number where the schema wants text, a date part
    that is no number, a name that is a string) is left out of the model and kept in the
    item (a date whose month or day is wrong keeps its year); an item that is not an object,
    or holds none of ``id``, ``type``, ``title``, ``author``, … is left out.
    ``strict=True`` raises :class:`~pubrecords.FormatError` instead.

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
