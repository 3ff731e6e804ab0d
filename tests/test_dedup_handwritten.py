"""Duplicates in hand-written .bib files (a thesis's or a CV's bibliography), on invented
records: the shapes that made two different publications look like one."""

from __future__ import annotations

import warnings

from pubrecords import deduplicate, find_duplicates, parse_bibtex


def kinds(bib: str) -> list[tuple[tuple[str, ...], str]]:
    """The groups of an invented file, as (keys, kind)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (crossref parents left out of the snippets)
        pubs = parse_bibtex(bib, path="thesis.bib")
    return [
        (tuple(pubs[m].key or "" for m in g.members), g.kind)
        for g in find_duplicates(pubs)
        if g.kind != "maybe"
    ]


def test_two_reports_of_one_institution_with_other_numbers_are_two_reports() -> None:
    bib = """
@TechReport{Vantongeren91a,
  author = "Vantongeren, Mireille",
  title = "Concurrent heap compaction for C++",
  institution = "Lakeside Univ. Computing Dept.",
  year = 1991, number = "LU-CS-91-104"}
@TechReport{Vantongeren91b,
  author = "Vantongeren, Mireille",
  title = "Concurrent, atomic heap compaction",
  institution = "Lakeside Univ. Computing Dept.",
  year = 1991, number = "LU-CS-91-162"}
"""
    assert kinds(bib) == []
    # the same report, its number written shorter, is still one report
    same = bib.replace("LU-CS-91-162", "91-104").replace(
        "Concurrent, atomic heap compaction", "Concurrent heap compaction for {C++}"
    )
    assert kinds(same) == [(("Vantongeren91a", "Vantongeren91b"), "variant")]


def test_papers_inheriting_from_two_proceedings_of_one_series_are_two_papers() -> None:
    bib = """
@InProceedings{Ruiz2011,
  author = "Ruiz, Paloma and Oyelaran, Tunde",
  title = "Widening trace abstraction with region hints",
  crossref = "TRAW2011", pages = "41--48"}
@InProceedings{RuizOKL2012,
  author = "Ruiz, Paloma and Kettunen, Aino and Oyelaran, Tunde and Lam, Wai",
  title = "Widening trace abstraction with loop summaries",
  crossref = "TRAW2012", pages = "41--48"}
"""
    assert all(kind != "variant" for _, kind in kinds(bib))


def test_an_entry_is_not_its_crossref_parent_nor_another_release() -> None:
    bib = """
@software{Quokka,
  author = {Ilunga, Thabo and Sørensen, Freja},
  title = {Quokka: a proof assistant for tide tables},
  date = {2014},
  url = {https://quokka.example.org}}
@softwareversion{Quokka-v1.2,
  version = {1.2}, date = {2014}, crossref = {Quokka}}
@softwareversion{Quokka-v1.3,
  version = {1.3}, date = {2014}, crossref = {Quokka}}
"""
    assert kinds(bib) == []
    books = """
@book{Mbeki2nd,
  author = {Mbeki, Zola}, title = {Estuary Hydraulics}, publisher = {Riverside Press},
  year = {2010}, edition = {2nd}}
@book{Mbeki3rd,
  author = {Mbeki, Zola}, title = {Estuary Hydraulics}, publisher = {Riverside Press},
  year = {2010}, edition = {Third}}
@book{Mbeki3rdAgain,
  author = {Mbeki, Zola}, title = {Estuary hydraulics}, publisher = {Riverside Press},
  year = {2010}, edition = {3rd ed.}}
"""
    assert kinds(books) == [(("Mbeki3rd", "Mbeki3rdAgain"), "variant")]


def test_repositories_at_other_urls_are_other_repositories() -> None:
    bib = r"""
@misc{varga_tides_repo,
  title = {Repository of tide-gauge cleaning scripts in {R}},
  howpublished = {\url{https://github.com/example-varga/tide-clean}},
  author = {Varga, B.}, year = {2021}}
@misc{varga_tides_stm_repo,
  title = {Repository of the tide-gauge cleaning scripts ported to {J}ulia},
  howpublished = {\url{https://github.com/example-varga/tide-clean-julia}},
  author = {Varga, B.}, year = {2021}}
"""
    assert all(kind != "variant" for _, kind in kinds(bib))
    # the same repository cited twice is one record
    twice = bib.replace("tide-clean-julia", "tide-clean").replace(
        "Repository of the tide-gauge cleaning scripts ported to {J}ulia",
        "Repository of tide-gauge cleaning scripts in R",
    )
    assert [kind for _, kind in kinds(twice)] == ["identical"]


def test_two_arxiv_preprints_with_alike_titles_are_two_works() -> None:
    bib = """
@article{Halvorsen2020,
  author = {Halvorsen, K. and Adeyemi, T. and Quispe, R.},
  journal = {arXiv:2004.01234},
  title = {{Sparse Tidal Kernels using Learned Gauges}},
  year = {2020}}
@article{Adeyemi2021,
  author = {Adeyemi, T. and Halvorsen, K. and Quispe, R. and Novak, P.},
  journal = {arXiv:2105.04321},
  title = {{Understanding Learned Gauges and Sparse Tidal Kernels}},
  year = {2021}}
"""
    assert all(kind != "variant" for _, kind in kinds(bib))


def test_a_bare_arxiv_preprint_is_not_merged_into_the_journal_article() -> None:
    bib = """
@Article{ok05,
  author = "Okonkwo, Ada and Lindgren, Per",
  title = "Interference between tidal and wind forcing in shallow high-salinity estuary channels",
  journal = "Estuar. Lett.", volume = "B12", pages = "102-110",
  doi = "10.9999/estlett.2005.02.025", year = "2005"}
@Article{ok05b,
  author = "Okonkwo, Ada and Lindgren, Per",
  title = "Tidal and wind forcing in shallow high-salinity estuary channels",
  year = "2005", eprint = "2510.04040", archivePrefix = "arXiv"}
"""
    found = kinds(bib)
    assert all(kind != "variant" for _, kind in found)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = parse_bibtex(bib, path="thesis.bib")
    assert len(deduplicate(pubs)) == 2


def test_one_title_at_two_meetings_known_by_other_acronyms_is_two_papers() -> None:
    bib = """
@inproceedings{Moreau2016,
 author = {Moreau, L. and Achterberg, J. and Tshabalala, N.},
 booktitle = {ACM Symposium on Principles of Replicated Storage (PRePS)},
 title = {{Lattice: A Transparent Quorum Planner for Clusters Categories and Subject Descriptors}},
 year = {2016}}
@inproceedings{Moreau2016a,
 author = {Moreau, L. and Achterberg, J. and Tshabalala, N.},
 booktitle = {Workshop on Heterogeneous Tide Computing (HTC)},
 title = {{Lattice: A Transparent Quorum Planner for Clusters}},
 year = {2016}}
"""
    assert [kind for _, kind in kinds(bib)] == ["version"]
    # the meeting's acronym beside its long name, or a long name without an acronym,
    # is the same meeting
    short = bib.replace("Workshop on Heterogeneous Tide Computing (HTC)", "PRePS")
    assert [kind for _, kind in kinds(short)] == ["variant"]
    long_ = bib.replace("Workshop on Heterogeneous Tide Computing (HTC)", "Replication Day")
    long_ = long_.replace("ACM Symposium on Principles of Replicated Storage (PRePS)", "RDAY")
    assert [kind for _, kind in kinds(long_)] == ["variant"]


def test_another_year_at_a_meeting_named_with_an_ordinal_is_another_paper() -> None:
    bib = r"""
@InProceedings{Szabo14,
  author = "Szab{\'o}, Ilona and Mensah, Kwame",
  booktitle = "Proceedings of the $ 25^{th} $ International Workshop on Tidal Diagnosis",
  title = "Sensitivity Analysis of Gauge-based Fault Localisation for Estuary Models",
  year = "2014"}
@InProceedings{Szabo15,
  author = "Szab{\'o}, Ilona and Mensah, Kwame",
  booktitle = "Proceedings of the $ 24^{th} $ International Joint Conference on Hydrology",
  title = "Gauge-Based Fault Localisation for Estuary Models",
  pages = "1134--1140",
  year = "2015"}
"""
    assert all(kind != "variant" for _, kind in kinds(bib))
