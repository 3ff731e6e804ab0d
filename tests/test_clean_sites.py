"""Cleaning researchers' own publication lists (an al-folio ``papers.bib``, a group's
site), on invented records: what such files carry that needs repair."""

from __future__ import annotations

from pubrecords import (
    Person,
    Publication,
    clean_publication,
    clean_text,
    parse_bibtex,
    parse_csl_json,
)


def test_windows_1252_dash_read_as_a_control_character_is_decoded() -> None:
    # a title pasted from a Windows-1252 page: the en dash came through as U+0096
    text, repairs = clean_text(
        "Signalling Intent in Delivery Robot \x96 Cyclist Encounters", "title"
    )
    assert text == "Signalling Intent in Delivery Robot – Cyclist Encounters"
    assert [(r.field, r.action) for r in repairs] == [("title", "fix-mojibake")]
    assert repairs[0].before == "Signalling Intent in Delivery Robot \x96 Cyclist Encounters"


def test_windows_1252_quotes_decoded_and_undefined_bytes_removed() -> None:
    text, repairs = clean_text("Why \x93slow\x94 maps aren\x92t \x81lazy", "abstract")
    assert text == "Why “slow” maps aren’t lazy"
    assert [r.action for r in repairs] == ["fix-mojibake"]


def test_text_without_control_characters_is_left_alone() -> None:
    text, repairs = clean_text("Delivery Robot – Cyclist Encounters: a “field” study", "title")
    assert text == "Delivery Robot – Cyclist Encounters: a “field” study"
    assert repairs == ()


def test_bytes_of_utf8_read_as_latin1_are_left_to_the_mojibake_repair() -> None:
    # "Å\x81" is "Ł" in UTF-8 read as Latin-1: the byte is no Windows-1252 character of
    # its own, so it is not dropped first; the mojibake repair still recovers the letter
    text, repairs = clean_text("Tidal mapping with Å\x81ucja's drones", "title")
    assert text == "Tidal mapping with Å\x81ucja's drones" and repairs == ()
    pub = Publication(
        title="Tidal mapping with Å\x81ucja's drones",
        authors=(Person(given="Å\x81ucja", family="Nowak"),),
        year=2021,
    )
    cleaned = clean_publication(pub)
    assert cleaned.title == "Tidal mapping with Łucja's drones"
    assert cleaned.authors[0].given == "Łucja"


def test_csl_json_title_with_a_control_dash_is_repaired_and_recorded() -> None:
    # (a CSL-JSON export of a site's list keeps the U+0096 a copy from a Windows page left)
    data = (
        '[{"id": "brandt2022signal", "type": "paper-conference",'
        ' "title": "Signalling Intent in Delivery Robot \\u0096 Cyclist Encounters",'
        ' "author": [{"family": "Brandt", "given": "Ilse"}],'
        ' "issued": {"date-parts": [[2022]]}}]'
    )
    (pub,) = parse_csl_json(data)
    cleaned = clean_publication(pub)
    assert cleaned.title == "Signalling Intent in Delivery Robot – Cyclist Encounters"
    assert [r.action for r in cleaned.repairs if r.field == "title"] == ["fix-mojibake"]


# ------------------------------------------------------------ HTML links in a site's fields


def test_url_field_written_as_an_html_link_becomes_its_address() -> None:
    # a group site's template renders the url field as HTML: 'doi:<a href=…>…</a>'
    bib = """
@article{okafor2026stent,
  author = {Okafor, Chiamaka and Lindqvist, Bo},
  title = {Plaque morphology and stent strain},
  journal = {Journal of Invented Biomechanics},
  year = {2026},
  url = {doi:<a href="https://doi.org/10.1000/jib.2026.0042">10.1000/jib.2026.0042</a>},
  selected = {true}
}
"""
    (pub,) = parse_bibtex(bib, path="papers.bib")
    cleaned = clean_publication(pub)
    assert cleaned.url == "https://doi.org/10.1000/jib.2026.0042"
    (repair,) = [r for r in cleaned.repairs if r.field == "url"]
    assert repair.action == "decode-html" and repair.before == pub.url
    assert cleaned.extra["selected"] == "true"
    assert clean_publication(cleaned) == cleaned


def test_link_around_a_title_is_kept_as_the_url() -> None:
    bib = """
@misc{karmon2022knit,
  title = {<a href="https://patents.example.org/US0000042">Loom head for knitted shells</a>},
  author = {Karmon, Ayla and Sterling, Yoav},
  year = {2022},
  note = {US Patent 0,000,042}
}
"""
    (pub,) = parse_bibtex(bib, path="papers.bib")
    cleaned = clean_publication(pub)
    assert cleaned.title == "Loom head for knitted shells"
    assert cleaned.url == "https://patents.example.org/US0000042"
    assert [(r.field, r.action) for r in cleaned.repairs] == [
        ("title", "decode-html"),
        ("url", "decode-html"),
    ]
    # a record with a url of its own keeps it (the title's link stays in the repair)
    own = parse_bibtex(
        bib.replace("note =", "url = {https://example.org/knit},\n  note ="), path="papers.bib"
    )[0]
    assert clean_publication(own).url == "https://example.org/knit"


def test_plain_url_and_plain_title_are_left_alone() -> None:
    bib = """
@misc{plain2020,
  title = {Loom heads, a <survey>},
  author = {Karmon, Ayla},
  year = {2020},
  url = {https://example.org/loom?a=1&b=2}
}
"""
    (pub,) = parse_bibtex(bib, path="papers.bib")
    cleaned = clean_publication(pub)
    assert cleaned.url == "https://example.org/loom?a=1&b=2"
    assert not [r for r in cleaned.repairs if r.field == "url"]
