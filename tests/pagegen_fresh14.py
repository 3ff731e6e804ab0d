"""The fourteenth fresh vocabulary of the profile-page generator (seeds 19000-19999).

An untouched test set, written on 7 December 2026 by a helper who read neither the reader,
its word lists and tests, nor any other vocabulary but the tuning and held-out pools of
``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader reads this
file or its pages; it is measured in aggregate only, by the person measuring.

Its pools have the held-out pools' types, sizes and classes (see :class:`pagegen.Vocabulary`).
Research domain: cave microclimate and speleothem geochemistry (drip-water monitoring,
stalagmite isotopes, cave ventilation, uranium-thorium dating, karst hydrology). People's
names come from Nigeria (Igbo, Tiv, Efik, Kanuri), Benin (Fon), Togo (Ewe, Kabye), Burkina
Faso (Mossi), Sierra Leone (Mende, Temne), Liberia (Kpelle), the Gambia, Guinea-Bissau,
São Tomé, Namibia (Herero, Ovambo), Botswana (Tswana), Lesotho (Sotho), Zimbabwe (Shona,
Ndebele), Kenya (Kikuyu, Luo, Kalenjin, Maasai), Tanzania (Chagga, Sukuma), South Sudan
(Dinka, Nuer), Djibouti (Afar), Aboriginal Australia, the Torres Strait, New Caledonia
(Kanak), Tahiti, the Cook Islands and Niue, written as such a person appears on an
English-language page; the Vietnamese, Chinese, Korean and Japanese pools keep to family
names from M (L for Korean) to Z (Vietnamese names partly without their diacritics, as
English-language pages often print them; Korean family names partly in North Korean
spelling). Word-given names lean on the virtue and weekday names common in Nigeria, Zimbabwe
and Kenya ("Nobody", "Excellent", "Monday"); particles are the Kalenjin ``arap``, the Kikuyu
``wa`` and the Portuguese ``da``, ``do`` and ``de`` of São Tomé, Guinea-Bissau and the
Afro-Brazilian families of Benin.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_S_GIVEN = _words("""Uchenna Kelechi Somtochukwu Chinwe Ebuka Nneka Ifeanyi Ogechi Chidinma Terkula
Msughter Doosuur Aondona Edidiong Nsikak Mfon Ekaette Yagana Fannami Kaltume Mahugnon Sessi Komlan
Yawovi Kossivi Wendkouni Salamata Relwende Kadiatu Jeneba Lahai Kaifala Santigie Korto Yassah
Isatou Ousainou Sainabou Braima Gualter Uazuva Veripuami Tangeni Panduleni Tebogo Goitseone
Kefilwe Limpho Nthabiseng Tinashe Rufaro Kudakwashe Tafadzwa Mthokozisi Busisiwe Wambui Nyambura
Awuor Adhiambo Omondi Jepkosgei Chepkoech Nashipai Resian Ndesanjo Aikande Kulwa Masanja Achol
Mabior Aluel Gatluak Nyakuoth Nyachuol Houmed Hasna Yalmay Galarrwuy Getano Seith Wassissi
Hnalaine Hinatea Heiarii Poerava Tepaeru Nooroa Mokalagi Vaiolupe""")

_S_FAMILY = _words("""Okeke Onyekwere Anyanwu Okpara Mbanefo Iorliam Tsav Iyorchia Tyohemba Asuquo
Ekpenyong Archibong Zulum Kyari Monguno Adjovi Hounkpatin Gbaguidi Amegavi Tchalla Zongo Tapsoba
Zoungrana Kallon Massaquoi Bockarie Bangura Gbowee Kollie Jallow Touray Nhaga Indjai Trovoada Cravid
Kazondunge Tjiriange Amutenya Nghidinwa Shilongo Masire Molefhe Mokhehle Chiweshe Nyamayaro
Chigumba Ncube Mpofu Gitau Kinyanjui Githinji Ochieng Kiprotich Kosgei Sayialel Kimaro Lyimo
Lerotholi Mabula Makuei Malual Gatkuoth Dabaleh Yunupingu Mununggurr Passi Ahmat Wamytan Temaru Tuavera
Talagi""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_S_ACCENTED = [
    ("Sèna", "Houngbédji"),
    ("Essowè", "Gnassingbé"),
    ("Rasmané", "Yaméogo"),
    ("Aïssata", "Kaboré"),
    ("Quintino", "Sanhá"),
    ("Idalécio", "Bragança"),
    ("Aïcha", "Dabalé"),
    ("Déwé", "Néaoutyine"),
    ("Noëlla", "Ukeiwé"),
    ("Ayɛn", "Mabïöör"),
    ("Nyaluak", "Gatkuɔth"),
    ("Chiọma", "Anyaọkụ"),
    ("Enyɔnam", "Kpɔdo"),
    ("Māhina", "Teriʻitehau"),
    ("Tūtai", "Pōkino"),
    ("Djénéba", "Compaoré"),
    ("Léopold", "Jorédié"),
    ("Malam", "Embaló"),
    ("Januário", "Viegas"),
    ("Kafui", "Agbékponou"),
]

_S_ORGS = [
    "The Stalagmite Intercalibration Consortium",
    "Dripwater Hydrochemistry Team",
    "Calcspar Geotechnik NV",
    "Nullarbor Speleological Network",
    "The Flowstone Chronometry Taskgroup",
    "The Uranium-Thorium Isochron Group",
    "KARSTFLUX Consortium",
    "Hypogea Speleotech Inc.",
    "The Otjikoto Sinkhole Dive Team",
    "Gcwihaba Dolomite Drillers Ltd",
    "Subterranean Airflow Collaboration",
    "The Avaiki Karst Rangers",
]

_S_WORD_GIVEN = _words("""Nobody Excellent Elegance Meekness Monday Saturday Wellington Worthy Patient
Gentle Psalm Hibiscus Answer Prayer Obedience Perseverance Endurance Diligence Champion Majesty
Royalty Intelligence Redeemer Ransom Wise Lively Valour Bravery Heron Spark""")
_S_WORD_GIVEN_FAMILY = ["Deng", "Gumbo", "Bol", "Nona"]

# (the Hmong and Dao surnames of the north with their tones; the others as they are often
# written on English-language pages, without diacritics)
_S_VIET_FAMILY = _words("Thò Và Tẩn Sình Nhiếp Thieu Tiet Uong Vien Mong Pho Than Ton Yen Tu Son")
_S_VIET_GIVEN = _words(
    "Agatha Joachim Khuyên Hoàn Lựu Thuấn Thạc Khởi Được Dần Hanh Duc Quyen Thinh Nguyet Cuong"
)

_S_CN_FAMILY = _words("司徒 佟 隋 时 帅 戎 茹 索 屠 逄 习 解 鄢 雍 禹 谯 支 竺 佘 宇文")
_S_CN_GIVEN = _words(
    "岩松 玉洁 颖 溪 钟灵 清泉 思源 晓梅 丹 宸睿 叙白 青山 石磊 峰 汀兰 渊 潇 浚 涓 岩"
)
# (the North Korean spellings Ryom, Ryang, Ryo, Ryong among them)
_S_KR_FAMILY = _words("렴 량 려 룡 뢰 묵 망절 소봉 탄 미")
_S_KR_GIVEN = _words("지율 서하 소담 하랑 은호 주안 송이 선율 예솔 동혁")
_S_JP_FULL = _words("宮崎亮 森田大和 若林遥 坂本結衣 杉山蓮 竹内美月 上田颯太 横山栞")

_S_MONONYMS = _words("""Gurrumul Wandjuk Banduk Gawirrin Djambawa Pouvanaa Manutahi Tauatomo Sironka
Kipsang Tumata Hitiura Moetai Lemayian Ngarra""")

_S_PARTICLE_NAMES = [
    ("Kipruto", "arap", "Rotich"),
    ("Kibet", "arap", "Chumo"),
    ("Kimeli", "arap", "Tanui"),
    ("Mugo", "wa", "Kiarie"),
    ("Njambi", "wa", "Kamande"),
    ("Wanjira", "wa", "Gakuru"),
    ("Evaristo", "do", "Sacramento"),
    ("Domingas", "da", "Piedade"),
    ("Celestino", "de", "Ceita"),
    ("Aissatu", "de", "Pina"),
    ("Nelito", "da", "Glória"),
    ("Romaric", "de", "Souza"),
]

_S_SUBJECTS = _words(
    """Drip Periodicity|Cavern Ventilation|Stalagmite Extension|Calcite Fabrics|
Aragonite Replacement|Magnesium Partitioning|Dripwater Alkalinity|Epikarst Storage|
Flowstone Hiatuses|Speleothem Laminae|Calcite Supersaturation|Fluid Inclusions|Detrital Thorium|
Uranium Leaching|Conduit Widening|Sinkhole Foundering|Vadose Seepage|Chimney Draughts|
Barium Excursions|Typhoon Imprints""".replace("\n", ""),
    "|",
)
_S_METHODS = _words(
    """Lomb-Scargle Periodograms|Permutation Entropy|Evolutionary Optimisation|Isochron Diagrams|
Lattice Boltzmann Codes|Savitzky-Golay Differentiation|Visibility Graphs|
Generalised Additive Surrogates|Detrended Fluctuation Scaling|Transfer Entropy|Granger Causality|
Aqueous Complexation Programs|Quantile Sketches|Gibbs Sweeps|Reversible-Jump Proposals|
Tempered Posteriors|Annealed Importance Weights|Kolmogorov-Zurbenko Windows""".replace("\n", ""),
    "|",
)
_S_NOUNS = _words(
    "fieldbook|timeline|prototype|touchstone|rulebook|mesocosm|replica|scoreboard", "|"
)
_S_ONE_WORD_TITLES = _words(
    "Dripline Moonmilk Undercroft Chthonic Troglodyte Stygian Speleogenesis"
)

_S_VENUES = [
    "Karstologia",
    "Die Höhle",
    "Carbonates and Evaporites",
    "Helictite",
    "COLING",
    "SIGIR",
    "ECAI",
]

_S_SENTENCES = [
    "Reckoning {x} grotto by grotto eats careers, and a lonesome sortie obscures how {x} "
    "seesaws with deluge and dearth.",
    "We concoct a contrivance pivoted on {m} that gleans {x} from bargain thermistors "
    "stranded underground.",
    "Clamping {m} to a saturation threshold retains chemically admissible conduct as dripping halts.",
    "For a pair of grottoes it pares the gulf to isochron chronometry twofold.",
    "The enclosed {n} embraces {k} grottoes and awaits newcomers keen to enlarge it.",
    "Predecessors conventionally posit memoryless drips, a notion epikarst buffering refutes.",
    "Thereafter, we dissect {x} courtesy of {m}.",
    "Stalagmites spared from parameter tweaking testify that the learnt relationship endures.",
    "A meagre score of counted laminae can clinch the timescale.",
    "Our outings tether {x} to wintertime chimney draughts more than overhead downpours.",
    "We furnish a {n} for {x} hinged on {m}.",
    "Wrapping up, we tabulate the foibles of the contrivance and which auxiliary drillcores "
    "offer a cure.",
]

_S_TITLES = (
    "{w}",
    "{s} by Dint of {m}",
    "Appraising {s} with Irregularly Sampled Stalagmometers",
    "{s0}Loupe: {m} for {s}",
    "Can {m} Unriddle {s}?",
    "The Quirks of {m} for {s}",
    "A Multi-Grotto {N} of {s}",
    "Slumbering {sl}",
    "{m} Grapples with {s}: Postcards from a Score of Grottoes",
    "Undaunted {s} Regardless of Detrital Admixture",
    "Splicing {s} and {s2} with {m}",
    "{s} in Perpetual Gloom",
)
_S_ROLES = ["Core Faculty Member", "Affiliate Faculty Member", "Canada Research Chair"]
_S_UNIVERSITIES = [
    "Murrundi Valley University",
    "Namaqua Institute of Mines",
    "Kalkbrunn Technical University",
]
_S_TOPICS = [
    "Palaeoclimate Proxies",
    "Karst Hydrogeology",
    "Carbonate Hydrogeochemistry",
    "Geostatistics",
]
_S_BIOGRAPHY = (
    "{owner} is an Assistant Professor who crawls into limestone hollows to decipher ancient "
    "climates from seeping droplets and banded calcite, and who crafts gauges honest about "
    "their own blindness."
)
_S_DEPARTMENT = "Department of Geology and Speleology"
