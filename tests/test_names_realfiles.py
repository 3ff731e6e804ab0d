"""Names as real .bib files write them (issue 16): biblatex's extended name format, ties,
apostrophes of intact BibTeX, hyphenated initials; checked on the real files too."""

from __future__ import annotations

import re
import subprocess
import warnings
from pathlib import Path

import bibtexparser
import pytest

from conftest import need_tool, shared_path
from pubrecords import (
    ParseWarning,
    Person,
    Publication,
    dumps,
    format_name,
    from_dict,
    loads,
    parse_author_list,
    parse_bibtex,
    parse_name,
    parse_name_repaired,
    repair_person,
    to_bibtex,
    to_dict,
)
from pubrecords.formats.bibtex.dialect import to_bibtex_dialect
from pubrecords.formats.bibtex.read import _read_name
from pubrecords.names.bibtex import split_bibtex
from pubrecords.names.extended import (
    extended_list_to_bibtex,
    extended_to_bibtex,
    split_extended,
)
from pubrecords.names.latex import latex_to_unicode
from pubrecords.names.repair import restore_lost_accents

REALBIB = Path(__file__).resolve().parent / "fixtures" / "realbib"

# given, particle, family, suffix, useprefix
Parts = tuple[str, str, str, str, "bool | None"]


def _parts(person: Person) -> Parts:
    return person.given, person.particle, person.family, person.suffix, person.useprefix


# ---------------------------------------------------------------------------------------
# biblatex's extended name format

EXTENDED: list[tuple[str, Parts]] = [
    (
        "family=Walt, given=Stéfan J., prefix=van der, useprefix=true",
        ("Stéfan J.", "van der", "Walt", "", True),
    ),
    (
        'family=Walt, given="Stéfan J.", prefix=van der, useprefix=true',
        ("Stéfan J.", "van der", "Walt", "", True),
    ),
    (
        "family=Walt, given={Stéfan J.}, prefix={van der}, useprefix=false",
        ("Stéfan J.", "van der", "Walt", "", False),
    ),
    ('"family=Walt", "given=Stéfan J."', ("Stéfan J.", "", "Walt", "", None)),
    ("family=Ford, given=Henry, suffix=Jr.", ("Henry", "", "Ford", "Jr.", None)),
    ("family=Ford, given=Henry, suffix={Jr., III}", ("Henry", "", "Ford", "Jr., III", None)),
    ("family=Smith, given=Jean Pierre, given-i={JP}", ("Jean Pierre", "", "Smith", "", None)),
    ("family=Doe, family-i=D, given=John", ("John", "", "Doe", "", None)),
    (
        "given=Jean, prefix=de, family=La Fontaine, useprefix=true",
        ("Jean", "de", "La Fontaine", "", True),
    ),
    ("family={Robert and Sons, Inc.}", ("", "", "Robert and Sons, Inc.", "", None)),
    (
        "Family = Hern{\\'a}ndez-Lobato , Given = Jos{\\'e}~Miguel",
        ("José Miguel", "", "Hernández-Lobato", "", None),
    ),
    ("family=Walt, given=Stéfan J., useprefix=yes", ("Stéfan J.", "", "Walt", "", True)),
    (
        "family=Walt, given=Stéfan J., prefix=van der, useprefix=0",
        ("Stéfan J.", "van der", "Walt", "", False),
    ),
    ("family=Tsujii, given=Jun'ichi", ("Jun'ichi", "", "Tsujii", "", None)),
]


@pytest.mark.parametrize(("text", "want"), EXTENDED)
@pytest.mark.parametrize("syntax", ["bibtex", "auto"])
def test_extended_name_format_is_read(text: str, want: Parts, syntax: str) -> None:
    person, repairs = parse_name_repaired(text, syntax)  # type: ignore[arg-type]
    assert _parts(person) == want
    assert not any(r.action == "restore-lost-accent" for r in repairs)


def test_extended_name_keeps_useprefix_out_of_str() -> None:
    person = parse_name("family=Walt, given=Stéfan J., prefix=van der, useprefix=true")
    assert str(person) == "Stéfan J. van der Walt"
    assert person.useprefix is True


def test_extended_latex_is_decoded_and_recorded() -> None:
    person, repairs = parse_name_repaired("family=Walt, given=St{\\'e}fan J.", "bibtex")
    assert person.given == "Stéfan J."
    assert [r.action for r in repairs] == ["latex-to-unicode"]


@pytest.mark.parametrize(
    "text",
    [
        "Walt, Stéfan J.",
        "{A=B} Smith",
        "Smith, given=John",  # one item is not key=value: a classic name
        "useprefix=true",  # no name part
        "x=1, y=2",
    ],
)
def test_not_extended(text: str) -> None:
    assert split_extended(text) is None


def test_extended_in_parse_author_list() -> None:
    people, complete = parse_author_list(
        "Roorda, Dirk and family=Heuvel, given=Charles, prefix=van den, useprefix=false and others"
    )
    assert [_parts(p) for p in people] == [
        ("Dirk", "", "Roorda", "", None),
        ("Charles", "van den", "Heuvel", "", False),
    ]
    assert not complete
    (alone,), _ = parse_author_list("family=Walt, given=Stéfan J., prefix=van der")
    assert _parts(alone) == ("Stéfan J.", "van der", "Walt", "", None)


def test_extended_in_an_author_list_and_the_reader() -> None:
    bib = (
        "@article{a, author = {Roorda, Dirk and family=Heuvel, given=Charles, "
        "prefix=van den, useprefix=false and family=Walt, given=St{\\'e}fan J., "
        "prefix=van der, useprefix=true and others}, title = {T}, date = {2020}}\n"
    )
    (pub,) = parse_bibtex(bib)
    assert [_parts(p) for p in pub.authors] == [
        ("Dirk", "", "Roorda", "", None),
        ("Charles", "van den", "Heuvel", "", False),
        ("Stéfan J.", "van der", "Walt", "", True),
    ]
    assert not pub.authors_complete
    # unchanged: written back as it came
    assert "family=Heuvel, given=Charles, prefix=van den, useprefix=false" in to_bibtex([pub])
    # classic BibTeX: the extended names become names bibtex reads right, "others" kept
    classic = to_bibtex([pub], dialect="bibtex")
    assert (
        "{Roorda, Dirk and van den Heuvel, Charles and van der Walt, St{\\'e}fan J. and others}"
        in classic
    )
    assert "useprefix" not in classic
    (back,) = parse_bibtex(classic)
    assert [(p.given, p.particle, p.family) for p in back.authors] == [
        (p.given, p.particle, p.family) for p in pub.authors
    ]


def test_real_file_extended_name() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ParseWarning)
        pubs = parse_bibtex((REALBIB / "zotero-bbt-biblatex.bib").read_text(encoding="utf-8"))
    people = [p for pub in pubs for p in pub.authors if p.useprefix is not None]
    assert [_parts(p) for p in people] == [("Charles", "van den", "Heuvel", "", False)]


# ---------------------------------------------------------------------------------------
# writing: classic BibTeX and biblatex forms


def test_format_bibtex_and_biblatex() -> None:
    walt = parse_name("family=Walt, given=Stéfan J., prefix=van der, useprefix=true")
    # BibTeX's "von" part: BibTeX reads the parts back as they are, and its styles sort and
    # cite with the von part, which is what useprefix=true asks of biblatex
    assert format_name(walt, "bibtex") == "van der Walt, Stéfan J."
    assert format_name(walt, "biblatex") == (
        "family=Walt, given=Stéfan J., prefix=van der, useprefix=true"
    )
    back = parse_name(format_name(walt, "bibtex"), "bibtex")
    assert (back.given, back.particle, back.family) == ("Stéfan J.", "van der", "Walt")
    plain = Person(given="Walter", particle="van der", family="Laan")
    assert format_name(plain, "biblatex") == format_name(plain, "bibtex") == "van der Laan, Walter"


@pytest.mark.parametrize(
    "person",
    [
        Person(given="Stéfan J.", particle="van der", family="Walt", useprefix=True),
        Person(given="Charles", particle="van den", family="Heuvel", useprefix=False),
        Person(given="Henry", family="Ford", suffix="Jr., III", useprefix=False),
        Person(family="Robert and Sons, Inc.", useprefix=True),
        Person(given="A=B", family="Doe", useprefix=True),
        Person(given="Jean", particle="De", family="La Fontaine", useprefix=True),
    ],
)
def test_biblatex_form_reads_back(person: Person) -> None:
    written = format_name(person, "biblatex")
    assert parse_name(written, "bibtex") == person
    assert parse_name(written, "auto") == person
    classic = parse_name(format_name(person, "bibtex"), "bibtex")
    if person.given:  # (a braced family alone reads back as a literal)
        assert _parts(classic)[:4] == _parts(person)[:4]


@pytest.mark.parametrize(
    ("extended", "classic"),
    [
        ("family=Walt, given=Stéfan J., prefix=van der, useprefix=true", "van der Walt, Stéfan J."),
        (
            "family=Walt, given=Stéfan J., prefix=van der, useprefix=false",
            "van der Walt, Stéfan J.",
        ),
        ("family=Walt, given={Stéfan J.}, prefix={van der}", "van der Walt, {Stéfan J.}"),
        ("given=Ludwig, prefix=Van, family=Beethoven", "{V}an Beethoven, Ludwig"),
        ("family=de la Fuente, given=Juan", "{de la Fuente}, Juan"),
        ("family={Robert and Sons, Inc.}", "{Robert and Sons, Inc.}"),
        ("family=Ford, suffix=Jr., given=Henry", "Ford, Jr., Henry"),
        ("family=Doe, given={John, Paul}", "Doe, {John, Paul}"),
        ("family=Doe, given=John and Paul", "Doe, {John and Paul}"),
        ("family=Walt, given=St{\\'e}fan J.", "Walt, St{\\'e}fan J."),
        ("given=Madonna", "{}, Madonna"),
    ],
)
def test_extended_to_classic(extended: str, classic: str) -> None:
    assert extended_to_bibtex(extended) == classic
    want = parse_name(extended, "bibtex")
    got = parse_name(classic, "bibtex")
    if got.literal:  # a braced family alone: an organisation
        assert got.literal == str(want) and not (want.given or want.particle)
    else:
        assert _parts(got)[:4] == _parts(want)[:4]


def test_dialect_converts_only_extended_names() -> None:
    fields = [
        ("author", "{Roorda, Dirk and family=Heuvel, given=Charles, prefix=van den and others}"),
        ("editor", '"family=Walt, given=Stefan"'),
        ("translator", "{family=Walt, given=Stefan}"),  # not a BibTeX field: kept
        ("title", "{x=y, z=w}"),
    ]
    _, out = to_bibtex_dialect("article", fields)
    assert out == [
        ("author", "{Roorda, Dirk and van den Heuvel, Charles and others}"),
        ("editor", "{Walt, Stefan}"),
        ("translator", "{family=Walt, given=Stefan}"),
        ("title", "{x=y, z=w}"),
    ]
    plain = [("author", "{Smith, J. and Doe, A.}"), ("editor", "jsc # {=}")]
    assert to_bibtex_dialect("article", plain)[1] == plain
    assert extended_list_to_bibtex("Smith, J. and Doe, A.") is None


def _bibtex_parts(names: list[str], tmp_path: Path) -> list[tuple[str, str, str, str]]:
    """(First, von, Last, Jr) of each name as bibtex 0.99d itself reads it."""
    need_tool("bibtex")
    entries = "".join(f"@misc{{k{i}, author = {{{name}}}}}\n" for i, name in enumerate(names))
    (tmp_path / "names.bib").write_text(entries, encoding="utf-8")
    (tmp_path / "parts.bst").write_text(
        "ENTRY { author } {} {}\n"
        "FUNCTION {parts}\n"
        '{ author #1 "{ff}|{vv}|{ll}|{jj}" format.name$ write$ newline$ }\n'
        "READ\nITERATE {parts}\n",
        encoding="utf-8",
    )
    (tmp_path / "names.aux").write_text(
        "\\citation{*}\n\\bibdata{names}\n\\bibstyle{parts}\n", encoding="utf-8"
    )
    subprocess.run(["bibtex", "names"], cwd=tmp_path, capture_output=True, timeout=120, check=False)
    lines = (tmp_path / "names.bbl").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        first, von, last, jr = (
            " ".join(latex_to_unicode(part).split()) for part in line.split("|")
        )
        out.append((first, von, last, jr))
    return out


MORE_EXTENDED: list[tuple[str, Parts]] = [
    ("given=Ludwig, prefix=Van, family=Beethoven", ("Ludwig", "Van", "Beethoven", "", None)),
    ("family=Walt, prefix=Van Der, given=X.", ("X.", "Van Der", "Walt", "", None)),
    ("family=de la Fuente, given=Juan", ("Juan", "", "de la Fuente", "", None)),
    ("family=Doe, given={John, Paul}", ("John, Paul", "", "Doe", "", None)),
    ("family=Doe, given=John and Paul", ("John and Paul", "", "Doe", "", None)),
    ("family=Smithers Jones, prefix=van der", ("", "van der", "Smithers Jones", "", None)),
]


def test_classic_bibtex_reads_the_converted_names_right(tmp_path: Path) -> None:
    cases = EXTENDED + MORE_EXTENDED
    classic = [extended_to_bibtex(text) or "" for text, _ in cases]
    got = _bibtex_parts(classic, tmp_path)
    assert got == [(g, p, f, s) for _, (g, p, f, s, _) in cases]
    for text, want in MORE_EXTENDED:
        assert _parts(parse_name(text, "bibtex"))[:4] == want[:4]


# ---------------------------------------------------------------------------------------
# ties, apostrophes and the lost-accent repair


@pytest.mark.parametrize("syntax", ["bibtex", "auto"])
def test_tie_is_a_space_not_a_lost_tilde(syntax: str) -> None:
    person, repairs = parse_name_repaired("Van~Oosten, Jan", syntax)  # type: ignore[arg-type]
    assert (person.given, person.family) == ("Jan", "Van Oosten")
    assert not any(r.action == "restore-lost-accent" for r in repairs)
    person, repairs = parse_name_repaired("Mu~noz, Jan", "bibtex")
    assert person.family == "Mu noz" and not any(r.action == "restore-lost-accent" for r in repairs)


def test_lost_tilde_still_repaired_in_free_text() -> None:
    assert restore_lost_accents("Mu~noz") == "Muñoz"
    assert restore_lost_accents("Mu~noz", bibtex=True) == "Mu~noz"
    assert restore_lost_accents("Van~Oosten") == "Van~Oosten"
    assert parse_name("Mu~noz, Jos'e").family == "Muñoz"


@pytest.mark.parametrize("syntax", ["bibtex", "auto", "text"])
@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Tsujii, Jun'ichi", "Jun'ichi"),
        ("Jun'ichi Tsujii", "Jun'ichi"),
        ("Shin'ichi Yamamoto", "Shin'ichi"),
        ("Ken'ichirō Mogi", "Ken'ichirō"),
    ],
)
def test_japanese_apostrophe_kept(text: str, given: str, syntax: str) -> None:
    person, repairs = parse_name_repaired(text, syntax)  # type: ignore[arg-type]
    assert person.given == given
    assert repairs == ()


@pytest.mark.parametrize("syntax", ["auto", "text", "bibtex"])
@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Jos'e Miguel Hern'andez-Lobato", "José Miguel Hernández-Lobato"),
        ("Javier Antor'an", "Javier Antorán"),
        ("Ren'e Descartes", "René Descartes"),
        ("Ren'ata Kowalska", "Renáta Kowalska"),  # n' but not a Japanese name
    ],
)
def test_scraped_accents_still_repaired(text: str, fixed: str, syntax: str) -> None:
    person, repairs = parse_name_repaired(text, syntax)  # type: ignore[arg-type]
    assert str(person) == fixed
    assert [r.action for r in repairs] == ["restore-lost-accent"]
    assert repairs[0].before == text and repairs[0].after == fixed


def test_repair_person_uses_the_whole_name() -> None:
    person = Person(given="Jun'ichi", family="Tsujii")
    assert repair_person(person) == (person, ())
    fixed, repairs = repair_person(Person(given="Jos'e", family="Hern'andez"))
    assert str(fixed) == "José Hernández"
    assert [r.action for r in repairs] == ["restore-lost-accent"]
    # a field alone would look Japanese; the whole name does not
    fixed, repairs = repair_person(Person(given="Ren'ata", family="Kowalska"))
    assert fixed.given == "Renáta" and len(repairs) == 1


# ---------------------------------------------------------------------------------------
# hyphenated initials and compound given names


@pytest.mark.parametrize("syntax", ["bibtex", "auto", "text"])
@pytest.mark.parametrize(
    ("text", "given", "family"),
    [
        ("Englert, B. -G.", "B.-G.", "Englert"),
        ("Englert, M. -O.", "M.-O.", "Englert"),
        ("Smith, H. -J.", "H.-J.", "Smith"),
        ("B. -G. Englert", "B.-G.", "Englert"),
        ("Englert, B.-G.", "B.-G.", "Englert"),
        ("Englert, B. - G.", "B.-G.", "Englert"),
        ("Jean-Marc Dupont", "Jean-Marc", "Dupont"),
        ("Dupont, Jean-Marc", "Jean-Marc", "Dupont"),
    ],
)
def test_hyphenated_initials_kept(text: str, given: str, family: str, syntax: str) -> None:
    person = parse_name(text, syntax)  # type: ignore[arg-type]
    assert (person.given, person.family) == (given, family)


def test_spaced_hyphen_splits_as_bibtex_does() -> None:
    # the split is BibTeX's; only the joining keeps the hyphen
    assert split_bibtex("Englert, B. -G.") == ("B.-G.", "", "Englert", "")
    assert split_bibtex("Smith -Jones, A.") == ("A.", "", "Smith-Jones", "")
    assert split_bibtex("Khalid al-Rashid") == ("Khalid", "", "al-Rashid", "")


# ---------------------------------------------------------------------------------------
# the model


@pytest.mark.parametrize("useprefix", [True, False, None])
def test_useprefix_serialises(useprefix: bool | None) -> None:
    person = Person(given="Stéfan J.", particle="van der", family="Walt", useprefix=useprefix)
    data = to_dict(person)
    assert ("useprefix" in data) == (useprefix is not None)
    assert from_dict(data, Person) == person
    pub = Publication(title="SciPy", authors=(person,))
    (back,) = loads(dumps([pub]))  # type: ignore[misc]
    assert back == pub and back.authors[0].useprefix is useprefix


# ---------------------------------------------------------------------------------------
# the real files: every author and editor name


def _real_names() -> list[str]:
    files = sorted(REALBIB.glob("*.bib")) + sorted(shared_path("corpus").glob("*.bib"))
    names: list[str] = []
    for path in files:
        library = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
        for entry in library.entries:
            for field in entry.fields:
                if field.key.lower() in ("author", "editor") and isinstance(field.value, str):
                    names.extend(n for n in _split_and(field.value) if n.lower() != "others")
    return names


def _split_and(value: str) -> list[str]:
    """A name list split at " and " outside braces."""
    names: list[str] = []
    depth = 0
    start = 0
    for m in re.finditer(r"[{}]|\s+and\s+", value, re.IGNORECASE):
        if m.group() == "{":
            depth += 1
        elif m.group() == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            names.append(value[start : m.start()])
            start = m.end()
    names.append(value[start:])
    return [" ".join(n.split()) for n in names if n.strip()]


def test_real_files_get_no_lost_accent_repairs() -> None:
    names = _real_names()
    assert len(names) > 3000
    wrong = []
    for name in names:
        _, repairs = parse_name_repaired(name, "bibtex")
        _, again = repair_person(_read_name(name))
        if any(r.action == "restore-lost-accent" for r in (*repairs, *again)):
            wrong.append(name)
    assert wrong == []
    assert "O'Toole, Jr., James W." in names  # apostrophes are there, and kept
    assert parse_name("O'Toole, Jr., James W.", "bibtex").family == "O'Toole"
