"""What the BibTeX and CSL-JSON writers do where the validators warned (all records
invented): a thesis's university as CSL ``publisher``, volumes that are no integer, years
before year 1, records without a title and keys that differ only in case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import attrs
import pytest

from conftest import need_tool, shared_path
from pubrecords import (
    Kind,
    Person,
    Publication,
    PubrecordsWarning,
    from_csl,
    parse_bibtex,
    to_bibtex,
    to_csl,
    to_csl_json,
)
from pubrecords.formats.bibtex.entry_types import volume_parts

TOOLS = ("biber", "bibtex", "pdflatex", "pandoc")
QUILL = (Person(given="Anna", family="Quillfeather"),)


def validate(tmp: Path, bib: str, items: object, allow: str | None = None) -> str:
    """validate.sh over ``bib`` and ``items`` (REQUIRE_ALL=1); ``allow``: a warning line
    to tolerate besides the script's default."""
    for tool in TOOLS:
        need_tool(tool)
    script = shared_path("tools", "export-validators", "validate.sh")
    (tmp / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp / "refs.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, VALIDATE_PYTHON=sys.executable, REQUIRE_ALL="1")
    if allow is not None:
        env["ALLOW_RE"] = f"Missing mandatory field - one of 'date, year' must be defined|{allow}"
    run = subprocess.run(
        ["bash", str(script), str(tmp / "refs.bib"), str(tmp / "refs.json")],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        timeout=600,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    assert "RESULT: OK" in out and "SKIP" not in out, out
    return out


def written(pubs: list[Publication]) -> tuple[str, str, list[str]]:
    """(BibTeX, CSL-JSON, the writers' warnings) of ``pubs``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bib = to_bibtex(pubs)
        csl = to_csl_json(pubs)
    said = [str(w.message) for w in caught if issubclass(w.category, PubrecordsWarning)]
    return bib, csl, said


def quiet_parse(text: str) -> list[Publication]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_bibtex(text)


# ----------------------------------------------------------- 1. a thesis's university


def thesis(**kw: str) -> Publication:
    return Publication(title="Moss on Basalt", authors=QUILL, year=2011, kind=Kind.THESIS, **kw)


@pytest.mark.parametrize(
    ("fields", "publisher", "container", "custom"),
    [
        ({"venue": "University of Tarnwick"}, "University of Tarnwick", None, None),
        (
            {"venue": "University of Tarnwick", "publisher": "ProQuest"},
            "University of Tarnwick",
            None,
            {"publisher": "ProQuest"},
        ),
        ({"publisher": "Tarnwick Press"}, "Tarnwick Press", None, {"publisher": "Tarnwick Press"}),
        ({"venue": "Tarnwick", "publisher": "Tarnwick"}, "Tarnwick", "Tarnwick", None),
        ({}, None, None, None),
    ],
)
def test_a_thesis_university_is_the_csl_publisher_and_reads_back(
    fields: dict[str, str], publisher: str | None, container: str | None, custom: object
) -> None:
    pub = thesis(**fields)
    (item,) = to_csl([pub])
    assert item.get("publisher") == publisher
    assert item.get("container-title") == container
    assert item.get("custom") == custom
    assert json.loads(to_csl_json([pub])) == [item]  # (the fast writer agrees)
    (back,) = from_csl([item])
    assert (back.venue, back.publisher) == (pub.venue, pub.publisher)


def test_a_bibtex_school_becomes_the_csl_publisher() -> None:
    (pub,) = quiet_parse(
        "@phdthesis{q, author={Quillfeather, Anna}, title={Moss on Basalt},"
        " school={University of Tarnwick}, year=2011}"
    )
    (item,) = to_csl([pub])
    assert item["type"] == "thesis" and item["publisher"] == "University of Tarnwick"
    assert "container-title" not in item


def test_a_csl_thesis_publisher_from_elsewhere_is_its_university() -> None:
    items = [
        {
            "id": "a",
            "type": "thesis",
            "title": "T",
            "author": [{"family": "Quillfeather", "given": "Anna"}],
            "issued": {"date-parts": [[2011]]},
            "publisher": "University of Tarnwick",
        },
        {"id": "b", "type": "thesis", "title": "T", "publisher": "ProQuest Dissertations"},
        {"id": "c", "type": "thesis", "title": "T", "publisher": "P", "container-title": "U"},
        {"id": "d", "type": "book", "title": "T", "publisher": "University of Tarnwick"},
    ]
    a, b, c, d = from_csl(items)
    assert (a.venue, a.publisher) == ("University of Tarnwick", None)
    assert (b.venue, b.publisher) == (None, "ProQuest Dissertations")  # (a distributor)
    assert (c.venue, c.publisher) == ("U", "P")
    assert (d.venue, d.publisher) == (None, "University of Tarnwick")
    assert to_csl([a, b, c, d]) == items  # (written back as read)
    bib, _, _ = written([a])
    assert "school = {University of Tarnwick}" in bib


def test_a_changed_thesis_read_from_csl_moves_its_university() -> None:
    item = {"id": "a", "type": "thesis", "title": "T", "publisher": "University of Tarnwick"}
    (pub,) = from_csl([item])
    (out,) = to_csl([attrs.evolve(pub, venue="Tarnwick Institute")])
    assert out["publisher"] == "Tarnwick Institute" and "container-title" not in out
    (out,) = to_csl([attrs.evolve(pub, publisher="ProQuest")])
    assert out["publisher"] == "University of Tarnwick"
    assert out["custom"] == {"publisher": "ProQuest"}
    (back,) = from_csl([out])
    assert (back.venue, back.publisher) == ("University of Tarnwick", "ProQuest")


# ----------------------------------------------------------- 2. volumes


def article(volume: str, issue: str | None = None, key: str = "") -> Publication:
    return Publication(
        title=f"Lichen Growth {key}",
        authors=QUILL,
        year=2003,
        venue="Journal of Invented Botany",
        volume=volume,
        issue=issue,
        kind=Kind.JOURNAL_ARTICLE,
    )


def test_volume_parts() -> None:
    assert volume_parts(" 17 ", None, True) == ("17", None)
    bib, _, said = written([article(" 17 ")])
    assert "volume = {17}" in bib and not said
    assert volume_parts("98 Suppl 1", None, True) == ("98", "Suppl 1")
    assert volume_parts("30 Suppl.", None, True) == ("30", "Suppl.")
    assert volume_parts("12 (Pt 2)", None, True) == ("12", "Pt 2")
    assert volume_parts("7 Spec No", None, True) == ("7", "Spec No")
    # where the split would lose the part, or the volume is no number: written as it is
    assert volume_parts("98 Suppl 1", "4", True) == ("98 Suppl 1", None)  # (number taken)
    assert volume_parts("98 Suppl 1", None, False) == ("98 Suppl 1", None)  # (type has none)
    for text in ("32-33", "xvii", "42A", "Winter", "12 and 13"):
        assert volume_parts(text, None, True) == (text, None), text


def test_volumes_that_are_no_integer_are_split_or_kept_as_written() -> None:
    pubs = [
        article("98 Suppl 1", key="a"),
        article("12 (Pt 2)", "3", key="b"),
        article("32-33", "5", key="c"),
        article("xvii", key="d"),
        article("17", "2", key="e"),
    ]
    bib, _, said = written(pubs)
    a, b, c, d, e = quiet_parse(bib)
    assert (a.volume, a.issue) == ("98", "Suppl 1")
    # nothing is dropped to please biber's validation: no value lost, none named
    assert (b.volume, b.issue) == ("12 (Pt 2)", "3")
    assert (c.volume, c.issue, d.volume) == ("32-33", "5", "xvii")
    assert (e.volume, e.issue) == ("17", "2")
    assert not any("volume" in s for s in said)


def test_a_record_read_from_bibtex_keeps_its_volume_as_written() -> None:
    text = "@article{k, author={Q, A}, title={T}, journal={J}, year=2001, volume={32-33}}"
    assert to_bibtex(quiet_parse(text)) == text + "\n"


# ----------------------------------------------------------- 3. years before year 1


def test_a_year_before_1_is_a_date_before_the_year() -> None:
    pubs = [
        Publication(title="On Stones", authors=QUILL, year=-100, publisher="P", kind=Kind.BOOK),
        Publication(
            title="On Rain", authors=QUILL, year=-7, month=3, publisher="P", kind=Kind.BOOK
        ),
    ]
    bib, _, said = written(pubs)
    assert "  date = {-0100},\n  year = {-100},\n" in bib
    assert "  date = {-0007-03},\n  year = {-7},\n  month = mar,\n" in bib
    assert not any("date" in s for s in said)
    back = quiet_parse(bib)
    assert [(p.year, p.month) for p in back] == [(-100, None), (-7, 3)]
    # (read back, the date is in extra: written again, it is the date, not named)
    again = [attrs.evolve(p, source_entry=None) for p in back]
    bib2, _, said2 = written(again)
    assert bib2 == bib and not said2


# ----------------------------------------------------------- 4. no title


def test_a_record_without_a_title_is_named_not_given_one() -> None:
    pubs = [article("4", key="x"), attrs.evolve(article("5"), title="")]
    bib, csl, said = written(pubs)
    first, second = quiet_parse(bib)
    assert second.title == "" and "title = {}" not in bib
    named = next(s for s in said if "without a title" in s)
    assert f"title (1: {second.key})" in named and first.key not in named
    assert json.loads(csl)[1]["title"] == ""


# ----------------------------------------------------------- 5. keys in another case


def two_files() -> list[Publication]:
    one = quiet_parse("@misc{Quill2020, author={Quillfeather, Anna}, title={Ferns}, year=2020}")
    two = quiet_parse(
        "@misc{quill2020, author={Quillfeather, Bo}, title={Mosses}, year=2020, ids={qb}}"
    )
    three = [Publication(title="Ferns Again", authors=QUILL, year=2020)]
    four = quiet_parse("@misc{Quillfeather2020Ferns, author={Q, A}, title={X}, year=2020}")
    return one + two + three + four + [Publication(title="Ferns", authors=QUILL, year=2020)]


def test_keys_that_differ_only_in_case_are_told_apart() -> None:
    pubs = two_files()
    bib, csl, said = written(pubs)
    back = quiet_parse(bib)
    keys = [p.key for p in back]
    assert keys[0] == "Quill2020" and keys[3] == "Quillfeather2020Ferns"
    assert len({k.lower() for k in keys if k}) == len(pubs)
    assert back[1].extra["ids"] == "qb,quill2020"  # (the old key: biblatex still finds it)
    assert keys[4].lower() != "quillfeather2020ferns"  # (a made key clashes by case too)
    assert [i["id"] for i in json.loads(csl)] == keys
    changed = next(s for s in said if "citation keys changed" in s)
    assert f"quill2020 -> {keys[1]} (an earlier record's key in another case" in changed


def test_a_key_in_another_case_with_a_key_pattern_gives_no_ids() -> None:
    pubs = two_files()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = to_bibtex(pubs, key_pattern="{author}{year}{shorttitle}")
    assert "quill2020" not in bib.split("@misc{quillfeather2020mosses", 1)[1].split("}\n")[0]


# ----------------------------------------------------------- the validators


def test_the_validators_accept_what_the_writers_give(tmp_path: Path) -> None:
    pubs = [
        thesis(venue="University of Tarnwick"),
        thesis(venue="University of Tarnwick", publisher="ProQuest"),
        article("98 Suppl 1", key="a"),  # (volumes no integer, "32-33": written as they are)
        Publication(title="On Stones", authors=QUILL, year=-100, publisher="P", kind=Kind.BOOK),
        Publication(
            title="On Rain", authors=QUILL, year=-7, month=3, publisher="P", kind=Kind.BOOK
        ),
        *two_files(),
    ]
    bib, csl, _ = written(pubs)
    validate(tmp_path, bib, json.loads(csl))


def test_the_validators_warn_of_nothing_but_the_missing_title(tmp_path: Path) -> None:
    pubs = [article("4", key="x"), attrs.evolve(article("5"), title="")]
    bib, csl, _ = written(pubs)
    validate(tmp_path, bib, json.loads(csl), allow="Missing mandatory field 'title'")
