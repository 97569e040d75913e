"""An act asked for, or wanted, is no act.

A verb of asking governs the act's infinitive, however long the phrase that names whom
it asks ("the senators asked the Secretary, a former governor of the state, to sanction
A", « a demandé au ministère des finances (ci-après : le ministère) de radier son nom »,
"called on the Council to add B"): the act is what was asked for, and nobody did it. The
same holds for a verb of wanting whose complement is the act's participle ("the ten
names the minister wanted delisted", « souhaitait voir C radiée »).

Near misses keep their event: an act told after the request ("at the minister's
request, the Council listed A"; "the Council, asked by Kyiv, added B"), a request
granted or acted on in a clause of its own between ("asked the ministry, which then
agreed to delist C" is told by the agreeing clause), an infinitive of another verb
("asked the court, then the Treasury delisted D": no "to" before the act), and a court
ordering the act (« a enjoint au ministère de radier » is an order, not a request).
Relief asked of a court (an injunction, a vacatur) is ``relief_asked``'s.
"""

from __future__ import annotations

import re

from . import offices
from .lang import AGENCY_ACTS
from .triggers import Trig, _mask_initialisms

# the endings of a French verb in -er, every person and tense that asks, and its participle
_FR_ENDING = r"(?:e|es|ent|ons|ez|é|ée|és|ées|er|ait|aient|a|ant|erait|eraient|era|eront|ions|iez)"
# a verb of asking or wanting, in a form that is no noun ("the request to remove X was
# granted" tells a request that was granted; « la demande de radier X » is a noun)
_ASKING = re.compile(
    r"(?i)\b(?:ask(?:s|ed|ing)?|urg(?:es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|press(?:es|ed|ing)|"
    r"petition(?:s|ed|ing)|requested|implor(?:es|ed|ing)|invit(?:es|ed|ing)|encourag(?:es|ed|ing)|"
    r"want(?:s|ed|ing)?|wish(?:es|ed)?|"
    # (the French verbs of asking with every ending of their person and tense, the first
    # and second persons' too: « nous appelons X à », « je vous prie de », « exhortez »)
    r"(?:demand|pri|exhort|invit|press|sollicit|suppli|incit|appell?)" + _FR_ENDING + r")\b"
)
# « il demande au ministère de » (a verb) against « la demande de » (a noun)
_DEMANDE = re.compile(r"(?i)\b(?:(?:il|elle|on|qui|ils|elles)\s+)?demande(?:nt)?\b")
_DEMANDE_NOUN = re.compile(r"(?i)\b(?:la|une|sa|leur|cette|votre|notre|de|d['’]|sur|en|à)\s*$")
# what ends the request's phrase and opens one of its own: a relative or a time clause,
# or the answer to the request ("then agreed to", « qui a accepté de »); « ci-après » is no
# time clause
_OWN_CLAUSE = re.compile(
    r"(?i)(?<![\w-])(?:which|who|whom|whose|then|after|before|when|while|but|qui|dont|puis|après|avant|lorsque|quand|mais|"
    r"granted|ordered|ruled|agreed|accepted|decided|approved|voted|refused|declined|"
    r"a\s+(?:accepté|décidé|ordonné|jugé|refusé|approuvé)|ont\s+(?:accepté|décidé|ordonné|refusé|approuvé)|"
    r"accept(?:é|ée|a)|décid(?:é|a)|enjoin\w*|enjoint\w*)\b"
)
# the end of the request's phrase, right before the act: "to", « de », « d' », « à » (after
# « appeler », « inciter »), a passive's "be" or « être » between
_INFINITIVE_MARK = re.compile(r"(?i)(?:\b(?:to|de|à)\s+|\bd['’]\s*)(?:(?:be|être)\s+)?$")
# wanting an act done: the participle right after the wanted object (a few words at most)
_WANTED = re.compile(
    r"(?i)\b(?:want(?:s|ed|ing)?|wish(?:es|ed)?|would\s+like|veu(?:t|lent)|voul(?:ait|aient|u)|"
    r"souhait\w*|voudrai(?:t|ent)|aimerai(?:t|ent))\s+(?:voir\s+)?(?:[\w'’.-]+\s+){0,5}?$"
)
_PARTICIPLE = re.compile(r"(?i)\w+(?:ed|é|ée|és|ées|i|ie|is|ies|it|ite|its|ites)")


# a verb of asking or proposing whose object is a clause in the subjunctive ("asked that
# the Treasury designate X", "urged that X be added", « exigent que le Trésor inscrive X »,
# « la lettre demande que X soit ajoutée »)
_ASKING_THAT = re.compile(
    r"(?i)\b(?:ask(?:s|ed)?|request(?:s|ed)?|demand(?:s|ed)?|urg(?:es|ed)|insist(?:s|ed)?|"
    r"recommend(?:s|ed)?|propos(?:es|ed)|"
    r"demand(?:e|ent|é|ait|aient|a)|exig(?:e|ent|é|eait|eaient|ea)|réclam(?:e|ent|é|ait|aient|a)|"
    r"souhait(?:e|ent|é|ait|aient|a)|veu(?:t|lent)|voul(?:ait|aient|u)|"
    r"recommand(?:e|ent|é|ait|aient|a)|propos(?:e|ent|é|ait|aient|a))\s+(?:that\b|que\b|qu['’])"
)
# a verb of seeking whose object is the act's noun ("means to seek the lifting of its own listing",
# "applied for a delisting", « solliciter une levée des sanctions »)
_SEEKING = re.compile(
    r"(?i)\b(?:seek|seeks|seeking|sought|appl(?:y|ies|ied|ying)\s+for|solliciter|sollicit(?:e|é|ée|ait|ent)|"
    r"requérir|requiert)\s+(?:a|an|the|its|his|her|their|une?|la|le|l['’]|sa|son|leur|leurs)\s*(?:[\w-]+\s+)?$"
)
# a second infinitive coordinated with the first, its "to" left out ("called on the
# ministry to review the case and remove X", « de revoir le dossier et retirer X »)
_COORDINATED = re.compile(r"(?i)\b(?:and|or|et|ou)\s+$")
_FIRST_INFINITIVE = re.compile(r"(?i)\b(?:to|de|à)\s+(?!be\b)[a-zà-ÿ]+\b|\bd['’]\s*[a-zà-ÿ]+\b")


_ELLIPSIS = re.compile(r"\.(?:\s?\.){2,}|…")


def _asking_before(sent: str, at: int) -> bool:
    """A verb of asking, before ``at`` in the same clause, whose infinitive opens at ``at``."""
    lo = max(0, at - 280)
    for m in _ASKING_THAT.finditer(sent, max(0, at - 160), at):
        if _DEMANDE.search(m.group(0)) and _DEMANDE_NOUN.search(sent, max(0, m.start() - 12), m.start()):
            continue  # « la demande que ... »: the noun
        between = sent[m.end() : at]
        # (a comma before a word in lower case ends the clause: "once they asked that it
        # act, the Treasury designated X"; one between names is a list's)
        if not re.search(r"[.;!?]\s|,(?!\s*[A-ZÀ-Ý])", between) and not _OWN_CLAUSE.search(between):
            return True
    mark = _INFINITIVE_MARK.search(sent, lo, at)
    if mark is None:
        coord = _COORDINATED.search(sent, lo, at)
        if coord is not None:
            # "to review the case and remove X": the first infinitive's mark stands for both
            first = None
            for f in _FIRST_INFINITIVE.finditer(sent, max(lo, coord.start() - 120), coord.start()):
                first = f
            if first is not None and not re.search(r"[.;!?]\s|,", sent[first.end() : coord.start()]) \
                    and _asking_before(sent, first.end() - len(first.group(0).split()[-1].split("’")[-1].split("'")[-1])):
                return True
        return False
    for m in _ASKING.finditer(sent, lo, mark.start()):
        if _DEMANDE.fullmatch(m.group(0)) and _DEMANDE_NOUN.search(sent, max(0, m.start() - 12), m.start()):
            continue  # « la demande de radier X »: the request's noun
        # (an ellipsis, ". . ." or "...", marks words left out, no sentence's end)
        between = _ELLIPSIS.sub(" ", sent[m.end() : mark.start()])
        if re.search(r"[.;!?]\s", between) or _OWN_CLAUSE.search(between):
            continue
        return True
    return False


# the act's noun governed by a noun of asking, proposing or aiming: before it ("a request for
# removal", "a recommendation on delisting", "a way towards an end of the sanctions", « une
# pétition de radiation », « sa proposition de retrait », « une demande de levée des
# sanctions »), or after it, a compound ("a delisting petition", "the removal request");
# the act is what was asked or aimed at, not done
_DETERMINERS = r"(?:(?:a|an|the|its|his|her|their|full|formal|complete|une?|la|le|l['’]|sa|son|leur)\s*)*"
_ASKING_NOUN_BEFORE = re.compile(
    r"(?i)(?:\b(?:requests?|petitions?|applications?|recommendations?|proposals?|pleas?|calls?|motions?|demands?|bids?)"
    r"\s+(?:for|on|of|to\s+seek)|"
    r"\b(?:demandes?|pétitions?|requêtes?|propositions?|recommandations?|sollicitations?)\s+(?:de|d['’]|en|pour))"
    r"\s*" + _DETERMINERS + r"[«\"“]?\s*$"
    # a noun of a way or an aim towards the act, one table for both languages: the act
    # there is what is hoped for or aimed at, not done ("the surest road to a sanctions
    # removal", "a door to seek and obtain a delisting", "the goal of lifting the sanctions",
    # « ouvrir la voie à une levée des sanctions », « l'objectif d'une radiation »); the
    # words between are determiners, an attempt, a verb of becoming and up to two words in
    # lower case ("a sanctions", "an eventual")
    r"|(?i:\b(?:road|path|pathway|way|route|avenue|door|goal|aim|objective|priority|hope|quest|"
    r"voie|chemin|porte|objectif|priorité|espoir|quête)s?\s+(?:to|towards|for|of|vers|pour|à|de|d['’]))"
    r"\s*" + _DETERMINERS + r"(?i:(?:try(?:ing)?|seek(?:ing)?|tenter|chercher)\s+(?:and|to|de|d['’]|à)\s*)?"
    r"(?i:(?:become|be|get|getting|being|obtain|obtaining|obtenir|être)\s+)?"
    r"(?-i:(?:[a-zà-ÿ-]+\s+){0,2}?)[«\"“]?\s*$"
)
# the act's noun made an aim by a verb of making, the aim's noun after it ("made the lifting
# of the sanctions its first priority", « a fait de la levée des sanctions une de ses
# priorités »)
_MADE_AIM_BEFORE = re.compile(
    r"(?i)\b(?:made|make|makes|making|fait|faire|fera|faisait|faisaient|font)\s+(?:the\s+|de\s+(?:la|le|l['’])\s*|du\s+|des\s+)$"
)
_AIM_AFTER = re.compile(
    r"(?i)[^.;]{0,100}?\b(?:priorit(?:y|ies|é|és)|goals?|aims?|objectifs?|objectives?|conditions?\s+(?:for|of|de|pour))\b"
)
_ASKING_NOUN_AFTER = re.compile(
    r"(?i)\s*[»\"”]?\s*(?:requests?|petitions?|applications?|bids?|process|procedures?|proceedings?)\b"
)
# (the request granted or adopted is an act done: "the request for delisting was granted",
# « la proposition de retrait a été adoptée »)
_ASKING_GRANTED = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?"
    r"(?:granted|approved|accepted|adopted|upheld)|(?:a|ont|avait|avaient)\s+été\s+(?:\w+\s+)?"
    r"(?:acceptée?s?|approuvée?s?|adoptée?s?|accordée?s?|accueillie?s?))\b"
)
# a future act under a condition told after it ("said it will remove X from the list if the
# agency fails to act", "will be delisted unless ...", « retirera X de la liste si ... »): a
# condition, no act (an announced act has no condition)
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|would|shall|(?:is|are)\s+(?:going\s+)?to)\s+(?:(?:then|also|only|soon|not)\s+)?(?:be\s+)?$"
)
_FUTURE_FR = re.compile(r"(?i)\w+(?:era|eront|ira|iront|ra|ront)\b")
_CONDITION_AFTER = re.compile(
    r"(?i)[^.;]{0,160}?(?:\b(?:if|unless|provided\s+that|in\s+case|sauf\s+si|à\s+moins\s+qu['’e]|au\s+cas\s+où|si)\b|\bs['’]ils?\b)"
)


# the noun of asking with whom it is of told between it and the act ("the request of the
# shipowner X for lifting the sanctions", "a petition by Y to remove it", « la demande de la
# société X visant à lever les sanctions », « la requête de Y de radier son nom »): the
# asker is the noun's complement, the act still the request's; no comma, no clause between
_ASKER_WORD = r"(?!(?:which|who|that|and|but|then|qui|que|et|mais|puis|a|ont|avait|has|have|had|was|were|is|are)\b)[\w.’'+-]+"
_ASKING_NOUN_ASKER = re.compile(
    r"(?i)(?:\b(?:requests?|petitions?|applications?|pleas?|demands?|bids?|calls?|proposals?)\s+(?:of|by|from)\s+"
    r"(?:" + _ASKER_WORD + r"\s+){1,8}?(?:for|to)\s+|"
    r"\b(?:demandes?|requêtes?|pétitions?|propositions?)\s+(?:de|du|des|d['’])\s*"
    r"(?:" + _ASKER_WORD + r"\s+){1,8}?(?:de\s+|d['’]\s*|visant\s+à\s+|pour\s+|en\s+vue\s+(?:de\s+|d['’]\s*)))"
    + _DETERMINERS + r"[«\"“]?\s*$"
)
# the act's noun counted among nouns of asking or proposing, the verb of being or figuring
# between ("Among the proposals on the table is the lifting of", "One of the demands was
# the removal of", « Parmi les propositions les plus discutées figure la levée », « L'une
# des revendications est le retrait »): an item of what is asked, not an act
_PROPOSAL_NOUNS = (
    r"(?:proposals?|demands?|requests?|recommendations?|options|ideas|suggestions|"
    r"propositions?|demandes?|requêtes?|recommandations?|pistes|idées|revendications?|exigences?)"
)
_AMONG_PROPOSALS = re.compile(
    r"(?i)\b(?:(?:among|parmi)\s+(?:the|its|their|these|les|ses|leurs|ces)|(?:one|l['’]une?)\s+(?:of\s+the|of\s+its|des|de\s+ses))\s+"
    r"(?:[\w-]+\s+){0,3}?" + _PROPOSAL_NOUNS + r"\b(?:\s+[\w’'-]+){0,5}?,?\s+"
    r"(?:is|are|was|were|figur(?:e|ent|ait|aient)|est|sont|était|étaient|se\s+trouv(?:e|ent|ait|aient))\s+"
    + _DETERMINERS + r"$"
)


def sought_noun(sent: str, t: Trig) -> bool:
    """The listing or removal ``t`` is told by its noun under a noun of asking or aiming
    ("a petition for delisting", « une demande de retrait »), or as a future act under a
    condition told after it: sought or foreseen, not done."""
    if t.event not in ("designation", "removal"):
        return False
    if _ASKING_NOUN_BEFORE.search(sent, max(0, t.start - 60), t.start) or _ASKING_NOUN_AFTER.match(sent, t.end) \
            or _ASKING_NOUN_ASKER.search(sent, max(0, t.start - 130), t.start) \
            or _AMONG_PROPOSALS.search(sent, max(0, t.start - 130), t.start) \
            or (_MADE_AIM_BEFORE.search(sent, max(0, t.start - 20), t.start) and _AIM_AFTER.match(sent, t.end)):
        return _ASKING_GRANTED.match(sent, t.end) is None
    future = _FUTURE_BEFORE.search(sent, max(0, t.start - 40), t.start) is not None \
        or _FUTURE_FR.fullmatch(sent[t.start : t.end].split()[0] if sent[t.start : t.end].split() else "") is not None
    return future and _CONDITION_AFTER.match(sent, t.end) is not None


def asked_act(sent: str, t: Trig) -> bool:
    """The act ``t`` (a listing, a removal, a licence, an amendment) is what a verb of
    asking or wanting before it governs: a request, no act."""
    # (an authority's acts: a court's relief is relief_asked's; a challenge is the request)
    if t.event not in AGENCY_ACTS:
        return False
    sent = _mask_initialisms(sent)  # "the U.S. government": no sentence's end
    if sought_noun(sent, t):
        return True
    if _asking_before(sent, t.start):
        return True
    if _SEEKING.search(sent, max(0, t.start - 60), t.start) is not None:
        return True  # "would seek the lifting of its listing", « solliciter une levée »: asked for
    words = sent[t.start : t.end].split()
    return len(words) == 1 and _PARTICIPLE.fullmatch(words[0].strip(",.;:")) is not None \
        and _WANTED.search(sent, max(0, t.start - 60), t.start) is not None


# the words of a title before a name: lower case, an office's capitalised word (``offices``),
# a nationality ("the Velmarian opposition leader", "Foreign Minister", « la députée »)
_TITLE_WORD = (
    r"(?:(?-i:[a-zà-ÿ][a-zà-ÿ-]*)|(?-i:" + offices.capitalised_re(offices.TITLE) + r"|Sen\.|Rep\.|Mr\.?|Mrs\.?|"
    r"Ms\.?|Dr\.?)|(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:an|ian|ese|ish|ais|aise|ois|oise|ien|ienne)))"
)
# the one who asked for an act, told by the noun of the request after the act ("at the
# request of X", "following a request by X", "under pressure from X", « à la demande de X »,
# « sur proposition du ministre X », « à l'initiative de la députée X », « après une campagne
# menée par X »): a few words of title between, no comma
_REQUESTER = re.compile(
    r"(?i)(?:\b(?:at|on|upon)\s+the\s+(?:request|urging|behest|initiative|recommendation|proposal|suggestion|"
    r"instigation|invitation)\s+of|"
    r"\b(?:following|followed|follows|after|upon|on)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:request|petition|proposal|recommendation|"
    r"appeal|call|push|campaign|letter|lobbying)\s+(?:by|from|of)|"
    r"\bafter\s+(?:months\s+of\s+|years\s+of\s+)?(?:lobbying|pressure|campaigning)\s+(?:by|from)|"
    r"\bunder\s+pressure\s+from|"
    r"\bà\s+la\s+(?:demande|requête|suggestion|recommandation|proposition|instigation)\s+(?:de|du|des|d['’])|"
    r"\bà\s+l['’](?:initiative|appel|invitation|instigation)\s+(?:de|du|des|d['’])|"
    r"\bsur\s+(?:la\s+)?(?:proposition|recommandation|demande|requête|suggestion|initiative)\s+(?:de|du|des|d['’])|"
    r"\bsous\s+la\s+pression\s+(?:de|du|des|d['’])|"
    r"\b(?:après|suite\s+à)\s+(?:une?|la|le|des)\s+(?:[\w-]+\s+)?(?:demandes?|requêtes?|propositions?|"
    r"recommandations?|campagnes?|lettres?|pétitions?|appels?|pressions?)\s+"
    r"(?:de|du|des|d['’]|(?:menée?s?|signée?s?|lancée?s?|adressée?s?)\s+par|par))"
    r"\s*(?:(?:the|le|la|les|l['’])\s*)?(?:" + _TITLE_WORD + r"\s+){0,4}$"
)


def requester(text: str, start: int) -> bool:
    """The name at ``text[start:]`` (a sentence) is the one who asked for the act, told
    by the request's noun: no party of it."""
    return _REQUESTER.search(text, max(0, start - 160), start) is not None



# the one who asked an authority to act on others, told before a request's noun: the
# possessor ("X's request to the council to lift its sanctions against some Y", "X's call
# for sanctions on Y to be dropped") or, in French, the name after the noun (« la demande
# du président X au Conseil de lever les sanctions visant Y »). The request must name the
# others the act bears on (a preposition of the act's target after the act's word, not a
# pronoun): a request about the asker's own listing keeps its party ("X's request to be
# delisted", "X's request to the court to lift its designation", « la demande de X
# d'être radié »). A case's nouns (an appeal, a petition, a bid) are the bringer's own.
_REQUEST_NOUN = (
    r"(?:requests?|calls?|pleas?|demands?|proposals?|recommendations?|urging|initiative|lobbying|"
    r"suggestions?|letters?)"
)
_POSSESSIVE_REQUEST = re.compile(
    r"(?i)(?:['’]s?)?\s+(?:[\w-]+\s+)?" + _REQUEST_NOUN + r"\s+(?:to\s+(?:the\s+)?(?:[\w.-]+\s+){1,6}?)?"
    r"(?:to|for|that)\s+(?!(?:be|have|get)\b)(?P<rest>[^.;]{0,160})"
)
_FR_REQUEST_BEFORE = re.compile(
    r"(?i)\b(?:la|une|sa|cette)\s+(?:demande|requête|proposition|recommandation|suggestion|initiative|lettre)\s+"
    r"(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:(?-i:[a-zà-ÿ][a-zà-ÿ-]*)\s+){0,3}$"
)
_FR_REQUEST_AFTER = re.compile(
    r"(?i)(?:\s*,?\s+(?:au|aux|à\s+la|à\s+l['’]|auprès\s+(?:du|de\s+la|des))\s*(?:[\w'’.-]+\s+){0,6}?)?\s*"
    r"(?:de\s+|d['’]\s*)(?!(?:être|se|s['’])\b)(?P<rest>[^.;]{0,160})"
)
# the act asked for, on others: its word, then (within a few words) the preposition of its
# target and no pronoun after it
_ACT_ON_OTHERS = re.compile(
    r"(?i)^(?:[\w'’.-]+\s+){0,3}?(?:drop|lift|remov|delist|eas|end|suspend|unfreez|sanction|add|designat|"
    r"blacklist|impos|lev|retir|radi|supprim|abandonn|annul|allég|suspend|dégel|inscri|ajout|désign)\w*\b"
    r"[^.;]{0,60}?\b(?:against|on|targeting|from|contre|visant|à\s+l['’]encontre\s+d\w*|sur)\s+"
    r"(?!(?:him|her|it|them|himself|herself|itself|themselves|its|his|their|lui|eux|elle|elles|son|sa|ses|leur|leurs)\b)"
)


def asker(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` (a sentence) is the one who asked an authority to
    act on others, told by a request's noun: no party of the act."""
    owned = re.search(r"['’]s?$", text[start:end]) is not None or re.match(r"['’]", text[end : end + 1]) is not None
    m = _POSSESSIVE_REQUEST.match(text, end) if owned else None
    if m is None and _FR_REQUEST_BEFORE.search(text, max(0, start - 80), start) is not None:
        m = _FR_REQUEST_AFTER.match(text, end)
    return m is not None and _ACT_ON_OTHERS.match(m.group("rest")) is not None
