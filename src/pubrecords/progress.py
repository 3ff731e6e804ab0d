"""The progress callback type that long-running library functions accept.

A callback receives ``(stage, done, total)``: a short stage name ("dedup:compare",
"complete:arxiv"), how many items are done and how many there are (``None`` where
unknown). Library code never prints; the CLI turns callbacks into stderr lines::

    >>> seen = []
    >>> def progress(stage: str, done: int, total: int | None) -> None:
    ...     seen.append((stage, done, total))
    >>> report(progress, "demo", 1, 2)
    >>> seen
    [('demo', 1, 2)]
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["ProgressCallback", "report"]

ProgressCallback = Callable[[str, int, "int | None"], None]


def report(callback: ProgressCallback | None, stage: str, done: int, total: int | None) -> None:
    """Call ``callback`` if there is one (a convenience for library code)."""
    if callback is not None:
        callback(stage, done, total)
