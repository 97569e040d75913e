"""What a name looks like in news text: the token and legal-form patterns, the lexicons
of words that are no party (agencies, documents, function words, kinds of parties, words
of trade), the cleaning of a candidate name, and the ``Mention`` and ``Entity`` records
the finders (``organisations``, ``persons``) and ``mentions`` share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from listwatch.text import SUFFIX_WORDS, core_name
from listwatch.text import name_key as normalize

from . import offices
from .lang import PACKS, LangPack
from .places import PEOPLE_WORDS, PLACE_WORDS

# capitals: ASCII, Latin-1 and the Latin Extended letters of central European, Baltic,
# Turkish, Romanian, Azerbaijani and Vietnamese names ("Łukasz", "Şahin", "Ștefan", "Ngô")
_EXTENDED = [chr(c) for r in (range(0x100, 0x250), range(0x1E00, 0x1F00)) for c in r]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER_LETTERS = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
# a brand written with a lower-case first letter and an inner capital ("xSilica", "iKunlun")
_LOW_CAMEL = rf"[a-z]{{1,2}}[{_UP}][a-z][\w\-]*"
# a name with an inner dot between capitals ("VEB.RF"), never an initialism ("U.S.")
_TOK = rf"(?:[{_UP}][\w&’'\-]+\.[{_UP}]{{2,}}[\w\-]*|[{_UP}][\w&’'\-]*\+?|[0-9]+[{_UP}][\w\-]*|{_LOW_CAMEL})"
# "for" joins words of one name after an institution's head ("Main Centre for Special
# Technologies"); a military unit's number is a word of its name ("Unit 29155")
_FOR = "".join(f"(?<={h} )" + ("|" if i < 7 else "") for i, h in enumerate(
    ("Centre", "Center", "Institute", "Foundation", "Fund", "Academy", "Society", "Association")))
_UNIT_NO = r"(?<=Unit )[0-9]{3,6}(?![\w\-])"
_NAME = rf"{_TOK}(?:[ \t]+(?:&[ \t]+|de[ \t]+|of[ \t]+|(?:{_FOR})for[ \t]+|\([{_UP}][\w\-]+\)[ \t]+)?(?:{_TOK}|{_UNIT_NO})){{0,6}}"  # never across lines
# legal forms as written in news text: as the lists write them, in capitals ("TRADING
# LIMITED"), and the free-zone forms of sanctions releases ("FZE", "FZCO", "DMCC")
_SUFFIX_WORDS = sorted(
    set(SUFFIX_WORDS) | {w.upper() for w in SUFFIX_WORDS if len(w) > 3} | {"FZE", "FZCO", "FZ-LLC", "DMCC", "LTD", "CO", "INC", "CORP"}
    # dotted forms ("General Trading L.L.C.", "S.A.R.L.")
    | {"L.L.C", "S.A.R.L", "S.A.S", "S.R.L", "W.L.L", "WLL", "L.L.P"},
    key=len, reverse=True,
)
_SUFFIX = "(?:" + "|".join(re.escape(s) for s in _SUFFIX_WORDS) + r")\b\.?"
#: the roles of the one who brings a case, singular ("the Claimant", « le recourant »): no
#: name of its own (``case_roles`` gives it the party)
CASE_ROLES = frozenset("claimant applicant appellant petitioner plaintiff requérant requérante recourant "
                       "recourante demandeur demanderesse".split())
_AUTH_WORDS = {
    "department", "ministry", "court", "council", "commission", "bureau", "office",
    "agency", "administration", "treasury", "pentagon", "military", "communist",
    "département", "ministère", "tribunal", "cour", "conseil", "armée", "army", "navy",
    "entity", "list", "liste", "section", "act", "order", "university", "université",
    "reuters", "bloomberg", "nationals", "complex", "securities", "exchange", "senate",
    "house", "congress", "government", "gouvernement", "party", "parti",
    "secretary", "minister", "ministre", "register", "regulations", "regulation", "part",
    "commonwealth", "affaires", "kremlin", "federal", "fédéral", "elysée", "senat", "sénat",
    "parliament", "parlement", "assembly", "committee", "comité", "embassy", "ambassade",
    "state", "états", "etats", "union", "nations", "assets", "sanctions", "sanction",
    "regime", "régime", "decree", "décret", "resolution", "résolution", "journal", "official",
    "officiel", "gazette", "notice", "avis", "press", "release", "communiqué", "unreliable",
    "coalition", "assent", "persons", "crime", "times", "daily", "tribune", "herald",
    "statute", "directive", "ordinance", "code", "règlement", "reglement", "annexe", "annex", "schedule",
    "article", "décision", "decision", "loi", "law", "amendment", "constitution", "treaty", "charter",
    "protocol", "clause", "license", "licence", "licenses", "licences",
    # court and rule-making papers ("MEMORANDUM OPINION", "the Plaintiffs' Motion", "this
    # IFR", "a License Exception", "Frequently Asked Questions", "the PDF of the order")
    "memorandum", "opinion", "plaintiff", "plaintiffs", "injunction", "injunctions", "update", "updates", "summary", "description", "defendant", "defendants",
    "petitioner", "petitioners", "complaint", "exception", "exceptions", "questions", "faq", "faqs", "pdf",
    "ifr", "nprm", "unsc", "erc", "requérant", "requérante", "requérants",
    # the roles of a case's parties: no name of their own (``case_roles`` gives them the party)
    "claimant", "claimants", "applicant", "applicants", "appellant", "appellants", "respondent", "respondents",
    "recourant", "recourante", "recourants", "requérantes", "demandeur", "demanderesse",
    # list and programme tags, a licence's number, headings of a rule's parts
    "fto", "sdgt", "csnu", "gl", "gov", "designee", "designees", "rule", "rules", "listed",

    "cjue", "cjeu", "ecj",
} | CASE_ROLES
# accent-folded too: the words are compared after ``normalize`` ("Comité" -> "comite")
_AUTH_WORDS |= {normalize(w) for w in _AUTH_WORDS}
# words that join place words in a country's name ("United States of America")
_PLACE_GLUE = frozenset(
    "the of de du la le les d l united states etats unis kingdom royaume republic republique republika great grande "
    "people peoples populaire democratic democratique north south east west nord sud "
    "islamic islamique federation federale saudi arab arabe emirates emirats new s "
    # the words of regions ("Central Asia", "the Middle East", "Asie centrale", "Proche-Orient")
    "central centrale middle moyen proche far extreme northern southern eastern western "
    "southeast southwest northeast northwest latin latine "
    # seas ("the Black Sea", "la mer Rouge")
    "black red white yellow noire rouge blanche jaune "
    "septentrionale meridionale orientale occidentale persian arabian sub saharan subsaharienne "
    # the coast a country is named for ("Ivory Coast", « Côte d'Ivoire »)
    "coast cote".split()
)


#: the head words (normalised) that make a full name an authority, a court, a list or a
#: legal text, not a party ("Department of Zemblan Trade (DZT)": its acronym names no party)
AUTHORITY_HEADS = frozenset("""
department ministry bureau office agency administration treasury council commission committee court
tribunal cour conseil ministere departement direction agence commissariat comite list liste register
registre regulations regulation reglement act order decret loi
""".split())
#: the words of kin, singular, one table for every reader that tells a relative from the
#: person they are of ("the son of X", « l'épouse de X », "X's stepdaughter"): English,
#: then French
KIN_EN = (r"(?:(?:step-?|grand-?|half-)?(?:son|daughter|father|mother|brother|sister)|wife|husband|cousin|"
          r"nephew|niece|uncle|aunt|son-in-law|brother-in-law|daughter-in-law|widow)")
KIN_FR = r"(?:fils|fille|épouse|mari|père|mère|frère|sœur|soeur|cousine?|neveu|nièce|oncle|tante|gendre|veuve)"
KIN = rf"(?:{KIN_EN}|{KIN_FR})"
#: the same in the plural, and the words of a family ("the sons of X", « les proches de X »,
#: "two relatives of X")
KIN_PLURAL_EN = (r"(?:sons|daughters|wives|husbands|children|grandchildren|parents|brothers|sisters|nephews|nieces|"
                 r"cousins|relatives|families|family\s+members)")
KIN_PLURAL_FR = (r"(?:fils|filles|épouses|maris|enfants|petits-enfants|frères|sœurs|soeurs|neveux|nièces|cousine?s|"
                 r"proches|membres\s+de\s+(?:la\s+)?famille)")
KIN_PLURAL = rf"(?:{KIN_PLURAL_EN}|{KIN_PLURAL_FR})"
#: the small words an acronym's initials leave out ("Bank of China" -> "BC", « Forces armées
#: révolutionnaires de Colombie » -> "FARC"): articles, prepositions and conjunctions
ACRONYM_GLUE = frozenset("of de du des d l the and et & for pour la le les on a au aux in en".split())


# the count a group of people of a country opens with ("Four Mexican traffickers")
_COUNT_OPENERS = frozenset(
    "two three four five six seven eight nine ten eleven twelve several "
    "deux trois quatre cinq six sept huit neuf dix onze douze plusieurs".split()
)


# number words, counts and ranks, in both packs: alone, a count ("Twelve joined the list")
# or a rank ("the Second and Third Protocols") capitalised at a sentence's start or before
# a law's name, never a party's name
_NUMBER_WORDS = _COUNT_OPENERS | frozenset(
    "one twenty thirty dozen dozens hundred hundreds first second third fourth fifth sixth seventh eighth "
    "ninth tenth eleventh twelfth un une vingt trente douzaine centaine premier premiere deuxieme "
    "second seconde troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme".split()
)


# the words of an office or a rank (normalised, from the one table ``offices``): heads of
# state and government, ministers, envoys, judges, officers, chairs and spokespeople. A
# capitalised run they close names a post ("Harbour Commander", "Port Director", "Regional
# Prosecutor"), and a title alone or with its country names nobody ("le Président",
# "Vice-Président du Ghana", ``titles``): never a party's name
OFFICE_WORDS = offices.normalized((*offices.OFFICES, "rank"))
# the words that qualify an office ("Deputy Minister", "Chief Prosecutor", "Premier ministre",
# "former", "ex"): inside a title they are no office of their own; "deputy", "premier",
# « adjoint » and "chief" close a post too ("the Party Deputy", "the Police Chief")
OFFICE_QUALIFIERS = offices.normalized(("qualifier",))


def number_words(toks: Sequence[str]) -> bool:
    """Only number words ("Twelve", "Trois", "Second"): a count or a rank, no name."""
    return bool(toks) and all(normalize(t) in _NUMBER_WORDS for t in toks)


def counted_people(toks: Sequence[str]) -> bool:
    """A count and a country's people ("Four Mexican [traffickers]", "Trois Russes"): a
    counted group opening its sentence, no name."""
    return len(toks) > 1 and normalize(toks[0]) in _COUNT_OPENERS and is_place(" ".join(toks[1:]))


def is_place(name: str) -> bool:
    """A country, region, city or nationality ("Ukraine", "Taïwan", "Uyghurs", "Russie"),
    a lone word of a region, a faith or a people (``PEOPLE_WORDS``) or of the compass."""
    words = [_singular_people(w) for w in normalize(name).split()]
    if len(words) == 1 and (_singular(words[0]) in PEOPLE_WORDS or words[0] in _COMPASS):
        return True  # "Balkan", "Muslims", "Palestiniens": a word of a people, alone; "the North"
    return bool(words) and any(w in PLACE_WORDS for w in words) and all(
        w in PLACE_WORDS or w in _PLACE_GLUE or _singular(w) in PEOPLE_WORDS for w in words
    )  # ("a Syrian Islamist group": a people and a creed, no name)


# the points of the compass: alone, a state's or a region's short form ("sanctions against
# the North", « le Sud »), no party
_COMPASS = frozenset("north south east west nord sud ouest".split())


def _singular_people(word: str) -> str:
    """A people's plural as its singular ("iranians" -> "iranian", "russes" -> "russe")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and word[:-1] in PLACE_WORDS else word


def _singular(word: str) -> str:
    """A plural's singular, for the words of peoples ("muslims", "palestiniens")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _auth_word(word: str) -> bool:
    """An agency, court, list or document word, singular or plural ("Departments")."""
    w = normalize(word)
    return w in _AUTH_WORDS or (w.endswith("s") and w[:-1] in _AUTH_WORDS and w not in _TRADE_PLURALS)


# plurals of agency or document words that are words of trade ("Kestrel Parts FZE")
_TRADE_PLURALS = frozenset({"parts"})


@lru_cache(maxsize=1)
def _stop_norm() -> frozenset[str]:
    words: set[str] = set()
    for pack in PACKS.values():
        words |= {normalize(w) for w in pack.stop_names}
    return frozenset(words | _AUTH_WORDS | {"china", "group", "technology", "company"})


@lru_cache(maxsize=1)
def _stop_tokens() -> frozenset[str]:
    """Every word of the stop names (a recurring word among them is no company)."""
    return frozenset(w for n in _stop_norm() for w in n.split())


@dataclass
class Mention:
    name: str
    start: int
    end: int
    text: str
    key: str | None = None
    via: str = "text"  # "list" (gazetteer) or "text" (rules)
    entity: Entity | None = None


@dataclass
class Entity:
    """One organisation an article mentions, with every place it does."""

    name: str
    key: str | None = None
    listed: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    person: bool = False

    @property
    def count(self) -> int:
        return len(self.spans)

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "key": self.key,
            "listed": self.listed,
            "count": self.count,
            "aliases": sorted(self.aliases - {self.name}),
            "first": self.spans[0][0] if self.spans else None,
        }


# words that end a company's name though they are no legal form ("Blue Heron Tankers",
# "Apex Maritime", "Norilsk Nickel"): such a name is an organisation, never a person
_ORG_TAIL_WORDS = (
    "Shipping Tankers Tanker Maritime Marine Navigation Logistics Trading Bank Capital Investments "
    "Energy Oil Gas Petroleum Petrochemical Petrochemicals Chemical Chemicals Airlines Airways Aviation "
    "Aerospace Motors Automotive Semiconductor Semiconductors Microelectronics Networks Telecom "
    "Communications Mining Metals Steel Resources Power Shipbuilding Robotics Software Pharmaceutical "
    "Pharmaceuticals Biotech Instruments Materials Engineering Construction Partners Ventures Services "
    "Insurance Finance Financial Leasing Transport Freight Shipyard Refinery Refining Nickel Aluminium "
    "Aluminum Airline Fund Foundation Labs Laboratories Semiconductors Optics Photonics Dynamics Machinery "
    "Microsystems Microelectronic Semiconductor Electric Motor Petrol Minerals Shipyards Lines Cargo "
    "Guard Guards Corps Forces Brigade Brigades Militia Parts Components Chimie Chemie Composites Textiles "
    "Alloys Avionics Énergie Energie Agro Pharma Polymers Plastics Fertilizers Fertilisers Metallurgical "
    "Automation Imaging Devices Telecommunications Sensors Drones Satellites Armaments Healthcare Cement "
    "Railways Defense Defence "
    # a brand's word of trade ("Orvex Mobile", "Kelmor Cloud", "Tarsk Genomics")
    "Mobile Cloud Digital Media Semi Wireless Computing Genomics Biosciences Therapeutics Batteries "
    "Chips Solar Analytics Payments Gaming Electronics "
    # institutional heads ("Harbin Advanced Materials Institute")
    "Institute Institut Academy Académie"
).split()
_ORG_TAIL = "|".join(sorted(set(_ORG_TAIL_WORDS), key=len, reverse=True))
_ORG_TAIL_SET = frozenset(_ORG_TAIL_WORDS)

_FUNCTION_WORDS = frozenset(
    ["like", "unlike", "besides", "via", "per", "the", "a", "an", "if", "as", "although", "though", "since", "because", "unless", "whether", "when", "while", "after", "before", "but", "and", "or", "so", "yet", "then", "also", "once", "until", "under", "over", "from", "with", "without", "for", "to", "of", "in", "on", "at", "by", "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "si", "quand", "alors", "après", "avant", "depuis", "pour", "par", "sur", "dans", "selon", "comme", "lorsque", "tandis", "following", "including", "despite", "amid", "during", "against", "among", "outre", "parmi", "contre", "malgré", "suite", "notamment", "another", "other", "others", "each", "every", "either", "neither", "such", "most", "both", "autre", "autres", "chaque", "certains", "certaines", "plusieurs", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "près", "environ", "quelque",
     # possessive determiners opening a sentence ("Their Velmar bankers", "Notre Norlande")
     "our", "their", "his", "her", "its", "my", "your", "notre", "nos", "leurs", "votre", "vos",
     # pronouns: "Celle-ci avait été sanctionnée" names nobody
     "celle-ci", "celui-ci", "ceux-ci", "celles-ci", "celle-là", "celui-là", "ceux-là", "celles-là", "ce",
     "cet", "cette", "ces", "il", "elle", "ils", "elles", "it", "they", "he", "she", "this", "these", "those",
     # adverbs opening a sentence: "Déjà sanctionnée en 2023, la société ..."
     "déjà", "already", "still", "toujours", "encore", "désormais"]
)


#: nouns in -tion/-ing/... that do head an organisation's name ("Association of ...")
_ORG_HEADS = frozenset("Association Corporation Federation Foundation Organisation Organization Institution "
                       "Confederation Fédération Organisation Institution Administration Commission".split())
#: a French elided article or pronoun glued to a common noun ("L'équipementier",
#: "D'autres", "Qu'elle"): never a name ("L'Oréal" has a capital after the apostrophe)
_ELIDED = re.compile(r"^(?:[LlDdJjNnSsCcMmTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[a-zà-ÿ])")
_ELIDED_NAME = re.compile(r"^[LlDd]['’](?=[A-ZÀ-Ý])")
#: nouns for kinds of parties: a name made only of these is no party ("Entities were
#: added", "Companies on the list") but a count or a class
GENERIC_NOUNS = frozenset(
    "entity entities company companies firm firms individual individuals person persons people "
    "bank banks vessel vessels ship ships designee designees target targets subsidiary subsidiaries "
    "affiliate affiliates business businesses organisation organisations organization organizations "
    "official officials group groups party parties supplier suppliers exporter exporters "
    "entite entites societe societes entreprise entreprises personne personnes banque banques "
    "navire navires filiale filiales individu individus groupe groupes organisation organisations "
    "firme firmes fournisseur fournisseurs responsable responsables".split()
)
#: nouns that describe a company by its role and never end its name ("a Chinese Drone
#: Maker Sues", "Telecom Giant")
_ROLE_NOUNS = frozenset(
    "maker makers giant giants firm firms manufacturer manufacturers producer producers chipmaker "
    "chipmakers automaker automakers carmaker carmakers drugmaker drugmakers planemaker planemakers "
    "conglomerate conglomerates startup startups".split()
)
#: the verbs of title-case headlines ("Orvex Sues Pentagon", "Judge Halts Listing"): never a name
HEADLINE_VERBS = frozenset(
    "Sues Wins Loses Adds Drops Removes Blacklists Bans Halts Blocks Lifts Targets Hits Challenges Files "
    "Seeks Appeals Fights Says Faces Eases Delists Designates Freezes Slaps Imposes Extends Renews Grants "
    "Upholds Rejects Vacates Overturns Strikes Pauses Suspends Scraps Revokes Penalizes Penalises Fines "
    "Punishes Expands Puts Places Names Lists Unveils Announces Warns Vows Plans Mulls Weighs Considers".split()
)
#: words that name what a company does: after "X and" they end X's name ("Arctic Ship
#: and Supply Co.", "Johnson and Sons Trading Co."), they are no second company
_TRADE_WORDS = frozenset(
    "Sons Brothers Supply Supplies Trade Trading Development Technology Technologies Industries "
    "Industrial Manufacturing Equipment Electronics Systems Solutions Products Import Export "
    "Commerce Company General Research Design Technical Science Sciences International Holding "
    "Holdings Group Associates Partners Services Service Engineering Shipping Marine Logistics "
    "Investment Investments Management Consulting Energy Resources Enterprises Enterprise Contracting "
    "Maintenance Operations".split()
) | frozenset(_ORG_TAIL_WORDS)

_DESCRIPTOR_TOKEN = re.compile(
    r"(?i)-(?:based|listed|owned|registered|headquartered|controlled|backed|linked|managed|operated|flagged|run|"
    r"era|style|led)$"
)


#: a market index named after its market ("The Hang Seng Index closed lower", "l'indice Hang Seng")
MARKET_INDEX_AFTER = re.compile(r"\s*(?:\d+\s+)?(?:(?:Composite|Stock|Share|Price|Tech|Technology|China\s+Enterprises)\s+)?"
                           r"(?:Index|index|Indices|indices|Average|average)\b")
MARKET_INDEX_BEFORE = re.compile(r"(?i)\b(?:indices?|index)\s+(?:de\s+la\s+bourse\s+de\s+\w+\s+)?(?:du\s+|de\s+l['’]|d['’])?$")




def market_index(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` names a market index, not a party."""
    return bool(MARKET_INDEX_AFTER.match(text, end) or MARKET_INDEX_BEFORE.search(text[max(0, start - 25) : start]))


_PART_NOUNS = frozenset("units subsidiaries affiliates actions titres filiales clients customers "
                        "employees staff".split())


_TITLE_GERUNDS = frozenset("Authorizing Authorising Imposing Blocking Prohibiting Taking Addressing Concerning "
                           "Regarding Involving".split())

# what a licence's title says is done with its parties ("Transactions Involving X")
_DEALING_NOUNS = frozenset("Transactions Dealings Activities Payments Operations".split())
# words that say which of a kind of party a title means ("Certain Entities Blocked"), or
# which kind of institution a licence's defined term means ("Relevant Financial Institution")
_KIND_QUALIFIERS = frozenset("Certain Other Additional Such Specified Blocked Designated Sanctioned Listed "
                             "Identified Related Relevant Financial Credit Original Intended".split())
# the heads of a licence's defined terms: the institutions, payments and parties to them it
# speaks of ("Relevant Payments", "Credit Institution", "Original Sender")
_TERM_HEADS = frozenset("institution institutions payment payments transaction transactions "
                        "sender senders recipient recipients".split())


def kind_of_party(toks: Sequence[str]) -> bool:
    """Capitalised words that name a kind of party, as a licence's title or a defined term
    does ("Certain Entities Blocked", "the Blocked Entities", "a Relevant Institution",
    "Blocked Payments"): no party's name."""
    return any(normalize(t) in GENERIC_NOUNS or normalize(t) in _TERM_HEADS for t in toks) and all(
        normalize(t) in GENERIC_NOUNS or normalize(t) in _TERM_HEADS or t in _KIND_QUALIFIERS for t in toks)


#: a qualifier of a defined term that shares the head of the term coordinated after it
#: ("a Financial or Credit Institution": "Financial" is "Financial Institution")
SHARED_TERM_HEAD = re.compile(
    r"\s+(?:or|and)\s+(?:(?:" + "|".join(sorted(_KIND_QUALIFIERS)) + r")\s+){1,2}(?i:"
    + "|".join(sorted(_TERM_HEADS | GENERIC_NOUNS)) + r")\b")


def shares_term_head(text: str, name: str, end: int) -> bool:
    """``name`` (ending at ``end`` in ``text``) is only qualifiers of a defined term whose
    head the next coordinated term carries."""
    return all(t in _KIND_QUALIFIERS for t in name.split()) and SHARED_TERM_HEAD.match(text, end) is not None


#: adjectives that open a sentence about the measures themselves ("New sanctions have been
#: imposed on ...", "Fresh sanctions", "Nouvelles sanctions"): alone, never a party's name
_SENTENCE_ADJECTIVES = frozenset(
    "new fresh further additional more latest recent tougher tough harsher wider broader sweeping "
    "nouvelle nouvelles nouveau nouveaux autres dernieres derniers "
    # and a reference's imperative ("(See also General License 15.")
    "see voir".split())


#: legal forms and descriptors as name keys: a name of these words alone is no party
_SUFFIX_KEYS = frozenset(normalize(w) for w in _SUFFIX_WORDS) | {"co", "ltd", "inc", "corp", "llc"}
#: legal forms proper (lower case, no dot): a name ending in one is a company's registered
#: name, even in a headline, and an acronym may leave it out ("Huawei Technologies Co., Ltd.
#: (HT)")
LEGAL_FORMS = frozenset(
    "co ltd limited inc incorporated llc llp corp corporation company plc pjsc ojsc jsc cjsc ooo gmbh ag "
    "sa sas spa bv nv kk fze fzco dmcc pte bhd srl sarl".split())
#: authority words that qualify a company in its registered name ("China State Construction
#: Group Co", "Federal Grid Company", "Haitong Securities Co")
_COMPANY_QUALIFIERS = frozenset({"state", "federal", "union", "securities", "exchange"})


# military ranks that only open a person's name (never a company's, as "General" may)
_RANK_OPENER = re.compile(r"(?:Lt|Lieut|Brig|Col|Maj|Sgt|Capt)\.?|Lieutenant|Brigadier|Colonel|Sergeant")
_RANK_NEXT = re.compile(r"(?:Gen|Col|Adm)\.?|General|Colonel|Admiral|Commander")


def glued_rubric(name: str) -> bool:
    """One word of capitalised place and authority words run together ("UkraineSanctions",
    "RussiaSanctions"): a page's rubric glued to its headline, no name."""
    camel = re.findall(r"[A-ZÀ-Ý][a-zà-ÿ]+", name)
    return len(camel) >= 2 and "".join(camel) == name and all(
        normalize(w) in PLACE_WORDS or normalize(w) in _AUTH_WORDS for w in camel)


# a court's paper, named by the case it decides ("Arrêt Vlasov c. Conseil", "Judgment Orlik
# v Council"): the word is the paper's, the name after it the party's
PAPER_WORDS = frozenset("Arrêt Arrêts Judgment Judgments Jugement Jugements Ordonnance Ordonnances".split())


def _clean_name(raw: str, pack: LangPack) -> str | None:
    toks = re.sub(r"['’]s?$", "", raw.strip()).split()  # "Luokung Technology Corp's"
    while len(toks) > 1 and re.search(r"['’]s$", toks[0]) and is_place(toks[0][:-2]):
        toks.pop(0)  # "Russia’s Tanker Group": the country is not part of the name
    for i, tok in enumerate(toks[:-1]):
        if re.search(r"['’]s$", tok) and is_place(" ".join(toks[i + 1 :])):
            toks = toks[: i + 1]
            toks[-1] = re.sub(r"['’]s$", "", toks[-1])  # "Brenner Holding's Cyprus [unit]": the owner
            break
    stop = pack.stop_names
    while toks and (toks[0].lower() in _FUNCTION_WORDS or _ELIDED.match(toks[0])):
        toks.pop(0)  # "L'équipementier chinois": an article and a common noun, no name
    if len(toks) > 1 and toks[0] in PAPER_WORDS:
        toks.pop(0)  # "Arrêts Aven c. Conseil", "Judgment Vlasov v Council": a paper named by its case
    while len(toks) > 2 and toks[1] in ("of", "de") and re.search(r"(?:ing|tion|sion|ment|al|ure)$", toks[0]) \
            and toks[0] not in _ORG_HEADS:
        toks = toks[2:]  # "Relisting of Kestrel Robotics", "Suspension de X": an event noun, no name
    if len(toks) > 3 and toks[0] in _TITLE_GERUNDS:
        # "Authorizing Transactions Involving Orvek Petroleum": a licence's title names X
        for i, tok in enumerate(toks[1:5], 1):
            if tok in ("Involving", "With", "with", "of", "to", "Regarding", "Concerning") and i + 1 < len(toks):
                toks = toks[i + 1 :]
                break
    if len(toks) > 2 and toks[0] in _DEALING_NOUNS and toks[1] in ("Involving", "With", "with", "Regarding"):
        toks = toks[2:]  # "Transactions Involving Orvek Petroleum" (a licence's title): X
    while len(toks) > 2 and toks[1] in ("of", "in", "de", "du", "des") and (
            toks[0].lower() in _OPENERS or toks[0].lower() in _PART_NOUNS):
        toks = toks[2:]  # "Shares of Skyreach Robotics", "Units of X": the company follows
    if toks and _ELIDED_NAME.match(toks[0]) and _clean_name(" ".join([toks[0][2:], *toks[1:]]), pack) is None:
        return None  # "L'UE", "D'Ukraine": the article glued to an authority or a place
    for i, tok in enumerate(toks):
        if _DESCRIPTOR_TOKEN.search(tok):
            toks = toks[i + 1 :]  # "Hong Kong-based Silverline Trading": the place is no part
            break
    if toks and all(_RANK_OPENER.fullmatch(t) or _RANK_NEXT.fullmatch(t) for t in toks):
        return None  # "Lt" cut from "Lt. Gen. X" at its dot
    if len(toks) > 2 and (_RANK_OPENER.fullmatch(toks[0]) or toks[0] == "Major" and _RANK_NEXT.fullmatch(toks[1])):
        # "Lieutenant General Dorin Maseth", "Lt Gen. X", "Major General X": the rank is no
        # part of the name
        toks.pop(0)
        while len(toks) > 2 and _RANK_NEXT.fullmatch(toks[0]):
            toks.pop(0)
    if not toks:
        return None
    if re.fullmatch(pack.person_titles, toks[0]):
        return None
    if all(normalize(t) in _SUFFIX_KEYS for t in toks):
        return None  # "Co", "Inc", "International": a legal form or a descriptor cut from a name
    incorporated = len(toks) > 2 and normalize(toks[-1]) in LEGAL_FORMS
    if any((re.sub(r"['’]s?$", "", t.lower()) in _AUTH_WORDS or _auth_word(t))
           and not (incorporated and normalize(t) in _COMPANY_QUALIFIERS) for t in toks) and not (
            len(toks) > 2 and toks[-2] == "Unit" and toks[-1].isdigit()) and not (  # "Military Unit 74455" is a party
            len(toks) > 2 and toks[-2:] == ["Credit", "Union"]) and not (  # a bank: "Minsk Credit Union"
            designee_institution(toks)):  # "National University of Defense Technology"
        return None
    if is_place(" ".join(toks)):
        return None
    if len(toks) > 1 and normalize(toks[-1]) in OFFICE_WORDS:
        return None  # "Harbour Commander", "Port Director": a post, no party
    if counted_people(toks) or number_words(toks):
        return None  # "Four Mexican [traffickers]", "Twelve [joined]": a count, no name
    if all(t in stop for t in toks) or all(normalize(t) in GENERIC_NOUNS for t in toks):
        return None  # "Entities", "Les Sociétés": a kind of party, not a party
    if kind_of_party(toks):
        return None  # "Certain Entities Blocked", "Other Designated Persons": a kind of party
    if glued_rubric(" ".join(toks)):
        return None  # "UkraineSanctions": a page's rubric glued to its headline
    if len(toks) == 1 and normalize(toks[0]) in _SENTENCE_ADJECTIVES:
        return None  # "New sanctions were imposed on ...", "Nouvelles sanctions": an adjective
    if len(toks) == 1 and toks[0] in HEADLINE_VERBS:
        return None  # "Xiaomi Sues Pentagon": a title-case headline's verb
    if normalize(toks[-1]) in _ROLE_NOUNS:
        return None  # "Drone Maker", "Chip Giant" in a title-case headline: a description
    name = " ".join(toks)
    core = core_name(name)
    if name in _NOT_COMPANY or core in _NOT_COMPANY or (len(core) <= 2 and core.isupper()):
        return None
    if clock_words(toks):
        return None  # "by 11:59 PM EST": a clock's half of the day and its time zone
    if core in stop or core.lower() in _FUNCTION_WORDS or normalize(core) in _AUTH_WORDS or len(core) < 2:
        return None
    return name


# head words of an institution that may be a designee's own name ("National University
# of Defense Technology", "Tarvik Travel Agency", "Kelmar Bureau of Mining Affairs"): a
# party when the name has a word of its own and is no authority the packs know
_INSTITUTION_HEADS = frozenset({"university", "universite", "agency", "bureau"})
# schools and research bodies: an armed service's word in their name is a field of study
# or an owner ("Academy of Military Medical Sciences", "Army Engineering University"),
# not the acting authority
_SCHOOL_HEADS = frozenset({"university", "universite", "academy", "academie", "institute", "institut",
                           "college", "school", "ecole"})
_ARMED_WORDS = frozenset({"military", "army", "navy", "armee"})
# words that make an agency or a bureau a government's own ("National Security Agency")
_GOVERNMENT_WORDS = frozenset(
    "security intelligence investigation enforcement customs revenue police protection "
    "immigration border statistics census prisons justice trade industry export control "
    "controls foreign assets treasury".split()
)
# words that qualify any institution and so tell none apart ("the National University")
_PLAIN_QUALIFIERS = frozenset("national state central general main chief new the of de du des la le".split())


def designee_institution(toks: Sequence[str]) -> bool:
    """The words of a name headed by an institution word that is a party's own name, not
    an acting authority: one head word (university, agency, bureau), every other word no
    authority word, a word of its own (a brand, a place, a field: "Travel", "Defense
    Technology"), no government function ("Security", "Customs") beside an agency or a
    bureau, and no authority a language pack knows ("Bureau of Industry and Security")."""
    words = [normalize(t) for t in toks]
    heads = [i for i, w in enumerate(words) if w in _INSTITUTION_HEADS or w in _SCHOOL_HEADS]
    if len(heads) != 1 or len(words) < 2:
        return False
    head = words[heads[0]]
    others = [w for i, w in enumerate(words) if i != heads[0]]
    school = head in _SCHOOL_HEADS
    if any((w in _AUTH_WORDS or (w.endswith("s") and w[:-1] in _AUTH_WORDS)) and not (school and w in _ARMED_WORDS)
           for w in others):
        return False
    own = [w for w in others if w not in _PLAIN_QUALIFIERS and w not in _FUNCTION_WORDS]
    if not own or all(w in PLACE_WORDS for w in own) and head != "university" and head != "universite":
        return False
    if head in ("agency", "bureau") and (heads[0] == 0 or any(w in _GOVERNMENT_WORDS for w in others)):
        return False  # "Bureau of Mining" alone, "Federal Security Agency": a government's
    name = " ".join(toks)
    return not any(re.search(pat, name) for pack in PACKS.values() for pat, _canon in pack.authorities)


#: a dateline with a day and any agency's tag in capitals, a country in brackets after the
#: city, a colon after the tag: "Ostrava [CZ], June 3 (KVX/Nord):", "Tromsø, 2 June 2019 (NWA):"
DATELINE_TAGGED = (r"^[A-ZÀ-Ý][\w .'’-]{1,30}?(?:\s*\[[\w .]{2,20}\])?"
                   r",\s*(?:[A-Z][a-zé]+\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?)(?:,?\s*\d{4})?\s*"
                   r"\([A-Z][A-Za-z]{1,10}(?:/[A-Z][A-Za-z]{1,10})?\)\s*[-—–:]+\s*")
#: a dateline whose place is in capitals and whose bracket credits any outlet, with its
#: own day or several agencies: "OSTRAVA (nordwire-ANP) -", "VELMAR (Norpress News /
#: Baltfax - 3rd June, 2019) The ministry ..." (not a lone capitalised word in the bracket,
#: which may be the acronym of the name before it: "KORVEX TRADING (KT) – ...")
DATELINE_CREDITED = (r"^[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,2}"
                     r"(?:,\s*(?:[A-Z][a-zé]+\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?)(?:,?\s*\d{4})?)?\s*"
                     r"\((?=[^()\n]*?(?:[a-z]|\w[ /-]+\w))[A-Za-z][^()\n]{1,60}\)"
                     r"(?:\s*[-—–:]+\s*|\s+(?=[A-ZÀ-Ý]))")
#: a dateline whose outlet follows the place and a dash and is closed by a slash before the
#: story's first sentence, opened by an article or a preposition ("Velmar – NPA / Le
#: ministère ...", "Ostrava - Nordwire / The Treasury ..."; "Velmar – Korvex Bank / Stellan
#: Ferries: ..." names a pair of parties)
DATELINE_DASHED = (r"^[ \t]*[A-ZÀ-Ý][\w.'’-]*(?:[ -][A-ZÀ-Ý][\w.'’-]*){0,2}[ \t]+[-–—][ \t]+"
                   r"(?P<out>[A-ZÀ-Ý][\w.&'’-]*(?:[ \t][A-ZÀ-Ý][\w.&'’-]*){0,2})[ \t]*/[ \t]*"
                   r"(?=[«\"“]?(?:Le|La|Les|L['’]|Un|Une|Des|Du|Au|Aux|En|Dans|Selon|Après|Ce|Cette|Ces|The|A|An|"
                   r"In|On|After|According|Following|This|These)\b)")
#: A news dateline at the start of a line: "ZUG, March 10 (Reuters) -", "BEIJING (AP) —",
#: "WASHINGTON —", the tagged, credited and dashed forms above (the place a story was filed
#: from, and when)
DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\w .'’/-]{1,40}?(?:,\s*[A-Z][\w.’' ]{1,25}?)?"  # "SAN JOSE, Calif."
    r"(?:,\s*[A-Z][a-zé]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"\((?:Reuters|AP|AFP|Bloomberg|Dow\s+Jones|Xinhua|dpa|ANSA|EFE|TASS|Interfax)\)\s*[-—–]+\s*"
    r"|^[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*[—–]\s*"
    r"|" + DATELINE_TAGGED + r"|" + DATELINE_CREDITED + r"|" + DATELINE_DASHED,
    re.MULTILINE,
)


def dateline_places(text: str) -> set[str]:
    """The places of the text's datelines, case-folded ("zug", "hong kong"): where a
    story was filed from is never a party to it."""
    places = set()
    for m in DATELINE.finditer(text):
        head = m.group(0)
        place = re.split(r"[,(—–]", head, maxsplit=1)[0].strip(" -")
        if place:
            places.add(place.casefold())
    return places


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n—–])[\s\"“«‘'•*(-]*$")


def opens_sentence(text: str, pos: int) -> bool:
    """``pos`` starts a sentence, a line or a list item (where every word is capitalised)."""
    return bool(_SENTENCE_START.search(text, max(0, pos - 8), pos))


# capitalised words that open sentences without naming anyone
_OPENERS = frozenset("""
officials analysts lawmakers investors critics experts regulators authorities prosecutors sources
diplomats traders executives shareholders exporters suppliers customers banks restrictions
measures penalties tariffs exports imports shares stocks markets prices today yesterday earlier
later now here there why what how who where which such each every any no none most few several
many all one two three four five six seven eight nine ten separately meanwhile however moreover
additionally also still yet thus so please read related note update editor
furthermore nevertheless nonetheless instead likewise otherwise thereafter afterwards
sont est ont était étaient figurent parmi voici ensuite puis enfin aussi ainsi cependant
toutefois pourtant néanmoins désormais auparavant jusqu'ici entre-temps depuis alors déjà
surtout notamment également bref certes d'ailleurs outre puis hier aujourd'hui demain
dorénavant autrefois jadis naguère jusque-là bientôt soudain longtemps ici là voilà plutôt
par ailleurs en effet
""".split())
_OPENERS = _OPENERS | frozenset(normalize(w) for w in _OPENERS)
#: an adverb's shape ("Subsequently,", "Parallèlement,"): a word opening its sentence
#: before a comma, never capitalised elsewhere, is no name
ADVERB_OPENER = re.compile(r"(?:[a-zà-ÿ]{3,}ly|[a-zà-ÿ]{3,}ment)$")


_ACRONYM = re.compile(r"(?<![\w.&-])[A-Z]{3,5}(?![\w&-]|\.\w)")
_CAMEL = re.compile(r"(?<![\w-])(?:(?!Mc|Mac|De|Di|Le|La|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]{2,}|[a-z]{1,2}[A-Z][a-z][A-Za-z]+)(?![\w-])")


def name_like(word: str) -> bool:
    """A word that can open a name: a capital or a digit, or a brand's lower-case first
    letter before an inner capital ("xSilica", "iKunlun")."""
    return word[:1].isupper() or word[:1].isdigit() or bool(re.match(r"[a-z]{1,2}[A-Z][a-z]", word))


def initials(words: Sequence[str]) -> set[str]:
    """The acronyms a run of words makes by its initials: of its every word, of its words
    but the glue (``ACRONYM_GLUE``), of the words that can open a name (``name_like``)."""
    return {
        "".join(w[0] for w in words).upper(),
        "".join(w[0] for w in words if w.lower() not in ACRONYM_GLUE).upper(),
        "".join(w[0] for w in words if name_like(w)).upper(),
    }


#: acronyms of authorities and lists: never a party, whatever the article defines
AUTHORITY_ACRONYMS = frozenset(
    "OFAC BIS SDN NS-CMIC CMIC CCMC UE EU UN ONU OFSI DOD DOC DOJ DOS USTR UFLPA SSI FTO SDGT "
    "MEU UVL NDAA EAR ITAR CFIUS ERC FCC SEC HMT FCDO DGT CSL NSCMIC PESC CFSP".split()
)
# acronyms that name no company: the authorities and lists above, other agencies, titles,
# news agencies, markets
_NOT_COMPANY = AUTHORITY_ACRONYMS | frozenset(
    ["CEO", "CFO", "COO", "AFP", "UPI", "PLA", "USA", "GDP", "IPO", "ETF", "NYSE", "MSCI", "FTSE", "VTC",
     "FBI", "CIA", "NSA", "WTO", "IMF", "OPEC", "NATO", "LLC", "INC", "LTD", "PLC", "CORP", "JSC", "PJSC",
     "SAS", "GMBH", "OOO", "OTAN", "PDG", "USD", "EUR", "RMB", "CNY", "HKD", "BBC", "CNN", "CFR", "UTC",
     "GMT", "EST", "EDT", "PST", "PDT", "CET", "CEST", "BST", "MSK", "NBC", "CBS", "ABC", "API", "APL",
     "DDC", "DHS", "DOE", "EPA", "FDA", "NASA", "RELATED", "READ", "MORE", "NEW", "AND", "THE", "FOR", "NOT",
     "ECLI", "CELEX", "IT", "AI", "US", "UK"]
)

# a clock time's half of the day and the time zones written after it ("5 PM EST", "noon ET")
_CLOCK_WORDS = frozenset(
    "AM PM A.M P.M ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST EET EEST MSK".split())


def clock_words(toks: Sequence[str]) -> bool:
    """Capitals that only tell a clock time ("PM EST", "A.M. ET"): no name, no person."""
    return bool(toks) and any(t.rstrip(".") in ("AM", "PM", "A.M", "P.M") for t in toks) \
        and all(t.rstrip(".") in _CLOCK_WORDS for t in toks)

# answers about one text, kept while the same text is read (one text at a time: a text
# repeating a name or a long line asks again for every mention)
_memo: tuple[str, dict[tuple[str, object], bool]] = ("", {})


def _remembered(text: str, key: tuple[str, object], answer: Callable[[], bool]) -> bool:
    """``answer()``, asked once per ``key`` while ``text`` is the text being read."""
    global _memo
    m = _memo
    if m[0] is not text:
        m = _memo = (text, {})
    hit = m[1].get(key)
    if hit is None:
        hit = m[1][key] = answer()
    return hit


def _defines_law(text: str, word: str) -> bool:
    """An acronym defined for a law, regulation, order, list or agency ("... Sanctions
    Regulations (“RuHSR”)"), or for a common noun in lower case ("liquefied natural gas
    (LNG)"): no company."""
    return _remembered(text, ("law", word), lambda: _defines_law_now(text, word))


def _defines_law_now(text: str, word: str) -> bool:
    at = -1
    for a in find_word(text, word):
        left = text[max(0, a - 4) : a].rstrip(" “\"'‘")
        right = text[a + len(word) : a + len(word) + 4].lstrip("”\"'’ ")
        if left.endswith("(") and right.startswith(")"):
            at = text.rfind("(", 0, a)
            break
    if at < 0:
        return False
    before = text[max(0, at - 60) : at].split()[-4:]
    return any(_auth_word(w.strip("’'s,.")) for w in before) or _common_noun_spelt(text[max(0, at - 90) : at], word)


def _common_noun_spelt(before: str, word: str) -> bool:
    """The acronym abbreviates the common noun written in lower case right before its
    bracket ("unmanned aerial vehicle (UAV)", "weapons of mass destruction (WMD)", « gaz
    naturel liquéfié (GNL) »): a kind of thing, as its noun is, never a party's name."""
    letters = re.sub(r"s$", "", word)
    if not 2 <= len(letters) <= 6 or not letters.isupper():
        return False
    toks = re.findall(r"[\w'’-]+", before)
    spelt = ""
    for w in reversed(toks):
        w = re.sub(r"^[ldLD]['’]", "", w)
        if w.lower() in ACRONYM_GLUE and spelt:
            continue
        if not w[:1].islower():
            return False
        spelt = anyascii(w[0]).upper() + spelt
        if spelt == letters:
            return True
        if not letters.endswith(spelt):
            return False
    return False


def _all_positions(text: str, word: str) -> list[int]:
    return find_word(text, word)


def find_word(text: str, word: str, *, fold: bool = False, plus: bool = False) -> list[int]:
    """Starts of ``word`` in ``text`` on word boundaries (not inside a longer word or a
    hyphenated one), found with ``str.find``: compiling a pattern per name per article
    overflowed the ``re`` cache and cost a quarter of the run time."""
    hay, needle = (text.lower(), word.lower()) if fold else (text, word)
    out: list[int] = []
    n = len(needle)
    i = hay.find(needle)
    while i >= 0 and n:
        before = hay[i - 1] if i else " "
        after = hay[i + n] if i + n < len(hay) else " "
        if not (before.isalnum() or before in "_-") and not (
            after.isalnum() or after in "_-" or (plus and after == "+")
        ):
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _is_person(text: str, start: int, pack: LangPack) -> bool:
    """Preceded by a title ("Judge", "M.") or by another capitalised word (a first name)."""
    before = text[max(0, start - 40) : start]
    if re.search(rf"(?:\b{pack.person_titles})\s*$", before):
        return True
    if re.search(rf"[{_UP}][\w\-]+\s+(?:(?:[Vv]an|[Vv]on|der|den|ter|al|el|bin|ibn|bint|abu|dos|das|da|di)\s+){{1,2}}$", before):
        return True  # the surname after a particle: "Maria van der [Linde]", "Hamad bin [Khalifa]", "Omar al [Qadi]"
    prev = re.search(rf"([{_UP}][\w\-]+)\s+$", before)
    if prev and prev.group(1) not in pack.stop_names and prev.group(1).lower() not in _FUNCTION_WORDS:
        # "Rudolph Contreras", but not "Chinese Xiaomi" when the first is a stop word
        return not re.search(r"[.!?]\s*$", before[: prev.start()])
    return False


_WORD_BEFORE = re.compile(rf"(?<![\w’'\-])(?P<w>[{_UP}][\w’'\-]+)[ \t]+$")
#: a courtesy title written without its full stop, as British and Irish papers write it ("Mr
#: Korlov", "Ms Dubrova", "Dr Vassine", « Mme Orlova »): it names no one, the surname after it
#: is the person's the article names in full
_COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Mme", "Mlle", "Me"})


def inside_other_name(text: str, pos: int, pack: LangPack) -> bool:
    """The word at ``pos`` ends another capitalised name ("Omar Haddad"): the last word of
    a different name is no short form there."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None or _is_title_line(text, pos):
        return False
    w = m.group("w")
    return not (w.lower() in _FUNCTION_WORDS or normalize(w) in _OPENERS or w in pack.stop_names
                or w in _COURTESY_TITLES or _auth_word(w) or is_place(w))


def _non_overlapping(mentions: Sequence[Mention]) -> list[Mention]:
    ordered = sorted(mentions, key=lambda x: (x.start, -(x.end - x.start), x.via != "list"))
    out: list[Mention] = []
    for m in ordered:
        if out and m.start < out[-1].end:
            if out[-1].via != "list" and m.via == "list" and out[-1].start == m.start:
                out[-1].key = m.key
            continue
        out.append(m)
    return out


def _is_title_line(text: str, start: int) -> bool:
    """A headline-style line (most words capitalised): no person is read there."""
    a = text.rfind("\n", 0, start) + 1
    return _remembered(text, ("title", a), lambda: _title_line_at(text, a))


# a party's field in a court's notice or paper, its role then a colon ("Applicant: A (Minsk)",
# « Partie requérante : A (Lyon) », "Defendants: B"): a name follows, the line is no headline
_ROLE_FIELD = re.compile(
    r"(?i)^\W*(?:(?:the|la|les)\s+)?(?:parties?\s+)?(?:claimant|applicant|appellant|petitioner|plaintiff|respondent|"
    r"defendant|intervener|requérant|requérante|recourant|recourante|demandeur|demanderesse|appelant|appelante|"
    r"intimée?|défendeur|défenderesse|intervenante?)s?\s*:"
)


def _title_line_at(text: str, a: int) -> bool:
    b = text.find("\n", a)
    line = text[a : b if b >= 0 else len(text)]
    if _ROLE_FIELD.match(line):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 30 or line.rstrip().endswith((".", "!", "?", ".”", '."', ";", ":", ",")):
        return False
    if line.lstrip()[:1] in "•*-–" or re.search(r";\s+(?:or|and|ou|et)$", line.rstrip()):
        return False  # an item of a bulleted list
    caps = sum(1 for w in words if w[:1].isupper())
    if caps / len(words) <= 0.6:
        return False
    # a title-case headline capitalises its long words; a sentence full of names does not
    # ("The companies include A, B Co., C and D" with no final stop)
    low = [w for w in words if w[:1].islower() and len(w) >= 4 and w.lower() not in _FUNCTION_WORDS]
    return len(low) < 2
