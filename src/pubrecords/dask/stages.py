"""The work done on the workers: pure functions of plain data (records, key rows, pair
codes, edges), each calling the same stage functions as the in-process path.

Record ids are global: the position of a record in the whole input. A pair ``(i, j)``
(``i < j``) travels as the integer ``i * total + j``.
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

import attrs

from ..dedup.blocking import block_keys, block_pairs, document_frequencies, neighbour_pairs
from ..dedup.features import RECURRING_YEARS, WINDOW, _content_words, _Features
from ..dedup.groups import DuplicateGroup
from ..dedup.pipeline import Edge, _groups_from_edges, _scored_edges, deduplicate
from ..model import Publication

#: Blocking features of one record: (title, surnames, year, DOI, arXiv id).
FeatureRow = tuple[str, tuple[str, ...], "int | None", str, str]
#: One blocking key of one record: (key, record id, title).
KeyRow = tuple[str, int, str]
#: One record in the sorted-title order: (title, record id, year).
TitleRow = tuple[str, int, "int | None"]

_BY_TITLE = itemgetter(0, 1)


# ----------------------------------------------------------------------------- features


def partition_features(
    pubs: Sequence[Publication], samples: int
) -> tuple[int, Counter[str], list[FeatureRow], list[str], _Features]:
    """One partition's size, title-word counts, blocking features, a sample of its
    sorted titles (to split the sorted order into ranges) and its features (kept on the
    worker, so no record's features are computed twice)."""
    feats = _Features(pubs, None)
    rows = list(zip(feats.title, feats.fams, feats.year, feats.doi, feats.arxiv, strict=True))
    df = document_frequencies(feats.title)
    titles = sorted(feats.title)
    step = max(1, len(titles) // max(1, samples))
    return len(pubs), df, rows, titles[::step], feats


#: Attributes of ``_Features`` that are not one value per record.
_WHOLE = frozenset(["n", "pubs", "order", "recurring", "words"])


def record_slots(feats: _Features) -> tuple[str, ...]:
    """The attributes of ``_Features`` that hold one value per record (found, not
    listed, so that features added in ``features.py`` travel too)."""
    return tuple(
        name
        for name in type(feats).__slots__
        if name not in _WHOLE
        and isinstance(getattr(feats, name, None), list)
        and len(getattr(feats, name)) == feats.n
    )


#: One record with its features: (id, record, its values of ``record_slots``).
Picked = tuple[int, Publication, tuple[object, ...]]


def features_of(picked: Sequence[Picked], slots: Sequence[str], recurring: set[str]) -> _Features:
    """``_Features`` of some records from their carried values: what ``_Features`` of
    those records would compute, with the ``recurring`` titles of the whole input."""
    feats = _Features.__new__(_Features)
    n = len(picked)
    feats.n = n
    feats.pubs = [pub for _, pub, _ in picked]
    columns = list(zip(*(values for _, _, values in picked), strict=True))
    for k, name in enumerate(slots):
        setattr(feats, name, list(columns[k]) if n else [])
    feats.words = {}
    feats.recurring = recurring
    feats.order = sorted(range(n), key=feats.title.__getitem__)
    return feats


def add_counts(*counts: Counter[str]) -> Counter[str]:
    """The sum of word counts."""
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    return total


def repeated_words(df: Counter[str]) -> dict[str, int]:
    """Document frequencies of the words found in two titles or more (the only ones
    that can make a blocking key)."""
    return {w: c for w, c in df.items() if c > 1}


# ----------------------------------------------------------------------------- keys


def _crc(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def partition_keys(
    rows: Sequence[FeatureRow],
    offset: int,
    df: dict[str, int],
    key_buckets: int,
    splitters: Sequence[str],
) -> tuple[list[array[int]], list[list[TitleRow]], tuple[list[str], array[int], array[int]]]:
    """One partition's blocking keys: their 32-bit hashes split by key bucket (the
    bucket is the hash modulo the number of buckets, the same on every worker; Python's
    ``hash`` is not), the keys themselves (kept on the worker), and title rows split by
    range of the sorted-title order."""
    hashes: list[array[int]] = [array("I") for _ in range(key_buckets)]
    by_title: list[list[TitleRow]] = [[] for _ in range(len(splitters) + 1)]
    keys: list[str] = []
    owners: array[int] = array("q")
    crcs: array[int] = array("I")
    for k, (title, fams, year, doi, arxiv) in enumerate(rows):
        g = offset + k
        for key in block_keys(title, fams, year, doi, arxiv, df):
            h = _crc(key)
            hashes[h % key_buckets].append(h)
            keys.append(key)
            owners.append(g)
            crcs.append(h)
        by_title[bisect_right(splitters, title)].append((title, g, year))
    return hashes, by_title, (keys, owners, crcs)


def repeated_hashes(parts: Sequence[array[int]]) -> list[bytes]:
    """For each partition's key hashes of one bucket, in order, whether the hash is
    seen twice or more in the bucket: only such keys can make a block (a hash shared by
    two different keys only lets a key through for nothing)."""
    seen: set[int] = set()
    twice: set[int] = set()
    for hashes in parts:
        for h in hashes:
            if h in seen:
                twice.add(h)
            else:
                seen.add(h)
    return [bytes(h in twice for h in hashes) for hashes in parts]


def shared_keys(
    stored: tuple[list[str], array[int], array[int]],
    rows: Sequence[FeatureRow],
    offset: int,
    flags: Sequence[bytes],
) -> list[list[KeyRow]]:
    """Key rows of one partition whose key hash is repeated, split by key bucket
    (``flags``: for each bucket, :func:`repeated_hashes` of this partition's hashes)."""
    keys, owners, crcs = stored
    buckets = len(flags)
    seen = [0] * buckets
    out: list[list[KeyRow]] = [[] for _ in range(buckets)]
    for key, g, h in zip(keys, owners, crcs, strict=True):
        b = h % buckets
        k = seen[b]
        seen[b] = k + 1
        if flags[b][k]:
            out[b].append((key, g, rows[g - offset][0]))
    return out


# ----------------------------------------------------------------------------- pairs


def bucket_pairs(
    parts: Sequence[Sequence[KeyRow]], offsets: Sequence[int], total: int
) -> tuple[list[set[int]], int, int]:
    """Candidate pairs of every block in one key bucket (blocks are grouped by the exact
    key), routed to the partition of their first record; and the number and the
    largest size of the blocks."""
    members: dict[str, list[int]] = {}
    titles: dict[int, str] = {}
    for rows in parts:
        for key, g, title in rows:
            found = members.get(key)
            if found is None:
                members[key] = [g]
            else:
                found.append(g)
            titles[g] = title
    out: list[set[int]] = [set() for _ in offsets]
    title_of = titles.__getitem__
    blocks = largest = 0
    for ids in members.values():
        if len(ids) < 2:
            continue
        block = sorted(set(ids))
        if len(block) < 2:
            continue
        blocks += 1
        largest = max(largest, len(block))
        for i, j, _pre in block_pairs(block, title_of):
            out[bisect_right(offsets, i) - 1].add(i * total + j)
    return out, blocks, largest


def sort_titles(parts: Sequence[Sequence[TitleRow]]) -> list[TitleRow]:
    """One range of the sorted-title order: by title, ties by record id (as in-process)."""
    rows = [r for p in parts for r in p]
    rows.sort(key=_BY_TITLE)
    return rows


def head(rows: Sequence[TitleRow], count: int = WINDOW) -> list[TitleRow]:
    """The first rows of a range (the look-ahead of the range before it)."""
    return list(rows[:count])


def neighbour_pairs_of_range(
    rows: Sequence[TitleRow],
    after: Sequence[Sequence[TitleRow]],
    offsets: Sequence[int],
    total: int,
) -> list[set[int]]:
    """Pairs of the sorted-title pass whose first record lies in this range (``after``:
    the heads of the following ranges), routed to the partition of their first record."""
    ahead = [r for h in after for r in h][:WINDOW]
    order = [g for _, g, _ in rows] + [g for _, g, _ in ahead]
    titles = {g: t for t, g, _ in rows}
    titles.update((g, t) for t, g, _ in ahead)
    out: list[set[int]] = [set() for _ in offsets]
    for i, j, _pre in neighbour_pairs(order, titles.__getitem__, len(rows)):
        out[bisect_right(offsets, i) - 1].add(i * total + j)
    return out


def recurring_titles(rows: Sequence[TitleRow]) -> set[str]:
    """Titles that recur over many years (as ``_Features.recurring``), from a range of
    the sorted-title order (all records of one title lie in one range)."""
    found: set[str] = set()
    n = len(rows)
    start = 0
    for k in range(1, n + 1):
        if k == n or rows[k][0] != rows[start][0]:
            title = rows[start][0]
            if k - start >= RECURRING_YEARS and len(_content_words(title)) <= 3:
                years = {rows[x][2] for x in range(start, k)}
                years.discard(None)
                if len(years) >= RECURRING_YEARS or len(_content_words(title)) <= 1:
                    found.add(title)
            start = k
    return found


# ----------------------------------------------------------------------------- scoring


def pair_requests(
    pair_sets: Sequence[set[int]], offsets: Sequence[int], total: int, part: int
) -> tuple[list[int], list[list[int]]]:
    """The candidate pairs of one partition (each once, ascending) and, for every
    partition, the ids of its records those pairs need."""
    codes: set[int] = set()
    for s in pair_sets:
        codes |= s
    ordered = sorted(codes)
    wanted: list[set[int]] = [set() for _ in offsets]
    for code in ordered:
        j = code % total
        wanted[bisect_right(offsets, j) - 1].add(j)
    wanted[part].clear()
    return ordered, [sorted(w) for w in wanted]


def pick(
    pubs: Sequence[Publication], feats: _Features, offset: int, ids: Sequence[int]
) -> list[Picked]:
    """Records of one partition by global id, with their features."""
    columns = [getattr(feats, name) for name in record_slots(feats)]
    return [(g, pubs[g - offset], tuple(c[g - offset] for c in columns)) for g in ids]


def pick_many(
    pubs: Sequence[Publication], feats: _Features, offset: int, wanted: Sequence[Sequence[int]]
) -> list[list[Picked]]:
    """Records of one partition by global id, with their features, for several
    destinations."""
    return [pick(pubs, feats, offset, ids) for ids in wanted]


def score_pairs(
    pubs: Sequence[Publication],
    feats: _Features,
    offset: int,
    codes: Sequence[int],
    fetched: Sequence[Sequence[Picked]],
    recurring: set[str],
    total: int,
) -> list[Edge]:
    """Score the candidate pairs of one partition (``_scored_edges`` on the records
    they touch, with the recurring titles of the whole input); global ids."""
    own: set[int] = set()
    end = offset + len(pubs)
    for code in codes:
        i, j = divmod(code, total)
        own.add(i)
        if j < end:
            own.add(j)
    picked = pick(pubs, feats, offset, sorted(own))
    for rows in fetched:
        picked.extend(rows)
    picked.sort(key=_FIRST)
    ids = [g for g, _, _ in picked]
    local = {g: k for k, g in enumerate(ids)}
    sub = features_of(picked, record_slots(feats), recurring)
    pairs = [(local[c // total], local[c % total]) for c in codes]
    return [(s, ids[a], ids[b], kind) for s, a, b, kind in _scored_edges(sub, pairs)]


_FIRST = itemgetter(0)


# ----------------------------------------------------------------------------- clustering

#: One connected component of the edges: its record ids (ascending) and its edges.
Component = tuple[list[int], list[Edge]]


def cluster_components(
    fetched: Sequence[Sequence[Picked]],
    slots: Sequence[str],
    components: Sequence[Component],
    offsets: Sequence[int],
    merge: bool,
) -> tuple[list[DuplicateGroup], list[list[tuple[int, Publication | None]]]]:
    """Groups of each component (``_groups_from_edges`` on its records, re-indexed in
    ascending order), in global ids; with ``merge``, the merged records too, routed to
    the partition of their first record: (id, merged record) for the first record of
    each part, (id, None) for the records merged into it."""
    record_of: dict[int, Picked] = {}
    for rows in fetched:
        for row in rows:
            record_of[row[0]] = row
    groups: list[DuplicateGroup] = []
    replaced: list[list[tuple[int, Publication | None]]] = [[] for _ in offsets]
    for ids, edges in components:
        picked = [record_of[g] for g in ids]
        feats = features_of(picked, slots, set())
        pubs = feats.pubs
        local = {g: k for k, g in enumerate(ids)}
        found = _groups_from_edges(
            pubs,
            feats,
            [(s, local[i], local[j], kind) for s, i, j, kind in edges],
        )
        groups.extend(_globalise(g, ids) for g in found)
        if not merge or not found:
            continue
        for group in found:
            for g, record in _merged(pubs, group):
                replaced[bisect_right(offsets, ids[g]) - 1].append((ids[g], record))
    return groups, replaced


def _merged(
    pubs: Sequence[Publication], group: DuplicateGroup
) -> list[tuple[int, Publication | None]]:
    """What ``deduplicate`` makes of one group: (index, merged record) for the first
    record of each merged part, (index, None) for the others; nothing for a group it
    leaves alone. (Groups that are merged share no records, so each can be merged on
    its own.)"""
    members = group.members
    local = {m: k for k, m in enumerate(members)}
    sub = [pubs[m] for m in members]
    alone = attrs.evolve(
        group,
        members=tuple(range(len(members))),
        parts=tuple(tuple(local[m] for m in part) for part in group.parts),
    )
    inputs = {id(pub) for pub in sub}
    new = [r for r in deduplicate(sub, groups=[alone]) if id(r) not in inputs]
    if not new:
        return []
    firsts = sorted(part[0] for part in group.parts)
    out: list[tuple[int, Publication | None]] = list(zip(firsts, new, strict=True))
    heads = set(firsts)
    out.extend((m, None) for m in members if m not in heads)
    return out


def _globalise(group: DuplicateGroup, ids: Sequence[int]) -> DuplicateGroup:
    return attrs.evolve(
        group,
        members=tuple(ids[m] for m in group.members),
        parts=tuple(tuple(ids[m] for m in part) for part in group.parts),
    )


def apply_merges(
    pubs: Sequence[Publication],
    offset: int,
    replaced: Sequence[Sequence[tuple[int, Publication | None]]],
) -> list[Publication]:
    """One partition of the merged output: each merged record at its first record's
    place, the records merged into it left out, every other record as it is."""
    change: dict[int, Publication | None] = {}
    for rows in replaced:
        change.update(rows)
    out: list[Publication] = []
    for k, pub in enumerate(pubs):
        g = offset + k
        if g in change:
            record = change[g]
            if record is not None:
                out.append(record)
        else:
            out.append(pub)
    return out
