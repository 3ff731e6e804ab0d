"""Several .bib files read as BibTeX reads them: in order, a macro defined in one known in
the next, and a file of ``@string`` definitions alone (a journal-abbreviation file) no error.
Invented abbreviations and entries."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pubrecords import ParseError, parse_bibtex, read_bibtex, read_bibtex_files, to_bibtex
from pubrecords.cli import main

ABBREV = """% Abbreviations of invented journals
@string{jir = {Journal of Invented Results}}
@string{tsq = {Tidal Sensing Quarterly}}
@preamble{"\\providecommand{\\noopsort}[1]{}"}
"""

REFS = """@article{lima2020,
  author = {Ana Lima and Rui Costa},
  title = {Invented Pottery Finds},
  journal = jir,
  year = 2020,
}

@article{costa2021,
  author = {Rui Costa},
  title = {Sensing the Tide},
  journal = tsq # { (Supplement)},
  year = 2021,
}
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    abbrev, refs = tmp_path / "abbrev.bib", tmp_path / "refs.bib"
    abbrev.write_text(ABBREV, encoding="utf-8")
    refs.write_text(REFS, encoding="utf-8")
    return abbrev, refs


def test_macros_of_an_earlier_file_are_known(files: tuple[Path, Path]) -> None:
    abbrev, refs = files
    pubs = read_bibtex_files([abbrev, refs])
    assert [p.venue for p in pubs] == [
        "Journal of Invented Results",
        "Tidal Sensing Quarterly (Supplement)",
    ]
    assert all(p.provenance[0].path == str(refs) for p in pubs)
    assert all(p.source_entry is not None and not p.source_entry.undefined_macros for p in pubs)
    # alone, the file that uses them has them undefined (as bibtex would say)
    alone = read_bibtex(refs)
    assert alone[0].source_entry is not None
    assert alone[0].source_entry.undefined_macros == ("jir",)


def test_the_abbreviation_blocks_come_back_before_the_entries(files: tuple[Path, Path]) -> None:
    pubs = read_bibtex_files(list(files))
    out = to_bibtex(pubs)
    for block in (
        "% Abbreviations of invented journals",
        "@string{jir",
        "@string{tsq",
        "@preamble{",
    ):
        assert block in out
        assert out.index(block) < out.index("@article{lima2020")
    assert "journal = jir," in out  # written as read: the macro is defined above it
    again = parse_bibtex(out)
    assert [p.venue for p in again] == [p.venue for p in pubs]


def test_definitions_after_the_last_entry_are_kept_after_it(files: tuple[Path, Path]) -> None:
    abbrev, refs = files
    pubs = read_bibtex_files([refs, abbrev])
    assert pubs[0].venue != "Journal of Invented Results"  # (used before it was defined)
    out = to_bibtex(pubs)
    assert out.index("@string{jir") > out.index("@article{costa2021")


def test_a_file_of_definitions_alone_is_a_clear_error(files: tuple[Path, Path]) -> None:
    abbrev, _ = files
    with pytest.raises(ParseError, match="only @string definitions"):
        read_bibtex(abbrev)
    with pytest.raises(ParseError, match="only @string definitions"):
        read_bibtex_files([abbrev])


def test_export_and_check_take_an_abbreviation_file(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    abbrev, refs = files
    out = tmp_path / "out.json"
    assert main(["export", "-q", str(abbrev), str(refs), "--to", "csl-json", "-o", str(out)]) == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [i["container-title"] for i in items] == [
        "Journal of Invented Results",
        "Tidal Sensing Quarterly (Supplement)",
    ]
    capsys.readouterr()
    assert main(["check", "-q", "--json", str(abbrev), str(refs)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["records_read"] == 2


_NAME = st.text(string.ascii_lowercase, min_size=2, max_size=6)
_WORDS = st.lists(
    st.text(string.ascii_letters, min_size=1, max_size=8), min_size=1, max_size=3
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    macros=st.dictionaries(_NAME, _WORDS, min_size=1, max_size=5),
    split=st.integers(min_value=0, max_value=4),
    picks=st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=5),
)
def test_several_files_read_as_their_concatenation(
    tmp_path_factory: pytest.TempPathFactory, macros: dict[str, str], split: int, picks: list[int]
) -> None:
    names = sorted(macros)
    strings = "".join(f"@string{{{n} = {{{macros[n]}}}}}\n" for n in names)
    entries = "".join(
        f"@article{{k{i}, author = {{Ana Lima}}, title = {{T{i}}},"
        f" journal = {names[p % len(names)]}, year = 2020}}\n"
        for i, p in enumerate(picks)
    )
    text = strings + entries
    cut = text.index("@article") if split == 0 else len(strings) + entries.index("\n") + 1
    if cut >= len(text):
        cut = text.index("@article")
    folder = tmp_path_factory.mktemp("several")
    first, second = folder / "a.bib", folder / "b.bib"
    first.write_text(text[:cut], encoding="utf-8")
    second.write_text(text[cut:], encoding="utf-8")
    whole = parse_bibtex(text)
    parts = read_bibtex_files([first, second])
    assert [(p.key, p.venue) for p in parts] == [(p.key, p.venue) for p in whole]
    assert [p.venue for p in parts] == [macros[names[p % len(names)]] for p in picks]
