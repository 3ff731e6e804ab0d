"""Name words the parser took for something else: "Sen" and "Gen" (given names in
Vietnamese, Chinese and Japanese) were dropped as the titles Senator and General even where
dropping them left one word; Faroese "í" and "á" ("Rókur í Gøtuvík") were read as given
names rather than particles. The names here are invented.
"""

from __future__ import annotations

import pytest

from pubrecords import parse_name


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [("Sen Úc", "Sen", "Úc"), ("Gen Morikawa", "Gen", "Morikawa"), ("Sen Lạc", "Sen", "Lạc")],
)
def test_sen_and_gen_before_one_word_are_given_names(text: str, given: str, family: str) -> None:
    person = parse_name(text)
    assert (person.given, person.family) == (given, family)


def test_titles_written_before_a_full_name_are_still_dropped() -> None:
    for text in ("Sen. Tomas Varnholt", "Gen. Tomas Varnholt", "Sen Tomas Varnholt"):
        person = parse_name(text)
        assert (person.given, person.family) == ("Tomas", "Varnholt")


@pytest.mark.parametrize(
    ("text", "given", "particle", "family"),
    [
        ("Rókur í Gøtuvík", "Rókur", "í", "Gøtuvík"),
        ("Sigrun á Steigará", "Sigrun", "á", "Steigará"),
    ],
)
def test_faroese_particles(text: str, given: str, particle: str, family: str) -> None:
    person = parse_name(text)
    assert (person.given, person.particle, person.family) == (given, particle, family)


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("Joaquim Batalha Filho", "Joaquim", "Batalha Filho"),
        ("Ana Clara Ventura Neta", "Ana Clara", "Ventura Neta"),
        ("R. Quaresma Sobrinho", "R.", "Quaresma Sobrinho"),
        ("Batalha Filho, Joaquim", "Joaquim", "Batalha Filho"),
        ("Clara Neta", "Clara", "Neta"),
    ],
)
def test_portuguese_kinship_word_ends_the_family_name(text: str, given: str, family: str) -> None:
    # (Brazilian cataloguing: "BATALHA FILHO, Joaquim"; before, "Filho" alone was the family
    # name and "Batalha" a given name)
    person = parse_name(text)
    assert (person.given, person.family, person.suffix) == (given, family, "")


def test_romansh_particle_and_a_two_syllable_korean_family_name() -> None:
    person = parse_name("Gian à Porta")
    assert (person.given, person.particle, person.family) == ("Gian", "à", "Porta")
    person = parse_name("강전보람")
    assert (person.given, person.family) == ("보람", "강전")
    person = parse_name("을지가온")
    assert (person.given, person.family) == ("가온", "을지")
