"""The twenty-fifth fresh vocabulary of the profile-page generator (``tests/pagegen.py``).

An untouched test set, written on 8 December 2026 (session 28) by a helper who read neither
the reader, its word lists and tests, nor any other vocabulary but the tuning and held-out
pools of ``pagegen.py`` (for the pools' format, sizes and kinds of entries; none of their
words is copied), and who never ran the reader on its pages. Nobody tuning the reader reads
this file or its pages (seeds 30000-30999); it is measured in aggregate only.

Research domain: empirical software engineering (code review, continuous integration,
technical debt, mining software repositories). People's names come from India (Telugu,
Kannada, Malayalam, Bengali, Punjabi, Marathi, Odia and Assamese names), Pakistan,
Bangladesh, Nepal, Iran, Israel (Hebrew and Arabic speakers), Egypt, Jordan, Lebanon,
Morocco, Tunisia, Turkey, Greece, Cyprus, Georgia, Armenia, Kazakhstan, Uzbekistan, Russia
(Tatar and Chechen names too), Poland, Czechia, Slovakia, Hungary, mainland China, Hong
Kong, Singapore, South Korea, Quebec, the US South and Brazil (Portuguese and
Japanese-Brazilian names), written as such a person appears on an English-language page;
accented names, names with particles, Vietnamese, Chinese, Korean and Japanese names and
mononyms (South Indian) have pools of their own, as in the held-out vocabulary.
Organisations are companies, a cooperative, networks, an agency, a consortium, volunteer
contributors and teams, some named in French, Turkish, Polish or Portuguese.
"""

from __future__ import annotations


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_AB_GIVEN = _words("""Venkata Sravani Harika Chaitanya Manjunath Pavithra Chethan Anoop Sreejith
Sourav Anirban Debjani Gurpreet Harjinder Simranjeet Aniket Subhashree Debasish Pranjal Bitopan
Usman Hira Mehwish Tanvir Nusrat Bishnu Prakriti Sujan Mahsa Behnam Arash Parisa Yael Noam Eitan
Wissam Mostafa Nourhan Laith Rabih Joelle Soufiane Meryem Rym Emre Gizem Tolga Vasilis Eleftheria
Despina Panayiotis Giorgi Levan Armen Anahit Yerlan Aigerim Bekzod Dilnoza Sergey Ksenia Ildar
Alsu Zelimkhan Khava Krzysztof Agnieszka Ondrej Zuzana Gergely Eszter Zhiwei Yuxin Jiaqi Wing-Yan
Chi-Hung Ji-hoon Soyeon Pierre-Olivier Marie-Claude Travis LaToya DeShawn Rodrigo Larissa Marcelo
Hideki Mayumi""")
_AB_GIVEN.append("Hui Min")  # (a Singaporean given name of two words)

_AB_FAMILY = _words("""Kommareddy Vemulapalli Gollapudi Hegde Gowda Kuruvilla Panicker
Bhattacharjee Sandhu Dhillon Deshpande Mohapatra Panigrahi Borthakur Hazarika Qureshi Chowdhury
Shrestha Adhikari Rezaei Tavakoli Mizrahi Ben-Haim Zoabi Abu-Saleh Abdelrahman Obeidat Al-Zoubi
Khoury Benjelloun Alaoui Trabelsi Jaziri Kaya Papadimitriou Kontogiannis Charalambous Beridze
Gelashvili Hakobyan Sargsyan Zhunusova Rakhimov Mirzaeva Orlov Belousova Khairullin Magomadov
Krawczyk Mazur Kratochvil Hudec Nagy Farkas Zhou Xiong Leung Tsang Goh Teo Jeong Baek Tremblay
Lavoie Boudreaux Hollingsworth McCollum Cavalcanti Albuquerque Hayashida Tanigawa""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_AB_ACCENTED = [
    ("Frédérique", "Bélanger"),
    ("Benoît", "Thériault"),
    ("Anaïs", "Gélinas"),
    ("Bobbie-Jo", "Hébert"),
    ("Gökhan", "Şimşek"),
    ("Çiğdem", "Kılıç"),
    ("Şevket", "Ünsal"),
    ("Michał", "Kołodziej"),
    ("Grażyna", "Dąbrowska"),
    ("Přemysl", "Kučera"),
    ("Věra", "Hájková"),
    ("Ľubomír", "Kováč"),
    ("Ivana", "Ďurčová"),
    ("Gergő", "Szőke"),
    ("Réka", "Fülöp"),
    ("Dilshod", "Gʻaniyev"),
    ("Luís", "Magalhães"),
    ("Vitória", "Simões"),
    ("Márcia", "Ōshiro"),
    ("Sélim", "Chérif"),
]

_AB_ORGS = [
    "Kaveri Softworks Pvt. Ltd.",
    "The BuildPulse Special Interest Group",
    "Groupe de recherche en génie logiciel de l'Outaouais",
    "Yazılım Kalitesi Araştırma Grubu",
    "Chattahoochee Code Labs, Inc.",
    "The ReproBuild Contributors",
    "Cooperativa de Software Livre Ipê",
    "Himalayan Free Software Network",
    "Padma Fintech DevOps Team",
    "Hangang Software Assurance Agency",
    "Caucasus–Central Asia Software Metrics Consortium",
    "Zespół Analizy Repozytoriów Kodu",
]

_AB_WORD_GIVEN = _words("""Chance Cash Bliss Candy Crystal Destiny Harmony Melody Patience Mercy
Charity Sandy Buck Rusty Chip Buddy Miles Guy Ginger Cherry Poppy Daisy Violet Jade Heather
Willow Porter April Chase Mason""")
_AB_WORD_GIVEN_FAMILY = ["Gill", "Park", "Shah", "Hale"]

_AB_VIET_FAMILY = _words(
    "Trịnh Đào Phùng Chu Diệp Đàm Hứa Nghiêm Khổng Tăng Thạch Nông Lục Doãn Âu Ông"
)
_AB_VIET_GIVEN = _words(
    "Kevin Tiffany Nhung Thắng Phúc Quỳnh Đức Huệ Nam Giang Hạnh Lộc Tùng Yến Cường Oanh"
)

_AB_CN_FAMILY = _words("余 杜 葉 程 蘇 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 熊")
_AB_CN_GIVEN = _words(
    """立新 晓峰 雅婷 宏伟 丽娜 振华 梦瑶 国栋 志明 泽宇 紫萱 文静 海涛 春燕 博文 思琪 凯 颖 鹏飞 家樂"""
)
_AB_KR_FAMILY = _words("전 고 문 양 손 배 백 허 유 남")
_AB_KR_GIVEN = _words("성민 지훈 수빈 예은 동현 민서 태윤 다은 승우 혜진")
_AB_JP_FULL = _words("森田健二 清水美穂 石川大樹 前田沙織 藤原翔 岡本千尋 村上亮介 長谷川優子")

_AB_MONONYMS = _words("""Nagaraju Lakshmamma Basavaraju Thimmappa Shivalingappa Puttaswamy Siddaiah
Yellappa Ramaiah Hanumanthappa Chikkanna Muniyappa Sharanappa Venkatamma Nanjundaswamy""")

_AB_PARTICLE_NAMES = [
    ("Geneviève", "de la", "Chevrotière"),
    ("Étienne", "de", "Grandpré"),
    ("Thiago", "das", "Neves"),
    ("Luana", "dos", "Reis"),
    ("Gabriel", "da", "Cunha"),
    ("Priscila", "do", "Amaral"),
    ("Youssef", "el", "Idrissi"),
    ("Rania", "al", "Khatib"),
    ("Sami", "ben", "Ammar"),
    ("Claiborne", "de la", "Houssaye"),
    ("Naeem", "ud", "Din"),
    ("Heba", "el", "Shazly"),
]

_AB_SUBJECTS = _words(
    """Code Review|Flaky Tests|Build Breakage|Technical Debt|Merge Conflicts|Commit Messages|
Reviewer Recommendation|Dependency Updates|Test Smells|Bug Localization|Refactoring Activity|
Developer Turnover|License Inconsistencies|Code Clones|Security Patches|Newcomer Onboarding|
Changelog Hygiene|Static Analysis Warnings|Pull Request Abandonment|Architectural Decay""".replace(
        "\n", ""
    ),
    "|",
)
_AB_METHODS = _words(
    """Survival Analysis|Mediation Analysis|Thematic Coding|Latent Dirichlet Allocation|
Code Embeddings|LLM Agents|Program Slicing|Mutation Testing|Association Rule Mining|
Difference-in-Differences Designs|Synthetic Controls|Instrumental Variables|Propensity Score
Matching|Abstract Syntax Tree Differencing|Sentiment Classifiers|Card Sorting|Program Dependence
Graphs|Information Retrieval""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_AB_METHODS = [" ".join(m.split()) for m in _AB_METHODS]
_AB_NOUNS = _words("taxonomy|bot|dashboard|linter|plugin|heuristic|checklist|miner", "|")
_AB_ONE_WORD_TITLES = _words("Bitrot Cruft Bikeshedding Hotfix Monorepo Rebase Workaround")

_AB_VENUES = [
    "ICSE",
    "MSR",
    "ESEC/FSE",
    "ICSME",
    "SANER",
    "Empirical Software Engineering",
    "IEEE Transactions on Software Engineering",
]

_AB_SENTENCES = [
    "Few teams measure {x} systematically, and dashboards hide the evolution of {x} across "
    "releases.",
    "We design a detector atop {m} that flags {x} in version histories.",
    "It couples {m} with a couple of maintainer heuristics, so its warnings remain actionable "
    "on legacy projects.",
    "On eleven industrial repositories it raises nearly forty percent fewer false alarms "
    "than competing detectors.",
    "We publish our {n} and a replication package covering {k} projects.",
    "Previous repository miners regard each commit as an isolated event, although developers "
    "routinely bundle edits.",
    "We analyse {x} by means of {m}.",
    "Interviews with practitioners confirm that the mined patterns match their experience.",
    "Labelling only a few hundred pull requests proves sufficient to retrain the classifier.",
    "Our analyses tie {x} to reviewer workload rather than to code size.",
    "We contribute a {n} for {x} realised with {m}.",
    "We end with threats to validity and the telemetry that future replications should collect.",
]

_AB_TITLES = (
    "{w}",
    "{s} via {m}",
    "Mining {s} from Ten Thousand GitHub Repositories",
    "{s0}Miner: {m} for {s}",
    "Should {m} Guide {s}?",
    "Pitfalls of {m} in {s}",
    "Introducing a {N} for {s}",
    "Lingering {sl}",
    "Applying {m} to {s}: An Experience Report from Two Companies",
    "Explaining {s} in Free Software Communities",
    "Jointly Modelling {s} and {s2} with {m}",
    "{s} Revisited",
)
_AB_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_AB_UNIVERSITIES = [
    "École supérieure d'informatique du Haut-Richelieu",
    "Bhimtal Institute of Engineering",
    "Polytechnic University of Aralkum",
]
_AB_TOPICS = [
    "Software Engineering",
    "Mining Software Repositories",
    "Continuous Integration",
    "DevOps",
]
_AB_BIOGRAPHY = (
    "{owner} is an Assistant Professor who examines how developers review, build and maintain "
    "code, favouring what can be mined from the histories that version control retains."
)
_AB_DEPARTMENT = "Department of Computing and Software Engineering"
