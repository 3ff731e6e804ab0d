"""The thirty-second fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the format, the sizes and the kind of entries of each pool), and
who never ran the reader on its pages. Nobody tuning the reader reads this file or its pages;
it is measured in aggregate only, by the person measuring.

Research domain: soil microbiology and agroecology (mycorrhizal networks, nitrogen fixation,
cover crops, smallholder soil fertility). The people's names are those of Ethiopia, Kenya,
Tanzania, Rwanda, Malawi, Zambia, Zimbabwe, Ghana, Burkina Faso, Senegal, Nigeria, Cameroon,
Morocco, Egypt, Turkey, Iran, Pakistan (Punjab, Sindh), India (Bihar, Odisha, Karnataka),
Bangladesh, Nepal, China (Yunnan, Sichuan, Shandong), Vietnam (the Mekong delta, Khmer Krom
and Hoa names too), the Philippines, Indonesia, Brazil (the Cerrado, Rio Grande do Sul),
Argentina, Uruguay, Mexico (Oaxaca, Chiapas), Guatemala, Peru, Bolivia, the Canadian
Prairies, the US Midwest, France, Spain, Italy, Germany, Denmark, Poland, Ukraine, Russia,
Australia and New Zealand, written as such a person appears on an English-language page.
The organisations are invented, in the shapes real author lists of the field give them
(projects, cooperatives, networks, companies, working groups, field teams), in English,
French, Spanish, Portuguese, German, Swahili and Indonesian. Same pools, sizes and classes as
the held-out vocabulary; prefix ``_AI_``.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AI_GIVEN = _words("""Tesfaye Alemitu Berhanu Wambui Otieno Kiprono Neema Baraka Jean-Bosco Clementine
Chikondi Thokozani Mwila Mutale Tendai Rudo Tatenda Kwabena Adjoa Boureima Issouf Moustapha
Khady Oluwaseun Chinedu Ngozi Hauwa Ebenezer Blaise Youssef Soukaina Mahmoud Nourhan Burak
Emine Farzaneh Mohsen Waqas Rabia Zulfiqar Manoj Subhashree Manjunath Kavya Debasis Tahmina
Rezaul Bishnu Sabina Xiaoling Zhiwei Rodelio Maricel Dewi Rodrigo Luana Gilmar Florencia
Facundo Guillermina Eufemia Rigoberto Citlali Ixchel Wilber Nilda Juvenal Brent Kendra Kyle
Megan Dwight Thibault Mathilde Iker Nerea Giacomo Ilaria Annegret Till Mette Troels Grzegorz
Agnieszka Oleksandr Iryna Svetlana Lachlan Wiremu""")

_AI_FAMILY = _words("""Tadesse Gebreyesus Wanjala Ochieng Massawe Niyonsenga Phiri Mkandawire Mwansa
Moyo Chikowore Asante Boateng Sawadogo Ndiaye Adeleke Nwosu Danjuma Fotso Bennani Abou-Zeid
Shalaby Korkmaz Ghorbani Memon Bhatti Soomro Mohanty Jha Gowda D'Souza Chowdhury Shrestha
Duan Macaraeg Siregar Zanella Schmitz Ferreira Irigoyen Bentancor Matus Toledo Tzul Quispe
Condori Apaza Friesen Kowalchuk O'Rourke Krueger Garnier Roussel Etxeberria Puig Colombo
Esposito Zimmermann Brockmann Mortensen Frandsen Pawlak Sobczak Shevchenko Tkachuk Vorobyov
Lebedeva McAlister Fairweather Ngata Tipene""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AI_ACCENTED = [
    ("Solène", "Thébault"),
    ("Jörg", "Kühnert"),
    ("Xóchitl", "Zárate"),
    ("Martín", "Giménez"),
    ("Gülşen", "Doğan"),
    ("Asbjørn", "Kjærgaard"),
    ("Jędrzej", "Sołtysiak"),
    ("Begoña", "Agüero"),
    ("Niccolò", "Cantù"),
    ("Luíza", "Brandão"),
    ("Ndèye", "Diédhiou"),
    ("Noélie", "Ouédraogo"),
    ("Nadège", "Tchuenté"),
    ("Rosalía", "Gómez"),
    ("Néstor", "Huamán"),
    ("Käthe", "Schröder"),
    ("Niño", "Peñaflor"),
    ("Núria", "Vilà"),
    ("Josée", "Gagné"),
    ("Antônio", "Simões"),
]

_AI_ORGS = [
    "The RHIZOSAHEL Project Team",
    "Cooperativa Agropecuária Terra Fértil Ltda.",
    "Réseau Sénégalais d'Agroécologie Paysanne",
    "Biological Nitrogen Fixation Working Group",
    "Kilimo Hai Farmer Research Network",
    "Arbeitsgemeinschaft Zwischenfrucht Nordhessen",
    "Bodhi Agro Biotech Pvt. Ltd.",
    "PT Tanah Subur Hayati Tbk",
    "Yunnan Smallholder Soil Health Field Team",
    "Consorcio Latinoamericano de Micorrizas (CLAMI)",
    "Legume & Mycorrhiza Network of Malawi",
    "Red River Valley Cover Crop Partnership",
]

_AI_WORD_GIVEN = _words("""Blessing Gift Precious Patience Mercy Memory Fortune Innocent Charity Prudence
Comfort Peace Wisdom Given Justice Lucky Trust Beauty Promise Chase Colt Buck Rusty Daisy
Heather Violet Crystal Destiny Miracle Happy""")
_AI_WORD_GIVEN_FAMILY = ["Ncube", "Ng", "Shumba", "Hill"]

_AI_VIET_FAMILY = _words(
    "Trịnh Phùng Diệp Thạch Danh Lại Hứa Khưu Tăng Giang Nghiêm Đàm Âu Lữ Chung Kha"
)
_AI_VIET_GIVEN = _words(
    "Kevin Linda Nhung Thắng Huyền Phúc Đạt Yến Toàn Nhân Diễm Quyên Lộc Thịnh Uyên Trí"
)

_AI_CN_FAMILY = _words("段 孔 鲁 颜 牟 廖 熊 向 普 邵 苏 任 雷 侯 邱 钟 姚 范 魏 欧阳")
_AI_CN_GIVEN = _words(
    "红梅 春生 玉兰 德华 桂芳 永平 秋菊 振宇 雪莲 立新 金凤 卫东 淑珍 国栋 冬梅 鹏 昊 琳 亚楠 润泽"
)
_AI_KR_FAMILY = _words("전 고 문 양 손 배 백 허 남궁 노")
_AI_KR_GIVEN = _words("영수 미경 성민 혜진 동현 수빈 재훈 은정 상철 다은")
_AI_JP_FULL = _words("清水正人 森田沙織 長谷川亮 藤原千尋 岡本悠斗 石井葵 前田浩二 坂口真理子")

_AI_MONONYMS = _words("""Sukarmin Sumardi Tarmiji Ponimin Sarjono Mujiono Suwarni Rusmini Kasiyem
Warsito Sudarsono Karyadi Soewarno Sunardjo Trisnawati""")

_AI_PARTICLE_NAMES = [
    ("Kurt", "Vander", "Wal"),
    ("Étienne", "de", "Montigny"),
    ("Konstantin", "von", "Wulffen"),
    ("Ehsan", "ul", "Haq"),
    ("Joana", "das", "Neves"),
    ("Vinícius", "da", "Rosa"),
    ("Pilar", "de los", "Ríos"),
    ("Fermín", "de la", "Fuente"),
    ("Ludovica", "degli", "Esposti"),
    ("Jerome", "dela", "Paz"),
    ("Karima", "el", "Idrissi"),
    ("Mariela", "del", "Pozo"),
]

_AI_SUBJECTS = _words(
    """Nitrogen Fixation|Nodule Occupancy|Hyphal Networks|Root Colonisation|
Phosphorus Uptake|Cover Crop Residues|Soil Aggregation|Rhizosphere Priming|Biochar Amendments|
Glomalin Stocks|Legume Intercropping|Spore Density|Denitrification Losses|Termite Mounds|
Manure Quality|Soil Acidity|Microbial Necromass|Earthworm Casts|Fallow Regrowth|
Inoculant Survival""".replace("\n", ""),
    "|",
)
_AI_METHODS = _words(
    """Stable Isotope Probing|Amplicon Sequencing|Quantitative PCR|Metagenomic Binning|
Structural Equation Models|Linear Mixed Models|Phospholipid Fatty Acid Profiling|
Co-occurrence Networks|Hyperspectral Proximal Sensing|Participatory Field Trials|
Acetylene Reduction Assays|Nitrogen-15 Natural Abundance|Machine-Learned Pedotransfer
Functions|Chronosequences|Meta-Analyses|Bayesian Additive Regression Trees|Root Exclusion
Meshes|Split-Root Experiments""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_AI_METHODS = [" ".join(m.split()) for m in _AI_METHODS]
_AI_NOUNS = _words("inventory|transect|atlas|panel|database|checklist|handbook|biobank", "|")
_AI_ONE_WORD_TITLES = _words("Rootbound Undersoil Mycelium Nodulation Loam Tilth Humus")

_AI_VENUES = [
    "Soil Biology and Biochemistry",
    "Plant and Soil",
    "Mycorrhiza",
    "Agriculture, Ecosystems & Environment",
    "Nutrient Cycling in Agroecosystems",
    "the World Congress of Soil Science",
    "EGU",
]

_AI_SENTENCES = [
    "Measuring {x} across scattered smallholdings is slow, and regional surveys rarely record "
    "how {x} shifts after the first rains.",
    "We develop an approach built on {m} that tracks {x} from samples farmers collect themselves.",
    "Pairing {m} with a plain mass-balance check keeps our estimates within what the field "
    "data allow.",
    "On 42 farms (two agroecological zones, 2019–2022) it cut prediction error by nearly half.",
    "The {n} spans {k} villages and is shared under an open licence together with the "
    "analysis code.",
    "Previous surveys treated adjacent fields as independent, although neighbours often share "
    "inputs (e.g. seed, labour and manure).",
    "Here we look again at {x} using {m}.",
    "Validation on plots withheld from calibration shows that the relationships hold in a "
    "wetter year.",
    "Only a few dozen reference cores were needed to recalibrate the approach for a new district.",
    "Our data point to rotation history, rather than fertiliser rate, as the main driver of {x}.",
    "We describe the {n} of {x} that we compiled with {m}.",
    "We end with the caveats of working on rented land and the measurements that would "
    "resolve them.",
]

_AI_TITLES = (
    "{w}",
    "{s} under {m}",
    "Mapping {s} on Smallholder Farms",
    "{s0}Map: {m} for {s}",
    "Are {m} Enough to Quantify {s}?",
    "The Hidden Costs of {m} for {s}",
    "Towards a Continental {N} of {s}",
    "Buried {sl}",
    "{m} versus {s}: Results from Farmer-Managed Plots",
    "Beyond the Plot: {s} in Heterogeneous Landscapes",
    "Linking {s} and {s2} with {m}",
    "Rethinking {s} after Three Decades of No-Till",
)
_AI_ROLES = [
    "Core Academic Member",
    "Associate Academic Member",
    "Canada Research Chair in Soil Ecology",
]
_AI_UNIVERSITIES = [
    "Kagera University of Agriculture",
    "Universidade Federal do Alto Jacuí",
    "Punjab Institute of Agroecology",
]
_AI_TOPICS = ["Soil Microbiology", "Agroecology", "Plant–Microbe Interactions", "Nutrient Cycling"]
_AI_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works with farmers on the living part of the soil, "
    "from fungal networks to nitrogen-fixing bacteria, and on how cover crops and legumes can "
    "rebuild fertility on small farms."
)
_AI_DEPARTMENT = "Department of Soil Biology and Agroecology"
