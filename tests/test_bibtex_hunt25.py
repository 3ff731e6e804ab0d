"""Names and comments of the shapes real CV and journal bibliographies hold, through a cleaned export:
equal-contribution marks in math (``Amos$^{\\dagger}$``), a name inside a command
(``\\rlap{...}``), a biblatex prefix with ``\\hspace{0pt}``. The names cleaning leaves alone
(or only decodes) come back as the file wrote them. All records here are invented."""

from __future__ import annotations

import re
import warnings

import attrs
import pytest

from pubrecords import (
    Person,
    PubrecordsWarning,
    clean_publication,
    parse_bibtex,
    to_bibtex,
)


def _author_field(bib: str) -> str:
    m = re.search(r"^\s*author = (.*),$", bib, re.MULTILINE)
    assert m is not None, bib
    return m.group(1)


CV_ENTRY = r"""@misc{quill2031tides,
  title={Tidal Models for Small Harbours},
  author={Ada Quill* and Bo Renner* and Cy Dunmore$^{\dagger}$ and Eve {\'A}lvarez$^{\dagger}$},
  year={2031},
  _venue={HLW},
}
"""


def test_math_marks_in_names_survive_a_cleaned_export() -> None:
    pub = parse_bibtex(CV_ENTRY)[0]
    cleaned = clean_publication(pub)
    assert cleaned.authors != pub.authors  # (cleaning decodes the math: the field is rewritten)
    out = to_bibtex([cleaned])
    field = _author_field(out)
    assert r"Cy Dunmore$^{\dagger}$" in field
    assert r"Eve {\'A}lvarez$^{\dagger}$" in field
    assert "textasciicircum" not in out
    # and the names read back as the input's
    assert parse_bibtex(out)[0].authors == pub.authors


def test_a_name_changed_is_written_anew_and_the_others_as_written() -> None:
    pub = parse_bibtex(CV_ENTRY)[0]
    authors = list(pub.authors)
    authors[1] = Person(given="Bo", family="Renner-Holt")
    out = to_bibtex([attrs.evolve(pub, authors=tuple(authors))])
    field = _author_field(out)
    assert field.startswith("{Ada Quill* and ")
    assert "Renner-Holt, Bo" in field
    assert r"Cy Dunmore$^{\dagger}$ and Eve {\'A}lvarez$^{\dagger}$}" in field


def test_a_shorter_author_list_keeps_the_remaining_names_by_place() -> None:
    pub = parse_bibtex(CV_ENTRY)[0]
    out = to_bibtex([attrs.evolve(pub, authors=pub.authors[:3])])
    field = _author_field(out)
    assert field == r"{Ada Quill* and Bo Renner* and Cy Dunmore$^{\dagger}$}"


def test_and_others_is_kept_with_the_names() -> None:
    src = CV_ENTRY.replace(r"$^{\dagger}$}", r"$^{\dagger}$ and others}")
    pub = parse_bibtex(src)[0]
    assert not pub.authors_complete
    out = to_bibtex([clean_publication(pub)])
    assert _author_field(out).endswith(r"{\'A}lvarez$^{\dagger}$ and others}")


def test_author_from_a_macro_is_written_from_the_model() -> None:
    src = (
        "@string{TEAM = {Quill, Ada and Dunmore$^{*}$, Cy}}\n"
        "@article{quill2032,\n  author = TEAM,\n  title = {Brine},\n  year = 2032,\n}\n"
    )
    pub = parse_bibtex(src)[0]
    authors = (Person(given="Ada", family="Quill"), Person(given="Cy", family="Dunmore"))
    out = to_bibtex([attrs.evolve(pub, authors=authors)])
    assert _author_field(out) == "{Quill, Ada and Dunmore, Cy}"


TUGBOAT_LIKE = r"""@Article{Renner:HL3-1-12,
  author =       "Gil Renner and \rlap{Hal Osterby}",
  title =        "{Typesetting tide tables}",
  journal =      "Harbour Letters",
  year =         "1991",
}
"""


def test_a_name_inside_a_command_is_one_name() -> None:
    pub = parse_bibtex(TUGBOAT_LIKE)[0]
    assert len(pub.authors) == 2
    second = pub.authors[1]
    # BibTeX reads \rlap{Hal Osterby} as one word: no part holds half a brace group
    for part in (second.given, second.family, second.particle, second.literal):
        assert part.count("{") == part.count("}")
    assert "Hal Osterby" in str(second)


def test_a_control_space_still_separates_the_words_of_a_name() -> None:
    (pub,) = parse_bibtex(r"@article{k, author = {Nora B. T.\ Lindqvist}, title = {Fog}}")
    assert (pub.authors[0].given, pub.authors[0].family) == ("Nora B. T.", "Lindqvist")


def test_a_name_inside_a_command_survives_a_cleaned_export() -> None:
    pub = parse_bibtex(TUGBOAT_LIKE)[0]
    out = to_bibtex([clean_publication(pub)])
    field = _author_field(out)
    assert "textbraceright" not in field
    assert field.count("{") == field.count("}")
    assert "Gil Renner" in field or "Renner, Gil" in field
    assert "Hal Osterby" in field


EXTENDED = r"""@book{medici2033,
  author = {family=Vasari, given=Lia, prefix=da’\hspace{0pt}, useprefix=false and given=Tom, family=Ortolan},
  title = {Fountains},
  date = {2033},
}
"""


def test_extended_name_with_a_command_is_kept_when_another_changes() -> None:
    pub = parse_bibtex(EXTENDED)[0]
    authors = (pub.authors[0], Person(given="Tomas", family="Ortolan"))
    out = to_bibtex([attrs.evolve(pub, authors=authors)])
    field = _author_field(out)
    assert r"prefix=da’\hspace{0pt}" in field
    assert "Ortolan, Tomas" in field


# ------------------------------------------- % comments of an entry written field by field

ANNOTATED = r"""@BOOK{heron2034, % a remark on the key's line
  AUTHOR = {Ida Heron and Lou Pike}, % picks the first name
  % EDITOR = {commented out},
  TITLE  = {Marsh Birds},
  LOCATION = {Delft and Ghent},        % two places
  NOTE = {A note}                      % no comma before this one
}
"""


def _comment_lines(text: str) -> list[str]:
    return [line.split("%", 1)[1].strip() for line in text.splitlines() if "%" in line]


def test_comments_come_back_when_an_entry_is_written_anew() -> None:
    (pub,) = parse_bibtex(ANNOTATED)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = to_bibtex([attrs.evolve(pub, title="Marsh Birds of the Delta")])
    assert _comment_lines(out) == _comment_lines(ANNOTATED)
    # each next to its field
    lines = out.splitlines()
    assert lines[1].strip() == "% a remark on the key's line"
    assert lines[2].startswith("  AUTHOR = {Ida Heron and Lou Pike},") and "% picks" in lines[2]
    assert lines[3].strip() == "% EDITOR = {commented out},"
    assert "Marsh Birds of the Delta" in lines[4]
    back = parse_bibtex(out)[0]
    assert back.title == "Marsh Birds of the Delta"
    assert back.extra.get("note") == "A note"
    assert "editor" not in back.extra


def test_comment_of_a_field_no_longer_written_is_kept_at_the_end() -> None:
    (pub,) = parse_bibtex(ANNOTATED)
    extra = {k: v for k, v in pub.extra.items() if k != "location"}
    out = to_bibtex([attrs.evolve(pub, extra=extra)])
    assert "LOCATION" not in out
    assert sorted(_comment_lines(out)) == sorted(_comment_lines(ANNOTATED))


# ---------------------------------------------- xdata / crossref found by an ids alias

XDATA_ALIAS = r"""@XDATA{stork:pub,
  IDS       = {stork:pubALIAS},
  PUBLISHER = {Stork Press}
}

@BOOK{egret2035,
  AUTHOR = {Egret, Nils},
  TITLE  = {Wading},
  DATE   = {2035},
  XDATA  = {stork:pubALIAS}
}
"""


def test_xdata_reached_through_an_ids_alias_is_inherited_without_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pubs = parse_bibtex(XDATA_ALIAS)
    child = next(p for p in pubs if p.key == "egret2035")
    assert child.publisher == "Stork Press"


def test_xdata_naming_no_entry_still_warns() -> None:
    with pytest.warns(PubrecordsWarning, match="stork:missing"):
        parse_bibtex(XDATA_ALIAS.replace("{stork:pubALIAS}\n}", "{stork:missing}\n}"))
