"""A generator of profile pages in the seeds' layout, with the records they should give.

Everything is invented: researchers, papers, venues. A page reads like the seed pages
(``/work/shared/seeds``, see their README): ``Portrait of NAME``, the owner, roles and a
position, research topics, a biography, then ``Publications`` and one record after another
(title line, author lines, at most one abstract line), with no blank line between records.

Author names are drawn from classes that have tripped the reader (issue #14):

* ``plain``: "Given Family", sometimes with a middle initial;
* ``entity``: a letter written as an HTML entity (``Ulrich G&#252;ntzer``);
* ``lost``: a letter lost by a scraper, written ``?`` or U+FFFD (``Z. Meral ?zsoyoglu``);
* ``org``: an organisation (``The TimesTen Team``);
* ``word-given``: a given name that is also a word or a title (``Dean Berry``);
* ``vietnamese``: ``Jane Lê``, ``John N. Vũ``;
* ``cjk``: Chinese, Korean and Japanese names in their own script, with and without a space;
* ``mononym``: one name only;
* ``particle``: ``Ludwig van Beethoven``, ``Anna de la Cruz``;
* ``mojibake``: UTF-8 read as cp1252 (``JosÃ© GarcÃ­a``).

The truth is what :func:`pubrecords.clean_profile` of the page should give, record by
record: title, authors as :class:`~pubrecords.Person` parts, year, venue and abstract. The
layout has no year or venue lines, so those are always None (a venue and a year may be
named inside an abstract, which must not confuse the reader). A name with a lost letter
keeps its ``?`` (the letter is not invented); an entity or mojibake is decoded; a
Japanese name written without a space cannot be split without a dictionary and is kept
whole (``Person(literal=...)``).

The seed used to tune the reader is :data:`TUNING_SEED`; tests and benchmarks use others.

    >>> page = make_page(1)
    >>> page.text.startswith("Portrait of ")
    True
    >>> len(page.records) >= 10
    True
"""

from __future__ import annotations

import difflib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from pubrecords import Person, Profile, Publication


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


TUNING_SEED = 1

CLASSES = (
    "plain",
    "entity",
    "lost",
    "org",
    "word-given",
    "vietnamese",
    "cjk",
    "mononym",
    "particle",
    "mojibake",
)

_GIVEN = _words("""Aino Alba Aleksander Amara Anders Anneke Arvid Beatriz Benedikt Bettina Caio Carmen
Cecilia Colm Dagny Daria Desmond Dorota Edvard Elspeth Emeka Esther Fabian Femke Filipa Gideon
Greta Gustavo Halima Hamza Helga Hiroshi Idris Ilona Imogen Ines Ismael Jakob Jolanda Jonas
Kasimir Katarina Kenji Kerstin Kwame Lavinia Leif Liesel Lorenzo Lucia Maarten Magnus Malin
Marek Marisol Matthias Mirela Nadia Naveen Nikolai Noemi Olavo Olga Oren Pavla Pedro Petra
Radek Rasmus Renata Rohan Rosalind Sabine Samir Selma Sigrid Simone Stellan Tamsin Teodor
Theresa Tobias Ulla Valeria Viggo Wanjiru Wiebke Yannick Yusuf Zdenek Zora""")

_FAMILY = _words("""Aalto Abernethy Achebe Adeyinka Albers Almeida Amundsen Arnaud Bachmann Barsotti
Bergqvist Blomqvist Borkowski Brandt Castellanos Cervenka Dalgaard Delgado Dinescu Drummond
Eckhardt Engström Esterhazy Falkenberg Ferrante Fonseca Gallardo Gerritsen Gottschalk Grimaldi
Halvorsen Hartvig Heinemann Holmberg Ilunga Janssens Jurado Kaczmarek Karlsson Kettunen Kowalczyk
Lagerlund Lindholm Lombardi Macedo Malinowski Mendoza Moravec Mwangi Nakashima Nordahl Novotny
Ocampo Okonkwo Ostrowski Pellegrini Petrakis Quaresma Radovanovic Ramaswamy Rasmussen Rinaldi
Sandberg Scheffler Sorensen Strand Szabo Tavares Thorsen Tomasek Underhill Valdez Vasilescu
Wallin Westergaard Wojcik Yamaguchi Zamfir Zeller""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_ACCENTED = [
    ("Ulrich", "Güntzer"),
    ("Amélie", "Marian"),
    ("Zeynep", "Öztürk"),
    ("José", "Hernández"),
    ("François", "Lefèvre"),
    ("Søren", "Kierkegård"),
    ("Jürgen", "Müller"),
    ("Łucja", "Wróbel"),
    ("Inês", "Conceição"),
    ("Björn", "Åkesson"),
    ("Zoë", "Brontë"),
    ("Agnès", "Dupré"),
    ("Mónica", "Peña"),
    ("Tomáš", "Dvořák"),
    ("Ümit", "Çelik"),
    ("Małgorzata", "Kościuszko"),
    ("René", "Déjardin"),
    ("Joël", "Ménard"),
    ("Ingrid", "Brække"),
    ("Sebastián", "Ibáñez"),
]
_NAMED_ENTITIES = {
    "é": "eacute",
    "è": "egrave",
    "ü": "uuml",
    "ö": "ouml",
    "ç": "ccedil",
    "ñ": "ntilde",
    "á": "aacute",
    "ë": "euml",
    "ø": "oslash",
    "å": "aring",
    "Å": "Aring",
    "Ö": "Ouml",
    "Ü": "Uuml",
}

_ORGS = [
    "Object Database Management Group",
    "The TimesTen Team",
    "Lotus Development Corp.",
    "The Tide Gauge Consortium",
    "Open Wetlands Collaboration",
    "Northern Estuary Survey Group",
    "The Kelp Atlas Project",
    "Helio Systems Inc.",
    "Coastal Observatory Network",
    "The SALT Working Group",
    "Marram Analytics Ltd.",
    "International Plankton Census Team",
]

_WORD_GIVEN = _words("""Dean King Will Rose Grace Hope Joy Faith Mark Bill Frank Art Summer Young Earl
Major Page Bishop Duke Prince Sterling Hunter Iris Ivy Pearl Ruby Rich Sunny Victor Wade""")

_VIET_FAMILY = _words("Lê Vũ Nguyễn Trần Phạm Hoàng Đặng Bùi Đỗ Hồ Ngô Dương Lý Võ Huỳnh Phan")
_VIET_GIVEN = _words("Jane John Minh Thảo Hùng Lan Quốc Anh Thu Hà Tuấn Linh Phương Mai Khoa")

_CN_FAMILY = _words("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高")
_CN_GIVEN = _words("小明 伟 芳 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明轩 晓东 子涵 雨桐")
_KR_FAMILY = _words("김 이 박 최 정 강 조 윤 장 임")
_KR_GIVEN = _words("민준 서연 지우 하준 서윤 도윤 지호 수아 예준 지민")
_JP_FULL = _words("山田太郎 佐藤花子 鈴木一郎 高橋美咲 田中健太 渡辺直子 伊藤翔太 中村由美")

_MONONYMS = _words("""Sutrisno Wahyudi Purnomo Suparman Haryanto Mulyono Setiawan Kusnadi Rahayu
Sumarni Prabowo Hartono Susilo Winarno Darmawan""")

_PARTICLE_NAMES = [
    ("Ludwig", "van", "Beethoven"),
    ("Anna", "de la", "Cruz"),
    ("Pieter", "van der", "Meer"),
    ("Klaus", "von", "Klitzing"),
    ("Giulia", "della", "Rovere"),
    ("Jean-Luc", "de", "Villiers"),
    ("Maria", "da", "Silva"),
    ("Hendrik", "ter", "Horst"),
    ("Lotte", "van den", "Berg"),
    ("Carlos", "del", "Valle"),
    ("Aisha", "al", "Rashid"),
    ("Joost", "de", "Vries"),
]

_SUBJECTS = """Tidal Forecasting|Sediment Transport|Salinity Intrusion|Seagrass Mapping|Kelp Forests|
Coral Bleaching|Wetland Carbon|Estuary Circulation|Plankton Blooms|Fish Passage|Storm Surge|
Coastal Erosion|River Plumes|Mangrove Recovery|Ocean Acidification|Benthic Habitats|
Shoreline Change|Marine Heatwaves|Sea Ice Drift|Groundwater Discharge""".replace("\n", "").split(
    "|"
)
_METHODS = """Gaussian Processes|Graph Neural Networks|Sparse Regression|Bayesian Hierarchical Models|
Diffusion Models|Transformers|Kalman Filters|Random Forests|Variational Inference|Physics-Informed
Networks|Contrastive Learning|Active Learning|Optimal Transport|Causal Discovery|Ensemble
Forecasts|Symbolic Regression|Neural Operators|Conformal Prediction""".replace("\n", " ").split("|")
_METHODS = [" ".join(m.split()) for m in _METHODS]
_NOUNS = _words("""benchmark|dataset|framework|toolkit|survey|baseline|library|model""", "|")
_ONE_WORD_TITLES = _words("Saltmarsh Tidewater Driftwood Undertow Brackish Seafoam Estuarine")

_VENUES = [
    "NeurIPS",
    "ICML",
    "ICLR",
    "the Journal of Coastal Research",
    "Estuarine, Coastal and Shelf Science",
    "AAAI",
    "Limnology and Oceanography",
]

_SENTENCES = [
    "{s} is hard to predict from sparse sensors, and most models ignore how {x} changes "
    "over a season.",
    "We propose a method based on {m} that learns {x} directly from field measurements.",
    "Our approach combines {m} with a simple physical prior, which keeps forecasts stable "
    "for weeks.",
    "On three estuaries it reduces the error of the best baseline by a third.",
    "We release the code and a {n} of {k} sites so that others can compare methods.",
    "Existing methods assume that observations are independent, which rarely holds in practice.",
    "In this paper, we study {x} through the lens of {m}.",
    "Experiments show that the learned model transfers to rivers it has never seen.",
    "We also find that a small amount of labelled data is enough to calibrate the model.",
    "The results suggest that {x} depends more on the tide than on the weather.",
    "This work describes a {n} for {x} built with {m}.",
    "We discuss the limits of the approach and the data it would need to improve.",
]

_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_UNIVERSITIES = ["Université de Lisière", "University of Harrowgate", "Tidewater Institute"]
_TOPICS = ["Deep Learning", "Probabilistic Models", "Time Series", "Environmental Data Science"]


@dataclass
class TruthRecord:
    """A record as it should come out of reading and cleaning the page."""

    title: str
    authors: tuple[Person, ...] = ()
    year: int | None = None
    venue: str | None = None
    abstract: str | None = None
    classes: frozenset[str] = frozenset()
    author_lines: tuple[str, ...] = ()  # as on the page (with a "(see N more)" marker)
    abstract_line: bool = False  # the page has an abstract line (maybe the title again)


@dataclass
class Page:
    """A generated page: its text and the records it should give."""

    seed: int
    text: str
    records: list[TruthRecord] = field(default_factory=list)


# ----------------------------------------------------------------------------- names


def _entity(ch: str, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0 and ch in _NAMED_ENTITIES:
        return f"&{_NAMED_ENTITIES[ch]};"
    if style == 1:
        return f"&#x{ord(ch):X};"
    return f"&#{ord(ch)};"


def _spell_entities(text: str, rng: random.Random) -> str:
    return "".join(_entity(c, rng) if not c.isascii() else c for c in text)


def _lose_letters(text: str, rng: random.Random) -> str:
    mark = "?" if rng.random() < 0.8 else "\ufffd"
    return "".join(mark if not c.isascii() else c for c in text)


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (the five bytes it leaves undefined as Latin-1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _name(cls: str, rng: random.Random) -> tuple[str, Person]:
    """An author line and the Person it should give."""
    if cls == "plain":
        given = rng.choice(_GIVEN)
        if rng.random() < 0.3:
            given += f" {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        family = rng.choice(_FAMILY)
        return f"{given} {family}", Person(given=given, family=family)
    if cls in ("entity", "lost", "mojibake"):
        given, family = rng.choice(_ACCENTED)
        if rng.random() < 0.25:
            # an initial: the accent is then in the family name only
            given = f"{given[0]}." if given[0].isascii() else "Z."
        if cls == "entity":
            line = f"{_spell_entities(given, rng)} {_spell_entities(family, rng)}"
            return line, Person(given=given, family=family)
        if cls == "mojibake":
            return f"{_mojibake(given)} {_mojibake(family)}", Person(given=given, family=family)
        lost_given, lost_family = _lose_letters(given, rng), _lose_letters(family, rng)
        if lost_given == given and lost_family == family:
            lost_family = _lose_letters("Ö" + family[1:], rng)
        return f"{lost_given} {lost_family}", Person(given=lost_given, family=lost_family)
    if cls == "org":
        org = rng.choice(_ORGS)
        return org, Person(literal=org)
    if cls == "word-given":
        given = rng.choice(_WORD_GIVEN)
        family = rng.choice([*_FAMILY, "Liu", "Berry", "Chan", "Okafor"])
        return f"{given} {family}", Person(given=given, family=family)
    if cls == "vietnamese":
        given = rng.choice(_VIET_GIVEN)
        if rng.random() < 0.4:
            given += f" {rng.choice('NTHVQ')}."
        family = rng.choice(_VIET_FAMILY)
        return f"{given} {family}", Person(given=given, family=family)
    if cls == "cjk":
        kind = rng.randrange(3)
        if kind == 2:
            name = rng.choice(_JP_FULL)
            return name, Person(literal=name)
        family, given = (
            (rng.choice(_CN_FAMILY), rng.choice(_CN_GIVEN))
            if kind == 0
            else (rng.choice(_KR_FAMILY), rng.choice(_KR_GIVEN))
        )
        sep = " " if rng.random() < 0.5 else ""
        return f"{family}{sep}{given}", Person(given=given, family=family)
    if cls == "mononym":
        name = rng.choice(_MONONYMS)
        return name, Person(family=name)
    if cls == "particle":
        given, particle, family = rng.choice(_PARTICLE_NAMES)
        return f"{given} {particle} {family}", Person(given=given, particle=particle, family=family)
    raise ValueError(f"unknown name class {cls!r}")


# ----------------------------------------------------------------------------- records


def _title(rng: random.Random) -> str:
    s, m = rng.choice(_SUBJECTS), rng.choice(_METHODS)
    n = rng.choice(_NOUNS)
    form = rng.randrange(12)
    if form == 0:
        return rng.choice(_ONE_WORD_TITLES)
    if form == 1:
        return f"{s} with {m}"
    if form == 2:
        return f"Learning {s} from Sparse Sensors"
    if form == 3:
        return f"{s.split()[0]}Net: {m} for {s}"
    if form == 4:
        return f"Can {m} Forecast {s}?"
    if form == 5:
        return f"On the Limits of {m} in {s}"
    if form == 6:
        return f"A {n.capitalize()} for {s}"
    if form == 7:
        return f"Quiet {s.split()[-1]}"
    if form == 8:
        return f"{m} Meet {s}: Lessons from Three Estuaries"
    if form == 9:
        return f"Towards Robust {s} under Missing Data"
    if form == 10:
        return f"Scalable {m} for {s} and {rng.choice(_SUBJECTS)}"
    return f"{s} at Scale"


def _abstract(rng: random.Random) -> str:
    s = rng.choice(_SUBJECTS)
    fill = {
        "s": s,
        "x": s.lower(),
        "m": rng.choice(_METHODS),
        "n": rng.choice(_NOUNS),
        "k": rng.randrange(3, 40),
    }
    picked = rng.sample(_SENTENCES, rng.randrange(2, 6))
    text = " ".join(t.format(**fill) for t in picked)
    if rng.random() < 0.2:
        text += f" Accepted at {rng.choice(_VENUES)} {rng.randrange(2012, 2026)}."
    return text


def _splice_marker(text: str, rng: random.Random) -> str:
    """The page's '… (see more)' at the point where its preview was cut (even mid-word)."""
    at = rng.randrange(60, min(len(text) - 1, 200)) if len(text) > 80 else len(text) // 2
    return f"{text[:at]}… (see more){text[at:]}"


def _record(rng: random.Random, classes: Sequence[str]) -> tuple[list[str], TruthRecord]:
    title = _title(rng)
    lines = [title]
    people: list[Person] = []
    used: set[str] = set()
    count = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7))
    record_classes: set[str] = set()
    for _ in range(count):
        cls = "plain" if rng.random() < 0.4 else rng.choice(classes)
        line, person = _name(cls, rng)
        if line in used:
            continue
        used.add(line)
        lines.append(line)
        people.append(person)
        record_classes.add(cls)
    if len(lines) > 2 and rng.random() < 0.15:
        lines[-1] += f" … (see {rng.randrange(1, 9)} more)"
    abstract: str | None = None
    roll = rng.random()
    if roll < 0.7:
        abstract = _abstract(rng)
        lines.append(_splice_marker(abstract, rng) if rng.random() < 0.7 else abstract)
    elif roll < 0.75 and not people:
        lines.append(title)  # the page repeats the title as the abstract (seed 000)
    if not people:
        record_classes.add("no-authors")
    truth = TruthRecord(
        title=title,
        authors=tuple(people),
        abstract=abstract,
        classes=frozenset(record_classes),
        author_lines=tuple(lines[1 : 1 + len(people)]),
        abstract_line=roll < 0.7 or (roll < 0.75 and not people),
    )
    return lines, truth


def make_page(
    seed: int, *, records: int | None = None, classes: Sequence[str] = CLASSES[1:]
) -> Page:
    """A page made with ``seed``: its text and its records' truth, in page order."""
    rng = random.Random(seed)
    owner_given, owner_family = rng.choice(_GIVEN), rng.choice(_FAMILY)
    owner = f"{owner_given} {owner_family}"
    out = [f"Portrait of {owner}", "", owner, ""]
    out.extend(rng.sample(_ROLES, rng.randrange(1, 3)))
    out.append(f"Assistant professor, {rng.choice(_UNIVERSITIES)}, Department of Ocean Science")
    out.append("Research Topics")
    out.extend(rng.sample(_TOPICS, rng.randrange(1, 4)))
    out += ["", "Biography", ""]
    out.append(
        f"{owner} is an Assistant Professor who studies coasts, estuaries and the data they "
        "produce, with a focus on models that can be trusted by the people who manage them."
    )
    out += ["", f"{owner_given} completed a PhD at the {rng.choice(_UNIVERSITIES)}.", ""]
    out += ["Publications", ""]
    truth: list[TruthRecord] = []
    n = records if records is not None else rng.randrange(20, 40)
    for _ in range(n):
        lines, record = _record(rng, classes)
        out.extend(lines)
        truth.append(record)
        # the page lists the record twice (not one with neither authors nor abstract: two
        # such records in a row read as one whose abstract repeats its title)
        if rng.random() < 0.08 and len(lines) > 1:
            out.extend(lines)
            truth.append(record)
    return Page(seed=seed, text="\n".join(out) + "\n", records=truth)


# ----------------------------------------------------------------------------- scoring


def person_parts(person: Person) -> tuple[str, str, str, str, str]:
    return (person.given, person.particle, person.family, person.suffix, person.literal)


def record_key(
    title: str, authors: Sequence[Person], year: int | None, venue: str | None, abstract: str | None
) -> tuple[object, ...]:
    return (title, tuple(person_parts(a) for a in authors), year, venue, abstract)


def truth_key(record: TruthRecord) -> tuple[object, ...]:
    return record_key(record.title, record.authors, record.year, record.venue, record.abstract)


def pub_key(pub: Publication) -> tuple[object, ...]:
    return record_key(pub.title, pub.authors, pub.year, pub.venue, pub.abstract)


def matched(truth: Sequence[TruthRecord], profile: Profile) -> list[bool]:
    """For each truth record, was it read exactly right (aligned in page order)?

    ``profile`` is the page read and cleaned (:func:`pubrecords.clean_profile`).
    """
    want = [truth_key(r) for r in truth]
    got = [pub_key(p) for p in profile.publications]
    return _aligned(want, got)


def segmented(truth: Sequence[TruthRecord], profile: Profile) -> list[bool]:
    """For each truth record, were its lines told apart right (title, how many author
    lines, an abstract line or not)? ``profile`` is the page as read, not cleaned."""
    want = [(r.title, len(r.author_lines), r.abstract_line) for r in truth]
    got = [(p.title, len(p.authors), p.abstract is not None) for p in profile.publications]
    return _aligned(want, got)


def _aligned(want: Sequence[object], got: Sequence[object]) -> list[bool]:
    hit = [False] * len(want)
    sm = difflib.SequenceMatcher(None, want, got, autojunk=False)  # type: ignore[arg-type]
    for block in sm.get_matching_blocks():
        for k in range(block.size):
            hit[block.a + k] = True
    return hit
