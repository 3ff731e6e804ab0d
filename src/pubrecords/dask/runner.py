"""Where the stages run: on a ``distributed`` cluster (futures, the work stays on the
workers) or, without a client, right here (for small inputs, tests and examples)."""

from __future__ import annotations

import operator
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from ..progress import ProgressCallback, report


class Box:
    """A value that travels between workers in one piece.

    ``distributed`` serialises a list or tuple element by element (to find buffers it
    can send without copying): for a list of 300,000 small tuples that is 50 times
    slower than pickling it whole. Every value a stage hands on is boxed.
    """

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __reduce__(self) -> tuple[type[Box], tuple[Any]]:
        return Box, (self.value,)

    def __sizeof__(self) -> int:
        # the size of the value, which ``distributed`` counts when it decides what to
        # spill (without this, every boxed value would count as a few bytes)
        from dask.sizeof import sizeof

        return object.__sizeof__(self) + int(sizeof(self.value))


def _open(value: Any) -> Any:
    if isinstance(value, Box):
        return value.value
    if type(value) is list:
        return [_open(v) for v in value]
    return value


def _call(fn: Callable[..., Any], *args: Any) -> Box:
    """Run a stage on a worker: unbox the arguments, box the result."""
    return Box(fn(*[_open(a) for a in args]))


class Runner:
    """Submits stage functions; handles are futures on a cluster, values otherwise."""

    def __init__(self, client: Any | None, progress: ProgressCallback | None) -> None:
        self.client = client
        self.progress = progress

    @classmethod
    def current(cls, progress: ProgressCallback | None) -> Runner:
        """The runner of the active ``distributed`` client, or a local one."""
        try:
            from distributed import get_client
        except ImportError:  # pragma: no cover - distributed is part of the extra
            return cls(None, progress)
        try:
            client = get_client()
        except ValueError:
            client = None
        return cls(client, progress)

    def submit(self, fn: Callable[..., Any], *args: Any, at: str | None = None) -> Any:
        """Run ``fn(*args)``; on a cluster, on the worker ``at`` when given (where the
        task's large inputs are: the scheduler cannot tell the size of records and
        features, so it would move them)."""
        if self.client is None:
            return fn(*args)
        key = f"{getattr(fn, '__name__', 'stage')}-{uuid.uuid4().hex}"
        if at is None:
            return self.client.submit(_call, fn, *args, key=key)
        return self.client.submit(
            _call, fn, *args, key=key, workers=[at], allow_other_workers=False
        )

    def item(self, handle: Any, index: int, at: str | None = None) -> Any:
        """One item of a handle's tuple or list (a small task on a cluster, run where
        the handle's value is)."""
        return self.submit(operator.getitem, handle, index, at=at)

    def items(self, handle: Any, count: int, at: str | None = None) -> list[Any]:
        return [self.item(handle, k, at) for k in range(count)]

    def homes(self, handles: Sequence[Any]) -> list[str | None]:
        """The worker holding each handle's value (None without a cluster)."""
        if self.client is None:
            return [None] * len(handles)
        from distributed import wait

        wait(list(handles))  # type: ignore[no-untyped-call]
        where = self.client.who_has(list(handles))
        return [sorted(where[h.key])[0] if where.get(h.key) else None for h in handles]

    def scatter(self, value: Any) -> Any:
        """A value every task of a stage reads (sent to each worker once)."""
        if self.client is None:
            return value
        [handle] = self.client.scatter([Box(value)], broadcast=True, hash=False)
        return handle

    def spread(self, values: Sequence[Any]) -> list[Any]:
        """Values for one task each, sent to the workers (not through the scheduler)."""
        if self.client is None:
            return list(values)
        return list(self.client.scatter([Box(v) for v in values], hash=False))

    def wait(self, stage: str, handles: Sequence[Any]) -> None:
        """Wait for a stage's tasks, reporting ``(stage, done, total)``."""
        total = len(handles)
        report(self.progress, stage, 0, total)
        if self.client is not None and handles:
            from distributed import as_completed

            for done, _ in enumerate(as_completed(list(handles)), start=1):  # type: ignore[no-untyped-call]
                report(self.progress, stage, done, total)
        report(self.progress, stage, total, total)

    def gather(self, handles: Sequence[Any]) -> list[Any]:
        if self.client is None:
            return list(handles)
        return [_open(v) for v in self.client.gather(list(handles))]
