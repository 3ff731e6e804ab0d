"""Readers that make a Dask bag of records from many files, and writers of results as
partitions (JSON lines: one record or one group per line)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db

from ..dedup.groups import DuplicateGroup, Evidence
from ..formats.detect import read_publications
from ..formats.serialize import from_dict, to_dict
from ..model import Publication
from ..progress import ProgressCallback
from .pipeline import _run
from .runner import Runner

__all__ = [
    "group_from_dict",
    "group_to_dict",
    "read_jsonl",
    "read_records",
    "write_deduplicated",
    "write_groups",
    "write_jsonl",
]

PathLike = str | os.PathLike[str]


def read_records(paths: Iterable[PathLike]) -> Any:
    """A Dask bag with one partition per file, each read by
    :func:`pubrecords.read_publications` (``.bib``, CSV or JSON-lines tables, CSL-JSON,
    RIS, our own JSON). Records keep the order of ``paths``.

        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.bib").write_text("@article{a, title={Graph Minors}, year=1990}")
        >>> _ = (folder / "b.bib").write_text("@article{b, title={Graph minors}, year=1990}")
        >>> bag = read_records(sorted(folder.glob("*.bib")))
        >>> bag.npartitions, [p.title for p in bag.compute()]
        (2, ['Graph Minors', 'Graph minors'])
    """
    names = [str(p) for p in paths]
    bag = db.from_sequence(names, npartitions=max(1, len(names)))  # type: ignore[no-untyped-call]
    return bag.map(read_publications).flatten()


def read_jsonl(paths: Iterable[PathLike]) -> Any:
    """A Dask bag of the records in JSON-lines files written by :func:`write_jsonl`
    (one partition per file)."""
    names = [str(p) for p in paths]
    lines = db.read_text(names, blocksize=None)  # type: ignore[no-untyped-call]
    return lines.filter(str.strip).map(_record_from_line)


def _record_from_line(line: str) -> Publication:
    return from_dict(json.loads(line), Publication)


def _record_to_line(pub: Publication) -> str:
    return json.dumps(to_dict(pub), ensure_ascii=False)


def write_jsonl(records: Any, directory: PathLike) -> list[str]:
    """Write a Dask bag of records as JSON lines, one file per partition
    (``directory/part-00000.jsonl`` …); returns the file names.

        >>> import tempfile, dask.bag as db
        >>> from pubrecords import Publication
        >>> folder = tempfile.mkdtemp()
        >>> bag = db.from_sequence([Publication(title="Graph Minors")] * 3, npartitions=2)
        >>> files = write_jsonl(bag, folder)
        >>> len(files), [p.title for p in read_jsonl(files).compute()]
        (2, ['Graph Minors', 'Graph Minors', 'Graph Minors'])
    """
    Path(directory).mkdir(parents=True, exist_ok=True)
    pattern = str(Path(directory) / "part-*.jsonl")
    names = records.map(_record_to_line).to_textfiles(
        pattern, name_function=lambda k: f"{k:05d}", encoding="utf-8"
    )
    return [str(n) for n in names]


def group_to_dict(group: DuplicateGroup) -> dict[str, Any]:
    """A group as plain JSON data (members are positions in the whole input)."""
    return {
        "kind": group.kind,
        "score": group.score,
        "members": list(group.members),
        "parts": [list(p) for p in group.parts],
        "labels": list(group.labels),
        "evidence": [[e.aspect, e.similarity, e.detail] for e in group.evidence],
    }


def group_from_dict(data: dict[str, Any]) -> DuplicateGroup:
    """The group :func:`group_to_dict` wrote.

    >>> g = DuplicateGroup(members=(0, 2), kind="identical", score=1.0,
    ...                    evidence=(Evidence("title", 1.0, "identical"),), parts=((0, 2),))
    >>> group_from_dict(json.loads(json.dumps(group_to_dict(g)))) == g
    True
    """
    return DuplicateGroup(
        members=tuple(data["members"]),
        kind=data["kind"],
        score=data["score"],
        evidence=tuple(Evidence(a, s, d) for a, s, d in data["evidence"]),
        parts=tuple(tuple(p) for p in data["parts"]),
        labels=tuple(data["labels"]),
    )


def write_groups(
    groups: Sequence[DuplicateGroup], directory: PathLike, *, per_file: int = 100_000
) -> list[str]:
    """Write groups as JSON lines (``directory/groups-00000.jsonl`` …, ``per_file``
    groups each, in order); returns the file names."""
    Path(directory).mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    for k in range(0, max(1, len(groups)), per_file):
        name = str(Path(directory) / f"groups-{k // per_file:05d}.jsonl")
        with open(name, "w", encoding="utf-8") as out:
            for g in groups[k : k + per_file]:
                out.write(json.dumps(group_to_dict(g), ensure_ascii=False) + "\n")
        names.append(name)
    return names


def write_deduplicated(
    records: Any,
    directory: PathLike,
    *,
    progress: ProgressCallback | None = None,
    partitions: int | None = None,
    stats: dict[str, float] | None = None,
) -> tuple[list[DuplicateGroup], list[str]]:
    """De-duplicate ``records`` (as :func:`deduplicate`) and write the merged records
    as JSON lines where they are, one file per partition, and the groups beside them
    (``groups-*.jsonl``); returns the groups and the record files' names.

        >>> import tempfile, dask.bag as db
        >>> from pubrecords import Person, Publication
        >>> neil = Person(given="Neil", family="Robertson")
        >>> pubs = [Publication(title="Graph Minors", authors=(neil,), year=1983),
        ...         Publication(title="Graph minors.", authors=(neil,), year=1983)]
        >>> groups, files = write_deduplicated(db.from_sequence(pubs), tempfile.mkdtemp())
        >>> [len(p.merged_from) for p in read_jsonl(files).compute()]
        [2]
    """
    groups, merged = _run(records, progress, partitions, stats, merge=True)
    runner = Runner.current(None)
    Path(directory).mkdir(parents=True, exist_ok=True)
    names = [str(Path(directory) / f"part-{q:05d}.jsonl") for q in range(len(merged))]
    done = runner.gather(
        [runner.submit(_write_part, m, n) for m, n in zip(merged, names, strict=True)]
    )
    write_groups(groups, directory)
    return groups, [n for n, _ in zip(names, done, strict=True)]


def _write_part(records: Sequence[Publication], name: str) -> int:
    with open(name, "w", encoding="utf-8") as out:
        for pub in records:
            out.write(_record_to_line(pub) + "\n")
    return len(records)
