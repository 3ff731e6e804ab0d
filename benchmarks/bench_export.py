"""Export speed: 100k publications to BibTeX and to CSL-JSON, against bibtexparser and pybtex.

Targets (issue 6): BibTeX <= 1.5 s, CSL-JSON <= 1 s for 100k records. In the same run it
times bibtexparser 2's writer (default and in-place middleware) and pybtex's BibTeX writer
on the same records (their writers get the fields already as strings: they do no LaTeX
escaping, no title protection, no name formatting and no key generation, so they do less
work than ours). "CSL-JSON" is ``to_csl_json`` (what ``write_csl_json`` and the CLI write);
``json.dumps(to_csl(...))`` is printed beside it.

    python benchmarks/bench_export.py [N] [--full-pybtex]     # N defaults to 100000

Each figure is the best of 3 runs (5 for the three targets), as wall time and as CPU
time of this process (``time.process_time``): on a shared machine the CPU time says more
about our code. The runs of the three targets take turns (BibTeX, BibTeX ascii,
CSL-JSON, BibTeX, ...), so that a slow spell of the machine does not fall on all the
runs of one figure.

The records are invented: titles, abstracts and names drawn from small word pools, with
the mix of fields of real exports: authors from a pool of 3000 people, as in a real
bibliography where authors repeat (a third with accents, some with particles); a third of
the titles in Title Case (which makes the writer look for proper nouns in the abstract),
some with acronyms or LaTeX specials; abstracts of 80-200 words (about 1.25k characters)
with hyphens, numbers, parentheses, now and then a LaTeX special or a non-ASCII character.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import random
import sys
import time
from collections.abc import Callable

from pubrecords import Kind, Person, Publication, to_bibtex, to_csl, to_csl_json

WORDS = [
    *[
        "learning",
        "deep",
        "neural",
        "networks",
        "models",
        "robust",
        "scaling",
        "laws",
        "agents",
        "planning",
    ],
    *["language", "training", "inference", "data", "graph", "optimisation", "bayesian", "causal"],
    *["representation", "vision", "transformer", "attention", "reward", "policy", "gradient"],
    *["generalisation", "adversarial", "alignment", "interpretability", "benchmark", "estuary"],
    *["salinity", "sensors", "tidal", "forecasting", "kernel"],
]
CAPS = ["LLMs", "AI", "ResNet-50", "BibTeX", "GPUs", "Barlow Twins", "Sokoban", "3D"]
SPECIAL = ["50%", "R&D", "$x^2$", "naïve", "Gödel", "—", "“quoted”", "a_b"]
GIVEN = ["Jane", "José Miguel", "Émile", "Ann-Kathrin", "Stephen", "Ivan", "Aroha", "Mei-Ling"]
FAMILY = ["Doe", "Hernández-Lobato", "Zola", "Chung", "Anokhin", "Ngata", "Krueger", "Müller"]
PARTICLE = ["", "", "", "", "", "", "van der", "de la"]


ABSTRACT_EXTRAS = [
    "state-of-the-art",
    "(see below)",
    "in 2023",
    "12.5",
    "it's",
    "e.g.",
    "self-supervised",
    "p < 0.05",
    "50% & more",
    "x_1",
    "≥ 3",
    "café",
    "–",
    "μ",
]


def records(n: int, seed: int = 1) -> list[Publication]:
    rng = random.Random(seed)
    people = [
        Person(
            given=rng.choice(GIVEN),
            family=rng.choice(FAMILY) + str(i % 97 if i >= len(FAMILY) else ""),
            particle=rng.choice(PARTICLE),
        )
        for i in range(3000)
    ]
    kinds = [Kind.JOURNAL_ARTICLE, Kind.CONFERENCE_PAPER, Kind.PREPRINT, Kind.UNKNOWN]
    out = []
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(5, 12))]
        if rng.random() < 0.33:
            words = [w.capitalize() for w in words]
        words[0] = words[0].capitalize()
        if rng.random() < 0.5:
            words.insert(rng.randint(1, len(words)), rng.choice(CAPS))
        if rng.random() < 0.1:
            words.insert(rng.randint(1, len(words)), rng.choice(SPECIAL))
        abstract = None
        if rng.random() < 0.6:
            body = [rng.choice(WORDS) for _ in range(rng.randint(80, 200))]
            for _ in range(rng.randint(0, 4)):
                body.insert(rng.randrange(len(body)), rng.choice(ABSTRACT_EXTRAS[:8]))
            if rng.random() < 0.3:
                body.insert(rng.randrange(len(body)), rng.choice(ABSTRACT_EXTRAS[8:]))
            abstract = " ".join(body).capitalize() + "."
        kind = rng.choice(kinds)
        out.append(
            Publication(
                title=" ".join(words),
                authors=tuple(rng.sample(people, rng.randint(1, 8))),
                authors_complete=rng.random() < 0.8,
                abstract=abstract,
                year=rng.randint(1990, 2024),
                month=rng.choice([None, rng.randint(1, 12)]),
                venue=rng.choice(["Journal of Machine Learning Research", "NeurIPS", None]),
                kind=kind,
                doi=f"10.1000/{i}" if rng.random() < 0.7 else None,
                arxiv_id=f"2301.{i % 100000:05d}" if kind is Kind.PREPRINT else None,
                url=f"https://example.org/papers/{i}" if rng.random() < 0.3 else None,
                volume=str(rng.randint(1, 40)),
                issue=str(rng.randint(1, 12)),
                pages=f"{rng.randint(1, 500)}-{rng.randint(501, 900)}",
            )
        )
    return out


def best_of(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``runs`` calls of ``fn``."""
    wall = cpu = float("inf")
    for _ in range(runs):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def best_in_turns(runs: int, fns: list[Callable[[], object]]) -> list[tuple[float, float]]:
    """:func:`best_of` for each of ``fns``, their runs taking turns."""
    best = [(float("inf"), float("inf")) for _ in fns]
    for _ in range(runs):
        for i, fn in enumerate(fns):
            wall, cpu = best_of(1, fn)
            best[i] = (min(best[i][0], wall), min(best[i][1], cpu))
    return best


def show(label: str, times: tuple[float, float], note: str = "") -> None:
    wall, cpu = times
    print(f"{label:44s} {wall:7.3f} s  (cpu {cpu:6.3f} s){note}")


def plain_fields(pubs: list[Publication]) -> list[tuple[str, str, dict[str, str]]]:
    """The same records as (type, key, fields) with our written field values."""
    text = to_bibtex(pubs)
    out = []
    for chunk in text.split("\n@")[: len(pubs)]:
        head, _, body = chunk.partition(",\n")
        etype, _, key = head.lstrip("@").partition("{")
        fields = {}
        for line in body.splitlines():
            if line.startswith("  ") and " = " in line:
                name, _, value = line.strip().partition(" = ")
                value = value.rstrip(",")
                fields[name] = value[1:-1] if value.startswith("{") else value
        out.append((etype, key, fields))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 100_000
    pubs = records(n)
    print(f"{n} publications (python {sys.version.split()[0]}, load average {load()})")

    t_bib, t_bib_ascii, t_csl_json = best_in_turns(
        5,
        [
            lambda: to_bibtex(pubs),
            lambda: to_bibtex(pubs, ascii=True),
            lambda: to_csl_json(pubs),
        ],
    )
    t_csl_dumps = best_of(3, lambda: json.dumps(to_csl(pubs), ensure_ascii=False))
    t_csl_items = best_of(3, lambda: to_csl(pubs))
    show("pubrecords to_bibtex (UTF-8)", t_bib, "   target <= 1.5 s")
    show("pubrecords to_bibtex (ascii=True)", t_bib_ascii)
    show("pubrecords to_csl_json (CSL-JSON text)", t_csl_json, "   target <= 1.0 s")
    show("pubrecords json.dumps(to_csl(...))", t_csl_dumps)
    show("pubrecords to_csl (items only)", t_csl_items)

    rows = plain_fields(pubs)

    import bibtexparser
    from bibtexparser import middlewares as m
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field

    def library() -> Library:
        lib = Library()
        for etype, key, fields in rows:
            lib.add(Entry(etype, key, [Field(k, v) for k, v in fields.items()]))
        return lib

    lib = library()
    # (it logs a warning that the default mode copies every block: that is what is timed)
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)
    t_bp = best_of(3, lambda: bibtexparser.write_string(lib))
    inplace = m.default_unparse_stack(allow_inplace_modification=True)
    # in-place mode changes the library: each run gets a fresh one, built untimed
    libs = [library() for _ in range(3)]
    t_bp_inplace = best_of(3, lambda: bibtexparser.write_string(libs.pop(), unparse_stack=inplace))
    ratio = f"   ours/theirs (cpu) {t_bib[1] / t_bp[1]:5.2f}"
    show(f"bibtexparser {bibtexparser.__version__} write_string (default)", t_bp, ratio)
    ratio = f"   ours/theirs (cpu) {t_bib[1] / t_bp_inplace[1]:5.2f}"
    show("bibtexparser write_string (in-place)", t_bp_inplace, ratio)

    try:
        import pybtex
        from pybtex.database import BibliographyData
        from pybtex.database import Entry as PEntry
        from pybtex.database import Person as PPerson
    except ImportError:
        print("pybtex not installed (pip install pybtex): skipped")
        return
    # pybtex's writer takes about 1 ms an entry: it is timed on the first 10k records
    # (and on all of them with --full-pybtex), and the ratio uses our time on the same.
    m_pb = n if "--full-pybtex" in sys.argv else min(n, 10_000)
    entries = {}
    for etype, key, fields in rows[:m_pb]:
        persons = {}
        if "author" in fields:
            names = fields.pop("author").split(" and ")
            persons["author"] = [PPerson(a) for a in names if a != "others"]
        entries[key] = PEntry(etype, fields=fields, persons=persons)
    data = BibliographyData(entries=entries)
    t_pb = best_of(1, lambda: data.to_string("bibtex"))
    t_ours = best_of(3, lambda: to_bibtex(pubs[:m_pb]))
    show(f"pybtex {pybtex.__version__} to_string('bibtex'), {m_pb} records", t_pb)
    show(
        f"pubrecords to_bibtex, the same {m_pb} records",
        t_ours,
        f"   ours/theirs (cpu) {t_ours[1] / t_pb[1]:5.3f}",
    )


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
