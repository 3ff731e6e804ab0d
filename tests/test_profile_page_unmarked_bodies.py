"""Profile-page reading: bodies named with no general kind word ("Team", "Group"), whose
names still say they are no person, are kept whole as one author (``Person.literal``):

- a body named in another language by its kind word ("Stichting …", "Verein für …",
  "…-Institut für …"), or "KIND of/for …" ("Ministry of …", "Centre for …");
- a group named by a plural noun of people ("… Volunteers", "… Trustees"), a survey,
  registry or the like ("… Cohort"), or an acronym alone ("NOAA");
- words after "The" ("The … Wardens": no person's name starts so);
- a company with its legal form last, as written ("… SARL", "… plc", "… BV",
  "… S.A. de C.V."), or first ("PT …", "OOO …");
- a facility or field site ("… Station", "… Camp") with no known given name before it;
- a company named by an industry word ("… Biosciences", "… Botanicals") after a coined word;
- a coined word run together of two English words spelled as titles' words are, last
  ("… Siltroom"), or an English word spelled far more as titles' words than as names,
  last ("… Unfolding").

A person with such a family name stays a person when the given name is known ("Abigail Camp").
Every name, title and organisation here is invented, and none is a word of the generator's
vocabularies that tests may read (checked below), so these tests teach the reader none of
their words.
"""

from __future__ import annotations

import re

import pytest

from pagegen import PAGE_HEAD, generator_words_in
from pubrecords import Person, clean_profile, parse_profile
from pubrecords.formats.profile_page.bodies import is_organisation

ABSTRACTS = (
    "We count the coiled casts that lugworms leave on mudflats at ebb. "
    "Our counts follow the burrows through winters and agree with digging by spade.",
    "Kayak sonar traces eelgrass meadows in murky bays where divers see nothing. "
    "The charts agree with quadrat surveys and cost a fraction of them.",
    "Spring tides scour the upper mudflat and drive lugworms into the silt. "
    "We core burrows before and after each ebb and report how they fare.",
)
TITLES = (
    "Counting Lugworm Casts on Mudflats",
    "Surveying Eelgrass Meadows with Kayak Sonar",
    "Lugworm Burrows under Spring Floods",
)
PEOPLE = ("Ingvild Thorvaldsen", "Radomila Quintavalle", "Radomila Ferencz")
BODIES = (
    "Varnholt Station",
    "Skerrowby Camp",
    "Quellmoor Biosciences",
    "Tarnwick Botanicals",
    "Varnholt Siltroom",
    "Gorsemoor Unfolding",
    "Quellmoor Lamps SARL",
    "Tarnwick Pumps plc",
    "Varnholt Kelpworks BV",
    "The Quellmoor Wardens",
    "Stichting Veenwater",
    "Verein für Moorschutz",
    "Fundación Tierra Viva",
    "Société Tourbière de Bretagne",
    "Max-Planck-Zentrum für Moorforschung",
    "Braidmoor Volunteers",
    "Tarnwick Fen Trustees",
    "Quellmoor Peat Cohort",
    "Ministry of Bogs",
    "Centre for Fen Drainage",
    "Friends of Quellmoor Bog",
    "NOAA",
    "1200 Bogs Consortium",
    "Peat-21 Coring (PEATCORE) Consortium",
    "Boreal Union for Mire Keeping",
    "National Mire and Bog Administration",
    "Moorwacht GbR",
    "Freunde für das Tarnwicker Moor e.V.",
    "Grupo de Estudo das Turbeiras de Quellmoor",
    "Quellmoor Peat Hub",
    "Tarnwick Moorland Farm",
    "Mirescan Sdn. Bhd.",
    "Quellmoor Hut Lodge",
    "Tarnwick Peatcutters",
    "Gorsemoor Drainage Mission",
    "Varnholt Sphagnum Fund",
    "Skerrowby Pumps Limited",
    "Stazione Torbiera di Varnholt",
    # legal forms of Mexico, Indonesia, Russia; kind words first in Spanish and Tagalog,
    # last in Turkish; a collective noun of people
    "Tarnwick Sondas S.A. de C.V.",
    "PT Quellmoor Gambut Lestari",
    "OOO Varnholttorf",
    "Dirección de Turberas de Quellmoor",
    "Secretaría de Humedales de Tarnwick",
    "Proyekto TARNWICK-LUSAK",
    "Turba Araştırma Derneği",
    "Tarnwick Bog Night Crew",
    # kind words first in Italian, Spanish, French (numbers inside); a bracketed acronym
    # after the name; a body and its parent after a comma; "Red" (Spanish: network) with a
    # joining word English lacks; a code in a body's name
    "Consorzio di Bonifica della Quellmoor",
    "Junta de Vigilancia del Río Quellmoor",
    "Groupement de Défense de Tarnwick",
    "Comunidad de Regantes de Quellmoor",
    "Asociación de Regantes del Sector 041",
    "Tarnwick Peat Coring Consortium (TPCC)",
    "Quellmoor Coring Team, Ministry of Bogs",
    "Quellmoor Peat Coring Night Team, Ministry of Bogs and Fens",
    "Red Ciudadana de Turberas de Quellmoor",
    "The PM10 Bog Probe Group",
    # kind words first in Welsh, Irish (an eclipsed word after "na"), Slovene, Albanian and
    # Romanian; second after an adjective in Dutch; run together with the name (German,
    # Finnish, Dutch); an elided article; a bracketed acronym in mixed case; a legal form of
    # the Western Balkans; an expedition's "Science Party"
    "Rhwydwaith Mawnogydd Quellmoor",
    "Grúpa Móinteach na gCorcach",
    "Zavod za Barje Tarnwick",
    "Shoqata e Torfave Quellmoor",
    "Asociația Turbăriilor din Tarnwick",
    "Landelijk Veenmosnetwerk Quellmoor",
    "Moorforschungsgruppe Tarnwick",
    "Quellmoorin Suotutkimusryhmä",
    "Observatoire de l'Ouest Tarnwick",
    "Quellmoor Fen Network (QuiFN)",
    "Tarnwick Sonde DOOEL",
    "Quellmoor Coring Expedition Shipboard Party",
    # a ship's prefix; a legal form after a comma; kind words first in Polish and
    # Indonesian, last in Turkish
    "The R/V Quellmoor Sonar Team",
    "Tarnwick Mire Pumps, Inc.",
    "Zespół Badań Torfowisk Quellmoor",
    "Koperasi Gambut Tarnwick",
    "Quellmoor Turba Araştırma Grubu",
    # kind words first in Haitian Creole, Spanish ("Unidad", "Mesa": a committee), Portuguese,
    # a body of twelve words, a place after a bracketed acronym, a body in Japanese script,
    # monitors of a place
    "Rezo Tourbyè Tarnwick",
    "Unidad de Turberas y Ciénagas, Secretaría de Humedales de Quellmoor",
    "Mesa Técnica de Turberas en Emergencias de La Quellmoor",
    "Repartição de Turfeiras do Ministério de Tarnwick",
    "Tarnwick Peat Coring Group (TPCG) Quellmoor",
    "泥炭地観測グループ",
    "Tarnwick Community Bog Monitors",
    # the place a body works in after a comma; a Flemish legal form in lowercase; an
    # article before the kind word
    "Tarnwick Peat Coring Consortium, Quellmoor",
    "Quellmoor Fen Coring Team, Region IV",
    "Vlaams Veenmoscentrum Tarnwick vzw",
    "Il Gruppo Torbiere Tarnwick",
    "Equip de Torberes de Tarnwick",  # (Catalan: a team)
    "Konsorsium Gambut Quellmoor",  # (Indonesian: a consortium)
    "Red Fen Valley Coring Consortium",  # ("Red" first, yet an English body's name)
)


def _page(middle: str) -> str:
    """Three records; the second one's authors have ``middle`` among two people."""
    authors = ([PEOPLE[0], PEOPLE[1]], [PEOPLE[1], middle, PEOPLE[2]], [PEOPLE[2], PEOPLE[0]])
    lines: list[str] = []
    for title, names, abstract in zip(TITLES, authors, ABSTRACTS, strict=True):
        lines += [title, *names, abstract]
    return PAGE_HEAD + "\n".join(lines) + "\n"


def _second_authors(middle: str) -> tuple[Person, ...]:
    profile = clean_profile(parse_profile(_page(middle)))
    assert [p.title for p in profile.publications] == list(TITLES)
    return profile.publications[1].authors


def test_pages_use_no_generator_word() -> None:
    text = " ".join((_page(""), *BODIES, "Abigail Camp"))
    assert len({w for w in re.split(r"[^\w]+", text.lower()) if w}) > 50
    assert not generator_words_in(text)


@pytest.mark.parametrize("body", BODIES)
def test_unmarked_body_is_one_author_kept_whole(body: str) -> None:
    authors = _second_authors(body)
    assert [str(a) for a in authors] == [PEOPLE[1], body, PEOPLE[2]]
    assert authors[1].literal == body
    assert authors[0].literal == "" and authors[0].family == "Quintavalle"


def test_known_given_name_before_a_facility_word_is_a_person() -> None:
    authors = _second_authors("Abigail Camp")
    assert (authors[1].given, authors[1].family, authors[1].literal) == ("Abigail", "Camp", "")


def test_the_pages_owner_is_no_body() -> None:
    # the owner's own name, in an author list, is a person even when it has a body's shape
    page = _page(BODIES[4]).replace(PAGE_HEAD, PAGE_HEAD.replace("Ada Example", BODIES[4]))
    profile = clean_profile(parse_profile(page))
    owner = profile.publications[1].authors[1]
    assert (owner.given, owner.family, owner.literal) == ("Varnholt", "Siltroom", "")
    assert not profile.owner_omitted_from_authors


def test_faroese_particle_name_is_an_author() -> None:
    authors = _second_authors("Rókur í Gøtuvík")
    assert [str(a) for a in authors] == [PEOPLE[1], "Rókur í Gøtuvík", PEOPLE[2]]
    assert (authors[1].given, authors[1].particle, authors[1].family) == ("Rókur", "í", "Gøtuvík")


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Ts. Batbayar", ("Ts.", "", "Batbayar")),
        ("Yu. Gagarina", ("Yu.", "", "Gagarina")),
        ("Josep Puig i Cadafalch", ("Josep", "", "Puig i Cadafalch")),
        ('Tomasz "Tom" Wierzbicki', ("Tomasz", "", "Wierzbicki")),
        ("Dr. Imelda Varga", ("Imelda", "", "Varga")),
        ("Prof. Dr. Anselm Kiefer-Brandt", ("Anselm", "", "Kiefer-Brandt")),
        ("Imelda Varga, PhD", ("Imelda", "", "Varga")),
        ("Varga, Imelda", ("Imelda", "", "Varga")),
        ("Thorvik, J. R. R.", ("J. R. R.", "", "Thorvik")),
        ("Gian à Porta", ("Gian", "à", "Porta")),
        ("Odile Lastrapes", ("Odile", "", "Lastrapes")),
        ("Moesiran", ("", "", "Moesiran")),
        ("Odile Schoenmakers", ("Odile", "", "Schoenmakers")),
        ("Dame Varga", ("Dame", "", "Varga")),
        ("Wojciech Crew", ("Wojciech", "", "Crew")),  # (a known given name before "Crew")
        # a family name with a noun's ending that no English lexicon knows ("Nasution")
        ("Ebere Sarution", ("Ebere", "", "Sarution")),
        ("Tolani Nasution", ("Tolani", "", "Nasution")),
    ],
)
def test_person_shapes_stay_author_lines(line: str, parts: tuple[str, str, str]) -> None:
    # a transliterated initial of two letters, Catalan "i" between family names, a
    # nickname in quotes, an honorific or a degree, a name written "Family, Given": read
    # as a title before, splitting the record in two
    authors = _second_authors(line)
    assert len(authors) == 3
    assert (authors[1].given, authors[1].particle, authors[1].family) == parts


def test_a_title_with_a_comma_stays_a_title() -> None:
    # ("Family, Given" is turned round for judging only where the words after the comma
    # read as given names: not "…, Reconsidered", not "…, Once More")
    for title in ("Lugworm Casts, Reconsidered", "Lugworm Casts, Once More"):
        page = _page(PEOPLE[0]).replace(TITLES[1], title)
        profile = clean_profile(parse_profile(page))
        assert [p.title for p in profile.publications] == [TITLES[0], title, TITLES[2]]


@pytest.mark.parametrize(
    "line", ["若松光", "片桐薫", "望月蓮", "比嘉悠", "照屋渚", "知花凛", "玉城葵"]
)
def test_japanese_name_without_a_space_is_kept_whole(line: str) -> None:
    # (its family name opens with a kanji that starts Japanese family names and no common
    # Chinese one: not split as a Chinese name would be, after its first character)
    authors = _second_authors(line)
    assert authors[1].literal == line


def _recurring_body_page(body: str, times: int) -> str:
    """Records whose author lists hold ``body`` ``times`` times, each time between other
    people; the last record's title follows a record with no abstract."""
    people = (*PEOPLE, "Oddbjørg Kvalnes", "Teodoro Vasquilla")
    lines: list[str] = []
    for i in range(times):
        lines += [TITLES[i], people[i], body, people[i + 1], ABSTRACTS[i]]
    return PAGE_HEAD + "\n".join(lines) + "\n"


SENTENCE_CASE_BODY = "Réseau breton de veille tourbière"


def test_sentence_case_body_met_again_is_one_author() -> None:
    # a body named in sentence case ("Réseau québécois de …", as French writes them), met
    # in three author lists, is an author kept whole, not a title splitting them
    assert not generator_words_in(SENTENCE_CASE_BODY + " Oddbjørg Kvalnes Teodoro Vasquilla")
    profile = clean_profile(parse_profile(_recurring_body_page(SENTENCE_CASE_BODY, 3)))
    assert [p.title for p in profile.publications] == list(TITLES)
    for pub in profile.publications:
        assert len(pub.authors) == 3
        assert pub.authors[1].literal == SENTENCE_CASE_BODY


@pytest.mark.parametrize("body", ["Quellmoorin suotutkimusryhmä", "Tarnwicko durpynų tyrėjų grupė"])
def test_sentence_case_body_with_its_kind_word_last_met_again_is_one_author(body: str) -> None:
    # Finnish and Lithuanian write a body's kind word last, and the words before it in
    # lowercase: met in three author lists, one author kept whole
    assert not generator_words_in(body)
    profile = clean_profile(parse_profile(_recurring_body_page(body, 3)))
    assert [p.title for p in profile.publications] == list(TITLES)
    assert [pub.authors[1].literal for pub in profile.publications] == [body] * 3


@pytest.mark.parametrize(
    "body", ["Équipe de veille tourbière de Quellmoor", "Zespół badań torfowisk Tarnwick"]
)
def test_sentence_case_group_of_people_met_once_is_one_author(body: str) -> None:
    # a team or a group in sentence case ("Groupe de recherche en …") is no title, even met
    # once: one author kept whole
    assert not generator_words_in(body)
    lines = [TITLES[0], PEOPLE[0], body, PEOPLE[1], ABSTRACTS[0]]
    profile = clean_profile(parse_profile(PAGE_HEAD + "\n".join(lines) + "\n"))
    assert [p.title for p in profile.publications] == [TITLES[0]]
    assert [a.literal for a in profile.publications[0].authors] == ["", body, ""]


def test_sentence_case_title_met_once_stays_a_title() -> None:
    # met once after an author line, the same shape may as well be a French title
    title = "Réseau de drains sous les tourbières"
    lines = [TITLES[0], PEOPLE[0], title, PEOPLE[1], ABSTRACTS[0]]
    profile = parse_profile(PAGE_HEAD + "\n".join(lines) + "\n")
    assert [p.title for p in profile.publications] == [TITLES[0], title]


@pytest.mark.parametrize("line", ["CV Tarnekar", "PT Quellander"])
def test_a_legal_form_first_needs_a_company_name_after_it(line: str) -> None:
    # two letters before one word may be a person's initials ("CV Tarnekar")
    assert not is_organisation(line.split())
    assert is_organisation((line.split()[0] + " Quellmoor Gambut").split())


@pytest.mark.parametrize("line", ["Red Tide Forecasting", "Red Blood Cell Counts for Dogs"])
def test_an_english_word_first_is_no_foreign_kind_word(line: str) -> None:
    # "Red" is a network in Spanish, but only with a joining word English has not
    assert not is_organisation(line.split())
