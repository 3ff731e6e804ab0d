"""Records of one research group read from files of different formats: only the same
publication is merged.

Every record here is invented; each case has the shape of one that real files folded
wrongly when a group's CSL-JSON reference lists (manuscripts written with Manubot) were
read together with a BibTeX file: deposits of one title on Zenodo or figshare whose DOI
is written only as a ``https://doi.org/…`` URL, the code repository and the manuscript
repository on GitHub, and "Code for '…'" beside the paper it accompanies. Each case has
a true duplicate of the same shape beside it that is still merged.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pubrecords import Kind, Person, Publication, find_duplicates
from pubrecords.cli import main
from pubrecords.dedup.features import url_doi, venue_is_host
from pubrecords.dedup.rules import companion_of

TITLE = "Quiet redundancy in tidal sediment cores"
CSL_AUTHORS = [
    {"given": "Mirela", "family": "Ostrander"},
    {"given": "Tobiah", "family": "Quennell"},
]
BIB_AUTHORS = "Ostrander, Mirela and Quennell, Tobiah"
PEOPLE = (Person(given="Mirela", family="Ostrander"), Person(given="Tobiah", family="Quennell"))


def csl_item(
    key: str, title: str, container: str, url: str, kind: str = "webpage"
) -> dict[str, object]:
    return {
        "id": key,
        "type": kind,
        "title": title,
        "container-title": container,
        "URL": url,
        "issued": {"date-parts": [[2021]]},
        "author": CSL_AUTHORS,
    }


def folds_of(tmp_path: Path, items: list[dict[str, object]], bib: str) -> list[tuple[str, str]]:
    """Export a CSL-JSON file and a BibTeX file together; the (kept, folded) keys."""
    csl = tmp_path / "group.json"
    csl.write_text(json.dumps(items), encoding="utf-8")
    files = [str(csl)]
    if bib:
        bibfile = tmp_path / "office.bib"
        bibfile.write_text(bib, encoding="utf-8")
        files.append(str(bibfile))
    report = tmp_path / "merged.csv"
    code = main(["export", "-q", *files, "-o", str(tmp_path / "out.bib"),
                 "--merge-report", str(report)])  # fmt: skip
    assert code == 0
    with report.open(encoding="utf-8", newline="") as f:
        return sorted((r["kept_id"], r["folded_id"]) for r in csv.DictReader(f))


# ------------------------------------------------------------ a DOI written as a URL


def test_a_doi_resolver_url_is_read_as_the_doi() -> None:
    assert url_doi("https://doi.org/10.5281/zenodo.4410071") == "10.5281/zenodo.4410071"
    assert url_doi("http://dx.doi.org/10.6084/m9.figshare.90210") == "10.6084/m9.figshare.90210"
    assert url_doi("https://doi.org/gx7q2") == ""  # a shortDOI: no DOI to compare
    assert url_doi("https://example.org/10.5281/zenodo.4410071") == ""
    assert url_doi(None) == ""


def test_two_deposits_whose_dois_are_urls_stay_apart(tmp_path: Path) -> None:
    items = [
        csl_item("coefs", TITLE, "figshare", "https://doi.org/10.6084/m9.figshare.70001"),
        csl_item("params", TITLE, "figshare", "https://doi.org/10.6084/m9.figshare.70002"),
    ]
    assert folds_of(tmp_path, items, "") == []


def test_a_deposit_in_csl_and_in_bibtex_is_merged(tmp_path: Path) -> None:
    items = [csl_item("coefs", TITLE, "figshare", "https://doi.org/10.6084/m9.figshare.70001")]
    bib = (
        "@misc{ostrander2021coefs,\n"
        f"  author = {{{BIB_AUTHORS}}},\n  title = {{{TITLE}}},\n"
        "  howpublished = {figshare},\n  year = {2021},\n"
        "  doi = {10.6084/m9.figshare.70001},\n}\n"
    )
    assert len(folds_of(tmp_path, items, bib)) == 1


def test_a_doi_from_the_url_decides_in_find_duplicates() -> None:
    a = Publication(title=TITLE, authors=PEOPLE, year=2021, venue="Zenodo", kind=Kind.WEBPAGE,
                    url="https://doi.org/10.5281/zenodo.5550001")  # fmt: skip
    b = Publication(title=TITLE, authors=PEOPLE, year=2021, venue="Zenodo", kind=Kind.WEBPAGE,
                    url="https://doi.org/10.5281/zenodo.5550002")  # fmt: skip
    same = Publication(title=TITLE, authors=PEOPLE, year=2021, venue="Zenodo",
                       kind=Kind.WEBPAGE, doi="10.5281/zenodo.5550001")  # fmt: skip
    assert [g.members for g in find_duplicates([a, b]) if g.kind in ("identical", "variant")] == []
    assert [(g.members, g.kind) for g in find_duplicates([a, same])] == [((0, 1), "variant")]


# ------------------------------------------------------------ items on a hosting platform


def test_a_hosting_platform_is_no_container() -> None:
    assert venue_is_host("GitHub")
    assert venue_is_host("figshare")
    assert venue_is_host("https://gitlab.com/ostrander/cores")
    assert not venue_is_host("Journal of Tidal Studies")
    assert not venue_is_host(None)


def test_two_repositories_on_github_stay_apart(tmp_path: Path) -> None:
    items = [
        csl_item("code", TITLE, "GitHub", "https://github.com/ostrander-lab/cores"),
        csl_item(
            "manuscript", TITLE, "GitHub", "https://github.com/ostrander-lab/cores-manuscript"
        ),
    ]
    assert folds_of(tmp_path, items, "") == []


def test_one_repository_on_github_in_two_formats_is_merged(tmp_path: Path) -> None:
    items = [csl_item("code", TITLE, "GitHub", "https://github.com/ostrander-lab/cores")]
    bib = (
        "@misc{cores_repo,\n"
        f"  author = {{{BIB_AUTHORS}}},\n  title = {{{TITLE}}},\n"
        "  howpublished = {GitHub},\n  year = {2021},\n"
        "  url = {http://www.github.com/ostrander-lab/cores/},\n}\n"
    )
    assert folds_of(tmp_path, items, bib) == [("code", "cores_repo")]


def test_a_platform_name_without_url_is_not_taken_for_a_url() -> None:
    # one record names the platform in lower case and has lost its URL: it says nothing
    # against the record with the URL (a platform's name is no address)
    with_url = Publication(title=TITLE, authors=PEOPLE, year=2021, venue="GitHub",
                           kind=Kind.WEBPAGE, url="https://github.com/ostrander-lab/cores")  # fmt: skip
    without = Publication(title=TITLE.lower(), authors=PEOPLE, year=2021, venue="github",
                          kind=Kind.WEBPAGE)  # fmt: skip
    [group] = find_duplicates([with_url, without])
    assert group.members == (0, 1)
    assert group.kind == "variant"


# ------------------------------------------------------------ code or data for a work


def test_companion_titles() -> None:
    assert companion_of("code for quiet redundancy in cores", "quiet redundancy in cores")
    assert companion_of(
        "quiet redundancy in cores", "supplementary material for quiet redundancy in cores"
    )
    assert companion_of("replication package of quiet redundancy", "quiet redundancy")
    assert not companion_of("quiet redundancy in cores", "quiet redundancy in cores")
    assert not companion_of("code for quiet redundancy", "code for quiet redundancy")
    assert not companion_of("code for quiet redundancy", "quiet redundancy in cores")


def test_code_for_a_paper_and_the_paper_stay_apart(tmp_path: Path) -> None:
    items = [csl_item("code", f"Code for '{TITLE}'", "Zenodo", "https://zenodo.org/records/81")]
    bib = (
        "@misc{ostrander2021,\n"
        f"  author = {{{BIB_AUTHORS}}},\n  title = {{{TITLE}}},\n"
        "  howpublished = {Zenodo},\n  year = {2021},\n}\n"
    )
    assert folds_of(tmp_path, items, bib) == []


def test_the_paper_in_two_formats_is_still_merged(tmp_path: Path) -> None:
    items = [csl_item("paper", f"{TITLE}.", "Journal of Tidal Studies", "", "article-journal")]
    bib = (
        "@article{ostrander2021,\n"
        f"  author = {{{BIB_AUTHORS}}},\n  title = {{{TITLE}}},\n"
        "  journal = {Journal of Tidal Studies},\n  year = {2021},\n}\n"
    )
    assert folds_of(tmp_path, items, bib) == [("paper", "ostrander2021")]
