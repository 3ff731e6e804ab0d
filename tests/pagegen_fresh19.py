"""The nineteenth fresh vocabulary of the profile-page generator (seeds 24000-24999).

An untouched test set, written on 7 December 2026 (session 27) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entries, none of whose
words it copies), and who never ran the reader on its pages. Nobody tuning the reader reads
it or its pages; it is measured in aggregate only, by the person measuring.

Research domain: volcanology and lava-flow hazard modelling (gas monitoring, tephra
dispersal, InSAR deformation, evacuation planning). People's names come from Iceland,
Sicily and Campania, Java and Sumatra, the Philippines, Japan, Chile, Ecuador, Mexico,
Aotearoa New Zealand (Māori and Pākehā), Hawaiʻi, Ethiopia, Kenya, Germany, France, Turkey,
Armenia, Georgia, China, Korea, Vietnam and Spain (the Canary Islands), written as such a
person appears on an English-language page; organisations are observatories,
civil-protection offices, consortia, companies, field crews, projects and groups as author
lists name them, some in their own language.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_Y_GIVEN = _words("""Ragnar Helgi Birna Haukur Steinunn Hrafn Carmela Gaetano Rosario Agata
Calogero Ciro Pasquale Dewi Rizki Ayu Bambang Togar Fadli Intan Maricel Jericho Lorna Arnel Rowena
Joselito Takeshi Haruka Shinji Ayumi Kazuya Catalina Francisca Matias Patricio Gabriela Wilson
Mayra Guadalupe Alejandro Itzel Wiremu Manaia Tamati Ngaire Rawiri Hamish Kirsty Shona Keoni Malia
Kainoa Noelani Tesfaye Meseret Yohannes Selamawit Tigist Dawit Wanjiku Achieng Kiprono Njeri
Gerhard Annegret Ute Dietrich Heike Guillaume Solenne Thierry Marion Emre Elif Burak Armen Anahit
Hovhannes Giorgi Nino Levan Ketevan Jianhua Yuting Dongmin Soyeon Yeray Acerina Nayra""")

_Y_FAMILY = _words("""Einarsson Kristjansdottir Bjarnason Olafsdottir Scuderi Musumeci Amato
Esposito Capuano Iovine Cannata Lestari Siregar Nasution Simanjuntak Hutapea Kurniawan Pohan
Bautista Dimaculangan Villanueva Sumulong Pangilinan Lacsamana Ishizuka Kawaguchi Okabe Sugimoto
Fuentes Riquelme Huenchuman Saavedra Guaman Andrade Chiriboga Villalobos Cuevas Tapia Parata
Rangihau Waititi Tamihana McAllister Hislop Fairbairn Kealoha Kahale Kamakau Akana Tadesse Bekele
Gebremariam Alemu Otieno Mutua Kiprotich Wafula Njoroge Oberhauser Lindemann Stegemann Gauthier
Chabert Lemoine Aksoy Polat Petrosyan Grigoryan Avetisyan Beridze Lomidze""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_Y_ACCENTED = [
    ("Sigríður", "Guðmundsdóttir"),
    ("Þorvaldur", "Hallgrímsson"),
    ("Nicolò", "Currò"),
    ("Concetta", "Calì"),
    ("Hēmi", "Pōmare"),
    ("Leināʻala", "Kahananui"),
    ("Çiğdem", "Karaoğlu"),
    ("Ömer", "Kılıç"),
    ("Jörg", "Weißenborn"),
    ("Anaïs", "Ferrière"),
    ("Begoña", "Pérez-Tejera"),
    ("Joaquín", "Ñanculef"),
    ("Verónica", "Quishpe"),
    ("Efraín", "Zúñiga"),
    ("Yūsuke", "Ōta"),
    ("Hongwei", "Lü"),
    ("Maëlys", "Lebœuf"),
    ("Mīria", "Tāwhai"),
    ("Käthe", "Rößler"),
    ("Kōhei", "Saitō"),
]

_Y_ORGS = [
    "Osservatorio Vulcanologico Pizzo Calvario",
    "The MAGMAFLUX Consortium",
    "Olkaria Fumarole Services Ltd.",
    "Dirección de Protección Civil del Estado de Colima",
    "Tongariro Lahar Response Team",
    "Hawaiʻi Vog Sampling Network",
    "The Reykjanes InSAR Group",
    "Fumarola Sensores S.A. de C.V.",
    "Pusat Mitigasi Bencana Gunungapi Sumatera",
    "Kīlauea Lower Rift Thermal Camera Crew",
    "Proyekto BANTAY-BULKAN",
    "Javakheti Plateau Volcanism Unit",
]

_Y_WORD_GIVEN = _words("""Ember Ash Flint Harmony Raven Crystal Daisy Poppy Lily Violet Jade Heather
Chase Miles Gale Blaze Gift Rusty Blessing Clover Sandy Mercy Patience Constance Prudence Charity
Mason Cooper Pierce Happy""")
_Y_WORD_GIVEN_FAMILY = ["Ngata", "Lau", "Bell", "Oh"]

_Y_VIET_FAMILY = _words(
    "Trịnh Đào Phùng Nghiêm Đàm Tăng Diệp Khúc Doãn Lã Hứa Ông Từ Thạch Bạch Giang"
)
_Y_VIET_GIVEN = _words(
    "Tony Helen Thắng Nhung Huy Quân Yến Phúc Thủy Đức Hạnh Việt Loan Nhật Thịnh Hoa"
)

_Y_CN_FAMILY = _words("余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 欧阳")
_Y_CN_GIVEN = _words(
    "振宇 雪梅 立新 国平 红霞 鹏 斌 玲 晓峰 秋实 永康 淑芬 梦瑶 子墨 浩宇 欣然 凯 琳 德明 昊天"
)
_Y_KR_FAMILY = _words("전 고 문 양 손 배 백 허 남 노")
_Y_KR_GIVEN = _words("성민 혜진 준호 미경 동현 수빈 영수 은지 태양 나연")
_Y_JP_FULL = _words("清水浩二 森田真理子 石川健一 藤原優子 岡田光 長谷川隆 西村さくら 池田亮介")

_Y_MONONYMS = _words("""Sukardi Mujiono Sunarto Giyanto Pardiyem Ngadino Kasiyo Tumijo Suwarni
Rusmini Samidi Harjono Poniman Marsudi Sriyatun""")

_Y_PARTICLE_NAMES = [
    ("Wilhelmine", "von", "Stetten"),
    ("Gottfried", "zu", "Solms"),
    ("Margaux", "des", "Roches"),
    ("Thibault", "de", "Montfort"),
    ("Rosalia", "di", "Martino"),
    ("Gennaro", "de", "Luca"),
    ("Acaymo", "del", "Castillo"),
    ("Yurena", "de la", "Nuez"),
    ("Maximiliano", "de los", "Reyes"),
    ("Xochitl", "de la", "Garza"),
    ("Hinrich", "vom", "Brocke"),
    ("Assunta", "della", "Ragione"),
]

_Y_SUBJECTS = _words(
    """Lava Flow Paths|Tephra Dispersal|Plume Rise|Sulfur Dioxide Flux|Surface Deformation|
Dome Collapse|Lahar Runout|Pyroclastic Currents|Magma Ascent|Caldera Unrest|Volcanic Tremor|
Crater Lake Chemistry|Fissure Eruptions|Ballistic Impacts|Evacuation Planning|Vog Exposure|
Flank Instability|Thermal Anomalies|Eruption Precursors|Ashfall Loading""".replace("\n", ""),
    "|",
)
_Y_METHODS = _words(
    """Cellular Automata|Lattice Boltzmann Solvers|Kriging|Polynomial Chaos Expansions|
Convolutional Autoencoders|Gated Recurrent Units|Wavelet Coherence|Singular Spectrum Analysis|
Hidden Markov Chains|Simulated Annealing|Smoothed Particle Hydrodynamics|Empirical Orthogonal
Functions|Event Trees|Multi-Criteria Decision Analysis|Agent-Based Simulation|Finite Volume
Schemes|Extreme Value Theory|Persistent Scatterer Interferometry""".replace("\n", " ").replace(
        "| ", "|"
    ),
    "|",
)
_Y_METHODS = [" ".join(m.split()) for m in _Y_METHODS]
_Y_NOUNS = _words(
    "logbook|workflow|repository|platform|compendium|dashboard|gazetteer|toolbox", "|"
)
_Y_ONE_WORD_TITLES = _words("Lapilli Fumarole Obsidian Scoria Pumice Pāhoehoe Outgassing")

_Y_VENUES = [
    "Bulletin of Volcanology",
    "Volcanica",
    "IGARSS",
    "ISCRAM",
    "Geochemistry, Geophysics, Geosystems",
    "ECML PKDD",
    "ACM SIGSPATIAL",
]

_Y_SENTENCES = [
    "Tracking {x} through an eruption is costly, and crews on the flanks cannot easily follow "
    "{x} from one vent to the next.",
    "We develop a procedure on top of {m} that infers {x} from daily gas and tilt records.",
    "It couples {m} with a cheap correction for lava rheology, so that its outputs stay "
    "sensible when effusion surges.",
    "On five recent eruptions it cuts the misfit of the leading rival scheme by nearly half.",
    "Our {n} spans {k} volcanoes and is freely available with every notebook used in the analysis.",
    "Earlier compilations lump successive eruptive episodes together, contradicting eyewitness "
    "accounts.",
    "We examine {x} using {m}.",
    "Trials reveal that the calibrated scheme carries over to edifices it has not seen.",
    "Only a few dozen hand-picked events are required to tune it for a new volcano.",
    "Our analysis ties {x} to vent geometry rather than to magma supply.",
    "This contribution introduces a {n} for {x} assembled around {m}.",
    "We end by listing where the scheme breaks down and which additional gauges would help.",
]

_Y_TITLES = (
    "{w}",
    "{s} via {m}",
    "Retrieving {s} from Sentinel-1 Interferograms",
    "{s0}Cast: {m} for {s}",
    "Can {m} Anticipate {s}?",
    "Pitfalls of {m} for {s}",
    "A Shared {N} of {s}",
    "Smouldering {sl}",
    "{m} and {s}: Insights from Two Eruptions",
    "Operational {s} under Cloud Cover",
    "Fast {m} for {s} and {s2}",
    "{s} beyond the Summit",
)
_Y_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_Y_UNIVERSITIES = [
    "Universidad de Teneguía",
    "Hekla Institute of Geoscience",
    "Università degli Studi di Somma Vesuviana",
]
_Y_TOPICS = ["Volcano Geophysics", "Geophysical Inversion", "Radar Geodesy", "Emergency Response"]
_Y_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works on erupting volcanoes and the towns beneath "
    "them, building lava and ash predictions that civil-protection officers can question, test "
    "and act on."
)
_Y_DEPARTMENT = "Department of Geophysics and Volcanic Risk"
