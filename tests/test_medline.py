"""MEDLINE (PubMed's and ERIC's .nbib): reading, writing back without loss, bad input, CLI."""

from __future__ import annotations

import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from pubrecords import (
    FormatError,
    Kind,
    ParseError,
    ParseWarning,
    Person,
    Publication,
    PubrecordsWarning,
    detect_format,
    parse_bibtex,
    parse_medline,
    read_any,
    read_medline,
    to_medline,
    write_medline,
)

REAL = Path(__file__).resolve().parent / "fixtures" / "realmedline"
REAL_FILES = sorted(REAL.glob("*.nbib"))

# Invented records in PubMed's layout: a journal article with a group author, wrapped lines
# (with PubMed's trailing spaces, written "~") and a PMC id; a preprint with short names only; a chapter
# of a book; a congress paper; a record with no type at all.
PUBMED = """PMID- 39000001
OWN - NLM
STAT- MEDLINE
IS  - 1234-5678 (Electronic)
IS  - 1234-5670 (Linking)
VI  - 41
IP  - 3
DP  - 2024 Mar 12
TI  - Tidal rhythms of sleep in coastal towns: a cohort study over~
      ten years.
PG  - 211-9
LID - 10.1000/tides.2024.41 [doi]
LID - S0000-0000(24)00001-1 [pii]
AB  - BACKGROUND: Sleep follows the tide. METHODS: We counted.~
      RESULTS: It does.
FAU - Okafor, Ngozi A
AU  - Okafor NA
AD  - Harbour University, Port Vell.
FAU - van der Berg, Pieter
AU  - van der Berg P
CN  - Coastal Sleep Consortium
LA  - eng
PT  - Journal Article
PT  - Multicenter Study
TA  - J Coast Rhythms
JT  - Journal of coastal rhythms
MH  - Humans
MH  - Sleep/*physiology
OT  - tides
OT  - sleep
PMC - PMC1000001
SO  - J Coast Rhythms. 2024 Mar 12;41(3):211-219.

PMID- 39000002
DP  - 2023 Winter
TI  - Lunar phase and dreaming.
AU  - Haddad S
AU  - Lindqvist E
PT  - Preprint
AID - 10.1101/2023.01.01.000001 [doi]
JT  - medRxiv

PMID- 39000003
DP  - 2020
TI  - Night shifts.
BTI - Handbook of Sleep
FED - Moreau, Claire
ED  - Moreau C
FAU - Tanaka, Yui
AU  - Tanaka Y
PB  - Harbour Press
PT  - Review
PT  - Book Chapter

PMID- 39000004
DP  - 2019 Oct
TI  - Tides and naps.
FAU - Silva, Ana
AU  - Silva A
PT  - Congress
TA  - Proc Sleep Soc

PMID- 39000005
TI  - An untyped note.
""".replace("~\n", " \n")


def _read_quietly(path: Path) -> list[Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return read_medline(path)


def _lines(text: str) -> list[str]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    return [line for line in text.split("\n") if line.strip()]


# ---------------------------------------------------------------- the real files


def test_real_files_are_there_and_cited() -> None:
    assert len(REAL_FILES) == 3
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{path.name}`" in sources for path in REAL_FILES)


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_real_file_reads_without_warnings_and_comes_back(path: Path) -> None:
    pubs = _read_quietly(path)
    assert len(pubs) == 1 and pubs[0].title and pubs[0].authors and pubs[0].year
    text = to_medline(pubs)
    assert _lines(text) == _lines(path.read_text(encoding="utf-8"))
    again = parse_medline(text)
    assert [attrs.evolve(p, provenance=()) for p in again] == [
        attrs.evolve(p, provenance=()) for p in pubs
    ]


def test_real_pubmed_book_chapter() -> None:
    [pub] = _read_quietly(REAL / "pybtexnbib-marcelis-20301770.nbib")
    assert (pub.kind, pub.title, pub.venue) == (
        Kind.CHAPTER,
        "Feingold Syndrome 1.",
        "GeneReviews(®)",
    )
    assert [(a.particle, a.family) for a in pub.authors] == [("", "Marcelis"), ("de", "Brouwer")]
    assert pub.identifiers == {"pmid": "20301770"} and pub.year == 1993
    assert pub.publisher == "University of Washington, Seattle"
    assert pub.extra["editor"].startswith("Adam, Margaret P and Ardinger, Holly H and ")
    assert pub.extra["AID"] == "NBK7050 [bookaccession]"
    assert pub.abstract is not None and "(referred to as FS1 in this GeneReview)" in pub.abstract
    bib = parse_bibtex(__import__("pubrecords").to_bibtex([pub]))[0]
    assert bib.kind is Kind.CHAPTER and bib.venue == "GeneReviews(®)"


def test_real_eric_export() -> None:
    [pub] = _read_quietly(REAL / "colrev-eric_nbib.nbib")
    assert (pub.kind, pub.doi, pub.url) == (
        Kind.JOURNAL_ARTICLE,
        "10.1000/123456789",
        "http://eric.ed.gov/?id=EJ1131633",
    )
    assert (pub.volume, pub.issue, pub.pages, pub.venue) == ("10", "1", "1-9", "Journal Name")
    assert pub.extra["ISSN"] == "ISSN-1234-4567" and pub.extra["OWN"] == "ERIC"
    assert pub.source_entry is not None and pub.source_entry.dialect == "medline"


# ---------------------------------------------------------------- reading


def test_pubmed_records() -> None:
    article, preprint, chapter, congress, untyped = parse_medline(PUBMED, path="p.nbib")
    assert article.title == (
        "Tidal rhythms of sleep in coastal towns: a cohort study over ten years."
    )
    assert [str(a) for a in article.authors] == [
        "Ngozi A Okafor",
        "Pieter van der Berg",
        "Coastal Sleep Consortium",
    ]
    assert article.authors[2].literal == "Coastal Sleep Consortium"
    assert (article.year, article.month, article.volume, article.issue, article.pages) == (
        2024,
        3,
        "41",
        "3",
        "211-9",
    )
    assert (article.doi, article.venue, article.kind) == (
        "10.1000/tides.2024.41",
        "Journal of coastal rhythms",
        Kind.JOURNAL_ARTICLE,
    )
    assert article.identifiers == {"pmid": "39000001", "pmcid": "PMC1000001"}
    assert article.abstract == (
        "BACKGROUND: Sleep follows the tide. METHODS: We counted. RESULTS: It does."
    )
    assert article.extra["keywords"] == "tides; sleep"
    assert article.extra["issn"] == "1234-5678; 1234-5670"  # (PubMed's labels: in the entry)
    assert article.extra["LID"] == "S0000-0000(24)00001-1 [pii]"
    assert article.extra["MH"] == "Humans\nSleep/*physiology"
    assert article.extra["TA"] == "J Coast Rhythms" and article.extra["PT"] == "Multicenter Study"
    assert "AU" not in article.extra  # (the short names go with the full ones: the authors)
    assert article.provenance[0].line == 1 and article.provenance[0].key == "39000001"
    assert [(a.given, a.family) for a in preprint.authors] == [
        ("S.", "Haddad"),
        ("E.", "Lindqvist"),
    ]
    assert (preprint.kind, preprint.year, preprint.month) == (Kind.PREPRINT, 2023, None)
    assert preprint.doi == "10.1101/2023.01.01.000001"
    assert (chapter.kind, chapter.venue, chapter.publisher) == (
        Kind.CHAPTER,
        "Handbook of Sleep",
        "Harbour Press",
    )
    assert chapter.extra["editor"] == "Moreau, Claire"
    assert (congress.kind, congress.venue, congress.month) == (
        Kind.CONFERENCE_PAPER,
        "Proc Sleep Soc",
        10,
    )
    assert (untyped.kind, untyped.year, untyped.authors) == (Kind.UNKNOWN, None, ())
    assert to_medline([article, preprint, chapter, congress, untyped]) == PUBMED


def test_kind_from_journal_or_book_title_when_no_type_says() -> None:
    journal, book = parse_medline("TI  - A\nJT  - J\n\nBTI - A Book\nPB  - P\n")
    assert (journal.kind, journal.venue) == (Kind.JOURNAL_ARTICLE, "J")
    assert (book.kind, book.title, book.venue) == (Kind.BOOK, "A Book", None)


def test_text_between_records_is_kept() -> None:
    text = "Search: sleep AND tides\n\nPMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two\n"
    pubs = parse_medline(text)
    assert [p.title for p in pubs] == ["One", "Two"]
    assert pubs[0].source_entry is not None
    assert pubs[0].source_entry.before[0].raw == "Search: sleep AND tides"
    assert to_medline(pubs) == text


def test_crlf_bom_and_leading_blank_lines() -> None:
    pubs = parse_medline("\ufeff\r\n\r\nPMID- 7\r\nTI  - Seven\r\n      more\r\n")
    assert [p.title for p in pubs] == ["Seven more"]


# ---------------------------------------------------------------- writing


def test_a_changed_record_rewrites_only_what_changed() -> None:
    article = parse_medline(PUBMED)[0]
    changed = attrs.evolve(article, title="Tidal rhythms of sleep.", volume="42")
    old, new = _lines(to_medline([article])), _lines(to_medline([changed]))
    assert [line for line in old if line not in new] == [
        "VI  - 41",
        "TI  - Tidal rhythms of sleep in coastal towns: a cohort study over ",
        "      ten years.",
    ]
    assert [line for line in new if line not in old] == [
        "VI  - 42",
        "TI  - Tidal rhythms of sleep.",
    ]
    [again] = parse_medline(to_medline([changed]))
    assert (again.title, again.volume, again.extra) == (changed.title, "42", article.extra)


def test_changed_authors_kind_date_and_a_new_doi() -> None:
    untyped = parse_medline(PUBMED)[4]
    changed = attrs.evolve(
        untyped,
        authors=[Person(given="Ana María", particle="de la", family="Cruz"), Person(literal="G")],
        kind=Kind.REPORT,
        year=2021,
        month=5,
        doi="10.1000/new",
        arxiv_id="2101.00001",
        url="https://example.org/r",
    )
    text = to_medline([changed])
    assert "FAU - de la Cruz, Ana María\nAU  - de la Cruz AM\nCN  - G\n" in text
    assert "DP  - 2021 May\n" in text and "PT  - Technical Report\n" in text
    [again] = parse_medline(text)
    for name in ("authors", "kind", "year", "month", "doi", "arxiv_id", "url", "title"):
        assert getattr(again, name) == getattr(changed, name), name


def test_a_changed_kind_replaces_the_types_that_said_it() -> None:
    article = parse_medline(PUBMED)[0]
    [again] = parse_medline(to_medline([attrs.evolve(article, kind=Kind.PREPRINT)]))
    assert again.kind is Kind.PREPRINT and again.extra["PT"] == "Multicenter Study"


_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü", min_size=1, max_size=8
)
_text = st.lists(_word, min_size=1, max_size=6).map(" ".join)
_person = st.builds(
    Person,
    given=st.sampled_from(["Ada", "Jan", "Li", "José", "Ana María", "Ngozi A"]),
    family=st.sampled_from(["Lovelace", "Berg", "Wang", "Hernández", "Okafor"]),
    particle=st.sampled_from(["", "", "van der", "de"]),
)
_publication = st.builds(
    Publication,
    title=_text,
    authors=st.lists(_person | st.builds(Person, literal=_text), max_size=4),
    year=st.none() | st.integers(1500, 2100),
    month=st.none() | st.integers(1, 12),
    venue=st.none() | _text,
    kind=st.sampled_from([k for k in Kind if k not in (Kind.UNKNOWN, Kind.BOOK, Kind.WEBPAGE)]),
    doi=st.none() | _word.map(lambda w: f"10.1000/{w}"),
    arxiv_id=st.none() | st.sampled_from(["2101.00001", "hep-th/9901001"]),
    url=st.none() | _word.map(lambda w: f"https://example.org/{w}"),
    volume=st.none() | st.integers(1, 300).map(str),
    issue=st.none() | st.integers(1, 30).map(str),
    pages=st.none() | st.sampled_from(["1-9", "e1234", "211-219"]),
    publisher=st.none() | _text,
    abstract=st.none() | _text,
    identifiers=st.fixed_dictionaries(
        {}, optional={"pmid": st.integers(1, 10**8).map(str), "pmcid": st.just("PMC123")}
    ),
    extra=st.fixed_dictionaries(
        {}, optional={"note": _text, "keywords": _text, "language": _word, "MH": _text}
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_publication)
def test_generated_records_written_from_the_model_read_back(pub: Publication) -> None:
    if pub.year is None:
        pub = attrs.evolve(pub, month=None)
    [again] = parse_medline(to_medline([pub]))
    assert attrs.evolve(again, provenance=(), source_entry=None) == pub


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(range(5)),
    st.sampled_from(["title", "venue", "volume", "issue", "pages", "abstract", "publisher"]),
    _text,
)
def test_generated_changes_read_back(which: int, field: str, value: str) -> None:
    pub = parse_medline(PUBMED)[which]
    if field == "venue" and pub.kind is Kind.UNKNOWN:
        return  # (a venue would make it a journal article: its kind is read from the venue)
    changed = attrs.evolve(pub, **{field: value})
    [again] = parse_medline(to_medline([changed]))
    assert getattr(again, field) == value
    assert attrs.evolve(again, provenance=(), source_entry=None) == attrs.evolve(
        changed, provenance=(), source_entry=None
    )


_field = st.tuples(
    st.sampled_from(["TI", "AU", "FAU", "DP", "VI", "PG", "AB", "MH", "OT", "LID", "XYZ"]),
    st.lists(_text, min_size=1, max_size=3),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_field, min_size=1, max_size=8), min_size=1, max_size=4))
def test_generated_medline_round_trips(records: list[list[tuple[str, list[str]]]]) -> None:
    text = (
        "\n\n".join(
            "\n".join(
                f"{tag:<4}- {parts[0]}" + "".join(f"\n      {part}" for part in parts[1:])
                for tag, parts in fields
            )
            for fields in records
        )
        + "\n"
    )
    pubs = parse_medline(text)
    assert len(pubs) == len(records)
    assert to_medline(pubs) == text
    for pub, fields in zip(pubs, records, strict=True):
        assert pub.source_entry is not None
        assert [tag for tag, _ in pub.source_entry.fields] == [tag for tag, _ in fields]


def test_what_medline_cannot_hold_is_named_in_a_warning() -> None:
    pub = Publication(
        title="T", key="doe2020", authors_complete=False, extra={"note": "n", "series": "S"}
    )
    with pytest.warns(PubrecordsWarning, match=r"a partial author list's mark \(1\), key \(1\)"):
        text = to_medline([pub])
    with pytest.warns(PubrecordsWarning, match=r"kind webpage \(2\)"):
        to_medline([Publication(title="W", kind=Kind.WEBPAGE)] * 2)
    [again] = parse_medline(text)
    assert again.extra == {"note": "n"}  # (a note is MEDLINE's GN; a series has no tag)


def test_write_medline(tmp_path: Path) -> None:
    out = tmp_path / "out.nbib"
    write_medline(parse_medline(PUBMED), out)
    assert out.read_text(encoding="utf-8") == PUBMED


# ---------------------------------------------------------------- bad input


def test_a_malformed_record_is_skipped_with_a_warning_and_kept() -> None:
    text = "PMID- 1\nTI  - Good\n\nTI  - Bad\x01\n\nsome words\nTI  - after words\n"
    with pytest.warns(ParseWarning) as got:
        pubs = parse_medline(text, path="m.nbib")
    assert [p.title for p in pubs] == ["Good"]
    messages = [str(w.message) for w in got]
    assert "m.nbib:4: malformed MEDLINE record: control characters" in messages[0]
    assert "m.nbib:6: malformed MEDLINE record: lines before" in messages[1]
    assert to_medline(pubs) == text


@pytest.mark.parametrize("text", ["TI  - Bad\x01\n", "words\nTI  - x\n"])
def test_strict_raises(text: str) -> None:
    with pytest.raises(ParseError, match=r"^s\.nbib:1: malformed MEDLINE record"):
        parse_medline(text, path="s.nbib", strict=True)


@pytest.mark.parametrize("text", ["", "\n\n", "just some words\n"])
def test_no_records_is_an_error(text: str) -> None:
    with pytest.raises(ParseError, match="no MEDLINE records"):
        parse_medline(text)


# ---------------------------------------------------------------- files and CLI


def test_detect_and_read_any(tmp_path: Path) -> None:
    assert detect_format("x.nbib", "") == "medline"
    assert detect_format("pubmed-export.txt", "PMID- 39000001\nOWN - NLM\n") == "medline"
    assert detect_format("eric.txt", "\nOWN - ERIC\nTI  - Paper\n") == "medline"
    path = tmp_path / "pubmed.txt"
    path.write_text(PUBMED, encoding="utf-8")
    got = read_any(path)
    assert isinstance(got, list) and len(got) == 5


def test_cli_reads_medline_and_writes_it_back(tmp_path: Path) -> None:
    src = tmp_path / "pubmed.nbib"
    src.write_text(PUBMED, encoding="utf-8")
    out = tmp_path / "out.nbib"
    result = run_cli(
        "export",
        str(src),
        "--to",
        "medline",
        "--no-clean",
        "--keep-duplicates",
        "-q",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == PUBMED
    bib = tmp_path / "out.bib"
    result = run_cli("export", str(src), "-q", "-o", str(bib))
    assert result.returncode == 0, result.stderr
    entries = parse_bibtex(bib.read_text(encoding="utf-8"))
    assert [e.kind for e in entries][:3] == [Kind.JOURNAL_ARTICLE, Kind.PREPRINT, Kind.CHAPTER]
    assert entries[0].doi == "10.1000/tides.2024.41"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["PMID- 1", "TI  - T", "      more", "FAU - Li, W", "AU  - Li W", ""])
        | st.text(max_size=12),
        max_size=12,
    )
)
def test_any_text_gives_records_or_a_parse_error(lines: list[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        try:
            pubs = parse_medline("\n".join(lines))
        except ParseError:
            return
    assert pubs and all(pub.source_entry is not None for pub in pubs)


def test_a_record_cut_from_a_longer_export_is_detected_by_its_tag_lines() -> None:
    # (a PubMed record copied without its PMID line: the first tag is PMC, or a two-letter
    # tag with a three- or four-letter tag after it; RIS's TY line makes a file RIS)
    assert detect_format("cut.txt", "PMC - PMC1234567\nOWN - NLM\nTI  - A paper\n") == "medline"
    text = "TI  - A paper on\n      two lines\nFAU - Doe, Jane\nAU  - Doe J\n"
    assert detect_format("cut.txt", text) == "medline"
    [pub] = parse_medline(text)
    assert pub.title == "A paper on two lines"
    assert detect_format("x.txt", "TY  - JOUR\nTI  - A paper\nPMID- 1\nER  - \n") == "ris"
    assert detect_format("page.txt", "TI  - A paper\nAU  - Doe J\n") != "medline"


def test_issns_without_pubmed_labels_and_each_once() -> None:
    # (every real PubMed record: "IS  - 1879-1026 (Electronic)" and "IS  - 0048-9697
    # (Linking)" gave the issn "1879-1026 (Electronic); 0048-9697 (Linking)", which biber
    # takes for an invalid ISSN in every BibTeX export)
    text = (
        "PMID- 10000043\nTI  - On tides.\nFAU - Okafor, Ngozi A\nAU  - Okafor NA\n"
        "IS  - 1234-567X (Electronic)\nIS  - 1234-5670 (Print)\nIS  - 1234-5670 (Linking)\n"
        "DP  - 2024\nJT  - Journal of tides\nPT  - Journal Article\n"
    )
    [pub] = parse_medline(text)
    assert pub.extra["issn"] == "1234-567X; 1234-5670"
    assert to_medline([pub]) == text
    changed = attrs.evolve(pub, extra={**pub.extra, "issn": "2345-6789"})
    assert "IS  - 2345-6789\n" in to_medline([changed])
    odd = text.replace("1234-5670 (Print)", "see the journal's page")
    assert parse_medline(odd)[0].extra["issn"] == (
        "1234-567X (Electronic); see the journal's page; 1234-5670 (Linking)"
    )


def test_ovid_direct_export_is_told_apart_by_its_content(tmp_path: Path) -> None:
    # (Ovid's .ovd/.cgi: "<1. >" above each record's MEDLINE tag lines; read_any took
    # it for a profile page)
    text = (
        "<1. >\nVN  - Ovid Technologies\nDB  - Embase\nTI  - Peat Moss Counts.\n"
        "AU  - Fenwright O.\nYR  - 2019\n\n"
        "<2. >\nVN  - Ovid Technologies\nDB  - Embase\nTI  - Reed Bed Counts.\n"
        "AU  - Quintavalle R.\nYR  - 2020\n"
    )
    assert detect_format("export.ovd", text) == "medline"
    path = tmp_path / "export.cgi"
    path.write_text(text, encoding="utf-8")
    pubs = read_any(path)
    assert [(p.title, p.year) for p in pubs] == [
        ("Peat Moss Counts.", 2019),
        ("Reed Bed Counts.", 2020),
    ]


def test_csl_yaml_gets_a_clear_error() -> None:
    text = "---\nreferences:\n- id: fen2019\n  type: book\n  title: Peat Moss Counts\n"
    with pytest.raises(FormatError, match="CSL-YAML"):
        detect_format("refs.yaml", text)
