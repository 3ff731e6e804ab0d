"""Completing records from hooks (online sources or other records), accepting only verified data."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any, Literal

import attrs

from ..errors import OnlineError
from ..model import Kind, Person, Publication, Repair, Source
from ..names import best_variant
from ..progress import ProgressCallback
from ..progress import report as _progress
from .verify import (
    _ARXIV_DOI,
    _IDENTITY_FIELDS,
    COMPLETABLE_FIELDS,
    Hook,
    Verdict,
    _AuthorIndex,
    _compact_len,
    _ids,
    _names,
    _norm_doi,
    _ordered_match,
    normalize_title,
    verify_candidate,
)

__all__ = ["CompletionEntry", "CompletionReport", "complete", "from_records", "missing_fields"]


# --------------------------------------------------------------------------- report


Outcome = Literal["accepted", "matched", "rejected", "error"]


@attrs.frozen
class CompletionEntry:
    """One decision of :func:`complete`.

    ``index`` is the record's position in the input, ``source`` the hook's name,
    ``outcome`` one of ``accepted`` (it filled ``fields``), ``matched`` (the same
    work, but it had nothing better), ``rejected`` (not verifiably the same work:
    ``reason`` says why) and ``error`` (the hook failed: an :class:`OnlineError`).
    """

    index: int
    title: str
    source: str
    outcome: Outcome
    reason: str
    fields: tuple[str, ...] = ()
    candidate: str = ""


@attrs.define
class CompletionReport:
    """What :func:`complete` did: pass one as ``report=`` and read it afterwards.

    ``entries`` lists every decision in order; ``still_missing`` maps record indices
    to the fields nothing could fill.

        >>> r = CompletionReport()
        >>> r.summary()
        '0 record(s): 0 accepted, 0 rejected, 0 error(s)'
    """

    entries: list[CompletionEntry] = attrs.field(factory=list)
    still_missing: dict[int, tuple[str, ...]] = attrs.field(factory=dict)
    records: int = 0

    @property
    def accepted(self) -> list[CompletionEntry]:
        """Candidates that filled something."""
        return [e for e in self.entries if e.outcome == "accepted"]

    @property
    def rejected(self) -> list[CompletionEntry]:
        """Candidates refused, with the reason."""
        return [e for e in self.entries if e.outcome == "rejected"]

    @property
    def errors(self) -> list[CompletionEntry]:
        """Hooks that failed (network, HTTP status, malformed answer)."""
        return [e for e in self.entries if e.outcome == "error"]

    def for_record(self, index: int) -> list[CompletionEntry]:
        """The decisions about record ``index``."""
        return [e for e in self.entries if e.index == index]

    def summary(self) -> str:
        """One line: records seen, candidates accepted and rejected, errors."""
        return (
            f"{self.records} record(s): {len(self.accepted)} accepted, "
            f"{len(self.rejected)} rejected, {len(self.errors)} error(s)"
        )


# --------------------------------------------------------------------------- filling


def missing_fields(pub: Publication, fields: Collection[str] = COMPLETABLE_FIELDS) -> set[str]:
    """The fields of ``pub`` that completion could fill (restricted to ``fields``).

    >>> from pubrecords import Publication
    >>> sorted(missing_fields(Publication(title="T", abstract="Cut", abstract_complete=False,
    ...                                   year=2020, venue="V", doi="10.1/x", arxiv_id="1.2")))
    ['abstract', 'authors']
    """
    out: set[str] = set()
    if pub.abstract is None or not pub.abstract_complete:
        out.add("abstract")
    if not pub.authors or not pub.authors_complete or (pub.hidden_authors or 0) > 0:
        out.add("authors")
    for name in ("year", "venue", "doi", "arxiv_id"):
        if getattr(pub, name) is None:
            out.add(name)
    return out & set(fields)


def _hook_name(hook: Hook) -> str:
    name = getattr(hook, "name", None)
    if isinstance(name, str) and name:
        return name
    name = getattr(hook, "__name__", None)
    if isinstance(name, str) and name and name != "<lambda>":
        return name
    return type(hook).__name__


def _candidate_label(c: Publication) -> str:
    label = c.title
    ident = c.doi or c.arxiv_id or c.key
    return f"{label} [{ident}]" if ident else label


def _is_preprint(p: Publication) -> bool:
    return p.kind == Kind.PREPRINT


def _apply(
    ours: Publication,
    cand: Publication,
    verdict: Verdict,
    source: str,
    wanted: set[str],
) -> tuple[Publication, list[str], list[str]]:
    """Fill what ``cand`` can; return (record, fields filled, notes on fields refused)."""
    action = f"complete-from-{source}"
    repairs: list[Repair] = []
    changes: dict[str, Any] = {}
    filled: list[str] = []
    notes: list[str] = []
    why = verdict.reason

    if "abstract" in wanted and cand.abstract and cand.abstract.strip():
        new = " ".join(cand.abstract.split())
        if normalize_title(new) == normalize_title(ours.title):
            notes.append("abstract only repeats the title")
        elif ours.abstract is None:
            changes.update(abstract=new, abstract_complete=cand.abstract_complete)
            repairs.append(Repair("abstract", action, "", new, why))
            filled.append("abstract")
        elif verdict.abstract_ok and _compact_len(new) > _compact_len(ours.abstract):
            changes.update(abstract=new, abstract_complete=cand.abstract_complete)
            repairs.append(Repair("abstract", action, ours.abstract, new, why))
            filled.append("abstract")
        else:
            notes.append("abstract no longer than ours")

    if "authors" in wanted and cand.authors:
        merged = _merge_authors(ours, cand)
        if isinstance(merged, str):
            notes.append(merged)
        else:
            people, complete_now = merged
            changes.update(
                authors=people,
                authors_complete=complete_now,
                hidden_authors=None if complete_now else _left_hidden(ours, people),
            )
            repairs.append(Repair("authors", action, _names(ours.authors), _names(people), why))
            repairs.extend(_name_repairs_kept(cand, people, source))
            filled.append("authors")

    identity_ok = not verdict.version
    for name in ("year", "venue", "doi", "arxiv_id"):
        if name not in wanted:
            continue
        value = getattr(cand, name)
        if value is None or value == "":
            continue
        if name in _IDENTITY_FIELDS and not identity_ok:
            notes.append(f"{name} belongs to another version")
            continue
        if (
            name in ("year", "venue")
            and _is_preprint(cand)
            and ours.kind not in (Kind.PREPRINT, Kind.UNKNOWN)
        ):
            notes.append(f"{name} of a preprint not used for a {ours.kind.value}")
            continue
        if name == "doi" and _ARXIV_DOI.match(_norm_doi(str(value)) or ""):
            notes.append("arXiv DOI not used as the DOI")
            continue
        changes[name] = value
        repairs.append(Repair(name, action, "", str(value), why))
        filled.append(name)

    if not filled:
        return ours, [], notes
    detail = "filled " + ", ".join(filled)
    if cand.url:
        detail += f" from {cand.url}"
    src_key = cand.key or cand.doi or cand.arxiv_id
    provenance = (*ours.provenance, Source(origin=source, key=src_key, detail=detail))
    updated = attrs.evolve(
        ours,
        repairs=(*ours.repairs, *repairs),
        provenance=provenance,
        **changes,
    )
    return updated, filled, notes


def _name_repairs_kept(cand: Publication, people: Sequence[Person], source: str) -> list[Repair]:
    """The repairs the source made reading the names now in our list (``authors[i]``: a
    title dropped, an accent restored), for the people taken from it as it spelled them."""
    out: list[Repair] = []
    for r in cand.repairs:
        if not r.field.startswith("authors["):
            continue
        try:
            i = int(r.field[8:-1])
        except ValueError:
            continue
        if 0 <= i < len(people) and i < len(cand.authors) and people[i] is cand.authors[i]:
            out.append(Repair(r.field, r.action, r.before, r.after, f"{source}: {r.reason}"))
    return out


def _left_hidden(ours: Publication, people: Sequence[Person]) -> int | None:
    if ours.hidden_authors is None:
        return None
    return max(0, ours.hidden_authors - (len(people) - len(ours.authors)))


def _merge_authors(ours: Publication, cand: Publication) -> tuple[tuple[Person, ...], bool] | str:
    """The candidate's author list with our better spellings, or why it is refused."""
    theirs = cand.authors
    if not ours.authors:
        return tuple(theirs), cand.authors_complete
    if len(theirs) <= len(ours.authors):
        return "author list no longer than ours"
    positions = _ordered_match(ours.authors, _AuthorIndex(theirs))
    if positions is None:
        return "our authors are not an ordered part of theirs"
    people = list(theirs)
    for mine, i in zip(ours.authors, positions, strict=True):
        try:
            people[i] = best_variant([mine, theirs[i]])
        except Exception:  # names module not ready: keep ours
            people[i] = mine
    return tuple(people), cand.authors_complete


def complete(
    pubs: Iterable[Publication],
    hooks: Iterable[Hook],
    *,
    report: CompletionReport | None = None,
    progress: ProgressCallback | None = None,
    fields: Collection[str] = COMPLETABLE_FIELDS,
) -> list[Publication]:
    """Fill cut abstracts, hidden authors and missing metadata from verified candidates.

    Returns the records in the input order (same length). Each record that lacks
    something (:func:`missing_fields`, restricted to ``fields``) is offered to the
    hooks in order; each candidate is checked with :func:`verify_candidate` and, if
    it is the same work, fills only what is missing or cut. A hook with a
    ``provides`` attribute (a set of field names) is skipped for records that need
    none of them. An :class:`~pubrecords.errors.OnlineError` from a hook is
    reported (outcome ``error``) and the run goes on. Decisions go to ``report``.

    >>> from pubrecords import Publication
    >>> complete([Publication(title="Alone")], [lambda p: []])[0].title
    'Alone'
    """
    records = list(pubs)
    hook_list = list(hooks)
    wanted_fields = set(fields)
    unknown = wanted_fields - set(COMPLETABLE_FIELDS)
    if unknown:
        raise ValueError(f"cannot complete field(s): {', '.join(sorted(unknown))}")
    rep = report if report is not None else CompletionReport()
    rep.records += len(records)
    out: list[Publication] = []
    total = len(records)
    for index, pub in enumerate(records):
        needs = missing_fields(pub, wanted_fields)
        if needs and normalize_title(pub.title):
            pub = _complete_one(index, pub, needs, hook_list, rep, wanted_fields)
            left = missing_fields(pub, wanted_fields)
            if left:
                rep.still_missing[index] = tuple(f for f in COMPLETABLE_FIELDS if f in left)
        elif needs:
            rep.still_missing[index] = tuple(f for f in COMPLETABLE_FIELDS if f in needs)
        out.append(pub)
        _progress(progress, "complete", index + 1, total)
    return out


def _complete_one(
    index: int,
    pub: Publication,
    needs: set[str],
    hooks: list[Hook],
    rep: CompletionReport,
    wanted_fields: set[str],
) -> Publication:
    for hook in hooks:
        if not needs:
            break
        provides = getattr(hook, "provides", None)
        if provides is not None and not (needs & set(provides)):
            continue
        source = _hook_name(hook)
        try:
            # candidates of the same publication first; a version of it fills no
            # abstract when the same publication was offered in the same call
            judged = [(cand, verify_candidate(pub, cand)) for cand in hook(pub)]
            judged.sort(key=lambda cv: cv[1].same_work and cv[1].version)
            same_offered = any(v.same_work and not v.version for _, v in judged)
            for cand, verdict in judged:
                label = _candidate_label(cand)
                if not verdict.same_work:
                    rep.entries.append(
                        CompletionEntry(
                            index, pub.title, source, "rejected", verdict.reason, (), label
                        )
                    )
                    continue
                wanted = needs
                if verdict.version and same_offered and "abstract" in needs:
                    wanted = needs - {"abstract"}
                pub, filled, notes = _apply(pub, cand, verdict, source, wanted)
                if wanted is not needs and cand.abstract:
                    notes.append(
                        "abstract not taken from a version: the same publication was offered"
                    )
                reason = verdict.reason + (f"; not used: {'; '.join(notes)}" if notes else "")
                outcome: Outcome = "accepted" if filled else "matched"
                rep.entries.append(
                    CompletionEntry(index, pub.title, source, outcome, reason, tuple(filled), label)
                )
                needs = missing_fields(pub, wanted_fields)
                if not needs:
                    break
        except OnlineError as exc:
            rep.entries.append(CompletionEntry(index, pub.title, source, "error", str(exc)))
    return pub


# --------------------------------------------------------------------------- from_records


class _RecordsHook:
    """Hook over the other records of the same work (see :func:`from_records`)."""

    name = "records"
    provides = frozenset(COMPLETABLE_FIELDS)

    def __init__(self, pubs: Iterable[Publication]) -> None:
        self._by_title: dict[str, list[Publication]] = {}
        self._by_id: dict[str, list[Publication]] = {}
        for p in pubs:
            t = normalize_title(p.title)
            if t:
                self._by_title.setdefault(t, []).append(p)
            for ident in _ids(p):
                if ident:
                    self._by_id.setdefault(ident, []).append(p)

    def __call__(self, pub: Publication) -> list[Publication]:
        found: dict[int, Publication] = {}
        for p in self._by_title.get(normalize_title(pub.title), []):
            found[id(p)] = p
        for ident in _ids(pub):
            if ident:
                for p in self._by_id.get(ident, []):
                    found[id(p)] = p
        out = [p for p in found.values() if _offers_more(pub, p)]
        out.sort(key=lambda p: (-_compact_len(p.abstract), -len(p.authors)))
        return out


def _offers_more(pub: Publication, other: Publication) -> bool:
    if other is pub:
        return False
    return (
        (other.abstract or "") != (pub.abstract or "")
        or other.authors != pub.authors
        or any(
            getattr(pub, f) is None and getattr(other, f) is not None
            for f in ("year", "venue", "doi", "arxiv_id")
        )
    )


def from_records(pubs: Iterable[Publication]) -> Hook:
    """A hook offering the other records of the same work found in ``pubs``.

    Records are matched by normalized title, DOI or arXiv id; the candidates come
    longest abstract first, then fullest author list, so :func:`complete` takes the
    longest consistent abstract and the fullest consistent author list.

    >>> from pubrecords import Person, Publication, complete
    >>> a = Publication(title="On Widgets", authors=(Person("Ann", "Lee"),),
    ...                 abstract="We count widgets and", abstract_complete=False)
    >>> b = Publication(title="On widgets", authors=(Person("Ann", "Lee"),),
    ...                 abstract="We count widgets and find many.")
    >>> complete([a, b], [from_records([a, b])])[0].abstract
    'We count widgets and find many.'
    """
    return _RecordsHook(pubs)
