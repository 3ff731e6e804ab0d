"""Rich text in titles: CSL-JSON's markup (``<i>``, ``<b>``, ``<sup>``, ``<sub>``, small
capitals, ``nocase``) is written as LaTeX markup by the BibTeX writer, and LaTeX's
formatting commands (``\\textit``, ``\\emph``, ``\\textbf``, ``\\textsc``,
``\\textsuperscript``, ``\\textsubscript``) as CSL markup by the CSL-JSON writer; the
model's title is the text without it, either way. Before, both writers wrote the plain
title ("CO2") and the BibTeX reader kept ``\\textsubscript{2}`` as text in the title.
The records here are invented.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from pubrecords import parse_bibtex, parse_csl_json, to_bibtex, to_csl_json
from pubrecords.formats.rich_text import csl_of_runs, csl_runs, latex_runs

RICH = (
    "CO<sub>2</sub> uptake of <i>Zostera</i> per m<sup>2</sup>, <b>not</b> in "
    '<span style="font-variant:small-caps;">Tarnwick</span> <i>a <b>nested</b> run</i>'
)
PLAIN = "CO2 uptake of Zostera per m2, not in Tarnwick a nested run"


def _item(title: str) -> str:
    item: dict[str, Any] = {
        "id": "quell2020",
        "type": "article-journal",
        "title": title,
        "author": [{"family": "Quell", "given": "Tamsin"}],
        "container-title": "Moss Letters",
        "issued": {"date-parts": [[2020]]},
    }
    return json.dumps([item])


def _title_line(bib: str) -> str:
    return next(line for line in bib.splitlines() if line.lstrip().startswith("title"))


def test_csl_markup_is_written_as_latex_markup() -> None:
    pub = parse_csl_json(_item(RICH))[0]
    assert pub.title == PLAIN
    line = _title_line(to_bibtex([pub]))
    assert "{CO}\\textsubscript{2}" in line
    assert "m\\textsuperscript{2}" in line
    assert "\\textbf{not}" in line
    assert "\\textsc{" in line and "Tarnwick" in line
    assert "\\textit{a \\textbf{nested} run}" in line
    back = parse_bibtex(to_bibtex([pub]))[0]
    assert back.title == PLAIN  # (the reader reads the markup as text without it)


def test_latex_markup_is_written_as_csl_markup() -> None:
    bib = (
        "@article{quell2020, title = {{CO\\textsubscript{2}} uptake of \\emph{Zostera} "
        "per m\\textsuperscript{2}, {\\textbf{not}} in \\textsc{Tarnwick} "
        "\\textit{a \\textbf{nested} run}}, journal = {Moss Letters}, year = 2020}"
    )
    pub = parse_bibtex(bib)[0]
    assert pub.title == PLAIN
    item = json.loads(to_csl_json([pub]))[0]
    assert item["title"] == RICH
    assert parse_csl_json(json.dumps([item]))[0].title == PLAIN


def test_csl_to_bibtex_to_csl_keeps_the_markup() -> None:
    bib = to_bibtex(parse_csl_json(_item(RICH)))
    assert json.loads(to_csl_json(parse_bibtex(bib)))[0]["title"] == RICH


def test_nocase_is_a_brace_group() -> None:
    pub = parse_csl_json(_item('The <span class="nocase">iPhone</span> in moss'))[0]
    assert "{iPhone}" in _title_line(to_bibtex([pub]))


def test_a_changed_title_is_written_plain() -> None:
    pub = parse_csl_json(_item(RICH))[0]
    changed = attrs.evolve(pub, title="CO2 uptake of eelgrass")
    line = _title_line(to_bibtex([changed]))
    assert "\\text" not in line and "eelgrass" in line
    bib_pub = parse_bibtex("@misc{k, title = {\\emph{Zostera} in moss}}")[0]
    item = json.loads(to_csl_json([attrs.evolve(bib_pub, title="Zostera in peat")]))[0]
    assert item["title"] == "Zostera in peat"


def test_markup_that_cannot_be_written_leaves_the_title_plain() -> None:
    # a span of another style, tags that do not nest, an unclosed brace
    assert csl_runs('A <span style="color:red">red</span> moss') is None
    assert csl_runs("A <i>moss <b>bed</i></b>") is None
    assert latex_runs("{\\emph{moss}") is None
    for title in ('A <span style="color:red">red</span> moss', "A <i>moss <b>bed</i></b>"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pub = parse_csl_json(_item(title))[0]
            line = _title_line(to_bibtex([pub]))
            assert "\\textit" not in line and "\\textbf" not in line


def test_the_reader_decodes_sub_and_superscripts() -> None:
    pub = parse_bibtex("@misc{k, title = {CO\\textsubscript{2} in the 19\\textsuperscript{th}}}")[0]
    assert pub.title == "CO2 in the 19th"


_MARKS = st.lists(st.sampled_from(["i", "b", "sc", "sup", "sub"]), max_size=2, unique=True)
_WORD = st.text(alphabet="abcdefghxyzQRST", min_size=1, max_size=7)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORD, _MARKS), min_size=1, max_size=6))
def test_markup_round_trips_through_bibtex(words: list[tuple[str, list[str]]]) -> None:
    runs: list[tuple[str, tuple[str, ...]]] = []
    for i, (word, marks) in enumerate(words):
        if i:
            runs.append((" ", ()))
        runs.append((word, tuple(marks)))
    rich = csl_of_runs(runs)
    pub = parse_csl_json(_item(rich))[0]
    back = parse_bibtex(to_bibtex([pub]))[0]
    assert back.title == pub.title
    assert json.loads(to_csl_json([back]))[0]["title"] == rich


def test_old_declarations_are_written_as_csl_markup() -> None:
    # "{\em …}", "{\bf …}", "{\sc …}": a group that opens with a declaration is marked as
    # its command's would be
    bib = (
        "@article{quell2020, title = {The {\\em Zostera} of {\\sc Tarnwick} and "
        "{\\bf bare {\\it wet} moss}}, journal = {Moss Letters}, year = 2020}"
    )
    pub = parse_bibtex(bib)[0]
    assert pub.title == "The Zostera of Tarnwick and bare wet moss"
    item = json.loads(to_csl_json([pub]))[0]
    assert item["title"] == (
        'The <i>Zostera</i> of <span style="font-variant:small-caps;">Tarnwick</span> and '
        "<b>bare <i>wet</i> moss</b>"
    )
