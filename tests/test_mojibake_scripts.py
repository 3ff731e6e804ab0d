"""Mojibake of names in many scripts: UTF-8 read as Windows-1252 or Latin-1, read again.

The names are built from Unicode ranges, not from any list of names: for letters of each
block, ``Xa<letter>b Yc<letter>d``. Their mojibake is made here the way browsers and
scrapers make it (Windows-1252 where it is defined, Latin-1 for its five undefined bytes;
plain Latin-1 with C1 controls; twice; a no-break space turned into a space; a soft hyphen
dropped), and each must be read back exactly, with the repair recorded, while correct text
(in these scripts, or Latin-1 that merely looks like mojibake) is left alone.
"""

from __future__ import annotations

import unicodedata

import pytest

from pubrecords import clean_profile, parse_profile
from pubrecords.formats.profile_page.lines import name_view
from pubrecords.text.scraped import fix_mojibake, fix_scraped, reading_view

BLOCKS = {
    "latin-1": (0xC0, 0xFF),
    "latin-ext-a": (0x100, 0x17F),
    "latin-ext-b": (0x180, 0x24F),
    "ipa": (0x250, 0x2AF),
    "greek": (0x370, 0x3FF),
    "cyrillic": (0x400, 0x4FF),
    "armenian": (0x530, 0x58F),
    "hebrew": (0x5D0, 0x5EA),
    "arabic": (0x620, 0x6D3),
    "devanagari": (0x904, 0x939),
    "thai": (0xE01, 0xE30),
    "georgian": (0x10A0, 0x10FF),
    "vietnamese": (0x1EA0, 0x1EF9),
    "cjk": (0x4E00, 0x9FFF),
    "hangul": (0xAC00, 0xD7A3),
    "cjk-ext-b": (0x20000, 0x2A6DF),
}


def _letters(block: str, cap: int = 60) -> list[str]:
    lo, hi = BLOCKS[block]
    out = [chr(c) for c in range(lo, hi + 1) if unicodedata.category(chr(c)).startswith("L")]
    step = max(1, len(out) // cap)
    return out[::step]


def _as_windows_1252(text: str) -> str:
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))  # 81 8D 8F 90 9D: read as Latin-1
    return "".join(out)


def _as_latin_1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def _name(letter: str) -> str:
    return f"Xa{letter}b Yc{letter}d"


def _check_repaired(damaged: str, name: str) -> None:
    text, repairs = fix_scraped(damaged, name=True)
    assert text == name, (damaged, text)
    assert [(r.action, r.before, r.after) for r in repairs] == [("fix-mojibake", damaged, name)]
    assert name_view(damaged) == name
    assert reading_view(damaged) == name


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_windows_1252_mojibake_is_read_again_in_every_block(block: str) -> None:
    letters = _letters(block)
    assert len(letters) >= 10
    for letter in letters:
        _check_repaired(_as_windows_1252(_name(letter)), _name(letter))


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_latin_1_mojibake_with_c1_controls_is_read_again(block: str) -> None:
    for letter in _letters(block):
        _check_repaired(_as_latin_1(_name(letter)), _name(letter))


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_mojibake_made_twice_is_read_again_twice(block: str) -> None:
    for letter in _letters(block):
        _check_repaired(_as_windows_1252(_as_windows_1252(_name(letter))), _name(letter))


def test_no_break_space_byte_turned_into_a_space_inside_a_word() -> None:
    # every letter whose UTF-8 holds the byte A0, in two-, three- and four-byte sequences
    letters = [
        chr(c)
        for lo, hi in BLOCKS.values()
        for c in range(lo, hi + 1)
        if unicodedata.category(chr(c)).startswith("L") and 0xA0 in chr(c).encode("utf-8")
    ]
    widths = {len(letter.encode("utf-8")) for letter in letters}
    assert widths == {2, 3, 4}
    for letter in letters[:: max(1, len(letters) // 300)]:
        damaged = _as_windows_1252(_name(letter)).replace("\xa0", " ")
        assert "\xa0" not in damaged
        _check_repaired(damaged, _name(letter))


def test_a_one_letter_word_before_a_space_is_not_taken_for_a_lost_byte() -> None:
    # "Ó" then a space (bytes D3 20) would read as "Ӡ" if the space were a no-break space
    for text in ("Aoife Ó Bradaigh", "Xa Ó Yc", "Seb Å Ström"):
        assert fix_scraped(text, name=True) == (text, ())
        assert name_view(text) == text


def test_dropped_soft_hyphen_byte_is_restored_only_beside_other_mojibake() -> None:
    # "í" is C3 AD: a scraper dropping the soft hyphen (AD) leaves "Ã" before a letter
    evidence = _as_windows_1252("Xaéb Ycíd").replace("\xad", "")
    assert evidence == "XaÃ©b YcÃd"
    _check_repaired(evidence, "Xaéb Ycíd")
    # without another letter to show it is mojibake, "Ã" before a letter is Latin-1 text
    for text in ("XaÃb YcÃd", "DoÇab Yc", "VoÅlund Ek"):
        assert fix_scraped(text, name=True) == (text, ())


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_correct_names_in_every_block_are_left_alone(block: str) -> None:
    for letter in _letters(block, cap=200):
        for text in (_name(letter), f"X{letter}{letter} Y{letter}", f"{letter}{letter}"):
            assert fix_mojibake(text) == text
            assert fix_scraped(text, name=True) == (text, ())
            assert name_view(text) == text


def test_latin_1_text_that_looks_like_mojibake_is_left_alone() -> None:
    legit = [
        "SÃO ROQUE DO NORTE",  # "Ã" before a capital
        "Straße und Weiß",  # "ß" (a lead byte) before a letter
        "CAFÉ” and ÉTÉ»",  # capitals before a quote: would read as "ɔ", "ɻ"
        "ß“0",  # would be an NKo letter
        "naïve café, Ångström, Ærø",
        "MÜNCHEN»",
        "Ébène, Ça, Ôtez",
    ]
    for text in legit:
        assert fix_mojibake(text) == text, text
        assert fix_scraped(text) == (text, ())


HEAD = "Portrait of Ada Example\n\nAda Example\n\nPublications\n\n"
ABSTRACT = (
    "We measure how peat bogs hold water through rainy and cloudless months. Our hunches "
    "track the flux a month ahead and beat every rule of thumb we tried."
)


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_profile_page_reads_mojibake_author_lines_as_authors(block: str) -> None:
    for letter in _letters(block, cap=8):
        given, family = f"Xa{letter}b", f"Yc{letter}d"
        for damage in (_as_windows_1252, _as_latin_1):
            line = damage(f"{given} {family}")
            body = (
                f"Tracing Quince Rot with Kriging Ensembles\n{line}\nNadine Oberholzer\n"
                f"{ABSTRACT}\nHarbour Silt Budgets Measured Twice\nRuprecht Zwicker\n"
            )
            profile = clean_profile(parse_profile(HEAD + body))
            first, second = profile.publications
            assert first.title == "Tracing Quince Rot with Kriging Ensembles"
            assert [(a.given, a.family, a.literal) for a in first.authors] == [
                (given, family, ""),
                ("Nadine", "Oberholzer", ""),
            ], line
            assert any(r.action == "fix-mojibake" and r.before == line for r in first.repairs)
            assert [str(a) for a in second.authors] == ["Ruprecht Zwicker"]
