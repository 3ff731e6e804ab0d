"""RIS: reading the tagged format every database and reference manager exports (the
writer is :mod:`pubrecords.formats.ris_write`).

PubMed (through Zotero or EndNote), Scopus, Web of Science, Embase, ProQuest, Zotero,
EndNote and Mendeley all write RIS: one ``TAG  - value`` line per field, a record from
``TY`` to ``ER``. The reader understands the tags below and keeps every tag of every record
as written (in :attr:`Publication.source_entry`), so :func:`to_ris` gives an unchanged record
back exactly::

    >>> from pubrecords import parse_ris, to_ris
    >>> ris = '''TY  - JOUR
    ... AU  - Shannon, Claude E.
    ... TI  - A Mathematical Theory of Communication
    ... JF  - Bell System Technical Journal
    ... PY  - 1948/07//
    ... SP  - 379
    ... EP  - 423
    ... VL  - 27
    ... XY  - a tag nobody knows
    ... ER  - '''
    >>> [pub] = parse_ris(ris)
    >>> pub.kind, pub.year, pub.month, pub.pages, str(pub.authors[0])
    (<Kind.JOURNAL_ARTICLE: 'journal-article'>, 1948, 7, '379-423', 'Claude E. Shannon')
    >>> pub.extra
    {'XY': 'a tag nobody knows'}
    >>> to_ris([pub]) == ris + "\\n"
    True

The tag tables (which tag is which, the reference types) are rispy's
(:mod:`rispy.config`); the lines are split here, because rispy's parser keeps only the
first of a repeated tag, drops text outside records and malformed records silently and
does not say where a record starts.
"""

from __future__ import annotations

import functools
import gc
import os
import re
from collections.abc import Iterable, Sequence
from itertools import compress
from operator import itemgetter
from typing import Any

import attrs
from rispy.config import (  # type: ignore[import-untyped]
    TAG_KEY_MAPPING,
)

from ..errors import NameParseError, ParseError
from ..model import Block as Block  # (for the tests)
from ..model import Kind, Person, Publication, Repair, Source, SourceEntry
from ..names import parse_name, parse_name_repaired, repairs_ending_as, repairs_on
from ..names.text import SUFFIXES_ANY_CASE, title_numeral
from .bibtex.values import MONTH_MACROS
from .files import read_text
from .ris_scan import _has_control as _has_control
from .ris_scan import _Record as _Record
from .ris_scan import _scan
from .ris_scan import _scan_lines as _scan_lines
from .ris_scan import _scan_well_formed as _scan_well_formed
from .table_columns import KINDS, MISSING
from .tagged import family_first

__all__ = ["parse_ris", "read_ris"]

#: RIS reference types (``TY``) -> the kind of work (any other type is ``Kind.OTHER``).
KIND_OF_TYPE: dict[str, Kind] = {
    **dict.fromkeys(
        ("JOUR", "JFULL", "EJOUR", "MGZN", "NEWS", "INPR", "ABST", "SER"), Kind.JOURNAL_ARTICLE
    ),
    **dict.fromkeys(("CONF", "CPAPER"), Kind.CONFERENCE_PAPER),
    **dict.fromkeys(("BOOK", "EBOOK", "EDBOOK", "CLSWK"), Kind.BOOK),
    **dict.fromkeys(("CHAP", "ECHAP", "ENCYC", "DICT"), Kind.CHAPTER),
    "THES": Kind.THESIS,
    **dict.fromkeys(("RPRT", "GOVDOC"), Kind.REPORT),
    **dict.fromkeys(("ELEC", "BLOG", "ICOMM", "WEB"), Kind.WEBPAGE),
    **dict.fromkeys(("DATA", "DBASE", "AGGR"), Kind.DATASET),
    "COMP": Kind.SOFTWARE,
    "UNPB": Kind.PREPRINT,
    "GEN": Kind.UNKNOWN,
}
#: The kind of work -> the ``TY`` the writer gives it.
TYPE_OF_KIND: dict[Kind, str] = {
    Kind.JOURNAL_ARTICLE: "JOUR",
    Kind.BOOK_REVIEW: "JOUR",
    Kind.CONFERENCE_PAPER: "CPAPER",
    Kind.BOOK: "BOOK",
    Kind.CHAPTER: "CHAP",
    Kind.THESIS: "THES",
    Kind.REPORT: "RPRT",
    Kind.DATASET: "DATA",
    Kind.SOFTWARE: "COMP",
    Kind.WEBPAGE: "ELEC",
    Kind.PREPRINT: "UNPB",
    Kind.OTHER: "GEN",
    Kind.UNKNOWN: "GEN",
}
_BOOKS = frozenset({Kind.BOOK})


def _kind_of_type(code: str) -> Kind:
    """The kind of a ``TY`` (upper case): RIS's codes, else the words some tools write
    there (``Journal Article``, ``Book Section``: the table readers' item types)."""
    kind = KIND_OF_TYPE.get(code)
    if kind is None:
        kind = KINDS.get(code.lower(), Kind.OTHER) if code else Kind.UNKNOWN
    return kind


_BOOK_REVIEW = "Book Review"

# Tags read into the model, by attribute, best first.
_TITLE_TAGS = ("TI", "T1", "CT", "ST")  # (ST, the short title: where no other is)
_AUTHOR_TAGS = frozenset({"AU", "A1"})
_VENUE_TAGS = ("JF", "JO", "T2", "BT", "JA", "J2")
_BOOK_VENUE_TAGS = ("T2", "T3")
_DATE_TAGS = ("PY", "Y1", "DA")
_ABSTRACT_TAGS: tuple[str, ...] = ("AB", "N2")
_URL_TAGS: tuple[str, ...] = ("UR", "L2")
_MORE_URLS = "urls"  # (extra: the links after the first, one a line)
_PUBLISHER_TAGS = ("PB", "PU")  # (Web of Science writes PU, its own tag, for the publisher)
_THESIS_VENUE_TAGS = ("PB",)  # (a thesis without a venue: PB is the university)
_THESIS_PUBLISHER_TAGS = ("PU",)
# a thesis's distributor, no university (PsycINFO: "PB  - ProQuest Information & Learning")
_DISTRIBUTOR = re.compile(r"\bProQuest\b|\bUMI\b|University Microfilms", re.IGNORECASE)
_DOI_TAGS = ("DO", "UR", "L2", "L1", "M3")
_ARXIV_TAGS = ("AN", "DO", "UR", "L2", "L1", "N1", "M1", "M3", "JO", "JF", "T2", "J2")
# Tags kept in ``extra`` under the name the other readers use; the others get rispy's
# name for the tag (``M3`` -> ``type_of_work``) or, for a tag rispy does not know, the tag.
_EXTRA_NAME = {
    "N1": "note",
    "KW": "keywords",
    "CY": "address",
    "LA": "language",
    "ET": "edition",
    "A2": "editor",
    "ED": "editor",
    "T3": "series",
    "AN": "accession_number",
    "M1": "misc1",
    "Y2": "urldate",  # (the access date: Zotero's accessDate, CSL's accessed)
    "DP": "source",  # (the database provider: Zotero's libraryCatalog, CSL's source)
    "C7": "eid",  # (the article number: EndNote's, Scopus's C7; biblatex's eid)
    "ST": "shorttitle",  # (the short title: biblatex's shorttitle, CSL's title-short)
}
_JOIN = {"keywords": "; ", "editor": " and "}
_NAME_TAG: dict[str, str] = {
    **{
        str(name): str(tag)
        for tag, name in TAG_KEY_MAPPING.items()
        if tag not in ("TY", "ER", "UK", "ID")
    },
    "note": "N1",
    "keywords": "KW",
    "address": "CY",
    "language": "LA",
    "edition": "ET",
    "editor": "ED",
    "series": "T3",
    "accession_number": "AN",
    "misc1": "M1",
    "issn": "SN",
    "isbn": "SN",
    "urldate": "Y2",
    "access date": "Y2",  # (Zotero's CSV column)
    "source": "DP",
    "library catalog": "DP",  # (Zotero's CSV column)
    "eid": "C7",
    "location": "CY",  # (biblatex's address)
    "venue": "CY",  # (biblatex's venue, CSL's event-place: where a conference was held)
    "shorttitle": "ST",
}
_TAG_NAME: dict[str, str] = {
    str(tag): str(name) for tag, name in TAG_KEY_MAPPING.items() if str(tag) not in _EXTRA_NAME
}
_TAG_NAME.update(_EXTRA_NAME)

_YEAR = re.compile(r"(?<![0-9])([12][0-9]{3})(?![0-9])")
_COMPACT_DATE = re.compile(
    r"(?<![0-9])([12][0-9]{3})(0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])?(?![0-9])"
)
# (its fourth part, "other info", may follow: "2006/12/31/Winter", "2019/05/17/print")
_DAY_DATE = re.compile(
    r"\s*([12][0-9]{3})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12][0-9]|3[01])(?:/[^/\n]*)?\s*"
)
_MONTH_AFTER = re.compile(r"[/\-. ]+([0-9]{1,2}|[A-Za-z]{3,})")
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DOI = re.compile(r"(10\.[0-9]{4,9}/\S+)")
_SPACED_BRACKET = re.compile(r"(?<=\S)\s+\[\s*(?=[0-9]+:)")  # (a SICI: "[32:TLBCFP]")
_REJOINED = "a SICI DOI the export broke before its bracket ('27 [ 32:'), joined again"
_DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_ARXIV = re.compile(
    r"(?:arxiv\.org/(?:abs|pdf)/|arXiv[:.]\s*|10\.48550/arXiv\.)"
    r"([0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?|[a-z][a-z\-]*(?:\.[A-Z]{2})?/[0-9]{7}(?:v[0-9]+)?)",
    re.IGNORECASE,
)
_ARXIV_ONLY = re.compile(r"\s*arXiv:\s*(\S+)\s*", re.IGNORECASE)
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_INITIALS = re.compile(r"^(\S.*?)\s+((?:[A-Z]\.(?:-?[A-Z]\.)*\s?)+)$")
_ET_AL = frozenset({"et al", "et al.", "others", "et. al.", "..."})
# pandas' missing value as a value (ASReview writes RIS from a data frame: ``IS  - nan``)
_NAN = frozenset(token for token in MISSING if token.lstrip("-").lower() == "nan")
# where one link ends and the next starts in a UR value: "; " or white space, or a ";"
# right before a scheme ("a;https://b"); a ";" inside a link ("?a=1;b=2") is no separator
_URL_SEP = re.compile(
    r"\s*;\s+|\s*;(?=[A-Za-z][A-Za-z0-9+.\-]*://|www\.)|\s+(?=[A-Za-z][A-Za-z0-9+.\-]*://|www\.)"
)
_LINK = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S")
_ISBN = re.compile(r"(?:[0-9][\- ]?){9}[0-9Xx]")
_ISSN = re.compile(r"^[0-9]{4}-?[0-9]{3}[0-9Xx]\b")


def _text(raw: str) -> str:
    """A value as one line of text (continuation lines joined with spaces)."""
    if "\n" in raw:
        return " ".join(filter(None, map(str.strip, raw.split("\n"))))
    return raw.strip()


def _lines(raw: str) -> str:
    """A value with its continuation lines kept as lines (notes, addresses)."""
    if "\n" in raw:
        return "\n".join(filter(None, map(str.strip, raw.split("\n"))))
    return raw.strip()


# RIS's date with its fourth part, "other info", a season or circa: "2019///Summer",
# "1890/05/17/circa" (the RIS specification's example: "2006/12/31/Winter")
_OTHER_INFO_DATE = re.compile(
    r"\s*([0-9]{4})/([0-9]{1,2})?/([0-9]{1,2})?/\s*"
    r"(spring|summer|autumn|fall|winter|circa|ca\.?|c\.)\s*",
    re.IGNORECASE,
)
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}


def _qualified_da(value: str, year: int, month: int | None) -> str | None:
    """The EDTF date (as biblatex's ``date`` holds it) of a RIS date whose last part is a
    season or *circa*, of the year and month read: ``2019///Summer`` is ``2019-22``,
    ``1890/05/17/circa`` is ``1890-05-17~``; None for any other date (a season beside a
    month has no EDTF form: the month is kept, the text too where the record is written
    back to RIS unchanged)."""
    m = _OTHER_INFO_DATE.fullmatch(value)
    if m is None or int(m.group(1)) != year:
        return None
    given_month = int(m.group(2)) if m.group(2) else None
    if given_month != month or (m.group(3) and not 1 <= int(m.group(3)) <= 31):
        return None
    word = m.group(4).lower()
    season = _SEASONS.get(word)
    if season is not None:
        return None if month is not None or m.group(3) else f"{year:04d}-{season}"
    if month is None:
        return None if m.group(3) else f"{year:04d}~"
    day = f"-{int(m.group(3)):02d}" if m.group(3) else ""
    return f"{year:04d}-{month:02d}{day}~"


@functools.lru_cache(maxsize=4096)  # (dates repeat: a year, a month)
def _date(value: str) -> tuple[int | None, int | None]:
    """Year and month of a RIS date: ``2019``, ``2019///``, ``2019/05/17/``, ``2019 May``,
    ``20190517`` (TRID writes ``Start date: 20170812``)."""
    m = _YEAR.search(value)
    if m is None:
        compact = _COMPACT_DATE.search(value)
        if compact is None:
            return None, None
        return int(compact.group(1)), int(compact.group(2))
    year = int(m.group(1))
    month: int | None = None
    after = _MONTH_AFTER.match(value, m.end())
    word = after.group(1) if after else None
    if word is None:  # "May 2019", "Spring 2019"
        before = _MONTH_WORD.search(value, 0, m.start())
        word = before.group() if before else None
    if word is not None:
        if word.isdigit():
            month = int(word) if 1 <= int(word) <= 12 else None
        else:
            month = _MONTHS.get(word[:3].lower())
    return year, month


_MONTH_NAMES = [name.lower() for name in MONTH_MACROS.values()]
_MONTH_FIRST = re.compile(r"\s*([A-Za-z]{3,9})\.?(?![A-Za-z])")


def _month_only(value: str) -> int | None:
    """The month of a date without a year: Web of Science writes the month in ``DA`` and
    the year in ``PY`` (``DA  - SEP``, ``DA  - JUN 13``, ``DA  - MAY-JUN``)."""
    m = _MONTH_FIRST.match(value)
    if m is None or _YEAR.search(value) is not None:
        return None
    word = m.group(1).lower()
    month = _MONTHS.get(word[:3])
    if month is None or not (_MONTH_NAMES[month - 1].startswith(word) or word == "sept"):
        return None
    return month


def _clean_doi(value: str) -> str | None:
    """The DOI in ``value``: a prefix (``doi:``, a ``doi.org`` link) and the punctuation
    after it dropped, but a closing bracket the DOI opened (``10.1130/2009.2460(02)``);
    a SICI DOI that an export broke before its bracket (``...(2007)27 [ 32:TL]2.0.CO;2``)
    joined again."""
    value = _DOI_PREFIX.sub("", value.strip())
    if "[" in value:
        value = _SPACED_BRACKET.sub("[", value)
    m = _DOI.search(value)
    if m is None:
        return None
    doi = m.group(1).rstrip(".,;")
    while doi[-1] in ")]" and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = doi[:-1].rstrip(".,;")
    return doi


_DOI_NOISE = re.compile(r"\bdoi\b|https?://(?:dx\.)?doi\.org/|[\s.,;:()\[\]<>\"']", re.IGNORECASE)


_CONTINUED = "a DOI the export broke over two lines, joined again (the line break is no part of it)"


def _continued_doi(lines: str, doi: str) -> str | None:
    """The DOI of a DO field whose DOI goes on in its continuation lines
    (``10.1002/(SICI)1097-4571(199806)49:8<693::AID-`` then ``ASI4>3.0.CO;2-0``), when
    the lines joined hold that one DOI and nothing more, and the first line's DOI is
    plainly unfinished (it ends with ``-``, ``/``, ``:``, ``_``, or leaves a ``<`` or ``(``
    open); else None. (A note after a whole DOI, ``[pdf]``, or a second DOI is no part.)"""
    head, _, rest = lines.partition("\n")
    if not (
        head.endswith(("-", "/", ":", "_", "<", "("))
        or head.count("<") > head.count(">")
        or head.count("(") > head.count(")")
    ) or rest.lower().startswith(("10.", "doi", "http", "[", "(")):
        return None
    joined = head + "".join(rest.split("\n"))
    if any(ch.isspace() for ch in joined):
        return None
    found = _clean_doi(joined)
    if found is None or len(found) <= len(doi) or not found.startswith(doi):
        return None
    return None if _more_than_doi(joined, found) else found


def _more_than_doi(value: str, doi: str) -> bool:
    """Whether ``value`` holds more than ``doi``, the DOI read from it (a ``doi:`` prefix,
    a ``doi.org`` link, brackets and punctuation around it are no more): ``10.1000/x
    [pdf]``, two DOIs."""
    if doi not in value:  # (a SICI DOI an export broke before its bracket)
        value = _SPACED_BRACKET.sub("[", value)
    return bool(_DOI_NOISE.sub("", value.replace(doi, "", 1)))


def _person(
    value: str, cache: dict[str, Person], repaired: dict[str, tuple[Repair, ...]]
) -> Person:
    """The person ``value`` names (``cache``: the file's names read so far; ``repaired``:
    the repairs reading them made, for the names that needed any)."""
    person = cache.get(value)
    if person is None:
        text = value
        if text[-1:] == "," and text.count(",") == 1 and text[:-1].strip():
            # "Name," with nothing after the comma: EndNote's mark of a group author
            # ("ELANS Study Grp,"); a particle first ("van der Berg,"): a family name alone
            name = text[:-1].strip()
            if name[0].islower():
                person, repairs = family_first(text)
                if repairs:
                    repaired[value] = repairs
            else:
                person = Person(literal=name)
            cache[value] = person
            return person
        if "," not in text:
            m = _INITIALS.match(text)  # "Adler D.G." (Embase, Scopus): family name first
            if m is not None:
                text = f"{m.group(1)}, {m.group(2).strip()}"
        try:
            person, repairs = parse_name_repaired(text, "text")
        except NameParseError:
            person = Person(literal=value)
        else:
            read = person
            if person.suffix and text.count(",") == 1:
                read = _after_comma(person, text)
            if "." in read.given and "," in text:
                read = _spaced_initials(read)
            if read != person:  # (the repairs show the name as finally read)
                repairs = repairs_ending_as(repairs, read)
                person = read
            if repairs:
                repaired[value] = repairs
        cache[value] = person
    return person


_GLUED_INITIAL = re.compile(r"(?<=\.)(?=[^\W\d_])")


def _spaced_initials(person: Person) -> Person:
    """``person`` with the glued initials of its given names spaced (``Quill, Leonel J.R.``:
    "J. R."), as the name parser spaces every other pair ("J.C." → "J. C."; it keeps
    "J.R." whole in case it is the suffix "Jr", which after the comma it is not)."""
    words = person.given.split()
    spaced = [
        _GLUED_INITIAL.sub(" ", w) if _DOTTED_INITIALS.fullmatch(w) is not None else w
        for w in words
    ]
    return person if spaced == words else attrs.evolve(person, given=" ".join(spaced))


def _after_comma(person: Person, text: str) -> Person:
    """``Family, Given`` that the name parser read as ``Family, Suffix``: in RIS the part
    after the first comma is the given name (a suffix comes third: ``Family, Given,
    Suffix``), so Web of Science's and Scopus's initials (``Rosati, JD``, ``Weir, M.D.``)
    are initials, not degrees (nor is ``J.R.`` "Jr"); a generational suffix alone
    (``Dyke, Jr.``) stays a suffix.
    The family part is read on its own (``van der Maas, MD``: ``van der`` is its particle),
    its words as the name parser left them (a title dropped, an accent restored: as the
    repairs it reported say)."""
    suffix = person.suffix
    family_part = text.split(",", 1)[0]
    if person.given and person.given not in family_part.split():
        # a given name and a suffix after the comma: "Smith, John Jr."; but "J.R." is
        # initials ("Nunes, Leonel J.R.")
        if _DOTTED_INITIALS.fullmatch(suffix) and suffix.lower().replace(".", "") in (
            SUFFIXES_ANY_CASE
        ):
            return attrs.evolve(
                person, given=f"{person.given} {_GLUED_INITIAL.sub(' ', suffix)}", suffix=""
            )
        return person
    words = " ".join(p for p in (person.given, person.particle, person.family) if p)
    try:
        read = parse_name(f"{words or family_part}, X", "text")
    except NameParseError:  # pragma: no cover (the family part was read once already)
        return person
    if read.given != "X" or read.suffix:
        return person
    if _DOTTED_INITIALS.fullmatch(suffix):  # ("J.R.": initials, not "Jr")
        return attrs.evolve(read, given=_GLUED_INITIAL.sub(" ", suffix))
    key = suffix.lower().replace(".", "")
    if key in SUFFIXES_ANY_CASE and not title_numeral(suffix, key):  # ("Yang, Xi": a name)
        return attrs.evolve(read, given="", suffix=suffix)
    return attrs.evolve(read, given=suffix)


_VANCOUVER_NAME = re.compile(r"([^\W\d_][^\d,]*?)\s+([A-Z]{1,4})")


def _name_lists(names: str) -> str:
    """Editors (``A and B``) whose line lists several names, family name and initials
    each (PubMed's investigators through Zotero: ``A2  - Abbot R, Bhatt KD, Cole P``),
    as one name each (``Abbot, R and Bhatt, KD and Cole, P``): a name with more than two
    commas is none (biber skips the record)."""
    out: list[str] = []
    for name in names.split(" and "):
        parts = [part.strip() for part in name.split(",")]
        if len(parts) > 3:
            if parts[-1] == "":
                parts.pop()  # (a comma at the end)
            found = [_VANCOUVER_NAME.fullmatch(part) for part in parts]
            if all(found):
                out.extend(f"{m.group(1)}, {m.group(2)}" for m in found if m is not None)
                continue
        out.append(name)
    return " and ".join(out)


def _isbn_or_issn(value: str) -> str:
    return "issn" if _ISSN.match(value) or _ISBN.search(value) is None else "isbn"


# Publication's fields before ``source_entry`` (as positional arguments), and their defaults.
_PUB_FIELDS = [a.name for a in attrs.fields(Publication)]
_PUB_ARGS = itemgetter(*_PUB_FIELDS[: _PUB_FIELDS.index("source_entry")])
_PUB_DEFAULTS: dict[str, Any] = {a.name: a.default for a in attrs.fields(Publication)}
_PUB_DEFAULTS.update(identifiers={}, extra={})  # (their defaults are factories)


def _interpret(
    entry_type: str,
    tags: Sequence[str],
    values: Sequence[str],
    names: dict[str, Person],
    multiline: bool = True,
    want_used: bool = True,
    repaired: dict[str, tuple[Repair, ...]] | None = None,
) -> tuple[dict[str, Any], dict[str, str], dict[str, list[int]]]:
    """The Publication's fields of one record (``tags``, ``values``; ``multiline``: whether a value
    may have continuation lines; ``names`` and ``repaired``: the file's names read so far and
    what reading them changed), its ``extra``, and which fields gave each: ``used`` maps a
    model attribute (``"date"`` for year and month, ``"extra:<name>"`` for an extra key, if
    ``want_used``) to the indices of the fields it was read from. (Per field, the work is
    done by C loops where the values have no continuation lines and none is empty.)
    """
    texts = list(map(str.strip, values))  # each value as one line of text
    lines = texts  # each value with its continuation lines kept as lines
    if multiline:
        lines = texts.copy()
        for i in [i for i, raw in enumerate(values) if "\n" in raw]:
            parts = list(filter(None, map(str.strip, values[i].split("\n"))))
            texts[i], lines[i] = " ".join(parts), "\n".join(parts)  # (_text, _lines)
    if not _NAN.isdisjoint(texts):  # (pandas' missing value: as an empty value)
        for i, text in enumerate(texts):
            if text in _NAN:
                texts[i] = lines[i] = ""
    n = len(tags)
    empty = "" in texts
    first: dict[str, int]  # each tag's first field with a value
    if empty:  # (the fields with a value, last to first)
        pairs = zip(reversed(tags), range(n - 1, -1, -1), strict=True)
        first = dict(compress(pairs, reversed(texts)))
    else:
        first = dict(zip(reversed(tags), range(n - 1, -1, -1), strict=True))
    author_fields: Sequence[int] = ()
    author_texts: list[str] = []
    if "AU" in first or "A1" in first:
        tag = "AU" if "A1" not in first else "A1" if "AU" not in first else ""
        start = first.get(tag, 0)
        count = tags.count(tag)
        author_texts = texts[start : start + count]
        if (
            tag
            and tags[start : start + count].count(tag) == count
            and (not empty or "" not in author_texts)
        ):
            author_fields = range(start, start + count)  # (one run of AU lines)
        else:
            author_fields = [i for i in range(n) if tags[i] in _AUTHOR_TAGS and texts[i]]
            author_texts = [texts[i] for i in author_fields]
    used: dict[str, list[int]] = {}
    out = _PUB_DEFAULTS.copy()

    def take(attr: str, tags: Iterable[str]) -> str | None:
        for tag in tags:
            i = first.get(tag)
            if i is not None:
                used[attr] = [i]
                return texts[i]
        return None

    code = entry_type.strip().upper()
    kind = _kind_of_type(code)
    m3 = first.get("M3")
    if kind is Kind.JOURNAL_ARTICLE and m3 is not None and texts[m3].lower() == "book review":
        kind = Kind.BOOK_REVIEW
        used["kind"] = [m3]
    out["kind"] = kind
    book = kind in _BOOKS
    out["title"] = take("title", (*_TITLE_TAGS, "BT") if book else _TITLE_TAGS) or ""
    complete = True
    if repaired is None:
        repaired = {}
    authors: Sequence[Person | None] = tuple(map(names.get, author_texts))
    if None in authors:  # (a name not read before)
        authors = []
        for value in author_texts:
            person = names.get(value)
            if person is not None:
                authors.append(person)
            elif value.lower() in _ET_AL:
                complete = False
            else:
                authors.append(_person(value, names, repaired))
    repairs: list[Repair] = []
    if repaired and not repaired.keys().isdisjoint(author_texts):
        i = 0  # (the author's place in the list: "et al." takes none)
        for value in author_texts:
            if value in names:
                repairs.extend(repairs_on(f"authors[{i}]", repaired.get(value, ())))
                i += 1
    if author_fields:
        used["authors"] = list(author_fields)
    out["authors"] = authors
    out["authors_complete"] = complete
    out["venue"] = take("venue", _BOOK_VENUE_TAGS if book else _VENUE_TAGS)
    year = month = None
    at: int | None
    dates: list[tuple[int, int | None, int | None]] = []
    for tag in _DATE_TAGS:
        at = first.get(tag)
        if at is not None:
            y, mo = _date(texts[at])
            dates.append((at, y, mo))
            if year is None:
                year = y
            if month is None and mo is not None and y == year:
                month = mo
    if month is None and year is not None and len(dates) > 1:  # (WoS: the month alone in DA)
        for i, (at, y, _mo) in enumerate(dates):
            if y is None and (mo := _month_only(texts[at])) is not None:
                month = mo
                dates[i] = (at, year, mo)
                break
    # the date fields that agree with the year and month read are theirs
    dated = [at for at, y, mo in dates if y is not None and y == year and mo in (None, month)]
    if dated:
        used["date"] = dated
    day_date = None  # (a date with a day, "2019/05/17/": as biblatex writes it, for extra)
    if month is not None:
        for at in dated:
            m = _DAY_DATE.fullmatch(texts[at])
            if m is not None and int(m.group(1)) == year and int(m.group(2)) == month:
                day_date = (f"{year:04d}-{month:02d}-{int(m.group(3)):02d}", at)
                break
    if year is not None:
        for at in dated:  # (a season or circa in the date's last part: "2019///Summer")
            if texts[at][-1:].isalpha() or texts[at][-1:] == ".":
                qualified = _qualified_da(texts[at], year, month)
                if qualified is not None:
                    day_date = (qualified, at)
                    break
    out["year"], out["month"] = year, month
    sp, ep = first.get("SP"), first.get("EP")
    if sp is not None and ep is not None:
        out["pages"] = f"{texts[sp]}-{texts[ep]}"
        used["pages"] = [sp, ep]
    else:
        at = sp if sp is not None else ep
        if at is not None:
            out["pages"] = texts[at]
            used["pages"] = [at]
    out["volume"] = take("volume", ("VL", "VO"))  # (IEEE writes VO beside or for VL)
    out["issue"] = take("issue", ("IS",))
    pb = first.get("PB") if kind is Kind.THESIS and out["venue"] is None else None
    if pb is not None and _DISTRIBUTOR.search(texts[pb]) is None:
        # a thesis's university: EndNote, Zotero and EconLit write it in PB (the writer
        # writes a thesis's publisher beside no venue in PU)
        out["venue"] = take("venue", _THESIS_VENUE_TAGS)
        out["publisher"] = take("publisher", _THESIS_PUBLISHER_TAGS)
    else:
        out["publisher"] = take("publisher", _PUBLISHER_TAGS)
    out["abstract"] = take("abstract", _ABSTRACT_TAGS)
    key = take("key", ("ID",))
    out["key"] = key
    doi = None
    doi_text = None  # (the DO line, where it holds more than the DOI: kept in extra)
    at = first.get("DO")
    if at is not None:
        doi = _clean_doi(texts[at])
        used["doi"] = [at]
        if doi is None:  # not a DOI: kept in extra, as written
            del used["doi"]
        elif doi != texts[at] and _more_than_doi(texts[at], doi):
            joined = _continued_doi(lines[at], doi) if "\n" in lines[at] else None
            if joined is None:
                doi_text = lines[at]
            else:
                repairs.append(Repair("doi", "rejoined", texts[at], joined, _CONTINUED))
                doi = joined
    if doi is None:
        for tag in ("UR", "L2", "L1"):
            at = first.get(tag)
            if at is not None and "doi.org/10." in texts[at]:
                doi = _clean_doi(texts[at].split("doi.org/", 1)[1])
                break
    rejoined = any(r.field == "doi" for r in repairs)  # (by _continued_doi)
    if doi is not None and at is not None and doi not in texts[at] and not rejoined:
        # (a SICI DOI an export broke before its bracket, joined again: the line is kept)
        repairs.append(Repair("doi", "rejoined", texts[at], doi, _REJOINED))
    if repairs:
        out["repairs"] = tuple(repairs)
    out["doi"] = doi
    # the links: every UR line, each may hold several ("a; b"); else L2's link
    urls: list[str] = []
    at = first.get("UR")
    if at is not None:
        url_fields = [at]
        if tags.count("UR") > 1:
            url_fields = [i for i in range(at, n) if tags[i] == "UR" and texts[i]]
        for i in url_fields:
            if ";" in texts[i] or " " in texts[i]:
                urls.extend(filter(None, _URL_SEP.split(texts[i])))
            else:
                urls.append(texts[i])
        used["url"] = url_fields
    else:
        at = first.get("L2")
        if at is not None and texts[at].startswith(("http://", "https://")):
            urls.append(texts[at])
            used["url"] = [at]
    if len(urls) > 1 and not _LINK.match(urls[0]):
        # a link before what is none: "ORCID: ...", EndNote's "<Go to ISI>://WOS:..."
        urls.insert(0, urls.pop(next((i for i, u in enumerate(urls) if _LINK.match(u)), 0)))
    out["url"] = urls[0] if urls else None
    arxiv = None
    at = first.get("AN")
    if at is not None:
        m = _ARXIV_ONLY.fullmatch(texts[at])
        if m is not None:
            arxiv = m.group(1)
            used["arxiv_id"] = [at]
    if arxiv is None:
        for tag in _ARXIV_TAGS:
            at = first.get(tag)
            if at is not None and ("rxiv" in texts[at] or "48550" in texts[at]):
                found = _ARXIV.search(texts[at])
                if found is not None:
                    arxiv = found.group(1)
                    break
    out["arxiv_id"] = arxiv
    # every other field with a value goes to extra (a repeated name: its values joined)
    extra_names: list[str | None] = list(map(_TAG_NAME.get, tags, tags))
    if "SN" in first:
        for i in range(n):
            if tags[i] == "SN" and texts[i]:
                extra_names[i] = _isbn_or_issn(texts[i])
    for got in used.values():
        for i in got:
            extra_names[i] = None
    if empty:
        for i in [i for i, text in enumerate(texts) if not text]:
            extra_names[i] = None
    extra_lists: dict[str, list[str]] = {}
    for name, text in zip(extra_names, lines, strict=True):
        if name is not None:
            known = extra_lists.get(name)
            if known is None:
                extra_lists[name] = [text]
            else:
                known.append(text)
    extra = {name: _JOIN.get(name, "\n").join(got) for name, got in extra_lists.items()}
    if want_used:
        for name in extra_lists:
            used["extra:" + name] = [i for i in range(n) if extra_names[i] == name]
    if day_date is not None and "date" not in extra:
        extra["date"] = day_date[0]
        if want_used:
            used["extra:date"] = [day_date[1]]
    if doi_text is not None:  # (first: the writer writes it as the DO line)
        more = extra.get("doi")
        extra["doi"] = doi_text if more is None else f"{doi_text}\n{more}"
    editors = extra.get("editor")
    if editors is not None and editors.count(",") > 2:
        extra["editor"] = _name_lists(editors)
    if len(urls) > 1:  # the links after the first, one a line (the writers' "urls")
        extra[_MORE_URLS] = "\n".join(urls[1:])
        if want_used:
            used["extra:" + _MORE_URLS] = used["url"]
    return out, extra, used


def _accession(tags: Sequence[str], values: Sequence[str]) -> str:
    found = [v for t, v in zip(tags, values, strict=True) if t == "AN"] if "AN" in tags else []
    return next((v for v in map(str.strip, found) if v and v not in _NAN), "")


def parse_ris(text: str, *, path: str | None = None, strict: bool = False) -> list[Publication]:
    """Publications of RIS ``text``, in file order (PubMed, Scopus, Web of Science, Zotero,
    EndNote, Mendeley, Embase, ProQuest exports).

    ``TY`` gives the kind of work; ``AU``/``A1`` the authors (``A2``/``ED`` are editors,
    in ``extra``), ``TI``/``T1``/``CT`` the title, ``JF``/``JO``/``T2``/``BT``/``JA``/``J2``
    the venue, ``PY``/``Y1``/``DA`` year and month (Web of Science's month alone in
    ``DA``: ``SEP``), ``SP``/``EP`` the pages, ``VL``, ``IS``, ``PB`` (Web of Science:
    ``PU``), ``DO`` (or a ``doi.org`` link in ``UR``), ``UR`` the url (the links after the
    first, of several ``UR`` lines or of one, ``a; b``, are ``extra["urls"]``, one a line),
    ``AB``/``N2`` the abstract, ``ID`` the key; an arXiv id is taken from ``AN``
    (``arXiv:2101.00001``), the DOI, a link or a note. In a name, the part after the first
    comma is the given name (``Rosati, JD``: initials, not a degree). Every other tag goes
    to ``extra`` (``KW`` -> ``keywords``, ``N1`` -> ``note``, ``SN`` -> ``issn`` or
    ``isbn``, ``CY`` -> ``address``, ``LA`` -> ``language``, other tags under rispy's name
    for them, unknown tags under the tag), and
    the record keeps every tag as written in ``source_entry`` (``dialect="ris"``), so that
    :func:`to_ris` writes it back unchanged. A thesis's ``PB`` is its university (the
    venue) where no tag gives a venue; a ``DO`` line that holds more than the DOI
    (``10.1000/x [pdf]``) is kept in ``extra["doi"]``; pandas' missing value (``nan``,
    ASReview's exports) is no value; a tag line may have one space before its hyphen
    (``TY -  BOOK``) or a tab for the spaces (``AU\\t- Doe, J``), and ``ER -`` ends a
    record; a SICI DOI an export broke before its bracket is joined again, with a
    :class:`~pubrecords.Repair` on the record.

    Bad input: a malformed record (no ``ER``, control characters) is skipped with a
    :class:`~pubrecords.ParseWarning` naming its line, and kept as written; records
    without ``TY`` that end with ``ER`` (CiteSource's exports) are read as of unknown
    kind, with one warning for the text; ``strict=True`` raises
    :class:`~pubrecords.ParseError` instead. Text with no record at all is a
    ``ParseError``.

        >>> [pub] = parse_ris("TY  - CPAPER\\nAU  - Adler D.G.\\nT1  - On RIS\\n"
        ...                   "UR  - https://doi.org/10.1000/XYZ\\nPY  - 2019/05/17/\\nER  - \\n")
        >>> pub.kind, str(pub.authors[0]), pub.doi, pub.year, pub.month
        (<Kind.CONFERENCE_PAPER: 'conference-paper'>, 'D. G. Adler', '10.1000/XYZ', 2019, 5)
    """
    enabled = gc.isenabled()
    if enabled:  # (the collector would walk the growing list of records again and again)
        gc.disable()
    try:
        names: dict[str, Person] = {}
        repaired: dict[str, tuple[Repair, ...]] = {}  # (the names reading changed)
        pubs: list[Publication] = []
        last: list[_Record] = []

        def build(rec: _Record | None, after: tuple[Block, ...] = ()) -> None:
            if rec is None:  # (the fast scanner gave up: the line scanner starts anew)
                pubs.clear()
                return
            entry_type, fields, raw, line, before, tags, texts, multiline = rec
            values, extra, _ = _interpret(
                entry_type, tags, texts, names, multiline, False, repaired
            )
            key = values["key"]
            values["extra"] = extra
            values["provenance"] = (Source("ris", path, line, None, key),)
            args = _PUB_ARGS(values)  # (positional: the fastest way to call attrs' __init__)
            pub = Publication(*args)
            accession = key or _accession(tags, texts)
            entry = SourceEntry(
                entry_type, accession, fields, raw, "ris", before, after, (), (), pub
            )
            pubs.append(Publication(*(*args, entry)))
            last[:] = [rec]

        # (each record is interpreted as soon as it is found, while its text is in the caches)
        _, after = _scan(text, path, strict, build)
        if not pubs:
            raise ParseError(f"no RIS records in {path or 'the text'}")
        if after:  # (the text after the last record belongs to it)
            pubs.pop()
            build(last[0], after)
    finally:
        if enabled:
            gc.enable()
    return pubs


def read_ris(
    path: str | os.PathLike[str], *, encoding: str | None = None, strict: bool = False
) -> list[Publication]:
    """Publications of the RIS file at ``path`` (see :func:`parse_ris`).

    The file is read as UTF-8, else as Windows-1252 / Latin-1 with a
    :class:`~pubrecords.ParseWarning`; ``encoding`` says which encoding it is.

    >>> read_ris("/no/such.ris")
    Traceback (most recent call last):
    ...
    pubrecords.errors.InputError: /no/such.ris: no such file
    """
    return parse_ris(read_text(path, encoding or "auto"), path=str(path), strict=strict)
