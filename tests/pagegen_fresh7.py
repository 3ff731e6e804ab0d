"""The seventh fresh vocabulary of the profile-page generator (seeds 12000-12999).

Written on 7 December 2026 by someone who had not read the reader (its code, its word
lists or its tests' hand-written pages) nor any other fresh or dev vocabulary; only
``tests/pagegen.py`` and its held-out pools, for the format and size of each pool. Like
fresh2 to fresh6 it is an untouched test set: nobody tuning the reader reads this file or
its pages, and its pages are measured in aggregate only, by the person measuring.

Research domain: ethnobotany of medicinal plants (remedies and the healers who know them,
fieldwork with consent, voucher specimens, bioassays). Names are written as such people
appear on English-language pages, from a wide mix of cultures: Sámi, Frisian, Corsican,
Sardinian, Maltese, Tatar, Bashkir, Sakha, Buryat, Tuvan, Chechen, Ossetian, Kurdish,
Assyrian, Pashto, Sinhala, Maldivian, Khmer, Lao, Hmong, Balinese, Batak, Fijian, Tahitian,
Hawaiian, Greenlandic, Mapuche, Guaraní, Haitian, Wolof, Fula, Mandinka, Bambara, Tigrinya,
Oromo, Luo, Ganda, Kinyarwanda, Chewa, Tswana, Sotho, Xhosa, Ovambo, Igbo, Georgian,
Armenian, Persian, Tajik, Kyrgyz, Turkmen and Uyghur; accented names from Estonian, Czech,
Norwegian, Faroese, Icelandic, Breton, Lithuanian, Latvian, Serbian, Romanian, Turkish,
Azerbaijani, Kikuyu, Malian, Mapuche and romanised Japanese; Vietnamese names include
Hmong and Tày family names; mononyms are Javanese, Afghan and Mongolian; particle names
are Malay, Hebrew, Dutch, French, Italian, Spanish, Moroccan and Arabic. Its pools share no
word with the other vocabularies beyond the closed classes (:func:`pagegen.shared_words`).
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_L_GIVEN = _words("""Niillas Mihkkal Biret Ristin Wytse Tsjalling Jitske Ghjuvanni Bonaria Marthese
Ilnur Gulnaz Zulfiya Sardaana Ayur Aldyn Khava Soslan Zana Sargon Wajma Dilrukshi Kumudini
Aishath Sopheap Sreymom Phonsavanh Yeng Wayan Ketut Togar Litia Losana Vilimone Mereoni Vaimiti
Ivalu Nahuel Llanquiray Rayen Wilguens Fritznel Wideline Ndeye Khadim Astou Oumou Boubacar Lamin
Kaddijatou Ebrima Assitan Salif Yemane Luwam Mebrahtu Lensa Tolossa Akinyi Babirye Nalwoga
Ishimwe Umutoni Chimwemwe Tiyamike Madalitso Boitumelo Onalenna Teboho Refiloe Siyabonga
Zukiswa Ndeshipanda Tuyeni Chinonso Obiageli Nikoloz Gvantsa Gevorg Niloufar Shahrzad Manizha
Aizada Bermet Kanykei Maysa Myrat Gulnisa Mehray""")

_L_FAMILY = _words("""Utsi Aikio Magga Partapuoli Hiemstra Wiersma Tjeerdsma Deiana Porcu Atzeni
Farrugia Zammit Azzopardi Galiullina Mingazov Gilmanov Dugarov Dashinimaev Dzagoev Tsallagov
Youkhana Khoshaba Achakzai Wardak Popalzai Dissanayake Samarasinghe Weerasekara Keo Prak
Simanjuntak Nainggolan Hutapea Naivalu Waqanivalu Nawalowalo Kekauoha Tetuanui Tuheiava
Motzfeldt Kreutzmann Llancaqueo Quilaqueo Curihuentro Dorvil Exantus Diop Mbengue Thiam Ceesay
Darboe Kinteh Gebreyesus Kahsay Gutema Negasa Ssentongo Kiggundu Niyonsaba Ndayisaba Kumwenda
Msiska Kgosidintsi Mofokeng Gqirana Haufiku Iipumbu Mchedlishvili Karapetyan Beishenaliev
Tohti""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_L_ACCENTED = [
    ("Tõnis", "Põldma"),
    ("Ondřej", "Štěpánek"),
    ("Ørjan", "Høgåsen"),
    ("Ngũgĩ", "Kĩmani"),
    ("Kōhei", "Ōshima"),
    ("Aygün", "Qəmbərova"),
    ("Turið", "Nørgaard"),
    ("Gwenaël", "Quéré"),
    ("Sékou", "Dembélé"),
    ("Ayelén", "Millapán"),
    ("Šarūnas", "Vaitkūnas"),
    ("Božidar", "Mladenović"),
    ("Sânziana", "Mărgineanu"),
    ("Özgür", "Üstündağ"),
    ("Kārina", "Krūmiņa"),
    ("Wambũi", "Gĩthinji"),
    ("Büşra", "Dağlı"),
    ("Brynjólfur", "Ljótsson"),
    ("Fəxrəddin", "Hüseynli"),
    ("Gintarė", "Antanavičiūtė"),
]

_L_ORGS = [
    "Medicinal Flora Voucher Consortium",
    "Bitterroot Botanicals",
    "Highland Pharmacognosy Team",
    "Yarrowby Phytochemicals Ltd.",
    "Sacred Groves Council",
    "The Ethnopharmacology Unit",
    "Willowbark Extracts Company",
    "Pan-African Healing Plants Network",
    "The ROOTS Ethnoflora Group",
    "Seed and Salve Collaboration",
    "Kavabrook Tinctures Inc.",
    "The Herbal Markets Centre",
]

_L_WORD_GIVEN = _words("""Carter Parker Walker Turner Baker Shepherd Noel Easter Courage Loyal Honesty
Amity Queenie Posy Bryony Acacia Camellia Pansy Zinnia Hyacinth Verbena Tempest Pastor Jet Sailor
Sugar Rue Miller Harbor Dash""")
_L_WORD_GIVEN_FAMILY = ["Cheung", "Diallo", "Kwan", "Ansah"]

_L_VIET_FAMILY = _words("Ân Bạc Bàng Cam Diêm Lăng Trác Vì Lù Mùa Vàng Ngạc Thi Tiền Vưu Văn")
_L_VIET_GIVEN = _words(
    "Richard Nancy Quỳnh Thúy Hường Hiệp Toản Cúc Thắm Nhạn Cương Hữu Thục Thương Tuệ Xuyến"
)

_L_CN_FAMILY = _words("余 申 尤 柳 路 梅 庄 辛 舒 关 费 纪 靳 盛 诸葛 甄 阮 闵 华 岑")
_L_CN_GIVEN = _words(
    "国平 巧玲 宇轩 紫涵 晓光 冬梅 俊豪 娜娜 瑞雪 语嫣 凤兰 丽娟 永红 建平 爱华 福生 长青 新民 思雨 晓雯"
)
_L_KR_FAMILY = _words("어 편 부 빈 팽 피 승 좌 계 서문")
_L_KR_GIVEN = _words("지후 서영 규리 윤아 성훈 정민 하늘 경희 영선 재석")
_L_JP_FULL = _words("岡本光 西村美穂 松田健二 原田沙織 中島大樹 小野寺遥 福田恭子 竹内誠司")

_L_MONONYMS = _words("""Sukarni Sumiyati Parjiyo Samidi Sarmidi Tukiyo Legimin Sutini Katiyem
Hekmatullah Naqibullah Ihsanullah Gerelmaa Sarangerel Davaasuren""")

_L_PARTICLE_NAMES = [
    ("Ahmad", "bin", "Zakaria"),
    ("Yehuda", "ben", "Porat"),
    ("Dirk", "den", "Hollander"),
    ("Tjitske", "van der", "Ploeg"),
    ("Margriet", "ter", "Steege"),
    ("Pauline", "de", "Cazenove"),
    ("Caterina", "di", "Nunzio"),
    ("Ysabel", "del", "Toro"),
    ("Abdelilah", "el", "Ouazzani"),
    ("Fadel", "al", "Amin"),
    ("Anouschka", "van den", "Akker"),
    ("Ignaz", "von", "Lamberts"),
]

_L_SUBJECTS = _words(
    """Fever Remedies|Wound Poultices|Bark Decoctions|Root Tinctures|Sacred Groves|
Healing Plants|Snakebite Antidotes|Antimalarial Herbs|Medicinal Lianas|Herbal Markets|
Ritual Smoke|Tonic Teas|Seed Oils|Latex Saps|Resin Harvesting|Alkaloid Content|Plant Naming|
Toxic Lookalikes|Postpartum Baths|Febrifuge Infusions""".replace("\n", ""),
    "|",
)
_L_METHODS = _words(
    """Informant Consensus|Fidelity Indices|DNA Metabarcoding|Participant Observation|
Voucher Collection|Walk-in-the-Woods Interviews|Pile Sorts|Bioassay-Guided Fractionation|
Snowball Recruitment|Headspace Extraction|Photo Elicitation|Triad Tasks|Relative
Citation Counts|Cladistic Comparison|Antiplasmodial Bioassays|Ethnographic
Questionnaires|Isotope Profiling|Freelisting""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_L_METHODS = [" ".join(m.split()) for m in _L_METHODS]
_L_NOUNS = _words("herbal|phrasebook|dispensatory|antidotary|florula|receptary|key|manual", "|")
_L_ONE_WORD_TITLES = _words("Bitterleaf Rootcraft Wildcrafting Simples Apothecary Tisane Feverfew")

_L_VENUES = [
    "Economic Botany",
    "Planta Medica",
    "Fitoterapia",
    "Phytomedicine",
    "Pharmaceutical Biology",
    "Phytochemistry",
    "Medicinal and Aromatic Plants",
]

_L_SENTENCES = [
    "Healers pass on {x} by word of mouth, and floras omit how {x} is used from hamlet to hamlet.",
    "We plan fieldwork that rests on {m} and transcribes {x} solely with consent obtained "
    "beforehand.",
    "The plan unites {m} with vouchers, so any claimed plant is matched to a pressed sheet.",
    "Within sixteen communities, healers and botanists agree on most plants.",
    "Our {n} draws on {k} hamlets; its vouchers are lodged with a provincial collection.",
    "Most surveys treated mentions separately, whereas kin teach remedies to kin.",
    "Hereafter, {x} is approached from the standpoint of {m}.",
    "Bioassays affirm potency for a majority of the most quoted plants.",
    "Surprisingly, talking with ten elders recovers most named remedies.",
    "Women, not specialists, are the keepers of what is known about {x}.",
    "This overview collates a {n} on {x} made with {m}.",
    "It closes with caveats, royalties, permits and what any future expedition must secure.",
]

_L_TITLES = (
    "{w}",
    "Weighing {s} by {m}",
    "Documenting {s} in Highland Hamlets",
    "{s0}Key: {m} for {s}",
    "Can {m} Unravel {s}?",
    "What {m} Overlooks in {s}",
    "A Provincial {N} of {s}",
    "Untold {sl}",
    "{m} and {s}: Voices from Sixteen Markets",
    "Recording {s} with Community Consent",
    "Combining {m} for {s} and {s2}",
    "{s} at the Crossroads",
)
_L_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_L_UNIVERSITIES = [
    "University of Ashcombe Vale",
    "Instituto Nacional de Quiroga",
    "Kessingland Institute of Medicine",
]
_L_TOPICS = ["Ethnobotany", "Medical Anthropology", "Phytochemical Ecology", "Traditional Medicine"]
_L_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works with herbalists, midwives and bonesetters, "
    "recording remedies before they vanish and checking which of them bioassays affirm."
)
_L_DEPARTMENT = "Department of Botany and Pharmacognosy"
