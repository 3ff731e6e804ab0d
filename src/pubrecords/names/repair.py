"""Accents that lost their backslash (private helper of :mod:`pubrecords.names`).

Converters that drop backslashes turn ``Jos\\'e`` into ``Jos'e`` and ``Mu\\~noz`` into
``Mu~noz``. :func:`restore_lost_accents` puts the accent back where the mark sits between
a letter and a letter it can accent, unless the mark is a real apostrophe:

* the Irish/Italian/French/African ``X'Name`` pattern (``O'Brien``, ``D'Angelo``,
  ``N'Diaye``, ``d'Aviano``, ``O'connor``): a capital after the mark, or one of the letters
  d, l, o, n, m, s, t alone before it;
* Kikuyu/Kamba ``ng'`` (``Ng'ang'a``, ``Wang'ombe``);
* Polynesian ʻokina (``Nahi'ena'ena``, ``Va'apu'u``, ``Hawai'i``): vowel before the mark
  in a word made only of open syllables;
* pinyin syllable breaks (``Xi'an``, ``Chang'e``) in a name whose words are all pinyin;
* Russian soft signs (``Grigor'ev``, ``Il'ya``, ``Men'shikov``): ``'ev`` endings,
  ``'y`` before a vowel, and no accent on s/z/n (``ś ź ń`` stay unrepaired: too ambiguous);
* the syllable break of Japanese romanisation after a syllabic n (``Jun'ichi``,
  ``Shin'ichi``, ``Ken'ichirō``) in a name whose words are all Japanese syllables;
* soft signs in words transliterated from Russian (``Zhil'ez``, ``Filip'echeva``), an ``é``
  before a final ``z``, Arabic ʿayn/hamza beside doubled vowels (``Bel'eed``, ``Sa'ad``),
  words starting ``Ng`` (``Ngug'i``): see :func:`_soft_sign_or_letter`.

A ``~`` is a tie, not a lost tilde, between a lower-case and an upper-case letter
(``Van~Oosten``), and everywhere in BibTeX syntax (``bibtex=True``), where it is BibTeX's
unbreakable space.

The function is pure, linear and idempotent (a repaired name has no marks left to repair).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["restore_lost_accents"]

_MARKS = {"'": "\u0301", '"': "\u0308", "~": "\u0303", "`": "\u0300", "^": "\u0302"}
# which letters each mark may land on
_TARGETS = {
    "'": frozenset("aeiouyAEIOUYcıC"),
    '"': frozenset("aeiouyAEIOUY"),
    "~": frozenset("naoNAO"),
    "`": frozenset("aeiouAEIOU"),
    "^": frozenset("aeiouAEIOU"),
}
_VOWELS = frozenset("aeiouáéíóúàèìòùâêîôûäëïöüıy")
# a mark after a letter, before a letter it can accent; the pattern starts with the mark (not
# the look-behind) so that the search skips quickly to the marks
_CANDIDATE = re.compile(r"['\"~`^](?<=[^\W\d_].)(?=[aeiouyAEIOUYcıCnN])")
_WORD = re.compile(r"[^\s,;]+")

_PINYIN_INITIALS = [
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
]  # longest first
_PINYIN_FINALS = frozenset(
    [
        "a",
        "o",
        "e",
        "ai",
        "ei",
        "ao",
        "ou",
        "an",
        "en",
        "ang",
        "eng",
        "ong",
        "er",
        "i",
        "ia",
        "ie",
        "iao",
        "iu",
        "ian",
        "in",
        "iang",
        "ing",
        "iong",
        "u",
        "ua",
        "uo",
        "uai",
        "ui",
        "uan",
        "un",
        "uang",
        "ueng",
        "v",
        "ve",
        "van",
        "vn",
        "ue",
        "uan",
        "ong",
    ]
)
_OPEN_SYLLABLES = re.compile(r"(?:[bcdfghjklmnpqrstvwxz]?[aeiou]+)+")
# Japanese syllables (Hepburn and Kunrei romanisation): a vowel after an optional onset,
# the syllabic n (m before b, p, m), or the first of a doubled consonant
_JAPANESE_SYLLABLES = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrywfjv])?[aiueoāīūēōâîûêô](?:h(?![aiueoy]))?"
    r"|n|m(?=[bpm])|k(?=k)|s(?=s)|t(?=[tc])|p(?=p)|g(?=g)|d(?=d)|b(?=b)|c(?=c))+"
)
_MAX_WORD = 64
_ELISION = frozenset("DdLlOoNnMmSsTt")
_RUSSIAN_EV = re.compile(r"ev(?:a|ich|na|s?k[a-z]*)?$")
# a word transliterated from Russian (Ukrainian, Belarusian): its Cyrillic letters written
# zh, kh, shch, or a Russian surname ending; an apostrophe after a consonant is a soft sign
_RUSSIAN_WORD = re.compile(
    r"zh|kh|shch|(?:[eo]v(?:a|ich|na|sk[a-z]*)?|(?:sk|ck|tsk)(?:ii|iy|y|aya)|enko)$"
)
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def _pinyin_prefix_lengths(word: str) -> set[int]:
    """End positions reachable by segmenting ``word`` into pinyin syllables."""
    n = len(word)
    reach = {0}
    ends: set[int] = set()
    frontier = [0]
    while frontier:
        start = frontier.pop()
        for ini in ("", *_PINYIN_INITIALS):
            if ini and not word.startswith(ini, start):
                continue
            j = start + len(ini)
            for k in range(j + 1, min(n, j + 4) + 1):
                if word[j:k] in _PINYIN_FINALS and k not in reach:
                    reach.add(k)
                    ends.add(k)
                    frontier.append(k)
    return ends | {0}


def _is_pinyin(word: str) -> bool:
    """``word`` (apostrophes allowed only between syllables) spells pinyin syllables."""
    if len(word) > _MAX_WORD:
        return False
    parts = word.lower().split("'")
    for part in parts:
        if not part or not part.isascii() or not part.isalpha():
            return False
        if len(part) not in _pinyin_prefix_lengths(part):
            return False
    return True


def _is_japanese(word: str) -> bool:
    """``word`` spells Japanese syllables, an apostrophe only after a syllabic n."""
    low = word.lower().strip(".-")
    if len(low) <= 1:
        return True  # an initial
    if len(low) > _MAX_WORD:
        return False
    for piece in low.split("-"):
        parts = piece.split("'")
        for k, part in enumerate(parts):
            if not part or _JAPANESE_SYLLABLES.fullmatch(part) is None:
                return False
            if k < len(parts) - 1 and not part.endswith("n"):
                return False
    return True


def _polynesian(word: str) -> bool:
    plain = word.lower().replace("'", "")
    return plain.isascii() and _OPEN_SYLLABLES.fullmatch(plain) is not None


def _soft_sign_or_letter(word: str, i: int, low_before: str, low_after: str) -> bool:
    """An apostrophe that the spelling says is no lost accent (a letter of the name):

    * a Russian soft sign, after a consonant in a word transliterated from Russian
      (``zh``, ``kh``, ``shch``, an ending ``-ov``, ``-eva``, ``-skii``, ``-enko`` …):
      ``Zhil'ez``, ``Filip'echeva``, ``Vol'kova``;
    * an ``é`` would stand before a final ``z`` (``Zhil'ez``): no Spanish, Portuguese or
      French name is accented so;
    * before a doubled vowel (``Bel'eed``, ``Ma'aruf``) or between two of the same vowel
      (``Sa'ad``): an Arabic ʿayn or hamza; but ``Ren'ee`` (Renée) ends the word;
    * in a word starting ``Ng`` (``Ngug'i``): no European name starts so.
    """
    prev = low_before[-1:]
    seg_start = low_before.rfind("-") + 1
    seg = low_before[seg_start:] + "'" + low_after.split("-", 1)[0]  # (ending: "ov'a" is Czech)
    if prev in _CONSONANTS and _RUSSIAN_WORD.search(seg) is not None:
        return True
    if low_after[:1] == "e" and low_after[1:] == "z" and len(low_before) - seg_start >= 2:
        return True
    nxt = low_after[:1]
    if (low_after[1:2] == nxt and low_after[2:].rstrip("s") != "") or prev == nxt:
        return True
    return low_before[seg_start : seg_start + 2] == "ng"


def _keep_mark(word: str, i: int, mark: str, all_pinyin: bool, all_japanese: bool) -> bool:
    """True when the mark at ``word[i]`` is a real character, not a lost accent."""
    before = word[:i]
    after = word[i + 1 :]
    nxt = after[:1]
    prev = before[-1:]
    if nxt not in _TARGETS[mark]:
        return True
    if not before or not after:
        return True
    letters_before = sum(1 for ch in before if ch.isalpha())
    if mark == "~" and prev.islower() and nxt.isupper():
        return True  # Van~Oosten: a tie between two words
    if mark != "'":
        return not prev.isalpha()
    # apostrophe: the hard one
    if nxt.isupper() or (letters_before <= 1 and prev in _ELISION):
        return True  # O'Brien, D'Angelo, N'Diaye, d'Aviano, O'connor, M'Bala, t'Hooft
    low_before = before.lower()
    if low_before.endswith("ng") and nxt in "aeiou":
        return True  # Ng'ang'a, Wang'ombe
    if nxt == "c":
        return after[1:2] == "h"  # Mladeni'c → ć, but not 'ch
    if nxt == "y":
        return after[1:2].lower() in _VOWELS  # Il'ya, Dar'ya: soft sign
    if _RUSSIAN_EV.match(after.lower()):
        return True  # Grigor'ev, Afanas'eva
    if _soft_sign_or_letter(word, i, low_before, after.lower()):
        return True  # Zhil'ez, Filip'echeva, Bel'eed, Sa'ad, Ngug'i
    if low_before == "il":
        return True  # Il'in, Il'ich
    if all_japanese and prev.lower() == "n" and len(after) >= 2:
        return True  # Jun'ichi, Shin'ichi: the syllabic n before a vowel
    if prev.lower() in _VOWELS and (word.count("'") > 1 or _polynesian(word)):
        return True  # Nahi'ena'ena, Hawai'i
    return all_pinyin and nxt in "aoe" and _is_pinyin(word)  # Xi'an, Chang'e


def restore_lost_accents(text: str, *, bibtex: bool = False, context: str | None = None) -> str:
    """Put back accents whose backslash was lost (``Jos'e`` → ``José``).

    ``bibtex=True``: the text is in BibTeX syntax, where ``~`` is a tie, never a lost
    tilde. ``context``: the whole name, when ``text`` is one of its parts (the pinyin and
    Japanese checks look at every word of the name).

    >>> restore_lost_accents("Jos'e Miguel Hern'andez-Lobato")
    'José Miguel Hernández-Lobato'
    >>> restore_lost_accents("Tim Rockt\\"aschel, Mu~noz, Mart'ın")
    'Tim Rocktäschel, Muñoz, Martín'
    >>> restore_lost_accents("Conan O'Brien, Naomi Ng'ang'a, Van~Oosten")
    "Conan O'Brien, Naomi Ng'ang'a, Van~Oosten"
    >>> restore_lost_accents("Tsujii, Jun'ichi")
    "Tsujii, Jun'ichi"
    """
    if _CANDIDATE.search(text) is None:
        return text
    words = _WORD.findall(text if context is None else context)
    all_pinyin = all(_is_pinyin(w.strip(".-")) for w in words if w.strip(".-"))
    all_japanese = "n'" in text and all(_is_japanese(w) for w in words)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) > _MAX_WORD or _CANDIDATE.search(word) is None:
            return word  # no name word is that long; keeps the work linear
        out: list[str] = []
        i = 0
        n = len(word)
        while i < n:
            ch = word[i]
            if (
                ch in _MARKS
                and i > 0
                and i + 1 < n
                and word[i - 1].isalpha()
                and not (bibtex and ch == "~")
                and not _keep_mark(word, i, ch, all_pinyin, all_japanese)
            ):
                base = word[i + 1]
                if base == "ı":
                    base = "i"
                composed = unicodedata.normalize("NFC", base + _MARKS[ch])
                if len(composed) == 1:
                    out.append(composed)
                    i += 2
                    continue
            out.append(ch)
            i += 1
        return "".join(out)

    return _WORD.sub(fix, text)
