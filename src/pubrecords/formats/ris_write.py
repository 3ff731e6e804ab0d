"""RIS: writing records as RIS (the reader is :mod:`pubrecords.formats.ris`).

A record read from RIS and not changed comes back exactly as it was read; a changed one has
its changed fields written anew in the place of the tags they were read from, every other
tag as written; a record from elsewhere is written from its fields, and what RIS has no
tag for (an ``extra`` key no tag is named after, an identifier) is named in one warning,
as is a second value for a tag that holds one (``CY``: an ``address`` and a conference's
``venue``; ``Y2``, ``DP``, ``C7``, ``ST``).
"""

from __future__ import annotations

import functools
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import PubrecordsWarning
from ..model import Kind, Person, Publication, SourceEntry, changed_fields
from .bibtex.years import date_day, qualified_parts
from .ris import (
    _ABSTRACT_TAGS,
    _BOOK_REVIEW,
    _BOOKS,
    _DISTRIBUTOR,
    _MORE_URLS,
    _NAME_TAG,
    _NAN,
    _PUBLISHER_TAGS,
    _TITLE_TAGS,
    _URL_TAGS,
    _VENUE_TAGS,
    TYPE_OF_KIND,
    _clean_doi,
    _interpret,
    _kind_of_type,
    _more_than_doi,
    _person,
)
from .tagged import count_identifiers, warn_unwritten

__all__ = ["to_ris", "write_ris"]

# Tags the model's fields are read from: never written from ``extra``.
_MODEL_TAGS = frozenset(
    {"TY", "ER", "ID", "AU", "A1", "CT", "PY", "Y1", "DA", "SP", "EP", "VL", "IS", "DO", "VO"}
    | set(_PUBLISHER_TAGS)
    | set(_TITLE_TAGS)
    | set(_VENUE_TAGS)
    | set(_ABSTRACT_TAGS)
    | set(_URL_TAGS)
)
# Tags of the model written from ``extra`` when the attribute they would give is set
# (the writer's own tag for it comes first: ``UR`` before ``L2``, ``TI`` before ``T1``).
_SHADOWED = {
    "UR": "url",
    "L2": "url",
    "T1": "title",
    "CT": "title",
    "ST": "title",
    "VO": "volume",
    "PU": "publisher",
    "N2": "abstract",
    "JA": "venue",
    "J2": "venue",
}
# Tags of one value each, and the ``extra`` names that may fill them, the preferred first:
# a record from elsewhere with two of them gets the first written and the other named in
# the warning (an address and a conference's place both want ``CY``).
_ONE_VALUE: dict[str, tuple[str, ...]] = {
    "CY": ("address", "location", "place_published", "venue"),
    "Y2": ("urldate", "access date", "access_date"),
    "DP": ("source", "library catalog", "database_provider"),
    "C7": ("eid", "custom7"),
    "ST": ("shorttitle", "short_title"),
}
_PAGE_RANGE = re.compile(r"^\s*([^\s\-–—]+)\s*(?:-{1,3}|–|—)\s*([^\s\-–—]+)\s*$")
_PLAIN_YEAR = re.compile(r"\s*[0-9]{4}\s*")
_TAG = re.compile(r"[A-Z][A-Z0-9]{1,3}")


def _line(tag: str, value: str) -> str:
    return f"{tag}  - {value}" if value else f"{tag}  -"


def _count_missing(lines: list[str], missing: Counter[str]) -> list[str]:
    """``lines``, counting in ``missing`` (by tag) those whose value the reader reads as a
    missing value (pandas' ``nan``)."""
    for line in lines:
        tag, _, value = line.partition("  - ")
        if value.strip() in _NAN:
            missing[tag] += 1
    return lines


@functools.lru_cache(maxsize=1024)
def _reads_whole(literal: str) -> bool:
    """Whether the RIS reader reads ``literal`` as one name, not a person's parts."""
    return _person(literal, {}, {}).literal == literal


def _name(person: Person) -> str:
    """A name as RIS writes it: ``Family, Given, Suffix`` (particles before the family)."""
    if person.literal:
        # a group the reader would split ("ELANS Study Grp": "Grp, ELANS Study"), with
        # EndNote's mark of a group author, a comma after it
        literal = person.literal
        if "," not in literal and not literal[0].islower() and not _reads_whole(literal):
            return literal + ","
        return literal
    family = f"{person.particle} {person.family}".strip() if person.particle else person.family
    parts = [family, person.given] if person.given else [family]
    if person.suffix:
        if not person.given:
            parts.append("")
        parts.append(person.suffix)
    return ", ".join(parts)


def _split_extra(name: str, value: str) -> list[str]:
    if name == "keywords":
        sep = r"\s*;\s*" if ";" in value else r"\s*,\s*"
        return [v for v in re.split(sep, value) if v]
    if name == "editor":  # (a name in braces, an organisation, written without them)
        names = [v.strip() for v in re.split(r"\s+and\s+", value) if v.strip()]
        return [
            v[1:-1] if v[0] == "{" and v[-1] == "}" and "{" not in v[1:-1] else v for v in names
        ]
    if name == _MORE_URLS:
        return [v for v in map(str.strip, value.split("\n")) if v]
    return [value]


def _extra_lines(name: str, value: str, tag: str | None) -> list[str]:
    tag = tag or _extra_tag(name)
    if tag is None or not value:
        return []
    return [_line(tag, v) for v in _split_extra(name, value)]


def _extra_tag(name: str) -> str | None:
    """The tag ``extra[name]`` is written in, if RIS has one."""
    return _NAME_TAG.get(name) or (name if _TAG.fullmatch(name) else None)


def _one_value_names(extra: dict[str, str]) -> dict[str, str]:
    """The name of ``extra`` each tag of one value is written from (of the names that
    want it, the preferred one with a value)."""
    chosen: dict[str, str] = {}
    for tag, names in _ONE_VALUE.items():
        for name in names:
            if extra.get(name, "").strip():
                chosen[tag] = name
                break
    for name, value in extra.items():
        found = _extra_tag(name)
        if found in _ONE_VALUE and value.strip():
            chosen.setdefault(found, name)
    return chosen


def _date_lines(pub: Publication, written: Sequence[tuple[str, str]]) -> list[str]:
    if pub.year is None:
        return []
    out: list[str] = []
    slashed = False
    # (a month, or a season or circa: said in a DA line only)
    full = bool(pub.month) or (bool(pub.extra) and qualified_parts(pub) is not None)
    for tag, raw in written or (("PY", "2000"),):
        if _PLAIN_YEAR.fullmatch(raw) and not (full and tag == "DA"):
            out.append(_line(tag, str(pub.year)))
        else:
            slashed = slashed or full
            out.append(_line(tag, _slashed(pub)))
    if full and not slashed:
        out.append(_line("DA", _slashed(pub)))
    return out


_SEASON_WORDS = {1: "Spring", 2: "Summer", 3: "Autumn", 4: "Winter"}


def _slashed(pub: Publication) -> str:
    """RIS's date of ``pub``: ``2019/05/17/`` (the day where the record's date has one),
    ``2019/05//``, ``2019///``; a season or *circa* (:func:`qualified_parts`) in its last
    part: ``2019///Summer``, ``1890/05/17/circa``."""
    qualified = qualified_parts(pub) if pub.extra else None
    other = ""
    if qualified is not None:
        day, more = qualified
        season = more.get("season")
        other = _SEASON_WORDS.get(int(season), "") if season else "circa"
    if not pub.month:
        return f"{pub.year}///{other}"
    day = (qualified[0] if qualified else date_day(pub)) if pub.extra else None
    middle = f"{day:02d}" if day else ""
    return f"{pub.year}/{pub.month:02d}/{middle}/{other}"


def _doi_text(pub: Publication) -> str | None:
    """The DO line's text as read, where it held more than the DOI (``10.1000/x [pdf]``:
    the reader keeps it as the first line of extra ``doi``), if it still holds ``pub.doi``."""
    text = pub.extra.get("doi")
    if not text or not pub.doi:
        return None
    first = text.split("\n", 1)[0]
    if _clean_doi(first) != pub.doi or not _more_than_doi(first, pub.doi):
        return None
    return first


def _attr_lines(
    attr: str, pub: Publication, written: Sequence[tuple[str, str]], tag: str | None = None
) -> list[str]:
    """The lines of model attribute ``attr`` (``written``: the fields it was read from;
    ``tag``: the tag to write it in, if not theirs)."""
    tag = tag or (written[0][0] if written else None)
    if attr == "date":
        return _date_lines(pub, written)
    if attr == "authors":
        lines = [_line(tag or "AU", _name(p)) for p in pub.authors]
        if not pub.authors_complete:
            lines.append(_line(tag or "AU", "et al."))
        return lines
    if attr == "pages":
        if not pub.pages:
            return []
        m = _PAGE_RANGE.match(pub.pages)
        if m is None:
            return [_line("SP", pub.pages.strip())]
        return [_line("SP", m.group(1)), _line("EP", m.group(2))]
    if attr == "kind":
        return [_line("M3", _BOOK_REVIEW)] if pub.kind is Kind.BOOK_REVIEW else []
    if attr == "doi" and (text := _doi_text(pub)) is not None:
        return [_line(tag or "DO", text)]
    if attr == "arxiv_id":
        return [_line("AN", f"arXiv:{pub.arxiv_id}")] if pub.arxiv_id else []
    if attr.startswith("extra:"):
        name = attr[6:]
        return _extra_lines(name, pub.extra.get(name, ""), tag)
    if attr == "url":  # the link, then the links after it (extra "urls")
        more = _extra_lines(_MORE_URLS, pub.extra.get(_MORE_URLS, ""), tag or "UR")
        return [_line(tag or "UR", pub.url), *more] if pub.url else more
    value = getattr(pub, attr)
    if not value:
        return []
    if tag is None and pub.kind is Kind.THESIS and attr in ("venue", "publisher"):
        # the reader reads a thesis's PB as its university where no tag gives a venue
        if attr == "venue" and not pub.publisher and not _DISTRIBUTOR.search(str(value)):
            tag = "PB"
        elif attr == "publisher" and not pub.venue:
            tag = "PU"
    default = {
        "title": "TI",
        "venue": "T2",
        "volume": "VL",
        "issue": "IS",
        "publisher": "PB",
        "doi": "DO",
        "url": "UR",
        "abstract": "AB",
        "key": "ID",
    }[attr]
    return [_line(tag or default, str(value))]


_ORDER = (
    "key",
    "authors",
    "title",
    "venue",
    "date",
    "volume",
    "issue",
    "pages",
    "publisher",
    "doi",
    "url",
    "arxiv_id",
    "abstract",
    "kind",
)
_COMPARED = (
    "title",
    "authors",
    "venue",
    "doi",
    "arxiv_id",
    "url",
    "volume",
    "issue",
    "pages",
    "publisher",
    "abstract",
    "key",
)


def _changed(pub: Publication, old: Publication) -> list[str]:
    """What differs from the record as read: attributes, ``"date"``, ``"extra:<key>"``."""
    changed, extra = changed_fields(pub, old, _COMPARED)
    if pub.authors_complete != old.authors_complete and "authors" not in changed:
        changed.append("authors")
    if pub.year != old.year or pub.month != old.month:
        changed.append("date")
    if pub.kind != old.kind:
        changed.append("kind")
    changed.extend(f"extra:{k}" for k in extra)
    return changed


def _thesis_publisher_tag(
    pub: Publication, entry: SourceEntry, used: dict[str, list[int]], changed: list[str]
) -> dict[str, str]:
    """``{"publisher": "PU"}`` for a changed thesis whose publisher must not be written in
    PB (the reader reads PB as a thesis's university where no other tag gives its venue):
    one without a venue, or whose venue is in PB; ``publisher`` is then added to
    ``changed`` if its tag must change."""
    if pub.kind is not Kind.THESIS or not pub.publisher:
        return {}
    at = used.get("venue")
    if pub.venue and (entry.fields[at[0]][0] if at else "T2") != "PB":
        return {}
    at = used.get("publisher")
    if at and (entry.fields[at[0]][0] == "PU" or _DISTRIBUTOR.search(pub.publisher)):
        return {}  # (PU; or a distributor, which PB gives where no venue is: ProQuest)
    if "publisher" not in changed:
        changed.append("publisher")
    return {"publisher": "PU"}


def _new_extra(
    name: str, value: str, new: list[str], lines: list[str], unwritten: Counter[str]
) -> list[str]:
    """The lines ``new`` of ``extra[name]``, added to a record read from RIS after its
    ``lines``: none where RIS has no tag for it, or where it would be a second value of a
    tag of one value (``CY``), which it does not repeat; ``unwritten`` counts it then."""
    tag = new[0].partition("  - ")[0] if new else None
    if tag in _ONE_VALUE:
        there = [line for line in lines if line.partition("  - ")[0] == tag]
        if there:
            if there != new:
                unwritten[f"{name} ({tag} holds another value)"] += 1
            return []
    if not new:
        unwritten[name] += 1
    return new


def _from_entry(
    pub: Publication,
    entry: SourceEntry,
    old: Publication,
    unwritten: Counter[str],
    missing: Counter[str],
) -> str:
    """A record read from RIS: as written when unchanged, else its changed fields anew
    (``unwritten`` counts what is not written, ``missing`` the new lines whose value reads
    back as missing)."""
    changed = _changed(pub, old)
    if not changed:
        return entry.raw
    if _doi_text(old) is not None:  # (the DO line's text is the first line of extra doi)
        if "extra:doi" in changed:
            changed.remove("extra:doi")
            if "doi" not in changed:
                changed.append("doi")
        if "doi" in changed and _doi_text(pub) is None and pub.extra.get("doi"):
            unwritten["doi"] += 1  # (what the DO line held besides the DOI: not written)
    if "extra:" + _MORE_URLS in changed:  # (the links are written together)
        changed.remove("extra:" + _MORE_URLS)
        if "url" not in changed:
            changed.append("url")
    tags, values = [tag for tag, _ in entry.fields], [value for _, value in entry.fields]
    _, _, used = _interpret(entry.entry_type, tags, values, {})
    if not entry.entry_type or (
        "kind" in changed and _kind_of_type(entry.entry_type.strip().upper()) is not pub.kind
    ):  # (a record read without TY gets one when it is written anew)
        entry_type = TYPE_OF_KIND[pub.kind]
    else:
        entry_type = entry.entry_type
    tag_of = _thesis_publisher_tag(pub, entry, used, changed)
    owner: dict[int, str] = {}
    for name in changed:
        for i in used.get(name, ()):
            owner[i] = name
    lines = [_line("TY", entry_type)]
    done: set[str] = set()
    for i, (tag, raw) in enumerate(entry.fields):
        owned = owner.get(i)
        if owned is None:
            lines.append(_line(tag, raw))
        elif owned not in done:
            done.add(owned)
            written = [entry.fields[j] for j in used[owned]]
            new = _attr_lines(owned, pub, written, tag_of.get(owned))
            lines.extend(_count_missing(new, missing))
    for name in changed:
        if name not in done:
            new = _attr_lines(name, pub, (), tag_of.get(name))
            if name.startswith("extra:") and pub.extra.get(name[6:], "").strip():
                new = _new_extra(name[6:], pub.extra[name[6:]], new, lines, unwritten)
            lines.extend(_count_missing(new, missing))
    last = entry.raw.rsplit("\n", 1)[-1]
    lines.append(last if last.startswith("ER  -") else "ER  - ")  # as written
    return "\n".join(lines)


def _from_model(pub: Publication, unwritten: Counter[str], missing: Counter[str]) -> str:
    """A record from elsewhere (a profile page, BibTeX, CSL-JSON), written from the model
    (``unwritten`` counts what RIS has no tag for: ``extra`` keys, identifiers; ``missing``
    the lines whose value reads back as missing)."""
    lines = [_line("TY", TYPE_OF_KIND[pub.kind])]
    book = pub.kind in _BOOKS
    for attr in _ORDER:
        lines.extend(_attr_lines(attr, pub, ()))
    one_value = _one_value_names(pub.extra)
    for name, value in pub.extra.items():
        if not value.strip() or name == _MORE_URLS:  # (the links: with the url)
            continue
        if name == "date" and (date_day(pub) is not None or qualified_parts(pub) is not None):
            continue  # (its day, season or circa: in the DA line)
        if name == "doi":  # (the DOIs after the first, one a line: each a DO line)
            more = value.split("\n")[1:] if _doi_text(pub) is not None else value.split("\n")
            lines.extend(_line("DO", v.strip()) for v in more if v.strip())
            continue
        tag = _extra_tag(name)
        if tag in one_value and one_value[tag] != name:
            # a second value for a tag of one value: named, unless it is the value written
            if value.strip() != pub.extra[one_value[tag]].strip():
                unwritten[f"{name} ({tag} holds {one_value[tag]})"] += 1
            continue
        shadow = _SHADOWED.get(tag or "")
        # a tag the model is read from is written from extra only after the tag that wins
        if tag is not None and (
            tag not in _MODEL_TAGS
            or (
                shadow is not None
                and getattr(pub, shadow)
                and (tag not in ("JA", "J2") or not book)
            )
        ):
            lines.extend(_extra_lines(name, value, tag))
        else:
            unwritten[name] += 1
    count_identifiers(pub, (), unwritten)
    lines.append("ER  - ")
    return "\n".join(_count_missing(lines, missing))


def to_ris(pubs: Iterable[Publication]) -> str:
    """RIS text of ``pubs``: a record read from RIS and not changed since comes back exactly
    as read (the text around it too); a changed one has its changed fields written anew and
    every other tag kept; any other record is written from its fields (see
    :func:`parse_ris` for the tags).

        >>> from pubrecords import Person, Publication, Kind
        >>> to_ris([Publication(title="On RIS", year=2020, kind=Kind.JOURNAL_ARTICLE,
        ...                     authors=[Person(given="Ada", family="Lovelace")])]).splitlines()
        ['TY  - JOUR', 'AU  - Lovelace, Ada', 'TI  - On RIS', 'PY  - 2020', 'ER  - ']
    """
    chunks: list[str] = []
    unwritten: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    for pub in pubs:
        entry = pub.source_entry
        if entry is not None and entry.dialect == "ris" and entry.as_read is not None:
            for block in entry.before:
                chunks.append(block.raw.strip("\n") + "\n")
            chunks.append(_from_entry(pub, entry, entry.as_read, unwritten, missing) + "\n\n")
            for block in entry.after:
                chunks.append(block.raw.strip("\n") + "\n")
        else:
            chunks.append(_from_model(pub, unwritten, missing) + "\n\n")
    warn_unwritten("RIS", unwritten)
    if missing:
        what = ", ".join(f"{tag} ({count})" for tag, count in sorted(missing.items()))
        warnings.warn(
            f"RIS: values that read back as missing ('nan') written, by tag (lines): {what}",
            PubrecordsWarning,
            stacklevel=2,
        )
    text = "".join(chunks)
    return text[:-1] if text.endswith("\n\n") else text


def write_ris(pubs: Iterable[Publication], path: str | os.PathLike[str]) -> None:
    """Write :func:`to_ris` of ``pubs`` to ``path`` (UTF-8)."""
    Path(path).write_text(to_ris(pubs), encoding="utf-8")
