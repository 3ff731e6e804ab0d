"""Writing records as a table (CSV or TSV) that :func:`~pubrecords.parse_table` reads back.

A writer never cleans: it writes each record's fields as they are. A cell whose value a
reader takes for a missing value ("NA", "null", "None", "-", …) cannot come back: the
writer says so with a :class:`~pubrecords.PubrecordsWarning` naming the record and field.
"""

from __future__ import annotations

import csv
import io
import os
import warnings
from collections.abc import Iterable
from pathlib import Path

from ..errors import PubrecordsError, PubrecordsWarning
from ..model import Kind, Person, Publication
from .table_columns import EXTRA_COLUMNS, MISSING

__all__ = ["to_table", "write_table"]


# ----------------------------------------------------------------------- writing

#: The columns :func:`to_table` writes the model's fields under, in order (each is the
#: first name :func:`parse_table` knows for its field).
_WRITTEN_NAMES = (
    "id kind title authors venue year month volume issue pages publisher doi url arxiv pmid "
    "pmcid eid ut abstract note"
)
_WRITTEN = tuple((c, {"arxiv": "arxiv_id", "ut": "wos"}.get(c, c)) for c in _WRITTEN_NAMES.split())


def _cell(pub: Publication, column: str, attr: str) -> str:
    """The model's value for one of the :data:`_WRITTEN` columns (``""`` for none)."""
    if attr == "id":
        return pub.key or pub.identifiers.get("id", "")
    if attr == "kind":
        return pub.kind.value if pub.kind is not Kind.UNKNOWN else ""
    if attr == "authors":
        return _author_cell(pub) if pub.authors else ""
    if attr in ("pmid", "pmcid", "eid", "wos"):
        return pub.identifiers.get(attr, "")
    if attr == "note":
        return ""  # (the note is in extra)
    value = getattr(pub, attr)
    return "" if value is None else str(value)


def _author_cell(pub: Publication) -> str:
    """The author list as a cell that :func:`parse_table` reads back into the same names:
    ``Family, Given; …`` (as Zotero writes it), else in BibTeX's grammar with the parts
    in braces (a one-name list "Chrifi Alaoui, F. Z." would read as two names)."""
    from ..names import parse_author_list

    want = [_parts(p) for p in pub.authors]
    plain = "; ".join(_plain_name(p) for p in pub.authors)
    braced = " and ".join(_braced_name(p) for p in pub.authors)
    for cell, tail in ((plain, "; et al."), (braced, " and others")):
        try:
            people, _ = parse_author_list(cell)
        except PubrecordsError:
            continue
        if [_parts(p) for p in people] == want:
            return cell if pub.authors_complete else cell + tail
    return plain if pub.authors_complete else plain + "; et al."


def _parts(person: Person) -> tuple[str, ...]:
    return (person.given, person.particle, person.family, person.suffix, person.literal)


def _plain_name(person: Person) -> str:
    """``particle family, suffix, given`` (the parts there are)."""
    if person.literal:
        return person.literal
    family = f"{person.particle} {person.family}".strip()
    return ", ".join(p for p in (family, person.suffix, person.given) if p)


def _braced_name(person: Person) -> str:
    """``particle {family}, {suffix}, {given}`` in BibTeX's grammar."""
    if person.literal:
        return "{" + person.literal + "}"
    name = f"{person.particle} {{{person.family}}}".strip()
    if person.suffix:
        return f"{name}, {{{person.suffix}}}, {{{person.given}}}"
    return f"{name}, {{{person.given}}}" if person.given else name


def to_table(pubs: Iterable[Publication], *, delimiter: str = ",") -> str:
    """CSV text of ``pubs`` that :func:`parse_table` reads back into the same records.

    The model's fields go under the columns :func:`parse_table` knows first (``id``,
    ``kind``, ``title``, ``authors`` as ``Family, Given; …``, ``venue``, ``year``, ``month``,
    ``volume``, ``issue``, ``pages``, ``publisher``, ``doi``, ``url``, ``arxiv``, ``pmid``,
    ``pmcid``, ``eid`` (the Scopus id), ``ut``, ``abstract``, ``note``), then every
    ``extra`` key as a column of its own (a key named like one of those columns fills it
    where the model's field is empty: a DOI cell that held no DOI comes back as it was
    read), but the article number ``extra["eid"]``, written as Scopus's ``art. no.``.

        >>> from pubrecords import Person, Publication
        >>> print(to_table([Publication(title="On Tables", year=2020,
        ...     authors=[Person(given="Ada", family="Lovelace")], extra={"shoe size": "42"})]))
        title,authors,year,shoe size
        On Tables,"Lovelace, Ada",2020,42
        <BLANKLINE>
    """
    records = list(pubs)
    rows: list[dict[str, str]] = []
    columns: dict[str, None] = {}
    shadowed: dict[str, int] = {}  # (extra values a column of the model's holds another of)
    for number, pub in enumerate(records, start=1):
        row = {column: _cell(pub, column, attr) for column, attr in _WRITTEN}
        for key, value in pub.extra.items():
            if not value:
                continue
            name = EXTRA_COLUMNS.get(key, key)  # (an article number: Scopus's "Art. No.")
            if name in row and not row[name]:
                row[name] = value  # (a cell of a known column that gave no value)
            elif name not in row:
                row[name] = value
            elif row[name].strip() != value.strip():
                shadowed[key] = shadowed.get(key, 0) + 1
        for name, value in row.items():
            if value in MISSING and value:
                warnings.warn(
                    f"record {number} ({pub.key or pub.title[:40]!r}): {name} {value!r} "
                    "reads back as a missing value",
                    PubrecordsWarning,
                    stacklevel=2,
                )
        rows.append(row)
        columns.update(dict.fromkeys(name for name, value in row.items() if value))
    if shadowed:
        named = ", ".join(f"{name} ({count})" for name, count in shadowed.items())
        warnings.warn(
            f"table: these extra values are not written, the column of their name holds the"
            f" record's own value (records): {named}",
            PubrecordsWarning,
            stacklevel=2,
        )
    header = [c for c, _ in _WRITTEN if c in columns or c == "title"]
    header += [c for c in columns if c not in header]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([row.get(name, "") for name in header] for row in rows)
    return out.getvalue()


def write_table(
    pubs: Iterable[Publication], path: str | os.PathLike[str], *, delimiter: str | None = None
) -> None:
    """Write :func:`to_table` of ``pubs`` to ``path`` (UTF-8; tab-separated for ``.tsv``)."""
    if delimiter is None:
        delimiter = "\t" if Path(path).suffix.lower() == ".tsv" else ","
    Path(path).write_text(to_table(pubs, delimiter=delimiter), encoding="utf-8")
