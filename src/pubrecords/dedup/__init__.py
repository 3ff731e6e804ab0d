"""Duplicate detection and merging: explainable, version-aware, linear in the input.

Takes a sequence of :class:`~pubrecords.Publication`; gives :class:`DuplicateGroup` values
(member indices, kind, evidence) and merged records. One module per stage, in the order the
data flows: ``features`` (per record) -> ``blocking`` (candidate pairs) -> ``scoring`` (one
pair, with vetoes) -> ``clustering`` (union-find) -> ``explain`` (evidence) -> ``merge``;
``pipeline`` runs them; ``groups`` holds the result types.

:func:`find_duplicates` groups records of the same publication and says why;
:func:`merge` combines one group into one record; :func:`deduplicate` does both for a
whole list, keeping every source record in ``merged_from`` and ``provenance``::

    >>> from pubrecords import Person, Publication, find_duplicates, deduplicate
    >>> ada = Person(given="Ada", family="Lovelace")
    >>> pubs = [
    ...     Publication(title="Notes on the Analytical Engine", authors=(ada,), year=1843),
    ...     Publication(title="Notes on the analytical engine.",
    ...                 authors=(Person(given="A.", family="Lovelace"),), year=1843),
    ...     Publication(title="Sketch of the Analytical Engine", authors=(ada,), year=1842),
    ... ]
    >>> [group] = find_duplicates(pubs)
    >>> group.members, group.kind
    ((0, 1), 'variant')
    >>> [len(p.merged_from) for p in deduplicate(pubs)]
    [2, 0]

How it works, in linear time and memory: every record gets compact features once
(the folded title proper — without author-list tails, years, venue text and descriptors
such as "(Extended Abstract)" that a citation string leaves in the title field — rare
title words, author surnames, year, identifiers); records are
*blocked* on several keys (DOI, arXiv id, each of the rarest words of the title,
first author + year, and a sorted-title neighbourhood that also pairs a title with
its extension by a subtitle), blocks are capped (large
blocks are compared only within a sliding window), candidate pairs are pre-filtered
with rapidfuzz in C and scored in detail, and the accepted links are joined with a
union-find that refuses to join clusters that disagree (different DOIs, years,
parts, editions, notice types, titles or authors), so chains cannot glue different
works together.
"""

from __future__ import annotations

from .groups import DuplicateGroup, Evidence
from .merge import merge
from .pipeline import deduplicate, find_duplicates

__all__ = ["DuplicateGroup", "Evidence", "deduplicate", "find_duplicates", "merge"]
