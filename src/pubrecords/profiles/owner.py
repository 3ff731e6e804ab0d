"""Putting the profile owner back into the author lists that left them out."""

from __future__ import annotations

import attrs

from ..model import Person, Profile, Publication, Repair
from ..names import parse_name
from .common import _is_owner

__all__ = ["include_owner"]


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
