"""Which words of a title to brace-protect in BibTeX (used by the BibTeX writer, :mod:`pubrecords.formats.bibtex.write`).

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
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "via",
        "into",
        "onto",
        "over",
        "under",
        "as",
        "is",
        "are",
        "be",
        "was",
        "were",
        "vs",
        "versus",
        "per",
        "than",
        "that",
        "this",
        "its",
        "it",
        "not",
        "no",
        "do",
        "does",
        "can",
    ]
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
    rest = title[1:]
    if rest == rest.lower():
        return []
    if title.isascii():
        return _ascii_spans(title, abstract)
    return _general_spans(title, abstract)


def _general_spans(title: str, abstract: str | None) -> list[tuple[int, int]]:
    found: list[tuple[int, int, bool]] = []  # core start, end, special (or capitalised)
    initial = True
    upper_count = 0
    pos = 0
    get = _TOKEN_CLASSES.get
    for tok in title.split(" "):
        start = pos
        pos += len(tok) + 1
        if not tok:
            continue
        off, n, flags = get(tok) or _classified(tok)
        if n == 0:  # no letter or digit
            initial = initial or bool(flags & _ENDS)
            continue
        if flags & _SPECIAL:
            found.append((start + off, start + off + n, True))
        elif flags & _CAPITAL and not initial:
            if not flags & _SMALL_WORD:
                upper_count += 1
            found.append((start + off, start + off + n, False))
        initial = bool(flags & _ENDS)
    sentence_case = _sentence_case(title, upper_count)
    return _join_spans(title, abstract, found, sentence_case)


_WORD_START = re.compile(r"(?<![^ (\[\"'“‘])[^\W\d_][\w'’\-]{2,}")


def _sentence_case(title: str, capitals: int) -> bool:
    """Sentence case: a significant lower-case word (3+ letters, not sentence-initial,
    not a short function word) and at most twice as many capitalised words."""
    lower = 0
    for w in _WORD_START.finditer(title):
        word = w.group()
        if not word[0].islower() or word in _SMALL:
            continue
        at = w.start()
        if at == 0 or (at >= 2 and title[at - 2] in _SENTENCE_END):
            continue
        lower += 1
        if 2 * lower >= capitals:  # (only more lower-case words can follow)
            return True
    return False


# In an ASCII title without brackets or quotes a word can start only at a token's start.
_ASCII_WORD = re.compile(r"[A-Za-z][\w\-]{2,}", re.ASCII).match


def _ascii_spans(title: str, abstract: str | None) -> list[tuple[int, int]]:
    """:func:`protected_spans` for ASCII titles: only tokens with a capital are looked at."""
    if "(" in title or "[" in title or '"' in title or "'" in title:
        return _ascii_spans_scanning(title, abstract)
    # Without brackets and quotes every word starts a token: one pass over the tokens,
    # each classified once (title words repeat across a bibliography, so by a cache).
    found: list[tuple[int, int, bool]] = []  # core start, end, special
    capitals = lower = 0
    plain_capital = False  # a capitalised word that is not an acronym
    get = _TOKEN_CLASSES.get
    at = 0
    for tok in title.split(" "):
        tok_start = at
        at += len(tok) + 1
        off, n, flags = get(tok) or _classified(tok)
        if not flags & (_LOWER | _SPECIAL | _CAPITAL):
            continue
        if flags & _LOWER and (
            tok_start != 0 and not (tok_start >= 2 and title[tok_start - 2] in _SENTENCE_END)
        ):
            lower += 1
        if flags & _SPECIAL:
            found.append((tok_start + off, tok_start + off + n, True))
        elif flags & _CAPITAL:
            if tok_start == 0 or title[tok_start - 2] in _SENTENCE_END:
                continue  # sentence-initial: first token, or after ':', '.', '?', '!'
            if not flags & _SMALL_WORD:
                capitals += 1
            plain_capital = True
            found.append((tok_start + off, tok_start + off + n, False))
    if not found:
        return []
    sentence_case = plain_capital and lower >= 1 and 2 * lower >= capitals
    return _join_spans(title, abstract, found, sentence_case)


_LOWER = 1  # a significant lower-case word (counts towards sentence case, ASCII rule)
_SPECIAL = 2  # an acronym or product name: always protected
_CAPITAL = 4  # a capitalised word
_SMALL_WORD = 8  # ... that is a short function word ("The", "Of")
_ENDS = 16  # the token ends with ':', '.', '?' or '!'
_TOKEN_CLASSES: dict[str, tuple[int, int, int]] = {}  # token -> _token_class(token)
_TOKEN_CACHE_SIZE = 100_000


def _classified(tok: str) -> tuple[int, int, int]:
    """:func:`_token_class` of ``tok``, kept in the cache (emptied when full)."""
    if len(_TOKEN_CLASSES) >= _TOKEN_CACHE_SIZE:
        _TOKEN_CLASSES.clear()
    info = _TOKEN_CLASSES[tok] = _token_class(tok)
    return info


def _token_class(tok: str) -> tuple[int, int, int]:
    """(core offset, core length, flags) of one token of a title: the core is the span
    from its first to its last letter or digit (length 0: it has none)."""
    flags = _ENDS if tok[-1:] in _SENTENCE_END else 0
    if tok[:1].islower():
        if tok.isalpha():
            word: str | None = tok if len(tok) >= 3 else None
        else:
            m = _ASCII_WORD(tok)
            word = m.group() if m is not None else None
        if word is not None and word not in _SMALL:
            flags |= _LOWER
    if tok.isalpha():
        core, off = tok, 0
    else:
        core_m = _CORE.search(tok)
        if core_m is None:
            return (0, 0, flags)
        core, off = core_m.group(), core_m.start()
    tail = core[1:]
    # (a core without - / – has one part: a capital in its tail makes it special)
    if tail != tail.lower() and (
        ("-" not in core and "/" not in core and "–" not in core) or _special(core)
    ):
        flags |= _SPECIAL
    elif core[0].isupper():
        flags |= _CAPITAL | (_SMALL_WORD if core.lower() in _SMALL else 0)
    return (off, len(core), flags)


# ---- the braced title in one go, for the common title (see braced_plain_title)
#
# Per token, the counts that decide sentence case are packed into one int, 12 bits a
# field, so that sum() over a title's tokens counts them all at C speed:
_F_LOWER = 1  # a significant lower-case word
_F_CAPS = 1 << 12  # a capitalised word that is not a short function word
_F_PLAIN = 1 << 24  # a capitalised word (not an acronym)
_F_SPECIAL = 1 << 36  # an acronym or product name
_F_ENDS = 1 << 48  # the token ends a sentence (':', '.', '?', '!')
_F_OTHER = 1 << 60  # the token is not plain: the title takes the general path
_FIELD = 0xFFF
_MAX_TOKENS = _FIELD  # (no field can overflow below this many tokens)
# what a sentence start does not count
_INITIAL_FIELDS = _F_LOWER * _FIELD | _F_CAPS * _FIELD | _F_PLAIN * _FIELD
_CODES: dict[str, int] = {}  # token -> packed counts
_BRACED: dict[str, str] = {}  # token -> its form when its capitalised word is protected
_SPECIALS: dict[str, str] = {}  # token -> its form when only acronyms are protected
_WORDS: dict[str, tuple[str, str]] = {}  # capitalised-word token -> (word, " lower-cased ")


def _learn(tokens: list[str]) -> None:
    """Put the tokens not seen yet into the token tables."""
    if len(_CODES) >= _TOKEN_CACHE_SIZE:
        for table in (_CODES, _BRACED, _SPECIALS, _WORDS):
            table.clear()
    for tok in tokens:
        if tok in _CODES:
            continue
        if not _plain_token(tok):
            _CODES[tok] = _F_OTHER
            continue
        off, n, flags = _TOKEN_CLASSES.get(tok) or _classified(tok)
        code = (_F_ENDS if flags & _ENDS else 0) + (_F_LOWER if flags & _LOWER else 0)
        core = tok[off : off + n]
        braced = f"{tok[:off]}{{{core}}}{tok[off + n :]}" if flags & (_SPECIAL | _CAPITAL) else tok
        if flags & _SPECIAL:
            code += _F_SPECIAL
        elif flags & _CAPITAL:
            code += _F_PLAIN + (0 if flags & _SMALL_WORD else _F_CAPS)
            _WORDS[tok] = (core, f" {core.lower()} ")
        _CODES[tok] = code
        _BRACED[tok] = braced
        _SPECIALS[tok] = braced if flags & _SPECIAL else tok


def _plain_token(tok: str) -> bool:
    """True for a token written as it is whose words start at its start: non-empty
    printable ASCII without LaTeX specials, ``--``, quotes or opening brackets."""
    if not tok or not tok.isascii():
        return False
    found = tok.encode().translate(None, _TOKEN_BYTES)
    return not found or (not found.strip(b"-") and "--" not in tok)


_TOKEN_BYTES = bytes(b for b in range(0x21, 0x7F) if chr(b) not in "\\{}&%$#_~^<>|`-'\"([")


def braced_plain_title(title: str, abstract: str | None) -> str | None:
    """``title`` with the :func:`protected_spans` braces put in, for a canonical ASCII
    title without LaTeX specials, ligature pairs, quotes or opening brackets (the
    common title); None for any other title.

    The same text as placing braces at ``_ascii_spans(title, abstract)`` (a test says
    so), without looking at the tokens one by one: the sentence-case counts are summed
    from per-token packed ints, the braced forms come from per-token tables, and
    neighbouring groups are joined by replacing ``} {``.

    >>> braced_plain_title("Blockwise self-supervised learning with Barlow Twins and LLMs", None)
    'Blockwise self-supervised learning with {Barlow Twins} and {LLMs}'
    """
    tokens = title.split(" ")
    if len(tokens) >= _MAX_TOKENS:
        return None
    codes = _CODES
    try:
        total = sum(map(codes.__getitem__, tokens))
    except KeyError:
        _learn(tokens)
        total = sum(map(codes.__getitem__, tokens))
    if total >= _F_OTHER:  # (an empty token: a space to collapse)
        return None
    # sentence starts (the first token, and any after a token ending a sentence) count
    # neither as capitalised nor as lower-case words
    initial = [0]
    if total >= _F_ENDS:
        initial += [i + 1 for i, tok in enumerate(tokens[:-1]) if codes[tok] >= _F_ENDS]
    counted = total
    for i in initial:
        counted -= codes[tokens[i]] & _INITIAL_FIELDS
    plain = (counted >> 24) & _FIELD
    specials = (total >> 36) & _FIELD
    if not plain:
        if not specials:
            return title
        forms = list(map(_SPECIALS.__getitem__, tokens))
    else:
        lower = counted & _FIELD
        capitals = (counted >> 12) & _FIELD
        if lower and 2 * lower >= capitals:  # sentence case
            forms = list(map(_BRACED.__getitem__, tokens))
            for i in initial:
                forms[i] = _SPECIALS[tokens[i]]
        else:
            forms = list(map(_SPECIALS.__getitem__, tokens))
            if abstract:
                # (title case: each capitalised word is looked up in the abstract; most
                # are used there in lower case between spaces, found by one search)
                words = _WORDS.get
                starts = set(initial)
                for i, tok in enumerate(tokens):
                    word = words(tok)
                    if word is None or i in starts:
                        continue
                    core, spaced = word
                    if spaced in abstract:  # " word ": used in lower case
                        continue
                    if _proper_in_abstract(core, abstract):
                        forms[i] = _BRACED[tok]
    text = " ".join(forms)
    return text.replace("} {", " ") if "} {" in text else text


def _join_spans(
    title: str, abstract: str | None, found: list[tuple[int, int, bool]], sentence_case: bool
) -> list[tuple[int, int]]:
    """The spans to protect among ``found``; neighbours one space apart share a group."""
    spans: list[tuple[int, int]] = []
    for start, end, special in found:
        if (
            not special
            and not sentence_case
            and (not abstract or not _proper_in_abstract(title[start:end], abstract))
        ):
            continue
        if spans and spans[-1][1] + 1 == start and title[spans[-1][1]] == " ":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _ascii_spans_scanning(title: str, abstract: str | None) -> list[tuple[int, int]]:
    """:func:`protected_spans` for ASCII titles with brackets or quotes (a word may start
    inside a token there): tokens with a capital, then a scan for lower-case words."""
    found: list[tuple[int, int, bool]] = []  # core start, end, special
    capitals = 0
    plain_capital = False  # a capitalised word that is not an acronym
    at = 0
    for tok in title.split(" "):  # tokens: runs of non-spaces
        tok_start = at
        at += len(tok) + 1
        if tok.islower() or tok == tok.lower():  # no capital letter
            continue
        start = tok_start
        if tok.isalpha():
            core = tok
        else:
            core_m = _CORE.search(tok)
            if core_m is None:
                continue
            core = core_m.group()
            start += core_m.start()
        tail = core[1:]
        # (a core without - / has one part: a capital in its tail makes it special)
        special = tail != tail.lower() and (("-" not in core and "/" not in core) or _special(core))
        if not special:
            if not core[0].isupper():
                continue
            # sentence-initial: first token, or after ':', '.', '?', '!'
            if start == 0 or tok_start == 0 or title[tok_start - 2] in _SENTENCE_END:
                continue
            if core.lower() not in _SMALL:
                capitals += 1
            plain_capital = True
        found.append((start, start + len(core), special))
    if not found:
        return []
    sentence_case = plain_capital and _sentence_case(title, capitals)
    return _join_spans(title, abstract, found, sentence_case)
