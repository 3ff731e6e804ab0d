"""Which short author lines name a body (an organisation) rather than a person, by the
closed classes of words bodies name themselves with: kind words last ("Team"), first in
other languages ("Stichting"), "KIND of/for …", legal forms, facilities, plural nouns of
people, company words after a coined word, an acronym alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import english_word
from .words import (
    ARTICLES_FIRST,
    BAD_NAME,
    CJK_ORG_ENDS,
    CJK_RUN,
    COMPANY_END,
    FACILITY_END,
    FOREIGN_INNER,
    FOREIGN_ONLY_INNER,
    KIND_COMPOUND_ENDS,
    LEGAL_FIRST,
    LEGAL_FORMS,
    ORG_END,
    ORG_END_OTHER,
    ORG_INNER,
    ORG_START,
    ORG_START_ENGLISH_TOO,
    ORG_START_OF,
    PEOPLE_PLURAL,
    fold,
    vocabulary,
)


def is_organisation(tokens: Sequence[str]) -> bool:
    """Does a short line of capitalised words name a body? By its last word: a kind word
    ("Team", "Survey", "Limited"; it may follow a number or code: "1000 Genomes Project
    Consortium"), a legal form as written ("SARL", "Sdn. Bhd."), or, with no known given
    name before it, a facility ("Station", "Farm") or a plural noun of people
    ("Volunteers", "Lampworkers") or a collective one ("Crew"), or a company word after
    a word that is no common title word ("Helio Systems"); by a kind word first in another
    language ("Stichting …", "Max-Planck-Institut für …") or last ("… Gesellschaft"); by a
    legal form first ("PT …", "OOO …"); by "KIND of/for …" in its first three words
    ("International Union for …"); or as an acronym alone ("NOAA"). A
    bracketed acronym after the name ("… Consortium (DCIC)") changes nothing; a line of
    two bodies joined by a comma ("… Field Team, Ministry of …") is one, and so is a
    company's name before its legal form ("Barnes and Noble, Inc."), and a bracketed
    acronym may stand before the place a body works in ("Cash Working Group (CWG) Yemen")."""
    n = len(tokens)
    for i, tok in enumerate(tokens[:-1]):  # "… Field Team, Ministry of …": a body, its parent
        if tok.endswith(",") and i > 0:
            first = [*tokens[:i], tok[:-1]]
            rest = tokens[i + 1 :]
            if _legal_after_comma(rest):  # "Barnes and Noble, Inc."
                return all(t[:1].isupper() or t.lower() in ORG_INNER for t in first)
            if not is_organisation(first):
                return False
            return is_organisation(rest) or _place_after_comma(rest)
    if n > 2 and _BRACKETED.fullmatch(tokens[-1]):  # "… Consortium (DCIC)"
        return is_organisation(tokens[:-1])
    if (  # "Cash Working Group (CWG) Yemen"
        n > 3
        and _BRACKETED.fullmatch(tokens[-2])
        and tokens[-1][:1].isupper()
        and is_organisation(tokens[:-2])
    ):
        return True

    if n == 1:  # an acronym alone ("NOAA", "CERN"), or a body in CJK script ("…研究中心")
        tok = tokens[0]
        if not tok.isascii():
            return _cjk_body(tok)
        return 3 <= len(tok) <= 8 and tok.isalpha() and tok.isupper()
    if not 2 <= n <= 12:
        return False
    if _kind_first(tokens[0]):  # (as long as Romance languages name them: twelve words)
        return _foreign_body(tokens)
    if n > 8:
        return False
    last = tokens[-1].lower()
    if _kind_last(tokens[-1]):
        return _foreign_body(tokens)
    if n > 2 and _kind_first(tokens[1]) and _foreign_adjective(tokens[0]):
        return _foreign_body(tokens)  # an adjective or article first ("Landelijk Netwerk …")
    if (  # ("Red Ciudadana de …", not "Red Tides"; "Red River … Partnership" as below)
        fold(tokens[0]) in ORG_START_ENGLISH_TOO
        and any(tok in FOREIGN_ONLY_INNER for tok in tokens)
        and _foreign_body(tokens)
    ):
        return True
    if tokens[0] in LEGAL_FIRST and (n > 2 or len(tokens[0]) > 2):  # ("PT Gunung Survei")
        return _foreign_body(tokens)
    for k in range(min(3, n - 2)):  # "Ministry of …", "International Union for …"
        if fold(tokens[k]) in ORG_START_OF and tokens[k + 1] in ("of", "for", "on"):
            return all(tok[:1].isupper() for tok in tokens[:k]) and _foreign_body(tokens)
    legal = tokens[-1] in LEGAL_FORMS or tokens[-1].rstrip(".") in LEGAL_FORMS  # ("Bhd.")
    people = last in PEOPLE_PLURAL or _people_compound(last)
    company = last in COMPANY_END or last in FACILITY_END or people
    if not company and last not in ORG_END and not legal:
        return False
    for i, tok in enumerate(tokens):
        if (i > 0 and (tok.lower() in ORG_INNER or tok in FOREIGN_INNER)) or (legal and i == n - 1):
            continue
        if last in ORG_END and _ORG_CODE.fullmatch(tok):
            continue  # ("1000 Genomes Project Consortium", "COVID-19 … (COG-UK) Consortium")
        if not tok[0].isupper() or BAD_NAME.search(tok.rstrip(".")):
            return False
    if tokens[-2].lower() in ORG_INNER:
        return False
    if last in FACILITY_END or people:
        given = vocabulary()[1]
        return not any(fold(tok) in given for tok in tokens[:-1])
    if company:
        vocab, given = vocabulary()
        return any(
            (key := fold(tok)) not in vocab and key not in given and tok.lower() not in ORG_INNER
            for tok in tokens[:-1]
        )
    return True


def _cjk_body(token: str) -> bool:
    """A body named in Chinese, Japanese or Korean script, its kind word last and at least
    two characters before it ("雪氷化学観測グループ", "빙하연구팀"; not a name)."""
    return CJK_RUN.fullmatch(token) is not None and any(
        token.endswith(end) and len(token) >= len(end) + 2 for end in CJK_ORG_ENDS
    )


def _foreign_adjective(token: str) -> bool:
    """A first word that may be another language's adjective before a body's kind word
    ("Landelijk", "Verloskundig"): no known given name, and no English word ("A
    Programme …", "The Centro …": an English title's)."""
    key = fold(token)
    if key in ARTICLES_FIRST:  # ("Te Rōpū …", "Il Gruppo …")
        return True
    title_words, given = vocabulary()
    return key not in given and key not in title_words and not english_word(key)


def _place_after_comma(rest: Sequence[str]) -> bool:
    """The place a body works in, after a comma: a capitalised word that is no common
    title word nor a known given name ("…, Machakos", "…, Kiribati"), or a word and a
    numeral ("…, Region VII")."""
    if len(rest) == 2 and (rest[1].isdigit() or _ROMAN.fullmatch(rest[1])):
        return rest[0].isalpha() and rest[0][:1].isupper()
    if len(rest) != 1 or not (rest[0].isalpha() and rest[0][:1].isupper()):
        return False
    key = fold(rest[0])
    title_words, given = vocabulary()
    return key not in given and key not in title_words


_ROMAN = re.compile("[IVX]{1,5}")


def _legal_after_comma(rest: Sequence[str]) -> bool:
    """A company's legal form alone after a comma ("…, Inc.", "…, Ltd", "…, S.A.")."""
    if len(rest) != 1:
        return False
    tok = rest[0]
    return tok in LEGAL_FORMS or tok.rstrip(".") in LEGAL_FORMS or tok.lower() in _COMMA_LEGAL


_COMMA_LEGAL = frozenset(["inc.", "inc", "ltd.", "ltd", "llc", "l.l.c.", "corp.", "co."])


def _kind_first(token: str) -> bool:
    """A kind word that opens a body's name in another language ("Stichting",
    "Max-Planck-Institut", "Forschungsgruppe")."""
    key = fold(token.rsplit("-", 1)[-1])
    return key in ORG_START or (len(key) >= 9 and _kind_compound(key))


def _kind_last(token: str) -> bool:
    """A kind word that ends a body's name in another language ("… Gesellschaft",
    "… tutkimusryhmä")."""
    key = fold(token)
    return key in ORG_END_OTHER or (len(key) >= 9 and _kind_compound(key))


@lru_cache(maxsize=65536)
def _kind_compound(key: str) -> bool:
    """A folded word run together with a kind word at its end ("forschungsgruppe")."""
    return any(key.endswith(end) and len(key) - len(end) >= 4 for end in KIND_COMPOUND_ENDS)


# A word in a body's name that starts in lowercase as its language writes it: an elided
# article ("de l'Itasy", "dell'Ambiente") or an Irish initial mutation ("na gCnáimhseach",
# "na hÉireann", "an t-Ionad")
_JOINED_LOWER = re.compile(
    r"(?:[ld]|dell|all|dall|nell|sull|[nt]-|bh|[mgndbh])['’]?(?<=['’-]|[a-z])[A-ZÀ-ÖØ-Þ]"
)


# A number, a code with a number ("COVID-19", "PM2.5"), an acronym in brackets ("(COG-UK)")
# or a ship's prefix ("R/V") in a body's name
_ORG_CODE = re.compile(r"\d+|[A-Z][A-Za-z]*-?\d+(?:\.\d+)?|\([A-Z][A-Z\d\-]*\)|[A-Z]/[A-Z]")
# An acronym in brackets after a body's name ("(DCIC)", "(COG-UK)")
# ("(HiReM)": two capitals at least)
_BRACKETED = re.compile(r"\((?=[^)]*[A-Z][^)]*[A-Z])[A-Z][A-Za-z\d&\-]{1,11}\)")


def _foreign_body(tokens: Sequence[str]) -> bool:
    """A line of a body named in another language ("Stichting Veenwater", "Verein für
    Moorschutz"): capitalised words and the lowercase words that join them."""
    if tokens[-1].lower() in FOREIGN_INNER:
        return False
    if len(tokens) > 2 and tokens[-1] in LEGAL_FORMS:  # ("… Gebarentaal vzw")
        tokens = tokens[:-1]
    return all(
        tok[:1].isupper()
        or (
            i > 0
            and (
                tok in FOREIGN_INNER
                or _ORG_CODE.fullmatch(tok) is not None
                or _JOINED_LOWER.match(tok) is not None
            )
        )
        for i, tok in enumerate(tokens)
    ) and not any(
        BAD_NAME.search(tok.rstrip(".")) and not _ORG_CODE.fullmatch(tok) for tok in tokens
    )


def _people_compound(last: str) -> bool:
    """A plural noun of people run together with what they work on ("lampworkers",
    "glassworkers", "beekeepers", "peatcutters")."""
    return len(last) >= 9 and any(
        last.endswith(word) and len(last) - len(word) >= 3 for word in _COMPOUND_PEOPLE
    )


# (not "makers", "smiths": Dutch and English family names end so, "Schoenmakers")
_COMPOUND_PEOPLE = ("workers", "keepers", "growers", "cutters")


def sentence_case_body(tokens: Sequence[str]) -> bool:
    """An author line of a body named in another language in sentence case, as French
    writes them ("Réseau québécois de dépistage auditif néonatal", "Institut national de
    la recherche"): a kind word first (no given name is one) and a lowercase word that
    joins no name. Only to keep an author line whole: a title may have the shape too."""
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return False
    # the kind word last, in lowercase ("Vilniaus perinatologijos tyrimų grupė"), or first
    kind_last = tokens[-1][:1].islower() and _kind_last(tokens[-1])
    if not kind_last and (len(tokens) < 3 or not _kind_first(tokens[0])):
        return False
    return any(
        tok[:1].islower() and tok not in FOREIGN_INNER and tok.isalpha() for tok in tokens[1:]
    ) and not any(BAD_NAME.search(tok.rstrip(".")) for tok in tokens)
