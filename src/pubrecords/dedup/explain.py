"""Explaining duplicate groups: labels of records and the evidence of each group."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..model import Person, Publication
from .features import (
    _NON_ALNUM,
    _VENUE_STOP,
    _Features,
    _fold,
    _norm_title,
    _signature,
)
from .groups import DuplicateGroup, Evidence, GroupKind
from .scoring import (
    _abstract_similarity,
    _author_similarity,
    _authors_agree,
    _different_work,
    _is_preprint,
    _numbers_apart,
    _other_publication,
    _place,
    _title_similarity,
    _undecided,
    _venue_conflict,
)

# ----------------------------------------------------------------------------- evidence


def _label(pub: Publication) -> str:
    title = pub.title if len(pub.title) <= 90 else pub.title[:87] + "..."
    bits = [repr(title) if title else "(no title)"]
    if pub.authors:
        first = _display(pub.authors[0])
        more = len(pub.authors) - 1
        bits.append(
            f"{first}" + (f" +{more}" if more else "") + ("" if pub.authors_complete else " …")
        )
    if pub.year is not None:
        bits.append(str(pub.year))
    if pub.venue:
        bits.append(pub.venue if len(pub.venue) <= 40 else pub.venue[:37] + "...")
    where = str(pub.provenance[0]) if pub.provenance else ""
    return " · ".join(bits) + (f"  <{where}>" if where else "")


def _display(person: Person) -> str:
    if person.literal:
        return person.literal
    return " ".join(p for p in (person.given, person.particle, person.family, person.suffix) if p)


def _describe(
    pubs: Sequence[Publication],
    feats: _Features,
    parts: tuple[tuple[int, ...], ...],
    kind: GroupKind | None,
) -> DuplicateGroup:
    members = tuple(sorted(m for part in parts for m in part))
    records = [pubs[m] for m in members]
    if kind is None:
        first = _signature(records[0])
        kind = "identical" if all(_signature(r) == first for r in records[1:]) else "variant"
    evidence: list[Evidence] = []

    # identifiers
    dois = sorted({feats.doi[m] for m in members if feats.doi[m]})
    arxiv = sorted({feats.arxiv[m] for m in members if feats.arxiv[m]})
    id_bits: list[str] = []
    if len(dois) == 1:
        have = sum(1 for m in members if feats.doi[m])
        id_bits.append(f"DOI {dois[0]} ({have} of {len(members)} records)")
    elif dois:
        id_bits.append("different DOIs: " + ", ".join(dois))
    if len(arxiv) == 1:
        id_bits.append(f"arXiv {arxiv[0]}")
    elif arxiv:
        id_bits.append("arXiv ids " + ", ".join(arxiv))
    if id_bits:
        evidence.append(
            Evidence("identifiers", 1.0 if len(dois) <= 1 else None, "; ".join(id_bits))
        )

    # title
    titles = [feats.title[m] for m in members]
    raw = [" ".join(pubs[m].title.split()) for m in members]
    base = Counter(titles).most_common(1)[0][0]
    tsims = [_title_similarity(base, t) for t in titles]
    tmin = min(tsims)
    if kind == "version":
        heads = [
            Counter(" ".join(pubs[m].title.split()) for m in part).most_common(1)[0][0]
            for part in parts
        ]
        detail = "versions titled " + " / ".join(repr(t[:60]) for t in heads)
        if len(parts) == 2:
            tmin = _title_similarity(_norm_title(heads[0]), _norm_title(heads[1]))
    elif len(set(raw)) == 1:
        detail = "identical"
    elif len(set(titles)) == 1:
        detail = "the same up to case, punctuation and accents"
    elif tmin >= 0.9:
        detail = f"nearly the same ({len(set(titles))} spellings)"
    else:
        distinct = list(dict.fromkeys(raw))[:3]
        detail = "different titles: " + " / ".join(repr(t[:60]) for t in distinct)
    evidence.append(Evidence("title", tmin, detail))

    # authors
    fams = [feats.fams[m] for m in members if feats.fams[m]]
    if len(fams) >= 2:
        base_f = max(fams, key=len)
        sims = [_author_similarity(base_f, f) for f in fams]
        amin = min(s for s in sims if s is not None)
        people = [pubs[m].authors for m in members if pubs[m].authors]
        spellings = {tuple(_display(p) for p in a) for a in people}
        counts = sorted({len(f) for f in fams})
        if len(set(fams)) == 1 and len(spellings) == 1:
            adetail = f"the same {len(base_f)} author(s) in the same order"
        elif len(set(fams)) == 1:
            adetail = f"the same {len(base_f)} surname(s) in order; names spelled differently"
        else:
            shared = set(fams[0]).intersection(*map(set, fams[1:]))
            adetail = (
                f"{len(shared)} of {len(set(base_f))} surnames in every record; lists of "
                + "/".join(map(str, counts))
                + " names (some dropped, reordered or misspelled)"
            )
        evidence.append(Evidence("authors", amin, adetail))
    elif fams:
        evidence.append(Evidence("authors", None, "only one record lists authors"))
    else:
        evidence.append(Evidence("authors", None, "no authors listed"))

    # abstract
    with_abs = [pubs[m] for m in members if pubs[m].abstract]
    if len(with_abs) >= 2:
        keys = {" ".join(p.abstract.split()) for p in with_abs if p.abstract}
        sims2 = [_abstract_similarity(with_abs[0], p) for p in with_abs[1:]]
        vals = [s for s in sims2 if s is not None]
        smin = min(vals) if vals else None
        if len(keys) == 1:
            bdetail = "identical"
        elif smin is not None and smin >= 0.9:
            bdetail = "nearly the same (cut or lightly edited)"
        elif smin is not None and smin >= 0.6:
            bdetail = "revised: same opening, different wording"
        else:
            bdetail = "different"
        evidence.append(Evidence("abstract", smin, bdetail))
    elif with_abs:
        evidence.append(Evidence("abstract", None, "only one record has an abstract"))

    # year
    years = [feats.year[m] for m in members if feats.year[m] is not None]
    if years:
        ys = sorted(set(y for y in years if y is not None))
        ydetail = (
            f"{ys[0]} in every dated record" if len(ys) == 1 else "years " + ", ".join(map(str, ys))
        )
        if len(years) < len(members):
            ydetail += f" ({len(members) - len(years)} undated)"
        evidence.append(Evidence("year", 1.0 if len(ys) == 1 else 0.5, ydetail))
    else:
        evidence.append(Evidence("year", None, "no year given"))

    # venue
    venues = [_fold(pubs[m].venue or "") for m in members if pubs[m].venue]
    if len(venues) >= 2:
        words = [
            {w for w in _NON_ALNUM.sub(" ", v).split() if w not in _VENUE_STOP} for v in venues
        ]
        shared_w = set.intersection(*words) if all(words) else set()
        smallest = min((len(w) for w in words if w), default=0)
        vsim = len(shared_w) / smallest if smallest else None
        vdetail = (
            "the same"
            if len(set(venues)) == 1
            else f"{len(set(venues))} spellings"
            + (", sharing " + " ".join(sorted(shared_w)[:5]) if shared_w else "")
        )
        evidence.append(Evidence("venue", vsim, vdetail))

    # place: volume and pages
    places = sorted(
        {
            " ".join(
                bit
                for bit in (
                    f"vol. {pubs[m].volume}" if pubs[m].volume else "",
                    f"no. {pubs[m].issue}" if pubs[m].issue else "",
                    f"pp. {pubs[m].pages}" if pubs[m].pages else "",
                )
                if bit
            )
            for m in members
        }
        - {""}
    )
    if places:
        pdetail = "; ".join(places[:3]) + (" ..." if len(places) > 3 else "")
        evidence.append(Evidence("place", 1.0 if len(places) == 1 else None, pdetail))

    if kind == "version":
        evidence.append(
            Evidence(
                "versions",
                None,
                f"{len(parts)} versions of one work, kept apart and linked to each other",
            )
        )
    evidence.append(Evidence("decided", None, _decision(feats, parts, kind)))

    score = _group_score(evidence)
    return DuplicateGroup(
        members=members,
        kind=kind,
        score=score,
        evidence=tuple(evidence),
        parts=tuple(parts),
        labels=tuple(_label(r) for r in records),
    )


def _decision(feats: _Features, parts: tuple[tuple[int, ...], ...], kind: str) -> str:
    """The field that decided, in words: why a maybe is undecided, why versions are
    apart, what makes a group one publication."""
    if kind == "maybe":
        (i,), (j,) = parts
        tsim = _title_similarity(feats.title[i], feats.title[j])
        why = _undecided(feats, i, j, tsim, _authors_agree(feats, i, j))
        if why is None and (feats.title[i] in feats.recurring or feats.title[j] in feats.recurring):
            why = "a title that recurs (a column, an editorial), extended in one record"
        return "maybe: " + (why or "the evidence is not enough to merge") + "; not merged"
    if kind == "version":
        reasons = dict.fromkeys(
            _apart_reason(feats, a[0], b[0]) for n, a in enumerate(parts) for b in parts[n + 1 :]
        )
        return "not one publication: " + "; ".join(reasons)
    members = [m for part in parts for m in part]
    first = members[0]
    if any(feats.doi[m] and feats.doi[m] == feats.doi[first] for m in members[1:]):
        return "one publication: the same DOI"
    if any(_place(feats, first, m) == "same" for m in members[1:]):
        return "one publication: the same container, volume and pages"
    years = sorted({y for m in members if (y := feats.year[m]) is not None})
    if len({feats.title[m] for m in members}) == 1 and len(years) <= 1:
        return "one publication: the same title, authors and year, nothing that differs"
    what = "the same title" if len({feats.title[m] for m in members}) == 1 else "alike titles"
    when = "the same year" if len(years) <= 1 else "years " + ", ".join(map(str, years))
    return f"one publication: {what}, the same authors, {when}; nothing else that differs"


def _apart_reason(feats: _Features, i: int, j: int) -> str:
    """Why records i and j are not one publication, naming the field."""
    pubs = feats.pubs
    if feats.markers[i] != feats.markers[j]:
        return f"markers differ ({feats.markers[i] or 'none'} / {feats.markers[j] or 'none'})"
    ni, nj = feats.nums[i], feats.nums[j]
    if ni and nj and _numbers_apart(ni, nj):
        return f"numbers in the titles differ ({ni} / {nj})"
    work = _different_work(feats, i, j)
    if work is not None:
        return work
    field = _other_publication(feats, i, j)
    if field == "type":
        return f"entry types differ ({pubs[i].kind} / {pubs[j].kind})"
    if field == "place":
        a, b = pubs[i], pubs[j]
        va, vb = feats.vol[i], feats.vol[j]
        if (va and vb and va != vb) or (feats.volnum[i] and feats.volnum[j]):
            return f"volumes differ ({a.volume} / {b.volume})"
        if feats.pages[i] and feats.pages[j]:
            return f"pages differ ({a.pages} / {b.pages})"
        return f"issues differ ({a.issue} / {b.issue})"
    if field == "url":
        return f"URLs differ ({feats.url[i]} / {feats.url[j]})"
    if field == "number":
        return f"report numbers differ ({pubs[i].issue} / {pubs[j].issue})"
    if field == "container":
        if feats.xref[i] and feats.xref[j] and feats.xref[i] != feats.xref[j]:
            return f"crossref parents differ ({feats.xref[i]} / {feats.xref[j]})"
        return f"containers differ ({pubs[i].venue!r} / {pubs[j].venue!r})"
    if feats.doi[i] and feats.doi[j] and feats.doi[i] != feats.doi[j]:
        return f"DOIs differ ({feats.doi[i]} / {feats.doi[j]})"
    if _is_preprint(feats, i) != _is_preprint(feats, j):
        return "a preprint and a publication"
    if _venue_conflict(feats.venue[i], feats.venue[j]):
        return "a journal article and a paper elsewhere"
    yi, yj = feats.year[i], feats.year[j]
    if yi is not None and yj is not None and yi != yj:
        return f"years differ ({yi} / {yj})"
    return "titles or authors differ too much for one record"


def _group_score(evidence: Iterable[Evidence]) -> float:
    weights = {"identifiers": 2.0, "title": 3.0, "authors": 2.0, "abstract": 1.5, "year": 0.5}
    total = weight = 0.0
    for e in evidence:
        w = weights.get(e.aspect)
        if w and e.similarity is not None:
            total += w * e.similarity
            weight += w
    return round(total / weight, 3) if weight else 0.0
