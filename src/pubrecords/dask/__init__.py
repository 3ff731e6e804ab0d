"""De-duplication on a Dask cluster, with exactly the answers of the in-process path.

Install with ``pip install "pubrecords[dask]"``. :func:`find_duplicates` and
:func:`deduplicate` take a Dask bag of :class:`~pubrecords.Publication` (made by
:func:`read_records` from many files, by :func:`read_jsonl`, or by any Dask code) and
run on the active ``distributed`` client, or in this process without one. The groups
are those of :func:`pubrecords.find_duplicates` on the same records in the same order
(members count from 0 over the whole bag)::

    >>> import dask.bag as db
    >>> import pubrecords
    >>> from pubrecords import Publication
    >>> from pubrecords.dask import find_duplicates
    >>> pubs = [Publication(title="Notes on the Analytical Engine", year=1843),
    ...         Publication(title="Notes on the analytical engine.", year=1843)]
    >>> find_duplicates(db.from_sequence(pubs, npartitions=2)) == pubrecords.find_duplicates(pubs)
    True

On a cluster, start a client first (``distributed.Client("tcp://host:8786")`` or a
``LocalCluster``); see docs/cluster.md.
"""

from __future__ import annotations

from .io import (
    group_from_dict,
    group_to_dict,
    read_jsonl,
    read_records,
    write_deduplicated,
    write_groups,
    write_jsonl,
)
from .pipeline import deduplicate, find_duplicates

__all__ = [
    "deduplicate",
    "find_duplicates",
    "group_from_dict",
    "group_to_dict",
    "read_jsonl",
    "read_records",
    "write_deduplicated",
    "write_groups",
    "write_jsonl",
]
