"""Reading input files as text, with clear errors for missing, binary or wrongly encoded files."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from ..errors import InputError, ParseWarning

__all__ = ["read_text"]


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Read a text file as UTF-8 (a BOM is dropped), with a clear error for bad input.

    Raises :class:`~pubrecords.InputError` for a missing file, a directory, binary
    content or bytes that are not UTF-8 (naming the line). ``encoding`` names another
    encoding; ``"auto"`` reads UTF-8 and, where the bytes are not UTF-8, Windows-1252
    (a superset of Latin-1) with a :class:`~pubrecords.ParseWarning` that says so.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return decode(data, str(p), encoding)


def _guess(data: bytes, name: str, problem: str) -> str:
    try:
        text = data.decode("cp1252")
        guess = "Windows-1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: Latin-1 has them all
        text = data.decode("latin-1")
        guess = "Latin-1"
    warnings.warn(
        ParseWarning(
            f"{name}: {problem}; read as {guess} (say the encoding with --encoding / encoding=)"
        ),
        stacklevel=4,
    )
    return text


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode bytes as UTF-8 text, refusing binary data with an :class:`InputError`."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data (NUL bytes), not a text file")
    if encoding not in (None, "auto"):
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(
                f"{name}:{line}: not valid {encoding} (byte 0x{data[exc.start]:02x})"
            ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if encoding == "auto":
            return _guess(data, name, f"line {line} is not UTF-8")
        raise InputError(
            f"{name}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text
