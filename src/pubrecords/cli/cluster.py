"""``--workers N`` and ``--scheduler ADDRESS``: run duplicate detection on a Dask cluster.

The duplicates command adds the options with :func:`add_cluster_arguments` and asks
:func:`cluster_find_duplicates` for the groups: ``None`` when neither option is given
(the in-process path stays the default), otherwise the groups found on a local cluster
of ``N`` worker processes or on the cluster whose scheduler is at ``ADDRESS`` — the
same groups as in-process. Progress comes from the scheduler, as each task finishes.

    >>> import argparse
    >>> parser = argparse.ArgumentParser()
    >>> add_cluster_arguments(parser)
    >>> args = parser.parse_args(["--workers", "2"])
    >>> args.workers, args.scheduler
    (2, None)
    >>> cluster_find_duplicates(parser.parse_args([]), [], None) is None
    True
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..dedup import DuplicateGroup
from ..errors import InputError
from ..model import Publication
from ..progress import ProgressCallback

__all__ = ["add_cluster_arguments", "cluster_client", "cluster_find_duplicates"]

#: Records per partition of the input on a cluster.
PARTITION_SIZE = 50_000


def add_cluster_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--workers N`` and ``--scheduler ADDRESS`` to a subcommand's parser."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="run on a local Dask cluster of N worker processes (needs pubrecords[dask])",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on the Dask cluster whose scheduler is at ADDRESS, e.g. tcp://host:8786",
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


@contextmanager
def cluster_client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A ``distributed.Client``: of a new local cluster of ``workers`` processes (one
    thread each, closed afterwards), or of the scheduler at ``scheduler``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(
            "--workers and --scheduler need Dask: pip install 'pubrecords[dask]'"
        ) from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def cluster_find_duplicates(
    args: argparse.Namespace,
    pubs: Sequence[Publication],
    progress: ProgressCallback | None,
) -> list[DuplicateGroup] | None:
    """The groups of ``pubs`` found on the cluster the options name, or None when they
    name none."""
    workers: int | None = getattr(args, "workers", None)
    scheduler: str | None = getattr(args, "scheduler", None)
    if workers is None and scheduler is None:
        return None
    if getattr(args, "decisions", None):
        raise InputError("--decisions cannot be used with --workers or --scheduler (yet)")
    with cluster_client(workers, scheduler) as client:
        from ..dask import find_duplicates

        size = len(client.scheduler_info().get("workers", {})) or 1
        partitions = max(1, min(len(pubs), max(2 * size, -(-len(pubs) // PARTITION_SIZE))))
        # (a list is sent to the workers in partitions, not through the scheduler)
        return find_duplicates(list(pubs), progress=progress, partitions=partitions)
