"""Profile pages whose author lines are hard names (issue #14).

Regression tests for every name of the issue, and the exact-record rate on pages made by
``tests/pagegen.py`` with held-out seeds (>= 1000), whose words (names, organisations,
titles, venues) are disjoint from those of the tuning seeds (< 1000) the reader was tuned on.
"""

from __future__ import annotations

import importlib

import pytest

from pagegen import (
    DEV,
    DEV2,
    DEV2_FROM,
    DEV2_TO,
    DEV_FROM,
    FRESH,
    FRESH2,
    FRESH2_FROM,
    FRESH2_TO,
    FRESH3,
    FRESH3_FROM,
    FRESH3_TO,
    FRESH4,
    FRESH4_FROM,
    FRESH4_TO,
    FRESH5,
    FRESH5_FROM,
    FRESH5_TO,
    FRESH6,
    FRESH6_FROM,
    FRESH6_TO,
    FRESH7,
    FRESH7_FROM,
    FRESH7_TO,
    FRESH8,
    FRESH8_FROM,
    FRESH8_TO,
    FRESH9,
    FRESH9_FROM,
    FRESH9_TO,
    FRESH10,
    FRESH10_FROM,
    FRESH10_TO,
    FRESH11,
    FRESH11_FROM,
    FRESH11_TO,
    FRESH12,
    FRESH12_FROM,
    FRESH12_TO,
    FRESH13,
    FRESH13_FROM,
    FRESH13_TO,
    FRESH14,
    FRESH14_FROM,
    FRESH14_TO,
    FRESH15,
    FRESH15_FROM,
    FRESH15_TO,
    FRESH16,
    FRESH16_FROM,
    FRESH16_TO,
    FRESH17,
    FRESH17_FROM,
    FRESH17_TO,
    FRESH18,
    FRESH18_FROM,
    FRESH18_TO,
    FRESH19,
    FRESH19_FROM,
    FRESH19_TO,
    FRESH20,
    FRESH20_FROM,
    FRESH20_TO,
    FRESH21,
    FRESH21_FROM,
    FRESH21_TO,
    FRESH22,
    FRESH22_FROM,
    FRESH22_TO,
    FRESH23,
    FRESH23_FROM,
    FRESH23_TO,
    FRESH24,
    FRESH24_FROM,
    FRESH24_TO,
    FRESH25,
    FRESH25_FROM,
    FRESH25_TO,
    FRESH26,
    FRESH26_FROM,
    FRESH26_TO,
    FRESH27,
    FRESH27_FROM,
    FRESH27_TO,
    FRESH28,
    FRESH28_FROM,
    FRESH28_TO,
    FRESH29,
    FRESH29_FROM,
    FRESH29_TO,
    FRESH30,
    FRESH30_FROM,
    FRESH30_TO,
    FRESH31,
    FRESH31_FROM,
    FRESH31_TO,
    FRESH32,
    FRESH32_FROM,
    FRESH32_TO,
    FRESH33,
    FRESH33_FROM,
    FRESH33_TO,
    FRESH_FROM,
    HELD_OUT,
    HELD_OUT_FROM,
    TUNING,
    TUNING_SEED,
    Vocabulary,
    make_page,
    matched,
    person_parts,
    shared_words,
    vocabulary_for,
    vocabulary_words,
)
from pubrecords import clean_profile, parse_profile
from pubrecords.names import parse_name

HEAD = "Portrait of Ada Example\n\nAda Example\n\nPublications\n\n"
ABSTRACT = (
    "We study how estuaries mix fresh and salt water. Our model predicts salinity a week "
    "ahead and beats every baseline we tried."
)

NAMES = [
    ("Ulrich G&#252;ntzer", ("Ulrich", "", "Güntzer", "", "")),
    ("Am&#233;lie Marian", ("Amélie", "", "Marian", "", "")),
    ("Ulrich G?ntzer", ("Ulrich", "", "G?ntzer", "", "")),
    ("Z. Meral ?zsoyoglu", ("Z. Meral", "", "?zsoyoglu", "", "")),
    ("Object Database Management Group", ("", "", "", "", "Object Database Management Group")),
    ("The TimesTen Team", ("", "", "", "", "The TimesTen Team")),
    ("Lotus Development Corp.", ("", "", "", "", "Lotus Development Corp.")),
    ("Dean Berry", ("Dean", "", "Berry", "", "")),
    ("King Liu", ("King", "", "Liu", "", "")),
    ("Jane Lê", ("Jane", "", "Lê", "", "")),
    ("John N. Vũ", ("John N.", "", "Vũ", "", "")),
    ("王小明", ("小明", "", "王", "", "")),
    ("王 小明", ("小明", "", "王", "", "")),
    ("山田太郎", ("", "", "", "", "山田太郎")),
    ("김민준", ("민준", "", "김", "", "")),
    ("Sutrisno", ("", "", "Sutrisno", "", "")),
    ("Ludwig van Beethoven", ("Ludwig", "van", "Beethoven", "", "")),
    ("Anna de la Cruz", ("Anna", "de la", "Cruz", "", "")),
    ("JosÃ© GarcÃ­a", ("José", "", "García", "", "")),
    # found on generated pages (seeds < 1000) after the first round of work:
    ("The SALT Working Group", ("", "", "", "", "The SALT Working Group")),  # an acronym
    ("Tom?? Dvo??k", ("Tom??", "", "Dvo??k", "", "")),  # a run of lost letters
    ("Tom\ufffd\ufffd Dvo\ufffd\ufffdk", ("Tom\ufffd\ufffd", "", "Dvo\ufffd\ufffdk", "", "")),
    ("A. Dupr?", ("A.", "", "Dupr?", "", "")),  # a lost last letter, not a question
    ("B. Ã…kesson", ("B.", "", "Åkesson", "", "")),  # mojibake too short for ftfy
    ("Helio Systems", ("", "", "", "", "Helio Systems")),  # a company without "Inc."
    ("山田 太郎", ("太郎", "", "山田", "", "")),  # a Japanese name with a space: split
    ("Bishop Okafor", ("Bishop", "", "Okafor", "", "")),
    # split where the decoded name splits: the Irish "Ní" begins the family name
    ("Br&iacute;d N&iacute; Chonaill", ("Bríd", "", "Ní Chonaill", "", "")),
    ("????? ??????", ("?????", "", "??????", "", "")),  # every letter lost
    ("Selvaraj a/l Murugesu", ("Selvaraj", "a/l", "Murugesu", "", "")),  # Malaysian "son of"
    ("Tavita deLuna", ("Tavita", "", "deLuna", "", "")),  # a particle run together ("deBrum")
]


def _page(*records: tuple[str, list[str], str | None]) -> str:
    lines = []
    for title, authors, abstract in records:
        lines.append(title)
        lines.extend(authors)
        if abstract:
            lines.append(abstract)
    return HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize(("line", "parts"), NAMES, ids=[n for n, _ in NAMES])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_name_line_stays_an_author(line: str, parts: tuple[str, ...], where: str) -> None:
    others = ["Maria Lindholm", "Kwame Okonkwo"]
    authors = {
        "first": [line, *others],
        "middle": [others[0], line, others[1]],
        "last": [*others, line],
    }[where]
    text = _page(
        ("Forecasting Estuary Salinity with Tidal Gaussian Processes", authors, ABSTRACT),
        ("Counting Herons with Sparse Acoustic Sensors", ["Pieter van der Meer"], None),
    )
    raw = parse_profile(text)
    assert [p.title for p in raw.publications] == [
        "Forecasting Estuary Salinity with Tidal Gaussian Processes",
        "Counting Herons with Sparse Acoustic Sensors",
    ]
    pub = clean_profile(raw).publications[0]
    assert pub.abstract == ABSTRACT
    got = [person_parts(a) for a in pub.authors]
    assert got[authors.index(line)] == parts
    assert len(got) == 3


def test_name_line_as_the_only_author_before_the_next_title() -> None:
    for line, parts in NAMES:
        text = _page(
            ("Quiet Neural Tides", [line], None),
            ("Anchored Variational Inference for Seasonal Time Series", [], ABSTRACT),
        )
        pubs = clean_profile(parse_profile(text)).publications
        assert [p.title for p in pubs] == [
            "Quiet Neural Tides",
            "Anchored Variational Inference for Seasonal Time Series",
        ], line
        assert [person_parts(a) for a in pubs[0].authors] == [parts], line


def test_lost_letter_is_flagged_on_the_record() -> None:
    text = _page(("Forecasting Salinity", ["Ulrich G?ntzer", "Maria Lindholm"], ABSTRACT))
    pub = clean_profile(parse_profile(text)).publications[0]
    flags = [r for r in pub.repairs if r.action == "flag-lost-letter"]
    assert [r.field for r in flags] == ["authors[0]"]
    assert pub.authors[0].family == "G?ntzer"  # kept, not guessed


def test_one_word_titles_that_are_words_are_still_titles() -> None:
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo"], None),
        ("Tidewater", ["Maria Lindholm"], ABSTRACT),
        ("Thinker", [], None),
    )
    pubs = parse_profile(text).publications
    assert [p.title for p in pubs] == ["Forecasting Salinity", "Tidewater", "Thinker"]


@pytest.mark.parametrize("title", ["Saltmarsh", "Driftwood", "Undertow", "Seafoam"])
def test_coined_compound_title_after_an_author_list_is_a_title(title: str) -> None:
    # a common word and a closed syllable run together ("salt" + "marsh"): how English
    # coins a one-word title; these were read as mononymous authors
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo"], None),
        (title, ["Dean Berry"], ABSTRACT),
    )
    pubs = clean_profile(parse_profile(text)).publications
    assert [p.title for p in pubs] == ["Forecasting Salinity", title]
    assert [str(a) for a in pubs[1].authors] == ["Dean Berry"]
    assert pubs[1].abstract == ABSTRACT


def test_mononym_after_an_author_list_stays_an_author() -> None:
    text = _page(("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo", "Sutrisno"], None))
    pubs = clean_profile(parse_profile(text)).publications
    assert [person_parts(a) for a in pubs[0].authors][-1] == ("", "", "Sutrisno", "", "")


@pytest.mark.parametrize("middle", ["Marram", "Kelp Atlas", "Sutrisno"])
def test_a_name_cannot_repeat_within_one_author_list(middle: str) -> None:
    # each of these reads as a name, but "Maria Lindholm" after it cannot be in the same
    # list again: a new record starts, and the line is its title
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo"], None),
        (middle, ["Maria Lindholm"], ABSTRACT),
    )
    pubs = parse_profile(text).publications
    assert [p.title for p in pubs] == ["Forecasting Salinity", middle]
    assert [str(a) for a in pubs[0].authors] == ["Maria Lindholm", "Kwame Okonkwo"]
    assert [str(a) for a in pubs[1].authors] == ["Maria Lindholm"]


def test_a_name_may_repeat_in_the_next_record() -> None:
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm", "Kwame Okonkwo"], ABSTRACT),
        ("Counting Herons", ["Maria Lindholm", "Kwame Okonkwo"], None),
        ("Counting Herons Again", ["Kwame Okonkwo", "Maria Lindholm"], ABSTRACT),
    )
    pubs = parse_profile(text).publications
    assert [len(p.authors) for p in pubs] == [2, 2, 2]


def test_short_mojibake_is_decoded_and_recorded() -> None:
    text = _page(("Forecasting Salinity", ["B. Ã…kesson", "Maria Lindholm"], ABSTRACT))
    pub = clean_profile(parse_profile(text)).publications[0]
    assert person_parts(pub.authors[0]) == ("B.", "", "Åkesson", "", "")
    fixes = [r for r in pub.repairs if r.action == "fix-mojibake"]
    assert [(r.field, r.before, r.after) for r in fixes] == [
        ("authors[0]", "B. Ã…kesson", "B. Åkesson")
    ]


def test_a_title_made_of_common_words_before_systems_is_a_title() -> None:
    text = _page(
        ("Forecasting Salinity", ["Maria Lindholm"], ABSTRACT),
        ("Distributed Systems", ["Kwame Okonkwo"], None),
    )
    pubs = parse_profile(text).publications
    assert [p.title for p in pubs] == ["Forecasting Salinity", "Distributed Systems"]


@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("Dean Berry", "Dean", "Berry"),
        ("King Liu", "King", "Liu"),
        ("Bishop Okafor", "Bishop", "Okafor"),
        ("Dr. Dean Berry", "Dean", "Berry"),
        ("Berry, Dean", "Dean", "Berry"),
        ("Dean Berry Jr.", "Dean", "Berry"),
        # a title that is no given name is still stripped, as is one before two words
        ("Dr. Berry", "", "Berry"),
        ("Prof. King", "", "King"),
        ("Dean John Smith", "John", "Smith"),
    ],
)
def test_a_title_that_is_a_given_name_is_kept_when_one_word_would_be_left(
    text: str, given: str, family: str
) -> None:
    person = parse_name(text, "text")
    assert (person.given, person.family) == (given, family)


def test_japanese_name_with_a_space_keeps_its_parts() -> None:
    person = parse_name("山田 太郎", "text")
    assert (person.given, person.family, person.literal) == ("太郎", "山田", "")
    assert parse_name("山田太郎", "text").literal == "山田太郎"  # no space: kept whole


def test_generator_is_deterministic_and_tuning_seed_apart() -> None:
    assert make_page(1001).text == make_page(1001).text
    assert make_page(1001).text != make_page(TUNING_SEED).text
    assert vocabulary_for(TUNING_SEED) is TUNING and vocabulary_for(1001) is HELD_OUT


def test_held_out_vocabulary_shares_no_word_with_the_tuning_one() -> None:
    # beyond closed classes (function words, name particles, organisation kind words)
    assert shared_words() == frozenset()


def test_fresh_vocabulary_is_drawn_from_its_own_seeds() -> None:
    assert FRESH_FROM == 2000 and HELD_OUT_FROM == 1000
    assert vocabulary_for(HELD_OUT_FROM - 1) is TUNING
    assert vocabulary_for(HELD_OUT_FROM) is HELD_OUT
    assert vocabulary_for(FRESH_FROM - 1) is HELD_OUT
    assert vocabulary_for(FRESH_FROM) is FRESH and vocabulary_for(2001) is FRESH
    assert make_page(2001).text == make_page(2001).text


# The vocabularies written after the tuning one, each by someone who never read the reader.
_LATER = (
    HELD_OUT,
    FRESH,
    DEV,
    DEV2,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    FRESH29,
    FRESH30,
    FRESH31,
    FRESH32,
    FRESH33,
)


@pytest.mark.parametrize("vocab", _LATER[1:], ids=lambda v: v.name)
def test_vocabulary_has_the_held_out_ones_pools(vocab: Vocabulary) -> None:
    # the same pools with the same sizes, so its pages have the same mix of classes
    for name, held in vars(HELD_OUT).items():
        pool = getattr(vocab, name)
        assert type(pool) is type(held), name
        if not isinstance(held, str):
            assert len(pool) == len(held), name
            assert len(set(pool)) == len(pool), name


_SHARING = {f"fresh{n}" for n in range(18, 34)}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (a, b)
        for i, a in enumerate((TUNING, *_LATER))
        for b in _LATER[i:]
        # (fresh and DEV share 142 words, names among them: DEV was written later without
        # a check against fresh; a reader tuned on DEV has seen them, one reason fresh is
        # a development set now and fresh2 the measure)
        if {a.name, b.name} != {"fresh", "dev"}
        # (fresh18 to fresh33 were written without the check: 20 sets had used up the
        # words, so their writers never looked at any other set and share words by chance,
        # 410 and 417 of about 670 each for the first two, as real pages share names)
        and not {a.name, b.name} & _SHARING
    ],
    ids=lambda v: v.name,
)
def test_vocabularies_share_no_word(first: Vocabulary, second: Vocabulary) -> None:
    # beyond the closed classes (function words, particles, organisation kind words)
    assert shared_words(first, second) == frozenset()


def _reader_word_lists() -> dict[str, frozenset[str]]:
    """The reader's own word lists, lowercased, found by iterating its modules (never read
    by hand): ``words.vocabulary()`` and every module-level collection of strings."""
    from pubrecords.formats.profile_page.words import vocabulary

    vocab, given = vocabulary()
    found: dict[str, frozenset[str]] = {"vocabulary()": vocab, "vocabulary() given": given}
    for module in ("words", "lines", "authors"):
        mod = importlib.import_module(f"pubrecords.formats.profile_page.{module}")
        for name, value in vars(mod).items():
            if (
                isinstance(value, (frozenset, set, tuple, list))
                and value
                and all(isinstance(x, str) for x in value)
            ):
                found[f"{module}.{name}"] = frozenset(value)
    lowered = {}
    for name, words in found.items():
        low = {w.lower() for w in words}
        lowered[name] = frozenset(low | {part for w in low for part in w.split()})
    return lowered


def test_dev_vocabulary_is_drawn_from_its_own_seeds() -> None:
    # seeds 3000-3999, for tuning the reader on unseen words without spending the fresh ones
    assert DEV_FROM == 3000
    assert vocabulary_for(DEV_FROM - 1) is FRESH and vocabulary_for(FRESH_FROM) is FRESH
    assert vocabulary_for(DEV_FROM) is DEV and vocabulary_for(3999) is DEV
    assert vocabulary_for(4000) is FRESH


def test_dev2_vocabulary_is_drawn_from_its_own_seeds() -> None:
    # seeds 5000-5999, a validation set for those tuning on the dev vocabulary
    assert DEV2_FROM == 5000 and DEV2_TO == 6000
    assert vocabulary_for(DEV2_FROM - 1) is FRESH and vocabulary_for(4000) is FRESH
    assert vocabulary_for(DEV2_FROM) is DEV2 and vocabulary_for(5999) is DEV2
    assert vocabulary_for(DEV2_TO) is FRESH2 and vocabulary_for(3999) is DEV
    assert DEV2.name == "dev2"
    assert make_page(5001).text == make_page(5001).text


def test_fresh2_vocabulary_is_drawn_from_its_own_seeds() -> None:
    # seeds 6000-6999, an untouched test set (aggregate figures only, never seen by tuners)
    assert FRESH2_FROM == 6000 and FRESH2_TO == 7000 and DEV2_TO == FRESH2_FROM
    assert vocabulary_for(FRESH2_FROM - 1) is DEV2 and vocabulary_for(4000) is FRESH
    assert vocabulary_for(FRESH2_FROM) is FRESH2 and vocabulary_for(6999) is FRESH2
    assert vocabulary_for(FRESH2_TO) is FRESH and vocabulary_for(2001) is FRESH
    assert FRESH2.name == "fresh2"
    assert make_page(6001).text == make_page(6001).text


def test_fresh3_vocabulary_is_drawn_from_its_own_seeds() -> None:
    # seeds 8000-8999, written on 7 December 2026 without reading the reader
    assert FRESH3_FROM == 8000 and FRESH3_TO == 9000
    assert vocabulary_for(FRESH3_FROM - 1) is FRESH and vocabulary_for(FRESH3_TO) is FRESH4
    assert vocabulary_for(FRESH3_FROM) is FRESH3 and vocabulary_for(8999) is FRESH3
    assert FRESH3.name == "fresh3"
    assert make_page(8001).text == make_page(8001).text


# the untouched sets written on 7 and 8 December 2026 without reading the reader, in seed order:
# (vocabulary, first seed, seed after the last, the set before it, the set after it)
_UNTOUCHED = [
    (FRESH4, FRESH4_FROM, FRESH4_TO, FRESH3, FRESH5),
    (FRESH5, FRESH5_FROM, FRESH5_TO, FRESH4, FRESH6),
    (FRESH6, FRESH6_FROM, FRESH6_TO, FRESH5, FRESH7),
    (FRESH7, FRESH7_FROM, FRESH7_TO, FRESH6, FRESH8),
    (FRESH8, FRESH8_FROM, FRESH8_TO, FRESH7, FRESH9),
    (FRESH9, FRESH9_FROM, FRESH9_TO, FRESH8, FRESH10),
    (FRESH10, FRESH10_FROM, FRESH10_TO, FRESH9, FRESH11),
    (FRESH11, FRESH11_FROM, FRESH11_TO, FRESH10, FRESH12),
    (FRESH12, FRESH12_FROM, FRESH12_TO, FRESH11, FRESH13),
    (FRESH13, FRESH13_FROM, FRESH13_TO, FRESH12, FRESH14),
    (FRESH14, FRESH14_FROM, FRESH14_TO, FRESH13, FRESH15),
    (FRESH15, FRESH15_FROM, FRESH15_TO, FRESH14, FRESH16),
    (FRESH16, FRESH16_FROM, FRESH16_TO, FRESH15, FRESH17),
    (FRESH17, FRESH17_FROM, FRESH17_TO, FRESH16, FRESH18),
    (FRESH18, FRESH18_FROM, FRESH18_TO, FRESH17, FRESH19),
    (FRESH19, FRESH19_FROM, FRESH19_TO, FRESH18, FRESH20),
    (FRESH20, FRESH20_FROM, FRESH20_TO, FRESH19, FRESH21),
    (FRESH21, FRESH21_FROM, FRESH21_TO, FRESH20, FRESH22),
    (FRESH22, FRESH22_FROM, FRESH22_TO, FRESH21, FRESH23),
    (FRESH23, FRESH23_FROM, FRESH23_TO, FRESH22, FRESH24),
    (FRESH24, FRESH24_FROM, FRESH24_TO, FRESH23, FRESH25),
    (FRESH25, FRESH25_FROM, FRESH25_TO, FRESH24, FRESH26),
    (FRESH26, FRESH26_FROM, FRESH26_TO, FRESH25, FRESH27),
    (FRESH27, FRESH27_FROM, FRESH27_TO, FRESH26, FRESH28),
    (FRESH28, FRESH28_FROM, FRESH28_TO, FRESH27, FRESH29),
    (FRESH29, FRESH29_FROM, FRESH29_TO, FRESH28, FRESH30),
    (FRESH30, FRESH30_FROM, FRESH30_TO, FRESH29, FRESH31),
    (FRESH31, FRESH31_FROM, FRESH31_TO, FRESH30, FRESH32),
    (FRESH32, FRESH32_FROM, FRESH32_TO, FRESH31, FRESH33),
    (FRESH33, FRESH33_FROM, FRESH33_TO, FRESH32, FRESH),
]


@pytest.mark.parametrize(("number", "case"), list(enumerate(_UNTOUCHED, 4)), ids=str)
def test_untouched_vocabulary_is_drawn_from_its_own_seeds(
    number: int, case: tuple[Vocabulary, int, int, Vocabulary, Vocabulary]
) -> None:
    vocab, start, stop, before, after = case
    assert (start, stop) == (number * 1000 + 5000, number * 1000 + 6000)
    assert vocabulary_for(start - 1) is before and vocabulary_for(stop) is after
    assert vocabulary_for(start) is vocab and vocabulary_for(stop - 1) is vocab
    assert vocab.name == f"fresh{number}"
    seed = start + 1
    assert make_page(seed).text == make_page(seed).text
    owner = make_page(seed).text.splitlines()[0].removeprefix("Portrait of ")
    assert owner.split()[0] in vocab.given and owner.split()[-1] in vocab.family


# (fresh3 to fresh33, written without reading the reader, may share real words with its
# lists: particles such as "zu", given names that are words such as "Lily", organisation
# end words; they are not made to avoid them, which would be tuning them against the reader)
@pytest.mark.parametrize(
    "vocab",
    [v for v in _LATER[1:] if v.name not in {f"fresh{n}" for n in range(3, 34)}],
    ids=lambda v: v.name,
)
def test_vocabulary_shares_no_word_with_the_readers_word_lists(vocab: Vocabulary) -> None:
    lists = _reader_word_lists()
    assert len(lists["vocabulary()"]) > 100 and len(lists["vocabulary() given"]) > 100
    words = vocabulary_words(vocab)
    if vocab.name == "dev2":
        # (French "des" joins a body's words, "Programme … des Pêches …"; DEV2 has it only as
        # the particle of "Étienne des Roches", which the name parser knew before)
        words = words - {"des"}
    shared = {name: sorted(words & found) for name, found in lists.items() if words & found}
    assert shared == {}


HELD_OUT_SEEDS = range(1001, 1021)


def _rate(seeds: range, classes: tuple[str, ...] | None = None) -> float:
    right = total = 0
    for seed in seeds:
        page = make_page(seed) if classes is None else make_page(seed, classes=classes)
        hits = matched(page.records, clean_profile(parse_profile(page.text)))
        right += sum(hits)
        total += len(hits)
    return right / total


def test_generated_pages_floor() -> None:
    # Held-out vocabulary, seeds 1001-1020: 99.7% (93.1% before the page's own title and
    # name words, 86.8% before the structural changes of session 19); 99.6% on seeds
    # 1001-1200 (benchmarks/bench_profile_pages.py --first-seed 1001). Those who tuned the
    # reader in session 19 saw the held-out word pools, so this floor guards against
    # regressions only; the honest measure of unseen words is the fresh vocabulary below.
    assert _rate(HELD_OUT_SEEDS) >= 0.996


def test_generated_pages_of_a_fresh_vocabulary_floor() -> None:
    # Fresh vocabulary (seeds >= 2000), written by someone who never read the reader:
    # seeds 2001-2020, 93.3% (the measured rate; 91.3% on seeds 2001-2200, 85.0% with the
    # reader of 6 December 2026). Its errors were looked at on 7 December 2026 (a tuning
    # round on it raised it to 98.0% but left the untouched fresh2 set where it was, and was
    # not kept), so it is a development set now. Issue #14's 99% is NOT reached.
    assert _rate(range(2001, 2021)) >= 0.933


def test_generated_pages_of_the_dev_vocabularies_floor() -> None:
    # DEV (seeds 3001-3020) 97.9% and DEV2 (5001-5020) 94.1%, the measured rates: the
    # development sets of 7 December 2026 (fresh2, seeds 6000-6999, the untouched measure,
    # stays out of the tests: benchmarks/bench_profile_pages.py prints it)
    assert _rate(range(3001, 3021)) >= 0.979
    assert _rate(range(5001, 5021)) >= 0.940


@pytest.mark.parametrize(
    ("cls", "floor"),
    [
        ("org", 1.0),
        ("lost", 1.0),
        ("mononym", 1.0),
        ("mojibake", 0.971),
        ("word-given", 1.0),
        ("vietnamese", 0.988),
        ("cjk", 1.0),
        ("entity", 1.0),
        ("particle", 1.0),
    ],
)
def test_generated_pages_of_one_hard_class(cls: str, floor: float) -> None:
    # pages whose authors are all of one class (but "plain" ones, 40%), held-out seeds
    # 1001-1005: the floors are the measured rates
    assert _rate(range(1001, 1006), classes=(cls,)) >= floor
