"""The twelfth fresh vocabulary of the profile-page generator (seeds 17000-17999).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
its word lists and tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader reads it
or its pages; it is measured in aggregate only, by the person measuring.

Domain: tsunami deposits and coastal palaeoseismology (sand sheets, diatoms, coring,
optically stimulated luminescence dating, inundation modelling).

Names come from Ainu and Okinawan families, Taiwanese indigenous peoples (Amis, Atayal,
Paiwan), Ilocano and Cebuano families, Brazil (Tupi, Kayapó), Argentina, Uruguay, Guatemala
(Kʼicheʼ), Honduras (Garifuna), Belize, Suriname (Maroon and Javanese), Guyana, Trinidad,
Greece, Cyprus, Israel, Lebanon, Scotland (Gaelic), Cornwall, the Isle of Man, Quebec,
Louisiana Creole families, Acadia, Newfoundland, Zanzibar, the Comoros, Mauritius, Réunion
and the Seychelles, written as such a person appears on an English-language page. Chinese
family names are those whose pinyin starts with M to Z, Korean ones whose romanisation
starts with L to Z, Vietnamese ones starting M to Z and Japanese ones whose romanisation
starts M to Z (a set written at the same time takes the others). Same pools, sizes and
classes as the held-out vocabulary of ``pagegen.py``, under the prefix ``_Q_``.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_Q_GIVEN = _words("""Mashiho Shizue Tsuyoshi Kotono Panay Kolas Sawmah Lafay Watan Yupas Pisuy
Tjuku Muakai Florencio Bienvenido Teofilo Jovelyn Iracema Ubirajara Araci Apoena Jandira
Facundo Agustina Milagros Ezequiel Tomasa Juventino Tzunun Librada Sabino Celeo Crisanto Xiomara
Kwasi Afiba Kwaku Adjuba Devanand Indranie Dhanraj Leelawatie Nalini Rondell Eleftherios
Stavroula Evangelos Chrysoula Charalambos Androulla Panikos Dimosthenis Yonatan Nitzan Omri
Amichai Joumana Wissam Marwan Rabih Ziad Ciorstaidh Fionnlagh Morwenna Demelza Kerensa Piran
Jowan Illiam Breesha Moirrey Fenella Josianne Alcide Euclide Anselme Onesime Cletus
Ambrose Mwanaisha Riziki Bakari Soilihi Hadidja Nourdine Vidya Marie-Paule Sylvette Wavel""")

_Q_FAMILY = _words("""Ukaji Shimabukuro Yonamine Zukeran Pavavaljung Nokan Agbayani Bumanglag
Tabangcura Cabahug Tumulak Potiguara Metuktire Etchegaray Goyeneche Techera Zabalza Tzoc Quiej
Ajpacaja Guity Sambula Cayetano Tillett Amoksi Aboikoni Sabajo Persaud Ramsaroop Chandarpal
Maharaj Ramlogan Seepersad Katsaros Tsoukalas Mavromatis Christodoulou Hadjipetrou Peretz Azoulay
Sfeir Chidiac Frangieh MacIver MacSween Pengelly Tregenza Nancarrow Qualtrough Kermode Cregeen
Kinvig Ouellet Lapointe Metoyer Fontenot Lastrapes Thibodeau Robichaud Babineau Noseworthy Gushue
Hiscock Pittman Mbarouk Msellem Mchangama Bhuruth Appadoo Hoarau Mancienne""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_Q_ACCENTED = [
    ("Baltasar", "Peñaloza"),
    ("Rocío", "Larrañaga"),
    ("Petronila", "Menchú"),
    ("Aníbal", "Xiloj"),
    ("Dòmhnall", "MacAmhlaigh"),
    ("Màiri", "NicLeòid"),
    ("Réjean", "Bédard"),
    ("Zénon", "LeBlanc"),
    ("Médard", "Boutté"),
    ("Lucrèce", "Técher"),
    ("Josée", "L'Estrac"),
    ("Jérémie", "Hoareau"),
    ("Iberê", "Guimarães"),
    ("Potyra", "Tupinambá"),
    ("Rodelio", "Cañete"),
    ("Yūki", "Ōshiro"),
    ("Tránsito", "Arzú"),
    ("Ailén", "Güemes"),
    ("Nilgün", "Hüseyinoğlu"),
    ("Chérine", "Hélou"),
]

_Q_ORGS = [
    "Ryukyu Trench Palaeoseismic Consortium",
    "The Overwash Vibracoring Team",
    "Brinecliff Geotechnics Ltd.",
    "Mascarene Paleotsunami Hub",
    "Centro de Estudios Costeros del Plata",
    "The FATHOM-2 Runup Collaboration",
    "Aird IRSL Facility",
    "Sandpiper Labs Inc.",
    "Caribbean Diatom Assemblage Group",
    "Intergovernmental Tsunami Resilience Commission",
    "Observatoire Littoral de Saint-Leu",
    "The JOGAN-869 Megathrust Network",
]

_Q_WORD_GIVEN = _words("""Lake Reign Peach Plum Rainbow Slim Agate Champ Pinky Cameo Fleet Tip
Lefty Booker Mercer Abbot Colonel Saint Cypress Valor Flash Bonny Craig Butler Junior Dutch Smokey
Shadow Doc Cookie""")
_Q_WORD_GIVEN_FAMILY = ["Chin", "Hull", "Fong", "Cudjoe"]

_Q_VIET_FAMILY = _words(
    "Nguỵ Ngưu Trưng Quán Sâm Thường Mao Nham Phung Tang Thach Tieu Nghiem Tong Nong Manh"
)
_Q_VIET_GIVEN = _words(
    "Brandon Helen Sinh Bằng Chính Dân Bách Khanh Nhã Thọ Thuần Lĩnh Khiết Thuyên Uy Đoan"
)

_Q_CN_FAMILY = _words("米 容 燕 应 虞 郁 喻 元 苑 仲 宗 慕容 钮 区 皮 平 漆 曲 全 权")
_Q_CN_GIVEN = _words(
    "潮生 晓岚 逸飞 雪松 云舒 乐萱 泽远 澄 珂 沙鸥 岸青 清越 远帆 启航 海澄 若谷 柏舟 静姝 秉文 思齐"
)
_Q_KR_FAMILY = _words("평 엽 온 요 운 포 필 리 림 섭")
_Q_KR_GIVEN = _words("승현 서우 주아 로운 하율 이든 소은 재윤 동하 영훈")
_Q_JP_FULL = _words("宮城綾乃 仲宗根健吾 島袋美鈴 玉城悠真 与那嶺千尋 照屋光太郎 宇梶遥 森本湊")

_Q_MONONYMS = _words("""Bepkoroti Kremoro Irekran Pykatire Akiaboro Kokoiaka Kentebe Ngrenhdjam
Soekirman Sadimin Paidjo Toekimin Moesiran Sakiman Karijo""")

_Q_PARTICLE_NAMES = [
    ("Ghislaine", "de", "Chazal"),
    ("Rodrigue", "de", "Rosnay"),
    ("Octave", "de la", "Houssaye"),
    ("Gervais", "de", "Repentigny"),
    ("Jurema", "dos", "Passos"),
    ("Moacir", "da", "Silveira"),
    ("Florencia", "de", "Alvear"),
    ("Lucrecia", "del", "Carril"),
    ("Iwan", "van der", "Hilst"),
    ("Zuhura", "al", "Barwani"),
    ("Djaffar", "bin", "Mmadi"),
    ("Nayla", "el", "Khazen"),
]

_Q_SUBJECTS = _words(
    """Tsunami Sediments|Sandsheet Extent|Diatom Assemblages|Overwash Fans|Megaclast Dislodgement|
Marsh Burial|Coseismic Downwarping|Paleotsunami Recurrence|Inland Penetration|Runup Heights|
Foraminiferal Taphonomy|Rip-Up Intraclasts|Backwash Scours|Lagoon Infill|Beach Ridges|
Interseismic Uplift|Megathrust Ruptures|Washover Lobes|Dune Breaching|Chenier Plains""".replace(
        "\n", ""
    ),
    "|",
)
_Q_METHODS = _words(
    """Quartz OSL|Feldspar IRSL|AMS Bomb-Pulse Radiometry|Diatom Palaeoecology|Georadar Traverses|
X-Radiography|XRF Logging|Boussinesq Hydrodynamics|Nonlinear Shallow-Water Solutions|
OxCal Phase Ordering|Magnetic Fabric Anisotropy|Heavy-Mineral Petrography|
Airborne Altimetry|Thin-Section Micromorphology|Tephrochronology|Foram Biostratigraphy|
Okada Dislocations|Seismotectonic Geochronometry""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_Q_METHODS = [" ".join(m.split()) for m in _Q_METHODS]
_Q_NOUNS = _words(
    "geodatabase|toolbox|spreadsheet|guidebook|emulator|logsheet|crosswalk|hindcast", "|"
)
_Q_ONE_WORD_TITLES = _words("Backwash Strandline Washover Runnel Swash Shingle Uprush")

_Q_VENUES = [
    "The Holocene",
    "EGU",
    "AGU",
    "Boreas",
    "Tectonophysics",
    "Geosphere",
    "Episodes",
]

_Q_SENTENCES = [
    "Delineating {x} across a marshland is laborious, and an individual trench reveals "
    "poorly how deeply inland {x} penetrated.",
    "We assemble a methodology hinging on {m} that constrains {x} through gouge-augered pits.",
    "Harnessing {m} to hydrodynamic forward computations yields onshore velocities that feel "
    "realistic.",
    "For several lagoons it tightens chronological bounds by centuries.",
    "Our {n} catalogs {k} trenches, photographed and described, with sieved granulometry and "
    "diatom enumerations.",
    "Numerous authors credit a tsunami with whichever gritty interbed appears, albeit "
    "hurricanes emplace comparable units.",
    "Accordingly, we reassess {x} employing {m}.",
    "Synthetic tryouts on a modern sandsheet establish that inverse computations recover water "
    "depths to about a metre.",
    "A mere 8 dateable horizons bracket recurrence intervals of circa 550 yr.",
    "Augered traverses intimate that {x} tracked vertical motion more than eustatic rise.",
    "We document a {n} for {x} centred on {m}.",
    "In summary, we highlight localities at which headward gullying truncated the record and "
    "deeper coring seems prudent.",
]

_Q_TITLES = (
    "{w}",
    "{s} by {m}",
    "Unearthing {s} in Backhoe Trenches",
    "{s0}Sed: {m} for {s}",
    "Trialling {m} on {s}: Apposite or Not?",
    "Limitations of {m} in {s}",
    "A Volunteered {N} of {s}",
    "Buried {sl}",
    "{m} and {s}: Vistas from Eighteen Embayments",
    "Clocking {s} Notwithstanding Reworked Quartz",
    "Pooling {m} for {s} and {s2}",
    "{s} on Subducting Margins",
)
_Q_ROLES = ["Principal Investigator", "Affiliated Faculty", "Endowed Professorship in Hazards"]
_Q_UNIVERSITIES = [
    "University of Porthcurnow",
    "Jaguaribe Federal University",
    "Mascarene Institute of Seismotectonics",
]
_Q_TOPICS = ["Palaeoseismology", "Micropalaeontology", "Neotectonics", "Geochronometry"]
_Q_BIOGRAPHY = (
    "{owner} is an Assistant Professor who digs trenches through drowned marshes and lagoons, "
    "hunting in sandsheets and diatoms for prehistoric tsunamis, so that seaside towns can "
    "reckon how frequently waves have come ashore."
)
_Q_DEPARTMENT = "School of Geosciences and Shoreline Hazards"
