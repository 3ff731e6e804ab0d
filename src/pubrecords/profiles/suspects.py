"""Finding records that do not belong on a profile (a namesake's work, a review of someone else's book)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import attrs

from ..model import Kind, Person, Profile, Publication
from ..names import family_key, parse_name
from .common import _abstract, _fold, _is_owner, _names, _norm

__all__ = ["Suspect", "suspect_publications"]


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
