"""Regressions from real RIS, MEDLINE and Web of Science exports (hunt 25).

Every record here is invented; each reproduces the shape of a real export that went wrong:
a Chinese database's RIS with "Family, Given" names in Han script, RIS names whose given
name reads as a Roman numeral ("Xi"), Ovid's direct export (Embase) with its "<N. >"
record numbers, Web of Science's DI line with several DOIs (PLOS: the article's and its
peer reviews'), and the DOIs after the first written from the model to RIS.
"""

from __future__ import annotations

import warnings

import attrs
import pytest

from pubrecords import (
    Kind,
    PubrecordsWarning,
    parse_bibtex,
    parse_csl_json,
    parse_medline,
    parse_ris,
    parse_wos,
    to_bibtex,
    to_csl_json,
    to_medline,
    to_ris,
    to_wos,
)

# ------------------------------------------------------------ names in RIS


_CJK_RIS = """TY  - JOUR
TI  - 水稻插秧机的田间试验
AU  - 韩, 明远
AU  - 欧阳, 晓
AU  - 朴,서연
AU  - 林 一
T2  - 农机学报
PY  - 2016
ER  -\x20
"""


def test_han_and_hangul_names_family_comma_given_are_read_apart() -> None:
    [pub] = parse_ris(_CJK_RIS)
    got = [(p.family, p.given, p.literal) for p in pub.authors]
    assert got == [("韩", "明远", ""), ("欧阳", "晓", ""), ("朴", "서연", ""), ("林", "一", "")]


def test_han_names_survive_csl_json_and_back_to_ris() -> None:
    [pub] = parse_ris(_CJK_RIS)
    [via_csl] = parse_csl_json(to_csl_json([pub]))
    [back] = parse_ris(to_ris([via_csl]))
    assert [(p.family, p.given) for p in back.authors] == [(p.family, p.given) for p in pub.authors]
    assert "AU  - 韩, 明远" in to_ris([via_csl])


@pytest.mark.parametrize(
    ("name", "family", "given", "suffix"),
    [
        ("Luo, Xi", "Luo", "Xi", ""),
        ("Tran, Vi", "Tran", "Vi", ""),
        ("Ostrander, Jr.", "Ostrander", "", "Jr."),  # (a generational suffix alone stays)
    ],
)
def test_a_given_name_that_reads_as_a_numeral_is_a_given_name(
    name: str, family: str, given: str, suffix: str
) -> None:
    [pub] = parse_ris(f"TY  - JOUR\nTI  - Sediment cores\nAU  - {name}\nER  - \n")
    person = pub.authors[0]
    assert (person.family, person.given, person.suffix) == (family, given, suffix)
    # and it comes back the same through a record written anew
    [again] = parse_ris(to_ris([attrs.evolve(pub, source_entry=None)]))
    assert again.authors == pub.authors


# ------------------------------------------------------------ Ovid's direct export


_OVID = """<1. >
VN  - Ovid Technologies
DB  - Embase
UI  - 700000001
ST  - CONFERENCE ABSTRACT
TI  - Breathing patterns of glass-blowers: a survey.
SO  - Proceedings of the Glass Guild. Conference: 3rd Meeting. Norway. 4 (Supplement 1) (no
      pagination), 2019.
AU  - Varga T.
AU  - Lindholm K.J.
IN  - (Varga, Lindholm) Institute of Furnaces, Oslo, Norway
PB  - Guild Press
MH  - *breathing
MH  - human
AB  - We asked twelve glass-blowers how they breathe.
IS  - 1234-5679
DO  - http://dx.doi.org/10.5555/glass.2019.0042
LG  - English
PT  - Conference Abstract
YR  - 2019

<2. >
VN  - Ovid Technologies
DB  - Embase
UI  - 700000002
TI  - Kiln temperatures in winter.
AU  - Okonkwo A.
DO  - 10.5555/kiln.7
PT  - Journal: Article
YR  - 2020
"""


def test_ovid_direct_export_is_read_record_by_record() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (no record skipped)
        pubs = parse_medline(_OVID, path="embase.ovd")
    assert len(pubs) == 2
    first, second = pubs
    assert first.title == "Breathing patterns of glass-blowers: a survey."
    assert [(p.family, p.given) for p in first.authors] == [
        ("Varga", "T."),
        ("Lindholm", "K. J."),
    ]
    assert (first.year, first.doi, first.kind) == (
        2019,
        "10.5555/glass.2019.0042",
        Kind.CONFERENCE_PAPER,
    )
    assert first.publisher == "Guild Press" and first.extra["UI"] == "700000001"
    assert (second.year, second.doi) == (2020, "10.5555/kiln.7")


def test_ovid_direct_export_is_written_back_as_read() -> None:
    pubs = parse_medline(_OVID)
    assert to_medline(pubs) == _OVID
    # a changed record: its changed line anew, its record number still above it
    changed = [attrs.evolve(pubs[0], title="Breathing of glass-blowers"), pubs[1]]
    out = to_medline(changed)
    assert out.startswith("<1. >\nVN  - Ovid Technologies\n")
    assert "TI  - Breathing of glass-blowers\n" in out and "\n\n<2. >\nVN  - " in out
    assert [p.title for p in parse_medline(out)] == ["Breathing of glass-blowers", pubs[1].title]


# ------------------------------------------------------------ several DOIs


_WOS = """FN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Adeyemi, F
AF Adeyemi, Folake
TI Reviews of reviews: an open peer review archive
SO PLOS ARCHIVES
PY 2021
VL 3
DI 10.5555/journal.parc.1000012; 10.5555/journal.parc.1000012.r001;
   10.5555/journal.parc.1000012.r002
UT WOS:000000000000001
ER

EF
"""


def test_wos_di_with_several_dois_gives_the_first_as_the_doi() -> None:
    [pub] = parse_wos(_WOS)
    assert pub.doi == "10.5555/journal.parc.1000012"
    assert pub.extra["doi"].split("\n") == [
        "10.5555/journal.parc.1000012.r001",
        "10.5555/journal.parc.1000012.r002",
    ]
    assert to_wos([pub]) == _WOS


def test_wos_dois_after_the_first_are_written_when_the_record_changes() -> None:
    [pub] = parse_wos(_WOS)
    out = to_wos([attrs.evolve(pub, doi="10.5555/journal.parc.1000099")])
    [again] = parse_wos(out)
    assert again.doi == "10.5555/journal.parc.1000099"
    assert again.extra["doi"] == pub.extra["doi"]
    out = to_wos([attrs.evolve(pub, title="Another title")])  # (the DI line unchanged)
    assert "DI 10.5555/journal.parc.1000012; 10.5555/journal.parc.1000012.r001;" in out


def test_dois_after_the_first_go_to_ris_as_do_lines() -> None:
    [pub] = parse_wos(_WOS)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = to_ris([pub])
    assert not any("doi" in str(w.message) for w in caught)
    assert out.count("DO  - ") == 3
    [back] = parse_ris(out)
    assert back.doi == pub.doi and back.extra["doi"] == pub.extra["doi"]


# ------------------------------------------------------------ group authors


def test_a_name_with_a_comma_after_it_is_a_group_author() -> None:
    text = (
        "TY  - JOUR\nTI  - Harbour noise\nAU  - Quayside Noise Study Grp,\n"
        "AU  - van der Kolk,\nAU  - Ferreira, Ana\nER  - \n"
    )
    [pub] = parse_ris(text)
    group, family_only, person = pub.authors
    assert group.literal == "Quayside Noise Study Grp"
    assert (family_only.particle, family_only.family, family_only.given) == ("van der", "Kolk", "")
    assert (person.family, person.given) == ("Ferreira", "Ana")
    assert to_ris([pub]) == text  # (as read)


def test_group_authors_from_web_of_science_stay_groups_through_ris() -> None:
    wos = _WOS.replace(
        "AF Adeyemi, Folake\n", "AF Adeyemi, Folake\nCA Harbour Trial Investigators\n"
    )
    [pub] = parse_wos(wos)
    assert pub.authors[-1].literal == "Harbour Trial Investigators"
    with pytest.warns(PubrecordsWarning, match=r"identifiers\.wos \(1\)"):  # (no RIS tag)
        out = to_ris([pub])
    assert "AU  - Harbour Trial Investigators,\n" in out
    [back] = parse_ris(out)
    assert back.authors == pub.authors


def test_keywords_one_a_line_stay_apart_in_bibtex() -> None:
    # (AGRIS, CAB, Rayyan: one KW tag, one keyword a line; a newline is a space to BibTeX,
    # so "peat moss bogs" read back as one keyword)
    text = "TY  - JOUR\nTI  - Peat Counts\nKW  - peat\nmoss\nbogs\nPY  - 2019\nER  - \n"
    (pub,) = parse_ris(text)
    assert pub.extra["keywords"] == "peat\nmoss\nbogs"  # (as read: RIS writes it back so)
    (back,) = parse_bibtex(to_bibtex([pub]))
    assert back.extra["keywords"] == "peat; moss; bogs"
