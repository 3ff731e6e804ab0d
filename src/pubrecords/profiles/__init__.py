"""Profiles: merging snapshots, what changed between them, records that don't belong.

Takes :class:`~pubrecords.Profile` values (read by :mod:`pubrecords.formats.profile_page`);
gives merged profiles, diffs and suspects. Modules: ``merge``, ``diff``, ``suspects``,
``owner``, and ``common`` for their shared helpers. Sits above cleaning and dedup, which it uses.

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

from .diff import FieldChange, ProfileDiff, PublicationChange, diff_profiles
from .merge import merge_profiles
from .owner import include_owner
from .suspects import Suspect, suspect_publications

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
