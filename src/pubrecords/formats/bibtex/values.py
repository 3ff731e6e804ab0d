"""BibTeX field values as written: delimiters, macros and ``#`` concatenation.

A value is a ``#``-joined sequence of pieces: ``{braced}``, ``"quoted"``, a number, or
a macro name (defined by ``@string``, or one of the twelve month macros)::

    >>> evaluate('apr # "-" # may', {})
    'April-May'
    >>> evaluate('jsc # { 12}', {"jsc": "J. Symb. Comput."})
    'J. Symb. Comput. 12'
    >>> macros_used('apr # "-" # jsc')
    ['apr', 'jsc']
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MONTH_MACROS", "evaluate", "macros_used", "pieces"]

#: The month macros every BibTeX style (and biblatex) defines.
MONTH_MACROS: dict[str, str] = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}


def pieces(raw: str) -> list[tuple[str, str]] | None:
    """The pieces of a raw value: ("brace" | "quote", inner text), ("number" | "macro", text).

    None when the value is not made of such pieces (then it is taken as it stands).
    """
    out: list[tuple[str, str]] = []
    i, n = 0, len(raw)
    expect_piece = True
    while i < n:
        ch = raw[i]
        if ch.isspace():
            i += 1
            continue
        if not expect_piece:
            if ch != "#":
                return None
            expect_piece = True
            i += 1
            continue
        if ch == "{" or ch == '"':
            close = "}" if ch == "{" else '"'
            depth = 0
            j = i + 1
            while j < n:
                c = raw[j]
                if c == "\\":
                    j += 2
                    continue
                if c == "{":
                    depth += 1
                elif c == "}":
                    if depth == 0:
                        if close == "}":
                            break
                        return None
                    depth -= 1
                elif c == close and depth == 0:
                    break
                j += 1
            if j >= n:
                return None
            out.append(("brace" if ch == "{" else "quote", raw[i + 1 : j]))
            i = j + 1
        else:
            j = i
            while j < n and not raw[j].isspace() and raw[j] != "#":
                j += 1
            word = raw[i:j]
            if not word or any(c in word for c in '{}"'):
                return None
            out.append(("number" if word.isdigit() else "macro", word))
            i = j
        expect_piece = False
    return out if out and not expect_piece else None


def evaluate(raw: str, macros: Mapping[str, str]) -> str:
    """The text a raw value stands for: macros expanded (unknown ones kept by name)."""
    if "#" not in raw:
        # one piece (the common case): a value that opens with a delimiter and closes
        # with its pair is one braced or quoted piece, since pieces join only with '#'
        first = raw[:1]
        if (first == "{" and raw[-1:] == "}") or (
            first == '"' and raw[-1:] == '"' and len(raw) > 1
        ):
            return raw[1:-1]
        if raw.isdigit():
            return raw
        word = raw.strip()
        low = word.lower()
        if word and low in macros:
            return macros[low]
        if low in MONTH_MACROS:
            return MONTH_MACROS[low]
    parts = pieces(raw)
    if parts is None:
        return raw.strip()
    out: list[str] = []
    for kind, text in parts:
        if kind == "macro":
            low = text.lower()
            value = macros.get(low)
            if value is None:
                value = MONTH_MACROS.get(low, text)
            out.append(value)
        else:
            out.append(text)
    return "".join(out)


def macros_used(raw: str) -> list[str]:
    """The macro names a raw value uses (lowercased), in order."""
    if raw[:1] == "{" and "#" not in raw:
        return []
    parts = pieces(raw)
    if parts is None:
        return []
    return [text.lower() for kind, text in parts if kind == "macro"]
