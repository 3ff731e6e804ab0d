"""Free-text names (private helper of :mod:`pubrecords.names`).

:func:`split_text` splits a name as people write it into (given, particle, family, suffix,
literal); the rules are documented in ``docs/names.md``. The input is already clean
Unicode (no LaTeX, single spaces, lost accents restored).
"""

from __future__ import annotations

import re

from .family_words import _ARABIC_GIVEN, _GAELIC, _IBERIAN, _KIN_WORDS, _MAGHREBI, _PATRONYMIC
from .titles import (
    _TITLE_START,
    _strip_titles,
    _title_low,
    strip_written_titles,
)
from .titles import TITLES as TITLES  # (re-exported: the word lists live in titles)
from .titles import _may_be_title as _may_be_title

__all__ = ["CONJUNCTIONS", "NICKNAME_MARKS", "PARTICLES", "split_cjk", "split_text", "split_words"]

# particles (lower case) that start a family name: "van der Laan", "de la Vega"
PARTICLES = frozenset(
    [
        "í",  # (Faroese: "Rókur í Gøtuvík", "Sigrun á Steigará")
        "á",
        "à",  # (Romansh: "Gian à Porta"; not "a", which "Yin a Le" has in a given name)
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "da",
        "das",
        "dos",
        "do",
        "du",
        "des",
        "di",
        "la",
        "le",
        "lo",
        "ter",
        "ten",
        "te",
        "vom",
        "zum",
        "zur",
        "zu",
        "und",
        "af",
        "av",
        "am",
        "bin",
        "binti",
        "a/l",  # (Malaysian: "anak lelaki", son of; "a/p", daughter of; Singapore "s/o", "d/o")
        "a/p",
        "s/o",
        "d/o",
        "ben",
        "ibn",
        "bint",
        "ag",
        "ould",
        "wa",
        "al",
        "el",
        "ap",
        "ab",
        "mac",
        "st",
        "st.",
        "ste",
        "ste.",
        "san",
        "santa",
        "dalla",
        "dello",
        "vander",
        "vande",
        "vanden",
        "op",
        "het",
        "'t",
    ]
)
# particles that also count when capitalised, if not the first word ("Marvin Von Hagen";
# "Lo", "Al", "El" begin Sicilian and Arabic family names: "Angela Lo Porto", "Hamdan Al
# Kindi", not a given name "Hamdan Al"; not "Ben": "Alex Ben Johnson" has it as a middle
# name, as "Mohamed Ben Romdhane" has it as a family name's first word)
CAP_PARTICLES = frozenset(
    [
        "lo",
        "al",
        "el",
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "delle",
        "da",
        "das",
        "dos",
        "du",
        "des",
        "di",
        "la",
        "le",
        "ter",
        "ten",
        "vom",
        "zu",
        "mac",
        "st",
        "st.",
        "ste",
        "ste.",
        "dalla",
        "vander",
        "vande",
        "vanden",
    ]
)
CONJUNCTIONS = frozenset({"y", "e", "i", "and", "&"})


# keys: lower case, dots removed
SUFFIXES_ANY_CASE = frozenset(
    [
        "jr",
        "sr",
        "jnr",
        "snr",
        "ii",
        "iii",
        "iv",
        "vi",
        "vii",
        "viii",
        "ix",
        "xi",
        "xii",
        "2nd",
        "3rd",
        "4th",
        "phd",
        "esq",
        "esquire",
    ]
)
SUFFIXES_CAPITALISED = frozenset(
    [
        "md",
        "dds",
        "dmd",
        "dvm",
        "jd",
        "llb",
        "llm",
        "lld",
        "mba",
        "msc",
        "bsc",
        "mphil",
        "dphil",
        "msced",
        "rn",
        "cpa",
        "cfa",
        "cfp",
        "clu",
        "lutc",
        "chfc",
        "qc",
        "kc",
        "mp",
        "mep",
        "obe",
        "mbe",
        "cbe",
        "kbe",
        "dbe",
        "frs",
        "freng",
        "fmedsci",
        "frse",
        "facs",
        "facp",
        "pe",
        "pmp",
        "ret",
        "retd",
        "usn",
        "usmc",
        "usaf",
    ]
)
_AMBIGUOUS_ROMAN = frozenset({"i", "v", "x"})

_PARENS = re.compile(r"\([^()]*\)|(?<![^\W\d_])\[[^\[\]]*\]")
_BRACKETS_IN_WORD = re.compile(r"(?<=[^\W\d_])\[([^\[\]\s]*)\]")
_DQUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_SQUOTED = re.compile(r"(?<!\S)'[^'\s][^']*'(?!\S)")
_GLUED_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")
# in every token _GLUED_INITIALS matches (and only in text holding one): a cheap first test
_GLUED_HINT = re.compile(r"\.[^\W\d_]\.")
_INITIAL = re.compile(r"[^\W\d_]\.?")
# nicknames, dropped before splitting: "Robert (Bob) Smith", 'Robert "Bob" Smith'
NICKNAME_MARKS = re.compile(r"[(\[\"“']")
_VANCOUVER = re.compile(r"[A-Z]{2,3}")
_HYPHEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,6}-[A-Za-z][a-z]{1,6}")

# frequent Chinese/Korean family names (pinyin, Wade-Giles, Cantonese, Korean), used only to
# read "Li Fei-Fei" / "Kim Jong-un" (a hyphenated given name after a family name)
EAST_ASIAN_SURNAMES = frozenset(
    [
        "li",
        "wang",
        "zhang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "huang",
        "zhou",
        "wu",
        "xu",
        "sun",
        "hu",
        "zhu",
        "gao",
        "lin",
        "he",
        "guo",
        "ma",
        "luo",
        "liang",
        "song",
        "zheng",
        "xie",
        "han",
        "tang",
        "feng",
        "yu",
        "dong",
        "xiao",
        "cheng",
        "cao",
        "yuan",
        "deng",
        "fu",
        "shen",
        "zeng",
        "peng",
        "lu",
        "su",
        "jiang",
        "cai",
        "jia",
        "ding",
        "wei",
        "xue",
        "ye",
        "yan",
        "pan",
        "du",
        "dai",
        "xia",
        "zhong",
        "tian",
        "ren",
        "fan",
        "fang",
        "shi",
        "yao",
        "tan",
        "liao",
        "zou",
        "xiong",
        "jin",
        "hao",
        "kong",
        "bai",
        "cui",
        "kang",
        "mao",
        "qiu",
        "qin",
        "gu",
        "hou",
        "shao",
        "meng",
        "long",
        "wan",
        "duan",
        "qian",
        "yin",
        "yi",
        "chang",
        "qiao",
        "lai",
        "gong",
        "wen",
        "chan",
        "wong",
        "cheung",
        "leung",
        "lee",
        "chang",
        "hsu",
        "tsai",
        "kuo",
        "chiang",
        "chou",
        "chu",
        "hsieh",
        "kao",
        "ho",
        "lo",
        "tseng",
        "tsao",
        "liu",
        "yeh",
        "ng",
        "lam",
        "yip",
        "tse",
        "kwok",
        "kim",
        "park",
        "choi",
        "jung",
        "jeong",
        "kang",
        "cho",
        "yoon",
        "yun",
        "jang",
        "lim",
        "han",
        "oh",
        "seo",
        "shin",
        "kwon",
        "hwang",
        "ahn",
        "song",
        "hong",
        "jeon",
        "ko",
        "moon",
        "yang",
        "son",
        "bae",
        "baek",
        "heo",
        "nam",
        "noh",
        "ha",
    ]
)

# CJK compound (two-character) family names
_CJK_COMPOUND = frozenset(
    [
        "欧阳",
        "歐陽",
        "司马",
        "司馬",
        "诸葛",
        "諸葛",
        "上官",
        "东方",
        "東方",
        "皇甫",
        "尉迟",
        "尉遲",
        "公孙",
        "公孫",
        "慕容",
        "令狐",
        "长孙",
        "長孫",
        "夏侯",
        "轩辕",
        "軒轅",
        "端木",
        "独孤",
        "獨孤",
        "南宫",
        "南宮",
        "西门",
        "西門",
        "司徒",
        "宇文",
        "南宫",
        "남궁",
        "황보",
        "제갈",
        "선우",
        "독고",
        "사공",
        "서문",
        "동방",
        "어금",
        "망절",
        "소봉",
        "황목",
        "강전",
        "을지",
        "钟离",
        "鍾離",
        "呼延",
        "澹台",
        "赫连",
        "赫連",
        "申屠",
        "太史",
        "闻人",
        "聞人",
        "东郭",
        "東郭",
        "百里",
        "万俟",
        "萬俟",
    ]
)


def _org_word_in(tokens: list[str], low: list[str]) -> bool:
    """Whether a token is an organisation's word, not a particle written in lower case that
    spells one ("Iyad ag Ghali": the Tuareg "ag", not "Siemens AG")."""
    return any(
        word in _ORG_WORDS and not (word in PARTICLES and token.islower())
        for token, word in zip(tokens, low, strict=True)
    )


_ORG_WORDS = frozenset(
    [
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "corp",
        "corp.",
        "corporation",
        "company",
        "co.",
        "gmbh",
        "ag",
        "plc",
        "university",
        "universität",
        "université",
        "universidad",
        "institute",
        "institut",
        "instituto",
        "laboratory",
        "laboratories",
        "lab",
        "labs",
        "consortium",
        "collaboration",
        "committee",
        "association",
        "society",
        "foundation",
        "council",
        "department",
        "agency",
        "organization",
        "organisation",
        "team",
        "group",
        "network",
        "initiative",
        "project",
        "centre",
        "center",
        "office",
        "ministry",
        "bureau",
        "board",
        "commission",
        "federation",
        "alliance",
    ]
)


def _key(token: str) -> str:
    return token.lower().replace(".", "")


_SUFFIX_KEYS = SUFFIXES_ANY_CASE | SUFFIXES_CAPITALISED
_NUMERALS = frozenset(k for k in SUFFIXES_ANY_CASE if set(k) <= set("ivx"))


def title_numeral(token: str, low: str) -> bool:
    """A Roman numeral written in title case ("Vi", "Xi"): a given or family name (Vietnamese
    "Vi", Chinese "Xi"), as a generational numeral is written in capitals ("VI")."""
    return low in _NUMERALS and token[:1].isupper() and token[1:2].islower()


def is_suffix(token: str, *, ambiguous: bool = False) -> bool:
    """A name suffix (Jr., III, PhD, MD …); single-letter numerals only if ``ambiguous``."""
    key = _key(token).rstrip(",")
    if key in SUFFIXES_ANY_CASE:
        return not title_numeral(token, key)
    if key in SUFFIXES_CAPITALISED:
        return token[:1].isupper()
    return ambiguous and key in _AMBIGUOUS_ROMAN


def _suffix_low(token: str, low: str) -> bool:
    """Fast :func:`is_suffix` given the lower-cased token."""
    if "." in low or "," in low:
        low = low.replace(".", "").rstrip(",")
    if low not in _SUFFIX_KEYS:
        return False
    if low in SUFFIXES_ANY_CASE:
        return not title_numeral(token, low)
    return token[:1].isupper()


def _is_initial(token: str) -> bool:
    return _INITIAL.fullmatch(token) is not None


def _is_particle(token: str, capital_ok: bool) -> bool:
    low = token.lower()
    if low not in PARTICLES:
        return False
    if token[:1].islower() or token.startswith("'"):
        return True
    return capital_ok and low in CAP_PARTICLES


def _split_initials(tokens: list[str]) -> list[str]:
    """``J.R.R.`` → ``J. R. R.`` (tokens of glued initials, not suffixes, split)."""
    out: list[str] = []
    for tok in tokens:
        if "." in tok and _GLUED_INITIALS.fullmatch(tok) and not is_suffix(tok):
            out.extend(p + "." for p in tok.split(".") if p)
        else:
            out.append(tok)
    return out


_CAPITAL_INITIALS = re.compile(r"(?:[A-Z]\.?[ -]?){1,4}")


def _one_family_word(part: str) -> bool:
    """One word, or one word and a suffix ("Smith Jr." of "Smith Jr., J.R.")."""
    words = part.split()
    return len(words) == 1 or (len(words) == 2 and is_suffix(words[1]))


def _is_suffix_part(part: str, many: bool) -> bool:
    if not part:
        return False
    if many and part in _JR_INITIALS:
        return False  # initials: the suffix is written "Jr." ("Smith, J.R., Jr.")
    key = part.lower().replace(".", "")
    if key == "ph d":
        return True  # "Ph. D."
    if key in SUFFIXES_ANY_CASE:
        return not title_numeral(part, key)  # ("Smith, Vi": a given name)
    if key in SUFFIXES_CAPITALISED and part[:1].isupper():
        return True
    toks = part.split()
    if not toks:
        return True
    # the first word mostly decides: it is tested before a generator is built for the rest
    return is_suffix(toks[0], ambiguous=many) and all(
        is_suffix(t, ambiguous=many) for t in toks[1:]
    )


def _family_start(t: list[str], low: list[str]) -> int:
    m = len(t)
    fs = m - 1
    if fs >= 2 and t[fs] in CONJUNCTIONS:
        fs -= 1
    j = fs - 1
    while j >= 1:
        lw = low[j]
        if (lw in PARTICLES or "-" in lw) and _starts_family(t[j], lw):
            break
        j -= 1
    if j >= 1:
        while j - 1 >= 1 and _starts_family(t[j - 1], low[j - 1]):
            j -= 1
        return j
    while fs - 2 >= 1 and t[fs - 1] in CONJUNCTIONS:
        fs -= 2
    if fs == m - 1 and fs >= 2:
        prev = t[fs - 1]
        lw = low[fs - 1]
        if low[fs] in _KIN_WORDS and t[fs][:1].isupper() and prev[:1].isupper():
            fs -= 1  # "João Pereira Filho": the family name is "Pereira Filho"
        elif prev[:1].isupper() and len(prev) >= 5 and (lw.endswith("ez") or lw in _IBERIAN):
            fs -= 1
        elif _lone_capital(prev) or _gaelic(prev, lw, t[fs]):
            fs -= 1  # the Irish "Ó" of "Seán Ó Faoláin", "Nic", "Mac": the family name's
        elif lw in _MAGHREBI and prev[:1].isupper() and low[0] in _ARABIC_GIVEN:
            fs -= 1  # "Mohamed Ben Romdhane", "Said Ait Ali": after an Arabic given name
        elif lw in _PATRONYMIC and prev[:1].isupper() and t[fs][:1].isupper():
            fs -= 1  # "Sidi Ould Cheikh", "Ziad Abi Saad": after any given name
    return fs


def _gaelic(token: str, low: str, after: str) -> bool:
    """``token`` ("Nic", "Mac", "Ní") begins a Gaelic family name of two words with ``after``."""
    return low in _GAELIC and token[:1].isupper() and after[:1].isupper()


def _lone_capital(token: str) -> bool:
    """A capital letter beyond ASCII standing as a word ("Ó"): not a middle initial, which
    would be written with a period, but the first word of a family name (Irish "Ó")."""
    return len(token) == 1 and not token.isascii() and token.isupper()


def _starts_family(tok: str, lw: str) -> bool:
    """A particle (``van``, capitalised ``Von`` …) or a word hyphen-joined to one
    (``Janssen-van`` in "Joost Janssen-van Dijk")."""
    if lw in PARTICLES:
        return tok[:1].islower() or tok[:1] == "'" or lw in CAP_PARTICLES
    if "-" in lw:
        last = lw.rsplit("-", 1)[1]
        return last in PARTICLES and tok.rsplit("-", 1)[1][:1].islower()
    return False


def _family_parts(tokens: list[str]) -> tuple[str, str]:
    """(particle, family) of a family region: leading lower-case particles split off."""
    k = 0
    last = len(tokens) - 1
    while k < last and tokens[k][:1].islower() and tokens[k].lower() in PARTICLES:
        k += 1
    if k == 0:
        return "", " ".join(tokens)
    return " ".join(tokens[:k]), " ".join(tokens[k:])


# initials written as initials: "J.", "J.R.", "J.-P.", "A.B.C."
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.-?){1,4}")
_JR_INITIALS = frozenset(["J.R.", "J.R", "S.R.", "S.R"])
# letters with dots between them ("J.R.", "I.V", "M.D."): initials, or a degree
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.){1,4}[^\W\d_]\.?")


def _initials_not_suffix(part: str) -> bool:
    """``part`` (after a name's single comma, or in its given names) reads as a suffix
    but is initials: letters with dots between them ("J.R.", "I.V.": the suffixes are
    written "Jr.", "IV"); a degree stays a degree ("M.D.")."""
    return (
        _DOTTED_LETTERS.fullmatch(part) is not None
        and part.lower().replace(".", "") not in SUFFIXES_CAPITALISED
    )


def _jr_initials(tokens: list[str], n: int) -> bool:
    """``tokens[n - 1]``, which reads as the suffix Jr./Sr., is initials: ``J.R.`` (the
    suffix is written "Jr."), or ``JR`` after a family name alone ("Smith JR": Vancouver)."""
    tok = tokens[n - 1]
    if tok in _JR_INITIALS:
        return True
    return n == 2 and tok in ("JR", "SR") and not tokens[0].isupper() and len(tokens[0]) > 1


def _full_word(word: str) -> bool:
    return len(word) > 1 and "." not in word and word[:1].isalpha()


def _family_then_initials(t: list[str], low: list[str]) -> tuple[str, str, str] | None:
    """(given, particle, family) of a name written family name first, then dotted initials
    ("Smith J.R.", "van der Berg J.", "Salas Huamani J.-P."), else None."""
    k = len(t)
    while k > 0 and t[k - 1][:1].isupper() and _DOTTED_INITIALS.fullmatch(t[k - 1]):
        k -= 1
    caps = k == len(t) and _VANCOUVER.fullmatch(t[-1]) is not None  # "van der Berg JA"
    if caps and _key(t[-1]) not in _SUFFIX_KEYS:
        k -= 1
    if k == len(t) or k == 0 or k > 3 or not all(_full_word(w) for w in t[:k]):
        return None
    j = 0
    while j < k - 1 and low[j] in PARTICLES and t[j][:1].islower():
        j += 1
    if not t[j][:1].isupper() or (caps and (j == 0 or j != k - 1)):
        return None
    given = " ".join(ch + "." for ch in t[-1]) if caps else " ".join(_split_initials(t[k:]))
    return given, " ".join(t[:j]), " ".join(t[j:k])


def _split_plain(tokens: list[str], low: list[str]) -> tuple[str, str, str, list[str]]:
    """(given, particle, family, suffixes) of a name without commas."""
    n = len(tokens)
    suffixes: list[str] = []
    # suffixes at the end (Jr., III, PhD, "Ph. D.")
    while n > 1:
        lw = low[n - 1]
        if (
            (lw in _SUFFIX_KEYS or "." in lw or "," in lw)
            and _suffix_low(tokens[n - 1], lw)
            and not _jr_initials(tokens, n)
        ):
            suffixes.insert(0, tokens[n - 1])
            n -= 1
            continue
        if n > 2 and lw in ("d.", "d") and low[n - 2] in ("ph.", "ph"):
            suffixes.insert(0, tokens[n - 2] + " " + tokens[n - 1])
            n -= 2
            continue
        break
    # titles at the front (Dr., Prof., "Secretary of State")
    start = 0
    if n > 1:
        l0 = low[0]
        # _may_be_title(l0), inline: this runs for every name
        if l0 in _TITLE_START or (len(l0) > 3 and "." in l0 and _title_low(l0)):
            start = _strip_titles(low, 0, n)
    if (
        n - start >= 3
        and low[n - 1].rstrip(".") in _AMBIGUOUS_ROMAN
        and not _is_initial(tokens[n - 2])
    ):
        suffixes.insert(0, tokens[n - 1])
        n -= 1
    m = n - start
    if m <= 0:
        return "", "", "", suffixes
    if m == 1:
        return "", "", tokens[start], suffixes
    if start or n != len(tokens):
        t = tokens[start:n]
        low = low[start:n]
    else:
        t = tokens
    if not start and ("." in low[-1] or (len(t) > 2 and t[-1].isupper())):
        initials = _family_then_initials(t, low)
        if initials is not None:
            return (*initials, suffixes)
    first = t[0]
    if m == 2:
        second = t[1]
        if second.isupper() and _VANCOUVER.fullmatch(second):
            if first[:1].isupper() and not first.isupper():
                return " ".join(ch + "." for ch in second), "", first, suffixes  # "Smith JA"
        elif (
            "-" in second
            and low[0] in EAST_ASIAN_SURNAMES
            and _HYPHEN_SYLLABLES.fullmatch(second)
            and not all(p in EAST_ASIAN_SURNAMES for p in low[1].split("-"))
        ):
            return second, "", first, suffixes  # "Li Fei-Fei" (not "Wei Zhou-Zhang")
    if first.isupper() and len(first) >= 3 and _caps_family_first(t):
        k = 1
        while k < m - 1 and t[k].isupper():
            k += 1
        return " ".join(t[k:]), "", " ".join(t[:k]), suffixes  # "DUPONT Jean"
    fs = 1 if m == 2 else _family_start(t, low)
    if fs == m - 1:
        particle, family = "", t[fs]
    else:
        particle, family = _family_parts(t[fs:])
    if fs == 1:
        given = first
        if given.count(".") > 1 and _GLUED_INITIALS.fullmatch(given) and not is_suffix(given):
            given = " ".join(_split_initials(t[:1]))
    else:
        given = " ".join(t[:fs])
        if given.count(".") > 1 and _GLUED_HINT.search(given) is not None:
            given = " ".join(_split_initials(t[:fs]))
    return given, particle, family, suffixes


def _split_short(t: list[str], low: list[str]) -> tuple[str, str, str, str, str] | None:
    """:func:`_split_plain` of the common short names, else None: one word, or two or three
    words of which the last is the family name ("Jane Smith", "Jane Q. Smith", "J. Q. Smith").

    It declines (None) whenever one of _split_plain's other rules might apply: a suffix or
    "Ph. D." at the end, a title at the front, "Smith JA", "Li Fei-Fei", "DUPONT Jean", a
    particle, hyphen or conjunction before the last word, capitals in the last two words
    ("van DUPONT JA"), an Iberian or Gaelic double surname
    ("García Márquez"), glued initials ("J.R. Smith").
    """
    n = len(t)
    if n == 1:
        return "", "", t[0], "", ""
    if n > 3:
        return None
    first, l0, lw = t[0], low[0], low[n - 1]
    if (
        lw in _SUFFIX_KEYS
        or "." in lw
        or "," in lw
        or l0 in _TITLE_START
        or (len(l0) > 3 and "." in l0)
        or (len(first) >= 3 and first.isupper())
    ):
        return None
    if n == 2:
        second = t[1]
        if second.isupper() or ("-" in second and l0 in EAST_ASIAN_SURNAMES):
            return None
        if first.count(".") > 1:
            return None
        return first, "", second, "", ""
    middle, lm = t[1], low[1]
    if (
        lw in _AMBIGUOUS_ROMAN
        or lw == "d"
        or lw in _KIN_WORDS
        or t[2] in CONJUNCTIONS
        or t[2].isupper()  # ("van DUPONT JA": initials after a family name in capitals)
        or (len(middle) >= 3 and middle.isupper())
        or lm in PARTICLES
        or "-" in lm
        or _lone_capital(middle)
        or lm in _GAELIC
        or (lm in _MAGHREBI and l0 in _ARABIC_GIVEN)
        or lm in _PATRONYMIC
        or (len(middle) >= 5 and (lm.endswith("ez") or lm in _IBERIAN) and middle[:1].isupper())
    ):
        return None
    given = first + " " + middle
    if given.count(".") > 1 and _GLUED_HINT.search(given) is not None:
        return None
    return given, "", t[2], "", ""


def _caps_family_first(t: list[str]) -> bool:
    return (
        t[0].replace("-", "").isalpha()
        and not t[-1].isupper()
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in t[1:])
    )


def split_text(text: str) -> tuple[str, str, str, str, str]:
    """Split a free-text name: (given, particle, family, suffix, literal).

    >>> split_text("Dr. Juan Q. Xavier de la Vega III")
    ('Juan Q. Xavier', 'de la', 'Vega', 'III', '')
    >>> split_text("Velasquez y Garcia, Dr. Juan, Jr.")
    ('Juan', '', 'Velasquez y Garcia', 'Jr.', '')
    """
    s = text
    if NICKNAME_MARKS.search(s) is not None:
        if "[" in s:
            s = _BRACKETS_IN_WORD.sub(r"\1", s)  # D[onald] → Donald
        if "(" in s or "[" in s:
            s = _PARENS.sub(" ", s)
        if '"' in s or "“" in s:
            s = _DQUOTED.sub(" ", s)
        if "'" in s:
            s = _SQUOTED.sub(" ", s)
    return split_words(s, text)


def split_words(s: str, text: str) -> tuple[str, str, str, str, str]:
    """:func:`split_text` of ``text`` once its nicknames are dropped (``s``).

    ``s`` is ``text`` when :data:`NICKNAME_MARKS` finds nothing in it.
    """
    if "," not in s:
        tokens = s.split()
        if not tokens:
            return "", "", "", "", ""
        low = s.lower().split()
        if len(tokens) > 1 and not _ORG_WORDS.isdisjoint(low) and _org_word_in(tokens, low):
            return "", "", "", "", " ".join(tokens)
        short = _split_short(tokens, low)
        if short is not None:
            return short
        given, particle, family, plain = _split_plain(tokens, low)
        return given, particle, family, ", ".join(plain), ""
    parts = [p.strip() for p in s.split(",")]
    while parts and not parts[-1]:
        parts.pop()
    while parts and not parts[0]:
        parts.pop(0)
    if not parts:
        return "", "", "", "", ""
    if len(parts) == 1:
        return split_text(parts[0])
    many = len(parts) > 2
    rest = parts[1:]
    # (two parts: the second is not empty, as empty parts at the end are dropped; after a
    # family name alone, capitals are initials, not a numeral: "PAVLOV, VI", "Kim, I.I.";
    # a degree stays a degree: "Andrews, M.D.")
    if (
        (
            _is_suffix_part(parts[1], False)
            and not _initials_not_suffix(parts[1])  # "Salas Huamani, J.R."
            and not (
                _one_family_word(parts[0])
                and _CAPITAL_INITIALS.fullmatch(parts[1])
                and _key(parts[1]).replace(" ", "") not in SUFFIXES_CAPITALISED
            )
        )
        if len(parts) == 2
        else all(_is_suffix_part(p, many) for p in rest if p)
    ):
        tokens = parts[0].split()
        low = parts[0].lower().split()
        if (
            len(tokens) > 1
            and not _ORG_WORDS.isdisjoint(low)
            and not any(is_suffix(p) for p in rest)
        ):
            return "", "", "", "", " ".join(text.split())
        given, particle, family, found = _split_plain(tokens, low)
        found.extend(" ".join(p.split()) for p in rest if p)
        return given, particle, family, ", ".join(found), ""
    extra: list[str] = []
    if len(parts) == 2:
        given_part = parts[1]
    elif all(_is_suffix_part(p, True) for p in parts[2:] if p):
        given_part = parts[1]
        extra = [" ".join(p.split()) for p in parts[2:] if p]
    else:  # BibTeX order: von Last, Jr, First
        given_part = " ".join(p for p in parts[2:] if p)
        if parts[1]:
            extra = [" ".join(parts[1].split())]
    ftoks = parts[0].split()
    suffixes: list[str] = []
    if len(ftoks) > 1:
        while len(ftoks) > 1 and is_suffix(ftoks[-1]):
            suffixes.insert(0, ftoks.pop())
        particle, family = _family_parts(ftoks)
    else:
        particle, family = "", ftoks[0]
    gtoks = given_part.split()
    if len(gtoks) > 1:
        glow = given_part.lower().split()
        start = strip_written_titles(glow)  # ("Hoque, Sheikh Ariful" keeps "Sheikh")
        if start:
            gtoks = gtoks[start:]
        gsuffixes: list[str] = []
        while (
            len(gtoks) > 1 and is_suffix(gtoks[-1]) and not _initials_not_suffix(gtoks[-1])
        ):  # ("Nunes, Leonel J.R.": initials)
            gsuffixes.insert(0, gtoks.pop())
        suffixes.extend(gsuffixes)
    given = " ".join(gtoks)
    if "." in given and _GLUED_HINT.search(given) is not None:
        given = " ".join(_split_initials(gtoks))
    if extra:
        suffixes.extend(extra)
    return given, particle, family, ", ".join(suffixes) if suffixes else "", ""


def split_cjk(text: str) -> tuple[str, str, str]:
    """(given, family, literal) of a name in Han or Hangul script (family name first).

    >>> split_cjk("姚期智")
    ('期智', '姚', '')
    >>> split_cjk("欧阳修")
    ('修', '欧阳', '')
    >>> split_cjk("朱, 德泉")
    ('德泉', '朱', '')
    """
    if text.count(",") == 1:  # "朱, 德泉": family name, comma, given name
        family, given = (part.strip() for part in text.split(","))
        if family and given and " " not in family and " " not in given:
            return given, family, ""
    words = text.split()
    if len(words) == 2:
        return words[1], words[0], ""
    if len(words) > 2:
        return "", "", " ".join(words)
    word = words[0] if words else ""
    if any("\u3040" <= ch <= "\u30ff" for ch in word):
        return "", "", word  # Japanese with kana: no reliable split
    if 2 <= len(word) <= 4 and word[:2] in _CJK_COMPOUND and len(word) >= 3:
        return word[2:], word[:2], ""
    if 2 <= len(word) <= 3:
        return word[1:], word[:1], ""
    return "", "", word
