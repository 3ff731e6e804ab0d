"""Web of Science plain text: reading, writing back without loss, bad input, CLI."""

from __future__ import annotations

import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from pubrecords import (
    Kind,
    ParseError,
    ParseWarning,
    Person,
    Publication,
    PubrecordsWarning,
    detect_format,
    parse_bibtex,
    parse_wos,
    read_any,
    to_wos,
    write_wos,
)

# Invented records in Web of Science's layout: a journal article (authors, addresses and
# cited references one a line, a wrapped title and abstract), a proceedings paper in a
# series with a group author, a book review, a chapter, and a record with AU names only.
WOS = """FN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Okafor, NA
   van der Berg, P
AF Okafor, Ngozi A.
   van der Berg, Pieter
TI Tidal rhythms of sleep in coastal towns: a cohort study over
   ten years
SO JOURNAL OF COASTAL RHYTHMS
LA English
DT Article
DE tides; sleep; coastal
   towns
ID CIRCADIAN
AB Sleep follows the tide. We counted
   nights.
C1 [Okafor, Ngozi A.] Harbour Univ, Port Vell, Spain.
   [van der Berg, Pieter] Dune Inst, Texel, Netherlands.
CR Haddad S, 2019, J SLEEP RES, V3, P1
   Lindqvist E, 2020, NATURE, V1, P2
NR 2
TC 4
SN 1234-5678
PD MAR 12
PY 2024
VL 41
IS 3
BP 211
EP 219
DI 10.1000/tides.2024.41
UT WOS:000000000000001
PM 39000001
ER

PT S
AU Silva, A
AF Silva, Ana
CA Coastal Sleep Consortium
TI Tides and naps
SO LECTURE NOTES IN SLEEP
DT Proceedings Paper
CT 3rd Workshop on Tides
PY 2019
BP 1
EP 9
UT WOS:000000000000002
ER

PT J
AU Moreau, C
TI Night shifts, by Yui Tanaka
SO SLEEP REVIEW
DT Book Review
PY 2020
UT WOS:000000000000003
ER

PT B
AU Tanaka, Y
TI Night work
SO HANDBOOK OF SLEEP
DT Book Chapter
PU HARBOUR PRESS
PY 2020
UT WOS:000000000000004
ER

PT J
AU LINDQVIST, E
TI SEA AND SLUMBER
SO SLEEP
DT Note
PY 1979
ER

EF
"""


def _lines(text: str) -> list[str]:
    return [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def test_records() -> None:
    article, paper, review, chapter, old = parse_wos(WOS, path="w.txt")
    assert article.title == (
        "Tidal rhythms of sleep in coastal towns: a cohort study over ten years"
    )
    assert [(a.given, a.particle, a.family) for a in article.authors] == [
        ("Ngozi A.", "", "Okafor"),
        ("Pieter", "van der", "Berg"),
    ]
    assert (article.kind, article.venue, article.year, article.month) == (
        Kind.JOURNAL_ARTICLE,
        "JOURNAL OF COASTAL RHYTHMS",
        2024,
        3,
    )
    assert (article.volume, article.issue, article.pages, article.doi) == (
        "41",
        "3",
        "211-219",
        "10.1000/tides.2024.41",
    )
    assert article.identifiers == {"wos": "WOS:000000000000001", "pmid": "39000001"}
    assert article.abstract == "Sleep follows the tide. We counted nights."
    assert article.extra["keywords"] == "tides; sleep; coastal towns"
    assert article.extra["CR"] == (
        "Haddad S, 2019, J SLEEP RES, V3, P1\nLindqvist E, 2020, NATURE, V1, P2"
    )
    assert article.extra["C1"].count("\n") == 1 and article.extra["issn"] == "1234-5678"
    assert "AU" not in article.extra  # (the short names go with the full ones: the authors)
    assert article.provenance[0].line == 3 and article.provenance[0].key == "WOS:000000000000001"
    assert paper.kind is Kind.CONFERENCE_PAPER and paper.extra["CT"] == "3rd Workshop on Tides"
    assert [str(a) for a in paper.authors] == ["Ana Silva", "Coastal Sleep Consortium"]
    assert paper.authors[1].literal == "Coastal Sleep Consortium"
    assert review.kind is Kind.BOOK_REVIEW
    assert (chapter.kind, chapter.venue, chapter.publisher) == (
        Kind.CHAPTER,
        "HANDBOOK OF SLEEP",
        "HARBOUR PRESS",
    )
    assert (old.kind, old.authors[0].family, old.identifiers) == (
        Kind.JOURNAL_ARTICLE,
        "LINDQVIST",
        {},
    )
    assert to_wos([article, paper, review, chapter, old]) == WOS


def test_old_isi_authors_on_one_line_and_the_page_span() -> None:
    # JabRef's IsiImporterTestMedline.isi: seven authors on one AU line became one person
    text = "PT J\nAU Joffe, Hadine; Hall, Janet E; Gruber, Staci\nTI T\nPS 2457-71\nER\n"
    [pub] = parse_wos(text)
    assert [(a.family, a.given) for a in pub.authors] == [
        ("Joffe", "Hadine"),
        ("Hall", "Janet E"),
        ("Gruber", "Staci"),
    ]
    assert pub.pages == "2457-71" and "PS" not in pub.extra
    assert to_wos([pub]).split("VR 1.0\n", 1)[1] == text + "\nEF\n"
    changed = to_wos([attrs.evolve(pub, pages="1-9")])
    assert "BP 1\nEP 9\n" in changed and "PS " not in changed


def test_crlf_bom_and_a_file_without_header_or_ef() -> None:
    [pub] = parse_wos("\ufeffPT J\r\nTI One\r\n   two\r\nER\r\n")
    assert pub.title == "One two"
    assert to_wos([pub]) == (
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI One\n   two\nER\n\nEF\n"
    )


def test_two_files_give_one_header_and_one_ef() -> None:
    pubs = parse_wos(WOS)[:1] + parse_wos(WOS.replace("Analytics", "Reuters"))[1:2]
    text = to_wos(pubs)
    assert text.count("FN ") == 1 and text.count("\nEF\n") == 1
    assert [p.title for p in parse_wos(text)] == [p.title for p in pubs]


def test_a_changed_record_rewrites_only_what_changed() -> None:
    article = parse_wos(WOS)[0]
    changed = attrs.evolve(article, title="Tidal rhythms of sleep", volume="42")
    old, new = _lines(to_wos([article])), _lines(to_wos([changed]))
    assert [line for line in old if line not in new] == [
        "TI Tidal rhythms of sleep in coastal towns: a cohort study over",
        "   ten years",
        "VL 41",
    ]
    assert [line for line in new if line not in old] == ["TI Tidal rhythms of sleep", "VL 42"]


def test_changed_authors_kind_date_and_pages() -> None:
    old = parse_wos(WOS)[4]
    changed = attrs.evolve(
        old,
        authors=[Person(given="Ana María", particle="de la", family="Cruz"), Person(literal="G")],
        kind=Kind.CONFERENCE_PAPER,
        year=2021,
        month=5,
        pages="e101-e109",
        doi="10.1000/new",
    )
    text = to_wos([changed])
    assert "AU de la Cruz, AM\nAF de la Cruz, Ana María\nCA G\n" in text
    assert "PT S\nDT Proceedings Paper\n" in text
    [again] = parse_wos(text)
    for name in ("authors", "kind", "year", "month", "pages", "doi", "title"):
        assert getattr(again, name) == getattr(changed, name), name


_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZé", min_size=1, max_size=8
)
_text = st.lists(_word, min_size=1, max_size=6).map(" ".join)
_person = st.builds(
    Person,
    given=st.sampled_from(["Ada", "Jan", "Li", "José", "Ana María", "Ngozi A."]),
    family=st.sampled_from(["Lovelace", "Berg", "Wang", "Hernández", "Okafor"]),
    particle=st.sampled_from(["", "", "van der", "de"]),
)
_publication = st.builds(
    Publication,
    title=_text,
    authors=st.lists(_person, max_size=3).flatmap(
        lambda people: st.lists(st.builds(Person, literal=_text), max_size=2).map(
            lambda groups: people + groups
        )
    ),
    year=st.none() | st.integers(1500, 2100),
    month=st.none() | st.integers(1, 12),
    venue=st.none() | _text,
    kind=st.sampled_from(
        [Kind.JOURNAL_ARTICLE, Kind.BOOK_REVIEW, Kind.CONFERENCE_PAPER, Kind.CHAPTER, Kind.BOOK]
    ),
    doi=st.none() | _word.map(lambda w: f"10.1000/{w}"),
    volume=st.none() | st.integers(1, 300).map(str),
    issue=st.none() | st.integers(1, 30).map(str),
    pages=st.none() | st.sampled_from(["1-9", "e1234", "211-219"]),
    publisher=st.none() | _text,
    abstract=st.none() | _text,
    identifiers=st.fixed_dictionaries(
        {}, optional={"wos": st.just("WOS:000000000000009"), "pmid": st.just("12")}
    ),
    extra=st.fixed_dictionaries(
        {}, optional={"keywords": _text, "language": _word, "CR": _text, "TC": st.just("3")}
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_publication)
def test_generated_records_written_from_the_model_read_back(pub: Publication) -> None:
    if pub.year is None:
        pub = attrs.evolve(pub, month=None)
    [again] = parse_wos(to_wos([pub]))
    assert attrs.evolve(again, provenance=(), source_entry=None) == pub


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(range(5)),
    st.sampled_from(["title", "venue", "volume", "issue", "abstract", "publisher", "doi"]),
    _text,
)
def test_generated_changes_read_back(which: int, field: str, value: str) -> None:
    pub = parse_wos(WOS)[which]
    changed = attrs.evolve(pub, **{field: value})
    [again] = parse_wos(to_wos([changed]))
    assert attrs.evolve(again, provenance=(), source_entry=None) == attrs.evolve(
        changed, provenance=(), source_entry=None
    )


_field = st.tuples(
    st.sampled_from(["AU", "AF", "TI", "SO", "PY", "AB", "CR", "C1", "WC", "Z9"]),
    st.lists(_text, min_size=1, max_size=3),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_field, max_size=8), min_size=1, max_size=4))
def test_generated_wos_round_trips(records: list[list[tuple[str, list[str]]]]) -> None:
    body = "\n\n".join(
        "\n".join(
            ["PT J"]
            + [f"{tag} {parts[0]}" + "".join(f"\n   {p}" for p in parts[1:]) for tag, parts in r]
            + ["ER"]
        )
        for r in records
    )
    text = f"FN Clarivate Analytics Web of Science\nVR 1.0\n{body}\n\nEF\n"
    pubs = parse_wos(text)
    assert len(pubs) == len(records)
    assert to_wos(pubs) == text


def test_what_wos_cannot_hold_is_named_in_a_warning() -> None:
    pub = Publication(title="T", key="doe2020", url="https://x.org", extra={"note": "n"})
    with pytest.warns(
        PubrecordsWarning,
        match=r"key \(1\), kind unknown \(written as PT J\) \(1\), note \(1\), url \(1\)",
    ):
        text = to_wos([pub])
    [again] = parse_wos(text)
    assert (again.title, again.url, again.extra) == ("T", None, {})
    for kind in (Kind.THESIS, Kind.SOFTWARE):  # (every record is written, whatever its kind)
        with pytest.warns(PubrecordsWarning, match=f"kind {kind.value}"):
            [again] = parse_wos(to_wos([Publication(title="T", kind=kind)]))
        assert again.title == "T"


def test_write_wos(tmp_path: Path) -> None:
    out = tmp_path / "savedrecs.txt"
    write_wos(parse_wos(WOS), out)
    assert out.read_text(encoding="utf-8") == WOS


# ---------------------------------------------------------------- bad input


def test_malformed_records_are_skipped_with_a_warning_and_kept() -> None:
    text = WOS.replace("PT B\n", "PT B\nXX bad\x01\n").replace("TI SEA AND SLUMBER\n", "")
    text = text.replace("PY 1979\nER\n", "PY 1979\n")
    with pytest.warns(ParseWarning) as got:
        pubs = parse_wos(text, path="w.txt")
    assert [p.identifiers.get("wos") for p in pubs] == [
        "WOS:000000000000001",
        "WOS:000000000000002",
        "WOS:000000000000003",
    ]
    messages = [str(w.message) for w in got]
    assert "w.txt:" in messages[0] and "control characters" in messages[0]
    assert "has no ER" in messages[1]
    assert _lines(to_wos(pubs)) == _lines(text)


@pytest.mark.parametrize("text", ["PT J\nTI x\n", "PT J\nTI \x02\nER\n"])
def test_strict_raises(text: str) -> None:
    with pytest.raises(ParseError, match=r"^s\.txt:1: "):
        parse_wos(text, path="s.txt", strict=True)


@pytest.mark.parametrize("text", ["", "FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n"])
def test_no_records_is_an_error(text: str) -> None:
    with pytest.raises(ParseError, match="no Web of Science records"):
        parse_wos(text)


# ---------------------------------------------------------------- files and CLI


def test_detect_and_read_any(tmp_path: Path) -> None:
    assert detect_format("savedrecs.txt", WOS) == "wos"
    assert detect_format("export.txt", "PT J\nAU Li, W\n") == "wos"
    assert detect_format("x.ciw", "") == "wos"
    assert detect_format("wos-export.ris", WOS) == "wos"  # (content over a wrong suffix)
    assert detect_format("pubmed.ris", "PMID- 1\nTI  - T\n") == "medline"
    assert detect_format("real.ris", "TY  - JOUR\nER  - \n") == "ris"
    path = tmp_path / "savedrecs.txt"
    path.write_text(WOS, encoding="utf-8")
    got = read_any(path)
    assert isinstance(got, list) and len(got) == 5


def test_cli_reads_wos_and_writes_it_back(tmp_path: Path) -> None:
    src = tmp_path / "savedrecs.txt"
    src.write_text(WOS, encoding="utf-8")
    out = tmp_path / "out.txt"
    args = ("--no-clean", "--keep-duplicates", "-q", "-o", str(out))
    result = run_cli("export", str(src), "--to", "wos", *args)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == WOS
    bib = tmp_path / "out.bib"
    result = run_cli("export", str(src), "-q", "-o", str(bib))
    assert result.returncode == 0, result.stderr
    entries = parse_bibtex(bib.read_text(encoding="utf-8"))
    assert [e.kind for e in entries][:2] == [Kind.JOURNAL_ARTICLE, Kind.CONFERENCE_PAPER]
    assert entries[0].doi == "10.1000/tides.2024.41"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["PT J", "ER", "EF", "FN x", "VR 1.0", "AU Li, W", "   Wang, X", ""])
        | st.text(max_size=12),
        max_size=12,
    )
)
def test_any_text_gives_records_or_a_parse_error(lines: list[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        try:
            pubs = parse_wos("\n".join(lines))
        except ParseError:
            return
    for pub in pubs:
        assert pub.source_entry is not None and pub.source_entry.raw.startswith("PT ")
