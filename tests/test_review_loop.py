"""Issue #13 on the command line: review maybe pairs, decide, apply; merge options and the
merge report; merge conservation and the decisions round trip as properties."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubrecords import Person, Publication, Source, deduplicate, parse_bibtex
from pubrecords.cli import main
from pubrecords.dedup import DuplicateGroup, Evidence
from pubrecords.dedup.review import read_decisions, record_id, write_review

# Invented records: one paper twice where one copy lacks its journal and year (a maybe),
# one paper twice in the same journal, volume and pages (a variant: merged), two others.
BIB = """\
@article{okafor2019,
  author = {Okafor, Chiamaka and Lindqvist, Sigrid},
  title = {Quorum Lattices for Online Reconfiguration},
  journal = {Journal of Distributed Systems},
  year = {2019}, volume = {12}, pages = {101--120}
}
@misc{okafor2019b,
  author = {Okafor, Chiamaka and Lindqvist, Sigrid},
  title = {Quorum lattices for online reconfiguration},
  note = {preprint copy}
}
@article{tanaka2021,
  author = {Tanaka, Haruto and Berg, Ines},
  title = {Tidal Energy Forecasting with Sparse Buoys},
  journal = {Ocean Engineering},
  year = {2021}, volume = {5}, number = {2}, pages = {33--47}
}
@article{tanaka2021dup,
  author = {Tanaka, H. and Berg, I.},
  title = {Tidal energy forecasting with sparse buoys},
  journal = {Ocean Eng.},
  year = {2021}, volume = {5}, number = {2}, pages = {33--47}
}
@article{rossi2018,
  author = {Rossi, Marco},
  title = {Glacier Melt Under Volcanic Ash},
  journal = {Cryosphere Letters}, year = {2018}, volume = {3}, pages = {1--9}
}
@inproceedings{nkemelu2020,
  author = {Nkemelu, Obi},
  title = {Compilers for Tiny Robots},
  booktitle = {Proceedings of the Workshop on Small Machines}, year = {2020}, pages = {12--18}
}
"""

ALL_KEYS = {"okafor2019", "okafor2019b", "tanaka2021", "tanaka2021dup", "rossi2018", "nkemelu2020"}


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def exported_keys(path: Path) -> list[str]:
    return [e.key or "" for e in parse_bibtex(path.read_text(encoding="utf-8"))]


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the round trip


def test_review_round_trip_merges_a_maybe_pair_decided_same(
    bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.csv"
    code, out, err = cli(capsys, "duplicates", "-q", str(bib), "--review", str(pairs))
    assert code == 0, err
    assert out.startswith("6 records; 1 group(s) of duplicates (1 variant) covering 2 records")
    assert "1 maybe pair(s) for review" in out and "Maybe pairs (1)" in out
    assert "wrote 1 pair(s) to review" in err and "'decision' column" in err
    [row] = read_csv(pairs)
    assert (row["rule"], row["decision"]) == ("maybe", "")
    assert {row["a_key"], row["b_key"]} == {"okafor2019", "okafor2019b"}
    assert row["a_title"].lower() == row["b_title"].lower()  # side by side
    assert "container" in row["reason"]

    # before deciding: the maybe pair is left apart, and export says so
    plain = tmp_path / "plain.bib"
    code, _, err = cli(capsys, "export", str(bib), "-o", str(plain))
    assert code == 0, err
    assert set(exported_keys(plain)) == ALL_KEYS - {"tanaka2021dup"}
    assert "1 maybe pair(s) left unmerged" in err and "duplicates FILES --review" in err

    row["decision"] = "same"
    write_csv(pairs, [row])
    merged = tmp_path / "merged.bib"
    code, _, err = cli(capsys, "export", str(bib), "--decisions", str(pairs), "-o", str(merged))
    assert code == 0, err
    keys = exported_keys(merged)
    assert sorted(keys) == sorted(ALL_KEYS - {"tanaka2021dup", "okafor2019b"})
    assert "key 'okafor2019b' folded into 'okafor2019'" in err
    assert "maybe pair" not in err
    [entry] = [e for e in parse_bibtex(merged.read_text()) if e.key == "okafor2019"]
    assert "okafor2019b" in entry.extra.get("ids", "")  # the folded key stays findable

    # the decision holds for duplicates and check too
    code, out, _ = cli(capsys, "duplicates", "-q", str(bib), "--decisions", str(pairs))
    assert code == 0
    assert "2 group(s) of duplicates" in out and "maybe" not in out.split("\n")[0]
    assert "your decision: same (okafor2019 = okafor2019b)" in out
    code, out, _ = cli(capsys, "check", "-q", str(bib), "--decisions", str(pairs))
    assert code == 0
    assert "Duplicates merged (2)" in out and "Maybe duplicates, not merged (0)" in out
    code, out, _ = cli(capsys, "check", "-q", str(bib))
    assert "Duplicates merged (1)" in out and "Maybe duplicates, not merged (1)" in out


def test_review_all_and_decision_different_keeps_a_would_merge_pair_apart(
    bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.csv"
    code, _, err = cli(capsys, "duplicates", "-q", str(bib), "--review", str(pairs), "--all")
    assert code == 0, err
    rows = read_csv(pairs)
    assert sorted(r["rule"] for r in rows) == ["maybe", "variant"]
    [variant] = [r for r in rows if r["rule"] == "variant"]
    assert {variant["a_key"], variant["b_key"]} == {"tanaka2021", "tanaka2021dup"}
    variant["decision"] = "different"
    write_csv(pairs, rows)

    out_bib = tmp_path / "out.bib"
    code, _, err = cli(capsys, "export", str(bib), "--decisions", str(pairs), "-o", str(out_bib))
    assert code == 0, err
    assert set(exported_keys(out_bib)) == ALL_KEYS
    assert "folded" not in err
    code, out, _ = cli(capsys, "duplicates", "-q", str(bib), "--decisions", str(pairs))
    assert out.startswith("6 records; 0 group(s) of duplicates; 1 maybe pair(s)")


def test_merge_identical_leaves_variants_unmerged(
    bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.bib"  # rossi2018 again under another key: identical
    copy.write_text(
        "@article{rossi2018copy,\n  author = {Rossi, Marco},\n"
        "  title = {Glacier Melt Under Volcanic Ash},\n  journal = {Cryosphere Letters},"
        " year = {2018}, volume = {3}, pages = {1--9}\n}\n",
        encoding="utf-8",
    )
    out_bib = tmp_path / "out.bib"
    args = ("export", str(bib), str(copy), "-o", str(out_bib))
    code, _, err = cli(capsys, *args, "--merge", "identical")
    assert code == 0, err
    assert set(exported_keys(out_bib)) == ALL_KEYS  # the variant pair stays two entries
    assert "key 'rossi2018copy' folded into 'rossi2018'" in err
    assert "1 group(s) of variant records left unmerged (--merge identical)" in err
    code, _, err = cli(capsys, *args)  # the default: variants merged too
    assert set(exported_keys(out_bib)) == ALL_KEYS - {"tanaka2021dup"}
    code, _, err = cli(capsys, *args, "--keep-duplicates")
    assert set(exported_keys(out_bib)) == ALL_KEYS | {"rossi2018copy"}
    assert "folded" not in err


def test_merge_report_lists_every_folded_record(
    bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("decision,a_key,b_key\nsame,okafor2019b,okafor2019\n", encoding="utf-8")
    report = tmp_path / "merged.csv"
    code, _, err = cli(
        capsys, "export", "-q", str(bib), "--decisions", str(decisions),
        "--merge-report", str(report), "-o", str(tmp_path / "out.bib"),
    )  # fmt: skip
    assert code == 0, err
    rows = read_csv(report)
    assert list(rows[0]) == [
        "kept_id", "folded_id", "kind", "decided", "kept_title", "folded_title", "folded_source"
    ]  # fmt: skip
    by_folded = {r["folded_id"]: r for r in rows}
    assert set(by_folded) == {"okafor2019b", "tanaka2021dup"}
    tanaka = by_folded["tanaka2021dup"]
    assert (tanaka["kept_id"], tanaka["kind"]) == ("tanaka2021", "variant")
    assert tanaka["decided"] == "one publication: the same container, volume and pages"
    assert tanaka["kept_title"] == "Tidal Energy Forecasting with Sparse Buoys"
    assert tanaka["folded_title"] == "Tidal energy forecasting with sparse buoys"
    assert tanaka["folded_source"].endswith("refs.bib:18 [tanaka2021dup]")
    okafor = by_folded["okafor2019b"]
    assert (okafor["kept_id"], okafor["decided"]) == ("okafor2019", "your decision: same")

    code, _, _ = cli(
        capsys, "export", "-q", str(bib), "--keep-duplicates", "--merge-report", str(report)
    )
    assert code == 0 and report.read_text().splitlines() == [",".join(rows[0])]


def test_records_without_keys_are_named_when_folded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "title,authors,year\n"
        "Glacier Melt Under Volcanic Ash,Marco Rossi,2018\n"
        "Glacier melt under volcanic ash,M. Rossi,2018\n",
        encoding="utf-8",
    )
    code, _, err = cli(capsys, "export", str(table), "--to", "json", "-o", str(tmp_path / "o"))
    assert code == 0
    assert (
        f"merged: record at {table} row 2 folded into the record at {table} row 1: "
        "'Glacier melt under volcanic ash'" in err
    )
    code, _, err = cli(capsys, "export", "-q", str(table), "-o", str(tmp_path / "o"))
    assert err == ""  # quiet: a record without a key loses no citation key


@pytest.mark.parametrize("command", ["duplicates", "export", "check"])
@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("title,year\nX,2000\n", "not a review file (no column a_key, b_key, decision)"),
        ("decision,a_key,b_key\nmaybe,a,b\n", "line 2: decision 'maybe'"),
        ("decision,a_key,b_key\nsame,a,\n", "line 2: a_key and b_key are needed"),
        (b"decision,a_key,b_key\n\xff\xfe\x00same", "not a UTF-8 CSV"),
    ],
)
def test_bad_decisions_file_is_one_clear_line(
    bib: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    content: str | bytes,
    needle: str,
) -> None:
    bad = tmp_path / "bad.csv"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    code, out, err = cli(capsys, command, "-q", str(bib), "--decisions", str(bad))
    assert code == 2
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("pubrecords: error:") and needle in line


def test_decisions_naming_other_records_are_warned_about(
    bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.csv"
    other.write_text("decision,a_key,b_key\nsame,zz1,zz2\n", encoding="utf-8")
    code, _, err = cli(capsys, "export", "-q", str(bib), "--decisions", str(other), "-o", "-")
    assert code == 0
    assert "warning: the decisions name 2 record(s) not in the input, e.g. 'zz1'" in err


def test_all_needs_review(bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "duplicates", str(bib), "--all")
    assert code == 2 and "--all goes with --review" in err


# --------------------------------------------------------------------------- properties

WORDS = ("graph", "minor", "quorum", "lattice", "tidal", "glacier", "robot", "prior")
SURNAMES = ("Lee", "Okafor", "Tanaka", "Rossi", "Berg")


@st.composite
def records_and_forced_pairs(draw: st.DrawFn) -> tuple[list[Publication], list[tuple[int, int]]]:
    n = draw(st.integers(2, 12))
    pubs: list[Publication] = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
        names = draw(st.lists(st.sampled_from(SURNAMES), min_size=1, max_size=3, unique=True))
        keyed = draw(st.booleans())
        pubs.append(
            Publication(
                title=" ".join(words).capitalize(),
                authors=tuple(Person(family=s) for s in names),
                year=draw(st.one_of(st.none(), st.integers(2000, 2003))),
                venue=draw(st.sampled_from([None, "Journal of Graphs", "Proc. Robots"])),
                key=f"k{i}" if keyed else None,
                provenance=(Source("test", row=i),),
            )
        )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1]),
            max_size=4,
        )
    )
    return pubs, pairs


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records_and_forced_pairs())
def test_merge_conserves_every_record_and_key(
    drawn: tuple[list[Publication], list[tuple[int, int]]],
) -> None:
    pubs, forced = drawn
    ids = [record_id(p) for p in pubs]
    decisions = {(ids[i], ids[j]): "same" for i, j in forced if ids[i] != ids[j]}
    out = deduplicate(pubs, decisions=decisions)

    home: dict[int, int] = {}  # input row -> the output record holding its provenance
    for n, record in enumerate(out):
        for source in record.provenance:
            assert source.row is not None and source.row not in home, "a record in two outputs"
            home[source.row] = n
    assert sorted(home) == list(range(len(pubs)))  # every record in exactly one output

    for i, pub in enumerate(pubs):
        record = out[home[i]]
        assert record is pub or any(m is pub for m in record.merged_from)
        if pub.key:  # no key lost: the output's key, or one of its ids
            ids_kept = record.extra.get("ids", "").split(",")
            assert pub.key == record.key or pub.key in ids_kept
    for i, j in forced:  # decided "same": merged, whatever the rule says
        if ids[i] != ids[j]:
            assert home[i] == home[j]


cell = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=12
)
key = cell.filter(lambda k: k == k.strip() and k != "")


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(key, cell), min_size=2, max_size=8, unique_by=lambda t: t[0]),
    st.data(),
)
def test_decisions_round_trip_through_the_review_file(
    keyed_titles: list[tuple[str, str]], data: st.DataObject
) -> None:
    pubs = [Publication(title=title, key=k) for k, title in keyed_titles]
    n = len(pubs)
    pairs = data.draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    groups = [
        DuplicateGroup(
            members=pair, kind="maybe", score=0.5, evidence=(Evidence("decided", None, "?"),)
        )
        for pair in pairs
    ]
    text = write_review(None, pubs, groups)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(pairs)
    choices = data.draw(
        st.lists(st.sampled_from(["same", "different", "", "S", " d "]), min_size=len(rows),
                 max_size=len(rows))
    )  # fmt: skip
    expected: dict[tuple[str, str], str] = {}
    for row, choice in zip(rows, choices, strict=True):
        row["decision"] = choice
        value = {"s": "same", "d": "different"}.get(choice.strip().lower(), choice.strip())
        if value:
            a, b = row["a_key"], row["b_key"]
            expected[(a, b) if a <= b else (b, a)] = value
    with tempfile.TemporaryDirectory() as folder:  # (no tmp_path: hypothesis reruns)
        filled = Path(folder) / "pairs.csv"
        write_csv(filled, rows)
        assert read_decisions(filled) == expected
    # the decisions name the records by their own ids
    assert {x for pair in expected for x in pair} <= {record_id(p) for p in pubs}
