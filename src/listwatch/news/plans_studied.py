"""An act told as a plan is no act: still under study, or a plan a report tells.

**Under study.** A verb or a noun of deliberation governs the act: the authority weighs it, studies it,
has it on a shortlist, and has not done it ("the government is deliberating on adding
three firms to its list", "officials are contemplating sanctions on X", "X is on a
shortlist of companies to be blacklisted", "the companies under consideration for the
list are A and B", « Washington réfléchit à inscrire X », « Bruxelles planche sur des
sanctions contre X », « l'inscription de X est à l'étude », « des sanctions contre X sont
sur la table »). Told before the act in its clause, or right after an act told by its
noun ("the blacklisting of X is being weighed").

Only an authority's acts (a listing, a removal, a licence, an amendment) are read so: a
court that deliberates or reviews a case has the case before it, so a challenge stays
("the court is deliberating on X's appeal"). Near misses keep their act: a study done
before the act ("after studying the file, the Council listed X": no progressive, no
preposition of the plan), a review the act ended ("the review ended with the removal of
X"), and the plain "examine" or "review" (a court's and an agency's daily work alike).

**A plan a report tells.** The act is in the form of a plan (the future, an infinitive
after a word of readiness or a headline's subject, "to be" done, the conditional: "will
add", "is poised to add", "U.S. to add", « sera inscrite », « va lever », « devrait
ajouter ») and the sentence's source is no authority: unnamed people, an outlet, a report,
a document or draft seen ("people familiar with the matter said", "Reuters reported", "the
newspaper said", "according to a draft seen by", « selon des sources », « selon le texte
», « a rapporté le quotidien »). What the authority itself says it will do stays an
announced act ("the ministry said it will remove X"). The plan is carried: once an
article tells an act of a type as such a plan, a sentence that tells the report again
("The paper added that its draft also names C", "It also lists D", « Selon le document, E
figure aussi sur la liste ») or the same act in the form of a plan (a headline "X to add
A", « A sera retirée de la liste ») is that plan, no act of its own; an act told done in
the past ("the report said A was added in 2019") stays.

**Ahead of another act.** The act told in a clause of "before" (a gerund, « avant de » and an
infinitive, or a verb of "before it" / « avant que »), whose main clause is a modal of duty
or of possibility or the future ("before adding A to the list, the Council should wait",
"it must consult its allies before it lists B", « avant d'inscrire C, l'UE devrait
attendre »), has not been done: it lies after what the main clause asks. A main clause
in the past ("before adding A, the Council consulted its allies") tells both done.

**Carried in the sentence.** An act coordinated with, or set in apposition to, an act of
the same sentence that is no act (a plan, a possibility, a negation) is the same plan:
"could add A to the list, a symbolic step", « envisage d'inscrire A, ainsi que
d'introduire des sanctions contre B » (``modality.blocked`` reads it).
"""

from __future__ import annotations

import re
from functools import cache

from . import saying
from .lang import AGENCY_ACTS, PACKS
from .sentences import clause_bounds
from .triggers import Trig

# before the act, in its clause: a verb of deliberation in a form that tells it going on
# or planned, or a noun phrase of a plan under study
_STUDY_BEFORE = re.compile(
    r"(?i)\b(?:"
    r"deliberat(?:es?|ed|ing)\s+(?:on|over|about|whether)|contemplat(?:es?|ed|ing)|ponder(?:s|ed|ing)?|"
    r"(?:is|are|was|were|been)\s+(?:now\s+|also\s+|still\s+|reportedly\s+|quietly\s+)?"
    r"(?:exploring|debating|eyeing|studying|mulling\s+over|discussing|working\s+on|preparing|drafting)|"
    r"under\s+(?:possible\s+|active\s+|serious\s+)?(?:consideration|scrutiny|study|discussion)\s+(?:for|over)|"
    r"(?:on|in)\s+(?:a|the|its|their)\s+(?:\w+\s+)?shortlist|shortlist(?:s|ed)?\s+(?:for|of)|"
    r"candidates?\s+for|"
    r"réfléchi(?:t|ssent|ssait|ssaient|r)?\s+à|planch(?:e|ent|ait|aient|er)\s+sur|"
    r"se\s+pench(?:e|ent|ait|aient|er)\s+sur|délib[eéè]r(?:e|ent|ait|aient|er)\s+(?:sur|de)|"
    r"travaill(?:e|ent|ait|aient)\s+(?:à|sur)|(?:se\s+)?prépar(?:e|ent|ait|aient)(?=\s)|"
    r"(?:à\s+l['’]étude|sur\s+la\s+table|dans\s+les\s+cartons)\s+(?:de|du|des|d['’]|pour|contre)|"
    r"liste\s+restreinte|candidate?s?\s+(?:à|pour)\s+(?:une?|la|l['’])"
    r")"
)
# after an act told by its noun: the act is the subject of the study ("the listing of X is
# being weighed", « l'inscription de X est à l'étude »)
_STUDY_AFTER = re.compile(
    r"(?i)\b(?:(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+|also\s+)?(?:being\s+)?"
    r"(?:weighed|considered|contemplated|studied|debated|discussed|explored|under\s+(?:consideration|study|discussion))|"
    r"(?:est|sont|était|étaient|reste|restent|serait|seraient)\s+(?:encore\s+|toujours\s+|aussi\s+)?"
    r"(?:à\s+l['’]étude|sur\s+la\s+table|en\s+discussion|dans\s+les\s+cartons|envisagée?s?|étudiée?s?|"
    r"en\s+cours\s+d['’](?:examen|étude)))\b"
)
# a noun of the act (the act's name heading a noun phrase, no finite verb of its own)
_ACT_NOUN = re.compile(
    r"(?i)(?:(?:the|l['’]|la|le|les|des)\s*)?(?:blacklisting|designation|listing|inclusion|addition|removal|delisting|sanctions|restrictions|"
    r"inscription|désignation|ajout|radiation|retrait|levée|sanctions|mesures)\b"
)


def under_study(sent: str, t: Trig, window_from: int, clause_end: int) -> bool:
    """The act ``t`` (an authority's) is one the authority is still weighing: a verb or
    noun of deliberation before it from ``window_from``, or, for an act told by its noun,
    after it before ``clause_end``."""
    if t.event not in AGENCY_ACTS:
        return False
    if _STUDY_BEFORE.search(sent, window_from, t.start):
        return True
    if _ACT_NOUN.match(sent, t.start) is None:
        return False
    return _STUDY_AFTER.search(sent, t.end, min(clause_end, t.end + 140)) is not None


# --- a plan a report tells ------------------------------------------------------------------

# outlets named as the source (one table for both languages)
_OUTLETS = (
    r"(?:Reuters|Bloomberg|AFP|Agence\s+France[- ]Presse|Associated\s+Press|AP|Dow\s+Jones|Financial\s+Times|FT|"
    r"Wall\s+Street\s+Journal|WSJ|New\s+York\s+Times|Washington\s+Post|Nikkei(?:\s+Asia)?|Kyodo|Yonhap|Politico|"
    r"Axios|CNN|CNBC|BBC|Caixin|South\s+China\s+Morning\s+Post|SCMP|Xinhua|TASS|Interfax|RIA\s+Novosti|Kommersant|"
    r"Vedomosti|Handelsblatt|Spiegel|Le\s+Monde|Les\s+Echos|Le\s+Figaro|Libération|Le\s+Parisien|Le\s+Temps|NHK|"
    r"Asahi|Yomiuri|Le\s+Soir|La\s+Tribune|Mediapart)"
)
# what a plan is told from: a source that is no authority
_SOURCE = {
    "en": (
        r"\b(?:people|persons?|officials?|diplomats?)\s+(?:familiar|briefed|close|with\s+(?:direct\s+)?knowledge)\b|"
        r"\baccording\s+to\s+(?:people|a\s+person|two|three|four|several|unnamed|anonymous)\b|"
        r"\breportedly\b|"
        r"\bwho\s+asked\s+not\s+to\s+be\s+(?:named|identified)\b|"
        # (a speaker told as anonymous is no authority's statement)
        r"\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bspeaking\s+anonymously\b|"
        r"\b(?-i:" + _OUTLETS + r")(?:['’]s?)?\s+(?:also\s+)?(?:said|says|reported|reports|wrote|writes|cited|citing|quoted|revealed)\b|"
        r"\b(?:according\s+to|citing|cited\s+by|reported\s+by)\s+(?:the\s+|a\s+)?(?-i:" + _OUTLETS + r")|"
        r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:report|newspaper|paper|daily|outlet|publication|news\s+agency|"
        r"broadcaster|draft|memo)\s+(?:also\s+)?(?:said|says|reported|added|adds|wrote|writes|cited|showed|shows|stated)\b|"
        r"\baccording\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|draft|memo|newspaper|"
        r"paper|media|press|leak)s?\b|"
        r"\b(?:documents?|drafts?|memos?|cop(?:y|ies)|texts?|proposals?)\s+(?:seen|obtained|reviewed)\s+by\b"
    ),
    "fr": (
        r"\b(?:proches?|au\s+fait|informée?s?)\s+du\s+dossier\b|"
        r"\bsous\s+(?:le\s+)?(?:couvert|sceau)\s+(?:de\s+l['’]|d['’])\s*anonymat\b|\b(?:requis|demandé|gardé)\s+l['’]anonymat\b|"
        r"\bselon\s+(?:le|la|les|l['’])\s*[A-Z]|\bd['’]après\s+(?:le|la|les|l['’]|des)\s*|\bde\s+source\s+\w+\b|"
        r"\bselon\s+(?:un|une|le|la|les|l['’]|des|ce|cette)\s*(?:[\w-]+\s+)?(?:journal|quotidien|hebdomadaire|presse|"
        r"médias?|agence|projet|rapport|informations?|brouillon)\b|"
        r"\b(?:a|ont|avait|avaient)\s+rapporté\b|"
        r"\b(?-i:" + _OUTLETS + r")\s+(?:a\s+(?:rapporté|révélé|indiqué|écrit)|rapporte|affirme|écrit|indique|révèle)\b|"
        r"\bselon\s+(?-i:" + _OUTLETS + r")|"
        r"\b(?:documents?|projets?|textes?|brouillons?)\s+(?:consultée?s?|obtenue?s?|vue?s?)\s+par\b"
    ),
}
# the report told with open slots, one table for both languages: unnamed sources as the
# subject of any verb of saying or reporting ("sources say", "sources revealed", « des
# sources ont indiqué »), or an outlet of any name credited by a verb of reporting, after
# the report or in a clause set off after it (", the X Herald reported", ", rapporte The X",
# ", a révélé jeudi le quotidien X", "as reported by X", « rapporté par X »)
# (an outlet's verbs only: « indiqué », « précisé » tell an authority's own statement too)
_REPORT_VERBS = "|".join(re.escape(w) for w in saying.forms(("report",))
                         if w not in ("indiqué", "précisé", "indique", "précise"))
_SAID = saying.verbs(("say", "report", "tell"))
_REPORT_OPEN = (
    # (an unnamed source: the noun "source" in either language, told as the subject of a
    # verb of saying a few words later, described ("close to", « proche », « informée »), or
    # after a preposition of citing: "a source briefed on the talks told", « une source
    # informée à Paris a indiqué », "sources reveal", "according to sources", « selon une
    # source », « de sources proches »)
    r"\b(?:sources?|insiders?)\b(?:\s+[\w'’-]+){0,5}?\s+(?:(?:have|had|has|ont|avaient|a|also|aussi)\s+){0,2}"
    r"(?:" + _SAID + r"|say|reveal|report|tell|indicate|suggest|claim|disent|affirment|indiquent|révèlent|confient)\b|"
    r"\b(?:sources?|insiders?)\s+(?:close|familiar|briefed|with\s+(?:direct\s+)?knowledge|proches?|informée?s?|au\s+fait)\b|"
    r"\b(?:according\s+to|citing|selon|d['’]après|de)\s+(?:a|an|one|two|three|four|several|unnamed|anonymous|une?|des|deux|"
    r"trois|quatre|plusieurs|nos|the|les)?\s*(?:[\w-]+\s+)?sources?\b|"
    # (counted or unnamed people of an office as the source, any word between: "two US
    # officials", "several European diplomats", « plusieurs hauts responsables »)
    r"\b(?:two|three|four|five|several|unnamed|anonymous|deux|trois|quatre|plusieurs|des)\s+(?:[\w-]+\s+)?"
    r"(?:sources|officials|diplomats|people|responsables|diplomates|fonctionnaires)\b|"
    # (reports as the source: "following reports that", "media reports say", « selon des
    # informations de presse », « des informations selon lesquelles »)
    r"\breports?\s+(?:that|saying|suggesting|indicating)\b|\b(?:media|press|news)\s+reports?\b|"
    r"\binformations\s+(?:de\s+(?:presse|médias)|selon\s+lesquelles|parues)\b|"
    r"[,”\"»(]\s*(?:the\s+|The\s+)?(?-i:[A-Z][\w.’'&-]*\s+){1,4}(?:(?:has|had|a|avait)\s+)?(?:" + _REPORT_VERBS + r")\b|"
    r"[,”\"»]\s*(?:(?:a|ont|avait)\s+)?(?:" + _REPORT_VERBS + r")\s+(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])|"
    r"\b(?:" + _REPORT_VERBS + r")(?:e|s|es)?\s+(?:first\s+|earlier\s+)?(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    r"(?:[a-zà-ÿ'’-]+\s+){0,3}?(?-i:[A-Z])"
)
# the act in the form of a plan, before it (within a few words) or in its own verb
_PLAN_FORM = {
    "en": (
        r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|set|poised|likely|due|preparing|planning|considering|"
        r"going|about|ready|slated|scheduled)\s+to|plans?\s+to|planned\s+to|intend(?:s|ed|ing)?\s+to|as\s+soon\s+as|as\s+early\s+as|"
        # (an agreement to act, a possibility: "agreed to add", "could add", "may be listed")
        r"(?:is|are)\s+to|agreed\s+to|(?-i:could|may|might))\b|\bto\s+be\s+(?=\S+\s*$)|(?-i:\b[A-Z][\w.’'-]*)\s+to\s+(?=\S+\s*$)"
    ),
    "fr": (
        r"\b(?:sera|seront|serait|seraient|devrai(?:t|ent)|doi(?:t|vent)\s+être|va|vont|(?:a|ont)\s+accepté\s+d[e'’]|"
        r"allait|allaient|s['’]apprêt\w+|prévoi(?:t|ent)|compte|comptent|pourrai(?:t|ent)|"
        # (« se sont entendus pour inscrire », « ont convenu de », « est prête à », « envisage de »)
        r"(?:se\s+sont|s['’]est)\s+entendue?s?\s+pour|(?:a|ont)\s+convenu(?=\s+d)|prête?s?\s+à|envisag\w+|"
        # (a plan or an intent: « projette de retirer », « entend inscrire », « a l'intention de »)
        r"projet(?:te|tent|ait|aient)(?=\s+d)|entend(?:ent|ait|aient)?(?=\s+[a-zà-ÿ]+(?:er|ir|re)\b)|"
        r"(?:a|ont|avait|avaient)\s+l['’]intention(?=\s+d))\b"
    ),
}
_OWN_FUTURE = {
    "en": r"(?!x)x",
    "fr": r"(?i)\w+(?:era|eront|erait|eraient|ira|iront|irait|iraient|dra|dront)\b",
}
# a sentence that tells the report again: the report, the document or the list as the
# subject of a verb of saying or including, or a pronoun that includes more
_TOLD_ON = {
    "en": (
        r"^\W*(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:report|document|draft|memo|text|list|package|proposal|newspaper|paper)|"
        r"it|they)\s+(?:also\s+)?(?:said|says|added|adds|showed|shows|includes?|included|names?|named|lists?|listed|"
        r"targets?|covers?|mentions?)\b"
    ),
    "fr": (
        r"^\W*(?:(?:selon|d['’]après)\s+(?:le|la|ce|cette)\s+(?:texte|document|projet|rapport|journal|quotidien|liste|"
        r"brouillon|version)\b|(?:le\s+(?:texte|document|projet|rapport|brouillon)|la\s+liste|il|elle)\s+"
        r"(?:\w+\s+)?(?:comprend|inclut|vise|cite|mentionne|nomme|prévoit|ajoute|précise)\b)"
    ),
}
# an act told done in the past: the report tells it as past, no plan's
_PAST_TOLD = re.compile(
    r"(?i)\b(?:was|were|had|has|have|been|a\s+été|ont\s+été|avait\s+été|avaient\s+été|avait|avaient)\b"
)


# a party's place on a list, no act: « figurer sur », "be on", « être sur »
_ON_LIST = re.compile(
    r"(?i)(?:y\s+)?figur\w*|appear\w*\s+on|(?:is|are|was|were|be|been|être|est|sont|était|étaient)\s+"
    r"(?:(?:also|still|already|now|aussi|également|déjà|toujours|encore)\s+)?(?:on|sur)\b"
)
# a plural noun of parties, then the relative that tells what is done to them
_PARTIES_WHOM = re.compile(
    r"(?i)\b(?:persons|entities|individuals|companies|firms|people|names|personnes|entités|sociétés|entreprises|"
    r"individus|noms)\s+(?:[a-zà-ÿ-]+\s+)?(?:(?:against|on|to|for|contre|sur|à|pour|envers)\s+)?"
    r"(?:whom|which|who|that|lesquel(?:le)?s|qui|que|qu['’])\b"
)


@cache
def _compiled(lang: str) -> dict[str, re.Pattern[str]] | None:
    if lang not in _SOURCE:
        return None
    return {"source": re.compile("(?i)" + _SOURCE[lang] + "|" + _REPORT_OPEN), "form": re.compile("(?i)" + _PLAN_FORM[lang]),
            "own": re.compile(_OWN_FUTURE[lang]), "on": re.compile("(?i)" + _TOLD_ON[lang]),
            "later": re.compile(PACKS[lang].announced)}


def plan_form(sent: str, lang: str, t: Trig) -> bool:
    """The act ``t`` is told in the form of a plan (the future, an infinitive of
    readiness or a headline's, "to be" done, the conditional)."""
    comp = _compiled(lang)
    if comp is None:
        return False
    words = sent[t.start : t.end].split()
    if comp["form"].search(sent, max(0, t.start - 60), t.end) is not None \
            or (bool(words) and comp["own"].fullmatch(words[0]) is not None):
        return True
    # the future told after the act, in a relative clause on the parties the list it
    # names is of: what the list is for ("were on a list of people whom the state will
    # sanction", « figurent parmi les sociétés que Paris va frapper de mesures »).
    # Only a party's place on the list is read so: an act told done stays ("added X to a
    # list of firms that will need a licence")
    if _ON_LIST.match(sent, t.start) is None:
        return False
    _a, b = clause_bounds(sent, lang, t.start, t.end)
    rel = _PARTIES_WHOM.search(sent, t.end, min(b, t.end + 60))
    return rel is not None and comp["later"].search(sent, rel.end(), min(b, rel.end() + 60)) is not None


def report_source(sent: str, lang: str) -> bool:
    """The sentence is told from a source that is no authority (unnamed people, an outlet,
    a report or a document)."""
    comp = _compiled(lang)
    return comp is not None and comp["source"].search(sent) is not None


def reported_plan(sent: str, lang: str, t: Trig) -> bool:
    """The act ``t`` is a plan a report tells: no act."""
    return plan_form(sent, lang, t) and report_source(sent, lang)


def plan_told_on(sent: str, lang: str, t: Trig, planned: set[str], announced: bool) -> bool:
    """The act ``t`` continues a plan of its type (``planned``) a report told in the
    article: told in the form of a plan (``announced``, or ``plan_form``), or in a sentence
    that tells the report again, not as done in the past."""
    if t.event not in planned:
        return False
    if announced or plan_form(sent, lang, t):
        return True
    comp = _compiled(lang)
    if comp is None:
        return False
    again = comp["on"].search(sent) is not None or comp["source"].search(sent) is not None
    return again and _PAST_TOLD.search(sent, max(0, t.start - 30), t.end) is None


# --- carried in the sentence ----------------------------------------------------------------

# what joins an act to an earlier one of its sentence as the same plan: a coordinated
# infinitive ("..., and to add B", « ..., ainsi que d'introduire ») or an apposition's noun
# (", a symbolic step", « , une mise au ban symbolique »); no other verb, no sentence break
_JOINED_PLAN = re.compile(
    r"(?i)^[^.;:!?]{0,100}?(?:(?:,\s*|\s+)(?:and|or|as\s+well\s+as|ainsi\s+que|et|ou)\s+(?:also\s+|aussi\s+)?"
    r"(?:to|de|d['’]|à)\s*(?:\w+\s+)?|,\s*(?:une?|an?)\s+(?:[\w-]+\s+)?)$"
)
_FINITE_BETWEEN = re.compile(
    r"\b(?:has|have|had|was|were|is|are|did|a|ont|avait|avaient|est|sont|était|étaient|[a-z]+ed)\s"
)


def continues_act(sent: str, earlier: Trig, t: Trig) -> bool:
    """The act ``t`` is joined to the ``earlier`` act of its sentence as the same act: a
    coordinated infinitive or an apposition's noun right after it."""
    if earlier.end > t.start:
        return False
    between = sent[earlier.end : t.start]
    return _JOINED_PLAN.match(between) is not None and _FINITE_BETWEEN.search(between) is None


# --- a rule told in general, or a standing duty ----------------------------------------------

# a rule's subject: a quantified or generic noun phrase opening the sentence (or its main
# clause, after an opening adverbial set off by a comma), then a modal of obligation. Generic:
# a quantifier ("any", "all", « tout »), or a plural noun of parties or of property (any
# such noun, two of them coordinated) that a relative clause or a participle restricts
# ("persons who hold ...", "entities listed ...", « les banques et les sociétés qui gèrent
# ... », « les avoirs gelés »)
_PARTY_PLURAL = (
    r"(?:persons|entities|individuals|companies|firms|institutions|banks|parties|businesses|people|funds|assets|"
    r"personnes|entités|institutions|établissements|organismes|sociétés|entreprises|banques|individus|organisations|"
    r"fonds|avoirs|biens)"
)
_RESTRICTED = (
    r"(?:who|which|that|whose|holding|owning|controlling|subject|covered|concerned|"
    r"qui|dont|concernée?s|"
    r"(?:designated|listed|sanctioned|blocked|frozen|targeted|"
    r"désigné|inscrit|visé|gelé|bloqué|sanctionné|ciblé)(?:e?s)?)\b"
)
_RULE_SUBJECT = (
    r"(?:(?:any|all|each|every|no)\b|(?:member\s+)?states\b|(?:designated|listed|sanctioned|blocked|frozen)\s+[a-z]+|"
    r"(?:tout|toute|tous|toutes|aucune?|chaque)\b|les\s+états\s+membres\b|"
    r"(?:the\s+|such\s+|les\s+|ces\s+)?" + _PARTY_PLURAL + r"(?:\s+(?:and|or|et|ou)\s+(?:the\s+|les\s+)?" + _PARTY_PLURAL + r")?\s+"
    + _RESTRICTED + r")"
)
_RULE = re.compile(
    r"(?i)(?:^\W*|^[^,;.]{0,200},\s*)" + _RULE_SUBJECT + r"[^.;]{0,160}?\b(?:must|shall|doi(?:t|vent)|devr(?:a|ont))\b"
    # a law's provision: what a section, an article or a regulation provides for
    r"|\b(?:sections?|articles?|paragraphs?|regulations?|act|rules?|règlement|loi|décret|paragraphe)\b[^.;]{0,120}?"
    r"\b(?:provides?\s+(?:for|that)|prévoi(?:t|ent)\s+(?:que|la\s+possibilité)|dispose\s+que)\b"
)
_RULE_ACTS = frozenset({"designation", "removal", "injunction", "vacatur"})
# an act told done inside the rule's subject ("firms that were listed on Monday must ..."):
# that act stays
_DONE_BEFORE = re.compile(r"(?i)\b(?:was|were|been|a\s+été|ont\s+été|avaient\s+été|avait\s+été)\s+(?:\w+\s+)?$")
_DONE_IN = re.compile(r"(?i)(?:was|were|been|a\s+été|ont\s+été|avaient\s+été|avait\s+été)\b")

# a standing duty: the act is what a body goes on doing, not one it does ("the panel should
# continue to review requests for delisting", "OFAC will continue to monitor dealings under
# these licences", « le comité continuera d'examiner les demandes de radiation », « doit
# continuer à ... »), a modal or the present of "continue" governing the act in its clause
# (not "continued", a past act told on: "it continued to add firms in May")
_ONGOING = re.compile(
    r"(?i)\b(?:(?:will|would|should|must|shall|may|could|might)\s+(?:\w+\s+)?continue|continues|continue|continuing|"
    r"continu(?:ent|era|eront|erait|eraient)|(?:doi(?:t|vent)|devr\w+|va|vont|pourr\w+)\s+continuer)"
    r"\s+(?:to|à|de|d['’])\s*"
    # (no comma, no finite verb, no subordinate clause before the act)
    r"(?:(?!\b(?:was|were|is|are|has|have|had|ont|est|sont|été|after|because|when|since|once|while|until|"
    r"après|parce|lorsque|quand|depuis|alors|tandis|que|qu)\b)[^,;:.!?])*$"
)
_ONGOING_ACTS = frozenset({"designation", "removal", "license", "amendment"})


def rule_told(sent: str, t: Trig) -> bool:
    """The act ``t`` is inside a rule told in general ("Any funds owed to X must remain
    blocked until ...", "Member States shall ...", "Section 8 provides for designated
    persons to apply ...", "Persons who hold funds of X must report them", « Les fonds gelés
    doivent ... », « l'article 5 prévoit que ... »), or in a standing duty ("the Ombudsperson
    should continue to present recommendations on delisting"): what must be done or goes on
    being done, no act done (a deadline or a licence a rule sets stays theirs)."""
    if t.event in _ONGOING_ACTS and _ONGOING.search(sent, max(0, t.start - 140), t.start):
        return True
    return t.event in _RULE_ACTS and _RULE.search(sent) is not None \
        and _DONE_BEFORE.search(sent, max(0, t.start - 30), t.start) is None \
        and _DONE_IN.match(sent, t.start) is None


# --- ahead of another act -------------------------------------------------------------------

_BEFORE = re.compile(r"(?i)(?:\bbefore\s+(?:(?:it|they|we|the\s+\w+)\s+)?|\bavant\s+(?:d['’]\s*|de\s+|qu['’]\s*|que\s+)(?:(?:il|ils|elle|elles|on|l['’]\w+)\s+)?)$")
_MODAL = re.compile(
    r"(?i)\b(?:should|must|would|will|shall|could|ought\s+to|needs?\s+to|has\s+to|have\s+to|"
    r"devrai(?:t|ent)|doi(?:t|vent)|faudrait|faut|[a-zà-ÿ]+(?:era|eront|erait|eraient|ira|iront|irait|iraient))\b"
)


def ahead_of_another(sent: str, lang: str, t: Trig) -> bool:
    """The act ``t`` is told in a clause of "before" whose main clause is a modal or the
    future: not done yet."""
    before = _BEFORE.search(sent, max(0, t.start - 40), t.start)
    if before is None:
        return False
    _a, b = clause_bounds(sent, lang, t.start, t.end)
    # (the "before" clause runs from its word to its clause's end; the main clause is the
    # rest of the sentence, before it or after it)
    main = sent[: before.start()] + " " + sent[max(b, t.end) :]
    if re.search(r"\b(?:19|20)\d\d\b", sent[before.start() : max(b, t.end)]):
        return False  # "before it was added in 2019, X would ...": a year tells it done
    return _MODAL.search(main) is not None
