"""Your .bib stays yours: what a BibTeX file holds comes back from pubrecords (issue #12).

Property: parse(write(parse(x))) == parse(x) on generated BibTeX with macros, crossref,
braces, math, comments and unknown fields. Regressions: every defect the issue lists, on
the corpus file that shows it (``../shared/corpus``), or on an invented entry of ours where
the corpus has no example.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubrecords
from conftest import need_tool, shared_path
from pubrecords import (
    ParseError,
    ParseWarning,
    Publication,
    clean_publication,
    deduplicate,
    parse_bibtex,
    read_bibtex,
    to_bibtex,
    to_csl,
)


def _quiet_parse(text: str, **kw: object) -> list[Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        return parse_bibtex(text, **kw)  # type: ignore[arg-type]


def _corpus(name: str) -> Path:
    return shared_path("corpus", name)


def _entries(text: str) -> list[tuple[str, str]]:
    """(type, key) of every entry of BibTeX text, as written."""
    return re.findall(r"^@(\w+)\s*\{\s*([^,\s]+)\s*,", text, re.MULTILINE)


def _same_reading(a: list[Publication], b: list[Publication]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert attrs.evolve(x, provenance=()) == attrs.evolve(y, provenance=())
        assert x.source_entry is not None and y.source_entry is not None
        assert x.source_entry == y.source_entry


# ----------------------------------------------------------------------------- property

_WORD = st.sampled_from(
    [
        "Gnats",
        "gnus",
        '{G}{\\"o}del',
        "{Boolean}",
        "algebras",
        "$S_2$",
        "$\\Pi^P_2$",
        "\\ensuremath{\\mathcal{AC}}",
        "{\\'e}t{\\'e}",
        "50\\%",
        "R\\&D",
        "{BibTeX}",
        'na{\\"\\i}ve',
        "\\emph{very}",
        "--",
        "``quoted''",
        "Jos\\'e",
        "{{Double}}",
        "x",
        "2016",
    ]
)
_TEXT = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_MACROS = ["jgg", "stoc", "acm"]


@st.composite
def _value(draw: st.DrawFn, macros: list[str]) -> str:
    kind = draw(st.sampled_from(["brace", "quote", "number", "macro", "concat"]))
    if kind == "brace":
        return "{" + draw(_TEXT) + "}"
    if kind == "quote":
        return '"' + draw(_TEXT).replace('"', "") + '"'
    if kind == "number":
        return str(draw(st.integers(1, 2100)))
    names = [*macros, "jan", "apr", "may", "dec"]
    if kind == "macro":
        return draw(st.sampled_from(names))
    return f'{draw(st.sampled_from(names))} # {{{draw(_TEXT)}}} # "-"'


_FIELDS = [
    "title",
    "author",
    "journal",
    "booktitle",
    "year",
    "month",
    "note",
    "file",
    "groups",
    "timestamp",
    "mrnumber",
    "journaltitle",
    "date",
    "location",
    "pages",
    "volume",
]
_TYPES = [
    "article",
    "Article",
    "inproceedings",
    "book",
    "misc",
    "online",
    "proceedings",
    "collection",
    "incollection",
    "techreport",
    "thesis",
]


@st.composite
def _bibtex(draw: st.DrawFn) -> str:
    macros = draw(st.lists(st.sampled_from(_MACROS), unique=True, max_size=3))
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append("% a comment line before everything\n")
    for name in macros:
        parts.append(f"@string{{{name} = {{{draw(_TEXT)}}}}}\n")
    if draw(st.booleans()):
        parts.append('@preamble{ "\\newcommand{\\noopsort}[1]{}" }\n')
    n = draw(st.integers(1, 5))
    keys = [f"k{i}" for i in range(n)]
    for i, key in enumerate(keys):
        if draw(st.booleans()):
            parts.append(f"@comment{{entry {i} follows}}\n")
        etype = draw(st.sampled_from(_TYPES))
        names = draw(st.lists(st.sampled_from(_FIELDS), unique=True, min_size=1, max_size=6))
        lines = []
        for field in names:
            if field == "author":
                value = (
                    "{"
                    + draw(
                        st.sampled_from(
                            [
                                "Aamport, L. A.",
                                "Jos{\\'e} Hern{\\'a}ndez and others",
                                "{The ALICE Collaboration}",
                                "van der Waals, J. and Knuth, D. E.",
                            ]
                        )
                    )
                    + "}"
                )
            elif field == "date":
                value = (
                    "{" + draw(st.sampled_from(["2004-05-17", "1998/1999", "2020-03", "300"])) + "}"
                )
            else:
                value = draw(_value(macros))
            lines.append(f"  {field} = {value},")
        if i > 0 and draw(st.booleans()):
            lines.append(f"  crossref = {{{keys[draw(st.integers(0, i - 1))]}}},")
        parts.append(f"@{etype}{{{key},\n" + "\n".join(lines) + "\n}\n")
    if draw(st.booleans()):
        parts.append("trailing free text\n")
    return "\n".join(parts)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_bibtex())
def test_parse_write_parse_is_parse(text: str) -> None:
    first = _quiet_parse(text)
    written = to_bibtex(first)
    again = _quiet_parse(written)
    _same_reading(first, again)
    # and every field of the input stands in the output as written
    for pub in first:
        assert pub.source_entry is not None
        for name, raw in pub.source_entry.fields:
            assert f"{name} = {raw}" in written


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_bibtex())
def test_cleaning_changes_only_what_it_records(text: str) -> None:
    first = _quiet_parse(text)
    cleaned = [clean_publication(p) for p in first]
    again = _quiet_parse(to_bibtex(cleaned))
    for before, after, read_back in zip(first, cleaned, again, strict=True):
        repaired = {r.field.split("[")[0] for r in after.repairs}
        for attr in ("title", "venue", "year", "month", "volume", "pages"):
            if attr not in repaired:
                assert getattr(read_back, attr) == getattr(before, attr), attr


# ----------------------------------------------------------------------------- corpus


def test_biblatex_examples_keep_types_dates_and_fields() -> None:
    path = _corpus("biblatex-examples.bib")
    text = path.read_text(encoding="utf-8")
    pubs = read_bibtex(path)
    out = to_bibtex(pubs)
    assert len(pubs) == 92
    assert sorted(_entries(out)) == sorted(_entries(text))  # types and keys, as written
    for field in ("date", "journaltitle", "location"):
        count = len(re.findall(rf"^\s*{field}\s*=", text, re.MULTILINE | re.IGNORECASE))
        assert len(re.findall(rf"^\s*{field}\s*=", out, re.MULTILINE | re.IGNORECASE)) == count
    # biblatex dates reach the model: CSL-JSON items have "issued" (76 of 86 had none)
    dated = [p for p in pubs if p.source_entry and p.source_entry.field("date")]
    assert dated and all(p.year is not None for p in dated)
    items = to_csl(pubs)
    assert sum("issued" in item for item in items) >= len(dated)


def test_jabref_biblatex_mode_file_keeps_every_article() -> None:
    path = _corpus("jabref-testjabref.bib")
    text = path.read_text(encoding="utf-8")
    out = to_bibtex(read_bibtex(path))
    articles_in = sum(t.lower() == "article" for t, _ in _entries(text))
    assert articles_in == 111
    assert sum(t.lower() == "article" for t, _ in _entries(out)) == articles_in


def test_crossref_is_resolved_and_kept() -> None:
    path = _corpus("jabref-crossref.bib")
    pubs = read_bibtex(path)
    by_key = {p.key: p for p in pubs}
    children = [p for p in pubs if p.source_entry and p.source_entry.field("crossref")]
    assert children
    for child in children:
        parent_key = pubrecords.formats.bibtex.values.evaluate(
            child.source_entry.field("crossref") or "", {}
        )
        parent = next(p for k, p in by_key.items() if k.lower() == parent_key.lower())
        # the model is complete: the parent's title is the child's venue
        assert child.venue == parent.title
    out = to_bibtex(pubs)
    assert out.count("crossref") == sum(1 for p in children)
    flat = to_bibtex(pubs, flatten_crossref=True)
    assert "crossref" not in flat.lower()
    assert {p.venue for p in _quiet_parse(flat)} == {p.venue for p in pubs}


def test_xampl_strings_preamble_months_and_noopsort() -> None:
    path = _corpus("xampl.bib")
    text = path.read_text(encoding="utf-8")
    pubs = read_bibtex(path)
    out = to_bibtex(pubs)
    assert len(pubs) == 36 and len(_entries(out)) == 36
    assert 'year = "{\\noopsort{1973b}}1973"' in out
    assert 'month = apr # "-" # may' in out
    assert out.count("@preamble") == text.count("@preamble") == 1
    assert len(re.findall(r"^@STRING", out, re.MULTILINE | re.IGNORECASE)) == 3
    # order: the @string definitions stand before the entries that use them
    assert out.index("@STRING{STOC") < out.index('"Proc. Fifteenth Annual" # STOC')
    manual = next(p for p in pubs if p.key == "manual-full")
    assert (
        manual.source_entry is not None and manual.source_entry.field("month") == 'apr # "-" # may'
    )


def test_jabref_unknown_fields_and_comments_survive() -> None:
    path = _corpus("jabref-authors.bib")
    text = path.read_text(encoding="utf-8")
    out = to_bibtex(read_bibtex(path))
    for field in ("file", "groups", "timestamp", "issn", "bibsource"):
        pattern = rf"^\s*{field}\s*="
        count = len(re.findall(pattern, text, re.MULTILINE | re.IGNORECASE))
        assert len(re.findall(pattern, out, re.MULTILINE | re.IGNORECASE)) == count, field
    assert "@Comment{jabref-meta:" in out


def test_jabref_complex_comments_and_strings_in_order() -> None:
    path = _corpus("jabref-complex.bib")
    text = path.read_text(encoding="utf-8")
    out = to_bibtex(read_bibtex(path))
    blocks_in = re.findall(r"^@(string|preamble|comment)\b", text, re.MULTILINE | re.IGNORECASE)
    blocks_out = re.findall(r"^@(string|preamble|comment)\b", out, re.MULTILINE | re.IGNORECASE)
    assert blocks_out == blocks_in


def test_repeated_key_renamed_and_read_normally() -> None:
    path = _corpus("jabref-duplicates.bib")
    with pytest.warns(
        ParseWarning,
        match=r"jabref-duplicates\.bib:10: key 'dupJournalTechreport' is used again \(first at line 3\)",
    ):
        pubs = read_bibtex(path)
    first, second = pubs
    assert (first.key, second.key) == ("dupJournalTechreport", "dupJournalTechreport-2")
    # the second entry is read like the first: two people, its journal expanded
    assert [str(a) for a in second.authors] == ["Stefan Kolb", "Guido Wirtz"]
    assert second.venue == "Transactions on Cloud Computing"
    out = to_bibtex(pubs)
    assert "@Article{dupJournalTechreport-2," in out
    with pytest.raises(ParseError, match="used again"):
        read_bibtex(path, strict=True)


def test_one_malformed_entry_keeps_the_rest(tmp_path: Path) -> None:
    text = _corpus("biblatex-examples.bib").read_text(encoding="utf-8")
    # break one entry: its closing brace removed
    start = text.index("@book{aristotle:anima")
    end = text.index("\n}\n", start)
    broken = text[:end] + text[end + 2 :]
    bad = tmp_path / "broken.bib"
    bad.write_text(broken, encoding="utf-8")
    with pytest.warns(ParseWarning, match=r"broken\.bib:\d+: malformed BibTeX entry"):
        pubs = read_bibtex(bad)
    assert len(pubs) >= 90 and "aristotle:anima" not in {p.key for p in pubs}
    with pytest.raises(ParseError, match="malformed"):
        read_bibtex(bad, strict=True)


def test_latin1_file_is_read_with_a_warning(tmp_path: Path) -> None:
    text = _corpus("xampl.bib").read_text(encoding="utf-8")
    text = text.replace("Aamport", "Aampört")
    path = tmp_path / "latin1.bib"
    path.write_bytes(text.encode("latin-1"))
    with pytest.warns(ParseWarning, match="not UTF-8; read as Windows-1252"):
        pubs = read_bibtex(path)
    assert any(a.family == "Aampört" for p in pubs for a in p.authors)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ParseWarning)
        assert read_bibtex(path, encoding="latin-1")[1].authors[0].family == "Aampört"


def test_a_readme_named_bib_is_an_error(tmp_path: Path) -> None:
    readme = tmp_path / "README.bib"
    readme.write_text(_corpus("README.md").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ParseError, match=r"no BibTeX entries in .*README\.bib"):
        read_bibtex(readme)
    got = subprocess.run(
        [sys.executable, "-m", "pubrecords.cli", "export", str(readme)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert got.returncode == 2 and "no BibTeX entries" in got.stderr


def test_dialect_conversion_of_biblatex_examples() -> None:
    pubs = read_bibtex(_corpus("biblatex-examples.bib"))
    as_bibtex = to_bibtex(pubs, dialect="bibtex")
    types = {t.lower() for t, _ in _entries(as_bibtex)}
    assert not types & {"online", "collection", "mvbook", "report", "thesis"}
    assert not re.search(r"^\s*(journaltitle|location)\s*=", as_bibtex, re.MULTILINE)
    back = _quiet_parse(as_bibtex)
    assert [p.key for p in back] == [p.key for p in pubs]
    assert [p.year for p in back] == [p.year for p in pubs]
    assert [p.venue for p in back] == [p.venue for p in pubs]


# ----------------------------------------------------------------------------- invented cases

_LAB = r"""@string{jsc = {Journal of Symbolic Computation}}

@article{protected,
  author = {Aamport, Leslie},
  title = {{G}{\"o}del and {B}oolean algebras in {Scandinavia}},
  journal = jsc,
  year = {1999},
}

@inproceedings{math,
  author = {Bee, Ann},
  title = {The $S_2$ case: $\Pi^P_2$-complete problems for \ensuremath{\mathcal{AC}} circuits\index{AC}},
  booktitle = {Proc. of Things},
  year = 2001,
}

@book{bc,
  author = {Cato, Marcus},
  title = {De agri cultura},
  year = {300 {BC}},
  series = {Loeb},
  number = {283},
  publisher = {Harvard},
}

@incollection{noeditor,
  author = {Dee, Jo},
  title = {A chapter},
  booktitle = {A Book},
  publisher = {P},
  year = {1978/79},
  mrnumber = {12345},
}
"""


def test_user_braces_math_and_odd_years_come_back_as_written() -> None:
    pubs = parse_bibtex(_LAB)
    for out in (to_bibtex(pubs), to_bibtex([clean_publication(p) for p in pubs])):
        assert 'title = {{G}{\\"o}del and {B}oolean algebras in {Scandinavia}}' in out
        assert "$S_2$" in out and "$\\Pi^P_2$-complete" in out
        assert "\\ensuremath{\\mathcal{AC}}" in out and "\\index{AC}" in out
        assert "year = {300 {BC}}" in out and "number = {283}" in out
        assert "year = {1978/79}" in out and "mrnumber = {12345}" in out
        assert "journal = jsc" in out and "@string{jsc" in out
        assert [t for t, _ in _entries(out)] == ["article", "inproceedings", "book", "incollection"]
        assert "\u2082" not in out  # nothing pdflatex cannot set
    # plain-text output: the math made text, the \index dropped
    title = to_csl(pubs)[1]["title"]
    assert "S₂" in title and "\\" not in title and "$" not in title


def test_a_changed_field_is_written_anew_the_rest_as_read() -> None:
    (pub,) = parse_bibtex(
        "@misc{k, title = {{BibTeX} and $x^2$}, howpublished = mymacro, note = {{K}eep}}"
    )
    changed = attrs.evolve(pub, title=pub.title + " revisited")
    out = to_bibtex([changed])
    assert "{$x^2$}" in out and "revisited" in out
    assert "note = {{K}eep}" in out
    # a macro the output does not define is written out (its name as the value here)
    assert "howpublished = mymacro" in out


def test_merge_keeps_every_key() -> None:
    text = (
        "@article{a1, author={Lovelace, Ada}, title={Notes on the Analytical Engine},"
        " journal={Taylor's Scientific Memoirs}, year=1843, volume=3, pages={666--731}}\n"
        "@article{a2, author={Lovelace, A.}, title={Notes on the analytical engine},"
        " journal={Taylor's Scientific Memoirs}, year=1843, volume=3, pages={666--731}}\n"
    )
    (merged,) = deduplicate(parse_bibtex(text))
    assert merged.key == "a1" and merged.extra["ids"] == "a2"
    assert "ids = {a2}" in to_bibtex([merged])


def test_cli_lists_folded_keys_and_converts_dialect(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@online{w, author={Lovelace, Ada}, title={Notes}, date={2004-05}, url={https://x.org}}\n"
        "@article{a1, author={Lovelace, Ada}, title={Notes on the Analytical Engine},"
        " journaltitle={Memoirs}, year=1843, volume=3, pages={666--731}}\n"
        "@article{a2, author={Lovelace, A.}, title={Notes on the analytical engine},"
        " journaltitle={Memoirs}, year=1843, volume=3, pages={666--731}}\n",
        encoding="utf-8",
    )
    got = subprocess.run(
        [sys.executable, "-m", "pubrecords.cli", "export", "-q", str(bib), "--dialect", "bibtex"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert got.returncode == 0, got.stderr
    assert "key 'a2' folded into 'a1'" in got.stderr
    assert (
        "@misc{w," in got.stdout and "year = {2004}" in got.stdout and "month = may" in got.stdout
    )
    assert "journal = {Memoirs}" in got.stdout and "journaltitle" not in got.stdout


def test_docs_page_examples_run() -> None:
    import doctest

    page = Path(__file__).resolve().parent.parent / "docs" / "roundtrip.md"
    result = doctest.testfile(str(page), module_relative=False)
    assert result.attempted >= 5 and result.failed == 0


# ----------------------------------------------------------------------------- real consumers

_VALIDATED = [
    *(
        ("corpus", name)
        for name in (
            "biblatex-examples.bib",
            "jabref-authors.bib",
            "jabref-complex.bib",
            "jabref-crossref.bib",
            "jabref-duplicates.bib",
            "jabref-test.bib",
            "jabref-testjabref.bib",
            "xampl.bib",
        )
    ),
    *(
        ("realbib", name)
        for name in (
            "dblp-thesis.bib",
            "inspire-pyhf-citations.bib",
            "plume-heaps.bib",
            "plume-slicing.bib",
            "zotero-bbt-biblatex.bib",
        )
    ),
]


def _stages(path: Path) -> dict[str, tuple[bool, int]]:
    """validate.sh's verdict per stage on a .bib: (passed, lines of messages)."""
    for tool in ("biber", "bibtex", "pdflatex", "pandoc"):
        need_tool(tool)
    script = shared_path("tools", "export-validators", "validate.sh")
    env = dict(os.environ, VALIDATE_PYTHON=sys.executable)
    run = subprocess.run(
        ["bash", str(script), str(path), "-"],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        timeout=600,
    )
    stages: dict[str, tuple[bool, int]] = {}
    current = ""
    for line in run.stdout.splitlines():
        m = re.match(r"^(PASS|FAIL|SKIP)\s+(\S+)", line)
        if m:
            current = m.group(2)
            stages[current] = (m.group(1) == "PASS", 0)
        elif line.startswith("      ") and current:
            ok, count = stages[current]
            stages[current] = (ok, count + 1)
    assert stages, run.stdout + run.stderr
    return stages


@pytest.mark.parametrize(("folder", "name"), _VALIDATED)
def test_real_consumers_accept_the_export_as_they_accept_the_input(
    folder: str, name: str, tmp_path: Path
) -> None:
    if folder == "corpus":
        source = _corpus(name)
    else:
        source = Path(__file__).resolve().parent / "fixtures" / "realbib" / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        pubs = [clean_publication(p) for p in read_bibtex(source)]  # the default export's cleaning
    out = tmp_path / "out.bib"
    out.write_text(to_bibtex(pubs), encoding="utf-8")
    before, after = _stages(source), _stages(out)
    for stage, (passed, messages) in before.items():
        got_passed, got_messages = after[stage]
        assert got_passed or not passed, f"{stage} passes on the input, fails on the export"
        assert got_messages <= messages, f"{stage}: {got_messages} messages, input {messages}"


def test_cli_keep_duplicates_no_clean_gives_every_entry_back(tmp_path: Path) -> None:
    source = _corpus("xampl.bib")
    out = tmp_path / "out.bib"
    got = subprocess.run(
        [
            sys.executable,
            "-m",
            "pubrecords.cli",
            "export",
            "-q",
            "--keep-duplicates",
            "--no-clean",
            str(source),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert got.returncode == 0, got.stderr
    text = source.read_text(encoding="utf-8")
    written = out.read_text(encoding="utf-8")
    assert _entries(written) == _entries(text)  # every entry, type and key, in order
    for raw in (
        "crossref = {WHOLE-JOURNAL}",
        'crossref = "whole-set"',
        'pages = "10--119"',
        'year = "{\\noopsort{1973c}}1981"',
    ):
        assert raw in text and raw in written, raw


def test_merge_of_records_from_a_table_keeps_the_folded_keys() -> None:
    text = (
        "id,title,authors,venue,year,pages,volume\n"
        "r1,Notes on the Analytical Engine,Ada Lovelace,Taylor's Scientific Memoirs,1843,666-731,3\n"
        "r2,Notes on the analytical engine,A. Lovelace,Taylor's Scientific Memoirs,1843,666-731,3\n"
    )
    (merged,) = deduplicate(pubrecords.parse_table(text))
    assert merged.key == "r1" and merged.extra["ids"] == "r2"
    assert "ids = {r2}" in to_bibtex([merged])
