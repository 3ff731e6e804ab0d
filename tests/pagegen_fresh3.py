"""The third fresh vocabulary of ``tests/pagegen.py``: seeds 8000 to 8999.

An untouched test set, like the second fresh one (``pagegen_fresh2.py``): it was written
without reading the profile-page reader (nor its word lists, nor the second fresh pools),
nobody tuning the reader may open this file or look at its pages or wrong records, and its
pages are measured in aggregate only (the summary table of
``benchmarks/bench_profile_pages.py --first-seed 8001``), by the person measuring.

It shares no word with the tuning, held-out, fresh, dev, dev2 and fresh2 vocabularies
(beyond the closed classes of ``pagegen._SHARED_OK``: ``pagegen.shared_words`` of it and
each of them is empty), nor with the hand-written examples of the profile-page tests
(``tests/test_profile_page*.py``, ``tests/page_pools.py``, ``tests/pages``), and its pools
have the held-out pools' classes and sizes. Its writer did not look at the reader's own
word lists, so it was not checked against them.

It draws on a research domain none of the others uses, volcanology and geothermal energy
(eruption forecasting, volcanic gases, hydrothermal reservoirs), and on names from many
cultures: Nordic, Faroese, Sámi, Icelandic, Baltic, Slavic, Greek, Turkish, Kurdish,
Armenian, Georgian, Persian, Levantine and Gulf Arabic, Berber, Tuareg, Swahili,
Hausa, Igbo, Zulu, Amharic, Malagasy, Hindi, Bengali, Tamil, Sinhala, Nepali, Bhutanese,
Burmese, Khmer, Lao, Thai, Malay, Filipino, Javanese, Mongolian, Kazakh, Uzbek, Māori,
Samoan, Tongan, Hawaiian, Quechua, Aymara, Mapuche, Guaraní, Portuguese, Spanish, Catalan,
Basque, Irish, Welsh, Finnish, Estonian, Hungarian, Romanian, Albanian and Maltese. Like
real pages:

* some organisations carry no closed kind word ("Ignimbrite Outcrop Squad", "Lahar
  Sirens Trust") and share words with the page's own titles ("Volcanic Tremor");
* one given name that is an English word is a word of the domain too ("Cinder", with
  "Cinder Cones" a subject); the others are virtue and hope names common in southern and
  West Africa ("Comfort", "Goodwill", "Treasure"), flower names and nicknames;
* accented names use letters well beyond Latin-1 (Maltese "Ċ", "Ż", Romanian "ț",
  Kurdish "ê", "î", Hawaiian and Māori macrons, Estonian "õ", Icelandic "Þ", "ð") and one
  Irish family name of two words ("Nic Dhonnchadha");
* particles include ones no other vocabulary uses ("af", "am", "bint", "binti", "ibn",
  "ag", "zu", "le", "lo");
* Chinese names mix simplified and traditional characters and a compound family name
  ("皇甫"), Korean ones two-syllable family names ("제갈", "독고"), Japanese ones kana given
  names ("中島まどか") and a three-kanji family name ("小野寺").
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_H_GIVEN = _words("""Steinar Ylva Torvald Aslak Rasa Mindaugas Laima Valdis Bozena Radoslav
Svetozar Stavros Evangelia Chrysanthi Cengiz Sevgi Oguz Rojin Azad Berivan Arsen Vardan Nestan
Revaz Eteri Bahram Roshanak Farzaneh Soraya Rami Wael Hessa Idir Tassadit Massinissa Subira
Faraji Abubakar Nkiruka Chukwudi Ngozi Adaugo Sibusiso Nokuthula Tewodros Birtukan Mahlet
Voahangy Rivo Anupam Kavita Ritwik Tamilselvi Lasantha Ishara Sudarshan Sabitri Dechen Sonam
Thandar Somphone Khamla Anong Nurhayati Lualhati Temuulen Enkhjin Orhan Shavkat Nodira
Tamati Mereana Siosaia Kamakana Noelani Amaru Illari Arami Joaquina Fermin Jordi Iker Ximun Sorcha
Emrys Ceridwen Kalevi Tarmo Dafina""")

_H_FAMILY = _words("""Lindstedt Vatne Somby Petrauskas Ozols Hruska Zelenko Prochazka
Papadakis Karagiannis Aydogan Karaca Hawrami Zakaryan Hovhannisyan Lomidze Kvaratskhelia Kashani
Mahdavi Aoun Haddadin Al-Mansoori Oulhadj Mbwana Danjuma Garba Onyekachi Ezeugwu Ngcobo
Shabalala Tadesse Girma Ratsimbazafy Andrianarisoa Srivastava Chaturvedi Bhattacharya Sengupta
Subramaniam Annamalai Senanayake Poudel Saade Dorji Wangchuk Chhim Vongsavanh Sisavath
Suwannarat Boonmee Jaafar Bautista Dimaano Batsukh Dzhaksylykov Yusupov Ranginui Sapolu Fifita
Kahananui Huarachi Dashdorj Huenchumilla Figueiredo Arroyo Vilaseca Etxeberria Breathnach
Gruffydd Hallgrimsson Joensen""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_H_ACCENTED = [
    ("Þóra", "Hafsteinsdóttir"),
    ("Guðrið", "Jákupsdóttir"),
    ("Gülşen", "Erdoğdu"),
    ("Dîlan", "Zêbarî"),
    ("Etelka", "Gyöngyösi"),
    ("Kärt", "Põldmäe"),
    ("Väinö", "Kyllönen"),
    ("Ionuț", "Cârstea"),
    ("Lumturi", "Çekrezi"),
    ("Ċikku", "Żahra"),
    ("Meritxell", "Vilà"),
    ("Concepción", "Ordóñez"),
    ("Gonçalo", "Simões"),
    ("Dainius", "Žukauskas"),
    ("Dražen", "Šarić"),
    ("Kāwika", "Kealoha"),
    ("Hōne", "Wātene"),
    ("Ståle", "Løkkeberg"),
    ("Märta", "Öhman"),
    ("Éabha", "Nic Dhonnchadha"),
]

_H_ORGS = [
    # no closed kind word
    "Ignimbrite Outcrop Squad",
    "Lahar Sirens Trust",
    "Pumice Raft Tracking Cooperative",
    "Obsidian Enthalpy Exchange",
    # a closed kind word, or "The …"
    "Caldera Unrest Consortium",
    "The Fumarole Sampling Team",
    "Magmatic Degassing Network",
    "Hotspring Drilling Collaboration",
    "Scoria Geothermal Ltd.",
    "Vulcanair Turbines Inc.",
    "The HOTROCK Borehole Consortium",
    "The Volcanic Tremor Group",
]

_H_WORD_GIVEN = _words("""Cinder Royal Promise Comfort Goodwill Treasure Lucky Merit Pepper
Unity Happiness Trinity Cash Chase Ace Rebel Star Crystal Echo Gale Jay Wolf Buzz Drake Lily Violet
Magnolia Rusty Bonnie Merry""")
_H_WORD_GIVEN_FAMILY = ["Lau", "Hale", "Kwok", "Uba"]

_H_VIET_FAMILY = _words(
    "Nhữ Tiết Bành Cấn Tất Quản Đậu Đái Điền Đổng Khiếu Liêu Phó Ngụy Tưởng Vạn"
)
_H_VIET_GIVEN = _words(
    "Kevin Cindy Nghĩa Nguyệt Hiển Diệu Thành Huệ Thuận Quyết Đạt Tiến Kiên Ánh Hằng Lợi"
)

_H_CN_FAMILY = _words("郝 邵 覃 武 莫 龚 殷 毛 车 谷 俞 邢 乔 韦 裴 錢 嚴 賀 龍 皇甫")
_H_CN_GIVEN = _words(
    "桂兰 红梅 秋云 立军 德明 海涛 婉清 凯 岚 秀兰 文杰 若楠 永康 诗琪 鑫 铭 建華 美鳳 家銘 雅雯"
)
_H_KR_FAMILY = _words("함 하 곽 여 채 석 맹 탁 제갈 독고")
_H_KR_GIVEN = _words("정훈 미경 상철 은정 재훈 슬기 성민 경민 한결 나래")
# two of three characters, four of four and two of five (one with a family name of three
# kanji, one with a kana given name)
_H_JP_FULL = _words("西村康平 中島まどか 大塚隼 三浦千尋 小野寺健吾 菅原詩織 原田航 桜井ゆり")

_H_MONONYMS = _words("""Suparno Wartini Sukarmi Mardiyono Sarijo Tumini Juwariyah Poniman
Ngadiman Altangerel Tsetsegmaa Bolormaa Kathiresan Rahmatullah Tumirah""")

_H_PARTICLE_NAMES = [
    ("Gunnel", "af", "Klinteberg"),
    ("Salma", "bint", "Khalid"),
    ("Anas", "ibn", "Sahl"),
    ("Nurfarah", "binti", "Osman"),
    ("Moussa", "ag", "Alhassane"),
    ("Beatrix", "am", "Rhyn"),
    ("Carmela", "lo", "Bianco"),
    ("Konstanze", "zu", "Leiningen"),
    ("Yannig", "le", "Bihan"),
    ("Ricardo", "de", "Azevedo"),
    ("Geertje", "van", "Zanten"),
    ("Candela", "del", "Pino"),
]

_H_SUBJECTS = _words(
    """Spatter Ramparts|Cinder Cones|Caldera Subsidence|Magma Ascent|Pyroclastic Currents|
Lahar Runout|Fumarole Condensates|Volcanic Tremor|Tephra Layers|Edifice Collapse|
Brine Reinjection|Silica Deposition|Borehole Temperatures|Induced Seismicity|Geyser Eruptions|
Hydrothermal Alteration|Fracture Permeability|Sulfur Emissions|Crater Lakes|
Eruption Precursors""".replace("\n", ""),
    "|",
)
_H_METHODS = _words(
    """Coda Wave Interferometry|Template Matching|Delaunay Interpolation|Hilbert-Huang
Sifting|Singular Spectrum Analysis|Convolutional Autoencoders|Kohonen Lattices|Extreme Value
Theory|Hamiltonian Samplers|Finite Volume Solvers|Vine Copulas|Isomap Embeddings|Radial Basis
Functions|Polynomial Chaos Expansions|Piecewise Aggregate Approximation|Bootstrap
Aggregation|Levenberg-Marquardt Fitting|Adjoint
Sensitivities""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_H_METHODS = [" ".join(m.split()) for m in _H_METHODS]
_H_NOUNS = _words("portfolio|scrapbook|checklist|primer|dossier|factsheet|roster|codebook", "|")
_H_ONE_WORD_TITLES = _words(
    "Brimstone Smoulder Incandescence Outgassing Firefountain Sinter Solfatara"
)

_H_VENUES = [
    "ECML",
    "IAVCEI",
    "Geothermics",
    "Volcanica",
    "Geofluids",
    "Lithos",
    "the Cahiers de Géothermie",
]

_H_SENTENCES = [
    "Volcanologists jot {x} haphazardly, and eruption diaries skim how {x} wanders "
    "from crater to crater.",
    "We harness {m} to reconstruct {x} from seismograms logged around the clock.",
    "Yoking {m} to thermodynamic ceilings lends its alarms credibility through dormant spells.",
    "Across Katla, Etna and Sakurajima it slashes spurious alarms sixfold.",
    "Our {n} indexes {k} vents, all tagged with sulphur ratios and crater snapshots.",
    "Conventional alert rules regard successive tremor bursts as unconnected, an idealisation "
    "magma flouts.",
    "We reframe {x} via {m}.",
    "Summits concealed during fitting attest that it copes with alien plumbing.",
    "Thirteen tephra-bracketed paroxysms retool it for a faraway edifice.",
    "Our inferences pin {x} on meteoric recharge, not barometric swings.",
    "This communication compiles a {n} of {x} via {m}.",
    "Finally we flag blind spots, and boreholes whose logs could shrink them.",
]

_H_TITLES = (
    "{w}",
    "{s} Revealed by {m}",
    "Tracking {s} beneath Glaciated Summits",
    "{s0}Quake: {m} for {s}",
    "Could {m} Foretell {s}?",
    "Reimagining {s} with {m}",
    "An Illustrated {N} of {s}",
    "Smouldering {sl}",
    "{m} on the Rim: {s} at Eight Calderas",
    "{s} from Patchy Telemetry",
    "Nimble {m} linking {s} and {s2}",
    "{s} at Dusk",
)
# the roles are the layout's fixed header labels, the same in every vocabulary (and left
# out of ``vocabulary_words``)
_H_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_H_UNIVERSITIES = [
    "University of Ketterholm",
    "Universidad Austral de Puyehue",
    "Hveravellir Polytechnic",
]
_H_TOPICS = [
    "Volcano Seismology",
    "Geothermal Prospecting",
    "Eruption Nowcasting",
    "Gas Geochemistry",
]
_H_BIOGRAPHY = (
    "{owner} is an Assistant Professor who eavesdrops on simmering volcanoes and drills for "
    "the warmth beneath them, favouring warnings that civil-defence officers can interrogate "
    "step by step."
)
_H_DEPARTMENT = "Department of Volcanology and Geothermal Energy"
