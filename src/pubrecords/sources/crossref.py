"""Crossref: registered metadata by DOI or bibliographic query; JATS stripped from abstracts."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote

from ..model import Kind, Person, Publication, Source
from .base import OnlineSource, as_int, as_list, clean_text, query_title

_DOI_SAFE = "/:;()._-"

__all__ = ["CrossrefSource", "parse_crossref_item", "strip_jats"]

_KINDS = {
    "journal-article": Kind.JOURNAL_ARTICLE,
    "proceedings-article": Kind.CONFERENCE_PAPER,
    "posted-content": Kind.PREPRINT,
    "book-chapter": Kind.CHAPTER,
    "book": Kind.BOOK,
    "monograph": Kind.BOOK,
    "edited-book": Kind.BOOK,
    "dissertation": Kind.THESIS,
    "report": Kind.REPORT,
    "dataset": Kind.DATASET,
}
_JATS_TITLE = re.compile(r"<(jats:)?title\b[^>]*>[^<]*</(jats:)?title>", re.IGNORECASE)
_BLOCK = re.compile(r"</?(?:jats:)?(?:p|sec|list-item|list)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")


def strip_jats(text: str | None) -> str | None:
    """Plain text of a JATS abstract: section titles dropped, tags removed, entities decoded.

    >>> strip_jats("<jats:title>Abstract</jats:title><jats:p>Fish &amp; <jats:italic>chips</jats:italic>.</jats:p>")
    'Fish & chips.'
    """
    if not text:
        return None
    text = _JATS_TITLE.sub(" ", text)
    text = _BLOCK.sub(" ", text)
    text = _TAG.sub("", text)
    return clean_text(html.unescape(text))


def _year(item: dict[str, Any]) -> int | None:
    for field in ("issued", "published", "published-print", "published-online", "created"):
        parts = (item.get(field) or {}).get("date-parts") or []
        if parts and parts[0]:
            year = as_int(parts[0][0])
            if year:
                return year
    return None


def parse_crossref_item(item: dict[str, Any]) -> Publication | None:
    """One Crossref work (``message`` or an ``items`` element) as a Publication.

    >>> p = parse_crossref_item({"DOI": "10.1/x", "title": ["T"], "subtitle": ["S"],
    ...     "author": [{"given": "Ada", "family": "Lovelace"}, {"name": "The Group"}],
    ...     "issued": {"date-parts": [[2015, 11]]}, "container-title": ["J"]})
    >>> p.title, p.year, p.venue, [str(a) for a in p.authors]
    ('T: S', 2015, 'J', ['Ada Lovelace', 'The Group'])
    """
    titles = [clean_text(t) for t in as_list(item.get("title"))]
    title = next((t for t in titles if t), None)
    if not title:
        return None
    sub = next((s for s in (clean_text(t) for t in as_list(item.get("subtitle"))) if s), None)
    if sub and sub.lower() not in title.lower():
        title = f"{title}: {sub}"
    authors = []
    for a in as_list(item.get("author")):
        if a.get("family"):
            authors.append(
                Person(given=clean_text(a.get("given")) or "", family=clean_text(a["family"]) or "")
            )
        elif a.get("name"):
            authors.append(Person(literal=clean_text(a["name"]) or ""))
    doi = clean_text(item.get("DOI"))
    venue = next(
        (v for v in (clean_text(c) for c in as_list(item.get("container-title"))) if v), None
    )
    url = f"https://doi.org/{doi}" if doi else clean_text(item.get("URL"))
    return Publication(
        title=title,
        authors=tuple(authors),
        abstract=strip_jats(item.get("abstract")),
        year=_year(item),
        venue=venue,
        kind=_KINDS.get(str(item.get("type") or ""), Kind.UNKNOWN),
        doi=doi,
        volume=clean_text(item.get("volume")),
        issue=clean_text(item.get("issue")),
        pages=clean_text(item.get("page")),
        publisher=clean_text(item.get("publisher")),
        url=url,
        key=doi,
        provenance=(Source(origin="crossref", key=doi, detail=url),),
    )


class CrossrefSource(OnlineSource):
    """Crossref as a completion hook (``mailto`` joins the polite pool).

    >>> CrossrefSource(cache_dir=False, mailto="me@example.org").mailto
    'me@example.org'
    """

    name = "crossref"
    provides = frozenset({"abstract", "authors", "year", "venue", "doi"})
    default_base_url = "https://api.crossref.org"
    default_interval = 0.5

    def _params(self, **params: str) -> dict[str, str]:
        if self.mailto:
            params["mailto"] = self.mailto
        return params

    def search(self, pub: Publication) -> list[Publication]:
        """Fetch by DOI when known, else ``query.bibliographic`` with title and first author."""
        if pub.doi:
            resp = self.http.request(
                f"{self.base_url}/works/{quote(pub.doi.strip(), safe=_DOI_SAFE)}",
                self._params(),
                ok_status=frozenset({200, 404}),
            )
            if resp.status == 404:
                return []
            data = self.json(resp)
            items = self.guard(lambda: [data["message"]], resp)
        else:
            query = query_title(pub)
            if not query:
                return []
            if pub.authors and pub.authors[0].family:
                query += f" {pub.authors[0].family}"
            resp = self.http.request(
                f"{self.base_url}/works",
                self._params(**{"query.bibliographic": query, "rows": str(self.max_results)}),
            )
            data = self.json(resp)
            items = self.guard(lambda: as_list(data["message"]["items"]), resp)

        def parse() -> list[Publication]:
            out = []
            for item in items:
                p = parse_crossref_item(item)
                if p is not None:
                    out.append(p)
            return out

        return self.guard(parse, resp)
