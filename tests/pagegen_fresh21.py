"""The twenty-first fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 7 December 2026 (session 27) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entry only), and who
never ran the reader on its pages. Nobody tuning the reader reads this file or its pages
(seeds 26000-26999); it is measured in aggregate only, by the person measuring.

Research domain: dryland agriculture and irrigation economics (drip irrigation adoption,
groundwater pricing, salinity, crop insurance, water markets, canal and qanat management).

People's names come from the dry farming regions such work is done in and with, written as
such a person appears on an English-language page: Morocco, Tunisia, Egypt, Jordan, Israel,
Oman, Iran, Uzbekistan, Rajasthan, Gujarat and Maharashtra, Western Australia, Andalusia and
Murcia, Puglia, Crete, Cyprus, central Chile, Mendoza, Sonora, Arizona and California's
Central Valley, Xinjiang and Gansu, Korea, Japan and Vietnam's Mekong Delta. Accented names
(French and Spanish spellings, Turkish Cypriot, Uzbek Latin with its turned comma, Persian
and Japanese romanisation with macrons), names with particles, Vietnamese, Chinese
(characters), Korean (Hangul) and Japanese (kanji, no space) names and mononyms (Rajasthani
and Uyghur) are pools of their own. Organisations are the agencies, water users'
associations, irrigation boards, cooperatives, consortia, networks, project and field teams
and companies that author lists of this field name, in English or in the local language.
Universities are invented.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_B_GIVEN = _words("""Youssef Khadija Abdelilah Fatima-Zahra Rachid Soufiane Hajar Zineb Olfa
Wassim Houcine Imen Mahmoud Amr Heba Hossam Nermeen Sherif Rami Lubna Suleiman Tamer Yael Eyal
Noa Avner Itai Ofer Ze'ev Khalfan Ghalib Muna Mehdi Farzaneh Kamran Nasrin Alireza Parisa
Dilshod Nodira Bakhtiyor Shakhnoza Rustam Gulnora Pankaj Bhavna Hitesh Kavita Mahendra Sunita
Jignesh Rupal Vikram Sachin Madhuri Bronwyn Callum Kirsty Lachlan Fuensanta Encarna Alfonso
Macarena Vito Annarita Cosimo Manolis Stavroula Kyriaki Panayiotis Christiana Francisca
Javiera Facundo Mariela Heriberto Yolanda Kelsey Brianna Gurpreet Jaspreet Xiaoyan Jianping
Dilnur Abdukerim Seung-hoon Hyejin Kazuhiro Ayumi""")

_B_FAMILY = _words("""Benali Ouazzani Bennani Lahlou Kabbaj Zitouni Jebali Mejri Bouzid Ayadi
Elshafei Abdelaziz Soliman Fahmy Ragab Tarawneh Majali Haddadin Shawabkeh Al-Zu'bi Tsur Ben-Gal
Shamir Mizrahi Levanon Al-Harthy Al-Busaidi Al-Rawahi Mousavi Jafari Ghorbani Sadeghian Rezaei
Yusupov Ergashev Nurmatov Abdullaeva Choudhary Meena Rathore Desai Jadhav Kulkarni Deshmukh
Shekhawat Parmar Chauhan McFarlane Pritchard Cascales Gallego Carrasco Lopalco Mastrorilli
Capozzi Tsagarakis Kalaitzakis Daskalakis Charalambous Pizarro Oyarzun Funes Encinas Gastelum
Sandhu Dhaliwal Maimaiti Tursun Jeong Kubota Hosokawa""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_B_ACCENTED = [
    ("Aïcha", "Benkirane"),
    ("Hédi", "Chérif"),
    ("Begoña", "Martínez-Ródenas"),
    ("Ginés", "Sáez-Alcaraz"),
    ("Rocío", "Ordóñez"),
    ("Nicolò", "Dell'Aquila"),
    ("Gülşen", "Özkaraman"),
    ("Hüseyin", "Dönmez"),
    ("Gʻayrat", "Xoʻjayev"),
    ("Dilfuza", "Qoʻchqorova"),
    ("Josefina", "Agüero"),
    ("Jesús Ángel", "Quiñones"),
    ("Bahāreh", "Ṣādeqi"),
    ("Saïd", "Aït-Mouloud"),
    ("Mériem", "Gharbi"),
    ("Stélios", "Manoúsakis"),
    ("Kōsuke", "Ōtani"),
    ("Constanza", "Zúñiga"),
    ("Agustín", "Zárate"),
    ("João", "Simões"),
]

_B_ORGS = [
    "Aflaj Inventory Field Team, Ministry of Agriculture and Fisheries",
    "Groupement de Développement Agricole de Sbikha",
    "Comunidad de Regantes del Campo de Cartagena",
    "Consorzio di Bonifica della Capitanata",
    "Junta de Vigilancia del Río Cachapoal",
    "Asociación de Usuarios del Distrito de Riego 041",
    "The Tulare Basin Fallowing Working Group",
    "Hexi Corridor Water-Saving Project Team",
    "Mekong Delta Salinity Monitoring Network",
    "Dryland Crop Insurance Consortium (DCIC)",
    "Qatra Irrigation Systems Ltd.",
    "Cooperativa Vitivinícola Valle de Uco",
]

_B_WORD_GIVEN = _words("""River Rain Storm Sandy Heather Daisy Poppy Lily Mercy Patience Chance
Chase Lane Miles Guy Pat Sue Don Rod Bud Chip Ginger Scout Royal Justice Harmony Cash Crystal
Gale Raven""")
_B_WORD_GIVEN_FAMILY = ["Waters", "Banks", "Oh", "Lowe"]

_B_VIET_FAMILY = _words(
    "Trịnh Phùng Diệp Thạch Danh Hứa Tăng Nghiêm Ông Lạc Từ Giang Khúc Mã Âu Kha"
)
_B_VIET_GIVEN = _words(
    "Kevin Tiffany Thịnh Nhân Phúc Hạnh Quyên Toàn Lộc Nhung Trí Yến Hậu Thanh Cường Uyên"
)

_B_CN_FAMILY = _words("魏 吕 丁 任 沈 姚 牛 苟 雷 段 闫 祁 杜 窦 白 米 沙 哈 孟 石")
_B_CN_GIVEN = _words(
    "国栋 玉兰 红梅 永刚 秀兰 卫东 丽娟 春生 金花 海龙 雪莲 亚楠 振华 润泽 泉 沛然 立新 淑芬 德胜 霞"
)
_B_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남")
_B_KR_GIVEN = _words("상훈 미영 동현 은지 성민 혜진 재원 수빈 영호 다은")
_B_JP_FULL = _words("大塚健二 石川真由美 藤原隆之 岡田千尋 長谷川亮 西村葵 前田浩一 坂本結衣")

_B_MONONYMS = _words("""Hemraj Bhagirath Omprakash Jagdish Sitaram Mangilal Ramniwas Kesharam
Laxmikant Ablimit Nurmemet Tursunay Ekber Gulbahar Muhtar""")

_B_PARTICLE_NAMES = [
    ("Pilar", "de los", "Reyes"),
    ("Rosario", "de la", "Vega"),
    ("Mohamed", "Ben", "Romdhane"),
    ("Abdellatif", "El", "Ghazi"),
    ("Hilal", "bin", "Humaid"),
    ("Giuseppe", "Di", "Pierro"),
    ("Angela", "Lo", "Porto"),
    ("Matías", "de la", "Maza"),
    ("Manuel", "da", "Rosa"),
    ("Tessa", "van", "Rooyen"),
    ("Hamdan", "Al", "Kindi"),
    ("Luciano", "del", "Pozo"),
]

_B_SUBJECTS = _words(
    """Drip Irrigation Adoption|Groundwater Pricing|Salinity Damage|Crop Insurance Uptake|
Water Market Trades|Canal Tail-End Shortfalls|Well Deepening|Deficit Irrigation|
Pump Electricity Subsidies|Date Palm Water Use|Olive Grove Returns|Pistachio Orchard Profits|
Desalinated Water Tariffs|Rainfed Barley Losses|Qanat Maintenance|Farm Pond Investment|
Fallowing Contracts|Cotton Water Footprints|Treated Wastewater Reuse|
Index Insurance Basis Risk""".replace("\n", ""),
    "|",
)
_B_METHODS = _words(
    """Difference-in-Differences Estimators|Regression Discontinuity Designs|
Hedonic Price Models|Choice Experiments|Stochastic Frontiers|Instrumental Variables|
Mathematical Programming Models|Contingent Valuation Surveys|Synthetic Controls|
Agent-Based Models|Randomized Field Trials|Panel Vector Autoregressions|
Stochastic Dynamic Programs|Hydro-Economic Models|Quantile Regressions|Spatial Lag Models|
Mixed Logit Models|Satellite Evapotranspiration Estimates""".replace("\n", ""),
    "|",
)
_B_NOUNS = _words("panel|ledger|census|atlas|cadastre|register|sample|inventory", "|")
_B_ONE_WORD_TITLES = _words("Seepage Overdraft Falaj Khettara Sabkha Tailwater Wellhead")

_B_VENUES = [
    "AAEA",
    "ICID",
    "Agricultural Water Management",
    "the American Journal of Agricultural Economics",
    "Water Resources Research",
    "Irrigation Science",
    "the Australian Journal of Agricultural and Resource Economics",
]

_B_SENTENCES = [
    "Records of {x} are scattered across ministries, and household surveys seldom ask "
    "about {x} at all.",
    "We develop an estimator built on {m} that recovers {x} from electricity bills and "
    "pump-test logs.",
    "The estimator couples {m} with a crop-water production function, so predicted yields "
    "stay within agronomic bounds (about 1.2–1.8 kg per m³).",
    "In three irrigation districts it cuts the mean absolute error of the next-best "
    "alternative by 41%.",
    "Our {n} spans {k} villages, 2009–2021, and is shared under a CC BY 4.0 licence "
    "together with the code.",
    "Previous studies treat each farm's pumping decision in isolation, ignoring the "
    "neighbour's well; we show why that matters.",
    "This paper looks at {x} through {m}, paying attention to smallholders below 2 ha.",
    "Out-of-sample tests show the model carries over to basins it was not fitted on, e.g. "
    "the Souss and the Tensift.",
    "A pilot of only 120 farms is enough to calibrate the subsidy parameters (see Appendix B).",
    "Salt, not rainfall, turns out to drive most of the variation in {x}.",
    "We describe a {n} for {x} estimated with {m}.",
    "We end with policy implications for tariff reform, tradable entitlements and "
    "index-based cover.",
]

_B_TITLES = (
    "{w}",
    "Revisiting {s} with {m}",
    "Measuring {s} from Farm Accounts and Pump Logs",
    "{s0}Cast: {m} for {s}",
    "Who Gains from {s}? Lessons from {m}",
    "When {m} Mislead: The Case of {s}",
    "A Farm-Level {N} of {s}",
    "Thirsty {sl}",
    "{m} and {s}: Evidence from the Souss, the Murray and the Tulare Basin",
    "Rethinking {s} after Ten Lean Harvests",
    "Linking {s} and {s2} via {m}",
    "{s}: Twenty Years On",
)
_B_ROLES = [
    "Principal Investigator",
    "Faculty Affiliate",
    "Fellow of the Water Economics Programme",
]
_B_UNIVERSITIES = [
    "Universidad Politécnica del Secano",
    "Hollowmere University of Agriculture",
    "Institut Agronomique de l'Oued Tensift",
]
_B_TOPICS = ["Agricultural Economics", "Water Policy", "Applied Econometrics", "Risk and Insurance"]
_B_BIOGRAPHY = (
    "{owner} is an Assistant Professor who studies how farmers in dry regions decide what to "
    "irrigate, how much to pump and whether to insure, and how tariffs, quotas and markets "
    "for water change those decisions."
)
_B_DEPARTMENT = "Department of Agricultural and Resource Economics"
