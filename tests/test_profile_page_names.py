"""Profile pages whose author lines are hard names (issue #14).

Regression tests for every name of the issue, and the exact-record rate on pages made by
``tests/pagegen.py`` with seeds the reader was not tuned on (tuning used seed 1 only).
"""

from __future__ import annotations

import pytest

from pagegen import TUNING_SEED, make_page, matched, person_parts
from pubrecords import clean_profile, parse_profile

HEAD = "Portrait of Ada Example\n\nAda Example\n\nPublications\n\n"
ABSTRACT = (
    "We study how estuaries mix fresh and salt water. Our model predicts salinity a week "
    "ahead and beats every baseline we tried."
)

NAMES = [
    ("Ulrich G&#252;ntzer", ("Ulrich", "", "Güntzer", "", "")),
    ("Am&#233;lie Marian", ("Amélie", "", "Marian", "", "")),
    ("Ulrich G?ntzer", ("Ulrich", "", "G?ntzer", "", "")),
    ("Z. Meral ?zsoyoglu", ("Z. Meral", "", "?zsoyoglu", "", "")),
    ("Object Database Management Group", ("", "", "", "", "Object Database Management Group")),
    ("The TimesTen Team", ("", "", "", "", "The TimesTen Team")),
    ("Lotus Development Corp.", ("", "", "", "", "Lotus Development Corp.")),
    ("Dean Berry", ("Dean", "", "Berry", "", "")),
    ("King Liu", ("King", "", "Liu", "", "")),
    ("Jane Lê", ("Jane", "", "Lê", "", "")),
    ("John N. Vũ", ("John N.", "", "Vũ", "", "")),
    ("王小明", ("小明", "", "王", "", "")),
    ("王 小明", ("小明", "", "王", "", "")),
    ("山田太郎", ("", "", "", "", "山田太郎")),
    ("김민준", ("민준", "", "김", "", "")),
    ("Sutrisno", ("", "", "Sutrisno", "", "")),
    ("Ludwig van Beethoven", ("Ludwig", "van", "Beethoven", "", "")),
    ("Anna de la Cruz", ("Anna", "de la", "Cruz", "", "")),
    ("JosÃ© GarcÃ­a", ("José", "", "García", "", "")),
]


def _page(*records: tuple[str, list[str], str | None]) -> str:
    lines = []
    for title, authors, abstract in records:
        lines.append(title)
        lines.extend(authors)
        if abstract:
            lines.append(abstract)
    return HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize(("line", "parts"), NAMES, ids=[n for n, _ in NAMES])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_name_line_stays_an_author(line: str, parts: tuple[str, ...], where: str) -> None:
    others = ["Maria Lindholm", "Kwame Okonkwo"]
    authors = {
        "first": [line, *others],
        "middle": [others[0], line, others[1]],
        "last": [*others, line],
    }[where]
    text = _page(
        ("Forecasting Estuary Salinity with Tidal Gaussian Processes", authors, ABSTRACT),
        ("Counting Herons with Sparse Acoustic Sensors", ["Pieter van der Meer"], None),
    )
    raw = parse_profile(text)
    assert [p.title for p in raw.publications] == [
        "Forecasting Estuary Salinity with Tidal Gaussian Processes",
        "Counting Herons with Sparse Acoustic Sensors",
    ]
    pub = clean_profile(raw).publications[0]
    assert pub.abstract == ABSTRACT
    got = [person_parts(a) for a in pub.authors]
    assert got[authors.index(line)] == parts
    assert len(got) == 3


def test_name_line_as_the_only_author_before_the_next_title() -> None:
    for line, parts in NAMES:
        text = _page(
            ("Quiet Neural Tides", [line], None),
            ("Anchored Variational Inference for Seasonal Time Series", [], ABSTRACT),
        )
        pubs = clean_profile(parse_profile(text)).publications
        assert [p.title for p in pubs] == [
            "Quiet Neural Tides",
            "Anchored Variational Inference for Seasonal Time Series",
        ], line
        assert [person_parts(a) for a in pubs[0].authors] == [parts], line


def test_lost_letter_is_flagged_on_the_record() -> None:
    text = _page(("Forecasting Salinity", ["Ulrich G?ntzer", "Maria Lindholm"], ABSTRACT))
    pub = clean_profile(parse_profile(text)).publications[0]
    flags = [r for r in pub.repairs if r.action == "flag-lost-letter"]
    assert [r.field for r in flags] == ["authors[0]"]
    assert pub.authors[0].family == "G?ntzer"  # kept, not guessed


def test_one_word_titles_that_are_words_are_still_titles() -> None:
    # (a coined one-word title, "Saltmarsh", right after an author list is still read as a
    # mononym: see docs/scraped-text.md, "Limits")
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo"], None),
        ("Tidewater", ["Maria Lindholm"], ABSTRACT),
        ("Thinker", [], None),
    )
    pubs = parse_profile(text).publications
    assert [p.title for p in pubs] == ["Forecasting Salinity", "Tidewater", "Thinker"]


def test_generator_is_deterministic_and_tuning_seed_apart() -> None:
    assert make_page(1001).text == make_page(1001).text
    assert make_page(1001).text != make_page(TUNING_SEED).text


HELD_OUT = range(1001, 1021)


def _rate(seeds: range, classes: tuple[str, ...] | None = None) -> float:
    right = total = 0
    for seed in seeds:
        page = make_page(seed) if classes is None else make_page(seed, classes=classes)
        hits = matched(page.records, clean_profile(parse_profile(page.text)))
        right += sum(hits)
        total += len(hits)
    return right / total


def test_generated_pages_mostly_exact() -> None:
    # measured 95.5% on seeds 1001-1200 (benchmarks/bench_profile_pages.py); 37.6% before
    assert _rate(HELD_OUT) >= 0.93
