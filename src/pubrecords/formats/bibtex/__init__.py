"""BibTeX reading and writing.

:func:`to_bibtex` writes entries that classic BibTeX (``plain``, ``abbrv``), biber with
biblatex and pandoc all accept without a warning; :func:`parse_bibtex` reads BibTeX (ours
or anybody's) back into :class:`~pubrecords.Publication` records.

    >>> from pubrecords import Person, Publication, to_bibtex, parse_bibtex
    >>> pub = Publication(title="Scalable BibTeX processing with GPUs", year=2016,
    ...                   authors=[Person(given="José Miguel", family="Hernández-Lobato")],
    ...                   venue="Journal of Machine Learning Research", kind="journal-article")
    >>> print(to_bibtex([pub], ascii=True))
    @article{hernandezlobato2016scalable,
      author = {Hern{\\'a}ndez-Lobato, Jos{\\'e} Miguel},
      title = {Scalable {BibTeX} processing with {GPUs}},
      journal = {Journal of Machine Learning Research},
      year = 2016,
    }
    <BLANKLINE>
    >>> back = parse_bibtex(to_bibtex([pub]))[0]
    >>> back.title == pub.title and back.authors == pub.authors
    True

What each field becomes, the entry types, the escaping rules and the key patterns are
described in the "Exporting" page of the documentation.
"""

from __future__ import annotations

from .files import read_bibtex_files
from .read import parse_bibtex, read_bibtex
from .write import citation_keys, to_bibtex, write_bibtex

__all__ = [
    "citation_keys",
    "parse_bibtex",
    "read_bibtex",
    "read_bibtex_files",
    "to_bibtex",
    "write_bibtex",
]
