"""Settings and per-record features for duplicate detection: folded titles, surnames, years, identifiers, venue types."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from unidecode import unidecode

from ..model import Kind, Person, Publication
from ..progress import ProgressCallback, report
from ..text.identifiers import find_arxiv_id, normalize_doi
from .place import container_name, read_issue, read_pages, read_volume, series_volume

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
_PART = re.compile(r"\bpart\s+([0-9]+|[ivx]+|[a-z]|one|two|three|four|five)\b")
_VOLUME = re.compile(r"\bvol(?:ume|\.)?\s*([0-9]+|[ivx]+)\b")
_EDITION = re.compile(
    r"\b([0-9]+)(?:st|nd|rd|th)\s+(?:ed\b|edn\b|edition\b)"
    r"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+edition\b"
)
_NOTICE_START = re.compile(
    r"^\W*(?:(erratum|corrigendum|retraction|retracted|addendum|expression of concern)\b"
    r"|(correction|comments?|reply|response|rejoinder|discussion)\s*(?:to\b|on\b|of\b|:))"
)
#: Web of Science titles a correction by the article it corrects: "Title (vol 142, pg
#: 310, 2003)";
#: Embase: "Title (New England Journal of Medicine (2009) 360 (542-544))".
_CORRECTION_OF = re.compile(
    r"\(\s*vol\.?\s*[0-9a-z]+\s*,\s*pg\.?\s*[0-9a-z]+\s*,\s*(?:1[6-9]|20)[0-9]{2}\s*\)"
    r"|\([^()]{3,120}\(\s*(?:1[6-9]|20)[0-9]{2}\s*\)\s*[0-9]+\s*(?:\([0-9a-z\s,-]+\))?\s*\)\s*$"
)
_NOTICE_ANY = re.compile(r"\b(erratum|corrigendum|retraction note|retraction notice)\b")
_REVIEW = re.compile(r"\((?:book\s+)?review\)\s*\W*$|^\W*(?:book\s+)?review\s+of\b|\bbook review\b")
_TRIGGER = re.compile(
    r"part|vol|edition|\bed\b|edn|errat|corrig|retract|addend|concern|correction|comment"
    r"|reply|respon|rejoinder|discussion|review|tutorial|demo|panel|keynote"
    r"|\((?:1[6-9]|20)[0-9]{2}\)"
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
#: Entry-type classes: records of two classes are not one publication (a book is not its
#: chapter, a thesis is not the article drawn from it). Unknown, other and preprint
#: records have no class.
_TYPE_CLASS = {
    Kind.JOURNAL_ARTICLE: "article",
    Kind.BOOK_REVIEW: "article",
    Kind.CONFERENCE_PAPER: "paper",
    Kind.BOOK: "book",
    Kind.CHAPTER: "chapter",
    Kind.THESIS: "thesis",
    Kind.REPORT: "report",
    Kind.DATASET: "dataset",
    Kind.SOFTWARE: "software",
    Kind.WEBPAGE: "webpage",
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
#: Words written with a period that ends no sentence ("Computer Science Dept. and FIZ",
#: "written by Dr. Won Kim", "Smith et al. revisited").
_ABBREVIATIONS = frozenset((
    "dept", "univ", "inst", "corp", "inc", "ltd", "co", "dr", "mr", "mrs", "ms", "prof",
    "st", "jr", "sr", "vs", "al", "etc", "cf", "fig", "eq", "no", "nos", "vol", "vols",
    "ed", "eds", "proc", "natl", "intl", "assoc", "acad", "sci", "dep", "div", "govt",
    "approx", "resp",
))  # fmt: skip


def _sentence_breaks(text: str) -> list[re.Match[str]]:
    """The sentence breaks of ``text``: not the period of an abbreviation."""
    found = []
    for m in _SENTENCE_BREAK.finditer(text):
        start = m.start()
        word = text[max(0, start - 8) : start].rsplit(None, 1)[-1].lstrip("([\"'")
        if word.lower() not in _ABBREVIATIONS:
            found.append(m)
    return found


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


#: Notes a database appends to a title in brackets: "[Erratum appears in Brain Inj.
#: 2013;27(3):377]", "[corrected]", "[Chinese]", "[Note: Small, Sarah K [added]]". They
#: say something about the article; they are not its title (nor make it an erratum).
_TRAILING_NOTES = re.compile(
    r"(?:\s*\.{0,3}\s*\[(?:[^\[\]]|\[[^\[\]]*\]){1,300}\])+\s*\.?\s*$"
    r"|\.{0,3}\s*\[(?:published |see )?(?:erratum|corrected|comment|retraction|update|note)[^\[\]]*$",
    re.IGNORECASE,
)


def _without_notes(title: str) -> str:
    """``title`` without bracketed notes at its end (when a title is left before them),
    and without quotes around the whole of it (``"Title.[Erratum appears in …]"``)."""
    if len(title) > 2 and title[0] == title[-1] == '"' and '"' not in title[1:-1]:
        title = title[1:-1].strip()
    while "[" in title:
        m = _TRAILING_NOTES.search(title)
        if not m or m.start() == 0 or not _enough_words(title[: m.start()]):
            break
        title = title[: m.start()].rstrip(" .")
    return title


def _citation_title(title: str) -> str:
    """The title proper of a title field that holds more of a citation string.

    A citation split wrongly leaves the end of the author list in front of the title
    ("warmuth (1996). on-line portfolio selection", "d.p. helmbold, and m.k. warmuth.
    on-line prediction") and the venue after it ("… learnability. machine learning 5
    197-227", "'rigorous learning curve bounds …' proceedings of colt-94,"); records
    also append descriptors ("(Extended Abstract)"). Only the title proper is compared;
    the record itself is not changed. Titles without such signs are returned as they are.
    """
    return _split_title(title)[0]


def _split_title(title: str) -> tuple[str, str]:
    """The title proper (see :func:`_citation_title`) and the sentences cut off after it
    ("Mapping of heritage. 12: The old harbour" gives "Mapping of heritage" and "12: The
    old harbour"; "" when nothing was cut there)."""
    text = _without_notes(title.strip())
    if not text:
        return text, ""
    if _MAY_DESCRIBE.search(text) and _DESCRIPTOR.search(text):
        cut = _DESCRIPTOR.sub(" ", text).strip()
        if len(_NON_ALNUM.sub(" ", _fold(cut)).split()) >= 2:
            text = cut
    if text[0] in _OPEN_QUOTES:
        text = _quoted(text)
    if "." not in text:
        return text, ""
    m = _LEADING_YEAR.match(text)
    if m and _enough_words(text[m.end() :]):
        text = text[m.end() :].lstrip()
        if text and text[0] in _OPEN_QUOTES:
            text = _quoted(text)
    breaks = _sentence_breaks(text)
    if not breaks:
        return text, ""
    first = breaks[0]
    head = text[: first.start()]
    if _names_only(head) and _enough_words(text[first.end() :]):
        text = text[first.end() :]
        breaks = _sentence_breaks(text)
        if not breaks:
            return text, ""
        first = breaks[0]
        head = text[: first.start()]
    if _enough_words(head):
        return head, text[first.end() :]
    return text, ""


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


_DOI_CACHE: dict[str, str] = {}


def _norm_doi(doi: str | None) -> str:
    """The DOI in one form, as :func:`~pubrecords.text.normalize_doi` reads it from messy
    text ("doi 10.1/x", URL-encoded, a resolver URL); "" for none ("NA")."""
    if not doi:
        return ""
    found = _DOI_CACHE.get(doi)
    if found is None:
        found = normalize_doi(doi) or ""
        if len(_DOI_CACHE) > 200_000:
            _DOI_CACHE.clear()
        _DOI_CACHE[doi] = found
    return found


_PMID = re.compile(r"^\s*(?:pmid\s*:?\s*)?([0-9]{1,9})\s*$", re.IGNORECASE)


def _pmid(pub: Publication) -> str:
    """The record's PubMed id (digits), from its identifiers or a ``pmid`` field."""
    value = pub.identifiers.get("pmid") or pub.extra.get("pmid") or pub.extra.get("PMID")
    if not value:
        return ""
    m = _PMID.match(str(value))
    return m.group(1).lstrip("0") if m else ""


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
    correction = _CORRECTION_OF.search(low)
    if correction:  # "Title (vol 142, pg 310, 2003)": the correction of that article
        low = low[: correction.start()] + low[correction.end() :]
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
    if correction and not notice:
        notice = "erratum"
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
        low = _fold(container_name(venue))
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


_DIGIT = re.compile(r"[0-9]")
#: The ordinal words, first to tenth (an edition, a part: "Second edition").
ORDINAL_WORDS: tuple[str, ...] = tuple(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
_NUMBER_WORDS = frozenset(
    [
        "ii",
        "iii",
        "iv",
        "vi",
        "vii",
        "viii",
        "ix",
        *ORDINAL_WORDS,
    ]
)


def _has_number(title: str) -> bool:
    return _DIGIT.search(title) is not None or not _NUMBER_WORDS.isdisjoint(title.split())


#: Numbers in a title ("FOCUS 1" and "FOCUS 2", "ImageCLEF 2023" and "ImageCLEF 2024"):
#: titles that differ in them name different publications.
_TITLE_NUMBER = re.compile(
    r"(?<![a-z0-9])(?:[0-9]+|ii|iii|iv|vi|vii|viii|ix"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![a-z0-9])"
)


def _title_numbers(title: str) -> str:
    """The numbers of a title as integers, sorted ("Fourth ... (ASPLOS IV)" gives "4")."""
    found = set()
    for token in _TITLE_NUMBER.findall(title):
        found.add(str(int(token)) if token.isdigit() else _number(token))
    return " ".join(sorted(found))


#: A rest of a title that reads as the citation it was cut from, not as a subtitle: a
#: venue ("in …", "Proceedings of …", "Machine Learning 5 197-227") or a page range.
_CITATION_REST = re.compile(r"^\W*in\b|[0-9]\s*[-–]+\s*[0-9]|\bpp?\.\s*[0-9]")


def _subtitle_rest(rest: str) -> str:
    """The folded rest of a title cut after its first sentence, when it reads as a part
    of the title (a subtitle, a part number: "12: The old harbour", "Item 90 - Flood
    plan") and not as the venue of a citation string ("" then)."""
    if not rest:
        return ""
    low = _fold(rest)
    if _CITATION_REST.search(low) or _VENUE_PROCEEDINGS.search(low) or _VENUE_JOURNAL.search(low):
        return ""
    return _norm_title(rest)


def _corporate(authors: Sequence[Person]) -> tuple[tuple[str, ...], ...]:
    """The words of each name of an author list of organisations only (literal names:
    "Working Group IV", "Ministry of Works"); () for a list with a person in it."""
    if not authors or not all(a.literal and not a.family and not a.given for a in authors):
        return ()
    return tuple(tuple(_NON_ALNUM.sub(" ", _fold(a.literal)).split()) for a in authors)


_URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_URL_TRACKING = re.compile(r"^(?:utm_[a-z]+|fbclid|gclid|ref|source)=")
#: Hosts whose URLs stand for an identifier compared elsewhere (DOI, arXiv, PubMed) or
#: lead to another site: not a landing page of their own.
_URL_RESOLVER = re.compile(
    r"^(?:dx\.)?doi\.org/|^hdl\.handle\.net/|^arxiv\.org/|^ncbi\.nlm\.nih\.gov/"
    r"|^pubmed\.ncbi|^scholar\.google\.|^books\.google\.|^jstor\.org/stable/"
    r"|^(?:t\.co|bit\.ly|tinyurl\.com)/"
)


def _landing_page(url: str | None) -> str:
    """A URL as the page it opens: without scheme, "www.", fragment, tracking parameters
    and trailing slash, host in lower case ("" for none, or for a resolver's URL)."""
    if not url:
        return ""
    text = url.strip().split()[0] if url.strip() else ""
    text = _URL_SCHEME.sub("", text.split("#", 1)[0])
    host, _, path = text.partition("/")
    host = host.lower().removeprefix("www.")
    path, _, query = path.partition("?")
    params = [q for q in query.split("&") if q and not _URL_TRACKING.match(q.lower())]
    page = host + "/" + path.rstrip("/")
    if params:
        page += "?" + "&".join(params)
    if not host or _URL_RESOLVER.match(page):
        return ""
    return page.rstrip("/")


_DOI_RESOLVER = re.compile(r"^\s*(?:https?://)?(?:dx\.)?doi\.org/", re.IGNORECASE)


def url_doi(url: str | None) -> str:
    """The DOI a resolver URL opens ("https://doi.org/10.5281/zenodo.6590133": a CSL item
    with its DOI only in ``URL``), in one form; "" for another URL or a shortDOI."""
    return _norm_doi(url) if url and _DOI_RESOLVER.match(url) else ""


#: Venues that name a hosting platform, not a container: its items are told apart by
#: their URLs only ("GitHub", "Zenodo", "figshare": a code repository and the
#: manuscript's repository of one title are two items).
_HOSTING_VENUES = frozenset((
    "github", "gitlab", "bitbucket", "zenodo", "figshare", "osf", "open science framework",
    "dryad", "software heritage", "pypi", "cran", "docker hub", "hugging face",
    "sourceforge", "codeberg", "code ocean", "mendeley data", "dataverse",
))  # fmt: skip


def venue_is_host(venue: str | None) -> bool:
    """Whether a venue is nothing but a URL or the name of a hosting platform."""
    if not venue:
        return False
    return venue_is_url(venue) or " ".join(_NON_ALNUM.sub(" ", _fold(venue)).split()) in (
        _HOSTING_VENUES
    )


def venue_is_url(venue: str | None) -> bool:
    """Whether a venue is nothing but a URL (``howpublished = {\\url{https://…}}``)."""
    if not venue:
        return False
    text = venue.strip()
    return bool(_URL_SCHEME.match(text)) and len(text.split()) == 1


def _crossref_key(pub: Publication) -> str:
    """The key a BibTeX entry's ``crossref`` field names, lower case ("" for none)."""
    entry = pub.source_entry
    raw = entry.field("crossref") if entry is not None else None
    return raw.strip().strip('{}"').strip().lower() if raw else ""


class _Features:
    """Compact per-record features, computed once (parallel lists, no per-record objects)."""

    __slots__ = (
        "arxiv",
        "corporate",
        "doi",
        "fams",
        "issue",
        "loose",
        "markers",
        "n",
        "nums",
        "order",
        "pages",
        "periodical",
        "pmid",
        "pubs",
        "recurring",
        "rest",
        "subtitle",
        "tclass",
        "title",
        "url",
        "venue",
        "vol",
        "volnum",
        "words",
        "xref",
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
        self.vol: list[str] = [""] * n
        # (a volume of a book series: its number and the series' abbreviation)
        self.volnum: list[tuple[str, str] | None] = [None] * n
        self.issue: list[str] = [""] * n
        self.pages: list[tuple[str, str] | None] = [None] * n
        self.tclass: list[str] = [""] * n
        self.nums: list[str] = [""] * n
        self.periodical: list[bool] = [False] * n
        self.pmid: list[str] = [""] * n
        self.loose: list[bool] = [False] * n
        self.rest: list[str] = [""] * n
        self.subtitle: list[str] = [""] * n
        self.corporate: list[tuple[tuple[str, ...], ...]] = [()] * n
        self.url: list[str] = [""] * n
        # the crossref parent's key, lower case ("" for none)
        self.xref: list[str] = [""] * n
        self.words: dict[int, list[set[str]]] = {}
        intern: dict[str, str] = {}
        fams_intern: dict[tuple[str, ...], tuple[str, ...]] = {}
        step = max(1, n // 20)
        for i, pub in enumerate(pubs):
            proper, rest = _split_title(pub.title)
            self.title[i] = _norm_title(proper)
            self.rest[i] = _subtitle_rest(rest)
            if pub.extra:
                subtitle = pub.extra.get("subtitle")
                if subtitle:
                    self.subtitle[i] = _norm_title(subtitle)
            if pub.authors:
                self.corporate[i] = _corporate(pub.authors)
            self.year[i] = _year_of(pub)
            if pub.authors and not all(map(_is_organisation, pub.authors)):
                fams = tuple(intern.setdefault(f, f) for f in map(_family, pub.authors) if f)
                self.fams[i] = fams_intern.setdefault(fams, fams)
            doi = _norm_doi(pub.doi) or url_doi(pub.url)
            arxiv = _norm_arxiv(pub.arxiv_id)
            if doi:
                m = _ARXIV_DOI.match(doi)
                if m and not arxiv:
                    arxiv = _ARXIV_VERSION.sub("", m.group(1))
            if not arxiv and pub.venue and "rxiv" in pub.venue.lower():
                arxiv = find_arxiv_id(pub.venue) or ""  # "arXiv preprint arXiv:1810.13278"
            self.doi[i] = doi
            self.arxiv[i] = arxiv
            if not doi and (not pub.venue or venue_is_host(pub.venue)):
                # (compared only where nothing else says where a record is; a hand-typed
                # misc entry's howpublished = {\url{https://…}} says only that)
                venue_url = pub.venue if venue_is_url(pub.venue) else None
                self.url[i] = _landing_page(pub.url or venue_url)
            if pub.source_entry is not None:
                self.xref[i] = _crossref_key(pub)
            if pub.identifiers or pub.extra:
                self.pmid[i] = _pmid(pub)
            self.markers[i] = _markers(_without_notes(pub.title), pub.kind)
            self.venue[i] = _venue_type(pub)
            if pub.volume:
                self.vol[i] = read_volume(pub.volume)
                if not self.vol[i]:
                    self.volnum[i] = series_volume(pub.volume)
            if pub.issue:
                self.issue[i] = read_issue(pub.issue)
            if pub.pages:
                self.pages[i] = read_pages(pub.pages)
            self.tclass[i] = _TYPE_CLASS.get(pub.kind, "")
            title = self.title[i]
            # the numbers of the whole title: "Mapping of heritage. 12: …" and "… 14: …"
            # are two parts, though the title proper is cut before them
            full = f"{title} {self.rest[i]}" if self.rest[i] else title
            if _has_number(full):
                self.nums[i] = _title_numbers(full)
            # a record with a volume sits in a periodical; one whose place fields do
            # not read cleanly was split out of a citation string: its container name
            # (and what it calls the container) is not trusted to separate records
            if (pub.volume and not self.vol[i]) or (pub.pages and self.pages[i] is None):
                self.loose[i] = True
            else:
                self.periodical[i] = bool(self.vol[i])
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


def _content_words(title: str) -> set[str]:
    return {w for w in title.split() if w not in _STOPWORDS and len(w) > 1}


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
        pub.url,
        tuple(sorted(pub.extra.items())),  # (a thesis's "type", a subtitle, …: all of it)
        pub.source_entry.entry_type.lower() if pub.source_entry is not None else None,
    )
