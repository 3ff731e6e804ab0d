"""An English lexicon for the profile-page reader, when one is installed (optional).

The reader's own title vocabulary (``data/page_title_words.txt``) is small; a one-word
title outside it ("Verdigris") reads as a one-name author. With the ``lexicon`` extra
(``pip install pubrecords[lexicon]``: pyspellchecker, MIT) the reader also knows the
160,572 words of pyspellchecker's English word-frequency list, loaded once per process
and only when a page has a line that needs it. Without the package, :func:`lexicon` is
empty and the reader reads as it did before.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

from .words import is_word

_PACKAGE = "spellchecker"
_RESOURCE = "resources/en.json.gz"


def _load_resource() -> dict[str, object] | None:
    """The English word list of pyspellchecker as it ships it (a gzipped JSON object of
    word -> frequency), or None if the package or the file is missing or unreadable."""
    try:
        raw = resources.files(_PACKAGE).joinpath(_RESOURCE).read_bytes()
        data = json.loads(gzip.decompress(raw))
    except (ImportError, OSError, ValueError, EOFError):
        return None
    return data if isinstance(data, dict) else None


def _load_api() -> dict[str, object] | None:
    """The same list through pyspellchecker's public API (slower to build), if the
    resource file has moved; None if the package is missing."""
    try:
        from spellchecker import SpellChecker  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        words = SpellChecker(language="en").word_frequency.dictionary
    except (OSError, ValueError, AttributeError):
        return None
    return dict(words)


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The lowercase English words of the installed lexicon (letters only: no
    possessives), loaded once; empty when pyspellchecker is not installed."""
    data = _load_resource()
    if data is None:
        data = _load_api()
    if not data:
        return frozenset()
    return frozenset(word for word in data if isinstance(word, str) and word.isalpha())


def english_word(key: str) -> bool:
    """Is the folded word (or its plural's singular, as :func:`~.words.is_word` reads
    plurals) an English word of the lexicon? Always False without one.

    The lexicon also holds many given and family names ("john", "smith"): the caller
    decides where a known word is evidence.
    """
    words = lexicon()
    return bool(words) and is_word(key, words)
