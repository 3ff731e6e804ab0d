"""People decide what the rule cannot: review pairs side by side, then apply the decisions.

:func:`review_rows` lays out pairs of records (every ``maybe`` pair, and with ``merges=True``
every pair a merge would join) as rows with both records side by side and an empty
``decision`` column; :func:`write_review` writes them as CSV. A person fills ``decision``
with ``same`` or ``different``; :func:`read_decisions` reads the file back into the mapping
:func:`~pubrecords.find_duplicates` takes as ``decisions=``. Decisions name records by
:func:`record_id` (the record's key, else a fingerprint of title, year and first author),
so they hold for later runs over the same records, in any order.

    >>> from pubrecords import Person, Publication, find_duplicates
    >>> ann = Person(given="Ann", family="Lee")
    >>> a = Publication(title="Deep nets for soil maps", authors=(ann,), year=2020, key="lee20")
    >>> b = Publication(title="Deep nets for soil maps", authors=(ann,), year=2020, key="lee20b")
    >>> [g.kind for g in find_duplicates([a, b])]
    ['identical']
    >>> find_duplicates([a, b], decisions={("lee20", "lee20b"): "different"})
    []
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Literal

from ..errors import PubrecordsError
from ..model import Publication
from .features import _fold, _norm_title
from .groups import DuplicateGroup

__all__ = [
    "Decision",
    "read_decisions",
    "record_id",
    "review_rows",
    "write_review",
]

Decision = Literal["same", "different"]
_DECISIONS = {"same": "same", "different": "different", "s": "same", "d": "different"}
_FIELDS = ("key", "title", "authors", "year", "venue", "volume", "issue", "pages", "doi", "kind")


def record_id(pub: Publication) -> str:
    """A record's name in decisions: its key (or the key it was read under), else
    ``fp:`` and a fingerprint of its folded title, year and first author's surname.

        >>> from pubrecords import Publication
        >>> record_id(Publication(title="X", key="k1"))
        'k1'
        >>> record_id(Publication(title="On Graphs", year=1999))[:3]
        'fp:'
    """
    if pub.key and pub.key.strip():
        return pub.key.strip()
    for source in pub.provenance:
        if source.key and source.key.strip():
            return source.key.strip()
    first = _fold(pub.authors[0].family or pub.authors[0].literal) if pub.authors else ""
    text = f"{_norm_title(pub.title)}|{pub.year or ''}|{first}"
    return "fp:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def normalise_decisions(
    decisions: Mapping[tuple[str, str], str] | None,
) -> dict[tuple[str, str], Decision]:
    """Decisions keyed by sorted id pairs, values checked (``same`` / ``different``)."""
    out: dict[tuple[str, str], Decision] = {}
    for (a, b), value in (decisions or {}).items():
        found = _DECISIONS.get(str(value).strip().lower())
        if found is None:
            raise PubrecordsError(
                f"decision for {a!r} and {b!r} is {value!r}; write 'same' or 'different'"
            )
        out[_pair_key(a, b)] = "same" if found == "same" else "different"
    return out


def decided_pairs(
    pubs: Sequence[Publication], decisions: Mapping[tuple[str, str], Decision]
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Index pairs (i < j) decided ``same``, and those decided ``different``."""
    if not decisions:
        return [], set()
    wanted = {x for pair in decisions for x in pair}
    where: dict[str, list[int]] = {}
    for i, pub in enumerate(pubs):
        rid = record_id(pub)
        if rid in wanted:
            where.setdefault(rid, []).append(i)
    same: list[tuple[int, int]] = []
    apart: set[tuple[int, int]] = set()
    for (a, b), decision in sorted(decisions.items()):
        for i in where.get(a, ()):
            for j in where.get(b, ()):
                if i == j:
                    continue
                pair = (i, j) if i < j else (j, i)
                (same.append(pair) if decision == "same" else apart.add(pair))
    return same, apart


def _authors(pub: Publication) -> str:
    names = "; ".join(str(p) for p in pub.authors)
    return names + ("; others" if pub.authors and not pub.authors_complete else "")


def _cells(pub: Publication) -> dict[str, str]:
    return {
        "key": record_id(pub),
        "title": pub.title,
        "authors": _authors(pub),
        "year": "" if pub.year is None else str(pub.year),
        "venue": pub.venue or "",
        "volume": pub.volume or "",
        "issue": pub.issue or "",
        "pages": pub.pages or "",
        "doi": pub.doi or "",
        "kind": str(pub.kind),
    }


def review_rows(
    pubs: Sequence[Publication], groups: Iterable[DuplicateGroup], *, merges: bool = False
) -> list[dict[str, str]]:
    """One row per pair to review: ``maybe`` pairs, and with ``merges`` every pair of
    records a merge would join (each member with the group's first). Columns:
    ``decision`` (empty), ``rule`` (what the rule said), ``reason``, then ``a_<field>``
    and ``b_<field>`` for key, title, authors, year, venue, volume, issue, pages, doi, kind."""
    rows: list[dict[str, str]] = []
    for group in groups:
        if group.kind == "maybe":
            pairs = [(group.members[0], group.members[1])]
        elif merges and group.kind in ("identical", "variant"):
            pairs = [(group.members[0], m) for m in group.members[1:]]
        else:
            continue
        reason = next((e.detail for e in group.evidence if e.aspect == "decided"), "")
        for i, j in pairs:
            row = {"decision": "", "rule": group.kind, "reason": reason}
            for side, pub in (("a", pubs[i]), ("b", pubs[j])):
                for name, value in _cells(pub).items():
                    row[f"{side}_{name}"] = value
            rows.append(row)
    return rows


def review_columns() -> list[str]:
    return ["decision", "rule", "reason"] + [f"{s}_{f}" for s in "ab" for f in _FIELDS]


def write_review(
    path: str | Path | None,
    pubs: Sequence[Publication],
    groups: Iterable[DuplicateGroup],
    *,
    merges: bool = False,
) -> str:
    """Write the review CSV (UTF-8) to ``path`` (or only return it when ``path`` is None)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=review_columns(), lineterminator="\n")
    writer.writeheader()
    writer.writerows(review_rows(pubs, groups, merges=merges))
    text = out.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def read_decisions(path: str | Path) -> dict[tuple[str, str], Decision]:
    """Decisions from a filled review CSV: rows whose ``decision`` is ``same`` or
    ``different`` (``s`` / ``d`` too, any case); rows left empty are undecided. A
    CSV without the ``decision``, ``a_key`` and ``b_key`` columns, or a decision
    that is neither, is refused with :class:`~pubrecords.PubrecordsError` naming the row."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise PubrecordsError(f"cannot read decisions {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise PubrecordsError(
            f"{path}: not a UTF-8 CSV (byte {exc.start}); save the review file as UTF-8 CSV"
        ) from None
    try:
        return _decisions_of(path, text)
    except csv.Error as exc:
        raise PubrecordsError(f"{path}: not a readable CSV ({exc})") from None


def _decisions_of(path: str | Path, text: str) -> dict[tuple[str, str], Decision]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"decision", "a_key", "b_key"} - set(reader.fieldnames or ())
    if missing:
        raise PubrecordsError(f"{path}: not a review file (no column {', '.join(sorted(missing))})")
    out: dict[tuple[str, str], Decision] = {}
    for line, row in enumerate(reader, start=2):
        value = (row.get("decision") or "").strip().lower()
        if not value:
            continue
        found = _DECISIONS.get(value)
        if found is None:
            raise PubrecordsError(
                f"{path}, line {line}: decision {row.get('decision')!r}; "
                "write 'same' or 'different' (or leave it empty)"
            )
        a, b = (row.get("a_key") or "").strip(), (row.get("b_key") or "").strip()
        if not a or not b:
            raise PubrecordsError(f"{path}, line {line}: a_key and b_key are needed")
        out[_pair_key(a, b)] = "same" if found == "same" else "different"
    return out
