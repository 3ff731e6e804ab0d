"""Merging one group of records of the same publication into one record, keeping every source in provenance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ..model import Kind, Person, Publication, Related, Source, SourceEntry
from .features import _family, _fold, _norm_title

__all__ = ["merge"]


def merge(pubs: Sequence[Publication]) -> Publication:
    """Merge records of one publication into one, choosing the best of every field.

    The title most records agree on (preferring proper case and accents), the fullest
    author list in order with the best spelling of each name, the longest complete
    abstract, the most common (most precise) year, united identifiers and repairs;
    ``merged_from`` holds the source records and ``provenance`` the union of theirs.
    A single record is returned unchanged.

        >>> from pubrecords import Publication, Person, Source
        >>> a = Publication(title="deep nets", authors=(Person(given="J.", family="Doe"),),
        ...                 provenance=(Source("table", row=1),))
        >>> b = Publication(title="Deep Nets", year=2020,
        ...                 authors=(Person(given="Jane", family="Doe"),),
        ...                 provenance=(Source("table", row=2),))
        >>> m = merge([a, b])
        >>> m.title, m.year, str(m.authors[0]), len(m.provenance), len(m.merged_from)
        ('Deep Nets', 2020, 'Jane Doe', 2, 2)
    """
    pubs = list(pubs)
    if not pubs:
        raise ValueError("merge() needs at least one record")
    if len(pubs) == 1:
        return pubs[0]
    return _merge(pubs)


# ----------------------------------------------------------------------------- merging


def _related(pub: Publication) -> Related:
    return Related(
        relation="version",
        title=pub.title,
        year=pub.year,
        doi=pub.doi,
        arxiv_id=pub.arxiv_id,
        key=pub.key,
    )


def _title_quality(title: str) -> tuple[int, int, int]:
    """Mixed case beats all lower or upper case; accents beat folded letters; no stray
    quotes or trailing citation punctuation."""
    letters = [c for c in title if c.isalpha()]
    mixed = int(any(c.isupper() for c in letters) and any(c.islower() for c in letters))
    accents = sum(1 for c in letters if not c.isascii())
    stripped = title.strip()
    clean = int(
        not stripped.startswith(("'", "`", '"', "("))
        and not stripped.endswith((",", ".", ";", ":", "'", '"'))
    )
    return (mixed, accents, clean)


def _merge(pubs: list[Publication]) -> Publication:
    from ..names import best_variant

    # title: the normalised form most records agree on, in its best spelling
    norms = [_norm_title(p.title) for p in pubs]
    common = Counter(n for n in norms if n).most_common(1)
    chosen_norm = common[0][0] if common else ""
    title_candidates = [
        " ".join(p.title.split()) for p, n in zip(pubs, norms, strict=True) if n == chosen_norm
    ]
    spellings_seen = Counter(title_candidates)
    title = (
        max(title_candidates, key=lambda t: (*_title_quality(t), spellings_seen[t]))
        if title_candidates
        else pubs[0].title
    )

    # authors: the fullest list (complete ones first), best spelling of each person
    with_authors = [p for p in pubs if p.authors]
    authors: tuple[Person, ...] = ()
    authors_complete = all(p.authors_complete for p in pubs)
    hidden: int | None = None
    if with_authors:
        longest = max(len(p.authors) for p in with_authors)
        fullest = max(
            with_authors, key=lambda p: (len(p.authors), p.authors_complete, -pubs.index(p))
        )
        authors_complete = any(
            p.authors_complete and len(p.authors) == longest for p in with_authors
        )
        hidden = None if authors_complete else fullest.hidden_authors
        chosen: list[Person] = []
        for person in fullest.authors:
            fam = _family(person)
            spellings = [person]
            for other in with_authors:
                if other is fullest:
                    continue
                for candidate in other.authors:
                    if _family(candidate) == fam and _initial_ok(person, candidate):
                        spellings.append(candidate)
                        break
            chosen.append(best_variant(spellings) if len(spellings) > 1 else person)
        authors = tuple(chosen)

    # abstract: the longest complete one (else the longest)
    abstracts = [p for p in pubs if p.abstract]
    abstract: str | None = None
    abstract_complete = True
    if abstracts:
        complete_ones = [p for p in abstracts if p.abstract_complete]
        pool = complete_ones or abstracts
        best = max(pool, key=lambda p: len(p.abstract or ""))
        abstract, abstract_complete = best.abstract, best.abstract_complete

    # year (and month): the most common, preferring records that also give a month
    dated = [p for p in pubs if p.year is not None]
    year: int | None = None
    month: int | None = None
    if dated:
        counts = Counter(p.year for p in dated)
        year = max(
            counts, key=lambda y: (counts[y], any(p.month for p in dated if p.year == y), -(y or 0))
        )
        month = next((p.month for p in dated if p.year == year and p.month), None)

    def first(attr: str) -> str | None:
        for p in pubs:
            value = getattr(p, attr)
            if value:
                return str(value)
        return None

    def longest_text(attr: str) -> str | None:
        values = [getattr(p, attr) for p in pubs if getattr(p, attr)]
        return max(values, key=len) if values else None

    kinds = Counter(p.kind for p in pubs if p.kind != Kind.UNKNOWN)
    kind = kinds.most_common(1)[0][0] if kinds else Kind.UNKNOWN

    identifiers: dict[str, str] = {}
    extra: dict[str, str] = {}
    for p in pubs:
        for key, value in p.identifiers.items():
            _unite(identifiers, key, value)
        for key, value in p.extra.items():
            _unite(extra, key, value)

    provenance: list[Source] = []
    seen_sources: set[Source] = set()
    for p in pubs:
        for s in p.provenance:
            if s not in seen_sources:
                seen_sources.add(s)
                provenance.append(s)
    repairs = tuple(dict.fromkeys(r for p in pubs for r in p.repairs))
    related = tuple(dict.fromkeys(r for p in pubs for r in p.related))

    # the entry a file gave: the first member's, carrying every member's blocks (@string,
    # @preamble, @comment) and, as ``ids``, the keys of the others (biblatex's aliases)
    merged_key = first("key")
    source_entry = _merged_entry(pubs, merged_key, extra)

    return Publication(
        title=title,
        authors=authors,
        authors_complete=authors_complete,
        hidden_authors=hidden,
        abstract=abstract,
        abstract_complete=abstract_complete,
        year=year,
        month=month,
        venue=longest_text("venue"),
        kind=kind,
        doi=first("doi"),
        arxiv_id=first("arxiv_id"),
        url=first("url"),
        volume=first("volume"),
        issue=first("issue"),
        pages=longest_text("pages"),
        publisher=longest_text("publisher"),
        key=merged_key,
        identifiers=identifiers,
        extra=extra,
        provenance=tuple(provenance),
        repairs=repairs,
        merged_from=tuple(pubs),
        related=related,
        source_entry=source_entry,
    )


def _merged_entry(
    pubs: list[Publication], key: str | None, extra: dict[str, str]
) -> SourceEntry | None:
    keys = [p.key for p in pubs if p.key]
    others = [k for k in dict.fromkeys(keys) if k != key]
    if others:  # (whatever the records came from: a key folded away is never lost)
        ids = [i.strip() for i in extra.get("ids", "").split(",") if i.strip()]
        extra["ids"] = ",".join(dict.fromkeys([*ids, *others]))
    entries = [p.source_entry for p in pubs if p.source_entry is not None]
    if not entries:
        return None
    main = next((e for e in entries if e.key == key), entries[0])
    blocks = tuple(b for e in entries for b in (*e.before, *e.after))
    return attrs.evolve(main, before=blocks, after=())


def _initial_ok(a: Person, b: Person) -> bool:
    ga, gb = _fold(a.given)[:1], _fold(b.given)[:1]
    return not ga or not gb or ga == gb


def _unite(target: dict[str, str], key: str, value: str) -> None:
    """Add ``key: value``; a conflicting value is kept under ``key~2``, ``key~3``, …"""
    if key not in target:
        target[key] = value
        return
    if target[key] == value:
        return
    n = 2
    while f"{key}~{n}" in target:
        if target[f"{key}~{n}"] == value:
            return
        n += 1
    target[f"{key}~{n}"] = value
