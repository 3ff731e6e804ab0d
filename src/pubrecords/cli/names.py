"""``pubrecords names``: parse names and print them as CSL-JSON name objects."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InputError
from ..names import parse_name_repaired, to_csl_name

_EPILOG = """examples:
  pubrecords names "Jos'e Miguel Hern'andez-Lobato" "Marvin Von Hagen"
  pubrecords names --syntax bibtex "van der Laan, Jr, Walter"
  pubrecords names --repairs "Javier Antor'an"
  printf 'Li Fei-Fei\\nSmith, J.\\n' | pubrecords names
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "names",
        help="parse author names; print one CSL-JSON name object a line",
        description="Parse each NAME (BibTeX or free text; lost accents restored, LaTeX "
        "decoded) and print it as a CSL-JSON name object, one JSON object a line. "
        "Without NAME, reads one name a line from standard input.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("names", nargs="*", metavar="NAME", help="names to parse")
    p.add_argument(
        "--syntax",
        choices=("auto", "bibtex", "text"),
        default="auto",
        help="name syntax (default: auto: BibTeX when there are braces or backslashes)",
    )
    p.add_argument(
        "--repairs",
        action="store_true",
        help='add the repairs made as a "_repairs" list to each object',
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    names: list[str] = list(args.names)
    if not names:
        if sys.stdin.isatty():
            raise InputError("no names given (pass NAME arguments or pipe one name a line)")
        names = [line.strip() for line in sys.stdin if line.strip()]
        if not names:
            raise InputError("no names on standard input")
    out = sys.stdout
    for text in names:
        person, repairs = parse_name_repaired(text, args.syntax)
        obj: dict[str, object] = dict(to_csl_name(person))
        if args.repairs:
            obj["_repairs"] = [
                {"action": r.action, "before": r.before, "after": r.after} for r in repairs
            ]
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()
    return 0
