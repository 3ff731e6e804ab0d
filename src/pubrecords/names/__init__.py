"""Author names: parsing (BibTeX and free text), repair, matching, formatting.

Takes strings (a name, an author list, a CSL name object); gives :class:`~pubrecords.Person`
values, similarities and formatted names. Modules: ``parse`` (the entry points), ``bibtex``
(BibTeX's name grammar), ``extended`` (biblatex's extended name format, ``family=…,
given=…``), ``text`` (names as people write them), ``titles`` (titles before a name), ``latex`` (LaTeX in names),
``repair`` (accents that lost their backslash), ``match`` (same person?), ``format``
(display, BibTeX and CSL-JSON forms). Imports only the model and errors.

One parser reads both BibTeX's name grammar and names as people write them::

    >>> from pubrecords import parse_name
    >>> parse_name("van der Laan, Walter")
    Person(given='Walter', family='Laan', particle='van der', suffix='', literal='', identifiers={}, aliases=(), useprefix=None)
    >>> str(parse_name("Jos'e Miguel Hern'andez-Lobato"))
    'José Miguel Hernández-Lobato'
    >>> same_person("James U. Allingham", "James Urquhart Allingham")
    True

The rules and their reasons are in the "Names" page of the documentation.
"""

from __future__ import annotations

from .format import format_name, from_csl_name, to_csl_name
from .match import best_variant, family_key, name_similarity, same_person
from .parse import (
    MAX_NAME_LENGTH,
    NameRepairs,
    parse_author_list,
    parse_author_list_repaired,
    parse_name,
    parse_name_repaired,
    repair_person,
    repairs_ending_as,
    repairs_on,
)

__all__ = [
    "MAX_NAME_LENGTH",
    "NameRepairs",
    "best_variant",
    "family_key",
    "format_name",
    "from_csl_name",
    "name_similarity",
    "parse_author_list",
    "parse_author_list_repaired",
    "parse_name",
    "parse_name_repaired",
    "repair_person",
    "repairs_ending_as",
    "repairs_on",
    "same_person",
    "to_csl_name",
]
