"""Scores of one line of a publications list: as a title, as a name, as an abstract."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ...names.text import is_suffix
from ...text.scraped import fix_mojibake, reading_view, sloppy_bytes
from .between import ampersand_body, of_place
from .bodies import is_organisation
from .lexicon import english_word, lexicon
from .tokens import name_llr, past_form
from .words import (
    BAD_NAME,
    CJK_CHAR,
    CJK_RUN,
    CJK_SENTENCE_END,
    FUNCTION,
    GLUED_PARTICLE,
    HEADINGS,
    INITIAL,
    ORG_END,
    ORG_INNER,
    PARTICLES,
    SENTENCE_END,
    SLASH_PARTICLE,
    STRIP,
    SUFFIXES,
    WORD_ENDINGS,
    WORD_GIVEN,
    english_ending,
    fold,
    is_word,
    particle_like,
    vocabulary,
)

# --------------------------------------------------------------------------- markers

_MARKER = re.compile(r"(?:…|\.\.\.)?[ \t]*\(see[ \t]+(\d{1,9})?[ \t]*more\)$")


def split_marker(line: str) -> tuple[str, bool, int | None]:
    """Split a ``… (see N more)`` marker off the end of a line.

    Returns (text before the marker, marker found, N or None). Only the line's tail is
    searched, so the cost does not depend on the line's length.
    """
    if not line.endswith("more)"):
        return line, False, None
    tail_start = max(0, len(line) - 40)
    m = _MARKER.search(line, tail_start)
    if m is None:
        return line, False, None
    count = int(m.group(1)) if m.group(1) else None
    return strip_keeping_mojibake(line[: m.start()]), True, count


_TAIL_SPACES = ("\xa0", "\x85")  # (white space to str.strip, bytes A0 and 85 to mojibake)
# A character that starts a UTF-8 sequence (read as Windows-1252 or Latin-1), maybe one that
# continues it, then the no-break space (byte A0: "à" is "Ã\xa0") or next-line character
# (byte 85: "ễ" is "á»\x85") that ends it: mojibake whose last byte looks like white space.
_MOJIBAKE_TAIL = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]?[\u00a0\u0085]$")


def strip_keeping_mojibake(text: str) -> str:
    """``text`` stripped of white space, but of ASCII white space only where its last
    character is the last byte of a mojibake character ("Thu HÃ\xa0": "Thu Hà" read as
    Windows-1252), as stripping it would lose a letter's byte; also before a
    ``(see N more)`` marker ("N. CannistrÃ\xa0 … (see 7 more)")."""
    kept = text.strip(" \t\r\x0b\x0c")
    if kept[-1:] in _TAIL_SPACES and _MOJIBAKE_TAIL.search(kept) is not None:
        return kept
    return text.strip()


# --------------------------------------------------------------------------- line scores

NEG = -30.0
_KANA = re.compile("[\u3040-\u30ff]")  # hiragana and katakana


# A run of lost letters ("?" or U+FFFD) touching a letter: "Tom?? Dvo??k", "A. Dupr?".
_LOST_RUN = re.compile(r"(?<=[^\W\d_])[?\ufffd]+|[?\ufffd]+(?=[^\W\d_])")
# A letter that UTF-8 spells in two bytes, read back as Windows-1252: "Ã…" (Å), "Ã©" (é).
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
    "\u203a\u20ac\u2122]"
)


def _letters_for(m: re.Match[str]) -> str:
    # A lost letter was one beyond ASCII (ASCII survives every encoding): read it as such a
    # letter ("ø"), so that the word reads as no English one ("Lesp?rance" is no noun in
    # "-ance"), as the name it was before the damage.
    run = m.group()
    text, at, end = m.string, m.start(), m.end()
    if CJK_CHAR.match(text[at - 1 : at] or " ") or CJK_CHAR.match(text[end : end + 1] or " "):
        return "\u3007" * len(run)  # (in a name in Han script: an ideograph, "王〇明")
    start = at == 0 or not text[at - 1].isalpha()
    return ("Ø" + "ø" * (len(run) - 1)) if start else "ø" * len(run)


def redecode(text: str) -> str:
    """A name whose UTF-8 was read as Windows-1252, decoded again (``"B. Ã…kesson"``
    gives ``"B. Åkesson"``); the text unchanged unless its bytes are valid UTF-8 and
    spell only letters beyond ASCII.

        >>> redecode("B. Ã…kesson"), redecode("SÃO PAULO"), redecode("Åsa Ödman")
        ('B. Åkesson', 'SÃO PAULO', 'Åsa Ödman')
    """
    if text.isascii() or not _MOJIBAKE_PAIR.search(text):
        return text
    raw = sloppy_bytes(text)
    if raw is None:
        return text
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return text
    if not all(c.isascii() or c.isalpha() for c in fixed):
        return text
    return fixed


def _question(text: str) -> bool:
    """A line of three words or more whose only "?" ends it: a question ("Whence X Y?"),
    not a lost letter ("A. Dupr?", "H?l?ne C?t?")."""
    return (
        text.endswith("?")
        and text.count("?") == 1
        and "\ufffd" not in text
        and (text.count(" ") >= 2)
    )


# A nickname in quotes or brackets between the words of a name ('Tomasz "Tom" W.')
_NICKNAME = re.compile(r' (?:"[^"\s]+"|“[^”\s]+”|\([A-Z][^()\s]*\)) (?=\S)')


# Honorifics before a name, and a degree after it ("Dr. Imelda Varga", "Imelda Varga, PhD")
_HONORIFICS = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.? )+(?=[^\W\d_][^ ]* [^\W\d_])")
_DEGREE = re.compile(r", ?(?:PhD|Ph\.D\.|MD|M\.D\.|DPhil|MSc|FRS|MBA)$")
# A name written family name first, then a comma ("Smith, Jane", "Tolkien, J. R. R.")
_WORD = r"[^\W\d_][^\W\d_'’\-]*"
_INVERTED = re.compile(
    rf"({_WORD}(?:[ \-]{_WORD}){{0,2}}), ((?:{_WORD}\.?|{_WORD}\.-{_WORD}\.)(?: {_WORD}\.?){{0,3}})"
)


def _as_written_forward(text: str) -> str:
    """A name line as a name is written given name first, for judging: honorifics before
    it and a degree after it dropped, "Family, Given" turned round (not "Smith, Jr.")."""
    text = _DEGREE.sub("", _HONORIFICS.sub("", text))
    if text.count(",") == 1:
        m = _INVERTED.fullmatch(text)
        given = m.group(2) if m is not None else ""
        if (
            m is not None
            and given[:1].isupper()
            and not is_suffix(given)
            and not past_form(given.split()[-1])  # (a title's "…, Reconsidered")
            and not given.endswith("ing")
            and all(_given_word(word) for word in given.split())  # (not "…, Once More")
            and not is_organisation(text.split())  # (not "… Field Team, Ministry of …")
        ):
            return f"{given} {m.group(1)}"
    return text


def _given_word(word: str) -> bool:
    """A word of a given name after "Family, ": an initial, a known given name, or a word
    that is neither a function word nor a common title word ("Once More" is none)."""
    if word.endswith("."):
        return True
    key = fold(word)
    common, given = vocabulary()
    return key in given or (key not in common and word.lower() not in FUNCTION)


def name_view(text: str) -> str:
    """An author line as the reader judges it (never what it keeps): scraped-text damage
    undone (:func:`~pubrecords.text.scraped.reading_view`), each lost letter a letter
    beyond ASCII ("ø", as the lost one was), even in a run (``"Tom?? Dvo??k"``) or at a word's end (``"A. Dupr?"``), and
    mojibake that spells one letter in a short name (``"B. Ã…kesson"``) decoded again.

        >>> name_view("Tom?? Dvo??k"), name_view("B. Ã…kesson")
        ('Tomøø Dvoøøk', 'B. Åkesson')
    """
    if " " in text and ('"' in text or "“" in text or "(" in text):
        text = _NICKNAME.sub(" ", text)  # ('Tomasz "Tom" Wierzbicki': judged without it)
    if "." in text or "," in text:
        text = _as_written_forward(text)
    if "?" in text or "\ufffd" in text:
        if _question(text):
            return redecode(reading_view(text[:-1])) + "?"
        if "\ufffd" in text:
            # mojibake whose reading lost bytes ("Å�ukasz"): decoded first, then its lost
            # letters (U+FFFD) judged as any
            text = fix_mojibake(text)
        text = _LOST_ALONE.sub("X", _LOST_RUN.sub(_letters_for, text))
    if GLUED_PARTICLE.search(text) is not None:  # ("Neil deGrasse Tyson", "Jerwin deBrum")
        text = GLUED_PARTICLE.sub(lambda m: m.group(1).capitalize(), text)
    return redecode(reading_view(text))


# Georgian's Mkhedruli letters, which Unicode makes the small letters of Mtavruli capitals
# that Georgian text does not use: a name in them has no capital.
_MKHEDRULI = re.compile("[\u10d0-\u10ff]")


def _capitalised(view: str) -> str:
    """``view`` with each word of Georgian script given a capital, as a name in a script
    that writes capitals has one (for judging only)."""
    if view.isascii() or _MKHEDRULI.search(view) is None:
        return view
    return " ".join(w[:1].upper() + w[1:] if _MKHEDRULI.match(w) else w for w in view.split(" "))


# A lost letter that was a word of its own, inside a line ("Z. ? Briain": "Ó Briain").
_LOST_ALONE = re.compile(r"(?<=\s)[?\ufffd](?=\s)")


def name_score(
    text: str,
    lexicon: frozenset[str] | None = None,
    titled: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
    memo: dict[str, NameToken] | None = None,
) -> float:
    """How much ``text`` looks like one person's name (log-odds-like, higher = more).

    ``lexicon``: the common words to judge by, if not the reader's title vocabulary (the page's
    reader adds the words its prose uses, :func:`prose_words`); ``titled``: the words of the
    page's sure titles (:func:`title_words`), which a family name is not; ``named``: the
    words of its sure names (:func:`name_words`), which a name reuses; ``memo``: what its
    tokens read as, kept by the caller for one set of these words."""
    if not text or len(text) > 80:
        return NEG
    text = _capitalised(text)
    tokens = text.split()
    n = len(tokens)
    organisation = is_organisation(tokens)
    if n > 6 and (n > 12 or not organisation):  # ("…, Ministry of …", "Mesa Técnica de …")
        return NEG
    if n <= 2 and not text.isascii() and CJK_RUN.fullmatch(text.replace(" ", "")):
        if organisation:  # ("雪氷化学観測グループ")
            return 4.0
        size = len(text.replace(" ", ""))
        if 2 <= size <= 4:
            return 5.0
        if _KANA.search(text) or "\u3000" in text:
            # a Japanese name: a family name of up to three kanji and a given name of up to
            # four kana ("佐々木ひろみ"), often with an ideographic space between them
            return 4.0 if size <= 6 else (1.0 if size <= 8 else -10.0)
        # five or six kanji: a Japanese name ("長谷川健太郎"); a title is longer
        return 2.0 if size <= 6 else -10.0
    vocab, given = vocabulary()
    if lexicon is not None:
        vocab = lexicon
    if organisation:
        return 4.0
    if named_body(tokens):
        return 2.5
    if n == 3 and ((tokens[1] == "of" and of_place(tokens)) or ampersand_body(tokens)):
        return BODY_SCORE  # ("Rubricators of Tamsworth", "Kermes & Weld": a body)
    if n >= 3 and text.istitle() and common_body(tokens, vocab, titled, given):
        return BODY_SCORE
    if n == 1:
        return -6.5 if fold(text) in titled else mononym_score(text, vocab, given)
    score = 3.0
    if tokens[0].lower() in QUESTION_WORDS:
        score -= 8.0  # a question ("Why Graphs?"): no name starts so
    if n >= 4 and text.upper() == text.lower():
        score -= 2.0 * (n - 3)  # a caseless script (Arabic, Devanagari, …): names are short
    if BAD_NAME.search(text) and BAD_NAME.search(SLASH_PARTICLE.sub(" ", text)):
        score -= 10.0  # (not for "a/l" in "Kumaravel a/l Subramaniam": a particle)
    if "," in text and not (n >= 2 and tokens[-1].lower() in SUFFIXES):
        score -= 6.0
    if n >= 5:
        score -= 1.5 * (n - 4)
    if memo is None:
        memo = {}
    # (every score here is a multiple of 0.5, so adding in any order gives the same sum)
    score += _token_scores(tokens, vocab, given, titled, named, memo)
    return score


# Words that start a question, as titles do ("Why Graphs?", "What Tides Remember") and no
# name does.
QUESTION_WORDS = frozenset(["why", "what", "when", "where", "which", "how", "whose", "who"])


# What :func:`name_score` reads of one token, by :func:`_name_token`, for one page's words:
# its lowercase form, a suffix, a lowercase particle, an initial, what its shape costs, its
# parts and the token folded. Each part: (the first, folded, a given name, a word-like
# given name or a word of the page's sure names, a word of the page's sure names, spelled
# as English, a common word, its English ending, a word of the page's sure titles).
NamePart = tuple[bool, str, bool, bool, bool, bool, bool, float, bool]
NameToken = tuple[str, bool, bool, bool, float, tuple[NamePart, ...], str]


def _name_token(
    tok: str,
    vocab: frozenset[str],
    given: frozenset[str],
    titled: frozenset[str],
    named: frozenset[str],
) -> NameToken:
    """What :func:`name_score` reads of ``tok`` wherever it stands on the line."""
    low = tok.lower().rstrip(",")
    particle = tok[0].islower() and (low in PARTICLES or particle_like(low, vocab))
    initial = (len(tok) <= 2 or "." in tok) and INITIAL.match(tok) is not None
    whole = fold(tok)
    shape = 0.0
    if tok.endswith((".", "。")):
        shape -= 6.0  # a sentence end, not an initial
        tok = tok.rstrip(".。")
    if not tok.isascii():
        tok = tok.replace("‐", "-").replace("–", "-")
    parts: list[NamePart] = []
    for j, part in enumerate(tok.split("-") if "-" in tok else (tok,)):
        if not part:
            shape -= 3.0
            continue
        first = part[0]
        if len(part) >= 2 and part.isupper():
            shape -= 2.5  # an acronym ("AI", "LLM")
        elif first.islower():
            if j > 0 and len(part) <= 5 and fold(part) not in vocab:
                shape -= 1.0  # "Hyun-woo", "Ji-hoon": a romanised given name
            elif not (j == 0 and part in PARTICLES):
                shape -= 6.0
        elif not first.isalpha() and first not in "'’":
            shape -= 4.0
        key = fold(part)
        parts.append(
            (
                j == 0,
                key,
                key in given,
                key in WORD_GIVEN or key in named,
                key in named,
                _english(part),
                is_word(key, vocab),
                english_ending(key),
                key in titled,
            )
        )
    return low, low in SUFFIXES, particle, initial, shape, tuple(parts), whole


def _token_scores(
    tokens: Sequence[str],
    vocab: frozenset[str],
    given: frozenset[str],
    titled: frozenset[str],
    named: frozenset[str],
    memo: dict[str, NameToken],
) -> float:
    """What the tokens of a line of two to six words add to its :func:`name_score`."""
    n = len(tokens)
    last = n - 1
    score = 0.0
    words = 0
    family_cost: float | None = None  # what a word first on the line costs (once known)
    charged: set[str] = set()  # words so charged (not charged again as title words)
    for i, tok in enumerate(tokens):
        read = memo.get(tok)
        if read is None:
            read = memo[tok] = _name_token(tok, vocab, given, titled, named)
        low, suffix, particle, initial, shape, parts, _ = read
        if (i > 0 and suffix) or (particle and i < last):
            continue
        if initial:
            score += 0.5
            continue
        score += shape
        for first, key, is_given, given_like, is_named, english, word, ending, title in parts:
            if i == 0 and first and (is_given or (n <= 4 and given_like)):
                score += 2.5
            elif i == last and is_named:
                score += 1.0  # a family name the page's sure names have
            elif is_given or not english:
                continue  # a known given name, or spelled as English never is ("Lefébure")
            elif i == last:
                if key in FUNCTION:
                    continue  # ("Lệ An": an article never ends a title; a name it may)
                words += word
                score -= 2.0 * ending  # "Circulation", "Ridership"
            else:
                if not (word or ending or title):
                    continue
                # a common word where a given name would stand ("Verity", "Harvest"), which
                # costs little when a family name follows ("Echo Grünewald", "Harvest
                # Brinkerhoff"; not "Quiet Plumes"), as given names are often words
                if family_cost is None:
                    family_cost = _given_word_cost(tokens[-1], vocab, given, titled)
                if not (word or ending) and family_cost > 1.0:
                    continue  # only a word of the page's titles: charged as such below
                if i == 0 and low in _ASKING:
                    score -= 3.0 * word + 2.0 * ending
                elif family_cost < 3.0:
                    score -= family_cost
                    if family_cost <= 1.0:
                        charged.add(key)  # not charged again as a word of the page's titles
                else:
                    score -= 3.0 * word + 2.0 * ending
    # A common word may be a family name ("John Burden").
    if words:
        score -= 1.5 if n >= 2 else 2.5
    if titled and n <= 3:
        # "Quiet Drift" after "… Sea Ice Drift …" or after an abstract: the page's title words
        for i, tok in enumerate(tokens):
            key = memo[tok][6]
            if key in titled and key not in given and key not in named and key not in charged:
                score -= 4.0 if i == last else 3.0
    return score


# Words that open a question ("Why Graphs?"), never a given name ("Can" is a Turkish one).
_ASKING = frozenset(["how", "what", "why", "when", "where", "which", "who", "does", "is", "are"])


def _given_word_cost(
    last: str, vocab: frozenset[str], given: frozenset[str], titled: frozenset[str]
) -> float:
    """What a common word standing first on a line costs it as a name, by the line's last
    word: little before a word English never writes ("Grünewald"), some before a word that
    reads as a family name (capitalised, no common word, no plural or word ending), the
    most before anything else ("Quiet Plumes": a title of an adjective and a noun)."""
    parts = re.split("[-'’]", last)
    if len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts):
        # "Ben-Ami", "D'Ambrosio": capitals after a hyphen or an apostrophe, as family names
        # are written, unless each part is a common word ("Long-Term")
        return 3.0 if all(is_word(fold(p), vocab) for p in parts) else 1.0
    key = fold(last)
    if not last[:1].isupper() or not last.isalpha() or key in titled or key in given:
        return 3.0
    if is_word(key, vocab) or english_ending(key) or len(key) < 2:
        return 3.0
    if not _english(last) or _foreign_shape(key):
        return 1.0  # "Grünewald"; "Barraza", "Szymanski", "Lindqvist": not English spelling
    return 3.0 if key.endswith("s") else 1.5


# Letter pairs English spelling never (or hardly ever) writes inside a word, and the
# starts of words it never writes: "Kinnunen", "Szymanski", "Zhukov", "Bjornstad", "Mwangi".
_FOREIGN_PAIRS = re.compile(
    "aa|ii|uu|kk|jj|vv|hh|ww|yy|cz|sz|zs|zh|kh|dj|tx|ij|kv|sj|gj|hj|dz|tz|zw|zk|q(?!u)"
    "|[bcdfghklmnprstvwxz]j"
)
_FOREIGN_START = re.compile("ng|mb|nd|mw|tl|dl|sr|vl|zl|pf|ts|zb|zv|vr")


def _foreign_shape(key: str) -> bool:
    """Is the folded word spelled as English words never are: ending with "a", "i", "o",
    "u", "j" or "v" or "-ez", or a letter pair or start English does not write? (English
    nouns with such ends are few, "data", "video", and are common words anyway.)"""
    return (
        key[-1] in "aiouvj"
        or key.endswith("ez")
        or _FOREIGN_START.match(key) is not None
        or _FOREIGN_PAIRS.search(key) is not None
    )


def _english(word: str) -> bool:
    """Can the word be an English one? Not with letters English never writes ("Lương",
    "Hùng", "Güneş"): folded, such a name may spell a word ("luong", "hung"), but the name
    is no word."""
    return word.isascii() or all(c.isascii() or c in "’‐–" for c in word)


def named_body(tokens: Sequence[str]) -> bool:
    """ "The" and three to six capitalised words (or inner "of", "for", "and"): a body named
    by its own words, with no known end word ("The Tarn Observers Task Force"). A person's
    name never starts with "The"; a title that does mostly has a lowercase word too, or is
    "The" and a noun of something ("The Geometry of Coastal Forecasting Errors")."""
    n = len(tokens)
    if not 4 <= n <= 7 or tokens[0] != "The":
        return False
    if tokens[2] in ORG_INNER and tokens[1].lower() not in ORG_END:
        return False  # "The Geometry of …", not "The Society of …"
    for i, tok in enumerate(tokens[1:], 1):
        if i < n - 1 and tok in ORG_INNER:
            continue
        if not tok[0].isupper() or BAD_NAME.search(tok.rstrip(".")):
            return False
    return True


BODY_SCORE = 2.5


def common_body(
    tokens: Sequence[str], vocab: frozenset[str], titled: frozenset[str], given: frozenset[str]
) -> bool:
    """Three to seven capitalised words, all but one of them words of the page (its titles,
    its prose, common title words) but not all common title words, with no function word and
    no verb or given name first (and a page to judge by): a body named by the words of its
    field, with no kind word ("Pasture Regrowth Array", "Vineyard Mildew Watch"). A
    person's name has at most one such word; a title of that shape is rare between author
    lines, and one of common title words only ("Sparse Graph Transformers") is no body."""
    n = len(tokens)
    if not 3 <= n <= 7 or not titled:
        return False
    for tok in tokens:
        if not tok[0].isupper() or not tok.isalpha() or tok.lower() in FUNCTION:
            return False  # (a title's "A", "Can", "What")
    first = fold(tokens[0])
    if first in given or first.endswith("ing") or past_form(tokens[-1]):
        return False  # (a title opening with a verb, "Predicting Sleep Spindles", or ending
        # with one, "Sleep Spindles Revisited")
    strangers = generic = 0
    common = vocabulary()[0]
    for tok in tokens:
        key = fold(tok)
        if key not in titled and not is_word(key, vocab):
            strangers += 1
            if strangers > 1:
                return False
        elif is_word(key, common):
            generic += 1
    return generic < n  # not only common title words ("Sparse Graph Transformers")


# A run of vowels; "y" is one only before a consonant or at the end ("lynx", "day"), not
# before a vowel ("kayak", "Mardiyah": two syllables).
_VOWEL_RUN = re.compile("(?:[aeiou]|y(?![aeiou]))+")


def _syllable(part: str) -> bool:
    """Is the folded part one closed syllable ("marsh", "wood", "tow"), as the second half
    of an English compound is?"""
    return (
        part.isalpha()
        and part[0] not in "aeiouy"
        and part[-1] not in "aeiouy"
        and len(_VOWEL_RUN.findall(part)) == 1
    )


def compound_of_words(key: str, vocab: frozenset[str]) -> bool:
    """Is the folded word two words run together: two common words ("tidewater"), or a
    common word and a closed syllable ("saltmarsh", "driftwood", "undertow", "seafoam")?

    Compounds are how English coins one-word titles; a name read this way ("Underhill")
    is rarely an author's only name.
    """
    return any(
        is_word(key[:k], vocab) and (is_word(key[k:], vocab) or _syllable(key[k:]))
        for k in range(3, len(key) - 2)
    )


MORE_ENDINGS = (
    "ish", "ine", "er", "sis", "phy", "ogy", "ium", "ware", "scope", "tics", "ance", "ence",
)  # fmt: skip
_SYLLABIC_L = re.compile("[bpdtgkzf]le$")  # "Stubble", "Crumble": an English word


def _closed_syllable(part: str) -> bool:
    """A closed syllable, or one closed by a silent "e" ("fire", "stone")."""
    if _syllable(part):
        return True
    return len(part) >= 4 and part[-1] == "e" and part[-2] not in "aeiouy" and _syllable(part[:-1])


def two_syllables(key: str) -> bool:
    """Is the folded word two closed syllables run together ("gridlock", "backfire",
    "lamplight")? English compounds are made so; the mononyms of author lists (Indonesian
    "Sutrisno", "Widodo") have open syllables."""
    return any(
        _closed_syllable(key[:k]) and _closed_syllable(key[k:]) for k in range(3, len(key) - 2)
    )


def mononym_score(text: str, vocab: frozenset[str], given: frozenset[str]) -> float:
    """A one-word line as a name: only a capitalised non-word (not two run together, no
    word ending); one-word titles are words."""
    word = text
    if word[:1] in _GLOTTAL and word[1:2].isupper():
        word = word[1:]  # (an ʻokina before the capital: Tongan, Hawaiian, "ʻAkilisi")
    if "-" in word and word.count("-") == 1 and 6 <= len(word) <= 24:
        # two capitalised non-words joined ("Ngāti-Kahu"), as one-word titles are not
        # ("Self-Organisation": a word)
        parts = [mononym_score(part, vocab, given) for part in word.split("-")]
        return min(parts) if all(p > 0.0 for p in parts) else -6.5
    if not word[:1].isupper() or not word.isalpha() or not 4 <= len(word) <= 16:
        return NEG if BAD_NAME.search(word) else -6.5
    if word[1:] != word[1:].lower():
        return -6.5  # "PyTorch", "ImageNet": a product's name
    key = fold(word)
    if key in given:
        return 1.5
    if _SYLLABIC_L.search(key) is not None:
        return -6.5
    if is_word(key, vocab):
        return -6.5
    if key.endswith(WORD_ENDINGS) or key.endswith(MORE_ENDINGS):
        # a word's ending ("-er", "-ish"), unless an installed English lexicon does not know
        # the word, it is no two words run together, and it is spelled as names are
        # ("Ekber", "Jagdish": mononyms; of the dev sets' one-word titles so, one)
        if (
            lexicon()
            and not english_word(key)
            and name_llr(word) >= ENDING_NAME_SPELLED
            and not compound_of_words(key, vocab)
        ):
            return 1.0
        return -6.5
    if key in HEADINGS or compound_of_words(key, vocab):
        return -6.5
    if two_syllables(key) and english_spelling(key):
        # spelled as English spells (a coined title: "Gridlock"), unless an installed English
        # lexicon does not know the word and its spelling reads as real names' do
        # (:func:`~.tokens.name_llr`): then a one-name author whose name English spelling
        # shares ("Thaddeus"-like spellings of other languages)
        if lexicon() and not english_word(key) and name_llr(word) >= 0.0:
            return 1.0
        return -3.0
    return 1.0


_GLOTTAL = "\u02bb\u2018'’"  # (the ʻokina, and the marks written for it)
ENDING_NAME_SPELLED = 1.5  # nats (:func:`~.tokens.name_llr`)


# Spellings that English has and the languages of most mononymous authors (Indonesian,
# Javanese, Burmese) do not: "ck", "gh", "th", "x", a vowel pair, a doubled consonant, a
# cluster opening the word, a silent final "e".
_ENGLISH_SPELLING = re.compile(r"ck|gh|sh|th|ph|wh|ee|ea|oo|ou|ow|ai|ay|oa|ie|x|([^aeiouy])\1")
_CLUSTER_START = re.compile("[^aeiouy]{2}")
_NASAL_START = re.compile("n[gy]")


def english_spelling(key: str) -> bool:
    """Is the folded word spelled as only English spells ("gridlock", "lamplight",
    "backfire")? Two closed syllables alone ("Bambang", "Rustam") do not make a compound."""
    if _ENGLISH_SPELLING.search(key):
        return True
    if _CLUSTER_START.match(key) and not _NASAL_START.match(key):
        return True
    return key[-1] == "e" and key[-2] not in "aeiouy"


# A lowercase word between spaces (or after an opening, before a closing mark): not a
# piece of a word that the page's "… (see more)" marker cut in two.
_PROSE_TOKEN = re.compile(r"(?<![^\s(“\"])[a-z]{3,}(?=[\s.,;:!?)”\"]|$)")


def prose_words(
    lines: Sequence[str], vocab: frozenset[str], sentences: Mapping[str, int] | None = None
) -> frozenset[str]:
    """``vocab`` and the words the page's prose writes in lowercase (its abstracts, lines of
    sentences): words, not names, since prose capitalises names. A title made of words the
    reader does not know ("Quiet Drift") often names its subject in an abstract ("drift").
    """
    found: set[str] = set()
    # Each whitespace-separated token reads the same alone as in its line (the pattern
    # looks only at the characters next to it, never across whitespace), so each distinct
    # token of the page is searched once, the new ones of a line joined by spaces.
    seen: set[str] = set()
    findall = _PROSE_TOKEN.findall
    for line in lines:
        if len(line) >= 80 and _sentences(line, sentences):
            words = line[:3000].split()
            if seen.issuperset(words):
                continue
            tokens = set(words)
            tokens -= seen
            seen |= tokens
            found.update(findall(" ".join(tokens)))
    found -= PARTICLES
    return vocab | found if found - vocab else vocab


def _sentences(line: str, known: Mapping[str, int] | None) -> int:
    return count_sentences(line) if known is None else known[line]


_JOINING, _LOWER, _CAPITAL, _OTHER = 1, 2, 3, 4
_OPEN, _PROSE, _DONE, _JUDGED = 0, 1, 2, 3  # (the states of a line in title_words)


def _title_word(tok: str) -> tuple[int, str]:
    """A token of a title, for :func:`title_words`: its kind (none for punctuation only; a
    lowercase function word that may join capitalised ones; another lowercase word; a
    capitalised word of letters; anything else) and the word without its punctuation."""
    word = tok.strip(STRIP)
    if not word:
        return 0, word
    if word[0].islower():
        return (_JOINING if word in FUNCTION and word not in PARTICLES else _LOWER), word
    return (_CAPITAL if word[0].isupper() and word.isalpha() else _OTHER), word


def title_words(lines: Sequence[str], sentences: Mapping[str, int] | None = None) -> frozenset[str]:
    """The capitalised words (folded) of the page's sure titles: short lines of capitalised
    words joined by a lowercase function word, or framed by a question mark or a colon, and
    no sentence ("Learning Sea Ice Drift from Sparse Sensors", "Can Kriging Map Storm
    Surge?"); and any short line right after a paragraph of prose (an abstract, which only
    a title follows). A line elsewhere on the page made of such words ("Quiet Drift",
    "Seafoam") is a title too, not a person's name, which a title never holds.
    """
    found: set[str] = set()
    memo: dict[str, tuple[int, str]] = {}  # (each token's kind, by _title_word)
    # Each line's state: _OPEN (to judge), _PROSE or _DONE (never judged: prose, a sentence,
    # too long, a marker; or judged after prose), _JUDGED (judged as it reads, not yet
    # after prose).
    states: dict[str, int] = {}
    after_prose = False
    if sentences is None:
        sentences = {line: count_sentences(line) for line in set(lines)}
    for line in lines:
        state = states.get(line)
        if state is None:
            count = sentences[line]
            if len(line) >= 80 and count >= 2:
                state = _PROSE
            elif count or len(line) > 200 or line.endswith("more)"):
                state = _DONE
            else:
                state = _OPEN
            states[line] = state
        sure = after_prose
        after_prose = state == _PROSE
        if state != _OPEN and (state != _JUDGED or not sure):
            continue
        states[line] = _DONE if sure else _JUDGED
        tokens = line.split()
        if not sure and len(tokens) < 3:
            continue
        capitals: list[str] = []
        joined = broken = False
        marked = line.endswith("?") or ":" in line
        last = len(tokens) - 1
        for i, tok in enumerate(tokens):
            read = memo.get(tok)
            if read is None:
                read = memo[tok] = _title_word(tok)
            kind, word = read
            if kind == _JOINING:
                if i == 0 or i == last:
                    broken = True
                else:
                    joined = True
            elif kind == _LOWER:
                broken = True
            elif kind == _CAPITAL:
                capitals.append(word)
            if broken and not (sure or marked):
                break  # (the line is no sure title: it adds no words)
        framed = (joined and not broken) or marked
        if sure or (framed and len(capitals) >= 2):  # "Can X Forecast Y?", "XNet: Y"
            found.update(fold(w) for w in capitals if len(w) >= 3)
    return frozenset(found)


def name_words(views: Iterable[str]) -> frozenset[str]:
    """The words (folded) of the page's sure names, author lines as :func:`name_view` reads
    them: a given name, an initial and a family name ("Hana K. Ostrova"), or initials and a
    family name ("J. R. Ostrova"). Titles never take that shape; a line elsewhere on the
    page that reuses one of the words ("Hana Ostrova", where "Hana" may be a common word)
    is a name."""
    found: set[str] = set()
    for view in views:
        tokens = view.split()
        if not 2 <= len(tokens) <= 4 or not tokens[-1].isalpha() or not tokens[-1][0].isupper():
            continue
        initials = [len(t) == 2 and t[1] == "." and t[0].isupper() for t in tokens[:-1]]
        if all(initials):
            found.add(fold(tokens[-1]))  # "J. Ostrova", "J. R. Ostrova"
        elif len(tokens) == 3 and initials[1] and tokens[0].isalpha() and tokens[0][0].isupper():
            found.add(fold(tokens[0]))  # "Hana K. Ostrova"
            found.add(fold(tokens[-1]))
    return frozenset(found)


def count_sentences(text: str) -> int:
    """Sentence ends in the first 1,500 characters (scores use at most four)."""
    head = text[:1500]
    found = 0
    if "." in head or "!" in head or "?" in head:
        found = len(SENTENCE_END.findall(head))
    if not head.isascii() and ("。" in head or "！" in head or "？" in head):
        found += len(CJK_SENTENCE_END.findall(head))  # (a search for each mark is quicker)
    return found


# What :func:`title_score` reads of one token, by :func:`_title_token`: (starts lowercase,
# a function word, a particle, its parts (0: a given name; 1: a common English word; 2:
# another, with 0.6 times its English ending), an acronym or number, a lowercase part
# after a hyphen); () for a token of punctuation only.
TitleToken = tuple[bool, bool, bool, tuple[tuple[int, float], ...], bool, bool] | tuple[()]


def _title_token(tok: str, vocab: frozenset[str], given: frozenset[str]) -> TitleToken:
    word = tok.strip(STRIP)
    if not word:
        return ()
    low = word.lower()
    hyphen = "-" in low
    parts = tuple(
        (0, 0.0)
        if part in given
        else ((1 if _english(part) and is_word(part, vocab) else 2), 0.6 * english_ending(part))
        for part in (low.split("-") if hyphen else (low,))
    )
    # (a capital after an apostrophe is no acronym, "D'Ambrosio", nor one after a hyphen
    # between words that are no common words, as names are joined: "Ben-Ami")
    named = hyphen and not all(kind == 1 for kind, _ in parts)
    rest = re.sub("['’].|-." if named else "['’].", "", word[1:])
    acronym = (not word.isalpha() and any(c.isdigit() for c in word)) or rest != rest.lower()
    hyphen_lower = hyphen and any(p[:1].islower() for p in word.split("-"))
    return (word[0].islower(), low in FUNCTION, low in PARTICLES, parts, acronym, hyphen_lower)


def title_score(
    text: str,
    sentences: int,
    lexicon: frozenset[str] | None = None,
    memo: dict[str, TitleToken] | None = None,
) -> float:
    """How much ``text`` looks like a publication title (``lexicon`` as for
    :func:`name_score`; ``memo``, what its tokens read as, kept by the caller for one
    lexicon)."""
    size = len(text)
    if size > 300:
        return -15.0 - min(size, 3000) / 100
    if sentences >= 2 and size > 100:
        return -3.0 * min(sentences, 4) - size / 100  # prose, not a title
    score = 0.0
    if size > 200:
        score -= 5.0
    tokens = text.split()
    n = len(tokens)
    if n == 1:
        score -= 1.0
    elif n >= 7:
        score += 1.5
    elif n >= 4:
        score += 0.5
    vocab, given = vocabulary()
    if lexicon is not None:
        vocab = lexicon
    if memo is None:
        memo = {}
    function = lower = known = acronyms = 0.0
    for i, tok in enumerate(tokens):
        read = memo.get(tok)
        if read is None:
            read = memo[tok] = _title_token(tok, vocab, given)
        if not read:
            continue
        lower_first, is_function, is_particle, parts, acronym, hyphen_lower = read
        if lower_first:
            if is_function:
                function += 2.5
            elif not is_particle:
                lower += 1.5
        elif i == 0 and is_function:
            function += 1.5
        for kind, ending in parts:
            if kind == 1:
                # A lone common word at the end proves little: family names can be words.
                last_only = i == n - 1 and known == 0.0
                known += max(0.6 if last_only else 1.2, ending)
            elif kind == 2:
                known += ending  # a word by its ending ("Ridership")
        if acronym:
            acronyms += 1.5
        if hyphen_lower:
            lower += 1.0
    score += min(function + lower, 7.0) + min(known, 4.0) + min(acronyms, 3.0)
    colon = text.find(":")
    if colon < 0:
        colon = text.find("：")
    if colon > 0 and text.count(" ", 0, colon) < 6:
        score += 3.0  # "Name: subtitle"
    if text.endswith("?") and (n >= 3 or not text.rstrip("?\ufffd")[-1:].isalpha()):
        score += 3.0  # a question; not "A. Dupr?" or "Ozoli??", a name that lost letters
    if is_organisation(tokens):
        score = min(score, 1.0)  # "The SALT Working Group": an acronym, words, yet a name
    elif named_body(tokens):
        score = min(score, 2.0)
    if n > 14:
        score -= 0.7 * (n - 14)
    if sentences >= 2:
        score = min(score, 0.0) - 3.0 * min(sentences, 4)
    elif text.endswith((".", "。")) and not INITIAL.match(tokens[-1]):
        score -= 6.0
    if "(see more)" in text:
        score -= 8.0
    return score


def abstract_score(text: str, sentences: int) -> float:
    """How much ``text`` looks like an abstract (long prose, sentences)."""
    size = len(text)
    if size < 40:
        return -15.0
    head = text[:3000]
    wide = 0 if head.isascii() else len(CJK_CHAR.findall(head, 0, 400))
    if wide > 20:
        size *= 3  # a CJK character carries about a word
    score = -6.0 + min(size, 1500) / 100
    score += 4.0 * min(sentences, 4) + (4.0 if sentences >= 2 else 0.0)
    if text.rstrip().endswith((".", "!", "?", "…", "。", "！", "？")):
        score += 2.0
    if "(see more)" in head or "(see more)" in text[-40:]:
        score += 6.0
    words = head.count(" ") + 1
    if words > 12:
        score += min(0.3 * (words - 12), 6.0)
    if wide >= 50:
        score += 3.0
    opening = head[:10].casefold()  # (casefold maps each character on its own)
    if opening.startswith(_FIRST_PERSON) or _WE.search(head, 0, 400):
        score += 3.0  # first person: the voice of an abstract, rarely of a title
    return score


_FIRST_PERSON = ("we ", "this paper", "in this ", "this work", "our ")
# " we " in the first 400 characters, casefolded: only " " folds to a space, only "e" and
# "E" to a string with an "e", and of all that fold to one with a "w" only "w" and "W" do
# not put a combining mark after it.
_WE = re.compile(" [wW][eE] ")


_LONG_WORDS_BUDGET = 200_000  # characters


def long_line_words(lines: Iterable[str]) -> frozenset[str]:
    """The words (folded) of the page's long lines, five words or more: its titles and
    abstracts, never an author line. A short line whose last word is among them reads as a
    title ("Potato Blight" where "… potato blight …" is written elsewhere): a family name is
    written on a page in its author lines only."""
    heads = []
    budget = _LONG_WORDS_BUDGET  # (a page's field words recur: its first lines tell them)
    for line in lines:
        head = line[:400]
        if head.count(" ") < 4 or (line.endswith("more)") and split_marker(line)[2] is not None):
            continue  # (a name, with a "(see N more)" marker)
        heads.append(head)
        budget -= len(head)
        if budget < 0:
            break
    found: set[str] = set()
    for tok in set(" ".join(heads).split()):
        word = tok.strip(STRIP)
        if word.isalpha():
            found.add(fold(word))
    return frozenset(found)


def family_words(views: Iterable[str], long_words: frozenset[str]) -> frozenset[str]:
    """The last words (folded) that end two short lines or more (two to four words, each
    capitalised) and that no long line writes: family names that several of the page's
    authors share, or one author's name written in two ways."""
    seen: dict[str, str] = {}
    found: set[str] = set()
    for view in views:
        tokens = view.split()
        if not 2 <= len(tokens) <= 4 or not tokens[-1][:1].isupper():
            continue
        key = fold(tokens[-1])
        if key in long_words or not key.isalpha() or past_form(tokens[-1]):
            continue  # (a word of the page's titles, or a verb's past form: "Revisited")
        other = seen.setdefault(key, view)
        if other != view:
            found.add(key)
    return frozenset(found)


def field_body(tokens: Sequence[str], long_words: frozenset[str], vocab: frozenset[str]) -> bool:
    """Four or five capitalised words, the first two written in the page's long lines (its
    titles and abstracts) and the last neither there nor a common word: a body named by its
    field and then its kind ("Tidal Flats Survey Circle"). A title's last word is its
    subject, which the page writes elsewhere; a person's first names are no words of it."""
    if not 4 <= len(tokens) <= 5:
        return False
    for tok in tokens:
        if not tok[0].isupper() or not tok.isalpha():
            return False
    last = fold(tokens[-1])
    return (
        fold(tokens[0]) in long_words
        and fold(tokens[1]) in long_words
        and last not in long_words
        and not is_word(last, vocab)
        and not past_form(tokens[-1])
    )
