"""The twenty-fourth fresh vocabulary of the profile-page generator (``_AA_`` pools).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and its tests, nor any other vocabulary but the tuning and
held-out pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entry), and who
never ran the reader on its pages. Nobody tuning the reader reads this file or its pages
(seeds 29000-29999); it is measured in aggregate only, by the person measuring.

Research domain: marine fisheries science (acoustic stock surveys, bycatch reduction,
otolith ageing, small-scale fisheries co-management). People's names are written as they
appear on English-language pages, from Senegal, the Gambia, Guinea-Bissau, Sierra Leone,
Liberia, Côte d'Ivoire, Ghana, Togo, Benin, Nigeria (Yoruba, Igbo, Hausa), Cameroon, Gabon,
Sri Lanka (Sinhala and Tamil), the Maldives, Mauritius, the Seychelles, Samoa, Tonga, Fiji,
Papua New Guinea, Indonesia (Javanese, Sundanese, Balinese, Batak), Malaysia, Brunei, the
Philippines (Visayas, Mindanao), Chile, Peru, Ecuador, Norway, Portugal and the Azores,
Newfoundland and Alaska (Yupik and Tlingit too); accented names (with Yoruba and Igbo
subdots, Hausa hooked letters, Polynesian glottal stops and macrons, Tlingit underlined
letters), names with particles, Vietnamese, Chinese, Korean and Japanese names and
(Indonesian) mononyms have pools of their own, as in the held-out vocabulary. Organisations
are the agencies, companies, cooperatives, networks, projects and field teams that author
lists of the field name, in English or in the local language. Every word was written for
this set; what it shares with another set is by chance.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AA_GIVEN = _words("""Moustapha Ndeye Cheikh Khady Ousmane Lamin Isatou Ebrima Modou Braima
Quintino Foday Kadiatu Sorie Mariatu Boakai Musu Korto Kouassi Adjoua Amenan Kwabena Esi Kojo
Selasi Nii Adwoa Komlan Essowe Codjo Olumide Temitope Funmilayo Oluwaseun Yetunde Chinedu Ngozi
Uchenna Chiamaka Ikenna Aminu Hauwa Usman Armel Landry Ghislain Chaminda Nimal Dilani Tharindu
Sanjeewa Thivya Kajan Tharshini Aishath Fathimath Shiham Vikash Marie-Claire Tavita Sione Mele
Viliami Losana Jone Litia Epeli Akanisi Vagi Wayan Ketut Asep Euis Tigor Nurul Haziq Rodel
Maricel Arnel Javiera Ignacia Milagros Trond Kjersti Vegard Duarte Leonor Cyril Loretta""")

_AA_FAMILY = _words("""Ndiaye Diop Sarr Gueye Jallow Ceesay Touray Bojang Embalo Kamara Koroma
Conteh Sesay Kargbo Kollie Flomo Tokpa N'Guessan Ouattara Coulibaly Asante Boateng Owusu Tetteh
Quaye Agbeko Houngbedji Ahouansou Adeyemi Ogunleye Akinola Nwosu Anyanwu Chukwuma Danjuma
Abdullahi Fotso Tchinda Mbarga Moussavou Jayasuriya Wickramasinghe Dissanayake Sivanesan
Thurairajah Naseem Dookhun Hoareau Fa'asavalu Tuilagi Fifita Vaipulu Tawake Kaupa Simanjuntak
Nainggolan Permana Cabahug Abellana Huenchumilla Quispe Chiriboga Myklebust Vollset Medeiros
Bettencourt Noseworthy Hiscock Kawagley Kookesh Nanalook""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AA_ACCENTED = [
    ("Aïssatou", "Cissé"),
    ("Sékou", "Traoré"),
    ("Adèle", "Kouakou"),
    ("Sènami", "Hounkpè"),
    ("Kafui", "Amégan"),
    ("Ọláwálé", "Ṣódípọ̀"),
    ("Chịdịnma", "Ụzọchukwu"),
    ("Ƙasimu", "Ɗanladi"),
    ("Hervé", "Mbadinga"),
    ("Thérèse", "Lablache"),
    ("Sālote", "Tuʻipulotu"),
    ("Mālia", "Leʻaupepe"),
    ("Joaquín", "Sepúlveda"),
    ("Rocío", "Huamaní"),
    ("João", "Brandão"),
    ("Bjørnar", "Økland"),
    ("Åshild", "Fjære"),
    ("Gonçalo", "Simões"),
    ("Niño", "Ybañez"),
    ("Ḵaachgáa", "Jacobs"),
]

_AA_ORGS = [
    "Programme Régional des Pêches Artisanales d'Afrique de l'Ouest",
    "The R/V Lamantin Acoustic Survey Team",
    "IMARPE Hydroacoustics Working Group",
    "Koperasi Nelayan Mina Samudera",
    "Associação de Pescadores da Ilha do Pico",
    "Sjøfisk Akustikk AS",
    "Indian Ocean Otolith Exchange Network",
    "Pacific Islands Coastal Fisheries Programme (PICFP)",
    "Negombo Lagoon Fishers' Society",
    "Yukon–Kuskokwim Salmon Monitoring Partnership",
    "Sociedad Pesquera Caleta Tumbes Ltda.",
    "The Fogo Island Fish Harvesters Co-op",
]

_AA_WORD_GIVEN = _words("""Rusty Skip Chase Miles Pierce Sandy Cherry Violet Daisy Poppy Heather
Melody Harmony Crystal Ginger Bud Buck Chip Gale Storm River Bliss Mercy Charity Patience
Prudence Lance Gene Marina Cole""")
_AA_WORD_GIVEN_FAMILY = ["Lim", "Fisher", "Ng", "Mensah"]

_AA_VIET_FAMILY = _words(
    "Trịnh Phùng Chu Nghiêm Tống Khổng Diệp Doãn Hứa Lục Ninh Thân Tăng Giáp Ông Khúc"
)
_AA_VIET_GIVEN = _words(
    "Joseph Teresa Nhung Thắng Hạnh Lộc Quỳnh Tùng Yến Đức Hòa Nhi Kiên Loan Thịnh Vinh"
)

_AA_CN_FAMILY = _words("余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金")
_AA_CN_GIVEN = _words(
    "振华 秀兰 国栋 丽娜 文杰 雪梅 志明 春燕 永强 美玲 子豪 雅琪 浩宇 晓峰 玉兰 鹏 海峰 静怡 琳 欣悦"
)
_AA_KR_FAMILY = _words("전 고 문 양 손 배 백 허 남 심")
_AA_KR_GIVEN = _words("예린 도현 서준 민서 태윤 수빈 준혁 다은 승민 하람")
_AA_JP_FULL = _words("森田浩二 石川真由美 長谷川修 村上千尋 前田亮介 岡本沙織 藤井健 西村結衣")

_AA_MONONYMS = _words("""Sukarmin Paimin Tugiyo Sumarno Darsono Sriyatun Kasiyem Margono Partini
Sukirno Jumadi Sarmidi Warsito Legiman Suryana""")

_AA_PARTICLE_NAMES = [
    ("Nishantha", "de", "Mel"),
    ("Ruvini", "de", "Zoysa"),
    ("Gilles", "de", "Robillard"),
    ("Manuel", "da", "Ponte"),
    ("Rita", "da", "Silveira"),
    ("Camila", "de la", "Fuente"),
    ("Rodrigo", "del", "Castillo"),
    ("Pilar", "de los", "Ríos"),
    ("Jerome", "dela", "Peña"),
    ("Ernesto", "delos", "Reyes"),
    ("Hafiz", "bin", "Othman"),
    ("Nur Aina", "binti", "Ahmad"),
]

_AA_SUBJECTS = _words(
    """Otolith Ageing|Bycatch Reduction|Acoustic Backscatter|Stock Recruitment|Discard Survival|
Gillnet Selectivity|Sardinella Biomass|Octopus Closures|Grouper Spawning|Purse Seine Effort|
Turtle Entanglement|Lobster Landings|Anchoveta Schools|Capelin Stranding|Cod Rebuilding|
Smoked Bonga Trade|Krill Swarms|Herring Overwintering|Salmon Escapement|
Holothurian Harvests""".replace("\n", ""),
    "|",
)
_AA_METHODS = _words(
    """Virtual Population Analysis|Schaefer Surplus Production|Echo Integration|Delta-Lognormal
CPUE Standardisation|Integrated Catch-at-Age Assessment|Geostatistical Abundance Indices|
Age-Length Keys|Mark-Recapture Designs|Length-Based Spawning Potential Ratios|Close-Kin
Genomics|Electronic Monitoring|Convolutional Echogram Classifiers|Participatory Mapping|
Bootstrapped Catch Curves|State-Space Assessments|Otolith Microchemistry|Management Strategy
Evaluation|Habitat Suitability Envelopes""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_AA_METHODS = [" ".join(m.split()) for m in _AA_METHODS]
_AA_NOUNS = _words(
    "logbook|gazetteer|repository|workbench|register|ledger|compendium|dashboard", "|"
)
_AA_ONE_WORD_TITLES = _words("Landfall Groundswell Spindrift Longline Flotsam Headland Slipway")

_AA_VENUES = [
    "ICASSP",
    "the ICES Journal of Marine Science",
    "Fish and Fisheries",
    "WACV",
    "Canadian Journal of Fisheries and Aquatic Sciences",
    "Marine Policy",
    "OCEANS",
]

_AA_SENTENCES = [
    "Landing sites record {x} only in fair weather, so the official series say little "
    "about {x} in the lean months when the canoes stay ashore.",
    "We develop an estimator built on {m} that recovers {x} from port sampling and "
    "skipper interviews.",
    "Coupling {m} with a length-structured growth constraint keeps the estimates within "
    "what the otoliths allow.",
    "In trials off three coasts, the bias fell by 40% relative to the survey design "
    "currently in use.",
    "The {n} spans {k} landing beaches and is published with the echograms and code.",
    "Earlier assessments pooled gears and seasons, although selectivity differs sharply "
    "between them.",
    "We look again at {x} with the help of {m}.",
    "Cross-validation by vessel shows that the estimator holds up for fleets it was never "
    "fitted to.",
    "Ageing a few hundred otoliths per year, e.g. from market samples, proves enough to "
    "recalibrate it.",
    "Fishers' own knowledge, rather than the mesh regulations, turns out to explain most of {x}.",
    "We describe a {n} for {x} assembled around {m}.",
    "We end with the cases where the acoustics mislead and the ground truthing that would "
    "settle them.",
]

_AA_TITLES = (
    "{w}",
    "{s} via {m}",
    "Inferring {s} from Patchy Port Sampling",
    "{s0}Sounder: {m} for {s}",
    "Is {m} Enough to Track {s}?",
    "The Blind Spots of {m} in {s}",
    "A Shared {N} of {s}",
    "Shifting {sl}",
    "{m} Applied to {s}: Lessons from Artisanal Fleets",
    "Toward Unbiased {s} with Incomplete Logbooks",
    "Joint {m} for {s} and {s2}",
    "{s} beyond the Harbour Wall",
)
_AA_ROLES = ["Affiliate Faculty Member", "Adjunct Research Scientist", "Nansen Fisheries Fellow"]
_AA_UNIVERSITIES = [
    "Université Côtière de Joal-Fadiouth",
    "University of the Southern Atolls",
    "Vestfjord Institute of Fisheries Technology",
]
_AA_TOPICS = [
    "Fisheries Acoustics",
    "Stock Assessment",
    "Bycatch Mitigation",
    "Co-Management of Small-Scale Fisheries",
]
_AA_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works alongside fishing communities on how many "
    "fish the sea holds, how old they are and who gets to catch them, favouring estimates "
    "that skippers and managers can check for themselves."
)
_AA_DEPARTMENT = "Department of Marine Fisheries and Aquaculture"
