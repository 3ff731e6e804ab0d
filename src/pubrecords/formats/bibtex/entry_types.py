"""BibTeX entry types: what each holds and needs, and which one a record is written as."""

from __future__ import annotations

import re

import attrs

from ...model import Kind, Publication
from ...text import latex_encode as _latex_encode
from ..tagged import unwritten_identifiers
from .years import date_day, date_start, qualified_date, year_range

__all__: list[str] = []

#: biblatex-software's entry types: a piece of software, one version of it, a module of it,
#: a fragment of its code. Read as :attr:`~pubrecords.Kind.SOFTWARE` (a writer gives a
#: record read from one its entry type back).
SOFTWARE_TYPES = frozenset({"software", "softwareversion", "softwaremodule", "codefragment"})


@attrs.frozen
class _Layout:
    """How one BibTeX entry type holds a record."""

    venue: str  # the field holding Publication.venue
    holds: frozenset[str]  # which of volume / issue / pages / publisher it holds
    needs: frozenset[str]  # model fields that must be non-empty for this type
    extra: frozenset[str]  # extra fields (Publication.extra keys) valid for this type


# (shorttitle: a field of every type in biblatex's data model, which classic BibTeX's
# styles pass over without a word; Zotero's exports and CSL-JSON hold it. Not urldate:
# biblatex's standard style then asks for one more LaTeX run on a long list, which the
# validators count as a warning)
_COMMON_EXTRA = frozenset({"note", "keywords", "language", "shorttitle"})
# Each type holds what both classic BibTeX (plain, abbrv: a field a type does not use is
# ignored without a word) and biber's data model (which warns about a field the type does
# not have) accept in it, and needs what either of them requires.
_LAYOUTS: dict[str, _Layout] = {
    "article": _Layout(
        "journal",
        frozenset({"volume", "issue", "pages"}),
        frozenset({"title", "authors", "venue", "year"}),
        _COMMON_EXTRA | {"editor", "issn"},
    ),
    "inproceedings": _Layout(
        "booktitle",
        frozenset({"volume", "pages", "publisher"}),
        frozenset({"title", "authors", "venue", "year"}),
        _COMMON_EXTRA | {"editor", "address", "organization", "isbn", "series", "chapter"},
    ),
    "incollection": _Layout(
        "booktitle",
        frozenset({"volume", "pages", "publisher"}),
        frozenset({"title", "authors", "venue", "year", "publisher", "editor"}),
        _COMMON_EXTRA | {"editor", "address", "isbn", "series", "edition", "chapter"},
    ),
    # a chapter without an editor: biblatex's inbook (booktitle: the book); classic BibTeX
    # also wants pages or a chapter number (and an editor only without authors)
    "inbook": _Layout(
        "booktitle",
        frozenset({"volume", "pages", "publisher"}),
        frozenset({"title", "authors", "venue", "year", "publisher"}),
        _COMMON_EXTRA | {"address", "isbn", "series", "edition", "chapter"},
    ),
    "book": _Layout(
        "series",
        frozenset({"volume", "pages", "publisher"}),
        frozenset({"title", "authors", "year", "publisher"}),
        _COMMON_EXTRA | {"editor", "address", "isbn", "edition"},
    ),
    # an edited (or anonymous) book: no authors; biber's book needs them, its proceedings
    # (like BibTeX's) needs a title and a year only
    "proceedings": _Layout(
        "series",
        frozenset({"volume", "pages", "publisher"}),
        frozenset({"title", "year"}),
        _COMMON_EXTRA | {"editor", "address", "organization", "isbn"},
    ),
    "phdthesis": _Layout(
        "school",
        frozenset({"pages"}),
        frozenset({"title", "authors", "venue", "year"}),
        _COMMON_EXTRA | {"address", "type"},
    ),
    "mastersthesis": _Layout(
        "school",
        frozenset({"pages"}),
        frozenset({"title", "authors", "venue", "year"}),
        _COMMON_EXTRA | {"address", "type"},
    ),
    "techreport": _Layout(
        "institution",
        frozenset({"issue", "pages"}),
        frozenset({"title", "authors", "venue", "year"}),
        _COMMON_EXTRA | {"address", "type"},
    ),
    "misc": _Layout(
        "howpublished",
        frozenset(),
        frozenset(),
        _COMMON_EXTRA | {"editor", "address", "organization"},
    ),
    # what @misc holds and pages: for a record with pages whose own type lacks a field
    # it needs (biber's booklet needs an author or an editor)
    "booklet": _Layout(
        "howpublished",
        frozenset({"pages"}),
        frozenset({"title"}),
        _COMMON_EXTRA | {"editor", "address", "chapter"},
    ),
}
_PREFERRED: dict[Kind, str] = {
    Kind.JOURNAL_ARTICLE: "article",
    Kind.BOOK_REVIEW: "article",
    Kind.CONFERENCE_PAPER: "inproceedings",
    Kind.BOOK: "book",
    Kind.CHAPTER: "incollection",
    Kind.THESIS: "phdthesis",
    Kind.REPORT: "techreport",
}
# The types tried, in order, when a record lacks a field its own type needs: the first
# that holds every field of the record, else the one that holds the most (the first of
# those). @misc needs nothing; @booklet comes after it, for the pages it holds.
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "article": ("misc", "booklet"),
    "inproceedings": ("misc", "booklet"),
    "incollection": ("inbook", "inproceedings", "misc", "booklet"),
    "book": ("proceedings", "misc", "booklet"),
    "phdthesis": ("misc", "booklet"),
    "mastersthesis": ("misc", "booklet"),
    "techreport": ("misc", "booklet"),
}
#: The ``Publication.extra`` keys some entry type writes: one a record's type cannot hold
#: is named in the warning of :func:`to_bibtex` (other keys are not BibTeX fields).
_BIBTEX_EXTRA = frozenset().union(*(layout.extra for layout in _LAYOUTS.values()))


def _has(value: str | None) -> bool:
    """True when ``value`` has text left after canonicalisation."""
    if not value:
        return False
    if value.isascii() and value.isprintable():
        return bool(value.strip())
    return bool(_latex_encode.canonical_text(value))


def _entry_type(pub: Publication, title: str, venue: str) -> str:
    """The entry type of ``pub`` whose ``title`` and ``venue`` are written as given: its
    kind's type when the record has what that type needs, else the fallback that holds
    most of the record (see ``_FALLBACKS``)."""
    preferred = _PREFERRED.get(pub.kind, "misc")
    if preferred == "misc":
        return preferred
    if preferred == "phdthesis" and "master" in pub.extra.get("type", "").lower():
        preferred = "mastersthesis"
    if _satisfies(pub, preferred, title, venue):
        return preferred
    best = "misc"
    best_lost = -1
    for etype in _FALLBACKS[preferred]:
        if etype != "misc" and not _satisfies(pub, etype, title, venue):
            continue
        lost = len(_unwritten(pub, etype))
        if lost == 0:
            return etype
        if best_lost < 0 or lost < best_lost:
            best, best_lost = etype, lost
    return best


def _satisfies(pub: Publication, etype: str, title: str, venue: str) -> bool:
    """True when ``pub`` has every field entry type ``etype`` needs."""
    authors, year, editor, texts = _NEEDS[etype]
    if (authors and not pub.authors) or (year and pub.year is None):
        return False
    if editor and not _has(pub.extra.get("editor")):
        return False
    for name in texts:
        if name == "title":
            if not title:
                return False
        elif name == "venue":
            if not venue:
                return False
        elif not _has(getattr(pub, name)):
            return False
    if etype == "proceedings":
        return not pub.authors  # (biber's proceedings has no author field)
    if etype == "booklet":
        return bool(pub.authors) or _has(pub.extra.get("editor"))
    if etype == "inbook":
        return _has(pub.pages) or _has(pub.extra.get("chapter"))
    return True


# Per entry type, what its layout needs: (authors, year, editor, the text fields of the
# model), so that _satisfies() tests the cheap ones first.
_NEEDS: dict[str, tuple[bool, bool, bool, tuple[str, ...]]] = {
    etype: (
        "authors" in layout.needs,
        "year" in layout.needs,
        "editor" in layout.needs,
        tuple(sorted(layout.needs - {"authors", "year", "editor"})),
    )
    for etype, layout in _LAYOUTS.items()
}


def _authored_book(etype: str, pub: Publication) -> bool:
    """A book with authors: classic BibTeX's book takes an author or an editor, not both
    ("can't use both author and editor fields"), so its editors are not written."""
    return etype == "book" and bool(pub.authors)


# what follows a volume's number when it is the part of the volume at hand: PubMed's
# "98 Suppl 1", "12 (Pt 2)", "7 Spec No", "30 Suppl." (MEDLINE splits them so: VI, IP)
_PART = re.compile(
    r"\(?\s*(?:suppl(?:ement)?|pt|part|spec(?:ial)?(?:\s+(?:no|iss(?:ue)?))?|iss(?:ue)?|no)"
    r"\.?(?:\s*[0-9A-Za-z][0-9A-Za-z.-]*)?\s*\)?",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(r"([0-9]+)\s*(.+)", re.DOTALL)


def volume_parts(
    volume: str, issue: str | None, number_free: bool
) -> tuple[str | None, str | None]:
    """(the ``volume`` field, a ``number`` field written for the record's issue, or None)
    of a volume. biber's data model takes only an integer as a volume (its validation
    warns and drops any other), so a number and the part of it at hand ("98 Suppl 1",
    "12 (Pt 2)") is written as the volume's number and, when the type has a number field
    the record's issue leaves free (``number_free``), that part as the number, as MEDLINE
    splits them. Where the split would lose the part (the number is taken, the type has
    none) or the volume is no number ("32-33", "xvii", "42A"), the volume is written as it
    is: a value is never dropped to please a validator.

    >>> volume_parts("17", None, True), volume_parts("98 Suppl 1", None, True)
    (('17', None), ('98', 'Suppl 1'))
    >>> volume_parts("12 (Pt 2)", None, True), volume_parts("12 (Pt 2)", "3", True)
    (('12', 'Pt 2'), ('12 (Pt 2)', None))
    >>> volume_parts("32-33", None, True), volume_parts("xvii", None, True)
    (('32-33', None), ('xvii', None))
    """
    text = volume.strip()
    if text.isascii() and text.isdigit():
        return text, None
    m = _LEADING_NUMBER.fullmatch(text)
    if m is None or not _PART.fullmatch(m.group(2)) or not number_free or _has(issue):
        return text, None
    part = m.group(2)
    if part[0] == "(" and part[-1] == ")":
        part = part[1:-1].strip()
    return m.group(1), part


def _volume_written(volume: str, etype: str, issue: str | None) -> bool:
    """True when an entry of type ``etype`` writes the (non-empty) ``volume``."""
    if volume.isascii() and volume.isdigit():
        return True  # (the common case)
    number_free = "issue" in _LAYOUTS[etype].holds
    return volume_parts(volume, issue, number_free)[0] is not None


def _unwritten(pub: Publication, etype: str) -> list[str]:
    """The BibTeX fields of ``pub`` that an entry of type ``etype`` does not write (a
    volume that is no number aside: no type writes it, see :func:`volume_parts`)."""
    layout = _LAYOUTS[etype]
    holds = layout.holds
    lost: list[str] = []
    volume, issue, pages, publisher = pub.volume, pub.issue, pub.pages, pub.publisher
    # (the common case first: every field the record has is one the type holds)
    if (
        (not volume or "volume" in holds)
        and (
            not issue
            or (
                "issue" in holds
                and (etype != "article" or (volume and _volume_written(volume, etype, issue)))
            )
        )
        and (not pages or "pages" in holds)
        and (not publisher or "publisher" in holds)
    ):
        pass
    else:
        written_volume = (
            bool(volume)
            and "volume" in holds
            and _has(volume)
            and _volume_written(volume or "", etype, issue)
        )
        if volume and "volume" not in holds and _has(volume):
            lost.append("volume")
        if (
            issue
            and ("issue" not in holds or (etype == "article" and not written_volume))
            and _has(issue)
        ):
            lost.append("number")
        if pages and "pages" not in holds and _has(pages):
            lost.append("pages")
        if publisher and "publisher" not in holds and _has(publisher):
            lost.append("publisher")
    extra = pub.extra
    if extra:
        for name, value in extra.items():
            low = name.lower()
            if low not in _BIBTEX_EXTRA:
                continue
            if low == layout.venue:
                # a book's series: written as its venue when it has none
                if (
                    _has(value)
                    and _has(pub.venue)
                    and _latex_encode.canonical_text(value)
                    != _latex_encode.canonical_text(pub.venue or "")
                ):
                    lost.append(low)
            elif (
                low not in layout.extra or (low == "editor" and _authored_book(etype, pub))
            ) and _has(value):
                lost.append(low)
    return lost


#: ``Publication.extra`` keys the writer writes apart from the entry type's fields: the
#: note, the keys a merge folded (``ids``) and a year's or month's text (written as a date
#: range, or named by the writer itself).
_WRITTEN_APART = frozenset({"note", "ids", "year", "month"})


def _foreign(pub: Publication, key: str) -> list[str]:
    """What ``pub`` holds that no BibTeX field of the writer takes, named for its warning:
    the ``extra`` keys that are no entry type's field (a RIS record's ``accession_number``,
    a table's ``date added``, a text ``month`` or ``doi`` that was no month or DOI), and
    the identifiers (``identifiers.pmid``) other than a table's record id written as the
    key."""
    lost: list[str] = []
    extra = pub.extra
    if extra:
        for name, value in extra.items():
            low = name.lower()
            if low in _BIBTEX_EXTRA or low in _WRITTEN_APART or not _has(value):
                continue
            if low == "primaryclass" and pub.arxiv_id:
                continue  # (written beside the eprint)
            if low == "date" and (
                year_range(pub) is not None
                or date_day(pub) is not None
                or qualified_date(pub) is not None
                or (
                    pub.year is not None
                    and pub.year < 0
                    and date_start(value) == (pub.year, pub.month)
                )
            ):
                continue  # (written as the date range, or the date of a year before 1)
            lost.append(name)
    if pub.identifiers:
        lost += unwritten_identifiers(pub, key=key)
    return lost
