"""Duplicate-detection benchmark: quality on real data, speed and memory at scale, peers.

Prints, for each data set, pairwise precision, recall and F1 of the pairs implied by
the groups (all kinds) against the truth, and the time taken:

* Cora and DBLP-ACM from ``../shared/benchmarks/dedup`` (each read as one table);
* synthetic sets of 10k, 100k and 1M records from ``gen_records.py`` (about 20 %
  duplicates with realistic corruption), each run in a fresh process so its peak
  memory (max RSS, records included) is its own; times and their ratios;
* peers on the 10k set, in the same run: Zotero-style matching (DOI, or normalised title
  plus a shared creator surname and years at most one apart) and ``recordlinkage``
  (sorted-neighbourhood indexing on the title, string comparisons, a threshold rule).

One set of default settings is used for everything. Usage::

    python benchmarks/bench_dedup.py                 # everything (1M takes a while)
    python benchmarks/bench_dedup.py --sizes 10000   # quick
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "benchmarks" / "dedup"
sys.path.insert(0, str(HERE))


def _pairs_of_groups(groups: Iterable[Sequence[int]]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in groups:
        m = sorted(members)
        for a in range(len(m)):
            for b in range(a + 1, len(m)):
                pairs.add((m[a], m[b]))
    return pairs


def _score(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


# --------------------------------------------------------------------------- peers


def zotero_groups(pubs: Sequence[object]) -> list[list[int]]:
    """Zotero's rule: same DOI; or same normalised title, a shared creator surname
    (or no creators) and years at most one apart."""
    from pubrecords.dedup.features import _family, _norm_doi, _norm_title

    by_doi: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for i, p in enumerate(pubs):
        doi = _norm_doi(p.doi)  # type: ignore[attr-defined]
        if doi:
            by_doi.setdefault(doi, []).append(i)
        t = _norm_title(p.title)  # type: ignore[attr-defined]
        if t:
            by_title.setdefault(t, []).append(i)
    pairs: list[tuple[int, int]] = []
    for block in by_doi.values():
        pairs.extend((block[0], x) for x in block[1:])
    for block in by_title.values():
        for a in range(len(block)):
            pa = pubs[block[a]]
            fa = {_family(x) for x in pa.authors}  # type: ignore[attr-defined]
            for b in range(a + 1, len(block)):
                pb = pubs[block[b]]
                fb = {_family(x) for x in pb.authors}  # type: ignore[attr-defined]
                if fa and fb and not (fa & fb):
                    continue
                ya, yb = pa.year, pb.year  # type: ignore[attr-defined]
                if ya is not None and yb is not None and abs(ya - yb) > 1:
                    continue
                pairs.append((block[a], block[b]))
    return _components(len(pubs), pairs)


def recordlinkage_groups(pubs: Sequence[object]) -> list[list[int]] | str:
    """recordlinkage: sorted-neighbourhood index on the title, Jaro-Winkler comparisons
    of title, authors and venue, exact year; a record pair matches when the summed
    feature score exceeds 2.5 of 4 (the rule of the library's tutorial)."""
    try:
        import pandas as pd
        import recordlinkage
    except ImportError as exc:  # pragma: no cover - depends on the environment
        return f"not installed ({exc.name})"
    rows = [
        {
            "title": p.title.lower(),  # type: ignore[attr-defined]
            "authors": ", ".join(str(a) for a in p.authors).lower(),  # type: ignore[attr-defined]
            "venue": (p.venue or "").lower(),  # type: ignore[attr-defined]
            "year": p.year or 0,  # type: ignore[attr-defined]
        }
        for p in pubs
    ]
    frame = pd.DataFrame(rows)
    indexer = recordlinkage.Index()
    indexer.add(recordlinkage.index.SortedNeighbourhood("title", window=9))
    candidates = indexer.index(frame)
    compare = recordlinkage.Compare()
    compare.string("title", "title", method="jarowinkler", threshold=0.85, label="title")
    compare.string("authors", "authors", method="jarowinkler", threshold=0.7, label="authors")
    compare.string("venue", "venue", method="jarowinkler", threshold=0.8, label="venue")
    compare.exact("year", "year", label="year")
    features = compare.compute(candidates, frame)
    matches = features[features.sum(axis=1) > 2.5].index
    return _components(len(pubs), ((int(a), int(b)) for a, b in matches))


# --------------------------------------------------------------------------- real data


def real(name: str) -> None:
    from pubrecords import find_duplicates, read_table

    folder = SHARED / name
    if not folder.exists():
        print(f"{name:<10} skipped: {folder} not found")
        return
    pubs = read_table(folder / "records.csv")
    index = {p.key: i for i, p in enumerate(pubs)}
    with open(folder / "gold_pairs.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    gold = {tuple(sorted((index[a], index[b]))) for a, b in rows}
    gold_set: set[tuple[int, int]] = {(a, b) for a, b in gold}
    t0 = time.perf_counter()
    groups = find_duplicates(pubs)
    ours_t = time.perf_counter() - t0
    p, r, f = _score(_pairs_of_groups(g.members for g in groups), gold_set)
    t0 = time.perf_counter()
    zg = zotero_groups(pubs)
    z_t = time.perf_counter() - t0
    zp, zr, zf = _score(_pairs_of_groups(zg), gold_set)
    print(
        f"{name:<10} {len(pubs):>9,} records  ours: P {p:.4f} R {r:.4f} F1 {f:.4f} "
        f"in {ours_t:6.2f} s   | zotero-style: P {zp:.4f} R {zr:.4f} F1 {zf:.4f} in {z_t:5.2f} s"
    )


# --------------------------------------------------------------------------- synthetic


def worker(n: int, peers: bool) -> None:
    """One synthetic size in this process; prints one JSON line."""
    from gen_records import generate, gold_pairs
    from pubrecords import deduplicate, find_duplicates

    t0 = time.perf_counter()
    pubs, cluster = generate(n, seed=1)
    gen_t = time.perf_counter() - t0
    rss_records = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    gold = gold_pairs(cluster)
    t0 = time.perf_counter()
    groups = find_duplicates(pubs)
    find_t = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = deduplicate(pubs, groups=groups)
    merge_t = time.perf_counter() - t0
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    p, r, f = _score(_pairs_of_groups(g.members for g in groups), gold)
    result: dict[str, object] = {
        "n": n,
        "gen_s": gen_t,
        "find_s": find_t,
        "merge_s": merge_t,
        "total_s": find_t + merge_t,
        "cpu_s": cpu.ru_utime + cpu.ru_stime,
        "p": p,
        "r": r,
        "f": f,
        "out": len(out),
        "maxrss_mb": cpu.ru_maxrss / 1024,
        "records_rss_mb": rss_records / 1024,
        "load": os.getloadavg()[0],
    }
    if peers:
        t0 = time.perf_counter()
        zg = zotero_groups(pubs)
        result["zotero"] = (time.perf_counter() - t0, *_score(_pairs_of_groups(zg), gold))
        t0 = time.perf_counter()
        rg = recordlinkage_groups(pubs)
        if isinstance(rg, str):
            result["recordlinkage"] = rg
        else:
            result["recordlinkage"] = (
                time.perf_counter() - t0,
                *_score(_pairs_of_groups(rg), gold),
            )
    print(json.dumps(result))


def synthetic(sizes: Sequence[int]) -> None:
    runs: dict[int, dict[str, object]] = {}
    for n in sizes:
        cmd = [sys.executable, __file__, "--worker", str(n)]
        if n == sizes[0]:
            cmd.append("--peers")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"synthetic {n:,}: failed\n{done.stderr[-2000:]}")
            continue
        res = json.loads(done.stdout.strip().splitlines()[-1])
        runs[n] = res
        print(
            f"synthetic {n:>9,} records  ours: P {res['p']:.4f} R {res['r']:.4f} F1 {res['f']:.4f}"
            f"  find {res['find_s']:6.1f} s + merge {res['merge_s']:5.1f} s = {res['total_s']:6.1f} s"
            f"  (cpu {res['cpu_s']:.0f} s incl. generation)  peak RSS {res['maxrss_mb']:,.0f} MB"
            f" (records alone {res['records_rss_mb']:,.0f} MB)  load avg {res['load']:.1f}"
        )
        for peer in ("zotero", "recordlinkage"):
            if peer in res:
                val = res[peer]
                if isinstance(val, str):
                    print(f"    peer {peer:<14} {val}")
                else:
                    t, p, r, f = val
                    print(
                        f"    peer {peer:<14} P {p:.4f} R {r:.4f} F1 {f:.4f} in {t:6.2f} s"
                        f"   (ours: F1 {res['f']:.4f} in {res['total_s']:.2f} s)"
                    )
    ordered = [n for n in sizes if n in runs]
    for a, b in itertools.pairwise(ordered):
        ta, tb = float(runs[a]["total_s"]), float(runs[b]["total_s"])  # type: ignore[arg-type]
        print(f"ratio time {b:,}/{a:,}: {tb / ta:5.1f} (records x{b / a:.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--peers", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-real", action="store_true", help="skip Cora and DBLP-ACM")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.peers)
        return
    print(f"machine: {os.cpu_count()} CPUs, load average at start {os.getloadavg()[0]:.1f}")
    if not args.no_real:
        real("cora")
        real("dblp_acm")
    synthetic([int(x) for x in args.sizes.split(",") if x])
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
