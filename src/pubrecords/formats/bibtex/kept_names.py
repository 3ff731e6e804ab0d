"""Names of a changed author list written as the file had them, where they still say the same.

When cleaning changes one name of an entry read from BibTeX (or decodes the LaTeX of a name:
``Amos$^{\\dagger}$`` becomes ``Amos^†`` in the model), the writer writes the ``author``
field again. The names the change left alone, and those whose only change is LaTeX decoded
to Unicode, are written back exactly as the file had them (math, ``\\rlap{...}``,
``\\hspace{0pt}``, "First Last" order): re-encoding the decoded text would give other LaTeX
(``{\\textasciicircum}†`` for ``$^{\\dagger}$``), which no reader turns back into the
original. :func:`with_latex` does the same for the math and commands in other text fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...model import Person
from ...names.bibtex import braced_whole
from ...names.extended import name_spans
from ...names.latex import latex_to_unicode

__all__ = ["kept_name_list", "with_latex"]


def _inner(raw: str) -> str | None:
    """The text between the outer delimiters of a written value, or None (a macro, a
    concatenation, or delimiters that do not enclose the whole value)."""
    if len(raw) < 2:
        return None
    if raw[0] == '"' and raw[-1] == '"':
        body = raw[1:-1]
        return None if '"' in body.replace('{"}', "") else body
    return raw[1:-1] if braced_whole(raw) else None  # (not "{a} # {b}": two groups)


def _same(new: Person, old: Person) -> bool:
    """True when ``new`` is ``old``, or ``old`` with only its LaTeX decoded to Unicode."""
    if new == old:
        return True
    if new.identifiers != old.identifiers or new.useprefix != old.useprefix:
        return False
    parts = ("given", "family", "particle", "suffix", "literal")
    return all(
        getattr(new, part) == getattr(old, part)
        or getattr(new, part) == latex_to_unicode(getattr(old, part))
        for part in parts
    )


def kept_name_list(
    raw: str,
    old: Sequence[Person],
    old_complete: bool,
    new: Sequence[Person],
    new_complete: bool,
    write: Callable[[Person], str],
) -> str | None:
    """The value (braces included) of a name-list field whose people changed from ``old``
    (read from ``raw``, the field as written) to ``new``: every person of ``new`` at the
    place of an ``old`` one it equals (:func:`_same`) in the words of ``raw``, the others
    by ``write``. None when ``raw`` does not split into the people of ``old`` (a macro, a
    name the reader dropped), or when no name is kept as written."""
    inner = _inner(raw.strip())
    if inner is None:
        return None
    written = [" ".join(inner[a:b].split()) for a, b in name_spans(inner)]
    written = [name for name in written if name]
    if not old_complete:
        if not written or written[-1].lower() != "others":
            return None
        written.pop()
    if len(written) != len(old):
        return None
    out: list[str] = []
    kept = 0
    for i, person in enumerate(new):
        if i < len(old) and _same(person, old[i]):
            out.append(written[i])
            kept += 1
        else:
            out.append(write(person))
    if not kept:
        return None
    if not new_complete:
        out.append("others")
    return "{" + " and ".join(out) + "}"


# LaTeX a BibTeX reader keeps in the model's text (math, commands it cannot decode): a
# changed field of a record read from BibTeX writes these spans back as LaTeX.
_LATEX_SPAN = re.compile(
    r"\$[^$]+\$|\\\(.*?\\\)"
    r"|\\[A-Za-z]+\*?(?:\[[^\]]*\])?(?:\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*"
)


def with_latex(text: str, encode: Callable[[str], str]) -> str | None:
    """``text`` encoded (by ``encode``) with the LaTeX spans it holds kept as written (each braced), or
    None when it holds none."""
    if "\\" not in text and "$" not in text:
        return None
    out: list[str] = []
    pos = 0

    def gap(piece: str) -> str:  # (the encoder trims: the spaces around are put back)
        if not piece.strip():
            return " " if piece else ""
        lead = " " if piece[0].isspace() else ""
        trail = " " if piece[-1].isspace() else ""
        return lead + encode(piece.strip()) + trail

    for m in _LATEX_SPAN.finditer(text):
        out.append(gap(text[pos : m.start()]))
        out.append("{" + m.group() + "}")
        pos = m.end()
    if pos == 0:
        return None
    out.append(gap(text[pos:]))
    return "".join(out)
