"""Reader for researcher profile pages saved as text.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "parse_profile",
    "read_profile",
]


def parse_profile(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("parse_profile")


def read_profile(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("read_profile")
