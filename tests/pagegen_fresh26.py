"""The twenty-sixth fresh vocabulary of :mod:`pagegen` (prefix ``_AC_``, seeds 31000-31999).

An untouched test set written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entry only), and who never
ran the reader on its pages. Nobody tuning the reader reads this file or its pages; it is
measured in aggregate only, by the person measuring.

Domain: glaciology and permafrost (glacier mass balance, rock glaciers, thaw subsidence,
ice-core chemistry). People's names come from the mountain and polar regions where that work
is done, written as such a person appears on an English-language page: Nepal (Sherpa, Tamang,
Gurung), Gilgit-Baltistan and Chitral, Ladakh, Sikkim, Tajikistan, Kyrgyzstan, Mongolia, the
Sakha Republic, Buryatia, Kamchatka, Svalbard and northern Norway (Sami too), Iceland,
Greenland, Nunavut and Nunavik (Inuit), the Yukon, Alaska, Patagonia (Chile and Argentina),
Peru and Bolivia, Switzerland (German, French, Italian and Romansh speakers), Austria and
South Tyrol, the French Alps, Slovenia, Georgia (Svaneti), Armenia, Iran (Persian and Azeri),
Japan (Hokkaido, Ainu too), Korea and China (Han, Tibetan, Uyghur). Organisations are field
teams, agencies, companies, consortia, cooperatives and projects of the field, some named in
the local language. Every word was written for this set.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AC_GIVEN = _words("""Pasang Lhakpa Mingma Pemba Ang Bimala Rabindra Shakeel Zulfiqar Nasreen
Wajid Ikramullah Stanzin Rigzin Jigmet Ongmu Ugen Farrukh Firuza Dilshod Aibek Gulnara Ermek
Cholpon Bat-Erdene Narantuya Munkhbayar Aisen Sardana Nyurgun Bair Dulma Gennady Ketil Marit
Aslak Hrafnhildur Aqqaluk Pipaluk Inuuteq Joanasie Leetia Jaaji Qaiyaan Nahuel Millaray Maite
Cristobal Wilfredo Nilton Maribel Reto Seraina Fadri Sylvain Mattia Florian Verena Hannes Romain
Thibault Matej Jernej Rok Levan Ketevan Zurab Anahit Gevorg Lusine Behrouz Parisa Kourosh Elnaz
Aydin Sevda Haruto Mizuki Daichi Ji-hoon Min-seo Hyun-woo Shiqiao Xiaojing Zhenhua Tashi Dekyi
Alimjan Dilnur""")

_AC_FAMILY = _words("""Sherpa Tamang Gurung Ghale Hunzai Baig Namgyal Stobgais Lepcha Bhutia
Rahmonov Nazarova Usubaliev Osmonova Satylkanov Davaasuren Purevdorj Gavrilyev Sleptsova
Okoneshnikov Dorzhiev Tsydenova Muravyev Gaup Bongo Kristoffersen Einarsdottir Gudmundsson
Kleist Kreutzmann Olsvig Kilabuk Ipeelee Annanack Njootli Kaleak Ahmaogak Catrileo Aravena
Urrutia Quispe Mamani Condori Imboden Caduff Rochat Bonvin Bernasconi Oberhollenzer
Tschurtschenthaler Pircher Chappaz Perrier Podobnikar Mrak Chartolani Gujejiani Nijaradze
Hakobyan Ghazaryan Rahimzadeh Moghaddam Jafarzadeh Kayano Sugawara Baek Jeon Qin Ouyang Norbu
Tursun""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AC_ACCENTED = [
    ("Guðrún", "Þorvaldsdóttir"),
    ("Ánde", "Hætta"),
    ("Benjamín", "Sepúlveda"),
    ("Ayelén", "Nahuelpán"),
    ("Gaëtan", "Délèze"),
    ("Jürg", "Bärtschi"),
    ("Špela", "Zupančič"),
    ("Blaž", "Kovačič"),
    ("Maëlys", "Pétrequin"),
    ("Thaddäus", "Höllrigl"),
    ("Torbjørn", "Nergård"),
    ("Joaquín", "Peñaloza"),
    ("Rosmery", "Huamán"),
    ("Bergþóra", "Hjálmarsdóttir"),
    ("Ülvi", "Hüseynli"),
    ("Yūki", "Ōtsuki"),
    ("Sŏn-yŏng", "Chŏn"),
    ("Mihrigül", "Abdukérim"),
    ("Jingwen", "Lü"),
    ("Aviâja", "Høegh"),
]

_AC_ORGS = [
    "Kluane Icefield Survey Team",
    "Arbeitsgemeinschaft Gletschermessung Tirol",
    "Réseau d'Observation du Pergélisol Alpin",
    "Unidad de Glaciología y Nieves, Dirección General de Aguas",
    "Tasiujaq Community Ice Monitors",
    "Langtang Debris-Cover Project",
    "The Svalbard Firn Drilling Consortium",
    "NordGlac Geodata AS",
    "雪氷化学観測グループ",
    "THAWLINE Project Participants",
    "Grupo de Geocriología Andina",
    "Sajama Herders' Cooperative",
]

_AC_WORD_GIVEN = _words("""Beat Guy Karma Storm Wolf Sun Ken Angel Crystal Willow Raven Bear Flint
Aspen Cedar River Dove Finch Jewel Mercy Verity Harmony Melody Chase Miles Pierce Rusty Kit Scout
Violet""")
_AC_WORD_GIVEN_FAMILY = ["Rai", "Cho", "Lund", "Ma"]

_AC_VIET_FAMILY = _words(
    "Trịnh Phùng Nghiêm Khúc Lò Nông Giáp Doãn Bạch Hứa Tống Đàm Lại Khổng Diệp Thân"
)
_AC_VIET_GIVEN = _words(
    "Kevin Tracy Thắng Nhung Phúc Loan Hưng Diệu Yến Đức Quang Thủy Kiên Hạnh Xuân Nhật"
)

_AC_CN_FAMILY = _words("秦 任 沈 段 白 陆 严 钟 汪 姚 魏 薛 叶 余 杜 戴 夏 邱 欧阳 扎西")
_AC_CN_GIVEN = _words(
    "冰洁 雪峰 立新 玉珍 卓玛 顿珠 阿依努尔 国栋 秋实 晓光 振华 丹 蕾 昊天 雅琴 鹏飞 凌霄 亚楠 红梅 永刚"
)
_AC_KR_FAMILY = _words("전 고 문 양 손 배 백 허 노 남궁")
_AC_KR_GIVEN = _words("동현 수빈 예린 태양 나래 성민 혜진 준서 다은 영호")
_AC_JP_FULL = _words("萱野美月 貝澤千晴 北原颯太 菅原雪乃 工藤結衣 長谷川蓮 西村栞 岩崎大地")

_AC_MONONYMS = _words("""Purevsuren Batbold Oyunchimeg Ganzorig Altantsetseg Nyamdorj Tserendulam
Enkhtuya Baasanjav Gyaltsen Tsewang Namkha Sangye Lobsang Dhargyal""")

_AC_PARTICLE_NAMES = [
    ("Seraina", "von", "Planta"),
    ("Rodrigo", "de la", "Fuente"),
    ("Ignacia", "del", "Campo"),
    ("Yann", "de", "Montmollin"),
    ("Mattia", "dalla", "Valle"),
    ("Magdalena", "von", "Enzenberg"),
    ("Bastien", "du", "Roure"),
    ("Catalina", "de los", "Reyes"),
    ("Florencia", "di", "Lorenzo"),
    ("Martina", "della", "Pietra"),
    ("Andri", "a", "Porta"),
    ("Yolanda", "de", "Zavala"),
]

_AC_SUBJECTS = _words(
    """Glacier Mass Balance|Rock Glacier Kinematics|Thaw Subsidence|Ice-Core Sulfate|
Firn Densification|Debris-Covered Ablation|Active-Layer Thickening|Proglacial Lake Expansion|
Glacial Lake Outbursts|Ground Ice Loss|Snowline Altitude|Meltwater Runoff|Thermokarst Lakes|
Black Carbon Deposition|Supraglacial Ponds|Calving Fronts|Glacier Surges|Permafrost Temperature|
Ice Cliff Retreat|Stable Water Isotopes""".replace("\n", ""),
    "|",
)
_AC_METHODS = _words(
    """Geodetic Differencing|Ground-Penetrating Radar|Interferometric SAR|Structure from Motion|
Electrical Resistivity Tomography|Continuous Flow Analysis|Degree-Day Modelling|Surface Energy
Balance Models|Offset Tracking|Borehole Thermistor Strings|Airborne Laser Scanning|Cosmogenic
Nuclide Dating|Time-Lapse Photogrammetry|Passive Seismic Arrays|Ion Chromatography|Bayesian
Inversion|Distributed Temperature Sensing|Uncrewed Aerial Surveys""".replace("\n", " ").replace(
        "| ", "|"
    ),
    "|",
)
_AC_METHODS = [" ".join(m.split()) for m in _AC_METHODS]
_AC_NOUNS = _words(
    "census|compilation|database|geodatabase|logbook|mosaic|gazetteer|repository", "|"
)
_AC_ONE_WORD_TITLES = _words("Ablation Firnline Meltwater Icefall Moraine Nunatak Sastrugi")

_AC_VENUES = [
    "The Cryosphere",
    "the Journal of Glaciology",
    "Permafrost and Periglacial Processes",
    "Annals of Glaciology",
    "Geophysical Research Letters",
    "Arctic, Antarctic, and Alpine Research",
    "the EGU General Assembly",
]

_AC_SENTENCES = [
    "Field crews can observe {x} only in late summer, so most records of {x} have gaps "
    "from October to June.",
    "We build a workflow around {m} that recovers {x} from repeat surveys.",
    "Pairing {m} with a simple heat-conduction scheme keeps the estimates physically "
    "plausible through warm winters.",
    "At six glaciers between 4,800 and 5,600 m a.s.l. it cuts the bias against stake "
    "readings by about 40%.",
    "The {n} spans {k} sites on three continents and is freely available with the "
    "processing scripts.",
    "Earlier studies usually treat neighbouring catchments as independent, even though they "
    "share the same weather.",
    "Here we look at {x} again, this time through {m}.",
    "Validation on basins left out of the calibration gives r² = 0.81 against the observations.",
    "Two or three days of fieldwork prove enough to adjust the parameters to a new site.",
    "Our results point to debris thickness, rather than air temperature, as the main "
    "control on {x}.",
    "We describe a {n} for {x} assembled with {m}.",
    "We end with the limits of the method and the boreholes that would most reduce its "
    "uncertainty.",
]

_AC_TITLES = (
    "{w}",
    "{s} from {m}",
    "Reconstructing {s} from a Century of Expedition Photographs",
    "{s0}Track: {m} for {s}",
    "Can {m} Detect {s}?",
    "The Blind Spots of {m} in {s}",
    "A Regional {N} of {s}",
    "Shifting {sl}",
    "{m} and {s}: Field Notes from Two Cirques",
    "Constraining {s} without Winter Access",
    "Using {m} to Link {s} and {s2}",
    "{s} after the Little Ice Age",
)
_AC_ROLES = [
    "Core Faculty Member",
    "Affiliated Researcher",
    "Canada Research Chair in Cryosphere Science",
]
_AC_UNIVERSITIES = [
    "Universidad Austral de Aysén",
    "Høgskulen på Jostedal",
    "Khorog Highland University",
]
_AC_TOPICS = [
    "Glaciology",
    "Permafrost Science",
    "Ice-Core Geochemistry",
    "Remote Sensing of the Cryosphere",
]
_AC_BIOGRAPHY = (
    "{owner} is an Assistant Professor who measures how glaciers, rock glaciers and frozen "
    "ground respond to a warming climate, working with herders and guides whose water "
    "and roads depend on ice."
)
_AC_DEPARTMENT = "Department of Geography and Permafrost Science"
