"""Benchmark: what survives a round trip through RIS, CSV tables and CSL-JSON (issue #14).

For each real export in ``tests/fixtures/realris`` (RIS), ``tests/fixtures/realmedline``
(PubMed's and ERIC's MEDLINE), ``tests/fixtures/realcsv`` (CSV)
and ``../shared/corpus/deepreview-references.csl.json`` (CSL-JSON): read it, write the
records in the same format (:func:`pubrecords.to_ris`, :func:`pubrecords.to_medline`, :func:`pubrecords.formats.table.to_table`,
:func:`pubrecords.to_csl_json`), read that text again and compare the two readings record
by record (same place), field by field. No cleaning, no de-duplication.

A record's fields are its model attributes (title, authors, year, month, venue, kind, DOI,
arXiv id, URL, volume, issue, pages, publisher, abstract, key, whether the author list is
complete), each identifier and each ``extra`` key; for RIS and MEDLINE also every tag of the
record as written (``source_entry.fields``, a tag given twice counted twice), for CSL-JSON every
variable of the item as written (``source_entry.raw``). A field counts when the
first reading has a value; it is kept when the second reading has an equal one "after
decoding": text compared with its white space normalised, authors by their parts (given,
particle, family, suffix, literal) and, where those differ, by the name as displayed.

Printed per file: records in / back (records kept %), fields kept %, and the fields lost or
changed, if any. Targets: 100% of records, >= 99.9% of fields.

Run:  .venv/bin/python benchmarks/bench_export_fidelity.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pubrecords import (
    Publication,
    parse_csl_json,
    parse_medline,
    parse_ris,
    parse_table,
    read_csl_json,
    read_medline,
    read_ris,
    read_table,
    to_csl_json,
    to_medline,
    to_ris,
)
from pubrecords.formats.table_write import to_table

ROOT = Path(__file__).resolve().parent.parent
RIS_DIR = ROOT / "tests" / "fixtures" / "realris"
CSV_DIR = ROOT / "tests" / "fixtures" / "realcsv"
MEDLINE_DIR = ROOT / "tests" / "fixtures" / "realmedline"
CSL = ROOT.parent / "shared" / "corpus" / "deepreview-references.csl.json"

_ATTRS = (
    "title",
    "authors_complete",
    "abstract",
    "year",
    "month",
    "venue",
    "kind",
    "doi",
    "arxiv_id",
    "url",
    "volume",
    "issue",
    "pages",
    "publisher",
    "key",
)


def _norm(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def fields_of(pub: Publication, with_tags: bool) -> Iterator[tuple[str, object]]:
    """(name, value) of every field of ``pub`` that has a value."""
    for name in _ATTRS:
        value = getattr(pub, name)
        if value is not None and value != "" and not (name == "authors_complete" and value):
            yield name, _norm(value if name != "kind" else value.value)
    for i, person in enumerate(pub.authors):
        yield f"author[{i}]", person
    for key, value in pub.identifiers.items():
        yield f"identifiers[{key}]", _norm(value)
    for key, value in pub.extra.items():
        yield f"extra[{key}]", _norm(value)
    if with_tags and pub.source_entry is not None and pub.source_entry.dialect == "csl-json":
        for key, value in json.loads(pub.source_entry.raw).items():
            yield f"variable {key}", value
    elif with_tags and pub.source_entry is not None:
        seen: Counter[str] = Counter()
        for tag, value in pub.source_entry.fields:
            seen[tag] += 1
            yield f"tag {tag}#{seen[tag]}", _norm(value)


def _same(a: object, b: object) -> bool:
    if a == b:
        return True
    # a name: the same when it reads the same (a literal name may come back split)
    return a is not None and b is not None and type(a) is type(b) and str(a) == str(b)


@dataclass
class Result:
    """The comparison of one file's two readings."""

    label: str
    records_in: int = 0
    records_back: int = 0
    fields: int = 0
    kept: int = 0
    lost: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def records_pct(self) -> float:
        return 100.0 * min(self.records_back, self.records_in) / max(self.records_in, 1)

    @property
    def fields_pct(self) -> float:
        return 100.0 * self.kept / max(self.fields, 1)


def compare(label: str, first: list[Publication], second: list[Publication], tags: bool) -> Result:
    """Field by field: how much of ``first`` is in ``second`` (records matched by place)."""
    result = Result(label, records_in=len(first), records_back=len(second))
    for i, a in enumerate(first):
        b = second[i] if i < len(second) else None
        back = dict(fields_of(b, tags)) if b is not None else {}
        for name, value in fields_of(a, tags):
            result.fields += 1
            if _same(value, back.get(name)):
                result.kept += 1
            else:
                result.lost[name.split("[")[0].split("#")[0]] += 1
                if len(result.examples) < 20:
                    result.examples.append(
                        f"record {i + 1} {name}: {value!r:.80} -> {back.get(name)!r:.80}"
                    )
    return result


def _quiet(fn: Callable[[], Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn()


def round_trip(path: Path) -> Result:
    """Read ``path``, write it in its own format, read that again, compare."""
    if path.suffix == ".ris":
        first = _quiet(lambda: read_ris(path))
        second = _quiet(lambda: parse_ris(to_ris(first)))
        return compare(path.name, first, second, tags=True)
    if path.suffix == ".nbib":
        first = _quiet(lambda: read_medline(path))
        second = _quiet(lambda: parse_medline(to_medline(first)))
        return compare(path.name, first, second, tags=True)
    if path.suffix in (".csv", ".tsv", ".txt"):
        first = _quiet(lambda: read_table(path))
        second = _quiet(lambda: parse_table(to_table(first)))
        return compare(path.name, first, second, tags=False)
    first = _quiet(lambda: read_csl_json(path))
    second = _quiet(lambda: parse_csl_json(to_csl_json(first)))
    return compare(path.name, first, second, tags=True)


def files() -> list[Path]:
    found = sorted(RIS_DIR.glob("*.ris")) + sorted(MEDLINE_DIR.glob("*.nbib"))
    found += sorted(CSV_DIR.glob("*.csv"))
    if CSL.exists():
        found.append(CSL)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=5, help="losses to show per file")
    args = parser.parse_args()
    print(f"{'file':<44} {'records':>13} {'kept':>8} {'fields':>14} {'kept':>9}")
    total = Result("all")
    for path in files():
        r = round_trip(path)
        total.records_in += r.records_in
        total.records_back += min(r.records_back, r.records_in)
        total.fields += r.fields
        total.kept += r.kept
        total.lost.update(r.lost)
        print(
            f"{r.label:<44} {r.records_in:>6} / {r.records_back:<5} {r.records_pct:>7.2f}% "
            f"{r.kept:>6} / {r.fields:<6} {r.fields_pct:>8.3f}%"
        )
        for example in r.examples[: args.show]:
            print(f"    lost: {example}")
    ok = total.records_pct == 100.0 and total.fields_pct >= 99.9
    print(
        f"{'all':<44} {total.records_in:>6} / {total.records_back:<5} {total.records_pct:>7.2f}% "
        f"{total.kept:>6} / {total.fields:<6} {total.fields_pct:>8.3f}%  "
        f"(targets 100% records, >= 99.9% fields): {'OK' if ok else 'BELOW TARGET'}"
    )
    if total.lost:
        print(
            "fields lost or changed, by name: "
            + ", ".join(f"{k} {v}" for k, v in total.lost.most_common())
        )


if __name__ == "__main__":
    main()
