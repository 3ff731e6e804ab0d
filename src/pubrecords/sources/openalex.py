"""OpenAlex: abstracts (rebuilt from ``abstract_inverted_index``), authors, venues, DOIs."""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import quote

from ..errors import OnlineError
from ..model import Kind, Publication, Source
from .base import OnlineSource, as_int, as_list, clean_text, people_from_texts, query_title

_DOI_SAFE = "/:;()._-"

__all__ = ["OpenAlexSource", "parse_openalex_work", "rebuild_abstract"]

_KINDS = {
    "journal-article": Kind.JOURNAL_ARTICLE,
    "proceedings-article": Kind.CONFERENCE_PAPER,
    "posted-content": Kind.PREPRINT,
    "preprint": Kind.PREPRINT,
    "book-chapter": Kind.CHAPTER,
    "book": Kind.BOOK,
    "monograph": Kind.BOOK,
    "dissertation": Kind.THESIS,
    "report": Kind.REPORT,
    "dataset": Kind.DATASET,
}
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^/?#\s]+?)(?:v\d+)?(?:\.pdf)?$")


def rebuild_abstract(index: Any) -> str | None:
    """The abstract from an inverted index ``{word: [positions]}``.

    >>> rebuild_abstract({"world.": [1], "Hello": [0]})
    'Hello world.'
    >>> rebuild_abstract(None) is None
    True
    """
    if not index:
        return None
    if not isinstance(index, dict):
        raise OnlineError("openalex: abstract_inverted_index is not an object")
    slots: dict[int, str] = {}
    for word, positions in index.items():
        for pos in as_list(positions):
            if not isinstance(pos, int) or isinstance(pos, bool) or pos < 0:
                raise OnlineError("openalex: bad position in abstract_inverted_index")
            slots[pos] = str(word)
    return clean_text(" ".join(slots[k] for k in sorted(slots)))


def _strip_doi(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return re.sub(r"^https?://(dx\.)?doi\.org/", "", value.strip(), flags=re.IGNORECASE)


def parse_openalex_work(work: dict[str, Any]) -> Publication | None:
    """One OpenAlex work as a Publication (None without a title).

    >>> p = parse_openalex_work({"id": "https://openalex.org/W1", "title": "T",
    ...     "publication_year": 2020, "doi": "https://doi.org/10.1/X",
    ...     "authorships": [{"author": {"display_name": "Ada Lovelace"}}],
    ...     "abstract_inverted_index": {"Hi.": [0]}})
    >>> p.doi, p.abstract, p.year, p.key
    ('10.1/X', 'Hi.', 2020, 'W1')
    """
    title = clean_text(work.get("title") or work.get("display_name"))
    if not title:
        return None
    names = []
    for a in as_list(work.get("authorships")):
        author = a.get("author") or {}
        name = author.get("display_name") or a.get("raw_author_name")
        if name:
            names.append(str(name))
    authors, repairs = people_from_texts(names)
    ident = str(work.get("id") or "").rsplit("/", 1)[-1] or None
    loc = work.get("primary_location") or {}
    venue = clean_text((loc.get("source") or {}).get("display_name"))
    arxiv_id = None
    for location in as_list(work.get("locations")):
        for url in (location.get("landing_page_url"), location.get("pdf_url")):
            m = _ARXIV_URL.search(url or "")
            if m:
                arxiv_id = m.group(1)
                break
        if arxiv_id:
            break
    kind = _KINDS.get(str(work.get("type_crossref") or work.get("type") or ""), Kind.UNKNOWN)
    if kind == Kind.UNKNOWN and (venue or "").lower() in ("arxiv", "arxiv (cornell university)"):
        kind = Kind.PREPRINT
    if kind == Kind.PREPRINT:
        venue = None
    url = str(work.get("id")) if work.get("id") else None
    return Publication(
        title=title,
        authors=authors,
        authors_complete=not bool(work.get("is_authors_truncated")),
        abstract=rebuild_abstract(work.get("abstract_inverted_index")),
        year=as_int(work.get("publication_year")),
        venue=venue,
        kind=kind,
        doi=_strip_doi(work.get("doi")),
        arxiv_id=arxiv_id,
        url=url,
        key=ident,
        provenance=(Source(origin="openalex", key=ident, detail=url),),
        repairs=repairs,
    )


class OpenAlexSource(OnlineSource):
    """OpenAlex as a completion hook (``mailto`` joins the polite pool; ``api_key``
    or ``$OPENALEX_API_KEY`` is sent where given).

    >>> OpenAlexSource(cache_dir=False).base_url
    'https://api.openalex.org'
    """

    name = "openalex"
    provides = frozenset({"abstract", "authors", "year", "venue", "doi", "arxiv_id"})
    default_base_url = "https://api.openalex.org"
    default_interval = 0.2

    def __init__(self, *, api_key: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api_key = api_key or os.environ.get("OPENALEX_API_KEY") or None

    def _params(self, **params: str) -> dict[str, str]:
        if self.mailto:
            params["mailto"] = self.mailto
        if self.api_key:
            params["api_key"] = self.api_key
        return params

    def search(self, pub: Publication) -> list[Publication]:
        """Fetch the work by DOI when known, else search titles."""
        if pub.doi:
            resp = self.http.request(
                f"{self.base_url}/works/doi:{quote(pub.doi.strip(), safe=_DOI_SAFE)}",
                self._params(),
                ok_status=frozenset({200, 404}),
            )
            if resp.status == 404:
                return []
            data = self.json(resp)
            works = [data]
        else:
            title = query_title(pub)
            if not title:
                return []
            resp = self.http.request(
                f"{self.base_url}/works",
                self._params(filter=f"title.search:{title}", **{"per-page": str(self.max_results)}),
            )
            data = self.json(resp)
            works = self.guard(lambda: list(data["results"]), resp)

        def parse() -> list[Publication]:
            out = []
            for w in works:
                if not isinstance(w, dict):
                    raise TypeError("work is not an object")
                p = parse_openalex_work(w)
                if p is not None:
                    out.append(p)
            return out

        return self.guard(parse, resp)
