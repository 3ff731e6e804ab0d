"""biblatex's extended name format (private helper of :mod:`pubrecords.names`).

biber and Better BibLaTeX write a name as a list of ``key=value`` items separated by commas
(biblatex manual, "Name Lists"; biber's ``parsename_x``)::

    family=Walt, given=Stéfan J., prefix=van der, useprefix=true

The keys are biblatex's name parts (``family``, ``given``, ``prefix``, ``suffix``), their
initials (``given-i=``, ``family-i=``, …) and the per-name options (``useprefix``,
``sortingnamekeytemplatename``, ``uniquename``, ``uniquepart``, ``id``); a value may be
braced (``given={Stéfan J.}``) or quoted (``given="Stéfan J."``, or the whole item:
``"given=Stéfan J."``), and braces protect commas (``family={Robert and Sons, Inc.}``).
Key case and the white space around ``=`` do not matter. A name is in the extended format
when every item is ``key=value`` and at least one key is a name part; keys biber does not
know are ignored, as biber ignores them (with a warning).

:func:`split_extended` gives the items as written, :func:`extended_to_bibtex` the classic
BibTeX name of the same parts (LaTeX kept as written), :func:`format_extended` the extended
form of a :class:`~pubrecords.Person`.
"""

from __future__ import annotations

import re

from ..model import Person
from .bibtex import _token_case, balance_braces, braced_whole, split_bibtex

__all__ = [
    "NAME_PARTS",
    "extended_list_to_bibtex",
    "extended_to_bibtex",
    "format_extended",
    "name_spans",
    "split_extended",
    "unbrace",
    "useprefix_value",
]

NAME_PARTS = ("family", "given", "prefix", "suffix")
_PART_SET = frozenset(NAME_PARTS)
_ITEM = re.compile(r"\s*([A-Za-z][A-Za-z-]*)\s*=\s*(.*?)\s*", re.S)
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def _items(text: str, quotes: bool) -> list[str]:
    """``text`` cut at commas outside braces (and, with ``quotes``, outside ``"…"``)."""
    items: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif ch == '"' and quotes and depth == 0 and (i == 0 or text[i - 1] != "\\"):
            quoted = not quoted
        elif ch == "," and depth == 0 and not quoted:
            items.append(text[start:i])
            start = i + 1
    if quoted:  # an unclosed quote is a character, not a delimiter
        return _items(text, False)
    items.append(text[start:])
    return items


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].strip()
    return text


def split_extended(text: str) -> dict[str, str] | None:
    """The items of a name in biblatex's extended format, or None when ``text`` is not one.

    Keys are lower-cased; values are as written less their quotes and outer white space
    (braces kept, LaTeX kept).

        >>> split_extended("family=Walt, given={Stéfan J.}, prefix=van der, useprefix=true")
        {'family': 'Walt', 'given': '{Stéfan J.}', 'prefix': 'van der', 'useprefix': 'true'}
        >>> split_extended("Walt, Stéfan J. van der") is None
        True
    """
    if "=" not in text:
        return None
    out: dict[str, str] = {}
    for item in _items(text, True):
        item = _unquote(item.strip())
        if not item:
            continue
        m = _ITEM.fullmatch(item)
        if m is None:
            return None
        out[m.group(1).lower()] = _unquote(m.group(2))
    if _PART_SET.isdisjoint(out):
        return None
    return out


def unbrace(value: str) -> str:
    """``value`` without one pair of braces around the whole of it."""
    return value[1:-1].strip() if braced_whole(value) else value


def useprefix_value(value: str | None) -> bool | None:
    """biblatex's boolean option value: True, False, or None when absent or unreadable."""
    if value is None:
        return None
    low = unbrace(value).strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    return None


# ---------------------------------------------------------------------------------------
# to classic BibTeX


def _level0_words(text: str) -> list[str]:
    """Words of ``text`` at brace level 0 (braced groups stay inside their word)."""
    words: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        if depth == 0 and ch in " \t\n~":
            if cur:
                words.append("".join(cur))
                cur = []
            continue
        cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words


def _has_level0(text: str, chars: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in chars:
            return True
    return False


def _protect_list(value: str) -> str:
    """Brace a given name or suffix that holds a comma or the word "and" at level 0."""
    if not value or braced_whole(value):
        return value
    if _has_level0(value, ",") or any(w.lower() == "and" for w in _level0_words(value)):
        return "{" + value + "}"
    return value


def _protect_family(family: str, alone: bool) -> str:
    """Brace a family name that BibTeX would split (a lower-case word would become "von")."""
    if not family or braced_whole(family):
        return family
    words = _level0_words(family)
    if (
        _has_level0(family, ",")
        or any(w.lower() == "and" for w in words)
        or any(_token_case(w) for w in words)
        or (alone and len(words) > 1)
    ):
        return "{" + family + "}"
    return family


def _protect_prefix(prefix: str) -> str:
    """Each word of the prefix read as "von": a capital first letter braced (``{V}an``)."""
    out = []
    for word in _level0_words(prefix):
        if not _token_case(word) and word[:1].isalpha():
            word = "{" + word[0] + "}" + word[1:]
        out.append(word)
    return " ".join(out)


def _norm(text: str) -> str:
    return " ".join(text.replace("~", " ").replace(" -", "-").replace("- ", "-").split())


def _classic(given: str, prefix: str, family: str, suffix: str) -> str:
    head = f"{prefix} {family}" if prefix else family
    if suffix:
        return f"{head}, {suffix}, {given}"
    if given:
        return f"{head}, {given}"
    return head


def extended_to_bibtex(text: str) -> str | None:
    """The classic BibTeX name of a name in extended format (None when it is not one).

    The parts stay what they are in BibTeX's grammar: the prefix is BibTeX's "von" part,
    which the standard styles sort and cite with the family name (biblatex's
    ``useprefix=true``); BibTeX has no per-name ``useprefix``, so that option and the
    initials (``given-i``) are dropped. LaTeX and braces are kept as written.

        >>> extended_to_bibtex("family=Walt, given=St{\\\\'e}fan J., prefix=van der, useprefix=true")
        "van der Walt, St{\\\\'e}fan J."
        >>> extended_to_bibtex("given=Ludwig, prefix=Van, family=Beethoven")
        '{V}an Beethoven, Ludwig'
    """
    items = split_extended(text)
    if items is None:
        return None
    given = balance_braces(" ".join(items.get("given", "").split()))
    family = balance_braces(" ".join(items.get("family", "").split()))
    # a braced prefix ({van der}) would be one upper-case token, part of the Last name
    prefix = balance_braces(" ".join(unbrace(items.get("prefix", "")).split()))
    suffix = balance_braces(" ".join(items.get("suffix", "").split()))
    if not family:
        if not (given or suffix or prefix):
            return ""
        family = "{}"  # BibTeX needs a Last part; an empty group keeps the given name given
    g = _protect_list(given)
    s = _protect_list(suffix)
    p = _protect_prefix(prefix) if prefix else ""
    f = _protect_family(family, alone=not (given or suffix or prefix))
    name = _classic(g, p, f, s)
    first, von, last, jr = split_bibtex(name)
    if (_norm(first), _norm(von), _norm(last), _norm(jr)) != (
        _norm(g),
        _norm(p),
        _norm(f),
        _norm(s),
    ) and not braced_whole(f):
        # a case the rules above did not foresee: the family braced keeps it one part
        name = _classic(g, p, "{" + f + "}", s)
    return name


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def name_spans(value: str) -> list[tuple[int, int]]:
    """Where the names of a BibTeX name list are: split at " and " outside braces (linear).

    >>> text = "Knuth, D. and {Barnes and Noble} and others"
    >>> [text[a:b] for a, b in name_spans(text)]
    ['Knuth, D.', '{Barnes and Noble}', 'others']
    """
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in " \t\n\r" and value[i + 1 : i + 4].lower() == "and":
            m = _AND.match(value, i)
            if m is not None:
                spans.append((start, i))
                start = i = m.end()
                continue
        i += 1
    spans.append((start, n))
    return spans


def extended_list_to_bibtex(value: str) -> str | None:
    """A name list (an ``author`` field's text) with its extended-format names written as
    classic BibTeX names; None when it has none (every other name stays as written).

        >>> extended_list_to_bibtex("Roorda, Dirk and family=Heuvel, given=Charles, "
        ...                         "prefix=van den, useprefix=false and others")
        'Roorda, Dirk and van den Heuvel, Charles and others'
    """
    if "=" not in value:
        return None
    out: list[str] = []
    last = 0
    changed = False
    for start, end in name_spans(value):
        name = value[start:end]
        if "=" not in name:
            continue
        classic = extended_to_bibtex(name.strip())
        if classic is None:
            continue
        out.append(value[last:start])
        out.append(classic)
        last = end
        changed = True
    if not changed:
        return None
    out.append(value[last:])
    return "".join(out)


# ---------------------------------------------------------------------------------------
# from a Person


def _value(text: str) -> str:
    """A value written so that the extended format reads it back as it is."""
    if (
        _has_level0(text, ',="')
        or any(w.lower() == "and" for w in text.split())
        or text != text.strip()
    ):
        return "{" + text + "}"
    return text


def format_extended(person: Person) -> str:
    """``family=…, given=…, prefix=…, suffix=…, useprefix=…`` (parts left out when empty).

    >>> format_extended(Person(given="Stéfan J.", particle="van der", family="Walt",
    ...                        useprefix=True))
    'family=Walt, given=Stéfan J., prefix=van der, useprefix=true'
    """
    items = []
    for key, value in (
        ("family", person.family),
        ("given", person.given),
        ("prefix", person.particle),
        ("suffix", person.suffix),
    ):
        if value:
            items.append(f"{key}={_value(value)}")
    if person.useprefix is not None:
        items.append(f"useprefix={'true' if person.useprefix else 'false'}")
    return ", ".join(items)
