"""RIS: reading the flavours real tools write, writing back without loss, bad input, CLI."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from pubrecords import (
    InputError,
    Kind,
    ParseError,
    ParseWarning,
    Person,
    Publication,
    detect_format,
    parse_bibtex,
    parse_ris,
    read_any,
    read_ris,
    read_text,
    to_ris,
    write_ris,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ris"
FILES = sorted(FIXTURES.glob("*.ris"))


def _bare(pub: Publication) -> Publication:
    return attrs.evolve(pub, provenance=())


def _read_quietly(path: Path) -> list[Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ParseWarning)
        return read_ris(path)


def _tag_lines(text: str) -> list[str]:
    """Every non-blank line of ``text`` (newlines normalised, BOM dropped)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    return [line for line in text.split("\n") if line.strip()]


# ---------------------------------------------------------------- the real files


def test_there_are_at_least_three_real_files() -> None:
    assert len(FILES) >= 3
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for path in FILES:
        assert path.name in readme


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_file_reads_every_record_without_warnings(path: Path) -> None:
    pubs = _read_quietly(path)
    text = read_text(path, "auto")
    assert len(pubs) == len(re.findall(r"^TY  - ", text, re.MULTILINE)) > 0
    for pub in pubs:
        assert pub.source_entry is not None and pub.source_entry.dialect == "ris"
        assert pub.provenance[0].origin == "ris" and pub.provenance[0].path == str(path)
        line = text.replace("\r\n", "\n").split("\n")[pub.provenance[0].line - 1]
        assert line.startswith("TY  - ")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_file_round_trip(path: Path) -> None:
    pubs = _read_quietly(path)
    out = to_ris(pubs)
    # every line (every tag of every record, the text between records) back, in order
    assert _tag_lines(out) == _tag_lines(read_text(path, "auto"))
    again = parse_ris(out)
    assert [_bare(p) for p in again] == [_bare(p) for p in pubs]
    assert [p.source_entry for p in again] == [p.source_entry for p in pubs]
    for old, new in zip(pubs, again, strict=True):
        assert old.source_entry is not None and new.source_entry is not None
        assert new.source_entry.fields == old.source_entry.fields
        assert new.source_entry.raw == old.source_entry.raw


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_tag_is_in_the_source_entry(path: Path) -> None:
    """The tag lines of each record are its fields, in file order (TY and ER aside)."""
    text = read_text(path, "auto").replace("\r\n", "\n")
    blocks = re.findall(r"^TY  - .*?^ER  -", text, re.MULTILINE | re.DOTALL)
    pubs = _read_quietly(path)
    assert len(blocks) == len(pubs)
    for block, pub in zip(blocks, pubs, strict=True):
        tags = re.findall(r"^([A-Z][A-Z0-9])  -", block, re.MULTILINE)[1:-1]
        assert pub.source_entry is not None
        assert [tag for tag, _ in pub.source_entry.fields] == tags


def test_scopus_flavour() -> None:
    pub = _read_quietly(FIXTURES / "asreview-scopus.ris")[0]
    assert pub.kind is Kind.JOURNAL_ARTICLE
    assert pub.title.startswith("Stress and the brain-gut axis")
    assert pub.venue == "Psychoneuroendocrinology"
    assert pub.doi == "10.1016/j.psyneuen.2019.104501"
    assert (pub.year, pub.volume) == (2020, "111")
    assert (pub.authors[0].given, pub.authors[0].family) == ("A.", "Labanski")
    assert len(pub.authors) == 4
    assert pub.publisher == "Elsevier Ltd"
    assert pub.extra["issn"] == "03064530 (ISSN)"
    assert pub.extra["keywords"].split("; ")[:2] == [
        "Brain-gut axis",
        "Chronic-inflammatory bowel diseases",
    ]
    assert pub.extra["type_of_work"] == "Review"
    assert pub.extra["alternate_title1"] == "Psychoneuroendocrinology"  # J2
    # N1 is given six times; the reference list runs over many lines
    assert pub.extra["note"].startswith("Export Date: 18 November 2019\nCODEN: PSYCD\n")
    assert "Agostini, A., Filippini, N., Benuzzi, F." in pub.extra["note"]
    assert pub.abstract is not None and pub.abstract.startswith("The broad role of stress")


def test_pubmed_through_zotero_flavour() -> None:
    pub = _read_quietly(FIXTURES / "asreview-pubmed_zotero.ris")[1]
    assert pub.title.startswith("Outcomes of inflammatory bowel disease surgery")
    assert [str(a) for a in pub.authors] == [
        "G. Hicks",
        "A. Abdulaal",
        "A. A. P. Slesser",
        "Y. Mohsen",
    ]
    assert pub.venue == "Techniques in coloproctology"
    assert (pub.year, pub.month) == (2019, 10)  # DA  - 2019/10//undefined
    assert (pub.volume, pub.issue, pub.pages) == ("23", "10", "947-955")
    assert pub.doi == "10.1007/s10151-019-02080-0"
    assert pub.extra["language"] == "eng"
    assert pub.extra["alternate_title1"] == "Tech Coloproctol"


def test_zotero_flavour_with_crlf() -> None:
    assert b"\r\n" in (FIXTURES / "asreview-baseline_zotero.ris").read_bytes()
    pub = _read_quietly(FIXTURES / "asreview-baseline_zotero.ris")[0]
    first = pub.authors[0]
    assert (first.given, first.particle, first.family) == ("Rens", "van de", "Schoot")
    assert (pub.year, pub.month) == (2021, 2)  # PY 2021, DA 2021/02/01/
    assert pub.url == "https://lens.org/106-059-195-106-980"
    assert pub.extra["file_attachments2"] == "https://www.nature.com/articles/s42256-020-00287-7"
    assert pub.extra["note"] == "<p>ASReview_relevant</p>"
    assert "\r" not in pub.title


def test_embase_flavour_with_bom_and_family_initials() -> None:
    pubs = _read_quietly(FIXTURES / "asreview-embase.ris")
    pub = pubs[0]
    assert pub.source_entry is not None and pub.source_entry.entry_type == "JOUR"
    assert [(a.family, a.given) for a in pub.authors] == [("Liu", "R."), ("Adler", "D. G.")]
    assert pub.title.startswith("Duplication cysts")
    assert pub.venue == "Endoscopic Ultrasound"  # JF, before JO
    assert pub.extra["journal_name"] == "Endoscopic Ultrasound"  # JO kept
    assert pub.extra["issn"] == "2226-7190\n2226-7190"  # SN given twice
    assert (pub.year, pub.pages) == (2014, "152-160")
    assert pub.doi == "10.4103/2303-9027.138783"


def test_proquest_flavour_doi_link() -> None:
    pub = _read_quietly(FIXTURES / "asreview-proquest.ris")[0]
    assert pub.doi == "10.1002/jts.22387"  # DO  - http://dx.doi.org/10.1002/jts.22387
    assert pub.extra["accession_number"] == "2214991469; 51887"
    assert pub.source_entry is not None and pub.source_entry.key == "2214991469; 51887"
    assert pub.key is None


def test_endnote_style_numbers_and_editors() -> None:
    pubs = _read_quietly(FIXTURES / "rispy-example_full.ris")
    pub = pubs[0]
    assert pub.key == "12345" and pub.title == "Title of reference"
    assert [a.family for a in pub.authors] == ["Marx", "Lindgren"]  # A1
    assert pub.extra["editor"] == "Glattauer, Daniel"  # A2
    assert (pub.year, pub.venue, pub.publisher) == (2014, "Lorem", "Fun Factory")
    assert pub.abstract is not None and pub.abstract.startswith("BACKGROUND: Lorem")  # N2
    assert pub.extra["address"] == "United States"
    # the record numbers ("1.", "2.") between records are kept, not read
    assert pub.source_entry is not None
    assert [b.raw.strip() for b in pub.source_entry.before] == ["1."]


def test_multiline_values() -> None:
    pubs = _read_quietly(FIXTURES / "rispy-example_multiline.ris")
    assert len(pubs) == 3
    for pub in pubs:
        assert pub.abstract == "first line, ER then second line and at the end the last line"
        assert pub.extra["note"] == "first line\n* second line\n* last line"


# ---------------------------------------------------------------- tags and values


def test_kinds_dates_dois_and_arxiv() -> None:
    text = (
        "TY  - CPAPER\nAU  - Doe, Jane\nTI  - A\nPY  - 2019/05/17/\nDO  - doi:10.1000/ABC\nER  - \n\n"
        "TY  - THES\nTI  - B\nY1  - 2001///\nER  - \n\n"
        "TY  - UNPB\nTI  - C\nDA  - 2020 May 3\nUR  - https://arxiv.org/abs/2101.00001v2\nER  - \n\n"
        "TY  - ELEC\nTI  - D\nPY  - 2019\nDA  - 2019/07\nUR  - https://doi.org/10.5555/x.y\nER  - \n\n"
        "TY  - JOUR\nTI  - E\nM3  - Book Review\nAN  - arXiv:1810.13278\nER  - \n\n"
        "TY  - PAT\nTI  - F\nT2  - \nJO  - Patents\nER  - \n\n"
        "TY  - BOOK\nBT  - G\nT2  - Lecture Notes\nAU  - et al.\nER  - \n"
    )
    a, b, c, d, e, f, g = parse_ris(text)
    assert (a.kind, a.year, a.month, a.doi) == (Kind.CONFERENCE_PAPER, 2019, 5, "10.1000/ABC")
    assert (b.kind, b.year, b.month) == (Kind.THESIS, 2001, None)
    assert (c.kind, c.year, c.month, c.arxiv_id) == (Kind.PREPRINT, 2020, 5, "2101.00001v2")
    assert (d.kind, d.year, d.month, d.doi) == (Kind.WEBPAGE, 2019, 7, "10.5555/x.y")
    assert d.url == "https://doi.org/10.5555/x.y"
    assert (e.kind, e.arxiv_id) == (Kind.BOOK_REVIEW, "1810.13278")
    assert "accession_number" not in e.extra and "type_of_work" not in e.extra
    assert (f.kind, f.venue) == (Kind.OTHER, "Patents")  # an empty T2 is no venue
    assert (g.kind, g.title, g.venue) == (Kind.BOOK, "G", "Lecture Notes")
    assert g.authors == () and not g.authors_complete


def test_four_character_tags_and_compact_dates() -> None:
    # PsycINFO (APA) writes "PMID  - " after TY; TRID writes "Start date: 20170812"
    text = (
        "Provider: American Psychological Association\n"
        "TY  - JOUR\nPMID  - 31234567\nID  - 2021-12345-001\nT1  - Sleep and Memory\n"
        "A1  - Okafor, Ngozi\nY1  - 2021\nER  - \n\n"
        "TY  - ABST\nTI  - Freight Corridors\nPY  - Start date: 20170812\nER  - \n"
    )
    first, second = parse_ris(text)
    assert (first.title, first.key, first.year) == ("Sleep and Memory", "2021-12345-001", 2021)
    assert [str(p) for p in first.authors] == ["Ngozi Okafor"]
    assert first.extra == {"PMID": "31234567"}
    assert first.source_entry is not None
    assert first.source_entry.fields[0] == ("PMID", "31234567")
    assert (second.year, second.month) == (2017, 8)
    assert to_ris([first, second]) == text
    changed = attrs.evolve(first, title="Sleep and memory")
    assert "PMID  - 31234567\n" in to_ris([changed])


def test_types_in_words_short_titles_and_vo_volumes() -> None:
    # asreview's "TY  - WEB", rispy's "TY  - Journal Article"; a record with only ST (short
    # title) had no title; IEEE's VO without VL had no volume
    text = (
        "TY  - WEB\nST  - Short only\nVO  - 8\nER  - \n\n"
        "TY  - Journal Article\nTI  - Full\nST  - Short\nVL  - 3\nVO  - 3\nER  - \n\n"
        "TY  - Book Section\nTI  - C\nER  - \n"
    )
    web, article, chapter = parse_ris(text)
    assert (web.kind, web.title, web.volume, web.extra) == (Kind.WEBPAGE, "Short only", "8", {})
    assert (article.kind, article.title, article.volume) == (Kind.JOURNAL_ARTICLE, "Full", "3")
    assert article.extra == {"shorttitle": "Short", "VO": "3"}
    assert chapter.kind is Kind.CHAPTER
    assert to_ris([web, article, chapter]) == text
    changed = to_ris([attrs.evolve(web, title="Longer", volume="9")])
    assert "ST  - Longer\nVO  - 9\n" in changed
    again = parse_ris(to_ris([attrs.evolve(article, source_entry=None)]))[0]
    assert (again.title, again.volume, again.extra) == ("Full", "3", article.extra)


def test_unknown_and_repeated_tags_are_kept() -> None:
    text = "TY  - JOUR\nTI  - T\nXY  - one\nXY  - two\nC5  - c5\nKW  - a\nKW  - b\nER  - \n"
    [pub] = parse_ris(text)
    assert pub.extra == {"XY": "one\ntwo", "custom5": "c5", "keywords": "a; b"}
    assert pub.source_entry is not None
    assert pub.source_entry.fields == (
        ("TI", "T"),
        ("XY", "one"),
        ("XY", "two"),
        ("C5", "c5"),
        ("KW", "a"),
        ("KW", "b"),
    )
    assert to_ris([pub]) == text


# ---------------------------------------------------------------- writing changed records

_ZOTERO = FIXTURES / "asreview-pubmed_zotero.ris"


def _diff(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.split("\n"), after.split("\n")
    return [line for line in old if line not in new], [line for line in new if line not in old]


def test_a_changed_field_is_rewritten_and_every_other_tag_kept() -> None:
    pub = _read_quietly(_ZOTERO)[0]
    before = to_ris([pub])
    after = to_ris([attrs.evolve(pub, title="A new title")])
    gone, added = _diff(before, after)
    assert gone == [line for line in before.split("\n") if line.startswith("TI  - ")]
    assert added == ["TI  - A new title"]
    # same place
    assert before.split("\n").index(gone[0]) == after.split("\n").index(added[0])


def test_a_changed_date_rewrites_every_date_tag_in_its_style() -> None:
    pub = _read_quietly(_ZOTERO)[1]  # DA  - 2019/10//undefined, PY  - 2019
    after = to_ris([attrs.evolve(pub, year=2020, month=3)])
    assert "DA  - 2020/03//" in after.split("\n")
    assert "PY  - 2020" in after.split("\n")
    [again] = parse_ris(after)
    assert (again.year, again.month) == (2020, 3)


def test_changed_authors_keywords_and_a_new_field() -> None:
    pub = _read_quietly(_ZOTERO)[0]
    changed = attrs.evolve(
        pub,
        authors=(Person(given="Ada", family="Lovelace"), *pub.authors[1:]),
        extra={**pub.extra, "keywords": "x; y"},
        arxiv_id="2101.00001",
        issue=None,
    )
    text = to_ris([changed])
    lines = text.split("\n")
    assert lines[2] == "AU  - Lovelace, Ada"
    assert [line for line in lines if line.startswith("KW  - ")] == ["KW  - x", "KW  - y"]
    assert lines[-3:] == ["AN  - arXiv:2101.00001", "ER  -", ""]
    assert not any(line.startswith("IS  - ") for line in lines)
    [again] = parse_ris(text)
    for field in ("authors", "arxiv_id", "issue", "title", "venue", "doi", "pages"):
        assert getattr(again, field) == getattr(changed, field)
    assert again.extra == changed.extra


def test_records_from_elsewhere_are_written_from_the_model() -> None:
    [pub] = parse_bibtex(
        "@inproceedings{lovelace1843, author = {Lovelace, Ada and van der Berg, Jan},"
        " title = {Notes on the {Analytical} Engine}, booktitle = {Proc. Engines},"
        " year = 1843, month = mar, pages = {1--20}, doi = {10.1000/notes},"
        " keywords = {engines, notes}, note = {Translated}}"
    )
    text = to_ris([pub])
    assert text.split("\n")[:3] == ["TY  - CPAPER", "ID  - lovelace1843", "AU  - Lovelace, Ada"]
    [again] = parse_ris(text)
    for field in ("title", "authors", "venue", "year", "month", "pages", "doi", "kind", "key"):
        assert getattr(again, field) == getattr(pub, field), field
    assert again.extra["keywords"] == "engines; notes"
    assert again.extra["note"] == "Translated"


def test_write_ris(tmp_path: Path) -> None:
    pubs = _read_quietly(FIXTURES / "asreview-ovid_zotero.ris")
    out = tmp_path / "out.ris"
    write_ris(pubs, out)
    assert out.read_text(encoding="utf-8") == to_ris(pubs)
    assert [_bare(p) for p in read_ris(out)] == [_bare(p) for p in pubs]


# ---------------------------------------------------------------- property tests

_TAGS = ["AU", "A1", "A2", "TI", "T1", "T2", "JO", "JF", "PY", "DA", "SP", "EP", "VL", "IS"]
_TAGS += ["DO", "UR", "AB", "N1", "KW", "SN", "PB", "CY", "ID", "AN", "LA", "M3", "XY", "C1"]
_TAGS += ["PMID", "XYZ"]  # (tags of three and four characters, as PsycINFO writes)
# (pandas' "nan" reads as a missing value, so it cannot come back: see
# test_a_value_that_reads_as_missing_is_named_when_written)
_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éü",
    min_size=1,
    max_size=8,
).filter(lambda w: w.lower() != "nan")
_value = st.lists(_word, min_size=0, max_size=5).map(" ".join)
_field = st.tuples(
    st.sampled_from(_TAGS),
    _value | st.sampled_from(["2019///", "2019/05/17/", "10.1000/x", "Doe, J."]),
)
_record = st.tuples(
    st.sampled_from(
        ["JOUR", "CONF", "CPAPER", "BOOK", "CHAP", "THES", "RPRT", "ELEC", "DATA", "GEN", "PAT"]
    ),
    st.lists(_field, max_size=12),
)


def _ris(records: list[tuple[str, list[tuple[str, str]]]]) -> str:
    out = []
    for kind, fields in records:
        lines = [f"TY  - {kind}"]
        lines += [f"{tag}  - {value}" if value else f"{tag}  -" for tag, value in fields]
        lines.append("ER  - ")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_record, min_size=1, max_size=4))
def test_generated_ris_round_trips(records: list[tuple[str, list[tuple[str, str]]]]) -> None:
    text = _ris(records)
    pubs = parse_ris(text)
    assert len(pubs) == len(records)
    for pub, (kind, fields) in zip(pubs, records, strict=True):
        assert pub.source_entry is not None
        assert pub.source_entry.entry_type == kind
        assert list(pub.source_entry.fields) == fields
    assert to_ris(pubs) == text
    again = parse_ris(to_ris(pubs))
    assert [_bare(p) for p in again] == [_bare(p) for p in pubs]
    assert [p.source_entry for p in again] == [p.source_entry for p in pubs]


_name = st.sampled_from(["Ada", "Jan", "Li", "José", "Grace", "Élodie"])
_family = st.sampled_from(["Lovelace", "Berg", "Wang", "Hernández", "Hopper", "Dubois"])
_particle = st.sampled_from(["", "", "van der", "de"])
_person = st.builds(Person, given=_name, family=_family, particle=_particle)
_text = st.lists(_word, min_size=1, max_size=6).map(" ".join)
_publication = st.builds(
    Publication,
    title=_text,
    authors=st.lists(_person, max_size=4),
    authors_complete=st.booleans(),
    year=st.none() | st.integers(1500, 2100),
    month=st.none() | st.integers(1, 12),
    venue=st.none() | _text,
    kind=st.sampled_from([k for k in Kind if k is not Kind.OTHER]),
    doi=st.none() | _word.map(lambda w: f"10.1000/{w}"),
    volume=st.none() | st.integers(1, 300).map(str),
    issue=st.none() | st.integers(1, 30).map(str),
    pages=st.none()
    | st.tuples(st.integers(1, 99), st.integers(100, 999)).map(lambda p: f"{p[0]}-{p[1]}"),
    publisher=st.none() | _text,
    abstract=st.none() | _text,
    key=st.none() | _word,
    extra=st.fixed_dictionaries({}, optional={"note": _text, "keywords": _text, "language": _word}),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_publication)
def test_generated_records_written_from_the_model_read_back(pub: Publication) -> None:
    if pub.year is None:
        pub = attrs.evolve(pub, month=None)
    [again] = parse_ris(to_ris([pub]))
    assert attrs.evolve(again, provenance=(), source_entry=None) == pub


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _publication,
    st.sampled_from(["title", "venue", "volume", "abstract", "publisher", "doi"]),
    _text,
)
def test_generated_changes_read_back(pub: Publication, field: str, value: str) -> None:
    """A record read from RIS, changed, written and read again has the change and the rest."""
    if pub.year is None:
        pub = attrs.evolve(pub, month=None)
    [read] = parse_ris(to_ris([pub]))
    if field == "doi":
        value = "10.2000/" + value.replace(" ", "")
    changed = attrs.evolve(read, **{field: value})
    [again] = parse_ris(to_ris([changed]))
    assert attrs.evolve(again, provenance=(), source_entry=None) == attrs.evolve(
        changed, provenance=(), source_entry=None
    )


# ---------------------------------------------------------------- bad input

_GOOD = "TY  - JOUR\nTI  - Good\nER  - \n"


def test_record_without_er_is_skipped_with_a_warning() -> None:
    text = "TY  - JOUR\nTI  - Lost\n\n" + _GOOD + "\nTY  - BOOK\nTI  - Cut\n"
    with pytest.warns(ParseWarning) as got:
        pubs = parse_ris(text, path="x.ris")
    assert [p.title for p in pubs] == ["Good"]
    messages = [str(w.message) for w in got]
    assert messages[0].startswith("x.ris:1: RIS record of type 'JOUR' has no ER")
    assert messages[1].startswith("x.ris:8: RIS record of type 'BOOK' has no ER")
    # the malformed records are written back where they stood
    out = to_ris(pubs)
    assert "TI  - Lost" in out and "TI  - Cut" in out
    assert out.index("TI  - Lost") < out.index("TI  - Good") < out.index("TI  - Cut")


def test_record_without_ty_is_read_as_of_unknown_kind() -> None:
    text = _GOOD + "\nAU  - Doe, J.\nTI  - Orphan\nER  - \n\n" + _GOOD
    with pytest.warns(ParseWarning, match=r"^x\.ris: 1 RIS record has no TY") as got:
        pubs = parse_ris(text, path="x.ris")
    assert len(got) == 1
    assert [(p.title, p.kind) for p in pubs] == [
        ("Good", Kind.JOURNAL_ARTICLE),
        ("Orphan", Kind.UNKNOWN),
        ("Good", Kind.JOURNAL_ARTICLE),
    ]
    assert pubs[1].provenance[0].line == 5
    assert to_ris(pubs) == text


def test_garbage_lines_and_empty_type() -> None:
    text = (
        "TY  - JOUR\nTI  - Bin\n\x00\x01\x02garbage\nER  - \n" + _GOOD + "TY  - \nTI  - X\nER  - \n"
    )
    with pytest.warns(ParseWarning) as got:
        pubs = parse_ris(text, path="g.ris")
    assert [p.title for p in pubs] == ["Good"]
    assert "control characters" in str(got[0].message) and "g.ris:1:" in str(got[0].message)
    assert "TY without a reference type" in str(got[1].message)


@pytest.mark.parametrize(
    "text",
    ["TY  - JOUR\nTI  - x\n", "AU  - x\nER  - \n", "TY  - JOUR\nTI  - a\nTY  - JOUR\nER  - \n"],
)
def test_strict_raises(text: str) -> None:
    with pytest.raises(ParseError, match=r"^s\.ris:1: "):
        parse_ris(text, path="s.ris", strict=True)


@pytest.mark.parametrize("text", ["", "just some notes\n", "@article{x, title={T}}\n"])
def test_no_records_is_an_error(text: str) -> None:
    with pytest.raises(ParseError, match=r"no RIS records in notes\.ris"):
        parse_ris(text, path="notes.ris")


def test_text_around_records_is_kept_without_warnings() -> None:
    text = "Record #1 of 1\nProvider: X\n" + _GOOD + "\ntrailing text\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [pub] = parse_ris(text)
    assert to_ris([pub]) == text


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.ris"
    path.write_bytes("TY  - JOUR\nAU  - Müller, Jörg\nTI  - Café\nER  - \n".encode("cp1252"))
    with pytest.warns(ParseWarning, match="not UTF-8; read as Windows-1252"):
        [pub] = read_ris(path)
    assert (pub.title, pub.authors[0].family) == ("Café", "Müller")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [pub] = read_ris(path, encoding="latin-1")
    assert pub.title == "Café"
    with pytest.warns(ParseWarning, match="Windows-1252"):
        got = read_any(path)
    assert isinstance(got, list) and got[0].title == "Café"


def test_missing_binary_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_ris(tmp_path / "none.ris")
    binary = tmp_path / "bin.ris"
    binary.write_bytes(b"TY  - JOUR\x00\x00\n")
    with pytest.raises(InputError, match="binary data"):
        read_ris(binary)
    empty = tmp_path / "empty.ris"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ParseError, match="no RIS records"):
        read_ris(empty)


# ---------------------------------------------------------------- detection and the CLI


def test_detect_and_read_any(tmp_path: Path) -> None:
    assert detect_format("x.ris", "anything") == "ris"
    assert detect_format("export.txt", "1.\nTY  - JOUR\nER  - \n") == "ris"
    assert detect_format("export", "\ufeffTY  - JOUR\nER  - \n") == "ris"
    path = tmp_path / "export.txt"
    path.write_text(_GOOD, encoding="utf-8")
    got = read_any(path)
    assert isinstance(got, list) and got[0].title == "Good"
    got = read_any(FIXTURES / "asreview-scopus.ris")
    assert isinstance(got, list) and len(got) == 6


def test_cli_export_ris_to_ris_gives_the_file_back(tmp_path: Path) -> None:
    src = FIXTURES / "asreview-proquest.ris"
    out = tmp_path / "out.ris"
    result = run_cli(
        "export", str(src), "--to", "ris", "--no-clean", "--keep-duplicates", "-q", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert _tag_lines(out.read_text(encoding="utf-8")) == _tag_lines(
        src.read_text(encoding="utf-8")
    )


def test_cli_reads_ris_and_writes_ris_from_bibtex(tmp_path: Path) -> None:
    bib = tmp_path / "out.bib"
    result = run_cli("export", str(FIXTURES / "asreview-pubmed_zotero.ris"), "-q", "-o", str(bib))
    assert result.returncode == 0, result.stderr
    entries = parse_bibtex(bib.read_text(encoding="utf-8"))
    assert len(entries) == 6 and entries[0].doi == "10.5114/pg.2018.81081"
    ris = tmp_path / "from-bib.ris"
    result = run_cli("export", str(bib), "--to", "ris", "-q", "-o", str(ris))
    assert result.returncode == 0, result.stderr
    again = read_ris(ris)
    assert [p.title for p in again] == [p.title for p in entries]
    assert [p.doi for p in again] == [p.doi for p in entries]


def test_cli_bad_ris_warns_and_strict_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ris"
    bad.write_text(_GOOD + "TY  - JOUR\nTI  - no end\n", encoding="utf-8")
    result = run_cli("export", str(bad), "--to", "ris", "-q")
    assert result.returncode == 0, result.stderr
    assert "pubrecords: warning:" in result.stderr and "has no ER" in result.stderr
    assert "TI  - Good" in result.stdout
    result = run_cli("export", str(bad), "--to", "ris", "-q", "--strict")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "has no ER" in result.stderr
