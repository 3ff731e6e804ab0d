"""Benchmark: clean 100k generated abstracts (target: <= 5 s).

Abstracts are 1-2k characters of generated prose with a realistic mix of defects
(display markers spliced mid-word, LaTeX escapes, quotes and math, lost spaces around
"&" and quotes, URLs, odd whitespace); about a third are clean, 5% are cut short
mid-sentence. Prints the time of
``clean_text`` over the abstracts, of ``clean_publication`` over whole records, and,
as a peer measured in the same run, pylatexenc's ``LatexNodes2Text`` (LaTeX only, on a
sample, extrapolated) for a ratio.

    .venv/bin/python benchmarks/bench_clean.py [--n 100000] [--peer-sample 2000]
"""

from __future__ import annotations

import argparse
import random
import time

from pubrecords import Person, Publication, clean_publication, clean_text

WORDS = [
    "we",
    "propose",
    "a",
    "novel",
    "method",
    "for",
    "learning",
    "representations",
    "of",
    "data",
    "that",
    "generalize",
    "across",
    "tasks",
    "and",
    "domains",
    "our",
    "approach",
    "combines",
    "contrastive",
    "objectives",
    "with",
    "a",
    "generative",
    "model",
    "results",
    "show",
    "consistent",
    "improvements",
    "over",
    "strong",
    "baselines",
    "on",
    "image",
    "text",
    "and",
    "audio",
    "benchmarks",
    "while",
    "using",
    "fewer",
    "parameters",
    "the",
    "analysis",
    "reveals",
    "why",
    "scaling",
    "helps",
    "and",
    "where",
    "it",
    "fails",
    "robustness",
    "calibration",
    "interpretability",
    "alignment",
    "agents",
    "reward",
    "models",
    "transformers",
    "diffusion",
    "policies",
    "planning",
    "uncertainty",
    "evaluation",
]

DEFECTS = [
    lambda w: w[: len(w) // 2] + "… (see more)" + w[len(w) // 2 :],  # marker mid-word
    lambda w: w + "… (see more)",  # marker before a space
    lambda w: f"{w} of 70.48\\%",
    lambda w: f"``{w}''",
    lambda w: f"`{w}'",
    lambda w: f'readily"{w}"the',
    lambda w: f"{w}&{w}",
    lambda w: f"prompted,&{w}",
    lambda w: f"$x^2$ {w}",
    lambda w: f"Jos\\'e {w}",
    lambda w: f"{w} 2--3",
    lambda w: f"{w} https://example.org/{w}?a=1&b=2",
    lambda w: f"{w}  \n {w}",
    lambda w: f"AT&T {w}",
    lambda w: f"the model's {w}",
]


GIVEN = [
    r"Ada",
    r"Alan",
    r"Grace",
    r"Jos'e",
    r"Fran\c{c}ois",
    r"Ren'ee",
    r"Zo\"e",
    r"Li",
    r"Wei",
    r"Maria",
    r"Jo\~ao",
    r"Ahmed",
]
FAMILY = [
    r"Lovelace",
    r"Turing",
    r"Hopper",
    r"Hern'andez",
    r"M\"uller",
    r"Garc'ia",
    r"Chen",
    r"Wang",
    r"Smith",
]


def make_people(rng: random.Random, n: int) -> list[Person]:
    """A pool of co-authors (they repeat across a profile's records, as in real data)."""
    return [
        Person(
            given=rng.choice(GIVEN), family=f"{rng.choice(FAMILY)}{rng.choice(['', 'son', 'i'])}"
        )
        for _ in range(n)
    ]


def make_abstract(rng: random.Random) -> str:
    target = rng.randint(1000, 2000)
    defect_rate = rng.choice([0.0, 0.01, 0.03])
    out: list[str] = []
    size = 0
    sentence_left = rng.randint(8, 25)
    while size < target:
        word = rng.choice(WORDS)
        if rng.random() < defect_rate:
            word = rng.choice(DEFECTS)(word)
        sentence_left -= 1
        if sentence_left == 0:
            word += "."
            sentence_left = rng.randint(8, 25)
        out.append(word)
        size += len(word) + 1
    if rng.random() < 0.05:  # cut short mid-sentence, as a page's preview leaves it
        return " ".join(out[: len(out) // 2]).rstrip(".") + " and"
    text = " ".join(out)
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--peer-sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    abstracts = [make_abstract(rng) for _ in range(args.n)]
    chars = sum(map(len, abstracts))
    print(f"{args.n} abstracts, {chars / 1e6:.1f} M characters, mean {chars / args.n:.0f}")

    # Wall time and this process's CPU time: on a shared machine the CPU time is the
    # figure that does not depend on what else runs.
    started, cpu = time.perf_counter(), time.process_time()
    repairs = 0
    for text in abstracts:
        repairs += len(clean_text(text, "abstract")[1])
    ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"clean_text:        {ours:6.2f} s wall, {ours_cpu:6.2f} s CPU "
        f"({ours_cpu / args.n * 1e6:.1f} us/abstract)  target <= 5 s"
    )
    print(f"repairs recorded:  {repairs}")

    people = make_people(rng, 3000)
    pubs = [
        Publication(
            title=f"A study of {rng.choice(WORDS)} {rng.choice(WORDS)}",
            abstract=text,
            authors=tuple(rng.sample(people, rng.randint(1, 8))),
        )
        for text in abstracts
    ]
    started, cpu = time.perf_counter(), time.process_time()
    flags = [not clean_publication(p).abstract_complete for p in pubs]
    records, records_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"clean_publication: {records:6.2f} s wall, {records_cpu:6.2f} s CPU (title, abstract, "
        f"1-8 authors from a pool of 3000 names)"
    )
    cut = [text.endswith(" and") for text in abstracts]
    right = sum(f == c for f, c in zip(flags, cut, strict=True))
    print(f"flagged cut:       {sum(flags)} (of {sum(cut)} cut); right on {right}/{args.n}")

    try:
        from pylatexenc.latex2text import LatexNodes2Text  # type: ignore[import-untyped]
    except ImportError:
        print("peer: pylatexenc not installed")
        return
    sample = abstracts[: args.peer_sample]
    converter = LatexNodes2Text()
    cpu = time.process_time()
    for text in sample:
        converter.latex_to_text(text)
    peer = (time.process_time() - cpu) / len(sample) * args.n
    print(
        f"peer pylatexenc latex_to_text (LaTeX only, {len(sample)} sampled, extrapolated to "
        f"{args.n}): {peer:6.1f} s CPU  -> clean_text is {peer / ours_cpu:.0f}x faster"
    )


if __name__ == "__main__":
    main()
