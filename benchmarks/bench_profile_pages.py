"""Profile pages with hard author names: exact-record rate, per name class and overall.

Generates pages in the seeds' layout (``tests/pagegen.py``) from one of its vocabularies
(they share no word; the seed picks it, and the header line names it), reads each with
:func:`pubrecords.parse_profile`, cleans it with :func:`pubrecords.clean_profile`, and counts
the records that come out exactly right (title, authors as Person parts, year, venue,
abstract), aligned in page order. A record belongs to the class of each of its authors
("no-authors" when it has none).

Also reads the real seed pages and prints their record counts, which must not change.

Target (issue 14): >= 99% of records exactly right on pages the reader was not tuned on.
Tuning, held-out, DEV, DEV2 and (since 7 December 2026) fresh pages have been looked at by
those who tuned the reader; fresh2 (seeds 6000-6999) has not, and is the default, nor has
fresh3 (seeds 8000-8999, written later by someone who never read the reader), nor fresh4
(seeds 9000-9999, beekeeping and honeybee virology, written the same way after fresh2 and
fresh3 had been spent), nor fresh5 (seeds 10000-10999, palaeography of medieval
manuscripts, written the same way after fresh4 had been spent too), nor fresh6 (seeds
11000-11999, textile conservation and dye chemistry, written the same way after fresh5 had
been spent too), nor fresh7 (seeds 12000-12999, ethnobotany of medicinal plants, written the
same way after fresh6 had been spent too), nor fresh8 (seeds 13000-13999, glaciology of ice
cores, written the same way after fresh7 had been spent too), and so on: fresh``n`` for
n from 4 to 27 takes seeds ``n*1000+5000`` to ``n*1000+5999`` (fresh24 to fresh27, written on
8 December 2026, at 29000-32999). Look at the summaries of a set not yet looked at only:
never ``--show`` its records. Those whose errors have been looked at are development sets
(docs/scraped-text.md lists which).

    python benchmarks/bench_profile_pages.py                    # seeds 6001-6200 (fresh2)
    python benchmarks/bench_profile_pages.py --first-seed 8001  # fresh3 (untouched; aggregate only)
    python benchmarks/bench_profile_pages.py --first-seed 9001  # fresh4 (untouched; aggregate only)
    python benchmarks/bench_profile_pages.py --first-seed 10001  # fresh5 (untouched; aggregate only)
    python benchmarks/bench_profile_pages.py --first-seed 11001  # fresh6 (untouched; aggregate only)
    python benchmarks/bench_profile_pages.py --first-seed 12001  # fresh7 (untouched; aggregate only)
    python benchmarks/bench_profile_pages.py --first-seed 13001  # fresh8 (untouched; aggregate only)
    python benchmarks/bench_profile_pages.py --first-seed 2001  # fresh (a dev set now)
    python benchmarks/bench_profile_pages.py --first-seed 3001  # DEV
    python benchmarks/bench_profile_pages.py --first-seed 5001  # DEV2
    python benchmarks/bench_profile_pages.py --first-seed 1001  # held-out vocabulary
    python benchmarks/bench_profile_pages.py --first-seed 2     # tuning seeds and words
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pagegen import CLASSES, TUNING_SEED, make_page, matched, segmented, vocabulary_for
from pubrecords import clean_profile, parse_profile, read_profile

SEEDS_DIR = Path("/work/shared/seeds")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--first-seed", type=int, default=6001)
    parser.add_argument("--show", type=int, default=0, help="print this many wrong records")
    args = parser.parse_args()
    seeds = [s for s in range(args.first_seed, args.first_seed + args.pages) if s != TUNING_SEED]

    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    split: Counter[str] = Counter()
    shown = 0
    start = time.perf_counter()
    for seed in seeds:
        page = make_page(seed)
        raw = parse_profile(page.text)
        profile = clean_profile(raw)
        lines_ok = segmented(page.records, raw)
        for record, ok, seg in zip(
            page.records, matched(page.records, profile), lines_ok, strict=True
        ):
            for cls in (*record.classes, "all"):
                total[cls] += 1
                right[cls] += ok
                split[cls] += seg
            if not ok and shown < args.show:
                shown += 1
                print(f"seed {seed}: {record.title!r} {[str(a) for a in record.authors]}")
    elapsed = time.perf_counter() - start
    kinds = {vocabulary_for(s).name for s in seeds}

    print(
        f"Generated pages: {len(seeds)} (seeds {seeds[0]}-{seeds[-1]}, "
        f"{' and '.join(sorted(kinds))} vocabulary), {elapsed:.1f} s"
    )
    print("  exact: the cleaned record is right; lines: the reader told its lines apart right")
    print(f"  {'class':<12} {'records':>8} {'exact':>8} {'rate':>8} {'lines':>8}")
    for cls in (*CLASSES, "no-authors", "all"):
        if total[cls]:
            rate = right[cls] / total[cls]
            lines = split[cls] / total[cls]
            print(f"  {cls:<12} {total[cls]:>8} {right[cls]:>8} {rate:>8.2%} {lines:>8.2%}")

    if SEEDS_DIR.is_dir():
        print("Real seed pages:")
        for path in sorted(SEEDS_DIR.glob("0*.txt")):
            profile = read_profile(path)
            authors = sum(len(p.authors) for p in profile.publications)
            print(f"  {path.name}: {len(profile.publications)} records, {authors} authors")
    rate = right["all"] / max(total["all"], 1)
    print(f"Overall exact-record rate: {rate:.2%} (target >= 99%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
