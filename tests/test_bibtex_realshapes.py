"""BibTeX and biblatex of the shapes real files (biblatex's examples, biber's test data)
hold: a ``date`` beside ``year`` / ``month``, biblatex's date forms, ``%`` comments inside
entries, and bad input. All records here are invented."""

from __future__ import annotations

import warnings

import attrs
import pytest

from pubrecords import PubrecordsWarning, parse_bibtex, to_bibtex, to_csl

# ------------------------------------------------------------ date has priority


DATE_AND_YEAR = """@book{quill1996,
  author = {Quill, Ada},
  title = {Harbour Lights},
  date = {1996-01-01},
  year = {1998}
}

@article{quill1996b,
  author = {Quill, Ada},
  title = {Tides},
  journaltitle = {Sea Letters},
  month = feb,
  date = {1996-01-01},
}

@article{quill1996c,
  author = {Quill, Ada},
  title = {Currents},
  journaltitle = {Sea Letters},
  date = {1996},
  month = {02}
}
"""


def test_date_wins_over_year_and_month_and_what_they_said_is_kept() -> None:
    book, article, combined = parse_bibtex(DATE_AND_YEAR)
    # biber: "Overwriting field 'year' with year value from field 'date'"
    assert (book.year, book.month) == (1996, 1)
    assert book.extra["year"] == "1998"
    assert [(r.field, r.action, r.before, r.after) for r in book.repairs] == [
        ("year", "overridden", "1998", "1996")
    ]
    assert (article.year, article.month) == (1996, 1)
    assert article.extra["month"] == "February"
    assert [(r.field, r.before, r.after) for r in article.repairs] == [("month", "February", "1")]
    # a date without a month takes the month field's (biber gives 1996-02)
    assert (combined.year, combined.month, combined.repairs) == (1996, 2, ())
    assert "month" not in combined.extra


def test_date_over_year_written_back_unchanged_and_changed() -> None:
    pubs = parse_bibtex(DATE_AND_YEAR)
    assert to_bibtex(pubs) == DATE_AND_YEAR.rstrip("\n") + "\n"
    # another field changed: the overridden year and month stay as written
    out = to_bibtex([attrs.evolve(p, title="Renamed") for p in pubs])
    assert "  date = {1996-01-01},\n  year = {1998},\n" in out
    assert "  month = feb,\n  date = {1996-01-01},\n" in out
    # the year changed: the date says it (biblatex reads the date), the other year stays
    out = to_bibtex([attrs.evolve(pubs[0], year=2001)])
    assert "  date = {2001-01},\n  year = {1998},\n" in out
    assert parse_bibtex(out)[0].year == 2001


def test_date_over_year_as_classic_bibtex_names_the_replaced_year() -> None:
    pubs = parse_bibtex(DATE_AND_YEAR)
    with pytest.warns(PubrecordsWarning, match=r"year \(as written\) \(1: quill1996\)"):
        out = to_bibtex(pubs, dialect="bibtex")
    assert "year = {1996}" in out and "1998" not in out
    back = parse_bibtex(out)
    assert [(p.year, p.month) for p in back] == [(1996, 1), (1996, 1), (1996, 2)]


def test_year_equal_to_the_date_records_nothing() -> None:
    (pub,) = parse_bibtex(
        "@article{k, title = {Foam}, journaltitle = {J}, date = {2004-05-17},"
        " year = {2004}, month = may}"
    )
    assert (pub.year, pub.month, pub.repairs) == (2004, 5, ())
    assert "year" not in pub.extra and "month" not in pub.extra


@pytest.mark.parametrize(
    ("date", "year", "month"),
    [
        ("2004-04-05/2004-04-07", 2004, 4),
        ("2004/", 2004, None),
        ("2004/..", 2004, None),
        ("../2004", None, None),
        ("/2004-01-01", None, None),
        ("2004~", 2004, None),
        ("2004?", 2004, None),
        ("2004-06%", 2004, 6),
        ("-0044", -44, None),
        ("-0044-03-15", -44, 3),
        ("2004-22", 2004, None),
        ("2004-04-05T14:34:00", 2004, 4),
        ("2016-01-19T14:20:00.000Z", 2016, 1),
        ("1999-XX-XX", 1999, None),
        ("199X", None, None),
        ("19XX", None, None),
        ("Y17000002", None, None),
    ],
)
def test_biblatex_date_forms(date: str, year: int | None, month: int | None) -> None:
    (pub,) = parse_bibtex(f"@book{{k, title = {{Forms}}, date = {{{date}}}}}")
    assert (pub.year, pub.month) == (year, month)
    assert pub.extra["date"] == date  # the date itself is kept as written
    assert to_bibtex([pub]) == f"@book{{k, title = {{Forms}}, date = {{{date}}}}}\n"


def test_date_biber_refuses_gives_its_year_with_a_repair_and_no_month() -> None:
    # (biber: "Invalid format '1996-13-03' of date field 'date' - ignoring")
    (pub,) = parse_bibtex("@book{k, title = {Odd}, date = {1996-13-03}}")
    assert (pub.year, pub.month) == (1996, None)
    assert pub.repairs[0].action == "parsed"
    # a year field beside a date biber refuses is the year
    (pub,) = parse_bibtex("@book{k, title = {Odd}, date = {1996-13-03}, year = 1997}")
    assert (pub.year, pub.repairs) == (1997, ())


def test_date_start() -> None:
    from pubrecords.formats.bibtex.years import date_start

    assert date_start("1973/1974") == (1973, None)
    assert date_start("2004-05/2005-02-28") == (2004, 5)
    assert date_start("2004-04-05/nonsense") is None
    assert date_start("2004-04-32") is None
    assert date_start("2004-21-05") is None  # (a season has no day)
    assert date_start("") is None


def test_no_warning_reading_dates() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_bibtex(DATE_AND_YEAR)


# ------------------------------------------------------- % comments inside entries

# (biber skips them; classic BibTeX stops at them; bibtexparser took them for field names)
COMMENTED = """@article{marsh2011,
  author = {Marsh, Tilda},
  title = {Reed Beds}, % the subtitle, if any, is missing
  % note = {commented out},
  % a remark on its own line
  journaltitle = {Wetland Notes},
  year = 2011 % printed in 2012
}
"""


def test_comments_inside_an_entry_are_skipped_and_kept() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (pub,) = parse_bibtex(COMMENTED)
    assert (pub.title, pub.venue, pub.year) == ("Reed Beds", "Wetland Notes", 2011)
    assert pub.extra == {}  # (no field "% note", no field named after a remark)
    names = [name for name, _ in pub.source_entry.fields]
    assert names == ["author", "title", "journaltitle", "year"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert to_bibtex([pub]) == COMMENTED


def test_entry_written_anew_keeps_its_comments_beside_their_fields() -> None:
    (pub,) = parse_bibtex(COMMENTED)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = to_bibtex([attrs.evolve(pub, title="Reed Beds Again")])
    for comment in ("% the subtitle, if any, is missing", "% note = {commented out}",
                    "% a remark on its own line", "% printed in 2012"):  # fmt: skip
        assert comment in out
    back = parse_bibtex(out)[0]
    assert (back.title, back.venue, back.year) == ("Reed Beds Again", "Wetland Notes", 2011)


def test_percent_in_values_and_between_entries_is_text() -> None:
    text = (
        "% a file comment, with a comma\n\n"
        '@misc{k, title = {50% off}, url = {http://e.org/a%20b}, note = "5 %"}\n'
    )
    (pub,) = parse_bibtex(text)
    assert (pub.title, pub.url, pub.extra["note"]) == ("50% off", "http://e.org/a%20b", "5 %")
    assert to_bibtex([pub]) == text


# ----------------------------------------------------------------------- bad input


def _read(text: str) -> tuple[list[str], list[str], str]:
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        pubs = parse_bibtex(text)
        out = to_bibtex(pubs)
    return [p.key for p in pubs], [str(w.message) for w in got], out


GOOD = "@article{fine, title = {Fine}, year = 2000}\n\n"


def test_a_failed_entry_and_the_text_after_it_come_back_as_written() -> None:
    # the parser stops at the comma in the comment-less junk and leaves the rest as text
    broken = "@book{broken,\n  title = {T}, and, more\n  year = 2001\n}"
    keys, messages, out = _read(GOOD + broken)
    assert keys == ["fine"]
    assert any("malformed BibTeX entry" in m for m in messages)
    assert out == GOOD + broken + "\n"


def test_a_closing_brace_too_many_is_named() -> None:
    text = GOOD + "@article{early,\n  title = {x}},\n  year = 2000\n}"
    keys, messages, _ = _read(text)
    assert keys == ["fine", "early"]
    assert any("text right after entry 'early'" in m for m in messages)


def test_a_missing_comma_is_named() -> None:
    text = GOOD + "@article{nocomma,\n  title = {x}\n  year = {2000}\n}"
    keys, messages, out = _read(text)
    assert keys == ["fine", "nocomma"]
    assert any("'nocomma': the value of 'title' is not one value" in m for m in messages)
    assert out == text + "\n"


def test_braces_nested_too_deep_are_kept_not_read() -> None:
    deep = "@article{deep, title = " + "{" * 5000 + "x" + "}" * 5000 + ", year = 2000}"
    keys, messages, out = _read(GOOD + deep)
    assert keys == ["fine", "deep"]
    assert any("'deep': field 'title' nests braces" in m for m in messages)
    assert out == GOOD + deep + "\n"


def test_huge_field_many_fields_and_binary_junk() -> None:
    huge = "@article{huge, title = {" + "x" * 10_000_000 + "}}"
    keys, messages, out = _read(GOOD + huge)
    assert keys == ["fine", "huge"] and messages == [] and out == GOOD + huge + "\n"
    many = "@misc{many, " + ", ".join(f"f{i} = {{v{i}}}" for i in range(10_000)) + "}"
    keys, _, out = _read(GOOD + many)
    assert keys == ["fine", "many"] and out == GOOD + many + "\n"
    junk = bytes(range(256)).decode("latin-1") * 50 + "@{{" + "}}}"
    keys, messages, out = _read(GOOD + junk + "\n\n" + GOOD.replace("fine", "also"))
    assert keys == ["fine", "also"]
    assert all("malformed" in m for m in messages)
    truncated = "@article{cut,\n  title = {Half"
    keys, messages, out = _read(GOOD + truncated)
    assert keys == ["fine"] and out == GOOD + truncated + "\n"
    assert "end of file" in messages[0]


# ------------------------------------------------------------- biblatex entry types


@pytest.mark.parametrize(
    ("etype", "kind"),
    [
        ("mvcollection", "book"),
        ("mvproceedings", "book"),
        ("reference", "book"),
        ("mvreference", "book"),
        ("inreference", "chapter"),
        ("suppbook", "chapter"),
        ("suppcollection", "chapter"),
    ],
)
def test_biblatex_book_types_read_as_books_and_chapters(etype: str, kind: str) -> None:
    text = f"@{etype}{{k, editor = {{Fenn, Ida}}, title = {{Moors}}, date = {{1885/1888}}}}"
    (pub,) = parse_bibtex(text)
    assert pub.kind.value == kind
    assert to_bibtex([pub]) == text + "\n"


def test_a_macro_defined_twice_is_read_not_a_traceback() -> None:
    text = "@string{jn = {First Notes}}\n\n@string{jn = {Second Notes}}\n\n@misc{k, title = jn}"
    (pub,) = parse_bibtex(text)
    assert pub.title == "Second Notes"  # (biber reads the last definition)
    assert to_bibtex([pub]) == text + "\n"


def test_commented_out_entries_are_comments() -> None:
    # (biber skips them; bibtexparser read them as entries, or as broken ones)
    text = (
        "% an old one:\n%@book{old1,\n%  title = {Gone, Alas}\n%}\n\n"
        "% @misc{old2, title = {Gone Too}}\n\n"
        "@misc{kept, title = {Here}}"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pubs = parse_bibtex(text)
    assert [p.key for p in pubs] == ["kept"]
    assert to_bibtex(pubs) == text + "\n"


def test_a_changed_date_is_written_as_biber_reads_it() -> None:
    (pub,) = parse_bibtex("@book{k, title = {Forms}, urldate = {2004-05-06}, date = {2004~}}")
    pub = attrs.evolve(pub, extra={**pub.extra, "urldate": "2005-06-07", "date": "2005~"})
    out = to_bibtex([pub])
    assert "urldate = {2005-06-07}" in out and "date = {2005~}" in out
    assert parse_bibtex(out)[0].extra["date"] == "2005~"


def test_dates_as_classic_bibtex_years() -> None:
    text = (
        "@book{a, title = {T}, date = {199X}}\n"
        "@book{b, title = {T}, date = {\u0967\u096f\u096e\u096d-\u0966\u0967-\u0967\u096b}}\n"
        "@book{c, title = {T}, date = {1996-13-03}}\n"
        "@book{d, title = {T}, date = {2004-05-17}}\n"
    )
    out = to_bibtex(parse_bibtex(text), dialect="bibtex")
    a, b, c, d = out.split("\n\n")
    assert "year" not in a and "date = {199X}" in a  # (not the year 199)
    assert "year = {1987},\n  month = jan," in b  # (digits BibTeX sorts)
    assert "year = {1996}" in c and "date = {1996-13-03}" in c  # (kept: biber refuses it)
    assert "year = {2004},\n  month = may,\n  date = {2004-05-17},\n}" in d  # (the day kept)


def test_crossref_of_types_written_in_capitals() -> None:
    text = (
        "@INBOOK{part1,\n  AUTHOR = {Gale, Nora},\n  TITLE = {Salt Marshes},\n"
        "  CROSSREF = {whole}\n}\n\n"
        "@BOOK{whole,\n  EDITOR = {Ives, Lou},\n  TITLE = {Coasts of the North},\n"
        "  PUBLISHER = {Tidewater},\n  YEAR = {1974}\n}"
    )
    part, whole = parse_bibtex(text)
    # (biblatex: the parent's title is the child's booktitle)
    assert (part.title, part.venue, part.year) == ("Salt Marshes", "Coasts of the North", 1974)
    assert to_bibtex([part, whole]) == text + "\n"


def test_month_text_not_taken_is_named_when_written_anew() -> None:
    pubs = parse_bibtex(DATE_AND_YEAR) + parse_bibtex(
        "@article{spring, title = {Thaw}, journal = {J}, year = 2001, month = {Spring}}"
    )
    fresh = [attrs.evolve(p, source_entry=None) for p in pubs]
    with pytest.warns(PubrecordsWarning, match=r"month \(as written\) \(2: quill1996b, spring\)"):
        to_bibtex(fresh)


def test_escaped_characters_in_doi_and_url_are_undone() -> None:
    # dblp escapes the underscore of a DOI for classic BibTeX; a DOI or URL holds no
    # backslash, so the model has the DOI itself (and compares it with other sources')
    text = (
        "@inproceedings{DBLP:conf/x/Doe99, title = {Pebbles}, booktitle = {Stones},"
        " year = 1999, doi = {10.1007/3-540-00000-0\\_27},"
        " url = {https://example.org/a\\_b\\%20c}}"
    )
    [pub] = parse_bibtex(text)
    assert pub.doi == "10.1007/3-540-00000-0_27"
    assert pub.url == "https://example.org/a_b%20c"
    assert to_bibtex([pub]) == text + "\n"  # (the entry as written)


def test_an_organisation_in_an_editor_list_stays_one_name() -> None:
    # the reader dropped the braces of "{Harbour Authority}" (read back: a person named
    # Authority); the writer escaped them ("{\textbraceleft}…"), on which biblatex stops
    text = (
        "@incollection{k, author = {Doe, Jane}, title = {Pebbles}, booktitle = {Stones},"
        " publisher = {P}, year = 2000,"
        ' editor = {{Harbour Authority} and R{\\"o}e, Rick}}'
    )
    [pub] = parse_bibtex(text)
    assert pub.extra["editor"] == "{Harbour Authority} and Röe, Rick"
    fresh = attrs.evolve(pub, source_entry=None)
    assert "  editor = {{Harbour Authority} and Röe, Rick},\n" in to_bibtex([fresh])
    [item] = to_csl([pub])
    assert item["editor"] == [{"literal": "Harbour Authority"}, {"family": "Röe", "given": "Rick"}]
