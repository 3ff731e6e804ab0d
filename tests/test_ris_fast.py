"""The RIS reader's fast path (issue #14, speed): a file without malformed records is split a
record at a time; it must give exactly what the line-by-line scanner gives, and leave every
other file to that scanner."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubrecords.formats import ris
from pubrecords.model import Publication

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FILES = sorted(FIXTURES.glob("ris/*.ris")) + sorted(FIXTURES.glob("realris/*.ris"))


def _normal(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _lines(text: str) -> tuple[list[ris._Record], tuple[ris.Block, ...]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ris._scan_lines(text, None, False)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_fast_path_equals_the_line_scanner_on_real_files(path: Path) -> None:
    text = _normal(path.read_bytes().decode("utf-8"))
    fast = ris._scan_well_formed(text)
    if path.name == "asreview-ovid_psycinfo.ris":
        assert fast is None  # (an NL tag line between records: the line scanner warns)
        return
    assert fast is not None
    assert fast == _lines(text)


_field = st.sampled_from(
    [
        "AU  - Doe, Jane",
        "AU  - ",
        "TI  - A title",
        "T1  - Another",
        "AB  - x",
        "AB  -",
        "KW  - k",
        "N1  - a note",
        "PY  - 2001///",
        "DO  - 10.1000/x",
        "UR  -  https://example.org ",
        "XY  - unknown",
    ]
)
_continuation = st.sampled_from(
    ["more text", "", " ", "  indented", "ty  - lower case", "ER  -x", "1.", "\x01 control"]
)
_between = st.sampled_from(["", "", "1.", "Provider: X", " ", "AB  - stray", "ER  - "])
_type = st.sampled_from(["TY  - JOUR", "TY  - CONF ", "TY  - ", "TY  -", "TY  - BOOK"])
_end = st.sampled_from(["ER  - ", "ER  -", "ER  - junk", "ER  -x"])


@st.composite
def _ris_text(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            lines.append(draw(_between))
        lines.append(draw(_type))
        for _ in range(draw(st.integers(0, 5))):
            lines.append(draw(_field))
            lines.extend(draw(st.lists(_continuation, max_size=2)))
        if draw(st.integers(0, 9)):
            lines.append(draw(_end))
    if draw(st.booleans()):
        lines.append(draw(_between))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ris_text())
def test_fast_path_equals_the_line_scanner_on_generated_text(text: str) -> None:
    fast = ris._scan_well_formed(text)
    if fast is not None:
        assert fast == _lines(text)


def test_fast_path_leaves_malformed_files_to_the_line_scanner() -> None:
    for text in (
        "TY  - JOUR\nTI  - no end\n",
        "TI  - no type\nER  - \n",
        "TY  - JOUR\nTI  - a\nTY  - JOUR\nER  - \n",
        "TY  - JOUR\nN1  - a\n\n\x01\nER  - \n",
        "TY  - JOUR\nER  - \nAB  - stray\nTY  - JOUR\nER  - \n",
        "TY  - \nER  - \n",
        "TY  - JOUR\nER  -x\n",
    ):
        assert ris._scan_well_formed(text) is None, text
    records, after = ris._scan_well_formed("1.\nTY  - JOUR\nTI  - A\nER  - \n\n2.\n") or ([], ())
    assert [r.fields for r in records] == [(("TI", "A"),)]
    assert [b.raw for b in records[0].before] == ["1."] and [b.raw for b in after] == ["\n2.\n"]


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, max_codepoint=0x10FFFF), max_size=40))
def test_control_check_equals_the_regex(text: str) -> None:
    assert ris._has_control(text) == (_CONTROL_RE.search(text) is not None)


def _interpret_both_ways(text: str) -> tuple[Any, Any]:
    records, _ = ris._scan_well_formed(text) or ris._scan_lines(text, None, False)
    [rec] = records
    fast = ris._interpret(rec.entry_type, rec.tags, rec.values, {}, rec.multiline, False)[:2]
    general = ris._interpret(rec.entry_type, rec.tags, rec.values, {}, True, True)[:2]
    return fast, general


def test_interpret_special_paths() -> None:
    """The per-record fast paths: authors not in one run, A1 and AU mixed, an empty author,
    et al., a repeated tag whose first line is the model's, SN, continuation lines."""
    text = (
        "TY  - JOUR\nAU  - Doe, Jane\nKW  - k1\nTI  - First\nA1  - Roe, Rick\nAU  - \n"
        "AU  - et al.\nKW  - k2\nTI  - Second\nSN  - 0378-5955\nSN  - 978-3-16-148410-0\n"
        "N1  - a note\n  indented\n\nlast\nER  - \n"
    )
    (values, extra), general = _interpret_both_ways(text)
    assert (values, extra) == general
    assert [str(p) for p in values["authors"]] == ["Jane Doe", "Rick Roe"]
    assert values["authors_complete"] is False and values["title"] == "First"
    assert list(extra) == ["keywords", ris._TAG_NAME["TI"], "issn", "isbn", "note"]
    assert extra["keywords"] == "k1; k2" and extra[ris._TAG_NAME["TI"]] == "Second"
    assert extra["note"] == "a note\nindented\nlast"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ris_text())
def test_interpret_fast_paths_equal_the_general_path(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        records, _ = ris._scan_well_formed(text) or ris._scan_lines(text, None, False)
    for rec in records:
        fast = ris._interpret(rec.entry_type, rec.tags, rec.values, {}, rec.multiline, False)
        general = ris._interpret(rec.entry_type, rec.tags, rec.values, {}, True, True)
        assert fast[:2] == general[:2]
        assert rec.multiline == any("\n" in v for v in rec.values)
        assert rec.fields == tuple(zip(rec.tags, rec.values, strict=True))


@pytest.mark.parametrize("path", FILES[:3], ids=lambda p: p.name)
def test_records_are_built_as_by_keyword(path: Path) -> None:
    """The reader builds each record positionally (for speed): it must be the record the
    keyword call gives, and ``as_read`` a separate copy without ``source_entry``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pubs = ris.read_ris(path)
    for pub in pubs:
        entry = pub.source_entry
        assert entry is not None and entry.as_read is not None
        fields = {a.name: getattr(pub, a.name) for a in attrs.fields(Publication)}
        again = Publication(**{**fields, "source_entry": None})
        assert attrs.astuple(entry.as_read, recurse=False) == attrs.astuple(again, recurse=False)
        assert entry.as_read is not pub and entry.as_read.source_entry is None
        assert entry.as_read.extra == pub.extra and entry.as_read.extra is not pub.extra
        assert type(pub.authors) is tuple and pub.source_entry.fields == entry.fields
        tags, values = [t for t, _ in entry.fields], [v for _, v in entry.fields]
        assert entry.key == (pub.key or ris._accession(tags, values))
