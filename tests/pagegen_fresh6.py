"""The sixth fresh vocabulary of the profile-page generator: seeds 11000-11999.

An untouched test set, like ``pagegen_fresh2.py`` to ``pagegen_fresh5.py``: written on
7 December 2026 by someone who never read the profile-page reader (its code, its word lists,
its tests' hand-written pages) nor the other vocabularies' pools, and who never ran the
reader on its pages. Nobody tuning the reader reads this file or its pages; they are
measured in aggregate only (``benchmarks/bench_profile_pages.py --first-seed 11001``).

Its research domain is textile conservation and dye chemistry (natural dyes and mordants,
fibre ageing, fading and its measurement). Its names come from a wide mix of cultures,
written as those people appear on English-language pages: Mongolian, Georgian, Armenian,
Tamil, Sinhala, Nepali, Bengali, Telugu, Punjabi, Gujarati, Ethiopian and Eritrean, Somali,
Yoruba, Hausa, Igbo, Akan, Wolof, Zulu, Sotho, Shona, Malagasy, Maori, Tongan, Samoan,
Hawaiian, Greenlandic, Quechua, Mapuche, Nahua and Maya, Kazakh, Uzbek, Kyrgyz,
Azerbaijani, Persian, Kurdish, Pashtun, Kabyle, Basque, Welsh, Irish, Scottish, Icelandic,
Estonian, Latvian, Lithuanian, Albanian, Greek, Romanian, Bulgarian, Ukrainian, Belarusian,
Turkish, Hebrew, Arabic, Polish, Czech, Slovak, Slovene, Serbian, Hungarian, Maltese, Thai,
Khmer, Lao, Burmese, Filipino, Malay, Javanese, Vietnamese, Chinese, Korean and Japanese.
Its pools have the held-out pools' sizes and classes (``_K_`` and the ``Vocabulary`` field
in capitals) and share no word with any other vocabulary beyond the closed classes
(``pagegen.shared_words``).
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_K_GIVEN = _words("""Munkhbat Enkhjargal Nodar Manana Vahagn Gayane Narek Hasmik Kavitha Anbarasan
Thenmozhi Vetrivel Thilina Hasini Nabin Rojina Tanvir Nusrat Sabbir Tsegaye Meseret Mulugeta
Kibrom Senait Guled Sagal Temitope Olamide Kehinde Ayodeji Aminu Bilkisu Chukwuemeka Ugochi
Akua Kwesi Aissatou Cheikh Mandla Lungile Nyasha Lebohang Tojo Haingo Manaia Losaline Siaosi
Sefo Kawika Makana Aputsiaq Arnaq Wayra Tenoch Askar Gulnara Saule Bauyrzhan Shakhnoza Jasur
Nurbek Rashad Aysel Roya Behnaz Rojda Soran Malalai Mirwais Dihya Irati Mikel Gwenllian Iolo
Aoibheann Donncha Ruairidh Catriona Steinunn Einar Triin Priit Ieva Raimonds Giedrius Vaida
Fatmir Entela Spyridon""")

_K_FAMILY = _words("""Batsaikhan Purevdorj Tsereteli Javakhishvili Harutyunyan Mkrtchyan Ramalingam
Natarajan Jayasuriya Gunawardena Thapa Tamang Chowdhury Talukder Getachew Habte Jama Egal
Olatunji Oladipo Abdullahi Maikudi Nwachukwu Ezeani Nxumalo Molefe Nyathi Mwakasege
Randriamampionona Rasoanaivo Rangihau Paewai Vainikolo Fuimaono Kanahele Olsvig Huanca Millaman
Canul Nurmagambetov Yuldashev Asanbekov Sadeghi Barzinji Durrani Khattak Haddadi Urkiola
Gorostiaga Guilfoyle MacInnes Bjarnason Rebane Vitols Vasiliauskas Bytyqi
Oikonomou Radulescu Todorov Tkachenko Lukashevich Demirci Korkmaz Levinson Barakat Chaiyasit
Sisouk Mangubat Othman Deshpande Banerjee""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_K_ACCENTED = [
    ("Oğuz", "Karadağ"),
    ("Žiga", "Kovačič"),
    ("Réka", "Győri"),
    ("Ştefan", "Păunescu"),
    ("Ilze", "Kalniņa"),
    ("Ewa", "Jędrzejczyk"),
    ("Nazlı", "Şahinoğlu"),
    ("Halldóra", "Þorsteinsdóttir"),
    ("Xóchitl", "Tlacuilo"),
    ("Anđela", "Vuković"),
    ("Miloš", "Đorđević"),
    ("Hēmi", "Pōmare"),
    ("Rəşad", "Əliyev"),
    ("Răzvan", "Ţurcanu"),
    ("Jarosław", "Łęcki"),
    ("Ľudmila", "Čierna"),
    ("Žygimantas", "Gudžiūnas"),
    ("Kristaps", "Šmits"),
    ("Berfîn", "Şêxo"),
    ("Ħelena", "Camilleri"),
]

_K_ORGS = [
    "Natural Dyestuffs Consortium",
    "The Kilim Condition Team",
    "Loomhouse Analytical Ltd.",
    "Silk Embrittlement Forum",
    "Woad Revival Group",
    "Quercitron Laboratories",
    "Threadcount",
    "Cochineal Sourcing Audit",
    "The Selvedge Academy",
    "European Tablet-Weaving Network",
    "Mordant Bleeding Collaboration",
    "Kermes & Weld",
]

_K_WORD_GIVEN = _words("""Loveness Paisley Velvet Tiger Angel Hero Skip Bear Bay Lane Ford Sierra
Savannah Bunny Tuesday Rain Cherish Myrtle Dahlia Jasmine Rob Hank Silver Lavender Bluebell
Birdie Diamond Scout Temple Wednesday""")
_K_WORD_GIVEN_FAMILY = ["Ong", "Hart", "Bose", "Das"]

_K_VIET_FAMILY = _words("La Ma An Chử Công Hạ Hàm Hình Hoắc Lỗ Mâu Ngọ Thang Thiệu Trầm Uông")
_K_VIET_GIVEN = _words(
    "Kathy Danny Điệp Khuê Quý Thông Trọng Tú Hân Kỳ Lệ Mỹ Phượng Trúc Tường Chiến"
)

_K_CN_FAMILY = _words("付 闫 向 聂 左 屈 饶 艾 房 滕 宁 单 霍 卫 项 包 麦 童 祁 柏")
_K_CN_GIVEN = _words(
    "德华 梦琪 红霞 桂芬 淑珍 亚楠 玉梅 永刚 秋菊 国庆 少华 凤英 学军 慧敏 瑞 宝珠 春花 素芬 晓丽 立国"
)
_K_KR_FAMILY = _words("선 제 모 국 태 예 용 은 라 사공")
_K_KR_GIVEN = _words("지환 우진 채윤 준호 세영 재현 수진 서현 지성 다현")
_K_JP_FULL = _words("岡田悠真 長谷川結衣 藤井颯太 森本美月 清水蓮 前田大和 村上千尋 近藤陽介")

_K_MONONYMS = _words("""Suwarno Partini Sukarmin Giyanto Sarwono Mujiono Ponirah Sumarsih Warsito
Paimin Ngatini Sukamto Tukiman Ahmadullah Sadikin""")

_K_PARTICLE_NAMES = [
    ("Matías", "de", "Urquijo"),
    ("Rui", "de", "Albuquerque"),
    ("Henrique", "das", "Neves"),
    ("Gustav", "von", "Trotha"),
    ("Marloes", "van der", "Sluis"),
    ("Chiel", "van", "Ommen"),
    ("Raffaele", "del", "Piano"),
    ("Anne-Sophie", "de", "Mérode"),
    ("Nienke", "ter", "Welle"),
    ("Hamid", "bin", "Awang"),
    ("Isabella", "di", "Pietrantonio"),
    ("Kai", "von", "Ahlefeldt"),
]

_K_SUBJECTS = _words(
    """Silk Embrittlement|Wool Yellowing|Mordant Bleeding|Cellulose Hydrolysis|
Linen Discolouration|Weighted Silk Shattering|Flax Tendering|Woad Vat Dyeing|Alum Mordanting|
Tannin Staining|Orchil Dyes|Safflower Paling|Kermes Sourcing|Quilt Soiling|Brocade Abrasion|
Velvet Crushing|Fibroin Oxidation|Damask Lustre|Banner Fragility|
Turmeric Photodegradation""".replace("\n", ""),
    "|",
)
_K_METHODS = _words(
    """Liquid Chromatography|Capillary Electrophoresis|Thermogravimetry|Viscometry|
Photoluminescence Lifetimes|Microfading|Colorimetry|Densitometry|Calorimetry|Polarised
Microscopy|Electron Micrographs|Tensile Testing|Kubelka-Munk Maps|Electrospray Ionisation|
Vapour Sorption|Blue Wool Dosimetry|Chemometrics|Birefringence Probes""".replace("\n", " ").replace(
        "| ", "|"
    ),
    "|",
)
_K_METHODS = [" ".join(m.split()) for m in _K_METHODS]
_K_NOUNS = _words(
    "swatchbook|recipebook|formulary|herbarium|workbook|dyebook|colourbook|scorebook", "|"
)
_K_ONE_WORD_TITLES = _words("Dyepot Threadbare Lightfast Fugitive Overdyed Selvedge Distaff")

_K_VENUES = [
    "Dyes and Pigments",
    "Textile History",
    "Polymer Degradation and Stability",
    "Textile Progress",
    "Fibers and Polymers",
    "Cellulose",
    "Costume",
]

_K_SENTENCES = [
    "Grading {x} garment by garment occupies a curator for months, and spot checks disregard "
    "how unevenly {x} spreads through an entire bolt.",
    "We build an assay on {m} that scores {x} from a few detached fibres.",
    "The assay joins {m} to a kinetic dose law, so its projections hold up after a century "
    "of exhibition.",
    "On wardrobes from a trio of abbeys it shrinks the mismatch sizeably below customary grading.",
    "Our {n} itemises {k} garments, and worksheets accompany it.",
    "Analyses consider yarns alone, yet yarns interlace.",
    "Below, we tackle {x} with {m}.",
    "Checks on dyestuffs it had not met leave the trained scorer sound.",
    "Ten dyed swatches retune the scorer.",
    "Gallery lamps, not laundering, emerge as the chief driver of {x}.",
    "This chapter supplies a {n} for {x} constructed with {m}.",
    "We list, in closing, garments it misjudged and what further specimens should remedy them.",
]

_K_TITLES = (
    "{w}",
    "{s} by {m}",
    "Tracing {s} in Church Vestments",
    "{s0}Probe: {m} for {s}",
    "Can {m} Unmask {s}?",
    "How Much {m} Says about {s}",
    "A Shared {N} on {s}",
    "Brittle {sl}",
    "{m} and {s}: Experience from Parish Chests",
    "Slowing {s} without Chemical Treatment",
    "Comparing {m} on {s} and {s2}",
    "{s} Reexamined",
)
_K_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_K_UNIVERSITIES = [
    "University of Tennerby",
    "Alvarenga Academy of Fine Weaving",
    "Whitcombe School of Textile Design",
]
_K_TOPICS = ["Colour Measurement", "Fibre Degradation", "Natural Dyestuffs", "Photochemistry"]
_K_BIOGRAPHY = (
    "{owner} is an Assistant Professor whose laboratory analyses woven, knitted and dyed "
    "heirlooms and the colourants in them, choosing treatments that a later restorer can "
    "reverse."
)
_K_DEPARTMENT = "Department of Textile Conservation and Dye Chemistry"
