"""Comparing one candidate pair: title, author, venue and abstract similarity, and the vetoes that keep different works apart."""

from __future__ import annotations

import html
import re
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..model import Kind, Person, Publication
from ..names.match import _lost_match
from .features import (
    _NON_ALNUM,
    _NON_ALPHA,
    _STOPWORDS,
    _VENUE_STOP,
    MIN_AUTHORS,
    ORDINAL_WORDS,
    VERSION_YEAR_TOLERANCE,
    YEAR_TOLERANCE,
    _content_words,
    _family,
    _Features,
    _fold,
    _is_preprint_doi,
    _signature,
    venue_is_host,
)
from .place import Place, _words_match, compare_places, containers_agree, same_meeting
from .rules import acronym_of as _acronym_of
from .rules import companion_of, meetings_named_apart

# ----------------------------------------------------------------------------- comparison


def _content_key(title: str) -> str:
    """The title's content words, in order (the pre-filter compares these)."""
    return " ".join([w for w in title.split() if w not in _STOPWORDS and len(w) > 1]) or title


def _content_sequence(title: str) -> list[str]:
    return [w for w in title.split() if w not in _STOPWORDS and len(w) > 1]


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _title_similarity(ta: str, tb: str, token_set: float | None = None) -> float:
    """Similarity of two normalised titles in [0, 1], robust to spacing, word order and
    to junk around the title (when the shorter title is itself substantial)."""
    if ta == tb:
        return 1.0 if ta else 0.0
    if not ta or not tb:
        return 0.0
    ca, cb = ta.replace(" ", ""), tb.replace(" ", "")
    if ca == cb:
        return 0.99
    best = max(fuzz.ratio(ca, cb), fuzz.token_sort_ratio(ta, tb))
    if best < 97:
        if token_set is None:
            token_set = fuzz.token_set_ratio(ta, tb)
        if token_set > best:
            # one title inside the other (junk around it, a subtitle dropped): trusted
            # only when the shorter title is substantial and wholly contained
            wa, wb = _content_words(ta), _content_words(tb)
            short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
            if short and short <= long_:
                coverage = len(short) / len(long_)
                if len(short) >= 4 or (len(short) >= 2 and coverage >= 0.6):
                    best = max(best, token_set * (0.85 + 0.15 * coverage))
    return best / 100.0


def _surname_match(a: str, b: str) -> bool:
    """Equal surnames, or one typo apart (same initial; three letters or more)."""
    if a == b:
        return True
    if "?" in a or "?" in b:
        return _lost_match(a, b) if "?" in a else _lost_match(b, a)
    if len(a) < 3 or len(b) < 3 or a[0] != b[0]:
        return False
    if min(len(a), len(b)) < 5:
        return Levenshtein.distance(a, b, score_cutoff=1) <= 1
    return fuzz.ratio(a, b) >= 80


def _author_similarity(fa: tuple[str, ...], fb: tuple[str, ...]) -> float | None:
    """Overlap coefficient of surname lists (fuzzy on typos); None if either is empty."""
    if not fa or not fb:
        return None
    if fa == fb:
        return 1.0
    sa, sb = set(fa), set(fb)
    small, large = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    hits = 0
    for name in small:
        if name in large or any(_surname_match(name, other) for other in large):
            hits += 1
    return hits / len(small)


def _name_words(feats: _Features, i: int) -> list[set[str]]:
    """Each author's name words (3+ letters), for lists whose names were split oddly."""
    found = feats.words.get(i)
    if found is not None:
        return found
    out = []
    for person in feats.pubs[i].authors:
        text = " ".join((person.given, person.particle, person.family, person.literal))
        if "&" in text:
            text = html.unescape(text)
        words = {w for w in _NON_ALPHA.sub(" ", _fold(text)).split() if len(w) >= 3}
        if words:
            out.append(words)
    feats.words[i] = out
    return out


def _people_similarity(feats: _Features, i: int, j: int) -> float | None:
    """Share of the shorter author list whose people share a name word with someone in
    the other list (robust to given and family names swapped or split wrongly)."""
    wa, wb = _name_words(feats, i), _name_words(feats, j)
    if not wa or not wb:
        return None
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    pool = set().union(*large)
    return sum(1 for words in small if words & pool) / len(small)


def _initials(person: Person) -> tuple[str, str, bool]:
    """The first letters of a person's family and given names, and whether the given name
    is written as initials only ("C.", "S. D.", "RK")."""
    words = person.given.replace(".", " ").replace("-", " ").split()
    only = bool(words) and all(len(w) == 1 or (len(w) <= 3 and w.isupper()) for w in words)
    return _fold(person.family)[:1], _fold(person.given)[:1], only


def _swapped_similarity(feats: _Features, i: int, j: int) -> float | None:
    """Share of the shorter author list whose person, at the same position, has the same
    surname or the other record's names swapped ("Sabyasachi C" / "S. Choudhury": one
    database wrote the given name as the family name): the order of the list is kept."""
    a, b = feats.pubs[i].authors, feats.pubs[j].authors
    if not a or not b:
        return None
    hits = 0
    for x, y in zip(a, b, strict=False):
        fx, fy = _family(x), _family(y)
        if fx and fy and _surname_match(fx, fy):
            hits += 1
            continue
        (xf, xg, x_initials), (yf, yg, y_initials) = _initials(x), _initials(y)
        if xf and xg and yf and yg and xf == yg and yf == xg and (x_initials or y_initials):
            hits += 1
    return hits / min(len(a), len(b))


def _authors_agree(feats: _Features, i: int, j: int) -> float | None:
    """Author similarity of two records: surnames first; name words, and names swapped at
    the same position in the lists, as fallbacks."""
    sim = _author_similarity(feats.fams[i], feats.fams[j])
    if sim is not None and sim < MIN_AUTHORS:
        other = _people_similarity(feats, i, j)
        if other is not None:
            sim = max(sim, 0.9 * other)
        if sim < MIN_AUTHORS:
            swapped = _swapped_similarity(feats, i, j)
            if swapped is not None:
                sim = max(sim, 0.9 * swapped)
    return sim


def _abstract_key(pub: Publication) -> str:
    if not pub.abstract:
        return ""
    text = _fold(pub.abstract)
    cut = text.find("(see more)")
    if cut >= 0:
        text = text[:cut]
    return " ".join(_NON_ALNUM.sub(" ", text).split())[:400]


def _abstract_similarity(a: Publication, b: Publication) -> float | None:
    ka, kb = _abstract_key(a), _abstract_key(b)
    if len(ka) < 40 or len(kb) < 40:
        return None
    m = min(len(ka), len(kb))
    return fuzz.ratio(ka[:m], kb[:m]) / 100.0


_MATCH = 1
_VERSION = 2
_AMBIGUOUS = 3  # a match under a title that does not identify the work: kept if unique
_MAYBE = 4  # alike, but the evidence cannot decide: shown for review, never merged


def _undecided(feats: _Features, i: int, j: int, tsim: float, asim: float | None) -> str | None:
    """Why the evidence cannot decide whether two alike records are one publication
    (None when it can): a container on one side only; no container on either side and
    titles or authors short of certain; containers that disagree in records whose place
    fields came out of a citation string; titles only nearly alike with one author in
    common."""
    if not feats.title[i] or not feats.title[j]:
        return "a record has no title"
    va, vb = feats.pubs[i].venue, feats.pubs[j].venue
    yi, yj = feats.year[i], feats.year[j]
    certain = tsim >= 0.97 and asim is not None and asim >= 0.8 and yi == yj
    if bool(va) != bool(vb) and not certain:
        return "only one record names its container, and titles, authors or years differ"
    if not va and not vb and not certain:
        return "neither record names its container, and titles, authors or years differ"
    if (
        va
        and vb
        and (feats.vol[i] or feats.vol[j])
        and (feats.loose[i] or feats.loose[j])
        and not containers_agree(va, vb)
    ):
        return "the containers differ, in records whose places do not read cleanly"
    fi, fj = feats.fams[i], feats.fams[j]
    if tsim < 0.95 and asim is not None and min(len(fi), len(fj)) >= 2:
        shared = round(asim * min(len(set(fi)), len(set(fj))))
        if shared <= 1:
            return "titles nearly alike with one author in common"
    return None


def _veto(
    feats: _Features,
    i: int,
    j: int,
    tolerance: int,
    versions: bool,
    asim: float | Literal[False] | None = False,
) -> bool:
    """True when two records cannot be the same publication (nor, with ``versions``,
    versions of one work), whatever else they share."""
    mi, mj = feats.markers[i], feats.markers[j]
    if mi != mj and not _marker_missing(feats, i, j):
        return True  # part / edition / volume / erratum / reply / review differ
    if _parent_and_child(feats, i, j) or _releases_apart(feats.pubs[i], feats.pubs[j]):
        return True  # an entry and its crossref parent; two versions or editions
    ni, nj = feats.nums[i], feats.nums[j]
    if ni != nj and ni and nj and _numbers_apart(ni, nj):
        return True  # "FOCUS 1" and "FOCUS 2": numbered items of a series, sequels
    if _different_work(feats, i, j) is not None:
        return True  # other subtitles, another distinguishing word, other organisations
    fi, fj = feats.fams[i], feats.fams[j]
    if fi and fj and fi != fj:
        sim = _authors_agree(feats, i, j) if asim is False else asim
        if sim is not None and sim < MIN_AUTHORS:
            return True  # (nearly) disjoint authors
    if (
        _venue_conflict(feats.venue[i], feats.venue[j])
        and _place(feats, i, j) != "same"
        and not same_meeting(feats.pubs[i].venue or "", feats.pubs[j].venue or "")
    ):
        return True  # a journal article is not the conference paper of the same title
    if feats.venue[i] == feats.venue[j] == "p" and _venue_names_differ(
        feats.pubs[i].venue, feats.pubs[j].venue
    ):
        return True  # "SIGMOD" and "VLDB": two conferences, two papers
    yi, yj = feats.year[i], feats.year[j]
    if (
        yi is not None
        and yj is not None
        and yi != yj
        and not versions
        and not {feats.tclass[i], feats.tclass[j]}.isdisjoint(_DATED_CLASSES)
    ):
        return True  # a book, proceedings or report of another year is another one
    if yi is not None and yj is not None and yi != yj:
        gap = abs(yi - yj)
        if gap > tolerance:
            return True
        if gap > YEAR_TOLERANCE and not _stage_differs(feats, i, j):
            return True  # only a preprint may precede its publication by more
        ti, tj = feats.title[i], feats.title[j]
        if (_short_title(ti) or _short_title(tj)) and _place(feats, i, j) != "same":
            return True  # "Chair's message" of another year
        if not versions and (
            _venues_apart(feats.pubs[i], feats.pubs[j]) or _meetings_named_apart(feats, i, j)
        ):
            return True  # another year in another venue (or meeting): another publication
    di, dj = feats.doi[i], feats.doi[j]
    if versions:
        return _book_and_chapter(feats, i, j)
    if (di and dj and di != dj) or _arxiv_conflict(feats, i, j):
        return True
    pi, pj = feats.pmid[i], feats.pmid[j]
    if pi and pj and pi != pj:
        return True  # two PubMed records: two publications (an erratum has its own)
    return _other_publication(feats, i, j) is not None


#: Subtitles less alike than this name different works ("… Titles: How to Exhaust …" /
#: "… Titles: Creating Titles to Distract …").
SUBTITLE_APART = 0.8
#: Words less alike than this (0-100) are different words, not one word misspelt.
WORD_APART = 75.0


def _different_work(feats: _Features, i: int, j: int) -> str | None:
    """What shows two records of alike titles to be different works, in words, or None:
    subtitle fields that differ; title rests (the sentences after the title proper) with
    no word in common; titles alike but for a word at one position that is another
    word, not a typo, in publications that stand alone ("… Main report" / "… Appendix
    report": a book or report is named by its title only; an article also by its
    container, where one word retyped is common); author lists of
    organisations only that name other organisations ("Working Group IV" / "Working
    Group V"). A record that lacks the subtitle or the rest (a title cut short) says
    nothing."""
    si, sj = feats.subtitle[i], feats.subtitle[j]
    if si and sj and si != sj and _title_similarity(si, sj) < SUBTITLE_APART:
        return "subtitles differ"
    ri, rj = si or feats.rest[i], sj or feats.rest[j]
    if ri and rj and ri != rj and _words_apart(ri, rj):
        return "the titles go on differently"
    if (
        _standalone(feats, i)
        and _standalone(feats, j)
        and _word_substituted(feats.title[i], feats.title[j])
    ):
        return "the titles differ in a word"
    if companion_of(feats.title[i], feats.title[j]):
        return "code or data for a work, and the work"
    ci, cj = feats.corporate[i], feats.corporate[j]
    if ci and cj and ci != cj and _organisations_apart(ci, cj):
        return "other organisations as authors"
    li, lj = _thesis_level(feats.pubs[i]), _thesis_level(feats.pubs[j])
    if li and lj and li != lj:
        return "a master's thesis and a doctoral one"
    return None


_MASTER_WORDS = ("master", "diplom", "bachelor", "magister", "licenti", "msc", "m.sc")
_DOCTOR_WORDS = ("phd", "ph.d", "doctor", "doktor", "dissertation", "habilitation")


def _thesis_level(pub: Publication) -> str | None:
    """ "master" or "doctor" for a thesis whose entry type or ``type`` field says which."""
    if pub.kind is not Kind.THESIS:
        return None
    kind_of = (pub.extra.get("type") or "").lower()
    for level, words in (("master", _MASTER_WORDS), ("doctor", _DOCTOR_WORDS)):
        if any(word in kind_of for word in words):
            return level
    entry = pub.source_entry
    if entry is not None:
        etype = entry.entry_type.lower()
        if etype in ("mastersthesis", "masterthesis"):
            return "master"
        if etype == "phdthesis":
            return "doctor"
    return None


#: Entry-type classes of publications that stand alone, not in a container.
_STANDALONE_CLASSES = frozenset(["book", "report", "thesis", "software", "webpage", "dataset"])


def _standalone(feats: _Features, i: int) -> bool:
    """A book, report, thesis, program, web page or data set; or a record of no entry
    type that names no container and no place in one."""
    if feats.tclass[i]:
        return feats.tclass[i] in _STANDALONE_CLASSES
    return not (feats.pubs[i].venue or feats.vol[i] or feats.pages[i])


def _close_words(a: str, b: str) -> bool:
    """One word written two ways: equal, one an abbreviation (a prefix) of the other, or
    a typo or spelling variant apart ("randomised" / "randomized")."""
    if a == b:
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    return len(a) >= 4 and len(b) >= 4 and fuzz.ratio(a, b) >= WORD_APART


def _text_words(text: str) -> set[str]:
    return {w for w in text.split() if w not in _STOPWORDS and len(w) > 1 and w.isalpha()}


def _words_apart(a: str, b: str) -> bool:
    """Two texts with words, none of one found (or nearly) in the other."""
    wa, wb = _text_words(a), _text_words(b)
    if not wa or not wb:
        return False
    return not any(_close_words(x, y) for x in wa for y in wb)


def _word_substituted(ta: str, tb: str) -> bool:
    """Titles of as many words, three or more, equal but for one position, where each
    has a word of four letters or more that is not the other's misspelt or abbreviated
    ("… integrated water management main report" / "… appendix report")."""
    if ta == tb:
        return False
    wa, wb = ta.split(), tb.split()
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    ((x, y),) = differ
    return len(x) >= 4 and len(y) >= 4 and x.isalpha() and y.isalpha() and not _close_words(x, y)


def _organisations_apart(a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...]) -> bool:
    """Fewer than half of the shorter list of organisations found in the other (see
    :func:`_same_organisation`)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    hits = sum(1 for x in small if any(_same_organisation(x, y) for y in large))
    return hits < MIN_AUTHORS * len(small)


def _same_organisation(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two organisations' names (their words) can name one: the shorter name's words run
    on in the longer name, written together or apart ("Times-Ten Team" / "The TimesTen
    Team"), or each word of it is in the longer name, misspelt at most; short words
    (numbers: "Group IV" / "Group V") only as they are."""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if not short:
        return True
    compact = "".join(short)
    for start in range(len(long_)):
        run = ""
        for word in long_[start:]:
            run += word
            if len(run) >= len(compact):
                break
        if run == compact:
            return True
    return all(
        w in long_ or (len(w) >= 4 and not w.isdigit() and any(_close_words(w, v) for v in long_))
        for w in short
    )


#: Entry-type classes whose year is part of what they are (no online-first year before
#: the year of record): another year is another volume, edition or report.
_DATED_CLASSES = frozenset(["book", "report"])


def _numbers_apart(a: str, b: str) -> bool:
    """Each title has a number the other lacks ("FOCUS 1" / "FOCUS 2"; not "SQL:1999,
    formerly SQL3" / "SQL:1999")."""
    sa, sb = set(a.split()), set(b.split())
    return bool(sa - sb) and bool(sb - sa)


def _place(feats: _Features, i: int, j: int) -> Place:
    """Whether two records sit in the same place of their container (volume, issue, pages);
    volumes of a book series written with its abbreviation ("6017 LNCS" / "6019 LNCS")
    differ by their numbers."""
    place = compare_places(
        feats.vol[i], feats.vol[j], feats.pages[i], feats.pages[j], feats.issue[i], feats.issue[j]
    )
    a, b = feats.volnum[i], feats.volnum[j]
    if place == "differ" or a is None or b is None:
        return place
    return "differ" if a[0] != b[0] and a[1] == b[1] else place  # ("6017 LNCS" / "6019 LNCS")


def _one_page_range(feats: _Features, i: int, j: int) -> bool:
    """Both records give a volume and the same range of pages (not a single page) in it."""
    pi, pj = feats.pages[i], feats.pages[j]
    return (
        pi is not None
        and pi == pj
        and pi[0] != pi[1]
        and bool(feats.vol[i])
        and feats.vol[i] == feats.vol[j]
    )


def _book_and_chapter(feats: _Features, i: int, j: int) -> bool:
    """A book (or collection) and a chapter of it: neither one publication nor versions."""
    return {feats.tclass[i], feats.tclass[j]} == {"book", "chapter"}


def _other_publication(feats: _Features, i: int, j: int) -> str | None:
    """The field that makes two records of one work two publications, or None: another
    entry-type class, another volume, issue or pages, another container."""
    ci, cj = feats.tclass[i], feats.tclass[j]
    if ci and cj and ci != cj:
        return "type"
    if _urls_apart(feats, i, j):
        return "url"
    if _report_numbers_apart(feats, i, j):
        return "number"
    place = _place(feats, i, j)
    if place == "differ":
        return "place"
    xi, xj = feats.xref[i], feats.xref[j]
    if xi and xj and xi != xj and (_same_file(feats.pubs[i], feats.pubs[j]) or _year_keys(xi, xj)):
        return "container"  # entries inheriting from two parents: two volumes
    if place == "same":
        return None
    if _meetings_apart(feats, i, j):
        return "container"
    va, vb = feats.pubs[i].venue, feats.pubs[j].venue
    if (
        va
        and vb
        and (feats.periodical[i] or feats.periodical[j])
        and not (feats.loose[i] or feats.loose[j])
        and "x" not in (feats.venue[i], feats.venue[j])
        and not containers_agree(va, vb)
    ):
        return "container"
    return None


def _urls_apart(feats: _Features, i: int, j: int) -> bool:
    """Two records without a container or DOI (software, web pages, reports: what they
    are is where they are; a hosting platform, "GitHub", is no container) whose URLs
    open different pages ("itunes.apple.com/…" / "play.google.com/…"); URLs of one page
    written differently (http and https, "www.", a trailing slash, tracking parameters)
    agree."""
    ui, uj = feats.url[i], feats.url[j]
    if not ui or not uj or ui == uj:
        return False
    vi, vj = feats.pubs[i].venue, feats.pubs[j].venue
    return not (
        (vi and not venue_is_host(vi))
        or (vj and not venue_is_host(vj))
        or feats.doi[i]
        or feats.doi[j]
    )


def _parent_and_child(feats: _Features, i: int, j: int) -> bool:
    """One entry names the other as its ``crossref`` parent (a paper and its
    proceedings, ``@softwareversion`` and its ``@software``): never one publication."""
    ki, kj = feats.pubs[i].key, feats.pubs[j].key
    return bool(
        (feats.xref[i] and kj and feats.xref[i] == kj.lower())
        or (feats.xref[j] and ki and feats.xref[j] == ki.lower())
    )


_RELEASE_FIELDS = ("version", "edition")


def _releases_apart(a: Publication, b: Publication) -> bool:
    """Both records name a version or edition, and they differ ("2.6.1.3" / "2.6.2.1",
    "2nd" / "3rd"): two releases of one software or book, two publications."""
    if not a.extra or not b.extra:
        return False
    for name in _RELEASE_FIELDS:
        ra, rb = a.extra.get(name), b.extra.get(name)
        if ra and rb and _release(ra) != _release(rb):
            return True
    return False


_ORDINAL_WORDS = {w: str(n) for n, w in enumerate(ORDINAL_WORDS, 1)}
_RELEASE_NOISE = re.compile(
    r"\b(?:ed|edn|edition|version|ver|v|rev|revised)\b|\bv(?=[0-9])|"
    r"(?<=[0-9])(?:st|nd|rd|th)\b"
)


def _release(value: str) -> str:
    """A version or edition as compared: "2nd ed." = "Second edition" = "2"."""
    text = _fold(value)
    for word, number in _ORDINAL_WORDS.items():
        text = text.replace(word, number)
    return _NON_ALNUM.sub("", _RELEASE_NOISE.sub(" ", text))


def _same_file(a: Publication, b: Publication) -> bool:
    """Both records were read from one file (whose keys name one entry each)."""
    if not a.provenance or not b.provenance:
        return False
    pa, pb = a.provenance[0].path, b.provenance[0].path
    return pa is not None and pa == pb


def _year_keys(a: str, b: str) -> bool:
    """Two keys alike but for their digits ("woda2007" / "woda2008"): two years of one
    series."""
    return _FIRST_NUMBER.sub("", a) == _FIRST_NUMBER.sub("", b) != "" and a != b


def _arxiv_conflict(feats: _Features, i: int, j: int) -> bool:
    """Two arXiv identifiers: two preprints (an identifier covers all its versions)."""
    ai, aj = feats.arxiv[i], feats.arxiv[j]
    return bool(ai and aj and ai != aj)


def _bare_preprint(feats: _Features, i: int, j: int) -> bool:
    """One record is an arXiv preprint and nothing more (no container, no DOI), the other a
    publication in a named container without that arXiv identifier: a preprint and a
    publication, linked as versions, never merged."""
    for a, b in ((i, j), (j, i)):
        if (
            feats.arxiv[a]
            and not feats.pubs[a].venue
            and not feats.doi[a]
            and not feats.arxiv[b]
            and feats.venue[b] in ("j", "p")
        ):
            return True
    return False


_REPORT_DIGITS = re.compile(r"[^0-9]+")


def _report_numbers_apart(feats: _Features, i: int, j: int) -> bool:
    """Two reports whose numbers differ ("CMU-CS-90-119" / "CMU-CS-90-177"): two
    reports; a number written shorter ("90-119", "119") agrees."""
    if feats.tclass[i] != "report" or feats.tclass[j] != "report":
        return False
    ni = _REPORT_DIGITS.sub("", feats.pubs[i].issue or "")
    nj = _REPORT_DIGITS.sub("", feats.pubs[j].issue or "")
    if not ni or not nj or ni == nj:
        return False
    return not (ni.endswith(nj) or nj.endswith(ni))


def _meetings_apart(feats: _Features, i: int, j: int) -> bool:
    """Two conference records of one year (neither split out of a citation string) at
    meetings each known by its acronym, with other acronyms and no word of their names in
    common ("ISSTA" / "ACACES", "… Parallel Programming (PPoPP)" / "… Graphics Processing
    Units (GPGPU)"): the same title at two meetings is two papers, a workshop paper and
    its main-track version. (A name without an acronym may be any meeting's long name:
    "International Conference on Management of Data" is SIGMOD.)"""
    if feats.venue[i] != "p" or feats.venue[j] != "p" or feats.loose[i] or feats.loose[j]:
        return False
    yi, yj = feats.year[i], feats.year[j]
    if yi is not None and yj is not None and yi != yj:
        return False  # (another year in another venue: vetoed on its own)
    va, vb = feats.pubs[i].venue or "", feats.pubs[j].venue or ""
    ka, kb = _meeting_acronym(va), _meeting_acronym(vb)
    if not ka or not kb or _words_match(ka, kb) or ka in kb or kb in ka:
        return False
    wa, wb = _venue_name_words(va), _venue_name_words(vb)
    if wa & wb or _shared_venue_words(wa, wb):
        return False
    if any(_words_match(x, y) for x in wa for y in wb):
        return False  # "NIPS" / "NeurIPS": one name abbreviated, or misspelt
    return not (_acronym_of(ka, vb) or _acronym_of(kb, va))


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:\s*'?\s*[0-9]{2,4})?\s*\)")


def _meeting_acronym(venue: str) -> str:
    """The acronym a meeting is known by: in brackets after its name ("… (PPoPP)",
    "(SC'15)"), or its one name ("ISSTA", "SIGMOD Conference"); "" for none."""
    m = _PAREN_ACRONYM.search(venue)
    if m:
        return m.group(1).lower()
    words = _venue_name_words(venue)
    if len(words) == 1:
        (word,) = words
        return word if word.isalpha() else ""
    return ""


def _meetings_named_apart(feats: _Features, i: int, j: int) -> bool:
    """Two conference records (not split out of citation strings) at meetings of other
    acronyms: see :func:`.rules.meetings_named_apart`."""
    if feats.venue[i] != "p" or feats.venue[j] != "p" or feats.loose[i] or feats.loose[j]:
        return False
    va, vb = feats.pubs[i].venue or "", feats.pubs[j].venue or ""
    return meetings_named_apart(_meeting_acronym(va), _meeting_acronym(vb), va, vb)


_VENUE_WORDS: dict[str, frozenset[str]] = {}


def _venue_words(venue: str) -> frozenset[str]:
    found = _VENUE_WORDS.get(venue)
    if found is None:
        found = frozenset(
            w
            for w in _NON_ALNUM.sub(" ", _fold(venue)).split()
            if w not in _VENUE_STOP and not w.isdigit()
        )
        if len(_VENUE_WORDS) > 100_000:
            _VENUE_WORDS.clear()
        _VENUE_WORDS[venue] = found
    return found


def _venue_similarity(a: str | None, b: str | None) -> float:
    """Share of the smaller venue's words found in the other venue (0 when either is
    missing): a tie-breaker, never a reason to match or to refuse."""
    if not a or not b:
        return 0.0
    wa, wb = _venue_words(a), _venue_words(b)
    if not wa or not wb:
        return 0.0
    return _shared_venue_words(wa, wb) / min(len(wa), len(wb))


def _shared_venue_words(wa: frozenset[str], wb: frozenset[str]) -> int:
    """Words of the smaller venue found in the other, an abbreviation matching the word
    it cuts short ("inform. comput." and "information and computation")."""
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    hits = 0
    for w in small:
        if w in large or (
            len(w) >= 3 and any(len(v) >= 3 and (v.startswith(w) or w.startswith(v)) for v in large)
        ):
            hits += 1
    return hits


def _venue_names_differ(a: str | None, b: str | None) -> bool:
    """Both venues are one name each ("SIGMOD Conference", "VLDB", "STOC '93") and the
    names have little in common: two different conferences. ("NIPS" and "NeurIPS", or
    "COLT" and "EuroCOLT", are too alike to tell apart.)"""
    if not a or not b or a == b:
        return False
    wa, wb = _venue_words(a), _venue_words(b)
    if len(wa) != 1 or len(wb) != 1 or wa == wb:
        return False
    (na,), (nb,) = wa, wb
    if len(na) < 3 or len(nb) < 3 or na in nb or nb in na:
        return False
    return fuzz.ratio(na, nb) <= 50


def _venues_apart(a: Publication, b: Publication) -> bool:
    """Both records name a venue and the venues share no word (beyond "proceedings",
    "journal" and the like)."""
    if not a.venue or not b.venue:
        return False
    wa, wb = _venue_name_words(a.venue), _venue_name_words(b.venue)
    return bool(wa) and bool(wb) and not (wa & wb) and not _shared_venue_words(wa, wb)


_ORDINALS = frozenset(["st", "nd", "rd", "th"])


def _venue_name_words(venue: str) -> frozenset[str]:
    """A venue's words that name it: not "proceedings" and the like, nor the letters of an
    ordinal ("$25^{th}$")."""
    return frozenset(w for w in _venue_words(venue) if len(w) > 1 and w not in _ORDINALS)


def _venue_conflict(a: str, b: str) -> bool:
    return a != b and "j" in (a, b) and "x" not in (a, b) and "" not in (a, b)


_FIRST_NUMBER = re.compile(r"[0-9]+")


def _same_pages(a: Publication, b: Publication) -> bool:
    if not a.pages or not b.pages:
        return False
    ma, mb = _FIRST_NUMBER.search(a.pages), _FIRST_NUMBER.search(b.pages)
    return bool(ma and mb and ma.group(0) == mb.group(0))


def _stage_differs(feats: _Features, i: int, j: int) -> bool:
    """One record is a preprint (by venue, kind, preprint DOI or arXiv id) and the other
    a publication."""
    return _is_preprint(feats, i) != _is_preprint(feats, j)


def _is_preprint(feats: _Features, i: int) -> bool:
    if feats.venue[i] == "x":
        return True
    if feats.doi[i]:
        return _is_preprint_doi(feats.doi[i])
    return bool(feats.arxiv[i]) and feats.venue[i] == ""


def _listed_twice(a: Publication, b: Publication) -> bool:
    """Two records of one file, alike in every field: a listing that shows a recurring
    column ("Chair's message", 1997) twice shows two issues of it, not one record twice.
    (Records from different files, or written differently, may still be one.)"""
    if not a.provenance or not b.provenance:
        return False
    sa, sb = a.provenance[0], b.provenance[0]
    if (sa.origin, sa.path, sa.snapshot) != (sb.origin, sb.path, sb.snapshot) or sa.path is None:
        return False
    return _signature(a) == _signature(b)


def _short_title(title: str) -> bool:
    return len(_content_words(title)) <= 3


def _marker_missing(feats: _Features, i: int, j: int) -> bool:
    """Markers that differ only because one record left one out.

    A review marked as such in one record only, by the same people in both: the
    unmarked record is the review too (a book's authors do not review it). A tutorial,
    demo or panel marked in one record only, by the same people (every name matched,
    typos and lost letters allowed): the same item (a tutorial by other people, or the
    paper beside it, has another list).
    """
    mi, mj = feats.markers[i], feats.markers[j]
    if mi and mj:
        return False
    mark = mi or mj
    if mark == "notice review":
        sim = _authors_agree(feats, i, j)
        return sim is not None and sim >= MIN_AUTHORS
    if mark.startswith("format ") and ";" not in mark:
        fi, fj = feats.fams[i], feats.fams[j]
        return len(fi) >= 1 and len(fi) == len(fj) and _author_similarity(fi, fj) == 1.0
    return False


def _compare(
    feats: _Features, i: int, j: int, token_set: float | None = None
) -> tuple[int, float] | None:
    """Decide one candidate pair: (_MATCH or _VERSION, score) or None."""
    ti, tj = feats.title[i], feats.title[j]
    tsim = _title_similarity(ti, tj, token_set)
    di, dj = feats.doi[i], feats.doi[j]
    pi, pj = feats.pmid[i], feats.pmid[j]
    same_id = (
        bool(di and di == dj)
        or bool(feats.arxiv[i] and feats.arxiv[i] == feats.arxiv[j])
        or bool(pi and pi == pj)
    )
    pubs = feats.pubs
    if (
        tsim < 0.45
        and not same_id
        and not (pubs[i].abstract and pubs[j].abstract)
        and not _one_page_range(feats, i, j)
    ):
        return None  # titles apart and nothing else to compare: not worth the rest
    fams_i, fams_j = feats.fams[i], feats.fams[j]
    # names split oddly are worth a second look only where the titles agree
    asim = (
        _authors_agree(feats, i, j)
        if tsim >= 0.8 or same_id
        else _author_similarity(fams_i, fams_j)
    )
    if _veto(feats, i, j, VERSION_YEAR_TOLERANCE, True, asim):
        return None
    yi, yj = feats.year[i], feats.year[j]
    gap = abs(yi - yj) if yi is not None and yj is not None else None
    doi_conflict = (
        bool(di and dj and di != dj) or bool(pi and pj and pi != pj) or _arxiv_conflict(feats, i, j)
    )
    vi, vj = feats.venue[i], feats.venue[j]
    stage_differs = (vi != vj and "x" in (vi, vj) and "" not in (vi, vj)) or _bare_preprint(
        feats, i, j
    )
    year_ok = gap is None or gap <= YEAR_TOLERANCE

    ambiguous = False
    if ti in feats.recurring or tj in feats.recurring:
        # "Editor's notes", "Reminiscences on influential papers": the title does not
        # identify the work; an identifier, the pages or the abstract can, or else the
        # match must be unambiguous (decided after all pairs are seen)
        absim0 = _abstract_similarity(feats.pubs[i], feats.pubs[j])
        placed = _place(feats, i, j) == "same"
        if gap != 0 and not same_id and not placed:
            return None
        ambiguous = not (
            same_id or placed or _same_pages(feats.pubs[i], feats.pubs[j]) or (absim0 or 0) >= 0.8
        )
        if ambiguous and _listed_twice(pubs[i], pubs[j]):
            return None  # one listing names the column twice: two of its issues

    # the same record, recorded differently
    place = _place(feats, i, j)
    if (
        not doi_conflict
        and year_ok
        and not stage_differs
        and (
            place == "same"
            or not _venue_conflict(vi, vj)
            or same_meeting(pubs[i].venue or "", pubs[j].venue or "")
        )
        and _other_publication(feats, i, j) is None
    ):
        if same_id and tsim >= 0.6:
            return _MATCH, 0.9 + 0.1 * tsim
        if (
            place == "same"
            and tsim >= 0.6
            and (asim is None or asim >= 0.5)
            and not ambiguous
            and containers_agree(pubs[i].venue or "", pubs[j].venue or "")
        ):
            return _MATCH, 0.85 + 0.1 * tsim  # one container, one place, a similar title
        if (
            place == "same"
            and gap == 0
            and asim is not None
            and asim >= 0.8
            and not ambiguous
            and _one_page_range(feats, i, j)
            and containers_agree(pubs[i].venue or "", pubs[j].venue or "")
        ):
            # one container, volume and page range, one year, the same people: one
            # article, whatever its titles (one in another language, or a database's
            # translation in brackets); a record without a title cannot tell
            return (_MATCH if ti and tj else _MAYBE), 0.85 + 0.1 * tsim
        if asim is None or asim >= 0.5:
            a = 0.5 if asim is None else asim
            if tsim >= 0.97 or (tsim >= 0.9 and asim is not None) or (tsim >= 0.85 and a >= 0.8):
                bonus = 0.0 if gap is None else (0.05 if gap == 0 else -0.05)
                # the score orders the links (best first): a record that fits two
                # clusters equally well by title and authors joins the one whose venue
                # it shares
                vsim = _venue_similarity(pubs[i].venue, pubs[j].venue)
                # a marker left out by one record ("(Panel)") is a weaker link: records
                # that agree on it join first, so a paper and its demo stay apart
                if feats.markers[i] != feats.markers[j]:
                    bonus -= 0.2
                score = 0.75 * tsim + 0.2 * a + bonus + 0.05 * vsim
                if place != "same" and _undecided(feats, i, j, tsim, asim) is not None:
                    return _MAYBE, score
                return (_AMBIGUOUS if ambiguous else _MATCH), score
    if ambiguous:
        short, long_ = (ti, tj) if len(ti) <= len(tj) else (tj, ti)
        if (
            long_.startswith(short + " ")
            and _other_publication(feats, i, j) is None
            and gap == 0
            and asim is not None
            and asim >= 0.99
            and min(len(set(fams_i)), len(set(fams_j))) >= 2
            and containers_agree(pubs[i].venue or "", pubs[j].venue or "")
        ):
            # "Guest editorial" beside "Guest Editorial: Databases and the Web", by the same
            # people in one year and container: perhaps one, perhaps two of their columns
            return _MAYBE, 0.5
        return None

    # another version of the same work: shared authors and a shared subject
    if asim is None or asim < 0.5 or (fams_i[0] != fams_j[0] and asim < 0.75):
        return None
    absim = _abstract_similarity(pubs[i], pubs[j])
    if absim is not None and absim < 0.35:
        return None
    wi, wj = _content_words(ti), _content_words(tj)
    shared = len(wi & wj)
    overlap = shared / max(1, min(len(wi), len(wj)))
    prefix = _common_prefix(_content_sequence(ti), _content_sequence(tj))
    if (
        (absim is not None and absim >= 0.6 and overlap >= 0.3)
        or (
            prefix >= 3
            and prefix >= 0.6 * min(len(wi), len(wj))
            and asim >= 0.75
            and fams_i[0] == fams_j[0]
        )
        or (tsim >= 0.9 and asim >= 0.75 and (doi_conflict or stage_differs))
    ):
        return _VERSION, 0.4 * tsim + 0.3 * asim + 0.3 * (absim if absim is not None else overlap)
    return None
