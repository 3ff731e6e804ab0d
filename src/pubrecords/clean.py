"""Cleaners: offline repair of records, every change recorded on the record.

:func:`clean_publication` and :func:`clean_profile` repair what scraping and
LaTeX sources damage in titles, abstracts, venues and author lists, and flag
what is still cut (``abstract_complete`` / ``authors_complete``). They are pure
(the input is never changed) and idempotent (cleaning a clean record changes
nothing); each change is appended to ``Publication.repairs`` as a
:class:`~pubrecords.model.Repair` naming the field, a stable action id, the text
before and after, and a human reason::

    >>> from pubrecords import Publication, clean_publication
    >>> pub = clean_publication(Publication(
    ...     title="Thinker", abstract="utilize a le… (see more)arned world model."))
    >>> pub.abstract
    'utilize a learned world model.'
    >>> [(r.field, r.action, r.before, r.after) for r in pub.repairs]
    [('abstract', 'remove-display-marker', 'utilize a le… (see more)arned world model.', 'utilize a learned world model.')]

The action ids (see ``docs/repairing.md``): ``normalize-unicode``,
``normalize-whitespace``, ``remove-invisible-char``, ``remove-display-marker``,
``decode-html-entity``, ``latex-to-unicode``, ``latex-math-to-text``,
``latex-quotes-to-unicode``, ``latex-dashes-to-unicode``, ``remove-latex-braces``,
``insert-lost-space``, ``remove-abstract-label``, ``drop-empty-field``,
``drop-title-as-abstract``, ``flag-truncated-abstract``,
``flag-incomplete-authors``, ``remove-placeholder-author``, ``drop-empty-author``,
the scraped-text repairs of :mod:`pubrecords.text.scraped` (``decode-html``,
``fix-mojibake`` in titles, abstracts, venues, publishers and names; ``flag-lost-letter``
in names),
and whatever :func:`pubrecords.names.repair_person` reports for a name
(e.g. ``restore-lost-accent``), recorded with the field ``authors[i]``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

import attrs

from .model import Kind, Person, Profile, Publication, Repair
from .names import parse_name_repaired, repair_person
from .text.cleaning import _INVISIBLE, _url_like, clean_text
from .text.scraped import fix_scraped, fix_scraped_person

__all__ = ["clean_profile", "clean_publication", "truncation_reason"]


# --------------------------------------------------------------------------------------
# Truncation

_CUT_END = re.compile(
    r"(?:…|\.\.\.|\[\s?(?:…|\.\.\.)\s?\]|\(\s?(?:see\s{1,3})?more\s?\))\s*$", re.IGNORECASE
)
_TERMINAL = frozenset('.!?…)]}”’"»›。！？')


def truncation_reason(text: str) -> str | None:
    """Why an abstract looks cut short, or None when it looks complete.

    Cut: a trailing cut marker ("…", "...", "[…]", "(see more)") or no terminal
    punctuation at the end. Complete: ". ! ? … ) ] ”" and other closing quotes at
    the end, or a trailing URL / e-mail / DOI.

        >>> truncation_reason("While prior work establishes robustness against different")
        'ends mid-sentence'
        >>> truncation_reason("Code is at https://github.com/example/repo") is None
        True
        >>> truncation_reason("We call it “grokking.”") is None
        True
    """
    tail = text[-80:].rstrip()
    if not tail:
        return None
    if _CUT_END.search(tail):
        return "ends with a cut marker"
    last = tail[-1]
    if last in _TERMINAL or (last == "'" and len(tail) > 1 and tail[-2] in ".!?"):
        return None
    last_token = tail.rsplit(" ", 1)[-1]
    if _url_like(last_token) or last_token.lower().startswith("10."):
        return None
    return "ends mid-sentence"


# --------------------------------------------------------------------------------------
# Authors

_PLACEHOLDER = re.compile(
    r"(?:et\.?\s?al\.?|and\s+others|others|&\s?al\.?|…|\.\.\.|\(\s?(?:see\s{1,3})?more\s?\))",
    re.IGNORECASE,
)
_SEE_N_MORE = re.compile(
    r"\s?(?:…|\.\.\.)?\s?\(\s?see\s{1,3}(\d{1,6})\s{1,3}more\s?\)\s?$", re.IGNORECASE
)


def _norm_component(value: str) -> str:
    if not value or (
        value.isascii() and value.isprintable() and value == value.strip() and "  " not in value
    ):
        return value
    value = _INVISIBLE.sub("", value)
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())


class _PersonResult(NamedTuple):
    person: Person | None  # None: not a person, dropped
    repairs: tuple[Repair, ...]  # with an empty field, set by the caller
    hidden: int | None  # from a "(see N more)" left in the name
    incomplete: str | None  # why the list is incomplete, if this entry says so


def _clean_authors(pub: Publication, out: list[Repair], changes: dict[str, object]) -> None:
    """Clean the author list; new values go into ``changes``."""
    people: list[Person] = []
    complete = pub.authors_complete
    hidden = pub.hidden_authors
    changed = False
    for i, person in enumerate(pub.authors):
        fixed, scraped = fix_scraped_person(person)  # HTML, mojibake
        _add_scraped(pub, f"authors[{i}]", _no_flags(scraped), out)
        result = _clean_person(repair_person, fixed)
        if result.person is not None:  # lost letters, flagged on the name as cleaned
            flags = fix_scraped_person(result.person)[1]
            _add_scraped(pub, f"authors[{i}]", flags[len(_no_flags(flags)) :], out)
        if result.repairs:
            field = f"authors[{i}]"
            out.extend(Repair(field, r.action, r.before, r.after, r.reason) for r in result.repairs)
        if result.hidden is not None and (hidden is None or hidden < result.hidden):
            hidden = result.hidden
        if result.incomplete is not None:
            complete = _flag_authors(complete, out, result.incomplete)
        if result.person is None:
            changed = True
        elif result.person is person or result.person == person:
            people.append(person)  # the caller's object, not an equal one from the cache
        else:
            people.append(result.person)
            changed = True
    if hidden is not None and hidden > 0:
        complete = _flag_authors(complete, out, f"the source hides {hidden} author(s)")
    if changed:
        changes["authors"] = tuple(people)
    if complete != pub.authors_complete:
        changes["authors_complete"] = complete
    if hidden != pub.hidden_authors:
        changes["hidden_authors"] = hidden


@functools.lru_cache(maxsize=65536)
def _clean_person(
    repair: Callable[[Person], tuple[Person, tuple[Repair, ...]]], person: Person
) -> _PersonResult:
    """One author entry cleaned (cached: co-authors repeat across a profile's records)."""
    out: list[Repair] = []
    hidden: int | None = None
    incomplete: str | None = None
    parts = (person.given, person.family, person.particle, person.suffix, person.literal)
    clean_parts = tuple(_norm_component(v) for v in parts)
    if clean_parts != parts:
        given, family, particle, suffix, literal = clean_parts
        normalized = attrs.evolve(
            person, given=given, family=family, particle=particle, suffix=suffix, literal=literal
        )
        out.append(
            Repair(
                "",
                "normalize-whitespace",
                str(person),
                str(normalized),
                "name whitespace and Unicode normalized",
            )
        )
        person = normalized
    name = str(person)
    if not name:
        out.append(Repair("", "drop-empty-author", "", "", "an author with no name"))
        return _PersonResult(None, tuple(out), hidden, incomplete)
    m = _SEE_N_MORE.search(name) if "ore" in name or "ORE" in name else None
    if m is not None:
        hidden = int(m.group(1))
        rest = name[: m.start()].strip()
        out.append(
            Repair(
                "",
                "remove-display-marker",
                name,
                rest,
                f"the page hid {hidden} more author(s) behind '(see {hidden} more)'",
            )
        )
        incomplete = f"the source hid {hidden} author(s)"
        if not rest:
            return _PersonResult(None, tuple(out), hidden, incomplete)
        person, read = parse_name_repaired(rest)  # (a title dropped is recorded)
        out.extend(read)
        name = rest
    # a placeholder as given, or one the name repair turned up
    for stage in range(2):
        if _PLACEHOLDER.fullmatch(name):
            out.append(
                Repair(
                    "",
                    "remove-placeholder-author",
                    name,
                    "",
                    f"'{name}' stands for authors left out, not a person",
                )
            )
            return _PersonResult(None, tuple(out), hidden, f"the list ended with '{name}'")
        if stage == 1:
            break
        # repair_person to a fixed point, so that cleaning stays idempotent
        for _ in range(4):
            new, repairs = repair(person)
            if not repairs:
                break
            out.extend(repairs)
            person = new
        name = str(person).strip()
        if not name:
            out.append(Repair("", "drop-empty-author", str(person), "", "no name left"))
            return _PersonResult(None, tuple(out), hidden, incomplete)
    return _PersonResult(person, tuple(out), hidden, incomplete)


def _add_scraped(
    pub: Publication, field: str, repairs: tuple[Repair, ...], out: list[Repair]
) -> None:
    """Record scraped-text repairs on ``field``; a flag already on the record is not
    repeated (cleaning stays idempotent)."""
    for r in repairs:
        if r.before == r.after and any(
            (x.action, x.before) == (r.action, r.before) for x in pub.repairs
        ):
            continue  # a flag (its author may have moved up the list since)
        out.append(Repair(field, r.action, r.before, r.after, r.reason))


def _no_flags(repairs: tuple[Repair, ...]) -> tuple[Repair, ...]:
    return tuple(r for r in repairs if r.action != "flag-lost-letter")


def _scraped_text(pub: Publication, field: str, value: str, out: list[Repair]) -> str:
    """HTML tags and mojibake of a text field (entities: ``clean_text``; lost letters are
    flagged in names only: a "?" between letters in prose may be a URL's). Text that an
    earlier cleaning decoded from LaTeX is no mojibake: its characters are ours ("é““" from
    ``\\'e````, which reads as a Chinese character's UTF-8)."""
    ours = any(r.field == field and r.action.startswith("latex-") for r in pub.repairs)
    new, repairs = fix_scraped(value, entities=False, mojibake=not ours)
    _add_scraped(pub, field, _no_flags(repairs), out)
    return new


def _flag_authors(complete: bool, out: list[Repair], reason: str) -> bool:
    if complete:
        out.append(Repair("authors_complete", "flag-incomplete-authors", "True", "False", reason))
    return False


# --------------------------------------------------------------------------------------
# Records

_FOLD = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).casefold())


_LIGHT_FIELDS = ("venue", "publisher")
_PLAIN_FIELDS = ("doi", "arxiv_id", "url", "volume", "issue", "pages", "key")


# "<Book title> by A and B (review)", as journals list book reviews. ("Review of …" titles
# are mostly surveys, so they are not taken for book reviews.)
_BOOK_REVIEW_TITLE = re.compile(r"\bby\s+\S[^()]{0,300}\((?:book\s+)?review\)\s*$", re.IGNORECASE)


# An HTML link as a site's template writes it ('<a href="https://…" target="_blank">…</a>')
_ANCHOR = re.compile(
    r"""<a\s[^>]*?\bhref\s*=\s*(["'])(https?://[^"'<>\s]+)\1[^>]*>""", re.IGNORECASE
)


def _link_addresses(pub: Publication, out: list[Repair], changes: dict[str, object]) -> None:
    """The addresses of HTML links a site's file puts in its fields: a url field that is a
    link ('doi:<a href="https://doi.org/10.1000/x1">10.1000/x1</a>') becomes the link's
    address; the link a title was wrapped in (its tags removed as ``decode-html``) becomes
    the url of a record that has none, so the address is not lost."""
    url = changes.get("url", pub.url)
    if isinstance(url, str) and "<" in url:
        m = _ANCHOR.search(url)
        if m and len(_ANCHOR.findall(url)) == 1:
            out.append(
                Repair("url", "decode-html", url, m.group(2), "an HTML link: its address kept")
            )
            changes["url"] = m.group(2)
        return
    if url is None and pub.title and "<" in pub.title:
        links = {m.group(2) for m in _ANCHOR.finditer(pub.title)}
        if len(links) == 1 and changes.get("title", pub.title) != pub.title:
            (address,) = links
            out.append(Repair("url", "decode-html", "", address, "the title's link address kept"))
            changes["url"] = address


def clean_publication(pub: Publication) -> Publication:
    """Repair a record's text and flag what is cut; every change recorded in ``repairs``.

    Pure and idempotent: ``clean_publication(clean_publication(p)) ==
    clean_publication(p)``. Flags only ever go from True to False.

        >>> from pubrecords import Person, Publication
        >>> pub = clean_publication(Publication(
        ...     title="Towards Robustness",
        ...     authors=(Person(given="Ada", family="Lovelace"), Person(literal="et al.")),
        ...     abstract="A core issue is that robustness fail… (see more)s against different"))
        >>> pub.abstract, pub.abstract_complete
        ('A core issue is that robustness fails against different', False)
        >>> [str(a) for a in pub.authors], pub.authors_complete
        (['Ada Lovelace'], False)
    """
    return _clean_publication(pub, owner_omitted=False)


def _clean_publication(pub: Publication, *, owner_omitted: bool) -> Publication:
    out: list[Repair] = []
    changes: dict[str, object] = {}
    # LaTeX left in the fields of a record read from BibTeX (math, commands the reader
    # keeps) is the author's markup: kept for the BibTeX writer (CSL-JSON makes it text)
    entry = pub.source_entry
    latex = entry is None or entry.dialect not in ("bibtex", "biblatex")

    title = _scraped_text(pub, "title", pub.title, out)
    title, repairs = clean_text(title, "title", latex=latex)
    out.extend(repairs)
    if title != pub.title:
        changes["title"] = title

    abstract = pub.abstract
    abstract_complete = pub.abstract_complete
    if abstract is not None:
        raw_cut = _CUT_END.search(abstract[-80:].rstrip()) is not None
        abstract, repairs = (
            clean_text(_scraped_text(pub, "abstract", abstract, out), "abstract", latex=latex)
            if abstract.strip()
            else ("", ())
        )
        out.extend(repairs)
        if not abstract:
            out.append(
                Repair("abstract", "drop-empty-field", pub.abstract or "", "", "empty abstract")
            )
            abstract = None
        elif title and len(abstract) <= 3 * len(title) + 20 and _fold(abstract) == _fold(title):
            out.append(
                Repair(
                    "abstract",
                    "drop-title-as-abstract",
                    abstract,
                    "",
                    "the abstract only repeats the title",
                )
            )
            abstract = None
        if abstract is not None and abstract_complete:
            reason = "ends with a cut marker" if raw_cut else truncation_reason(abstract)
            if reason is not None:
                out.append(
                    Repair(
                        "abstract_complete",
                        "flag-truncated-abstract",
                        "True",
                        "False",
                        f"the abstract {reason}",
                    )
                )
                abstract_complete = False
        if abstract != pub.abstract:
            changes["abstract"] = abstract
        if abstract_complete != pub.abstract_complete:
            changes["abstract_complete"] = abstract_complete

    for name in _LIGHT_FIELDS:
        value = getattr(pub, name)
        if value is None:
            continue
        new, repairs = (
            clean_text(_scraped_text(pub, name, value, out), name, latex=latex)
            if value.strip()
            else ("", ())
        )
        out.extend(repairs)
        if not new:
            out.append(Repair(name, "drop-empty-field", value, "", f"empty {name}"))
            changes[name] = None
        elif new != value:
            changes[name] = new
    for name in _PLAIN_FIELDS:
        value = getattr(pub, name)
        if value is None:
            continue
        new = value.strip()
        if not new:
            out.append(Repair(name, "drop-empty-field", value, "", f"empty {name}"))
            changes[name] = None
        elif new != value:
            out.append(
                Repair(name, "normalize-whitespace", value, new, "surrounding whitespace removed")
            )
            changes[name] = new

    _link_addresses(pub, out, changes)
    _clean_authors(pub, out, changes)
    if pub.kind is Kind.UNKNOWN and _BOOK_REVIEW_TITLE.search(str(changes.get("title", pub.title))):
        out.append(
            Repair(
                "kind",
                "infer-kind",
                Kind.UNKNOWN.value,
                Kind.BOOK_REVIEW.value,
                "the title reads as a book review: '<book> by <authors> (review)'",
            )
        )
        changes["kind"] = Kind.BOOK_REVIEW
    if owner_omitted and changes.get("authors_complete", pub.authors_complete):
        out.append(
            Repair(
                "authors_complete",
                "flag-incomplete-authors",
                "True",
                "False",
                "the source leaves the profile owner (and others) out of author lists",
            )
        )
        changes["authors_complete"] = False
    if not out and not changes:
        return pub
    if out:
        changes["repairs"] = (*pub.repairs, *out)
    return attrs.evolve(pub, **changes)  # type: ignore[arg-type]


def clean_profile(profile: Profile) -> Profile:
    """Clean every publication of a profile (see :func:`clean_publication`).

    Where the source is known to leave the owner out of author lists
    (``profile.owner_omitted_from_authors``), every record's list is marked
    incomplete, and the flag is recorded on the record.

        >>> from pubrecords import Person, Profile, Publication
        >>> profile = Profile(person=Person(given="Ada", family="Lovelace"),
        ...                   publications=(Publication(title="Notes", abstract="Notes"),),
        ...                   owner_omitted_from_authors=True)
        >>> pub = clean_profile(profile).publications[0]
        >>> pub.abstract is None, pub.authors_complete
        (True, False)
    """
    pubs = tuple(
        _clean_publication(p, owner_omitted=profile.owner_omitted_from_authors)
        for p in profile.publications
    )
    if pubs == profile.publications:
        return profile
    return attrs.evolve(profile, publications=pubs)
