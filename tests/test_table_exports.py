"""The table reader on tables as real tools write them (issue #14), and the identifiers."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pubrecords import ParseError, ParseWarning, parse_table, read_table
from pubrecords.model import Kind
from pubrecords.text import find_arxiv_id, find_dois, normalize_doi

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _quiet(text: str) -> list:  # type: ignore[type-arg]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        return parse_table(text, path="t.csv")


# ------------------------------------------------------------------ the defects


def test_google_scholar_export() -> None:
    text = (
        "Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n"
        '"J Devlin, MW Chang, K Lee, K Toutanova",BERT: Pre-training of deep bidirectional '
        'transformers,"arXiv preprint arXiv:1810.13278",,,,2018,\n'
        '"A Vaswani, N Shazeer",Attention is all you need,Advances in neural information '
        "processing systems,30,4,5998-6008,2017,Curran\n"
    )
    bert, attention = _quiet(text)
    assert bert.venue == "arXiv preprint arXiv:1810.13278"
    assert bert.arxiv_id == "1810.13278"
    assert bert.kind == Kind.PREPRINT
    [repair] = bert.repairs
    assert (repair.field, repair.action, repair.after) == ("arxiv_id", "found", "1810.13278")
    assert attention.venue.startswith("Advances in neural")
    assert (attention.volume, attention.issue, attention.pages) == ("30", "4", "5998-6008")
    assert attention.publisher == "Curran" and attention.year == 2017
    assert len(attention.authors) == 2


def test_pandas_index_column_and_dates() -> None:
    text = ",title,date\n0,A,1/9/2023\n1,B,2023-01-09\n2,C,9 Jan 2023\n3,D,Jan 2023\n4,E,2023\n"
    pubs = parse_table(text)
    assert [p.year for p in pubs] == [2023] * 5
    assert [p.month for p in pubs] == [None, 1, 1, 1, None]
    assert all("" not in p.extra for p in pubs)  # the index is dropped


def test_missing_value_tokens() -> None:
    tokens = ["NA", "N/A", "NaN", "nan", "NULL", "null", "None", "-", "#N/A", ""]
    rows = "".join(f"T{i},{tok},{tok},{tok}\n" for i, tok in enumerate(tokens))
    pubs = parse_table("title,doi,year,note\n" + rows)
    assert len(pubs) == len(tokens)
    for pub in pubs:
        assert pub.doi is None and pub.year is None and pub.extra == {}


@pytest.mark.parametrize(
    ("cell", "doi"),
    [
        ("doi 10.1016/j.jvs.2017.03.363", "10.1016/j.jvs.2017.03.363"),
        ("artn 106\n10.1186/s12933-018-0749-1", "10.1186/s12933-018-0749-1"),
        ("10.1016/s0025-7753%2817%2930624-3", "10.1016/s0025-7753(17)30624-3"),
        ("http://dx.doi.org/10.1109/MCSE.2013.95", "10.1109/mcse.2013.95"),
    ],
)
def test_messy_doi_cells_give_one_doi(cell: str, doi: str) -> None:
    [pub] = parse_table(f'title,doi\nT,"{cell}"\n')
    assert pub.doi == doi
    [repair] = pub.repairs
    assert (repair.field, repair.action, repair.before, repair.after) == (
        "doi",
        "normalized",
        cell,
        doi,
    )


def test_doi_found_in_url_is_a_repair() -> None:
    url = "https://www.scopus.com/inward/record.uri?eid=2-s2.0-1&doi=10.1002%2fjcc.20289&x=40"
    [pub] = parse_table(f"title,link\nT,{url}\n")
    assert pub.url == url and pub.doi == "10.1002/jcc.20289"
    assert [(r.field, r.action) for r in pub.repairs] == [("doi", "found")]


def test_bibtex_named_columns_keep_venue_and_issue() -> None:
    text = (
        '"ID","ENTRYTYPE","author","title","journal","booktitle","number","year"\n'
        '"a","article","Doe, Jane","T1","J. Things",,"3","2001"\n'
        '"b","inproceedings","Roe, R.","T2",,"Proc. Stuff",,"2002"\n'
    )
    a, b = parse_table(text)
    assert (a.venue, a.issue, a.kind, a.key) == ("J. Things", "3", Kind.JOURNAL_ARTICLE, "a")
    assert (b.venue, b.kind) == ("Proc. Stuff", Kind.CONFERENCE_PAPER)


def test_zotero_wos_and_delimiters() -> None:
    zotero = (
        "Key,Item Type,Publication Year,Author,Title,Publication Title,DOI,Url,Date,Issue,"
        "Volume,Pages,Extra\n"
        'K1,journalArticle,2020,"Doe, Jane; Roe, Rick",T,J. X,,https://doi.org/10.1000/abc,'
        "2020-03-01,2,7,1-9,PMID: 1\n"
    )
    [pub] = parse_table(zotero)
    assert (pub.kind, pub.year, pub.month, pub.venue, pub.issue) == (
        Kind.JOURNAL_ARTICLE,
        2020,
        3,
        "J. X",
        "2",
    )
    assert pub.key == "K1" and pub.doi == "10.1000/abc"
    assert [a.family for a in pub.authors] == ["Doe", "Roe"]
    wos = (
        "PT\tAU\tTI\tSO\tPY\tVL\tIS\tBP\tEP\tDI\tPM\tUT\n"
        "J\tDoe, J\tT\tJ X\t2019\t1\t2\t10\t12\t10.5555/Y\t99\tWOS:1\n"
    )
    [pub] = parse_table(wos)
    assert (pub.kind, pub.venue, pub.pages, pub.doi) == (
        Kind.JOURNAL_ARTICLE,
        "J X",
        "10-12",
        "10.5555/y",
    )
    assert pub.identifiers == {"pmid": "99", "wos": "WOS:1"}
    [pub] = parse_table("title;year;journal\nA, B and C;2001;J\n")
    assert (pub.title, pub.year, pub.venue) == ("A, B and C", 2001, "J")


def test_columns_not_understood_are_named_once_per_file() -> None:
    with pytest.warns(ParseWarning, match="'shoe size'") as record:
        pubs = parse_table("title,shoe size\nA,42\nB,43\n", path="x.csv")
    assert len([w for w in record if issubclass(w.category, ParseWarning)]) == 1
    assert pubs[1].extra == {"shoe size": "43"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_table("id,title,authors,venue,year,pages,volume,publisher,doi,abstract,note\n")


# -------------------------------------------------------------- real exports


def _read(name: str) -> list:  # type: ignore[type-arg]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        return read_table(FIXTURES / name)


def test_scopus_export() -> None:
    pubs = _read("litstudy_scopus_v2.csv")
    assert len(pubs) == 88
    assert all(p.title and p.year and p.venue and p.doi and p.authors for p in pubs)
    assert all(p.kind == Kind.JOURNAL_ARTICLE for p in pubs)
    first = pubs[0]
    assert (first.venue, first.volume, first.issue, first.pages) == (
        "Ergonomics",
        "66",
        "5",
        "704-715",
    )
    assert first.doi == "10.1080/00140139.2022.2113152" and first.year == 2023
    assert first.identifiers["pmid"] == "35965444"
    # the names written out from "Author full names", the Scopus author ids kept; the
    # abbreviated "Hao J." of "Authors" in the record's repairs
    assert [(a.given, a.family) for a in first.authors] == [
        ("Jie", "Hao"),
        ("Robin", "High"),
        ("Ka-Chun", "Siu"),
    ]
    assert first.authors[2].identifiers == {"scopus": "57192938181"}
    assert ("authors[0]", "full-name", "J. Hao", "Jie Hao") in [
        (r.field, r.action, r.before, r.after) for r in first.repairs
    ]
    written_out = sum("scopus" in a.identifiers for p in pubs for a in p.authors)
    assert (written_out, sum(len(p.authors) for p in pubs)) == (410, 412)


def test_full_names_that_disagree_are_left_as_abbreviated() -> None:
    header = "Authors,Author full names,Title,Year\n"
    row = '"Hao J.; Tern K.","Hao, Jie (57221302630); Quill, Kara (123456)",A moss,2020\n'
    pub = parse_table(header + row)[0]
    assert [str(a) for a in pub.authors] == ["Jie Hao", "K. Tern"]
    row = '"Hao J.; Tern K.","Hao, Jie (57221302630)",A moss,2020\n'  # (one name short)
    pub = parse_table(header + row)[0]
    assert [str(a) for a in pub.authors] == ["J. Hao", "K. Tern"]
    assert pub.extra["author full names"] == "Hao, Jie (57221302630)"


def test_ieee_export() -> None:
    pubs = _read("litstudy_ieee.csv")
    assert len(pubs) == 10
    assert all(p.title and p.year and p.venue and p.doi and p.authors for p in pubs)
    first = pubs[0]
    assert first.venue == "Computing in Science & Engineering"
    assert (first.year, first.volume, first.issue, first.pages) == (2013, "15", "6", "16-26")
    assert first.doi == "10.1109/mcse.2013.95"
    assert [a.family for a in first.authors] == ["Kogge", "Shalf"]
    # the kind from "Document Identifier", and no column left "not understood"
    assert [p.kind.value for p in pubs].count("conference-paper") == 6
    assert {p.kind for p in pubs} == {Kind.JOURNAL_ARTICLE, Kind.CONFERENCE_PAPER}
    with warnings.catch_warnings():
        warnings.simplefilter("error", ParseWarning)
        read_table(FIXTURES / "litstudy_ieee.csv")


def test_springer_link_export_names_glued_together() -> None:
    # Springer Link's CSV writes "Ana SilvaRonald McDonaldB. Okafor": one name a capital
    text = (
        "Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,"
        "Item DOI,Authors,Publication Year,URL,Content Type\n"
        '"Tidal Meshes","Journal of Tides","","3","1","10.1007/x1",'
        '"Ana SilvaRonald McDonaldB. OkaforYann LeCun","2020","https://link.springer.com/x1",'
        '"Article"\n'
        '"Quiet Lattices","Journal of Tides","","3","2","10.1007/x2","Ana Silva","2021",'
        '"https://link.springer.com/x2","Article"\n'
    )
    glued, single = _quiet(text)
    assert [str(a) for a in glued.authors] == [
        "Ana Silva",
        "Ronald McDonald",
        "B. Okafor",
        "Yann LeCun",
    ]
    assert [(r.field, r.action) for r in glued.repairs] == [("authors", "split")]
    assert [str(a) for a in single.authors] == ["Ana Silva"] and not single.repairs
    # other tables' cells are not split: "McDonald" or "LeCun" in them are whole anyway
    other = _quiet("Title,Authors\nT,Ana SilvaRonald McDonald\n")[0]
    assert len(other.authors) == 1


def test_author_cell_holding_a_list_as_pandas_writes_it() -> None:
    # ASReview's tables: "['Marx, Karl', 'Lindgren, Astrid']" read as family "['Marx"
    text = (
        "title,authors\n"
        "A,\"['Okafor, Ngozi', 'Berg, Pieter']\"\n"
        'B,"[""Silva, Ana""]"\n'
        "C,[Okafor N\n"
    )
    a, b, c = _quiet(text)
    assert [(p.family, p.given) for p in a.authors] == [("Okafor", "Ngozi"), ("Berg", "Pieter")]
    assert [str(p) for p in b.authors] == ["Ana Silva"]
    assert len(c.authors) == 1  # (not a list: read as before)


def test_asreview_export_of_ris_with_rispy_column_names() -> None:
    # ASReview writes a RIS file's records under rispy's names: the first authors (A1),
    # the primary title (T1), the journal (T2), the links as a list and the abstract (N2)
    text = (
        "record_id,type_of_reference,primary_title,first_authors,secondary_title,"
        "publication_year,urls,notes_abstract\n"
        "0,JOUR,Sorting invented pebbles,\"['Doe, Jane', 'Roe, Rick']\",Journal of Pebbles,"
        "2019,\"['https://example.org/a', 'https://example.org/b']\",We sorted them.\n"
        "1,JOUR,Counting pebbles,Moe K,Journal of Pebbles,2020,https://example.org/c,\n"
    )
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        first, second = parse_table(text)
    assert first.title == "Sorting invented pebbles"
    assert [str(a) for a in first.authors] == ["Jane Doe", "Rick Roe"]
    assert (first.venue, first.year, first.kind) == (
        "Journal of Pebbles",
        2019,
        Kind.JOURNAL_ARTICLE,
    )
    assert first.abstract == "We sorted them."
    # the first link is the URL, the other is kept, and the change is a repair
    assert first.url == "https://example.org/a"
    assert first.extra["urls"] == "https://example.org/b"
    assert [r.field for r in first.repairs] == ["url"]
    assert second.url == "https://example.org/c" and not second.repairs


def test_bib_dedupe_export() -> None:
    pubs = _read("bib_dedupe_special_cases.csv")
    assert len(pubs) == 12
    assert all(p.key and p.title and p.year and p.venue and p.authors for p in pubs)
    assert {p.kind for p in pubs} == {Kind.JOURNAL_ARTICLE, Kind.CONFERENCE_PAPER}
    assert pubs[0].venue == "Americas Conference on Information Systems"


def test_stroke_benchmark_reads_venue_and_issue() -> None:
    from conftest import shared_path

    path = shared_path("benchmarks", "dedup", "stroke", "original", "records_pre_merged.csv")
    pubs = read_table(path)
    assert len(pubs) == 1292
    assert sum(bool(p.venue) for p in pubs) > 1200
    assert sum(bool(p.issue) for p in pubs) > 1000
    assert pubs[0].venue == "Chinese Journal of Cerebrovascular Diseases"
    assert pubs[0].issue == "2" and pubs[0].kind == Kind.JOURNAL_ARTICLE


# ----------------------------------------------------------------- identifiers


def test_identifier_functions() -> None:
    assert find_dois("a 10.1000/x and 10.2000/Y, again 10.1000/X") == ["10.1000/x", "10.2000/y"]
    assert find_arxiv_id("arXiv:1810.13278v2") == "1810.13278"
    assert find_arxiv_id("abs/1810.13278") == "1810.13278"
    assert find_arxiv_id("no id 1810.13278") is None
    assert normalize_doi("none here") is None


_suffix = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789-._;()/:", min_size=1)


@st.composite
def _dois(draw: st.DrawFn) -> str:
    prefix = "10." + draw(st.from_regex(r"[0-9]{4,6}", fullmatch=True))
    suffix = draw(_suffix.filter(lambda s: s[-1].isalnum()))
    return f"{prefix}/{suffix}"


@settings(max_examples=200, deadline=None)
@given(_dois())
def test_every_spelling_of_a_doi_gives_one_form(doi: str) -> None:
    canonical = normalize_doi(doi)
    assert canonical == doi.lower()
    quoted = doi.replace("(", "%28").replace(")", "%29").replace("/", "%2F")
    for spelling in (
        doi.upper(),
        f"doi:{doi}",
        f"doi {doi}",
        f"https://doi.org/{doi}",
        f"http://dx.doi.org/{doi}",
        f" {doi}. ",
        f"artn 106\n{doi}",
        quoted,
    ):
        assert normalize_doi(spelling) == canonical, spelling


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_normalize_doi_is_idempotent(text: str) -> None:
    doi = normalize_doi(text)
    if doi is not None:
        assert normalize_doi(doi) == doi
        assert find_dois(doi) in ([doi], [])


def test_ieee_export_with_quotes_inside_quoted_cells_not_doubled() -> None:
    # IEEE Xplore quotes every cell but writes a quote inside one as it is: no CSV reader
    # accepts the line; each line is read at its '","' separators, with a warning
    text = (
        '"Document Title","Authors","Publication Title","Publication Year"\n'
        '"Sorting pebbles","A. Doe","Workshop on Stones","2019"\n'
        '"Counting pebbles","B. Roe","Conference on "Stones as a Tool"","2020"\n'
    )
    with pytest.warns(ParseWarning, match=r"not doubled \(lines 3\)"):
        first, second = parse_table(text, path="ieee.csv")
    assert first.venue == "Workshop on Stones"
    assert second.venue == 'Conference on "Stones as a Tool"'
    assert (second.title, second.year, str(second.authors[0])) == (
        "Counting pebbles",
        2020,
        "B. Roe",
    )
    # a line that does not split into the header's cells is still an error
    with pytest.raises(ParseError, match="malformed CSV"):
        parse_table(text.replace('","2020"', '",2020"'))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from('ab "x,;'), max_size=8).filter(
            lambda c: '""' not in c and '",' not in c and ',"' not in c
        ),
        min_size=2,
        max_size=5,
    )
)
def test_requote_gives_the_cells_back(cells: list[str]) -> None:
    # (cells with no doubled quote, read as one quote, and no quote beside a comma, which
    # may look like a separator)
    import csv

    from pubrecords.formats.table_quirks import requote

    header = ",".join(f"c{i}" for i in range(len(cells)))
    broken = '"' + '","'.join(cells) + '"'
    try:
        list(csv.reader([broken], strict=True))
    except csv.Error:
        pass
    else:
        assume(False)  # (valid CSV, if of other cells: not what requote is for)
    found = requote(f"{header}\n{broken}\n", ",")
    assert found is not None and found[1] == [2]
    [row] = list(csv.reader(found[0].splitlines()[1:], strict=True))
    assert row == cells


def test_scopus_funding_texts_beyond_the_first_have_no_column() -> None:
    # Scopus's header names "Funding Text 1" only; a record with two funding texts has a
    # cell more, and the cells after it belong to the columns one to their left
    text = (
        "Authors,Title,Year,Source title,Funding Text 1,References,DOI,EID\n"
        "Doe J.,Sorting pebbles,2019,Stones,Grant A,Ref 1,10.1000/a,2-s2.0-1\n"
        "Roe R.,Counting pebbles,2020,Stones,Grant B,Grant C,Ref 2,10.1000/b,2-s2.0-2\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first, second = parse_table(text)
    assert first.doi == "10.1000/a" and first.identifiers["eid"] == "2-s2.0-1"
    assert second.doi == "10.1000/b" and second.identifiers["eid"] == "2-s2.0-2"
    assert second.extra["funding text 1"] == "Grant B"
    assert second.extra["funding text 2"] == "Grant C"
    assert second.extra["references"] == "Ref 2"
    # any other table with a longer row is still an error
    with pytest.raises(ParseError, match="fields but the header has"):
        parse_table(text.replace("Funding Text 1", "Grants"))


def test_dimensions_export_with_a_note_above_the_header() -> None:
    # Dimensions writes a line about the export above its header; its author cells are
    # "Family, Given; Family, Given" (one comma: one person)
    text = (
        'About the data: Exported on Sep 30, 2026. Criteria: "pebbles" in title.\n'
        '"Rank","Publication ID","DOI","Title","Source title","Publication Date","PubYear",'
        '"Volume","Issue","Pagination","Publication Type","Authors","Times cited"\n'
        '"1","pub.1","10.1234/dim1","Sorting pebbles","Journal of Pebbles","2020-03-01",'
        '"2020","12","3","101-110","Article","Doe, Jane; Roe, Rick","42"\n'
        '"2","pub.2","","Counting pebbles","Stones Conference","2021-05-01","2021","","","",'
        '"Proceeding","Moe, Kim","0"\n'
    )
    with pytest.warns(ParseWarning, match="line 1 is a note above the header") as caught:
        first, second = parse_table(text, path="dimensions.csv")
    assert not any("not understood" in str(w.message) for w in caught)
    assert [str(a) for a in first.authors] == ["Jane Doe", "Rick Roe"]
    assert (first.year, first.month, first.venue) == (2020, 3, "Journal of Pebbles")
    assert (first.volume, first.issue, first.pages) == ("12", "3", "101-110")
    assert first.kind is Kind.JOURNAL_ARTICLE and first.extra["times cited"] == "42"
    assert [str(a) for a in second.authors] == ["Kim Moe"]
    assert second.kind is Kind.CONFERENCE_PAPER
    # a first line that is not followed by a header is still no header
    with pytest.raises(ParseError, match="no 'title' column"):
        parse_table("A note\nName,Year\nA,2020\n")


def test_openalex_export_dotted_columns_and_bar_separated_authors() -> None:
    text = (
        "id,doi,title,display_name,publication_year,publication_date,type,"
        "primary_location.source.display_name,biblio.volume,biblio.issue,"
        "biblio.first_page,biblio.last_page,authorships.author.display_name,cited_by_count\n"
        "https://openalex.org/W1,https://doi.org/10.1234/oa1,Sorting pebbles,Sorting pebbles,"
        "2017,2017-11-28,article,Journal of Pebbles,4,1,17,29,Jane Doe|Rick Roe|Kim Moe,143\n"
        "https://openalex.org/W2,,Stones,Stones,2019,2019-01-01,book-chapter,,,,12,30,Ana Silva,0\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (every column understood)
        first, second = parse_table(text)
    assert first.title == "Sorting pebbles" and "display_name" not in first.extra
    assert [str(a) for a in first.authors] == ["Jane Doe", "Rick Roe", "Kim Moe"]
    assert (first.year, first.month, first.venue, first.doi) == (
        2017,
        11,
        "Journal of Pebbles",
        "10.1234/oa1",
    )
    assert (first.volume, first.issue, first.pages) == ("4", "1", "17-29")
    assert first.kind is Kind.JOURNAL_ARTICLE
    assert second.kind is Kind.CHAPTER and second.pages == "12-30"


def test_lens_export_authors_issue_and_date() -> None:
    # (bibliometrix's Lens sample: "Author/s", "Issue Number" and "Date Published" were not
    # understood, so every record came without authors, issue and month)
    text = (
        '"Lens ID","Title","Date Published","Publication Year","Publication Type",'
        '"Source Title","ISSNs","Publisher","Author/s","Volume","Issue Number","Start Page",'
        '"End Page","PMID","DOI","Citing Works Count"\n'
        '"000-111-222-333-444","Sorting pebbles","2020-11-22",2020,"journal article",'
        '"Journal of Pebbles","12345678; 23456789","Pebble Press",'
        '"Jane Doe; Max Van Kleek; Ana da Silva","41","2","1","12","33251087",'
        '"10.1234/lens1",7\n'
        '"000-111-222-333-555","Counting pebbles","2020-12-20",2021,"journal article",'
        '"Journal of Pebbles","","","Kim Moe","42","","7","","","",0\n'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (every column understood)
        first, second = parse_table(text, path="lens.csv")
    assert [(a.family, a.given, a.particle) for a in first.authors] == [
        ("Doe", "Jane", ""),
        ("Van Kleek", "Max", ""),
        ("Silva", "Ana", "da"),
    ]
    assert (first.year, first.month, first.volume, first.issue, first.pages) == (
        2020,
        11,
        "41",
        "2",
        "1-12",
    )
    assert first.kind is Kind.JOURNAL_ARTICLE and first.identifiers["pmid"] == "33251087"
    assert first.extra["issns"] == "12345678; 23456789"
    # published online in December 2020, in the 2021 volume: the month is not the year's
    assert (second.year, second.month, second.extra["date"]) == (2021, None, "2020-12-20")


def test_table_of_ris_records_with_ris_tags_for_column_names() -> None:
    # (synthesisr's and revtools' CSV and TSV of RIS records: TY, JO, SP, UR, DO and DA were
    # "not understood", so the journal, pages, DOI, URL, kind and month were not read)
    header = "TY,AU,year,DA,TI,JO,SP,VL,IS,SN,UR,DO,ID"
    row = (
        'JOUR,"Doe, Jane and Roe, Rick",2019,2019/06/04,Sorting pebbles,Journal of Pebbles,'
        "22,8,1,1234-5678,https://doi.org/10.1234/peb.1,10.1234/peb.1,Doe2019"
    )
    tsv = f"{header}\n{row}\n".replace(",", "\t").replace("\t ", ", ").replace('"', "")
    for text in (f"{header}\n{row}\n", tsv):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # (every column understood)
            [pub] = parse_table(text, path="ris.csv")
        assert [(a.family, a.given) for a in pub.authors] == [("Doe", "Jane"), ("Roe", "Rick")]
        assert (pub.kind, pub.venue, pub.pages, pub.volume, pub.issue) == (
            Kind.JOURNAL_ARTICLE,
            "Journal of Pebbles",
            "22",
            "8",
            "1",
        )
        assert (pub.year, pub.month, pub.doi, pub.url) == (
            2019,
            6,
            "10.1234/peb.1",
            "https://doi.org/10.1234/peb.1",
        )
        assert pub.extra["sn"] == "1234-5678" and pub.key == "Doe2019"
    # (without a TY column the tags are other tools' columns: Web of Science's SP, sponsors)
    [wos] = _quiet("TI,SP,DA\nSorting pebbles,Pebble Society,2020-01-01\n")
    assert wos.pages is None and wos.extra["sp"] == "Pebble Society"


def test_a_lone_inverted_name_is_one_author() -> None:
    # a plain table (no Zotero columns) whose author cell holds one name, family first, and
    # given names of four letters or fewer, which the list splitter took for initials
    pubs = parse_table(
        "title,authors,year\n"
        'Salt marsh winters,"Lima, Ana",2020\n'
        'Salt marsh summers,"Lima, Ana; Rocha, Ines",2021\n'
    )
    assert [[(p.given, p.family) for p in pub.authors] for pub in pubs] == [
        [("Ana", "Lima")],
        [("Ana", "Lima"), ("Ines", "Rocha")],
    ]


def test_web_of_science_tab_delimited_names_are_family_first() -> None:
    # "Siu, KC" and "Weir, MD" are initials after the family name, not the post-nominals
    # KC and MD (read as names with no given name before); AF writes them out
    header = "PT\tAU\tTI\tSO\tPY\n"
    row = "J\tHao, J; Siu, KC; Weir, MD\tA moss\tMoss Letters\t2020\n"
    pub = parse_table(header + row)[0]
    assert [(a.given, a.family, a.suffix) for a in pub.authors] == [
        ("J", "Hao", ""),
        ("KC", "Siu", ""),
        ("MD", "Weir", ""),
    ]
    header = "PT\tAU\tAF\tTI\tSO\tPY\n"
    row = "J\tHao, J; Siu, KC\tHao, Jie; Siu, Ka-Chun\tA moss\tMoss Letters\t2020\n"
    pub = parse_table(header + row)[0]
    assert [(a.given, a.family, a.identifiers) for a in pub.authors] == [
        ("Jie", "Hao", {}),
        ("Ka-Chun", "Siu", {}),
    ]
    assert pub.extra["af"] == "Hao, Jie; Siu, Ka-Chun"


_FAMILY = st.sampled_from(["Hao", "Quell", "Tern", "Marsh", "Okonjo", "Vance", "Ibarra"])
_GIVEN = st.sampled_from(["Jie", "Ka-Chun", "Mary Dell", "Tamsin", "Adaeze Ngozi", "Luis"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_GIVEN, _FAMILY), min_size=1, max_size=5), st.randoms())
def test_full_names_write_out_only_the_same_people(people: list[tuple[str, str]], rnd: Any) -> None:
    # Scopus's two author cells, the full one in the same order or shuffled: a name is
    # written out only from its own full name (same family name, same initials)
    def initials(g: str) -> str:
        return "".join(part[0] + "." for word in g.split() for part in word.split("-"))

    short = "; ".join(f"{f} {initials(g)}" for g, f in people)
    full = [f"{f}, {g} ({10000 + i})" for i, (g, f) in enumerate(people)]
    if rnd.random() < 0.5:
        rnd.shuffle(full)
    table = (
        "Authors,Author full names,Title,Year\n" + f'"{short}","{"; ".join(full)}",A moss,2020\n'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pub = parse_table(table)[0]
    assert [a.family for a in pub.authors] == [f for _, f in people]
    for person, (g, _f) in zip(pub.authors, people, strict=True):
        assert person.given in (g, initials(g).replace(".", ". ").strip(), initials(g))
