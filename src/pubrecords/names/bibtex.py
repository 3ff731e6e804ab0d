"""BibTeX's name grammar, as bibtex 0.99d implements it (private helper of names).

:func:`split_bibtex` returns the four parts (First, von, Last, Jr) as raw LaTeX strings,
with the separators between tokens kept (space, ``~`` or ``-``). It follows bibtex.web:
tokens split at white space, ``~`` and ``-`` at brace level 0; commas at brace level 0
split the name into "von Last, Jr, First" (a third comma and later ones are ignored, as
BibTeX does after its "Too many commas" warning); a token is "von" when its first letter at
brace level 0 is lower case, where a brace group starting with a backslash is a special
character whose case is that of its first letter (``{\\'e}mile`` is lower case, ``{\\OE}``
upper case), and any other brace group is skipped. Unlike bibtex 0.99d, which reads bytes,
non-ASCII letters count by their Unicode case (``Élodie`` is upper case), von words
hyphen-joined to the Last name stay with it (``al-Rashid``, where BibTeX loses the hyphen),
and a hyphen after white space joins its tokens with a hyphen (``B. -G.`` → ``B.-G.``,
where BibTeX writes ``B. G.``; the split itself is BibTeX's).

Unbalanced braces (which a .bib file cannot hold) are repaired: an unmatched ``}`` is
dropped and missing ``}`` are added at the end.
"""

from __future__ import annotations

import re

__all__ = ["balance_braces", "braced_whole", "split_bibtex"]

_UPPER_SPECIALS = frozenset({"OE", "AE", "AA", "O", "L"})
_LOWER_SPECIALS = frozenset({"i", "j", "oe", "ae", "aa", "o", "l", "ss"})


def _token_case(tok: str) -> bool:
    """bibtex's ``von_token_found``: True when the token counts as lower case."""
    first = tok[:1]
    if first.isalpha():  # the common case, decided by the first character
        return first.islower()
    n = len(tok)
    i = 0
    while i < n:
        ch = tok[i]
        if ch == "{":
            i += 1
            if i + 2 < n and tok[i] == "\\":
                # special character: {\cs ...}
                i += 1
                j = i
                while j < n and tok[j].isascii() and tok[j].isalpha():
                    j += 1
                cs = tok[i:j]
                if cs in _UPPER_SPECIALS:
                    return False
                if cs in _LOWER_SPECIALS:
                    return True
                level = 1
                i = j
                while i < n and level > 0:
                    c = tok[i]
                    if c.isalpha():
                        return c.islower()
                    if c == "}":
                        level -= 1
                    elif c == "{":
                        level += 1
                    i += 1
                return False
            level = 1
            while i < n and level > 0:
                c = tok[i]
                if c == "}":
                    level -= 1
                elif c == "{":
                    level += 1
                i += 1
            continue
        if ch.isalpha():
            return ch.islower()
        i += 1
    return False


# the separator recorded for a gap of white space (or ties) holding a hyphen ("B. -G."): it
# splits like a space, as in bibtex.web (which records the gap's first character), but
# joins as a hyphen, so that hyphenated initials keep their hyphen ("B.-G.")
_SPACED_HYPHEN = " -"


def _gap_sep(gap: str) -> str:
    """The separator recorded for a gap between tokens (no comma in it)."""
    first = gap[0]
    if first != "-" and len(gap) > 1 and "-" in gap:
        return _SPACED_HYPHEN
    return first


_GAP = re.compile(r"[^\s~\-,]+")
_SEPARATORS = re.compile(r"([\s~\-,]+)")  # split keeps the separator runs
_MASK = str.maketrans(
    {" ": "\x01", "\t": "\x01", "\n": "\x01", "\r": "\x01", "~": "\x01", "-": "\x01", ",": "\x01"}
)
_BRACE = re.compile(r"[{}]")
# braces that need no care: balanced, not nested, no separator inside
_FLAT = re.compile(r"[^{}]*(?:\{[^{}\s~\-,]*\}[^{}]*)*")


def balance_braces(text: str) -> str:
    """Drop unmatched ``}`` and close unclosed ``{`` at the end."""
    level = 0
    drop: list[int] = []
    for m in _BRACE.finditer(text):
        if m.group() == "{":
            level += 1
        elif level == 0:
            drop.append(m.start())
        else:
            level -= 1
    if drop:
        for i in reversed(drop):
            text = text[:i] + text[i + 1 :]
    return text + "}" * level


def _masked(text: str) -> str:
    """``text`` with separators inside braces hidden (same length)."""
    out: list[str] = []
    level = 0
    last = 0
    for m in _BRACE.finditer(text):
        i = m.start()
        if m.group() == "{":
            if level == 0:
                out.append(text[last:i])
                last = i
            level += 1
        else:
            level -= 1
            if level == 0:
                out.append(text[last : i + 1].translate(_MASK))
                last = i + 1
    out.append(text[last:])
    return "".join(out)


def _tokenize(text: str, flat: bool) -> tuple[list[str], list[str], list[int]]:
    """Tokens, the separator *before* each token, and token counts at each comma.

    The separator recorded is the first character after the previous token (a comma
    wins), as in bibtex.web; braces must be balanced. ``flat``: ``text`` has no brace
    or matches :data:`_FLAT` (no separator inside braces).
    """
    if not flat:
        return _scan_tokens(text, _masked(text))
    # no separator hides in braces: when none is a comma, the tokens are the pieces between
    # separator runs, each after the first character of the run before it
    if "," not in text:
        if text.isprintable() and "~" not in text and "-" not in text:
            # the only separator is the space (isprintable: no other white space)
            tokens = text.split(" ")
            if "" not in tokens:
                spaces = [" "] * len(tokens)
                spaces[0] = ""
                return tokens, spaces, []
        else:
            pieces = _SEPARATORS.split(text)
            if pieces[0] and pieces[-1]:
                before = [_gap_sep(gap) for gap in pieces[1::2]]
                before.insert(0, "")
                return pieces[::2], before, []
    else:
        # "von Last, First": the same, a gap with a comma recorded as "," (up to two counted)
        pieces = _SEPARATORS.split(text)
        if pieces[0] and pieces[-1]:
            before = [""]
            commas: list[int] = []
            for k, gap in enumerate(pieces[1::2], 1):
                if "," in gap:
                    for _ in range(min(gap.count(","), 2 - len(commas))):
                        commas.append(k)
                    before.append(",")
                else:
                    before.append(_gap_sep(gap))
            return pieces[::2], before, commas
    return _scan_tokens(text, text)


def _scan_tokens(text: str, masked: str) -> tuple[list[str], list[str], list[int]]:
    """:func:`_tokenize`, the general way: ``masked`` is ``text`` with the separators
    inside braces hidden."""
    tokens: list[str] = []
    seps: list[str] = []
    commas: list[int] = []
    prev_end = 0
    for m in _GAP.finditer(masked):
        start, end = m.span()
        if start > prev_end:
            gap = masked[prev_end:start]
            if "," in gap:
                for _ in range(gap.count(",")):
                    if len(commas) < 2:
                        commas.append(len(tokens))
                sep = ","
            else:
                sep = _gap_sep(gap)
        else:
            sep = ""
        tokens.append(text[start:end])
        seps.append(sep if len(tokens) > 1 else "")
        prev_end = end
    if prev_end < len(masked):
        gap = masked[prev_end:]
        for _ in range(gap.count(",")):
            if len(commas) < 2:
                commas.append(len(tokens))
    return tokens, seps, commas


def _join(tokens: list[str], seps: list[str], start: int, end: int) -> str:
    if start >= end:
        return ""
    if end - start == 1:
        return tokens[start]
    between = seps[start + 1 : end]
    if "-" not in between and "~" not in between and _SPACED_HYPHEN not in between:
        return " ".join(tokens[start:end])
    out = [tokens[start]]
    for k in range(start + 1, end):
        sep = seps[k]
        out.append(sep if sep in ("-", "~") else "-" if sep == _SPACED_HYPHEN else " ")
        out.append(tokens[k])
    return "".join(out)


def _hyphen_joined(seps: list[str], von_start: int, von_end: int) -> int:
    """Move von words hyphen-joined to the Last name into it (``al-Rashid``).

    bibtex 0.99d splits ``Khalid al-Rashid`` into von "al" and Last "Rashid" and loses the
    hyphen when it writes the name; we keep "al-Rashid" as the family name.
    """
    while von_end > von_start and seps[von_end] == "-":
        von_end -= 1
    return von_end


def split_bibtex(text: str) -> tuple[str, str, str, str]:
    """Split one BibTeX name into raw (First, von, Last, Jr) strings.

    >>> split_bibtex("Charles Louis Xavier Joseph de la Vall{\\\\'e}e Poussin")
    ('Charles Louis Xavier Joseph', 'de la', "Vall{\\\\'e}e Poussin", '')
    >>> split_bibtex("Ford, Jr., Henry")
    ('Henry', '', 'Ford', 'Jr.')
    """
    flat = ("{" not in text and "}" not in text) or _FLAT.fullmatch(text) is not None
    if not flat:
        text = balance_braces(text)
    tokens, seps, commas = _tokenize(text, flat)
    num = len(tokens)
    if num == 0:
        return "", "", "", ""
    lower = [_token_case(t) for t in tokens]
    if not commas:
        last_end = num
        von_start = 0
        found = False
        while von_start < last_end - 1:
            if lower[von_start]:
                found = True
                break
            von_start += 1
        if found:
            von_end = last_end - 1
            while von_end > von_start:
                if lower[von_end - 1]:
                    break
                von_end -= 1
        else:
            # no von: the last name is the last token, plus hyphen-joined ones before it
            while von_start > 0:
                sep = seps[von_start]
                if sep != "-":
                    break
                von_start -= 1
            von_end = von_start
        von_end = _hyphen_joined(seps, von_start, von_end)
        first = _join(tokens, seps, 0, von_start)
        von = _join(tokens, seps, von_start, von_end)
        last = _join(tokens, seps, von_end, last_end)
        return first, von, last, ""
    comma1 = commas[0]
    if len(commas) == 1:
        last_end = comma1
        jr_end = last_end
    else:
        last_end = comma1
        jr_end = commas[1]
    von_start = 0
    von_end = last_end - 1
    while von_end > von_start:
        if lower[von_end - 1]:
            break
        von_end -= 1
    if von_end < 0:
        von_end = 0
    von_end = _hyphen_joined(seps, von_start, von_end)
    von = _join(tokens, seps, von_start, von_end)
    last = _join(tokens, seps, von_end, last_end)
    jr = _join(tokens, seps, last_end, jr_end)
    first = _join(tokens, seps, jr_end, num)
    return first, von, last, jr


def braced_whole(part: str) -> bool:
    """True when ``part`` is one brace group ``{...}`` from start to end."""
    if not (part.startswith("{") and part.endswith("}")):
        return False
    level = 0
    for i, ch in enumerate(part):
        if ch == "{":
            level += 1
        elif ch == "}":
            level -= 1
            if level == 0 and i != len(part) - 1:
                return False
    return True
