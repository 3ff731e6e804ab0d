"""Cleaning records of hand-written .bib files, on invented records: the author's
markup is not scraping debris."""

from __future__ import annotations

from pubrecords import clean_publication, parse_bibtex, to_bibtex
from pubrecords.text.cleaning import clean_text


def test_an_ampersand_typed_between_words_in_bibtex_is_left_as_typed() -> None:
    bib = r"""@inproceedings{Okafor2019,
 author = {Okafor, C. and Lindqvist, S.},
 booktitle = {Symposium on Tidal Software (STS)},
 title = {{Tide{\&}Gauge: Learning Estuary Models}},
 year = {2019}
}

@article{Moraes2012,
  title={Large tidal data: split and recombine (s\&r) with gauges},
  author={Moraes, Jo{\~a}o},
  journal={Stat},
  year={2012}
}
"""
    pubs = [clean_publication(p) for p in parse_bibtex(bib)]
    assert [p.title for p in pubs] == [
        "Tide&Gauge: Learning Estuary Models",
        "Large tidal data: split and recombine (s&r) with gauges",
    ]
    assert all(r.field != "title" for p in pubs for r in p.repairs)
    # nothing changed: every entry comes back as written
    out = to_bibtex(pubs)
    assert "{{Tide{\\&}Gauge: Learning Estuary Models}}" in out
    assert "(s\\&r)" in out


def test_an_ampersand_glued_by_scraping_is_still_spaced_in_plain_text() -> None:
    text, repairs = clean_text("tides&gauges of the northern estuary", "title")
    assert text == "tides & gauges of the northern estuary"
    assert [r.action for r in repairs] == ["insert-lost-space"]
