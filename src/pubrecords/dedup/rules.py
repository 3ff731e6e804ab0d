"""Further vetoes found on researchers' own publication lists (al-folio and Hugo
Academic sites, CV files), kept out of :mod:`.scoring` for its size."""

from __future__ import annotations

import re

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


#: The opening of a title that names what accompanies a work, not the work: "Code for
#: 'Widespread …'", "Data from: …" (Dryad), "Supplementary material for …", "Replication
#: package of …" (titles as :func:`~.features._norm_title` writes them).
_COMPANION = re.compile(
    r"^(?:(?:source |analysis |supporting |accompanying )?(?:code|software|scripts?"
    r"|data(?: ?sets?)?|notebooks?|materials?|figures?|tables?)"
    r"|supplementa(?:l|ry)(?: (?:material|materials|information|data|figures?|tables?"
    r"|files?|methods))?|supporting information|replication (?:package|data|code|files)"
    r"|reproducibility (?:package|materials?))"
    r" (?:and (?:code|data|software|materials?) )?(?:for|from|of|to|accompanying|supporting)"
    r"(?: (?:the )?(?:paper|article|manuscript|publication|preprint|study))? "
)


def companion_of(ta: str, tb: str) -> bool:
    """One title is the other's behind an opening that names code, data or supplements
    for it ("code for widespread redundancy in omics …" / "widespread redundancy in omics
    …"): a companion deposit and the work, two items that share a title, never one."""
    for x, y in ((ta, tb), (tb, ta)):
        m = _COMPANION.match(x)
        if m and y and x[m.end() :] == y and not _COMPANION.match(y):
            return True
    return False
