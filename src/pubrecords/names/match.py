"""Matching names: similarity of two people's names, surname keys and the most informative spelling."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import attrs
from rapidfuzz.distance import Indel
from unidecode import unidecode

from ..model import Person
from .parse import _FOLD_DROP, _NONALNUM, _SPLIT_GIVEN, parse_name

__all__ = ["best_variant", "family_key", "name_similarity", "same_person"]


def _fold(text: str) -> str:
    if not text.isascii():
        text = unidecode(text.replace("\ufffd", "?"))
    return _FOLD_DROP.sub("", text.lower())


_LOST_MARKS = re.compile(r"[^0-9a-z?]+")


def _lost_key(text: str) -> str:
    """Folded letters with each lost letter ("?" or U+FFFD) kept as "?"; "" if none."""
    if "?" not in text and "\ufffd" not in text:
        return ""
    return _LOST_MARKS.sub("", _fold(text))


def _lost_match(marked: str, other: str) -> bool:
    """Does ``marked``, each "?" a lost letter, spell ``other``? A lost letter folds to one
    or two ASCII letters ("ü" -> "u", "ß" -> "ss"); at least three letters must be known."""
    if "?" in other:
        return marked.replace("?", "") == other.replace("?", "") and bool(other.strip("?"))
    pieces = marked.split("?")
    lost = len(pieces) - 1
    known = len(marked) - lost
    if known < 3 or not lost <= len(other) - known <= 2 * lost:
        return False
    if not other.startswith(pieces[0]) or not other.endswith(pieces[-1]):
        return False
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        found = other.find(piece, at + 1)
        if found < 0:
            return False
        at = found + len(piece)
    return True


@attrs.frozen
class _Key:
    family: str  # folded, letters and digits only
    family_words: tuple[str, ...]
    with_particle: str
    given: tuple[str, ...]  # folded given-name words (initials as single letters)
    literal: str
    full_given: bool  # any given word spelled out (not an initial)
    family_lost: str = ""  # the family name with its lost letters as "?" (if any)


def _given_words(given: str) -> tuple[str, ...]:
    out: list[str] = []
    for word in given.split():
        if 2 <= len(word) <= 3 and word.isupper() and word.isalpha():
            out.extend(word.lower())  # "JA" written for "J. A."
            continue
        out.extend(w for w in _SPLIT_GIVEN.split(_fold(word)) if w)
    return tuple(out)


@lru_cache(maxsize=200_000)
def _key(person: Person) -> _Key:
    if person.literal and not (person.family or person.given):
        lit = _NONALNUM.sub("", _fold(person.literal))
        return _Key("", (), "", (), lit, False)
    fam = _fold(person.family)
    words = tuple(w for w in _NONALNUM.split(fam) if w)
    particle = _NONALNUM.sub("", _fold(person.particle))
    given = _given_words(person.given)
    return _Key(
        "".join(words),
        words,
        particle + "".join(words),
        given,
        "",
        any(len(g) > 1 for g in given),
        _lost_key(person.family),
    )


def _as_person(value: Person | str) -> Person:
    if isinstance(value, Person):
        return value
    if isinstance(value, str):
        return parse_name(value)
    raise TypeError(f"expected a Person or a str, not {type(value).__name__}")


def _word_ok(x: str, y: str) -> bool:
    if x == y:
        return True
    if "?" in x or "?" in y:
        if len(x) == 1 or len(y) == 1:
            return x[0] == y[0] or "?" in (x[0], y[0])
        return _lost_match(x, y) if "?" in x else _lost_match(y, x)
    if len(x) == 1:
        return y.startswith(x)
    if len(y) == 1:
        return x.startswith(y)
    return False


def _given_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """1.0 same given names; 0.8-0.95 compatible (initials, missing middle); 0 conflict."""
    if not a or not b:
        return 0.85
    if a == b:
        return 1.0
    if "".join(a) == "".join(b) and "?" not in "".join(a):
        return 0.95  # Fei-Fei / Feifei
    if not _word_ok(a[0], b[0]):
        return 0.0
    score = 0.95
    for x, y in zip(a[1:], b[1:], strict=False):
        if not _word_ok(x, y):
            return 0.0
    if len(a) != len(b):
        score = 0.9
    if any(len(x) != len(y) for x, y in zip(a, b, strict=False)):
        score -= 0.05  # an initial against a full name
    return score


def _family_score(a: _Key, b: _Key) -> float:
    if a.family_lost or b.family_lost:  # a letter lost: "?" stands for one or two letters
        if a.family_lost == b.family_lost:
            return 1.0
        if a.family_lost and _lost_match(a.family_lost, b.family_lost or b.family):
            return 0.95
        if b.family_lost and _lost_match(b.family_lost, a.family_lost or a.family):
            return 0.95
        return 0.0
    if a.family == b.family or a.with_particle == b.with_particle:
        return 1.0
    if a.with_particle == b.family or a.family == b.with_particle:
        return 0.95
    fa, fb = a.family_words, b.family_words
    if fa and fb:
        short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
        if len(short) < len(long_) and long_[: len(short)] == short:
            return 0.9  # second surname dropped
    return 0.0


def _similarity(a: _Key, b: _Key) -> float:
    if a.literal or b.literal:
        if a.literal and b.literal:
            return (
                1.0
                if a.literal == b.literal
                else 0.79 * Indel.normalized_similarity(a.literal, b.literal)
            )
        other = b if a.literal else a
        lit = a.literal or b.literal
        return 1.0 if lit == "".join(other.given) + other.family else 0.0
    fam = _family_score(a, b)
    if fam > 0:
        given = _given_score(a.given, b.given)
        if given > 0:
            return max(0.8, fam * given)
    # family and given written in the other order ("Zeng Bin" / "Bin Zeng")
    if (
        a.given
        and b.given
        and a.full_given
        and b.full_given
        and "".join(a.given) == b.family
        and "".join(b.given) == a.family
    ):
        return 0.85
    # graded, below the same-person threshold
    fuzzy = Indel.normalized_similarity(a.family, b.family)
    if a.given and b.given and a.given[0][:1] != b.given[0][:1]:
        fuzzy *= 0.5
    elif a.given and b.given and fam > 0:
        fuzzy *= 0.7  # same family, conflicting given names
    return min(0.79, fuzzy * 0.79)


def name_similarity(a: Person | str, b: Person | str) -> float:
    """How alike two names are, in [0, 1]; at least 0.8 exactly when :func:`same_person`.

    >>> name_similarity("Eric T. Nalisnick", "Eric Nalisnick") >= 0.8
    True
    >>> name_similarity("John Smith", "Jane Smith") < 0.8
    True
    """
    return _similarity(_key(_as_person(a)), _key(_as_person(b)))


def same_person(a: Person | str, b: Person | str) -> bool:
    """Can these two spellings denote the same person?

    Accents, case and punctuation are ignored; an initial matches a name with that first
    letter; a missing middle name, a dropped second surname and family/given written in
    the other order are accepted; different given names or initials are not. A ``?`` or
    U+FFFD where a source lost a letter matches any one letter (or two: "ß" is "ss").

        >>> same_person("Javier Antor'an", "Javier Antoran")
        True
        >>> same_person("Ulrich G?ntzer", "Ulrich Güntzer"), same_person("Ulrich G?ntzer", "Ulrich Gantz")
        (True, False)
        >>> same_person("Zeng Bin", "Bin Zeng"), same_person("J. Smith", "K. Smith")
        (True, False)
    """
    return name_similarity(a, b) >= 0.8


def family_key(person: Person) -> str:
    """ASCII-folded lower-case family name (particle left out), for blocking.

    >>> family_key(Person(given="Walter", particle="van der", family="Laan"))
    'laan'
    >>> family_key(Person(given="José Miguel", family="Hernández-Lobato"))
    'hernandezlobato'
    """
    return _key(person).family or _key(person).literal


def _informativeness(person: Person) -> tuple[int, int, int, int, int]:
    text = str(person)
    given_words = person.given.split()
    full = sum(1 for w in given_words if len(w.strip(".")) > 1 and not w.isupper())
    well_cased = int(not text.islower() and not text.isupper())
    diacritics = sum(1 for ch in text if not ch.isascii() and ch.isalpha())
    clean = int("'" not in text or "'" in _fold(text))
    return (well_cased, full, diacritics, len(given_words) + clean, len(text))


def best_variant(names: Iterable[Person | str]) -> Person:
    """The most informative spelling among variants of one name.

    Well-cased beats all lower/upper case, spelled-out given names beat initials,
    diacritics beat their ASCII spelling; then more name parts, then length.

        >>> str(best_variant(["J. Antoran", "Javier Antoran", "Javier Antorán"]))
        'Javier Antorán'
    """
    people = [_as_person(n) for n in names]
    if not people:
        raise ValueError("best_variant needs at least one name")
    return max(people, key=_informativeness)


# ---------------------------------------------------------------------------------------
# formatting

Style = Literal["bibtex", "biblatex", "display", "sort", "initials"]
