"""``%`` comments, which biber (biblatex's backend) skips wherever they are::

    % @article{old, title = {Commented out}}
    @article{key,
      title = {A Title}, % the subtitle is missing
      % note = {commented out},
      year = 2004
    }

bibtexparser reads the ``@`` of a commented-out entry as an entry, and comments inside an
entry as parts of field names and values (``% note``, a field ``% the subtitle is
missing\\n  year``) or gives up on the entry. :func:`blank_comments` gives the text with
each comment inside an entry replaced by spaces, and each ``@`` in a comment between
entries by a space (every other character, and so every line and offset, stays where it
was), for the parser; the blocks' text as written is taken from the file itself. A ``%``
inside a value (``{50% off}``) is text.

    >>> blank_comments("@misc{k, title = {50% off}, % remark\\n year = 2004}")
    '@misc{k, title = {50% off},         \\n year = 2004}'
    >>> blank_comments("%@misc{old}\\n@misc{k, title = {A}}")
    '% misc{old}\\n@misc{k, title = {A}}'
    >>> blank_comments("% a comment between entries\\n@misc{k, title = {A}}") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

__all__ = ["FieldComments", "blank_comments", "field_comments", "may_have_comments"]

# what the scanner stops at: an entry's start, braces, quotes, comments
_ENTRY = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])")
_TOP = re.compile(r"[@%]")
_INSIDE = re.compile(r'[{}()"%@]')
_BRACES = re.compile(r"[{}]")
_QUOTED = re.compile(r'[{}"]')
_BEFORE_COMMENT = frozenset(' \t\r\n,}"')
# a line that comments out an entry: % @article{
_COMMENTED_ENTRY = re.compile(r"%[^\n@]*@[ \t]*[A-Za-z]+[ \t]*[{(]")
_KEY = re.compile(r"[^,{}()\"%@]*,?")


def may_have_comments(text: str, blocks: list[Any]) -> bool:
    """Whether ``text``, whose blocks bibtexparser found (with their ``raw`` text), may
    hold a commented-out entry or a ``%`` comment inside an entry (cheap: no scan of
    entries without a ``%`` at a line's start or after a value)."""
    if _COMMENTED_ENTRY.search(text):
        return True
    for block in blocks:
        raw = block.raw or ""
        if raw[:1] == "@" and "%" in raw and _has_comment(raw):
            return True
    return False


def _has_comment(raw: str) -> bool:
    at = -1
    while (at := raw.find("%", at + 1)) != -1:
        if raw[at - 1] in _BEFORE_COMMENT:
            return True
    return False


def blank_comments(text: str) -> str | None:
    """``text`` with its ``%`` comments blanked for the parser, None when it has none."""
    if "%" not in text:
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while (m := _TOP.search(text, pos)) is not None:
        at = m.start()
        if m.group() == "%":  # a comment between entries: its @s are no entries
            end = text.find("\n", at)
            end = n if end == -1 else end
            spans.extend((i, i + 1) for i in range(at, end) if text[i] == "@")
            pos = end
            continue
        entry = _ENTRY.match(text, at)
        if entry is None:
            pos = at + 1
        elif entry.group(1).lower() == "comment":
            pos = entry.end()
        else:
            close = "}" if entry.group(2) == "{" else ")"
            pos = _entry_comments(text, entry.end(), close, spans)
    if not spans:
        return None
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(" " * (end - start))
        last = end
    out.append(text[last:])
    return "".join(out)


def _entry_comments(text: str, pos: int, close: str, spans: list[tuple[int, int]]) -> int:
    """Collect the comments of the entry whose body starts at ``pos``; the offset after it."""
    n = len(text)
    key = _KEY.match(text, pos)  # (the key: no comment in it)
    pos = key.end() if key else pos
    while pos < n:
        m = _INSIDE.search(text, pos)
        if m is None:
            return n
        ch = m.group()
        pos = m.end()
        if ch == close:
            return pos
        if ch == "{":
            end = text.find("}", pos)
            if end != -1 and text.find("{", pos, end) == -1:
                pos = end + 1  # (the common value: no braces inside)
            else:
                pos = _skip(text, pos, _BRACES)
        elif ch == '"':
            pos = _skip(text, pos, _QUOTED)
        elif ch == "%":
            end = text.find("\n", pos)
            end = n if end == -1 else end
            spans.append((m.start(), end))
            pos = end
        elif ch == "@" and text[m.start() - 1 : m.start()] in ("\n", ""):
            return m.start()  # (an entry left open: the next one starts)
    return n


def _skip(text: str, pos: int, stops: re.Pattern[str]) -> int:
    """The offset after a braced or quoted value opened before ``pos`` (the text's end
    when it is never closed)."""
    depth = 0
    n = len(text)
    while pos < n:
        m = stops.search(text, pos)
        if m is None:
            return n
        ch = m.group()
        pos = m.end()
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:  # (the value's closing brace, or a stray one in quotes)
                return pos
            depth -= 1
        elif depth == 0:  # the closing quote
            return pos
    return n


@attrs.frozen
class FieldComments:
    """The ``%`` comments inside one entry, by the field they go with (lowercased names):
    ``before`` a field (a comment on a line of its own), ``after`` it (on the field's line),
    and ``tail`` (after the last field, or with no field to go with)."""

    before: dict[str, list[str]]
    after: dict[str, list[str]]
    tail: list[str]


def field_comments(raw: str, names: Sequence[str]) -> FieldComments | None:
    """The comments of the entry written as ``raw``, whose fields are ``names`` in order,
    or None when it has none.

    >>> got = field_comments("@misc{k,\\n % first\\n title = {A}, % why\\n year = 2004}",
    ...                      ["title", "year"])
    >>> got.before, got.after, got.tail
    ({'title': ['% first']}, {'title': ['% why']}, [])
    """
    blanked = blank_comments(raw)
    if blanked is None:
        return None
    starts: list[tuple[int, str]] = []
    pos = raw.find(",")
    for name in names:
        m = re.compile(r"(?<![\\w:.+/-])" + re.escape(name) + r"\s*=", re.IGNORECASE).search(
            blanked, max(pos, 0)
        )
        if m is None:
            continue
        starts.append((m.start(), name.lower()))
        pos = m.end()
    got = FieldComments({}, {}, [])
    at = 0
    while (at := raw.find("%", at)) != -1:
        if blanked[at] != " ":  # (a % in a value is text)
            at += 1
            continue
        end = raw.find("\n", at)
        end = len(raw) if end == -1 else end
        text = raw[at:end].rstrip()
        line_start = raw.rfind("\n", 0, at) + 1
        if raw[line_start:at].strip():  # (after a value on its line)
            owner = [name for start, name in starts if start < at]
            if owner:
                got.after.setdefault(owner[-1], []).append(text)
            elif starts:  # (on the key's line: it goes before the first field)
                got.before.setdefault(starts[0][1], []).append(text)
            else:
                got.tail.append(text)
        else:
            owner = [name for start, name in starts if start > at]
            if owner:
                got.before.setdefault(owner[0], []).append(text)
            else:
                got.tail.append(text)
        at = end
    return got
