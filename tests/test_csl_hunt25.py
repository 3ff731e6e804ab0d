"""CSL-JSON in the shapes real tools write that the reader and writer missed (hunt 25).

Crossref's CSL-JSON (content negotiation, as citation-js caches it) gives text variables as
lists (``"container-title": []``, ``"ISSN": [print, electronic]``), dates and lists under
keys no CSL variable has (``published-print``, ``posted``, ``alternative-id``), and its own
work types (``posted-content``, ``proceedings-article``); a BibTeX editor list of one name
with a comma ("Family, Given M.") went to CSL as text in ``custom.extra``, not as an
``editor``. The records here are invented, in the shape of those files.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import attrs
import pytest

from pubrecords import (
    Kind,
    ParseWarning,
    from_csl,
    parse_bibtex,
    parse_csl_json,
    to_bibtex,
    to_csl,
    to_ris,
)


def _crossref_item() -> dict[str, Any]:
    """An invented preprint in the shape Crossref's CSL-JSON gives one."""
    return {
        "indexed": {"date-parts": [[2025, 2, 3]], "date-time": "2025-02-03T10:11:12Z"},
        "reference-count": 4,
        "publisher": "Invented Preprint Server",
        "content-domain": {"domain": [], "crossmark-restriction": False},
        "DOI": "10.5555/moss.2021.0042",
        "type": "posted-content",
        "posted": {"date-parts": [[2021, 6, 9]]},
        "published-print": {"date-parts": [[2021, 7]]},
        "source": "Crossref",
        "title": "Peat moss grows faster on north-facing hummocks",
        "author": [
            {"given": "Ilse", "family": "Varnhagen", "sequence": "first", "affiliation": []},
            {"given": "Tomas", "family": "Okonkwo-Lind", "sequence": "additional"},
        ],
        "container-title": [],
        "original-title": [],
        "ISSN": ["1234-5679", "2345-678X"],
        "subtitle": [],
        "alternative-id": ["moss.2021.0042"],
        "subject": ["Ecology", "Soil Science"],
        "link": [{"URL": "https://example.org/moss.pdf", "content-type": "unspecified"}],
        "relation": {},
        "issued": {"date-parts": [[2021, 6, 9]]},
        "URL": "http://dx.doi.org/10.5555/moss.2021.0042",
    }


def _read_quietly(items: list[dict[str, Any]]) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ParseWarning)
        return from_csl(items)


def test_crossref_lists_dates_and_types_are_read_without_a_warning() -> None:
    (pub,) = _read_quietly([_crossref_item()])
    assert pub.kind is Kind.PREPRINT
    assert pub.venue is None  # (an empty container-title is none)
    assert pub.extra["issn"] == "1234-5679, 2345-678X"
    assert pub.extra["published-print"] == "2021-07"
    assert pub.extra["posted"] == "2021-06-09"
    assert pub.extra["alternative-id"] == "moss.2021.0042"
    assert pub.extra["subject"] == "Ecology; Soil Science"
    # objects that are no date stay in the item only; empty lists are nothing
    for key in ("link", "relation", "content-domain", "subtitle", "original-title"):
        assert key not in pub.extra


def test_crossref_item_comes_back_as_it_was() -> None:
    item = _crossref_item()
    (back,) = to_csl(_read_quietly([item]))
    key = back["id"]
    assert back == {"id": key, "citation-key": key, **item}


def test_a_container_title_in_a_list_is_the_venue() -> None:
    item = {**_crossref_item(), "type": "journal-article"}
    item["container-title"] = ["Journal of Invented Bryology"]
    item["container-title-short"] = ["J. Invent. Bryol."]
    (pub,) = _read_quietly([item])
    assert pub.kind is Kind.JOURNAL_ARTICLE
    assert pub.venue == "Journal of Invented Bryology"
    assert pub.extra["shortjournal"] == "J. Invent. Bryol."


def test_a_list_of_several_titles_still_costs_a_warning() -> None:
    item = {**_crossref_item(), "container-title": ["Moss Letters", "Moss Lett."]}
    with pytest.warns(ParseWarning, match="'container-title' must be a string"):
        (pub,) = from_csl([item])
    assert pub.venue is None
    assert to_csl([pub])[0]["container-title"] == ["Moss Letters", "Moss Lett."]


def test_the_crossref_dates_and_issn_reach_bibtex_or_its_warning() -> None:
    item = {**_crossref_item(), "type": "journal-article"}
    item["container-title"] = ["Journal of Invented Bryology"]
    pubs = _read_quietly([item])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bib = to_bibtex(pubs)
    said = bib + " ".join(str(w.message) for w in caught)
    for key in ("published-print", "posted", "alternative-id", "subject"):
        assert key in said
    assert "journal = {Journal of Invented Bryology}" in bib
    assert "issn = {1234-5679" in bib


def test_the_crossref_issn_reaches_ris() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ris = to_ris(_read_quietly([_crossref_item()]))
    assert "1234-5679" in ris


@pytest.mark.parametrize(
    ("ctype", "kind"),
    [
        ("posted-content", Kind.PREPRINT),
        ("proceedings-article", Kind.CONFERENCE_PAPER),
        ("reference-entry", Kind.CHAPTER),
        ("book-part", Kind.CHAPTER),
        ("reference-book", Kind.BOOK),
        ("book-chapter", Kind.CHAPTER),
        ("peer-review", Kind.OTHER),
    ],
)
def test_crossref_work_types_read_as_their_kind(ctype: str, kind: Kind) -> None:
    (pub,) = parse_csl_json(json.dumps({"id": "w1", "type": ctype, "title": "Tussock counts"}))
    assert pub.kind is kind


def test_a_bibtex_editor_with_a_comma_is_a_csl_editor() -> None:
    (pub,) = parse_bibtex(
        "@incollection{quill2004,\n"
        "  author = {Quill, Marta J.},\n"
        "  title = {Counting lichens by lamplight},\n"
        "  booktitle = {Night Fieldwork},\n"
        "  editor = {Quill, Marta J.},\n"
        "  year = 2004,\n"
        "}\n"
    )
    (item,) = to_csl([pub])
    assert item["editor"] == [{"family": "Quill", "given": "Marta J."}]
    assert "editor" not in item.get("custom", {}).get("extra", {})
    (back,) = from_csl([item])
    assert back.extra["editor"] == "Quill, Marta J."


def test_an_editor_list_with_others_keeps_them() -> None:
    (pub,) = parse_bibtex(
        "@book{k, title = {Fens}, editor = {Brandvold, Siri K. and others}, year = 2001}"
    )
    (item,) = to_csl([pub])
    assert item["editor"] == [{"family": "Brandvold", "given": "Siri K."}, {"literal": "others"}]


def test_a_reports_publisher_is_its_institution() -> None:
    item = {
        "id": "fenreport",
        "type": "report",
        "title": "Water tables of three raised bogs",
        "author": [{"family": "Achterberg", "given": "Noor"}],
        "publisher": "Invented Institute of Mires",
        "publisher-place": "Delft",
        "number": "IM-42",
        "genre": "Technical memo",
        "issued": {"date-parts": [[2019, 3]]},
    }
    (pub,) = _read_quietly([item])
    assert (pub.venue, pub.publisher, pub.issue) == ("Invented Institute of Mires", None, "IM-42")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bib = to_bibtex([pub])
    assert bib.startswith("@techreport{")
    assert "institution = {Invented Institute of Mires}" in bib
    assert "number = {IM-42}" in bib and "type = {Technical memo}" in bib
    assert not caught
    assert to_csl([pub]) == [item]
    # written anew (the record changed), the institution is the publisher again
    (fresh,) = to_csl([attrs.evolve(pub, title="Water tables of four raised bogs")])
    assert fresh["publisher"] == "Invented Institute of Mires"
    assert "container-title" not in fresh
