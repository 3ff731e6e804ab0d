"""Profile-page reading by structure, not vocabulary: regressions of what it now reads right.

Every name, title and organisation here is invented, and none is a word of the generator's
held-out vocabulary (checked below), so these tests do not teach the reader held-out words.
"""

from __future__ import annotations

import re
import time

from pagegen import HELD_OUT, vocabulary_words
from pubrecords import parse_profile
from pubrecords.formats.profile_page.authors import parse_person
from pubrecords.formats.profile_page.lines import english_ending, name_score, prose_words
from pubrecords.formats.profile_page.words import is_word, vocabulary

HEAD = "Portrait of Ada Example\n\nAda Example\n\nPublications\n\n"
ABSTRACT = (
    "We study how the tide mixes fresh and salt water over a season. Our model predicts "
    "the mixing a week ahead and beats every baseline we tried."
)
EXAMPLES = (
    "Nadine Oberholzer Nesting Kittiwakes The Moorwatch Tarn Rangers Ines Blaumann "
    "中村誠 王小明 Khải Viên Quiet Circulation T hich " + ABSTRACT
)


def _pubs(body: str) -> list[tuple[str, list[str], bool]]:
    profile = parse_profile(HEAD + body + "\n")
    return [
        (p.title, [str(a) for a in p.authors], p.abstract is not None) for p in profile.publications
    ]


def test_examples_use_no_held_out_word() -> None:
    words = {w for w in re.split(r"[^\w]+", EXAMPLES.lower()) if w}
    assert len(words) > 30
    assert not words & vocabulary_words(HELD_OUT)


def test_es_plural_only_after_a_hissing_sound() -> None:
    vocab = vocabulary()[0]
    assert "in" in vocab
    assert not is_word("ines", vocab)  # "Ines" is a name, not the plural of "in"
    assert is_word("boxes", frozenset({"box"}))
    assert is_word("studies", frozenset({"study"}))


def test_given_name_that_looks_like_a_plural_reads_as_a_name() -> None:
    assert name_score("Ines Blaumann") >= 3.0


def test_english_noun_ending_tells_a_title_from_a_name() -> None:
    assert english_ending("circulation") == 2.0
    assert english_ending("oberholzer") == 0.0
    assert name_score("Quiet Circulation") < name_score("Nadine Oberholzer")


def test_words_of_the_page_prose_are_words() -> None:
    words = prose_words([ABSTRACT, "Nadine Oberholzer"], frozenset())
    assert {"mixing", "tide", "season"} <= words
    assert "nadine" not in words and "oberholzer" not in words
    cut = prose_words(
        ["Existing methods assume that w… (see more)hich rarely holds here."], frozenset()
    )
    assert "hich" not in cut


def test_japanese_name_of_three_kanji_is_kept_whole() -> None:
    assert parse_person("中村誠")[0].literal == "中村誠"
    chinese = parse_person("王小明")[0]
    assert (chinese.family, chinese.given) == ("王", "小明")


def test_organisation_named_by_its_own_words() -> None:
    body = f"Nesting Kittiwakes\nNadine Oberholzer\nThe Moorwatch Tarn Rangers\n{ABSTRACT}"
    assert _pubs(body) == [
        ("Nesting Kittiwakes", ["Nadine Oberholzer", "The Moorwatch Tarn Rangers"], True)
    ]
    assert parse_person("The Moorwatch Tarn Rangers")[0].literal == "The Moorwatch Tarn Rangers"


def test_vietnamese_letters_are_no_english_word() -> None:
    assert name_score("Khải Viên") >= 3.0


def test_huge_author_line_with_marker_is_fast() -> None:
    text = HEAD + "T\n" + "(see more) … " * 400_000 + "(see 3 more)\n"
    start = time.perf_counter()
    profile = parse_profile(text)
    assert time.perf_counter() - start < 1.0
    assert [(p.title, len(p.authors), p.abstract is not None) for p in profile.publications] == [
        ("T", 0, True)
    ]
