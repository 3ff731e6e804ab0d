"""Small helpers shared by the profile operations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from unidecode import unidecode

from ..model import Person, Profile, Publication
from ..names import family_key, same_person

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _tup(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _norm(text: str) -> str:
    """Whitespace-collapsed, case-folded text, for comparing list items and titles."""
    return " ".join(text.split()).casefold()


def _fold(text: str) -> str:
    return unidecode(text).lower()


def _snapshot_label(profile: Profile, index: int) -> str:
    src = profile.source
    if src is not None:
        if src.snapshot:
            return src.snapshot
        if src.path:
            return Path(src.path).name
    return f"snapshot {index + 1}"


def _snapshot_labels(profiles: Sequence[Profile]) -> list[str]:
    labels: list[str] = []
    seen: Counter[str] = Counter()
    for i, p in enumerate(profiles):
        label = _snapshot_label(p, i)
        seen[label] += 1
        labels.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return labels


def _union_newest_first(lists: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """Items of every list, the newest list's order first, older-only items after."""
    out: list[str] = []
    seen: set[str] = set()
    for items in reversed(lists):
        for item in items:
            key = _norm(item)
            if key and key not in seen:
                seen.add(key)
                out.append(item)
    return tuple(out)


def _abstract(pub: Publication) -> str | None:
    """The record's abstract, unless it is empty or merely repeats the title."""
    text = pub.abstract
    if not text or not text.strip() or _norm(text) == _norm(pub.title):
        return None
    return text


def _is_owner(person: Person, owner: Person) -> bool:
    if not (owner.family or owner.literal) or not (person.family or person.literal):
        return False
    if family_key(person) != family_key(owner):
        return False
    return bool(same_person(person, owner))


def _short(text: str | None, width: int = 70) -> str:
    if text is None:
        return "(none)"
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _names(people: Iterable[object], limit: int = 4) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C, D and 3 more'."""
    names = [str(p) for p in people]
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
