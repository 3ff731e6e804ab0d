from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pubrecords
from pubrecords import (
    Kind,
    Person,
    Profile,
    Publication,
    Related,
    Repair,
    Source,
    StudentGroup,
    from_dict,
    to_dict,
)


def test_publication_needs_only_a_title() -> None:
    pub = Publication(title="Thinker: Learning to Plan and Act")
    assert pub.authors == () and pub.abstract is None and pub.kind is Kind.UNKNOWN
    assert pub.authors_complete and pub.abstract_complete


def test_model_is_frozen_and_evolvable() -> None:
    pub = Publication(title="T", authors=[Person(given="A", family="B")])
    assert isinstance(pub.authors, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        pub.title = "U"  # type: ignore[misc]
    assert attrs.evolve(pub, year=2020).year == 2020
    assert hash(pub) == hash(attrs.evolve(pub))


def test_person_display_name() -> None:
    assert str(Person(given="Ludwig", particle="van", family="Beethoven")) == "Ludwig van Beethoven"
    assert (
        str(Person(given="Martin Luther", family="King", suffix="Jr.")) == "Martin Luther King Jr."
    )
    assert str(Person(literal="Mila - Quebec AI Institute")) == "Mila - Quebec AI Institute"
    assert str(Person(family="姚期智")) == "姚期智"


def test_kind_accepts_strings() -> None:
    assert Publication(title="T", kind="book-review").kind is Kind.BOOK_REVIEW  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Publication(title="T", kind="novel")  # type: ignore[arg-type]


def test_errors_derive_from_base() -> None:
    for name in ("InputError", "FormatError", "ParseError", "NameParseError", "OnlineError"):
        assert issubclass(getattr(pubrecords, name), pubrecords.PubrecordsError)


def test_from_dict_rejects_unknown_fields() -> None:
    with pytest.raises(pubrecords.FormatError):
        from_dict({"title": "T", "colour": "red"}, Publication)
    with pytest.raises(pubrecords.FormatError):
        from_dict(["not", "a", "dict"], Publication)  # type: ignore[arg-type]


text = st.text(max_size=20)
opt_text = st.none() | text
people = st.builds(
    Person,
    given=text,
    family=text,
    particle=text,
    suffix=text,
    literal=text,
    identifiers=st.dictionaries(text, text, max_size=2),
    aliases=st.lists(text, max_size=2).map(tuple),
)
sources = st.builds(
    Source,
    origin=text,
    path=opt_text,
    line=st.none() | st.integers(1, 10**6),
    row=st.none() | st.integers(0, 10**6),
    key=opt_text,
    snapshot=opt_text,
    detail=opt_text,
)
repairs = st.builds(Repair, field=text, action=text, before=text, after=text, reason=text)
relateds = st.builds(Related, relation=text, title=text, year=st.none() | st.integers(1000, 2100))
simple_pubs = st.builds(
    Publication,
    title=text,
    authors=st.lists(people, max_size=3).map(tuple),
    authors_complete=st.booleans(),
    hidden_authors=st.none() | st.integers(0, 100),
    abstract=opt_text,
    abstract_complete=st.booleans(),
    year=st.none() | st.integers(1000, 2100),
    month=st.none() | st.integers(1, 12),
    venue=opt_text,
    kind=st.sampled_from(list(Kind)),
    doi=opt_text,
    arxiv_id=opt_text,
    url=opt_text,
    pages=opt_text,
    key=opt_text,
    identifiers=st.dictionaries(text, text, max_size=2),
    extra=st.dictionaries(text, text, max_size=2),
    provenance=st.lists(sources, max_size=2).map(tuple),
    repairs=st.lists(repairs, max_size=2).map(tuple),
    related=st.lists(relateds, max_size=2).map(tuple),
)
pubs = st.builds(
    lambda p, parts: attrs.evolve(p, merged_from=tuple(parts)),
    simple_pubs,
    st.lists(simple_pubs, max_size=2),
)
profiles = st.builds(
    Profile,
    person=people,
    roles=st.lists(text, max_size=3).map(tuple),
    positions=st.lists(text, max_size=2).map(tuple),
    topics=st.lists(text, max_size=3).map(tuple),
    biography=st.lists(text, max_size=3).map(tuple),
    students=st.lists(
        st.builds(StudentGroup, heading=text, members=st.lists(people, max_size=2).map(tuple)),
        max_size=3,
    ).map(tuple),
    publications=st.lists(pubs, max_size=3).map(tuple),
    source=st.none() | sources,
    owner_omitted_from_authors=st.booleans(),
)


@given(pubs)
def test_publication_dict_round_trip(pub: Publication) -> None:
    assert from_dict(to_dict(pub), Publication) == pub


@given(profiles)
def test_profile_json_round_trip(profile: Profile) -> None:
    assert pubrecords.loads(pubrecords.dumps(profile)) == profile


@given(st.lists(pubs, max_size=4))
def test_publication_list_json_round_trip(items: list[Publication]) -> None:
    assert pubrecords.loads(pubrecords.dumps(items)) == items


def test_east_asian_names_display_family_first_without_space() -> None:
    assert str(Person(given="晓彤", family="林")) == "林晓彤"
    assert str(Person(given="민준", family="김")) == "김민준"
    assert str(Person(given="Xiaotong", family="Lin")) == "Xiaotong Lin"


@given(pubs)
def test_the_readers_builder_makes_the_record_the_constructor_makes(pub: Publication) -> None:
    from pubrecords.model import _builder

    values = [getattr(pub, a.name) for a in attrs.fields(Publication)]
    built = _builder(Publication, 22)(*values[:22])
    assert attrs.astuple(built, recurse=False) == attrs.astuple(
        Publication(*values[:22]), recurse=False
    )
    assert built.merged_from == () and built.source_entry is None


def test_the_builder_refuses_a_class_whose_defaults_it_cannot_give() -> None:
    from pubrecords.model import _builder

    with pytest.raises(TypeError, match="factory"):
        _builder(Publication, 18)  # (identifiers has a factory: the caller must pass it)
