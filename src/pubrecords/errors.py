"""Exceptions raised by pubrecords.

Every error the library raises on purpose derives from :class:`PubrecordsError`, so
callers can catch one class::

    >>> import pubrecords
    >>> try:
    ...     pubrecords.read_profile("/no/such/page.txt")
    ... except pubrecords.PubrecordsError as exc:
    ...     print(type(exc).__name__)
    InputError
"""

from __future__ import annotations

__all__ = [
    "FormatError",
    "InputError",
    "NameParseError",
    "OnlineError",
    "ParseError",
    "ParseWarning",
    "PubrecordsError",
    "PubrecordsWarning",
]


class PubrecordsError(Exception):
    """Base class of every error pubrecords raises."""


class InputError(PubrecordsError):
    """The input cannot be used at all: a missing file, unreadable bytes, empty input."""


class FormatError(InputError):
    """The input's format is unknown or not the one asked for."""


class ParseError(PubrecordsError):
    """The input is in a known format but malformed.

    ``line`` (1-based) names where the problem was found, when known.
    """

    def __init__(self, message: str, *, line: int | None = None, path: str | None = None) -> None:
        where = ""
        if path is not None:
            where += f"{path}:"
        if line is not None:
            where += f"{line}:"
        super().__init__(f"{where} {message}".strip() if where else message)
        self.line = line
        self.path = path


class NameParseError(ParseError):
    """A personal name cannot be parsed (and cannot honestly be kept as a literal)."""


class OnlineError(PubrecordsError):
    """An online metadata source failed (network, HTTP status, malformed answer)."""


class PubrecordsWarning(UserWarning):
    """Base class of the warnings pubrecords gives (through :mod:`warnings`; it never prints)."""


class ParseWarning(PubrecordsWarning):
    """Part of an input was malformed or ambiguous and was kept as written, or renamed.

    The message names the file and line. Readers that take ``strict=True`` raise
    :class:`ParseError` instead.
    """
