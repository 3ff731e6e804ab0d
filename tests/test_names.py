"""Author names: BibTeX grammar, free text, lost accents, LaTeX, matching, formatting."""

from __future__ import annotations

import contextlib
import json
import re
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from conftest import shared_path
from pubrecords import (
    NameParseError,
    Person,
    PubrecordsError,
    best_variant,
    family_key,
    format_name,
    from_csl_name,
    name_similarity,
    parse_author_list,
    parse_name,
    parse_name_repaired,
    repair_person,
    same_person,
    to_csl_name,
)
from pubrecords.cli import main
from pubrecords.names.bibtex import _FLAT, _scan_tokens, _tokenize, split_bibtex
from pubrecords.names.latex import _Decoder, latex_to_unicode
from pubrecords.names.parse import _ATTENTION, _new_person, _parse_marked
from pubrecords.names.repair import _CANDIDATE, restore_lost_accents
from pubrecords.names.text import (
    _GLUED_HINT,
    PARTICLES,
    _may_be_title,
    _split_initials,
    _split_plain,
    _split_short,
    _starts_family,
    _strip_titles,
)

# ---------------------------------------------------------------------------------------
# shared name cases (scored as in ../shared/benchmarks/names/README.md)


def _cases() -> list[dict[str, Any]]:
    return list(json.loads(shared_path("benchmarks", "names", "cases.json").read_text("utf-8")))


def _norm(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _join_like_bibtex(tokens: list[str]) -> str:
    out = []
    for i, tok in enumerate(tokens):
        out.append(tok)
        if i < len(tokens) - 1:
            out.append("~" if i == len(tokens) - 2 or len(tok) < 3 else " ")
    return _norm(latex_to_unicode("".join(out)))


def _ours(text: str, syntax: Any) -> tuple[str, str, str, str]:
    try:
        p = parse_name(text, syntax)
    except NameParseError:
        return "", "", "", ""
    if p.literal and not (p.given or p.family):
        return "", "", p.literal, ""
    return _norm(p.given), _norm(p.particle), _norm(p.family), _norm(p.suffix)


def test_bibtex_cases_agree_with_bibtex_0_99d() -> None:
    cases = [c for c in _cases() if c["schema"] == "bibtex" and "skipped" not in c["bibtex_0.99d"]]
    assert len(cases) > 150
    wrong = []
    for case in cases:
        ref = case["bibtex_0.99d"]
        want = tuple(_join_like_bibtex(ref[k]) for k in ("first", "von", "last", "jr"))
        got = _ours(case["input"], "bibtex")
        if got != want:
            wrong.append((case["input"], got, want))
    # the issue asks >= 99.5% (given/family) and >= 99% (all parts); we match all of them
    assert not wrong, wrong


def test_nameparser_cases_in_text_mode() -> None:
    cases = [c for c in _cases() if c["schema"] == "nameparser"]
    good = 0
    wrong = []
    for case in cases:
        exp = case["expected"]
        given, particle, family, suffix = _ours(case["input"], "text")
        ok = True
        if "first" in exp and given != _norm(" ".join(exp["first"])):
            ok = False
        if "last" in exp and _norm(f"{particle} {family}") != _norm(" ".join(exp["last"])):
            ok = False
        if "jr" in exp and _norm(suffix.replace(",", " ")) != _norm(
            " ".join(exp["jr"]).replace(",", " ")
        ):
            ok = False
        good += ok
        if not ok:
            wrong.append(case["input"])
    assert good / len(cases) >= 0.97, wrong


# ---------------------------------------------------------------------------------------
# BibTeX grammar


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Ludwig van Beethoven", ("Ludwig", "van", "Beethoven", "")),
        ("van Beethoven, Ludwig", ("Ludwig", "van", "Beethoven", "")),
        ("Ford, Jr., Henry", ("Henry", "", "Ford", "Jr.")),
        ("Brinch Hansen, Per", ("Per", "", "Brinch Hansen", "")),
        ("Per Brinch Hansen", ("Per Brinch", "", "Hansen", "")),
        ("Andreas Geyer-Schulz", ("Andreas", "", "Geyer-Schulz", "")),
        ("Jean de la Fontaine", ("Jean", "de la", "Fontaine", "")),
        ("Paul \\'emile Victor", ("Paul", "\\'emile", "Victor", "")),  # lower case by its letter
        ("Paul {\\'E}mile Victor", ("Paul {\\'E}mile", "", "Victor", "")),
        ("AA {\\oe}uvre BB", ("AA", "{\\oe}uvre", "BB", "")),  # \oe counts as lower case
        ("AA {\\OE}uvre BB", ("AA {\\OE}uvre", "", "BB", "")),
        ("Galouzeau de Villepin, Dominique", ("Dominique", "Galouzeau de", "Villepin", "")),
        ("AA, BB, CC, DD", ("CC DD", "", "AA", "BB")),  # too many commas: BibTeX's recovery
        ("Tom {de Geus}", ("Tom", "", "{de Geus}", "")),
        ("Élodie durand Martin", ("Élodie", "durand", "Martin", "")),  # Unicode case
        ("Khalid al-Rashid", ("Khalid", "", "al-Rashid", "")),  # hyphen kept with the family
    ],
)
def test_split_bibtex(text: str, parts: tuple[str, str, str, str]) -> None:
    assert split_bibtex(text) == parts


def test_bibtex_unbalanced_braces_are_repaired_not_fatal() -> None:
    assert parse_name("AA {BB CC", "bibtex") == Person(given="AA", family="BB CC")
    assert parse_name("AA BB CC}", "bibtex") == Person(given="AA BB", family="CC")


def test_bibtex_organisation_in_braces_is_literal() -> None:
    person = parse_name("{Barnes and Noble, Inc.}")
    assert person.literal == "Barnes and Noble, Inc." and not person.family
    assert format_name(person, "bibtex") == "{Barnes and Noble, Inc.}"


def test_bibtex_name_with_and_is_refused() -> None:
    with pytest.raises(NameParseError, match="parse_author_list"):
        parse_name("{\\'A}lvarez, J. and Smith, K.", "bibtex")


# ---------------------------------------------------------------------------------------
# free text


@pytest.mark.parametrize(
    ("text", "given", "particle", "family", "suffix"),
    [
        ("José Miguel Hernández-Lobato", "José Miguel", "", "Hernández-Lobato", ""),
        ("Eric J Bigelow", "Eric J", "", "Bigelow", ""),
        ("Marvin Von Hagen", "Marvin", "", "Von Hagen", ""),
        # capitalised Sicilian and Arabic particles begin the family name, as "Von" does
        # (they were read as the given name's last word: "Hamdan Al", "Angela Lo")
        ("Hamdan Al Kindi", "Hamdan", "", "Al Kindi", ""),
        ("Abdellatif El Ghazi", "Abdellatif", "", "El Ghazi", ""),
        ("Angela Lo Porto", "Angela", "", "Lo Porto", ""),
        ("Al Gore", "Al", "", "Gore", ""),
        ("Alex Ben Johnson", "Alex Ben", "", "Johnson", ""),  # ("Ben": a middle name too)
        # ... but after an Arabic given name, "Ben", "Ait", "Ould", "Abu" begin a Maghrebi
        # family name of two words
        ("Mohamed Ben Romdhane", "Mohamed", "", "Ben Romdhane", ""),
        ("Leila Ait Hammou", "Leila", "", "Ait Hammou", ""),
        ("Mohamed Ali Ben Salem", "Mohamed Ali", "", "Ben Salem", ""),
        # after any given name, Mauritanian "Ould"/"Mint" and Levantine "Abou"/"Abi"/"Bou"
        ("Salem Ould Bakar", "Salem", "", "Ould Bakar", ""),
        ("Khadi Mint Ely", "Khadi", "", "Mint Ely", ""),
        ("Rima Abou Nassar", "Rima", "", "Abou Nassar", ""),
        ("Joelle Abi Khalil", "Joelle", "", "Abi Khalil", ""),
        ("Mahmoud Abu Shawish", "Mahmoud", "", "Abu Shawish", ""),
        ("Gabriel García Márquez", "Gabriel", "", "García Márquez", ""),
        ("Selvaraj a/l Murugesu", "Selvaraj", "a/l", "Murugesu", ""),  # (son of)
        ("Lieve Vanden Broecke", "Lieve", "", "Vanden Broecke", ""),
        # a common Iberian first surname that does not end in "-ez"
        ("Lucía Torres Quintana", "Lucía", "", "Torres Quintana", ""),
        ("Juan Carlos Torres", "Juan Carlos", "", "Torres", ""),
        ("Li Fei-Fei", "Fei-Fei", "", "Li", ""),
        ("Fei-Fei Li", "Fei-Fei", "", "Li", ""),
        ("Prof. Jane Smith PhD", "Jane", "", "Smith", "PhD"),
        ("Smith, J.", "J.", "", "Smith", ""),
        ("Dr. Juan Q. Xavier de la Vega III", "Juan Q. Xavier", "de la", "Vega", "III"),
        ("Walter van der Laan", "Walter", "van der", "Laan", ""),
        ("Van Johnson", "Van", "", "Johnson", ""),
        ("Juan Velasquez y Garcia, Jr.", "Juan", "", "Velasquez y Garcia", "Jr."),
        ("E.T. Smith", "E. T.", "", "Smith", ""),
        ('Benjamin "Ben" Franklin', "Benjamin", "", "Franklin", ""),
        ("Ekdeep Singh Lubana", "Ekdeep Singh", "", "Lubana", ""),
        ("Kim Jong-un", "Jong-un", "", "Kim", ""),
        ("DUPONT Jean", "Jean", "", "DUPONT", ""),
        ("Joost Janssen-van Dijk", "Joost", "", "Janssen-van Dijk", ""),
        ("Pieter de Vries-van der Laan", "Pieter", "de", "Vries-van der Laan", ""),
        ("bin Laden, M. P.", "M. P.", "bin", "Laden", ""),  # initials, not the suffix MP
        ("Wei Zhou-Zhang", "Wei", "", "Zhou-Zhang", ""),  # a double family name
        ("John Smith, Ph. D.", "John", "", "Smith", "Ph. D."),
        ("Josep Puig i Cadafalch", "Josep", "", "Puig i Cadafalch", ""),
        # Gaelic family names of two words ("Nic", "Mac", "Ní" are no given names)
        ("Orlaith Nic Fhlannchadha", "Orlaith", "", "Nic Fhlannchadha", ""),
        ("Tadhg Mac Cárthaigh", "Tadhg", "", "Mac Cárthaigh", ""),
        ("S. Ní Bhraonáin", "S.", "", "Ní Bhraonáin", ""),
        ("Mac Okonkwo", "Mac", "", "Okonkwo", ""),  # (first: a given name)
        ("Femke te Wierik", "Femke", "te", "Wierik", ""),  # (Dutch "te", as "ten", "ter")
        # a numeral in title case is a name ("Vi", "Xi"); a generational one is in capitals
        ("Thảo Vi", "Thảo", "", "Vi", ""),
        ("林, 思远", "思远", "", "林", ""),  # (Han or Hangul, family name, comma, given)
        ("한, 지우", "지우", "", "한", ""),
        ("서문하늘", "하늘", "", "서문", ""),  # (two-syllable Korean, two-character
        ("钟离春", "春", "", "钟离", ""),  # Chinese family names)
        ("Lanh, Vi", "Vi", "", "Lanh", ""),
        ("Tomas Lanh VI", "Tomas", "", "Lanh", "VI"),
        ("Lin Chih-Jen", "Chih-Jen", "", "Lin", ""),
        # after a family name alone, capitals are initials, not a numeral (WoS, Scopus RIS)
        ("PAVLOV, VI", "VI", "", "PAVLOV", ""),
        ("Pavlov, V.I.", "V.I.", "", "Pavlov", ""),
        ("Kim, I.I.", "I.I.", "", "Kim", ""),
        ("Smith, II", "II", "", "Smith", ""),
        ("John Smith, III", "John", "", "Smith", "III"),
        ("Smith, Jr.", "", "", "Smith", "Jr."),
        ("Andrews, M.D.", "", "", "Andrews", "M.D."),
    ],
)
def test_free_text_names(text: str, given: str, particle: str, family: str, suffix: str) -> None:
    person = parse_name(text, "text")
    assert (person.given, person.particle, person.family, person.suffix) == (
        given,
        particle,
        family,
        suffix,
    )


def test_cjk_names() -> None:
    assert parse_name("姚期智") == Person(given="期智", family="姚")
    assert parse_name("欧阳修") == Person(given="修", family="欧阳")
    assert parse_name("山田 太郎") == Person(given="太郎", family="山田")
    assert parse_name("やまだたろう").literal == "やまだたろう"  # kana: no split guessed


def test_organisations_are_literal_in_text() -> None:
    assert parse_name("The ATLAS Collaboration").literal == "The ATLAS Collaboration"
    assert to_csl_name(parse_name("Mila Quebec AI Institute")) == {
        "literal": "Mila Quebec AI Institute"
    }


def test_auto_uses_bibtex_grammar_only_with_latex_markers() -> None:
    # BibTeX reads a capitalised "Van" as a first name; free text keeps it with the family
    assert parse_name("A. J. Van Haagen", "bibtex").family == "Haagen"
    assert parse_name("A. J. Van Haagen").family == "Van Haagen"
    assert parse_name("A. J. {Van Haagen}").family == "Van Haagen"


# ---------------------------------------------------------------------------------------
# seed pages


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(Path(shared_path("seeds")).glob("*.txt")):
        lines.extend(path.read_text("utf-8").splitlines())
    return lines


def test_seed_pages_mangled_names_are_repaired_and_match_their_clean_spelling() -> None:
    lines = set(_seed_lines())
    mangled = sorted(line for line in lines if re.fullmatch(r"[\w .'\"~-]+", line) and "'" in line)
    assert "Jos'e Miguel Hern'andez-Lobato" in mangled and "Javier Antor'an" in mangled
    for line in mangled:
        person, repairs = parse_name_repaired(line)
        assert [r.action for r in repairs] == ["restore-lost-accent"], line
        assert "'" not in str(person)
        assert repairs[0].before == line and repairs[0].after == str(person)
    assert str(parse_name("Jos'e Miguel Hern'andez-Lobato")) in lines  # the clean spelling
    assert same_person("Javier Antor'an", "Javier Antoran")


def test_seed_pages_author_lines() -> None:
    lines = _seed_lines()
    for line in ("Marvin Von Hagen", "Eric J Bigelow", "Tim Rocktäschel", "Jérémy Scheurer"):
        assert line in lines
    assert parse_name("Marvin Von Hagen").family == "Von Hagen"
    assert parse_name("Tim Rocktäschel").family == "Rocktäschel"
    tail = next(line for line in lines if "(see 2 more)" in line)
    people, complete = parse_author_list(tail)
    assert [str(p) for p in people] == ["Adrian Weller"] and not complete
    assert same_person("James U. Allingham", "James Urquhart Allingham")
    assert same_person("Eric T. Nalisnick", "Eric Nalisnick")


# ---------------------------------------------------------------------------------------
# lost accents and LaTeX


@pytest.mark.parametrize(
    ("mangled", "fixed"),
    [
        ("Jos'e", "José"),
        ("Hern'andez", "Hernández"),
        ("Antor'an", "Antorán"),
        ('Rockt"aschel', "Rocktäschel"),
        ("Mu~noz", "Muñoz"),
        ("Mart'ın", "Martín"),
        ("Ra'ul", "Raúl"),
        ("Mladeni'c", "Mladenić"),
        ("Vesel'y", "Veselý"),
        ("J'er^ome", "Jérôme"),
    ],
)
def test_lost_accents_restored(mangled: str, fixed: str) -> None:
    assert restore_lost_accents(mangled) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "O'Brien",
        "D'Angelo",
        "N'Diaye",
        "Ng'ang'a",
        "O'Neil",
        "O'connor",
        "d'Aviano",
        "Nahi'ena'ena",
        "Va'apu'u",
        "Hawai'i",
        "Men'shikov",
        "Grigor'ev",
        "Il'ya",
        "La'tanya",
        "Mari' Aube'",
        "Xi'an Zhang",
        "Wang'ombe",
    ],
)
def test_real_apostrophes_kept(kept: str) -> None:
    assert restore_lost_accents(kept) == kept


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        ("{\\'e}", "é"),
        ("\\'{e}", "é"),
        ('\\"o', "ö"),
        ("{\\ss}", "ß"),
        ("\\v{Z}", "Ž"),
        ("{\\'\\i}", "í"),
        ("\\'{\\i}", "í"),
        ("\\'{\\^e}", "ế"),  # stacked accents
        ("Brand\\~{a}o", "Brandão"),
        ("H\\o{}gsbro", "Høgsbro"),
        ("{\\L}{\\'o}d{\\'z}", "Łódź"),
        ("\\c{C}elik", "Çelik"),
        ("Erd\\H{o}s", "Erdős"),
        ("{\\LaTeX} Team", "LaTeX Team"),
        ("\\TUB{} Team", "TUB Team"),  # unknown macro: its name is kept
    ],
)
def test_latex_decoding(latex: str, text: str) -> None:
    assert latex_to_unicode(latex) == text


def test_latex_repairs_are_reported() -> None:
    person, repairs = parse_name_repaired("Hern{\\'a}ndez-Lobato, Jos{\\'e} Miguel")
    assert str(person) == "José Miguel Hernández-Lobato"
    assert [r.action for r in repairs] == ["latex-to-unicode"]
    assert repairs[0].field == "name" and "\\'" in repairs[0].before
    person, repairs = parse_name_repaired("José Miguel Hernández-Lobato")
    assert repairs == ()


def test_repair_person() -> None:
    person = Person(
        given="Jos'e Miguel", family="Hern{\\'a}ndez-Lobato", identifiers={"orcid": "x"}
    )
    fixed, repairs = repair_person(person)
    assert (fixed.given, fixed.family) == ("José Miguel", "Hernández-Lobato")
    assert fixed.identifiers == {"orcid": "x"}
    assert [r.action for r in repairs] == ["latex-to-unicode", "restore-lost-accent"]
    again, more = repair_person(fixed)
    assert again == fixed and more == ()
    clean = Person(given="Conan", family="O'Brien")
    assert repair_person(clean) == (clean, ())


def test_repair_person_keeps_a_name_with_a_command_nobody_knows() -> None:
    # MathSciNet's @preamble defines \ocirc: "Franc{\ocirc{u}}" was spelled "Francocircu"
    person = Person(given="Jan", family="Franc{\\ocirc{u}}")
    assert repair_person(person) == (person, ())
    mixed = Person(given="Jos{\\'e}", family="Franc{\\ocirc{u}}")
    fixed, repairs = repair_person(mixed)
    assert (fixed.given, fixed.family) == ("José", "Franc{\\ocirc{u}}")
    assert [r.action for r in repairs] == ["latex-to-unicode"]


_ACCENT_SOURCES = st.sampled_from(
    [
        "{\\'e}",
        "\\'{e}",
        "\\'e",
        '{\\"u}',
        '\\"{o}',
        "\\~n",
        "{\\~n}",
        "\\v{c}",
        "{\\v c}",
        "{\\v{s}}",
        "\\c{c}",
        "{\\ss}",
        "\\ss{}",
        "{\\o}",
        "\\'{\\i}",
        "{\\'\\i}",
        "\\H{o}",
        "\\k{a}",
        "\\u{g}",
        "{\\AA}",
        "Jos",
        "a",
        " ",
        "-",
        "B",
        "{\\'E}",
    ]
)


@given(st.lists(_ACCENT_SOURCES, max_size=8))
@settings(max_examples=150)
def test_fast_latex_path_equals_full_decoder(parts: list[str]) -> None:
    text = "".join(parts)
    assume("\\" in text or "{" in text)
    full = _Decoder(text).run()
    import unicodedata

    full = " ".join(unicodedata.normalize("NFC", full).split())
    assert latex_to_unicode(text) == full


# ---------------------------------------------------------------------------------------
# matching


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("James U. Allingham", "James Urquhart Allingham"),
        ("Eric T. Nalisnick", "Eric Nalisnick"),
        ("Javier Antor'an", "Javier Antoran"),
        ("Javier Antoran", "Javier Antorán"),
        ("Zeng Bin", "Bin Zeng"),
        ("Gonz'alez Calder'on, Lidia", "Gonzalez, Lidia"),
        ("Jean-Pierre Dupont", "J.-P. Dupont"),
        ("Smith JA", "John A. Smith"),
        ("Marvin Von Hagen", "von Hagen, M."),
        (Person(given="Fei-Fei", family="Li"), "Feifei Li"),
    ],
)
def test_same_person(a: Any, b: Any) -> None:
    assert same_person(a, b) and same_person(b, a)
    assert name_similarity(a, b) >= 0.8


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("J. Smith", "K. Smith"),
        ("John Smith", "Jane Smith"),
        ("John A. Smith", "John B. Smith"),
        ("Javier Antorán", "Javier Antonelli"),
    ],
)
def test_not_same_person(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert 0.0 <= name_similarity(a, b) < 0.8


def test_similarity_is_graded() -> None:
    exact = name_similarity("Javier Antorán", "Javier Antorán")
    initials = name_similarity("Javier Antorán", "J. Antorán")
    typo = name_similarity("Javier Antorán", "Javier Antoram")
    other = name_similarity("Javier Antorán", "Maria Lopez")
    assert exact == 1.0 > initials >= 0.8 > typo > other >= 0.0


def test_family_key_and_best_variant() -> None:
    assert family_key(parse_name("van der Laan, Walter")) == "laan"
    assert family_key(parse_name("José Miguel Hernández-Lobato")) == "hernandezlobato"
    assert family_key(Person(literal="OpenAI")) == "openai"
    best = best_variant(["J. Antoran", "javier antorán", "Javier Antoran", "Javier Antorán"])
    assert str(best) == "Javier Antorán"
    assert str(best_variant(["Jos'e M. Hern'andez", "J. M. Hernandez"])) == "José M. Hernández"
    with pytest.raises(ValueError):
        best_variant([])


# ---------------------------------------------------------------------------------------
# formatting and CSL


def test_format_styles() -> None:
    vdl = Person(given="Walter", particle="van der", family="Laan", suffix="Jr.")
    assert format_name(vdl, "bibtex") == "van der Laan, Jr., Walter"
    assert format_name(vdl, "display") == "Walter van der Laan, Jr."
    assert format_name(vdl, "sort") == "Laan, Walter van der, Jr."
    assert format_name(vdl, "initials") == "W. van der Laan Jr."
    assert (
        format_name(Person(given="Marvin", family="Von Hagen"), "bibtex") == "{Von Hagen}, Marvin"
    )
    assert format_name(Person(given="Tom", family="de Geus"), "bibtex") == "{de Geus}, Tom"
    assert format_name(Person(family="Brinch Hansen"), "bibtex") == "{Brinch Hansen}"
    assert format_name(Person(given="Jean-Pierre", family="Dupont"), "initials") == "J.-P. Dupont"
    with pytest.raises(ValueError):
        format_name(vdl, "fancy")  # type: ignore[arg-type]


def test_csl_round_trip_and_particles() -> None:
    vdl = parse_name("Walter van der Laan")
    data = to_csl_name(vdl)
    assert data == {"family": "Laan", "given": "Walter", "non-dropping-particle": "van der"}
    assert from_csl_name(data) == vdl
    assert from_csl_name({"family": "Beethoven", "given": "L.", "dropping-particle": "van"}) == (
        Person(given="L.", family="Beethoven", particle="van")
    )
    assert from_csl_name({"literal": "OpenAI"}) == Person(literal="OpenAI")
    with pytest.raises(NameParseError):
        from_csl_name({})
    with pytest.raises(NameParseError):
        from_csl_name("Smith")  # type: ignore[arg-type]


_WORD = st.from_regex(r"[A-Z][a-zà-ÿ]{1,8}", fullmatch=True)


@given(
    given_=st.lists(_WORD, min_size=0, max_size=3),
    family=st.lists(_WORD, min_size=1, max_size=2),
    particle=st.sampled_from(["", "van", "van der", "de la", "von"]),
    suffix=st.sampled_from(["", "Jr.", "III"]),
)
@settings(max_examples=150)
def test_bibtex_format_round_trips(
    given_: list[str], family: list[str], particle: str, suffix: str
) -> None:
    person = Person(
        given=" ".join(given_), family=" ".join(family), particle=particle, suffix=suffix
    )
    # a family name alone in braces reads back as a literal (an organisation), so skip that
    assume(given_ or suffix or particle or len(family) == 1)
    assert parse_name(format_name(person, "bibtex"), "bibtex") == person
    assert from_csl_name(to_csl_name(person)) == person


# ---------------------------------------------------------------------------------------
# author lists


@pytest.mark.parametrize(
    ("text", "names", "complete"),
    [
        (
            "p. auer, n. cesa-bianchi, y. freund, and r. e. schapire,",
            ["p. auer", "n. cesa-bianchi", "y. freund", "r. e. schapire"],
            True,
        ),
        ("Smith, J.; Jones, K.", ["J. Smith", "K. Jones"], True),
        ("A. Smith and B. Jones", ["A. Smith", "B. Jones"], True),
        ("Smith J, Jones K", ["J. Smith", "K. Jones"], True),
        ("Smith JA, van der Berg AB", ["J. A. Smith", "A. B. van der Berg"], True),
        # PubMed's CSV ends its lists with a period, after the last author's initials
        ("Xu L, Sanders L, Chow JCL.", ["L. Xu", "L. Sanders", "J. C. L. Chow"], True),
        ("Schario ME, Thatcher EJ.", ["M. E. Schario", "E. J. Thatcher"], True),
        ("Smith, John A. and Jones, Kate", ["John A. Smith", "Kate Jones"], True),
        ("John Smith, Jane Doe and Bob Brown", ["John Smith", "Jane Doe", "Bob Brown"], True),
        ("Smith, J., Jones, K. and Brown, C.", ["J. Smith", "K. Jones", "C. Brown"], True),
        ("A. Smith, B. Jones, et al.", ["A. Smith", "B. Jones"], False),
        ("Smith, John and others", ["John Smith"], False),
        ("A. Smith, B. Jones …", ["A. Smith", "B. Jones"], False),
        ("Hern{\\'a}ndez, J. M. and Antor{\\'a}n, J.", ["J. M. Hernández", "J. Antorán"], True),
        ("et al.", [], False),
        # a surname that ends like a marker is a name, whole ("Brothers", "Bennet Al")
        ("Ann Lee and Jane Brothers", ["Ann Lee", "Jane Brothers"], True),
        ("Lee, Ann; Lothers, Jane", ["Ann Lee", "Jane Lothers"], True),
        ("Ann Lee and Sam Bennet Al", ["Ann Lee", "Sam Bennet Al"], True),
        ("Lee, A.; Yang, B. [...]", ["A. Lee", "B. Yang"], False),
        ("A. Lee … (see 2 more)", ["A. Lee"], False),
        # one inverted name, its given names words of up to four letters (no initials)
        ("Lima, Ana", ["Ana Lima"], True),
        ("Rocha, Ines Maria", ["Ines Maria Rocha"], True),
        ("da Rocha, Ines", ["Ines da Rocha"], True),
        ("Kool, Eda, Jr.", ["Eda Kool Jr."], True),
        ("pell, r., tamm, o.", ["r. pell", "o. tamm"], True),
        ("Vo Tran, Lien Nguyen", ["Vo Tran", "Lien Nguyen"], True),  # (two names)
        # a suffix after the given names (PubMed), or BibTeX's "von Last, Jr, First"
        ("Orr, T. K., Jr. and Pell, R.", ["T. K. Orr Jr.", "R. Pell"], True),
        ("Orr, Tam K., III and Pell, Rob", ["Tam K. Orr III", "Rob Pell"], True),
        ("Orr, Jr., Tam", ["Tam Orr Jr."], True),
        # most names inverted, one not
        ("Orr, Tam and Rob Pell and Quay, Ivo", ["Tam Orr", "Rob Pell", "Ivo Quay"], True),
        ("Orr, T and Pell R and Quay, I", ["T Orr", "R. Pell", "I Quay"], True),
    ],
)
def test_parse_author_list(text: str, names: list[str], complete: bool) -> None:
    people, is_complete = parse_author_list(text)
    assert [str(p) for p in people] == names
    assert is_complete is complete


# ---------------------------------------------------------------------------------------
# bad input


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \t ", "empty"),
        (",,,", "no name"),
        ("," * 10_000, "too long"),
        ("x" * 1_000_000, "too long"),
        ("John\x00Smith", re.escape("control character U+0000")),
        ("John\x1bSmith", "control character"),
    ],
)
def test_bad_names_raise_clear_errors(text: str, message: str) -> None:
    with pytest.raises(NameParseError, match=message):
        parse_name(text)


def test_bad_input_types() -> None:
    with pytest.raises(NameParseError, match="string"):
        parse_name(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        parse_name("A B", "latex")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        same_person("A B", 3)  # type: ignore[arg-type]


_NAMEISH = st.lists(
    st.sampled_from([*"aAeEnNoOuU'\"~`^{}\\ ,.-()&;xyzJÉéıł姚\t", " and ", " et al"]),
    max_size=40,
).map("".join)


@given(_NAMEISH, st.sampled_from(["auto", "bibtex", "text"]))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_parse_never_crashes(text: str, syntax: Any) -> None:
    try:
        person, repairs = parse_name_repaired(text, syntax)
    except NameParseError as exc:
        assert str(exc)
        return
    assert isinstance(person, Person)
    assert str(person).strip() or person.suffix
    for field in attrs.astuple(person)[:5]:
        assert field == " ".join(field.split())  # tidy spacing in every part
    assert all(r.field == "name" for r in repairs)


@given(_NAMEISH)
@settings(max_examples=300)
def test_author_list_never_crashes(text: str) -> None:
    try:
        people, complete = parse_author_list(text)
    except PubrecordsError:
        return
    assert isinstance(complete, bool)
    assert all(isinstance(p, Person) for p in people)


@given(st.text(max_size=40))
@settings(max_examples=300)
def test_lost_accent_repair_idempotent(text: str) -> None:
    once = restore_lost_accents(text)
    assert restore_lost_accents(once) == once


@given(_NAMEISH, _NAMEISH)
@settings(max_examples=200)
def test_similarity_symmetric_and_bounded(a: str, b: str) -> None:
    try:
        pa, pb = parse_name(a), parse_name(b)
    except NameParseError:
        return
    s = name_similarity(pa, pb)
    assert 0.0 <= s <= 1.0
    assert s == pytest.approx(name_similarity(pb, pa))
    assert same_person(pa, pa)


def _best_time(func: Any, arg: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(PubrecordsError):
            func(arg)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    ("func", "unit"),
    [
        (parse_author_list, "et al "),
        (parse_author_list, "Smith, J., "),
        (parse_author_list, "A and "),
        (parse_author_list, "{"),
        (latex_to_unicode, "{\\'e}"),
        (latex_to_unicode, "{"),
        (latex_to_unicode, "\\'"),
        (restore_lost_accents, "a'e"),
    ],
)
def test_work_grows_linearly(func: Any, unit: str) -> None:
    """Guard against quadratic behaviour: 8x the input may not cost 30x the time."""
    small = unit * (20_000 // len(unit))
    large = unit * (160_000 // len(unit))
    t_small = max(_best_time(func, small), 1e-4)
    t_large = _best_time(func, large)
    assert t_large / t_small < 30


# ---------------------------------------------------------------------------------------
# fast paths agree with the general ones

_PLAIN_WORDS = st.sampled_from(
    [
        *"JAxvi,.-&",
        "James",
        "Smith",
        "García",
        "Díaz",
        "Hernández",
        "Mu\u0303noz",  # not NFC
        "Łukasz",
        "van",
        "de",
        "la",
        "Von",
        "Hagen",
        "y",
        "al-Rashid",
        "Janssen-van",
        "J.",
        "A.B.",
        "J.R.R.",
        "Jr.",
        "III",
        "PhD",
        "Ph.",
        "D.",
        "MD",
        "md",
        "Dr.",
        "prof.",
        "Secretary",
        "of",
        "State",
        "DUPONT",
        "JA",
        "Li",
        "Fei-Fei",
        "Inc",
        "University",
        "(Bob)",
        "[x]",
        "D[onald]",
        "“Bob”",
        "\xa0",
        "\u2003",
    ]
)


def _outcome(func: Any, *args: Any) -> Any:
    try:
        return func(*args)
    except NameParseError:
        return NameParseError


@given(st.lists(_PLAIN_WORDS, min_size=1, max_size=7), st.sampled_from(["auto", "text"]))
@settings(max_examples=400)
def test_plain_name_fast_path_equals_full_path(words: list[str], syntax: Any) -> None:
    """parse_name splits text without LaTeX, quotes, CJK or control characters at once;
    the full path (validation, lost-accent repair, LaTeX decoding) gives the same."""
    text = " ".join(" ".join(words).split())
    assume(_ATTENTION.search(text) is None)
    fast = _outcome(parse_name, text, syntax)
    full = _outcome(_parse_marked, text, syntax, None)
    assert fast == full
    assert type(fast) is type(full)


_SHORT_NAME_WORDS = st.sampled_from(
    [
        *"JjAIVXxyei&.-",
        "Jane",
        "Smith",
        "Müller",
        "Łukasz",
        "o",
        "J.",
        "Q.",
        "J.R.",
        "A.B.C.",
        "J.-P.",
        "Jr.",
        "jr",
        "III",
        "II",
        "PhD",
        "MD",
        "md",
        "Ph.",
        "Ph",
        "D.",
        "d",
        "Dr.",
        "Dr",
        "prof",
        "Mr",
        "of",
        "the",
        "Lt.Gen.",
        "St.",
        "DUPONT",
        "JA",
        "ABC",
        "van",
        "Van",
        "de",
        "bin",
        "'t",
        "and",
        "García",
        "Garcia",
        "Díaz",
        "Gómez",
        "Lopez",
        "Li",
        "Wang",
        "Fei-Fei",
        "Zhou-Zhang",
        "al-Rashid",
        "Janssen-van",
    ]
)


@given(st.lists(_SHORT_NAME_WORDS, min_size=1, max_size=4))
@settings(max_examples=600)
# one example for each rule the fast path must leave to _split_plain
@example(["Jane", "Smith", "Jr."])
@example(["Jane", "Smith", "D."])
@example(["Jane", "Ph", "d"])
@example(["Jane", "Smith", "V"])
@example(["Jane", "Smith", "y"])
@example(["Dr.", "Jane", "Smith"])
@example(["of", "Jane"])
@example(["Lt.Gen.", "Smith"])
@example(["DUPONT", "Jean"])
@example(["Smith", "JA"])
@example(["Li", "Fei-Fei"])
@example(["J.R.", "Smith"])
@example(["Jane", "A.B.", "Smith"])
@example(["Jane", "van", "Dijk"])
@example(["Joost", "Janssen-van", "Dijk"])
@example(["Gabriel", "García", "Márquez"])
@example(["Ana", "Gómez", "Ruiz"])
@example(["van", "DUPONT", "JA"])  # (found by this test in CI)
def test_short_name_fast_path_equals_general_rules(words: list[str]) -> None:
    low = " ".join(words).lower().split()
    short = _split_short(words, low)
    if short is not None:
        given, particle, family, suffixes = _split_plain(words, low)
        assert short == (given, particle, family, ", ".join(suffixes), "")


def test_short_name_fast_path_takes_the_common_shapes() -> None:
    for name in ("Jane Smith", "Jane Q. Smith", "J. Q. Smith", "Jane Ann Smith", "Smith"):
        words = name.split()
        assert _split_short(words, name.lower().split()) is not None, name


@given(st.tuples(*[st.text(max_size=4)] * 5))
@settings(max_examples=100)
def test_parser_person_constructor_equals_person(parts: tuple[str, str, str, str, str]) -> None:
    fast, ref = _new_person(*parts), Person(*parts)
    assert type(fast) is Person
    assert fast == ref and hash(fast) == hash(ref) and repr(fast) == repr(ref)
    assert attrs.astuple(fast, recurse=False) == attrs.astuple(ref, recurse=False)
    assert fast.identifiers == {} and fast.identifiers is not _new_person(*parts).identifiers
    assert attrs.evolve(fast, aliases=["x"]) == attrs.evolve(ref, aliases=["x"])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.given = "x"  # type: ignore[misc]


@given(
    st.lists(
        st.sampled_from(["a", "B", "é", " ", "~", "-", "--", "\t", "\xa0", ",", "{x}", "{\\'e}"]),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=300)
def test_bibtex_tokens_fast_path_equals_scan(text: str) -> None:
    assert _FLAT.fullmatch(text) is not None  # no separator inside braces
    assert _tokenize(text, True) == _scan_tokens(text, text)


@given(
    st.lists(
        st.sampled_from(
            ["J.", "J.R.", "a.b.c.", "A.", "Ph.D.", "Jr.", "J.-P.", "x", "St.", "..", "É.Ł."]
        ),
        max_size=5,
    ),
    st.lists(
        st.sampled_from(
            ["dr.", "dr", "prof", "of", "the", "&", "u.s.", "dr.prof.", "lt.gen.", "j."]
        ),
        min_size=1,
        max_size=4,
    ),
)
@settings(max_examples=300)
def test_free_text_prefilters_skip_only_no_ops(tokens: list[str], low: list[str]) -> None:
    if _GLUED_HINT.search(" ".join(tokens)) is None:
        assert _split_initials(tokens) == tokens
    if not _may_be_title(low[0]):
        assert _strip_titles(low, 0, len(low)) == 0
    for word in (*tokens, *low, "van", "Janssen-van", "'t"):
        lw = word.lower()
        if _starts_family(word, lw):
            assert lw in PARTICLES or "-" in lw  # the test _family_start makes first


_LOOKBEHIND_CANDIDATE = re.compile(r"(?<=[^\W\d_])['\"~`^](?=[aeiouyAEIOUYcıCnN])")


@given(st.text(alphabet="aeEoncCı1_ '\"~`^.\\{}\n", max_size=12))
@settings(max_examples=300)
def test_lost_accent_candidate_pattern(text: str) -> None:
    ours, ref = _CANDIDATE.search(text), _LOOKBEHIND_CANDIDATE.search(text)
    assert (ours and ours.span()) == (ref and ref.span())


# ---------------------------------------------------------------------------------------
# command line


def test_cli_prints_csl_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["names", "Jos'e Miguel Hern'andez-Lobato", "van der Laan, Walter"])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"family": "Hernández-Lobato", "given": "José Miguel"},
        {"family": "Laan", "given": "Walter", "non-dropping-particle": "van der"},
    ]


def test_cli_repairs_and_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", "--syntax", "bibtex", "--repairs", "A. J. Van Haagen"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj == {"family": "Haagen", "given": "A. J. Van", "_repairs": []}


def test_cli_bad_name_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", "John\x00Smith"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("pubrecords: error:")


def test_docs_page_examples_run() -> None:
    import doctest

    page = Path(__file__).resolve().parent.parent / "docs" / "names.md"
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    "person",
    [
        Person(literal="\\{"),
        Person(given="{", family="}"),
        Person(given="Jos\\'e", family="{Von Hagen}"),
        Person(family="\\relax"),
    ],
)
def test_repair_person_settles_in_one_call_and_never_empties_a_name(person: Person) -> None:
    once, _ = repair_person(person)
    twice, again = repair_person(once)
    assert twice == once and again == ()
    assert bool(str(once).strip()) == bool(str(person).strip())


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("Tomás Ó Briain", "Tomás", "Ó Briain"),
        ("Ó Briain, Tomás", "Tomás", "Ó Briain"),
        ("Z. Ó Briain", "Z.", "Ó Briain"),
        ("Jane Q Smith", "Jane Q", "Smith"),  # an ASCII capital alone stays an initial
        ("Ada É. Lovelace", "Ada É.", "Lovelace"),  # so does one with a period
    ],
)
def test_irish_o_is_part_of_the_family_name(text: str, given: str, family: str) -> None:
    # a capital beyond ASCII standing alone is the Irish "Ó" (grandson of), not an initial
    person = parse_name(text)
    assert (person.given, person.family) == (given, family)


def test_author_list_separated_by_bars() -> None:
    # OpenAlex's CSV export joins names with "|"
    people, complete = parse_author_list("Jane Doe|Rick Roe|Kim Moe")
    assert [str(p) for p in people] == ["Jane Doe", "Rick Roe", "Kim Moe"] and complete
    people, _ = parse_author_list("Doe, J.|Roe, R.")
    assert [(p.family, p.given) for p in people] == [("Doe", "J."), ("Roe", "R.")]


def test_names_missing_a_part_written_as_bibtex_and_csl() -> None:
    from pubrecords import parse_bibtex
    from pubrecords.names import format_name, to_csl_name

    cases = [
        (Person(given="Banksy"), "Banksy", ("", "Banksy", ""), {"literal": "Banksy"}),
        (Person(given="Jean Paul"), "{Jean Paul}", ("", "Jean Paul", ""), {"literal": "Jean Paul"}),
        (
            Person(family="Quill", suffix="PhD"),
            "Quill, PhD, {}",
            ("", "Quill", "PhD"),
            {"family": "Quill", "suffix": "PhD"},
        ),
    ]
    for person, bibtex, parts, csl in cases:
        assert format_name(person, "bibtex") == bibtex
        assert to_csl_name(person) == csl
        [pub] = parse_bibtex(f"@book{{k, author = {{{bibtex}}}, title = {{T}}}}")
        [back] = pub.authors
        assert (back.given, back.family or back.literal, back.suffix) == parts
