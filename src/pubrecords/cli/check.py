"""``pubrecords check``: a readable report on a profile before it is published.

Reads the files (profile pages, tables, BibTeX, CSL-JSON), merges snapshots of a
profile, cleans and de-duplicates the records exactly as ``pubrecords export`` does,
and reports everything found: suspect records, duplicates merged, versions linked,
cut abstracts, incomplete author lists and every repair made, and the maybe pairs left
unmerged for review. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .. import clean, profiles
from ..dedup.review import Decision
from ..model import Person, Profile, Publication
from ..progress import ProgressCallback
from ._common import (
    MergeMode,
    Merger,
    StderrProgress,
    read_decisions_file,
    read_inputs_by_file,
    write_output,
)

_EPILOG = """examples:
  pubrecords check page.txt                       one profile page
  pubrecords check old.txt new.txt                two snapshots, merged as export does
  pubrecords check page.txt refs.bib --json       the report as JSON
  pubrecords check page.txt --strict              exit 1 when strong suspects are found
  pubrecords check refs.bib --decisions pairs.csv your duplicate decisions applied
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="report what needs attention before a profile is published",
        description="Read profile pages and record files, merge, clean and de-duplicate them "
        "as export does, and report suspect records, duplicates and versions, cut abstracts, "
        "incomplete author lists and every repair made. Nothing is changed or written.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILES", help="input files, oldest snapshot first")
    p.add_argument("--json", action="store_true", help="write the report as JSON")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    p.add_argument(
        "--strict", action="store_true", help="exit with 1 when strong suspects are found"
    )
    p.add_argument(
        "--decisions",
        metavar="CSV",
        help="apply the decisions of a filled review CSV (pubrecords duplicates --review), "
        "as export --decisions does",
    )
    p.add_argument(
        "--merge",
        choices=("identical", "variant"),
        default="variant",
        help="what to merge, as export --merge (default: variant)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


# ------------------------------------------------------------------------------ gathering


def _where(pub: Publication) -> list[str]:
    out: list[str] = []
    for src in pub.provenance:
        name = Path(src.path).name if src.path else src.origin
        if src.line is not None:
            name += f":{src.line}"
        elif src.row is not None:
            name += f" row {src.row}"
        out.append(name)
    return out


def _authors_note(pub: Publication) -> str:
    n = len(pub.authors)
    shown = f"{n} name{'s' if n != 1 else ''} listed"
    if pub.hidden_authors:
        return f"{shown}, {pub.hidden_authors} more hidden by the source"
    return shown


def gather(
    paths: list[str],
    *,
    progress: ProgressCallback | None = None,
    decisions: Mapping[tuple[str, str], Decision] | None = None,
    merge: MergeMode = "variant",
) -> dict[str, Any]:
    """Read, merge, clean and de-duplicate the files (with a person's ``decisions``
    and the ``merge`` mode, as export does); return the report as plain data."""
    merger = Merger(decisions, merge=merge, progress=progress)
    files: list[dict[str, Any]] = []
    profile_list: list[Profile] = []
    loose: list[Publication] = []
    for path, got_profiles, got_pubs in read_inputs_by_file(paths):
        if got_profiles:
            files.append(
                {"path": path, "kind": "profile", "records": len(got_profiles[0].publications)}
            )
        else:
            files.append({"path": path, "kind": "records", "records": len(got_pubs)})
        profile_list.extend(got_profiles)
        loose.extend(got_pubs)
    records_read = sum(f["records"] for f in files)

    profile: Profile | None = None
    if len(profile_list) > 1:  # (merge_profiles cleans; the records are merged here)
        profile = profiles.merge_profiles(
            *profile_list, progress=progress, deduplicate_records=False
        )
    elif profile_list:
        profile = clean.clean_profile(profile_list[0])
    if profile is not None:
        profile = attrs.evolve(profile, publications=tuple(merger(profile.publications)))
    records: list[Publication] = list(profile.publications) if profile else []
    if loose:
        records = merger(records + [clean.clean_publication(p) for p in loose])
    merger.warn_unknown()
    owner = profile.person if profile else Person()
    checked = Profile(
        person=owner,
        roles=profile.roles if profile else (),
        positions=profile.positions if profile else (),
        topics=profile.topics if profile else (),
        biography=profile.biography if profile else (),
        publications=tuple(records),
        source=profile.source if profile else None,
        owner_omitted_from_authors=profile.owner_omitted_from_authors if profile else False,
    )
    suspects = profiles.suspect_publications(checked)

    duplicates = [
        {
            "title": p.title,
            "records": len(p.merged_from),
            "sources": [w for m in p.merged_from for w in _where(m)],
        }
        for p in records
        if len(p.merged_from) > 1
    ]
    versions: list[dict[str, Any]] = []
    seen_pairs: set[frozenset[str]] = set()
    for p in records:
        for rel in p.related:
            if rel.relation != "version":
                continue
            pair = frozenset((p.title, rel.title))
            if pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            versions.append({"title": p.title, "other_version": rel.title})
    maybe = [
        {"ids": list(pair), "titles": list(titles)}
        for pair, titles in sorted(merger.maybe_pairs.items())
    ]
    cut_abstracts = [
        {"title": p.title, "sources": _where(p)} for p in records if not p.abstract_complete
    ]
    no_abstract = [p.title for p in records if not p.abstract]
    hidden = [
        {"title": p.title, "listed": len(p.authors), "hidden": p.hidden_authors}
        for p in records
        if p.hidden_authors
    ]
    incomplete = [p for p in records if not p.authors_complete]
    # lists known to be partial without a count ("and others", "et al."), people named
    other_incomplete = [
        {"title": p.title, "listed": len(p.authors)}
        for p in incomplete
        if p.authors and not p.hidden_authors
    ]
    no_authors = [p.title for p in records if not p.authors]
    repairs: list[dict[str, Any]] = []
    kinds: Counter[tuple[str, str]] = Counter()
    reasons: dict[tuple[str, str], str] = {}
    for p in records:
        if not p.repairs:
            continue
        items = []
        for r in p.repairs:
            field = r.field.split("[", 1)[0]
            kinds[(field, r.action)] += 1
            reasons.setdefault((field, r.action), r.reason)
            items.append(
                {"field": r.field, "action": r.action, "before": r.before, "after": r.after}
            )
        repairs.append({"title": p.title, "repairs": items})

    report: dict[str, Any] = {
        "files": files,
        "records_read": records_read,
        "records_after": len(records),
        "suspects": [s.to_dict() for s in suspects],
        "duplicates": duplicates,
        "versions": versions,
        "maybe_duplicates": maybe,
        "cut_abstracts": cut_abstracts,
        "without_abstract": no_abstract,
        "hidden_authors": hidden,
        "incomplete_author_lists": len(incomplete),
        "other_incomplete_author_lists": other_incomplete,
        "without_authors": no_authors,
        "owner_omitted_from_authors": checked.owner_omitted_from_authors,
        "repair_kinds": [
            {"field": f, "action": a, "count": n, "reason": reasons[(f, a)]}
            for (f, a), n in kinds.most_common()
        ],
        "repairs": repairs,
    }
    if profile is not None:
        report["profile"] = {
            "name": str(profile.person),
            "roles": list(profile.roles),
            "positions": list(profile.positions),
            "topics": list(profile.topics),
            "snapshots": len(profile_list),
            "source": profile.source.detail if profile.source and profile.source.detail else None,
        }
    return report


# ------------------------------------------------------------------------------ rendering


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


_EXAMPLES = 2  # repairs of one kind shown per record


def _locations(sources: list[str]) -> str:
    """'a.txt:22, a.txt:31, b.txt:7' -> 'a.txt lines 22, 31; b.txt line 7'."""
    by_file: dict[str, list[str]] = {}
    for src in sources:
        name, sep, line = src.rpartition(":")
        if sep and line.isdigit():
            by_file.setdefault(name, []).append(line)
        else:
            by_file.setdefault(src, [])
    parts = []
    for name, lines in by_file.items():
        if lines:
            parts.append(f"{name} line{'s' if len(lines) > 1 else ''} {', '.join(lines)}")
        else:
            parts.append(name)
    return "; ".join(parts)


def render(report: dict[str, Any]) -> str:
    """The report as text for people."""
    out: list[str] = []
    add = out.append
    files = report["files"]
    add(f"pubrecords check: {_plural(len(files), 'file')}")
    for f in files:
        what = "profile page" if f["kind"] == "profile" else "records"
        add(f"  {f['path']}  ({what}, {_plural(f['records'], 'record')})")
    prof = report.get("profile")
    if prof:
        add("")
        add(f"Profile: {prof['name']}")
        if prof["snapshots"] > 1:
            add(f"  {prof['snapshots']} snapshots merged (roles and topics united, newest first)")
        for label, key in (("Roles", "roles"), ("Positions", "positions"), ("Topics", "topics")):
            if prof[key]:
                add(f"  {label}: {'; '.join(prof[key])}")

    suspects = report["suspects"]
    strong = sum(1 for s in suspects if s["level"] == "strong")
    add("")
    add("Summary")
    add(
        f"  {_plural(report['records_read'], 'record')} read, "
        f"{report['records_after']} after merging duplicates"
    )
    add(
        f"  {_plural(len(suspects), 'suspect record')} ({strong} strong), "
        f"{_plural(len(report['duplicates']), 'duplicate group')} merged, "
        f"{_plural(len(report['versions']), 'version link')}, "
        f"{_plural(len(report['maybe_duplicates']), 'maybe pair')} not merged"
    )
    add(
        f"  {_plural(len(report['cut_abstracts']), 'abstract')} cut short, "
        f"{len(report['without_abstract'])} without abstract, "
        f"{report['incomplete_author_lists']} author lists incomplete"
    )
    n_repairs = sum(len(r["repairs"]) for r in report["repairs"])
    add(f"  {_plural(n_repairs, 'repair')} in {_plural(len(report['repairs']), 'record')}")

    add("")
    add(f"Suspect records ({len(suspects)})")
    if suspects:
        add("  Probably not the owner's own work. Nothing was removed:")
        add("  `pubrecords export --drop-suspects` leaves the strong ones out of an export.")
        for s in suspects:
            add(f"  [{s['level']}] {_cut(s['title'], 90)}")
            add(f"      {s['reason']}")
            if s["sources"]:
                add(f"      at {_locations([Path(x).name for x in s['sources']])}")
    else:
        add("  none")

    add("")
    add(f"Duplicates merged ({len(report['duplicates'])})")
    if report["duplicates"]:
        for d in report["duplicates"]:
            add(f"  {_cut(d['title'], 90)}")
            add(f"      {d['records']} records: {_locations(d['sources'])}")
    else:
        add("  none")

    add("")
    add(f"Versions of one work, kept apart and linked ({len(report['versions'])})")
    if report["versions"]:
        for v in report["versions"]:
            add(f"  {_cut(v['title'], 90)}")
            add(f"    ⇄ {_cut(v['other_version'], 88)}")
    else:
        add("  none")

    maybe = report["maybe_duplicates"]
    add("")
    add(f"Maybe duplicates, not merged ({len(maybe)})")
    if maybe:
        add("  Alike, but the evidence cannot decide. Decide them: `pubrecords duplicates")
        add("  FILES --review pairs.csv`, fill 'decision', then `--decisions pairs.csv`.")
        for m in maybe:
            add(f"  {_cut(m['titles'][0], 90)}  [{m['ids'][0]}]")
            add(f"    ? {_cut(m['titles'][1], 88)}  [{m['ids'][1]}]")
    else:
        add("  none")

    add("")
    add(f"Abstracts cut short ({len(report['cut_abstracts'])})")
    if report["cut_abstracts"]:
        add("  The source cut these; `pubrecords export --online` can complete them.")
        for c in report["cut_abstracts"]:
            add(f"  {_cut(c['title'], 90)}  ({_locations(c['sources'])})")
    else:
        add("  none")
    if report["without_abstract"]:
        add(f"  No abstract at all ({len(report['without_abstract'])}):")
        for title in report["without_abstract"]:
            add(f"    {_cut(title, 88)}")

    add("")
    add(f"Author lists ({report['incomplete_author_lists']} marked incomplete)")
    if report["owner_omitted_from_authors"]:
        add("  The source leaves the profile owner out of every author list (and possibly")
        add("  others): `pubrecords export --include-owner` appends the owner, `--online`")
        add("  completes lists from online sources.")
    for h in report["hidden_authors"]:
        add(f"  {_cut(h['title'], 70)}: {h['listed']} listed, {h['hidden']} more hidden")
    if not report["owner_omitted_from_authors"]:  # (there, every list is partial: said above)
        for h in report["other_incomplete_author_lists"]:
            add(f"  {_cut(h['title'], 70)}: {h['listed']} listed, more not named (“and others”)")
    if report["without_authors"]:
        add(f"  No authors listed ({len(report['without_authors'])}):")
        for title in report["without_authors"]:
            add(f"    {_cut(title, 88)}")
    if not (
        report["owner_omitted_from_authors"]
        or report["hidden_authors"]
        or report["without_authors"]
        or report["incomplete_author_lists"]
    ):
        add("  all complete")

    add("")
    add(f"Repairs ({n_repairs})")
    if report["repair_kinds"]:
        width = max(len(f"{k['field']}: {k['action']}") for k in report["repair_kinds"])
        for k in report["repair_kinds"]:
            label = f"{k['field']}: {k['action']}"
            add(f"  {k['count']:>3} × {label:<{width}}  {k['reason']}")
        add("  Record by record (before → after):")
        for rec in report["repairs"]:
            add(f"  {_cut(rec['title'], 90)}")
            shown: Counter[tuple[str, str]] = Counter()
            for r in rec["repairs"]:
                kind = (r["field"].split("[", 1)[0], r["action"])
                shown[kind] += 1
                if shown[kind] <= _EXAMPLES:
                    add(
                        f"      {r['field']} {r['action']}: "
                        f"“{_cut(r['before'], 50)}” → “{_cut(r['after'], 50)}”"
                    )
            for (field, action), n in shown.items():
                if n > _EXAMPLES:
                    add(f"      … and {n - _EXAMPLES} more {field} {action}")
    else:
        add("  none")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    progress = StderrProgress(enabled=not args.quiet)
    report = gather(
        list(args.files),
        progress=progress,
        decisions=read_decisions_file(args.decisions),
        merge=args.merge,
    )
    text = json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report)
    write_output(text, args.output)
    if args.strict and any(s["level"] == "strong" for s in report["suspects"]):
        return 1
    return 0
