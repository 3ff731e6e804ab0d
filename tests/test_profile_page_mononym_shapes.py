"""Profile pages: one-name authors written with an ʻokina first (Tongan, Hawaiian) or as
two capitalised names joined by a hyphen stay authors in the middle of an author list; a
hyphenated word ("Self-Organisation") does not read as a name. Invented names and titles,
none a word of the generators' vocabularies (checked)."""

from __future__ import annotations

import pytest

from pagegen import generator_words_in, read_page_records
from pubrecords.formats.profile_page.lines import mononym_score
from pubrecords.formats.profile_page.words import vocabulary

TITLE = "Murky Eddies in Lagoons"
NEXT = "Counting Pebble Heaps"
ABSTRACT = (
    "We count how pebbles in murky ponds swirl and what drives it. Our sketch explains most "
    "of it with a pair of notebook sums jotted in lagoons."
)
MONONYMS = ("ʻAkelolo", "ʻIvalotu", "Wairua-Tapoki", "Hemane-Kotuku")


def test_examples_teach_no_generator_word() -> None:
    assert not generator_words_in(" ".join([TITLE, NEXT, ABSTRACT, *MONONYMS]))


@pytest.mark.parametrize("name", MONONYMS)
def test_such_a_one_name_author_stays_an_author(name: str) -> None:
    body = "\n".join(
        [TITLE, "Maren Holtby", name, "Idris Okonkwo", ABSTRACT, NEXT, "Lucia Ferreyra"]
    )
    assert read_page_records(body) == [
        (TITLE, ["Maren Holtby", name, "Idris Okonkwo"], True),
        (NEXT, ["Lucia Ferreyra"], False),
    ]


def test_a_hyphenated_word_is_no_name() -> None:
    vocab, given = vocabulary()
    for word in ("Self-Organisation", "Co-Design", "Re-Entry"):
        assert mononym_score(word, vocab, given) < 0
    assert mononym_score("Wairua-Tapoki", vocab, given) > 0
