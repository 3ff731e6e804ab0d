"""Offline cleaning: display markers, LaTeX, lost spaces, truncation flags, authors."""

from __future__ import annotations

import doctest
import re
import time
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import pubrecords
from conftest import shared_path
from pubrecords import (
    Kind,
    Person,
    Profile,
    Publication,
    Repair,
    clean_profile,
    clean_publication,
    clean_text,
    truncation_reason,
)
from pubrecords import clean as clean_module


def cleaned(text: str, field: str = "abstract") -> str:
    return clean_text(text, field)[0]


def actions(text: str, field: str = "abstract") -> list[str]:
    return [r.action for r in clean_text(text, field)[1]]


# --------------------------------------------------------------------------------------
# The display marker


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("though method… (see more)s incorporating symmetries", "though methods incorporating"),
        ("a le… (see more)arned world model", "a learned world model"),
        ("the existence of… (see more) a phenomenon", "the existence of a phenomenon"),
        ("the existence of... (see more) a phenomenon", "the existence of a phenomenon"),
        ("the existence of ... (see more) a phenomenon", "the existence of a phenomenon"),
        ("fail…(see more)s to transfer", "fails to transfer"),
        ("fail… (See More)s to transfer", "fails to transfer"),
        ("fail… ( see more )s to transfer", "fails to transfer"),
        ("fail. . . (see more)s to transfer", "fails to transfer"),
    ],
)
def test_display_marker_removed_and_split_joined(raw: str, want: str) -> None:
    text, repairs = clean_text(raw)
    assert want in text
    assert "see more" not in text.lower() and "…" not in text
    assert [r.action for r in repairs] == ["remove-display-marker"]
    assert "more" in repairs[0].before.lower()
    assert want in repairs[0].after


def test_display_marker_at_the_end_flags_the_abstract() -> None:
    pub = clean_publication(
        Publication(title="T", abstract="We study robustness. Results show… (see more)")
    )
    assert pub.abstract == "We study robustness. Results show"
    assert pub.abstract_complete is False
    flags = [r for r in pub.repairs if r.action == "flag-truncated-abstract"]
    assert len(flags) == 1 and flags[0].field == "abstract_complete"


def test_marker_after_a_full_sentence_at_the_end_still_flags() -> None:
    pub = clean_publication(Publication(title="T", abstract="A sentence. Another one.… (see more)"))
    assert pub.abstract == "A sentence. Another one."
    assert pub.abstract_complete is False


# --------------------------------------------------------------------------------------
# LaTeX


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("accuracy of 70.48\\%, only 1.1\\% below", "accuracy of 70.48%, only 1.1% below"),
        ("such ``wrapped capabilities'' are", "such “wrapped capabilities” are"),
        ("we call a `wrapper', is learned", "we call a ‘wrapper’, is learned"),
        ("R\\&D and Q\\&A", "R&D and Q&A"),
        ("Jos\\'e and Hern\\'{a}ndez", "José and Hernández"),
        ('{\\"o} and M\\"uller and \\"{U}ber', "ö and Müller and Über"),
        ("\\c{c}a and \\v{S}ediv\\'y and Stra\\ss e", "ça and Šedivý and Straße"),
        ('Bj\\o rn and \\AA ngstr\\"om', "Bjørn and Ångström"),
        ("the \\emph{key} idea and \\textbf{bold}", "the key idea and bold"),
        ("$x^2$ grows", "x² grows"),
        ("an $\\alpha$-divergence and $O(n^2)$ time", "an α-divergence and O(n²) time"),
        ("$\\frac{1}{2}$ of $\\mathbb{R}^n$", "1/2 of ℝⁿ"),
        ("see Fig.~3 and et~al.", "see Fig. 3 and et al."),
        ("pages 2--3 and 1990--1995", "pages 2–3 and 1990–1995"),
        ("agents---systems capable", "agents—systems capable"),
        ("one --- two -- three", "one — two – three"),
    ],
)
def test_latex_to_unicode(raw: str, want: str) -> None:
    assert cleaned(raw) == want


@pytest.mark.parametrize(
    "raw",
    [
        "a lone \\ backslash stays",
        "C:\\Users\\x stays",
        "an escaped \\\\% stays",
        "unknown \\cite{smith2020} and \\ref{fig} stay",
        "the model's view and the LLMs' outputs",
        "use --help or x --y on the command line",
        "an arrow --> and <!-- comment --> and ----",
        "state-of-the-art, well-known",
        "costs $5 to $10 today",
        'JSON says \\"hi\\" here',
        "it\\'s escaped",
        "a `code` span",
        "https://example.org/a--b/~user",
        "\\{word\\} is a set",
        "a JSON-escaped https:\\/\\/x.org\\/a stays",
    ],
)
def test_latex_that_is_not_latex_is_left_alone(raw: str) -> None:
    assert cleaned(raw) == raw


def test_apostrophes_survive_latex_quotes() -> None:
    raw = "the model's ``wrapped capabilities'' and a `wrapper', the LLMs' view"
    assert cleaned(raw) == "the model's “wrapped capabilities” and a ‘wrapper’, the LLMs' view"


def test_math_that_cannot_be_rendered_is_kept() -> None:
    raw = "bound $\\sum_{i} \\foo{x}$ holds"
    assert cleaned(raw) == raw


def test_latex_braces_removed_only_as_grouping() -> None:
    assert cleaned("{BERT}: Pre-training of {Transformers}", "title") == (
        "BERT: Pre-training of Transformers"
    )
    assert cleaned("\\cite{key} and the set {x}", "title") == "\\cite{key} and the set {x}"


# --------------------------------------------------------------------------------------
# Lost spaces


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ('more readily"internalize"the semantic', 'more readily "internalize" the semantic'),
        (
            'math problems,"emergent phase transitions", arithmetic',
            'math problems, "emergent phase transitions", arithmetic',
        ),
        ("models&extrapolates", "models & extrapolates"),
        ("zero-shot, prompted,&finetuned settings", "zero-shot, prompted, & finetuned settings"),
        ("a large&diverse set", "a large & diverse set"),
        ("single agent&multi-agent", "single agent & multi-agent"),
        ("double descent &the delayed", "double descent & the delayed"),
        ("LLMs&agents", "LLMs & agents"),
    ],
)
def test_lost_spaces_restored(raw: str, want: str) -> None:
    text, repairs = clean_text(raw)
    assert text == want
    assert repairs and all(r.action == "insert-lost-space" for r in repairs)


@pytest.mark.parametrize(
    "raw",
    [
        "AT&T and R&D and Q&A and P&L and S&P 500 and Q&As",
        "see https://x.org/a?b=1&c=2 for details",
        "write to a&b@example.org today",
        "run a&&b or x=1&y=2 in the shell",
        'a 5" screen and a 7" one',
        'print("hello") and x="a"',
        '"""" and ""',
        'an odd "quote',
    ],
)
def test_lost_space_lookalikes_untouched(raw: str) -> None:
    assert cleaned(raw) == raw


def test_html_entities_decoded() -> None:
    assert cleaned("models &amp; data and 5&nbsp;GB") == "models & data and 5 GB"


# --------------------------------------------------------------------------------------
# Whitespace, Unicode, empty and repeated fields


def test_whitespace_and_nfc() -> None:
    raw = "  Caf\u0065\u0301  au\tlait\u200b\n and more  "
    text, repairs = clean_text(raw, "title")
    assert text == "Café au lait and more"
    assert unicodedata.is_normalized("NFC", text)
    assert {r.action for r in repairs} >= {"normalize-unicode", "normalize-whitespace"}


def test_empty_strings_become_none() -> None:
    pub = clean_publication(Publication(title="T", abstract="   ", venue=" ", doi=""))
    assert pub.abstract is None and pub.venue is None and pub.doi is None
    assert {(r.field, r.action) for r in pub.repairs} == {
        ("abstract", "drop-empty-field"),
        ("venue", "drop-empty-field"),
        ("doi", "drop-empty-field"),
    }


def test_abstract_repeating_the_title_is_dropped() -> None:
    title = "The Flag and the Cross: A Review"
    pub = clean_publication(Publication(title=title, abstract="the flag and the cross — a review"))
    assert pub.abstract is None
    assert pub.abstract_complete is True
    (repair,) = pub.repairs
    assert repair.action == "drop-title-as-abstract" and repair.field == "abstract"
    assert repair.before == "the flag and the cross — a review"


def test_abstract_label_removed() -> None:
    assert cleaned("Abstract: We propose X.") == "We propose X."
    assert cleaned("Abstracts of talks are collected.") == "Abstracts of talks are collected."


def test_other_text_fields_cleaned_lightly() -> None:
    pub = clean_publication(Publication(title="T", venue='Proc.  of  G\\"odel   Days'))
    assert pub.venue == "Proc. of Gödel Days"


# --------------------------------------------------------------------------------------
# Truncation


@pytest.mark.parametrize(
    "text",
    [
        "While prior work establishes a trade-off in robustness against different",
        "We study the problem of",
        "Results are promising…",
        "Results are promising...",
        "Results are promising [...]",
        "Results are promising […]",
        "Results are promising (see more)",
        "We list: a, b, and c;",
    ],
)
def test_truncated_abstracts_detected(text: str) -> None:
    assert truncation_reason(text) is not None
    pub = clean_publication(Publication(title="T", abstract=text))
    assert pub.abstract_complete is False


@pytest.mark.parametrize(
    "text",
    [
        "We show it works.",
        "Does it work? Yes!",
        "It works (see Section 3).",
        "It works [1]",
        "We call it “grokking.”",
        "We call it 'grokking.'",
        'We call it "grokking."',
        "Apples, pears, etc.",
        "Code is available at https://github.com/example/repo",
        "Code: https://example.org/x.",
        "Contact us at someone@example.org",
    ],
)
def test_complete_abstracts_not_flagged(text: str) -> None:
    assert truncation_reason(text) is None
    pub = clean_publication(Publication(title="T", abstract=text))
    assert pub.abstract_complete is True
    assert not any(r.action == "flag-truncated-abstract" for r in pub.repairs)


def test_flags_never_go_back_to_true() -> None:
    pub = Publication(
        title="T",
        abstract="A complete sentence.",
        abstract_complete=False,
        authors=(Person(given="A", family="B"),),
        authors_complete=False,
    )
    out = clean_publication(pub)
    assert out.abstract_complete is False and out.authors_complete is False
    assert out.repairs == ()


# --------------------------------------------------------------------------------------
# Authors


@pytest.mark.parametrize("placeholder", ["et al.", "et al", "others", "and others", "…", "..."])
def test_placeholder_authors_removed_and_list_flagged(placeholder: str) -> None:
    pub = Publication(
        title="T",
        authors=(Person(given="Ada", family="Lovelace"), Person(literal=placeholder)),
    )
    out = clean_publication(pub)
    assert [str(a) for a in out.authors] == ["Ada Lovelace"]
    assert out.authors_complete is False
    removed = [r for r in out.repairs if r.action == "remove-placeholder-author"]
    assert len(removed) == 1 and removed[0].field == "authors[1]"
    assert removed[0].before == placeholder
    assert any(r.action == "flag-incomplete-authors" for r in out.repairs)


def test_see_n_more_left_in_a_name_is_parsed() -> None:
    pub = Publication(
        title="T",
        authors=(
            Person(given="Ada", family="Lovelace"),
            Person(given="Adrian", family="Weller … (see 2 more)"),
        ),
    )
    out = clean_publication(pub)
    assert [str(a) for a in out.authors] == ["Ada Lovelace", "Adrian Weller"]
    assert out.hidden_authors == 2 and out.authors_complete is False


def test_hidden_authors_imply_incomplete_list() -> None:
    out = clean_publication(Publication(title="T", hidden_authors=3))
    assert out.authors_complete is False
    assert [r.action for r in out.repairs] == ["flag-incomplete-authors"]


def test_empty_and_spaced_names() -> None:
    pub = Publication(
        title="T",
        authors=(Person(given=" Ada ", family="Love\u200blace"), Person()),
    )
    out = clean_publication(pub)
    assert out.authors == (Person(given="Ada", family="Lovelace"),)
    assert [r.action for r in out.repairs] == ["normalize-whitespace", "drop-empty-author"]


def test_names_repaired_through_the_names_module(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Person] = []

    def fake_repair(person: Person) -> tuple[Person, tuple[Repair, ...]]:
        calls.append(person)
        if person.family == "Antor'an":
            new = attrs.evolve(person, family="Antorán")
            return new, (Repair("family", "restore-lost-accent", "Antor'an", "Antorán", "accent"),)
        return person, ()

    monkeypatch.setattr(clean_module, "repair_person", fake_repair)
    pub = Publication(
        title="T",
        authors=(Person(given="Ada", family="Lovelace"), Person(given="Javier", family="Antor'an")),
    )
    out = clean_publication(pub)
    assert {"Ada Lovelace", "Javier Antor'an"} <= {str(p) for p in calls}
    assert str(out.authors[1]) == "Javier Antorán"
    (repair,) = out.repairs
    assert repair.field == "authors[1]" and repair.action == "restore-lost-accent"


def test_profile_owner_omitted_marks_every_list_incomplete() -> None:
    pubs = (
        Publication(title="A", authors=(Person(given="X", family="Y"),)),
        Publication(title="B", authors_complete=False),
    )
    profile = Profile(person=Person(given="O", family="W"), publications=pubs)
    assert clean_profile(profile) is profile  # nothing to do
    flagged = clean_profile(attrs.evolve(profile, owner_omitted_from_authors=True))
    first, second = flagged.publications
    assert first.authors_complete is False and second.authors_complete is False
    assert [r.action for r in first.repairs] == ["flag-incomplete-authors"]
    assert second.repairs == ()  # already flagged: nothing to record


# --------------------------------------------------------------------------------------
# Purity and audit


def test_existing_repairs_kept_and_input_untouched() -> None:
    old = Repair("title", "earlier", "a", "b", "from a reader")
    pub = Publication(title="T", abstract="x\\% of it.", repairs=(old,))
    out = clean_publication(pub)
    assert pub.abstract == "x\\% of it."
    assert out.repairs[0] == old and len(out.repairs) == 2
    assert clean_publication(out) == out


def test_clean_record_returned_unchanged() -> None:
    pub = Publication(title="A Title", abstract="A clean abstract.", authors=(Person("A", "B"),))
    assert clean_publication(pub) is pub


def test_module_doctests() -> None:
    result = doctest.testmod(clean_module)
    assert result.attempted > 0 and result.failed == 0


def test_docs_examples_run() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "repairing.md"
    result = doctest.testfile(str(page), module_relative=False)
    assert result.attempted > 0 and result.failed == 0


def test_public_api_reexported() -> None:
    for name in ("clean_publication", "clean_profile", "clean_text", "truncation_reason"):
        assert getattr(pubrecords, name) is getattr(clean_module, name)


# --------------------------------------------------------------------------------------
# Properties

FRAGMENTS = [
    "… (see more)",
    "...",
    "(see more)",
    "\\%",
    "\\&",
    "\\'e",
    '\\"o',
    "{\\'a}",
    "\\ss",
    "\\",
    "\\\\",
    "``",
    "''",
    "`",
    "'",
    '"',
    "&",
    "&amp;",
    "$",
    "$x^2$",
    "--",
    "---",
    "~",
    "{",
    "}",
    "{BERT}",
    "AT&T",
    "https://x.org/a?b=1&c=2",
    "Abstract:",
    "e\u0301",
    "\u200b",
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "model's",
]
WORDS = st.text(alphabet="abcXYZ019", min_size=1, max_size=6)
MESSY = st.lists(st.one_of(st.sampled_from(FRAGMENTS), WORDS), max_size=30).map("".join)
PROSE = st.lists(
    st.one_of(WORDS, st.sampled_from([" ", ". ", ", ", "; ", ": ", "-a", " (", ") ", "?"])),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MESSY, st.sampled_from(["abstract", "title", "venue"]))
def test_clean_text_is_idempotent(text: str, field: str) -> None:
    once, _ = clean_text(text, field)
    again, repairs = clean_text(once, field)
    assert again == once
    assert repairs == ()


@settings(max_examples=200, deadline=None)
@given(MESSY, MESSY, st.lists(MESSY, max_size=4), st.booleans(), st.booleans())
@example("", "\\ss``0", [], False, False)  # ("ß“0" was taken for NKo mojibake)
def test_clean_publication_is_idempotent(
    title: str, abstract: str, names: list[str], complete: bool, owner_omitted: bool
) -> None:
    pub = Publication(
        title=title,
        abstract=abstract,
        authors=tuple(Person(literal=n) for n in names),
        abstract_complete=complete,
    )
    once = clean_publication(pub)
    assert clean_publication(once) == once
    profile = Profile(person=Person(literal="O"), publications=(pub,))
    profile = attrs.evolve(profile, owner_omitted_from_authors=owner_omitted)
    p1 = clean_profile(profile)
    assert clean_profile(p1) == p1
    # a flag is never set back to True
    assert once.abstract_complete <= complete


@settings(max_examples=200, deadline=None)
@given(PROSE)
def test_plain_prose_is_not_changed(text: str) -> None:
    normalized = " ".join(text.split())
    assert cleaned(normalized, "title") == normalized


def _no_words_removed(text: str) -> bool:
    return not re.search(r"see|Abstract|amp|nbsp|\\[A-Za-z]", text)


@settings(max_examples=200, deadline=None)
@given(MESSY.filter(_no_words_removed))
def test_letters_and_digits_are_never_lost(text: str) -> None:
    # Without display markers, labels, entities and letter commands (\ss, \c), cleaning
    # changes only markup, spacing and punctuation: every letter and digit is still there.
    def core(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if c.isascii() and c.isalnum())

    assert core(cleaned(text, "title")) == core(text)


@pytest.mark.parametrize(
    "chunk",
    [
        "&",
        "&&",
        "&a",
        '"',
        '""',
        'a"',
        "`",
        "``",
        "'",
        "''",
        "$",
        "$a",
        "{",
        "{a",
        "\\",
        "\\'",
        "--",
        "-",
        "~",
        "… (see more)",
        "… (see",
        "(see more)",
        "&amp;",
        "a ",
        "x&y ",
    ],
)
def test_adversarial_input_runs_in_linear_time(chunk: str) -> None:
    # Catastrophic backtracking would take minutes on 100k characters; linear code
    # takes milliseconds. The bound is generous on purpose (a shared, loaded machine).
    text = chunk * (100_000 // len(chunk))
    started = time.perf_counter()
    out, _ = clean_text(text)
    clean_publication(Publication(title=text[:5000], abstract=text))
    assert time.perf_counter() - started < 10
    assert clean_text(out)[0] == out


# --------------------------------------------------------------------------------------
# The seed pages


def seed_profiles() -> list[Profile]:
    return [
        pubrecords.read_profile(shared_path("seeds", name))
        for name in ("000_281dfc8c01892269.txt", "001_d1e6ce0efd7fcecf.txt")
    ]


@pytest.fixture(scope="module")
def seeds() -> list[tuple[Profile, Profile]]:
    return [(p, clean_profile(p)) for p in seed_profiles()]


def all_pubs(seeds: list[tuple[Profile, Profile]]) -> list[Publication]:
    return [pub for _, clean in seeds for pub in clean.publications]


def by_title(seeds: list[tuple[Profile, Profile]], title: str) -> list[Publication]:
    found = [p for p in all_pubs(seeds) if p.title == title]
    assert found, title
    return found


LOST_SPACE = re.compile(r'[A-Za-z,]"[A-Za-z]|[a-z,]&|&[a-z]')


def test_seed_abstracts_have_no_defects_left(seeds: list[tuple[Profile, Profile]]) -> None:
    abstracts = [p.abstract for p in all_pubs(seeds) if p.abstract]
    assert len(abstracts) >= 15
    for text in abstracts:
        assert "(see more)" not in text
        assert "\\%" not in text and "``" not in text and "''" not in text
        assert not LOST_SPACE.search(text), LOST_SPACE.search(text)
        assert "  " not in text and text == text.strip()


SPLICED = [
    "though methods incorporating symmetries often require prior knowledge",
    "utilize a learned world model. The Thinker algorithm",
    "We establish the existence of a phenomenon we call meta-out-of-context learning",
    "robustness to one type of attack often fails to transfer to other attacks",
    "algorithmic harm, in domains as diverse as health care",
    "Our work establishes the existence of a phenomenon we call out-of-context meta-learning",
    "alternatives to full backpropagation in the form of blockwise learning rules",
    "a smoothly broken power law functional form (that we refer to as a Broken Neural Scaling "
    "Law (BNSL)) that accurately models & extrapolates the scaling behaviors",
    "The effectiveness of an audit, however, depends on the degree of access",
    "systems capable of pursuing complex goals with limited supervision",
    "general-purpose machine learning systems, including developing models",
    "to follow instructions. As part of this process, learned reward models",
]
AS_WRITTEN = [
    'leads LLMs to more readily "internalize" the semantic content',
    "top-1 classification accuracy of 70.48%, only 1.1% below the accuracy",
    "(71.57% accuracy)",
    "for various architectures & for each of various tasks within a large & diverse set of "
    "upstream & downstream tasks, in zero-shot, prompted, & finetuned settings",
    'math word problems, "emergent phase transitions", arithmetic',
    "unsupervised/self-supervised learning, & reinforcement learning (single agent & multi-agent)",
    "double descent & the delayed, sharp inflection points",
    "which we call a ‘wrapper’, is typically learned",
    "a task where such “wrapped capabilities” are relevant",
    "how the model's underlying capabilities are changing",
    "remove a model's safety wrapper",
    "the system’s inner workings",
    "Code is available at https://github.com/ethancaballero/broken_neural_scaling_laws",
]


@pytest.mark.parametrize("sentence", SPLICED + AS_WRITTEN)
def test_seed_sentences_read_as_written(
    seeds: list[tuple[Profile, Profile]], sentence: str
) -> None:
    assert any(sentence in (p.abstract or "") for p in all_pubs(seeds)), sentence


def test_seed_truncation_flags(seeds: list[tuple[Profile, Profile]]) -> None:
    (cut,) = by_title(seeds, "Towards Out-of-Distribution Adversarial Robustness")
    assert cut.abstract_complete is False
    assert cut.abstract is not None
    assert cut.abstract.endswith("robustness against different")
    others = [p for p in all_pubs(seeds) if p.abstract and p is not cut]
    assert len(others) >= 15
    for pub in others:
        assert pub.abstract_complete, (pub.title, pub.abstract[-60:])


def test_seed_hidden_authors(seeds: list[tuple[Profile, Profile]]) -> None:
    (harms,) = by_title(seeds, "Harms from Increasingly Agentic Algorithmic Systems")
    assert harms.authors_complete is False
    assert harms.hidden_authors == 2
    assert str(harms.authors[-1]) == "Adrian Weller"
    assert all("more" not in str(a) for a in harms.authors)


def test_seed_owner_omitted_means_every_list_incomplete(
    seeds: list[tuple[Profile, Profile]],
) -> None:
    for raw, clean in seeds:
        assert raw.owner_omitted_from_authors
        assert all(not p.authors_complete for p in clean.publications)


def test_seed_book_review_title_is_not_an_abstract(seeds: list[tuple[Profile, Profile]]) -> None:
    (review,) = [p for p in all_pubs(seeds) if p.title.startswith("The Flag and the Cross")]
    assert review.abstract is None
    assert any(r.action == "drop-title-as-abstract" for r in review.repairs)


def test_seed_names_lose_no_accents(seeds: list[tuple[Profile, Profile]]) -> None:
    names = {str(a) for p in all_pubs(seeds) for a in p.authors}
    assert "José Miguel Hernández-Lobato" in names
    assert "Javier Antorán" in names
    assert not any("'" in n for n in names), sorted(n for n in names if "'" in n)


def test_seed_cleaning_is_idempotent_and_audited(seeds: list[tuple[Profile, Profile]]) -> None:
    for raw, clean in seeds:
        assert clean_profile(clean) == clean
        for before, after in zip(raw.publications, clean.publications, strict=True):
            if after.abstract != before.abstract:
                assert any(r.field == "abstract" for r in after.repairs), after.title
            for repair in after.repairs[len(before.repairs) :]:
                assert repair.action and repair.reason


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gardens of Glass: A History by Mara Quint and Ole Berg (review)", Kind.BOOK_REVIEW),
        ("Review of Deep Learning Methods for Soil Science", Kind.UNKNOWN),
        ("Learned by Doing: Reviewing Policies", Kind.UNKNOWN),
        ("A review of reward model ensembles", Kind.UNKNOWN),
        ("Reward Models (Review)", Kind.UNKNOWN),
    ],
)
def test_book_review_kind_inferred_from_title(title: str, expected: Kind) -> None:
    cleaned = clean_publication(Publication(title=title))
    assert cleaned.kind is expected
    inferred = [r for r in cleaned.repairs if r.action == "infer-kind"]
    assert len(inferred) == (1 if expected is Kind.BOOK_REVIEW else 0)
    assert clean_publication(cleaned) == cleaned


def test_kind_set_by_the_source_is_kept() -> None:
    pub = Publication(title="Atlas by A. Writer (review)", kind=Kind.JOURNAL_ARTICLE)
    assert clean_publication(pub).kind is Kind.JOURNAL_ARTICLE


def test_text_decoded_from_latex_is_no_mojibake_when_cleaned_again() -> None:
    # (found by the idempotence property test: "\'e````" decodes to "é““", whose
    # characters are a Chinese character's UTF-8 read as Windows-1252; cleaning again
    # turned it into that character)
    once = clean_publication(Publication(title="Moss", abstract="\\'e````"))
    assert once.abstract == "é““"
    twice = clean_publication(once)
    assert twice.abstract == "é““" and twice.repairs == once.repairs
    # mojibake in the source is still repaired, LaTeX or not
    mixed = clean_publication(Publication(title="Moss", abstract="JosÃ© \\'e"))
    assert mixed.abstract == "José é"
