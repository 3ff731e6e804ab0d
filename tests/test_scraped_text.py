"""Scraped-text artefacts (issue #14): HTML, mojibake, lost letters; recorded as repairs."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pubrecords import Person, Publication, clean_publication, same_person
from pubrecords.text.scraped import (
    _UTF8_PAIR,
    _repair_mojibake,
    decode_html,
    fix_mojibake,
    fix_scraped,
    fix_scraped_person,
    lost_letters,
    reading_view,
)

# Correct text in many scripts: words of one alphabet each.
_ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ",
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰğışĞİŞ",
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ",
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐăâêôơư",
    "王李张刘陈杨黄赵吴周小明伟芳秀英敏静丽强磊军洋山田太郎佐藤花子東京大学",
    "김이박최정강조윤장임민준서연지우하준",
    "あいうえおかきくけこさしすせそアイウエオカキクケコ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशसह",
    "אבגדהוזחטיכלמנסעפצקרשת",
]
_PUNCT = [" ", " ", " ", ", ", ". ", ": ", " – ", " — ", " “", "” ", " «", "» ", "’", " (", ") "]


@st.composite
def correct_text(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(
            st.sampled_from(_ALPHABETS).flatmap(
                lambda a: st.text(alphabet=a, min_size=1, max_size=10)
            ),
            min_size=1,
            max_size=8,
        )
    )
    seps = draw(st.lists(st.sampled_from(_PUNCT), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True)).strip()


_LATEX = st.sampled_from(
    [
        r"G{\"u}ntzer",
        r"Jos\'e Hern\'{a}ndez",
        r"\emph{in vivo} at 5\% $\alpha < \beta$",
        r"{\AA}kesson and {\o}stergaard",
        r"``quoted'' -- text --- \& more",
        r"\textit{E.~coli} {\c{C}}elik",
    ]
)


@settings(max_examples=60, deadline=None)
@given(correct_text())
def test_correct_unicode_text_passes_unchanged(text: str) -> None:
    # (a capital such as "Ã" right before "”" or "’" spells the UTF-8 of "Ô", "Ò": such text
    # is mojibake, and repaired as such, wherever it comes from)
    assume(_UTF8_PAIR.search(text) is None)
    assert fix_mojibake(text) == text
    # question marks are not in the alphabets: nothing is flagged either
    assert fix_scraped(text) == (text, ())


@settings(max_examples=20, deadline=None)
@given(_LATEX)
def test_latex_looking_text_passes_unchanged(text: str) -> None:
    assert fix_scraped(text) == (text, ())
    assert fix_scraped(text, name=True) == (text, ())


@settings(max_examples=40, deadline=None)
@given(correct_text())
def test_mojibake_of_correct_text_is_repaired(text: str) -> None:
    assume(fix_mojibake(text) == text)  # (not text that itself reads as mojibake: "Ã”")
    broken = text.encode("utf-8").decode("latin-1")
    if broken != text and any(0xC0 <= ord(c) <= 0xFF for c in broken):
        # a lone C1 control cannot always be told from text; what ftfy repairs is right
        repaired = fix_mojibake(broken)
        assert repaired in (text, broken)


_MOJIBAKE_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x20, 0x250)] + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸłŁřœ€")
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(_MOJIBAKE_ALPHABET, max_size=30),
        correct_text().map(lambda t: t.encode("utf-8").decode("latin-1")),
        correct_text().map(lambda t: t.encode("utf-8").decode("cp1252", errors="replace")),
    )
)
def test_the_quick_first_test_of_fix_mojibake_skips_only_what_it_would_not_change(
    text: str,
) -> None:
    # fix_mojibake skips ftfy when no UTF-8 lead character is followed by a continuation
    # character: without such a pair, the full repair gives the text back unchanged
    assert fix_mojibake(text) == _repair_mojibake(text)


def test_mojibake_examples() -> None:
    assert fix_mojibake("JosÃ© GarcÃ­a") == "José García"
    assert fix_mojibake("Å\x81ucja WrÃ³bel") == "Łucja Wróbel"
    assert fix_mojibake("TomÃ¡Å¡ DvoÅ™Ã¡k") == "Tomáš Dvořák"
    for correct in ("SÃO PAULO", "JOÃO", "naïve café", "Ã la carte?"):
        assert fix_mojibake(correct) in (correct, "à la carte?")
    assert fix_mojibake("SÃO PAULO") == "SÃO PAULO"
    # German and Icelandic letters before punctuation are text, not Syriac, Thaana or NKo
    # read as Windows-1252 (cleaning "\\ss``0" twice must give one result)
    for correct in ("ß“0", "Straß“e", "Þ…"):
        assert fix_mojibake(correct) == correct


def test_html_entities_and_tags() -> None:
    assert decode_html("Ulrich G&#252;ntzer") == "Ulrich Güntzer"
    assert decode_html("Am&#xE9;lie Marian") == "Amélie Marian"
    assert decode_html("Fran&ccedil;ois") == "François"
    assert decode_html("<i>E. coli</i> growth<br>rates") == "E. coli growth rates"
    # no semicolon: not an entity; not a known tag: kept
    assert decode_html("R&D, risk&notice, x <y> z") == "R&D, risk&notice, x <y> z"


def test_lost_letters() -> None:
    assert lost_letters("Ulrich G?ntzer", name=True) == (8,)
    assert lost_letters("Z. Meral ?zsoyoglu", name=True) == (9,)
    assert lost_letters("Ulrich G\ufffdntzer", name=True) == (8,)
    assert lost_letters("Why do estuaries remember?") == ()
    assert lost_letters("Gr?bner bases") == (2,)
    assert reading_view("Ulrich G?ntzer") == "Ulrich Gxntzer"
    # a name written in a script the source could not encode loses every letter: judged as
    # a name of as many letters (and kept as given)
    assert reading_view("????? ???????") == "Xxxxx Xxxxxxx"
    assert reading_view("Z. \ufffd\ufffd\ufffd\ufffd") == "Z. Xxxx"
    assert reading_view("Why ? Now") == "Why ? Now"


def test_lost_letter_flagged_not_invented() -> None:
    person, repairs = fix_scraped_person(Person(given="Ulrich", family="G?ntzer"))
    assert person.family == "G?ntzer"
    assert [r.action for r in repairs] == ["flag-lost-letter"]
    assert "lost" in repairs[0].reason


def test_same_person_with_lost_letters() -> None:
    assert same_person("Ulrich G?ntzer", "Ulrich Güntzer")
    assert same_person("Ulrich G\ufffdntzer", "Ulrich Güntzer")
    assert same_person("Z. Meral ?zsoyoglu", "Z. Meral Özsoyoglu")
    assert same_person("Hans De?loch", "Hans Deßloch")
    assert same_person("Jo?l M?nard", "Joël Ménard")
    assert not same_person("Ulrich G?ntzer", "Ulrich Gntzer")
    assert not same_person("Ulrich G?ntzer", "Ulrich Gantz")
    assert not same_person("Ulrich G?ntzer", "Peter Güntzer")


def test_cleaner_records_each_repair() -> None:
    pub = Publication(
        title="Growth of <i>E. coli</i> in JosÃ©'s lab",
        abstract="We grow <b>E. coli</b>. It works.",
        venue="Caf&eacute; Proceedings",
        authors=(
            Person(given="Ulrich", family="G&#252;ntzer"),
            Person(given="JosÃ©", family="GarcÃ­a"),
            Person(given="Z. Meral", family="?zsoyoglu"),
            Person(literal="Å\x81ucja WrÃ³bel"),
        ),
    )
    clean = clean_publication(pub)
    assert clean.title == "Growth of E. coli in José's lab"
    assert clean.abstract == "We grow E. coli. It works."
    assert clean.venue == "Café Proceedings"
    assert [str(a) for a in clean.authors] == [
        "Ulrich Güntzer",
        "José García",
        "Z. Meral ?zsoyoglu",
        "Łucja Wróbel",
    ]
    assert (clean.authors[3].given, clean.authors[3].family) == ("Łucja", "Wróbel")
    got = {(r.field, r.action) for r in clean.repairs}
    assert {
        ("title", "decode-html"),
        ("title", "fix-mojibake"),
        ("abstract", "decode-html"),
        ("venue", "decode-html-entity"),
        ("authors[0]", "decode-html"),
        ("authors[1]", "fix-mojibake"),
        ("authors[2]", "flag-lost-letter"),
        ("authors[3]", "fix-mojibake"),
    } <= got
    # idempotent: the lost-letter flag is not repeated
    assert clean_publication(clean) == clean
    assert clean_publication(clean).repairs == clean.repairs


def test_clean_record_without_artefacts_is_untouched() -> None:
    pub = Publication(
        title="Why Estuaries Remember?",
        authors=(Person(given="José", family="Hernández"), Person(given="王", family="小明")),
        abstract="Tides matter. A lot.",
    )
    assert clean_publication(pub) is pub


def test_crossref_jats_abstract_is_text() -> None:
    # (Crossref's abstracts are JATS: "<jats:p>", "<jats:italic>", section headings; the
    # tags were kept, and the abstract flagged as cut for ending in a tag)
    jats = (
        "<jats:sec><jats:title>Background</jats:title><jats:p>Eelgrass meadows thin out."
        "</jats:p></jats:sec><jats:sec><jats:title>Methods</jats:title><jats:p>We count "
        "<jats:italic>Zostera</jats:italic> shoots.</jats:p></jats:sec>"
    )
    pub = clean_publication(Publication(title="Counting Shoots", abstract=jats))
    assert (
        pub.abstract == "Background: Eelgrass meadows thin out. Methods: We count Zostera shoots."
    )
    assert pub.abstract_complete
    assert next(r.action for r in pub.repairs if r.field == "abstract") == "decode-html"
    lead = clean_publication(
        Publication(
            title="Counting Shoots",
            abstract="<jats:title>Abstract</jats:title><jats:p>We count shoots.</jats:p>",
        )
    )
    assert lead.abstract == "We count shoots."
