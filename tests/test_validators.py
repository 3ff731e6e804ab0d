"""Real BibTeX / CSL-JSON consumers over our exports (slow: biber, bibtex, pdflatex, pandoc).

``validate.sh`` (../shared/tools/export-validators) runs bibtexparser, biber --tool,
pdflatex + bibtex (plain, abbrv), pdflatex + biber + biblatex, pandoc (both formats),
the CSL-JSON schema and citeproc-py, and fails on any warning. These tests run it, with
REQUIRE_ALL=1, on the seed pages, the sample profile (through the CLI) and a stress set,
in UTF-8 and ASCII modes; and check with real LaTeX runs that hostile text stays text.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import pubrecords
from conftest import need_tool, shared_path
from export_strategies import (
    FAMILY,
    GIVEN,
    LITERAL,
    PARTICLE,
    SUFFIX,
    TEXT_PIECES,
    invented_records,
)
from pubrecords import Kind, Person, Publication, to_bibtex, to_csl
from pubrecords.cli import main
from pubrecords.text import latex_encode as _latex

TOOLS = ("biber", "bibtex", "pdflatex", "pandoc")


def validate(tmp: Path, bib: str | None, items: list[dict[str, object]] | None) -> str:
    for tool in TOOLS:
        need_tool(tool)
    script = shared_path("tools", "export-validators", "validate.sh")
    args = []
    if bib is not None:
        (tmp / "refs.bib").write_text(bib, encoding="utf-8")
        args.append(str(tmp / "refs.bib"))
    else:
        args.append("-")
    if items is not None:
        (tmp / "refs.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        args.append(str(tmp / "refs.json"))
    else:
        args.append("-")
    env = dict(os.environ, VALIDATE_PYTHON=sys.executable, REQUIRE_ALL="1")
    run = subprocess.run(
        ["bash", str(script), *args],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        timeout=600,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    assert "RESULT: OK" in out and "SKIP" not in out, out
    return out


def pipeline(path: Path) -> list[Publication]:
    profile = pubrecords.clean_profile(pubrecords.read_profile(path))
    return pubrecords.deduplicate(list(profile.publications))


@pytest.mark.parametrize("seed", ["000_281dfc8c01892269.txt", "001_d1e6ce0efd7fcecf.txt"])
def test_seed_pages(seed: str, tmp_path: Path) -> None:
    pubs = pipeline(shared_path("seeds", seed))
    assert pubs
    out = validate(tmp_path, to_bibtex(pubs), to_csl(pubs))
    assert out.count("PASS") == 9
    ascii_bib = to_bibtex(pubs, ascii=True)
    assert ascii_bib.isascii()
    validate(tmp_path, ascii_bib, None)


def test_sample_profile_through_the_cli(tmp_path: Path) -> None:
    bib, ascii_bib, csl = tmp_path / "s.bib", tmp_path / "s.ascii.bib", tmp_path / "s.json"
    assert main(["export", "--sample", "-q", "-o", str(bib)]) == 0
    assert main(["export", "--sample", "-q", "--ascii", "-o", str(ascii_bib)]) == 0
    assert main(["export", "--sample", "-q", "--to", "csl-json", "-o", str(csl)]) == 0
    text = bib.read_text(encoding="utf-8")
    items = json.loads(csl.read_text(encoding="utf-8"))
    assert text.count("\n@") + 1 == len(items) > 0
    validate(tmp_path, text, items)
    ascii_text = ascii_bib.read_text(encoding="utf-8")
    assert ascii_text.isascii()
    validate(tmp_path, ascii_text, None)


def typesettable(text: str) -> bool:
    """True when pdflatex's default setup (OT1 fonts, no packages) can typeset every
    character of ``text`` in the form biber hands it over: biber turns LaTeX accents back
    into UTF-8, so a letter like ọ, ễ or ǘ fails with biblatex + pdflatex however it is
    written (see docs/exporting.md). CJK, T1-only letters (ą, ð) and Greek letters without
    a math command fail everywhere with pdflatex."""
    text = unicodedata.normalize("NFC", text)
    return all(
        ch.isascii() or ch in _latex._PDFLATEX_UTF8_OK or ch in _latex._MATH_WRITE for ch in text
    )


def stress_set() -> list[Publication]:
    rng = random.Random(20240601)
    pieces = [p for p in TEXT_PIECES if typesettable(p)]
    given = [g for g in GIVEN if typesettable(g)]
    family = [f for f in FAMILY if typesettable(f)]

    def text(n: int) -> str:
        return " ".join(rng.choice(pieces) for _ in range(n))

    def person() -> Person:
        if rng.random() < 0.1:
            return Person(literal=rng.choice(LITERAL))
        return Person(
            given=rng.choice(given),
            family=rng.choice(family),
            particle=rng.choice(PARTICLE),
            suffix=rng.choice(SUFFIX),
        )

    pubs = list(invented_records())
    for _ in range(60):
        kind = rng.choice(list(Kind))
        pubs.append(
            Publication(
                title=text(rng.randint(1, 8)),
                authors=tuple(person() for _ in range(rng.randint(0, 4))),
                authors_complete=rng.random() < 0.7,
                abstract=text(rng.randint(0, 20)) or None,
                year=rng.choice([None, 1999, 2020, 2024]),
                month=rng.choice([None, 1, 6, 12]),
                venue=rng.choice([None, text(3)]),
                kind=kind,
                volume=rng.choice([None, "12"]),
                issue=rng.choice([None, "3"]),
                pages=rng.choice([None, "1-10", "e12"]),
                publisher=rng.choice([None, text(2)]),
                doi=rng.choice([None, "10.1000/a_b%c"]),
                url=rng.choice([None, "https://example.org/x?y=1&z=%20#f"]),
                arxiv_id=rng.choice([None, "2301.00001"]),
                extra=rng.choice([{}, {"note": text(2)}, {"editor": "Roe, Rick"}]),
            )
        )
    # a record without a title cannot satisfy biber's data model (title is mandatory)
    return [
        p
        for p in pubs
        if typesettable(p.title + (p.abstract or "")) and _latex.canonical_text(p.title)
    ]


def test_stress_set(tmp_path: Path) -> None:
    pubs = stress_set()
    validate(tmp_path, to_bibtex(pubs), to_csl(pubs))
    validate(tmp_path, to_bibtex(pubs, ascii=True, key_pattern="{authors}{year}{shorttitle}"), None)


# ------------------------------------------------------------------ hostile text in real LaTeX

HOSTILE = (
    "\\input{/etc/passwd} \\immediate\\write18{touch pwnedone} \\write18{touch pwnedtwo} "
    "\\def\\pwned{1} { unbalanced lone % here"
)
SHOW = (
    "\\showboxdepth=1000000 \\showboxbreadth=1000000 \\pretolerance=10000 "
    "\\textwidth=200cm \\hsize=200cm \\linewidth=200cm"
)


def typeset_text(log: str) -> str:
    """The characters of a \\showbox dump in order (OMS n/f/g are \\ { }), glue as spaces."""
    out = []
    oms = {"n": "\\", "f": "{", "g": "}"}
    for line in log.splitlines():
        m = re.match(r"^\.+\\(OT1|OMS|OML)/\S+ (\S+)(?: \(ligature (.+)\))?$", line)
        if m:
            font, char, lig = m.groups()
            out.append(lig if lig else (oms.get(char, char) if font == "OMS" else char))
        elif re.match(r"^\.+\\glue -?\d", line):
            out.append(" ")
    return re.sub(r"\s+", " ", "".join(out))


def latex_run(tmp: Path, doc: str, backend: list[str]) -> str:
    (tmp / "doc.tex").write_text(doc, encoding="utf-8")
    cmd = ["pdflatex", "-shell-escape", "-interaction=nonstopmode", "doc.tex"]
    subprocess.run(cmd, cwd=tmp, capture_output=True, timeout=300)
    back = subprocess.run(backend, cwd=tmp, capture_output=True, text=True, timeout=300)
    assert back.returncode == 0, back.stdout + back.stderr
    subprocess.run(cmd, cwd=tmp, capture_output=True, timeout=300)
    subprocess.run(cmd, cwd=tmp, capture_output=True, timeout=300)
    # pdflatex exits 1 after \showbox ("! OK."); every other "!" line is a real error
    log = (tmp / "doc.log").read_text(encoding="utf-8", errors="replace")
    errors = [line for line in log.splitlines() if line.startswith("!") and line != "! OK."]
    assert errors == [], log[-3000:]
    assert "Output written on doc.pdf" in log
    return log


def check_hostile_run(tmp: Path, log: str) -> None:
    assert not (tmp / "pwnedone").exists() and not (tmp / "pwnedtwo").exists()
    assert "(/etc/passwd" not in log  # \input never opened the file
    assert "PWNED" not in log  # \def never ran (see \ifdefined in the document)
    shown = typeset_text(log)
    for literal in (
        "\\input{/etc/passwd}",
        "\\immediate\\write18{touch pwnedone}",
        "\\def\\pwned{1}",
    ):
        assert literal in shown, shown
    assert "{ unbalanced lone % here" in shown


@pytest.mark.parametrize("ascii", [False, True])
def test_hostile_text_with_bibtex_and_pdflatex(tmp_path: Path, ascii: bool) -> None:
    for tool in ("pdflatex", "bibtex"):
        need_tool(tool)
    pub = Publication(
        title="hostile", authors=(Person(given="Jane", family="Doe"),), extra={"note": HOSTILE}
    )
    (tmp_path / "refs.bib").write_text(to_bibtex([pub], ascii=ascii), encoding="utf-8")
    doc = (
        "\\documentclass{article}\n\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n"
        f"{SHOW}\n\\setbox0=\\vbox{{\\bibliography{{refs}}}}\n\\showbox0\n\\unvbox0\n"
        "\\ifdefined\\pwned \\errmessage{PWNED}\\fi\n\\end{document}\n"
    )
    log = latex_run(tmp_path, doc, ["bibtex", "doc"])
    check_hostile_run(tmp_path, log)


def test_hostile_text_with_biber_and_biblatex(tmp_path: Path) -> None:
    for tool in ("pdflatex", "biber"):
        need_tool(tool)
    pub = Publication(title=HOSTILE, authors=(Person(given="Jane", family="Doe"),), year=2020)
    (tmp_path / "refs.bib").write_text(to_bibtex([pub]), encoding="utf-8")
    doc = (
        "\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n\\nocite{*}\n"
        f"{SHOW}\n\\setbox0=\\vbox{{\\printbibliography}}\n\\showbox0\n\\unvbox0\n"
        "\\ifdefined\\pwned \\errmessage{PWNED}\\fi\n\\end{document}\n"
    )
    log = latex_run(tmp_path, doc, ["biber", "doc"])
    check_hostile_run(tmp_path, log)


def test_names_missing_a_part(tmp_path: Path) -> None:
    # a given name only (CSL's {"given": "…"}) was written ", Banksy", on which biber
    # crashes; a family name and suffix without a given name "Quill, PhD, ", which
    # bibtexparser and biber refuse (a trailing comma)
    people = [
        (Person(given="Banksy"),),
        (Person(given="Jean Paul"), Person(given="Ada", family="Lovelace")),
        (Person(family="Quill", suffix="PhD"),),
    ]
    pubs = [
        Publication(
            title=f"Invented work {i}", authors=a, year=2000 + i, kind=Kind.BOOK, publisher="P"
        )
        for i, a in enumerate(people)
    ]
    validate(tmp_path, to_bibtex(pubs), to_csl(pubs))
