"""Helpers shared by the subcommands: reading inputs, writing output, progress on stderr,
reading a user's duplicate decisions and merging duplicates with them."""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Literal

import attrs

from ..dedup import DuplicateGroup, deduplicate, find_duplicates
from ..dedup.review import Decision, read_decisions, record_id
from ..errors import InputError
from ..formats import read_any
from ..formats.bibtex.files import read_bibtex_each
from ..model import Profile, Publication
from ..progress import ProgressCallback

__all__ = [
    "Decisions",
    "Fold",
    "MergeMode",
    "Merger",
    "StderrProgress",
    "decided_same",
    "read_decisions_file",
    "read_inputs",
    "read_inputs_by_file",
    "write_output",
]

MergeMode = Literal["identical", "variant"]
Decisions = Mapping[tuple[str, str], Decision]


def read_inputs(
    paths: Sequence[str], *, encoding: str | None = None, strict: bool = False
) -> tuple[list[Profile], list[Publication]]:
    """Read every file; profiles and loose publications apart (both in input order)."""
    profiles: list[Profile] = []
    pubs: list[Publication] = []
    for _, got_profiles, got_pubs in read_inputs_by_file(paths, encoding=encoding, strict=strict):
        profiles.extend(got_profiles)
        pubs.extend(got_pubs)
    return profiles, pubs


def read_inputs_by_file(
    paths: Sequence[str], *, encoding: str | None = None, strict: bool = False
) -> list[tuple[str, list[Profile], list[Publication]]]:
    """Each file's profile (if it is a page) and publications, in input order. A run of
    ``.bib`` files is read together, as BibTeX reads them (a macro defined in one is known
    in the next; a file of ``@string`` definitions alone gives no record)."""
    if not paths:
        raise InputError("no input files given (pass FILES, or --sample)")
    out: list[tuple[str, list[Profile], list[Publication]]] = []
    bibs: list[str] = []
    for path in [*paths, ""]:
        if path and Path(path).suffix.lower() in _BIB_SUFFIXES:
            bibs.append(path)
            continue
        if bibs:
            each = read_bibtex_each(bibs, encoding=encoding, strict=strict)
            out.extend((bib, [], pubs) for bib, pubs in zip(bibs, each, strict=True))
            bibs = []
        if not path:
            break
        got = read_any(path, encoding=encoding, strict=strict)
        if isinstance(got, Profile):
            out.append((path, [got], []))
        else:
            out.append((path, [], got))
    return out


_BIB_SUFFIXES = (".bib", ".bibtex")


def write_output(text: str, out: str | None) -> None:
    """Write to a file, or to stdout when ``out`` is None or ``-``."""
    if out is None or out == "-":
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    else:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


class StderrProgress:
    """A progress callback that prints a line to stderr at most every ``interval`` seconds.

    Short jobs stay quiet: nothing is printed before ``interval`` seconds have passed, and
    a stage's final line (``done == total``) only follows earlier lines of that stage.
    """

    def __init__(
        self,
        enabled: bool = True,
        interval: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.interval = interval
        self._clock = clock
        self._last = clock()  # (the start: the first line waits one interval)
        self._shown: set[str] = set()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if total is not None and done >= total:
            if stage in self._shown:
                self._shown.discard(stage)
                print(f"pubrecords: {stage} {done}/{total}", file=sys.stderr, flush=True)
            return
        now = self._clock()
        if now - self._last < self.interval:
            return
        self._last = now
        self._shown.add(stage)
        of = f"/{total}" if total is not None else ""
        print(f"pubrecords: {stage} {done}{of}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- duplicates


def read_decisions_file(path: str | None) -> dict[tuple[str, str], Decision] | None:
    """The decisions of a filled review CSV (None without a path); a file that is not
    one is an :class:`~pubrecords.InputError` naming it (one line on the command line)."""
    if path is None:
        return None
    try:
        return read_decisions(path)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not a UTF-8 CSV (byte {exc.start}); save the review file as UTF-8 CSV"
        ) from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV: {exc}") from None


def decided_same(ids: Sequence[str], decisions: Decisions | None) -> list[tuple[str, str]]:
    """The pairs of ``ids`` a person decided are the same publication."""
    if not decisions:
        return []
    return [
        (a, b)
        for n, a in enumerate(ids)
        for b in ids[n + 1 :]
        if decisions.get((a, b) if a <= b else (b, a)) == "same"
    ]


@attrs.frozen
class Fold:
    """One source record folded into another by a merge."""

    kept: Publication  # the merged record
    folded: Publication  # the source record folded into it
    kind: str  # the group's kind
    decided: str  # why, in words

    @property
    def kept_id(self) -> str:
        return record_id(self.kept)

    @property
    def folded_id(self) -> str:
        return record_id(self.folded)


@attrs.define
class Merger:
    """De-duplicates records as ``export`` and ``check`` do: with a person's decisions
    and the merge mode. Over every call it remembers each source record it folded
    (:class:`Fold`), the ``maybe`` pairs it left unmerged and, with
    ``merge="identical"``, the variant groups it left unmerged."""

    decisions: Decisions | None = None
    merge: MergeMode = "variant"
    progress: ProgressCallback | None = None
    folds: list[Fold] = attrs.field(factory=list)
    #: (id, id) -> (title, title) of each maybe pair left unmerged, ids sorted
    maybe_pairs: dict[tuple[str, str], tuple[str, str]] = attrs.field(factory=dict)
    unmerged_variants: set[frozenset[str]] = attrs.field(factory=set)
    seen: set[str] = attrs.field(factory=set)  # the ids of the records (with decisions)

    def __call__(self, records: Sequence[Publication]) -> list[Publication]:
        records = list(records)
        if self.decisions:
            self.seen.update(record_id(p) for p in records)
        groups = find_duplicates(records, progress=self.progress, decisions=self.decisions)
        out = deduplicate(records, groups=groups, merge=self.merge, progress=self.progress)
        for group in groups:
            ids = [record_id(records[i]) for i in group.members]
            if group.kind == "maybe":
                (a, i), (b, j) = sorted(zip(ids, group.members, strict=True))
                self.maybe_pairs[(a, b)] = (records[i].title, records[j].title)
            elif group.kind == "variant" and self.merge == "identical":
                self.unmerged_variants.add(frozenset(ids))
        self.folds.extend(self._folds(records, groups, out))
        return out

    def warn_unknown(self) -> None:
        """Warn on stderr when decisions name records that were not in the input."""
        named = {x for pair in self.decisions or {} for x in pair}
        unknown = sorted(named - self.seen)
        if unknown:
            print(
                f"pubrecords: warning: the decisions name {len(unknown)} record(s) not in "
                f"the input, e.g. {unknown[0]!r} (decided for other files?)",
                file=sys.stderr,
            )

    def _folds(
        self, records: list[Publication], groups: list[DuplicateGroup], out: list[Publication]
    ) -> list[Fold]:
        index = {id(p): i for i, p in enumerate(records)}
        group_of = {m: g for g in groups if g.kind != "maybe" for m in g.members}
        folds: list[Fold] = []
        for pub in out:
            if id(pub) in index or not pub.merged_from:
                continue  # returned as it was (perhaps merged by an earlier call)
            members = pub.merged_from
            kept_id = record_id(pub)
            kept = next((m for m in members if record_id(m) == kept_id), members[0])
            group = group_of.get(index.get(id(members[0]), -1))
            kind = group.kind if group else "variant"
            evidence = group.evidence if group else ()
            rule = next((e.detail for e in evidence if e.aspect == "decided"), "")
            if kind == "version":
                rule = f"records of one version merged (the versions stay apart: {rule})"
            ids = [record_id(m) for m in members]
            by_person = {x for pair in decided_same(ids, self.decisions) for x in pair}
            for member in members:
                if member is kept:
                    continue
                decided = "your decision: same" if record_id(member) in by_person else rule
                folds.append(Fold(kept=pub, folded=member, kind=kind, decided=decided))
        return folds
