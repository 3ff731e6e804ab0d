"""``pubrecords check`` and ``pubrecords diff`` on the seed pages and invented files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from pubrecords.cli import main

PAGE = """Portrait of Ada Lovelace

Ada Lovelace

Honorary Member
Research Topics
Analytical Engines

Biography

Ada Lovelace writes about engines.

Publications

Notes on the Analytical Engine
Charles Babbage
We describe how the Analytical Engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves, and we give a method for computing the Bernoulli numbers with the engine, step by step, with a table of the operations and of the variables it uses.
Notes on the Analytical Engine
Charles Babbage
We describe how the Analytical Engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves, and we give a method for computing the Bernoulli numbers with the engine, step by step, with a table of the operations and of the variables it uses.
Engines of the Past by Jane Roe and John Doe (review)
"""


def seed_paths() -> list[str]:
    return [
        str(shared_path("seeds", "000_281dfc8c01892269.txt")),
        str(shared_path("seeds", "001_d1e6ce0efd7fcecf.txt")),
    ]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_seeds_reports_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "-q", *seed_paths())
    assert code == 0
    for heading in (
        "Profile: David Scott Krueger",
        "Summary",
        "Suspect records (2)",
        "Duplicates merged",
        "Versions of one work",
        "Abstracts cut short (1)",
        "Author lists",
        "Repairs",
    ):
        assert heading in out, heading
    assert "[strong] The Flag and the Cross" in out
    assert "[weak] Facing AI extinction" in out
    assert "Canada CIFAR AI Chair" in out
    assert "23 records read" in out
    # each triple is reported with its three source lines
    assert "001_d1e6ce0efd7fcecf.txt lines 52, 72, 92" in out
    assert "Towards Out-of-Distribution Adversarial Robustness" in out.split("Abstracts cut")[1]
    assert "20 listed, 2 more hidden" in out
    assert "Jos'e Miguel Hern'andez-Lobato" in out and "José Miguel Hernández-Lobato" in out


def test_check_json_and_strict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "-q", "--json", *seed_paths())
    assert code == 0
    data = json.loads(out)
    assert data["records_read"] == 23
    assert {s["level"] for s in data["suspects"]} == {"strong", "weak"}
    assert len([d for d in data["duplicates"] if d["records"] == 3]) == 3
    assert data["owner_omitted_from_authors"] is True
    assert data["profile"]["roles"] == ["Core Academic Member", "Canada CIFAR AI Chair"]
    code, _, _ = run(capsys, "check", "-q", "--strict", *seed_paths())
    assert code == 1


def test_check_an_invented_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "ada.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "check", "-q", "--strict", str(page))
    assert code == 1  # a strong suspect: the review of Roe and Doe's book
    assert "Jane Roe and John Doe" in out
    assert "Notes on the Analytical Engine" in out.split("Duplicates merged")[1]
    assert "3 records read, 2 after merging duplicates" in out


def test_check_missing_file_is_one_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "nope.txt"))
    assert code == 2
    assert err.startswith("pubrecords: error:") and "Traceback" not in err


def test_diff_seeds_text_json_and_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = seed_paths()
    code, out, _ = run(capsys, "diff", old, new)
    assert code == 0
    assert "+ Canada CIFAR AI Chair" in out
    assert "+ Visibility into AI Agents  [listed 3 times]" in out
    assert "- Thinker: Learning to Plan and Act" in out
    code, out, _ = run(capsys, "diff", "--json", old, new)
    data = json.loads(out)
    assert data["roles"]["added"] == ["Canada CIFAR AI Chair"]
    assert data["publications"]["works_before"] == 11
    code, _, _ = run(capsys, "diff", "--exit-code", old, new)
    assert code == 1
    code, out, _ = run(capsys, "diff", "--exit-code", new, new)
    assert code == 0 and "No differences." in out


def test_check_names_each_list_marked_incomplete_in_a_bibtex_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{a, author = {Roe, Jane and Doe, John and others}, title = {Tidal Engines},"
        " journal = {J. Tides}, year = 2020}\n"
        "@article{b, author = {Roe, Jane}, title = {Quiet Engines}, journal = {J. Tides},"
        " year = 2021}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", "-q", str(bib))
    assert code == 0
    section = out.split("Author lists (1 marked incomplete)")[1].split("Repairs")[0]
    assert "Tidal Engines: 2 listed, more not named" in section
    assert "Quiet Engines" not in section
    code, out, _ = run(capsys, "check", "-q", "--json", str(bib))
    listed = json.loads(out)["other_incomplete_author_lists"]
    assert listed == [{"title": "Tidal Engines", "listed": 2}]
