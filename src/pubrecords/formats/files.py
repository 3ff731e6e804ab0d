"""Reading input files as text, with clear errors for missing, binary or wrongly encoded files."""

from __future__ import annotations

import codecs
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


# Byte order marks of the wide encodings (UTF-32's first: its LE mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-16 or UTF-32 (whose text holds NUL bytes)."""
    try:
        return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode bytes as UTF-8 text, refusing binary data with an :class:`InputError`.

    UTF-16 and UTF-32 (as Windows tools write them) are read where a byte order mark says
    so, or where ``encoding`` names them; their BOM is dropped as UTF-8's is.

        >>> decode("@misc{k, title={Ü}}".encode("utf-16")), decode(b"x", encoding="ascii")
        ('@misc{k, title={Ü}}', 'x')
    """
    if encoding in (None, "auto"):
        for bom, name_of in _BOMS:
            if data.startswith(bom):
                encoding = name_of
                break
    if encoding not in (None, "auto") and _wide(encoding):
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} (at byte {exc.start})") from None
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
