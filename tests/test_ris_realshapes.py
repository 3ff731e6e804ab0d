"""RIS in the shapes real exports have (Web of Science, Scopus, EBSCO, CAB, PubMed through
Zotero, Zotero's and JabRef's test inputs): invented records of the same shape as the real
ones, read into the model, written back unchanged, exported without loss; bad input."""

from __future__ import annotations

import json
import time
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli
from pubrecords import ParseError, ParseWarning, parse_ris, to_bibtex, to_csl_json, to_ris
from pubrecords.model import Publication


def _one(text: str) -> Publication:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ParseWarning)
        [pub] = parse_ris(text)
    assert to_ris([pub]) == text  # (unchanged: back exactly)
    return pub


# ---------------------------------------------------------------- several links


_LINKS = (
    "TY  - JOUR\nTI  - Tidal Marsh Sediment Budgets\n"
    "UR  - https://a.example/x; https://b.example/y\n"
    "UR  - https://c.example/z\nER  - \n"
)


def test_every_link_of_ur_lines_is_kept() -> None:
    # "UR  - a; b" and a second UR line: the first link is the url, the others are in extra
    pub = _one(_LINKS)
    assert pub.url == "https://a.example/x"
    assert pub.extra["urls"] == "https://b.example/y\nhttps://c.example/z"


def test_the_other_links_reach_the_csl_export() -> None:
    pub = _one(_LINKS)
    [item] = json.loads(to_csl_json([pub]))
    assert item["URL"] == "https://a.example/x"
    assert item["custom"]["extra"]["urls"] == "https://b.example/y\nhttps://c.example/z"


def test_a_semicolon_inside_a_link_is_no_separator() -> None:
    # CAB Abstracts: a journal's link whose query is separated by semicolons
    text = (
        "TY  - JOUR\nTI  - Rural Clinic Outcomes\n"
        "UR  - http://www.clinic-journal.example/article.asp?issn=1234-5678;year=2016;volume=5\n"
        "ER  - \n"
    )
    pub = _one(text)
    assert pub.url == (
        "http://www.clinic-journal.example/article.asp?issn=1234-5678;year=2016;volume=5"
    )
    assert "urls" not in pub.extra


def test_a_link_comes_before_what_is_no_link() -> None:
    # EBSCO (PsycINFO) writes an ORCID and an e-mail address in UR lines too
    text = (
        "TY  - JOUR\nTI  - Sleep in Shift Workers\nUR  - ORCID: 0000-0001-2345-6789\n"
        "UR  - https://search.example/login.aspx?direct=true&AN=2023-1\n"
        "UR  - someone@mail.example\nER  - \n"
    )
    pub = _one(text)
    assert pub.url == "https://search.example/login.aspx?direct=true&AN=2023-1"
    assert pub.extra["urls"] == "ORCID: 0000-0001-2345-6789\nsomeone@mail.example"


def test_endnotes_pseudo_link_comes_after_the_real_one() -> None:
    # EndNote's Web of Science records: a "<Go to ISI>://" line, the publisher's link after
    text = (
        "TY  - JOUR\nTI  - Oyster Reef Restoration\nUR  - <Go to ISI>://WOS:000111122223333\n"
        "https://publisher.example/doi/10.1002/ecs2.0001\nER  - \n"
    )
    pub = _one(text)
    assert pub.url == "https://publisher.example/doi/10.1002/ecs2.0001"
    assert pub.extra["urls"] == "<Go to ISI>://WOS:000111122223333"


def test_changed_links_are_written_as_ur_lines() -> None:
    pub = _one(_LINKS)
    changed = attrs.evolve(pub, url="https://a.example/new")
    out = to_ris([changed])
    assert out == (
        "TY  - JOUR\nTI  - Tidal Marsh Sediment Budgets\nUR  - https://a.example/new\n"
        "UR  - https://b.example/y\nUR  - https://c.example/z\nER  - \n"
    )
    [back] = parse_ris(out)
    assert (back.url, back.extra) == (changed.url, changed.extra)
    fewer = attrs.evolve(pub, extra={"urls": "https://c.example/z"})
    [back] = parse_ris(to_ris([fewer]))
    assert (back.url, back.extra) == ("https://a.example/x", {"urls": "https://c.example/z"})


def test_links_of_a_record_from_elsewhere_are_ur_lines() -> None:
    pub = Publication(
        title="Dune Grass Survey",
        url="https://a.example/x",
        extra={"urls": "https://b.example/y\nhttps://c.example/z"},
    )
    out = to_ris([pub])
    assert out.count("UR  - ") == 3 and "UR  - https://b.example/y\n" in out
    [back] = parse_ris(out)
    assert (back.url, back.extra) == (pub.url, pub.extra)


# ---------------------------------------------------------------- DOIs


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        ("10.1130/2019.2555(07)", "10.1130/2019.2555(07)"),  # a chapter of a GSA volume
        ("10.1061/(ASCE)1234-5678(2019)10:4(126)", "10.1061/(ASCE)1234-5678(2019)10:4(126)"),
        ("https://doi.org/10.1000/abc).", "10.1000/abc"),
        ("(10.1000/abc)", "10.1000/abc"),
        # a SICI DOI that the export broke before its bracket
        (
            "10.1659/0276-4741(2019)27 [ 32:TLBCFP]2.0.CO;2",
            "10.1659/0276-4741(2019)27[32:TLBCFP]2.0.CO;2",
        ),
    ],
)
def test_dois_keep_their_own_brackets(written: str, doi: str) -> None:
    pub = _one(f"TY  - JOUR\nTI  - Levee Failures\nDO  - {written}\nER  - \n")
    assert pub.doi == doi


_link = st.builds(
    "https://{}.example/{}{}".format,
    st.sampled_from(["a", "b", "cc"]),
    st.sampled_from(["x", "p/q", "r?s=1;t=2"]),
    st.sampled_from(["", "#f", ".pdf"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_link, min_size=1, max_size=3), min_size=1, max_size=3), st.data())
def test_generated_links_are_all_kept(lines: list[list[str]], data: st.DataObject) -> None:
    seps = [data.draw(st.sampled_from(["; ", ";", " ; ", " "])) for _ in lines]
    text = "TY  - JOUR\nTI  - T\n"
    text += "".join(f"UR  - {sep.join(links)}\n" for links, sep in zip(lines, seps, strict=True))
    text += "ER  - \n"
    links = [link for line in lines for link in line]
    pub = _one(text)
    more = pub.extra["urls"].split("\n") if "urls" in pub.extra else []
    assert [pub.url, *more] == links
    # written from the model, read back: the same links
    [back] = parse_ris(to_ris([attrs.evolve(pub, source_entry=None)]))
    assert (back.url, back.extra) == (pub.url, pub.extra)


# ---------------------------------------------------------------- Web of Science's dates


@pytest.mark.parametrize(
    ("da", "month"),
    [("SEP", 9), ("JUN 13", 6), ("MAY-JUN", 5), ("Mar", 3), ("Sept.", 9), ("DEC 2", 12)],
)
def test_month_alone_in_da(da: str, month: int) -> None:
    # Web of Science: the year in PY, the month (and day) alone in DA
    pub = _one(f"TY  - JOUR\nTI  - Coastal Fog Trends\nDA  - {da}\nPY  - 2018\nER  - \n")
    assert (pub.year, pub.month) == (2018, month)
    assert "date" not in pub.extra  # (DA gave the month: not kept twice)


@pytest.mark.parametrize("da", ["SUM", "Date Accessed", "Decided", "Maybe"])
def test_words_that_are_no_month_stay_in_extra(da: str) -> None:
    pub = _one(f"TY  - JOUR\nTI  - Coastal Fog Trends\nPY  - 2018\nDA  - {da}\nER  - \n")
    assert (pub.year, pub.month) == (2018, None)
    assert pub.extra["date"] == da


def test_a_month_without_any_year_is_not_read() -> None:
    pub = _one("TY  - JOUR\nTI  - Coastal Fog Trends\nDA  - SEP\nER  - \n")
    assert (pub.year, pub.month) == (None, None)


def test_a_changed_date_rewrites_the_month_line() -> None:
    pub = _one("TY  - JOUR\nTI  - Coastal Fog Trends\nDA  - SEP\nPY  - 2018\nER  - \n")
    out = to_ris([attrs.evolve(pub, month=10)])
    [back] = parse_ris(out)
    assert (back.year, back.month) == (2018, 10)


# ---------------------------------------------------------------- initials after the comma


@pytest.mark.parametrize(
    ("written", "family", "given", "suffix", "particle"),
    [
        ("Rosati, JD", "Rosati", "JD", "", ""),  # Web of Science
        ("Wadey, MP", "Wadey", "MP", "", ""),
        ("Weir, M.D.", "Weir", "M. D.", "", ""),  # Scopus
        ("Bednar J.D.", "Bednar", "J. D.", "", ""),  # Scopus, Embase: no comma
        ("Rana, Md", "Rana", "Md", "", ""),
        ("Salas Huamani, J.R.", "Salas Huamani", "J. R.", "", ""),  # not "Jr"
        ("Salas Huamani J.R.", "Salas Huamani", "J. R.", "", ""),
        ("Nunes, Leonel J.R.", "Nunes", "Leonel J. R.", "", ""),
        ("van der Berg, MD", "Berg", "MD", "", "van der"),
        ("Quill, Jr.", "Quill", "", "Jr.", ""),  # a generational suffix stays one
        ("van Dyke, Jr.", "Dyke", "", "Jr.", "van"),
        ("Quill, John Jr.", "Quill", "John", "Jr.", ""),
        ("Quill, Ann, Jr.", "Quill", "Ann", "Jr.", ""),
        ("Tonkin, J.C.", "Tonkin", "J. C.", "", ""),
    ],
)
def test_the_part_after_the_comma_is_the_given_name(
    written: str, family: str, given: str, suffix: str, particle: str
) -> None:
    pub = _one(f"TY  - JOUR\nAU  - {written}\nTI  - Beach Nourishment\nER  - \n")
    [a] = pub.authors
    assert (a.family, a.given, a.suffix, a.particle) == (family, given, suffix, particle)


def test_initials_export_as_given_names() -> None:
    pub = _one("TY  - JOUR\nAU  - Rosati, JD\nAU  - Weir, M.D.\nTI  - Beach Nourishment\nER  - \n")
    assert "author = {Rosati, JD and Weir, M. D.}" in to_bibtex([pub])
    [item] = json.loads(to_csl_json([pub]))
    assert item["author"] == [
        {"family": "Rosati", "given": "JD"},
        {"family": "Weir", "given": "M. D."},
    ]


# ---------------------------------------------------------------- a list of names on one line


def test_an_editor_line_listing_several_names_is_several_names() -> None:
    # PubMed's investigators through Zotero: one A2 line of "Family Initials" names
    text = (
        "TY  - JOUR\nTI  - Heat and Ozone\n"
        "A2  - Abbot R, Bhatt KD, Cole P, de'Lima F, Dane-Smith MSZS\n"
        "A2  - Global Tide Network\nER  - \n"
    )
    pub = _one(text)
    assert pub.extra["editor"] == (
        "Abbot, R and Bhatt, KD and Cole, P and de'Lima, F and Dane-Smith, MSZS"
        " and Global Tide Network"
    )
    # no name with more than two commas reaches BibTeX (biber skips such a record)
    bib = to_bibtex([pub])
    editor = bib.split("editor = {", 1)[1].split("}", 1)[0]
    assert all(name.count(",") <= 2 for name in editor.split(" and "))


def test_a_name_with_a_suffix_and_a_degree_is_left_as_written() -> None:
    pub = _one("TY  - JOUR\nTI  - T\nA2  - Quill, Ann, Jr., PhD\nER  - \n")
    assert pub.extra["editor"] == "Quill, Ann, Jr., PhD"


# ---------------------------------------------------------------- Web of Science's PU


def test_pu_is_the_publisher_where_there_is_no_pb() -> None:
    pub = _one(
        "TY  - JOUR\nTI  - Ageing and Leisure\nPU  - NORTHERN UNIV PRESS\nPI  - LEEDS\nER  - \n"
    )
    assert pub.publisher == "NORTHERN UNIV PRESS"
    assert "PU" not in pub.extra and pub.extra["PI"] == "LEEDS"
    out = to_ris([attrs.evolve(pub, publisher="Northern University Press")])
    assert "PU  - Northern University Press\n" in out and "PB  -" not in out


def test_pb_wins_over_pu() -> None:
    pub = _one("TY  - JOUR\nTI  - T\nPU  - Press A\nPB  - Press B\nER  - \n")
    assert (pub.publisher, pub.extra["PU"]) == ("Press B", "Press A")
    # written from the model (no source entry): PU is kept as an extra line
    out = to_ris([attrs.evolve(pub, source_entry=None)])
    assert "PB  - Press B\n" in out and "PU  - Press A\n" in out


# ---------------------------------------------------------------- bad input


_GOOD = "TY  - JOUR\nTI  - Good\nER  - \n"


@pytest.mark.parametrize(
    ("text", "records"),
    [
        (_GOOD + "TY  - JOUR\nTI  - Cut in the mid", 1),  # truncated, no ER at the end
        (_GOOD + "TY  - JOUR\nTI  - Cut\nE", 1),
        (_GOOD.replace("\n", "\r\n", 2) + "TY  - BOOK\rTI  - B\rER  - \r", 2),  # mixed ends
        (_GOOD + "TY  - JOUR\nTI  - Bin\n\x00\x01\x02\x03junk\nER  - \n", 1),
    ],
)
def test_bad_input_gives_warnings_not_tracebacks(text: str, records: int) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pubs = parse_ris(text)
    assert len(pubs) == records
    assert all(isinstance(w.message, ParseWarning) for w in caught)
    assert to_ris(pubs).replace("\r", "").count("TI  - ") >= records


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * 10_000_000,  # a 10 MB single line
        ("TY  - JOUR  " * 900_000),  # 10 MB of tags on one line
        bytes(range(256)).decode("latin-1") * 40_000,  # binary junk
        "\x00" * 100_000,
    ],
    ids=["empty", "10MB line", "10MB tags on a line", "binary", "NUL"],
)
def test_text_without_records_is_a_parse_error_fast(text: str) -> None:
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        with pytest.raises(ParseError):
            parse_ris(text)
    assert time.perf_counter() - start < 5


def test_huge_values_are_read_fast() -> None:
    text = (
        "TY  - JOUR\nPY  - 2019\nDA  - "
        + "SEP " * 500_000
        + "\nUR  - "
        + "https://a.example/x; " * 200_000
        + "\nER  - \n"
    )
    start = time.perf_counter()
    [pub] = parse_ris(text)
    assert time.perf_counter() - start < 5
    assert pub.month == 9 and pub.extra["urls"].count("\n") == 200_000 - 2


def test_cli_reads_a_truncated_file_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cut.ris"
    path.write_text(_GOOD + "TY  - JOUR\nTI  - Cut in the mid", encoding="utf-8")
    done = run_cli("export", str(path), "--to", "ris", "-q")
    assert done.returncode == 0, done.stderr
    assert "has no ER" in done.stderr and "Traceback" not in done.stderr
    assert "TI  - Good" in done.stdout
