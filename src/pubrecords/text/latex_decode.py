"""LaTeX -> Unicode for BibTeX input: decoding field values written in LaTeX."""

from __future__ import annotations

import re
import unicodedata

from .latex_encode import _ACCENT_MARK, _LETTERS, _MATH_READ, _SYMBOLS, canonical_text

# ---------------------------------------------------------------- decoding

_TEXT_COMMANDS = {
    "textit",
    "textbf",
    "emph",
    "textsc",
    "textrm",
    "textsf",
    "texttt",
    "textup",
    "textsl",
    "textmd",
    "textnormal",
    "mbox",
    "hbox",
    "text",
    "mkbibquote",
    "mkbibemph",
    "mkbibbold",
    "enquote",
    "NoCaseChange",
    "url",
    "nolinkurl",
    "textsubscript",
    "textsuperscript",
}

_DECLARATIONS = frozenset(
    [
        "it",
        "bf",
        "em",
        "sc",
        "rm",
        "sf",
        "tt",
        "sl",
        "up",
        "itshape",
        "bfseries",
        "scshape",
        "normalfont",
        "upshape",
        "mdseries",
        "slshape",
        "rmfamily",
        "sffamily",
        "ttfamily",
        "tiny",
        "scriptsize",
        "footnotesize",
        "small",
        "normalsize",
        "large",
        "Large",
        "LARGE",
        "huge",
        "Huge",
        "protect",
        "noopsort",
    ]
)

_SYMBOL_READ: dict[str, str] = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textasciigrave": "`",
    "textquotesingle": "'",
    "textquotedbl": '"',
    "textunderscore": "_",
    "textdollar": "$",
    "textsterling": "£",
    "textsection": "§",
    "textparagraph": "¶",
    "textdagger": "†",
    "textdaggerdbl": "‡",
    "textellipsis": "…",
    "ldots": "…",
    "textendash": "–",
    "textemdash": "—",
    "textcopyright": "©",
    "i": "ı",
    "j": "ȷ",
    "relax": "",
    "slash": "/",
    "textnbhy": "-",
    "textminus": "−",
    "guillemetleft": "«",
    "guillemetright": "»",
    "o": "ø",
    "O": "Ø",
    "textmu": "µ",  # (textcomp's micro sign: µF, µPC577H)
}
for _ch, (_form_str, _t1) in _SYMBOLS.items():
    if _form_str.startswith("{\\"):
        _SYMBOL_READ[_form_str[2:-1]] = _ch
for _ch, (_cmd, _t1) in _LETTERS.items():
    _SYMBOL_READ[_cmd] = _ch
_SYMBOL_READ["aa"] = "å"
# the TeX family's logos, as their names are spelled in text
for _logo in ("TeX", "LaTeX", "BibTeX", "XeTeX", "XeLaTeX", "LuaTeX", "LuaLaTeX", "pdfTeX"):
    _SYMBOL_READ[_logo] = _logo
_SYMBOL_READ["pdfLaTeX"] = "pdfLaTeX"
_SYMBOL_READ["LaTeXe"] = "LaTeX2e"
_SYMBOL_READ["AA"] = "Å"

_CONTROL_SYMBOLS = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    "\\": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "/": "",
    "-": "",
    "@": "",
    "~": "~",
    "^": "^",
}


class _Decoder:
    __slots__ = ("n", "pos", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.n = len(text)

    def group(self) -> str:
        """Decode a {group} starting at pos (pos at '{'); returns its decoded content."""
        self.pos += 1
        return self.run(stop_at_close=True)

    def argument(self) -> str:
        """Decode one macro argument: a {group}, a control sequence or one character."""
        text, n = self.text, self.n
        while self.pos < n and text[self.pos] == " ":
            self.pos += 1
        if self.pos >= n:
            return ""
        ch = text[self.pos]
        if ch == "{":
            return self.group()
        if ch == "\\":
            return self.command()
        if ch == "}":
            return ""
        self.pos += 1
        return ch

    def skip_empty_group(self) -> None:
        if self.text.startswith("{}", self.pos):
            self.pos += 2

    def command(self) -> str:
        """Decode a control sequence starting at pos (pos at the backslash)."""
        text, n = self.text, self.n
        start = self.pos + 1
        if start >= n:
            self.pos = n
            return "\\"
        end = start
        if text[start].isascii() and text[start].isalpha():
            while end < n and text[end].isascii() and text[end].isalpha():
                end += 1
            name = text[start:end]
            self.pos = end
            if name not in _ACCENT_MARK:
                while self.pos < n and text[self.pos] in " \t\n":
                    self.pos += 1
            gobbled = self.pos > end
        else:
            name = text[start]
            self.pos = start + 1
            gobbled = False
        if name in _ACCENT_MARK:
            base = self.argument()
            if not base:
                return {"~": "~", "^": "^", "'": "'", "`": "`", '"': '"'}.get(name, "")
            first = base[0]
            if first == "ı":
                first = "i"
            elif first == "ȷ":
                first = "j"
            return unicodedata.normalize("NFC", first + _ACCENT_MARK[name]) + base[1:]
        if name in _CONTROL_SYMBOLS:
            return _CONTROL_SYMBOLS[name]
        if name in _SYMBOL_READ:
            self.skip_empty_group()
            return _SYMBOL_READ[name]
        if name in _MATH_READ and name.isalpha():
            self.skip_empty_group()
            return _MATH_READ[name]
        if name in _TEXT_COMMANDS:
            return self.argument()
        if name == "href":
            self.argument()
            return self.argument()
        if name in _DECLARATIONS:
            return ""
        if not gobbled and self.pos < self.n and text[self.pos] == "{" and name.isalpha():
            # an unknown command with an argument stays as written (``\foo{bar}``), so
            # its argument does not run into its name
            return "\\" + name + "{" + self.group() + "}"
        return "\\" + name + (" " if gobbled else "")

    def math(self) -> str:
        """Decode $...$ at pos: a lone known symbol becomes its character, else verbatim."""
        text = self.text
        end = self.pos + 1
        while True:
            end = text.find("$", end)
            if end < 0:
                self.pos += 1
                return "$"
            if text[end - 1] != "\\":
                break
            end += 1
        inner = text[self.pos + 1 : end]
        self.pos = end + 1
        key = inner.strip()
        if key.startswith("\\") and key[1:] in _MATH_READ:
            return _MATH_READ[key[1:]]
        if key == "-":
            return "−"
        return "$" + inner + "$"

    def run(self, stop_at_close: bool = False) -> str:
        text, n = self.text, self.n
        out: list[str] = []
        while self.pos < n:
            ch = text[self.pos]
            if ch == "\\":
                out.append(self.command())
            elif ch == "{":
                out.append(self.group())
            elif ch == "}":
                self.pos += 1
                if stop_at_close:
                    break
            elif ch == "$":
                out.append(self.math())
            elif ch == "~":
                out.append(" ")
                self.pos += 1
            elif ch == "-" or ch == "`" or ch == "'":
                end = self.pos + 1
                while end < n and text[end] == ch:
                    end += 1
                count = end - self.pos
                self.pos = end
                if ch == "-":
                    out.append({2: "–", 3: "—"}.get(count, "-" * count))
                elif ch == "`":
                    out.append("“" * (count // 2) + "‘" * (count % 2))
                else:
                    out.append("”" * (count // 2) + "'" * (count % 2))
            else:
                end = self.pos + 1
                while end < n and text[end] not in "\\{}$~-`'":
                    end += 1
                out.append(text[self.pos : end])
                self.pos = end
        return "".join(out)


_DECODE_NEEDS = re.compile(r"[\\{}$~`]|--|''")


def decode(text: str) -> str:
    """Unicode text of a BibTeX field value (LaTeX commands, accents, braces decoded).

    >>> decode(r"Scalable {BibTeX} for G{\\"o}del's {\\textbackslash}input -- 50\\%")
    "Scalable BibTeX for Gödel's \\\\input – 50%"
    """
    if not _DECODE_NEEDS.search(text):
        return canonical_text(text)
    return canonical_text(_Decoder(text).run())


def decode_raw(text: str) -> str:
    """:func:`decode` without the final whitespace canonicalisation."""
    return _Decoder(text).run()
