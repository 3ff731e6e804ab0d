"""Profile-page reading: a body named in an author list with no known kind word ("…
Friendship", "… Caucus") stays an author when it stands between author lines on a page
whose records mostly have an abstract, rather than opening a record of its own; a real
title in that place still opens one (listed twice with its authors, after a record with
no abstract, or on a page without abstracts).

Every name, title and organisation here is invented, and none is a word of the generator's
tuning, held-out, dev, dev2 or fresh vocabularies (checked below), so these tests teach the
reader none of their words.
"""

from __future__ import annotations

import re

import pytest

from pagegen import PAGE_HEAD, generator_words_in, read_page_records
from pubrecords.formats.profile_page.between import body_shaped
from pubrecords.formats.profile_page.words import vocabulary

CASTS = (
    "We count the coiled casts that lugworms leave on mudflats at ebb. "
    "Our counts follow the burrows through winters and agree with digging by spade."
)
SONAR = (
    "Kayak sonar traces eelgrass meadows in murky bays where divers see nothing. "
    "The charts agree with quadrat surveys and cost a fraction of them."
)
SCOUR = (
    "Spring tides scour the upper mudflat and drive lugworms into the silt. "
    "We core burrows before and after each ebb and report how they fare."
)
FIRST = ("Counting Lugworm Casts on Mudflats", ["Ingvild Thorvaldsen", "Radomila Quintavalle"])
LAST = ("Lugworm Burrows under Spring Floods", ["Radomila Ferencz", "Ingvild Thorvaldsen"])
SECOND = "Surveying Eelgrass Meadows with Kayak Sonar"
BODIES = ("Reef Volunteer Friendship", "Reef Hobbyist Caucus", "Reef Citizen Sodality")
# Titles of a body's shape (capitalised words only): one listed twice, one on a page
# without abstracts.
DUPLICATE = "Mudflat Lugworm Burrows"
PLAIN = "Oyster Reef Limpets"
EXAMPLE = " ".join(
    [
        *(PAGE_HEAD, CASTS, SONAR, SCOUR, FIRST[0], *FIRST[1], LAST[0], *LAST[1], SECOND),
        *(*BODIES, DUPLICATE, PLAIN, "Ignatius Brackenbury Tsegaye Worku"),
    ]
)


def _page(second_authors: list[str], abstracts: bool = True) -> str:
    records = [(FIRST[0], FIRST[1], CASTS), (SECOND, second_authors, SONAR), (*LAST, SCOUR)]
    lines: list[str] = []
    for title, authors, abstract in records:
        lines += [title, *authors] + ([abstract] if abstracts else [])
    return "\n".join(lines)


def test_example_uses_no_generator_word() -> None:
    assert len({w for w in re.split(r"[^\w]+", EXAMPLE.lower()) if w}) > 60
    assert not generator_words_in(EXAMPLE)


@pytest.mark.parametrize("body", BODIES)
def test_body_between_author_lines_stays_an_author(body: str) -> None:
    authors = ["Ignatius Brackenbury", body, "Radomila Ferencz", "Tsegaye Worku"]
    assert read_page_records(_page(authors)) == [
        (FIRST[0], FIRST[1], True),
        (SECOND, authors, True),
        (LAST[0], LAST[1], True),
    ]


@pytest.mark.parametrize("body", BODIES)
def test_body_first_in_its_list_is_not_leaned(body: str) -> None:
    # Right after a title, the line reads as a title of that shape would after a record with
    # neither authors nor abstract (the generated-pages property test's "Hidden Spectral
    # Scaling Laws" / "Sparse Graph Transformers" / "Ludwig van den Heuvel"): no lean, as
    # the reader read it before; only a line between two names leans.
    authors = [body, "Ignatius Brackenbury", "Tsegaye Worku"]
    records = read_page_records(_page(authors))
    assert (SECOND, authors, True) not in records
    assert (body, authors[1:], True) in records


@pytest.mark.parametrize("body", BODIES)
def test_body_shape(body: str) -> None:
    given = vocabulary()[1]
    assert body_shaped(body, given)
    assert body_shaped(DUPLICATE, given)
    assert body_shaped(PLAIN, given)
    for title in (SECOND, FIRST[0], "Surveying Eelgrass Meadows", "Mussel Beds Revisited"):
        assert not body_shaped(title, given)  # (a gerund first, a function word, a past form)
    assert not body_shaped("Reef Volunteer", given)  # (two words: a name's shape too)


def test_title_listed_twice_with_its_authors_stays_a_title() -> None:
    # The same record twice, the first time with no abstract: its title stands between two
    # author lines, yet the same authors follow it, so it opens a record again.
    authors = ["Ignatius Brackenbury", "Tsegaye Worku"]
    lines = [FIRST[0], *FIRST[1], CASTS, DUPLICATE, *authors, DUPLICATE, *authors, SONAR]
    lines += [LAST[0], *LAST[1], SCOUR]
    body = "\n".join(lines)
    assert read_page_records(body) == [
        (FIRST[0], FIRST[1], True),
        (DUPLICATE, authors, False),
        (DUPLICATE, authors, True),
        (LAST[0], LAST[1], True),
    ]


def test_record_without_abstract_before_a_title_still_splits() -> None:
    lines = [FIRST[0], *FIRST[1], SECOND, "Ignatius Brackenbury", "Tsegaye Worku", SONAR]
    lines += [LAST[0], *LAST[1], SCOUR]
    body = "\n".join(lines)
    assert read_page_records(body) == [
        (FIRST[0], FIRST[1], False),
        (SECOND, ["Ignatius Brackenbury", "Tsegaye Worku"], True),
        (LAST[0], LAST[1], True),
    ]


def test_body_shaped_title_on_a_page_without_abstracts_still_splits() -> None:
    # With no abstract on the page a record without one is the rule: a title of a body's
    # shape after an author list opens its own record.
    records = [FIRST, (PLAIN, ["Ignatius Brackenbury", "Tsegaye Worku"]), LAST]
    body = "\n".join(line for title, authors in records for line in (title, *authors))
    assert read_page_records(body) == [(t, a, False) for t, a in records]


def test_body_on_two_records_among_other_authors_stays_an_author() -> None:
    # Met twice, each time before another co-author: a body, not a title listed again.
    body = BODIES[2]
    second = ["Ignatius Brackenbury", body, "Tsegaye Worku"]
    last = ["Radomila Ferencz", body, "Ingvild Thorvaldsen"]
    lines = [FIRST[0], *FIRST[1], CASTS, SECOND, *second, SONAR, LAST[0], *last, SCOUR]
    assert read_page_records("\n".join(lines)) == [
        (FIRST[0], FIRST[1], True),
        (SECOND, second, True),
        (LAST[0], last, True),
    ]
