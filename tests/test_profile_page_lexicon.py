"""Profile-page reading with the English lexicon (the ``lexicon`` extra, pyspellchecker's word
list): a one-word line after an author list that the lexicon knows ("Gazebo") is a new
record's title, not a one-name author; a one-name author the lexicon does not know stays an
author; without the lexicon the reader reads as before; a given name that is an English
word before a family name stays a name.

Every name, title and abstract here is invented, and none is a word of the generator's
tuning, held-out, dev, dev2 or fresh vocabularies (checked below), so these tests teach the
reader none of their words.
"""

from __future__ import annotations

import re

import pytest

from pagegen import PAGE_HEAD, generator_words_in, read_page_records
from pubrecords import Person, parse_profile
from pubrecords.formats.profile_page import lexicon as lexicon_module
from pubrecords.formats.profile_page.between import of_place
from pubrecords.formats.profile_page.lexicon import english_word, lexicon
from pubrecords.formats.profile_page.lines import mononym_score, name_score
from pubrecords.formats.profile_page.segment import _lexicon_body
from pubrecords.formats.profile_page.tokens import name_llr
from pubrecords.formats.profile_page.words import vocabulary

# (the ``test`` extra installs pyspellchecker; without it only the tests that replace the
# lexicon run)
needs_lexicon = pytest.mark.skipif(
    not lexicon(), reason="pyspellchecker (the lexicon extra) is not installed"
)

TITLE = "Ranking Oyster Reefs by Spat Counts"
ABSTRACT = (
    "We count oyster spat on reef tiles each spring. Tiles near eelgrass hold the most "
    "spat, and the counts order the reefs in each year we sampled."
)
SECOND_ABSTRACT = (
    "Brackwater coves trap larvae. We tag each cove with a buoy and tally the larvae that "
    "cling to its tiles in July and August."
)
AUTHORS = ("Margrethe Vandeputte", "Hadiwinoto", "Ottoline Fenwright")
NEXT_AUTHORS = ("Prawirodirjo", "Brant Ravensworth")
# One-word titles the lexicon knows and the reader's own title words do not (each reads as
# a one-name author without the lexicon: checked below).
ONE_WORD_TITLES = ("Gazebo", "Mandolin", "Obelisk", "Filigree", "Cantata")
# One-name authors, invented, that are no English words.
MONONYMS = ("Wirasendi", "Kertanegara", "Sudarmaji", "Purwaningrat")
# Given names that are English words, each before a family name.
WORD_GIVEN = ("Tansy Vandeputte", "Tempest Fenwright", "Marzipan Haddington")
EXAMPLES = " ".join(
    [
        *(PAGE_HEAD, TITLE, ABSTRACT, SECOND_ABSTRACT, *AUTHORS, *NEXT_AUTHORS),
        *(*ONE_WORD_TITLES, *MONONYMS, *WORD_GIVEN, "Wiryosuharjo"),
    ]
)


def test_examples_use_no_generator_word() -> None:
    assert len({w for w in re.split(r"[^\w]+", EXAMPLES.lower()) if w}) > 60
    assert not generator_words_in(EXAMPLES)


def _page(one_word: str) -> str:
    """A record whose author list is followed by a one-word line, then two author lines
    and an abstract."""
    return "\n".join([TITLE, *AUTHORS, one_word, *NEXT_AUTHORS, SECOND_ABSTRACT])


@needs_lexicon
@pytest.mark.parametrize("word", ONE_WORD_TITLES)
def test_examples_are_english_words_the_title_vocabulary_lacks(word: str) -> None:
    vocab, given = vocabulary()
    assert english_word(word.lower())
    assert mononym_score(word, vocab, given) > 0.0  # (a name, by the reader's own words)


@needs_lexicon
@pytest.mark.parametrize("word", ONE_WORD_TITLES)
def test_one_word_english_title_after_authors_starts_a_record(word: str) -> None:
    records = read_page_records(_page(word))
    assert records == [
        (TITLE, list(AUTHORS), False),
        (word, list(NEXT_AUTHORS), True),
    ]


@pytest.mark.parametrize("word", ONE_WORD_TITLES)
def test_without_the_lexicon_the_reader_reads_as_before(
    word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lexicon_module, "lexicon", frozenset)
    assert not english_word(word.lower())
    records = read_page_records(_page(word))
    # (the reader's own words take the line for a one-name author, as before the lexicon)
    assert records == [(TITLE, [*AUTHORS, word, *NEXT_AUTHORS], True)]


@needs_lexicon
@pytest.mark.parametrize("name", MONONYMS)
def test_mononym_after_authors_stays_an_author(name: str) -> None:
    assert not english_word(name.lower())
    records = read_page_records(_page(name))
    assert records == [(TITLE, [*AUTHORS, name, *NEXT_AUTHORS], True)]


@needs_lexicon
def test_mononym_between_author_lines_stays_an_author() -> None:
    body = "\n".join([TITLE, AUTHORS[0], MONONYMS[0], AUTHORS[2], ABSTRACT])
    assert read_page_records(body) == [(TITLE, [AUTHORS[0], MONONYMS[0], AUTHORS[2]], True)]


@needs_lexicon
@pytest.mark.parametrize("name", WORD_GIVEN)
def test_word_given_name_before_family_name_stays_an_author(name: str) -> None:
    assert english_word(name.split()[0].lower())
    body = "\n".join([TITLE, *AUTHORS, name, ABSTRACT])
    assert read_page_records(body) == [(TITLE, [*AUTHORS, name], True)]


def test_known_word_spelled_as_only_names_are_stays_an_author(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A lexicon that knew a name spelled as only names are (as the real one knows some
    # family names) says nothing of it; one spelled as words are, it takes for a title.
    name, word = "Wiryosuharjo", "Gazebo"
    assert name_llr(name) >= 8.0 > name_llr(word)
    monkeypatch.setattr(lexicon_module, "lexicon", lambda: frozenset({"wiryosuharjo", "gazebo"}))
    assert read_page_records(_page(name)) == [(TITLE, [*AUTHORS, name, *NEXT_AUTHORS], True)]
    assert read_page_records(_page(word))[1][0] == word


def test_lexicon_is_not_loaded_for_a_page_without_a_one_word_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse() -> frozenset[str]:
        raise AssertionError("the lexicon was loaded")

    monkeypatch.setattr(lexicon_module, "lexicon", refuse)
    names = [AUTHORS[0], AUTHORS[2]]  # (no one-word line)
    body = "\n".join([TITLE, *names, ABSTRACT, "Tallying Cove Larvae", *WORD_GIVEN])
    assert [r[0] for r in read_page_records(body)] == [TITLE, "Tallying Cove Larvae"]
    with pytest.raises(AssertionError):
        read_page_records(_page(ONE_WORD_TITLES[0]))


@needs_lexicon
def test_lexicon_holds_lowercase_words_only() -> None:
    words = lexicon()
    assert len(words) > 100_000
    assert all(w.isalpha() and w == w.lower() for w in list(words)[:2000])


# Bodies named by English words with no kind word: two words, the first a word of the
# page's titles; one word that is two English words run together.
WORD_BODIES = ("Oyster Monitor", "Oyster Lookout")
COMPOUND_BODIES = ("Reefkeeper", "Tidecount")


def test_word_bodies_use_no_generator_word() -> None:
    assert not generator_words_in(" ".join([*WORD_BODIES, *COMPOUND_BODIES]))


@needs_lexicon
def test_one_word_of_two_english_words_is_a_body_a_mononym_is_not() -> None:
    given = vocabulary()[1]
    for word in COMPOUND_BODIES:
        assert _lexicon_body([word], frozenset(), given)
    for name in (*MONONYMS, "Hadiwinoto", "Gazebo"):  # (a word itself: no compound)
        assert not _lexicon_body([name], frozenset(), given)


def _between_two_authors(line: str) -> list[Person]:
    """The authors read of a one-record page whose ``line`` stands between two authors."""
    page = PAGE_HEAD + "\n".join([TITLE, AUTHORS[0], line, AUTHORS[2], ABSTRACT])
    [pub] = parse_profile(page).publications
    return list(pub.authors)


# bodies with no kind word, each kept whole between two authors
BODIES_BETWEEN = (
    *WORD_BODIES,  # two English words, the first a word of the page's titles
    "Wardens of Hollinmere",  # a group of a place
    "Mallard & Sedgwick",  # two words joined by "&"
)


def test_bodies_between_use_no_generator_word() -> None:
    assert not generator_words_in(" ".join(BODIES_BETWEEN))


@needs_lexicon
@pytest.mark.parametrize("body", BODIES_BETWEEN)
def test_body_between_author_lines_is_kept_whole(body: str) -> None:
    got = [(a.literal, a.family) for a in _between_two_authors(body)]
    assert got == [("", "Vandeputte"), (body, ""), ("", "Fenwright")]


@needs_lexicon
@pytest.mark.parametrize("name", ["Hadiwinoto", "Tansy Vandeputte", "Brant Ravensworth"])
def test_names_beside_word_bodies_stay_people(name: str) -> None:
    person = _between_two_authors(name)[1]
    assert not person.literal and person.family == name.split()[-1]


@needs_lexicon
def test_a_thing_of_a_subject_is_no_group_of_a_place() -> None:
    # (a title's "of" names a subject, an English word)
    assert of_place(["Wardens", "of", "Hollinmere"])
    assert not of_place(["Ledgers", "of", "Oysters"])
    assert not of_place(["Ledger", "of", "Hollinmere"])  # (no plural first)


@pytest.mark.parametrize("name", ["Bảo An", "Hyejin An"])
def test_a_name_ending_with_an_article_s_spelling_costs_nothing(name: str) -> None:
    # (the family name An: an article never ends a title; it read as a common word)
    other = name.rsplit(" ", 1)[0] + " Lam"
    assert name_score(name) == name_score(other) > 0.0
    assert str(_between_two_authors(name)[1]) == name


# A one-name co-author the lexicon knows, met in three records, each time in other company
# on both sides and never after an abstract: no one-word title is reused so (on generated
# pages, 80 of 80 such lines were names).
WIDE_COMPANY = ("Marzipan", "Kumquat")
WIDE_PEOPLE = ("Gudrun Brandvold", "Toivo Kestner", "Ruairi Pennick", "Sigrun Aldous")


def test_wide_company_uses_no_generator_word() -> None:
    assert not generator_words_in(" ".join([*WIDE_COMPANY, *WIDE_PEOPLE]))


@needs_lexicon
@pytest.mark.parametrize("word", WIDE_COMPANY)
def test_lexicon_word_met_in_wide_company_is_a_co_author(word: str) -> None:
    assert english_word(word.lower())
    a, b, c, d = WIDE_PEOPLE
    records = [(TITLE, [a, word, b]), (ONE_WORD_TITLES[0] + " Lattices", [c, word, d])]
    records.append(("Tallying " + NEXT_AUTHORS[1].split()[1] + " Larvae", [b, word, c]))
    body = "\n".join(line for t, names in records for line in (t, *names, ABSTRACT))
    got = read_page_records(body)
    assert [(t, names) for t, names, _ in got] == records
    # met twice only, it still reads as the title the lexicon says it is
    body = "\n".join(line for t, names in records[:2] for line in (t, *names, ABSTRACT))
    assert len(read_page_records(body)) == 4


# One-name authors with an English word's ending ("-er", "-ish") that the lexicon does not
# know, spelled as names are (they were read as one-word titles: "Ekber", "Jagdish").
ENDING_MONONYMS = ("Tokhtaber", "Ravidish", "Gurmish")


@needs_lexicon
@pytest.mark.parametrize("name", ENDING_MONONYMS)
def test_mononym_with_a_words_ending_stays_an_author(name: str) -> None:
    assert not generator_words_in(name) and not english_word(name.lower())
    assert name_llr(name) >= 1.5
    body = "\n".join([TITLE, AUTHORS[0], name, AUTHORS[2], ABSTRACT])
    assert read_page_records(body) == [(TITLE, [AUTHORS[0], name, AUTHORS[2]], True)]
