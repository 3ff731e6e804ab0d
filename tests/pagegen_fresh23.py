"""The twenty-third fresh vocabulary of the profile-page generator (prefix ``_A_``).

An untouched test set, written on 7 December 2026 (session 27) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entry, copying none of
their words), and who never ran the reader on its pages. Nobody tuning the reader reads it
or its pages; it is measured in aggregate only, by the person measuring.

Research domain: midwifery and neonatal nursing (kangaroo care, breastfeeding support,
perinatal mental health, birth-centre outcomes). People's names come from the Netherlands
and Flanders, Luxembourg, Switzerland (Romansh and Ticino too), Austria, Slovenia, Croatia,
Serbia, Bosnia, Albania and Kosovo, Bulgaria, Romania and Moldova, Ukraine, Lithuania,
Latvia, Estonia, Malta, Sardinia, Corsica, the Basque Country, Galicia, Catalonia,
Brittany, Wales, Ireland (Irish speakers too), the Scottish Highlands and Iceland, written
as such a person appears on an English-language page (the plain pools without their
diacritics, the accented pool with them, one of its names in Cyrillic and one an Irish
``Ní`` name). Vietnamese, Chinese (one two-character family name), Korean (likewise) and
Japanese names, mononyms (Indonesian and Afghan midwives) and names with particles (Dutch,
Flemish with a capital ``Van``/``De``, Irish-Norman, Galician, Ticinese, Romansh, Basque
and Austrian) have pools of their own. Organisations are named as author lists of the field
name them: a midwives' partnership, cooperatives, a company, a consortium, a field team,
study and research groups and networks, in English or in the local language.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_A_GIVEN = _words("""Sjoerd Lieke Wessel Maaike Jelle Gert-Jan Wietske Koen Tessy Gilles Flurina
Gion Reto Ursina Regula Tiziano Leopold Gudrun Florian Roswitha Mojca Primoz Tadej Tomislav
Dubravka Zrinka Milica Nemanja Dragana Amra Lejla Haris Blerta Arben Valbona Besnik Desislava
Radka Ioana Mihaela Sorin Raluca Oksana Taras Olena Mykola Ruta Vytautas Egle Ilze
Kristaps Baiba Kadri Tiit Triin Josianne Charmaine Ramona Efisio Gavino Bonaria Ghjulia Ghjacumu
Itziar Aitor Garazi Unai Breixo Antia Xiana Montserrat Jordi Meritxell Oriol Gwenola Erwan Soazig
Angharad Dafydd Eluned Gethin Aoife Grainne Donncha Morag Catriona Alasdair Seonaid
Sigrun""")

_A_FAMILY = _words("""Hoogendoorn Wiersma Dijkstra Huisman Claeys Vercauteren Verstraete Wuyts
Kieffer Thill Caduff Cathomen Lurati Zbinden Vonlanthen Gruber Steinbauer Pichler Zupancic Kranjc
Potocnik Horvat Matijevic Perkovic Stojanovic Djordjevic Hodzic Mehmedovic Krasniqi Berisha Gashi
Georgieva Hristov Munteanu Rusu Ceban Stanciu Shevchenko Bondarenko Tkachuk Petrauskas
Jankauskaite Kalnins Berzina Tamm Kask Camilleri Farrugia Zammit Micallef Sanna Piras Deiana
Santoni Giacomoni Goikoetxea Zubizarreta Seoane Barreiro Casals Riera Guivarc'h Kerbrat
Pritchard Llewelyn Lloyd-Jones O'Driscoll Mulcahy MacLeod Urquhart Jonsdottir""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_A_ACCENTED = [
    ("Máire", "Ní Dhuibhir"),
    ("Đurđa", "Kovačević"),
    ("Ștefania", "Rădulescu"),
    ("Žiga", "Šuštaršič"),
    ("Þórdís", "Hjálmarsdóttir"),
    ("Līga", "Kļaviņa"),
    ("Gabrielė", "Žemaitytė"),
    ("Mälle", "Põldmaa"),
    ("Ġorġ", "Buħagiar"),
    ("Lumturi", "Çeku"),
    ("Siân", "Llŷr"),
    ("Màiri", "NicDhòmhnaill"),
    ("Maïwenn", "Kerhervé"),
    ("Garbiñe", "Muñagorri"),
    ("Uxía", "Outeiriño"),
    ("Gal·la", "Pagès"),
    ("Ганна", "Мельничук"),
    ("Nicolò", "Cantù"),
    ("Jörg", "Aßmann"),
    ("Nermina", "Ćatić"),
]

_A_ORGS = [
    "Verloskundig Samenwerkingsverband Noord-Drenthe",
    "The KangaMOM Study Group",
    "Grúpa Taighde na gCnáimhseach",
    "Rhwydwaith Ymchwil Bydwreigiaeth Cymru",
    "Arbeitsgruppe Känguru-Pflege Tirol",
    "Zadruga babic Gorenjske z.o.o.",
    "Lactaria Devices S.R.L.",
    "The NEST-EU Consortium",
    "Prizren Home Visiting Field Team",
    "Vilniaus perinatologijos tyrimų grupė",
    "Cooperativa de Llevadores del Vallès SCCL",
    "Highland Remote Maternity Network (HiReM)",
]

_A_WORD_GIVEN = _words("""Job Jet Lot Beat Nil Mar Ion Marina Flora Wolf August Nada Heather Daisy
Poppy Violet Jade Willow Laurel Myrtle Storm River Lance Pierce Chase Miles Guy Patience Mercy
Felicity""")
_A_WORD_GIVEN_FAMILY = ["Pop", "Bos", "Kerr", "Vuk"]

_A_VIET_FAMILY = _words(
    "Trịnh Đào Phùng Tống Nghiêm Khúc Giang Hứa Diệp Đàm Tăng Doãn Âu Bạch Ninh Lục"
)
_A_VIET_GIVEN = _words(
    "Kevin Sophie Thắng Hạnh Nhung Phúc Tùng Yến Lộc Quyên Hoà Thủy Kiên Nhàn Điệp Xuân"
)

_A_CN_FAMILY = _words("杜 叶 程 魏 苏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 欧阳")
_A_CN_GIVEN = _words(
    "秀兰 桂英 玉梅 红 霞 平 刚 辉 鹏 琳 雪 晶 可馨 雅琴 春燕 立新 振华 梦瑶 子墨 诗琪"
)
_A_KR_FAMILY = _words("전 고 문 양 손 배 백 허 남궁 노")
_A_KR_GIVEN = _words("수빈 예은 동현 성민 지훈 혜진 민지 승현 다은 윤서")
_A_JP_FULL = _words("森田沙織 岡本健二 藤井真理子 西村浩 前田優花 石川隆之 長谷川舞 村上蓮")

_A_MONONYMS = _words("""Sumiyati Parwati Kusmiyati Sukarsih Mardiyah Tarwiyah Sriyatun Wartini
Suwarni Ngadiyem Yulianingsih Triyanti Shukria Zarghona Nurhayati""")

_A_PARTICLE_NAMES = [
    ("Marloes", "van 't", "Hof"),
    ("Joris", "uit den", "Bogaard"),
    ("Liesbeth", "De", "Smedt"),
    ("Wouter", "Van", "Laere"),
    ("Caitríona", "de", "Búrca"),
    ("Leopoldine", "von", "Stetten"),
    ("Xoana", "da", "Veiga"),
    ("Ilaria", "dalla", "Torre"),
    ("Seraina", "de", "Planta"),
    ("Mikel", "de", "Ugarte"),
    ("Esmée", "op de", "Beek"),
    ("Rosalie", "zur", "Mühlen"),
]

_A_SUBJECTS = _words(
    """Kangaroo Care|Breastfeeding Support|Perinatal Depression|Birth Centre Outcomes|
Skin-to-Skin Contact|Donor Milk Banking|Postpartum Haemorrhage|Perineal Trauma|Water Birth|
Continuity of Midwifery Care|Neonatal Jaundice|Preterm Feeding|Fear of Childbirth|
Delayed Cord Clamping|Home Birth Transfers|Low Milk Supply|Neonatal Hypothermia|
Postnatal Readmission|Rooming-In|Maternal Sleep Deprivation""".replace("\n", ""),
    "|",
)
_A_METHODS = _words(
    """Stepped-Wedge Trials|Cluster Randomised Trials|Interpretative Phenomenological
Analysis|Latent Class Analysis|Propensity Score Matching|Discrete Choice Experiments|Realist
Evaluation|Mixed-Effects Models|Structural Equation Models|Focus Groups|Photovoice|Delphi
Surveys|Interrupted Time Series|Ecological Momentary Assessment|Qualitative Meta-Synthesis|
Instrumental Variables|Wearable Heart-Rate Sensors|Natural Language Processing""".replace(
        "\n", " "
    ).replace("| ", "|"),
    "|",
)
_A_METHODS = [" ".join(m.split()) for m in _A_METHODS]
_A_NOUNS = _words(
    "cohort|register|checklist|questionnaire|dashboard|handbook|curriculum|logbook", "|"
)
_A_ONE_WORD_TITLES = _words("Colostrum Lullaby Swaddled Nightfeeds Firstborn Homeward Cocooned")

_A_VENUES = [
    "Midwifery",
    "BMC Pregnancy and Childbirth",
    "the Journal of Human Lactation",
    "Women and Birth",
    "Archives of Women's Mental Health",
    "JOGNN",
    "the ICM Triennial Congress",
]

_A_SENTENCES = [
    "Little is known about how {x} differs between obstetric wards and free-standing birth "
    "centres.",
    "We used {m} to follow {x} from the first hour after birth to six weeks postpartum.",
    "Pairing {m} with the midwives' own shift notes kept our estimates close to what "
    "actually happened on the ward.",
    "Across {k} maternity units, women who had one known midwife reported fewer unmet needs.",
    "The {n} we built spans {k} birth centres and is shared on request with other teams.",
    "Earlier studies seldom asked partners or grandmothers, whose views shape early feeding.",
    "In this study, we look at {x} through {m}.",
    "Exclusive breastfeeding at discharge rose from 41% to 58% (adjusted OR 1.9, 95% CI 1.3–2.7).",
    "Even a short training session for night-shift staff changed how {x} was charted.",
    "Our results point to staffing, rather than parity, as the main driver of {x}.",
    "This paper describes a {n} for {x} developed with {m}.",
    "We end with what midwives, neonatal nurses and parents asked us to study next.",
]

_A_TITLES = (
    "{w}",
    "{s} via {m}",
    "Measuring {s} in Rural Maternity Units",
    "{s0}Watch: {m} for {s}",
    "How Far Can {m} Take Us in {s}?",
    "Listening to Mothers: {m} on {s}",
    "A National {N} for {s}",
    "Beyond {sl}",
    "{m} in {s}: Findings from Five Birth Centres",
    "Rethinking {s} after the Pandemic",
    "Comparing {m} for {s} and {s2}",
    "{s}: A Midwife's View",
)
_A_ROLES = [
    "Registered Midwife (RM)",
    "Honorary Clinical Research Fellow",
    "IBCLC Lactation Consultant",
]
_A_UNIVERSITIES = [
    "Universitat de Montclar",
    "University of Inverlochy",
    "Hogeschool Brabantse Kempen",
]
_A_TOPICS = ["Midwifery", "Neonatal Nursing", "Perinatal Mental Health", "Infant Feeding"]
_A_BIOGRAPHY = (
    "{owner} is an Assistant Professor and practising midwife who studies how families are "
    "supported in the first weeks after birth, from skin-to-skin contact on the labour ward "
    "to mental health care at home."
)
_A_DEPARTMENT = "School of Midwifery and Neonatal Nursing"
