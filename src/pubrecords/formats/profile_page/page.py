"""A whole profile page: the owner, the header, the sections, then the publications."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs

from ...errors import ParseError
from ...model import Person, Profile, Source, StudentGroup
from ..files import read_text
from .authors import parse_person
from .lines import _TAIL_SPACES, name_score, strip_keeping_mojibake
from .records import ORIGIN, build_publications
from .segment import segment_page
from .words import PORTRAIT, POSITION_WORDS, STUDENT_HEADING_WORDS, heading_kind

__all__ = ["parse_profile", "read_profile"]


def _split_position(line: str) -> tuple[bool, list[str]]:
    """Is this header line a position (vs a role)? And the affiliations it names."""
    low = line.casefold()
    parts = [p.strip() for p in line.split(",")]
    is_position = len(parts) > 1 or any(w in low for w in POSITION_WORDS)
    return is_position, [p for p in parts[1:] if p]


def _is_student_heading(line: str) -> bool:
    low = line.casefold()
    if line.rstrip().endswith(":"):
        return True
    if any(w in low for w in STUDENT_HEADING_WORDS):
        return True
    return name_score(line) < 1.0


@contextmanager
def _bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    The reader creates only acyclic objects (frozen records, tuples, strings), which
    reference counting frees; without the pause, collections triggered by the sheer number
    of new objects make reading large pages superlinear.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _publication_lines(
    stripped: list[str],
    i: int,
    blank_before: bool,
    pub_lines: list[tuple[int, str]],
    after_blank: list[bool],
) -> tuple[int, bool]:
    """Take the lines of the publications section from line ``i`` to the next heading
    (into ``pub_lines``, with ``after_blank``); return where that heading is (or the number
    of lines) and whether a blank line comes before it."""
    n = len(stripped)
    while i < n:
        line = stripped[i]
        if not line:
            blank_before = True
            i += 1
            continue
        if len(line) <= 30 and heading_kind(line) is not None:  # (a heading is short)
            # Records follow each other without blank lines: a heading word inside the
            # list is a title ("Biography"), unless a blank line sets it apart.
            following = stripped[i + 1] if i + 1 < n else ""
            if blank_before or not following or heading_kind(following):
                return i, blank_before
        pub_lines.append((i + 1, line))
        after_blank.append(blank_before)
        blank_before = False
        i += 1
    return i, blank_before


def parse_profile(text: str, *, path: str | os.PathLike[str] | None = None) -> Profile:
    """Read a researcher profile page (as text) into a :class:`~pubrecords.Profile`.

    ``path`` is only recorded in the provenance (``Source.path`` and ``Source.snapshot``,
    the file name). Raises :class:`~pubrecords.ParseError` (naming the line) for text that
    is not a profile page: empty, or with neither a ``Portrait of NAME`` line nor any
    section heading.

    Example::

        >>> from pubrecords import parse_profile
        >>> p = parse_profile("Portrait of Ada Example\\n\\nAda Example\\n\\nCore Member\\n")
        >>> str(p.person), p.roles, p.publications
        ('Ada Example', ('Core Member',), ())
    """
    with _bulk_allocation():
        return _parse_profile(text, os.fspath(path) if path is not None else None)


def _parse_profile(text: str, spath: str | None) -> Profile:
    snapshot = Path(spath).name if spath else None
    stripped = [line.strip() for line in text.split("\n")]  # (a "\r" is whitespace too)
    if "\xa0" in text or "\x85" in text:
        stripped = [
            strip_keeping_mojibake(line) if line[-1:] in _TAIL_SPACES else s
            for line, s in zip(text.split("\n"), stripped, strict=True)
        ]
    first = next((i for i, s in enumerate(stripped) if s), None)
    if first is None:
        raise ParseError("empty page: no profile to read", line=1, path=spath)

    # ---- owner: "Portrait of NAME", then NAME on its own line
    i = first
    portrait: str | None = None
    head = stripped[i]
    if head.casefold().startswith(PORTRAIT) and (
        len(head) == len(PORTRAIT) or head[len(PORTRAIT)].isspace()
    ):
        portrait = head[len(PORTRAIT) :].strip()
        i += 1
        while i < len(stripped) and not stripped[i]:
            i += 1
    owner_text = ""
    if i < len(stripped) and not heading_kind(stripped[i]):
        candidate = stripped[i]
        if portrait is None:
            has_heading = any(heading_kind(s) for s in stripped)
            if not (has_heading and name_score(candidate) > 0):
                raise ParseError(
                    "not a profile page: expected 'Portrait of NAME' or the owner's name "
                    f"followed by sections; found {candidate[:60]!r}",
                    line=i + 1,
                    path=spath,
                )
        if portrait is None or candidate == portrait or name_score(candidate) > 0:
            owner_text = candidate
            i += 1
        # else: no owner line after the portrait; the line is a role or position.
    name_text = owner_text or portrait or ""
    if name_text:
        owner, _ = parse_person(name_text)
        if portrait and owner_text and portrait != owner_text:
            owner = attrs.evolve(owner, aliases=(*owner.aliases, portrait))
    else:
        owner = Person()  # the page starts with a section heading: no owner named

    roles: list[str] = []
    positions: list[str] = []
    affiliations: list[str] = []
    topics: list[str] = []
    biography: list[str] = []
    students: list[StudentGroup] = []
    pub_lines: list[tuple[int, str]] = []
    after_blank: list[bool] = []

    section = "header"
    paragraph: list[str] = []
    group_heading: str | None = None
    group_members: list[Person] = []
    blank_before = False

    def end_paragraph() -> None:
        if paragraph:
            biography.append("\n".join(paragraph))
            paragraph.clear()

    def end_group() -> None:
        nonlocal group_heading
        if group_heading is not None:
            students.append(StudentGroup(heading=group_heading, members=tuple(group_members)))
            group_members.clear()
            group_heading = None

    n = len(stripped)
    while i < n:
        if section == "publications":  # (most of a page: up to the next heading at once)
            i, blank_before = _publication_lines(stripped, i, blank_before, pub_lines, after_blank)
            if i == n:
                break
        line = stripped[i]
        if not line:
            blank_before = True
            if section == "biography":
                end_paragraph()
            i += 1
            continue
        kind = heading_kind(line)  # (in the publications section, always a heading here)
        if kind is not None:
            end_paragraph()
            end_group()
            section = kind
            blank_before = False
            i += 1
            continue
        if section == "header":
            is_position, found = _split_position(line)
            if is_position:
                positions.append(line)
                affiliations.extend(a for a in found if a not in affiliations)
            else:
                roles.append(line)
        elif section == "topics":
            topics.append(line)
        elif section == "biography":
            paragraph.append(line)
        elif section == "students":
            if group_heading is not None and not _is_student_heading(line):
                group_members.append(parse_person(line)[0])
            else:
                end_group()
                group_heading = line
        else:
            pub_lines.append((i + 1, line))
            after_blank.append(blank_before)
        blank_before = False
        i += 1
    end_paragraph()
    end_group()

    labels, bodies = segment_page([t for _, t in pub_lines], after_blank)
    pubs, omitted = build_publications(pub_lines, labels, owner, spath, snapshot, bodies)
    return Profile(
        person=owner,
        roles=tuple(roles),
        positions=tuple(positions),
        affiliations=tuple(affiliations),
        topics=tuple(topics),
        biography=tuple(biography),
        students=tuple(students),
        publications=tuple(pubs),
        source=Source(origin=ORIGIN, path=spath, line=1, snapshot=snapshot),
        owner_omitted_from_authors=omitted,
    )


def read_profile(path: str | os.PathLike[str]) -> Profile:
    """Read a profile page from a text file (UTF-8); see :func:`parse_profile`.

    Raises :class:`~pubrecords.InputError` for a missing or unreadable file or bytes that
    are not UTF-8, :class:`~pubrecords.ParseError` for text that is not a profile page.

    Example::

        >>> from pubrecords import read_profile, sample_path
        >>> profile = read_profile(sample_path())
        >>> profile.source.origin, len(profile.publications) > 10
        ('profile-page', True)
    """
    return parse_profile(read_text(path), path=path)
