"""The eighth fresh vocabulary of ``pagegen.py``: seeds 13000-13999 draw from it.

An untouched test set, like fresh2 to fresh7, written on 7 December 2026 after fresh7 had
been spent, by a helper who read neither the profile-page reader, its word lists and tests,
nor any other vocabulary but the tuning and held-out pools of ``pagegen.py`` (for their
format and sizes), and who never ran the reader on these pages. Nobody tuning the reader
reads this file or its pages; it is measured in aggregate only, by the person measuring.

The pools have the held-out pools' sizes and classes and share no word with the other
vocabularies beyond the closed classes (``pagegen.shared_words``; the other pools were
not read for that, only their overlaps with these printed). The research domain is the
glaciology of ice cores (firn, layer counting, chemical and cosmogenic markers, radar).
The names come from Georgia, Armenia, Mongolia, Kazakhstan, Uzbekistan, Tamil Nadu, Sri
Lanka, Nepal (Sherpa, Limbu), Ethiopia, Somalia, northern Nigeria (Hausa), southern Africa
(Zulu, Xhosa, Swazi, Sotho), Madagascar, Tonga, Fiji and Samoa, the Andes (Quechua,
Aymara), the Basque Country, Albania and Kosovo, Greenland, Sápmi, Estonia, Lithuania,
Wales, Brittany, the Philippines, Thailand, Cambodia, Laos, Iran, Kurdistan, the Sakha
Republic and Kabylia; accented ones also from Latvia, Turkey, Iceland, Croatia, Czechia,
Romania, Poland, Aotearoa, Hawaiʻi, Yorubaland, Azerbaijan, Hungary, Malta, Spain and
Timor-Leste; particle names from Frisian, German, Malay, Italian, Portuguese, Spanish,
French, Emirati and Tunisian families; Vietnamese names with rare Kinh, Hmong, Tày-Thái
and Khmer Krom family names; Javanese mononyms. Each is written as such a person appears
on an English-language page.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_M_GIVEN = _words("""Mzia Medea Shota Nairi Astghik Ashot Ganbaatar Tsetseg Khulan Zhanar Baurzhan
Gaukhar Bakhodir Kamola Dilshod Murugan Thilagavathi Kathir Nilmini Kumudu Chathura Iresha Pemba
Dawa Sushila Bikash Tsehay Berhanu Alemitu Haregewoin Hibaaq Ubax Khadar Danladi Jummai Kabiru
Nandi Xolani Andile Naledi Lanto Tahina Hanitra Mialy Salote Epeli Malakai Akanisi Josaia Kusi
Yachay Oihana Koldo Leire Blerta Shpend Fjolla Dardan Ivalo Minik Paninnguaq Kunuk Ailo Risten
Jovnna Tiit Urmas Riina Gintaras Jurgita Saulius Emyr Sioned Dyfan Tugdual Rozenn Brieuc Marivic
Jhun Somsak Kanokwan Sovann Kunthea Vilayvanh Mehrdad Laleh Zozan Nyurgun Tinhinan""")

_M_FAMILY = _words("""Chikovani Japaridze Kiknadze Nadaraia Grigoryan Hovsepyan Baghdasaryan Dorjsuren
Ochirbat Gansukh Abenov Zhakupova Kassymov Nazarova Usmonov Ergashev Thangavel Muthusamy Kandasamy
Ranasinghe Abeysekera Karunaratne Sherpa Limbu Pokharel Desta Wondimu Mengistu Samatar Guleid
Lawal Dikko Gwarzo Mabuza Sithole Radebe Razafindrakoto Ravelomanana Kaufusi Taufahema Tuipulotu
Yucra Ticona Chambi Bengoetxea Zabaleta Shala Dervishi Zeneli Egede Hammeken Enoksen Balto
Raudsepp Kuusk Paulauskas Navickas Probert Cadwaladr Abgrall Prigent Manalo Dizon Saengthong
Charoensuk Keomany Kazemi Argunov Chhun Barwari Mammeri""")

_M_ACCENTED = [
    ("Merike", "Kõrvits"),
    ("Jānis", "Kalniņš"),
    ("Yağmur", "Karataş"),
    ("Hafþór", "Guðmundsson"),
    ("Snježana", "Babić"),
    ("Zdeněk", "Procházka"),
    ("Ruxandra", "Țărănescu"),
    ("Miłosz", "Kołodziej"),
    ("Tūmanako", "Wīrihana"),
    ("Leināʻala", "Kaʻaukai"),
    ("Adéwálé", "Ọládèjọ"),
    ("Tərlan", "Qasımova"),
    ("Ildikó", "Mészáros"),
    ("Gëzim", "Kryeziu"),
    ("Liżabetta", "Farruġja"),
    ("Ánde", "Buljo"),
    ("Nuño", "Peñalver"),
    ("Rêzan", "Xelîl"),
    ("Mafalda", "Gusmão"),
    ("Kristófer", "Hallgrímsson"),
]

_M_ORGS = [
    "Firn Core Consortium",
    "The Densification Intercomparison Group",
    "Skarvfjell Traverse Team",
    "Nunatak Cryostat Ltd.",
    "Kangerlussuaq Sledge Logistics",
    "Meltwater Percolation Network",
    "The DEEPCORE Collaboration",
    "Brinewell Cryogenics Inc.",
    "Norrbreen Coldroom",
    "Bipolar Seesaw Consortium",
    "Summit Camp",
    "Antarctic Airstrip Outpost Team",
]

_M_WORD_GIVEN = _words("""Eve Dot Fawn Merle Gem Chastity Gay Princess Maverick Ridge Dell Stormy Butch
Cole Dolly Lacy Max Nat Pip Randy Roman Spike Tad Terry Warren Peg Rod Jimmy Jerry Buster""")
_M_WORD_GIVEN_FAMILY = ["Chua", "Mensah", "Crane", "Hui"]

_M_VIET_FAMILY = _words(
    "La Phi Sử Danh Liễu Tòng Chiêm Khâu Luyện Thôi Lầu Điêu Ly Chương Hạng Tráng"
)
_M_VIET_GIVEN = _words(
    "Jennifer Andrew Ái Châm Chinh Doanh Đăng Gấm Hào Huân Hưởng Lài Miên Nhiên Phụng Tấn"
)

_M_CN_FAMILY = _words("鞠 仇 蒲 晏 瞿 蓝 冉 粟 桑 巫 沙 荣 席 冷 阚 萧 蒙 奚 穆 宫")
_M_CN_GIVEN = _words(
    "晓琳 丽娜 佩琪 雪莹 语桐 逸凡 靖雯 嘉懿 慕白 瑾萱 泽楷 以宁 凤霞 知远 清扬 若溪 星河 铭泽 润之 爱民"
)
_M_KR_FAMILY = _words("견 화 범 간 음 가 시 궁 호 두")
_M_KR_GIVEN = _words("은비 영철 미란 혜원 주희 보영 다솜 새롬 한빛 우람")
_M_JP_FULL = _words("西村大和 福田千夏 太田修 三浦玲奈 藤井直樹 岩崎美和 菅原葵 野口涼介")

_M_MONONYMS = _words("""Sumarsono Tjiptono Harjono Poerwanto Sudarsih Rusmini Soeparno Sriyati
Kasmani Darsono Supardi Rochmat Sutrisni Mardiyah Marjuki""")

_M_PARTICLE_NAMES = [
    ("Wietske", "van der", "Meulen"),
    ("Gebhard", "von", "Alvensleben"),
    ("Zulkifli", "bin", "Hashim"),
    ("Settimio", "di", "Cristofaro"),
    ("Margarida", "da", "Nóbrega"),
    ("Amparo", "de la", "Cueva"),
    ("Solène", "de", "Roquefeuil"),
    ("Tjeerd", "ten", "Kate"),
    ("Abdulaziz", "al", "Nuaimi"),
    ("Tarek", "el", "Jaziri"),
    ("Reinhild", "von der", "Schulenburg"),
    ("Brunella", "delle", "Piane"),
]

_M_SUBJECTS = _words(
    """Firn Densification|Deuterium Excess|Bubble Trapping|Annual Layer Counting|
Englacial Reflectors|Summit Accumulation|Nitrate Photolysis|Sulfate Spikes|Ammonium Pulses|
Insoluble Microparticles|Cosmogenic Beryllium|Krypton Thermometry|Clathrate Relaxation|
Basal Refreezing|Meltwater Percolation|Katabatic Scouring|Bipolar Seesaw|Stadial Transitions|
Deglacial Warming|Echogram Stratigraphy""".replace("\n", ""),
    "|",
)
_M_METHODS = _words(
    """Laser Ablation Scans|Inductively Coupled Plasma Readout|Radar Sounding|Particle Filtering|
Kriging|Changepoint Detection|Radon Transform|Fourier Deblurring|Lagged Cross-Correlation|
Surrogate Emulators|Peak Picking|Manifold Embedding|Elastic Registration|Beam Search Decoding|
Backprojection|Age-Depth Splines|Empirical Orthogonal Eigenvectors|Continuous Melter
Readout""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_M_METHODS = [" ".join(m.split()) for m in _M_METHODS]
_M_NOUNS = _words("compilation|index|trove|cache|stockpile|hoard|mosaic|bundle", "|")
_M_ONE_WORD_TITLES = _words("Whiteout Hoarfrost Sastrugi Icefall Serac Moraine Rime")

_M_VENUES = [
    "The Cryosphere",
    "Quaternary Geochronology",
    "ICDM",
    "Nature Geoscience",
    "Paleoceanography and Paleoclimatology",
    "ECCV",
    "Tellus",
]

_M_SENTENCES = [
    "Extracting {x} consumes whole polar seasons on windswept plateaus, and a solitary core "
    "conceals how {x} meanders geographically.",
    "We outline an algorithm anchored in {m} that assigns ages to {x} straight from melter runs.",
    "The algorithm binds {m} to Herron-Langway densification, keeping its ages physically "
    "credible near bedrock.",
    "On seventeen Antarctic cores it narrows the age scatter of its keenest adversary by "
    "almost fifty per cent.",
    "Our {n} bundles {k} cores and is posted publicly with its codebase.",
    "Literature customarily deems consecutive strata uncorrelated, which englacial shearing "
    "belies.",
    "Hence we reinterpret {x} in terms of {m}.",
    "Hindcasts corroborate that the dater generalizes to cores kept aside.",
    "Thirty visually inspected metres determine the tuning.",
    "Our sensitivity runs ascribe {x} mainly to katabatic scouring, not snowfall.",
    "This preprint details a {n} for {x} driven by {m}.",
    "Ultimately we enumerate breakdowns and the complementary cores for curing them.",
]

_M_TITLES = (
    "{w}",
    "{s} by {m}",
    "Reconstructing {s} from Fragmentary Drill Cuttings",
    "{s0}Sonde: {m} for {s}",
    "Can {m} Disentangle {s}?",
    "How {m} Misreads {s}",
    "A Pooled {N} of {s}",
    "Frozen {sl}",
    "{m} and {s}: Vestiges from Greenland Cores",
    "Trustworthy {s} under Gappy Coverage",
    "Coupled {m} for {s} and {s2}",
    "Rethinking {s}",
)
_M_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_M_UNIVERSITIES = [
    "University of Fjellmark",
    "Universität Schneeferner",
    "Skagerholm Polar Institute",
]
_M_TOPICS = ["Palaeoclimatology", "Radioglaciology", "Cryospheric Geophysics", "Signal Processing"]
_M_BIOGRAPHY = (
    "{owner} is an Assistant Professor who cores, thaws and measures polar firn, insisting "
    "on uncertainties stated candidly for the modellers downstream."
)
_M_DEPARTMENT = "Department of Glaciology and Polar Climate"
