"""Reading input files as text, with clear errors for missing, binary or wrongly encoded files."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError

__all__ = ["read_text"]


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a text file as UTF-8 (a BOM is dropped), with a clear error for bad input.

    Raises :class:`~pubrecords.InputError` for a missing file, a directory, binary
    content or bytes that are not UTF-8 (naming the line).
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
    return decode(data, str(p))


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode bytes as UTF-8 text, refusing binary data with an :class:`InputError`."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text
