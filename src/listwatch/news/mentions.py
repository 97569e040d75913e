"""Who an article talks about.

Two sources of mentions:

1. **Gazetteer** — restricted parties already in the store, given as ``(key, name)``
   pairs. Names are normalised (ASCII transliteration, lower case, punctuation to
   spaces) and put in one Aho-Corasick automaton, with a second variant stripped of
   legal forms ("Xiaomi Corporation" → "xiaomi"). Hits are kept only on word
   boundaries, longest first.
2. **Rules** — organisations on no list (``organisations``), people (``persons``), and,
   in an article about a list of states, countries; name shapes and lexicons are in
   ``names``.

Mentions are made non-overlapping, grouped into entities, and initialisms joined to the
names they abbreviate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import ahocorasick
from anyascii import anyascii

from listwatch.match.normalize import normalize as match_normalize
from listwatch.text import core_name
from listwatch.text import name_key as normalize

from .case_roles import caption_mentions, case_side_mentions, role_mentions
from .credits import credit_spans
from .instruments import defined_acronyms, name_spans
from .lang import PACKS, calendar_words
from .lang.common import AUTHORITIES, STATE_ACTOR
from .lang.relief_acts import beneficiary_slot
from .names import (
    DATELINE_DASHED,
    KIN,
    OFFICE_WORDS,
    Entity,
    Mention,
    _non_overlapping,
    _stop_norm,
    find_word,
    initials,
    inside_other_name,
    is_place,
    market_index,
    shares_term_head,
)
from .nonparty_names import drop_nonparty_names
from .object_phrase import series_names
from .organisations import _org_shaped, find_organisations
from .persons import _HOLDER_OFFICE_KIND, _listed_people, find_persons, nicknamed
from .place_context import place_spans
from .places import COUNTRY_WORDS
from .regex_needs import Screen
from .shared_surnames import shared_surname_people

__all__ = ["Entity", "Gazetteer", "Mention", "authority_spans", "find_mentions", "find_organisations",
           "find_persons"]


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


@cache
def _authority_patterns(lang: str) -> tuple[tuple[tuple[str, str], ...], Screen]:
    patterns = (*AUTHORITIES, *PACKS[lang].authorities)
    return patterns, Screen([p for p, _canonical in patterns])


@lru_cache(maxsize=4)
def authority_spans(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every agency or court alias; cached because
    mentions and events both ask for the same article's."""
    patterns, screen = _authority_patterns(lang)
    out = []
    for (pattern, canonical), maybe in zip(patterns, screen.may_match(text), strict=True):
        if not maybe:
            continue  # a word the alias needs is nowhere in the text
        for m in re.finditer(pattern, text):
            name = canonical.format(**m.groupdict()) if "{" in canonical else canonical
            out.append((m.start(), m.end(), name))
    # "l'Union européenne" inside "le Tribunal de l'Union européenne": the court acts, not the Union
    return [(a, b, n) for a, b, n in out if not (
        STATE_ACTOR.fullmatch(text, a, b) and any(c <= a and b <= d and (c, d) != (a, b) for c, d, _n in out))]


_IN_BODY_NAME = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+(?:(?:and|et|&|of|de|du|des|the|la|le)[ \t]+)?[A-ZÀ-Ý][\w'’\-]*){0,5}?"
    r"[ \t]+(?:Committee|Comité|Council|Conseil|Commission|Tribunal|Court|Cour|Department|Ministry|Ministère|Panel)\b"
)


_PROGRAMME_NAME = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+(?:(?:and|et|&|of|the)[ \t]+)?[A-ZÀ-Ý][\w'’\-]*){0,5}?"
    r"[ \t]+(?:-related[ \t]+)?[Ss]anctions[ \t]+(?:[Ll]ists?|[Rr]egimes?|[Pp]rogram(?:me)?s?|[Rr]egulations|[Cc]ommittee)\b"
)


# a body named for two fields ("the Nicaraguan Institute of Telecommunications and Mail"):
# the word after "and" ends the body's name, no party of its own
_FIELD_BODY = re.compile(
    r"\b(?:Institute|Ministry|Department|Bureau|Office|Agency|Academy|University|Commission|Council|Center|Centre|"
    r"School|Authority|Administration|Directorate|Service)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?$"
)


def _institution_runs(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.key is None and m.key is None and " " not in m.text \
                and text[prev.end : m.start] in (" and ", " & ") and _FIELD_BODY.search(prev.name) \
                and not re.match(r"\s*[A-ZÀ-Ý]", text[m.end : m.end + 3]):
            full = text[prev.start : m.end]
            out[-1] = Mention(name=full, start=prev.start, end=m.end, text=full, via=prev.via)
            continue
        out.append(m)
    return out


# the kind an act puts its parties in, as an acronym ("a inscrit les milices comme GAX",
# "listed as FTOs"), or an acronym glossing a kind in the plural ("the « Armed Maritime
# Groups » (AMG)"): no party
_KIND_BEFORE = re.compile(
    r"(?i)\b(?:désign|class|qualifi|inscri|list|label|design|categori[sz])\w*\s+(?:[^,.;:()]{0,60}?\s)?"
    r"(?<!such\s)(?<!well\s)(?:comme|as|en\s+tant\s+qu['’]e?)\s+(?:(?:an?|une?|des)\s+)?$"
    r"|(?:organi[sz]ations|nationals|persons|entities|groups|groupes|personnes|entités|individus|individuals)"
    r"(?:\s+[a-zà-ÿ-]+){0,3}\s*[»”\"]?\s*\((?:[A-Z]{2,6}s?\s+(?:ou|or)\s+)?$"
)
_LIST_AFTER = re.compile(r"[ \t]+(?:[Ll]ists?|[Ll]istes?)\b"
                         # (or the rest of a list's capitalised name, however its head is
                         # written: "Velmar Restricted Traders and Vessels List")
                         r"|(?:[ \t]+(?:(?:and|of|the|&)[ \t]+)?[A-Z][\w'’\-]*){1,6}?[ \t]+List\b")
_GLOSSED_AFTER = re.compile(r"[ \t]+(?:de|du|des|of|for)[ \t]+(?:[a-zà-ÿ'’-]+[ \t]+){1,4}\([^()\n]{2,30}\)")
_OFFICE_NAME = re.compile(
    r"(?:['’]s|\bthe|\bThe)\s+(?:Bureau|Office|Directorate|Division)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:,?\s+(?:and|&)\s+|,\s+|\s+))*[A-Z][\w'’-]*"
)
_LAW_NAME = re.compile(r"(?:[ \t]+(?:(?:and|of|on|for|the)[ \t]+)?[A-Z][\w'’\-]*){0,5}?\)?[ \t]+Act\b(?![ \t]+[A-Z])")


# a capitalised office ("Minister for Investment", "Attorney General", "Secretary of the
# Presidency", "Ministre de l'Intérieur")
_OFFICE_IN_NAME = re.compile(
    r"\b(?:Minister|Ministre|Secretary|Secrétaire|Attorney|General|Général|Governor|Gouverneur|President|"
    r"Président|Presidency|Chairman|Director|Directeur|Deputy|Ambassador|Ambassadeur|Commander|Prosecutor|"
    r"Procureur|Senator|Sénateur|CEO|PDG)\b"
)


# a possessive, a kin noun, then a given name ("his wife Mira", « leur fils Petr »)
_KIN_NAMED = re.compile(
    r"(?i:\b(?:his|her|their|son|sa|ses|leur|leurs)\s+(?:(?:former|late|eldest|youngest|elder|younger|ex-|ancienne?|"
    r"défunte?|aînée?|cadette?)\s*)?(?:" + KIN + r"|femme)),?\s+(?P<n>[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?![\w-])(?!\s+[A-ZÀ-Ý])"
)


@cache
def _series_skip() -> frozenset[str]:
    """The words no item of a series is named by alone: calendar, office and stop words."""
    return frozenset(calendar_words() | _stop_norm() | {normalize(w) for w in OFFICE_WORDS})


def find_mentions(
    text: str, lang: str, gazetteer: Gazetteer | None = None
) -> tuple[list[Mention], list[Entity]]:
    """All mentions (non-overlapping, in text order) and the entities they refer to."""
    mentions = list(gazetteer.find(text)) if gazetteer else []
    people = {w for _n, sur, giv in _listed_people(text, PACKS[lang], set()) for w in (sur, giv)}
    orgs = [m for m in find_organisations(text, lang) if m.name not in people]
    if any(_OFFICE_IN_NAME.search(text, max(0, m.start - 30), m.end) for m in orgs):
        # a person named with a capitalised office run into the name ("Minister for Investment
        # Karel Ostrinov", "Norland Attorney General Ana Dolenc"): the person, not a company
        ends = {m.end: m.start for m in find_persons(text, lang, ())}
        titled = {m.name for m in orgs if m.end in ends and ends[m.end] > m.start
                  and _OFFICE_IN_NAME.search(text, max(0, m.start - 30), ends[m.end])}
        orgs = [m for m in orgs if m.name not in titled]  # (and its short forms)
    if any(_HOLDER_OFFICE_KIND.search(text, max(0, m.start - 80), m.start) for m in orgs):
        # an office, the body's kind, its one-word name and the holder run together (« le
        # directeur général de l'entreprise Orvex Karel Vodnik »): the body is the first word,
        # the person the rest (find_persons reads them so)
        ends = {m.end: m.start for m in find_persons(text, lang, ())}
        split = [m for m in orgs if m.end in ends and ends[m.end] > m.start and len(m.name.split()) == 3
                 and _HOLDER_OFFICE_KIND.search(text, max(0, m.start - 80), m.start)]
        for m in split:
            head = m.text.split()[0]
            orgs[orgs.index(m)] = Mention(name=head, start=m.start, end=m.start + len(head), text=head, via=m.via)
    nicks = nicknamed(text, lang)
    if nicks:
        # "Pavel “The Bear” Ostrov": one person; the given name, the nickname or the nickname
        # and the surname read alone as names are parts of that person's
        spans = [(a, b) for a, b, _n, _w in nicks]
        words = set().union(*(w for _a, _b, _n, w in nicks))
        orgs = [m for m in orgs if not any(a <= m.start < b for a, b in spans)
                and not set(re.findall(r"[\w-]+", m.name)) <= words]
    mentions.extend(orgs)
    mentions.extend(find_persons(text, lang, [m.name for m in mentions] + [m.text for m in mentions]))
    for a, b, name, _w in nicks:
        mentions.append(Mention(name=name, start=a, end=b, text=text[a:b], via="person"))
        last = name.split()[-1]
        for at in find_word(text, last):
            if not any(x <= at < y for x, y, _n, _w in nicks) and not inside_other_name(text, at, PACKS[lang]):
                mentions.append(Mention(name=name, start=at, end=at + len(last), text=last, via="person"))
    # given names joined before one surname ("Pavel and Roman Vadov"): each its own person
    shared = shared_surname_people(text, lang, mentions)
    if shared:
        given_at = {(m.start, m.end) for m in shared}
        mentions = [m for m in mentions if (m.start, m.end) not in given_at]
        mentions.extend(shared)
    for k in _KIN_NAMED.finditer(text):
        # a relative named by a given name alone after a possessive and the kin noun ("his
        # wife Mira", "their son Petr", « sa femme Mira », « leur fils Petr »): a person
        a, b, given = k.start("n"), k.end("n"), k.group("n")
        if given in PACKS[lang].stop_names or is_place(given) or any(m.start < b and a < m.end for m in mentions):
            continue
        mentions.append(Mention(name=given, start=a, end=b, text=given, via="person"))
    mentions.extend(_listed_states(text))
    mentions.extend(_relieved_states(text, lang))
    # the names a listing's or a removal's series holds that no finder read alone ("froze
    # the assets of the A bank, B and C"): one capitalised run an item
    for a, b in series_names(text, lang, [(m.start, m.end) for m in mentions], _series_skip()):
        mentions.append(Mention(name=text[a:b], start=a, end=b, text=text[a:b], via="text"))
    auth = authority_spans(text, lang)
    mentions = [
        m for m in _non_overlapping(mentions)
        if not any(a <= m.start < b or a < m.end <= b for a, b, _ in auth)
    ]
    # an acronym opening a body's name ("ISIL (Da'esh) and Al-Qaida Sanctions Committee
    # adds ..."): part of the authority, no party
    mentions = [m for m in mentions if m.key is not None or not _IN_BODY_NAME.match(text, m.end)
                or not m.text.isupper()]
    # a sanctions programme or list named after its target ("the ISIL (Da'esh) and
    # Al-Qaida Sanctions List", "the Global Magnitsky sanctions program"): no party
    mentions = [m for m in mentions if m.key is not None or not _PROGRAMME_NAME.match(text, m.end)]
    # a list's own name ("OFAC's SDN list", "the Entity List"), and the capitalised head of
    # a name written on in lower case and glossed in brackets ("du Mouvement de résistance
    # populaire (MRP)"): the bracket names the party, the head alone is none
    # (every mention of it: "« OTE »" later is the kind again; and an acronym in the plural,
    # "owned by SDNs", or a court's paper alone, "a Motion", is never one party)
    kinds = {m.text for m in mentions if m.key is None and re.fullmatch(r"[A-Z]{2,6}s?", m.text)
             and _KIND_BEFORE.search(text[max(0, m.start - 120) : m.start])}
    mentions = [m for m in mentions if m.key is not None or not (
        m.text in kinds or re.fullmatch(r"[A-Z]{2,6}s|Motions?", m.text))]
    mentions = [m for m in mentions if m.key is not None or not _LIST_AFTER.match(text, m.end)
                and not (" " not in m.text and _GLOSSED_AFTER.match(text, m.end))]
    # the rest of a government office's name ("the State Department's Bureau of Democracy,
    # Human Rights, and Labor"): the authority's, no party
    offices = [(o.start(), o.end()) for o in _OFFICE_NAME.finditer(text)]
    mentions = [m for m in mentions if m.key is not None or not any(a <= m.start < b for a, b in offices)]
    mentions = _institution_runs(text, mentions)
    # a byline on a line of its own ("By Jane Roe", "By Kestrel Wire Staff"): who wrote the
    # page; and a section's label above the headline ("Markets" then a longer title line)
    bylines = [(b.start(), b.end()) for b in _BYLINE.finditer(text)]
    section = _SECTION_LABEL.match(text)
    if section is not None:
        bylines.append((section.start("label"), section.end("label")))
    bylines += [(c.start("def"), c.end("def")) for c in _CAPTION_DEFENDANTS.finditer(text)]
    bylines += [(c.start("out"), c.end("out")) for c in _DATELINE_OUTLETS.finditer(text)
                if " / " in c["out"] or re.search(r"\d{4}$", c["out"])]
    bylines += [(c.start("out"), c.end("out")) for c in _DASHED_OUTLET.finditer(text)]
    # the page's credits (a byline after the editor's notes, "(Reporting by A; Editing by
    # B)", « (Reportage A ; version française B) »): its journalists, no party
    bylines += credit_spans(text)
    if bylines:
        mentions = [m for m in mentions if m.key is not None or not any(a <= m.start < b for a, b in bylines)]
    # the capitalised words of a law's name ("the Global Magnitsky Human Rights
    # Accountability Act of 2016", a bracketed part too: "the Economic Order (Openness and
    # Oversight) Act"): no party
    mentions = [m for m in mentions if m.key is not None or not _LAW_NAME.match(text, m.end)
                and not re.search(r"\s(?:Act|Acts)$", m.text)]
    # a legal instrument's capitalised name, or the acronym the article defines for one ("the
    # Convention on ...", "the Fourth and Fifth Amendments", "Regulations (or “XR”)", « le
    # plan d'action commun (PAC) »): what parties are listed or sued under, no party (a
    # company's name joined to it by "and" is the company's: "X Shipping Lines and Y Act")
    laws = name_spans(text)
    defined = defined_acronyms(text)
    mentions = [m for m in mentions if m.key is not None or not (
        m.text in defined or any(a <= m.start and m.end <= b for a, b in laws) and not _org_shaped(m.name))]
    # the quoted title of an order or a licence ("Imposing Sanctions with Respect to
    # Additional Sectors of Iran"): its capitalised words are no names, a company's
    # name or an acronym inside it still is
    titles = [(q.start(), q.end()) for q in _PAPER_TITLE.finditer(text)]
    for q in _LICENCE_TITLE.finditer(text):
        # (the names after "Involving" are whom the licence is for: only the words before)
        whom = re.search(r"\b(?:Involving|Regarding|With)\s+(?!Certain\b|Other\b)", q.group(0))
        titles.append((q.start(), q.start() + whom.start() if whom else q.end()))
    if titles:
        mentions = [m for m in mentions if m.key is not None or not any(a <= m.start < b for a, b in titles)
                    or _org_shaped(m.name) or re.search(r"[A-Z].*[A-Z]", m.text.replace(" ", ""))
                    and " " not in m.text]
    # a word that qualifies a noun with what it relates to ("Norland-related General License",
    # "a Norland-related broker"): an adjective, no name; and the letters of a licence's
    # number ("General Licence INT/2025/0001")
    # (the first part of a compound whose hyphen hangs, sharing the last one's head:
    # "Norland-/Vesta-related", "Norland- and Vesta-based": no name either)
    mentions = [m for m in mentions if m.key is not None or not (
        _RELATED_WORD.search(m.text) or _SUSPENDED.match(text, m.end) and m.text.endswith("-")
        or _LICENCE_NUMBER.search(text, max(0, m.start - 30), m.start)
        and _NUMBER_AFTER.match(text, m.end) or shares_term_head(text, m.text, m.end))]
    indices = {m.name for m in mentions if m.key is None and market_index(text, m.start, m.end)}
    mentions = [m for m in mentions if m.name not in indices]
    # a name the words around one of its mentions tell as a place ("from Ostrava province",
    # "the City of Varno", « le tribunal de Varno », "based in Varno"): every mention of it;
    # unless a mention heads a longer capitalised name: the article names a body after the
    # place ("the Varno Provincial Police"), which the place's name may stand for
    places = place_spans(text, [(m.start, m.end, m.name) for m in mentions
                                if m.key is None and not _org_shaped(m.name)])
    places -= {m.name for m in mentions if _HEADS_NAME.match(text, m.end)}
    mentions = [m for m in mentions if m.key is not None or m.name not in places]
    # names that can be no party by what they are: the rest of an authority's or a state's
    # longer name, a credited outlet, a reference (nonparty_names.py)
    mentions = drop_nonparty_names(text, mentions)
    # the party a court's caption names above its role ("KORLOV\nApplicant\n- and -")
    mentions = sorted(mentions + caption_mentions(text, mentions), key=lambda m: m.start)
    # "the Claimant", « le recourant »: the party the article gives that role
    mentions = sorted(mentions + role_mentions(text, mentions), key=lambda m: m.start)
    # the first side of a case named at a line's opening ("Makarov v. Canada"): a name
    mentions = sorted(mentions + case_side_mentions(text, mentions), key=lambda m: m.start)
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
    for ent in entities.values():
        if ent.person and all(_ORG_NOUN_BEFORE.search(text, max(0, a - 40), a) for a, _b in ent.spans):
            ent.person = False  # "le club de football Akhmat Grozny", "le fonds X": named after a person
    _acronyms_to_names(mentions, entities)
    _name_with_acronym(text, entities)
    return mentions, list(entities.values())


_SECTION_LABEL = re.compile(
    r"\s*(?P<label>[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,2})[ \t]*\n\s*(?:[^\s\n]+[ \t]+){4,}[^\n]+"
)
_BYLINE = re.compile(r"(?m)^[ \t]*(?:By|Par)[ \t]+[A-ZÀ-Ý][^\n.;:]{1,50}$")
# the outlets of a dateline that names two of them or the day in its bracket ("VELMAR
# (Norpress News / Velwire - 3rd March, 2023) The ministry ..."): who reports, no party
_DATELINE_OUTLETS = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-Ý][\w .'’-]{1,30}?\s*\((?P<out>[^()\n]{2,40}?(?:\s/\s[^()\n]{2,40}?)?"
    r"(?:\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})?)\)")
# the outlet after a dateline's place and dash, closed by a slash before the story's first
# sentence ("Velmar – NPA / Le ministère ..."): who reports, no party
_DASHED_OUTLET = re.compile("(?m)" + DATELINE_DASHED)
# the defendants of a case's caption ("X, et al., Plaintiffs, v. Y, Secretary of Z, et al.,
# Defendants."): the authority's side, never a party of the act the case is about
_CAPTION_DEFENDANTS = re.compile(
    r"(?:Plaintiffs?|Petitioners?|Appellants?|Applicants?),?\s+v\.?\s+(?P<def>[^\n]{1,160}?),?\s+"
    r"(?:et\s+al\.,?\s+)?(?:Defendants?|Respondents?|Appellees?)\b"
)
# capitalised words right after a mention, on its line: the mention heads a longer name
_HEADS_NAME = re.compile(r"[ \t]+[A-ZÀ-Ý][\w’'\-]")
#: the noun of an organisation right before a name shaped like a person's
_ORG_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:(?:le|la|the)\s+)(?:club(?:\s+de\s+(?:football|hockey|basket(?:-ball)?))?|football\s+club|fonds|fondation|"
    r"foundation|fund|charity|association|compagnie|société|company|firm|banque|bank|groupe|group)\s+$"
)


#: a quoted title opened by a gerund, as orders and licences are named
_PAPER_TITLE = re.compile(
    r"[“\"«]\s*(?:Imposing|Blocking|Authorizing|Authorising|Prohibiting|Taking|Addressing|Establishing|"
    r"Continuing|Expanding|Amending|Revoking|Suspending|Implementing|Protecting|Ending)\s[^”\"»\n]{5,250}[”\"»]"
)

# an adjective of relation ("Norland-related"), and a licence's number written with its
# letters and slashes after "General Licence" ("INT/2025/0001")
_RELATED_WORD = re.compile(r"^[\w'’.-]+-(?:related|Related|RELATED)$")
# what follows a hanging hyphen: a slash or a conjunction, then the compound it shares a head
# with ("/Vesta-related", " and Vesta-based", « et sino- »)
_SUSPENDED = re.compile(r"\s*(?:/|&|\b(?:and|or|et|ou)\b)\s*[\w'’.]+-")
_LICENCE_NUMBER = re.compile(r"(?i)\b(?:general\s+licen[cs]es?|GL)\s*(?:[-–:]\s*)?(?:no\.?\s*)?$")
_NUMBER_AFTER = re.compile(r"\s*/\s*\d")

# ... and a licence's title written after its number without quotes ("General License No.
# 12, Authorizing the Closing of Dealings Involving Certain Blocked Funds"): the gerund and
# the capitalised words and small words that follow it
_LICENCE_TITLE = re.compile(
    r"\bGeneral\s+Licen[cs]e\s+(?:No\.?\s*)?\d+[A-Z]?\s*[,:]\s*(?:Authorizing|Authorising)"
    r"(?:\s+(?:[A-Z][\w'’-]*|the|and|or|of|to|in|for|with|by))+"
)


def _name_with_acronym(text: str, entities: dict[str, Entity]) -> None:
    """An organisation the article names in full once and then by the acronym it defines
    ("Polar Star Shipbuilding Corporation (PSSC) ... PSSC had"): its name carries both,
    as a careful summary writes it, "Polar Star Shipbuilding Corporation (PSSC)". An
    acronym told bare before its definition ("NUME was added ... The entry National
    University of Marine Engineering (NUME)") leaves the full name as it is."""
    for ent in entities.values():
        if ent.key or ent.person or " " not in ent.name or "(" in ent.name:
            continue
        for alias in sorted(ent.aliases):
            if alias == ent.name or not (re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", alias) or re.fullmatch(
                    r"[A-Z][a-z]{2,7}", alias) and alias[0] == ent.name[0] and alias not in ent.name.split()):
                continue  # "PSSC", and a short name written as a word ("China Overseas Shipping (Cosco)")
            defined = re.search(rf"\(\s*[“\"'‘]?{re.escape(alias)}[”\"'’]?\s*\)", text)
            if defined and not re.search(rf"(?<![\w(“\"'‘]){re.escape(alias)}(?![\w”\"'’])", text[: defined.start()]):
                ent.name = f"{ent.name} ({alias})"
                break


#: lists whose parties are states, not companies or people
_STATE_LIST = re.compile(
    r"(?i)\bstate\s+sponsors?\s+of\s+terrorism\b|\bterrorism\s+sponsors?\b|\bSSTL?\b|\b(?:[ÉéEe]tats?|pays)\s+"
    r"(?:soutenant|finançant|soutiens?\s+du|parrains?\s+du|sponsors?\s+du|commanditaires?\s+du)\s+(?:le\s+)?terrorisme\b"
)
_COUNTRY_NAME = re.compile(r"(?:(?<=\b[lLdD]['’])|(?<![\w’'\-]))(?:(?:North|South)\s+)?[A-ZÀ-Ý][\wÀ-ÿ\-]+(?:\s+du\s+(?:Nord|Sud))?(?![\w\-])")


# what a sentence names when a country in it is a listed state: a list, the list of
# states' own words, or the list told again by a pronoun
_STATE_LIST_WORD = re.compile(
    r"(?i)\b(?:lists?|listes?|listings?|delist\w*|SSTL?|sponsors?|soutenant|soutien\s+(?:du|au)\s+terrorisme|"
    r"parrains?|commanditaires?|finançant)\b|"
    # the list told again by a pronoun (« la Syrie y figure », "Syria remains on it")
    r"\by\s+(?:figur|rest|entr|est\b|sont\b|revien|retourn|demeur|ajout|inscri|maintenu|remis|replac)|"
    r"\b(?:on|from|off|onto)\s+(?:it|them)\b"
)
_SENTENCE_BOUND = re.compile(r"[.!?]\s|\n")


def _listed_states(text: str) -> list[Mention]:
    """Countries as parties, in an article about a list of states ("removed Sudan from the
    list of state sponsors of terrorism", "le Soudan est sorti de la liste des États
    soutenant le terrorisme"); anywhere else a country is a place, never a party. Even
    there, a country is a listed state only in a sentence that tells a list: one named
    as the regime a round of sanctions is about ("sanctions related to the war, a message
    aimed at X", « un message envoyé à l'encontre de la X ») is a place."""
    if not _STATE_LIST.search(text):
        return []
    out = []
    for m in _COUNTRY_NAME.finditer(text):
        words = normalize(m.group(0)).split()
        core = [w for w in words if w not in ("north", "south", "du", "nord", "sud")]
        if len(core) == 1 and core[0] in COUNTRY_WORDS:
            opens = [b.end() for b in _SENTENCE_BOUND.finditer(text, 0, m.start())]
            close = _SENTENCE_BOUND.search(text, m.end())
            sentence = text[opens[-1] if opens else 0 : close.start() if close else len(text)]
            if _STATE_LIST_WORD.search(sentence):
                out.append(Mention(name=m.group(0), start=m.start(), end=m.end(), text=m.group(0)))
    return out


def _relieved_states(text: str, lang: str) -> list[Mention]:
    """Countries as parties of a relief act: a country in the place of whom a licence, a
    waiver or an exemption is for ("granted a waiver to X", « a exempté l'X des sanctions »,
    « l'X a obtenu une prolongation de son exemption »; ``lang.relief_acts``). Its other
    mentions stay places."""
    if lang not in ("en", "fr"):
        return []
    out = []
    for m in _COUNTRY_NAME.finditer(text):
        words = normalize(m.group(0)).split()
        core = [w for w in words if w not in ("north", "south", "du", "nord", "sud")]
        if len(core) != 1 or core[0] not in COUNTRY_WORDS:
            continue
        opens = [b.end() for b in _SENTENCE_BOUND.finditer(text, 0, m.start())]
        close = _SENTENCE_BOUND.search(text, m.end())
        a = opens[-1] if opens else 0
        sentence = text[a : close.start() if close else len(text)]
        if beneficiary_slot(sentence, m.start() - a, m.end() - a, lang):
            out.append(Mention(name=m.group(0), start=m.start(), end=m.end(), text=m.group(0)))
    return out


def _initials(name: str) -> set[str]:
    """The acronyms a name's words make (``names.initials``): of every word ("Petróleos de
    Venezuela S.A." → PDVSA), of its capitalised words ("Bank of China" → BC, "BOC" with
    "of")."""
    return initials([w for w in re.split(r"[\s.]+", anyascii(name)) if w])


def _acronyms_to_names(mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """An acronym named on its own ("PDVSA, as the company is known") is the entity whose
    words it abbreviates ("Petróleos de Venezuela S.A."): one party, not two."""
    named = [e for e in entities.values() if not e.person and " " in e.name and not e.key]
    for ident, ent in list(entities.items()):
        if ent.key or ent.person or not re.fullmatch(r"[A-Z][A-Za-z]{2,5}", ent.name) \
                or sum(c.isupper() for c in ent.name) < 3:
            continue  # ("PDVSA", "PdVSA")
        full = [e for e in named if ent.name.upper() in _initials(e.name)]
        if len(full) != 1:
            continue
        target = full[0]
        target.spans = sorted(target.spans + ent.spans)
        target.aliases |= ent.aliases
        for m in mentions:
            if m.entity is ent:
                m.entity = target
        del entities[ident]


