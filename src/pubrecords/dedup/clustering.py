"""Clustering accepted links with a union-find that refuses to join clusters that disagree."""

from __future__ import annotations

from .features import _Features
from .scoring import _one_page_range, _title_similarity, _veto

# ----------------------------------------------------------------------------- clustering


class _Clusters:
    """Union-find over record indices that refuses to join clusters when any pair across
    them is vetoed (complete linkage on vetoes), so chains cannot glue different works."""

    #: Above this many cross pairs, only a sample of each cluster is checked.
    CHECK_LIMIT = 64

    def __init__(
        self,
        feats: _Features,
        *,
        tolerance: int,
        versions: bool,
        apart: set[tuple[int, int]] | None = None,
    ) -> None:
        self.feats = feats
        self.apart = apart or set()
        self.tolerance = tolerance
        self.versions = versions
        self.parent: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int, *, strong: bool = True, force: bool = False) -> bool:
        """Join the clusters of ``a`` and ``b`` unless a pair across them is vetoed; two
        clusters of several records each are joined only by a ``strong`` link (two
        similar-looking works, each recorded twice, stay apart). ``force`` (a person's
        decision) skips the rule; pairs decided apart (``apart``) are never joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma = self.members.get(ra) or [ra]
        mb = self.members.get(rb) or [rb]
        if self.apart and any(((x, y) if x < y else (y, x)) in self.apart for x in ma for y in mb):
            return False
        if force:
            return self._join(ra, rb, ma, mb)
        if not strong and len(ma) > 1 and len(mb) > 1:
            return False
        feats, tol, versions = self.feats, self.tolerance, self.versions
        if len(ma) > 1 and len(mb) > 1 and _markers_split(feats.markers, ma, mb):
            return False
        sa = ma if len(ma) <= self.CHECK_LIMIT else ma[: self.CHECK_LIMIT]
        sb = mb if len(mb) <= self.CHECK_LIMIT else mb[: self.CHECK_LIMIT]
        for x in sa:
            for y in sb:
                if _veto(feats, x, y, tol, versions):
                    return False
        if (
            len(ma) + len(mb) > 2
            and not versions
            and _title_similarity(feats.title[ma[0]], feats.title[mb[0]]) < 0.7
            and not (
                feats.title[ma[0]] and feats.title[mb[0]] and _one_page_range(feats, ma[0], mb[0])
            )
        ):
            # chain guard: the clusters' first records must still look alike, or sit on
            # one page range of one volume (one article under titles in two languages)
            return False
        return self._join(ra, rb, ma, mb)

    def _join(self, ra: int, rb: int, ma: list[int], mb: list[int]) -> bool:
        if len(ma) < len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        self.parent[rb] = ra
        self.parent.setdefault(ra, ra)
        merged = ma if ra in self.members else list(ma)
        merged.extend(mb)
        self.members[ra] = merged
        self.members.pop(rb, None)
        return True

    def groups(self) -> dict[int, list[int]]:
        return {r: sorted(m) for r, m in self.members.items() if len(m) > 1}


def _markers_split(markers: list[str], ma: list[int], mb: list[int]) -> bool:
    """Two clusters whose records agree, each among themselves, on different markers
    ("(Demo)" in every record of one, in none of the other): two items of one name (a
    paper and the demo of its system), not a marker left out by one record."""
    first_a, first_b = markers[ma[0]], markers[mb[0]]
    if first_a == first_b:
        return False
    return all(markers[x] == first_a for x in ma) and all(markers[y] == first_b for y in mb)
