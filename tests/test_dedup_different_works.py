"""Records alike in title, authors and year that are different works stay apart.

Every record here is invented; each case has the shape of one a real library folded
wrongly (a municipal library's BibTeX file: numbered parts of one survey, items of one
set of minutes, reports by working groups I to V, a main report and its appendix
report; a style guide's examples: one app in two stores, one title with two subtitles),
beside a true duplicate of the same shape that is still merged.
"""

from __future__ import annotations

import csv
from pathlib import Path

import attrs

from pubrecords import Kind, Person, Publication, deduplicate, find_duplicates
from pubrecords.cli import main
from pubrecords.dedup.features import _landing_page

FIRM_A = Person(literal="Brackwater Surveyors Ltd")
FIRM_B = Person(literal="Saltmarsh Planning Ltd")


def groups_of(pubs: list[Publication]) -> list[tuple[tuple[int, ...], str]]:
    return [(g.members, g.kind) for g in find_duplicates(pubs)]


def survey(title: str, **changes: object) -> Publication:
    pub = Publication(
        title=title,
        authors=(FIRM_A, FIRM_B),
        year=2014,
        kind=Kind.BOOK,
        publisher="Norhavn Municipality, Planning Office",
    )
    return attrs.evolve(pub, **changes)


# ------------------------------------------------------------ numbers after the title


def test_numbered_parts_after_the_title_proper_are_different_works() -> None:
    # the title proper ends at the first sentence; the part numbers come after it
    part12 = survey("Survey of harbour heritage. 12: Warehouses on the north quay")
    part14 = survey("Survey of harbour heritage. 14: Warehouses on the south quay")
    part13 = survey("Survey of harbour heritage. 13: Ropewalk lane")
    assert groups_of([part12, part14, part13]) == []


def test_numbered_part_recorded_twice_is_still_one_work() -> None:
    part12 = survey("Survey of harbour heritage. 12: Warehouses on the north quay")
    again = survey("Survey of Harbour Heritage. 12: warehouses on the North Quay")
    assert groups_of([part12, again]) == [((0, 1), "variant")]


def minutes(item: str, **changes: object) -> Publication:
    pub = Publication(
        title=f"Minutes of the Harbour Committee meeting of 3/4 2012. Sect. {item}",
        authors=(Person(literal="Norhavn Harbour Board"),),
        year=2012,
        kind=Kind.WEBPAGE,
    )
    return attrs.evolve(pub, **changes)


def test_items_of_one_set_of_minutes_are_different_works() -> None:
    dredging = minutes("41 - Dredging of the inner basin")
    lighting = minutes("42 - Lighting on the pier of the inner basin")
    assert groups_of([dredging, lighting]) == []


def test_item_of_minutes_recorded_twice_is_still_one_work() -> None:
    dredging = minutes("41 - Dredging of the inner basin")
    again = minutes("41 - Dredging of the Inner Basin.")
    assert groups_of([dredging, again]) == [((0, 1), "variant")]


# ------------------------------------------------------------ the rest of the title


def plan(rest: str, **changes: object) -> Publication:
    pub = Publication(
        title=f"Plan for the green areas along the Norhavn coast. {rest}",
        authors=(Person(literal="Norhavn Municipality"),),
        year=1975,
        kind=Kind.BOOK,
        publisher="Norhavn Municipality",
    )
    return attrs.evolve(pub, **changes)


def test_titles_that_go_on_differently_after_the_title_proper_are_different_works() -> None:
    notes = plan("Notes from the residents' evening of 12 April 1975")
    structure = plan("Structure plan Sept. 1975")
    assert groups_of([notes, structure]) == []


def test_title_that_goes_on_alike_is_still_one_work() -> None:
    structure = plan("Structure plan Sept. 1975")
    again = plan("Structure plan, Sept. 1975.")
    assert groups_of([structure, again]) == [((0, 1), "variant")]


# ------------------------------------------------------------ organisations as authors


def interim(group: str, **changes: object) -> Publication:
    pub = Publication(
        title="Plan for the green areas along the Norhavn coast. Interim report",
        authors=(Person(literal=group),),
        year=1974,
        kind=Kind.BOOK,
        publisher="Norhavn Municipality",
    )
    return attrs.evolve(pub, **changes)


def test_working_groups_numbered_apart_are_different_authors() -> None:
    pubs = [
        interim("Working Party IV"),
        interim("Working Party V"),
        interim("Working Party III"),
        interim("Working Party II"),
    ]
    assert groups_of(pubs) == []


def test_one_organisation_written_two_ways_is_still_one_author() -> None:
    assert groups_of([interim("Working Party IV"), interim("Working party IV")]) == [
        ((0, 1), "variant")
    ]
    team = Publication(
        title="Caching in the middle tier: the Tideline approach",
        authors=(Person(literal="Tide-Line Team"),),
        year=2002,
        venue="Conference on Data Systems",
    )
    other_spelling = attrs.evolve(team, authors=(Person(literal="The TideLine Team"),))
    assert groups_of([team, other_spelling]) == [((0, 1), "variant")]


# ------------------------------------------------------------ one distinguishing word


def rainwater(last: str, aim: str = "adaptation", **changes: object) -> Publication:
    pub = Publication(
        title=f"Rainwater in towns (RW07). Is joint management the way to better {aim}? {last}",
        authors=(Person(given="", family="Hydroconsult"),),
        year=2013,
        kind=Kind.REPORT,
        venue="Agency for Research and Innovation",
    )
    return attrs.evolve(pub, **changes)


def test_main_report_and_appendix_report_are_different_works() -> None:
    assert groups_of([rainwater("Main report"), rainwater("Appendix report")]) == []


def test_report_with_a_word_misspelt_is_still_one_work() -> None:
    misspelt = rainwater("Main report", aim="adaption")
    assert groups_of([rainwater("Main report"), misspelt]) == [((0, 1), "variant")]


def test_article_retitled_by_one_word_in_one_container_is_still_one_work() -> None:
    # an article is also named by its container: databases retype a word of its title
    people = (Person(given="Ines", family="Varga"), Person(given="Tomasz", family="Bello"))
    paper = Publication(
        title="Using the silver rule of sampling for range estimation",
        authors=people,
        year=2001,
        venue="Conference on Data Systems",
    )
    retyped = attrs.evolve(paper, title="Applying the silver rule of sampling for range estimation")
    assert groups_of([paper, retyped]) == [((0, 1), "variant")]


# ------------------------------------------------------------ subtitle fields


def casual(subtitle: str | None, **changes: object) -> Publication:
    pub = Publication(
        title="Casually Titled Papers",
        authors=(Person(given="Q.", family="Marlowe"),),
        year=2012,
        venue="Journal of Lost Effort",
        kind=Kind.JOURNAL_ARTICLE,
        extra={"subtitle": subtitle} if subtitle else {},
    )
    return attrs.evolve(pub, **changes)


def test_different_subtitle_fields_are_different_works() -> None:
    first = casual("Why Effort Goes Into the Title Alone")
    second = casual("Wordplay to Distract from Emptiness")
    assert groups_of([first, second]) == []


def test_subtitle_written_two_ways_or_left_out_is_still_one_work() -> None:
    first = casual("Why Effort Goes Into the Title Alone")
    assert groups_of([first, casual("why effort goes into the title alone")]) == [
        ((0, 1), "variant")
    ]
    assert groups_of([first, casual(None)]) == [((0, 1), "variant")]


# ------------------------------------------------------------ URLs


def app(url: str, **changes: object) -> Publication:
    pub = Publication(
        title="Pillbox Dosage Checker",
        authors=(Person(given="", family="Pillbox"),),
        year=2019,
        kind=Kind.SOFTWARE,
        publisher="Appstore One",
        url=url,
    )
    return attrs.evolve(pub, **changes)


def test_one_app_in_two_stores_is_two_records() -> None:
    one = app("https://apps.example.com/us/app/pillbox/id12345?mt=8")
    two = app(
        "https://store.example.org/apps/details?id=org.pillbox&hl=en_US",
        publisher="Store Two",
    )
    # two records, each where it is: not merged (at most linked as versions of one work)
    assert [kind for _, kind in groups_of([one, two])] in ([], ["version"])
    assert len(deduplicate([one, two])) == 2


def test_one_page_written_two_ways_is_still_one_record() -> None:
    one = app("https://apps.example.com/us/app/pillbox/id12345?mt=8")
    two = app("http://www.apps.example.com/us/app/pillbox/id12345/?mt=8&utm_source=feed#top")
    assert groups_of([one, two]) == [((0, 1), "variant")]


def test_landing_page_of_a_url() -> None:
    assert _landing_page("HTTPS://WWW.Example.org/a/b/?x=1&utm_medium=m#frag") == (
        "example.org/a/b?x=1"
    )
    assert _landing_page("https://doi.org/10.1000/xyz") == ""  # a DOI, compared as one
    assert _landing_page(None) == ""


# ------------------------------------------------------------ from BibTeX, on the command line

BIB = r"""
@book{brackwater2014survey,
  author = {{Brackwater Surveyors Ltd} and {Saltmarsh Planning Ltd}},
  title = {Survey of harbour heritage. 12: {Warehouses} on the north quay},
  publisher = {Norhavn Municipality},
  date = {2014},
}
@book{brackwater2014surveya,
  author = {{Brackwater Surveyors Ltd} and {Saltmarsh Planning Ltd}},
  title = {Survey of harbour heritage. 14: {Warehouses} on the south quay},
  publisher = {Norhavn Municipality},
  date = {2014},
}
@book{party4,
  author = {{Working Party IV}},
  title = {Plan for the green areas along the {Norhavn} coast. Interim report},
  publisher = {Norhavn Municipality},
  date = {1974},
}
@book{party5,
  author = {{Working Party V}},
  title = {Plan for the green areas along the {Norhavn} coast. Interim report},
  publisher = {Norhavn Municipality},
  date = {1974},
}
@article{marlowe1,
  author = {Q. Marlowe},
  title = {Casually Titled Papers},
  subtitle = {Why Effort Goes Into the Title Alone},
  journaltitle = {Journal of Lost Effort},
  date = {2012},
}
@article{marlowe2,
  author = {Q. Marlowe},
  title = {Casually Titled Papers},
  subtitle = {Wordplay to Distract from Emptiness},
  journaltitle = {Journal of Lost Effort},
  date = {2012},
}
@software{pillbox1,
  author = {Pillbox},
  title = {Pillbox Dosage Checker},
  publisher = {Appstore One},
  url = {https://apps.example.com/us/app/pillbox/id12345?mt=8},
  date = {2019},
}
@software{pillbox2,
  author = {Pillbox},
  title = {Pillbox Dosage Checker},
  publisher = {Store Two},
  url = {https://store.example.org/apps/details?id=org.pillbox},
  date = {2019},
}
@software{pillbox1copy,
  author = {Pillbox},
  title = {Pillbox dosage checker},
  publisher = {Appstore One},
  url = {http://www.apps.example.com/us/app/pillbox/id12345/?mt=8},
  date = {2019},
}
"""


def test_export_folds_only_the_true_duplicate(tmp_path: Path) -> None:
    bib = tmp_path / "library.bib"
    bib.write_text(BIB, encoding="utf-8")
    report = tmp_path / "merged.csv"
    code = main(["export", "-q", str(bib), "-o", str(tmp_path / "out.bib"),
                 "--merge-report", str(report)])  # fmt: skip
    assert code == 0
    with report.open(encoding="utf-8", newline="") as f:
        folds = [(r["kept_id"], r["folded_id"]) for r in csv.DictReader(f)]
    assert folds == [("pillbox1", "pillbox1copy")]


# ------------------------------------------------------------ a master's and a doctoral thesis


def thesis(level: str, **changes: object) -> Publication:
    pub = Publication(
        title="Tidal Rhythms of Coastal Sleep",
        authors=(Person(given="Ngozi", family="Okafor"),),
        year=2010,
        kind=Kind.THESIS,
        venue="Harbour University",
        extra={"type": level},
    )
    return attrs.evolve(pub, **changes)


def test_a_masters_and_a_doctoral_thesis_of_one_title_are_different_works() -> None:
    # citation-js's fixtures: a "Diploma Thesis" and a "Doctoral Thesis" were folded as
    # "identical"
    diploma, doctoral = thesis("Diploma Thesis"), thesis("Doctoral Thesis")
    assert groups_of([diploma, doctoral]) == []
    assert groups_of([thesis("PhD thesis"), thesis("Doctoral dissertation")]) == [
        ((0, 1), "variant")
    ]
    assert groups_of([doctoral, thesis("Doctoral Thesis")]) == [((0, 1), "identical")]


def test_identical_means_every_field_alike() -> None:
    # records that differ in an extra field (an address) are one work, but not identical
    one = thesis("Doctoral Thesis")
    other = attrs.evolve(one, extra={**one.extra, "address": "Goodville"})
    assert groups_of([one, other]) == [((0, 1), "variant")]


# ------------------------------------------------------------ volumes written with words


def proceedings_volume(volume: str, **changes: object) -> Publication:
    # Scopus lists each volume of a proceedings in a book series as a record of its own,
    # without authors, the series' volume written with its abbreviation ("6017 LNCS")
    pub = Publication(
        title="Harbour Informatics - HI 2010 - International Conference, Proceedings",
        year=2010,
        kind=Kind.CONFERENCE_PAPER,
        venue="Lecture Notes in Harbour Science",
        volume=volume,
    )
    return attrs.evolve(pub, **changes)


def test_volumes_of_one_proceedings_are_different_works() -> None:
    volumes = [proceedings_volume(f"{n} LNHS") for n in (6016, 6017, 6018, 6019)]
    assert groups_of(volumes) == []
    # the same volume, recorded twice, is one work; so is a volume written two ways
    again = [proceedings_volume("6017 LNHS"), proceedings_volume("6017 LNHS")]
    assert [kind for _, kind in groups_of(again)] == ["identical"]
    two_ways = [proceedings_volume("6017 LNHS"), proceedings_volume("Vol. 6017")]
    assert [members for members, _ in groups_of(two_ways)] == [(0, 1)]
