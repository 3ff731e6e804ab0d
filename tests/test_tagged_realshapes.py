"""MEDLINE and Web of Science records of the shapes real exports have (invented records).

Each test is a defect found reading real files (PubMed .nbib exports, Web of Science
plain-text exports of several decades, bibliometrix's and revtools' samples): the record
here is made up, its shape is the real one.
"""

from __future__ import annotations

import pytest

from pubrecords import (
    Kind,
    ParseError,
    ParseWarning,
    Person,
    Publication,
    parse_medline,
    parse_wos,
    to_medline,
    to_wos,
)

_WOS = """FN Clarivate Analytics Web of Science
VR 1.0
PT J
{authors}TI A study of tides
SO JOURNAL OF TIDES
PD {pd}
PY {py}
VL 3
BP 1
EP 9
UT WOS:000000000000042
ER

EF
"""


def _wos(authors: str = "AU Okafor, NA\n", pd: str = "MAR", py: str = "2020") -> str:
    return _WOS.format(authors=authors, pd=pd, py=py)


def _parts(person: object) -> tuple[str, str, str, str]:
    return (
        getattr(person, "family", ""),
        getattr(person, "given", ""),
        getattr(person, "particle", ""),
        getattr(person, "suffix", ""),
    )


# ---------------------------------------------------------------- Web of Science names


def test_wos_two_word_family_name_with_initials_is_family_first() -> None:
    # (bibliometrix's and revtools' samples: "Salas Huamani, JR" read as given "Salas",
    # family "Huamani" and the suffix "JR")
    text = _wos("AU Quispe Mamani, JR\n   van Acker, P\nAF Quispe Mamani, J.R.\n   van Acker, P\n")
    [pub] = parse_wos(text)
    assert [_parts(a) for a in pub.authors] == [
        ("Quispe Mamani", "J.R.", "", ""),
        ("Acker", "P", "van", ""),
    ]
    assert to_wos([pub]) == text


def test_wos_full_name_with_an_email_in_brackets() -> None:
    # (Zoological Record: "Stillman, Andrew N. (andrew.stillman@uconn.edu)"; the address is
    # no part of the name, and run-together initials are read as the free-text rules read them)
    text = _wos(
        "AU Quispe Mamani, JR\n   Tarn, GL\nAF Quispe Mamani, J.R. (jr@tides.org)\n   Tarn, G.L.\n"
    )
    [pub] = parse_wos(text)
    assert [(a.family, a.given) for a in pub.authors] == [
        ("Quispe Mamani", "J.R."),
        ("Tarn", "G. L."),
    ]
    assert to_wos([pub]) == text


def test_wos_short_names_whose_initials_look_like_degrees() -> None:
    # (old records with AU only: "Terk, MD", "Pierson, RN", "Slater, JD" read as a
    # family name with the suffix "MD" and no given name)
    text = _wos("AU Holt, MD\n   Brandt, RN\n   Osei, JD\n   Kim, KC\n")
    [pub] = parse_wos(text)
    assert [(a.family, a.given, a.suffix) for a in pub.authors] == [
        ("Holt", "MD", ""),
        ("Brandt", "RN", ""),
        ("Osei", "JD", ""),
        ("Kim", "KC", ""),
    ]
    assert to_wos([pub]) == text


def test_wos_full_name_with_last_initial_after_a_comma() -> None:
    # (Web of Science writes "Kuchin, A. V." as AF "Kuchin, A., V" with AU "Kuchin, AV":
    # the "V" is an initial, not the fifth of the name; a real suffix stays one)
    text = _wos(
        "AU Orlov, BV\n   Marsh, ET\n   Dale, JR\n"
        "AF Orlov, B., V\n   Marsh, Evan T., III\n   Dale, John R., Jr.\n"
    )
    [pub] = parse_wos(text)
    assert [(a.family, a.given, a.suffix) for a in pub.authors] == [
        ("Orlov", "B. V", ""),
        ("Marsh", "Evan T.", "III"),
        ("Dale", "John R.", "Jr."),
    ]
    assert to_wos([pub]) == text


# ---------------------------------------------------------------- Web of Science dates


@pytest.mark.parametrize(
    ("pd", "month"),
    [
        ("2021 MAR 3", 3),  # (early-access records: the year first)
        ("9 May 2004", 5),  # (Zoological Record: the day first; was read as month 9)
        ("14 October 1999", 10),
        ("2019-Nov", 11),
        ("MAR 15", 3),
        ("JAN-FEB", 1),
        ("Spring 2003", None),
        ("FAL", None),
        ("2020", None),
    ],
)
def test_wos_publication_date_month(pd: str, month: int | None) -> None:
    [pub] = parse_wos(_wos(pd=pd, py=pd[-4:] if pd[-4:].isdigit() else "2020"))
    assert pub.month == month


def test_wos_line_with_no_tag_and_no_indent_is_a_malformed_record() -> None:
    # (metaknowledge's test file: "AUGilles, H" with no space after the tag was read as a
    # second line of PT: the record came with no authors and an unknown kind, silently)
    good = _wos()
    bad = good.replace("AU Okafor, NA\n", "AUOkafor, NA\n   Berg, P\n")
    text = good.replace("EF\n", "") + bad.split("VR 1.0\n", 1)[1]
    with pytest.warns(ParseWarning, match=r"line 16 \('AUOkafor, NA'\) has no tag"):
        [pub] = parse_wos(text)
    assert [a.family for a in pub.authors] == ["Okafor"]
    with pytest.raises(ParseError, match="has no tag"):
        parse_wos(text, strict=True)
    assert to_wos([pub]).count("PT J") == 2  # (the malformed record kept as written)


# ---------------------------------------------------------------- Web of Science kinds


def test_wos_proceedings_paper_without_document_type() -> None:
    # (revtools' WoS export has no DT lines: its 44 papers in IEEE and LNCS proceedings,
    # PT B and PT S with a meeting in CT, were read as books: @book with the paper's title)
    text = (
        "FN Clarivate Analytics Web of Science\nVR 1.0\n"
        "PT S\nAU Okafor, NA\nTI Restoring tidal images\nSE Lecture Notes in Tides\n"
        "SO TIDES 2018\nCT 3rd International Conference on Tides\nPY 2018\nBP 5\nEP 9\n"
        "ER\n\n"
        "PT B\nAU Berg, P\nTI Tides of memory\nSO TIDES OF MEMORY\nPY 2019\nER\n\nEF\n"
    )
    paper, book = parse_wos(text)
    assert (paper.kind, paper.venue) == (Kind.CONFERENCE_PAPER, "TIDES 2018")
    assert book.kind is Kind.BOOK
    assert to_wos([paper, book]) == text


# ---------------------------------------------------------------- MEDLINE names

_MEDLINE = """PMID- 10000042
OWN - NLM
TI  - A study of tides.
{authors}DP  - 2019 Mar
TA  - J Tides
JT  - Journal of tides
PT  - Journal Article
"""


def test_medline_two_word_family_name_with_initials_is_family_first() -> None:
    text = _MEDLINE.format(
        authors="FAU - Quispe Mamani, J.R.\nAU  - Quispe Mamani JR\n"
        "FAU - Dale, John R Jr\nAU  - Dale JR Jr\n"
    )
    [pub] = parse_medline(text)
    assert [_parts(a) for a in pub.authors] == [
        ("Quispe Mamani", "J.R.", "", ""),
        ("Dale", "John R", "", "Jr"),
    ]
    assert to_medline([pub]) == text


def test_medline_full_name_kept_as_written() -> None:
    # ("Filip'echeva, Yulia A" came out "Filipécheva": a "lost accent" restored by the
    # reader, silently, in a transliterated name whose apostrophe is a soft sign)
    text = _MEDLINE.format(authors="FAU - Zhil'ez, Ivan\nAU  - Zhil'ez I\n")
    [pub] = parse_medline(text)
    assert _parts(pub.authors[0]) == ("Zhil'ez", "Ivan", "", "")
    assert not pub.repairs


def test_eric_short_names_written_family_first() -> None:
    # (ERIC's .nbib writes "AU  - Smith, Tom", with no FAU: "Quispe Mamani, J.R." was read
    # as given "Quispe", family "Mamani", suffix "J.R.")
    text = (
        "OWN - ERIC\nTI  - On tides\nAU  - Quispe Mamani, J.R.\nAU  - Holt, MD\n"
        "JT  - Journal of Tides\nDP  - 2000\nPT  - Journal Articles\n"
    )
    [pub] = parse_medline(text)
    assert [(a.family, a.given, a.suffix) for a in pub.authors] == [
        ("Quispe Mamani", "J.R.", ""),
        ("Holt", "MD", ""),
    ]
    assert to_medline([pub]) == text


def test_suffixes_and_run_together_initials_written_as_the_formats_write_them() -> None:
    # (the WoS writer dropped "Jr." and wrote "Holt, M" for given "MD"; the MEDLINE writer
    # wrote "FAU - Dale Jr., John R", where PubMed writes "FAU - Grunwald, William C Jr")
    people = [
        Person(given="John R", family="Dale", suffix="Jr"),
        Person(given="MD", family="Holt"),
        Person(given="Ludwig", family="Beethoven", particle="van", suffix="III"),
    ]
    pub = Publication(title="On tides", authors=people, year=2020, kind=Kind.JOURNAL_ARTICLE)
    wos = to_wos([pub])
    assert "AF Dale, John R, Jr\n   Holt, MD\n   van Beethoven, Ludwig, III\n" in wos
    assert "AU Dale, JR\n   Holt, MD\n" in wos
    assert parse_wos(wos)[0].authors == tuple(people)
    medline = to_medline([pub])
    assert "FAU - Dale, John R Jr\nAU  - Dale JR Jr\n" in medline
    assert "FAU - van Beethoven, Ludwig III\nAU  - van Beethoven L III\n" in medline
    assert parse_medline(medline)[0].authors == tuple(people)
