"""An act told in the generic or the habitual present is no act: it says what a body or a
measure of a kind does as a rule, not what it did ("The agency puts persons and firms on
its list for security reasons", "Every year the office takes individuals off its list",
« Chaque année, le ministère retire des personnes de sa liste »). Two marks tell that mode
of a verb in the simple present, or of a present participle after a measure's noun
("measures targeting rogue states"), with no auxiliary before it and no day or year in its
clause:

- the object is a bare plural of a kind of party, in English (no determiner, no number,
  no name set beside it, no cue of members after it: "takes persons and firms
  off its list", "freezes the assets of officials"); a bare plural object is the
  English generic. A measure as the object ("lifts sanctions on X") is no party's kind.
- an adverb of habit in the clause, in either language ("each year", "typically",
  "usually", « chaque année », « généralement », « d'ordinaire »).

And an act told as a participle on the sentence's subject, whose verb in the present tells
what follows from it ("A firm added to the list faces export curbs", « Un pays inscrit sur
cette liste, subit des restrictions »): a condition and its consequence, the act's rule
(a participle reads as "once" or "if" there), no act. A day in the participle's phrase,
or a main verb of another kind or tense ("X, added to the list, said"), keeps the act.

And an act's noun with no determiner opening a heading, told with the list and no party
before a colon ("Removal from the Entity List: the steps", « Inscription sur la liste
noire : les critères »): the act as a topic, no act ("Removal of X from the list:" names
its party and keeps it).

And an act's noun as a mass noun, alone after a preposition with no determiner nor
possessive and no party, agent or day after it ("decisions on delisting", "grounds for
designation", « en matière de radiation »): the act as a concept, what it is, no act done.
A preposition of time ("after removal from the list, X resumed") is left: the main
clause's subject is the party.

Near misses keep their act: the past ("removed individuals"), a progressive or a
perfect ("is adding firms", "has placed persons"), a counted or determined object ("adds
seven firms", "places the firm"), a day ("on Monday it removes individuals"), and
members named after the kind ("adds firms such as A").
"""

from __future__ import annotations

import re

from .triggers import Trig

# the verb of the act: the simple present, or a present participle (English)
_PRESENT = {
    "en": re.compile(r"(?i)[a-z]+(?<!ss)(?<!us)(?<!is)s|[a-z]+ing"),
    "fr": re.compile(r"(?i)[a-zà-ÿ]+(?<![éè])(?:e|ent)"),
}
_ADVERB = re.compile(r"(?i)[a-zà-ÿ]+(?:ly|ment)")
# words of that shape that are no verbs
_FUNCTION_WORD = re.compile(r"(?i)its|his|has|was|does|this|thus|plus|less|unless|across|always|perhaps|news|"
                            r"among|during|according|including|following|regarding|concerning|notwithstanding")
_MEASURE = re.compile(r"(?i)sanctions|measures|penalties|restrictions|bans|freezes|embargoes|programs|programmes|regimes")
# an auxiliary, a modal or an infinitive's mark before the verb: a tense of its own
_AUX_BEFORE = {
    "en": re.compile(
        r"(?i)\b(?:has|have|had|is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|does|"
        r"do|did|to)\s+(?:[\w'’-]+\s+)?$"),
    "fr": re.compile(
        r"(?i)\b(?:a|ont|avait|avaient|est|sont|été|va|vont|sera|seront|être|ne|n['’])\s*(?:[\w'’-]+\s+)?$"),
}
# a day or a year in the clause tells one act
_TIME = re.compile(
    r"(?i)\b(?:1[89]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)|(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|yesterday|tonight|"
    r"aujourd['’]hui|hier)\b"
)
# adverbs of habit
_HABIT = re.compile(
    r"(?i)\b(?:(?:each|every)\s+(?:year|month|week|day|time|quarter)|typically|usually|generally|normally|routinely|"
    r"regularly|often|frequently|periodically|ordinarily|customarily|as\s+a\s+(?:general\s+)?rule|"
    r"chaque\s+(?:année|an|mois|semaine|jour|fois|trimestre)|tous\s+les\s+(?:ans|mois|jours)|généralement|"
    r"habituellement|régulièrement|souvent|normalement|ordinairement|fréquemment|périodiquement|"
    r"en\s+(?:général|règle\s+générale)|d['’]ordinaire)\b"
)
# a bare plural of a kind of party as the object (English): no determiner or number
# first, up to two modifiers (lower case, or a word of nationality), the kind, and no
# name set beside it
_KINDS = (
    r"individuals|persons|people|entities|companies|firms|businesses|organi[sz]ations|groups|parties|states|"
    r"countries|nations|nationals|banks|vessels|ships|tankers|officials|suppliers|traders|networks|actors|"
    r"oligarchs|terrorists|targets|designees|names"
)
_BARE_PLURAL = re.compile(
    r"\s+(?:(?:also|typically|usually|generally|often|routinely|regularly)\s+)?"
    r"(?:(?:the\s+)?(?:assets|funds|property|holdings)\s+of\s+)?"
    r"(?!(?:the|a|an|its|their|his|her|this|these|those|some|several|many|all|both|any|each|every|other|more|"
    r"two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d)\b)"
    r"(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i))\s+){0,2}?(?:" + _KINDS + r")\b"
    r"(?!\s+[A-Z\"“(])"
)
_MEMBERS_CUE = re.compile(r"(?i)\b(?:including|such\s+as|notably|namely|among\s+them|like|dont|notamment|comme|"
                          r"tels?\s+que|parmi\s+(?:elles|eux))\b|:")


# the act's participle, no auxiliary: "added", « ajouté »
_PARTICIPLE = re.compile(r"(?i)[\w-]+(?:ed|é|ée|és|ées|it|ite|its|ites)")
# the subject the participle qualifies: the sentence's opening noun phrase, no verb in it
_SUBJECT_BEFORE = re.compile(
    r"^\W*(?:(?i:the|a|an|any|every|each|le|la|les|un|une|tout|toute|tous|toutes|chaque)\s+|l['’]\s*|(?-i:[A-ZÀ-Ý]))"
    r"(?:[\w'’-]+\s+){0,3}[\w'’-]*\s*$"
)
# the main verb after the participle's phrase: a verb of consequence in the present
_CONSEQUENCE = re.compile(
    r"[^,.;:()]{0,60}?,?\s+(?:(?i:also|then|thus|aussi|alors|donc|automatiquement|automatically)\s+)?(?i:"
    r"entails?|means?|impl(?:y|ies)|triggers?|brings?|leads?\s+to|results?\s+in|carr(?:y|ies)|requires?|faces?|"
    r"exposes?|loses?|deprives?|"
    r"indui(?:t|sent)|entraîn(?:e|ent)|impliqu(?:e|ent)|signifi(?:e|ent)|vaut|valent|déclench(?:e|ent)|"
    r"se\s+tradui(?:t|sent)\s+par|expos(?:e|ent)|priv(?:e|ent)|subi(?:t|ssent)|perd(?:ent)?)\b"
)


# an act's noun opening a heading: its list, then a colon, no party between
_TOPIC = re.compile(
    r"\s+(?:(?i:from|to|on|onto|off)\s+(?:the\s+)?|(?i:sur|à|de)\s+(?:la|les|l['’])\s*)[^:.;,()]{0,50}?"
    r"(?i:list|liste|register|registre)\w*[^:.;()]{0,30}?\s*:"
)


def _topic(sent: str, t: Trig) -> bool:
    """The act ``t`` is a noun with no determiner heading the sentence, told with its list
    and no party before a colon."""
    opening = sent[: t.start].strip(" \t\n•*-–#")
    return not opening and sent[t.start : t.start + 1].isupper() and " " not in sent[t.start : t.end].strip() \
        and _TOPIC.match(sent, t.end) is not None


# an act's noun as a mass noun, the act as a concept: the noun alone, with no determiner
# nor possessive, right after a preposition ("decisions on delisting", "grounds for
# designation", "the risk of blacklisting", « en matière de radiation », « les critères
# d'inscription »), and no party, day or agent after it
# ("the delisting of X", "designation of X", « radiation de X », "its removal"): it names
# what the act is, not an act done (after a preposition of time, "after removal from the
# list, X resumed", the main clause's subject is its party)
_ACT_NOUN = re.compile(r"(?i)(?:de-?)?listing|relisting|blacklisting|designation|removal|radiation|inscription|"
                       r"désignation|désinscription")
_BARE_BEFORE = re.compile(
    r"(?i)(?:\b(?:on|for|of|about|against|regarding|concerning|toward|towards|sur|pour|contre|de)\s+|\bd['’]\s*)$"
)
_PARTY_AFTER = re.compile(
    r"(?i)\s*(?:,\s*)?(?:of|by|de|du|des|d['’]|par)\b|\s+(?-i:[A-ZÀ-Ý])|\s+(?:in|on|en|le)\s+(?:\d|(?-i:[A-Z]))"
)


def _concept(sent: str, t: Trig) -> bool:
    """The act ``t`` is its noun alone after a preposition, with no party after it."""
    span = sent[t.start : t.end].strip()
    return _ACT_NOUN.fullmatch(span) is not None \
        and _BARE_BEFORE.search(sent, max(0, t.start - 20), t.start) is not None \
        and _PARTY_AFTER.match(sent, t.end) is None


def _condition(sent: str, lang: str, t: Trig) -> bool:
    """The act ``t`` is a participle on the sentence's subject, and the main verb tells
    its consequence in the present."""
    span = sent[t.start : t.end].strip()
    if " " in span or not _PARTICIPLE.fullmatch(span) or not _SUBJECT_BEFORE.search(sent, 0, t.start) \
            or lang not in _AUX_BEFORE or _AUX_BEFORE[lang].search(sent, max(0, t.start - 30), t.start):
        return False
    then = _CONSEQUENCE.match(sent, t.end)
    return then is not None and not _TIME.search(sent, 0, then.end())


def _verbs(sent: str, lang: str, t: Trig) -> list[tuple[int, int]]:
    """The words opening the trigger ``t`` that may be its verb in the simple present (or
    a present participle): their spans."""
    present = _PRESENT.get(lang)
    if present is None:
        return []
    words = list(re.finditer(r"[\w'’-]+", sent[t.start : t.end]))
    # (the verb opens the trigger, or follows a measure's noun: "sanctions targeting")
    if len(words) > 1 and lang == "en" and _MEASURE.fullmatch(words[0].group(0)):
        words = words[:2]
    else:
        words = words[:1]
    out = []
    for m in words:
        word = m.group(0)
        if not _ADVERB.fullmatch(word) and not _FUNCTION_WORD.fullmatch(word) and present.fullmatch(word) \
                and (lang == "en" or not word.lower().endswith("ing")):
            out.append((t.start + m.start(), t.start + m.end()))
    return out


def generic_act(sent: str, lang: str, t: Trig, clause: tuple[int, int]) -> bool:
    """The act ``t`` is told in the generic or the habitual present (its clause is
    ``clause``): no act."""
    if t.event not in ("designation", "removal"):
        return False
    if _condition(sent, lang, t) or _topic(sent, t) or _concept(sent, t):
        return True
    verbs = _verbs(sent, lang, t)
    if not verbs or _AUX_BEFORE[lang].search(sent, max(0, verbs[0][0] - 30), verbs[0][0]):
        return False
    a, b = clause
    if _TIME.search(sent, a, b):
        return False
    if _HABIT.search(sent, max(0, verbs[0][0] - 60), min(b, t.end + 30)):  # (a fronted adverb too)
        return True
    if lang != "en":
        return False
    # (a heading in capitals tells no name by its case)
    text = sent.lower() if sent.isupper() else sent
    return any(_BARE_PLURAL.match(text, end) is not None for _start, end in verbs) \
        and not _MEMBERS_CUE.search(text, verbs[0][1])
