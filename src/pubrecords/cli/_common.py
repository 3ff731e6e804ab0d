"""Helpers shared by the subcommands: reading inputs, writing output, progress on stderr."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import InputError
from ..formats import read_any
from ..model import Profile, Publication

__all__ = ["StderrProgress", "read_inputs", "write_output"]


def read_inputs(
    paths: Sequence[str], *, encoding: str | None = None, strict: bool = False
) -> tuple[list[Profile], list[Publication]]:
    """Read every file; profiles and loose publications apart (both in input order)."""
    if not paths:
        raise InputError("no input files given (pass FILES, or --sample)")
    profiles: list[Profile] = []
    pubs: list[Publication] = []
    for path in paths:
        got = read_any(path, encoding=encoding, strict=strict)
        if isinstance(got, Profile):
            profiles.append(got)
        else:
            pubs.extend(got)
    return profiles, pubs


def write_output(text: str, out: str | None) -> None:
    """Write to a file, or to stdout when ``out`` is None or ``-``."""
    if out is None or out == "-":
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    else:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


class StderrProgress:
    """A progress callback that prints a line to stderr at most every ``interval`` seconds.

    Short jobs stay quiet: nothing is printed before ``interval`` seconds have passed, and
    a stage's final line (``done == total``) only follows earlier lines of that stage.
    """

    def __init__(
        self,
        enabled: bool = True,
        interval: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.interval = interval
        self._clock = clock
        self._last = clock()  # (the start: the first line waits one interval)
        self._shown: set[str] = set()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if total is not None and done >= total:
            if stage in self._shown:
                self._shown.discard(stage)
                print(f"pubrecords: {stage} {done}/{total}", file=sys.stderr, flush=True)
            return
        now = self._clock()
        if now - self._last < self.interval:
            return
        self._last = now
        self._shown.add(stage)
        of = f"/{total}" if total is not None else ""
        print(f"pubrecords: {stage} {done}{of}", file=sys.stderr, flush=True)
