"""A generator of profile pages in the seeds' layout, with the records they should give.

Everything is invented: researchers, papers, venues. A page reads like the seed pages
(``/work/shared/seeds``, see their README): ``Portrait of NAME``, the owner, roles and a
position, research topics, a biography, then ``Publications`` and one record after another
(title line, author lines, at most one abstract line), with no blank line between records.

Author names are drawn from classes that have tripped the reader (issue #14):

* ``plain``: "Given Family", sometimes with a middle initial;
* ``entity``: a letter written as an HTML entity (``Ulrich G&#252;ntzer``);
* ``lost``: a letter lost by a scraper, written ``?`` or U+FFFD (``Z. Meral ?zsoyoglu``);
* ``org``: an organisation (``The TimesTen Team``);
* ``word-given``: a given name that is also a word or a title (``Dean Berry``);
* ``vietnamese``: ``Jane Lê``, ``John N. Vũ``;
* ``cjk``: Chinese, Korean and Japanese names in their own script, with and without a space;
* ``mononym``: one name only;
* ``particle``: ``Ludwig van Beethoven``, ``Anna de la Cruz``;
* ``mojibake``: UTF-8 read as cp1252 (``JosÃ© GarcÃ­a``).

The truth is what :func:`pubrecords.clean_profile` of the page should give, record by
record: title, authors as :class:`~pubrecords.Person` parts, year, venue and abstract. The
layout has no year or venue lines, so those are always None (a venue and a year may be
named inside an abstract, which must not confuse the reader). A name with a lost letter
keeps its ``?`` (the letter is not invented); an entity or mojibake is decoded; a
Japanese name written without a space cannot be split without a dictionary and is kept
whole (``Person(literal=...)``).

Two disjoint vocabularies (:data:`TUNING`, :data:`HELD_OUT`): seeds below
:data:`HELD_OUT_FROM` (1000) draw names, organisations, title words, venues and abstract
sentences from the tuning one, the only one the reader may be tuned on; seeds 1000 to 1999
draw from the held-out one, which shares no word with it beyond closed classes (function
words, name particles, organisation kind words such as "Team"; :func:`shared_words`). The
classes and the generation logic are the same. So held-out pages measure what a user with
unseen names and titles gets, not new combinations of known words. (Before issue #14's
second round all seeds shared one small vocabulary; the tuning vocabulary is that one plus
words added together with the held-out one.) :data:`TUNING_SEED` was the first tuning seed.

The held-out vocabulary has since been seen by those who tuned the reader, so a third one,
:data:`FRESH`, was written for seeds from :data:`FRESH_FROM` (2000) on: it shares no word
with the tuning or the held-out vocabulary (beyond the same closed classes), nor with the
reader's own word lists, and draws on another research domain (astronomy, linguistics,
materials, public health). Its pools have the held-out pools' sizes and classes.

Two development vocabularies have the same pools and rules: :data:`DEV` (``pagegen_dev.py``,
seeds 3000-3999, agronomy), for tuning the reader on unseen words without spending the fresh
one, and :data:`DEV2` (``pagegen_dev2.py``, seeds 5000-5999, heritage
science), a validation set for those tuning on :data:`DEV`, of which only aggregate figures
are to be looked at. Seeds 4000-4999, 7000-7999 and from 39000 on stay fresh.

:data:`FRESH2` (``pagegen_fresh2.py``, seeds 6000-6999, musical acoustics), with the same
pools and rules, is an untouched test set for the next rounds: nobody tuning the reader
reads it or its pages, and only aggregate figures are looked at, by the person measuring.
:data:`FRESH3` (``pagegen_fresh3.py``, seeds 8000-8999, volcanology and geothermal energy)
is a second such set, written without reading the reader, after fresh2 had been measured
several times; it too is measured in aggregate only. :data:`FRESH4` (``pagegen_fresh4.py``,
seeds 9000-9999, beekeeping and honeybee virology) is a third, written the same way once
fresh2 and fresh3 had been spent; it too is measured in aggregate only. :data:`FRESH5`
(``pagegen_fresh5.py``, seeds 10000-10999, palaeography of medieval manuscripts) is a
fourth, written the same way once fresh4 had been spent too; it too is untouched and
measured in aggregate only. :data:`FRESH6` (``pagegen_fresh6.py``, seeds 11000-11999,
textile conservation and dye chemistry) is a fifth, written the same way once fresh5 had
been spent too; it too is untouched and measured in aggregate only. :data:`FRESH7`
(``pagegen_fresh7.py``, seeds 12000-12999, ethnobotany of medicinal plants) is a sixth,
written the same way once fresh6 had been spent too; it too is untouched and measured in
aggregate only. :data:`FRESH8` (``pagegen_fresh8.py``, seeds 13000-13999, glaciology of
ice cores) is a seventh, written the same way once fresh7 had been spent too; it too is
untouched and measured in aggregate only. :data:`FRESH9` (``pagegen_fresh9.py``, seeds
14000-14999, river sediment transport and fluvial geomorphology) is an eighth, written the
same way once fresh8 had been spent too; it too is untouched and measured in aggregate only.
:data:`FRESH10` (``pagegen_fresh10.py``, seeds 15000-15999, conservation of archival paper
and bookbinding) is a ninth, written the same way at the same time by another helper; it too
is untouched and measured in aggregate only. :data:`FRESH11` (``pagegen_fresh11.py``,
seeds 16000-16999, bat bioacoustics and echolocation) is a tenth, written the same way by
another helper; it too is untouched and measured in aggregate only. :data:`FRESH12`
(``pagegen_fresh12.py``, seeds 17000-17999, tsunami deposits and coastal palaeoseismology)
is an eleventh, written the same way at the same time by another helper; it too is untouched
and measured in aggregate only. :data:`FRESH13` (``pagegen_fresh13.py``, seeds 18000-18999,
soil nematode ecology) is a twelfth, written the same way by another helper; it too is
untouched and measured in aggregate only. :data:`FRESH14` (``pagegen_fresh14.py``, seeds
19000-19999, cave microclimate and speleothem geochemistry) is a thirteenth, written the
same way at the same time by another helper; it too is untouched and measured in aggregate
only. :data:`FRESH15` (``pagegen_fresh15.py``, seeds 20000-20999, lichen symbioses and
air-quality biomonitoring) is a fourteenth, written the same way by another helper; it too
is untouched and measured in aggregate only. :data:`FRESH16` (``pagegen_fresh16.py``, seeds
21000-21999, glass conservation and the archaeometry of glass beads) is a fifteenth, written
the same way at the same time by another helper; it too is untouched and measured in
aggregate only. :data:`FRESH17` (``pagegen_fresh17.py``, seeds 22000-22999, seagrass
restoration and blue carbon accounting) is a sixteenth, written the same way by another
helper; it too is untouched and measured in aggregate only. :data:`FRESH18`
(``pagegen_fresh18.py``, seeds 23000-23999, paediatric audiology and newborn hearing
screening) is a seventeenth, written the same way at the same time by another helper; it too
is untouched and measured in aggregate only. :data:`FRESH19` (``pagegen_fresh19.py``, seeds
24000-24999, volcanology and lava-flow hazard modelling) is an eighteenth, written the same
way at the same time by a third helper. :data:`FRESH20` (``pagegen_fresh20.py``, seeds
25000-25999, urban air quality and low-cost sensor networks) is a nineteenth, written the
same way at the same time by a fourth helper; it too is untouched and measured in aggregate
only. :data:`FRESH21` (``pagegen_fresh21.py``, seeds 26000-26999, dryland agriculture and
irrigation economics) is a twentieth, written the same way at the same time by a fifth
helper. :data:`FRESH22` (``pagegen_fresh22.py``, seeds 27000-27999, palaeoclimate from lake
sediments and tree rings) is a twenty-first such set, written the same way by another helper;
it too is untouched and measured in aggregate only, and so is :data:`FRESH23`
(``pagegen_fresh23.py``, seeds 28000-28999, midwifery and neonatal nursing), a twenty-second
written at the same time by another helper. These six (session 27, fresh18 to fresh23) were
written without the check that they share no word with another set (the word space ran out:
a fresh18 written that way was given up); their writers never looked at any other set, so
what they share is by chance, as real pages share names.

:data:`FRESH24` (``pagegen_fresh24.py``, seeds 29000-29999, marine fisheries science: acoustic
stock surveys, bycatch reduction, otolith ageing and small-scale fisheries co-management) is a
twenty-fourth, written the same way (session 28) by another helper who never looked at any
other set but the tuning and held-out pools; it too is untouched and measured in aggregate
only. :data:`FRESH25` (``pagegen_fresh25.py``, seeds 30000-30999, empirical software
engineering: code review, continuous integration, technical debt, mining software
repositories) is a twenty-fifth, written the same way at the same time by another helper; it
too is untouched and measured in aggregate only. :data:`FRESH26` (``pagegen_fresh26.py``, seeds
31000-31999, glaciology and permafrost: glacier mass balance, rock glaciers, thaw subsidence and
ice-core chemistry) is a twenty-sixth, written the same way at the same time by another helper;
it too is untouched and measured in aggregate only. :data:`FRESH27` (``pagegen_fresh27.py``,
seeds 32000-32999, public health nutrition in humanitarian settings: acute malnutrition
screening, micronutrient supplementation, cash transfers, infant feeding in emergencies; names
of the Horn of Africa, the Sahel, the Great Lakes, southern Africa, the Middle East,
Afghanistan, the Rohingya, Haiti, Latin America and Ukraine) is a twenty-seventh, written the
same way at the same time by another helper; it too is untouched and measured in aggregate
only. :data:`FRESH28` (``pagegen_fresh28.py``, seeds 33000-33999, pharmacovigilance and drug
safety: adverse event reporting, signal detection, post-marketing surveillance and medication
errors; names of Scandinavia and the Sami, Germany and the Low Countries, central and southern
Europe, France and its overseas regions, Quebec, Acadia and Louisiana, Mexico (Maya and Nahua
too), the Caribbean, the Río de la Plata and Paraguay (Guarani too), the Portuguese-speaking
world from Cape Verde to Macau and Timor-Leste, Lebanon, Armenia, the Philippines, Malaysia,
Singapore, Taiwan, Japan, Korea and Vietnam) is a twenty-eighth, written the same way at the
same time by another helper; it too is untouched and measured in aggregate only.
:data:`FRESH29` (``pagegen_fresh29.py``, seeds 34000-34999, sign language linguistics and
Deaf studies: sign phonology, corpus annotation, Deaf education and interpreting; names of the
United States, Canada, Ireland, the United Kingdom, Australia, New Zealand and the Pacific,
East, West and southern Africa, Ethiopia, Israel, Iran, South Asia, South-East Asia, China,
Hong Kong, Mongolia, Russia, Finland, the Low Countries, Catalonia, Brazil, Colombia and Chile)
is a twenty-ninth, written the same way at the same time by another helper; it too is
untouched and measured in aggregate only. :data:`FRESH30` (``pagegen_fresh30.py``, seeds
35000-35999, coral reef ecology and marine protected areas: reef monitoring, coral bleaching,
fish spawning aggregations and community-based management; names of the Pacific Islands,
Hawaii, Guam and the Chamorro, the Torres Strait, Papua New Guinea, Indonesia, the
Philippines, Sabah, Thailand, Myanmar, Sri Lanka, the Maldives, southern India, Lakshadweep
and the Andamans, Oman, the Red Sea, the Swahili coast, Madagascar, Mozambique, Mauritius,
Réunion, the Caribbean, Bahia, San Andrés, Queensland, Okinawa and Taiwan) is a thirtieth,
written the same way at the same time by another helper; it too is untouched and measured in
aggregate only. :data:`FRESH31` (``pagegen_fresh31.py``, seeds 36000-36999, medieval and
early-modern economic history: price series, guild records, probate inventories and monetary
debasement; names of England, Scotland, Wales, Ireland, the Netherlands and Flanders, Germany,
Austria, Switzerland, Italy, Spain (Catalonia, Valencia and the Basque Country too), Portugal,
France (Occitania, Brittany, Alsace), Poland, Bohemia, Hungary, Croatia, Greece, Turkey,
Egypt, Morocco, Iran, India, China, Japan and Korea, and of their scholars in the United
States, Canada, Israel, Argentina and Australia) is a thirty-first, written the same way at
the same time by another helper; it too is untouched and measured in aggregate only.
:data:`FRESH32` (``pagegen_fresh32.py``, seeds 37000-37999, soil microbiology and agroecology:
mycorrhizal networks, nitrogen fixation, cover crops and smallholder soil fertility; names of
Ethiopia, Kenya, Tanzania, Rwanda, Malawi, Zambia, Zimbabwe, Ghana, Burkina Faso, Senegal,
Nigeria, Cameroon, Morocco, Egypt, Turkey, Iran, Pakistan, India, Bangladesh, Nepal, China,
the Mekong delta, the Philippines, Indonesia, Brazil, Argentina, Uruguay, Mexico, Guatemala,
Peru, Bolivia, the Canadian Prairies, the US Midwest, France, Spain, Italy, Germany, Denmark,
Poland, Ukraine, Russia, Australia and New Zealand) is a thirty-second, written the same way
at the same time by another helper; it too is untouched and measured in aggregate only.
:data:`FRESH33` (``pagegen_fresh33.py``, seeds 38000-38999, computational musicology and music
information retrieval: chord estimation, symbolic corpora, folk-tune classification and source
separation; names of East and South-East Asia, South Asia, the Middle East, Africa, Europe and
the Americas) is a thirty-third, written the same way at the same time by another helper; it
too is untouched and measured in aggregate only. Seeds from 39000 on draw from the fresh one.

    >>> page = make_page(1)
    >>> page.text.startswith("Portrait of ")
    True
    >>> len(page.records) >= 10
    True
"""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import pagegen_dev  # (the dev pools: for tuning the reader on unseen words)
import pagegen_dev2  # (the second dev pools: a validation set, aggregate figures only)
import pagegen_fresh  # (the fresh pools: not to be read by the reader's tuners)
import pagegen_fresh2  # (the second fresh pools: an untouched test set, never read)
import pagegen_fresh3  # (the third fresh pools: an untouched test set, never read)
import pagegen_fresh4  # (the fourth fresh pools: an untouched test set, never read)
import pagegen_fresh5  # (the fifth fresh pools: an untouched test set, never read)
import pagegen_fresh6  # (the sixth fresh pools: an untouched test set, never read)
import pagegen_fresh7  # (the seventh fresh pools: an untouched test set, never read)
import pagegen_fresh8  # (the eighth fresh pools: an untouched test set, never read)
import pagegen_fresh9  # (the ninth fresh pools: an untouched test set, never read)
import pagegen_fresh10  # (the tenth fresh pools: an untouched test set, never read)
import pagegen_fresh11  # (the eleventh fresh pools: an untouched test set, never read)
import pagegen_fresh12  # (the twelfth fresh pools: an untouched test set, never read)
import pagegen_fresh13  # (the thirteenth fresh pools: an untouched test set, never read)
import pagegen_fresh14  # (the fourteenth fresh pools: an untouched test set, never read)
import pagegen_fresh15  # (the fifteenth fresh pools: an untouched test set, never read)
import pagegen_fresh16  # (the sixteenth fresh pools: an untouched test set, never read)
import pagegen_fresh17  # (the seventeenth fresh pools: an untouched test set, never read)
import pagegen_fresh18  # (the eighteenth fresh pools: an untouched test set, never read)
import pagegen_fresh19  # (the nineteenth fresh pools: an untouched test set, never read)
import pagegen_fresh20  # (the twentieth fresh pools: an untouched test set, never read)
import pagegen_fresh21  # (the twenty-first fresh pools: an untouched test set, never read)
import pagegen_fresh22  # (the twenty-second fresh pools: an untouched test set, never read)
import pagegen_fresh23  # (the twenty-third fresh pools: an untouched test set, never read)
import pagegen_fresh24  # (the twenty-fourth fresh pools: an untouched test set, never read)
import pagegen_fresh25  # (the twenty-fifth fresh pools: an untouched test set, never read)
import pagegen_fresh26  # (the twenty-sixth fresh pools: an untouched test set, never read)
import pagegen_fresh27  # (the twenty-seventh fresh pools: an untouched test set, never read)
import pagegen_fresh28  # (the twenty-eighth fresh pools: an untouched test set, never read)
import pagegen_fresh29  # (the twenty-ninth fresh pools: an untouched test set, never read)
import pagegen_fresh30  # (the thirtieth fresh pools: an untouched test set, never read)
import pagegen_fresh31  # (the thirty-first fresh pools: an untouched test set, never read)
import pagegen_fresh32  # (the thirty-second fresh pools: an untouched test set, never read)
import pagegen_fresh33  # (the thirty-third fresh pools: an untouched test set, never read)
from pagegen_dev import DEV_FROM
from pubrecords import Person, Profile, Publication


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


TUNING_SEED = 1
HELD_OUT_FROM = 1000  # seeds from here on draw from the held-out vocabulary
FRESH_FROM = 2000  # seeds from here on draw from the fresh vocabulary

CLASSES = (
    "plain",
    "entity",
    "lost",
    "org",
    "word-given",
    "vietnamese",
    "cjk",
    "mononym",
    "particle",
    "mojibake",
)

_T_GIVEN = _words("""Aino Alba Aleksander Amara Anders Anneke Arvid Beatriz Benedikt Bettina Caio Carmen
Cecilia Colm Dagny Daria Desmond Dorota Edvard Elspeth Emeka Esther Fabian Femke Filipa Gideon
Greta Gustavo Halima Hamza Helga Hiroshi Idris Ilona Imogen Ines Ismael Jakob Jolanda Jonas
Kasimir Katarina Kenji Kerstin Kwame Lavinia Leif Liesel Lorenzo Lucia Maarten Magnus Malin
Marek Marisol Matthias Mirela Nadia Naveen Nikolai Noemi Olavo Olga Oren Pavla Pedro Petra
Radek Rasmus Renata Rohan Rosalind Sabine Samir Selma Sigrid Simone Stellan Tamsin Teodor
Theresa Tobias Ulla Valeria Viggo Wanjiru Wiebke Yannick Yusuf Zdenek Zora""")

_T_FAMILY = _words("""Aalto Abernethy Achebe Adeyinka Albers Almeida Amundsen Arnaud Bachmann Barsotti
Bergqvist Blomqvist Borkowski Brandt Castellanos Cervenka Dalgaard Delgado Dinescu Drummond
Eckhardt Engström Esterhazy Falkenberg Ferrante Fonseca Gallardo Gerritsen Gottschalk Grimaldi
Halvorsen Hartvig Heinemann Holmberg Ilunga Janssens Jurado Kaczmarek Karlsson Kettunen Kowalczyk
Lagerlund Lindholm Lombardi Macedo Malinowski Mendoza Moravec Mwangi Nakashima Nordahl Novotny
Ocampo Okonkwo Ostrowski Pellegrini Petrakis Quaresma Radovanovic Ramaswamy Rasmussen Rinaldi
Sandberg Scheffler Sorensen Strand Szabo Tavares Thorsen Tomasek Underhill Valdez Vasilescu
Wallin Westergaard Wojcik Yamaguchi Zamfir Zeller""")

# (written with the non-ASCII letter, to be spelled as an entity, lost, or mojibake)
_T_ACCENTED = [
    ("Ulrich", "Güntzer"),
    ("Amélie", "Marian"),
    ("Zeynep", "Öztürk"),
    ("José", "Hernández"),
    ("François", "Lefèvre"),
    ("Søren", "Kierkegård"),
    ("Jürgen", "Müller"),
    ("Łucja", "Wróbel"),
    ("Inês", "Conceição"),
    ("Björn", "Åkesson"),
    ("Zoë", "Brontë"),
    ("Agnès", "Dupré"),
    ("Mónica", "Peña"),
    ("Tomáš", "Dvořák"),
    ("Ümit", "Çelik"),
    ("Małgorzata", "Kościuszko"),
    ("René", "Déjardin"),
    ("Joël", "Ménard"),
    ("Ingrid", "Brække"),
    ("Sebastián", "Ibáñez"),
]
_NAMED_ENTITIES = {
    "é": "eacute",
    "è": "egrave",
    "ü": "uuml",
    "ö": "ouml",
    "ç": "ccedil",
    "ñ": "ntilde",
    "á": "aacute",
    "ë": "euml",
    "ø": "oslash",
    "å": "aring",
    "Å": "Aring",
    "Ö": "Ouml",
    "Ü": "Uuml",
}

_T_ORGS = [
    "Object Database Management Group",
    "The TimesTen Team",
    "Lotus Development Corp.",
    "The Tide Gauge Consortium",
    "Open Wetlands Collaboration",
    "Northern Estuary Survey Group",
    "The Kelp Atlas Project",
    "Helio Systems Inc.",
    "Coastal Observatory Network",
    "The SALT Working Group",
    "Marram Analytics Ltd.",
    "International Plankton Census Team",
]

_T_WORD_GIVEN = _words("""Dean King Will Rose Grace Hope Joy Faith Mark Bill Frank Art Summer Young Earl
Major Page Bishop Duke Prince Sterling Hunter Iris Ivy Pearl Ruby Rich Sunny Victor Wade""")

_T_VIET_FAMILY = _words("Lê Vũ Nguyễn Trần Phạm Hoàng Đặng Bùi Đỗ Hồ Ngô Dương Lý Võ Huỳnh Phan")
_T_VIET_GIVEN = _words("Jane John Minh Thảo Hùng Lan Quốc Anh Thu Hà Tuấn Linh Phương Mai Khoa")

_T_CN_FAMILY = _words("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高")
_T_CN_GIVEN = _words("小明 伟 芳 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明轩 晓东 子涵 雨桐")
_T_KR_FAMILY = _words("김 이 박 최 정 강 조 윤 장 임")
_T_KR_GIVEN = _words("민준 서연 지우 하준 서윤 도윤 지호 수아 예준 지민")
_T_JP_FULL = _words("山田太郎 佐藤花子 鈴木一郎 高橋美咲 田中健太 渡辺直子 伊藤翔太 中村由美")

_T_MONONYMS = _words("""Sutrisno Wahyudi Purnomo Suparman Haryanto Mulyono Setiawan Kusnadi Rahayu
Sumarni Prabowo Hartono Susilo Winarno Darmawan""")

_T_PARTICLE_NAMES = [
    ("Ludwig", "van", "Beethoven"),
    ("Anna", "de la", "Cruz"),
    ("Pieter", "van der", "Meer"),
    ("Klaus", "von", "Klitzing"),
    ("Giulia", "della", "Rovere"),
    ("Jean-Luc", "de", "Villiers"),
    ("Maria", "da", "Silva"),
    ("Hendrik", "ter", "Horst"),
    ("Lotte", "van den", "Berg"),
    ("Carlos", "del", "Valle"),
    ("Aisha", "al", "Rashid"),
    ("Joost", "de", "Vries"),
]

_T_SUBJECTS = """Tidal Forecasting|Sediment Transport|Salinity Intrusion|Seagrass Mapping|Kelp Forests|
Coral Bleaching|Wetland Carbon|Estuary Circulation|Plankton Blooms|Fish Passage|Storm Surge|
Coastal Erosion|River Plumes|Mangrove Recovery|Ocean Acidification|Benthic Habitats|
Shoreline Change|Marine Heatwaves|Sea Ice Drift|Groundwater Discharge""".replace("\n", "").split(
    "|"
)
_T_METHODS = """Gaussian Processes|Graph Neural Networks|Sparse Regression|Bayesian Hierarchical Models|
Diffusion Models|Transformers|Kalman Filters|Random Forests|Variational Inference|Physics-Informed
Networks|Contrastive Learning|Active Learning|Optimal Transport|Causal Discovery|Ensemble
Forecasts|Symbolic Regression|Neural Operators|Conformal Prediction""".replace("\n", " ").split("|")
_T_METHODS = [" ".join(m.split()) for m in _T_METHODS]
_T_NOUNS = _words("""benchmark|dataset|framework|toolkit|survey|baseline|library|model""", "|")
_T_ONE_WORD_TITLES = _words("Saltmarsh Tidewater Driftwood Undertow Brackish Seafoam Estuarine")

_T_VENUES = [
    "NeurIPS",
    "ICML",
    "ICLR",
    "the Journal of Coastal Research",
    "Estuarine, Coastal and Shelf Science",
    "AAAI",
    "Limnology and Oceanography",
]

_T_SENTENCES = [
    "{s} is hard to predict from sparse sensors, and most models ignore how {x} changes "
    "over a season.",
    "We propose a method based on {m} that learns {x} directly from field measurements.",
    "Our approach combines {m} with a simple physical prior, which keeps forecasts stable "
    "for weeks.",
    "On three estuaries it reduces the error of the best baseline by a third.",
    "We release the code and a {n} of {k} sites so that others can compare methods.",
    "Existing methods assume that observations are independent, which rarely holds in practice.",
    "In this paper, we study {x} through the lens of {m}.",
    "Experiments show that the learned model transfers to rivers it has never seen.",
    "We also find that a small amount of labelled data is enough to calibrate the model.",
    "The results suggest that {x} depends more on the tide than on the weather.",
    "This work describes a {n} for {x} built with {m}.",
    "We discuss the limits of the approach and the data it would need to improve.",
]

_T_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_T_UNIVERSITIES = ["Université de Lisière", "University of Harrowgate", "Tidewater Institute"]
_T_TOPICS = ["Deep Learning", "Probabilistic Models", "Time Series", "Environmental Data Science"]


# Tuning words added when the held-out vocabulary was written (issue #14, second part),
# before any held-out page was read: new words for the tuning seeds, so that errors the
# reader makes on unseen words can be found without looking at the held-out pages.
_T_GIVEN += _words("""Bogdan Chiara Dmitri Eero Farida Gunnar Hedda Ignacio Jorunn Kofi Lidia
Mehmet Nkechi Orla Priya Quentin Rhiannon Sander Tuva Ugo Wolfgang Xenia Yara Zainab""")
_T_FAMILY += _words("""Adebayo Bianchi Cardoso Dimitrov Ekström Fitzgerald Gonzaga Haugland Iversen
Jovanovic Kristiansen Lacroix Mancini Nieminen Oyelaran Pacheco Quintero Rautio Salvatore
Takahashi Uchida Varga Whitlock Yilmaz Zielinski""")
_T_ACCENTED += [
    ("Dóra", "Szűcs"),
    ("Håkon", "Løvås"),
    ("Çağla", "Yıldız"),
    ("Andrés", "Muñoz"),
    ("Lúcia", "Araújo"),
]
_T_ORGS += [
    "The City Mobility Observatory",
    "Gridwise Energy Partnership",
    "Metro Transit Data Programme",
    "Voltaic Power GmbH",
    "Kestrel Robotics LLC",
    "The Commuter Panel Steering Committee",
]
_T_WORD_GIVEN += _words("Cliff Dale Dawn Glen Grant Jack June May Ray Robin")
_T_MONONYMS += _words("Sugiyono Widodo Kartono Supriyadi Ngatimin")
_T_PARTICLE_NAMES += [
    ("Sofia", "dal", "Molin"),
    ("Greet", "van", "Houten"),
    ("Ahmed", "el", "Masri"),
    ("Jan", "de", "Bruijn"),
]
_T_SUBJECTS += _words(
    """Traffic Congestion|Energy Demand|Bike Sharing|Power Outages|Street Lighting|
Transit Ridership|Battery Ageing|Grid Frequency|Parking Occupancy|Ferry Delays""".replace("\n", ""),
    "|",
)
_T_METHODS += _words(
    "Matrix Completion|Point Processes|Bandit Algorithms|Spline Smoothing|"
    "Mixed-Integer Programming|Message Passing",
    "|",
)
_T_NOUNS += _words("leaderboard|simulator", "|")
_T_ONE_WORD_TITLES += _words("Gridlock Crosstown Overpass Lamplight Backfire Resonance Vigil")

_T_TITLES = (
    "{w}",
    "{s} with {m}",
    "Learning {s} from Sparse Sensors",
    "{s0}Net: {m} for {s}",
    "Can {m} Forecast {s}?",
    "On the Limits of {m} in {s}",
    "A {N} for {s}",
    "Quiet {sl}",
    "{m} Meet {s}: Lessons from Three Estuaries",
    "Towards Robust {s} under Missing Data",
    "Scalable {m} for {s} and {s2}",
    "{s} at Scale",
)
_T_BIOGRAPHY = (
    "{owner} is an Assistant Professor who studies coasts, estuaries and the data they "
    "produce, with a focus on models that can be trusted by the people who manage them."
)
_T_DEPARTMENT = "Department of Ocean Science"

# ----------------------------------------------------------------------------- held-out words
# The vocabulary of held-out seeds (>= HELD_OUT_FROM): no word of it is in the tuning
# vocabulary above (checked by ``_check_disjoint``), so held-out pages test words the reader
# was never tuned on. Same classes, same generation logic.

_H_GIVEN = _words("""Abebe Adaeze Afua Agnete Ahti Aiyana Akosua Alma Amadou Anouk Aroha Astrid
Aurelio Ayesha Baptiste Bashir Berit Bogumil Cassius Chidi Cosmin Dalia Dariusz Delphine Dimitra
Eamon Efua Eirik Eleni Emil Erlend Esra Fatou Folake Gaspard Giedre Hakan Hanne Henrik Ifeoma Ilse
Ingvar Isolde Jaroslav Jelena Joaquim Kalani Karin Kazimiera Kerem Laila Leandro Linnea Luka Mads
Maelle Mariam Matteo Meera Milos Nanami Nilufar Niamh Obinna Odile Ossian Paola Pekka Quirin
Ragnhild Reza Rutendo Saoirse Sebastiaan Shreya Sindre Solveig Tadeo Tariq Thandiwe Tiago Ulrike
Vaclav Wendelin Ximena Yaw Yevgenia Zaid Zofia""")

_H_FAMILY = _words("""Abiodun Akerlund Alvarado Andreou Ashworth Balogun Beaumont Bertolini Bjornstad
Bouchard Cabrera Carvalho Ciobanu Dahlgren Desrosiers Dufresne Egeland Ekwueme Fagerlund Figueroa
Gajewski Galvez Gundersen Haddad Hallberg Hoekstra Iacono Ivanova Jankowski Kamau Kallio Keskinen
Korhonen Kuznetsova Lemaire Lindqvist Lozano Magnusson Marchetti Medina Mikkelsen Molnar Nascimento
Nyberg Obi Olsson Oyelowo Paredes Pavlovic Pettersen Quinlan Renner Rocha Rutkowski Saarinen
Salazar Schuster Sokolova Stavropoulos Sundqvist Teixeira Toivonen Uddin Vainio Vasquez Vogel
Wasilewski Whitford Yildirim Zapata Zoric""")

_H_ACCENTED = [
    ("Gaëlle", "Bérubé"),
    ("Jiří", "Šimánek"),
    ("Ángel", "Muñiz"),
    ("Øystein", "Sæther"),
    ("Noémie", "Lévêque"),
    ("Ayşe", "Güneş"),
    ("Mikuláš", "Horváth"),
    ("Estêvão", "Gonçalves"),
    ("Zsófia", "Kovács"),
    ("Bartłomiej", "Żukowski"),
    ("Hélène", "Côté"),
    ("Kārlis", "Bērziņš"),
    ("Dörte", "Schäfer"),
    ("Íñigo", "Urquiza"),
    ("Raphaël", "Château"),
    ("Ásgeir", "Þórsson"),
    ("Ida", "Kärkkäinen"),
    ("Jérôme", "Bourgès"),
    ("Łukasz", "Wiśniewski"),
    ("Ramón", "Núñez"),
]

_H_ORGS = [
    "Prairie Soil Moisture Consortium",
    "The Snowpack Reanalysis Team",
    "Cinderford Geomatics Ltd.",
    "Alpine Hazard Cartography Initiative",
    "The Firewatch Collaboration",
    "Quillon Earthworks Inc.",
    "Global Pollinator Monitoring Network",
    "The DRYAD Synthesis Group",
    "Harrowby Instruments Co.",
    "Canopy Commons Alliance",
    "Northfield Agronomy Lab",
    "The Permafrost Observing Task Force",
]

_H_WORD_GIVEN = _words("""Hazel Amber Rowan Heath Holly Basil Olive Reed Penny Sky Rocky Stone Sage
Brook Forest Carol Fern Wren Clay Gray Drew Misty Dusty Autumn Jasper Lark Sonny Honor Hardy Noble""")
_H_WORD_GIVEN_FAMILY = ["Tan", "Moss", "Wong", "Eze"]

_H_VIET_FAMILY = _words(
    "Đinh Lâm Trương Đoàn Lương Cao Tạ Lưu Thái Triệu Vương Quách Kiều Châu Mạc Tô"
)
_H_VIET_GIVEN = _words(
    "Peter Mary Hiếu Dũng Trang Nga Bảo Long Hương Ngọc Duy Vy Khánh Tâm Sơn Hải"
)

_H_CN_FAMILY = _words("郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡")
_H_CN_GIVEN = _words(
    "建国 慧 婷 浩然 思远 欣怡 俊杰 梓轩 一鸣 文博 佳怡 志强 海燕 宇航 天佑 晨曦 嘉欣 诗涵 家豪 若曦"
)
_H_KR_FAMILY = _words("한 오 서 신 권 황 안 송 류 홍")
_H_KR_GIVEN = _words("시우 하은 주원 채원 건우 유진 현우 지아 은우 소율")
_H_JP_FULL = _words("小林誠 加藤恵美 吉田大輔 山本彩 松本拓也 井上愛 木村翼 斎藤陽菜")

_H_MONONYMS = _words("""Suharti Budiono Slamet Sugiarto Wibowo Suyanto Riyanto Sulastri Nugroho
Sutarno Paryono Wagiman Ratnasari Hadisoemarto Tukinem""")

_H_PARTICLE_NAMES = [
    ("Sanne", "van", "Dijk"),
    ("Rafael", "dos", "Santos"),
    ("Ursula", "von der", "Heide"),
    ("Eva", "de", "Jong"),
    ("Marco", "di", "Stefano"),
    ("Luis", "de las", "Heras"),
    ("Fatima", "el", "Amrani"),
    ("Thijs", "ter", "Haar"),
    ("Camille", "du", "Pont"),
    ("Omar", "bin", "Yusof"),
    ("Ana", "do", "Carmo"),
    ("Bram", "van de", "Wetering"),
]

_H_SUBJECTS = _words(
    """Crop Yield|Soil Moisture|Wildfire Spread|Air Quality|Urban Heat Islands|Snowpack Melt|
Glacier Retreat|Pollinator Decline|Drought Onset|Canopy Height|Permafrost Thaw|Dust Storms|
Flood Inundation|Landslide Susceptibility|Peatland Fires|Avalanche Risk|Bird Migration|
Hail Damage|Solar Irradiance|Aquifer Depletion""".replace("\n", ""),
    "|",
)
_H_METHODS = _words(
    """Tensor Decomposition|Normalizing Flows|Gradient Boosting|Spectral Clustering|
Self-Supervised Pretraining|Support Vector Machines|Attention Mechanisms|Sequential Monte Carlo|
Policy Gradients|Kernel Smoothers|Compressed Sensing|Federated Averaging|Reservoir Computing|
Density Ratio Estimation|Long Short-Term Memory|Low-Rank Adaptation|Stochastic Differential
Equations|Graphical Lasso""".replace("\n", " ").replace("| ", "|"),
    "|",
)
_H_METHODS = [" ".join(m.split()) for m in _H_METHODS]
_H_NOUNS = _words("corpus|testbed|pipeline|registry|protocol|archive|suite|catalogue", "|")
_H_ONE_WORD_TITLES = _words("Snowmelt Firebreak Heathland Tinderbox Windthrow Fallow Aftermath")

_H_VENUES = [
    "KDD",
    "UAI",
    "AISTATS",
    "Remote Sensing of Environment",
    "Hydrology and Earth System Sciences",
    "IJCAI",
    "Agricultural and Forest Meteorology",
]

_H_SENTENCES = [
    "Monitoring {x} plot by plot is expensive, and coarse products miss how {x} varies "
    "between farms.",
    "We introduce a technique grounded in {m} that estimates {x} from routine inspections.",
    "The technique pairs {m} with a lightweight mechanistic constraint, so its estimates "
    "stay plausible in dry years.",
    "Across four regions it roughly halves the deviations of the strongest competitor.",
    "Our {n} covers {k} stations and is openly released alongside the scripts.",
    "Most earlier efforts treat neighbouring readings as unrelated, an assumption seldom "
    "justified.",
    "Here, we revisit {x} from the perspective of {m}.",
    "Evaluations indicate that the fitted estimator generalises to regions absent from training.",
    "A handful of annotated samples turns out to suffice for adapting the estimator.",
    "The findings implicate land use, more than rainfall, in {x}.",
    "This article presents a {n} for {x} implemented with {m}.",
    "We close by outlining failure cases and the extra ground truth needed to address them.",
]

_H_TITLES = (
    "{w}",
    "{s} through {m}",
    "Estimating {s} from Noisy Satellite Imagery",
    "{s0}Former: {m} for {s}",
    "Do {m} Explain {s}?",
    "What {m} Cannot Tell Us about {s}",
    "A Public {N} of {s}",
    "Restless {sl}",
    "{m} and {s}: Evidence from Four Valleys",
    "Toward Reliable {s} despite Label Noise",
    "Efficient {m} across {s} and {s2}",
    "{s} in the Wild",
)
_H_ROLES = ["Core Academic Member", "Associate Academic Member", "Canada CIFAR AI Chair"]
_H_UNIVERSITIES = [
    "University of Caldermoor",
    "Institut Polytechnique de Vaudreuil",
    "Keswick Institute of Technology",
]
_H_TOPICS = ["Computer Vision", "Remote Sensing", "Spatial Statistics", "Agricultural Informatics"]
_H_BIOGRAPHY = (
    "{owner} is an Assistant Professor who investigates farmland, woodland and the hazards "
    "that threaten them, with an emphasis on tools whose uncertainty can be checked by those "
    "who rely on them."
)
_H_DEPARTMENT = "Department of Earth and Environmental Sciences"


# ----------------------------------------------------------------------------- fresh words
@dataclass(frozen=True)
class Vocabulary:
    """The word pools one set of seeds draws from."""

    name: str
    given: Sequence[str]
    family: Sequence[str]
    accented: Sequence[tuple[str, str]]
    orgs: Sequence[str]
    word_given: Sequence[str]
    word_given_family: Sequence[str]  # family names for word-given names, besides ``family``
    viet_family: Sequence[str]
    viet_given: Sequence[str]
    cn_family: Sequence[str]
    cn_given: Sequence[str]
    kr_family: Sequence[str]
    kr_given: Sequence[str]
    jp_full: Sequence[str]
    mononyms: Sequence[str]
    particle_names: Sequence[tuple[str, str, str]]
    subjects: Sequence[str]
    methods: Sequence[str]
    nouns: Sequence[str]
    one_word_titles: Sequence[str]
    titles: Sequence[str]  # twelve title forms (see ``_title``)
    venues: Sequence[str]
    sentences: Sequence[str]
    roles: Sequence[str]
    universities: Sequence[str]
    topics: Sequence[str]
    biography: str
    department: str


def _vocabulary(name: str, pools: Mapping[str, Any], prefix: str) -> Vocabulary:
    """The vocabulary whose pools are named ``prefix`` and the field's name in capitals."""
    names = [f.name for f in fields(Vocabulary) if f.name != "name"]
    return Vocabulary(name, **{n: pools[prefix + n.upper()] for n in names})


_T_WORD_GIVEN_FAMILY = ["Liu", "Berry", "Chan", "Okafor"]
TUNING = _vocabulary("tuning", globals(), "_T_")
HELD_OUT = _vocabulary("held-out", globals(), "_H_")
FRESH = _vocabulary("fresh", vars(pagegen_fresh), "_F_")
DEV = _vocabulary("dev", vars(pagegen_dev), "_D_")
DEV_TO = DEV_FROM + 1000  # seeds DEV_FROM to DEV_TO - 1 draw from the dev vocabulary
DEV2 = _vocabulary("dev2", vars(pagegen_dev2), "_E_")
DEV2_FROM = 5000  # seeds DEV2_FROM to DEV2_TO - 1 draw from the second dev vocabulary
DEV2_TO = DEV2_FROM + 1000
FRESH2 = _vocabulary("fresh2", vars(pagegen_fresh2), "_G_")
FRESH3 = _vocabulary("fresh3", vars(pagegen_fresh3), "_H_")
FRESH4 = _vocabulary("fresh4", vars(pagegen_fresh4), "_I_")
FRESH5 = _vocabulary("fresh5", vars(pagegen_fresh5), "_J_")
FRESH6 = _vocabulary("fresh6", vars(pagegen_fresh6), "_K_")
FRESH7 = _vocabulary("fresh7", vars(pagegen_fresh7), "_L_")
FRESH8 = _vocabulary("fresh8", vars(pagegen_fresh8), "_M_")
FRESH9 = _vocabulary("fresh9", vars(pagegen_fresh9), "_N_")
FRESH10 = _vocabulary("fresh10", vars(pagegen_fresh10), "_O_")
FRESH11 = _vocabulary("fresh11", vars(pagegen_fresh11), "_P_")
FRESH12 = _vocabulary("fresh12", vars(pagegen_fresh12), "_Q_")
FRESH13 = _vocabulary("fresh13", vars(pagegen_fresh13), "_R_")
FRESH14 = _vocabulary("fresh14", vars(pagegen_fresh14), "_S_")
FRESH15 = _vocabulary("fresh15", vars(pagegen_fresh15), "_V_")
FRESH16 = _vocabulary("fresh16", vars(pagegen_fresh16), "_U_")
FRESH17 = _vocabulary("fresh17", vars(pagegen_fresh17), "_W_")
FRESH18 = _vocabulary("fresh18", vars(pagegen_fresh18), "_X_")
FRESH19 = _vocabulary("fresh19", vars(pagegen_fresh19), "_Y_")
FRESH20 = _vocabulary("fresh20", vars(pagegen_fresh20), "_Z_")
FRESH21 = _vocabulary("fresh21", vars(pagegen_fresh21), "_B_")
FRESH22 = _vocabulary("fresh22", vars(pagegen_fresh22), "_C_")
FRESH23 = _vocabulary("fresh23", vars(pagegen_fresh23), "_A_")
FRESH24 = _vocabulary("fresh24", vars(pagegen_fresh24), "_AA_")
FRESH25 = _vocabulary("fresh25", vars(pagegen_fresh25), "_AB_")
FRESH26 = _vocabulary("fresh26", vars(pagegen_fresh26), "_AC_")
FRESH27 = _vocabulary("fresh27", vars(pagegen_fresh27), "_AD_")
FRESH28 = _vocabulary("fresh28", vars(pagegen_fresh28), "_AE_")
FRESH29 = _vocabulary("fresh29", vars(pagegen_fresh29), "_AF_")
FRESH30 = _vocabulary("fresh30", vars(pagegen_fresh30), "_AG_")
FRESH31 = _vocabulary("fresh31", vars(pagegen_fresh31), "_AH_")
FRESH32 = _vocabulary("fresh32", vars(pagegen_fresh32), "_AI_")
FRESH33 = _vocabulary("fresh33", vars(pagegen_fresh33), "_AJ_")
# seeds FRESHn_FROM to FRESHn_TO - 1 draw from the n-th fresh vocabulary
FRESH2_FROM, FRESH2_TO = 6000, 7000
FRESH3_FROM, FRESH3_TO = 8000, 9000
FRESH4_FROM, FRESH4_TO = 9000, 10000
FRESH5_FROM, FRESH5_TO = 10000, 11000
FRESH6_FROM, FRESH6_TO = 11000, 12000
FRESH7_FROM, FRESH7_TO = 12000, 13000
FRESH8_FROM, FRESH8_TO = 13000, 14000
FRESH9_FROM, FRESH9_TO = 14000, 15000
FRESH10_FROM, FRESH10_TO = 15000, 16000
FRESH11_FROM, FRESH11_TO = 16000, 17000
FRESH12_FROM, FRESH12_TO = 17000, 18000
FRESH13_FROM, FRESH13_TO = 18000, 19000
FRESH14_FROM, FRESH14_TO = 19000, 20000
FRESH15_FROM, FRESH15_TO = 20000, 21000
FRESH16_FROM, FRESH16_TO = 21000, 22000
FRESH17_FROM, FRESH17_TO = 22000, 23000
FRESH18_FROM, FRESH18_TO = 23000, 24000
FRESH19_FROM, FRESH19_TO = 24000, 25000
FRESH20_FROM, FRESH20_TO = 25000, 26000
FRESH21_FROM, FRESH21_TO = 26000, 27000
FRESH22_FROM, FRESH22_TO = 27000, 28000
FRESH23_FROM, FRESH23_TO = 28000, 29000
FRESH24_FROM, FRESH24_TO = 29000, 30000
FRESH25_FROM, FRESH25_TO = 30000, 31000
FRESH26_FROM, FRESH26_TO = 31000, 32000
FRESH27_FROM, FRESH27_TO = 32000, 33000
FRESH28_FROM, FRESH28_TO = 33000, 34000
FRESH29_FROM, FRESH29_TO = 34000, 35000
FRESH30_FROM, FRESH30_TO = 35000, 36000
FRESH31_FROM, FRESH31_TO = 36000, 37000
FRESH32_FROM, FRESH32_TO = 37000, 38000
FRESH33_FROM, FRESH33_TO = 38000, 39000
# (first seed, seed after the last, vocabulary) of the seed ranges from DEV_FROM on
_RANGES = (
    (DEV_FROM, DEV_TO, DEV),
    (DEV2_FROM, DEV2_TO, DEV2),
    (FRESH2_FROM, FRESH2_TO, FRESH2),
    (FRESH3_FROM, FRESH3_TO, FRESH3),
    (FRESH4_FROM, FRESH4_TO, FRESH4),
    (FRESH5_FROM, FRESH5_TO, FRESH5),
    (FRESH6_FROM, FRESH6_TO, FRESH6),
    (FRESH7_FROM, FRESH7_TO, FRESH7),
    (FRESH8_FROM, FRESH8_TO, FRESH8),
    (FRESH9_FROM, FRESH9_TO, FRESH9),
    (FRESH10_FROM, FRESH10_TO, FRESH10),
    (FRESH11_FROM, FRESH11_TO, FRESH11),
    (FRESH12_FROM, FRESH12_TO, FRESH12),
    (FRESH13_FROM, FRESH13_TO, FRESH13),
    (FRESH14_FROM, FRESH14_TO, FRESH14),
    (FRESH15_FROM, FRESH15_TO, FRESH15),
    (FRESH16_FROM, FRESH16_TO, FRESH16),
    (FRESH17_FROM, FRESH17_TO, FRESH17),
    (FRESH18_FROM, FRESH18_TO, FRESH18),
    (FRESH19_FROM, FRESH19_TO, FRESH19),
    (FRESH20_FROM, FRESH20_TO, FRESH20),
    (FRESH21_FROM, FRESH21_TO, FRESH21),
    (FRESH22_FROM, FRESH22_TO, FRESH22),
    (FRESH23_FROM, FRESH23_TO, FRESH23),
    (FRESH24_FROM, FRESH24_TO, FRESH24),
    (FRESH25_FROM, FRESH25_TO, FRESH25),
    (FRESH26_FROM, FRESH26_TO, FRESH26),
    (FRESH27_FROM, FRESH27_TO, FRESH27),
    (FRESH28_FROM, FRESH28_TO, FRESH28),
    (FRESH29_FROM, FRESH29_TO, FRESH29),
    (FRESH30_FROM, FRESH30_TO, FRESH30),
    (FRESH31_FROM, FRESH31_TO, FRESH31),
    (FRESH32_FROM, FRESH32_TO, FRESH32),
    (FRESH33_FROM, FRESH33_TO, FRESH33),
)


def vocabulary_for(seed: int) -> Vocabulary:
    """The tuning vocabulary for seeds below :data:`HELD_OUT_FROM`, the held-out one for
    seeds below :data:`FRESH_FROM`, the dev one (``pagegen_dev.py``, for tuning the reader
    on unseen words) for seeds :data:`DEV_FROM` to 3999, the second dev one
    (``pagegen_dev2.py``, a validation set for those tuning on the dev one: aggregate
    figures only) for seeds :data:`DEV2_FROM` to 5999, the second fresh one
    (``pagegen_fresh2.py``, an untouched test set: aggregate figures only, looked at by the
    person measuring, never by those tuning) for seeds :data:`FRESH2_FROM` to 6999, the
    third fresh one (``pagegen_fresh3.py``, likewise untouched and measured in aggregate
    only) for seeds :data:`FRESH3_FROM` to 8999, the fourth fresh one
    (``pagegen_fresh4.py``, likewise) for seeds :data:`FRESH4_FROM` to 9999, the fifth
    fresh one (``pagegen_fresh5.py``, likewise) for seeds :data:`FRESH5_FROM` to 10999,
    the sixth fresh one (``pagegen_fresh6.py``, likewise) for seeds :data:`FRESH6_FROM` to
    11999, the seventh fresh one (``pagegen_fresh7.py``, likewise) for seeds
    :data:`FRESH7_FROM` to 12999, the eighth fresh one (``pagegen_fresh8.py``, likewise)
    for seeds :data:`FRESH8_FROM` to 13999, the ninth fresh one (``pagegen_fresh9.py``,
    likewise) for seeds :data:`FRESH9_FROM` to 14999, the tenth fresh one
    (``pagegen_fresh10.py``, likewise) for seeds :data:`FRESH10_FROM` to 15999, the
    eleventh fresh one (``pagegen_fresh11.py``, likewise) for seeds :data:`FRESH11_FROM`
    to 16999, the twelfth fresh one (``pagegen_fresh12.py``, likewise) for seeds
    :data:`FRESH12_FROM` to 17999, the thirteenth fresh one (``pagegen_fresh13.py``,
    likewise) for seeds :data:`FRESH13_FROM` to 18999, the fourteenth fresh one
    (``pagegen_fresh14.py``, likewise) for seeds :data:`FRESH14_FROM` to 19999, the
    fifteenth fresh one (``pagegen_fresh15.py``, likewise) for seeds :data:`FRESH15_FROM`
    to 20999, the sixteenth fresh one (``pagegen_fresh16.py``, likewise) for seeds
    :data:`FRESH16_FROM` to 21999, the seventeenth fresh one (``pagegen_fresh17.py``,
    likewise) for seeds :data:`FRESH17_FROM` to 22999, the eighteenth fresh one
    (``pagegen_fresh18.py``, likewise) for seeds :data:`FRESH18_FROM` to 23999, the
    nineteenth (``pagegen_fresh19.py``, likewise) for seeds :data:`FRESH19_FROM` to 24999,
    the twentieth (``pagegen_fresh20.py``, likewise) for seeds :data:`FRESH20_FROM` to
    25999, the twenty-first (``pagegen_fresh21.py``, likewise) for seeds
    :data:`FRESH21_FROM` to 26999, the twenty-second (``pagegen_fresh22.py``, likewise) for
    seeds :data:`FRESH22_FROM` to 27999, the twenty-third (``pagegen_fresh23.py``, likewise)
    for seeds :data:`FRESH23_FROM` to 28999, the twenty-fourth (``pagegen_fresh24.py``,
    likewise) for seeds :data:`FRESH24_FROM` to 29999, the twenty-fifth
    (``pagegen_fresh25.py``, likewise) for seeds :data:`FRESH25_FROM` to 30999, the
    twenty-sixth (``pagegen_fresh26.py``, likewise) for seeds :data:`FRESH26_FROM` to 31999,
    the twenty-seventh (``pagegen_fresh27.py``, likewise) for seeds :data:`FRESH27_FROM` to
    32999, the twenty-eighth (``pagegen_fresh28.py``, likewise) for seeds
    :data:`FRESH28_FROM` to 33999, the twenty-ninth (``pagegen_fresh29.py``, likewise) for
    seeds :data:`FRESH29_FROM` to 34999, the thirtieth (``pagegen_fresh30.py``, likewise) for
    seeds :data:`FRESH30_FROM` to 35999, the thirty-first (``pagegen_fresh31.py``, likewise)
    for seeds :data:`FRESH31_FROM` to 36999, the thirty-second (``pagegen_fresh32.py``,
    likewise) for seeds :data:`FRESH32_FROM` to 37999, the thirty-third
    (``pagegen_fresh33.py``, likewise) for seeds :data:`FRESH33_FROM` to 38999, else
    (2000-2999, 4000-4999, 7000-7999 and from 39000 on) the fresh one."""
    if seed < HELD_OUT_FROM:
        return TUNING
    if seed < FRESH_FROM:
        return HELD_OUT
    for start, stop, vocab in _RANGES:
        if start <= seed < stop:
            return vocab
    return FRESH


@dataclass
class TruthRecord:
    """A record as it should come out of reading and cleaning the page."""

    title: str
    authors: tuple[Person, ...] = ()
    year: int | None = None
    venue: str | None = None
    abstract: str | None = None
    classes: frozenset[str] = frozenset()
    author_lines: tuple[str, ...] = ()  # as on the page (with a "(see N more)" marker)
    abstract_line: bool = False  # the page has an abstract line (maybe the title again)


@dataclass
class Page:
    """A generated page: its text and the records it should give."""

    seed: int
    text: str
    records: list[TruthRecord] = field(default_factory=list)


# ----------------------------------------------------------------------------- names


def _entity(ch: str, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0 and ch in _NAMED_ENTITIES:
        return f"&{_NAMED_ENTITIES[ch]};"
    if style == 1:
        return f"&#x{ord(ch):X};"
    return f"&#{ord(ch)};"


def _spell_entities(text: str, rng: random.Random) -> str:
    return "".join(_entity(c, rng) if not c.isascii() else c for c in text)


def _lose_letters(text: str, rng: random.Random) -> str:
    mark = "?" if rng.random() < 0.8 else "\ufffd"
    return "".join(mark if not c.isascii() else c for c in text)


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (the five bytes it leaves undefined as Latin-1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _name(cls: str, rng: random.Random, v: Vocabulary) -> tuple[str, Person]:
    """An author line and the Person it should give."""
    if cls == "plain":
        given = rng.choice(v.given)
        if rng.random() < 0.3:
            given += f" {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        family = rng.choice(v.family)
        return f"{given} {family}", Person(given=given, family=family)
    if cls in ("entity", "lost", "mojibake"):
        given, family = rng.choice(v.accented)
        if rng.random() < 0.25:
            # an initial: the accent is then in the family name only
            given = f"{given[0]}." if given[0].isascii() else "Z."
        if cls == "entity":
            line = f"{_spell_entities(given, rng)} {_spell_entities(family, rng)}"
            return line, Person(given=given, family=family)
        if cls == "mojibake":
            return f"{_mojibake(given)} {_mojibake(family)}", Person(given=given, family=family)
        lost_given, lost_family = _lose_letters(given, rng), _lose_letters(family, rng)
        if lost_given == given and lost_family == family:
            lost_family = _lose_letters("Ö" + family[1:], rng)
        return f"{lost_given} {lost_family}", Person(given=lost_given, family=lost_family)
    if cls == "org":
        org = rng.choice(v.orgs)
        return org, Person(literal=org)
    if cls == "word-given":
        given = rng.choice(v.word_given)
        family = rng.choice([*v.family, *v.word_given_family])
        return f"{given} {family}", Person(given=given, family=family)
    if cls == "vietnamese":
        given = rng.choice(v.viet_given)
        if rng.random() < 0.4:
            given += f" {rng.choice('NTHVQ')}."
        family = rng.choice(v.viet_family)
        return f"{given} {family}", Person(given=given, family=family)
    if cls == "cjk":
        kind = rng.randrange(3)
        if kind == 2:
            name = rng.choice(v.jp_full)
            return name, Person(literal=name)
        family, given = (
            (rng.choice(v.cn_family), rng.choice(v.cn_given))
            if kind == 0
            else (rng.choice(v.kr_family), rng.choice(v.kr_given))
        )
        sep = " " if rng.random() < 0.5 else ""
        return f"{family}{sep}{given}", Person(given=given, family=family)
    if cls == "mononym":
        name = rng.choice(v.mononyms)
        return name, Person(family=name)
    if cls == "particle":
        given, particle, family = rng.choice(v.particle_names)
        return f"{given} {particle} {family}", Person(given=given, particle=particle, family=family)
    raise ValueError(f"unknown name class {cls!r}")


# ----------------------------------------------------------------------------- records


def _title(rng: random.Random, v: Vocabulary) -> str:
    """A title of one of the vocabulary's twelve forms (form 0: a one-word title)."""
    s, m = rng.choice(v.subjects), rng.choice(v.methods)
    n = rng.choice(v.nouns)
    form = rng.randrange(12)
    fill = {"s": s, "m": m, "n": n, "N": n.capitalize(), "s0": s.split()[0], "sl": s.split()[-1]}
    if form == 0:
        fill["w"] = rng.choice(v.one_word_titles)
    if form == 10:
        fill["s2"] = rng.choice(v.subjects)
    return v.titles[form].format(**fill)


def _abstract(rng: random.Random, v: Vocabulary) -> str:
    s = rng.choice(v.subjects)
    fill = {
        "s": s,
        "x": s.lower(),
        "m": rng.choice(v.methods),
        "n": rng.choice(v.nouns),
        "k": rng.randrange(3, 40),
    }
    picked = rng.sample(v.sentences, rng.randrange(2, 6))
    text = " ".join(t.format(**fill) for t in picked)
    if rng.random() < 0.2:
        text += f" Accepted at {rng.choice(v.venues)} {rng.randrange(2012, 2026)}."
    return text


def _splice_marker(text: str, rng: random.Random) -> str:
    """The page's '… (see more)' at the point where its preview was cut (even mid-word)."""
    at = rng.randrange(60, min(len(text) - 1, 200)) if len(text) > 80 else len(text) // 2
    return f"{text[:at]}… (see more){text[at:]}"


def _record(
    rng: random.Random, classes: Sequence[str], v: Vocabulary
) -> tuple[list[str], TruthRecord]:
    title = _title(rng, v)
    lines = [title]
    people: list[Person] = []
    used: set[str] = set()
    count = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7))
    record_classes: set[str] = set()
    for _ in range(count):
        cls = "plain" if rng.random() < 0.4 else rng.choice(classes)
        line, person = _name(cls, rng, v)
        if line in used:
            continue
        used.add(line)
        lines.append(line)
        people.append(person)
        record_classes.add(cls)
    if len(lines) > 2 and rng.random() < 0.15:
        lines[-1] += f" … (see {rng.randrange(1, 9)} more)"
    abstract: str | None = None
    roll = rng.random()
    if roll < 0.7:
        abstract = _abstract(rng, v)
        lines.append(_splice_marker(abstract, rng) if rng.random() < 0.7 else abstract)
    elif roll < 0.75 and not people:
        lines.append(title)  # the page repeats the title as the abstract (seed 000)
    if not people:
        record_classes.add("no-authors")
    truth = TruthRecord(
        title=title,
        authors=tuple(people),
        abstract=abstract,
        classes=frozenset(record_classes),
        author_lines=tuple(lines[1 : 1 + len(people)]),
        abstract_line=roll < 0.7 or (roll < 0.75 and not people),
    )
    return lines, truth


def make_page(
    seed: int, *, records: int | None = None, classes: Sequence[str] = CLASSES[1:]
) -> Page:
    """A page made with ``seed``: its text and its records' truth, in page order."""
    rng = random.Random(seed)
    v = vocabulary_for(seed)
    owner_given, owner_family = rng.choice(v.given), rng.choice(v.family)
    owner = f"{owner_given} {owner_family}"
    out = [f"Portrait of {owner}", "", owner, ""]
    out.extend(rng.sample(v.roles, rng.randrange(1, 3)))
    out.append(f"Assistant professor, {rng.choice(v.universities)}, {v.department}")
    out.append("Research Topics")
    out.extend(rng.sample(v.topics, rng.randrange(1, 4)))
    out += ["", "Biography", ""]
    out.append(v.biography.format(owner=owner))
    out += ["", f"{owner_given} completed a PhD at the {rng.choice(v.universities)}.", ""]
    out += ["Publications", ""]
    truth: list[TruthRecord] = []
    n = records if records is not None else rng.randrange(20, 40)
    for _ in range(n):
        lines, record = _record(rng, classes, v)
        out.extend(lines)
        truth.append(record)
        # the page lists the record twice (not one with neither authors nor abstract: two
        # such records in a row read as one whose abstract repeats its title)
        if rng.random() < 0.08 and len(lines) > 1:
            out.extend(lines)
            truth.append(record)
    return Page(seed=seed, text="\n".join(out) + "\n", records=truth)


# ----------------------------------------------------------------------------- scoring


def person_parts(person: Person) -> tuple[str, str, str, str, str]:
    return (person.given, person.particle, person.family, person.suffix, person.literal)


def record_key(
    title: str, authors: Sequence[Person], year: int | None, venue: str | None, abstract: str | None
) -> tuple[object, ...]:
    return (title, tuple(person_parts(a) for a in authors), year, venue, abstract)


def truth_key(record: TruthRecord) -> tuple[object, ...]:
    return record_key(record.title, record.authors, record.year, record.venue, record.abstract)


def pub_key(pub: Publication) -> tuple[object, ...]:
    return record_key(pub.title, pub.authors, pub.year, pub.venue, pub.abstract)


def matched(truth: Sequence[TruthRecord], profile: Profile) -> list[bool]:
    """For each truth record, was it read exactly right (aligned in page order)?

    ``profile`` is the page read and cleaned (:func:`pubrecords.clean_profile`).
    """
    want = [truth_key(r) for r in truth]
    got = [pub_key(p) for p in profile.publications]
    return _aligned(want, got)


def segmented(truth: Sequence[TruthRecord], profile: Profile) -> list[bool]:
    """For each truth record, were its lines told apart right (title, how many author
    lines, an abstract line or not)? ``profile`` is the page as read, not cleaned."""
    want = [(r.title, len(r.author_lines), r.abstract_line) for r in truth]
    got = [(p.title, len(p.authors), p.abstract is not None) for p in profile.publications]
    return _aligned(want, got)


def _aligned(want: Sequence[object], got: Sequence[object]) -> list[bool]:
    hit = [False] * len(want)
    sm = difflib.SequenceMatcher(None, want, got, autojunk=False)  # type: ignore[arg-type]
    for block in sm.get_matching_blocks():
        for k in range(block.size):
            hit[block.a + k] = True
    return hit


# ----------------------------------------------------------------------------- vocabularies

# Words both vocabularies may use: closed classes that new names and titles reuse rather than
# coin: function words, name particles, the kind words of organisations, and the layout's
# fixed header words (roles, "Assistant Professor", "University").
_SHARED_OK = frozenset(
    _words("""a an the of in on for with from to and or at by as is it its are be can do not we our
    this that which how what than more most under into across about their them they those who
    whose us has have was were been so up through
    van von der den de la del della da dos do di du el al ter ten bin
    group team consortium collaboration inc ltd network
    assistant professor university institute""")
)


def vocabulary_words(v: Vocabulary) -> frozenset[str]:
    """The lowercase words of a vocabulary's pools (roles and department left out)."""
    texts: list[str] = [
        *v.given, *v.family, *v.orgs, *v.word_given, *v.word_given_family, *v.viet_family,
        *v.viet_given, *v.cn_family, *v.cn_given, *v.kr_family, *v.kr_given, *v.jp_full,
        *v.mononyms, *v.subjects, *v.methods, *v.nouns, *v.one_word_titles, *v.venues,
        *v.universities, *v.topics,
    ]  # fmt: skip
    texts += [w for pair in v.accented for w in pair]
    texts += [w for triple in v.particle_names for w in triple]
    texts += [t.format_map(_Blank()) for t in (*v.titles, *v.sentences, v.biography)]
    words = set()
    for text in texts:
        for word in re.split(r"[^\w]+", text.lower()):
            if word and not word.isdigit() and word not in _SHARED_OK:
                words.add(word)
    return frozenset(words)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return " "


def shared_words(a: Vocabulary | None = None, b: Vocabulary | None = None) -> frozenset[str]:
    """Words in both vocabularies, by default the tuning and the held-out one (should be
    none)."""
    return vocabulary_words(a or TUNING) & vocabulary_words(b or HELD_OUT)


def generator_words_in(text: str, vocabularies: Sequence[Vocabulary] | None = None) -> set[str]:
    """The words of ``text`` (lower case) that a generator vocabulary uses: tuning,
    held-out, DEV, DEV2, fresh and fresh3 by default (never fresh2's, fresh4's, fresh5's,
    fresh6's, fresh7's, fresh8's, fresh9's, fresh10's, fresh11's, fresh12's, fresh13's, fresh14's, fresh15's, fresh16's, fresh17's, fresh18's, fresh19's, fresh20's, fresh21's, fresh22's, fresh23's, fresh24's, fresh25's, fresh26's, fresh27's, fresh28's, fresh29's, fresh30's, fresh31's, fresh32's or fresh33's, which tests must not read). A test page written
    by hand checks it has none, so that it teaches the reader none of the generator's words (nor
    spends the untouched fresh3 words on a test)."""
    words = {w for w in re.split(r"[^\w]+", text.lower()) if w}
    found: set[str] = set()
    for vocab in vocabularies or (TUNING, HELD_OUT, DEV, DEV2, FRESH, FRESH3):
        found |= words & vocabulary_words(vocab)
    return found


#: The head of a small hand-written page in the seeds' layout (an invented owner).
PAGE_HEAD = "Portrait of Ada Example\n\nAda Example\n\nPublications\n\n"
# An abstract for hand-written pages, of no generator's words (the tests that use it check)
PEAT_ABSTRACT = (
    "We measure how peat bogs hold water through rainy and cloudless months. Our hunches "
    "track the flux a month ahead and beat every rule of thumb we tried."
)


def read_page_records(body: str) -> list[tuple[str, list[str], bool]]:
    """(title, authors, has an abstract) of each record of a hand-written page whose
    publication lines are ``body`` (after :data:`PAGE_HEAD`), as the reader gives them."""
    from pubrecords import parse_profile

    profile = parse_profile(PAGE_HEAD + body + "\n")
    return [
        (p.title, [str(a) for a in p.authors], p.abstract is not None) for p in profile.publications
    ]
