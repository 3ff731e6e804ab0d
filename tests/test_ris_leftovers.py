"""RIS reader leftovers found on real files: tag lines with a tab before the hyphen, ``ER -``
with one space, ``ER  -`` with trailing spaces or CRLF, and the repair recorded where a SICI
DOI broken before its bracket is joined again. Every record is invented."""

from __future__ import annotations

import warnings

import attrs
import pytest

from pubrecords import parse_ris, to_ris
from pubrecords.formats import ris


def _read(text: str) -> list[ris.Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (no record may be skipped with a warning)
        return parse_ris(text)


def _both_scanners_agree(text: str) -> None:
    fast = ris._scan_well_formed(text)
    if fast is not None:
        assert fast == ris._scan_lines(text, None, False)


# ---------------------------------------------------------------- a tab before the hyphen

TAB_RECORD = (
    "TY  - JOUR\n"
    "AU\t- Quillfeather, Orla\n"
    "AU \t- Brannagh, T. R.\n"
    "TI\t-  Moss Cover on Basalt Terraces\n"
    "JO  - Journal of Upland Botany\n"
    "PY\t- 2003\n"
    "VL  - 12\n"
    "IS  -\t4\n"
    "ER  - \n"
)


def test_tab_before_the_hyphen_makes_a_tag_line() -> None:
    [pub] = _read(TAB_RECORD)
    assert [str(p) for p in pub.authors] == ["Orla Quillfeather", "T. R. Brannagh"]
    assert pub.title == "Moss Cover on Basalt Terraces"
    assert (pub.venue, pub.year, pub.volume, pub.issue) == (
        "Journal of Upland Botany",
        2003,
        "12",
        "4",
    )
    assert pub.source_entry is not None
    assert [tag for tag, _ in pub.source_entry.fields] == ["AU", "AU", "TI", "JO", "PY", "VL", "IS"]
    assert to_ris([pub]) == TAB_RECORD
    _both_scanners_agree(TAB_RECORD)


def test_tab_lines_in_a_file_the_fast_scanner_would_read() -> None:
    """A tab tag line inside an otherwise regular file is not a continuation of the value
    before it."""
    first = "TY  - BOOK\nTI  - Lichens of the Lowlands\nPY  - 1999\nER  - \n"
    second = "TY  - JOUR\nTI  - Fern Spores\nAU\t- Dunmore, Pip\nPY  - 2011\nER  - \n"
    text = first + "\n" + second
    pubs = _read(text)
    assert [p.title for p in pubs] == ["Lichens of the Lowlands", "Fern Spores"]
    assert [str(a) for a in pubs[1].authors] == ["Pip Dunmore"]
    assert to_ris(pubs) == text
    _both_scanners_agree(text)


def test_tab_type_line_starts_a_record() -> None:
    text = "TY\t- CHAP\nTI  - Gorse in Winter\nER  - \n"
    [pub] = _read(text)
    assert pub.kind is ris.Kind.CHAPTER and pub.source_entry is not None
    assert pub.source_entry.entry_type == "CHAP"
    assert to_ris([pub]) == text


def test_changed_record_with_tab_lines_keeps_the_other_values() -> None:
    [pub] = _read(TAB_RECORD)
    out = to_ris([attrs.evolve(pub, title="Moss Cover on Granite Terraces")])
    [back] = _read(out)
    assert back.title == "Moss Cover on Granite Terraces"
    assert [str(p) for p in back.authors] == [str(p) for p in pub.authors]
    assert (back.venue, back.year, back.volume, back.issue) == (
        pub.venue,
        pub.year,
        pub.volume,
        pub.issue,
    )


# ---------------------------------------------------------------- the end of a record


def test_er_with_one_space_ends_a_record() -> None:
    text = (
        "TY  - JOUR\nTI  - Tidal Pools at Dusk\nPY  - 2015\nER -\n\n"
        "TY  - JOUR\nTI  - Sand Ripples\nPY  - 2016\nER  - \n"
    )
    pubs = _read(text)
    assert [(p.title, p.year) for p in pubs] == [
        ("Tidal Pools at Dusk", 2015),
        ("Sand Ripples", 2016),
    ]
    assert pubs[0].source_entry is not None
    assert pubs[0].source_entry.raw.endswith("\nER -")
    assert to_ris(pubs) == text
    _both_scanners_agree(text)


def test_er_with_one_space_at_the_end_of_the_text() -> None:
    text = "TY  - RPRT\nTI  - Culvert Survey\nER -"
    [pub] = _read(text)
    assert pub.title == "Culvert Survey" and pub.extra == {}
    assert to_ris([pub]) == text + "\n"


@pytest.mark.parametrize("end", ["ER  -   ", "ER  - \t", "ER  -\t", "ER -  "])
def test_er_with_trailing_white_space_ends_a_record(end: str) -> None:
    text = f"TY  - JOUR\nTI  - Heron Counts\n{end}\n\nTY  - JOUR\nTI  - Egret Counts\nER  - \n"
    pubs = _read(text)
    assert [p.title for p in pubs] == ["Heron Counts", "Egret Counts"]
    assert to_ris(pubs) == text
    _both_scanners_agree(text)


def test_er_with_crlf_ends_a_record() -> None:
    text = (
        "TY  - JOUR\r\nTI  - Otter Holts\r\nER  -  \r\n\r\n"
        "TY  - JOUR\r\nTI  - Vole Runs\r\nER  -\r\n"
    )
    pubs = _read(text)
    assert [p.title for p in pubs] == ["Otter Holts", "Vole Runs"]
    # (line ends are read as "\n": the text comes back with them)
    assert to_ris(pubs) == text.replace("\r\n", "\n")


def test_er_with_one_space_inside_a_value_is_no_end() -> None:
    text = "TY  - JOUR\nTI  - A\nN1  - first line\nER -30 dB\nER  - \n"
    [pub] = _read(text)
    assert pub.extra["note"] == "first line\nER -30 dB"  # (text right after the hyphen)
    assert to_ris([pub]) == text
    _both_scanners_agree(text)


# ---------------------------------------------------------------- a SICI DOI joined again

BROKEN = "10.4321/0123-4567(2008)31 [ 45:SOTMP]2.0.CO;2"
JOINED = "10.4321/0123-4567(2008)31[45:SOTMP]2.0.CO;2"


@pytest.mark.parametrize("line", [f"DO  - {BROKEN}", f"UR  - https://doi.org/{BROKEN}"])
def test_rejoined_sici_doi_is_a_repair(line: str) -> None:
    text = f"TY  - JOUR\nTI  - Salt Marsh Plants\n{line}\nER  - \n"
    [pub] = _read(text)
    assert pub.doi == JOINED
    [repair] = pub.repairs
    assert (repair.field, repair.action, repair.after) == ("doi", "rejoined", JOINED)
    assert BROKEN in repair.before
    assert to_ris([pub]) == text  # (unchanged: the line as written)


def test_whole_doi_is_no_repair() -> None:
    text = f"TY  - JOUR\nTI  - Salt Marsh Plants\nDO  - {JOINED}\nER  - \n"
    [pub] = _read(text)
    assert pub.doi == JOINED and pub.repairs == ()


def test_a_rejoined_doi_is_recorded_beside_a_repaired_name() -> None:
    # (an author whose accent lost its backslash, and a SICI DOI broken before its
    # bracket: both changes on record, neither hiding the other)
    text = (
        "TY  - JOUR\nAU  - Quill'e, Anna\nTI  - Invented Mosses\n"
        "DO  - 10.1002/(SICI)1097-0000(199901)12:3 [ 45::AID-ABC6]3.0.CO;2-9\nER  - \n"
    )
    [pub] = parse_ris(text)
    assert [r.field for r in pub.repairs] == ["authors[0]", "doi"]
    assert pub.doi == "10.1002/(SICI)1097-0000(199901)12:3[45::AID-ABC6]3.0.CO;2-9"
