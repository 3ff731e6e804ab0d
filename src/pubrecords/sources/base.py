"""The common frame of the online sources: configuration, query text, parse guards."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union

from ..errors import OnlineError
from ..model import Person, Publication, Repair
from ..names import NameRepairs, parse_name_repaired, repairs_on
from .http import Clock, DiskCache, HttpFetcher, Response, default_cache_dir

if TYPE_CHECKING:
    import httpx

__all__ = [
    "CacheDir",
    "OnlineSource",
    "people_from_texts",
    "person_from_text",
    "person_from_text_repaired",
    "query_title",
]

CacheDir = Union[str, "os.PathLike[str]", Literal[False], None]
"""Where answers are cached: a directory, None (the per-user cache) or False (none)."""

T = TypeVar("T")

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def query_title(pub: Publication) -> str:
    """The title as search text: words only, single spaces.

    >>> query_title(Publication(title="Towards {Out-of-Distribution}: Robustness?"))
    'Towards Out of Distribution Robustness'
    """
    return " ".join(_WORD.findall(pub.title.replace("_", " ")))


def clean_text(text: str | None) -> str | None:
    """Whitespace collapsed; None for empty text."""
    if text is None:
        return None
    out = _SPACE.sub(" ", text).strip()
    return out or None


def person_from_text(text: str) -> Person:
    """A person from a display name ("Ada Lovelace"); unparseable names kept literal
    (what reading it changed, a title dropped: :func:`person_from_text_repaired`)."""
    return person_from_text_repaired(text)[0]


def person_from_text_repaired(text: str) -> NameRepairs:
    """A person from a display name and the repairs reading it made (field ``name``: a
    title or nickname dropped, a lost accent restored; record them on the record with
    :func:`pubrecords.names.repairs_on`); unparseable names kept literal.

    >>> person, repairs = person_from_text_repaired("Dr. Ada Lovelace")
    >>> str(person), [r.action for r in repairs]
    ('Ada Lovelace', ['drop-title'])
    """
    text = _SPACE.sub(" ", text).strip()
    try:
        return parse_name_repaired(text, "text")
    except Exception:
        return Person(literal=text), ()


def people_from_texts(
    names: Iterable[str], field: str = "authors"
) -> tuple[tuple[Person, ...], tuple[Repair, ...]]:
    """People from display names (:func:`person_from_text_repaired`), and the repairs
    reading them made, recorded on ``field[i]`` (``authors[0]``…) as the file readers do.

    >>> people, repairs = people_from_texts(["Ada Lovelace", "Prof. Alan Turing"])
    >>> [str(p) for p in people], [(r.field, r.action) for r in repairs]
    (['Ada Lovelace', 'Alan Turing'], [('authors[1]', 'drop-title')])
    """
    people: list[Person] = []
    repairs: list[Repair] = []
    for i, name in enumerate(names):
        person, found = person_from_text_repaired(name)
        people.append(person)
        if found:
            repairs.extend(repairs_on(f"{field}[{i}]", found))
    return tuple(people), tuple(repairs)


class OnlineSource:
    """Base of the built-in online hooks; a subclass implements :meth:`search`.

    Arguments common to every source: ``mailto`` (contact for the User-Agent and
    polite pools), ``base_url`` (another server, e.g. a test server on 127.0.0.1),
    ``cache_dir`` (None: the per-user cache directory; False: no disk cache),
    ``max_age`` (cache entries older than this many seconds are fetched again),
    ``client``/``transport`` (a ready ``httpx.Client`` or transport), ``clock``
    (where waits are spent), ``interval`` (seconds between requests), ``timeout``,
    ``retries``, ``backoff``, ``max_results``.
    """

    name = "online"
    provides: frozenset[str] = frozenset()
    default_base_url = ""
    default_interval = 1.0

    def __init__(
        self,
        *,
        mailto: str | None = None,
        base_url: str | None = None,
        cache_dir: CacheDir = None,
        max_age: float | None = 30 * 24 * 3600.0,
        client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        interval: float | None = None,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_results: int = 5,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.mailto = mailto or os.environ.get("PUBRECORDS_MAILTO") or None
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        cache: DiskCache | None = None
        if cache_dir is not False:
            cache = DiskCache(Path(cache_dir) if cache_dir else default_cache_dir(), max_age)
        self.max_results = max_results
        self.http = HttpFetcher(
            self.name,
            mailto=self.mailto,
            interval=self.default_interval if interval is None else interval,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            cache=cache,
            client=client,
            transport=transport,
            clock=clock,
            headers=headers,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def __call__(self, pub: Publication) -> list[Publication]:
        """Candidates for ``pub`` (an empty list when the record has no title)."""
        if not query_title(pub) and not (pub.doi or pub.arxiv_id):
            return []
        return self.search(pub)

    def search(self, pub: Publication) -> list[Publication]:
        """Ask the source about ``pub``; subclasses implement this."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the HTTP client this source opened."""
        self.http.close()

    # helpers for subclasses ------------------------------------------------------

    def json(self, resp: Response) -> Any:
        """The JSON body, or an OnlineError naming the source."""
        try:
            return json.loads(resp.text)
        except ValueError as exc:
            raise OnlineError(f"{self.name}: malformed JSON answer from {resp.url}: {exc}") from exc

    def guard(self, parse: Callable[[], T], resp: Response) -> T:
        """Run ``parse``; a shape the parser did not expect becomes an OnlineError."""
        try:
            return parse()
        except OnlineError:
            raise
        except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
            raise OnlineError(
                f"{self.name}: unexpected answer from {resp.url}: {type(exc).__name__}: {exc}"
            ) from exc


def as_list(value: Any) -> list[Any]:
    """A JSON value that may be one item or a list, as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def as_int(value: Any) -> int | None:
    """A year-like value (int or digit string) as int, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
