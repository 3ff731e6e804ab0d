"""Parsing names: one name or an author list, in BibTeX or free-text syntax, with repairs recorded."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

import attrs

from ..errors import NameParseError
from ..model import Person, Repair
from .bibtex import braced_whole, split_bibtex
from .extended import split_extended, unbrace, useprefix_value
from .latex import has_latex, latex_to_unicode, latex_to_unicode_known
from .repair import restore_lost_accents
from .text import NICKNAME_MARKS, PARTICLES, is_suffix, split_cjk, split_text, split_words
from .titles import title_word

__all__ = [
    "MAX_NAME_LENGTH",
    "NameRepairs",
    "parse_author_list",
    "parse_author_list_repaired",
    "parse_name",
    "parse_name_repaired",
    "repair_person",
    "repairs_ending_as",
    "repairs_on",
]


Syntax = Literal["auto", "bibtex", "text"]

NameRepairs = tuple[Person, tuple[Repair, ...]]
"""A parsed name and the repairs made reading it (:func:`parse_name_repaired`)."""

_T = TypeVar("_T")

MAX_NAME_LENGTH = 1000
"""Longest text :func:`parse_name` accepts (longer text is not one name)."""

_MAX_LIST_LENGTH = 5_000_000

# characters that need more than splitting: controls, invisible marks, accent marks and
# quotes (lost accents, nicknames), LaTeX, "=" (biblatex's extended name format), CJK;
# names without any take the fast path
_ATTENTION_CHARS = (
    "\x00-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
    "'\"~`^{}\\\\$=\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff"
)
_ATTENTION = re.compile(f"[{_ATTENTION_CHARS}]")
# ... or a nickname mark: text split_words can split as it is when this finds nothing
_NOT_PLAIN = re.compile(f"[{_ATTENTION_CHARS}{NICKNAME_MARKS.pattern[1:-1]}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_BIBTEX_MARKERS = re.compile(r"[{}\\~]")
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_AND_LEVEL0 = re.compile(r"\s+and\s+", re.IGNORECASE)
# an initial, then a hyphen with white space beside it, then a letter: "B. -G.", "M.- O."
_SPACED_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]\.)(?:\s+-\s*|-\s+)(?=[^\W\d_])")


def _hyphen_initials(text: str) -> str:
    """Hyphenated initials joined as written: ``B. -G.`` → ``B.-G.``."""
    if " -" in text or "- " in text:
        return _SPACED_HYPHEN.sub(r"\1-", text)
    return text


# Person(...) runs attrs' __init__ and the converters of ``identifiers`` and ``aliases``
# (about half the cost of parsing a short name); the parser only ever builds a Person from
# five strings (and biblatex's useprefix), so it fills the slots itself. The instance is the
# same as Person(given, family, particle, suffix, literal, useprefix=useprefix): a fresh
# empty dict, an empty tuple.
_PERSON_FIELDS = (
    "given",
    "family",
    "particle",
    "suffix",
    "literal",
    "identifiers",
    "aliases",
    "useprefix",
)
if tuple(a.name for a in attrs.fields(Person)) != _PERSON_FIELDS:  # pragma: no cover
    raise RuntimeError("Person's fields changed: update _new_person in pubrecords.names")
_new_object = object.__new__
(
    _set_given,
    _set_family,
    _set_particle,
    _set_suffix,
    _set_literal,
    _set_identifiers,
    _set_aliases,
    _set_useprefix,
) = (getattr(Person, name).__set__ for name in _PERSON_FIELDS)


def _new_person(
    given: str,
    family: str,
    particle: str,
    suffix: str,
    literal: str,
    useprefix: bool | None = None,
) -> Person:
    """``Person(given, family, particle, suffix, literal, useprefix=useprefix)``, built
    without attrs' __init__."""
    person: Person = _new_object(Person)
    _set_given(person, given)
    _set_family(person, family)
    _set_particle(person, particle)
    _set_suffix(person, suffix)
    _set_literal(person, literal)
    _set_identifiers(person, {})
    _set_aliases(person, ())
    _set_useprefix(person, useprefix)
    return person


_REASON_ACCENT = "accent mark whose LaTeX backslash was lost (Jos'e → José)"
_REASON_LATEX = "LaTeX decoded to Unicode"


_PIECE = re.compile(r"[^\W_]+")
_QUOTED_WORD = re.compile(r"[(\[\"“'].*|.*[)\]\"”']")


def _kept_pieces(parts: tuple[str, ...]) -> Counter[str]:
    """The letter-and-digit runs of a name's parts (case-folded), and each part's
    initials run together ("ja" of "J. A.", which "Smith JA" was written with)."""
    kept: Counter[str] = Counter()
    for value in parts:
        if value:
            pieces = _PIECE.findall(value.casefold())
            kept.update(pieces)
            kept["".join(p for p in pieces if len(p) == 1)] += 1
    return kept


def _dropped_words(text: str, person: Person) -> list[Repair]:
    """Repairs naming the words of ``text`` that the free-text split left out of
    ``person``: titles (``drop-title``) and nicknames in brackets or quotes
    (``drop-nickname``); none when every word is kept."""
    parts = (person.given, person.particle, person.family, person.suffix, person.literal)
    if len("".join(_PIECE.findall(text))) == sum(len("".join(_PIECE.findall(v))) for v in parts):
        return []  # (a word dropped takes its letters with it)
    kept = _kept_pieces(parts)
    dropped: list[str] = []
    for word in text.replace(",", " ").split():
        pieces = Counter(_PIECE.findall(word.casefold()))
        if all(kept[p] >= n for p, n in pieces.items()):
            kept.subtract(pieces)
        else:
            dropped.append(word)
    if not dropped:
        return []
    titles = [w for w in dropped if _QUOTED_WORD.fullmatch(w) is None]
    nicknames = [w for w in dropped if _QUOTED_WORD.fullmatch(w) is not None]
    after = str(person)
    out: list[Repair] = []
    if titles:
        what = "title" if all(title_word(w) for w in titles) else "word"
        out.append(
            Repair(
                "name",
                "drop-title",
                text,
                after,
                f"{what} {' '.join(titles)!r} before the name is no part of it (dropped)",
            )
        )
    if nicknames:
        out.append(
            Repair(
                "name",
                "drop-nickname",
                text,
                after,
                f"nickname {' '.join(nicknames)!r} is no part of the name (dropped)",
            )
        )
    return out


def _error_excerpt(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _prepare(text: object) -> str:
    """Validate and normalise: NFC, one space between words, no invisible characters."""
    if not isinstance(text, str):
        raise NameParseError(f"a name must be a string, not {type(text).__name__}")
    if len(text) > MAX_NAME_LENGTH:
        raise NameParseError(
            f"text of {len(text)} characters is too long to be one name "
            f"(at most {MAX_NAME_LENGTH}): {_error_excerpt(text)}"
        )
    bad = _CONTROL.search(text)
    if bad is not None:
        raise NameParseError(
            f"control character U+{ord(bad.group()):04X} in name {_error_excerpt(text)}"
        )
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def _bibtex_level0_and(text: str) -> bool:
    """True when ``text`` has an " and " outside braces (several BibTeX names)."""
    # (the regex ignores case; no character but a/A, n/N, d/D matches its letters)
    if "and" not in text.lower() or _AND_LEVEL0.search(text) is None:
        return False
    level = 0
    for i, ch in enumerate(text):
        if ch == "{":
            level += 1
        elif ch == "}":
            level = max(0, level - 1)
        elif level == 0 and ch in " \t" and _AND_LEVEL0.match(text, i):
            return True
    return False


def _parse_bibtex(s: str, repairs: list[Repair] | None) -> Person:
    if _bibtex_level0_and(s):
        raise NameParseError(
            f"{_error_excerpt(s)} holds several names joined by 'and'; "
            "use parse_author_list for a list of names"
        )
    first, von, last, jr = split_bibtex(s)
    literal = ""
    if not first and not von and not jr and " " in last and braced_whole(last):
        literal, last = last, ""
    decoded = False
    if "\\" in s or "{" in s or "~" in s or "$" in s:
        parts = []
        for raw in (first, von, last, jr, literal):
            new = latex_to_unicode(raw) if raw else raw  # (it returns text without LaTeX)
            decoded = decoded or new != raw
            parts.append(new)
        first, von, last, jr, literal = parts
    if not (first or von or last or jr or literal):
        raise NameParseError(f"no name in {_error_excerpt(s)}")
    person = _new_person(first, last, von, jr, literal)
    if decoded and repairs is not None:
        repairs.append(Repair("name", "latex-to-unicode", s, str(person), _REASON_LATEX))
    return person


def _parse_text(s: str) -> Person:
    if _CJK.search(s) is not None and _LATIN.search(s) is None:
        given, family, literal = split_cjk(s)
        return _new_person(given, family, "", "", literal)
    if "-" in s:
        s = _hyphen_initials(s)
    given, particle, family, suffix, literal = split_text(s)
    if not (given or particle or family or suffix or literal):
        raise NameParseError(f"no name in {_error_excerpt(s)}")
    return _new_person(given, family, particle, suffix, literal)


def _parse(text: str, syntax: str, repairs: list[Repair] | None) -> Person:
    if syntax not in ("auto", "bibtex", "text"):
        raise ValueError(f"syntax must be 'auto', 'bibtex' or 'text', not {syntax!r}")
    # fast path: nothing to validate, decode or repair
    if type(text) is str and len(text) <= MAX_NAME_LENGTH and _ATTENTION.search(text) is None:
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if syntax == "bibtex":
            return _parse_bibtex(" ".join(text.split()), repairs)
        return _parse_plain(text)
    return _parse_marked(text, syntax, repairs)


def _no_name(text: str) -> NameParseError:
    if not text.strip():
        return NameParseError("empty name")
    return NameParseError(f"no name in {_error_excerpt(text)}")


def _parse_plain(text: str) -> Person:
    """Free text without any character :data:`_ATTENTION` matches, already NFC."""
    if "-" in text:
        text = _hyphen_initials(text)
    given, particle, family, suffix, literal = split_text(text)
    if not (given or particle or family or suffix or literal):
        raise _no_name(text)
    return _new_person(given, family, particle, suffix, literal)


def _parse_extended(s: str, repairs: list[Repair] | None) -> Person | None:
    """A name in biblatex's extended format (``family=Walt, given=Stéfan J., …``), or None."""
    items = split_extended(s)
    if items is None:
        return None
    values: dict[str, str] = {}
    decoded = False
    for key in ("given", "family", "prefix", "suffix"):
        raw = unbrace(items.get(key, ""))
        if raw and has_latex(raw):
            new = latex_to_unicode(raw)
            decoded = decoded or new != raw
            raw = new
        values[key] = " ".join(raw.split())
    if not any(values.values()):
        raise NameParseError(f"no name in {_error_excerpt(s)}")
    person = _new_person(
        values["given"],
        values["family"],
        values["prefix"],
        values["suffix"],
        "",
        useprefix_value(items.get("useprefix")),
    )
    if decoded and repairs is not None:
        repairs.append(Repair("name", "latex-to-unicode", s, str(person), _REASON_LATEX))
    fixed = _restore_accents(person)
    if fixed is not None:
        if repairs is not None:
            repairs.append(
                Repair("name", "restore-lost-accent", str(person), str(fixed), _REASON_ACCENT)
            )
        person = fixed
    return person


def _parse_marked(text: str, syntax: str, repairs: list[Repair] | None) -> Person:
    """The full path: validate, normalise, repair lost accents, decode LaTeX."""
    s = _prepare(text)
    if not s:
        raise NameParseError("empty name")
    if syntax != "text" and "=" in s:
        extended = _parse_extended(s, repairs)
        if extended is not None:
            return extended
    # in BibTeX syntax (asked for, or LaTeX markup in the name) "~" is a tie
    bibtex = syntax == "bibtex" or (syntax == "auto" and ("\\" in s or "{" in s))
    fixed = restore_lost_accents(s, bibtex=bibtex)
    if fixed != s:
        if repairs is not None:
            repairs.append(Repair("name", "restore-lost-accent", s, fixed, _REASON_ACCENT))
        s = fixed
    if syntax == "auto":
        syntax = "bibtex" if _BIBTEX_MARKERS.search(s) is not None else "text"
    if syntax == "bibtex":
        return _parse_bibtex(s, repairs)
    if has_latex(s) and ("\\" in s or "{" in s or "~" in s):
        # (a "~" left by the repair is a tie: Van~Oosten)
        decoded = latex_to_unicode(s)
        if repairs is not None and decoded != s:
            repairs.append(Repair("name", "latex-to-unicode", s, decoded, _REASON_LATEX))
        s = decoded
        if not s:
            raise NameParseError(f"no name in {_error_excerpt(text)}")
    person = _parse_text(s)
    if repairs is not None:
        repairs.extend(_dropped_words(s, person))
    return person


def parse_name(text: str, syntax: Syntax = "auto") -> Person:
    """Parse one personal (or organisation) name.

    ``syntax="bibtex"`` follows BibTeX's grammar ("First von Last", "von Last, First",
    "von Last, Jr, First", braces) and decodes LaTeX; ``"text"`` reads a name as people
    write it (titles dropped, suffixes and particles recognised); ``"auto"`` uses BibTeX's
    grammar when the text has braces, backslashes or ties, else the free-text rules. Both
    ``"bibtex"`` and ``"auto"`` read biblatex's extended name format
    (``family=Walt, given=Stéfan J., prefix=van der, useprefix=true``; ``useprefix`` is
    kept in the Person). Accents whose backslash was lost are restored, and in free text
    titles and nicknames are dropped; this function gives only the Person, so nothing here
    records those changes: use :func:`parse_name_repaired` (or :func:`repair_person`, as
    cleaning does) where a change must be on record. In BibTeX syntax ``~`` is a tie, not
    a lost tilde.

        >>> parse_name("Prof. Jane Smith PhD")
        Person(given='Jane', family='Smith', particle='', suffix='PhD', literal='', identifiers={}, aliases=(), useprefix=None)
        >>> parse_name(r"Vall{\\'e}e Poussin, Charles Louis Xavier Joseph de la", "bibtex").family
        'Vallée Poussin'

    Raises :class:`~pubrecords.errors.NameParseError` for text that holds no name, is
    longer than :data:`MAX_NAME_LENGTH`, or has control characters.
    """
    if (
        type(text) is str
        and len(text) <= MAX_NAME_LENGTH
        and (syntax == "auto" or syntax == "text")
    ):
        # the common case inline (one call less): nothing to decode or repair
        plain = _NOT_PLAIN.search(text) is None
        if not plain and _ATTENTION.search(text) is not None:
            return _parse_marked(text, syntax, None)
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if "-" in text:
            text = _hyphen_initials(text)
        # no nickname in brackets or quotes to drop: split_text's search for one is skipped
        given, particle, family, suffix, literal = (
            split_words(text, text) if plain else split_text(text)
        )
        if given or family or literal or particle or suffix:
            return _new_person(given, family, particle, suffix, literal)
        raise _no_name(text)
    return _parse(text, syntax, None)


def parse_name_repaired(text: str, syntax: Syntax = "auto") -> tuple[Person, tuple[Repair, ...]]:
    """Like :func:`parse_name`, plus the repairs made: LaTeX decoded (``latex-to-unicode``),
    lost accents restored (``restore-lost-accent``), a title (``drop-title``) or a nickname
    (``drop-nickname``) dropped from a free-text name, each with the words in its reason.

    >>> person, repairs = parse_name_repaired("Javier Antor'an")
    >>> str(person), [r.action for r in repairs]
    ('Javier Antorán', ['restore-lost-accent'])
    """
    if (
        type(text) is str
        and len(text) <= MAX_NAME_LENGTH
        and (syntax == "auto" or syntax == "text")
        and _ATTENTION.search(text) is None
    ):
        person = parse_name(text, syntax)  # nothing to decode or repair, maybe a title
        return person, tuple(_dropped_words(" ".join(text.split()), person))
    repairs: list[Repair] = []
    person = _parse(text, syntax, repairs)
    return person, tuple(repairs)


def repairs_on(field: str, repairs: Iterable[Repair]) -> tuple[Repair, ...]:
    """The repairs of one name (:func:`parse_name_repaired` names their field ``name``)
    recorded on a record's ``field`` (``authors[0]``, ``editor``), as readers keep them.

    >>> _, repairs = parse_name_repaired("Dr. Jane Smith")
    >>> [(r.field, r.action) for r in repairs_on("authors[2]", repairs)]
    [('authors[2]', 'drop-title')]
    """
    return tuple(Repair(field, r.action, r.before, r.after, r.reason) for r in repairs)


def repairs_ending_as(repairs: tuple[Repair, ...], person: Person) -> tuple[Repair, ...]:
    """The repairs of one name, the last one's ``after`` the name as finally read: for a
    reader that adjusts a parsed name (``person``: "Rosati, JD" read family name first),
    so that no repair shows a name the record does not hold.

    >>> _, repairs = parse_name_repaired("Dr. Rosati, JD")
    >>> repairs[-1].after
    'Rosati JD'
    >>> repairs_ending_as(repairs, Person(given="JD", family="Rosati"))[-1].after
    'JD Rosati'
    """
    if not repairs:
        return repairs
    last = repairs[-1]
    after = str(person)
    if last.after == after:
        return repairs
    return (*repairs[:-1], Repair(last.field, last.action, last.before, after, last.reason))


_FIELDS = ("given", "family", "particle", "suffix", "literal")


def _with_fields(person: Person, values: dict[str, str]) -> Person:
    """``person`` with the name parts in ``values`` (keys from :data:`_FIELDS`)."""
    return attrs.evolve(
        person,
        given=values["given"],
        family=values["family"],
        particle=values["particle"],
        suffix=values["suffix"],
        literal=values["literal"],
    )


def _restore_fields(values: dict[str, str]) -> dict[str, str] | None:
    """The fields with lost accents restored, or None when there is nothing to restore."""
    whole = " ".join(v for v in values.values() if v)
    if restore_lost_accents(whole) == whole:
        return None
    # repair each field with the whole name as context (pinyin / Japanese checks)
    fixed = {f: restore_lost_accents(v, context=whole) if v else v for f, v in values.items()}
    return fixed if fixed != values else None


def _restore_accents(person: Person) -> Person | None:
    """``person`` with lost accents restored, or None when there is nothing to restore."""
    values = {f: getattr(person, f) for f in _FIELDS}
    fixed = _restore_fields(values)
    return None if fixed is None else _with_fields(person, fixed)


def repair_person(person: Person) -> tuple[Person, tuple[Repair, ...]]:
    """Repair an already split name: LaTeX decoded, lost accents restored, spaces tidied.

    >>> fixed, repairs = repair_person(Person(given="Jos'e Miguel", family="Hern\\\\'{a}ndez"))
    >>> str(fixed), [r.action for r in repairs]
    ('José Miguel Hernández', ['latex-to-unicode', 'restore-lost-accent'])
    """
    values = {f: getattr(person, f) for f in _FIELDS}
    repairs: list[Repair] = []
    if any("\\" in v and has_latex(v) for v in values.values()):
        # Only fields holding a LaTeX command are decoded (braces alone are kept as text);
        # a decoding that would leave nothing, or meets a command nobody knows (a macro of
        # the file's @preamble), keeps the original text.
        decoded = {
            f: (latex_to_unicode_known(v) or v) if "\\" in v and has_latex(v) else v
            for f, v in values.items()
        }
        if decoded != values:
            new = _with_fields(person, decoded)
            repairs.append(Repair("name", "latex-to-unicode", str(person), str(new), _REASON_LATEX))
            values = decoded
    tidy = {f: " ".join(v.split()) for f, v in values.items()}
    fixed = _restore_fields(tidy)
    if fixed is not None:
        before = str(_with_fields(person, tidy))
        after_person = _with_fields(person, fixed)
        repairs.append(
            Repair("name", "restore-lost-accent", before, str(after_person), _REASON_ACCENT)
        )
        tidy = fixed
    if tidy == {f: getattr(person, f) for f in _FIELDS}:
        return person, tuple(repairs)
    return _with_fields(person, tidy), tuple(repairs)


# ---------------------------------------------------------------------------------------
# author lists


def _parse_auto(piece: str) -> Person:
    return parse_name(piece, "auto")


_INCOMPLETE_TAIL = re.compile(
    r"[,;]?\s*(?:\band\s+|&\s*)?(?:\bet\.?\s*al\b\.?|\bothers\b\.?|…|\.{3,}|\[\.\.\.\]"
    r"|\(see\s+(?:\d+\s+)?more\))\s*$",
    re.IGNORECASE,
)
# What a list that _INCOMPLETE_TAIL marks can end with (lower case): a cheap test first.
_INCOMPLETE_ENDINGS = ("al", "al.", "others", "others.", "…", "...", "...]", "more)")
_LEADING_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+|,|\s*&\s*)\s*", re.IGNORECASE)
_INITIALS_PIECE = re.compile(r"(?:[^\W\d_]\.?[- ]?){1,4}|(?:[A-Z]{1,3})")
_VANCOUVER_INITIALS = re.compile(r"[A-Z]{1,3}")
_DOTTED_INITIALS = re.compile(r"[A-Za-z]\.(?:-?[A-Za-z]\.){0,3}")
_INITIAL_BREAK = re.compile(r"\.(?=[A-Za-z])")


def _is_initials(piece: str) -> bool:
    """Up to four letters, each with a period ("J.", "j. a."), or capitals ("JA"), or one
    letter: not a short word ("Lima", "Ana": a name whose given name may follow)."""
    if len(piece) > 12 or _INITIALS_PIECE.fullmatch(piece) is None:
        return False
    return "." in piece or piece.isupper() or sum(ch.isalpha() for ch in piece) == 1


def _suffix_last(chunk: str) -> bool:
    """ "Reynolds, Charles F., III": family, given, then a suffix (as PubMed and EndNote
    write it; BibTeX writes the suffix second)."""
    parts = chunk.split(",")
    return (
        len(parts) == 3
        and is_suffix(parts[2].strip())
        and not is_suffix(parts[1].strip())
        and bool(parts[1].strip())
    )


def _suffix_second(chunk: str) -> bool:
    """ "Smith, Jr., John": BibTeX's "von Last, Jr, First"."""
    parts = chunk.split(",")
    return len(parts) == 3 and is_suffix(parts[1].strip()) and bool(parts[2].strip())


def _has_name(piece: str) -> bool:
    """False for list pieces with no letter or digit at all ("{}", "--")."""
    return piece[:1].isalnum() or any(ch.isalnum() for ch in piece)


def _split_bibtex_list(text: str) -> list[str]:
    names: list[str] = []
    level = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            level += 1
        elif ch == "}":
            level = max(0, level - 1)
        elif level == 0 and ch in " \t\n":
            m = _AND_LEVEL0.match(text, i)
            if m is not None:
                names.append(text[start:i])
                start = m.end()
                i = start
                continue
        i += 1
    names.append(text[start:])
    return [" ".join(x.split()) for x in names if x.strip()]


def _vancouver(piece: str) -> Person | None:
    """Read "Smith JA" (Vancouver) or "smith j.a." (surname, then dotted initials)."""
    words = piece.rstrip(":").split()
    if len(words) < 2:
        return None
    dotted = _DOTTED_INITIALS.fullmatch(words[-1])
    if not dotted and not _VANCOUVER_INITIALS.fullmatch(words[-1]):
        if not (words[-1][-1:] == "." and _VANCOUVER_INITIALS.fullmatch(words[-1][:-1])):
            return None
        words[-1] = words[-1][:-1]  # ("Chow JCL.": PubMed ends its lists with a period)
    family_words = words[:-1]
    k = 0
    while k < len(family_words) - 1 and family_words[k].lower() in PARTICLES:
        k += 1
    if any(len(w.strip(".")) <= 1 for w in family_words) or any(
        w.endswith(".") for w in family_words
    ):
        return None
    if not dotted and not family_words[k][:1].isupper():
        return None
    if dotted:  # (its hyphens kept: "Jones J.-P." is J.-P. Jones)
        given = _INITIAL_BREAK.sub(". ", words[-1])
    else:
        given = " ".join(ch + "." for ch in words[-1] if ch.isalpha())
    return Person(
        given=given, family=" ".join(family_words[k:]), particle=" ".join(family_words[:k])
    )


def parse_author_list(
    text: str, *, cache: dict[str, Person] | None = None
) -> tuple[list[Person], bool]:
    """Split a list of authors; the bool says whether the list is complete.

    Reads BibTeX's ``and``-joined lists and free-text lists ("A. Smith, B. Jones, and
    C. Brown", "Smith, J.; Jones, K.", "Smith J, Jones K"); "et al.", "and others" and "…"
    mark the list incomplete.

        >>> people, complete = parse_author_list("p. auer, n. cesa-bianchi, and r. e. schapire,")
        >>> [p.family for p in people], complete
        (['auer', 'cesa-bianchi', 'schapire'], True)
        >>> people, complete = parse_author_list("Smith, J.; Jones, K. et al.")
        >>> [str(p) for p in people], complete
        (['J. Smith', 'K. Jones'], False)

    ``cache`` (a dict the caller keeps, e.g. for one file) remembers each name's
    :func:`parse_name` result, so that a name met again is not parsed again (the same
    :class:`~pubrecords.Person` is given back: it is immutable). Nothing here records
    what reading a name changed (a title dropped, a lost accent restored): readers use
    :func:`parse_author_list_repaired`.
    """
    return _author_list(text, _cached(_parse_auto, cache), _same)


def _cached(read: Callable[[str], _T], cache: dict[str, _T] | None) -> Callable[[str], _T]:
    """``read``, remembering in ``cache`` (if any) what it gave for each name."""
    if cache is None:
        return read

    def one(piece: str) -> _T:
        got = cache.get(piece)
        if got is None:
            got = cache[piece] = read(piece)
        return got

    return one


def _same(person: Person) -> Person:
    return person


def _unrepaired(person: Person) -> NameRepairs:
    return person, ()


def parse_author_list_repaired(
    text: str, *, cache: dict[str, NameRepairs] | None = None
) -> tuple[list[NameRepairs], bool]:
    """Like :func:`parse_author_list`, each person with the repairs made reading it
    (:func:`parse_name_repaired`; their field is ``name``: see :func:`repairs_on`).
    ``cache`` remembers each name's person and repairs together.

        >>> people, complete = parse_author_list_repaired("Dr. Ada Lovelace; Babbage, C.")
        >>> [(str(p), [r.action for r in rs]) for p, rs in people]
        [('Ada Lovelace', ['drop-title']), ('C. Babbage', [])]
    """
    return _author_list(text, _cached(_parse_auto_repaired, cache), _unrepaired)


def _parse_auto_repaired(piece: str) -> NameRepairs:
    return parse_name_repaired(piece, "auto")


def _author_list(
    text: str, one: Callable[[str], _T], vancouver_one: Callable[[Person], _T]
) -> tuple[list[_T], bool]:
    """The list split (see :func:`parse_author_list`): ``one`` reads a name, and
    ``vancouver_one`` gives what a name read as Vancouver ("Smith JA") stands for."""
    if not isinstance(text, str):
        raise NameParseError(f"an author list must be a string, not {type(text).__name__}")
    if len(text) > _MAX_LIST_LENGTH:
        raise NameParseError(f"author list of {len(text)} characters is too long")
    bad = _CONTROL.search(text)
    if bad is not None:
        raise NameParseError(
            f"control character U+{ord(bad.group()):04X} in author list {_error_excerpt(text)}"
        )
    s = " ".join(text.split()).strip(" ,;")
    if "|" in s and ";" not in s:
        s = s.replace("|", ";")  # (OpenAlex's lists: "Ada Lovelace|Alan Turing")
    complete = True
    while s and s[-8:].lower().endswith(_INCOMPLETE_ENDINGS):
        # markers sit at the end; search a bounded tail so long input stays linear
        cut = max(0, len(s) - 80)
        m = _INCOMPLETE_TAIL.search(s, cut)
        if m is None:
            break
        complete = False
        s = s[: m.start()].strip(" ,;")
    if not s:
        return [], complete
    people: list[_T] = []
    chunks = _split_bibtex_list(s) if _AND_LEVEL0.search(s) is not None else [s]
    # (names in biblatex's extended format, family=…, given=…, are BibTeX names too)
    bibtex_style = (
        _BIBTEX_MARKERS.search(s) is not None
        or ("=" in s and any(split_extended(c) is not None for c in chunks))
    ) or (
        len(chunks) > 1
        and all(c.count(",") <= 1 or _suffix_last(c) or _suffix_second(c) for c in chunks)
        and any("," in c for c in chunks)
        and (
            not any("," not in c and " " in c.strip() for c in chunks)
            # (most names inverted, one not: "Chen, Ann and Lee Wong and Park, Jo")
            or (
                len(chunks) >= 3
                and sum("," in c for c in chunks) * 2 > len(chunks)
                and not any("," not in c and _vancouver(c.strip()) for c in chunks)
            )
        )
    )
    if bibtex_style or (len(chunks) > 1 and "," not in s and ";" not in s):
        for piece in chunks:
            piece = piece.strip(" ,;")
            if not piece:
                continue
            if piece.lower() == "others":
                complete = False
                continue
            if piece.count(",") == 2 and _suffix_last(piece):
                family, given, suffix = piece.split(",")  # as BibTeX writes it:
                piece = f"{family},{suffix},{given}"  # "von Last, Jr, First"
            if _has_name(piece):
                people.append(one(piece))
        return people, complete
    if ";" in s:
        for piece in s.split(";"):
            piece = piece.strip(" ,")
            if piece[:1] in "aA&":
                piece = _LEADING_AND.sub("", piece)
            if _has_name(piece):
                people.append(one(piece))
        return people, complete
    pieces = [p for p in _LIST_SPLIT.split(s) if p and p.strip(" .")]
    multi = [p for p in pieces if " " in p]
    vancouver = [v for v in (_vancouver(p) for p in multi) if v is not None]
    use_vancouver = bool(multi) and len(vancouver) * 2 >= len(multi) and len(vancouver) >= 1
    named = sum(1 for p in pieces if not is_suffix(p))  # (the pieces that are no "Jr.")
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if use_vancouver:
            v = _vancouver(piece)
            if v is not None:
                people.append(vancouver_one(v))
                i += 1
                continue
        single = " " not in piece or all(w.lower() in PARTICLES for w in piece.split()[:-1])
        if single and nxt is not None and is_suffix(nxt) and i + 2 < len(pieces):
            after = pieces[i + 2]  # "Smith, Jr., John": BibTeX's "von Last, Jr, First"
            if not is_suffix(after) and not _is_initials(piece):
                people.append(one(f"{piece}, {nxt}, {after}"))
                i += 3
                continue
        if (
            nxt is not None
            and single
            and not _is_initials(piece)
            and (
                _is_initials(nxt)
                or (" " not in nxt and named % 2 == 0 and not multi)
                or (named == 2 and (" " not in piece or piece[:1].islower()))
                # (one name inverted: "Lima, Ana Maria", "de Lima, Ana"; not "Bin Li, …")
            )
        ):
            after = pieces[i + 2] if i + 2 < len(pieces) else ""
            if after and is_suffix(after):  # "Patz, E. F., Jr.": the suffix after the given
                people.append(one(f"{piece}, {after}, {nxt}"))
                i += 3
                continue
            people.append(one(f"{piece}, {nxt}"))
            i += 2
            continue
        if _has_name(piece):
            people.append(one(piece))
        i += 1
    return people, complete


# ---------------------------------------------------------------------------------------
# matching

_FOLD_DROP = re.compile(r"['’ʼ`´\"]")
_SPLIT_GIVEN = re.compile(r"[\s.\-‐‑]+")
_NONALNUM = re.compile(r"[^0-9a-z]+")
