"""Labels for the lines of a publications list (title, name, abstract), decided jointly."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from .lines import (
    NEG,
    abstract_score,
    common_body,
    count_sentences,
    name_score,
    name_view,
    name_words,
    prose_words,
    split_marker,
    title_score,
    title_words,
)
from .words import vocabulary

T, N, A = 0, 1, 2
BIG = 50.0
# A name scores only up to 80 characters once its damage is undone; an HTML entity
# ("&#x1F600;", "&thetasym;") spells a letter in at most 10, so a longer line is never
# worth undoing (undoing it, ftfy on megabytes, is what costs).
_LONGEST_NAME_SOURCE = 10 * 80


def segment_page(
    lines: Sequence[str], after_blank: Sequence[bool]
) -> tuple[list[int], frozenset[str]]:
    """Label each (non-blank) line TITLE/NAME/ABSTRACT by a Viterbi pass; also give the
    author lines (their text before any marker) that name a body by the words of its
    field (:func:`~.lines.common_body`), to be kept whole.

    Grammar ``(T N* A?)*``; transitions: T->T|N|A, N->N|A|T, A->T (A->A, a wrapped
    abstract, costs a lot). A line with a ``(see N more)`` marker is a name that ends its
    author list, and no name appears twice in one list. Runs in time linear in the number
    of lines.
    """
    n = len(lines)
    if n == 0:
        return [], frozenset()
    sentences: dict[str, int] = {}
    views: dict[str, str] = {}
    marks: dict[str, tuple[str, bool, int | None]] = {}  # (split_marker of each line)
    for line in lines:
        if line not in sentences:
            sentences[line] = count_sentences(line)
            marks[line] = split = split_marker(line)
            if len(line) <= 80:
                views[line] = name_view(split[0])
    words = prose_words(list(sentences), vocabulary()[0], sentences)  # (each line once)
    titled = title_words(lines, sentences)
    named = name_words(views.values())
    emit: list[tuple[float, float, float, bool]] = []
    cache: dict[str, tuple[float, float, float, bool]] = {}
    prev = ""
    seen: dict[str, int] = {}
    same_name = [-1] * n
    for i, line in enumerate(lines):
        got = cache.get(line)
        if got is None:
            name_part, marker, _count = marks[line]
            # "(see N more)" closes an author list: the line is a name, if it reads like one.
            marked = marker and _count is not None and len(name_part) <= 80
            if not name_part:
                sn = 0.0
            elif len(name_part) > _LONGEST_NAME_SOURCE:
                sn = NEG  # far too long for a name, however much its view would shrink
            else:
                view = views.get(line)
                if view is None:
                    view = name_view(name_part)
                sn = name_score(view, words, titled, named)
            count = sentences[line]
            # a short line with damage (entities, mojibake) is judged as a title as it reads
            damaged = not line.isascii() or "&" in line
            view = views.get(line) if damaged and not marker else None
            if view is None or "?" in line or "\ufffd" in line:
                view = line
            st = title_score(view, count, words)
            sa = abstract_score(line, count)
            if sn > 0.0:
                st -= 0.5 * sn  # a line that reads well as a name reads badly as a title
            if marked:
                st -= BIG
                sa -= BIG
                sn = max(sn, 0.0) + 5.0
            got = (st, sn, sa, marked)
            cache[line] = got
        st, sn, sa, marked = got
        if i > 0 and line == prev and st >= sn:
            # A title-like line repeating the line before: a record whose "abstract" repeats
            # its title (kept raw, as the abstract, for the cleaner to drop).
            sa = max(sa, st) + 2.0
            st -= 3.0
            sn -= 3.0
        if after_blank[i] and i > 0:
            st += 4.0
        emit.append((st, sn, sa, marked))
        prev = line
        name = marks[line][0]
        if name:
            same_name[i] = seen.get(name, -1)
            seen[name] = i

    labels = _best_labels(emit, same_name)
    given = vocabulary()[1]
    bodies = set()
    for line in {line for line, label in zip(lines, labels, strict=True) if label == N}:
        view = views.get(line)
        if view and view.istitle() and common_body(view.split(), words, titled, given):
            bodies.add(marks[line][0])
    return labels, frozenset(bodies)


def _best_labels(
    emit: Sequence[tuple[float, float, float, bool]], same_name: Sequence[int]
) -> list[int]:
    """The best labels under the grammar, by dynamic programming over lines.

    TITLE and ABSTRACT depend on the line before only; a NAME continues the author list
    that starts after the record's title, and a list may not name anyone twice: line ``i``
    can only be in a list that starts after ``same_name[i]`` (the last line before it with
    the same name, or -1). The best list start is kept in a monotonic queue, since the
    earliest allowed start only moves forward: linear time.
    """
    n = len(emit)
    neg = -1e18
    bt = [neg] * n  # best score of lines 0..i with line i a TITLE
    bn = [neg] * n  # … a NAME
    ba = [neg] * n  # … an ABSTRACT
    from_t = [-1] * n  # the state of line i-1 on the best path to TITLE at i
    from_a = [-1] * n  # … to ABSTRACT at i
    list_start = [0] * n  # the first NAME line of the list on the best path to NAME at i
    # prefix[i]: name scores of lines 1..i, with BIG taken off for every line that follows
    # a "(see N more)" line (which closes its list); a list s..i then scores
    # prefix[i] - prefix[s-1] + (BIG if line s-1 has a marker), as line s starts the list.
    prefix = [0.0] * n
    starts: deque[tuple[int, float]] = deque()  # (s, value of a list starting at s)
    earliest = 1
    bt[0] = emit[0][0]
    for i in range(1, n):
        st, sn, sa, _marked = emit[i]
        marked_before = emit[i - 1][3]
        prefix[i] = prefix[i - 1] + sn - (BIG if marked_before else 0.0)
        # to TITLE: from T (-1, a record with neither authors nor abstract), N or A (0)
        ct, cn, ca = bt[i - 1] - 1.0, bn[i - 1], ba[i - 1]
        if ct >= cn and ct >= ca:
            bt[i], from_t[i] = ct + st, T
        elif cn >= ca:
            bt[i], from_t[i] = cn + st, N
        else:
            bt[i], from_t[i] = ca + st, A
        # to NAME: a list that starts here (after a TITLE) or earlier, with no name twice
        value = bt[i - 1] - prefix[i - 1] + (BIG if marked_before else 0.0)
        while starts and starts[-1][1] <= value:
            starts.pop()
        starts.append((i, value))
        earliest = max(earliest, same_name[i] + 1)
        while starts[0][0] < earliest:
            starts.popleft()
        first, best = starts[0]
        bn[i], list_start[i] = best + prefix[i], first
        # to ABSTRACT: from T (0), N (0), A (-6, a wrapped abstract)
        ca2 = ba[i - 1] - 6.0
        if bt[i - 1] >= bn[i - 1] and bt[i - 1] >= ca2:
            ba[i], from_a[i] = bt[i - 1] + sa, T
        elif bn[i - 1] >= ca2:
            ba[i], from_a[i] = bn[i - 1] + sa, N
        else:
            ba[i], from_a[i] = ca2 + sa, A
    last = n - 1
    state = (
        T if bt[last] >= bn[last] and bt[last] >= ba[last] else (N if bn[last] >= ba[last] else A)
    )
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
