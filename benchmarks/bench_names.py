"""Name-parsing benchmark (issue 3): agreement with real BibTeX and nameparser's cases, speed.

Run: ``.venv/bin/python benchmarks/bench_names.py [--quick]`` (pybtex and nameparser from the
``bench`` extra are measured in the same run when installed).

Scoring follows ``../shared/benchmarks/names/README.md``:

* ``bibtex`` cases, ``syntax="bibtex"``, against ``bibtex_0.99d`` (the parts real BibTeX gave;
  cases BibTeX could not read, marked ``skipped``, are left out): given = First tokens,
  family = von + Last tokens. A part's tokens are joined the way BibTeX's ``format.name$``
  joins them (a tie ``~`` before the last token and after tokens shorter than three
  characters, a space elsewhere), LaTeX-decoded by the decoder pubrecords uses, so only the
  split is compared; white space (ties included) is normalised to single spaces.
  "particle/suffix" also requires von = particle, Last = family, Jr = suffix.
* ``nameparser`` cases, ``syntax="text"``: the asserted fields only (first → given,
  last → particle + family, jr → suffix; commas in suffix lists are ignored: nameparser
  itself writes "QC, MP" for ``QC MP``).
* ``syntax="auto"`` on all cases: bibtex cases against ``bibtex_0.99d`` (or ``expected``
  where BibTeX could not read the input), nameparser cases as above.

A :class:`~pubrecords.errors.NameParseError` counts as an empty name (it agrees with a case
whose every part is empty). Speed: 100,000 distinct generated names in several locales
(about 4% written with LaTeX accents), parsed with ``syntax="auto"``, best of three runs
(pybtex too; nameparser, 25x slower, once); the parser has no cache, so every call does the
full work. The machine may be shared: compare the ratios, measured in the same run.

Real files (issue 16): every author and editor name of ``../shared/corpus/*.bib`` and
``tests/fixtures/realbib/*.bib`` (read with bibtexparser 2, fields split at " and " outside
braces, "others" left out):

* agreement with pybtex's ``Person`` on given (first + middle) and particle + family
  (prelast + last), pybtex's parts LaTeX-decoded by the decoder pubrecords uses, where pybtex
  parses the name and the name is not in biblatex's extended format (pybtex does not know
  it). White space is normalised, and so is the space beside a hyphen: we write the
  ``B.-G.`` of ``Englert, B. -G.`` where pybtex keeps ``B. -G.``. Measured for
  ``parse_name(name, "bibtex")`` and for the BibTeX reader's name path;
* extended-format names (``family=Walt, given=Stéfan J., prefix=van der, useprefix=true``):
  the ones in the files against a plain split of their ``key=value`` items, and a fixed set
  of written forms (quoted, braced, suffix, initials, LaTeX) against their parts;
* lost-accent repairs on these names (``parse_name_repaired(name, "bibtex")``, and
  ``repair_person`` on what the reader gives, as cleaning does): the files' syntax is
  intact, so every one would be a false repair;
* speed of ``parse_name(name, "bibtex")`` on the distinct names (best of seven runs).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pubrecords import (
    NameParseError,
    name_similarity,
    parse_name,
    parse_name_repaired,
    repair_person,
)
from pubrecords.names.latex import latex_to_unicode

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "benchmarks" / "names" / "cases.json"
REAL_DIRS = (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "fixtures" / "realbib")

Parts = tuple[str, str, str, str]  # given, particle, family(last), suffix


def _norm(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _bibtex_join(tokens: list[str]) -> str:
    out = []
    for i, tok in enumerate(tokens):
        out.append(tok)
        if i < len(tokens) - 1:
            out.append("~" if i == len(tokens) - 2 or len(tok) < 3 else " ")
    return "".join(out)


def _decode(tokens: list[str]) -> str:
    return _norm(latex_to_unicode(_bibtex_join(tokens)))


def ref_parts(parts: dict[str, list[str]]) -> Parts:
    return (
        _decode(parts.get("first", [])),
        _decode(parts.get("von", [])),
        _decode(parts.get("last", [])),
        _decode(parts.get("jr", [])),
    )


def our_parts(text: str, syntax: str) -> Parts:
    try:
        p = parse_name(text, syntax)  # type: ignore[arg-type]
    except NameParseError:
        return "", "", "", ""
    if p.literal and not (p.family or p.given):
        return "", "", _norm(p.literal), ""
    return _norm(p.given), _norm(p.particle), _norm(p.family), _norm(p.suffix)


def _family(parts: Parts) -> str:
    return _norm(f"{parts[1]} {parts[2]}")


def agree_bibtex(ours: Parts, ref: Parts, strict: bool) -> bool:
    if ours[0] != ref[0] or _family(ours) != _family(ref):
        return False
    if strict:
        return ours[1] == ref[1] and ours[2] == ref[2] and ours[3] == ref[3]
    return True


def _suffix_norm(text: str) -> str:
    return _norm(text.replace(",", " "))


def agree_nameparser(ours: Parts, expected: dict[str, list[str]]) -> bool:
    if "first" in expected and ours[0] != _norm(" ".join(expected["first"])):
        return False
    if "last" in expected and _family(ours) != _norm(" ".join(expected["last"])):
        return False
    return not (
        "jr" in expected and _suffix_norm(ours[3]) != _suffix_norm(" ".join(expected["jr"]))
    )


def score(cases: list[dict[str, Any]], show: bool) -> dict[str, tuple[int, int]]:
    res: dict[str, list[int]] = {k: [0, 0] for k in ("bib", "bib_strict", "np", "auto")}
    misses: list[str] = []
    for case in cases:
        text = case["input"]
        ref = case.get("bibtex_0.99d", {})
        if case["schema"] == "bibtex":
            if "skipped" not in ref:
                ours = our_parts(text, "bibtex")
                want = ref_parts(ref)
                ok = agree_bibtex(ours, want, False)
                ok_strict = agree_bibtex(ours, want, True)
                res["bib"][0] += ok
                res["bib"][1] += 1
                res["bib_strict"][0] += ok_strict
                res["bib_strict"][1] += 1
                if not ok_strict:
                    misses.append(f"bibtex   {text!r}: ours {ours} BibTeX {want}")
                auto_ok = agree_bibtex(our_parts(text, "auto"), want, False)
            else:
                auto_ok = agree_bibtex(our_parts(text, "auto"), ref_parts(case["expected"]), False)
        else:
            ours = our_parts(text, "text")
            ok = agree_nameparser(ours, case["expected"])
            res["np"][0] += ok
            res["np"][1] += 1
            if not ok:
                misses.append(f"text     {text!r}: ours {ours} expected {case['expected']}")
            auto_ok = agree_nameparser(our_parts(text, "auto"), case["expected"])
        res["auto"][0] += auto_ok
        res["auto"][1] += 1
        if not auto_ok:
            misses.append(f"auto     {text!r}: ours {our_parts(text, 'auto')}")
    if show:
        for line in misses:
            print("  miss:", line)
    return {k: (v[0], v[1]) for k, v in res.items()}


def peer_scores(cases: list[dict[str, Any]]) -> list[str]:
    lines = []
    try:
        from pybtex.database import Person as PybtexPerson
    except ImportError:
        PybtexPerson = None
    if PybtexPerson is not None:
        good = total = 0
        for case in cases:
            ref = case.get("bibtex_0.99d", {})
            if case["schema"] != "bibtex" or "skipped" in ref:
                continue
            total += 1
            try:
                p = PybtexPerson(case["input"])
                parts = {
                    "first": p.first_names + p.middle_names,
                    "von": p.prelast_names,
                    "last": p.last_names,
                    "jr": p.lineage_names,
                }
            except Exception:
                parts = {}
            good += agree_bibtex(ref_parts(parts), ref_parts(ref), False)
        lines.append(f"  pybtex Person, same scoring: {100 * good / total:.1f}% ({good}/{total})")
    try:
        from nameparser import HumanName
    except ImportError:
        HumanName = None
    if HumanName is not None:
        good = total = 0
        for case in cases:
            if case["schema"] != "nameparser":
                continue
            total += 1
            h = HumanName(case["input"])
            given = _norm(f"{h.first} {h.middle}")
            ours = (given, "", _norm(h.last), _norm(h.suffix))
            good += agree_nameparser(ours, case["expected"])
        lines.append(
            f"  nameparser HumanName, same scoring: {100 * good / total:.1f}% ({good}/{total})"
        )
    return lines


# --- real .bib files ------------------------------------------------------------------

# the forms of biblatex's extended name format, with the parts they stand for:
# (name, (given, particle, family, suffix, useprefix))
EXTENDED_CASES: list[tuple[str, tuple[str, str, str, str, bool | None]]] = [
    (
        "family=Walt, given=Stéfan J., prefix=van der, useprefix=true",
        ("Stéfan J.", "van der", "Walt", "", True),
    ),
    (
        'family=Walt, given="Stéfan J.", prefix=van der, useprefix=true',
        ("Stéfan J.", "van der", "Walt", "", True),
    ),
    (
        "family=Walt, given={Stéfan J.}, prefix={van der}, useprefix=false",
        ("Stéfan J.", "van der", "Walt", "", False),
    ),
    ('"family=Walt", "given=Stéfan J."', ("Stéfan J.", "", "Walt", "", None)),
    (
        "given=Jean, prefix=de, family=La Fontaine, useprefix=true",
        ("Jean", "de", "La Fontaine", "", True),
    ),
    ("family=Ford, given=Henry, suffix=Jr.", ("Henry", "", "Ford", "Jr.", None)),
    ("family=Smith, given=Jean Pierre, given-i={JP}", ("Jean Pierre", "", "Smith", "", None)),
    ("family=Doe, family-i=D, given=John", ("John", "", "Doe", "", None)),
    ("family={Robert and Sons, Inc.}", ("", "", "Robert and Sons, Inc.", "", None)),
    (
        "Family = Hern{\\'a}ndez-Lobato , Given = Jos{\\'e}~Miguel",
        ("José Miguel", "", "Hernández-Lobato", "", None),
    ),
    (
        "family=Heuvel, given=Charles, prefix=van den, useprefix=false",
        ("Charles", "van den", "Heuvel", "", False),
    ),
    (
        "family=Sousa, given=Hilário, prefix=de, useprefix=true",
        ("Hilário", "de", "Sousa", "", True),
    ),
]


def _hyphen_norm(text: str) -> str:
    return re.sub(r"\s*-\s*", "-", _norm(text))


def _split_names(value: str) -> list[str]:
    """An author/editor field split at " and " outside braces."""
    names: list[str] = []
    depth = 0
    start = 0
    for m in re.finditer(r"[{}]|\s+and\s+", value, re.IGNORECASE):
        tok = m.group()
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            names.append(value[start : m.start()])
            start = m.end()
    names.append(value[start:])
    return [" ".join(n.split()) for n in names if n.strip()]


def real_names() -> list[tuple[str, str]]:
    """(file name, name) for every author and editor name of the real files."""
    import bibtexparser

    out: list[tuple[str, str]] = []
    for folder in REAL_DIRS:
        for path in sorted(folder.glob("*.bib")):
            library = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
            for entry in library.entries:
                for field in entry.fields:
                    if field.key.lower() in ("author", "editor") and isinstance(field.value, str):
                        out.extend(
                            (path.name, n)
                            for n in _split_names(field.value)
                            if n.lower() != "others"
                        )
    return out


def _is_extended(name: str) -> bool:
    from pubrecords.names.extended import split_extended

    return split_extended(name) is not None


def _reference_extended(name: str) -> tuple[str, str, str, str]:
    """A plain reading of an extended name (values without commas): split, unbrace, decode."""
    items = {}
    for item in name.split(","):
        key, _, value = item.strip().strip('"').partition("=")
        value = value.strip().strip('"')
        if value.startswith("{") and value.endswith("}"):
            value = value[1:-1]
        items[key.strip().lower()] = _norm(latex_to_unicode(value))
    return (
        items.get("given", ""),
        items.get("prefix", ""),
        items.get("family", ""),
        items.get("suffix", ""),
    )


def _pybtex_parts(name: str) -> tuple[str, str] | None:
    from pybtex.database import Person as PybtexPerson

    try:
        p = PybtexPerson(name)
    except Exception:
        return None
    given = _norm(latex_to_unicode(" ".join(p.first_names + p.middle_names)))
    family = _norm(latex_to_unicode(" ".join(p.prelast_names + p.last_names)))
    return given, family


def real_file_figures(show: bool) -> list[str]:
    from pubrecords.formats.bibtex.read import _read_name  # the reader's own name path

    found = [d for d in REAL_DIRS if d.exists()]
    if not found:
        return ["real files: none found"]
    pairs = real_names()
    distinct = sorted({n for _, n in pairs})
    lines = [
        f"real files: {len(pairs):,} author/editor names ({len(distinct):,} distinct) in "
        + ", ".join(f"{d.name}/*.bib" for d in found)
    ]
    misses: list[str] = []
    try:
        import pybtex  # noqa: F401

        have_pybtex = True
    except ImportError:
        have_pybtex = False
    if have_pybtex:
        agree = agree_reader = total = 0
        for source, name in pairs:
            if _is_extended(name):
                continue
            ref = _pybtex_parts(name)
            if ref is None:
                continue
            total += 1
            want = (_hyphen_norm(ref[0]), _hyphen_norm(ref[1]))
            for reader in (False, True):
                try:
                    p = _read_name(name) if reader else parse_name(name, "bibtex")
                    if p.literal and not (p.family or p.given):
                        got = ("", _hyphen_norm(p.literal))
                    else:
                        got = (_hyphen_norm(p.given), _hyphen_norm(f"{p.particle} {p.family}"))
                except NameParseError:
                    got = ("", "")
                ok = got == want
                if reader:
                    agree_reader += ok
                else:
                    agree += ok
                if not ok:
                    who = "reader" if reader else "parse_name"
                    misses.append(f"pybtex {who} {source}: {name!r}: ours {got} pybtex {want}")
        lines.append(
            f"  given / particle+family agree with pybtex, parse_name(syntax='bibtex'): "
            f"{100 * agree / total:.2f}% ({agree}/{total}; target >= 99.95%)"
        )
        lines.append(
            f"  the same through the BibTeX reader's name path:                      "
            f"{100 * agree_reader / total:.2f}% ({agree_reader}/{total})"
        )
    else:
        lines.append("  pybtex not installed (pip install pybtex): agreement not measured")
    in_files = [(s, n) for s, n in pairs if _is_extended(n)]
    right = 0
    for source, name in in_files:
        p = parse_name(name, "bibtex")
        got = (p.given, p.particle, p.family, p.suffix)
        ok = got == _reference_extended(name)
        right += ok
        if not ok:
            misses.append(f"extended {source}: {name!r}: ours {got}")
    fixed_right = 0
    for name, want in EXTENDED_CASES:
        for syntax in ("bibtex", "auto"):
            p = parse_name(name, syntax)  # type: ignore[arg-type]
            got_case = (p.given, p.particle, p.family, p.suffix, p.useprefix)
            ok = got_case == want
            fixed_right += ok
            if not ok:
                misses.append(f"extended {syntax}: {name!r}: ours {got_case} want {want}")
    fixed_total = 2 * len(EXTENDED_CASES)
    lines.append(
        f"  extended-format names right: {right}/{len(in_files)} in the files, "
        f"{fixed_right}/{fixed_total} written forms (syntax bibtex and auto; target 100%)"
    )
    parsed = read = 0
    for source, name in pairs:
        _, repairs = parse_name_repaired(name, "bibtex")
        if any(r.action == "restore-lost-accent" for r in repairs):
            parsed += 1
            misses.append(f"lost-accent repair, parse_name {source}: {name!r}")
        _, repairs = repair_person(_read_name(name))
        if any(r.action == "restore-lost-accent" for r in repairs):
            read += 1
            misses.append(f"lost-accent repair, reader + repair_person {source}: {name!r}")
    lines.append(
        f"  lost-accent repairs (intact BibTeX syntax, target 0): {parsed} from parse_name, "
        f"{read} from the reader + repair_person"
    )
    # (a short list: best of seven runs, so that a busy machine shows less)
    per_name = time_per_name(lambda n: parse_name(n, "bibtex"), distinct, 7)
    lines.append(
        f"  speed, parse_name(syntax='bibtex') on the {len(distinct):,} distinct names: "
        f"{per_name:.2f} µs/name"
    )
    if show:
        lines.extend("  miss: " + m for m in misses)
    return lines


# --- generated names for the speed test --------------------------------------------------


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split("|")]


_LOCALES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        _words(
            "James|Mary|John|Patricia|Robert|Jennifer|Michael|Linda|William|Elizabeth|David|"
            "Susan|Richard|Jessica|Joseph|Sarah|Thomas|Karen|Charles|Nancy|Emily|Daniel|Matthew"
        ),
        _words(
            "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|"
            "Moore|Jackson|Martin|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Allingham|"
            "Nalisnick|O'Brien|McPherson|Hadfield-Menell"
        ),
    ),
    "es": (
        _words(
            "José|María|Juan|Lucía|Javier|Carmen|Miguel|Ana|Ángel|Sofía|Andrés|Inés|Raúl|"
            "Elena|Jesús|Pilar|Gonzalo|Lidia"
        ),
        _words(
            "García|Hernández|López|Martínez|González|Rodríguez|Pérez|Sánchez|Ramírez|Torres|"
            "Flores|Muñoz|Antorán|Calderón|Núñez|Jiménez|Ibáñez|Peña|de la Cruz"
        ),
    ),
    "de": (
        _words("Jürgen|Günther|Anna|Lukas|Sophie|Maximilian|Katharina|Felix|Jörg|Bärbel|Uwe"),
        _words(
            "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schäfer|Köhler|"
            "von Neumann|von Hagen|Zimmermann|Krüger"
        ),
    ),
    "nl": (
        _words("Jan|Pieter|Willem|Anouk|Sanne|Daan|Bram|Fleur|Joost|Maarten"),
        _words(
            "de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|de Jong|van der Laan|"
            "van Leeuwen|Mulder"
        ),
    ),
    "fr": (
        _words("Jean-Pierre|Marie-Claire|Stéphane|Hélène|François|Léa|Jérémy|Amélie|Benoît"),
        _words("Dubois|Lefèvre|Moreau|Girard|Rousseau|de la Fontaine|Bérard|Lemaître|Deny"),
    ),
    "zh": (
        _words("Wei|Fang|Lei|Jing|Yang|Min|Bin|Qinyi|Zhonghao|Yawen|Wanru|Hao|Xiaoming|Fei-Fei"),
        _words("Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Zeng|He"),
    ),
    "vi": (
        _words("Minh|Anh|Thanh|Hùng|Lan|Tuấn|Hương|Dũng|Quang|Thảo"),
        _words("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi"),
    ),
    "ar": (
        _words("Ahmed|Mohamed|Fatima|Omar|Layla|Youssef|Khalid|Mariam|Hassan|Nour"),
        _words("al-Rashid|El-Sayed|Haddad|Nasser|bin Laden|Abdallah|Khoury|Mansour|ibn Saud"),
    ),
    "in": (
        _words("Aarav|Priya|Rohan|Ananya|Vikram|Kshitij|Satyapriya|Ekdeep|Nitarshan|Umang"),
        _words("Sharma|Patel|Gupta|Singh|Kumar|Krishna|Rajkumar|Bhatt|Lubana|Iyer"),
    ),
    "pl": (
        _words("Łukasz|Małgorzata|Paweł|Zofia|Wojciech|Agnieszka|Michał|Bożena"),
        _words("Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański"),
    ),
}

_LATEX = {
    "é": "{\\'e}",
    "á": "{\\'a}",
    "ü": '{\\"u}',
    "ö": '{\\"o}',
    "ñ": "{\\~n}",
    "í": "{\\'\\i}",
}


def _tex(text: str) -> str:
    for ch, tex in _LATEX.items():
        text = text.replace(ch, tex)
    return text


def generate_names(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` distinct (name, family name as written) pairs."""
    rng = random.Random(seed)
    locales = list(_LOCALES.values())
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    while len(out) < count:
        givens, families = rng.choice(locales)
        given = rng.choice(givens)
        family = rng.choice(families)
        form = rng.random()
        middle = rng.choice(givens)
        letter = chr(65 + rng.randrange(26))
        if form < 0.30:
            name = f"{given} {family}"
        elif form < 0.45:
            name = f"{given} {letter}. {family}"
        elif form < 0.55:
            name = f"{given} {middle} {family}"
        elif form < 0.70:
            name = f"{family}, {given}"
        elif form < 0.78:
            name = f"{given[0]}. {letter}. {family}"
        elif form < 0.84:
            name = f"{family}, {given[0]}. {letter}."
        elif form < 0.88:
            name = f"{given} {family} {rng.choice(['Jr.', 'III', 'Sr.', 'PhD'])}"
        elif form < 0.92:
            name = f"{rng.choice(['Dr.', 'Prof.', 'Mr.', 'Ms.'])} {given} {family}"
        elif form < 0.96:
            family = f"{family}-{rng.choice(families)}"
            name = f"{given} {family}"
        else:  # written with LaTeX accents, as in a .bib file
            tex_given = _tex(given)
            if "\\" not in tex_given + _tex(family):
                tex_given = tex_given.replace("e", "{\\'e}", 1).replace("a", "{\\'a}", 1)
            name = f"{tex_given} {letter}. {_tex(family)}"
        if name not in seen:
            seen.add(name)
            out.append((name, family))
    return out


def time_per_name(func: Callable[[str], Any], names: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for name in names:
            func(name)
        best = min(best, time.perf_counter() - start)
    return best / len(names) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="10k names, one timing run")
    ap.add_argument("--misses", action="store_true", help="list the cases that disagree")
    args = ap.parse_args(argv)

    if not CASES.exists():
        print(f"cases not found: {CASES}", file=sys.stderr)
        return 2
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    res = score(cases, args.misses)

    def pct(key: str) -> str:
        good, total = res[key]
        return f"{100 * good / total:.1f}% ({good}/{total})"

    print(f"name cases: {CASES.name}, {len(cases)} cases")
    print(f"bibtex cases, syntax='bibtex', given+family agree with bibtex 0.99d: {pct('bib')}")
    print(
        f"bibtex cases, syntax='bibtex', particle+family+suffix too:          {pct('bib_strict')}"
    )
    print(f"nameparser cases, syntax='text', asserted fields agree:            {pct('np')}")
    print(f"all cases, syntax='auto':                                          {pct('auto')}")
    for line in peer_scores(cases):
        print(line)
    for line in real_file_figures(args.misses):
        print(line)

    count = 10_000 if args.quick else 100_000
    pairs = generate_names(count)
    names = [name for name, _ in pairs]
    repeat = 1 if args.quick else 3
    ours = time_per_name(parse_name, names, repeat)
    print(f"speed on {count:,} distinct generated names (10 locales), syntax='auto', no cache:")
    print(f"  pubrecords parse_name: {ours:.2f} µs/name")
    try:
        from pybtex.database import Person as PybtexPerson

        def pybtex_parse(name: str) -> Any:
            try:
                return PybtexPerson(name)
            except Exception:
                return None

        t = time_per_name(pybtex_parse, names, repeat)
        print(f"  pybtex Person:         {t:.2f} µs/name (pubrecords {t / ours:.1f}x faster)")
    except ImportError:
        print("  pybtex not installed (pip install pybtex)")
    try:
        from nameparser import HumanName

        t = time_per_name(HumanName, names, 1)
        print(f"  nameparser HumanName:  {t:.2f} µs/name (pubrecords {t / ours:.1f}x faster)")
    except ImportError:
        print("  nameparser not installed (pip install nameparser)")
    people = [parse_name(n) for n in names]
    rng = random.Random(11)
    idx = [(rng.randrange(len(people)), rng.randrange(len(people))) for _ in range(len(people))]
    timings = []
    for _ in range(2):  # first: each person's folded key computed; then: keys cached
        start = time.perf_counter()
        for i, j in idx:
            name_similarity(people[i], people[j])
        timings.append((time.perf_counter() - start) / len(idx) * 1e6)
    print(
        f"  name_similarity on {len(idx):,} random pairs of parsed names: "
        f"{timings[0]:.2f} µs/pair first time, {timings[1]:.2f} µs/pair with keys cached"
    )
    right = 0
    for name, family in pairs:
        p = parse_name(name)
        right += _norm(f"{p.particle} {p.family}") == family
    print(f"  (family name recovered on {100 * right / len(pairs):.2f}% of the generated names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
