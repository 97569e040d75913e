"""Whether a trigger tells a fact: negated ("did not designate", "n'a pas été
ajoutée"), hypothetical ("could be re-added", "if ... were added", "pourrait être
réinscrite"), excluded by its context or background is ``blocked``; the rest is
``announced`` (an intention or agreement: "agreed that a removal would be appropriate",
"will be removed") or ``effective``. ``compiled`` holds each pack's regexes."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .acts_asked import asked_act
from .court_objects import foreign_object
from .earlier_lists import earlier_list_told
from .event_kinds import DELIST_WORD as _DELIST
from .event_kinds import MARKET as _MARKET
from .generic_acts import generic_act
from .lang import PACKS, UNDOING, LangPack
from .lang.common import LISTS
from .lang.court_verdicts import party_won
from .lang.group_acts import members_picked
from .lang.lapse_acts import lapse_told
from .plans_studied import ahead_of_another, continues_act, reported_plan, rule_told, under_study
from .regex_needs import Screen
from .relief_asked import asked_for, granted_request
from .sentences import clause_bounds
from .triggers import Trig as _Trig
from .triggers import past_told
from .undone_measures import undone_measure
from .words_in_names import inside_name

_CONDITIONAL_OPENING = re.compile(
    r"(?i)^[\s•*\-–“\"«]*(?:if|unless|should\s+(?:it|they|the)|were\s+(?:it|they|the)|whether|"
    r"si|s['’]il|s['’]ils|au\s+cas\s+où|à\s+moins\s+que)\b"
)
# a request the court granted is a decision, not a request ("granted Xiaomi's motion for
# a preliminary injunction", "a fait droit à la demande d'injonction")
_GRANTED = re.compile(
    r"(?i)\b(?:grant(?:ed|s|ing)?|won|wins|obtain(?:ed|s)?|secured|approv(?:ed|es)|accept(?:ed|é|e)|"
    r"fait\s+droit|accord(?:é|e|ait))\b"
)
# a trigger that is an infinitive coordinated under an earlier verb ("ask the court to
# declare ... and to vacate it"): hypothetical cues before that verb count too
_INFINITIVE = re.compile(r"(?i)\b(?:and|or|then)?\s*to\s+(?:\w+\s+)?$")
# after a participle opening a sentence, a noun phrase (not "by", "in", a date, a colon)
# makes it an adjective: "Sanctioned Russian bank …", "Designated entities must …"
_ADJECTIVE_NEXT = re.compile(
    r"\s+(?!(?:by|in|on|of|to|from|with|last|since|under|for|at|as|that|was|were|is|are|has|have|had|and|or|"
    r"par|en|le|la|les|de|du|des|d|depuis|dès|sous|pour|lors|à|au|aux|et|ou|a|été|est|sont|ont|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday|today|aujourd|earlier|also|aussi|"
    r"également|déjà|already|jointly|conjointement|fin|début|mi|janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre)\b)"
    r"(?:[A-Z][a-z]+\s+)?[a-zà-ÿ]+\b(?!\s*:)"
)
# a clause that continues the one before it: its cues govern the trigger too
_GOVERNED = re.compile(r"(?i)^\W*(?:including|such\s+as|notably|like|by|for\s+example|notamment|comme|"
                       r"y\s+compris|en\s+particulier)\b")


# a listing left to lapse: the trigger's own negation ("did not renew", "not to extend")
_LAPSE = re.compile(
    r"(?i)(?:ne\s+)?(?:not|n['’]t|pas)\s+(?:to\s+|été\s+)?(?:renew|extend|prolong|renouvel|reconduit|reconduir)"
)


@cache
def compiled(lang: str) -> dict[str, Any]:
    pack: LangPack = PACKS[lang]
    return {
        "excl": {k: re.compile(v) for k, v in pack.trigger_exclusions.items()},
        "neg_b": re.compile(pack.negation_before),
        "neg_a": re.compile(pack.negation_after),
        "hyp_b": re.compile(pack.hypothetical_before),
        "hyp_a": re.compile(pack.hypothetical_after),
        "cond": re.compile(pack.conditional_verb),
        "ann": re.compile(pack.announced),
        "ana": re.compile(pack.anaphora),
        "generic": re.compile(pack.generic_subject),
        "plural": re.compile(pack.plural_anaphora),
        "lists": [(re.compile(p), n) for p, n in (*LISTS, *pack.lists)],
        "lists_screen": Screen([p for p, _n in (*LISTS, *pack.lists)]),  # (the words each list's name needs)
        "distractor": re.compile(pack.date_distractor) if pack.date_distractor else None,
        "refuted": re.compile(pack.refuted),
        "people": re.compile(pack.people_anaphora),
    }


# a listing told by its noun, kept in force: a state, no event
_LISTING_NOUN = re.compile(r"(?i)(?:l['’]|le\s+|la\s+|les\s+|the\s+)?(?:gel|sanctions?|inscription|listing|designation|asset\s+freeze|mesures)\b")
_KEPT = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:sont|est|restent|reste|seront|sera|demeurent|demeure|remains?|stays?|will\s+(?:stay|remain)|are|is)\s+"
    r"(?:\w+\s+){0,2}?(?:maintenue?s?|en\s+vigueur|in\s+place|in\s+force|maintained)\b"
)
_DATED_BETWEEN = re.compile(
    r"(?i)\b(?:\d{1,4}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|lundi|mardi|mercredi|jeudi|vendredi)\b"
)
_STATE_BEFORE = re.compile(r"(?i)\b(?:remain(?:s|ed)?|rest(?:e|ent|ait|aient)|demeur(?:e|ent|ait|aient))\s+$")
_DATED_AFTER = re.compile(r"(?i)\s+(?:since|depuis|in|en)\s+(?:\w+\s+)?\d{4}\b")


# what may stand between a verb and its object: a word or two, a phrase between commas
_INCIDENTAL = re.compile(r"\s*(?:[\w'’-]+\s*){0,2}(?:,[^,;.:]{1,45},)?\s*")
# "sued two months after its designation": the noun names an earlier event, not the object
_OFFSET_BETWEEN = re.compile(r"(?i)\b(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années)\s+"
                             r"(?:after|before|après|avant)\b")


# "Once the sanctions are lifted", "une fois que les sanctions seront levées": an event in a
# clause that waits for it (present or future tense after "once") has not happened yet;
# "once the sanctions were lifted" tells one that has
_AWAITED = re.compile(
    r"(?i)\b(?:once|une\s+fois\s+que|une\s+fois\s+qu['’]|dès\s+que|dès\s+qu['’])\s*"
    r"(?:[\w'’-]+\s+){0,5}?(?:is|are|gets?|sera|seront)\s"
)


# a whole regime renewed or extended ("Le cadre ... a été prorogé jusqu'au 13 avril 2026",
# "the national emergency was renewed until May 2026"): no party's deadline (a licence
# extended until a date is one)
_REGIME_RENEWAL = re.compile(
    r"(?i)\b(?:cadre|régime|framework|regime|(?:les\s+|the\s+)?mesures\s+restrictives|restrictive\s+measures|"
    # (an envoy's or a body's mandate extended is its term, no party's deadline)
    r"mandates?|mandats?|"
    r"national\s+emergency|urgence\s+nationale|executive\s+order|décret)\b[^.;]{0,80}?"
    r"\b(?:prorog\w*|renouvel\w*|prolong\w*|reconduit\w*|renewed|extended|prolonged|apply|appliquent|s['’]appliquent)\b"
    # the verb first: "Le Conseil a renouvelé aujourd'hui les mesures restrictives contre X
    # jusqu'au 31 octobre", "the EU extended its sanctions against Russia until"
    r"|\b(?:prorog\w*|renouvel\w*|prolong\w*|reconduit\w*|renew\w*|extend\w*|roll\w*\s+over)\s+(?:[^.;]{0,60}?[,\s])?"
    r"(?:les\s+|ses\s+|leurs\s+|le\s+|son\s+|its\s+|the\s+|their\s+)(?:[\w-]+\s+)?(?:mesures\s+restrictives|régime|cadre|mandates?|mandats?|"
    r"sanctions|restrictive\s+measures|regime|framework|national\s+emergency)\b"
)
# a listing participle after a generic plural names a kind of party, not an act ("the
# persons and entities listed there", "des personnes, groupes et entités inscrits sur la
# liste"), unless a day follows ("12 entités ajoutées lundi")
# funds released under a licence ("to unblock a wire transfer of 200,000 Euros", "unblock
# the $1.4 million", "débloquer les fonds"): no party leaves a list
_FUNDS_RELEASED = re.compile(
    r"(?i)(?:unblock\w*|débloqu\w*|release\w*|libér\w*)\s+(?:(?:the|a|an|its|their|les|des|la|le|l['’]|ses|leurs)\s*)?"
    r"(?:[\w.,-]+\s+){0,3}?(?:\$|€|£|\d|funds?\b|wire\b|transfers?\b|payments?\b|money\b|accounts?\b|"
    r"fonds\b|virements?\b|paiements?\b|comptes?\b|sommes?\b)"
)
_GENERIC_PLURAL = re.compile(
    r"(?i)\b(?:(?:personnes|entités|groupes|sociétés|entreprises|individus|organisations|organismes)\s+"
    # French adjectives come after the noun ("sociétés pétrochimiques iraniennes sanctionnées")
    r"(?:(?!(?:été|ont|sont|être|a|avaient|avait|la|le|les|des|du|de|un|une|et|ou|qui|que)\b)[a-zà-ÿ]+\s+){0,2}"
    r"|(?:persons|entities|companies|firms|individuals|parties|people|groups)\s+)$"
)
# the group the participle qualifies told as a known one, not a kind: a definite or
# demonstrative determiner with up to two words of rank or kind before the noun ("the latest
# people targeted", « les nouvelles personnes visées »), or the French definite article bound
# into « des » after a word that picks members out of that group (« font partie des
# personnes sanctionnées », « au nombre des », « l'une des »): who the round took, told of
# the parties named as its members ("X and Y are the latest people targeted by ...")
_GROUP_MODIFIER = (r"(?:(?!(?:de|des|du|d|à|au|aux|en|sur|pour|par|avec|contre|sans|dans|chez|et|ou|ni|que|qui|of|on|"
                   r"in|to|for|by|with|against|and|or|at|from|that|which|are|were|is|was|sont|est|ont|a)\b)"
                   r"[a-zà-ÿ][\w-]*\s+){0,2}")
_KNOWN_GROUP = re.compile(
    r"(?i)(?:\b(?:les|ces|the|these|those)\s+" + _GROUP_MODIFIER
    + r"|\b(?:partie|nombre|l['’]une?|une?|chacune?|certaine?s)\s+des\s+" + _GROUP_MODIFIER + r")$"
)
_MONTH_OR_DAY = (
    r"(?=\d|(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|premier|1er|early|late|mid|début|fin|mi-)\b)"
)
_DATE_NEXT = re.compile(
    # (a preposition then a day or a month: "dans le cadre de la guerre" tells none)
    r"(?i)\s+(?:\w+\s+)?(?:(?:on|in|le|en|since|depuis)\s+" + _MONTH_OR_DAY + r"|today|yesterday|hier|aujourd|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)"
)
# a counted round is one ("12 personnes et deux entités placées sous sanctions. Parmi elles : X")
_COUNTED = re.compile(r"(?i)\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|"
                      r"cinquante|soixante|two|three|four|five|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                      r"fifty|sixty|seventy|eighty|ninety|dozen|dozens|several|plusieurs)\b")
# a licence named only to tell when it ends ("the general license issued to X expires on"):
# the deadline is the event, the issue verb a participle of the noun
_EXPIRY = re.compile(r"(?i)\b(?:expir\w+|ends?\s+on|lapses?|prend\s+fin|arrive\s+à\s+échéance)\b")
_ISSUED = re.compile(r"(?i)\b(?:issu\w+|grant\w*|extend\w*|renew\w*|amend\w*|publish\w*|délivr\w+|accord\w+|prolong\w+|"
                     r"renouvel\w+|émi\w*|publi\w+)\b")
_PASSIVE = re.compile(r"(?i)\b(?:a|ont|avait|has|have|had)\s+(?:\w+\s+)?(?:été|been)\b|\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:issued|granted|extended|renewed)\b")
# "the UNSC no longer sanctions the Baghdad Stock Exchange": a market that is the party
# (a name the trigger acts on), not the market a share leaves
_MARKET_FROM = re.compile(r"(?i)\b(?:from|on|off|de|du|sur|des)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:[\w-]+\s+){0,2}$")


# a restriction list or its measures named in the sentence (a market's delisting names none)
_LIST_NAMED = re.compile(r"(?i)\b(?:list|blacklist|liste|SDN|sanctions?|designation|désignation|inscription|listing)\b")


def _MARKET_NAMED(sent: str, t: _Trig) -> bool:
    if _DELIST.search(sent[t.start : t.end]) or re.search(r"(?i)\b(?:shares?|stock|ADRs?|ADSs?|securities|cote)\b", sent[: t.start]):
        return False
    return all(
        m.start() > t.end and re.search(r"[A-Z][\w'’-]+\s+$", sent[: m.start()]) is not None
        and not _MARKET_FROM.search(sent[max(0, m.start() - 40) : m.start()])
        for m in _MARKET.finditer(sent)
    )


# the act named as the subject of an opinion or a condition, not told as done: a gerund
# or an infinitive heading its clause ("Critics argue that blacklisting X will hurt
# exporters", "« Sanctionner X serait une erreur »", "Being placed on the list means"), or
# a noun heading it under a conditional or an appraisal ("la levée des sanctions contre X
# nécessiterait l'unanimité", "lifting sanctions on X is unlikely")
_ACT_HEAD = re.compile(
    r"(?i)(?:^|\b(?:that|says?|said|argue[sd]?|believe[sd]?|think|thinks|que|qu['’]|estim\w+|jug\w+|"
    r"affirm\w+|soulign\w+)\s+|[:“\"«]\s*|\b(?:il\s+)?fau(?:t|drait|drai)\s+)$"
)
_BEING = re.compile(r"(?i)(?:^|[:“\"«]\s*)(?:being|getting|être|se\s+voir|se\s+retrouver)\s+(?:\w+\s+)?$")
_APPRAISAL = {
    "en": re.compile(
        r"(?i)\b(?:would|could|might|(?-i:may)|should)\b|\b(?:is|was|are|were|be|remains?|seems?|looks?)\s+"
        r"(?:\w+\s+)?(?:unlikely|likely|improbable|possible|impossible|a\s+mistake|an?\s+(?:\w+\s+)?(?:error|mistake)|wrong|"
        r"necessary|needed|premature|off\s+the\s+table|out\s+of\s+the\s+question)\b|\b(?:requires?|needs?|depends?)\b|"
        # (what kind of act it is: "blacklisting a firm remains a rare tool", "freezing a
        # ruler's assets is a drastic move")
        r"\b(?:is|was|are|were|remains?|represents?|constitutes?)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:step|measure|move|tool|weapon|option|decision|sanction|instrument|last\s+resort)s?\b"
    ),
    "fr": re.compile(
        r"(?i)\b(?:serai(?:t|ent)|pourrai(?:t|ent)|aurai(?:t|ent)|\w+[eiduvr]rai(?:t|ent))\b|\b(?:est|était|reste|semble|paraît)\s+"
        r"(?:\w+\s+)?(?:peu\s+probable|improbable|probable|possible|impossible|une\s+(?:\w+\s+)?erreur|nécessaire|prématuré\w*|"
        r"exclue?|hors\s+de\s+question)\b|\b(?:nécessit\w+|exige(?:nt)?|suppose(?:nt)?|dépend(?:ent)?)\b|"
        # (« geler les biens d'un chef de gouvernement reste un outil rare », « inscrire une
        # banque sur la liste constitue un geste fort »)
        r"\b(?:est|était|reste|demeure|constitue|représente)\s+(?:une?|la|le|l['’])\s*(?:[\w-]+\s+){0,2}?"
        r"(?:mesures?|étapes?|pas|outils?|armes?|options?|décisions?|sanctions?|instruments?|gestes?|recours|"
        r"dernier\s+recours)\b"
    ),
}
# a gerund or an infinitive: the act itself, with no time of its own
_VERBAL = {
    "en": re.compile(r"(?i)\w+ing$"),
    "fr": re.compile(r"(?i)\w+(?:er|ir|re)$"),
}
# a noun heading its clause: "the removal of", "la levée des sanctions"
_NOUN_HEAD = re.compile(r"(?i)(?:^|\b(?:that|que|qu['’])\s+|[:“\"«,]\s*)(?:the|la|le|l['’]|les)\s*$")
# the future of a verbal subject tells an opinion too ("blacklisting X will hurt
# exporters"); of a noun, an announced act ("the removal of X will take effect")
_WILL = {"en": re.compile(r"(?i)\bwill\b"), "fr": re.compile(r"(?i)\b\w+(?:era|ront|ira)\b")}


_AGREED = re.compile(r"(?i)\b(?:agree[sd]?|agreement|conced\w+|convenu\w*|accept\w*|approprié\w*|appropriate)\b")


# (nor is a participle clause on them: "the measures target A and B, freezing any funds they
# may hold", « ..., bloquant tout bien qu'ils y possèdent »)
_RELATIVE_ASIDE = re.compile(r"(?i),\s+(?:who|whom|which|qui|lesquels|lesquelles|[a-z]+ing|[a-zà-ÿ]+ant)\b[^,;]*(?:,|$)")


def _act_as_subject(sent: str, lang: str, t: _Trig) -> bool:
    head = sent[: t.start]
    first = sent[t.start : t.end].split()[0] if sent[t.start : t.end].split() else ""
    appraisal = _APPRAISAL.get(lang)
    if appraisal is None:
        return False
    # (a relative clause on the names is no appraisal of the act: "The case was brought by A
    # and B, who said they would face penalties")
    rest = _RELATIVE_ASIDE.sub(" ", sent[t.end :])
    if _AGREED.search(sent):
        return False  # "had agreed that removing X from the list would be appropriate": announced
    if _BEING.search(head):
        return True  # "Being placed on the SDN list means ...", "Être placé sur la liste noire"
    verbal = _VERBAL[lang].fullmatch(first) is not None
    if verbal and _ACT_HEAD.search(head):
        return appraisal.search(rest) is not None or _WILL[lang].search(rest) is not None
    if not verbal and _NOUN_HEAD.search(head):
        return appraisal.search(rest) is not None
    return False


# a descriptor of a party, not an act: "X, a sanctioned Russian bank, opened ...", "X, une
# banque russe sanctionnée, a ouvert ...": one participle after an indefinite article
# (English, before its noun) or after an indefinite noun phrase (French), with no agent,
# list or day after it
_DESCRIPTOR_BEFORE = {
    "en": re.compile(r"(?i)(?:^|,\s*|\()(?:an?|another)\s+(?:[\w-]+\s+)?$"),
    "fr": re.compile(r"(?i)(?:^|,\s*|\()(?:une?|autre)\s+[\w-]+(?:\s+[a-zà-ÿ-]+)?\s+$"),
}
_DESCRIPTOR_AFTER = {
    "en": re.compile(r"\s+(?!(?:by|in|on|under|for|over|since|last|earlier|this|from|at|to|as|and|or)\b)[A-Za-z][\w-]*"),
    "fr": re.compile(r"\s*(?:[,)]|$)"),
}


# ... and the same participle qualifying the noun a party's name follows, whatever opens
# the noun phrase: a definite determiner, a preposition or an authority's prefix before it
# in English ("associate of sanctioned tycoon A", "the UN-designated firm B", "after
# blacklisted magnate C sold"), the noun before it in French (« l'armateur sanctionné A »,
# « proche de l'oligarque russe blacklisté B »): who the party is, no act (a participle with
# an adverb of the round, "the newly designated firm A", is the round's; one followed by a
# verb of being or of inclusion names the round's parties: "the sanctioned firms are A, B")
_QUALIFIER_BEFORE = {
    "en": re.compile(
        r"(?i)(?:(?:^|[,(;:]\s*|\s)(?:the|its|their|his|her|of|for|with|by|after|before|"
        r"to|against|from|about|at|among|alongside|like|than|involving|between)\s+"
        r"|(?:^|\s)(?-i:[A-Z][A-Za-z.]{1,5})-\s?)$"),
    "fr": re.compile(
        r"(?i)(?:^|[,(;:]\s*|\s)(?:l['’]\s*|(?:le|la|les|un|une|des|du|de|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+|d['’]\s*)"
        r"(?:(?!(?:a|ont|est|sont|été|était|étaient|avait|avaient|sera|seront|fut|furent|se|qui|que|ne|n|y|en|il|elle|ils|"
        r"elles|on|pas|déjà|également|aussi|récemment|nouvellement)\b)(?-i:[a-zà-ÿ])[\w'’-]*\s+){1,3}$"),
}
_NOT_THE_NOUN = (
    r"(?!(?:is|are|was|were|be|been|being|has|have|had|include[sd]?|comprise[sd]?|and|or|by|in|on|to|of|for|from|"
    r"under|with|at|as|since|after|over|last|this|that|which|who|whom|whose|today|yesterday)\b)"
)
_NOUN_THEN_NAME = {
    "en": re.compile(
        r"\s+(?:" + _NOT_THE_NOUN + r"[A-Za-z][\w-]*\s+){0,2}" + _NOT_THE_NOUN
        + r"(?-i:[a-z])[\w-]*,?\s+[\"“(]?(?-i:[A-Z])"),
    "fr": re.compile(r"\s+[«\"“]?\s*(?-i:[A-ZÀ-Ý])"),
}


def _descriptor(sent: str, lang: str, t: _Trig) -> bool:
    span = sent[t.start : t.end]
    if " " in span.strip() or not re.fullmatch(r"(?i)\w+(?:ed|é|ée|és|ées)", span.strip()):
        return False
    qualifier, named = _QUALIFIER_BEFORE.get(lang), _NOUN_THEN_NAME.get(lang)
    if qualifier is not None and named is not None and qualifier.search(sent[max(0, t.start - 60) : t.start]) \
            and named.match(sent, t.end) is not None and not _DATE_NEXT.match(sent, t.end):
        return True
    before, after = _DESCRIPTOR_BEFORE.get(lang), _DESCRIPTOR_AFTER.get(lang)
    if before is None or after is None or not before.search(sent[max(0, t.start - 40) : t.start]):
        return False
    return after.match(sent, t.end) is not None and not _DATE_NEXT.match(sent, t.end)


# what a consultation's date closes: comments, observations (no party's deadline)
_FOR_COMMENTS = re.compile(
    r"(?i)\b(?:(?:public\s+)?comments?\s+(?:on|about|regarding|concerning)|comment\s+period|consultations?|"
    r"(?:observations|commentaires|contributions)\s+(?:sur|concernant|relatives?)|public\s+hearings?|audiences?\s+publiques?)\b"
)
_LICENCE_WORD = re.compile(r"(?i)\blicen[cs]e|dérogation|exemption|waiver|autorisation|\bGL\s*\d")


# a party that joined others' appeal appealed ("s'est joint à six autres pour faire appel
# des sanctions", "joined five others in appealing")
_JOINED = re.compile(r"(?i)\b(?:joint\w*|associée?s?|joined)\s+(?:à|aux|with)?\b[^.;]{0,80}?\b(?:pour|in)\s*$")
# a court's words: a ruling needs one, and no court grants a licence ("le tribunal a fait une
# rare exception dans le cas de X" is the court's judgment, not an exemption)
_COURT = re.compile(r"(?i)\b(?:court|tribunal|cour|judges?|juges?|justice|arrêt|judgment|jugement|ruling|panel|juridiction)\b")
# a challenge told by its noun with its bearer after it ("an appeal by", "a bid from"): a
# case only where a court is told
_BEARER_NOUN = re.compile(r"(?i)\w+\s+(?:\w+\s+)?(?:by|from)")
# ... and with the verb of filing it before "by" ("an appeal lodged by X", "a petition for a
# writ of mandamus filed by X"): a case, court or no court, and no other act's object
_FILED_BY = re.compile(r"(?i)\b(?:filed|brought|lodged|launched)\s+by$")
_RULED_ON = re.compile(r"(?i)\b(?:rejected|dismissed|denied|refused|turned\s+down|threw\s+out)\b")
# a court's finding against a listing told without "annul" (en.py): the predicate, the
# lack of grounds, a ruling for the party
_FINDING = re.compile(r"(?i)(?:was|were|being|been|is|are)\s|no\s|ruled\s")
_RULES = re.compile(r"(?i)\b(?:ruled|rules|ruling|found|finds|held|holds|declared|declares|decided|judged|judgment)\b")
_LISTING_BEFORE = re.compile(r"(?i)\b(?:sanctions|listing|designation|blacklisting|restrictive\s+measures|asset\s+freeze|inclusion|measures)\b")
_INTERIM = re.compile(r"(?i)\b(?:injunction|interim|suspend\w*|preliminary|temporar\w*)\b")
_CLAIMED = re.compile(r"(?i)\b(?:said|says|saying|call(?:ed|ing|s)|claim\w*|argu\w*|alleg\w*|complain\w*|ask\w*|seek\w*|sought)\b")


def court_finding(sent: str, t: _Trig) -> bool:
    """A vacatur told as a court's finding ("the court ruled that the sanctions on X were
    unjustified"): a court and its ruling in the sentence, the listing told before the
    predicate, no interim relief, and no party's claim between the ruling and it."""
    if not _COURT.search(sent) or _INTERIM.search(sent):
        return False
    span = sent[t.start : t.end]
    if span.lower().startswith("ruled"):
        return True
    rules = [m for m in _RULES.finditer(sent)]
    if not rules:
        return False
    if re.match(r"(?i)(?:was|were|being|been|is|are)\s", span) and not _LISTING_BEFORE.search(sent[max(0, t.start - 120) : t.start]):
        return False
    first = min(m.start() for m in rules)
    return not _CLAIMED.search(sent[min(first, t.start) : t.start])


# a government's own order or decree revoked ("a annulé un ordre exécutif", "revoked the
# executive order", "mesures ... annulées par Trump"): a regime ended, no court's vacatur
_ORDER_REVOKED = re.compile(
    r"(?i)\b(?:executive\s+orders?|ordres?\s+exécutifs?|décrets?|decrees?|mesures\s+de\s+son\s+prédécesseur|"
    r"(?:his|its|son)\s+predecessor['’]s\s+orders?)\b"
)
_LISTING_WORD = re.compile(r"(?i)\b(?:sanctions?|listing|designation|blacklist\w*|inscription|désignation|mesures\s+restrictives|"
                           r"restrictive\s+measures|list[e]?|gel|freeze|ban|interdiction)\b")


_SERIES_ITEM = re.compile(r"(?i)\w,\s*(?:(?:and|or|et|ou)\s+)?$")
_PARTICIPLE = re.compile(r"(?i)\b\w+(?:ed|é|ée|és|ées)\b")


# an undoing verb in the infinitive after the causative « faire » ("to have the sanctions
# annulled"): what a party seeks, no court's act
# a verb of refusing whose infinitive comes after an aside set off by commas ("declined, at
# this stage, to", « a refusé, pour l'instant, de »): the aside is no clause of its own
_REFUSED_ASIDE = re.compile(
    r"(?i)\b(?:declin|refus)(?:e|ed|es|ing|é|ée|ait|aient|ent|er)\s*,[^,;.]{1,40},\s*(?:to\s+|de\s+|d['’]\s*)$"
)
_HAVE_IT_DONE = re.compile(r"(?i)\bfaire\s+$")
_INFINITIVE_UNDO = re.compile(r"(?i)(?:annuler|invalider|infirmer|casser|lever|suspendre)\b")
# a case noun with its bringer's possessive before it ("his lawsuit", "X's appeal", « sa plainte »)
_OWNED_CASE = re.compile(r"(?i)(?:\b(?:his|her|its|their|son|sa|ses|leur|leurs)\s+(?:own\s+|propre\s+)?|\w['’]s\s+)$")
_POSSESSED_CASE = re.compile(r"(?i)[^,;:]*?['’]s?\s+(?:[\w-]+\s+)?(?:lawsuit|suit|complaint|appeal|challenge|petition)")
_CASE_NOUN = re.compile(
    r"(?i)(?:lawsuits?|suits?|complaints?|appeals?|challenges?|petitions?|claims?|actions?|recours|plaintes?|"
    r"requêtes?|appels?|contestations?)\b"
)
# the listing as what would need grounds ("not close enough to X to justify being put under
# sanctions", "too weak to warrant being sanctioned", « pas de quoi justifier d'être
# sanctionné »): an argument about a listing, no act
_JUSTIFY_BEING = re.compile(
    r"(?i)\b(?:justif(?:y|ies|ied|ying)|warrant(?:s|ed|ing)?|merit(?:s|ed|ing)?|deserv(?:e|es|ed|ing)|"
    r"justifier|justifiant|justifie|justifiait|mériter|méritait|mérite)\s+(?:(?:his|her|its|their|him|them)\s+)?"
    r"(?:being|having\s+been|d['’]être|d['’]avoir\s+été|être)\s+$"
)
# who an act would reach first, told as a hypothesis ("The first person to be sanctioned
# would be X", "la première personne à être sanctionnée pourrait être X")
_FIRST_TO_BE = re.compile(r"(?i)\b(?:first|next|only|première|premier|prochaine?|seule?)\s+(?:[\w'’-]+\s+){0,2}?(?:to|à)\s+(?:be|être)\s+$")
_WOULD_BE = re.compile(r"(?i)\s+(?:would|could|might|may|pourrai(?:t|ent)|serai(?:t|ent))\s+(?:be|être)?\b")
# what a body does as its function, told in the present in a relative clause on it ("the
# End-User Committee which designates additions to the Entity List", "le comité 1267 de
# l'ONU, qui sanctionne des groupes terroristes comme X"): no act of the story
_BODY_FUNCTION = re.compile(
    r"(?i)\b(?:committee|comité|commission|agency|agence|office|bureau|department|département|ministry|ministère|"
    r"council|conseil|body|organe|panel|authority|autorité)\b[^,.;:()]{0,40}?,?\s+(?:which|that|qui)\s+"
    r"(?:(?:typically|usually|generally|regularly|also|généralement|aussi|également)\s+)?$"
)
_PRESENT = {
    "en": re.compile(r"(?i)[a-z]+(?<!ss)(?<!ed)s$"),
    "fr": re.compile(r"(?i)[a-zà-ÿ]+(?:e|ent|it|ait|aient)$"),
}
# a share of a population as the subject ("eight percent of the 273 suppliers", "la moitié des
# entreprises"): how many are listed, no act
_SHARE_OF = re.compile(
    r"(?i)(?:\b(?:percent|per\s+cent|share|proportion|majority|minority|third|quarter|half|most|pour\s+cent|"
    r"moitié|majorité|tiers|quart|plupart)|%)\s+(?:of|de|des|d['’])\s+(?:(?:the|les|ces)\s+)?[^.;,]{0,60}$"
)
_INTENTION = re.compile(r"(?i)\b(?:intention|intentions|intends?|intended)\s+(?:de|d['’]|to)\s*$")
# a suit over what was written or said of a party (libel, defamation), not over a listing
# the ones who bring the case are an unnamed group, the subject right before its verb ("once
# three campaigners filed suit, arguing X's listing ...", "critics who have
# challenged the whole system", « plusieurs hommes d'affaires ont saisi la justice »):
# theirs, no name's of the sentence (a member named with the group is told another way:
# "X is among the many who sued", "X and three of its bondholders lodged")
_PEOPLE = (r"(?:critics|advocates|activists|campaigners|lawmakers|legislators|businessmen|businesswomen|businesspeople|"
           r"groups|companies|firms|investors|shareholders|bondholders|individuals|oligarchs|people|organi[sz]ations|"
           r"banks|lawyers|users|creators|employees|workers|citizens|residents|families|journalists|researchers|"
           r"academics|professors|scholars|NGOs|charities|exporters|importers|traders|owners)")
_PEOPLE_FR = (r"(?:hommes\s+d['’]affaires|femmes\s+d['’]affaires|entreprises|sociétés|personnes|oligarques|ONG|"
              r"associations|militants|avocats|banques|investisseurs|actionnaires|utilisateurs|juristes|familles|"
              r"ressortissants|citoyens|opposants|défenseurs\s+des\s+droits\s+\w+)")
_GROUP_BRINGS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:after|when|as|since|but|by|while|because|where|once|that|après\s+que|lorsque|quand|"
    r"dont|mais|et\s+que|car)\s+)"
    r"(?:(?i:some|several|many|dozens\s+of|hundreds\s+of|(?:more\s+than|over|about|nearly|at\s+least)\s+\d+|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|a\s+(?:group|pair|handful|coalition)\s+of|plusieurs|des|de\s+nombreux|de\s+nombreuses|"
    r"(?:plus\s+de|près\s+de)\s+\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|une\s+(?:dizaine|vingtaine|centaine)\s+d['’]|"
    r"un\s+groupe\s+d['’]|une\s+coalition\s+d['’])\s*)?"
    r"(?:(?!(?i:of|its|his|her|their|the|de|du|des|ses|leurs)\b)(?:[a-zà-ÿ][\w-]*|[A-Z][a-z]+(?:an|ian|ese|ish|i|ais|ois|iens?))\s+){0,3}"
    r"(?:(?i:" + _PEOPLE + r")\s+(?:(?i:who|that)\s+)?(?:(?i:have|had|has)\s+)?(?:(?i:also|since|already|jointly|separately)\s+)?"
    # (the case noun after its verb: "have filed lawsuits", "brought a case")
    r"(?:(?i:filed|brought|lodged|launched|mounted)\s+(?:(?i:a|an|their|separate|new)\s+)?)?"
    r"|(?i:" + _PEOPLE_FR + r")(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+(?:qui\s+)?(?:ont|avaient|avait|a)\s+(?:(?:également|aussi|déjà|\w+ment)\s+)?"
    r"(?:déposé|saisi|contesté|attaqué|formé|introduit|porté|intenté|engagé)?\s*(?:(?:un|une|des|leur|leurs|la|le|l['’])\s*)?)$"
)


_MEMBERS_NAMED = re.compile(r"(?i)\b(?:including|among\s+them|such\s+as|notably|dont|notamment|parmi\s+(?:eux|elles|lesquels|lesquelles))\b")


_PRESS_SUIT = re.compile(
    r"(?i)[^.;]{0,120}?(?:\b(?:over|about|for)\s+(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:article|report|story|publication|interview|book|broadcast|post|column)s?\b|"
    r"\b(?:defamation|libel|diffamation|dénigrement)\b|"
    r"\b(?:au\s+sujet\s+d['’]un|pour\s+un|à\s+propos\s+d['’]un)\s+(?:\w+\s+)?(?:article|reportage|livre|ouvrage|entretien)\b)"
)


# the one a trial is held against, named: a defendant ("le procès contre X, accusé de ...")
_TRIAL_OF = re.compile(
    r"(?i)\s+(?:contre|against|of)\s+(?:l['’]\s*|le\s+|la\s+|the\s+)?(?:(?:ancien|ancienne|former|ex-)\s+)?"
    # (the words before the name are its description, not a measure and a preposition that
    # leads to a day: "a lawsuit against the sanctions on Monday" contests the sanctions)
    r"(?:(?!(?:on|in|at|for|with|over|to|from|by|since|sur|en|dans|à|au|aux|pour|avec|par|depuis|sanctions?|"
    r"designations?|listings?|measures?|mesures?|bans?|decisions?|décisions?|orders?|freeze|gel|inscriptions?|"
    r"désignations?)\b)(?-i:[a-zà-ÿ]+)\s+){0,2}(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}"
)
# a lower court's judgment as what a court annuls (an appeal's outcome, no listing undone)
_JUDGMENT_UNDONE = re.compile(
    r"(?i)\s*,?\s*(?:the\s+|l['’]\s*|le\s+)?(?:(?:lower\s+court['’]s|General\s+Court['’]s)\s+)?(?:judgment|arrêt|jugement)\b"
)
# the measures' grounds a court finds do not hold: the negation is the finding itself
_GROUNDS_FAIL = re.compile(
    r"(?i)\b(?:none\s+of\s+the|aucune?\s+des)\s+(?:reasons|grounds|allegations|evidence|raisons|motifs|griefs|éléments)\b"
)
# what a possessive name holds: its next words ("Australia's foreign minister")
_POSSESSED = re.compile(r"(?:\s+[\w-]+){1,3}")
_TRIAL_HEAD = re.compile(r"(?i)\s+(?:contre|against|of)$")
_AUTHORITY_WORD = re.compile(
    r"(?i)\b(?:département|ministère|ministre|gouvernement|administration|Trésor|Treasury|Department|Secretary|Minist(?:er|ry)|"
    r"government|Conseil|Council|Commission|Pentagon|Pentagone|OFAC|BIS|UE|EU|Etats-Unis|États-Unis|"
    r"United\s+States|Union|Commerce|Défense|Defense|State|Etat|État|Home\s+Office|Office|Bureau)\b"
    # (a state by its initials, dotted or not: "against the U.S. government", « contre les USA »)
    r"|(?-i:\bU\.\s?S\.(?!-)|\bU\.\s?S\b(?![.-])|\bUSA?\b(?!-))"
)
# the rest of a list's capitalised name after a trigger's word
# the SDN list's long name, whatever its case (a word of it is no act)
_SDN_NAME = re.compile(
    r"(?i)\b(?:specially\s+)?designated\s+nationals?\s+and\s+blocked\s+persons?\b|\bspecially\s+designated\s+nationals?\b|"
    r"\bressortissants\s+spécialement\s+désignés\b"
)
_IN_LIST_NAME = re.compile(r"(?:\s+(?:[A-Z][\w-]*|and|of))*?\s+(?:List|Liste)\b")
# a licence needed, sought, asked or applied for: a requirement or a request, not a licence
# granted ("has asked for an extension of its licence", "a request to the agency for the
# renewal of its waiver", « a demandé la prolongation de sa licence »)
_REQUIRED = re.compile(
    r"(?i)(?:\b(?:needs?|needed|requires?|required|must\s+(?:obtain|get|seek|apply\s+for)|apply\s+for|applied\s+for|"
    r"seek|seeking|sought|(?:ask|call|press|push)(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|"
    r"doi(?:t|vent)\s+(?:obtenir|demander|solliciter)|besoin\s+d['’e]|nécessit\w+|exig\w+|"
    r"demand(?:e|ent|ait|aient|é|ée|ant)|sollicit(?:e|ent|ait|aient|é|ée|ant)|réclam(?:e|ent|ait|aient|é|ée|ant))\s+"
    r"(?:[\w-]+\s+){0,2}|\b(?:requests?|demandes?|requêtes?)\b[^.;]{0,40}?\b(?:for|de|d['’])\s*(?:[\w-]+\s+){0,2})$"
)

# an infinitive a noun or a quantity governs, not a verb: what one may or has yet to do,
# no act ("the right to sanction foreign officials", « se réserve le droit de geler »,
# "plenty left to sanction", « beaucoup à sanctionner »); a noun of decision or of intent
# ("the decision to list X", « l'intention de radier X ») tells an act or a plan
_NOUN_GOVERNS = re.compile(
    r"(?i)(?:\b(?:the|a|an|its|their|le|la|les|un|une|du|des|ce|cette|son|sa|ses|leur|leurs)\s+"
    r"(?!(?:décision|décisions|choix|intention|intentions|accord|engagement|ordre|decision|intention|order|"
    r"agreement|move|plan|plans|vote)\b)(?-i:[a-zà-ÿ-]+)(?<!é)(?<!ée)(?<!és)(?<!ed)\s+(?:de\s+|d['’]\s*|to\s+)"
    r"|\b(?:beaucoup|rien|peu|assez|trop|plenty|much|lots|nothing|little)\s+(?:(?:more|left|plus|encore)\s+)?(?:à|to)\s+)$"
)
_INFINITIVE_WORD = {"fr": re.compile(r"(?i)[a-zà-ÿ-]+(?:er|ir|re)"), "en": re.compile(r"(?i)[a-z-]+(?<!ed)(?<!ing)")}
_NO_MATCH = re.compile(r"(?!x)x")


# a participle that qualifies a party (a descriptor: no auxiliary, no day in what it
# governs), told in a sentence whose act is another: who the party is, not an act ("X,
# placé sur sa liste, est radié", "annulled the listing of A and B, two tycoons sanctioned
# over the war", « une licence pour X, autorisant ... le fabricant sanctionné par Y »). The
# participle follows a name and its comma, or a noun phrase a determiner opens (an
# article, a count, a demonstrative or a possessive, then up to four words of its own)
_DESCRIBED_BEFORE = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]*,\s+"
    r"|(?:^|[,(;:]\s*|\s)(?:(?i:the|an?|its|their|his|her|two|three|four|five|several|le|la|les|une?|deux|trois|"
    r"quatre|cinq|plusieurs|ce|cet|cette|ces|son|sa|ses|leur|leurs|au|aux|du|des)\s+|(?i:l)['’]\s*)"
    r"(?:(?!(?i:qui|que|dont|that|which|who|whom|a|ont|est|sont|était|étaient|avait|avaient|was|were|is|are|has|have|"
    r"had|been|été|be|être|and|et|or|ou|to|à|by|par)\b)[\w'’-]+\s+){1,4})$"
)
_DESCRIBED_SPAN = re.compile(r"(?i)[\w-]+(?:é|ée|és|ées|ed|it|ite|its|ites)")
_CLAUSE_REST = re.compile(r"[^,;:()]*")
# (what follows the participle: a preposition or a stop, never an object, which would make
# it a finite verb: "the UK also designated X's brother")
_DESCRIBED_NEXT = re.compile(
    r"(?i)\s*(?:[,;:.)]|$)|\s+(?:by|over|for|under|in|after|because|as|at|from|with|on|since|due|amid|"
    r"par|pour|sous|en|dans|après|à|au|aux|sur|depuis|lors|suite|faute|avec|comme)\b"
)
_SAME_DAY = re.compile(r"(?i)\b(?:même\s+jour|same\s+day)\b")


def _described_party(sent: str, lang: str, t: _Trig, others: list[_Trig]) -> bool:
    """The designation ``t`` is a participle that describes a party of another act of its
    sentence (no auxiliary before it, no day in what it governs)."""
    if " " in sent[t.start : t.end].strip() or not _DESCRIBED_SPAN.fullmatch(sent[t.start : t.end].strip()):
        return False
    if not any(o.event != "designation" and o is not t for o in others):
        return False
    if not _DESCRIBED_BEFORE.search(sent, max(0, t.start - 60), t.start) or not _DESCRIBED_NEXT.match(sent, t.end):
        return False
    rest = _CLAUSE_REST.match(sent, t.end)
    governed = sent[t.end : rest.end() if rest else t.end]
    return not _DATED_BETWEEN.search(governed) and not _SAME_DAY.search(governed) \
        and not members_picked(sent, t.start, t.end, lang)


# the act as the purpose of a text the body adopted ("le Conseil a voté un décret visant à
# retirer X de sa liste noire", "approved a decision aimed at delisting X"): the
# adopted text does it, no plan (a draft only tabled, "un projet visant à", stays one)
_ADOPTED_PURPOSE = re.compile(
    r"(?i)(?:\b(?:a|ont|avait|avaient|has|have|had)\s+(?:\w+\s+)?(?:adopté|approuvé|voté|adopted|approved|passed)|"
    r"\b(?:adopted|approved|passed)|\badoption\b)\s+(?:[\w'’,]+\s+){0,8}?(?:résolution|décision|règlement|décret|texte|resolution|"
    r"decision|regulation|decree)\s+(?:visant\s+à|qui\s+vise\s+à|aimed\s+at|aiming\s+to)\s+\Z"
)


_NAMES_AFTER = re.compile(r"(?i)\b(?:including|such\s+as|notably|namely|among\s+them|dont|notamment|comme|tels?\s+que|"
                          r"parmi\s+(?:elles|eux|lesquel\w+))\b|:")
# what a regime or a law does, told in the present to a kind of party ("This programme
# targets entities involved in surveillance", "le régime vise des entreprises qui ..."):
# no act, no party
_KIND_OBJECT = re.compile(
    r"(?i)\s+(?:(?:des|les)\s+)?(?:[a-zà-ÿ-]+\s+)?(?:entities|companies|firms|businesses|individuals|persons|people|"
    r"organi[sz]ations|entités|sociétés|entreprises|personnes|individus|organisations)\b"
)
_PRESENT_KIND_VERB = re.compile(r"(?i)\b(?:targets|sanctions|covers|bars|prohibits|restricts|lists|"
                                r"cible|vise|sanctionne|frappe|interdit)$")
# a participle after a definite article, before a kind, plural or singular ("investment in
# the designated Chinese entities", "dealings with the designated firm and its units"):
# who they are (any party of that kind), no act; so too after any word that makes it an
# adjective of the noun, not a verb: an indefinite or a possessive determiner, a quantifier,
# a preposition, or a verb of its own ("a designated party's income", "rules placed on
# designated persons", "we grouped blacklisted sub-entities")
_KIND_OPENS = re.compile(
    r"(?i)(?:\b(?:the|these|those|a|an|any|all|other|such|its|their|his|her|our|your|on|for|with|to|by|"
    r"against|from|about|involving|between|among)"
    # ("of", not after a list's noun: "added X to the annex of designated entities" names
    # the list the act puts X on, and the participle may be the only word of the act)
    r"|(?<!list\s)(?<!lists\s)(?<!annex\s)(?<!register\s)(?<!schedule\s)(?<!roster\s)\bof"
    # (the verb in lower case: "Washington sanctioned firms" is a place's act)
    r"|\b(?!(?:has|had|have|been|was|were|is|are|being)\b)(?-i:[a-z]+(?:ed|ing)))\s+$"
)
_THE_DESIGNATED_KIND = re.compile(
    r"(?i)\s+(?:[A-Z]?[a-z-]+\s+){0,2}?(?:[a-z]+-)?(?:entit(?:y|ies)|compan(?:y|ies)|firms?|business(?:es)?|individuals?|persons?|"
    r"part(?:y|ies)|organi[sz]ations?)\b"
)


# lawmakers as the subject of a listing verb: they ask for listings, they list nothing ("ten
# senators named two firms they want added", "des députés ont inscrit dans leur lettre")
_LAWMAKERS_BEFORE = re.compile(
    r"(?i)\b(?:senators?|lawmakers|legislators|congress(?:wo)?m[ae]n|representatives|(?-i:Republicans|Democrats)|MPs|"
    r"members\s+of\s+(?:congress|parliament)|sénateurs?|sénatrices?|députés?|parlementaires|élus)\s+"
    r"(?:(?:have|had|has|ont|avaient|also|aussi|également)\s+){0,2}$"
)


# a listing told as a present state, no act: in a relative clause on its party in the
# present passive ("the militia, which is designated under the terrorism order", "la
# banque, qui est sanctionnée par Washington"), or names still or currently on a list
# ("l'Iran y figure toujours", "deux États y figurent actuellement"); a day or
# a year told with it ("depuis 1979", "since 2019") dates the act it was
_RELATIVE_PRESENT = re.compile(
    r"(?i)\b(?:which|who|that|qui)\s+(?:is|are|est|sont)\s+(?:(?:also|already|aussi|également|déjà)\s+)?$"
)
_STILL_ON = re.compile(r"(?i)\b(?:toujours|encore|actuellement|still|currently)\b")
_ON_LIST_VERB = re.compile(r"(?i)(?:y\s+)?figur\w*\b")
_TIME_TOLD = re.compile(
    r"(?i)\b(?:since|depuis|in|en|on|le)\s+(?:\w+\s+){0,2}?(?:\d{1,4}|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)\b"
)


_PRESENT_ON = re.compile(r"(?i)figur(?:e|ent)\b")
_NEWLY = re.compile(
    r"(?i)\b(?:désormais|dorénavant|maintenant|nouvel\w*|nouveaux?|publiée|actualisée|mise\s+à\s+jour|ajout\w*|"
    r"aussi|également|elles\s+aussi|eux\s+aussi)\b"
)
# the round's parties after the verb: « Parmi les entités visées figure X », « Outre X figure Y »
_INVERTED = re.compile(r"(?i)^[\s\W]*(?:parmi|au\s+nombre\s+d|outre)\b")


# a list's tally so far: a count of the parties on it, the listing in the passive or as a
# participle, and a word of time up to now beside it ("At present some 300 firms stand
# blacklisted, among them A", "some 40 firms listed to date include A", « Parmi les
# 60 sociétés inscrites jusqu'ici figure A », « À ce jour, 12 entités sont visées, dont
# A »): where the list stands, no act; the parties given as examples of it were listed
# before, on no day told. A total of one round ("in all", « au total ») and an authority
# that "has added to date 35 firms, including A" (the acts told as done) are no tally.
_SO_FAR = re.compile(
    r"(?i)\b(?:currently|so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now|at\s+present|"
    r"jusqu['’](?:à\s+présent|ici|à\s+maintenant|à\s+aujourd['’]hui)|à\s+ce\s+jour|actuellement|"
    r"à\s+l['’]heure\s+actuelle)\b"
)
_TALLY_COUNT = re.compile(
    r"(?i)\b(?:\d[\d,.\u202f\u00a0]*|some|about|over|more\s+than|nearly|almost|plus\s+de|près\s+de|quelque|environ)\s+"
    r"(?:[\w-]+\s+)?(?:companies|firms|entities|individuals|persons|people|businesses|organi[sz]ations|names|entries|"
    r"entreprises|sociétés|entités|personnes|individus|noms|organisations)\b"
)
_PARTICIPLE_END = re.compile(r"(?i)[\w-]+(?:ed|é|ée|és|ées|i|is|ie|ies|it|its|ite|ites)\s*$")


def _tally_state(sent: str, t: _Trig) -> bool:
    """The designation ``t`` tells how many parties a list holds so far, no act."""
    verb = _PARTICIPLE_END.search(sent, t.start, t.end)
    if verb is None:
        return False
    counts = list(_TALLY_COUNT.finditer(sent, max(0, t.start - 60), verb.start()))
    count = counts[-1] if counts else None  # the count nearest the participle
    if count is None or re.search(r"[.;:]|\b(?:has|have|had|a|ont|avait|avaient)\b", sent[count.end() : verb.start()]):
        return False
    a, b = max(0, count.start() - 40), min(len(sent), t.end + 40)
    return _SO_FAR.search(sent, a, b) is not None


def _listed_state(sent: str, t: _Trig) -> bool:
    """The designation trigger ``t`` tells that a party is listed, not that it was listed."""
    rest = re.split(r"[,;.:(]", sent[t.end :], maxsplit=1)[0]
    if _TIME_TOLD.search(rest):
        return False
    if _RELATIVE_PRESENT.search(sent[max(0, t.start - 30) : t.start]) \
            and re.fullmatch(r"(?i)\w+(?:ed|é|ée|és|ées)", sent[t.start : t.end].strip()):
        return True
    if _ON_LIST_VERB.match(sent, t.start) is not None \
            and _STILL_ON.search(sent, t.start, min(len(sent), t.end + 20)) is not None:
        return True
    # the present of « figurer » with its subject before it, and neither a day, nor a word
    # of a new act (« désormais », « nouvelle liste »), nor a word of a round's further
    # members (« aussi », « également ») near it: where the party is, no act
    if _PRESENT_ON.match(sent, t.start) is None or _INVERTED.search(sent, 0, t.start):
        return False
    return _NEWLY.search(sent, max(0, t.start - 60), t.end + len(rest)) is None


def blocked(sent: str, lang: str, t: _Trig, others: list[_Trig]) -> bool:
    """Negated, hypothetical, excluded or background trigger."""
    if _blocked_here(sent, lang, t, others):
        return True
    # an act coordinated with, or in apposition to, an earlier act of the sentence that is
    # no act is the same plan ("could add A, a symbolic step", « envisage d'inscrire A,
    # ainsi que d'introduire des sanctions contre B »)
    earlier = [o for o in others if o.end <= t.start and o is not t]
    if earlier:
        last = max(earlier, key=lambda o: o.end)
        return continues_act(sent, last, t) and _blocked_here(sent, lang, last, others)
    return False


def _blocked_here(sent: str, lang: str, t: _Trig, others: list[_Trig]) -> bool:
    comp = compiled(lang)
    before60 = sent[max(0, t.start - 60) : t.start]
    if t.event == "designation" and _PRESENT_KIND_VERB.search(sent[t.start : t.end]) \
            and _KIND_OBJECT.match(sent, t.end) and not _NAMES_AFTER.search(sent, t.end) \
            and not _DATE_NEXT.match(sent, t.end):
        return True  # "this regime targets entities involved in ...": what it does
    if generic_act(sent, lang, t, clause_bounds(sent, lang, t.start, t.end)):
        return True  # "the office removes individuals from its list", "each year it delists": a habit
    if t.event == "designation" and re.fullmatch(r"(?i)\w+(?:ed|é|ée|és|ées)", sent[t.start : t.end].strip()) \
            and _KIND_OPENS.search(before60) and _THE_DESIGNATED_KIND.match(sent, t.end) \
            and not _NAMES_AFTER.search(sent, t.end) and not _DATE_NEXT.match(sent, t.end):
        return True  # "buying shares of the designated Norland firms": a kind
    if t.event == "designation" and _listed_state(sent, t):
        return True  # "the militia, which is designated under ...", "l'Iran y figure toujours"
    if t.event == "designation" and _tally_state(sent, t):
        return True  # "Currently, 300 firms are blacklisted, including X": the list's tally
    if undone_measure(sent, t, others):
        return True  # "annulled the sanctions targeting X": the measure undone, no listing
    if foreign_object(sent, t):
        return True  # "challenged a civil penalty", « a annulé son passeport »: no measure of ours
    if earlier_list_told(sent, t):
        return True  # "the old version of the list named X": what a list held before, no act
    if inside_name(sent, t):
        return True  # "the Bureau for Enjoining Thrift": a word of a body's name, no act
    if t.event in ("designation", "removal") and _LAWMAKERS_BEFORE.search(sent[max(0, t.start - 60) : t.start]):
        return True  # "ten senators named two firms": a request's list, no listing
    if t.event == "ruling" and not _COURT.search(sent) and not _LISTING_WORD.search(sent):
        return True  # "uphold its legitimate right to development": no court, no listing
    if t.event in ("vacatur", "removal", "injunction") and _HAVE_IT_DONE.search(sent[max(0, t.start - 20) : t.start]) \
            and _INFINITIVE_UNDO.match(sent, t.start):
        return True  # « sa tentative de faire annuler les sanctions »: sought, not done
    if t.event in ("designation", "removal") and _JUSTIFY_BEING.search(sent[max(0, t.start - 60) : t.start]):
        return True  # "too weak to justify being listed": grounds argued, no act
    if _FIRST_TO_BE.search(sent[max(0, t.start - 60) : t.start]) and _WOULD_BE.match(sent, t.end):
        return True  # "The first person to be sanctioned would be X": a draft's hypothesis
    first = sent[t.start : t.end].split()[0] if sent[t.start : t.end].split() else ""
    if _BODY_FUNCTION.search(sent[max(0, t.start - 80) : t.start]) and lang in _PRESENT \
            and _PRESENT[lang].fullmatch(first) and not _DATE_NEXT.match(sent, t.end):
        return True  # "the committee which designates additions": what the body does, no act
    if t.event == "designation" and _SHARE_OF.search(sent[max(0, t.start - 90) : t.start]) \
            and not _DATE_NEXT.match(sent, t.end):
        return True  # "only eight percent of the 273 companies ... are on the Entity List": a statistic
    if t.event == "legal_challenge" and _INTENTION.search(sent[max(0, t.start - 40) : t.start]):
        return True  # "a évoqué son intention de contester la décision": no case filed yet
    if asked_for(sent, t):
        return True  # "X's injunction bid", « a demandé au juge ... de suspendre »: asked, not granted
    if asked_act(sent, t):
        return True  # "asked the Secretary, ..., to sanction X", "the names X wanted delisted": a request
    if granted_request(sent, t):
        return True  # a motion the court granted: the injunction tells it
    if t.event == "vacatur" and _JUDGMENT_UNDONE.match(sent, t.end):
        return True  # "annuls the judgment under appeal", « annule l'arrêt du Tribunal »: an appeal, no listing undone
    if t.event == "vacatur" and _FINDING.match(sent, t.start) and not court_finding(sent, t):
        return True  # "X said the designation was unlawful": a party's claim, no court's finding
    if t.event == "legal_challenge" and _BEARER_NOUN.fullmatch(sent, t.start, t.end) and not _COURT.search(sent) \
            and not _FILED_BY.search(sent, t.start, t.end):
        return True  # "a bid from X", "actions by the Treasury": no court, no case
    if t.event == "legal_challenge" and _GROUP_BRINGS.search(sent, 0, t.start) and not _MEMBERS_NAMED.search(sent, t.end):
        return True  # "once three campaigners filed suit": an unnamed group's case
    if t.event == "legal_challenge" and _PRESS_SUIT.match(sent, t.start):
        return True  # "won a lawsuit against a newspaper over an article": a libel case
    head_end = t.start + len(_TRIAL_HEAD.sub("", sent[t.start : t.end]))  # (the trigger may hold "contre")
    trial = _TRIAL_OF.match(sent, head_end) if t.event == "legal_challenge" else None
    # (the name read past its initials' dots: "against the U.S. government" is the state's;
    # a possessive name past what it holds: "against Australia's minister for ...")
    reach = trial.end() + 4 if trial is not None else 0
    if trial is not None and trial.group(0).endswith(("'s", "’s", "s'", "s’")):
        held = _POSSESSED.match(sent, trial.end())
        reach = held.end() if held is not None else reach
    if trial is not None and not _AUTHORITY_WORD.search(sent, trial.start(), min(len(sent), reach)) \
            and not sent[: t.start].rstrip().endswith(("un", "a", "an")):
        return True  # a trial of X in a court, no challenge of a listing
    if sent[t.start : t.start + 1].isupper() and t.start > 0 and _IN_LIST_NAME.match(sent, t.end):
        return True  # "the Specially Designated Nationals and Blocked Persons List": a list's name
    if any(m.start() <= t.start and t.end <= m.end() for m in _SDN_NAME.finditer(sent)):
        return True  # "specially designated nationals and blocked persons": the list's name in lower case
    if t.event == "license" and _REQUIRED.search(sent[max(0, t.start - 50) : t.start]):
        return True  # "firms require an export licence", "doivent obtenir une licence": a requirement
    if t.event == "license" and _COURT.search(sent[max(0, t.start - 60) : t.start]):
        return True  # the court's own decision told as an exception
    if t.event == "deadline" and _FOR_COMMENTS.search(sent[: t.start]):
        return True  # "comments on the draft are due by 3 June", "les observations ... d'ici au 3 juin"
    renewal = _REGIME_RENEWAL.search(sent)
    if t.event == "deadline" and renewal is not None and renewal.start() < t.start and not _LICENCE_WORD.search(sent):
        return True
    generic = _GENERIC_PLURAL.search(sent[max(0, t.start - 60) : t.start])
    if t.event == "designation" and generic is not None \
            and not _KNOWN_GROUP.search(sent[max(0, t.start - 60) : t.start][: generic.start()]) \
            and not _DATE_NEXT.match(sent, t.end) and not _COUNTED.search(sent[max(0, t.start - 60) : t.start]) \
            and not members_picked(sent, t.start, t.end, lang):
        return True  # "... à la disposition des personnes et entités inscrits sur la liste": who they are
    if t.event == "license" and t.strength >= 1.0 and _EXPIRY.search(sent, t.end) and not _ISSUED.search(sent[: t.start]) \
            and not _ISSUED.match(sent, t.start) \
            and not _PASSIVE.search(sent[t.start : t.end]):
        return True  # "the general license for X expires on July 16": its deadline, no issue
    if t.event == "vacatur" and not _COURT.search(sent) and _ORDER_REVOKED.search(sent[max(0, t.start - 60) : t.end + 60]):
        return True  # "Trump a annulé un ordre exécutif imposant des sanctions": no court, a regime
    if t.event == "removal" and _FUNDS_RELEASED.match(sent, t.start):
        return True  # "a licence to unblock a wire transfer": funds released, no delisting
    if _AWAITED.search(sent[max(0, t.start - 40) : t.end]):
        return True
    if ahead_of_another(sent, lang, t):
        return True  # "before adding A, the Council should wait": not done yet
    if t.event in ("designation", "removal") and _NOUN_GOVERNS.search(sent, max(0, t.start - 60), t.start) \
            and _INFINITIVE_WORD.get(lang, _NO_MATCH).fullmatch(sent[t.start : t.end].strip()):
        return True  # "the right to sanction X", « beaucoup à sanctionner »: a power or a task, no act
    if t.event in ("designation", "removal") and _INFINITIVE_WORD.get(lang, _NO_MATCH).fullmatch(sent[t.start : t.end].split()[-1]) \
            and comp["cond"].search(sent, max(0, t.start - 120), t.start) and comp["hyp_a"].search(sent, t.end):
        return True  # "it would widen the list, up to including whole sectors, if ...": the mood of the verb it hangs on
    if _act_as_subject(sent, lang, t):
        return True  # "lifting sanctions on X is unlikely", "« Sanctionner X serait une erreur »"
    if t.event == "designation" and _descriptor(sent, lang, t):
        return True  # "X, a sanctioned Russian bank, ...", "of sanctioned tycoon A": who they are
    if _CONDITIONAL_OPENING.match(sent):
        return True  # "If Tencent were added ...", "• If found in violation ..., the company ..."
    if t.event == "removal" and _MARKET.search(sent) and not _MARKET_NAMED(sent, t):
        return True  # a stock-exchange delisting ("radié de la cote", "Nasdaq delisted")
    if t.event in ("vacatur", "injunction") and _MARKET.search(sent) and not _LIST_NAMED.search(sent) \
            and any(o.event == "removal" and not _MARKET_NAMED(sent, o) for o in others):
        return True  # a market's delisting undone or put off ("the decision to delist X from the NYSE was reversed")
    if t.strength >= 1.0 and not sent[: t.start].strip(" \"“«•*-–") and " " not in sent[t.start : t.end].strip() \
            and _ADJECTIVE_NEXT.match(sent, t.end):
        return True  # "Sanctioned Russian bank X was cut off": an adjective opening the sentence
    if t.event == "designation" and _STATE_BEFORE.search(sent[max(0, t.start - 25) : t.start]) \
            and (" " not in sent[t.start : t.end].strip()
                 or re.fullmatch(r"(?i)\w+(?:é|ée|és|ées|ed)", sent[t.start : t.end].split()[0]) is not None) \
            and not _DATED_AFTER.match(sent, t.end):
        return True  # "whose owner remains sanctioned", "reste sanctionnée": a state, no event
    if t.event == "designation" and _described_party(sent, lang, t, others):
        return True  # "X, placé sur sa liste, est radié", "A et B, deux hommes d'affaires sanctionnés": who they are
    kept = _KEPT.match(sent, t.end) if t.event == "designation" and _LISTING_NOUN.match(sent, t.start) else None
    if kept is not None and not _DATED_BETWEEN.search(sent, t.end, kept.end()):
        return True  # "le gel des fonds de X est maintenu", "sanctions on X remain in place": a state
    if comp["refuted"].search(sent):
        return True  # "Earlier reports that ByteDance had been blacklisted were wrong"
    if rule_told(sent, t):
        return True  # "Any funds owed to X must remain blocked until ...": a rule, no act
    if reported_plan(sent, lang, t):
        return True  # "... is poised to add A, Reuters reported", « B sera inscrite, selon des sources »
    ex = comp["excl"].get(t.event)
    window = sent[max(0, t.start - 60) : t.start]
    if ex is not None and ex.search(window) and not _GRANTED.search(sent[max(0, t.start - 110) : t.start]) \
            and not _OFFSET_BETWEEN.search(window[-30:]):
        return True
    ca, cb = clause_bounds(sent, lang, t.start, t.end)
    before = sent[max(ca, t.start - 60) : t.start]
    if t.event == "legal_challenge" and _BEARER_NOUN.fullmatch(sent, t.start, t.end):
        before = _RULED_ON.sub(" ", before)  # "rejected an appeal by X": the court's answer, the appeal was made
    after = sent[t.end : cb]
    # (a negation before a colon is another statement's: "X ne sont pas une surprise: en
    # annonçant ... imposer des sanctions à Y")
    # (a case told by its noun with its bringer's possessive exists, whatever the clause
    # denies of it: "did not dispute the listing itself in its lawsuit", « ne conteste
    # pas les sanctions dans son recours »)
    owned_case = t.event == "legal_challenge" and (
        _OWNED_CASE.search(sent, max(0, t.start - 25), t.start) is not None and _CASE_NOUN.match(sent, t.start) is not None
        # (the trigger holds its bringer's possessive: "rejected the tycoon's appeal")
        or _POSSESSED_CASE.fullmatch(sent, t.start, t.end) is not None)
    if not owned_case and (comp["neg_b"].search(re.split(r"(?<=[a-zà-ÿ]):\s", before)[-1])
                           or comp["neg_a"].search(sent[t.end : min(cb, t.end + 40)])):
        return True
    lead_in = before[-20:]
    neg_in = comp["neg_b"].search(lead_in + " ".join(sent[t.start : t.end].split()[:2]))
    if neg_in and neg_in.start() < len(lead_in) and not owned_case:
        return True  # "ne figure pas sur la liste": the negation closes inside the trigger
    span = sent[t.start : t.end]
    inner = span.split(None, 1)[1] if t.end - t.start > 12 and len(span.split(None, 1)) > 1 else ""
    if inner and (_LAPSE.match(inner) or lapse_told(span)):
        inner = ""  # the negation is the event: "did not renew the listing" lets it lapse
    if inner and t.event == "vacatur" and _GROUNDS_FAIL.search(inner):
        inner = ""  # « aucun des motifs ... n'est établi »: the court's finding is the undoing
    if inner and (comp["neg_b"].search(inner) or comp["hyp_b"].search(inner)):
        return True  # "the ban will not be lifted", "sanctions could be lifted if ..."
    hyp_from = max(ca, t.start - 90) if t.strength >= 1.0 or t.event == "deadline" else max(0, t.start - 90)
    if _GOVERNED.match(sent[ca : t.start]):
        hyp_from = max(0, t.start - 90)  # "threatened to go further, including by designating"
    if _INFINITIVE.search(sent[max(0, t.start - 20) : t.start]):
        # "declined to vacate the designation or to order the department to take it off"
        hyp_from = max(0, t.start - 150)
        if comp["neg_b"].search(sent[hyp_from : t.start]):
            return True
    if _REFUSED_ASIDE.search(sent, max(0, t.start - 80), t.start):
        return True  # "declined, for now, to lift", « a refusé, pour l'heure, de lever »: not done
    if _SERIES_ITEM.search(sent[: t.start]) and not _PARTICIPLE.search(sent, t.start, t.end):
        # a noun in a series governed by an earlier modal ("which may include additional
        # guidance, definitions, general licenses and other provisions")
        hyp_from = min(hyp_from, max(0, t.start - 150))
    hyp_window = sent[hyp_from : t.start]
    if t.event == "legal_challenge":
        hyp_window = _JOINED.sub(" ", hyp_window)  # "s'est joint à d'autres pour faire appel": an appeal
    if under_study(sent, t, hyp_from, cb):
        return True  # "is deliberating on adding X", « l'inscription de X est à l'étude »: weighed, not done
    # (a case told with its bringer's name or description as the possessor was brought,
    # whoever weighs it: "after considering the businessman's lawsuit, the court ruled")
    named_case = t.event == "legal_challenge" and _POSSESSED_CASE.fullmatch(sent, t.start, t.end) is not None \
        and not re.match(r"(?i)(?:his|her|its|their)\b", sent[t.start : t.end])
    if comp["hyp_b"].search(hyp_window) and not _ADOPTED_PURPOSE.search(sent, 0, t.start) and not named_case:
        return True  # nouns ("a lawsuit") look past commas: "its options, including a lawsuit"
    if t.strength < 1.0 and comp["cond"].search(sent[t.end : cb]) and not comp["ann"].search(
        comp["cond"].sub(" ", sent)
    ):
        # a noun under a conditional, no agreement told: "the inclusion of X on the list
        # would hurt its sales", "l'inscription de X pourrait intervenir en mai"
        return True
    if comp["cond"].search(before) and (
        comp["hyp_a"].search(sent[t.end :]) or comp["hyp_a"].search(sent[: t.start])
    ):
        return True  # "... would be added if ...", "The measure, if passed, would add ..."
    if (t.strength < 1.0 or t.needs_date) and not past_told(sent, t) and not owned_case:
        # a noun right after another event's verb is its object ("vacated the designation");
        # not after a party's case won: what the case was against, a listing of its own ("won
        # its appeal against the decision to blacklist X in 2021")
        for o in others:
            if o.event != t.event and o.start < t.start and (
                    t.start - o.end < 35 and o.start >= ca
                    # (across a day or a reason set off by commas: "a annulé hier, pour vice de
                    # procédure, l'inscription de X")
                    or o.event in UNDOING and _INCIDENTAL.fullmatch(sent, o.end, t.start) is not None) \
                    and not _OFFSET_BETWEEN.search(sent[o.end : t.start]) \
                    and not party_won(sent[o.start : o.end]) \
                    and not (t.event == "deadline" and o.event == "license") \
                    and not (t.event == "license" and o.event == "deadline") \
                    and not (t.event == "legal_challenge" and o.event == "ruling") \
                    and not (t.event == "legal_challenge" and (_BEARER_NOUN.fullmatch(sent, t.start, t.end)
                                                               or _FILED_BY.search(sent, t.start, t.end))):
                return True
        # a listing noun followed by the relief that undoes it is that relief's subject
        # ("que l'inscription de Xiaomi sur cette liste soit annulée", "the inclusion of X
        # on the list was set aside")
        if t.event == "designation" and any(
            o.event in UNDOING and 0 < o.start - t.end < 100 and o.start < cb for o in others
        ):
            return True
    del after
    return False


def status(sent: str, lang: str, t: _Trig) -> str:
    comp = compiled(lang)
    _ca, cb = clause_bounds(sent, lang, t.start, t.end)
    before, after = sent[max(0, t.start - 80) : t.start], sent[t.end : min(cb, t.end + 60)]
    if t.event == "ruling":
        after = ""  # what the rejected request sought ("a request ... to be removed") is no plan
    # searched apart: joined, "X is" + "to the list" would read as "is to"
    return "announced" if comp["ann"].search(before) or comp["ann"].search(after) else "effective"
