"""Words that begin or end a family name of two words, by the cultures that write them so:
Iberian double surnames, Gaelic "Nic"/"Mac", Maghrebi "Ben"/"Ait" after an Arabic given
name, Portuguese kinship words (used by :mod:`.text`'s free-text splitting)."""

from __future__ import annotations

# First surnames of an Iberian double surname that do not end in "-ez" ("Herrera Vivas",
# "Torres Quintero"): the commonest of Spain and Latin America, and of Portugal and Brazil
_IBERIAN_TEXT = """
    garcía garcia díaz diaz herrera torres ramos flores rojas vargas castro ortiz morales
    reyes rivera mendoza romero castillo guerrero medina navarro cortés cortes aguilar
    moreno muñoz munoz ruiz molina delgado ortega rubio serrano iglesias vega salazar
    cabrera campos cárdenas cardenas carrillo espinoza espinosa figueroa fuentes gallego
    guzmán guzman herrero león leon lozano mejía mejia miranda montoya orozco osorio
    pacheco peña pena quintero quiroga rosales salas sandoval santana sierra solís solis
    soto suárez suarez tapia valencia valdés valdes vera villa zamora zapata
    ferreira pereira oliveira almeida carvalho ribeiro araújo araujo barbosa cardoso
    teixeira correia nascimento moreira cavalcanti monteiro
"""
_IBERIAN = frozenset(_IBERIAN_TEXT.split())
# Irish and Scottish Gaelic words that begin a family name of two words ("Nic Dhonnchadha",
# "Mac Giolla", "Ní Bhriain", "Uí Néill"): before a capitalised last word, not given names
_GAELIC = frozenset({"mac", "nic", "ní", "mhic", "uí", "ua"})
# Capitalised words that begin a Maghrebi family name of two words ("Ben Romdhane", "Ait
# Ali", "Abu Ramadan"), where an Arabic given name comes first: "Ben" is a middle name too
# ("Alex Ben Johnson")
_MAGHREBI = frozenset({"ben", "ait", "aït", "abu"})
# Capitalised words that begin a family name of two words after any given name, as no
# given or middle name is: Mauritanian "Ould" and "Mint" (son, daughter of: "Sidi Ould
# Cheikh", "Mariem Mint Abdallahi"), Levantine and Maghrebi "Abou", "Abi" and "Bou"
# ("Ziad Abi Saad", "Rami Abou Jaoude", "Lina Bou Khalil")
_PATRONYMIC = frozenset({"ould", "mint", "abou", "abi", "bou"})
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
    mahmoud mahmud sidi cheikh moulay lalla mariam maryam zeinab aminetou fatimetou
    ahmedou mokhtar salem jamal jamila rania hana layla laila yasser yasir ziad rami
    tariq bashir bassam hadi nasser khalil
"""
_ARABIC_GIVEN = frozenset(_ARABIC_GIVEN_TEXT.split())
# Portuguese words of kinship that end a family name ("Pereira Filho", "Santos Neto"): part
# of it, not a suffix (Brazilian cataloguing writes "PEREIRA FILHO, João")
_KIN_WORDS = frozenset(["filho", "filha", "neto", "neta", "sobrinho", "sobrinha"])
