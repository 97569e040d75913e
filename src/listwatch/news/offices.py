"""The words of a title or an office: ONE table for both languages, read by every reader
of a title before or after a name (``names``, ``titles``, ``roles``, ``attribution``,
``object_phrase``, ``acts_asked``).

Each word has a kind, and each kind its forms per language (masculine, feminine and the
plurals a reader meets, written with their accents):

- **state**: a head of state or a crowned head ("president", « présidente », "king",
  "emir", "chancellor").
- **government**: an office of a government, a parliament, a court or a diplomacy
  ("minister", « secrétaire », "governor", « députée », "envoy", "prosecutor", "judge";
  "deputy", "premier" and « adjoint » are offices too, "the Party Deputy").
- **speaker**: one who speaks for a body ("spokeswoman", « porte-parole »).
- **head**: the head of a body, a firm or a unit ("director", « directrice »,
  "chairman", "commander", "chief", "head", "leader", « dirigeant », "founder", "CEO").
- **rank**: a military rank ("general", "colonel", « capitaine », "admiral").
- **qualifier**: a word that qualifies an office, no office of its own ("deputy",
  "vice", "prime", "former", « adjointe », « ancien », "acting", "special", "chief").
- **portfolio**: the domain an office is of ("foreign", "affairs", « étrangères »,
  "interior", « Finances », "treasury").
- **staff**: the people or officers of a body and those who serve it, its networks
  ("officials", "members", « dirigeants », « cadres », "envoys", « bailleurs » de fonds,
  "suppliers"): told after its name ("X officials") or before it ("financiers of X"), the
  body is theirs, not a party beside them.
- **holder**: one who holds or heads a body, told with it ("X owners", "the owner of X
  Y", « le ministre de l'Intérieur Y »): the body qualifies them, but the holder's own name
  may follow the body.

Multi-word forms are written with one space; ``words_re`` joins them with ``space``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from listwatch.text import name_key

#: the words of a title, by kind and language (the module's doc)
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "state": {
        "en": ("president", "presidents", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh",
               "sultan"),
        "fr": ("président", "présidente", "présidents", "chancelier", "chancelière", "roi", "reine", "prince",
               "princesse", "émir", "cheikh", "sultan"),
    },
    "government": {
        "en": ("minister", "ministers", "secretary", "governor", "senator", "ambassador", "envoy", "prosecutor",
               "judge", "mayor", "commissioner", "representative", "congressman", "congresswoman", "attorney general",
               "deputy", "premier"),
        "fr": ("ministre", "ministres", "secrétaire", "gouverneur", "sénateur", "sénatrice", "ambassadeur",
               "ambassadrice", "envoyé", "envoyée", "procureur", "procureure", "juge", "maire", "député", "députée",
               "commissaire", "représentant", "représentante", "adjoint", "adjointe", "chef de la diplomatie"),
    },
    "speaker": {
        "en": ("spokesman", "spokeswoman", "spokesperson"),
        "fr": ("porte-parole",),
    },
    "head": {
        "en": ("director", "chairman", "chairwoman", "chair", "commander", "chief", "head", "leader", "founder", "CEO"),
        "fr": ("directeur", "directrice", "commandant", "chef", "dirigeant", "dirigeante", "fondateur",
               "fondatrice", "PDG"),
    },
    "rank": {
        "en": ("general", "major", "colonel", "captain", "lieutenant", "brigadier", "admiral", "sergeant"),
        "fr": ("général", "générale", "colonel", "capitaine", "lieutenant", "amiral", "sergent"),
    },
    "qualifier": {
        "en": ("deputy", "vice", "prime", "premier", "former", "ex", "acting", "interim", "senior", "executive",
               "special", "principal", "chief"),
        "fr": ("adjoint", "adjointe", "vice", "premier", "première", "ancien", "ancienne", "ex", "intérimaire",
               "spécial", "spéciale", "chargé", "chargée", "chef"),
    },
    "portfolio": {
        "en": ("foreign", "affairs", "state", "interior", "defence", "defense", "finance", "justice", "economy",
               "trade", "treasury"),
        "fr": ("affaires", "étrangères", "intérieur", "défense", "finances", "justice", "économie", "commerce"),
    },
    "staff": {
        "en": ("official", "officials", "member", "members", "executive", "executives", "leader", "leaders",
               "leadership", "commander", "commanders", "operative", "operatives", "agent", "agents", "fighter",
               "fighters", "militant", "militants", "personnel", "staff", "employee", "employees", "officer",
               "officers", "manager", "managers",
               # (those who serve it from outside: its envoys, go-betweens, suppliers and money)
               "envoy", "envoys", "emissary", "emissaries", "representative", "representatives", "intermediary",
               "intermediaries", "associate", "associates", "loyalist", "loyalists", "supporter", "supporters",
               "backer", "backers", "proxy", "proxies", "recruiter", "recruiters", "supplier", "suppliers",
               "financier", "financiers", "fundraiser", "fundraisers", "donor", "donors", "banker", "bankers",
               "broker", "brokers", "facilitator", "facilitators", "courier", "couriers", "smuggler", "smugglers",
               "trafficker", "traffickers", "network", "networks", "cell", "cells"),
        "fr": ("dirigeant", "dirigeants", "dirigeante", "dirigeantes", "responsable",
               "responsables", "cadre", "cadres", "membre", "membres", "commandant", "commandants", "chef", "chefs",
               "officier", "officiers", "combattant", "combattants", "militant", "militants", "agent", "agents",
               "employé", "employés", "employée", "employées", "fonctionnaire", "fonctionnaires", "émissaire", "émissaires", "représentant", "représentants", "intermédiaire", "intermédiaires",
               "associé", "associés", "fidèle", "fidèles", "partisan", "partisans", "soutien", "soutiens",
               "recruteur", "recruteurs", "fournisseur", "fournisseurs", "financier", "financiers", "financeur",
               "financeurs", "bailleur", "bailleurs", "donateur", "donateurs", "banquier", "banquiers", "courtier",
               "courtiers", "facilitateur", "facilitateurs", "passeur", "passeurs", "trafiquant", "trafiquants",
               "réseau", "réseaux", "cellule", "cellules"),
    },
    "holder": {
        "en": ("chief", "chiefs", "head", "heads", "owner", "owners", "founder", "founders", "shareholder",
               "shareholders", "minister", "ministers", "director", "directors"),
        "fr": ("ministre", "ministres", "propriétaire", "propriétaires", "fondateur", "fondateurs", "actionnaire",
               "actionnaires"),
    },
}

#: the kinds that name an office held by someone (not its qualifiers, ranks or domains)
OFFICES = ("state", "government", "speaker", "head")
#: every kind a title is written with before a name
TITLE = (*OFFICES, "rank", "qualifier", "portfolio")


def words(kinds: Iterable[str], langs: Iterable[str] = ("en", "fr")) -> tuple[str, ...]:
    """The forms of ``kinds`` in ``langs``, each once, in the table's order."""
    out: dict[str, None] = {}
    for kind in kinds:
        for lang in langs:
            for w in WORDS[kind][lang]:
                out[w] = None
    return tuple(out)


def words_re(kinds: Iterable[str], space: str = r"\s+", langs: Iterable[str] = ("en", "fr")) -> str:
    """A regex alternation (no group) of the forms of ``kinds``, the longest first, their
    spaces written ``space``; read case-insensitively by its caller."""
    forms = sorted(words(kinds, langs), key=len, reverse=True)
    return "|".join(space.join(re.escape(p) for p in f.split(" ")) for f in forms)


def capitalised_re(kinds: Iterable[str], langs: Iterable[str] = ("en", "fr")) -> str:
    """A regex alternation of the one-word forms of ``kinds`` written with a capital, as a
    title before a name is ("Deputy", "Ministre", "Économie" or "Economie"); read
    case-sensitively by its caller."""
    out: dict[str, None] = {}
    for w in words(kinds, langs):
        if " " in w:
            continue
        form = w if w.isupper() else w[:1].upper() + w[1:]
        out[form] = None
        bare = name_key(form[:1])
        if bare and bare != form[:1].lower():
            out[bare.upper() + form[1:]] = None  # "Economie": a capital written without its accent
    return "|".join(re.escape(f) for f in sorted(out, key=len, reverse=True))


@cache
def normalized(kinds: tuple[str, ...]) -> frozenset[str]:
    """The one-word forms of ``kinds``, normalised (``listwatch.text.name_key``)."""
    return frozenset(name_key(w) for w in words(kinds) if " " not in w)


#: a nationality told by its adjective's ending ("norlandais", "velmarien", "Velmarian",
#: "russe" is no such ending: it stands as a lower-case word)
NATIONALITY = r"(?:[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|ique|an|ese|ish))"


@cache
def title_slot(most: int = 8) -> str:
    """The words a title is written with before its holder's name, up to ``most`` of them,
    each followed by white space: an article, lower-case words ("jailed", « condamné »,
    "drug lord"), the table's words written with a capital ("President", "Foreign
    Minister"), a nationality ("Velmarian"), and the domain of an office, capitalised
    after its particle ("of Finance", « des Affaires étrangères », "de l'Économie"). A
    regex (no group) read inside a case-insensitive pattern; a person's own name never fits it,
    but a domain may be a country's name."""
    word = (r"(?:(?-i:[a-zà-ÿ][\w'’-]*)|(?-i:" + capitalised_re(TITLE) + r")(?![\w'’])|(?-i:" + NATIONALITY + r")"
            r"|(?:of|for|de|du|des|d['’]|aux?|à)\s*(?:(?:the|la|le|l['’])\s*)?(?-i:[A-ZÀ-Ý][\w'’-]*))")
    return r"(?:(?:the|le|la|les|l['’])\s*)?(?:" + word + r"\s+){0," + str(most) + r"}?"
