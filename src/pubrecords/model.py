"""The typed, immutable model: :class:`Person`, :class:`Publication`, :class:`Profile`.

Every class is a frozen, slotted attrs class; change one with :func:`attrs.evolve`::

    >>> import attrs
    >>> from pubrecords import Person, Publication
    >>> pub = Publication(title="Broken Neural Scaling Laws",
    ...                   authors=(Person(given="Ethan", family="Caballero"),))
    >>> pub.year is None and pub.authors_complete
    True
    >>> attrs.evolve(pub, year=2022).year
    2022
    >>> str(pub.authors[0])
    'Ethan Caballero'

Collections are tuples (lists passed in are converted); ``identifiers`` and ``extra``
are plain dicts, left out of hashing so records stay hashable.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

__all__ = [
    "Block",
    "Kind",
    "Person",
    "Profile",
    "Publication",
    "Related",
    "Repair",
    "Source",
    "SourceEntry",
    "StudentGroup",
    "changed_fields",
]


def _dict(value: Any) -> dict[str, str]:
    return dict(value) if value else {}


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if value else ()


def _east_asian(text: str) -> bool:
    """True when ``text`` is written in Han, Kana or Hangul (checked on its first character)."""
    if not text:
        return False
    code = ord(text[0])
    return (
        0x3040 <= code <= 0x30FF  # Hiragana, Katakana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs (incl. extension A)
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0x1100 <= code <= 0x11FF  # Hangul Jamo
        or 0x20000 <= code <= 0x2FA1F  # CJK extensions B-F, compatibility supplement
    )


class Kind(str, enum.Enum):
    """What sort of work a publication is."""

    UNKNOWN = "unknown"
    JOURNAL_ARTICLE = "journal-article"
    CONFERENCE_PAPER = "conference-paper"
    PREPRINT = "preprint"
    BOOK = "book"
    CHAPTER = "chapter"
    BOOK_REVIEW = "book-review"
    THESIS = "thesis"
    REPORT = "report"
    DATASET = "dataset"
    SOFTWARE = "software"
    WEBPAGE = "webpage"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


def _kind(value: Any) -> Kind:
    if isinstance(value, Kind):
        return value
    return Kind(value) if value else Kind.UNKNOWN


@attrs.frozen
class Person:
    """A person (or an organisation, as ``literal``) named in a record.

    ``particle`` holds the "von" part ("van der", "de la"), ``suffix`` the "Jr." part.
    A ``literal`` name (an organisation, or a name that must not be split) leaves the
    other parts empty. ``useprefix`` is biblatex's per-name option, kept from names written
    in its extended format (``family=Walt, given=Stéfan J., prefix=van der,
    useprefix=true``): True when the particle belongs to the family name for sorting and
    citing, False when it does not, None when the source did not say.

        >>> from pubrecords import Person
        >>> str(Person(given="Ludwig", particle="van", family="Beethoven"))
        'Ludwig van Beethoven'
        >>> str(Person(literal="OpenAI"))
        'OpenAI'
        >>> str(Person(given="期智", family="姚"))
        '姚期智'
    """

    given: str = ""
    family: str = ""
    particle: str = ""
    suffix: str = ""
    literal: str = ""
    identifiers: dict[str, str] = attrs.field(factory=dict, converter=_dict, hash=False)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    useprefix: bool | None = None

    def __str__(self) -> str:
        if self.literal:
            return self.literal
        if _east_asian(self.family) and (not self.given or _east_asian(self.given)):
            # Chinese, Japanese and Korean names in their own script: family name first, no space.
            return f"{self.family}{self.given}"
        parts = [p for p in (self.given, self.particle, self.family) if p]
        name = " ".join(parts)
        if self.suffix:
            name = f"{name} {self.suffix}" if name else self.suffix
        return name


@attrs.frozen
class Source:
    """One place a record came from (an entry of :attr:`Publication.provenance`).

    ``origin`` names the reader or service ("profile-page", "table", "bibtex",
    "csl-json", "arxiv", "openalex", …); the other fields locate the record in it.
    """

    origin: str
    path: str | None = None
    line: int | None = None
    row: int | None = None
    key: str | None = None
    snapshot: str | None = None
    detail: str | None = None

    def __str__(self) -> str:
        where = self.path or self.origin
        if self.line is not None:
            where += f":{self.line}"
        elif self.row is not None:
            where += f" row {self.row}"
        if self.key:
            where += f" [{self.key}]"
        return where


@attrs.frozen
class Repair:
    """One change a cleaner or completer made to a record, kept so it can be audited."""

    field: str
    action: str
    before: str
    after: str
    reason: str = ""


@attrs.frozen
class Related:
    """A link to another record of the same work (e.g. a preprint version)."""

    relation: str
    title: str
    year: int | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    key: str | None = None


@attrs.frozen
class Block:
    """A piece of a source file that is not a record, kept so that it can be written back.

    ``kind`` is ``"string"`` (an ``@string`` macro; ``name`` is the macro, lowercased),
    ``"preamble"``, ``"comment"`` (``@comment``), ``"text"`` (free text between entries)
    or ``"failed"`` (an entry the reader could not parse, kept as written); ``raw`` is the
    text as the file had it.
    """

    kind: str
    raw: str
    name: str = ""


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if type(value) is tuple and (not value or type(value[0]) is tuple):
        return value  # (a reader's pairs already: not copied again)
    return tuple((str(a), str(b)) for a, b in value) if value else ()


@attrs.frozen
class SourceEntry:
    """A record's entry as its source file wrote it, so that a writer can give it back.

    ``fields`` are (name, value) pairs exactly as written: names in their case, values
    with their delimiters, LaTeX, macros and ``#`` concatenations. ``raw`` is the whole
    entry's text. ``before`` holds the blocks that stood before the entry in the file
    (``@string``, ``@preamble``, ``@comment``, free text), ``after`` those after the last
    entry. ``inherited`` are the fields the entry gets from a ``crossref`` or ``xdata``
    parent (named as in the child), ``dialect`` is ``"bibtex"`` or ``"biblatex"``;
    ``undefined_macros`` are macros the entry uses that its file did not define.
    ``as_read`` is the record as the reader interpreted it: a writer compares the record
    with it to find the fields that something changed (only those are written anew).

        >>> from pubrecords import parse_bibtex
        >>> pub = parse_bibtex("@Article{k, title = {The {BibTeX} Book}, month = apr}")[0]
        >>> pub.source_entry.entry_type, pub.source_entry.fields, pub.month
        ('Article', (('title', '{The {BibTeX} Book}'), ('month', 'apr')), 4)
    """

    entry_type: str
    key: str
    fields: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    raw: str = ""
    dialect: str = "bibtex"
    before: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    after: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    inherited: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    undefined_macros: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    as_read: Publication | None = attrs.field(default=None, eq=False, hash=False, repr=False)

    def field(self, name: str) -> str | None:
        """The raw value of field ``name`` (any case), or None."""
        low = name.lower()
        for key, value in self.fields:
            if key.lower() == low:
                return value
        return None


@attrs.frozen
class Publication:
    """One publication record.

    ``authors_complete`` is False where the source hid or left out some authors
    (``hidden_authors`` says how many when the source tells); ``abstract_complete``
    is False where the abstract is known to be cut. ``provenance`` lists where the
    record came from, ``repairs`` what was changed in it, ``merged_from`` the source
    records a merge combined, ``related`` the other versions of the same work.
    ``source_entry`` is the entry a file reader read the record from (kept so that
    writing the record gives back what was read; see :class:`SourceEntry`).
    """

    title: str
    authors: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    authors_complete: bool = True
    hidden_authors: int | None = None
    abstract: str | None = None
    abstract_complete: bool = True
    year: int | None = None
    month: int | None = None
    venue: str | None = None
    kind: Kind = attrs.field(default=Kind.UNKNOWN, converter=_kind)
    doi: str | None = None
    arxiv_id: str | None = None
    url: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    key: str | None = None
    identifiers: dict[str, str] = attrs.field(factory=dict, converter=_dict, hash=False)
    extra: dict[str, str] = attrs.field(factory=dict, converter=_dict, hash=False)
    provenance: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    repairs: tuple[Repair, ...] = attrs.field(default=(), converter=_tuple)
    merged_from: tuple[Publication, ...] = attrs.field(default=(), converter=_tuple)
    related: tuple[Related, ...] = attrs.field(default=(), converter=_tuple)
    source_entry: SourceEntry | None = attrs.field(default=None, eq=False)


def changed_fields(
    pub: Publication, old: Publication, fields: Iterable[str]
) -> tuple[list[str], list[str]]:
    """Which of ``fields`` differ between ``pub`` and ``old`` (the record as a reader read
    it: :attr:`SourceEntry.as_read`), and which ``extra`` keys differ: what a writer
    must write anew, everything else it gives back as read.

        >>> import attrs
        >>> from pubrecords import Publication, changed_fields
        >>> old = Publication(title="T", year=2020, extra={"note": "n"})
        >>> new = attrs.evolve(old, year=2021, extra={"note": "n", "isbn": "1"})
        >>> changed_fields(new, old, ("title", "year"))
        (['year'], ['isbn'])
    """
    changed = [name for name in fields if getattr(pub, name) != getattr(old, name)]
    extra, before = pub.extra, old.extra
    if extra == before:
        return changed, []
    keys = sorted(k for k in extra.keys() | before.keys() if extra.get(k) != before.get(k))
    return changed, keys


@attrs.frozen
class StudentGroup:
    """A heading of a profile's students section and the people listed under it."""

    heading: str
    members: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Profile:
    """A researcher's profile page: the owner, roles, biography, students, publications.

    ``owner_omitted_from_authors`` is True where the source is known to leave the
    profile owner (and possibly other people) out of author lists.
    """

    person: Person
    roles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    positions: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    affiliations: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    topics: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    biography: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    students: tuple[StudentGroup, ...] = attrs.field(default=(), converter=_tuple)
    publications: tuple[Publication, ...] = attrs.field(default=(), converter=_tuple)
    source: Source | None = None
    owner_omitted_from_authors: bool = False


_A = TypeVar("_A", bound=attrs.AttrsInstance)


def _builder(cls: type[_A], count: int) -> Callable[..., _A]:
    """A quicker constructor of an attrs class, for readers that make many records: it
    takes the first ``count`` attributes, in their order, positionally, gives the others
    their defaults, and sets each as given, without running the converters.

    So the caller passes each value as its converter would make it: a tuple for a tuple, a
    dict of the record's own (never shared) for a dict, a :class:`Kind` for the kind. The
    attributes it does not take must have immutable defaults (no factory), and the class
    no validators: the builder refuses a class that has them.

        >>> build = _builder(Source, 4)
        >>> build("table", "refs.csv", None, 3) == Source("table", "refs.csv", None, 3)
        True
    """
    fields = attrs.fields(cls)
    if hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        raise TypeError(f"{cls.__name__} runs code on construction: no builder for it")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    body = ["    self = _new(_cls)"]
    for i, field in enumerate(fields):
        if field.validator is not None:
            raise TypeError(f"{cls.__name__}.{field.name} has a validator: no builder for it")
        namespace[f"_set{i}"] = cls.__dict__[field.name].__set__  # (the slot itself)
        if i < count:
            value = field.name
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(f"{cls.__name__}.{field.name} has a factory: pass it")
        else:
            namespace[f"_default{i}"] = field.default
            value = f"_default{i}"
        body.append(f"    _set{i}(self, {value})")
    params = ", ".join(field.name for field in fields[:count])
    source = f"def build({params}):\n" + "\n".join(body) + "\n    return self\n"
    exec(source, namespace)
    build: Callable[..., _A] = namespace["build"]
    return build
