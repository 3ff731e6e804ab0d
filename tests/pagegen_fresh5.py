"""The fifth fresh vocabulary of the page generator: an untouched test set (seeds 10000-10999).

Written on 7 December 2026, after fresh2, fresh3 and fresh4 had been spent, by someone who
never read the profile-page reader, its word lists or its hand-written test pages, and who
never ran the reader on these pages. Nobody tuning the reader may read this module or the
pages it makes; only aggregate figures (``benchmarks/bench_profile_pages.py --first-seed
10001``) are to be looked at, by the person measuring.

Its pools have the held-out pools' sizes, shapes and classes (``tests/pagegen.py``), and it
shares no word with any other vocabulary beyond the closed classes (function words, name
particles, organisation kind words; ``pagegen.shared_words``). It was not made to avoid the
reader's own word lists either, which would be tuning it against the reader.

Research domain: the palaeography of medieval manuscripts (scripts and scribal hands,
codicology, ink and its corrosion, imaging of erased undertexts). Names are written as their
bearers appear on English-language pages, from a wide mix of cultures: Yoruba, Igbo, Hausa,
Akan, Amharic, Somali, Zulu, Swazi, Shona, Tanzanian, Malagasy; Georgian, Armenian,
Azerbaijani, Turkish, Kurdish, Persian, Arabic (Levantine, Moroccan), Hebrew; Kazakh,
Kyrgyz, Uzbek, Turkmen, Mongolian, Tibetan and Sherpa, Nepali, Tamil, Punjabi, Sinhala;
Thai, Lao, Khmer, Javanese, Malay, Filipino; Hawaiian, Maori, Samoan, Tongan; Quechua,
Mexican; Greenlandic, Sami, Icelandic, Norwegian, Finnish, Estonian, Latvian, Lithuanian,
Polish, Czech, Slovene, Croatian, Serbian, Hungarian, Romanian, Bulgarian, Greek, Albanian,
Maltese, Italian, Basque, Catalan, Spanish, Portuguese, French, Dutch, Afrikaans, Frisian,
German, Irish, Scottish and Welsh. Vietnamese, Chinese, Korean and Japanese names are in
their own classes; mononyms are Javanese, Mongolian and Tamil.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_J_GIVEN = _words("""Adewale Adjoa Aizhan Alemayehu Amaia Aoife Aputi Arash Arulmozhi Audrius
Avital Aynur Babatunde Bakhyt Berfin Bethan Binod Bogdana Bongani Boyan Chanthou Chiamaka Chynara
Clodagh Csaba Darragh Davit Despina Devika Dewi Dilan Dolkar Edgars Eitan Eleftheria Elnur
Enkhbayar Eveliina Faadumo Feruza Ffion Funmilayo Gergely Gizem Gohar Golnaz Gorka Guadalupe
Gulnora Hadiza Hirut Hylke Ikenna Ildiko Irakli Jaspreet Jitka Kaimana Khamphone Kidist Killa
Kwabena Lalaina Lhakpa Lilit Lourdes Madina Mele Meskerem Mhairi Mirlan Nazgul Negin Nenad Niran
Nuka Ofir Olesya Oriol Otabek Pasang Piret Ralitsa Rawiri Roser Ruaridh Selamawit Siranush Tavita""")

_J_FAMILY = _words("""Abashidze Abboud Agirre Andriamihaja Antoniou Arellano Arumugam Assefa
Avetisyan Babalola Balogh Berthelsen Bhattarai Biton Bondarenko Buthelezi Casals Ccori Demissie
Dualeh Ekanayake Ergasheva Esfahani Faleolo Geraghty Ghazaryan Hasani Heilmann Hijazi Hirsi
Inthavong Jankauskas Jorbenadze Kaewkla Kaleikini Kelmendi Kocaman Kranjc Krumins Lepik Lyberth
MacAulay Madzima Mahlaba Manukyan Mapfumo Meas Mkhize Mulcahy Mwakilema Navabi Nikolaidis Nistor
Nnaji Nurpeisova Ogundipe Oskal Palaniappan Pospisil Rabemananjara Rifai Sabbagh Seitkali Soliai
Souvannavong Srisomboon Taufa Tuiasosopo Waaka Wijesinghe Yupanqui""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_J_ACCENTED = [
    ("Aušra", "Vaičiulytė"),
    ("Csilla", "Görgényi"),
    ("Ştefania", "Mureşan"),
    ("Nikša", "Đurić"),
    ("Çiğdem", "Sarıkaya"),
    ("Vüqar", "Məmmədov"),
    ("Þórhildur", "Ágústsdóttir"),
    ("Bjørg", "Rønning"),
    ("Tāmati", "Tūkaki"),
    ("Adéwùmí", "Ògúndélé"),
    ("Przemysław", "Ślusarczyk"),
    ("Ċensu", "Ċassar"),
    ("Ģirts", "Ķēniņš"),
    ("Küllike", "Põder"),
    ("Fermín", "Goñi"),
    ("Martí", "Fàbregas"),
    ("Honoré", "Maréchal"),
    ("Aýgül", "Öwezowa"),
    ("Ksenija", "Ćirić"),
    ("Núria", "Puigdomènech"),
]

_J_ORGS = [
    "The Undertext Decipherment Team",
    "Insular Minuscule Collaboration",
    "Quillpoint Transcription Collective",
    "Quirewise Conservation Ltd.",
    "Lectionary Fragments Consortium",
    "Marginalia Unbound",
    "The Ferrogall Inks Group",
    "Chartulary Provenance Network",
    "Glossator Software Inc.",
    "Rubricators of Tamsworth",
    "Beneventan Script Foundation",
    "Quaternion Bureau",
]

_J_WORD_GIVEN = _words("""Jade Guy April Nick Bob Chip Kit Red Teddy Hawk Sunshine Taylor Modesty
Porter Gene Pat Sue Don Bud Chuck Kitty Brandy Sherry Rosemary Marina August Happy Glory Godknows
Marvellous""")
_J_WORD_GIVEN_FAMILY = ["Ogbu", "Yip", "Fox", "Koh"]

_J_VIET_FAMILY = _words("Vi Mạch Nhâm Yên Khưu Biện Đới Mông Sái Vòng Xa Lữ Đường Bồ Ung Lều")
_J_VIET_GIVEN = _words(
    "Annie Vincent Thanh Trung Bình Lực Giao My Như Quế Tiên Nghị Vượng Thơ Khải Duyên"
)

_J_CN_FAMILY = _words("阎 牛 齐 兰 管 卞 柴 岳 翟 毕 祝 季 伍 涂 骆 焦 甘 司马 苗 耿")
_J_CN_GIVEN = _words(
    "雨涵 文轩 梓涵 若汐 天宇 静怡 奕辰 芷若 瑞霖 婧 建军 国华 惠敏 玉珍 金凤 卫国 丽萍 振宇 宏亮 淑华"
)
_J_KR_FAMILY = _words("위 기 반 왕 금 옥 육 인 경 봉")
_J_KR_GIVEN = _words("하윤 지안 채은 태민 다빈 현서 승우 진우 서희 동욱")
_J_JP_FULL = _words("藤原千尋 石川悠真 前田美穂 岡田蓮 長谷川葵 村上隼人 森結衣 清水航")

_J_MONONYMS = _words("""Sumardiyono Tukiyem Suwarsih Kasiyati Sukirno Paijo Wagiyo Sarmini
Ngatinah Altantsetseg Narantuya Tsogtbaatar Munkhzul Kanagaraj Ilavarasi""")

_J_PARTICLE_NAMES = [
    ("Willemijn", "van der", "Zwaan"),
    ("Ilaria", "della", "Torre"),
    ("Teodora", "di", "Bartolo"),
    ("Haytham", "al", "Khatib"),
    ("Nizam", "bin", "Ariffin"),
    ("Geertruida", "ter", "Borch"),
    ("Francine", "du", "Plessis"),
    ("Bento", "do", "Prado"),
    ("Consuelo", "del", "Olmo"),
    ("Hildegard", "von", "Stolberg"),
    ("Koenraad", "van den", "Broek"),
    ("Najwa", "el", "Fassi"),
]

_J_SUBJECTS = _words(
    """Carolingian Minuscule|Insular Script|Scribal Hands|Marginal Glosses|Quire Structure|
Rubrication|Gothic Textura|Beneventan Script|Illuminated Initials|Ruling Patterns|Pricking Holes|
Binding Structures|Colophon Formulae|Lectionary Fragments|Erased Undertexts|Iron-Gall Corrosion|
Notarial Signs|Uncial Letterforms|Chancery Cursive|Tironian Shorthand""".replace("\n", ""),
    "|",
)
_J_METHODS = _words(
    """Ultraviolet Fluorescence|Multispectral Reflectography|Phylogenetic Stemmatics|
Shape Descriptors|Codicological Collation|Handwritten Text Recognition|Letterform Morphometrics|
Radiocarbon Assays|Proteomic Species Identification|Mass Spectrometry|Writer Retrieval|
Principal Components|Micro-CT|Glyph Prototypes|Neighbour-Joining Trees|Topic Modelling|
Edit Distances|Sequence Alignment""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_J_METHODS = [" ".join(m.split()) for m in _J_METHODS]
_J_NOUNS = _words(
    "facsimile|typology|glossary|register|calendar|repertory|florilegium|anthology", "|"
)
_J_ONE_WORD_TITLES = _words("Vellum Quillwork Inkhorn Erasure Penknife Catchwords Foxing")

_J_VENUES = [
    "ICDAR",
    "ICFHR",
    "Manuscripta",
    "Speculum",
    "Codices Manuscripti",
    "Archiv für Diplomatik",
    "Digital Scholarship in the Humanities",
]

_J_SENTENCES = [
    "Judging {x} demands lengthy apprenticeship, and printed catalogues disclose scant "
    "detail of how {x} was assessed for a particular codex.",
    "We sketch an apparatus founded upon {m} that characterises {x} from everyday pictures.",
    "The apparatus yokes {m} to codicological constraints, whence its ascriptions survive "
    "torn and stained folios.",
    "Across monastic collections from Cluny to Bobbio it lowers misattributions by a quarter "
    "against the foremost alternative.",
    "A {n} of {k} codices accompanies the monograph, downloadable at no charge with our software.",
    "Scholarship tends to suppose a lone copyist wrote every gathering, which careful scrutiny "
    "contradicts.",
    "We reexamine {x} from the vantage of {m}.",
    "Our classifier tolerates scriptoria unseen while calibrating.",
    "Twelve copied pages sufficed to adjust the classifier to a novel scribe.",
    "We connect {x} with monastic reform movements instead of regional custom.",
    "This monograph furnishes a {n} of {x} gathered with {m}.",
    "We end with instances whereupon the apparatus errs, and with testimony able to rectify them.",
]

_J_TITLES = (
    "{w}",
    "{s} Using {m}",
    "Deciphering {s} in Damaged Codices",
    "{s0}Prism: {m} for {s}",
    "Can {m} Untangle {s}?",
    "Why {m} Misjudges {s}",
    "A Commented {N} of {s}",
    "Vanishing {sl}",
    "{m} versus {s}: Insights from Twelve Scriptoria",
    "Beyond Guesswork in {s}",
    "Faster {m} for {s} and {s2}",
    "{s} Reassessed",
)
_J_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_J_UNIVERSITIES = [
    "University of Ellerbeck",
    "Hochschule für Schriftkunde Lindenau",
    "Tresilian Institute of Diplomatics",
]
_J_TOPICS = ["Digital Palaeography", "Codicology", "Handwriting Forensics", "Medieval Latin"]
_J_BIOGRAPHY = (
    "{owner} is an Assistant Professor who examines medieval books, the scribes who wrote "
    "them and the clues they left behind, preferring datings whose grounds readers can "
    "verify for themselves."
)
_J_DEPARTMENT = "Department of Palaeography and Codicology"
