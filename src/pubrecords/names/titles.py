"""Titles and honorifics before a free-text name (private helper of :mod:`pubrecords.names`).

Which words the free-text rules take for a title (``Dr.``, ``Prof.``, ``Lt. Gen.``,
"Secretary of State") rather than a word of the name. Before a name written given name
first every title of :data:`TITLES` is dropped (``Dr. Jane Smith``); after the comma of
``Family, Given`` only a title *written as one* is (:func:`strip_written_titles`:
``Doe, Dr. John``, ``Doe, Prof John``), so that ``Hoque, Sheikh Ariful`` and ``King,
Lady Jane`` keep every word. ``Sheikh``/``Shaikh`` are no titles at all here: in author
lists they are part of the name (``Sheikh Ariful Hoque``). A dropped title is reported by
:func:`pubrecords.names.parse_name_repaired` (action ``drop-title``).
"""

from __future__ import annotations

__all__ = ["TITLES", "TITLE_CONNECTORS", "strip_written_titles", "title_word"]

TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "mister",
        "dr",
        "doctor",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "revd",
        "fr",
        "father",
        "pastor",
        "rabbi",
        "imam",
        "bishop",
        "archbishop",
        "cardinal",
        "pope",
        "his",
        "her",
        "excellency",
        "majesty",
        "highness",
        "king",
        "queen",
        "prince",
        "princess",
        "duke",
        "duchess",
        "count",
        "countess",
        "baron",
        "baroness",
        "marquis",
        "earl",
        "viscount",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        "lt",
        "ltgen",
        "ltgov",
        "gen",
        "general",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "cpt",
        "cmdr",
        "commander",
        "adm",
        "admiral",
        "sgt",
        "sergeant",
        "cpl",
        "corporal",
        "pvt",
        "judge",
        "justice",
        "magistrate",
        "magistrate-judge",
        "mag-judge",
        "district",
        "chief",
        "secretary",
        "state",
        "attorney",
        "president",
        "vp",
        "vice-president",
        "chancellor",
        "dean",
        "mayor",
        "ambassador",
        "hon",
        "honorable",
        "honourable",
        "rt",
        "right",
        "us",
        "u.s.",
        "herr",
        "frau",
        "monsieur",
        "mme",
        "mlle",
        "madame",
        "señor",
        "sr.",
        "sra",
        "srta",
        "dott",
        "ing",
        "mag",
        "sister",
        "brother",
        "mother",
        "elder",
        "deacon",
    ]
)
_TITLE_CONNECTORS = frozenset({"of", "the", "and", "&"})
TITLE_CONNECTORS = _TITLE_CONNECTORS
"""Words that join titles ("Secretary *of* State")."""
_TITLE_KEYS = TITLES | frozenset(t + "." for t in TITLES)
_TITLE_START = _TITLE_KEYS | _TITLE_CONNECTORS  # words a run of titles may start with


def _title_low(low: str) -> bool:
    if low in TITLES:
        return True
    if "." not in low:
        return False
    if low[:-1] in TITLES and low[-1] == ".":
        return True
    pieces = [p for p in low.split(".") if p]
    return len(pieces) > 1 and all(p in TITLES for p in pieces)


def _may_be_title(low: str) -> bool:
    """False when :func:`_strip_titles` would strip nothing before the word ``low``."""
    return low in _TITLE_START or (len(low) > 3 and "." in low and _title_low(low))


# Titles that are also given names ("Dean Berry", "King Liu", "Bishop Okafor"): one is
# kept as the given name when stripping it would leave a single word.
_GIVEN_NAME_TITLES = frozenset(
    [
        *("baron", "bishop", "deacon", "dean", "duke", "earl", "king", "major", "marquis"),
        *("prince", "sen", "gen"),  # (Sen, Gen: Vietnamese, Chinese and Japanese given names)
        *("lady", "dame"),
    ]
)


def _strip_titles(low: list[str], start: int, end: int) -> int:
    while end - start > 1:
        tok = low[start]
        if _title_low(tok):
            if end - start == 2 and tok in _GIVEN_NAME_TITLES:
                break  # "Dean Berry": a given name, not the title of a man named Berry
            start += 1
            continue
        if tok in _TITLE_CONNECTORS:
            k = start
            while k < end and low[k] in _TITLE_CONNECTORS:
                k += 1
            if k < end - 1 and _title_low(low[k]):
                start = k
                continue
        break
    return start


# Titles that are titles however they are written (no given name is spelt so); any other
# word of TITLES is taken for a title after the comma only when abbreviated with a period.
_WRITTEN_TITLES = frozenset(
    [
        "dr",
        "prof",
        "professor",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "mx",
        "mister",
        "rev",
        "revd",
        "reverend",
        "hon",
        "honorable",
        "honourable",
        "mme",
        "mlle",
        "dott",
    ]
)


def _written_title(low: str) -> bool:
    """``low`` (a lower-cased word) is a title written as one: ``dr``, ``prof.``,
    ``lt.gen.``, ``gen.`` (a word of TITLES with its period), not ``sheikh`` or ``lady``."""
    if low in _WRITTEN_TITLES:
        return True
    if low[-1:] != ".":
        return False
    if low[:-1] in _WRITTEN_TITLES or low[:-1] in TITLES:
        return True
    pieces = [p for p in low.split(".") if p]
    return len(pieces) > 1 and all(p in TITLES for p in pieces)


def strip_written_titles(low: list[str]) -> int:
    """How many leading words of a given-name part (``low``: its words, lower case) are
    titles written as titles; at least one word is always left.

    >>> strip_written_titles(["dr.", "john", "a."]), strip_written_titles(["lt.", "gen.", "john"])
    (1, 2)
    >>> strip_written_titles(["sheikh", "ariful"]), strip_written_titles(["dr."])
    (0, 0)
    """
    start = 0
    while start < len(low) - 1 and _written_title(low[start]):
        start += 1
    return start


def title_word(word: str) -> bool:
    """``word`` (as written) is a title or a word joining titles: ``Dr.``, ``Lt.Gen.``,
    ``of`` (of "Secretary of State")."""
    low = word.lower()
    return low in _TITLE_CONNECTORS or _title_low(low)
