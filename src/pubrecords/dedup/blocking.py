"""Blocking: which records are compared at all (keys, capped blocks, sorted-title windows); linear in the input.

The stages are pure functions of plain data, so that the in-process path and a cluster
(:mod:`pubrecords.dask`) call the same code: :func:`document_frequencies` (a count of
title words, summed over shards) -> :func:`block_keys` (one record's keys) -> blocks (the
records sharing a key) -> :func:`block_pairs` (the candidate pairs of one block) and
:func:`neighbour_pairs` (the sorted-title pass, over any stretch of the sorted order).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz, process

from ..progress import ProgressCallback, report
from .features import (
    _STOPWORDS,
    BLOCK_CAP,
    PREFILTER,
    RARE_BLOCK,
    RARE_KEYS,
    SN_PREFILTER,
    WINDOW,
    _content_words,
    _Features,
)
from .scoring import _content_key

__all__ = [
    "block_keys",
    "block_pairs",
    "document_frequencies",
    "is_place_key",
    "neighbour_pairs",
    "place_key",
    "title_words",
]

#: One candidate pair: (i, j, pre-filter score) with i < j.
Pair = tuple[int, int, float]

_HASH_BITS = (1 << 64) - 1

# ----------------------------------------------------------------------------- keys


def title_words(title: str) -> set[str]:
    """The words of a normalised title that count towards document frequency.

    >>> sorted(title_words("the theory of graph minors"))
    ['graph', 'minors', 'theory']
    """
    return {w for w in title.split() if w not in _STOPWORDS}


def document_frequencies(titles: Iterable[str]) -> Counter[str]:
    """In how many titles each word occurs (counts of shards add up to the whole).

    >>> document_frequencies(["graph minors", "graph theory"])["graph"]
    2
    """
    df: Counter[str] = Counter()
    for t in titles:
        df.update(title_words(t))
    return df


#: The first character of a place key (see :func:`place_key`).
_PLACE = "\x01"


def place_key(
    fams: tuple[str, ...], year: int | None, vol: str, pages: tuple[str, str] | None
) -> str:
    """The key of a record's place: first author, year, volume and the first page of a
    page range ("" where one is missing, or the pages are one page). Records sharing it
    are compared whatever their titles (the same article under a title in another
    language, or a database's translation of it in brackets).

    >>> place_key(("villegas",), 2009, "77", ("29", "32"))
    '\\x01villegas|2009|77|29'
    >>> place_key(("villegas",), 2009, "77", ("29", "29"))
    ''
    """
    if not fams or year is None or not vol or pages is None or pages[0] == pages[1]:
        return ""
    return f"{_PLACE}{fams[0]}|{year}|{vol}|{pages[0]}"


def is_place_key(key: str) -> bool:
    """Whether ``key`` is a :func:`place_key` (its block skips the title pre-filter)."""
    return key.startswith(_PLACE)


def block_keys(
    title: str,
    fams: tuple[str, ...],
    year: int | None,
    doi: str,
    arxiv: str,
    df: Mapping[str, int],
    vol: str = "",
    pages: tuple[str, str] | None = None,
) -> list[str]:
    """The blocking keys of one record, from its features and the document frequency
    of title words over all records (words seen once may be left out of ``df``).

    Keys: the DOI, the arXiv id, the place (:func:`place_key`, from ``vol`` and
    ``pages``), the first author and year, and the title's rarest words: the first
    author with each of them, each on its own where rare enough, and each pair of them
    (a copy with a typo in one of them still shares a pair).

    >>> df = {"graph": 2, "minors": 2, "theory": 40}
    >>> block_keys("graph minors theory", ("robertson",), 1983, "", "", df)
    ['robertson|1983', 'robertson|graph', 'robertson|minors', 'robertson|theory', 'graph', 'minors', 'graph minors', 'graph theory', 'minors theory']
    """
    keys: list[str] = []
    if doi:
        keys.append("d" + doi)
    if arxiv:
        keys.append("a" + arxiv)
    place = place_key(fams, year, vol, pages)
    if place:
        keys.append(place)
    # first author and year: titles mangled beyond their rare words (junk around them)
    if fams and year is not None:
        keys.append(f"{fams[0]}|{year}")
    get = df.get
    words = sorted({w for w in title.split() if w not in _STOPWORDS and get(w, 0) > 1})
    if not words:
        return keys
    if len(words) > RARE_KEYS:
        words.sort(key=df.__getitem__)
        del words[RARE_KEYS:]
    if fams:
        # first author and a rare word: versions under another title, mangled titles
        first = fams[0] + "|"
        for w in words:
            keys.append(first + w)
    for w in words[:2]:
        if len(words) == 1 or df[w] <= RARE_BLOCK:
            keys.append(w)
    if len(words) == 1:
        return keys
    for a in range(len(words)):
        for b in range(a + 1, len(words)):
            wa, wb = words[a], words[b]
            keys.append(wa + " " + wb if wa < wb else wb + " " + wa)
    return keys


# ----------------------------------------------------------------------------- pairs


def block_pairs(
    block: Sequence[int], title_of: Callable[[int], str], place: bool = False
) -> Iterator[Pair]:
    """Candidate pairs (i < j) of one block that pass the cheap title pre-filter.

    ``block`` holds the distinct record ids sharing a key, ascending; ``title_of`` gives
    a record's normalised title. Blocks larger than ``BLOCK_CAP`` are sorted by title
    and compared only within a window. A pair may come from several blocks. A block of
    a place key (``place``) gives all its pairs, up to ``BLOCK_CAP`` records.

    >>> titles = {3: "graph minors", 7: "graph minor", 9: "unrelated words here"}
    >>> [(i, j) for i, j, _ in block_pairs([3, 7, 9], titles.__getitem__)]
    [(3, 7)]
    >>> [(i, j) for i, j, _ in block_pairs([3, 9], titles.__getitem__, place=True)]
    [(3, 9)]
    """
    scorer = fuzz.token_sort_ratio
    size = len(block)
    if place and size <= BLOCK_CAP:
        for p in range(size - 1):
            for q in range(p + 1, size):
                yield block[p], block[q], PREFILTER
        return
    if size == 2:
        i, j = block
        score = scorer(_content_key(title_of(i)), _content_key(title_of(j)))
        if score >= PREFILTER:
            yield i, j, score
        return
    windowed = size > BLOCK_CAP
    if windowed:
        block = sorted(block, key=title_of)
    block_titles = [_content_key(title_of(i)) for i in block]
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
            yield (i, j, score) if i < j else (j, i, score)


def neighbour_pairs(
    order: Sequence[int], title_of: Callable[[int], str], count: int
) -> Iterator[Pair]:
    """Candidate pairs of the sorted-title pass: each of the first ``count`` records of
    ``order`` (record ids sorted by title, ties by id) with the ``WINDOW`` records after
    it, when the titles are nearly equal or one extends the other by a subtitle.

    A stretch of the whole sorted order, followed by ``WINDOW`` records of the next
    stretch, gives that stretch's pairs.

    >>> titles = {0: "graph minors", 1: "graph minors i", 2: "graph minors xx"}
    >>> [(i, j) for i, j, _ in neighbour_pairs([0, 1, 2], titles.__getitem__, 2)]
    [(0, 1), (0, 2), (1, 2)]
    """
    ratio = fuzz.ratio
    n = len(order)
    for k in range(count):
        i = order[k]
        ti = title_of(i)
        for m in range(k + 1, min(n, k + 1 + WINDOW)):
            j = order[m]
            tj = title_of(j)
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
                yield (i, j, score) if i < j else (j, i, score)


# ----------------------------------------------------------------------------- in-process


def _blocks(feats: _Features) -> Iterator[tuple[list[int], bool]]:
    """Blocks of record indices sharing a key (each block has at least two records),
    each with whether its key is a place key.

    Keys are hashed to 64-bit integers and grouped by sorting, so memory stays a few
    machine words per record and key; the lowest bit of a hash says whether the key is a
    place key. (Two different keys with one hash would form one block: with 64 bits, a
    chance of about one in a million at ten million keys.)
    """
    n = feats.n
    titles, fams, years, dois, arxivs = feats.title, feats.fams, feats.year, feats.doi, feats.arxiv
    vols, pages = feats.vol, feats.pages
    # each entry packs (hash of the key, record index) into one integer, so grouping is a
    # plain integer sort
    shift = max(1, n.bit_length())
    bits = _HASH_BITS - 1
    df = document_frequencies(titles)
    packed: list[int] = []
    add = packed.append
    for i in range(n):
        for k in block_keys(
            titles[i], fams[i], years[i], dois[i], arxivs[i], df, vols[i], pages[i]
        ):
            h = hash(k) & bits
            if k[0] == _PLACE:
                h |= 1
            add((h << shift) | i)
    del df
    packed.sort()
    low = (1 << shift) - 1
    total = len(packed)
    start = 0
    while start < total:
        key = packed[start] >> shift
        end = start + 1
        while end < total and packed[end] >> shift == key:
            end += 1
        if end - start > 1:
            block = sorted({packed[k] & low for k in range(start, end)})
            if len(block) > 1:
                yield block, bool(key & 1)
        start = end


def _candidate_pairs(feats: _Features, progress: ProgressCallback | None) -> Iterator[Pair]:
    """Candidate pairs (i < j) that pass the cheap title pre-filter, each once."""
    title_of = feats.title.__getitem__
    seen: set[int] = set()
    n = feats.n
    done = 0
    for block, place in _blocks(feats):
        done += 1
        if done % 4096 == 0:
            report(progress, "dedup:compare", done, None)
        for pair in block_pairs(block, title_of, place):
            code = pair[0] * n + pair[1]
            if code not in seen:
                seen.add(code)
                yield pair
    report(progress, "dedup:compare", done, done)

    # sorted-title neighbourhood: typos in the rare words themselves
    for pair in neighbour_pairs(feats.order, title_of, max(0, n - 1)):
        code = pair[0] * n + pair[1]
        if code not in seen:
            seen.add(code)
            yield pair
