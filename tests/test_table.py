"""The table reader: CSV/TSV and JSON lines with the benchmark columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubrecords import ParseError, Publication, parse_table, read_any, read_table

HEADER = "id,title,authors,venue,year,pages,volume,publisher,doi,abstract"


def test_benchmark_shaped_row() -> None:
    text = (
        HEADER
        + "\n"
        + 'cora:7,"\'gambling in a rigged casino,\'","p. auer, n. cesa-bianchi, and r. e. schapire,",'
        + '"in proc. 36th focs,","1995,",pp. 322-331.,12,"ieee press,",10.1000/xyz,An abstract.\n'
    )
    [pub] = parse_table(text, path="cora.csv")
    assert pub.title == "'gambling in a rigged casino,'"
    assert [a.family for a in pub.authors] == ["auer", "cesa-bianchi", "schapire"]
    assert pub.authors_complete
    assert pub.venue == "in proc. 36th focs,"
    assert pub.year == 1995
    assert pub.pages == "pp. 322-331."
    assert pub.volume == "12"
    assert pub.publisher == "ieee press,"
    assert pub.doi == "10.1000/xyz"
    assert pub.abstract == "An abstract."
    assert pub.key == "cora:7"
    assert pub.identifiers == {"id": "cora:7"}
    [source] = pub.provenance
    assert (source.origin, source.path, source.row, source.key) == (
        "table",
        "cora.csv",
        1,
        "cora:7",
    )
    # the year was read out of free text: recorded as a repair
    [repair] = pub.repairs
    assert (repair.field, repair.before, repair.after) == ("year", "1995,", "1995")


def test_empty_cells_give_empty_fields_and_other_columns_go_to_extra() -> None:
    text = "title,id,keywords,note,year\nA Title,,graphs; trees,,\n"
    [pub] = parse_table(text)
    assert pub.title == "A Title"
    assert pub.key is None and pub.identifiers == {}
    assert pub.year is None and pub.venue is None and pub.abstract is None
    assert pub.authors == ()
    assert pub.extra == {"keywords": "graphs; trees"}
    assert pub.repairs == ()


def test_unreadable_year_is_kept_in_extra() -> None:
    [pub] = parse_table("title,year\nT,forthcoming\n")
    assert pub.year is None
    assert pub.extra["year"] == "forthcoming"
    [pub] = parse_table("title,year\nT,1999-2001\n")
    assert pub.year is None and pub.extra["year"] == "1999-2001"


def test_rows_are_numbered_from_one_and_blank_lines_skipped() -> None:
    text = 'id,title\n\na,First\n\nb,"Second\nwith a line break"\nc,Third\n'
    pubs = parse_table(text, path="t.csv")
    assert [p.provenance[0].row for p in pubs] == [1, 2, 3]
    assert pubs[1].title == "Second\nwith a line break"


def test_known_optional_columns() -> None:
    text = "title,url,issue,month,kind,arxiv\nT,https://x.org,3,Sept,journal-article,2101.00001\n"
    [pub] = parse_table(text)
    assert pub.url == "https://x.org" and pub.issue == "3" and pub.month == 9
    assert pub.kind.value == "journal-article" and pub.arxiv_id == "2101.00001"
    [pub] = parse_table("title,month,kind\nT,Smarch,poem\n")
    assert pub.month is None and pub.extra == {"month": "Smarch", "kind": "poem"}


def test_tab_separated() -> None:
    [pub] = parse_table("id\ttitle\tyear\nx\tTabs, Commas\t2001\n")
    assert pub.title == "Tabs, Commas" and pub.year == 2001


def test_html_entities_in_authors_are_decoded_before_splitting() -> None:
    [pub] = parse_table('title,authors\nT,"Matthias Jarke, Ralf K&#246; ller"\n')
    assert len(pub.authors) == 2
    assert "Köller" in str(pub.authors[1])
    assert any(r.field == "authors" and r.action == "decoded" for r in pub.repairs)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("id,title\na,b,c\n", 2, "3 fields"),
        ("id,title\na,b\nc\n", 3, "1 fields"),
        ('id,title\na,"unclosed\n', 2, "malformed CSV"),
        ('id,title\na,"x"y\n', 2, "malformed CSV"),
        ("id,name\na,b\n", 1, "no 'title' column"),
        ("title,title\na,b\n", 1, "appears twice"),
        ("title,\na,b\n", 1, "empty column name"),
    ],
)
def test_bad_csv_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_table(text, path="bad.csv")
    assert info.value.line == line
    assert words in str(info.value)
    assert str(info.value).startswith(f"bad.csv:{line}:")


def test_empty_and_header_only() -> None:
    assert parse_table("") == []
    assert parse_table(HEADER + "\n") == []


def test_jsonl() -> None:
    text = (
        '{"id": "a", "title": "Graphs", "authors": ["Grace Hopper", {"family": "Liskov", '
        '"given": "Barbara"}], "year": 1952, "tags": ["x", "y"], "score": 1.5}\n'
        "\n"
        '{"id": "b", "title": "Trees", "authors": "A. Turing and A. Church", "year": "1936."}\n'
    )
    a, b = parse_table(text, path="r.jsonl", format="jsonl")
    assert [str(p) for p in a.authors] == ["Grace Hopper", "Barbara Liskov"]
    assert a.year == 1952 and a.extra == {"tags": '["x", "y"]', "score": "1.5"}
    assert a.provenance[0].row == 1 and b.provenance[0].row == 2
    assert [p.family for p in b.authors] == ["Turing", "Church"]
    assert b.year == 1936


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('{"title": "a"}\n{"title": \n', 2, "not valid JSON"),
        ('{"title": "a"}\n\n[1, 2]\n', 3, "expected a JSON object"),
        ('{"id": "x"}\n', 1, "no 'title'"),
        ('{"title": "a", "authors": [1]}\n', 1, "not a name"),
        ("[" * 100000 + "]" * 100000 + "\n", 1, "JSON"),
    ],
)
def test_bad_jsonl_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_table(text, format="jsonl")
    assert info.value.line == line
    assert words in str(info.value)


def test_read_table_and_read_any(tmp_path: Path) -> None:
    csv_path = tmp_path / "refs.csv"
    csv_path.write_text(HEADER + "\nr1,On Tables,Ada Lovelace,,1843,,,,,\n", encoding="utf-8")
    [pub] = read_table(csv_path)
    assert pub.title == "On Tables" and pub.provenance[0].path == str(csv_path)
    assert read_any(csv_path) == [pub]
    jsonl = tmp_path / "refs.jsonl"
    jsonl.write_text('{"title": "On Lines"}\n', encoding="utf-8")
    assert [p.title for p in read_table(jsonl)] == ["On Lines"]


def test_reads_the_shared_benchmark_tables() -> None:
    from conftest import shared_path

    for name, count in (("cora", 1295), ("dblp_acm", 4910)):
        pubs = read_table(shared_path("benchmarks", "dedup", name, "records.csv"))
        assert len(pubs) == count
        assert all(p.key and p.identifiers["id"] == p.key for p in pubs)
        assert len({p.key for p in pubs}) == count


# --------------------------------------------------------------------------- properties

_cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_cell, _cell, _cell, _cell, _cell), max_size=8))
def test_csv_round_trip(rows: list[tuple[str, str, str, str, str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "title", "venue", "pages", "note"])
    writer.writerows(rows)
    pubs = parse_table(out.getvalue())
    # rows of nothing but blank cells carry no record: skipped by design
    kept = [r for r in rows if any(c.strip() for c in r)]
    assert len(pubs) == len(kept)
    for pub, (rid, title, venue, pages, note) in zip(pubs, kept, strict=True):
        # pandas' missing-value tokens ("NA", "-", ...) read as empty cells (issue #14)
        assert pub.title == _value(title)
        assert pub.key == (_value(rid) or None)
        assert pub.venue == (_value(venue) or None)
        assert pub.pages == (_value(pages) or None)
        assert pub.extra.get("note", "") == _value(note)


_MISSING = {"NA", "N/A", "n/a", "NaN", "-NaN", "nan", "-nan", "NULL", "null", "None", "-"}
_MISSING |= {"#N/A", "#N/A N/A", "#NA", "<NA>"}


def _value(cell: str) -> str:
    return "" if cell.strip() in _MISSING else cell.strip()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_cell, st.one_of(st.none(), st.integers(1000, 2100))), max_size=6))
def test_jsonl_round_trip(rows: list[tuple[str, int | None]]) -> None:
    text = "\n".join(json.dumps({"title": t, "year": y}) for t, y in rows)
    pubs = parse_table(text, format="jsonl")
    assert [(p.title, p.year) for p in pubs] == [(_value(t), y) for t, y in rows]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_reads_or_fails_cleanly(text: str) -> None:
    for fmt in ("csv", "jsonl"):
        try:
            pubs = parse_table(text, format=fmt)  # type: ignore[arg-type]
        except ParseError as exc:
            assert exc.line is not None
        else:
            assert all(isinstance(p, Publication) for p in pubs)


# Columns the planned row reader (one column per field, an author column) and the general
# one must read alike: known ones of several tools, page start/end, kinds, ids, unknown ones.
_PLAN_COLUMNS = (
    "key", "item type", "publication year", "author", "title", "publication title", "doi",
    "url", "abstract note", "date", "pages", "issue", "volume", "publisher", "notes",
    "start page", "end page", "arxiv_id", "month", "pmid", "issn", "some column",
)  # fmt: skip
_PLAN_CELLS = st.one_of(
    _cell,
    st.sampled_from(
        (
            "", "NA", "-", "2019", "2019-05-17", "1/9/2023", "May 2020", "journalArticle",
            "thesis", "Preprint kind", "arXiv preprint arXiv:1810.13278", "arXiv",
            "10.1016/j.jvs.2017.03.363", "doi 10.1000/ABC", "https://doi.org/10.1000/x y",
            "https://arxiv.org/abs/2101.00001", "Ada Lovelace; Charles Babbage", "Lovelace, A.",
            "Jane Doe and others", "221-8", "12", "e0143396",
        )
    ),
)  # fmt: skip


@pytest.mark.filterwarnings("ignore::pubrecords.ParseWarning")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_PLAN_COLUMNS), min_size=1, max_size=10, unique=True),
    st.lists(st.lists(_PLAN_CELLS, min_size=10, max_size=10), max_size=6),
)
def test_planned_rows_read_as_the_general_reader_reads_them(
    columns: list[str], rows: list[list[str]]
) -> None:
    from unittest import mock

    from pubrecords.formats import table

    header = ["title", "author", *[c for c in columns if c not in ("title", "author")]]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(row[: len(header)] for row in rows)
    text = out.getvalue()

    def everything(pubs: list[Publication]) -> list[tuple[object, ...]]:
        return [
            (p, list(p.extra.items()), p.identifiers, p.repairs, p.provenance, p.kind) for p in pubs
        ]

    try:
        planned = everything(parse_table(text))
    except ParseError as exc:
        planned_error: str | None = str(exc)
    else:
        planned_error = None
    with mock.patch.object(table._CsvRows, "record", table._CsvRows.publication):
        try:
            general = everything(parse_table(text))
        except ParseError as exc:
            assert planned_error == str(exc)
            return
    assert planned_error is None
    assert planned == general


def test_a_month_of_a_superscript_digit_is_kept_not_a_crash() -> None:
    # found by the property test above: "²" is a digit to str.isdigit, not to int()
    [pub] = parse_table("title,month,year\nT,²,2020\n")
    assert (pub.year, pub.month, pub.extra["month"]) == (2020, None, "²")


@pytest.mark.parametrize(
    "end", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
)
def test_a_character_other_readers_end_lines_at_stays_inside_its_cell(end: str) -> None:
    # (the reader splits the text with str.splitlines where it may: not where the text
    # holds a character splitlines ends lines at and the csv module does not)
    text = f'title,year\r\nOn{end}Tables,2020\r\n"Quoted{end}\r\nTitle",2021\n'
    pubs = parse_table(text)
    assert [(p.title, p.year) for p in pubs] == [
        (f"On{end}Tables", 2020),
        (f"Quoted{end}\r\nTitle", 2021),
    ]
    assert [p.provenance[0].row for p in pubs] == [1, 2]
