"""``pubrecords export``: read, clean, de-duplicate and write one export."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import attrs

from .. import clean, profiles
from ..dedup.review import record_id
from ..formats import bibtex, csl, medline, ris_write, serialize, table_write, wos
from ..model import Profile, Publication
from ..sample import sample_path
from ._common import Fold, Merger, StderrProgress, read_decisions_file, read_inputs, write_output

_EPILOG = """examples:
  pubrecords export --sample
  pubrecords export page.txt -o page.bib
  pubrecords export old.txt new.txt refs.bib --to csl-json -o all.json
  pubrecords export refs.bib --ascii --key-pattern "{author}{year}"
  pubrecords export page.txt --online --mailto me@example.org
  pubrecords export refs.bib --decisions pairs.csv --merge-report merged.csv -o out.bib
  pubrecords export refs.bib --merge identical -o out.bib

Every key a merge folds away is named on stderr (and kept in the merged entry's ids).
Maybe pairs (alike, but the evidence cannot decide) are never merged: decide them with
`pubrecords duplicates FILES --review pairs.csv` and pass the file back with --decisions.
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="clean, de-duplicate and export records (BibTeX, CSL-JSON, JSON)",
        description="Read profile pages, tables, BibTeX or CSL-JSON files; clean the records, "
        "merge duplicates and write one export.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files", nargs="*", metavar="FILES", help="input files (format from extension or content)"
    )
    p.add_argument(
        "--sample", action="store_true", help="use the sample profile page shipped with pubrecords"
    )
    p.add_argument(
        "--to",
        choices=("bibtex", "csl-json", "json", "ris", "medline", "wos", "csv", "tsv"),
        default="bibtex",
        help="output format (default: bibtex; csv/tsv: a table read_table reads back)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    p.add_argument(
        "--ascii", action="store_true", help="BibTeX in ASCII with LaTeX accents (classic bibtex)"
    )
    p.add_argument(
        "--key-pattern",
        metavar="PATTERN",
        help="citation key pattern, e.g. '{author}{year}{title}'",
    )
    p.add_argument(
        "--keep-duplicates", action="store_true", help="do not merge identical and variant records"
    )
    p.add_argument(
        "--merge",
        choices=("identical", "variant"),
        default="variant",
        help="what to merge: only records identical in every field, or variants of one record "
        "too (default: variant); versions are linked, maybe pairs never merged",
    )
    p.add_argument(
        "--decisions",
        metavar="CSV",
        help="apply the decisions of a filled review CSV (pubrecords duplicates --review): "
        "same merges a pair, different keeps it apart, whatever the rule says",
    )
    p.add_argument(
        "--merge-report",
        metavar="CSV",
        help="write one row per record folded into another: kept and folded ids, group kind, "
        "why, both titles",
    )
    p.add_argument(
        "--no-clean", action="store_true", help="export records as read, without repairs"
    )
    p.add_argument(
        "--include-owner",
        action="store_true",
        help="add a profile's owner to author lists that leave them out",
    )
    p.add_argument(
        "--drop-suspects",
        action="store_true",
        help="leave out records strongly suspected not to be the owner's (e.g. a namesake's "
        "book review); weak suspects are only reported by 'pubrecords check'",
    )
    p.add_argument(
        "--online",
        action="store_true",
        help="complete cut abstracts and author lists from online sources",
    )
    p.add_argument(
        "--mailto", metavar="EMAIL", help="contact address sent to online sources (polite pools)"
    )
    p.add_argument("--cache-dir", metavar="DIR", help="on-disk cache of online answers")
    p.add_argument(
        "--dialect",
        choices=("bibtex", "biblatex"),
        help="BibTeX output dialect: entry types and field names of classic BibTeX or of "
        "biblatex (default: each record in the dialect of the file it came from)",
    )
    p.add_argument(
        "--flatten-crossref",
        action="store_true",
        help="write the fields an entry inherits from its crossref parent into the entry",
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="encoding of the input files (default: UTF-8; a .bib that is not UTF-8 is read "
        "as Windows-1252 with a warning)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="a malformed BibTeX entry or a repeated key is an error (default: a warning; "
        "the entry is kept as written)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files: list[str] = list(args.files)
    if args.sample:
        files.insert(0, str(sample_path()))
    progress = StderrProgress(enabled=not args.quiet)
    merger = Merger(read_decisions_file(args.decisions), merge=args.merge, progress=progress)
    profile_list, loose = read_inputs(files, encoding=args.encoding, strict=args.strict)
    profile: Profile | None = None
    if profile_list:
        if len(profile_list) > 1:
            # the snapshots' records are merged here, with the decisions and the merge mode
            profile = profiles.merge_profiles(
                *profile_list, progress=progress, deduplicate_records=False
            )
            if not args.keep_duplicates:
                profile = attrs.evolve(profile, publications=tuple(merger(profile.publications)))
        else:
            profile = profile_list[0] if args.no_clean else clean.clean_profile(profile_list[0])
    if not args.no_clean:
        loose = [clean.clean_publication(p) for p in loose]
    if args.online:
        own = list(profile.publications) if profile is not None else []
        done = _complete_online(own + loose, args, progress)
        loose = done[len(own) :]
        if profile is not None:
            profile = attrs.evolve(profile, publications=tuple(done[: len(own)]))
    records: list[Publication] = []
    if profile is not None:
        if args.drop_suspects:
            strong = profiles.suspect_publications(profile, strong_only=True)
            dropped = {id(s.publication) for s in strong}
            kept = tuple(p for p in profile.publications if id(p) not in dropped)
            profile = attrs.evolve(profile, publications=kept)
            if strong and not args.quiet:
                for s in strong:
                    print(
                        f"pubrecords: dropped suspect: {s.publication.title} ({s.reason})",
                        file=sys.stderr,
                    )
        if args.include_owner:
            profile = profiles.include_owner(profile)
        records.extend(profile.publications)
    records.extend(loose)
    if not args.keep_duplicates:
        records = merger(records)
        merger.warn_unknown()
        _list_folded(merger.folds, quiet=args.quiet)
        if not args.quiet:
            _list_versions(records)
            _note_unmerged(merger)
    if args.merge_report:
        _write_merge_report(args.merge_report, merger.folds)
    if args.to == "bibtex":
        text = bibtex.to_bibtex(
            records,
            ascii=args.ascii,
            key_pattern=args.key_pattern,
            dialect=args.dialect,
            flatten_crossref=args.flatten_crossref,
        )
    elif args.to == "csl-json":
        text = csl.to_csl_json(records, key_pattern=args.key_pattern)
    elif args.to == "ris":
        text = ris_write.to_ris(records)
    elif args.to == "medline":
        text = medline.to_medline(records)
    elif args.to == "wos":
        text = wos.to_wos(records)
    elif args.to in ("csv", "tsv"):
        text = table_write.to_table(records, delimiter="," if args.to == "csv" else "\t")
    else:
        if profile is not None and not loose:
            text = serialize.dumps(attrs.evolve(profile, publications=tuple(records)))
        else:
            text = serialize.dumps(records)
    write_output(text, args.output)
    return 0


def _complete_online(
    records: list[Publication], args: argparse.Namespace, progress: StderrProgress
) -> list[Publication]:
    """Complete from the records themselves first, then from the online sources; re-clean."""
    from ..completion import CompletionReport, Hook, complete, from_records
    from ..sources import default_hooks

    hooks: list[Hook] = [
        from_records(records),
        *default_hooks(mailto=args.mailto, cache_dir=args.cache_dir),
    ]
    report = CompletionReport()
    done = complete(records, hooks=hooks, report=report, progress=progress)
    if not args.quiet:
        print(f"pubrecords: {report.summary()}", file=sys.stderr)
        for entry in report.errors:
            print(f"pubrecords: online error: {entry.source}: {entry.reason}", file=sys.stderr)
    return done if args.no_clean else [clean.clean_publication(p) for p in done]


def _where(pub: Publication) -> str:
    """Where a record without a key was read (else its record id)."""
    return str(pub.provenance[0]) if pub.provenance else record_id(pub)


def _list_folded(folds: list[Fold], *, quiet: bool) -> None:
    """Name on stderr every record a merge folded into another (never silently): a
    folded key always (a citation to it needs the merged entry's key or its ``ids``), a
    record without a key by where it was read and its title, unless ``quiet``."""
    for fold in folds:
        folded, kept = fold.folded, fold.kept
        into = repr(kept.key) if kept.key else f"the record at {_where(kept)}"
        if folded.key:
            where = f" ({folded.provenance[0]})" if folded.provenance else ""
            print(
                f"pubrecords: merged: key {folded.key!r} folded into {into}{where}",
                file=sys.stderr,
            )
        elif not quiet:
            print(
                f"pubrecords: merged: record at {_where(folded)} folded into {into}: "
                f"{folded.title!r}",
                file=sys.stderr,
            )


def _note_unmerged(merger: Merger) -> None:
    """Say what was left unmerged on purpose, and how to decide it."""
    if merger.unmerged_variants:
        print(
            f"pubrecords: {len(merger.unmerged_variants)} group(s) of variant records left "
            "unmerged (--merge identical)",
            file=sys.stderr,
        )
    if merger.maybe_pairs:
        print(
            f"pubrecords: {len(merger.maybe_pairs)} maybe pair(s) left unmerged (alike, but the "
            "evidence cannot decide); review them with: pubrecords duplicates FILES "
            "--review pairs.csv, then export with --decisions pairs.csv",
            file=sys.stderr,
        )


MERGE_REPORT_COLUMNS = (
    "kept_id",
    "folded_id",
    "kind",
    "decided",
    "kept_title",
    "folded_title",
    "folded_source",
)


def _write_merge_report(path: str, folds: list[Fold]) -> None:
    """One CSV row per record folded into another (only the header when none was)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MERGE_REPORT_COLUMNS)
    for fold in folds:
        source = fold.folded.provenance[0] if fold.folded.provenance else ""
        writer.writerow(
            [
                fold.kept_id,
                fold.folded_id,
                fold.kind,
                fold.decided,
                fold.kept.title,
                fold.folded.title,
                str(source),
            ]
        )
    Path(path).write_text(out.getvalue(), encoding="utf-8")


def _list_versions(records: list[Publication]) -> None:
    """Name each set of linked versions on stderr (they stay separate records)."""
    seen: set[str] = set()
    for pub in records:
        versions = [r.title for r in pub.related if r.relation == "version"]
        if not versions or pub.title in seen:
            continue
        seen.update([pub.title, *versions])
        titles = " <-> ".join(repr(t) for t in [pub.title, *versions])
        print(f"pubrecords: linked versions (kept apart): {titles}", file=sys.stderr)
