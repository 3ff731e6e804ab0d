"""Profiles: merge_profiles, diff_profiles, suspect_publications, include_owner."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import shared_path
from profile_generator import generate_profile
from pubrecords import (
    InputError,
    Kind,
    Person,
    Profile,
    ProfileDiff,
    Publication,
    Repair,
    Source,
    StudentGroup,
    Suspect,
    diff_profiles,
    include_owner,
    merge_profiles,
    read_profile,
    suspect_publications,
)

ADA = Person(given="Ada", family="Lovelace")
CHARLES = Person(given="Charles", family="Babbage")
MARY = Person(given="Mary", family="Somerville")


def seeds() -> tuple[Profile, Profile]:
    old = read_profile(shared_path("seeds", "000_281dfc8c01892269.txt"))
    new = read_profile(shared_path("seeds", "001_d1e6ce0efd7fcecf.txt"))
    return old, new


def paper(title: str, *authors: Person, abstract: str | None = None, **kw: object) -> Publication:
    return Publication(title=title, authors=authors, abstract=abstract, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ merge_profiles


def test_merge_unites_lists_in_newest_order_and_takes_newest_biography() -> None:
    old = Profile(
        person=ADA,
        roles=("Member", "Fellow"),
        topics=("Engines", "Poetry"),
        biography=("Old text.",),
        students=(StudentGroup("PhD", (MARY,)),),
        source=Source(origin="profile-page", path="/x/old.txt"),
        owner_omitted_from_authors=True,
    )
    new = Profile(
        person=ADA,
        roles=("Chair", "member"),
        topics=("Looms", "Engines"),
        biography=("New text.",),
        students=(StudentGroup("PhD", ()),),
        source=Source(origin="profile-page", path="/x/new.txt"),
    )
    merged = merge_profiles(old, new)
    assert merged.roles == ("Chair", "member", "Fellow")  # "Member" == "member"
    assert merged.topics == ("Looms", "Engines", "Poetry")
    assert merged.biography == ("New text.",)
    assert merged.students == (StudentGroup("PhD", ()),)  # newest, empty group kept empty
    assert merged.owner_omitted_from_authors
    assert merged.source is not None and merged.source.detail is not None
    assert "old.txt" in merged.source.detail and "new.txt" in merged.source.detail


def test_merge_keeps_an_older_biography_when_the_newest_has_none() -> None:
    merged = merge_profiles(Profile(person=ADA, biography=("Text.",)), Profile(person=ADA))
    assert merged.biography == ("Text.",)


def test_merge_names_every_snapshot_in_provenance() -> None:
    a = Profile(person=ADA, publications=(paper("Notes on the Engine", CHARLES),))
    b = Profile(person=ADA, publications=(paper("A Sketch of the Analytical Engine", MARY),))
    merged = merge_profiles(a, b)
    snapshots = {s.snapshot for p in merged.publications for s in p.provenance}
    assert snapshots == {"snapshot 1", "snapshot 2"}
    # newest snapshot's records first
    assert merged.publications[0].title == "A Sketch of the Analytical Engine"


def test_merge_refuses_nothing_and_different_people() -> None:
    with pytest.raises(InputError):
        merge_profiles()
    with pytest.raises(InputError, match="different people"):
        merge_profiles(Profile(person=ADA), Profile(person=CHARLES))
    with pytest.raises(TypeError):
        merge_profiles([Profile(person=ADA)])  # type: ignore[arg-type]


def test_merge_seeds_meets_the_targets() -> None:
    merged = merge_profiles(*seeds())
    pubs = merged.publications
    assert "Canada CIFAR AI Chair" in merged.roles
    assert merged.roles[0] == "Core Academic Member"
    # every triple of identical records is merged into one record of three
    triples = [p for p in pubs if len(p.merged_from) == 3]
    assert {p.title for p in triples} == {
        "A Generative Model of Symmetry Transformations",
        "Black-Box Access is Insufficient for Rigorous AI Audits",
        "Visibility into AI Agents",
    }
    # two works with two linked versions each
    linked = [p for p in pubs if any(r.relation == "version" for r in p.related)]
    assert len(linked) == 4
    assert len(pubs) == 17
    works = len(pubs) - len(linked) // 2
    assert works == 15
    snapshots = {s.snapshot for p in pubs for s in p.provenance}
    assert snapshots == {"000_281dfc8c01892269.txt", "001_d1e6ce0efd7fcecf.txt"}
    assert merged.owner_omitted_from_authors


# ------------------------------------------------------------------------------ diff_profiles


def test_diff_reports_lists_and_publications() -> None:
    kept = paper("On the Engine", CHARLES, abstract="We describe the engine.", year=1843)
    gone = paper("Letters to a Friend", MARY, year=1840)
    revised_old = paper(
        "Sketch of the analytical engine",
        CHARLES,
        abstract="The engine computes Bernoulli numbers with cards.",
        doi="10.1234/sketch",
        year=1842,
    )
    revised_new = paper(
        "Sketch of the Analytical Engine, with Notes",
        CHARLES,
        MARY,
        abstract="The engine computes the Bernoulli numbers using punched cards and notes.",
        doi="10.1234/sketch",
        year=1842,
    )
    added = paper("Poetical Science", MARY, year=1844)
    old = Profile(
        person=ADA, roles=("Member",), topics=("Engines",), publications=(kept, gone, revised_old)
    )
    new = Profile(
        person=ADA,
        roles=("Member", "Chair"),
        topics=(),
        publications=(added, revised_new, kept),
    )
    d = diff_profiles(old, new)
    assert isinstance(d, ProfileDiff) and d
    assert d.roles_added == ("Chair",) and d.roles_removed == ()
    assert d.topics_removed == ("Engines",)
    assert [p.title for p in d.publications_added] == ["Poetical Science"]
    assert [p.title for p in d.publications_removed] == ["Letters to a Friend"]
    assert d.publications_unchanged == 1
    (change,) = d.publications_changed
    assert set(change.fields) >= {"title", "authors", "abstract"}
    authors = next(c for c in change.changes if c.field == "authors")
    assert "Mary Somerville" in authors.summary
    text = str(d)
    assert "+ Chair" in text and "- Letters to a Friend" in text and "~ Sketch" in text
    json.dumps(d.to_dict())  # JSON-able


def test_diff_of_a_profile_with_itself_is_empty() -> None:
    p = Profile(person=ADA, roles=("Member",), publications=(paper("Notes", CHARLES),))
    d = diff_profiles(p, p)
    assert not d
    assert "No differences." in str(d)
    assert d.publications_unchanged == 1


def test_diff_seeds_reports_the_new_role_and_publication_changes() -> None:
    old, new = seeds()
    d = diff_profiles(old, new)
    assert d.roles_added == ("Canada CIFAR AI Chair",)
    assert d.roles_removed == ()
    added = {p.title for p in d.publications_added}
    removed = {p.title for p in d.publications_removed}
    assert "Visibility into AI Agents" in added
    assert "Thinker: Learning to Plan and Act" in removed
    # triples in the new snapshot are one work each, not three additions
    assert sum(1 for p in d.publications_added if p.title == "Visibility into AI Agents") == 1
    # the Blockwise paper is in both snapshots (another title): not added and removed
    blockwise = [c for c in d.publications_changed if c.old.title.startswith("Blockwise")]
    assert len(blockwise) == 1
    assert not any(t.startswith("Blockwise") for t in added | removed)
    assert d.works_before == 11 and d.works_after == 6
    text = str(d)
    assert "+ Canada CIFAR AI Chair" in text
    data = d.to_dict()
    assert data["roles"]["added"] == ["Canada CIFAR AI Chair"]
    json.dumps(data, ensure_ascii=False)


# ------------------------------------------------------------------------------ suspects


REVIEW = "The Flag and the Cross: White Christian Nationalism and the Threat to American Democracy"


def test_seed_suspects_are_the_review_and_at_most_the_unverifiable_record() -> None:
    old, new = seeds()
    for profile in (old, merge_profiles(old, new)):
        suspects = suspect_publications(profile)
        titles = {s.publication.title for s in suspects}
        assert any(t.startswith(REVIEW) for t in titles)
        assert titles <= {t for t in titles if t.startswith(REVIEW)} | {"Facing AI extinction"}
        review = next(s for s in suspects if s.publication.title.startswith(REVIEW))
        assert review.level == "strong" and review.code == "book-review"
        assert "Gorski" in review.reason and "Perry" in review.reason
        # the profile's own objects, so that export --drop-suspects can drop them by identity
        ids = {id(p) for p in profile.publications}
        assert all(id(s.publication) in ids for s in suspects)
    assert suspect_publications(new) == []


def test_unverifiable_record_is_weak_and_strong_only_leaves_it_out() -> None:
    profile = Profile(
        person=ADA,
        publications=(paper("Facing the Engine"), paper("Notes", CHARLES, abstract="Cards.")),
        owner_omitted_from_authors=True,
    )
    (s,) = suspect_publications(profile)
    assert (s.code, s.level) == ("unverifiable", "weak")
    assert "solo work" in s.reason
    assert suspect_publications(profile, strong_only=True) == []
    # a DOI makes it verifiable
    with_doi = attrs.evolve(profile.publications[0], doi="10.1/x")
    assert suspect_publications(attrs.evolve(profile, publications=(with_doi,))) == []


@pytest.mark.parametrize(
    ("title", "authors", "kind", "level"),
    [
        ("Engines of Old by Jane Roe and John Doe (review)", (), Kind.UNKNOWN, "strong"),
        ("Engines of Old by Ada Lovelace (review)", (), Kind.UNKNOWN, "weak"),  # her own book
        ("Engines of Old by Jane Roe (review)", (ADA,), Kind.UNKNOWN, "weak"),  # she wrote it
        ("Engines of Old", (CHARLES,), Kind.BOOK_REVIEW, "weak"),  # reviewed book unknown
        ("Review of Engines of Old, by Jane Roe", (), Kind.UNKNOWN, "strong"),
    ],
)
def test_book_reviews(title: str, authors: tuple[Person, ...], kind: Kind, level: str) -> None:
    profile = Profile(person=ADA, publications=(paper(title, *authors, kind=kind),))
    (s,) = suspect_publications(profile)
    assert s.code == "book-review" and s.level == level


def test_titles_with_by_are_not_reviews() -> None:
    pub = paper("Learning by Doing", CHARLES, abstract="We learn by doing things.")
    assert suspect_publications(Profile(person=ADA, publications=(pub,))) == []


def _index(profile: Profile, suspects: list[Suspect]) -> set[int]:
    where = {id(p): i for i, p in enumerate(profile.publications)}
    return {where[id(s.publication)] for s in suspects}


def test_generated_profile_meets_the_recall_and_false_flag_targets() -> None:
    profile, planted = generate_profile(2000, seed=11)
    flagged = _index(profile, suspect_publications(profile))
    recall = len(flagged & planted) / len(planted)
    false_rate = len(flagged - planted) / (len(profile.publications) - len(planted))
    assert recall >= 0.9, recall
    assert false_rate <= 0.01, false_rate


def test_a_new_collaborator_on_an_on_topic_paper_is_not_suspect() -> None:
    profile, planted = generate_profile(400, namesake_share=0.0, seed=5)
    assert not planted
    stranger = Person(given="Zebulon", family="Quartermaine")
    on_topic = paper(
        "Reward hacking in offline reinforcement learning",
        stranger,
        abstract="We study reward hacking and specification gaming of agents trained with "
        "offline reinforcement learning, and how reward model overoptimization and "
        "exploration interact with policy optimization in simulated environments.",
    )
    off_topic = paper(
        "Palladium-catalysed cyclisation of substituted pyrrolidines",
        Person(given="Ottilie", family="Brackenbury"),
        abstract="We report an enantioselective palladium catalyst for the cyclisation of "
        "substituted pyrrolidines and amines; yields and stereoselectivity depend on the "
        "ligand, the solvent and the temperature, as NMR spectroscopy of the intermediates "
        "and alkaloid syntheses show.",
    )
    pubs = (*profile.publications, on_topic, off_topic)
    profile = attrs.evolve(profile, publications=pubs)
    flagged = {s.publication.title for s in suspect_publications(profile) if s.code == "unrelated"}
    assert on_topic.title not in flagged
    assert off_topic.title in flagged


def test_shared_co_authors_vouch_for_an_off_topic_record() -> None:
    profile, _ = generate_profile(300, namesake_share=0.0, seed=3)
    regular = next(p for p in profile.publications if p.authors).authors[0]
    odd = paper(
        "Palladium-catalysed cyclisation of substituted pyrrolidines",
        regular,
        abstract="An enantioselective palladium catalyst for pyrrolidines and alkaloid yields.",
    )
    profile = attrs.evolve(profile, publications=(*profile.publications, odd))
    assert all(s.publication is not odd for s in suspect_publications(profile))


names = st.builds(
    Person,
    given=st.sampled_from(["Ada", "Bo", "Cy", ""]),
    family=st.sampled_from(["Lovelace", "Yang", "Okafor", ""]),
)
records = st.builds(
    Publication,
    title=st.text(min_size=0, max_size=60),
    authors=st.lists(names, max_size=4).map(tuple),
    abstract=st.none() | st.text(max_size=120),
    kind=st.sampled_from(list(Kind)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records, max_size=12), st.lists(st.text(max_size=20), max_size=3))
def test_suspects_never_crash_and_return_the_profiles_own_records(
    pubs: list[Publication], topics: list[str]
) -> None:
    profile = Profile(person=ADA, topics=tuple(topics), publications=tuple(pubs))
    suspects = suspect_publications(profile)
    ids = [id(p) for p in profile.publications]
    assert all(id(s.publication) in ids for s in suspects)
    assert all(s.level in ("strong", "weak") and s.reason for s in suspects)
    assert len({id(s.publication) for s in suspects}) == len(suspects)


# ------------------------------------------------------------------------------ include_owner


def test_include_owner_appends_and_keeps_the_list_incomplete() -> None:
    pubs = (
        paper("Notes", CHARLES, authors_complete=False),
        paper("Own paper", ADA, CHARLES),
    )
    profile = Profile(person=ADA, publications=pubs, owner_omitted_from_authors=True)
    out = include_owner(profile)
    first, second = out.publications
    assert first.authors == (CHARLES, ADA)
    assert not first.authors_complete
    (repair,) = first.repairs
    assert (repair.field, repair.action) == ("authors", "owner-appended")
    assert repair.before == "Charles Babbage" and "Ada Lovelace" in repair.after
    assert second is pubs[1]  # already names the owner
    assert not out.owner_omitted_from_authors
    assert include_owner(out) == out  # idempotent


def test_include_owner_leaves_lists_completed_from_a_complete_source() -> None:
    completed = paper(
        "Notes",
        CHARLES,
        MARY,
        provenance=(Source(origin="profile-page"), Source(origin="crossref")),
        repairs=(Repair("authors", "completed", "Charles Babbage", "…", "from Crossref"),),
    )
    profile = Profile(person=ADA, publications=(completed,), owner_omitted_from_authors=True)
    assert include_owner(profile).publications[0] is completed


def test_include_owner_does_nothing_where_the_source_names_the_owner() -> None:
    profile = Profile(person=ADA, publications=(paper("Notes", CHARLES),))
    assert include_owner(profile) is profile


def test_include_owner_on_the_seeds() -> None:
    merged = merge_profiles(*seeds())
    out = include_owner(merged)
    for pub in out.publications:
        assert pub.authors[-1].family == "Krueger"
        assert not pub.authors_complete
        assert pub.repairs[-1].action == "owner-appended"
