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
from pubrecords import (
    ParseError,
    ParseWarning,
    PubrecordsWarning,
    parse_bibtex,
    parse_ris,
    to_bibtex,
    to_csl_json,
    to_ris,
)
from pubrecords.model import Kind, Publication


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


# ---------------------------------------------------------------- pandas' missing values


def test_pandas_missing_values_read_as_missing() -> None:
    # ASReview writes RIS from a data frame: an empty cell is written "nan"
    text = (
        "TY  - JOUR\nAU  - Quill, Ona\nTI  - Marsh Birds at Dawn\nT2  - Wetland Notes\n"
        "DA  - 2021///nan\nPY  - 2021\nVL  - 12\nIS  - nan\nSP  - e0123456\nEP  - nan\n"
        "N1  - NaN\nID  - nan\nAN  - nan\nER  - \n"
    )
    pub = _one(text)
    assert (pub.issue, pub.pages, pub.year, pub.month) == (None, "e0123456", 2021, None)
    assert pub.key is None and pub.extra == {}
    assert pub.source_entry is not None and pub.source_entry.key == ""
    [item] = json.loads(to_csl_json([pub]))
    assert "nan" not in json.dumps(item).lower()
    assert "nan" not in to_bibtex([pub]).lower()


def test_a_changed_record_with_missing_values_keeps_them_as_written() -> None:
    text = "TY  - JOUR\nTI  - Marsh Birds\nIS  - nan\nEP  - nan\nPY  - 2021\nER  - \n"
    pub = attrs.evolve(_one(text), title="Marsh Birds at Dusk")
    assert to_ris([pub]) == text.replace("Marsh Birds", "Marsh Birds at Dusk")


# ---------------------------------------------------------------- records without TY


def _untyped(n: int) -> str:
    # CiteSource's export: every record ends with ER, none has a TY line
    return "\n".join(
        f"C1  - {100 + i}\nAU  - Quill, Ona\nTI  - Marsh Birds {i}\nPY  - 2020\n"
        f"DO  - 10.1000/marsh.{i}\nJO  - Wetland Notes\nC8  - \nER  - \n"
        for i in range(n)
    )


def test_records_without_ty_are_read_with_one_warning() -> None:
    text = _untyped(3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pubs = parse_ris(text, path="cs.ris")
    assert [str(w.message) for w in caught] == [
        "cs.ris: 3 RIS records have no TY (reference type): read as of unknown kind"
    ]
    assert [p.title for p in pubs] == ["Marsh Birds 0", "Marsh Birds 1", "Marsh Birds 2"]
    assert {p.kind for p in pubs} == {Kind.UNKNOWN}
    assert pubs[1].doi == "10.1000/marsh.1" and pubs[1].venue == "Wetland Notes"
    assert pubs[2].extra == {"custom1": "102"}
    assert to_ris(pubs) == text  # (no TY line added)


def test_records_without_ty_mixed_with_typed_ones() -> None:
    text = "TY  - JOUR\nTI  - Typed\nER  - \n\n" + _untyped(1) + "\nTY  - BOOK\nTI  - B\nER  - \n"
    with pytest.warns(ParseWarning, match="1 RIS record has no TY"):
        pubs = parse_ris(text)
    assert [p.kind for p in pubs] == [Kind.JOURNAL_ARTICLE, Kind.UNKNOWN, Kind.BOOK]
    assert to_ris(pubs) == text


def test_a_changed_record_without_ty_gets_gen() -> None:
    with pytest.warns(ParseWarning):
        [pub] = parse_ris(_untyped(1))
    out = to_ris([attrs.evolve(pub, title="Marsh Birds at Dusk")])
    assert out.startswith("TY  - GEN\nC1  - 100\nAU  - Quill, Ona\nTI  - Marsh Birds at Dusk\n")
    [again] = parse_ris(out)
    assert again.kind is Kind.UNKNOWN and again.doi == "10.1000/marsh.0"
    typed = attrs.evolve(pub, kind=Kind.JOURNAL_ARTICLE)
    assert to_ris([typed]).startswith("TY  - JOUR\nC1  - 100\n")


def test_records_without_ty_raise_when_strict() -> None:
    with pytest.raises(ParseError, match=r"^cs\.ris:1: RIS record without TY \(tags C1, AU"):
        parse_ris(_untyped(2), path="cs.ris", strict=True)


def test_records_without_ty_reach_bibtex() -> None:
    with pytest.warns(ParseWarning):
        pubs = parse_ris(_untyped(2))
    with pytest.warns(PubrecordsWarning, match="custom1"):  # (C1: no BibTeX field)
        assert to_bibtex(pubs).count("@misc{") == 2


# ---------------------------------------------------------------- one space before the hyphen


def test_a_tag_line_with_one_space_before_the_hyphen() -> None:
    # DataCite's RIS had "TY -  BOOK"; Zotero reads one or two spaces before the hyphen
    text = (
        "TY -  BOOK\nT1  - Tidal Channels of the North Sea\nAU  - Quill, Ona\n"
        "PY  - 2018\nPB  - Harbour Press\nER  -\n"
    )
    pub = _one(text)
    assert (pub.kind, pub.title, pub.year, pub.publisher) == (
        Kind.BOOK,
        "Tidal Channels of the North Sea",
        2018,
        "Harbour Press",
    )
    assert pub.source_entry is not None and pub.source_entry.entry_type == "BOOK"


def test_one_space_tag_lines_inside_a_well_formed_file() -> None:
    good = "TY  - JOUR\nTI  - Good\nER  - \n"
    text = (
        good + "\nTY  - JOUR\nTI  - Marsh Birds\nKW - wetlands\nPMID - 12345\nPY  - 2020\n"
        "ER  - \n\n" + good
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", ParseWarning)
        pubs = parse_ris(text)
    assert [p.title for p in pubs] == ["Good", "Marsh Birds", "Good"]
    assert pubs[1].extra == {"keywords": "wetlands", "PMID": "12345"}
    assert pubs[1].source_entry is not None
    assert pubs[1].source_entry.fields[1:3] == (("KW", "wetlands"), ("PMID", "12345"))
    assert to_ris(pubs) == text


@pytest.mark.parametrize(
    "line",
    [
        "the dunes - as the TI - line said",  # (not at the start of a line)
        "CD4 -positive cells",  # (no space after the hyphen)
        "Ab - a word in lower case",
        "NORTH SEA - two words",
    ],
)
def test_no_false_tag_lines_in_an_abstract(line: str) -> None:
    text = f"TY  - JOUR\nTI  - Dunes\nAB  - First line of the abstract\n{line}\nER  - \n"
    pub = _one(text)
    assert pub.abstract == f"First line of the abstract {line}"


def test_a_value_that_reads_as_missing_is_named_when_written() -> None:
    pub = Publication(title="nan", volume="NaN", year=2020, kind=Kind.JOURNAL_ARTICLE)
    with pytest.warns(PubrecordsWarning, match=r"read back as missing .*: TI \(1\), VL \(1\)$"):
        text = to_ris([pub])
    assert "TI  - nan\n" in text
    # a record read with "nan" and changed elsewhere keeps its "nan" lines without a warning
    [read] = parse_ris("TY  - JOUR\nTI  - Marsh\nIS  - nan\nER  - \n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "IS  - nan\n" in to_ris([attrs.evolve(read, title="Dawn")])


# ---------------------------------------------------------------- a thesis's university


_THESIS = (
    "TY  - THES\nAU  - Quill, Ona\nT1  - Sediment Budgets of Tidal Marshes\n"
    "PB  -  University of Harbourtown\nY1  - 2017/05//\nM1  - Ph.D.\nER  - \n"
)


def test_a_thesis_pb_is_its_university() -> None:
    # EconLit, EndNote and Zotero write a thesis's university in PB and give no venue
    pub = _one(_THESIS)
    assert (pub.kind, pub.venue, pub.publisher) == (
        Kind.THESIS,
        "University of Harbourtown",
        None,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PubrecordsWarning)  # (M1: no BibTeX field)
        bib = to_bibtex([pub])
    assert bib.startswith("@phdthesis{") and "school = {University of Harbourtown}" in bib


def test_a_thesis_with_a_venue_keeps_pb_as_its_publisher() -> None:
    pub = _one(_THESIS.replace("PB  - ", "T2  - Marsh Studies\nPB  - "))
    assert (pub.venue, pub.publisher) == ("Marsh Studies", "University of Harbourtown")
    pub = _one(_THESIS.replace("PB  - ", "PU  - Harbour Press\nPB  - "))
    assert (pub.venue, pub.publisher) == ("University of Harbourtown", "Harbour Press")
    pub = _one(_THESIS.replace("TY  - THES", "TY  - BOOK"))
    assert (pub.venue, pub.publisher) == (None, "University of Harbourtown")


def test_a_thesis_distributor_in_pb_stays_the_publisher() -> None:
    # PsycINFO writes the distributor of a dissertation in PB, not the university
    text = _THESIS.replace(" University of Harbourtown", "ProQuest Information & Learning")
    pub = _one(text)
    assert (pub.venue, pub.publisher) == (None, "ProQuest Information & Learning")
    changed = attrs.evolve(pub, title="Sediments")
    assert to_ris([changed]) == text.replace("Sediment Budgets of Tidal Marshes", "Sediments")


@pytest.mark.parametrize(
    ("venue", "publisher"),
    [
        ("University A", None),
        (None, "Press B"),
        ("University A", "Press B"),
        (None, None),
        ("UMI Dissertations", None),
        (None, "ProQuest"),
    ],
)
def test_a_thesis_written_from_the_model_reads_back(
    venue: str | None, publisher: str | None
) -> None:
    pub = Publication(title="T", kind=Kind.THESIS, venue=venue, publisher=publisher)
    [again] = parse_ris(to_ris([pub]))
    assert (again.venue, again.publisher) == (venue, publisher)
    for change in ({"venue": "University C"}, {"publisher": "Press D"}, {"venue": None}):
        changed = attrs.evolve(again, **change)
        [back] = parse_ris(to_ris([changed]))
        assert (back.venue, back.publisher) == (changed.venue, changed.publisher), change


def test_a_changed_thesis_read_with_its_university_in_pb() -> None:
    pub = attrs.evolve(_one(_THESIS), publisher="Harbour Press")
    text = to_ris([pub])
    assert "PB  -  University of Harbourtown\n" in text and "PU  - Harbour Press\n" in text
    [again] = parse_ris(text)
    assert (again.venue, again.publisher) == ("University of Harbourtown", "Harbour Press")


# ---------------------------------------------------------------- a DO line with more than the DOI


def test_what_the_do_line_holds_besides_the_doi_is_kept() -> None:
    text = "TY  - JOUR\nTI  - Marsh Birds\nDO  - 10.1000/marsh.7 [pdf]\nER  - \n"
    pub = _one(text)
    assert pub.doi == "10.1000/marsh.7"
    assert pub.extra == {"doi": "10.1000/marsh.7 [pdf]"}
    # written from the model, read back equal
    bare = attrs.evolve(pub, source_entry=None, provenance=())
    assert to_ris([bare]) == text
    [again] = parse_ris(to_ris([bare]))
    assert attrs.evolve(again, source_entry=None, provenance=()) == bare
    # a changed DOI: the old DO text is named, not dropped silently
    with pytest.warns(PubrecordsWarning, match=r"not written \(records\): doi \(1\)"):
        out = to_ris([attrs.evolve(pub, doi="10.1000/marsh.8")])
    assert "DO  - 10.1000/marsh.8\n" in out


@pytest.mark.parametrize(
    "value",
    [
        "10.1000/marsh.7",
        "doi:10.1000/marsh.7",
        "https://doi.org/10.1000/marsh.7",
        "(10.1000/marsh.7)",
    ],
)
def test_a_doi_with_a_prefix_or_brackets_is_no_more_than_the_doi(value: str) -> None:
    pub = _one(f"TY  - JOUR\nTI  - Marsh Birds\nDO  - {value}\nER  - \n")
    assert pub.doi == "10.1000/marsh.7" and pub.extra == {}


def test_a_do_line_with_two_dois_keeps_both() -> None:
    pub = _one(
        "TY  - JOUR\nTI  - Marsh Birds\nDO  - 10.1000/a.1; 10.1000/b.2\nDO  - 10.1000/c.3\nER  - \n"
    )
    assert pub.doi == "10.1000/a.1"
    assert pub.extra == {"doi": "10.1000/a.1; 10.1000/b.2\n10.1000/c.3"}
    bare = attrs.evolve(pub, source_entry=None, provenance=())
    [again] = parse_ris(to_ris([bare]))
    assert attrs.evolve(again, source_entry=None, provenance=()) == bare


def test_an_organisation_among_editors_is_written_without_its_braces() -> None:
    # extra["editor"] is BibTeX's name list: "{Harbour Authority}" is one name there; RIS
    # has no braces, an ED line holds one name
    [pub] = parse_bibtex(
        "@incollection{k, author = {Doe, Jane}, title = {Pebbles}, booktitle = {Stones},"
        " publisher = {P}, year = 2000, editor = {{Harbour Authority} and Roe, Rick}}"
    )
    lines = [line for line in to_ris([pub]).splitlines() if line.startswith("ED")]
    assert lines == ["ED  - Harbour Authority", "ED  - Roe, Rick"]
