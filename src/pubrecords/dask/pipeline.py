"""The Dask path: the same duplicate groups and merged records as in-process, with the
work spread over a cluster.

Stages (each a task per partition or bucket; see :mod:`.stages`): each partition made
(read), written to a file on its worker (workers keep features, not records: see
``stages.Shard``), its features and title-word counts computed -> document
frequencies (a tree reduction) -> blocking keys, shuffled by key into buckets, and
titles, shuffled into ranges of the sorted order -> candidate pairs of each block where
its bucket lands, and of the sorted-title windows of each range (with a look-ahead into
the next) -> pairs routed to the partition of their first record, which gets the other
records from their files and scores them -> edges gathered; connected components on
the client -> records shuffled by component, each component clustered (and merged) on
its own -> groups in global ids.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Any

from ..dedup.features import WINDOW
from ..dedup.groups import DuplicateGroup
from ..dedup.pipeline import Edge
from ..model import Publication
from ..progress import ProgressCallback
from . import stages
from .runner import Runner

__all__ = ["deduplicate", "find_duplicates"]

#: Records per partition when a plain list is split up.
PARTITION_SIZE = 50_000
#: Fan-in of the reduction of word counts.
_FAN_IN = 8
#: Title samples per partition, to split the sorted order into ranges.
_SAMPLES = 200


def find_duplicates(
    records: Any,
    *,
    progress: ProgressCallback | None = None,
    partitions: int | None = None,
    stats: dict[str, float] | None = None,
) -> list[DuplicateGroup]:
    """:func:`pubrecords.find_duplicates` on a cluster: the same groups (kinds, members
    as positions in the whole input, evidence).

    ``records`` is a Dask bag of :class:`~pubrecords.Publication` (see
    :func:`read_records`) or a plain sequence of them. The work runs on the active
    ``distributed`` client (``Client(...)``) or, without one, in this process.
    ``partitions`` re-partitions the input first; ``progress(stage, done, total)`` hears
    of each stage's tasks; ``stats``, when given, is filled with the sizes seen (records,
    blocks, largest block, pairs, edges, components, largest component) and the
    seconds each stage took.

        >>> import dask.bag as db
        >>> from pubrecords import Publication, Person
        >>> from pubrecords.dask import find_duplicates
        >>> bo = Person(given="Bo", family="Yang")
        >>> pubs = [Publication(title="Graph Minors", authors=(bo,), year=1990),
        ...         Publication(title="Tree Widths", authors=(bo,), year=1991),
        ...         Publication(title="Graph minors.", authors=(bo,), year=1990)]
        >>> [g.members for g in find_duplicates(db.from_sequence(pubs, npartitions=2))]
        [(0, 2)]
    """
    groups, _ = _run(records, progress, partitions, stats, merge=False)
    return groups


def deduplicate(
    records: Any,
    *,
    progress: ProgressCallback | None = None,
    partitions: int | None = None,
    stats: dict[str, float] | None = None,
) -> list[Publication]:
    """:func:`pubrecords.deduplicate` on a cluster: the same merged records, in the same
    order. (:func:`write_deduplicated` writes them as partitions instead.)

        >>> import dask.bag as db
        >>> from pubrecords import Person, Publication
        >>> from pubrecords.dask import deduplicate
        >>> neil = Person(given="Neil", family="Robertson")
        >>> pubs = [Publication(title="Graph Minors", authors=(neil,), year=1983),
        ...         Publication(title="Graph minors.", authors=(neil,), year=1983)]
        >>> [(p.title, len(p.merged_from)) for p in deduplicate(db.from_sequence(pubs))]
        [('Graph Minors', 2)]
    """
    _, merged = _run(records, progress, partitions, stats, merge=True)
    runner = Runner.current(None)
    return [pub for part in runner.gather(merged) for pub in part]


# ----------------------------------------------------------------------------- driver


def _partitions(
    records: Any, runner: Runner, partitions: int | None
) -> tuple[list[Any], list[Any], list[str | None]]:
    """Handles of the input partitions, of their features (``stages.partition_features``)
    and the worker holding each. In this process the partitions are lists of records; on
    a cluster each is a ``stages.Shard``: its records in a file on the worker that made
    them, read again where a stage needs them (workers hold features, not records)."""
    if hasattr(records, "to_delayed"):
        if partitions is not None and partitions != records.npartitions:
            records = records.repartition(npartitions=partitions)
        if runner.client is not None:
            # each partition is made (read, generated), put away and its features
            # computed in one task, so a worker holds one partition's records at a time
            # (a new task name each run: its files are removed at the end of the run)
            ingested = records.map_partitions(stages.ingest, _SAMPLES, uuid.uuid4().hex)
            return _ingested(runner, list(runner.client.compute(ingested.to_delayed())))
        import dask

        delayed = records.to_delayed()
        chunks = [list(part) for part in dask.compute(*delayed)]  # type: ignore[attr-defined,no-untyped-call]
    else:
        pubs = list(records)
        count = partitions or max(1, -(-len(pubs) // PARTITION_SIZE))
        size = -(-len(pubs) // count) if pubs else 1
        chunks = [pubs[k : k + size] for k in range(0, len(pubs), size)] or [[]]
        del pubs
        if runner.client is not None:
            sent = runner.spread(chunks)
            del chunks
            at = runner.homes(sent)
            return _ingested(
                runner,
                [
                    runner.submit(stages.ingest, c, _SAMPLES, at=h)
                    for c, h in zip(sent, at, strict=True)
                ],
            )
    feats = [stages.partition_features(c, _SAMPLES) for c in chunks]
    return chunks, feats, [None] * len(chunks)


def _ingested(runner: Runner, ingested: list[Any]) -> tuple[list[Any], list[Any], list[str | None]]:
    home = runner.homes(ingested)
    pairs = [runner.item(x, 0, h) for x, h in zip(ingested, home, strict=True)]
    parts = [runner.item(x, 0, h) for x, h in zip(pairs, home, strict=True)]
    feats = [runner.item(x, 1, h) for x, h in zip(pairs, home, strict=True)]
    return parts, feats, home


def _tree_sum(runner: Runner, counts: list[Any]) -> Any:
    while len(counts) > 1:
        counts = [
            runner.submit(stages.add_counts, *counts[k : k + _FAN_IN])
            for k in range(0, len(counts), _FAN_IN)
        ]
    return counts[0]


def _splitters(samples: Iterable[list[str]], ranges: int) -> list[str]:
    pool = sorted(t for s in samples for t in s)
    if not pool or ranges <= 1:
        return []
    cuts = {pool[len(pool) * k // ranges] for k in range(1, ranges)}
    return sorted(cuts)


class _Timer:
    def __init__(self, stats: dict[str, float] | None) -> None:
        self.stats = stats
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.stats is not None:
            self.stats[f"seconds:{stage}"] = now - self.last
        self.last = now


def _run(
    records: Any,
    progress: ProgressCallback | None,
    partitions: int | None,
    stats: dict[str, float] | None,
    *,
    merge: bool,
) -> tuple[list[DuplicateGroup], list[Any]]:
    runner = Runner.current(progress)
    timer = _Timer(stats)
    info: dict[str, float] = {} if stats is None else stats
    # every task that reads a partition runs where the partition is; bucket b runs
    # beside partition b
    parts, feats, home = _partitions(records, runner, partitions)
    try:
        return _stages(runner, timer, info, parts, feats, home, merge)
    finally:
        if runner.client is not None:
            runner.gather(
                [runner.submit(stages.discard, p, at=h) for p, h in zip(parts, home, strict=True)]
            )


def _stages(
    runner: Runner,
    timer: _Timer,
    info: dict[str, float],
    parts: list[Any],
    feats: list[Any],
    home: list[str | None],
    merge: bool,
) -> tuple[list[DuplicateGroup], list[Any]]:
    count = len(parts)
    buckets = count

    # (made with the input:) features, word counts, title samples
    sizes = runner.gather([runner.item(f, 0, h) for f, h in zip(feats, home, strict=True)])
    samples = runner.gather([runner.item(f, 3, h) for f, h in zip(feats, home, strict=True)])
    df = runner.submit(
        stages.repeated_words,
        _tree_sum(runner, [runner.item(f, 1, h) for f, h in zip(feats, home, strict=True)]),
    )
    rows = [runner.item(f, 2, h) for f, h in zip(feats, home, strict=True)]
    part_feats = [runner.item(f, 4, h) for f, h in zip(feats, home, strict=True)]
    [slots] = runner.gather([runner.item(feats[0], 5, home[0])])
    runner.wait("dask:features", [df, *rows, *part_feats])
    del feats
    offsets = [0, *accumulate(sizes)][:-1]
    total = sum(sizes)
    info["records"] = total
    info["partitions"] = count
    timer.lap("features")
    if total == 0:
        if not merge:
            return [], []
        empty = [
            runner.submit(stages.records_of, p, at=h) for p, h in zip(parts, home, strict=True)
        ]
        runner.wait("dask:merge", empty)
        return [], empty
    splitters = _splitters(samples, buckets)
    ranges = len(splitters) + 1

    # blocking keys by key bucket; titles by range of the sorted order
    keyed = [
        runner.submit(
            stages.partition_keys, rows[p], offsets[p], df, buckets, splitters, at=home[p]
        )
        for p in range(count)
    ]
    hashes = [
        runner.items(runner.item(k, 0, h), buckets, h) for k, h in zip(keyed, home, strict=True)
    ]
    title_rows = [
        runner.items(runner.item(k, 1, h), ranges, h) for k, h in zip(keyed, home, strict=True)
    ]
    del keyed
    # only keys that two records may share travel on
    repeated = [
        runner.submit(stages.repeated_hashes, [hashes[p][b] for p in range(count)], at=home[b])
        for b in range(buckets)
    ]
    flags = [runner.items(r, count, home[b]) for b, r in enumerate(repeated)]
    shared = [
        runner.submit(
            stages.shared_keys,
            rows[p],
            offsets[p],
            df,
            [flags[b][p] for b in range(buckets)],
            at=home[p],
        )
        for p in range(count)
    ]
    key_rows = [runner.items(s, buckets, h) for s, h in zip(shared, home, strict=True)]
    runner.wait("dask:keys", shared)
    del hashes, repeated, flags, shared, rows, df
    timer.lap("keys")

    # blocks -> candidate pairs, where each bucket lands
    blocked = [
        runner.submit(
            stages.bucket_pairs,
            [key_rows[p][b] for p in range(count)],
            offsets,
            total,
            at=home[b],
        )
        for b in range(buckets)
    ]
    block_pairs = [
        runner.items(runner.item(b, 0, h), count, h) for b, h in zip(blocked, home, strict=True)
    ]
    block_sizes = runner.gather(
        [runner.submit(_drop_first, b, at=h) for b, h in zip(blocked, home, strict=True)]
    )
    runner.wait("dask:blocks", blocked)
    del blocked, key_rows
    info["blocks"] = sum(n for n, _ in block_sizes)
    info["largest_block"] = max((m for _, m in block_sizes), default=0)
    timer.lap("blocks")

    # the sorted-title pass, range by range, each with a look-ahead into the next
    at = [home[r % count] for r in range(ranges)]
    ordered = [
        runner.submit(stages.sort_titles, [title_rows[p][r] for p in range(count)], at=at[r])
        for r in range(ranges)
    ]
    lengths = runner.gather([runner.submit(len, o, at=h) for o, h in zip(ordered, at, strict=True)])
    heads = [runner.submit(stages.head, o, at=h) for o, h in zip(ordered, at, strict=True)]
    neighbour = []
    for r in range(ranges):
        after, seen = [], 0
        for s in range(r + 1, ranges):
            if seen >= WINDOW:
                break
            if lengths[s]:
                after.append(heads[s])
                seen += lengths[s]
        neighbour.append(
            runner.submit(
                stages.neighbour_pairs_of_range, ordered[r], after, offsets, total, at=at[r]
            )
        )
    recurring_parts = runner.gather(
        [runner.submit(stages.recurring_titles, o, at=h) for o, h in zip(ordered, at, strict=True)]
    )
    recurring = runner.scatter(set().union(*recurring_parts))
    near_pairs = [runner.items(x, count, h) for x, h in zip(neighbour, at, strict=True)]
    runner.wait("dask:neighbours", neighbour)
    info["largest_range"] = max(lengths, default=0)
    del ordered, heads, neighbour, title_rows
    timer.lap("neighbours")

    # scoring: each partition scores the pairs of its records, fetching the others
    requested = [
        runner.submit(
            stages.pair_requests,
            [block_pairs[b][p] for b in range(buckets)] + [near_pairs[r][p] for r in range(ranges)],
            offsets,
            total,
            p,
            at=home[p],
        )
        for p in range(count)
    ]
    codes = [runner.item(r, 0, h) for r, h in zip(requested, home, strict=True)]
    wanted = [
        runner.items(runner.item(r, 1, h), count, h) for r, h in zip(requested, home, strict=True)
    ]
    pair_counts = runner.gather(
        [runner.submit(len, c, at=h) for c, h in zip(codes, home, strict=True)]
    )
    del block_pairs, near_pairs, requested
    # each partition's records are read once for all the others' pairs
    given = [
        runner.items(
            runner.submit(
                stages.pick_many,
                parts[q],
                part_feats[q],
                offsets[q],
                [wanted[p][q] for p in range(count)],
                at=home[q],
            ),
            count,
            home[q],
        )
        for q in range(count)
    ]
    scored = []
    for p in range(count):
        fetched = [given[q][p] for q in range(count) if q != p]
        scored.append(
            runner.submit(
                stages.score_pairs,
                parts[p],
                part_feats[p],
                offsets[p],
                codes[p],
                fetched,
                recurring,
                total,
                at=home[p],
            )
        )
    runner.wait("dask:score", scored)
    edges: list[Edge] = [e for part in runner.gather(scored) for e in part]
    del scored, codes, wanted, given, fetched
    info["pairs"] = sum(pair_counts)
    info["edges"] = len(edges)
    timer.lap("score")

    # connected components of the edges (here), then each component clustered on its own
    components = _components(edges)
    del edges
    info["components"] = len(components)
    info["largest_component"] = max((len(ids) for ids, _ in components), default=0)
    load = [0] * buckets
    assigned: list[list[stages.Component]] = [[] for _ in range(buckets)]
    wanted_ids: list[list[list[int]]] = [[[] for _ in range(buckets)] for _ in range(count)]
    for comp in sorted(components, key=lambda c: (-len(c[0]), c[0][0])):
        c = min(range(buckets), key=load.__getitem__)
        load[c] += len(comp[0]) + len(comp[1])
        assigned[c].append(comp)
        for g in comp[0]:
            wanted_ids[_partition_of(offsets, g)][c].append(g)
    del components
    for per_part in wanted_ids:
        for ids in per_part:
            ids.sort()
    timer.lap("components")
    assigned_h = runner.spread(assigned)
    wanted_h = runner.spread(wanted_ids)
    del assigned, wanted_ids
    picked = [
        runner.items(
            runner.submit(
                stages.pick_many, parts[q], part_feats[q], offsets[q], wanted_h[q], at=home[q]
            ),
            buckets,
            home[q],
        )
        for q in range(count)
    ]
    clustered = [
        runner.submit(
            stages.cluster_components,
            [picked[q][c] for q in range(count)],
            slots,
            assigned_h[c],
            offsets,
            merge,
            recurring,
            at=home[c],
        )
        for c in range(buckets)
    ]
    runner.wait("dask:cluster", clustered)
    groups = [
        g
        for part in runner.gather(
            [runner.item(c, 0, h) for c, h in zip(clustered, home, strict=True)]
        )
        for g in part
    ]
    groups.sort(key=group_order)
    del picked, part_feats
    info["groups"] = len(groups)
    timer.lap("cluster")
    if not merge:
        return groups, []

    replaced = [
        runner.items(runner.item(c, 1, h), count, h) for c, h in zip(clustered, home, strict=True)
    ]
    merged = [
        runner.submit(
            stages.apply_merges,
            parts[q],
            offsets[q],
            [replaced[c][q] for c in range(buckets)],
            at=home[q],
        )
        for q in range(count)
    ]
    runner.wait("dask:merge", merged)
    timer.lap("merge")
    return groups, merged


def group_order(group: DuplicateGroup) -> tuple[bool, tuple[int, ...]]:
    """The order of groups in-process: by first member, ``maybe`` pairs last."""
    return group.kind == "maybe", group.members


def _drop_first(result: tuple[Any, int, int]) -> tuple[int, int]:
    return result[1], result[2]


def _partition_of(offsets: Sequence[int], g: int) -> int:
    from bisect import bisect_right

    return bisect_right(offsets, g) - 1


def _components(edges: Sequence[Edge]) -> list[stages.Component]:
    """Connected components of the edges (union-find): ids ascending, with their edges."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for _s, i, j, _k in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            if ri < rj:
                parent[rj] = ri
            else:
                parent[ri] = rj
    members: dict[int, list[int]] = {}
    linked: dict[int, list[Edge]] = {}
    for e in edges:
        root = find(e[1])
        linked.setdefault(root, []).append(e)
    nodes = {x for _s, i, j, _k in edges for x in (i, j)}
    for x in nodes:
        members.setdefault(find(x), []).append(x)
    return [(sorted(members[root]), linked[root]) for root in sorted(members)]
