"""Labels for the lines of a publications list (title, name, abstract), decided jointly."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence

from ...text.scraped import fix_mojibake
from .between import BETWEEN_NAMES, ampersand_body, body_shaped, lean_between_names, of_place
from .bodies import sentence_case_body
from .lexicon import english_word, lexicon
from .lines import (
    NEG,
    NameToken,
    TitleToken,
    abstract_score,
    common_body,
    count_sentences,
    family_words,
    field_body,
    long_line_words,
    name_score,
    name_view,
    name_words,
    prose_words,
    split_marker,
    title_score,
    title_words,
)
from .tokens import name_llr, past_form
from .words import ORG_END, PARTICLES, PEOPLE_KIND_FIRST, english_ending, fold, vocabulary

T, N, A = 0, 1, 2
BIG = 50.0
NO_AUTHORS = 2.0  # a record with an abstract and no author line (TITLE -> ABSTRACT)
# A name scores only up to 80 characters once its damage is undone; an HTML entity
# ("&#x1F600;", "&thetasym;") spells a letter in at most 10, so a longer line is never
# worth undoing (undoing it, ftfy on megabytes, is what costs).
_LONGEST_NAME_SOURCE = 10 * 80
_MARKUP = re.compile("[&<]")  # (an entity or a tag, which the view of a line would undo)


def segment_page(
    lines: Sequence[str], after_blank: Sequence[bool]
) -> tuple[list[int], frozenset[str]]:
    """Label each (non-blank) line TITLE/NAME/ABSTRACT by a Viterbi pass; also give the
    author lines (their text before any marker) that name a body by the words of its
    field (:func:`~.lines.common_body`), to be kept whole.

    Grammar ``(T N* A?)*``; transitions: T->T|N|A, N->N|A|T, A->T (A->A, a wrapped
    abstract, costs a lot). A line with a ``(see N more)`` marker is a name that ends its
    author list, and no name appears twice in one list. A short line's scores also take
    what the rest of the page writes (:func:`_page_evidence`). Runs in time linear in the
    number of lines.
    """
    n = len(lines)
    if n == 0:
        return [], frozenset()
    sentences: dict[str, int] = {}
    views: dict[str, str] = {}
    marks: dict[str, tuple[str, bool, int | None]] = {}  # (split_marker of each line)
    for line in dict.fromkeys(lines):  # (each distinct line once, in page order)
        sentences[line] = count_sentences(line)
        # (split_marker's own first test, a call less a line)
        marks[line] = split = split_marker(line) if line.endswith("more)") else (line, False, None)
        if len(line) <= 80:
            views[line] = name_view(split[0])
    words = prose_words(list(sentences), vocabulary()[0], sentences)  # (each line once)
    titled = title_words(lines, sentences)
    named = name_words(views.values())
    long_words = long_line_words(sentences)
    families = family_words(views.values(), long_words)
    recurring = _recurring_authors(lines, sentences)
    given = vocabulary()[1]
    memo: dict[str, TitleToken] = {}  # (what title_score reads of each token)
    name_memo: dict[str, NameToken] = {}  # (… and name_score)
    scored: dict[str, tuple[tuple[float, float, float, bool], str]] = {}  # (scores, name)
    base: dict[str, tuple[float, float]] = {}  # (a recurring line's scores but for that)
    shaped: set[str] = set()  # (short lines shaped as a body's name: between.body_shaped)
    for line, count in sentences.items():  # (each distinct line once)
        name_part, marker, _count = marks[line]
        # "(see N more)" closes an author list: the line is a name, if it reads like one.
        marked = marker and _count is not None and len(name_part) <= 80
        short = views.get(line)
        if not name_part:
            sn = 0.0
        elif len(name_part) > _LONGEST_NAME_SOURCE or (
            len(name_part) > 80 and name_part.isascii() and not _MARKUP.search(name_part)
        ):
            sn = NEG  # far too long for a name, however much its view would shrink
        else:
            sn = name_score(
                short if short is not None else name_view(name_part),
                words,
                titled,
                named,
                name_memo,
            )
        if short is not None and sn < PEOPLE_BODY_IN_SENTENCE_CASE:
            # ("Réseau québécois de …" met again; "Groupe de recherche en …")
            people = fold(short.split(" ", 1)[0]) in PEOPLE_KIND_FIRST
            if (people or (sn < BODY_IN_SENTENCE_CASE and line in recurring)) and (
                sentence_case_body(short.split())
            ):
                sn = PEOPLE_BODY_IN_SENTENCE_CASE if people else BODY_IN_SENTENCE_CASE
        # a short line with damage (entities, mojibake) is judged as a title as it reads
        damaged = not line.isascii() or "&" in line
        view = short if damaged and not marker else None
        if view is None or "?" in line or ("\ufffd" in line and fix_mojibake(line) == line):
            view = line  # (a lost letter is judged as it stands, but in mojibake decoded)
        st = title_score(view, count, words, memo)
        sa = abstract_score(line, count)
        if short is not None and not marker:
            shift = _page_evidence(short, long_words, families, words)
            shift += _spelling_evidence(short)
            if sn > LEXICON_CHECKED:
                shift += _lexicon_evidence(short, given, recurring.get(line))
            # (not a line of one word: one-word titles are reused by several records; and
            # the two are not added up, as a reused two-word title may end with a noun)
            body = NOUN_BODY if short.istitle() and _noun_body(short.split(), given) else 0.0
            rec = max(RECURRING if line in recurring and " " in short else 0.0, body) - body
            if rec:
                base[line] = (st - shift - body, sn + shift + body)
                sn, st = sn + rec, st - rec
            shift += body
            sn += shift
            st -= shift
        if sn > 0.0 or marked:
            st, sn, sa = _coupled(st, sn, sa, marked)
        if (
            not marked
            and short is not None
            and not marker
            and st > sn - 2 * BETWEEN_NAMES
            and body_shaped(short, given)
        ):
            shaped.add(line)  # (a line that reads well as a name needs no lean)
        scored[line] = ((st, sn, sa, marked), name_part)
    for line in _alone(lines, base, scored):
        # a line met again among titles only is a title listed again, not a co-author
        (_, _, sa, marked), name_part = scored[line]
        scored[line] = ((*_coupled(*base[line], sa, marked), marked), name_part)
    emit, same_name = _emissions(lines, after_blank, scored)
    if shaped:
        lean_between_names(lines, emit, shaped, scored, sentences)
    labels = _best_labels(emit, same_name)
    _titles_listed_again(lines, labels)
    given = vocabulary()[1]
    known = titled | long_words  # (the words of the page's field, in any line of prose)
    bodies = set()
    for line in {line for line, label in zip(lines, labels, strict=True) if label == N}:
        view = views.get(line)
        if not view or not (view.istitle() or " of " in view or " & " in view):
            continue
        tokens = view.split()
        if (
            (len(tokens) > 1 and tokens[0] == "The")  # (no person's name starts so)
            or common_body(tokens, words, known, given)
            or field_body(tokens, long_words, words)
            or (_noun_body(tokens, given) and (not lexicon() or english_word(fold(tokens[-1]))))
            or _spelled_body(tokens, given)
            or (len(tokens) <= 2 and _lexicon_body(tokens, titled, given))
            or (len(tokens) == 3 and tokens[1] == "of" and of_place(tokens))
            or ampersand_body(tokens)
        ):
            bodies.add(marks[line][0])
    return labels, frozenset(bodies)


def _emissions(
    lines: Sequence[str],
    after_blank: Sequence[bool],
    scored: dict[str, tuple[tuple[float, float, float, bool], str]],
) -> tuple[list[tuple[float, float, float, bool]], list[int]]:
    """The scores of each line (``scored``: those of each distinct line, and its name) as
    its place on the page sets them; and for each line the last line before it with the
    same name (-1 if none)."""
    emit: list[tuple[float, float, float, bool]] = []
    prev: str | None = None
    seen: dict[str, int] = {}
    same_name = [-1] * len(lines)
    for i, line in enumerate(lines):
        scores, name = scored[line]
        repeated = line == prev and scores[0] >= scores[1]
        set_apart = after_blank[i] and i > 0
        if repeated or set_apart:
            st, sn, sa, marked = scores
            if repeated:
                # A title-like line repeating the line before: a record whose "abstract"
                # repeats its title (kept raw, as the abstract, for the cleaner to drop).
                sa = max(sa, st) + 2.0
                st -= 3.0
                sn -= 3.0
            if set_apart:
                st += 4.0
            scores = (st, sn, sa, marked)
        emit.append(scores)
        prev = line
        if name:
            same_name[i] = seen.get(name, -1)
            seen[name] = i
    return emit, same_name


# A short line met again in other company (:func:`_recurring_authors`), in score points.
RECURRING = 1.5  # (3.0 broke one-word and two-word titles reused by several records)
# A body named in sentence case in another language (:func:`~.bodies.sentence_case_body`)
# met again in other company, as a name score: as an organisation's. Met once, such a line
# may as well be a title in that language ("Réseau de neurones pour …"), and is judged so.
BODY_IN_SENTENCE_CASE = 4.0
# … and one named as a group of people ("Groupe de recherche en …", "Equipo de …": no title
# starts so), met once or more: more, as it is far less often a title.
PEOPLE_BODY_IN_SENTENCE_CASE = 8.0
# A short line shaped as a body named by a noun (:func:`_noun_body`), in score points: a
# person's name never has that shape; a title of two to four capitalised words ending
# with such a noun may ("Neural Machine Translation"), so the points are few, to settle a
# line between author lines ("… / Coastal Kinematics / …") rather than to overrule.
NOUN_BODY = 2.0


def _coupled(st: float, sn: float, sa: float, marked: bool) -> tuple[float, float, float]:
    """A line's title, name and abstract scores once its name score and a "(see N more)"
    marker are taken into account."""
    if sn > 0.0:
        st -= 0.5 * sn  # a line that reads well as a name reads badly as a title
    if marked:
        st -= BIG
        sa -= BIG
        sn = max(sn, 0.0) + 5.0
    return st, sn, sa


def _titles_listed_again(lines: Sequence[str], labels: list[int]) -> None:
    """A line read as the last author of a record, prose after it, whose text stands
    elsewhere on the page as a title, is that title listed again with its abstract (after a
    record with no abstract; relabelled in place)."""
    after = labels[1:]
    last_authors = {
        line for line, a, b in zip(lines, labels, after, strict=False) if a == N and b == A
    }
    if not last_authors:
        return
    titles = {line for line, label in zip(lines, labels, strict=True) if label == T}
    again = last_authors & titles
    if not again:
        return
    for i in range(1, len(lines) - 1):
        if lines[i] in again and labels[i] == N and labels[i + 1] == A:
            labels[i] = T


def _alone(
    lines: Sequence[str],
    recurring: dict[str, tuple[float, float]],
    scored: dict[str, tuple[tuple[float, float, float, bool], str]],
) -> list[str]:
    """The recurring lines (:func:`_recurring_authors`) with no line beside them, wherever
    they stand, that reads better as a name than as a title: no co-author's company."""
    if not recurring:
        return []
    company: set[str] = set()
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if line in recurring and line not in company:
            for j in (i - 1, i + 1):
                if 0 <= j <= last:
                    scores = scored[lines[j]][0]
                    if scores[1] > scores[0]:
                        company.add(line)
                        break
    return [line for line in recurring if line not in company]


def _recurring_authors(lines: Sequence[str], sentences: dict[str, int]) -> dict[str, bool]:
    """The lines that recur on the page in different company (two or more distinct lines
    before them and two or more after) and never right after a paragraph of prose, each
    with whether its company is wider still (three or more distinct lines each side).

    A co-author recurs across a researcher's records, each time among other co-authors; a
    title recurs when its record is repeated whole (the same lines around it) or, if in
    other company, right after an abstract too (a title is the only line that follows
    one). Measured on generated dev pages: of such lines, about 1,260 were names and 26
    titles, while every recurring title that once follows prose was a title. Of the
    one-word lines in three or more companies each side, never after prose, 80 of 80 were
    names (on 40 pages of each of 20 sets; a title in other company is a title reused by
    another record, and none was reused by three). Linear time.
    """
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    before2: dict[str, str] = {}  # (a second distinct line before, for those that have one)
    after2: dict[str, str] = {}
    wide_before: set[str] = set()
    wide_after: set[str] = set()
    after_prose: set[str] = set()
    prev = ""
    prose = False
    for i, line in enumerate(lines):
        if prose:
            after_prose.add(line)
        if i > 0:
            if before.setdefault(line, prev) != prev and before2.setdefault(line, prev) != prev:
                wide_before.add(line)
            if after.setdefault(prev, line) != line and after2.setdefault(prev, line) != line:
                wide_after.add(prev)
        prose = len(line) >= 80 and sentences[line] >= 2
        prev = line
    wide = wide_before & wide_after
    return {
        line: line in wide for line in before2.keys() & after2.keys() if line not in after_prose
    }


# What the rest of the page says of a short line (:func:`_page_evidence`), in score points.
FAMILY_SHARED = 3.0  # its last word ends other author lines and no long line
GIVEN_OF_FIELD = 2.0  # its first word is in the page's long lines, its last is not
WRITTEN = 1.5  # (two words) its last word is in a long line: a title
PAST_TITLE = 3.0  # its last word is a verb's past form (:func:`~.tokens.past_form`): a title
FIELD_BODY = 6.0  # four words, a body named by its field (:func:`~.lines.field_body`)


def _page_evidence(
    view: str, long_words: frozenset[str], families: frozenset[str], vocab: frozenset[str]
) -> float:
    """What the rest of the page says of a short line of two to four words, by its words
    written elsewhere (positive: a name; negative: a title).

    A family name is written in author lines only, and several authors of a page share
    one; a title's subject is written in its abstract and in other titles. So a last word
    that the page's long lines (titles, abstracts: :func:`~.lines.long_line_words`) write
    makes a title of two words ("Unruly Drift"); one they never write makes a name when
    other author lines end with it (:func:`~.lines.family_words`) or when the first word
    is one of the field's words: a given name that is a word ("Harvest Rojas"), which no
    title of that shape has (its subject would be written elsewhere).
    """
    tokens = view.split()
    n = len(tokens)
    if not 2 <= n <= 4 or not tokens[-1][:1].isupper():
        return 0.0
    if past_form(tokens[-1]) and tokens[-1].lower() not in ORG_END:  # (not "… Limited")
        return -PAST_TITLE  # "Sea Ice Drift Revisited": no name ends with a verb
    key = fold(tokens[-1])
    if key in long_words:
        return -WRITTEN if n == 2 else 0.0
    if n == 4 and field_body(tokens, long_words, vocab):
        return FIELD_BODY
    if n == 4:
        return 0.0
    if key in families:
        return FAMILY_SHARED
    return GIVEN_OF_FIELD if tokens[-1].isalpha() and fold(tokens[0]) in long_words else 0.0


def _noun_body(tokens: Sequence[str], given: frozenset[str]) -> bool:
    """Two to four capitalised words, no known given name first, the last a noun by its
    suffix ("-ics", "-ship", "-tion", …) and spelled as real titles' words are, not as
    real names (:func:`~.tokens.name_llr`): an author line that names a body by what it
    does or is ("Coastal Kinematics", "Lowland Seed Partnership"), not a person, whose
    family name is no such noun ("Lawrence", "Clement": spelled as names). Kept whole
    where the noun is an English word, when a lexicon is installed (not "Nasution", a
    Batak family name with a noun's ending: an author line all the same)."""
    if not 2 <= len(tokens) <= 4 or fold(tokens[0]) in given:
        return False
    if not all(tok[:1].isupper() and tok.isalpha() and tok.isascii() for tok in tokens):
        return False
    last = tokens[-1]
    return english_ending(fold(last)) >= 2.0 and name_llr(last) < 0.0


def _lexicon_body(tokens: Sequence[str], titled: frozenset[str], given: frozenset[str]) -> bool:
    """An author line naming a body by English words (with an English lexicon installed),
    no known given name:

    - two words, both English and both spelled as real titles' words rather than names
      (:func:`~.tokens.name_llr` below zero), the first a word of the page's own titles:
      "Waggle Tally". Of the 4,862 real two-word
      names of the benchmark sets' author lists, 7 lines pass even with every word of those
      sets' 17,000 titles taken for the page's: 5 bodies ("Conference Organizers", "Epic
      Study"), 2 people ("Case Squire", "Dominique Edwards");
    - two words, the last an English word spelled far more as titles' words than names
      (below :data:`TITLE_SPELLED`): "Marginalia Unbound";
    - two words, the last two English words run together, both spelled as titles' words,
      the last no plural: "Norrbreen Coldroom" (not "Odile Lastrapes");
    - one word that is two English words of four letters or more run together, both
      spelled as titles' words, and no word itself: "Swarmwatch" (a one-name author's name
      is no such compound: "Moesiran" is; an English family name alone, "Greenwood", would
      read so too, as no author list writes one).

    The two-word rules that need no title word pass none of 2,182 real two-word names
    (given name and family name in full) of the benchmark sets' author lists and the
    corpus files.
    """
    if not 1 <= len(tokens) <= 2:
        return False
    if not all(tok[:1].isupper() and tok.isalpha() and tok.isascii() for tok in tokens):
        return False
    keys = [fold(tok) for tok in tokens]
    if any(key in given for key in keys):
        return False
    if len(tokens) == 1:
        return _title_compound(keys[0])
    first, last = (name_llr(tok) for tok in tokens)
    # (the lexicon last: it is loaded only for a page with a line that needs it)
    if last < TITLE_SPELLED and english_word(keys[1]):
        return True
    if last < 0.0 and _title_compound(keys[1]):
        return True
    return keys[0] in titled and first < 0.0 and last < 0.0 and all(english_word(k) for k in keys)


# (nats) a word spelled far more as real titles' words are than as names ("Unbound")
TITLE_SPELLED = -5.0


def _title_compound(key: str) -> bool:
    """Is the folded word two English words of four letters or more run together, both
    spelled as titles' words rather than names ("cold" + "room", not "morgen" + "stern"),
    the last no plural ("Lastrapes" is a family name), and no word itself?"""
    if key.endswith("s") or english_word(key):
        return False
    return any(
        english_word(key[:k])
        and english_word(key[k:])
        and name_llr(key[:k].title()) < 0.0
        and name_llr(key[k:]) < 0.0
        for k in range(4, len(key) - 3)
    )


SPELLED_BODY = -2.0  # (nats; see _spelled_body)


def _spelled_body(tokens: Sequence[str], given: frozenset[str]) -> bool:
    """Three or four capitalised words, no known given name first and no particle, that
    together are spelled as real titles' words rather than real names (the sum of their
    :func:`~.tokens.name_llr` below :data:`SPELLED_BODY`): an author line naming a body by
    words of its field ("Kettle Moraine Survey", "Radiation Therapy Oncology"), kept
    whole. A person's name of three or four words has name-spelled words that outweigh the
    others: of 392 real ones (author lists of three systematic reviews, Cora, DBLP-ACM),
    none summed below -2 ("Maria Esther Vidal", "Cristina Represas Represas" are above),
    while the 14 lines there that did were all bodies ("Radiation Therapy Oncology")."""
    if not 3 <= len(tokens) <= 4 or fold(tokens[0]) in given:
        return False
    for tok in tokens:
        if not (tok[:1].isupper() and tok.isalpha() and tok.isascii()):
            return False
        if tok.lower() in PARTICLES:
            return False
    return sum(name_llr(tok) for tok in tokens) < SPELLED_BODY


SPELLING = 0.3  # points per nat of a one-word line's spelling as a title word (:func:`name_llr`)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]+")


def _spelling_evidence(view: str) -> float:
    """What a one-word line's spelling says (negative: a title): a word spelled as real
    titles' words are and real names are not ("Embroidery", not "Sutrisno"), by the
    character n-gram model of real records (:func:`~.tokens.name_llr`). Only that way:
    the model knows few of the names that stand alone in author lists (Indonesian ones),
    so a name-like spelling proves nothing, and the term is small beside the rules'."""
    if " " in view or not view[:1].isupper() or not _LATIN.fullmatch(view):
        return 0.0
    return SPELLING * min(name_llr(view), 0.0)


# A one-word line that the English lexicon knows (:func:`_lexicon_evidence`), in points
# towards "title": as much as the reader's own title vocabulary weighs (a name score of
# 1.0 becomes -6.5); half as much for a line that recurs among other co-authors.
LEXICON_TITLE = 7.5
LEXICON_RECURRING = 0.5  # (share kept; 0.35 was the least that read the dev sets' reused
# one-word titles right, "Eclipse" met twice between author lines)
LEXICON_CHECKED = -5.0  # (a line whose name score is below this is no name already)
NAME_SPELLED = 8.0  # nats (:func:`~.tokens.name_llr`): spelled as only names are


def _lexicon_evidence(view: str, given: frozenset[str], recurring: bool | None) -> float:
    """What the English lexicon (:mod:`.lexicon`, when installed) says of a one-word line
    that reads as a one-name author so far (negative: a title): a capitalised word it
    knows is a one-word title ("Verdigris"), as the reader's title vocabulary would say;
    zero without a lexicon. The lexicon holds names too ("john", "sukarno"), so it says
    nothing of a known given name, nor of a word spelled as only names are (its
    :func:`~.tokens.name_llr` at least :data:`NAME_SPELLED`: "Suharto" 17, "Nguyen" 19;
    the dev pages' one-word titles are below 5), half as much of a line met again among
    other co-authors (:func:`_recurring_authors`: names, mostly; a page reuses a one-word
    title too) and nothing of one met in wider company still (``recurring`` True)."""
    if not (view.isascii() and view.isalpha() and view[:1].isupper() and view[1:].islower()):
        return 0.0  # (a folded name beyond ASCII may spell a word: "Bảo", "bao")
    key = view.lower()
    if key in given or not english_word(key) or name_llr(view) >= NAME_SPELLED:
        return 0.0
    if recurring:  # (in wide company: a co-author's, :func:`_recurring_authors`)
        return 0.0
    return -LEXICON_TITLE * (1.0 if recurring is None else LEXICON_RECURRING)


def _best_labels(
    emit: Sequence[tuple[float, float, float, bool]], same_name: Sequence[int]
) -> list[int]:
    """The best labels under the grammar, by dynamic programming over lines.

    TITLE and ABSTRACT depend on the line before only; a NAME continues the author list
    that starts after the record's title, and a list may not name anyone twice, nor its own
    title: line ``i`` can only be in a list that starts two lines after ``same_name[i]``
    (the last line before it with the same name, or -1). The best list start is kept in a monotonic queue, since the
    earliest allowed start only moves forward: linear time.
    """
    n = len(emit)
    neg = -1e18
    from_t = [-1] * n  # the state of line i-1 on the best path to TITLE at i
    from_a = [-1] * n  # … to ABSTRACT at i
    list_start = [0] * n  # the first NAME line of the list on the best path to NAME at i
    # Best scores of lines 0..i-1 with line i-1 a TITLE, a NAME, an ABSTRACT (kept for the
    # line before only). prefix: name scores of lines 1..i, with BIG taken off for every
    # line that follows a "(see N more)" line (which closes its list); a list s..i then
    # scores prefix(i) - prefix(s-1) + (BIG if line s-1 has a marker), as line s starts it.
    bt, bn, ba = emit[0][0], neg, neg
    prefix = 0.0
    marked_before = emit[0][3]
    starts: deque[tuple[int, float]] = deque()  # (s, value of a list starting at s)
    earliest = 1
    for i in range(1, n):
        st, sn, sa, marked = emit[i]
        # to NAME: a list that starts here (after a TITLE) or earlier, with no name twice
        closed = BIG if marked_before else 0.0
        value = bt - prefix + closed
        prefix = prefix + sn - closed
        while starts and starts[-1][1] <= value:
            starts.pop()
        starts.append((i, value))
        if same_name[i] + 2 > earliest and same_name[i] >= 0:
            # (nor is its own title the same line: "X" / "A. Author" / "X" is X listed twice)
            earliest = same_name[i] + 2
            while starts and starts[0][0] < earliest:
                starts.popleft()
        first, best = starts[0] if starts else (i, neg)
        list_start[i] = first
        # to TITLE: from T (-1, a record with neither authors nor abstract), N or A (0)
        ct = bt - 1.0
        if ct >= bn and ct >= ba:
            to_t, from_t[i] = ct + st, T
        elif bn >= ba:
            to_t, from_t[i] = bn + st, N
        else:
            to_t, from_t[i] = ba + st, A
        # to ABSTRACT: from T (-NO_AUTHORS), N (0), A (-6, a wrapped abstract)
        ca = ba - 6.0
        # (a record listed with no author but with an abstract is the rarer reading of a
        # short line between an author list and an abstract)
        cta = bt - NO_AUTHORS
        if cta >= bn and cta >= ca:
            to_a, from_a[i] = cta + sa, T
        elif bn >= ca:
            to_a, from_a[i] = bn + sa, N
        else:
            to_a, from_a[i] = ca + sa, A
        bt, bn, ba = to_t, best + prefix, to_a
        marked_before = marked
    last = n - 1
    state = T if bt >= bn and bt >= ba else (N if bn >= ba else A)
    labels = [T] * n
    i = last
    while i >= 0:
        if state == N:
            first = list_start[i]
            labels[first : i + 1] = [N] * (i + 1 - first)
            i, state = first - 1, T
            continue
        labels[i] = state
        state = from_t[i] if state == T else from_a[i]
        i -= 1
    return labels
