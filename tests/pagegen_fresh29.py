"""The twenty-ninth fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entries, none of their
words copied), and who never ran the reader on its pages. Nobody tuning the reader reads it
or its pages; it is measured in aggregate only, by the person measuring. Seeds 34000-34999
draw from it (:data:`pagegen.FRESH29`).

Domain: sign language linguistics and Deaf studies: sign phonology (handshapes, mouth
actions, nonmanual marking), corpus annotation and sign recognition, Deaf education and
language deprivation, interpreting (video relay, tactile and remote interpreting).

People's names are written as such a person appears on an English-language page, from the
United States (African American, Chinese American, Mexican American, Navajo and Lakota),
Canada (First Nations, Métis), Ireland, the United Kingdom (Welsh, Scottish, Cornish, British
Asian), Australia (Aboriginal and Torres Strait Islander), New Zealand (Māori, Samoan, Tongan,
Cook Islands), Kenya, Uganda, Ghana, Nigeria, South Africa (Zulu, Xhosa, Sotho, Afrikaans),
Ethiopia, Israel, Iran, India (Tamil, Gujarati, Rajasthani), Sri Lanka, Nepal, Thailand,
Cambodia, Indonesia (Bali and Java), China (Hakka and Cantonese), Hong Kong, Mongolia, Russia,
Finland, the Netherlands, Flanders, Catalonia, Brazil (the Libras community), Colombia and
Chile; names with a letter outside ASCII, Vietnamese names, names in Chinese characters,
Hangul and kanji, mononyms and names with particles have pools of their own, as in the
held-out vocabulary. Organisations are named as author lists of the field and these regions
name them: agencies, companies, cooperatives, networks, projects, field teams and research
groups, in English or in the local language.
"""

from __future__ import annotations


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AF_GIVEN = [
    *_split("""DeShawn LaToya Jamila Mei-Ling Guadalupe Rogelio Xochitl Nizhoni Winona Tokala
Kateri Aoife Niall Caoimhe Siobhan Gethin Eluned Cerys Morag Lachlan Jago Demelza Harpreet
Sukhvinder Nusrat Imran Kirra Jarrah Wiremu Mereana Ngaio Sione Lupe Viliami Tepaeru Wanjiku
Achieng Akello Kwabena Esi Chiamaka Olumide Ngozi Babatunde Sibusiso Nomvula Lwazi Palesa Lerato
Riaan Tigist Yohannes Itai Shira Parisa Shirin Karthik Kavitha Hetal Jignesh Bhanwar Chamari
Nuwan Sabina Somchai Pornthip Sokha Sreymom Wayan Wai-Kit Hoi-Yan Enkhtuya Batbayar Svetlana
Vsevolod Ksenia Tuomas Riikka Maartje Joris Lieve Jordi Montserrat Thiago Larissa Yurany Jhon
Javiera"""),
    "Ni Luh",  # (a Balinese given name)
]

_AF_FAMILY = [
    *_split("""Washington Tsosie Fong Villarreal Garza Bearskin Manitowabi Desjarlais Laliberte
O'Driscoll Kavanagh Pritchard Llewellyn MacLeod Urquhart Trevithick Sandhu Chaudhry Mistry
Yunupingu Wanganeen Bani Tipene Parata Tuilagi Fifita Marurai Odhiambo Njoroge Wafula Ssempala
Byaruhanga Boateng Owusu-Ansah Okeke Nwosu Dlamini Mkhize Madikizela Mokoena Pretorius Tadesse
Gebremedhin Mizrahi Ben-David Rahimi Karimzadeh Subramanian Trivedi Rathore Jayasinghe Shrestha
Gurung Srisuwan Chhay Sudarma Cheung Tsang Liew Tsogtbaatar Zaitseva Rissanen Laaksonen Meijer
Verhoeven Claeys Vilalta Nogueira Ospina Fuentealba"""),
    "Iron Cloud",  # (a Lakota family name)
]

# (written with the letter outside ASCII, to be spelled as an entity, lost, or mojibake)
_AF_ACCENTED = [
    ("Shándíin", "Yazzie"),
    ("Jesús", "Treviño"),
    ("Geneviève", "Lépine"),
    ("Whetū", "Pōtae"),
    ("Sēmisi", "Tāufa"),
    ("Ọláyínká", "Adéyẹmí"),
    ("Hanré", "Kotzé"),
    ("Päivi", "Mäkelä"),
    ("Noël", "Verbeeck"),
    ("Núria", "Sabaté"),
    ("João", "Simões"),
    ("Luíza", "Magalhães"),
    ("Matías", "Sepúlveda"),
    ("Ignacia", "Peñailillo"),
    ("Màiri", "MacAonghais"),
    ("Siân", "Prydderch"),
    ("Caitríona", "Mulcahy"),
    ("Yésica", "Muñetón"),
    ("Ivânia", "Brandão"),
    ("Quim", "Fàbregas"),
]

_AF_ORGS = [
    "Te Rōpū Rangahau Reo Rotarota",
    "Suomen viittomakielten korpushanke",
    "Cooperativa de Intérpretes de Libras do Vale do Itajaí",
    "The GhSL Dictionary Field Team",
    "Sawubona Deaf Media Co-operative Ltd.",
    "Signbridge Interpreting Services Pty Ltd",
    "Pacific Deaf Education Research Network",
    "The HANDSCAPE Annotation Consortium",
    "Kenya Sign Language Research Project, Machakos",
    "Vlaams Expertisecentrum Gebarentaal vzw",
    "Grup de Recerca sobre Llengua de Signes Catalana",
    "ISLRTC Lexicography Unit",
]

_AF_WORD_GIVEN = _split("""Precious Gift Blessing Patience Comfort Memory Innocent Justice Lucky
Goodness Mercy Charity Sunday Wisdom Prosper Favour Peace Harmony Melody Destiny Chance Fortune
Bright Storm River Willow Floor Temperance Cash Trinity""")
_AF_WORD_GIVEN_FAMILY = ["Ng", "Sok", "Ho", "Nkosi"]

_AF_VIET_FAMILY = _split(
    "Trịnh Phùng Hứa Giang Diệp Tống Từ Chu Ông Nghiêm Lại Đàm Bạch Ninh Khúc Doãn"
)
_AF_VIET_GIVEN = _split(
    "Kevin Tiffany Nhung Thủy Cường Hạnh Phúc Lộc Nhân Yến Đạt Quyên Thắng Trung Diễm Xuân"
)

_AF_CN_FAMILY = _split("钟 廖 温 邱 叶 余 杜 魏 吕 丁 沈 姚 卢 傅 黎 區 麥 譚 岑 歐陽")
_AF_CN_GIVEN = _split(
    "美玲 国华 秋云 振宇 玉兰 俊宏 淑芬 伟明 晓燕 立新 丽华 永康 詠詩 子健 安琪 慧敏 凯文 雅婷 志伟 璇"
)
_AF_KR_FAMILY = _split("전 고 문 양 손 배 백 허 유 남")
_AF_KR_GIVEN = _split("예린 민서 준서 다은 태윤 서진 윤아 승민 가은 동현")
_AF_JP_FULL = _split("森田健二 石川真由美 前田悠斗 藤原千尋 岡本和也 長谷川葵 清水大地 村上結衣")

_AF_MONONYMS = _split("""Sumarsono Wardoyo Kasiyem Suprapti Parjiman Sukirno Ngadiyo Tuminah
Suwarto Painem Bolormaa Tserendorj Kalaivani Pasang Sopiyah""")

_AF_PARTICLE_NAMES = [
    ("Wannes", "Van", "Damme"),
    ("Lieke", "de", "Wit"),
    ("Ana Paula", "dos", "Anjos"),
    ("Raimundo", "da", "Costa"),
    ("Marietjie", "van der", "Westhuizen"),
    ("Hennie", "du", "Toit"),
    ("Francisca", "de la", "Fuente"),
    ("Dafydd", "ap", "Gwilym"),
    ("Griet", "Vanden", "Abeele"),
    ("Jeroen", "op de", "Beek"),
    ("Gabriel", "de los", "Santos"),
    ("Jordina", "de", "Sagarra"),
]

_AF_SUBJECTS = _split(
    """Handshape Inventories|Mouth Actions|Classifier Predicates|Fingerspelling Fluency|
Nonmanual Marking|Lexical Variation|Eye Gaze Alignment|Sign Order|Prosodic Boundaries|
Interpreter Fatigue|Bimodal Bilingualism|Home Sign Systems|Language Deprivation|
Gloss Consistency|Tactile Signing|Conversational Repair|Iconicity Ratings|Vocabulary Acquisition|
Reading Comprehension|Video Relay Interpreting""".replace("\n", ""),
    "|",
)
_AF_METHODS = _split(
    """Mixed-Effects Regression|Hidden Markov Models|Skeletal Pose Tracking|
Optical Motion Capture|Dynamic Time Warping|Conditional Random Fields|Growth Curve Analysis|
Spatio-Temporal Graph Convolutions|Sign Spotting|Item Response Theory|
Sequence-to-Sequence Translation|Multilevel Structural Equation Models|
Phylogenetic Comparative Methods|Conversation Analysis|Eye-Tracking Paradigms|
Cluster Permutation Tests|Retrieval-Augmented Generation|Krippendorff's Alpha""".replace("\n", ""),
    "|",
)
_AF_NOUNS = _split(
    "lexicon|concordance|codebook|workbench|glossary|treebank|notation|questionnaire", "|"
)
_AF_ONE_WORD_TITLES = _split(
    "Handedness Deafhood Simultaneity Mouthings Signscape Visuality Co-Presence"
)

_AF_VENUES = [
    "TISLR",
    "LREC",
    "Sign Language & Linguistics",
    "the Journal of Deaf Studies and Deaf Education",
    "American Annals of the Deaf",
    "Translation and Interpreting Studies",
    "FG",
]

_AF_SENTENCES = [
    "Describing {x} by hand takes hours per minute of video, and small samples hide how {x} "
    "differs from one Deaf community to the next.",
    "We present an approach built on {m} that measures {x} from ordinary classroom recordings.",
    "It couples {m} with a handful of phonological constraints (location, movement and "
    "orientation), so its output stays readable for linguists.",
    "On data from five sign languages it cuts disagreement with expert annotators by 38%.",
    "Our {n}, with {k} signers from urban and rural schools, is shared under an open licence "
    "together with the annotation files.",
    "Earlier studies often pooled Deaf and hearing signers, although the two groups acquired "
    "the language under very different conditions.",
    "In this study we approach {x} with the tools of {m}.",
    "A test on signers from another region shows the system holds up; accuracy drops by only "
    "four points.",
    "Only twenty annotated clips per sign turned out to be needed to adapt the system to a new "
    "variety.",
    "Our results tie {x} to the age of first exposure to a sign language rather than to "
    "hearing status.",
    "The paper documents a {n} for {x} built around {m}.",
    "We end with the cases it still gets wrong, e.g. fast fingerspelling and overlapping turns, "
    "and the data needed to fix them.",
]

_AF_TITLES = (
    "{w}",
    "{s} via {m}",
    "Annotating {s} in a Corpus of Spontaneous Signing",
    "{s0}BERT: {m} for {s}",
    "Is {m} Enough to Model {s}?",
    "When {m} Fails: The Case of {s}",
    "An Open {N} for Documenting {s}",
    "Visible {sl}",
    "{m} and {s}: Evidence from Two Deaf Schools",
    "Beyond Hearing Norms: Rethinking {s} (and Why It Matters)",
    "Comparing {m} for {s} and {s2}",
    "{s} in Everyday Signing – a Corpus Study",
)
# (the layout's fixed header roles, as on the seed pages)
_AF_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_AF_UNIVERSITIES = [
    "University of Kilbarrack",
    "Universidad Austral de Quellón",
    "Rijksuniversiteit Zuiderhaven",
]
_AF_TOPICS = [
    "Sign Language Processing",
    "Corpus Linguistics",
    "Deaf Education",
    "Interpreting Studies",
]
_AF_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works with Deaf communities on how sign languages "
    "are structured, learned and interpreted, with a focus on corpora and tools that signers "
    "themselves can check and correct."
)
_AF_DEPARTMENT = "Department of Linguistics and Deaf Studies"
