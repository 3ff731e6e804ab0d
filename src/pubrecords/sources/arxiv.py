"""arXiv (Atom API): full abstracts and author lists of preprints.

Searches by title (``ti:"…"``), or fetches by ``id_list`` when the record has an
arXiv id. arXiv asks for one request every 3 seconds; that is the default.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..errors import OnlineError
from ..model import Kind, Publication, Source
from .base import OnlineSource, as_int, clean_text, people_from_texts, query_title
from .http import Response

__all__ = ["ArxivSource", "parse_arxiv_feed"]

_NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "arxiv": "http://arxiv.org/schemas/atom",
    "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
}
_ABS = re.compile(r"^https?://(?:export\.)?arxiv\.org/abs/(.+?)(v\d+)?$")


def parse_arxiv_feed(text: str) -> list[Publication]:
    """Publications from an arXiv Atom feed; malformed XML raises OnlineError.

    >>> feed = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
    ...         '<id>http://arxiv.org/abs/2101.00001v2</id><title>A  Title</title>'
    ...         '<summary> Text. </summary><published>2021-01-01T00:00:00Z</published>'
    ...         '<author><name>Ada Lovelace</name></author></entry></feed>')
    >>> [p] = parse_arxiv_feed(feed)
    >>> p.arxiv_id, p.title, p.abstract, p.year, str(p.authors[0])
    ('2101.00001', 'A Title', 'Text.', 2021, 'Ada Lovelace')
    """
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise OnlineError(f"arxiv: malformed XML answer: {exc}") from exc
    if root.tag != f"{{{_NS['atom']}}}feed":
        raise OnlineError(f"arxiv: not an Atom feed (root element {root.tag!r})")
    out = []
    for entry in root.findall("atom:entry", _NS):
        ident = (entry.findtext("atom:id", "", _NS) or "").strip()
        title = clean_text(entry.findtext("atom:title", "", _NS))
        if "/api/errors" in ident or (title == "Error" and not _ABS.match(ident)):
            detail = clean_text(entry.findtext("atom:summary", "", _NS)) or "error"
            raise OnlineError(f"arxiv: the API reports an error: {detail}")
        m = _ABS.match(ident)
        if not title or not m:
            continue
        arxiv_id = m.group(1)
        authors, repairs = people_from_texts(
            name
            for a in entry.findall("atom:author", _NS)
            if (name := (a.findtext("atom:name", "", _NS) or "").strip())
        )
        published = entry.findtext("atom:published", "", _NS) or ""
        extra = {}
        journal_ref = clean_text(entry.findtext("arxiv:journal_ref", None, _NS))
        if journal_ref:
            extra["journal_ref"] = journal_ref
        url = f"https://arxiv.org/abs/{arxiv_id}"
        out.append(
            Publication(
                title=title,
                authors=authors,
                abstract=clean_text(entry.findtext("atom:summary", None, _NS)),
                year=as_int(published[:4]),
                month=as_int(published[5:7]),
                kind=Kind.PREPRINT,
                doi=clean_text(entry.findtext("arxiv:doi", None, _NS)),
                arxiv_id=arxiv_id,
                url=url,
                key=arxiv_id,
                extra=extra,
                provenance=(Source(origin="arxiv", key=arxiv_id, detail=url),),
                repairs=repairs,
            )
        )
    return out


class ArxivSource(OnlineSource):
    """The arXiv API as a completion hook.

    >>> ArxivSource(cache_dir=False).http.limiter.interval
    3.0
    """

    name = "arxiv"
    provides = frozenset({"abstract", "authors", "year", "arxiv_id", "doi"})
    default_base_url = "https://export.arxiv.org"
    default_interval = 3.0

    def search(self, pub: Publication) -> list[Publication]:
        """Fetch by arXiv id when known, else search the title."""
        if pub.arxiv_id:
            params = {"id_list": pub.arxiv_id.strip(), "max_results": "1"}
        else:
            words = query_title(pub).replace('"', " ")
            params = {
                "search_query": f'ti:"{words}"',
                "start": "0",
                "max_results": str(self.max_results),
                "sortBy": "relevance",
            }
        resp: Response = self.http.request(f"{self.base_url}/api/query", params)
        return parse_arxiv_feed(resp.text)
