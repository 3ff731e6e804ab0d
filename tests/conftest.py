"""Shared test helpers.

``shared_path(...)`` finds the project's shared data (``../shared`` beside the checkout);
``need_tool(...)`` checks a real program is installed; ``run_cli(...)`` runs the command line
in a new process. Where either is missing the test
skips with a reason, except under ``PUBRECORDS_STRICT_SKIPS=1`` (set by ``.ci/run``),
where every skip is turned into a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STRICT = os.environ.get("PUBRECORDS_STRICT_SKIPS") == "1"


def shared_path(*parts: str) -> Path:
    """Path inside ../shared, or skip (fail in CI) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (CI has it; a user's clone may not)")
    return path


def need_tool(name: str) -> str:
    """Path of an installed program, or skip (fail in CI) when it is missing."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"tool not installed: {name} (.ci/run installs it)")
    return found


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``pubrecords ARGS`` run in a new Python process (its output captured as text)."""
    return subprocess.run(
        [sys.executable, "-m", "pubrecords.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if STRICT and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI (PUBRECORDS_STRICT_SKIPS=1): {report.longrepr}"


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    """A real HTTP server on 127.0.0.1 serving the routes a test gives it (tests/loopback.py)."""
    from loopback import Loopback

    with Loopback() as s:
        yield s


@pytest.fixture
def client():  # type: ignore[no-untyped-def]
    """An httpx client for the loopback server."""
    import httpx

    # trust_env=False: proxy variables can never route a test request off the machine
    with httpx.Client(trust_env=False) as c:
        yield c
