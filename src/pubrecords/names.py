"""Author names: parsing (BibTeX and free text), repair, matching, formatting.

INTERIM: a minimal placeholder so other modules can be built against the API;
the names issue replaces it.
"""

from __future__ import annotations

from typing import Any, Literal

from .model import Person, Repair

__all__ = [
    "best_variant",
    "family_key",
    "format_name",
    "from_csl_name",
    "name_similarity",
    "parse_author_list",
    "parse_name",
    "parse_name_repaired",
    "repair_person",
    "same_person",
    "to_csl_name",
]


def parse_name(text: str, syntax: Literal["auto", "bibtex", "text"] = "auto") -> Person:
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        return Person(given=given.strip(), family=family.strip())
    parts = text.split(" ")
    if len(parts) == 1:
        return Person(family=parts[0])
    return Person(given=" ".join(parts[:-1]), family=parts[-1])


def parse_author_list(text: str) -> tuple[list[Person], bool]:
    complete = True
    low = text.lower()
    for marker in ("et al", "and others", "…", "..."):
        if marker in low:
            complete = False
            text = text[: low.index(marker)]
            low = text.lower()
    pieces = [p.strip() for p in text.replace(" and ", ",").replace(";", ",").split(",")]
    return [parse_name(p) for p in pieces if p], complete


def same_person(a: Person | str, b: Person | str) -> bool:
    return name_similarity(a, b) >= 0.9


def name_similarity(a: Person | str, b: Person | str) -> float:
    pa = parse_name(a) if isinstance(a, str) else a
    pb = parse_name(b) if isinstance(b, str) else b
    if pa.family.lower() != pb.family.lower():
        return 0.0
    if pa.given[:1].lower() != pb.given[:1].lower():
        return 0.3
    return 1.0


def best_variant(names: Any) -> Person:
    people = [parse_name(n) if isinstance(n, str) else n for n in names]
    return max(people, key=lambda p: len(str(p)))


def format_name(person: Person, style: str = "display") -> str:
    if style == "bibtex":
        if person.literal:
            return "{" + person.literal + "}"
        return f"{person.family}, {person.given}" if person.given else person.family
    return str(person)


def to_csl_name(person: Person) -> dict[str, str]:
    if person.literal:
        return {"literal": person.literal}
    out = {"family": person.family}
    if person.given:
        out["given"] = person.given
    return out


def from_csl_name(data: dict[str, Any]) -> Person:
    if "literal" in data:
        return Person(literal=str(data["literal"]))
    return Person(given=str(data.get("given", "")), family=str(data.get("family", "")))


def parse_name_repaired(
    text: str, syntax: Literal["auto", "bibtex", "text"] = "auto"
) -> tuple[Person, tuple[Repair, ...]]:
    return parse_name(text, syntax), ()


def repair_person(person: Person) -> tuple[Person, tuple[Repair, ...]]:
    return person, ()


def family_key(person: Person) -> str:
    return (person.family or person.literal).lower()
