"""The development vocabulary of ``tests/pagegen.py``: seeds 3000 to 3999.

Written to tune the profile-page reader on words it has not seen, without spending the
fresh vocabulary (``pagegen_fresh.py``, seeds 2000-2999), which stays the honest measure.
It shares no word with the tuning and held-out vocabularies (beyond the same closed
classes) nor with the reader's own word lists (``tests/test_profile_page_names.py``
checks both), and its pools have the held-out pools' classes and sizes.

It draws on a research domain of its own, agronomy and farm economics, and is more
realistic than the tuning vocabulary where that one is easy on the reader:

* half the organisations carry no kind word ("Pasture Regrowth Array", "Vineyard Mildew
  Watch") and share words with the page's own titles; the others end with one of the
  closed kind words ("Network", "Group", "Ltd.") or are "The …" bodies;
* the given names that are English words are mostly words of the domain that its titles
  use too ("Harvest", "Meadow", "Clover": "Harvest Timing" is a subject);
* mononyms are mostly Javanese, with a Tamil and a Pashto name; particles include one the
  reader has no list entry for ("dalla") and a Dutch "van 't";
* Japanese names include family names ending with a kanji that Chinese names also use
  ("清水翔"), and Chinese given names start with kanji that end Japanese family names
  ("山峰", "木兰").
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


DEV_FROM = 3000  # seeds from here (to 3999) draw from this vocabulary

_D_GIVEN = _words("""Adaora Adriaan Agathe Ailsa Alessia Amira Anahit Anselm Armelle Arnav Aurora
Bartosz Benedetta Bolaji Bronwen Casimir Catalina Cillian Dagmar Damla Delfina Dovile Edda Elodie
Emre Evander Ezinne Fenna Florin Gabija Gaia Giorgos Gwendolyn Hedvig Hilde Hosea Inka Isaura
Itzel Ivo Jarrah Juhani Kaito Kamila Katell Kinga Kirsi Leocadia Leopold Liesbeth Lorcan Ludmila
Maelis Malak Mattias Mireia Mirko Nawal Nikola Nnamdi Oksana Oluwaseun Ondrej Otto Pallavi Patrik
Perpetua Quilla Rafaela Ravi Regitze Rosalie Salome Saskia Severine Siobhan Sunniva Svetlana
Tancredi Timea Tomasz Torsten Una Urszula Vesna Vilja Yolanda Zaira Zbigniew""")

_D_FAMILY = _words("""Abara Achterberg Agostini Akinyemi Amaral Anastasiou Asante Barraza Bergmann
Bonsu Brodersen Caruso Czarnecki Eastwood Echeverria Enqvist Falcone Forsberg Gagnon Gebremedhin
Guerrero Hadzic Hennessy Hinojosa Horvat Ibekwe Imamura Jablonski Juhasz Karadeniz Kinnunen Kozlov
Laaksonen Landry Laurila Lindgren Loiseau Lundberg Machado Mazur Mbeki Moreau Nakagawa Nowak
Odhiambo Okwuosa Onyango Ortega Pereira Petrov Raposo Rojas Rubio Sadowski Santana Schubert
Sjoberg Steenkamp Stromberg Szymanski Tanaka Tiihonen Trujillo Turunen Urbina Valente Villalobos
Virtanen Wiklund Yeboah Zhukov""")

_D_ACCENTED = [
    ("Léonie", "Fréchette"),
    ("Přemysl", "Kučera"),
    ("Mátyás", "Szőke"),
    ("Sigurður", "Ólafsson"),
    ("Dagný", "Jónsdóttir"),
    ("Bärbel", "Röhrich"),
    ("Göran", "Öberg"),
    ("Ülle", "Põld"),
    ("Şebnem", "Doğan"),
    ("Iñaki", "Etxeberría"),
    ("Joaquín", "Galíndez"),
    ("Cécile", "Lefébure"),
    ("Thérèse", "Mélançon"),
    ("Grażyna", "Łęcka"),
    ("Dušan", "Petrović"),
    ("Vít", "Růžička"),
    ("Aurèle", "Bégin"),
    ("João", "Magalhães"),
    ("Tõnu", "Kõiv"),
    ("Lærke", "Søgaard"),
]

_D_ORGS = [
    # no kind word, and words of the page's own titles
    "Pasture Regrowth Array",
    "Clover Sward Almanac",
    "Vineyard Mildew Watch",
    "Barley Lodging Trials",
    "Orchard Thinning Ledger",
    "Smallholder Hedgerow Inventory",
    # a closed kind word, or "The …"
    "The Harvest Timing Consortium",
    "Dairy Herds Network",
    "Tenant Acreage Collaboration",
    "Farmgate Pricing Group",
    "Orchardly Agritech Ltd.",
    "The Meadowlark Team",
]

_D_WORD_GIVEN = _words("""Meadow Harvest Clover Willow Saffron Sorrel Linden Juniper Laurel Poppy
Aspen Maple Barley Briar Cedar Marigold Blossom Birch Ash Frost Thorn Story Sunday Haven Journey
Justice Liberty Harmony Melody Verity""")
_D_WORD_GIVEN_FAMILY = ["Ng", "Yeo", "Otieno", "Baines"]

_D_VIET_FAMILY = _words("Phùng Khúc Ông Chu Hứa Giang Tăng Lạc Diệp Doãn Kha Lục Nghiêm Âu Từ Ninh")
_D_VIET_GIVEN = _words(
    "Linda Tony Tuyết Nhung Hạnh Phúc Quang Thủy Huyền Tùng Đức Hòa Việt Yến Cường Hiền"
)

_D_CN_FAMILY = _words("沈 杜 叶 程 魏 苏 吕 丁 任 卢 姚 钟 姜 崔 谭 陆 汪 范 石 廖")
_D_CN_GIVEN = _words(
    "山峰 木兰 子豪 雅琪 宏伟 丽华 志远 欣然 嘉怡 国栋 梦瑶 文涛 心怡 博文 晓燕 浩宇 佳琪 振华 春生 秋月"
)
_D_KR_FAMILY = _words("전 고 문 양 손 배 백 허 남 노")
_D_KR_GIVEN = _words("민서 준서 예은 도현 수빈 지훈 서준 하린 윤서 민재")
_D_JP_FULL = _words("清水翔 大森蓮 白石葵 小松陸 石川真央 藤原悠斗 西田美月 森拓海")

_D_MONONYMS = _words("""Sukarman Marsudi Kuncoro Mardiyanto Sudarsono Bambang Samiyem Sunarti
Pujiono Legiman Trisnawati Ponimin Hartini Ilaiyaraja Rahimullah""")

_D_PARTICLE_NAMES = [
    ("Roel", "van", "Hattem"),
    ("Noor", "van den", "Bosch"),
    ("Giacomo", "dalla", "Chiesa"),
    ("Margot", "de", "Waal"),
    ("Youssef", "bin", "Salah"),
    ("Rania", "al", "Tamimi"),
    ("Coen", "ter", "Braak"),
    ("Sergio", "dos", "Reis"),
    ("Mariela", "del", "Bosque"),
    ("Wim", "van 't", "Veld"),
    ("Floris", "van der", "Vliet"),
    ("Rutger", "ten", "Cate"),
]

_D_SUBJECTS = _words(
    """Meadow Hay|Harvest Timing|Clover Swards|Willow Coppice|Saffron Corms|Sorrel Weeds|
Poppy Seedbanks|Barley Lodging|Orchard Frost|Vineyard Mildew|Orchard Thinning|Pasture Regrowth|
Dairy Herds|Fertiliser Runoff|Potato Blight|Tractor Compaction|Hedgerow Corridors|
Greenhouse Humidity|Apple Scab|Lentil Rotations""".replace("\n", ""),
    "|",
)
_D_METHODS = _words(
    """Hedonic Pricing|Instrumented Covariates|Discontinuity Cutoffs|Multinomial Logit|
Hyperspectral Unmixing|Lidar Phenotyping|Eddy Covariance|Cokriging|Wavelet Shrinkage|
Boosted Stumps|Propensity Weighting|Tobit Censoring|Leontief Inverses|Contingent Valuation|
Bellman Recursions|Shapley Attributions|Dirichlet Allocations|Ricardian Hedonics""".replace(
        "\n", ""
    ),
    "|",
)
_D_NOUNS = _words(
    "ledger|inventory|repository|sourcebook|compendium|gazetteer|almanac|databank", "|"
)
_D_ONE_WORD_TITLES = _words("Haymaking Gleaning Windrow Seedtime Headland Stubble Threshing")

_D_VENUES = [
    "EAAE",
    "AAEA",
    "Euphytica",
    "Horticulturae",
    "the Quarterly of Agrarian Affairs",
    "Pest Biocontrol Letters",
    "Annals of Pasture Husbandry",
]

_D_SENTENCES = [
    "Growers hardly ever write down {x}, and county tallies blur how {x} shifts from one "
    "holding to the next.",
    "We adapt {m} so that {x} can be read from receipts growers already keep.",
    "Pairing {m} with what agronomists already know leaves our guesses sane in wet summers.",
    "In five provinces it trims the mistakes of the runner-up by nearly half.",
    "The {n} we publish spans {k} smallholdings, with spreadsheets that anyone can reuse.",
    "Previous tallies lump adjoining smallholdings together, as though acres behaved alike.",
    "Now we look again at {x} by way of {m}.",
    "Trials on smallholdings withheld from refitting hint that the recipe travels well.",
    "A dozen hand-tallied ledgers prove sufficient to recalibrate it.",
    "Our tallies tie {x} to tenancy contracts far more than to drizzle.",
    "This note lays down a {n} of {x} assembled with {m}.",
    "We finish by listing the failings, and which additional records might mend them.",
]

_D_TITLES = (
    "{w}",
    "Costing {s} with {m}",
    "Reading {s} from Drone Photographs",
    "{s0}Sight: {m} for {s}",
    "Is {m} Worthwhile for {s}?",
    "What {m} Misses about {s}",
    "An Unfinished {N} of {s}",
    "Unruly {sl}",
    "{m} Meets {s}: Notes from Smallholder Plots",
    "Whither {s}?",
    "Frugal {m} for {s} and {s2}",
    "{s} on Tenant Acreage",
)
_D_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_D_UNIVERSITIES = [
    "University of Bramblecote",
    "Hollinsworth Institute",
    "Escuela Agraria de Valdecañas",
]
_D_TOPICS = [
    "Agrarian Econometrics",
    "Orchard Phenotyping",
    "Farmgate Pricing",
    "Pasture Husbandry",
]
_D_BIOGRAPHY = (
    "{owner} is an Assistant Professor who asks what smallholders grow, what it costs them "
    "and what they earn, with a weakness for orchards, pastures and the ledgers that growers "
    "keep."
)
_D_DEPARTMENT = "Department of Agrarian Husbandry"
