"""Duplicate detection and merging.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "deduplicate",
    "find_duplicates",
    "merge",
]


def find_duplicates(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("find_duplicates")


def merge(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("merge")


def deduplicate(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("deduplicate")
