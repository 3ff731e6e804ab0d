"""Comparing two snapshots of a profile: what was added, removed and changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
from rapidfuzz import fuzz

from ..clean import clean_profile
from ..dedup import deduplicate, find_duplicates
from ..model import Kind, Person, Profile, Publication
from ..names import family_key, same_person
from .common import _names, _norm, _short, _snapshot_label, _tup

__all__ = ["FieldChange", "ProfileDiff", "PublicationChange", "diff_profiles"]


# --------------------------------------------------------------------------------------------
# diff_profiles
# --------------------------------------------------------------------------------------------


@attrs.frozen
class FieldChange:
    """One field of a publication that differs between two snapshots.

    ``field`` is the model field ("title", "authors", "abstract", "year", …),
    ``summary`` a short human account ("2 authors added: …", "abstract revised").
    """

    field: str
    summary: str
    before: str | None = None
    after: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        return {
            "field": self.field,
            "summary": self.summary,
            "before": self.before,
            "after": self.after,
        }


@attrs.frozen
class PublicationChange:
    """A record present in both snapshots (the same work) whose content changed.

    ``relation`` is "same" when both are records of the same version, "version" when
    the new snapshot lists another version of the work (e.g. a renamed preprint).
    """

    old: Publication
    new: Publication
    relation: str
    changes: tuple[FieldChange, ...] = attrs.field(converter=_tup)

    @property
    def fields(self) -> tuple[str, ...]:
        """Names of the changed fields."""
        return tuple(c.field for c in self.changes)


def _pub_summary(pub: Publication) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": pub.title,
        "authors": [str(a) for a in pub.authors],
        "authors_complete": pub.authors_complete,
    }
    for name in ("year", "venue", "doi", "arxiv_id", "key"):
        value = getattr(pub, name)
        if value is not None:
            out[name] = value
    if pub.kind is not Kind.UNKNOWN:
        out["kind"] = pub.kind.value
    out["records"] = max(1, len(pub.merged_from))
    out["sources"] = [str(s) for s in pub.provenance]
    return out


@attrs.frozen
class ProfileDiff:
    """What changed between two snapshots of a profile (see :func:`diff_profiles`).

    Lists of added and removed roles, positions, topics, affiliations and students;
    whether the biography changed; publications added, removed and changed (as
    :class:`PublicationChange`). ``str(diff)`` is a readable report,
    :meth:`to_dict` a JSON-able dict; a diff is falsy when nothing changed.
    """

    old_label: str
    new_label: str
    name_before: str
    name_after: str
    roles_added: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    roles_removed: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    positions_added: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    positions_removed: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    topics_added: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    topics_removed: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    affiliations_added: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    affiliations_removed: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    students_added: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    students_removed: tuple[str, ...] = attrs.field(default=(), converter=_tup)
    biography_changed: bool = False
    publications_added: tuple[Publication, ...] = attrs.field(default=(), converter=_tup)
    publications_removed: tuple[Publication, ...] = attrs.field(default=(), converter=_tup)
    publications_changed: tuple[PublicationChange, ...] = attrs.field(default=(), converter=_tup)
    publications_unchanged: int = 0
    works_before: int = 0
    works_after: int = 0

    _LISTS = ("roles", "positions", "topics", "affiliations", "students")

    def __bool__(self) -> bool:
        return bool(
            self.name_before != self.name_after
            or self.biography_changed
            or self.publications_added
            or self.publications_removed
            or self.publications_changed
            or any(
                getattr(self, f"{n}_added") or getattr(self, f"{n}_removed") for n in self._LISTS
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """The diff as a plain JSON-able dict (publications summarised, not in full).

        Example:
            >>> from pubrecords import Person, Profile, diff_profiles
            >>> me = Person(given="Ada", family="Lovelace")
            >>> diff_profiles(Profile(person=me), Profile(person=me, topics=("Looms",))).to_dict(
            ...     )["topics"]
            {'added': ['Looms'], 'removed': []}
        """
        out: dict[str, Any] = {"old": self.old_label, "new": self.new_label}
        if self.name_before != self.name_after:
            out["name"] = {"before": self.name_before, "after": self.name_after}
        for n in self._LISTS:
            out[n] = {
                "added": list(getattr(self, f"{n}_added")),
                "removed": list(getattr(self, f"{n}_removed")),
            }
        out["biography_changed"] = self.biography_changed
        out["publications"] = {
            "works_before": self.works_before,
            "works_after": self.works_after,
            "added": [_pub_summary(p) for p in self.publications_added],
            "removed": [_pub_summary(p) for p in self.publications_removed],
            "changed": [
                {
                    "relation": c.relation,
                    "old": _pub_summary(c.old),
                    "new": _pub_summary(c.new),
                    "changes": [f.to_dict() for f in c.changes],
                }
                for c in self.publications_changed
            ],
            "unchanged": self.publications_unchanged,
        }
        return out

    def __str__(self) -> str:
        lines = [f"Changes from {self.old_label} to {self.new_label}"]
        if not self:
            lines.append("")
            lines.append("No differences.")
            return "\n".join(lines)
        if self.name_before != self.name_after:
            lines += ["", "Name", f"  {self.name_before} → {self.name_after}"]
        for n in self._LISTS:
            added, removed = getattr(self, f"{n}_added"), getattr(self, f"{n}_removed")
            if added or removed:
                lines += ["", n.capitalize()]
                lines += [f"  + {x}" for x in added]
                lines += [f"  - {x}" for x in removed]
        if self.biography_changed:
            lines += ["", "Biography", "  changed"]
        lines += [
            "",
            f"Publications: {self.works_before} works before, {self.works_after} after "
            f"({len(self.publications_added)} added, {len(self.publications_removed)} removed, "
            f"{len(self.publications_changed)} changed, {self.publications_unchanged} unchanged)",
        ]
        if self.publications_added:
            lines += ["", f"  Added ({len(self.publications_added)})"]
            for p in self.publications_added:
                lines += _pub_lines("+", p)
        if self.publications_removed:
            lines += ["", f"  Removed ({len(self.publications_removed)})"]
            for p in self.publications_removed:
                lines += _pub_lines("-", p)
        if self.publications_changed:
            lines += ["", f"  Changed ({len(self.publications_changed)})"]
            for c in self.publications_changed:
                lines.append(f"    ~ {c.old.title}{_year(c.old)}")
                if c.relation == "version":
                    lines.append("      now listed as another version of the same work:")
                    lines.append(f"      {c.new.title}{_year(c.new)}")
                for f in c.changes:
                    if f.field == "title" and c.relation == "version":
                        continue
                    lines.append(f"      {f.field}: {f.summary}")
        return "\n".join(lines)


def _year(pub: Publication) -> str:
    return f" ({pub.year})" if pub.year else ""


def _pub_lines(mark: str, pub: Publication) -> list[str]:
    title = f"    {mark} {pub.title}{_year(pub)}"
    n = len(pub.merged_from)
    if n > 1:
        title += f"  [listed {n} times]"
    out = [title]
    if pub.authors:
        more = "" if pub.authors_complete else " …"
        out.append(f"      {_names(pub.authors)}{more}")
    else:
        out.append("      (no authors listed)")
    return out


def _authors_change(old: Publication, new: Publication) -> FieldChange | None:
    def match(xs: Sequence[Person], ys: Sequence[Person]) -> list[int | None]:
        by_key: dict[str, list[int]] = {}
        for j, y in enumerate(ys):
            by_key.setdefault(family_key(y), []).append(j)
        used: set[int] = set()
        out: list[int | None] = []
        for x in xs:
            found: int | None = None
            for j in by_key.get(family_key(x), ()):
                if j not in used and same_person(x, ys[j]):
                    found = j
                    break
            if found is not None:
                used.add(found)
            out.append(found)
        return out

    pairs = match(old.authors, new.authors)
    removed = [a for a, j in zip(old.authors, pairs, strict=True) if j is None]
    matched_new = {j for j in pairs if j is not None}
    added = [b for j, b in enumerate(new.authors) if j not in matched_new]
    order = [j for j in pairs if j is not None]
    parts: list[str] = []
    if added:
        parts.append(f"{len(added)} added ({_names(added)})")
    if removed:
        parts.append(f"{len(removed)} removed ({_names(removed)})")
    if order != sorted(order):
        parts.append("order changed")
    if old.authors_complete != new.authors_complete or old.hidden_authors != new.hidden_authors:
        if new.authors_complete and not old.authors_complete:
            parts.append("list now complete")
        elif old.authors_complete and not new.authors_complete:
            hidden = f" ({new.hidden_authors} hidden)" if new.hidden_authors else ""
            parts.append(f"list now cut short{hidden}")
        else:
            parts.append(f"hidden authors {old.hidden_authors} → {new.hidden_authors}")
    if not parts:
        respelled = [
            (a, new.authors[j])
            for a, j in zip(old.authors, pairs, strict=True)
            if j is not None and str(a) != str(new.authors[j])
        ]
        if not respelled:
            return None
        parts.append(
            "spelling: " + ", ".join(f"{a} → {b}" for a, b in respelled[:3])
            if len(respelled) <= 3
            else f"{len(respelled)} names spelled differently"
        )
    return FieldChange(
        "authors",
        "; ".join(parts),
        "; ".join(str(a) for a in old.authors),
        "; ".join(str(a) for a in new.authors),
    )


def _strip_ellipsis(text: str) -> str:
    return text.rstrip().rstrip("….").rstrip()


def _abstract_change(old: Publication, new: Publication) -> FieldChange | None:
    a, b = old.abstract, new.abstract
    if not a and not b:
        return None
    if not a:
        return FieldChange("abstract", "added", a, b)
    if not b:
        return FieldChange("abstract", "removed", a, b)
    na, nb = " ".join(a.split()), " ".join(b.split())
    if na == nb:
        if old.abstract_complete != new.abstract_complete:
            state = "now marked complete" if new.abstract_complete else "now marked cut"
            return FieldChange("abstract", state, a, b)
        return None
    sa, sb = _strip_ellipsis(na), _strip_ellipsis(nb)
    if sb.startswith(sa):
        return FieldChange("abstract", f"completed ({len(sa)} → {len(sb)} characters)", a, b)
    if sa.startswith(sb):
        return FieldChange("abstract", f"cut short ({len(sa)} → {len(sb)} characters)", a, b)
    ratio = fuzz.ratio(na, nb)
    return FieldChange("abstract", f"revised ({ratio:.0f}% similar)", a, b)


_SIMPLE_FIELDS = (
    "year",
    "month",
    "venue",
    "kind",
    "doi",
    "arxiv_id",
    "url",
    "volume",
    "issue",
    "pages",
    "publisher",
)


def _publication_changes(old: Publication, new: Publication) -> list[FieldChange]:
    out: list[FieldChange] = []
    if _norm(old.title) != _norm(new.title):
        out.append(
            FieldChange(
                "title", f'"{_short(old.title)}" → "{_short(new.title)}"', old.title, new.title
            )
        )
    authors = _authors_change(old, new)
    if authors is not None:
        out.append(authors)
    abstract = _abstract_change(old, new)
    if abstract is not None:
        out.append(abstract)
    for name in _SIMPLE_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            sa = None if a is None else str(a)
            sb = None if b is None else str(b)
            out.append(FieldChange(name, f"{_short(sa, 40)} → {_short(sb, 40)}", sa, sb))
    return out


def _student_names(profile: Profile) -> list[str]:
    return [
        f"{m} ({g.heading})" if g.heading else str(m) for g in profile.students for m in g.members
    ]


def _list_diff(old: Sequence[str], new: Sequence[str]) -> tuple[list[str], list[str]]:
    old_keys = {_norm(x) for x in old}
    new_keys = {_norm(x) for x in new}
    return (
        [x for x in new if _norm(x) not in old_keys],
        [x for x in old if _norm(x) not in new_keys],
    )


def _match_works(
    old: Sequence[Publication], new: Sequence[Publication]
) -> list[tuple[int, int, str]]:
    """Pairs (old index, new index, relation) of records of one work, via find_duplicates."""
    combined = list(old) + list(new)
    n_old = len(old)
    candidates: list[tuple[int, float, int, int, str]] = []
    for group in find_duplicates(combined):
        parts = group.parts or (group.members,)
        part_of = {m: k for k, part in enumerate(parts) for m in part}
        olds = [i for i in group.members if i < n_old]
        news = [i - n_old for i in group.members if i >= n_old]
        for i in olds:
            for j in news:
                same = group.kind != "version" or part_of.get(i) == part_of.get(j + n_old)
                relation = "same" if same else "version"
                sim = fuzz.ratio(_norm(old[i].title), _norm(new[j].title))
                candidates.append((0 if same else 1, -sim, i, j, relation))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int, str]] = []
    for _rank, _sim, i, j, relation in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j, relation))
    return pairs


def _works(profile: Profile) -> list[Publication]:
    cleaned: Profile = clean_profile(profile)
    return list(deduplicate(list(cleaned.publications)))


def diff_profiles(old: Profile, new: Profile) -> ProfileDiff:
    """What changed from snapshot ``old`` to snapshot ``new`` of a profile.

    Both snapshots are cleaned and each is de-duplicated first (a record the page
    lists three times is one work); records of the two are matched with the
    duplicate detector (:func:`~pubrecords.find_duplicates`), so a record whose
    abstract, authors or title changed is reported as changed, not as removed and
    added; a record replaced by another version of the same work is reported as
    changed with ``relation="version"``.

    Example:
        >>> from pubrecords import Person, Profile, diff_profiles
        >>> me = Person(given="Ada", family="Lovelace")
        >>> d = diff_profiles(Profile(person=me, roles=("Member",)),
        ...                   Profile(person=me, roles=("Member", "Chair")))
        >>> d.roles_added, d.roles_removed, bool(d)
        (('Chair',), (), True)
        >>> print(str(d).splitlines()[2:4])
        ['Roles', '  + Chair']
    """
    if not isinstance(old, Profile) or not isinstance(new, Profile):
        raise TypeError("diff_profiles expects two Profile objects")
    old_works = _works(old)
    new_works = _works(new)
    pairs = _match_works(old_works, new_works)
    matched_old = {i for i, _, _ in pairs}
    matched_new = {j for _, j, _ in pairs}
    changed: list[PublicationChange] = []
    unchanged = 0
    for i, j, relation in sorted(pairs, key=lambda t: t[1]):
        fields = _publication_changes(old_works[i], new_works[j])
        if fields or relation == "version":
            changed.append(PublicationChange(old_works[i], new_works[j], relation, fields))
        else:
            unchanged += 1
    lists: dict[str, Any] = {}
    for name in ("roles", "positions", "topics", "affiliations"):
        added, removed = _list_diff(getattr(old, name), getattr(new, name))
        lists[f"{name}_added"] = added
        lists[f"{name}_removed"] = removed
    s_added, s_removed = _list_diff(_student_names(old), _student_names(new))
    bio_old = _norm(" ".join(old.biography))
    bio_new = _norm(" ".join(new.biography))
    return ProfileDiff(
        old_label=_snapshot_label(old, 0),
        new_label=_snapshot_label(new, 1),
        name_before=str(old.person),
        name_after=str(new.person),
        students_added=s_added,
        students_removed=s_removed,
        biography_changed=bio_old != bio_new,
        publications_added=[p for j, p in enumerate(new_works) if j not in matched_new],
        publications_removed=[p for i, p in enumerate(old_works) if i not in matched_old],
        publications_changed=changed,
        publications_unchanged=unchanged,
        works_before=len(old_works),
        works_after=len(new_works),
        **lists,
    )
