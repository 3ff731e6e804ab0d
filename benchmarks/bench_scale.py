"""Scale benchmark of the Dask path (``pubrecords.dask``) against the in-process one.

Synthetic records from ``gen_records.py`` (about 20 % duplicates), made in shards of
``--shard`` records (shard ``s`` is ``generate(shard, seed + s)``; its work ids are
offset so copies never cross shards). The Dask path makes its shards on the workers,
inside the run (each partition is made and written to its worker's disk in one task,
so the records never pass through the client and no worker holds more than one
partition's records at a time); the in-process path makes the same shards here, in
the same order, so both see the same records.

Prints, for the Dask path on a ``distributed.LocalCluster`` (``--workers`` processes,
one thread each): the seconds and records per second of every stage, the sizes seen
(blocks, largest block, pairs, edges, components, largest component), the peak
memory of each worker, and F1 on the synthetic truth; then the in-process time, the
ratio and whether the groups are identical (targets: Dask ≤ 2× in-process at 1M, the
same groups; at 10M ≤ 45 min and ≤ 6 GB per worker with 2 workers). Usage::

    python benchmarks/bench_scale.py --size 100000
    python benchmarks/bench_scale.py --size 1000000
    python benchmarks/bench_scale.py --size 10000000 --no-in-process
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _shard(seed_and_size: Sequence[tuple[int, int]], truth: str | None = None) -> list[object]:
    """Records of some shards (runs on a worker); with ``truth`` (a folder), the work id
    of each record is written there too (``{seed}-{size}.ids``), so that the truth need
    not be generated again."""
    from array import array

    from gen_records import generate

    out: list[object] = []
    for seed, size in seed_and_size:
        pubs, ids = generate(size, seed)
        out.extend(pubs)
        if truth is not None:
            with open(Path(truth) / f"{seed}-{size}.ids", "wb") as handle:
                array("q", ids).tofile(handle)
    return out


def _truth(shards: Sequence[tuple[int, int]], truth: str | None = None) -> list[int]:
    from array import array

    from gen_records import generate

    cluster: list[int] = []
    base = 0
    for seed, size in shards:
        saved = Path(truth) / f"{seed}-{size}.ids" if truth is not None else None
        if saved is not None and saved.exists():
            ids: Sequence[int] = array("q", saved.read_bytes())
        else:
            ids = generate(size, seed)[1]
        cluster.extend(base + c for c in ids)
        base += max(ids) + 1
    return cluster


def _pairs(groups: Iterable[Sequence[int]]) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for members in groups:
        m = sorted(members)
        for a in range(len(m)):
            for b in range(a + 1, len(m)):
                out.add((m[a], m[b]))
    return out


def _f1(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process(os.getpid()).memory_info().rss) / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--shard", type=int, default=100_000, help="records per shard")
    ap.add_argument("--per-partition", type=int, default=1, help="shards per partition")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--memory-limit", default="6GB", help="per worker (spills beyond 60%%)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-in-process", action="store_true")
    ap.add_argument("--no-truth", action="store_true", help="skip F1 (regenerates the truth)")
    args = ap.parse_args()

    import dask.bag as db
    from distributed import Client, LocalCluster

    from pubrecords import dask as pdask

    sizes = []
    left = args.size
    while left > 0:
        sizes.append(min(args.shard, left))
        left -= sizes[-1]
    shards = [(args.seed + s, size) for s, size in enumerate(sizes)]
    chunks = [shards[k : k + args.per_partition] for k in range(0, len(shards), args.per_partition)]
    print(
        f"{args.size:,} records in {len(shards)} shards, {len(chunks)} partitions; "
        f"{args.workers} workers × 1 thread, memory limit {args.memory_limit} each; "
        f"load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )

    cluster = LocalCluster(
        n_workers=args.workers,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        memory_limit=args.memory_limit,
    )
    client = Client(cluster)
    import tempfile

    truth = None if args.no_truth else tempfile.mkdtemp(prefix="bench-scale-truth-")
    bag = db.from_sequence(chunks, npartitions=len(chunks)).map_partitions(
        lambda part: _shard([s for chunk in part for s in chunk], truth)
    )
    base_mem = client.run(_rss_mb)

    last = [time.perf_counter()]

    def progress(stage: str, done: int, total: int | None) -> None:
        if total and done == total:
            now = time.perf_counter()
            rss = client.run(_rss_mb)
            peak = client.run(_peak_rss_mb)
            mem = ", ".join(
                f"{rss[w] / 1024:.2f} GB (peak {peak[w] / 1024:.2f})" for w in sorted(rss)
            )
            print(
                f"  {stage:<16} done at {now - start:7.1f} s; workers' RSS {mem}",
                file=sys.stderr,
                flush=True,
            )
            last[0] = now

    stats: dict[str, float] = {}
    start = time.perf_counter()
    groups = pdask.find_duplicates(bag, progress=progress, stats=stats)
    dask_seconds = time.perf_counter() - start
    peaks = client.run(_peak_rss_mb)
    n = args.size
    print(
        f"\nDask path: {dask_seconds:.1f} s for {n:,} records ({n / dask_seconds:,.0f} records/s)"
    )
    for key, value in stats.items():
        if key.startswith("seconds:"):
            stage = key.split(":", 1)[1]
            print(f"  {stage:<12} {value:8.1f} s   {n / max(value, 1e-9):>12,.0f} records/s")
    for key in (
        "blocks",
        "largest_block",
        "largest_range",
        "pairs",
        "edges",
        "components",
        "largest_component",
        "groups",
    ):
        print(f"  {key:<18} {int(stats.get(key, 0)):>12,}")
    for worker, peak in sorted(peaks.items()):
        print(
            f"  worker {worker}: peak RSS {peak / 1024:.2f} GB "
            f"(before the run {base_mem[worker] / 1024:.2f} GB)"
        )
    client.close()
    cluster.close()
    del bag

    if not args.no_truth:
        gold = _pairs([m for m in _groups_of(_truth(shards, truth))])
        if truth is not None:
            import shutil

            shutil.rmtree(truth, ignore_errors=True)
        p, r, f = _f1(_pairs(g.members for g in groups if g.kind != "maybe"), gold)
        print(f"  synthetic truth: P {p:.4f} R {r:.4f} F1 {f:.4f}")

    if args.no_in_process:
        return
    import pubrecords

    pubs = _shard(shards)
    start = time.perf_counter()
    expected = pubrecords.find_duplicates(pubs)
    local_seconds = time.perf_counter() - start
    print(
        f"\nin-process: {local_seconds:.1f} s ({n / local_seconds:,.0f} records/s), "
        f"peak RSS of this process {_peak_rss_mb() / 1024:.2f} GB"
    )
    print(
        f"Dask / in-process: {dask_seconds / local_seconds:.2f}× (target ≤ 2×); "
        f"same groups: {groups == expected} ({len(groups):,} vs {len(expected):,})"
    )


def _groups_of(cluster: Sequence[int]) -> list[list[int]]:
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cluster):
        members.setdefault(c, []).append(i)
    return [m for m in members.values() if len(m) > 1]


if __name__ == "__main__":
    main()
