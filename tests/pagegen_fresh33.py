"""The thirty-third fresh vocabulary of the profile-page generator (``pagegen.py``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py``, and who never ran the reader on its pages. Nobody tuning the reader
reads this file or its pages (seeds 38000-38999); it is measured in aggregate only.

Domain: computational musicology and music information retrieval (chord estimation, symbolic
music corpora, folk-tune classification, audio source separation), with Carnatic and
Hindustani, gamelan, makam, flamenco, fado, Irish and Nordic folk repertoires.

Names: of Japan, South Korea, China (Shanghai, Beijing, Guangdong), Taiwan, Hong Kong, Vietnam,
Thailand, Indonesia (Javanese and Balinese gamelan scholars), India (Tamil, Telugu, Kannada,
Bengali, Marathi), Pakistan, Iran, Turkey, Greece, Cyprus, Israel, Egypt, Tunisia, Mali,
Senegal, Nigeria, South Africa, Spain (Andalusia), Portugal, France, Belgium, the Netherlands,
Germany, Austria, Czechia, Hungary, Finland, Estonia, Sweden, Norway, Ireland, Scotland, the
United States, Canada (Quebec), Mexico, Cuba, Brazil, Argentina and Colombia, written as such
a person appears on an English-language page. Every word was written for this set.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AJ_GIVEN = _words("""Haruto Misaki Takumi Ayaka Ji-hoon Min-jung Hyun-woo Xiaoyu Zhiwei Jiahui
Yu-Ting Chih-Wei Wing-Kei Ka-Ho Hoi-Yan Supachai Nattapong Kanokwan Bambang
Karthikeyan Lakshmi Srinivasa Manjunath Sourav Debashree Aniket Vaishnavi Padmavathi Anirban
Usman Faisal Parisa Kourosh Mahsa Emre Deniz Burcu Stavros Eirini Panagiotis Andreas
Chrystalla Noam Yael Itamar Mahmoud Nermeen Wassim Oumou Bakary Cheikh Aminata Chinonso Babatunde
Ngozi Sipho Lindiwe Macarena Gonçalo Leonor Margaux Thibault Griet Joris Jannik
Friederike Florian Veronika Zuzana Ondřej Bence Réka Tuomas Kadri Oskar Ingeborg
Cian Aoife Ailsa Brianna DeShawn Marc-Antoine Marie-Ève Itzel Yusleidy Thiago Agustina""")
# Balinese birth-order names, written as two words before the name proper
_AJ_GIVEN += ["I Nyoman", "Ni Made"]

_AJ_FAMILY = _words(
    """Fujimoto|Sakaguchi|Jeon|Baek|Qian|Shen|Hsieh|Tsai|Cheung|Yeung|Srisuwan|Wongsawat|
Wiryawan|Hendrarto|Krishnaswamy|Venkataraman|Chakraborty|Deshpande|Kulkarni|Raghavendra|
Subramanian|Qureshi|Chaudhry|Tehrani|Farahani|Kaya|Demirci|Papadakis|Konstantinou|Charalambous|
Ben-David|Shapira|Abdelrahman|Fahmy|Trabelsi|Ben Ammar|Keita|Coulibaly|Sarr|Faye|Okeke|Adeleke|
Mokoena|Nkosi|Montoya|Heredia|Pimentel|Brandão|Marchand|Rousseau|Peeters|Claes|Bosman|Kuipers|
Hoffmann|Pichler|Svoboda|Farkas|Laaksonen|Tamm|Forsberg|Haugen|O'Sullivan|Ní Bhriain|MacLeod|
Whitaker|Gagnon|Villaseñor|Valdés|Siqueira|Restrepo""".replace("\n", ""),
    "|",
)

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AJ_ACCENTED = [
    ("Ángela", "Peñalosa"),
    ("Sebastião", "Magalhães"),
    ("Geneviève", "Bélanger"),
    ("Jörg", "Weißkopf"),
    ("Ottó", "Szőllősi"),
    ("Väinö", "Hämäläinen"),
    ("Tiiu", "Põldmäe"),
    ("Åsa", "Sjöström"),
    ("Øyvind", "Rønningen"),
    ("Vojtěch", "Kříž"),
    ("Gülşen", "Karakoç"),
    ("Héctor", "Ordóñez"),
    ("Nicolás", "Quiñones"),
    ("Loïc", "Denoël"),
    ("Rocío", "Cortés"),
    ("Dagmar", "Förster"),
    ("Mamadou", "Traoré"),
    ("Aïssatou", "Ndiaye"),
    ("Ọláfẹ́mi", "Adéyẹmí"),
    ("Müge", "Aydın"),
]

_AJ_ORGS = [
    "The Carnatic Raga Annotation Team",
    "Konsorsium Notasi Gamelan Surakarta",
    "Irish Traditional Tune Collective",
    "Laboratoire de recherche en musiques traditionnelles du Québec",
    "Soundgrain Audio Ltd.",
    "Arbeitsgruppe Digitale Musikedition",
    "Rede de Arquivos do Fado",
    "Yamato Onkyo Co., Ltd.",
    "The ChordBank Collaboration",
    "Cooperativa de Músicos Flamencos de Jerez",
    "Mande Griot Recording Fieldwork Team",
    "The SEPARA Challenge Organizers",
]

_AJ_WORD_GIVEN = _words("""Melody Harmony Lyric Piper Aria Destiny Bliss Chance Sandy Rusty Buck
Chase Miles Gene Lily Daisy Violet Poppy Heather Crystal Jewel Cherry Ember Mercy Patience Willow
Lance Guy Nick Sunshine""")
_AJ_WORD_GIVEN_FAMILY = ["Hall", "Bell", "Ong", "Diallo"]

_AJ_VIET_FAMILY = _words(
    "Trịnh Phùng Tăng Khúc Giang Diệp Nghiêm Thân Âu Hứa Tôn Chu Đàm Ninh Lã Ông"
)
_AJ_VIET_GIVEN = _words(
    "Kevin Tiffany Nhung Thắng Phúc Hạnh Đạt Yến Trinh Cường Loan Hiền Nam Uyên Tùng Quyên"
)

_AJ_CN_FAMILY = _words("钱 沈 陆 顾 魏 葉 程 苏 卢 丁 吕 范 方 姚 谭 廖 邹 鍾 賴 欧阳")
_AJ_CN_GIVEN = _words(
    "乐天 韵 笙 雅琴 志明 美玲 詠詩 家樂 偉倫 淑芬 怡君 宗翰 冠宇 立新 卫东 秋月 琳 鸿 悦 思琪"
)
_AJ_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남")
_AJ_KR_GIVEN = _words("예린 승현 다은 준서 하람 태윤 가온 민서 보람 성민")
_AJ_JP_FULL = _words("藤井聡子 森田光 石川雅人 前田遥 岡本和也 長谷川翔 村上千尋 佐々木瞳")

_AJ_MONONYMS = _words("""Suwardi Parjiyo Kuswanto Sukamto Warsito Sriyanti Rusdiono Ngadino
Tumiyem Karyono Partini Sugeng Darsono Thirunavukkarasu Pushpavalli""")

_AJ_PARTICLE_NAMES = [
    ("Wouter", "van der", "Linden"),
    ("Lieve", "van", "Acker"),
    ("Gerrit", "te", "Velde"),
    ("Juan Pablo", "de la", "Fuente"),
    ("Joana", "dos", "Reis"),
    ("Fernanda", "da", "Costa"),
    ("Youssef", "ben", "Amor"),
    ("Karim", "el", "Gammal"),
    ("Annelies", "de", "Smedt"),
    ("Clemens", "von", "Thurn"),
    ("María Pilar", "del", "Río"),
    ("Yves", "le", "Gall"),
]

_AJ_SUBJECTS = _words(
    """Chord Estimation|Key Detection|Beat Tracking|Melody Extraction|Raga Identification|
Tune Family Classification|Singing Voice Separation|Drum Transcription|Harmonic Analysis|
Phrase Segmentation|Metrical Parsing|Tonic Identification|Instrument Recognition|
Cover Song Identification|Lyrics Alignment|Tempo Induction|Polyphonic Transcription|
Modal Analysis|Motif Mining|Makam Recognition""".replace("\n", ""),
    "|",
)
_AJ_METHODS = _words(
    """Variable-Order Markov Chains|Harmonic Templates|Pitch Class Histograms|
Dynamic Warping Alignments|Convolutional Recurrent Encoders|Chroma Features|Constant-Q Transforms|
Weighted Context-Free Grammars|Viterbi Decoders|Recurrence Plots|
Scattering Transforms|Temporal Convolutions|Siamese Encoders|Discrete Audio Codecs|
Tonnetz Embeddings|Latent Dirichlet Allocation|Masked Token Objectives|Pairwise Ranking Losses""".replace(
        "\n", ""
    ),
    "|",
)
_AJ_NOUNS = _words(
    "songbook|tunebook|compendium|codebook|gazetteer|repertoire|lexicon|concordance", "|"
)
_AJ_ONE_WORD_TITLES = _words("Downbeat Overtone Refrain Countermelody Syncopation Tritone Descant")

_AJ_VENUES = [
    "ISMIR",
    "ICASSP",
    "DLfM",
    "Musicae Scientiae",
    "Ethnomusicology Forum",
    "EUSIPCO",
    "Empirical Musicology Review",
]

_AJ_SENTENCES = [
    "Reference labels for {x} take experts hours per recording, and crowd workers often "
    "disagree about where one section ends.",
    "We describe a recogniser for {x} that rests on {m} and works on unsegmented audio.",
    "Coupling {m} with music-theoretic constraints makes its outputs consistent across "
    "modulations and transpositions.",
    "On five repertoires it outscores every published rival by a wide margin.",
    'The accompanying {n} gathers {k} transcribed pieces, including so-called "tune families", '
    "under a free licence.",
    "Older transcribers presuppose equal temperament, which does not fit most oral traditions.",
    "This note treats {x} as a problem for {m}.",
    "Listening tests with performers (vocalists, violinists and percussionists) confirm that "
    "the outputs sound credible to trained ears.",
    "Recordings were resampled to 22.05 kHz mono; a dozen transcribed tunes are then sufficient "
    "to adapt the recogniser to a new instrument.",
    "{s} remains unreliable for repertoires whose pitch drifts within a performance, more so "
    "than for studio pop.",
    "This contribution introduces a {n} for {x} that relies on {m}.",
    "We end by listing the pieces on which it fails and the annotations that could help.",
]

_AJ_TITLES = (
    "{w}",
    "{s} via {m}",
    "Listening for {s} in Village Gamelan Recordings",
    "{s0}Diff: {m} for {s}",
    "Are {m} Sufficient for {s}?",
    "Why {m} Still Struggle with {s}",
    "A Freely Licensed {N} for {s}",
    "Unfinished {sl}",
    "{m} Versus {s}: Seven Archives Compared",
    "Revisiting {s} beyond Western Tuning",
    "Compact {m} for Joint {s} and {s2}",
    "{s}, Reconsidered",
)
_AJ_ROLES = ["Principal Investigator", "Affiliate Faculty Member", "Visiting Fellow"]
_AJ_UNIVERSITIES = [
    "University of Marrowdale",
    "Technische Hochschule Ebersfeld",
    "Universidade Nova de Alcobaça",
]
_AJ_TOPICS = [
    "Music Information Retrieval",
    "Computational Ethnomusicology",
    "Audio Signal Processing",
    "Computational Music Theory",
]
_AJ_BIOGRAPHY = (
    "{owner} is an Assistant Professor who builds software for hearing and reading music from "
    "many traditions, from chord charts and folk tune collections to multitrack studio "
    "recordings, and who works closely with performers and archivists."
)
_AJ_DEPARTMENT = "Department of Music and Sound Computing"
