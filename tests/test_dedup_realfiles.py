"""Duplicates in real .bib files written by other people: never one publication from two.

Every group that `deduplicate` would merge (identical and variant groups, and each part of
a version group) is checked against the records' own fields, read independently of the
matcher: no merge across different pages, volumes, part numbers, editions, numbers in
the title, or entry-type classes. The shared corpus comes from ../shared (skipped with a
reason where absent; CI refuses such skips); the files of the fidelity benchmark live in
tests/fixtures/realbib.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from conftest import shared_path
from pubrecords import clean_publication, find_duplicates, read_bibtex
from pubrecords.model import Publication

REALBIB = Path(__file__).parent / "fixtures" / "realbib"
CORPUS_FILES = [
    "biblatex-examples.bib",
    "jabref-authors.bib",
    "jabref-complex.bib",
    "jabref-crossref.bib",
    "jabref-duplicates.bib",
    "jabref-test.bib",
    "jabref-testjabref.bib",
    "xampl.bib",
]
#: Entry-type classes as BibTeX and biblatex name them.
CLASSES = {
    "article": "article",
    "inproceedings": "paper",
    "conference": "paper",
    "book": "book",
    "mvbook": "book",
    "proceedings": "book",
    "collection": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
}
_NUMBER = re.compile(r"[0-9]+")
_PART = re.compile(r"\b(?:part|vol(?:ume|\.)?|edition|ed\.)\s*([0-9]+|[ivx]+)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|[0-9]+(?:st|nd|rd|th))\b", re.I)


def _numbers(value: str | None) -> tuple[str, ...]:
    return tuple(_NUMBER.findall(value or ""))


def _title_marks(title: str) -> tuple[str, ...]:
    """Part, volume and edition numbers and ordinals written in a title."""
    low = title.lower()
    return tuple(sorted(_PART.findall(low) + [m.lower() for m in _ORDINAL.findall(low)]))


def _entry_class(pub: Publication) -> str:
    entry = pub.source_entry
    return CLASSES.get(entry.entry_type.lower(), "") if entry is not None else ""


def _differences(records: list[Publication]) -> list[str]:
    found = []
    for name, values in (
        ("pages", {_numbers(p.pages) for p in records if p.pages}),
        ("volume", {_numbers(p.volume) for p in records if p.volume}),
        ("title numbers", {_title_marks(p.title) for p in records}),
        ("entry type", {_entry_class(p) for p in records} - {""}),
    ):
        if len(values) > 1:
            found.append(f"{name} {sorted(values)}")
    return found


def _real_files() -> list[Path]:
    return [*sorted(REALBIB.glob("*.bib"))]


def _check(path: Path) -> tuple[int, list[str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = [clean_publication(p) for p in read_bibtex(path)]
    merged = 0
    problems = []
    for group in find_duplicates(pubs):
        if group.kind in ("identical", "variant"):
            parts = [group.members]
        elif group.kind == "version":
            parts = [p for p in group.parts if len(p) > 1]
        else:
            continue
        for part in parts:
            merged += 1
            records = [pubs[m] for m in part]
            for diff in _differences(records):
                keys = ", ".join(str(r.key) for r in records)
                problems.append(f"{path.name}: {keys} merged although {diff}")
    return merged, problems


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_no_merge_across_different_places_in_the_corpus(name: str) -> None:
    _merged, problems = _check(shared_path("corpus", name))
    assert problems == []


@pytest.mark.parametrize("path", _real_files(), ids=lambda p: p.name)
def test_no_merge_across_different_places_in_real_bibliographies(path: Path) -> None:
    _merged, problems = _check(path)
    assert problems == []


def test_the_check_itself_sees_a_difference() -> None:
    # the field reader above must see what it is meant to catch
    a = Publication(title="Heaps, Part 1", pages="1-10", volume="3")
    b = Publication(title="Heaps, Part 2", pages="11-20", volume="4")
    assert len(_differences([a, b])) == 3
    assert _differences([a, a]) == []


def test_series_volumes_of_a_real_file_stay_apart() -> None:
    # plume-heaps.bib: the ASPLOS IV and V proceedings (1991, 1992), two IWOOOS
    # workshops (1991, 1992), and two Kent reports (1991, 1992)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = [clean_publication(p) for p in read_bibtex(REALBIB / "plume-heaps.bib")]
    keys = {p.key: i for i, p in enumerate(pubs)}
    pairs = [("ASPLOS4", "ASPLOS5"), ("IWOOOS91", "IWOOOS92"), ("JL:CWRCWD", "LJ:CWRC")]
    merged = {
        frozenset(pubs[m].key for m in part)
        for g in find_duplicates(pubs)
        if g.kind != "maybe"
        for part in ([g.members] if g.kind != "version" else g.parts)
    }
    for a, b in pairs:
        assert a in keys and b in keys
        assert not any({a, b} <= members for members in merged), (a, b)
