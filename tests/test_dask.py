"""The Dask path (``pubrecords.dask``) gives exactly the in-process groups and merged
records: on the real benchmark sets and on generated records that collide, on a local
cluster of two worker processes (loopback only)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

import dask.bag as db
from distributed import Client, LocalCluster
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubrecords
from pubrecords import Person, Publication
from pubrecords import dask as pdask
from pubrecords.dask import stages
from pubrecords.dedup.features import _Features

SETS = ["stroke", "haematology", "respiratory", "cora", "dblp_acm"]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    )
    with cluster, Client(cluster) as c:
        yield c


def _records(name: str) -> list[Publication]:
    from conftest import shared_path

    return pubrecords.read_table(shared_path("benchmarks", "dedup", name, "records.csv"))


@pytest.mark.parametrize("name", SETS)
def test_same_groups_on_real_sets(client: Client, name: str) -> None:
    pubs = _records(name)
    expected = pubrecords.find_duplicates(pubs)
    assert expected, "a benchmark set without duplicates proves nothing"
    stats: dict[str, float] = {}
    got = pdask.find_duplicates(db.from_sequence(pubs, npartitions=4), stats=stats)
    assert stats["records"] == len(pubs)
    assert [g.members for g in got] == [g.members for g in expected]
    assert got == expected  # kinds, scores, parts, labels and evidence too


@pytest.mark.parametrize("name", ["cora", "haematology"])
def test_same_merged_records_on_real_sets(client: Client, name: str) -> None:
    pubs = _records(name)
    expected = pubrecords.deduplicate(pubs)
    got = pdask.deduplicate(db.from_sequence(pubs, npartitions=3))
    assert len(got) < len(pubs)
    assert got == expected


def test_recurring_titles_as_in_process() -> None:
    """The recurring titles the cluster path computes range by range are
    ``_Features.recurring`` (a rule it mirrors; a change there must show here)."""
    for name in ["cora", "dblp_acm", "haematology"]:
        feats = _Features(_records(name), None)
        rows = stages.sort_titles([list(zip(feats.title, range(feats.n), feats.year, strict=True))])
        assert stages.recurring_titles(rows) == feats.recurring
    years = [2001, 2002, 2003, None]
    pubs = [Publication(title="Editor's notes", year=y) for y in years]
    feats = _Features(pubs, None)
    rows = stages.sort_titles([list(zip(feats.title, range(feats.n), feats.year, strict=True))])
    assert stages.recurring_titles(rows) == feats.recurring == {"editor s notes"}


# ----------------------------------------------------------------------------- generated

_WORDS = ["graph", "minors", "tree", "width", "notes", "on", "the", "theory", "of", "paths"]
_PEOPLE = [
    Person(given="Neil", family="Robertson"),
    Person(given="N.", family="Robertson"),
    Person(given="Paul", family="Seymour"),
    Person(given="Ada", family="Lovelace"),
]


@st.composite
def _publication(draw: st.DrawFn) -> Publication:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6))
    title = " ".join(words)
    if draw(st.booleans()):
        title = title.title() + draw(
            st.sampled_from(["", ".", ", Part II", " (Extended Abstract)"])
        )
    return Publication(
        title=title,
        authors=tuple(draw(st.lists(st.sampled_from(_PEOPLE), max_size=3))),
        year=draw(st.sampled_from([None, 1983, 1984, 1990])),
        doi=draw(st.sampled_from([None, None, "10.1/a", "10.1/b"])),
        venue=draw(st.sampled_from([None, "J. Comb. Theory", "STOC"])),
    )


# (the client's background threads use the random module while examples are drawn)
@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_publication(), min_size=1, max_size=40), st.integers(1, 5))
def test_same_answers_on_generated_records(
    client: Client, pubs: list[Publication], partitions: int
) -> None:
    bag = db.from_sequence(pubs, npartitions=min(partitions, len(pubs)))
    groups = pdask.find_duplicates(bag)
    assert groups == pubrecords.find_duplicates(pubs)
    assert pdask.deduplicate(bag) == pubrecords.deduplicate(pubs)


def test_sorted_pass_crosses_partitions(client: Client) -> None:
    """Near-identical titles sorted next to each other but landing in different ranges
    of the sorted order are still compared (the look-ahead)."""
    people = (_PEOPLE[0],)
    pubs = [
        Publication(title=f"Graph minors {k:03d} structure theorem", authors=people, year=1990)
        for k in range(60)
    ]
    pubs += [Publication(title="Graph minors 030 structure theorems", authors=people, year=1990)]
    expected = pubrecords.find_duplicates(pubs)
    assert expected
    assert pdask.find_duplicates(db.from_sequence(pubs, npartitions=6)) == expected


# ----------------------------------------------------------------------------- readers, writers


def test_files_in_files_out(client: Client, tmp_path: Path) -> None:
    pubs = _records("cora")
    half = len(pubs) // 2
    parts = [pubs[:half], pubs[half:]]
    names = []
    for k, part in enumerate(parts):
        folder = tmp_path / f"in{k}"
        names += pdask.write_jsonl(db.from_sequence(part, npartitions=2), folder)
    bag = pdask.read_jsonl(names)
    assert bag.npartitions == len(names) >= 2
    read_back = bag.compute()
    groups, files = pdask.write_deduplicated(bag, tmp_path / "out")
    assert groups == pubrecords.find_duplicates(read_back)
    assert pdask.read_jsonl(files).compute() == pubrecords.deduplicate(read_back)
    stored = [
        pdask.group_from_dict(json.loads(line))
        for line in (tmp_path / "out" / "groups-00000.jsonl").read_text().splitlines()
    ]
    assert stored == groups


def test_import_pubrecords_does_not_import_dask() -> None:
    code = "import sys, pubrecords; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cli_scheduler_option(client: Client) -> None:
    """``--scheduler ADDRESS`` (cli/cluster.py) runs on that cluster, same groups."""
    import argparse

    from pubrecords.cli.cluster import add_cluster_arguments, cluster_find_duplicates

    parser = argparse.ArgumentParser()
    add_cluster_arguments(parser)
    pubs = _records("stroke")
    seen: list[tuple[str, int, int | None]] = []
    args = parser.parse_args(["--scheduler", client.scheduler.address])
    groups = cluster_find_duplicates(args, pubs, lambda *a: seen.append(a))
    assert groups == pubrecords.find_duplicates(pubs)
    assert any(stage == "dask:score" and done == total for stage, done, total in seen)
    assert cluster_find_duplicates(parser.parse_args([]), pubs, None) is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--workers", "0"])


def test_cli_refuses_decisions_on_a_cluster() -> None:
    """Review decisions are not applied on the cluster path: refused, not ignored."""
    import argparse

    from pubrecords.cli.cluster import cluster_find_duplicates
    from pubrecords.errors import InputError

    args = argparse.Namespace(workers=2, scheduler=None, decisions="pairs.csv")
    with pytest.raises(InputError, match="--decisions"):
        cluster_find_duplicates(args, [], None)


def test_records_put_away_come_back_equal(tmp_path: Path) -> None:
    """Workers keep records in files, each encoded as its fields (``stages.encode``):
    what comes back is equal to what went in, field by field."""
    extra = Publication(title="Graph Minors", authors=(_PEOPLE[0], _PEOPLE[2]), year=1983)
    pubs = [*_records("cora")[:200], extra]
    back = [stages.decode(stages.encode(p)) for p in pubs]
    assert back == pubs
    assert [b.source_entry for b in back] == [p.source_entry for p in pubs]
    shard = stages.stash(pubs)
    assert stages.records_of(shard) == pubs
    stages.discard(shard)
    assert not Path(shard.path).exists()
