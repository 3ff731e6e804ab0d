"""Unicode -> LaTeX for BibTeX output: text that pdflatex with the default fonts can set."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from typing import Any

__all__: list[str] = []

# Characters that pdflatex's standard UTF-8 input (default OT1 fonts, no packages)
# typesets without an error; measured with TeX Live 2022. In UTF-8 mode these are
# written as themselves, other characters as a LaTeX command when one works with the
# default fonts (Greek letters and math symbols), else as themselves.
_PDFLATEX_UTF8_OK = frozenset(
    "\xa0¡¢£¤¥¦§¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖ×ØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõö÷øùú"
    "ûüýÿĀāĂăĆćĈĉĊċČčĎďĒēĔĕĖėĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭİıĲĳĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠš"
    "ŢţŤťŨũŪūŬŭŮůŰűŴŵŶŷŸŹźŻżŽžƒǄǅǆǇǈǉǊǋǌǍǎǏǐǑǒǓǔǢǣǦǧǨǩǰǴǵȘșȚțȲȳȷḂḃḍḞḟḠḡḥḰḱḷṃṅṇṛṣṭẎẏẐẑẞỲỳ"
    "‐‑‒–—―‖‘’“”†‡•…‰‱※‽⁄⁎⁒₡₤₦₩₫€₱℃№℗℞℠™Ω℧℮←↑→↓"
)

# ASCII characters LaTeX would not typeset as themselves.
_ASCII_ESCAPES = {
    "\\": "{\\textbackslash}",
    "{": "{\\textbraceleft}",
    "}": "{\\textbraceright}",
    "&": "\\&",
    "%": "\\%",
    "$": "\\$",
    "#": "\\#",
    "_": "\\_",
    "~": "{\\textasciitilde}",
    "^": "{\\textasciicircum}",
    "<": "{\\textless}",
    ">": "{\\textgreater}",
    "|": "{\\textbar}",
    "`": "{\\textasciigrave}",
}

# Combining mark -> LaTeX accent command (t1: needs T1 fonts).
_ACCENTS: dict[str, tuple[str, bool]] = {
    "\u0300": ("`", False),
    "\u0301": ("'", False),
    "\u0302": ("^", False),
    "\u0303": ("~", False),
    "\u0304": ("=", False),
    "\u0306": ("u", False),
    "\u0307": (".", False),
    "\u0308": ('"', False),
    "\u030a": ("r", False),
    "\u030b": ("H", False),
    "\u030c": ("v", False),
    "\u0323": ("d", False),
    "\u0327": ("c", False),
    "\u0328": ("k", True),
    "\u0331": ("b", False),
}
_ACCENT_MARK = {cmd: mark for mark, (cmd, _) in _ACCENTS.items()}
_ACCENT_MARK["H"] = "\u030b"
_ACCENT_MARK["t"] = "\u0361"  # tie; decoded only
# comma below (Romanian ș ț, \textcommabelow{s} or \textcommabelow s); decoded only
_ACCENT_MARK["textcommabelow"] = "\u0326"

# Letters written as a LaTeX command: char -> (command, t1 only).
_LETTERS: dict[str, tuple[str, bool]] = {
    "ß": ("ss", False),
    "ẞ": ("SS", False),
    "æ": ("ae", False),
    "Æ": ("AE", False),
    "œ": ("oe", False),
    "Œ": ("OE", False),
    "ø": ("o", False),
    "Ø": ("O", False),
    "å": ("aa", False),
    "Å": ("AA", False),
    "ł": ("l", False),
    "Ł": ("L", False),
    "ı": ("i", False),
    "ȷ": ("j", False),
    "ð": ("dh", True),
    "Ð": ("DH", True),
    "þ": ("th", True),
    "Þ": ("TH", True),
    "đ": ("dj", True),
    "Đ": ("DJ", True),
    "ŋ": ("ng", True),
    "Ŋ": ("NG", True),
}

# Text symbols: char -> (LaTeX, t1 only). Dashes use the TeX ligatures.
_SYMBOLS: dict[str, tuple[str, bool]] = {
    "–": ("--", False),
    "—": ("---", False),
    "‘": ("{\\textquoteleft}", False),
    "’": ("{\\textquoteright}", False),
    "“": ("{\\textquotedblleft}", False),
    "”": ("{\\textquotedblright}", False),
    "…": ("{\\dots}", False),
    "§": ("{\\S}", False),
    "¶": ("{\\P}", False),
    "©": ("{\\copyright}", False),
    "£": ("{\\pounds}", False),
    "†": ("{\\dag}", False),
    "‡": ("{\\ddag}", False),
    "•": ("{\\textbullet}", False),
    "€": ("{\\texteuro}", False),
    "°": ("{\\textdegree}", False),
    "¡": ("{\\textexclamdown}", False),
    "¿": ("{\\textquestiondown}", False),
    "™": ("{\\texttrademark}", False),
    "®": ("{\\textregistered}", False),
    "¢": ("{\\textcent}", False),
    "¥": ("{\\textyen}", False),
    "ª": ("{\\textordfeminine}", False),
    "º": ("{\\textordmasculine}", False),
    "‰": ("{\\textperthousand}", False),
    "«": ("{\\guillemotleft}", True),
    "»": ("{\\guillemotright}", True),
    "‹": ("{\\guilsinglleft}", True),
    "›": ("{\\guilsinglright}", True),
}

# Greek letters and math symbols: char -> math command (written as {$\cmd$}).
_MATH: dict[str, str] = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "varepsilon",
    "ϵ": "epsilon",
    "ζ": "zeta",
    "η": "eta",
    "θ": "theta",
    "ϑ": "vartheta",
    "ι": "iota",
    "κ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ξ": "xi",
    "π": "pi",
    "ϖ": "varpi",
    "ρ": "rho",
    "ϱ": "varrho",
    "σ": "sigma",
    "ς": "varsigma",
    "τ": "tau",
    "υ": "upsilon",
    "φ": "varphi",
    "ϕ": "phi",
    "χ": "chi",
    "ψ": "psi",
    "ω": "omega",
    "Γ": "Gamma",
    "Δ": "Delta",
    "Θ": "Theta",
    "Λ": "Lambda",
    "Ξ": "Xi",
    "Π": "Pi",
    "Σ": "Sigma",
    "Υ": "Upsilon",
    "Φ": "Phi",
    "Ψ": "Psi",
    "Ω": "Omega",
    "µ": "mu",
    "±": "pm",
    "×": "times",
    "÷": "div",
    "¬": "neg",
    "·": "cdot",
    "≤": "leq",
    "≥": "geq",
    "≠": "neq",
    "≈": "approx",
    "≡": "equiv",
    "∼": "sim",
    "∝": "propto",
    "∞": "infty",
    "→": "rightarrow",
    "←": "leftarrow",
    "↔": "leftrightarrow",
    "⇒": "Rightarrow",
    "⇐": "Leftarrow",
    "⇔": "Leftrightarrow",
    "∈": "in",
    "∉": "notin",
    "∑": "sum",
    "∏": "prod",
    "∫": "int",
    "√": "surd",
    "∂": "partial",
    "∇": "nabla",
    "∀": "forall",
    "∃": "exists",
    "∅": "emptyset",
    "∩": "cap",
    "∪": "cup",
    "⊂": "subset",
    "⊆": "subseteq",
    "⊃": "supset",
    "⊇": "supseteq",
    "∧": "wedge",
    "∨": "vee",
    "⊕": "oplus",
    "⊗": "otimes",
    "∘": "circ",
    "∗": "ast",
    "ℓ": "ell",
    "′": "prime",
    "−": "-",
}
# µ (micro sign) and μ share \mu; decoding gives the Greek letter, so the micro sign is
# written as itself (pdflatex accepts it).
_MATH_WRITE = {ch: cmd for ch, cmd in _MATH.items() if ch != "µ"}
_MATH_READ = {cmd: ch for ch, cmd in _MATH.items() if ch != "µ"}

_ASCII_NEEDS = re.compile(r"[\\{}&%$#_~^<>|`\x00-\x1f\x7f]|--|''|  |^ | $")
_ASCII_CLASS = re.compile(r"[\\{}&%$#_~^<>|`\x00-\x1f\x7f]").search
_SPECIAL_CLASS = re.compile(r"[\\{}&%$#_~^<>|`]").search


def canonical_text(text: str) -> str:
    """The form of ``text`` BibTeX can carry: NFC, no control/format characters, whitespace
    runs collapsed to one space, no leading or trailing space.

    >>> canonical_text("  a\\n\\tb\\u200b c ")
    'a b c'
    """
    if text.isascii():
        if text.isprintable():
            if "  " not in text and text[:1] != " " and text[-1:] != " ":
                return text
            return " ".join(text.split())
        if not _CONTROL_ASCII.search(text):
            return " ".join(text.split())
    text = unicodedata.normalize("NFC", text)
    if text.isprintable():  # no control, format or exotic space characters
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    joined = " ".join(text.split())
    if joined.isprintable():  # it was only white space (line breaks, tabs, no-break spaces)
        return joined
    text = "".join(
        ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Cn")
    )
    # a removed character may have stood between a letter and its combining mark
    return " ".join(unicodedata.normalize("NFC", text).split())


_CONTROL_ASCII = re.compile(r"[\x00-\x1f\x7f]")


def _accented(ch: str, ascii: bool) -> str | None:
    """LaTeX accent form of ``ch`` (``{\\'e}``), or None; honours t1-only accents."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if not marks:
        return None
    if base.isascii() and base.isalpha():
        # {\'i}, not {\'\i}: LaTeX puts the accent on a dotless i itself, and biber
        # decodes \'\i to a dotless i plus a loose combining accent
        form = base
    elif base in _LETTERS and (ascii or not _LETTERS[base][1]):
        form = "\\" + _LETTERS[base][0]
    else:
        return None
    for i, mark in enumerate(marks):
        if mark not in _ACCENTS:
            return None
        cmd, t1 = _ACCENTS[mark]
        if t1 and not ascii:
            return None
        if cmd.isalpha() or form.startswith("\\") or i:
            form = f"\\{cmd}{{{form}}}"
        else:
            form = f"\\{cmd}{form}"
    return "{" + form + "}"


def _char_form(ch: str, ascii: bool) -> str:
    """How one non-ASCII character is written (itself when no LaTeX form fits)."""
    if not ascii and ch in _PDFLATEX_UTF8_OK:
        return ch
    if ch in _MATH_WRITE:
        cmd = _MATH_WRITE[ch]
        return "{$" + cmd + "$}" if not cmd.isalpha() else "{$\\" + cmd + "$}"
    if ch in _SYMBOLS:
        form, t1 = _SYMBOLS[ch]
        if ascii or not t1:
            return form
        return ch
    if ch in _LETTERS:
        cmd, t1 = _LETTERS[ch]
        if ascii or not t1:
            return "{\\" + cmd + "}"
        return ch
    accented = _accented(ch, ascii)
    if accented is not None:
        return accented
    return ch


_FORMS: tuple[dict[str, str], dict[str, str]] = (dict(_ASCII_ESCAPES), dict(_ASCII_ESCAPES))


def _form(ch: str, ascii: bool) -> str:
    table = _FORMS[ascii]
    got = table.get(ch)
    if got is None:
        got = ch if ch.isascii() else _char_form(ch, ascii)
        table[ch] = got
    return got


def encode(text: str, ascii: bool = False) -> str:
    """BibTeX field text typesetting as exactly ``canonical_text(text)``.

    ``ascii=True`` writes every character that has a LaTeX form as ASCII (``{\\"o}``);
    characters with no LaTeX form at all (CJK, Cyrillic, …) are kept as UTF-8.

    >>> encode("Schrödinger's 50% & x_1", ascii=True)
    'Schr{\\\\"o}dinger\\'s 50\\\\% \\\\& x\\\\_1'
    """
    # One pass over the UTF-8 bytes keeps the bytes of every character that may need
    # work (LaTeX specials, - and ', control and non-ASCII characters): in the common
    # case there are none, or a few, and only those few are looked at.
    # (Double spaces and hyphens are looked for with rfind: on text with a space every
    # few characters its search is faster than that of ``in``.)
    raw = text.encode("utf-8", "surrogatepass")
    found = raw.translate(None, _PLAIN_ASCII_BYTES)
    if not found:
        if _spaced(raw):
            return " ".join(text.split())  # (split() only finds spaces in this text)
        return text
    if not found.strip(b"-'"):  # only hyphens and quotes: often no ligature pair at all
        # (two characters next to each other in the text are next to each other in
        # ``found`` too: only where ``found`` has a pair can the text have one)
        if (b"--" in found and raw.rfind(b"--") >= 0) or (b"''" in found and b"''" in raw):
            units = _units_of(found)
        elif _spaced(raw):
            return " ".join(text.split())
        else:
            return text
    elif found.isascii():
        units = _units_of(found)
        if not units.isdisjoint(_ASCII_CONTROLS):
            return encode_canonical(canonical_text(text), ascii)
    else:
        # canonical_text() of non-ASCII text, with its two passes over the text done on
        # the few characters in ``found``
        chars = found.decode("utf-8", "surrogatepass")
        if not _NFC_INERT.issuperset(chars):
            nfc = unicodedata.normalize("NFC", text)
            if nfc is not text and nfc != text:
                raw = nfc.encode("utf-8", "surrogatepass")
                found = raw.translate(None, _PLAIN_ASCII_BYTES)
                text = nfc
                chars = found.decode("utf-8", "surrogatepass")
        if not chars.isprintable():  # (the rest of the text is printable ASCII)
            return encode_canonical(canonical_text(text), ascii)
        units = _units_of(found)
    # the text is printable, so the only whitespace in it is the space
    if _spaced(raw):
        text = " ".join(text.split())
    got = _encode_units(text, units, ascii)
    return got if got is not None else encode_canonical(text, ascii)


def _nfc_inert() -> frozenset[str]:
    """Characters that NFC leaves alone wherever they stand: ASCII, and the common
    non-ASCII letters and symbols (Latin, Greek, Cyrillic, punctuation, currency, arrows,
    mathematical operators) that are in NFC, have no combining class and never end a
    canonical composition (what ends one are combining marks, Hangul jamo and a few
    vowel signs of Indic scripts, none in these blocks). A text made of these only is
    in NFC (NFC's quick check says yes), so it need not be normalised."""
    blocks = [
        (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
        (0x0370, 0x03FF),  # Greek and Coptic
        (0x0400, 0x04FF),  # Cyrillic
        (0x1E00, 0x1EFF),  # Latin Extended Additional
        (0x2000, 0x206F),  # General Punctuation
        (0x2070, 0x20CF),  # superscripts and subscripts, currency symbols
        (0x2100, 0x22FF),  # letterlike symbols, number forms, arrows, mathematical operators
    ]
    inert = {chr(cp) for cp in range(0x80)}
    for first, last in blocks:
        for cp in range(first, last + 1):
            ch = chr(cp)
            if unicodedata.combining(ch) == 0 and unicodedata.normalize("NFC", ch) == ch:
                inert.add(ch)
    return frozenset(inert)


_NFC_INERT = _nfc_inert()


def _spaced(raw: bytes) -> bool:
    """True when the encoded text has a double, leading or trailing space to collapse."""
    return raw.rfind(b"  ") >= 0 or raw[:1] == b" " or raw[-1:] == b" "


def brace_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """:func:`encode_protected` of canonical ASCII text for which :func:`_plain` holds."""
    return _marked(text, spans, "{", "}")


# Printable ASCII characters that every mode writes as themselves wherever they stand
# (not the LaTeX specials, and not - and ', which make TeX ligatures with a neighbour).
_PLAIN_ASCII_BYTES = bytes(b for b in range(0x20, 0x7F) if chr(b) not in "\\{}&%$#_~^<>|`-'")
_ASCII_CONTROLS = frozenset(map(chr, [*range(0x20), 0x7F]))


# ASCII specials other than \ { }, whose forms hold backslashes and braces themselves.
_ESCAPES_AFTER_BRACES = [(ch, form) for ch, form in _ASCII_ESCAPES.items() if ch not in "\\{}"]


# Backslash and braces: held as placeholders while the other forms are put in.
_HELD = [(ch, chr(i), _ASCII_ESCAPES[ch]) for i, ch in enumerate("\\{}")]


def _encode_ascii(text: str) -> str:
    """:func:`encode_canonical` of canonical ASCII text (the same in both modes)."""
    for old, new in _special_steps(text):
        text = text.replace(old, new)
    return text


def _special_steps(present: Container[str]) -> list[tuple[str, str]]:
    """The replace calls that escape the ASCII specials and split the ligature pairs
    (``--``, ``''``) of a text; ``present`` says which characters and pairs occur (the
    text itself, or a set of them: see :func:`_units_of`).

    A few C-level ``replace`` calls instead of a regex pass with a callback per match:
    backslash and braces go through control-character placeholders first (canonical text
    has none), so the braces and backslashes of the other forms are not escaped again.
    No form holds ``--`` or ``''``, so the pairs are those of the text.
    """
    held = [(ch, mark, form) for ch, mark, form in _HELD if ch in present]
    steps = [(ch, mark) for ch, mark, _ in held]
    steps += [(ch, form) for ch, form in _ESCAPES_AFTER_BRACES if ch in present]
    steps += [(mark, form) for _, mark, form in held]
    # keep -- and '' from becoming TeX ligatures (twice: a run of three or more)
    if "--" in present:
        steps += [("--", "-{}-"), ("--", "-{}-")]
    if "''" in present:
        steps += [("''", "'{}'"), ("''", "'{}'")]
    return steps


def _encode_units(text: str, units: frozenset[str], ascii: bool) -> str | None:
    """:func:`encode_canonical` of canonical ``text`` (``initials=False``), given the set
    ``units`` of its characters that are not plain ASCII (see ``_PLAIN_ASCII_BYTES``);
    None where the general code is needed.

    The regex substitution of the general code writes each character by its own form,
    except ``-`` and ``'`` (and, in ASCII mode, en and em dashes), whose forms depend on
    the next or previous character. Without combining marks (clusters), control
    characters (our placeholders) and ASCII-mode dashes, the same text comes out of
    :func:`_encode_ascii`'s replace calls for the ASCII specials and ligature pairs
    (which see every non-ASCII character as a neighbour that is neither ``-`` nor
    ``'``, as the general code does), then one replace call per non-ASCII character
    whose form differs from itself. Those forms are ASCII text in braces, inserted last
    so that no other replacement touches them, and they cannot make a ligature pair.
    """
    # (the replace calls depend on the set of units only, and sets recur: by a cache)
    key = (units, ascii)
    steps = _UNIT_STEPS.get(key, _UNKNOWN)
    if steps is _UNKNOWN:
        if len(_UNIT_STEPS) >= 4096:
            _UNIT_STEPS.clear()
        steps = _UNIT_STEPS[key] = _unit_steps(units, ascii)
    if steps is None:
        return None
    for old, new in steps:
        text = text.replace(old, new)
    return text


_UNKNOWN: Any = object()
_UNIT_STEPS: dict[tuple[frozenset[str], bool], tuple[tuple[str, str], ...] | None] = {}


def _unit_steps(units: frozenset[str], ascii: bool) -> tuple[tuple[str, str], ...] | None:
    """The replace calls of :func:`_encode_units` for text with these ``units``: those of
    :func:`_special_steps`, then the non-ASCII forms; None for the general code."""
    if not units.isdisjoint(_NEED_GENERAL[ascii]):
        return None
    forms: list[tuple[str, str]] = []
    for ch in sorted(units):
        if ch >= "\x80":
            form = _form(ch, ascii)
            if form != ch:
                if form[0] != "{" or form[-1] != "}":
                    return None
                forms.append((ch, form))
    return tuple(_special_steps(units) + forms)


_COMBINING_CHARS = frozenset(
    chr(cp)
    for first, last in ((0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF))
    for cp in range(first, last + 1)
) | frozenset(map(chr, range(0xFE20, 0xFE30)))
# Units :func:`_encode_units` leaves to the general code, by ``ascii``.
_NEED_GENERAL = (
    _COMBINING_CHARS | _ASCII_CONTROLS,
    _COMBINING_CHARS | _ASCII_CONTROLS | {"–", "—"},
)


def _plain(text: str) -> bool:
    """True when ASCII ``text`` holds no LaTeX special and no ligature pair."""
    raw = text.encode()
    return (
        len(raw.translate(None, _LATEX_SPECIALS)) == len(raw)
        and ("-" not in text or "--" not in text)
        and ("'" not in text or "''" not in text)
    )


_LATEX_SPECIALS = b"\\{}&%$#_~^<>|`"


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CLUSTER = re.compile(
    ".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*", re.DOTALL
)


def _cluster_form(cluster: str, ascii: bool) -> str:
    """A base character with combining marks NFC cannot fold in (``ọ̀``)."""
    form = _accented(cluster, True)
    if form is not None and (ascii or "\\k" not in form):
        return form
    return "".join(_form(ch, ascii) for ch in cluster)


_COMB = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_OK_CLASS = "".join(sorted(_PDFLATEX_UTF8_OK)).replace("\\", "").replace("]", "").replace("-", "")
# One match per unit that needs work: a character with combining marks, a LaTeX special,
# the first of two hyphens or quotes (a TeX ligature), a non-ASCII character (in UTF-8
# mode only those pdflatex does not take as they are).
_SUB_ASCII = re.compile(
    f"[^\\n][{_COMB}]+|[\\\\{{}}&%$#_~^<>|`]|-(?=[-–—])|'(?=')|[^\\x00-\\x7f]"
).sub
_SUB_UTF8 = re.compile(
    f"[^\\n][{_COMB}]+|[\\\\{{}}&%$#_~^<>|`]|-(?=-)|'(?=')|[^\\x00-\\x7f{_OK_CLASS}]"
).sub


def _ranges_outside(keep: frozenset[str]) -> str:
    """A regex class body for every non-ASCII character not in ``keep``."""
    out: list[str] = []
    start = 0x80
    for cp in sorted(ord(ch) for ch in keep if ord(ch) >= 0x80):
        if cp > start:
            out.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
        start = cp + 1
    out.append(f"{re.escape(chr(start))}-\\U0010ffff")
    return "".join(out)


# Without combining marks, one character class finds every unit that needs work.
_SUB_ASCII_SIMPLE = re.compile("[\\\\{}&%$#_~^<>|`'\\-\\x80-\\U0010ffff]").sub
_SUB_UTF8_SIMPLE = re.compile(
    "[\\\\{}&%$#_~^<>|`'\\-" + _ranges_outside(_PDFLATEX_UTF8_OK) + "]"
).sub


def _replace_ascii(m: re.Match[str]) -> str:
    unit = m.group()
    if len(unit) > 1:
        return _cluster_form(unit, True)
    if unit == "-":
        nxt = m.string[m.end() : m.end() + 1]
        return "-{}" if nxt and nxt in "-–—" else "-"
    if unit == "'":
        return "'{}" if m.string[m.end() : m.end() + 1] == "'" else "'"
    piece = _form(unit, True)
    if piece[0] == "-":  # an en or em dash written as -- / ---: keep it apart from hyphens
        text, start = m.string, m.start()
        if start and text[start - 1] in "-–—":
            piece = "{}" + piece
        if text[m.end() : m.end() + 1] == "-":
            piece += "{}"
    return piece


def _replace_utf8(m: re.Match[str]) -> str:
    unit = m.group()
    if len(unit) > 1:
        return _cluster_form(unit, False)
    if unit == "-" or unit == "'":
        return unit + "{}" if m.string[m.end() : m.end() + 1] == unit else unit
    return _form(unit, False)


def encode_canonical(text: str, ascii: bool = False, initials: bool = False) -> str:
    """:func:`encode` for text already in canonical form (pieces of it keep their spaces).

    ``initials=True`` (for given names) writes every non-ASCII initial letter as a
    LaTeX special character (``{\\'E}mile``), even in UTF-8 mode, so that BibTeX's
    abbreviating styles (abbrv) keep the initial whole instead of cutting a UTF-8 byte.
    """
    if text.isascii() and _plain(text):
        return text
    if not initials:
        if text.isascii():
            return _encode_ascii(text)
        if len(text) > 80:  # (on short text the regex is as fast)
            got = _encode_units(text, _units(text), ascii)
            if got is not None:
                return got
        return _encode_by_regex(text, ascii)
    return _encode_initials(text, ascii, initials)


def _units(text: str) -> frozenset[str]:
    """The characters of ``text`` that are not plain ASCII (see ``_PLAIN_ASCII_BYTES``),
    and the ligature pairs that may occur (see :func:`_units_of`)."""
    return _units_of(text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII_BYTES))


def _units_of(found: bytes) -> frozenset[str]:
    """The set of characters of ``found`` (the UTF-8 bytes of a text that are not plain
    ASCII, in order), with ``"--"`` and ``"''"`` added where ``found`` has such a pair:
    only then may the text have one (two characters next to each other in the text are
    next to each other in ``found``), which :func:`_special_steps` then looks for."""
    units = frozenset(found.decode("utf-8", "surrogatepass"))
    if b"--" in found:
        units |= _HYPHENS
    if b"''" in found:
        units |= _QUOTES
    return units


_HYPHENS = frozenset(["--"])
_QUOTES = frozenset(["''"])


def _encode_by_regex(text: str, ascii: bool) -> str:
    """:func:`encode_canonical` (``initials=False``) of non-ASCII text by one regex
    substitution: the general code, which :func:`_encode_units` shortcuts."""
    if _COMBINING.search(text) is None:
        if ascii:
            return _SUB_ASCII_SIMPLE(_replace_ascii, text)
        return _SUB_UTF8_SIMPLE(_replace_utf8, text)
    if ascii:
        return _SUB_ASCII(_replace_ascii, text)
    return _SUB_UTF8(_replace_utf8, text)


def _encode_initials(text: str, ascii: bool, initials: bool) -> str:
    """:func:`encode_canonical` one unit (character or cluster) at a time."""
    out: list[str] = []
    last = ""
    at_start: bool = initials
    units: Iterable[str] = _CLUSTER.findall(text) if _COMBINING.search(text) else text
    for ch in units:
        piece = _form(ch, ascii) if len(ch) == 1 else _cluster_form(ch, ascii)
        if at_start and not ascii and not ch.isascii() and ch[0].isalpha():
            special = _form(ch, True) if len(ch) == 1 else _cluster_form(ch, True)
            if special.startswith("{\\"):
                piece = special
        if last and piece[:1] in "-'" and last[-1] == piece[0]:
            out.append("{}")  # keep -- and '' from becoming TeX ligatures
        out.append(piece)
        last = piece
        if initials:
            at_start = ch in " -."
    return "".join(out)


def encode_protected(text: str, spans: Iterable[tuple[int, int]], ascii: bool = False) -> str:
    """:func:`encode_canonical` of ``text`` with each ``(start, end)`` span braced.

    The spans are words (they start and end with a letter or digit): the text is
    encoded in one go with a mark at each span's ends, then the marks become braces.
    That is the encoding of the pieces one by one (a test says so): the form of a
    character depends only on its neighbours when both are hyphens, quotes or dashes,
    which a mark beside a letter never separates. Text with combining marks (a mark
    could split a letter from its accent) is encoded piece by piece.
    """
    if text.isascii():
        if _plain(text):  # so is every piece of it
            return brace_spans(text, spans)
        marked = _marked(text, spans, "\x0e", "\x0f")  # (canonical text has no controls)
        return _encode_ascii(marked).replace("\x0e", "{").replace("\x0f", "}")
    units = _units(text)
    if units.isdisjoint(_COMBINING_CHARS):
        # private-use marks: canonical text has none, and no form is given to them
        marked = _marked(text, spans, "\ue0f0", "\ue0f1")
        got = _encode_units(marked, units | _PRIVATE_MARKS, ascii)
        if got is None:
            got = _encode_by_regex(marked, ascii)
        return got.replace("\ue0f0", "{").replace("\ue0f1", "}")
    return _encode_pieces(text, spans, ascii)


_PRIVATE_MARKS = frozenset("\ue0f0\ue0f1")


def _marked(text: str, spans: Iterable[tuple[int, int]], start_mark: str, end_mark: str) -> str:
    """``text`` with ``start_mark`` and ``end_mark`` around each span."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out += (text[pos:start], start_mark, text[start:end], end_mark)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _encode_pieces(text: str, spans: Iterable[tuple[int, int]], ascii: bool) -> str:
    """:func:`encode_protected` piece by piece (each piece encoded on its own)."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(encode_canonical(text[pos:start], ascii))
        out.append("{" + encode_canonical(text[start:end], ascii) + "}")
        pos = end
    out.append(encode_canonical(text[pos:], ascii))
    return "".join(out)
