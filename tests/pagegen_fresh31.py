"""The thirty-first fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader
reads this file or its pages; it is measured in aggregate only. Seeds 36000-36999 draw from it
(:data:`pagegen.FRESH31`).

Research domain: medieval and early-modern economic history (price series, guild records,
probate inventories, monetary debasement).

People's names come from England, Scotland, Wales and Ireland, the Netherlands and Flanders,
northern and southern Germany, Austria, Switzerland, Italy (Venice, Florence, Naples, Sicily),
Spain (Castile, Catalonia, Valencia, the Basque Country), Portugal, France (Occitania,
Brittany, Alsace), Poland, Bohemia, Hungary, Croatia (Dalmatia), Greece, Turkey (Ottoman
studies), Egypt, Morocco, Iran, India (Mughal studies), China (Ming and Qing studies), Japan
(Edo studies) and Korea (Joseon studies), and from their scholars in the United States,
Canada, Israel, Argentina and Australia, written as such a person appears on an
English-language page; the Vietnamese, Chinese, Korean and Japanese names, the mononyms
(Javanese and Tamil), the accented names and the names with particles are pools of their own,
as in the held-out vocabulary. Organisations are named as this field's author lists name them,
in English or in the local language. Every entry is invented for this set.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AH_GIVEN = _words("""Edmund Harriet Nigel Rosamund Alistair Fiona Hamish Morag Rhodri Gethin
Bethan Cormac Aoife Ciaran Geert Marijke Lieven Katrien Hendrika Hartmut Gudrun Reinhard
Waltraud Annegret Florian Leopold Reto Ursina Girolamo Lucrezia Fabrizio Ottavia Gennaro Rosario
Benedetta Alvaro Consuelo Fermin Pere Vicente Iker Maite Edurne Rui Duarte Leonor Gaetan Solene
Ronan Corentin Wojciech Agnieszka Tadeusz Vojtech Jitka Gabor Zoltan Tomislav Vesna Panagiotis
Despina Stavros Murat Elif Ebru Khaled Hoda Driss Latifa Farhad Shirin Kaveh Sanjay Muzaffar
Lakshmi Anirudh Kavita Wenjie Hongbin Takeshi Noriko Seung-hoon Jiyoung Bradley Yael Avner
Facundo Agustina Bronwyn""")

_AH_FAMILY = _words("""Pennington Ashcroft Thwaites Greenhalgh Urquhart Buchanan McCandless
Pritchard Vaughan Donnelly Kavanagh Mulcahy Verbeke Dekker Claeys Vermeulen Hoogendoorn Kessler
Lindemann Hufnagel Pichler Moosbrugger Zurbriggen Whitaker Morosini Guicciardi Esposito
Scaglione Tornielli McAllister Villanueva Garmendia Echevarria Castells Ferrando Arriaga
Pimentel Sequeira Rouquette Guillou Schaeffer Grabowski Zawadzki Prochazka Kucera Farkas Halasz
Radic Babic Theodorou Ben-Ami Aksoy Demirci Mansour Shafik Benkirane Tazi Mahdavi Rostami
Siddiqui Deshpande Pillai Bhattacharya Hsieh Shen Okamura Nishikawa Baek Tremblay Shapira
Etcheverry""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AH_ACCENTED = [
    ("Pádraig", "Ó Ceallaigh"),
    ("Siân", "Gruffydd"),
    ("Gyöngyi", "Szőllősi"),
    ("Přemysl", "Kořínek"),
    ("Dubravka", "Šimunović"),
    ("Nekane", "Zuñiga"),
    ("Jaume", "Ferrer i Solà"),
    ("João", "Magalhães"),
    ("Estève", "Castèth"),
    ("Gwenaëlle", "Kerhervé"),
    ("Lucienne", "Kœchlin"),
    ("Günther", "Weißgerber"),
    ("Urs", "Bärtschi"),
    ("Franziska", "Höllrigl"),
    ("Tuğçe", "Karaağaç"),
    ("İpek", "Yavuzdoğan"),
    ("Jadwiga", "Ślęzak"),
    ("Concepción", "Bermúdez"),
    ("Amparo", "Martí"),
    ("Niccolò", "Cantù"),
]

_AH_ORGS = [
    "The Hanseatic Ledgers Project",
    "Arbeitskreis Spätmittelalterliche Münzfunde",
    "Gruppo di Ricerca sulla Zecca Veneziana",
    "Equip d'Història Agrària del Vallès",
    "Probate Inventory Transcription Team",
    "Ottoman Price Registers Working Group",
    "Stichting Historische Graanprijzen",
    "Fenland Parish Archives Ltd.",
    "Red de Historia Monetaria de Castilla",
    "Qing Grain Price Database Team",
    "The MEDIPRICE Collaboration",
    "Cooperativa Archivi Siciliani Soc. Coop.",
]

_AH_WORD_GIVEN = _words("""Chase Miles Lily Daisy Violet Heather Myrtle Willow Poppy Crystal
Harmony Patience Prudence Mercy Charity Constance Buck Chip Lance Pierce River Rusty Sandy Storm
Mason Guy Nick Pat Ginger Cherry""")
_AH_WORD_GIVEN_FAMILY = ["Lamb", "Yip", "Crane", "Sethi"]

_AH_VIET_FAMILY = _words(
    "Trịnh Lại Phùng Khúc Giang Tăng Chu Hứa Âu Diệp Nghiêm Doãn Tống Nông Ninh Phó"
)
_AH_VIET_GIVEN = _words(
    "Michael Anna Thắng Hoa Nhung Tùng Cường Yến Quang Huyền Đức Thủy Nam Hạnh Việt Loan"
)

_AH_CN_FAMILY = _words("杜 叶 程 魏 蘇 吕 丁 任 沈 姚 盧 姜 崔 鍾 谭 陆 汪 范 金 欧阳")
_AH_CN_GIVEN = _words(
    "文清 秋月 子墨 明德 立群 永康 淑芬 美玲 國棟 春华 云飞 宏 颖 琳 鹏 雪梅 振宇 志明 晓燕 彦廷"
)
_AH_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남궁")
_AH_KR_GIVEN = _words("성민 혜진 동현 수빈 영호 미경 준서 다은 재훈 은지")
_AH_JP_FULL = _words("岡田健一 森下美和子 石川宗一郎 長谷川裕子 前田宏 清水千尋 福田勝彦 池田雅史")

_AH_MONONYMS = _words("""Suwardi Sunarti Wiyono Sukarjo Parmini Rusmanto Tarmuji Palaniappan
Kannan Murugesan Thangavel Arumugam Selvaraj Anbalagan Vijayalakshmi""")

_AH_PARTICLE_NAMES = [
    ("Griet", "van der", "Straeten"),
    ("Adelheid", "von", "Hohenberg"),
    ("Ottavio", "degli", "Alberti"),
    ("Montserrat", "de", "Cabanyes"),
    ("Rocío", "de los", "Ríos"),
    ("Joana", "das", "Neves"),
    ("Karim", "el", "Fassi"),
    ("Nabil", "al", "Qadi"),
    ("Sidonie", "de", "Montauban"),
    ("Wouter", "ten", "Brinke"),
    ("Hanneke", "van 't", "Hof"),
    ("Beatrice", "da", "Ponte"),
]

_AH_SUBJECTS = _words(
    """Grain Prices|Guild Membership|Probate Inventories|Coinage Debasement|Real Wages|
Rural Credit|Bullion Flows|Wool Exports|Market Integration|Urban Rents|Tithe Receipts|
Dowry Contracts|Silver Mining|Toll Registers|Harvest Failure|Household Consumption|
Bills of Exchange|Famine Relief|Mint Output|Interest Rates""".replace("\n", ""),
    "|",
)
_AH_METHODS = _words(
    """Hedonic Regression|Cointegration Tests|Record Linkage|Structural Break Detection|
Wavelet Analysis|Difference-in-Differences|Instrumental Variables|Social Network Analysis|
Handwritten Text Recognition|Quantile Regression|Vector Autoregressions|Multiple Imputation|
Synthetic Control Methods|Error Correction Models|Geographic Information Systems|
Bayesian Change-Point Models|Latent Class Analysis|Index Number Theory""".replace("\n", ""),
    "|",
)
_AH_NOUNS = _words(
    "database|transcription|gazetteer|codebook|concordance|deflator|repository|calendar", "|"
)
_AH_ONE_WORD_TITLES = _words("Reckoning Seigniorage Tallies Arrears Usury Scarcity Gleaning")

_AH_VENUES = [
    "the Economic History Review",
    "Explorations in Economic History",
    "the Journal of Economic History",
    "Cliometrica",
    "the European Review of Economic History",
    "Histoire & Mesure",
    "Jahrbuch für Wirtschaftsgeschichte",
]

_AH_SENTENCES = [
    "Evidence on {x} survives in scattered account rolls, and national series hide how {x} "
    "differed from one town to the next.",
    "We develop an approach built on {m} that recovers {x} from notarial and manorial records.",
    "The approach joins {m} to a few accounting identities, so that its estimates remain "
    "credible in the decades after 1348.",
    "Between c. 1450 and 1650 it narrows the gap with independent benchmarks by about two fifths.",
    "We publish a {n} of {k} parishes together with our editorial conventions.",
    "Earlier scholarship often reads each ledger in isolation, as though merchants never dealt "
    "with one another.",
    "We reconsider {x} in the light of {m}.",
    "Out-of-sample checks show that the estimates hold for towns whose books were not used in "
    "fitting.",
    "Only a few dozen hand-coded entries are needed to extend the scheme to a new archive.",
    "The pattern points to the crown's fiscal needs, rather than to harvests, as the driver of "
    "{x}.",
    "The paper describes a {n} for {x} assembled with {m}.",
    "We end by noting where the sources fall silent and which collections could fill the gaps.",
]

_AH_TITLES = (
    "{w}",
    "{s} Revisited with {m}",
    "Reconstructing {s} from Fragmentary Account Books",
    "{s0}Base: {m} for {s}",
    "What Can {m} Reveal about {s}?",
    "The Uses and Abuses of {m} in the Study of {s}",
    "A New {N} of {s}, 1300–1700",
    "Forgotten {sl}",
    "{m} and {s}: Evidence from Three Hanseatic Ports",
    "“Good and Lawful Money”: {s} in Early Modern Europe",
    "Comparing {s} and {s2} through {m}",
    "{s} in the Age of the Black Death",
)
_AH_ROLES = [
    "Research Fellow",
    "Affiliate Member of the Centre for Monetary History",
    "Canada Research Chair in Pre-Industrial Economies",
]
_AH_UNIVERSITIES = [
    "University of Ravensworth",
    "Università degli Studi di Valmarecchia",
    "Rijksuniversiteit Oosterschelde",
]
_AH_TOPICS = ["Economic History", "Numismatics", "Historical Price Statistics", "Digital Archives"]
_AH_BIOGRAPHY = (
    "{owner} is an Assistant Professor who reconstructs prices, wages and money in medieval "
    "and early modern economies, reading guild books, probate inventories and mint accounts "
    "with methods whose assumptions other historians can check."
)
_AH_DEPARTMENT = "Department of Economic and Social History"
