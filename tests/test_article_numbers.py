"""Article numbers: Web of Science's ``AR``, Scopus's "Art. No." column and RIS's ``C7``
read as ``extra["eid"]`` (biblatex's ``eid``), written back where each format has a place
for them. (Invented records.)"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from pubrecords import Kind, Person, Publication, parse_bibtex, parse_ris, to_bibtex, to_ris
from pubrecords.errors import PubrecordsWarning
from pubrecords.formats.csl_write import to_csl
from pubrecords.formats.table import parse_table
from pubrecords.formats.table_write import to_table
from pubrecords.formats.wos import parse_wos, to_wos

T = TypeVar("T")

_WOS = (
    "FN Clarivate Analytics Web of Science\nVR 1.0\n"
    "PT J\nAU Moss, K\nAF Moss, Kerstin\nTI Lichen cover on basalt\nSO FIELD NOTES\n"
    "PY 2022\nVL 14\nAR 100387\nCL Reykjavik, ICELAND\nUT WOS:000900000000001\nER\n\nEF"
)
_SCOPUS = (
    '"Authors","Title","Year","Source title","Volume","Issue","Art. No.",'
    '"Page start","Page end","DOI","EID"\n'
    '"Moss K.","Lichen cover on basalt","2022","Field Notes","14","","100387",'
    '"","","10.5555/fn.2022.100387","2-s2.0-99999999901"\n'
    '"Berg A.","Moss on granite","2021","Field Notes","13","2","","5","9","",""\n'
)


def _quiet(fn: Callable[..., T], *args: Any) -> tuple[T, list[str]]:
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        out = fn(*args)
    return out, [str(w.message) for w in got if issubclass(w.category, PubrecordsWarning)]


def test_wos_ar_is_the_article_number_and_comes_back_as_ar() -> None:
    [pub] = parse_wos(_WOS)
    assert pub.extra["eid"] == "100387"
    assert pub.extra["venue"] == "Reykjavik, ICELAND"  # (CL: where the conference was)
    assert "AR" not in pub.extra
    assert to_wos([pub]) == _WOS + "\n"
    fresh = to_wos([attrs.evolve(pub, source_entry=None)])
    assert "\nAR 100387\n" in fresh
    assert parse_wos(fresh)[0].extra == pub.extra


def test_scopus_art_no_is_the_article_number_not_the_scopus_id() -> None:
    pubs, _ = _quiet(parse_table, _SCOPUS)
    first, second = pubs
    assert first.extra["eid"] == "100387"
    assert first.identifiers["eid"] == "2-s2.0-99999999901"  # (Scopus's record id)
    assert "eid" not in second.extra and "art. no." not in second.extra


def test_scopus_table_round_trip_keeps_the_art_no_column() -> None:
    pubs, _ = _quiet(parse_table, _SCOPUS)
    text, _ = _quiet(to_table, pubs)
    header = text.splitlines()[0].split(",")
    assert "art. no." in header and "eid" in header
    back, _ = _quiet(parse_table, text)
    assert [p.extra for p in back] == [p.extra for p in pubs]
    assert [p.identifiers for p in back] == [p.identifiers for p in pubs]


def test_bibtex_writes_eid_in_an_article_without_a_warning() -> None:
    [pub] = parse_wos(_WOS)
    text, warned = _quiet(to_bibtex, [pub])
    assert "eid = {100387}" in text
    assert not any("eid" in w for w in warned)
    [back] = parse_bibtex(text)
    assert back.extra["eid"] == "100387"


def test_bibtex_names_eid_where_the_entry_type_has_no_place_for_it() -> None:
    pub = Publication(
        title="Proceedings talk",
        kind=Kind.CONFERENCE_PAPER,
        venue="Proc. of the Moss Meeting",
        year=2020,
        authors=[Person(given="Ana", family="Ruiz")],
        extra={"eid": "A17"},
    )
    text, warned = _quiet(to_bibtex, [pub])
    assert "eid" not in text
    assert any("eid" in w for w in warned)


def test_article_number_in_ris_is_c7_and_reads_back() -> None:
    [pub] = parse_wos(_WOS)
    text, warned = _quiet(to_ris, [pub])
    assert "C7  - 100387" in text.splitlines()
    assert not any("eid" in w for w in warned)
    assert parse_ris(text)[0].extra["eid"] == "100387"


def test_csl_keeps_the_article_number() -> None:
    [pub] = parse_wos(_WOS)
    [item] = to_csl([pub])
    assert item["custom"]["extra"]["eid"] == "100387"
