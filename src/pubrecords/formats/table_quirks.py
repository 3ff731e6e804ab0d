"""What some tools' table exports get wrong, read as the tool meant it.

- **IEEE Xplore** quotes every cell but does not double a quote inside one
  (``"EUROCON 2007 - The International Conference on "Computer as a Tool"",…``), which
  no CSV reader accepts: :func:`requote` writes such lines anew with the quotes doubled,
  where the line splits at its ``","`` separators into exactly the header's cells.
- **Dimensions** writes a line about the export (``About the data: Exported on …``) above
  the header: :func:`note_above_header` blanks it, with a warning quoting it.
- **synthesisr** and **revtools** (R) write a table of RIS records with RIS's tags for
  column names (``TY,AU,year,DA,TI,JO,SP,VL,IS,SN,UR,DO,ID``): :func:`ris_tag_columns`
  names the tags no other tool uses as a column (``TY``, ``JO``, ``SP``, ``UR``, ``DO``, …)
  as the fields they are, in a table with a ``TY`` column.
- **Scopus** names one ``Funding Text 1`` column in its header but writes a record's
  further funding texts as further cells after it: :func:`funding_texts` takes them out of
  the row (kept as ``funding text 2``, ``funding text 3``, … in ``extra``), so the cells
  after them fall under their own columns again.

Each is used only where a table does not read as it stands.
"""

from __future__ import annotations

import csv
import warnings

from ..errors import ParseWarning
from .table_columns import COLUMNS

__all__ = [
    "delimiter_of",
    "funding_at",
    "funding_texts",
    "note_above_header",
    "requote",
    "ris_tag_columns",
]


def delimiter_of(first_line: str) -> str:
    """Comma, tab or semicolon, as :class:`csv.Sniffer` reads the header line."""
    candidates = [d for d in ",\t;" if d in first_line]
    if len(candidates) <= 1:
        return candidates[0] if candidates else ","
    try:
        found = csv.Sniffer().sniff(first_line, delimiters=",\t;").delimiter
    except csv.Error:
        found = ""
    if found in candidates:
        return found
    return max(candidates, key=first_line.count)


def _cells(line: str, delimiter: str) -> list[str] | None:
    """The cells of one line read as CSV, or None where it is no CSV line on its own."""
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True), [])
    except csv.Error:
        return None


def _quoted(cell: str) -> str:
    """A cell as CSV quotes it (a doubled quote in it taken as one quote)."""
    return '"' + cell.replace('""', '"').replace('"', '""') + '"'


def requote(text: str, delimiter: str) -> tuple[str, list[int]] | None:
    """``text`` with each line whose quotes inside quoted cells are not doubled written anew
    as CSV, and the numbers of those lines; None where a line that does not read as CSV
    is not such a line (it has a line break in a cell, or does not split into the
    header's cells at its ``"<delimiter>"`` separators).

        >>> requote('Title,Venue\\n"On "A" again","Venue"\\n', ",")
        ('Title,Venue\\n"On ""A"" again","Venue"\\n', [2])
    """
    lines = text.splitlines(True)
    if not lines:
        return None
    header = _cells(lines[0].rstrip("\r\n"), delimiter)
    if not header:
        return None
    width = len(header)
    separator = f'"{delimiter}"'
    fixed: list[int] = []
    out = [lines[0]]
    for number, line in enumerate(lines[1:], 2):
        body = line.rstrip("\r\n")
        if not body or _cells(body, delimiter) is not None:
            out.append(line)
            continue
        if len(body) < 2 or body[0] != '"' or body[-1] != '"':
            return None
        cells = body[1:-1].split(separator)
        if len(cells) != width:
            return None
        out.append(delimiter.join(map(_quoted, cells)) + line[len(body) :])
        fixed.append(number)
    return ("".join(out), fixed) if fixed else None


def funding_at(header: list[str]) -> int | None:
    """Where Scopus's ``Funding Text 1`` column is in a header (lower-case names), or None."""
    try:
        return header.index("funding text 1")
    except ValueError:
        return None


def funding_texts(cells: list[str], at: int, width: int) -> tuple[list[str], dict[str, str]]:
    """A Scopus row with more cells than its header (``width``): the row without the cells
    of its further funding texts (after the ``Funding Text 1`` cell at ``at``), and those
    texts by name (``funding text 2``, …; empty ones left out).

        >>> funding_texts(["T", "f1", "f2", "refs"], 1, 3)
        (['T', 'f1', 'refs'], {'funding text 2': 'f2'})
    """
    more = len(cells) - width
    texts = cells[at + 1 : at + 1 + more]
    kept = {f"funding text {i}": text for i, text in enumerate(texts, 2) if text}
    return cells[: at + 1] + cells[at + 1 + more :], kept


def _has_title_column(line: str) -> bool:
    try:
        cells = next(csv.reader([line], delimiter=delimiter_of(line)), [])
    except csv.Error:
        return False
    return any(COLUMNS.get(cell.strip().lower()) == "title" for cell in cells)


def note_above_header(text: str, path: str | None = None) -> str:
    """``text`` with its first line blanked where that line is a note and the second the
    header (a note has no title column, the header has one), with a warning quoting the
    note; else ``text`` as it is.

        >>> note_above_header('About the data: Exported on 2026-09-30\\nTitle,Year\\nA,2020\\n')
        '\\nTitle,Year\\nA,2020\\n'
    """
    end = text.find("\n")
    if end < 0:
        return text
    second_end = text.find("\n", end + 1)
    first = text[:end].rstrip("\r")
    second = text[end + 1 : second_end if second_end >= 0 else len(text)].rstrip("\r")
    if not first.strip() or _has_title_column(first) or not _has_title_column(second):
        return text
    where = f"{path}: " if path else ""
    warnings.warn(
        ParseWarning(
            f"{where}line 1 is a note above the header, not read as data: {first[:200]!r}"
        ),
        stacklevel=4,
    )
    return text[end:]


# RIS's tags that a table of RIS records has for column names -> a column name the table
# reader knows (the tags other tools use as columns too, TI, AU, PY, VL, IS, AB, are known).
_RIS_TAG_COLUMNS = {
    "ty": "type",
    "t1": "title",
    "a1": "author",
    "jo": "journal",
    "jf": "journal",
    "t2": "secondary title",
    "sp": "start page",
    "ep": "end page",
    "y1": "year",
    "da": "date",
    "ur": "url",
    "do": "doi",
    "n2": "abstract",
    "kw": "keywords",
}


def ris_tag_columns(names: list[str]) -> list[str]:
    """The header ``names`` (lower case) with RIS's tags named as the fields they are, in a
    table with a ``ty`` column (a tag whose field has a column already is left as it is)."""
    if "ty" not in names:
        return names
    taken = set(names)
    out: list[str] = []
    for name in names:
        known = _RIS_TAG_COLUMNS.get(name)
        if known is None or known in taken or COLUMNS.get(known) in {COLUMNS.get(n) for n in out}:
            out.append(name)
        else:
            taken.add(known)
            out.append(known)
    return out
