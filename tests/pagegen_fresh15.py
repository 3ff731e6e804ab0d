"""The fifteenth fresh vocabulary of the profile-page generator (:mod:`pagegen`).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
its word lists and its tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader reads
this module or its pages; it is measured in aggregate only, by the person measuring.

Domain: lichen symbioses and air-quality biomonitoring (thallus transplants, photobiont
genetics, nitrogen deposition, herbarium surveys). People's names come from the Azores and
Madeira, the Canary Islands, Veneto, Apulia and Calabria, Crete, the Turkish Black Sea
coast, Evenki and Nenets families, Kalmykia, Tuva, the Altai, Komi and Udmurt families,
Mordovia, Limburg, Wallonia, Alsace, Savoy, Gascony, Romandy and Ticino, written as they
appear on an English-language page; accented names, names with particles, Vietnamese,
Chinese, Korean and Japanese names and mononyms have pools of their own, with the same
sizes and classes as the held-out pools.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_V_GIVEN = _words("""Duarte Deolinda Jacinto Vasco Leonor Bernardo Teodoro Bartolomeu Yeray Acoidan
Idaira Nayra Ayoze Tanausu Guacimara Airam Candelaria Tiziano Loredana Ottavio Graziella
Gianpietro Ornella Livio Cosimo Rocco Oronzo Saverio Concetta Pasquale Addolorata Manolis
Stelios Nektarios Zacharias Kalliopi Manousos Rodanthi Hatice Muharrem Fadime Hamdi Nazmiye
Cemal Sevim Afanasy Prokopy Badma Sanzhi Delgir Erdni Baira Aidyn Choduraa Sayana Ayas
Chechek Urana Mergen Arzhan Kezer Aruna Amyr Kuzebay Ashalchi Spiridon Agniya Fedot Matrena
Harie Sjef Huub Mieke Wiel Truus Gilberte Amandine Lucienne Marcelin Arbogast Materne Anthelme
Honorine Perrine Arnaut Peyo Mattia Ilario Fulvio""")

_V_FAMILY = _words("""Gouveia Medeiros Furtado Bettencourt Ornelas Drumond Fagundes Betancort
Perdomo Hormiga Curbelo Marichal Zanon Bortolin Favaro Carraro Pavan Trevisan Boscolo
Zennaro Caradonna Lorusso Laterza Giannuzzi Mazzitelli Scopelliti Ierardi Tripodi Daskalakis
Tsagarakis Vardakis Sfakianakis Kaptanoglu Hacisalihoglu Kurkagir Udygir Yaptik Okotetto
Laptander Basangov Ochirov Mandzhiev Mongush Oorzhak Kuular Khovalyg Chichinov Rochev Chuprov
Korepanov Shklyaev Pinyaev Wetzels Schoenmakers Vluggen Habets Lambotte Dethier Collignon
Hertzog Holweck Mugnier Vulliez Lafargue Darrigrand Cazenave Chappuis Cuendet Pedrazzini
Lepori Borradori""")

_V_ACCENTED = [
    ("Fernão", "Encarnação"),
    ("Natércia", "Brazão"),
    ("Tanausú", "Umpiérrez"),
    ("Dácil", "Padrón"),
    ("Fortunato", "Barillà"),
    ("Giosuè", "Cutrì"),
    ("Çağrı", "Hacısalihoğlu"),
    ("Gülsüm", "Çakıroğlu"),
    ("Noël", "Pleunis"),
    ("Léopoldine", "Génicot"),
    ("Séraphin", "Wéry"),
    ("Aurélie", "Bœglin"),
    ("Léonce", "Mégevand"),
    ("Amédée", "Barrère"),
    ("Hélios", "Lassègue"),
    ("Loïc", "Pécoud"),
    ("Gaëtan", "Ménétrey"),
    ("Mosè", "Gianinazzi"),
    ("Natuzza", "Pellicanò"),
    ("Simão", "Quintal"),
]

_V_ORGS = [
    "The Epiphyte Transplant Team",
    "Thallomics Ltd.",
    "Trans-Jura Lichenwatch Consortium",
    "The LICHENET Collaboration",
    "Nordmark Biomonitoring KG",
    "Critical Loads Expert Group",
    "The Usnea Phylogeny Consortium",
    "Roadside Ammonia Group",
    "Stazione Lichenologica di Valsorda",
    "Friends of the Macaronesian Herbaria",
    "Kerrow Assayers Limited",
    "Photobiont Lineage League",
]

_V_WORD_GIVEN = _words("""Mavis Linnet Peregrine Bracken Abbott Tom Mat Sol Mo Lindy Cricket
Sincere Starling Dandy Copper Jolly Cloud Glade Thistle Moor Arbor Swift Falcon Clove Charm Spring
Anthem Bounty Steel Slate""")
_V_WORD_GIVEN_FAMILY = ["Pike", "Rook", "Keel", "Mbah"]

_V_VIET_FAMILY = _words("Đằng Điểu Kông La Lạng Lãnh Ấu Kiểm Đạo Chảo Bàn Đèo Lang Ksor Kpă Êban")
_V_VIET_GIVEN = _words(
    "Anthony Catherine Cảnh Hợp Sĩ Tính Trường Vọng Cần Dạ Hiên Nụ Tấm Thêu Margaret Bernadette"
)

_V_CN_FAMILY = _words("栗 蓟 来 隆 扈 亢 况 昌 笪 邸 班 贲 薄 仓 谌 狄 郏 蹇 郦 逯")
_V_CN_GIVEN = _words(
    "沐宸 立群 艺涵 子衿 光耀 逸尘 立恒 翰墨 听雪 安琪 海峰 家乐 宏图 宛如 洛书 含章 予安 锦瑟 泊舟 长庚"
)
_V_KR_FAMILY = _words("어금 창 혁 후 춘 학 흥 갑 건 겸")
_V_KR_GIVEN = _words("솔비 채운 도담 다올 라희 아라 나린 예담 보미 이슬")
_V_JP_FULL = _words("赤松香織 千葉健太郎 遠藤美咲 藤井悠真 原田千尋 市川颯太 菊池真央 熊谷詩織")

_V_MONONYMS = _words("""Tukiran Sukinah Kasdi Painem Mujiyono Sugiyem Karto Marsinah Sumarno
Tarsih Tarmuji Margono Kasimun Sastro Rukmini""")

_V_PARTICLE_NAMES = [
    ("Maud", "van", "Heugten"),
    ("Stijn", "van den", "Boorn"),
    ("Loes", "ter", "Borgh"),
    ("Aurore", "de", "Hemptinne"),
    ("Clothilde", "de", "Changy"),
    ("Peyo", "de", "Batz"),
    ("Renzo", "dalle", "Nogare"),
    ("Elvezio", "della", "Pietra"),
    ("Aires", "da", "Câmara"),
    ("Leonor", "de", "Sá"),
    ("Yaiza", "de la", "Guardia"),
    ("Walburga", "von", "Türckheim"),
]

_V_SUBJECTS = _words(
    """Lichen Cover|Photobiont Switching|Thallus Necrosis|Nitrophyte Encroachment|
Epiphyte Recolonisation|Ascospore Ejection|Cortex Thickening|Usnic Acid Titres|
Mycobiont Specificity|Soredia Shedding|Fluoride Injury|Trebouxia Lineages|
Crustose Succession|Cyanolichen Dieback|Phorophyte Acidity|Lobaria Extirpation|
Chlorophyll Impairment|Cadmium Loading|Roadside Eutrophication|
Isidia Proliferation""".replace("\n", ""),
    "|",
)
_V_METHODS = _words(
    """Imperfect Detectability Frameworks|Fungal ITS Amplicons|Thiessen Polygons|
Nitrogen Isotopic Signatures|Modulated Fluorometry|Nonmetric Multidimensional Axes|
Mantel Correlograms|Haplotype Genealogies|Phylogenomic Reconciliation|Handheld Spectrometers|
Overdispersed Binomial GLMMs|Ellenberg Nitrogen Values|Passive Ammonia Tubes|
Beta-Diversity Nestedness|Microsatellite Genotyping|Thallus Spectroradiometry|
Cophylogenetic Tanglegrams|Beta Regressions""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_V_METHODS = [" ".join(m.split()) for m in _V_METHODS]
_V_NOUNS = _words(
    "exsiccata|cartulary|mycoflora|stocktake|transect|quadrat|hectad|lichenarium", "|"
)
_V_ONE_WORD_TITLES = _words(
    "Lichenscape Soredium Rhizines Apothecia Podetium Hypothallus Epiphytism"
)

_V_VENUES = [
    "The Lichenologist",
    "Herzogia",
    "Ecological Indicators",
    "MycoKeys",
    "Symbiosis",
    "The Bryologist",
    "IAL Symposium",
]

_V_SENTENCES = [
    "Charted trunk by trunk, {x} devours springtimes, and hectads conceal how {x} alters "
    "from churchyard to churchyard.",
    "We contribute {m} to quantify {x} from volunteer sheets.",
    "With {m} under a physiological cap, the transplants are weighed through foggy springtimes.",
    "Across Swiss cantons it outdoes the incumbents.",
    "Our {n} sits on a mirrored host with {k} transplant posts.",
    "Abutting trunks are modelled as unlinked, a shortcut nowhere argued.",
    "Consequently, {x} is rethought through {m}.",
    "Pilot deployments succeed in unsurveyed glens.",
    "Copious exsiccatae retarget the transplants.",
    "Piggeries, not exhaust fumes, are at the origin of {x}.",
    "This is a {n} for {x} crafted with {m}.",
    "Our last paragraph weighs which cabinets house packets that can assist.",
]

_V_TITLES = (
    "{w}",
    "Following {s} with {m}",
    "Plotting {s} by Congested Motorways",
    "{s0}Lichenomics: {m} Turned on {s}",
    "Can {m} Prefigure {s}?",
    "How {m} Misconstrues {s}",
    "A Shareable {N} of {s}",
    "Shifting {sl}",
    "{m} and {s}: Despatches from Sundry Herbaria",
    "Sturdier {s} Baselines from Mouldy Exsiccatae",
    "Connecting {s} and {s2} with {m}",
    "{s} Outwith the Municipal Boundary",
)
_V_ROLES = ["Principal Investigator", "Affiliate Member", "Royal Society Research Fellow"]
_V_UNIVERSITIES = [
    "University of Brackenmoor",
    "Universiteit Montvallier",
    "Lisgarvan Polytechnicum",
]
_V_TOPICS = ["Lichenology", "Biomonitoring", "Symbiont Coevolution", "Pollutant Biogeochemistry"]
_V_BIOGRAPHY = (
    "{owner} is an Assistant Professor who wonders how lichens partner with their algae and "
    "how those partnerships betray the atmosphere that surrounds them, opting for affordable "
    "transplant recipes that municipal staff can repeat."
)
_V_DEPARTMENT = "Department of Plant Sciences and Mycology"
