"""The ninth fresh vocabulary of ``pagegen.py``: seeds 14000-14999 draw from it.

An untouched test set, written on 7 December 2026 by a helper who read neither the reader
(``pubrecords``' profile-page format, its name parsing and word lists) nor its tests, nor any
other vocabulary but the tuning and held-out pools of ``pagegen.py`` (for the pools' format,
sizes and kinds of entry only; two stray outputs showed one line of ``pagegen_fresh8.py``'s
given names and the owner of one fresh8 page, none of which is used here), and who never ran
the reader on these pages. Nobody tuning the reader reads this file or its pages; it is
measured in aggregate only, by the person measuring. It shares no word with the other
vocabularies beyond the closed classes (``pagegen.shared_words``; only the overlaps were
printed while it was checked, never the other pools).

Research domain: river sediment transport and fluvial geomorphology (bedload, gravel bars,
flume experiments, tracer stones, dam removal). Names are written as such people appear on an
English-language page and come from Ghana (Akan, Ewe), Senegal (Wolof), Mali (Bambara), Guinea
(Fula), Kyrgyzstan, Tajikistan, Chechnya, Ossetia, Buryatia, the Faroe Islands, Friesland,
Slovakia, Slovenia, Sorbian Lusatia, Sardinia, Corsica, Occitania, Bengal, Odisha, Assam,
Myanmar (Karen, Shan), Bhutan, the Marshall Islands, Chuuk, Paraguay (Guarani), Chile
(Mapuche), Mexico (Zapotec, Mixtec), Cuba and Puerto Rico. The Chinese family names have a
pinyin from A to L, the Korean ones a romanisation from A to K, the Vietnamese and Japanese
ones from A to L (another set written at the same time takes the rest of the alphabet).
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_N_GIVEN = _words("""Kwadwo Yaa Kojo Fiifi Edem Selasi Elikem Delali Moustapha Sokhna Babacar Khady
Fousseyni Drissa Djeneba Nouhoum Thierno Rouguiatou Djenabou Chyngyz Tilek Meerim Begaiym Bahrom
Sitora Khurshed Zarema Movsar Khamzat Dzerassa Khetag Agunda Batraz Erzhena Dorzho Tuyana Hanus
Beinir Brandur Jildou Tjalling Sybren Juraj Slavomir Zlatica Jure Nejc Mojca Handrij Korla Bjarnat
Bachisio Sisinnio Gonario Vannina Santu Saveriu Bernat Sicard Esclarmonda Anirban Debjani
Tathagata Sohini Sibasish Lipsa Satyabrata Bitopan Nilakshi Pranjal Phuntsho Kezang Jurelang
Bilimon Akapito Kasiano Derlis Sindulfo Panambi Liwen Aukan Bulmaro Eufrosina Ausencio Yunieski
Odalys Yordanis Yaritza Awilda""")

_N_FAMILY = _words("""Acheampong Frimpong Amponsah Dzokoto Tsikata Agbenyega Ndour Thiaw Diagne
Sangare Doumbia Bagayoko Jalloh Diakhaby Abdyldaev Osmonaliev Rahmonzoda Sharipov Gairbekov
Dzhabrailov Gabaraev Tsabolov Tsydenov Badmaev Djurhuus Lamhauge Terpstra Jellema Mlynarik Hudak
Mlakar Hribar Krawc Wjela Atzori Marongiu Quilichini Giacomoni Couderc Bonnafous Chattopadhyay
Bhowmick Lahiri Pattnaik Satpathy Panigrahi Hazarika Borthakur Rajkhowa Gyeltshen Penjor Kijiner
Langidrik Anjain Aisek Esefan Samudio Insfran Villagra Huaiquilaf Antileo Curiqueo Gopar Sibaja
Lavariega Sotolongo Fundora Bacallao Irizarry Carrasquillo Laboy""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_N_ACCENTED = [
    ("Ľuboslav", "Ďurčanský"),
    ("Nuša", "Šuštaršič"),
    ("Měrćin", "Wićaz"),
    ("Sjúrður", "Højgaard"),
    ("Estève", "Bessière"),
    ("Yerutí", "Benítez"),
    ("Caupolicán", "Ñancupil"),
    ("Filemón", "Chiñas"),
    ("Yusimí", "Echemendía"),
    ("Brunilda", "Quiñones"),
    ("Blažej", "Kráľ"),
    ("Matevž", "Potočnik"),
    ("Hilža", "Brězanowa"),
    ("Eyðun", "Nolsøe"),
    ("Ndèye", "Guèye"),
    ("Fodé", "Diakité"),
    ("Hadiatou", "Baldé"),
    ("Rayén", "Ñanculef"),
    ("Miquèl", "Cavalièr"),
    ("Glorimar", "Montañez"),
]

_N_ORGS = [
    "Gravel Tracer Benchmarking Consortium",
    "The Flume Hydraulics Team",
    "Kiesbach Hydrometrie SA",
    "Hollowmere Dam Decommissioning Board",
    "The COBBLE Collaboration",
    "Stonefly Geomorphic Consultants Pty Ltd",
    "Ardlow Hydrometric Station",
    "The Braidplain Wardens",
    "Citizen Pebble Count Network",
    "Valsorra Basin Authority",
    "Streambank Bioengineering Group",
    "Tessellate Aerial Surveying Inc.",
]

_N_WORD_GIVEN = _words("""Norm Love Peace Victory Kindness Gracious Blessed Karma Tucker Gunner
Pleasant Herb Garland Gentry Belle Beau Cotton Darling Heaven Legend Lilac Nova Phoenix Sylvan True
Skipper Wheeler Glover Snow Valiant""")
_N_WORD_GIVEN_FAMILY = ["Fall", "Sow", "Nag", "Swain"]

_N_VIET_FAMILY = _words("La Lam Ca Cát Chúc Hướng Hán Đôn Bì Cái Địch Hàng Giản Cổ Đồ Kiểu")
_N_VIET_GIVEN = _words(
    "Michelle Henry Cẩm Dao Lãm Lụa Nhựt Phấn Phú Phước Sáng Sỹ Thùy Tươi Vỹ Xoan"
)

_N_CN_FAMILY = _words("鲍 敖 池 褚 窦 封 桂 简 匡 栾 连 景 符 贝 姬 寇 郎 廉 蔺 娄")
_N_CN_GIVEN = _words(
    "泓 澜 瑾瑜 嘉禾 承泽 景行 秋实 海川 溪月 听雨 向晚 云帆 砚秋 汀 沅 清漪 明川 观澜 亦舟 晏清"
)
_N_KR_FAMILY = _words("동 감 갈 단 복 빙 초 형 종 동방")
_N_KR_GIVEN = _words("새봄 다온 승완 은채 도경 윤슬 해솔 단비 여울 가람")
_N_JP_FULL = _words("五十嵐湊 桑原琴音 栗原颯真 秋山紬 荒井悠斗 服部千尋 菅野律 片山穂乃花")

_N_MONONYMS = _words("""Ohnmar Yadanar Zarchi Thinzar Thiri Khaing Nilar Sandar Thuzar Kyawswar
Zawlin Htoopaw Ehmwee Wutyi Theingi""")

_N_PARTICLE_NAMES = [
    ("Hallur", "í", "Skorini"),
    ("Ragnvá", "á", "Lakjuni"),
    ("Watse", "van der", "Zwaag"),
    ("Froukje", "de", "Boer"),
    ("Anghjulu", "de", "Casabianca"),
    ("Raimondo", "de", "Martis"),
    ("Guilhem", "de", "Montlaur"),
    ("Osmany", "de la", "Fe"),
    ("Maitén", "del", "Río"),
    ("Kitlang", "de", "Brum"),
    ("Yadiel", "de", "Jesús"),
    ("Rinse", "van der", "Wal"),
]

_N_SUBJECTS = _words(
    """Bedload Flux|Grain Entrainment|Tracer Dispersion|Bank Slumping|Channel Avulsion|
Knickpoint Propagation|Impoundment Drawdown|Dam Removal|Bedform Celerity|Surface Armouring|
Meander Loops|Pier Scour|Clast Rounding|Longitudinal Fining|Floodplain Aggradation|
Riffle Spacing|Delta Progradation|Turbidity Surges|Boulder Toppling|Wood Jams""".replace("\n", ""),
    "|",
)
_N_METHODS = _words(
    """Kite Photogrammetry|Green-Wavelength Topobathymetry|Surface Image Velocimetry|
Grain-Resolving Simulations|Fallout Radionuclide Budgets|Magnetised Cobbles|
Geoelectrical Soundings|Streamside Seismometers|Wolman Pebble Walks|Geochemical Provenancing|
Exner Morphodynamics|RFID Antennas|Acoustic Doppler Profilers|Underwater Hydrophones|
Impact Plate Geophones|Optically Stimulated Luminescence|Cellular Automata|
Multibeam Echosounding""".replace("\n", ""),
    "|",
)
_N_NOUNS = _words(
    "omnibus|portal|showcase|testbench|clearinghouse|storehouse|datasheet|playbook", "|"
)
_N_ONE_WORD_TITLES = _words("Thalweg Oxbow Backwater Headcut Cobblestone Tailwater Braidplain")

_N_VENUES = [
    "WSDM",
    "CIKM",
    "SIGSPATIAL",
    "Geomorphology",
    "Sedimentology",
    "Catena",
    "Sedimentary Geology",
]

_N_SENTENCES = [
    "Bottle grabs of {x} at high stage are slow and hazardous, and afford just a glimpse of "
    "how {x} oscillates across a hydrograph.",
    "We wield {m} to retrieve {x} from differenced DEMs.",
    "A bed-elevation budget tethers {m}, so that the inferred topography stays clear of "
    "unphysical shapes.",
    "In a tilting flume and in upland creeks, the discrepancy with resurveyed beds diminishes "
    "by approximately a fifth.",
    "The {n} encompasses {k} reaches and is freely available under a permissive licence.",
    "Antecedent formulations largely allow gravel fractions to travel solo, neglecting how "
    "cobbles shelter pebbles in their lee.",
    "We reappraise {x}, equipped with {m}.",
    "On holdout creeks, uncalibrated predictions extrapolate tolerably.",
    "With seventy painted clasts, the governing exponents are tightly constrained.",
    "Our tabulations spotlight upstream supply, more than bankfull crest, as the dominant "
    "control on {x}.",
    "We itemise the {n} collated for {x} and its {m} tooling.",
    "In conclusion, we chart the regimes in which the formulation buckles and the "
    "reconnaissance campaigns that can repair it.",
]

_N_TITLES = (
    "{w}",
    "{s} from {m}",
    "Measuring {s} in a Recirculating Flume",
    "{s0}Cast: {m} for {s}",
    "Putting {m} to the Test on {s}",
    "How {m} Fails on {s}",
    "Building an Accessible {N} of {s}",
    "Unsettled {sl}",
    "{m} Applied to {s}: A Tale of Twin Gravel-Bed Creeks",
    "Anticipating {s} Once the Dam Is Breached",
    "Coupling {s} and {s2} with {m}",
    "{s}, Once More",
)
_N_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_N_UNIVERSITIES = [
    "University of Stonemere",
    "Politecnico di Valsorra",
    "Fachhochschule Kiesental",
]
_N_TOPICS = [
    "Fluvial Geomorphology",
    "Hydraulic Engineering",
    "Hydroacoustics",
    "Channel Hydraulics",
]
_N_BIOGRAPHY = (
    "{owner} is an Assistant Professor who tracks gravel and sand through mountain streams, "
    "with a fondness for what becomes of channels once a dam is dismantled."
)
_N_DEPARTMENT = "Department of Geography and Hydraulic Engineering"
