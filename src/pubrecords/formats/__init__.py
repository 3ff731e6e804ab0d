"""Formats: every reader (file or text -> records) and every writer (records -> text).

One module per format: ``bibtex/`` (read, write, citation keys), ``ris`` and ``ris_write`` (RIS), ``medline`` (PubMed's .nbib), ``wos`` (Web of
Science plain text), ``csl``
(CSL-JSON), ``table`` (CSV / TSV / JSON lines; ``table_write`` writes CSV / TSV), ``profile_page`` (scraped profile pages),
``serialize`` (pubrecords' own JSON); ``files`` reads a file as text and ``detect`` picks the reader of a
file. Readers take text and give :class:`~pubrecords.Publication` records (or a
:class:`~pubrecords.Profile`); writers take records and give text. A reader never cleans
and a writer never cleans: repairs belong to :mod:`pubrecords.clean`.
"""

from __future__ import annotations

from .bibtex import citation_keys, parse_bibtex, read_bibtex, to_bibtex, write_bibtex
from .csl import from_csl, parse_csl_json, read_csl_json, to_csl, to_csl_json, write_csl_json
from .detect import detect_format, read_any, read_publications
from .files import read_text
from .medline import parse_medline, read_medline, to_medline, write_medline
from .profile_page import parse_profile, read_profile
from .ris import parse_ris, read_ris
from .ris_write import to_ris, write_ris
from .serialize import dumps, from_dict, loads, to_dict
from .table import parse_table, read_table
from .table_write import to_table, write_table
from .wos import parse_wos, read_wos, to_wos, write_wos

__all__ = [
    "citation_keys",
    "detect_format",
    "dumps",
    "from_csl",
    "from_dict",
    "loads",
    "parse_bibtex",
    "parse_csl_json",
    "parse_medline",
    "parse_profile",
    "parse_ris",
    "parse_table",
    "parse_wos",
    "read_any",
    "read_bibtex",
    "read_csl_json",
    "read_medline",
    "read_profile",
    "read_publications",
    "read_ris",
    "read_table",
    "read_text",
    "read_wos",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_dict",
    "to_medline",
    "to_ris",
    "to_table",
    "to_wos",
    "write_bibtex",
    "write_csl_json",
    "write_medline",
    "write_ris",
    "write_table",
    "write_wos",
]
