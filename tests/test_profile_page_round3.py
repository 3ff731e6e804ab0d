"""Profile-page reading, third round: Chinese names in Traditional characters and with a
family name of two characters split as Chinese names, Japanese ones (written with kanji
that Chinese does not write) kept whole; a given name that is a word before a family name
written with a hyphen or an apostrophe stays an author.

Every name, title and organisation here is invented, and none is a word of the generator's
tuning, held-out, dev, dev2 or fresh vocabularies (checked below), so these tests teach the
reader none of their words.
"""

from __future__ import annotations

import re

import pytest

from pagegen import PAGE_HEAD, PEAT_ABSTRACT, generator_words_in
from pubrecords import clean_profile, parse_profile
from pubrecords.formats.profile_page.authors import read_author
from pubrecords.formats.profile_page.lines import title_score

HEAD = PAGE_HEAD
ABSTRACT = PEAT_ABSTRACT
TITLE = "Tracing Peat Bog Blazes with Kriging"
# (family name, given name) in Traditional characters, which Big5 writes and GB 2312 not
TRADITIONAL = (("馮", "樂韜"), ("鄭", "詠蘭"), ("蕭", "鴻運"), ("司徒", "韜"), ("夏侯", "惇"))
# Japanese names written with kanji that neither GB 2312 nor Big5 has (沢, 栄, 滝, 桜, 恵)
JAPANESE = ("滝沢栄", "桜庭恵")
WORD_GIVEN = ("Serenity", "Solace")
HYPHENATED = ("Ben-Ami", "L'Hommedieu", "Ruiz-Tagle", "D'Ambrosio")
EXAMPLES = " ".join(
    [HEAD, ABSTRACT, TITLE, "Nadine Oberholzer Ruprecht Zwicker", *WORD_GIVEN, *HYPHENATED]
    + [f + g for f, g in TRADITIONAL]
    + list(JAPANESE)
)


def test_examples_use_no_generator_word() -> None:
    assert len({w for w in re.split(r"[^\w]+", EXAMPLES.lower()) if w}) > 40
    assert not generator_words_in(EXAMPLES)


@pytest.mark.parametrize(("family", "given"), TRADITIONAL)
def test_traditional_chinese_name_is_split(family: str, given: str) -> None:
    person, _ = read_author(family + given)
    assert (person.family, person.given, person.literal) == (family, given, "")


@pytest.mark.parametrize("name", JAPANESE)
def test_japanese_name_with_japanese_only_kanji_is_kept_whole(name: str) -> None:
    person, _ = read_author(name)
    assert (person.literal, person.family, person.given) == (name, "", "")


def test_traditional_names_on_a_page() -> None:
    names = [f + g for f, g in TRADITIONAL] + list(JAPANESE)
    page = HEAD + "\n".join([TITLE, *names, ABSTRACT]) + "\n"
    (pub,) = clean_profile(parse_profile(page)).publications
    got = [(a.family, a.given, a.literal) for a in pub.authors]
    want = [(f, g, "") for f, g in TRADITIONAL] + [("", "", n) for n in JAPANESE]
    assert got == want


@pytest.mark.parametrize("given", WORD_GIVEN)
@pytest.mark.parametrize("family", HYPHENATED)
def test_word_given_name_before_a_joined_family_name_is_an_author(given: str, family: str) -> None:
    name = f"{given} {family}"
    page = HEAD + "\n".join([TITLE, "Nadine Oberholzer", name, "Ruprecht Zwicker", ABSTRACT])
    pubs = parse_profile(page + "\n").publications
    assert [(p.title, [str(a) for a in p.authors]) for p in pubs] == [
        (TITLE, ["Nadine Oberholzer", name, "Ruprecht Zwicker"])
    ]


def test_capital_after_apostrophe_or_hyphen_is_no_acronym() -> None:
    # a name's joined family name is no acronym of a title ("GraphSAGE"); a hyphen between
    # common words keeps its title-case capital ("Long-Term" is read as before)
    assert title_score("Serenity L'Hommedieu", 1) < title_score("Serenity LHommedieu", 1)
    assert title_score("Serenity Ben-Ami", 1) < title_score("Serenity BenAmi", 1)
