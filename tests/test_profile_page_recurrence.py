"""Profile-page reading by page structure: lines met again in other company, lost letters,
bodies named by a noun.

Every name, title and organisation here is invented, and none is a word of the generator's
held-out vocabulary (checked below), so these tests teach the reader no held-out word.
"""

from __future__ import annotations

import re

from pagegen import HELD_OUT, PAGE_HEAD, read_page_records, vocabulary_words
from pubrecords import parse_profile

HEAD = PAGE_HEAD
ABSTRACT = (
    "We study how the tide mixes fresh and salt water over a season. Our model predicts "
    "the mixing a week ahead and beats every baseline we tried."
)
EXAMPLES = (
    "Moorland Mixing Laws Nadine Oberholzer Severin Zwicker Charting Quince Rot with Kriging"
    " Ensembles Lorenz Kuipers Tidal Fronts in Winter Ottilie Bramwell Kelp Mapping"
    " H?l?ne Vall?rence Brackwater Hydraulics " + ABSTRACT
)


_pubs = read_page_records


def test_examples_use_no_held_out_word() -> None:
    words = {w for w in re.split(r"[^\w]+", EXAMPLES.lower()) if w}
    assert len(words) > 30
    assert not words & vocabulary_words(HELD_OUT)


def test_line_met_again_among_other_authors_is_a_co_author() -> None:
    # "Kelp Mapping" alone between two author lines reads as a title; met in three
    # records, each time among other lines and never after an abstract, it is a co-author
    body = (
        f"Moorland Mixing Laws\nNadine Oberholzer\nKelp Mapping\nSeverin Zwicker\n"
        f"{ABSTRACT}\nCharting Quince Rot with Kriging Ensembles\nKelp Mapping\n"
        f"Lorenz Kuipers\n{ABSTRACT}\nTidal Fronts in Winter\nOttilie Bramwell\n"
        f"Kelp Mapping\n{ABSTRACT}"
    )
    pubs = _pubs(body)
    assert [(t, len(a), has) for t, a, has in pubs] == [
        ("Moorland Mixing Laws", 3, True),
        ("Charting Quince Rot with Kriging Ensembles", 2, True),
        ("Tidal Fronts in Winter", 2, True),
    ]
    assert pubs[1][1][0] == "Kelp Mapping"


def test_title_of_a_repeated_record_stays_a_title() -> None:
    # the same record twice: its short title recurs, but in the same company each time
    record = f"Tidal Fronts\nOttilie Bramwell\nSevern Zwicker\n{ABSTRACT}\n"
    body = f"Moorland Mixing Laws\nNadine Oberholzer\n{ABSTRACT}\n" + record + record
    assert [(t, len(a)) for t, a, _ in _pubs(body)] == [
        ("Moorland Mixing Laws", 1),
        ("Tidal Fronts", 2),
        ("Tidal Fronts", 2),
    ]


def test_name_with_lost_letters_and_a_noun_like_ending_is_a_name() -> None:
    # "Vall?rence" lost a letter beyond ASCII: no English noun in "-ence"
    body = (
        f"Moorland Mixing Laws\nNadine Oberholzer\nH?l?ne Vall?rence\nSeverin Zwicker\n{ABSTRACT}"
    )
    assert _pubs(body) == [
        (
            "Moorland Mixing Laws",
            ["Nadine Oberholzer", "H?l?ne Vall?rence", "Severin Zwicker"],
            True,
        )
    ]


def test_body_named_by_a_noun_is_one_author_kept_whole() -> None:
    body = (
        f"Moorland Mixing Laws\nNadine Oberholzer\nBrackwater Hydraulics\nSeverin Zwicker\n"
        f"{ABSTRACT}"
    )
    pubs = parse_profile(HEAD + body + "\n").publications
    assert [(p.title, len(p.authors)) for p in pubs] == [("Moorland Mixing Laws", 3)]
    assert pubs[0].authors[1].literal == "Brackwater Hydraulics"
