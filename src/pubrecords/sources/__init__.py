"""Online metadata sources as completion hooks (arXiv, OpenAlex, Semantic Scholar, Crossref, DBLP).

INTERIM stub: the completion issue fills it in.
"""

from __future__ import annotations

from typing import Any

__all__ = ["default_hooks"]


def default_hooks(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError("default_hooks")
