"""The sixteenth fresh vocabulary of the profile-page generator (``_U_`` pools).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
its word lists and tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader reads
this file or its pages; it is measured in aggregate only, by the person measuring.

Research domain: glass conservation and the archaeometry of glass beads (weathering
crusts, colourants, LA-ICP-MS, trade routes). People's names come from Telugu, Konkani,
Tulu, Kashmiri, Dogri, Bhojpuri and Maithili families, the Newar and Tharu of Nepal,
Saraiki and Hindko families, Hazara families, Gilaki and Mazandarani families, Yazidi
families, Mizrahi families of Israel, Saudi Arabia and the Gulf states, Coptic families of
Egypt, Oromo and Tigrinya families of Ethiopia and the Tigre of Eritrea, as such people are
written on an English-language page (accented forms in scholarly or Kurmanji spelling,
Goan and Mangalorean Catholic particles, Arabic ``al``, ``el`` and ``bin``). The
Vietnamese, Chinese, Korean and Japanese pools keep to family names from M (Korean: L) to
Z; as the common Vietnamese family names in that range are used by other vocabularies, the family
names are mostly those of Vietnam's Jarai, Ê Đê, Hmong and Thái minorities. The mononyms
are Hazara, Tharu and other single names as registered.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_U_GIVEN = _words("""Srinivasulu Bhargavi Nagarjuna Haritha Sravani Mounika Raghavendra Sirisha
Tirupati Jhansi Koteswara Prasanthi Gurudas Sudesh Vasanti Yeshwant Pundalik Damodar Dayananda
Jayakara Yashoda Sumalatha Showkat Parvaiz Tasaduq Mehbooba Arshid Nighat Mudasir Kuldeep Yashpal
Shivnath Darshana Bhikhari Ramashankar Sunaina Manorama Ganganath Umanath Sharada Harimohan Nhuchhe
Tirtha Tejeshwar Rajani Sanjhi Bhagwani Mureed Shakir Ashiq Sajjad Tahira Basira Sakina Sarwar
Roqia Parvaneh Shahrokh Kiumars Mahtab Roozbeh Soheila Pouya Sepideh Dakhil Vian Khairy Nazdar
Yaffa Shlomit Avishai Orly Nissim Margalit Hodaya Yinon Nouf Mishari Maitha Lulwa Kyrillos Bishoy
Demiana Youstina Abanoub Obsa Bontu Freweyni Abrehet""")

_U_FAMILY = _words("""Vemuri Kondapalli Yarlagadda Nallamothu Chilukuri Gollapudi Bhamidipati
Nadkarni Kudva Baliga Sardesai Bangera Kotian Salian Karkera Zutshi Tickoo Kachru Handoo Wattal
Ganai Jamwal Manhas Slathia Jasrotia Kushwaha Chaurasia Upadhyay Nishad Karn Maharjan Tuladhar
Manandhar Rajbhandari Ranjitkar Sthapit Dangaura Kathariya Leghari Mazari Gorchani Langah Jadoon
Tanoli Changezi Mohaqiq Lahiji Fumani Jafroudi Savadkouhi Tonekaboni Dakheel Shesho Hesso Ohana
Amsalem Abutbul Shitrit Zrihen Al-Qahtani Al-Ghamdi Al-Suwaidi Al-Kuwari Guirguis Bishay
Iskander Shenouda Jaleta Dhugasa Weldegiorgis Sherifo""")

_U_ACCENTED = [
    ("Berîvan", "Şemo"),
    ("Xetê", "Reşo"),
    ("Śrīnivās", "Koṇḍapalli"),
    ("Lakṣmī", "Vēmūri"),
    ("Fereštē", "Amlašī"),
    ("Āzādeh", "Tabarī"),
    ("Ghāliya", "Al-ʿUtaybī"),
    ("Ḥananya", "Bénaïm"),
    ("Dimyāna", "Tāḍrus"),
    ("Ibrāhīm", "Ġālī"),
    ("Čaltu", "Ṭolässa"),
    ("Täsfay", "Gäbrämädḫǝn"),
    ("ʿĀyša", "Ṣāliḥ"),
    ("Sujāta", "Śākya"),
    ("Prajñā", "Vajrācārya"),
    ("Umānātha", "Jhā"),
    ("Ṣādiq", "Yazdānī"),
    ("Ascensão", "Brás"),
    ("Kuldīp", "Manhās"),
    ("Sadāśiva", "Bangēra"),
]

_U_ORGS = [
    "Indo-Pacific Bead Origins Network",
    "The Natron Glass Provenience Team",
    "Kuvera Spectrochem Pvt. Ltd.",
    "Erythraean Emporia Excavation Mission",
    "The VITRUM Collaboration",
    "The Patina Microanalysis Atelier",
    "Tradewinds Beadwork Consortium",
    "The Smalt and Zaffre Group",
    "Wadi Natrun Dig Lodge",
    "Kutch Glassmaking Preservation Fund",
    "The Microprobe Standards Subgroup",
    "Oriel Lampworkers",
]

_U_WORD_GIVEN = _words("""Flip Mac Sly Peaches Rider Tawny Russet Windy Osprey Canyon Crimson Banks
Lady Dame Duchess Admiral Cadet Swan Monk Friar Regal Sparky Oak Zephyr Taffy Cinnamon Jonquil
Bramble Shore Mariner""")
_U_WORD_GIVEN_FAMILY = ["Jha", "Dar", "Haile", "Wani"]

_U_VIET_FAMILY = _words(
    "Siu Rmah Nay Mlô Rcom Puih Rahlan Vừ Mua Xồng Mè Rơlan Rơchăm Mdrang Rơô Sần"
)
_U_VIET_GIVEN = _words(
    "Agnes Stephen Nhuận Mây Thìn Vẹn Xướng Hảo Sáu Thiên Ước Vui Xinh Nghi Bưởi Lưỡng"
)

_U_CN_FAMILY = _words("木 那 蓬 浦 琴 秋 裘 阙 汝 山 寿 双 水 檀 幸 胥 须 仰 越 宿")
_U_CN_GIVEN = _words(
    "琉璃 青黛 玥 蕴华 墨涵 知微 映雪 昭阳 翊 煦 琢玉 初晴 星遥 桐音 沛然 暮云 松涛 秋池 疏影 霁月"
)
_U_KR_FAMILY = _words("만 수 뇌 낭 내 묘 무 삼 야 랑")
_U_KR_GIVEN = _words("이안 버들 마루 은솔 하늬 찬솔 바다 미르 샛별 다래")
_U_JP_FULL = _words("宮崎千尋 森田颯太 西川琴音 野口悠真 柴田葵 土屋蓮 矢野美月 和田湊")

_U_MONONYMS = _words("""Sakhidad Qurbanali Gulbibi Mohammadjan Nazdana Rahimdad Khudadad
Barakatullah Phulmati Budhiram Sanjhiya Lalmani Dhaniram Ghulamsakhi Zarbibi""")

_U_PARTICLE_NAMES = [
    ("Gracy", "de", "Sequeira"),
    ("Wilfred", "da", "Gama"),
    ("Lavina", "do", "Rosario"),
    ("Cajetan", "dos", "Remedios"),
    ("Agnelo", "de", "Noronha"),
    ("Ignatius", "de", "Mello"),
    ("Latifa", "al", "Fahad"),
    ("Saif", "bin", "Ghanem"),
    ("Bader", "al", "Rasheed"),
    ("Shamma", "al", "Mazrouei"),
    ("Bassem", "el", "Gohary"),
    ("Mansour", "bin", "Khalil"),
]

_U_SUBJECTS = _words(
    """Hydrated Crusts|Bead Workshops|Cobalt Ores|Halophyte Alkali|Antimonate Opacifiers|
Cuprous Reds|Leached Rinds|Weeping Vessels|Bead Barter Circuits|Lanthanide Fingerprints|
Soda-Lime Melts|Natron Fluxes|Iridescent Patina|Drawn Beads|Crizzling|Manganese Decolourisers|
Recycled Cullet|Chevron Canes|Furnace Debris|Stratified Eyes""".replace("\n", ""),
    "|",
)
_U_METHODS = _words(
    """LA-ICP-MS|EPMA|SEM-EDS|pXRF|ToF-SIMS|Cathodoluminescence|Radiogenic Pb Tracers|
Nd-Hf Systematics|XANES|Optical Profilometry|Nanoindentation|Ellipsometry|AFM|PIXE-PIGE|
Aitchison Geometry|Vickers Microhardness|FTIR|EBSD""".replace("\n", ""),
    "|",
)
_U_METHODS = [" ".join(m.split()) for m in _U_METHODS]
_U_NOUNS = _words("portolan|sylloge|cadastre|urbarium|casefile|panorama|tableau|conspectus", "|")
_U_ONE_WORD_TITLES = _words("Cullet Millefiori Pontil Marver Devitrified Frit Lustreware")

_U_VENUES = [
    "ISA",
    "JAAS",
    "ArchéoSciences",
    "Annales du Congrès AIHV",
    "Verre",
    "Glastechnische Berichte",
    "Geostandards Newsletter",
]

_U_SENTENCES = [
    "Interred beads harbour {x} patchily, so homogenised digests muddle kiln-to-kiln "
    "contrasts in {x}.",
    "We enlist {m} to follow {x} through drawn and folded wares.",
    "Tried on certified glasses, {m} brings analysers into accord.",
    "Throughout Bengal, it tells Sasanian halophyte glass apart from Egyptian natron batches.",
    "Our {n} tabulates {k} caches and is distributed with standardisation files.",
    "Overzealous cleaners sometimes scrub away the rind, erasing hints about the grave.",
    "Subsequently, we inspect {x} with {m}.",
    "Opaque turquoise beads apparently journeyed farther than anticipated.",
    "A couple of tiny shards proved decisive for fixing the deposit date.",
    "Iridescence, not pitting, betrays {x}.",
    "Included is a {n} for {x} relying on {m}.",
    "Summing up, we caution about plumbous carryover and unsteady torch output.",
]

_U_TITLES = (
    "{w}",
    "{s} Unveiled by {m}",
    "Unriddling {s} in Corroded Beads",
    "{s0}Sleuth: {m} for {s}",
    "Can {m} Illuminate {s}?",
    "Heretical Thoughts on {m} and {s}",
    "The {N} of {s}",
    "Veiled {sl}",
    "{m} and {s} on Seafaring Itineraries",
    "Sturdy {s} under Isobaric Interferences",
    "Speedy {m} for {s} and {s2}",
    "{s} under the Patina",
)
_U_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_U_UNIVERSITIES = [
    "University of Pallavaram",
    "Nakhla Institute",
    "Quesnoy Glassmaking Institute",
]
_U_TOPICS = [
    "Vitreous Adornments",
    "Bead Typologies",
    "Glass Deterioration",
    "Compositional Groupings",
]
_U_BIOGRAPHY = (
    "{owner} is an Assistant Professor who scrutinises archaic glass, from grave goods to banquet "
    "goblets, and favours nondestructive routines that spare irreplaceable shards."
)
_U_DEPARTMENT = "Department of Archaeological Materials and Conservation"
