"""Build ``src/pubrecords/data/token_ngrams.txt``: how name-like vs title-word-like a token is.

Character n-gram counts (n = 1..4, the word marked at both ends) of the distinct name tokens
and the distinct title words of real publication records, for the profile-page reader
(:mod:`pubrecords.formats.profile_page.tokens`). Only n-gram statistics are stored, no words.

Data (real records only):

- ``/work/shared/benchmarks/dedup/{stroke,haematology,respiratory}/records.csv``: the
  benchmark data of the bib-dedupe project (CoLRev-Environment/bib-dedupe, ``data/``, MIT
  licence), exports of three systematic reviews;
- ``/work/shared/benchmarks/dedup/cora/records.csv``: the Cora citation-matching set;
- ``/work/shared/benchmarks/dedup/dblp_acm/records.csv``: the Leipzig DBLP-ACM set;
- the ``.bib`` and CSL-JSON files of ``/work/shared/corpus/`` (biblatex's and TeX Live's
  examples, JabRef's test libraries, MIT; the deep-review references, CC BY 4.0; see that
  folder's README), read with pubrecords' own readers.

Names: the given and family words of every author (initials and particles skipped); title
words: the words of four letters or more of every title and abstract. Each distinct word
counts once in its class. N-grams seen fewer than ``MIN_COUNT`` times in both classes
together are dropped. The output is deterministic (sorted)::

    python benchmarks/build_token_model.py
"""

from __future__ import annotations

import csv
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

from pubrecords import parse_author_list, read_any
from pubrecords.formats.profile_page.tokens import MAX_N, grams, token_key
from pubrecords.formats.profile_page.words import PARTICLES

DEDUP = Path("/work/shared/benchmarks/dedup")
CORPUS = Path("/work/shared/corpus")
OUT = Path(__file__).resolve().parent.parent / "src" / "pubrecords" / "data" / "token_ngrams.txt"
MIN_COUNT = 3
MIN_TITLE_WORD = 4  # (no function words: a one-word title is a noun)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _name_words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text):
        key = token_key(word)
        if len(key) >= 2 and key not in PARTICLES:
            out.append(key)
    return out


def _title_words(text: str) -> list[str]:
    return [
        key for key in (token_key(w) for w in _WORD.findall(text)) if len(key) >= MIN_TITLE_WORD
    ]


def collect() -> tuple[set[str], set[str], Counter[str]]:
    names: set[str] = set()
    titles: set[str] = set()
    seen: Counter[str] = Counter()
    cache: dict = {}

    def add_person(given: str, family: str) -> None:
        for part in (given, family):
            for piece in part.split():
                if "." in piece or len(piece.strip("-")) <= 1:
                    continue  # an initial
                names.update(_name_words(piece))

    for folder in sorted(DEDUP.iterdir()):
        path = folder / "records.csv"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                seen[folder.name] += 1
                titles.update(_title_words(row.get("title") or ""))
                titles.update(_title_words(row.get("abstract") or ""))
                people, _complete = parse_author_list(row.get("authors") or "", cache=cache)
                for person in people:
                    add_person(person.given, person.family)
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".bib", ".json"):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = read_any(path)
        records = got if isinstance(got, list) else list(got.publications)
        for record in records:
            seen[path.name] += 1
            titles.update(_title_words(record.title or ""))
            titles.update(_title_words(record.abstract or ""))
            for person in record.authors:
                add_person(person.given, person.family)
    return names, titles, seen


def main() -> int:
    names, titles, seen = collect()
    counts: dict[str, list[int]] = {}
    for cls, words in ((0, names), (1, titles)):
        for word in sorted(words):
            for gram in grams(word):
                counts.setdefault(gram, [0, 0])[cls] += 1
    kept = sorted(g for g, (a, b) in counts.items() if a + b >= MIN_COUNT)
    lines = [f"# name and title-word character n-grams (n <= {MAX_N}); see {Path(__file__).name}"]
    lines.append(f"# words\t{len(names)}\t{len(titles)}")
    lines.extend(f"{g}\t{counts[g][0]}\t{counts[g][1]}" for g in kept)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for source, count in sorted(seen.items()):
        print(f"{source:34} {count:6} records", file=sys.stderr)
    print(
        f"{len(names)} name words, {len(titles)} title words; "
        f"{len(kept)} of {len(counts)} n-grams kept; {OUT.stat().st_size} bytes",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
