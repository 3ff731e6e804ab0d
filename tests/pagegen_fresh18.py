"""The eighteenth fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 7 December 2026 (session 27) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader
reads it or its pages; it is measured in aggregate only. Its pools have the held-out pools'
sizes and classes, under the prefix ``_X_``.

Research domain: paediatric audiology and newborn hearing screening (cochlear implants,
otoacoustic emissions, tele-audiology in rural clinics). People's names come from Canada
(English and Québec French), Jamaica and Trinidad, Ghana, Nigeria (Yoruba, Igbo, Hausa),
Senegal, Tamil Nadu, Kerala, Punjab, the Philippines, Poland, Portugal, Brazil, the
Netherlands and Flanders, Iran, Lebanon, Bavaria and Austria, Ireland and Wales, written as
such a person appears on an English-language page; Vietnamese, Chinese, Korean and Japanese
names, mononyms (Tamil single names) and names with particles have pools of their own.
Organisations are named as real author lists name them: screening programmes, registries,
hospital networks, health boards, study groups, task forces and companies.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_X_GIVEN = _words("""Brayden Kaitlyn Mackenzie Mathieu Sylvie Gilles Chantal Jean-Philippe Nathalie
Delroy Keisha Marlon Shernette Ravindra Kwabena Abena Kojo Yaa Kwesi Oluwaseun Temitope Babatunde
Funmilayo Adewale Chukwuemeka Ngozi Uchenna Chiamaka Nnamdi Aminu Hauwa Abubakar Hadiza Moussa
Ousmane Ndeye Cheikh Khady Karthik Divya Saravanan Kavitha Vignesh Anoop Sreeja Jithin Reshma
Aswathy Gurpreet Harjinder Manpreet Balwinder Navdeep Maricel Jericho Rowena Arnel Rommel
Agnieszka Bartosz Tomasz Katarzyna Duarte Catarina Nuno Margarida Thiago Larissa Lieke Stijn Koen
Nele Mahsa Arash Niloofar Kaveh Rania Ziad Xaver Veronika Vinzenz Roswitha Aoife Ciaran Cathal
Grainne Dafydd Cerys Ffion""")

_X_FAMILY = _words("""MacKinnon Gagnon Pelletier Leblanc Gauthier Fortin Lapointe Campbell Rampersad
Maharaj Ramkissoon Thwaites McFarlane Mensah Asante Owusu Boateng Agyemang Ofori-Atta Adeyemi
Ogunbiyi Olatunji Afolabi Nwosu Okeke Anyanwu Ugwu Bello Danjuma Yakubu Garba Diop Ndiaye Faye
Diallo Subramanian Natarajan Krishnamurthy Venkatesan Menon Nair Pillai Kurian Varghese Sandhu
Dhillon Grewal Sidhu Bautista Macaraeg Villanueva Soriano Nowakowski Wozniak Kaminska Ferreira
Azevedo Siqueira Verhoeven Claes Peeters Hosseini Karimi Khoury Nassar Huber
Moosbrugger Pichler O'Sullivan Kavanagh Pritchard""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_X_ACCENTED = [
    ("Geneviève", "Bélanger"),
    ("Frédérique", "Lévesque"),
    ("Josée", "Tremblay-Gagné"),
    ("João", "Magalhães"),
    ("Antônio", "Brandão"),
    ("Sebastião", "Falcão"),
    ("Grażyna", "Pawłowska"),
    ("Krzysztof", "Dąbrowski"),
    ("Bärbel", "Weißgerber"),
    ("Jörg", "Schwaighöfer"),
    ("Siân", "Llwyd"),
    ("Dáithí", "Breathnach"),
    ("Aïssatou", "Guèye"),
    ("Fọlákẹ́", "Ògúndípẹ̀"),
    ("Élie", "Hélou"),
    ("Niño", "Peñaflor"),
    ("Daniëlle", "Claeys"),
    ("Hannelore", "Kröpfl"),
    ("Réjean", "Thériault"),
    ("Gonçalo", "Simões"),
]

_X_ORGS = [
    "The Newborn Ear Screening Collaborative",
    "Laurentide Paediatric Hearing Network",
    "Cochlear Outcomes Registry Advisory Council",
    "Otowave Diagnostics Inc.",
    "The HEAR-KIDS Study Group",
    "Rural Tele-Audiology Coalition",
    "Klangbrücke Medizintechnik GmbH",
    "Kumasi Newborn Hearing Study Investigators",
    "Réseau québécois de dépistage auditif néonatal",
    "Afon Teifi University Health Board",
    "Bantay Pandinig Foundation",
    "Tympanix Ltd.",
]

_X_WORD_GIVEN = _words("""Blessing Comfort Favour Gift Precious Prosper Lucky Innocent Patience Mercy
Bright Peace Lovely Honey Violet Daisy Poppy Heather Willow Chase Miles Lance Rusty Sandy Woody
Ginger Melody Crystal Clement Skip""")
_X_WORD_GIVEN_FAMILY = ["Lim", "Ward", "Okoro", "Sy"]

_X_VIET_FAMILY = _words(
    "Trịnh Phùng Chu Giang Lại Ông Diệp Doãn Hứa Nghiêm Ninh Thân Tôn Từ Bạch Khổng"
)
_X_VIET_GIVEN = _words(
    "Kevin Nancy Thủy Hạnh Nhung Phúc Thắng Cường Huyền Yến Loan Đức Nam Hòa Quang Trí"
)

_X_CN_FAMILY = _words("余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 熊")
_X_CN_GIVEN = _words(
    "丽华 国栋 春燕 振宇 雅琴 立新 颖 鹏 晓燕 宏伟 玉兰 昊天 雪梅 永健 静怡 亮 琳 梦瑶 志明 欣妍"
)
_X_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남")
_X_KR_GIVEN = _words("예린 준서 다은 승현 수빈 태윤 지훈 민서 영호 혜진")
_X_JP_FULL = _words("清水浩二 森田千尋 池田悠真 橋本葵 石川雅人 前田沙織 藤原蓮 岡本真理子")

_X_MONONYMS = _words("""Senthilkumar Karthikeyan Muthulakshmi Balasubramaniam Thirunavukkarasu
Kalaiselvi Anbarasan Ilangovan Palaniappan Sivagami Vijayalakshmi Jeyaraman Tamilselvan Kannammal
Arulmozhi""")

_X_PARTICLE_NAMES = [
    ("Wouter", "van der", "Linden"),
    ("Joana", "das", "Neves"),
    ("Korbinian", "von", "Hohenau"),
    ("Marijke", "'t", "Hart"),
    ("Mariana", "da", "Cunha"),
    ("Corazon", "de los", "Reyes"),
    ("Karim", "el", "Hage"),
    ("Jeroen", "van den", "Heuvel"),
    ("Marie-Claude", "de", "Repentigny"),
    ("Guilherme", "dos", "Anjos"),
    ("Philippa", "von und zu", "Egloffstein"),
    ("Joris", "ten", "Brinke"),
]

_X_SUBJECTS = _words(
    """Otoacoustic Emissions|Newborn Hearing Screening|Cochlear Implant Outcomes|
Auditory Brainstem Responses|Middle Ear Effusion|Auditory Neuropathy|Congenital Cytomegalovirus|
Hearing Aid Fitting|Spoken Language Acquisition|Screening Referral Rates|Loss to Follow-Up|
Wideband Tympanometry|Ototoxicity Surveillance|Electrode Impedance|Vestibular Function|
Sound Localisation|Telehealth Implant Mapping|Unilateral Deafness|Waiting Room Acoustics|
Caregiver Engagement""".replace("\n", ""),
    "|",
)
_X_METHODS = _words(
    """Wavelet Denoising|Dynamic Time Warping|Latent Class Analysis|Rasch Scaling|
Proportional Hazards|Independent Component Analysis|Convolutional Autoencoders|
Gated Recurrent Units|Bootstrap Resampling|Multitaper Spectra|Decision Trees|Gibbs Sampling|
Naive Bayes Classifiers|Adaptive Staircases|Signal Detection Theory|Propensity Score Matching|
Latent Growth Curves|Capture-Recapture Estimates""".replace("\n", ""),
    "|",
)
_X_NOUNS = _words("cohort|audit|checklist|dashboard|repository|inventory|workbook|compendium", "|")
_X_ONE_WORD_TITLES = _words("Earshot Hushabye Murmur Babble Eardrum Chirp Stirrup")

_X_VENUES = [
    "MICCAI",
    "Interspeech",
    "ICASSP",
    "Ear and Hearing",
    "the International Journal of Pediatric Otorhinolaryngology",
    "EMBC",
    "Trends in Hearing",
]

_X_SENTENCES = [
    "Checking {x} ear by ear takes clinic time that rural clinics can hardly spare, and one "
    "visit overlooks how {x} shifts during the first weeks of life.",
    "We describe a procedure built on {m} that infers {x} from the recordings nurses already "
    "make at discharge.",
    "It couples {m} with what is known of cochlear mechanics, so its outputs remain sensible "
    "for premature infants.",
    "In five screening programmes it cuts false referrals by about forty per cent compared "
    "with the usual two-step rescreen.",
    "The {n} gathers {k} clinics, and both it and the notebooks behind every figure are freely "
    "available.",
    "Published studies handle left and right ears separately, ignoring that the two ears of "
    "one infant tend to agree.",
    "This study examines {x} using {m}.",
    "Validation at partner hospitals confirms that the tool keeps working in hospitals left "
    "out during development.",
    "Retuning it for a new device takes only a few dozen recordings annotated by audiologists.",
    "Our analysis points to maternal infection, rather than prematurity, as the main driver "
    "of {x}.",
    "We report a {n} for {x} constructed around {m}.",
    "We end with the situations where it fails and the follow-up visits that could resolve them.",
]

_X_TITLES = (
    "{w}",
    "{s} via {m}",
    "Measuring {s} before Hospital Discharge",
    "{s0}Watch: {m} for {s}",
    "Should {m} Guide {s}?",
    "Blind Spots of {m} in {s}",
    "A Multicentre {N} of {s}",
    "Hidden {sl}",
    "{m} and {s}: Notes from Two Districts",
    "Equitable {s} in Isolated Communities",
    "Pocket-Sized {m} for {s} and {s2}",
    "{s} at the Bedside",
)
_X_ROLES = [
    "Affiliate Academic Member",
    "Core Industry Member",
    "Canada Research Chair in Paediatric Hearing",
]
_X_UNIVERSITIES = [
    "Université de Rivière-Blanche",
    "University of Ardwyn",
    "Bellhaven Institute of Child Health",
]
_X_TOPICS = [
    "Biomedical Signal Processing",
    "Paediatric Audiology",
    "Digital Health",
    "Clinical Epidemiology",
]
_X_BIOGRAPHY = (
    "{owner} is an Assistant Professor who works on how babies' hearing is checked in the "
    "first weeks of life, in city hospitals and in rural clinics reached by video link, with "
    "particular attention to tests that nurses can run and families can understand."
)
_X_DEPARTMENT = "School of Audiology and Communication Disorders"
