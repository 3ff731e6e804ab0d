"""Benchmark: how much of a real .bib file survives a pubrecords round trip (issue #12).

Issue #12, "lossless round trip": reading a BibTeX or biblatex file with
:func:`pubrecords.parse_bibtex` and writing it back with :func:`pubrecords.to_bibtex`, with no
cleaning and no de-duplication (the API equivalent of ``--keep-duplicates --no-clean``), should
give back everything the file had. This script measures how much does, for every ``*.bib`` in
``../shared/corpus`` (relative to the repository root) and in ``tests/fixtures/realbib``.

bibtexparser 2 is the independent reference reader of both the input and the output
(``bibtexparser.parse_string`` with its default middlewares: ``@string`` references resolved,
outer delimiters removed; ``#`` concatenations, which it leaves as written, are resolved here);
values are decoded from LaTeX to Unicode with pylatexenc's ``LatexNodes2Text``. Per file, and
in a total row, it prints:

* entries in / out and the share kept; keys kept (each occurrence of a duplicated key counts);
  entry types kept (lowercased, ``@conference`` counted as ``@inproceedings``);
* field recall: of every (key, field) of the input with a non-empty value, after ``crossref``
  inheritance is resolved the way biber/BibTeX do it (the child inherits the fields it lacks; the
  ``title`` of a ``@book``/``@proceedings``/``@collection``/``@reference`` parent becomes the
  child's ``booktitle``, of an ``@mv*`` parent its ``maintitle``, of a ``@periodical`` its
  ``journaltitle``, unless the parent has that field itself; ``ids``, ``crossref``, ``xref``,
  ``related``, ... are not inherited), the
  share whose value in the output entry of the same key is equal once both are LaTeX-decoded,
  whitespace-normalised and case-folded. The output is resolved the same way, so that a writer
  that keeps ``crossref`` and the parent scores like one that flattens the record. Name lists are
  compared name by name (von+last, jr, first), ``month`` as a month number, and verbatim fields
  (``url``, ``doi``, ``eprint``, ``file``, ...) without decoding, escapes such as ``\\_`` undone;
  with ``--aliases`` a field written under its biber alias (``journal`` for ``journaltitle``,
  ``address`` for ``location``, ...) counts as the same field.
  The fields most often missing or changed are listed under the table (``--examples`` shows
  one input/output pair for each changed field);
* user braces kept: the brace groups ``{...}`` at the top level of an input field value (below
  its outer delimiters) that are not a command's argument, e.g. ``{G}`` and ``{\\"o}`` in
  ``{G}{\\"o}del`` or ``{Scandinavia}``, found verbatim (whitespace-normalised) in the output
  field of the same name and entry (the share for words and for BibTeX "special characters",
  groups that start with a backslash, is printed under the table);
* math kept: every ``$...$``, ``$$...$$``, ``\\(...\\)`` and ``\\ensuremath{...}`` of an input
  field found verbatim (whitespace-normalised) in the output field of the same name and entry;
* ``@string``, ``@preamble`` and ``@comment`` blocks in / out, and the share of the input ones
  whose whitespace-normalised content is found in the output (free text between entries is
  counted too and printed under the table);
* CPU time (best of ``--repeat``, ``time.process_time``) of pubrecords ``parse_bibtex`` +
  ``to_bibtex`` and of bibtexparser ``parse_string`` + ``write_string`` on the same text, and
  their ratio (pubrecords / bibtexparser).

Every share has the input count as its denominator: a missing entry loses all its fields,
braces and math, and a file on which pubrecords raises has the error in its row and loses
everything. ``--speed N`` builds an N-entry file (default 100000) from the entries of the files
by repeating them with fresh keys and times both round trips on it; ``--json PATH`` writes all
figures. :func:`measure_file` returns the figures of one file, for tests.

Run:  .venv/bin/python benchmarks/bench_fidelity.py [FILE ...] [--examples] [--aliases]
          [--repeat 3] [--top 6] [--json PATH] [--speed [N]]
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bibtexparser import model
from bibtexparser.entrypoint import parse_string, write_string  # bibtexparser.parse_string
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from pylatexenc.latex2text import LatexNodes2Text  # type: ignore[import-untyped]

import pubrecords

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
REALBIB = REPO / "tests" / "fixtures" / "realbib"

TYPE_ALIASES = {"conference": "inproceedings"}
# With ``--aliases``: biber's own aliases (biblatex manual, "Field Aliases" and entry type
# aliases), so that a field written under its other name counts as kept.
BIBER_TYPE_ALIASES = {"electronic": "online", "www": "online"}
BIBER_FIELD_ALIASES = {
    "address": "location",
    "annote": "annotation",
    "archiveprefix": "eprinttype",
    "journal": "journaltitle",
    "key": "sortkey",
    "pdf": "file",
    "primaryclass": "eprintclass",
    "school": "institution",
}
NAME_FIELDS = frozenset(
    {
        "author",
        "editor",
        "bookauthor",
        "translator",
        "annotator",
        "commentator",
        "introduction",
        "foreword",
        "afterword",
        "editora",
        "editorb",
        "editorc",
        "holder",
        "shortauthor",
        "shorteditor",
        "namea",
        "nameb",
        "namec",
    }
)
VERBATIM_FIELDS = frozenset(
    {"url", "doi", "eprint", "file", "pdf", "urlraw", "verba", "verbb", "verbc"}
)
# Fields biber never inherits through crossref (biblatex manual, "Data Inheritance").
NOT_INHERITED = frozenset(
    {
        "ids",
        "crossref",
        "xref",
        "entryset",
        "entrysubtype",
        "execute",
        "label",
        "options",
        "presort",
        "related",
        "relatedoptions",
        "relatedstring",
        "relatedtype",
        "shorthand",
        "shorthandintro",
        "sortkey",
    }
)
# Where a parent's title goes in the child, by parent type; such a parent's title fields are
# not inherited as titles.
TITLE_PREFIX = {
    "book": "book",
    "collection": "book",
    "proceedings": "book",
    "reference": "book",
    "mvbook": "main",
    "mvcollection": "main",
    "mvproceedings": "main",
    "mvreference": "main",
    "periodical": "journal",
}
TITLE_FIELDS = ("title", "subtitle", "titleaddon")
NOT_INHERITED_TITLES = frozenset(
    {"title", "subtitle", "titleaddon", "shorttitle", "sorttitle", "indextitle", "indexsorttitle"}
)
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in (*names, str(number), f"{number:02d}")
}

MONTH_MACROS = {
    name[:3]: name.capitalize()
    for name in (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
}

_LATEX = LatexNodes2Text()
_LATEX_KEEP_BRACES = LatexNodes2Text(keep_braced_groups=True)
_ARGUMENT_BEFORE = re.compile(r"\\(?:[A-Za-z@]+\*?\s*|[\"'^`~=.])$")
_ENTRY_HEAD = re.compile(r"^(\s*@\s*\w+\s*[{(]\s*)([^,\s]+)")


# ---------------------------------------------------------------------------------------------
# Reading with the reference reader


@dataclass
class RefEntry:
    """One entry as bibtexparser reads it: lowercased type and field names, raw values."""

    key: str
    type: str
    fields: dict[str, str]


@dataclass
class RefFile:
    """What bibtexparser finds in a text, in file order."""

    entries: list[RefEntry] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)
    preambles: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    failed: int = 0

    def index(self) -> dict[str, RefEntry]:
        """The first entry of each key, under the key and its case-folded form (BibTeX
        matches ``crossref`` keys case-insensitively; an exact match wins)."""
        found: dict[str, RefEntry] = {}
        for entry in reversed(self.entries):
            found[entry.key.casefold()] = entry
        for entry in reversed(self.entries):
            found[entry.key] = entry
        return found


def ws(text: str) -> str:
    """``text`` with every run of whitespace one space, no leading or trailing space."""
    return " ".join(text.split())


def strip_delimiters(value: str) -> str:
    """``value`` without one pair of outer ``{}`` or ``""`` (blocks middlewares did not see)."""
    value = value.strip()
    if len(value) >= 2 and (value[0], value[-1]) in {("{", "}"), ('"', '"')}:
        return value[1:-1]
    return value


def _split_concatenation(value: str) -> list[str]:
    """The parts of a ``#`` concatenation, split outside braces and quotes."""
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for index, char in enumerate(value):
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            parts.append(value[start:index])
            start = index + 1
    parts.append(value[start:])
    return [part.strip() for part in parts]


def resolve_expression(value: str, macros: dict[str, str]) -> str:
    """The text of an unenclosed value: ``@string`` names and ``#`` concatenations resolved.

    bibtexparser leaves these as written. A name that is not defined stays as it is (BibTeX
    would print nothing), the month names ``jan`` ... ``dec`` are BibTeX's predefined macros.

    >>> resolve_expression('apr # "--" # May # {~2}', {})
    'April--May~2'
    """
    parts = _split_concatenation(value)
    if len(parts) == 1 and parts[0].lower() in MONTH_MACROS:
        return parts[0]  # kept as written: compared as a month number anyway
    text: list[str] = []
    for part in parts:
        if len(part) >= 2 and (part[0], part[-1]) in {("{", "}"), ('"', '"')}:
            text.append(part[1:-1])
        else:
            name = part.lower()
            text.append(macros.get(name, MONTH_MACROS.get(name, part)))
    return "".join(text)


def _entry(
    block: model.Entry, macros: dict[str, str], *, raw_values: bool, aliases: bool
) -> RefEntry:
    fields: dict[str, str] = {}
    for item in block.fields:
        value = str(item.value)
        if raw_values:
            value = strip_delimiters(value)
        elif getattr(item, "enclosing", None) == "no-enclosing":
            value = resolve_expression(value, macros)
        name = item.key.lower()
        fields.setdefault(BIBER_FIELD_ALIASES.get(name, name) if aliases else name, value)
    kind = block.entry_type.lower()
    kind = TYPE_ALIASES.get(kind, kind)
    if aliases:
        kind = BIBER_TYPE_ALIASES.get(kind, kind)
    return RefEntry(key=block.key, type=kind, fields=fields)


def read_reference(text: str, *, aliases: bool = False) -> RefFile:
    """Entries and blocks of ``text`` read by bibtexparser 2 (strings resolved, delimiters off).

    What bibtexparser leaves unresolved (concatenations, undefined names) is resolved with
    :func:`resolve_expression`. ``aliases`` renames fields and types to biber's names.

    Entries bibtexparser sets aside as duplicates (same key twice, same field twice) are kept,
    in file order, so that every entry of the file is counted.
    """
    library = parse_string(text)
    macros = {string.key.lower(): str(string.value) for string in library.strings}
    ref = RefFile()
    for block in library.blocks:
        inner = getattr(block, "ignore_error_block", None)
        duplicate = isinstance(block, model.DuplicateBlockKeyBlock | model.DuplicateFieldKeyBlock)
        if isinstance(block, model.Entry):
            ref.entries.append(_entry(block, macros, raw_values=False, aliases=aliases))
        elif duplicate and isinstance(inner, model.Entry):
            ref.entries.append(_entry(inner, macros, raw_values=True, aliases=aliases))
        elif isinstance(block, model.String) or (duplicate and isinstance(inner, model.String)):
            string = block if isinstance(block, model.String) else inner
            assert isinstance(string, model.String)
            ref.strings.append(f"{string.key.lower()} = {ws(strip_delimiters(str(string.value)))}")
        elif isinstance(block, model.Preamble):
            ref.preambles.append(ws(strip_delimiters(str(block.value))))
        elif isinstance(block, model.ExplicitComment):
            ref.comments.append(ws(block.comment))
        elif isinstance(block, model.ImplicitComment):
            if ws(block.comment):
                ref.texts.append(ws(block.comment))
        elif isinstance(block, model.ParsingFailedBlock):
            ref.failed += 1
    return ref


def resolve_crossrefs(ref: RefFile) -> list[dict[str, str]]:
    """The fields of each entry of ``ref`` with what it inherits from its ``crossref`` parent."""
    resolved: list[dict[str, str]] = []
    keys = ref.index()
    for entry in ref.entries:
        fields = dict(entry.fields)
        parent_key = fields.get("crossref", "").strip()
        parent = (keys.get(parent_key) or keys.get(parent_key.casefold())) if parent_key else None
        if parent is not None and parent is not entry:
            inherit(fields, parent)
        resolved.append(fields)
    return resolved


def inherit(child: dict[str, str], parent: RefEntry) -> None:
    """Add to ``child`` the fields it lacks from ``parent`` (one level, as biber and BibTeX).

    A parent's own ``booktitle`` (BibTeX style, as in ``xampl.bib``) wins over its ``title``.
    """
    prefix = TITLE_PREFIX.get(parent.type)
    if prefix is not None:
        for name in TITLE_FIELDS:
            target = prefix + name
            if name in parent.fields and target not in child and target not in parent.fields:
                child[target] = parent.fields[name]
    for name, value in parent.fields.items():
        if name in NOT_INHERITED or name in child:
            continue
        if prefix is not None and name in NOT_INHERITED_TITLES:
            continue
        child[name] = value


# ---------------------------------------------------------------------------------------------
# Comparing values


def _to_text(raw: str, converter: LatexNodes2Text) -> str:
    """``raw`` LaTeX as Unicode; a bare ``%`` is literal (BibTeX reads no comments there)."""
    try:
        return str(converter.latex_to_text(re.sub(r"(?<!\\)%", r"\\%", raw)))
    except Exception:  # pylatexenc gives up on some broken input: compare the raw text
        return raw


@cache
def decode(raw: str) -> str:
    """``raw`` LaTeX as Unicode text, whitespace-normalised and case-folded."""
    return ws(_to_text(raw, _LATEX)).casefold()


@cache
def normalise_names(raw: str) -> str:
    """A name list as ``von last | jr | first`` per name, each part decoded.

    Accents are decoded before the names are split (so that ``I\\~naki`` stays one word)
    but word-protecting braces are kept for the split (``{MicroBooNE Collaboration}``).
    """
    text = _to_text(raw, _LATEX_KEEP_BRACES).replace("\xa0", " ")
    try:
        names = split_multiple_persons_names(text)
    except Exception:
        return decode(raw)
    parts: list[str] = []
    for name in names:
        try:
            split = parse_single_name_into_parts(name, strict=False)
        except Exception:
            parts.append(decode(name))
            continue
        pieces = (" ".join([*split.von, *split.last]), " ".join(split.jr), " ".join(split.first))
        parts.append(" | ".join(decode(piece) for piece in pieces))
    return " and ".join(parts)


def normalise(name: str, raw: str) -> str:
    """The value of field ``name`` in the form two values are compared in."""
    if name in NAME_FIELDS:
        return normalise_names(raw)
    if name in VERBATIM_FIELDS:
        return ws(re.sub(r"\\([_%&#$~])", r"\1", raw)).casefold()
    if name == "month":
        text = decode(raw).rstrip(".")
        return str(MONTHS.get(text, text))
    return decode(raw)


def _closing_brace(text: str, start: int) -> int:
    """Index of the ``}`` that closes the ``{`` at ``start``, or -1."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def brace_groups(raw: str) -> list[str]:
    """Top-level ``{...}`` groups of a field value that are not arguments of a command.

    >>> brace_groups(r'{G}{\\"o}del and \\emph{x} in {Scandinavia}')
    ['{G}', '{\\\\"o}', '{Scandinavia}']
    """
    groups: list[str] = []
    index = 0
    after_argument = -1
    while index < len(raw):
        char = raw[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            end = _closing_brace(raw, index)
            if end == -1:
                break
            argument = index == after_argument or bool(
                _ARGUMENT_BEFORE.search(raw[max(0, index - 40) : index])
            )
            if argument:
                after_argument = end + 1
            else:
                groups.append(raw[index : end + 1])
            index = end + 1
            continue
        index += 1
    return groups


def _find_unescaped(text: str, needle: str, start: int) -> int:
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(needle, index):
            return index
        index += 1
    return -1


def math_spans(raw: str) -> list[str]:
    """Every ``$...$``, ``$$...$$``, ``\\(...\\)`` and ``\\ensuremath{...}`` of a value.

    >>> math_spans(r'A $x^2$ and \\(y\\) cost \\$5, \\ensuremath{\\alpha}')
    ['$x^2$', '\\\\(y\\\\)', '\\\\ensuremath{\\\\alpha}']
    """
    spans: list[str] = []
    index = 0
    while index < len(raw):
        if raw.startswith("\\ensuremath", index):
            brace = index + len("\\ensuremath")
            while brace < len(raw) and raw[brace].isspace():
                brace += 1
            end = _closing_brace(raw, brace) if raw[brace : brace + 1] == "{" else -1
            if end != -1:
                spans.append(raw[index : end + 1])
                index = end + 1
                continue
        if raw.startswith("\\(", index):
            end = raw.find("\\)", index + 2)
            if end != -1:
                spans.append(raw[index : end + 2])
                index = end + 2
                continue
        char = raw[index]
        if char == "\\":
            index += 2
            continue
        if char == "$":
            delimiter = "$$" if raw.startswith("$$", index) else "$"
            end = _find_unescaped(raw, delimiter, index + len(delimiter))
            if end != -1:
                spans.append(raw[index : end + len(delimiter)])
                index = end + len(delimiter)
                continue
        index += 1
    return spans


def _kept(source: Iterable[str], target: Iterable[str]) -> int:
    """How many of ``source`` (with repeats) are in ``target`` (with repeats)."""
    return sum((Counter(source) & Counter(target)).values())


def compare(
    src: RefFile,
    dst: RefFile,
    samples: int = 1,
    repaired: dict[str, set[str]] | None = None,
) -> dict[str, Any]:
    """Every count of the input ``src`` and of what of it ``dst`` (the output) still has.

    ``repaired`` names, per key, the fields a recorded repair changed: those count apart.
    """
    repaired = repaired or {}
    repairs_seen: Counter[str] = Counter()
    src_resolved = resolve_crossrefs(src)
    dst_resolved = resolve_crossrefs(dst)
    slots: dict[str, list[int]] = {}
    for index, entry in enumerate(dst.entries):
        slots.setdefault(entry.key, []).append(index)

    keys_kept = types_kept = 0
    fields_total = fields_kept = empty = 0
    missing: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    examples: dict[str, list[list[str]]] = {}
    in_keys = Counter(entry.key for entry in src.entries)
    renamed = 0
    braces = [0, 0]
    specials = [0, 0]  # groups that start with a backslash: BibTeX's "special characters"
    maths = [0, 0]
    for entry, resolved in zip(src.entries, src_resolved, strict=True):
        free = slots.get(entry.key)
        if not free and in_keys[entry.key] > 1:
            # a repeated key the writer renamed (key-2, key-3, ...; the reader warns)
            for n in range(2, in_keys[entry.key] + 1):
                free = slots.get(f"{entry.key}-{n}")
                if free:
                    renamed += 1
                    break
        match = free.pop(0) if free else None
        out_entry = dst.entries[match] if match is not None else None
        out_fields = dst_resolved[match] if match is not None else {}
        if out_entry is not None:
            keys_kept += 1
            types_kept += out_entry.type == entry.type
        for name, raw in resolved.items():
            want = normalise(name, raw)
            if not want:
                empty += 1
                continue
            got = out_fields.get(name)
            key = out_entry.key if out_entry is not None else entry.key
            if name in repaired.get(key, ()) and (got is None or normalise(name, got) != want):
                repairs_seen[name] += 1
                continue
            fields_total += 1
            if got is None:
                missing[name] += 1
            elif normalise(name, got) == want:
                fields_kept += 1
            else:
                changed[name] += 1
                shown = examples.setdefault(name, [])
                if len(shown) < samples:
                    shown.append([f"{entry.key}: {ws(raw)}", ws(got)])
        mended = repaired.get(out_entry.key if out_entry is not None else entry.key, set())
        for name, raw in entry.fields.items():
            if name in mended and ws(out_fields.get(name, "")) != ws(raw):
                continue  # a repair changed it (counted under "repaired")
            target = ws(out_fields.get(name, ""))
            for group in brace_groups(raw):
                found = ws(group) in target
                braces[0] += 1
                braces[1] += found
                if group.startswith("{\\"):
                    specials[0] += 1
                    specials[1] += found
            for span in math_spans(raw):
                maths[0] += 1
                maths[1] += ws(span) in target

    return {
        "entries": {"in": len(src.entries), "out": len(dst.entries)},
        "keys": {"total": len(src.entries), "kept": keys_kept, "renamed": renamed},
        "types": {"total": len(src.entries), "kept": types_kept},
        "fields": {
            "total": fields_total,
            "kept": fields_kept,
            "missing": sum(missing.values()),
            "changed": sum(changed.values()),
            "empty_skipped": empty,
        },
        "fields_repaired": dict(repairs_seen),
        "braces": {
            "total": braces[0],
            "kept": braces[1],
            "special_total": specials[0],
            "special_kept": specials[1],
        },
        "math": {"total": maths[0], "kept": maths[1]},
        "strings": _blocks(src.strings, dst.strings),
        "preambles": _blocks(src.preambles, dst.preambles),
        "comments": _blocks(src.comments, dst.comments),
        "texts": _blocks(src.texts, dst.texts),
        "reference_failed_blocks": {"in": src.failed, "out": dst.failed},
        "fields_missing": dict(missing.most_common()),
        "fields_changed": dict(changed.most_common()),
        "examples": examples,
    }


def _blocks(source: list[str], target: list[str]) -> dict[str, int]:
    return {"in": len(source), "out": len(target), "kept": _kept(source, target)}


# ---------------------------------------------------------------------------------------------
# Measuring


def read_text(path: Path) -> str:
    """The text of ``path`` (UTF-8, else Latin-1 as older JabRef files are)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def pubrecords_round_trip(text: str, path: str, clean: bool = False) -> str:
    """pubrecords' reading and writing of ``text``: duplicates kept, no cleaning unless
    ``clean`` (the default export's cleaning, without its de-duplication)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pubrecords.to_bibtex(_records(text, path, clean))


def _records(text: str, path: str, clean: bool) -> list[pubrecords.Publication]:
    pubs = pubrecords.parse_bibtex(text, path=path)
    return [pubrecords.clean_publication(p) for p in pubs] if clean else pubs


_VENUES = (
    "journal",
    "journaltitle",
    "booktitle",
    "school",
    "institution",
    "howpublished",
    "series",
)
_REPAIRED_FIELD = {"issue": ("number", "issue"), "venue": _VENUES, "arxiv_id": ("eprint",)}


def repaired_fields(pubs: Sequence[pubrecords.Publication]) -> dict[str, set[str]]:
    """Per key, the BibTeX fields a recorded repair changed (``authors[2]`` -> ``author``)."""
    out: dict[str, set[str]] = {}
    for pub in pubs:
        names: set[str] = set()
        for repair in pub.repairs:
            field = repair.field.split("[", 1)[0].split(".", 1)[-1]
            if field == "authors":
                field = "author"
            names.update(_REPAIRED_FIELD.get(field, (field,)))
        if names and pub.key:
            out[pub.key] = names
    return out


def bibtexparser_round_trip(text: str) -> str:
    """bibtexparser's reading and writing of ``text`` (default middlewares)."""
    return write_string(parse_string(text))


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time (``time.process_time``) of ``repeat`` calls of ``run``."""
    best = math.inf
    for _ in range(max(1, repeat)):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def measure_text(
    text: str,
    path: str = "<text>",
    *,
    repeat: int = 3,
    aliases: bool = False,
    clean: bool = False,
) -> dict[str, Any]:
    """Fidelity and timing figures of one pubrecords round trip of ``text`` (see module doc).

    ``aliases`` counts a field written under its biber alias (``journal`` for
    ``journaltitle``, ``address`` for ``location``, ...) as the same field. ``clean`` runs
    the default export's cleaning between reading and writing; then a field that a
    recorded repair changed counts as "repaired", not as lost.
    """
    error: str | None = None
    output = ""
    repaired: dict[str, set[str]] = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            pubs = _records(text, path, clean)
            repaired = repaired_fields(pubs)
            output = pubrecords.to_bibtex(pubs)
        except Exception as exc:  # any failure of pubrecords is what this benchmark reports
            error = f"{type(exc).__name__}: {exc}"
    result = compare(
        read_reference(text, aliases=aliases),
        read_reference(output, aliases=aliases),
        repaired=repaired,
    )
    result.update(file=Path(path).name, path=path, error=error, warnings=len(caught))
    reference = best_time(lambda: bibtexparser_round_trip(text), repeat)
    own = None if error else best_time(lambda: pubrecords_round_trip(text, path, clean), repeat)
    result["time"] = {
        "pubrecords": own,
        "bibtexparser": reference,
        "ratio": own / reference if own is not None and reference > 0 else None,
    }
    return result


def measure_file(
    path: Path | str, *, repeat: int = 3, aliases: bool = False, clean: bool = False
) -> dict[str, Any]:
    """Fidelity and timing figures of the pubrecords round trip of the file at ``path``."""
    path = Path(path)
    return measure_text(read_text(path), str(path), repeat=repeat, aliases=aliases, clean=clean)


def default_files() -> list[Path]:
    """Every ``*.bib`` of the shared corpus and of ``tests/fixtures/realbib``."""
    return [path for folder in (CORPUS, REALBIB) for path in sorted(folder.glob("*.bib"))]


COUNTED = ("entries", "keys", "types", "fields", "braces", "math")
BLOCKS = ("strings", "preambles", "comments", "texts", "reference_failed_blocks")


def totals(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The sums of the counts of ``results`` (shares of the total are of these sums)."""
    total: dict[str, Any] = {"file": "TOTAL", "error": None}
    for name in (*COUNTED, *BLOCKS):
        summed: Counter[str] = Counter()
        for result in results:
            summed.update(result[name])
        total[name] = dict(summed)
    for name in ("fields_missing", "fields_changed", "fields_repaired"):
        merged: Counter[str] = Counter()
        for result in results:
            merged.update(result[name])
        total[name] = dict(merged.most_common())
    total["errors"] = sum(1 for result in results if result["error"])
    timed = [result["time"] for result in results if result["time"]["pubrecords"] is not None]
    own = sum(t["pubrecords"] for t in timed) if timed else None
    reference = sum(t["bibtexparser"] for t in timed) if timed else None
    total["time"] = {  # over the files pubrecords read, so that the ratio compares like with like
        "pubrecords": own,
        "bibtexparser": reference,
        "ratio": own / reference if own is not None and reference else None,
        "files_timed": len(timed),
    }
    return total


# ---------------------------------------------------------------------------------------------
# Speed on a large file


def build_speed_text(size: int, paths: Sequence[Path]) -> tuple[str, int]:
    """An N-entry text made of the entries of ``paths`` repeated with fresh keys.

    Only files pubrecords reads are used; their ``@string`` definitions come first (the first
    definition of a name wins). Returns the text and the number of distinct source entries.
    """
    strings: dict[str, str] = {}
    pool: list[str] = []
    for path in paths:
        text = read_text(path)
        try:
            pubrecords_round_trip(text, str(path))
        except Exception:
            continue
        library = parse_string(text, parse_stack=[])
        for string in library.strings:
            strings.setdefault(string.key.lower(), string.raw or "")
        pool.extend(entry.raw for entry in library.entries if entry.raw)
    if not pool:
        raise SystemExit("no file pubrecords can read to build the speed file from")
    parts = list(strings.values())
    for index in range(size):
        parts.append(_ENTRY_HEAD.sub(rf"\g<1>\g<2>-{index}", pool[index % len(pool)], count=1))
    return "\n\n".join(parts) + "\n", len(pool)


def run_speed(size: int, paths: Sequence[Path], repeat: int) -> dict[str, Any]:
    """CPU time of both round trips on a ``size``-entry file built from ``paths``."""
    text, sources = build_speed_text(size, paths)
    result: dict[str, Any] = {
        "entries": size,
        "source_entries": sources,
        "bytes": len(text.encode("utf-8")),
        "repeat": repeat,
        "error": None,
    }
    reference = best_time(lambda: bibtexparser_round_trip(text), repeat)
    own: float | None
    try:
        own = best_time(lambda: pubrecords_round_trip(text, "speed.bib"), repeat)
    except Exception as exc:
        own = None
        result["error"] = f"{type(exc).__name__}: {exc}"
    result.update(
        pubrecords=own,
        bibtexparser=reference,
        ratio=own / reference if own is not None and reference > 0 else None,
    )
    return result


# ---------------------------------------------------------------------------------------------
# Printing


def pct(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage, or a dash when there is nothing to count."""
    return "-" if whole == 0 else f"{100 * part / whole:.1f}%"


def _share(counts: dict[str, int]) -> str:
    return pct(counts.get("kept", 0), counts.get("total", 0))


def _block(counts: dict[str, int]) -> str:
    return f"{counts['in']}/{counts['out']} {pct(counts['kept'], counts['in'])}"


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{1000 * seconds:.1f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


HEADER = (
    f"{'file':<28} {'entries':>9} {'kept':>6} {'keys':>6} {'types':>6} {'fields':>6} "
    f"{'braces':>6} {'math':>6}  {'@string':>13} {'@preamble':>11} {'@comment':>11}  "
    f"{'pubrec ms':>9} {'btp ms':>8} {'ratio':>6}"
)


def format_row(result: dict[str, Any]) -> str:
    """One table row of a file's (or the total's) figures."""
    entries = result["entries"]
    times = result["time"]
    row = (
        f"{result['file'][:28]:<28} {entries['in']:>4}/{entries['out']:<4} "
        f"{pct(entries['out'], entries['in']):>6} {_share(result['keys']):>6} "
        f"{_share(result['types']):>6} {_share(result['fields']):>6} "
        f"{_share(result['braces']):>6} {_share(result['math']):>6}  "
        f"{_block(result['strings']):>13} {_block(result['preambles']):>11} "
        f"{_block(result['comments']):>11}  {_ms(times['pubrecords']):>9} "
        f"{_ms(times['bibtexparser']):>8} {_ratio(times['ratio']):>6}"
    )
    if result["error"]:
        row += f"  ! {result['error'][:120]}"
    return row


def _top(counts: dict[str, int], top: int) -> str:
    shown = [f"{name}×{count}" for name, count in list(counts.items())[:top]]
    more = len(counts) - top
    return " ".join(shown) + (f" (+{more} more)" if more > 0 else "") if shown else "-"


def print_report(
    results: Sequence[dict[str, Any]], total: dict[str, Any], *, top: int, examples: bool
) -> None:
    """The table, then the fields each file loses most often and anything else of note."""
    print("Round trip pubrecords.parse_bibtex -> to_bibtex, read back by bibtexparser 2 (#12)")
    print("shares are of the input; @blocks are in/out kept%; ratio = pubrecords / bibtexparser")
    print()
    print(HEADER)
    print("-" * len(HEADER))
    for result in results:
        print(format_row(result))
    print("-" * len(HEADER))
    print(format_row(total))
    print()
    print(f"Fields most often lost (top {top}; missing = absent in the output entry):")
    for result in (*results, total):
        fields = result["fields"]
        print(
            f"  {result['file']}: {fields['missing']} missing, {fields['changed']} changed"
            f" of {fields['total']}"
        )
        print(f"      missing: {_top(result['fields_missing'], top)}")
        print(f"      changed: {_top(result['fields_changed'], top)}")
        notes = []
        braces = result["braces"]
        if braces["special_total"]:
            words = braces["total"] - braces["special_total"]
            notes.append(
                f"braces: words {pct(braces['kept'] - braces['special_kept'], words)} of {words},"
                f' special characters like {{\\"o}} '
                f"{pct(braces['special_kept'], braces['special_total'])} of {braces['special_total']}"
            )
        texts = result["texts"]
        if texts["in"]:
            notes.append(f"free text between entries {_block(texts)}")
        failed = result["reference_failed_blocks"]
        if failed["in"] or failed["out"]:
            notes.append(
                f"blocks bibtexparser could not parse: {failed['in']} in, {failed['out']} out"
            )
        if result.get("warnings"):
            notes.append(f"warnings from pubrecords: {result['warnings']}")
        if result["fields"].get("empty_skipped"):
            notes.append(f"{result['fields']['empty_skipped']} empty fields not counted")
        mended = result.get("fields_repaired") or {}
        if mended:
            listed = " ".join(f"{k}×{v}" for k, v in sorted(mended.items(), key=lambda kv: -kv[1]))
            notes.append(f"changed by a recorded repair: {listed}")
        if notes:
            print(f"      note: {'; '.join(notes)}")
        if examples and result is not total:
            for name in list(result["fields_changed"])[:top]:
                for before, after in result["examples"].get(name, []):
                    print(f"      {name}: {before[:90]!r}")
                    print(f"      {' ' * len(name)}  -> {after[:90]!r}")


def print_speed(speed: dict[str, Any]) -> None:
    """The figures of ``--speed``."""
    print()
    print(
        f"Speed: {speed['entries']} entries ({speed['bytes'] / 1e6:.1f} MB) built from "
        f"{speed['source_entries']} corpus entries with fresh keys; best of {speed['repeat']}, "
        "CPU time"
    )
    own = speed["pubrecords"]
    print(f"  pubrecords   parse_bibtex + to_bibtex      {_seconds(own)}")
    print(f"  bibtexparser parse_string + write_string   {_seconds(speed['bibtexparser'])}")
    print(f"  ratio pubrecords / bibtexparser            {_ratio(speed['ratio'])}")
    if speed["error"]:
        print(f"  ! {speed['error'][:200]}")


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:8.2f} s"


def main(argv: Sequence[str] | None = None) -> int:
    """Measure the files, print the table and write the JSON asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="files (default: the corpora)")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs, best kept")
    parser.add_argument("--top", type=int, default=6, help="lost fields listed per file")
    parser.add_argument(
        "--examples", action="store_true", help="show an input/output pair per changed field"
    )
    parser.add_argument(
        "--aliases",
        action="store_true",
        help="count a field or type written under its biber alias (journal/journaltitle, ...)",
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="clean the records between reading and writing (the default export without "
        "its de-duplication); fields a recorded repair changed count apart",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write all figures here")
    parser.add_argument(
        "--speed",
        type=int,
        nargs="?",
        const=100_000,
        default=0,
        metavar="N",
        help="also time both round trips on an N-entry file (default N: 100000)",
    )
    args = parser.parse_args(argv)
    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)  # malformed blocks are counted
    paths = args.files or default_files()
    if not paths:
        print("no .bib files found", file=sys.stderr)
        return 1
    results = [
        measure_file(path, repeat=args.repeat, aliases=args.aliases, clean=args.clean)
        for path in paths
    ]
    total = totals(results)
    print_report(results, total, top=args.top, examples=args.examples)
    speed = run_speed(args.speed, paths, args.repeat) if args.speed > 0 else None
    if speed is not None:
        print_speed(speed)
    if args.json:
        figures = {"files": results, "total": total, "speed": speed}
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
