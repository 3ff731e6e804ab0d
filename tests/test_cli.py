"""The command line frame: help, bad input, exit codes (no tracebacks)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from pubrecords import FormatError, InputError, detect_format, read_any
from pubrecords.cli import main

SUBCOMMANDS = ("export", "names", "duplicates", "diff", "check")


def test_help_lists_every_subcommand_with_examples() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for name in SUBCOMMANDS:
        assert name in result.stdout
    assert "examples:" in result.stdout


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_each_subcommand_help_shows_an_example(name: str) -> None:
    result = run_cli(name, "--help")
    assert result.returncode == 0, result.stderr
    assert "examples:" in result.stdout
    assert f"pubrecords {name} " in result.stdout.split("examples:", 1)[1]


def _assert_clean_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pubrecords: error:")
    for needle in needles:
        assert needle in lines[0]


def test_missing_file(tmp_path: Path) -> None:
    _assert_clean_failure(run_cli("export", str(tmp_path / "nope.bib")), "no such file")


def test_empty_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    _assert_clean_failure(run_cli("export", str(empty)), "empty")


def test_binary_junk(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    _assert_clean_failure(run_cli("export", str(junk)), "binary")


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Portrait of A B\n\nA B\n\xff\xfe oops\n")
    _assert_clean_failure(run_cli("export", str(bad)), "UTF-8", ":4:")


def test_unknown_format(tmp_path: Path) -> None:
    odd = tmp_path / "refs.docx"
    odd.write_text("not really a docx")
    _assert_clean_failure(run_cli("export", str(odd)), "unsupported format")


def test_malformed_bibtex_is_one_line_naming_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "refs.bib"
    bad.write_text("@article{ok, title={Fine}}\n\n@article{x, title={unbalanced\n")
    _assert_clean_failure(
        run_cli("export", "--strict", str(bad)), "refs.bib:3:", "malformed BibTeX"
    )
    # by default: a warning naming the file and line, the rest exported
    got = run_cli("export", "-q", str(bad))
    assert got.returncode == 0, got.stderr
    assert "pubrecords: warning: " in got.stderr and "refs.bib:3: malformed BibTeX" in got.stderr
    assert "@article{ok," in got.stdout and "Traceback" not in got.stderr


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    _assert_clean_failure(run_cli("export", str(tmp_path)), "directory")


def test_no_input_at_all() -> None:
    _assert_clean_failure(run_cli("export"), "no input")


def test_main_returns_exit_code_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(tmp_path / "missing.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.bib", "@article{k, title={T}}", "bibtex"),
        ("a.csv", "id,title,authors\n1,T,A B\n", "table"),
        ("a.jsonl", '{"title": "T"}\n{"title": "U"}\n', "jsonl"),
        ("a.json", '[{"id": "k", "type": "book"}]', "csl-json"),
        ("a.json", '{"pubrecords": 1, "publications": []}', "pubrecords-json"),
        ("a.txt", "Portrait of A B\n\nA B\n", "profile"),
        ("export", "% comment\n@book{k, title={T}}", "bibtex"),
        ("data", "id,title,authors,venue\n1,T,A,V\n", "table"),
    ],
)
def test_detect_format(name: str, text: str, expected: str) -> None:
    assert detect_format(name, text) == expected


def test_detect_format_rejects_broken_json() -> None:
    with pytest.raises(FormatError):
        detect_format("a.json", "{not json")


def test_read_any_rejects_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.bib"
    path.write_text("   \n\n")
    with pytest.raises(InputError, match="empty"):
        read_any(path)


def test_progress_is_quiet_for_short_jobs_and_shown_for_long_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pubrecords.cli._common import StderrProgress

    now = [100.0]
    progress = StderrProgress(interval=0.5, clock=lambda: now[0])
    for i in range(3):  # a quick stage: all within the first interval
        progress("dedup:features", i, 2)
    assert capsys.readouterr().err == ""
    progress("dedup:compare", 0, 10)
    now[0] += 0.6  # a slow stage: a line after each interval, then its final line
    progress("dedup:compare", 4, 10)
    progress("dedup:compare", 5, 10)  # (within the interval: not shown)
    now[0] += 0.6
    progress("dedup:compare", 8, None)
    progress("dedup:compare", 10, 10)
    progress("dedup:merge", 3, 3)  # finished without a line before: stays quiet
    assert capsys.readouterr().err.splitlines() == [
        "pubrecords: dedup:compare 4/10",
        "pubrecords: dedup:compare 8",
        "pubrecords: dedup:compare 10/10",
    ]
    quiet = StderrProgress(enabled=False, clock=lambda: now[0])
    now[0] += 5
    quiet("x", 1, 2)
    assert capsys.readouterr().err == ""
