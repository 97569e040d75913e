"""Who an event is about: the entities of a trigger's sentence (its own clause, the
company a relative clause hangs on). A sentence that names none is left to
``coreference`` (re-exported here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from listwatch.text import name_key as normalize

from . import offices
from .acts_asked import asker, requester
from .aims import aimed_at
from .bodies import serves_body
from .coreference import _NOT_SUBJECT, _OPENING, TIED_TO
from .deeds import helped
from .enumerations import coordinated_runs, count_told
from .governed import governed
from .lang import AGENCY_ACTS, PACKS, weekday_names
from .list_names import names_category
from .names import (
    KIN,
    KIN_EN,
    KIN_FR,
    KIN_PLURAL,
    KIN_PLURAL_FR,
    Entity,
    Mention,
    _auth_word,
    is_place,
    name_like,
)
from .nonparty_names import credited_outlet
from .other_events import other_event_agent
from .own_clauses import owners as clause_owners
from .persons import _HOLDER_OFFICE_KIND
from .roles import no_party_role
from .saying import AUX_FR, said, verbs
from .sentences import Sentence, clause_bounds
from .titled_items import next_titled_item, opens_clause
from .titles import title_only
from .triggers import TriggerSpan as Span

RELATIVE = re.compile(r"(?i),\s+(?:qui|which|who|dont|where|où|whose|que)\b")


# "l'entreprise d'Ivan Petrov", "the company of businessman X": the owner named, not the
# company designated
_OWNER_OF_COMPANY = (
    r"\b(?:company|companies|firm|firms|business|businesses|entreprises?|sociétés?|firmes?|groupe)\s+"
    r"(?:of\s+|de\s+|d['’]\s*)(?:(?:l['’]\s*|the\s+)?(?:[A-Z][\w-]+\s+)?(?:homme\s+d['’]affaires|"
    r"femme\s+d['’]affaires|businessman|businesswoman|oligarch|oligarque|milliardaire|billionaire|tycoon|"
    r"magnat)\s+(?:[a-zà-ÿ-]{3,}\s+)?)?$"
)
_OWNER_COMPANY = re.compile("(?i)" + _OWNER_OF_COMPANY)
# a person named as the owner, founder or relative of a party, not as a party
_POSSESSOR = re.compile(
    "(?i)(?:"
    r"\b(?:controlled|owned|founded|run|led|headed|chaired)\s+by|\b(?:linked|tied|ties|close|closest|"
    r"connected|loyal)\s+to|\b" + KIN_EN + r"\s+of|\bwhose|\bdont|"
    r"\b(?:contrôlée?s?|détenue?s?|fondée?s?|dirigée?s?|possédée?s?)\s+par|\bappartenant\s+à|"
    r"\bliens?\s+avec|\bproches?\s+de|\b(?:fils|fille|filles|épouse|mari|père|mère|frère|sœur|soeur|cousin|cousine|neveu|nièce|oncle|tante|gendre|beau-frère|belle-sœur)\s+(?:de\s+|d['’]\s*)|"
    # "l'entreprise d'Ivan Petrov", "the company of businessman X": the owner's company
    + _OWNER_OF_COMPANY + ")"
)


# (a left quote typed for the apostrophe too: "the President‘s government")
_POSSESSIVE = re.compile(r"(?:['’]s?|‘s)\s+(?!s\b)")
_OWN_CASE = re.compile(
    r"(?i)['’]s?\s+(?:\w+\s+){0,2}?(?:designation|listing|de-?listing|blacklisting|inclusion|addition|"
    r"removal|lawsuit|suit|complaint|challenge|motion|appeal|petition|request|case|shares|stock|bids?|"
    r"attempts?|efforts?|application|action|claim|operations|activities|business(?:es)?|joint\s+ventures?|dealings|transactions|"
    r"sanctions|assets|entry|name|(?:subsidiar\w+|units?|affiliates?)(?!,?\s+[A-ZÀ-Ý0-9]))\b"
)  # "Rusal's units were removed" is Rusal's case; "Sovcomflot's unit SCF Arctic" is the unit's


# counted or unnamed parties and the clause that says what they did ("13 entreprises ...
# facilitant", "des entreprises qui", "three other companies that")
# the plural nouns unnamed parties are told by, in either language
UNNAMED_PARTIES = _UNNAMED_PARTIES = (
    r"entreprises|sociétés|entités|firmes|personnes|individus|responsables|dirigeants|officiels|intermédiaires|"
    r"oligarques|magnats|"
    r"companies|firms|entities|individuals|people|persons|businesses|officials|executives|"
    r"intermediaries|facilitators|financiers|traders|businessmen|oligarchs|tycoons|hommes\s+d['’]affaires"
)
# « dont » as the relative of what the parties own or do ("whose"), not the cue that names
# some of them: a determiner, its noun, then the clause's verb (« dont la fortune dépend de
# X », « dont les navires transportaient », « dont le siège est à »); « dont X », « dont le
# chef de la police, Y » name them, and a clause on their measures or their names tells the
# act itself (« dont les avoirs ont été gelés figurent X »)
_FUNCTION_WORD = r"(?:de|du|des|d['’]|la|le|les|l['’]|et|ou|à|au|aux|en|un|une)"
_WHOSE = (r"\bdont\s+(?:le|la|les|l['’]|leurs?|son|sa|ses)\s*"
          r"(?!(?:sanctions?|avoirs|biens|fonds|actifs|comptes|noms?|inscriptions?|mesures|gel|restrictions)\b)"
          r"(?-i:[a-zà-ÿ])[\w'’-]+\s+(?:(?!" + _FUNCTION_WORD + r"\b)(?-i:[a-zà-ÿ])[\w'’-]+\s+)??"
          # (the verb, which no name follows: « dont le constructeur aéronautique X » is a kind
          # and its qualifier before the name)
          r"(?!" + _FUNCTION_WORD + r"\b)(?-i:[a-zà-ÿ])[\w'’-]+\b(?!\s+[«\"“]?(?-i:[A-ZÀ-Ý0-9]))")
_WHOSE_AT = re.compile("(?i)" + _WHOSE)
_WHOSE_END = re.compile("(?i)" + _WHOSE + "$")
_COUNTED_CLAUSE = re.compile(
    r"(?i)(?:\b(?:des|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|plusieurs|several|some|two|three|"
    r"four|five|seven|eight|nine|ten|twelve|dozens\s+of)\s+(?:[\w-]+\s+){0,3}?"
    # (or a plural of parties told bare, right after a word that puts the act on it, a word
    # of kind between: "and entities supporting X", "on Norlandian officials who helped X",
    # « contre individus accusés de »)
    r"|\b(?:against|on|targeting|and|contre|visant|et)\s+"
    r"(?:(?!(?:the|its|their|his|her|le|la|les|ses|leurs?)\b)[\w'’-]+\s+)?)"
    r"(?:" + _UNNAMED_PARTIES + r")\b"
    r"[^.;:]{0,80}?(?:" + _WHOSE + r"|\b(?:qui|that|which|who|whose|ayant|having|linked|tied|connected|associated|affiliated|liée?s?|associée?s?|"
    # (what they are said to have done, told by a participle of accusing: "accused of",
    # « soupçonnés d'avoir », « affiliés aux »)
    r"accused|suspected|alleged(?:ly)?|believed|accusée?s?|soupçonnée?s?|présumée?s?|affiliée?s?|rattachée?s?|"
    r"impliquée?s?|involved)\b|"
    # what ties them told by a noun ("seven firms with business ties to X", "avec des liens avec X")
    r"\bwith\s+(?:(?:close|alleged|reported|suspected|direct|financial|business)\s+)?(?:ties|links|connections)\s+(?:to|with)\b|"
    r"\bavec\s+(?:(?:de|des)\s+)?(?:liens|relations)\s+(?:étroits\s+)?(?:avec|à)\b|\b(?-i:[a-zà-ÿ])\w*ant\b(?<!\bavant)(?<!\bdurant)(?<!\bpendant)|"
    # (a participle is lower-case: "Borel Trading", "Kestrel Shipping" are names)
    r"(?<=\s)(?!during\b)(?-i:[a-z])\w*ing\b)"
)
# the names then given as those parties ("..., including X", "notamment X", ": X")
_NAMED_AS_THEM = re.compile(r"(?i)\b(?:including|among\s+them|such\s+as|notamment|dont|parmi\s+(?:elles|eux|lesquelles|lesquels))\b|:|\s[–—-]\s")
# (a cue that opens a narrower group of unnamed parties names no one: « notamment des
# individus affiliés à X », "including officials tied to X")
_SUBGROUP_AFTER = re.compile(
    r"(?i)\s*(?:(?:des|les|the|some|other|d['’]autres|certaine?s|plusieurs|several)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + _UNNAMED_PARTIES + r")\b")


# a group of parties opening the sentence, right before the act's participle ("Les six
# autres personnes sanctionnées", "One of the individuals designated", « L'une des entités
# visées »), after a short lead set off by a comma (« Dans le même temps, »)
_GROUP_NOUNS = _UNNAMED_PARTIES + r"|banks|banques|oligarchs|oligarques|members|membres|officers|officiers|leaders"
_SUBJECT_GROUP_HEAD = (
    r"(?i)^\W*(?:[^,.;:]{0,40},\s*)?(?:(?:l['’]une?|one|each|chacune?|some|certaine?s|plusieurs|several|many|most|"
    r"la\s+plupart)\s+(?:des|of\s+(?:the|these|those)|d['’]entre)\s+|(?:the|these|those|les|ces|leurs?|d['’]autres|"
    r"other)\s+)(?:[\w’'-]+\s+){0,3}?"
)
_SUBJECT_GROUP_BEFORE = re.compile(_SUBJECT_GROUP_HEAD + r"(?:" + _GROUP_NOUNS + r")\s+$")
# (the act's trigger may hold the group's noun: "individuals added")
_SUBJECT_GROUP_OPENS = re.compile(_SUBJECT_GROUP_HEAD + r"$")
_FINITE_FIRST = re.compile(r"(?i)(?:ont|a|avaient|avait|sont|est|été|have|has|had|were|was|are|is|been|be|will|would)\b")
_GROUP_NOUN_FIRST = re.compile(r"(?i)(?:" + _GROUP_NOUNS + r")\b")


# the act's participle right after such a group ("the firms designated", « visées »)
_ACT_PARTICIPLE = (r"(?:sanctioned|designated|targeted|listed|blacklisted|added|named|visée?s?|ciblée?s?|"
                   r"sanctionnée?s?|désignée?s?|inscrite?s?|ajoutée?s?|frappée?s?)")
_SUBJECT_GROUP_ACT = re.compile(_SUBJECT_GROUP_HEAD + r"(?:" + _GROUP_NOUNS + r")\s+" + _ACT_PARTICIPLE + r"\b")
# (names apposed to the group, after the first comma of its participle's phrase: "The
# three firms sanctioned on Monday, A, B and C, ...")
# (a verb of being or inclusion after the group's phrase, then its members: "are US-based
# A", "include A", « sont notamment A », or the members after an inclusion cue)
_BEING = re.compile(r"(?i)\b(?:are|were|is|was|include[sd]?|comprise[sd]?|sont|étaient|est|était|comprennent|incluent|figurent?)\b")
_BEING_NAMES = re.compile(r"(?i)\s+(?:(?-i:[a-z])[\w’'-]*\s+|(?-i:[A-Z]{2})[\w’'-]*\s+){0,2}?[\"“«]?(?-i:[A-ZÀ-Ý])")
_CUE_OPENS = re.compile(r"(?i)\s*(?:including|notably|such\s+as|among\s+them|namely|notamment|dont|parmi\s+(?:eux|elles)|"
                        r"à\s+savoir|tels?\s+que|telles?\s+que)\b")
_APPOSED_GAP = re.compile(r"[^,]*,\s*(?:(?-i:[A-ZÀ-Ý])[^,]*?(?:,\s*|\s+(?:and|et)\s+))*")


def _group_predicate(text: str, act_end: int, pos: int) -> bool:
    """The name at ``pos``, after the participle phrase of a subject group ending at
    ``act_end``, is told in the sentence's predicate: not named as a member by a verb of
    inclusion or being ("are A and B", "include A"), nor apposed to the group."""
    comma = text.find(",", act_end, pos)
    if comma >= 0 and _CUE_OPENS.match(text, comma + 1):
        return False  # "Other firms on the list, including A, have not sued": members apposed
    being = _BEING.search(text, act_end, pos)
    if being is not None and (_BEING_NAMES.match(text, being.end(), pos + 1) is not None
                              or names_them(text, being.end(), pos)):
        return False  # "The people added are US-based A", "are officials of X, including A"
    return _APPOSED_GAP.fullmatch(text, act_end, pos) is None


def in_subject_group_predicate(text: str, pos: int, live: Sequence[Span]) -> bool:
    """The name at ``pos`` follows an act told only by its participle in a group of unnamed
    parties that opens the sentence ("Les personnes visées par ces sanctions s'employaient à
    financer X"), the nearest act before it: it tells what the group did or is. Not when a
    verb of inclusion or being names the group's members ("The individuals designated are
    A and B", "include A"), nor for names apposed to the group right after its
    participle's phrase ("The three firms sanctioned on Monday, A, B and C, shipped ...")."""
    before = [t for t in live if t.end <= pos]
    if not before:
        return False
    t = max(before, key=lambda t: t.end)
    if _FINITE_FIRST.match(text, t.start) or names_them(text, t.start, t.end):
        # the act is the sentence's verb ("Les avoirs de dix banques ont été gelés"), or its
        # words run into the cue that names the members ("companies on the list, including")
        return False
    if not (_SUBJECT_GROUP_BEFORE.search(text[: t.start]) or _GROUP_NOUN_FIRST.match(text, t.start)
            and _SUBJECT_GROUP_OPENS.search(text[: t.start])):
        return False
    return _group_predicate(text, t.end, pos)


def told_of_subject_group(text: str, pos: int) -> bool:
    """The name at ``pos`` (in the sentence ``text``) tells what a group of parties that
    opens the sentence with the act's participle did or is (« Une des firmes ciblées a
    vendu un bien à X »): no member the sentence names."""
    m = _SUBJECT_GROUP_ACT.match(text)
    return m is not None and m.end() <= pos and _group_predicate(text, m.end(), pos)


# (the description closed by a conjunction before a name of the act's own object: « des
# firmes accusées de livrer la marine et la société X », "..., and X")
_CLOSED_BY_CONJUNCTION = re.compile(
    r"(?i)(?:,\s*(?:and|et)\s+(?:(?:the|la|le|l['’])\s*)?(?:(?-i:[a-zà-ÿ-]+)\s+)?|\s(?:and|et)\s+(?:the|la|le|l['’])\s*"
    r"(?:société|entreprise|compagnie|firme|banque|groupe|company|firm|bank|group)\s+)$"
)


def names_them(text: str, start: int, end: int) -> bool:
    """A cue between ``start`` and ``end`` introduces named parties ("including X", « dont
    X », ": X"), not a narrower group of unnamed ones (« notamment des individus liés à X »),
    nor is it « dont » as a relative (« dont la fortune dépend de X »: ``_WHOSE``)."""
    return any(not _SUBGROUP_AFTER.match(text, cue.end()) and not _WHOSE_AT.match(text, cue.start())
               for cue in _NAMED_AS_THEM.finditer(text, start, end))


_REASON = re.compile(
    r"(?i)\b(?:represented|advised|backed|defended)\s+by\b|\blaw\s+firms?\b|\b(?:lawyers?|attorneys?|"
    r"counsel|analysts?)\s+(?:at|from|for)\b|\breprésentée?s?\s+par\b|"
    # (a French law firm, "le cabinet X"; never a government's "Cabinet ministers")
    r"\b(?:le|du|au|un|ce|son|leur)\s+cabinet\b|"
    r"\b(?:for|over|because\s+of)\s+(?:(?:its|their|his|her|the|allegedly|alleged|reported|suspected|"
    r"purported|having)\s+)*(?:\w+ing|support|roles?|ties|links|involvement|dealings|connections?)\b|"
    r"\bon\s+behalf\s+of\b|\bin\s+connection\s+with\b|"
    # the cause the act answers, and a clause giving its reason ("targeted in response to the
    # imprisonment of X", "notamment parce que ... les médias d'Etat", "pour s'être associés à X")
    r"\bin\s+(?:response|retaliation|reaction)\s+(?:to|for)\b|\bin\s+exchange\s+for\b|\ben\s+échange\s+d|\bbecause\b|\bparce\s+qu|"
    r"\b(?:en\s+(?:réponse|représailles|réaction)|à\s+cause)\s+(?:à|de|d['’]|du|des)|"
    r"\bpour\s+(?:s['’]être|avoir)\b|"
    # (a time clause of what the party did before, its subject a pronoun: "was removed from
    # the list after he broke with X", « a été retiré après avoir rompu avec X »)
    r"\bafter\s+(?:he|she|they|it)\s+(?:had\s+)?(?-i:[a-z])\w+\b|\baprès\s+(?:avoir|s['’]être|qu['’](?:il|elle|ils|elles))\b|"
    r"\b(?:pour|en\s+raison\s+de)\s+(?:(?:son|sa|ses|leur|leurs)\s+)?(?:soutien|rôle|liens|implication|"
    r"avoir|aid\w+|fourni\w+|particip\w+)\b|"
    # the protest or the aim the act serves ("to protest the jailing of X", "in protest at",
    # « pour protester contre le sort de X », « pour dénoncer »), and where the party holds a
    # role ("given his role in X", "her position at X", « son rôle dans le groupe X »): what
    # the act is about, no party (a stake or holdings in X is not: "divest their holdings in X")
    r"\bto\s+(?:protest|denounce|condemn)\b|\bin\s+protest\s+(?:at|against|over)\b|"
    r"\b(?:pour|afin\s+de)\s+(?:protester|dénoncer|condamner)\b|\ben\s+signe\s+de\s+protestation\b|"
    r"\b(?:his|her|its|their|son|sa|ses|leur|leurs)\s+(?:(?:key|leading|central|alleged|présumée?|important|"
    r"clé)\s+)?(?:roles?|rôles?|positions?|fonctions|postes?|influence)\s+"
    r"(?:in|at|within|over|dans|au\s+sein\s+(?:d['’]|de\b|du\b|des\b)|chez|sur)|"
    # (or the role told by its title, "his role as a former director of X", « son rôle de
    # directeur de X », and the tie told by a noun of association, "his association with X",
    # « ses liens avec X »: the relatum, whatever verb tells it, "were", "given", "au vu de")
    r"\b(?:his|her|its|their|son|sa|ses|leur|leurs)\s+(?:(?:key|leading|central|alleged|présumée?|important|"
    r"clé|close|étroits?|longstanding|long-standing|personal|business|family|financial)\s+)?"
    r"(?:(?:roles?|rôles?|positions?|fonctions|postes?)\s+(?:as|comme|en\s+tant\s+que|de|d['’])\s*"
    r"(?:[\w'’-]+\s+){0,6}?(?:of|at|in|de|du|des|d['’]|chez)|"
    r"(?:associations?|relationships?|ties|links|connections|liens|relations)\s+(?:with|to|avec|à|au|aux))(?=\s|['’])"
)
_DEALINGS_FOR = re.compile(r"(?i)\bfor\s+(?:the\s+)?(?:dealings|transactions|wind(?:ing)?[- ]down|winding|selling|divesting|exiting)\b")
_DESCRIBES = re.compile(
    r"(?i),\s+(?:(?:a|an|the|its|une?|la|le|l['’])\s+)?(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|supplier|customer|affiliate|"
    r"division|arm|parent|owner|partner|rival|competitor|client|filiale|fournisseur|client|concurrent|"
    r"maison\s+mère|branche|" + KIN + r"|founder|head|chief|fondateur|patron|chef)"
    # (a kin word's own qualifier: « cousin germain du », « frère cadet de », "cousin once removed of")
    r"(?:\s+(?:germaine?|éloignée?|aînée?|cadette?|par\s+alliance|once\s+removed))?\s+(?:(?:of|to|for|de|du)\s+|d['’]\s*)"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:[\w-]+\s+){0,2}?$"
)
_PARTS_OF = re.compile(
    r"(?i)\b(?:filiales|subsidiaries|units|affiliates|unités|branches|divisions)\s+(?:(?:de|du|of)\s+|d['’]\s*)"
    r"(?:the\s+|la\s+|le\s+|l['’])?$"
)
# unnamed entities or people of a named party, counted ("plusieurs entités de Kaspersky
# figurent sur la liste", "a dozen executives of X"): they are the parties, unnamed here
_COUNTED_PARTS_OF = re.compile(
    r"(?i)\b(?:plusieurs|certaines|quelques|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|\d+|several|some|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty|a\s+dozen|"
    r"une\s+(?:douzaine|dizaine|vingtaine|trentaine|quinzaine)\s+d['’e])\s*(?:[\w-]+\s+)?"
    # (not its subsidiaries: "46 filiales de Huawei" tell Huawei's own listing)
    r"(?:entités|sociétés|entreprises|entities|companies|dirigeants|cadres|responsables|employés|membres|"
    r"executives|officials|managers|employees|members)\s+(?:(?:de|du|of)\s+|d['’]\s*)(?:the\s+|la\s+|le\s+|l['’])?"
    # (and the names coordinated after the first: "de X et Y")
    r"(?:[A-ZÀ-Ý][\w&.'’-]*(?:\s+[A-ZÀ-Ý][\w&.'’-]*){0,4}\s*(?:,|et|and)\s+)?$"
)


# the target a list or a regime is named for ("la liste des sanctions visant l'Etat de
# Norlande et Al-Velmar", "its list of sanctions against Norland"): the list's name, no party
_LIST_TARGET = re.compile(
    r"(?i)(?:\b(?:listes?|lists?|régimes?|regimes?)\s+(?:[\w'’-]+\s+){0,2}?sanctions?\s+(?:[\w'’-]+\s+)?"
    r"|\bsanctions?\s+(?:lists?|regimes?)\s+)(?:contre|against|visant|targeting)\s+"
    r"(?:(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:\s+[\w'’.-]+){0,2}?(?:\s*\([^()]{1,30}\))?"
    r"\s*(?:,|\bet\b|\band\b)\s+)*(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?$"
)
# the agent of another event, in a time phrase ("six semaines après l'attentat du Korvex",
# "weeks after the bombing by X"), unless the event is a listing or a case
_OTHER_EVENT = re.compile(
    r"(?i)\b(?:après|avant|depuis|after|before|since|following)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)"
    r"(?!(?:désignation|inscription|ajout|radiation|retrait|levée|sanction|recours|plainte|procès|"
    r"designation|listing|addition|removal|delisting|lifting|lawsuit|suit|challenge|appeal|case)s?\b)"
    r"[a-zà-ÿ-]{4,}\s+(?:(?-i:[a-zà-ÿ-]+)\s+)?(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|d['’]\s*|by\s+(?:the\s+)?|of\s+(?:the\s+)?)$"
)
# a name set in apposition to the name before it, by a common noun ("du Korvex, la brigade")
_RENAMES = re.compile(r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}),\s+(?:la|le|l['’]|les|the)\s*[a-zà-ÿ-]+\s+$")
# whom the act is told to, by a verb of informing ("notified X, Norland's envoy, of the
# delisting of Y", "a prévenu l'ambassadeur X de la radiation de Y")
_RECIPIENT = re.compile(
    r"(?i)\b(?:informed|notified|briefed|told|warned|assured|a\s+informé|a\s+prévenu|a\s+averti|a\s+notifié)\s+"
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:[\w'’.-]+\s+){0,4}?$"
)
# a part or a wing of an organisation between a role and the organisation ("cadres de l'aile
# armée du Korvex"): the role is the organisation's all the same
_PART_CHAIN = re.compile(
    r"(?i)\s(?:de\s+la\s+|du\s+|de\s+l['’]\s*|d['’]\s*|of\s+the\s+|of\s+)(?:branche|aile|bras|wing|arm|division|"
    r"unité|unit|section|bureau|cellule|brigade|direction|department)\s+(?:(?-i:[a-zà-ÿ-]+)\s+)?"
    r"(?=(?:de\s+la\s+|du\s+|de\s+l['’]\s*|d['’]\s*|des\s+|of\s+the\s+|of\s+)$)"
)

# a role and its organisation right before the name ("dirigeant militaire du Korvex",
# "combattant d'Al-Norda", "deputy chief of the Korvex Movement")
_ROLE_HEAD = re.compile(
    r"(?i)\b(?:chefs?|leaders?|dirigeants?|dirigeantes?|responsables?|membres?|members?|commandants?|commanders?|"
    r"heads?|chiefs?|fondat(?:eur|rice)s?|founders?|présidente?s?|presidents?|chairman|chairwoman|directeurs?|"
    r"directors?|officials?|officers?|porte-parole|spokes(?:man|woman|person)|operatives?|militants?|combattants?|"
    r"fighters?|cadres?)\s+(?:(?-i:[a-zà-ÿ-]+)\s+){0,2}?"
    r"(?:de\s+la\s+|du\s+|de\s+l['’]\s*|d['’]\s*|des\s+|of\s+the\s+|of\s+)$"
)


# the one counted people are tied to ("two cronies of the late governor X", "cinq collaborateurs
# de X"): the counted are the parties, X stands beside them
_TIES_OF = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|some|\d+|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|plusieurs|quelques)\s+(?:(?:of\s+(?:his|her|their)|de\s+ses|de\s+leurs)\s+)?"
    r"(?:(?:close|closest|key|top|political|business|proches?|principaux|grands)\s+)?"
    r"(?:allies|associates|aides|cronies|alliés|associés|collaborateurs|partisans|" + KIN_PLURAL + r")"
    r"\s+(?:(?:of|de|du|des)\s+|d['’]\s*)"
    r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:(?:former|late|ex|ancien|ancienne|feu)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$"
)
_TITLED_ITEM_GAP = re.compile(r"(?:of|de|du|des|d['’])\s[^,;:]*[,;:]")
# the agent of another verb told in the passive ("a step applauded by X", "soutenu par X et
# Y", "a firm backed by X"): X acts on something else
_AGENT_OF_OTHER = re.compile(
    r"(?i)\b(?:praised|welcomed|hailed|applauded|criticized|criticised|condemned|denounced|backed|supported|"
    r"joined|seconded|appuyée?s?|soutenue?s?|saluée?s?|critiquée?s?|dénoncée?s?|condamnée?s?|rejointe?s?)\s+"
    r"(?:(?:\w+ly|notamment|also|aussi)\s+)?(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:and|et)\s+(?:(?:the|le|la|les|l['’])\s*)?)?){0,3}$"
)


# an authority's officer named after it ("the Commission and its chairwoman, X", "le
# ministère et son secrétaire, X"): the authority's side, never its party
_OFFICER_OF = re.compile(
    r"(?i)(?P<owner>(?-i:[A-ZÀ-Ý])[\w.’'-]*)\s+(?:and|et)\s+(?:its|son|sa|leur)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:director|secretary|chair(?:man|woman)?|president|head|chief|commissioner|administrator|minister|"
    r"directeur|directrice|présidente?|secrétaire|ministre|chef|commissaire)\s*,?\s*$"
)


def _officer_of_authority(before: str) -> bool:
    m = _OFFICER_OF.search(before[-90:])
    return m is not None and (m.group("owner").isupper() or _auth_word(m.group("owner")))


def beside_act(text: str, pos: int, person: bool) -> bool:
    """The name at ``pos`` stands beside the act's arguments: the target a list is named
    for, the agent of another event in a time phrase or of another verb in the passive,
    the one counted people are tied to, or (an organisation) the employer of a role or of
    counted people, through a wing or a part."""
    before = text[max(0, pos - 130) : pos]
    if _LIST_TARGET.search(before) or _OTHER_EVENT.search(before[-70:]) or _RECIPIENT.search(before[-80:]):
        return True
    if _TIES_OF.search(before[-90:]) and not _TITLED_ITEM_GAP.search(before[-90:]):
        return True
    if _AGENT_OF_OTHER.search(before[-80:]) or _officer_of_authority(before):
        return True
    renamed = _RENAMES.search(before)
    if renamed is not None:
        # "chef de l'aile armée du Korvex, la brigade Y": Y names what stands beside the act
        # (the employer, its wing), and stands there too
        at = pos - len(before) + renamed.start("name")
        return beside_act(text, at, False)
    if person and not re.search(r"(?i)\b(?:du|des|de\s+la|de\s+l['’]|of\s+the)\s*$", before):
        return False  # (a person is never named after an article: "du Korvex" is a body)
    if re.search(r",\s*$", before):
        return False  # the people the count or the role is told of, named in apposition
    before = _PART_CHAIN.sub(" ", before)
    return bool(_COUNTED_PARTS_OF.search(before) or _ROLE_HEAD.search(before))


def told_as_reason(text: str, pos: int, t: Span) -> bool:
    """The name at ``pos`` is in the reason given for the act of ``t`` ("lift sanctions in
    exchange for freeing X", "sanctioned for its ties to X")."""
    return t.end <= pos and bool(_REASON.search(text[t.end : pos]))


def of_counted(text: str, pos: int) -> bool:
    """The name at ``pos`` is the parent or the employer of counted parties left unnamed
    ("plusieurs entités de X", "une douzaine de dirigeants de X et Y"): no party itself."""
    return bool(_COUNTED_PARTS_OF.search(text[max(0, pos - 90) : pos]))
_QUALIFIED_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:affiliate|unit|subsidiary|supplier|customer|client|partner|shareholder|spin-off|joint\s+venture|"
    r"front\s+company|shell\s+company)\b"
)
_PART_OF_ONE = re.compile(
    r"(?i)\b(?:filiale|unité|branche|division|subsidiary|unit|arm|affiliate)\s+(?:(?:de|du|of)\s+|d['’]\s*)"
    r"(?:the\s+|la\s+|le\s+|l['’])?$"
)
_NAMED_PART_AFTER = re.compile(r"(?:\s+(?:à|en|au|in)\s+[A-ZÀ-Ý][\w-]+)?,\s+[A-ZÀ-Ý0-9]")
_NAMED_PARTS = re.compile(r"\s*[,:(]\s*[A-ZÀ-Ý0-9]")
_SOURCE_CLAUSE = re.compile(
    r"^\W*(?i:selon|d['’]après|according\s+to)\b[^,]{0,80}(?:,\s*(?:(?i:et|and)\s+)?[A-ZÀ-Ý][^,]{0,60}){0,4},\s"
)
_BACK_TO_OWNER = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:\w+\s+){0,2}?(?:company|firm|group|maker|bank|carrier|manufacturer|"
    r"société|entreprise|groupe|firme|banque)\b"
)
_SUBORDINATE = re.compile(
    r"(?i)^\s*(?:when|while|after|before|since|although|though|as|once|whereas|lorsque|lorsqu['’]|"
    r"quand|alors\s+que|après\s+que|dès\s+que|tandis\s+que|bien\s+que|like|unlike|as\s+with|"
    r"similar\s+to|comme|à\s+l['’]instar\s+de|contrairement\s+à|à\s+la\s+différence\s+d['’e]|"
    r"in\s+contrast\s+to|"
    # a fronted time phrase on what came before ("Quelques mois après les révélations de X
    # sur Y, les États-Unis ont placé le groupe ...", "Days after X's report, ...")
    r"(?:(?:quelques|plusieurs|deux|trois|\d+)\s+(?:jours|semaines|mois|ans|années)|peu|juste)\s+après|"
    r"(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:days|weeks|months|years)\s+after|shortly\s+after)\b[^,]{3,200}?,\s"
)


_FRONTED_TIME = re.compile(
    r"(?i)^\s*(?:(?:(?:quelques|plusieurs|deux|trois|\d+)\s+(?:jours|semaines|mois|ans|années)|peu|juste)\s+après|"
    r"(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:days|weeks|months|years)\s+after|shortly\s+after)\b"
)


# the same after an opening adverbial: "Nevertheless, on Friday the day after ISC wrapped
# up, Sugon ... were placed on the list"
_INNER_SUBORDINATE = re.compile(
    r"(?i)^[^,]{0,60},\s*(?:[^,]{0,40}?\s)?(?P<conj>after|before|when|while|once|lorsque|lorsqu['’]|"
    r"quand|après\s+que|avant\s+que|alors\s+que|dès\s+que)\s[^,]{3,120}?,\s"
)


def _same_side(sent: Sentence, pos: int, t: Span) -> bool:
    """A sentence that opens with a subordinate clause ("When Inspur was placed on the
    list in 2023, executives from AMD ... were questioned"): a name on the other side of
    that clause's comma from the trigger is not its party."""
    m = _SUBORDINATE.match(sent.text)
    if m is None:
        m = _INNER_SUBORDINATE.match(sent.text)
        if m is None:
            return True
        a = m.start("conj")
        return (a <= pos < m.end()) == (a <= t.start < m.end())
    return (pos < m.end()) == (t.start < m.end())


# a second person the subject names as the first one's relative or associate ("X and his
# partner Y, a banker, were designated", "X et son épouse Y")
_WITH_RELATIVE = re.compile(
    r"(?i)^(?:(?:the|le|la|les|l['’])\s*)?(?:[\w'’.-]+\s+){1,5}(?:and|et|as\s+well\s+as|ainsi\s+que)\s+"
    r"(?:his|her|their|its|son|sa|ses|leur|leurs)\s+(?:[\w'’-]+\s+){1,2}$"
)


_GROUP_TRIGGER = re.compile(r"(?i)(?:parmi|au\s+nombre|among|les|ces|those)\b")
_GROUP_VERB = re.compile(
    r"(?i)^\s*,?\s*(?:figur(?:e|ent|ait|aient)|se\s+trouv(?:e|ent|ait|aient)|on\s+(?:re)?trouve|compt(?:e|ent|ait|aient)|"
    r"sont|étaient|are|were|include|included)\s+(?:(?:notamment|également|aussi|entre\s+autres|notably|also)\s+)?"
)
_INCLUSION = re.compile(r"(?i)^\s*,?\s*(?:dont|notamment|parmi\s+lesquel\w+|including|among\s+them)\s+")
_ENDS_WITH_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*\s+[A-ZÀ-Ý][\w'’.-]*\s*$")


def _in_reach(sent: Sentence, pos: int, t: Span, lang: str) -> bool:
    """In the trigger's clause, or in a list of names that runs into it."""
    ca, cb = clause_bounds(sent.text, lang, t.start, t.end)
    if ca <= pos < cb:
        return True
    # (a name glued to an elided "qu'" opens the clause as after "que")
    prefix = re.sub(r"(?i)\bqu['’]$", "que ", sent.text[:pos])
    if pos < t.start and (_OPENING.match(prefix) or _WITH_RELATIVE.match(prefix)) \
            and not _NOT_SUBJECT.match(prefix.strip()):
        return True  # the sentence's subject: "Rusal, En+ and GAZ were designated"
    if pos < t.start and _NAME_OF.search(sent.text[max(0, pos - 20) : pos]) \
            and not re.search(r"[.;:]", sent.text[pos : t.start]):
        return True  # "que le nom de X, ressortissant canadien, avait été retiré": its entry
    if pos >= cb:
        # (an employer's name in the person's title is no break: "..., including Chelsea
        # FC owner Roman Abramovich")
        gap = _EMPLOYER_TITLE.sub(" ", sent.text[cb:pos])
        opens = 0
        if _GROUP_TRIGGER.match(sent.text, t.start, t.end):
            # "parmi les personnes visées figurent notamment A, B": the group's verb,
            # then its names
            gap, opens = _GROUP_VERB.subn(", ", gap, count=1)
        inclusion = _INCLUSION.match(gap)
        if inclusion is not None and _COUNTED_BEFORE.search(sent.text[max(0, cb - 160) : cb] + ","):
            # "inclut 11 responsables iraniens, dont le ministre de X, Y": a counted group,
            # then its members, each with a title
            gap, opens = ", " + gap[inclusion.end() :], 1
        after_name = _ENDS_WITH_NAME.search(sent.text, 0, cb) is not None
        return _is_name_list(gap, descriptor_last=True, after_name=after_name, opens_list=bool(opens)) \
            or _parallel_object(sent.text, t, pos)
    return _is_name_list(sent.text[pos:ca])


# a counted group right after an action's trigger: its object, unnamed here
_COUNTED_OBJECT = re.compile(
    r"(?i)\s*(?:(?:against|on|targeting|visant|contre|à\s+l['’]encontre\s+d['’e]|sur|à)\s+)?"
    r"(?:(?:the|les|des|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|des\s+dizaines\s+d['’e]|plusieurs|several|"
    r"une\s+(?:douzaine|dizaine|vingtaine|trentaine|quinzaine)\s+d['’e]|a\s+dozen)\s*"
    r"(?!other\b|autres\b|of\b)(?:[\w'’-]+\s+){0,2}?(?:people|persons|individuals|oligarchs|officials|entities|"
    r"companies|firms|banks|businessmen|men|women|citizens|nationals|members|executives|personnes|représentants|"
    r"oligarques|entreprises|sociétés|entités|banques|responsables|dirigeants|individus|ressortissants|hommes|"
    r"femmes|membres|personnalités|allies|associates|relatives|aides|cronies|alliés|associés|proches|"
    r"collaborateurs)\b"
)


def _word_end(text: str, end: int) -> int:
    """``end``, or the start of the word it cuts (a trigger whose match took the next
    word's first letter: "sanctions qui visent u|ne douzaine")."""
    if 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        while end > 0 and text[end - 1].isalnum():
            end -= 1
    return end


_COUNT_COMPLEMENT = re.compile(r"(?i)\s+(?:from|of|at|within|in\s+the|de|du|des|d['’]|au\s+sein\s+d['’eu])\b")
_RELATIVE_WORD = re.compile(r"(?i)\b(?:qui|that|which|who|ayant|having)$")
_TITLED_SPEAKER = re.compile(
    r"(?i),\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[\w'’-]+\s+){0,2}(?:porte-parole|spokes(?:man|woman|person)|"
    r"ministre|minister|secretary|secrétaire|ambassad\w+|directeur|director|head|chef|président|president|"
    r"expert|analyst|analyste|partner|associée?|lawyer|attorney|avocate?|professor|professeure?|economist|"
    r"économiste|researcher|chercheu\w+)\b"
    r"[^.;:«“\"]{0,90}?,?\s+(?:a\s+)?(?:" + verbs(("say", "add", "tell")) + r")\b"
)
_NAME_OF = re.compile(r"(?i)\b(?:the|le|les)\s+names?\s+of\s+$|\b(?:le|les)\s+noms?\s+(?:de\s+|d['’]\s*)$")
# "La ministre canadienne des Affaires étrangères, Mélanie Joly, a annoncé ...": the
# official named between commas after a title, then speaking
_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:ministre|minister|secretary|secrétaire|porte-parole|spokes\w+|ambassad\w+|envoy|envoyée?|"
    r"président|president|chair\w*|commissioner|commissaire)\b[^,.;:()]{0,60},\s*$"
)
_LAW_FIRM = re.compile(r"(?i)\b(?:law\s+firm|cabinet\s+d['’]avocats|cabinet)\s+(?:of\s+)?$")
_SPEAKS_AFTER = re.compile(
    r",\s+(?:a\s+|has\s+|also\s+|aussi\s+)?(?:" + verbs(("say", "add", "tell"), tenses=("past",)) + r")\b"
)
# whose leaders or officials are the parties ("deux hauts responsables du Hezbollah",
# "three leaders of the X group"): no party (a death or an arrest told as the cause is
# ``roles.beside_the_act``'s "context")
_LEADERS_OF = re.compile(
    r"(?i:\b(?:dirigeants?|responsables?|membres?|chefs?|commandants?|cadres?|leaders?|officials?|members?|"
    r"commanders?|operatives?)\s+(?:[\w-]+\s+){0,2}?(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*"
    r"(?:(?:groupe|mouvement|organisation|réseau|group|movement|network|organi[sz]ation)\s+)?"
    r"(?:(?:terroriste|terrorist|jihadiste|jihadist|islamiste|islamist|chiite|shiite)\s+)?$)"
)
# a body (never a person) whose members or figures are the parties, told with what
# qualifies it in lower case: "three figures in the feared X cartel", "trois membres du
# redouté cartel X", "au sein du groupe armé X"; never a clause of its own ("of the firm that")
_MEMBERS_OF_BODY = re.compile(
    r"(?i)\b(?:dirigeants?|responsables?|membres?|chefs?|commandants?|cadres?|leaders?|officials?|members?|"
    r"commanders?|operatives?|figures)\s+(?:[\w-]+\s+)?"
    r"(?:du|des|de\s+la|de\s+l['’]|of\s+the|in\s+the|within\s+the|au\s+sein\s+(?:du|des|de\s+la|de\s+l['’]))\s*"
    r"(?:(?!(?:that|which|who|whom|whose|qui|que|dont|and|et|or|ou|to|à)\b)(?-i:[a-zà-ÿ][\w-]*)\s+){0,3}$"
)
_EMPLOYER_TITLE = re.compile(
    r"(?<=\s)(?:[A-ZÀ-Ý][\w.&'’-]*\s+){1,5}(?:owner|chief(?:\s+executive)?|CEO|chairman|chairwoman|boss|head|"
    r"founder|president|director|patron|PDG|président|fondateur|directeur|dirigeant|propriétaire)\s+$"
)


_LIST_SEP = re.compile(
    r"\s*(?:,|;|:|\band\b|\bet\b|\bas\s+well\s+as\b|\bainsi\s+que\b|\bou\s+encore\b|\bincluding\b|\bamong\s+(?:them|whom)\b|"
    r"\bsuch\s+as\b|\btel(?:le)?s?\s+que\b|\bnamely\b|\bnotably\b|\bdont\b|\bnotamment\b|\bparmi\s+(?:eux|elles|lesquel\w+)\b|"
    # companions of the list: "A and B are among those sanctioned, along with President C"
    r"\balong\s+with\b|\btogether\s+with\b|\balongside\b|\bin\s+addition\s+to\b|\baux\s+côtés\s+d['’e]|\btout\s+comme\b|"
    # the act told again by an auxiliary for more parties: "A was designated, as were B and
    # C", "and so was B", « de même que B »
    r"\b(?:as|and\s+so)\s+(?:was|were|did|had|has|have)(?!\s+the\s+case\b)(?:\s+(?:also|too))?(?:\s+(?:its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\b|"
    r"\bde\s+même\s+que\b)\s*"
)
_ARTICLE = re.compile(r"^(?:the|le|la|les|l['’])\s*", re.IGNORECASE)
# an apposition describing the name before it: "a Hong Kong-based distributor", "its owner",
# "un producteur d'aluminium", "son président"
_DESCRIPTION = re.compile(r"(?:an?|the|its|his|her|their|une?|le|la|l['’]|son|sa|ses|leur)\s", re.IGNORECASE)


_QUOTE_MARKS = re.compile(r"[«»“”\"‘’]")


def _is_name_list(span: str, descriptor_last: bool = False, after_name: bool = False,
                  opens_list: bool = False) -> bool:
    """Only names between separators: ", En+ Group and " / ", AGCU Scientech, ". With
    ``descriptor_last`` the last piece, right before the name, may be a short lowercase
    description ("and banker [Petr Aven]", "et le banquier [Piotr Aven]", "et de son
    ministre des Affaires étrangères [Sergueï Lavrov]", ", its Deputy Secretary General
    [Naim Qasim]"). A piece between two names may describe the one before it, with or
    without an article ("A, chef militaire dans la région du Donbass, et B"; "A (banque),
    B (aéronautique)"), unless it is a clause of its own ("A said B"). With ``after_name``
    the span opens right after a name, so its first piece may describe that name ("[A],
    directeur des prisons, B, procureur adjoint, et [C]"). With ``opens_list`` the span
    opens a list of names, so its first piece may be the title of the first one ("figurent
    les députés belges, A ; et néerlandais, B")."""
    span = _NOTE.sub(" ", span)
    span = _LONG_APPOSITION.sub(", a description,", span)
    pieces = _LIST_SEP.split(span)
    # the name comes after "and" / "et": the last piece describes the name before it
    coordinated = bool(re.search(r"(?i)(?:\band|\bet|&)\s*$", span))
    while len(pieces) > 1 and not pieces[-1].strip():
        pieces.pop()  # "and its director, [Chen Wei]": the description is the last piece
    raw_pieces = list(pieces)
    described_before = False  # the last piece read described a name
    for i, piece in enumerate(pieces):
        piece = _ARTICLE.sub("", _PERSON_OF.sub("", piece.strip()))
        if not piece:
            continue
        words = piece.split()
        last = i == len(pieces) - 1 and not coordinated
        # the piece before names someone: a name, or the name the span opens after
        filled = [p for p in raw_pieces[:i] if p.strip()]  # ("A; et B": no piece between)
        named_before = i > 0 and (_names_only(filled[-1]) if filled else after_name)
        # (a nickname in quotes is a short description: "le « roi du gaz » [A]")
        quoted = _QUOTE_MARKS.search(piece) is not None
        if descriptor_last and last and (len(words) <= 3 or quoted and len(_QUOTE_MARKS.sub(" ", piece).split()) <= 4) \
                and piece.islower():
            continue
        if opens_list and not any(p.strip() for p in raw_pieces[:i]) and (
                _described(raw_pieces[i].strip(), True) or _described(raw_pieces[i].strip(), False)):
            described_before = True
            continue
        if _UNNAMED_ITEM.fullmatch(raw_pieces[i].strip()):
            described_before = False
            continue  # "sanctioned judges, investigators and the head of X, [B]": an unnamed item
        if _DESCRIPTION.match(raw_pieces[i].strip()) and len(words) <= 6 and all(
                w[:1].islower() or is_place(w.split("-")[0]) for w in words[1:]):
            described_before = True
            continue  # "Velmora Electronics, a Hong Kong-based distributor, and its owner, Chen Wei"
        if (descriptor_last or not last) and i > 0 and _described(raw_pieces[i].strip(), last and descriptor_last) \
                and (last and descriptor_last or named_before):
            described_before = True
            continue
        if last and descriptor_last and named_before and _described(raw_pieces[i].strip(), False):
            described_before = True
            continue  # "A, procureur adjoint, [B]": the piece before the comma describes A
        if described_before and _OF_MORE.match(raw_pieces[i].strip()) and len(words) <= 6 \
                and not any(_CLAUSE_WORD.fullmatch(w.strip(",.;:«»\"“”")) for w in words):
            continue  # "B, vice-président de la commission, du Sénat, ...": the same description
        described_before = False
        if len(words) > 7 or not all(name_like(w) or w in ("&", "de", "of")
                                     for w in words):
            return False
    return True


# an unnamed group told as one item of the series, in the plural with no name ("des juges",
# "des enquêteurs russes", "plusieurs officiers de la marine", "several prison officials")
_UNNAMED_ITEM = re.compile(
    r"(?i)(?:des|plusieurs|d['’]autres|de\s+nombreux|de\s+nombreuses|several|other|many|some)\s+"
    r"(?-i:[a-zà-ÿ][\w'’-]*[sx])(?:\s+(?-i:[a-zà-ÿ][\w'’-]*)){0,5}"
)
# a description told on after a comma ("vice-président de la commission, du Sénat")
_OF_MORE = re.compile(r"(?i)(?:de|du|des|of)\s|d['’]")


# the object repeated with its preposition, "the person of" a name being that person
# ("ainsi que contre la personne d'X", "and against X")
_PERSON_OF = re.compile(r"(?i)^(?:(?:contre|against|à\s+l['’]encontre)\s+)?(?:(?:la\s+personne|the\s+person)\s+(?:de\s+|d['’]\s*|of\s+))?$")
# a short note in parentheses after a name: "(banque)", "(a.k.a. X)", "(“UEB”)"
_NOTE = re.compile(r"\s*\([^()]{1,60}\)")
# a title told before the name it is ("its Deputy Secretary General", "son ministre des
# Affaires étrangères", "President"): the capitalised words a description may hold
_TITLE_WORD = re.compile(r"(?:" + offices.capitalised_re(offices.TITLE) + r")")
# the words that make a piece a clause of its own, not a description
_CLAUSE_WORD = re.compile(
    r"(?i)(?:said|says|say|told|tells|was|were|is|are|has|have|had|will|would|could|should|may|might|can|"
    r"but|while|whereas|after|before|because|since|although|though|when|which|who|whom|whose|that|"
    r"according|reported|announced|declared|stated|a|ont|est|sont|était|étaient|avait|avaient|sera|seront|"
    r"serait|qui|que|qu['’]\w*|mais|tandis|alors|après|avant|car|selon|déclaré|indiqué|affirmé|annoncé|"
    r"précisé|ajouté|estimé|dit)"
)
_LEAD_PREP = re.compile(r"(?i)^(?:de\s+|d['’]\s*|du\s+|des\s+|of\s+|à\s+|to\s+|on\s+|against\s+|contre\s+)")


_DEMONYM = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ian|an|ese|ish|i|ien|ienne|ais|aise|ois|oise|ain|aine)")
# a lower-case title and its capitalised domain ("le ministre des Communications", "vice-ministre
# de l'Économie et des Finances", "the minister of Foreign Affairs")
_TITLE_OF_DOMAIN = re.compile(
    r"(?:(?:an?|the|its|his|her|their|une?|le|la|l['’]|son|sa|ses|leur)\s*)?(?:[a-zà-ÿ][\w'’-]*\s+){1,4}"
    r"(?:de|des|du|d['’]|of|for)\s*(?:la\s+|l['’]|le\s+|the\s+)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:(?:et|and|&)\s+(?:de\s+|des\s+|du\s+|of\s+)?(?:la\s+|l['’]|le\s+|the\s+)?)?[A-ZÀ-Ý][\w'’-]*){0,3}"
)
# ... and the body told by its kind before its name (« le directeur de la banque X », « le
# patron du constructeur de camions Y », "the head of the shipping firm Z"); never a relative's
# tie (« la mère du chef de la milice X »)
_TITLE_OF_KIND_DOMAIN = re.compile(
    r"(?:(?:an?|the|its|his|her|their|une?|le|la|l['’]|son|sa|ses|leur)\s*)?(?:[a-zà-ÿ][\w'’-]*\s+){1,4}"
    r"(?:de|des|du|d['’]|of|for)\s*(?:la\s+|l['’]|le\s+|the\s+)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){1,4}?[A-ZÀ-Ý][\w'’-]*"
)


# an employer's name, then a lower-case title ("Duma deputies", "Orlan Group chief executive")
_EMPLOYER_THEN_TITLE = re.compile(
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:[A-ZÀ-Ý][\w.&'’-]*\s+){1,3}(?:[a-zà-ÿ][\w'’-]*\s+){0,2}"
    r"(?:deput(?:y|ies)|députée?s?|members?|membres?|lawmakers?|senators?|sénateurs?|ministers?|ministres?|"
    r"chief(?:\s+executive)?|head|director|directeur|president|président|founder|fondateur|owner|commander|"
    r"commandant|chairman|chairwoman|leader|chef|dirigeant|CEO|PDG|boss|patron|secretary|secrétaire)"
)


def _names_only(piece: str) -> bool:
    words = _ARTICLE.sub("", piece.strip()).split()
    return bool(words) and len(words) <= 7 and all(name_like(w) or w in ("&", "de", "of") for w in words)


def _described(piece: str, before_name: bool) -> bool:
    """``piece`` describes a name in a list (an apposition between two names, or the title
    of the name that follows when ``before_name``): lowercase or a title up front, short,
    and no verb of a clause of its own."""
    piece = _LEAD_PREP.sub("", piece)
    words = piece.split()
    if not words or len(words) > 14 or any(_CLAUSE_WORD.fullmatch(w.strip(",.;:«»\"“”")) for w in words):
        return False
    if before_name and (_TITLE_OF_DOMAIN.fullmatch(piece) or _EMPLOYER_THEN_TITLE.fullmatch(piece)
                        or _TITLE_OF_KIND_DOMAIN.fullmatch(piece) and not _KIN.search(piece)):
        # "le ministre des Communications", "minister of Finance", "Duma deputies": a title
        # and its domain or employer
        return True
    det = _DESCRIPTION.match(piece)
    first = (piece[det.end() :] if det else piece).split() or words
    if before_name and len(first) > 1 and (is_place(first[0]) or _DEMONYM.fullmatch(first[0])) \
            and " ".join(first[1:]).islower() and len(first) <= 4:
        return True  # "Nicaraguan financial institution [X]": its country, then what it is
    if not (first[0][:1].islower() or _TITLE_WORD.fullmatch(first[0])):
        return False
    if before_name:
        if re.search(r"(?i)(?:\bof|\bde|\bdu|\bdes|\bd['’])\s*$", piece):
            return False  # "the stepdaughter of [X]": a relation, not a title
        if re.search(r"(?i)\b(?:company|firm|bank|group|maker|giant|operator|carrier|conglomerate|lender|"
                     r"société|groupe|banque|entreprise|fabricant|géant|opérateur|conglomérat)\s*$", piece):
            return False  # "president of the pipeline company [X]": the company the title is of
        # the title right before the name: lowercase words and title words only ("son
        # partenaire commercial", "its Deputy Secretary General", "President")
        return len(words) <= 8 and all(w[:1].islower() or _TITLE_WORD.fullmatch(w.strip(",")) or w in ("l'", "l’")
                                       or re.fullmatch(r"(?i)l['’]\w+", w) for w in words)
    return True


# a state, not an event: "remains on the list", "reste sous sanctions" (kept for companies
# named in passing, never made a person's event)
_STATE = re.compile(r"(?i)\b(?:remain\w*|still|rest(?:e|ent|ait)|demeur\w*)\b")
# the domain of the title a person is named with ("son ministre des Affaires étrangères
# Sergueï Lavrov", "Minister of Foreign Affairs X"): the person holds the title
# (the domain's kind in lower case may come first: « le fondateur de la chaîne Velmar X »)
_TITLE_DOMAIN = re.compile(r"(?:\bde|\bdes|\bdu|\bof|\bd['’])\s*(?:la\s+|l['’]|le\s+|the\s+)?(?:[a-zà-ÿ][\w'’-]*\s+){0,2}?"
                           r"[A-ZÀ-Ý][\w'’-]*\s+(?:[\w'’-]+\s+){0,2}$")
# a title's domain in lower case right before a person ("le chef d'état-major X", "le chef
# de l'armée X"): the person holds the title, no organisation is named
_LOWER_DOMAIN = re.compile(
    r"(?:\bde|\bdes|\bdu|\bd['’])\s*(?:la\s+|l['’]|le\s+)?[a-zà-ÿ][\w'’-]*(?:\s+(?:en\s+chef|[a-zà-ÿ][\w'’-]*)){0,2}\s+$"
)
# a relative, not a title ("le fils de l'industriel X")
_BANNED_AFTER = re.compile(r"(?i),\s+(?:en\s+)?(?:interdisant|bannissant|banning|barring)\s+(?:[\w'’-]+\s+){0,3}$")
_KIN = re.compile(rf"(?i)\b{KIN}\b")
_NEXT_ITEM = re.compile(r"(?i)\w\s+(?:and|et)\s+$")
# a person told as whose office the title before is of ("le porte-parole du ministre X",
# "the spokesman of Minister X"): the title's holder is unnamed, X is no party
_OF_TITLED = re.compile(
    r"(?i)(?:\b(?:du|des|de\s+la|de\s+l['’]|of\s+the|of)\s+)(?:(?:premier|première|ex-|ancien|ancienne|former)\s*)?"
    r"(?:président|présidente|ministre|général|roi|reine|émir|prince|president|minister|general|king|queen|emir)\s+$"
)
_ROLE_OF = re.compile(
    r"(?i)\b(?:président|présidente|directeur|directrice|patron|patronne|chairman|chairwoman|CEO|"
    r"chief\s+executive|head|chef|dirigeant|owner|propriétaire|actionnaire|shareholder|"
    r"(?:vice[\s-])?president|director|commander|commandant|(?:co-?)?founder|(?:co-?)?fondat(?:eur|rice)|"
    r"porte-parole|spokes\w+|ministre|minister|governor|gouverneur|procureure?|prosecutor)\s+(?:(?:général|principale?|majoritaire|majority|main|largest|"
    r"controlling|milliardaire|billionaire|fondateur|founder)\s+)?(?:(?:de|du|des|of)\s+|d['’]\s*)"
    r"(?:la\s+|l['’]|le\s+|the\s+)?(?:[\w’'\-]+\s+){0,3}$"
    # the title's company told with what it makes ("président du fabricant russe de tuyaux en acier TMK")
    r"|(?i:\b(?:président|présidente|directeur|directrice|patron|patronne|chairman|chairwoman|CEO|owner|"
    r"propriétaire|fondateur|founder)\s+(?:[\w-]+\s+){0,2}?(?:du|de\s+la|of\s+the)\s+(?:fabricant|groupe|"
    r"producteur|géant|constructeur|maker|producer|manufacturer|group|company|firm)\s+(?:[\w’'\-]+\s+){0,6}$)"
)


_TITLE_AFTER = re.compile(
    r"['’]?s?(?:\s+(?:and|&|et)\s+[A-ZÀ-Ý][\w'’-]*)?\s+"
    # (a title's own lower-case words before it: "the Velmar harbour board chief X", "X party leader Y")
    r"(?:(?!(?:and|or|its|his|her|their|the|an?|of|with|to|for|by|on|in|at|from|who|that|which|said|says|"
    r"was|is|has|had|et|ou|son|sa|ses|leur|leurs|le|la|les|de|du|des|avec|pour|par|en|qui|que|a|est)\b)"
    r"[a-z][a-z-]+\s+){0,2}(?:speaker|mayor|minister|ministre|chief(?:\s+executive)?|CEO|chairman|chairwoman|boss|head|founder|owner|president|"
    r"director|patron|PDG|président|fondateur|directeur|dirigeant|financier|operative|official|commander|"
    r"leader|facilitator|associate|envoy|oligarch|banker|militant|spokes(?:man|woman)|deput(?:y|ies)|lawmakers?|"
    r"members?|MPs?|senators?|députée?s?|membres?|"
    r"(?i:(?:deputy\s+)?secretary(?:[\s-]+general)?)|"
    # a title written with capitals: "Hezbollah Deputy Leader Naim Qasim", "Governor X"
    r"Deputy\s+[A-Z][a-z]+|Leader|Commander|Spokes(?:man|woman)|Governor)\s+[A-ZÀ-Ý][a-zà-ÿ]"
)
_TEMPORAL = re.compile(
    r"(?i)\b(?:after|when|once|before|since|until|après\s+que|lorsque|lorsqu['’]|quand|dès\s+que|"
    r"avant\s+que|jusqu['’]à\s+ce\s+que)\s+(?:\w+\s+){0,2}$"
)
_OWN_VERB = re.compile(
    r"(?i)^\s+(?:agreed|agrees|owns|owned|controls|cut|cuts|sold|sells|reduced|reduces|founded|"
    r"runs|ran|leads|accepted|said|says|told|denied|denies|a\s+accepté|a\s+cédé|a\s+vendu|a\s+réduit|"
    r"a\s+déclaré|a\s+nié|possède|contrôle|détient|dirige|accepte|nie|dément)\b"
)


# what a person says in the case it brought is no clause of its own: "X and Y said in a
# lawsuit filed on Monday that ...", « X a affirmé dans sa requête que ... » (each brought it)
_SAYS_IN_CASE = re.compile(
    r"(?i)^\s+(?:said|says|told\s+\w+|argued|argues|claimed|claims|alleged|alleges|a\s+déclaré|"
    r"a\s+affirmé|affirme)\s+(?:in|dans)\s+(?:an?|the|their|his|her|its|une?|sa|son|leur)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:lawsuit|suit|complaint|filing|petition|motion|appeal|plainte|recours|requête)\b"
)


_SAYS_IN_CASE_THAT = re.compile(
    r"(?i)\b(?:said|says|argued|argues|claimed|claims|alleged|alleges|a\s+affirmé|affirme|soutient|a\s+soutenu)\s+"
    r"(?:in|dans)\s+(?:an?|the|their|his|her|its|une?|sa|son|leur)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:lawsuit|suit|complaint|filing|petition|motion|plainte|recours|requête)\b[^.;]{0,60}?\b(?:that|que|qu['’])\s*"
)


_PASSIVE_GAP = re.compile(
    r"(?:['’]s?)?(?:,?\s+(?:which|who|that)\b)?(?:\s+(?:has|have|had|also|later|first|now|then|itself|"
    r"initially|subsequently|already|both|all|each|been|being|tous|toutes|deux|trois|ont|a))*\s+(?:was|were|been|being|is|are|a\s+été|"
    r"ont\s+été|avait\s+été|avaient\s+été|est|sont|été)(?:\s+(?:also|later|first|now|then|initially|"
    r"subsequently|already|both|all|each|aussi|également|déjà|\w+ment))*\s+$"
)
_PLAINTIFF_GAP = re.compile(r"(?:\s+(?:has|have|had|also|then|later|itself|a|ont|avait|avaient|aussi|"
                            r"également|déjà))*\s+$")
_OBJECT_PLACE = re.compile(
    rf"\s*(?:(?:on|last|this|le|ce)\s+(?:{weekday_names()}),?\s+)?(?:(?:also|aussi|également)\s+)?"
    r"(?:(?:on|against|of|with|from|contre|de|du|à)\s+)?"
    r"(?:(?:the|le|la|les|l['’])\s*)?"
)
_CHAIN = re.compile(
    r"(?i)^\.?(?:,\s+(?:(?:an?|the|une?|le|la)\s+|l['’]\s*|(?:controlled|owned|run|based|headquartered|founded|led|"
    r"contrôlée?s?|détenue?s?|basée?s?|dirigée?s?|fondée?s?)\s+)[^,;()]{1,100}(?=\s*[,;]))?"  # ", a Hong Kong-based distributor,"
    # (an item's origin, a place no name: "les juges A de Norlande et B de Zembla")
    r"(?:\s+(?:of|from|de|du|d['’])\s*(?:la\s+|l['’]|the\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?(?=\s*(?:,|;|and\b|et\b)))?"
    r"(?:\s*(?:,|;|and|et|&|as\s+well\s+as|ainsi\s+que|along\s+with|together\s+with)\s*)+"
    r"(?:(?:its|their|the|his|her|sa|son|ses|le|la|les|l['’]|leur)\s*|(?-i:[A-ZÀ-Ý][\w-]*)['’]s\s+)?"
    r"(?:(?![\w-]+(?:ing|ed)\b)(?:[ldLD]['’])?[a-zà-ÿ\w-]+,?\s+){0,4}$"
)


_DESC_THEN_NAME = re.compile(
    r"(?i)(?:(?:its|their|his|her|son|sa|ses|leur|leurs)\s+"
    # (or a named possessor: "designated Varga's wife, Lena Varga")
    r"|(?-i:[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)?)['’]s\s+)(?:[a-zà-ÿ-]+\s+){0,3}?[a-zà-ÿ-]+,?\s+(?=(?-i:[A-ZÀ-Ý0-9]))"
)
_LONG_APPOSITION = re.compile(
    r"(?i),\s+(?:(?:an?|the|une?|le|la)\s+|l['’]\s*|(?:controlled|owned|run|based|headquartered|founded|led|"
    r"contrôlée?s?|détenue?s?|basée?s?|dirigée?s?|fondée?s?)\s+)[^,;()]{1,100}\s*[,;]"
)
_COMPANION = re.compile(
    r"(?i)\b(?:along\s+with|alongside|together\s+with|as\s+well\s+as|in\s+addition\s+to|including|"
    r"en\s+même\s+temps\s+que|aux\s+côtés\s+d[eu']|ainsi\s+que|tout\s+comme|dont|notamment|parmi\s+lesquel\w+|"
    r"y\s+compris|de\s+même\s+que|(?:as|and\s+so)\s+(?:was|were|did|had|has|have)(?!\s+the\s+case\b))\b"
)


# examples of a group, companions of the act's parties only when the act comes before them
# ("sanctioned the minister and bankers such as X"), never of its subject ("partners such as
# X criticised the decision to sanction Y")
_EXAMPLES_OF = re.compile(r"(?i)\b(?:such\s+as|tel(?:le)?s?\s+que)\b")


_LOWER_TITLE = re.compile(r"(?:[a-zà-ÿ][\w'’-]*\s+){1,4}(?=[A-ZÀ-Ý])")
_AUX = re.compile(r"(?i)(?:was|were|been|being|is|are|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|"
                  r"avait\s+été|avaient\s+été)\b")
_OWNER_OF_NOUN = re.compile(r"['’]s?\s+(?:(?:first|initial|original|new|latest|\w+-\w+)\s+)?$")


_BEARER_AFTER = re.compile(r"\b(?:by|from)$|(?i:\b(?:appel|appels|pourvois?|requêtes?|contestations?\s+(?:judiciaires?|en\s+justice))\s+(?:de|du|des|d['’]))$")
_POSSESSIVE_TITLE = re.compile(r"(?i)(?:son|sa|ses|his|her|their|its|leur|leurs)\s+[a-zà-ÿ]")


def _arguments(t: Span, local: list[Mention], sent: Sentence, lang: str = "") -> set[int]:
    """Ids of the entities in the trigger's subject place (a passive: "Kylin was added";
    the plaintiff of a challenge: "Xiaomi sued") or its object place ("added Kylin",
    "sanctions on Kylin", "the designation of Kylin"), with the names coordinated with
    them ("Huawei and ZTE were added", "sanctioned Rusal, its parent En+ and GAZ")."""
    ms = sorted((m for m in local if m.entity is not None), key=lambda m: m.start)
    rel = [(m.start - sent.start, m.end - sent.start, m) for m in ms]
    text = sent.text
    found: list[int] = []
    passive = _AUX.match(text, t.start)  # the trigger holds its auxiliary: "was added"
    # (a challenge told with its bearer after it, "an appeal by X", has its party there)
    bearer_after = t.event == "legal_challenge" and _BEARER_AFTER.search(text, t.start, t.end) is not None
    gap = None if bearer_after else \
        (_PLAINTIFF_GAP if t.event == "legal_challenge" or passive else _PASSIVE_GAP).search(text[: t.start])
    owner = _OWNER_OF_NOUN.search(text[: t.start])
    if owner is not None:
        gap = owner  # "Huawei's listing", "Xiaomi’s designation"
    if gap is not None:
        edge = gap.start()
        for a, b, _m in reversed(rel):
            if b == edge or b < edge and text[b:edge] in ("'", "’"):
                found.append(_idx(rel, a))
                break
    if t.event != "legal_challenge" or bearer_after:
        # (from the start of the word the trigger's match cut: "sanctions touchent aussi l|e")
        obj = _OBJECT_PLACE.match(text, _word_end(text, t.end))
        at = obj.end() if obj else t.end
        named = _DESC_THEN_NAME.match(text, at)
        if named is not None and any(a == named.end() for a, _b, _m in rel):
            at = named.end()  # "sanctioned its main supplier, Orvex Trading"
        # (or a possessive: "incluent également son ancienne compagne X dans leurs listes")
        titled = _LOWER_TITLE.match(text, at) if re.search(r"(?i)\b(?:le|la|les|l['’])\s*$", text[_word_end(text, t.end) : at]) \
            or _POSSESSIVE_TITLE.match(text, at) else None
        if titled is not None and any(a == titled.end() and m.entity is not None and m.entity.person
                                      for a, _b, m in rel):
            at = titled.end()  # "visent le chef d'état-major X": the person with the title
        for k in [_idx(rel, a) for a, _b, _m in rel if a == at]:
            # "froze the assets of Rosneft chief Igor Sechin": the person is the object
            nxt = rel[k + 1][2].entity if k + 1 < len(rel) else None
            if _TITLE_AFTER.match(text, rel[k][1]) and nxt is not None and nxt.person \
                    and rel[k + 1][0] - rel[k][1] < 30:
                k += 1
            found.append(k)
    if not found and t.event != "legal_challenge" and lang:
        # the object is a description ("a day after the Treasury sanctioned the
        # Limassol-based carrier", "l'inscription du négociant ouzbek"): the company it
        # describes is the nearest one named before it, not the subject who acts
        # elsewhere in the sentence ("Kestrel said it would end its contracts with Orvana")
        described = _described_object(text, t, rel, lang)
        if described is not None:
            return {id(rel[described][2].entity)}
    if not found:
        return set()
    # the names coordinated with those found, both ways, and their companions ("along
    # with Xiaomi", "aux côtés de huit autres sociétés, dont Comac")
    keep = set(found) | {i for i, (a, _b, _m) in enumerate(rel) if _COMPANION.search(text[max(0, a - 70) : a])
                         or a > t.end and _EXAMPLES_OF.search(text[max(0, a - 70) : a])}
    keep |= {i for i, (a, _b, _m) in enumerate(rel) if a > t.end and (
        _parallel_object(text, t, a) or found and listed_after(sent, a, t, local))}
    # names inside an apposition ("X, a gold trader that it said financed Wagner Group
    # fighters, and its owner, Y") are stepped over: the chain goes on to Y
    appos = [m.span() for m in _LONG_APPOSITION.finditer(text)]
    for i in found:
        j = i
        while j + 1 < len(rel):
            k = j + 1
            while k < len(rel) and any(a < rel[k][0] < b for a, b in appos):
                k += 1
            if k >= len(rel) or not _CHAIN.match(text[rel[j][1] : rel[k][0]]):
                break
            j = k
            keep.add(j)
        j = i
        while j > 0 and _CHAIN.match(text[rel[j - 1][1] : rel[j][0]]):
            j -= 1
            keep.add(j)
    return {id(rel[k][2].entity) for k in keep}


_SPEAKER_BEFORE = re.compile(r"(?i)\b(?:" + verbs(langs=("en",)) + r"|told|according\s+to|" + AUX_FR + r"\s+(?:"
                             + verbs(langs=("fr",), tenses=("past",)) + r")|selon)\s+"
                             r"(?:[\w-]+\s+){0,3}$")
_REL_WORD = re.compile(
    r"(?i)(?:,\s+(?:(?:in|of|to|with|for|from|by|à|dans|avec|pour|par|de)\s+)?"
    r"(?:which|whom|whose|who|that|qui|que|lequel|laquelle|lesquel\w*)"
    # after a lower-case noun, never the French conjunction "que" ("en même temps que X")
    r"|\b(?!(?-i:ainsi|temps|plus|moins|tant|bien|alors|avant|après|sorte|sauf|dès|pendant|parmi|among|including)\b)(?-i:[a-zà-ÿ-]{3,})\s+"
    r"(?:(?:in|of|to|with|for|from|by|à|dans|avec|pour|par|de)\s+)?"
    r"(?:which|whom|whose|who|that|qui|lequel|laquelle|lesquel\w*)"
    r"|\b(?:décision|mesure|jugement|arrêt|sanction|inscription)s?\s+que)\s+"
    # (not a passive or perfect whose subject is the party: ", which was removed", "qui a été
    # retiré"; "who has ties to X" is a clause about the party)
    r"(?!(?:was|were|is|are|has|had|have|a|ont|avait|avaient|est|sont)\s+(?:\w+\s+)?(?:been|being|été|\w+ed|\w+(?:é|ée|és|ées|is|it|u|ue|us))\b)"
)


_DONT_VERB = re.compile(
    r"(?i),\s+dont\s+(?:le|la|les|l['’]|son|sa|ses)\s*[a-zà-ÿ][^,;]{0,40}?\b(?:est|sont|était|étaient|détient|"
    r"détenait|possède|possédait|contrôle|contrôlait)\s+[^,;]{0,40}$"
)


# what closes a relative clause before a name: a comma, a colon, a semicolon, or a dash that
# sets the names off as the apposition of the group the clause is on ("three firms that ship
# fuel to the army - A, B and C - were sanctioned", « trois sociétés qui livrent l'armée – A et B »)
_CLAUSE_CLOSED = re.compile(r"[,:;]|\s[–—-]\s")


def _in_relative(text: str, t: Span, pos: int, live: Sequence[Span]) -> bool:
    """The name at ``pos`` sits in a relative clause whose own verb is no trigger: a clause
    about the party, naming another (after the trigger, or closed by a comma before it:
    "Orvex, which supplies Delta Nine, was sanctioned")."""
    if pos < t.start:
        found = list(_REL_WORD.finditer(text, 0, pos))
        if not found:
            return False
        rel = found[-1]
        return not _CLAUSE_CLOSED.search(text, rel.end(), pos) and "," in text[pos : t.start] and not any(
            rel.start() <= o.start < t.start for o in live) and not RELATIVE.search(text[pos : t.start])
    if pos <= t.end:
        return False
    if _DONT_VERB.search(text[t.end : pos]):
        return True  # ", dont le principal client est le groupe X"
    found = list(_REL_WORD.finditer(text, t.end, pos))
    if not found:
        return False
    rel = found[-1]
    return not _CLAUSE_CLOSED.search(text, rel.end(), pos) and not any(rel.start() <= o.start < pos for o in live)


# who reacts to the action ("a ruling welcomed by X", "une décision saluée par X")
_REACTS = re.compile(
    r"(?i)\b(?:welcomed|hailed|praised|applauded|critici[sz]ed|denounced|condemned|cited|questioned|"
    r"salué|critiqué|dénoncé|contesté|applaudi|regretté|commenté)e?s?\s+(?:\w+\s+){0,2}?(?:by|par)\s+"
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:[\w-]+\s+){0,2}?$"
)
# an owner or a comparison in an apposition ("both owned by X", "like X before it")
_OWNED_BY = re.compile(
    r"(?i)\b(?:owned|controlled|run|operated|backed|financed|détenue?s?|contrôlée?s?|possédée?s?|financée?s?)\s+"
    r"(?:\w+\s+)?(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[\w-]+\s+){0,2}?$"
)
_LIKE = re.compile(r"(?i)(?:^|,\s*)(?:like|unlike|as\s+with|comme|à\s+l['’]instar\s+d['’e]|contrairement\s+à)\s+"
                   r"(?:(?:the|le|la|l['’])\s*)?$")
_BUT = re.compile(r"(?i)\b(?:but|mais|while|whereas|tandis\s+qu['’e]|alors\s+qu['’e])\s")
_SAYS_THAT = re.compile(
    r"^['’]?s?\s+(?:[\w-]+\s+){0,1}(?:told\s+\w+|" + said(("say", "add", "report"))
    + r")\b(?:\s+(?:on\s+)?\w+)?\s+(?:that|que|qu['’])"
)


_RELATIVE_OPENS = re.compile(r"(?i),\s+(?:which|who|whose|qui|dont|lequel|laquelle|lesquels|lesquelles)\b")


_MEMBERS = re.compile(r"(?i)\b(?:includ\w*|compris\w*|compren\w*|notamment|among\s+them|such\s+as|parmi\s+(?:elles|eux))\b")


# ", dont" opening the members of the group before it ("trois proches, dont A et B, ..."),
# not a clause of its own ("X, dont le siège est à Y, ...")
_MEMBERS_AFTER_DONT = re.compile(
    r"(?i),\s+dont\s+(?:notamment\s+)?(?:(?:le|la|les|l['’])\s*(?:[a-zà-ÿ-]+\s+){0,3}?)?(?-i:[A-ZÀ-Ý])"
)
_CLAUSE_VERB = re.compile(r"(?i)\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|qui|que|qu['’])\b")


def _closed_relative(text: str, pos: int, t: Span) -> bool:
    """The name at ``pos`` is inside a relative clause (", which ... ,") that closes before
    the trigger, which the subject the clause hangs on governs."""
    if pos >= t.start:
        return False
    opens = [m for m in _RELATIVE_OPENS.finditer(text, 0, pos)]
    if not opens:
        return False
    close = text.find(",", pos, t.start)
    if _MEMBERS.search(text, opens[-1].end(), pos):
        return False  # "the companies, which also include X, were added": the subject's members
    if _MEMBERS_AFTER_DONT.match(text, opens[-1].start()) and not _CLAUSE_VERB.search(
            text, opens[-1].end(), max(pos, text.rfind(",", pos, t.start))):
        return False  # "trois hommes d'affaires, dont A, B et C, ont été sanctionnés": the members
    # (and the trigger in the main clause, not in another relative clause: "X, which
    # sacked Y, who was also put under sanctions")
    return close != -1 and not _RELATIVE_OPENS.search(text, opens[-1].end(), t.start) \
        and not re.search(r"[;:.]", text[opens[-1].end() : t.start])


def _other_clause(text: str, t: Span, pos: int, live: Sequence[Span]) -> bool:
    """The name at ``pos`` is in a clause after the trigger's, opened by "but"/"mais", with
    no trigger of its own."""
    if pos <= t.end:
        return False
    found = list(_BUT.finditer(text, t.end, pos))
    return bool(found) and not any(found[-1].start() <= o.start < pos for o in live)


def _speaker(text: str, pos: int, e: Entity, t: Span) -> bool:
    """The name at ``pos`` says what follows ("X said that ..."), and the trigger is in
    what it says."""
    end = pos + len(e.name)
    m = _SAYS_THAT.match(text[end:]) if text[pos:end] == e.name else None
    return m is not None and end + m.end() <= t.start and not re.match(
        r"\s*(?:it|they|elle|il|ils|elles)\b", text[end + m.end() :])


_REPORTS_THAT = re.compile(
    r"(?i)^[^.;:«“\"]{0,90}?\b(?:" + verbs(("say", "tell"), tenses=("past",)) + r")\b[^.;«“\"]{0,120}?"
    r"\b(?:que|qu['’]|that)\s*(?P<rest>[^.;]*)$"
)
_SELF_PASSIVE = re.compile(r"(?i)^(?:il|elle|he|she)\s+(?:\w+\s+)?(?:avait\s+été|a\s+été|était|had\s+been|has\s+been|was|is)\b")


# the subject of a verb of saying whose clause tells the act ("La porte-parole du département,
# X, a déclaré jeudi que ...", "X said on Monday that ..."), and a pronoun in that clause that
# points back to it ("... that it had been added", "qu'elle avait été ajoutée")
_REPORT_VERB = re.compile(
    r"(?i)(?:,[^,;:.]{1,80},|,)?\s+(?:(?:also|then|later|aussi|également|ensuite)\s+)?(?:(?:has\s+|had\s+)?"
    + said(("say", "add"), adverb=r"(?:\w+\s+)?") + r")"
    r"\b[^.;:«“\"]{0,60}?\b(?:que|qu['’]|that)\s*"
)
_BACK_TO_SPEAKER = re.compile(
    r"(?i)\b(?:il|elle|ils|elles|lui|leur|leurs|son|sa|ses|se|s['’]|he|she|it|they|him|her|its|his|their|them)\b"
)


def reports_act(text: str, pos: int, end: int, t: Span) -> bool:
    """The name at ``pos:end`` is the subject of a verb of saying (after a title set off
    by a comma, or opening the sentence) and the act of ``t`` is told in what it says,
    with no pronoun there pointing back to the name."""
    if end > t.start or not (_OPENING.match(text[:pos]) or re.fullmatch(r"\W*[^,;:.]{3,80},\s*", text[:pos])):
        return False
    m = _REPORT_VERB.match(text, end)
    return m is not None and m.end() <= t.start and not _BACK_TO_SPEAKER.search(text, m.end(), t.end + 40)


def _reporter(text: str, pos: int, e: Entity, t: Span) -> bool:
    """The person at ``pos``, the first name of the sentence, reports in a main clause
    what the trigger's clause says ("X informed his allies that he planned to sanction
    Y"), unless that clause tells of the person's own listing ("... that she had been
    sanctioned")."""
    if pos >= t.start or not _OPENING.match(text[:pos]):
        return False
    m = _REPORTS_THAT.match(text[pos + len(e.name) : t.start])
    return m is not None and not _SELF_PASSIVE.match(m.group("rest"))


# an attribution after what is said: ", said X", "», a annoncé le ministre X"
# a verb of saying or of reacting told after what is said, in either language (the
# past and the present: ", a salué le député X", ", s'est félicitée la ministre X", ",
# estime le sénateur X", ", wrote Senator X")
_SAYING = r"(?:told\s+\w+|" + said(("say", "add", "react")) + r")"
_INVERTED_SPEAKER = re.compile(
    r"(?i)[,»”\"]\s*(?:" + _SAYING + r"|selon)\s+(?:(?:le|la|les|the|l['’])\s*)?(?:[\w-]+\s+){0,3}$"
)
# (the title between the verb and the name, up to its comma: "a précisé la vice-ministre
# chargée des affaires de X, Jeanne Roe")
_TITLED_INVERTED_SPEAKER = re.compile(
    r"(?i)[,»”\"]\s*" + _SAYING + r"\s+(?:(?:on\s+)?\w+day\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?:le|la|the|l['’])\s*(?-i:[a-zà-ÿ][\w'’-]*)(?:\s+[\w'’.-]+){0,14}?,\s+$"
)
# (the title right before the name, no comma between them: "», a déclaré le secrétaire
# d'État norlandais Jean Roe dans un communiqué", "," said Norland's foreign minister Jane
# Roe"): an office word, then only the words a title is written with (its portfolio's
# particles and capitalised words, "d'État", a nationality, "adjoint", "général")
_OFFICE_WORD = r"(?:" + offices.words_re(offices.OFFICES) + r")"
_TITLE_TAIL_WORD = (r"(?:de|des|du|d['’](?-i:[A-ZÀ-Ý])[\w'’-]*|of|for|à|aux|au|la|le|l['’](?-i:[A-ZÀ-Ý])[\w'’-]*|the|and|et|"
                    + offices.words_re(("qualifier", "rank", "portfolio")) + r"|(?-i:[A-ZÀ-Ý][\w'’.-]*)|"
                    r"(?-i:[a-zà-ÿ]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|ique|an|ese|ish)))")
_TITLED_SPEAKER_NO_COMMA = re.compile(
    r"(?i)[,»”\"]\s*" + _SAYING + r"\s+(?:(?:on\s+)?\w+day\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?:(?:le|la|l['’]|the)\s*)?(?:(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|(?-i:[a-zà-ÿ]+(?:ain|aine|ais|aise|ois|oise|ien|ienne|ique|an|ese|ish))|"
    r"new|nouvel(?:le)?|nouveau|former|ancien(?:ne)?|top|chief|deputy|foreign|vice-|sous-|under)\s*){0,3}"
    + _OFFICE_WORD + r"(?:\s+" + _TITLE_TAIL_WORD + r"){0,6}\s+$"
)
# (the title after the name: ", a annoncé samedi Jean Roe, l'envoyé spécial pour X")
_TITLE_COMMA_AFTER = re.compile(r"(?i),\s+(?:the|le|la|l['’]|an?|un|une)\s*(?-i:[a-zà-ÿ])")
# a name between a comma and its verb of saying: the source of the sentence
_SOURCE_BEFORE = re.compile(r"(?i),\s+(?:(?:the|le|la|les|l['’])\s*)?$")
_SAID_AFTER = re.compile(
    r"(?i)\s*(?:\([^()]{1,12}\)\s*)?(?:told\s+\w+|" + said(("say", "add", "report")) + r")(?:\s+(?:on\s+|last\s+|this\s+)?\w+day|\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s*[.,;]"
)
_DESC_LEAD = re.compile(r"(?i)\s*(?:(?:on|against|of|sur|contre)\s+)?")
_SUBJECT_AFTER = re.compile(r"(?i)\s*,?\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[A-Z][\w.-]*\s+){0,4}?(?:Treasury|Department|Council|Commission|"
                            r"government|Conseil|Trésor|département|gouvernement|OFAC|BIS|Washington|Bruxelles|Londres|"
                            r"Britain|London|Brussels)\b")


def _described_object(text: str, t: Span, rel: list[tuple[int, int, Mention]], lang: str) -> int | None:
    """The index in ``rel`` of the company a trigger's object describes without naming
    it ("the drone maker", "du négociant ouzbek"): the nearest company named before the
    trigger, in a sentence whose own clause holds no name at the object place."""
    tail = re.search(r"(?i)\b(?:du|au|le|la|l['’]|of\s+the|the)\s*$", text[t.start : t.end])
    if tail is not None:
        at = t.start + tail.start()  # "l'inscription du [négociant ouzbek]"
    else:
        lead = _DESC_LEAD.match(text, t.end)
        at = lead.end() if lead else t.end
    m = re.compile(PACKS[lang].anaphora).match(text, at)
    pronoun = lang == "en" and re.match(r"it\b(?!['’]s)", text[at:]) is not None \
        and re.search(r"(?i)\b(?:after|before|when|once|since)\b", text[: t.start]) is not None
    if not pronoun and (m is None or " " not in m.group(0).strip()
                        or re.match(r"(?i)\s*(?:its|sa|son|ses)\b", m.group(0))):
        return None
    if m is not None and not pronoun and re.match(r"\s+[A-ZÀ-Ý0-9«“\"]", text[m.end():]) \
            and not _SUBJECT_AFTER.match(text, m.end()):
        return None  # "the company Huawei": the name is the object
    # (a person named as a speaker is no company: "said Mira Halden, ...")
    before = [k for k, (a, b, mm) in enumerate(rel) if b <= t.start and mm.entity is not None
              and not (mm.entity.person and (_SPEAKER_BEFORE.search(text[max(0, a - 30) : a])
                                             or _OWN_VERB.match(text[b:])))]
    if m is not None and len(before) > 1:
        # the name the sentence introduced with the same noun ("le groupe Falcon et son logiciel
        # Kestrel ... a placé le groupe sur sa liste"): that one, not the nearest
        head = m.group(0).split()[-1].lower()
        same = [k for k in before if re.search(
            rf"(?i)\b{re.escape(head)}\s+(?:[\w'’-]+\s+){{0,2}}$", text[max(0, rel[k][0] - 40) : rel[k][0]])]
        if len(same) == 1:
            return same[0]
    return before[-1] if before else None


# a second object after the first one's apposition, with the preposition repeated: "a
# travel ban on A, a businessman ..., and on B", "des sanctions contre X, ..., et contre Y"
_PARALLEL = re.compile(
    r"(?i),?\s+(?:and|et|as\s+well\s+as|ainsi\s+que)\s+(?:also\s+|aussi\s+)?(?P<p>on|against|contre|sur|of|de)\s+"
    r"(?:(?:the|la|le|l['’])\s*|(?:its|his|her|their|son|sa|ses|leur)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?$"
)


# "le gel des avoirs de X et de ses filles, ceux de Y", "the assets of X and those of Y"
_THOSE_OF = re.compile(r"(?i)(?:,|,?\s+(?:and|et|as\s+well\s+as|ainsi\s+que))\s+(?:ceux|celles|celui|celle|those|that)\s+"
                       r"(?P<p>de|of)\s+$")


def _parallel_object(text: str, t: Span, pos: int) -> bool:
    """The name at ``pos`` is the trigger's object again, its preposition repeated (or
    the noun too, as "those of")."""
    m = _PARALLEL.search(text[:pos]) or _THOSE_OF.search(text[:pos])
    if m is None or m.start() < t.end:
        return False
    head = text[t.start : min(t.end + 40, m.start())]
    return bool(re.search(rf"(?i)\b{m.group('p')}\s", head)) and not re.search(r"[.;:]", text[t.end : m.start()])


_APPOSITION = re.compile(
    r"\([^()]{1,60}\)|,\s+(?:the|an?|its|his|her|their|le|la|l['’]|une?|son|sa|ses|leur|which|who|qui)\s"
    r"[^,;:.()]{1,70}?(?=,)"
)
_OBJECT_LIST = re.compile(
    r"(?i)\s*(?:(?:on|against|of|contre|de|du|à)\s+)?(?:(?:the|le|la|les|l['’])\s*)?X"
    r"(?:\s*(?:,|;|\band\b|\bet\b|&|\bas\s+well\s+as\b|\bainsi\s+que\b)\s*(?:(?:on|against|of|contre|de|du|à)\s+)?"
    r"(?:(?:the|le|la|les|l['’])\s*)?X)*\s*(?:,\s*)?(?:\band\b|\bet\b|&|\bas\s+well\s+as\b|\bainsi\s+que\b|,)\s*"
    r"(?:(?:on|against|of|contre|de|du|à)\s+)?(?:(?:the|le|la|les|l['’])\s*)?$"
)


# a short complement of the act, then a colon that opens its series
_SERIES_COLON = re.compile(r"[^.:;,]{0,40}:\s*")
# the act's object told as a group of people or bodies, then the word that opens its
# members ("sanctioned several relatives of the mayor, including ...", "a sanctionné
# plusieurs membres de l'entourage du maire, notamment ...", "four associates of the mayor – ..."):
# the series of the act's parties opens after that word
_GROUP_THEN_MEMBERS = re.compile(
    r"(?i)\s*(?:(?:on|against|targeting|visant|contre|sur)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:members|associates|allies|relatives|family\s+members|officials|individuals|persons|people|entities|"
    r"companies|firms|executives|leaders|figures|membres|proches|alliés|associés|responsables|personnes|"
    r"personnalités|entités|sociétés|entreprises|dirigeants|individus)\b"
    r"(?P<rest>[^.:;()–—]{0,70}?)(?:,\s*(?:including|among\s+them|notably|notamment|dont|"
    r"parmi\s+(?:eux|elles|lesquel(?:le)?s))|\s[–—]|\s*:)\s+"
)
_FIRST_MEMBER = re.compile(
    r"(?:(?:his|her|its|their|son|sa|ses|leur|the|le|la|l['’])\s*)?"
    r"(?:(?!(?:since|after|before|when|while|until|for|in|on|at|to|by|with|from|as|than|depuis|après|avant|"
    r"pour|dans|par|avec|que|qui|sur|en)\s)[a-zà-ÿ][\w'’-]*\s+){0,4}"
)
# a clause of its own in that group's description: its members are not the act's ("firms
# that supply carmakers, including ...")
_GROUP_CLAUSE = re.compile(r"(?i)\b(?:which|that|who|whom|whose|qui|que|dont|où|where|when|lorsque)\b|\b\w{3,}ing\b|\b\w+ant\s")


@dataclass(frozen=True)
class _At:
    """A trigger's place, moved."""

    event: str
    start: int
    end: int


def listed_after(sent: Sentence, pos: int, t: Span, local: Sequence[Mention]) -> bool:
    """The name at ``pos`` ends a list of the trigger's objects once parentheses and
    appositions are set aside ("designated A (A), the director of B, and C (C), its
    owner"): one more object."""
    text = sent.text
    if pos <= t.end:
        return False
    colon = _SERIES_COLON.match(text, t.end)
    if colon is not None and colon.end() <= pos and not any(t.end <= m.start - sent.start < colon.end() for m in local):
        # the act, then its series after a colon ("the sanctions were lifted from the dead:
        # the commander of X, A, deputies B and C"): the list opens after the colon
        t = _At(t.event, t.start, colon.end())
    group = _GROUP_THEN_MEMBERS.match(text, _word_end(text, t.end))
    if group is not None and group.end() <= pos and not _GROUP_CLAUSE.search(group.group("rest")) \
            and not any(t.end <= m.start - sent.start < group.end() for m in local):
        t = _At(t.event, t.start, group.end())
        if _FIRST_MEMBER.fullmatch(text, t.end, pos):
            return True  # the series' first member, told with its title at most
    if re.search(r"[.:]", text[t.end : pos]):
        return False
    if ";" not in text[t.end : pos]:
        masked = _APPOSITION.sub(lambda m: " " * len(m.group(0)), text[t.end : pos])
        marks = list(masked)
        for m in local:
            a, b = m.start - sent.start - t.end, m.end - sent.start - t.end
            if 0 <= a < len(marks) and masked[a] != " ":
                marks[a:b] = ["X"] + [" "] * (b - a - 1)
        if _OBJECT_LIST.fullmatch(re.sub(r"\s+", " ", "".join(marks))):
            return True
    return _described_list(sent, pos, t, local)


_ALIAS = re.compile(r"(?i)\b(?:as|alias|aka|a\.k\.a|known|called|dite?s?|formerly|anciennement|ex|acronyms?|acronymes?|sigle|abbreviat\w*|short)\b")
_ITEM_SEP = re.compile(r"\s*(?:,|;|\band\b|\bet\b|&|\bas\s+well\s+as\b|\bainsi\s+que\b)\s*")
_FIRST_OBJECT = re.compile(r"(?i)(?:(?:on|against|of|contre|de|du|à)\s+)?(?:(?:the|le|la|les|l['’])\s*)?X")
# the first object told with its title ("on defence minister General X", "Norland's Minister
# of Information X"): lower case words, after a possessor
_TITLED_FIRST = re.compile(r"(?:(?:on|against|of|contre|de|du|à)\s+)?(?:(?:the|le|la|les|l['’])\s*)?(?:[A-ZÀ-Ý][\w-]*['’]s\s+)?"
                           r"(?:[a-zà-ÿ][\w’'-]*\s+){1,5}X")


_OWNER_LEAD = re.compile(r"^(?:(?:and|et)\s+)?[A-ZÀ-Ý][\w-]*['’]s\s+(?=[A-Za-zà-ÿ])")
_NAME_TAIL = re.compile(r"X(?:\s[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}(?=\s*[,;]|$)")


def _described_list(sent: Sentence, pos: int, t: Span, local: Sequence[Mention]) -> bool:
    """The trigger's object list, its items told with descriptions, ends at ``pos``
    ("include A, owner of B, worth more than £9 billion; industrialist C"; "are A,
    chairman of B; D, chief executive of E; and F"): the object right after the trigger,
    then names and descriptions with no clause of their own."""
    text = sent.text
    gap = list(_NOTE.sub(lambda m: " " * len(m.group(0)), text[t.end : pos]))
    for m in local:
        a, b = m.start - sent.start - t.end, m.end - sent.start - t.end
        if 0 <= a and b <= len(gap) and not (0 < pos - m.end + sent.start and possessor(text, m.end - sent.start)):
            # (a possessor in an item's title is no item: "Varga's wife, A")
            gap[a:b] = ["X"] + [" "] * (b - a - 1)
    # (a name's last words the finder left out are the name's: "X Garcia; his son, Y")
    pieces = _ITEM_SEP.split(_NAME_TAIL.sub("X", re.sub(r"\s+", " ", "".join(gap)).strip()))
    first = next((k for k, p in enumerate(pieces) if p == "X"), 0)
    if first and len(pieces) > first + 1 and not any("X" in p for p in pieces[:first]):
        lead = re.sub(r"\s+", " ", "".join(gap)).strip()
        lead = lead[: lead.index("X")].rstrip(" ,")
        if _described(_LEAD_PREP.sub("", _RANK_WORD.sub(lambda r: r.group(0).lower(), _OWNER_LEAD.sub("", lead))), False):
            # the first object's title before it, then its name ("placed on its list the
            # first lady of Norland, X, the vice-president Y and ...", "contre les ministres
            # de l'Intérieur et de la Justice, X et Y"): one item
            pieces = ["X", *pieces[first + 1 :]]
    if len(pieces) < 2 or not (_FIRST_OBJECT.fullmatch(pieces[0]) or _TITLED_FIRST.fullmatch(
            _RANK_WORD.sub(lambda r: r.group(0).lower(), pieces[0])) or _titled_item(pieces[0])):
        return False
    for i, piece in enumerate(pieces[1:], start=1):
        # (a possessor before an item's title: "and Norland's Minister of the Interior [X]")
        piece = _RANK_WORD.sub(lambda r: r.group(0).lower(), _OWNER_LEAD.sub("", _ARTICLE.sub("", piece.strip())))
        if not piece or piece == "X":
            continue
        if i == len(pieces) - 1:
            # right before the name: its title ("industrialist", "its Deputy Secretary
            # General"), never a description whose noun the name is ("president of the
            # pipeline company [X]")
            if _RELATIVE_LEAD.match(piece):
                return False  # ("X, dont le fondateur [Y]", "whose owner [Y]": the relative's person)
            if _ALIAS.search(piece) or not (piece.islower() and (len(piece.split()) <= 3 or len(piece.split()) <= 5
                                            and not _CLAUSE_GLUE.search(piece))) and not _described(piece, True):
                return False  # ("also identified as [X]": another name of the one before)
        elif not _described(piece.replace("X", "Name"), False) and not _titled_item(piece):
            return False
    return True


# between two coordinated subjects: the first one's origin, the glue, the second one's title
# ("A of Norland and international businessman [B]", "A, et l'homme d'affaires [B]")
_SUBJECT_GLUE = re.compile(
    r"(?:\s+(?:of|from|de|du)\s+(?:the\s+|la\s+|l['’])?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})?"
    r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)(?:(?:the|le|la|l['’]|son|sa|his|her)\s*)?"
    r"(?:[a-zà-ÿ][\w'’-]*\s+){0,3}"
)


def _coordinated_subject(sent: Sentence, pos: int, kept: Sequence[Mention]) -> bool:
    """The name at ``pos`` is coordinated with a kept name that opens the sentence (its
    subject, told first), and no verb of its own follows it."""
    text = sent.text
    firsts = sorted(kept, key=lambda m: m.start)
    if not firsts or firsts[0].start - sent.start >= pos or not _OPENING.match(text[: firsts[0].start - sent.start]):
        return False
    prev = max((m for m in kept if m.end - sent.start <= pos), key=lambda m: m.end, default=None)
    if prev is None or not _SUBJECT_GLUE.fullmatch(text, prev.end - sent.start, pos):
        return False
    after = text[pos:].split(None, 3)
    return not _OWN_VERB.match(" " + " ".join(after[2:])) and not _OWN_VERB.match(" " + " ".join(after[1:]))


def _next_item_of_kept(sent: Sentence, pos: int, acts: Sequence[Span], local: Sequence[Mention], kept: set[int]) -> bool:
    """The person at ``pos`` is the next item of an act's object series after a kept party,
    each told with its role (``titled_items``), and has no verb of its own after it."""
    text = sent.text
    before = [m for m in local if id(m.entity) in kept and m.end - sent.start <= pos
              and any(t.event in AGENCY_ACTS and t.end <= m.start - sent.start for t in acts)]
    if not before:
        return False
    prev = max(before, key=lambda m: m.end)
    if any(m.entity is not None and prev.end <= m.start < sent.start + pos for m in local):
        return False  # another name stands between: the series is read name by name
    end = max(m.end for m in local if m.start - sent.start == pos) - sent.start
    after = text[pos:].split(None, 3)
    if _OWN_VERB.match(" " + " ".join(after[2:])) or _OWN_VERB.match(" " + " ".join(after[1:])) \
            or opens_clause(text[end:]):
        return False
    return next_titled_item(text[prev.end - sent.start : pos])


def _titled_item(piece: str) -> bool:
    """An item of a list told with its title before the name ("Duma deputies X", "the
    commander of Orlan PMC X")."""
    piece = _LEAD_PREP.sub("", piece.strip())
    return piece.endswith(" X") and piece.count("X") == 1 and _described(piece[:-2], True)


_RELATIVE_LEAD = re.compile(r"(?i)(?:dont|whose|qui|who|which|où)\b")
# a longer lower-case title holds no clause ("deputy home affairs minister", not "who was
# appointed by president")
_CLAUSE_GLUE = re.compile(
    r"\b(?:who|whom|whose|which|that|by|of|for|to|with|from|at|in|on|was|were|is|are|has|had|have|be|been|"
    r"qui|que|dont|par|de|du|des|pour|avec|est|sont|a|ont|été)\b"
)
# a military rank in a title ("home affairs minister Lt General"): title words
_RANK_WORD = re.compile(r"\b(?:Lt|Lieut|Lieutenant|Maj|Major|Brig|Brigadier|Col|Colonel|Gen|General|Adm|Admiral)\b\.?"
                        # ... and a capitalised office ("Minister for Investment")
                        r"|\b(?:Deputy\s+)?Minister\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?")


def _idx(rel: list[tuple[int, int, Mention]], start: int) -> int:
    return next(i for i, (a, _b, _m) in enumerate(rel) if a == start)


_INDEFINITE_HEAD = re.compile(
    r"(?i)\b(?:an?|une?|d['’]un|d['’]une)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:supplier|company|firm|trader|shipper|bank|group|partner|customer|client|entity|person|individual|"
    r"fournisseur|société|entreprise|négociant|banque|groupe|partenaire|entité|personne|individu)s?\s+$"
)


_HEAD_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:supplier|company|firm|trader|shipper|bank|group|partner|customer|client|entity|"
    r"vessel|tanker|oligarch|businessman)s?\b"
)


def indefinite_head(text: str, t: Span, lang: str) -> bool:
    """A bare participle on an indefinite noun ("rompt avec un fournisseur sanctionné", "a
    sanctioned supplier" is told the other way round): about a party the sentence does not
    name, never the name beside it."""
    art = r"\b(?:an?|An?)\s+$" if lang == "en" else r"\b(?:une?|Une?)\s+$"
    if re.search(art, text[max(0, t.start - 5) : t.start]) and _HEAD_AFTER.match(text, t.end):
        return True  # "drops a blacklisted supplier"
    return bool(_INDEFINITE_HEAD.search(text[max(0, t.start - 60) : t.start])) and not re.match(
        r"(?i)\s*(?:par|by|sur|on|to|à)\b", text[t.end :]) and bool(
        re.fullmatch(r"(?i)(?:sanction|blacklist|désign|design|inscri|visé)\w*", (text[t.start : t.end].split() or [""])[0]))


def titles_a_person(text: str, end: int) -> bool:
    """The name ending at ``end`` is the employer in the title of a person named next
    ("Orvex CEO Pavel Dremin", "Kestrel spokesman X")."""
    return _TITLE_AFTER.match(text, end) is not None


def possessor(text: str, end: int) -> bool:
    """The name ending at ``end`` possesses what follows ("Putin’s allies"), unless that
    is its own listing or case ("Xiaomi’s designation", "Luokung's lawsuit"); or owns the
    unit named right after it ("Korvin subsidiary Ostrava Dynamics": the unit is the party)."""
    after = text[end:]
    return bool(_POSSESSIVE.match(after)) and not _OWN_CASE.match(after) or bool(_UNIT_AFTER.match(after))


def owns_company(text: str, pos: int) -> bool:
    """The name at ``pos`` is named as the owner of the company an act is about ("la
    société de l'homme d'affaires X"): the company is the party, never the owner."""
    return bool(_OWNER_COMPANY.search(text[max(0, pos - 45) : pos]))


# a lower-case kind of body after a leader's "of" ("head of the veterans' league X")
_LEADER_OF = re.compile(
    r"(?i)\b(?:leaders?|heads?|chiefs?|commanders?|members?)\s+of\s+(?:the\s+)?(?:(?-i:[a-z][\w’'-]*)\s+){0,3}$"
)


# the body the person named just before heads (a name, not an opening adverb: "Thus, the
# head of the X service Jane Roe" names the holder), told in that person's apposition with a
# description of the body in lower case or by nationality ("X, the boss of the country's
# second oil producer Y", "X, patron du numéro trois du secteur minier Y", "X, head of Y"):
# Y is the office's body and X the party (an owner is left out: the vessel or the firm a
# listed person owns may be listed with it)
_OFFICE_OF_DESCRIBED = re.compile(
    r"(?:(?<=\w\s)|(?-i:[A-ZÀ-Ý])[\w'’.-]*\s+)(?-i:[A-ZÀ-Ý])[\w'’.-]*,\s+(?i:(?:(?:the|le|la|l['’])\s*)?(?:(?:former|ancien(?:ne)?|ex-)\s*)?"
    r"(?:boss|head|chief(?:\s+executive)?|chairman|chairwoman|CEO|(?:co-)?founder|(?:general\s+|managing\s+)?director|"
    r"president|patron(?:ne)?|PDG|présidente?|directeur|directrice|fondat(?:eur|rice)|dirigeante?)"
    r"(?:\s+(?:général|générale|exécutif|executive))?\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|l['’])\s*)?)"
    # (no word that closes the description: a coordinator or a clause's opener names the
    # next item, "A, head of the city radio and B")
    r"(?:(?!(?:and|et|or|ou|nor|ni|but|mais|who|which|that|whose|qui|que|dont|où|as|comme|with|avec|"
    r"plus|along|ainsi|including|notamment|among|parmi|then|puis)\s)(?:[a-zà-ÿ0-9][\w'’-]*|"
    + _DEMONYM.pattern + r")\s+){0,7}$"
)


# an item's own title, told with its article right after the comma that closes the item
# before ("..., le chef de l'office des douanes Y", "..., the head of the state agency Y")
_SERIES_TITLE_BEFORE = re.compile(
    r"(?i),\s+(?:le|la|l['’]|the)\s*(?:(?:ancien(?:ne)?|former|ex-)\s*)?(?-i:[a-zà-ÿ])[\w'’-]*(?:\s+(?-i:[a-zà-ÿ])[\w'’-]*){1,9}\s+$"
)


def apposed_office(text: str, pos: int) -> bool:
    """The name at ``pos`` is the body whose office the apposition of the name just before
    gives ("X, the boss of the country's second oil producer Y"): not a party."""
    return _OFFICE_OF_DESCRIBED.search(text, max(0, pos - 120), pos) is not None


def office_of(text: str, pos: int) -> bool:
    """The name at ``pos`` is the body an office is of ("chairman of the X holding", "head
    of the veterans' league Y", "président du groupe Z")."""
    before = text[max(0, pos - 90) : pos]
    return bool(_ROLE_OF.search(before) or _LEADER_OF.search(before))


def possessed(text: str, pos: int) -> bool:
    """The name at ``pos`` is given as the owner, founder or relative of another party."""
    return bool(_POSSESSOR.search(text[max(0, pos - 40) : pos]))


# a name between the relation and the party, then a comma: the party is that relation
_NAMED_APPOSITION = re.compile(r"\s*(?:[A-ZÀ-Ý][\w'’.\-]*\s+){0,3}[A-ZÀ-Ý][\w'’\-]*,\s*")


# a counted group right before "dont" ("sept responsables de l'armée, dont"), and the
# relatives a "dont" may name instead ("X, dont le fils Y")
_COUNTED_BEFORE = re.compile(
    r"(?i)\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs|"
    r"une\s+dizaine\s+d['’e]|une\s+douzaine\s+d['’e])\s*(?:[\w'’-]+\s+){0,8}?[\w'’-]+,?\s*$"
    # ... or a plural group told without a count ("le gel des avoirs de dirigeants moldaves,
    # dont l'ex-ministre X")
    r"|(?-i:\b(?:des|de|les|ces|d['’])\s*[a-zà-ÿ][a-zà-ÿ'’-]*[sx](?:\s+[a-zà-ÿ][a-zà-ÿ'’-]*[sx]){0,2}),\s*$"
)
# (an owner or a founder told with what they own is a title, one of the group: « six
# magnats dont le fondateur de la chaîne Orvex, X »; « X, dont le propriétaire Y » relates)
_RELATION_AFTER = re.compile(
    r"(?i)\s*(?:le|la|les|l['’]|son|sa|ses)\s*(?:fils|fille|filles|épouse|mari|père|mère|frère|sœur|soeur|"
    r"cousin|cousine|neveu|nièce|oncle|tante|gendre|(?:propriétaire|fondateur|actionnaire)\b(?!\s+(?:[a-zà-ÿ]+\s+)?(?:de|du|des|d['’])))\b"
)


def _places(local: Sequence[Mention], sent: Sentence, e: Entity, first: int) -> list[int]:
    """Where the sentence names ``e``: ``first`` (its place as itself), then its other places."""
    return [first, *sorted({m.start - sent.start for m in local if m.entity is e} - {first})]


def _object_place(sent: Sentence, pos: int, t: Span, lang: str) -> bool:
    """``pos`` is the act's object: in its clause, right after its verb (an article or a
    title at most between), or the object of the measures the act tells after its verb, a
    day set off by commas at most before them ("lifted, on 3 May, the asset freeze and the
    travel ban against X", « a levé, le 3 mai, les sanctions à l'encontre de X »)."""
    if pos < t.end:
        return False
    ca, cb = clause_bounds(sent.text, lang, t.start, t.end)
    if ca <= pos < cb and _OBJECT_GAP.fullmatch(sent.text, t.end, pos) is not None:
        return True
    gap = _MEASURE_GAP.fullmatch(sent.text, t.end, pos)
    return gap is not None and _MEASURE_WORD.search(gap.group("noun")) is not None \
        and _CLAUSE_WORDS.search(gap.group("noun")) is None


_OBJECT_GAP = re.compile(r"(?i)\s+(?:(?:the|le|la|les|l['’]|à|au|aux|de|du|des|d['’])\s*)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,3}")
_MEASURE_GAP = re.compile(
    r"(?i)(?:\s*,\s*(?:le|on|en|in)?\s*[\w .]{1,25}?,)?\s+(?P<noun>(?:[\w'’-]+\s+){1,8}?)"
    r"(?:à\s+l['’]encontre\s+(?:de\s+|du\s+|d['’]\s*)|contre\s+|visant\s+|against\s+|on\s+|targeting\s+)"
    r"(?:(?:the|le|la|l['’])\s*)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,3}"
)
_MEASURE_WORD = re.compile(r"(?i)\b(?:sanctions?|restrictions?|mesures?|measures?|gel|freeze|interdictions?|bans?)\b")
_CLAUSE_WORDS = re.compile(r"(?i)\b(?:qui|que|which|that|who|a|ont|avait|has|have|had|is|are|was|were|est|sont)\b")


def _person_ok(sent: Sentence, pos: int, t: Span, lang: str, reach: bool = True) -> bool:
    """A person is a trigger's party when named in its own clause and not as the owner,
    founder or relative of another party ("controlled by billionaire Oleg Deripaska").
    ``reach``: whether the place must be in the trigger's clause (not when the caller
    read it as the act's object)."""
    before = sent.text[max(0, pos - 40) : pos]
    own = _POSSESSOR.search(before)
    if own is not None and _NAMED_APPOSITION.fullmatch(before, own.end()):
        own = None  # "the daughter of Victor Kell, Anna Kell": the name the description is of
    if own is not None and own.group(0).lower() == "dont" and not _RELATION_AFTER.match(before, own.end()) \
            and _COUNTED_BEFORE.search(sent.text[max(0, pos - 160) : pos - len(before) + own.start()]):
        own = None  # "sanctions contre sept responsables, dont le chef d'état-major X": one of them
    if own is not None or _TEMPORAL.search(before):
        return False
    after = sent.text[pos:].split(None, 3)
    rest = " ".join(after[1:] if len(after) > 1 else [])
    if (_OWN_VERB.match(" " + rest) or _OWN_VERB.match(" " + " ".join(after[2:]))) and not (
            t.event == "legal_challenge" and pos < t.start
            and (_SAYS_IN_CASE.match(" " + rest) or _SAYS_IN_CASE.match(" " + " ".join(after[2:])))):
        return False  # the person acts in a clause of their own: "... after Deripaska agreed"
    return not reach or _in_reach(sent, pos, t, lang)


_COORDINATION = re.compile(r"\s*,\s*|\s+(?:and|et)\s+")


# people a name qualifies ("three Garantex executives", "Orvex employees"): the name is theirs, no party
# a company's unit named right after it, its kind between ("Korvin subsidiary Ostrava
# Dynamics", "Korvin unit Ostrava"): the owner qualifies the unit, the unit is the party
_UNIT_AFTER = re.compile(r"\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|affiliate|arm|division|branch)\s+"
                         r"(?:the\s+)?(?-i:[A-ZÀ-Ý0-9])", re.IGNORECASE)
_STAFF_AFTER = re.compile(r"\s+(?:(?:supervisory|management|executive|former)\s+)?(?:board\s+members|directors|operatives|"
                          # (and the office people of its own hold: "three past Norland Cabinet ministers")
                          r"ministers|lawmakers|deputies|senators|generals|commanders|traffickers|"
                          r"individuals|financiers|militants|fighters|executives|officials|employees|staff|managers|officers|shareholders|customers|clients|"
                          r"users|engineers|workers|employés|dirigeants|salariés|cadres|actionnaires|clients)\b")


def _in_role_run(sent: Sentence, local: Sequence[Mention], m: Mention) -> bool:
    """``m`` is a later name of a run of coordinated names that a title opens ("head of
    the Court's Jurisdiction, Complementarity and Cooperation Division"): one office."""
    ordered = sorted(local, key=lambda o: o.start)
    k = i = ordered.index(m)
    while k > 0 and _COORDINATION.fullmatch(sent.text, ordered[k - 1].end - sent.start, ordered[k].start - sent.start):
        k -= 1
    j = i
    while j + 1 < len(ordered) and _COORDINATION.fullmatch(sent.text, ordered[j].end - sent.start, ordered[j + 1].start - sent.start):
        j += 1
    if k == i or "," in sent.text[ordered[j - 1].end - sent.start : ordered[j].start - sent.start]:
        return False  # (a run closed by "and": "chef du groupe X, Igor Y" names the office's holder)
    first = ordered[k].start - sent.start
    return bool(_ROLE_OF.search(sent.text[max(0, first - 90) : first]))


def targets(
    live: Sequence[Span], local: list[Mention], sent: Sentence, lang: str
) -> dict[int, list[Entity]]:
    """Entities of the sentence per trigger (``_targets_main``), and for an act told in a
    clause hung on a name by a comma ("bought parts for X, a firm placed on the list in
    2016", "sat on the board of X, which was sanctioned"), that name too, whatever its place
    in the main clause (news/own_clauses.py)."""
    out = _targets_main(live, local, sent, lang)
    named = [m for m in local if m.entity is not None]
    spans = [(m.start - sent.start, m.end - sent.start) for m in named]
    for i, t in enumerate(live):
        for k in clause_owners(sent.text, t.start, t.end, spans):
            ent = named[k].entity
            if ent is not None and all(ent is not o for o in out.get(i, [])):
                out.setdefault(i, []).append(ent)
    return out


def _targets_main(
    live: Sequence[Span], local: list[Mention], sent: Sentence, lang: str
) -> dict[int, list[Entity]]:
    """Entities of the sentence per trigger: all of them (one event each), or, when the
    sentence mixes event types and names several entities, those of the trigger's own
    clause, else its subject (the nearest entity before it), else the next one after."""
    # a trigger's own word is no name ("Chinese Units Sanctioned by US": a headline's case)
    local = [m for m in local if not any(
        t.start <= m.start - sent.start < t.end and " " not in m.text
        and m.text.casefold() == sent.text[t.start : t.end].split()[0].casefold() for t in live)]
    told = list(local)  # every name the sentence tells, before any is set aside
    if live and all(any(reports_act(sent.text, m.start - sent.start, m.end - sent.start, t) for t in live)
                    for m in local):
        return {}  # every name reports the act told in its clause: the party is told another way
    uniq: list[tuple[Entity, int]] = []
    for m in local:
        assert m.entity is not None
        if all(e is not m.entity for e, _p in uniq):
            # (where a name is told as itself, not as another's possessor: "designated Varga's
            # wife, A; his son, Mikel Varga": the son's place is his own name's)
            itself = [o for o in local if o.entity is m.entity and not possessor(sent.text, o.end - sent.start)]
            uniq.append((m.entity, (itself[0] if itself else m).start - sent.start))
    if not uniq:
        return {}
    # a name given as a possessor ("Putin’s key political allies") is not the party,
    # unless what it possesses is the listing or the case ("Xiaomi’s designation")
    def possessive(m: Mention) -> bool:
        # (or a name that qualifies people of its own: "three Garantex executives")
        return possessor(sent.text, m.end - sent.start) or bool(_STAFF_AFTER.match(sent.text, m.end - sent.start))

    poss = {id(e) for e, _p in uniq
            if all(possessive(m) for m in local if m.entity is e)}
    if poss and len(poss) == len(uniq) and _BACK_TO_OWNER.search(sent.text[max(p for _e, p in uniq):]):
        poss = set()  # "gave GAZ Group's partners until March 7 to wind down dealings with the company"
    if poss:
        uniq = [(e, p) for e, p in uniq if id(e) not in poss]
        local = [m for m in local if id(m.entity) not in poss]
    # the owner of the company an act is about ("la société de l'homme d'affaires X", "the
    # firm of tycoon X"): the company is the party, named or not, never its owner
    owned = {id(e) for e, _p in uniq if all(owns_company(sent.text, m.start - sent.start)
                                            for m in local if m.entity is e)}
    if owned:
        uniq = [(e, p) for e, p in uniq if id(e) not in owned]
        local = [m for m in local if id(m.entity) not in owned]
        if not uniq:
            return {}
    # who speaks, told with a title ("Gao Feng, porte-parole du ministère, a déclaré : « les
    # entreprises ... seront placées sur une liste »"), and the group the listed are tied
    # to ("35 membres liés au réseau X", "persons affiliated with the X group"): no party
    aside = {id(m.entity) for m in local if m.entity is not None and all(
        _TITLED_SPEAKER.match(sent.text, o.end - sent.start) and all(
            o.end - sent.start <= t.start for t in live)
        or TIED_TO.search(sent.text[max(0, o.start - sent.start - 45) : o.start - sent.start])
        or _LEADERS_OF.search(sent.text[max(0, o.start - sent.start - 60) : o.start - sent.start])
        or not m.entity.person and _MEMBERS_OF_BODY.search(sent.text[max(0, o.start - sent.start - 70) : o.start - sent.start])
        or _LAW_FIRM.search(sent.text[max(0, o.start - sent.start - 30) : o.start - sent.start])
        or _TITLE_BEFORE.search(sent.text[max(0, o.start - sent.start - 70) : o.start - sent.start])
        and _SPEAKS_AFTER.match(sent.text, o.end - sent.start)
        for o in local if o.entity is m.entity)}
    if aside:
        uniq = [(e, p) for e, p in uniq if id(e) not in aside]
        local = [m for m in local if id(m.entity) not in aside]
        if not uniq:
            return {}
    # the trigger's object is a counted group ("announced sanctions against 7 oligarchs",
    # "a levé les sanctions visant trois anciens représentants"): a name before it is no
    # party of it (a page's banner or a credit run into the sentence, a source)
    if live and all(t.event in AGENCY_ACTS and _COUNTED_OBJECT.match(sent.text, _word_end(sent.text, t.end)) for t in live):
        first = min(t.start for t in live)
        # ... nor one the count's own complement names ("designated six officials from the
        # military, the Institute of Telecommunications and the Mining Company"): whom they
        # serve, until the parties are named as such ("including", ":")
        counts = [c for t in live if (c := _COUNTED_OBJECT.match(sent.text, _word_end(sent.text, t.end))) is not None]
        tail = max(c.end() for c in counts)
        served = _COUNT_COMPLEMENT.match(sent.text, tail) is not None and len(live) == 1
        stop = len(sent.text)
        if served:
            cue = _NAMED_AS_THEM.search(sent.text, tail)
            brk = re.compile(r"[;.]").search(sent.text, tail)
            stop = min(x.start() for x in (cue, brk) if x is not None) if (cue or brk) else stop
        first_piece = re.split(r",|\band\b|\bet\b", sent.text[tail:stop], maxsplit=1)[0]
        if served and (not re.search(r"[A-ZÀ-Ý]", first_piece)
                       or len({id(e) for e, p in uniq if tail <= p < stop}) == count_told(counts[-1].group(0))):
            # "visant trois entités du secteur bancaire syrien, la Banque X, Y et Z": a
            # complement naming no one, then the parties in apposition
            served = False
        elif served and sent.text[tail + len(first_piece) : tail + len(first_piece) + 1] == "," and len(
                {id(e) for e, p in uniq if tail + len(first_piece) < p < stop}) == count_told(counts[-1].group(0)):
            # "two associates of X, A and B": whom they serve, then the parties in apposition
            stop = tail + len(first_piece)
        # (a name inside the count qualifies the counted: "six Dorvan officials")
        start = tail if served else min(c.end() for c in counts)

        def counted_party(p: int) -> bool:
            return p >= first and not (any(c.start() <= p < c.end() for c in counts) or served and start <= p < stop)

        # (a party is one whose mention is among them, whatever its name's earlier use:
        # "three members of Varga's network: his son, Mikel Varga, ...")
        local = [m for m in local if counted_party(m.start - sent.start)]
        uniq = [(e, min(m.start - sent.start for m in local if m.entity is e)) for e, _p in uniq
                if any(m.entity is e for m in local)]
        if not uniq:
            return {}
    # the employer in a person's title ("including Chelsea FC owner Roman Abramovich"):
    # set aside before the subject and object places are read, the person takes its place
    employers = {id(m.entity) for m in local if m.entity is not None and not m.entity.person
                 and _TITLE_AFTER.match(sent.text, m.end - sent.start)
                 and all(_TITLE_AFTER.match(sent.text, o.end - sent.start) for o in local if o.entity is m.entity)}
    if employers and len(employers) < len(uniq):
        uniq = [(e, p) for e, p in uniq if id(e) not in employers]
        local = [m for m in local if id(m.entity) not in employers]
    if len(uniq) > 1:
        # names in the trigger's own clause (with a list of names running into it) beat
        # names elsewhere in the sentence ("When Inspur was placed on the list in 2023,
        # executives from AMD ...")
        near = {id(e) for e, p in uniq if any(_same_side(sent, p, t) for t in live)}
        if not near and _FRONTED_TIME.match(sent.text):
            return {}  # every name is in the time phrase: the act's party is told another way
        if near and len(near) < len(uniq):
            uniq = [(e, p) for e, p in uniq if id(e) in near]
            local = [m for m in local if id(m.entity) in near]
    if len(uniq) > 1 and len({t.event for t in live}) == 1:
        # a name in the trigger's own subject or object place is its party; the others
        # are bystanders ("Shares of Apple fell after Kylin was added", "added Kylin to
        # the list, joining Huawei and ZTE")
        per_trigger = [_arguments(t, local, sent, lang) for t in live]
        args = set().union(*per_trigger)
        if args and len(args) < len(uniq):
            uniq = [(e, p) for e, p in uniq if id(e) in args]
            local = [m for m in local if id(m.entity) in args]
    # a name inside a relative clause on the party, with a verb of its own ("la société
    # Altaïr, qui fournit des pièces au constructeur Qods", "X, a trader that it said
    # financed Wagner Group fighters")
    inner = {id(e) for e, p in uniq if any(_in_relative(sent.text, t, p, live) for t in live)}
    # a name inside a relative clause set between the subject and its verb ("The move, which
    # comes despite the tone Trump has struck with X, blocks ..."): never the act's party
    closed = {id(e) for e, p in uniq if live and all(_closed_relative(sent.text, p, t) for t in live)}
    if closed and len(closed) == len(uniq):
        return {}
    if closed:
        uniq = [(e, p) for e, p in uniq if id(e) not in closed]
        local = [m for m in local if id(m.entity) not in closed]
    # a name in a later clause with a verb of its own ("sanctioned X but spared its parent
    # Y", "mais a épargné sa maison mère Y"), and the speaker of a reported clause ("Delta
    # Nine said on Monday that Orvex, its customer, had been added")
    inner |= {id(e) for e, p in uniq if all(_other_clause(sent.text, t, p, live) for t in live)}
    inner |= {id(e) for e, p in uniq if any(_speaker(sent.text, p, e, t) for t in live)}
    # the person who reports a plan or an act, named as the sentence's subject ("Le Premier
    # ministre X avait informé ses alliés ... qu'il prévoyait de sanctionner Y")
    inner |= {id(e) for e, p in uniq if e.person and all(_reporter(sent.text, p, e, t) for t in live)}
    inner |= {id(e) for e, p in uniq if _REACTS.search(sent.text[max(0, p - 60) : p])
              or _OWNED_BY.search(sent.text[max(0, p - 50) : p]) or _LIKE.search(sent.text[max(0, p - 30) : p])}
    inner |= {id(e) for e, p in uniq if p > max((t.end for t in live), default=len(sent.text))
              and _INVERTED_SPEAKER.search(sent.text[max(0, p - 50) : p])}
    # the source told after the act, its verb after its name (", the X Company said.")
    inner |= {id(e) for e, p in uniq if p > max((t.end for t in live), default=len(sent.text))
              and _SOURCE_BEFORE.search(sent.text[max(0, p - 12) : p])
              and any(_SAID_AFTER.match(sent.text, m.end - sent.start) for m in local if m.entity is e)}
    # a name banned in a clause of its own after the listing ("a sanctionné le pays, interdisant
    # la compagnie aérienne X", "banning airline X"): a ban, no listing of X
    banned = {id(e) for e, p in uniq if all(t.event == "designation" and t.end < p for t in live)
              and _BANNED_AFTER.search(sent.text[max(0, p - 60) : p])}
    if banned:
        uniq = [(e, p) for e, p in uniq if id(e) not in banned]
        local = [m for m in local if id(m.entity) not in banned]
        if not uniq:
            return {}
    if inner and len(inner) < len(uniq):
        uniq = [(e, p) for e, p in uniq if id(e) not in inner]
        local = [m for m in local if id(m.entity) not in inner]
    # a name in the reason for the action, after its party ("sanctioned Mahan Air for
    # supporting the Revolutionary Guard", "for its ties to", "on behalf of")
    # (every time the sentence names it: "X's chairman ... was sanctioned for dealings with Y on
    # behalf of X": the owner, then the one served)
    # (a licence's or a deadline's dealings are what it allows, no reason: "extended the
    # deadline for dealings with X", "a licence for winding down business with X")
    def in_reason(m: Mention) -> bool:
        p = m.start - sent.start
        return any(t.end <= p and _REASON.search(sent.text[t.end : p])
                   and not (t.event in ("license", "deadline") and _DEALINGS_FOR.search(sent.text[t.end : p]))
                   for t in live)

    reasons = {id(e) for e, _p in uniq
               if all(in_reason(m) or possessive(m) for m in told if m.entity is e)
               and any(in_reason(m) for m in told if m.entity is e)}
    if reasons and len(reasons) == len(uniq):
        return {}  # "sanctions against Russia for the poisoning of X": the party is not named
    if reasons and len(reasons) < len(uniq):
        uniq = [(e, p) for e, p in uniq if id(e) not in reasons]
        local = [m for m in local if id(m.entity) in {id(e) for e, _p in uniq}]
    # a name whose every mention stands beside the act's arguments, each for its own
    # reason: the employer in a role, the target a list is named for, the agent of another
    # event in a time phrase, a possessor, a cause ("A, dirigeant militaire du Korvex, ...
    # six semaines après l'attentat du Korvex")
    beside = {id(e) for e, _p in uniq
              if all(beside_act(sent.text, m.start - sent.start, e.person) or in_reason(m) or possessive(m)
                     for m in told if m.entity is e)
              and any(beside_act(sent.text, m.start - sent.start, e.person) for m in told if m.entity is e)}
    # (an authority's officer is set aside even alone: "a claim against the Commission and its
    # chairwoman, X": the party is told another way, a pronoun, "the claimants")
    officers = {id(e) for e, _p in uniq if all(
        _officer_of_authority(sent.text[max(0, m.start - sent.start - 130) : m.start - sent.start])
        for m in told if m.entity is e)}
    if officers and len(officers) == len(uniq):
        return {}
    if beside and len(beside) < len(uniq):
        uniq = [(e, p) for e, p in uniq if id(e) not in beside]
        local = [m for m in local if id(m.entity) in {id(e) for e, _p in uniq}]
    # a name inside the clause that describes counted or unnamed parties ("a sanctionné 13
    # entreprises facilitant la vente ... au nom de X", "contre des entreprises qui ont
    # transféré ... de X", "and three other firms that shipped X's oil"): what they did,
    # whom they served, not who was listed; unless the names are introduced as those
    # parties ("13 companies that ..., including X")
    counted = {id(e) for e, p in uniq if any(
        t.end <= p and (c := _COUNTED_CLAUSE.search(sent.text, t.start, p)) is not None
        and not names_them(sent.text, c.start(), p)
        and not _CLOSED_BY_CONJUNCTION.search(sent.text, c.end(), p) for t in live)}
    if counted and len(counted) == len(uniq):
        return {}  # the parties are counted, not named here
    if counted:
        uniq = [(e, p) for e, p in uniq if id(e) not in counted]
        local = [m for m in local if id(m.entity) in {id(e) for e, _p in uniq}]
    # the act told only by its participle in the sentence's subject, a group of parties left
    # unnamed ("Les personnes visées ... faisaient parvenir des fonds à X", "One of the firms
    # designated shipped X's oil"): the rest tells what they did or are, no party of the act
    grouped = {id(e) for e, p in uniq if in_subject_group_predicate(sent.text, p, live)}
    if grouped and len(grouped) == len(uniq):
        return {}
    if grouped:
        uniq = [(e, p) for e, p in uniq if id(e) not in grouped]
        local = [m for m in local if id(m.entity) in {id(e) for e, _p in uniq}]
    # the agent or the subject of another event in a time or condition phrase ("after the
    # death of X", « depuis que X a ordonné »): another event's, even alone; told after an
    # act (a phrase put first may bring the party a pronoun takes up: "Following the arrest
    # of X, the Treasury designated him"), and no state (the act's party told again: « Le
    # pays a été inscrit ... lorsque X a accueilli ») (news/other_events.py)
    others = {id(e) for e, _p in uniq if not is_place(e.name) and all(
        any(t.end <= m.start - sent.start for t in live)
        and other_event_agent(sent.text, m.start - sent.start, m.end - sent.start, live) for m in told if m.entity is e)}
    if others and len(others) == len(uniq):
        return {}
    if others:
        uniq = [(e, p) for e, p in uniq if id(e) not in others]
        local = [m for m in local if id(m.entity) in {id(e) for e, _p in uniq}]
    # the sources of an opening "Selon X, Y et Z," / "According to X," clause
    src = _SOURCE_CLAUSE.match(sent.text)
    if src and any(p >= src.end() for _e, p in uniq):
        uniq = [(e, p) for e, p in uniq if p >= src.end()]
        local = [m for m in local if m.start - sent.start >= src.end()]
    # a name that describes another in an apposition ("X, a unit of Orion Holdings, ...")
    described = {id(e) for e, p in uniq if (d := _DESCRIBES.search(sent.text[max(0, p - 60) : p])) is not None
                 and not (e.person and _LOWER_DOMAIN.search(sent.text[max(0, p - 60) : p])
                          and not _KIN.search(d.group(0)))}
    # the parent of counted parts left unnamed ("plusieurs entités de X figurent sur la liste")
    parts = {id(e) for e, p in uniq if all(
        of_counted(sent.text, o.start - sent.start)
        and not _NAMED_PARTS.match(sent.text, o.end - sent.start) for o in local if o.entity is e)}
    if parts and len(parts) == len(uniq):
        return {}
    # the parent whose named parts follow ("Les filiales de Rosneft, Rosneft Trading et
    # Rosneft Marine", "units of Orion, Orion Air and Orion Sea")
    described |= {id(e) for e, p in uniq if _PARTS_OF.search(sent.text[max(0, p - 40) : p])
                  and _NAMED_PARTS.match(sent.text, p + len(e.name))}
    # "La filiale d'Orvex à Dubaï, Delta Nine, a été sanctionnée": the owner of the part named
    described |= {id(e) for e, p in uniq if _PART_OF_ONE.search(sent.text[max(0, p - 40) : p])
                  and _NAMED_PART_AFTER.match(sent.text, p + len(e.name))}
    # "Orvex Trading, a Brenner Holding affiliate, was added": the name qualifies a noun; and
    # the owner told before its unit's name, however the phrase opens ("including Brenner
    # subsidiary Orvex", "the Brenner unit Orvex Air")
    described |= {id(e) for e, p in uniq if (q := _QUALIFIED_NOUN.match(sent.text, p + len(e.name))) is not None
                  and (re.search(r"(?i),\s+(?:an?|the)\s+$", sent.text[max(0, p - 8) : p])
                       or re.match(r"\s+(?-i:[A-ZÀ-Ý])", sent.text[q.end() :]))}
    if described and len(described) < len(uniq):
        uniq = [(e, p) for e, p in uniq if id(e) not in described]
        local = [m for m in local if id(m.entity) not in described]
    # a party named as the head, owner or part of another ("président de Vnesheconombank"),
    # or as the employer in a person's title ("Rosneft chief Igor Sechin")
    # (a person coordinated after the title's domain is the next item of a series, not
    # what the title is of: "A, director of the state radio and B")
    roles = {id(e) for e, p in uniq if _ROLE_OF.search(sent.text[max(0, p - 90) : p])
             and not (e.person and not _OF_TITLED.search(sent.text[max(0, p - 40) : p])
                      and (_TITLE_DOMAIN.search(sent.text[max(0, p - 60) : p])
                           or _LOWER_DOMAIN.search(sent.text[max(0, p - 60) : p])
                           or _NEXT_ITEM.search(sent.text[max(0, p - 60) : p])))}
    roles |= {id(m.entity) for m in local if m.entity is not None and not m.entity.person
              and _TITLE_AFTER.match(sent.text, m.end - sent.start)
              and all(_TITLE_AFTER.match(sent.text, o.end - sent.start) for o in local if o.entity is m.entity)}
    # ... and the names coordinated with it there ("head of the Court's Jurisdiction,
    # Complementarity and Cooperation Division": one office, cut at its commas)
    roles |= {id(e) for e, _p in uniq if not e.person
              and all(_in_role_run(sent, told, m) for m in local if m.entity is e)}
    if roles and len(roles) == len(uniq) and not any(e.person for e, _p in uniq) \
            and all(t.event in AGENCY_ACTS for t in live):
        return {}  # "removed the former vice president of X": the holder, unnamed here
    if roles and len(roles) < len(uniq):
        uniq = [(e, p) for e, p in uniq if id(e) not in roles]
        local = [m for m in local if id(m.entity) not in roles]
    if any(e.person for e, _p in uniq):
        owners = {id(e) for t in live for e in _relative_owner(t, local, sent)}
        acts = [t for t in live if not _STATE.search(sent.text[t.start : t.end])]
        # (each place the sentence names the person: "after the meeting between X and Y, days
        # after the US removed X from the list" names X the second time in the act's clause)
        kept = {id(e) for e, p in uniq if not e.person or id(e) in owners and acts
                or any(_person_ok(sent, p, t, lang) or listed_after(sent, p, t, local) for t in acts)
                or any(_object_place(sent, q, t, lang) and _person_ok(sent, q, t, lang, reach=False) for t in acts
                       for q in _places(local, sent, e, p))}
        # a person coordinated with a kept subject before the act ("Former president A of
        # Norland and businessman B, implicated in ..., are among 13 individuals added")
        for e, p in uniq:
            if id(e) not in kept and any(p < t.start for t in acts) \
                    and _coordinated_subject(sent, p, [m for m in local if id(m.entity) in kept]):
                kept.add(id(e))
        # a later person of the act's object series, each item told with its role ("sanctioned
        # the deputy mayor, A, now a senator, and the former harbour master, B")
        for e, p in sorted(uniq, key=lambda x: x[1]):
            if id(e) not in kept and e.person and _next_item_of_kept(sent, p, acts, local, kept):
                kept.add(id(e))
        local = [m for m in local if id(m.entity) in kept]
        uniq = [(e, p) for e, p in uniq if id(e) in kept]
        if not uniq:
            return {}
    if len(uniq) > 1:
        own = {i: _relative_owner(t, local, sent) for i, t in enumerate(live)}
        if any(own.values()):
            rest = targets([t for i, t in enumerate(live) if not own[i]], local, sent, lang)
            out_rel: dict[int, list[Entity]] = {}
            k = 0
            for i in range(len(live)):
                if own[i]:
                    out_rel[i] = own[i]
                else:
                    out_rel[i] = rest.get(k, [])
                    k += 1
            return out_rel
    kinds = {t.event for t in live}
    if len(kinds) < 2 or len(uniq) < 2:
        if len(live) > 1 and len(uniq) > 1:
            # several triggers of one kind, each with its own party ("the designation of
            # Kylin on Friday follows Huawei's listing in 2019")
            per = [_arguments(t, local, sent, lang) for t in live]
            if all(per):
                return {i: [e for e, _p in uniq if id(e) in per[i]] for i in range(len(live))}
        return {i: [e for e, _p in uniq] for i in range(len(live))}
    out: dict[int, list[Entity]] = {}
    # "A and B said in a lawsuit that the agency had sanctioned C": the case is theirs, the
    # act told in what the case says is C's
    says = _SAYS_IN_CASE_THAT.search(sent.text)
    for i, t in enumerate(live):
        if says is not None:
            side = [e for e, p in uniq if p < says.start()] if t.start < says.end() \
                else [e for e, p in uniq if p >= says.end()]
            if side:
                out[i] = side
                continue
        ca, cb = clause_bounds(sent.text, lang, t.start, t.end)
        inside = [e for e, p in uniq if ca <= p < cb]
        if inside:
            # (a comma inside an enumeration ends no clause: "prolongé les licences accordées aux
            # sociétés A, B et C" gives the licence to each; news/enumerations.py)
            for members in coordinated_runs(sent.text, [(m.start - sent.start, m.end - sent.start, m.entity)
                                                        for m in local if m.entity is not None]):
                if inside[-1] in members:
                    inside += [e for e in members if e not in inside and any(e is u for u, _p in uniq)]
        before = [e for e, p in uniq if p < t.start]
        after = [e for e, p in uniq if p >= t.end]
        if not inside and not before and after:
            # nothing in its clause nor before it: the first name after it, with the
            # enumeration it opens ("The licence, valid from <day> to <day>, covers A, B
            # and C": each is the licence's, and the deadline's)
            for members in coordinated_runs(sent.text, [(m.start - sent.start, m.end - sent.start, m.entity)
                                                        for m in local if m.entity is not None]):
                if members[0] is after[0]:
                    after = [after[0], *(e for e in members[1:] if any(e is u for u, _p in uniq))]
                    break
            else:
                after = after[:1]
        run = _opening_run(sent, local, t, live) if not inside and before else []
        out[i] = inside or ([e for e, _p in uniq if e in run] if before[-1] in run else before[-1:]) \
            if before and run else inside or before[-1:] or after
    return out


def _opening_run(sent: Sentence, local: Sequence[Mention], t: Span, live: Sequence[Span]) -> list[Entity]:
    """The coordinated names that open the sentence as the subject of ``t`` ("A and B,
    residents of X, said in a lawsuit that the agency had sanctioned them"): the last name
    before the act is one of them, each its party. Empty when another act or another name
    stands between them and ``t``, or when they do not open the sentence."""
    ms = sorted((m for m in local if m.end - sent.start <= t.start), key=lambda m: m.start)
    if not ms or not _OPENING.match(sent.text[: ms[0].start - sent.start]) \
            or _NOT_SUBJECT.match(sent.text[: ms[0].start - sent.start]):
        return []
    run = [ms[0]]
    for m in ms[1:]:
        if m.entity is run[-1].entity:
            continue
        if not _COORDINATION.fullmatch(sent.text, run[-1].end - sent.start, m.start - sent.start):
            break
        run.append(m)
    end = run[-1].end - sent.start
    if len(run) < 2 or any(m.start - sent.start >= end and m.entity not in [r.entity for r in run] for m in ms) \
            or any(end <= o.start < t.start for o in live if o is not t):
        return []
    return [m.entity for m in run if m.entity is not None]




# a fronted clause with an act of its own, before the main clause's ("Aside from delisting
# the airline and the plane, the Treasury added A and B", "Outre le retrait de X, le Trésor
# a sanctionné Y"): each act has the parties of its own side of the comma
_FRONTED = re.compile(
    r"(?i)^\W*(?:aside\s+from|apart\s+from|besides|in\s+addition\s+to|on\s+top\s+of|beyond|"
    r"outre|en\s+plus\s+d(?:e|u|es|['’])|en\s+sus\s+d(?:e|u|es|['’])|au-delà\s+d(?:e|u|es|['’]))"
    r"[^,;]{3,150}?,\s"
)


def fronted_end(text: str, live: Sequence[Span]) -> int:
    """Where the main clause starts after a fronted clause that holds an act of its own
    while the main clause holds another (0 when the sentence has no such two sides)."""
    m = _FRONTED.match(text)
    if m is None:
        return 0
    cut = m.end()
    if any(t.start < cut for t in live) and any(t.start >= cut for t in live):
        return cut
    return 0


def targets_by_side(
    live: Sequence[Span], local: list[Mention], sent: Sentence, lang: str
) -> dict[int, list[Entity]]:
    """``targets``, each act of a sentence with a fronted clause (``fronted_end``) taking
    only the names of its own side."""
    cut = fronted_end(sent.text, live)
    if not cut:
        return targets(live, local, sent, lang)
    out: dict[int, list[Entity]] = {}
    for front in (True, False):
        idx = [i for i, t in enumerate(live) if (t.start < cut) == front]
        part = [m for m in local if (m.start - sent.start < cut) == front]
        sub = targets([live[i] for i in idx], part, sent, lang) if part else {}
        for k, i in enumerate(idx):
            out[i] = sub.get(k, [])
    return out


_PARTICIPLE_APPOSITION = re.compile(r",\s+(?:(?:also|later|then|aussi|également|déjà|lui-même|elle-même)\s+)?$")


def _relative_owner(t: Span, local: list[Mention], sent: Sentence) -> list[Entity]:
    """The entity a relative clause holding the trigger hangs on: "ZTE, dont l'interdiction
    a été levée", "Hikvision, which was added ...". Empty when the trigger is not in one."""
    head = sent.text[: t.start]
    own_word = re.match(r"(?i)(?:which|who|qui|lequel|laquelle)\b", sent.text[t.start :])
    if own_word is not None:
        head = sent.text[: t.start + own_word.end()]  # the trigger holds its pronoun: ", which was removed on"
    found = list(RELATIVE.finditer(head))
    rel = found[-1] if found else None
    participle = _PARTICIPLE_APPOSITION.search(head) if rel is None or re.search(r"[,;:]", head[rel.end() :]) \
        else None
    if participle is not None and re.fullmatch(r"(?i)\w+(?:é|ée|és|ées|ed|is|ise|ises|it|ite|its|ites)",
                                               sent.text[t.start : t.end].split()[0]):
        edge = participle.start()  # "… avec Orvex Trading, sanctionné lundi par le Trésor"
    elif rel is None or re.search(r"[,;:]", head[rel.end() :]):
        return []
    else:
        edge = rel.start()
        if re.search(r"(?i)\b(?:whose|dont)\b", rel.group(0)):
            # "Brenner, whose rival Orvex was sanctioned": the clause names its own subject
            inner = [m.entity for m in local if m.entity is not None
                     and rel.end() <= m.start - sent.start and m.end - sent.start <= t.start]
            if inner:
                return [e for i, e in enumerate(inner) if all(e is not o for o in inner[:i])]
    owners: list[Entity] = []
    for m in sorted(local, key=lambda x: -x.end):
        end = m.end - sent.start
        if end > edge or m.entity is None:
            continue
        gap = sent.text[end:edge]
        if not owners and len(gap.strip(" )")) == 0 or owners and _COORD.fullmatch(gap):
            owners.insert(0, m.entity)  # "Xiaomi et Luokung, qui avaient obtenu ..."
            edge = m.start - sent.start
        elif end <= edge:
            break
    return owners


_COORD = re.compile(r"(?i)\s*(?:,|,?\s+(?:and|et|&|or|ou))\s+")


# what a name may be told as beside the parties, never as one itself: a relation of
# another ("founder of X", "cousin du président X", "liens avec X", "close links to X",
# "associées à l'homme d'affaires X", "ancien officier du renseignement militaire (X)")
# a founder told with the body founded, named before the person: the person founded it
# ("le fondateur de la chaîne Orvex Pavel Dorin", "the co-founder of Orvex Jane Roe")
_FOUNDER_OF_BODY = re.compile(
    r"(?i)\b(?:co-?)?(?:founder|fondat(?:eur|rice))\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|l['’])\s*)?"
    r"(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,3}?(?-i:[A-ZÀ-Ý])[\w'’-]*\s+$"
)
_RELATION_NOUN = (
    r"(?:\b(?:" + KIN_EN + r"|founders?|co-founders?|ally|allies|associates?|friends?|confidants?)\s+of|"
    # (a French family's word, with its own adjective or quotes before the « de »: « les deux
    # « filles adultes » du », « le fils cadet de »)
    r"\b(?:" + KIN_FR + r"|" + KIN_PLURAL_FR + r")(?:\s*[«»\"“”]|\s+(?-i:[a-zà-ÿ][\w-]*)){0,2}\s*(?:(?:de|du|des)\b|d['’])|"
    r"\b(?:" + KIN_FR + r"|fondat(?:eur|rice)|co-fondat(?:eur|rice)|alliée?|amie?|proches?)\s+(?:de|du|des|d['’])|"
    # (only close ties: "breaks its ties with X" may be about X's own listing)
    r"\bclos(?:e|est)\s+(?:(?:links?|ties|connections?)\s+)?(?:with|to)|\bliens?\s+étroits\s+avec|"
    # (the circle around one: "the inner circle of X", « l'entourage de X », « le clan de X »)
    r"\b(?:(?:inner\s+)?circle|entourage|clan|cercle(?:\s+rapproché)?)\s+(?:of|de|du|d['’])|"
    # the reason told as ties ("évoquant ses liens avec le président X", "citing his ties to X")
    r"\b(?:évoquant|citant|en\s+raison\s+de|pour|citing|over|for)\s+(?:ses|son|leurs?|his|her|its|their)\s+"
    r"(?:liens|relations|ties|links|connections)\s+(?:avec|with|to)|"
    r"\b(?:advis[eo]rs?|aides?|conseill(?:er|ère)s?)\s+(?:to|of|de|du|d['’])|"
    r"\b(?:conseil\s+d['’]administration|conseil\s+de\s+surveillance|(?:supervisory\s+)?board(?:\s+of\s+directors)?)\s+"
    r"(?:de|du|des|d['’]|of)|"
    r"\b(?:associated|affiliated)\s+with|\b(?:associée?s?|apparentée?s?|liée?s?)\s+(?:à|au|aux)|"
    # (one who serves or keeps company with another, with the tie's own words before the "of":
    # "the former bodyguard of", "un ancien partenaire de tennis du", "associé en affaires de")
    r"\b(?:body\s*guards?|partners?|comrades?|companions?|spy\s*(?:chief|master)s?|chiefs?\s+of\s+staff|"
    r"right-hand\s+(?:man|woman)|cron(?:y|ies)|loyalists?|protégée?s?)\s+(?:[\w'’-]+\s+){0,2}?of|"
    r"\b(?:gardes?\s+du\s+corps|partenaires?|camarades?|compagnons?|compagnes?|associée?s?|espions?|"
    r"chefs?\s+de\s+cabinet|directeur\s+de\s+cabinet|bras\s+droit|hommes?\s+de\s+confiance|fidèles?|"
    r"protégée?s?)\s+(?:[\w'’-]+\s+){0,3}?(?:de|du|des|d['’])|"
    r"\b(?:former|ancien(?:ne)?|ex-)\s*(?:officer|officier|member|membre|agent|employee|employé)\s+"
    r"(?:of|de|du|des|d['’])|"
    # (one who trades with another: "a key supplier to X", « fournisseur clé de X », "a
    # customer of X", « client d'entreprises comme X »)
    r"\b(?:suppliers?|vendors?|customers?|clients?|fournisseurs?|sous-traitants?|prestataires?)\s+"
    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,2}?(?:of|to|de|du|des|d['’]))"
)
_NAME_WORDS = r"(?-i:[A-ZÀ-Ý][\w'’.-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w'’.-]*)){0,3}"
_RELATION_BEFORE = re.compile(
    r"(?i)" + _RELATION_NOUN + r"(?:(?<=['’])|\s+)(?:(?:the|le|la|les|l['’])\s*)?(?:(?:[\w'’-]+\s+){0,4}?|"
    # (or names and titles coordinated: "a son of President Daniel Ortega and Vice President")
    r"(?:(?-i:[A-ZÀ-Ý][\w'’.-]*|and|et)\s+){0,8}?|"
    # (or the next of names coordinated after the relation's own words: « fournisseur de
    # groupes comme A et B », "partners of firms such as A, B and C")
    # (a word of its own first: "cronies of A, B and C" names the cronies after A)
    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){1,4}?(?:" + _NAME_WORDS + r"\s*,\s*)*" + _NAME_WORDS + r"\s+(?:and|et|&)\s+|"
    # (or a title of any length, the table's: « la belle-fille du ministre norlandais des
    # Affaires étrangères X »)
    + offices.title_slot() + r")"
    # (and a nickname in quotes inside the name: « du baron X "Y" Z », the Y)
    r"(?:(?-i:[A-ZÀ-Ý][\w'’-]*)\s+[«\"“]\s*)?\(?$"
)
# ... and the relation told in apposition to the parties named before it, then the title of
# the one they relate to, a comma, and that one's name ("A and B, close allies of the former
# Velmarian president, X", « A et B, proches de l'ancien président norlandais, X »)
_OFFICE_NORMS = offices.normalized(offices.OFFICES)
# the one whose circle the parties are ("X's inner circle", "X's entourage")
_CIRCLE_AFTER = re.compile(r"(?i)['’]s?\s+(?:inner\s+|close\s+)?(?:circle|entourage)\b")
# the body a listed person's title is of, named after the title's description and a comma
# ("A, chairman of Velmar's largest shipbuilder, X, and B", « A, patron du premier armateur
# du pays, X »): the title's domain, no party of its own
# (or a title with words of its own around it, "the one-time deputy finance director of the
# nation's top insurer, X", when the description ends on a body's kind noun)
_TITLE_OF_DESCRIPTION = re.compile(
    r"(?i),\s*(?:(?:the|le|la|l['’])\s*)?(?:" + offices.words_re((*offices.OFFICES, "holder")) + r"|patron|boss)\s+"
    r"(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|l['’])\s*)?(?:(?-i:[A-ZÀ-Ý][\w-]*)['’]s\s+)?"
    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,4}(?-i:[a-zà-ÿ][\w'’-]*),\s*$"
    r"|,\s*(?:(?:the|le|la|l['’])\s*)?(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,2}?"
    r"(?:" + offices.words_re((*offices.OFFICES, "holder")) + r"|patron|boss)(?:\s+(?-i:[a-zà-ÿ][\w-]*)){0,2}?\s+"
    r"(?:of\s+(?:the|its|their|his|her|(?-i:[A-ZÀ-Ý][\w-]*)['’]s)|du|des|de\s+(?:la|son|sa|ses|leur)|de\s+l['’]|d['’]une?)\s*"
    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,4}(?:" + PACKS["en"].org_cue_before + "|" + PACKS["fr"].org_cue_before + r"),\s*$"
)
_CLOSES_APPOSITION = re.compile(r"\s*(?:,|\band\b|\bet\b|[.;]|$)")
_RELATION_APPOSED = re.compile(
    r"(?i),\s*(?:[\w'’-]+\s+){0,3}?" + _RELATION_NOUN + r"(?:(?<=['’])|\s+)(?P<title>" + offices.title_slot(5) + r"[\w'’-]+),\s*$"
)
# the word that opens the members of a group told by its tie ("des proches de X, dont",
# "associates of X, including"): the name after it is a member (news/enumerations.py)
_MEMBER_OF_RELATED = re.compile(
    r"(?i)(?:,\s*|\s)(?:dont|notamment|including|among\s+them|parmi\s+(?:eux|elles|lesquel\w+))\s+"
    r"(?:(?:notamment|le|la|les|l['’]|the)\s*)?\Z"
)
# an organisation naming the role of an unnamed person ("imposed sanctions on Hezbollah
# financier, its representative", "a Hezbollah commander", "Hezbollah operatives"): the
# people of a body, the one table's (``offices``)
_ROLE_NOUN_AFTER = re.compile(
    r"\s+(?:senior\s+|top\s+|key\s+)?(?:" + offices.words_re(("staff",)) + r"|"
    r"individuals|spokes(?:man|woman|person)|affiliates|figures)\b"
    r"(?!\s+(?:of\s+)?(?:the\s+)?[A-ZÀ-Ý]|\s+(?:office|offices|quarters|building)\b)"
)
# an organisation told as what one person heads or owns, right before the person's title
# ("the club owner", "the group's founder" are other shapes): "sanctions on X Group chief
# Jane Roe", "the former X Club owner, whose fortune ...": the person is the party
_HEAD_TITLE_AFTER = re.compile(
    r"\s+(?:(?:former|then|deputy|acting|longtime|co)[\s-]+)?(?:chief(?:\s+executive)?|owner|co-owner|boss|"
    r"founder|head|chairman|chairwoman|CEO|president|leader|commander)\b(?!\s+of\b|[-’']|\s+(?:office|offices|quarters)\b)"
)
# the holder's given name and surname right after the body's name, no comma between
_HOLDER_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+(?-i:[A-ZÀ-Ý][\w'’-]+)")
# (or the body named right after the title's "of", no kind noun: "former head of X Jane Roe",
# « l'ancien directeur de X Jean Roe »)
_HOLDER_OFFICE_BARE = re.compile(
    r"(?i)(?:^|[\s(•·–—-])(?:(?:former|ex|then|acting|deputy|ancien(?:ne)?|adjointe?)[\s-]+)?(?:"
    r"(?:vice[\s-])?president|présidente?|chairman|chairwoman|CEO|PDG|head|chef|director|directeur|directrice|"
    r"chief\s+executive|patron(?:ne)?|dirigeante?|(?:co-?)?owner|(?:co-?)?founder|(?:co-?)?fondat(?:eur|rice))"
    r"\s+(?:of|de|du|d['’])\s*\Z"
)
# (unless the sentence points back to the body: "X CEO Jane Roe said the company was added")
_BODY_TOLD_AGAIN = re.compile(
    r"(?i)\b(?:the|this|its|le|la|l['’]|cette|ce)\s*(?:company|firm|group|business|bank|club|carrier|entity|"
    r"organi[sz]ation|société|entreprise|groupe|firme|banque)\b"
)
# a credit or a source, not a party: "© Joe Skipper", "/REUTERS/Joe Skipper", ", Al Jazeera
# reported.", "according to X" after the action
# a French place after a lower-case noun: "des colons en Cisjordanie", "des activités en Crimée"
_PLACE_OF = re.compile(r"\b[a-zà-ÿ]{3,}\s+en\s+$")
# the agency of a dateline: "Washington, le 21 janvier 2025, WAFA- Le président ..."
_DATELINE_CREDIT = re.compile(
    r"\W*[A-ZÀ-Ý][\w .'’-]{1,30}(?:\s*\[[\w .]{1,12}\])?,\s*(?:(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+\d{4}|"
    r"[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*[,(]?\s*"
)
# a place told as where a party is ("a branch located in X", "basée à X")
_LOCATED_IN = re.compile(
    r"(?i)\b(?:located|based|headquartered|registered|située?s?|basée?s?|installée?s?|implantée?s?|"
    r"domiciliée?s?)\s+(?:in|at|à|en|au|aux)\s+$"
)
# the portfolio of an office, told after its title ("la secrétaire à la Sécurité intérieure",
# "the Secretary of Homeland Security", "ministre de la Justice")
_PORTFOLIO = re.compile(
    r"(?i)\b(?:secrétaire|ministre|secretary|minister|ministère|ministry|commissaire|commissioner)\s+"
    r"(?:(?:d['’]État|américaine?|adjointe?|général|deputy|assistant)\s+)?(?:à|aux|de|du|des|of|for)\s+"
    r"(?:la\s+|l['’]|le\s+|les\s+|the\s+)?$"
)
# the author of a report or a study the sentence cites
_REPORT_OF = re.compile(
    r"(?i)\b(?:report|study|analysis|survey|paper|investigation|rapport|étude|analyse|enquête)\s+"
    r"(?:(?:published|released|issued|publiée?|parue?)\s+)?(?:from|by|of|de|du|des|d['’]|par)\s+"
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:[\w’'-]+\s+){0,4}?$"
)
_CREDIT_BEFORE = re.compile(r"(?:©|\bPhoto\s*:|\bCrédit\s*:|\bCredit\s*:|/(?:REUTERS|AFP|AP)/)\s*$")
_TITLE_WORDS = (r"(?:" + offices.words_re(offices.TITLE) + r"|américaine?|britannique|française?|européenne?)")
# who made the act known: "The move, announced by US Secretary of State X, lifts ...", "La
# mesure, annoncée par le secrétaire d'État américain X, lève ..." (a title, then the person)
_ANNOUNCER_BEFORE = re.compile(
    r"(?i)\b(?:announced|unveiled|disclosed|revealed|annonc[ée]e?s?|dévoilée?s?|révélée?s?)\s+(?:by|par)\s+"
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:(?:(?-i:[A-ZÀ-Ý][\w'’.-]*)|of|de|du|des|d['’]\w+|" + _TITLE_WORDS + r")\s+){1,6}$"
)
# the leader a government, an administration or a regime is told by, or whose statement the
# sentence tells ("the government of X", "pour peser sur le régime de X", "le gouvernement
# du président norlandais X", "X's government", "la déclaration du président X"): the body
# the act may press, or who spoke of it, never its party
_GOVERNMENT_WORDS = r"(?:government|gouvernement|administration|regime|régime|cabinet|junta|junte)"
_GOVERNMENT_OF = re.compile(
    r"(?i)\b(?:" + _GOVERNMENT_WORDS + r"|statement|declaration|déclaration|speech|discours|remarks|propos)\s*[«»\"“”]?\s+(?:(?-i:[a-zà-ÿ][\w'’-]*)\s*[«»\"“”]?\s+){0,2}(?:of|de|du|d['’])\s*"
    r"(?:(?:(?:the|le|la|l['’])\s*)?(?:(?:(?-i:[a-zà-ÿ][\w'’-]*)|President|Président|Prime\s+Minister|Premier\s+ministre)\s+){0,3}|"
    # (or any title of the table's: "the administration of Velmarian President X")
    + offices.title_slot(5) + r")$"
)
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s?)?\s+" + _GOVERNMENT_WORDS + r"\b"
)
_LICENCE_AFTER = re.compile(r"(?i)\s+(?:general\s+licen[cs]e|GL)\s+(?:no\.?\s*)?\d")
# a document's title: the name (or its acronym in brackets) runs into its document noun
# ("the Offshore Transfer (“OT”) Rules", "Frequently Asked Question 12"), or ends
# on the title's linking participle ("Measures Related [to ...]", "Trade Involving [...]")
_DOCUMENT_AFTER = re.compile(
    r"(?:\s*\(\s*[“\"‘']?[A-Z]{2,6}[”\"’']?\s*\)|[”\"’']?\s*\))?\s+(?:Questions?|FAQs?|Rules?|Regulations?|Directives?)\b"
    r"(?!\s+of\b)")
_DOCUMENT_NAME = re.compile(r"(?i)\bfrequently\s+asked\b|(?<![\w-])(?:related|involving|relating|concerning|regarding|pertaining)\Z")
# the agency of a dateline: "Velmar (KNA) – ...", "VELMAR, March 3 (Norpress): ..." (a
# bracket after the place, and its day, that open the line, then a dash or a colon); a
# bracket spelling the initials of the name before it is that name's acronym ("Korvex
# Trading (KT) – ...")
_DATELINE_PLACE = re.compile(
    r"\W*(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,2})(?:\s*\[[\w .]{1,12}\])?"
    r"(?:,\s*(?:(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*\(\s*"
)
# (the bracket may hold the agencies and the day: "(Norpress News / Velwire - 3rd March, 2023)")
_AGENCY_AFTER = re.compile(
    r"[\w/ .-]{2,20}?\s*\)\s*[-–—:]"
    r"|[\w/ .-]{2,40}?\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*\)")
# an organisation told as a person's affiliation, before the person's lower-case title, in
# an apposition or a predicate ("X, a Korvex Front and Velmar Alliance senior member",
# "X was formerly a Norland Guard (NG) commander"): whose member, not a party
_AFFILIATION_BEFORE = re.compile(
    r"(?:,|\b(?:was|is|were|are|became|formerly|former|ex))\s+(?:(?:formerly|former|also|once)\s+)?(?:an?|the)\s+"
    r"(?:[A-ZÀ-Ý][\w'’.-]*\s+)*?(?:(?:[A-ZÀ-Ý][\w'’.-]*\s+)*(?:and|&)\s+)?$"
)
_AFFILIATION_TITLE_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,4})?\s*(?:\([^()]{1,15}\)\s*)?"
    r"(?:(?:senior|junior|top|key|leading|former|local|regional|military|political|deputy|chief|founding|"
    r"longtime|prominent)\s+)?(?:members?|commanders?|leaders?|spokes(?:man|woman|person)|officials?|officers?|"
    r"chiefs?|heads?|founders?|co-founders?|operatives?|financiers?|fighters?|militants?|executives?|"
    r"directors?|chairman|chairwoman|president|figures?)\b"
)
# the source of a sentence, told in the clause it opens on ("According to Norland's state
# agency VPA, ...", "Selon le quotidien X, ...", "D'après X, ..."), up to that clause's comma
_SOURCE_OPENS = re.compile(
    r"\W*(?i:selon|d['’]après|according\s+to|"
    # ... or the one the speaker answered, in an opening participle ("Interrogé par X, le
    # ministère a confirmé ...", "Asked by X, the Treasury said ...")
    r"(?:when\s+)?(?:interrogée?s?|contactée?s?|jointe?s?|sollicitée?s?|questionnée?s?|asked|contacted|reached|"
    r"questioned|approached)\s+(?:par|by))\s[^,;:.«“\"]{0,80}")
_SOURCE_CLAUSE_END = re.compile(r"[^,;:.«“\"]{0,50},")
# (a document of the case or the act names its parties: "According to the complaint filed
# by X, ...", « Selon la décision visant X, ... »)
_DOCUMENT_SOURCE = re.compile(
    r"(?i)\b(?:complaint|filing|lawsuit|suit|petition|motion|ruling|judgment|judgement|decision|order|"
    r"notice|document|list|plainte|recours|requête|décision|arrêt|arrêté|jugement|ordonnance|avis|liste)s?\b"
)
# the agency after a picture's author, in the brackets of a caption's credit ("(Jane Roe/PA)",
# "(Photo Jean Dorin/AFP)")
_PHOTO_CREDIT_AFTER = re.compile(r"\s*/\s*(?:[A-Z][A-Za-z]{0,2}[A-Z]|Reuters|Getty(?:\s+Images)?|Sipa|Shutterstock)\s*\)")



def aside(text: str, start: int, end: int, entity: Entity) -> bool:
    """The name at ``text[start:end]`` (a sentence) is told beside the parties: the
    relation of another, an organisation naming an unnamed person's role, a credit, what
    counted parties did or whom they served, or the source that reports the sentence."""
    before = text[max(0, start - 60) : start]
    if start > 0 and text[start - 1] in "@#":
        return True  # a social-media handle or a hashtag ("@AmnestyLab", "#Leaks"): a source
    if _LICENCE_AFTER.match(text, end):
        return True  # "Cyber General License 1B": the name of a licence, no party
    if _DOCUMENT_AFTER.match(text, end) or _DOCUMENT_NAME.search(entity.name):
        return True  # "the X (“XR”) Rules", "Frequently Asked Question 12": a document's title
    if title_only(entity.name):
        return True  # "Président", "Vice-Président du Ghana": an office, no one
    if names_category(text, start, end):
        return True  # "designated as a Foreign Terrorist Organization": what they are listed as
    if entity.person and (_GOVERNMENT_OF.search(before) or _GOVERNMENT_AFTER.match(text, end)):
        return True  # "the government of X", "le régime de X": whose government, not a party
    if entity.person and _TITLE_BEFORE.search(before) and _SPEAKS_AFTER.match(text, end):
        return True  # "The Under Secretary for X, Jane Roe, pointed out that ...": who speaks
    if entity.person and _ANNOUNCER_BEFORE.search(before):
        return True  # the official who announced the act
    if _TITLED_SPEAKER_NO_COMMA.search(text, max(0, start - 160), start):
        return True  # "», a déclaré le secrétaire d'État norlandais Jean Roe": who speaks
    if entity.person and (_TITLED_INVERTED_SPEAKER.search(text, max(0, start - 160), start)
                          or _INVERTED_SPEAKER.search(text[max(0, start - 50) : start])
                          and _TITLE_COMMA_AFTER.match(text, end)):
        # the one who tells the act, named after the verb of saying with a title set off
        # by a comma, before or after the name (", a annoncé l'ambassadeur de X à l'ONU,
        # Jean Roe", ", said Jane Roe, the envoy for Y"): no party even when alone
        return True
    if _AFFILIATION_BEFORE.search(text, 0, start) and _AFFILIATION_TITLE_AFTER.match(text, end):
        return True  # the organisation a person is a member of, told in the person's title
    place = _DATELINE_PLACE.fullmatch(text, 0, start)
    if place is not None and _AGENCY_AFTER.match(text, start) and "".join(
            w[0] for w in re.split(r"[\s-]+", place["place"]) if w).upper() != re.sub(r"\W", "", text[start:end]).upper():
        return True  # a dateline's agency
    if _CIRCLE_AFTER.match(text, end):
        return True  # "an intermediary of X's inner circle": whose circle
    if not entity.person and _TITLE_OF_DESCRIPTION.search(text, max(0, start - 120), start) \
            and _CLOSES_APPOSITION.match(text, end):
        return True  # "A, chairman of Velmar's largest shipbuilder, X,": the title's body
    apposed = _RELATION_APPOSED.search(text, max(0, start - 120), start) if entity.person else None
    if apposed is not None and any(w in _OFFICE_NORMS for w in normalize(apposed["title"]).split()):
        return True  # "A and B, allies of the former president, X": whom they are tied to
    if _RELATION_BEFORE.search(text, max(0, start - 90), start) and not _MEMBER_OF_RELATED.search(before) \
            and not (entity.person and _FOUNDER_OF_BODY.search(before)):
        # ("the daughter of X, Anna Kell": the comma ends the relation before Anna Kell;
        # "des proches de X dont A et B": A is one of the relatives, their member, no relation)
        return True
    if apposed_office(text, start) and not (entity.person and _SERIES_TITLE_BEFORE.search(text, max(0, start - 120), start)):
        # (a person after a titled item's title, with its article, is the series' next
        # item: "A, le ministre de l'industrie B, le directeur du service fédéral C")
        return True  # "X, the boss of the country's second oil producer Y": the body X heads
    if governed(text, start, end, entity.name, entity.person):
        return True  # "the trial of the bloggers A and B", "the X region's governor": news/governed.py
    if helped(text, start):
        return True  # "firms accused of helping X", « pour avoir financé X »: whom they helped
    if aimed_at(text, start):
        return True  # "sanctions aimed at crippling X's finances", « visaient à affaiblir X »: the aim
    if requester(text, start):
        return True  # "at the request of X", « sur proposition du ministre X »: who asked for it
    if asker(text, start, end):
        return True  # "X's request to the council to lift its sanctions on Y": who asked, Y's act
    if not entity.person and _HOLDER_AFTER.match(text, end) and (
            _HOLDER_OFFICE_KIND.search(text, max(0, start - 80), start)
            or _HOLDER_OFFICE_BARE.search(text, max(0, start - 40), start)) \
            and not _BODY_TOLD_AGAIN.search(text, end):
        return True  # « le directeur de l'entreprise X Karel Vodnik »: the body its holder heads
    if _HEAD_TITLE_AFTER.match(text, end) and not _BODY_TOLD_AGAIN.search(text, end):
        return True  # "X Group chief Jane Roe": the body its head is told by (a person's name
        # ends before a title of its own: "the 57-year-old former X Club owner" is no person)
    if not entity.person and _ROLE_NOUN_AFTER.match(text, end) or serves_body(text, start, entity.person):
        return True  # "Hezbollah operatives", "commanders of the X Forces (XF)": whom the people serve
    if _CREDIT_BEFORE.search(before) or _DATELINE_CREDIT.fullmatch(text, 0, start) \
            and re.match(r"[A-Z]{2,10}(?:/[A-Z][\w-]{1,15})?\s*[-–—):]", text[start:]):
        return True
    if credited_outlet(text, start, end) or no_party_role(text, start, end, entity.person):
        return True  # the outlet that reports the sentence, who tells the act (news/roles.py)
    if _SOURCE_OPENS.fullmatch(text, 0, start) and _SOURCE_CLAUSE_END.match(text, end) \
            and not _DOCUMENT_SOURCE.search(text, 0, start):
        return True  # "According to X's news agency, ...": the source the sentence opens on
    if re.search(r"\(\s*$", text[max(0, start - 3) : start]) and _PHOTO_CREDIT_AFTER.match(text, end):
        return True  # "(Jane Roe/PA)": a picture's credit, its author and agency
    if _LOCATED_IN.search(before):
        return True  # "an exchange office located in Albu Kamal, Syria": where, not who
    if _PORTFOLIO.search(before) and " " not in text[start:end].strip():
        return True  # "la secrétaire à la Sécurité intérieure", "minister of Justice": an office
    if _REPORT_OF.search(before):
        return True  # "a recent report from X's Center for Y revealed that ...": a source
    if _PLACE_OF.search(before) and not entity.person:
        return True  # "les colons israéliens en Cisjordanie": where the unnamed parties are
    counted = [c for c in _COUNTED_CLAUSE.finditer(text, 0, start)
               if _RELATIVE_WORD.search(c.group(0)) or _WHOSE_END.search(c.group(0))]
    if counted and not names_them(text, counted[-1].start(), start) \
            and not re.search(r"[;.]", text[counted[-1].end() : start]):
        return True  # "contre des entreprises qui ont transféré ... de la X": what they did
    return False
