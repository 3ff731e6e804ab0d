"""The seventeenth fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
its word lists and tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader reads
this file or the pages made from it (seeds 22000-22999); it is measured in aggregate only.

Domain: seagrass restoration and blue carbon accounting (shoot transplants, sediment cores,
eelgrass wasting disease, drone mapping). People's names come from the Algarve, Morocco
(Amazigh and Arabic families), Djerba, Montenegro, Adjara, Bahrain, Qatar, Kuwait, the
Andaman Islands, Goa, Lakshadweep, Bicol and the Visayas, Papua (Indonesia), Indo-Fijian
families, Guam (Chamorro), the Northern Marianas, Alaska (Yup'ik, Tlingit), Haida Gwaii,
Chiloé, Patagonia and the Falklands, written as such a person appears on an
English-language page. The pools have the held-out pools' sizes and classes.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_W_GIVEN = _words("""Rodrigo Matilde Afonso Graciete Arminda Belmiro Lurdes Custodio Florbela Tanirt
Yuba Tafsut Anzar Yidir Younes Khadija Hicham Soufiane Zineb Ghita Othmane Mehdi Moncef Nejla
Wassim Houda Chokri Sarra Lotfi Vuk Milica Radomir Danilo Andrija Dragana Gela Natela  Jassim
Noora Ghanim Mubarak Shaikha Sabika Nawaf  Debashis Suparna Partha Tapasi Savio Gaurish
Pratiksha Sanket Caetano  Haneefa Shameem Safiya Attakoya Muthukoya Jonalyn  Junrey Mylene
Reylan Nenita Yohanis Fransina Yakobus Marthen Selpius  Ravinesh Shalini Ashneel Krishneel
Sanjeshni Vicente Rosalinda Joaquin  Ayaprun Nuqarrluk Jaalen Gidansda Nibaldo Eladio
Hortensia Yasna Eirlys Cledwyn Tegai Arlette Nyree""")

_W_FAMILY = _words("""Guerreiro Cavaco Laginha Pontes Ouhammou Oubella Boukhris Amahan Oumoussa
Tamsamani Berrada Kettani  Benjelloun Mahjoub Djerbi Radulovic  Bulatovic Vukcevic
Raicevic Tsintsadze Khimshiashvili Surmanidze Bolkvadze Diasamidze Katamadze Al-Mannai Al-Jalahma
Behbehani Kanoo Fakhro AlMutairi Mondal Halder Gaonkar Prabhudesai Colaco Faleiro Kunhikoya Pookoya
Abrenica Magdaraog Ybanez Lumapas Nacua Rumbiak Mandowen Rumbewas Wanma  Mansoben Karubaba
Ayamiseba Goundar Narayan Taitano Quitugua Aguon Unpingco Manibusan Babauta Igisomar Rapugao
Olopai Kawagley Angaiak Kasayulie Peratrovich Yeltatzie Oyarzo Levicoy Chiguay Nahuelquir""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_W_ACCENTED = [
    ("Leocádia", "Caldeirão"),
    ("Cândida", "Brázio"),
    ("Naïma", "Chraïbi"),
    ("Hédi", "Jaïdane"),
    ("Dušica", "Šaranović"),
    ("Milorad", "Đurović"),
    ("Munīra", "Kāẓimī"),
    ("Teotónio", "Estrócio"),
    ("Niño", "Mañalac"),
    ("Leonila", "Nuñal"),
    ("Atanacio", "Dueñas"),
    ("Ignacia", "Sablán"),
    ("Maité", "Cárcamo"),
    ("Eliana", "Ñancupel"),
    ("Vitória", "Gião"),
    ("Mériem", "Benslimane"),
    ("Željka", "Pejović"),
    ("Sonia", "Ghédira"),
    ("Júlio", "Mestre"),
    ("Antonio", "Peñaflor"),
]

_W_ORGS = [
    "The Zostera Wasting Disease Investigators",
    "Posidonia Sequestration Accounting Consortium",
    "Associação Pradaria Viva",
    "Cartografia Aérea Formosa Lda.",
    "Tubli Mangal Advisors",
    "The HALOCORE Team",
    "Marianas Thalassia Replanting Group",
    "Gwaii Nearshore Guardians",
    "Oualidia Lagune Conseil SARLAU",
    "Shoalwise Orthophoto Inc.",
    "Sulaibikhat Rehabilitation Associates",
    "Kuskokwim Subsistence Habitat Network",
]

_W_WORD_GIVEN = _words("""Patty Mike Barb Fay Breezy Denim Holiday Jubilee Moon Posey Sequoia Venus Zen
Biff Brick Kip Spud Tuck Aster Petunia Lupin Newt Slater Cutler Fowler Forester Marlin Shelly Usher
Elder""")
_W_WORD_GIVEN_FAMILY = ["Lal", "Koya", "Blas", "Pugh"]

# (written as English-language pages often give them, some without their diacritics)
_W_VIET_FAMILY = _words("Đoạn Au Bien Chuc Cu Diem Dong Duong Ha Han Hau Khong Khuong Banh Lac Cai")
_W_VIET_GIVEN = _words(
    "Paul Lucy Uyen Xuan Toan Kien Hong Kiet Nghia Tung Bich Hue Khai Tien Ý Quí"
)

_W_CN_FAMILY = _words("端木 赫连 呼延 东郭 闾丘 邴 步 巢 迟 扶 富 归 花 桓 揭 蒯 练 楼 伦 计")
_W_CN_GIVEN = _words(
    "沐澜 汐月 靖淇 若澄 蔚然 泓毅 沁瑶 知遥 景澄 书禾 瀚文 曜东 芷兰 骁 澈 屿 溯洄 青蘅 初霁 鹿鸣"
)
_W_KR_FAMILY = _words("관 장곡 아 애 자 저 등정 황목 십 누")
_W_KR_GIVEN = _words("늘봄 푸름 새벽 다희 하엘 고운 이레 그루 겨레 노을")
_W_JP_FULL = _words("青柳沙耶 海老原颯太 五十嵐葵 堀内楓 市川凛 岩田蒼 桑原美月 浜口潮")

_W_MONONYMS = _words("""Pardiyem Sumirah Tumijo Karsinah Sainem Painah Kusmini Sukardjo Rusminah
Jumirah Sadiyo Ngadinem Poniyem Karjono Sutinah""")

_W_PARTICLE_NAMES = [
    ("Joana", "dos", "Mártires"),
    ("Kawtar", "el", "Ouafi"),
    ("Tudert", "ait", "Oumghar"),
    ("Sabika", "al", "Mutawa"),
    ("Cajetano", "de", "Menezes"),
    ("Francisca", "de la", "Barra"),
    ("Anselmo", "del", "Carpio"),
    ("Moncef", "bel", "Hadj"),
    ("Carlota", "do", "Palmeirim"),
    ("Nawaf", "bin", "Jassim"),
    ("Ramil", "de", "Trinos"),
    ("Sabri", "el", "Haddaji"),
]

_W_SUBJECTS = _words(
    """Eelgrass Wasting Disease|Rhizome Elongation|Patch Fragmentation|Labyrinthula Infection|
Porewater Sulfide|Bioturbation|Dugong Herbivory|Mooring Scars|Offset Verification|
Desiccation Stress|Genet Clonality|Burlap Anchoring|Shoot Replanting|Halophila Expansion|
Aboveground Biomass|Hypoxia|Epibenthic Mesograzers|Urchin Overgrazing|Flowering Phenology|
Hydrophilous Pollination""".replace("\n", ""),
    "|",
)
_W_METHODS = _words(
    """Metropolis-Hastings|SLIC Superpixels|Pix2Pix|DeepLabv3|Mask R-CNN|Segment Anything|
CycleGANs|xLSTM|Multiscale Retinex|Lyzenga Correction|Pansharpening|SegFormer|Mixup Augmentation|
Bagging|SHAP Saliency|GAMMs|MixSIAR|Caesium-137 Markers""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_W_METHODS = [" ".join(m.split()) for m in _W_METHODS]
_W_NOUNS = _words("geopackage|shapefile|webmap|raster|flatfile|plugin|container|lookup", "|")
_W_ONE_WORD_TITLES = _words("Wrackline Slackwater Shallows Neap Mudflat Backshore Flotsam")

_W_VENUES = [
    "IGARSS",
    "ACCV",
    "Hydrobiologia",
    "Oikos",
    "Ambio",
    "Ciencias Marinas",
    "Limnetica",
]

_W_SENTENCES = [
    "Snorkellers glean {x} sporadically, and fitful overflights smudge how {x} waxes and wanes.",
    "We contrive a gadget premised on {m} that distils {x} from snorkel footage.",
    "It fuses {m} with a parsimonious hydrodynamical regulariser, whereby murky stretches do "
    "not garble its guesstimates.",
    "In fjords, coves and rias it outstrips the frontrunner handily.",
    "We share a {n} covering {k} replanting quadrats, accompanied by Jupyter tutorials.",
    "Forerunners imagine bordering quadrats as disjoint, but clumped tillers belie such tidy "
    "bookkeeping.",
    "Thus we rethink {x} by leveraging {m}.",
    "Forays into uncharted sloughs certify that our gadget handles foreign turf.",
    "A paltry batch of traced stills realigns it.",
    "Sewage effluent, not thermal stress, seemingly steers {x}.",
    "This missive chronicles a {n} for {x} wrought with {m}.",
    "We round up by flagging its Achilles heels and the syringe plugs suited to rescue it.",
]

_W_TITLES = (
    "{w}",
    "{s} aided by {m}",
    "Auditing {s} in Briny, Sunken Inlets",
    "{s0}Dredge: {m} for {s}",
    "Can {m} Rescue {s}?",
    "What {m} Ignores about {s}",
    "A Harmonised {N} of {s}",
    "Sunken {sl}",
    "{m} and {s}: Logbooks from the Rias",
    "Hardier {s} in Sodden Footage",
    "Spartan {m} straddling {s} and {s2}",
    "{s} under the Wrackline",
)
_W_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_W_UNIVERSITIES = [
    "University of Barlavento",
    "Sitka Nearshore Institute",
    "Chacao Fjord University",
]
_W_TOPICS = [
    "Biogeochemical Accounting",
    "Habitat Suitability",
    "UAV Orthomosaics",
    "Wasting Disease Epizootics",
]
_W_BIOGRAPHY = (
    "{owner} is an Assistant Professor who replants sunken eelgrass, tots up what its silt "
    "stockpiles, and drafts bookkeeping that auditors, trawlermen and island councillors can "
    "vouch for."
)
_W_DEPARTMENT = "Department of Marine Botany and Biogeochemistry"
