"""A state's body named in French as French writes it: a lower-case head noun, the
state's adjective and a domain ("la banque centrale zemblienne", "le ministère zemblien du
commerce", "la compagnie aérienne nationale zemblienne"), or the head and "de" the
country ("la banque centrale de Zembla"); a body's noun and its adjectives before "de" the
country ("le service pénitentiaire fédéral de Zembla"); and a body of such a body named
before it ("le Bureau central des douanes du ministère zemblien de l'Économie").

No capital tells these names; the adjective of a state does. The states that act in the
articles (the US, the UK, the EU and the states that speak for it, Canada, Switzerland,
Japan, Australia) are left out: their ministries and agencies are authorities, not
parties. A body named with a capital is found elsewhere (``organisations._FR_BODY_HEADED``).

In English: a listed state's force in lower case ("Zembla's morality police"), its ministry
with a capital told by the state's word ("the Zemblan Ministry of Defense"), a body named
with common words and its head noun last, a party only where an act names it
(``common_words_body``: "sanctioned the Federal Security Service"), and a body named by its
head noun and a number ("Department 53").
"""

from __future__ import annotations

import re

from .lang import PACKS
from .names import normalize
from .places import COUNTRY_WORDS

# the state's adjective, masculine singular, without accents: the states whose bodies
# are listed or delisted in the news (never one of the acting states above)
_GENTILES = frozenset("""
syrien libyen iranien irakien russe bielorusse venezuelien cubain coreen nord-coreen soudanais
sud-soudanais libanais yemenite afghan birman malien centrafricain congolais somalien zimbabween
nicaraguayen burundais erythreen guineen chinois turc tunisien egyptien algerien ouzbek kazakh
georgien armenien azerbaidjanais ukrainien moldave serbe bosnien albanais palestinien saoudien
emirati qatari koweitien jordanien pakistanais cambodgien vietnamien laotien malaisien indonesien
nigerian nigerien tchadien ethiopien ougandais rwandais mozambicain angolais zambien haitien
mexicain colombien bolivien hongkongais tchetchene kirghiz tadjik turkmene
""".split())

# the head: a ministry, or a bank, company, agency or fund told as the state's own by a
# word of state ("centrale", "nationale", "publique", "souverain"); other modifiers may
# come between ("la compagnie aérienne nationale zemblienne"). A company told only by
# its trade and nationality ("la compagnie pétrolière zemblienne") is no name: it is how
# French recalls the article's own party.
_STATE_WORD = r"(?:centrales?|nationa(?:le|les|ux|l)|publi(?:c|que|ques|cs)|souverains?|d['’]État)"
_TRADE = r"(?:pétrolières?|aériennes?|gazières?|maritimes?|commerciales?|islamiques?|arabes?)"
_HEAD = (r"(?:ministères?|services?\s+de\s+renseignement|directions?\s+générales?"
         # a state's force of order or of repression ("la police des mœurs zemblienne", "la
         # garde républicaine zemblienne", "les forces de sécurité zembliennes")
         r"|police(?:\s+des\s+mœurs|\s+des\s+moeurs|\s+religieuse|\s+secrète|\s+politique|\s+militaire)?"
         # (or told by what it polices, the domain before the adjective: « la police de la
         # moralité zemblienne », « la police des frontières zemblienne »)
         r"|police\s+(?:de\s+la|de\s+l['’]|des|du)\s*[a-zà-ÿ][a-zà-ÿœ-]{3,}"
         r"|gardes?\s+(?:républicaine|révolutionnaire|nationale|présidentielle)s?"
         r"|forces?\s+(?:de\s+sécurité|spéciales|paramilitaires|de\s+l['’]ordre)|services?\s+de\s+sécurité"
         r"|(?:banques?|compagnies?|sociétés?|agences?|offices?|fonds|entreprises?|raffineries?)"
         r"(?:\s+" + _TRADE + r")?\s+" + _STATE_WORD
         + r"(?:\s+" + _TRADE + r")?)")
_ADJ = r"(?P<adj>[a-zà-ÿ][a-zà-ÿ-]{3,})"
# a domain after the adjective: "du commerce", "des affaires étrangères", "de la Défense"
_DOMAIN = (r"(?:\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*(?!(?:la|le|les|l|pays|régime|gouvernement|président)\b)"
           r"[a-zà-ÿA-ZÀ-Ý][a-zà-ÿ'’-]{2,}(?:\s+(?:étrangères|intérieures|extérieures|nationale|publique|"
           r"économiques?|financières?|pétrolières?|d['’]État))?)?")
_AFTER = (r"(?=\s*[,.;:)»\"”]|\s+(?:et|ou|ainsi|ont|a|avait|avaient|sont|est|était|seront|sera|qui|dont|en|à|au|aux|"
          r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|le|depuis|pour|par)\b|\s*$)")
_NAMED = re.compile(
    r"(?:(?<=\b[lL]a\s)|(?<=\b[lL]e\s)|(?<=\b[lL]es\s)|(?<=\b[dD]u\s)|(?<=\b[dD]es\s)|(?<=\b[aA]u\s)|(?<=\b[aA]ux\s)|"
    r"(?<=\b[lL]['’]))"
    r"(?P<n>" + _HEAD + r"\s+" + _ADJ + _DOMAIN + r")" + _AFTER
)
# a body's noun and the adjectives that tell what it does, before "de" the country ("le
# service pénitentiaire fédéral de Zembla", "la commission électorale centrale de Zembla")
_BODY_NOUN = (r"(?:services?|bureaux?|directions?|agences?|commissions?|comités?|administrations?|offices?|"
              r"départements?|unités?|divisions?|centres?|instituts?|gardes?|forces?)")
_QUALIFIED_BODY = _BODY_NOUN + r"(?:\s+(?!(?:de|du|des|d|et|ou|en|à)\b)[a-zà-ÿ][a-zà-ÿ-]{3,}){1,2}"
_OF_COUNTRY = re.compile(
    r"(?:(?<=\b[lL]a\s)|(?<=\b[lL]e\s)|(?<=\b[dD]u\s)|(?<=\b[aA]u\s)|(?<=\b[lL]['’]))"
    r"(?P<n>(?:" + _HEAD + r"|" + _QUALIFIED_BODY + r")\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])\s*"
    r"(?P<country>[A-ZÀ-Ý][a-zà-ÿ]+))" + _AFTER
)


def _gentile(word: str) -> bool:
    """``word`` is a listed state's adjective in any gender and number ("libyenne",
    "syriens", "nord-coréennes")."""
    w = normalize(word).replace(" ", "-")
    for cand in (w, w[:-1] if w.endswith("s") else w):
        if cand in _GENTILES:
            return True
        if cand.endswith("nne") and cand[:-2] in _GENTILES:
            return True  # "libyenne" -> "libyen"
        if cand.endswith("e") and cand[:-1] in _GENTILES:
            return True  # "soudanaise" -> "soudanais"
    return False


_BODY_BEFORE = re.compile(
    r"(?:\b[lL]e\s|\b[lL]a\s|\b[lL]['’])(?P<h>(?P<head>[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)(?:\s+[a-zà-ÿ][a-zà-ÿ-]+)?"
    r"(?:\s+(?:des|du|de\s+la|de\s+l['’])\s*[a-zà-ÿ][a-zà-ÿ-]+)?)\s+(?:du|de\s+la|de\s+l['’]|des)\s*$"
)
_BODY_HEADS = frozenset("""bureau direction departement service office agence commission comite administration
unite division centre institut""".split())
def state_bodies(text: str) -> list[tuple[str, int, int]]:
    """The listed states' bodies written in lower case in ``text``: each name as written
    (without its article) with its offsets."""
    out: list[tuple[str, int, int]] = []
    for m in _NAMED.finditer(text):
        if _gentile(m.group("adj")):
            out.append((m.group("n"), m.start("n"), m.end("n")))
    for m in _OF_COUNTRY.finditer(text):
        if normalize(m.group("country")) in COUNTRY_WORDS and _gentile_country(m.group("country")):
            out.append((m.group("n"), m.start("n"), m.end("n")))
    # a body of the state's body, named before it ("le Bureau central des douanes du ministère
    # zemblien de l'Économie"): the whole is the name
    for i, (_n, a, b) in enumerate(out):
        h = _BODY_BEFORE.search(text, max(0, a - 80), a)
        if h is not None and normalize(h.group("head")) in _BODY_HEADS:
            out[i] = (text[h.start("h") : b], h.start("h"), b)
    return out


# the acting states, told by their country's name after "de"
_ACTING = frozenset("""france allemagne italie espagne belgique canada suisse japon australie
""".split())


def _gentile_country(country: str) -> bool:
    return normalize(country) not in _ACTING


# the same in English: a state's force told in lower case after the state's possessive or
# its adjective ("Zembla's morality police", "the Zemblan riot police", "Zembla's security
# forces", "the Zemblan state security service"); the acting states' own are authorities
_EN_FORCE = (r"(?:(?:morality|religious|secret|riot|political|military)\s+police|police|security\s+forces|"
             r"(?:state\s+)?security\s+(?:service|services|agency)|intelligence\s+(?:service|services|agency)|"
             r"republican\s+guard|national\s+guard|revolutionary\s+guards?|paramilitary\s+forces?)")
_EN_NAMED = re.compile(
    r"(?<![\w'’])(?P<n>(?:(?P<country>[A-Z][a-z]+)['’]s|(?<=\bthe\s)(?P<adj>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))\s+"
    r"(?P<head>" + _EN_FORCE + r"))(?![\w-])(?!\s+(?:of|in|at|for|chief|commander|officers?|officials?|units?)\b)"
)
# the listed states' adjectives and names in English
_EN_STATES = frozenset("""
iran iranian syria syrian russia russian belarus belarusian belarussian venezuela venezuelan cuba cuban
north korea korean myanmar burmese nicaragua nicaraguan sudan sudanese libya libyan iraq iraqi
afghanistan afghan lebanon lebanese yemen yemeni eritrea eritrean zimbabwe zimbabwean mali malian
china chinese hong kong uzbekistan uzbek chechen chechnya turkey turkish somalia somali
""".split())


def state_forces_en(text: str) -> list[tuple[str, int, int]]:
    """The listed states' forces of order written in lower case in an English ``text``
    ("Zembla's morality police", "the Zemblan riot police"): each name as written (a
    possessive's state kept, "the" left out) with its offsets."""
    out: list[tuple[str, int, int]] = []
    for m in _EN_NAMED.finditer(text):
        state = (m.group("country") or m.group("adj") or "").lower()
        if state in _EN_STATES:
            out.append((m.group("n"), m.start("n"), m.end("n")))
    return out


# a listed state's ministry or directorate named with a capital in English, told as that
# state's by its adjective or its possessive before it, or by "of" the country after its
# domain ("the Zemblan Ministry of Defense", "Zembla's Ministry of Intelligence", "the
# Ministry of Mines of Zembla"); a second body coordinated right after the first is the same
# state's ("the Zemblan Ministry of Defense and Ministry of Energy"). No capital marks these
# as a party's name: an authority's word heads them; the state's word does. The acting
# states' own ministries are authorities.
_EN_BODY = (r"(?:Ministry|Ministries|Directorate|General\s+Directorate|Directorate\s+General|Department)\s+"
            r"(?:of|for)\s+(?:the\s+)?(?!Ministry\b)[A-Z][a-z]+(?:,?\s+(?:and\s+|&\s+)?(?!Ministry\b|of\b)[A-Z][a-z]+){0,4}")
_EN_STATE_BODY = re.compile(
    r"(?<![\w'’])(?:(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+|(?<=\b[Tt]he\s)(?P<adj>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+)"
    r"(?P<n>" + _EN_BODY + r")(?![\w-])"
    # (a body that speaks is a source, no party: "..., the Zemblan Ministry of Defense said")
    r"(?!\s*,?\s+(?:said|says|stated|states|announced|announces|told|added|reported|claimed|denied|warned|wrote)\b)"
)
_EN_BODY_OF = re.compile(
    # (the state told by its name or its long form: "of Zembla", "of the Zemblan Federation",
    # "of the Republic of Zembla")
    r"(?<![\w'’])(?P<n>" + _EN_BODY + r")\s+of\s+(?P<country>(?:the\s+)?[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+){0,3})(?![\w-])"
)
_EN_NEXT_BODY = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+|its\s+)?(?P<n>" + _EN_BODY + r")(?![\w-])")


def state_ministries_en(text: str) -> list[tuple[str, int, int]]:
    """The listed states' ministries and directorates named with a capital in an English
    ``text`` ("the Zemblan Ministry of Defense", "Zembla's Ministry of Intelligence", "the
    Ministry of Mines of Zembla"): each name with the state's word ("Zemblan Ministry of
    Defense", "Zembla's Ministry of Intelligence", "Ministry of Mines of Zembla") and its
    offsets, and a body coordinated right after it, as the same state's."""
    out: list[tuple[str, int, int]] = []
    for m in _EN_STATE_BODY.finditer(text):
        state = (m.group("country") or m.group("adj") or "").lower()
        if state not in _EN_STATES:
            continue
        a = m.start("adj") if m.group("adj") else m.start("country")
        out.append((text[a : m.end("n")], a, m.end("n")))
        nxt = _EN_NEXT_BODY.match(text, m.end("n"))
        if nxt is not None:
            out.append((nxt.group("n"), nxt.start("n"), nxt.end("n")))
    for m in _EN_BODY_OF.finditer(text):
        state = m.group("country").lower().split()
        if (" ".join(state) in _EN_STATES or any(w in _EN_STATES for w in state if w not in ("the", "of"))
                and state[-1] in ("federation", "republic") + tuple(_EN_STATES)) \
                and not any(a <= m.start() < b for _n, a, b in out):
            out.append((m.group(0), m.start(), m.end()))
    return out



# A state's body named in English with common words only, its head noun last ("Federal
# Security Service", "State Security Department", "Marine Rescue Service", "Guardian
# Council"): no word of its own tells it for a name, and every word is one the name
# finders keep out of names (Federal, Security, State, Department). What tells it is its
# place: the object of a listing or a removal, the target of a measure, an item of a
# series of designees (organisations._arguments_of, organisations._series). The words of
# an acting state, a document or a programme make it an authority's or a title's, and an
# authority a language pack knows is one.
_COMMON_BODY_HEADS = frozenset(
    "Service Services Council Commission Committee Department Agency Bureau Directorate Corps Guard Guards "
    "Organization Organisation Authority Administration".split()
)
_NOT_IN_BODY = frozenset(
    # the acting states, and an authority's own words
    "US U.S. USA America American United British UK U.K. Britain European EU Canadian Canada Swiss "
    "Switzerland Japanese Japan Australian Australia French France German Germany Treasury Commerce "
    "Justice Homeland Sanctions Sanction Trade Export Exports Control Controls Assets Financial "
    # a document's, a list's or a programme's words
    "List Lists Act Order Orders Regulation Regulations Programme Program Rule Rules License Licence "
    "General".split()
)
_POSSESSIVE_HEAD = re.compile(r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+")


def common_words_body(raw: str) -> str | None:
    """The name of a state's body written with common words and closed by its head noun
    (``raw`` a capitalised run, "Federal Security Service", "Zembla's State Security
    Department"), without a state's possessive before it; None when ``raw`` is no such
    body (an acting state's or an authority's, "Federal Communications Commission" aside:
    the caller reads the body only where an act names its party)."""
    run = raw.strip()
    poss = _POSSESSIVE_HEAD.match(run)
    if poss is not None:
        run = run[poss.end() :]
    toks = run.split()
    if not 2 <= len(toks) <= 6 or toks[-1] not in _COMMON_BODY_HEADS:
        return None
    if not all(re.fullmatch(r"[A-Z][A-Za-z'’-]*", t) for t in toks) or any(t in _NOT_IN_BODY for t in toks):
        return None
    if toks[0] in _COMMON_BODY_HEADS:
        return None  # "Council Committee": two heads, no body's own qualifier
    # (an authority the packs know: "Security Council", "State Department")
    if any(re.search(pat, run) for pack in PACKS.values() for pat, _canon in pack.authorities):
        return None
    return run


# a state's body named by its head noun and a number ("Department 53", "Office 39", "Bureau
# 121", "Unit 180"): the number is its name, as a military unit's is ("Military Unit
# 74455"); not a place one is in or at ("in Room 12"), nor a document's part, whose nouns
# (Section, Part, Article) are no body's
_NUMBERED_BODY = re.compile(
    r"(?<![\w'’-])(?<!\bin\s)(?<!\bat\s)(?<!\bMilitary\s)(?P<n>(?:Department|Office|Bureau|Directorate|Unit|Room)"
    r"\s+\d{2,5})(?![\w/.,-]\d|[\w/-])"
)


def numbered_bodies(text: str) -> list[tuple[str, int, int]]:
    """The bodies named by a head noun and a number in ``text`` ("Department 53"): each
    name with its offsets."""
    return [(m.group("n"), m.start("n"), m.end("n")) for m in _NUMBERED_BODY.finditer(text)]
