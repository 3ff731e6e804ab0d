"""Blocking: which records are compared at all (keys, capped blocks, sorted-title windows); linear in the input."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator

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
