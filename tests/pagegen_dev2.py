"""The second development vocabulary of ``tests/pagegen.py``: seeds 5000 to 5999.

A validation set for those who tune the profile-page reader on the dev vocabulary
(``pagegen_dev.py``, seeds 3000-3999): it checks that what was learnt there generalises to
words nobody tuned on. Look only at its aggregate figures (the summary table of
``benchmarks/bench_profile_pages.py --first-seed 5001``), never at its wrong records nor at
these pools while changing the reader, or it stops measuring anything.

It shares no word with the tuning, held-out, fresh and dev vocabularies (beyond the same
closed classes) nor with the reader's own word lists (``tests/test_profile_page_names.py``
checks all of these), and its pools have the held-out pools' classes and sizes. It was
written without reading the reader.

It draws on a research domain of its own, heritage science (conservation, archaeometry,
dating of artworks and finds), and on name cultures the other vocabularies hardly use:
Georgian, Basque, Albanian, Filipino, Ethiopian, Swahili, Zulu, Persian, Thai, Sinhala,
Welsh, Breton, Romanian, Kazakh, Māori and Pacific given names and family names. Its
difficulties are those of real pages:

* half the organisations carry no closed kind word ("Fresco Flaking Watchlist", some with
  an open one: "Potter Stamps Guild", "Indigo Vats Heritage Fellowship") and share words with
  the page's own titles; the others end with a closed kind word or are "The …" bodies;
* the given names that are English words are mostly words of the domain that its titles
  use too ("Ivory", "Mason", "Indigo": "Ivory Carvings" is a subject), or occupational
  and virtue names ("Tanner", "Prudence");
* family names with an apostrophe or a hyphen ("O'Dwyer", "Bar-Lev"); accented names with
  letters beyond Latin-1 (Romanian "ș", Latvian "ķ", Azerbaijani "ə", Hawaiian "ʻ", the
  Catalan "l·l") and an Irish family name of two words ("Ó Dálaigh");
* mononyms are mostly Sundanese, with Mongolian, a Tamil and a Pashto name; particles
  are mostly ones the other vocabularies do not use ("aus der", "uit den", "abu",
  "op de", "van het", "degli", "de los", "ap", "vom", "des");
* Chinese names are in traditional characters and include compound family names
  ("歐陽", "上官"), Korean ones include two-syllable family names ("남궁", "황보"), and
  Japanese full names have three-kanji family names, the iteration mark "々" and kana
  given names ("佐々木結衣", "岡本さくら");
* abstracts name places ("from Trondheim to Orvieto") and titles name a church.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_E_GIVEN = _words("""Levan Nino Tornike Ketevan Zurab Tamuna Giorgi Lasha Ander Itziar Garazi Unai
Aitor Nerea Josu Ainhoa Arben Drita Besnik Valbona Ilir Mimoza Maricel Rodel Jericho Lorna Marites
Selam Meron Dawit Tsion Yared Mekdes Baraka Neema Zawadi Juma Rehema Sipho Thandeka Lwazi
Nomvula Themba Dariush Shirin Golnar Kourosh Parisa Behrouz Nurul Azlan Haziq Aisyah Somchai
Pimchanok Kittipong Nattaya Chaminda Dilani Nuwan Sanduni Dafydd Eluned Gethin Cerys Rhodri
Angharad Goulven Nolwenn Tanguy Maiwenn Viorica Mircea Sorin Doina Aigerim Nurlan Dilnoza Bekzod
Wiremu Hemi Ngaire Sione Tevita Leilani Yael Itamar Millaray Ayelen""")

_E_FAMILY = _words("""Beridze Kapanadze Gelashvili Tsiklauri Chkheidze Arrieta Goikoetxea
Zubizarreta Olaizola Lasarte Krasniqi Berisha Gashi Shehu Dushku Dimaculangan Macaraeg Tolentino
Pangilinan Tesfaye Gebreyes Wolde Alemu Bekele Kipchumba Wanyama Mutua Njoroge Chege Dlamini
Khumalo Ndlovu Mthembu Zungu Farahani Rostami Ghorbani Jafarzadeh Moradi Srisuk Wongsawat
Chaiyaporn Rattanakorn Wickramasinghe Jayawardena Gunasekara Rajapaksha Pritchard Llewellyn
Prosser Riou Kerbrat Ungureanu Munteanu Teodorescu Nurpeisov Abenova Suleimenov Ngata Parata
Fonoti Havili Painemal Catrileo O'Dwyer Bar-Lev Tuilagi Lekhanya Mazibuko Heathcote Abramishvili""")

_E_ACCENTED = [
    ("Ștefan", "Măgureanu"),
    ("Mădălina", "Țurcanu"),
    ("Aušrinė", "Sakalauskienė"),
    ("Kęstutis", "Vaičiūnas"),
    ("Māris", "Ķeniņš"),
    ("Ľudovít", "Ďurica"),
    ("Đurđa", "Kovačić"),
    ("Jógvan", "Dánjalsson"),
    ("Siân", "Rhŷs"),
    ("Gráinne", "Ó Dálaigh"),
    ("Ċettina", "Xuereb"),
    ("Ëngjëll", "Çela"),
    ("Ülviyyə", "Həsənli"),
    ("Marcel·lí", "Puigcercós"),
    ("Elle-Máret", "Gaup"),
    ("Rāwiri", "Pōtiki"),
    ("Pualani", "Kaʻaihue"),
    ("Urška", "Žagar"),
    ("Jörg", "Weißhaupt"),
    ("Uxía", "Castiñeira"),
]

_E_ORGS = [
    # no closed kind word (some with an open one), and words of the page's own titles
    "Fresco Flaking Watchlist",
    "Mason Marks Gazette",
    "Shipwreck Timbers Roll",
    "Lacquer Crazing Roundtable",
    "Potter Stamps Guild",
    "Indigo Vats Heritage Fellowship",
    # a closed kind word, or "The …"
    "The Gilded Altarpieces Consortium",
    "Tile Glazes Network",
    "Chapel Murals Collaboration",
    "Rookwood Restorations Ltd.",
    "The Reliquary Team",
    "Vellumworks Heritage Inc.",
]

_E_WORD_GIVEN = _words("""Ivory Sapphire Indigo Garnet Mason Potter Ebony Amethyst Onyx Beryl Opal Sienna
Scarlet Azure Emerald Ember Tanner Cooper Carver Weaver Sawyer Fletcher Piper Chandler Constance
Prudence Charity Clemency Felicity Temperance""")
_E_WORD_GIVEN_FAMILY = ["Teo", "Goh", "Achieng", "Lamb"]

_E_VIET_FAMILY = _words("Tống Khổng Quan Lã Bế Bạch Hầu Mẫn Tôn Ứng Viên Lò Đàm Đào Nông Thạch")
_E_VIET_GIVEN = _words(
    "Tammy Vivian Nhật Toàn Thoa Trinh Uyên Khôi Nhi Quyên Thịnh Diễm Kiệt Luân Oanh Thư"
)

_E_CN_FAMILY = _words("蕭 賴 簡 莊 溫 翁 顏 游 邱 洪 侯 傅 詹 柯 凌 孔 歐陽 司馬 上官 諸葛")
_E_CN_GIVEN = _words(
    "志豪 怡君 雅婷 冠宇 家瑋 淑芬 俊宏 美玲 宗翰 欣妤 柏翰 承恩 品妍 彥廷 鈺 瑋 薇 萱 璇 育誠"
)
_E_KR_FAMILY = _words("설 구 성 차 주 우 진 엄 남궁 황보")
_E_KR_GIVEN = _words("지유 서아 세아 은서 가온 다인 시윤 준혁 소희 건희")
_E_JP_FULL = _words(
    "佐々木結衣 長谷川湊 五十嵐蒼 岡本さくら 勅使河原葉月 久保田ひなた 宮崎凛 村上アキラ"
)

_E_MONONYMS = _words("""Tatang Dadan Koswara Nurjanah Wawan Sobirin Iyus Euis Cecep Yayan
Batbayar Oyunchimeg Gantulga Thirunavukkarasu Khairullah""")

_E_PARTICLE_NAMES = [
    ("Frieda", "aus der", "Wirsén"),
    ("Clemens", "uit den", "Dohna"),
    ("Nabil", "abu", "Sayyar"),
    ("Liesje", "op de", "Beek"),
    ("Wessel", "van het", "Schip"),
    ("Lapo", "degli", "Alberti"),
    ("Paz", "de los", "Ríos"),
    ("Inácio", "do", "Rosário"),
    ("Owain", "ap", "Meurig"),
    ("Anja", "vom", "Brocke"),
    ("Étienne", "des", "Roches"),
    ("Sjoerd", "van", "Oostrum"),
]

_E_SUBJECTS = _words(
    """Ivory Carvings|Sapphire Pendants|Indigo Vats|Garnet Inlays|Mason Marks|Potter Stamps|
Ebony Veneers|Pounced Cartoons|Onyx Cameos|Enamel Weathering|Fresco Flaking|
Gilded Altarpieces|Parchment Cockling|Amethyst Intaglios|Shipwreck Timbers|Tapestry Fading|
Lacquer Crazing|Chapel Murals|Tile Glazes|Coin Hoards""".replace("\n", ""),
    "|",
)
_E_METHODS = _words(
    """Raman Microspectroscopy|Neutron Tomography|Strontium Isotopes|Dome
Relighting|Stratigraphic Chronologies|Thermoluminescence|Dendroprovenancing|Harris Matrices|
Photogrammetric Meshes|Lead Fingerprinting|Synchrotron Microdiffraction|Terahertz
Scanning|Wiggle-Match Dating|Correspondence Biplots|Procrustes Superimposition|Peptide Barcoding|
Coherence Tomography|Seriation Grids""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_E_METHODS = [" ".join(m.split()) for m in _E_METHODS]
_E_NOUNS = _words("concordance|handlist|thesaurus|casebook|digest|directory|chronicle|logbook", "|")
_E_ONE_WORD_TITLES = _words(
    "Palimpsest Craquelure Verdigris Pentimento Scriptorium Gesso Reliquary"
)

_E_VENUES = [
    "CAA",
    "ICOM-CC",
    "Archaeometry",
    "Restaurator",
    "Antiquity",
    "the Bulletin of Reliquary Lore",
    "Proceedings of the Gilders' Guild",
]

_E_SENTENCES = [
    "Curators scarcely log {x}, and museum registers flatten how {x} wavers from workshop "
    "to workshop.",
    "We turn {m} on {x}, drawing only on scraps that restorers file anyway.",
    "Tethering {m} to conservators' lore renders its dates sober in damp crypts.",
    "Across seven cathedrals, from Trondheim to Orvieto, it shaves two fifths from the "
    "misdatings of rival schemes.",
    "Our {n} enumerates {k} artefacts, with plates licensed for unrestricted copying.",
    "Older handbooks merge sister ateliers, pretending painters laboured identically.",
    "We reopen {x} through {m}.",
    "Pieces sequestered from parametrisation imply that the scheme survives relocation "
    "across museums.",
    "Twenty securely dated pieces are plenty for retuning it.",
    "Our dates bind {x} to patronage, fashion mattering little.",
    "This essay assembles a {n} of {x} with {m}.",
    "We conclude with lacunae, plus archival documents capable of mending them.",
]

_E_TITLES = (
    "{w}",
    "Dating {s} by {m}",
    "Rereading {s} by Raking Candlelight",
    "{s0}Trace: {m} for {s}",
    "Shall {m} Settle {s}?",
    "Past {m}: {s} Anew",
    "A Provisional {N} of {s}",
    "Forgotten {sl}",
    "{m} in the Sacristy: {s} Redux",
    "{s}, Reconsidered",
    "Portable {m} for {s} and {s2}",
    "{s} in Sant'Eufemia",
)
_E_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_E_UNIVERSITIES = [
    "University of Wrexholme",
    "Courtenay Institute",
    "Universitat Politècnica de Montclar",
]
_E_TOPICS = [
    "Heritage Dating",
    "Restoration Imaging",
    "Archaeological Chronology",
    "Museum Cataloguing",
]
_E_BIOGRAPHY = (
    "{owner} is an Assistant Professor who dates, sources and mends old things, from "
    "altarpieces and tapestries to shipwrecks, and who distrusts chronologies unable "
    "to display their workings."
)
_E_DEPARTMENT = "Department of Heritage Science"
