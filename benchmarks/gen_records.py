"""Synthetic publication records with known duplicates, for the de-duplication benchmark.

``generate(n, seed)`` returns ``(pubs, cluster)``: ``n`` records of which about 20 % are
extra copies of another record, and ``cluster[i]``, the id of the work record ``i``
belongs to (copies and versions share their original's id). Copies carry realistic
corruption: typos, case and punctuation changes, abbreviated venues, initials for given
names, dropped and reordered authors, stripped accents, missing fields; some copies
are retitled versions (a preprint under another title, with the same abstract). A
few hard negatives are mixed in: "Part I" / "Part II" pairs, errata, and the same title
by other authors, which must *not* be grouped.

Run as a script to write a CSV table (the columns of ``../shared/benchmarks/dedup``)::

    python benchmarks/gen_records.py 10000 > records.csv
"""

from __future__ import annotations

import bisect
import csv
import random
import sys
from collections.abc import Sequence
from itertools import accumulate

from unidecode import unidecode

from pubrecords import Kind, Person, Publication

__all__ = ["generate", "gold_pairs"]

_SYLLABLES = [
    "ka",
    "ri",
    "to",
    "na",
    "mi",
    "lo",
    "ve",
    "su",
    "de",
    "ra",
    "pe",
    "ti",
    "mo",
    "lu",
    "an",
    "el",
    "or",
    "in",
    "us",
    "ex",
    "al",
    "on",
    "ic",
    "ar",
    "ber",
    "gan",
    "tor",
    "vel",
    "mis",
    "dra",
    "quen",
    "stil",
    "por",
    "nex",
    "cal",
    "fer",
    "gor",
    "hum",
    "jin",
    "kel",
    "lam",
    "net",
    "op",
    "qua",
    "rex",
    "sel",
    "tam",
    "ul",
    "vor",
    "wen",
    "yal",
    "zor",
]
_COMMON = [
    "learning",
    "neural",
    "networks",
    "deep",
    "models",
    "data",
    "analysis",
    "efficient",
    "robust",
    "scalable",
    "graph",
    "optimization",
    "adaptive",
    "approach",
    "framework",
    "method",
    "algorithms",
    "systems",
    "inference",
    "bayesian",
    "stochastic",
    "large",
    "language",
    "generative",
    "representation",
    "distributed",
    "query",
    "processing",
    "semantic",
    "detection",
    "estimation",
    "control",
    "theory",
    "towards",
    "improving",
    "understanding",
    "fast",
    "online",
    "sparse",
    "dynamic",
    "multi",
    "agent",
]
_STOP = ["a", "an", "the", "of", "for", "in", "on", "with", "via", "and", "to", "using"]
_GIVEN = [
    "Ada",
    "Alan",
    "Grace",
    "Edsger",
    "Barbara",
    "Donald",
    "John",
    "Leslie",
    "Shafi",
    "Silvio",
    "Judea",
    "Yoshua",
    "Geoffrey",
    "Daphne",
    "Fei",
    "Andrew",
    "Michael",
    "Jordan",
    "Emma",
    "Lucía",
    "José",
    "Zoë",
    "Søren",
    "Chloé",
    "Jürgen",
    "Ingrid",
    "Ole",
    "Aarav",
    "Mei",
    "Hiroshi",
    "Kenji",
    "Priya",
    "Ravi",
    "Olga",
    "Ivan",
    "Nadia",
    "Omar",
    "Fatima",
    "Ahmed",
    "Wei",
    "Jing",
    "Min-jun",
    "Seo-yeon",
    "Lars",
    "Åsa",
    "Björn",
    "François",
    "Hélène",
    "Renée",
    "Noël",
    "Ángel",
    "Raúl",
    "Dolores",
    "Tomás",
    "Joaquín",
]
_ACCENTED_SURNAMES = [
    "Müller",
    "Schröder",
    "Gödel",
    "Erdős",
    "Łukasiewicz",
    "Núñez",
    "García",
    "Pérez",
    "Sørensen",
    "Ångström",
    "Dvořák",
    "Škoda",
    "Çelik",
    "Öztürk",
    "Lefèvre",
    "Désiré",
    "Brontë",
    "Señor",
    "Köhler",
    "Jäger",
]
_VENUES = [
    ("Proceedings of the International Conference on Machine Learning", "Proc. ICML"),
    ("Advances in Neural Information Processing Systems", "NeurIPS"),
    ("Journal of Machine Learning Research", "J. Mach. Learn. Res."),
    ("IEEE Transactions on Pattern Analysis and Machine Intelligence", "IEEE Trans. PAMI"),
    ("Proceedings of the ACM SIGMOD International Conference on Management of Data", "SIGMOD"),
    ("Proceedings of the VLDB Endowment", "PVLDB"),
    ("Annual Meeting of the Association for Computational Linguistics", "ACL"),
    ("Journal of the ACM", "J. ACM"),
    ("Communications of the ACM", "Commun. ACM"),
    ("International Conference on Learning Representations", "ICLR"),
    ("Proceedings of the AAAI Conference on Artificial Intelligence", "AAAI"),
    ("Artificial Intelligence", "Artif. Intell."),
    ("Nature Machine Intelligence", "Nat. Mach. Intell."),
    ("SIAM Journal on Computing", "SIAM J. Comput."),
    ("Symposium on Theory of Computing", "STOC"),
    ("Computer Vision and Pattern Recognition", "CVPR"),
    ("Transactions of the Association for Computational Linguistics", "TACL"),
    ("Bioinformatics", "Bioinformatics"),
    ("Physical Review Letters", "Phys. Rev. Lett."),
    ("Workshop on Robust Learning", "RL Workshop"),
]
_JOURNALISH = ("Journal", "Transactions", "Letters", "Communications", "Bioinformatics", "Nature")


def _zipf_picker(rng: random.Random, items: Sequence[str], s: float = 1.0):  # type: ignore[no-untyped-def]
    weights = [1.0 / (rank + 1) ** s for rank in range(len(items))]
    cum = list(accumulate(weights))
    total = cum[-1]

    def pick() -> str:
        return items[bisect.bisect_left(cum, rng.random() * total)]

    return pick


class _World:
    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        words: set[str] = set()
        vocab_size = max(3000, min(60000, n // 10))
        while len(words) < vocab_size:
            k = rng.choice((2, 2, 3, 3, 4))
            words.add("".join(rng.choice(_SYLLABLES) for _ in range(k)))
        vocab = sorted(words)
        rng.shuffle(vocab)
        self.word = _zipf_picker(rng, vocab, 0.9)
        surnames: set[str] = set()
        while len(surnames) < max(2000, min(100000, n // 5)):
            k = rng.choice((2, 3, 3, 4))
            surnames.add("".join(rng.choice(_SYLLABLES) for _ in range(k)).capitalize())
        surname_list = sorted(surnames) + _ACCENTED_SURNAMES * 20
        rng.shuffle(surname_list)
        self.surname = _zipf_picker(rng, surname_list, 0.6)
        self.given = _zipf_picker(rng, _GIVEN, 0.5)

    def title(self) -> str:
        rng = self.rng
        n = rng.randint(4, 11)
        out: list[str] = []
        for k in range(n):
            r = rng.random()
            if k and r < 0.18:
                out.append(rng.choice(_STOP))
            elif r < 0.45:
                out.append(rng.choice(_COMMON))
            else:
                out.append(self.word())
        if rng.random() < 0.25:
            cut = rng.randint(1, n - 1)
            out[cut - 1] += ":"
        text = " ".join(out)
        return text[0].upper() + text[1:]

    def person(self) -> Person:
        rng = self.rng
        given = self.given()
        if rng.random() < 0.15:
            given += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
        return Person(given=given, family=self.surname())

    def abstract(self, title: str) -> str:
        rng = self.rng
        words = [
            self.word() if rng.random() < 0.4 else rng.choice(_COMMON + _STOP) for _ in range(45)
        ]
        return f"We study {title.lower()}. " + " ".join(words) + "."


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    k = rng.randrange(1, len(text) - 1)
    op = rng.random()
    if op < 0.33:
        return text[:k] + text[k + 1 :]
    if op < 0.66:
        return text[:k] + text[k + 1] + text[k] + text[k + 2 :]
    return text[:k] + rng.choice("aeiourstn") + text[k:]


def _initials(person: Person) -> Person:
    parts = person.given.replace(".", " ").split()
    return Person(given=" ".join(p[0] + "." for p in parts), family=person.family)


def _corrupt(rng: random.Random, pub: Publication, world: _World) -> Publication:
    title = pub.title
    authors = list(pub.authors)
    venue, year, doi, pages, abstract = pub.venue, pub.year, pub.doi, pub.pages, pub.abstract
    r = rng.random
    if r() < 0.3:
        title = _typo(rng, title)
    if r() < 0.15:
        title = _typo(rng, title)
    if r() < 0.25:
        title = title.lower() if r() < 0.7 else title.upper()
    if r() < 0.3:
        title = title.replace(":", " -") if ":" in title else title + "."
    if r() < 0.2:
        title = unidecode(title)
    if r() < 0.5:
        authors = [_initials(a) if r() < 0.8 else a for a in authors]
    if len(authors) > 2 and r() < 0.15:
        del authors[rng.randrange(1, len(authors))]
    if len(authors) > 1 and r() < 0.15:
        k = rng.randrange(len(authors) - 1)
        authors[k], authors[k + 1] = authors[k + 1], authors[k]
    if r() < 0.3:
        authors = [Person(given=unidecode(a.given), family=unidecode(a.family)) for a in authors]
    if r() < 0.1 and authors:
        k = rng.randrange(len(authors))
        a = authors[k]
        authors[k] = Person(given=a.given, family=_typo(rng, a.family))
    if venue and r() < 0.4:
        for full, short in _VENUES:
            if venue == full:
                venue = short
                break
    if r() < 0.15:
        venue = None
    if r() < 0.1:
        year = None
    if r() < 0.4:
        doi = None
    if r() < 0.3:
        pages = None
    elif pages and r() < 0.3:
        pages = pages.replace("-", "--")
    if abstract and r() < 0.3:
        abstract = None
    elif abstract and r() < 0.2:
        abstract = abstract[: len(abstract) // 2]
    return Publication(
        title=title,
        authors=tuple(authors),
        year=year,
        venue=venue,
        doi=doi,
        pages=pages,
        abstract=abstract,
        kind=pub.kind,
    )


def _version(rng: random.Random, pub: Publication, world: _World) -> Publication:
    """A preprint of the work under a changed title (a shared opening, another ending)."""
    words = pub.title.split()
    keep = max(3, int(len(words) * 0.7))
    new_title = " ".join(words[:keep] + [world.word() for _ in range(rng.randint(1, 2))])
    return Publication(
        title=new_title,
        authors=pub.authors,
        year=(pub.year - 1) if pub.year else None,
        venue="arXiv",
        kind=Kind.PREPRINT,
        abstract=pub.abstract,
        arxiv_id=f"{rng.randint(1001, 2412)}.{rng.randint(10000, 99999)}",
    )


def generate(n: int, seed: int = 0) -> tuple[list[Publication], list[int]]:
    """``n`` synthetic records and the id of the work each belongs to."""
    rng = random.Random(seed)
    world = _World(rng, n)
    pubs: list[Publication] = []
    cluster: list[int] = []
    work = 0
    while len(pubs) < n:
        title = world.title()
        authors = tuple(world.person() for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4, 5, 6, 8))))
        full, _short = rng.choice(_VENUES)
        year = rng.randint(1975, 2024)
        page = rng.randint(1, 900)
        pub = Publication(
            title=title,
            authors=authors,
            year=year,
            venue=full,
            kind=Kind.JOURNAL_ARTICLE if full.startswith(_JOURNALISH) else Kind.CONFERENCE_PAPER,
            doi=f"10.{rng.randint(1000, 9999)}/{rng.getrandbits(40):x}"
            if rng.random() < 0.6
            else None,
            pages=f"{page}-{page + rng.randint(5, 30)}",
            abstract=world.abstract(title) if rng.random() < 0.25 else None,
        )
        pubs.append(pub)
        cluster.append(work)
        r = rng.random()
        if r < 0.155:  # copies: about 20 % of all records are extra copies
            for _ in range(1 if rng.random() < 0.8 else rng.randint(2, 3)):
                pubs.append(_corrupt(rng, pub, world))
                cluster.append(work)
        elif r < 0.17:  # a retitled preprint version
            pubs.append(_version(rng, pub, world))
            cluster.append(work)
        elif r < 0.18:  # hard negatives: another part, an erratum, a namesake title
            work += 1
            kind = rng.random()
            if kind < 0.34:
                pubs[-1] = attrs_evolve(pub, title=pub.title + ", Part I")
                other = attrs_evolve(pub, title=pub.title + ", Part II", doi=None)
            elif kind < 0.67:
                other = attrs_evolve(pub, title="Erratum: " + pub.title, doi=None, abstract=None)
            else:
                other = attrs_evolve(
                    pub, authors=tuple(world.person() for _ in range(2)), doi=None, abstract=None
                )
            pubs.append(other)
            cluster.append(work)
        work += 1
    del pubs[n:], cluster[n:]
    order = list(range(len(pubs)))
    rng.shuffle(order)
    return [pubs[i] for i in order], [cluster[i] for i in order]


def attrs_evolve(pub: Publication, **changes: object) -> Publication:
    import attrs

    return attrs.evolve(pub, **changes)


def gold_pairs(cluster: Sequence[int]) -> set[tuple[int, int]]:
    """Every unordered pair (i < j) of records of the same work."""
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cluster):
        members.setdefault(c, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for group in members.values():
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                pairs.add((group[a], group[b]))
    return pairs


def _write_csv(pubs: Sequence[Publication], out: object) -> None:
    writer = csv.writer(out)  # type: ignore[arg-type]
    writer.writerow(
        [
            "id",
            "title",
            "authors",
            "venue",
            "year",
            "pages",
            "volume",
            "publisher",
            "doi",
            "abstract",
        ]
    )
    for i, p in enumerate(pubs):
        writer.writerow(
            [
                f"syn:{i}",
                p.title,
                ", ".join(str(a) for a in p.authors),
                p.venue or "",
                p.year or "",
                p.pages or "",
                "",
                "",
                p.doi or "",
                p.abstract or "",
            ]
        )


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    records, _ = generate(count, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    _write_csv(records, sys.stdout)
