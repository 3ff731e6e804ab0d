"""The twenty-eighth fresh vocabulary of the profile-page generator (``pagegen.FRESH28``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader
reads this file or its pages; it is measured in aggregate only, by the person measuring.

Domain: pharmacovigilance and drug safety (adverse event reporting, signal detection,
post-marketing surveillance, medication errors). Its pools have the held-out pools' sizes
and classes.

Names come from Scandinavia (Danish, Swedish, Norwegian, Sami), Germany and the Low
Countries, Poland, Czechia, Hungary, Romania, Greece, Italy (Sicily and Sardinia too), Spain
(Andalusia, the Canaries), Portugal, France and its overseas regions (Réunion, Martinique,
Guadeloupe, French Guiana, New Caledonia), Quebec and Acadia, Louisiana, Mexico (Yucatec
Maya and Nahuatl speakers too), the Dominican Republic, Puerto Rico, Argentina, Uruguay,
Paraguay (Guarani too), Cape Verde, Angola, Mozambique, Goa, Macau, Timor-Leste, Lebanon,
Armenia and its diaspora, the Philippines (Tagalog, Ilocano, Cebuano), Malaysia (Chinese,
Malay and Tamil Malaysians), Singapore, Taiwan, Japan, South Korea and Vietnam, written as
such a person appears on an English-language page: hyphenated and two-word given names
(Marie-Pier, Chee Keong, Ma. Teresa), lowercase Korean second syllables (Dong-hyun),
apostrophes and inner capitals (D'Souza, LeBlanc), very short family names (Uc, Ng),
traditional Chinese characters and a two-character family name (歐陽), a two-syllable
Korean family name (남궁), particles such as "van 't", "a/l", "binti", "degli" and
capitalised "De", "La", "Le", and organisations in English and in the local languages.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AE_GIVEN = _words("""Mette Troels Signe Kasper Ebba Hampus Ylva Torunn Eivind Kjersti Audun Elle
Biret Ailo Mihkkal Gesine Wolfram Annegret Jannik Friederike Wouter Sjoerd Lieke Jelle
Jadwiga Wojciech Grzegorz Agnieszka Vojtech Blanka Ondrej Gergely Eszter Csilla Ioana Razvan
Stavros Panagiotis Chrysoula Calogero Rosalia Efisio Bachisio Gavino Macarena
Yaiza Ayoze Echedey Duarte Leonor Ludivine Maxence Gwenaelle Jean-Hugues Marie-Pier Guylaine
Clovis Jolene Citlali Tonatiuh Ixchel Yokasta Wilkin Xiomara Coralys Lautaro Milagros Arami
Yvoty Nzola Ivanilda Agnelo Filomeno Rabih Nayla Tigran Lusine Maricel Jonalyn Shu-Fen Haruka
Ryota Dong-hyun Jeslyn Azlina Kavitha Saravanan""")
_AE_GIVEN += ["Ma. Teresa", "Chee Keong"]  # (two-word given names, as their owners write them)

_AE_FAMILY = _words("""Frandsen Bundgaard Juhl Lundgren Hellberg Almqvist Haugen Fossum Aasen Somby
Gaup Utsi Oskal Hufnagel Brinkmann Ziegenbein Verbeek Claeys Dhondt Vandenbroucke Szczepanik
Pietrzak Chmielewska Sedlacek Kratochvil Farkas Szalai Munteanu Dumitrascu Papadimitriou
Chatzigeorgiou Licata Pinna Atzori D'Alessandro Benjumea Betancor Perdomo Semedo Nhantumbo
D'Souza Rebello Ximenes Leong Hoarau Grondin Bellance Jalton Tjibaou Wamytan LeBlanc Robichaud
Boudreaux Fontenot Canul Uc Xochitiotzin Almonte Irizarry Etchegaray Nassar Hovhannisyan
Ter-Petrosyan Dimaculangan Agbayani Cabahug Ooi Hsieh Morikawa Jeon Krishnan""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AE_ACCENTED = [
    ("Máret", "Hætta"),
    ("Ditte", "Østergård"),
    ("Åsa", "Wahlström"),
    ("Bjørg", "Ødegård"),
    ("Jörg", "Strauß"),
    ("Daniëlle", "IJsselmuiden"),
    ("Grażyna", "Sołtysiak"),
    ("Přemysl", "Kučera"),
    ("Ildikó", "Lőrincz"),
    ("Ștefania", "Țăranu"),
    ("Nicolò", "Cutrì"),
    ("Tanausú", "Domínguez"),
    ("Rocío", "Galán"),
    ("Gonçalo", "Colaço"),
    ("Jean-Noël", "Técher"),
    ("Évangéline", "Thériault"),
    ("Nicté", "Canché"),
    ("Ñasaindy", "Cáceres"),
    ("Graça", "Macuácua"),
    ("Joëlle", "Saadé"),
]

_AE_ORGS = [
    "Centro Regionale di Farmacovigilanza della Sardegna",
    "Centre Régional de Pharmacovigilance Antilles-Guyane",
    "Nordic Drug Safety Signal Network (NorSig)",
    "Grupo Andaluz de Errores de Medicación",
    "Polska Grupa Badawcza Bezpieczeństwa Farmakoterapii",
    "Brigada Comunitaria de Farmacovigilancia de Yucatán",
    "Cooperativa Farmacêutica de Luanda, CRL",
    "Nagahama Yakuhin Co., Ltd.",
    "Projeto Sentinela Lusófono",
    "Cellule de pharmacovigilance, ARS La Réunion",
    "PhilVigil Field Surveillance Team, Region VII",
    "Gyógyszerbiztonsági Kutatócsoport",
]

_AE_WORD_GIVEN = _words("""Love Ask Storm Floor Till Constant Lance Precious Lovely Honey Cherry Jewel
Angel Charity Princess Marvel Candy Apple Crystal Jade Rainbow Winter Prudence Patience Clement
Ken Chase Miles Rusty Sunshine""")
_AE_WORD_GIVEN_FAMILY = ["Low", "Ang", "Ng", "Sy"]

_AE_VIET_FAMILY = _words(
    "Nghiêm Lại Khúc Chu Âu Giang Tăng Phùng Hứa Thân Trịnh Đàm Khổng Ninh La Nông"
)
_AE_VIET_GIVEN = _words(
    "Vincent|Catherine|Thắng|Nhung|Phúc|Quyên|Lộc|Huyền|Toàn|Diệp|Nhân|Yến|Thịnh|Kiên|Thị Oanh|Đức",
    "|",
)

_AE_CN_FAMILY = _words("葉 蕭 簡 賴 莊 呂 鍾 邱 游 詹 魏 溫 傅 沈 盧 廖 顏 柯 翁 歐陽")
_AE_CN_GIVEN = _words(
    "怡君 雅婷 家瑋 冠宇 淑芬 志豪 美玲 承恩 宜蓁 柏翰 佩珊 俊宏 靜怡 宗翰 惠雯 建宏 心怡 佳穎 韜 瑜"
)
_AE_KR_FAMILY = _words("전 고 문 양 손 배 백 허 노 남궁")
_AE_KR_GIVEN = _words("예린 도현 하린 준서 서진 민재 윤서 태윤 수빈 재원")
_AE_JP_FULL = _words("清水優子 長谷川涼 藤原千尋 石川悠人 岡田真由美 前田駿 村上葵 森千夏")

_AE_MONONYMS = _words("""Kalaiselvi Muniandy Rajeswary Thanaletchumi Vellasamy Saraswathy Periasamy
Norhayati Rosnani Hasnah Rohaizat Zaiton Suppiah Letchumy Puvaneswary""")

_AE_PARTICLE_NAMES = [
    ("Merel", "van 't", "Riet"),
    ("Jens", "De", "Clercq"),
    ("Gesa", "von dem", "Bussche"),
    ("Gaetano", "La", "Mantia"),
    ("Kumaravel", "a/l", "Subramaniam"),
    ("Siti Hajar", "binti", "Kamaruddin"),
    ("Aniceto", "dos", "Reis"),
    ("Marie-Ève", "de", "Repentigny"),
    ("Rodel", "de los", "Reyes"),
    ("Annick", "Le", "Goff"),
    ("Itzel", "de la", "Garza"),
    ("Ippolita", "degli", "Uberti"),
]

_AE_SUBJECTS = _words(
    """Liver Injury|Dispensing Errors|Vaccine Reactogenicity|Opioid Overdose|Anticoagulant
Bleeding|Pregnancy Exposures|Cutaneous Reactions|Drug Interactions|Renal Toxicity|Counterfeit
Medicines|Product Recalls|Cardiac Arrhythmias|Suicidality Warnings|Biosimilar Switching|
Polypharmacy Harms|Reporting Delays|Anaphylaxis Clusters|Herbal Supplement Toxicity|
Antipsychotic Weight Gain|Lactation Safety""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_AE_SUBJECTS = [" ".join(s.split()) for s in _AE_SUBJECTS]
_AE_METHODS = _words(
    """Disproportionality Analysis|Bayesian Shrinkage|Tree-Based Scan Statistics|Self-Controlled
Case Series|Sequential Probability Ratio Tests|Propensity Score Matching|Clinical Text Mining|
Case-Crossover Designs|Empirical Bayes Screening|Knowledge Graph Embeddings|Named Entity
Recognition|Target Trial Emulation|Instrumental Variables|Negative Control Outcomes|Interrupted
Time Series|Probabilistic Record Linkage|Duplicate Report Detection|Change-Point Detection""".replace(
        "\n", " "
    ).replace("| ", "|"),
    "|",
)
_AE_METHODS = [" ".join(m.split()) for m in _AE_METHODS]
_AE_NOUNS = _words("database|cohort|lexicon|dashboard|ontology|checklist|codebook|repository", "|")
_AE_ONE_WORD_TITLES = _words(
    "Dechallenge Nocebo Thalidomide Idiosyncrasy Causality Vigilance Tolerability"
)

_AE_VENUES = [
    "Drug Safety",
    "AMIA",
    "MEDINFO",
    "Pharmacoepidemiology and Drug Safety",
    "the British Journal of Clinical Pharmacology",
    "CHIL",
    "Therapeutic Advances in Drug Safety",
]

_AE_SENTENCES = [
    "Spontaneous reports capture {x} only when a clinician thinks to file them, so national "
    "databases understate the true burden of {x}.",
    "We develop a screening procedure built on {m} that surfaces candidate signals of {x} in "
    "free-text case narratives.",
    "The procedure couples {m} with a masking step for reactions already on the label, which "
    "curbs false alarms after media attention.",
    "In five national databases it flagged confirmed safety issues a median of eleven months "
    "before the label change.",
    "We share a {n} of {k} reference drugs with adjudicated causality so that competing screens "
    "can be benchmarked.",
    "Classical disproportionality statistics treat every report as independent, although "
    "duplicates and stimulated reporting are common.",
    "In this study, we approach {x} with {m}.",
    "Validation against electronic health records confirms that the screen holds up outside "
    "the reporting system.",
    "Even a small reviewed sample of narratives proves enough to recalibrate the thresholds.",
    "Our analysis ties {x} to prescribing habits rather than to patient frailty.",
    "This report documents a {n} for {x} assembled with {m}.",
    "We end with the cases the screen misses and the linked data regulators would have to provide.",
]

_AE_TITLES = (
    "{w}",
    "{s} via {m}",
    "Detecting {s} in Spontaneous Reports",
    "{s0}Watch: {m} for {s}",
    "Should {m} Flag {s}?",
    "Pitfalls of {m}: The Case of {s}",
    "A Curated {N} on {s}",
    "Hidden {sl}",
    "{m} versus {s}: Lessons from Five Registries",
    "Revisiting {s} with Incomplete Case Narratives",
    "Harmonised {m} for {s} and {s2}",
    "{s} after Licensure",
)
_AE_ROLES = ["Core Industry Member", "Associate Industry Member", "Affiliate Member"]
_AE_UNIVERSITIES = [
    "University of Hallingford",
    "Université de Beaurivage",
    "Escola Superior de Saúde de Miranduba",
]
_AE_TOPICS = [
    "Pharmacoepidemiology",
    "Health Informatics",
    "Causal Inference",
    "Regulatory Science",
]
_AE_BIOGRAPHY = (
    "{owner} is an Assistant Professor who studies the harms of medicines once they reach the "
    "market, from the reports that patients and pharmacists send in to the records of "
    "hospitals, and builds screening tools that regulators can audit."
)
_AE_DEPARTMENT = "Department of Clinical Pharmacology and Toxicology"
