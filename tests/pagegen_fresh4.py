"""The fourth fresh vocabulary of the profile-page generator (``pagegen.py``): seeds 9000-9999.

An untouched test set, like fresh2 and fresh3: it was written on 7 December 2026 by someone
who had not read the reader (``pubrecords.formats.profile_page``), its name data or its
tests' hand-written pages, nor the other vocabularies' pools (only their overlap with this
one was checked, and is empty beyond the closed classes of :func:`pagegen.shared_words`).
It was not made to avoid, or to hit, the reader's word lists. Nobody tuning the reader reads
it or its pages; only aggregate figures are looked at, by the person measuring
(``benchmarks/bench_profile_pages.py --first-seed 9001``).

Research domain: beekeeping and honeybee virology (mites, brood diseases, viruses, foraging,
overwintering), with computational and field methods and apicultural venues.

Name cultures, written as such people appear on English-language pages: given and family
names from the Caucasus (Chechen, Ossetian), Siberia and Central Asia (Buryat, Sakha,
Kyrgyz, Turkmen, Tajik, Uyghur), Bhutan, Laos, Cambodia and the Hmong, southern and western
India (Malayali, Telugu, Kannada, Marathi, Gujarati, Punjabi), Polynesia (Hawaiian,
Tahitian, Māori), Greenland, Frisia, Romansh Switzerland, Sardinia, Galicia, Gaelic
Scotland and Ireland, Brittany, Cornwall, the Faroes, Assyrian and Kabyle communities,
East and southern Africa (Oromo, Dinka, Luo, Kikuyu, Maasai, Chagga, Bemba, Tswana, Sotho,
Venda, Ovambo), Central and West Africa (Congo, Cameroon, Ewe, Fon, Burkina Faso, Mali,
Kanuri, Tiv, Efik, Urhobo, Edo, Ga, Sierra Leone, Liberia) and the Andes and Guatemala
(Aymara, K'iche'); accented names in Turkish, Azerbaijani, Romanian, Polish, Czech, Slovak,
Montenegrin, Lithuanian, Latvian, Estonian, Hungarian, Icelandic, Maltese, Welsh,
Portuguese, Basque, French, Sámi, Yoruba and Slovene spelling; given names that are words,
as virtue names of southern and western Africa (Goodness, Witness, Goodluck) and English
ones (Miles, Sandy, Winter); Vietnamese names, with surnames of Vietnam's Hmong and Tai
peoples; Chinese, Korean and Japanese names in their own script; Afghan and Javanese
mononyms; particle names of Maasai (ole), Irish (Ní), German, Filipino (dela, delos),
Dutch, Brazilian, Italian and Afrikaans families; organisations, some without a kind word,
some named after the pages' subjects. Each pool has the held-out pool's size and shape.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_I_GIVEN = _words("""Aslanbek Zelimkhan Kheda Bair Tsyren Dulma Aital Sardana Aibek Bakyt Merdan
Ogulgerek Firuza Farrukh Parvina Ablikim Ugyen Kinley Jigme Souksavanh Bounmy Chanthy Vannak Anoop
Sreeja Srinivas Manjunath Shwetha Aniket Prajakta Jignesh Gurpreet Simran Kainoa Teva Hinano Tipene
Ngaio Aqqaluk Pipaluk Nivi Wytske Hidde Gian Ursina Mevina Gavino Efisio Breixo Eilidh Caoimhe Tadhg
Eoghan Erwan Ninos Shamiram Lounes Chaltu Gemechu Nyandeng Majok Wanjiku Naserian Mwansa Bwalya
Kagiso Lerato Tumelo Palesa Refilwe Rudzani Tshilidzi Ndapewa Bienvenu Fiston Mawuli Enyonam
Boukary Fatoumata Bakary Bukar Terver Oghenekaro Efe Osaro Eghosa Nii Isatu Alimamy""")

_I_FAMILY = _words("""Gakaev Israilova Tedeev Dorzhiev Ammosov Toktogulov Abdyldaeva Berdiyev Qodirov
Abdukerim Niyaz Tshering Vongphachanh Chea Xiong Moua Menon Pillai Naidu Gowda Hegde Kulkarni
Dhillon Akana Teriitehau Lynge Kleist Wijbenga Caviezel Derungs Pinna Outeiro MacAskill Matheson
Kermarrec Jaouen Trevithick Poulsen Odisho Amrouche Gudina Garang Kuol Okoth Kariuki Massawe
Chileshe Musonda Mokoena Mudau Shikongo Iipinge Kabeya Mulumba Fotso Kamdem Dzidzienyo Dossou
Sawadogo Coulibaly Diarra Effiong Omoregie Tetteh Lamptey Sesay Koroma Flomo Condori Apaza Ixcoy""")

# (written with the non-ASCII letters, to be spelled as entities, lost, or mojibake)
_I_ACCENTED = [
    ("Şükrü", "Aydoğan"),
    ("Gülnar", "Əliyeva"),
    ("Ilinca", "Bălășoiu"),
    ("Grzegorz", "Błaszczyk"),
    ("Květa", "Růžičková"),
    ("Ľubica", "Ďurčová"),
    ("Đorđe", "Šćepanović"),
    ("Rūta", "Vaitkutė"),
    ("Māra", "Ķēniņa"),
    ("Jüri", "Pääsuke"),
    ("Ödön", "Győrfi"),
    ("Sigríður", "Þorvaldsdóttir"),
    ("Ġorġ", "Mifsud"),
    ("Llŷr", "Rowlands"),
    ("Tomé", "Assunção"),
    ("Garbiñe", "Ibarguren"),
    ("Maëlys", "Lemaître"),
    ("Ánne", "Eira"),
    ("Ọlájídé", "Adéyẹmí"),
    ("Tjaša", "Zupančič"),
]

_I_ORGS = [
    "The Varroa Sentinel Network",
    "Hivelink Diagnostics Ltd.",
    "Brood Virome Collaboration",
    "The Apiculture Genomics Team",
    "Queenline Breeders Association",
    "Honeyflow Metrics",
    "Swarmwatch",
    "The Deformed Wing Virus Reference Group",
    "Comb and Cell Society",
    "Mellifera Partners",
    "Waggle Tally",
    "Beeyard Volunteers Federation",
]

_I_WORD_GIVEN = _words("""Goodness Favour Chance Miles Witness Bright Success Praise Delight Freedom
Clement Earnest Ward Winter Gladness Knowledge Sandy Woody Candy Gospel Pardon Rejoice Respect
Clever Brilliant Forget Given Divine Friday Goodluck""")
_I_WORD_GIVEN_FAMILY = ["Phiri", "Chinyama", "Mhlanga", "Lungu"]

_I_VIET_FAMILY = _words(
    "La Kim Chung Vĩnh Hoa Hồng Trình Ưng Dư Ôn Lường Quàng Cầm Giàng Sùng Thào"
)
_I_VIET_GIVEN = _words(
    "Tina Jenny Vân Hoà Quân Nam Tài Phong Tín Dung Liên Chi Đông Khang Ngân Sương"
)

_I_CN_FAMILY = _words("康 万 钱 汤 易 常 贺 赖 文 庞 樊 施 安 颜 倪 严 温 章 鲁 葛")
_I_CN_GIVEN = _words(
    "丹丹 玉兰 书瑶 卫东 桂芳 鹏飞 雪梅 志明 春燕 建华 文静 立伟 思琪 梦洁 雨萱 若彤 宇辰 一凡 子健 明辉"
)
_I_KR_FAMILY = _words("나 지 추 도 소 마 길 연 표 명")
_I_KR_GIVEN = _words("가은 현준 유나 소연 지원 상우 민지 수현 정우 은지")
_I_JP_FULL = _words("藤田美穂 岡本健司 石川千尋 前田浩二 森陽子 長谷川悠斗 清水彩花 近藤亮")

_I_MONONYMS = _words("""Zabihullah Hayatullah Samiullah Ehsanullah Asadullah Wagino Sumiati Tugiyo
Sukirman Pujiati Karsono Marsini Kasmiyati Sukardi Tumiran""")

_I_PARTICLE_NAMES = [
    ("Lekishon", "ole", "Kaelo"),
    ("Caitríona", "Ní", "Bhriain"),
    ("Friedrich", "zum", "Felde"),
    ("Irmgard", "von", "Oertzen"),
    ("Hannelore", "zur", "Mühlen"),
    ("Rhodora", "dela", "Fuente"),
    ("Arnel", "delos", "Reyes"),
    ("Hanneke", "te", "Riele"),
    ("Thaís", "dos", "Prazeres"),
    ("Ottavia", "dei", "Conti"),
    ("Marike", "du", "Toit"),
    ("Maaike", "ten", "Hove"),
]

_I_SUBJECTS = _words(
    """Varroa Infestation|Deformed Wing Virus|Overwintering Losses|Queen Mating Flights|
Foraging Range|Nectar Flow|Swarming Behaviour|Hive Thermoregulation|Melezitose Honeydew|
Acute Bee Paralysis|Nosema Spores|Chalkbrood Prevalence|Viral Spillover|Wax Contamination|
Pesticide Residues|Waggle Dances|Propolis Chemistry|Hypopharyngeal Glands|Bumblebee Viromes|
Sacbrood Transmission""".replace("\n", ""),
    "|",
)
_I_METHODS = _words(
    """Phylodynamic Reconstruction|Quantitative PCR|Integrated Nested Laplace Approximations|
Hidden Semi-Markov Chains|Mel Spectrograms|Capture-Recapture Estimators|Metagenomic Binning|
Pitman-Yor Priors|Persistent Homology|Triplet Margin Losses|Zero-Inflated Negative
Binomials|Infrared Thermography|Accelerometer Loggers|Tree-Structured Parzen Estimators|
Likelihood-Free Calibration|Nanopore Sequencing|Kantorovich Couplings|Discrete-Event
Simulation""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_I_METHODS = [" ".join(m.split()) for m in _I_METHODS]
_I_NOUNS = _words("sampler|gradebook|tracker|yardstick|scorecard|handbook|manifest|folio", "|")
_I_ONE_WORD_TITLES = _words("Beeswax Honeycomb Swarmtime Overwinter Robbing Supersedure Absconding")

_I_VENUES = [
    "PAKDD",
    "ACML",
    "ICPR",
    "Apidologie",
    "Insectes Sociaux",
    "Virus Evolution",
    "Bee World",
]

_I_SENTENCES = [
    "Gauging {x} comb by comb drains beekeepers' afternoons, and yard-level averages obscure "
    "how {x} fluctuates among hives on a single stand.",
    "We describe a workflow resting on {m} that deduces {x} from ordinary colony visits.",
    "It marries {m} with a sparing virological postulate, so its readouts make sense through "
    "harsh winters.",
    "In eleven beekeeping districts it eliminates about forty percent of the errors of the "
    "second-placed tool.",
    "Our {n} profiles {k} apiaries and ships with each notebook.",
    "Typical papers habitually picture colonies in a single yard as isolated, although drifting "
    "workers shuttle mites among them.",
    "We re-examine {x} in light of {m}.",
    "Tests demonstrate that the tuned predictor carries its accuracy into unvisited yards.",
    "Forty marked frames let it be tailored to an unfamiliar breed.",
    "Our hive audits blame forage scarcity, not climate, for most of {x}.",
    "This report introduces a {n} for {x} coded on top of {m}.",
    "To wrap up we pinpoint where it misfires and which hive journals can fix it.",
]

_I_TITLES = (
    "{w}",
    "{s} Unravelled with {m}",
    "Inferring {s} from Hive Entrance Counters",
    "{s0}Scope: {m} for {s}",
    "Does {m} Presage {s}?",
    "Where {m} Falters on {s}",
    "A Crowdsourced {N} of {s}",
    "Humming {sl}",
    "{m} and {s}: Dispatches from Forty Apiaries",
    "Dependable {s} when Hive Visits Are Rare",
    "Joint {m} for {s} and {s2}",
    "{s} Revisited",
)
_I_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_I_UNIVERSITIES = [
    "University of Tarnhollow",
    "Escola Agrária de Vilarinho",
    "Ferncastle Institute of Apiculture",
]
_I_TOPICS = [
    "Insect Virology",
    "Bioacoustics",
    "Computational Epidemiology",
    "Precision Apiculture",
]
_I_BIOGRAPHY = (
    "{owner} is an Assistant Professor who follows honeybee colonies, the viruses they carry "
    "and the beekeepers who tend them, with an eye to diagnostics cheap and quick to run "
    "beside the hive."
)
_I_DEPARTMENT = "Department of Entomology and Apiculture"
