"""CSL-JSON as other people and tools write it: the items come back as they were, every
variable a BibTeX export can hold is written and every other one named, bad items cost a
warning naming them.

The items below are copied from real files: the CSL processor test suite
(citation-style-language/test-suite, ``processor-tests/humans``), citation-js's BibTeX
mapping fixtures (``packages/plugin-bibtex/test/mapping/biblatex-csl.json``), Better
BibTeX's CSL-JSON export fixtures (``test/fixtures/export/*.csl.json``) and manubot's
export in the shared corpus.
"""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

import attrs
import pytest
from jsonschema import Draft7Validator

from conftest import shared_path
from pubrecords import (
    FormatError,
    Kind,
    ParseWarning,
    Person,
    Publication,
    from_csl,
    parse_bibtex,
    to_bibtex,
    to_csl,
    to_csl_json,
    to_ris,
)
from pubrecords.formats.csl_write import _DATE_EXTRAS, _EXTRA_VARS, _ID_VARS, _NAME_EXTRAS

# Better BibTeX #372: CSL's markup in a title, a short title and journal abbreviation, a
# year written as a string
OLSON = {
    "id": "Olson2006",
    "author": [{"family": "Olson", "given": "Hope A."}],
    "citation-key": "Olson2006",
    "container-title": "Library Quarterly",
    "container-title-short": "Libr. Q.",
    "DOI": "10.1086/504343",
    "issue": "1",
    "issued": {"date-parts": [["2006"]]},
    "language": "en-US",
    "page": "19–35",
    "title": "Codes, costs, and critiques: The organization of information in <i>Library "
    "Quarterly</i>, 1931–2004",
    "title-short": "Codes, costs, and critiques",
    "type": "article-journal",
    "volume": "76",
}
# Better BibTeX #365: a television episode (its number, director, writers, medium)
FRIENDS = {
    "id": "friends:leia:dvd",
    "citation-key": "friends:leia:dvd",
    "container-title": "Friends",
    "dimensions": "22 min",
    "director": [{"family": "Mancuso", "given": "Gail"}],
    "issued": {"date-parts": [["2003"]]},
    "language": "en-US",
    "medium": "DVD",
    "number": "1",
    "original-date": {"date-parts": [["1996", 9, 16]]},
    "original-publisher": "NBC",
    "publisher": "Warner Home Video",
    "publisher-place": "US",
    "script-writer": [
        {"family": "Curtis", "given": "Michael"},
        {"family": "Malins", "given": "Gregory S."},
    ],
    "title": "The one with the Princess Leia fantasy",
    "type": "motion_picture",
    "volume": "3",
}
# Better BibTeX #3286: a volume of a book in a series (available-date, part, volume title)
HOLTZMANN = {
    "id": "holtzmannPapsturkundenEngland1935",
    "author": [{"family": "Holtzmann", "given": "Walther"}],
    "available-date": {"date-parts": [["1930"], ["1952"]]},
    "citation-key": "holtzmannPapsturkundenEngland1935",
    "collection-number": "3rd ser., 14",
    "collection-title": "Abhandlungen der Gesellschaft der Wissenschaften zu Göttingen",
    "ISBN": "978-3-525-82258-6",
    "issued": {"date-parts": [["1935"]]},
    "language": "de",
    "number-of-volumes": "3 vols in 5",
    "part-number": "1",
    "part-title": "Berichte und Handschriftenbeschreibungen",
    "publisher": "Weidmann",
    "publisher-place": "Berlin",
    "source": "Open WorldCat",
    "title": "Papsturkunden in England",
    "type": "book",
    "volume": "2",
    "volume-title": "Die kirchlichen Archive und Bibliotheken",
}
# Better BibTeX #360: every date variable, ranges, circa, an open range ([0])
DATES = {
    "accessed": {"circa": True, "date-parts": [["2014", 12, 31]]},
    "author": [{"family": "Doe1", "given": "John"}],
    "citation-key": "t1",
    "event-date": {"date-parts": [["1888", 8, 28]]},
    "id": "t1",
    "issued": {"date-parts": [["2014", 12, 31], ["2015", 1, 1]]},
    "original-date": {"date-parts": [["1777", 7, 27], ["1888", 8, 28]]},
    "submitted": {"date-parts": [["1999", 9, 29], [0]]},
    "title": "A manuscript: 2014-12-31/2015-01-01",
    "type": "manuscript",
}
# citation-js: a chapter's book (container-author), original date, page count
TOLKIEN = {
    "author": [{"given": "J R R", "family": "Tolkien"}],
    "container-author": [{"given": "J R R", "family": "Tolkien"}],
    "container-title": "Tales from the Perilous Realm",
    "type": "book",
    "id": "tolkien:single",
    "citation-key": "tolkien:single",
    "ISBN": "9780007280599",
    "issued": {"date-parts": [[2008]]},
    "original-date": {"date-parts": [[1998]]},
    "page": "1-97",
    "number-of-pages": "97",
    "publisher-place": "London, UK",
    "publisher": "HarperCollinsPublishers",
    "title": "Roverandom",
}
# citation-js: a conference paper (event title, place and dates, a series)
SWAT = {
    "author": [{"given": "Attila L.", "family": "Egyedi"}, {"given": "Mark A.", "family": "Musen"}],
    "container-title": "Proceedings of the 11th International Conference SWAT4HCLS",
    "collection-title": "CEUR Workshop Proceedings",
    "editor": [{"given": "Christopher J. O.", "family": "Baker"}],
    "type": "paper-conference",
    "event-date": {"date-parts": [[2018, 12, 3], [2018, 12, 6]]},
    "event-place": "Antwerp, Belgium",
    "event-title": "SWAT4HCLS",
    "id": "swat4hcls:paper",
    "citation-key": "swat4hcls:paper",
    "issue": "2275",
    "issued": {"date-parts": [[2018, 12, 13]]},
    "keyword": "Metadata,Metadata Management,Ontologies",
    "page": "1-10",
    "number-of-pages": "10",
    "publisher-place": "Aachen",
    "title": "Using Semantic Technologies to Enhance Metadata Submissions",
    "URL": "http://ceur-ws.org/Vol-2275/paper1.pdf",
}
# manubot (shared corpus): an arXiv preprint exported as a report, its number the arXiv id
REPORT = {
    "id": "3qm8sXnB",
    "URL": "https://arxiv.org/abs/1106.5730",
    "number": "1106.5730",
    "title": "HOGWILD!: A Lock-Free Approach to Parallelizing Stochastic Gradient Descent",
    "issued": {"date-parts": [[2011, 11, 14]]},
    "author": [{"given": "Feng", "family": "Niu"}, {"given": "Benjamin", "family": "Recht"}],
    "container-title": "arXiv",
    "publisher": "arXiv",
    "type": "report",
    "PMID": "31234567",
}
# the processor test suite: dates as processors meet them
SUITE_DATES = [
    {"id": "ITEM-1", "issued": {"date-parts": [["2000", "", ""]]}, "type": "book"},
    {"id": "ITEM-2", "issued": {"date-parts": [], "literal": "(in press)"}, "type": "book"},
    {"id": "ITEM-3", "issued": {"date-parts": []}, "type": "book"},
    {"id": "ITEM-4", "issued": {"date-parts": [], "raw": "Bogus Date"}, "type": "book"},
]
REAL = [OLSON, FRIENDS, HOLTZMANN, DATES, TOLKIEN, SWAT, REPORT, *SUITE_DATES]


def _read(items: list[dict[str, Any]]) -> list[Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (well formed: no warning)
        return from_csl(items)


def _bibtex(pubs: list[Publication]) -> tuple[str, str]:
    """The BibTeX of ``pubs`` and the text of its warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = to_bibtex(pubs)
    return text, " ".join(str(w.message) for w in caught)


def test_real_items_come_back_as_they_were() -> None:
    items = json.loads(json.dumps(REAL))
    pubs = _read(items)
    assert to_csl(pubs) == REAL
    assert (
        to_csl_json(pubs)
        == "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in REAL) + "\n]\n"
    )
    assert items == REAL  # (the input is not touched)


def test_what_the_model_reads_of_them() -> None:
    olson, friends, holtzmann, dates, tolkien, swat, report, *suite = _read(REAL)
    # markup is no text; the short forms are biblatex's shorttitle and shortjournal
    assert olson.title.endswith("information in Library Quarterly, 1931–2004")
    assert olson.year == 2006 and olson.issue == "1"
    assert olson.extra == {
        "shortjournal": "Libr. Q.",
        "language": "en-US",
        "shorttitle": "Codes, costs, and critiques",
    }
    # an episode's number is not its issue: extra["number"]; names and dates as BibTeX's
    assert friends.issue is None and friends.extra["number"] == "1"
    assert friends.extra["director"] == "Mancuso, Gail"
    assert friends.extra["script-writer"] == "Curtis, Michael and Malins, Gregory S."
    assert friends.extra["origdate"] == "1996-09-16"
    assert (friends.extra["medium"], friends.extra["dimensions"]) == ("DVD", "22 min")
    # a book's number in its series is its issue (BibTeX's number of a @book)
    assert holtzmann.issue == "3rd ser., 14" and holtzmann.extra["series"].startswith("Abh")
    assert holtzmann.extra["available-date"] == "1930/1952"
    assert holtzmann.extra["volumes"] == "3 vols in 5"
    assert holtzmann.extra["part-number"] == "1" and holtzmann.extra["source"] == "Open WorldCat"
    # dates: ranges in ISO 8601; an open range as written
    assert (dates.year, dates.month) == (2014, 12)
    assert dates.extra["urldate"] == "2014-12-31"
    assert dates.extra["origdate"] == "1777-07-27/1888-08-28"
    assert dates.extra["submitted"] == "1999-9-29/0"
    assert tolkien.extra["bookauthor"] == "Tolkien, J R R" and tolkien.extra["pagetotal"] == "97"
    assert swat.extra["eventdate"] == "2018-12-03/2018-12-06"
    assert (swat.extra["eventtitle"], swat.extra["venue"]) == ("SWAT4HCLS", "Antwerp, Belgium")
    # a report's number is its issue, as BibTeX's number of a @techreport; PMID an identifier
    assert report.kind is Kind.REPORT and report.issue == "1106.5730"
    assert "number" not in report.extra and report.identifiers == {"pmid": "31234567"}
    # dates as processors meet them: empty strings are no month or day, [] no date-parts
    assert [(p.year, p.month) for p in suite] == [(2000, None)] + [(None, None)] * 3
    assert [p.extra.get("year") for p in suite] == [None, "(in press)", None, "Bogus Date"]


def test_a_bibtex_export_writes_or_names_every_variable() -> None:
    # a variable BibTeX (or biblatex) holds is written, any other one is named in the
    # writer's warning: nothing is lost without a word
    pubs = _read(REAL)
    for item, pub in zip(REAL, pubs, strict=True):
        bib, said = _bibtex([pub])
        fields = set(re.findall(r"^  ([a-z]+) = ", bib, re.MULTILINE))
        named = set(re.findall(r"(?:: |\), )([A-Za-z. ()_-]+?) \(\d+:", said))
        for var, value in item.items():
            if var in ("id", "citation-key", "type", "author", "title", "container-title"):
                continue
            if value == {"date-parts": []}:
                continue  # (no date at all)
            names = _bibtex_names(var)
            assert fields & names or named & names, (item["id"], var, bib, said)
    report = parse_bibtex(_bibtex([pubs[REAL.index(REPORT)]])[0])[0]
    assert report.issue == "1106.5730"  # (@techreport's number)


def _bibtex_names(var: str) -> set[str]:
    """What a BibTeX entry, or the writer's warning, calls CSL variable ``var``."""
    names = {
        "issued": {"year", "date", "year (as written)"},
        "issue": {"number"},
        "number": {"number"},
        "collection-number": {"number"},
        "volume": {"volume"},
        "page": {"pages"},
        "publisher": {"publisher", "institution"},
        "DOI": {"doi"},
        "URL": {"url"},
        "container-title-short": {"shortjournal"},
        "title-short": {"shorttitle"},
        "keyword": {"keywords"},
        "publisher-place": {"address"},
    }.get(var)
    if names is not None:
        return names
    for table in (_EXTRA_VARS, _NAME_EXTRAS, _DATE_EXTRAS):
        for name, written in table.items():
            if written == var:
                return {name}
    for name, written in _ID_VARS.items():
        if written == var:
            return {f"identifiers.{name}"}
    return {var}


def test_a_reports_number_goes_through_bibtex_and_back() -> None:
    # the known gap: a report's (or standard's) number was not read, so BibTeX and RIS
    # exports lost it
    (pub,) = _read([REPORT])
    bib, said = _bibtex([pub])
    assert "@techreport{3qm8sXnB," in bib and "  number = {1106.5730},\n" in bib
    assert "identifiers.pmid" in said  # (BibTeX has no field for it: named)
    (again,) = parse_bibtex(bib)
    assert again.issue == "1106.5730" and again.kind is Kind.REPORT
    (item,) = to_csl([again])
    assert item["number"] == "1106.5730" and "issue" not in item
    with pytest.warns(UserWarning, match=r"identifiers\.pmid"):  # (RIS has no tag for it)
        assert "IS  - 1106.5730" in to_ris([pub])
    # a BibTeX @book's number is its number in the series
    (book,) = parse_bibtex(
        "@book{b, author={Roe, Ann}, title={T}, publisher={P}, year=2001, series={S}, number={4}}"
    )
    (item,) = to_csl([book])
    assert item["collection-number"] == "4"
    assert "issue" not in item and from_csl([item])[0].issue == "4"


def test_variables_biblatex_fields_hold_come_from_bibtex_as_csl_variables() -> None:
    (pub,) = parse_bibtex(
        "@book{k, author={Doe, Jane}, title={Long Title}, shorttitle={Short}, year=2001,"
        " publisher={P}, translator={Roe, Ann and Poe, Ed}, urldate={2020-05-17},"
        " pagetotal={321}, origdate={1850}, venue={Paris}, eventtitle={Congress}}"
    )
    (item,) = to_csl([pub])
    assert item["title-short"] == "Short" and item["number-of-pages"] == "321"
    assert item["translator"] == [
        {"family": "Roe", "given": "Ann"},
        {"family": "Poe", "given": "Ed"},
    ]
    assert item["accessed"] == {"date-parts": [[2020, 5, 17]]}
    assert item["original-date"] == {"date-parts": [[1850]]}
    assert (item["event-place"], item["event-title"]) == ("Paris", "Congress")
    assert "custom" not in item
    assert from_csl([item])[0].extra == pub.extra  # (and back)


def test_markup_is_not_text_in_a_bibtex_export() -> None:
    item = {
        "id": "k",
        "type": "article-journal",
        "title": 'Samuel <span class="nocase">Presbiter</span>: notes of <i>William</i> de '
        "Montibus on H<sub>2</sub>O <b",
        "container-title": "<i>Traditio</i>",
    }
    (pub,) = _read([item])
    assert pub.title == "Samuel Presbiter: notes of William de Montibus on H2O <b"
    assert pub.venue == "Traditio"
    bib, _ = _bibtex([pub])
    assert "textless}i" not in bib and "nocase" not in bib
    assert to_csl([pub]) == [item]  # (the item keeps its markup)
    # (the processor suite's names with markup; unbalanced tags are text)
    named = {
        "id": "n",
        "type": "book",
        "title": "One TwoF</i> Three",
        "author": [{"family": "<b>Doe</b>", "given": "<b>John</b> Quiggly"}],
    }
    (pub,) = _read([named])
    assert pub.title == "One TwoF</i> Three"
    assert pub.authors == (Person(given="John Quiggly", family="Doe"),)
    more = attrs.evolve(pub, authors=(*pub.authors, Person(given="Ann", family="Roe")))
    (back,) = to_csl([more])
    assert back["author"] == [*named["author"], {"family": "Roe", "given": "Ann"}]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"title": 1984}, "'title' must be a string, not a number (1984)"),
        ({"type": 5}, "'type' must be a string, not a number (5)"),
        ({"PMID": 12345}, "'PMID' must be a string, not a number"),
        ({"number": {"n": 1}, "type": "report"}, "'number' must be a string, not dict"),
        ({"issued": {"date-parts": [["2001", "x"]]}}, "'issued' month must be a number"),
        ({"issued": {"date-parts": [[2001], ["x"]]}}, "'issued' end of range year must be"),
        ({"issued": {"date-parts": [[2001, 2, 40]]}}, "'issued' day 40 is not 1-31"),
        ({"issued": {"date-parts": [[1e30]]}}, "is not a year"),
        ({"issued": {"raw": 2001}}, "'issued.raw' must be a string"),
        ({"issued": "2001-13"}, "'issued' month 13 is not 1-12"),
        ({"accessed": "yesterday"}, "'accessed' string 'yesterday' is not an EDTF date"),
        ({"translator": "Doe, Jane"}, "'translator' must be a list of name objects"),
        ({"director": [{"family": "Doe"}, 5]}, "'director' #2 must be a name object, not int"),
        ({"author": [{"family": "Doe", "given": ["J"]}]}, "'author' #1: 'given' must be a"),
        ({"page": float("nan")}, "'page' must be a string or a number, not nan"),
    ],
)
def test_a_malformed_item_costs_a_warning_naming_it(item: dict[str, Any], message: str) -> None:
    item = {"id": "bad1", "type": "book", "title": "T", **item}
    with pytest.warns(ParseWarning) as caught:
        pubs = from_csl([{"id": "ok", "title": "Fine"}, item], path="refs.json")
    (warning,) = caught
    text = str(warning.message)
    assert text.startswith("refs.json: CSL-JSON item 2 (id 'bad1'): ") and message in text
    assert [p.key for p in pubs] == ["ok", "bad1"]  # (read, but for what it could not)
    with pytest.raises(FormatError, match=re.escape("item 2 (id 'bad1'): ")):
        from_csl([{"id": "ok", "title": "Fine"}, item], strict=True)


def test_a_bad_month_or_day_keeps_the_year() -> None:
    # (the processor test suite's date_VariousInvalidDates: the year was lost with it)
    with pytest.warns(ParseWarning, match="month 60 is not 1-12"):
        (pub,) = from_csl([{"id": "x", "type": "book", "issued": {"date-parts": [[1965, 60]]}}])
    assert (pub.year, pub.month) == (1965, None)


def test_ids_a_citation_used_are_named_when_they_change() -> None:
    items = [
        {"id": "foo[2}", "type": "book", "title": "Fragments"},  # (citation-js's input.json)
        {"id": "ITEM-4", "type": "book", "title": "Life (4)"},
        {"id": "ITEM-4", "type": "book", "title": "Life (4)"},  # (the suite repeats an id)
    ]
    pubs = _read(items)
    with pytest.warns(UserWarning, match="CSL-JSON: item ids changed") as caught:
        back = to_csl(pubs)
    message = str(caught[0].message)
    assert "foo[2} -> fragments (a key biber cannot read)" in message
    assert "ITEM-4 -> life (the key of an earlier record)" in message
    assert [b["id"] for b in back] == ["fragments", "ITEM-4", "life"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (a key pattern asks for new ids: no warning)
        to_csl(pubs, key_pattern="{title}")


def test_records_from_elsewhere_write_every_variable_the_schema_knows() -> None:
    # records written from their fields (read from CSL-JSON, then changed beyond their
    # item; or from another format): valid items, read back as they were
    pubs = [attrs.evolve(p, source_entry=None) for p in _read(REAL)]
    pubs.append(
        Publication(
            title="Preprint in an archive",
            arxiv_id="2101.00001",
            extra={"archive": "Bancroft", "archive_location": "box 3", "eventdate": "2020-1-2"},
            identifiers={"pmid": "1", "pmcid": "PMC2", "openalex": "W3"},
            kind=Kind.REPORT,
            issue="7",
        )
    )
    items = to_csl(pubs)
    schema = json.loads(shared_path("tools", "export-validators", "csl-data.json").read_text())
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in Draft7Validator(schema).iter_errors(items)
    ]
    assert errors == []
    assert (
        to_csl_json(pubs)
        == "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]\n"
    )
    back = from_csl(json.loads(json.dumps(items)))
    for a, b in zip(pubs, back, strict=True):
        assert attrs.evolve(b, provenance=()) == attrs.evolve(a, provenance=(), key=b.key)
    last = items[-1]
    assert (last["archive"], last["archive_location"], last["number"]) == (
        "arXiv",
        "2101.00001",
        "7",
    )
    assert (last["PMID"], last["PMCID"]) == ("1", "PMC2")
    assert last["custom"]["identifiers"] == {"openalex": "W3"}
    # what a variable cannot hold as written stays text in custom.extra
    assert last["custom"]["extra"] == {
        "archive": "Bancroft",
        "archive_location": "box 3",
        "eventdate": "2020-1-2",
    }


def test_changed_extras_write_the_variable_they_were_read_from() -> None:
    item = {
        "id": "e1",
        "type": "paper-conference",
        "title": "T",
        "event": "Old Congress",  # (CSL 1.0.1's name of event-title)
        "journalAbbreviation": "J. Old",  # (Zotero's of container-title-short)
        "accessed": {"date-parts": [[2020, 1, 2]]},
        "number": "5",
    }
    (pub,) = _read([item])
    assert pub.extra == {
        "eventtitle": "Old Congress",
        "shortjournal": "J. Old",
        "urldate": "2020-01-02",
        "number": "5",
    }
    new = {**pub.extra, "eventtitle": "New Congress", "urldate": "2021-03-04"}
    del new["shortjournal"]
    (back,) = to_csl([attrs.evolve(pub, extra=new)])
    assert back == {
        **{k: v for k, v in item.items() if k != "journalAbbreviation"},
        "event": "New Congress",
        "accessed": {"date-parts": [[2021, 3, 4]]},
    }
    # a report's number holds its issue: a changed issue is written there
    (report,) = _read([REPORT])
    (back,) = to_csl([attrs.evolve(report, issue="TR-8")])
    assert back == {**REPORT, "number": "TR-8"}
    changed = attrs.evolve(report, identifiers={"pmid": "7", "openalex": "W1"})
    (back,) = to_csl([changed])
    assert back == {**REPORT, "PMID": "7", "custom": {"identifiers": {"openalex": "W1"}}}
    assert from_csl([back])[0].identifiers == changed.identifiers


def test_manubot_corpus_reads_its_numbers_and_pubmed_ids() -> None:
    path = shared_path("corpus", "deepreview-references.csl.json")
    items = json.loads(path.read_text(encoding="utf-8"))
    pubs = _read(items)
    reports = [(i, p) for i, p in zip(items, pubs, strict=True) if i.get("type") == "report"]
    numbered = [(i, p) for i, p in reports if "number" in i]
    assert len(numbered) == 137 and all(p.issue == i["number"] for i, p in numbered)
    assert sum("pmid" in p.identifiers for p in pubs) == sum("PMID" in i for i in items) == 303
    assert to_csl(pubs) == items


def test_lower_case_variables_other_type_spellings_and_unknown_keys_are_read() -> None:
    # (hand-made and converted CSL-JSON: "url"/"doi" in lower case, a type spelled as in
    # other tools, keys CSL does not know; before, the lower-case url and the unknown keys
    # vanished from every export but CSL-JSON's, unnamed, and the kind was "other")
    items: list[dict[str, Any]] = [
        {
            "id": "quill2020",
            "type": "journal_article",
            "title": "Mosses of the Invented Isles",
            "author": [{"family": "Quill", "given": "Anna"}],
            "container-title": "Journal of Invented Botany",
            "issued": {"date-parts": [[2020]]},
            "url": "https://example.org/mosses",
            "doi": "10.5555/moss.1",
            "Shelf Mark": "B-17",
            "nested": {"kept": "in the item only"},
        },
        {
            "id": "b",
            "type": "article-journal",
            "title": "Ferns",
            "URL": "https://a.org",
            "url": "https://b.org",
        },
    ]
    pubs = from_csl(items)
    a, b = pubs
    assert a.kind is Kind.JOURNAL_ARTICLE
    assert (a.url, a.doi) == ("https://example.org/mosses", "10.5555/moss.1")
    assert a.extra == {"Shelf Mark": "B-17"}
    assert (b.url, b.extra) == ("https://a.org", {"url": "https://b.org"})  # (both kept)
    assert to_csl(pubs) == items  # (the items come back as they were)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bib = to_bibtex([a])
    assert bib.startswith("@article{quill2020,") and "https://example.org/mosses" in bib
    said = " ".join(str(w.message) for w in caught)
    assert "Shelf Mark (1: quill2020)" in said


def test_a_doi_given_only_as_its_link_is_the_doi() -> None:
    # (Manubot and Zotero items of deposits: "URL": "https://doi.org/…" and no DOI; the
    # BibTeX export had no doi field; a shortDOI link is no DOI)
    items: list[dict[str, Any]] = [
        {
            "id": "d1",
            "type": "dataset",
            "title": "Moss Counts",
            "URL": "https://doi.org/10.5555/Moss.%28Counts%29",
        },
        {"id": "d2", "type": "dataset", "title": "Fern Counts", "URL": "https://doi.org/abc12"},
        {
            "id": "d3",
            "type": "dataset",
            "title": "Lichen Counts",
            "DOI": "10.5555/own",
            "URL": "https://doi.org/10.5555/other",
        },
    ]
    pubs = from_csl(items)
    assert [p.doi for p in pubs] == ["10.5555/Moss.(Counts)", None, "10.5555/own"]
    assert to_csl(pubs) == items
