"""The work done on the workers: pure functions of plain data (records, key rows, pair
codes, edges), each calling the same stage functions as the in-process path.

Record ids are global: the position of a record in the whole input. A pair ``(i, j)``
(``i < j``) travels as the integer ``i * total + j``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
import uuid
import zlib
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import attrs

from ..dedup.blocking import (
    block_keys,
    block_pairs,
    document_frequencies,
    is_place_key,
    neighbour_pairs,
)
from ..dedup.features import RECURRING_YEARS, WINDOW, _content_words, _Features
from ..dedup.groups import DuplicateGroup
from ..dedup.pipeline import Edge, _groups_from_edges, _scored_edges, deduplicate
from ..model import Person, Publication

#: Blocking features of one record: (title, surnames, year, DOI, arXiv id, volume, pages).
FeatureRow = tuple[str, tuple[str, ...], "int | None", str, str, str, "tuple[str, str] | None"]
#: One blocking key of one record: (key, record id, title).
KeyRow = tuple[str, int, str]
#: One record in the sorted-title order: (title, record id, year).
TitleRow = tuple[str, int, "int | None"]

_BY_TITLE = itemgetter(0, 1)


# ----------------------------------------------------------------------------- held compactly


class Packed:
    """A value held pickled (bytes) between stages: about a quarter of the memory of the
    live objects (and one buffer to send or spill). :func:`unpack` gives it back."""

    __slots__ = ("data",)

    def __init__(self, value: object) -> None:
        self.data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def __reduce__(self) -> tuple[Any, ...]:
        return _packed_from, (self.data,)

    def __sizeof__(self) -> int:
        # what ``distributed`` counts when it decides what to spill
        return object.__sizeof__(self) + len(self.data)


def _packed_from(data: bytes) -> Packed:
    packed = Packed.__new__(Packed)
    packed.data = data
    return packed


def unpack(value: Any) -> Any:
    """The value of a :class:`Packed` (anything else as it is)."""
    if isinstance(value, Packed):
        return pickle.loads(value.data)
    return value


_PUB_FIELDS = tuple(a.name for a in attrs.fields(Publication))
_PERSON_FIELDS = tuple(a.name for a in attrs.fields(Person))
_AUTHORS = _PUB_FIELDS.index("authors")
_new = object.__new__
_pub_setstate: Any = getattr(Publication, "__setstate__")  # noqa: B009
_person_setstate: Any = getattr(Person, "__setstate__")  # noqa: B009


def encode(pub: Publication) -> bytes:
    """One record as bytes, its fields as a plain list (pickling the attrs objects
    themselves sets every field through Python: three times slower)."""
    if type(pub) is not Publication:
        return pickle.dumps(pub, protocol=pickle.HIGHEST_PROTOCOL)
    values: list[Any] = [getattr(pub, name) for name in _PUB_FIELDS]
    values[_AUTHORS] = tuple(
        tuple([getattr(a, name) for name in _PERSON_FIELDS]) if type(a) is Person else a
        for a in values[_AUTHORS]
    )
    return pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL)


def decode(blob: bytes) -> Publication:
    """The record :func:`encode` wrote (equal to it)."""
    values = pickle.loads(blob)
    if type(values) is not list:
        pub: Publication = values
        return pub
    values[_AUTHORS] = tuple(_person(a) if type(a) is tuple else a for a in values[_AUTHORS])
    pub = _new(Publication)
    _pub_setstate(pub, tuple(values))
    return pub


def _person(values: tuple[object, ...]) -> Person:
    person: Person = _new(Person)
    _person_setstate(person, values)
    return person


def _record(item: Publication | bytes) -> Publication:
    return decode(item) if type(item) is bytes else item  # type: ignore[return-value]


class Shard:
    """A partition's records, each encoded (:func:`encode`), in a file on the worker
    that holds this handle (its local directory): workers keep only the records'
    features in memory and decode the records a stage needs (scoring, clustering,
    merging) where it needs them."""

    __slots__ = ("count", "path")

    def __init__(self, path: str, count: int) -> None:
        self.path = path
        self.count = count

    def __reduce__(self) -> tuple[Any, ...]:
        return Shard, (self.path, self.count)

    def blobs(self) -> list[bytes]:
        with open(self.path, "rb") as handle:
            blobs: list[bytes] = pickle.load(handle)
        return blobs

    def load(self) -> list[Publication]:
        return [decode(b) for b in self.blobs()]


def _shard_directory() -> str:
    try:
        from distributed import get_worker

        base = get_worker().local_directory
    except (ImportError, ValueError):
        base = tempfile.gettempdir()
    folder = os.path.join(base, "pubrecords-shards")
    os.makedirs(folder, exist_ok=True)
    return folder


def stash(pubs: Sequence[Publication]) -> Shard:
    """Write a partition's records to a file on this worker."""
    path = os.path.join(_shard_directory(), f"{uuid.uuid4().hex}.records")
    blobs = [encode(p) for p in pubs]
    with open(path, "wb") as handle:
        pickle.dump(blobs, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return Shard(path, len(blobs))


def ingest(pubs: Any, samples: int, run: str = "") -> list[tuple[Shard, tuple[Any, ...]]]:
    """A partition's records written to a file on this worker (:func:`stash`) and their
    :func:`partition_features`, as a one-item partition (so that it can map a Dask
    bag's partitions; ``run`` only names the task): the records are made (read,
    generated) and put away in one task, so a worker holds one partition of records at
    a time."""
    pubs = list(pubs)
    return [(stash(pubs), partition_features(pubs, samples))]


def _source(part: Any) -> Sequence[Publication | bytes]:
    """A partition's records, as they are (a list) or encoded (a :class:`Shard`)."""
    if isinstance(part, Shard):
        return part.blobs()
    return list(part)


def records_of(part: Any) -> list[Publication]:
    """A partition's records: a list as it is, or read from its :class:`Shard`."""
    if isinstance(part, Shard):
        return part.load()
    return list(part)


def discard(part: Any) -> None:
    """Remove a partition's records file (nothing for a list)."""
    if isinstance(part, Shard):
        with contextlib.suppress(FileNotFoundError):
            os.remove(part.path)


# ----------------------------------------------------------------------------- features


#: A partition's features, held packed on its worker: the names of ``record_slots``
#: and, for each, its values (one per record).
FeatureTable = tuple[tuple[str, ...], list[list[object]]]


def partition_features(
    part: Any, samples: int
) -> tuple[int, Counter[str], Packed, list[str], Packed, tuple[str, ...]]:
    """One partition's size, title-word counts, blocking features (packed
    ``FeatureRow``), a sample of its sorted titles (to split the sorted order into
    ranges), its features (a packed ``FeatureTable``, kept on the worker, so no record's
    features are computed twice) and the names of their columns. The records
    themselves are not kept (see :class:`Shard`)."""
    pubs = records_of(part)
    feats = _Features(pubs, None)
    feats.pubs = ()
    rows = list(
        zip(
            feats.title,
            feats.fams,
            feats.year,
            feats.doi,
            feats.arxiv,
            feats.vol,
            feats.pages,
            strict=True,
        )
    )
    df = document_frequencies(feats.title)
    titles = sorted(feats.title)
    step = max(1, len(titles) // max(1, samples))
    slots = record_slots(feats)
    table: FeatureTable = (slots, [getattr(feats, name) for name in slots])
    return len(pubs), df, Packed(rows), titles[::step], Packed(table), slots


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


#: One record with its features: (id, record (or :func:`encode` of it), its values of
#: ``record_slots``).
Picked = tuple[int, "Publication | bytes", tuple[object, ...]]


def features_of(picked: Sequence[Picked], slots: Sequence[str], recurring: set[str]) -> _Features:
    """``_Features`` of some records from their carried values: what ``_Features`` of
    those records would compute, with the ``recurring`` titles of the whole input."""
    feats = _Features.__new__(_Features)
    n = len(picked)
    feats.n = n
    feats.pubs = [_record(pub) for _, pub, _ in picked]
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
    rows: Any,
    offset: int,
    df: dict[str, int],
    key_buckets: int,
    splitters: Sequence[str],
) -> tuple[list[array[int]], list[Packed]]:
    """One partition's blocking keys as their 32-bit hashes split by key bucket (the
    bucket is the hash modulo the number of buckets, the same on every worker; Python's
    ``hash`` is not), and title rows split by range of the sorted-title order (packed).
    The keys themselves are not kept: :func:`shared_keys` makes them again."""
    hashes: list[array[int]] = [array("I") for _ in range(key_buckets)]
    by_title: list[list[TitleRow]] = [[] for _ in range(len(splitters) + 1)]
    for k, (title, fams, year, doi, arxiv, vol, pages) in enumerate(unpack(rows)):
        g = offset + k
        for key in block_keys(title, fams, year, doi, arxiv, df, vol, pages):
            h = _crc(key)
            hashes[h % key_buckets].append(h)
        by_title[bisect_right(splitters, title)].append((title, g, year))
    return hashes, [Packed(r) for r in by_title]


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
    rows: Any,
    offset: int,
    df: dict[str, int],
    flags: Sequence[bytes],
) -> list[Packed]:
    """Key rows of one partition whose key hash is repeated, split by key bucket
    (packed; ``flags``: for each bucket, :func:`repeated_hashes` of this partition's
    hashes, in the order :func:`partition_keys` made them, which this repeats)."""
    buckets = len(flags)
    seen = [0] * buckets
    out: list[list[KeyRow]] = [[] for _ in range(buckets)]
    for k, (title, fams, year, doi, arxiv, vol, pages) in enumerate(unpack(rows)):
        g = offset + k
        for key in block_keys(title, fams, year, doi, arxiv, df, vol, pages):
            h = _crc(key)
            b = h % buckets
            n = seen[b]
            seen[b] = n + 1
            if flags[b][n]:
                out[b].append((key, g, title))
    return [Packed(r) for r in out]


# ----------------------------------------------------------------------------- pairs


def bucket_pairs(
    parts: Sequence[Any], offsets: Sequence[int], total: int
) -> tuple[list[set[int]], int, int]:
    """Candidate pairs of every block in one key bucket (blocks are grouped by the exact
    key), routed to the partition of their first record; and the number and the
    largest size of the blocks."""
    members: dict[str, list[int]] = {}
    titles: dict[int, str] = {}
    for packed in parts:
        for key, g, title in unpack(packed):
            found = members.get(key)
            if found is None:
                members[key] = [g]
            else:
                found.append(g)
            titles[g] = title
    out: list[set[int]] = [set() for _ in offsets]
    title_of = titles.__getitem__
    blocks = largest = 0
    for key, ids in members.items():
        if len(ids) < 2:
            continue
        block = sorted(set(ids))
        if len(block) < 2:
            continue
        blocks += 1
        largest = max(largest, len(block))
        for i, j, _pre in block_pairs(block, title_of, is_place_key(key)):
            out[bisect_right(offsets, i) - 1].add(i * total + j)
    return out, blocks, largest


def sort_titles(parts: Sequence[Any]) -> list[TitleRow]:
    """One range of the sorted-title order: by title, ties by record id (as in-process);
    ``parts``: title rows (packed or not) of each partition."""
    rows = [r for p in parts for r in unpack(p)]
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


def _pick(
    pubs: Sequence[Publication | bytes],
    columns: Sequence[list[object]],
    offset: int,
    ids: Sequence[int],
) -> list[Picked]:
    return [(g, pubs[g - offset], tuple(c[g - offset] for c in columns)) for g in ids]


def pick(part: Any, table: Any, offset: int, ids: Sequence[int]) -> list[Picked]:
    """Records of one partition by global id, with their features."""
    _slots, columns = unpack(table)
    return _pick(_source(part), columns, offset, ids)


def pick_many(part: Any, table: Any, offset: int, wanted: Sequence[Sequence[int]]) -> list[Packed]:
    """Records of one partition by global id, with their features, for several
    destinations (the records are read once; each destination's rows packed)."""
    if not any(wanted):
        return [Packed([]) for _ in wanted]
    pubs = _source(part)
    _slots, columns = unpack(table)
    return [Packed(_pick(pubs, columns, offset, ids)) for ids in wanted]


def score_pairs(
    part: Any,
    table: Any,
    offset: int,
    codes: Sequence[int],
    fetched: Sequence[Any],
    recurring: set[str],
    total: int,
) -> list[Edge]:
    """Score the candidate pairs of one partition (``_scored_edges`` on the records
    they touch, with the recurring titles of the whole input); global ids. ``fetched``:
    the (packed) records of other partitions the pairs need."""
    if not codes:
        return []
    slots, columns = unpack(table)
    pubs = _source(part)
    own: set[int] = set()
    end = offset + len(pubs)
    for code in codes:
        i, j = divmod(code, total)
        own.add(i)
        if j < end:
            own.add(j)
    picked = _pick(pubs, columns, offset, sorted(own))
    del pubs, columns
    for rows in fetched:
        picked.extend(unpack(rows))
    picked.sort(key=_FIRST)
    ids = [g for g, _, _ in picked]
    local = {g: k for k, g in enumerate(ids)}
    sub = features_of(picked, slots, recurring)
    pairs = [(local[c // total], local[c % total]) for c in codes]
    return [(s, ids[a], ids[b], kind) for s, a, b, kind in _scored_edges(sub, pairs)]


_FIRST = itemgetter(0)


# ----------------------------------------------------------------------------- clustering

#: One connected component of the edges: its record ids (ascending) and its edges.
Component = tuple[list[int], list[Edge]]


def cluster_components(
    fetched: Sequence[Any],
    slots: Sequence[str],
    components: Sequence[Component],
    offsets: Sequence[int],
    merge: bool,
    recurring: set[str] | None = None,
) -> tuple[list[DuplicateGroup], list[list[tuple[int, Publication | None]]]]:
    """Groups of each component (``_groups_from_edges`` on its records, re-indexed in
    ascending order, with the ``recurring`` titles of the whole input, which the groups'
    evidence names), in global ids; with ``merge``, the merged records too, routed to
    the partition of their first record: (id, merged record) for the first record of
    each part, (id, None) for the records merged into it."""
    record_of: dict[int, Picked] = {}
    for rows in fetched:
        for row in unpack(rows):
            record_of[row[0]] = row
    groups: list[DuplicateGroup] = []
    replaced: list[list[tuple[int, Publication | None]]] = [[] for _ in offsets]
    for ids, edges in components:
        picked = [record_of[g] for g in ids]
        feats = features_of(picked, slots, recurring or set())
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
    part: Any,
    offset: int,
    replaced: Sequence[Sequence[tuple[int, Publication | None]]],
) -> list[Publication]:
    """One partition of the merged output: each merged record at its first record's
    place, the records merged into it left out, every other record as it is."""
    change: dict[int, Publication | None] = {}
    for rows in replaced:
        change.update(rows)
    pubs = records_of(part)
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
