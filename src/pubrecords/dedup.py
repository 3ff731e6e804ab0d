"""Duplicate detection and merging: explainable, version-aware, linear in the input.

:func:`find_duplicates` groups records of the same publication and says why;
:func:`merge` combines one group into one record; :func:`deduplicate` does both for a
whole list, keeping every source record in ``merged_from`` and ``provenance``::

    >>> from pubrecords import Person, Publication, find_duplicates, deduplicate
    >>> ada = Person(given="Ada", family="Lovelace")
    >>> pubs = [
    ...     Publication(title="Notes on the Analytical Engine", authors=(ada,), year=1843),
    ...     Publication(title="Notes on the analytical engine.",
    ...                 authors=(Person(given="A.", family="Lovelace"),), year=1843),
    ...     Publication(title="Sketch of the Analytical Engine", authors=(ada,), year=1842),
    ... ]
    >>> [group] = find_duplicates(pubs)
    >>> group.members, group.kind
    ((0, 1), 'variant')
    >>> [len(p.merged_from) for p in deduplicate(pubs)]
    [2, 0]

How it works, in linear time and memory: every record gets compact features once
(the folded title proper — without author-list tails, years, venue text and descriptors
such as "(Extended Abstract)" that a citation string leaves in the title field — rare
title words, author surnames, year, identifiers); records are
*blocked* on several keys (DOI, arXiv id, each of the rarest words of the title,
first author + year, and a sorted-title neighbourhood that also pairs a title with
its extension by a subtitle), blocks are capped (large
blocks are compared only within a sliding window), candidate pairs are pre-filtered
with rapidfuzz in C and scored in detail, and the accepted links are joined with a
union-find that refuses to join clusters that disagree (different DOIs, years,
parts, editions, notice types, titles or authors), so chains cannot glue different
works together.
"""

from __future__ import annotations

import html
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

import attrs
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from unidecode import unidecode

from .model import Kind, Person, Publication, Related, Source
from .progress import ProgressCallback, report

__all__ = [
    "DuplicateGroup",
    "Evidence",
    "deduplicate",
    "find_duplicates",
    "merge",
]

GroupKind = Literal["identical", "variant", "version"]

# ----------------------------------------------------------------------------- settings
# One set of defaults for every input (no tuning per data set).

#: Largest block compared all-pairs; larger blocks are compared within a window.
BLOCK_CAP = 40
#: Window (in records) used inside larger blocks and for the sorted-title pass.
WINDOW = 4
#: How many of a title's rarest words become blocking keys.
RARE_KEYS = 3
#: A rare title word on its own is a blocking key when it is this rare (or rarer).
RARE_BLOCK = 12
#: Pre-filter: token-set similarity (0-100) a candidate pair needs before scoring.
PREFILTER = 65.0
#: Pre-filter of the sorted-title pass (plain similarity, 0-100).
SN_PREFILTER = 85.0
#: Years further apart than this are different publications (e.g. a conference
#: paper and its journal extension years later).
YEAR_TOLERANCE = 1
#: Versions (preprint and published paper) may lie a little further apart.
VERSION_YEAR_TOLERANCE = 2
#: A short title (three words or fewer) found in records of this many different years is
#: a recurring title (a column, an editorial): it does not identify a publication.
RECURRING_YEARS = 3
#: Title similarity of a link strong enough to join two clusters of several records.
STRONG_TITLE = 0.95
#: Share of the shorter author list two records must have in common (surnames).
MIN_AUTHORS = 0.5

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "of",
        "on",
        "or",
        "the",
        "to",
        "via",
        "with",
        "its",
    ]
)
_VENUE_STOP = _STOPWORDS | frozenset(
    [
        "proc",
        "proceedings",
        "conference",
        "conf",
        "international",
        "intl",
        "annual",
        "annu",
        "journal",
        "j",
        "workshop",
        "symposium",
        "symp",
        "trans",
        "transactions",
        "acm",
        "ieee",
        "pp",
        "pages",
        "vol",
        "volume",
        "no",
    ]
)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_NON_ALPHA = re.compile(r"[^a-z]+")
#: Surname keys keep "?", the mark some sources leave for a letter they could not encode
#: ("?zsu" for "Özsu").
_NON_NAME = re.compile(r"[^a-z?]+")
_YEAR_IN_TEXT = re.compile(r"(?<![0-9])(1[6-9][0-9]{2}|20[0-9]{2})(?![0-9])")
_YEAR_LEAKED = re.compile(r"^\W*(1[6-9][0-9]{2}|20[0-9]{2})\b\W|\((1[6-9][0-9]{2}|20[0-9]{2})\)")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_ARXIV_PREFIX = re.compile(r"^(?:https?://arxiv\.org/(?:abs|pdf)/|arxiv:\s*)", re.IGNORECASE)
_ARXIV_VERSION = re.compile(r"v[0-9]+$")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$")
#: DOI prefixes of preprint servers (arXiv, bioRxiv/medRxiv, SSRN, OSF, Preprints.org,
#: TechRxiv, ChemRxiv, Research Square): a preprint DOI and a journal DOI of the same
#: work are versions, not a conflict.
_PREPRINT_DOI = (
    "10.48550/",
    "10.1101/",
    "10.2139/",
    "10.31219/",
    "10.31234/",
    "10.31235/",
    "10.31222/",
    "10.20944/",
    "10.36227/",
    "10.26434/",
    "10.21203/",
)

_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}
_ORDINAL = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
_PART = re.compile(r"\bpart\s+([0-9]+|[ivx]+|one|two|three|four|five)\b")
_VOLUME = re.compile(r"\bvol(?:ume|\.)?\s*([0-9]+|[ivx]+)\b")
_EDITION = re.compile(
    r"\b([0-9]+)(?:st|nd|rd|th)\s+(?:ed\b|edn\b|edition\b)"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+edition\b"
)
_NOTICE_START = re.compile(
    r"^\W*(?:(erratum|corrigendum|retraction|retracted|addendum|expression of concern)\b"
    r"|(correction|comments?|reply|response|rejoinder|discussion)\s*(?:to\b|on\b|of\b|:))"
)
_NOTICE_ANY = re.compile(r"\b(erratum|corrigendum|retraction note|retraction notice)\b")
_REVIEW = re.compile(r"\((?:book\s+)?review\)\s*\W*$|^\W*(?:book\s+)?review\s+of\b|\bbook review\b")
_TRIGGER = re.compile(
    r"part|vol|edition|\bed\b|edn|errat|corrig|retract|addend|concern|correction|comment"
    r"|reply|respon|rejoinder|discussion|review|tutorial|demo|panel|keynote"
)
#: Formats that are items of their own beside a paper of the same name.
_FORMAT = re.compile(r"\b(tutorial|demo|demonstration|panel|keynote)\b")
_FORMAT_NAMES = {"demonstration": "demo"}
_VENUE_PREPRINT = re.compile(
    r"\b(?:arxiv|corr|biorxiv|medrxiv|ssrn|preprints?|e-?prints?|openreview|research square)\b"
)
_VENUE_PROCEEDINGS = re.compile(
    r"\b(?:proc|proceedings|conference|conf|symposium|symp|sympos|workshops?|congress|meeting"
    r"|colloquium|convention)\b"
)
_VENUE_JOURNAL = re.compile(
    r"\b(?:journal|j|jour|trans|transactions|letters|lett|magazine|mag|bulletin|bull|quarterly"
    r"|annals|review|rev|record|newsletter|acta)\b"
)
#: Venue types: "" unknown, "p" proceedings (or any other non-journal venue), "j" journal,
#: "x" preprint.
_KIND_TYPE = {
    Kind.JOURNAL_ARTICLE: "j",
    Kind.CONFERENCE_PAPER: "p",
    Kind.PREPRINT: "x",
}
_NOTICE_NAMES = {
    "comment": "comment",
    "comments": "comment",
    "response": "reply",
    "rejoinder": "reply",
    "discussion": "comment",
    "retracted": "retraction",
    "retraction note": "retraction",
    "retraction notice": "retraction",
}


# ----------------------------------------------------------------------------- results


@attrs.frozen
class Evidence:
    """One line of the explanation of a :class:`DuplicateGroup`.

    ``aspect`` is one of ``identifiers``, ``title``, ``authors``, ``abstract``,
    ``year``, ``venue``; ``similarity`` is in [0, 1] (None where not comparable);
    ``detail`` says what matched in words.

        >>> str(Evidence("title", 1.0, "identical"))
        'title        100%  identical'
    """

    aspect: str
    similarity: float | None
    detail: str

    def __str__(self) -> str:
        pct = "   -" if self.similarity is None else f"{round(self.similarity * 100):>3}%"
        return f"{self.aspect:<12} {pct}  {self.detail}"


@attrs.frozen
class DuplicateGroup:
    """Records (indices into the input, ascending) that denote one publication.

    ``kind`` is ``"identical"`` (the same record again), ``"variant"`` (the same work
    recorded differently) or ``"version"`` (the same work under another title or at
    another stage). ``parts`` splits the members into same-record subgroups: one part
    for identical and variant groups, one per version for version groups.
    ``labels`` describe the members for people (same order as ``members``).

        >>> g = DuplicateGroup(members=(0, 2), kind="identical", score=1.0,
        ...                    evidence=(Evidence("title", 1.0, "identical"),),
        ...                    parts=((0, 2),), labels=("Title (2020)", "Title (2020)"))
        >>> print(g)
        identical (score 1.00): records 0, 2
          [0] Title (2020)
          [2] Title (2020)
          title        100%  identical
    """

    members: tuple[int, ...]
    kind: GroupKind
    score: float
    evidence: tuple[Evidence, ...]
    parts: tuple[tuple[int, ...], ...] = ()
    labels: tuple[str, ...] = ()

    def __str__(self) -> str:
        head = f"{self.kind} (score {self.score:.2f}): records {', '.join(map(str, self.members))}"
        lines = [head]
        part_of = {m: n for n, part in enumerate(self.parts, start=1) for m in part}
        for index, label in zip(self.members, self.labels, strict=False):
            tag = (
                f" (version {part_of[index]})"
                if self.kind == "version" and index in part_of
                else ""
            )
            lines.append(f"  [{index}] {label}{tag}")
        lines.extend(f"  {e}" for e in self.evidence)
        return "\n".join(lines)


# ----------------------------------------------------------------------------- features


def _fold(text: str) -> str:
    """ASCII-folded lower case."""
    return (text if text.isascii() else unidecode(text)).lower()


def _norm_title(title: str) -> str:
    if "&" in title and ";" in title:
        title = html.unescape(title)
    return " ".join(_NON_ALNUM.sub(" ", _fold(title)).split())


#: A title that opens with the tail of a citation's author list and its year:
#: "lee (1997). boosting the margin", "valiant [1987]. 'on the …'", "bart 1993. reasoning".
_LEADING_YEAR = re.compile(
    r"^[^.()\[\]]{0,40}?(?:[(\[](?:1[6-9][0-9]{2}|20[0-9]{2})[a-z]?[)\]][.,:]?"
    r"|\b(?:1[6-9][0-9]{2}|20[0-9]{2})\.)\s+"
)
#: A sentence break inside a title: a period after a word of two letters or more, then
#: a space ("… learnability. machine learning 5 197-227").
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2})\.['\"’”]?\s+(?=\S)")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$")
_OPEN_QUOTES = "'`\"‘“"
#: Descriptors that say what kind of item a record is, not what it is called: compared
#: titles leave them out ("(Extended Abstract)", "(Demo Abstract)", ": Panel Session").
_DESCRIPTOR = re.compile(
    r"[(\[]\s*(?:extended|demo|demonstration|panel|poster|short|invited)?\s*"
    r"(?:abstract|summary|version|description|session|talk|paper|preliminary version|demo"
    r"|demonstration|panel)\s*[)\]]"
    r"|[(\[]\s*preliminary (?:version|report|draft)\s*[)\]]"
    r"|[(\[]\s*book review\s*[)\]]"
    r"|[-:,.]\s*(?:extended abstract|demo(?:nstration)? (?:abstract|description)"
    r"|panel (?:abstract|session)|preliminary version|book review"
    r"|(?:guest\s+)?editor(?:'?s|s'?)?\s+(?:foreword|introduction|preface))\s*[.,]?\s*$",
    re.IGNORECASE,
)


_MAY_DESCRIBE = re.compile(r"[(\[:,]| - ")


def _citation_title(title: str) -> str:
    """The title proper of a title field that holds more of a citation string.

    A citation split wrongly leaves the end of the author list in front of the title
    ("warmuth (1996). on-line portfolio selection", "d.p. helmbold, and m.k. warmuth.
    on-line prediction") and the venue after it ("… learnability. machine learning 5
    197-227", "'rigorous learning curve bounds …' proceedings of colt-94,"); records
    also append descriptors ("(Extended Abstract)"). Only the title proper is compared;
    the record itself is not changed. Titles without such signs are returned as they are.
    """
    text = title.strip()
    if not text:
        return text
    if _MAY_DESCRIBE.search(text) and _DESCRIPTOR.search(text):
        cut = _DESCRIPTOR.sub(" ", text).strip()
        if len(_NON_ALNUM.sub(" ", _fold(cut)).split()) >= 2:
            text = cut
    if text[0] in _OPEN_QUOTES:
        text = _quoted(text)
    if "." not in text:
        return text
    m = _LEADING_YEAR.match(text)
    if m and _enough_words(text[m.end() :]):
        text = text[m.end() :].lstrip()
        if text and text[0] in _OPEN_QUOTES:
            text = _quoted(text)
    breaks = list(_SENTENCE_BREAK.finditer(text))
    if not breaks:
        return text
    first = breaks[0]
    head = text[: first.start()]
    if _names_only(head) and _enough_words(text[first.end() :]):
        text = text[first.end() :]
        breaks = list(_SENTENCE_BREAK.finditer(text))
        if not breaks:
            return text
        first = breaks[0]
        head = text[: first.start()]
    if _enough_words(head):
        return head
    return text


def _quoted(text: str) -> str:
    """The quoted part of a title that opens with a quote and goes on after it."""
    close = {"'": "'’", "`": "'’", '"': '"”', "‘": "’'", "“": '”"'}[text[0]]
    for k in range(1, len(text)):
        ch = text[k]
        if ch in close and text[k - 1] != " " and (k + 1 == len(text) or not text[k + 1].isalnum()):
            inner = text[1:k]
            if _enough_words(inner) and text[k + 1 :].strip(" ,.;:'`\"’”"):
                return inner
            return text
    return text


def _enough_words(text: str) -> bool:
    """At least three content words: enough to stand for a title."""
    words = _NON_ALNUM.sub(" ", _fold(text)).split()
    return sum(1 for w in words if w not in _STOPWORDS and len(w) > 1) >= 3


def _names_only(text: str) -> bool:
    """``text`` reads as the end of an author list: initials and surnames ("d.p.
    helmbold, and m.k. warmuth", "and w.s. lee"), at least one initial."""
    initials = words = 0
    for token in text.replace(",", " ").replace("&", " and ").split():
        if token == "and":
            continue
        if _INITIALS.match(token):
            initials += 1
        elif token.isalpha() or (token.replace("-", "").isalpha() and "-" in token):
            words += 1
        else:
            return False
    return initials >= 1 and words <= initials + 1 and words >= 1


def _norm_doi(doi: str | None) -> str:
    if not doi:
        return ""
    return _DOI_PREFIX.sub("", doi.strip()).strip().lower()


def _norm_arxiv(value: str | None) -> str:
    if not value:
        return ""
    text = _ARXIV_PREFIX.sub("", value.strip()).strip().lower()
    return _ARXIV_VERSION.sub("", text)


def _is_preprint_doi(doi: str) -> bool:
    return doi.startswith(_PREPRINT_DOI)


def _markers(title: str, kind: Kind) -> str:
    """Part/volume/edition and notice markers of a title: a short comparable string."""
    low = _fold(title)
    if kind != Kind.BOOK_REVIEW and not _TRIGGER.search(low):
        return ""
    out: list[str] = []
    if "part" in low:
        for m in _PART.finditer(low):
            out.append("part " + _number(m.group(1)))
    if "vol" in low:
        for m in _VOLUME.finditer(low):
            out.append("volume " + _number(m.group(1)))
    if " ed" in low:
        for m in _EDITION.finditer(low):
            out.append("edition " + _number(m.group(1) or m.group(2)))
    if "tutorial" in low or "demo" in low or "panel" in low or "keynote" in low:
        for m0 in _FORMAT.finditer(low):
            out.append("format " + _FORMAT_NAMES.get(m0.group(1), m0.group(1)))
    notice = ""
    start = _NOTICE_START.search(low)
    if start:
        notice = start.group(1) or start.group(2)
    else:
        m2 = _NOTICE_ANY.search(low)
        if m2:
            notice = m2.group(1)
        elif kind == Kind.BOOK_REVIEW or ("review" in low and _REVIEW.search(low)):
            notice = "review"
    if notice:
        out.append("notice " + _NOTICE_NAMES.get(notice, notice))
    return "; ".join(out)


def _number(text: str) -> str:
    if text.isdigit():
        return str(int(text))
    return str(_ROMAN.get(text, _ORDINAL.get(text, text)))


_FAMILY_CACHE: dict[tuple[str, str, str], str] = {}


def _family(person: Person) -> str:
    key = (person.family, person.particle, person.literal)
    found = _FAMILY_CACHE.get(key)
    if found is None:
        name = person.family or person.literal
        found = _NON_NAME.sub("", _fold(name))
        if not found.strip("?"):
            found = ""
        if not found and person.given:
            found = _NON_ALPHA.sub("", _fold(person.given.split()[-1]))
        if len(_FAMILY_CACHE) > 500_000:
            _FAMILY_CACHE.clear()
        _FAMILY_CACHE[key] = found
    return found


#: Words that make an author an organisation ("CORPORATE National Technical Univ. of
#: Athens", "The ALICE Collaboration"): a list of organisations only is not compared
#: with people's names (a group's report and its members' names are the same record).
_ORGANISATION_WORDS = frozenset(
    [
        "university",
        "univ",
        "universitat",
        "universite",
        "universidad",
        "institute",
        "institut",
        "corporate",
        "corporation",
        "laboratory",
        "laboratories",
        "committee",
        "consortium",
        "collaboration",
        "association",
        "society",
        "council",
        "department",
        "organization",
        "organisation",
        "group",
        "foundation",
        "agency",
    ]
)


def _is_organisation(person: Person) -> bool:
    if not person.literal and person.given.count(" ") < 2:
        return False  # (a person's given names, not an organisation's long name)
    text = " ".join((person.literal, person.given, person.family))
    return not _ORGANISATION_WORDS.isdisjoint(_NON_ALPHA.sub(" ", _fold(text)).split())


_VENUE_CACHE: dict[str, str] = {}


def _venue_type(pub: Publication) -> str:
    found = _KIND_TYPE.get(pub.kind)
    if found is not None:
        return found
    venue = pub.venue
    if not venue:
        return ""
    found = _VENUE_CACHE.get(venue)
    if found is None:
        low = _fold(venue)
        if _VENUE_PREPRINT.search(low):
            found = "x"
        elif _VENUE_PROCEEDINGS.search(low):
            found = "p"
        elif _VENUE_JOURNAL.search(low):
            found = "j"
        else:
            found = "p" if any(c.isalnum() for c in low) else ""
        if len(_VENUE_CACHE) > 100_000:
            _VENUE_CACHE.clear()
        _VENUE_CACHE[venue] = found
    return found


def _year_of(pub: Publication) -> int | None:
    if pub.year is not None:
        return pub.year
    for text in (pub.venue, pub.volume, pub.pages, pub.extra.get("year")):
        if text:
            m = _YEAR_IN_TEXT.search(text)
            if m:
                return int(m.group(1))
    # a citation string split wrongly leaves the year in the title: "(1995). Title" or
    # "1993 Title" (a year inside a title, "Windows 2000 ...", is not taken)
    m = _YEAR_LEAKED.search(pub.title[:60])
    if m:
        return int(m.group(1) or m.group(2))
    return None


class _Features:
    """Compact per-record features, computed once (parallel lists, no per-record objects)."""

    __slots__ = (
        "arxiv",
        "doi",
        "fams",
        "markers",
        "n",
        "order",
        "pubs",
        "recurring",
        "title",
        "venue",
        "words",
        "year",
    )

    def __init__(self, pubs: Sequence[Publication], progress: ProgressCallback | None) -> None:
        self.pubs = pubs
        self.n = n = len(pubs)
        self.title: list[str] = [""] * n
        self.year: list[int | None] = [None] * n
        self.fams: list[tuple[str, ...]] = [()] * n
        self.doi: list[str] = [""] * n
        self.arxiv: list[str] = [""] * n
        self.markers: list[str] = [""] * n
        self.venue: list[str] = [""] * n
        self.words: dict[int, list[set[str]]] = {}
        intern: dict[str, str] = {}
        fams_intern: dict[tuple[str, ...], tuple[str, ...]] = {}
        step = max(1, n // 20)
        for i, pub in enumerate(pubs):
            self.title[i] = _norm_title(_citation_title(pub.title))
            self.year[i] = _year_of(pub)
            if pub.authors and not all(map(_is_organisation, pub.authors)):
                fams = tuple(intern.setdefault(f, f) for f in map(_family, pub.authors) if f)
                self.fams[i] = fams_intern.setdefault(fams, fams)
            doi = _norm_doi(pub.doi)
            arxiv = _norm_arxiv(pub.arxiv_id)
            if doi:
                m = _ARXIV_DOI.match(doi)
                if m and not arxiv:
                    arxiv = _ARXIV_VERSION.sub("", m.group(1))
            self.doi[i] = doi
            self.arxiv[i] = arxiv
            self.markers[i] = _markers(pub.title, pub.kind)
            self.venue[i] = _venue_type(pub)
            if i % step == 0:
                report(progress, "dedup:features", i, n)
        # records sorted by title (for the sorted-neighbourhood pass), and titles that
        # recur over many years (columns, editorials: "Editor's notes")
        self.order = order = sorted(range(n), key=self.title.__getitem__)
        self.recurring: set[str] = set()
        run_start = 0
        for k in range(1, n + 1):
            if k == n or self.title[order[k]] != self.title[order[run_start]]:
                title = self.title[order[run_start]]
                count = k - run_start
                if count >= RECURRING_YEARS and len(_content_words(title)) <= 3:
                    years = {self.year[order[x]] for x in range(run_start, k)}
                    years.discard(None)
                    if len(years) >= RECURRING_YEARS or len(_content_words(title)) <= 1:
                        self.recurring.add(title)
                run_start = k
        report(progress, "dedup:features", n, n)


# ----------------------------------------------------------------------------- blocking


def _blocks(feats: _Features) -> Iterator[list[int]]:
    """Blocks of record indices sharing a key (each block has at least two records).

    Keys: the DOI, the arXiv id, and pairs of the title's rarest words (a copy with a
    typo in one of them still shares a pair). Keys are hashed to integers and grouped by
    sorting, so memory stays a few machine words per record and key.
    """
    n = feats.n
    titles = feats.title
    # each entry packs (hash of the key, record index) into one integer, so grouping is a
    # plain integer sort (a rare hash collision only adds a candidate pair)
    shift = max(1, n.bit_length())
    mask = (1 << (62 - shift)) - 1
    packed: array[int] = array("q")
    add = packed.append
    for i in range(n):
        if feats.doi[i]:
            add(((hash("d" + feats.doi[i]) & mask) << shift) | i)
        if feats.arxiv[i]:
            add(((hash("a" + feats.arxiv[i]) & mask) << shift) | i)

    # rare title words: document frequency first, then each record's rarest words
    # first author and year: titles mangled beyond their rare words (junk around them)
    for i in range(n):
        fams, year = feats.fams[i], feats.year[i]
        if fams and year is not None:
            add(((hash(f"{fams[0]}|{year}") & mask) << shift) | i)

    df: Counter[str] = Counter()
    for t in titles:
        df.update({w for w in t.split() if w not in _STOPWORDS})
    for i, t in enumerate(titles):
        words = sorted({w for w in t.split() if w not in _STOPWORDS and df[w] > 1})
        if not words:
            continue
        if len(words) > RARE_KEYS:
            words.sort(key=df.__getitem__)
            del words[RARE_KEYS:]
        fams = feats.fams[i]
        if fams:
            # first author and a rare word: versions under another title, mangled titles
            first = fams[0] + "|"
            for w in words:
                add(((hash(first + w) & mask) << shift) | i)
        for w in words[:2]:
            if len(words) == 1 or df[w] <= RARE_BLOCK:
                add(((hash(w) & mask) << shift) | i)
        if len(words) == 1:
            continue
        for a in range(len(words)):
            for b in range(a + 1, len(words)):
                wa, wb = words[a], words[b]
                add(((hash(wa + " " + wb if wa < wb else wb + " " + wa) & mask) << shift) | i)
    del df

    entries = sorted(packed)
    del packed
    low = (1 << shift) - 1
    total = len(entries)
    start = 0
    while start < total:
        key = entries[start] >> shift
        end = start + 1
        while end < total and entries[end] >> shift == key:
            end += 1
        if end - start > 1:
            block = sorted({entries[k] & low for k in range(start, end)})
            if len(block) > 1:
                yield block
        start = end


def _candidate_pairs(
    feats: _Features, progress: ProgressCallback | None
) -> Iterator[tuple[int, int, float]]:
    """Candidate pairs (i < j) that pass the cheap title pre-filter, each once."""
    titles = feats.title
    seen: set[int] = set()
    n = feats.n
    done = 0
    scorer = fuzz.token_sort_ratio
    for block in _blocks(feats):
        done += 1
        if done % 4096 == 0:
            report(progress, "dedup:compare", done, None)
        size = len(block)
        if size == 2:
            i, j = block
            score = scorer(_content_key(titles[i]), _content_key(titles[j]))
            if score >= PREFILTER:
                code = i * n + j
                if code not in seen:
                    seen.add(code)
                    yield i, j, score
            continue
        if size > BLOCK_CAP:
            block = sorted(block, key=titles.__getitem__)
            windowed = True
        else:
            windowed = False
        block_titles = [_content_key(titles[i]) for i in block]
        for p in range(size - 1):
            end = min(size, p + 1 + WINDOW) if windowed else size
            i = block[p]
            for _choice, score, q in process.extract(
                block_titles[p],
                block_titles[p + 1 : end],
                scorer=scorer,
                score_cutoff=PREFILTER,
                limit=None,
            ):
                j = block[p + 1 + q]
                a, b = (i, j) if i < j else (j, i)
                code = a * n + b
                if code not in seen:
                    seen.add(code)
                    yield a, b, score
    report(progress, "dedup:compare", done, done)

    # sorted-title neighbourhood: typos in the rare words themselves
    order = feats.order
    ratio = fuzz.ratio
    for k in range(n - 1):
        i = order[k]
        ti = titles[i]
        for m in range(k + 1, min(n, k + 1 + WINDOW)):
            j = order[m]
            tj = titles[j]
            score = ratio(ti, tj, score_cutoff=SN_PREFILTER)
            if (
                not score
                and len(tj) > len(ti)
                and tj[len(ti)] == " "
                and tj.startswith(ti)
                and len(_content_words(ti)) >= 3
            ):
                # one title extends the other (a subtitle, a report's description, venue
                # text left in the title): sorted next to it, and worth a comparison
                # when the shorter title is substantial
                score = SN_PREFILTER
            if score:
                a, b = (i, j) if i < j else (j, i)
                code = a * n + b
                if code not in seen:
                    seen.add(code)
                    yield a, b, score


# ----------------------------------------------------------------------------- comparison


def _content_words(title: str) -> set[str]:
    return {w for w in title.split() if w not in _STOPWORDS and len(w) > 1}


def _content_key(title: str) -> str:
    """The title's content words, in order (the pre-filter compares these)."""
    return " ".join([w for w in title.split() if w not in _STOPWORDS and len(w) > 1]) or title


def _content_sequence(title: str) -> list[str]:
    return [w for w in title.split() if w not in _STOPWORDS and len(w) > 1]


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _title_similarity(ta: str, tb: str, token_set: float | None = None) -> float:
    """Similarity of two normalised titles in [0, 1], robust to spacing, word order and
    to junk around the title (when the shorter title is itself substantial)."""
    if ta == tb:
        return 1.0 if ta else 0.0
    if not ta or not tb:
        return 0.0
    ca, cb = ta.replace(" ", ""), tb.replace(" ", "")
    if ca == cb:
        return 0.99
    best = max(fuzz.ratio(ca, cb), fuzz.token_sort_ratio(ta, tb))
    if best < 97:
        if token_set is None:
            token_set = fuzz.token_set_ratio(ta, tb)
        if token_set > best:
            # one title inside the other (junk around it, a subtitle dropped): trusted
            # only when the shorter title is substantial and wholly contained
            wa, wb = _content_words(ta), _content_words(tb)
            short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
            if short and short <= long_:
                coverage = len(short) / len(long_)
                if len(short) >= 4 or (len(short) >= 2 and coverage >= 0.6):
                    best = max(best, token_set * (0.85 + 0.15 * coverage))
    return best / 100.0


def _lost_letters_match(marked: str, other: str) -> bool:
    """``marked`` with each "?" standing for one or two lost letters ("?zsu", "dessloch"
    from "Deßloch") spells ``other``."""
    if "?" in other:
        return marked.replace("?", "") == other.replace("?", "")
    pieces = marked.split("?")
    lost = len(pieces) - 1
    known = len(marked) - lost
    if known < 3 or not lost <= len(other) - known <= 2 * lost:
        return False
    if not other.startswith(pieces[0]) or not other.endswith(pieces[-1]):
        return False
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        found = other.find(piece, at + 1)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _surname_match(a: str, b: str) -> bool:
    """Equal surnames, or one typo apart (same initial; three letters or more)."""
    if a == b:
        return True
    if "?" in a or "?" in b:
        return _lost_letters_match(a, b) if "?" in a else _lost_letters_match(b, a)
    if len(a) < 3 or len(b) < 3 or a[0] != b[0]:
        return False
    if min(len(a), len(b)) < 5:
        return Levenshtein.distance(a, b, score_cutoff=1) <= 1
    return fuzz.ratio(a, b) >= 80


def _author_similarity(fa: tuple[str, ...], fb: tuple[str, ...]) -> float | None:
    """Overlap coefficient of surname lists (fuzzy on typos); None if either is empty."""
    if not fa or not fb:
        return None
    if fa == fb:
        return 1.0
    sa, sb = set(fa), set(fb)
    small, large = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    hits = 0
    for name in small:
        if name in large or any(_surname_match(name, other) for other in large):
            hits += 1
    return hits / len(small)


def _name_words(feats: _Features, i: int) -> list[set[str]]:
    """Each author's name words (3+ letters), for lists whose names were split oddly."""
    found = feats.words.get(i)
    if found is not None:
        return found
    out = []
    for person in feats.pubs[i].authors:
        text = " ".join((person.given, person.particle, person.family, person.literal))
        if "&" in text:
            text = html.unescape(text)
        words = {w for w in _NON_ALPHA.sub(" ", _fold(text)).split() if len(w) >= 3}
        if words:
            out.append(words)
    feats.words[i] = out
    return out


def _people_similarity(feats: _Features, i: int, j: int) -> float | None:
    """Share of the shorter author list whose people share a name word with someone in
    the other list (robust to given and family names swapped or split wrongly)."""
    wa, wb = _name_words(feats, i), _name_words(feats, j)
    if not wa or not wb:
        return None
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    pool = set().union(*large)
    return sum(1 for words in small if words & pool) / len(small)


def _authors_agree(feats: _Features, i: int, j: int) -> float | None:
    """Author similarity of two records: surnames first, name words as a fallback."""
    sim = _author_similarity(feats.fams[i], feats.fams[j])
    if sim is not None and sim < MIN_AUTHORS:
        other = _people_similarity(feats, i, j)
        if other is not None:
            sim = max(sim, 0.9 * other)
    return sim


def _abstract_key(pub: Publication) -> str:
    if not pub.abstract:
        return ""
    text = _fold(pub.abstract)
    cut = text.find("(see more)")
    if cut >= 0:
        text = text[:cut]
    return " ".join(_NON_ALNUM.sub(" ", text).split())[:400]


def _abstract_similarity(a: Publication, b: Publication) -> float | None:
    ka, kb = _abstract_key(a), _abstract_key(b)
    if len(ka) < 40 or len(kb) < 40:
        return None
    m = min(len(ka), len(kb))
    return fuzz.ratio(ka[:m], kb[:m]) / 100.0


_MATCH = 1
_VERSION = 2
_AMBIGUOUS = 3  # a match under a title that does not identify the work: kept if unique


def _veto(
    feats: _Features,
    i: int,
    j: int,
    tolerance: int,
    versions: bool,
    asim: float | Literal[False] | None = False,
) -> bool:
    """True when two records cannot be the same publication (nor, with ``versions``,
    versions of one work), whatever else they share."""
    mi, mj = feats.markers[i], feats.markers[j]
    if mi != mj and not _marker_missing(feats, i, j):
        return True  # part / edition / volume / erratum / reply / review differ
    fi, fj = feats.fams[i], feats.fams[j]
    if fi and fj and fi != fj:
        sim = _authors_agree(feats, i, j) if asim is False else asim
        if sim is not None and sim < MIN_AUTHORS:
            return True  # (nearly) disjoint authors
    if _venue_conflict(feats.venue[i], feats.venue[j]):
        return True  # a journal article is not the conference paper of the same title
    if feats.venue[i] == feats.venue[j] == "p" and _venue_names_differ(
        feats.pubs[i].venue, feats.pubs[j].venue
    ):
        return True  # "SIGMOD" and "VLDB": two conferences, two papers
    yi, yj = feats.year[i], feats.year[j]
    if yi is not None and yj is not None and yi != yj:
        gap = abs(yi - yj)
        if gap > tolerance:
            return True
        if gap > YEAR_TOLERANCE and not _stage_differs(feats, i, j):
            return True  # only a preprint may precede its publication by more
        ti, tj = feats.title[i], feats.title[j]
        if _short_title(ti) or _short_title(tj):
            return True  # "Chair's message" of another year
        if not versions and _venues_apart(feats.pubs[i], feats.pubs[j]):
            return True  # another year in another venue: another publication
    di, dj = feats.doi[i], feats.doi[j]
    return bool(di and dj and di != dj and not versions)


_VENUE_WORDS: dict[str, frozenset[str]] = {}


def _venue_words(venue: str) -> frozenset[str]:
    found = _VENUE_WORDS.get(venue)
    if found is None:
        found = frozenset(
            w
            for w in _NON_ALNUM.sub(" ", _fold(venue)).split()
            if w not in _VENUE_STOP and not w.isdigit()
        )
        if len(_VENUE_WORDS) > 100_000:
            _VENUE_WORDS.clear()
        _VENUE_WORDS[venue] = found
    return found


def _venue_similarity(a: str | None, b: str | None) -> float:
    """Share of the smaller venue's words found in the other venue (0 when either is
    missing): a tie-breaker, never a reason to match or to refuse."""
    if not a or not b:
        return 0.0
    wa, wb = _venue_words(a), _venue_words(b)
    if not wa or not wb:
        return 0.0
    return _shared_venue_words(wa, wb) / min(len(wa), len(wb))


def _shared_venue_words(wa: frozenset[str], wb: frozenset[str]) -> int:
    """Words of the smaller venue found in the other, an abbreviation matching the word
    it cuts short ("inform. comput." and "information and computation")."""
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    hits = 0
    for w in small:
        if w in large or (
            len(w) >= 3 and any(len(v) >= 3 and (v.startswith(w) or w.startswith(v)) for v in large)
        ):
            hits += 1
    return hits


def _venue_names_differ(a: str | None, b: str | None) -> bool:
    """Both venues are one name each ("SIGMOD Conference", "VLDB", "STOC '93") and the
    names have little in common: two different conferences. ("NIPS" and "NeurIPS", or
    "COLT" and "EuroCOLT", are too alike to tell apart.)"""
    if not a or not b or a == b:
        return False
    wa, wb = _venue_words(a), _venue_words(b)
    if len(wa) != 1 or len(wb) != 1 or wa == wb:
        return False
    (na,), (nb,) = wa, wb
    if len(na) < 3 or len(nb) < 3 or na in nb or nb in na:
        return False
    return fuzz.ratio(na, nb) <= 50


def _venues_apart(a: Publication, b: Publication) -> bool:
    """Both records name a venue and the venues share no word (beyond "proceedings",
    "journal" and the like)."""
    if not a.venue or not b.venue:
        return False
    wa, wb = _venue_words(a.venue), _venue_words(b.venue)
    return bool(wa) and bool(wb) and not (wa & wb) and not _shared_venue_words(wa, wb)


def _venue_conflict(a: str, b: str) -> bool:
    return a != b and "j" in (a, b) and "x" not in (a, b) and "" not in (a, b)


_FIRST_NUMBER = re.compile(r"[0-9]+")


def _same_pages(a: Publication, b: Publication) -> bool:
    if not a.pages or not b.pages:
        return False
    ma, mb = _FIRST_NUMBER.search(a.pages), _FIRST_NUMBER.search(b.pages)
    return bool(ma and mb and ma.group(0) == mb.group(0))


def _stage_differs(feats: _Features, i: int, j: int) -> bool:
    """One record is a preprint (by venue, kind, preprint DOI or arXiv id) and the other
    a publication."""
    return _is_preprint(feats, i) != _is_preprint(feats, j)


def _is_preprint(feats: _Features, i: int) -> bool:
    if feats.venue[i] == "x":
        return True
    if feats.doi[i]:
        return _is_preprint_doi(feats.doi[i])
    return bool(feats.arxiv[i]) and feats.venue[i] == ""


def _listed_twice(a: Publication, b: Publication) -> bool:
    """Two records of one file, alike in every field: a listing that shows a recurring
    column ("Chair's message", 1997) twice shows two issues of it, not one record twice.
    (Records from different files, or written differently, may still be one.)"""
    if not a.provenance or not b.provenance:
        return False
    sa, sb = a.provenance[0], b.provenance[0]
    if (sa.origin, sa.path, sa.snapshot) != (sb.origin, sb.path, sb.snapshot) or sa.path is None:
        return False
    return _signature(a) == _signature(b)


def _short_title(title: str) -> bool:
    return len(_content_words(title)) <= 3


def _marker_missing(feats: _Features, i: int, j: int) -> bool:
    """Markers that differ only because one record left one out.

    A review marked as such in one record only, by the same people in both: the
    unmarked record is the review too (a book's authors do not review it). A tutorial,
    demo or panel marked in one record only, by the same people (every name matched,
    typos and lost letters allowed): the same item (a tutorial by other people, or the
    paper beside it, has another list).
    """
    mi, mj = feats.markers[i], feats.markers[j]
    if mi and mj:
        return False
    mark = mi or mj
    if mark == "notice review":
        sim = _authors_agree(feats, i, j)
        return sim is not None and sim >= MIN_AUTHORS
    if mark.startswith("format ") and ";" not in mark:
        fi, fj = feats.fams[i], feats.fams[j]
        return len(fi) >= 1 and len(fi) == len(fj) and _author_similarity(fi, fj) == 1.0
    return False


def _compare(
    feats: _Features, i: int, j: int, token_set: float | None = None
) -> tuple[int, float] | None:
    """Decide one candidate pair: (_MATCH or _VERSION, score) or None."""
    ti, tj = feats.title[i], feats.title[j]
    tsim = _title_similarity(ti, tj, token_set)
    di, dj = feats.doi[i], feats.doi[j]
    same_id = bool(di and di == dj) or bool(feats.arxiv[i] and feats.arxiv[i] == feats.arxiv[j])
    pubs = feats.pubs
    if tsim < 0.45 and not same_id and not (pubs[i].abstract and pubs[j].abstract):
        return None  # titles apart and nothing else to compare: not worth the rest
    fams_i, fams_j = feats.fams[i], feats.fams[j]
    # names split oddly are worth a second look only where the titles agree
    asim = (
        _authors_agree(feats, i, j)
        if tsim >= 0.8 or same_id
        else _author_similarity(fams_i, fams_j)
    )
    if _veto(feats, i, j, VERSION_YEAR_TOLERANCE, True, asim):
        return None
    yi, yj = feats.year[i], feats.year[j]
    gap = abs(yi - yj) if yi is not None and yj is not None else None
    doi_conflict = bool(di and dj and di != dj)
    vi, vj = feats.venue[i], feats.venue[j]
    stage_differs = vi != vj and "x" in (vi, vj) and "" not in (vi, vj)
    year_ok = gap is None or gap <= YEAR_TOLERANCE

    ambiguous = False
    if ti in feats.recurring or tj in feats.recurring:
        # "Editor's notes", "Reminiscences on influential papers": the title does not
        # identify the work; an identifier, the pages or the abstract can, or else the
        # match must be unambiguous (decided after all pairs are seen)
        absim0 = _abstract_similarity(feats.pubs[i], feats.pubs[j])
        if gap != 0 and not same_id:
            return None
        ambiguous = not (
            same_id or _same_pages(feats.pubs[i], feats.pubs[j]) or (absim0 or 0) >= 0.8
        )
        if ambiguous and _listed_twice(pubs[i], pubs[j]):
            return None  # one listing names the column twice: two of its issues

    # the same record, recorded differently
    if not doi_conflict and year_ok and not stage_differs and not _venue_conflict(vi, vj):
        if same_id and tsim >= 0.6:
            return _MATCH, 0.9 + 0.1 * tsim
        if asim is None or asim >= 0.5:
            a = 0.5 if asim is None else asim
            if tsim >= 0.97 or (tsim >= 0.9 and asim is not None) or (tsim >= 0.85 and a >= 0.8):
                bonus = 0.0 if gap is None else (0.05 if gap == 0 else -0.05)
                # the score orders the links (best first): a record that fits two
                # clusters equally well by title and authors joins the one whose venue
                # it shares
                vsim = _venue_similarity(pubs[i].venue, pubs[j].venue)
                # a marker left out by one record ("(Panel)") is a weaker link: records
                # that agree on it join first, so a paper and its demo stay apart
                if feats.markers[i] != feats.markers[j]:
                    bonus -= 0.2
                return (_AMBIGUOUS if ambiguous else _MATCH), (
                    0.75 * tsim + 0.2 * a + bonus + 0.05 * vsim
                )
    if ambiguous:
        return None

    # another version of the same work: shared authors and a shared subject
    if asim is None or asim < 0.5 or (fams_i[0] != fams_j[0] and asim < 0.75):
        return None
    absim = _abstract_similarity(pubs[i], pubs[j])
    if absim is not None and absim < 0.35:
        return None
    wi, wj = _content_words(ti), _content_words(tj)
    shared = len(wi & wj)
    overlap = shared / max(1, min(len(wi), len(wj)))
    prefix = _common_prefix(_content_sequence(ti), _content_sequence(tj))
    if (
        (absim is not None and absim >= 0.6 and overlap >= 0.3)
        or (
            prefix >= 3
            and prefix >= 0.6 * min(len(wi), len(wj))
            and asim >= 0.75
            and fams_i[0] == fams_j[0]
        )
        or (tsim >= 0.9 and asim >= 0.75 and (doi_conflict or stage_differs))
    ):
        return _VERSION, 0.4 * tsim + 0.3 * asim + 0.3 * (absim if absim is not None else overlap)
    return None


# ----------------------------------------------------------------------------- clustering


class _Clusters:
    """Union-find over record indices that refuses to join clusters when any pair across
    them is vetoed (complete linkage on vetoes), so chains cannot glue different works."""

    #: Above this many cross pairs, only a sample of each cluster is checked.
    CHECK_LIMIT = 64

    def __init__(self, feats: _Features, *, tolerance: int, versions: bool) -> None:
        self.feats = feats
        self.tolerance = tolerance
        self.versions = versions
        self.parent: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int, *, strong: bool = True) -> bool:
        """Join the clusters of ``a`` and ``b`` unless a pair across them is vetoed; two
        clusters of several records each are joined only by a ``strong`` link (two
        similar-looking works, each recorded twice, stay apart)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma = self.members.get(ra) or [ra]
        mb = self.members.get(rb) or [rb]
        if not strong and len(ma) > 1 and len(mb) > 1:
            return False
        feats, tol, versions = self.feats, self.tolerance, self.versions
        if len(ma) > 1 and len(mb) > 1 and _markers_split(feats.markers, ma, mb):
            return False
        sa = ma if len(ma) <= self.CHECK_LIMIT else ma[: self.CHECK_LIMIT]
        sb = mb if len(mb) <= self.CHECK_LIMIT else mb[: self.CHECK_LIMIT]
        for x in sa:
            for y in sb:
                if _veto(feats, x, y, tol, versions):
                    return False
        if (
            len(ma) + len(mb) > 2
            and not versions
            and _title_similarity(feats.title[ma[0]], feats.title[mb[0]]) < 0.7
        ):
            return False  # chain guard: the clusters' first records must still look alike
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        self.parent.setdefault(ra, ra)
        merged = ma if ra in self.members else list(ma)
        merged.extend(mb)
        self.members[ra] = merged
        self.members.pop(rb, None)
        return True

    def groups(self) -> dict[int, list[int]]:
        return {r: sorted(m) for r, m in self.members.items() if len(m) > 1}


def _markers_split(markers: list[str], ma: list[int], mb: list[int]) -> bool:
    """Two clusters whose records agree, each among themselves, on different markers
    ("(Demo)" in every record of one, in none of the other): two items of one name (a
    paper and the demo of its system), not a marker left out by one record."""
    first_a, first_b = markers[ma[0]], markers[mb[0]]
    if first_a == first_b:
        return False
    return all(markers[x] == first_a for x in ma) and all(markers[y] == first_b for y in mb)


# ----------------------------------------------------------------------------- public API


def find_duplicates(
    pubs: Sequence[Publication], *, progress: ProgressCallback | None = None
) -> list[DuplicateGroup]:
    """Find groups of records that denote the same publication.

    Returns groups of two or more indices (ascending; every index in at most one
    group), ordered by their first member, each with its ``kind``, ``score`` and
    readable ``evidence``. Vetoes: different DOIs (unless versions), "Part I" vs
    "Part II", other edition or volume, errata, corrigenda, replies, comments,
    retractions and reviews of a work, records years apart, the same title at two
    differently named conferences, and the same title by disjoint authors. Progress goes to ``progress(stage, done, total)``.

        >>> from pubrecords import Publication, Person
        >>> bo = Person(given="Bo", family="Yang")
        >>> pubs = [Publication(title="On Graphs, Part I", authors=(bo,)),
        ...         Publication(title="On Graphs, Part II", authors=(bo,))]
        >>> find_duplicates(pubs)
        []
    """
    pubs = list(pubs)
    feats = _Features(pubs, progress)
    edges: list[tuple[float, int, int, int]] = []
    for i, j, _pre in _candidate_pairs(feats, progress):
        decided = _compare(feats, i, j)
        if decided is not None:
            edges.append((decided[1], i, j, decided[0]))
    # a match under a recurring title counts only where neither record has another one
    partners = Counter(x for e in edges if e[3] == _AMBIGUOUS for x in e[1:3])
    if partners:
        edges = [
            (e[0], e[1], e[2], _MATCH) if e[3] == _AMBIGUOUS else e
            for e in edges
            if e[3] != _AMBIGUOUS or (partners[e[1]] == 1 and partners[e[2]] == 1)
        ]
    report(progress, "dedup:cluster", 0, len(edges))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))

    same = _Clusters(feats, tolerance=YEAR_TOLERANCE, versions=False)
    for _score, i, j, kind in edges:
        if kind == _MATCH:
            same.union(
                i, j, strong=_title_similarity(feats.title[i], feats.title[j]) >= STRONG_TITLE
            )
    parts = same.groups()
    root_of = {m: r for r, members in parts.items() for m in members}

    versions = _Clusters(feats, tolerance=VERSION_YEAR_TOLERANCE, versions=True)
    version_edges = 0
    for _score, i, j, kind in edges:
        ri, rj = root_of.get(i, i), root_of.get(j, j)
        if kind == _VERSION and ri != rj and versions.union(ri, rj):
            version_edges += 1
    linked = versions.groups() if version_edges else {}
    report(progress, "dedup:cluster", len(edges), len(edges))

    groups: list[DuplicateGroup] = []
    in_version: set[int] = set()
    for roots in linked.values():
        group_parts = [tuple(parts.get(r, [r])) for r in roots]
        group_parts.sort()
        in_version.update(roots)
        groups.append(_describe(pubs, feats, tuple(group_parts), "version"))
    for root, members in parts.items():
        if root in in_version:
            continue
        groups.append(_describe(pubs, feats, (tuple(members),), None))
    groups.sort(key=lambda g: g.members)
    return groups


def merge(pubs: Sequence[Publication]) -> Publication:
    """Merge records of one publication into one, choosing the best of every field.

    The title most records agree on (preferring proper case and accents), the fullest
    author list in order with the best spelling of each name, the longest complete
    abstract, the most common (most precise) year, united identifiers and repairs;
    ``merged_from`` holds the source records and ``provenance`` the union of theirs.
    A single record is returned unchanged.

        >>> from pubrecords import Publication, Person, Source
        >>> a = Publication(title="deep nets", authors=(Person(given="J.", family="Doe"),),
        ...                 provenance=(Source("table", row=1),))
        >>> b = Publication(title="Deep Nets", year=2020,
        ...                 authors=(Person(given="Jane", family="Doe"),),
        ...                 provenance=(Source("table", row=2),))
        >>> m = merge([a, b])
        >>> m.title, m.year, str(m.authors[0]), len(m.provenance), len(m.merged_from)
        ('Deep Nets', 2020, 'Jane Doe', 2, 2)
    """
    pubs = list(pubs)
    if not pubs:
        raise ValueError("merge() needs at least one record")
    if len(pubs) == 1:
        return pubs[0]
    return _merge(pubs)


def deduplicate(
    pubs: Sequence[Publication],
    *,
    progress: ProgressCallback | None = None,
    groups: Sequence[DuplicateGroup] | None = None,
) -> list[Publication]:
    """Merge identical and variant records; link versions to each other.

    Each group of the same record becomes one merged record (at the position of its
    first member); records of a version group stay separate, each gaining
    ``Related(relation="version", ...)`` entries for the others. Every input record is
    either returned as it is or appears in exactly one output's ``merged_from``.
    ``groups`` reuses the result of an earlier :func:`find_duplicates` on ``pubs``.

        >>> from pubrecords import Publication
        >>> pubs = [Publication(title="Graph Minors"), Publication(title="Graph minors.")]
        >>> [(p.title, len(p.merged_from)) for p in deduplicate(pubs)]
        [('Graph Minors', 2)]
    """
    pubs = list(pubs)
    if groups is None:
        groups = find_duplicates(pubs, progress=progress)
    out: dict[int, Publication] = {}
    consumed: set[int] = set()
    for done, group in enumerate(groups, start=1):
        merged_parts: list[tuple[int, Publication]] = []
        for part in group.parts:
            record = merge([pubs[i] for i in part])
            merged_parts.append((part[0], record))
            consumed.update(part)
        if group.kind == "version":
            links = [_related(record) for _, record in merged_parts]
            linked: list[tuple[int, Publication]] = []
            for position, (first, record) in enumerate(merged_parts):
                others = tuple(r for k, r in enumerate(links) if k != position)
                new = tuple(r for r in others if r not in record.related)
                linked.append((first, attrs.evolve(record, related=record.related + new)))
            merged_parts = linked
        for first, record in merged_parts:
            out[first] = record
        if done % 1000 == 0:
            report(progress, "dedup:merge", done, len(groups))
    report(progress, "dedup:merge", len(groups), len(groups))
    result: list[Publication] = []
    for i, pub in enumerate(pubs):
        if i in out:
            result.append(out[i])
        elif i not in consumed:
            result.append(pub)
    return result


# ----------------------------------------------------------------------------- evidence


def _label(pub: Publication) -> str:
    title = pub.title if len(pub.title) <= 90 else pub.title[:87] + "..."
    bits = [repr(title) if title else "(no title)"]
    if pub.authors:
        first = _display(pub.authors[0])
        more = len(pub.authors) - 1
        bits.append(
            f"{first}" + (f" +{more}" if more else "") + ("" if pub.authors_complete else " …")
        )
    if pub.year is not None:
        bits.append(str(pub.year))
    if pub.venue:
        bits.append(pub.venue if len(pub.venue) <= 40 else pub.venue[:37] + "...")
    where = str(pub.provenance[0]) if pub.provenance else ""
    return " · ".join(bits) + (f"  <{where}>" if where else "")


def _display(person: Person) -> str:
    if person.literal:
        return person.literal
    return " ".join(p for p in (person.given, person.particle, person.family, person.suffix) if p)


def _signature(pub: Publication) -> tuple[object, ...]:
    return (
        " ".join(pub.title.split()),
        tuple((a.given, a.particle, a.family, a.suffix, a.literal) for a in pub.authors),
        pub.authors_complete,
        " ".join((pub.abstract or "").split()),
        pub.year,
        pub.month,
        pub.venue,
        pub.kind,
        _norm_doi(pub.doi),
        _norm_arxiv(pub.arxiv_id),
        pub.volume,
        pub.issue,
        pub.pages,
        pub.publisher,
    )


def _describe(
    pubs: Sequence[Publication],
    feats: _Features,
    parts: tuple[tuple[int, ...], ...],
    kind: GroupKind | None,
) -> DuplicateGroup:
    members = tuple(sorted(m for part in parts for m in part))
    records = [pubs[m] for m in members]
    if kind is None:
        first = _signature(records[0])
        kind = "identical" if all(_signature(r) == first for r in records[1:]) else "variant"
    evidence: list[Evidence] = []

    # identifiers
    dois = sorted({feats.doi[m] for m in members if feats.doi[m]})
    arxiv = sorted({feats.arxiv[m] for m in members if feats.arxiv[m]})
    id_bits: list[str] = []
    if len(dois) == 1:
        have = sum(1 for m in members if feats.doi[m])
        id_bits.append(f"DOI {dois[0]} ({have} of {len(members)} records)")
    elif dois:
        id_bits.append("different DOIs: " + ", ".join(dois))
    if len(arxiv) == 1:
        id_bits.append(f"arXiv {arxiv[0]}")
    elif arxiv:
        id_bits.append("arXiv ids " + ", ".join(arxiv))
    if id_bits:
        evidence.append(
            Evidence("identifiers", 1.0 if len(dois) <= 1 else None, "; ".join(id_bits))
        )

    # title
    titles = [feats.title[m] for m in members]
    raw = [" ".join(pubs[m].title.split()) for m in members]
    base = Counter(titles).most_common(1)[0][0]
    tsims = [_title_similarity(base, t) for t in titles]
    tmin = min(tsims)
    if kind == "version":
        heads = [
            Counter(" ".join(pubs[m].title.split()) for m in part).most_common(1)[0][0]
            for part in parts
        ]
        detail = "versions titled " + " / ".join(repr(t[:60]) for t in heads)
        if len(parts) == 2:
            tmin = _title_similarity(_norm_title(heads[0]), _norm_title(heads[1]))
    elif len(set(raw)) == 1:
        detail = "identical"
    elif len(set(titles)) == 1:
        detail = "the same up to case, punctuation and accents"
    elif tmin >= 0.9:
        detail = f"nearly the same ({len(set(titles))} spellings)"
    else:
        distinct = list(dict.fromkeys(raw))[:3]
        detail = "different titles: " + " / ".join(repr(t[:60]) for t in distinct)
    evidence.append(Evidence("title", tmin, detail))

    # authors
    fams = [feats.fams[m] for m in members if feats.fams[m]]
    if len(fams) >= 2:
        base_f = max(fams, key=len)
        sims = [_author_similarity(base_f, f) for f in fams]
        amin = min(s for s in sims if s is not None)
        people = [pubs[m].authors for m in members if pubs[m].authors]
        spellings = {tuple(_display(p) for p in a) for a in people}
        counts = sorted({len(f) for f in fams})
        if len(set(fams)) == 1 and len(spellings) == 1:
            adetail = f"the same {len(base_f)} author(s) in the same order"
        elif len(set(fams)) == 1:
            adetail = f"the same {len(base_f)} surname(s) in order; names spelled differently"
        else:
            shared = set(fams[0]).intersection(*map(set, fams[1:]))
            adetail = (
                f"{len(shared)} of {len(set(base_f))} surnames in every record; lists of "
                + "/".join(map(str, counts))
                + " names (some dropped, reordered or misspelled)"
            )
        evidence.append(Evidence("authors", amin, adetail))
    elif fams:
        evidence.append(Evidence("authors", None, "only one record lists authors"))
    else:
        evidence.append(Evidence("authors", None, "no authors listed"))

    # abstract
    with_abs = [pubs[m] for m in members if pubs[m].abstract]
    if len(with_abs) >= 2:
        keys = {" ".join(p.abstract.split()) for p in with_abs if p.abstract}
        sims2 = [_abstract_similarity(with_abs[0], p) for p in with_abs[1:]]
        vals = [s for s in sims2 if s is not None]
        smin = min(vals) if vals else None
        if len(keys) == 1:
            bdetail = "identical"
        elif smin is not None and smin >= 0.9:
            bdetail = "nearly the same (cut or lightly edited)"
        elif smin is not None and smin >= 0.6:
            bdetail = "revised: same opening, different wording"
        else:
            bdetail = "different"
        evidence.append(Evidence("abstract", smin, bdetail))
    elif with_abs:
        evidence.append(Evidence("abstract", None, "only one record has an abstract"))

    # year
    years = [feats.year[m] for m in members if feats.year[m] is not None]
    if years:
        ys = sorted(set(y for y in years if y is not None))
        ydetail = (
            f"{ys[0]} in every dated record" if len(ys) == 1 else "years " + ", ".join(map(str, ys))
        )
        if len(years) < len(members):
            ydetail += f" ({len(members) - len(years)} undated)"
        evidence.append(Evidence("year", 1.0 if len(ys) == 1 else 0.5, ydetail))
    else:
        evidence.append(Evidence("year", None, "no year given"))

    # venue
    venues = [_fold(pubs[m].venue or "") for m in members if pubs[m].venue]
    if len(venues) >= 2:
        words = [
            {w for w in _NON_ALNUM.sub(" ", v).split() if w not in _VENUE_STOP} for v in venues
        ]
        shared_w = set.intersection(*words) if all(words) else set()
        smallest = min((len(w) for w in words if w), default=0)
        vsim = len(shared_w) / smallest if smallest else None
        vdetail = (
            "the same"
            if len(set(venues)) == 1
            else f"{len(set(venues))} spellings"
            + (", sharing " + " ".join(sorted(shared_w)[:5]) if shared_w else "")
        )
        evidence.append(Evidence("venue", vsim, vdetail))

    if kind == "version":
        evidence.append(
            Evidence(
                "versions",
                None,
                f"{len(parts)} versions of one work, kept apart and linked to each other",
            )
        )

    score = _group_score(evidence)
    return DuplicateGroup(
        members=members,
        kind=kind,
        score=score,
        evidence=tuple(evidence),
        parts=tuple(parts),
        labels=tuple(_label(r) for r in records),
    )


def _group_score(evidence: Iterable[Evidence]) -> float:
    weights = {"identifiers": 2.0, "title": 3.0, "authors": 2.0, "abstract": 1.5, "year": 0.5}
    total = weight = 0.0
    for e in evidence:
        w = weights.get(e.aspect)
        if w and e.similarity is not None:
            total += w * e.similarity
            weight += w
    return round(total / weight, 3) if weight else 0.0


# ----------------------------------------------------------------------------- merging


def _related(pub: Publication) -> Related:
    return Related(
        relation="version",
        title=pub.title,
        year=pub.year,
        doi=pub.doi,
        arxiv_id=pub.arxiv_id,
        key=pub.key,
    )


def _title_quality(title: str) -> tuple[int, int, int]:
    """Mixed case beats all lower or upper case; accents beat folded letters; no stray
    quotes or trailing citation punctuation."""
    letters = [c for c in title if c.isalpha()]
    mixed = int(any(c.isupper() for c in letters) and any(c.islower() for c in letters))
    accents = sum(1 for c in letters if not c.isascii())
    stripped = title.strip()
    clean = int(
        not stripped.startswith(("'", "`", '"', "("))
        and not stripped.endswith((",", ".", ";", ":", "'", '"'))
    )
    return (mixed, accents, clean)


def _merge(pubs: list[Publication]) -> Publication:
    from .names import best_variant

    # title: the normalised form most records agree on, in its best spelling
    norms = [_norm_title(p.title) for p in pubs]
    common = Counter(n for n in norms if n).most_common(1)
    chosen_norm = common[0][0] if common else ""
    title_candidates = [
        " ".join(p.title.split()) for p, n in zip(pubs, norms, strict=True) if n == chosen_norm
    ]
    spellings_seen = Counter(title_candidates)
    title = (
        max(title_candidates, key=lambda t: (*_title_quality(t), spellings_seen[t]))
        if title_candidates
        else pubs[0].title
    )

    # authors: the fullest list (complete ones first), best spelling of each person
    with_authors = [p for p in pubs if p.authors]
    authors: tuple[Person, ...] = ()
    authors_complete = all(p.authors_complete for p in pubs)
    hidden: int | None = None
    if with_authors:
        longest = max(len(p.authors) for p in with_authors)
        fullest = max(
            with_authors, key=lambda p: (len(p.authors), p.authors_complete, -pubs.index(p))
        )
        authors_complete = any(
            p.authors_complete and len(p.authors) == longest for p in with_authors
        )
        hidden = None if authors_complete else fullest.hidden_authors
        chosen: list[Person] = []
        for person in fullest.authors:
            fam = _family(person)
            spellings = [person]
            for other in with_authors:
                if other is fullest:
                    continue
                for candidate in other.authors:
                    if _family(candidate) == fam and _initial_ok(person, candidate):
                        spellings.append(candidate)
                        break
            chosen.append(best_variant(spellings) if len(spellings) > 1 else person)
        authors = tuple(chosen)

    # abstract: the longest complete one (else the longest)
    abstracts = [p for p in pubs if p.abstract]
    abstract: str | None = None
    abstract_complete = True
    if abstracts:
        complete_ones = [p for p in abstracts if p.abstract_complete]
        pool = complete_ones or abstracts
        best = max(pool, key=lambda p: len(p.abstract or ""))
        abstract, abstract_complete = best.abstract, best.abstract_complete

    # year (and month): the most common, preferring records that also give a month
    dated = [p for p in pubs if p.year is not None]
    year: int | None = None
    month: int | None = None
    if dated:
        counts = Counter(p.year for p in dated)
        year = max(
            counts, key=lambda y: (counts[y], any(p.month for p in dated if p.year == y), -(y or 0))
        )
        month = next((p.month for p in dated if p.year == year and p.month), None)

    def first(attr: str) -> str | None:
        for p in pubs:
            value = getattr(p, attr)
            if value:
                return str(value)
        return None

    def longest_text(attr: str) -> str | None:
        values = [getattr(p, attr) for p in pubs if getattr(p, attr)]
        return max(values, key=len) if values else None

    kinds = Counter(p.kind for p in pubs if p.kind != Kind.UNKNOWN)
    kind = kinds.most_common(1)[0][0] if kinds else Kind.UNKNOWN

    identifiers: dict[str, str] = {}
    extra: dict[str, str] = {}
    for p in pubs:
        for key, value in p.identifiers.items():
            _unite(identifiers, key, value)
        for key, value in p.extra.items():
            _unite(extra, key, value)

    provenance: list[Source] = []
    seen_sources: set[Source] = set()
    for p in pubs:
        for s in p.provenance:
            if s not in seen_sources:
                seen_sources.add(s)
                provenance.append(s)
    repairs = tuple(dict.fromkeys(r for p in pubs for r in p.repairs))
    related = tuple(dict.fromkeys(r for p in pubs for r in p.related))

    return Publication(
        title=title,
        authors=authors,
        authors_complete=authors_complete,
        hidden_authors=hidden,
        abstract=abstract,
        abstract_complete=abstract_complete,
        year=year,
        month=month,
        venue=longest_text("venue"),
        kind=kind,
        doi=first("doi"),
        arxiv_id=first("arxiv_id"),
        url=first("url"),
        volume=first("volume"),
        issue=first("issue"),
        pages=longest_text("pages"),
        publisher=longest_text("publisher"),
        key=first("key"),
        identifiers=identifiers,
        extra=extra,
        provenance=tuple(provenance),
        repairs=repairs,
        merged_from=tuple(pubs),
        related=related,
    )


def _initial_ok(a: Person, b: Person) -> bool:
    ga, gb = _fold(a.given)[:1], _fold(b.given)[:1]
    return not ga or not gb or ga == gb


def _unite(target: dict[str, str], key: str, value: str) -> None:
    """Add ``key: value``; a conflicting value is kept under ``key~2``, ``key~3``, …"""
    if key not in target:
        target[key] = value
        return
    if target[key] == value:
        return
    n = 2
    while f"{key}~{n}" in target:
        if target[f"{key}~{n}"] == value:
            return
        n += 1
    target[f"{key}~{n}"] = value
