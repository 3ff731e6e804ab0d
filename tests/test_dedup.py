"""Duplicate detection and merging, on invented records (and the seed pages)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubrecords import (
    DuplicateGroup,
    Kind,
    Person,
    Publication,
    Related,
    Source,
    deduplicate,
    find_duplicates,
    merge,
)
from pubrecords.cli import main

ABSTRACT = (
    "We introduce quorum lattices, a structure for replicated state in which every "
    "read quorum meets every write quorum, and show how to reconfigure them online "
    "without stopping the service, with proofs and an evaluation on three clusters."
)


def person(given: str, family: str) -> Person:
    return Person(given=given, family=family)


OKAFOR = person("Chiamaka", "Okafor")
LINDQVIST = person("Sigrid", "Lindqvist")
TANAKA = person("Haruto", "Tanaka")
MORAES = person("João", "Moraes")


def base(**changes: object) -> Publication:
    pub = Publication(
        title="Quorum Lattices for Online Reconfiguration",
        authors=(OKAFOR, LINDQVIST, MORAES),
        year=2019,
        venue="Proceedings of the Symposium on Distributed Computing",
        abstract=ABSTRACT,
        provenance=(Source("table", path="a.csv", row=1),),
    )
    return attrs.evolve(pub, **changes)


def other(**changes: object) -> Publication:
    pub = Publication(
        title="Tidal Energy Forecasting with Sparse Gaussian Processes",
        authors=(TANAKA,),
        year=2021,
        venue="Journal of Renewable Systems",
        provenance=(Source("table", path="b.csv", row=9),),
    )
    return attrs.evolve(pub, **changes)


def groups_of(pubs: list[Publication]) -> list[tuple[tuple[int, ...], str]]:
    return [(g.members, g.kind) for g in find_duplicates(pubs)]


# --------------------------------------------------------------------------- kinds


def test_identical_records() -> None:
    a = base()
    b = base(provenance=(Source("table", path="c.csv", row=4),), key="x2")
    assert groups_of([a, other(), b]) == [((0, 2), "identical")]


def test_variant_records() -> None:
    variant = base(
        title="quorum lattices for on-line reconfiguration.",
        authors=(person("C.", "Okafor"), person("S.", "Lindqvist"), person("Joao", "Moraes")),
        venue="Proc. Symp. Distributed Computing",
        abstract=ABSTRACT[:150],
        abstract_complete=False,
    )
    [group] = find_duplicates([base(), other(), variant])
    assert group.members == (0, 2) and group.kind == "variant"
    aspects = {e.aspect: e for e in group.evidence}
    assert {"title", "authors", "abstract", "year", "venue"} <= set(aspects)
    assert aspects["year"].detail.startswith("2019")
    assert aspects["title"].similarity is not None and aspects["title"].similarity > 0.9


def test_dropped_and_reordered_authors_and_missing_fields_are_variants() -> None:
    variant = base(authors=(LINDQVIST, OKAFOR), abstract=None)
    assert groups_of([base(), variant]) == [((0, 1), "variant")]
    # without its container and year, the same record is only a maybe: shown, not merged
    bare = base(authors=(LINDQVIST, OKAFOR), venue=None, year=None, abstract=None)
    [group] = find_duplicates([base(), bare])
    assert (group.members, group.kind) == ((0, 1), "maybe")
    assert "container" in {e.aspect: e for e in group.evidence}["decided"].detail


def test_retitled_preprint_is_a_version() -> None:
    preprint = base(
        title="Reconfiguring Replicated State Online with Quorum Lattices",
        year=2018,
        venue="arXiv",
        kind=Kind.PREPRINT,
        arxiv_id="1811.01234",
        abstract=ABSTRACT.replace("We introduce", "This paper introduces"),
    )
    [group] = find_duplicates([base(), preprint])
    assert group.kind == "version"
    assert group.parts == ((0,), (1,))
    out = deduplicate([base(), preprint])
    assert len(out) == 2
    assert out[0].related == (
        Related(relation="version", title=preprint.title, year=2018, arxiv_id="1811.01234"),
    )
    assert out[1].related[0].title == base().title and out[1].related[0].relation == "version"


def test_version_group_merges_its_variant_part() -> None:
    preprint = base(
        title="Reconfiguring Replicated State Online with Quorum Lattices",
        year=2018,
        venue="arXiv",
        abstract=ABSTRACT.replace("We introduce", "This paper introduces"),
    )
    copy = base(title="QUORUM LATTICES FOR ONLINE RECONFIGURATION", abstract=None)
    [group] = find_duplicates([base(), preprint, copy])
    assert group.kind == "version" and group.members == (0, 1, 2)
    assert group.parts == ((0, 2), (1,))
    out = deduplicate([base(), preprint, copy])
    assert len(out) == 2
    assert len(out[0].merged_from) == 2 and out[0].related[0].title == preprint.title
    assert out[1] is not preprint and out[1].related[0].title == base().title


# --------------------------------------------------------------------------- vetoes


@pytest.mark.parametrize(
    "title",
    [
        "Quorum Lattices for Online Reconfiguration, Part II",
        "Quorum Lattices for Online Reconfiguration (2nd edition)",
        "Quorum Lattices for Online Reconfiguration, Volume 2",
        "Erratum: Quorum Lattices for Online Reconfiguration",
        "Corrigendum to Quorum Lattices for Online Reconfiguration",
        "Reply to: Quorum Lattices for Online Reconfiguration",
        "Comment on Quorum Lattices for Online Reconfiguration",
        "Retraction Note: Quorum Lattices for Online Reconfiguration",
        "Quorum Lattices for Online Reconfiguration (review)",
    ],
)
def test_parts_editions_notices_and_reviews_are_not_duplicates(title: str) -> None:
    first = base(title="Quorum Lattices for Online Reconfiguration, Part I")
    if "Part" not in title:
        first = base()
    second = base(title=title, abstract=None)
    if "review" in title:  # a review is written by someone else
        second = attrs.evolve(second, authors=(TANAKA, person("Amara", "Nwosu")))
    assert groups_of([first, second]) == []


def test_review_marked_in_one_record_only_by_the_same_people_is_the_review() -> None:
    review = Publication(title="Soundscapes of the Reef (review)", authors=(TANAKA,), year=2020)
    unmarked = Publication(title="Soundscapes of the reef", authors=(TANAKA,), year=2020)
    # not kept apart by the marker; with no container on either side, a maybe
    assert groups_of([review, unmarked]) == [((0, 1), "maybe")]
    venue = "Marine Acoustics Review"
    review, unmarked = (attrs.evolve(p, venue=venue) for p in (review, unmarked))
    assert groups_of([review, unmarked]) == [((0, 1), "variant")]


def test_book_review_kind_is_not_the_book() -> None:
    review = base(kind=Kind.BOOK_REVIEW, authors=(TANAKA,), abstract=None)
    assert groups_of([base(), review]) == []


def test_same_title_by_other_people_is_another_work() -> None:
    namesake = base(authors=(TANAKA, person("Amara", "Nwosu")), abstract=None)
    assert groups_of([base(), namesake]) == []


def test_different_dois_are_not_the_same_record() -> None:
    a = base(doi="10.1000/dc.2019.1")
    b = base(doi="https://doi.org/10.1000/DC.2019.2", abstract=None)
    assert all(kind != "variant" for _, kind in groups_of([a, b]))
    same = base(doi="10.1000/DC.2019.1", title="Quorum lattices (online reconfiguration)")
    assert groups_of([a, same]) == [((0, 1), "variant")]


def test_preprint_doi_and_journal_doi_are_versions() -> None:
    journal = base(doi="10.1000/dc.2019.1")
    preprint = base(doi="10.48550/arXiv.1811.01234", venue="arXiv", year=2018)
    assert groups_of([journal, preprint]) == [((0, 1), "version")]


def test_conference_paper_and_later_journal_article_stay_apart() -> None:
    journal = base(year=2022, venue="Journal of Distributed Systems", abstract=None)
    assert groups_of([base(), journal]) == []


def test_chains_do_not_glue_different_works() -> None:
    # two different editions recorded twice each, and an undated record of the title
    # that matches both: it may join one of them, never bridge the two
    pubs = [
        base(year=2001, abstract=None),
        base(year=2001, title="Quorum lattices for online reconfiguration", abstract=None),
        base(year=2009, abstract=None),
        base(year=2009, title="Quorum Lattices for Online Reconfiguration.", abstract=None),
        base(year=None, abstract=None),
    ]
    groups = find_duplicates(pubs)
    for g in groups:
        years = {pubs[m].year for m in g.members} - {None}
        assert len(years) <= 1
    assert {(0, 1), (2, 3)} <= {tuple(m for m in g.members if m != 4) for g in groups}


def test_another_year_in_another_venue_is_another_publication() -> None:
    report = base(year=2018, venue="Technical Report TR-18-7, Lakeside University", abstract=None)
    assert groups_of([base(abstract=None), report]) == []
    # the same venue spelled differently a year apart is still the same paper
    shorter = base(year=2018, venue="Proc. Symp. Distributed Computing", abstract=None)
    assert groups_of([base(abstract=None), shorter]) == [((0, 1), "variant")]


def test_undated_record_joins_the_group_whose_venue_it_shares() -> None:
    workshop = [base(year=1992, venue="Proc. Workshop on Quorum Systems", abstract=None)] * 2
    journal = [base(year=1994, venue="Distributed Computing Letters", abstract=None)] * 2
    undated = base(year=None, venue="Distributed Computing Letters,", abstract=None)
    groups = groups_of([*workshop, *journal, undated])
    assert ((0, 1), "identical") in groups
    assert ((2, 3, 4), "variant") in groups


def test_year_left_in_the_title_counts_as_the_year() -> None:
    leaked = base(year=None, title="(2012). Quorum lattices for online reconfiguration,")
    assert groups_of([base(), leaked]) == []
    leaked = base(year=None, title="(2019). Quorum lattices for online reconfiguration,")
    assert groups_of([base(), leaked]) == [((0, 1), "variant")]


def test_title_buried_in_citation_junk_is_still_found() -> None:
    # the title's rare words are crowded out by junk; first author and year still meet
    clean = [base(abstract=None, venue=None), base(abstract=None, venue=None, pages="1-9")]
    junk = base(
        abstract=None,
        venue=None,
        title="moraes zqx vbrk quorum lattices for online reconfiguration, in kwpl ed.",
    )
    # no record names a container: the junk-titled one is only a maybe
    assert groups_of([*clean, junk, other()]) == [((0, 1), "variant"), ((0, 2), "maybe")]
    venue = "Distributed Computing"
    clean = [attrs.evolve(p, venue=venue) for p in clean]
    junk = attrs.evolve(junk, venue=venue)
    assert groups_of([*clean, junk, other()]) == [((0, 1, 2), "variant")]


def test_panel_marked_in_one_record_only_by_the_same_person() -> None:
    panel = Publication(title="Whither Quorum Systems? (Panel)", authors=(OKAFOR,), year=2019)
    plain = Publication(title="Whither quorum systems?", authors=(OKAFOR,), year=2019)
    assert groups_of([panel, plain]) == [((0, 1), "variant")]
    assert groups_of([panel, attrs.evolve(plain, authors=(TANAKA,))]) == []


def test_letter_lost_to_a_question_mark_still_matches() -> None:
    lost = Publication(
        title="Data Management Issues in Commerce (Panel)",
        authors=(Person(given="M. Tamer", family="?zsu"),),
        year=1999,
    )
    kept = Publication(
        title="Data management issues in commerce",
        authors=(Person(given="M. Tamer", family="Özsu"),),
        year=1999,
    )
    assert groups_of([lost, kept]) == [((0, 1), "variant")]


def test_author_list_with_surname_then_dotted_initials() -> None:
    from pubrecords.names import parse_author_list

    people, complete = parse_author_list("okafor c., lindqvist s.k.:")
    assert [(p.family, p.given) for p in people] == [("okafor", "c."), ("lindqvist", "s. k.")]
    assert complete
    # initials first stays as it was
    people, _ = parse_author_list("c. okafor, s. k. lindqvist")
    assert [p.family for p in people] == ["okafor", "lindqvist"]


def test_recurring_column_titles_need_more_than_the_title() -> None:
    col = [
        Publication(title="Editor's Notes", authors=(OKAFOR,), year=y, venue="DC Newsletter")
        for y in (2001, 2002, 2003, 2003, 2003)
    ]
    # three notes of 2003 look alike: which two are one? none is grouped
    assert groups_of(col) == []
    # the same pages tell
    col[2] = attrs.evolve(col[2], pages="3-4")
    col[4] = attrs.evolve(col[4], pages="3--4")
    assert groups_of(col) == [((2, 4), "variant")]


def test_citation_junk_around_the_title_is_left_out_of_the_comparison() -> None:
    # a citation string split wrongly: the end of the author list and the year before
    # the title, the venue after it; the records themselves are not changed
    people = (OKAFOR, LINDQVIST, MORAES)
    clean = [base(title="Sparse Quorum Lattices", abstract=None, venue=None, authors=people)] * 2
    leaked = [
        "lindqvist and moraes (2019). sparse quorum lattices.",
        "c. okafor, s.k. lindqvist, and j. moraes. sparse quorum lattices.",
        "sparse quorum lattices. distributed computing 32 117-130.",
        "'sparse quorum lattices' proceedings of the dc-19 workshop,",
    ]
    for title in leaked:
        junk = base(abstract=None, venue=None, authors=people, title=title)
        assert groups_of([*clean, junk, other()]) == [((0, 1, 2), "variant")], title
        assert find_duplicates([*clean, junk])[0].labels[2].startswith(repr(title)[:20])
    # a title of two sentences stays whole where the first is too short to be a title
    two = Publication(title="Deep Nets. A Critical Appraisal", authors=(TANAKA,), year=2020)
    alone = Publication(title="Deep Nets", authors=(TANAKA,), year=2020)
    assert groups_of([two, alone]) == []


def test_an_abbreviation_period_does_not_cut_the_title() -> None:
    # "Dept." and "Dr." end no sentence: the whole titles are compared, and one record
    # spelling the department out (and a letter swapped in an acronym) is the same paper
    people = (OKAFOR, LINDQVIST)
    long_ = base(
        title="Research in Quorum Systems - Computer Science Department and FQI, Univ. of Lund",
        venue="SIGMOD Record",
        abstract=None,
        authors=people,
    )
    short = attrs.evolve(
        long_, title="Research in quorum systems: Computer Science Dept. and FIQ, Univ. of Lund"
    )
    assert groups_of([long_, short, other()]) == [((0, 1), "variant")]
    # another department's report is not merged, although it starts the same
    elsewhere = attrs.evolve(
        long_, title="Research in quorum systems: Computer Science Dept. and Bioinformatics Lab"
    )
    assert all(kind not in ("identical", "variant") for _, kind in groups_of([long_, elsewhere]))


def test_title_extended_by_a_subtitle_or_a_description_is_found() -> None:
    # the short title sorts next to its extension; the records share no rare word pair
    # of the long title's
    short = Publication(title="Observations on the ODMG-93 Proposal", authors=(TANAKA,), year=1994)
    long_ = Publication(
        title="Observations on the ODMG-93 proposal for an object-oriented database language",
        authors=(TANAKA,),
        year=1994,
    )
    filler = [
        Publication(title=f"Observations on the ODMG-93 {w} effect", authors=(OKAFOR,), year=1990)
        for w in ("kappa", "lambda", "sigma")
    ]
    groups = groups_of([short, long_, *filler])
    assert ((0, 1), "maybe") in groups  # no container named: found, shown, not merged
    short, long_ = (attrs.evolve(p, venue="SIGMOD Record") for p in (short, long_))
    groups = groups_of([short, long_, *filler])
    assert ((0, 1), "variant") in groups
    assert all(0 not in m or m == (0, 1) for m, _ in groups)


def test_descriptors_are_not_part_of_the_compared_title() -> None:
    paper = Publication(
        title="On the Learnability of Discrete Distributions",
        authors=(OKAFOR, TANAKA),
        year=1994,
    )
    extended = attrs.evolve(
        paper, title="On the learnability of discrete distributions (extended abstract)"
    )
    foreword = Publication(
        title="Information Visualization - Guest Editors' Foreword", authors=(TANAKA,), year=1996
    )
    plain = Publication(title="Information visualization", authors=(TANAKA,), year=1996)
    assert groups_of([paper, extended]) == [((0, 1), "variant")]
    assert groups_of([foreword, plain]) == [((0, 1), "variant")]
    # the book review keeps its marker: it is not the book
    review = Publication(
        title="Soundscapes of the Reef - Book Review", authors=(TANAKA,), year=2020
    )
    book = Publication(title="Soundscapes of the reef", authors=(OKAFOR,), year=2020)
    assert groups_of([review, book]) == []


def test_paper_and_demo_each_recorded_twice_stay_apart() -> None:
    team = (OKAFOR, LINDQVIST, TANAKA)
    paper = Publication(title="QLattice: Online Quorum Reconfiguration", authors=team, year=2019)
    demo = attrs.evolve(paper, title="QLattice: Online Quorum Reconfiguration (Demo)")
    pubs = [
        paper,
        attrs.evolve(paper, venue="Proc. DC"),
        demo,
        attrs.evolve(demo, venue="Proc. DC"),
    ]
    assert sorted(groups_of(pubs)) == [((0, 1), "variant"), ((2, 3), "variant")]
    # a demo left unmarked by one record is still the demo
    assert groups_of([demo, attrs.evolve(demo, venue="Proc. DC"), paper]) == [
        ((0, 1, 2), "variant")
    ]


def test_organisation_as_author_is_not_compared_with_people() -> None:
    people = Publication(
        title="The Database Group at Lakeside University",
        authors=(OKAFOR, TANAKA),
        year=1995,
        venue="SIGMOD Record",
    )
    corporate = attrs.evolve(
        people,
        authors=(Person(given="CORPORATE Lakeside Univ. of", family="Lakeside"),),
        venue="ACM SIGMOD Record",
    )
    assert groups_of([people, corporate]) == [((0, 1), "variant")]


def test_same_title_same_year_at_two_named_conferences_is_two_papers() -> None:
    sigmod = Publication(
        title="Data Grid Management Systems",
        authors=(OKAFOR,),
        year=2003,
        venue="SIGMOD Conference",
    )
    vldb = attrs.evolve(sigmod, venue="VLDB")
    assert groups_of([sigmod, vldb]) == []
    # names too alike to tell apart ("NIPS" / "NeurIPS") are not two venues
    nips = attrs.evolve(sigmod, venue="NIPS")
    assert groups_of([nips, attrs.evolve(sigmod, venue="NeurIPS")]) == [((0, 1), "variant")]


def test_abbreviated_venue_words_match_a_year_apart() -> None:
    a = base(year=2018, venue="Inform. Comput.", abstract=None)
    b = base(venue="Information and Computation", abstract=None)
    assert groups_of([a, b]) == [((0, 1), "variant")]


def test_recurring_column_listed_twice_in_one_file_is_two_issues() -> None:
    def note(year: int, path: str, row: int, venue: str = "DC Newsletter") -> Publication:
        return Publication(
            title="Chair's Message",
            authors=(OKAFOR,),
            year=year,
            venue=venue,
            provenance=(Source("table", path=path, row=row),),
        )

    col = [note(2001, "a.csv", 1), note(2002, "a.csv", 2)]
    twice = [note(2003, "a.csv", 3), note(2003, "a.csv", 4)]
    assert groups_of([*col, *twice]) == []
    # the same column in two files (or written differently) is one record
    assert groups_of([*col, note(2003, "a.csv", 3), note(2003, "b.csv", 1)]) == [
        ((2, 3), "identical")
    ]
    assert groups_of([*col, note(2003, "a.csv", 3), note(2003, "a.csv", 4, "DC newsletter,")]) == [
        ((2, 3), "variant")
    ]


# --------------------------------------------------------------------------- results


def test_group_reads_well() -> None:
    [group] = find_duplicates([base(), base(title="Quorum lattices for online reconfiguration")])
    text = str(group)
    assert text.splitlines()[0].startswith("variant (score ")
    assert "[0] 'Quorum Lattices for Online Reconfiguration'" in text
    assert "Chiamaka Okafor +2" in text and "a.csv row 1" in text
    assert "title" in text and "authors" in text and "abstract" in text


def test_progress_is_reported() -> None:
    seen: list[str] = []
    find_duplicates([base(), base()], progress=lambda stage, done, total: seen.append(stage))
    assert {"dedup:features", "dedup:compare", "dedup:cluster"} <= set(seen)


def test_empty_and_single() -> None:
    assert find_duplicates([]) == []
    assert find_duplicates([base()]) == []
    assert deduplicate([]) == []
    with pytest.raises(ValueError):
        merge([])
    assert merge([base()]) is base() or merge([base()]) == base()


# --------------------------------------------------------------------------- merging


def test_merge_takes_the_best_of_every_field() -> None:
    short = base(
        title="quorum lattices for online reconfiguration",
        authors=(person("C.", "Okafor"), person("S.", "Lindqvist")),
        authors_complete=False,
        abstract=ABSTRACT[:80],
        abstract_complete=False,
        year=2019,
        month=None,
        doi=None,
        identifiers={"id": "t1", "dblp": "conf/dc/Okafor19"},
        provenance=(Source("table", path="a.csv", row=2),),
        extra={"note": "from a table"},
    )
    full = base(
        month=7,
        doi="10.1000/dc.2019.1",
        identifiers={"id": "t2"},
        provenance=(Source("bibtex", path="refs.bib", line=3),),
    )
    merged = merge([short, full])
    assert merged.title == "Quorum Lattices for Online Reconfiguration"
    assert [str(a) for a in merged.authors] == [
        "Chiamaka Okafor",
        "Sigrid Lindqvist",
        "João Moraes",
    ]
    assert merged.authors_complete
    assert merged.abstract == ABSTRACT and merged.abstract_complete
    assert (merged.year, merged.month) == (2019, 7)
    assert merged.doi == "10.1000/dc.2019.1"
    assert merged.identifiers == {"id": "t1", "dblp": "conf/dc/Okafor19", "id~2": "t2"}
    assert merged.extra == {"note": "from a table"}
    assert merged.provenance == short.provenance + full.provenance
    assert merged.merged_from == (short, full)


def test_merge_keeps_partial_author_lists_partial() -> None:
    a = base(authors=(OKAFOR, LINDQVIST), authors_complete=False, hidden_authors=3)
    b = base(authors=(OKAFOR,), authors_complete=True)
    merged = merge([a, b])
    assert len(merged.authors) == 2 and not merged.authors_complete
    assert merged.hidden_authors == 3


def test_deduplicate_merges_variants_in_place() -> None:
    pubs = [other(), base(), other(title="Tidal energy forecasting with sparse Gaussian processes")]
    out = deduplicate(pubs)
    assert len(out) == 2
    assert out[0].merged_from == (pubs[0], pubs[2])
    assert out[1] is pubs[1]


# --------------------------------------------------------------------------- properties

_TITLES = [
    "Quorum Lattices for Online Reconfiguration",
    "Tidal Energy Forecasting with Sparse Gaussian Processes",
    "A Grammar of Coral Reef Soundscapes",
    "Lattice Surgery on Noisy Qubits, Part I",
    "Lattice Surgery on Noisy Qubits, Part II",
    "Erratum: A Grammar of Coral Reef Soundscapes",
]
_PEOPLE = [OKAFOR, LINDQVIST, TANAKA, MORAES, person("Amara", "Nwosu")]


@st.composite
def corpus(draw: st.DrawFn) -> list[Publication]:
    pubs = []
    for _ in range(draw(st.integers(0, 12))):
        title = draw(st.sampled_from(_TITLES))
        if draw(st.booleans()):
            title = title.lower()
        if draw(st.booleans()):
            title += "."
        authors = tuple(
            draw(st.lists(st.sampled_from(_PEOPLE), min_size=0, max_size=3, unique=True))
        )
        pubs.append(
            Publication(
                title=title,
                authors=authors,
                year=draw(st.one_of(st.none(), st.integers(2015, 2020))),
                doi=draw(st.sampled_from([None, None, "10.1/a", "10.1/b"])),
                venue=draw(st.sampled_from(_VENUES)),
                volume=draw(st.sampled_from([None, None, "12", "13"])),
                pages=draw(st.sampled_from([None, None, "1-10", "11-20", "1"])),
                key=f"k{len(pubs)}" if draw(st.booleans()) else None,
                provenance=(Source("test", row=len(pubs) + 1),),
            )
        )
    return pubs


_VENUES = [None, "J. Distrib. Comput.", "Journal of Distributed Computing", "Proc. PODC"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus())
def test_groups_are_well_formed(pubs: list[Publication]) -> None:
    groups = find_duplicates(pubs)
    seen: set[int] = set()
    maybes = [g for g in groups if g.kind == "maybe"]
    assert groups[: len(groups) - len(maybes)] == [g for g in groups if g.kind != "maybe"]
    for g in groups:
        assert isinstance(g, DuplicateGroup)
        assert len(g.members) >= 2 and list(g.members) == sorted(set(g.members))
        assert sorted(m for part in g.parts for m in part) == list(g.members)
        if g.kind == "maybe":  # a pair for review, between two different groups
            assert len(g.members) == 2 and g.parts == ((g.members[0],), (g.members[1],))
            assert any(e.aspect == "decided" for e in g.evidence)
            continue
        assert not (seen & set(g.members))
        seen.update(g.members)
        assert g.kind in ("identical", "variant", "version")
        assert 0.0 <= g.score <= 1.0
        assert len(g.labels) == len(g.members)
        for m in g.members:
            assert 0 <= m < len(pubs)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus())
def test_merge_conserves_every_record(pubs: list[Publication]) -> None:
    out = deduplicate(pubs)
    # every input's provenance is in exactly one output's provenance
    for pub in pubs:
        [source] = pub.provenance
        assert sum(source in record.provenance for record in out) == 1
    # and every input is either an output (as is, or with version links added) or in
    # exactly one output's merged_from
    for i, pub in enumerate(pubs):
        holders = [r for r in out if any(m is pub for m in r.merged_from)]
        kept = [
            r for r in out if r is pub or (not r.merged_from and r.provenance == pub.provenance)
        ]
        assert len(holders) + len(kept) == 1, i
    for record in out:
        if record.merged_from:
            assert len(record.merged_from) >= 2
            union = [src for s in record.merged_from for src in s.provenance]
            assert list(record.provenance) == list(dict.fromkeys(union))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus())
def test_find_duplicates_is_deterministic(pubs: list[Publication]) -> None:
    assert find_duplicates(pubs) == find_duplicates(list(pubs))


# --------------------------------------------------------------------------- CLI


def test_cli_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "refs.csv"
    table.write_text(
        "id,title,authors,year\n"
        'a,Quorum Lattices for Online Reconfiguration,"Chiamaka Okafor, Sigrid Lindqvist",2019\n'
        'b,Tidal Energy Forecasting,"Haruto Tanaka",2021\n'
        'c,quorum lattices for online reconfiguration.,"C. Okafor, S. Lindqvist",2019\n',
        encoding="utf-8",
    )
    assert main(["duplicates", str(table)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 records; 1 group(s)")
    assert "variant" in out and "[0]" in out and "[2]" in out
    assert main(["duplicates", "--json", str(table)]) == 0
    [group] = json.loads(capsys.readouterr().out)
    assert group["members"] == [0, 2] and group["kind"] == "variant"
    assert group["records"][1]["source"].endswith("row 3 [c]")
    assert main(["duplicates", str(tmp_path / "missing.csv")]) == 2


# --------------------------------------------------------------------------- seeds


def test_seed_pages() -> None:
    from conftest import shared_path
    from pubrecords import clean_publication, read_profile

    pubs: list[Publication] = []
    for name in ("000_281dfc8c01892269.txt", "001_d1e6ce0efd7fcecf.txt"):
        profile = read_profile(shared_path("seeds", name))
        pubs.extend(clean_publication(p) for p in profile.publications)

    def where(title: str) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(pubs) if p.title.lower().startswith(title.lower()))

    symmetry = where("A Generative Model of Symmetry Transformations")
    audits = where("Black-Box Access is Insufficient")
    agents = where("Visibility into AI Agents")
    assert len(symmetry) == len(audits) == len(agents) == 3
    meta = where("Meta- (out-of-context)") + where("Out-of-context Meta-learning")
    blockwise = where("Blockwise self-supervised learning with") + where(
        "Blockwise Self-Supervised Learning at"
    )
    expected = {
        symmetry: {"variant"},
        audits: {"identical", "variant"},
        agents: {"identical", "variant"},
        tuple(sorted(meta)): {"version"},
        tuple(sorted(blockwise)): {"version"},
    }
    got = {g.members: g.kind for g in find_duplicates(pubs)}
    assert set(got) == set(expected), got
    for members, kinds in expected.items():
        assert got[members] in kinds, (members, got[members])
    out = deduplicate(pubs)
    assert len(out) == len(pubs) - 2 - 2 - 2


# --------------------------------------------------------------------------- identifiers


def test_spellings_of_one_doi_are_one_doi_and_na_is_none() -> None:
    a = base(doi="doi 10.1016/j.jvs.2017.03.363", venue=None, abstract=None)
    b = base(doi="http://dx.doi.org/10.1016/J.JVS.2017.03.363", venue=None, abstract=None)
    [group] = find_duplicates([a, b])
    assert group.kind in ("identical", "variant")
    assert (
        "DOI 10.1016/j.jvs.2017.03.363"
        in {e.aspect: e for e in group.evidence}["identifiers"].detail
    )
    # a missing value written "NA" is no DOI, so no conflict with a real one
    c = base(doi="NA")
    [(members, kind)] = groups_of([base(), c])
    assert members == (0, 1) and kind in ("identical", "variant")


def test_different_pubmed_ids_are_different_publications() -> None:
    a = base(identifiers={"pmid": "12345"})
    b = base(identifiers={"pmid": "67890"})
    assert [k for _, k in groups_of([a, b])] != ["identical"]
    assert all(k not in ("identical", "variant") for _, k in groups_of([a, b]))
    same = base(identifiers={"pmid": "PMID: 12345"}, title="Quorum lattices: online")
    assert ((0, 1), "variant") in groups_of([a, same])


def test_arxiv_id_in_the_venue_text_identifies_the_preprint() -> None:
    a = Publication(
        title="Sparse Quorum Lattices",
        authors=(TANAKA,),
        year=2018,
        venue="arXiv preprint arXiv:1810.13278",
    )
    b = Publication(
        title="Sparse quorum lattices for the impatient",
        authors=(TANAKA,),
        year=2018,
        arxiv_id="1810.13278v2",
        venue="CoRR",
    )
    [group] = find_duplicates([a, b])
    assert "arXiv 1810.13278" in {e.aspect: e for e in group.evidence}["identifiers"].detail


def test_merge_identical_leaves_variant_parts_of_versions_unmerged() -> None:
    paper = base(venue="Distributed Computing Letters", kind=Kind.JOURNAL_ARTICLE)
    variant = attrs.evolve(paper, title="Quorum lattices for online reconfiguration.")
    preprint = base(
        title="Reconfiguring Replicated State Online with Quorum Lattices",
        venue="arXiv",
        kind=Kind.PREPRINT,
        arxiv_id="1811.01234",
        year=2018,
    )
    groups = find_duplicates([paper, variant, preprint])
    assert [(g.kind, g.parts) for g in groups] == [("version", ((0, 1), (2,)))]
    assert len(deduplicate([paper, variant, preprint])) == 2
    kept = deduplicate([paper, variant, preprint], merge="identical")
    assert len(kept) == 3 and not any(p.merged_from for p in kept)
    assert all(p.related for p in kept)  # still linked to the preprint


def _journal_article(**changes: object) -> Publication:
    pub = Publication(
        title="Pleural Drainage Timing after Valve Repair",
        authors=(
            person("R. K.", "Banerjee"),
            person("P.", "Mukherjee"),
            person("S.", "Chakraborty"),
        ),
        year=2012,
        venue="Journal of Thoracic Practice",
        abstract=None,
        volume="7",
        issue="4",
        pages="215-219",
        provenance=(Source("table", path="a.csv", row=1),),
    )
    return attrs.evolve(pub, **changes)


def test_names_written_given_name_first_at_the_same_position_agree() -> None:
    # one database wrote the given names as family names ("Mukherjee P" -> "Pritha M"),
    # the lists keep their order: the same people
    a = _journal_article()
    swapped = _journal_article(
        authors=(person("R. K.", "Banerjee"), person("M.", "Pritha"), person("C.", "Sunanda")),
        venue="J Thorac Pract",
    )
    assert groups_of([a, swapped, other()]) == [((0, 1), "variant")]
    # initials that do not swap back are other people: another paper of that title
    strangers = _journal_article(
        authors=(person("R. K.", "Banerjee"), person("T.", "Pritha"), person("D.", "Sunanda")),
        pages="301-305",
    )
    assert all(kind not in ("identical", "variant") for _, kind in groups_of([a, strangers]))


def test_values_shifted_one_column_are_not_another_place() -> None:
    # volume left empty, the volume written as the issue and the issue as the pages
    a = _journal_article(pages="1746-1746", volume="26", issue="9")
    shifted = _journal_article(pages="9", volume=None, issue="26")
    assert groups_of([a, shifted, other()]) == [((0, 1), "variant")]
    # a real other place stays apart
    elsewhere = _journal_article(pages="9", volume=None, issue="27")
    assert all(kind not in ("identical", "variant") for _, kind in groups_of([a, elsewhere]))


def test_the_same_place_joins_two_spellings_of_one_title_each_recorded_twice() -> None:
    # a title corrected by the database ("or carboplatin [corrected]", and cut short) and
    # the title as printed, each recorded twice, at one place in one journal: one
    # publication
    printed = _journal_article(
        title="Gemcitabine plus cisplatin, with or without cetuximab, "
        "as first-line therapy for advanced lung cancer"
    )
    corrected = _journal_article(
        title="Gemcitabine plus cisplatin or carboplatin [corrected], "
        "with or without cetuximab, as first-line therapy for "
        "advanced lung canc"
    )
    pubs = [
        printed,
        attrs.evolve(printed, venue="J Thorac Pract"),
        corrected,
        attrs.evolve(corrected, key="c2"),
        other(),
    ]
    assert groups_of(pubs) == [((0, 1, 2, 3), "variant")]
    # at other pages, the two spellings stay two groups
    pubs[2:4] = [attrs.evolve(p, pages="415-419") for p in pubs[2:4]]
    assert groups_of(pubs) == [((0, 1), "variant"), ((2, 3), "identical")]


def test_a_title_quoted_whole_with_an_erratum_note_is_the_article() -> None:
    a = _journal_article()
    quoted = _journal_article(
        title='"Pleural Drainage Timing after Valve Repair.[Erratum appears in J Thorac '
        'Pract. 2013 Mar;8(2):44 Note: Mukerjee, P [corrected to Mukherjee, P]]"'
    )
    assert groups_of([a, quoted, other()]) == [((0, 1), "variant")]


def _original_and_translation() -> tuple[Publication, Publication]:
    """One article as its journal titles it and as MEDLINE does (translated, in brackets)."""
    original = _journal_article(
        title="Nutzen von Antibiotika bei der Thoraxdrainage nach Verletzungen",
        venue="Zeitschrift für Thoraxpraxis",
    )
    translated = _journal_article(
        title="[Are antimicrobials useful in closed thoracostomy due to trauma?]",
        venue="Z Thoraxprax",
    )
    return original, translated


def test_one_article_under_a_title_in_another_language_is_one_publication() -> None:
    # MEDLINE gives a non-English article's title translated, in brackets; the journal's
    # own record has it in the original language: one container, volume, page range,
    # year and list of people make it one publication
    original, translated = _original_and_translation()
    filler = [other(title=f"Tidal Energy Forecasting, Part {k}") for k in ("A", "B")]
    assert groups_of([original, translated, *filler]) == [((0, 1), "variant")]
    [group] = find_duplicates([original, translated])
    decided = next(e.detail for e in group.evidence if e.aspect == "decided")
    assert "the same container, volume and pages" in decided
    # other people on those pages (a letter and its reply), a single page (abstracts of
    # a supplement), another year, another volume or another journal: not merged
    changes: list[dict[str, object]] = [
        {"authors": (TANAKA, MORAES)},
        {"pages": "215"},
        {"year": 2013},
        {"volume": "8"},
        {"venue": "Journal of Renewable Systems"},
    ]
    for change in changes:
        a = attrs.evolve(original, **change) if "pages" in change else original
        apart = attrs.evolve(translated, **change)
        kinds = [kind for _, kind in groups_of([a, apart])]
        assert not set(kinds) & {"identical", "variant"}, change


def test_a_translated_title_joins_the_group_of_its_original_and_a_record_without_one_waits() -> (
    None
):
    original, translated = _original_and_translation()
    # the translation recorded twice is one group first; the original then joins it
    pubs = [original, translated, attrs.evolve(translated, venue="Z. Thoraxprax."), other()]
    assert groups_of(pubs) == [((0, 1, 2), "variant")]
    # a record with no title at that place, by those people, is shown, not merged
    untitled = attrs.evolve(translated, title="")
    [group] = find_duplicates([original, untitled])
    decided = next(e.detail for e in group.evidence if e.aspect == "decided")
    assert group.kind == "maybe"
    assert "no title" in decided


def test_a_meeting_abstract_under_the_journal_or_under_the_meeting_is_one_publication() -> None:
    # Embase names a journal supplement's meeting abstract "Journal.Conference: Meeting";
    # another database names only the meeting
    abstract = _journal_article(
        venue="Journal of Thoracic Practice.Conference: 12th Congress of the Thoracic "
        "Practice Society Kyoto Japan",
        pages=None,
        issue=None,
    )
    meeting = attrs.evolve(abstract, venue="12th Congress of the Thoracic Practice Society")
    assert groups_of([abstract, meeting, other()]) == [((0, 1), "variant")]
    # another meeting's abstract of that title is not merged, nor a conference paper
    # against the journal's own article
    elsewhere = attrs.evolve(abstract, venue="Annual Meeting of the Lung Imaging Forum")
    article = attrs.evolve(abstract, venue="Journal of Thoracic Practice")
    paper = attrs.evolve(abstract, venue="Proceedings of the Thoracic Practice Conference")
    for a, b in ((abstract, elsewhere), (article, paper)):
        assert all(kind not in ("identical", "variant") for _, kind in groups_of([a, b]))


def test_a_recurring_column_extended_by_a_subtitle_is_shown_as_a_maybe() -> None:
    # "Guest Editorial" recurs every year; one record of 2004 adds the issue's theme: by the
    # same two people in one journal, perhaps one editorial, perhaps two
    column = [
        Publication(
            title="Guest Editorial",
            authors=(person("Ida", f"Editor{y}"), TANAKA),
            year=y,
            venue="Journal of Quorum Systems",
        )
        for y in (2001, 2002, 2003)
    ]
    short = Publication(
        title="Guest editorial", authors=(OKAFOR, MORAES), year=2004, venue="J. Quorum Syst."
    )
    themed = attrs.evolve(
        short, title="Guest Editorial: Lattices and the Web", venue="Journal of Quorum Systems"
    )
    groups = find_duplicates([*column, short, themed])
    assert [(g.members, g.kind) for g in groups] == [((3, 4), "maybe")]
    decided = next(e.detail for e in groups[0].evidence if e.aspect == "decided")
    assert "recurs" in decided
    # by other people, or in another year: not even a maybe
    for change in ({"authors": (OKAFOR, LINDQVIST)}, {"year": 2005}):
        assert groups_of([*column, short, attrs.evolve(themed, **change)]) == []
