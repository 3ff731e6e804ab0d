"""The ``pubrecords`` command line.

Takes command-line arguments and files; gives output files and messages on stderr. The
top of the stack: it may import every other part of the package, and nothing imports it.

Each subcommand lives in its own module with ``add_parser(subparsers)``; errors from
the library become one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence

from ..errors import PubrecordsError, PubrecordsWarning
from . import check, diff, duplicates, export, names

__all__ = ["main"]

_EPILOG = """examples:
  pubrecords export --sample                      BibTeX of the shipped sample profile
  pubrecords export page.txt refs.bib -o out.bib  merge, clean and export files
  pubrecords names "Jos'e Miguel Hern'andez-Lobato"
  pubrecords duplicates refs.bib
  pubrecords diff old.txt new.txt
  pubrecords check page.txt
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pubrecords",
        description="Clean, de-duplicate and export publication records.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from ..version import __version__

    parser.add_argument("--version", action="version", version=f"pubrecords {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (export, names, duplicates, diff, check):
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    # bibtexparser logs what it could not parse; our own error names the entry and line,
    # so its log lines would only repeat it (and split the one-line message)
    bibtexparser_log = logging.getLogger("bibtexparser")
    if not bibtexparser_log.handlers:
        bibtexparser_log.addHandler(logging.NullHandler())
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", PubrecordsWarning)
            try:
                code: int = args.func(args)
            finally:
                for warning in caught:
                    if issubclass(warning.category, PubrecordsWarning):
                        print(f"pubrecords: warning: {warning.message}", file=sys.stderr)
                    else:
                        warnings.showwarning(
                            warning.message,
                            warning.category,
                            warning.filename,
                            warning.lineno,
                        )
    except PubrecordsError as exc:
        print(f"pubrecords: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pubrecords: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:
        print(f"pubrecords: error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
