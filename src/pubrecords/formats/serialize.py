"""Lossless conversion of the model to and from plain JSON-able dicts.

    >>> from pubrecords import Person, Publication, to_dict, from_dict
    >>> pub = Publication(title="Thinker", authors=[Person(given="Stephen", family="Chung")])
    >>> data = to_dict(pub)
    >>> data["authors"][0]["family"]
    'Chung'
    >>> from_dict(data, Publication) == pub
    True

Fields equal to their default are left out of the dict; :func:`from_dict` restores them.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import attrs

from ..errors import FormatError
from ..model import (
    Block,
    Kind,
    Person,
    Profile,
    Publication,
    Related,
    Repair,
    Source,
    SourceEntry,
    StudentGroup,
)

__all__ = ["dumps", "from_dict", "loads", "to_dict"]

T = TypeVar("T")

# For every model class: the fields holding nested model objects (one or a tuple).
_NESTED: dict[type, dict[str, type]] = {
    Person: {},
    Source: {},
    Repair: {},
    Related: {},
    StudentGroup: {"members": Person},
    Publication: {
        "authors": Person,
        "provenance": Source,
        "repairs": Repair,
        "merged_from": Publication,
        "related": Related,
        "source_entry": SourceEntry,
    },
    Block: {},
    SourceEntry: {"before": Block, "after": Block, "as_read": Publication},
    Profile: {
        "person": Person,
        "students": StudentGroup,
        "publications": Publication,
        "source": Source,
    },
}

_FORMAT_VERSION = 1


def to_dict(obj: Any) -> dict[str, Any]:
    """Turn a model object into a plain dict of JSON types (defaults left out)."""
    cls = type(obj)
    if cls not in _NESTED:
        raise TypeError(f"to_dict expects a pubrecords model object, not {cls.__name__}")
    out: dict[str, Any] = {}
    for field in attrs.fields(cls):
        value = getattr(obj, field.name)
        if _is_default(field, value):
            continue
        if isinstance(value, Kind):
            out[field.name] = value.value
        elif isinstance(value, tuple):
            out[field.name] = [
                to_dict(v) if type(v) in _NESTED else list(v) if isinstance(v, tuple) else v
                for v in value
            ]
        elif isinstance(value, dict):
            out[field.name] = dict(value)
        elif type(value) in _NESTED:
            out[field.name] = to_dict(value)
        else:
            out[field.name] = value
    return out


def _is_default(field: attrs.Attribute[Any], value: Any) -> bool:
    default = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return not value
    if default is attrs.NOTHING:
        return False
    if isinstance(default, tuple) and not default:
        return bool(value == ())
    same = bool(value == default) and type(value) is type(default)
    return same


def from_dict(data: dict[str, Any], cls: type[T]) -> T:
    """Rebuild a model object of class ``cls`` from :func:`to_dict`'s output.

    Raises :class:`~pubrecords.FormatError` when ``data`` does not fit ``cls``.
    """
    if cls not in _NESTED:
        raise TypeError(f"from_dict builds pubrecords model objects, not {cls.__name__}")
    if not isinstance(data, dict):
        raise FormatError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
    nested = _NESTED[cls]
    names = {f.name for f in attrs.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            raise FormatError(f"unknown field {key!r} for {cls.__name__}")
        if key in nested:
            sub = nested[key]
            if isinstance(value, list):
                kwargs[key] = tuple(from_dict(v, sub) for v in value)
            elif value is None:
                kwargs[key] = None
            else:
                kwargs[key] = from_dict(value, sub)
        elif isinstance(value, list):
            kwargs[key] = tuple(value)
        else:
            kwargs[key] = value
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise FormatError(f"cannot build {cls.__name__}: {exc}") from None


def dumps(items: Profile | list[Publication] | tuple[Publication, ...], indent: int = 2) -> str:
    """Serialize a profile or a list of publications to the library's own JSON format."""
    if isinstance(items, Profile):
        doc: dict[str, Any] = {"pubrecords": _FORMAT_VERSION, "profile": to_dict(items)}
    else:
        doc = {"pubrecords": _FORMAT_VERSION, "publications": [to_dict(p) for p in items]}
    return json.dumps(doc, ensure_ascii=False, indent=indent)


def loads(text: str) -> Profile | list[Publication]:
    """Read the library's own JSON format back (a profile or a list of publications)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"not JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(doc, dict) or "pubrecords" not in doc:
        raise FormatError("not a pubrecords JSON document (no 'pubrecords' key)")
    if "profile" in doc:
        return from_dict(doc["profile"], Profile)
    pubs = doc.get("publications")
    if not isinstance(pubs, list):
        raise FormatError("pubrecords JSON document has neither 'profile' nor 'publications'")
    return [from_dict(p, Publication) for p in pubs]
