"""Labelled lines of a publications list to :class:`~pubrecords.Publication` records."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...model import Person, Publication, Repair, Source
from .authors import mentions_owner, parse_author
from .lines import split_marker
from .segment import N, T

ORIGIN = "profile-page"


class _Record:
    """A record being assembled from its lines."""

    __slots__ = ("abstract", "authors", "complete", "hidden", "line", "repairs", "title")

    def __init__(self, title: str, line: int) -> None:
        self.title = title
        self.line = line
        self.authors: list[Person] = []
        self.repairs: list[Repair] = []
        self.abstract: list[str] = []
        self.hidden: int | None = None
        self.complete = True


def build_publications(
    lines: Sequence[tuple[int, str]],
    labels: Sequence[int],
    owner: Person,
    path: str | None,
    snapshot: str | None,
    bodies: frozenset[str] = frozenset(),
) -> tuple[list[Publication], bool]:
    """Assemble labelled lines into publications; also tell if the owner was left out.
    Author lines in ``bodies`` name organisations, kept whole."""
    people: dict[str, tuple[Person, tuple[Repair, ...]]] = {}
    records: list[_Record] = []
    record: _Record | None = None
    for (lineno, text), label in zip(lines, labels, strict=True):
        if label == T or record is None:
            record = _Record(text, lineno)
            records.append(record)
        elif label == N:
            name_text, marker, count = split_marker(text)
            if marker:
                record.complete = False
                if count is not None:
                    record.hidden = count
            if name_text:
                got = people.get(name_text)
                if got is None:
                    got = (
                        (Person(literal=name_text), ())
                        if name_text in bodies
                        else parse_author(name_text)
                    )
                    people[name_text] = got
                person, made = got
                index = len(record.authors)
                record.authors.append(person)
                if made:
                    record.repairs.extend(attrs.evolve(r, field=f"authors[{index}]") for r in made)
        else:
            record.abstract.append(text)

    omitted = bool(records) and bool(str(owner)) and not mentions_owner(owner, people.values())
    pubs = [
        Publication(
            title=r.title,
            authors=tuple(r.authors),
            authors_complete=r.complete and not omitted,
            hidden_authors=r.hidden,
            abstract="\n".join(r.abstract) if r.abstract else None,
            provenance=(Source(origin=ORIGIN, path=path, line=r.line, snapshot=snapshot),),
            repairs=tuple(r.repairs),
        )
        for r in records
    ]
    return pubs, omitted
