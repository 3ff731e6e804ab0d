"""The public duplicate-detection pipeline: features, blocking, scoring, clustering, explaining, merging."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import attrs

from ..model import Publication
from ..progress import ProgressCallback, report
from .blocking import _candidate_pairs
from .clustering import _Clusters
from .explain import _describe
from .features import STRONG_TITLE, VERSION_YEAR_TOLERANCE, YEAR_TOLERANCE, _Features, _signature
from .groups import DuplicateGroup, Evidence
from .merge import _related
from .merge import merge as _merge
from .review import Decision, decided_pairs, normalise_decisions
from .scoring import _AMBIGUOUS, _MATCH, _MAYBE, _VERSION, _compare, _place, _title_similarity

__all__ = ["Edge", "deduplicate", "find_duplicates"]


# ----------------------------------------------------------------------------- public API


def find_duplicates(
    pubs: Sequence[Publication],
    *,
    progress: ProgressCallback | None = None,
    decisions: Mapping[tuple[str, str], str] | None = None,
) -> list[DuplicateGroup]:
    """Find groups of records of the same publication, versions, and maybe pairs.

    A group is ``identical`` or ``variant`` (one publication: merged by
    :func:`deduplicate`), ``version`` (one work, several publications: parts linked,
    never merged) or ``maybe`` (a pair the evidence cannot decide: shown, never
    merged). One publication means one container and one place in it: where both
    records have them, container (up to abbreviation), volume, issue and pages agree,
    and so do the entry-type class and the year (one apart at most). Vetoes: different
    DOIs or PubMed ids, "Part I" vs "Part II", numbers in titles, other edition or
    volume, errata, corrigenda, replies, comments, retractions and reviews of a work,
    records years apart, the same title at two differently named conferences, and the
    same title by disjoint authors. Each group's ``evidence`` has a ``decided`` line
    naming the field that decided.

    Groups have two or more indices, ascending; every index is in at most one
    identical, variant or version group; maybe pairs come last. ``decisions`` maps
    pairs of :func:`~pubrecords.dedup.review.record_id` to ``"same"`` or
    ``"different"`` and overrides the rule. Progress goes to ``progress(stage, done,
    total)``.

        >>> from pubrecords import Publication, Person
        >>> bo = Person(given="Bo", family="Yang")
        >>> pubs = [Publication(title="On Graphs, Part I", authors=(bo,)),
        ...         Publication(title="On Graphs, Part II", authors=(bo,))]
        >>> find_duplicates(pubs)
        []
    """
    pubs = list(pubs)
    decided = normalise_decisions(decisions)
    feats = _Features(pubs, progress)
    edges = _scored_edges(feats, ((i, j) for i, j, _pre in _candidate_pairs(feats, progress)))
    return _groups_from_edges(pubs, feats, edges, progress, decided)


# ----------------------------------------------------------------------------- stages
# The stages after blocking, as functions of plain data, so that another driver (a
# cluster) can call the same code: candidate pairs -> scored edges -> groups.

#: One scored link: (score, i, j, kind) with i < j and kind one of _MATCH, _VERSION,
#: _AMBIGUOUS.
Edge = tuple[float, int, int, int]


def _scored_edges(feats: _Features, pairs: Iterable[tuple[int, int]]) -> list[Edge]:
    """Score candidate pairs (i < j); pairs that are neither a match nor a version drop out."""
    edges: list[Edge] = []
    for i, j in pairs:
        decided = _compare(feats, i, j)
        if decided is not None:
            edges.append((decided[1], i, j, decided[0]))
    return edges


def _groups_from_edges(
    pubs: Sequence[Publication],
    feats: _Features,
    edges: list[Edge],
    progress: ProgressCallback | None = None,
    decisions: Mapping[tuple[str, str], Decision] | None = None,
) -> list[DuplicateGroup]:
    """Groups from scored edges: resolve ambiguous links, cluster matches (union-find
    with vetoes, best links first), then link versions between clusters.

    Depends only on the records the edges touch and on the order of their indices, so a
    connected component of the edges can be processed on its own (with its records
    re-indexed in the same order) and gives the same groups.
    """
    # a match under a recurring title counts only where neither record has another one
    partners = Counter(x for e in edges if e[3] == _AMBIGUOUS for x in e[1:3])
    if partners:
        edges = [
            (e[0], e[1], e[2], _MATCH) if e[3] == _AMBIGUOUS else e
            for e in edges
            if e[3] != _AMBIGUOUS or (partners[e[1]] == 1 and partners[e[2]] == 1)
        ]
    report(progress, "dedup:cluster", 0, len(edges))
    edges = sorted(edges, key=lambda e: (-e[0], e[1], e[2]))
    forced, apart = decided_pairs(pubs, decisions or {})
    if apart:
        edges = [e for e in edges if (e[1], e[2]) not in apart]

    same = _Clusters(feats, tolerance=YEAR_TOLERANCE, versions=False, apart=apart)
    for i, j in forced:  # a person said "same": joined first, whatever the rule says
        same.union(i, j, force=True)
    for _score, i, j, kind in edges:
        if kind == _MATCH:
            # (a strong link: titles nearly equal, or the same place in one container)
            strong = (
                _title_similarity(feats.title[i], feats.title[j]) >= STRONG_TITLE
                or _place(feats, i, j) == "same"
            )
            same.union(i, j, strong=strong)
    parts = same.groups()
    root_of = {m: r for r, members in parts.items() for m in members}

    versions = _Clusters(feats, tolerance=VERSION_YEAR_TOLERANCE, versions=True)
    version_edges = 0
    for _score, i, j, kind in edges:
        ri, rj = root_of.get(i, i), root_of.get(j, j)
        if kind == _VERSION and ri != rj and versions.union(ri, rj):
            version_edges += 1
    linked = versions.groups() if version_edges else {}
    report(progress, "dedup:cluster", len(edges), len(edges))

    groups: list[DuplicateGroup] = []
    in_version: set[int] = set()
    for roots in linked.values():
        group_parts = [tuple(parts.get(r, [r])) for r in roots]
        group_parts.sort()
        in_version.update(roots)
        groups.append(_describe(pubs, feats, tuple(group_parts), "version"))
    for root, members in parts.items():
        if root in in_version:
            continue
        groups.append(_describe(pubs, feats, (tuple(members),), None))
    if forced:  # groups a person joined say so, not what the rule would have said
        joined = {x for pair in forced for x in pair}
        groups = [
            _person_decided(g, forced) if joined.intersection(g.members) else g for g in groups
        ]
    # maybe pairs: alike records in different clusters, one pair per two clusters
    best: dict[tuple[int, int], tuple[int, int]] = {}
    for _score, i, j, kind in edges:
        if kind != _MAYBE:
            continue
        ri, rj = root_of.get(i, i), root_of.get(j, j)
        if ri != rj:
            best.setdefault((min(ri, rj), max(ri, rj)), (i, j))
    for i, j in best.values():
        groups.append(_describe(pubs, feats, ((i,), (j,)), "maybe"))
    groups.sort(key=lambda g: (g.kind == "maybe", g.members))
    return groups


def _identical(pubs: Sequence[Publication], part: Sequence[int]) -> bool:
    first = _signature(pubs[part[0]])
    return all(_signature(pubs[i]) == first for i in part[1:])


def _person_decided(group: DuplicateGroup, forced: list[tuple[int, int]]) -> DuplicateGroup:
    """``group`` with its "decided" evidence naming the people's decisions inside it."""
    for part in group.parts:
        inside = [(i, j) for i, j in forced if i in part and j in part]
        if inside:
            pairs = ", ".join(f"{i} = {j}" for i, j in inside)
            detail = f"one publication: your decision (same: records {pairs})"
            evidence = tuple(
                Evidence("decided", None, detail) if e.aspect == "decided" else e
                for e in group.evidence
            )
            return attrs.evolve(group, evidence=evidence)
    return group


def deduplicate(
    pubs: Sequence[Publication],
    *,
    progress: ProgressCallback | None = None,
    groups: Sequence[DuplicateGroup] | None = None,
    decisions: Mapping[tuple[str, str], str] | None = None,
    merge: Literal["identical", "variant"] = "variant",
) -> list[Publication]:
    """Merge identical and variant records; link versions to each other.

    Each group of the same record becomes one merged record (at the position of its
    first member); records of a version group stay separate, each gaining
    ``Related(relation="version", ...)`` entries for the others. Every input record is
    either returned as it is or appears in exactly one output's ``merged_from``.
    ``groups`` reuses the result of an earlier :func:`find_duplicates` on ``pubs``;
    ``decisions`` are passed on to it. ``merge="identical"`` merges only groups of the
    same record written alike, leaving variant groups unmerged. ``maybe`` pairs are
    never merged.

        >>> from pubrecords import Person, Publication
        >>> neil = Person(given="Neil", family="Robertson")
        >>> pubs = [Publication(title="Graph Minors", authors=(neil,), year=1983),
        ...         Publication(title="Graph minors.", authors=(neil,), year=1983)]
        >>> [(p.title, len(p.merged_from)) for p in deduplicate(pubs)]
        [('Graph Minors', 2)]
        >>> len(deduplicate(pubs, merge="identical"))
        2
    """
    pubs = list(pubs)
    if groups is None:
        groups = find_duplicates(pubs, progress=progress, decisions=decisions)
    out: dict[int, Publication] = {}
    consumed: set[int] = set()
    for done, group in enumerate(groups, start=1):
        if group.kind == "maybe" or (merge == "identical" and group.kind == "variant"):
            continue  # a maybe is shown for review, never merged
        merged_parts: list[tuple[int, Publication]] = []
        for part in group.parts:
            if merge == "identical" and not _identical(pubs, part):
                # a version written differently: its records stay, each linked
                for i in part:
                    merged_parts.append((i, pubs[i]))
                    consumed.add(i)
                continue
            record = _merge([pubs[i] for i in part])
            merged_parts.append((part[0], record))
            consumed.update(part)
        if group.kind == "version":
            links = [_related(record) for _, record in merged_parts]
            linked: list[tuple[int, Publication]] = []
            for position, (first, record) in enumerate(merged_parts):
                others = tuple(r for k, r in enumerate(links) if k != position)
                new = tuple(r for r in others if r not in record.related)
                linked.append((first, attrs.evolve(record, related=record.related + new)))
            merged_parts = linked
        for first, record in merged_parts:
            out[first] = record
        if done % 1000 == 0:
            report(progress, "dedup:merge", done, len(groups))
    report(progress, "dedup:merge", len(groups), len(groups))
    result: list[Publication] = []
    for i, pub in enumerate(pubs):
        if i in out:
            result.append(out[i])
        elif i not in consumed:
            result.append(pub)
    return result
