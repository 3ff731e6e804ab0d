"""Reader for researcher profile pages saved as plain text.

A profile page (as saved from an institute's website, markup gone) reads top to bottom:

* ``Portrait of NAME``, then the owner's name;
* role lines (``Core Academic Member``) and position lines
  (``Assistant professor, University, Department``);
* ``Research Topics`` and one topic a line;
* ``Biography`` and paragraphs separated by blank lines;
* optionally ``Current Students`` with headings (``PhD - University``,
  ``Principal supervisor :``) and the names under them, if any;
* ``Publications``, then records with no blank line between them: a title line,
  zero or more author lines (one name a line, the last may end with
  ``… (see N more)``), then at most one abstract line.

Nothing marks a title, an author or an abstract, so each line of the publications
section is scored for looking like a title, a person's name and an abstract (shape,
capitals and initials, function words, common title vocabulary, sentence punctuation,
length), and a small dynamic program picks the best segmentation of the whole section
under the grammar ``(TITLE NAME* ABSTRACT?)*``, in linear time. A line right after an
abstract can only be a title; a ``(see N more)`` line is the last name of its record; a
name cannot appear twice in one author list.

Modules: ``words`` (vocabulary, folding), ``lexicon`` (the optional English word list of
pyspellchecker, loaded lazily), ``lines`` (the scores of one line, the view of
an author line once scraped-text damage is undone), ``segment`` (the labels of all the
lines, decided together), ``authors`` (author lines to people), ``records`` (labelled
lines to publications), ``page`` (the whole page: owner, header, sections).

Decisions:

* A title-like line that repeats the line before is read as that record's (placeholder)
  abstract, kept raw for the cleaner to drop; so two consecutive records with the same
  title and neither authors nor abstract read as one.
* A section heading inside the publications list ("Biography") is a title unless a
  blank line sets it apart (records have no blank lines between them).
* A one-word line between author lines is a title when it is an English word (or two run
  together, a word and a closed syllable run together, "Saltmarsh", or has a word's
  ending): one-word titles are commoner than mononymous authors; other capitalised single
  words ("Sutrisno") are read as mononyms. With the ``lexicon`` extra installed, a word
  that English lexicon knows ("Verdigris") counts as an English word here, unless it is a
  known given name or spelled as only names are; half as much when the line recurs among
  other co-authors, and not at all when it recurs in wider company still (three or more
  distinct lines before it and after it, never after prose: a co-author's, as no one-word
  title is reused so); and a word with a word's ending that it does not know, spelled as
  names are ("Ekber", "Jagdish"), is a mononym. Lines of two words or more never consult
  it.
* The page's own words decide what its vocabulary cannot: the words of its sure titles
  (joined by a function word, framed by "?" or ":", or right after an abstract, which only
  a title follows) are not a name's ("Quiet Drift", "Seafoam" elsewhere on the page are
  titles); the words of its sure names ("Hana K. Ostrova", "J. Ostrova") are, even when
  they are common words. A common word first on a line costs it less as a name when a
  family-name-like word follows ("Echo Grünewald"), not a plural ("Quiet Plumes").
* Author lines are judged as they read once scraped-text damage is undone (HTML entities,
  mojibake, ``?`` for a lost letter, even several: ``lines.name_view``) but kept as given;
  organisations are kept whole (``Person(literal=...)``); "Dean Berry" keeps its given name.
  Mojibake too short for ftfy ("B. Ã…kesson") is decoded when its bytes are exactly UTF-8,
  and the repair recorded.
* Header lines with a comma or a job word (professor, lecturer, scientist, …) are
  positions, their comma-separated parts after the first are affiliations; other header
  lines are roles. A ``Portrait of`` name that differs from the owner line is kept as an
  alias of the owner.
* Text is kept raw (cleaning is :func:`pubrecords.clean_profile`'s job), but author
  lines are split with :func:`pubrecords.names.parse_name_repaired` and the repairs made
  are recorded on the publication (field ``authors[i]``).
* The site leaves the profile owner out of author lists: when the owner's name is in no
  author list of the page, ``Profile.owner_omitted_from_authors`` is True and every
  record gets ``authors_complete=False`` (``hidden_authors`` stays what the page says,
  or None).

Example::

    >>> from pubrecords import parse_profile
    >>> page = '''Portrait of Ada Example
    ...
    ... Ada Example
    ...
    ... Publications
    ...
    ... Broken Neural Scaling Laws
    ... Ethan Caballero
    ... Kshitij Gupta … (see 2 more)
    ... We present a functional form. It models scaling behaviour well.
    ... Thinker
    ... '''
    >>> profile = parse_profile(page)
    >>> [p.title for p in profile.publications]
    ['Broken Neural Scaling Laws', 'Thinker']
    >>> [str(a) for a in profile.publications[0].authors]
    ['Ethan Caballero', 'Kshitij Gupta']
    >>> profile.publications[0].hidden_authors, profile.publications[0].authors_complete
    (2, False)
    >>> profile.publications[1].provenance[0].line
    11
"""

from __future__ import annotations

from .page import parse_profile, read_profile
from .records import ORIGIN

__all__ = [
    "ORIGIN",
    "parse_profile",
    "read_profile",
]
