"""The thirtieth fresh vocabulary of the profile-page generator (seeds 35000-35999).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader
reads it or its pages; it is measured in aggregate only.

Research domain: coral reef ecology and marine protected areas (reef monitoring, coral
bleaching, fish spawning aggregations, community-based management). People's names come from
the Pacific Islands (Fiji, Vanuatu, Solomon Islands, Kiribati, Tuvalu, the Marshall Islands,
Palau, Guam and the Chamorro, Hawaii), the Torres Strait, Papua New Guinea, Indonesia (Bugis,
Makassar, Bajau, Papuan), the Philippines (Visayan, Tausug), Malaysia (Sabah), Thailand,
Myanmar, Sri Lanka, the Maldives, India (Tamil Nadu, Kerala, Lakshadweep, Andaman), Oman, the
Red Sea (Egypt, Sudan, Saudi Arabia, Eritrea), Kenya and Tanzania (the Swahili coast,
Zanzibar), Madagascar, Mozambique, Mauritius, Réunion, the Caribbean (Belize, Honduras,
Jamaica, the Bahamas, Cuba, Puerto Rico, the Lesser Antilles), Brazil (Bahia), Colombia (San
Andrés), Australia (Queensland), Japan (Okinawa) and Taiwan, written as such a person appears
on an English-language page. Organisations are named as author lists of the field name them:
agencies, companies, consortia, cooperatives, networks, projects and field teams, in English
or in the local language. The pools have the held-out pools' sizes and kinds.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AG_GIVEN = _words("""Epeli Losana Mereoni Sainimili Vilisoni Akanisi Teburoro Tekeua Enele Kausea
Litokwa Kitlang Surangel Dilmei Vicente Remedios Keoni Leilani Kainoa Makana Kila Rarua Gelu
Syamsuddin Nurhaedah Baharuddin Yulianus Fransina Octovianus Rodelio Marivic Rhodora Jerwin
Nurhana Abdulrajik Fiffy Junaidi Thanakorn Wipawee Suchana Niphon Kyaw Thandar Chaminda Dilrukshi
Thilini Aishath Fathimath Murugan Kavitha Senthil Ilakkiya Jomon Sreekumar Anju Khalfan Aziza
Shaimaa Amr Abdulaziz Tesfalem Semhar Mwanaisha Bakari Rehema Mwanahamisi Hery Voahangy Faly
Valdemiro Lurdes Vikash Nirmala Ludovic Delroy Fitzroy Marcia Everton Kendrick Migdalia Wilmer
Ubiratan Jaqueline Elkin Bronwyn Lachlan Kazuhiko Chia-Hui Wen-Chieh""")

_AG_FAMILY = _words("""Nainoca Waqainabete Ravuvu Kalsakau Natapei Molisa Sikua Ramofafia Tuhanuku
Teannaki Tseng Sopoaga Bomfim Kabua Zackhras deBrum Ngirmang Rengiil Tellei Taitano Quitugua
Sablan Kealoha Kahananui Kamakau Nona Ahmat Akiba Kaluwin Aisi Yalambing Rumbiak Wambrauw
Mandowen Pattiasina Cabahug Tumulak Tulawie Jikiri Mojuntin Sipaun Srisawat Wongsiri Chaiyaporn
Wickramaratne Gunawardena Naseem Palanisamy Arumugam Kuriakose Menon Koya Al-Busaidi Al-Rawahi
Elshazly Elamin Alghamdi Ghebremedhin Mwinyi Kombo Mgaya Rakotomalala Randrianarisoa Nhantumbo
Seebaluck Appadoo Payet Cayetano Rolle Archbold Shimabukuro""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AG_ACCENTED = [
    ("Hervé", "Técher"),
    ("Mélodie", "Hoarau"),
    ("Yunieski", "Guzmán"),
    ("Nélida", "Ortíz"),
    ("Iracema", "Magalhães"),
    ("Antônio", "Brandão"),
    ("Germán", "Márquez"),
    ("Sebastião", "Macuácua"),
    ("Désiré", "Ramsamy"),
    ("Josée", "Bégué"),
    ("Kēhau", "Nāone"),
    ("Noelani", "Kaʻaihue"),
    ("Ryōta", "Ōshiro"),
    ("Niño", "Añonuevo"),
    ("Marites", "Peñaflorida"),
    ("Frantz", "Lédée"),
    ("Maëlys", "Célestine"),
    ("Andrée", "Razafindrakoto"),
    ("Anaís", "Zúñiga"),
    ("Tomás", "Babauta"),
]

_AG_ORGS = [
    "Vanua Reef Stewards Network",
    "Kelompok Nelayan Bajo Mola",
    "The Semporna Reef Survey Team",
    "Collectif Récifs de l'Océan Indien",
    "Red de Arrecifes del Caribe Hondureño",
    "Grupo de Pesquisa em Recifes Costeiros da Bahia",
    "The SPAWN Consortium",
    "Blue Lagoon Hydrographics Pty Ltd",
    "Masig Island Sea Rangers",
    "Coral Triangle Larval Connectivity Project",
    "Kiunga Beach Management Unit",
    "Ministry of Fisheries and Marine Resources Development, Kiribati",
]

_AG_WORD_GIVEN = _words("""Coral Blessing Precious Gift Lucky Patience Charity Mercy Sunday Felicity
Harmony Melody Crystal Jewel Opal Jade Garnet Daisy Lily Violet Poppy Heather Laurel Willow Clover
Ocean River Storm Sandy Chance""")
_AG_WORD_GIVEN_FAMILY = ["Chin", "Wing", "Lim", "Banks"]

_AG_VIET_FAMILY = _words(
    "Trịnh Đào Phùng Chu Nghiêm Hứa Diệp Tôn Khổng Doãn Giang Quan Thân Lạc Âu Ông"
)
_AG_VIET_GIVEN = _words(
    "David Lucy Thắng Nhung Đức Hạnh Loan Phúc Tùng Quyên Hòa Yến Cường Thủy Kiên Nhi"
)

_AG_CN_FAMILY = _words("杜 程 魏 蘇 呂 丁 沈 姚 盧 姜 崔 鍾 譚 陸 汪 范 廖 賴 莊 洪")
_AG_CN_GIVEN = _words(
    "雅婷 冠宇 怡君 家瑋 淑芬 建宏 美玲 承翰 宗翰 晓燕 立新 振华 秀兰 鹏 琳 颖 海波 玉珍 俊宏 思妤"
)
_AG_KR_FAMILY = _words("고 양 부 문 배 백 허 남 성 진")
_AG_KR_GIVEN = _words("해솔 바다 윤서 동현 미경 성호 혜진 준영 수빈 영숙")
_AG_JP_FULL = _words("比嘉海斗 島袋千尋 大城勇気 知念沙織 仲村渠健 玉城琉美 宮城拓海 新垣真由美")

_AG_MONONYMS = _words("""Burhanuddin Syahrir Nurliah Jamaluddin Hasniati Sudirman Yusran Muhajir
Nurjannah Syafruddin Asriani Kaharuddin Ramli Marlina Jeyabaskaran""")

_AG_PARTICLE_NAMES = [
    ("Josefa", "dos", "Anjos"),
    ("Reinaldo", "da", "Hora"),
    ("Rosario", "de los", "Reyes"),
    ("Ariel", "dela", "Rosa"),
    ("Sylvie", "de", "Robillard"),
    ("Hamad", "Al", "Harthy"),
    ("Nur Atiqah", "binti", "Jamil"),
    ("Roderick", "van der", "Linde"),
    ("Yanet", "de la", "Fuente"),
    ("Marie-Claire", "de", "Villèle"),
    ("Nilanthi", "de", "Zoysa"),
    ("Juan Camilo", "del", "Río"),
]

_AG_SUBJECTS = _words(
    """Reef Fish Biomass|Bleaching Thresholds|Spawning Aggregations|Larval Connectivity|
Crown-of-Thorns Outbreaks|Coral Recruitment|Herbivore Grazing|Reef Rugosity|Macroalgal Phase Shifts|
Mesophotic Refugia|Giant Clam Stocks|Parrotfish Abundance|No-Take Compliance|Octopus Closures|
Sea Cucumber Harvests|Coral Disease Prevalence|Reef Carbonate Budgets|Customary Reef Tenure|
Symbiont Shuffling|Spearfishing Pressure""".replace("\n", ""),
    "|",
)
_AG_METHODS = _words(
    """Underwater Visual Census|Photoquadrat Surveys|Structure-from-Motion Photogrammetry|
Environmental DNA Metabarcoding|Stereo-Video Transects|Acoustic Telemetry|Generalized Additive
Mixed Models|Occupancy Models|Participatory Mapping|Degree Heating Weeks|Biophysical Dispersal
Models|Stable Isotope Analysis|Baited Remote Underwater Video|Key Informant Interviews|
Before-After-Control-Impact Designs|Passive Acoustic Monitoring|Manta Tow Surveys|Fisher
Logbooks""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_AG_METHODS = [" ".join(m.split()) for m in _AG_METHODS]
_AG_NOUNS = _words("database|handbook|checklist|dashboard|toolbox|ledger|compendium|gazetteer", "|")
_AG_ONE_WORD_TITLES = _words("Backreef Spawnfall Rubble Tabu Bommie Zooxanthellae Whitewash")

_AG_VENUES = [
    "ICRS",
    "APCRS",
    "Coral Reefs",
    "Marine Ecology Progress Series",
    "Ocean & Coastal Management",
    "Aquatic Conservation: Marine and Freshwater Ecosystems",
    "WIO Journal of Marine Science",
]

_AG_SENTENCES = [
    "Divers reach only a few sites a year, so few villages can follow {x} at the scale at "
    "which they open and close their reefs, and nobody records {x} on outer atolls.",
    "We develop an approach built on {m} that tracks {x} from the surveys of community monitors.",
    "Pairing {m} with the knowledge of local fishers kept the estimates close to what divers "
    "saw after the 2020 heatwave.",
    "At 41 sites in three provinces it cut the bias of the standard survey by half.",
    "The accompanying {n} lists {k} reefs with their coordinates and is free to download.",
    "Earlier work mostly assumed that protection alone brings fish back, yet few reserves are "
    "actually enforced.",
    "We look at {x} again, this time using {m}.",
    "The results held on islands left out of calibration, two of them in the Coral Sea.",
    "A few dozen photographs per site were enough to train the classifier.",
    "Our data point to weak enforcement, rather than warming, as the main driver of {x}.",
    "We describe a {n} for {x} assembled with {m}.",
    "We end with open questions for reserve managers and the monitoring that would answer them.",
]

_AG_TITLES = (
    "{w}",
    "{s} under {m}",
    "Mapping {s} from Drone Orthomosaics",
    "{s0}Watch: {m} for {s}",
    "How Far Can {m} Take Us in {s}?",
    "The Pitfalls of {m} for {s}",
    "A Regional {N} of {s}",
    "Shifting {sl}",
    "{m} and {s}: Insights from Five Atolls",
    "Rethinking {s} after the 2016 Bleaching",
    "Using {m} for {s} and {s2}",
    "{s} beyond the Reef Crest",
)
_AG_ROLES = ["Affiliate Member", "Principal Investigator", "Reef Futures Research Chair"]
_AG_UNIVERSITIES = [
    "University of Port Maravu",
    "Université des Lagons de Saint-Paul",
    "Tanjung Kersik Institute of Marine Science",
]
_AG_TOPICS = [
    "Coral Reef Ecology",
    "Marine Spatial Planning",
    "Community-Based Fisheries Management",
    "Climate Adaptation",
]
_AG_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works with island communities on the reefs they "
    "depend on, studying how fish, corals and people respond when a reef is closed, bleached "
    "or left to recover."
)
_AG_DEPARTMENT = "School of Marine Studies"
