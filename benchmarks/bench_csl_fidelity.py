"""Benchmark: how much of a CSL-JSON file survives a pubrecords round trip (issue #14).

Reads ``../shared/corpus/deepreview-references.csl.json`` (615 items written by manubot) with
:func:`pubrecords.read_csl_json`'s reader (:func:`pubrecords.from_csl` on the parsed items) and
writes it back with :func:`pubrecords.to_csl_json`, with no cleaning and no de-duplication, then
compares each output item with the input item of the same place (``json.loads`` of both).
It prints:

* items in / out;
* keys kept: of every (item, variable) of the input, the share present in the output item;
* values equal: the share whose value is equal (JSON equality) in the output item, and the
  items equal whole; ``id`` aside (the writer sets it to the record's citation key; the
  ids that differ are counted);
* per-variable losses (missing or changed), if any, and variables the output added;
* CPU time (best of ``--repeat``, ``time.process_time``) of ``from_csl`` + ``to_csl_json``
  against plain ``json.loads`` + ``json.dumps`` of the same text (both start from the text).

Usage: ``python benchmarks/bench_csl_fidelity.py [PATH] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pubrecords import from_csl, to_csl_json

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "deepreview-references.csl.json"


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def measure(text: str) -> dict[str, Any]:
    items: list[dict[str, Any]] = json.loads(text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pubs = from_csl(items)
    out: list[dict[str, Any]] = json.loads(to_csl_json(pubs))
    keys = kept = equal = whole = ids_differ = 0
    lost: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    added: Counter[str] = Counter()
    for a, b in zip(items, out, strict=False):
        if a.get("id") != b.get("id"):
            ids_differ += 1
        same = True
        for var, value in a.items():
            if var == "id":
                continue
            keys += 1
            if var not in b:
                lost[var] += 1
                same = False
                continue
            kept += 1
            if b[var] == value:
                equal += 1
            else:
                changed[var] += 1
                same = False
        for var in b.keys() - a.keys() - {"id"}:
            added[var] += 1
            same = False
        whole += same
    return {
        "items_in": len(items),
        "items_out": len(out),
        "warnings": len(caught),
        "keys": keys,
        "keys_kept": kept,
        "values_equal": equal,
        "items_equal": whole,
        "ids_differ": ids_differ,
        "lost": dict(lost),
        "changed": dict(changed),
        "added": dict(added),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = Path(args.path).read_text(encoding="utf-8")
    got = measure(text)

    def share(n: int, of: int) -> str:
        return f"{n}/{of} ({100 * n / of:.2f}%)" if of else "0/0"

    print(f"file: {args.path}")
    print(f"items in / out:        {got['items_in']} / {got['items_out']}")
    print(f"warnings:              {got['warnings']}")
    print(f"keys (variables) kept: {share(got['keys_kept'], got['keys'])}  (id aside)")
    print(f"values equal:          {share(got['values_equal'], got['keys'])}")
    print(f"items equal whole:     {share(got['items_equal'], got['items_in'])}")
    print(f"ids changed:           {got['ids_differ']}")
    losses = Counter(got["lost"]) + Counter(got["changed"])
    if losses:
        print("per-variable losses (missing or changed):")
        for var, n in losses.most_common():
            print(f"  {var}: {n}")
    else:
        print("per-variable losses:   none")
    if got["added"]:
        print("variables added:", ", ".join(f"{k} ({v})" for k, v in sorted(got["added"].items())))

    def ours() -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return to_csl_json(from_csl(json.loads(text)))

    def plain() -> object:
        return json.dumps(json.loads(text), ensure_ascii=False)

    t_ours = best(args.repeat, ours)
    t_plain = best(args.repeat, plain)
    print(f"from_csl + to_csl_json:     {1000 * t_ours:.1f} ms (best of {args.repeat})")
    print(f"json.loads + json.dumps:    {1000 * t_plain:.1f} ms (best of {args.repeat})")
    print(f"ratio:                      {t_ours / t_plain:.1f}x")


if __name__ == "__main__":
    main()
