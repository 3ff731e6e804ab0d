"""Reader for tables of publication records (CSV, JSON lines).

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "parse_table",
    "read_table",
]


def read_table(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("read_table")


def parse_table(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("parse_table")
