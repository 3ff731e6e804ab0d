"""Where a record sits: its container (journal, proceedings, book), volume, issue and pages.

Two records are the same publication only if they sit in one place. This module reads the
place fields into comparable values (tolerant of how databases write them: "221-8" is
221-228, "1663-1663" is 1663, "pp. S35-S36", "e0143396", "Stroke (00392499)") and compares
containers modulo abbreviation ("J Thromb Haemost" is "Journal of Thrombosis and
Haemostasis", "CMAJ" is "Canadian Medical Association Journal"). A value that does not read
as a database writes it (a citation's "pages 197-227,", "5 , 197-227", "eurocolt '93") is
unknown: it neither joins nor separates records.

    >>> read_pages("221-8"), read_pages("pp. S35-S36"), read_pages("pages 197-227,")
    (('221', '228'), ('s35', 's36'), None)
    >>> containers_agree("J Thromb Haemost", "Journal of Thrombosis and Haemostasis")
    True
    >>> containers_agree("J Thromb Haemost", "J Am Soc Nephrol")
    False
"""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz import fuzz
from unidecode import unidecode

#: Pages as a database or a reference manager writes them: an optional "p."/"pp.", a first
#: page (an optional letter before or after the number: "S35", "e0143396", "123a") and an
#: optional last page. Values with a citation's punctuation or words ("pages 61-74,",
#: "5 , 197-227") come from a citation string a program split; they are not trusted.
_PAGES = re.compile(
    r"^\s*(?:pp?\.\s*)?([a-z]{0,4}[0-9]+[a-z]?)"
    r"(?:\s*(?:-+|–|—)\s*([a-z]{0,4}[0-9]+[a-z]?))?\s*$"
)
#: Volume: a number (with an optional letter: "30a"), nothing else.
_VOLUME = re.compile(r"^\s*([0-9]+[a-z]?)\s*$")
_SERIES_VOLUME = re.compile(r"^\s*([0-9]+)\s+([a-z]{2,})\s*$")
_ISSUE = re.compile(r"^\s*([0-9]{1,2})\s*$")
_WORD = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")
#: Words a container's name may carry or drop without naming another container.
_SKIP = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "a",
        "an",
        "de",
        "der",
        "des",
        "la",
        "le",
        "und",
        "acm",
        "ieee",
        "siam",
        "ifip",
        "usenix",
        "springer",
        "elsevier",
        "wiley",
    ]
)


def _fold(text: str) -> str:
    return (text if text.isascii() else unidecode(text)).lower()


def read_pages(value: str | None) -> tuple[str, str] | None:
    """``(first, last)`` page of a clean pages value (a single page is its own last),
    or None when the value does not read as pages."""
    if not value:
        return None
    m = _PAGES.match(_fold(value))
    if not m:
        return None
    first, last = m.group(1), m.group(2) or m.group(1)
    if last.isdigit() and first.isdigit() and len(last) < len(first) and int(last) != 0:
        last = first[: len(first) - len(last)] + last  # "221-8" is 221-228
    return first, last


def read_volume(value: str | None) -> str:
    """The volume number of a clean volume value ("" when it does not read as one)."""
    if not value:
        return ""
    m = _VOLUME.match(_fold(value))
    return m.group(1).lstrip("0") or "0" if m else ""


def series_volume(value: str) -> tuple[str, str] | None:
    """A volume of a book series written with the series' abbreviation ("6017 LNCS" ->
    ("6017", "lncs"), as Scopus writes them), or None: two such volumes of one series
    with other numbers are two volumes. (A volume field holding more, "22 (1993)",
    "95(2)", is often a citation's pieces read into the wrong field, and is not read.)"""
    m = _SERIES_VOLUME.match(_fold(value))
    return (m.group(1).lstrip("0") or "0", m.group(2)) if m else None


def read_issue(value: str | None) -> str:
    """A clean issue number of one or two digits ("" otherwise: some exports put record
    numbers or supplements in the issue field)."""
    if not value:
        return ""
    m = _ISSUE.match(_fold(value))
    return m.group(1).lstrip("0") if m else ""


def _number(page: str) -> int | None:
    m = _DIGITS.search(page)
    return int(m.group(0)) if m else None


def pages_agree(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two page ranges can be one article's: the same first or last page, or one
    single page inside the other's range (an abstract cited by its first page)."""
    if a[0] == b[0] or a[1] == b[1]:
        return True
    la, lb = a[0].rstrip("0123456789"), b[0].rstrip("0123456789")
    if la != lb and not (la and lb):  # "c37-c42" and "37-42": a prefix one side left out
        a = (a[0][len(la) :], a[1].lstrip(la) or a[1])
        b = (b[0][len(lb) :], b[1].lstrip(lb) or b[1])
        if a[0] == b[0] or a[1] == b[1]:
            return True
    for single, other in ((a, b), (b, a)):
        if single[0] == single[1]:
            lo, hi, at = _number(other[0]), _number(other[1]), _number(single[0])
            prefix = single[0].rstrip("0123456789") == other[0].rstrip("0123456789")
            if prefix and lo is not None and hi is not None and at is not None and lo <= at <= hi:
                return True
    return False


Place = Literal["same", "differ", "unknown"]


def compare_places(
    vol_a: str,
    vol_b: str,
    pages_a: tuple[str, str] | None,
    pages_b: tuple[str, str] | None,
    issue_a: str,
    issue_b: str,
) -> Place:
    """``same`` when the volumes (where both have one) and the pages agree, ``differ``
    when a volume, the pages or (lacking pages) the issue disagree, else ``unknown``.

    Values shifted one column (no volume, the volume written as the issue and the issue
    as the pages: ``issue 26, pages 9`` beside ``volume 26, issue 9``) tell nothing.
    """
    if _shifted(vol_a, issue_a, pages_a, vol_b, issue_b) or _shifted(
        vol_b, issue_b, pages_b, vol_a, issue_a
    ):
        return "unknown"
    if vol_a and vol_b and vol_a != vol_b:
        return "differ"
    if pages_a is not None and pages_b is not None:
        if not pages_agree(pages_a, pages_b):
            return "differ"
        if vol_a and vol_b:
            return "same"
        # the same pages without volumes: the same place only for a real range
        return "same" if pages_a[0] != pages_a[1] and pages_a == pages_b else "unknown"
    if vol_a and vol_b and issue_a and issue_b and issue_a != issue_b:
        return "differ"
    return "unknown"


def _shifted(
    vol_a: str, issue_a: str, pages_a: tuple[str, str] | None, vol_b: str, issue_b: str
) -> bool:
    """Whether record a's issue and pages are record b's volume and issue, a column off."""
    return (
        not vol_a
        and bool(issue_a)
        and issue_a == vol_b
        and pages_a is not None
        and pages_a[0] == pages_a[1] == issue_b
    )


#: "Journal of X.Conference: 6th Congress ..." (conference abstracts in a journal's
#: supplement, as Embase writes them): the container is the journal.
_CONFERENCE = r"\.\s*conference\s*:"
_MEETING_TAIL = re.compile(_CONFERENCE + r".*$|\s*\(\s*[0-9x-]{8,9}\s*\)\s*$", re.IGNORECASE)


def container_name(venue: str) -> str:
    """The container's own name: without a meeting appended to a journal's name or an
    ISSN in brackets ("Stroke (00392499)")."""
    return _MEETING_TAIL.sub("", venue).strip() or venue


def _container_words(venue: str) -> tuple[str, ...]:
    text = _fold(container_name(venue))
    return tuple(w for w in _WORD.findall(text) if w not in _SKIP and not w.isdigit())


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


def _words_match(x: str, y: str) -> bool:
    """One word abbreviates, or is a typo of, the other ("haemost" / "haemostasis",
    "natl" / "national", "compuation" / "computation")."""
    if x == y:
        return True
    s, lng = (x, y) if len(x) <= len(y) else (y, x)
    if s[0] != lng[0]:
        return False
    if lng.startswith(s):
        return True
    if len(s) >= 3 and _subsequence(s, lng) and len(s) < len(lng):
        return True
    return len(s) >= 5 and fuzz.ratio(s, lng) >= 85


def _aligned(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Every word of ``short`` matches a word of ``long_``, in order, the first with the
    first (``long_`` may carry more: a subtitle, "The Official Journal of ...")."""
    if not short or not long_ or not _words_match(short[0], long_[0]):
        return False
    at = 1
    for word in short[1:]:
        while at < len(long_) and not _words_match(word, long_[at]):
            at += 1
        if at == len(long_):
            return False
        at += 1
    return True


def _acronym(word: str, words: tuple[str, ...]) -> bool:
    """``word`` is made of the initials of ``words`` ("cmaj", "vldb", "pnas")."""
    return len(word) >= 2 and len(words) >= 2 and word == "".join(w[0] for w in words)


_AGREE: dict[tuple[str, str], bool] = {}


def _words_agree(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if not wa or not wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return (
        _aligned(short, long_)
        or _aligned(long_, short)
        or (len(short) == 1 and _acronym(short[0], long_))
    )


_MEETING = re.compile(_CONFERENCE + r"\s*(.+)$", re.IGNORECASE)


def _meeting(venue: str) -> str:
    """The meeting named after a journal's name ("Journal of X.Conference: 6th Congress")."""
    m = _MEETING.search(venue)
    return m.group(1) if m else ""


def same_meeting(a: str, b: str) -> bool:
    """Whether one venue names the journal supplement of the meeting the other names: a
    meeting abstract recorded under the journal in one record ("J Thromb
    Haemost.Conference: 23rd Congress of the ISTH") and under the meeting in the other
    ("23rd Congress of the ISTH")."""
    for one, other in ((a, b), (b, a)):
        meeting = _meeting(one)
        if meeting:
            wm, wo = _container_words(meeting), _container_words(other)
            if wm and wo and _words_agree(wm, wo):
                return True
    return False


def containers_agree(a: str, b: str) -> bool:
    """Whether two container names can name one container (modulo abbreviation,
    acronym, subtitle and typos). Names with no words agree with anything."""
    if a == b:
        return True
    key = (a, b) if a <= b else (b, a)
    found = _AGREE.get(key)
    if found is None:
        found = _words_agree(_container_words(a), _container_words(b)) or same_meeting(a, b)
        if len(_AGREE) > 200_000:
            _AGREE.clear()
        _AGREE[key] = found
    return found
