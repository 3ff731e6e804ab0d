"""Polite HTTP for the online sources: rate limits, retries, an on-disk cache.

``httpx`` is imported lazily (the ``pubrecords[online]`` extra); without it every
request raises :class:`~pubrecords.errors.OnlineError` saying how to install it.
Time is read and spent through a :class:`Clock`, so tests can replace it.

    >>> clock = FakeClock()
    >>> limiter = RateLimiter(3.0, clock)
    >>> limiter.wait(); limiter.wait()
    >>> clock.slept
    [3.0]
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from ..errors import OnlineError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Clock",
    "DiskCache",
    "FakeClock",
    "HttpFetcher",
    "RateLimiter",
    "Response",
    "SystemClock",
    "default_cache_dir",
    "user_agent",
]

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class Clock(Protocol):
    """Where rate limits and backoff read and spend time."""

    def monotonic(self) -> float:
        """Seconds on a monotonic clock."""

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds``."""


class SystemClock:
    """The real clock (``time.monotonic`` and ``time.sleep``)."""

    def monotonic(self) -> float:
        """Seconds on the monotonic clock."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Sleep for real."""
        if seconds > 0:
            time.sleep(seconds)


class FakeClock:
    """A clock that only pretends to sleep (for tests): it records and advances.

    >>> c = FakeClock(); c.sleep(2.5); c.monotonic(), c.slept
    (2.5, [2.5])
    """

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.slept: list[float] = []

    def monotonic(self) -> float:
        """The pretend time."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the wait and advance the pretend time."""
        if seconds > 0:
            self.slept.append(seconds)
            self.now += seconds


class RateLimiter:
    """At most one request per ``interval`` seconds (thread-safe).

    >>> c = FakeClock(); r = RateLimiter(1.0, c); r.wait(); c.sleep(0.25); r.wait()
    >>> c.slept
    [0.25, 0.75]
    """

    def __init__(self, interval: float, clock: Clock | None = None) -> None:
        self.interval = max(0.0, interval)
        self.clock: Clock = clock or SystemClock()
        self._next = float("-inf")
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Block until the next request may go out."""
        with self._lock:
            now = self.clock.monotonic()
            if now < self._next:
                self.clock.sleep(self._next - now)
                now = self.clock.monotonic()
            self._next = now + self.interval


@attrs.frozen
class Response:
    """What a request returned (as cached): status, body text and the final URL."""

    status: int
    text: str
    url: str


def default_cache_dir() -> Path:
    """The per-user cache directory (``$XDG_CACHE_HOME/pubrecords`` or ``~/.cache/pubrecords``).

    >>> default_cache_dir().name
    'pubrecords'
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "pubrecords"


class DiskCache:
    """Answers stored as one JSON file per request under ``directory/<source>/``.

    Entries older than ``max_age`` seconds (None: never) are fetched again. Writes
    are atomic, so concurrent runs never read half a file.

    >>> import tempfile
    >>> cache = DiskCache(tempfile.mkdtemp())
    >>> cache.put("arxiv", "k", Response(200, "<feed/>", "http://x"))
    >>> cache.get("arxiv", "k").text
    '<feed/>'
    """

    def __init__(self, directory: str | os.PathLike[str], max_age: float | None = None) -> None:
        self.directory = Path(directory)
        self.max_age = max_age

    def _path(self, source: str, key: str) -> Path:
        return self.directory / source / f"{key}.json"

    def get(self, source: str, key: str) -> Response | None:
        """The stored answer, or None (missing, expired or unreadable)."""
        path = self._path(source, key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if self.max_age is not None and time.time() - float(data["fetched"]) > self.max_age:
                return None
            return Response(int(data["status"]), str(data["text"]), str(data["url"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, source: str, key: str, response: Response) -> None:
        """Store an answer (errors writing the cache are ignored: it is only a cache)."""
        path = self._path(source, key)
        data = {
            "status": response.status,
            "text": response.text,
            "url": response.url,
            "fetched": time.time(),
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass


def user_agent(mailto: str | None) -> str:
    """The User-Agent sent to every source, with a contact where one is given.

    >>> user_agent("me@example.org")
    'pubrecords/0.1.0 (https://pypi.org/project/pubrecords/; mailto:me@example.org)'
    """
    try:
        from importlib.metadata import version

        ver = version("pubrecords")
    except Exception:
        ver = "0"
    contact = f"; mailto:{mailto}" if mailto else ""
    return f"pubrecords/{ver} (https://pypi.org/project/pubrecords/{contact})"


def _import_httpx() -> Any:
    try:
        import httpx
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise OnlineError(
            "online completion needs httpx: pip install 'pubrecords[online]'"
        ) from exc
    return httpx


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)


class HttpFetcher:
    """GET/POST with a rate limit, timeouts, retries with backoff and a cache.

    One fetcher serves one source. ``client`` (an ``httpx.Client``) or
    ``transport`` (an ``httpx.BaseTransport``) replace the network; ``cache``
    (a :class:`DiskCache`) makes a second run free. Retries on 429 and 5xx and on
    timeouts, waiting ``Retry-After`` when the server says, else ``backoff * 2**n``
    seconds (capped by ``max_wait``; a longer ``Retry-After`` gives up). After
    ``breaker`` requests failing in a row the source stops asking for the rest of
    the run.
    """

    def __init__(
        self,
        source: str,
        *,
        mailto: str | None = None,
        interval: float = 1.0,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_wait: float = 120.0,
        cache: DiskCache | None = None,
        client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        headers: Mapping[str, str] | None = None,
        breaker: int = 5,
    ) -> None:
        self.source = source
        self.clock: Clock = clock or SystemClock()
        self.limiter = RateLimiter(interval, self.clock)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_wait = max_wait
        self.cache = cache
        self.headers = {"User-Agent": user_agent(mailto), **(headers or {})}
        self._client = client
        self._transport = transport
        self._memory: dict[str, Response] = {}
        self._failures = 0
        self.breaker = breaker
        self.requests = 0  # requests that went out (for tests and reports)

    def _get_client(self) -> httpx.Client:
        if self._client is None:
            httpx = _import_httpx()
            self._client = httpx.Client(transport=self._transport, follow_redirects=True)
        return self._client

    def close(self) -> None:
        """Close the HTTP client if this fetcher made it."""
        if self._client is not None:
            self._client.close()
            self._client = None

    @staticmethod
    def cache_key(method: str, url: str, params: Mapping[str, str], body: str | None) -> str:
        """A stable key for a request (contact and API keys are not part of it)."""
        kept = sorted((k, v) for k, v in params.items() if k not in ("mailto", "api_key"))
        raw = json.dumps([method, url, kept, body], ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]

    def request(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        *,
        method: str = "GET",
        json_body: Any = None,
        ok_status: frozenset[int] = frozenset({200}),
    ) -> Response:
        """One request through the cache; statuses in ``ok_status`` are answers.

        Any other final status, a timeout after the retries or a network error
        raises :class:`~pubrecords.errors.OnlineError`.
        """
        params = dict(params or {})
        body = json.dumps(json_body, sort_keys=True) if json_body is not None else None
        key = self.cache_key(method, url, params, body)
        if key in self._memory:
            return self._memory[key]
        if self.cache is not None:
            hit = self.cache.get(self.source, key)
            if hit is not None and hit.status in ok_status:
                self._memory[key] = hit
                return hit
        if self.breaker and self._failures >= self.breaker:
            raise OnlineError(
                f"{self.source}: stopped asking after {self._failures} failed requests in a row"
            )
        try:
            resp = self._send(url, params, method, body, ok_status)
        except OnlineError:
            self._failures += 1
            raise
        self._failures = 0
        self._memory[key] = resp
        if self.cache is not None:
            self.cache.put(self.source, key, resp)
        return resp

    def _send(
        self,
        url: str,
        params: dict[str, str],
        method: str,
        body: str | None,
        ok_status: frozenset[int],
    ) -> Response:
        httpx = _import_httpx()
        client = self._get_client()
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        attempt = 0
        while True:
            self.limiter.wait()
            self.requests += 1
            problem: str
            wait: float | None = None
            try:
                r = client.request(
                    method,
                    url,
                    params=params or None,
                    content=body,
                    headers=headers,
                    timeout=self.timeout,
                )
            except httpx.TimeoutException:
                problem = f"timed out after {self.timeout:g} s"
            except httpx.HTTPError as exc:
                problem = f"network error: {type(exc).__name__}: {exc}"
            else:
                if r.status_code in ok_status:
                    return Response(r.status_code, r.text, str(r.url))
                problem = f"HTTP {r.status_code}"
                if r.status_code not in _RETRY_STATUS:
                    raise OnlineError(f"{self.source}: {problem} for {r.url}")
                wait = _retry_after(r.headers.get("Retry-After"), time.time())
            if attempt >= self.retries:
                raise OnlineError(f"{self.source}: {problem} ({attempt + 1} attempt(s)) for {url}")
            if wait is None:
                wait = self.backoff * (2**attempt)
            elif wait > self.max_wait:
                raise OnlineError(
                    f"{self.source}: {problem}, asked to wait {wait:g} s (more than {self.max_wait:g})"
                )
            self.clock.sleep(min(wait, self.max_wait))
            attempt += 1
