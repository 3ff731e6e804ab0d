"""What duplicate detection gives: groups of records of one publication and the evidence for each link."""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["DuplicateGroup", "Evidence"]


GroupKind = Literal["identical", "variant", "version", "maybe"]


# ----------------------------------------------------------------------------- results


@attrs.frozen
class Evidence:
    """One line of the explanation of a :class:`DuplicateGroup`.

    ``aspect`` is one of ``identifiers``, ``title``, ``authors``, ``abstract``,
    ``year``, ``venue``; ``similarity`` is in [0, 1] (None where not comparable);
    ``detail`` says what matched in words.

        >>> str(Evidence("title", 1.0, "identical"))
        'title        100%  identical'
    """

    aspect: str
    similarity: float | None
    detail: str

    def __str__(self) -> str:
        pct = "   -" if self.similarity is None else f"{round(self.similarity * 100):>3}%"
        return f"{self.aspect:<12} {pct}  {self.detail}"


@attrs.frozen
class DuplicateGroup:
    """Records (indices into the input, ascending) that denote one publication.

    ``kind`` is ``"identical"`` (the same record again), ``"variant"`` (the same work
    recorded differently) or ``"version"`` (the same work under another title or at
    another stage). ``parts`` splits the members into same-record subgroups: one part
    for identical and variant groups, one per version for version groups.
    ``labels`` describe the members for people (same order as ``members``).

        >>> g = DuplicateGroup(members=(0, 2), kind="identical", score=1.0,
        ...                    evidence=(Evidence("title", 1.0, "identical"),),
        ...                    parts=((0, 2),), labels=("Title (2020)", "Title (2020)"))
        >>> print(g)
        identical (score 1.00): records 0, 2
          [0] Title (2020)
          [2] Title (2020)
          title        100%  identical
    """

    members: tuple[int, ...]
    kind: GroupKind
    score: float
    evidence: tuple[Evidence, ...]
    parts: tuple[tuple[int, ...], ...] = ()
    labels: tuple[str, ...] = ()

    def __str__(self) -> str:
        head = f"{self.kind} (score {self.score:.2f}): records {', '.join(map(str, self.members))}"
        lines = [head]
        part_of = {m: n for n, part in enumerate(self.parts, start=1) for m in part}
        for index, label in zip(self.members, self.labels, strict=False):
            tag = (
                f" (version {part_of[index]})"
                if self.kind == "version" and index in part_of
                else ""
            )
            lines.append(f"  [{index}] {label}{tag}")
        lines.extend(f"  {e}" for e in self.evidence)
        return "\n".join(lines)
