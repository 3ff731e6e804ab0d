"""Hypothesis strategies and fixtures for the BibTeX / CSL-JSON tests (invented records only)."""

from __future__ import annotations

from hypothesis import strategies as st

from pubrecords import Kind, Person, Publication

# Words that exercise every escaping rule: LaTeX specials, math, hostile LaTeX, ligatures,
# accents (precomposed and combining), Greek, CJK, quotes, dashes and odd whitespace.
TEXT_PIECES = [
    "Learning",
    "the",
    "BibTeX",
    "LLMs",
    "ResNet-50",
    "AI",
    "Barlow Twins",
    "of",
    "3D",
    "iPhone",
    "Gödel",
    "Schrödinger",
    "Ångström",
    "naïve",
    "façade",
    "Łódź",
    "Dvořák",
    "Erdős",
    "Adébáyọ̀",
    "ǘ",
    "Straße",
    "Æsir",
    "œuvre",
    "50%",
    "R&D",
    "$x^2$",
    "$\\alpha$",
    "a_b",
    "#1",
    "~",
    "^",
    "\\",
    "{",
    "}",
    "{a}",
    "\\input{/etc/passwd}",
    "\\write18{touch pwned}",
    "\\def\\x{y}",
    "%",
    "--",
    "---",
    "''",
    "``",
    "`",
    "'",
    '"',
    "–",
    "—",
    "“quoted”",
    "‘single’",
    "…",
    "α",
    "β≤γ",
    "∞",
    "×",
    "中文",
    "日本語",
    "Ελληνικά",
    "ą",
    "ð",
    "«guillemets»",
    "<b>",
    "a|b",
    "€5",
    "§2",
    "x\u00a0y",
    "zero\u200bwidth",
    "tab\there",
    "new\nline",
    "  ",
    "Out-of-Distribution",
    "e.g.,",
    "(parenthesised)",
    "Q:",
]


@st.composite
def text(draw: st.DrawFn, min_pieces: int = 0, max_pieces: int = 6) -> str:
    pieces = draw(st.lists(st.sampled_from(TEXT_PIECES), min_size=min_pieces, max_size=max_pieces))
    seps = draw(
        st.lists(
            st.sampled_from([" ", "", " ", "-", ", "]), min_size=len(pieces), max_size=len(pieces)
        )
    )
    return "".join(p + s for p, s in zip(pieces, seps, strict=False))


def optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), strategy)


GIVEN = [
    "Jane",
    "José Miguel",
    "Émile",
    "J.-P.",
    "Ann-Kathrin",
    "Ngọc Ánh",
    "Zhang",
    "Øystein",
    "Ludovica",
    "A. B.",
]
FAMILY = [
    "Doe",
    "Hernández-Lobato",
    "Zola",
    "Ångström",
    "O'Brien",
    "Müller",
    "Nguyễn",
    "Krasheninnikov",
    "MacLeod",
    "Ng",
    "Waals",
    "Łukasiewicz",
]
PARTICLE = ["", "", "", "van der", "de la", "von", "della", "van"]
SUFFIX = ["", "", "", "Jr.", "III"]
LITERAL = ["World Health Organization", "AT&T Labs", "OpenAI", "Google DeepMind", "CERN"]


@st.composite
def person(draw: st.DrawFn) -> Person:
    if draw(st.integers(0, 9)) == 0:
        return Person(literal=draw(st.sampled_from(LITERAL)))
    return Person(
        given=draw(st.sampled_from([*GIVEN, ""])),
        family=draw(st.sampled_from(FAMILY)),
        particle=draw(st.sampled_from(PARTICLE)),
        suffix=draw(st.sampled_from(SUFFIX)),
    )


RAW_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789./:_-%#~&?=;()<>"
EXTRA_KEYS = [
    "note",
    "keywords",
    "language",
    "editor",
    "address",
    "organization",
    "type",
    "isbn",
    "edition",
    "series",
    "chapter",
    "howpublished2",
]


@st.composite
def publication(draw: st.DrawFn) -> Publication:
    year = draw(st.one_of(st.none(), st.integers(1800, 2030)))
    raw = st.text(alphabet=RAW_CHARS, min_size=1, max_size=30)
    return Publication(
        title=draw(text(0, 8)),
        authors=tuple(draw(st.lists(person(), max_size=4))),
        authors_complete=draw(st.booleans()),
        abstract=draw(optional(text(0, 12))),
        year=year,
        month=draw(st.one_of(st.none(), st.integers(1, 12))),
        venue=draw(optional(text(0, 5))),
        kind=draw(st.sampled_from(list(Kind))),
        doi=draw(optional(raw.map(lambda s: "10.1000/" + s))),
        arxiv_id=draw(optional(st.sampled_from(["2301.00001", "1706.03762v5", "hep-th/9901001"]))),
        url=draw(optional(raw.map(lambda s: "https://example.org/" + s))),
        volume=draw(optional(st.sampled_from(["1", "17", "42A", "x"]))),
        issue=draw(optional(st.sampled_from(["3", "1-2", "S1"]))),
        pages=draw(
            optional(st.sampled_from(["1-10", "1–10", "101--110", "e12", "S1-1–S1-5", "7"]))
        ),
        publisher=draw(optional(text(1, 3))),
        extra=draw(st.dictionaries(st.sampled_from(EXTRA_KEYS), text(1, 3), max_size=3)),
        hidden_authors=draw(st.one_of(st.none(), st.integers(0, 50))),
        abstract_complete=draw(st.booleans()),
        identifiers=draw(
            st.dictionaries(st.sampled_from(["openalex", "dblp", "pmid"]), raw, max_size=2)
        ),
    )


def invented_records() -> list[Publication]:
    """A hand-built stress set: every kind, complete and partial records, hostile text."""
    doe = Person(given="Jane", family="Doe")
    hl = Person(given="José Miguel", family="Hernández-Lobato")
    waals = Person(given="Johannes Diderik", particle="van der", family="Waals")
    zola = Person(given="Émile", family="Zola")
    ang = Person(given="Anders", family="Ångström")
    jr = Person(given="Martin Luther", family="King", suffix="Jr.")
    who = Person(literal="World Health Organization")
    att = Person(literal="AT&T Labs")
    hostile = (
        "\\input{/etc/passwd} \\write18{touch pwned} \\def\\pwned{1} {unbalanced } } "
        "50% & $x_1$ #2 ~ ^ \\ --- '' `` <b>"
    )
    out = [
        Publication(
            title="Scalable BibTeX processing with GPUs, LLMs and ResNet-50 on Barlow Twins",
            authors=(hl, waals, who, zola, ang, jr),
            authors_complete=False,
            year=2016,
            month=3,
            venue="Journal of Machine Learning Research & Practice",
            kind=Kind.JOURNAL_ARTICLE,
            volume="17",
            issue="3",
            pages="1–10",
            doi="10.1000/jmlr_2016%1",
            url="https://example.org/a_b%20c#frag~x&y=1",
            abstract="We measure 50% gains — “really” — with α ≤ β and Gödel's naïve façade.",
            arxiv_id="1601.00001",
            extra={"primaryclass": "cs.LG", "note": "Extended version"},
        ),
        Publication(title=hostile, abstract=hostile, authors=(att,), year=2020, kind=Kind.UNKNOWN),
        Publication(title="Facing AI extinction", kind=Kind.PREPRINT),
        Publication(
            title="The Flag and the Cross by Philip Gorski (review)",
            authors=(doe,),
            venue="Review of Religious Research",
            year=2023,
            kind=Kind.BOOK_REVIEW,
        ),
        Publication(
            title="Thinker: Learning to Plan and Act",
            authors=(doe, zola),
            venue="Advances in Neural Information Processing Systems",
            year=2023,
            month=12,
            pages="100-120",
            publisher="Curran Associates",
            kind=Kind.CONFERENCE_PAPER,
            abstract="We propose the Thinker algorithm for planning in Sokoban.",
        ),
        Publication(
            title="A Book on Ångström Units",
            authors=(ang,),
            publisher="Springer",
            year=1990,
            kind=Kind.BOOK,
            extra={"edition": "2", "address": "Berlin"},
        ),
        Publication(
            title="A chapter on Erdős numbers",
            authors=(doe,),
            venue="Handbook of Graphs",
            publisher="CRC Press",
            year=2001,
            pages="5--9",
            kind=Kind.CHAPTER,
            extra={"editor": "Roe, Rick and Łukasiewicz, Jan"},
        ),
        Publication(
            title="A chapter without editor",
            authors=(doe,),
            venue="Handbook",
            publisher="CRC",
            year=2001,
            kind=Kind.CHAPTER,
        ),
        Publication(
            title="On naïve Bayes",
            authors=(zola,),
            venue="Université de Montréal",
            year=2019,
            kind=Kind.THESIS,
        ),
        Publication(
            title="On naïve Bayes, again",
            authors=(zola,),
            venue="Université de Montréal",
            year=2015,
            kind=Kind.THESIS,
            extra={"type": "Master's thesis"},
        ),
        Publication(
            title="Technical report #7",
            authors=(who,),
            venue="WHO",
            issue="TR-7",
            year=2021,
            kind=Kind.REPORT,
        ),
        Publication(title="A data set", authors=(doe,), year=2022, kind=Kind.DATASET),
        Publication(
            title="A tool", authors=(doe,), kind=Kind.SOFTWARE, url="https://example.org/t"
        ),
        Publication(title="A page", kind=Kind.WEBPAGE, url="https://example.org/p?q=1&r=%20"),
        Publication(title="Other thing", authors=(jr,), year=1963, kind=Kind.OTHER),
        Publication(
            title="A journal article without a year",
            authors=(doe,),
            venue="J",
            kind=Kind.JOURNAL_ARTICLE,
        ),
        Publication(
            title="Preprint with many authors",
            authors=(doe, zola, hl),
            authors_complete=False,
            arxiv_id="2301.00001",
            year=2023,
            kind=Kind.PREPRINT,
        ),
    ]
    # the same base key three times: suffixes a, b, c
    out += [Publication(title="Same title", authors=(doe,), year=2020) for _ in range(3)]
    return out
