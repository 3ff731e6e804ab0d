"""Semantic Scholar (Academic Graph API): title match, or batch lookup by DOI/arXiv id."""

from __future__ import annotations

import os
from typing import Any

from ..errors import OnlineError
from ..model import Kind, Publication, Source
from .base import OnlineSource, as_int, as_list, clean_text, people_from_texts, query_title

__all__ = ["SemanticScholarSource", "parse_s2_paper"]

FIELDS = "title,abstract,authors,year,venue,journal,externalIds,publicationTypes,url"

_KINDS = {
    "JournalArticle": Kind.JOURNAL_ARTICLE,
    "Conference": Kind.CONFERENCE_PAPER,
    "Book": Kind.BOOK,
    "BookSection": Kind.CHAPTER,
    "Dataset": Kind.DATASET,
}


def parse_s2_paper(paper: dict[str, Any]) -> Publication | None:
    """One Semantic Scholar paper object as a Publication (None without a title).

    >>> p = parse_s2_paper({"paperId": "abc", "title": "T", "year": 2001,
    ...     "authors": [{"name": "E. Duflo"}], "externalIds": {"DOI": "10.1/x", "ArXiv": "2101.1"}})
    >>> p.key, p.doi, p.arxiv_id, str(p.authors[0])
    ('abc', '10.1/x', '2101.1', 'E. Duflo')
    """
    title = clean_text(paper.get("title"))
    if not title:
        return None
    ids = paper.get("externalIds") or {}
    authors, repairs = people_from_texts(
        str(a["name"]) for a in as_list(paper.get("authors")) if a.get("name")
    )
    journal = paper.get("journal") or {}
    venue = clean_text(paper.get("venue")) or clean_text(journal.get("name"))
    kinds = [_KINDS[t] for t in as_list(paper.get("publicationTypes")) if t in _KINDS]
    arxiv_id = clean_text(ids.get("ArXiv"))
    if venue and venue.lower() == "arxiv.org":
        venue = None
    kind = kinds[0] if kinds else (Kind.PREPRINT if arxiv_id and not venue else Kind.UNKNOWN)
    key = clean_text(paper.get("paperId"))
    url = clean_text(paper.get("url"))
    return Publication(
        title=title,
        authors=authors,
        abstract=clean_text(paper.get("abstract")),
        year=as_int(paper.get("year")),
        venue=venue,
        kind=kind,
        doi=clean_text(ids.get("DOI")),
        arxiv_id=arxiv_id,
        url=url,
        key=key,
        provenance=(Source(origin="semanticscholar", key=key, detail=url),),
        repairs=repairs,
    )


class SemanticScholarSource(OnlineSource):
    """Semantic Scholar as a completion hook; ``api_key`` or ``$S2_API_KEY`` is sent as
    ``x-api-key`` (with a key: one request a second; without: one every 3 s).

    >>> SemanticScholarSource(cache_dir=False, api_key="k").http.headers["x-api-key"]
    'k'
    """

    name = "semanticscholar"
    provides = frozenset({"abstract", "authors", "year", "venue", "doi", "arxiv_id"})
    default_base_url = "https://api.semanticscholar.org"
    default_interval = 3.0

    def __init__(self, *, api_key: str | None = None, **kwargs: Any) -> None:
        key = api_key or os.environ.get("S2_API_KEY") or None
        headers = dict(kwargs.pop("headers", None) or {})
        if key:
            headers["x-api-key"] = key
            if kwargs.get("interval") is None:
                kwargs["interval"] = 1.0
        super().__init__(headers=headers, **kwargs)

    def search(self, pub: Publication) -> list[Publication]:
        """Batch lookup by DOI / arXiv id when known, else ``paper/search/match``."""
        ids = []
        if pub.doi:
            ids.append(f"DOI:{pub.doi.strip()}")
        if pub.arxiv_id:
            ids.append(f"ARXIV:{pub.arxiv_id.strip()}")
        if ids:
            resp = self.http.request(
                f"{self.base_url}/graph/v1/paper/batch",
                {"fields": FIELDS},
                method="POST",
                json_body={"ids": ids},
            )
            data = self.json(resp)
            if not isinstance(data, list):
                raise OnlineError(f"semanticscholar: batch answer is not a list ({resp.url})")
            papers: list[Any] = data
        else:
            title = query_title(pub)
            if not title:
                return []
            resp = self.http.request(
                f"{self.base_url}/graph/v1/paper/search/match",
                {"query": title, "fields": FIELDS},
                ok_status=frozenset({200, 404}),
            )
            if resp.status == 404:  # "Title match not found"
                return []
            data = self.json(resp)
            papers = self.guard(lambda: as_list(data["data"]), resp)

        def parse() -> list[Publication]:
            out: dict[str, Publication] = {}
            for paper in papers:
                if paper is None:  # batch: not found
                    continue
                p = parse_s2_paper(paper)
                if p is not None:
                    out.setdefault(p.key or p.title, p)
            return list(out.values())

        return self.guard(parse, resp)
