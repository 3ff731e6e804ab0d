"""The twenty-second fresh vocabulary of the profile-page generator (``pagegen.FRESH22``).

An untouched test set, written on 7 December 2026 (session 27) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for their format, sizes and kinds of entry), and who never ran the
reader on its pages. Nobody tuning the reader reads this file or its pages (seeds 27000 to
27999); it is measured in aggregate only.

Research domain: palaeoclimate from lake sediments and tree rings (varve counting,
radiocarbon age models, pollen records, drought reconstructions).

People's names are written as such people appear on English-language pages, and come from
Patagonia (Mapuche and Welsh), Bolivia and Peru (Quechua and Aymara too), Brazil, Angola,
Mozambique, Namibia, Madagascar, Tanzania, Uganda, Sudan, Yemen, Iraqi Kurdistan, Azerbaijan,
Kyrgyzstan, Tibet, Bhutan, Myanmar, Laos, Cambodia, Taiwan (Chinese names in traditional
characters), Okinawa (Japanese names in kanji), Yakutia and Buryatia, Finland and Sápmi, the
Faroe Islands, Greenland, Haiti and Cuba; the Vietnamese and Korean pools are of their own.
Organisations are named as author lists of the field name them: science parties, agencies,
companies, cooperatives, networks, projects and groups, in English, Spanish, Portuguese,
French and Finnish.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_C_GIVEN = _words("""Ayelen Millaray Lautaro Nahuel Eluned Gwenllian Wayra Amaru Killa Sisa Yaku
T'ika Wilber Rosmery Marleny Raimundo Janaina Iara Wellington Nzinga Kiala Adelino Zacarias
Albertina Celso Ndapewa Tuyeni Ndeshi Haja Fanja Tahina Voahangy Neema Baraka Rehema Nakato Mugisha
Akello Abdelrahim Nafisa Elfatih Arwa Bilqis Abdulmalik Rebwar Shilan Dilshad Nazdar Elchin Rashad
Gunay Aysel Orkhan Aibek Cholpon Aizhan Tenzin Pema Sonam Ugyen Thandar Kyaw Souksavanh Sophea
Vannak Yu-Ting Chia-Hao Shinsuke Ayano Aital Sardana Nyurgun Bair Tsyren Eetu Veera Risten
Nils-Aslak Beinir Aqqaluk Aviaja Inuuteq Wilner Jean-Robert Fritznel Widlyne Yoandry Dayron Yanelis""")

_C_FAMILY = _words("""Huenchumil Catrileo Painemal Quilaqueo Berwyn Mamani Quispe Condori Choque
Huanca Apaza Limachi Colque Bittencourt Albuquerque Cavalcanti Chipenda Kiluanje Macamo Nhantumbo
Muianga Shikongo Nghipondoka Kandjii Rakotomalala Andriamanantena Razafindrakoto Mwakyusa Kimaro
Ssempijja Tumusiime Byaruhanga Babiker Elnour Al-Sakkaf Bawazir Hawrami Xoshnaw Zebari Mammadov
Toktogulov Dzhumabaev Dorji Gyeltshen Htun Oo Phommachanh Sisouphanthong Chhay Ouk Hsieh Kuo Higa
Shimabukuro Nakasone Sleptsov Krivoshapkin Dorzhiev Namsaraeva Lappalainen Heikura Utsi Somby
Joensen Niclasen Motzfeldt Olsvig Dorsainvil Pierre-Louis Portuondo Llanes""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_C_ACCENTED = [
    ("Päivi", "Häkkinen"),
    ("Áilu", "Länsman"),
    ("Jógvan", "Sólstein"),
    ("Heðin", "Ísaksen"),
    ("Nadège", "Célestin"),
    ("Yusleidy", "Echevarría"),
    ("Thaís", "Guimarães"),
    ("Ilídio", "Macuácua"),
    ("Gülnar", "Məmmədova"),
    ("Aygün", "Qasımova"),
    ("Ñusta", "Huamán"),
    ("Efraín", "Ticona"),
    ("Pehuén", "Ñancupil"),
    ("Nukâka", "Høegh"),
    ("Máret", "Vuolab"),
    ("Jérémie", "Fignolé"),
    ("Dayanís", "Peñalver"),
    ("Hêvî", "Şêxanî"),
    ("Guerline", "Bien-Aimé"),
    ("Sanna", "Pöyhönen"),
]

_C_ORGS = [
    "Lake Titicaca Drilling Project Science Party",
    "Grupo de Dendrocronología de la Patagonia Andina",
    "Rede Brasileira de Paleoclimatologia",
    "Servicio Nacional de Meteorología e Hidrología (SENAMHI)",
    "Sámi Reindeer Herders' Tree-Ring Network",
    "Lapin vuosilustotutkimusryhmä",
    "Mekong Lakes Coring Consortium",
    "Geoquímica Austral S.A.",
    "Tien Shan Juniper Chronology Project",
    "Cooperativa Agraria Colca Ltda.",
    "The Zagros Oak Dendrochronology Working Group",
    "Équipe Paléoenvironnements de l'Itasy",
]

_C_WORD_GIVEN = _words("""Blessing Precious Gift Innocent Patience Mercy Prosper Lucky Memory
Goodluck Justice Fortune Silence Welcome Trust Beauty Charity Comfort Peace Wisdom Happy Unity
Bright Given Talent Promise Royal Knowledge Brilliant Loveness""")
_C_WORD_GIVEN_FAMILY = ["Ssali", "Sok", "Uy", "Banda"]

_C_VIET_FAMILY = _words(
    "Trịnh Phùng Nghiêm Lại Khúc Giáp Diệp Doãn Âu Hứa Bạch Nông Ninh Đàm Tôn Thân"
)
_C_VIET_GIVEN = _words(
    "Kevin Tiffany Nhung Thắng Huyền Cường Yến Phúc Nhi Đạt Quyên Lộc Thư Việt Xuân Toàn"
)

_C_CN_FAMILY = _words("洪 邱 廖 賴 莊 呂 江 鍾 游 詹 施 沈 余 盧 顏 柯 翁 魏 范 歐陽")
_C_CN_GIVEN = _words(
    "雅婷 怡君 冠宇 家瑋 宗翰 淑芬 美玲 志明 佩珊 承恩 柏翰 欣妤 品妍 育誠 怡萱 建宏 佳蓉 彥廷 瑩 凱"
)
_C_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남궁")
_C_KR_GIVEN = _words("태윤 다은 승현 예린 준서 나연 동현 수빈 민재 윤서")
_C_JP_FULL = _words("比嘉美月 金城翔 島袋桜 仲宗根大樹 具志堅琴音 知念蓮 新垣悠真 喜屋武千尋")

_C_MONONYMS = _words("""Lhundrup Phuntsok Thinley Namgyal Choden Yangzom Dolkar Norbu Rinchen Zarni
Nandar Thidar Htwe Kelsang Gyatso""")

_C_PARTICLE_NAMES = [
    ("Jóannes", "á", "Rógvi"),
    ("Tóki", "í", "Dali"),
    ("Rhys", "ap", "Gwilym"),
    ("Marília", "das", "Neves"),
    ("Feliciano", "dos", "Reis"),
    ("Rosa", "de los", "Ríos"),
    ("Wilfredo", "del", "Carpio"),
    ("Micheline", "de", "Vastey"),
    ("Ketly", "des", "Rosiers"),
    ("Amal", "el", "Tayeb"),
    ("Yolanda", "de la", "Barra"),
    ("Arlindo", "da", "Graça"),
]

_C_SUBJECTS = _words(
    """Varve Thickness|Monsoon Onset|Megadrought Recurrence|Pollen Assemblages|Treeline Shifts|
Lake-Level Lowstands|Radiocarbon Reservoir Offsets|Tephra Layers|Charcoal Influx|Diatom Blooms|
Latewood Density|Holocene Hydroclimate|Meltwater Pulses|Snowline Depression|Dust Deposition|
Chironomid Temperatures|Sediment Magnetism|Ring-Width Growth|Lake Ice Cover|Flood Frequency""".replace(
        "\n", ""
    ),
    "|",
)
_C_METHODS = _words(
    """Bayesian Age-Depth Models|Wiggle-Match Dating|Hyperspectral Core Imaging|Hidden Markov
Models|Quantile Mapping|Transfer Functions|Regional Curve Standardisation|Superposed Epoch
Analysis|Wavelet Coherence|Data Assimilation|Change-Point Detection|Generalised Additive
Models|Modern Analogue Techniques|Blue-Intensity Densitometry|Compound-Specific Isotope
Analysis|µXRF Core Scanning|k-Nearest Neighbour Regression|Monte Carlo Age Ensembles""".replace(
        "\n", " "
    ),
    "|",
)
_C_METHODS = [" ".join(m.split()) for m in _C_METHODS]
_C_NOUNS = _words(
    "compilation|chronology|atlas|repository|inventory|gazetteer|workflow|toolbox", "|"
)
_C_ONE_WORD_TITLES = _words("Heartwood Rainshadow Ashfall Laminae Gyttja Palimpsest Deluge")

_C_VENUES = [
    "Quaternary Science Reviews",
    "The Holocene",
    "Climate of the Past",
    "Dendrochronologia",
    "Palaeogeography, Palaeoclimatology, Palaeoecology",
    "Radiocarbon",
    "the EGU General Assembly",
]

_C_SENTENCES = [
    "Annual records of {x} are rare south of the tropics, and the few that exist disagree on "
    "when {x} changed most.",
    "We apply {m} to estimate {x} from a 14 m core raised from a crater lake at 3,800 m a.s.l.",
    "Combining {m} with 23 radiocarbon dates and one tephra tie point narrows the age model "
    "to ±40 years.",
    "Latewood δ18O (‰ VPDB) from 61 living trees and 112 subfossil stems extends the record "
    "back to 1426 CE.",
    "Our {n} draws on {k} cores and on every age–depth model built from them.",
    "Most reconstructions in the region rest on a single proxy and an age model nobody ever "
    "revised.",
    "We then compare {x} inferred with and without {m}.",
    "Varve counts and calibrated radiocarbon ages agree within 2σ over the last 9,500 years.",
    "Pollen spectra record a switch from puna grassland to Polylepis woodland at about "
    "4.2 ka cal BP.",
    "Wet phases coincide with weak El Niño years, pointing to a Pacific control on {x}.",
    "We describe an open {n} of {x} assembled with {m}.",
    "We end with the dating problems that remain and the sites where new cores would help most.",
]

_C_TITLES = (
    "{w}",
    "{s} Revealed by {m}",
    "Reconstructing {s} from Annually Laminated Lake Sediments",
    "{s0}Chron: {m} for {s}",
    "How Far Can {m} Date {s}?",
    "Pitfalls of {m} in Studies of {s}",
    "A Millennial {N} of {s}",
    "Hidden {sl}",
    "{m} versus {s}: A View from Two Crater Lakes",
    "{s} over the Last 2000 Years without Tie Points",
    "Linking {s} and {s2} through {m}",
    "{s} since the Last Glacial Maximum",
)
_C_ROLES = ["Affiliate Member", "Associate Industry Member", "Canada Research Chair"]
_C_UNIVERSITIES = [
    "Universidad Austral de Quellón",
    "Tarnby College of Earth Sciences",
    "Kuusamo Institute of Quaternary Research",
]
_C_TOPICS = ["Palaeoclimatology", "Dendrochronology", "Paleolimnology", "Quaternary Geochronology"]
_C_BIOGRAPHY = (
    "{owner} is an Assistant Professor who reads past droughts and floods from lake muds and "
    "tree rings, and who builds age models that other palaeoclimatologists can audit and reuse."
)
_C_DEPARTMENT = "Department of Geography and Quaternary Science"
