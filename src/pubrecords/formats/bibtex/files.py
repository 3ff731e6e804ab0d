"""Reading several BibTeX files as BibTeX reads them: in order, as one text.

A journal-abbreviation file (``IEEEabrv.bib``: only ``@string`` definitions) given before
the files that use its macros defines them for those files, as ``\\bibliography{IEEEabrv,
refs}`` does; its blocks come back in an export, before the first entry read after them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import attrs

from ...errors import ParseError
from ...model import Block, Publication
from ..files import read_text
from .read import parse_bibtex_blocks

__all__ = ["read_bibtex_each", "read_bibtex_files"]


def read_bibtex_files(
    paths: Sequence[str | os.PathLike[str]],
    *,
    encoding: str | None = None,
    strict: bool = False,
) -> list[Publication]:
    """Publications of several BibTeX files, read in order as BibTeX reads them.

    A macro (``@string``) defined in one file is known in the files after it; a file with
    no entry (only ``@string``, ``@preamble`` or ``@comment`` blocks) is no error: its
    blocks are kept before the next entry read (after the last, where no entry follows),
    so :func:`~pubrecords.to_bibtex` writes them back. Each record's ``provenance`` names its
    own file. Files with no entry at all are a :class:`~pubrecords.ParseError`; every
    other rule is :func:`~pubrecords.read_bibtex`'s.

        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "abbrev.bib").write_text("@string{jir = {J. Invented Res.}}\\n")
        >>> _ = (folder / "refs.bib").write_text(
        ...     "@article{k, author={Ana Lima}, title={T}, journal=jir, year=2020}\\n")
        >>> [pub] = read_bibtex_files([folder / "abbrev.bib", folder / "refs.bib"])
        >>> pub.venue, pub.source_entry.before[0].kind
        ('J. Invented Res.', 'string')
    """
    return [
        pub for pubs in read_bibtex_each(paths, encoding=encoding, strict=strict) for pub in pubs
    ]


def read_bibtex_each(
    paths: Sequence[str | os.PathLike[str]],
    *,
    encoding: str | None = None,
    strict: bool = False,
) -> list[list[Publication]]:
    """:func:`read_bibtex_files`, each file's publications apart (in the order of ``paths``;
    a file of definitions alone has none)."""
    macros: dict[str, str] = {}
    each: list[list[Publication]] = []
    pending: tuple[Block, ...] = ()
    for path in paths:
        text = read_text(path, encoding or "auto")
        got, left = parse_bibtex_blocks(
            text, path=str(path), strict=strict, macros=macros, before=pending
        )
        each.append(got)
        pending = left
    if not any(each):
        names = ", ".join(str(p) for p in paths) or "no file"
        hint = ""
        if any(block.kind == "string" for block in pending):
            hint = " (only @string definitions: give them with the files that use them)"
        raise ParseError(f"no BibTeX entries in {names}{hint}")
    if pending:  # (blocks of files after the last entry: after it)
        pubs = next(pubs for pubs in reversed(each) if pubs)
        last = pubs[-1]
        se = last.source_entry
        if se is not None:
            pubs[-1] = attrs.evolve(
                last, source_entry=attrs.evolve(se, after=(*se.after, *pending))
            )
    return each
