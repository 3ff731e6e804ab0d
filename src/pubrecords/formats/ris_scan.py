"""RIS: splitting the text into records (the tag lines, the text between records); the
fields are interpreted in :mod:`pubrecords.formats.ris`."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import NamedTuple

from ..errors import ParseError, ParseWarning
from ..model import Block
from .tagged import plain_text

# A tag line: two characters (a capital letter, then a capital or digit), two spaces, a
# hyphen, and a space before the value (rispy's grammar; ``ER  -`` may end the line). Tags
# of three or four characters are tags too: PsycINFO writes ``PMID  - 33355555``. One space
# before the hyphen is a tag line too where a space follows it (``TY -  BOOK``: Zotero
# reads it, DataCite wrote it). A tab for the spaces before the hyphen (``AU\t- Doe, J``:
# files that went through a spreadsheet) or beside them (``AU \t- ``), or for the space
# after it, makes a tag line too, and so does ``ER -`` alone on its line (the end of a
# record, one space before the hyphen).
_TAG_LINE = re.compile(
    r"\n([A-Z][A-Z0-9]{1,3}(?:  -(?:[ \t]|(?=\n)|$)| - |[ \t]?\t[ \t]?-(?:[ \t]|(?=\n)|$))|ER -(?=\n|$))"
)
_CONTROL = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])  # (control characters)


def _has_control(value: str) -> bool:
    """Whether ``value`` has a control character (in UTF-8: a byte of ``_CONTROL``)."""
    data = value.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _CONTROL)) != len(data)


# ---------------------------------------------------------------- reading


class _Record(NamedTuple):
    entry_type: str
    fields: tuple[tuple[str, str], ...]
    raw: str
    line: int
    before: tuple[Block, ...]
    tags: list[str]  # (the fields' tags and values, as lists)
    values: list[str]
    multiline: bool  # (whether a value has continuation lines)


def _warn(message: str, line: int | None, path: str | None) -> None:
    where = f"{path or '<text>'}:{line}: " if line is not None else f"{path or '<text>'}: "
    warnings.warn(ParseWarning(where + message), stacklevel=4)


def _scan(
    text: str,
    path: str | None,
    strict: bool,
    emit: Callable[[_Record | None], object] | None = None,
) -> tuple[list[_Record], tuple[Block, ...]]:
    """Split ``text`` into records (TY ... ER); text outside records becomes blocks. ``emit``
    is called with each record as it is found (with None where the line scanner starts anew).
    """
    text = plain_text(text)
    fast = _scan_well_formed(text, emit)
    if fast is not None:
        return fast
    records, after = _scan_lines(text, path, strict)
    if emit is not None:
        for record in (None, *records):
            emit(record)
    return records, after


# A tag line as the fast scanner splits a record: the tag alone is kept.
_FIELD_LINE = re.compile(r"\n([A-Z][A-Z0-9]{1,3})  -(?: |(?=\n)|$)")


def _scan_well_formed(
    text: str, emit: Callable[[_Record | None], object] | None = None
) -> tuple[list[_Record], tuple[Block, ...]] | None:
    """:func:`_scan_lines` for a file without a malformed record, or None for any other.

    Each record is found from its ``TY`` line to its ``ER`` line with ``str.find`` and its
    tags are split by one regular expression, so the Python work is per record rather
    than per line and each record's text is copied once; anything out of the ordinary (a
    record without ``TY`` or ``ER``, a tag line between records, continuation lines with
    blank lines or control characters) is left to :func:`_scan_lines`, which gives the
    same result as this does where both apply.
    """
    records: list[_Record] = []
    add = records.append if emit is None else emit
    pending: list[Block] = []
    tag_line = _TAG_LINE.search
    field_split = _FIELD_LINE.split
    control = _has_control
    find = text.find
    end = len(text)
    ty = 0 if text.startswith("TY  - ") else find("\nTY  - ") + 1
    if ty == 0 and not text.startswith("TY  - "):
        return None
    head = text[: max(ty - 1, 0)]
    if ty and tag_line("\n" + head) is not None:
        return None
    if head.strip():
        pending.append(Block("text", head))
    line = head.count("\n") + 2 if ty else 1  # the line of the record's TY line
    while True:
        er = find("\nER  -", ty)
        if er < 0 or (er + 6 < end and text[er + 6] not in " \n"):
            return None  # (no ER line; "ER  -x" is no tag line)
        stop = find("\n", er + 1)
        if stop < 0:
            stop = end
        raw = text[ty:stop]
        tokens = field_split(raw)  # [the TY line and its continuation, tag, value, ...]
        tags = tokens[1::2]
        values = tokens[2::2]
        if "TY" in tags:
            return None
        entry_type = tokens[0][6:]
        if "\n" in entry_type:
            entry_type, _, rest = entry_type.partition("\n")
            if rest.strip():
                return None
        entry_type = entry_type.strip()
        if not entry_type:
            return None
        newlines = raw.count("\n")
        multiline = newlines != len(tags)
        del tags[-1], values[-1]  # (the ER line)
        if multiline:
            for i in [i for i, value in enumerate(values) if "\n" in value]:
                value = values[i]
                if tag_line(value) is not None:
                    return None  # (a tag line with one space or a tab before the hyphen)
                if "\n\n" in value or value[-1] == "\n":
                    first, _, rest = value.partition("\n")
                    kept = [first]
                    kept.extend([piece for piece in rest.split("\n") if piece.strip()])
                    value = values[i] = "\n".join(kept)
                if control(value):
                    return None
            multiline = any("\n" in value for value in values)
        fields = tuple(zip(tags, values, strict=True))
        add(_Record(entry_type, fields, raw, line, tuple(pending), tags, values, multiline))
        pending = []
        line += newlines  # (the record's ER line)
        if stop == end:
            break
        nxt = find("\nTY  - ", stop)
        between = text[stop + 1 : nxt if nxt >= 0 else end]
        if between:
            if tag_line("\n" + between) is not None:
                return None
            if between.strip():
                pending.append(Block("text", between))
        if nxt < 0:
            break
        line += 1 + (between.count("\n") + 1 if nxt > stop else 0)
        ty = nxt + 1
    return records, tuple(pending)


def _scan_lines(
    text: str, path: str | None, strict: bool
) -> tuple[list[_Record], tuple[Block, ...]]:
    """Split ``text`` into records, a tag line at a time (any input, malformed records too)."""
    # tokens: [text before the first tag line, tag line, value, tag line, value, ...]; a
    # value runs to the next tag line (its continuation lines and blank lines included,
    # the newline before the next tag line not)
    text = "\n" + text
    tokens = _TAG_LINE.split(text)
    records: list[_Record] = []
    pending: list[Block] = []
    head = tokens[0][1:]
    if head.strip():
        pending.append(Block("text", head))
    line = 1 + head.count("\n") + (1 if len(tokens) > 1 and tokens[0] else 0)
    start = -1  # the first token of the record being read, or -1
    start_pos = 0
    pos = len(tokens[0]) + 1  # where tokens[i] (a tag line) starts in text
    start_line = 0
    has_type = False
    entry_type = ""
    problem = ""
    fields: list[tuple[str, str]] = []
    untyped = 0  # records without TY

    def fail(message: str, raw: str) -> None:
        if strict:
            raise ParseError(message, line=start_line, path=path)
        _warn(message + "; skipped (kept as written)", start_line, path)
        pending.append(Block("failed", raw))

    def unfinished(end_pos: int) -> None:
        raw = text[start_pos:end_pos].rstrip("\n")
        if has_type:
            fail(f"RIS record of type {entry_type!r} has no ER", raw)
        else:
            tags = ", ".join(dict.fromkeys(t for t, _ in fields))
            fail(f"RIS lines without a record (no TY): {tags}", raw)

    n = len(tokens)
    for i in range(1, n, 2):
        full = tokens[i]
        tag = full.rstrip(" \t-")  # (the separator: spaces or tabs and a hyphen)
        value = tokens[i + 1]
        size = len(value)
        newlines = value.count("\n") + 1
        if tag != "ER" and tag != "TY":
            if start < 0:  # a field outside any record: the first of a record without TY
                start, start_pos, start_line, fields, problem = i, pos, line, [], ""
                has_type = False
            # the common case: a field of the record being read
            if newlines > 1 and ("\n\n" in value or value[-1] == "\n"):
                first, _, rest = value.partition("\n")
                kept = [first]
                kept.extend([part for part in rest.split("\n") if part.strip()])
                value = "\n".join(kept)
                if not problem and _has_control(value):
                    problem = f"control characters in the lines after {tag} (line {line})"
            elif newlines > 1 and not problem and _has_control(value):
                problem = f"control characters in the lines after {tag} (line {line})"
            fields.append((tag, value))
            line += newlines
            pos += len(full) + size + 1
            continue
        first, _, rest = value.partition("\n")
        if tag == "ER":
            if start < 0:
                start_line = line
                fail("ER without a record", full + first)
            else:
                raw = text[start_pos : pos + len(full) + len(first)]
                if not has_type and strict:
                    tags = ", ".join(dict.fromkeys(t for t, _ in fields))
                    fail(f"RIS record without TY (tags {tags})", raw)
                elif problem:
                    fail(f"malformed RIS record: {problem}", raw)
                else:
                    if not has_type:  # (a record of unknown kind: CiteSource writes no TY)
                        untyped += 1
                    tag_list = [t for t, _ in fields]
                    values = [v for _, v in fields]
                    multiline = any("\n" in value for value in values)
                    kind = entry_type if has_type else ""
                    record = (kind, tuple(fields), raw, start_line, tuple(pending))
                    records.append(_Record(*record, tag_list, values, multiline))
                    pending = []
            start = -1
            if rest.strip():
                pending.append(Block("text", rest))
            line += newlines
            pos += len(full) + size + 1
            continue
        if start >= 0:
            unfinished(pos)
        start, start_pos, start_line, fields, problem = i, pos, line, [], ""
        has_type = tag == "TY"
        if has_type:
            entry_type = first.strip()
            if not entry_type:
                problem = "TY without a reference type"
            elif rest.strip():
                problem = f"text after TY that belongs to no tag: {rest.strip()[:60]!r}"
        line += newlines
        pos += len(full) + size + 1
    if start >= 0:
        unfinished(len(text))
    if untyped:
        have = "record has" if untyped == 1 else "records have"
        _warn(f"{untyped} RIS {have} no TY (reference type): read as of unknown kind", None, path)
    return records, tuple(pending)
