"""Scraped-text artefacts: HTML left in text, mojibake, letters a scraper lost.

Text copied from web pages (profile pages, exports of web databases) carries the damage of
its trip: HTML entities and tags (``G&#252;ntzer``, ``<i>in vivo</i>``), UTF-8 read as
Latin-1 or Windows-1252 (``JosÃ©`` for ``José``, "mojibake") and letters the scraper could
not encode, written ``?`` or U+FFFD (``Ulrich G?ntzer``). Each function here takes a string
and gives the repaired string and what it did as :class:`~pubrecords.model.Repair` values
(field left for the caller to set); nothing is guessed: a lost letter is flagged, never
filled in.

    >>> fix_scraped("JosÃ© GarcÃ\xada &amp; Ulrich Gunther")[0]
    'José García & Ulrich Gunther'
    >>> fix_scraped("JosÃ© Garc&iacute;a")[0]  # mojibake mixed with a correct accent: kept
    'JosÃ© García'
    >>> fix_scraped("Correct text: José, Łódź, 東京, Кремль")
    ('Correct text: José, Łódź, 東京, Кремль', ())
    >>> lost_letters("Z. Meral ?zsoyoglu", name=True)
    (9,)
    >>> lost_letters("Does it work? Yes.")
    ()

Mojibake is repaired with ``ftfy`` (:func:`ftfy.fix_encoding`), and only where the text
reads as mojibake: ftfy must find it bad, its repair must be shorter (mojibake always spells
one character with two or more), must not itself read as bad, and must explain the text
exactly (its UTF-8 bytes read as Latin-1 or Windows-1252 give the text back), so text
mixing mojibake with correct accents is left alone. Correct text in any script, and
LaTeX, is left as it is.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import attrs
import ftfy
import ftfy.bad_codecs
from ftfy.badness import is_bad

from ..errors import PubrecordsError
from ..model import Person, Repair
from ..names import parse_name_repaired

__all__ = [
    "decode_html",
    "fix_mojibake",
    "fix_scraped",
    "fix_scraped_person",
    "lost_letters",
    "reading_view",
]

# --------------------------------------------------------------------------------------
# HTML

# Entities with their semicolon only ("R&D", "risk&notice" are not entities).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Only the tags that web pages put inside titles, names and abstracts, and the JATS tags of
# Crossref's abstracts ("<jats:p>", "<jats:italic>").
_TAG = re.compile(
    r"</?(?:i|b|em|strong|u|sup|sub|small|span|font|tt|code|p|br|div|a|sc|mark|abbr|cite"
    r"|jats:[a-z][a-z-]{0,30})(?:\s[^<>]{0,200})?\s?/?>",
    re.IGNORECASE,
)
_JATS_TITLE = re.compile(r"<jats:title>\s*([^<>]{1,80}?)\s*</jats:title>", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?jats:(?:p|title|sec|list-item)\b)\b", re.IGNORECASE)


def _decode_entity(m: re.Match[str]) -> str:
    new = html.unescape(m.group())
    if len(new) == 1 and (new.isprintable() or new.isspace()):
        return " " if new.isspace() else new
    return m.group()


def decode_html(text: str, *, entities: bool = True) -> str:
    """HTML tags removed (a line break or paragraph tag becomes a space) and entities
    decoded. Only a known set of inline tags is removed, so ``a <b> c`` in prose about
    comparisons would go, but ``x < y > z`` stays; an entity needs its semicolon.

        >>> decode_html("Ulrich G&#252;ntzer")
        'Ulrich Güntzer'
        >>> decode_html("Growth of <i>E. coli</i> in R&amp;D labs<br/>revisited")
        'Growth of E. coli in R&D labs revisited'
        >>> decode_html("if x < y and y > z, R&D")
        'if x < y and y > z, R&D'
        >>> decode_html("<jats:p>We count <jats:italic>Zostera</jats:italic>.</jats:p>").strip()
        'We count Zostera.'
    """
    if "<" in text and ">" in text:
        if "jats:title" in text:  # (a section's heading: "Methods: …", "Abstract: …")
            text = _JATS_TITLE.sub(r" \1: ", text)
        text = _TAG.sub(lambda m: " " if _BREAK_TAG.match(m.group()) else "", text)
        if "  " in text:
            text = re.sub(r" {2,}", " ", text)
    if entities and "&" in text and ";" in text:
        text = _ENTITY.sub(_decode_entity, text)
    return text


# --------------------------------------------------------------------------------------
# Mojibake


# A character that starts a UTF-8 sequence (bytes C2-F4) read as Latin-1 or Windows-1252,
# then one that continues it (80-BF, as Latin-1 or as Windows-1252 maps them): every text
# that fix_mojibake repairs has one (its repair must encode back to the text exactly), so
# a text without one is left alone before ftfy's slower tests. A lead character before a
# U+FFFD counts too (a byte that a strict decoder replaced, see _decode_lost_bytes).
_UTF8_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6"
    "\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc"
    "\u2122\u0161\u203a\u0153\u017e\u0178]"
)


# A character that starts a UTF-8 sequence, then U+FFFD: a strict Windows-1252 decoder
# replaced the byte it leaves undefined (81, 8D, 8F, 90, 9D) that continued it ("Ä�" for
# "ā", "Å�" for "Ł" or "ō").
_LOST_BYTE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]?\ufffd")


@lru_cache(maxsize=65536)
def fix_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1 / Windows-1252 read back as UTF-8; other text unchanged.

    >>> fix_mojibake("JosÃ© GarcÃ­a"), fix_mojibake("Å\\x81ucja WrÃ³bel")
    ('José García', 'Łucja Wróbel')
    >>> fix_mojibake("SÃO PAULO"), fix_mojibake("naïve café"), fix_mojibake(r"G\\"{u}ntzer")
    ('SÃO PAULO', 'naïve café', 'G\\\\"{u}ntzer')
    >>> fix_mojibake("ß“0")  # (not the NKo letter "ߓ" read as Windows-1252)
    'ß“0'
    """
    if text.isascii() or (
        _UTF8_PAIR.search(text) is None
        and _LOST_BYTE.search(text) is None
        and _LOST_A0.search(text) is None
        and _LOST_AD.search(text) is None
    ):
        return text
    return _repair_mojibake(text)


# A character that starts a UTF-8 sequence inside a word, a space among the characters that
# should continue it: the scraper turned a no-break space (byte A0: the last byte of "Š",
# "à", "Ơ", "ム") into a plain one.
_LOST_A0 = re.compile(r"(?<=[^\W\d_])[\u00c2-\u00f4](?=\S{0,2} )")

# A character that starts a two-byte UTF-8 sequence, between letters of a word with no byte
# to continue it: the scraper dropped a soft hyphen (byte AD: the last byte of "í", "Э").
_LOST_AD = re.compile(r"(?<=[^\W\d_])[\u00c2-\u00df](?=[a-z])")
_LOST_AD_BYTES = re.compile(rb"(?<=[A-Za-z\x80-\xff])[\xc2-\xdf](?=[a-z])")


def sloppy_bytes(text: str) -> bytes | None:
    """The bytes that Windows-1252 (its five undefined bytes, and C1 controls, as Latin-1)
    reads as ``text``, one a character; None if a character is in neither."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 256:
            out.append(code)
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def _restore_a0(raw: bytes, text: str) -> bytes:
    """``raw`` with each space that stands where a UTF-8 sequence needs its next byte put
    back as the no-break-space byte A0, when the sequence is inside a word of ``text`` (a
    letter before it, a lowercase one or more mojibake after it: "Xa" "Å b", not "PÓ Li")."""
    out = bytearray(raw)
    for m in _LOST_A0.finditer(text):
        start = m.start()
        lead = out[start]
        end = start + 1 + (1 if lead < 0xE0 else 2 if lead < 0xF0 else 3)
        if end >= len(out) or not (0x61 <= out[end] <= 0x7A or out[end] >= 0x80):
            continue
        if all(b == 0x20 or 0x80 <= b <= 0xBF for b in out[start + 1 : end]):
            out[start + 1 : end] = bytes(0xA0 if b == 0x20 else b for b in out[start + 1 : end])
    return bytes(out)


def _decode_exactly(text: str, depth: int = 2) -> str:
    """``text`` read back as the UTF-8 it was, when it is exactly such UTF-8 read as
    Windows-1252 or Latin-1 (maybe twice; a no-break space maybe turned into a space inside
    a word) and each character this gives beyond ASCII is a plausible one; else ``text``."""
    if "\ufffd" in text:
        return _decode_lost_bytes(text, depth)
    raw = sloppy_bytes(text)
    if raw is None:
        return text
    if " " in text and _LOST_A0.search(text) is not None:
        raw = _restore_a0(raw, text)
    restored = 0
    if _LOST_AD.search(text) is not None:
        raw, restored = _LOST_AD_BYTES.subn(lambda m: m.group() + b"\xad", raw)
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return text
    if restored and sum(not c.isascii() for c in fixed) <= restored:
        # "McÇall", "XaÃb" are Latin-1 as well: a lost byte is restored only in text that
        # other letters show to be mojibake ("JosÃ© GarcÃa")
        return text
    if len(fixed) >= len(raw):
        return text  # (a byte restored is no letter spelled with two)
    if depth > 1 and any("\x80" <= c <= "\x9f" for c in fixed):
        # a C1 control is a byte Windows-1252 leaves undefined: read wrongly twice ("Ã\x81")
        again = _decode_exactly(fixed, depth - 1)
        return text if again == fixed else again
    for i, c in enumerate(fixed):
        if c.isascii():
            continue
        if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") or "\u0700" <= c <= "\u07ff":
            return text  # (see _repair_mojibake)
        if c.islower() and i >= 2 and fixed[i - 1].isupper() and fixed[i - 2].isupper():
            # a lowercase letter ending a word in capitals: "CAFÉ”" is no "CAFɔ"
            return text
    return fixed


def _decode_lost_bytes(text: str, depth: int) -> str:
    """Mojibake whose reading lost bytes (each a U+FFFD): decoded, each letter whose byte was
    lost a U+FFFD itself, as a lost letter is (which of five letters it was is not guessed;
    a combining mark is the acute, the only one of its five in common use).

    Only where the rest of the text shows it is mojibake (another sequence decodes
    exactly): a capital such as "É" before a lost letter is no start of a sequence.
    """
    if "\u00cc\ufffd" in text:
        # a combining mark (bytes CC 80-9F): of the five, only the acute (CC 81) is in common
        # use ("é" written as "e" and U+0301); the others mark phonetic transcriptions
        text = text.replace("\u00cc\ufffd", "\u00cc\x81")
        if "\ufffd" not in text:
            return _decode_exactly(text, depth)
    lost = [len(m.group()) - 1 for m in _LOST_BYTE.finditer(text)]
    if not lost:
        return text
    first = _decode_exactly(text.replace("\ufffd", "\x81"), depth)
    second = _decode_exactly(text.replace("\ufffd", "\x8d"), depth)
    if len(first) != len(second) or "\x81" in first or "\x8d" in second:
        return text  # (not decoded, or a U+FFFD that continued nothing)
    if len(text) - len(first) <= sum(lost):
        return text  # (no sequence decoded beyond those that lost a byte)
    return "".join(a if a == b else "\ufffd" for a, b in zip(first, second, strict=True))


def _repair_mojibake(text: str) -> str:
    """:func:`fix_mojibake` without its first test (which only makes it faster)."""
    fixed = _repair_once(text)
    # text read wrongly twice ("JosÃƒÂ©") is repaired twice; each step explains it exactly
    for _ in range(2):
        if fixed == text or fixed.isascii() or _UTF8_PAIR.search(fixed) is None:
            break
        text, fixed = fixed, _repair_once(fixed)
    return fixed


def _repair_once(text: str) -> str:
    """One layer of mojibake undone: exactly, byte for byte, else by ftfy where its repair
    explains the text exactly; the text itself where neither applies."""
    exact = _decode_exactly(text)
    if exact != text:
        return exact
    if not is_bad(text):
        return text
    fixed = ftfy.fix_encoding(text)
    if fixed == text or len(fixed) >= len(text) or is_bad(fixed):
        return text
    if any(unicodedata.category(c) in ("Co", "Cn", "Cc", "Cs") for c in fixed if c not in "\n\t"):
        return text  # decoded to private-use or unassigned characters: not mojibake
    if any("\u0700" <= c <= "\u07ff" for c in fixed):
        # Syriac, Thaana, NKo: what "ß“", "Þ…" or "Ü¡" (German, Icelandic) would decode to;
        # such text is far likelier than those scripts in publication records
        return text
    # accept only a repair that explains the text exactly: its UTF-8 bytes read as
    # Latin-1 or Windows-1252 (the undefined bytes as Latin-1) give the text back
    raw = fixed.encode("utf-8")
    if raw.decode("latin-1") != text and raw.decode("sloppy-windows-1252") != text:
        return text
    return fixed


# --------------------------------------------------------------------------------------
# Lost letters

_LOST = "?\ufffd"
# In prose, a "?" between two letters, or any U+FFFD.
_LOST_IN_TEXT = re.compile(r"\ufffd|(?<=[^\W\d_])\?(?=[^\W\d_])")
# In a name, also a "?" that starts or ends a word ("?zsoyoglu", "Ji?").
_LOST_IN_NAME = re.compile(r"\ufffd|(?<=[^\W\d_])\?|\?(?=[^\W\d_])")


def lost_letters(text: str, *, name: bool = False) -> tuple[int, ...]:
    """Positions of the characters that stand for a lost letter (``?`` or U+FFFD).

    In a name (``name=True``) a ``?`` touching a letter is a lost letter; in other text
    only a ``?`` between two letters is ("Gr?bner"), since a question mark ends a word.

        >>> lost_letters("Ulrich G?ntzer", name=True), lost_letters("Ji\\ufffd\\ufffd", name=True)
        ((8,), (2, 3))
        >>> lost_letters("Gr?bner bases?")
        (2,)
    """
    if "?" not in text and "\ufffd" not in text:
        return ()
    pattern = _LOST_IN_NAME if name else _LOST_IN_TEXT
    return tuple(m.start() for m in pattern.finditer(text))


def _lost_repair(text: str, count: int) -> Repair:
    return Repair(
        "",
        "flag-lost-letter",
        text,
        text,
        f"{count} letter(s) lost by the source (written '?' or U+FFFD); kept as given, not guessed",
    )


# --------------------------------------------------------------------------------------
# Whole fields and names


def fix_scraped(
    text: str, *, name: bool = False, entities: bool = True, mojibake: bool = True
) -> tuple[str, tuple[Repair, ...]]:
    """Decode HTML, repair mojibake (unless ``mojibake`` is false: text whose characters
    beyond ASCII the caller wrote itself, decoding LaTeX) and flag lost letters in one
    field's text.

    With ``entities=False`` HTML entities are left for
    :func:`pubrecords.text.clean_text` (which decodes them in titles and abstracts, one
    repair each) and only tags are removed here.

    Gives the new text and the repairs (``decode-html``, ``fix-mojibake``,
    ``flag-lost-letter``; field left empty for the caller). Text without such artefacts
    comes back as it is, with no repairs.

        >>> text, repairs = fix_scraped("Am&#233;lie Marian")
        >>> text, [r.action for r in repairs]
        ('Amélie Marian', ['decode-html'])
        >>> [r.action for r in fix_scraped("Ulrich G?ntzer", name=True)[1]]
        ['flag-lost-letter']
    """
    out: list[Repair] = []
    if ("<" in text and ">" in text) or (entities and "&" in text and ";" in text):
        new = decode_html(text, entities=entities)
        if new != text:
            reason = "HTML entities and tags decoded" if entities else "HTML tags removed"
            out.append(Repair("", "decode-html", text, new, reason))
            text = new
    if mojibake and not text.isascii():
        new = fix_mojibake(text)
        if new != text:
            out.append(
                Repair(
                    "",
                    "fix-mojibake",
                    text,
                    new,
                    "UTF-8 text that had been read as Latin-1/Windows-1252 decoded again",
                )
            )
            text = new
    lost = lost_letters(text, name=name)
    if lost:
        out.append(_lost_repair(text, len(lost)))
    return text, tuple(out)


_PARTS = ("given", "family", "particle", "suffix", "literal")


@lru_cache(maxsize=65536)
def fix_scraped_person(person: Person) -> tuple[Person, tuple[Repair, ...]]:
    """:func:`fix_scraped` for each part of a name; the same object back if nothing changed.

    Repairs name the whole name before and after (the caller sets the field).

        >>> from pubrecords.model import Person
        >>> new, repairs = fix_scraped_person(Person(given="Ulrich", family="G&#252;ntzer"))
        >>> str(new), [(r.before, r.after) for r in repairs]
        ('Ulrich Güntzer', [('Ulrich G&#252;ntzer', 'Ulrich Güntzer')])
        >>> new, repairs = fix_scraped_person(Person(given="Z. Meral", family="?zsoyoglu"))
        >>> new.family, [r.action for r in repairs]
        ('?zsoyoglu', ['flag-lost-letter'])
    """
    values = [getattr(person, p) for p in _PARTS]
    if all(v.isascii() and "&" not in v and "<" not in v and "?" not in v for v in values):
        return person, ()
    actions: dict[str, str] = {}
    fixed = [decode_html(v) if v else v for v in values]
    if fixed != values:
        actions["decode-html"] = "HTML entities and tags decoded"
    # mojibake judged on the whole name: "Ã…kesson" alone does not read as mojibake
    joined = "\n".join(fixed)
    repaired = fix_mojibake(joined).split("\n")
    if len(repaired) == len(fixed) and repaired != fixed:
        actions["fix-mojibake"] = (
            "UTF-8 text that had been read as Latin-1/Windows-1252 decoded again"
        )
        fixed = repaired
    lost = sum(len(lost_letters(v, name=True)) for v in fixed)
    changes = {p: v for p, v, old in zip(_PARTS, fixed, values, strict=True) if v != old}
    out: list[Repair] = []
    if changes:
        new_person = person.__class__(
            **{p: changes.get(p, v) for p, v in zip(_PARTS, values, strict=True)},
            identifiers=person.identifiers,
            aliases=person.aliases,
            useprefix=person.useprefix,
        )
        read: tuple[Repair, ...] = ()  # (what reading the name again changed)
        if list(changes) == ["literal"] and not (person.given or person.family):
            # kept whole because the damage made it unreadable as a name: read it again
            try:
                split, read = parse_name_repaired(new_person.literal)
            except PubrecordsError:
                split = new_person
            if split.family or split.given:
                new_person = attrs.evolve(
                    split, identifiers=person.identifiers, aliases=person.aliases
                )
            else:
                read = ()
        before, after = str(person), str(new_person)
        out.extend(Repair("", action, before, after, reason) for action, reason in actions.items())
        out.extend(Repair("", r.action, r.before, r.after, r.reason) for r in read)
        person = new_person
    if lost:
        out.append(_lost_repair(str(person), lost))
    return person, tuple(out)


# --------------------------------------------------------------------------------------
# For readers: how a line reads once the damage is undone (to judge it, never to keep)

_LOST_AT_START = re.compile(r"(?<![^\W\d_])[?\ufffd](?=[^\W\d_])")
_LOST_INSIDE = re.compile(r"(?<=[^\W\d_])[?\ufffd]")
_ALL_LOST = re.compile(r"(?<![^\s(])[?\ufffd]{2,}(?![^\s,)])")


@lru_cache(maxsize=65536)
def reading_view(text: str) -> str:
    """The text as a reader should judge it: HTML decoded, mojibake repaired and each lost
    letter of a name shown as a plain letter (``X`` at a word's start, ``x`` inside).

    For scoring lines only: a reader keeps the text as given, the cleaner repairs it.

        >>> reading_view("Z. Meral ?zsoyoglu"), reading_view("Am&#233;lie Marian")
        ('Z. Meral Xzsoyoglu', 'Amélie Marian')
    """
    if text.isascii() and "&" not in text and "<" not in text and "?" not in text:
        return text
    text = fix_mojibake(decode_html(text))
    if "?" in text or "\ufffd" in text:
        text = _LOST_INSIDE.sub("x", _LOST_AT_START.sub("X", text))
        if "?" in text or "\ufffd" in text:  # a word whose letters were all lost: "?????"
            text = _ALL_LOST.sub(lambda m: "X" + "x" * (len(m.group()) - 1), text)
    return text
