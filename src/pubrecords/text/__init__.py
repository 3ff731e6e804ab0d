"""Text of fields: LaTeX <-> Unicode, title casing and protection, the text cleaners,
and identifiers (DOIs, arXiv ids) found in messy text.

Takes strings, gives strings (and, for the cleaners, the repairs made). Knows nothing of files
or formats; the BibTeX writer and reader and the record cleaners use it.
"""

from __future__ import annotations

from .cleaning import clean_text, latex_to_text
from .identifiers import find_arxiv_id, find_dois, normalize_doi

__all__ = [
    "clean_text",
    "find_arxiv_id",
    "find_dois",
    "latex_to_text",
    "normalize_doi",
]
