"""Identifiers out of messy text: DOIs and arXiv ids as tables and exports write them.

Takes strings, gives strings; knows nothing of records. A DOI comes back in one form:
lower case (DOIs are case-insensitive), URL-decoded, without a ``doi:`` or resolver prefix
and without trailing punctuation::

    >>> normalize_doi("http://dx.doi.org/10.1016/S0025-7753%2817%2930624-3")
    '10.1016/s0025-7753(17)30624-3'
    >>> find_dois("artn 106\\n10.1186/s12933-018-0749-1; see also doi:10.1000/XYZ.")
    ['10.1186/s12933-018-0749-1', '10.1000/xyz']
    >>> find_arxiv_id("arXiv preprint arXiv:1810.13278")
    '1810.13278'
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["find_arxiv_id", "find_dois", "normalize_doi"]

#: A DOI: ``10.`` and a registrant code, a slash, then anything up to white space.
_DOI = re.compile(r"10\.[0-9]{4,9}(?:\.[0-9]+)*/\S+")
#: In running text and URLs a DOI also ends at a quote or a URL's next parameter.
_DOI_IN_TEXT = re.compile(r"10\.[0-9]{4,9}(?:\.[0-9]+)*/[^\s\"'&?#]+")
_TRAILING = ".,;:!'\"*"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}

_ARXIV_MARK = (
    r"(?:arxiv(?:\s+preprint)?(?:\s*arxiv)?\s*[:.]?\s*"
    r"|arxiv\.org/(?:abs|pdf)/|(?<![0-9a-z])abs/)"
)
_ARXIV_NEW = re.compile(_ARXIV_MARK + r"([0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?(?![0-9])", re.IGNORECASE)
_ARXIV_OLD = re.compile(
    _ARXIV_MARK + r"([a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?/[0-9]{7})(?:v[0-9]+)?(?![0-9])",
    re.IGNORECASE,
)


def _decode(text: str) -> str:
    """URL-decode until nothing changes (``%2528`` is a ``%28`` written once more)."""
    for _ in range(4):
        if "%" not in text:
            break
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return text


def _trim(doi: str) -> str:
    """Drop trailing punctuation, and a closing bracket that opens nowhere in the DOI."""
    while doi:
        last = doi[-1]
        if last in _TRAILING or (last in _PAIRS and doi.count(_PAIRS[last]) < doi.count(last)):
            doi = doi[:-1]
        else:
            break
    return doi


def _one(match: str) -> str | None:
    doi = _trim(match).lower()
    slash = doi.find("/")
    return doi if 0 < slash < len(doi) - 1 else None


def normalize_doi(text: str) -> str | None:
    """The DOI in ``text`` in one form, or ``None`` when there is none.

    Lower case, URL-decoded, without prefix (``doi:``, ``doi ``, ``https://doi.org/``,
    ``http://dx.doi.org/``, ``info:doi/``) or text before it, and without trailing
    punctuation; the first DOI when there are several.

        >>> normalize_doi("doi 10.1016/j.jvs.2017.03.363")
        '10.1016/j.jvs.2017.03.363'
        >>> normalize_doi("https://doi.org/10.1000/ABC.")
        '10.1000/abc'
        >>> normalize_doi("artn 106\\n10.1186/s12933-018-0749-1")
        '10.1186/s12933-018-0749-1'
        >>> normalize_doi("10.1002/(SICI)1097-4636(199706)35:4<499::AID-JBM9>3.0.CO;2-B")
        '10.1002/(sici)1097-4636(199706)35:4<499::aid-jbm9>3.0.co;2-b'
        >>> normalize_doi("NA") is None
        True
    """
    text = _decode(text)
    for match in _DOI.finditer(text):
        doi = _one(match.group(0))
        if doi is not None:
            return doi
    return None


def find_dois(text: str) -> list[str]:
    """Every DOI in running text or a URL, normalised, each once, in order of appearance.

    A DOI inside a URL ends at the URL's next parameter (``&``, ``?``, ``#``).

        >>> find_dois("https://www.scopus.com/record.uri?eid=2-s2.0-1&doi=10.1002%2fjcc.20289&x=1")
        ['10.1002/jcc.20289']
        >>> find_dois("no identifier here")
        []
    """
    found: list[str] = []
    for match in _DOI_IN_TEXT.finditer(_decode(text)):
        doi = _one(match.group(0))
        if doi is not None and doi not in found:
            found.append(doi)
    return found


def find_arxiv_id(text: str) -> str | None:
    """The arXiv id named in ``text`` (a venue, a note, a URL), without its version.

    Only an id marked as one (``arXiv:``, ``arXiv preprint arXiv:``, ``arxiv.org/abs/``,
    ``abs/``) counts: a bare ``1810.13278`` may be anything.

        >>> find_arxiv_id("arXiv:1810.13278v2")
        '1810.13278'
        >>> find_arxiv_id("CoRR abs/1810.13278")
        '1810.13278'
        >>> find_arxiv_id("arXiv preprint hep-th/9901001")
        'hep-th/9901001'
        >>> find_arxiv_id("Journal of Things 1810.13278") is None
        True
    """
    if "arxiv" not in text.lower() and "abs/" not in text.lower():
        return None
    match = _ARXIV_NEW.search(text) or _ARXIV_OLD.search(text)
    return match.group(1) if match else None
