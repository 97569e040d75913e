"""Who an article talks about.

Two sources of mentions:

1. **Gazetteer** — restricted parties already in the store, given as ``(key, name)``
   pairs. Names are normalised (ASCII transliteration, lower case, punctuation to
   spaces) and put in one Aho-Corasick automaton, with a second variant stripped of
   legal forms ("Xiaomi Corporation" → "xiaomi"). Hits are kept only on word
   boundaries, longest first.
2. **Organisations on no list** — rules: a capitalised sequence followed by a legal
   form or descriptor ("Luokung Technology Corp"), preceded by a cue noun ("smartphone
   maker Xiaomi", "le groupe chinois Xiaomi"), in apposition ("Luokung, a Beijing-based
   company"), or "X-based Name". Each name found this way also gives its short form
   (without the legal form), which is then searched everywhere in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import ahocorasick
from anyascii import anyascii

from listwatch.match.normalize import normalize as match_normalize
from listwatch.text import SUFFIX_WORDS, core_name
from listwatch.text import name_key as normalize

from .lang import PACKS, LangPack
from .lang.common import AUTHORITIES
from .places import COUNTRY_WORDS, PLACE_WORDS
from .sentences import split_sentences
from .triggers import find_triggers

_UP = "A-ZÀ-ÖØ-Þ"
_TOK = rf"(?:[{_UP}][\w&’'\-]*\+?|[0-9]+[{_UP}][\w\-]*)"
_NAME = rf"{_TOK}(?:[ \t]+(?:&[ \t]+|de[ \t]+|of[ \t]+)?{_TOK}){{0,5}}"  # never across lines
_SUFFIX_WORDS = sorted(SUFFIX_WORDS, key=len, reverse=True)
_SUFFIX = "(?:" + "|".join(re.escape(s) for s in _SUFFIX_WORDS) + r")\b\.?"
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
}
# words that join place words in a country's name ("United States of America")
_PLACE_GLUE = frozenset(
    "the of de du la le les d l united states etats unis kingdom royaume republic republique "
    "people peoples populaire democratic democratique north south east west nord sud "
    "islamic islamique federation federale saudi arab arabe emirates emirats new s".split()
)


def is_place(name: str) -> bool:
    """A country, region, city or nationality ("Ukraine", "Taïwan", "Uyghurs", "Russie")."""
    words = normalize(name).split()
    return bool(words) and any(w in PLACE_WORDS for w in words) and all(
        w in PLACE_WORDS or w in _PLACE_GLUE for w in words
    )


def _auth_word(word: str) -> bool:
    """An agency, court, list or document word, singular or plural ("Departments")."""
    w = normalize(word)
    return w in _AUTH_WORDS or (w.endswith("s") and w[:-1] in _AUTH_WORDS)


def _normalize_mapped(text: str) -> tuple[str, list[int]]:
    """``normalize`` that also returns, per output char, the index of its source char."""
    out: list[str] = []
    idx: list[int] = []
    space = True
    for i, ch in enumerate(text):
        conv = anyascii(ch).lower() if ord(ch) > 127 else ch.lower()
        for c in conv:
            if c.isalnum() and c.isascii():
                out.append(c)
                idx.append(i)
                space = False
            elif not space:
                out.append(" ")
                idx.append(i)
                space = True
    return "".join(out), idx


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


def _matcher_variants(name: str) -> set[str]:
    """Forms from the screening matcher's normaliser: the casefolded ASCII text (pinyin
    for Chinese: 小米 → "xiaomi") and the name words without legal forms."""
    try:
        nn = match_normalize(name)
    except (ValueError, TypeError, AttributeError, KeyError):  # pragma: no cover
        return set()
    return {normalize(nn.text), normalize(" ".join(nn.tokens))} - {""}


class Gazetteer:
    """Names of restricted parties already in the store, for fast lookup in text."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._auto = ahocorasick.Automaton()
        self.size = 0
        stop = _stop_norm()
        for key, name in pairs:
            full = normalize(name)
            variants = {full}
            core = normalize(core_name(name))
            if len(core) >= 4 and core not in stop:
                variants.add(core)
            variants |= {v for v in _matcher_variants(name) if len(v) >= 4 and v not in stop}
            for v in variants:
                if len(v) < 3:
                    continue
                existing = self._auto.get(v, None)
                entries = existing if existing is not None else []
                entries.append((key, name))
                if existing is None:
                    self._auto.add_word(v, entries)
            self.size += 1
        if self.size:
            self._auto.make_automaton()

    def find(self, text: str) -> list[Mention]:
        if not self.size:
            return []
        norm, idx = _normalize_mapped(text)
        hits: list[tuple[int, int, list[tuple[str, str]]]] = []
        for end, entries in self._auto.iter(norm):
            start = end - len(self._longest(norm, end, entries)) + 1
            if start > 0 and norm[start - 1] != " ":
                continue
            if end + 1 < len(norm) and norm[end + 1] != " ":
                continue
            hits.append((start, end, entries))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Mention] = []
        last_end = -1
        for start, end, entries in hits:
            if start <= last_end:
                continue
            last_end = end
            s, e = idx[start], idx[end] + 1
            for key, name in entries:
                out.append(Mention(name=name, key=key, start=s, end=e, text=text[s:e], via="list"))
        return out

    @staticmethod
    def _longest(norm: str, end: int, entries: list[tuple[str, str]]) -> str:
        best = ""
        for _key, name in entries:
            for v in (normalize(name), normalize(core_name(name))):
                if len(v) > len(best) and norm.endswith(v, 0, end + 1):
                    best = v
        return best


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


@cache
def _org_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    pack = PACKS[code]
    cue = pack.org_cue_before
    app_cue = cue
    return (
        re.compile(rf"(?P<n>{_NAME}(?:[ \t]+[0-9]{{1,4}})?)(?:,?\s+{_SUFFIX})+"),
        re.compile(rf"(?i:\b(?:{cue}))\s+{pack.org_cue_between}(?P<n>{_NAME})"),
        re.compile(
            rf"(?P<n>{_NAME}),\s+(?i:(?:{pack.org_apposition}))\s*[^,.;()]{{0,60}}?\b(?i:{app_cue})\b"
        ),
        re.compile(rf"\b[{_UP}][\w]+-based\s+(?P<n>{_NAME})"),
        # a name before its officer's title ("Kylin Microsystems CEO John Tarrant")
        re.compile(rf"(?P<n>{_NAME})(?:['’]s)?\s+(?:CEO|(?i:chief\s+executive|chairman|chairwoman|founder|"
                   rf"spokes(?:man|woman|person)|general\s+counsel|PDG|président|porte-parole))\b"),
        # a name whose shares trade is a company ("shares of Luokung", "Xiaomi shares fell")
        re.compile(rf"\b(?i:shares|stock|ADRs)\s+(?:of|in)\s+(?P<n>{_NAME})"),
        re.compile(rf"(?P<n>{_NAME})(?:['’]s)?\s+(?i:shares|stock)\s+(?i:rose|fell|jumped|dropped|slid|"
                   rf"surged|tumbled|plunged|climbed|gained|lost|sank|soared|were|have)\b"),
    )


@cache
def _tailed_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w’'\-])(?P<n>(?:{_TOK}[ \t]+(?:(?:&|de|of)[ \t]+)?){{1,4}}(?:{_ORG_TAIL}))(?![\w\-])"
        rf"(?![ \t]*(?:\(|[{_UP}0-9]))(?![ \t]+(?:and|&)[ \t]+(?:{_ORG_TAIL})\b)"
    )


def _tailed(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A capitalised name ending in a business word ("Blue Heron Tankers", "Apex
    Maritime"), unless it is part of a longer name already found."""
    for m in _tailed_re().finditer(text):
        name = _clean_name(m.group("n"), pack)
        if not name or any(name in f for f in found.values()):
            continue
        found.setdefault(core_name(name), name)


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
    "Guard Guards Corps Forces Brigade Brigades Militia"
).split()
_ORG_TAIL = "|".join(sorted(set(_ORG_TAIL_WORDS), key=len, reverse=True))
_ORG_TAIL_SET = frozenset(_ORG_TAIL_WORDS)

_FUNCTION_WORDS = frozenset(
    ["like", "unlike", "besides", "via", "per", "the", "a", "an", "if", "as", "although", "though", "since", "because", "unless", "whether", "when", "while", "after", "before", "but", "and", "or", "so", "yet", "then", "also", "once", "until", "under", "over", "from", "with", "without", "for", "to", "of", "in", "on", "at", "by", "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "si", "quand", "alors", "après", "avant", "depuis", "pour", "par", "sur", "dans", "selon", "comme", "lorsque", "tandis", "following", "including", "despite", "amid", "during", "against", "among", "outre", "parmi", "contre", "malgré", "suite", "notamment", "another", "other", "others", "each", "every", "either", "neither", "such", "most", "both", "autre", "autres", "chaque", "certains", "certaines", "plusieurs", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "près", "environ", "quelque"]
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
#: words that name what a company does: after "X and" they end X's name ("Arctic Ship
#: and Supply Co.", "Johnson and Sons Trading Co."), they are no second company
_TRADE_WORDS = frozenset(
    "Sons Brothers Supply Supplies Trade Trading Development Technology Technologies Industries "
    "Industrial Manufacturing Equipment Electronics Systems Solutions Products Import Export "
    "Commerce Company General Research Design Technical Science Sciences International Holding "
    "Holdings Group Associates Partners Services Service Engineering Shipping Marine Logistics "
    "Investment Investments Management Consulting Energy Resources Enterprises Enterprise".split()
) | frozenset(_ORG_TAIL_WORDS)

_DESCRIPTOR_TOKEN = re.compile(r"(?i)-(?:based|listed|owned|registered|headquartered|controlled|backed|linked)$")


def _clean_name(raw: str, pack: LangPack) -> str | None:
    toks = re.sub(r"['’]s?$", "", raw.strip()).split()  # "Luokung Technology Corp's"
    while len(toks) > 1 and re.search(r"['’]s$", toks[0]) and is_place(toks[0][:-2]):
        toks.pop(0)  # "Russia’s Tanker Group": the country is not part of the name
    stop = pack.stop_names
    while toks and (toks[0].lower() in _FUNCTION_WORDS or _ELIDED.match(toks[0])):
        toks.pop(0)  # "L'équipementier chinois": an article and a common noun, no name
    while len(toks) > 2 and toks[1] in ("of", "de") and re.search(r"(?:ing|tion|sion|ment|al|ure)$", toks[0]) \
            and toks[0] not in _ORG_HEADS:
        toks = toks[2:]  # "Relisting of Kestrel Robotics", "Suspension de X": an event noun, no name
    if toks and _ELIDED_NAME.match(toks[0]) and _clean_name(" ".join([toks[0][2:], *toks[1:]]), pack) is None:
        return None  # "L'UE", "D'Ukraine": the article glued to an authority or a place
    for i, tok in enumerate(toks):
        if _DESCRIPTOR_TOKEN.search(tok):
            toks = toks[i + 1 :]  # "Hong Kong-based Silverline Trading": the place is no part
            break
    if not toks:
        return None
    if re.fullmatch(pack.person_titles, toks[0]):
        return None
    if any(t.lower().strip("’'s") in _AUTH_WORDS or _auth_word(t) for t in toks):
        return None
    if is_place(" ".join(toks)):
        return None
    if all(t in stop for t in toks) or all(normalize(t) in GENERIC_NOUNS for t in toks):
        return None  # "Entities", "Les Sociétés": a kind of party, not a party
    name = " ".join(toks)
    core = core_name(name)
    if name in _NOT_COMPANY or core in _NOT_COMPANY or (len(core) <= 2 and core.isupper()):
        return None
    if core in stop or core.lower() in _FUNCTION_WORDS or normalize(core) in _AUTH_WORDS or len(core) < 2:
        return None
    return name


#: A news dateline at the start of a line: "ZUG, March 10 (Reuters) -", "BEIJING (AP) —",
#: "WASHINGTON —" (the place a story was filed from, and when)
DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\w .'’/-]{1,40}?(?:,\s*[A-Z][\w.’' ]{1,25}?)?"  # "SAN JOSE, Calif."
    r"(?:,\s*[A-Z][a-zé]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"\((?:Reuters|AP|AFP|Bloomberg|Dow\s+Jones|Xinhua|dpa|ANSA|EFE|TASS|Interfax)\)\s*[-—–]+\s*"
    r"|^[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*[—–]\s*",
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


def find_organisations(text: str, lang: str) -> list[Mention]:
    """Organisation names found by rules, and every later occurrence of their short form."""
    pack = PACKS[lang]
    found: dict[str, str] = {}  # core -> longest full name
    for pat in _org_patterns(lang):
        for m in pat.finditer(text):
            full = m.group(0) if pat is _org_patterns(lang)[0] else m.group("n")
            name = _clean_name(full.rstrip(",").strip().rstrip("."), pack)
            if not name:
                continue
            core = core_name(name)
            if len(name) > len(found.get(core, "")):
                found[core] = name
    _tailed(text, pack, found)
    _coordinated(text, pack, found)
    _verb_parties(text, lang, pack, found)
    _trigger_arguments(text, lang, pack, found)
    _colon_lists(text, pack, found)
    _recurring(text, pack, found)
    _shaped(text, pack, found)
    _coordinated(text, pack, found)  # names the later rules found have partners too
    # acronyms in parentheses right after a name: "... Corp (SMIC)" (the parentheses are
    # found once; a pattern per name overflowed the ``re`` cache)
    names = sorted(set(found.values()), key=len, reverse=True)
    seen: set[str] = set()
    for par in _PAREN_ACRONYM.finditer(text):
        head = _BEFORE_PAREN.sub("", text[: par.start()])
        for name in names:
            if name in seen or not head.endswith(name):
                continue
            seen.add(name)
            a = par.group("a")
            if found.get(a, a) == a:
                found[a] = name
    _joined_names(text, pack, found)
    _drop_openers(text, found)
    places = dateline_places(text)
    heads = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
    for core, name in list(found.items()):
        spots = find_word(text, name)
        if name.casefold() in places or spots and all(
                any(a <= p < b for a, b in heads) for p in spots):
            del found[core]  # "ZUG, March 10 (Reuters) -": the dateline's city
            continue
        if spots and all(_is_title_line(text, a) for a in spots) and " " in name:
            del found[core]  # "Commercial Drone Manufacturer, DJI, Among ..." in a headline
    _fold_first_words(found)
    mentions: list[Mention] = []
    for core, name in found.items():
        for form in _short_forms(name, core, pack):
            flags = re.IGNORECASE if form.isupper() or not form[1:].islower() else 0
            for a in find_word(text, form, fold=bool(flags), plus=True):
                found_text = text[a : a + len(form)]
                if found_text[:1].isupper():
                    mentions.append(Mention(name=name, start=a, end=a + len(form), text=found_text))
    return _non_overlapping(mentions)


@cache
def _joined_re() -> re.Pattern[str]:
    trade = "|".join(sorted(_TRADE_WORDS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'\-])(?P<n>{_NAME}[ \t]+(?:and|&|et)[ \t]+(?:(?:{trade})[ \t]+){{0,3}}(?:{trade})"
        rf"(?:,?[ \t]+{_SUFFIX})+)"
        # "China National Scientific Instruments and Materials": words of trade on both sides
        rf"|(?<![\w’'\-])(?P<t>(?:{_TOK}[ \t]+){{0,5}}(?:{trade})[ \t]+(?:and|&|et)[ \t]+"
        rf"(?:(?:{trade})[ \t]+){{0,2}}(?:{trade}))(?![\w\-])(?![ \t]+[{_UP}])"
    )


def _joined_names(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A name whose "and" joins a word of trade and a legal form ("Arctic Ship and Supply
    Co.", "Johnson and Sons Trading Co.") is one company: the pieces other rules split
    it into ("Arctic Ship", "Supply Co") go when they occur nowhere else."""
    spans: list[tuple[int, int]] = []
    joined: set[str] = set()
    for m in _joined_re().finditer(text):
        g = "n" if m.group("n") else "t"
        name = _clean_name(m.group(g).rstrip(",").strip().rstrip("."), pack)
        if not name or " " not in name:
            continue
        spans.append((m.start(g), m.end(g)))
        joined.add(name)
        found[core_name(name)] = name
    if not spans:
        return
    for core, name in list(found.items()):
        if name in joined:
            continue
        spots = find_word(text, name) or find_word(text, core)
        if spots and all(any(a <= p < b for a, b in spans) for p in spots):
            del found[core]


def _fold_first_words(found: dict[str, str]) -> None:
    """A one-word name that opens exactly one longer name ("l'équipementier Haolin" and
    "Haolin Networks") is that name's short form, not a second party."""
    longer = [n for n in found.values() if " " in n]
    for core, name in list(found.items()):
        if " " in name or name.isupper():
            continue
        owners = {n for n in longer if n.startswith(name + " ")}
        if len(owners) == 1:
            del found[core]


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n—–])[\s\"“«‘'•*(-]*$")


def opens_sentence(text: str, pos: int) -> bool:
    """``pos`` starts a sentence, a line or a list item (where every word is capitalised)."""
    return bool(_SENTENCE_START.search(text, max(0, pos - 8), pos))


def _drop_openers(text: str, found: dict[str, str]) -> None:
    """A single word capitalised only because it opens sentences is a common word when
    the text also writes it in lower case, or when it names a kind of party ("Entities
    were added", "Exporters said"): no organisation."""
    lower: set[str] | None = None
    for core, name in list(found.items()):
        if " " in name or not name[1:].islower():
            continue  # "ZTE", "SenseTime": their shape marks a name
        spots = find_word(text, name)
        if not spots or not all(opens_sentence(text, p) for p in spots):
            continue
        if lower is None:
            lower = set(re.findall(r"(?<![\w’'\-])[a-zà-ÿ][\w’'\-]*", text))
        if name.lower() in lower or normalize(name) in GENERIC_NOUNS or normalize(name) in _OPENERS:
            del found[core]


def _short_forms(name: str, core: str, pack: LangPack) -> set[str]:
    """The full name, its core, and the first or last word of a multi-word core
    ("United Company Rusal" → "Rusal", "Luokung Technology Corp" → "Luokung")."""
    forms = {name, core}
    toks = core.split()
    # an acronym inside the name is its usual short form ("SZ DJI Technology" → "DJI")
    forms |= {
        tok for tok in toks[1:] if len(toks) > 1 and 3 <= len(tok) <= 6 and tok.isupper()
        and tok.isalpha() and tok not in pack.stop_names and normalize(tok) not in _AUTH_WORDS
    }
    if len(toks) > 1:
        for tok in (toks[0], toks[-1]):
            if (
                len(tok) >= 4 and tok not in pack.stop_names and tok not in SUFFIX_WORDS
                and tok.lower() not in _FUNCTION_WORDS and tok[:1].isupper() and tok not in _TRADE_WORDS
            ):
                forms.add(tok)
    return forms


_AND = {"en": "and|or", "fr": "et|ou"}


_PAREN_ACRONYM = re.compile(r"\(\s*[“\"'‘]?(?P<a>[A-Z][A-Z0-9&\-]{1,9})[”\"'’]?\s*\)")
_BEFORE_PAREN = re.compile(r"\.?(?:['’]s)?\s*$")


@cache
def _pair_re(code: str) -> re.Pattern[str]:
    """Two names joined by a comma or the language's "and" (overlapping pairs)."""
    conj = rf"(?:,\s+|\s+(?:{_AND[code]}|&)\s+(?:(?:of|de|d['’]|du|des|on|against|contre)\s*)?|,\s+(?:{_AND[code]})\s+)"
    return re.compile(rf"(?<![\w\-])(?=(?P<a>{_NAME})(?P<c>{conj})(?P<b>{_NAME}))")


def _coordinated(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A capitalised name coordinated with a known organisation is one too
    ("Xiaomi and Luokung Technology", "Huawei, ZTE et Hikvision")."""
    if not found:
        return
    known = sorted({*found, *found.values()}, key=len, reverse=True)
    # the other language's "and" joins words of one name ("Instruments and Materials" in
    # a French article)
    adds: list[tuple[str, int]] = []
    for m in _pair_re(pack.code).finditer(text):
        a, b = m.group("a"), m.group("b")
        b_at = m.end("c")
        if any(b == k or b.startswith(k) and not (b[len(k)].isalnum() or b[len(k)] in "_-")
               for k in known):
            adds.append((a, m.start("a")))  # "Xiaomi and [Luokung Technology]"
        if any(a.endswith(k) and (len(a) == len(k) or not (a[-len(k) - 1].isalnum() or a[-len(k) - 1] in "_-"))
               for k in known):
            adds.append((b, b_at))  # "[Huawei], ZTE et Hikvision"
    for raw, at in adds:
        name = _clean_name(raw.strip(), pack)
        if name and not _is_person(text, at, pack) and not _is_title_line(text, at):
            found.setdefault(core_name(name), name)


_VERB_SUBJECT = {
    "en": r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+ly\s+|also\s+|later\s+|first\s+|since\s+)?"
          r"(?:designated|sanctioned|blacklisted|delisted|re-?listed|added|removed|placed|put|targeted|hit|banned|listed)\b"
          r"|(?:has\s+|had\s+|have\s+)?(?:sued|won|obtained|secured|filed\s+(?:a\s+)?(?:lawsuit|suit|complaint)|"
          r"challenged|appealed|asked\s+(?:a|the)\s+(?:\w+\s+)?(?:court|judge))\b",
    "fr": r"(?:a|ont|avait|avaient|aurait)\s+(?:\w+ment\s+|aussi\s+|également\s+|déjà\s+)?été\s+(?:\w+ment\s+|aussi\s+|également\s+|déjà\s+)?"
          r"(?:désigné|sanctionné|blacklisté|inscrit|ajouté|placé|radié|retiré|visé|mis)e?s?\b",
}
_VERB_OBJECT = {
    # the object of a listing verb, of "sanctions on" or of "the designation of"; a
    # weekday may sit between ("added on Friday Inspur and Sugon")
    "en": r"\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing)|blacklist(?:ed|s|ing)|delist(?:ed|s|ing)|"
          r"add(?:ed|s|ing)|plac(?:ed|es|ing)|put(?:s|ting)?|remov(?:ed|es|ing)|dropp(?:ed|ing)|listed|"
          r"target(?:ed|s|ing)|bann(?:ed|ing)|enjoin(?:ed|s|ing)?|su(?:ed|es|ing)|"
          r"(?:sanctions|restrictions|asset\s+freezes?)\s+(?:on|against)|assets\s+of|"
          r"(?:designation|listing|blacklisting|delisting|removal|inclusion|addition)\s+of|"
          r"grant(?:ed|s|ing)(?=\s+[A-Z][^.;]{0,60}?\b(?:licen[cs]e|injunction|waiver|exemption|reprieve)\b)|"
          r"(?:t[oa]ke[sn]?|took|taking|dropp(?:ed|ing)|drops?)(?=\s+[A-Z][^.;]{0,60}?\b(?:off|from)\b))\s+"
          r"(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?",
    "fr": r"\b(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?(?:sanctionné|désigné|blacklisté|radié)\s+",
}


_COLON_LIST = re.compile(
    r"(?i:\b(?:suivante?s?|following|ci-après|ci-dessous|below|notamment|including|y\s+compris|"
    r"namely|à\s+savoir|parmi\s+(?:elles|eux|lesquel\w+)|among\s+them|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|plusieurs)\s+(?:\w+\s+)?(?:companies|entities|firms|individuals|people|persons|"
    r"vessels|banks|sociétés|entités|entreprises|personnes|navires|banques)))\s*:\s*"
    r"(?P<items>(?:[^\n.]|\.(?=\w)){3,400})"
)


# "The six entities are the Era, JSC Positive Technologies, SVA, Neobit, Passit, and AST."
_ARE_LIST = re.compile(
    r"(?i:\b(?:the|these|those|les|ces)\s+(?:[\w-]+\s+){0,2}(?:entities|companies|firms|individuals|people|"
    r"persons|banks|vessels|designees|targets|entités|sociétés|entreprises|personnes|banques)\s+"
    r"(?:(?:designated|sanctioned|added|named|listed|targeted|visées?|sanctionnées?|désignées?)\s+)?"
    r"(?:(?:on\s+\w+day|today|yesterday|this\s+week|le\s+\w+di|lundi|mardi|mercredi|jeudi|vendredi)\s+)?"
    r"(?:are|were|include|included|sont|étaient|comprennent)\s+)"
    r"(?P<items>(?:(?:the|le|la|les|l['’])\s*)?[A-ZÀ-Ý](?:[^\n.]|\.(?=\w)){3,400})"
)
_ARTICLE_START = re.compile(r"^(?:the|le|la|les|l['’])\s*(?=[A-ZÀ-Ý])")


def _colon_lists(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """Names listed after a colon that announces them ("les banques suivantes : VEB.RF,
    Promsvyazbank et Bank Rossiya", "the following entities: A; B; C")."""
    for m in (*_COLON_LIST.finditer(text), *_ARE_LIST.finditer(text)):
        items = re.split(rf"\s*(?:,|;|\b(?:{_AND[pack.code]})\b)\s*", m.group("items"))
        if m.re is _ARE_LIST and len([i for i in items if i.strip()]) < 2:
            continue  # "the companies are [a name]": a list has two names at least
        for item in items:
            item = _ARTICLE_START.sub("", item.strip(" «»“”\"()"))
            if not item or not item[:1].isupper() or len(item.split()) > 6:
                continue
            words = item.split()
            if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("de", "of", "&", "du")
                       for w in words):
                continue
            name = _clean_name(item, pack)
            if not name or name in pack.stop_names or normalize(name) in _stop_tokens():
                continue
            found.setdefault(core_name(name), name)


_CONTINUED = re.compile(r"\s*\([A-ZÀ-Ý][\w .'’\-]*\)\s+[A-ZÀ-Ý]")


# capitalised words that open sentences without naming anyone
_OPENERS = frozenset("""
officials analysts lawmakers investors critics experts regulators authorities prosecutors sources
diplomats traders executives shareholders exporters suppliers customers banks restrictions
measures penalties tariffs exports imports shares stocks markets prices today yesterday earlier
later now here there why what how who where which such each every any no none most few several
many all one two three four five six seven eight nine ten separately meanwhile however moreover
additionally also still yet thus so please read related note update editor
""".split())


def _trigger_arguments(text: str, lang: str, pack: LangPack, found: dict[str, str]) -> None:
    """A name right before or right after a listing, removal or court trigger, in its
    subject or object place ("Zarubezhneft was named ...", "... granted Zarubezhneft a
    preliminary injunction", "sanctions on Zarubezhneft"): a party named once, with no
    cue, is still a party. Headline-style lines are left out."""
    name_re = _name_re()
    for sent in split_sentences(text, lang):
        for trig in find_triggers(sent.text, lang):
            _arguments_of(text, sent.start + trig.start, sent.start + trig.end, lang, pack, found, name_re)


def _arguments_of(text: str, start: int, end: int, lang: str, pack: LangPack, found: dict[str, str],
                  name_re: re.Pattern[str]) -> None:
    """The names in the subject and object places of the trigger at ``start:end``."""
    if _is_title_line(text, start) or _STATE_WORDS.match(text, start, end):
        return  # a state ("is on the list", "remains under sanctions") names no new party
    before = text[max(0, start - 80) : start]
    subj = _SUBJECT_GAP.search(before)
    cands: list[tuple[int, str]] = []
    if subj:
        head = before[: subj.start()]
        edge = len(head)
        for m in reversed(list(name_re.finditer(head))):
            if m.end() != edge:
                break
            cands.append((start - len(before) + m.start(), m.group("n")))
            gap = _COORD_GAP[lang].search(head[: m.start()])
            if gap is None:
                break  # "Huawei and ZTE were both added": each name of the subject
            edge = gap.start()
    after = text[end : end + 80]
    gap = _OBJECT_GAP.match(after)
    if gap:
        m2 = name_re.match(after, gap.end())
        if m2 and not _CONTINUED.match(after, m2.end()):
            cands.append((end + m2.start(), m2.group("n")))
    # the target of the measure the trigger names, inside or just after it ("les
    # sanctions contre X ont été levées", "l'interdiction visant X", "the ban on X")
    span = text[start : end + 60]
    for tm in _TARGET_OF.finditer(span):
        m3 = name_re.match(span, tm.end())
        if m3 and not _CONTINUED.match(span, m3.end()):
            cands.append((start + m3.start(), m3.group("n")))
    for pos, raw in cands:
        if _is_person(text, pos, pack) or _line_start(text, pos) and normalize(raw) in _OPENERS:
            continue
        name = _clean_name(raw, pack)
        if not name or name in pack.stop_names or normalize(name) in _stop_tokens():
            continue
        toks = name.split()
        if any(re.fullmatch(pack.person_titles, w) for w in toks) or (
                len(toks) == 1 and (name.endswith("ly") or any(
                    _is_person(text, a, pack) for a in find_word(text, name)))):
            continue  # a title, an adverb, the surname of a person named in full
        if name in _NOT_COMPANY or (name.isupper() and len(name) < 3) or normalize(name) in _OPENERS:
            continue
        if _defines_law(text, name) or is_place(name) or len(name.split()) > 1 and _PERSONLIKE.fullmatch(name):
            continue
        found.setdefault(core_name(name), name)


_COORD_GAP = {code: re.compile(rf"(?:,\s+|\s+(?:{w}|&)\s+|,\s+(?:{w})\s+)$") for code, w in
              (("en", "and"), ("fr", "et"))}
_STATE_WORDS = re.compile(r"(?i)(?:is|are|remains?|remained|still|figure|figurent|reste|restent|demeure\w*)\b")


def _line_start(text: str, pos: int) -> bool:
    return not text[max(0, pos - 3) : pos].strip(" \"“«•-–")


# between a subject and its verb ("X was", "X, which had been", "X has also been") and
# between a verb and its object ("on Friday", "the", "on", "against", "of")
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:said|says|announced|confirmed|disclosed)(?:\s+on\s+\w+day)?(?:\s+that)?\s+(?:it|they))?"
    r"(?:,?\s+(?:which|who|that|qui)\b)?(?:\s+(?:was|were|is|are|has|had|have|been|be|being|also|later|"
    r"first|now|then|itself|itself,|initially|subsequently|already|too|both|all|each|"
    r"a|ont|avait|avaient|aurait|est|sont|été|aussi|également|déjà|lui-même|elle-même|tous|toutes|deux|"
    r"trois|\w+ment))*\s+$"
)
_WEEKDAYS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|"
             r"vendredi|samedi|dimanche")
_OBJECT_GAP = re.compile(
    rf"\s*(?:(?:(?:on|last|this|ce|le)\s+)?(?:{_WEEKDAYS})(?:\s+dernier)?,?\s+)?"
    r"(?:(?:on|against|of|with|from|to|contre|de|du|des|à|visant|sur|concernant)\s+)?"
    r"(?:(?:the|le|la|les|l['’])\s*)?"
)
_TARGET_OF = re.compile(
    r"(?i:\b(?:sanctions?|ban|designation|listing|blacklisting|interdiction|inscription|désignation|"
    r"mesures?|restrictions?|embargo|gel|transactions|dealings)\s+(?:[a-zà-ÿ'’-]+\s+){0,2}?(?:contre|visant|"
    r"frappant|against|on|of|targeting|de|du|sur|concernant|with|involving|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?)"
)
# two or three capitalised words, lower case after the first letter: read as a person by
# the person finder, not as a company here
_PERSONLIKE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+){1,2}")


@cache
def _name_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'\-])(?P<n>{_NAME})(?![\w\-])")


def _verb_parties(text: str, lang: str, pack: LangPack, found: dict[str, str]) -> None:
    """The subject of a passive listing verb ("Huawei was initially designated", "Yutian
    Haishi ... Co a également été ajouté") and the names right after an active one
    ("We have sanctioned Putin and Lavrov") are parties, named once or not."""
    subj = _VERB_SUBJECT.get(lang)
    obj = _VERB_OBJECT.get(lang)
    cands: list[str] = []
    if subj:
        for m in re.finditer(rf"(?<![\w’'\-])(?P<n>{_NAME})\s+(?:itself\s+|lui-même\s+|elle-même\s+)?(?:{subj})", text):
            cands.append(m.group("n"))
    if obj:
        for m in re.finditer(rf"(?:{obj})(?P<n>{_NAME}(?:(?:,\s+|\s+(?:and|et)\s+){_NAME}){{0,6}})", text):
            if _CONTINUED.match(text, m.end("n")):
                continue  # "COSCO Shipping Tanker (Dalian) Co": a longer name goes on
            cands.extend(re.split(r",\s+|\s+(?:and|et)\s+", m.group("n")))
    for raw in cands:
        name = _clean_name(raw.strip(), pack)
        if not name or name in pack.stop_names or (name.isupper() and len(name) < 3):
            continue
        if normalize(name) in _stop_tokens() or name in _NOT_COMPANY:
            continue
        found.setdefault(core_name(name), name)


def _recurring(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A single capitalised word used at least twice mid-sentence, never after a
    person's title or first name, is taken as an organisation ("Xiaomi")."""
    counts: dict[str, list[int]] = {}
    for m in re.finditer(rf"(?<=[\w,;:’'\)]\s)(?P<n>[{_UP}][\w\-]{{2,}})(?!\s+[{_UP}])", text):
        counts.setdefault(m.group("n"), []).append(m.start("n"))
    taken = " ".join(found.values())
    for word, starts in counts.items():
        if len(starts) < 2 or word in taken or word in pack.stop_names:
            continue
        if word.lower() in _FUNCTION_WORDS or _auth_word(word) or is_place(word):
            continue
        if word in _NOT_COMPANY or word.upper() in _NOT_COMPANY or _defines_law(text, word):
            continue
        if re.search(r"(?:USD|EUR|RMB|GBP)$", word):
            continue
        if (word.isupper() and len(word) <= 3) or re.search(r"-[a-z]", word):
            continue
        if normalize(word) in _stop_tokens():
            continue
        if any(_is_person(text, a, pack) for a in _all_positions(text, word)):
            continue
        found.setdefault(word, word)


_ACRONYM = re.compile(r"(?<![\w.&-])[A-Z]{3,5}(?![\w&-]|\.\w)")
_CAMEL = re.compile(r"(?<![\w-])(?!Mc|Mac|De|Di|Le|La|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]{2,}(?![\w-])")
# acronyms that name no company: agencies, lists, titles, news agencies, markets
_NOT_COMPANY = frozenset(
    ["CEO", "CFO", "COO", "AFP", "PLA", "NDAA", "SDN", "OFAC", "OFSI", "BIS", "DOD", "USA", "GDP", "IPO", "ETF", "NYSE", "MSCI", "FTSE", "VTC", "FBI", "CIA", "NSA", "WTO", "IMF", "OPEC", "NATO", "CCMC", "CMIC", "MEU", "UVL", "LLC", "INC", "LTD", "PLC", "CORP", "JSC", "PJSC", "SAS", "GMBH", "OOO", "ONU", "OTAN", "PDG", "USD", "EUR", "RMB", "CNY", "HKD", "BBC", "CNN", "UTC", "GMT", "NBC", "CBS", "ABC", "API", "APL", "DDC", "SEC", "CFIUS", "EAR", "ITAR", "FCC", "DOJ", "DHS", "DOE", "EPA", "FDA", "NASA", "RELATED", "READ", "MORE", "NEW", "AND", "THE", "FOR", "NOT", "IT", "AI", "EAR", "UN", "EU", "UE", "US", "UK"]
)


def _shaped(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """Names whose shape marks them as companies even when named once without a cue: an
    acronym ("ZTE", "SMIC") or an inner capital ("EuroSibEnergo", "SenseTime")."""
    taken = " ".join([*found, *found.values()])
    lower: set[str] | None = None
    for rx in (_ACRONYM, _CAMEL):
        for m in rx.finditer(text):
            word = m.group(0)
            if rx is _ACRONYM:
                if lower is None:
                    lower = set(re.findall(r"(?<![\w’'\-])[a-zà-ÿ][\w’'\-]*", text))
                if word.lower() in lower:
                    continue  # "PAYER", "GAZ" in a capitalised headline: words the text also writes in lower case
            if word in _NOT_COMPANY or word in pack.stop_names or word in found or word in taken:
                continue
            if _auth_word(word) or normalize(word) in _stop_tokens() or is_place(word):
                continue
            if _defines_law(text, word) or re.search(r"(?:USD|EUR|RMB|GBP)$", word):
                continue  # "Regulations (“RuHSR”)", "335 MUSD"
            if rx is _CAMEL and any(word.startswith(f) and word[len(f):][:1].isupper() for f in found):
                continue  # two words glued by a lost space: "HuaweiDans"
            if rx is _ACRONYM and _is_person(text, m.start(), pack):
                continue
            found.setdefault(word, word)


def _defines_law(text: str, word: str) -> bool:
    """An acronym defined for a law, regulation, order, list or agency ("... Sanctions
    Regulations (“RuHSR”)"): no company."""
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
    return any(_auth_word(w.strip("’'s,.")) for w in before)


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
    prev = re.search(rf"([{_UP}][\w\-]+)\s+$", before)
    if prev and prev.group(1) not in pack.stop_names and prev.group(1).lower() not in _FUNCTION_WORDS:
        # "Rudolph Contreras", but not "Chinese Xiaomi" when the first is a stop word
        return not re.search(r"[.!?]\s*$", before[: prev.start()])
    return False


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


@lru_cache(maxsize=4)
def authority_spans(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every agency or court alias; cached because
    mentions and events both ask for the same article's."""
    pack = PACKS[lang]
    out = []
    for pattern, canonical in (*AUTHORITIES, *pack.authorities):
        for m in re.finditer(pattern, text):
            name = canonical.format(**m.groupdict()) if "{" in canonical else canonical
            out.append((m.start(), m.end(), name))
    return out


_LOW = "a-zß-öø-ÿ"
_PTOK = rf"(?:[{_UP}][{_LOW}’'\-]+|[{_UP}]{{2,}}(?:-[{_UP}]+)?)"
_PERSON = re.compile(rf"(?<![\w’'\-])(?P<n>{_PTOK}(?:[ ]{_PTOK}){{1,2}})(?![\w\-])")
# words before a name that mark an official, a judge or a reporter, not a designee
_ACTOR_TITLE = re.compile(
    r"(?i)(?:\b(?:judge|justice|juge|magistrate|secretary|secrétaire|spokes(?:wo)?man|spokesperson|"
    r"porte-parole|reporter|journaliste|correspondent|analyst|analyste|lawyer|avocat|attorney|"
    r"commissioner|commissaire|chancellor|chancelier|ambassador|ambassadeur|premier|PM|"
    r"editor|writes|wrote|by|par|selon|according\s+to|said|a\s+déclaré|a\s+indiqué)\s*)$"
)
_SPEAKER_AFTER = re.compile(
    r"^\s*(?:,\s*[^,]{0,60},\s*)?(?:said|says|told|announced|announces|wrote|added|noted|"
    r"argued|stated|declared|a\s+(?:déclaré|annoncé|indiqué|affirmé|expliqué|estimé)|"
    r"annonce|déclare|estime|explique)\b"
)


def _is_title_line(text: str, start: int) -> bool:
    """A headline-style line (most words capitalised): no person is read there."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : b if b >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 30 or line.rstrip().endswith((".", "!", "?", ".”", '."', ";", ":", ",")):
        return False
    if line.lstrip()[:1] in "•*-–" or re.search(r";\s+(?:or|and|ou|et)$", line.rstrip()):
        return False  # an item of a bulleted list
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) > 0.6


# a person as sanctions lists and releases write them: "IVANOV, Sergei Borisovich"
_LISTED_PERSON = re.compile(
    r"(?<![\w’'\-])(?P<s>[A-ZÀ-Ý][A-ZÀ-Ý’'\-]{3,}(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý’'\-]{2,})?),[ ]"
    r"(?P<g>[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:[ ][A-ZÀ-Ý][a-zà-ÿ’'\-]+){0,2})(?=\s*[,;.(]|\s+(?:and|et|\()|$)"
)


def _listed_people(text: str, pack: LangPack, taken_norm: set[str]) -> list[tuple[str, str, str]]:
    """(name as written, surname, given names) of people written surname first in capitals."""
    out: list[tuple[str, str, str]] = []
    for m in _LISTED_PERSON.finditer(text):
        sur, giv = m.group("s"), m.group("g")
        if sur in _NOT_COMPANY or _auth_word(sur) or is_place(sur):
            continue
        if any(t in pack.stop_names or t.lower() in _FUNCTION_WORDS or _auth_word(t) or is_place(t)
               for t in giv.split()):
            continue
        name = f"{sur}, {giv}"
        if all(n != name for n, _s, _g in out):
            out.append((name, sur, giv))
    return out


def find_persons(text: str, lang: str, taken: Iterable[str]) -> list[Mention]:
    """People named with a first name and a surname ("Mikhail Fridman", "Alexey
    Aleksandrovich PETROV", "l'Américain John Mark Dougan" → "John Mark Dougan"), and
    later mentions of the surname alone. Officials, judges and speakers (a title before
    the name, "said" after it) are not taken: they act, they are not designated."""
    pack = PACKS[lang]
    taken_norm = {normalize(t) for t in taken}
    found: dict[str, str] = {}
    actors: set[str] = set()
    listed_style = _listed_people(text, pack, taken_norm)
    given = {g for _n, _s, g in listed_style}
    for m in _PERSON.finditer(text):
        if m.group("n") in given and re.search(r"[A-ZÀ-Ý]{3,},\s*$", text[max(0, m.start() - 30) : m.start()]):
            continue  # the given names of "IVANOV, Sergei Borisovich"
        toks = m.group("n").split()
        if len(toks[-1]) > 3 and toks[-1][-2:] in ("'s", "’s"):
            toks[-1] = toks[-1][:-2]  # "Evgeny Prigozhin's mother": the name is Evgeny Prigozhin
        elif len(toks[-1]) > 3 and toks[-1][-1] in "'’":
            toks[-1] = toks[-1][:-1]  # "Kylin Microsystems' parent"
        start = m.start("n")
        while toks and (toks[0] in pack.stop_names or toks[0].lower() in _FUNCTION_WORDS or _ELIDED.match(toks[0])
                        or _DESCRIPTOR_TOKEN.search(toks[0])
                        or (is_place(toks[0]) and len(toks) > 2)
                        or (len(toks) > 2 and re.fullmatch(pack.person_titles, toks[0]))):
            start += len(toks[0]) + 1
            toks.pop(0)
        if len(toks) < 2 or _is_title_line(text, m.start()):
            continue
        if any(t in pack.stop_names or t.rstrip(".") in SUFFIX_WORDS or _auth_word(t) or t in _ORG_TAIL_SET
               or t.lower() in _FUNCTION_WORDS or len(t) < 2 for t in toks):
            continue
        if is_place(toks[0]) and not toks[0].isupper() and len(toks) == 2 and is_place(toks[1]):
            continue
        if any(normalize(t) in _stop_tokens() for t in toks) or is_place(" ".join(toks)):
            continue
        if all(w in _PLACE_GLUE for t in toks for w in normalize(t).split()):
            continue  # "People’s Republic", "United Kingdom": a country's words
        name = " ".join(toks)
        if normalize(name) in taken_norm or any(normalize(t) in taken_norm for t in toks):
            continue
        before = text[max(0, start - 40) : start]
        if re.search(rf"(?:\b{pack.person_titles})\.?\s*$", before) and not re.search(
            r"(?i)\b(?:president|président|minister|ministre|founder|fondateur|CEO|PDG|chairman|directeur|"
            r"directrice)\s*$", before
        ) or _ACTOR_TITLE.search(before) or _SPEAKER_AFTER.match(text[m.end("n") :]) or re.search(
            rf"(?:\b{pack.person_titles})\b[^,.;]{{0,45}},\s*$", before
        ) and not re.search(  # "son directeur, Ivan Petrov": the party's own officer
            rf"(?i)\b(?:son|sa|ses|leur|leurs|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{pack.person_titles})\b[^,.;]{{0,30}},\s*$",
            before,
        ):  # "Le secrétaire américain au Commerce, Wilbur Ross, a annoncé"
            actors.add(name)
            continue
        found.setdefault(name, name)
    mentions: list[Mention] = []
    for name, surname, _g in listed_style:
        for a in find_word(text, name):
            mentions.append(Mention(name=name, start=a, end=a + len(name), text=name, via="person"))
        for a in find_word(text, surname):
            if not text.startswith(name, a):
                mentions.append(Mention(name=name, start=a, end=a + len(surname), text=surname, via="person"))
    for name in found:
        if name in actors:
            continue
        forms = {name}
        last = name.split()[-1]
        if len(last) >= 4 and not any(last in a.split() for a in actors):
            forms.add(last)
        for form in forms:
            for a in find_word(text, form):
                if form == last and _ACTOR_TITLE.search(text[max(0, a - 40) : a]):
                    continue
                mentions.append(Mention(name=name, start=a, end=a + len(form),
                                        text=text[a : a + len(form)], via="person"))
    return mentions


def find_mentions(
    text: str, lang: str, gazetteer: Gazetteer | None = None
) -> tuple[list[Mention], list[Entity]]:
    """All mentions (non-overlapping, in text order) and the entities they refer to."""
    mentions = list(gazetteer.find(text)) if gazetteer else []
    people = {w for _n, sur, giv in _listed_people(text, PACKS[lang], set()) for w in (sur, giv)}
    orgs = [m for m in find_organisations(text, lang) if m.name not in people]
    mentions.extend(orgs)
    mentions.extend(find_persons(text, lang, [m.name for m in mentions] + [m.text for m in mentions]))
    mentions.extend(_listed_states(text))
    auth = authority_spans(text, lang)
    mentions = [
        m for m in _non_overlapping(mentions)
        if not any(a <= m.start < b or a < m.end <= b for a, b, _ in auth)
    ]
    entities: dict[str, Entity] = {}
    for m in mentions:
        ident = m.key or normalize(core_name(m.name))
        ent = entities.get(ident)
        if ent is None:
            # a rule-found name whose short form a gazetteer entity already holds
            norm_core = normalize(core_name(m.name))
            ent = next(
                (e for e in entities.values() if normalize(core_name(e.name)) == norm_core), None
            )
        if ent is None:
            ent = entities[ident] = Entity(name=m.name, key=m.key, listed=m.key is not None,
                                           person=m.via == "person")
        if m.key and not ent.key:
            ent.key, ent.listed = m.key, True
        if len(m.name) > len(ent.name) and not (ent.listed and m.via != "list"):
            ent.name = m.name
        ent.spans.append((m.start, m.end))
        ent.aliases.add(m.text)
        m.entity = ent
    _acronyms_to_names(mentions, entities)
    return mentions, list(entities.values())


#: lists whose parties are states, not companies or people
_STATE_LIST = re.compile(
    r"(?i)\bstate\s+sponsors?\s+of\s+terrorism\b|\bterrorism\s+sponsors?\b|\bSSTL?\b|\b(?:[ÉéEe]tats?|pays)\s+"
    r"(?:soutenant|finançant|soutiens?\s+du|parrains?\s+du|sponsors?\s+du|commanditaires?\s+du)\s+(?:le\s+)?terrorisme\b"
)
_COUNTRY_NAME = re.compile(r"(?<![\w’'\-])(?:(?:North|South)\s+)?[A-ZÀ-Ý][\wÀ-ÿ\-]+(?:\s+du\s+(?:Nord|Sud))?(?![\w\-])")


def _listed_states(text: str) -> list[Mention]:
    """Countries as parties, in an article about a list of states ("removed Sudan from the
    list of state sponsors of terrorism", "le Soudan est sorti de la liste des États
    soutenant le terrorisme"); anywhere else a country is a place, never a party."""
    if not _STATE_LIST.search(text):
        return []
    out = []
    for m in _COUNTRY_NAME.finditer(text):
        words = normalize(m.group(0)).split()
        core = [w for w in words if w not in ("north", "south", "du", "nord", "sud")]
        if len(core) == 1 and core[0] in COUNTRY_WORDS:
            out.append(Mention(name=m.group(0), start=m.start(), end=m.end(), text=m.group(0)))
    return out


def _initials(name: str) -> set[str]:
    """The acronyms a name's words make: of every word ("Petróleos de Venezuela S.A." →
    PDVSA) or of its capitalised words ("Bank of China" → BC, "BOC" with "of")."""
    words = [w for w in re.split(r"[\s.]+", anyascii(name)) if w]
    every = "".join(w[0] for w in words).upper()
    caps = "".join(w[0] for w in words if w[0].isupper()).upper()
    return {every, caps}


def _acronyms_to_names(mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """An acronym named on its own ("PDVSA, as the company is known") is the entity whose
    words it abbreviates ("Petróleos de Venezuela S.A."): one party, not two."""
    named = [e for e in entities.values() if not e.person and " " in e.name and not e.key]
    for ident, ent in list(entities.items()):
        if ent.key or ent.person or not re.fullmatch(r"[A-Z]{3,6}", ent.name):
            continue
        full = [e for e in named if ent.name in _initials(e.name)]
        if len(full) != 1:
            continue
        target = full[0]
        target.spans = sorted(target.spans + ent.spans)
        target.aliases |= ent.aliases
        for m in mentions:
            if m.entity is ent:
                m.entity = target
        del entities[ident]

