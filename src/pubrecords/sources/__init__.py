"""Online metadata sources as completion hooks: arXiv, OpenAlex, Semantic Scholar, Crossref, DBLP.

Takes a record; gives candidate records from a web API (through a swappable HTTP fetcher,
``http``; ``base`` holds what every source shares). Each module is one source.

Nothing here runs unless asked for: the library stays offline by default and
``pubrecords export --online`` opts in. Every source is a callable hook for
:func:`pubrecords.complete`; it identifies itself with a User-Agent carrying your
contact (``mailto``), keeps to a rate limit, retries 429 and 5xx answers with
backoff (honouring ``Retry-After``), times out, and caches answers on disk so a
second run makes no requests. HTTP goes through ``httpx`` (``pip install
'pubrecords[online]'``); pass ``client=`` or ``transport=`` to replace it, and
``base_urls=`` to point sources at another server.

    >>> from pubrecords.sources import default_hooks
    >>> " ".join(h.name for h in default_hooks(cache_dir=False))
    'openalex semanticscholar arxiv crossref dblp'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .arxiv import ArxivSource, parse_arxiv_feed
from .base import CacheDir, OnlineSource
from .crossref import CrossrefSource, parse_crossref_item, strip_jats
from .dblp import DblpSource, parse_dblp_hit, strip_homonym
from .http import Clock, DiskCache, FakeClock, HttpFetcher, RateLimiter, SystemClock, _import_httpx
from .openalex import OpenAlexSource, parse_openalex_work, rebuild_abstract
from .semanticscholar import SemanticScholarSource, parse_s2_paper

if TYPE_CHECKING:
    import httpx

__all__ = [
    "SOURCE_ORDER",
    "ArxivSource",
    "Clock",
    "CrossrefSource",
    "DblpSource",
    "DiskCache",
    "FakeClock",
    "HttpFetcher",
    "OnlineSource",
    "OpenAlexSource",
    "RateLimiter",
    "SemanticScholarSource",
    "SystemClock",
    "default_hooks",
    "parse_arxiv_feed",
    "parse_crossref_item",
    "parse_dblp_hit",
    "parse_openalex_work",
    "parse_s2_paper",
    "rebuild_abstract",
    "strip_homonym",
    "strip_jats",
]

SOURCE_ORDER: tuple[str, ...] = ("openalex", "semanticscholar", "arxiv", "crossref", "dblp")
"""The order :func:`default_hooks` asks the sources in: broad, fast, abstract-bearing
services first; arXiv (slow by request) next; Crossref and DBLP (metadata) last."""

_CLASSES: dict[str, type[OnlineSource]] = {
    "arxiv": ArxivSource,
    "openalex": OpenAlexSource,
    "semanticscholar": SemanticScholarSource,
    "crossref": CrossrefSource,
    "dblp": DblpSource,
}


def default_hooks(
    *,
    mailto: str | None = None,
    cache_dir: CacheDir = None,
    client: httpx.Client | None = None,
    transport: httpx.BaseTransport | None = None,
    sources: Iterable[str] | None = None,
    base_urls: Mapping[str, str] | None = None,
    s2_api_key: str | None = None,
    openalex_api_key: str | None = None,
    **options: Any,
) -> list[OnlineSource]:
    """The built-in online hooks, in :data:`SOURCE_ORDER` (or the order of ``sources``).

    ``mailto`` is your contact (sent in the User-Agent and to the polite pools);
    ``cache_dir`` None uses the per-user cache directory, False disables the disk
    cache. ``client``/``transport`` replace the HTTP layer, ``base_urls`` maps a
    source name to another server. API keys come from the arguments or from
    ``$S2_API_KEY`` / ``$OPENALEX_API_KEY``. Other ``options`` (``clock``,
    ``timeout``, ``retries``, ``backoff``, ``max_results``, ``max_age``) go to every
    source. Creating hooks makes no request; without httpx it raises
    :class:`~pubrecords.errors.OnlineError` at once.

    >>> " ".join(h.name for h in default_hooks(cache_dir=False, sources=["dblp", "arxiv"]))
    'dblp arxiv'
    """
    _import_httpx()  # fail now, clearly, rather than once per record
    names = list(sources) if sources is not None else list(SOURCE_ORDER)
    unknown = [n for n in names if n not in _CLASSES]
    if unknown:
        raise ValueError(
            f"unknown source(s): {', '.join(unknown)}; known: {', '.join(SOURCE_ORDER)}"
        )
    urls = dict(base_urls or {})
    hooks: list[OnlineSource] = []
    for name in names:
        kwargs: dict[str, Any] = dict(options)
        kwargs.update(
            mailto=mailto,
            cache_dir=cache_dir,
            client=client,
            transport=transport,
            base_url=urls.get(name),
        )
        if name == "semanticscholar":
            kwargs["api_key"] = s2_api_key
        if name == "openalex":
            kwargs["api_key"] = openalex_api_key
        hooks.append(_CLASSES[name](**kwargs))
    return hooks
