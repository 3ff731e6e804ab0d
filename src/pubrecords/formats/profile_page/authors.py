"""Author lines to :class:`~pubrecords.Person` values; is the page's owner among them?"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from ...errors import PubrecordsError
from ...model import Person, Repair, _builder
from ...names import parse_name_repaired, same_person
from ...names.text import split_cjk
from ...text.scraped import decode_html, fix_mojibake
from .bodies import is_organisation, sentence_case_body
from .lines import named_body, redecode
from .words import CJK_RUN, PARTICLES, WORD_GIVEN, fold, particle_like, vocabulary

# Bytes the name parser drops or refuses, which mojibake spells letters with ("Ã\xad": í).
_MOJIBAKE_BYTES = re.compile("[\xad\x80-\x9f]")


def parse_person(text: str) -> tuple[Person, tuple[Repair, ...]]:
    tokens = text.split()
    if (
        is_organisation(tokens)
        or named_body(tokens)
        or sentence_case_body(tokens)
        or _japanese_run(text)
    ):
        return Person(literal=text), ()
    fixed = text
    if not text.isascii():
        # ftfy accepts only a repair that explains the text exactly; a name too short for it
        # to be sure ("B. Ã…kesson") is decoded when its bytes are exactly UTF-8. Either may
        # hold a no-break space ("Å\xa0": "Š") that splitting would take for a word break.
        fixed = fix_mojibake(text)
        if fixed == text and not _MOJIBAKE_BYTES.search(text):
            fixed = redecode(text)
    if fixed != text:
        person, more = parse_person(fixed)
        reason = "UTF-8 text that had been read as Latin-1/Windows-1252 decoded again"
        return person, (Repair("name", "fix-mojibake", text, fixed, reason), *more)
    try:
        person, repairs = parse_name_repaired(text, "text")
    except PubrecordsError as exc:
        person = Person(literal=text)
        return person, (
            Repair(
                field="name",
                action="kept-literal",
                before=text,
                after=text,
                reason=f"name could not be split: {exc}",
            ),
        )
    if not text.istitle():
        # (a title-cased line has no lowercase word: nothing for _von_part to move)
        person = _von_part(tokens, person)
    if "&" in text and "," not in text:
        person = _split_as_decoded(tokens, person)
    first = tokens[0] if tokens else ""
    if (
        len(tokens) >= 2
        and first[0].isupper()
        and first not in person.given.split()
        and (first.lower() in WORD_GIVEN or _spelled_out(first))
        and first != person.literal.split(" ", 1)[0]
    ):
        # "Dean Berry", "King Liu", "Justice Nowak": the first word was taken for a title;
        # it is the given name when one name would be left (an author has two)
        rest, more = parse_person(" ".join(tokens[1:]))
        if rest.family and not rest.literal and (not rest.given or first.lower() in WORD_GIVEN):
            given = f"{first} {rest.given}".strip()
            return attrs.evolve(rest, given=given), more
    return person, repairs


def _split_as_decoded(tokens: Sequence[str], person: Person) -> Person:
    """The name of HTML-entity ``tokens`` (kept as given: the cleaner decodes them) split
    where its decoded text splits: "M&aacute;ire N&iacute; Dhuibhir" as "Máire Ní
    Dhuibhir", whose Irish "Ní" begins the family name."""
    if person.literal or person.suffix:
        return person
    view = decode_html(" ".join(tokens)).split()
    if len(view) != len(tokens):
        return person
    try:
        read = parse_name_repaired(" ".join(view), "text")[0]
    except PubrecordsError:
        return person
    if read.literal or read.suffix or not read.family:
        return person
    g, p = len(read.given.split()), len(read.particle.split())
    if g + p + len(read.family.split()) != len(tokens):
        return person
    given, particle = " ".join(tokens[:g]), " ".join(tokens[g : g + p])
    family = " ".join(tokens[g + p :])
    if (given, particle, family) == (person.given, person.particle, person.family):
        return person
    return attrs.evolve(person, given=given, particle=particle, family=family)


def parse_author(text: str) -> tuple[Person, tuple[Repair, ...]]:
    """An author line of a publication as a :class:`~pubrecords.Person`
    (:func:`parse_person`), with a capital letter beyond ASCII that is a word of its own
    (maybe lost, or spelled as an HTML entity) taken as the first word of the family name:
    the Irish "Ó" of "Aoife Ó Dálaigh" (not a middle initial, which ASCII writes)."""
    person, repairs = parse_person(text)
    given = person.given.split()
    if (
        len(given) >= 2
        and _lone_letter(given[-1])
        and person.family
        and " " not in person.family
        and not (person.literal or person.particle or person.suffix)
    ):
        family = f"{given[-1]} {person.family}"
        person = attrs.evolve(person, given=" ".join(given[:-1]), family=family)
    return person, repairs


def read_author(text: str) -> tuple[Person, tuple[Repair, ...]]:
    """:func:`parse_author`, remembered for the process: a line reads the same on any page
    (the reader's words are fixed), and pages repeat their authors (an institute's pages
    share co-authors; a page is read again). Each call gives a Person of its own, as
    :func:`parse_author` does (its ``identifiers`` dict is not shared)."""
    person, repairs = _read_author(text)
    return _new_person(
        person.given, person.family, person.particle, person.suffix, person.literal,
        dict(person.identifiers) if person.identifiers else {}, person.aliases, person.useprefix,
    ), repairs  # fmt: skip


_read_author = lru_cache(maxsize=65536)(parse_author)
_new_person = _builder(Person, 8)


def _lone_letter(token: str) -> bool:
    """A capital letter beyond ASCII on its own ("Ó"), or one lost ("?") or spelled as an
    HTML entity ("&#211;")."""
    if token in ("?", "\ufffd"):
        return True
    if token.startswith("&"):
        token = decode_html(token)
    return len(token) == 1 and not token.isascii() and token.isupper()


def _spelled_out(word: str) -> bool:
    """A capitalised word of five letters or more, no abbreviation ("Justice", not "Dr")."""
    return len(word) >= 5 and word.isalpha() and word[1:].islower()


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


# Kanji that end two-character Japanese family names (田中 and 山田, the commonest ending;
# 山本, 中村, 佐藤, 鈴木, 野口, 宮崎, 服部, 岩井, 竹内, 森下, 杉浦, 菊池, 長尾, 赤坂, 小山,
# 井上; Okinawan 金城, 新垣, 照屋) and that a Chinese given name almost never starts with: a
# three-character name with one second is a Japanese name, not "王" + "小明".
_JAPANESE_FAMILY_END = frozenset(
    "田本村藤木川野井口原崎部谷内下浦池尾坂沢島橋岡辺宮間塚瀬山上城垣屋"
)

# Kanji that start the commonest Japanese family names (佐藤, 鈴木, 渡辺, 山本, 中村, 小林,
# 加藤, 松本, 木村, 斎藤, 清水, 森, 橋本, 阿部, 前田, 岡田, 長谷川, 藤田, 後藤, 近藤, 村上,
# 遠藤, 青木, 坂本, 福田, 太田, 西村, 三浦, 竹内, 上田, 内田, 酒井, 宮崎, 横山, 大野, 今井,
# 工藤, 増田, 丸山, 杉山, 新井, 河野, 野口, 千葉, 岩崎, 菅原, 久保, 市川, 菊地, 島田, 水野,
# 桜井, 飯田, 服部; 若林, 荒井, 浅野, 堀内, 片山, 星野, 矢野, 細川, 望月; Okinawan 知念, 比嘉,
# 照屋), leaving out those that
# start common Chinese family names too (林, 高, 田, 石, 金, 吉, 伊, 安, 和, 原, 武, 平, 古): a
# name opening with one is Japanese.
_JAPANESE_FAMILY_START = frozenset(
    "佐鈴渡山中小加松木斎清森橋阿前岡長藤後近村遠青坂斉福太西三竹上内酒宮横大今工増丸杉新河野千岩菅久市菊島水桜飯服"
    "若荒浅堀片星矢細望土知比照"
)


def _japanese_run(text: str) -> bool:
    """A name of three Han characters run together that is Japanese: written with Japanese
    kanji (all in JIS X 0208), not opening with a Chinese family name of two characters
    that the name parser knows ("司徒", "夏侯"), and either written with a kanji that
    Chinese does not write (a Japanese simplified form, in neither GB 2312 nor Big5:
    "沢", "恵", "斎"), or with a first character that starts Japanese family names and no
    common Chinese one ("松永翼"), or with a second one that ends Japanese family names
    ("森川彩").

    A Chinese name splits after its family name ("王小明", "馮樂韜" in Traditional
    characters, which Big5 writes and GB 2312 does not); a Japanese one does not (its
    family name is mostly two characters), and without a dictionary it is kept whole, as
    the name parser keeps one of four characters or with kana.
    """
    return (
        len(text) == 3
        and not text.isascii()
        and CJK_RUN.fullmatch(text) is not None
        and not any("\uac00" <= c <= "\ud7af" for c in text)  # Hangul: Korean
        and _encodable(text, "shift_jis")
        and len(split_cjk(text)[1]) == 1  # (not a compound Chinese family name)
        and (
            text[0] in _JAPANESE_FAMILY_START
            or text[1] in _JAPANESE_FAMILY_END
            or not (_encodable(text, "gb2312") or _encodable(text, "big5"))
        )
    )


def _von_part(tokens: Sequence[str], person: Person) -> Person:
    """BibTeX's "First von Last": the lowercase words between the capitalised given names and
    the capitalised family name are the particle ("Sofia dal Molin", "Luis de las Heras"),
    when they read as particles (short, no common word)."""
    if person.literal or len(tokens) < 3 or not tokens[0][:1].isupper():
        return person
    low = [i for i, t in enumerate(tokens) if t[0].islower() or (t[0] in "'’" and _elided(t))]
    if not low or not tokens[-1][:1].isupper():
        return person
    start, end = low[0], low[-1] + 1
    if len(low) != end - start or start == 0:  # (not one run of lowercase words)
        return person
    if PARTICLES.issuperset(tokens[start:end]):
        return person  # known particles ("wa", "y"): the name parser's split stands
    given_words, family_words = person.given.split(), person.family.split()
    misplaced = (given_words and given_words[-1][:1].islower()) or (
        family_words and (family_words[0][:1].islower() or _elided(family_words[0]))
    )
    if not misplaced:
        return person  # the parser found the particle, or read the line otherwise
    vocab = vocabulary()[0]
    if not all(t in PARTICLES or _elided(t) or particle_like(t, vocab) for t in tokens[start:end]):
        return person
    given, particle = " ".join(tokens[:start]), " ".join(tokens[start:end])
    family = " ".join(tokens[end:])
    if (person.given, person.particle, person.family) == (given, particle, family):
        return person
    if person.suffix or f"{person.given} {person.particle} {person.family}".split() != list(tokens):
        return person  # the parser read more into the line (a suffix, a comma): keep its split
    return attrs.evolve(person, given=given, particle=particle, family=family)


def _elided(token: str) -> bool:
    """An elided article in a Dutch particle: "'t" ("van 't Veld"), "'s"."""
    return 2 <= len(token) <= 3 and token[0] in "'’" and token[1:].isalpha() and token.islower()


def mentions_owner(owner: Person, people: Iterable[tuple[Person, tuple[Repair, ...]]]) -> bool:
    """Is the owner among the (distinct) people named in author lists?"""
    owner_text = str(owner).casefold()
    family = fold(owner.family) if owner.family else ""
    for person, _ in people:
        # A name that is no literal writes its family name whole, and casefold maps each
        # character on its own: the owner's text holds the family name, folded, if it is
        # the owner's (a quicker test first).
        written = person.family.casefold() if person.family and not person.literal else ""
        if written in owner_text and str(person).casefold() == owner_text:
            return True
        if family and fold(person.family) == family:
            try:
                if same_person(person, owner):
                    return True
            except PubrecordsError:
                continue
    return False
