"""Mojibake read by a strict Windows-1252 decoder: the five bytes it leaves undefined (81,
8D, 8F, 90, 9D) became U+FFFD. The rest is decoded; a letter whose byte was lost is a
U+FFFD, flagged as a lost letter (not guessed), but a lost combining acute. Invented names."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import assume, given, settings

from pubrecords import Person, Publication, clean_publication
from pubrecords.text.scraped import fix_mojibake, fix_scraped_person
from test_scraped_text import correct_text

# A UTF-8 lead byte then a continuation byte, as Windows-1252 spells them ("Â»", "Ã©"): text
# holding such a pair reads as mojibake in part, whatever else it holds.
_SPELLS_UTF8 = re.compile(
    "[{}][{}]".format(
        re.escape(bytes(range(0xC2, 0xF5)).decode("cp1252")),
        re.escape(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")),
    )
)


def strict_cp1252(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_the_rest_of_the_name_is_decoded_and_the_lost_letter_flagged() -> None:
    broken = strict_cp1252("Tamarii Kāhele-Ōpūnui")  # ā: C4 81, Ō: C5 8C, ū: C5 AB
    assert "\ufffd" in broken
    assert fix_mojibake(broken) == "Tamarii K\ufffdhele-Ōpūnui"
    person, repairs = fix_scraped_person(Person(given="Tamarii", family=broken[8:]))
    assert person.family == "K\ufffdhele-Ōpūnui"
    assert [r.action for r in repairs] == ["fix-mojibake", "flag-lost-letter"]


def test_a_lost_combining_acute_is_restored() -> None:
    name = unicodedata.normalize("NFD", "Dávid Kerényi")  # a + U+0301: CC 81
    assert fix_mojibake(strict_cp1252(name)) == name


def test_without_other_evidence_a_lost_byte_is_left_alone() -> None:
    for text in (
        "RÉ\ufffdNION",
        "Si\ufffdn Rh\ufffds",
        "Ã\ufffd",
        strict_cp1252("Ýrsa Ásdóttir")[:6],
    ):
        assert fix_mojibake(text) == text


def test_the_cleaner_records_it() -> None:
    broken = strict_cp1252("Lasse Kāne-Mäkelä")
    assert "\ufffd" in broken
    pub = Publication(title="Invented Sediment Cores", authors=[Person(literal=broken)])
    cleaned = clean_publication(pub)
    assert str(cleaned.authors[0]) == "Lasse K\ufffdne-Mäkelä"
    actions = {r.action for r in cleaned.repairs if r.field == "authors[0]"}
    assert {"fix-mojibake", "flag-lost-letter"} <= actions


@settings(max_examples=300, deadline=None)
@given(correct_text())
def test_strict_decoding_damage_is_undone_but_for_the_lost_letters(text: str) -> None:
    assume(fix_mojibake(text) == text)  # (not text that itself reads as mojibake: "Ã” Â»")
    assume(_SPELLS_UTF8.search(text) is None)  # (nor holds a piece of it: "ÃÁÂ»")
    broken = strict_cp1252(text)
    assume("\ufffd" in broken)
    repaired = fix_mojibake(broken)
    if repaired == broken:
        return  # (left alone: nothing else showed it to be mojibake)
    assert len(repaired) == len(text)
    assert all(a == b or a == "\ufffd" for a, b in zip(repaired, text, strict=True))
