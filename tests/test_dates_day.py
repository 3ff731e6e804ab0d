"""The day of a publication's date crosses formats: CSL-JSON's ``issued``, biblatex's
``date``, RIS's ``DA``, MEDLINE's ``DP`` and Web of Science's ``PD`` hold one; the model holds
the year and month, the day travels in ``extra["date"]`` and each writer with a place for it
writes it (classic BibTeX: ``date`` beside ``year`` and ``month``, which biber reads and
bibtex passes over). Invented records."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pubrecords import (
    Publication,
    from_csl,
    parse_bibtex,
    parse_csl_json,
    parse_medline,
    parse_ris,
    parse_table,
    parse_wos,
    to_bibtex,
    to_csl_json,
    to_medline,
    to_ris,
    to_table,
    to_wos,
)


def _item(year: int, month: int, day: int) -> dict[str, object]:
    return {
        "id": "ana2011",
        "type": "article-journal",
        "title": "Invented Tides of the North Shore",
        "author": [{"family": "Lima", "given": "Ana"}],
        "container-title": "Journal of Invented Results",
        "issued": {"date-parts": [[year, month, day]]},
    }


FORMATS: dict[
    str, tuple[Callable[[list[Publication]], str], Callable[[str], list[Publication]]]
] = {
    "bibtex": (to_bibtex, parse_bibtex),
    "ris": (to_ris, parse_ris),
    "medline": (to_medline, parse_medline),
    "wos": (to_wos, parse_wos),
    "csv": (to_table, parse_table),
}


def _quiet(fn: Callable[[], object]) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn()


def _issued(pubs: list[Publication]) -> object:
    return json.loads(to_csl_json(pubs))[0]["issued"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_day_of_a_csl_date_survives_each_format(fmt: str) -> None:
    pub = from_csl([_item(2011, 11, 14)])[0]
    write, read = FORMATS[fmt]
    text = _quiet(lambda: write([pub]))
    assert isinstance(text, str)
    back = _quiet(lambda: read(text))
    assert isinstance(back, list)
    assert _issued(back) == {"date-parts": [[2011, 11, 14]]}


def test_each_format_writes_the_day_where_it_has_a_place() -> None:
    pub = from_csl([_item(2011, 11, 14)])[0]
    bib = to_bibtex([pub])
    assert "year = 2011," in bib and "month = nov," in bib and "date = {2011-11-14}," in bib
    assert "DA  - 2011/11/14/" in _quiet(lambda: to_ris([pub]))  # type: ignore[operator]
    assert "DP  - 2011 Nov 14" in str(_quiet(lambda: to_medline([pub])))
    assert "PD NOV 14" in str(_quiet(lambda: to_wos([pub])))
    item = json.loads(to_csl_json([pub]))[0]
    assert "custom" not in item  # (the day is in issued, not kept twice)


def test_a_biblatex_date_with_a_day_is_kept_in_classic_bibtex() -> None:
    [pub] = parse_bibtex("@online{k, author={Ana Lima}, title={Invented Notes}, date={2020-05-17}}")
    out = to_bibtex([pub], dialect="bibtex")
    assert "date = {2020-05-17}" in out and "month = may" in out
    assert _issued([pub]) == {"date-parts": [[2020, 5, 17]]}
    [month_only] = parse_bibtex("@online{k, author={Ana Lima}, title={T}, date={2020-05}}")
    assert "date =" not in to_bibtex([month_only], dialect="bibtex")  # (said by year and month)


def test_readers_take_the_day_from_their_own_spelling() -> None:
    ris = "TY  - JOUR\nTI  - Invented Tides\nPY  - 2011\nDA  - 2011/11/14/\nER  - \n"
    assert _issued(parse_ris(ris)) == {"date-parts": [[2011, 11, 14]]}
    medline = "PMID- 1\nTI  - Invented Tides\nDP  - 2011 Nov 14\n"
    assert _issued(parse_medline(medline)) == {"date-parts": [[2011, 11, 14]]}
    # a date that disagrees with the year read is kept as written, no day of that year
    other = "TY  - JOUR\nTI  - Invented Tides\nPY  - 2012\nDA  - 2011/11/14/\nER  - \n"
    assert parse_ris(other)[0].extra["date"] == "2011/11/14/"
    assert _issued(parse_ris(other)) == {"date-parts": [[2012]]}
    table = "Title,Date,Year\nInvented Tides,2011-11-14T10:00:00Z,2011\n"
    assert _issued(parse_table(table)) == {"date-parts": [[2011, 11, 14]]}


def test_a_record_read_from_ris_comes_back_as_read() -> None:
    ris = "TY  - JOUR\nTI  - Invented Tides\nPY  - 2011\nDA  - 2011/11/14/\nER  - \n"
    assert to_ris(parse_ris(ris)) == ris


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(min_value=1800, max_value=2099),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    fmt=st.sampled_from(sorted(FORMATS)),
)
def test_any_day_crosses_any_format(year: int, month: int, day: int, fmt: str) -> None:
    pub = parse_csl_json(json.dumps([_item(year, month, day)]))[0]
    write, read = FORMATS[fmt]
    back = _quiet(lambda: read(str(_quiet(lambda: write([pub])))))
    assert isinstance(back, list)
    assert _issued(back) == {"date-parts": [[year, month, day]]}
