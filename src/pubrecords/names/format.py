"""Formatting names: display, BibTeX and CSL-JSON forms of a Person (and reading CSL-JSON names)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..errors import NameParseError
from ..model import Person
from .extended import format_extended
from .match import Style
from .text import CAP_PARTICLES

__all__ = ["format_name", "from_csl_name", "to_csl_name"]


def _needs_braces_family(family: str, has_given: bool) -> bool:
    words = family.split()
    if not words:
        return False
    if "," in family or any(w.lower() == "and" for w in words):
        return True
    if any(w[:1].islower() for w in words):
        return True  # BibTeX would read a lower-case word as "von"
    if len(words) > 1 and words[0].lower() in CAP_PARTICLES:
        return True  # "Von Hagen": keep it one family name for every reader
    return not has_given and len(words) > 1


def _brace(text: str) -> str:
    return "{" + text + "}"


def _initial(word: str) -> str:
    parts = [p for p in word.split("-") if p]
    out = []
    for p in parts:
        p = p.strip(".")
        if p:
            out.append(p[0] + ".")
    return "-".join(out)


def format_name(person: Person, style: Style = "display") -> str:
    """Write a name: ``bibtex`` ("von Last, Jr, First", braced where BibTeX would
    mis-split), ``biblatex`` (biblatex's extended format, ``family=…, given=…,
    prefix=…, useprefix=…``, for a person read from it, i.e. whose ``useprefix`` is set;
    the ``bibtex`` form otherwise), ``display`` ("First von Last, Jr"), ``sort``
    ("Last, First von, Jr") or ``initials`` ("F. von Last").

    In the ``bibtex`` form the particle is BibTeX's "von" part, whatever ``useprefix`` says:
    BibTeX reads the parts back as they are, and its styles sort and cite with the von
    part (biblatex's ``useprefix=true``); classic BibTeX has no per-name ``useprefix``.

        >>> p = Person(given="Marvin", family="Von Hagen")
        >>> format_name(p, "bibtex"), format_name(p, "initials")
        ('{Von Hagen}, Marvin', 'M. Von Hagen')
        >>> format_name(Person(given="Walter", particle="van der", family="Laan"), "sort")
        'Laan, Walter van der'
        >>> walt = Person(given="Stéfan J.", particle="van der", family="Walt", useprefix=True)
        >>> format_name(walt, "bibtex")
        'van der Walt, Stéfan J.'
        >>> format_name(walt, "biblatex")
        'family=Walt, given=Stéfan J., prefix=van der, useprefix=true'
    """
    if style == "biblatex":
        if person.useprefix is not None and (person.family or person.given):
            return format_extended(person)
        style = "bibtex"
    if person.literal and not (person.family or person.given):
        return _brace(person.literal) if style == "bibtex" else person.literal
    given, particle, family, suffix = person.given, person.particle, person.family, person.suffix
    if style == "bibtex":
        fam = _brace(family) if _needs_braces_family(family, bool(given or suffix)) else family
        if particle and particle[:1].isupper():
            particle = _brace(particle[0]) + particle[1:]  # stays before the last name
        head = f"{particle} {fam}" if particle else fam
        giv = given
        if "," in giv or re.search(r"\band\b", giv, re.IGNORECASE):
            giv = _brace(giv)
        suf = _brace(suffix) if "," in suffix else suffix
        if not head:  # (a given name only: BibTeX's one part, its last name)
            head, giv = (_brace(giv) if " " in giv else giv), ""
        if suf:  # ("May, Keith, {}": an empty first part, not a trailing comma)
            return f"{head}, {suf}, {giv or '{}'}"
        return f"{head}, {giv}" if giv else head
    if style == "display":
        name = " ".join(p for p in (given, particle, family) if p)
        return f"{name}, {suffix}" if suffix and name else name or suffix
    if style == "sort":
        rest = " ".join(p for p in (given, particle) if p)
        out = f"{family}, {rest}" if rest and family else family or rest
        return f"{out}, {suffix}" if suffix else out
    if style == "initials":
        inits = " ".join(_initial(w) for w in given.split())
        return " ".join(p for p in (inits, particle, family, suffix) if p)
    raise ValueError(f"unknown name style {style!r} (bibtex, biblatex, display, sort, initials)")


def to_csl_name(person: Person) -> dict[str, str]:
    """A CSL-JSON name object; the particle goes to ``non-dropping-particle``.

    >>> to_csl_name(Person(given="Walter", particle="van der", family="Laan"))
    {'family': 'Laan', 'given': 'Walter', 'non-dropping-particle': 'van der'}
    >>> to_csl_name(Person(literal="OpenAI"))
    {'literal': 'OpenAI'}
    """
    if person.literal and not (person.family or person.given):
        return {"literal": person.literal}
    out: dict[str, str] = {}
    if person.family:
        out["family"] = person.family
    if person.given:
        out["given"] = person.given
    if person.particle:
        out["non-dropping-particle"] = person.particle
    if person.suffix:
        out["suffix"] = person.suffix
    if not out and person.literal:
        out["literal"] = person.literal
    if "family" not in out and "given" in out and "non-dropping-particle" not in out:
        out = {"literal": " ".join(p for p in (person.given, person.suffix) if p)}  # (one name)
    return out


def from_csl_name(data: Mapping[str, Any]) -> Person:
    """A :class:`Person` from a CSL-JSON name object (both particle kinds accepted).

    >>> from_csl_name({"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"})
    Person(given='Ludwig', family='Beethoven', particle='van', suffix='', literal='', identifiers={}, aliases=(), useprefix=None)
    """
    if not isinstance(data, Mapping):
        raise NameParseError(f"a CSL name must be an object, not {type(data).__name__}")

    def get(key: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        return " ".join(str(value).split())

    literal = get("literal")
    family = get("family")
    given = get("given")
    if literal and not (family or given):
        return Person(literal=literal)
    particle = " ".join(p for p in (get("dropping-particle"), get("non-dropping-particle")) if p)
    person = Person(given=given, family=family, particle=particle, suffix=get("suffix"))
    if not (family or given or literal):
        raise NameParseError(f"CSL name without family, given or literal: {dict(data)!r}")
    return person
