"""Nothing is lost silently across formats: every value a record holds in ``extra`` or in
its identifiers is in what a writer gives, or the writer's warning names it."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from pubrecords import (
    Kind,
    Person,
    Publication,
    parse_bibtex,
    parse_csl_json,
    parse_ris,
    to_bibtex,
    to_csl_json,
    to_medline,
    to_ris,
    to_table,
    to_wos,
)

WRITERS: dict[str, Callable[[list[Publication]], str]] = {
    "bibtex": to_bibtex,
    "ris": to_ris,
    "csl-json": to_csl_json,
    "medline": to_medline,
    "wos": to_wos,
    "csv": to_table,
}


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", unidecode(text))]


def _written(value: str, output: str) -> bool:
    """Whether every word of ``value`` is in ``output`` (delimiters, LaTeX and JSON escapes
    and line breaks aside)."""
    flat = "".join(_words(output.replace("\\n", "\n")))
    return all(word in flat for word in _words(value))


def _lost(pub: Publication, writer: str) -> list[str]:
    """The extra keys and identifiers of ``pub`` that ``writer`` neither writes nor names."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        output = WRITERS[writer]([pub])
    said = " ".join(str(w.message) for w in caught)
    lost = [
        name
        for name, value in pub.extra.items()
        if value.strip() and not _written(value, output) and name not in said
    ]
    lost += [
        f"identifiers.{name}"
        for name, value in pub.identifiers.items()
        if value and not _written(value, output) and f"identifiers.{name}" not in said
    ]
    return lost


# extra keys as real readers make them: a RIS reader's names, a table's column names, a
# MEDLINE tag, BibTeX fields (some a type cannot hold), and names nobody knows
_KEYS = st.sampled_from(
    [
        "accession_number",
        "author_address",
        "date added",
        "Library Catalog",
        "OWN",
        "CRDT",
        "crossref",
        "langid",
        "timestamp",
        "editor",
        "keywords",
        "isbn",
        "address",
        "doi",
        "month",
        "custom3",
        "record_id",
    ]
) | st.from_regex(r"[a-z][a-z_]{2,12}", fullmatch=True)
_VALUES = st.from_regex(r"[A-Z][a-z]{2,8}( [A-Za-z0-9]{3,8}){0,3}", fullmatch=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    writer=st.sampled_from(sorted(WRITERS)),
    kind=st.sampled_from(list(Kind)),
    extra=st.dictionaries(_KEYS, _VALUES, max_size=5),
    identifiers=st.dictionaries(
        st.sampled_from(["pmid", "pmcid", "wos", "eid"]), _VALUES, max_size=2
    ),
)
def test_every_value_is_written_or_named(
    writer: str, kind: Kind, extra: dict[str, str], identifiers: dict[str, str]
) -> None:
    pub = Publication(
        title="Sorting Invented Pebbles",
        authors=(Person(given="Jane", family="Doe"),),
        year=2020,
        venue="Journal of Pebbles",
        kind=kind,
        extra=extra,
        identifiers=identifiers,
    )
    assert _lost(pub, writer) == []


def test_bibtex_names_what_no_field_takes() -> None:
    # a RIS record's accession number and author address, a table's "Date Added" column,
    # a PubMed id: no BibTeX field holds them, and the warning says so
    pub = Publication(
        title="Counting pebbles",
        year=2021,
        kind=Kind.JOURNAL_ARTICLE,
        venue="Journal of Pebbles",
        extra={"accession_number": "12345", "Date Added": "2022-05-17", "keywords": "stones"},
        identifiers={"pmid": "31234567"},
    )
    with pytest.warns(UserWarning, match="values with no BibTeX field") as caught:
        bib = to_bibtex([pub])
    message = " ".join(str(w.message) for w in caught)
    assert "accession_number (1:" in message and "Date Added (1:" in message
    assert "identifiers.pmid (1:" in message
    assert "keywords" not in message.split("values with no BibTeX field")[1]
    assert "keywords = {stones}" in bib


def test_bibtex_record_written_as_read_warns_of_nothing() -> None:
    # a BibTeX record keeps every field of its own, unknown ones too
    [pub] = parse_bibtex("@article{k, title={T}, journal={J}, year=2020, timestamp={today}}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "timestamp={today}" in to_bibtex([pub])


def test_ris_names_what_no_tag_takes() -> None:
    [pub] = parse_bibtex(
        "@inproceedings{k, author={Doe, Jane}, title={T}, booktitle={B}, year=2020,"
        " editor={Roe, Rick}, keywords={a, b}, langid={english}, timestamp={yesterday}}"
    )
    with pytest.warns(UserWarning, match="RIS has no tag") as caught:
        ris = to_ris([pub])
    message = str(caught[0].message)
    assert "langid (1)" in message and "timestamp (1)" in message
    assert "keywords" not in message and "editor" not in message
    assert "ED  - Roe, Rick" in ris and "KW  - a" in ris
    # a record read from RIS and written back unchanged warns of nothing
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [again] = parse_ris(ris)
        assert to_ris([again]) == ris


def test_several_issns_in_one_value_give_the_first_and_name_the_others() -> None:
    # RIS's repeated SN (print and electronic ISSN) joined in one value: biber refuses
    # "0714-9808 1710-1107" as an ISSN
    pub = Publication(
        title="Counting pebbles",
        authors=(Person(given="Jane", family="Doe"),),
        year=2021,
        kind=Kind.JOURNAL_ARTICLE,
        venue="Journal of Pebbles",
        extra={"issn": "0714-9808\n1710-1107"},
    )
    with pytest.warns(UserWarning, match=r"issn \(after the first of several\) \(1:"):
        bib = to_bibtex([pub])
    assert "issn = {0714-9808}," in bib
    one = attrs.evolve(pub, extra={"issn": "1932-6203 (Electronic)"})
    with pytest.warns(UserWarning, match=r"issn \(its label\) \(1:"):
        assert "issn = {1932-6203}," in to_bibtex([one])  # (biber: "Invalid ISSN")
    plain = attrs.evolve(pub, extra={"issn": "1932-6203"})
    assert "issn = {1932-6203}," in to_bibtex([plain])


def test_a_records_own_key_in_the_key_field_is_escaped() -> None:
    # a CSL item without title or authors: classic BibTeX sorts it by its key field, which
    # is its id ("first_day" was written unescaped: LaTeX stops at a bare "_")
    [pub] = parse_csl_json(
        '[{"id": "first_day", "type": "report", "issued": {"date-parts": [[2020]]}}]'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = to_bibtex([pub])
    assert bib.startswith("@misc{first_day,") and "  key = {first\\_day},\n" in bib


def test_a_book_with_authors_names_its_editors_instead_of_writing_them() -> None:
    # classic BibTeX's book takes an author or an editor ("can't use both author and
    # editor fields"); a book without authors is the editors' (biber's proceedings)
    authored = Publication(
        title="Pebbles",
        authors=(Person(given="Jane", family="Doe"),),
        year=2000,
        kind=Kind.BOOK,
        publisher="Stone Press",
        extra={"editor": "Roe, Rick"},
    )
    with pytest.warns(UserWarning, match=r"cannot hold, not written \(records: keys\): editor"):
        bib = to_bibtex([authored])
    assert bib.startswith("@book{") and "editor" not in bib
    edited = attrs.evolve(authored, authors=())
    assert "  editor = {Roe, Rick},\n" in to_bibtex([edited])
