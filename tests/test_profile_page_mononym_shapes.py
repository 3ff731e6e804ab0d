"""Profile pages: one-name authors written with an ʻokina first (Tongan, Hawaiian) or as
two capitalised names joined by a hyphen stay authors in the middle of an author list; a
hyphenated word ("Self-Organisation") does not read as a name. Invented names and titles,
none a word of the generators' vocabularies (checked)."""

from __future__ import annotations

import pytest

from pagegen import PAGE_HEAD, generator_words_in, read_page_records
from pubrecords import clean_profile, parse_profile
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


ENGLISH_SPELLED_NAMES = ("Shabnaw", "Kheshig", "Batjargh")


@pytest.mark.parametrize("name", ENGLISH_SPELLED_NAMES)
def test_a_name_spelled_as_english_spells_but_no_english_word_stays_an_author(name: str) -> None:
    # "sh", "gh", "aw" are English spellings, yet the lexicon knows no such word and the
    # spelling reads as real names' (name_llr >= 0): a one-name author, wherever it stands
    assert not generator_words_in(name)
    body = "\n".join([TITLE, "Maren Holtby", name, ABSTRACT, NEXT, name, "Idris Okonkwo"])
    assert read_page_records(body) == [
        (TITLE, ["Maren Holtby", name], True),
        (NEXT, [name, "Idris Okonkwo"], False),
    ]


def test_without_the_lexicon_english_spelling_still_reads_as_a_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pubrecords.formats.profile_page import lines

    vocab, given = vocabulary()
    assert mononym_score("Backfire", vocab, given) < 0  # (an English word: a coined title)
    assert mononym_score("Kheshig", vocab, given) > 0
    monkeypatch.setattr(lines, "lexicon", frozenset)
    assert mononym_score("Kheshig", vocab, given) < 0  # (as before the lexicon)


def _strict(name: str) -> str:
    """UTF-8 read by a strict Windows-1252 decoder: its undefined bytes become U+FFFD."""
    return name.encode("utf-8").decode("cp1252", errors="replace")


def _sloppy(name: str) -> str:
    """UTF-8 read as Windows-1252, its undefined bytes as Latin-1."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in name.encode("utf-8")
    )


# Georgian in its own script (no capitals), a Polish name whose "Ł" a strict decoder loses,
# a Han name one of whose bytes it loses
DAMAGED = {
    "georgian": "ზურიკო ქავთარაძე",
    "georgian mojibake": _sloppy("ზურიკო ქავთარაძე"),
    "strict mojibake": _strict("Łucjan Wąsowicz"),
    "strict Han": _strict("冯小桉"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_a_damaged_or_caseless_script_name_stays_an_author(kind: str) -> None:
    line = DAMAGED[kind]
    for place in range(3):
        authors = ["Maren Holtby", "Idris Okonkwo"]
        authors.insert(place, line)
        body = "\n".join([TITLE, *authors, ABSTRACT, NEXT, "Lucia Ferreyra"])
        records = read_page_records(body)
        assert [(t, len(a), ab) for t, a, ab in records] == [(TITLE, 3, True), (NEXT, 1, False)]


ENDING_IN_A_GRAVE = ("Xuyến Chà", "Pàlmira Ferrà", "Zoltà Rovirà")


@pytest.mark.parametrize("name", ENDING_IN_A_GRAVE)
@pytest.mark.parametrize("reading", ["sloppy", "latin-1"])
def test_mojibake_whose_last_byte_is_a_no_break_space_keeps_it(name: str, reading: str) -> None:
    # "à" is C3 A0: read as Windows-1252 or Latin-1, "Ã" and a no-break space, which
    # stripping the line would take away, leaving mojibake that cannot be read back
    assert not generator_words_in(name)
    line = _sloppy(name) if reading == "sloppy" else name.encode("utf-8").decode("latin-1")
    assert line.endswith("\xa0")
    body = "\n".join(
        [TITLE, "Maren Holtby", line, "Idris Okonkwo", ABSTRACT, NEXT, "Lucia Ferreyra"]
    )
    assert [(t, len(a), ab) for t, a, ab in read_page_records(body)] == [
        (TITLE, 3, True),
        (NEXT, 1, False),
    ]
    cleaned = clean_profile(parse_profile(PAGE_HEAD + body + "\n"))
    assert str(cleaned.publications[0].authors[1]) == name


@pytest.mark.parametrize("name", ENDING_IN_A_GRAVE)
def test_mojibake_before_a_see_more_marker_keeps_its_no_break_space(name: str) -> None:
    # the same, as the last author before "… (see 4 more)": the text before the marker
    # was stripped of its no-break space too ("CannistrÃ" could not be read back)
    line = _sloppy(name) + " … (see 4 more)"
    body = "\n".join([TITLE, "Maren Holtby", line, ABSTRACT, NEXT, "Lucia Ferreyra"])
    cleaned = clean_profile(parse_profile(PAGE_HEAD + body + "\n"))
    assert [str(a) for a in cleaned.publications[0].authors] == ["Maren Holtby", name]
    assert cleaned.publications[0].hidden_authors == 4
