"""Text of fields: LaTeX <-> Unicode, title casing and protection, and the text cleaners.

Takes strings, gives strings (and, for the cleaners, the repairs made). Knows nothing of files
or formats; the BibTeX writer and reader and the record cleaners use it.
"""

from __future__ import annotations

from .cleaning import clean_text, latex_to_text

__all__ = ["clean_text", "latex_to_text"]
