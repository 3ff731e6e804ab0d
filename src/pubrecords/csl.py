"""CSL-JSON reading and writing.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "from_csl",
    "read_csl_json",
    "to_csl",
    "write_csl_json",
]


def to_csl(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("to_csl")


def from_csl(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("from_csl")


def write_csl_json(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("write_csl_json")


def read_csl_json(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("read_csl_json")
