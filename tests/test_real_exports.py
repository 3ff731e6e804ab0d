"""Real exports of real tools (issue #14): each reads, and a round trip keeps every record and
(at least 99.9% of) every field; and the defects the real files showed, as regression tests."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubrecords import (
    InputError,
    Kind,
    ParseError,
    ParseWarning,
    Person,
    Publication,
    PubrecordsWarning,
    parse_ris,
    parse_table,
    read_ris,
    read_table,
    to_ris,
    to_table,
    write_table,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RIS_FILES = sorted((FIXTURES / "realris").glob("*.ris"))
CSV_FILES = sorted((FIXTURES / "realcsv").glob("*.csv"))
RECORDS = {
    "asreview-web_of_science.ris": 10,
    "asreview-ovid_psycinfo.ris": 6,
    "asreview-pubmed_endnote.ris": 6,
    "asreview-rayyan_issue_992.ris": 19,
    "colrev-psycinfo_ris.ris": 1,
    "colrev-jstor_ris.ris": 4,
    "colrev-trid_ris.ris": 3,
    "colrev-ieee_ris.ris": 2,
    "colrev-abi_inform_proquest_ris.ris": 2,
    "semantic_bibtool-zotero.csv": 24,
    "colrev-pubmed-chatbot.csv": 6,
    "asreview-embase.csv": 6,
}


def _read(path: Path) -> list[Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        return read_ris(path) if path.suffix == ".ris" else read_table(path)


def _fields(pub: Publication, tags: bool) -> Iterator[tuple[str, object]]:
    """Every field of ``pub`` that has a value: attributes, names, identifiers, extra keys
    and (``tags``) the RIS tags as written."""
    for name in (
        "title",
        "authors_complete",
        "abstract",
        "year",
        "month",
        "venue",
        "kind",
        "doi",
        "arxiv_id",
        "url",
        "volume",
        "issue",
        "pages",
        "publisher",
        "key",
    ):
        value = getattr(pub, name)
        if value not in (None, "", True):
            yield name, value
    for i, person in enumerate(pub.authors):
        yield f"author {i}", (person.given, person.particle, person.family, person.suffix)
        yield f"author {i} literal", person.literal
    yield from ((f"id {k}", v) for k, v in pub.identifiers.items())
    yield from ((f"extra {k}", v) for k, v in pub.extra.items())
    if tags and pub.source_entry is not None:
        seen: Counter[str] = Counter()
        for tag, value in pub.source_entry.fields:
            seen[tag] += 1
            yield f"tag {tag} {seen[tag]}", value


def _kept(first: list[Publication], second: list[Publication], tags: bool) -> tuple[int, int]:
    """(fields kept, fields) of ``first`` in ``second``, records matched by place."""
    kept = total = 0
    for a, b in zip(first, second, strict=True):
        back = dict(_fields(b, tags))
        for name, value in _fields(a, tags):
            total += 1
            kept += back.get(name) == value
    return kept, total


# ------------------------------------------------------------------ the real files


def test_the_real_files_are_there_and_cited() -> None:
    assert len(RIS_FILES) >= 3 and len(CSV_FILES) >= 3
    for folder, files in (("realris", RIS_FILES), ("realcsv", CSV_FILES)):
        sources = (FIXTURES / folder / "SOURCES.md").read_text(encoding="utf-8")
        for path in files:
            assert f"`{path.name}`" in sources
            assert path.name in RECORDS


@pytest.mark.parametrize("path", RIS_FILES + CSV_FILES, ids=lambda p: p.name)
def test_real_file_reads(path: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pubs = read_ris(path) if path.suffix == ".ris" else read_table(path)
    assert len(pubs) == RECORDS[path.name]
    assert all(pub.title for pub in pubs)
    for warning in caught:
        message = str(warning.message)
        # Ovid writes an NL line after each ER (kept as written); tables name the columns
        # no mapping knows
        assert "(no TY): NL;" in message or "columns not understood" in message, message


@pytest.mark.parametrize("path", RIS_FILES, ids=lambda p: p.name)
def test_real_ris_round_trip_keeps_every_record_and_field(path: Path) -> None:
    first = _read(path)
    text = to_ris(first)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        second = parse_ris(text)
    assert len(second) == len(first)
    kept, total = _kept(first, second, tags=True)
    assert total > 100 * len(first) // 10
    assert kept / total >= 0.999, (kept, total)


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_real_csv_round_trip_keeps_every_record_and_field(path: Path) -> None:
    first = _read(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        second = parse_table(to_table(first))
    assert len(second) == len(first)
    kept, total = _kept(first, second, tags=False)
    assert total > 10 * len(first)
    assert kept / total >= 0.999, (kept, total)


def test_real_zotero_export_fields() -> None:
    pubs = _read(FIXTURES / "realcsv" / "semantic_bibtool-zotero.csv")
    first = pubs[0]
    assert first.key == "Q5BGEGIZ" and first.kind is Kind.PREPRINT and first.year == 2022
    assert [str(a) for a in first.authors[:2]] == ["Kelvin Kan", "François-Xavier Aubet"]
    assert first.arxiv_id == "2202.11316" and first.month == 2
    assert first.extra["automatic tags"] == (
        "Computer Science - Machine Learning; Statistics - Machine Learning"
    )
    assert first.extra["library catalog"] == "arXiv.org" and "date added" in first.extra


def test_real_pubmed_csv_last_authors_are_names() -> None:
    # PubMed ends each author list with a period: "… Li K, Chow JCL." is J. C. L. Chow
    pubs = _read(FIXTURES / "realcsv" / "colrev-pubmed-chatbot.csv")
    people = [a for p in pubs for a in p.authors]
    assert len(people) > 20
    assert all(a.family and a.given and not a.literal for a in people)
    assert all(a.given.endswith(".") and "." not in a.family for a in people)


def test_real_psycinfo_trid_and_jstor_ris_fields() -> None:
    # a four-character tag after TY refused the whole PsycINFO file; TRID's date had no year
    [psyc] = _read(FIXTURES / "realris" / "colrev-psycinfo_ris.ris")
    assert psyc.extra["PMID"] == "33355555" and psyc.key == "2020-55555-005"
    assert (psyc.year, psyc.doi, len(psyc.authors)) == (2020, "10.1011/hea0004444", 5)
    trid = _read(FIXTURES / "realris" / "colrev-trid_ris.ris")
    assert [(p.year, p.month) for p in trid] == [(2017, 8), (2018, 4), (2019, 8)]
    jstor = _read(FIXTURES / "realris" / "colrev-jstor_ris.ris")
    assert [p.kind for p in jstor] == [Kind.JOURNAL_ARTICLE] * 2 + [Kind.CHAPTER, Kind.REPORT]
    entry = jstor[1].source_entry
    assert entry is not None and entry.before[0].raw.strip().startswith("Provider: JSTOR")


def test_real_pubmed_csv_volume_issue_pages_from_the_citation() -> None:
    pubs = _read(FIXTURES / "realcsv" / "colrev-pubmed-chatbot.csv")
    first = pubs[0]
    assert (first.kind, first.month, first.volume, first.issue, first.pages) == (
        Kind.JOURNAL_ARTICLE,
        3,
        "53",
        "2",
        "334-347",
    )
    assert first.extra["citation"].startswith("Behav Ther. 2022 Mar;53(2):334-347.")
    assert {r.action for r in first.repairs} >= {"found"}
    assert all(p.kind is Kind.JOURNAL_ARTICLE and p.volume and p.pages for p in pubs)
    # a citation of another journal or year is not read
    text = (
        "PMID,Title,Authors,Citation,Journal/Book,Publication Year\n"
        '1,T,Okafor N,"Other J. 2020 May;4(1):1-9.",Sleep J,2020\n'
        '2,U,Okafor N,"Sleep J. 2019 May;4(1):1-9.",Sleep J,2020\n'
    )
    for pub in parse_table(text):
        assert (pub.volume, pub.issue, pub.pages, pub.month) == (None, None, None, None)


def test_real_wos_ris_fields() -> None:
    first = _read(FIXTURES / "realris" / "asreview-web_of_science.ris")[0]
    assert [(a.family, a.given) for a in first.authors[:2]] == [("Alceste", "F"), ("Luke", "TJ")]
    assert first.venue == "JOURNAL OF APPLIED RESEARCH IN MEMORY AND COGNITION"
    assert first.doi == "10.1016/j.jarmac.2018.03.001" and first.year == 2018


def test_rayyan_keywords_over_several_lines_are_kept_as_lines() -> None:
    first = _read(FIXTURES / "realris" / "asreview-rayyan_issue_992.ris")[0]
    assert first.extra["keywords"].split("\n")[:3] == [
        "Health Facility Administration",
        "Joint Commission",
        "Standards",
    ]


# ------------------------------------------------------------- regression tests

# The header of a Web of Science "Tab-delimited" export (as WoS writes it: every line,
# the header too, ends with a tab, an empty last column) and one row in its layout.
_WOS_HEADER = (
    "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tSE\tBS\tLA\tDT\tCT\tCY\tCL\tSP\tHO\tDE\tID\tAB\t"
    "C1\tRP\tEM\tRI\tOI\tFU\tFX\tCR\tNR\tTC\tZ9\tU1\tU2\tPU\tPI\tPA\tSN\tEI\tBN\tJ9\tJI\tPD\t"
    "PY\tVL\tIS\tPN\tSU\tSI\tMA\tBP\tEP\tAR\tDI\tD2\tEA\tPG\tWC\tSC\tGA\tUT\tPM\tOA\tHC\tHP\tDA\t"
)


def _wos_row(**cells: str) -> str:
    names = _WOS_HEADER.rstrip("\t").split("\t")
    return "\t".join(cells.get(name, "") for name in names) + "\t"


def test_wos_tab_delimited_lines_ending_with_a_tab_read_cleanly() -> None:
    text = (
        _WOS_HEADER
        + "\n"
        + _wos_row(
            PT="J",
            AU="Alceste, F; Luke, TJ",
            TI="Holding Yourself Captive",
            SO="JOURNAL OF APPLIED RESEARCH IN MEMORY AND COGNITION",
            PY="2018",
            VL="7",
            IS="2",
            BP="293",
            EP="300",
            DI="10.1016/j.jarmac.2018.03.001",
            UT="WOS:000433277700015",
        )
        + "\n"
        + _wos_row(PT="J", TI="Second", PY="2019")
        + "\r\n"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first, second = parse_table(text, path="savedrecs.txt")
    assert (first.kind, first.year, first.pages, first.volume, first.issue) == (
        Kind.JOURNAL_ARTICLE,
        2018,
        "293-300",
        "7",
        "2",
    )
    assert [a.family for a in first.authors] == ["Alceste", "Luke"]
    assert first.identifiers == {"wos": "WOS:000433277700015"}
    assert "" not in first.extra and second.title == "Second"
    # only the WoS columns no mapping knows are named; no empty column
    assert all("''" not in str(w.message) for w in caught)


def test_tab_delimited_rows_with_and_without_the_trailing_tab() -> None:
    pubs = parse_table("title\tyear\t\nA\t2001\t\nB\t2002\n")
    assert [(p.title, p.year) for p in pubs] == [("A", 2001), ("B", 2002)]
    with pytest.raises(ParseError, match="row has 4 fields"):
        parse_table("title\tyear\t\nA\t2001\tx\ty\n")
    with pytest.raises(ParseError, match="empty column name"):
        parse_table("title,year,\nA,2001,\n")  # (a comma table's empty column is an error)


def test_family_and_initials_names_read_as_parse_name_reads_them() -> None:
    # Embase and Scopus: "Adler D.G." is D. G. Adler, as the RIS reader and parse_name say
    [pub] = parse_table('Title,Author Names\nT,"Liu R., Adler D.G."\n')
    assert [(a.family, a.given) for a in pub.authors] == [("Liu", "R."), ("Adler", "D. G.")]
    [ris] = parse_ris("TY  - JOUR\nAU  - Adler D.G.\nTI  - T\nER  - \n")
    assert ris.authors[1:] == () and ris.authors[0] == pub.authors[1]


@pytest.mark.parametrize(
    "authors",
    [
        [Person(given="F. Z.", family="Chrifi Alaoui")],
        [Person(family="Solimando", suffix="Jr.")],
        [Person(literal="World Health Organization"), Person(given="Jane", family="Doe")],
        [Person(given="The Electronic Medicines", family="Compendium")],
        [Person(given="Walter", particle="van der", family="Laan", suffix="Jr.")],
    ],
)
def test_to_table_writes_names_that_read_back_the_same(authors: list[Person]) -> None:
    for complete in (True, False):
        pub = Publication(title="T", authors=authors, authors_complete=complete)
        [back] = parse_table(to_table([pub]))
        assert back.authors == pub.authors
        assert back.authors_complete is complete


def test_to_table_keeps_cells_that_gave_no_value() -> None:
    text = (
        "title,doi,item type,date,year,page end,shoe size\nA,not a doi,artwork,someday,2001,12,42\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        [pub] = parse_table(text)
        [back] = parse_table(to_table([pub]))
    assert pub.extra == {
        "doi": "not a doi",
        "item type": "artwork",
        "date": "someday",
        "page end": "12",
        "shoe size": "42",
    }
    assert back.extra == pub.extra and back.year == 2001 and back.kind is Kind.UNKNOWN


def test_write_table_tsv(tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    write_table([Publication(title="A, B", year=2001, venue="J")], path)
    assert path.read_text(encoding="utf-8") == "title\tvenue\tyear\nA, B\tJ\t2001\n"
    [pub] = read_table(path)
    assert (pub.title, pub.venue, pub.year) == ("A, B", "J", 2001)


def test_repeated_author_cells_give_the_same_names_and_repairs() -> None:
    cell = '"K&#246;ller, Jan; Doe, Jane"'
    pubs = parse_table(f'title,authors\nA,{cell}\nB,{cell}\nC,"Roe, Rick; Doe, Jane"\n')
    assert pubs[0].authors == pubs[1].authors and str(pubs[0].authors[0]) == "Jan Köller"
    assert [r.action for r in pubs[1].repairs] == ["decoded"]
    assert pubs[2].repairs == () and pubs[2].authors[1:] == pubs[0].authors[1:]


def test_zotero_author_column_with_one_name() -> None:
    # Zotero separates names with "; ": one comma is "Family, Given", not two names
    text = (
        "Key,Item Type,Publication Year,Author,Title\n"
        'K1,blogPost,2009,"Doe, Jane",One author\n'
        'K2,book,1943,"Erzen, Afif; Doe, Jane",Two authors\n'
    )
    one, two = parse_table(text)
    assert [(a.family, a.given) for a in one.authors] == [("Doe", "Jane")]
    assert [(a.family, a.given) for a in two.authors] == [("Erzen", "Afif"), ("Doe", "Jane")]


# ------------------------------------------------------------- generated records

# (words a reader takes for missing values, "null" or "nan", cannot come back: see
# test_a_value_that_reads_as_missing_is_named_when_written)
_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü", min_size=2, max_size=8).filter(
    lambda w: w.lower() not in ("na", "nan", "null", "none", "n/a")
)
_name = st.builds(lambda g, f: Person(given=g.capitalize(), family=f.capitalize()), _word, _word)
_extra_key = st.sampled_from(["shoe size", "language", "keywords", "notes2", "custom"])
_record = st.builds(
    Publication,
    title=st.lists(_word, min_size=1, max_size=6).map(" ".join),
    authors=st.lists(_name, max_size=4),
    authors_complete=st.booleans(),
    year=st.one_of(st.none(), st.integers(1600, 2099)),
    month=st.one_of(st.none(), st.integers(1, 12)),
    venue=st.one_of(st.none(), _word.map(str.capitalize)),
    volume=st.one_of(st.none(), st.integers(1, 999).map(str)),
    pages=st.one_of(st.none(), st.just("1-9")),
    doi=st.one_of(st.none(), st.integers(1000, 99999).map(lambda n: f"10.{n}/x.{n}")),
    kind=st.sampled_from(list(Kind)),
    extra=st.dictionaries(_extra_key, _word, max_size=3),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_record, min_size=1, max_size=4))
def test_generated_records_round_trip_through_a_table(pubs: list[Publication]) -> None:
    # (a month is only kept with a year, as a table reader reads it)
    pubs = [p if p.year is not None else Publication(**{**_plain(p), "month": None}) for p in pubs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        back = parse_table(to_table(pubs))
    assert [_plain(p) for p in back] == [_plain(p) for p in pubs]


def _plain(pub: Publication) -> dict[str, object]:
    return {
        "title": pub.title,
        "authors": pub.authors,
        "authors_complete": pub.authors_complete or not pub.authors,
        "year": pub.year,
        "month": pub.month,
        "venue": pub.venue,
        "volume": pub.volume,
        "pages": pub.pages,
        "doi": pub.doi,
        "kind": pub.kind,
        "extra": pub.extra,
    }


def test_a_value_that_reads_as_missing_is_named_when_written() -> None:
    pub = Publication(title="null", key="k1")
    with pytest.warns(PubrecordsWarning, match=r"k1.*title 'null' reads back as a missing"):
        text = to_table([pub])
    assert parse_table(text)[0].title == ""  # what a reader makes of it: honest, not hidden


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_read(tmp_path: Path, codec: str) -> None:
    # Windows tools write UTF-16 (JabRef's fixtures): it was refused as "binary data"
    from pubrecords import read_any, read_bibtex

    text = "@article{k1, author = {Okafor, Ngozi}, title = {Über Gezeiten}, year = 2020}\n"
    path = tmp_path / "refs.bib"
    data = text.encode(codec)
    if codec != "utf-16" and codec != "utf-32":  # (no BOM: the encoding must be named)
        path.write_bytes(data)
        with pytest.raises(InputError, match="binary data"):
            read_bibtex(path)
        [pub] = read_bibtex(path, encoding=codec)
    else:
        path.write_bytes(data)  # (with its BOM)
        [pub] = read_bibtex(path)
        got = read_any(path)
        assert isinstance(got, list) and got[0].title == "Über Gezeiten"
    assert (pub.title, pub.authors[0].family, pub.year) == ("Über Gezeiten", "Okafor", 2020)
