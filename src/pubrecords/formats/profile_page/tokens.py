"""How name-like a single word is, by its spelling: a character n-gram model of real data.

Two character language models (n <= :data:`MAX_N`, interpolated Witten-Bell), one of the
given and family names of real author lists, one of the words of real titles and
abstracts, built by ``benchmarks/build_token_model.py`` into ``data/token_ngrams.txt``
(n-gram counts only). :func:`name_llr` is the log-likelihood ratio of a word under the
two: positive for "Wiśniewska", negative for "Harvesting".
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from unidecode import unidecode

MAX_N = 4
START, END = "^", "$"
_NOT_LETTER = re.compile("[^a-z]+")


def token_key(word: str) -> str:
    """A word as the model sees it: lower-case ASCII letters only ("O'Brien" -> "obrien")."""
    low = word.lower() if word.isascii() else unidecode(word).lower()
    return _NOT_LETTER.sub("", low)


def grams(key: str) -> list[str]:
    """Every n-gram (n <= MAX_N) of ``key`` marked at both ends, but the lone start mark."""
    marked = START + key + END
    out = []
    for end in range(2, len(marked) + 1):
        for n in range(1, MAX_N + 1):
            if end - n < 0:
                break
            out.append(marked[end - n : end])
    return out


class _Model:
    """One class's counts: n-gram -> count, history -> (total count, distinct followers)."""

    __slots__ = ("counts", "histories", "total", "vocab")

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        histories: dict[str, list[int]] = {}
        total = 0
        for gram, count in counts.items():
            if len(gram) == 1:
                total += count
            else:
                entry = histories.setdefault(gram[:-1], [0, 0])
                entry[0] += count
                entry[1] += 1
        self.histories = {h: (c, t) for h, (c, t) in histories.items()}
        self.total = total
        self.vocab = sum(1 for g in counts if len(g) == 1) + 1

    def logprob(self, key: str) -> float:
        marked = START + key + END
        counts, histories = self.counts, self.histories
        result = 0.0
        for end in range(2, len(marked) + 1):
            char = marked[end - 1]
            p = (counts.get(char, 0) + 1.0) / (self.total + self.vocab)
            for n in range(2, MAX_N + 1):
                if end - n < 0:
                    break
                history = marked[end - n : end - 1]
                seen = histories.get(history)
                if seen is None:
                    break
                size, kinds = seen
                p = (counts.get(history + char, 0) + kinds * p) / (size + kinds)
            result += math.log(p)
        return result


@lru_cache(maxsize=1)
def _models() -> tuple[_Model, _Model]:
    text = (resources.files("pubrecords") / "data" / "token_ngrams.txt").read_text(encoding="utf-8")
    names: dict[str, int] = {}
    titles: dict[str, int] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        gram, in_names, in_titles = line.split("\t")
        if in_names != "0":
            names[gram] = int(in_names)
        if in_titles != "0":
            titles[gram] = int(in_titles)
    return _Model(names), _Model(titles)


@lru_cache(maxsize=65536)
def name_llr(word: str) -> float:
    """log P(word | name) - log P(word | title word), by spelling alone (0.0 for no letters)."""
    key = token_key(word)
    if not key:
        return 0.0
    names, titles = _models()
    return names.logprob(key) - titles.logprob(key)


PAST_LLR = -4.0  # (real family names in "-ed" are spelled as names: "Medjahed" -2.9)


def past_form(word: str) -> bool:
    """A word of six letters or more in "-ed" spelled as real titles' words, not as real
    names (:func:`name_llr` below :data:`PAST_LLR`): a verb's past form ("Revisited",
    "Untangled"), which ends titles ("Sea Ice Drift Revisited") and no person's or body's
    name; family names in "-ed" ("Mohamed", "Wilfried", "Majeed") are spelled as names."""
    return (
        len(word) >= 6
        and word.isalpha()
        and word[-2:].lower() == "ed"
        and name_llr(word) < PAST_LLR
    )
