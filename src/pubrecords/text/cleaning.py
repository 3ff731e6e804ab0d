"""Text cleaners: the local repairs of one text field, each recorded.

Takes a string and the name of its field; gives the repaired string and the repairs
(display markers spliced into text, HTML entities, LaTeX, quotes, lost spaces)::

    >>> from pubrecords import clean_text
    >>> text, repairs = clean_text("method… (see more)s incorporating")
    >>> text, [r.action for r in repairs]
    ('methods incorporating', ['remove-display-marker'])
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from ..model import Repair
from ..names.latex import ACCENT_MARKS as _ACCENTS

__all__ = ["clean_text", "latex_to_text"]


class _Edit(NamedTuple):
    """One local replacement of ``text[start:end]`` by ``new``."""

    start: int
    end: int
    new: str
    action: str
    reason: str


_Step = Callable[[str], list[_Edit]]

# Context shown around a local change in Repair.before / Repair.after.
_WINDOW = 24


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """A few words of context around ``text[start:end]``, cut at spaces."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    if lo > 0:
        space = text.find(" ", lo, max(lo, start - 1))
        if space != -1:
            lo = space + 1
    if hi < len(text):
        space = text.rfind(" ", min(hi, end + 1), hi)
        if space != -1:
            hi = space
    return lo, hi


def _apply(text: str, edits: list[_Edit], field: str, out: list[Repair]) -> str:
    """Apply sorted, non-overlapping edits; record one Repair per edit (local context)."""
    if not edits:
        return text
    pieces: list[str] = []
    pos = 0
    for edit in edits:
        if edit.start < pos:  # overlapping edit: skip it (the next round sees it again)
            continue
        pieces.append(text[pos : edit.start])
        pieces.append(edit.new)
        pos = edit.end
        lo, hi = _window(text, edit.start, edit.end)
        before = text[lo:hi]
        after = text[lo : edit.start] + edit.new + text[edit.end : hi]
        out.append(Repair(field, edit.action, before.strip(), after.strip(), edit.reason))
    pieces.append(text[pos:])
    return "".join(pieces)


# --------------------------------------------------------------------------------------
# Unicode and whitespace

# Invisible characters (not whitespace: those become spaces) removed outright.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\x00-\x08\x0e-\x1b\x7f]+")
_BAD_SPACE = re.compile(r"[^\S ]|  | $|^ ")
# C1 control characters: in a record, bytes of Windows-1252 text read as Latin-1 ("Vehicle
# \x96 Pedestrian" for "Vehicle – Pedestrian"); the five bytes Windows-1252 leaves
# undefined are controls, removed. Not where the byte continues a UTF-8 sequence read as
# Latin-1 ("Å\x81ucja" is "Łucja", "â\x80\x99" is "’": mojibake, for fix_mojibake).
_C1 = re.compile("(?<![\xc0-\xef\x80-\xbf])[\x80-\x9f]")


def _cp1252(m: re.Match[str]) -> str:
    try:
        return bytes([ord(m.group(0))]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _normalize(text: str, field: str, out: list[Repair]) -> str:
    """NFC, invisible characters removed, whitespace collapsed to single spaces."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        new = unicodedata.normalize("NFC", text)
        out.append(Repair(field, "normalize-unicode", text, new, "Unicode normalized to NFC"))
        text = new
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if _C1.search(text):
        new = _C1.sub(_cp1252, text)
        out.append(
            Repair(
                field,
                "fix-mojibake",
                text,
                new,
                "Windows-1252 characters read as C1 controls (U+0080-U+009F) decoded",
            )
        )
        text = new
    if _INVISIBLE.search(text):
        new = _INVISIBLE.sub("", text)
        out.append(
            Repair(
                field,
                "remove-invisible-char",
                text,
                new,
                "removed invisible characters (zero-width spaces, soft hyphens, controls)",
            )
        )
        text = new
    if _BAD_SPACE.search(text):
        new = " ".join(text.split())
        if new != text:
            out.append(
                Repair(
                    field, "normalize-whitespace", text, new, "whitespace collapsed to one space"
                )
            )
            text = new
    return text


# --------------------------------------------------------------------------------------
# The display marker "… (see more)"

_MARKER = re.compile(r"\(\s?see\s{1,3}more\s?\)", re.IGNORECASE)
_ELLIPSIS_BEFORE = re.compile(r"(?:…|\.\s?\.\s?\.)\s?$")


def _marker_edits(text: str) -> list[_Edit]:
    if "(" not in text:
        return []
    edits = []
    for m in _MARKER.finditer(text):
        start, end = m.start(), m.end()
        before = _ELLIPSIS_BEFORE.search(text[max(0, start - 6) : start])
        if before is not None:
            start -= len(before.group())
        # The page continues its text right after the marker (even mid-word): delete the
        # marker only; where it stood between two spaces, keep one of them.
        if start > 0 and text[start - 1] == " " and (end == len(text) or text[end] == " "):
            start -= 1
        edits.append(
            _Edit(
                start,
                end,
                "",
                "remove-display-marker",
                "removed the page's '… (see more)' display marker and joined the text it split",
            )
        )
    return edits


# --------------------------------------------------------------------------------------
# HTML entities

_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _entity_edits(text: str) -> list[_Edit]:
    if "&" not in text or ";" not in text:
        return []
    edits = []
    for m in _ENTITY.finditer(text):
        new = html.unescape(m.group())
        if new != m.group() and len(new) == 1 and (new.isprintable() or new.isspace()):
            edits.append(
                _Edit(m.start(), m.end(), new, "decode-html-entity", "HTML entity decoded")
            )
    return edits


# --------------------------------------------------------------------------------------
# LaTeX

_LATEX_REASON = "LaTeX markup converted to the Unicode text it stands for"

# Accent commands -> combining characters: the names module's table (one table for both).
_ACCENT = re.compile(
    r"\\(?:(?P<sym>['`^\"~=.])\s?|(?P<word>[uvHckrdb]|textcommabelow)(?: |(?=\{)))"
    r"(?:\{(?P<l1>\\[ij]|[A-Za-z])\}|(?P<l2>\\[ij](?![A-Za-z])|[A-Za-z]))"
)
# Escaped quotes elsewhere in the text (\"hi\"): then \" is not an umlaut.
_ESCAPED_QUOTE = re.compile(r"\\\"(?![A-Za-z{\\])")
_ESCAPED_APOS = re.compile(r"\\'(?![A-Za-z{\\])")

# Own table first; pylatexenc's macro table (only plain-string replacements) after it.
_SYMBOLS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "dots": "…",
    "ldots": "…",
    "textellipsis": "…",
    "textendash": "–",
    "textemdash": "—",
    "prime": "′",
    "euro": "€",
    "copyright": "©",
    "pounds": "£",
    "S": "§",
    "P": "¶",
    "dag": "†",
    "ddag": "‡",
    "textdagger": "†",
    "textdaggerdbl": "‡",
    "degree": "°",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "BibTeX": "BibTeX",
    "log": "log",
    "exp": "exp",
}
# Letters: LaTeX swallows a space after them between letters ("Stra\ss e" -> "Straße").
_LETTER_MACROS = frozenset({"ss", "o", "O", "ae", "AE", "oe", "OE", "aa", "AA", "l", "L", "i", "j"})
_FORMATTING = (
    "textit|textbf|textsc|texttt|textrm|textsf|textup|textsl|textmd|textnormal|emph|"
    "underline|mbox|text|url|mathrm|mathit|mathbf|mathsf|mathtt|mathcal|operatorname|"
    "boldsymbol|textsuperscript|textsubscript"
)
_FORMAT = re.compile(r"\\(?:" + _FORMATTING + r")\s?\{([^{}\\$]*)\}")
# "\/" is left alone: more often a JSON-escaped slash (https:\/\/...) than LaTeX.
_MACRO = re.compile(r"\\(?:(\\)|([%&$#_])|([,;:!@\-])|([A-Za-z]+)(\{\})?)")
_BAD_SYMBOL_CHARS = frozenset("\\{}$%&~`'\"-^_")
# A symbol that ends in a word (a logo, a function name) rather than a sign or a letter.
_WORD_SYMBOL = re.compile(r"[A-Za-z]{2}$")


@functools.lru_cache(maxsize=1)
def _latex_db() -> Any:
    try:
        from pylatexenc.latex2text import (  # type: ignore[import-untyped]
            get_default_latex_context_db,
        )
    except ImportError:  # pragma: no cover - pylatexenc is a core dependency
        return None
    return get_default_latex_context_db()


@functools.lru_cache(maxsize=4096)
def _symbol(name: str) -> str | None:
    """Unicode text of an argument-less LaTeX macro, or None when unknown."""
    if name in _SYMBOLS:
        return _SYMBOLS[name]
    db = _latex_db()
    if db is None:  # pragma: no cover
        return None
    spec = db.get_macro_spec(name)
    repl = getattr(spec, "simplify_repl", None) if spec is not None else None
    if not isinstance(repl, str) or not repl.strip() or len(repl) > 4:
        return None
    if any(c in _BAD_SYMBOL_CHARS for c in repl) or "%" in repl:
        return None
    return repl


def _compose(base: str, accent: str) -> str | None:
    """Base letter plus accent as one precomposed character, or None."""
    if base == "\\i":
        base = "i"
    elif base == "\\j":
        base = "j"
    composed = unicodedata.normalize("NFC", base + accent)
    return composed if len(composed) == 1 else None


def _accent_edits(text: str) -> list[_Edit]:
    if "\\" not in text:
        return []
    escaped_quotes = '\\"' in text and _ESCAPED_QUOTE.search(text) is not None
    escaped_apos = "\\'" in text and _ESCAPED_APOS.search(text) is not None
    edits = []
    for m in _ACCENT.finditer(text):
        accent = m.group("sym") or m.group("word")
        base = m.group("l1") or m.group("l2")
        if accent == '"' and escaped_quotes:
            continue
        if accent == "'":
            if escaped_apos:
                continue
            # it\'s, don\'t: an escaped apostrophe, not an acute accent
            end = m.end()
            if (
                base in "stdm"
                and m.start() > 0
                and text[m.start() - 1].isalpha()
                and (end == len(text) or not text[end].isalpha())
            ):
                continue
        new = _compose(base, _ACCENTS[accent])
        if new is not None:
            start, end = m.start(), m.end()
            if (
                start > 0
                and end < len(text)
                and text[start - 1] == "{"
                and text[end] == "}"
                and not _BEFORE_MACRO.search(text[max(0, start - 31) : start - 1])
            ):
                start, end = start - 1, end + 1  # {\"o}, but not \textit{\"o}
            edits.append(_Edit(start, end, new, "latex-to-unicode", _LATEX_REASON))
    return edits


def _format_edits(text: str) -> list[_Edit]:
    if "\\" not in text:
        return []
    return [
        _Edit(m.start(), m.end(), m.group(1), "latex-to-unicode", _LATEX_REASON)
        for m in _FORMAT.finditer(text)
    ]


def _macro_edits(text: str) -> list[_Edit]:
    if "\\" not in text:
        return []
    edits = []
    for m in _MACRO.finditer(text):
        if m.group(1):  # "\\": a LaTeX line break or an escaped backslash; keep
            continue
        if m.group(2):
            new = m.group(2)
        elif m.group(3):
            new = " " if m.group(3) in ",;:" else ""
        else:
            name = m.group(4)
            symbol = _symbol(name)
            if symbol is None:
                continue  # unknown command (\cite, \ref, ...): keep it as written
            new = symbol
            end = m.end()
            if (
                not m.group(5)
                and end + 1 < len(text)
                and text[end] == " "
                and (name in _LETTER_MACROS or not _WORD_SYMBOL.search(symbol))
            ):
                # The space ending a control word is not typeset ("Stra\\ss e" is Straße,
                # "1\\textmu F" 1µF), as in TeX; a logo or a function name ("\\LaTeX is",
                # "\\log x") keeps it: the writer meant a word there.
                edits.append(_Edit(m.start(), end + 1, new, "latex-to-unicode", _LATEX_REASON))
                continue
        edits.append(_Edit(m.start(), m.end(), new, "latex-to-unicode", _LATEX_REASON))
    return edits


# Math: $...$ (pandoc's rule: no space inside the delimiters, closing $ not before a digit),
# $$...$$ and \(...\).
_MATH = re.compile(
    r"\$\$(?P<d>[^$]{1,300}?)\$\$"
    r"|(?<![\\$])\$(?=[^\s$])(?P<i>[^$]{1,200}?)(?<=[^\s$\\])\$(?![\d$])"
    r"|\\\((?P<p>[^$]{1,200}?)\\\)"
)
_MATH_START = re.compile(r"\$|\\\(")
_MATHY = re.compile(r"[\\^_{}=<>+]")


def _iter_math(text: str) -> Iterator[re.Match[str]]:
    """Math spans, left to right (only tried where a "$" or "\\(" stands: fast)."""
    end = 0
    for cand in _MATH_START.finditer(text):
        pos = cand.start()
        if pos < end:
            continue
        m = _MATH.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


_SIMPLE_MATH = re.compile(r"[A-Za-z0-9]{1,3}|[A-Za-z][A-Za-z0-9]*\([A-Za-z0-9, ]*\)")
_SUPER = dict(
    zip(
        "0123456789+-=()nia",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃ",
        strict=True,
    )
)
_SUB = dict(
    zip(
        "0123456789+-=()aeoxhklmnpstij",
        "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ",
        strict=True,
    )
)
_MATH_ACCENTS = {
    "hat": "\u0302",
    "bar": "\u0304",
    "overline": "\u0304",
    "tilde": "\u0303",
    "vec": "\u20d7",
    "dot": "\u0307",
    "ddot": "\u0308",
}
_BLACKBOARD = dict(zip("RNZQCEP", "ℝℕℤℚℂ𝔼ℙ", strict=True))
_MATH_FRAC = re.compile(r"\\[dt]?frac\s?\{([^{}]*)\}\s?\{([^{}]*)\}")
_MATH_SQRT = re.compile(r"\\sqrt\s?\{([^{}]*)\}")
_MATH_ARG = re.compile(r"\\([A-Za-z]+)\s?\{([^{}]*)\}")
_MATH_WORD = re.compile(r"\\([A-Za-z]+)|\\([,;:! ])|\\([{}%&$#_|])")
_MATH_SCRIPT = re.compile(r"([\^_])\s?(\{([^{}]*)\}|[A-Za-z0-9+\-*′∞])")


# \left( and \right): sizing of delimiters (not \leftarrow, \rightarrow, \leftrightarrow)
_SIZING = re.compile(r"\\(?:left|right)(?![A-Za-z])")


def _group(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 1 or text.isalnum() else f"({text})"


def _math_to_text(content: str) -> str | None:
    """Readable Unicode for simple math; None where it cannot be done faithfully."""
    if not _MATHY.search(content) and not _SIMPLE_MATH.fullmatch(content):
        return None
    s = content
    s = _SIZING.sub("", s)
    s = _MATH_FRAC.sub(lambda m: f"{_group(m.group(1))}/{_group(m.group(2))}", s)
    s = _MATH_SQRT.sub(lambda m: "√" + _group(m.group(1)), s)

    def arg(m: re.Match[str]) -> str:
        name, body = m.group(1), m.group(2).strip()
        if name in _MATH_ACCENTS:
            return (
                (_compose(body, _MATH_ACCENTS[name]) or m.group()) if len(body) == 1 else m.group()
            )
        if name == "mathbb" and body in _BLACKBOARD:
            return _BLACKBOARD[body]
        if re.fullmatch(_FORMATTING, name) and "\\" not in body:
            return body
        return m.group()

    s = _MATH_ARG.sub(arg, s)

    def word(m: re.Match[str]) -> str:
        if m.group(1):
            return _symbol(m.group(1)) or m.group()
        if m.group(2):
            return "" if m.group(2) == "!" else " "
        return m.group(3)

    s = _MATH_WORD.sub(word, s)

    def script(m: re.Match[str]) -> str:
        body = m.group(3) if m.group(3) is not None else m.group(2)
        table = _SUPER if m.group(1) == "^" else _SUB
        if body and all(c in table for c in body):
            return "".join(table[c] for c in body)
        if body in ("′", "*") and m.group(1) == "^":
            return body
        return m.group(1) + _group(body)

    s = _MATH_SCRIPT.sub(script, s)
    if "\\" in s or "{" in s or "}" in s or "$" in s:
        return None
    s = " ".join(s.split())
    return s or None


def _math_edits(text: str) -> list[_Edit]:
    if "$" not in text and "\\(" not in text:
        return []
    edits = []
    for m in _iter_math(text):
        content = m.group("d") or m.group("i") or m.group("p") or ""
        new = _math_to_text(content)
        if new is not None:
            edits.append(
                _Edit(
                    m.start(),
                    m.end(),
                    new,
                    "latex-math-to-text",
                    "simple LaTeX math written as readable Unicode text",
                )
            )
    return edits


_QUOTE_EVENT = re.compile(r"``|''|`|'")
_QUOTES_REASON = "LaTeX quotes converted to typographic quotes"


def _quote_edits(text: str) -> list[_Edit]:
    if "`" not in text:
        return []
    edits: list[_Edit] = []
    open_double = -1
    open_single = -1
    n = len(text)

    def pair(op: int, op_len: int, cl: int, cl_len: int, left: str, right: str) -> None:
        new = left + text[op + op_len : cl] + right
        edits.append(_Edit(op, cl + cl_len, new, "latex-quotes-to-unicode", _QUOTES_REASON))

    def lone_double(op: int) -> None:
        edits.append(_Edit(op, op + 2, "“", "latex-quotes-to-unicode", _QUOTES_REASON))

    for m in _QUOTE_EVENT.finditer(text):
        tok, pos = m.group(), m.start()
        if tok == "``":
            if open_double >= 0:
                lone_double(open_double)
            open_double = pos
            open_single = -1
        elif tok == "''":
            if open_double >= 0 and pos - open_double <= 300:
                pair(open_double, 2, pos, 2, "“", "”")  # one repair for the pair
            elif open_double >= 0:  # far apart: two repairs, each with its own context
                lone_double(open_double)
                edits.append(_Edit(pos, pos + 2, "”", "latex-quotes-to-unicode", _QUOTES_REASON))
            open_double = -1
        elif tok == "`":
            open_single = pos if pos + 1 < n and text[pos + 1].isalnum() else -1
        elif (
            open_single >= 0
            and pos - open_single <= 300
            and not text[pos - 1].isspace()
            and (pos + 1 == n or not text[pos + 1].isalnum())
        ):
            pair(open_single, 1, pos, 1, "‘", "’")
            open_single = -1
    if open_double >= 0:
        lone_double(open_double)
    edits.sort()
    return edits


_DASH = re.compile(r"--+")


def _dash_edits(text: str) -> list[_Edit]:
    if "--" not in text:
        return []
    tokens = _Tokens(text)
    edits = []
    n = len(text)
    for m in _DASH.finditer(text):
        start, end = m.start(), m.end()
        if start == 0 or end == n or end - start > 3:
            continue
        before, after = text[start - 1], text[end]
        spaced = before == " " and after == " "
        joined = before.isalnum() and after.isalnum()
        if not (spaced or joined) or tokens.protected(start, _url_like):
            continue
        new = "—" if end - start == 3 else "–"
        what = "em" if new == "—" else "en"
        edits.append(
            _Edit(
                start,
                end,
                new,
                "latex-dashes-to-unicode",
                f"LaTeX dash '{m.group()}' written as an {what} dash",
            )
        )
    return edits


_TIE = re.compile(r"(?<=[A-Za-z.,])~(?=[A-Za-z0-9(\\])")


def _tie_edits(text: str) -> list[_Edit]:
    if "~" not in text:
        return []
    tokens = _Tokens(text)
    return [
        _Edit(m.start(), m.end(), " ", "latex-to-unicode", "LaTeX tie '~' written as a space")
        for m in _TIE.finditer(text)
        if not tokens.protected(m.start(), _url_like)
    ]


_BRACES = re.compile(r"(?<![\\^_}])\{([A-Za-z][\w\- ]{0,200}\w|[A-Z])\}")
_BEFORE_MACRO = re.compile(r"\\[A-Za-z]+\s?$")


def _brace_edits(text: str) -> list[_Edit]:
    if "{" not in text:
        return []
    edits = []
    for m in _BRACES.finditer(text):
        if _BEFORE_MACRO.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # an argument of a command we keep (\cite{key})
        edits.append(
            _Edit(
                m.start(),
                m.end(),
                m.group(1),
                "remove-latex-braces",
                "LaTeX grouping braces removed",
            )
        )
    return edits


# --------------------------------------------------------------------------------------
# Lost spaces around "&" and straight double quotes


class _Tokens:
    """Space-delimited tokens of a normalized text, looked up by position (cached)."""

    __slots__ = ("_cache", "_end", "_start", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._start = -1
        self._end = -1
        self._cache: dict[int, bool] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        if not (self._start <= pos < self._end):
            start = self.text.rfind(" ", 0, pos) + 1
            end = self.text.find(" ", pos)
            self._start, self._end = start, (len(self.text) if end == -1 else end)
        return self._start, self._end

    def protected(self, pos: int, test: Callable[[str], bool]) -> bool:
        start, end = self.bounds(pos)
        key = start
        if key not in self._cache:
            self._cache[key] = test(self.text[start:end])
        return self._cache[key]


def _url_like(token: str) -> bool:
    low = token.lower()
    return (
        "://" in token
        or low.startswith(("www.", "doi:", "arxiv:"))
        or ("@" in token and "." in token.partition("@")[2])
    )


_CODE_CHARS = frozenset("=<>{}|\\/?;#%`[]_")


def _code_like(token: str) -> bool:
    return _url_like(token) or "&&" in token or any(c in _CODE_CHARS for c in token)


_ABBREV_LEFT = re.compile(r"(?:^|[^A-Za-z])[A-Z]{1,4}$")
_ABBREV_RIGHT = re.compile(r"^[A-Z]{1,4}s?(?:[^A-Za-z]|$)")
_AMP_LEFT = frozenset(",;:.)]\"'’”!?")
_AMP_RIGHT = frozenset("([\"'‘“")
_SPACE_REASON = "restored a space lost in scraping"


def _amp_edits(text: str) -> list[_Edit]:
    if "&" not in text:
        return []
    tokens = _Tokens(text)
    n = len(text)
    edits = []
    pos = text.find("&")
    while pos != -1:
        left = text[pos - 1] if pos > 0 else " "
        right = text[pos + 1] if pos + 1 < n else " "
        if (left != " " or right != " ") and not tokens.protected(pos, _code_like):
            start, end = tokens.bounds(pos)
            # AT&T, R&D, Q&A, S&P, P&L: an abbreviation, not two words.
            if not (
                _ABBREV_LEFT.search(text[max(start, pos - 6) : pos])
                and _ABBREV_RIGHT.search(text[pos + 1 : min(end, pos + 7)])
            ):
                glue_left = left != " " and (left.isalnum() or left in _AMP_LEFT)
                glue_right = right != " " and (right.isalnum() or right in _AMP_RIGHT)
                if glue_left or glue_right:
                    new = (" " if glue_left else "") + "&" + (" " if glue_right else "")
                    edits.append(_Edit(pos, pos + 1, new, "insert-lost-space", _SPACE_REASON))
        pos = text.find("&", pos + 1)
    return edits


_QUOTE_OUTSIDE_OPEN = frozenset(",;:.!?")


def _dquote_edits(text: str) -> list[_Edit]:
    if '"' not in text:
        return []
    positions = []
    pos = text.find('"')
    while pos != -1:
        positions.append(pos)
        pos = text.find('"', pos + 1)
    if len(positions) % 2:
        return []  # an odd count: inch marks, a stray quote... in doubt, leave them
    tokens = _Tokens(text)
    n = len(text)
    edits = []
    for k in range(0, len(positions), 2):
        op, cl = positions[k], positions[k + 1]
        if cl == op + 1 or text[op + 1] == " " or text[cl - 1] == " ":
            return []  # the quotes do not pair up as open/close: leave them all
        if tokens.protected(op, _code_like_quotes) or tokens.protected(cl, _code_like_quotes):
            return []
        glue_open = op > 0 and (text[op - 1].isalnum() or text[op - 1] in _QUOTE_OUTSIDE_OPEN)
        glue_close = cl + 1 < n and text[cl + 1].isalnum()
        if glue_open or glue_close:
            new = (" " if glue_open else "") + text[op : cl + 1] + (" " if glue_close else "")
            edits.append(_Edit(op, cl + 1, new, "insert-lost-space", _SPACE_REASON))
    return edits


def _code_like_quotes(token: str) -> bool:
    return _url_like(token) or any(c in "=<>{}\\`[]" for c in token)


# --------------------------------------------------------------------------------------
# Abstract-only repairs

_LABEL = re.compile(r"^(?:abstract|summary)\s?[:.—–]\s?(?=\S)", re.IGNORECASE)


def _label_edits(text: str) -> list[_Edit]:
    m = _LABEL.match(text)
    if m is None:
        return []
    return [_Edit(0, m.end(), "", "remove-abstract-label", "removed a leading 'Abstract:' label")]


# --------------------------------------------------------------------------------------
# The pipeline

_TEXT_STEPS: tuple[_Step, ...] = (
    _marker_edits,
    _entity_edits,
    _math_edits,
    _accent_edits,
    _format_edits,
    _macro_edits,
    _quote_edits,
    _dash_edits,
    _tie_edits,
    _brace_edits,
    _amp_edits,
    _dquote_edits,
)
_STEPS_BY_FIELD: dict[str, tuple[_Step, ...]] = {
    "abstract": (_label_edits, *_TEXT_STEPS),
    "title": _TEXT_STEPS,
}
# venue, publisher and other short fields: no display markers, no quote/space guessing.
_LIGHT_STEPS: tuple[_Step, ...] = (
    _entity_edits,
    _accent_edits,
    _format_edits,
    _macro_edits,
    _quote_edits,
    _dash_edits,
    _tie_edits,
    _brace_edits,
)
# The steps that turn LaTeX into text (left out by clean_text(..., latex=False)).
_LATEX_STEPS = frozenset(
    {
        _math_edits,
        _accent_edits,
        _format_edits,
        _macro_edits,
        _quote_edits,
        _dash_edits,
        _tie_edits,
        _brace_edits,
    }
)
_PLAIN_TEXT_STEPS = tuple(s for s in _TEXT_STEPS if s in _LATEX_STEPS)
_MAX_ROUNDS = 8
# Steps that may look inside a $...$ span the math step left as written.
_MATH_AWARE = frozenset({_marker_edits, _math_edits, _label_edits})
_SPACING = frozenset({_amp_edits, _dquote_edits})


@functools.lru_cache(maxsize=8)
def _plan(steps: tuple[_Step, ...]) -> tuple[tuple[_Step, bool, bool], ...]:
    return tuple((step, step in _SPACING, step in _MATH_AWARE) for step in steps)


def _outside_math(text: str, edits: list[_Edit]) -> list[_Edit]:
    """Drop edits inside math spans (those the math step could not render stay as written)."""
    spans = [(m.start(), m.end()) for m in _iter_math(text)]
    if not spans:
        return edits
    kept = []
    k = 0
    for edit in edits:
        while k < len(spans) and spans[k][1] <= edit.start:
            k += 1
        if k < len(spans) and spans[k][0] < edit.end:
            continue
        kept.append(edit)
    return kept


def clean_text(
    text: str, field: str = "abstract", *, latex: bool = True
) -> tuple[str, tuple[Repair, ...]]:
    """Clean one text field; return the text and the repairs made (field names them).

    ``field`` is recorded in each :class:`~pubrecords.model.Repair` and chooses the
    repairs: ``"abstract"`` and ``"title"`` get all of them; any other field (venue,
    publisher) only Unicode, whitespace, HTML entities and LaTeX. The result is a
    fixed point: cleaning it again changes nothing. ``latex=False`` leaves LaTeX
    (math, commands, quotes, ties, braces) as it is: for text read from a BibTeX file,
    where LaTeX is the author's markup, not debris of scraping; so is an ampersand typed
    between words (``Learn{\\&}Fuzz``, ``(d\\&r)``): no space is "restored" around it.

        >>> text, repairs = clean_text("accuracy of 70.48\\\\%, a ``wrapped'' model")
        >>> text
        'accuracy of 70.48%, a “wrapped” model'
        >>> [r.action for r in repairs]
        ['latex-to-unicode', 'latex-quotes-to-unicode']
        >>> clean_text("models&extrapolates for AT&T")[0]
        'models & extrapolates for AT&T'
    """
    steps = _STEPS_BY_FIELD.get(field, _LIGHT_STEPS)
    if not latex:
        steps = tuple(s for s in steps if s not in _LATEX_STEPS and s is not _amp_edits)
    return _run(text, field, steps)


def latex_to_text(text: str) -> str:
    r"""``text`` with its LaTeX (math, accents, commands, quotes, dashes, ties, braces) made
    plain text, for outputs that are plain text (CSL-JSON); a command that has no text
    form (``\cite{x}``, ``\index{y}``) is dropped with its argument.

        >>> latex_to_text(r"The $S_2$ case of \emph{G{\"o}del}\index{G}")
        'The S₂ case of Gödel'
    """
    if "\\" not in text and "$" not in text and "{" not in text and "`" not in text:
        return text
    text = _ENSUREMATH.sub(lambda m: "$" + m.group(1) + "$", text)
    parts = _MATH_SPAN.split(text)  # [text, math, text, math, ..., text]
    out: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:
            # math: its Unicode form where it has one throughout, else as written (a
            # reader of the output still sees "$B\to K^{(*)}\nu\bar\nu$", nothing lost)
            got, _ = _run(part, "title", _PLAIN_TEXT_STEPS)
            out.append(part if _MATH_LEFT.search(got) else got.strip())
            continue
        if not part:
            continue
        got, _ = _run(part, "title", _PLAIN_TEXT_STEPS)
        for _ in range(4):  # commands left: references dropped, others give their argument
            new = _LEFT_COMMAND.sub(_left_command, got)
            if new == got:
                break
            got = new
        lead, trail = part[: len(part) - len(part.lstrip())], part[len(part.rstrip()) :]
        out.append(lead + got.replace("{", "").replace("}", "").strip() + trail)
    return " ".join("".join(out).split())


# A math span ($...$, not an escaped dollar), and what shows math was not all made text.
_MATH_SPAN = re.compile(r"(?<!\\)(\$[^$]+\$)")
_MATH_LEFT = re.compile(r"[$\\]")


_ENSUREMATH = re.compile(r"\\ensuremath\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
# A command left after the LaTeX steps, with its (innermost) arguments.
_LEFT_COMMAND = re.compile(r"\\([A-Za-z]+)\*?(?:\[[^\]]*\])?((?:\{[^{}]*\})*)")
_NO_TEXT = frozenset(
    {
        "cite",
        "citep",
        "citet",
        "nocite",
        "index",
        "label",
        "ref",
        "eqref",
        "pageref",
        "footnote",
        "hyphenation",
        "url",
        "href",
        "hyphen",
    }
)


def _left_command(m: re.Match[str]) -> str:
    name = m.group(1)
    if name in _NO_TEXT or name.startswith("cite"):
        return ""
    return m.group(2).replace("{", "").replace("}", "")


def _run(text: str, field: str, steps: tuple[_Step, ...]) -> tuple[str, tuple[Repair, ...]]:
    out: list[Repair] = []
    text = _normalize(text, field, out)
    # Run the steps in order, again and again until none changes anything. A step is
    # skipped where the text has not changed since it last found nothing to do; edits of
    # the space-inserting steps (_SPACING) cannot enable the other steps, so they only
    # make the spacing steps run again.
    version = 0  # bumped by edits of other steps (and by whitespace normalization)
    spacing = 0  # bumped by edits of the spacing steps
    plan = _plan(steps)
    clean_at: list[tuple[int, int] | None] = [None] * len(plan)
    has_dollar = "$" in text
    for _ in range(_MAX_ROUNDS):
        changed = False
        for i, (step, is_spacing, math_aware) in enumerate(plan):
            key = (version, spacing if is_spacing else -1)
            if clean_at[i] == key:
                continue
            edits = step(text)
            if not edits:
                clean_at[i] = key
                continue
            if has_dollar and not math_aware:
                edits = _outside_math(text, edits)
            new = _apply(text, edits, field, out)
            if new == text:
                clean_at[i] = key
                continue
            text = new
            has_dollar = "$" in text
            changed = True
            clean_at[i] = None
            if is_spacing:
                spacing += 1
            else:
                version += 1
        if not changed:
            break
        new = _normalize(text, field, out)
        if new != text:
            text = new
            version += 1
    return text, tuple(out)
