"""``pubrecords duplicates``: list groups of duplicate records with the evidence."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from ..clean import clean_publication
from ..dedup import DuplicateGroup, find_duplicates
from ..model import Publication
from ._common import StderrProgress, read_inputs, write_output

_EPILOG = """examples:
  pubrecords duplicates refs.bib
  pubrecords duplicates page.txt old-page.txt table.csv
  pubrecords duplicates --json refs.bib > groups.json

Each group says whether its records are identical, variants of one record (merged by
`pubrecords export`) or versions of one work (kept apart and linked), and why.
Record numbers count from 0 over all FILES in order.
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
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    profiles, loose = read_inputs(args.files)
    pubs: list[Publication] = [p for profile in profiles for p in profile.publications]
    pubs.extend(loose)
    if not args.raw:
        pubs = [clean_publication(p) for p in pubs]
    progress = StderrProgress(enabled=not args.quiet and sys.stderr.isatty())
    groups = find_duplicates(pubs, progress=progress)
    if args.json:
        text = json.dumps([_group_json(g, pubs) for g in groups], ensure_ascii=False, indent=2)
    else:
        text = _report(groups, len(pubs))
    write_output(text, args.output)
    return 0


def _report(groups: list[DuplicateGroup], total: int) -> str:
    kinds = Counter(g.kind for g in groups)
    in_groups = sum(len(g.members) for g in groups)
    summary = ", ".join(f"{kinds[k]} {k}" for k in ("identical", "variant", "version") if kinds[k])
    head = (
        f"{total} records; {len(groups)} group(s) of duplicates"
        + (f" ({summary}) covering {in_groups} records" if groups else "")
        + "."
    )
    return "\n\n".join([head, *(str(g) for g in groups)])


def _group_json(group: DuplicateGroup, pubs: list[Publication]) -> dict[str, Any]:
    return {
        "kind": group.kind,
        "score": group.score,
        "members": list(group.members),
        "parts": [list(p) for p in group.parts],
        "evidence": [
            {"aspect": e.aspect, "similarity": e.similarity, "detail": e.detail}
            for e in group.evidence
        ],
        "records": [
            {
                "index": i,
                "title": pubs[i].title,
                "authors": [str(a) for a in pubs[i].authors],
                "year": pubs[i].year,
                "source": str(pubs[i].provenance[0]) if pubs[i].provenance else None,
            }
            for i in group.members
        ],
    }
