"""The thirteenth fresh vocabulary of the profile-page generator (seeds 18000-18999).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
its word lists and its tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py`` (for the pools' format, sizes and kinds of entries), and who never ran the
reader on its pages. Nobody tuning the reader reads it or its pages; it is measured in
aggregate only, by the person measuring.

Domain: soil nematode ecology (extraction funnels and trays, feeding guilds, maturity and
footprint indices, rhizosphere sampling, metabarcoding).

Names: people from Sunda, Bali and Aceh, Brunei, Sarawak (Iban), Sabah (Kadazan),
Singapore, Isan, the Mon people of Myanmar, Chakma families of Bangladesh, the Maldives,
Baluchistan of Iran, Assyrian families, the Laz, Crimean Tatars, Kashubia, Moravia,
Austria, German-speaking Switzerland, Liechtenstein, Monaco, Andorra, San Marino, Sicily
and Naples, written as they appear on an English-language page. Vietnamese family names
start with A to L, Chinese family names' pinyin with A to L, Korean family names'
romanisation with A to K and Japanese family names' romanisation with A to L.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_R_GIVEN = _words("""Asep Ujang Dadang Nenden Neneng Kadek Komang Nyoman Gede Fauzan
Zulfikar Irwandi Yusra Muzakir Hazwan Syafiqah Aqilah Linggi Sumbang Nyanggau Ugak Jimbun
Ewon Jinal Farhan Thinesh Weiling Junhao Thongchai Wanpen Sombat Nongluck Prasert Chaiwat
Sudatta Rupayan Kabita Bodhipriya Fathimath Hawwa Aminath Shifaza Shahdad Hammal Sabzal
Chakar Narsai Ramina Sharokin Dursun Temel Hasret Refat Nariman Elmaz Ayder Ediye Eskender Brunon
Kazimierz Stanislawa Bohumil Jarmila Svatopluk Libuse Kvetoslav Radim Notburga Engelbert
Waltraud Rupert Urs Ueli Regula Ruedi Egon Sepp Rainier Montserrat Gianfranco Marino
Calogero Gandolfo Baldassare Crocifissa Gennaro Ciro Immacolata Annunziata""")

_R_FAMILY = _words("""Supriatna Hidayat Kurniasih Wirawan Suardana Nurdin Ismuha Matusin
Barieng Kitingan Majimbun Sipaun Gunsalam Ongkili Quek Kwek Ramasamy Srisuwan Phommachak Khamphui
 Inthasorn Dewan Khisa Talukdar Larma Maniku Didi Nasheed Rigi Shahbakhsh Narouei Dahmardeh
Mirbaluchzehi Yonan Betbasoo Barkho Bucaklisi Tandilava Seitablaev Kurtumerov Ablyazov
Ceynowa Necel Formela Trepczyk Zatloukal Stoklasa Zouhar Pichler Mayrhofer Schwaighofer
Zbinden Guggisberg Aebischer Hegetschweiler Frommelt Ospelt Batliner Wohlwend Notari Bellando
Riberaygua Cerqueda Gasperoni Mularoni Zonzini Tamagnini Tumminello Giambalvo Scognamiglio
Cuccurullo""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_R_ACCENTED = [
    ("Bořivoj", "Kuchař"),
    ("Drahomíra", "Šťastná"),
    ("Jürg", "Bärtschi"),
    ("Käthi", "Wüthrich"),
    ("Rosmarie", "Büchel"),
    ("Aurélien", "Boéri"),
    ("Stéphane", "Médecin"),
    ("Eulàlia", "Calvó"),
    ("Àlex", "Solà"),
    ("Bożena", "Drzeżdżon"),
    ("Krësztof", "Bòrk"),
    ("Şevket", "Yağyayev"),
    ("Ülker", "Kurtümerova"),
    ("Nurettin", "Ardeşenli"),
    ("Gülnihal", "Hopalı"),
    ("Nicolò", "Cannistrà"),
    ("Günther", "Schöffmann"),
    ("Brigitte", "Pöchhacker"),
    ("Svatava", "Mlčochová"),
    ("Götz", "Hödl"),
]

_R_ORGS = [
    "The NemaTrace Amplicon Consortium",
    "Baermann Ring-Trial Participants",
    "The Pannonian Eelworm Team",
    "Kirchbühl Experimental Farm",
    "Stylet Biotech Sàrl",
    "COST Action BURROW",
    "Loamwise Biosciences LLP",
    "Mekong Paddy Rhizobiome Collaboration",
    "The Maturity Harmonisation Group",
    "Borneo Nematode Taxonomy Network",
    "Rhizoscan Sdn. Bhd.",
    "Arbeitsgemeinschaft Bodenfauna Alpenrhein",
]

_R_WORD_GIVEN = _words("""Beat Aye Win Tin Lay Server Salvo Carmine Nil Mar Pep Derrick Molly Martin
Patsy Tabby Nan Angelica Cicely Spencer Eden Virtue Tulip Orchid Smoky Lea Dick Gage Price Rock""")
_R_WORD_GIVEN_FAMILY = ["Quah", "Beck", "Seah", "Matt"]

_R_VIET_FAMILY = _words(
    "La An Bửu Lô Ðinh Bach Diep Doan Giap Khuc Khuat Huynh Luong Hoang Dau Hua"
)
_R_VIET_GIVEN = _words(
    "Joseph Monica Dominic Teresa Bắc Huấn Liêm Mến Siêu Vịnh Quynh Thuy Tuan Phuong Ngoc Hien"
)

_R_CN_FAMILY = _words("成 储 楚 从 盖 郜 戈 巩 古 官 和 衡 弘 吉 冀 晋 井 邝 劳 厉")
_R_CN_GIVEN = _words(
    "嘉树 培元 益民 昕妍 煜祺 晗 蕴仪 沛霖 南星 安澜 季同 念慈 乐天 承志 凌云 青禾 景初 维桢 鹤年 雨生"
)
_R_KR_FAMILY = _words("을지 교 군 대 돈 등 준 즙 증 점")
_R_KR_GIVEN = _words("아린 시온 온유 미숙 정희 나은 주하 은결 지온 예서")
_R_JP_FULL = _words("青木沙織 石川悠人 遠藤千里 藤田隼 原田美穂 菊地蒼 北村結衣 五十嵐颯太")

_R_MONONYMS = _words("""Mawardi Zulkarnaini Muhibbuddin Syahrizal Ridwansyah Fakhrurrazi Mukhlis
Marzuki Nasruddin Sukanta Suhendar Dedeh Juju Ikin Banyar""")

_R_PARTICLE_NAMES = [
    ("Reto", "von", "Arx"),
    ("Mirjam", "von", "Gunten"),
    ("Jugah", "anak", "Nyandang"),
    ("Empiang", "anak", "Jilan"),
    ("Nur Aqilah", "binte", "Hamdan"),
    ("Aqmal", "bin", "Tahir"),
    ("Agata", "Li", "Causi"),
    ("Gennaro", "di", "Lauro"),
    ("Settimia", "La", "Mantia"),
    ("Siegfried", "von", "Pfannberg"),
    ("Apolline", "de", "Millo"),
    ("Montserrat", "de", "Riba"),
]

_R_SUBJECTS = _words(
    """Bacterivore Densities|Fungivore Browsing|Omnivore Rarity|Predator Rebound|
Meloidogyne Galling|Heterodera Hatching|Dauer Entry|Anhydrobiotic Awakening|Maturity Slippage|
Enrichment Footprints|Trophic Turnover|Rhizosphere Colonisation|Litter Breakdown|
Mineralisation Flushes|Entomopathogen Survival|Pore-Neck Dispersal|Stylet Probing|
Dorylaim Attrition|Pratylenchus Incursions|Cryptic Speciation""".replace("\n", ""),
    "|",
)
_R_METHODS = _words(
    """Baermann Funnels|Whitehead Trays|Sucrose Centrifugation|Oostenbrink Elutriators|
Cobb Sieving|Amplicon Reads|Droplet Quantification|Hurdle Fits|Rarefaction Curves|
Indicator Taxa|Ordination Triplots|Ferris Weightings|Bongers Tallying|Hill Numbers|
Placement Heuristics|Null Permutations|Morphometric Keys|Bray-Curtis Dissimilarities""".replace(
        "\n", ""
    ),
    "|",
)
_R_NOUNS = _words(
    "tabulation|enumeration|catalog|synopsis|revision|bibliography|cohort|treatise", "|"
)
_R_ONE_WORD_TITLES = _words("Eelworm Underfoot Cryptobiosis Moult Quiescence Humus Wormcast")

_R_VENUES = [
    "ISMB",
    "RECOMB",
    "Nematology",
    "Pedobiologia",
    "Nematropica",
    "Helminthologia",
    "Revue de Nématologie",
]

_R_SENTENCES = [
    "Tallying {x} aliquot by aliquot is tiresome, and composited augers blend how {x} "
    "diverges from furrow to furrow.",
    "We formulate a regimen that employs {m} and reckons {x} from unwashed elutriations.",
    "The regimen curbs {m} with a metabolic ceiling, so it overshoots less if monsoon rains fail.",
    "Across contrasting watersheds it commits fewer mislabellings than the incumbent.",
    "Our {n} comprises {k} paddocks and is obtainable from Zenodo under an attribution license.",
    "Preceding nematologists widely view contiguous augers as swappable, a dubious stance.",
    "We view {x} from the angle of {m}.",
    "Validation indicates that the regimen extrapolates to paddocks outside the original set.",
    "A tray of permanent slide mounts suffices to refit the regimen.",
    "Tillage, not irrigation, ties most firmly to {x}.",
    "Presented is a {n} for {x} derived from {m}.",
    "Concluding remarks underscore drawbacks and the slide mounts whose absence lets them linger.",
]

_R_TITLES = (
    "{w}",
    "{s} Gauged with {m}",
    "Deducing {s} from Archived Slide Mounts",
    "{s0}Sieve: {m} for {s}",
    "Can {m} Demystify {s}?",
    "How {m} Falter on {s}",
    "A Standard {N} of {s}",
    "Overlooked {sl}",
    "{m} and {s}: Tales from Hop Gardens",
    "Reproducible {s} in Spite of Funnel Leakage",
    "Inexpensive {m} for {s} and {s2}",
    "{s} under the Ploughshare",
)
_R_ROLES = ["Core Faculty Member", "Associate Member", "Affiliate Researcher"]
_R_UNIVERSITIES = [
    "University of Ottersbrunn",
    "Ecole Nationale Supérieure de Gratelle",
    "Collegio Agrario di Montelupo",
]
_R_TOPICS = [
    "Nematology",
    "Invertebrate Taxonomy",
    "Molecular Phylogenetics",
    "Belowground Food Webs",
]
_R_BIOGRAPHY = (
    "{owner} is an Assistant Professor who sieves, mounts and sequences minute roundworms "
    "dwelling in crumbs of loam, with a knack for keys that colleagues elsewhere can rerun."
)
_R_DEPARTMENT = "Department of Soil Zoology and Nematology"
