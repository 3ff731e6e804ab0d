"""The twentieth fresh vocabulary of the profile-page generator (seeds 25000-25999).

An untouched test set, written on 7 December 2026 (session 27) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entry), and who never ran
the reader on its pages. Nobody tuning the reader reads it or its pages; it is measured in
aggregate only, by the person measuring.

Research domain: urban air quality and low-cost sensor networks (PM2.5 calibration, traffic
emissions, citizen monitoring, exposure epidemiology). People's names are written as such
people appear on English-language pages, from Lagos and Ibadan, Accra, Nairobi, Addis Ababa,
Johannesburg and Durban, Cairo, Casablanca, Tehran, Lahore and Karachi, Dhaka, Kathmandu,
Colombo, Bangkok, Kuala Lumpur, Jakarta, Ulaanbaatar, Almaty, Kraków, Prague, Budapest,
Athens, Lisbon, Buenos Aires, Bogotá and Lima; accented names, names with particles,
Vietnamese, Chinese, Korean and Japanese names and mononyms have pools of their own, as in
the held-out vocabulary. Organisations are agencies, companies, consortia, a cooperative,
networks, field teams and groups of the field and of these regions, in English or in the
local language. Same pools, sizes and classes as the held-out vocabulary (prefix ``_Z_``).
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_Z_GIVEN = _words("""Oluwaseun Temitope Adewale Folasade Olumide Abimbola Chinonso Nnamdi Uchenna
Kwabena Abena Kojo Adjoa Wambui Otieno Achieng Kiprono Tesfaye Mekdes Getachew Hiwot Dawit Thabo
Nomvula Sipho Lindiwe Bongani Lerato Riaan Prenisha Mahmoud Nourhan Mostafa Heba Khaled Youssef
Meryem Anas Ghizlane Mohsen Shirin Arash Parisa Kaveh Usman Bilal Sana Hira Zubair Mehwish Tanvir
Nusrat Farzana Prakash Sunita Bikash Nuwan Dilini Kasun Thilini Somchai Kanokwan Nattapong Azlan
Hafizah Dewi Batbayar Oyunchimeg Aigerim Nurlan Dinara Yerlan Krzysztof Agnieszka Lenka Gergely
Eszter Giorgos Eleftheria Stavros Rui Mafalda Nuno Facundo Florencia Camilo Juliana Milagros
Renzo""")

_Z_FAMILY = _words("""Adeyemi Ogunleye Akinwande Olatunji Nwosu Chukwuma Mensah Owusu Boateng Quaye
Tetteh Odhiambo Wanjala Kariuki Bekele Tadesse Gebremedhin Woldemariam Ndlovu Dlamini Khumalo
Mokoena Naidoo Pillay Botha Abdelaziz Farouk Ng Benjelloun Alaoui Hosseini Rahimi Moradi Tavakoli
Qureshi Siddiqui Chaudhry Abbasi Rahman Chowdhury Talukder Shrestha Adhikari Gurung Bhattarai
Perera Jayasinghe Wickramasinghe Srisuwan Chaiyasit Ibrahim Subramaniam Santoso Nasution
Ganbaatar Bat-Erdene Nurpeisov Zhakupova Nowak Svoboda Prochazka Nagy Fekete Papadopoulos
Oikonomou Ferreira Ribeiro Restrepo Quispe Acosta Giraldo""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_Z_ACCENTED = [
    ("Paweł", "Kołodziej"),
    ("Šárka", "Procházková"),
    ("Ondřej", "Růžička"),
    ("Bálint", "Szőke"),
    ("Réka", "Fülöp"),
    ("João", "Simões"),
    ("Gonçalo", "Magalhães"),
    ("Agustín", "Domínguez"),
    ("Nicolás", "Peñaloza"),
    ("Riëtte", "Kotzé"),
    ("Saïd", "Benaïssa"),
    ("Grażyna", "Sobczyńska"),
    ("Radka", "Čermáková"),
    ("Ágnes", "Bíró"),
    ("Joaquín", "Ordóñez"),
    ("Fiorella", "Ñaupari"),
    ("Lucía", "Echeverría"),
    ("Vít", "Kubíček"),
    ("Matilde", "Falcão"),
    ("Gyöngyi", "Erdős"),
]

_Z_ORGS = [
    "Harmattan Dust Sensor Collaboration",
    "Nairobi Matatu Emissions Study Group",
    "Kathmandu Valley Brick Kiln Field Team",
    "The Dhaka Commuter Exposure Study Investigators",
    "Red Ciudadana de Monitoreo del Aire de Bogotá",
    "Stowarzyszenie Czyste Powietrze Małopolski",
    "Umoya Sensing (Pty) Ltd",
    "PT Udara Bersih Nusantara",
    "Cooperativa de Taxistas Unidos de Lima Norte",
    "The PM2.5 Co-location Working Group",
    "Almaty City Environmental Monitoring Agency",
    "Karachi Citizens' Air Watch",
]

_Z_WORD_GIVEN = _words("""Blessing Gift Precious Patience Prudence Charity Mercy Comfort Wisdom
Innocent Lucky Promise Favour Justice Goodness Chance Bliss Crystal Destiny Harmony Melody Violet
Daisy Heather Miles Chase Pierce Marshal Unity Sunday""")
_Z_WORD_GIVEN_FAMILY = ["Moyo", "Bello", "Khan", "Mills"]

_Z_VIET_FAMILY = _words(
    "Trịnh Phùng Nghiêm Diệp Giang Chu Hứa Nông Ninh Thân Bạch Tôn Doãn Khổng Đào Tống"
)
_Z_VIET_GIVEN = _words(
    "Kevin Lisa Thắng Yến Nhung Phúc Đức Hạnh Quân Thủy Cường Nhi Vinh Loan Hòa Tùng"
)

_Z_CN_FAMILY = _words("余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 欧阳")
_Z_CN_GIVEN = _words(
    "子豪 雅琪 国强 丽华 建华 春梅 晓燕 志明 秀兰 文杰 梦瑶 博文 紫涵 宏伟 玉兰 斌 佳琪 昊天 欣妍 琳"
)
_Z_KR_FAMILY = _words("전 고 문 양 손 배 백 허 남 심")
_Z_KR_GIVEN = _words("성민 지훈 혜진 동현 수빈 영호 미경 준서 다은 태윤")
_Z_JP_FULL = _words("清水香織 森田亮 長谷川千尋 藤原健一 石川真由美 前田悠斗 岡本奈々 西村和也")

_Z_MONONYMS = _words("""Sukardi Juwariyah Suprapto Mardiyah Pujiastuti Sumarno Triyono Haryati
Subagyo Poniman Sriyani Wartini Kusumawati Enkhtuya Dashdondog""")

_Z_PARTICLE_NAMES = [
    ("Wynand", "van der", "Merwe"),
    ("Hanlie", "du", "Toit"),
    ("Siti Aisyah", "binti", "Kamaruddin"),
    ("Mariana", "dos", "Reis"),
    ("Duarte", "da", "Cunha"),
    ("Juan Pablo", "de la", "Torre"),
    ("Catalina", "del", "Castillo"),
    ("Hassan", "al", "Khatib"),
    ("Abdelilah", "el", "Idrissi"),
    ("Rodrigo", "de", "Sá"),
    ("Martina", "de los", "Ríos"),
    ("Riaan", "van", "Zyl"),
]

_Z_SUBJECTS = _words(
    """Sensor Drift|Fine Particulate Matter|Traffic Emissions|Nitrogen Dioxide|Ozone Episodes|
Black Carbon|Personal Exposure|Humidity Artefacts|Household Air Pollution|Brick Kiln Plumes|
Diesel Exhaust|Dust Resuspension|Commuter Exposure|Biomass Burning|Indoor Ventilation|
Pollution Hotspots|Asthma Admissions|Winter Smog|Street Canyons|Ultrafine Particles""".replace(
        "\n", ""
    ),
    "|",
)
_Z_METHODS = _words(
    """Quantile Regression|Generalized Additive Models|Land-Use Regression|Dynamic Time Warping|
Co-Kriging|Mixture Density Networks|Temporal Convolutional Networks|Hidden Markov Models|
Empirical Mode Decomposition|Positive Matrix Factorization|Distributed Lag Models|
Geographically Weighted Regression|Domain Adaptation|Isolation Forests|Copula Models|
Functional Data Analysis|Koopman Operators|Extreme Learning Machines""".replace("\n", ""),
    "|",
)
_Z_NOUNS = _words(
    "repository|notebook|dashboard|codebook|compendium|workbench|gazetteer|logbook", "|"
)
_Z_ONE_WORD_TITLES = _words("Smogbound Soot Tailpipe Breathless Haze Kerbside Inversion")

_Z_VENUES = [
    "SenSys",
    "IPSN",
    "ECML PKDD",
    "Atmospheric Measurement Techniques",
    "Environmental Science & Technology",
    "Atmospheric Environment",
    "Environmental Health Perspectives",
]

_Z_SENTENCES = [
    "Reference monitors for {x} are few and costly, so city maps of {x} often rest on a "
    "handful of stations.",
    "We develop a calibration scheme built on {m} that recovers {x} from the raw signals of "
    "inexpensive sensors.",
    "It couples {m} with a correction for relative humidity, so the calibrated series hold "
    "up through the rainy season.",
    "Over a year-long co-location in two cities, it cuts the mean bias of the manufacturer's "
    "PM2.5 correction from 14 µg/m³ to under 5 µg/m³.",
    "We publish a {n} of {k} co-located sites, with firmware versions and field notes.",
    "Many calibrations are fitted in one season and silently applied in the next, where they "
    "break down.",
    "We frame {x} as a problem for {m}.",
    "Volunteers (e.g. taxi drivers and street vendors) carried the units to districts where "
    "no reference instrument was ever installed.",
    "Two weeks of side-by-side readings at a roadside station are enough to recalibrate a "
    "drifting unit.",
    "Traffic volume, rather than wind speed, explains most of the variation in {x}.",
    "We describe a {n} for {x} that relies on {m}.",
    "We end with the cases our approach gets wrong and the measurements that would settle them.",
]

_Z_TITLES = (
    "{w}",
    "{s} via {m}",
    "Mapping {s} with a Dense Low-Cost Sensor Network",
    "{s0}Cast: {m} for {s}",
    "Can We Trust {m} for {s}?",
    "Pitfalls of {m} for {s}",
    "An Open {N} of {s}",
    "Invisible {sl}",
    "Revisiting {s} with {m}: Evidence from Five Megacities",
    "Towards Trustworthy {s} Estimates from Drifting Sensors",
    "Joint {m} for {s} and {s2}",
    "{s} beyond the Reference Monitor",
)
# (the roles are the layout's fixed header, as in the held-out vocabulary)
_Z_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_Z_UNIVERSITIES = [
    "Universidad Técnica de Montenebro",
    "Kilimani Institute of Science and Technology",
    "Polytechnic University of Zarevka",
]
_Z_TOPICS = [
    "Environmental Sensing",
    "Exposure Science",
    "Atmospheric Chemistry",
    "Urban Informatics",
]
_Z_BIOGRAPHY = (
    "{owner} is an Assistant Professor who measures the air that city residents breathe, from "
    "roadside dust to kitchen smoke, and builds low-cost sensor networks whose readings "
    "communities and health agencies can trust."
)
_Z_DEPARTMENT = "Department of Environmental Health and Engineering"
