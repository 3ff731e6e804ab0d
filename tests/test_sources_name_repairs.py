"""What reading a name changed, recorded by the online sources and kept by completion.

Each test copies a recorded response of the real service
(../shared/fixtures/metadata_sources/) to tmp_path, puts invented names in it (a title
before one, a lost accent in another) and serves the copy on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import shared_path
from loopback import json_reply, xml_reply
from pubrecords import CompletionReport, Person, Publication, complete
from pubrecords.sources import (
    ArxivSource,
    DblpSource,
    OpenAlexSource,
    SemanticScholarSource,
)
from pubrecords.sources.base import people_from_texts
from test_sources import make, peerj_oa_record

TITLED = "Prof. Dr. Invented Person"
ACCENT = "Jos'e Quintarro"


def copy_recorded(name: str, tmp_path: Path, change: Any) -> str:
    """The recorded response ``name`` changed by ``change`` (text → text), as a file in
    tmp_path; its text."""
    text = shared_path("fixtures", "metadata_sources", name).read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text
    copy = tmp_path / name
    copy.write_text(changed, encoding="utf-8")
    return copy.read_text(encoding="utf-8")


def name_repairs(pub: Publication) -> list[tuple[str, str, str, str]]:
    return [
        (r.field, r.action, r.before, r.after)
        for r in pub.repairs
        if r.field.startswith("authors[")
    ]


# ----------------------------------------------------------------- arXiv


def _arxiv_with_invented(text: str) -> str:
    # a titled author after the last one, and a lost accent in the second
    last = "<name>Andrzej Udalski</name>"
    extra = f"</author>\n    <author>\n      <name>{TITLED}</name>"
    text = text.replace(last, last + extra, 1)
    return text.replace("<name>Susan Dorsher</name>", f"<name>{ACCENT}</name>", 1)


ARXIV_TITLE = (
    "Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit "
    "Surveys Toward the Galactic Bulge and Carina"
)


def test_arxiv_records_name_repairs(server, tmp_path, client):
    server.route(
        "/api/query", xml_reply(copy_recorded("arxiv_example.xml", tmp_path, _arxiv_with_invented))
    )
    src = make(ArxivSource, server, tmp_path, client)
    [found] = src(Publication(title=ARXIV_TITLE, arxiv_id="astro-ph/0601001"))
    assert [str(a) for a in found.authors] == [
        "Andrew Gould",
        "José Quintarro",
        "B. Scott Gaudi",
        "Andrzej Udalski",
        "Invented Person",
    ]
    assert name_repairs(found) == [
        ("authors[1]", "restore-lost-accent", ACCENT, "José Quintarro"),
        ("authors[4]", "drop-title", TITLED, "Invented Person"),
    ]


def test_completion_keeps_the_source_name_repairs(server, tmp_path, client):
    server.route(
        "/api/query", xml_reply(copy_recorded("arxiv_example.xml", tmp_path, _arxiv_with_invented))
    )
    src = make(ArxivSource, server, tmp_path, client)
    pub = Publication(
        title=ARXIV_TITLE,
        authors=(Person("Andrew", "Gould"), Person("B. Scott", "Gaudi")),
        authors_complete=False,
        arxiv_id="astro-ph/0601001",
    )
    report = CompletionReport()
    [done] = complete([pub], [src], report=report, fields=("authors",))
    assert report.accepted and report.accepted[0].fields == ("authors",)
    assert str(done.authors[4]) == "Invented Person"
    kept = [r for r in done.repairs if r.field.startswith("authors[")]
    assert [(r.field, r.action, r.before, r.after) for r in kept] == [
        ("authors[1]", "restore-lost-accent", ACCENT, "José Quintarro"),
        ("authors[4]", "drop-title", TITLED, "Invented Person"),
    ]
    assert all(r.reason.startswith("arxiv: ") for r in kept)
    # the whole list's change is recorded too, before the names' own repairs
    assert done.repairs[0].field == "authors"


def test_completion_drops_repairs_of_names_it_did_not_take(server, tmp_path, client):
    # the source titles a name we already spell better: our spelling stays, so the
    # source's repair of its own spelling is no change to our record
    def change(text: str) -> str:
        return text.replace("<name>Andrew Gould</name>", "<name>Dr. A. Gould</name>", 1)

    server.route("/api/query", xml_reply(copy_recorded("arxiv_example.xml", tmp_path, change)))
    src = make(ArxivSource, server, tmp_path, client)
    [found] = src(Publication(title=ARXIV_TITLE, arxiv_id="astro-ph/0601001"))
    assert name_repairs(found) == [("authors[0]", "drop-title", "Dr. A. Gould", "A. Gould")]
    pub = Publication(
        title=ARXIV_TITLE,
        authors=(Person("Andrew", "Gould"), Person("B. Scott", "Gaudi")),
        authors_complete=False,
        arxiv_id="astro-ph/0601001",
    )
    [done] = complete([pub], [src], fields=("authors",))
    assert str(done.authors[0]) == "Andrew Gould" and len(done.authors) == 4
    assert name_repairs(done) == []


# ----------------------------------------------------------------- OpenAlex


def test_openalex_records_name_repairs(server, tmp_path, client):
    def change(text: str) -> str:
        work = json.loads(text)
        work["authorships"][2]["author"]["display_name"] = TITLED
        work["authorships"][5]["author"]["display_name"] = ACCENT
        return json.dumps(work)

    work = json.loads(copy_recorded("openalex_example.json", tmp_path, change))
    server.route("/works/doi:10.7717/peerj.4375", json_reply(work))
    src = make(OpenAlexSource, server, tmp_path, client)
    pub = peerj_oa_record()
    [found] = src(pub)
    assert name_repairs(found) == [
        ("authors[2]", "drop-title", TITLED, "Invented Person"),
        ("authors[5]", "restore-lost-accent", ACCENT, "José Quintarro"),
    ]
    [done] = complete([pub], [src], fields=("authors",))
    assert [r.field for r in done.repairs if r.action != "complete-from-openalex"] == [
        "authors[2]",
        "authors[5]",
    ]


# ----------------------------------------------------------------- Semantic Scholar


def test_s2_records_name_repairs(server, tmp_path, client, monkeypatch):
    monkeypatch.delenv("S2_API_KEY", raising=False)

    def change(text: str) -> str:
        papers = json.loads(text)
        papers[1]["authors"].append({"authorId": None, "name": TITLED})
        return json.dumps(papers)

    papers = json.loads(copy_recorded("semanticscholar_example.json", tmp_path, change))
    server.route("/graph/v1/paper/batch", json_reply(papers))
    src = make(SemanticScholarSource, server, tmp_path, client)
    pub = Publication(
        title="How Much Should We Trust Differences-in-Differences Estimates?",
        authors=(Person("Marianne", "Bertrand"),),
        authors_complete=False,
        doi="10.2139/ssrn.288970",
    )
    [done] = complete([pub], [src], fields=("authors",))
    assert [str(a) for a in done.authors][-1] == "Invented Person"
    assert name_repairs(done) == [("authors[3]", "drop-title", TITLED, "Invented Person")]


# ----------------------------------------------------------------- DBLP


def test_dblp_records_name_repairs(server, tmp_path, client):
    def change(text: str) -> str:
        data = json.loads(text)
        authors = data["result"]["hits"]["hit"][0]["info"]["authors"]["author"]
        authors[2]["text"] = f"{TITLED} 0002"  # a homonym number too
        return json.dumps(data)

    data = json.loads(copy_recorded("dblp_example.json", tmp_path, change))
    server.route("/search/publ/api", json_reply(data))
    src = make(DblpSource, server, tmp_path, client)
    title = (
        "Actionable Guidance for High-Consequence AI Risk Management: Towards Standards "
        "Addressing AI Catastrophic Risks"
    )
    [found] = src(Publication(title=title))
    assert str(found.authors[2]) == "Invented Person"
    assert name_repairs(found) == [("authors[2]", "drop-title", TITLED, "Invented Person")]


def test_people_from_texts_indexes_every_name():
    people, repairs = people_from_texts(["Ada Quill", TITLED, ACCENT], field="editor")
    assert [str(p) for p in people] == ["Ada Quill", "Invented Person", "José Quintarro"]
    assert [(r.field, r.action) for r in repairs] == [
        ("editor[1]", "drop-title"),
        ("editor[2]", "restore-lost-accent"),
    ]
