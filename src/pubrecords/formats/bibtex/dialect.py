"""BibTeX and biblatex dialects: entry types and field names of one written as the other.

biblatex reads classic BibTeX's names (``journal``, ``address``, ``@phdthesis``) as aliases,
but classic BibTeX ignores biblatex's (``journaltitle``, ``location``, ``date``,
``@online``). The maps follow biber's tool mode and Better BibTeX: no invented field
names, the ``type`` field where a type needs it::

    >>> to_bibtex_dialect("online", [("date", "{2004-05}"), ("journaltitle", "{J}")])
    ('misc', [('year', '{2004}'), ('month', 'may'), ('journal', '{J}')])
    >>> to_biblatex_dialect("phdthesis", [("school", "{MIT}")])
    ('thesis', [('institution', '{MIT}'), ('type', '{phdthesis}')])
"""

from __future__ import annotations

import re

from ...names.extended import extended_list_to_bibtex
from .values import MONTH_MACROS, evaluate, pieces
from .years import date_start

__all__ = ["to_biblatex_dialect", "to_bibtex_dialect"]

_TYPE_TO_BIBTEX = {
    "online": "misc",
    "report": "techreport",
    "thesis": "phdthesis",
    "collection": "book",
    "mvcollection": "book",
    "mvbook": "book",
    "mvproceedings": "proceedings",
    "mvreference": "book",
    "reference": "book",
    "bookinbook": "inbook",
    "suppbook": "inbook",
    "suppcollection": "incollection",
    "inreference": "incollection",
    "suppperiodical": "article",
    "periodical": "misc",
    "dataset": "misc",
    "software": "misc",
    "patent": "misc",
    "set": "misc",
    "artwork": "misc",
    "audio": "misc",
    "video": "misc",
    "music": "misc",
    "performance": "misc",
    "image": "misc",
    "movie": "misc",
    "legislation": "misc",
    "jurisdiction": "misc",
    "letter": "misc",
    "review": "article",
    "standard": "misc",
}
_FIELD_TO_BIBTEX = {
    "journaltitle": "journal",
    "location": "address",
    "eprinttype": "archiveprefix",
    "eprintclass": "primaryclass",
}
_FIELD_TO_BIBLATEX = {
    "journal": "journaltitle",
    "address": "location",
    "school": "institution",
    "archiveprefix": "eprinttype",
    "primaryclass": "eprintclass",
}
_TYPE_TO_BIBLATEX = {
    "phdthesis": ("thesis", "phdthesis"),
    "mastersthesis": ("thesis", "mathesis"),
    "techreport": ("report", "techreport"),
    "conference": ("inproceedings", ""),
    "electronic": ("online", ""),
    "www": ("online", ""),
}
_NAME_FIELDS = frozenset({"author", "editor"})
_EDTF = re.compile(r"\s*(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MONTH_MACRO = list(MONTH_MACROS)
_LEADING_YEAR = re.compile(r"(-?\d{4})(?![\dX])")


def _case(name: str, like: str) -> str:
    """``name`` written in the case of ``like`` (``Journal`` -> ``Journaltitle``)."""
    if like.isupper():
        return name.upper()
    if like[:1].isupper():
        return name[:1].upper() + name[1:]
    return name


def _inner(raw: str) -> str | None:
    got = pieces(raw)
    if got is None or len(got) != 1 or got[0][0] == "macro":
        return None
    return got[0][1]


def to_bibtex_dialect(
    etype: str, fields: list[tuple[str, str]], replaced: list[str] | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Entry type and fields of a biblatex entry as classic BibTeX writes them.

    Fields BibTeX does not know are kept (its styles ignore them without a warning).
    Names in biblatex's extended format (``family=Walt, given=Stéfan J., prefix=van der,
    useprefix=true``) in ``author`` and ``editor`` become classic BibTeX names
    (``van der Walt, Stéfan J.``); the other names of the list stay as written. A ``year``
    or ``month`` that says otherwise than the ``date`` (biblatex reads the date) gets the
    date's; their names are added to ``replaced``.
    """
    low = etype.lower()
    new_type = _TYPE_TO_BIBTEX.get(low, etype)
    names = {n.lower() for n, _ in fields}
    out: list[tuple[str, str]] = []
    dated = None
    if "date" in names and ("year" in names or "month" in names):
        date = next(_inner(r) for n, r in fields if n.lower() == "date")
        dated = date_start(date) if date is not None else None
    for name, raw in fields:
        key = name.lower()
        if dated is not None and (key == "year" or (key == "month" and dated[1])):
            said = evaluate(raw, {}).strip().lower()
            number = dated[1] or 0
            if key == "year":
                value = "{" + str(dated[0]) + "}"
                same = said == str(dated[0])
            else:
                value = _MONTH_MACRO[number - 1]
                same = said in (f"{number:02d}", str(number), MONTH_MACROS[value].lower())
            if not same and replaced is not None:
                replaced.append(key)
            out.append((name, value))
            continue
        if key == "date" and "year" not in names:
            text = (_inner(raw) or "").strip()
            got = accepted = date_start(text)
            if got is None and (lead := _LEADING_YEAR.match(text)):
                got = int(lead.group(1)), None  # (a date biber refuses: the year it starts with)
            if got is not None:
                # (the year as digits BibTeX sorts: "1987" of "१९८७", not "199" of "199X")
                out.append((_case("year", name), "{" + str(got[0]) + "}"))
                if got[1] and "month" not in names:
                    out.append((_case("month", name), _MONTH_MACRO[got[1] - 1]))
                if accepted and _EDTF.fullmatch(text) and text.isascii() and text.count("-") < 2:
                    continue  # (a plain year or month: said by year and month)
                # (a day, a range, an uncertain or a refused date: the year, and the date kept)
        elif key in _NAME_FIELDS and "=" in raw:
            inner = _inner(raw)
            classic = extended_list_to_bibtex(inner) if inner is not None else None
            if classic is not None:
                out.append((name, "{" + classic + "}"))
                continue
        elif key in _FIELD_TO_BIBTEX and _FIELD_TO_BIBTEX[key] not in names:
            out.append((_case(_FIELD_TO_BIBTEX[key], name), raw))
            continue
        elif key == "institution" and new_type.lower() == "phdthesis" and "school" not in names:
            out.append((_case("school", name), raw))
            continue
        out.append((name, raw))
    if low == "thesis":
        kind = next((_inner(r) or "" for n, r in fields if n.lower() == "type"), "").lower()
        if "ma" in kind or "master" in kind:
            new_type = "mastersthesis"
    return new_type, out


def to_biblatex_dialect(
    etype: str, fields: list[tuple[str, str]]
) -> tuple[str, list[tuple[str, str]]]:
    """Entry type and fields of a classic BibTeX entry in biblatex's own names."""
    low = etype.lower()
    new_type, type_value = _TYPE_TO_BIBLATEX.get(low, (etype, ""))
    names = {n.lower() for n, _ in fields}
    out: list[tuple[str, str]] = []
    for name, raw in fields:
        key = name.lower()
        target = _FIELD_TO_BIBLATEX.get(key)
        if target is not None and target not in names:
            out.append((_case(target, name), raw))
        else:
            out.append((name, raw))
    if type_value and "type" not in names:
        out.append(("type", "{" + type_value + "}"))
    return new_type, out
