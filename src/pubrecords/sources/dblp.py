"""DBLP: venues, years and author lists of computer-science papers (no abstracts)."""

from __future__ import annotations

import re
from typing import Any

from ..model import Kind, Publication, Source
from .base import OnlineSource, as_int, as_list, clean_text, people_from_texts, query_title

__all__ = ["DblpSource", "parse_dblp_hit", "strip_homonym"]

_HOMONYM = re.compile(r"\s+\d{4}$")
_CORR = re.compile(r"^abs/(.+)$")
_KINDS = {
    "Journal Articles": Kind.JOURNAL_ARTICLE,
    "Conference and Workshop Papers": Kind.CONFERENCE_PAPER,
    "Parts in Books or Collections": Kind.CHAPTER,
    "Books and Theses": Kind.BOOK,
    "Editorship": Kind.BOOK,
    "Data and Artifacts": Kind.DATASET,
}


def strip_homonym(name: str) -> str:
    """A DBLP name without its homonym number.

    >>> strip_homonym("Wei Wang 0001")
    'Wei Wang'
    """
    return _HOMONYM.sub("", name.strip())


def parse_dblp_hit(hit: dict[str, Any]) -> Publication | None:
    """One DBLP search hit as a Publication; CoRR entries become arXiv preprints.

    >>> p = parse_dblp_hit({"info": {"title": "On Widgets.", "venue": "CoRR",
    ...     "volume": "abs/2206.08966", "year": "2022",
    ...     "authors": {"author": {"text": "Wei Wang 0001"}}}})
    >>> p.title, p.arxiv_id, p.kind.value, p.venue, str(p.authors[0])
    ('On Widgets', '2206.08966', 'preprint', None, 'Wei Wang')
    """
    info = hit.get("info") or {}
    title = clean_text(info.get("title"))
    if title and title.endswith(".") and not title.endswith(".."):
        title = title[:-1].rstrip()
    if not title:
        return None
    names = []
    for a in as_list((info.get("authors") or {}).get("author")):
        name = a.get("text") if isinstance(a, dict) else a
        if name:
            names.append(strip_homonym(str(name)))
    authors, repairs = people_from_texts(names)
    venues = [clean_text(str(v)) for v in as_list(info.get("venue"))]
    venue = ", ".join(v for v in venues if v) or None
    kind = _KINDS.get(str(info.get("type") or ""), Kind.UNKNOWN)
    arxiv_id = None
    if venue == "CoRR":
        m = _CORR.match(str(info.get("volume") or ""))
        arxiv_id = m.group(1) if m else None
        kind, venue = Kind.PREPRINT, None
    key = clean_text(info.get("key"))
    url = clean_text(info.get("url"))
    doi = clean_text(info.get("doi"))
    return Publication(
        title=title,
        authors=authors,
        year=as_int(info.get("year")),
        venue=venue,
        kind=kind,
        doi=doi,
        arxiv_id=arxiv_id,
        volume=None if arxiv_id else clean_text(info.get("volume")),
        pages=clean_text(info.get("pages")),
        url=url,
        key=key,
        provenance=(Source(origin="dblp", key=key, detail=url),),
        repairs=repairs,
    )


class DblpSource(OnlineSource):
    """DBLP's publication search as a completion hook.

    >>> sorted(DblpSource(cache_dir=False).provides)
    ['arxiv_id', 'authors', 'doi', 'venue', 'year']
    """

    name = "dblp"
    provides = frozenset({"authors", "year", "venue", "doi", "arxiv_id"})
    default_base_url = "https://dblp.org"
    default_interval = 1.0

    def search(self, pub: Publication) -> list[Publication]:
        """Search DBLP by title."""
        title = query_title(pub)
        if not title:
            return []
        resp = self.http.request(
            f"{self.base_url}/search/publ/api",
            {"q": title, "format": "json", "h": str(self.max_results)},
        )
        data = self.json(resp)

        def parse() -> list[Publication]:
            hits = as_list((data["result"].get("hits") or {}).get("hit"))
            out = []
            for hit in hits:
                p = parse_dblp_hit(hit)
                if p is not None:
                    out.append(p)
            return out

        return self.guard(parse, resp)
