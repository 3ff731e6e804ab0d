"""Suspect records: recall on planted namesake records, false flags on the owner's own.

Generates invented profiles (``tests/profile_generator.py``) of N records — the owner's
work in six sub-areas of machine learning with regular collaborators and a long tail of
one-time co-authors, 15% without abstracts, 3% without co-authors — with 5% planted
records of namesakes from other fields (chemistry, medieval history, cardiology,
hydrology, epidemiology), and runs :func:`pubrecords.suspect_publications` on them.

Prints, per seed and overall: recall (planted records flagged), false-flag rate (the
owner's records flagged), the same for strong flags only, and the time taken. For
comparison, a naive rule is measured on the same profiles: "flag every record none of
whose co-authors appears in another record".

Targets (issue 7): recall >= 0.90, false-flag rate <= 1%.

    python benchmarks/bench_suspects.py            # 2,000 records, 3 seeds
    python benchmarks/bench_suspects.py --n 500 --seeds 1
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from profile_generator import generate_profile
from pubrecords import Profile, suspect_publications
from pubrecords.names import family_key


def naive_flags(profile: Profile) -> set[int]:
    """Records none of whose co-authors appears in any other record (a strawman)."""
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for pub in profile.publications:
        mine = {(family_key(a), a.given[:1].lower()) for a in pub.authors}
        keys.append(mine)
        seen.update(mine)
    return {i for i, mine in enumerate(keys) if not any(seen[k] > 1 for k in mine)}


def rates(flagged: set[int], planted: set[int], n: int) -> tuple[float, float]:
    recall = len(flagged & planted) / len(planted) if planted else 1.0
    own = n - len(planted)
    false_rate = len(flagged - planted) / own if own else 0.0
    return recall, false_rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="records per profile")
    parser.add_argument("--seeds", type=int, default=3, help="number of generated profiles")
    parser.add_argument("--share", type=float, default=0.05, help="share of namesake records")
    args = parser.parse_args()

    print(
        f"suspect_publications on generated profiles of {args.n} records, "
        f"{args.share:.0%} planted namesake records"
    )
    header = (
        f"{'seed':>4} {'planted':>7} {'recall':>7} {'false':>7} {'recall':>7} {'false':>7}"
        f" {'time s':>7} | naive rule: {'recall':>6} {'false':>7}"
    )
    print(f"{'':>4} {'':>7} {'(all flags)':>15} {'(strong only)':>15}")
    print(header)
    totals = Counter[str]()
    worst_recall, worst_false = 1.0, 0.0
    for seed in range(args.seeds):
        profile, planted = generate_profile(args.n, namesake_share=args.share, seed=seed)
        pubs = profile.publications
        index = {id(p): i for i, p in enumerate(pubs)}
        start = time.perf_counter()
        suspects = suspect_publications(profile)
        elapsed = time.perf_counter() - start
        flagged = {index[id(s.publication)] for s in suspects}
        strong = {index[id(s.publication)] for s in suspects if s.level == "strong"}
        recall, false_rate = rates(flagged, planted, len(pubs))
        s_recall, s_false = rates(strong, planted, len(pubs))
        n_recall, n_false = rates(naive_flags(profile), planted, len(pubs))
        worst_recall = min(worst_recall, recall)
        worst_false = max(worst_false, false_rate)
        totals["planted"] += len(planted)
        totals["own"] += len(pubs) - len(planted)
        totals["hit"] += len(flagged & planted)
        totals["false"] += len(flagged - planted)
        totals["s_hit"] += len(strong & planted)
        totals["s_false"] += len(strong - planted)
        totals["time_ms"] += round(elapsed * 1000)
        print(
            f"{seed:>4} {len(planted):>7} {recall:>7.3f} {false_rate:>7.2%} {s_recall:>7.3f}"
            f" {s_false:>7.2%} {elapsed:>7.2f} | {'':>11} {n_recall:>6.3f} {n_false:>7.2%}"
        )
    recall = totals["hit"] / totals["planted"]
    false_rate = totals["false"] / totals["own"]
    print(
        f"all  {totals['planted']:>7} {recall:>7.3f} {false_rate:>7.2%}"
        f" {totals['s_hit'] / totals['planted']:>7.3f} {totals['s_false'] / totals['own']:>7.2%}"
        f" {totals['time_ms'] / 1000 / args.seeds:>7.2f} (mean time per profile)"
    )
    ok = worst_recall >= 0.9 and worst_false <= 0.01
    print(
        f"target recall >= 0.90 and false flags <= 1.00% on every seed: "
        f"{'met' if ok else 'NOT met'} (worst recall {worst_recall:.3f}, "
        f"worst false-flag rate {worst_false:.2%})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
