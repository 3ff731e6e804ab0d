"""Profile-page reading, second round: titles ending with a verb's past form, bodies named
by English words with no kind word, a record's author list before its abstract.

Every name, title and organisation here is invented, and none is a word of the generator's
tuning, held-out, dev, dev2 or fresh vocabularies (checked below), so these tests teach the
reader none of their words.
"""

from __future__ import annotations

import re

from pagegen import PAGE_HEAD, PEAT_ABSTRACT, generator_words_in, read_page_records
from pubrecords import clean_profile, parse_profile
from pubrecords.formats.profile_page.lines import family_words
from pubrecords.formats.profile_page.tokens import past_form

HEAD = PAGE_HEAD
ABSTRACT = PEAT_ABSTRACT
EXAMPLES = (
    "Tracing Quince Rot with Kriging Ensembles Nadine Oberholzer Ruprecht Zwicker"
    " Harbour Silt Budgets Revisited Lorenz Kuipers Leopoldine Bramwell Dune Slumping"
    " Untangled Kettle Moraine Register Obiageli Nkemdirim Uchendu Mohamed Wilfried Majeed"
    " Tova Blaumann Gesine A Tally of Peat Bog Blazes in Winter " + ABSTRACT
)


_pubs = read_page_records


def test_examples_use_no_generator_word() -> None:
    assert len({w for w in re.split(r"[^\w]+", EXAMPLES.lower()) if w}) > 40
    assert not generator_words_in(EXAMPLES)


def test_past_form_by_spelling() -> None:
    assert past_form("Revisited") and past_form("Untangled")
    # family names in "-ed" are spelled as names; short words are never judged
    assert not any(past_form(w) for w in ("Mohamed", "Wilfried", "Majeed", "Medjahed", "Reed"))
    assert not past_form("Revisit") and not past_form("Revisited2")


def test_title_ending_with_a_past_form_starts_a_record() -> None:
    # "Harbour Silt Budgets Revisited" between two author lists: no name ends with a verb,
    # so it is the title of a second record, not a fourth author of the first
    body = (
        "Tracing Quince Rot with Kriging Ensembles\nNadine Oberholzer\nRuprecht Zwicker\n"
        f"Harbour Silt Budgets Revisited\nLorenz Kuipers\nLeopoldine Bramwell\n{ABSTRACT}"
    )
    assert _pubs(body) == [
        (
            "Tracing Quince Rot with Kriging Ensembles",
            ["Nadine Oberholzer", "Ruprecht Zwicker"],
            False,
        ),
        ("Harbour Silt Budgets Revisited", ["Lorenz Kuipers", "Leopoldine Bramwell"], True),
    ]


def test_shared_past_form_is_no_family_name() -> None:
    views = [
        "Harbour Silt Revisited",
        "Dune Slumping Revisited",
        "Gesine Blaumann",
        "Tova Blaumann",
    ]
    assert family_words(views, frozenset()) == frozenset({"blaumann"})


def test_body_spelled_as_english_words_is_kept_whole() -> None:
    body = (
        "Tracing Quince Rot with Kriging Ensembles\nNadine Oberholzer\nKettle Moraine Register\n"
        f"Obiageli Nkemdirim Uchendu\nRuprecht Zwicker\n{ABSTRACT}"
    )
    profile = clean_profile(parse_profile(HEAD + body + "\n"))
    (pub,) = profile.publications
    assert [str(a) for a in pub.authors] == [
        "Nadine Oberholzer",
        "Kettle Moraine Register",
        "Obiageli Nkemdirim Uchendu",
        "Ruprecht Zwicker",
    ]
    body_author, person = pub.authors[1], pub.authors[2]
    assert body_author.literal == "Kettle Moraine Register" and not body_author.family
    # a person's three-word name, no known given name first: spelled as a name, split
    assert not person.literal and person.family == "Uchendu"


def test_record_with_no_authors_still_reads() -> None:
    # the cost of a record with an abstract and no author line does not overrule a title
    body = (
        f"Tracing Quince Rot with Kriging Ensembles\nNadine Oberholzer\n{ABSTRACT}\n"
        f"A Tally of Peat Bog Blazes in Winter\n{ABSTRACT}"
    )
    assert _pubs(body) == [
        ("Tracing Quince Rot with Kriging Ensembles", ["Nadine Oberholzer"], True),
        ("A Tally of Peat Bog Blazes in Winter", [], True),
    ]
