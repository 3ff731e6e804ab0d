"""Verifying a candidate record from another source: is it the same work? (titles, abstracts, authors, identifiers)."""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

import attrs
from rapidfuzz import fuzz
from unidecode import unidecode

from ..dedup.place import compare_places, containers_agree, read_issue, read_pages, read_volume
from ..model import Kind, Person, Publication
from ..names import family_key, same_person
from ..text.identifiers import normalize_doi

__all__ = [
    "COMPLETABLE_FIELDS",
    "Hook",
    "Verdict",
    "abstract_consistency",
    "normalize_title",
    "verify_candidate",
]


Hook = Callable[[Publication], Iterable[Publication]]
"""A completion hook: ``Publication -> Iterable[Publication]`` (candidates)."""

COMPLETABLE_FIELDS: tuple[str, ...] = ("abstract", "authors", "year", "venue", "doi", "arxiv_id")
"""The fields :func:`complete` can fill, in the order it reports them."""

# Identity fields: a version of the work (different title) may not fill them.
_IDENTITY_FIELDS = frozenset({"year", "venue", "doi"})

# Evidence thresholds.
_MIN_TITLE_WORDS_ALONE = 5  # a title this long, exact, may identify a work with no authors of ours
_MIN_TITLE_CHARS_ALONE = 30
_STRONG_ABSTRACT_CHARS = 80  # compact characters of our abstract found in theirs = strong evidence
_NEAR_TITLE = 90.0  # rapidfuzz ratio for "a version's title"
_YEAR_SLACK = 2
_SAME_TEXT = 80.0  # rapidfuzz ratio above which a complete abstract of ours and theirs agree
_KEY_CHARS = 4000  # how much of two complete abstracts is compared

_MARKER = re.compile(r"[ \t]*(?:…|\.\.\.)[ \t]*\(\s*see\s+more\s*\)", re.IGNORECASE)
_LATEX_WORD = re.compile(r"\\[A-Za-z]+")
_LATEX_SYMBOL = re.compile(r"\\[^A-Za-z\s]")
_DROP = re.compile(r"['’‘`´{}]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LEADING_LABEL = ("abstract", "summary")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)
_ARXIV_VERSION = re.compile(r"v\d+$")


# --------------------------------------------------------------------------- normalization


def _strip_greek(text: str) -> str:
    if text.isascii():
        return text
    return "".join(
        " " if "GREEK" in unicodedata.name(ch, "") and ch.isalpha() else ch for ch in text
    )


@functools.lru_cache(maxsize=8192)
def _word_tuple(text: str) -> tuple[str, ...]:
    if "(" in text:
        text = _MARKER.sub("", text)
    if "\\" in text:
        text = _LATEX_WORD.sub(" ", _LATEX_SYMBOL.sub("", text))
    text = _strip_greek(text)
    text = unidecode(text).casefold() if not text.isascii() else text.casefold()
    text = _DROP.sub("", text)
    return tuple(_NON_ALNUM.sub(" ", text).split())


def _words(text: str) -> list[str]:
    """Normalized words: LaTeX commands and Greek letters dropped, ASCII-folded, casefolded."""
    return list(_word_tuple(text))


def normalize_title(title: str) -> str:
    """A title reduced for comparison: ASCII, casefolded, punctuation and LaTeX dropped.

    >>> normalize_title("Towards {O}ut-of-Distribution  Robustness.")
    'towards out of distribution robustness'
    >>> normalize_title("Déjà vu: $\\\\alpha$-tests") == normalize_title("Deja Vu -- α-Tests")
    True
    """
    return " ".join(_words(title))


def _pieces(abstract: str) -> list[list[str]]:
    """Our abstract as word lists, split where a display marker was (raw records)."""
    out: list[list[str]] = []
    for part in _MARKER.split(abstract):
        words = _words(part)
        if not out and words and words[0] in _LEADING_LABEL:
            words = words[1:]
        if words:
            out.append(words)
    return out


def _candidate_compact(abstract: str) -> tuple[str, list[int]]:
    """Candidate text joined without spaces, with the offsets where its words start."""
    words = _words(abstract)
    if words and words[0] in _LEADING_LABEL:
        words = words[1:]
    starts: list[int] = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w)
    return "".join(words), starts


def abstract_consistency(ours: str, theirs: str) -> tuple[bool, int, str]:
    """Whether our (possibly cut or spliced) abstract is consistent with a fuller text.

    Returns ``(consistent, matched, detail)``: ``matched`` counts the normalized
    characters of ours found in theirs. Our text is split where a ``… (see more)``
    marker stands; each piece, as a normalized word sequence, must appear in their
    text in order, the first one at its start. Words are compared with the spaces
    between them ignored, so a join point glued or split differently (``fail`` +
    ``s``) and a last word cut mid-way still match.

    >>> abstract_consistency("Robustness to one attack often fail… (see more)s to transfer",
    ...                      "Robustness to one attack often fails to transfer to others.")[0]
    True
    >>> abstract_consistency("Robustness to one attack", "Accuracy on one attack is high.")
    (False, 0, "diverges after 0 of 4 words at 'robustness'")
    """
    pieces = _pieces(ours)
    compact, starts = _candidate_compact(theirs)
    if not pieces:
        return True, 0, "no text of ours to compare"
    pos = 0
    matched = 0
    word_starts = set(starts)
    for i, words in enumerate(pieces):
        needle = "".join(words)
        # the kept prefix must start their text; later pieces follow in order
        found = (0 if compact.startswith(needle) else -1) if i == 0 else compact.find(needle, pos)
        if found < 0:
            return False, matched, _divergence(words, compact, pos if i else 0, i, word_starts)
        pos = found + len(needle)
        matched += len(needle)
    return True, matched, f"{len(pieces)} piece(s), {matched} characters in order"


def _divergence(words: list[str], compact: str, pos: int, piece: int, starts: set[int]) -> str:
    """Describe where a piece stops matching (for the report)."""
    k = 0
    at = pos
    for w in words:
        if compact.startswith(w, at):
            at += len(w)
            k += 1
        else:
            break
    where = f"piece {piece + 1} " if piece else ""
    word = words[k] if k < len(words) else ""
    return f"{where}diverges after {k} of {len(words)} words at {word!r}"


def _abstract_key(text: str) -> str:
    return " ".join(w for words in _pieces(text) for w in words)[:_KEY_CHARS]


def _is_prefix_of(short: str, long: str) -> bool:
    """Whether ``short`` (normalized) is where ``long`` (normalized, markers joined) starts."""
    a, _ = _candidate_compact(short)
    b = "".join("".join(words) for words in _pieces(long))
    return bool(a) and b.startswith(a)


def _compact_len(text: str | None) -> int:
    return sum(map(len, _word_tuple(text))) if text else 0


# --------------------------------------------------------------------------- identifiers


def _norm_doi(doi: str | None) -> str | None:
    """One form of a DOI however it is written (see :func:`~pubrecords.text.normalize_doi`)."""
    if not doi:
        return None
    return normalize_doi(doi)


def _norm_arxiv(arxiv_id: str | None) -> str | None:
    if not arxiv_id:
        return None
    a = arxiv_id.strip().lower()
    for prefix in ("arxiv:", "https://arxiv.org/abs/", "http://arxiv.org/abs/"):
        if a.startswith(prefix):
            a = a[len(prefix) :]
    return _ARXIV_VERSION.sub("", a) or None


def _ids(pub: Publication) -> tuple[str | None, str | None]:
    """(non-arXiv DOI, arXiv id) of a record; an arXiv DOI counts as an arXiv id."""
    doi = _norm_doi(pub.doi)
    arxiv = _norm_arxiv(pub.arxiv_id)
    if doi:
        m = _ARXIV_DOI.match(doi)
        if m:
            arxiv = arxiv or _norm_arxiv(m.group(1))
            doi = None
    return doi, arxiv


# --------------------------------------------------------------------------- authors


class _AuthorIndex:
    """Candidate authors blocked by family key, for linear-time overlap and order checks."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.people = people
        self.by_key: dict[str, list[int]] = {}
        for i, p in enumerate(people):
            self.by_key.setdefault(_person_key(p), []).append(i)

    def find(self, person: Person, start: int = 0) -> int | None:
        """Index ≥ start of the first candidate author who is ``person``."""
        slots = self.by_key.get(_person_key(person), [])
        for i in slots[bisect.bisect_left(slots, start) :]:
            if _same(person, self.people[i]):
                return i
        return None


@functools.lru_cache(maxsize=8192)
def _person_key(p: Person) -> str:
    key = family_key(p)
    return " ".join(_words(key)) if key else " ".join(_words(str(p)))


def _same(a: Person, b: Person) -> bool:
    try:
        return same_person(a, b)
    except Exception:  # names module not ready or odd input: fall back to the key
        return _person_key(a) == _person_key(b)


def _overlap(ours: Sequence[Person], index: _AuthorIndex) -> int:
    return sum(1 for p in ours if index.find(p) is not None)


def _ordered_match(ours: Sequence[Person], index: _AuthorIndex) -> list[int] | None:
    """Positions of our authors in theirs when ours is an ordered subsequence, else None."""
    out: list[int] = []
    j = 0
    for p in ours:
        i = index.find(p, j)
        if i is None:
            return None
        out.append(i)
        j = i + 1
    return out


def _names(people: Sequence[Person]) -> str:
    return "; ".join(str(p) for p in people)


# --------------------------------------------------------------------------- verification


@attrs.frozen
class Verdict:
    """The outcome of comparing one candidate with one record.

    ``same_work`` says whether the candidate may be used; ``version`` is True where
    it is accepted as another version of the work (its title differs), which may
    fill the abstract and authors but not the year, venue or DOI.
    ``abstract_ok`` says whether its abstract may replace ours; ``reason`` sums up
    the evidence (or the reason for rejection).
    """

    same_work: bool
    reason: str
    version: bool = False
    abstract_ok: bool = False


_TYPE_CLASS = {
    Kind.JOURNAL_ARTICLE: "article",
    Kind.CONFERENCE_PAPER: "paper",
    Kind.BOOK: "book",
    Kind.CHAPTER: "chapter",
    Kind.THESIS: "thesis",
    Kind.REPORT: "report",
}


def _other_publication(ours: Publication, cand: Publication) -> str:
    """Why ``cand`` is another publication than ``ours`` (the duplicate rule: one
    container, one place, one entry-type class), or "" when nothing says so."""
    ca, cb = _TYPE_CLASS.get(ours.kind), _TYPE_CLASS.get(cand.kind)
    if ca and cb and ca != cb:
        return f"another entry type ({cand.kind.value})"
    place = compare_places(
        read_volume(ours.volume),
        read_volume(cand.volume),
        read_pages(ours.pages),
        read_pages(cand.pages),
        read_issue(ours.issue),
        read_issue(cand.issue),
    )
    if place == "differ":
        return f"another place (vol. {cand.volume or '-'}, pp. {cand.pages or '-'})"
    if (
        place != "same"
        and ours.venue
        and cand.venue
        and read_volume(ours.volume)
        and read_volume(cand.volume)
        and not containers_agree(ours.venue, cand.venue)
    ):
        return f"another container ({cand.venue!r})"
    return ""


def verify_candidate(ours: Publication, candidate: Publication) -> Verdict:
    """Decide whether ``candidate`` is verifiably the same work as ``ours``.

    Evidence: normalized title (exact, or a version's title only with strong author
    and abstract evidence); DOI and arXiv id (a conflict rejects); author-surname
    overlap (at least half of ours, at least one); our abstract, where cut, must be
    consistent with theirs (:func:`abstract_consistency`); years may differ by at
    most two. A record with no authors is identified by an exact, long title, a
    shared identifier or its abstract.

    >>> from pubrecords import Person, Publication
    >>> a = Publication(title="On Widgets", authors=(Person("Ann", "Lee"),))
    >>> verify_candidate(a, Publication(title="On widgets.", authors=(Person("A.", "Lee"),))).same_work
    True
    >>> verify_candidate(a, Publication(title="On widgets", authors=(Person("Bo", "Ng"),))).reason
    'authors disagree: 0 of our 1 author(s) among theirs (1)'
    """
    evidence: list[str] = []
    t_ours, t_theirs = normalize_title(ours.title), normalize_title(candidate.title)
    if not t_theirs:
        return Verdict(False, "candidate has no title")
    exact = t_ours == t_theirs
    title_note = "title exact" if exact else f"title differs ({candidate.title!r})"
    evidence.append(title_note)

    def reject(why: str) -> Verdict:
        return Verdict(False, why if exact else f"{title_note}; {why}")

    # identifiers
    doi_a, arx_a = _ids(ours)
    doi_b, arx_b = _ids(candidate)
    same_id = False
    if doi_a and doi_b:
        if doi_a != doi_b:
            return reject(f"DOI differs ({doi_a} vs {doi_b})")
        same_id = True
        evidence.append("same DOI")
    if arx_a and arx_b:
        if arx_a != arx_b:
            return reject(f"arXiv id differs ({arx_a} vs {arx_b})")
        same_id = True
        evidence.append("same arXiv id")

    # year
    if (
        ours.year
        and candidate.year
        and abs(ours.year - candidate.year) > _YEAR_SLACK
        and not same_id
    ):
        return reject(f"year differs ({ours.year} vs {candidate.year})")

    # authors
    n, m = len(ours.authors), len(candidate.authors)
    k = 0
    if n and m:
        k = _overlap(ours.authors, _AuthorIndex(candidate.authors))
        need = max(1, math.ceil(n / 2))
        if k < need:
            return reject(f"authors disagree: {k} of our {n} author(s) among theirs ({m})")
        evidence.append(f"{k}/{n} authors")
    authors_ok = bool(n and m)
    strong_authors = authors_ok and k >= min(n, 2)

    # abstract
    abstract_ok = False
    strong_abstract = False
    if candidate.abstract and ours.abstract and not ours.abstract_complete:
        ok, matched, detail = abstract_consistency(ours.abstract, candidate.abstract)
        if ok:
            abstract_ok = True
            strong_abstract = matched >= _STRONG_ABSTRACT_CHARS
            evidence.append(f"abstract consistent ({matched} chars)")
        elif _is_prefix_of(candidate.abstract, ours.abstract):
            # theirs is cut too, shorter than ours: consistent, but nothing to take
            evidence.append("their abstract is a shorter part of ours")
        else:
            return reject(f"abstract contradicts our text: {detail}")
    elif candidate.abstract and ours.abstract:
        # ours is complete: the same text is strong evidence; a revised text (a version)
        # is tolerated; a mostly different text is another work's
        ok, matched, _ = abstract_consistency(ours.abstract, candidate.abstract)
        if ok or _is_prefix_of(candidate.abstract, ours.abstract):
            strong_abstract = matched >= _STRONG_ABSTRACT_CHARS
            evidence.append("same abstract")
        else:
            a, b = _abstract_key(ours.abstract), _abstract_key(candidate.abstract)
            if min(len(a), len(b)) >= _STRONG_ABSTRACT_CHARS:
                similarity = fuzz.ratio(a, b)
                if similarity < _SAME_TEXT:
                    return reject(f"abstract differs from ours (similarity {similarity:.0f}%)")
                evidence.append(f"abstract similar ({similarity:.0f}%)")
    elif candidate.abstract and not ours.abstract:
        abstract_ok = True

    other = _other_publication(ours, candidate)
    if other:
        evidence.append(other)
    reason = ", ".join(evidence)
    if exact and other and (authors_ok or same_id or strong_abstract):
        # the same work, but another publication of it (another volume, pages, container
        # or entry type): a version, never a source of our identity fields
        return Verdict(
            True, reason + ", accepted as a version", version=True, abstract_ok=abstract_ok
        )
    if exact:
        long_title = (
            len(t_ours.split()) >= _MIN_TITLE_WORDS_ALONE and len(t_ours) >= _MIN_TITLE_CHARS_ALONE
        )
        if authors_ok or same_id or strong_abstract:
            return Verdict(True, reason, abstract_ok=abstract_ok)
        if n == 0 and long_title:
            return Verdict(
                True, reason + ", long title (we list no authors)", abstract_ok=abstract_ok
            )
        if n and not m:
            return Verdict(False, reason + ": candidate lists no authors to compare")
        return Verdict(False, reason + ": title alone is too weak")
    # a version: a different title needs strong author and abstract (or identifier) evidence
    near = fuzz.ratio(t_ours, t_theirs) >= _NEAR_TITLE
    if strong_authors and (strong_abstract or same_id):
        return Verdict(
            True, reason + ", accepted as a version", version=True, abstract_ok=abstract_ok
        )
    what = "a similar" if near else "a different"
    return Verdict(False, f"{what} title without strong author and abstract evidence ({reason})")
