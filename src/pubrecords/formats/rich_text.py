"""CSL-JSON's rich text in titles (``<i>``, ``<b>``, ``<sc>``, ``<sup>``, ``<sub>``,
``<span class="nocase">``, small capitals as a ``<span style>``) as LaTeX markup
(``\\textit{…}``, ``\\textbf{…}``, ``\\textsc{…}``, ``\\textsuperscript{…}``,
``\\textsubscript{…}``, ``{…}``), for the BibTeX writer.

The model's title is text without markup (:func:`~pubrecords.formats.csl.from_csl` leaves
it out); a record read from CSL-JSON keeps its item as written, so the BibTeX writer can
give the title its markup back ("CO<sub>2</sub>" as ``CO\\textsubscript{2}``), where the
item's title without its markup is still the record's title.

    >>> csl_runs('CO<sub>2</sub> in <i>Zostera</i>')
    [('CO', ()), ('2', ('sub',)), (' in ', ()), ('Zostera', ('i',))]
    >>> csl_runs("No markup") is None
    True
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from ..model import Publication
from ..text import latex_encode as _latex_encode
from ..text import titles as _titles
from ..text.latex_decode import decode_raw

# A tag of CSL's rich text, as in csl_write._MARKUP (its pairs are what is markup)
_TAG = re.compile(r"<(/?)(i|b|sc|sup|sub|span)(\s[^<>]*)?>")
_SMALL_CAPS = re.compile(r"""\sstyle\s*=\s*["']\s*font-variant\s*:\s*small-caps\s*;?\s*["']\s*""")
_NOCASE = re.compile(r"""\sclass\s*=\s*["']\s*nocase\s*["']\s*""")

# the LaTeX that opens each kind of run (a brace closes it)
LATEX_OPEN = {
    "i": "\\textit{",
    "b": "\\textbf{",
    "sc": "\\textsc{",
    "sc_span": "\\textsc{",
    "sup": "\\textsuperscript{",
    "sub": "\\textsubscript{",
    "nocase": "{",
}

Run = tuple[str, tuple[str, ...]]


def csl_runs(text: str) -> list[Run] | None:
    """``text`` (CSL rich text) as runs of text, each with the markup around it, outermost
    first; None where it has no markup, or markup this module cannot write (a ``<span>``
    other than small capitals or ``nocase``, tags that do not nest)."""
    if "<" not in text:
        return None
    runs: list[Run] = []
    stack: list[str] = []
    pos = 0
    for m in _TAG.finditer(text):
        closing, name, attributes = m.group(1), m.group(2), m.group(3)
        if closing:
            if attributes or not stack or _tag_name(stack[-1]) != name:
                return None
        elif name == "span":
            if attributes and _SMALL_CAPS.fullmatch(attributes):
                name = "sc_span"
            elif attributes and _NOCASE.fullmatch(attributes):
                name = "nocase"
            else:
                return None
        elif attributes:
            return None
        if m.start() > pos:
            runs.append((text[pos : m.start()], tuple(stack)))
        pos = m.end()
        if closing:
            stack.pop()
        else:
            stack.append(name)
    if stack or (not runs and pos == 0):
        return None
    if pos < len(text):
        runs.append((text[pos:], ()))
    if all(not marks for _, marks in runs):
        return None
    return runs


def _tag_name(kind: str) -> str:
    """The closing tag's name of a run kind (``nocase`` and ``sc_span`` are spans)."""
    return "span" if kind in ("nocase", "sc_span") else kind


def title_runs(pub: Publication) -> list[Run] | None:
    """The runs of ``pub``'s title as its CSL-JSON item wrote it (:func:`csl_runs`), where
    that title without its markup is the record's title; else None."""
    entry = pub.source_entry
    if entry is None or entry.dialect != "csl-json" or "<" not in entry.raw:
        return None
    try:
        item = json.loads(entry.raw)
    except ValueError:
        return None
    title = item.get("title") if isinstance(item, dict) else None
    if not isinstance(title, str):
        return None
    runs = csl_runs(title)
    if runs is None or "".join(text for text, _ in runs) != pub.title:
        return None
    return runs


def latex_of_runs(encoded: list[tuple[str, tuple[str, ...]]]) -> str:
    """LaTeX of runs whose text is LaTeX already, each run's markup opened and closed as
    the runs nest (a run's marks, outermost first, extend the run before's or close some).

        >>> print(latex_of_runs([("CO", ()), ("2", ("sub",)), (" in ", ()), ("Z", ("i",))]))
        CO\\textsubscript{2} in \\textit{Z}
    """
    return _marked_up(encoded, LATEX_OPEN, {mark: "}" for mark in LATEX_OPEN})


def _marked_up(runs: list[Run], opening: dict[str, str], closing: dict[str, str]) -> str:
    """The runs' text with each run's marks opened and closed as the runs nest."""
    out: list[str] = []
    stack: tuple[str, ...] = ()
    for text, marks in runs:
        common = 0
        while common < min(len(stack), len(marks)) and stack[common] == marks[common]:
            common += 1
        out.extend(closing[mark] for mark in reversed(stack[common:]))
        out.extend(opening[mark] for mark in marks[common:])
        out.append(text)
        stack = marks
    out.extend(closing[mark] for mark in reversed(stack))
    return "".join(out)


def latex_title(pub: Publication, ascii: bool = False) -> str | None:
    """``pub``'s title in LaTeX with the markup its CSL-JSON item gave it
    (:func:`title_runs`), each run's words protected as the whole title's would be (a word
    that markup splits is protected in parts, those with a letter: ``{CO}\\textsubscript{2}``); None where
    the record has no such markup.

        >>> from pubrecords import parse_csl_json
        >>> item = '[{"id": "k", "type": "book", "title": "<i>Zostera</i> and CO<sub>2</sub>"}]'
        >>> print(latex_title(parse_csl_json(item)[0]))
        \\textit{Zostera} and {CO}\\textsubscript{2}
    """
    runs = title_runs(pub)
    if runs is None:
        return None
    title = pub.title
    if _latex_encode.canonical_text(title) != title:  # (runs are of the text as written)
        return None
    texts = [text for text, _ in runs]
    spans = _titles.protected_spans(title, pub.abstract)
    encoded = []
    start = 0
    for text, (_, marks) in zip(texts, runs, strict=True):
        end = start + len(text)
        local = [(max(a, start) - start, min(b, end) - start) for a, b in spans]
        local = [(a, b) for a, b in local if a < b and _has_letter(text[a:b])]
        got = (
            _latex_encode.encode_protected(text, local, ascii)
            if local
            else _latex_encode.encode_canonical(text, ascii)
        )
        encoded.append((got, marks))
        start = end
    return latex_of_runs(encoded)


def _has_letter(text: str) -> bool:
    """Does ``text`` have a letter (a piece of a protected span worth its braces)?"""
    return any(ch.isalpha() for ch in text)


# ---------------------------------------------------------------- LaTeX -> CSL rich text

# LaTeX's text-formatting commands and the CSL markup each stands for
_LATEX_MARKS = {
    "textit": "i",
    "emph": "i",
    "textbf": "b",
    "textsc": "sc",
    "textsuperscript": "sup",
    "textsubscript": "sub",
}
# LaTeX's old declarations, first in a brace group ("{\\em Zostera}"), and their marks
_DECLARATIONS = {
    "em": "i",
    "it": "i",
    "itshape": "i",
    "bf": "b",
    "bfseries": "b",
    "sc": "sc",
    "scshape": "sc",
}
_DECLARATION = re.compile(r"\\(em|it|itshape|bf|bfseries|sc|scshape)(?![A-Za-z])\s*")
_CSL_OPEN = {
    "i": "<i>",
    "b": "<b>",
    "sc": '<span style="font-variant:small-caps;">',
    "sup": "<sup>",
    "sub": "<sub>",
}
_CSL_CLOSE = {"i": "</i>", "b": "</b>", "sc": "</span>", "sup": "</sup>", "sub": "</sub>"}
_COMMAND = re.compile(r"\\([A-Za-z]+)\s*|\\.", re.DOTALL)
_SPACES = re.compile(r"\s+")


def _same(text: str) -> str:
    return text


class _Unreadable(Exception):
    """A brace that does not close: the value is left to the plain reading."""


# the commands that mark a run: formatting commands and declarations
_MARKING = frozenset(_LATEX_MARKS) | frozenset(_DECLARATIONS)


def latex_runs(value: str) -> list[Run] | None:
    """The runs of a BibTeX field value as written (its delimiters too: ``{…}`` or
    ``"…"``), each with the formatting commands around it (``\\textit``, ``\\emph``,
    ``\\textbf``, ``\\textsc``, ``\\textsuperscript``, ``\\textsubscript``: CSL's ``i``,
    ``b``, ``sc``, ``sup``, ``sub``; a group that opens with a declaration, ``{\\em …}``,
    ``{\\bf …}``, ``{\\sc …}``, as their command), their text still LaTeX; None where it
    has none.

        >>> latex_runs(r"{{CO\\textsubscript{2}} in \\emph{Zostera}}")
        [('CO', ()), ('2', ('sub',)), (' in ', ()), ('Zostera', ('i',))]
    """
    if "\\" not in value or not any(f"\\{name}" in value for name in _MARKING):
        return None
    text = value.strip()
    if len(text) >= 2 and (text[0], text[-1]) in (("{", "}"), ('"', '"')):
        text = text[1:-1]
    runs: list[Run] = []
    try:
        end = _scan(text, 0, (), runs)
    except _Unreadable:
        return None
    if end != len(text) or all(not marks for _, marks in runs):
        return None
    return runs


def _scan(text: str, pos: int, marks: tuple[str, ...], runs: list[Run], depth: int = 0) -> int:
    """Scan ``text`` from ``pos`` to the brace that closes the group (or to the end, at
    depth 0), adding runs; the position after it. A group with a formatting command
    inside is scanned through, its braces left out (they only protect case: a run of
    CSL text needs none); any other group (``{\\"o}``, ``{BibTeX}``) is text, whole."""
    start = pos
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == "\\":
            m = _command(text, pos)
            mark = _LATEX_MARKS.get(m.group(1) or "")
            if mark is not None and m.end() < n and text[m.end()] == "{":
                if pos > start:
                    runs.append((text[start:pos], marks))
                pos = start = _scan(text, m.end() + 1, (*marks, mark), runs, depth + 1)
                continue
            pos = m.end()
        elif ch == "{":
            d = _DECLARATION.match(text, pos + 1)
            if d is not None:  # "{\\em Zostera}": the rest of the group in italics
                if pos > start:
                    runs.append((text[start:pos], marks))
                mark = _DECLARATIONS[d.group(1)]
                pos = start = _scan(text, d.end(), (*marks, mark), runs, depth + 1)
                continue
            end, formatted = _group(text, pos)
            if not formatted:
                pos = end
                continue
            if pos > start:
                runs.append((text[start:pos], marks))
            pos = start = _scan(text, pos + 1, marks, runs, depth + 1)
        elif ch == "}":
            if depth == 0:
                raise _Unreadable
            if pos > start:
                runs.append((text[start:pos], marks))
            return pos + 1
        else:
            pos += 1
    if depth:
        raise _Unreadable
    if pos > start:
        runs.append((text[start:pos], marks))
    return pos


def _command(text: str, pos: int) -> re.Match[str]:
    """The command (``\\emph``, ``\\"``) at ``pos``; a backslash that ends the text is
    unreadable."""
    m = _COMMAND.match(text, pos)
    if m is None:
        raise _Unreadable
    return m


def _group(text: str, pos: int) -> tuple[int, bool]:
    """The position after the brace group that opens at ``pos``, and whether a formatting
    command or declaration (:data:`_MARKING`) stands inside it."""
    depth = 0
    formatted = False
    i = pos
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            m = _command(text, i)
            formatted = formatted or m.group(1) in _MARKING
            i = m.end()
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1, formatted
        i += 1
    raise _Unreadable


def csl_title(pub: Publication, plain: Callable[[str], str] = _same) -> str | None:
    """``pub``'s title as CSL rich text, with the markup of its BibTeX entry's title field
    (:func:`latex_runs`: ``CO\\textsubscript{2}`` as ``CO<sub>2</sub>``), where that
    field, decoded, is still the record's title; else None. ``plain`` makes each run's text
    plain (the model keeps math as LaTeX: ``$_2$``).

        >>> from pubrecords import parse_bibtex
        >>> print(csl_title(parse_bibtex(r"@misc{k, title = {\\emph{Zostera} and CO\\textsubscript{2}}}")[0]))
        <i>Zostera</i> and CO<sub>2</sub>
    """
    entry = pub.source_entry
    if entry is None or entry.dialect not in ("bibtex", "biblatex"):
        return None
    value = entry.field("title")
    if value is None:
        return None
    runs = latex_runs(value)
    if runs is None:
        return None
    decoded = [(_SPACES.sub(" ", decode_raw(text)), marks) for text, marks in runs]
    first, marks = decoded[0]
    decoded[0] = (first.lstrip(), marks)
    last, marks = decoded[-1]
    decoded[-1] = (last.rstrip(), marks)
    if "".join(text for text, _ in decoded) != pub.title:
        return None
    return csl_of_runs([(_spaced(plain, text), marks) for text, marks in decoded])


def _spaced(plain: Callable[[str], str], text: str) -> str:
    """``plain(text)`` with the white space around ``text`` kept (a run's edge)."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return text[:start] + plain(core) + text[start + len(core) :]


def csl_of_runs(runs: list[Run]) -> str:
    """CSL rich text of runs of text (each with its marks, outermost first)."""
    return _marked_up(runs, _CSL_OPEN, _CSL_CLOSE)
