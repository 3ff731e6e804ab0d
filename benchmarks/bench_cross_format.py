"""Silent loss across formats, measured on real files: every value a record holds must be in
what a writer of another format gives, or be named in the writer's warning.

Reads the real files committed under ``tests/fixtures`` (RIS, MEDLINE, tables, BibTeX) and
the corpus's CSL-JSON and BibTeX (``../shared/corpus``, where present), writes every record
alone with each writer of another format (BibTeX, CSL-JSON, RIS), and counts, per reader and
writer, the values of the record (title, venue, volume, issue, pages, publisher, DOI, URL,
arXiv id, abstract, year, each author's family name, each identifier, each ``extra`` value)
that are neither in the output (compared as words: delimiters, LaTeX, HTML tags and JSON
escapes aside) nor named in a warning. Target: 0 (a value named in a warning is not lost
silently; a false alarm of the word comparison counts as a loss and is shown).

    python benchmarks/bench_cross_format.py            # all writers
    python benchmarks/bench_cross_format.py --show 5   # and up to 5 examples per kind of loss
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pylatexenc.latex2text import LatexNodes2Text
from unidecode import unidecode

from pubrecords import Publication, read_any, to_bibtex, to_csl_json, to_ris

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"

WRITERS: dict[str, Callable[[list[Publication]], str]] = {
    "bibtex": to_bibtex,
    "csl-json": to_csl_json,
    "ris": to_ris,
}
# what each writer calls a model attribute in its warnings, where it differs
_WARNED_AS = {"issue": ("issue", "number"), "venue": ("venue", "series", "journal")}
_LATEX = LatexNodes2Text()


def _inputs() -> list[tuple[str, Path]]:
    found = [("ris", p) for p in sorted((FIXTURES / "realris").glob("*.ris"))]
    found += [("ris", p) for p in sorted((FIXTURES / "ris").glob("*.ris"))]
    found += [("medline", p) for p in sorted((FIXTURES / "realmedline").glob("*.nbib"))]
    found += [("table", p) for p in sorted((FIXTURES / "realcsv").glob("*.csv"))]
    found += [("bibtex", p) for p in sorted((FIXTURES / "realbib").glob("*.bib"))]
    if CORPUS.is_dir():
        found += [("csl-json", p) for p in sorted(CORPUS.glob("*.json"))]
        found += [("bibtex", p) for p in sorted(CORPUS.glob("*.bib"))]
    return found


def _flat(text: str, latex: bool = True) -> str:
    """``text`` as its letters and digits only (HTML tags and, with ``latex``, LaTeX markup
    decoded first; a bare ``%``, as in a URL, is no LaTeX comment here)."""
    text = re.sub(r"</?[A-Za-z][^<>]*>", "", text)
    if latex and ("\\" in text or "{" in text or "$" in text):
        text = re.sub(r"(?<!\\)%", " ", text)
        with contextlib.suppress(Exception):  # (a value pylatexenc cannot read: as it is)
            text = _LATEX.latex_to_text(text)
    return re.sub(r"[^a-z0-9]+", "", unidecode(text).lower())


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif value is not None:
        yield str(value)


def _values(pub: Publication) -> list[tuple[str, str]]:
    got = [
        (attr, str(getattr(pub, attr)))
        for attr in (
            *("title", "venue", "volume", "issue", "pages", "publisher"),
            *("doi", "url", "arxiv_id", "abstract", "year"),
        )
        if getattr(pub, attr)
    ]
    got += [("author", p.family or p.literal) for p in pub.authors if p.family or p.literal]
    got += [(f"identifiers.{k}", v) for k, v in pub.identifiers.items() if v]
    got += [(f"extra:{k}", v) for k, v in pub.extra.items() if v.strip()]
    return got


def _present(name: str, value: str, flat: str) -> bool:
    whole = _flat(value)
    if not whole or whole in flat:
        return True
    if len(whole) > 60 and whole[:40] in flat:  # (a long value, re-encoded further on)
        return True
    # (a list written as several lines: its names, or its words, each there)
    words = [_flat(w) for w in re.findall(r"\w{3,}", unidecode(value)) if w != "and"]
    if words and all(w in flat for w in words):
        return True
    if name == "pages":  # (RIS writes a start and an end page)
        return all(_flat(p) in flat for p in re.split(r"[-–]+", value) if p.strip())
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="examples per kind of loss")
    args = parser.parse_args()
    totals: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = {}
    files: Counter[str] = Counter()
    records: Counter[str] = Counter()
    for fmt, path in _inputs():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pubs = read_any(path)
        if not isinstance(pubs, list):
            continue
        files[fmt] += 1
        records[fmt] += len(pubs)
        for writer, write in WRITERS.items():
            if writer == fmt:
                continue
            for pub in pubs:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    out = write([pub])
                said = " ".join(str(w.message) for w in caught).lower()
                text = " ".join(_strings(json.loads(out))) if writer == "csl-json" else out
                flat = _flat(text, latex=writer == "bibtex")
                for name, value in _values(pub):
                    totals[fmt, writer] += 1
                    if _present(name, value, flat):
                        continue
                    short = name.removeprefix("extra:").lower()
                    if any(n in said for n in _WARNED_AS.get(short, (short,))):
                        continue
                    lost[fmt, writer, name] += 1
                    examples.setdefault((fmt, writer, name), []).append(
                        f"{path.name}: {value[:70]!r}"
                    )
    print("Silent loss across formats (real files; a value neither written nor named in a warning)")
    for fmt in records:
        print(f"  {fmt}: {files[fmt]} files, {records[fmt]} records")
    print(f"  {'reader':<9} {'writer':<9} {'values':>8} {'lost':>6}")
    for (fmt, writer), count in sorted(totals.items()):
        mine = {k: c for k, c in lost.items() if k[:2] == (fmt, writer)}
        print(f"  {fmt:<9} {writer:<9} {count:>8} {sum(mine.values()):>6}")
        for key, c in sorted(mine.items(), key=lambda kv: -kv[1]):
            print(f"      {key[2]}: {c}")
            for example in examples[key][: args.show]:
                print(f"        {example}")
    print(f"Total: {sum(lost.values())} of {sum(totals.values())} values lost silently (target 0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
