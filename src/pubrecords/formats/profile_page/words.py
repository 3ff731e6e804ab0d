"""The profile-page reader's vocabulary: word lists, headings, folding, patterns."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from unidecode import unidecode


def load_words(name: str) -> frozenset[str]:
    text = (resources.files("pubrecords") / "data" / name).read_text(encoding="utf-8")
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(title vocabulary, given names), loaded once from the package's data files."""
    return load_words("page_title_words.txt"), load_words("page_given_names.txt")


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# Lowercase words that may stand inside a personal name ("Ludwig van Beethoven").
PARTICLES = frozenset(
    [
        "i",  # (Catalan: "Puig i Cadafalch")
        "í",  # (Faroese)
        "á",
        "à",  # (Romansh)
        "a/l",  # (Malaysian: "Kumaravel a/l Subramaniam"; "a/p"; Singapore "s/o", "d/o")
        "a/p",
        "s/o",
        "d/o",
        "vanden",
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "delle",
        "di",
        "da",
        "das",
        "dos",
        "do",
        "du",
        "la",
        "le",
        "les",
        "lo",
        "ten",
        "ter",
        "te",
        "zu",
        "zur",
        "y",
        "e",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "ben",
        "bat",
        "af",
        "av",
        "st.",
        "wa",
    ]
)
SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"])
# Given names that are also words or titles ("Dean Berry", "King Liu"), first on a line.
WORD_GIVEN = frozenset(
    _words("""april art august autumn bill bishop cash chance chase cliff dale dawn dean duke earl
    eve faith frank gale glen grace grant guy hope hunter iris ivy jack jade jay joy june
    king lily mark may major miles page pearl prince ray rich robin rose ruby rusty sandy
    sterling summer sunny victor violet wade will young""")
)
# Last words of an organisation's name ("The TimesTen Team", "Lotus Development Corp.").
ORG_END = frozenset(
    _words("""group team corp corp. corporation inc inc. ltd ltd. llc co. company consortium
    collaboration project network committee association society foundation council
    initiative alliance organization organisation partnership taskforce gmbh ag
    laboratory laboratories labs lab observatory observatories programme program office
    agency bureau centre center unit panel board commission facility forum federation union
    trust cooperative collective league ministry directorate secretariat investigators
    survey registry register census archive archives database campaign trial cohort
    collaborative coalition syndicate consortia herbarium library clinic academy
    university international worldwide administration service hub mission expedition
    fund limited incorporated party""")
)
# First words of a body's name in other languages ("Stichting …", "Fundación …",
# "Max-Planck-Institut für …": the last part of a hyphenated first word counts), folded;
# none is a given name.
ORG_START = frozenset(
    _words("""stichting vereniging instituut universiteit rijksdienst fundacion fundacao
    fondazione fondation stiftung stiftelsen fundacja nadace verein verband
    forderverein arbeitsgemeinschaft arbeitskreis associazione asociacion associacao
    societe sociedad sociedade societa selskab sallskapet foreningen forening
    towarzystwo stowarzyszenie spolek institut instituto istituto institutul
    instytut ustav universidad universite universita uniwersytet univerzita consejo
    conselho consiglio conseil centro zentrum laboratorio laboratoire laboratorium
    museo musee museu ministerio ministere ministero ministerium agencia agence
    agenzia servicio servizio cooperativa cooperative grupo groupe gruppo equipo
    equipe reseau rede rete comite comision commissione comissao observatorio
    observatoire osservatorio akademie academia academie accademia akademia
    collectif colectivo coletivo collettivo projekt proyecto projeto progetto
    programa programma hochschule fachhochschule ecole escola scuola hopital
    ospedale klinik clinica clinique forschungszentrum forschungsinstitut stazione estacion
    estacao direccion direcao direzione subdireccion secretaria coordinacion coordenacao
    oficina ufficio departamento dipartimento delegacion proteccion protezione protecao
    defensa defesa prefeitura municipalidad ayuntamiento comune gobierno governo
    gouvernement nucleo sezione bundesanstalt bundesamt landesamt amt dienst
    arbeitsgruppe badan pusat balai dinas lembaga kementerian direktorat yayasan
    perkumpulan kagawaran samahan proyekto pambansang vedurstofa stofnun consorzio
    consorcio junta groupement comunidad comunita comunidade mancomunidad federacion
    federazione federacao confederacion sindicato syndicat agrupacion camara colegio
    collegio netwerk werkgroep onderzoeksgroep kenniscentrum samenwerkingsverband
    genootschap ziekenhuis verbond centrum rhwydwaith grwp canolfan uned cymdeithas
    prifysgol ymddiriedolaeth bwrdd sefydliad prosiect rhaglen partneriaeth cyngor
    llywodraeth ysbyty adran gwasanaeth grupa lionra ionad cumann ollscoil institiuid
    colaiste tionscadal foireann comhairle udaras seirbhis feidhmeannacht aonad zadruga
    zavod drustvo udruga udruzenje savez centar klinika bolnica fakultet sveuciliste
    univerzitet univerza mreza skupina zveza ministarstvo agencija qendra instituti
    shoqata fondacioni rrjeti grupi universiteti spitali ministria agjencia shoqeria
    ekipi projekti asociatia fundatia centrul reteaua grupul societatea spitalul
    universitatea agentia ministerul directia federatia uniunea colegiul maternitatea
    associacio fundacio xarxa grup servizo conselleria xunta azienda
    associu fundaziun ghaqda fondazzjoni kunsill dipartiment sptar grupp fondatioun
    felag midstod haskoli rannsoknarhopur kevredigezh tsentr asotsiatsiia merezha
    laboratoriia spilka tovarystvo likarnia universytet ministerstvo sdruzhenie
    fondatsiia zespol pracownia siec konsorcjum zaklad katedra spoldzielnia tym
    laborator sdruzeni druzstvo koperasi persatuan pertubuhan kumpulan jabatan kelompok
    jaringan ikatan himpunan perhimpunan rezo asosyasyon gwoup komite fondasyon pwoje
    kolektif federasyon inivesite ministe lopital ekip kowoperativ mesa reparticao divisao
    direccao gabinete servico unidad unidade unita unite unitat brigada ropu equip
    konsorsium""")
)
# Kind words first in a body's name (in ORG_START) that name a group of people, a team or a
# lab, not a thing a title may be about ("Groupe de recherche en …", not "Réseau de …"):
# such a body in sentence case is an author even met once.
PEOPLE_KIND_FIRST = frozenset(
    _words("""groupe equipe grupo equipo gruppo laboratoire laboratorio laboratorium
    associazione asociacion associacao zespol pracownia tym skupina grupa grupp grup
    arbeitsgruppe arbeitsgemeinschaft forschungsgruppe werkgroep onderzoeksgroep
    stowarzyszenie""")
)
# Articles that may open a body's name before its kind word ("Te Rōpū …", "Die Arbeitsgruppe …",
# "Il Gruppo …"), folded
ARTICLES_FIRST = frozenset(_words("te il lo las les die"))
# Lowercase words inside a body's name in other languages ("Verein für Moorschutz")
FOREIGN_INNER = frozenset(
    _words("""für fur pour para per dla och og und et e y i voor van zur zum der die das du de
    della del dei di da do dos la le les el las al à a en in of for and the au aux
    delle des na agus""")
)
# Kind words first in another language that are English words too ("Red": a network in
# Spanish): a body only with a joining word English has not ("Red Ciudadana de …").
ORG_START_ENGLISH_TOO = frozenset(_words("red rete rede union office service programme"))
FOREIGN_ONLY_INNER = frozenset(
    _words("de del della delle di da do dos das du des au aux für pour para")
)
# First words of a body named "KIND of/for …" ("Ministry of Bogs", "Centre for Peat
# Studies", "Friends of the Fen"), folded.
ORG_START_OF = frozenset(
    _words("""ministry department centre center institute school faculty office friends
    society association academy council committee commission bureau agency division
    laboratory foundation federation union university consortium alliance coalition
    league club chamber board""")
)
# Last words of a body's name in languages that put the kind word last, folded.
ORG_END_OTHER = frozenset(
    _words("""gesellschaft verein zentrum stiftung institut yhdistys saatio seura egyesulet
    alapitvany intezet kozpont kurumu dernegi vakfi merkezi enstitusu universitesi
    bakanligi mudurlugu baskanligi kenkyusho kyokai gakkai csoport halozat tarsasag
    kutatocsoport szovetseg korhaz egyetem grupe tinklas centras institutas draugija
    asociacija konsorciumas projektas komanda ligonine universitetas tikls centrs
    instituts biedriba slimnica universitate apvieniba ruhm vorgustik keskus selts uhing
    haigla ulikool verkosto laitos hanke sairaala yliopisto taldea elkartea sarea zentroa
    fundazioa institutua ospitalea unibertsitatea kooperatiba grubu ekibi laboratuvari
    toplulugu konsorsiyumu platformu kooperatifi birligi kurulu projesi sirketi""")
)
# What ends a body's name written in Chinese, Japanese or Korean script, run together with
# the rest ("雪氷化学観測グループ", "气候变化研究中心", "빙하연구팀")
CJK_ORG_ENDS = tuple(
    _words("""グループ チーム 研究会 協会 学会 研究所 センター 委員会 研究室 機構 株式会社 財団
    小组 课题组 研究组 团队 中心 协会 委员会 实验室 研究院 公司 基金会 联盟 小組 團隊 協會
    委員會 實驗室 연구팀 연구회 학회 협회 센터 연구소 위원회 연구실 주식회사 재단 네트워크""")
)
# Kind words that end a compound word naming a body, in the languages that run them
# together ("Forschungsgruppe", "vuosilustotutkimusryhmä", "Samenwerkingsverband",
# "Ljósmæðrafélag"), folded: a word that ends with one and is four letters longer.
KIND_COMPOUND_ENDS = tuple(
    _words("""gruppe groep grupp gruppen ryhma verband verbund netwerk netzwerk natverk
    natverket verkosto zentrum centrum keskus laitos gesellschaft genootschap vereniging
    verein forening foreningen yhdistys hanke projekt konsortium gemeinschaft ziekenhuis
    sykehus sjukhus sairaala stiftung stiftelse saatio felag midstod hopur ruhm vorgustik
    klinikum akademie kreis dienst""")
)
# Plural nouns of people, last on a line ("Braidmoor Rangers", "Fen Trustees"): a group,
# when no known given name comes before them.
PEOPLE_PLURAL = frozenset(
    _words("""rangers trustees wardens volunteers stewards scientists researchers contributors
    members editors students observers surveyors keepers farmers fishers residents
    citizens helpers collaborators participants workers naturalists enthusiasts
    birders anglers divers correspondents investigators practitioners nurses
    physicians surgeons midwives pharmacists librarians archivists technicians
    engineers teachers pupils alumni crew squad brigade monitors hunters elders guardians
    harvesters mappers""")
)
# Last words of a company's name that are also common in titles ("Helio Systems" but
# "Distributed Systems"): an organisation only after a coined word (not a title word).
COMPANY_END = frozenset(
    _words("""systems technologies analytics solutions software robotics dynamics industries
    institute research services therapeutics pharmaceuticals instruments ventures holdings
    partners associates consulting biosciences biologics diagnostics genomics devices
    materials chemicals botanicals organics naturals optics biotech pharma studios
    designs foods cosmetics ceramics microsystems""")
)
# Last words of a field site's or facility's name ("Summit Camp", "Concordia Station"),
# some of them family names too ("Jean Camp"): an organisation only with no known given
# name before them. (No real two-word name of the benchmark sets' author lists ends so.)
FACILITY_END = frozenset(
    _words("station camp outpost depot basecamp farm reserve preserve arboretum nursery lodge")
)
# Company legal forms, last on a line as written ("Kellner Optik SA", "Vanta Foods plc"):
# read case-sensitively, as "Sa" or "As" may be a family name.
LEGAL_FORMS = frozenset(
    _words("""SA S.A. SAS SARL SàRL Sàrl BV B.V. NV N.V. plc PLC Plc SRL S.r.l. S.R.L. SpA S.p.A.
    AB Oy Oyj AS A/S ApS ASA KK K.K. Pty Bhd Lda Kft Zrt d.o.o. s.r.o. a.s. SE KG OHG
    GmbH LLP LP Pte S.L. SL Ltda S.A.S. GbR UG e.V. eV eG KGaA mbH gGmbH BVBA SPRL VOF EURL
    SCOP Srl Snc SLU S.L.U. Pvt G.K. C.V. R.L. S.A.B. S.C. S.A.C. E.I.R.L. S/A Eireli Tbk
    JSC PJSC OÜ A.Ş. Şti o.o. (Pty) SARLAU vzw VZW v.z.w. asbl ASBL a.s.b.l. ry r.y. z.o.o. d.d. DOO DOOEL d.o.o.e.l. Sh.p.k. SHPK sh.p.k.
    EOOD OOD EAD Nyrt Bt ehf ehf. hf. k.s. v.o.s. spol. S.R.L. TOV""")
)
# Company legal forms first on a line ("PT Gunung Survei", "OOO Vulkantekh"), as written;
# one of two letters is read so only before two words or more ("CV Raman" is a name).
LEGAL_FIRST = frozenset(_words("PT CV OOO ZAO OAO PAO UAB SIA JSC PJSC"))
ORG_INNER = frozenset(["of", "for", "and", "the", "&", "on"])
# Words that make a line read as a title when they appear in lowercase.
FUNCTION = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "with",
        "to",
        "and",
        "or",
        "from",
        "into",
        "onto",
        "by",
        "at",
        "as",
        "is",
        "are",
        "be",
        "via",
        "vs",
        "vs.",
        "versus",
        "towards",
        "toward",
        "through",
        "using",
        "under",
        "over",
        "without",
        "within",
        "beyond",
        "between",
        "among",
        "not",
        "its",
        "their",
        "our",
        "we",
        "can",
        "do",
        "does",
        "how",
        "what",
        "why",
        "when",
        "which",
        "that",
        "this",
    ]
)
# English word endings that are rare at the end of personal names.
WORD_ENDINGS = (
    "ated",
    "ited",
    "ing",
    "ings",
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ism",
    "ology",
    "ical",
    "tive",
    "sive",
    "able",
    "ible",
    "ous",
    "ics",
    "ize",
    "ise",
    "ized",
    "ised",
)
# Suffixes that make English nouns and adjectives and that personal names almost never
# end with ("Circulation", "Occupancy", "Ridership"), with the plural of each; and weaker
# ones that some names share ("-ing": "Fleming"; "-age": "Page"; "-ery": "Avery").
_STRONG_SUFFIXES = (
    "tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ancy", "ency", "ism",
    "ology", "ography", "ics", "hood", "ware", "ities", "ologies", "ographies", "ancies",
    "encies", "ysis", "yses",
)  # fmt: skip
_STRONG_PLURAL = tuple(f"{e}s" for e in _STRONG_SUFFIXES if e[-1] in "aeimnopt")
_WEAK_SUFFIXES = ("ing", "ings", "age", "ages", "ery", "eries", "ure", "ures", "ise", "ize")


@lru_cache(maxsize=65536)
def english_ending(key: str) -> float:
    """How strongly the ending of a folded word (six letters or more) says it is an English
    common word, not a name: 2.0 for a noun-making suffix ("-tion", "-ship", "-ity"), 1.0
    for one that some names share ("-ing", "-age"), else 0.0."""
    if len(key) < 6 or not key.isalpha():
        return 0.0
    if key.endswith(_STRONG_SUFFIXES) or key.endswith(_STRONG_PLURAL):
        return 2.0
    if key.endswith(_WEAK_SUFFIXES) and len(_VOWELS.findall(key[:-3])) >= 1:
        return 1.0
    return 0.0


_VOWELS = re.compile("[aeiouy]")
# (a sentence's mark found first, then the letter before it looked back at: marks are rare)
SENTENCE_END = re.compile(r"[.!?](?<=[a-z)\]][.!?])(?:\s|$)")
CJK_SENTENCE_END = re.compile(r"[。！？]")
# An initial: "J.", "J.-P.", "A", or an initial of two or three letters that transliterates
# one letter (Cyrillic "Yu.", "Zh.", "Ts.") or abbreviates a given name ("Th.", "Chr.")
INITIAL = re.compile(
    r"^(?:[^\W\d_]\.)+$|^[^\W\d_]\.?(?:-[^\W\d_]\.?)+$|^[A-Z]$"
    r"|^(?:Ch|Sh|Shch|Zh|Kh|Ts|Tz|Yu|Ya|Ye|Yo|Dzh|Th|Ph|Chr|Wm|Gy|Sz|Cs|Dj|Lj|Nj)\.$"
)
HEADINGS = {
    "research topics": "topics",
    "research interests": "topics",
    "topics": "topics",
    "biography": "biography",
    "current students": "students",
    "former students": "students",
    "students": "students",
    "publications": "publications",
    "selected publications": "publications",
}
STUDENT_HEADING_WORDS = (
    "phd",
    "ph.d",
    "master",
    "msc",
    "m.sc",
    "postdoc",
    "post-doc",
    "doctoral",
    "supervisor",
    "supervis",
    "researcher",
    "undergrad",
    "intern",
    "student",
    "alumni",
    "collaborat",
    "visiting",
    "graduate",
    " - ",
)
POSITION_WORDS = (
    "professor",
    "lecturer",
    "scientist",
    "researcher",
    "engineer",
    "postdoc",
    "post-doc",
    "postdoctoral",
    "instructor",
    "student",
    "candidate",
)
PORTRAIT = "portrait of"


# The characters whose case folding ends a heading or is a colon: a line that ends with none
# of them is no heading (casefold maps each character on its own; these are all the
# characters that fold to a string ending with "s" or "y").
_FOLDING_TO = {"s": "sSßſẞ", "y": "yY"}
_HEADING_ENDS = frozenset(":" + "".join(_FOLDING_TO[key[-1]] for key in HEADINGS))


def heading_kind(line: str) -> str | None:
    """The section a (stripped) heading line opens, or None."""
    if len(line) > 30 or line[-1:] not in _HEADING_ENDS:
        return None
    key = line.casefold()
    if key.endswith(":"):
        key = key.rstrip(":").rstrip()
    return HEADINGS.get(key)


# CJK radicals, kana, unified ideographs, Hangul syllables, compatibility ideographs.
CJK_CLASS = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f·・"
CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
# A particle run together with the capitalised family name after it, as a word of a name
# ("deBrum", "deGrasse", "vanZyl", "laRoche"): judged as a capitalised word
GLUED_PARTICLE = re.compile(r"(?<= )(de|di|da|du|del|della|van|von|la|le)(?=[A-Z][a-z])")
# Malaysian and Singaporean particles written with a slash ("a/l", "a/p": son, daughter of)
SLASH_PARTICLE = re.compile(r" (?:a/[lp]|[sd]/o) ")
BAD_NAME = re.compile(r'[:;?!"“”()\[\]{}/\\|=+*<>@#$%&^~_…\d]')
STRIP = ",:;.?!\"'()[]“”‘’"


PARTICLE_MAX = 5


def particle_like(token: str, vocab: frozenset[str]) -> bool:
    """Is a lowercase token inside a line a name particle: a known one ("van", "de"), or a
    short lowercase word that is neither a function word nor a common title word ("dal",
    "vom"), as particles are?"""
    if token in PARTICLES:
        return True
    return (
        2 <= len(token) <= PARTICLE_MAX
        and token.isalpha()
        and token.islower()
        and token not in FUNCTION
        and not is_word(token, vocab)
    )


def is_word(key: str, vocab: frozenset[str]) -> bool:
    """Is the folded word a common title word (or the plural of one)?"""
    if key in vocab:
        return True
    if not key.endswith("s") or len(key) < 4:
        return False
    if key[:-1] in vocab:
        return True
    # "-es" makes a plural only after a hissing sound ("boxes", "patches"), or "-y" made
    # "-ies": "Ines" is no plural of "in"
    stem = key[:-2]
    if key.endswith("ies") and stem[:-1] + "y" in vocab:
        return True
    return key.endswith("es") and stem.endswith(_HISSING) and stem in vocab


_HISSING = ("s", "x", "z", "ch", "sh")


def fold(word: str) -> str:
    """Lowercase ASCII form of a word, apostrophes dropped ("Jos'e" -> "jose")."""
    if word.isascii():
        return word.lower().replace("'", "") if "'" in word else word.lower()
    found = _FOLDED.get(word)
    if found is None:
        found = unidecode(word.replace("’", "").replace("'", "")).lower()
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        _FOLDED[word] = found
    return found


_FOLDED: dict[str, str] = {}  # (unidecode is slow: each word once)
