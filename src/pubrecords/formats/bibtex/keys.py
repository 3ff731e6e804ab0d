"""Citation keys (used by the BibTeX and CSL-JSON writers; public as ``citation_keys``).

A key pattern is literal text with placeholders in braces:

``{author}``
    first author's family name, ASCII-folded, lower case, letters and digits only
    (``Hernández-Lobato`` → ``hernandezlobato``); an organisation gives its initials when
    it has two or more significant words (``World Health Organization`` → ``who``),
    else its one word; empty when there are no authors.
``{authors}``
    ``{author}`` of the first two authors joined (``smithjones``), or the first and
    ``etal`` when there are three or more.
``{year}``
    the year, empty when unknown.
``{title}``
    the first significant word of the title (articles, prepositions and conjunctions
    skipped), folded like ``{author}``.
``{shorttitle}``
    the first three significant title words, joined.

The default pattern is ``{author}{year}{title}``. Literal text may use letters, digits
and ``- _ : .``. A key that comes out empty becomes ``ref``. Records whose keys clash
all get a suffix ``a``, ``b``, … (``…z``, ``aa``, ``ab``, …), in input order. Keys
clash when they differ only in case (``Smith2020``, ``smith2020``): classic BibTeX
refuses the second as a repeated entry, biber warns of a "possible typo".
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Sequence

from unidecode import unidecode

from ...errors import InputError, PubrecordsWarning
from ...model import Person, Publication

__all__: list[str] = []

DEFAULT_PATTERN = "{author}{year}{title}"
PLACEHOLDERS = ("author", "authors", "year", "title", "shorttitle")

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "via",
        "into",
        "onto",
        "over",
        "under",
        "as",
        "is",
        "are",
        "be",
        "was",
        "were",
        "toward",
        "towards",
        "about",
        "against",
        "between",
        "through",
        "upon",
        "within",
        "without",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "und",
        "el",
        "los",
        "las",
        "del",
        "di",
        "da",
        "do",
        "dos",
        "et",
    ]
)
_ORG_STOP = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "la", "du", "des", "&"})

_FOLD_KEEP = re.compile(r"[^a-z0-9]+")
_TITLE_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_LITERAL_OK = re.compile(r"[A-Za-z0-9_:.\-]*")
_VALID_KEY = re.compile(r"[A-Za-z0-9_:.\-+/]+")
#: What BibTeX and biber take as a key: no space, comma, brace, quote, hash, percent,
#: parenthesis, equals sign, backslash or tilde.
_BIBTEX_KEY = re.compile(r"[^\s,{}()\"#%'=\\~]+")


def fold(text: str) -> str:
    """ASCII-fold and lower-case ``text``, keeping letters and digits only."""
    if not text.isascii():
        text = unidecode(text)
    return _FOLD_KEEP.sub("", text.lower())


def author_part(person: Person) -> str:
    """The ``{author}`` placeholder for one person."""
    if person.literal and not person.family:
        words = [w for w in _TITLE_WORD.findall(person.literal)]
        significant = [w for w in words if w.lower() not in _ORG_STOP]
        if len(significant) >= 2:
            return "".join(fold(w)[:1] for w in significant)
        return fold(significant[0] if significant else person.literal)
    return fold(person.family or person.given)


def title_words(title: str, count: int) -> list[str]:
    """The first ``count`` significant words of ``title``, folded."""
    out: list[str] = []
    for m in _TITLE_WORD.finditer(title):
        word = m.group()
        folded = word.lower() if word.isascii() and word.isalnum() else fold(word)
        if folded and folded not in STOPWORDS:
            out.append(folded)
            if len(out) == count:
                break
    return out


def _first_word(title: str) -> str:
    """``{title}``: the first significant word (plain ASCII words without a regex)."""
    for word in title.split(" ", 4)[:4]:
        if word.isascii() and word.isalpha():
            low = word.lower()
            if low not in STOPWORDS:
                return low
        elif word:
            break
    words = title_words(title, 1)
    return words[0] if words else ""


def compile_pattern(pattern: str | None) -> list[tuple[bool, str]]:
    """Split a key pattern into (is_placeholder, text) parts; InputError when invalid."""
    pattern = DEFAULT_PATTERN if pattern is None else pattern
    parts: list[tuple[bool, str]] = []
    for piece in re.split(r"(\{[^{}]*\})", pattern):
        if not piece:
            continue
        if piece.startswith("{") and piece.endswith("}"):
            name = piece[1:-1].strip()
            if name not in PLACEHOLDERS:
                known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                raise InputError(
                    f"key pattern {pattern!r}: unknown placeholder {piece}; use {known}"
                )
            parts.append((True, name))
        else:
            if not _LITERAL_OK.fullmatch(piece):
                raise InputError(
                    f"key pattern {pattern!r}: literal text {piece!r} may hold only letters, "
                    "digits and - _ : ."
                )
            parts.append((False, piece))
    if not any(is_ph for is_ph, _ in parts):
        raise InputError(f"key pattern {pattern!r} has no placeholder; every key would clash")
    return parts


def base_key(pub: Publication, parts: Sequence[tuple[bool, str]]) -> str:
    """The key of one record before clash suffixes."""
    out: list[str] = []
    for is_ph, text in parts:
        if not is_ph:
            out.append(text)
        elif text == "author":
            out.append(author_part(pub.authors[0]) if pub.authors else "")
        elif text == "authors":
            names = [author_part(p) for p in pub.authors[:3]]
            if len(names) >= 3:
                out.append(names[0] + "etal")
            else:
                out.append("".join(names))
        elif text == "year":
            out.append(str(pub.year) if pub.year is not None else "")
        elif text == "title":
            out.append("".join(title_words(pub.title, 1)))
        else:  # shorttitle
            out.append("".join(title_words(pub.title, 3)))
    key = "".join(out)
    return key if _VALID_KEY.fullmatch(key) else "ref"


def _suffixes() -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return list(letters) + [a + b for a in letters for b in letters]


_SUFFIXES = _suffixes()


def _kept_key(pub: Publication) -> str | None:
    """A record's own citation key, kept when it came from a BibTeX or CSL-JSON file."""
    key = pub.key
    if key and pub.source_entry is not None and _BIBTEX_KEY.fullmatch(key):
        return key  # as the file wrote it (or renamed by the reader, a repeated key)
    if not key or not _VALID_KEY.fullmatch(key):
        return None
    for src in pub.provenance:
        if src.origin in ("bibtex", "csl-json") and src.key == key:
            return key
    return None


def _own_key(pub: Publication) -> str | None:
    """The key a record was read with from a BibTeX or CSL-JSON file (what papers cite)."""
    key = pub.key
    if not key:
        return None
    if pub.source_entry is not None and pub.source_entry.dialect in ("bibtex", "biblatex"):
        return key
    for src in pub.provenance:
        if src.origin in ("bibtex", "csl-json") and src.key == key:
            return key
    return None


def warn_replaced(
    pubs: Sequence[Publication], keys: Sequence[str], what: str, stacklevel: int
) -> None:
    """One warning naming each key of :func:`replaced_keys` (``what``: the warning's
    head, "BibTeX: citation keys changed …"), if any."""
    if replaced := replaced_keys(pubs, keys):
        named = ", ".join(f"{old} -> {new} ({why})" for old, new, why in replaced)
        warnings.warn(f"{what}: {named}", PubrecordsWarning, stacklevel=stacklevel + 1)


def replaced_keys(pubs: Sequence[Publication], keys: Sequence[str]) -> list[tuple[str, str, str]]:
    """(old key, new key, why) of each record read with a key of its own that
    :func:`assign_keys` with the default pattern did not give it back."""
    out: list[tuple[str, str, str]] = []
    given = set(keys)
    for pub, key in zip(pubs, keys, strict=False):
        if pub.key and pub.key != key:
            own = _own_key(pub)
            if own is not None:
                if _kept_key(pub) is None:
                    why = "a key biber cannot read"
                elif own in given:
                    why = "the key of an earlier record"
                else:
                    why = "an earlier record's key in another case: BibTeX ignores case"
                out.append((own, key, why))
    return out


def case_clashes(pubs: Sequence[Publication], keys: Sequence[str]) -> dict[int, str]:
    """Index -> own key of each record whose own key :func:`assign_keys` did not give
    back because an earlier record has it in another case (``Smith2020``, ``smith2020``):
    the BibTeX writer keeps it in the entry's ``ids`` (biblatex finds a citation of it)."""
    out: dict[int, str] = {}
    given: set[str] | None = None
    for i, (pub, key) in enumerate(zip(pubs, keys, strict=False)):
        if pub.key and pub.key != key:
            own = _own_key(pub)
            if own is None or _kept_key(pub) is None:
                continue
            if given is None:
                given = set(keys)
            if own not in given:
                out[i] = own
    return out


def assign_keys(pubs: Sequence[Publication], pattern: str | None) -> list[str]:
    """Unique keys for ``pubs``: see :func:`pubrecords.citation_keys`."""
    parts = compile_pattern(pattern)
    keys: list[str | None] = [None] * len(pubs)
    used: set[str] = set()  # (in lower case: keys that differ only in case clash)
    if pattern is None:
        for i, pub in enumerate(pubs):
            if pub.key:
                kept = _kept_key(pub)
                if kept is not None and kept.lower() not in used:
                    keys[i] = kept
                    used.add(kept.lower())
    default = parts == [(True, "author"), (True, "year"), (True, "title")]
    bases: list[str | None] = [None] * len(pubs)
    if default:  # the common case, inlined
        who_of: dict[int, str] = {}  # by id(): the records hold the people alive
        # a title's first token -> its {title} word, when the token alone decides it
        # (a plain ASCII word that is not a stop word): first tokens repeat
        word_of: dict[str, str] = {}
        stopwords = STOPWORDS
        any_kept = bool(used)
        for i, pub in enumerate(pubs):
            if any_kept and keys[i] is not None:
                continue
            who = ""
            if pub.authors:
                first = pub.authors[0]
                got = who_of.get(id(first))
                who = got if got is not None else who_of.setdefault(id(first), author_part(first))
            title = pub.title
            token = title.split(" ", 1)[0]
            word = word_of.get(token)
            if word is None:
                if token.isascii() and token.isalpha() and token.lower() not in stopwords:
                    word = word_of[token] = token.lower()
                else:
                    word = _first_word(title)
            year = pub.year
            bases[i] = (f"{who}{word}" if year is None else f"{who}{year}{word}") or "ref"
    else:
        for i, pub in enumerate(pubs):
            if keys[i] is None:
                bases[i] = base_key(pub, parts)
    counts = Counter(bases)
    if not used:  # no record keeps its own key: the fast way, when it gives the same
        fast = _suffix_clashes(bases, counts)
        if fast is not None:
            return fast
    next_suffix: dict[str, int] = {}
    for i, base in enumerate(bases):
        if base is None:
            continue
        if counts[base] == 1 and base.lower() not in used:
            keys[i] = base
            used.add(base.lower())
            continue
        n = next_suffix.get(base, 0)
        while True:
            candidate = _suffixed(base, n)
            n += 1
            if candidate.lower() not in used:
                break
        next_suffix[base] = n
        keys[i] = candidate
        used.add(candidate.lower())
    return [k for k in keys if k is not None]


def _suffixed(base: str, n: int) -> str:
    return base + _SUFFIXES[n] if n < len(_SUFFIXES) else f"{base}{n}"


def _suffix_clashes(bases: list[str | None], counts: Counter[str | None]) -> list[str] | None:
    """The keys :func:`assign_keys` gives when no record keeps its key, by suffixing
    only the clashing bases; None when a suffixed key would equal some base (then the
    order of the records decides who gets which key, and the record-by-record loop runs).
    Without that, every unique base is its own key and the suffixes are given in order."""
    if counts[None]:
        return None
    keys: list[str] = bases  # type: ignore[assignment]  # (no None in it)
    if len(counts) == len(bases):
        return list(keys)  # no clash at all
    keys = list(keys)
    next_suffix: dict[str, int] = {}
    taken: set[str] = set()
    for i in [i for i, base in enumerate(keys) if counts[base] > 1]:
        base = keys[i]
        n = next_suffix.get(base, 0)
        while True:
            candidate = _suffixed(base, n)
            n += 1
            if candidate in counts:
                return None
            if candidate not in taken:
                break
        next_suffix[base] = n
        keys[i] = candidate
        taken.add(candidate)
    return keys
