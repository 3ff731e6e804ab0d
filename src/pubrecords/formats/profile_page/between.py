"""What a line's neighbours say of it: a body's name in the middle of an author list.

An author list may name a body whose last word is no known kind word ("… Fellowship",
"… Roundtable", "… Guild"): read alone, such a line of a few capitalised words is as
much a short title as a name. Between two lines that read as names it is a title only if
the record before it ends there, with no abstract, and the title opens a new record; on a
page whose records mostly have an abstract that is the rarer reading, and more so for a
line with none of a title's syntax (no function word, no verb first or last).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence, Set

from .lexicon import english_word, lexicon
from .tokens import past_form
from .words import FUNCTION, PARTICLES, fold

# Score points a body-shaped line between two name lines takes from its title score and
# adds to its name score (so its margin moves by twice as much).
BETWEEN_NAMES = 2.0
# The share of the page's records that have an abstract (prose lines per title-like
# line) above which a record without one is the rarer reading.
ABSTRACT_SHARE = 0.5


def body_shaped(view: str, given: frozenset[str]) -> bool:
    """Three to five capitalised words, none a function word or a particle, no known
    given name first, no gerund first ("Predicting …") and no past form last ("…
    Revisited"): how a body names itself ("Reef Volunteer Friendship"), with none of a
    title's syntax; a person's name with an unknown given name has the shape too, and is
    no title either."""
    if not 2 <= view.count(" ") <= 4 or not view[:1].isupper():
        return False
    tokens = view.split(" ")
    if (tokens[1] == "of" and of_place(tokens)) or ampersand_body(tokens):
        return True
    for tok in tokens:
        if not (tok[:1].isupper() and tok.isalpha()):
            return False
        low = tok.lower()
        if low in FUNCTION or low in PARTICLES:
            return False
    first = fold(tokens[0])
    return not (first in given or first.endswith("ing") or past_form(tokens[-1]))


def ampersand_body(tokens: Sequence[str]) -> bool:
    """Two capitalised words joined by "&" ("Kermes & Weld", "Procter & Gamble"): a firm's
    or a body's name in an author list (no person's name holds "&")."""
    return (
        len(tokens) == 3
        and tokens[1] == "&"
        and all(t[:1].isupper() and t.isalpha() for t in (tokens[0], tokens[2]))
    )


def of_place(tokens: Sequence[str]) -> bool:
    """A body named as a group of a place: a plural first, "of", then one capitalised word
    that no English lexicon knows ("Rubricators of Tamsworth", "Friends of Hallowmere").
    A title with "of" names a thing of a subject, which is an English word ("Typology of
    Quires"); without a lexicon, no line has this shape."""
    if len(tokens) != 3 or tokens[1] != "of":
        return False
    first, last = tokens[0], tokens[2]
    return (
        first[:1].isupper()
        and first.isalpha()
        and first.endswith("s")
        and last[:1].isupper()
        and last.isalpha()
        and bool(lexicon())
        and english_word(fold(first))
        and not english_word(fold(last))
    )


def lean_between_names(
    lines: Sequence[str],
    emit: list[tuple[float, float, float, bool]],
    shaped: Set[str],
    scored: Mapping[str, tuple[tuple[float, float, float, bool], str]],
    sentences: Mapping[str, int],
) -> None:
    """Lean each line of ``shaped`` (:func:`body_shaped`) that stands after a line reading
    as a name and before one reading better as a name than as a title (by
    ``emit``, the scores of each line: title, name, abstract, marker) to a name, by
    :data:`BETWEEN_NAMES`, in place, unless it is a title listed again; only on a page
    whose records mostly have an abstract (:data:`ABSTRACT_SHARE`: long lines of two
    sentences or more, by ``sentences``, against lines that read as titles, by
    ``scored``, the scores of each distinct line). Linear time."""
    prose = titles = 0
    for line, count in Counter(lines).items():
        if len(line) >= 80 and sentences[line] >= 2:
            prose += count
        else:
            st, sn, sa, _marked = scored[line][0]
            if st > sn and st > sa:
                titles += count
    if titles == 0 or prose < ABSTRACT_SHARE * titles:
        return
    last = len(lines) - 1
    places = [i for i, line in enumerate(lines) if line in shaped and 0 < i < last]
    # A title listed twice is followed by its own authors both times, after other lines; a
    # body recurs among other co-authors (or in its record listed again, with the same
    # co-authors on both sides). A line met twice before the same line, after different
    # ones, is left alone.
    around: dict[str, dict[str, str]] = {}  # (line -> the line after -> the line before)
    listed_again = set()
    for i in places:
        seen = around.setdefault(lines[i], {})
        if seen.setdefault(lines[i + 1], lines[i - 1]) != lines[i - 1]:
            listed_again.add(lines[i])
    for i in places:
        if lines[i] in listed_again:
            continue
        before, after = emit[i - 1], emit[i + 1]
        # the line before: a name (not a title: a title of the same shape after a record
        # with neither authors nor abstract reads alike); the line after: a name (of the
        # list the line would otherwise open)
        if before[1] > max(before[0], before[2]) and after[1] > after[0]:
            st, sn, sa, marked = emit[i]
            emit[i] = (st - BETWEEN_NAMES, sn + BETWEEN_NAMES, sa, marked)
