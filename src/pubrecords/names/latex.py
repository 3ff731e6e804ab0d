"""LaTeX to Unicode for names (private helper of :mod:`pubrecords.names`).

A small recursive decoder covers what names contain (accents, special letters, escaped
characters, braces, ties, font switches, logos) in a few microseconds; any other macro is
looked up in pylatexenc's table once per macro name, and a macro neither knows keeps its
name as text (``\\TUB`` → ``TUB``) instead of vanishing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["has_latex", "latex_to_unicode"]

# accent macro -> combining mark (also used by the cleaner)
ACCENT_MARKS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
    "t": "\u0361",
    "G": "\u030f",
    "textcommabelow": "\u0326",  # Romanian ș ț: \textcommabelow{s}, \textcommabelow s
}

_LETTERS = {
    "o": "ø",
    "O": "Ø",
    "l": "ł",
    "L": "Ł",
    "ss": "ß",
    "SS": "SS",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "i": "ı",
    "j": "ȷ",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
    "ng": "ŋ",
    "NG": "Ŋ",
    "dj": "đ",
    "DJ": "Đ",
}

_SYMBOLS = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "-": "",
    "/": "",
    "@": "",
    "\\": " ",
    "\n": " ",
    "\t": " ",
}

_LOGOS = {
    "TeX": "TeX",
    "LaTeX": "LaTeX",
    "LaTeXe": "LaTeX2e",
    "BibTeX": "BibTeX",
    "AmSTeX": "AmS-TeX",
    "AmS": "AmS",
    "XeTeX": "XeTeX",
    "LuaTeX": "LuaTeX",
    "ConTeXt": "ConTeXt",
    "SliTeX": "SliTeX",
    "MF": "Metafont",
    "MP": "MetaPost",
    "METAFONT": "METAFONT",
}

# macros that print nothing (font switches, spacing without arguments)
_SILENT = frozenset(
    [
        "relax",
        "sltt",
        "rm",
        "it",
        "bf",
        "sc",
        "tt",
        "sf",
        "sl",
        "em",
        "normalfont",
        "itshape",
        "bfseries",
        "scshape",
        "upshape",
        "mdseries",
        "rmfamily",
        "sffamily",
        "ttfamily",
        "slshape",
        "protect",
        "unskip",
        "ignorespaces",
        "nobreak",
        "allowbreak",
        "quad",
        "qquad",
        "small",
        "footnotesize",
        "large",
        "Large",
        "tiny",
        "scriptsize",
        "huge",
        "Huge",
        "null",
    ]
)
# macros whose one argument is printed as is
_PASS = frozenset(
    [
        "textbf",
        "textit",
        "emph",
        "textsc",
        "textrm",
        "textsf",
        "texttt",
        "textup",
        "textmd",
        "textnormal",
        "textsl",
        "mbox",
        "hbox",
        "text",
        "llap",
        "rlap",
        "url",
        "textnd",
        "uline",
        "underline",
        "ensuremath",
        "mathrm",
        "mathit",
        "mathbf",
    ]
)
# macros whose one braced argument is dropped
_DROP_ARG = frozenset(["noopsort", "hspace", "vspace", "hphantom", "vphantom", "phantom", "label"])
# macros followed by a TeX dimension ("0.5ex", "-.1em", "2pt")
_DIMEN = frozenset(["raise", "lower", "kern", "hskip", "vskip", "mkern"])
_DIMEN_RE = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*(?:pt|em|ex|mm|cm|in|bp|sp|pc|dd|cc|mu)")

_TOKEN = re.compile(r"\\([A-Za-z]+)|\\(.)|([{}])|(~)|(\$)|([^\\{}~$]+)|(\\)$", re.S)

_NEEDS = re.compile(r"[\\{}~$]")


def has_latex(text: str) -> bool:
    """True when ``text`` holds anything :func:`latex_to_unicode` would change."""
    return _NEEDS.search(text) is not None


@lru_cache(maxsize=512)
def _pylatexenc_macro(name: str) -> str | None:
    """Text of a macro pylatexenc knows (cached per macro *name*), else None."""
    from pylatexenc import latex2text  # type: ignore[import-untyped]

    db = latex2text.get_default_latex_context_db()
    if db.get_macro_spec(name) is None:
        return None
    try:
        out: str = latex2text.LatexNodes2Text().latex_to_text("\\" + name + "{}")
    except Exception:  # pragma: no cover - pylatexenc never raises here in practice
        return None
    return out


def _compose(base: str, mark: str) -> str:
    if not base:
        return ""
    first = base[0]
    if first == "ı":
        first = "i"
    elif first == "ȷ":
        first = "j"
    return unicodedata.normalize("NFC", first + mark) + base[1:]


_MAX_DEPTH = 100


class _Decoder:
    __slots__ = ("depth", "pos", "toks", "unknown")

    def __init__(self, text: str) -> None:
        self.unknown = False  # (whether a command neither we nor pylatexenc know was met)
        self.toks: list[tuple[str, str]] = []
        for m in _TOKEN.finditer(text):
            kind = m.lastindex or 0
            self.toks.append((str(kind), m.group(kind)))
        self.pos = 0
        self.depth = 0

    def _skip_spaces(self) -> None:
        toks = self.toks
        if self.pos < len(toks) and toks[self.pos][0] == "6":
            rest = toks[self.pos][1].lstrip(" \t\n")
            if rest:
                toks[self.pos] = ("6", rest)
            else:
                self.pos += 1

    def _argument(self) -> str:
        """One macro argument: a braced group, a macro, or one character."""
        self._skip_spaces()
        toks = self.toks
        if self.pos >= len(toks):
            return ""
        kind, val = toks[self.pos]
        if kind == "3" and val == "{":
            self.pos += 1
            return self.run(closing=True)
        if kind == "6":
            if len(val) == 1:
                self.pos += 1
            else:
                toks[self.pos] = ("6", val[1:])
            return val[0]
        if kind in ("1", "2"):
            return self.one()
        self.pos += 1
        return ""

    def _skip_argument(self) -> None:
        self._argument()

    def one(self) -> str:
        """Decode the token at ``pos`` (and its arguments)."""
        kind, val = self.toks[self.pos]
        if kind == "6":
            self.pos += 1
            return val
        if self.depth >= _MAX_DEPTH:
            # absurd nesting: keep the text, drop the markup, no further recursion
            self.pos += 1
            return val if kind in ("1", "2") else ""
        self.depth += 1
        try:
            return self._one(kind, val)
        finally:
            self.depth -= 1

    def _one(self, kind: str, val: str) -> str:
        self.pos += 1
        if kind == "1":
            if val in ACCENT_MARKS:
                return _compose(self._argument(), ACCENT_MARKS[val])
            if val in _LETTERS:
                self._skip_spaces()
                return _LETTERS[val]
            if val in _LOGOS:
                return _LOGOS[val]
            if val in _SILENT:
                self._skip_spaces()
                return ""
            if val in _PASS:
                return self._argument()
            if val in _DROP_ARG:
                self._skip_argument()
                return ""
            if val in _DIMEN:
                if self.pos < len(self.toks) and self.toks[self.pos][0] == "6":
                    m = _DIMEN_RE.match(self.toks[self.pos][1])
                    if m:
                        rest = self.toks[self.pos][1][m.end() :]
                        if rest:
                            self.toks[self.pos] = ("6", rest)
                        else:
                            self.pos += 1
                return ""
            known = _pylatexenc_macro(val)
            if known is None or not known.strip():
                self.unknown = True
                return val
            self._skip_spaces()  # (the space ending a control word: "1\\textmu F" is 1µF)
            return known
        if kind == "2":
            if val in ACCENT_MARKS:
                return _compose(self._argument(), ACCENT_MARKS[val])
            return _SYMBOLS.get(val, val)
        if kind == "3":
            if val == "{":
                return self.run(closing=True)
            return ""  # unmatched closing brace
        if kind == "4":
            return " "
        if kind == "5":
            return ""
        return ""  # a lone trailing backslash

    def run(self, closing: bool = False) -> str:
        out: list[str] = []
        toks = self.toks
        while self.pos < len(toks):
            kind, val = toks[self.pos]
            if kind == "3" and val == "}" and closing:
                self.pos += 1
                break
            out.append(self.one())
        return "".join(out)


_X = r"(\\[ij](?![A-Za-z])|[A-Za-z])"
_FAST = re.compile(
    "|".join(
        (
            r"\{\\(['`^\"~=.])\s*" + _X + r"\}",  # {\'e}
            r"\\(['`^\"~=.])\{" + _X + r"\}",  # \'{e}
            r"\\(['`^\"~=.])" + _X,  # \'e
            r"\{\\([vcHukrdb])(?:\{" + _X + r"\}|\s+" + _X + r")\}",  # {\v{c}} {\v c}
            r"\\([vcHukrdb])\{" + _X + r"\}",  # \v{c}
            r"\{\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)\}",  # {\ss}
            r"\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)\{\}",  # \ss{}
        )
    )
)


def _fast_repl(m: re.Match[str]) -> str:
    g = m.groups()
    for mark_i, base_i in ((0, 1), (2, 3), (4, 5)):
        if g[mark_i] is not None:
            return _compose(_base(g[base_i]), ACCENT_MARKS[g[mark_i]])
    if g[6] is not None:
        return _compose(_base(g[7] or g[8]), ACCENT_MARKS[g[6]])
    if g[9] is not None:
        return _compose(_base(g[10]), ACCENT_MARKS[g[9]])
    return _LETTERS[g[11] or g[12]]


def _base(x: str) -> str:
    return _LETTERS[x[1:]] if x[0] == "\\" else x


_LEFT = re.compile(r"[\\{}$]")


def latex_to_unicode(text: str) -> str:
    """Decode LaTeX in a name to Unicode; braces go, ties become spaces.

    >>> latex_to_unicode(r"Jos{\\'e} Hern\\'{a}ndez-Lobato")
    'José Hernández-Lobato'
    >>> latex_to_unicode(r"{\\v{Z}}ubrini{\\'c}, {\\ss} \\o{}")
    'Žubrinić, ß ø'
    """
    if _NEEDS.search(text) is None:
        return text
    if "\\" in text:
        fast = _FAST.sub(_fast_repl, text)
        if _LEFT.search(fast) is None:
            if "~" in fast:
                fast = fast.replace("~", " ")
            fast = unicodedata.normalize("NFC", fast)
            return " ".join(fast.split())
    out = _Decoder(text).run()
    out = unicodedata.normalize("NFC", out)
    return " ".join(out.split())


def latex_to_unicode_known(text: str) -> str | None:
    """:func:`latex_to_unicode`, or None when the text uses a command that neither
    pubrecords nor pylatexenc knows (a macro of the file's ``@preamble``, say): a name
    such as ``Franc{\\ocirc{u}}`` is then better kept as LaTeX than spelled "Francocircu".

    >>> latex_to_unicode_known(r"Jos{\\'e}"), latex_to_unicode_known(r"Franc{\\ocirc{u}}")
    ('José', None)
    """
    if "\\" not in text:
        return latex_to_unicode(text)
    decoder = _Decoder(text)
    out = decoder.run()
    if decoder.unknown:
        return None
    return " ".join(unicodedata.normalize("NFC", out).split())
