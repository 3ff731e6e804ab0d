"""Names: initials after a single comma are no suffix; a repair's ``after`` is the name as
the reader finally read it. Invented names."""

from __future__ import annotations

import pytest

from pubrecords import Person, parse_name, parse_ris, parse_wos
from pubrecords.names import parse_name_repaired, repairs_ending_as


def _parts(person: Person) -> tuple[str, str, str, str]:
    return person.given, person.particle, person.family, person.suffix


# ---------------------------------------------------------------- initials, not a suffix


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # family name of two words, then initials that read like "Jr", "Sr", "II", "IV"
        ("Salas Huamani, J.R.", ("J.R.", "", "Salas Huamani", "")),
        ("Quispe Tornel, S.R.", ("S.R.", "", "Quispe Tornel", "")),
        ("Okafor Benn, I.I.", ("I.I.", "", "Okafor Benn", "")),
        ("Varga Pellis, I.V.", ("I.V.", "", "Varga Pellis", "")),
        ("de la Ormaza Ruiz, J.R.", ("J.R.", "de la", "Ormaza Ruiz", "")),
        # initials after the given name, after the comma
        ("Nuvens, Leandro J.R.", ("Leandro J.R.", "", "Nuvens", "")),
        ("Nuvens, Leandro J.R., Jr.", ("Leandro J.R.", "", "Nuvens", "Jr.")),
        # the same name without the comma already read so
        ("Salas Huamani J.R.", ("J.R.", "", "Salas Huamani", "")),
    ],
)
def test_initials_after_a_single_comma_are_no_suffix(text, parts):
    assert _parts(parse_name(text)) == parts
    assert _parts(parse_name(text, "text")) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Tobin Marsh, Jr.", ("Tobin", "", "Marsh", "Jr.")),
        ("Tobin Marsh, Sr.", ("Tobin", "", "Marsh", "Sr.")),
        ("Tobin Marsh, II", ("Tobin", "", "Marsh", "II")),
        ("Tobin Marsh, III", ("Tobin", "", "Marsh", "III")),
        ("Tobin Marsh, IV", ("Tobin", "", "Marsh", "IV")),
        ("Tobin Marsh, PhD", ("Tobin", "", "Marsh", "PhD")),
        ("Tobin Marsh, M.D.", ("Tobin", "", "Marsh", "M.D.")),  # a degree, dotted
        ("Marsh, J.R., Jr.", ("J.R.", "", "Marsh", "Jr.")),
        ("Marsh, Tobin, Jr.", ("Tobin", "", "Marsh", "Jr.")),
        ("Marsh, Tobin Jr.", ("Tobin", "", "Marsh", "Jr.")),
        ("Marsh, Jr.", ("", "", "Marsh", "Jr.")),
        ("Marsh, J.R.", ("J.R.", "", "Marsh", "")),
    ],
)
def test_real_suffixes_stay_suffixes(text, parts):
    assert _parts(parse_name(text)) == parts


def test_accented_family_name_then_initials():
    # a name the parser reads on its slower path (a lost accent in it)
    person, repairs = parse_name_repaired("Sal'as Huamani, J.R.")
    assert _parts(person) == ("J.R.", "", "Salás Huamani", "")
    assert [r.action for r in repairs] == ["restore-lost-accent"]


# ---------------------------------------------------------------- repairs show the final name


def _ris(name: str):
    [pub] = parse_ris(f"TY  - JOUR\nAU  - {name}\nTI  - A title\nER  - \n")
    return pub


def test_ris_family_first_initials_repair_shows_the_final_name():
    # "Family, JD": the RIS reader takes JD for initials, not a degree, after the parser
    # read the name; the title's repair shows the name as the record holds it
    pub = _ris("Dr. Corvenne Aldous, JD")
    assert _parts(pub.authors[0]) == ("JD", "", "Corvenne Aldous", "")
    [repair] = pub.repairs
    assert (repair.field, repair.action) == ("authors[0]", "drop-title")
    assert repair.before == "Dr. Corvenne Aldous, JD"
    assert repair.after == str(pub.authors[0]) == "JD Corvenne Aldous"


def test_ris_lost_accent_and_title_chain_ends_in_the_final_name():
    pub = _ris("Dr. Ros'elli, JD")
    assert _parts(pub.authors[0]) == ("JD", "", "Rosélli", "")
    accent, title = pub.repairs
    assert accent.action == "restore-lost-accent" and accent.before == "Dr. Ros'elli, JD"
    assert title.action == "drop-title" and title.before == accent.after
    assert title.after == str(pub.authors[0]) == "JD Rosélli"


def test_ris_title_before_a_family_name_is_dropped_as_its_repair_says():
    # the family name is read again on its own: the title the repair reports dropped
    # must not come back in it
    pub = _ris("Dr. Pellworth, M.D.")
    assert _parts(pub.authors[0]) == ("M. D.", "", "Pellworth", "")
    [repair] = pub.repairs
    assert repair.action == "drop-title" and repair.after == "M. D. Pellworth"


def test_ris_name_met_again_brings_the_same_repair():
    text = (
        "TY  - JOUR\nAU  - Dr. Corvenne Aldous, JD\nTI  - One\nER  - \n"
        "TY  - JOUR\nAU  - Lind, Oda\nAU  - Dr. Corvenne Aldous, JD\nTI  - Two\nER  - \n"
    )
    one, two = parse_ris(text)
    assert [(r.field, r.after) for r in one.repairs] == [("authors[0]", "JD Corvenne Aldous")]
    assert [(r.field, r.after) for r in two.repairs] == [("authors[1]", "JD Corvenne Aldous")]


def test_ris_spaced_initials_show_in_the_repair():
    # the RIS reader spaces glued initials after the comma ("J.R.": no suffix there)
    pub = _ris("Nuv'ens, Leandro J.R.")
    assert _parts(pub.authors[0]) == ("Leandro J. R.", "", "Nuvéns", "")
    [repair] = pub.repairs
    assert repair.action == "restore-lost-accent"
    assert repair.before == "Nuv'ens, Leandro J.R."
    assert repair.after == str(pub.authors[0]) == "Leandro J. R. Nuvéns"


def test_ris_unadjusted_name_keeps_the_parser_repair():
    pub = _ris("Nuv'ens, Leandro")
    assert _parts(pub.authors[0]) == ("Leandro", "", "Nuvéns", "")
    _, expected = parse_name_repaired("Nuv'ens, Leandro", "text")
    assert pub.repairs[0].after == expected[0].after == "Nuvéns, Leandro"
    assert [(r.action, r.before) for r in pub.repairs] == [(r.action, r.before) for r in expected]


def test_wos_initial_moved_back_shows_in_the_repair():
    text = (
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"
        "AU Kestrova, AV\n   Orlin, B\n"
        "AF Kestrova, A., V (a.kestrova@example.org)\n   Orlin, Bela\n"
        "TI A title\nPY 2020\nER\n\nEF\n"
    )
    [pub] = parse_wos(text)
    assert _parts(pub.authors[0]) == ("A. V", "", "Kestrova", "")
    [repair] = pub.repairs
    assert (repair.field, repair.action) == ("authors[0]", "drop-nickname")
    assert repair.after == str(pub.authors[0]) == "A. V Kestrova"


def test_repairs_ending_as():
    _, repairs = parse_name_repaired("Prof. Jos'e Ilvar, JD")
    assert len(repairs) == 2
    final = Person(given="JD", family="José Ilvar")
    ended = repairs_ending_as(repairs, final)
    assert ended[0] == repairs[0]
    assert ended[1].after == "JD José Ilvar" and ended[1].before == repairs[1].before
    assert ended[1].action == repairs[1].action and ended[1].reason == repairs[1].reason
    assert repairs_ending_as((), final) == ()
    same = repairs_ending_as(repairs, Person(given="José", family="Ilvar", suffix="JD"))
    assert same == repairs


@pytest.mark.parametrize(
    ("text", "given", "particle", "family"),
    [
        ("Iyad ag Tamasna", "Iyad", "ag", "Tamasna"),  # (Tuareg: not the company word "AG")
        ("Siti binti Kamsiah", "Siti", "binti", "Kamsiah"),
        ("Jorinde am Bachufer", "Jorinde", "am", "Bachufer"),
        ("Wanjiru wa Kamau", "Wanjiru", "wa", "Kamau"),
        ("Sidi ould Mahmoudi", "Sidi", "ould", "Mahmoudi"),
    ],
)
def test_particles_of_more_languages(text: str, given: str, particle: str, family: str) -> None:
    person = parse_name(text)
    assert (person.given, person.particle, person.family) == (given, particle, family)


def test_a_company_word_in_capitals_still_makes_an_organisation() -> None:
    assert parse_name("Tamasna Drilling AG").literal == "Tamasna Drilling AG"
