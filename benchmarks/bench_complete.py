"""Completion speed: complete() with from_records over many records, offline.

Prints figures; no thresholds (speed targets are read, not asserted).
Usage: python benchmarks/bench_complete.py [N]
"""

from __future__ import annotations

import random
import sys
import time

from pubrecords import CompletionReport, Person, Publication, complete, from_records
from pubrecords.completion import abstract_consistency

WORDS = [
    "model",
    "data",
    "robust",
    "learning",
    "attack",
    "transfer",
    "network",
    "sparse",
    "attention",
    "record",
    "weather",
    "widget",
    "count",
    "field",
    "camera",
    "theory",
    "bound",
    "sample",
    "prior",
    "error",
]


def make(n: int, seed: int = 1) -> list[Publication]:
    rng = random.Random(seed)
    out = []
    for i in range(n // 2):
        title = f"{' '.join(rng.choice(WORDS) for _ in range(6))} {i}"
        people = tuple(Person(f"G{i}x{j}", f"Family{i}x{j}") for j in range(rng.randint(2, 8)))
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 250))) + "."
        full = Publication(title=title, authors=people, abstract=text, year=2000 + i % 25)
        cut = Publication(
            title=title.upper(),
            authors=people[:2],
            authors_complete=False,
            abstract=text[: len(text) // 2],
            abstract_complete=False,
        )
        out += [cut, full]
    rng.shuffle(out)
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    pubs = make(n)
    t0 = time.perf_counter()
    hook = from_records(pubs)
    report = CompletionReport()
    done = complete(pubs, [hook], report=report, fields=("abstract", "authors", "year"))
    t1 = time.perf_counter()
    filled = sum(1 for a, b in zip(pubs, done, strict=True) if a is not b)
    print(
        f"complete(from_records): {n} records in {t1 - t0:.2f} s "
        f"({n / (t1 - t0):,.0f} records/s); {filled} completed; {report.summary()}"
    )
    long = " ".join(f"w{i}" for i in range(200_000))
    t0 = time.perf_counter()
    ok, _matched, _ = abstract_consistency(
        long[: len(long) // 2] + "… (see more)" + long[len(long) // 2 :], long
    )
    t1 = time.perf_counter()
    print(f"abstract_consistency on 200,000 words ({len(long):,} chars): {t1 - t0:.3f} s, {ok}")


if __name__ == "__main__":
    main()
