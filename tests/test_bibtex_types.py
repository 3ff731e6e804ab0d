"""Entry types for records that lack a field their own type needs: every field written
(or named in a warning), and citation keys that change named in a warning.

Invented records, in the shapes real RIS and CSL-JSON exports have.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from pubrecords import (
    Kind,
    Person,
    Publication,
    PubrecordsWarning,
    from_csl,
    parse_bibtex,
    parse_ris,
    to_bibtex,
    to_csl,
)

CHAPTER_RIS = """TY  - CHAP
AU  - Doe, Jane
TI  - A chapter on things
T2  - The Big Book of Things
PB  - Springer
CY  - Berlin
SP  - 11
EP  - 29
SN  - 978-3-16-148410-0
PY  - 2019
ER  -
"""

EDITED_BOOK_RIS = """TY  - BOOK
ED  - Roe, Richard
ED  - Poe, Edgar
TI  - Collected essays on things
PB  - Oxford University Press
CY  - Oxford
VL  - 2
SN  - 978-0-19-852663-6
PY  - 2018
ER  -
"""

CSL_ITEMS: list[dict[str, object]] = [
    {
        "id": "doe2021chapter",
        "type": "chapter",
        "author": [{"family": "Doe", "given": "Jane"}],
        "title": "Another chapter on things",
        "container-title": "The Small Book of Things",
        "publisher": "Springer",
        "publisher-place": "Cham",
        "ISBN": "978-0-306-40615-7",
        "collection-title": "Lecture Notes in Things",
        "page": "33-47",
        "edition": "2",
        "issued": {"date-parts": [[2021]]},
    },
    {
        "id": "doe2020paper",
        "type": "paper-conference",
        "author": [{"family": "Doe", "given": "Jane"}],
        "title": "A paper with pages only",
        "page": "169–177",
        "issued": {"date-parts": [[2020]]},
    },
]


def written(pubs: list[Publication]) -> tuple[str, list[Publication], list[str]]:
    """The .bib text of ``pubs``, the records read back from it and the warnings given."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = to_bibtex(pubs)
    notes = [str(w.message) for w in caught if issubclass(w.category, PubrecordsWarning)]
    return text, parse_bibtex(text), notes


def types_of(text: str) -> list[str]:
    return re.findall(r"^@(\w+)\{", text, re.M)


def test_chapter_without_editor_keeps_every_field() -> None:
    (pub,) = parse_ris(CHAPTER_RIS)
    assert pub.kind is Kind.CHAPTER and "editor" not in pub.extra
    text, (back,), notes = written([pub])
    # biber's incollection needs an editor: biblatex's inbook is a chapter without one
    assert types_of(text) == ["inbook"] and notes == []
    assert back.kind is Kind.CHAPTER
    assert (back.venue, back.pages, back.publisher, back.year) == (
        "The Big Book of Things",
        "11-29",
        "Springer",
        2019,
    )
    assert back.extra["isbn"] == "978-3-16-148410-0" and back.extra["address"] == "Berlin"


def test_chapter_without_editor_or_pages_is_an_inproceedings() -> None:
    pub = Publication(
        title="A chapter",
        authors=[Person(given="Ann", family="Bee")],
        venue="Some Book",
        publisher="Pub",
        year=2020,
        kind="chapter",
        extra={"series": "Some Series", "isbn": "978-3-16-148410-0"},
    )
    text, (back,), notes = written([pub])
    assert types_of(text) == ["inproceedings"] and notes == []
    assert back.kind is Kind.CHAPTER  # (entrysubtype)
    assert (back.venue, back.publisher) == ("Some Book", "Pub")
    assert back.extra["series"] == "Some Series" and back.extra["isbn"] == "978-3-16-148410-0"


def test_edited_book_keeps_every_field() -> None:
    (pub,) = parse_ris(EDITED_BOOK_RIS)
    assert pub.kind is Kind.BOOK and not pub.authors
    text, (back,), notes = written([pub])
    # biber's book needs an author; its proceedings (and BibTeX's) an editor at most
    assert types_of(text) == ["proceedings"] and notes == []
    assert back.kind is Kind.BOOK
    assert back.extra["editor"] == "Roe, Richard and Poe, Edgar"
    assert (back.volume, back.publisher, back.year) == ("2", "Oxford University Press", 2018)
    assert back.extra["isbn"] == "978-0-19-852663-6" and back.extra["address"] == "Oxford"


def test_csl_chapter_keeps_publisher_isbn_and_the_rest() -> None:
    chapter = from_csl(CSL_ITEMS[:1])[0]
    text, (back,), notes = written([chapter])
    assert types_of(text) == ["inbook"] and notes == []
    assert back.kind is Kind.CHAPTER
    assert (back.venue, back.pages, back.publisher) == (
        "The Small Book of Things",
        "33-47",
        "Springer",
    )
    # every BibTeX field the record holds comes back (the series, once from_csl reads
    # collection-title into it)
    for name, value in chapter.extra.items():
        assert back.extra.get(name) == value, name
    assert back.extra["isbn"] == "978-0-306-40615-7" and back.extra["edition"] == "2"


def test_conference_paper_with_pages_only() -> None:
    paper = from_csl(CSL_ITEMS[1:])[0]
    assert paper.kind is Kind.CONFERENCE_PAPER and not paper.venue
    text, (back,), notes = written([paper])
    # no booktitle: not an inproceedings; a booklet holds the pages, a misc would not
    assert types_of(text) == ["booklet"] and notes == []
    assert back.kind is Kind.CONFERENCE_PAPER and back.pages == "169-177"


def test_fields_no_type_can_hold_are_named_in_a_warning() -> None:
    article = Publication(
        title="An article without its journal",
        authors=[Person(given="Ann", family="Bee")],
        volume="3",
        issue="2",
        pages="5-9",
        publisher="Elsevier",
        year=2020,
        kind="journal-article",
    )
    text, (back,), notes = written([article])
    assert types_of(text) == ["booklet"] and back.pages == "5-9"
    assert back.kind is Kind.JOURNAL_ARTICLE
    (note,) = notes
    assert note.startswith("BibTeX: fields the entry type cannot hold, not written")
    assert "number (1: bee2020article)" in note and "publisher (1: bee2020article)" in note
    assert "volume (1: bee2020article)" in note


def test_changed_citation_keys_are_named_in_a_warning() -> None:
    bib = (
        "@Article{O'Hara_1999, author = {O'Hara, Pat}, title = {Auger things},"
        " journal = {J}, year = 1999}\n"
        "@misc{Agilent(2022)ModificationsImproveType, author = {{Agilent}},"
        " title = {Modifications improve type}, year = 2022}\n"
    )
    pubs = parse_bibtex(bib)
    with pytest.warns(PubrecordsWarning, match="citation keys changed") as caught:
        text = to_bibtex(pubs)
    assert types_of(text) == ["Article", "misc"] or types_of(text) == ["article", "misc"]
    message = str(caught[0].message)
    assert "O'Hara_1999 -> ohara1999auger (a key biber cannot read)" in message
    assert "Agilent(2022)ModificationsImproveType -> agilent2022modifications" in message
    # the same key in two files: the second record's key changes, and says why
    twice = parse_bibtex("@misc{k1, title = {One}}") + parse_bibtex("@misc{k1, title = {Two}}")
    with pytest.warns(PubrecordsWarning, match=r"k1 -> two \(the key of an earlier record\)"):
        to_bibtex(twice)
    # a key pattern asks for new keys: nothing to say
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        to_bibtex(pubs, key_pattern="{author}{year}")


def test_the_validators_accept_these_entries(tmp_path: Path) -> None:
    from test_validators import validate

    pubs = [
        *parse_ris(CHAPTER_RIS),
        *parse_ris(EDITED_BOOK_RIS),
        *from_csl(CSL_ITEMS),
        Publication(
            title="A chapter without pages",
            authors=[Person(given="Ann", family="Bee")],
            venue="Some Book",
            publisher="Pub",
            year=2020,
            kind="chapter",
            extra={"series": "Some Series"},
        ),
    ]
    text, _back, notes = written(pubs)
    assert notes == []
    assert types_of(text) == ["inbook", "proceedings", "inbook", "booklet", "inproceedings"]
    validate(tmp_path, text, to_csl(pubs))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PubrecordsWarning)
        validate(tmp_path, to_bibtex(pubs, ascii=True), None)
