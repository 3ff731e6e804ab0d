"""Reader for researcher profile pages saved as plain text.

A profile page (as saved from an institute's website, markup gone) reads top to bottom:

* ``Portrait of NAME``, then the owner's name;
* role lines (``Core Academic Member``) and position lines
  (``Assistant professor, University, Department``);
* ``Research Topics`` and one topic a line;
* ``Biography`` and paragraphs separated by blank lines;
* optionally ``Current Students`` with headings (``PhD - University``,
  ``Principal supervisor :``) and the names under them, if any;
* ``Publications``, then records with no blank line between them: a title line,
  zero or more author lines (one name a line, the last may end with
  ``… (see N more)``), then at most one abstract line.

Nothing marks a title, an author or an abstract, so each line of the publications
section is scored for looking like a title, a person's name and an abstract (shape,
capitals and initials, function words, common title vocabulary, sentence punctuation,
length), and a small dynamic program picks the best segmentation of the whole section
under the grammar ``(TITLE NAME* ABSTRACT?)*``, in linear time. A line right after an
abstract can only be a title; a ``(see N more)`` line is the last name of its record.

Decisions:

* A title-like line that repeats the line before is read as that record's (placeholder)
  abstract, kept raw for the cleaner to drop; so two consecutive records with the same
  title and neither authors nor abstract read as one.
* A section heading inside the publications list ("Biography") is a title unless a
  blank line sets it apart (records have no blank lines between them).
* A one-word line between author lines is a title when it is an English word (or two run
  together, or has a word's ending): one-word titles are commoner than mononymous authors;
  other capitalised single words ("Sutrisno") are read as mononyms.
* Author lines are judged as they read once scraped-text damage is undone (HTML entities,
  mojibake, ``?`` for a lost letter: ``text.scraped.reading_view``) but kept as given;
  organisations are kept whole (``Person(literal=...)``); "Dean Berry" keeps its given name.
* Header lines with a comma or a job word (professor, lecturer, scientist, …) are
  positions, their comma-separated parts after the first are affiliations; other header
  lines are roles. A ``Portrait of`` name that differs from the owner line is kept as an
  alias of the owner.
* Text is kept raw (cleaning is :func:`pubrecords.clean_profile`'s job), but author
  lines are split with :func:`pubrecords.names.parse_name_repaired` and the repairs made
  are recorded on the publication (field ``authors[i]``).
* The site leaves the profile owner out of author lists: when the owner's name is in no
  author list of the page, ``Profile.owner_omitted_from_authors`` is True and every
  record gets ``authors_complete=False`` (``hidden_authors`` stays what the page says,
  or None).

Example::

    >>> from pubrecords import parse_profile
    >>> page = '''Portrait of Ada Example
    ...
    ... Ada Example
    ...
    ... Publications
    ...
    ... Broken Neural Scaling Laws
    ... Ethan Caballero
    ... Kshitij Gupta … (see 2 more)
    ... We present a functional form. It models scaling behaviour well.
    ... Thinker
    ... '''
    >>> profile = parse_profile(page)
    >>> [p.title for p in profile.publications]
    ['Broken Neural Scaling Laws', 'Thinker']
    >>> [str(a) for a in profile.publications[0].authors]
    ['Ethan Caballero', 'Kshitij Gupta']
    >>> profile.publications[0].hidden_authors, profile.publications[0].authors_complete
    (2, False)
    >>> profile.publications[1].provenance[0].line
    11
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import attrs
from unidecode import unidecode

from ..errors import ParseError, PubrecordsError
from ..model import Person, Profile, Publication, Repair, Source, StudentGroup
from ..names import parse_name_repaired, same_person
from ..text.scraped import fix_mojibake, reading_view
from .files import read_text

__all__ = [
    "parse_profile",
    "read_profile",
]

ORIGIN = "profile-page"

# --------------------------------------------------------------------------- word lists


def _load_words(name: str) -> frozenset[str]:
    text = (resources.files("pubrecords") / "data" / name).read_text(encoding="utf-8")
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str]]:
    """(title vocabulary, given names), loaded once from the package's data files."""
    return _load_words("page_title_words.txt"), _load_words("page_given_names.txt")


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# Lowercase words that may stand inside a personal name ("Ludwig van Beethoven").
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "delle",
        "di",
        "da",
        "das",
        "dos",
        "do",
        "du",
        "la",
        "le",
        "les",
        "lo",
        "ten",
        "ter",
        "te",
        "zu",
        "zur",
        "y",
        "e",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "ben",
        "bat",
        "af",
        "av",
        "st.",
        "wa",
    ]
)
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"])
# Given names that are also words or titles ("Dean Berry", "King Liu"), first on a line.
_WORD_GIVEN = frozenset(
    _words("""april art august autumn bill bishop cash chance chase cliff dale dawn dean duke earl
    eve faith frank gale glen grace grant guy hope hunter iris ivy jack jade jay joy june
    king lily mark may major miles page pearl prince ray rich robin rose ruby rusty sandy
    sterling summer sunny victor violet wade will young""")
)
# Last words of an organisation's name ("The TimesTen Team", "Lotus Development Corp.").
_ORG_END = frozenset(
    _words("""group team corp corp. corporation inc inc. ltd ltd. llc co. company consortium
    collaboration project network committee association society foundation council
    initiative alliance organization organisation partnership taskforce gmbh ag
    laboratory laboratories labs""")
)
_ORG_INNER = frozenset(["of", "for", "and", "the", "&", "on"])
# Words that make a line read as a title when they appear in lowercase.
_FUNCTION = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "with",
        "to",
        "and",
        "or",
        "from",
        "into",
        "onto",
        "by",
        "at",
        "as",
        "is",
        "are",
        "be",
        "via",
        "vs",
        "vs.",
        "versus",
        "towards",
        "toward",
        "through",
        "using",
        "under",
        "over",
        "without",
        "within",
        "beyond",
        "between",
        "among",
        "not",
        "its",
        "their",
        "our",
        "we",
        "can",
        "do",
        "does",
        "how",
        "what",
        "why",
        "when",
        "which",
        "that",
        "this",
    ]
)
# English word endings that are rare at the end of personal names.
_WORD_ENDINGS = (
    "ated",
    "ited",
    "ing",
    "ings",
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ism",
    "ology",
    "ical",
    "tive",
    "sive",
    "able",
    "ible",
    "ous",
    "ics",
    "ize",
    "ise",
    "ized",
    "ised",
)
_SENTENCE_END = re.compile(r"[a-z)\]][.!?](?:\s|$)")
_CJK_SENTENCE_END = re.compile(r"[。！？]")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_]\.?(?:-[^\W\d_]\.?)+$|^[A-Z]$")
_HEADINGS = {
    "research topics": "topics",
    "research interests": "topics",
    "topics": "topics",
    "biography": "biography",
    "current students": "students",
    "former students": "students",
    "students": "students",
    "publications": "publications",
    "selected publications": "publications",
}
_STUDENT_HEADING_WORDS = (
    "phd",
    "ph.d",
    "master",
    "msc",
    "m.sc",
    "postdoc",
    "post-doc",
    "doctoral",
    "supervisor",
    "supervis",
    "researcher",
    "undergrad",
    "intern",
    "student",
    "alumni",
    "collaborat",
    "visiting",
    "graduate",
    " - ",
)
_POSITION_WORDS = (
    "professor",
    "lecturer",
    "scientist",
    "researcher",
    "engineer",
    "postdoc",
    "post-doc",
    "postdoctoral",
    "instructor",
    "student",
    "candidate",
)
_PORTRAIT = "portrait of"


def _heading_kind(line: str) -> str | None:
    """The section a (stripped) heading line opens, or None."""
    if len(line) > 30:
        return None
    key = line.casefold()
    if key.endswith(":"):
        key = key.rstrip(":").rstrip()
    return _HEADINGS.get(key)


# CJK radicals, kana, unified ideographs, Hangul syllables, compatibility ideographs.
_CJK_CLASS = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f·・"
_CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_BAD_NAME = re.compile(r'[:;?!"“”()\[\]{}/\\|=+*<>@#$%&^~_…\d]')
_STRIP = ",:;.?!\"'()[]“”‘’"


def _is_word(key: str, vocab: frozenset[str]) -> bool:
    """Is the folded word a common title word (or the plural of one)?"""
    if key in vocab:
        return True
    return key.endswith("s") and (key[:-1] in vocab or (key.endswith("es") and key[:-2] in vocab))


def _fold(word: str) -> str:
    """Lowercase ASCII form of a word, apostrophes dropped ("Jos'e" -> "jose")."""
    if word.isascii():
        return word.lower().replace("'", "") if "'" in word else word.lower()
    return unidecode(word.replace("’", "").replace("'", "")).lower()


# --------------------------------------------------------------------------- markers

_MARKER = re.compile(r"(?:…|\.\.\.)?[ \t]*\(see[ \t]+(\d{1,9})?[ \t]*more\)$")


def _split_marker(line: str) -> tuple[str, bool, int | None]:
    """Split a ``… (see N more)`` marker off the end of a line.

    Returns (text before the marker, marker found, N or None). Only the line's tail is
    searched, so the cost does not depend on the line's length.
    """
    if not line.endswith("more)"):
        return line, False, None
    tail_start = max(0, len(line) - 40)
    m = _MARKER.search(line, tail_start)
    if m is None:
        return line, False, None
    count = int(m.group(1)) if m.group(1) else None
    return line[: m.start()].rstrip(), True, count


# --------------------------------------------------------------------------- line scores

_NEG = -30.0


def _name_score(text: str) -> float:
    """How much ``text`` looks like one person's name (log-odds-like, higher = more)."""
    if not text or len(text) > 80:
        return _NEG
    tokens = text.split()
    n = len(tokens)
    if n > 6:
        return _NEG
    if n <= 2 and not text.isascii() and _CJK_RUN.fullmatch(text.replace(" ", "")):
        size = len(text.replace(" ", ""))
        return 5.0 if 2 <= size <= 4 else (1.0 if size == 5 else -10.0)
    vocab, given = _vocab()
    if _is_organisation(tokens):
        return 4.0
    if n == 1:
        return _mononym_score(text, vocab, given)
    score = 3.0
    if n >= 4 and text.upper() == text.lower():
        score -= 2.0 * (n - 3)  # a caseless script (Arabic, Devanagari, …): names are short
    if _BAD_NAME.search(text):
        score -= 10.0
    if "," in text and not (n >= 2 and tokens[-1].lower() in _SUFFIXES):
        score -= 6.0
    words = 0
    if n == 1:
        score -= 6.5  # mononyms are rare in author lists; one-word titles are not
    elif n >= 5:
        score -= 1.5 * (n - 4)
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(",")
        if i > 0 and low in _SUFFIXES:
            continue
        if tok[0].islower() and low in _PARTICLES and i < n - 1:
            continue
        if (len(tok) <= 2 or "." in tok) and _INITIAL.match(tok):
            score += 0.5
            continue
        if tok.endswith((".", "。")):
            score -= 6.0  # a sentence end, not an initial
            tok = tok.rstrip(".。")
        if not tok.isascii():
            tok = tok.replace("‐", "-").replace("–", "-")
        parts = tok.split("-") if "-" in tok else (tok,)
        for j, part in enumerate(parts):
            if not part:
                score -= 3.0
                continue
            first = part[0]
            if len(part) >= 2 and part.isupper():
                score -= 2.5  # an acronym ("AI", "LLM")
            elif first.islower():
                if j > 0 and len(part) <= 5 and _fold(part) not in vocab:
                    score -= 1.0  # "Hyun-woo", "Ji-hoon": a romanised given name
                elif not (j == 0 and part in _PARTICLES):
                    score -= 6.0
            elif not first.isalpha() and first not in "'’":
                score -= 4.0
            key = _fold(part)
            if i == 0 and j == 0 and (key in given or (key in _WORD_GIVEN and n <= 4)):
                score += 2.5
            elif key not in given and _is_word(key, vocab):
                if i == n - 1:
                    words += 1
                else:
                    score -= 3.0  # a common word where a given name would stand
            elif len(key) >= 7 and key.endswith(_WORD_ENDINGS):
                score -= 1.5
    # A common word may be a family name ("John Burden").
    if words:
        score -= 1.5 if n >= 2 else 2.5
    return score


def _is_organisation(tokens: Sequence[str]) -> bool:
    """Does a short line of capitalised words end with an organisation word ("Team")?"""
    n = len(tokens)
    if not 2 <= n <= 7 or tokens[-1].lower() not in _ORG_END:
        return False
    for i, tok in enumerate(tokens):
        if i > 0 and tok.lower() in _ORG_INNER:
            continue
        if not tok[0].isupper() or _BAD_NAME.search(tok.rstrip(".")):
            return False
    return tokens[-2].lower() not in _ORG_INNER


def _compound_of_words(key: str, vocab: frozenset[str]) -> bool:
    """Is the folded word two common words run together ("tidewater", "saltmarsh")?"""
    return any(
        _is_word(key[:k], vocab) and _is_word(key[k:], vocab) for k in range(3, len(key) - 2)
    )


_MORE_ENDINGS = ("ish", "ine", "er", "sis", "phy", "ogy", "ium", "ware", "scope", "tics")


def _mononym_score(text: str, vocab: frozenset[str], given: frozenset[str]) -> float:
    """A one-word line as a name: only a capitalised non-word (not two run together, no
    word ending); one-word titles are words."""
    word = text
    if not word[:1].isupper() or not word.isalpha() or not 4 <= len(word) <= 16:
        return _NEG if _BAD_NAME.search(word) else -6.5
    if word[1:] != word[1:].lower():
        return -6.5  # "PyTorch", "ImageNet": a product's name
    key = _fold(word)
    if key in given:
        return 1.5
    if _is_word(key, vocab) or key.endswith(_WORD_ENDINGS) or key.endswith(_MORE_ENDINGS):
        return -6.5
    return -6.5 if key in _HEADINGS or _compound_of_words(key, vocab) else 1.0


def _sentences(text: str) -> int:
    """Sentence ends in the first 1,500 characters (scores use at most four)."""
    head = text[:1500]
    found = 0
    if "." in head or "!" in head or "?" in head:
        found = len(_SENTENCE_END.findall(head))
    if not head.isascii():
        found += len(_CJK_SENTENCE_END.findall(head))
    return found


def _title_score(text: str, sentences: int) -> float:
    """How much ``text`` looks like a publication title."""
    size = len(text)
    if size > 300:
        return -15.0 - min(size, 3000) / 100
    if sentences >= 2 and size > 100:
        return -3.0 * min(sentences, 4) - size / 100  # prose, not a title
    score = 0.0
    if size > 200:
        score -= 5.0
    tokens = text.split()
    n = len(tokens)
    if n == 1:
        score -= 1.0
    elif n >= 7:
        score += 1.5
    elif n >= 4:
        score += 0.5
    vocab, given = _vocab()
    function = lower = known = acronyms = 0.0
    for i, tok in enumerate(tokens):
        word = tok.strip(_STRIP)
        if not word:
            continue
        low = word.lower()
        if word[0].islower():
            if low in _FUNCTION:
                function += 2.5
            elif low not in _PARTICLES:
                lower += 1.5
        elif i == 0 and low in _FUNCTION:
            function += 1.5
        hyphen = "-" in low
        for part in low.split("-") if hyphen else (low,):
            if part not in given and _is_word(part, vocab):
                # A lone common word at the end proves little: family names can be words.
                last_only = i == n - 1 and known == 0.0
                known += 0.6 if last_only else 1.2
        rest = word[1:]
        if (not word.isalpha() and any(c.isdigit() for c in word)) or rest != rest.lower():
            acronyms += 1.5
        if hyphen and any(p[:1].islower() for p in word.split("-")):
            lower += 1.0
    score += min(function + lower, 7.0) + min(known, 4.0) + min(acronyms, 3.0)
    colon = text.find(":")
    if colon < 0:
        colon = text.find("：")
    if colon > 0 and text.count(" ", 0, colon) < 6:
        score += 3.0  # "Name: subtitle"
    if text.endswith("?"):
        score += 3.0
    if n > 14:
        score -= 0.7 * (n - 14)
    if sentences >= 2:
        score = min(score, 0.0) - 3.0 * min(sentences, 4)
    elif text.endswith((".", "。")) and not _INITIAL.match(tokens[-1]):
        score -= 6.0
    if "(see more)" in text:
        score -= 8.0
    return score


def _abstract_score(text: str, sentences: int) -> float:
    """How much ``text`` looks like an abstract (long prose, sentences)."""
    size = len(text)
    if size < 40:
        return -15.0
    head = text[:3000]
    wide = 0 if head.isascii() else len(_CJK_CHAR.findall(head, 0, 400))
    if wide > 20:
        size *= 3  # a CJK character carries about a word
    score = -6.0 + min(size, 1500) / 100
    score += 4.0 * min(sentences, 4) + (4.0 if sentences >= 2 else 0.0)
    if text.rstrip().endswith((".", "!", "?", "…", "。", "！", "？")):
        score += 2.0
    if "(see more)" in head or "(see more)" in text[-40:]:
        score += 6.0
    words = head.count(" ") + 1
    if words > 12:
        score += min(0.3 * (words - 12), 6.0)
    if wide >= 50:
        score += 3.0
    low = head[:400].casefold()
    if low.startswith(("we ", "this paper", "in this ", "this work", "our ")) or " we " in low:
        score += 3.0  # first person: the voice of an abstract, rarely of a title
    return score


# --------------------------------------------------------------------------- segmentation

_T, _N, _A = 0, 1, 2
_BIG = 50.0


def _segment(lines: Sequence[str], after_blank: Sequence[bool]) -> list[int]:
    """Label each (non-blank) line TITLE/NAME/ABSTRACT by a Viterbi pass.

    Grammar ``(T N* A?)*``; transitions: T->T|N|A, N->N|A|T, A->T (A->A, a wrapped
    abstract, costs a lot). A line with a ``(see N more)`` marker is a name that ends its
    author list. Runs in time linear in the number of lines.
    """
    n = len(lines)
    if n == 0:
        return []
    emit: list[tuple[float, float, float, bool]] = []
    cache: dict[str, tuple[float, float, float, bool]] = {}
    prev = ""
    for i, line in enumerate(lines):
        got = cache.get(line)
        if got is None:
            name_part, marker, _count = _split_marker(line)
            # "(see N more)" closes an author list: the line is a name, if it reads like one.
            marked = marker and _count is not None and len(name_part) <= 80
            sn = _name_score(reading_view(name_part)) if name_part else 0.0
            sentences = _sentences(line)
            st = _title_score(line, sentences)
            sa = _abstract_score(line, sentences)
            if sn > 0.0:
                st -= 0.5 * sn  # a line that reads well as a name reads badly as a title
            if marked:
                st -= _BIG
                sa -= _BIG
                sn = max(sn, 0.0) + 5.0
            got = (st, sn, sa, marked)
            cache[line] = got
        st, sn, sa, marked = got
        if i > 0 and line == prev and st >= sn:
            # A title-like line repeating the line before: a record whose "abstract" repeats
            # its title (kept raw, as the abstract, for the cleaner to drop).
            sa = max(sa, st) + 2.0
            st -= 3.0
            sn -= 3.0
        if after_blank[i] and i > 0:
            st += 4.0
        emit.append((st, sn, sa, marked))
        prev = line

    neg = -1e18
    # best score ending at line i in state s, and back pointers
    back: list[tuple[int, int, int]] = []
    st, sn, sa, marked = emit[0]
    bt, bn, ba = st, neg, neg
    back.append((-1, -1, -1))
    prev_marked = marked
    for i in range(1, n):
        st, sn, sa, marked = emit[i]
        # to TITLE: from T (-1, a record with neither authors nor abstract), N or A (0)
        ct, cn, ca = bt - 1.0, bn, ba
        if ct >= cn and ct >= ca:
            nt, pt = ct, _T
        elif cn >= ca:
            nt, pt = cn, _N
        else:
            nt, pt = ca, _A
        # to NAME: from T or N (unless the previous name closed the list)
        cn2 = bn - (_BIG if prev_marked else 0.0)
        if bt >= cn2:
            nn, pn = bt, _T
        else:
            nn, pn = cn2, _N
        # to ABSTRACT: from T (0), N (0), A (-6, a wrapped abstract)
        ca2 = ba - 6.0
        if bt >= bn and bt >= ca2:
            na, pa = bt, _T
        elif bn >= ca2:
            na, pa = bn, _N
        else:
            na, pa = ca2, _A
        bt, bn, ba = nt + st, nn + sn, na + sa
        back.append((pt, pn, pa))
        prev_marked = marked
    state = _T if bt >= bn and bt >= ba else (_N if bn >= ba else _A)
    labels = [0] * n
    for i in range(n - 1, -1, -1):
        labels[i] = state
        state = back[i][state]
    return labels


# --------------------------------------------------------------------------- building


# Bytes the name parser drops or refuses, which mojibake spells letters with ("Ã\xad": í).
_MOJIBAKE_BYTES = re.compile("[\xad\x80-\x9f]")


def _parse_person(text: str) -> tuple[Person, tuple[Repair, ...]]:
    tokens = text.split()
    if _is_organisation(tokens):
        return Person(literal=text), ()
    if _MOJIBAKE_BYTES.search(text):
        fixed = fix_mojibake(text)
        if fixed != text:
            person, more = _parse_person(fixed)
            reason = "UTF-8 text that had been read as Latin-1/Windows-1252 decoded again"
            return person, (Repair("name", "fix-mojibake", text, fixed, reason), *more)
    try:
        person, repairs = parse_name_repaired(text, "text")
    except PubrecordsError as exc:
        person = Person(literal=text)
        return person, (
            Repair(
                field="name",
                action="kept-literal",
                before=text,
                after=text,
                reason=f"name could not be split: {exc}",
            ),
        )
    first = tokens[0] if tokens else ""
    if (
        len(tokens) >= 2
        and first.lower() in _WORD_GIVEN
        and first[0].isupper()
        and first not in person.given.split()
        and first != person.literal.split(" ", 1)[0]
    ):
        # "Dean Berry", "King Liu": the first word was taken for a title; it is the given name
        rest, more = _parse_person(" ".join(tokens[1:]))
        if rest.family and not rest.literal:
            given = f"{first} {rest.given}".strip()
            return attrs.evolve(rest, given=given), more
    return person, repairs


class _Record:
    """A record being assembled from its lines."""

    __slots__ = ("abstract", "authors", "complete", "hidden", "line", "repairs", "title")

    def __init__(self, title: str, line: int) -> None:
        self.title = title
        self.line = line
        self.authors: list[Person] = []
        self.repairs: list[Repair] = []
        self.abstract: list[str] = []
        self.hidden: int | None = None
        self.complete = True


def _build_publications(
    lines: Sequence[tuple[int, str]],
    labels: Sequence[int],
    owner: Person,
    path: str | None,
    snapshot: str | None,
) -> tuple[list[Publication], bool]:
    """Assemble labelled lines into publications; also tell if the owner was left out."""
    people: dict[str, tuple[Person, tuple[Repair, ...]]] = {}
    records: list[_Record] = []
    record: _Record | None = None
    for (lineno, text), label in zip(lines, labels, strict=True):
        if label == _T or record is None:
            record = _Record(text, lineno)
            records.append(record)
        elif label == _N:
            name_text, marker, count = _split_marker(text)
            if marker:
                record.complete = False
                if count is not None:
                    record.hidden = count
            if name_text:
                got = people.get(name_text)
                if got is None:
                    got = _parse_person(name_text)
                    people[name_text] = got
                person, made = got
                index = len(record.authors)
                record.authors.append(person)
                if made:
                    record.repairs.extend(attrs.evolve(r, field=f"authors[{index}]") for r in made)
        else:
            record.abstract.append(text)

    omitted = bool(records) and bool(str(owner)) and not _mentions_owner(owner, people.values())
    pubs = [
        Publication(
            title=r.title,
            authors=tuple(r.authors),
            authors_complete=r.complete and not omitted,
            hidden_authors=r.hidden,
            abstract="\n".join(r.abstract) if r.abstract else None,
            provenance=(Source(origin=ORIGIN, path=path, line=r.line, snapshot=snapshot),),
            repairs=tuple(r.repairs),
        )
        for r in records
    ]
    return pubs, omitted


def _mentions_owner(owner: Person, people: Iterable[tuple[Person, tuple[Repair, ...]]]) -> bool:
    """Is the owner among the (distinct) people named in author lists?"""
    owner_text = str(owner).casefold()
    family = _fold(owner.family) if owner.family else ""
    for person, _ in people:
        if str(person).casefold() == owner_text:
            return True
        if family and _fold(person.family) == family:
            try:
                if same_person(person, owner):
                    return True
            except PubrecordsError:
                continue
    return False


def _split_position(line: str) -> tuple[bool, list[str]]:
    """Is this header line a position (vs a role)? And the affiliations it names."""
    low = line.casefold()
    parts = [p.strip() for p in line.split(",")]
    is_position = len(parts) > 1 or any(w in low for w in _POSITION_WORDS)
    return is_position, [p for p in parts[1:] if p]


def _is_student_heading(line: str) -> bool:
    low = line.casefold()
    if line.rstrip().endswith(":"):
        return True
    if any(w in low for w in _STUDENT_HEADING_WORDS):
        return True
    return _name_score(line) < 1.0


@contextmanager
def _bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    The reader creates only acyclic objects (frozen records, tuples, strings), which
    reference counting frees; without the pause, collections triggered by the sheer number
    of new objects make reading large pages superlinear.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_profile(text: str, *, path: str | os.PathLike[str] | None = None) -> Profile:
    """Read a researcher profile page (as text) into a :class:`~pubrecords.Profile`.

    ``path`` is only recorded in the provenance (``Source.path`` and ``Source.snapshot``,
    the file name). Raises :class:`~pubrecords.ParseError` (naming the line) for text that
    is not a profile page: empty, or with neither a ``Portrait of NAME`` line nor any
    section heading.

    Example::

        >>> from pubrecords import parse_profile
        >>> p = parse_profile("Portrait of Ada Example\\n\\nAda Example\\n\\nCore Member\\n")
        >>> str(p.person), p.roles, p.publications
        ('Ada Example', ('Core Member',), ())
    """
    with _bulk_allocation():
        return _parse_profile(text, os.fspath(path) if path is not None else None)


def _parse_profile(text: str, spath: str | None) -> Profile:
    snapshot = Path(spath).name if spath else None
    raw = text.split("\n")
    lines = [line.rstrip("\r") for line in raw]
    stripped = [line.strip() for line in lines]
    first = next((i for i, s in enumerate(stripped) if s), None)
    if first is None:
        raise ParseError("empty page: no profile to read", line=1, path=spath)

    # ---- owner: "Portrait of NAME", then NAME on its own line
    i = first
    portrait: str | None = None
    head = stripped[i]
    if head.casefold().startswith(_PORTRAIT) and (
        len(head) == len(_PORTRAIT) or head[len(_PORTRAIT)].isspace()
    ):
        portrait = head[len(_PORTRAIT) :].strip()
        i += 1
        while i < len(lines) and not stripped[i]:
            i += 1
    owner_text = ""
    if i < len(lines) and not _heading_kind(stripped[i]):
        candidate = stripped[i]
        if portrait is None:
            has_heading = any(_heading_kind(s) for s in stripped)
            if not (has_heading and _name_score(candidate) > 0):
                raise ParseError(
                    "not a profile page: expected 'Portrait of NAME' or the owner's name "
                    f"followed by sections; found {candidate[:60]!r}",
                    line=i + 1,
                    path=spath,
                )
        if portrait is None or candidate == portrait or _name_score(candidate) > 0:
            owner_text = candidate
            i += 1
        # else: no owner line after the portrait; the line is a role or position.
    name_text = owner_text or portrait or ""
    if name_text:
        owner, _ = _parse_person(name_text)
        if portrait and owner_text and portrait != owner_text:
            owner = attrs.evolve(owner, aliases=(*owner.aliases, portrait))
    else:
        owner = Person()  # the page starts with a section heading: no owner named

    roles: list[str] = []
    positions: list[str] = []
    affiliations: list[str] = []
    topics: list[str] = []
    biography: list[str] = []
    students: list[StudentGroup] = []
    pub_lines: list[tuple[int, str]] = []
    after_blank: list[bool] = []

    section = "header"
    paragraph: list[str] = []
    group_heading: str | None = None
    group_members: list[Person] = []
    blank_before = False

    def end_paragraph() -> None:
        if paragraph:
            biography.append("\n".join(paragraph))
            paragraph.clear()

    def end_group() -> None:
        nonlocal group_heading
        if group_heading is not None:
            students.append(StudentGroup(heading=group_heading, members=tuple(group_members)))
            group_members.clear()
            group_heading = None

    n = len(lines)
    while i < n:
        line = stripped[i]
        if not line:
            blank_before = True
            if section == "biography":
                end_paragraph()
            i += 1
            continue
        kind = _heading_kind(line)
        if kind is not None and section == "publications" and not blank_before:
            # Records follow each other without blank lines: a heading word inside the
            # list is a title ("Biography"), unless a blank line sets it apart.
            following = stripped[i + 1] if i + 1 < n else ""
            if following and not _heading_kind(following):
                kind = None
        if kind is not None:
            end_paragraph()
            end_group()
            section = kind
            blank_before = False
            i += 1
            continue
        if section == "header":
            is_position, found = _split_position(line)
            if is_position:
                positions.append(line)
                affiliations.extend(a for a in found if a not in affiliations)
            else:
                roles.append(line)
        elif section == "topics":
            topics.append(line)
        elif section == "biography":
            paragraph.append(line)
        elif section == "students":
            if group_heading is not None and not _is_student_heading(line):
                group_members.append(_parse_person(line)[0])
            else:
                end_group()
                group_heading = line
        else:
            pub_lines.append((i + 1, line))
            after_blank.append(blank_before)
        blank_before = False
        i += 1
    end_paragraph()
    end_group()

    labels = _segment([t for _, t in pub_lines], after_blank)
    pubs, omitted = _build_publications(pub_lines, labels, owner, spath, snapshot)
    return Profile(
        person=owner,
        roles=tuple(roles),
        positions=tuple(positions),
        affiliations=tuple(affiliations),
        topics=tuple(topics),
        biography=tuple(biography),
        students=tuple(students),
        publications=tuple(pubs),
        source=Source(origin=ORIGIN, path=spath, line=1, snapshot=snapshot),
        owner_omitted_from_authors=omitted,
    )


def read_profile(path: str | os.PathLike[str]) -> Profile:
    """Read a profile page from a text file (UTF-8); see :func:`parse_profile`.

    Raises :class:`~pubrecords.InputError` for a missing or unreadable file or bytes that
    are not UTF-8, :class:`~pubrecords.ParseError` for text that is not a profile page.

    Example::

        >>> from pubrecords import read_profile, sample_path
        >>> profile = read_profile(sample_path())
        >>> profile.source.origin, len(profile.publications) > 10
        ('profile-page', True)
    """
    return parse_profile(read_text(path), path=path)
