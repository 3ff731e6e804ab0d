"""The online sources against a real HTTP server on 127.0.0.1 (nothing leaves loopback).

Recorded responses of the real services (../shared/fixtures/metadata_sources/) anchor
the parsers; responses built in the same shapes for the invented papers of
tests/fixtures/completion_papers.json drive completion and the fault injection.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import httpx
import pytest

from conftest import shared_path
from loopback import Loopback, RecordedRequest, Reply, json_reply, xml_reply
from pubrecords import CompletionReport, OnlineError, Person, Publication, complete
from pubrecords.model import Kind
from pubrecords.sources import (
    ArxivSource,
    CrossrefSource,
    DblpSource,
    FakeClock,
    OpenAlexSource,
    SemanticScholarSource,
    default_hooks,
)
from pubrecords.sources.base import OnlineSource

FIXTURES = Path(__file__).parent / "fixtures"
PAPERS: dict[str, dict[str, Any]] = json.loads(
    (FIXTURES / "completion_papers.json").read_text(encoding="utf-8")
)["papers"]
MAILTO = "tester@example.org"


def recorded(name: str) -> str:
    return shared_path("fixtures", "metadata_sources", name).read_text(encoding="utf-8")


# ----------------------------------------------------------------- response builders


def _name(a: list[str]) -> str:
    return f"{a[0]} {a[1]}"


def arxiv_feed(*papers: dict[str, Any]) -> str:
    entries = []
    for p in papers:
        authors = "".join(f"<author><name>{escape(_name(a))}</name></author>" for a in p["authors"])
        # arXiv wraps titles and abstracts over lines and indents them
        title = escape(p["title"]).replace(": ", ":\n  ", 1)
        summary = "  " + escape(p["abstract"]).replace(". ", ".\n", 2) + "\n"
        entries.append(
            f"<entry><id>http://arxiv.org/abs/{p['arxiv_id']}v2</id>"
            f"<title>{title}</title><summary>{summary}</summary>"
            f"<published>{p['year']}-03-01T10:00:00Z</published>{authors}"
            f"<arxiv:doi>{p['doi']}</arxiv:doi>"
            f"<arxiv:journal_ref>{escape(p['venue'])}</arxiv:journal_ref></entry>"
        )
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"'
        ' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">'
        f"<opensearch:totalResults>{len(papers)}</opensearch:totalResults>"
        + "".join(entries)
        + "</feed>"
    )


def openalex_work(p: dict[str, Any]) -> dict[str, Any]:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(p["abstract"].split()):
        index.setdefault(word, []).append(i)
    wid = "W" + str(int(hashlib.sha1(p["title"].encode()).hexdigest()[:8], 16))
    return {
        "id": f"https://openalex.org/{wid}",
        "doi": f"https://doi.org/{p['doi']}",
        "title": p["title"],
        "display_name": p["title"],
        "publication_year": p["year"],
        "type": "article",
        "type_crossref": p["kind"].replace("conference-paper", "proceedings-article"),
        "authorships": [
            {
                "author_position": "first" if i == 0 else "middle",
                "author": {"id": f"https://openalex.org/A{i}", "display_name": _name(a)},
                "raw_author_name": _name(a),
            }
            for i, a in enumerate(p["authors"])
        ],
        "primary_location": {"source": {"display_name": p["venue"], "type": "journal"}},
        "locations": [
            {"landing_page_url": f"https://doi.org/{p['doi']}"},
            {"landing_page_url": f"https://arxiv.org/abs/{p['arxiv_id']}"},
        ],
        "abstract_inverted_index": index,
    }


def s2_paper(p: dict[str, Any]) -> dict[str, Any]:
    pid = hashlib.sha1(p["title"].encode()).hexdigest()
    return {
        "paperId": pid,
        "externalIds": {"DOI": p["doi"], "ArXiv": p["arxiv_id"], "CorpusId": 1},
        "url": f"https://www.semanticscholar.org/paper/{pid}",
        "title": p["title"],
        "abstract": p["abstract"],
        "venue": p["venue"],
        "year": p["year"],
        "journal": {"name": p["venue"]},
        "publicationTypes": ["JournalArticle"],
        "authors": [{"authorId": str(i), "name": _name(a)} for i, a in enumerate(p["authors"])],
    }


def crossref_item(p: dict[str, Any]) -> dict[str, Any]:
    main, _, sub = p["title"].partition(": ")
    return {
        "DOI": p["doi"],
        "type": p["kind"].replace("conference-paper", "proceedings-article"),
        "title": [main],
        "subtitle": [sub] if sub else [],
        "author": [
            {"given": a[0], "family": a[1], "sequence": "first" if i == 0 else "additional"}
            for i, a in enumerate(p["authors"])
        ],
        "abstract": "<jats:title>Abstract</jats:title><jats:p>"
        + escape(p["abstract"]).replace("95%", "95<jats:sup>%</jats:sup>")
        + "</jats:p>",
        "container-title": [p["venue"]],
        "issued": {"date-parts": [[p["year"], 6, 1]]},
        "publisher": "Invented Press",
    }


def dblp_result(*papers: dict[str, Any], single: bool = False) -> dict[str, Any]:
    hits = []
    for p in papers:
        names = p.get("dblp_names") or [_name(a) for a in p["authors"]]
        hits.append(
            {
                "@score": "3",
                "info": {
                    "authors": {
                        "author": [{"@pid": str(i), "text": n} for i, n in enumerate(names)]
                    },
                    "title": p["title"] + ".",
                    "venue": p["venue"],
                    "year": str(p["year"]),
                    "type": "Conference and Workshop Papers",
                    "key": f"conf/inv/{p['arxiv_id']}",
                    "doi": p["doi"],
                    "url": f"https://dblp.org/rec/conf/inv/{p['arxiv_id']}",
                },
            }
        )
    hit: Any = hits[0] if single and len(hits) == 1 else hits
    return {"result": {"hits": {"@total": str(len(hits)), "hit": hit} if hits else {"@total": "0"}}}


def ours(key: str, *, cut: int | None = 120, keep_authors: int = 2, **changes: Any) -> Publication:
    """Our damaged record of an invented paper: abstract cut, authors partial, no metadata."""
    p = PAPERS[key]
    authors = tuple(Person(given=a[0], family=a[1]) for a in p["authors"][:keep_authors])
    fields: dict[str, Any] = dict(
        title=p["title"],
        authors=authors,
        authors_complete=keep_authors >= len(p["authors"]),
        hidden_authors=len(p["authors"]) - keep_authors or None,
        abstract=p["abstract"][:cut] if cut else None,
        abstract_complete=cut is None or cut >= len(p["abstract"]),
        kind=p["kind"],
    )
    if cut is None:
        fields["abstract"] = None
        fields["abstract_complete"] = True
    fields.update(changes)
    return Publication(**fields)


def full_names(key: str) -> list[str]:
    return [_name(a) for a in PAPERS[key]["authors"]]


# ----------------------------------------------------------------- fixtures


def make(
    cls: type[OnlineSource], server: Loopback, tmp_path: Path, client: httpx.Client, **kw: Any
):
    kw.setdefault("clock", FakeClock())
    kw.setdefault("cache_dir", tmp_path / "cache")
    kw.setdefault("mailto", MAILTO)
    return cls(base_url=server.url, client=client, **kw)


def assert_filled(pub: Publication, key: str, source: str, *, fields: tuple[str, ...]) -> None:
    p = PAPERS[key]
    if "abstract" in fields:
        assert pub.abstract == p["abstract"]
        assert pub.abstract_complete
    if "authors" in fields:
        assert [str(a) for a in pub.authors] == full_names(key)
        assert pub.authors_complete and pub.hidden_authors is None
    for name in ("year", "venue", "doi", "arxiv_id"):
        if name in fields:
            assert getattr(pub, name) == p[name], name
    actions = {(r.field, r.action) for r in pub.repairs}
    assert actions == {(f, f"complete-from-{source}") for f in fields}
    assert [s.origin for s in pub.provenance] == [source]


# ----------------------------------------------------------------- arXiv


def test_arxiv_recorded_id_list(server, tmp_path, client):
    server.route("/api/query", xml_reply(recorded("arxiv_example.xml")))
    src = make(ArxivSource, server, tmp_path, client)
    real_summary_start = "We derive the frequencies of hot Jupiters (HJs) with 3--5 day periods"
    pub = Publication(
        title="Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit "
        "Surveys Toward the Galactic Bulge and Carina",
        authors=(Person("Andrew", "Gould"), Person("B. Scott", "Gaudi")),
        authors_complete=False,
        abstract=real_summary_start,
        abstract_complete=False,
        arxiv_id="astro-ph/0601001",
    )
    report = CompletionReport()
    [done] = complete([pub], [src], report=report)
    [req] = server.requests
    assert req.param("id_list") == "astro-ph/0601001"
    assert MAILTO in req.headers["user-agent"]
    assert done.abstract.startswith(real_summary_start)
    assert done.abstract.endswith("to map this distribution in detail.")
    assert "\n" not in done.abstract and "  " not in done.abstract
    assert [a.family for a in done.authors] == ["Gould", "Dorsher", "Gaudi", "Udalski"]
    assert done.year == 2006
    assert done.authors_complete and done.abstract_complete
    assert report.accepted[0].source == "arxiv"


def test_arxiv_recorded_search_accepts_only_the_same_title(server, tmp_path, client):
    server.route("/api/query", xml_reply(recorded("arxiv_example_search.xml")))
    src = make(ArxivSource, server, tmp_path, client)
    title = "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques"
    report = CompletionReport()
    fields = ("abstract", "authors", "year", "arxiv_id")
    [done] = complete([Publication(title=title)], [src], report=report, fields=fields)
    req = server.requests[0]
    assert req.param("search_query").startswith('ti:"Testing Deep Learning Models')
    assert done.arxiv_id == "2202.12139" and done.year == 2022 and len(done.authors) == 3
    assert done.abstract.startswith("Deep Learning (DL) has revolutionized")
    # the first entry answered everything; the others were never needed
    assert [e.outcome for e in report.for_record(0)] == ["accepted"]


def test_arxiv_search_with_decoy_and_invented_paper(server, tmp_path, client):
    server.route(
        "/api/query", xml_reply(arxiv_feed(PAPERS["gardening_decoy"], PAPERS["gardening"]))
    )
    src = make(ArxivSource, server, tmp_path, client)
    report = CompletionReport()
    [done] = complete(
        [ours("gardening")], [src], report=report, fields=("abstract", "authors", "arxiv_id")
    )
    assert_filled(done, "gardening", "arxiv", fields=("abstract", "authors", "arxiv_id"))
    [rejected] = report.rejected
    assert "Convolutional" in rejected.candidate and "title" in rejected.reason


def test_arxiv_rate_limit_one_request_per_3_seconds(server, tmp_path, client):
    server.route("/api/query", xml_reply(arxiv_feed(PAPERS["gardening"])))
    clock = FakeClock()
    src = make(ArxivSource, server, tmp_path, client, clock=clock)
    src(ours("gardening"))
    src(ours("kites"))
    assert len(server.requests) == 2
    assert clock.slept == [3.0]


@pytest.mark.parametrize(
    "body",
    [
        "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>Oops",
        "<html><body>Service unavailable</body></html>",
        "not xml at all",
    ],
)
def test_arxiv_malformed_xml_is_an_online_error(server, tmp_path, client, body):
    server.route("/api/query", xml_reply(body))
    src = make(ArxivSource, server, tmp_path, client)
    with pytest.raises(OnlineError, match="arxiv"):
        src(ours("gardening"))


def test_arxiv_api_error_entry(server, tmp_path, client):
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
        "<id>http://arxiv.org/api/errors#incorrect_id_format_for_bad</id><title>Error</title>"
        "<summary>incorrect id format for bad</summary></entry></feed>"
    )
    server.route("/api/query", xml_reply(feed))
    src = make(ArxivSource, server, tmp_path, client)
    with pytest.raises(OnlineError, match="incorrect id format"):
        src(ours("gardening", arxiv_id="bad"))


# ----------------------------------------------------------------- OpenAlex


def peerj_oa_record() -> Publication:
    """Our record of the work in the recorded OpenAlex response (one author known)."""
    return Publication(
        title="The state of OA: a large-scale analysis of the prevalence and impact of Open "
        "Access articles",
        authors=(Person("Heather", "Piwowar"),),
        authors_complete=False,
        doi="10.7717/peerj.4375",
    )


def test_openalex_recorded_work_by_doi(server, tmp_path, client):
    server.route(
        "/works/doi:10.7717/peerj.4375", json_reply(json.loads(recorded("openalex_example.json")))
    )
    src = make(OpenAlexSource, server, tmp_path, client)
    pub = peerj_oa_record()
    [done] = complete([pub], [src])
    [req] = server.requests
    assert req.param("mailto") == MAILTO
    assert done.abstract.startswith("Despite growing interest in Open Access (OA) to scholarly")
    assert len(done.abstract.split()) > 200
    assert done.authors[0].family == "Piwowar" and len(done.authors) == 9
    assert done.year == 2018 and done.venue == "PeerJ"


def test_openalex_search_invented(server, tmp_path, client):
    def answer(req: RecordedRequest) -> Reply:
        assert req.param("filter").startswith("title.search:Lattice Kites")
        return json_reply({"meta": {"count": 1}, "results": [openalex_work(PAPERS["kites"])]})

    server.route("/works", answer)
    src = make(OpenAlexSource, server, tmp_path, client)
    [done] = complete([ours("kites")], [src])
    assert_filled(
        done,
        "kites",
        "openalex",
        fields=("abstract", "authors", "year", "venue", "doi", "arxiv_id"),
    )


def test_openalex_doi_not_found_is_empty(server, tmp_path, client):
    src = make(OpenAlexSource, server, tmp_path, client)  # no route: the server answers 404
    assert src(ours("kites", doi="10.5555/nothing")) == []


def test_openalex_bad_inverted_index(server, tmp_path, client):
    work = openalex_work(PAPERS["kites"])
    work["abstract_inverted_index"] = {"word": ["zero"]}
    server.route("/works", json_reply({"results": [work]}))
    src = make(OpenAlexSource, server, tmp_path, client)
    with pytest.raises(OnlineError, match="openalex"):
        src(ours("kites"))


# ----------------------------------------------------------------- Semantic Scholar


def test_s2_recorded_match_has_only_a_title(server, tmp_path, client, monkeypatch):
    monkeypatch.setenv("S2_API_KEY", "secret-test-key")
    server.route(
        "/graph/v1/paper/search/match",
        json_reply(json.loads(recorded("semanticscholar_match_example.json"))),
    )
    src = make(SemanticScholarSource, server, tmp_path, client)
    title = "Mining association rules between sets of items in large databases"
    report = CompletionReport()
    with_authors = Publication(
        title=title, authors=(Person("Rakesh", "Agrawal"),), authors_complete=False
    )
    [done] = complete([with_authors], [src], report=report)
    req = server.requests[0]
    assert req.param("query") == title and "abstract" in req.param("fields")
    assert req.headers["x-api-key"] == "secret-test-key"
    assert done == with_authors  # nothing verifiable: nothing changed
    assert "no authors to compare" in report.rejected[0].reason
    assert src.http.limiter.interval == 1.0  # with a key


def test_s2_recorded_batch_by_doi(server, tmp_path, client, monkeypatch):
    monkeypatch.delenv("S2_API_KEY", raising=False)
    server.route(
        "/graph/v1/paper/batch", json_reply(json.loads(recorded("semanticscholar_example.json")))
    )
    src = make(SemanticScholarSource, server, tmp_path, client)
    assert src.http.limiter.interval == 3.0 and "x-api-key" not in src.http.headers
    trust = Publication(
        title="How Much Should We Trust Differences-in-Differences Estimates?",
        authors=(Person("Marianne", "Bertrand"),),
        authors_complete=False,
        doi="10.2139/ssrn.288970",
    )
    miracle = Publication(
        title="The Miracle of Microfinance? Evidence from a Randomized Evaluation",
        authors=(Person("Esther", "Duflo"),),
        authors_complete=False,
        doi="10.2139/ssrn.2250500",
    )
    report = CompletionReport()
    one, two = complete(
        [trust, miracle], [src], report=report, fields=("authors", "abstract", "year")
    )
    req = server.requests[0]
    assert req.method == "POST" and req.json() == {"ids": ["DOI:10.2139/ssrn.288970"]}
    assert [str(a) for a in one.authors] == ["Marianne Bertrand", "E. Duflo", "S. Mullainathan"]
    assert one.year == 2001 and one.abstract.startswith("Most Difference-in-Difference (DD)")
    # the batch answer (the same recorded list for both) holds other papers: rejected on DOI
    assert [e.outcome for e in report.for_record(0)] == ["accepted"]
    assert [e.outcome for e in report.for_record(1)] == ["rejected", "accepted"]
    assert "DOI differs" in report.rejected[0].reason
    # our fuller spelling of a name is kept, in the candidate's order
    assert [str(a) for a in two.authors] == [
        "Esther Duflo",
        "A. Banerjee",
        "R. Glennerster",
        "Cynthia Kinnan",
    ]
    assert two.year == 2013


def test_s2_match_not_found_is_empty(server, tmp_path, client):
    server.route(
        "/graph/v1/paper/search/match", Reply(404, json.dumps({"error": "Title match not found"}))
    )
    src = make(SemanticScholarSource, server, tmp_path, client)
    assert src(ours("gardening", doi=None, arxiv_id=None)) == []


def test_s2_invented_match(server, tmp_path, client):
    server.route(
        "/graph/v1/paper/search/match", json_reply({"data": [s2_paper(PAPERS["gardening"])]})
    )
    src = make(SemanticScholarSource, server, tmp_path, client)
    [done] = complete([ours("gardening")], [src])
    assert_filled(
        done,
        "gardening",
        "semanticscholar",
        fields=("abstract", "authors", "year", "venue", "doi", "arxiv_id"),
    )


# ----------------------------------------------------------------- Crossref


def test_crossref_recorded_work_strips_jats(server, tmp_path, client):
    server.route(
        "/works/10.1038/srep16696", json_reply(json.loads(recorded("crossref_example.json")))
    )
    src = make(CrossrefSource, server, tmp_path, client)
    pub = Publication(
        title="Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson’s "
        "disease genetically related mutants",
        authors=(Person("Laura", "Tosatto"),),
        authors_complete=False,
        doi="10.1038/srep16696",
    )
    [done] = complete([pub], [src])
    assert server.requests[0].param("mailto") == MAILTO
    assert done.abstract.startswith("Oligomers of alpha-synuclein are toxic to cells")
    assert "<" not in done.abstract and "jats" not in done.abstract
    assert len(done.authors) == 8 and done.authors[1].family == "Horrocks"
    assert done.year == 2015 and done.venue == "Scientific Reports"


def test_crossref_recorded_search(server, tmp_path, client):
    server.route("/works", json_reply(json.loads(recorded("crossref_example_search.json"))))
    src = make(CrossrefSource, server, tmp_path, client)
    pub = Publication(title="Chemical Ecology", authors=(Person("A.", "Kessler"),))
    report = CompletionReport()
    [done] = complete([pub], [src], report=report, fields=("year", "doi"))
    assert server.requests[0].param("query.bibliographic") == "Chemical Ecology Kessler"
    assert done.doi == "10.1093/obo/9780199830060-0023" and done.year == 2012
    assert [e.outcome for e in report.for_record(0)] == ["rejected", "accepted"]
    assert "Communicating Ecology" in report.rejected[0].candidate


def test_crossref_invented_title_with_subtitle(server, tmp_path, client):
    server.route("/works", json_reply({"message": {"items": [crossref_item(PAPERS["kites"])]}}))
    src = make(CrossrefSource, server, tmp_path, client)
    [done] = complete([ours("kites", doi=None)], [src], fields=("abstract", "authors", "doi"))
    assert_filled(done, "kites", "crossref", fields=("abstract", "authors", "doi"))


def test_crossref_429_with_retry_after_then_success(server, tmp_path, client):
    server.route(
        "/works",
        Reply(429, '{"status":"rate limited"}', {"Retry-After": "7"}),
        json_reply({"message": {"items": [crossref_item(PAPERS["kites"])]}}),
    )
    clock = FakeClock()
    src = make(CrossrefSource, server, tmp_path, client, clock=clock)
    assert len(src(ours("kites", doi=None))) == 1
    assert len(server.requests) == 2
    assert 7.0 in clock.slept


def test_retry_after_as_http_date(server, tmp_path, client):
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.route(
        "/works",
        Reply(503, "", {"Retry-After": when}),
        json_reply({"message": {"items": []}}),
    )
    clock = FakeClock()
    src = make(CrossrefSource, server, tmp_path, client, clock=clock)
    assert src(ours("kites", doi=None)) == []
    [waited] = [s for s in clock.slept if s > 5]
    assert 20 <= waited <= 31


def test_retry_after_too_long_gives_up(server, tmp_path, client):
    server.route("/works", Reply(429, "", {"Retry-After": "3600"}))
    src = make(CrossrefSource, server, tmp_path, client)
    with pytest.raises(OnlineError, match="asked to wait 3600"):
        src(ours("kites", doi=None))
    assert len(server.requests) == 1


# ----------------------------------------------------------------- DBLP


def test_dblp_recorded_search(server, tmp_path, client):
    server.route("/search/publ/api", json_reply(json.loads(recorded("dblp_example.json"))))
    src = make(DblpSource, server, tmp_path, client)
    title = (
        "Actionable Guidance for High-Consequence AI Risk Management: Towards Standards "
        "Addressing AI Catastrophic Risks"
    )
    pub = Publication(title=title, authors=(Person("Dan", "Hendrycks"),), authors_complete=False)
    report = CompletionReport()
    [done] = complete([pub], [src], report=report)
    req = server.requests[0]
    assert req.param("format") == "json" and req.param("q").startswith("Actionable Guidance")
    assert [a.family for a in done.authors] == ["Barrett", "Hendrycks", "Newman", "Nonnecke"]
    assert done.year == 2022 and done.arxiv_id == "2206.08966"
    assert done.venue is None  # CoRR is not a venue
    assert done.doi is None  # an arXiv DOI is not the work's DOI
    assert "arXiv DOI not used" in report.accepted[0].reason


@pytest.mark.parametrize("single", [False, True])
def test_dblp_invented_strips_homonym_numbers(server, tmp_path, client, single):
    server.route("/search/publ/api", json_reply(dblp_result(PAPERS["kites"], single=single)))
    src = make(DblpSource, server, tmp_path, client)
    [done] = complete(
        [ours("kites", doi=None, arxiv_id=None)], [src], fields=("authors", "venue", "year")
    )
    assert_filled(done, "kites", "dblp", fields=("authors", "venue", "year"))
    assert "0001" not in " ".join(map(str, done.authors))


def test_dblp_500_then_success(server, tmp_path, client):
    server.route(
        "/search/publ/api",
        Reply(500, "Internal Server Error"),
        json_reply(dblp_result(PAPERS["kites"])),
    )
    clock = FakeClock()
    src = make(DblpSource, server, tmp_path, client, clock=clock)
    assert len(src(ours("kites"))) == 1
    assert len(server.requests) == 2
    assert clock.slept[-1] == 1.0  # backoff after the first failure


def test_dblp_never_asked_for_abstracts(server, tmp_path, client):
    src = make(DblpSource, server, tmp_path, client)
    pub = ours("kites", keep_authors=5, year=2022, venue="V", doi="10.1/x", arxiv_id="1.2")
    [done] = complete([pub], [src])  # only the abstract is missing: DBLP has none
    assert done == pub and server.requests == []


# ----------------------------------------------------------------- faults common to all


JSON_SOURCES = {
    "openalex": (OpenAlexSource, "/works"),
    "semanticscholar": (SemanticScholarSource, "/graph/v1/paper/search/match"),
    "crossref": (CrossrefSource, "/works"),
    "dblp": (DblpSource, "/search/publ/api"),
}


@pytest.mark.parametrize("name", sorted(JSON_SOURCES))
@pytest.mark.parametrize(
    "body", ['{"results": [', "<html>busy</html>", '{"results": "x", "data": 3}']
)
def test_malformed_json_is_an_online_error(server, tmp_path, client, name, body):
    cls, path = JSON_SOURCES[name]
    server.route(path, Reply(200, body))
    src = make(cls, server, tmp_path, client)
    with pytest.raises(OnlineError, match=name):
        src(ours("kites", doi=None, arxiv_id=None))


@pytest.mark.parametrize(
    ("name", "empty"),
    [
        ("openalex", {"meta": {"count": 0}, "results": []}),
        ("semanticscholar", {"data": []}),
        ("crossref", {"message": {"items": [], "total-results": 0}}),
        ("dblp", {"result": {"hits": {"@total": "0", "@sent": "0"}}}),
    ],
)
def test_empty_result(server, tmp_path, client, name, empty):
    cls, path = JSON_SOURCES[name]
    server.route(path, json_reply(empty))
    src = make(cls, server, tmp_path, client)
    report = CompletionReport()
    pub = ours("kites", doi=None, arxiv_id=None)
    assert complete([pub], [src], report=report) == [pub]
    assert report.entries == [] and "abstract" in report.still_missing[0]


def test_empty_arxiv_feed(server, tmp_path, client):
    server.route("/api/query", xml_reply(arxiv_feed()))
    assert make(ArxivSource, server, tmp_path, client)(ours("kites")) == []


def test_slow_response_times_out_then_retries(server, tmp_path, client):
    body = json.dumps({"results": [openalex_work(PAPERS["kites"])]})
    server.route("/works", Reply(200, body, delay=1.5), Reply(200, body))
    clock = FakeClock()
    src = make(OpenAlexSource, server, tmp_path, client, clock=clock, timeout=0.3, retries=1)
    started = time.monotonic()
    assert len(src(ours("kites", doi=None))) == 1
    assert time.monotonic() - started < 1.4  # did not wait for the slow answer
    assert len(server.requests) == 2 and clock.slept == [1.0]


def test_slow_source_is_reported_and_the_run_goes_on(server, tmp_path, client):
    server.route("/slow/works", Reply(200, "{}", delay=1.0))
    server.route("/fine/works", json_reply({"results": [openalex_work(PAPERS["kites"])]}))
    slow = OpenAlexSource(
        base_url=server.url + "/slow",
        client=client,
        cache_dir=False,
        clock=FakeClock(),
        timeout=0.2,
        retries=0,
    )
    fine = OpenAlexSource(base_url=server.url + "/fine", client=client, cache_dir=False)
    report = CompletionReport()
    [done] = complete([ours("kites", doi=None)], [slow, fine], report=report)
    assert done.abstract == PAPERS["kites"]["abstract"]
    [error] = report.errors
    assert error.source == "openalex" and "timed out" in error.reason


def test_exponential_backoff_then_failure(server, tmp_path, client):
    server.route("/search/publ/api", Reply(503, "busy"))
    clock = FakeClock()
    src = make(DblpSource, server, tmp_path, client, clock=clock, retries=3)
    with pytest.raises(OnlineError, match="HTTP 503"):
        src(ours("kites"))
    assert len(server.requests) == 4
    assert clock.slept == [1.0, 2.0, 4.0]


def test_client_error_is_not_retried(server, tmp_path, client):
    server.route("/search/publ/api", Reply(400, "bad query"))
    src = make(DblpSource, server, tmp_path, client)
    with pytest.raises(OnlineError, match="HTTP 400"):
        src(ours("kites"))
    assert len(server.requests) == 1


def test_breaker_stops_asking_a_failing_source(server, tmp_path, client):
    server.route("/search/publ/api", Reply(500, "down"))
    src = make(DblpSource, server, tmp_path, client, retries=0)
    records = [ours("kites", title=f"Lattice Kites Part {i}") for i in range(8)]
    report = CompletionReport()
    out = complete(records, [src], report=report)
    assert out == records
    assert len(report.errors) == 8
    assert len(server.requests) == 5  # then it stopped asking
    assert "stopped asking" in report.errors[-1].reason


def test_malformed_answer_reported_and_other_hooks_still_used(server, tmp_path, client):
    server.route("/api/query", xml_reply("<feed"))
    server.route("/search/publ/api", json_reply(dblp_result(PAPERS["kites"])))
    hooks = [
        make(ArxivSource, server, tmp_path, client),
        make(DblpSource, server, tmp_path, client),
    ]
    report = CompletionReport()
    [done] = complete([ours("kites")], hooks, report=report)
    assert [e.outcome for e in report.entries] == ["error", "accepted"]
    assert report.errors[0].source == "arxiv" and "malformed XML" in report.errors[0].reason
    assert len(done.authors) == 5


# ----------------------------------------------------------------- cache, politeness, transport


def test_second_run_makes_no_requests(server, tmp_path, client):
    server.route("/works", json_reply({"results": [openalex_work(PAPERS["kites"])]}))
    server.route("/api/query", xml_reply(arxiv_feed(PAPERS["gardening"])))
    records = [ours("kites", doi=None), ours("gardening")]

    def run():
        hooks = [
            make(OpenAlexSource, server, tmp_path, client, mailto="other@example.org"),
            make(ArxivSource, server, tmp_path, client),
        ]
        return complete(records, hooks)

    first = run()
    sent = len(server.requests)
    assert sent >= 2
    second = run()
    assert len(server.requests) == sent
    assert second == first


def test_cache_expires(server, tmp_path, client):
    server.route("/search/publ/api", json_reply(dblp_result(PAPERS["kites"])))
    make(DblpSource, server, tmp_path, client)(ours("kites"))
    make(DblpSource, server, tmp_path, client, max_age=-1)(ours("kites"))
    assert len(server.requests) == 2


def test_no_disk_cache_when_disabled(server, tmp_path, client):
    server.route("/search/publ/api", json_reply(dblp_result(PAPERS["kites"])))
    src = make(DblpSource, server, tmp_path, client, cache_dir=False)
    src(ours("kites"))
    src(ours("kites"))  # the same run: answered from memory
    make(DblpSource, server, tmp_path, client, cache_dir=False)(ours("kites"))
    assert len(server.requests) == 2
    assert not (tmp_path / "cache").exists()


def test_user_agent_has_contact_and_own_client_created(server, tmp_path):
    server.route("/search/publ/api", json_reply(dblp_result()))
    src = DblpSource(
        base_url=server.url,
        cache_dir=False,
        mailto=MAILTO,
        transport=httpx.HTTPTransport(),  # the source builds its client on this transport
    )
    try:
        src(ours("kites"))
    finally:
        src.close()
    ua = server.requests[0].headers["user-agent"]
    assert ua.startswith("pubrecords/") and f"mailto:{MAILTO}" in ua


def test_swappable_transport_without_a_server():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=dblp_result(PAPERS["kites"]))

    src = DblpSource(cache_dir=False, transport=httpx.MockTransport(handler))
    assert len(src(ours("kites"))) == 1
    assert seen[0].url.host == "dblp.org"  # never sent: the mock transport answered


def test_missing_httpx_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx", None)
    src = DblpSource(cache_dir=False)
    with pytest.raises(OnlineError, match=r"pubrecords\[online\]"):
        src(ours("kites"))


# ----------------------------------------------------------------- default_hooks end to end


def test_default_hooks_every_source_over_loopback(server, tmp_path, client):
    p = PAPERS
    server.route("/openalex/works", json_reply({"results": []}))
    server.route(
        "/openalex/works/doi:10.5555/jiml.2021.0042", json_reply({"title": "x", "authorships": 3})
    )
    server.route(
        "/s2/graph/v1/paper/search/match", json_reply({"data": [s2_paper(p["gardening_decoy"])]})
    )
    server.route("/s2/graph/v1/paper/batch", json_reply([None, s2_paper(p["gardening_decoy"])]))
    server.route("/arxiv/api/query", xml_reply(arxiv_feed(p["gardening"])))
    server.route("/crossref/works", json_reply({"message": {"items": [crossref_item(p["kites"])]}}))
    server.route("/dblp/search/publ/api", json_reply(dblp_result(p["kites"])))
    names = ("openalex", "semanticscholar", "arxiv", "crossref", "dblp")
    hooks = default_hooks(
        mailto=MAILTO,
        cache_dir=tmp_path / "cache",
        client=client,
        base_urls={n: f"{server.url}/{n if n != 'semanticscholar' else 's2'}" for n in names},
        clock=FakeClock(),
    )
    assert [h.name for h in hooks] == list(names)
    records = [
        ours("gardening", doi="10.5555/jiml.2021.0042"),
        ours("kites", arxiv_id="2203.04567"),
        Publication(title="Untitled Notes on Nothing", kind=Kind.OTHER),
    ]
    report = CompletionReport()
    progress: list[tuple[str, int, int | None]] = []
    out = complete(records, hooks, report=report, progress=lambda *a: progress.append(a))
    assert progress[-1] == ("complete", 3, 3)
    g, k, _ = out
    assert g.abstract == p["gardening"]["abstract"] and len(g.authors) == 4
    assert k.abstract == p["kites"]["abstract"] and len(k.authors) == 5
    asked = {r.path.split("/")[1] for r in server.requests}
    assert asked == {"openalex", "s2", "arxiv", "crossref", "dblp"}
    by_source = {(e.source, e.outcome) for e in report.entries}
    assert ("openalex", "error") in by_source  # the malformed work
    assert ("semanticscholar", "rejected") in by_source  # the decoy
    assert ("arxiv", "accepted") in by_source
    assert ("crossref", "accepted") in by_source
    assert {r.action for r in g.repairs} >= {"complete-from-arxiv"}
    assert all(r.path.startswith(f"/{r.path.split('/')[1]}/") for r in server.requests)
    assert all(MAILTO in r.headers["user-agent"] for r in server.requests)


def test_default_hooks_unknown_source():
    with pytest.raises(ValueError, match="unknown source"):
        default_hooks(cache_dir=False, sources=["scholar"])


def test_default_hooks_without_httpx_fail_at_once(monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx", None)
    with pytest.raises(OnlineError, match=r"pip install 'pubrecords\[online\]'"):
        default_hooks(cache_dir=False)


def test_doi_with_reserved_characters_is_quoted(server, tmp_path, client):
    doi = "10.1002/(SICI)1097-4636(199706)35:4<433::AID-JBM4>3.0.CO;2-?"
    server.route(
        "/works/" + doi.replace("<", "%3C").replace(">", "%3E").replace("?", "%3F"),
        json_reply({"message": crossref_item(PAPERS["kites"])}),
    )
    src = make(CrossrefSource, server, tmp_path, client)
    assert len(src(ours("kites", doi=doi))) == 1
