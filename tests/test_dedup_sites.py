"""Duplicates in researchers' own publication lists (the ``papers.bib`` of an al-folio
site, a CV's .bib file), on invented records: the shapes that made two publications
look like one."""

from __future__ import annotations

import warnings

from pubrecords import deduplicate, find_duplicates, parse_bibtex


def kinds(bib: str) -> list[tuple[tuple[str, ...], str]]:
    """The groups of an invented file, as (keys, kind)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = parse_bibtex(bib, path="papers.bib")
    return [
        (tuple(pubs[m].key or "" for m in g.members), g.kind)
        for g in find_duplicates(pubs)
        if g.kind != "maybe"
    ]


DEMOS = """
@InProceedings{OkaforDemo15,
  title = {Adaptive relay node placement for drone swarms in {MANET}s},
  author = "C. Okafor and B. Lindqvist and M. Ferreira-Haas",
  booktitle = {Proceedings of the 4th IEEE International Conference on Coastal
               Sensing and Networking (CoastNet), Demonstration Session},
  year = {2015}
}
@InProceedings{OkaforDemo16,
  title = {ARNP: Adaptive Relay Node Placement for Drone Swarms},
  author = "C. Okafor and B. Lindqvist and M. Ferreira-Haas",
  booktitle = {Proceedings of the 11th International Conference on Autonomous
               Swarms and Agents (ASWARM) Demonstrations Track},
  year = {2016}
}
"""


def test_demos_at_two_meetings_in_two_years_are_not_merged() -> None:
    # one demo shown at two conferences, a year apart, each named by its acronym: the
    # generic words the venues share ("International", "Conference", "Demonstration")
    # are no sign of one meeting
    assert kinds(DEMOS) == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = parse_bibtex(DEMOS, path="papers.bib")
    assert len(deduplicate(pubs)) == 2


def test_one_paper_listed_twice_with_its_meeting_in_two_years_is_still_merged() -> None:
    # the same meeting (one acronym), the year typed differently: still one paper
    bib = DEMOS.replace(
        "ARNP: Adaptive Relay Node Placement for Drone Swarms",
        "Adaptive relay node placement for drone swarms in {MANET}s",
    )
    bib = bib.replace(
        "11th International Conference on Autonomous\n               Swarms and Agents (ASWARM)"
        " Demonstrations Track",
        "4th IEEE Int. Conf. on Coastal Sensing and Networking (CoastNet)",
    )
    assert kinds(bib) == [(("OkaforDemo15", "OkaforDemo16"), "variant")]


def test_one_meeting_under_its_old_and_new_acronym_is_not_kept_apart() -> None:
    # "NIPS" / "NeurIPS": one meeting renamed; the rule leaves such pairs to the others
    bib = """
@inproceedings{vale2018a,
  title = {Sparse lattice priors for kernel mixing},
  author = {Vale, Ines and Ruzicka, Tomas},
  booktitle = {Advances in Neural Information Processing Systems (NIPS)},
  pages = {1201--1210},
  year = {2018}
}
@inproceedings{vale2018b,
  title = {Sparse Lattice Priors for Kernel Mixing},
  author = {Vale, I. and Ruzicka, T.},
  booktitle = {Advances in Neural Information Processing Systems (NeurIPS)},
  pages = {1201--1210},
  year = {2019}
}
"""
    assert kinds(bib) == [(("vale2018a", "vale2018b"), "variant")]


def test_the_reason_of_a_merge_names_the_years_that_differ() -> None:
    # an article listed with its online-first year and again with its issue's year: one
    # publication, and the reason says the years differ instead of calling them the same
    bib = """
@article{vale2021lattice,
  author = {Vale, Ines and Ruzicka, Tomas},
  journal = {Invented Letters on Privacy},
  pages = {e301},
  title = {Lattice pseudonyms for group recommenders},
  year = {2021}
}
@article{vale2022lattice,
  author = {Vale, Ines and Ruzicka, Tomas},
  journal = {Invented Letters on Privacy},
  number = {2},
  pages = {e301},
  title = {Lattice pseudonyms for group recommenders},
  volume = {5},
  year = {2022}
}
"""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = parse_bibtex(bib, path="papers.bib")
    (group,) = find_duplicates(pubs)
    assert group.kind == "variant"
    decided = [e.detail for e in group.evidence if e.aspect == "decided"]
    assert decided == [
        "one publication: the same title, the same authors, years 2021, 2022;"
        " nothing else that differs"
    ]
