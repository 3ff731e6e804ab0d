"""CSL-JSON export and import: schema validity, types, names, dates, errors, round trip."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator

from conftest import shared_path
from export_strategies import invented_records, publication
from pubrecords import (
    FormatError,
    InputError,
    Kind,
    Person,
    Publication,
    citation_keys,
    from_csl,
    read_csl_json,
    to_bibtex,
    to_csl,
    to_csl_json,
    write_csl_json,
)


@pytest.fixture(scope="module")
def validator() -> Draft7Validator:
    path = shared_path("tools", "export-validators", "csl-data.json")
    return Draft7Validator(json.loads(path.read_text(encoding="utf-8")))


def test_items_are_valid_against_the_official_schema(validator: Draft7Validator) -> None:
    items = to_csl(invented_records())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(items)]
    assert errors == []
    for item in items:
        for _var, value in item.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                assert all(n.get("family") or n.get("literal") for n in value), item["id"]


def test_ids_are_the_bibtex_keys() -> None:
    pubs = invented_records()
    items = to_csl(pubs, key_pattern="{author}{year}")
    keys = citation_keys(pubs, "{author}{year}")
    assert [i["id"] for i in items] == [i["citation-key"] for i in items] == keys
    bib_keys = [
        line[line.index("{") + 1 : -1]
        for line in to_bibtex(pubs).splitlines()
        if line.startswith("@")
    ]
    assert [i["id"] for i in to_csl(pubs)] == bib_keys


@pytest.mark.parametrize(
    ("kind", "ctype"),
    [
        ("journal-article", "article-journal"),
        ("conference-paper", "paper-conference"),
        ("preprint", "article"),
        ("book-review", "review-book"),
        ("thesis", "thesis"),
        ("book", "book"),
        ("chapter", "chapter"),
        ("report", "report"),
        ("dataset", "dataset"),
        ("software", "software"),
        ("webpage", "webpage"),
        ("other", "document"),
        ("unknown", "document"),
    ],
)
def test_types(kind: str, ctype: str) -> None:
    (item,) = to_csl([Publication(title="T", kind=kind)])
    assert item["type"] == ctype
    assert from_csl([item])[0].kind is Kind(kind)


def test_fields_names_and_dates() -> None:
    pub = Publication(
        title="Scalable BibTeX processing",
        authors=(
            Person(given="Johannes Diderik", particle="van der", family="Waals"),
            Person(given="Martin Luther", family="King", suffix="Jr."),
            Person(literal="World Health Organization"),
        ),
        authors_complete=False,
        year=2016,
        month=3,
        venue="JMLR",
        doi="10.1000/x",
        url="https://example.org",
        abstract="An abstract with 50% & \\LaTeX{}",
        pages="1-10",
        arxiv_id="1601.00001",
        kind="journal-article",
    )
    (item,) = to_csl([pub])
    assert item["author"][0] == {
        "family": "Waals",
        "given": "Johannes Diderik",
        "non-dropping-particle": "van der",
    }
    assert item["author"][1]["suffix"] == "Jr."
    assert item["author"][2] == {"literal": "World Health Organization"}
    assert item["author"][-1] == {"literal": "others"}
    assert item["issued"] == {"date-parts": [[2016, 3]]}
    assert (item["DOI"], item["URL"], item["page"], item["container-title"]) == (
        "10.1000/x",
        "https://example.org",
        "1-10",
        "JMLR",
    )
    assert item["abstract"] == pub.abstract  # JSON needs no escaping
    assert (item["archive"], item["archive_location"]) == ("arXiv", "1601.00001")


BAD = [
    ("author_string.json", "'author' must be a list"),
    ("name_keys.json", "neither 'family'"),
    ("not_array.json", "must be an array"),
]


@pytest.mark.parametrize(("name", "message"), BAD)
def test_bad_items_name_the_item(name: str, message: str) -> None:
    path = shared_path("tools", "export-validators", "examples", "bad", name)
    with pytest.raises(FormatError) as info:
        read_csl_json(path) if name != "not_array.json" else from_csl(json.loads(path.read_text()))
    assert message in str(info.value)
    if name != "not_array.json":
        assert "item 1 (id 'x1')" in str(info.value)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"id": "a", "title": ["x"]}, "'title' must be a string"),
        ({"id": "a", "issued": {"date-parts": "2020"}}, "date-parts"),
        ({"id": "a", "issued": {"date-parts": [["20x0"]]}}, "year must be a number"),
        ({"id": "a", "author": [{"family": 3}]}, "neither"),
        ({"id": "a", "author": ["Doe"]}, "must be a name object"),
        ({"id": ["a"]}, "'id' must be"),
        (7, "must be an object"),
    ],
)
def test_malformed_items(item: object, message: str) -> None:
    with pytest.raises(FormatError) as info:
        from_csl([{"id": "ok", "type": "book", "title": "Fine"}, item], path="refs.json")
    text = str(info.value)
    assert message in text and "item 2" in text and text.startswith("refs.json")


def test_lenient_on_what_csl_allows() -> None:
    pub = from_csl(
        [
            {
                "id": 12,
                "type": "article-magazine",
                "title": "T",
                "issued": {"date-parts": [["2016", "3"]]},
                "volume": 3,
                "page": 12,
            },
            {"id": "e", "type": "speech", "issued": "2016-03"},
            {"id": "r", "type": "book", "issued": {"raw": "March 2016"}},
        ]
    )
    assert (pub[0].key, pub[0].year, pub[0].month, pub[0].volume, pub[0].pages) == (
        "12",
        2016,
        3,
        "3",
        "12",
    )
    assert pub[0].kind is Kind.JOURNAL_ARTICLE
    assert (pub[1].kind, pub[1].year, pub[1].month) == (Kind.OTHER, 2016, 3)
    assert pub[2].year == 2016


def test_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pubs = invented_records()
    for indent in (None, 2):
        path = tmp_path / f"refs{indent}.json"
        write_csl_json(pubs, path, indent=indent)
        assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)
        back = read_csl_json(path)
        assert [p.title for p in back] == [p.title for p in pubs]
        assert back[0].provenance[0].origin == "csl-json"
        assert back[0].provenance[0].path == str(path)
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    with pytest.raises(FormatError):
        read_csl_json(tmp_path / "bad.json")
    with pytest.raises(InputError):
        read_csl_json(tmp_path / "missing.json")


def expected_from_csl(x: Publication, key: str) -> Publication:
    """``x`` as CSL-JSON carries it: every field except provenance, repairs, merged_from
    and related (and a person's identifiers and aliases); the key becomes the item id."""
    return attrs.evolve(
        x,
        authors=tuple(attrs.evolve(p, identifiers={}, aliases=()) for p in x.authors),
        key=key,
        provenance=(),
        repairs=(),
        merged_from=(),
        related=(),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(publication())
def test_round_trip(x: Publication) -> None:
    items = to_csl([x])
    (back,) = from_csl(json.loads(json.dumps(items)))
    assert attrs.evolve(back, provenance=()) == expected_from_csl(x, items[0]["id"])


def dumps_lines(items: list[dict[str, object]]) -> str:
    """The one-item-a-line text ``to_csl_json`` promises: ``json.dumps`` of each item."""
    if not items:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(publication(), max_size=4))
def test_csl_json_text_is_json_dumps_of_the_items(pubs: list[Publication]) -> None:
    # to_csl_json writes the text directly (without the dicts): byte for byte what
    # json.dumps writes for to_csl's items, shared people and repeated venues included
    pubs = pubs + pubs[:1]
    assert to_csl_json(pubs) == dumps_lines(to_csl(pubs))
    assert to_csl_json(pubs, key_pattern="{authors}-{shorttitle}") == dumps_lines(
        to_csl(pubs, key_pattern="{authors}-{shorttitle}")
    )
    assert json.loads(to_csl_json(pubs, indent=2)) == to_csl(pubs)


def test_csl_json_text_of_odd_values() -> None:
    # control characters, DEL, quotes, backslashes, non-ASCII, long and short strings
    odd = 'a"b\\c\x7fd\x01e\u2028f\U0001f600 ' * 5
    doe = Person(given="Jane\x7f", family='D"oe')
    pubs = [
        Publication(title=odd, abstract=odd * 10, venue=odd[:20], authors=[doe], year=-44),
        Publication(title="Plain", abstract="x" * 200, venue="V", authors=[doe], month=3),
        Publication(title="del\x7f", venue="v\x7f", abstract="y" * 100 + "\x7f\t", doi="\n"),
        Publication(
            title="Other",
            kind="other",
            extra={"note": odd, "isbn": "1", "custom field": "\x7f"},
            identifiers={"dblp": "conf/x"},
            hidden_authors=3,
            authors_complete=False,
            abstract_complete=False,
            arxiv_id="2301.00001",
            pages="1-2",
        ),
    ]
    assert to_csl_json(pubs) == dumps_lines(to_csl(pubs))
    assert to_csl_json([]) == "[]\n"


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(['"', "\\", "\x00", "\x1f", "\x7f", "\n", "é", "中文", "😀", "\ud800"]),
            st.text(max_size=4),
            st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
        ),
        max_size=20,
    ).map("".join)
)
def test_json_string_fast_path_agrees_with_json_dumps(text: str) -> None:
    # long text without anything to escape is quoted as it is, short text goes through
    # the C encoders: both must write what json.dumps writes
    from pubrecords.formats.csl import _json_str

    assert _json_str(text) == json.dumps(text, ensure_ascii=False)
    long_text = text * (65 // max(len(text), 1) + 1)
    assert _json_str(long_text) == json.dumps(long_text, ensure_ascii=False)


@pytest.mark.parametrize("item", [{}, {"a": 1}, {"note": "x", "page": "2"}])
def test_an_object_without_any_item_key_is_not_read_as_an_empty_record(
    item: dict[str, object],
) -> None:
    with pytest.raises(FormatError, match="CSL-JSON item 1: not a CSL item"):
        from_csl([item])
    # one key of an item is enough: a sloppy but real item still reads
    (pub,) = from_csl([{**item, "title": "Tidal Engines"}])
    assert pub.title == "Tidal Engines"
