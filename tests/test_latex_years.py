"""LaTeX that BibTeX files really hold (Better BibTeX's fixtures: ``\\textmu``,
``\\textcommabelow``) and years written as text (``1829--1830``, ``1875 [2004]``,
``Autumn 2001``): read, written back as read, written anew, and as CSL-JSON."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import attrs
import pytest
from jsonschema import Draft7Validator

from conftest import shared_path
from pubrecords import (
    Person,
    PubrecordsWarning,
    clean_text,
    parse_bibtex,
    to_bibtex,
    to_csl,
    to_csl_json,
)
from pubrecords.formats.bibtex.years import year_span
from pubrecords.names.latex import latex_to_unicode
from pubrecords.text import latex_to_text
from pubrecords.text.latex_decode import decode

# --------------------------------------------------------------------- LaTeX

# (LaTeX, text): the space ending a control word is not typeset; \textcommabelow is an accent
LATEX = [
    ("{NEC \\textmu PC577H}", "NEC µPC577H"),
    ("1\\textmu F", "1µF"),
    ("1\\textmu{}F", "1µF"),
    ("Ro\\textcommabelow sia", "Roșia"),
    ("Ro\\textcommabelow{s}ia", "Roșia"),
    ("\\textcommabelow{T}ara and \\textcommabelow t and \\textcommabelow S", "Țara and ț and Ș"),
    ("Stra\\ss e", "Straße"),
]


@pytest.mark.parametrize(("latex", "text"), LATEX)
def test_latex_to_text(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text
    assert decode(latex) == text  # (the BibTeX reader's decoder)
    assert latex_to_unicode(latex) == text  # (the names' decoder)


@pytest.mark.parametrize(("latex", "text"), LATEX)
def test_the_cleaner_repairs_the_same_way(latex: str, text: str) -> None:
    got, repairs = clean_text(latex, "title")
    assert got == text
    assert repairs and all(r.action in ("latex-to-unicode", "remove-latex-braces") for r in repairs)


def test_the_cleaner_keeps_the_space_after_a_logo() -> None:
    # (TeX would glue "LaTeXis"; the writer meant a word there)
    assert clean_text("\\LaTeX is fun", "title")[0] == "LaTeX is fun"
    assert clean_text("a \\ldots{} b", "title")[0] == "a … b"


def test_csl_json_of_bibtex_records_has_the_text_tex_prints() -> None:
    pubs = parse_bibtex(
        "@misc{m, title = {{{NEC \\textmu PC577H Tri}} State Hex Buffers}}\n\n"
        "@inproceedings{p, author = {Ro\\textcommabelow sia, Ana and B\\textcommabelow{t}u, Ion},\n"
        "  title = {A capacitor of 1\\textmu F in {{Ro\\textcommabelow sia Jiu}}},\n"
        "  booktitle = {Proc.}, year = 2021}\n"
    )
    items = to_csl(pubs)
    assert items == json.loads(to_csl_json(pubs))
    assert items[0]["title"] == "NEC µPC577H Tri State Hex Buffers"
    assert items[1]["title"] == "A capacitor of 1µF in Roșia Jiu"
    assert [a["family"] for a in items[1]["author"]] == ["Roșia", "Bțu"]
    assert pubs[1].authors[0] == Person(given="Ana", family="Roșia")


# --------------------------------------------------------------------- years

YEARS = """@book{range,
  author = {Doe, Jane},
  title = {Letters},
  publisher = {P},
  year = {1829--1830},
}

@book{reprint,
  author = {Doe, Jane},
  title = {Essays},
  publisher = {P},
  year = {1875 [2004]},
}

@article{season,
  author = {Doe, Jane},
  title = {Notes},
  journal = {J},
  year = {Autumn 2001},
}

@book{century,
  author = {Doe, Jane},
  title = {Microeconomics},
  publisher = {P},
  year = {Twentieth century},
}
"""


def test_year_span() -> None:
    assert year_span("1829–1830") == (1829, 1830)
    assert year_span("1829-30") == (1829, 1830)
    assert year_span("1998/1999") == (1998, 1999)
    assert year_span("1875 [2004]") == (1875, None)  # the first year: the original
    assert year_span("Autumn 2001") == (2001, None)
    assert year_span("2001-05") == (2001, None)  # May 2001, not 2001-2005
    assert year_span("1999a") == (1999, None)
    assert year_span("1830--1829") is None
    assert year_span("2001, 2003") is None
    assert year_span("Twentieth century") is None
    assert year_span("in press") is None


def test_years_written_as_text_are_read() -> None:
    pubs = parse_bibtex(YEARS)
    got = [(p.key, p.year, p.month, p.extra.get("year")) for p in pubs]
    assert got == [
        ("range", 1829, None, "1829–1830"),
        ("reprint", 1875, None, "1875 [2004]"),
        ("season", 2001, None, "Autumn 2001"),  # a season: no month
        ("century", None, None, "Twentieth century"),
    ]
    # the reading is recorded
    assert [(r.field, r.action, r.before, r.after) for r in pubs[0].repairs] == [
        ("year", "parsed", "1829–1830", "1829")
    ]
    assert pubs[3].repairs == ()


def test_years_written_as_text_come_back_as_written() -> None:
    pubs = parse_bibtex(YEARS)
    out = to_bibtex(pubs)
    assert out == YEARS.rstrip("\n") + "\n"
    assert parse_bibtex(out) == pubs
    # another field changed: the year field stays as written
    changed = [attrs.evolve(p, title=p.title + " II") for p in pubs]
    out = to_bibtex(changed)
    for text in ("{1829--1830}", "{1875 [2004]}", "{Autumn 2001}", "{Twentieth century}"):
        assert f"year = {text}" in out
    assert [p.year for p in parse_bibtex(out)] == [1829, 1875, 2001, None]


def test_a_year_range_written_anew_keeps_the_range() -> None:
    pubs = [attrs.evolve(p, source_entry=None) for p in parse_bibtex(YEARS)]
    with pytest.warns(
        PubrecordsWarning, match=r"year \(as written\) \(3: reprint, season, century"
    ):
        out = to_bibtex(pubs)
    # year: an integer (biber wants one); date: the range (biblatex prints it)
    assert "  year = 1829,\n  date = {1829/1830},\n" in out
    assert "date = {1875" not in out and "date = {2001" not in out
    back = parse_bibtex(out)
    assert (back[0].year, back[0].extra["date"]) == (1829, "1829/1830")
    assert to_csl(back)[0]["issued"] == {"date-parts": [[1829], [1830]]}


def test_a_range_with_a_month() -> None:
    pub = attrs.evolve(parse_bibtex(YEARS)[0], month=5, source_entry=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = to_bibtex([pub])
    assert "date = {1829-05/1830}" in out
    assert to_csl([pub])[0]["issued"] == {"date-parts": [[1829, 5], [1830]]}


def test_a_changed_year_is_not_given_the_old_range() -> None:
    pub = attrs.evolve(parse_bibtex(YEARS)[0], year=1850)
    out = to_bibtex([pub])
    assert "year = {1850}" in out and "1829" not in out
    assert to_csl([pub])[0]["issued"] == {"date-parts": [[1850]]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fresh = to_bibtex([attrs.evolve(pub, source_entry=None)])
    assert "date =" not in fresh


def test_csl_json_of_years_written_as_text() -> None:
    pubs = parse_bibtex(
        YEARS + "\n@article{edtf, author = {Doe, Jane}, title = {T}, journaltitle = {J},"
        " date = {1973/1974}}\n"
    )
    items = to_csl(pubs)
    assert items == json.loads(to_csl_json(pubs))
    assert [i.get("issued") for i in items] == [
        {"date-parts": [[1829], [1830]]},
        {"date-parts": [[1875]]},
        {"date-parts": [[2001]]},
        None,
        {"date-parts": [[1973], [1974]]},
    ]
    # the text travels with the item
    assert items[1]["custom"]["extra"]["year"] == "1875 [2004]"
    schema = shared_path("tools", "export-validators", "csl-data.json")
    validator = Draft7Validator(json.loads(schema.read_text(encoding="utf-8")))
    assert [e.message for e in validator.iter_errors(items)] == []


def test_years_and_latex_pass_the_validators(tmp_path: Path) -> None:
    from test_validators import validate

    pubs = parse_bibtex(
        YEARS.replace("Letters", "Letters on 1\\textmu F in Ro\\textcommabelow sia")
    )
    fresh = [attrs.evolve(p, source_entry=None) for p in pubs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = to_bibtex(fresh)
    validate(tmp_path, bib, to_csl(pubs))


# (LaTeX with math, plain text): math with a Unicode form throughout is made text; other
# math is kept as written (INSPIRE's "$B\to K^{(*)}\nu\bar\nu$" became "$B K^(*)$": the
# commands without a Unicode form were dropped), and the text around it keeps its spaces
MATH = [
    (
        "Light New Physics in $B\\to K^{(*)}\\nu\\bar\\nu$?",
        "Light New Physics in $B\\to K^{(*)}\\nu\\bar\\nu$?",
    ),
    ("Evidence for $B^{+}\\to K^{+}$ Decays", "Evidence for B⁺→ K⁺ Decays"),
    ("On $\\alpha\\to\\beta$ and $x^{2}$", "On α→β and x²"),
    ("Pairs $\\nu\\bar\\nu$ and $\\bar{\\nu}$", "Pairs $\\nu\\bar\\nu$ and $\\bar{\\nu}$"),
    ("Costs \\$5 and \\$6", "Costs $5 and $6"),
    ('The $S_2$ case of \\emph{G{\\"o}del}\\index{G}', "The S₂ case of Gödel"),
]


@pytest.mark.parametrize(("latex", "text"), MATH)
def test_latex_to_text_keeps_math_it_cannot_make_text(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text
