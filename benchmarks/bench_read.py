"""Benchmark: reading profile pages of 1k, 10k and 100k publications.

Generates invented pages laid out like the seed pages (title, author lines, an optional
abstract; some records without authors or abstract, some ``… (see N more)`` markers),
reads each with :func:`pubrecords.parse_profile` and prints the wall and CPU time, the time per
publication, the ratio to the previous size (linear growth means ratio ≈ 10) and how many
records were read back exactly. A floor is measured in the same run: splitting the same
text into lines and words (any reader must at least do that).

Targets (issue 2): 10k publications under 0.5 s; growth linear.

RIS (issue 14): a file of 100k records, built by repeating the records of the real files
in ``tests/fixtures/ris`` (Scopus, Embase, ProQuest, PubMed and Ovid through Zotero, a
Zotero library, EndNote-style), read with :func:`pubrecords.read_ris`; rispy's own
``rispy.loads`` on the same text is measured in the same run as a peer, and so is reading
the file as text (``pubrecords.read_text``, the floor of any reader). Target: 2 s.

Zotero CSV (issue 14): 100k rows made of the stroke review set's records (so author cells
repeat, about 77 times each: the reader parses each distinct cell once); then the same with every
author cell distinct, only the names repeating (the reader parses each distinct name once).
Target: 1 s.

Every time includes the first garbage collection after the read (see ``_timed``).

Run:  .venv/bin/python benchmarks/bench_read.py [--sizes 1000,10000,100000] [--repeat 3]
          [--ris-records 100000] [--table-rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import random
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pubrecords import (
    Publication,
    PubrecordsError,
    parse_profile,
    read_ris,
    read_table,
    read_text,
)

T = TypeVar("T")

GIVEN = [
    "Amara",
    "Bao",
    "Chiara",
    "Dmitri",
    "Elif",
    "Femi",
    "Giulia",
    "Hamid",
    "Ines",
    "Jae",
    "Kofi",
    "Laila",
    "Mateo",
    "Noor",
    "Oskar",
    "Priya",
    "Qing",
    "Rania",
    "Selin",
    "Tariq",
    "Uma",
    "Viktor",
    "Wen",
    "Xavier",
    "Yusuf",
    "Zainab",
    "Aiko",
    "Björn",
    "Kenji",
    "Ngozi",
]
FAMILY = [
    "Okafor",
    "Lindqvist",
    "Nakamura",
    "Fernández",
    "Kowalczyk",
    "Haddad",
    "Mensah",
    "Ivanova",
    "Takahashi",
    "Ramírez",
    "Nguyen",
    "Oyelaran",
    "Bianchi",
    "Dubois",
    "Haugen",
    "Kapoor",
    "Moreau",
    "Novak",
    "Petrov",
    "Silva",
    "Tanaka",
    "Yilmaz",
    "Zhou",
    "Adeyemi",
    "Brandt",
    "Castillo",
    "Duarte",
    "Eriksen",
    "Hosseini",
    "Jovanović",
]
PARTICLES = ["", "", "", "", "van der ", "de ", "della ", "bin "]
TOPIC = [
    "Graph",
    "Sparse",
    "Tidal",
    "Causal",
    "Robust",
    "Bayesian",
    "Spectral",
    "Federated",
    "Neural",
    "Quantum",
    "Acoustic",
    "Contrastive",
    "Hierarchical",
    "Adaptive",
    "Stochastic",
    "Latent",
]
THING = [
    "Models",
    "Priors",
    "Networks",
    "Kernels",
    "Forecasts",
    "Sensors",
    "Estimators",
    "Policies",
    "Embeddings",
    "Agents",
    "Representations",
    "Transformers",
    "Samplers",
    "Benchmarks",
]
TAIL = [
    "for Coastal Monitoring",
    "under Distribution Shift",
    "at Scale",
    "with Missing Data",
    ": A Case Study",
    "in Small Molecules",
    "",
]
SENTENCES = [
    "We study how {a} behave when the data are scarce and noisy.",
    "Our method combines {a} with a simple calibration step.",
    "Experiments on four benchmarks show consistent gains over strong baselines.",
    "The analysis explains when the approach fails and how to detect it early.",
    "Code and data are released to support reproducible research.",
    "We further show that the same idea applies to sequential decision making.",
]


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN)
    if rng.random() < 0.2:
        given += f" {rng.choice('ABCDEFGHJKLMNPRST')}."
    return f"{given} {rng.choice(PARTICLES)}{rng.choice(FAMILY)}"


def _title(rng: random.Random) -> str:
    return f"{rng.choice(TOPIC)} {rng.choice(THING)} {rng.choice(TAIL)}".strip().replace(" :", ":")


def _abstract(rng: random.Random) -> str:
    parts = rng.sample(SENTENCES, rng.randint(3, 6))
    text = " ".join(p.format(a=rng.choice(THING).lower()) for p in parts)
    cut = rng.randint(40, min(140, len(text) - 10))
    return f"{text[:cut]}… (see more){text[cut:]}"


Truth = tuple[int, str, list[str], int | None, bool]


def generate_page(n: int, seed: int = 0) -> tuple[str, list[Truth]]:
    """An invented profile page of ``n`` publications, and what each record holds.

    Each record's truth is (line of its title, title, author lines, hidden count, has an
    abstract).
    """
    rng = random.Random(seed)
    lines = [
        "Portrait of Ada Example-Brandt",
        "",
        "Ada Example-Brandt",
        "",
        "Core Academic Member",
        "Assistant professor, Université Exemple, Department of Informatics",
        "Research Topics",
        "Probabilistic Modelling",
        "",
        "Biography",
        "",
        "Ada Example-Brandt studies invented things for benchmarks.",
        "",
        "Publications",
        "",
    ]
    truth = []
    for _ in range(n):
        title = _title(rng)
        k = rng.choice((0, 1, 2, 3, 3, 4, 5, 6))
        names = list(dict.fromkeys(_name(rng) for _ in range(k)))
        k = len(names)
        hidden = rng.randint(1, 12) if k and rng.random() < 0.1 else None
        has_abstract = rng.random() < 0.7
        lines.append(title)
        line = len(lines)
        for i, name in enumerate(names):
            marker = f"… (see {hidden} more)" if hidden and i == k - 1 else ""
            lines.append(name + (" " if marker else "") + marker)
        if has_abstract:
            lines.append(_abstract(rng))
        truth.append((line, title, names, hidden, has_abstract))
    return "\n".join(lines) + "\n", truth


_COLD = """
import gc, sys, time
from pubrecords import parse_profile
text = open(sys.argv[1], encoding="utf-8").read()
gc.collect()
start, start_cpu = time.perf_counter(), time.process_time()
parse_profile(text)
gc.collect(0)
print(time.perf_counter() - start, time.process_time() - start_cpu)
"""


def cold_read(text: str) -> tuple[float, float]:
    """Wall and CPU time of reading ``text`` once in a new Python process (pubrecords
    imported first, not timed): what a first read costs, with no cache of the readers warm
    (the best-of-N figures read the same page again, so the readers' caches of author
    lines and words are warm from the second run on)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-c", _COLD, str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    return float(out[0]), float(out[1])


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU time of ``repeat`` runs, each with the first garbage
    collection after it (see :func:`_timed`)."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        w, c, _ = _timed(fn)
        wall, cpu = min(wall, w), min(cpu, c)
    return wall, cpu


def _timed(fn: Callable[[], T]) -> tuple[float, float, T]:
    """Wall and CPU time of ``fn()`` and of the garbage collection of the objects it made.

    The readers turn the cyclic garbage collector off while they build records (it would
    walk the growing list of records again and again); the objects they made are then
    walked once by the first collection after they return, which the caller pays: it is
    timed here (``gc.collect(0)``, the collection that would run next), so that the figure
    is what reading costs a program.
    """
    gc.collect()
    start, start_cpu = time.perf_counter(), time.process_time()
    result = fn()
    gc.collect(0)
    return time.perf_counter() - start, time.process_time() - start_cpu, result


def _floor(text: str) -> None:
    for line in text.split("\n"):
        line.split()


BAD_INPUTS: dict[str, Callable[[], str]] = {
    "empty text": lambda: "",
    "random bytes (latin-1)": lambda: bytes(
        random.Random(1).randrange(256) for _ in range(1_000_000)
    ).decode("latin-1"),
    "5 MB single line": lambda: "x" * 5_000_000,
    "5 MB line of words in a list": lambda: (
        "Portrait of A B\n\nA B\n\nPublications\n\n" + "word " * 1_000_000
    ),
    "5 MB line ending '(see 3 more)'": lambda: (
        "Portrait of A B\n\nA B\n\nPublications\n\nT\n" + "(see more) … " * 400_000 + "(see 3 more)"
    ),
    "page without publications": lambda: "Portrait of A B\n\nA B\n\nBiography\n\nText.\n",
    "page of only headings": lambda: "Research Topics\nBiography\nCurrent Students\nPublications\n",
}


def bad_inputs() -> None:
    """Time each bad input (limit 1 s): a Profile or one of our errors, never a crash."""
    print("\nbad input (limit 1 s each):")
    for label, make in BAD_INPUTS.items():
        text = make()
        start = time.perf_counter()
        try:
            profile = parse_profile(text)
            outcome = f"Profile, {len(profile.publications)} publications"
        except PubrecordsError as exc:
            outcome = f"{type(exc).__name__}: {str(exc)[:60]}"
        seconds = time.perf_counter() - start
        verdict = "OK" if seconds < 1.0 else "TOO SLOW"
        print(f"  {label:<32} {seconds:7.3f} s {verdict:<8} {outcome}")


RIS_FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ris"


def ris_text(n: int) -> str:
    """RIS text of ``n`` records: the real files' records, repeated in turn."""
    records = [
        pub.source_entry.raw
        for path in sorted(RIS_FIXTURES.glob("*.ris"))
        for pub in read_ris(path)
        if pub.source_entry is not None
    ]
    return "\n\n".join(records[i % len(records)] for i in range(n)) + "\n"


def bench_ris(n: int) -> None:
    """Read a RIS file of ``n`` records; rispy.loads on the same text as a peer."""
    import rispy

    text = ris_text(n)
    print(
        f"\nRIS: {n} records, {len(text.encode()) / 1e6:.1f} MB (the real files' records repeated)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.ris"
        path.write_text(text, encoding="utf-8")
        wall, cpu, pubs = _timed(lambda: read_ris(path))
        count = len(pubs)
        del pubs
        start_cpu = time.process_time()
        read_text(path)
        floor = time.process_time() - start_cpu
    peer_wall, peer_cpu, peer = _timed(lambda: rispy.loads(text))
    verdict = "OK" if wall <= 2.0 else "OVER TARGET"
    print(
        f"  pubrecords.read_ris: {wall:.2f} s wall, {cpu:.2f} s CPU, {count} records "
        f"(typed, every tag kept) (target <= 2 s): {verdict}"
    )
    print(
        f"  rispy.loads (peer):  {peer_wall:.2f} s wall, {peer_cpu:.2f} s CPU, {len(peer)} records "
        f"(dicts; a repeated tag keeps its first value)"
    )
    print(f"  read_ris / rispy.loads: {wall / peer_wall:.2f}x")
    print(f"  read_text alone (the file as text, floor): {floor:.2f} s CPU")


SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_ZOTERO_COLUMNS = [
    "Key",
    "Item Type",
    "Publication Year",
    "Author",
    "Title",
    "Publication Title",
    "ISBN",
    "ISSN",
    "DOI",
    "Url",
    "Abstract Note",
    "Date",
    "Pages",
    "Issue",
    "Volume",
]


def zotero_csv(n: int, distinct: bool = False) -> str | None:
    """A Zotero-style CSV of ``n`` rows made of the stroke review set's real records.

    ``distinct``: every row's author cell differs from every other's (the names of the
    record, rotated and with the names of another record added), so that only the names
    repeat, as in a real library, not whole cells.
    """
    source = SHARED / "benchmarks" / "dedup" / "stroke" / "records.csv"
    if not source.exists():
        return None
    with source.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_ZOTERO_COLUMNS)
    for i in range(n):
        r = rows[i % len(rows)]
        names = [a.strip() for a in r["authors"].split(" and ") if a.strip()]
        if distinct:
            k = i // len(rows)
            other = rows[(i + 1 + 31 * k) % len(rows)]["authors"].split(" and ")
            names = names[k % max(len(names), 1) :] + names[: k % max(len(names), 1)]
            names += [a.strip() for a in other[: 1 + k % 3] if a.strip()]
        authors = "; ".join(names)
        writer.writerow(
            [
                f"K{i:07d}",
                "journalArticle",
                r["year"],
                authors,
                r["title"],
                r["venue"],
                "",
                "",
                r["doi"],
                "",
                r["abstract"],
                r["year"],
                r["pages"],
                r["issue"],
                r["volume"],
            ]
        )
    return out.getvalue()


def bench_table(n: int) -> None:
    """Read a Zotero-style CSV of ``n`` rows; the csv module's DictReader as the floor."""
    text = zotero_csv(n)
    if text is None:
        print(f"\nZotero CSV: skipped ({SHARED} not found)")
        return
    print(
        f"\nZotero CSV: {n} rows, {len(text.encode()) / 1e6:.1f} MB (the stroke set's records; "
        "best of 3 runs)"
    )
    wall, cpu, count, venues = _read_csv(text)
    start_cpu = time.process_time()
    rows = list(csv.DictReader(io.StringIO(text)))
    floor = time.process_time() - start_cpu
    verdict = "OK" if wall <= 1.0 else "OVER TARGET"
    print(
        f"  pubrecords.read_table: {wall:.2f} s wall, {cpu:.2f} s CPU, {count} records, "
        f"{venues} with a venue (target <= 1 s): {verdict}"
    )
    print(
        f"  csv.DictReader (floor): {floor:.2f} s CPU, {len(rows)} rows; ratio {cpu / floor:.1f}x"
    )
    distinct = zotero_csv(n, distinct=True)
    assert distinct is not None
    wall, cpu, count, _ = _read_csv(distinct)
    print(
        f"  the same, every author cell distinct (only names repeat): {wall:.2f} s wall, "
        f"{cpu:.2f} s CPU, {count} records"
    )


def _read_csv(text: str, repeat: int = 3) -> tuple[float, float, int, int]:
    """Best wall and CPU time of ``repeat`` runs of read_table on ``text`` written to a
    file, records, venues."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "zotero.csv"
        path.write_text(text, encoding="utf-8")
        pubs: list[Publication] = []

        def run() -> None:
            pubs[:] = read_table(path)

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wall, cpu = _best(run, repeat)
    return wall, cpu, len(pubs), sum(1 for p in pubs if p.venue)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ris-records", type=int, default=100000)
    parser.add_argument("--table-rows", type=int, default=100000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    print(
        f"{'pubs':>8} {'lines':>8} {'MB':>6} {'wall s':>8} {'cpu s':>8} {'µs/pub':>7} "
        f"{'ratio':>6} {'floor s':>8} {'x floor':>7} {'exact':>8}"
    )
    previous: float | None = None
    results: dict[int, tuple[float, float]] = {}
    for n in sizes:
        text, truth = generate_page(n, seed=n)
        repeat = args.repeat if n <= 10000 else 1
        profile = parse_profile(text)
        by_line = {pub.provenance[0].line: pub for pub in profile.publications}
        exact = sum(
            1
            for line, title, names, hidden, has_abstract in truth
            if (pub := by_line.get(line)) is not None
            and pub.title == title
            and len(pub.authors) == len(names)
            and pub.hidden_authors == hidden
            and (pub.abstract is not None) == has_abstract
        )
        wall, cpu = _best(lambda text=text: parse_profile(text), repeat)
        _, floor = _best(lambda text=text: _floor(text), repeat)
        ratio = f"{cpu / previous:6.1f}" if previous else "     -"
        print(
            f"{n:>8} {text.count(chr(10)):>8} {len(text.encode()) / 1e6:>6.1f} {wall:>8.3f} "
            f"{cpu:>8.3f} {cpu / n * 1e6:>7.1f} {ratio} {floor:>8.3f} {cpu / floor:>7.1f} "
            f"{exact / max(len(truth), 1):>8.2%}"
        )
        previous = cpu
        results[n] = (wall, cpu)
    print("(ratio, µs/pub and x floor use CPU time, as the machine may be shared; the floor")
    print(" splits the same text into lines and words)")
    if 10000 in results:
        wall, cpu = results[10000]
        verdict = "OK" if cpu < 0.5 else "TOO SLOW"
        print(f"10k publications: {cpu:.3f} s CPU, {wall:.3f} s wall (target < 0.5 s): {verdict}")
        cold_wall, cold_cpu = cold_read(generate_page(10000, seed=10001)[0])
        print(
            f"10k publications, first read of an unseen page in a new process (the readers' "
            f"caches empty): {cold_cpu:.3f} s CPU, {cold_wall:.3f} s wall"
        )
    if 1000 in results and 100000 in results:
        per_1k = results[1000][1] / 1000
        per_100k = results[100000][1] / 100000
        print(f"CPU time per publication, 100k vs 1k: {per_100k / per_1k:.2f}x (1.0 = linear)")
    bad_inputs()
    if args.ris_records:
        bench_ris(args.ris_records)
    if args.table_rows:
        bench_table(args.table_rows)


if __name__ == "__main__":
    main()
