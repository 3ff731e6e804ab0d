"""The columns real tools write in their table exports, and the values that mean "missing".

Google Scholar, Zotero, Scopus, Web of Science (tab-delimited), EndNote, BibTeX-named,
rispy-named (ASReview's exports of RIS: ``primary_title``, ``first_authors``, ``urls``),
Dimensions, OpenAlex (``display_name``, ``authorships.author.display_name``, ``biblio.volume``),
Lens (``Author/s``, ``Issue Number``, ``Date Published``)
and the duplicate-detection benchmarks' columns, case-insensitively: :data:`COLUMNS` maps each
(lower case) to the field it fills, :data:`KEPT` names the columns kept in ``extra`` as
understood, :data:`MISSING` holds pandas' and R's missing-value tokens and :data:`KINDS`
the item, document and entry types of the tools.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

import attrs

from ..model import Kind, Publication, Repair

#: Column names (lower case) of the tools' exports -> the field they fill. Several columns
#: may fill one field (``journal`` and ``booktitle``): the first non-empty one wins and the
#: others, when they differ, are kept in ``extra``.
COLUMNS: dict[str, str] = {}
for _field, _names in (
    (
        "title",
        (
            *("title", "ti", "document title", "item title", "article title", "primary_title"),
            "display_name",  # (OpenAlex)
        ),
    ),
    (
        "authors",
        (
            *("authors", "author", "au", "author names", "author(s)", "first_authors"),
            *("author_names", "authorships.author.display_name"),  # (OpenAlex)
            "author/s",  # (Lens)
        ),
    ),
    (
        "venue",
        (
            "venue",
            "journal",
            "booktitle",
            "publication",
            "publication title",
            "source title",
            "so",
            "journal/book",
            "secondary title",
            "journal_name",
            "secondary_title",
            # OpenAlex (its CSV export, the older one, the API's older name)
            "primary_location.source.display_name",
            "primary_location_display_name",
            "host_venue.display_name",
        ),
    ),
    ("year", ("year", "publication year", "py", "publication_year", "pubyear")),
    (
        "date",
        ("date", "publication date", "pd", "issue date", "publication_date", "date published"),
    ),
    ("month", ("month",)),
    ("pages", ("pages", "page", "pg", "pagination")),
    (
        "page_start",
        ("page start", "start page", "bp", "start_page", "biblio.first_page", "biblio_first_page"),
    ),
    (
        "page_end",
        ("page end", "end page", "ep", "end_page", "biblio.last_page", "biblio_last_page"),
    ),
    ("volume", ("volume", "vl", "journal volume", "biblio.volume", "biblio_volume")),
    (
        "issue",
        ("issue", "number", "is", "journal issue", "biblio.issue", "biblio_issue", "issue number"),
    ),
    ("publisher", ("publisher", "pu")),
    ("doi", ("doi", "di", "item doi")),
    ("url", ("url", "link", "pdf link", "urls")),
    ("abstract", ("abstract", "abstract note", "ab", "notes_abstract")),
    ("id", ("id", "key")),
    (
        "kind",
        (
            "kind",
            "type",
            "item type",
            "document type",
            "entrytype",
            "pt",
            "dt",
            "content type",
            "type_of_reference",
            "document identifier",
            "publication type",  # (Dimensions)
        ),
    ),
    ("arxiv_id", ("arxiv", "arxiv_id", "arxiv id", "eprint")),
    ("pmid", ("pmid", "pubmed id", "pm")),
    ("pmcid", ("pmcid", "pmc id", "pmc")),
    ("eid", ("eid",)),
    ("wos", ("ut", "accession number", "unique-id")),
    ("note", ("note", "notes", "extra")),
):
    for _name in _names:
        COLUMNS[_name] = _field

#: Columns kept in ``extra`` as they are, but understood: no warning names them.
KEPT_NAMES = (
    "issn|isbn|isbns|sn|bn|editor|editors|keywords|author keywords|index keywords|de|id_|"
    "language|language of original document|cited by|tc|af|author full names|"
    "author(s) id|affiliations|authors with affiliations|abbreviated source title|j9|ji|"
    "place|series|date added|online date|date modified|access date|manual tags|"
    "automatic tags|file attachments|tags|author affiliations|date added to xplore|"
    "funding information|ieee terms|inspec controlled terms|inspec non-controlled terms|"
    "mesh_terms|article citation count|patent citation count|reference count|license|"
    "meeting date|citation|first author|create date|nihms id|"
    # Dimensions, OpenAlex
    "rank|publication id|times cited|dimensions url|altmetric|cited_by_count|relevance_score|"
    # Lens
    "lens id|issns|source country|fields of study|mesh terms|chemicals|funding|source urls|"
    "external url|microsoft academic id|citing patents count|references|citing works count|"
    "is open access|open access license|open access colour"
)
KEPT = frozenset(KEPT_NAMES.split("|"))

#: Columns kept in ``extra`` under the name the other readers give the same value (and
#: written back under the column by :func:`~pubrecords.to_table`): Scopus's article number,
#: biblatex's ``eid`` (Web of Science's ``AR``). Scopus's ``EID`` column is no article
#: number: it is the record's Scopus id (``identifiers["eid"]``).
EXTRA_NAMES = {"art. no.": "eid", "short title": "shorttitle"}
#: The ``extra`` names of :data:`EXTRA_NAMES` -> the column they are written under.
EXTRA_COLUMNS = {name: column for column, name in EXTRA_NAMES.items()}
KEPT |= EXTRA_NAMES.keys()

#: pandas' default missing-value tokens (R writes ``NA``), matched as written: an empty cell.
MISSING_TOKENS = "|NA|N/A|n/a|NaN|-NaN|nan|-nan|NULL|null|None|-|#N/A|#N/A N/A|#NA|<NA>"
MISSING = frozenset(MISSING_TOKENS.split("|"))
MISSING_WORDS = MISSING - {""}

#: Item, document and entry types of the tools -> :class:`Kind`.
KINDS: dict[str, Kind] = {}
for _kind, _spellings in (
    (
        Kind.JOURNAL_ARTICLE,
        (
            "article",
            "journal article",
            "journalarticle",
            "journal-article",
            "j",
            "jour",
            "review",
            "article in press",
            "letter",
            "editorial",
            "note",
            "short survey",
            "data paper",
            "erratum",
            "magazinearticle",
            "magazine article",
            # IEEE Xplore's "Document Identifier"
            "ieee journals",
            "ieee magazines",
            "ieee early access articles",
            "iet journals",
            "ibm journals",
            "tup journals",
        ),
    ),
    (
        Kind.CONFERENCE_PAPER,
        (
            "inproceedings",
            "conference paper",
            "conferencepaper",
            "conference-paper",
            "proceedings paper",
            "conference review",
            "conference",
            "c",
            "conf",
            "cpaper",
            "ieee conferences",
            "iet conferences",
            "vde conferences",
            "proceedings-article",  # (OpenAlex, Crossref)
            "proceeding",  # (Dimensions)
        ),
    ),
    (Kind.BOOK, ("book", "b", "proceedings", "monograph", "edited book")),
    (
        Kind.CHAPTER,
        (
            "incollection",
            "inbook",
            "book chapter",
            "booksection",
            "book section",
            "chapter",
            "chap",
            "book-chapter",  # (OpenAlex, Crossref)
        ),
    ),
    (Kind.THESIS, ("phdthesis", "mastersthesis", "thesis", "dissertation", "thes")),
    (Kind.REPORT, ("techreport", "report", "rprt")),
    (Kind.PREPRINT, ("preprint", "unpublished", "unpb")),
    (Kind.DATASET, ("dataset", "data")),
    (Kind.SOFTWARE, ("software", "computerprogram", "computer program", "comp")),
    (Kind.WEBPAGE, ("webpage", "web page", "blogpost", "elec")),
    (Kind.OTHER, ("misc", "other", "s", "p", "patent", "gen")),
):
    for _spelling in _spellings:
        KINDS[_spelling] = _kind
KINDS.update({kind.value: kind for kind in Kind})


# PubMed's CSV "Citation" cell: "Behav Ther. 2022 Mar;53(2):334-347. doi: 10.1016/…".
_PUBMED_CITATION = re.compile(
    r"(?P<journal>[^.]+(?:\.[^.\s][^.]*)*?)\. (?P<year>[12][0-9]{3})"
    r"(?: (?P<month>[A-Z][a-z]{2})\b[^;:.]*)?"
    r";(?P<volume>[^(:;.\s]+)?(?:\((?P<issue>[^)]+)\))?(?::(?P<pages>[^.;\s]+))?\."
)
_MONTH_ABBREVIATIONS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


def from_pubmed_citation(pub: Publication) -> Publication:
    """``pub`` with the volume, issue, pages and month of PubMed's ``Citation`` cell (kept in
    ``extra["citation"]``) where its own columns gave none, each a repair; and a journal
    article where the table gave no kind. Only a citation of the record's own journal
    (``Journal/Book``) and year is read.

        >>> p = Publication(title="T", year=2022, venue="Behav Ther",
        ...                 extra={"citation": "Behav Ther. 2022 Mar;53(2):334-347. doi: 1."})
        >>> q = from_pubmed_citation(p)
        >>> q.volume, q.issue, q.pages, q.month, q.kind.value, len(q.repairs)
        ('53', '2', '334-347', 3, 'journal-article', 5)
    """
    cell = pub.extra.get("citation")
    m = _PUBMED_CITATION.match(cell) if cell else None
    if m is None or pub.venue is None or m.group("journal").strip() != pub.venue.strip():
        return pub
    if pub.year is not None and str(pub.year) != m.group("year"):
        return pub
    found: dict[str, Any] = {}
    for attr in ("volume", "issue", "pages"):
        if getattr(pub, attr) is None and m.group(attr):
            found[attr] = m.group(attr)
    month = _MONTH_ABBREVIATIONS.get(m.group("month") or "")
    if pub.month is None and month is not None:
        found["month"] = month
    if pub.kind is Kind.UNKNOWN:
        found["kind"] = Kind.JOURNAL_ARTICLE
    if not found:
        return pub
    reason = "read from PubMed's Citation column"
    repairs = [
        Repair(attr, "found", "", value.value if attr == "kind" else str(value), reason)
        for attr, value in found.items()
    ]
    return attrs.evolve(pub, **found, repairs=(*pub.repairs, *repairs))


def url_list(
    text: str, fields: dict[str, Any], extra: dict[str, str], repairs: list[Repair]
) -> None:
    """A URL cell holding a list (ASReview's ``urls`` column, ``['https://…', …]``): the
    first link is the URL, the others are kept in ``extra`` (``urls``, one per line), and the
    change is a repair."""
    items = list_cell(text)
    if items is None:
        return
    links = [item.strip() for item in items if item.strip()]
    if not links:
        del fields["url"]
        extra["url"] = text
        return
    fields["url"] = links[0]
    if len(links) > 1:
        extra["urls"] = "\n".join(links[1:])
    repairs.append(
        Repair(
            field="url",
            action="parsed",
            before=text,
            after=links[0],
            reason="URL cell holds a list of links: the first is the URL, the others kept in extra",
        )
    )


def list_cell(text: str) -> list[str] | None:
    """The strings of a cell holding a list as JSON or Python write one, or None."""
    try:
        items = json.loads(text)
    except ValueError:
        try:
            items = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return None
    if isinstance(items, list) and all(isinstance(item, str) for item in items):
        return items
    return None
