"""Completion: filling cut abstracts and hidden authors from verified candidates.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "complete",
]


def complete(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("complete")
