"""Duplicate-detection benchmark: quality on real data, speed and memory at scale, peers.

Prints, for each data set, pairwise precision, recall and F1 against the truth, and the
time taken:

* real sets from ``../shared/benchmarks/dedup`` (each read as one table with
  ``pubrecords.read_table``): Cora, DBLP-ACM and the systematic-review exports stroke,
  haematology and respiratory. Our predicted pairs are the pairs inside ``identical``
  and ``variant`` groups (what ``deduplicate`` merges; ``version`` groups are linked,
  not merged); F1 over all group kinds is shown beside. Peers in the same run:
  Zotero-style matching, and bib-dedupe (prep, block, match, cluster: its confirmed
  duplicates, not its "maybe" pairs), run in a subprocess on the file as its source
  ships it (``original/records_pre_merged.csv``) or, where there is none, on our parsed
  records in the BibTeX-like columns it takes. Then the targets of issue #13 as
  PASS/FAIL lines;
* synthetic sets of 10k, 100k and 1M records from ``gen_records.py`` (about 20 %
  duplicates with realistic corruption), each run in a fresh process so its peak
  memory (max RSS, records included) is its own; times and their ratios;
* peers on the 10k set, in the same run: Zotero-style matching (DOI, or normalised title
  plus a shared creator surname and years at most one apart) and ``recordlinkage``
  (sorted-neighbourhood indexing on the title, string comparisons, a threshold rule).

Times on the real sets are CPU seconds (bib-dedupe's worker processes included) and
wall seconds; the speed ratio (bib-dedupe's time over ours) is printed for both, and the
speed target is checked on the smaller of the two.

One set of default settings is used for everything. Usage::

    python benchmarks/bench_dedup.py                 # everything (1M takes a while)
    python benchmarks/bench_dedup.py --sizes 10000   # quick
    python benchmarks/bench_dedup.py --sets stroke,haematology --sizes "" --no-peer
    python benchmarks/bench_dedup.py --sizes "" --false-pairs /tmp/false_pairs.csv
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib.util
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

SR_SETS = ("stroke", "haematology", "respiratory")
REAL_SETS = ("cora", "dblp_acm", *SR_SETS)
MERGED_KINDS = ("identical", "variant")
#: Record fields written side by side in the --false-pairs CSV.
SHOW_FIELDS = ("title", "authors", "year", "venue", "volume", "issue", "pages", "doi")

IdPair = tuple[str, str]


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


# ------------------------------------------------------------------ real data: helpers


def _id_pair(a: str, b: str) -> IdPair:
    return (a, b) if a <= b else (b, a)


def _record_ids(pubs: Sequence[object]) -> list[str]:
    """Each record's id: its key, else the key of its (first) source row."""
    ids: list[str] = []
    for i, p in enumerate(pubs):
        key = p.key  # type: ignore[attr-defined]
        if not key and p.provenance:  # type: ignore[attr-defined]
            key = p.provenance[0].key  # type: ignore[attr-defined]
        ids.append(key or f"#{i}")
    return ids


def _read_gold(folder: Path) -> set[IdPair]:
    with open(folder / "gold_pairs.csv", encoding="utf-8", newline="") as fh:
        return {_id_pair(row["id1"], row["id2"]) for row in csv.DictReader(fh)}


def _id_pairs(groups: Iterable[Sequence[int]], ids: Sequence[str]) -> set[IdPair]:
    return {_id_pair(ids[a], ids[b]) for a, b in _pairs_of_groups(groups)}


def _quality(pred: set[IdPair], gold: set[IdPair]) -> dict[str, float]:
    p, r, f = _score(pred, gold)  # type: ignore[arg-type]
    return {"p": p, "r": r, "f": f, "false": len(pred - gold), "missed": len(gold - pred)}


def _fmt(q: dict[str, float]) -> str:
    return (
        f"P {q['p']:.4f} R {q['r']:.4f} F1 {q['f']:.4f}  "
        f"false {q['false']:>4.0f} missed {q['missed']:>5.0f}"
    )


# ------------------------------------------------------------ real data: bib-dedupe peer


def _bib_dedupe_frame(folder: Path) -> tuple[object, str]:
    """The records as bib-dedupe takes them, and where they came from.

    ``original/records_pre_merged.csv`` (the file as bib-dedupe's own benchmark ships it:
    ID, ENTRYTYPE, title, author, year, journal, volume, number, pages) is read as it
    is. Without it, our parsed records are written in those columns (authors as
    ``Family, Given and ...``, which is what bib-dedupe's author preparation expects;
    Cora and DBLP-ACM give authors comma-separated, which it would misread).
    """
    import pandas as pd

    original = folder / "original" / "records_pre_merged.csv"
    if original.exists():
        return pd.read_csv(original), "original/records_pre_merged.csv"
    from pubrecords import read_table

    pubs = read_table(folder / "records.csv")
    rows = []
    for key, p in zip(_record_ids(pubs), pubs, strict=True):
        names = [
            f"{a.family}, {a.given}" if a.family and a.given else (a.family or a.literal)
            for a in p.authors
        ]
        rows.append(
            {
                "ID": key,
                "ENTRYTYPE": "article",
                "title": p.title or "",
                "author": " and ".join(n for n in names if n),
                "year": str(p.year or ""),
                "journal": p.venue or "",
                "volume": p.volume or "",
                "number": p.issue or "",
                "pages": p.pages or "",
                "doi": p.doi or "",
                "abstract": p.abstract or "",
            }
        )
    return pd.DataFrame(rows, dtype=str), "records.csv, authors re-joined with ' and '"


def _cpu_all() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def bib_dedupe_worker(name: str) -> None:
    """bib-dedupe on one real set in this process; prints one JSON line.

    Its own output (and that of its worker processes) goes to stderr. Timed: prep,
    block, match and cluster (not the imports, not reading the file); CPU time includes
    its worker processes (pools it closes and joins).
    """
    import warnings

    warnings.simplefilter("ignore")
    with contextlib.redirect_stdout(sys.stderr):
        import bib_dedupe
        from bib_dedupe import bib_dedupe as bd

        frame, source = _bib_dedupe_frame(SHARED / name)
        wall0, cpu0 = time.perf_counter(), _cpu_all()
        prepped = bd.prep(frame, verbosity_level=0)
        blocked = bd.block(prepped, verbosity_level=0)
        matched = bd.match(blocked, verbosity_level=0)
        clusters = bd.cluster(matched, verbosity_level=0)
        wall, cpu = time.perf_counter() - wall0, _cpu_all() - cpu0
    labels = matched["duplicate_label"] if len(matched) else []
    result = {
        "pairs": [[str(a), str(b)] for c in clusters for a, b in itertools.combinations(c, 2)],
        "maybe": int(sum(1 for x in labels if x == "maybe")),
        "wall_s": wall,
        "cpu_s": cpu,
        "source": source,
        "version": getattr(bib_dedupe, "__version__", None) or _dist_version("bib-dedupe"),
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result))


def _dist_version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "?"


def run_bib_dedupe(name: str) -> dict[str, object] | str:
    """bib-dedupe on one set in a subprocess: its result, or why there is none."""
    if importlib.util.find_spec("bib_dedupe") is None:
        return "not installed (pip install bib-dedupe)"
    cmd = [sys.executable, __file__, "--bib-dedupe-worker", name]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=3600)
    except subprocess.TimeoutExpired:
        return "timed out after 3600 s"
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return f"failed (exit {done.returncode}): {tail[0][:200]}"
    return json.loads(lines[-1])  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- real data


def _raw_rows(folder: Path) -> dict[str, dict[str, str]]:
    with open(folder / "records.csv", encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def _pair_rows(
    name: str,
    folder: Path,
    groups: Sequence[object],
    ids: Sequence[str],
    pred: set[IdPair],
    gold: set[IdPair],
    peer_pairs: set[IdPair] | None,
) -> list[dict[str, object]]:
    """One row per false and per missed pair of ours, both records side by side, with
    what we made of the pair (the group holding both, with its evidence, e.g. a
    ``version`` group for a missed pair) and whether bib-dedupe calls it a duplicate."""
    raw = _raw_rows(folder)
    group_of: dict[str, object] = {}
    for g in groups:
        for m in g.members:  # type: ignore[attr-defined]
            group_of[ids[m]] = g
    rows: list[dict[str, object]] = []
    for status, pairs in (("false", sorted(pred - gold)), ("missed", sorted(gold - pred))):
        for a, b in pairs:
            ga, gb = group_of.get(a), group_of.get(b)
            if ga is not None and ga is gb:
                ours = f"{ga.kind} group, score {ga.score:.2f}"  # type: ignore[attr-defined]
                evidence = " | ".join(str(e) for e in ga.evidence)  # type: ignore[attr-defined]
            else:
                ours = {
                    (True, True): "different groups",
                    (False, False): "not grouped",
                }.get((ga is not None, gb is not None), "one of them grouped")
                evidence = ""
            row: dict[str, object] = {
                "set": name,
                "status": status,
                "pubrecords": ours,
                "bib_dedupe": "not run"
                if peer_pairs is None
                else ("duplicate" if (a, b) in peer_pairs else "not duplicate"),
                "evidence": evidence,
            }
            for side, key in (("1", a), ("2", b)):
                rec = raw.get(key, {})
                row[f"id_{side}"] = key
                for field in SHOW_FIELDS:
                    row[f"{field}_{side}"] = rec.get(field, "")
            rows.append(row)
    return rows


def real(
    name: str, *, peer: bool, pair_rows: list[dict[str, object]] | None = None
) -> dict[str, object] | None:
    """One real set: ours, Zotero-style and (with ``peer``) bib-dedupe; prints and
    returns the numbers the targets need (None if the set is missing)."""
    import warnings

    from pubrecords import find_duplicates, read_table

    folder = SHARED / name
    if not (folder / "records.csv").exists():
        print(f"{name:<12} skipped: {folder / 'records.csv'} not found")
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = read_table(folder / "records.csv")
    ids = _record_ids(pubs)
    gold = _read_gold(folder)
    unknown = {x for pair in gold for x in pair} - set(ids)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        groups = find_duplicates(pubs)
    ours_cpu, ours_wall = time.process_time() - cpu0, time.perf_counter() - wall0
    # what deduplicate merges: identical and variant groups, and each part of a version
    # group (records of one publication, linked to the other versions)
    merged = [g.members for g in groups if g.kind in MERGED_KINDS]
    merged += [part for g in groups if g.kind == "version" for part in g.parts if len(part) > 1]
    pred = _id_pairs(merged, ids)
    ours = _quality(pred, gold)
    ours_all = _quality(_id_pairs((g.members for g in groups if g.kind != "maybe"), ids), gold)
    t0 = time.process_time()
    zg = zotero_groups(pubs)
    z_cpu = time.process_time() - t0
    zot = _quality(_id_pairs(zg, ids), gold)

    print(f"{name:<12} {len(pubs):>6,} records, {len(gold):>6,} true pairs")
    if unknown:
        print(f"    warning: {len(unknown)} ids of gold_pairs.csv are not record ids")
    print(
        f"    {'pubrecords':<13} {_fmt(ours)}  cpu {ours_cpu:7.2f} s  wall {ours_wall:7.2f} s"
        f"   (all group kinds: F1 {ours_all['f']:.4f})"
    )
    print(f"    {'zotero-style':<13} {_fmt(zot)}  cpu {z_cpu:7.2f} s")
    result: dict[str, object] = {"name": name, "ours": ours, "ours_cpu": ours_cpu}
    result["ours_wall"] = ours_wall
    peer_pairs: set[IdPair] | None = None
    if peer:
        bd = run_bib_dedupe(name)
        if isinstance(bd, str):
            print(f"    {'bib-dedupe':<13} {bd}")
        else:
            peer_pairs = {_id_pair(a, b) for a, b in bd["pairs"]}  # type: ignore[attr-defined]
            theirs = _quality(peer_pairs, gold)
            b_cpu, b_wall = float(bd["cpu_s"]), float(bd["wall_s"])  # type: ignore[arg-type]
            print(
                f"    {'bib-dedupe':<13} {_fmt(theirs)}  cpu {b_cpu:7.2f} s  wall {b_wall:7.2f} s"
                f"   ({bd['maybe']} maybe pairs not counted; input {bd['source']})"
            )
            cpu_ratio = b_cpu / max(ours_cpu, 1e-9)
            wall_ratio = b_wall / max(ours_wall, 1e-9)
            print(
                f"    {'speed':<13} bib-dedupe time / ours: CPU x{cpu_ratio:.1f}, "
                f"wall x{wall_ratio:.1f} (bib-dedupe {bd['version']}, {bd['cpus']} CPUs)"
            )
            result.update(peer=theirs, cpu_ratio=cpu_ratio, wall_ratio=wall_ratio)
    if pair_rows is not None:
        pair_rows.extend(_pair_rows(name, folder, groups, ids, pred, gold, peer_pairs))
    return result


def targets(results: Sequence[dict[str, object]]) -> None:
    """The targets of issue #13 that these sets measure, one PASS/FAIL line each."""
    print(
        "targets (issue #13; ours = pairs deduplicate merges: identical + variant groups and parts of version groups; speed = bib-dedupe"
        " time / ours, the smaller of the CPU and wall ratios):"
    )

    def line(ok: bool | None, text: str) -> None:
        print(f"  {'SKIP' if ok is None else 'PASS' if ok else 'FAIL'}  {text}")

    for res in results:
        name, ours = str(res["name"]), res["ours"]
        f = ours["f"]  # type: ignore[index]
        if name in SR_SETS:
            p = ours["p"]  # type: ignore[index]
            line(p >= 0.995, f"{name:<12} precision {p:.4f} >= 0.995")
            if "peer" in res:
                pf = res["peer"]["f"]  # type: ignore[index]
                line(f >= pf, f"{name:<12} F1 {f:.4f} >= bib-dedupe F1 {pf:.4f}")
                speed = min(float(res["cpu_ratio"]), float(res["wall_ratio"]))  # type: ignore[arg-type]
                line(speed >= 10, f"{name:<12} speed x{speed:.1f} >= x10")
            else:
                line(None, f"{name:<12} F1 and speed against bib-dedupe (peer not run)")
        elif name == "dblp_acm":
            line(f >= 0.985, f"{name:<12} F1 {f:.4f} >= 0.985")
        elif name == "cora":
            line(f >= 0.85, f"{name:<12} F1 {f:.4f} >= 0.85 (floor; reported, not a target)")


def write_pair_rows(path: str, rows: Sequence[dict[str, object]]) -> None:
    fields = ["set", "status", "pubrecords", "bib_dedupe", "evidence"]
    for side in ("1", "2"):
        fields += [f"id_{side}", *(f"{f}_{side}" for f in SHOW_FIELDS)]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    false = sum(1 for r in rows if r["status"] == "false")
    print(f"wrote {false} false and {len(rows) - false} missed pairs to {path}")


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
    parser.add_argument(
        "--sets",
        default=",".join(REAL_SETS),
        help=f"real sets to run, comma-separated (default {','.join(REAL_SETS)})",
    )
    parser.add_argument("--no-real", action="store_true", help="skip all real sets")
    parser.add_argument("--no-peer", action="store_true", help="skip bib-dedupe")
    parser.add_argument(
        "--false-pairs",
        metavar="FILE",
        help="write our false and missed pairs on the real sets to this CSV",
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--peers", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bib-dedupe-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.peers)
        return
    if args.bib_dedupe_worker:
        bib_dedupe_worker(args.bib_dedupe_worker)
        return
    print(f"machine: {os.cpu_count()} CPUs, load average at start {os.getloadavg()[0]:.1f}")
    sets = [] if args.no_real else [x.strip() for x in args.sets.split(",") if x.strip()]
    unknown = [x for x in sets if x not in REAL_SETS and not (SHARED / x).is_dir()]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(REAL_SETS)}")
    pair_rows: list[dict[str, object]] | None = [] if args.false_pairs else None
    results = [r for name in sets if (r := real(name, peer=not args.no_peer, pair_rows=pair_rows))]
    if results:
        targets(results)
    if args.false_pairs and pair_rows is not None:
        write_pair_rows(args.false_pairs, pair_rows)
    synthetic([int(x) for x in args.sizes.split(",") if x])
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
