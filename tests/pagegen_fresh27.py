"""The twenty-seventh fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entries, copying none of
their words), and who never ran the reader on its pages. Nobody tuning the reader reads this
file or its pages (seeds 32000-32999); it is measured in aggregate only.

Research domain: public health nutrition in humanitarian settings (acute malnutrition
screening, micronutrient supplementation, cash transfers, infant feeding in emergencies).

People's names are written as such people appear on English-language pages, and come from
Somalia and Somaliland, Ethiopia (Amharic, Oromo, Tigrinya, Somali), Eritrea, Djibouti,
Sudan and South Sudan (Dinka, Nuer), Chad, Niger, Mali, Burkina Faso, Mauritania (with the
Hassaniya ``Ould`` and ``Mint``), north-east Nigeria (Kanuri, Hausa, Fulfulde), the DR Congo,
Rwanda, Burundi, Uganda, Kenya (Turkana, Somali, Kikuyu), Malawi, Zambia, Zimbabwe,
Mozambique, Syria (Kurdish too), Lebanon, Jordan, Palestine, Iraq, Yemen, Afghanistan
(Pashto, Dari, Hazaragi), the Rohingya and Bangladesh, Myanmar, Haiti, Venezuela and
Colombia, Honduras and Guatemala (Mayan names too), and Ukraine (one name in Cyrillic).
Some family names are hyphenated, carry an apostrophe or are two words (``Abi Saad``,
``Herrera Vivas``); some given names are two words or hyphenated. The Tuareg ``ag`` and
``walet`` are among the particles. Given names that are also English words are those common
in southern and eastern Africa (``Precious``, ``Given``). Vietnamese, Chinese, Korean and
Japanese names and mononyms (Afghan and Rohingya) are pools of their own, as in the
held-out vocabulary. Organisations mix clusters, field teams, cooperatives, networks,
projects, a company and ministry units, in English, French, Portuguese, Spanish and Haitian
Creole.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AD_GIVEN = _words("""Abdirahman Hodan Faduma Khadar Ubah Nimco Sahra Meseret Tigist Yohannes
Alemayehu Selamawit Mulugeta Gemechu Chaltu Tolera Tesfalem Senait Freweini Mehari Ayanleh Kadra
Awadia Igbal Elfatih Sawsan Akech Nyandeng Majok Achol Gatluak Nyakuoth Mahamat Achta Zenaba
Hadiza Rabiou Aminata Seydou Oumou Boukary Rasmata Wendkouni Vatimetou Falmata Kaltum Modu Hauwa
Jummai Bienvenu Jean-Bosco Aimable Claudine Solange Apio Ekai Nakiru Wambui Muthoni Chikondi
Tiwonge Mphatso Mwila Tatenda Nyasha Zacarias Rami Hiba Ghassan Ziad Rawan Haidar Zahraa Arwa
Gulalai Zalmai Wazhma Qurban Tahmina Rafiqul Thandar Wideline Fritznel Yesenia Kawoq Oksana
Taras Dmytro""")
_AD_GIVEN += ["Jhon Jairo"]  # (a two-word given name)

_AD_FAMILY = _words("""Warsame Hersi Jama Duale Egal Tadesse Gebremedhin Assefa Woldemariam
Gudina Jarso Gebreyesus Tesfamariam Kidane Houmed Elhassan Babiker Deng Garang Gatkuoth Ruei
Abakar Djibrine Issoufou Hamani Keita Diarra Sawadogo Kachalla Danjuma Mukendi Tshibangu Kasongo
Uwimana Nsengiyumva Ndayishimiye Okello Byaruhanga Lomuria Njoroge Ng'ang'a Mkandawire Chirwa
Mulenga Chikwanha Mapfumo Cossa Muianga Al-Khatib Kassab Khoury Obeidat Barghouti Al-Saadi
Bawazir Popalzai Stanikzai Changezi Khatun Chowdhury Htun Kyaw Jean-Baptiste Dorvil Villamizar
Urdaneta Tzul Xiloj Kovalenko""")
_AD_FAMILY += ["Abi Saad", "Herrera Vivas"]  # (two-word family names)

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AD_ACCENTED = [
    ("Aïssata", "Traoré"),
    ("Rasmané", "Ouédraogo"),
    ("Salimata", "Sangaré"),
    ("Mariétou", "Kaboré"),
    ("Boubacar", "Maïga"),
    ("Fatoumata", "Dembélé"),
    ("Nadège", "Célestin"),
    ("Fénel", "Estimé"),
    ("Jean-Rénel", "Pierre-Louis"),
    ("Dieudonné", "Kabasélé"),
    ("Évariste", "Ndikumana"),
    ("Acácio", "Macuácua"),
    ("Tomé", "Nhantumbo"),
    ("Leidy Yohana", "Gutiérrez"),
    ("Yuleisy", "Cárdenas"),
    ("Rosalía", "Xicará"),
    ("Joëlle", "Saadé"),
    ("Élie", "Ghanem"),
    ("Hêvîn", "Şêxo"),
    ("Олена", "Ковальчук"),
]

_AD_ORGS = [
    "Somaliland Nutrition Cluster",
    "The Dollo Ado SMART Survey Team",
    "Coopérative des Femmes Transformatrices de Dori",
    "Réseau Sahélien de Surveillance Nutritionnelle",
    "Cash Working Group (CWG) Yemen",
    "Sahel Ready Foods SA",
    "Repartição de Nutrição do Ministério da Saúde",
    "Mesa Técnica de Nutrición en Emergencias de La Guajira",
    "Rezo Nitrisyon Kominotè Latibonit",
    "Cox's Bazar Nutrition Sector Assessment Team",
    "The MUAC-Only Trial Investigators",
    "Kakuma Infant and Young Child Feeding Project",
]

_AD_WORD_GIVEN = _words("""Patience Precious Blessing Gift Memory Charity Mercy Innocent Lucky
Prudence Justice Fortune Goodness Beauty Trust Obey Pardon Brilliant Knowledge Rejoice Comfort
Given Peace Promise Chance Welcome Talent Witness Favour Clever""")
_AD_WORD_GIVEN_FAMILY = ["Ncube", "Tembo", "Mwale", "Sibanda"]

_AD_VIET_FAMILY = _words(
    "Trịnh Đào Phùng Tăng Hứa Diệp Khổng Giang Đàm Nghiêm Lại Tống Bạch Nông Doãn Thân"
)
_AD_VIET_GIVEN = _words(
    "Kevin Linda Nhung Thủy Hạnh Loan Đức Thắng Nhân Hòa Yến Quang Trâm Phúc Tùng Lộc"
)

_AD_CN_FAMILY = _words("杜 魏 程 吕 丁 沈 任 姚 卢 傅 钟 姜 崔 谭 陆 范 汪 廖 石 贾")
_AD_CN_GIVEN = _words(
    "秀兰 立新 红梅 国强 丽娜 鹏飞 雅婷 晓燕 振华 玉珍 春花 博文 梦琪 子豪 欣然 凯 颖 刚 琳 宏伟"
)
_AD_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남")
_AD_KR_GIVEN = _words("민서 예린 태윤 수빈 준호 다은 성민 혜진 재원 나연")
_AD_JP_FULL = _words("森田健一 石川奈々 前田浩二 藤井結衣 岡田悠真 長谷川智子 村上大和 清水千尋")

_AD_MONONYMS = _words("""Hamidullah Zabihullah Rahmatullah Mohibullah Fazlurrahman Sakhidad
Gulbadin Nazifa Shukria Malalai Rokeya Minara Jannatara Rohima Setara""")

_AD_PARTICLE_NAMES = [
    ("Sidi", "Ould", "Cheikh"),
    ("Mariem", "Mint", "Abdallahi"),
    ("Alhassane", "ag", "Attaher"),
    ("Fadimata", "walet", "Oumar"),
    ("Mahmoud", "Abu", "Ramadan"),
    ("Saleh", "bin", "Break"),
    ("Nour", "Al", "Hourani"),
    ("Yessica", "de la", "Hoz"),
    ("Wilmer", "del", "Cid"),
    ("Karina", "de los", "Ríos"),
    ("Ana Lucía", "de", "Paz"),
    ("Albertina", "dos", "Muchangos"),
]

_AD_SUBJECTS = _words(
    """Severe Wasting|Linear Growth Faltering|Maternal Anaemia|Exclusive Breastfeeding|
Night Blindness|Cash Transfers|Food Vouchers|Nutritional Oedema|Post-Discharge Relapse|
Arm Circumference|Formula Donations|Iodine Deficiency|Zinc Supplementation|Ration Cuts|
Measles Outbreaks|Micronutrient Powders|Famine Mortality|Household Food Insecurity|
Complementary Feeding|Kwashiorkor Onset""".replace("\n", ""),
    "|",
)
_AD_METHODS = _words(
    """Lot Quality Assurance Sampling|Cluster-Randomised Trials|Difference-in-Differences|
Interrupted Time Series|Propensity Score Matching|Regression Discontinuity|Small-Area
Estimation|Multilevel Models|Verbal Autopsy|Cost-Effectiveness Analysis|Process Evaluation|
Stepped-Wedge Designs|Capture-Recapture|Growth Curve Modelling|Instrumental Variables|Bayesian
Geostatistics|Household Economy Analysis|Network Meta-Analysis""".replace("\n", " ").replace(
        "| ", "|"
    ),
    "|",
)
_AD_METHODS = [" ".join(m.split()) for m in _AD_METHODS]
_AD_NOUNS = _words("cohort|dashboard|atlas|codebook|checklist|census|repository|logbook", "|")
_AD_ONE_WORD_TITLES = _words("Rationing Weaning Sustenance Gruel Scarcity Nourishment Satiety")

_AD_VENUES = [
    "Lancet Global Health",
    "Maternal & Child Nutrition",
    "BMJ Global Health",
    "Public Health Nutrition",
    "Food and Nutrition Bulletin",
    "Conflict and Health",
    "Field Exchange",
]

_AD_SENTENCES = [
    "Counting {x} camp by camp is slow, and national surveys blur how {x} differs between "
    "displaced and host households.",
    "We develop an approach built on {m} that tracks {x} from routine clinic registers.",
    "The approach couples {m} with a simple energy-balance model, so its figures stay "
    "credible through a lean season.",
    "In five settlements it cut the misclassification of the usual screening rule by almost "
    "two fifths.",
    "The {n} spans {k} districts and is shared openly together with the analysis code.",
    "Earlier evaluations mostly treat siblings in one household as unrelated, which is rarely "
    "defensible.",
    "Here we look again at {x} using {m}.",
    "Checks suggest that the fitted model holds up in settlements it was never trained on.",
    "Only a few dozen verified measurements were needed to recalibrate it for a new site.",
    "The results point to water and sanitation, rather than food supply alone, as drivers of {x}.",
    "We describe the {n} for {x} that we built with {m}.",
    "We end with the cases where it failed and the extra anthropometric data that would fix them.",
]

_AD_TITLES = (
    "{w}",
    "{s} via {m}",
    "Tracking {s} in Protracted Displacement",
    "{s0}Scan: {m} for {s}",
    "Measuring {s} with {m}: Fit for Purpose?",
    "{s} and the Blind Spots of {m}",
    "A Shared {N} for {s}",
    "Hidden {sl}",
    "{m} and {s}: Findings from Five Camps",
    "Rethinking {s} amid Conflict and Displacement",
    "Pragmatic {m} for {s} and {s2}",
    "{s} beyond the Emergency Phase",
)
_AD_ROLES = ["Core Faculty Member", "Associate Faculty Member", "Wellcome Career Fellow"]
_AD_UNIVERSITIES = [
    "University of Marsabit Highlands",
    "Institut Supérieur de Santé Publique du Sahel",
    "Northgate School of Hygiene and Tropical Medicine",
]
_AD_TOPICS = [
    "Global Health",
    "Humanitarian Nutrition",
    "Maternal and Child Health",
    "Food Security",
]
_AD_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works on hunger in crises, from refugee camps to "
    "drought-struck pastoral areas, with an emphasis on screening and support that community "
    "health workers can run themselves."
)
_AD_DEPARTMENT = "Department of Population Health and Nutrition"
