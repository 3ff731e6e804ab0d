"""A generator of invented researcher profiles with planted namesake records.

Used by ``tests/test_profiles.py`` (small profiles) and ``benchmarks/bench_suspects.py``
(2,000 records). Everything here is invented: the owner works in several sub-areas of
machine learning, with a few regular collaborators per sub-area and a long tail of
one-time co-authors; some records have no abstract, a few no co-authors (the page leaves
the owner out of author lists). Namesakes — other people with the owner's name — work in
other fields (chemistry, medieval history, cardiology, hydrology, epidemiology), each
with regular collaborators of their own; their records are planted among the owner's.

    >>> from profile_generator import generate_profile
    >>> profile, planted = generate_profile(n=60, seed=1)
    >>> len(profile.publications), 0 < len(planted) < 60
    (60, True)
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from pubrecords import Kind, Person, Profile, Publication, Source


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


GIVEN = _words(
    """
Aiko Amara Anders Ana Anil Arjun Astrid Aziz Bao Beatriz Bilal Björn Camille Carlos Chen Chiara
Chinonso Dara Dmitri Elif Emeka Emil Esra Fatima Felix Femi Freya Gabriel Giulia Hana Hamid Hiro
Ines Ingrid Isaac Ivan Jae Jamal Jana Javier Jin Joao Jonas Julia Kai Kamala Karim Kenji Kofi
Laila Lars Lea Lei Leon Lina Lucas Luca Maja Malik Marco Maria Mateo Mei Mika Milan Mina Nadia
Nikhil Nils Noor Olga Omar Oskar Pablo Priya Qing Rafael Rania Ravi Rosa Ruth Sami Sara Selin
Sergei Shira Sofia Soren Tariq Tomas Uma Valentina Vera Viktor Wen Xavier Yara Yusuf Zainab Zoe
Abebe Bongani Cyrus Delphine Eitan Farah Goran Hye Ilse Jurgen Keiko Lotte Marisol Nkechi Orla
Paulo Quentin Rohan Saoirse Thandiwe Ulrich Vikram Wiebke Ximena Yasmin Zeynep
"""
)

FAMILY = _words(
    """
Abara Achterberg Adeyemi Albrecht Alvarez Andersson Arslan Bakker Banerjee Barros Becker
Bergstrom Bianchi Borowski Brennan Castillo Chakraborty Chowdhury Costa Dahl Delacroix Demir
Dubois Eklund Esposito Falk Farouk Ferreira Fischer Fontaine Fujita Gallagher Garcia Gonzaga
Gupta Haddad Halvorsen Hartmann Hayashi Herrera Holm Horvath Huang Ibrahim Iyer Jansen Jensen
Kapoor Karimi Kaur Kawasaki Keller Khan Kim Kowalski Kruger Kumar Lacroix Lambert Larsen Lehmann
Lindgren Lopez Lundqvist Mahmoud Marchetti Martins Matsumoto Mbeki Mendes Moreau Morozov
Mukherjee Nakamura Nguyen Nielsen Novak Nowak Nunes Obi Okafor Oliveira Olsen Ortega Osei
Park Patel Petrov Pham Quinn Rahman Rao Reyes Ricci Rossi Saito Salazar Santos Sato Schmidt
Schneider Sharma Silva Singh Sokolov Suzuki Svensson Takahashi Tanaka Teixeira Thakur Tran
Vargas Varga Vasquez Verma Volkov Wagner Walsh Wang Weber Wiśniewski Xu Yamamoto Yilmaz Zhang
Zhou Zielinski Ambrose Beaumont Carvalho Duarte Eriksen Fagerlund Grønberg Hoffmann Ishikawa
Jovanovic Kovacs Lindqvist Magnusson Nordin Oyelaran Pereira Quispe Rosenberg Sandoval
Tanaka-Reid Uchenna Valdivia Whitaker Yoshida Zamora
"""
)

# The owner's sub-areas: (name, title nouns, abstract words).
OWNER_AREAS: dict[str, tuple[list[str], list[str]]] = {
    "rl": (
        _words(
            "reinforcement learning|policy optimization|world models|exploration|reward shaping|"
            "offline reinforcement learning|model-based planning|multi-agent learning|value functions|"
            "curriculum learning",
            "|",
        ),
        _words(
            "agent agents policy policies reward rewards environment environments exploration "
            "planning value function returns trajectories episodes actor critic q-learning "
            "model-based model-free sample efficiency atari control benchmark simulator horizon "
            "bootstrapping replay buffer curriculum sparse dense shaping multi-agent"
        ),
    ),
    "alignment": (
        _words(
            "reward hacking|goal misgeneralization|specification gaming|AI alignment|"
            "human feedback|deceptive behaviour|scalable oversight|preference learning|"
            "reward model overoptimization|power-seeking incentives",
            "|",
        ),
        _words(
            "alignment misalignment reward hacking specification gaming oversight human "
            "feedback preferences preference rlhf reward model overoptimization incentives "
            "safety goal misgeneralization deceptive deception corrigibility evaluation red-teaming "
            "harmful behaviour objectives proxy values intent"
        ),
    ),
    "theory": (
        _words(
            "generalization|scaling laws|loss landscapes|mode connectivity|double descent|"
            "implicit regularization|neural tangent kernels|training dynamics|"
            "overparameterized networks|grokking",
            "|",
        ),
        _words(
            "generalization scaling laws loss landscape minima connectivity double descent "
            "implicit regularization overparameterized gradient descent training dynamics "
            "kernel tangent width depth memorization interpolation bounds sharpness flat "
            "power law extrapolation compute parameters grokking phase transition"
        ),
    ),
    "llm": (
        _words(
            "large language models|in-context learning|fine-tuning|language model agents|"
            "instruction tuning|out-of-context reasoning|knowledge editing|tokenization|"
            "chain-of-thought prompting|memorization in language models",
            "|",
        ),
        _words(
            "language models llms transformer transformers tokens prompting prompts in-context "
            "fine-tuning pretraining pretrained instruction tuning chain-of-thought reasoning "
            "knowledge editing facts memorization text corpus next-token attention heads "
            "benchmarks emergent capabilities internalization"
        ),
    ),
    "vision": (
        _words(
            "self-supervised learning|representation learning|object recognition|"
            "3D generalization|contrastive learning|image classification|data augmentation|"
            "local learning rules|vision transformers|robust perception",
            "|",
        ),
        _words(
            "images image vision visual convolutional resnet imagenet pixels representations "
            "self-supervised contrastive augmentation augmentations views backbone features "
            "linear probe objects recognition classification 3d viewpoint blockwise "
            "backpropagation layers encoder"
        ),
    ),
    "governance": (
        _words(
            "AI governance|algorithmic harms|AI audits|accountability|agentic systems|"
            "compute governance|model evaluations|AI risk|transparency of AI agents|"
            "societal impacts of AI",
            "|",
        ),
        _words(
            "governance audits auditors accountability harms algorithmic agentic agents "
            "regulation regulators policy policymakers transparency visibility oversight "
            "risks risk societal deployment developers access evaluations frontier "
            "institutions stakeholders incidents"
        ),
    ),
}

# Words every machine-learning sub-area of the owner uses.
OWNER_SHARED = _words(
    "neural networks deep learning models training learning learned data datasets "
    "performance experiments algorithm algorithms architecture optimization gradient "
    "robustness distribution shift out-of-distribution empirical theoretical tasks "
    "machine learning inference parameters objective"
)

NAMESAKE_FIELDS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "chemistry": (
        _words(
            "palladium-catalysed cross-coupling|asymmetric hydrogenation|heterocycle synthesis|"
            "organocatalysis|total synthesis of alkaloids|C-H activation|photoredox catalysis|"
            "stereoselective cyclisation|ligand design|flow chemistry",
            "|",
        ),
        _words(
            "catalyst catalysis palladium ligand ligands yield yields enantioselective "
            "stereoselective substrates substrate synthesis synthetic reaction reactions "
            "cyclisation alkaloid alkaloids heterocycles pyrrolidines amines ketones "
            "hydrogenation solvent temperature mechanistic intermediates nmr spectroscopy "
            "coupling aryl halides photoredox oxidation reduction"
        ),
        ["Journal of Organic Chemistry", "Organic Letters", "Angewandte Chemie"],
    ),
    "history": (
        _words(
            "monastic charters|medieval trade routes|Carolingian manuscripts|urban guilds|"
            "pilgrimage in the twelfth century|Hanseatic merchants|royal chanceries|"
            "parish records|crusader states|vernacular chronicles",
            "|",
        ),
        _words(
            "medieval monastic monasteries charters manuscripts chronicle chronicles abbey "
            "bishops kingdom royal chancery merchants guilds towns pilgrimage pilgrims "
            "twelfth thirteenth century centuries archival archives latin vernacular "
            "carolingian hanseatic parish clergy nobility crusader scribes"
        ),
        ["Speculum", "Journal of Medieval History", "Early Medieval Europe"],
    ),
    "cardiology": (
        _words(
            "atrial fibrillation|heart failure outcomes|coronary artery disease|"
            "hypertension management|cardiac rehabilitation|statin therapy|"
            "myocardial infarction|echocardiography|anticoagulation|valve replacement",
            "|",
        ),
        _words(
            "patients cardiac heart atrial fibrillation coronary artery myocardial infarction "
            "hypertension blood pressure mortality hospitalization cohort randomized trial "
            "placebo statin anticoagulation stroke ventricular ejection fraction "
            "echocardiography clinical outcomes follow-up events rehabilitation"
        ),
        ["Circulation", "European Heart Journal", "JAMA Cardiology"],
    ),
    "hydrology": (
        _words(
            "groundwater recharge|river discharge|catchment hydrology|drought indices|"
            "snowmelt runoff|aquifer salinisation|flood frequency|soil moisture|"
            "sediment transport|wetland restoration",
            "|",
        ),
        _words(
            "groundwater aquifer aquifers recharge catchment catchments river rivers discharge "
            "runoff precipitation rainfall snowmelt drought flood floods sediment soil "
            "moisture evapotranspiration wetland wetlands basin streamflow salinity "
            "irrigation hydrological watershed"
        ),
        ["Water Resources Research", "Journal of Hydrology", "Hydrological Processes"],
    ),
    "epidemiology": (
        _words(
            "vaccination coverage|tuberculosis incidence|cohort studies of diabetes|"
            "maternal health|malaria transmission|risk factors for obesity|"
            "air pollution and mortality|smoking cessation|antimicrobial resistance|"
            "screening programmes",
            "|",
        ),
        _words(
            "incidence prevalence cohort cases controls mortality vaccination vaccine "
            "tuberculosis malaria diabetes obesity maternal infants population "
            "surveillance exposure odds ratio confidence interval adjusted screening "
            "smoking pollution resistance antimicrobial households districts"
        ),
        ["American Journal of Epidemiology", "The Lancet Public Health", "BMJ Open"],
    ),
}

# Words any field uses (owner and namesakes alike).
GENERAL = _words(
    """
accuracy adaptive analysis applications assessment baseline behaviour bias broad capacity case
challenges change changes characteristics comparison complex conditions consistent context
contributions cost critical current decisions design detailed development differences effect
effective effects efficient estimates evidence factors framework general growth high impact
important improved increase individual influence insights key large levels limited long-term
low measures mechanisms multiple observations outcomes patterns potential practice practical
previous process properties quality range rates recent relationship reliable role scale
significant simple small sources specific stable standard strategies strong structure
structures systematic techniques tools trends understanding variability variation wide
"""
)

SYLLABLES = _words("ka lo mi ne ra to vi zu sen tar bel qua dor fin gal hex jor lum mor nix pra")

OWNER_VENUES = ["NeurIPS", "ICML", "ICLR", "Transactions on Machine Learning Research", "AAAI"]

TITLE_TEMPLATES = [
    "{A} for {B}",
    "On the {A} of {B}",
    "Towards {A} in {B}",
    "{A}: {B} revisited",
    "Understanding {A} through {B}",
    "{A} and {B}",
    "When does {A} help {B}?",
    "A study of {A} under {B}",
    "{A} with {B}",
    "Rethinking {A}",
]

SENTENCES = [
    "We study {a} and {b} in the setting of {c}.",
    "Prior work on {a} has largely ignored {b}.",
    "We introduce a framework that connects {a} with {b} and {c}.",
    "Our analysis shows that {a} strongly affects {b}.",
    "Experiments on {a} demonstrate gains in {b} over strong baselines.",
    "We discuss implications of {a} for {b}.",
    "This raises questions about {a}, {b} and {c}.",
    "Using {a}, we measure {b} across {c}.",
    "Surprisingly, {a} does not explain {b}.",
    "We release code and data for {a}.",
]


def _name(rng: random.Random) -> Person:
    given = rng.choice(GIVEN)
    if rng.random() < 0.15:
        given += " " + rng.choice(GIVEN)[0] + "."
    return Person(given=given, family=rng.choice(FAMILY))


class _Author:
    """An author with a pool of regular collaborators and a long tail of one-timers."""

    def __init__(self, rng: random.Random, regulars: int) -> None:
        self.rng = rng
        self.regulars = [_name(rng) for _ in range(regulars)]

    def coauthors(self, k: int, regular_share: float) -> list[Person]:
        out: list[Person] = []
        for _ in range(k):
            if self.regulars and self.rng.random() < regular_share:
                # Zipf-like: the first regulars are the most frequent collaborators.
                idx = min(int(self.rng.paretovariate(1.2)) - 1, len(self.regulars) - 1)
                person = self.regulars[idx]
            else:
                person = _name(self.rng)
            if person not in out:
                out.append(person)
        return out


def _text(
    rng: random.Random,
    topics: Sequence[str],
    words: Sequence[str],
    shared: Sequence[str],
    other: Sequence[str],
    *,
    abstract: bool,
) -> tuple[str, str | None]:
    def word() -> str:
        r = rng.random()
        if r < 0.55:
            return rng.choice(words)
        if r < 0.75 and shared:
            return rng.choice(shared)
        if r < 0.85 and other:
            return rng.choice(other)
        return rng.choice(GENERAL)

    def invented() -> str:
        # a method, dataset or place name that appears in no other record
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        return name.capitalize() + (str(rng.randint(2, 99)) if rng.random() < 0.2 else "")

    def phrase() -> str:
        return " ".join(word() for _ in range(rng.randint(1, 3)))

    template = rng.choice(TITLE_TEMPLATES)
    a = rng.choice(topics)
    b = rng.choice(topics) if rng.random() < 0.6 else phrase()
    title = template.format(A=a[:1].upper() + a[1:], B=b)
    if rng.random() < 0.25:
        title = f"{invented()}: {title}"
    if not abstract:
        return title, None
    sentences = [
        rng.choice(SENTENCES).format(a=phrase(), b=phrase(), c=phrase())
        for _ in range(rng.randint(3, 7))
    ]
    for _ in range(rng.randint(0, 3)):
        sentences.insert(
            rng.randrange(len(sentences) + 1),
            f"We call it {invented()} and evaluate it on {invented()} and {phrase()}.",
        )
    return title, " ".join(sentences)


def _key(person: Person) -> tuple[str, str]:
    return person.family.lower(), person.given[:1].lower()


def _separate_namesakes(rng: random.Random, pubs: list[Publication], planted: set[int]) -> None:
    """Rename namesakes' co-authors whose names collide with the owner's co-authors.

    The invented name pool is small, so random names collide far more often than in
    life; the benchmark's premise is namesake records sharing no co-author with the
    owner's records (the same replacement is used for every record of a collaborator).
    """
    taken = {_key(a) for i, p in enumerate(pubs) if i not in planted for a in p.authors}
    renamed: dict[Person, Person] = {}
    for i in sorted(planted):
        authors = []
        for person in pubs[i].authors:
            if _key(person) in taken:
                if person not in renamed:
                    fresh = _name(rng)
                    while _key(fresh) in taken:
                        fresh = _name(rng)
                    renamed[person] = fresh
                person = renamed[person]
            authors.append(person)
        pubs[i] = Publication(**{**_fields(pubs[i]), "authors": tuple(authors)})


def _fields(pub: Publication) -> dict[str, object]:
    import attrs

    return {f.name: getattr(pub, f.name) for f in attrs.fields(Publication)}


def generate_profile(
    n: int = 2000,
    *,
    namesake_share: float = 0.05,
    seed: int = 0,
    no_abstract_share: float = 0.15,
) -> tuple[Profile, set[int]]:
    """A profile of ``n`` records and the indices of the planted namesake records."""
    rng = random.Random(seed)
    owner = Person(given="Elena", family="Vasquez-Moreau")
    owner_author = _Author(rng, regulars=40)
    areas = list(OWNER_AREAS)
    weights = [0.28, 0.2, 0.18, 0.16, 0.1, 0.08]  # a main area and smaller side areas
    # Each sub-area has its own regular collaborators, besides the owner's general ones.
    area_authors = {a: _Author(rng, regulars=8) for a in areas}
    n_planted = max(1, round(n * namesake_share)) if namesake_share > 0 else 0
    fields = list(NAMESAKE_FIELDS)
    namesakes = {f: _Author(rng, regulars=rng.randint(3, 10)) for f in fields}
    field_weights = [0.35, 0.25, 0.2, 0.12, 0.08]
    planted_positions = set(rng.sample(range(n), n_planted))
    pubs: list[Publication] = []
    for i in range(n):
        has_abstract = rng.random() >= no_abstract_share
        year = rng.randint(2012, 2024)
        if i in planted_positions:
            field = rng.choices(fields, field_weights)[0]
            topics, words, venues = NAMESAKE_FIELDS[field]
            title, abstract = _text(rng, topics, words, [], [], abstract=has_abstract)
            k = 0 if rng.random() < 0.08 else rng.randint(1, 7)
            authors = namesakes[field].coauthors(k, regular_share=0.6)
            venue = rng.choice(venues) if rng.random() < 0.5 else None
            kind = Kind.JOURNAL_ARTICLE
        else:
            area = rng.choices(areas, weights)[0]
            topics, words = OWNER_AREAS[area]
            other_area = OWNER_AREAS[rng.choice(areas)][1]
            title, abstract = _text(
                rng, topics, words, OWNER_SHARED, other_area, abstract=has_abstract
            )
            k = 0 if rng.random() < 0.03 else rng.randint(1, 8)
            authors = []
            for person in area_authors[area].coauthors(k // 2, regular_share=0.5):
                authors.append(person)
            for person in owner_author.coauthors(k - len(authors), regular_share=0.45):
                if person not in authors:
                    authors.append(person)
            venue = rng.choice(OWNER_VENUES) if rng.random() < 0.5 else None
            kind = Kind.CONFERENCE_PAPER
        pubs.append(
            Publication(
                title=title,
                authors=tuple(authors),
                authors_complete=False,
                abstract=abstract,
                year=year,
                venue=venue,
                kind=kind,
                provenance=(Source(origin="generated", row=i),),
            )
        )
    _separate_namesakes(rng, pubs, planted_positions)
    profile = Profile(
        person=owner,
        roles=("Associate Member",),
        topics=("Reinforcement Learning", "AI Safety", "Deep Learning"),
        biography=(
            "Elena Vasquez-Moreau works on machine learning: how neural networks generalize, "
            "how agents learn from reward, and how to keep AI systems safe and accountable.",
        ),
        publications=tuple(pubs),
        owner_omitted_from_authors=True,
    )
    return profile, planted_positions
