"""Readers record what reading a name changed (a lost accent restored, a title or a
nickname dropped) on the record, field ``authors[i]``; decoding a BibTeX name's LaTeX is
reading, not a change; the cleaner does not record a reader's repair again. Also: biblatex's
software entry types, and a DOI an RIS export broke over two lines. Invented records."""

from __future__ import annotations

import json
import warnings

import pytest

from pubrecords import (
    Kind,
    Person,
    Publication,
    clean_publication,
    parse_author_list,
    parse_bibtex,
    parse_csl_json,
    parse_medline,
    parse_ris,
    parse_table,
    parse_wos,
    to_bibtex,
    to_medline,
    to_ris,
    to_wos,
)
from pubrecords.names import NameRepairs, parse_author_list_repaired, repairs_on
from pubrecords.sources.base import person_from_text_repaired


def _name_repairs(pub: Publication) -> list[tuple[str, str]]:
    return [(r.field, r.action) for r in pub.repairs if r.field.startswith("authors[")]


# ---------------------------------------------------------------- BibTeX


def test_bibtex_lost_accent_restored_is_recorded_and_entry_written_back() -> None:
    text = "@article{a, author={Brun, Ren'e and Quill{\\'e}, Tom{\\'a}s}, title={T}, year=2020}"
    [pub] = parse_bibtex(text)
    assert [str(p) for p in pub.authors] == ["René Brun", "Tomás Quillé"]
    # decoding {\'e} is reading: only the lost backslash of the first name is a repair
    assert _name_repairs(pub) == [("authors[0]", "restore-lost-accent")]
    [repair] = pub.repairs
    assert repair.before == "Brun, Ren'e"
    assert repair.after == "René Brun"
    assert to_bibtex([pub]).strip() == text


def test_bibtex_latex_decoding_alone_records_nothing() -> None:
    [pub] = parse_bibtex(
        '@book{b, author={M{\\"u}ller-Ost, Ilka and {Wren and Finch Ltd}}, title={T}}'
    )
    assert [str(p) for p in pub.authors] == ["Ilka Müller-Ost", "Wren and Finch Ltd"]
    assert pub.repairs == ()


def test_bibtex_names_repeated_across_entries_each_get_the_repair() -> None:
    pubs = parse_bibtex(
        "@misc{a, author={Ferr'e, Ana}, title={One}}\n"
        "@misc{b, author={Olt, Bo and Ferr'e, Ana}, title={Two}}\n"
    )
    assert _name_repairs(pubs[0]) == [("authors[0]", "restore-lost-accent")]
    assert _name_repairs(pubs[1]) == [("authors[1]", "restore-lost-accent")]
    assert pubs[1].authors[1] == Person(given="Ana", family="Ferré")


def test_bibtex_cleaner_does_not_record_the_readers_repair_again() -> None:
    [pub] = parse_bibtex("@misc{a, author={Jov'e Sarno}, title={T}}")
    cleaned = clean_publication(pub)
    assert [r.action for r in cleaned.repairs].count("restore-lost-accent") == 1
    assert clean_publication(cleaned) == cleaned


# ---------------------------------------------------------------- RIS


def test_ris_title_and_lost_accent_recorded_with_places_after_et_al() -> None:
    text = (
        "TY  - JOUR\nAU  - Dr. Wenna Quarry\nAU  - Garc'ia Lobo, Iv'an\nAU  - et al.\n"
        "TI  - A title\nER  - \n"
        "TY  - JOUR\nAU  - Plain, Ola\nAU  - Dr. Wenna Quarry\nTI  - Another\nER  - \n"
    )
    first, second = parse_ris(text)
    assert [str(p) for p in first.authors] == ["Wenna Quarry", "Iván García Lobo"]
    assert _name_repairs(first) == [
        ("authors[0]", "drop-title"),
        ("authors[1]", "restore-lost-accent"),
    ]
    assert first.repairs[0].before == "Dr. Wenna Quarry"
    # the second record meets the name in the file's cache: the repair comes with it
    assert _name_repairs(second) == [("authors[1]", "drop-title")]
    assert to_ris([first]).strip() == text.split("ER  - \n")[0] + "ER  -"


def test_ris_nickname_dropped_is_recorded() -> None:
    [pub] = parse_ris('TY  - JOUR\nAU  - Tamsin "Tam" Holloway\nTI  - T\nER  - \n')
    assert str(pub.authors[0]) == "Tamsin Holloway"
    assert _name_repairs(pub) == [("authors[0]", "drop-nickname")]


def test_ris_doi_broken_over_two_lines_is_joined_and_recorded() -> None:
    text = (
        "TY  - JOUR\nTI  - T\nDO  - 10.1002/(SICI)1097-4571(199806)49:8<693::AID-\n"
        "ASI4>3.0.CO;2-0\nER  - \n"
    )
    [pub] = parse_ris(text)
    assert pub.doi == "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"
    assert [(r.field, r.action, r.after) for r in pub.repairs] == [("doi", "rejoined", pub.doi)]
    assert to_ris([pub]) == text


@pytest.mark.parametrize(
    "value",
    [
        "10.1000/abc\n[pdf]",  # a note after a whole DOI
        "10.1000/abc-\n10.1000/def",  # a second DOI
        "10.1000/ab-\ncd ef",  # the joined text is no one DOI
        "10.1000/abc\ndef",  # the first line's DOI is not plainly unfinished
    ],
)
def test_ris_doi_continuation_not_joined_when_not_one_doi(value: str) -> None:
    [pub] = parse_ris(f"TY  - JOUR\nTI  - T\nDO  - {value}\nER  - \n")
    assert pub.doi == value.split("\n")[0]
    assert pub.extra["doi"] == value
    assert pub.repairs == ()


# ---------------------------------------------------------------- MEDLINE, Web of Science


def test_medline_name_without_comma_records_the_title_dropped() -> None:
    text = (
        "PMID- 1\nTI  - A title\nFAU - Dr. Orla Penhale\nAU  - Penhale O\n"
        "FAU - Vance, Idris (idris.vance@example.org)\nAU  - Vance I\n\n"
    )
    [pub] = parse_medline(text)
    assert [str(p) for p in pub.authors] == ["Orla Penhale", "Idris Vance"]
    assert _name_repairs(pub) == [("authors[0]", "drop-title"), ("authors[1]", "drop-nickname")]
    assert to_medline([pub]) == text.rstrip("\n") + "\n"


def test_medline_family_first_names_kept_as_written_record_nothing() -> None:
    [pub] = parse_medline("PMID- 2\nTI  - T\nFAU - Filip'echeva, Nadia\nAU  - Filipecheva N\n\n")
    assert pub.authors[0].family == "Filip'echeva"
    assert pub.repairs == ()


def test_wos_aside_and_title_dropped_are_recorded() -> None:
    text = (
        "PT J\nAU Marsh, K\n   Tolland, B\nAF Marsh, Kestrel (k.marsh@example.org)\n"
        "   Dr. Bram Tolland\nTI On tags\nPY 2001\nER\n"
    )
    [pub] = parse_wos(text)
    assert [str(p) for p in pub.authors] == ["Kestrel Marsh", "Bram Tolland"]
    assert _name_repairs(pub) == [("authors[0]", "drop-nickname"), ("authors[1]", "drop-title")]
    assert "k.marsh@example.org" in pub.repairs[0].before
    assert text in to_wos([pub])


# ---------------------------------------------------------------- tables, CSL-JSON


def test_csv_title_and_lost_accent_recorded_each_row() -> None:
    text = (
        "Title,Authors,Year\n"
        'One,"Dr. Lise Amberly, Ren\'e Rask",2020\n'
        'Two,"Bo Tiller, Dr. Lise Amberly",2021\n'
    )
    one, two = parse_table(text)
    assert [str(p) for p in one.authors] == ["Lise Amberly", "René Rask"]
    assert _name_repairs(one) == [
        ("authors[0]", "drop-title"),
        ("authors[1]", "restore-lost-accent"),
    ]
    assert _name_repairs(two) == [("authors[1]", "drop-title")]


def test_zotero_csv_one_name_cell_records_the_repair() -> None:
    text = (
        "Item Type,Author,Title,Publication Year\n"
        'journalArticle,"Rask, Ren\'e",T,2020\n'
        'journalArticle,"Rask, Ren\'e; Pell, Ivo",T2,2020\n'
    )
    one, two = parse_table(text)
    assert str(one.authors[0]) == "René Rask"
    assert _name_repairs(one) == [("authors[0]", "restore-lost-accent")]
    assert _name_repairs(two) == [("authors[0]", "restore-lost-accent")]


def test_json_table_author_list_records_the_repair() -> None:
    row = {"title": "T", "authors": ["Plain Ola", "Prof. Edda Vorn"]}
    [pub] = parse_table(json.dumps(row) + "\n", format="jsonl")
    assert str(pub.authors[1]) == "Edda Vorn"
    assert _name_repairs(pub) == [("authors[1]", "drop-title")]


def test_csl_json_names_are_kept_as_written() -> None:
    item = {
        "id": "x",
        "type": "book",
        "title": "T",
        "author": [{"family": "Ferr'e", "given": "Dr. Ana"}],
    }
    [pub] = parse_csl_json(json.dumps([item]))
    assert pub.authors[0] == Person(given="Dr. Ana", family="Ferr'e")
    assert _name_repairs(pub) == []


# ---------------------------------------------------------------- the cleaner, helpers


def test_cleaner_records_the_title_of_a_name_it_reads_again() -> None:
    pub = Publication(title="T", authors=(Person(literal="Dr. Wil Oakes … (see 2 more)"),))
    cleaned = clean_publication(pub)
    assert str(cleaned.authors[0]) == "Wil Oakes"
    assert ("authors[0]", "drop-title") in _name_repairs(cleaned)


def test_cleaner_after_reader_records_each_change_once() -> None:
    [pub] = parse_table('Title,Authors\nT,"Dr. Lise Amberly, Ren\'e Rask"\n')
    cleaned = clean_publication(pub)
    actions = [(r.field, r.action) for r in cleaned.repairs]
    assert actions.count(("authors[0]", "drop-title")) == 1
    assert actions.count(("authors[1]", "restore-lost-accent")) == 1


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Dr. Ada Quell; Rask, J.", ["Ada Quell"]),
        ("Quell A, Rask J, Tiller B", []),
        ("Ren'e Rask and Prof. Edda Vorn and others", ["René Rask", "Edda Vorn"]),
        ("Rask, Ren'e and Vorn, Edda", ["René Rask"]),
    ],
)
def test_author_list_repaired_gives_the_same_people(text: str, changed: list[str]) -> None:
    cache: dict[str, NameRepairs] = {}
    plain, complete = parse_author_list(text)
    for _ in range(2):  # (the second time from the cache)
        read, again = parse_author_list_repaired(text, cache=cache)
        assert [p for p, _ in read] == plain
        assert again == complete
        assert [str(p) for p, repairs in read if repairs] == changed


def test_repairs_on_and_sources_helper() -> None:
    person, repairs = person_from_text_repaired("Prof. Edda Vorn")
    assert str(person) == "Edda Vorn"
    assert [(r.field, r.action) for r in repairs_on("authors[3]", repairs)] == [
        ("authors[3]", "drop-title")
    ]


# ---------------------------------------------------------------- biblatex software types


@pytest.mark.parametrize("etype", ["software", "softwareversion", "softwaremodule", "codefragment"])
def test_biblatex_software_types_are_software_and_written_back(etype: str) -> None:
    text = f"@{etype}{{k, title={{Quire}}, version={{2.6.1.3}}, year={{2024}}}}"
    [pub] = parse_bibtex(text)
    assert pub.kind is Kind.SOFTWARE
    assert to_bibtex([pub]).strip() == text
    changed = Publication(**{**_fields(pub), "title": "Quire 2"})
    assert to_bibtex([changed]).startswith(f"@{etype}{{k,")


def _fields(pub: Publication) -> dict[str, object]:
    import attrs

    return {a.name: getattr(pub, a.name) for a in attrs.fields(Publication)}


def test_bibtex_windows_1252_bytes_read_as_latin_1_are_decoded_and_recorded() -> None:
    # (a tool wrote the en dash and quotes of Windows-1252 as C1 control characters:
    # the text keeps them as the characters they were, each field's change on record,
    # and the entry is written back as it was)
    text = (
        "@article{k, author={Quill, Anna}, journal={Moss \x96 Lichen Letters},"
        " title={Ferns \x96 a \x93Survey\x94}, year=2020, keywords={wet\x96dry}}"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        [pub] = parse_bibtex(text)
    assert pub.title == "Ferns – a “Survey”" and pub.venue == "Moss – Lichen Letters"
    assert pub.extra["keywords"] == "wet–dry"
    assert [(r.field, r.action) for r in pub.repairs] == [
        ("title", "fix-mojibake"),
        ("venue", "fix-mojibake"),
        ("keywords", "fix-mojibake"),
    ]
    assert to_bibtex([pub]) == text + "\n"
