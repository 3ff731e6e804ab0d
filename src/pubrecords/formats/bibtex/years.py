"""The year a BibTeX ``year`` field written as text stands for (``1829--1830``, ``1875 [2004]``,
``Autumn 2001``): the reader's year, the writers' ranges.

The year is the *first* one written: the start of a range, and in ``1875 [2004]`` the year
outside the brackets (the original publication; the bracketed one is usually that of the
reprint or edition at hand). A season or a month name gives no month (a season is not one).
"""

from __future__ import annotations

import re

from ...model import Publication

__all__ = ["date_day", "date_span", "date_start", "year_range", "year_span"]

# 1829--1830 (decoded: 1829–1830), 1829-30, 1998/1999, 1944 -- 1945
_RANGE = re.compile(r"(\d{4})\s*(-{1,3}|[–—/])\s*(\d{2}|\d{4})")
# 1875 [2004], 1875 (2004): a year, then another in brackets
_BRACKETED = re.compile(r"(\d{4})\s*[\[(]\s*\d{4}\s*[\])]")
# one year among words: Autumn 2001, c. 1850, 1999a, May 2001
_YEAR = re.compile(r"(?<![0-9])([0-9]{4})(?![0-9])")
_OTHER_DIGITS = re.compile(r"[0-9]")
# a biblatex (EDTF) date range: 1973/1974, 2004-05/2005-02-28
_EDTF_RANGE = re.compile(r"(-?\d{4})(?:-\d{2}(?:-\d{2})?)?/(-?\d{4})(?:-\d{2}(?:-\d{2})?)?")


def year_span(text: str) -> tuple[int, int | None] | None:
    """(year, last year of a range or None) of a year field's (decoded) text, None when
    it names no one year.

    >>> year_span("1829–1830"), year_span("1829-30"), year_span("1875 [2004]")
    ((1829, 1830), (1829, 1830), (1875, None))
    >>> year_span("Autumn 2001"), year_span("2001-05"), year_span("2001, 2003")
    ((2001, None), (2001, None), None)
    >>> year_span("Twentieth century"), year_span("in press")
    (None, None)
    """
    text = text.strip()
    m = _RANGE.fullmatch(text)
    if m and not (m.group(2) == "-" and len(m.group(3)) == 2 and int(m.group(3)) <= 12):
        # (2001-05 is May 2001, not 2001 to 2005: read below, as its year)
        start, end_text = int(m.group(1)), m.group(3)
        end = int(end_text) if len(end_text) == 4 else start - start % 100 + int(end_text)
        if end < start:
            return None
        return start, (end if end > start else None)
    m = _BRACKETED.fullmatch(text)
    if m:
        return int(m.group(1)), None
    found = _YEAR.findall(text)
    if len(found) == 1 and len(_OTHER_DIGITS.findall(text)) <= 6:
        # (at most a day of the month besides the year: "17 May 2001")
        return int(found[0]), None
    return None


# one biblatex (EDTF level 1) date: -0044, 2004-04, 2004-04-05T14:34:00Z, 2004-XX, 2004~, 2004-22
_EDTF_DATE = re.compile(
    r"(-?\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r"[?~%]?"
)
_OPEN = ("", "..")


def _edtf(text: str) -> tuple[int, int | None] | None:
    m = _EDTF_DATE.fullmatch(text)
    if m is None:
        return None
    month_text, day_text = m.group(2), m.group(3)
    month: int | None = None
    if month_text and month_text != "XX":
        number = int(month_text)
        if 1 <= number <= 12:
            month = number
        elif not 21 <= number <= 41 or day_text:  # (21-41: seasons, quarters: no month)
            return None
    if day_text and day_text != "XX" and not 1 <= int(day_text) <= 31:
        return None
    return int(m.group(1)), month


def date_start(text: str) -> tuple[int, int | None] | None:
    """(year, month or None) a biblatex ``date`` field's (decoded) text stands for, as
    biber reads it: of a range its start; None when the field is no date biber accepts or
    names no start year (``../2004``, ``199X``).

    >>> date_start("2004-04-05/2004-04-07"), date_start("2004/"), date_start("-0044~")
    ((2004, 4), (2004, None), (-44, None))
    >>> date_start("2004-22"), date_start("2004-04-05T14:34:00"), date_start("1996-13-03")
    ((2004, None), (2004, 4), None)
    >>> date_start("../2004"), date_start("199X"), date_start("2004?")
    (None, None, (2004, None))
    """
    start, slash, end = text.strip().partition("/")
    if start in _OPEN:
        return None
    got = _edtf(start)
    if got is None or (slash and end not in _OPEN and _edtf(end) is None):
        return None
    return got


def date_span(text: str) -> tuple[int, int] | None:
    """(first, last year) of a biblatex ``date`` range (EDTF), None when it is no range.

    >>> date_span("1973/1974"), date_span("2004-05/2005-02-28"), date_span("2004-05-17")
    ((1973, 1974), (2004, 2005), None)
    """
    m = _EDTF_RANGE.fullmatch(text.strip())
    if m is None:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if end > start else None


def year_range(pub: Publication) -> tuple[int, int] | None:
    """(first, last year) of ``pub``'s date range, from the text of its ``year`` field
    (``extra["year"]``, "1829--1830") or its biblatex ``date`` (``extra["date"]``,
    "1829/1830"), when the range starts at ``pub.year``; else None."""
    if pub.year is None:
        return None
    text = pub.extra.get("year")
    span = year_span(text) if text else None
    if span is not None and span[0] == pub.year and span[1] is not None:
        return span[0], span[1]
    text = pub.extra.get("date")
    got = date_span(text) if text else None
    return got if got is not None and got[0] == pub.year else None


_DAY_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*")


def date_day(pub: Publication) -> int | None:
    """The day of ``pub``'s date (``extra["date"]``, ``2011-11-14``: biblatex's, or a
    CSL-JSON date's) where it is one day of the year and month the record holds; else None.
    The model holds the year and month; the writers with a place for the day write it."""
    text = pub.extra.get("date") if pub.extra else None
    if not text:
        return None
    m = _DAY_DATE.fullmatch(text)
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    if year != pub.year or month != pub.month or not 1 <= day <= 31:
        return None
    return day


_QUALIFIED_DATE = re.compile(r"\s*(\d{4})(?:-(2[1-4])|-(\d{2})(?:-(\d{2}))?)?(~?)\s*")


def qualified_date(pub: Publication) -> str | None:
    """``pub``'s date (``extra["date"]``) where it is a season or ``circa`` (EDTF, as
    biblatex's ``date`` field holds them: ``2019-22``, summer 2019; ``1890~``, circa 1890)
    of the year and month the record holds; else None.

    >>> from pubrecords import Publication
    >>> qualified_date(Publication(title="T", year=2019, extra={"date": "2019-22"}))
    '2019-22'
    >>> qualified_date(Publication(title="T", year=2019, extra={"date": "2018~"})) is None
    True
    """
    text = pub.extra.get("date") if pub.extra else None
    if not text:
        return None
    m = _QUALIFIED_DATE.fullmatch(text)
    if m is None or int(m.group(1)) != pub.year or not (m.group(2) or m.group(5)):
        return None
    month = int(m.group(3)) if m.group(3) else None
    if (m.group(2) and pub.month is not None) or month != pub.month:
        return None
    if m.group(4) and not 1 <= int(m.group(4)) <= 31:
        return None
    return text.strip()


def qualified_parts(pub: Publication) -> tuple[int | None, dict[str, int | bool]] | None:
    """(the day, the CSL date's ``season``/``circa``) of ``pub``'s season or circa date
    (:func:`qualified_date`: ``2019-22``, ``1890-05-17~``), None if none.

        >>> from pubrecords import Publication
        >>> qualified_parts(Publication(title="T", year=2019, extra={"date": "2019-22"}))
        (None, {'season': 2})
    """
    text = qualified_date(pub)
    if text is None:
        return None
    circa = text.endswith("~")
    parts = text.rstrip("~").split("-")
    more: dict[str, int | bool] = {}
    if len(parts) == 2 and int(parts[1]) > 20:
        more["season"] = int(parts[1]) - 20
    if circa:
        more["circa"] = True
    return (int(parts[2]) if len(parts) == 3 else None), more
