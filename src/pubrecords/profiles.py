"""Profiles: merging snapshots, differences, suspect records.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "diff_profiles",
    "include_owner",
    "merge_profiles",
    "suspect_publications",
]


def merge_profiles(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("merge_profiles")


def diff_profiles(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("diff_profiles")


def suspect_publications(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("suspect_publications")


def include_owner(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("include_owner")
