"""Profiles: merging snapshots, what changed between them, records that don't belong.

A profile page is a moving target: the same researcher's page saved at two dates
lists different roles and a different publication list. This module merges such
snapshots into one clean profile (:func:`merge_profiles`), tells what changed
(:func:`diff_profiles`), flags records that are probably not the owner's own work
(:func:`suspect_publications`) and, on request, puts the owner back into author
lists the page left them out of (:func:`include_owner`)::

    >>> from pubrecords import Person, Profile, Publication, diff_profiles
    >>> old = Profile(person=Person(given="Ada", family="Lovelace"), roles=("Member",))
    >>> new = Profile(person=Person(given="Ada", family="Lovelace"), roles=("Member", "Chair"))
    >>> diff_profiles(old, new).roles_added
    ('Chair',)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
from rapidfuzz import fuzz
from unidecode import unidecode

from .clean import clean_profile
from .dedup import deduplicate, find_duplicates
from .errors import InputError
from .model import Kind, Person, Profile, Publication, Repair, Source
from .names import family_key, parse_name, same_person
from .progress import ProgressCallback, report

__all__ = [
    "FieldChange",
    "ProfileDiff",
    "PublicationChange",
    "Suspect",
    "diff_profiles",
    "include_owner",
    "merge_profiles",
    "suspect_publications",
]

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


# --------------------------------------------------------------------------------------------
# merge_profiles
# --------------------------------------------------------------------------------------------


def _stamp(pub: Publication, label: str, source: Source | None) -> Publication:
    """Make sure every provenance entry of ``pub`` names its snapshot."""
    if not pub.provenance:
        origin = source.origin if source is not None else "profile"
        path = source.path if source is not None else None
        return attrs.evolve(pub, provenance=(Source(origin=origin, path=path, snapshot=label),))
    if all(s.snapshot for s in pub.provenance):
        return pub
    prov = tuple(s if s.snapshot else attrs.evolve(s, snapshot=label) for s in pub.provenance)
    return attrs.evolve(pub, provenance=prov)


def _check_same_owner(profiles: Sequence[Profile]) -> None:
    newest = profiles[-1].person
    for p in profiles[:-1]:
        a, b = p.person, newest
        if not (a.family or a.literal) or not (b.family or b.literal):
            continue
        if family_key(a) != family_key(b) and not same_person(a, b):
            raise InputError(
                f"cannot merge profiles of different people: {a!s} and {b!s} "
                "(merge_profiles expects snapshots of one person's page)"
            )


def merge_profiles(
    *profiles: Profile,
    progress: ProgressCallback | None = None,
    deduplicate_records: bool = True,
) -> Profile:
    """Merge snapshots of one person's profile (oldest first) into one clean profile.

    Roles, positions, topics and affiliations are united in the newest snapshot's
    order (items only older snapshots list come after); the biography and students
    come from the newest snapshot (the newest one that has a biography); every
    snapshot's publications are cleaned and de-duplicated together: identical and
    variant records are merged, versions of one work are kept and linked. Every
    record's provenance names the snapshot it came from, and the merged profile's
    ``source`` names all of them. With ``deduplicate_records=False`` the records of all
    snapshots are kept side by side (cleaned, newest snapshot first).

    Raises :class:`~pubrecords.InputError` when no profile is given or the
    snapshots are of different people.

    Example:
        >>> from pubrecords import Person, Profile, merge_profiles
        >>> me = Person(given="Ada", family="Lovelace")
        >>> old = Profile(person=me, roles=("Member",), topics=("Engines",))
        >>> new = Profile(person=me, roles=("Chair", "Member"))
        >>> merged = merge_profiles(old, new)
        >>> merged.roles, merged.topics
        (('Chair', 'Member'), ('Engines',))
    """
    if not profiles:
        raise InputError("merge_profiles needs at least one profile")
    for p in profiles:
        if not isinstance(p, Profile):
            raise TypeError(f"merge_profiles expects Profile objects, not {type(p).__name__}")
    _check_same_owner(profiles)
    labels = _snapshot_labels(profiles)
    cleaned: list[Profile] = []
    for i, p in enumerate(profiles):
        c: Profile = clean_profile(p)
        pubs = tuple(_stamp(pub, labels[i], p.source) for pub in c.publications)
        cleaned.append(attrs.evolve(c, publications=pubs))
        report(progress, "profiles:clean", i + 1, len(profiles))
    newest = cleaned[-1]
    # Newest snapshot's records first, so the merged list follows the newest page.
    ordered = [pub for c in reversed(cleaned) for pub in c.publications]
    merged_pubs: list[Publication] = (
        list(deduplicate(ordered, progress=progress)) if deduplicate_records else ordered
    )
    biography = next((c.biography for c in reversed(cleaned) if c.biography), ())
    newest_src = profiles[-1].source
    if len(profiles) > 1:
        source: Source | None = Source(
            origin=newest_src.origin if newest_src is not None else "profile",
            path=newest_src.path if newest_src is not None else None,
            snapshot=labels[-1],
            detail=f"merged from {len(profiles)} snapshots, oldest first: " + ", ".join(labels),
        )
    else:
        source = newest.source
    return Profile(
        person=newest.person,
        roles=_union_newest_first([c.roles for c in cleaned]),
        positions=_union_newest_first([c.positions for c in cleaned]),
        affiliations=_union_newest_first([c.affiliations for c in cleaned]),
        topics=_union_newest_first([c.topics for c in cleaned]),
        biography=biography,
        students=newest.students,
        publications=tuple(merged_pubs),
        source=source,
        owner_omitted_from_authors=any(c.owner_omitted_from_authors for c in cleaned),
    )


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


# --------------------------------------------------------------------------------------------
# suspect_publications
# --------------------------------------------------------------------------------------------


@attrs.frozen
class Suspect:
    """A record that is probably not the profile owner's own work.

    ``publication`` is the profile's own record (the same object), ``reason`` a
    sentence for a person, ``level`` "strong" or "weak", ``code`` one of
    "book-review", "unrelated", "unverifiable" (the strongest reason; a record with
    several reasons is listed once, ``reason`` naming them all), ``score`` the
    subject similarity to the rest of the profile where that was measured.
    """

    publication: Publication
    reason: str
    level: str
    code: str
    score: float | None = None

    @property
    def strong(self) -> bool:
        """True for a strong suspect."""
        return self.level == "strong"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict (the publication summarised)."""
        out: dict[str, Any] = {
            "title": self.publication.title,
            "level": self.level,
            "code": self.code,
            "reason": self.reason,
        }
        if self.score is not None:
            out["score"] = round(self.score, 4)
        out["sources"] = [str(s) for s in self.publication.provenance]
        return out


_WORD = re.compile(r"[a-z0-9]+")

_STOPWORD_TEXT = """
    a about above across after again against all almost along also although always am among an
    and another any are around as at be became because been before being below between both but
    by can could did do does doing done down due during each either else enough especially etc
    even ever every few for from further had has have having he her here hers herself him himself
    his how however i if in into is it its itself just least less like made make makes many may
    me might more most much must my near neither no nor not now of off often on once one only or
    other others otherwise our ours ourselves out over own per perhaps rather same several she
    should since so some such than that the their theirs them themselves then there therefore
    these they this those though through thus to too toward towards under until up upon us use
    used uses using very via was we well were what when where whether which while who whom whose
    why will with within without would yet you your yours
    paper papers article study studies work works result results show shows shown present
    presents propose proposes proposed approach approaches method methods new novel based find
    findings found provide provides first second third two three four five one several various
    review see et al introduction toward
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 6 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 5 and word.endswith("ed"):
        word = word[:-2]
    return word


def _tokens(text: str, surface: dict[str, str] | None = None) -> list[str]:
    out: list[str] = []
    for m in _WORD.finditer(_fold(text)):
        w = m.group()
        if len(w) < 3 or w in _STOPWORDS or w.isdigit():
            continue
        s = _stem(w)
        if surface is not None and s not in surface:
            surface[s] = w
        out.append(s)
    return out


_REVIEW_SUFFIX = re.compile(r"\(\s*(?:book\s+)?review\s*\)\s*$", re.IGNORECASE)
_REVIEW_PREFIX = re.compile(r"^\s*(?:book\s+review\s*[:.-]|review\s+of\s)", re.IGNORECASE)
_NAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)


def _reviewed_authors(title: str) -> tuple[bool, list[Person]]:
    """(is a book review, the reviewed book's authors if the title names them)."""
    m = _REVIEW_SUFFIX.search(title)
    if m is None:
        if _REVIEW_PREFIX.match(title):
            head = title
        else:
            return False, []
    else:
        head = title[: m.start()]
    cut = head.lower().rfind(" by ")
    if cut < 0:
        return True, []
    names_text = head[cut + 4 :].strip().rstrip(".,;")
    people: list[Person] = []
    for piece in _NAME_SEP.split(names_text):
        piece = piece.strip()
        if piece and len(piece) <= 80 and any(ch.isalpha() for ch in piece):
            people.append(parse_name(piece, "text"))
    return True, people


def _review_title_text(title: str) -> str:
    """A review's title without the "by X and Y (review)" tail (the subject words)."""
    m = _REVIEW_SUFFIX.search(title)
    head = title[: m.start()] if m else title
    cut = head.lower().rfind(" by ")
    return head[:cut] if cut >= 0 else head


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _given_token(person: Person) -> str:
    first = _fold(person.given).replace(".", " ").replace("-", " ").split()
    return first[0] if first else ""


def _coauthor_components(
    pubs: Sequence[Publication], owner: Person
) -> tuple[_UnionFind, list[list[Person]]]:
    """Union records that share a co-author (owner excluded; names compared with care).

    Names are grouped by family name and first initial; within a group, full first
    names must agree, and an initial-only name ("J. Smith") joins the group only
    when just one full first name goes with it.
    """
    uf = _UnionFind(len(pubs))
    coauthors: list[list[Person]] = []
    postings: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i, pub in enumerate(pubs):
        mine: list[Person] = []
        for person in pub.authors:
            if _is_owner(person, owner):
                continue
            mine.append(person)
            if person.literal and not person.family:
                key = ("lit:" + _norm(_fold(person.literal)), "")
                given = ""
            else:
                fam = family_key(person)
                if not fam:
                    continue
                given = _given_token(person)
                key = (fam, given[:1])
            postings.setdefault(key, {}).setdefault(given, []).append(i)
        coauthors.append(mine)
    for by_given in postings.values():
        full = [g for g in by_given if len(g) > 1]
        for recs in by_given.values():
            for r in recs[1:]:
                uf.union(recs[0], r)
        if len(full) == 1:
            initial_only = [g for g in by_given if len(g) <= 1]
            for g in initial_only:
                uf.union(by_given[g][0], by_given[full[0]][0])
    return uf, coauthors


Vector = dict[str, float]


def _dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _add(into: Vector, v: Vector, scale: float = 1.0) -> None:
    for t, w in v.items():
        into[t] = into.get(t, 0.0) + scale * w


# How a group of records is judged against the owner's body of work (see _unrelated).
_COVERED_BELOW = 0.5  # share of recurring vocabulary found in the body, for a large body
_JOINS_BODY = 0.65  # a group this well covered joins the body before the second pass
_FULL_BODY = 40  # body size (records) at which _COVERED_BELOW applies in full
_FLOOR = 0.05  # the threshold for the smallest bodies: practically nothing shared
_MIN_RECURRING = 4  # recurring words a group needs to be judged at all
_NOVEL_ABOVE = 0.85  # share of a lone group's vocabulary that no other record uses
_MIN_NOVEL_WORDS = 8  # words a lone group needs for that test


@attrs.frozen
class _Unrelated:
    score: float
    reason: str
    level: str


def _record_words(pub: Publication, surface: dict[str, str]) -> Counter[str]:
    title = pub.title
    if _reviewed_authors(title)[0]:
        title = _review_title_text(title)
    words: Counter[str] = Counter()
    for t in _tokens(title, surface):
        words[t] += 2
    abstract = _abstract(pub)
    if abstract:
        words.update(_tokens(abstract, surface))
    if pub.venue:
        words.update(_tokens(pub.venue, surface))
    return words


def _unrelated(profile: Profile, pubs: Sequence[Publication]) -> dict[int, _Unrelated]:
    """Records whose co-authors and subject share nothing with the owner's body of work.

    1. Co-authors: records are grouped by shared co-authors (owner excluded). The
       largest group is the owner's core, never suspect; a record in it shares
       co-authors with the rest.
    2. Subject: the body of work is the core plus the profile's topics and biography.
       Each other group is scored by the share of its *recurring* vocabulary (words
       that occur in at least two distinct records of the profile; words one record
       alone uses say nothing either way) that the body also uses, each word weighted
       by idf² so that words every field uses count little. Groups well covered join
       the body; the rest are scored again against the enlarged body.
    3. A group whose score stays below the threshold is a suspect. The threshold is
       scaled down for small bodies of work (little evidence), to a floor where only a
       group sharing practically nothing is flagged.
    4. In a large profile, a lone group too small to judge by recurring words is a
       suspect when almost all of its vocabulary (idf²-weighted) is used by no other
       record at all.
    """
    n = len(pubs)
    if n < 2:
        return {}
    surface: dict[str, str] = {}
    counts = [_record_words(pub, surface) for pub in pubs]
    # Document frequency over distinct records (a record listed three times counts once).
    by_title: dict[str, set[str]] = {}
    for pub, c in zip(pubs, counts, strict=True):
        by_title.setdefault(_norm(pub.title), set()).update(c)
    df: Counter[str] = Counter()
    for words in by_title.values():
        df.update(words)
    n_distinct = len(by_title)
    idf2 = {t: math.log((n_distinct + 1) / (d + 0.5)) ** 2 for t, d in df.items()}
    weight = {t: w for t, w in idf2.items() if df[t] >= 2}

    uf, coauthors = _coauthor_components(pubs, profile.person)
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(uf.find(i), []).append(i)
    groups = sorted(comps.values(), key=lambda g: (-len(g), g[0]))
    body_words: set[str] = set()
    for topic in profile.topics:
        body_words.update(_tokens(topic))
    for para in profile.biography:
        body_words.update(_tokens(para))
    body_size = 0
    if len(groups[0]) > 1:
        core = groups.pop(0)
        body_size = len(core)
        for i in core:
            body_words.update(counts[i])
    group_words: list[Counter[str]] = []
    for g in groups:
        gw: Counter[str] = Counter()
        for i in g:
            gw.update(counts[i])
        group_words.append(gw)
    judged = [
        k for k, gw in enumerate(group_words) if sum(1 for t in gw if t in weight) >= _MIN_RECURRING
    ]

    def coverage(k: int) -> float:
        total = hit = 0.0
        for t, tf in group_words[k].items():
            w = weight.get(t)
            if w is None:
                continue
            w *= 1 + math.log(tf)
            total += w
            if t in body_words:
                hit += w
        return hit / total if total else 1.0

    scores = {k: coverage(k) for k in judged}
    joined = [k for k, sc in scores.items() if sc >= _JOINS_BODY]
    for k in joined:
        body_words.update(group_words[k])
        body_size += len(groups[k])
    scores = {k: coverage(k) for k in judged if k not in joined}
    threshold = max(_FLOOR, _COVERED_BELOW * min(1.0, body_size / _FULL_BODY))
    # A lone record whose vocabulary occurs nowhere else in a large profile: its words say
    # nothing through coverage (each is used once), but that itself is the signal.
    novel: dict[int, float] = {}
    if body_size >= _FULL_BODY:
        for k, gw in enumerate(group_words):
            if k in joined or scores.get(k, 1.0) < threshold or len(gw) < _MIN_NOVEL_WORDS:
                continue
            total = sum(idf2[t] * (1 + math.log(tf)) for t, tf in gw.items())
            unique = sum(idf2[t] * (1 + math.log(tf)) for t, tf in gw.items() if df[t] == 1)
            if total and unique / total >= _NOVEL_ABOVE:
                novel[k] = 1 - unique / total
    out: dict[int, _Unrelated] = {}
    for k, score in sorted({**scores, **novel}.items()):
        if score >= threshold and k not in novel:
            continue
        group = groups[k]
        names = {str(p) for i in group for p in coauthors[i]}
        distinctive = sorted(
            (t for t in group_words[k] if t not in body_words),
            key=lambda t: (-idf2[t] * group_words[k][t], t),
        )
        sample = ", ".join(surface.get(t, t) for t in distinctive[:4])
        if not names:
            who = "no co-author links it to the rest of the profile"
        elif len(group) == 1:
            who = f"its co-authors ({_names(sorted(names), 3)}) appear in no other record"
        else:
            who = (
                f"it is one of {len(group)} records whose co-authors "
                f"({_names(sorted(names), 3)}) appear nowhere else in the profile"
            )
        reason = (
            f"{who}, and its subject ({sample}) shares almost nothing with the rest "
            f"({score:.0%} of its recurring vocabulary is found in the owner's other work)"
            if k not in novel
            else f"{who}, and its vocabulary ({sample}) occurs nowhere else in the profile"
        )
        has_abstract = any(_abstract(pubs[i]) for i in group)
        # Strong only with an abstract to go by and a body of work large enough to judge.
        level = "strong" if has_abstract and body_size >= _FULL_BODY else "weak"
        if level == "weak":
            reason += (
                "; little text to judge"
                if not has_abstract
                else "; the rest of the profile is small, so this is a weak signal"
            )
        for i in group:
            out[i] = _Unrelated(score, reason, level)
    return out


def suspect_publications(profile: Profile, *, strong_only: bool = False) -> list[Suspect]:
    """Records of ``profile`` that are probably not the owner's own work (flags only).

    Three reasons, from strongest:

    - a review of someone else's book (a title "… by X and Y (review)", or kind
      book-review) — strong, unless the owner is named as its author or as the
      reviewed book's author (then weak);
    - a record whose co-authors and subject share nothing with the rest of the
      profile (co-author links, then title/abstract vocabulary against the other
      records and the profile's topics and biography; a new collaborator on an
      on-topic paper is not suspect) — strong, or weak where there is little text;
    - no authors, no abstract and no identifier: unverifiable — weak.

    The returned suspects hold the profile's own :class:`Publication` objects, in
    profile order; nothing is removed. ``strong_only`` leaves out weak suspects.

    Example:
        >>> from pubrecords import Person, Profile, Publication, suspect_publications
        >>> me = Person(given="Ada", family="Lovelace")
        >>> review = Publication(title="Engines of Old by Jane Roe (review)")
        >>> [s.code for s in suspect_publications(Profile(person=me, publications=[review]))]
        ['book-review']
    """
    pubs = list(profile.publications)
    owner = profile.person
    unrelated = _unrelated(profile, pubs)
    out: list[Suspect] = []
    for i, pub in enumerate(pubs):
        found: list[_Reason] = []
        score: float | None = None
        is_review, reviewed = _reviewed_authors(pub.title)
        if is_review or pub.kind is Kind.BOOK_REVIEW:
            found.append(_review_reason(pub, reviewed, owner))
        if i in unrelated:
            u = unrelated[i]
            score = u.score
            found.append(
                _Reason(u.level, "unrelated", u.reason, "its subject shares nothing with the rest")
            )
        if not pub.authors and not _abstract(pub) and not (pub.doi or pub.arxiv_id or pub.url):
            note = (
                " (this source leaves the owner out of author lists, so it may be a solo work)"
                if profile.owner_omitted_from_authors
                else ""
            )
            found.append(
                _Reason(
                    "weak",
                    "unverifiable",
                    f"no authors and no abstract: unverifiable{note}",
                    "no authors and no abstract",
                )
            )
        if not found:
            continue
        found.sort(key=lambda r: r.level != "strong")  # stable: strong reasons first
        level = found[0].level
        if strong_only and level != "strong":
            continue
        text = found[0].text
        if len(found) > 1:
            text += "; also " + "; ".join(r.short for r in found[1:])
        out.append(Suspect(pub, text[:1].upper() + text[1:], level, found[0].code, score))
    return out


@attrs.frozen
class _Reason:
    level: str
    code: str
    text: str
    short: str


def _review_reason(pub: Publication, reviewed: Sequence[Person], owner: Person) -> _Reason:
    short = "a book review"
    if any(_is_owner(a, owner) for a in reviewed):
        return _Reason("weak", "book-review", "a review of the owner's own book", short)
    if any(_is_owner(a, owner) for a in pub.authors):
        return _Reason(
            "weak", "book-review", "a book review by the owner, not research output", short
        )
    if reviewed:
        return _Reason(
            "strong",
            "book-review",
            f"a review of someone else's book (by {_names(reviewed)})",
            short,
        )
    return _Reason("weak", "book-review", "a book review, not research output", short)


# --------------------------------------------------------------------------------------------
# include_owner
# --------------------------------------------------------------------------------------------

# Provenance origins of records read from files; anything else came from an online source.
_FILE_ORIGINS = frozenset(
    {"profile-page", "profile", "table", "jsonl", "bibtex", "csl-json", "pubrecords-json", "merged"}
)


def _complete_from_source(pub: Publication) -> bool:
    """True where the author list was completed from an authoritative (online) source."""
    if not pub.authors_complete:
        return False
    online = any(s.origin not in _FILE_ORIGINS for s in pub.provenance)
    completed = any(r.field == "authors" and "complet" in r.action for r in pub.repairs)
    return online and completed


def _owner_person(profile: Profile) -> Person:
    person = profile.person
    if person.family or not person.literal:
        return person
    return parse_name(person.literal, "text")


def include_owner(profile: Profile) -> Profile:
    """Put the profile's owner back into author lists the source left them out of.

    Only for profiles whose source is known to leave the owner out
    (``owner_omitted_from_authors``); otherwise the profile is returned unchanged.
    A record whose list already names the owner, or whose list was completed from
    an authoritative source (the true list, with the owner at their true place),
    is left alone. Elsewhere the owner's true position is unknown: the owner is
    appended and the list stays marked incomplete (other people may be missing
    too). Every change is recorded as a :class:`~pubrecords.Repair`.

    Example:
        >>> from pubrecords import Person, Profile, Publication, include_owner
        >>> me = Person(given="Ada", family="Lovelace")
        >>> pub = Publication(title="Notes", authors=[Person(given="Charles", family="Babbage")])
        >>> out = include_owner(Profile(person=me, publications=[pub],
        ...                             owner_omitted_from_authors=True))
        >>> [str(a) for a in out.publications[0].authors], out.publications[0].authors_complete
        (['Charles Babbage', 'Ada Lovelace'], False)
    """
    if not profile.owner_omitted_from_authors:
        return profile
    owner = _owner_person(profile)
    if not (owner.family or owner.literal):
        return profile
    pubs: list[Publication] = []
    for pub in profile.publications:
        if any(_is_owner(a, owner) for a in pub.authors) or _complete_from_source(pub):
            pubs.append(pub)
            continue
        before = "; ".join(str(a) for a in pub.authors)
        authors = (*pub.authors, owner)
        repair = Repair(
            field="authors",
            action="owner-appended",
            before=before,
            after="; ".join(str(a) for a in authors),
            reason="the source leaves the profile owner out of author lists; the owner's "
            "position is unknown, so they are appended and the list is kept marked incomplete",
        )
        pubs.append(
            attrs.evolve(
                pub,
                authors=authors,
                authors_complete=False,
                repairs=(*pub.repairs, repair),
            )
        )
    return attrs.evolve(profile, publications=tuple(pubs), owner_omitted_from_authors=False)
