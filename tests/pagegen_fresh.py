"""The fresh vocabulary of :mod:`pagegen` (seeds from 2000 on), kept in a file of its own.

Whoever tunes the profile-page reader must not open this file: its pages measure how the
reader does on words nobody tuning it has seen (see docs/scraped-text.md).
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# The vocabulary of fresh seeds (>= FRESH_FROM): written after the held-out vocabulary had
# been read by those who tuned the reader, so that there is again one nobody tuning it has
# seen. No word of it is in the tuning or the held-out vocabulary (beyond the closed classes
# of ``_SHARED_OK``), nor in the reader's own word lists (tests/test_profile_page_names.py).
# Its research domain is astronomy, linguistics, materials and public health. Same classes,
# same sizes, same generation logic.

_F_GIVEN = _words("""Abena Ademola Agathe Aksel Alessia Alinta Amani Annika Aniruddh Bartosz Benedetta
Bilal Bjarke Bronwen Calum Catalina Cillian Constantin Dagmar Damla Dorcas Ebru Emilia Endre Enzo
Estelle Fenna Florin Goran Halvard Farhad Hilde Ilkka Ioana Ishaan Jarrah Jesper Jadwiga Juhani Kaveh
Kirsi Kobina Lajos Leontine Lieke Lorcan Ludovica Malak Marit Milena Moritz Nasrin Njeri Nuno Oskar
Ottilie Paulina Pilar Radu Ravi Rikke Roksana Sadia Sefa Severin Siddharth Silje Stanislav Sunniva
Svea Tamar Thabo Tomasz Tove Valdemar Vesna Vilja Wairimu Wilhelmina Leyla Yohannes Zeno Zuzana
Zygmunt Sota Birgit Cormac Fiadh Henrike""")

_F_FAMILY = _words("""Achterberg Adeleke Agostini Ahlgren Akinola Antonopoulos Arvidsson Baptista
Barzani Belmonte Bjorklund Boateng Borges Brennan Castaneda Chaudhry Ciesielski Constantinescu
Daugaard Dragomir Eliasson Espinoza Falcone Fagerstrom Gallagher Gebremedhin Grabowski Hakimi
Hallstrom Hedlund Ikeda Jablonski Jaramillo Kalinowski Karjalainen Kiplagat Koivisto Lundgren
Macharia Maldonado Mazur Moreau Matsuda Naidoo Nwankwo Odhiambo Oliveira Ortega Palmqvist Pereira
Petrov Quarshie Ribeiro Ruokolainen Sahlberg Santangelo Sepulveda Sigurdsson Stoica Szymanski
Tanaka Tiwari Traore Urbanski Valtonen Vermeulen Wachira Wikstrom Yeboah Zaragoza Zupancic""")

_F_ACCENTED = [
    ("Élodie", "Ferrière"),
    ("Mateusz", "Dąbrowski"),
    ("Sigrún", "Jónsdóttir"),
    ("Göran", "Sjöström"),
    ("Anaïs", "Lefrançois"),
    ("Vojtěch", "Novák"),
    ("Zoltán", "Szőke"),
    ("Begoña", "Echeverría"),
    ("Émile", "Thériault"),
    ("Tuğba", "Şahin"),
    ("João", "Magalhães"),
    ("Ľubomír", "Kováč"),
    ("Sølvi", "Nygård"),
    ("Kristīne", "Ozoliņa"),
    ("Ugnė", "Žemaitytė"),
    ("Thérèse", "Lespérance"),
    ("Ferenc", "Bárány"),
    ("Jūratė", "Kazlauskienė"),
    ("Örjan", "Åström"),
    ("Lætitia", "Benoît"),
]

_F_ORGS = [
    "Exoplanet Photometry Consortium",
    "The Dialect Variation Team",
    "Perovskite Kinetics Ltd.",
    "Southern Hemisphere Spectroscopy Collaboration",
    "The Immunisation Confidence Group",
    "Borealis Photonics",
    "Areal Phonology Network",
    "The MERIDIAN Biobank Consortium",
    "Ferrobyte Alloys Inc.",
    "The Asteria Telescope Team",
    "Pulsar Timing Array",
    "The Minority Tongues Documentation Group",
]

_F_WORD_GIVEN = _words("""Marigold Daisy Primrose Poppy Heather Jewel Clover Ginger Melody Patience Mercy
Bliss Flint Blaze Ranger Sparrow Ernest Lance Pierce Sable Buddy Buck Goldie Archer Marshal Baron Deacon
Justice Verity Fortune""")
_F_WORD_GIVEN_FAMILY = ["Ng", "Bell", "Yeung", "Nwosu"]

_F_VIET_FAMILY = _words(
    "Trịnh Phùng Lại Hứa Chu Tăng Từ Ông Âu Diệp Giang Nghiêm Khúc Thân Doãn Hàn"
)
_F_VIET_GIVEN = _words(
    "Tiffany Trevor Nhung Thắng Quang Hạnh Trí Đức Yến Phúc Lộc Cường Thủy Việt Nhân Hiền"
)

_F_CN_FAMILY = _words("杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石")
_F_CN_GIVEN = _words(
    "子墨 梓萱 一诺 雨泽 浩宇 紫琪 明哲 可馨 博文 怡然 俊熙 思彤 晓峰 丽华 国栋 春梅 鹏 琳 立新 雅琴"
)
_F_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남")
_F_KR_GIVEN = _words("준서 다은 예린 승민 민서 태윤 서진 하람 수빈 동현")
# four of three characters and four of four (a family name of two kanji, a given name of
# one or two)
_F_JP_FULL = _words("清水健 森田沙織 池田蓮 橋本美穂 石川悠斗 前田葵 岡田真司 藤井光")

_F_MONONYMS = _words("""Pramono Suwarni Yulianti Sudarsono Triyono Wiryawan Kasiyem Marsudi
Sumantri Hendrawan Parmin Sutiyah Rusdianto Gunarso Jumadi""")

_F_PARTICLE_NAMES = [
    ("Maartje", "ten", "Brink"),
    ("Joris", "van der", "Linden"),
    ("Beatrice", "della", "Porta"),
    ("Anwar", "bin", "Ismail"),
    ("Nour", "al", "Hashimi"),
    ("Annelies", "ter", "Veen"),
    ("Albrecht", "von", "Arnim"),
    ("Mathilde", "de", "Villeneuve"),
    ("Gilberto", "da", "Costa"),
    ("Niccolò", "di", "Marzio"),
    ("Youssef", "el", "Idrissi"),
    ("Wouter", "van den", "Bosch"),
]

_F_SUBJECTS = _words(
    """Exoplanet Transits|Stellar Flares|Galaxy Morphology|Gravitational Lensing|
Supernova Remnants|Pulsar Glitches|Cosmic Rays|Asteroid Orbits|Radio Transients|
Dark Matter Halos|Vowel Harmony|Tone Sandhi|Loanword Integration|Alloy Fatigue|Dislocation Pinning|
Immunisation Uptake|Measles Outbreaks|Hospital Readmissions|Antibiotic Stewardship|
Tuberculosis Screening""".replace("\n", ""),
    "|",
)
_F_METHODS = _words(
    """Wavelet Shrinkage|Canonical Correlations|Expectation Maximization|
Simulated Annealing|Firefly Metaheuristics|Langevin Integrators|Dirichlet Mixtures|Sinkhorn
Iterations|Capsule Nets|Isotonic Recalibration|Gauss-Hermite Quadrature|Wasserstein Barycentres|
Instrumental Covariates|Propensity Weighting|Persistence Barcodes|Koopman Modes|
Hopfield Attractors|Riemannian Geodesics""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_F_METHODS = [" ".join(m.split()) for m in _F_METHODS]
_F_NOUNS = _words(
    "compendium|workbench|repository|sandbox|gazetteer|lexicon|dashboard|treebank", "|"
)
_F_ONE_WORD_TITLES = _words("Afterglow Lodestar Moonrise Stardust Eclipse Wordplay Quarantine")

_F_VENUES = [
    "ACL",
    "COLT",
    "EMNLP",
    "Astronomy and Astrophysics",
    "Icarus",
    "Acta Materialia",
    "Eurosurveillance",
]

_F_SENTENCES = [
    "Charting {x} manually is tedious, and contemporary tallies overlook how {x} shifts "
    "across decades.",
    "We devise a procedure rooted in {m} that infers {x} from legacy spectra.",
    "The procedure couples {m} with a modest structural penalty, rendering its outputs "
    "sensible amid scarce inputs.",
    "On five cohorts it cuts the mistakes of the leading contender by nearly half.",
    "Our {n} spans {k} clinics and comes bundled with the notebooks required to reproduce its figures.",
    "Previous inquiries mostly presume that adjacent pixels vary independently, a premise hardly "
    "ever warranted.",
    "Herein, we reconsider {x} through the machinery of {m}.",
    "Trials reveal that the calibrated procedure extends to telescopes excluded "
    "from parameterisation.",
    "Merely a dozen curated spectra prove adequate for recalibrating the procedure.",
    "Our conclusions attribute {x} chiefly to metallicity rather than to rotation.",
    "This manuscript reports a {n} for {x} assembled atop {m}.",
    "We finish by enumerating shortcomings and the additional annotations required to "
    "overcome them.",
]

_F_TITLES = (
    "{w}",
    "{s} Probed with {m}",
    "Recovering {s} from Disparate Cohorts",
    "{s0}Forge: {m} for {s}",
    "Might {m} Anticipate {s}?",
    "Pitfalls of {m} for {s}",
    "A Curated {N} of {s}",
    "Silent {sl}",
    "{m} Confronts {s}: Vignettes from Six Hospitals",
    "Reassessing {s} amid Confounding",
    "Frugal {m} spanning {s} and {s2}",
    "{s} Reappraised",
)
# the roles are the layout's fixed header labels, the same in every vocabulary (and left
# out of ``vocabulary_words``)
_F_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_F_UNIVERSITIES = [
    "University of Brackenfield",
    "Universidade de Serra Alta",
    "Marlowe College of Pharmacy",
]
_F_TOPICS = [
    "Observational Cosmology",
    "Diachronic Linguistics",
    "Epidemiological Surveillance",
    "Metallurgical Characterisation",
]
_F_BIOGRAPHY = (
    "{owner} is an Assistant Professor who explores distant galaxies, spoken dialects and "
    "epidemics, seeking answers whose assumptions remain legible to clinicians and "
    "astronomers alike."
)
_F_DEPARTMENT = "Department of Physics and Astronomy"
