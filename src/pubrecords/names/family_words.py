"""Words that begin or end a family name of two words, by the cultures that write them so:
Iberian double surnames, Gaelic "Nic"/"Mac", Maghrebi "Ben"/"Ait" after an Arabic given
name, Portuguese kinship words (used by :mod:`.text`'s free-text splitting)."""

from __future__ import annotations

_IBERIAN = frozenset({"garcía", "garcia", "díaz", "diaz"})
# Irish and Scottish Gaelic words that begin a family name of two words ("Nic Dhonnchadha",
# "Mac Giolla", "Ní Bhriain", "Uí Néill"): before a capitalised last word, not given names
_GAELIC = frozenset({"mac", "nic", "ní", "mhic", "uí", "ua"})
# Capitalised words that begin a Maghrebi family name of two words ("Ben Romdhane", "Ait
# Ali", "Ould Dah"), where an Arabic given name comes first: "Ben" is a middle name too
# ("Alex Ben Johnson")
_MAGHREBI = frozenset({"ben", "ait", "aït", "ould", "abou", "abu"})
_ARABIC_GIVEN_TEXT = """
    mohamed mohammed muhammad mohammad mohamad ahmed ahmad ali omar omer youssef yousef
    yusuf karim khaled khalid walid sami hichem hicham hisham mehdi mourad nabil rachid
    rashid said saïd samir slim sofiane soufiane tarek tarik yassine yacine zied anis
    amine fethi habib hatem imed kais lotfi mounir najib nizar riadh ridha skander
    faouzi fawzi abdelaziz abdallah abdellah abdelkader abderrahmane brahim ibrahim
    hassan hassen hussein houcine moez chokri mohsen adel bilel belal wassim houssem
    oussama aymen malek jalel mongi taoufik tawfik kamel lassaad nejib noureddine
    nourredine mustapha mustafa hamza ilyes elyes fatma fatima leila leïla amel asma
    ines mariem meriem rim sonia hela olfa nadia salma sana hajer houda khadija imen
    ameni wafa samia souad latifa naima zineb zeineb aicha aïcha nour nesrine yasmine
"""
_ARABIC_GIVEN = frozenset(_ARABIC_GIVEN_TEXT.split())
# Portuguese words of kinship that end a family name ("Pereira Filho", "Santos Neto"): part
# of it, not a suffix (Brazilian cataloguing writes "PEREIRA FILHO, João")
_KIN_WORDS = frozenset(["filho", "filha", "neto", "neta", "sobrinho", "sobrinha"])
