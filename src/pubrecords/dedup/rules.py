"""Further vetoes found on researchers' own publication lists (al-folio and Hugo
Academic sites, CV files), kept out of :mod:`.scoring` for its size."""

from __future__ import annotations

from .features import _NON_ALNUM, _fold
from .place import _words_match


def acronym_of(word: str, venue: str) -> bool:
    """``word`` spells initials of ``venue``'s words, in order ("ppopp" in "Principles and
    Practice of Parallel Programming")."""
    initials = "".join(w[0] for w in _NON_ALNUM.sub(" ", _fold(venue)).split())
    it = iter(initials)
    return all(ch in it for ch in word)


def meetings_named_apart(ka: str, kb: str, va: str, vb: str) -> bool:
    """Two conference records of different years whose meetings are named by acronyms
    ``ka`` and ``kb`` (of venues ``va`` and ``vb``) that are not one name written two
    ways: two papers, not one ("… Black Sea Conference … (BlackSeaCom), Demonstration
    Session" 2015 / "… Practical Applications of Agents and Multi-Agent Systems (PAAMS)
    Demonstrations Track" 2016 — a demo shown at two meetings; at most versions of one
    work). Venues of one kind share generic words ("International", "Demonstration"), so
    the acronyms decide; "NIPS" / "NeurIPS" and an acronym spelt from the other venue's
    words ("ppopp" in "Principles and Practice of Parallel Programming") agree."""
    if not ka or not kb or ka in kb or kb in ka or _words_match(ka, kb):
        return False
    return not (acronym_of(ka, vb) or acronym_of(kb, va))
