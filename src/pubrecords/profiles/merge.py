"""Merging snapshots of one profile page into one profile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import attrs

from ..clean import clean_profile
from ..dedup import deduplicate
from ..errors import InputError
from ..model import Profile, Publication, Source
from ..names import family_key, same_person
from ..progress import ProgressCallback, report
from .common import _snapshot_labels, _union_newest_first

__all__ = ["merge_profiles"]


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
    decisions: Mapping[tuple[str, str], str] | None = None,
    merge: Literal["identical", "variant"] = "variant",
) -> Profile:
    """Merge snapshots of one person's profile (oldest first) into one clean profile.

    Roles, positions, topics and affiliations are united in the newest snapshot's
    order (items only older snapshots list come after); the biography and students
    come from the newest snapshot (the newest one that has a biography); every
    snapshot's publications are cleaned and de-duplicated together: identical and
    variant records are merged, versions of one work are kept and linked. Every
    record's provenance names the snapshot it came from, and the merged profile's
    ``source`` names all of them. With ``deduplicate_records=False`` the records of all
    snapshots are kept side by side (cleaned, newest snapshot first); ``decisions``
    and ``merge`` are passed on to :func:`~pubrecords.deduplicate`.

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
        list(deduplicate(ordered, progress=progress, decisions=decisions, merge=merge))
        if deduplicate_records
        else ordered
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
