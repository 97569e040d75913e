"""What a court's act, or a verb of undoing or contesting, bears on: a listing, or a thing
of no restriction list at all.

A vacatur undoes a listing and a lawsuit contests one; the same verbs ("annul", "set
aside", « annuler », "challenge", « contester ») are also said of a trip, a contract, an
order for goods, a fine or a passport, and courts rule on elections and on payment
systems. Two tests keep those out:

- ``foreign_object``: the verb's object, read right after it (past its determiners, a
  number or a day), is a common noun that names no measure and no act of an authority
  (no sanction, listing, freeze, ban, decision, order, regulation, judgment ...): "cancelled
  its bookings" in French, "challenged a civil penalty", « a annulé son passeport ». A
  court ruling "in favour of" the side that defends the measure (the defendants, the
  government) rules for the measure: no vacatur either. An object that opens with a name,
  a pronoun, a preposition or a comma is left to the other rules, and so is a quality of
  a measure told after it ("the legality of its designation", « le bien-fondé de son
  inscription »).
- ``other_matter``: an article that names no listing measure anywhere (no sanction,
  designation, list other than an electoral one, blacklist, asset freeze or blocking, ban,
  restriction, prohibition, export control, divestment order or proscription; a trade
  embargo alone is none) and names another
  matter courts rule on (a vote and its rolls, a fine or a penalty, a conviction) tells no
  court event of ours. An article that names neither (a sentence alone: "X sued the
  Pentagon") is left to the other rules.
"""

from __future__ import annotations

import re

from .lang.court_verdicts import decided_for
from .triggers import Trig

# the verb-like triggers whose object is read (a noun trigger is read past its "of" / « de »)
_OBJECT_READ = frozenset({"vacatur", "legal_challenge"})

# words that may stand between the verb and its object's noun: determiners, possessives,
# numbers, a day or a date, an adverb, "both", "all"
_LEAD = re.compile(
    r"(?i)(?:\s*(?:the|a|an|its|his|her|their|this|that|these|those|all|both|each|some|two|three|several|"
    r"le|la|les|l['’]|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|ce|cet|cette|ces|tous|toutes|deux|trois|"
    r"plusieurs|[$€£]?\d[\d.,]*(?:\s*(?:%|\$|€|£))?|"
    # a day or an adverb told between ("annulled on Monday the ...", « a annulé jeudi l'... »)
    r"on|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|also|aussi|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|"
    r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|1er|"
    r"[a-zà-ÿ]{3,}ment|[a-z]{3,}ly)\b['’]?)*\s*"
)
# the trigger is a passive or a participle after its noun ("sanctions ... were annulled
# due to ..."): its object stands before it, not read here
_PASSIVE_BEFORE = re.compile(
    r"(?i)\b(?:was|were|been|be|being|is|are|été|est|sont|soit|soient|fut|furent|sera|seront|serait|seraient|"
    r"était|étaient)\s+(?:\w+\s+)?$"
)
# an object's noun phrase opens with a determiner, a possessive or a number
_DETERMINER = re.compile(
    r"(?i)(?:^|\s)(?:the|a|an|its|his|her|their|this|that|these|those|all|both|each|some|two|three|several|"
    r"le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces|deux|trois|plusieurs|[$€£]?\d)"
)
# the first words of the object: at most three lower-case words, ended by a preposition,
# a conjunction, a relative word or punctuation
# (a capitalised qualifier after the first word is a regime's or a body's name, not the head: "the
# first UK Syria asset freeze of X", « le premier gel UE des avoirs de X »)
_HEAD_WORDS = re.compile(r"[a-zà-ÿ][\w’'-]*\s*(?:(?:[a-zà-ÿ][\w’'-]*|(?-i:[A-ZÀ-Ý])[\w’'.-]*)\s*){0,4}")
_STOP = re.compile(
    r"(?i)^(?:of|by|for|on|in|at|to|from|with|under|against|and|or|but|that|which|who|imposed|issued|"
    r"de|du|des|d|par|pour|sur|en|à|au|aux|avec|contre|et|ou|mais|qui|que|dont|alors|imposée?s?|prise?s?|"
    r"it|them|him|her|itself|themselves)$"
)
# the nouns of a measure or of an authority's or a court's act: the object of ours
_MEASURE_OR_ACT = re.compile(
    r"(?i)^(?:sanction|designat|désign|list|delist|blacklist|inscri|radiation|freez|frozen|gel|ban|interdi|"
    r"embargo|measure|mesure|restrict|decision|décision|order|ordre|ordonnance|arrêt|decree|décret|"
    r"regulation|règlement|rule|règle|act|acte|law|loi|statut|provision|disposition|judg|jugement|ruling|"
    r"verdict|determination|notice|avis|entr|inclusion|maintien|retention|renewal|prolong|prorog|"
    r"réinscri|relist|re-list|resolution|résolution|executive|directive|implementing|finding|refus|"
    r"proscri|prohibit|prohibition|block|denial|classification|qualification|mise|placement|"
    r"opinion|conclusion|procédure|proceeding|case|affaire|claim|appeal|appel|recours|requête|application|"
    r"request|demande|petition|action|complaint|plainte|lawsuit|suit|policy|politique|programme|program|"
    r"power|pouvoir|authority|autorité|choice|choix|move|step|plan|part|parts|portion|partie|parties)"
)
# the side a court rules for when it rules for the measure: the defendants, the government
_AUTHORITY_SIDE = re.compile(
    r"(?i)\s*(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?(?:(?:British|UK|U\.?S\.?|EU|European|federal)\s+)?"
    r"(?:defendants?|respondents?|government|administration|"
    r"authorities|agency|state|défendeurs?|défenderesses?|gouvernement|administration|autorités|état|"
    # the authority that made the listing, by its kind or its name ("the Foreign Office",
    # "the Treasury", "the Council", "the Home Secretary", "the ministry")
    r"(?:foreign|home)\s+(?:office|secretary)|treasury|council|commission|ministry|minister|department|secretary|"
    r"pentagon|crown|fcdo|ofac|ofsi|trésor|conseil|ministère|ministre|département|pentagone|EU|UE)\b"
)
_IN_FAVOUR = re.compile(r"(?i)\bin\s+fav(?:o|ou)r\s+of\s*$")
# the trigger's last word is the verb whose object is read, or the act's noun
_VERB_OR_NOUN = re.compile(
    r"(?i)^(?:annul\w*|aside|down|quash\w*|overturn\w*|invalidat\w*|invalid[ée]\w*|vacat(?:e|ed|es|ing)|"
    r"cass[ée]e?s?|infirm\w*|challeng(?:e|ed|es|ing)|contest\w*|attaqu\w*|annulment|annulation|invalidation)$"
)
_NOUN = re.compile(r"(?i)^(?:annulment|annulation|invalidation)$")
# a noun trigger is read past its "of" / « de »
_NOUN_OF = re.compile(r"(?i)\s*(?:of|de|du|des|d['’])\b\s*")


# "of" / « de » and, within a few words, a measure's or an act's noun
_OF_MEASURE = re.compile(
    r"(?i)\s*(?:of|de|du|des|d['’])\s*(?:[\w'’-]+\s+){0,4}?(?=\S)"
    r"(?:sanction|designat|désign|list|delist|blacklist|inscri|radiation|freez|frozen|gel|ban|interdi|embargo|"
    r"measure|mesure|restrict|decision|décision|order|ordre|ordonnance|arrêt|decree|décret|regulation|règlement|"
    r"act|acte|judg|jugement|ruling|determination|entr|inclusion|maintien|prolong|prorog|relist|re-list)"
)


# where a clause opens: the sentence's start, a punctuation mark, a conjunction
_CLAUSE_OPEN = re.compile(r"(?i)(?:^|[,;:(]|\b(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)\b)\s*")
_PUNCT_OPEN = re.compile(r"(?:^|[,;:(])\s*")
_NEAR_SUBJECT = re.compile(
    r"(?i)(?<=\s)(?:the|its|his|her|their|le|la|les|l['’]|son|sa|ses|leur|leurs)\s*(?:[a-zà-ÿ][\w’'-]*\s+){1,3}$"
)
# a measure's or an act's word anywhere in the passive's clause ("the sanctions against
# the company and its director were annulled"): the measure is what was undone
_MEASURE_IN_CLAUSE = re.compile(
    r"(?i)\b(?:sanction|designat|désign|list|delist|blacklist|inscri|radiation|freez|frozen|gel|ban|interdi|"
    r"embargo|measure|mesure|restrict|decision|décision|order|ordre|ordonnance|arrêt|decree|décret|"
    r"regulation|règlement|judg|jugement|ruling|verdict|prohibit|proscri|block|bloc|relist|réinscri)"
)


def _foreign_subject(before: str) -> bool:
    """The subject of a passive undoing verb, told in its clause right before the auxiliary,
    is a thing that names no measure ("their work permits will be annulled", « leurs visas
    seront annulés »): read from the last clause opening that a determiner follows, when
    nothing since the last punctuation mark names a measure or an act ("the sanctions on
    the firm and its owner were annulled" undoes the sanctions)."""
    clause = [m.end() for m in _PUNCT_OPEN.finditer(before)][-1]
    if _MEASURE_IN_CLAUSE.search(before, clause):
        return False
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(before) if m.end() >= clause]
    # (a noun phrase right before the auxiliary, after a verb: "said its licences were")
    near = _NEAR_SUBJECT.search(before, clause)
    if near is not None:
        opens.append(near.start())
    for pos in reversed(opens):
        lead = _LEAD.match(before, pos)
        if lead is None or not _DETERMINER.search(lead.group(0)):
            continue
        head = _HEAD_WORDS.match(before, lead.end())
        if head is None:
            return False  # a name, a quote: not read here
        kept: list[str] = []
        for w in head.group(0).split():
            if _STOP.match(w):
                break
            kept.append(w)
        return bool(kept) and not any(_MEASURE_OR_ACT.match(w) for w in kept)
    return False


def foreign_object(sent: str, t: Trig) -> bool:
    """The vacatur or challenge trigger ``t`` bears on a thing that is no measure and no
    act ("challenged a civil penalty", « a annulé son passeport »), or a court rules for
    the side defending the measure ("ruled in favour of the defendants")."""
    if t.event not in _OBJECT_READ:
        return False
    if _IN_FAVOUR.search(sent, t.start, t.end):
        return t.event == "vacatur" and _AUTHORITY_SIDE.match(sent, t.end) is not None
    if decided_for(sent[t.start : t.end]):
        return False  # "X was cleared by the court": the subject is the party, its object no measure
    passive = _PASSIVE_BEFORE.search(sent, max(0, t.start - 30), t.start)
    if passive is not None:
        return _foreign_subject(sent[: passive.start()])
    pos = t.end
    word = sent[t.start : t.end].split()[-1] if sent[t.start : t.end].split() else ""
    if not _VERB_OR_NOUN.match(word):
        return False  # the trigger holds its own object ("challenge to its designation")
    if _NOUN.match(word):
        noun_of = _NOUN_OF.match(sent, pos)
        if noun_of is None:
            return False
        pos = noun_of.end()
    lead = _LEAD.match(sent, pos)
    if lead is None or not _DETERMINER.search(lead.group(0)):
        return False  # no determiner: an adverb or a preposition may follow, not read here
    pos = lead.end()
    head = _HEAD_WORDS.match(sent, pos)
    if head is None:
        return False  # a name, a quote, a comma: not read here
    kept: list[re.Match[str]] = []
    for w in re.finditer(r"\S+", head.group(0)):
        if _STOP.match(w.group(0)):
            break
        kept.append(w)
    if not kept:
        return False
    if any(_MEASURE_OR_ACT.match(w.group(0)) for w in kept):
        return False
    # a quality of the measure ("the legality of its designation", « le bien-fondé de son
    # inscription », "the effects of the decision"): the measure is the object
    return _OF_MEASURE.match(sent, head.start() + kept[-1].end()) is None


# a listing measure named anywhere in the article (a list, but not an electoral one)
_LISTING_WORD = re.compile(
    r"(?i)\bsanction\w*|\bdesignat(?:e|ed|es|ing|ion|ions)\b|\bdésign(?:é|ée|és|ées|ation|ations)\b|"
    r"\b(?:black|de-?|re-?)?list(?:s|ed|ing|ings)?\b(?!\s+(?:of\s+)?(?:electoral|voters?))|"
    r"\blistes?\b(?!\s+électorales?)|\bSDN\b|\basset\s+freezes?\b|\bfr(?:o|ee)z\w*\b|\bg[eè]l(?:e|er|ait|aient|ent|é|ée|és|ées)?\b|"
    r"\bbann?(?:ed|ing|s)?\b|\binterdi\w+|\brestrictive\s+measures\b|\bmesures\s+restrictives\b|\bproscri\w+|"
    r"\bentity\s+list\b|\binscri\w+\s+sur\b|\bblock\w*|\bbloqu\w*|\bblocage\b|\brestrict\w*|\bprohibit\w*|"
    r"\bexport\s+controls?\b|\bdivest\w*"
)


# another matter courts rule on: a vote and its rolls, a fine or a penalty, a conviction
_OTHER_MATTER = re.compile(
    r"(?i)\b(?:electoral|elections?|voters?|électora(?:l|le|les|ux)|élections?|penalt(?:y|ies)|pénalités?|"
    r"amendes?|fines?\s+(?:of|for)\b|[$€£]\s?[\d,.]+\s+fines?\b|convictions?|condamnations?)"
)


def listing_story(text: str) -> bool:
    """The article names a listing measure somewhere (a court event needs one)."""
    return _LISTING_WORD.search(text) is not None


def other_matter(text: str) -> bool:
    """The article names no listing measure, and another matter a court rules on (an
    electoral roll, a fine or a penalty, a conviction): its court events are not ours."""
    return not listing_story(text) and _OTHER_MATTER.search(text) is not None
