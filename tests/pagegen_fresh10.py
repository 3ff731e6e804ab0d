"""The tenth fresh vocabulary of the profile-page generator (:data:`pagegen.FRESH10`).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
nor its word lists and tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py`` (for the pools' format, sizes and kinds of entries, none of their words), and
who never ran the reader on its pages. Nobody tuning the reader reads this file or its pages;
it is measured in aggregate only, by the person measuring.

Research domain: conservation of archival paper and bookbinding (iron-gall ink corrosion,
foxing, deacidification, parchment, leather bindings).

People's names come from Cameroon, Gabon, Congo (Lingala, Kikongo), Rwanda, Burundi,
Uganda (Luganda), Malawi (Chewa), Zambia (Bemba), Angola, Mozambique, Cape Verde, Dagestan
(Avar, Lezgin), Tatarstan, Bashkortostan, Chuvashia, Moldova, Bulgaria, North Macedonia,
Montenegro, Luxembourg, Flanders, Schleswig, Jutland, Karelia, Mari El, Kerala, Karnataka,
Maharashtra, Gujarat, Punjab, Sindh, Balochistan, Pashtun Afghanistan, Oman, Yemen,
Sulawesi (Bugis), Sumatra (Batak, Minangkabau), Palau, Kiribati, Vanuatu, Bolivia, Peru
(Shipibo), Colombia (Wayuu), Haiti and Jamaica, written as they appear on an
English-language page. Vietnamese, Chinese, Korean and Japanese names, accented names,
names with particles and mononyms are pools of their own, as in the held-out vocabulary:
Chinese family names whose pinyin starts with M to Z, Korean ones romanised L to Z,
Vietnamese ones M to Z, Japanese ones romanised M to Z; the mononyms are Bugis,
Minangkabau and Pashtun, none Javanese.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_O_GIVEN = _words("""Manka Ayuk Ghislain Murielle Nsimba Bolingo Keza Ganza Irakoze Kwizera Wasswa
Kizito Mphatso Kondwani Mutale Mumbi Nzinga Zeferino Ermelinda Amosse Evandro Lenira Patimat
Murtazali Ilsur Gulshat Salavat Aisylu Attil Narspi Veaceslav Aurica Tsvetanka Zhivko Blagoja
Biljana Draginja Budimir Jhemp Aloyse Lieven Goedele Hauke Momme Ejnar Bodil Iivana Hilja Akpatyr
Aivika Sajeev Aswathy Basavaraj Yashaswini Pradnya Swapnil Hetal Dhaval Harjinder Navjot Marvi
Shamshad Mehrab Wazhma Zalmai Azzan Badriya Bilqis Besse Baso Poltak Tiurma Buyung
Deswita Surangel Dilmei Teburoro Taneti Jotham Kalkot Saturnino Nemesia Metsa Ranin Yanama Wilner
Guerline Delroy Novlette""")

_O_FAMILY = _words("""Atangana Fonkeng Moussavou Mabiala Mukamana Twagirayezu Ndayishimiye
Ssemakula Sserwadda Chimwaza Mkandawire Kapembwa Chisenga Cassule Nhantumbo Semedo Nurmagomedov
Efendiev Gabdrakhmanov Nigmatullin Ishmuratov Khuzangai Botnaru Kostadinova Trajkovski Naumovska
Vujosevic Kalezic Kieffer Verhaegen Vercruysse Carstensen Bisgaard Thygesen Remsu Chavain Panicker
Kaimal Udupa Gokhale Phadke Zaveri Sekhon Aulakh Soomro Junejo Mengal Bizenjo Stanikzai Shinwari
Kharusi Rawahi Eryani Bamatraf Mattalatta Sitompul Lumbantobing Ngiraingas Maamau Tekeraoi
Kalsakau Tabimasmas Limachi Callisaya Ahuanari Sanancino Uriana Ipuana Dorsainvil Charlotin
Rattray""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_O_ACCENTED = [
    ("Honorée", "Ébodé"),
    ("Aimé", "Mébiame"),
    ("Dieudonné", "Makélé"),
    ("Custódio", "Lourenço"),
    ("Ermínia", "Macuácua"),
    ("Nélio", "Évora"),
    ("Güzäl", "Säfiullina"),
    ("Mărioara", "Țăranu"),
    ("Ștefănel", "Bîrsan"),
    ("Snežana", "Trpčevska"),
    ("Vukašin", "Šćekić"),
    ("Ljiljana", "Đurišić"),
    ("Fränz", "Kräizer"),
    ("Jørn", "Kjærsgård"),
    ("Ejvind", "Sønderskov"),
    ("Iivo", "Pöllänen"),
    ("Efraín", "Achá"),
    ("Agustín", "Fasabí"),
    ("Jayariyú", "Epieyú"),
    ("Anaïse", "Chérestal"),
]

_O_ORGS = [
    "The Gallnut Ink Colloquium",
    "Spine & Headcap Bindery Ltd.",
    "Tawed Leather Optics SARL",
    "Rebacking Practitioners' Network",
    "Nordhavn Bindings Consortium",
    "The Bulk Deacidification Users' Group",
    "Kettlewell Pulp Mills plc",
    "The Waterlogged Archives Salvage Crew",
    "Microfade Metrology Oy",
    "Calfskin Tannery Services BV",
    "The PHYTATE Chelation Team",
    "The Foolscap Digitisation Taskforce",
]

# (given names that are also ordinary English words, many of them common in Zambia, Malawi,
# Haiti and Jamaica)
_O_WORD_GIVEN = _words("""Obvious Silence Purity Reason Saviour Sweetness Loyalty Thankful Exodus
Genesis Deliverance Salvation Fearless Handsome Smart Wonder Providence Pleasure Lovely Captain Judge
Innocence Miracle Faithful Humble Chosen Blessings Christmas Honour Doctor""")
_O_WORD_GIVEN_FAMILY = ["Gill", "Mills", "Tembo", "Soko"]

_O_VIET_FAMILY = _words("Mộc Mục Niê Phàn Phù Quảng Thới Úc Trà Nhiêu Nhậm Thẩm Trâu Miêu Nhạc Uất")
_O_VIET_GIVEN = _words(
    "Francis Cecily Thơm Mận Sen Ngoan Bảy Nết Thạnh Xuyên Lành Mừng Út Tám Triều Vĩ"
)

_O_CN_FAMILY = _words("牟 尚 卓 缪 慕 欧 濮 戚 芮 商 邰 谈 危 闻 邬 冼 宣 荀 湛 臧")
_O_CN_GIVEN = _words(
    "朝晖 德胜 桂芝 明远 若兰 淑贞 金生 兰芳 润生 翠萍 向阳 跃进 秀云 子轩 睿 琛 瑾 璐 煜 彤"
)
_O_KR_FAMILY = _words("목 사 상 순 영 옹 풍 로 매 판")
_O_KR_GIVEN = _words("숙자 봉수 동건 태희 아름 한별 찬희 도하 누리 초롱")
_O_JP_FULL = _words("村上亮介 野口千尋 西村悠真 岡田結衣 杉山和樹 上野沙織 矢野慎吾 横山菜摘")

_O_MONONYMS = _words("""Mattulada Syamsuddin Mappatunru Mustari Asriani Hasnawati Arifuddin
Erizal Nofrianti Zulhendri Yusmarni Asmarni Sharifullah Shafiqullah Najibullah""")

_O_PARTICLE_NAMES = [
    ("Wannes", "van den", "Eynde"),
    ("Jozefien", "de", "Clercq"),
    ("Adelina", "dos", "Ramos"),
    ("Olinda", "da", "Graça"),
    ("Ilídio", "do", "Livramento"),
    ("Hilal", "bin", "Nasser"),
    ("Shurooq", "al", "Maskari"),
    ("Hamood", "al", "Ghafri"),
    ("Yahya", "al", "Mutawakkil"),
    ("Frauke", "von", "Rantzau"),
    ("Romain", "de", "Waha"),
    ("Guerda", "de", "Lespinasse"),
]

_O_SUBJECTS = _words(
    """Ink Haloing|Ink Burnthrough|Tideline Formation|Leather Powdering|Calfskin Redrot|
Spine Cracking|Groundwood Browning|Gelatine Sizing Loss|Collagen Denaturation|Hinge Splitting|
Kettlestitch Breakage|Foxmark Speckles|Alkaline Reserve Loss|Bookworm Tunnelling|Pastedown Cupping|
Goatskin Stiffening|Phytate Chelation|Bifolium Buckling|Silverfish Grazing|Mould Growth""".replace(
        "\n", ""
    ),
    "|",
)
_O_METHODS = _words(
    """Arrhenius Extrapolation|Ordinal Probit Scoring|Mahalanobis Gating|Multivariate Hotelling Charts|
Gabor Wavelets|Curvelet Denoising|Shearlet Features|Voronoi Tessellation|Poisson Blending|
Hough Voting|Jackknife Resampling|Tikhonov Regularisation|Nelder-Mead Simplexes|Otsu Thresholding|
Superpixel Grouping|Watershed Segmentation|Mumford-Shah Functionals|Sauvola Binarisation""".replace(
        "\n", " "
    ).replace("| ", "|"),
    "|",
)
_O_METHODS = [" ".join(m.split()) for m in _O_METHODS]
_O_NOUNS = _words("rubric|breviary|docket|chrestomathy|vademecum|syllabus|exemplar|treasury", "|")
_O_ONE_WORD_TITLES = _words("Flyleaf Endpaper Quarto Headband Deckle Bookplate Foolscap")

_O_VENUES = [
    "WACV",
    "BMVC",
    "ICIP",
    "Quaerendo",
    "the Gutenberg-Jahrbuch",
    "the New Bookbinder",
    "Nordisk Pappershistorisk Tidskrift",
]

_O_SENTENCES = [
    "Examiners typically grade {x} sheetwise under glancing illumination, a wearisome chore "
    "oblivious to how {x} creeps across facing bifolia.",
    "We craft a grader powered by {m} that rates {x} from humdrum bindery daybooks.",
    "That grader harnesses {m} under a slender stoichiometric bound, so its gradings appear "
    "believable for heavily rebacked volumes too.",
    "Across 17 shelfmarks of account rolls it undercuts the blunders of its closest opponent "
    "by a wide gap.",
    "The accompanying {n} lists {k} vestry rolls and is readily fetchable with its scorecards.",
    "Habitual appraisals predominantly judge an opening in isolation, a simplification difficult to "
    "justify.",
    "Conversely, we scrutinise {x} with {m}.",
    "On quarantined holdings, the grader degrades gracefully.",
    "Fifteen expertly scored bifolia readjust the grader to an unacquainted muniment cellar.",
    "Hygrometer traces associate {x} with stack-room clamminess considerably more closely than "
    "with ink composition.",
    "This memorandum outlines a {n} for {x} leaning on {m}.",
    "In summation, we recount the occasions on which the grader goes astray, along with swabs "
    "apt to redeem it.",
]

_O_TITLES = (
    "{w}",
    "{s} Glimpsed through {m}",
    "Locating {s} in Rebacked Volumes",
    "{s0}Scan: {m} for {s}",
    "Has {m} Solved {s}?",
    "Snags in Applying {m} to {s}",
    "A Gratis {N} of {s}",
    "Creeping {sl}",
    "{m} Facing {s}: Glimpses from Nineteen Cathedral Archives",
    "Quantifying {s} under Flickering Illumination",
    "Thrifty {m} bridging {s} and {s2}",
    "{s} in Muniment Cellars",
)
_O_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_O_UNIVERSITIES = [
    "University of Ashbarrow",
    "Académie Royale de Reliure de Namur",
    "Marrowfield Institute of Bookcraft",
]
_O_TOPICS = ["Bookbinding Craft", "Leather Tanning", "Preventive Care", "Ink Pigmentation"]
_O_BIOGRAPHY = (
    "{owner} is an Assistant Professor who safeguards charters, deeds and bound missives, "
    "repairing the harm that acidic ink, clamminess and neglect inflict, and prefers "
    "interventions whose side effects a fellow binder can double-check."
)
_O_DEPARTMENT = "Department of Book and Paper Conservation"
