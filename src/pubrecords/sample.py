"""The sample profile page shipped with pubrecords (an invented researcher).

>>> from pubrecords import sample_path, read_profile
>>> read_profile(sample_path()).person.family != ""
True
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["sample_path", "sample_text"]


def sample_path() -> Path:
    """Path of the sample profile page (a text file inside the installed package)."""
    return Path(str(resources.files("pubrecords") / "data" / "sample_profile.txt"))


def sample_text() -> str:
    """Text of the sample profile page."""
    return sample_path().read_text(encoding="utf-8")
