"""Completion: filling cut abstracts and hidden authors from verified candidates.

Takes records and hooks (callables from a record to candidate records); gives completed
records and a :class:`CompletionReport`. ``verify`` decides whether a candidate is the same
work; ``complete`` asks the hooks and applies what was verified. The online sources that
make hooks live in :mod:`pubrecords.sources`.

A *hook* is any callable that takes a :class:`~pubrecords.model.Publication` and
returns an iterable of candidate publications (possibly empty). :func:`complete`
asks the hooks, in order, about every record that still lacks something, and
accepts a candidate only when it is verifiably the same work (see
:func:`verify_candidate`). Accepted data only fills what is missing or cut; every
fill is recorded as a :class:`~pubrecords.model.Repair` and a
:class:`~pubrecords.model.Source` on the record, and every decision lands in a
:class:`CompletionReport`.

    >>> from pubrecords import Person, Publication, complete, CompletionReport
    >>> ours = Publication(title="A Study of Widgets",
    ...                    authors=(Person("Ann", "Lee"),),
    ...                    abstract="Widgets are everywhere. We count", abstract_complete=False)
    >>> def hook(pub):
    ...     return [Publication(title="A study of widgets", authors=(Person("Ann", "Lee"),),
    ...                         abstract="Widgets are everywhere. We count them all.", year=2020)]
    >>> report = CompletionReport()
    >>> [done] = complete([ours], [hook], report=report)
    >>> done.abstract, done.abstract_complete, done.year
    ('Widgets are everywhere. We count them all.', True, 2020)
    >>> report.summary()
    '1 record(s): 1 accepted, 0 rejected, 0 error(s)'
"""

from __future__ import annotations

from .complete import CompletionEntry, CompletionReport, complete, from_records, missing_fields
from .verify import (
    COMPLETABLE_FIELDS,
    Hook,
    Verdict,
    abstract_consistency,
    normalize_title,
    verify_candidate,
)

__all__ = [
    "COMPLETABLE_FIELDS",
    "CompletionEntry",
    "CompletionReport",
    "Hook",
    "Verdict",
    "abstract_consistency",
    "complete",
    "from_records",
    "missing_fields",
    "normalize_title",
    "verify_candidate",
]
