"""A season or "circa" on a date (CSL-JSON's ``"season": 2``, a month 13-16 or 21-24,
``"circa": true``; biblatex's EDTF ``date = {2019-22}``, ``{1890~}``) is kept from one
format to the other: BibTeX writes it as biblatex's ``date`` beside the ``year``, CSL-JSON
as the date's ``season``/``circa``, RIS in its ``DA`` date's last part ("other info":
``2019///Summer``, ``1890///circa``), read back as such. Before, the BibTeX and RIS writers
dropped it without a word, and the RIS reader read ``2019///Summer`` as 2019 alone.
The records here are invented.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest

from pubrecords import (
    Publication,
    parse_bibtex,
    parse_csl_json,
    parse_ris,
    to_bibtex,
    to_csl_json,
    to_ris,
)


def _item(issued: dict[str, Any]) -> str:
    item = {
        "id": "quell2019",
        "type": "article-journal",
        "title": "Moss under Snow",
        "author": [{"family": "Quell", "given": "Tamsin"}],
        "container-title": "Moss Letters",
        "issued": issued,
    }
    return json.dumps([item])


CASES = [
    ({"date-parts": [[2019]], "season": 2}, "2019-22", {"season": 2}),
    ({"date-parts": [[2019]], "season": "Winter"}, "2019-24", {"season": 4}),
    ({"date-parts": [[2019, 13]]}, "2019-21", {"season": 1}),
    ({"date-parts": [[2019, 23]]}, "2019-23", {"season": 3}),
    ({"date-parts": [[1890]], "circa": True}, "1890~", {"circa": True}),
    ({"date-parts": [[1890, 5, 17]], "circa": 1}, "1890-05-17~", {"circa": True}),
]


def _silently(write: Any, pubs: list[Publication]) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return str(write(pubs))


@pytest.mark.parametrize(("issued", "edtf", "csl"), CASES)
def test_csl_season_or_circa_survives_bibtex_both_ways(
    issued: dict[str, Any], edtf: str, csl: dict[str, Any]
) -> None:
    pubs = parse_csl_json(_item(issued))
    assert pubs[0].year == int(edtf[:4])
    bib = _silently(to_bibtex, pubs)
    assert f"date = {{{edtf}}}," in bib and f"year = {edtf[:4]}," in bib
    back = parse_bibtex(bib)
    assert back[0].year == pubs[0].year and back[0].month == pubs[0].month
    item = json.loads(_silently(to_csl_json, back))[0]
    assert {k: v for k, v in item["issued"].items() if k != "date-parts"} == csl
    assert item["issued"]["date-parts"][0][0] == pubs[0].year
    assert "custom" not in item  # (nothing left over)


def test_a_plain_year_gets_no_date_line() -> None:
    pubs = parse_csl_json(_item({"date-parts": [[2019]]}))
    assert "date =" not in _silently(to_bibtex, pubs)


def test_a_season_of_another_year_is_not_written_as_this_ones() -> None:
    pub = Publication(title="Moss", year=2019, extra={"date": "2018-22"})
    with pytest.warns(UserWarning, match="date"):
        bib = to_bibtex([pub])
    assert "2018-22" not in bib


@pytest.mark.parametrize(
    ("issued", "da"),
    [
        ({"date-parts": [[2019]], "season": 2}, "2019///Summer"),
        ({"date-parts": [[2019]], "season": 4}, "2019///Winter"),
        ({"date-parts": [[1890]], "circa": True}, "1890///circa"),
        ({"date-parts": [[1890, 5, 17]], "circa": True}, "1890/05/17/circa"),
    ],
)
def test_ris_writes_a_season_or_circa_in_the_dates_last_part(
    issued: dict[str, Any], da: str
) -> None:
    # RIS's DA has a fourth part, "other info" (its specification: "2006/12/31/Winter")
    pubs = parse_csl_json(_item(issued))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ris = to_ris(pubs)
    assert f"DA  - {da}" in ris.splitlines()
    back = parse_ris(ris)
    assert back[0].extra["date"] == pubs[0].extra["date"]
    assert json.loads(to_csl_json(back))[0]["issued"] == issued


@pytest.mark.parametrize(
    ("da", "month", "date"),
    [
        ("2019///Spring", None, "2019-21"),
        ("2019///fall", None, "2019-23"),
        ("1890///ca.", None, "1890~"),
        ("1890/05//c.", 5, "1890-05~"),
        ("2006/12/31/Winter", 12, "2006-12-31"),  # (a season beside a month: the day kept)
        ("2019/05/17/print", 5, "2019-05-17"),
        ("2019/06//Summer", 6, None),
        ("2019///print", None, None),
        ("2019///Summerhouse", None, None),
    ],
)
def test_ris_reads_the_dates_last_part(da: str, month: int | None, date: str | None) -> None:
    text = f"TY  - JOUR\nTI  - Moss\nAU  - Quell, Tamsin\nPY  - {da[:4]}\nDA  - {da}\nER  - \n"
    pub = parse_ris(text)[0]
    assert (pub.year, pub.month, pub.extra.get("date")) == (int(da[:4]), month, date)
    assert f"DA  - {da}" in to_ris([pub]).splitlines()  # (as read)
