"""Labelled lines of a publications list to :class:`~pubrecords.Publication` records."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...model import Kind, Person, Publication, Repair, Source, _builder
from .authors import mentions_owner, read_author
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
            name_text = text
            if text.endswith("more)"):  # (as split_marker tests first: a call less a line)
                name_text, marker, count = split_marker(text)
                if marker:
                    record.complete = False
                    if count is not None:
                        record.hidden = count
            if name_text:
                got = people.get(name_text)
                if got is None:
                    got = read_author(name_text)
                    if name_text in bodies and not mentions_owner(owner, [got]):
                        got = (Person(literal=name_text), ())  # (the owner is no body)
                    people[name_text] = got
                person, made = got
                index = len(record.authors)
                record.authors.append(person)
                if made:
                    record.repairs.extend(attrs.evolve(r, field=f"authors[{index}]") for r in made)
        else:
            record.abstract.append(text)

    omitted = bool(records) and bool(str(owner)) and not mentions_owner(owner, people.values())
    pubs: list[Publication] = []
    for r in records:
        source = _new_source(ORIGIN, path, r.line, None, None, snapshot)
        # (positionally, in the order of Publication's attributes, as its converters make them)
        pubs.append(_new_publication(
            r.title, tuple(r.authors), r.complete and not omitted, r.hidden,
            "\n".join(r.abstract) if r.abstract else None, True, None, None, None, _UNKNOWN,
            None, None, None, None, None, None, None, None, {}, {}, (source,), tuple(r.repairs),
        ))  # fmt: skip
    return pubs, omitted


_new_publication = _builder(Publication, 22)
_new_source = _builder(Source, 6)
_UNKNOWN = Kind.UNKNOWN
