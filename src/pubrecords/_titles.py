"""Which words of a title to brace-protect in BibTeX (private helper of :mod:`pubrecords.bibtex`).

Bibliography styles that sentence-case titles (classic BibTeX's ``plain`` and biblatex
with sentence-casing) lower-case every letter that is not inside braces. The heuristic:

1. A word with a capital letter after its first letter (within a hyphen or slash part)
   is an acronym or a product name and is always protected: ``BibTeX``, ``LLMs``,
   ``ResNet-50``, ``AI``, ``3D``, ``iPhone``, ``GPT-4``.
2. A title is *sentence case* when it has at least one significant lower-case word and no
   more than twice as many capitalised words (after the first word of each sentence,
   skipping short function words). There, every capitalised word that does not start a
   sentence (the title, or after ``:``, ``.``, ``?``, ``!``) is a proper noun and is
   protected: ``Blockwise self-supervised learning with {Barlow Twins}``.
3. In a title-case title capital letters say nothing, so a capitalised word is protected
   only when the abstract uses it capitalised in the middle of a sentence and never in
   lower case (``Thinker``, ``Sokoban``).

Neighbouring protected words separated by one space share one brace group.
"""

from __future__ import annotations

import re

__all__: list[str] = []

_TOKEN = re.compile(r"\S+")
_CORE = re.compile(r"[^\W_](?:.*[^\W_])?", re.DOTALL)
_PARTS = re.compile(r"[-/–]")
_SMALL = frozenset(
    """a an the of on in at to for from by with and or but nor via into onto over under as is
    are be was were vs versus per than that this its it not no do does can""".split()
)
_SENTENCE_END = frozenset(":.?!")


def _special(core: str) -> bool:
    rest = core[1:]
    if rest == rest.lower():
        return False
    return any(part[1:] != part[1:].lower() for part in _PARTS.split(core))


def _proper_in_abstract(word: str, abstract: str) -> bool:
    """True when ``abstract`` uses ``word`` capitalised mid-sentence and never lower-cased."""
    lower = word.lower()
    n = len(word)
    low_at = abstract.find(lower)
    while low_at >= 0:
        before = abstract[low_at - 1] if low_at else " "
        after = abstract[low_at + n] if low_at + n < len(abstract) else " "
        if not before.isalnum() and not after.isalnum():
            return False
        low_at = abstract.find(lower, low_at + 1)
    at = abstract.find(word)
    tries = 0
    while at >= 0 and tries < 8:
        tries += 1
        after = abstract[at + n] if at + n < len(abstract) else " "
        if at >= 2 and abstract[at - 1] == " " and not after.isalnum():
            prev = abstract[at - 2]
            if prev.isalnum() or prev in ",;":
                return True
        at = abstract.find(word, at + 1)
    return False


def protected_spans(title: str, abstract: str | None = None) -> list[tuple[int, int]]:
    """Character spans of ``title`` (canonical text) to brace-protect, in order.

    >>> t = "Blockwise self-supervised learning with Barlow Twins and LLMs"
    >>> [t[a:b] for a, b in protected_spans(t)]
    ['Barlow Twins', 'LLMs']
    """
    if title[1:] == title[1:].lower():
        return []
    tokens: list[tuple[int, int, bool, bool]] = []  # core start, end, special, capitalised
    initial = True
    lower_count = upper_count = 0
    for m in _TOKEN.finditer(title):
        tok = m.group()
        core_m = _CORE.search(tok)
        if core_m is None:
            initial = initial or tok[-1] in _SENTENCE_END
            continue
        core = core_m.group()
        start = m.start() + core_m.start()
        end = m.start() + core_m.end()
        first = core[0]
        special = _special(core)
        capital = first.isupper() and not initial and not special
        if not initial and not special:
            if first.islower() and core not in _SMALL and len(core) > 2:
                lower_count += 1
            elif capital and core.lower() not in _SMALL:
                upper_count += 1
        tokens.append((start, end, special, capital))
        initial = tok[-1] in _SENTENCE_END
    sentence_case = lower_count >= 1 and 2 * lower_count >= upper_count
    spans: list[tuple[int, int]] = []
    for start, end, special, capital in tokens:
        if special:
            keep = True
        elif capital:
            if sentence_case:
                keep = True
            else:
                keep = bool(abstract) and _proper_in_abstract(title[start:end], abstract or "")
        else:
            keep = False
        if not keep:
            continue
        if spans and spans[-1][1] + 1 == start and title[spans[-1][1]] == " ":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans
