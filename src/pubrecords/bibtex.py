"""BibTeX reading and writing.

INTERIM stub: replaced by the issue that owns this module.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "parse_bibtex",
    "read_bibtex",
    "to_bibtex",
    "write_bibtex",
]


def to_bibtex(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("to_bibtex")


def write_bibtex(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("write_bibtex")


def parse_bibtex(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("parse_bibtex")


def read_bibtex(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("read_bibtex")
