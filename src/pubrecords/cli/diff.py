"""``pubrecords diff``: what changed between two snapshots of a profile (or two record files)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..formats import read_any
from ..model import Person, Profile, Source
from ..profiles import diff_profiles
from ._common import write_output

_EPILOG = """examples:
  pubrecords diff old.txt new.txt                 roles, topics, publications added/removed/changed
  pubrecords diff old.txt new.txt --json          the same as JSON
  pubrecords diff refs-2023.bib refs-2024.bib     two record files: publications only
  pubrecords diff old.txt new.txt --exit-code     exit 1 when there are differences (for scripts)
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "diff",
        help="what changed between two snapshots of a profile page",
        description="Compare two snapshots of a profile page (or two files of records): roles, "
        "positions, topics and students added or removed, publications added, removed and "
        "changed (title, authors, abstract). Records are cleaned and de-duplicated first and "
        "matched with the duplicate detector, so a revised record is reported as changed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("old", metavar="OLD", help="the older snapshot (any supported format)")
    p.add_argument("new", metavar="NEW", help="the newer snapshot")
    p.add_argument("--json", action="store_true", help="write the differences as JSON")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    p.add_argument(
        "--exit-code", action="store_true", help="exit with 1 when the snapshots differ, else 0"
    )
    p.set_defaults(func=run)


def _as_profile(path: str) -> Profile:
    got = read_any(path)
    if isinstance(got, Profile):
        return got
    # A file of records: a profile without an owner, named after the file.
    return Profile(
        person=Person(),
        publications=tuple(got),
        source=Source(origin="records", path=path, snapshot=Path(path).name),
    )


def run(args: argparse.Namespace) -> int:
    old = _as_profile(args.old)
    new = _as_profile(args.new)
    diff = diff_profiles(old, new)
    text = json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) if args.json else str(diff)
    write_output(text, args.output)
    return 1 if args.exit_code and diff else 0
