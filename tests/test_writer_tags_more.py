"""The RIS writer's tags for values other formats name: the access date (``Y2``), the
database provider (``DP``), the place of publication or of a conference (``CY``), the
short title (``ST``), the article number (``C7``); a second value for a tag of one value
is named in the warning, never lost silently. (Invented records.)"""

from __future__ import annotations

import warnings

import attrs
import pytest

from pubrecords import Kind, Person, Publication, from_csl, parse_bibtex, parse_ris, to_ris
from pubrecords.errors import PubrecordsWarning


def _written(pubs: list[Publication]) -> tuple[str, list[str]]:
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        text = to_ris(pubs)
    return text, [str(w.message) for w in got if issubclass(w.category, PubrecordsWarning)]


def _tags(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        tag, sep, value = line.partition("  - ")
        if sep:
            out.setdefault(tag, []).append(value)
    return out


def test_biblatex_access_date_source_place_and_article_number_get_their_tags() -> None:
    [pub] = parse_bibtex(
        "@article{k, author = {Quill, Maren}, title = {Salt marsh acoustics},"
        " journal = {Coastal Letters}, year = 2021, urldate = {2024-03-05},"
        " location = {Bergen}, eid = {e0412}, shorttitle = {Marsh acoustics}}"
    )
    text, warned = _written([pub])
    tags = _tags(text)
    assert tags["Y2"] == ["2024-03-05"]
    assert tags["CY"] == ["Bergen"]
    assert tags["C7"] == ["e0412"]
    assert tags["ST"] == ["Marsh acoustics"]
    assert not any("urldate" in w or "location" in w or "eid" in w for w in warned)
    [back] = parse_ris(text)
    # read back under the names the other writers know (biblatex's, BibTeX's)
    assert back.extra["urldate"] == "2024-03-05"
    assert back.extra["address"] == "Bergen"
    assert back.extra["eid"] == "e0412"


def test_csl_accessed_source_and_event_place_round_trip_through_ris() -> None:
    [pub] = from_csl(
        [
            {
                "id": "c1",
                "type": "paper-conference",
                "title": "Tidal models at scale",
                "container-title": "Proceedings of the Estuary Workshop",
                "author": [{"family": "Okafor", "given": "Tunde"}],
                "issued": {"date-parts": [[2019]]},
                "accessed": {"date-parts": [[2023, 11, 2]]},
                "source": "Harbour Index",
                "event-place": "Lisbon",
            }
        ]
    )
    text, warned = _written([pub])
    tags = _tags(text)
    assert tags["DP"] == ["Harbour Index"]
    assert tags["CY"] == ["Lisbon"]
    assert tags["Y2"] == [pub.extra["urldate"]]
    assert warned == []
    [back] = parse_ris(text)
    assert back.extra["source"] == "Harbour Index"
    assert back.extra["urldate"] == pub.extra["urldate"]


def test_address_and_event_place_compete_for_cy_the_other_is_named() -> None:
    pub = Publication(
        title="Dune migration",
        kind=Kind.CONFERENCE_PAPER,
        authors=[Person(given="Ines", family="Varga")],
        extra={"venue": "Kraków", "address": "Dordrecht"},
    )
    text, warned = _written([pub])
    assert _tags(text)["CY"] == ["Dordrecht"]  # (the address, whatever the order in extra)
    assert len(warned) == 1
    assert "venue (CY holds address)" in warned[0]


def test_the_same_place_twice_is_written_once_and_not_named() -> None:
    pub = Publication(title="T", extra={"address": "Oslo", "location": "Oslo"})
    text, warned = _written([pub])
    assert _tags(text)["CY"] == ["Oslo"]
    assert warned == []


@pytest.mark.parametrize(
    ("names", "tag", "kept"),
    [
        (("access date", "urldate"), "Y2", "urldate"),
        (("library catalog", "source"), "DP", "source"),
        (("custom7", "eid"), "C7", "eid"),
    ],
)
def test_preferred_name_wins_a_tag_of_one_value(
    names: tuple[str, str], tag: str, kept: str
) -> None:
    other = next(n for n in names if n != kept)
    pub = Publication(title="T", extra={names[0]: "first value", names[1]: "second value"})
    text, warned = _written([pub])
    assert _tags(text)[tag] == [pub.extra[kept]]
    assert len(warned) == 1 and f"{other} ({tag} holds {kept})" in warned[0]


def test_a_changed_ris_record_names_a_new_value_with_no_tag_or_a_taken_tag() -> None:
    [pub] = parse_ris("TY  - JOUR\nTI  - Reed beds\nCY  - Utrecht\nER  - \n")
    changed = attrs.evolve(
        pub,
        extra={**pub.extra, "shoe size": "41", "venue": "Ghent", "urldate": "2022-08-30"},
    )
    text, warned = _written([changed])
    tags = _tags(text)
    assert tags["CY"] == ["Utrecht"]
    assert tags["Y2"] == ["2022-08-30"]
    assert len(warned) == 1
    assert "shoe size (1)" in warned[0]
    assert "venue (CY holds another value)" in warned[0]


def test_unchanged_ris_with_the_new_tags_comes_back_as_read() -> None:
    text = (
        "TY  - JOUR\nAU  - Lind, Sofie\nTI  - Peat cores\nY2  - 2020/01/31\n"
        "DP  - Marsh Abstracts\nC7  - 104455\nCY  - Umeå\nER  - \n"
    )
    [pub] = parse_ris(text)
    assert pub.extra == {
        "urldate": "2020/01/31",
        "source": "Marsh Abstracts",
        "eid": "104455",
        "address": "Umeå",
    }
    assert to_ris([pub]) == text
    rewritten, _ = _written([attrs.evolve(pub, source_entry=None)])
    assert parse_ris(rewritten)[0].extra == pub.extra


def test_table_names_an_extra_value_its_column_cannot_hold() -> None:
    import warnings as _w

    from pubrecords import Publication, PubrecordsWarning, to_table

    pub = Publication(
        title="Invented Marsh Cores",
        identifiers={"pmid": "11112222"},
        extra={"pmid": "99990000", "colour": "teal"},
    )
    same = Publication(title="Invented Dune Cores", identifiers={"pmid": "5"}, extra={"pmid": "5"})
    with _w.catch_warnings(record=True) as caught:
        _w.simplefilter("always")
        text = to_table([pub, same])
    named = [str(w.message) for w in caught if issubclass(w.category, PubrecordsWarning)]
    assert len(named) == 1 and "pmid (1)" in named[0]
    assert "11112222" in text and "99990000" not in text and "teal" in text


def test_bibtex_writes_a_short_title_and_names_an_access_date() -> None:
    from pubrecords import from_csl, to_bibtex

    [pub] = from_csl(
        [
            {
                "id": "k",
                "type": "webpage",
                "title": "Invented Notes on Tides",
                "title-short": "Tide Notes",
                "URL": "https://example.org/k",
                "accessed": {"date-parts": [[2024, 5, 2]]},
            }
        ]
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = to_bibtex([pub])
    assert "shorttitle = {Tide Notes}," in out  # (a field of every biblatex type)
    assert "urldate" not in out
    assert any("urldate" in str(w.message) for w in caught)  # (named, not dropped unseen)


def test_zoteros_short_title_column_is_the_short_title() -> None:
    from pubrecords import parse_table, to_bibtex, to_table

    text = (
        "Key,Item Type,Title,Short Title,Author,Publication Year\n"
        'QX7,journalArticle,Invented Notes on Tides,Tide Notes,"Lima, Ana",2020\n'
    )
    [pub] = parse_table(text)
    assert pub.extra == {"shorttitle": "Tide Notes"}
    assert "shorttitle = {Tide Notes}" in to_bibtex([pub])
    assert "short title" in to_table([pub]).splitlines()[0]  # (written back under its column)
