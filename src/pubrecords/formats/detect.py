"""Reading files of any supported format, chosen by extension or content.

>>> from pubrecords import detect_format
>>> detect_format("refs.bib", "@article{x, title={T}}")
'bibtex'
>>> detect_format("page.txt", "Portrait of Ada Lovelace\\n\\nAda Lovelace\\n")
'profile'
>>> detect_format("export.txt", "TY  - JOUR\\nTI  - On RIS\\nER  - \\n")
'ris'
>>> detect_format("pubmed.txt", "PMID- 31234567\\nOWN - NLM\\nTI  - On MEDLINE\\n")
'medline'
>>> detect_format("savedrecs.txt", "FN Clarivate Analytics Web of Science\\nVR 1.0\\nPT J\\n")
'wos'
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Literal, get_args

from ..errors import FormatError, InputError
from ..model import Profile, Publication
from .files import read_text

__all__ = ["detect_format", "read_any", "read_publications"]


Format = Literal[
    "profile",
    "table",
    "jsonl",
    "bibtex",
    "ris",
    "medline",
    "wos",
    "csl-json",
    "pubrecords-json",
]
FORMATS: tuple[str, ...] = get_args(Format)

_BY_SUFFIX: dict[str, Format] = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".ris": "ris",
    ".nbib": "medline",
    ".medline": "medline",
    ".ciw": "wos",
    ".csv": "table",
    ".tsv": "table",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


_UNSUPPORTED = {
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".odt",
    ".ods",
    ".enw",
    ".xml",
    ".html",
    ".htm",
    ".zip",
    ".gz",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
}


# a RIS record's first line (a file may start with a header or a record number)
_RIS_START = re.compile(r"^\ufeff?TY  - ", re.MULTILINE)
# a Web of Science plain-text file's first lines (its header, or a record's type)
_WOS_START = re.compile(r"\A\ufeff?\s*(?:FN .*\nVR |PT [A-Z]\n)")
# a MEDLINE record's first lines: PubMed starts with the PMID, ERIC with OWN, Ovid's direct
# export with its record number ("<1. >") above the first tag line; a record
# cut from a longer export starts with any tag line (the tag padded to four characters, as
# in ``PMC - PMC8722755``) and has a tag of three or four letters in its first lines (a
# file with RIS's ``TY`` line is RIS: RIS's two-letter tags look alike)
_MEDLINE_START = re.compile(
    r"\A\ufeff?\s*(?:PMID- [0-9]|OWN - \S+\n[A-Z]{2,4} *- |<[0-9]+\.\s*>\s*\n[A-Z][A-Z0-9]{1,3} *- "
    r"|(?:[A-Z][A-Z0-9 ]{3}- [^\n]*\n(?:      [^\n]*\n)*)*?[A-Z][A-Z0-9]{2}[A-Z0-9 ]- \S)"
)


# CSL-YAML (pandoc's and Better BibTeX's): "---" and "references:", or a list of items
_CSL_YAML = re.compile(r"(?:---\s*\n)?(?:references:\s*\n)?\s*- (?:id|type|title|author): ")


def detect_format(path: str | os.PathLike[str], text: str) -> Format:
    """Tell a file's format from its extension, or else from its content."""
    suffix = Path(path).suffix.lower()
    if suffix in _UNSUPPORTED:
        raise FormatError(
            f"{path}: unsupported format {suffix!r} (supported: profile pages as .txt, "
            ".csv/.tsv/.jsonl tables, .bib, .ris, .nbib, Web of Science .txt, CSL-JSON .json, "
            "pubrecords .json)"
        )
    if suffix in _BY_SUFFIX:
        by_suffix = _BY_SUFFIX[suffix]
        if by_suffix == "ris" and _RIS_START.search(text[:20000]) is None:
            # (a Web of Science or PubMed export saved as .ris: its content tells)
            if _WOS_START.match(text[:2000]) is not None:
                return "wos"
            if _MEDLINE_START.match(text[:2000]) is not None:
                return "medline"
        return by_suffix
    stripped = text.lstrip()
    if suffix == ".json" or stripped[:1] in "[{":
        if stripped.startswith("["):
            return "csl-json"
        if stripped.startswith("{"):
            first = stripped.split("\n", 1)[0]
            try:
                doc = json.loads(stripped)
            except json.JSONDecodeError:
                try:
                    json.loads(first)
                except json.JSONDecodeError:
                    raise FormatError(f"{path}: looks like JSON but is not valid JSON") from None
                return "jsonl"
            if isinstance(doc, dict) and "pubrecords" in doc:
                return "pubrecords-json"
            return "csl-json"
        raise FormatError(f"{path}: a .json file must hold an array or an object")
    if stripped.startswith("@") or "\n@" in text[:20000]:
        return "bibtex"
    if _CSL_YAML.match(stripped[:2000]) is not None:
        raise FormatError(
            f"{path}: looks like CSL-YAML (pandoc's references in YAML), which is not read; "
            "convert it to CSL-JSON (e.g. pandoc FILE.yaml -t csljson -o FILE.json)"
        )
    if _RIS_START.search(text[:20000]) is not None:
        return "ris"
    if _MEDLINE_START.match(text[:2000]) is not None:
        return "medline"
    if _WOS_START.match(text[:2000]) is not None:
        return "wos"
    first_line = stripped.split("\n", 1)[0]
    if suffix in (".txt", ".text", "") and not first_line.lower().startswith("id,"):
        return "profile"
    if first_line.count(",") >= 2 and "title" in first_line.lower():
        return "table"
    return "profile"


def read_any(
    path: str | os.PathLike[str], *, encoding: str | None = None, strict: bool = False
) -> Profile | list[Publication]:
    """Read one file of any supported format: a :class:`Profile` or a list of publications.

    ``encoding`` names the file's encoding (default: UTF-8; a ``.bib`` or ``.ris`` file
    that is not UTF-8 is read as Windows-1252 with a warning). ``strict=True`` makes a
    malformed BibTeX entry or RIS record or a repeated key an error instead of a warning.
    """
    bib = Path(path).suffix.lower() in (".bib", ".bibtex", ".ris", ".nbib", ".medline", ".ciw")
    text = read_text(path, encoding or ("auto" if bib else None))
    if not text.strip():
        raise InputError(f"{path}: empty input")
    fmt = detect_format(path, text)
    name = str(path)
    if fmt == "profile":
        from .profile_page import parse_profile

        return parse_profile(text, path=name)
    if fmt in ("table", "jsonl"):
        from .table import parse_table

        return parse_table(text, path=name, format="jsonl" if fmt == "jsonl" else "csv")
    if fmt == "bibtex":
        from .bibtex import parse_bibtex

        return parse_bibtex(text, path=name, strict=strict)
    if fmt == "ris":
        from .ris import parse_ris

        return parse_ris(text, path=name, strict=strict)
    if fmt == "medline":
        from .medline import parse_medline

        return parse_medline(text, path=name, strict=strict)
    if fmt == "wos":
        from .wos import parse_wos

        return parse_wos(text, path=name, strict=strict)
    if fmt == "csl-json":
        from .csl import parse_csl_json

        return parse_csl_json(text, path=name, strict=strict)
    from .serialize import loads

    return loads(text)


def read_publications(path: str | os.PathLike[str]) -> list[Publication]:
    """Read one file of any supported format and return its publications."""
    got = read_any(path)
    if isinstance(got, Profile):
        return list(got.publications)
    return got
