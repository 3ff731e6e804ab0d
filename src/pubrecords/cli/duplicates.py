"""``pubrecords duplicates``: list groups of duplicate records with the evidence."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from ..clean import clean_publication
from ..dedup import DuplicateGroup, find_duplicates
from ..dedup.review import record_id, review_rows, write_review
from ..errors import InputError
from ..model import Publication
from ._common import (
    Decisions,
    Merger,
    StderrProgress,
    decided_same,
    read_decisions_file,
    read_inputs,
    write_output,
)
from .cluster import add_cluster_arguments, cluster_find_duplicates

_EPILOG = """examples:
  pubrecords duplicates refs.bib
  pubrecords duplicates page.txt old-page.txt table.csv
  pubrecords duplicates --json refs.bib > groups.json
  pubrecords duplicates refs.bib --review pairs.csv       write the maybe pairs to decide
  pubrecords duplicates refs.bib --decisions pairs.csv    the groups with your decisions

Each group says whether its records are identical, variants of one record (merged by
`pubrecords export`) or versions of one work (kept apart and linked), and why. A maybe
pair is two records alike where the evidence cannot decide: never merged, shown for
review. --review writes them to a CSV with both records side by side; fill its
`decision` column with same or different and pass the file back with --decisions (to
duplicates, export or check). Record numbers count from 0 over all FILES in order.
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "duplicates",
        help="find duplicate records and show why they match",
        description="Find groups of records of the same publication in FILES (profile "
        "pages, tables, BibTeX, CSL-JSON) and print each group with its evidence.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="input files")
    p.add_argument("--json", action="store_true", help="print the groups as JSON")
    p.add_argument(
        "--raw", action="store_true", help="compare the records as read, without cleaning"
    )
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    p.add_argument(
        "--review",
        metavar="CSV",
        help="write each maybe pair to CSV, both records side by side, with an empty "
        "'decision' column to fill with same or different",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="with --review: also write every pair a merge would join (to confirm or undo it)",
    )
    p.add_argument(
        "--decisions",
        metavar="CSV",
        help="apply the decisions of a filled review CSV (they override the rule)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    add_cluster_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.all and not args.review:
        raise InputError("--all goes with --review CSV (it adds the merges to the review file)")
    decisions = read_decisions_file(args.decisions)
    profiles, loose = read_inputs(args.files)
    pubs: list[Publication] = [p for profile in profiles for p in profile.publications]
    pubs.extend(loose)
    if not args.raw:
        pubs = [clean_publication(p) for p in pubs]
    progress = StderrProgress(enabled=not args.quiet and sys.stderr.isatty())
    groups = cluster_find_duplicates(args, pubs, progress)  # None without --workers/--scheduler
    if groups is None:
        groups = find_duplicates(pubs, progress=progress, decisions=decisions)
    if decisions:
        Merger(decisions, seen={record_id(p) for p in pubs}).warn_unknown()
    if args.review:
        _write_review(args.review, pubs, groups, merges=args.all)
    if args.json:
        found = [_group_json(g, pubs, decisions) for g in groups]
        text = json.dumps(found, ensure_ascii=False, indent=2)
    else:
        text = _report(groups, pubs, decisions)
    write_output(text, args.output)
    return 0


def _write_review(
    path: str, pubs: list[Publication], groups: list[DuplicateGroup], *, merges: bool
) -> None:
    """Write the review CSV and tell the user, on stderr, what to do with it."""
    rules = Counter(row["rule"] for row in review_rows(pubs, groups, merges=merges))
    write_review(path, pubs, groups, merges=merges)
    counts = ", ".join(f"{n} {rule}" for rule, n in rules.items())
    print(
        f"pubrecords: wrote {sum(rules.values())} pair(s) to review to {path}"
        + (f" ({counts})" if counts else ""),
        file=sys.stderr,
    )
    print(
        "pubrecords: fill its 'decision' column with same or different (left empty, the "
        f"rule decides), then pass it back with --decisions {path} to duplicates, export "
        "or check",
        file=sys.stderr,
    )


def _report(
    groups: list[DuplicateGroup], pubs: list[Publication], decisions: Decisions | None
) -> str:
    merged = [g for g in groups if g.kind != "maybe"]
    maybe = [g for g in groups if g.kind == "maybe"]
    kinds = Counter(g.kind for g in groups)
    covered = len({m for g in merged for m in g.members})
    summary = ", ".join(f"{kinds[k]} {k}" for k in ("identical", "variant", "version") if kinds[k])
    head = (
        f"{len(pubs)} records; {len(merged)} group(s) of duplicates"
        + (f" ({summary}) covering {covered} records" if merged else "")
        + (f"; {len(maybe)} maybe pair(s) for review, never merged" if maybe else "")
        + "."
    )
    sections = [head, *(_shown(g, pubs, decisions) for g in merged)]
    if maybe:
        sections.append(
            f"Maybe pairs ({len(maybe)}): alike, but the evidence cannot decide; never "
            "merged.\nDecide them: pubrecords duplicates FILES --review pairs.csv, fill "
            "'decision', then --decisions pairs.csv."
        )
        sections.extend(str(g) for g in maybe)
    return "\n\n".join(sections)


def _shown(group: DuplicateGroup, pubs: list[Publication], decisions: Decisions | None) -> str:
    """A group as text, with a line for the pairs a person decided are the same."""
    pairs = decided_same([record_id(pubs[i]) for i in group.members], decisions)
    if not pairs:
        return str(group)
    named = "; ".join(f"{a} = {b}" for a, b in pairs)
    return f"{group}\n  {'decision':<12}    -  your decision: same ({named})"


def _group_json(
    group: DuplicateGroup, pubs: list[Publication], decisions: Decisions | None
) -> dict[str, Any]:
    ids = [record_id(pubs[i]) for i in group.members]
    return {
        "kind": group.kind,
        "score": group.score,
        "members": list(group.members),
        "parts": [list(p) for p in group.parts],
        "evidence": [
            {"aspect": e.aspect, "similarity": e.similarity, "detail": e.detail}
            for e in group.evidence
        ],
        "decided_same": [list(pair) for pair in decided_same(ids, decisions)],
        "records": [
            {
                "index": i,
                "id": rid,
                "title": pubs[i].title,
                "authors": [str(a) for a in pubs[i].authors],
                "year": pubs[i].year,
                "source": str(pubs[i].provenance[0]) if pubs[i].provenance else None,
            }
            for i, rid in zip(group.members, ids, strict=True)
        ],
    }
