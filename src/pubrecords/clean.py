"""Cleaners: offline repair of records, each change recorded.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "clean_profile",
    "clean_publication",
]


def clean_publication(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("clean_publication")


def clean_profile(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("clean_profile")
