"""The character n-gram model of names and title words (profile-page reader)."""

from __future__ import annotations

import pytest

from pubrecords import clean_profile, parse_profile
from pubrecords.formats.profile_page.segment import _spelling_evidence
from pubrecords.formats.profile_page.tokens import grams, name_llr, token_key
from test_profile_page_names import ABSTRACT, _page

# Invented examples, none a word of the page generators.


def test_token_key_folds_to_ascii_letters() -> None:
    assert token_key("Przybylska") == "przybylska"
    assert token_key("O'Dów-Ńeill") == "odowneill"
    assert token_key("42") == ""


def test_grams_are_marked_at_both_ends() -> None:
    got = grams("ab")
    assert set(got) == {"a", "^a", "b", "ab", "^ab", "$", "b$", "ab$", "^ab$"}


@pytest.mark.parametrize("word", ["Breakfast", "Warehouse", "Embroidery"])
def test_common_english_nouns_read_as_title_words(word: str) -> None:
    assert name_llr(word) < -3.0


@pytest.mark.parametrize("word", ["Przybylska", "Szczepanik", "Nwachukwu"])
def test_family_names_read_as_names(word: str) -> None:
    assert name_llr(word) > 3.0


def test_no_letters_no_evidence() -> None:
    assert name_llr("2024") == 0.0


def test_spelling_evidence_is_one_way_and_for_one_latin_word_only() -> None:
    assert _spelling_evidence("Breakfast") < 0.0
    assert _spelling_evidence("Szczepanik") == 0.0  # a name-like spelling proves nothing
    assert _spelling_evidence("Warehouse Breakfast") == 0.0
    assert _spelling_evidence("breakfast") == 0.0
    assert _spelling_evidence("王小明") == 0.0


def test_one_word_title_spelled_as_a_title_word_after_an_author_list() -> None:
    # read as a mononymous author before the model: no rule knew "Embroidery" for a word
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo"], None),
        ("Embroidery", ["Dean Berry"], ABSTRACT),
    )
    pubs = clean_profile(parse_profile(text)).publications
    assert [p.title for p in pubs] == ["Forecasting Salinity", "Embroidery"]
    assert [str(a) for a in pubs[0].authors] == ["Maria Lindholm", "Kwame Okonkwo"]
    assert [str(a) for a in pubs[1].authors] == ["Dean Berry"]
