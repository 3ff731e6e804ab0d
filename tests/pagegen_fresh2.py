"""The second fresh vocabulary of ``tests/pagegen.py``: seeds 6000 to 6999.

An untouched test set. Those who tune the profile-page reader never read this file nor the
pages, records or per-record errors of its seeds: only aggregate figures (the summary table
of ``benchmarks/bench_profile_pages.py --first-seed 6001``) are to be looked at, and only by
the person measuring, never by those tuning. Once its words have been seen by a tuner it is
spent, like the held-out one.

It shares no word with the tuning, held-out, fresh, dev and dev2 vocabularies (beyond the
same closed classes) nor with the reader's own word lists (``tests/test_profile_page_names.py``
checks both), and its pools have the held-out pools' classes and sizes.

It draws on a research domain of its own, musical acoustics and music information retrieval,
and on name cultures from all over (East, West and Southern Africa, the Maghreb, the Caucasus,
Central and South-East Asia, South Asia, Iran, the Levant, Mexico and the Andes, Oceania,
Wales, Malta, Mongolia):

* half the organisations carry no kind word ("Lute Tablature Copyists", "Viola Bowing
  Studio") and share words with the page's own titles; the others end with a closed kind
  word ("Consortium", "Network", "Inc.") or are "The …" bodies;
* the given names that are English words are partly words of the domain that its titles
  use too ("Cadence", "Viola", "Sonata": "Viola Bowing" is a subject), partly Southern
  African virtue names ("Gift", "Precious", "Talent");
* family names include a hyphenated one ("Mendizabal-Oroz") and long Malagasy, Rwandan and
  Lao ones; accented names include Romanian, Latvian, Maltese, Azerbaijani, Hawaiian, Maori
  and Yoruba letters (``ș``, ``ņ``, ``ħ``, ``ə``, ``ʻ``, ``ā``, ``ọ``);
* mononyms are Mongolian, Burmese, Indonesian, Tamil and Pashto; one particle is one the
  reader has no list entry for ("ould");
* a Chinese and a Korean compound family name (欧阳, 선우), traditional Chinese given names
  ("志偉", "國華"), and Japanese family names that start with a kanji Chinese family names
  also use ("江口千尋", "白井結衣").
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_G_GIVEN = _words("""Tigist Yonas Bereket Hodan Abdirahman Ayaan Tatenda Farai Tendai Chipo Lindiwe
Zanele Fanja Hery Aminata Dinara Yerlan Sherzod Cholpon Tamari Anush Tigran Hovhannes Lusine
Elchin Gunel Jomar Rowena Dindo Wiroj Hafiz Faizal Ruwan Nirosha Bishnu Sabina Pratik Karthik
Meenakshi Senthil Sourav Moumita Anindya Tahmina Harpreet Gurdeep Jaspal Babak Mahsa Khaled Rasha
Mounir Yasmina Noa Itai Shira Yoav Xochitl Citlali Lautaro Luana Keoni Uwase Mugisha Nakato Bopha
Chikondi Mwila Selorm Dzifa Hauwa Tiziri Amayas Ineza Khamphet Kekeli Eleri Viliami Alsu Dilnur
Tsvetan Radka Ildar Rezeda Rojhat Sokha Vuthy Ixchel Wara""")

_G_FAMILY = _words("""Woldemariam Warsame Mohamud Kiprono Wafula Chebet Moyo Chikwanha Mutasa
Rakotomalala Randriamanantena Ndiaye Sarr Zhaksybekov Tokayeva Karimov Rakhimov Petrosyan Hakobyan
Sargsyan Mammadov Srisawat Wongsuwan Kamaruddin Shrestha Adhikari Gurung Subramanian Krishnamurthy
Venkatesan Bhattacharjee Sandhu Grewal Tehrani Hosseini Khoury Nasrallah Bouzid Mizrahi Mamani
Quispe Huaman Cavalcanti Leota Tupou Prydderch Nsengiyumva Ssempala Kabongo Mwale Agbeko Amegashie
Ouchene Aranburu Urrutia Llwyd Kerjean Hoxha Tsvetkov Hrytsenko Khairullin Zebari Phommachanh Tzul
Choque Cardona Ravuvu Qureshi Dorjee Banda Mendizabal-Oroz""")

_G_ACCENTED = [
    ("Brândușa", "Bălănescu"),
    ("Ľuboš", "Šťastný"),
    ("Eglė", "Vaičiūnaitė"),
    ("Krišjānis", "Ozoliņš"),
    ("Đurđica", "Šimunović"),
    ("Ġużeppi", "Buħaġiar"),
    ("Gwenllïan", "Prŷs"),
    ("Rúni", "Dalsgarð"),
    ("Mercè", "Vilaró"),
    ("Sebastião", "Leitão"),
    ("Gülnarə", "Məmmədova"),
    ("Kēhau", "Kaʻahanui"),
    ("Mātene", "Tāwhai"),
    ("Ọlábísí", "Adéṣínà"),
    ("Şêrko", "Bêkes"),
    ("Ánte", "Čuoldi"),
    ("Špela", "Žnidaršič"),
    ("Ñasaindy", "Arévalo"),
    ("Ömirzaq", "Särsenbaev"),
    ("Mirëlinda", "Shkëmbi"),
]

_G_ORGS = [
    # no kind word, and words of the page's own titles
    "Lute Tablature Copyists",
    "Bagpipe Drones Fraternity",
    "Raga Grammars Circle",
    "Busker Earnings Diary",
    "Viola Bowing Studio",
    "Carillon Partials Bench",
    # a closed kind word, or "The …"
    "The Cadence Spotting Consortium",
    "Hammer Voicing Network",
    "Village Brass Collaboration",
    "Timbrel Sonics Group",
    "Quaverline Phonics Inc.",
    "The Soundpost Team",
]

_G_WORD_GIVEN = _words("""Cadence Aria Lyric Viola Harper Jazz Sonnet Sonata Reverie Rhapsody
Serenity Destiny Dove Raven Gift Admire Innocent Blessing Precious Beauty Talent Marvel Wisdom
Prosper Privilege Clementine Honey Cherry Tansy Finch""")
_G_WORD_GIVEN_FAMILY = ["Lim", "Kaur", "Dube", "Baig"]

_G_VIET_FAMILY = _words("Mã Phí Cù Tiêu Đồng Giáp Lư Tào Chế Cung Thiều Sầm Khương Khuất Mạnh Nhan")
_G_VIET_GIVEN = _words(
    "Kelvin Kenny Trâm Phát Loan Vinh Bích Nguyên Hậu Sang Xuân Nhàn Định Hoài Thiện Hưng"
)

_G_CN_FAMILY = _words("贾 夏 方 邹 熊 白 孟 秦 江 尹 薛 段 雷 龙 黎 史 陶 欧阳 顾 戴")
_G_CN_GIVEN = _words(
    "志偉 昊天 紫萱 沐阳 锦程 泽宇 娜 桂英 國華 建宏 冠廷 佩玲 淑惠 秀珍 皓轩 欣妍 诗雨 晨阳 宏达 梓萌"
)
_G_KR_FAMILY = _words("심 민 원 천 방 공 현 변 염 선우")
_G_KR_GIVEN = _words("연우 혜진 지은 상훈 미영 영호 경수 나연 재원 보람")
_G_JP_FULL = _words("長谷川美穂 佐々木健 岡田優奈 村上大和 江口千尋 白井結衣 秦野陽介 熊谷隼人")

_G_MONONYMS = _words("""Tuvshinjargal Naranbaatar Enkhtuya Ganbold Tserendorj Thidar Nandar
Thiha Sukmawati Rusdiyanto Murugesan Thangaraj Ponnusamy Gulalai Zarghuna""")

_G_PARTICLE_NAMES = [
    ("Sidi", "ould", "Tolba"),
    ("Jolien", "van der", "Linde"),
    ("Luiza", "da", "Cunha"),
    ("Elmarie", "van", "Wyk"),
    ("Joep", "van den", "Heuvel"),
    ("Rosângela", "dos", "Anjos"),
    ("Lubna", "al", "Hashemi"),
    ("Kees", "ten", "Voorde"),
    ("Federica", "della", "Gherardesca"),
    ("Thibault", "de", "Menou"),
    ("Ebba", "von", "Platen"),
    ("Faisal", "bin", "Zulkarnain"),
]

_G_SUBJECTS = _words(
    """Cadence Spotting|Aria Ornaments|Lyric Syllabification|Sonata Expositions|Viola Bowing|
Carillon Partials|Bagpipe Drones|Jazz Improvisation|Sonnet Settings|Choir Intonation|Drum Onsets|
Hall Reverberation|Vocal Vibrato|Timbre Similarity|Raga Grammars|Gamelan Scales|
Hammer Voicing|Lute Tablature|Busker Earnings|Tempo Rubato""".replace("\n", ""),
    "|",
)
_G_METHODS = _words(
    """Constant-Q Transforms|Sakoe-Chiba Warping|Cepstral Liftering|Viterbi Backtracking|
Chromagram Medians|Formant Trackers|Pitch Salience Histograms|Scattering Transforms|
Siamese Encoders|Wiener Deconvolution|Vocoder Resynthesis|McAulay-Quatieri Sinusoids|
Delay-and-Sum Beamformers|Karplus-Strong Plucking|Griffin-Lim Inversion|Autocorrelation Peaks|
Gammatone Filterbanks|Zwicker Loudness Contours""".replace("\n", ""),
    "|",
)
_G_NOUNS = _words("songbook|discography|miscellany|tunebook|setlist|fakebook|partbook|jukebox", "|")
_G_ONE_WORD_TITLES = _words("Encore Overtones Fermata Glissando Crescendo Tremolo Offbeat")

_G_VENUES = [
    "ISMIR",
    "ICASSP",
    "DAFx",
    "Organologia",
    "the Yearbook of Ethnomusicological Inquiry",
    "Psychoacoustica",
    "the Lutherie Courier",
]

_G_SENTENCES = [
    "Musicians infrequently notate {x}, and hissy cassettes smear how {x} differs from troupe to "
    "troupe.",
    "We recast {m} so that {x} emerges from rehearsal takes lying idle on laptops.",
    "Wedding {m} to organological wisdom makes its verdicts musical even for untrained ears.",
    "On nine festivals it slips a fraction as often as its likeliest challenger.",
    "Our {n} gathers {k} troupes, whose transcribed takes anybody is welcome to borrow.",
    "Published accounts conflate nearby villages, supposing fiddlers everywhere bow uniformly.",
    "We give {x} another hearing by means of {m}.",
    "Untouched festivals confirm that nothing hinges on venue.",
    "Fourteen transcribed concerts are ample for readjusting it.",
    "Our microphones link {x} to hall size, barely to dampness.",
    "This contribution offers a {n} of {x} compiled with {m}.",
    "Lastly we name weaknesses and the supplementary recordings fit for remedying them.",
]

_G_TITLES = (
    "{w}",
    "Hearing {s} through {m}",
    "Salvaging {s} from Shellac Recordings",
    "{s0}Phon: {m} for {s}",
    "Ought {m} to Replace Ears in {s}?",
    "How {m} Stumbles on {s}",
    "Drafting a Communal {N} of {s}",
    "Wandering {sl}",
    "{m} Encounters {s}: Jottings from Village Bands",
    "Is {s} Worth the Bother?",
    "Pocket-Sized {m} for {s} and {s2}",
    "{s} in Rehearsal Rooms",
)
_G_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_G_UNIVERSITIES = [
    "University of Marrowdene",
    "Pemberhurst Conservatoire",
    "Conservatorio Superior de Ibarrola",
]
_G_TOPICS = [
    "Musicology",
    "Organology",
    "Ethnomusicology",
    "Psychoacoustics",
]
_G_BIOGRAPHY = (
    "{owner} is an Assistant Professor who listens to fiddles, halls and singers, asking "
    "what performers hear, what listeners remember, and how vintage recordings still resonate."
)
_G_DEPARTMENT = "Department of Musical Acoustics"
