"""Free-text names: no word vanishes unreported, lost accents only where the spelling says so,
initials after the family name, suffixes around commas. All names here are invented."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pubrecords import (
    Person,
    Publication,
    clean_publication,
    parse_author_list,
    parse_name,
    parse_name_repaired,
    repair_person,
)
from pubrecords.errors import NameParseError


def _parts(person: Person) -> tuple[str, str, str, str]:
    return person.given, person.particle, person.family, person.suffix


# ---------------------------------------------------------------------------------------
# titles: a word of the name never vanishes


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("Qadri, Sheikh Tanvir", "Sheikh Tanvir", "Qadri"),
        ("Sheikh Tanvir Qadri", "Sheikh Tanvir", "Qadri"),
        ("Moreau, Lady Celine", "Lady Celine", "Moreau"),
        ("Okonjo, Father Ibe", "Father Ibe", "Okonjo"),
        ("Okonjo, Dean Ibe", "Dean Ibe", "Okonjo"),
    ],
)
def test_words_after_the_comma_stay_in_the_given_name(text: str, given: str, family: str) -> None:
    person, repairs = parse_name_repaired(text, "text")
    assert (person.given, person.family) == (given, family)
    assert repairs == ()


@pytest.mark.parametrize(
    ("text", "given", "title"),
    [
        ("Varga, Dr. Ilona", "Ilona", "Dr."),
        ("Varga, Prof Ilona K.", "Ilona K.", "Prof"),
        ("Varga, Lt. Gen. Ilona", "Ilona", "Lt. Gen."),
        ("Prof. Ilona Varga", "Ilona", "Prof."),
        ("Dr. Ilona Varga PhD", "Ilona", "Dr."),
    ],
)
def test_a_title_written_as_one_is_dropped_and_reported(text: str, given: str, title: str) -> None:
    person, repairs = parse_name_repaired(text, "text")
    assert (person.given, person.family) == (given, "Varga")
    assert [r.action for r in repairs] == ["drop-title"]
    assert repairs[0].before == text and repairs[0].after == str(person)
    assert repr(title) in repairs[0].reason
    assert parse_name(text, "text") == person  # the same split, without the report


def test_a_nickname_dropped_is_reported() -> None:
    person, repairs = parse_name_repaired('Ilona "Ili" Varga', "text")
    assert (person.given, person.family) == ("Ilona", "Varga")
    assert [r.action for r in repairs] == ["drop-nickname"]
    assert '"Ili"' in repairs[0].reason


@pytest.mark.parametrize(
    "text", ["Varga JA", "I.K. Varga", "B. -G. Varga", "Varga, I.", "Ilona Varga"]
)
def test_nothing_reported_when_every_word_is_kept(text: str) -> None:
    assert parse_name_repaired(text, "text")[1] == ()


def _letters(text: str) -> list[str]:
    return sorted(ch for ch in unicodedata.normalize("NFD", text.casefold()) if ch.isalnum())


_WORDS = st.sampled_from(
    ["Ilona", "Varga", "Tanvir", "Qadri", "Sheikh", "Dr.", "Prof", "Lady", "Mr", "of", "State",
     "van", "der", "J.", "J.R.", "JA", "Jr.", "III", "PhD", "(Ili)", '"Bo"', "Secretary", "K."]
)  # fmt: skip


@given(st.lists(_WORDS, min_size=1, max_size=6), st.booleans())
@settings(max_examples=300)
def test_no_letter_vanishes_without_a_repair(words: list[str], comma: bool) -> None:
    text = " ".join(words)
    if comma and len(words) > 1:
        text = f"{words[0]}, {' '.join(words[1:])}"
    try:
        person, repairs = parse_name_repaired(text, "text")
    except NameParseError:  # (no name at all: an error, not a silent loss)
        return
    if not any(r.action.startswith("drop-") for r in repairs):
        assert _letters(str(person)) == _letters(text)


# ---------------------------------------------------------------------------------------
# lost accents: restored only where the spelling says an accent was lost, never silently


@pytest.mark.parametrize(
    "text",
    [
        "Zhil'ez, A.",  # Russian transliteration (zh): a soft sign
        "Filip'echeva, Yulia",  # a Russian surname ending
        "Bel'eed, K.",  # before a doubled vowel: an Arabic letter
        "Sa'ad Hamdan",  # between two of the same vowel
        "Ngug'i, W.",  # no European name starts with "Ng"
        "Shin'ichi Satoh",  # Japanese, "oh" a long vowel
        "Dara O'Neil",
        "Tomas D'Angelo",
        "Kir'yanov, A.",
    ],
)
def test_apostrophes_that_are_letters_are_kept(text: str) -> None:
    person, repairs = parse_name_repaired(text, "text")
    assert "'" in str(person)
    assert not any(r.action == "restore-lost-accent" for r in repairs)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Jos'e Quint'ana", "José Quintána"),
        ("Ilona Feh'er", "Ilona Fehér"),
        ("Dorota Mr'oz", "Dorota Mróz"),
        ("Hana Vit'akov'a", "Hana Vitáková"),  # Czech -ová, not a Russian ending
        ("Lucia G'omez-Mu~noz", "Lucia Gómez-Muñoz"),
    ],
)
def test_lost_accents_restored_and_reported(text: str, fixed: str) -> None:
    person, repairs = parse_name_repaired(text, "text")
    assert str(person) == fixed
    assert [(r.action, r.before, r.after) for r in repairs] == [
        ("restore-lost-accent", text, fixed)
    ]


def test_a_restoration_is_recorded_when_a_record_is_cleaned() -> None:
    pub = Publication(title="Tides", authors=(Person(given="Jos'e", family="Quint'ana"),))
    cleaned = clean_publication(pub)
    assert str(cleaned.authors[0]) == "José Quintána"
    [repair] = [r for r in cleaned.repairs if r.action == "restore-lost-accent"]
    assert (repair.field, repair.before, repair.after) == (
        "authors[0]",
        "Jos'e Quint'ana",
        "José Quintána",
    )
    kept = Person(given="A.", family="Zhil'ez")
    assert repair_person(kept) == (kept, ())


# ---------------------------------------------------------------------------------------
# initials after the family name (Vancouver, Scopus), suffixes around commas


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Quispe J.R.", ("J.R.", "", "Quispe", "")),
        ("Quispe J. R.", ("J. R.", "", "Quispe", "")),
        ("Quispe J.", ("J.", "", "Quispe", "")),
        ("Quispe J.-P.", ("J.-P.", "", "Quispe", "")),
        ("Quispe JR", ("J. R.", "", "Quispe", "")),
        ("Quispe JR Jr", ("J. R.", "", "Quispe", "Jr")),
        ("Quispe J.R. Jr.", ("J.R.", "", "Quispe", "Jr.")),
        ("Quispe Tito J.", ("J.", "", "Quispe Tito", "")),
        ("van der Berg J.R.", ("J.R.", "van der", "Berg", "")),
        ("van der Berg JA", ("J. A.", "van der", "Berg", "")),
        # unchanged: a suffix after a given name, a degree, an undotted numeral
        ("Tomas Quispe Jr", ("Tomas", "", "Quispe", "Jr")),
        ("Quispe MD", ("", "", "Quispe", "MD")),
        ("Tomas Quispe Jr.", ("Tomas", "", "Quispe", "Jr.")),
    ],
)
def test_initials_after_the_family_name(text: str, parts: tuple[str, str, str, str]) -> None:
    assert _parts(parse_name(text, "text")) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Quispe Jr., Tomas", ("Tomas", "", "Quispe", "Jr.")),
        ("Quispe, Tomas, Jr.", ("Tomas", "", "Quispe", "Jr.")),
        ("Quispe, Tomas R., Jr.", ("Tomas R.", "", "Quispe", "Jr.")),
        ("Quispe, J.R., Jr.", ("J.R.", "", "Quispe", "Jr.")),
        ("Quispe, Jr., J.R.", ("J.R.", "", "Quispe", "Jr.")),
        ("Quispe Jr., J.R.", ("J.R.", "", "Quispe", "Jr.")),
        ("Quispe, J.R.", ("J.R.", "", "Quispe", "")),
        ("Quispe, Jr.", ("", "", "Quispe", "Jr.")),
    ],
)
def test_suffixes_around_commas(text: str, parts: tuple[str, str, str, str]) -> None:
    assert _parts(parse_name(text, "text")) == parts


def test_author_list_keeps_hyphenated_initials() -> None:
    people, complete = parse_author_list("Quispe JR, Berg J.-P., van der Berg J.R.")
    assert [str(p) for p in people] == ["J. R. Quispe", "J.-P. Berg", "J. R. van der Berg"]
    assert complete
