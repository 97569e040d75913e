"""The members of a group an act was told of, named in a sentence of their own after it.

An act is told of a group ("imposed sanctions on nine firms", « a gelé les avoirs de 29
personnes », "the latest round"), and a later sentence names who is in the group: an
inclusion cue and a word for the group, counted or not, with or without the act's word.
One reading for both languages, three shapes:

- the cue first, the group after it, the names after a verb of being or a colon ("Among the
  lenders whose funds were blocked are A and B", « Parmi les douze se trouvent A et B »,
  « Parmi les inscriptions se trouve X », « Parmi les sociétés visées, deux ressortent : A et B »);
- the group as the subject of a verb that includes ("The seven traders include A, B",
  "Blocked shippers include A", "Further additions comprise A", « Les trois armateurs
  sont A, B », « Les sociétés ciblées comprennent A »);
- the names first, the group after an inclusion cue ("A and B are among the individuals
  subjected to sanctions", « A fait partie des entités sanctionnées », « A figure parmi les
  personnes visées »).

The group is any plural noun of parties or of acts, or the act's count alone (« parmi les
douze »); a pronoun (« parmi eux ») may take up any plural told before, so it is not read
here. A group of the last shape must carry the act (a participle, an act's noun, "subject to sanctions"), since
"A is among the largest firms" tells nothing. ``events.py`` gives the names the nearest
act told in the sentences before (its type, authority, list and date); with no act there,
a group that only describes a state ("the firms on the list include A") names no one.
A plan, a hypothetical or a past round told in the cue's words names no one either.

The same module reads the other sentences that name the members of an act told before, so
that one reader holds every shape of the construction (``round_members``, ``who_it_is``,
``rest_named``, ``roles_named``; ``events.py`` gives them the act):

More parties of a round told as included in it, one name or several, after the round's act:
the round as the subject of "include" ("The latest penalties imposed over the war also
include X"), the list the act filled ("The list also includes X, Y and Z", "Included on the
list was X": read as an enumeration, ``enumerations.py``), a fronted participle of the act
before "is / are" ("Also placed under sanction is X", "Also included in the notice are
sanctions on X and Y"), the batch in French or English ("Ce nouveau
paquet vise aussi X"), one more addition to a list of sanctions ("One more addition to the
sanctions list is X"), or the one the act targets ("The person targeted by the measures is
X", of the kind the noun tells: a person, or a body). A group told after "among" / « parmi »
("Among the individuals exempted ... is X", « Parmi les entités ciblées figure X ») is read
by ``members.py``, with any group noun. Such a sentence tells no act of its own: the act
is the round's, told a few sentences before; ``events.py`` gives it to the names that
follow.

The members of a counted group named in the sentences right after the act that counted it
("The three, A, B and C, ...", "The six entities are A, B and C", a name a line after a
colon) are read here too (``pending_names``), as is a later act told of them by their count
alone ("all three", « tous les trois »: ``counted_parties``) or by a group word of people
(``people_subject``), and the act told after its members, of a plural pronoun that takes
them up (``group_named``, ``measure_after``: "Three carriers are singled out: A, B and C.
These companies are now subject to a travel ban").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .attribution import aside, of_counted, told_of_subject_group
from .enumerations import count_told, people_taken_up
from .event_groups import (
    EXAMPLES,
    GROUP_SUBJECT,
    IDENTIFIED,
    LIST_INTRO,
    MEASURE_EFFECT,
    ONE_OF,
    PARTY_NOUNS,
    bullet_run,
    candidates_told,
    description_names,
    is_bullet,
    listed_names,
    numbered_item,
    opening_run,
    series_intro,
    series_items,
    series_names,
    taken_up_names,
)
from .mentions import Entity, Mention
from .sentences import Sentence

_PARTY_NOUNS = PARTY_NOUNS
# the act's participle, or its words, inside the group ("the firms targeted", « visées »,
# "whose funds were blocked", "subjected to sanctions", « sanctionnées »)
_ACT_WORDS = (
    r"(?:sanctioned|designated|targeted|listed|blacklisted|added|named|removed|delisted|affected|hit|frozen|"
    r"(?:subject(?:ed)?\s+to|falling\s+under|coming\s+under|covered\s+by|relevant\s+to|tombant\s+sous|"
    r"soumise?s?\s+(?:à|aux))\s+(?:the\s+|these\s+|les\s+|ces\s+)?(?:new\s+)?(?:sanctions|measures|restrictions|mesures|"
    r"an?\s+asset\s+freeze)|"
    # (the list the act filled, named as the group's place: "the names on the personal list")
    r"(?:on|in|sur|dans)\s+(?:the|this|its|la|cette|sa)\s+(?:[\w’'-]+\s+){0,2}?(?:list|liste)\b|"
    r"exempted|released|unfrozen|"
    r"visé(?:e|s|es)?|ciblé(?:e|s|es)?|sanctionné(?:e|s|es)?|désigné(?:e|s|es)?|inscrit(?:e|s|es)?|"
    r"ajouté(?:e|s|es)?|radié(?:e|s|es)?|retiré(?:e|s|es)?|concerné(?:e|s|es)?|touché(?:e|s|es)?|gelé(?:e|s|es)?|"
    r"frappé(?:e|s|es)?|additions?|designations?|listings?|removals?|delistings?|désignations?|inscriptions?|"
    r"radiations?|ajouts?|designees?|cibles?|targets?)"
)
# (a participle that tells no kind of act: "affected", « concernées », « touchées »)
_NEUTRAL_WORDS = re.compile(r"(?i)^(?:affected|hit|concerné(?:e|s|es)?|touché(?:e|s|es)?|(?:on|in|sur|dans)\s.*)$")
_REMOVAL_WORDS = re.compile(
    r"(?i)\b(?:removed|delisted|taken\s+off|struck\s+off|exempted|released|unfrozen|removals?|delistings?|"
    r"radié(?:e|s|es)?|retiré(?:e|s|es)?|radiations?)\b"
)
_COUNT = (
    r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"several|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
    r"quarante|cinquante|plusieurs)"
)
# what may open the sentence before the cue ("Also, ", « Par ailleurs, », "In addition, ")
_LEAD = (
    r"^\W{0,3}(?:(?:also|further|furthermore|moreover|in\s+addition|additionally|meanwhile|notably|aussi|"
    r"également|en\s+outre|par\s+ailleurs|de\s+plus|enfin|notamment)\s*,?\s+"
    # (a party told apart before the group, set off by a comma: "In addition to A, other
    # entities sanctioned include B", « Outre A, les entités visées comprennent B »)
    r"|(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|alongside|outre|en\s+plus\s+d(?:e|u|es|['’])|"
    r"à\s+côté\s+d(?:e|u|es|['’])|hormis)\s*[^,.;:]{1,80},\s+)?"
)
# the group itself: a determiner, a count, a few modifiers, the noun, the act's words at
# most 80 characters after it (a participle phrase or a relative clause on the act)
_DET = (r"(?:(?:some|several|many|most|a\s+few)\s+of\s+(?:the|these|those)|(?:certaine?s|plusieurs|quelques-une?s)\s+"
        r"d(?:es|e\s+ces)|the|these|those|today['’]s|this\s+week['’]s|other|les|ces|leurs?|d['’]autres|des|autres)")
_MOD = r"(?:[\w’'-]+\s+){0,4}?"
# (after a count, any plural noun is the group's: « les onze pêcheurs »)
# (or a group with no noun, a pronoun the act's participle heads: "those hit by the
# sanctions", "others named", « ceux visés par les mesures », « d'autres sanctionnés »)
_HEADLESS = (
    r"(?P<hl>those|(?:the\s+)?others|ceux|celles|(?:les\s+|d['’])autres)(?=\s+(?:(?:also|newly|aussi|également)\s+)?"
    r"(?:sanctioned|designated|targeted|listed|blacklisted|added|named|hit|affected|removed|delisted|"
    r"(?:visé|ciblé|sanctionné|désigné|inscrit|ajouté|radié|touché|concerné)(?:e|s|es)?)\b)"
)
_GROUP_HEAD = (
    r"(?:" + _HEADLESS + r"|(?:" + _DET + r"\s+)?(?:(?:" + _COUNT + r"\s+)?" + _MOD + r"(?P<noun>" + _PARTY_NOUNS + r")"
    r"|" + _COUNT + r"\s+(?:[\w’'-]+\s+)?(?P<cnoun>(?-i:[a-zà-ÿ][\w’'-]{2,}[sx]))))\b"
)
_GROUP = _GROUP_HEAD + r"(?P<post>[^.;:!?]{0,80}?)"
# the cue first: "among" / « parmi », the group or its count alone, then a verb of being,
# a colon or a comma before the names
_AMONG = re.compile(
    r"(?i)" + _LEAD + r"(?:among|parmi)\s+(?:(?:the|these|those|les|ces)\s+" + _COUNT
    + r"(?=\s*,?\s+(?:is|are|was|were|figur\w+|se\s+trouv\w+)\b)|(?P<grp>" + _GROUP + r")"
    # (a plural pronoun, when the sentence before counts a group of parties: "Among them
    # are A and B", « Parmi elles figure X », « Parmi eux, deux noms ressortent : A et B »)
    r"|(?P<pro>them|eux|elles|ceux-ci|celles-ci)(?=\s*[,:]?\s*(?:is|are|was|were|figur\w+|se\s+trouv\w+|"
    r"(?:[\w’'-]+\s+){1,3}(?:se\s+(?:détach|distingu|démarqu)|stand\s+out)|:))"
    # (the list the act filled: "Among the list, A ...", « Parmi la liste, A »)
    r"|(?P<lst>(?:the|this|that|la|cette)\s+(?:[\w’'-]+\s+){0,2}?(?:list|liste)))"
    r"\s*(?:,\s*|\s)"
    r"(?:(?:par\s+exemple|notamment|également|aussi|also|for\s+example|for\s+instance|in\s+particular|en\s+particulier)"
    r"\s*,?\s*)*"
    r"(?:(?:is|are|was|were|figur(?:e|ent|aient|ait)|se\s+trouv(?:e|ent|ait|aient)|on\s+(?:re)?trouve|on\s+compte|"
    r"compte(?:nt)?|se\s+(?:détach|distingu|démarqu)(?:e|ent))\b|(?=[\"“«]?(?-i:[A-ZÀ-Ý]))|"
    r"(?:[^.;:]{0,60}?:))"
)
# the group as the subject of a verb that includes
_SUBJECT = re.compile(
    r"(?i)" + _LEAD + r"(?P<grp>" + _GROUP + r")\s*,?\s*"
    r"(?:(?:also|too|now|aussi|également|notamment)\s+)?"
    r"(?:include[sd]?|comprise[sd]?|are|were|sont|étaient|comprennent|incluent|regroupent|figurent)\b\s*"
    r"(?:(?:also|aussi|également|notamment|namely|à\s+savoir)\s*,?\s*)?:?"
)
# the names first, the group after the cue
_TAIL = re.compile(
    r"(?i)(?:\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?among|\b(?:fai(?:t|sait|saient)|font)\s+(?:également\s+|aussi\s+|"
    r"désormais\s+)?partie|\bfigur(?:e|ent|ait|aient)\s+(?:également\s+|aussi\s+|désormais\s+)?parmi|"
    r"\bcompt(?:e|ent)\s+(?:également\s+|aussi\s+)?parmi"
    # (or the names told as the group, or as some of it, by a verb of being: "A and B are the
    # latest people targeted", "A was one of the firms sanctioned", « A et B sont les
    # nouvelles personnes visées », « A est l'une des sociétés sanctionnées »)
    r"|\b(?:is|are|was|were|(?:has|have|had)\s+been|est|sont|était|étaient|a\s+été|ont\s+été|sera|seront)"
    r"(?:\s+(?:also|now|aussi|également|désormais))?(?:\s+(?:(?:one|two|three|some)\s+of(?=\s+(?:the|these|those)\s)|"
    r"l['’]une?\s+des|une?\s+des)|(?=\s+(?:the|les)\s)))\s+(?P<grp>" + _GROUP_HEAD + r"(?P<post>[^.;:,!?]{0,80}))"
)
# a counted group of parties in a sentence with no act of its own, its names set off right
# after it by dashes or brackets ("In addition, three named aides of the bank — A, B and C —
# are accused of ...", « Deux autres sociétés (A et B) sont soupçonnées de ... »)
_SET_OFF = re.compile(
    r"(?i)" + _LEAD + r"(?P<grp>(?:" + _DET + r"\s+)?" + _COUNT + r"\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>" + _PARTY_NOUNS + r"))\b"
    r"(?P<post>[^—–().;:]{0,80}?)\s*(?P<open>[—–(])"
)
_SET_OFF_CLOSE = {"—": "—", "–": "–", "(": ")"}
# a group on the other side of the act (rivals, customers, suppliers, victims), or the
# sentence denying it was acted on ("The three rival firms — A, B — were not touched")
_OTHER_SIDE = re.compile(
    r"(?i)\b(?:rivals?|competitors?|customers?|clients?|suppliers?|peers?|partners?|victims?|concurrent\w*|"
    r"fournisseurs?|partenaires?|victimes?)\b"
)
_DENIED = re.compile(r"(?i)\b(?:not|never|no\s+longer|ne|n['’]|pas|jamais|plus)\b")
# a plural pronoun as the subject of a verb that includes ("They include A and his deputy,
# B", « Ils comprennent A et B »): the group the sentence before counted, never "are" (a
# pronoun may take up any plural, "they are wary of A")
_PRONOUN_SUBJECT = re.compile(
    r"(?i)" + _LEAD + r"(?P<grp>they|these|those|ils|elles|ceux-ci|celles-ci)\s+(?:(?:also|aussi|notamment|également)\s+)?"
    r"(?:include[sd]?|comprised?|compren(?:nent|aient)|inclu(?:ent|aient)|compt(?:ent|aient)(?:\s+notamment)?)\b\s*:?"
)
PRONOUN_GROUP = re.compile(r"(?i)they|these|those|them|ils|elles|eux|ceux-ci|celles-ci")
# after a verb of being, a description of the group rather than its members ("are
# associated with X", « sont liées à X », "are based in X")
_DESCRIBED = re.compile(
    r"(?i)\s*(?:(?:also|all|both|aussi|également|toutes?|tous)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:with|to|by|in|from|for|on|at|of|avec|à|au|aux|dans|par|pour|sur|en|de|du|des)\b"
)
# an inquiry's, a prosecutor's or a court's agent after the group's participle: no act's
# ("visées par cette enquête", "named by prosecutors", « par le tribunal »)
_INQUIRY = (r"(?:investigat\w*|inquir\w*|prosecut\w*|police|courts?|judges?|enquêtes?|plaintes?|procédures?|"
            r"poursuites?|justice|parquet|juges?|tribunal|tribunaux)\b")
_INQUIRY_AGENT = re.compile(r"(?i)\b(?:by|par)\s+(?:[\w’'-]+\s+){0,3}?" + _INQUIRY)
# the measures as the agent of a participle ("hit by the new sanctions", « touchés par ces mesures »)
_MEASURE_AGENT = re.compile(
    r"(?i)\s+(?:(?:hardest|most|also|aussi|également|directement|directly)\s+)?(?:by|par)\s+(?:the|these|this|today['’]s|les|ces|la|le|cette|ce)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:sanctions|measures|restrictions|designations|listings|order|decision|package|round|"
    r"mesures|décision|paquet|arrêté|règlement)\b"
)
# the act's words in a group of the last shape, or a group counted by the act ("the nine")
_ACT_IN_GROUP = re.compile(r"(?i)\b" + _ACT_WORDS + r"\b")
# a plan, a hypothetical, a past round or a candidate told in the cue's words
_NOT_DONE = re.compile(
    r"(?i)\b(?:could|would|may|might|should|will|plans?|planned|proposed|expected|likely|possibl[ey]|potential(?:ly)?|"
    r"candidates?|had\s+been|previously|formerly|earlier|already|(?:19|20)\d\d|last\s+year|pourrai\w+|devrai\w+|"
    r"envisag\w+|susceptibles?|potentiel\w*|éventuel\w*|avai(?:en)?t\s+été|déjà|auparavant|précédemment|l['’]an\s+dernier)\b"
)
# groups that are no parties of an act: things, places, sums, measures themselves
_NOT_PARTIES = re.compile(
    r"(?i)\b(?:countries|pays|states|États|goods|products|biens|produits|measures|mesures|sanctions|assets|avoirs|"
    r"reasons|raisons|sectors|secteurs)\b"
)


# a group of parties told by its count: the count (a number, "several", « une dizaine de »),
# a few modifiers, then a plural noun, of parties or of a people or any other but of time,
# money, goods or measures ("five Russian banks", "11 North Korean individuals", « deux
# entreprises russes », « trois armateurs », "a dozen Iranians"; not "two years", « 90 jours »)
_NOT_GROUP_WORDS = (
    r"(?:days|jours|weeks|semaines|months|mois|years|ans|années|hours|heures|minutes|times|fois|dollars|euros|"
    r"cents|percent|points|items|articles|goods|biens|produits|products|measures|mesures|sanctions|penalties|pages|"
    r"millions|milliards|billions|tons|tonnes|barrels|barils|countries|pays|states|états|sectors|secteurs|rounds|"
    r"packages|paquets|séries|series|vagues|waves|cases|affaires|judgments|arrêts|decisions|décisions|licen[cs]es|"
    r"orders|ordonnances|rules|règles|regulations|règlements|laws|lois|provisions|dispositions|aliases|alias)"
)
_NOT_GROUP_NOUNS = re.compile(r"(?i)" + _NOT_GROUP_WORDS)
_NOT_GROUP_WORD = re.compile(r"(?i)\b" + _NOT_GROUP_WORDS + r"\b")
# a rank told of anything but a party: a thing, a round, a superlative ("the second largest
# bank") or a title (« le premier ministre »)
_NOT_A_RANKED_PARTY = re.compile(
    r"(?i)\b(?:" + _NOT_GROUP_WORDS + r"|round|tranche|step|time|fois|étape|"
    r"\w{3,}est|most|plus|ministers?|ministres?|lady|dame|secretary|secrétaire|deputy|vice|adjointe?)\b"
)
_COUNTED_GROUP = re.compile(
    r"(?i)(?<![\w,.])(?!(?:19|20)\d\d\b)(?:" + _COUNT + r"|dozens?|a\s+dozen|une\s+(?:dizaine|douzaine|vingtaine|trentaine|cinquantaine|"
    r"centaine)|des\s+dizaines|hundreds)\s+(?:of\s+|d['’]\s*|de\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>" + _PARTY_NOUNS + r"|(?-i:[A-Z][a-zà-ÿ]+(?:ians|ans|ese|is|iens|ais|ois))|(?-i:[a-zà-ÿ][\w’'-]{2,}[sx]))\b"
)


# a reason, a purpose or a clause of its own between an act's object and an inclusion cue:
# the examples after the cue are that clause's ("for helping firms such as A", « pour avoir
# aidé des sociétés comme A », "which supply banks including A")
_CLAUSE_BEFORE_CUE = re.compile(
    r"(?i)\b(?:for|because|since|after|before|over|while|which|who|whom|whose|that|where|when|pour|parce|"
    r"après|avant|qui|que|où|lorsque|quand|alors|au\s+nom|on\s+behalf)\b|[.;:()«»\"“”]"
    # (a present participle or a gerund: "firms facilitating sales for companies such as",
    # « 11 entreprises facilitant la vente ... à savoir »)
    r"|(?<![\w-])(?-i:[a-zà-ÿ][\w’'-]*(?:ing|ant))\b(?<!\bduring)(?<!\bpendant)(?<!\bdurant)"
)


def party_group_before(gap: str) -> bool:
    """The words between an act's trigger and an inclusion cue hold the act's object as a
    group of parties, counted or plural ("on 14 Russian state firms, including",
    « à 34 ressortissants et entités, dont »), and nothing after it that the cue could name
    examples of instead: no group of things ("firms in sectors such as"), no reason or clause
    of its own."""
    if len(gap) > 160 or _CLAUSE_BEFORE_CUE.search(gap):
        return False
    groups = [m for m in _COUNTED_GROUP.finditer(gap) if not _NOT_GROUP_NOUNS.fullmatch(m.group("noun"))]
    plural = list(re.finditer(r"(?i)\b(?:" + _PARTY_NOUNS + r")\b", gap))
    last = max([m.end() for m in groups] + [m.end() for m in plural], default=-1)
    if last < 0:
        return False
    return _NOT_GROUP_WORD.search(gap[last:]) is None


def counted_group(text: str) -> bool:
    """The sentence tells a group of parties by its count ("froze the funds of five
    lenders", « a radié trois armateurs grecs »): the act it tells
    is one a later sentence may name the members of."""
    return any(not _NOT_GROUP_NOUNS.fullmatch(m.group("noun")) for m in _COUNTED_GROUP.finditer(text))


# a bare plural of parties as the act's object, uncounted (« visant des proches du pouvoir »,
# "against officers tied to the army", « contre des entreprises »)
_PLURAL_OBJECT = re.compile(
    r"(?i)\b(?:contre|à\s+l['’]encontre|visant|ciblant|sur|against|on|targeting)\s+(?:de\s+|d['’]|des\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:" + _PARTY_NOUNS + r")\b"
)


def group_told(text: str) -> bool:
    """The sentence tells a group of parties a plural pronoun after it may take up: counted
    (``counts_parties``) or a bare plural of parties as an object (« visant des proches du
    pouvoir », "against officers close to the army")."""
    return counts_parties(text) or _PLURAL_OBJECT.search(text) is not None


def counts_parties(text: str) -> bool:
    """The sentence counts a group of parties by a noun of parties or of a people ("Sixteen
    members of the council", « douze ressortissants »), not of anything else ("several
    questions"): the group a plural pronoun after it takes up."""
    return any(re.fullmatch(r"(?i)" + _PARTY_NOUNS + r"|(?-i:[A-Z][a-zà-ÿ]+(?:ians|ans|ese|is|iens|ais|ois))", m.group("noun"))
               for m in _COUNTED_GROUP.finditer(text))


def member_span(text: str, before: str = "") -> tuple[int, int, str | None, str] | None:
    """Where the names of a sentence that names the members of a group start and end (offsets
    in ``text``), the act's type the group's words tell ("removal", "designation", or
    None: the nearest act's) and the group's words ("" when the act's count alone tells it:
    « parmi les douze », whose act is the one told just before); None when the sentence is
    no such sentence, or tells a plan, a hypothetical or a past round in the cue's words."""
    m = _AMONG.search(text)
    if m is not None and _group_ok(m, need_act=False):
        start = m.end()
        colon = text.find(":", m.start(), start + 80)
        # (« Parmi les sociétés visées, deux ressortent : A et B »: the names after the colon)
        if colon >= 0 and not re.search(r"(?-i:[A-ZÀ-Ý])", text[start:colon]):
            start = colon + 1
        elif colon >= start:
            start = colon + 1
        end = len(text)
        if m.group("lst"):
            # (the list names its items up to the first description: "Among the list, A,
            # formerly head of B, is accused")
            desc = re.compile(r",\s+(?=[a-zà-ÿ])").search(text, start + 1)
            end = desc.start() if desc is not None else end
        return _told(text, m, start, end)
    m = _SUBJECT.search(text)
    if m is not None and _group_ok(m, need_act=False, subject=True) and not _DESCRIBED.match(text, m.end()):
        return _told(text, m, m.end(), len(text))
    if m is not None and m.group("noun") and _BARE_DEFINITE.fullmatch(m.group("grp")) \
            and _NAME_NEXT.match(text, m.end()) and group_told(before) and takes_up(m.group("noun"), before):
        # (a definite or demonstrative plural with nothing of its own, "The companies are A
        # and B", "These firms include A", « Ces sociétés sont A et B », takes up the group
        # of its class the sentence before told, as a pronoun does; a name must follow)
        return _told(text, m, m.end(), len(text))
    m = _TAIL.search(text)
    if m is not None and _group_ok(m, need_act=True):
        return _told(text, m, 0, m.start())
    m = _SET_OFF.search(text)
    if m is not None and not _NOT_DONE.search(m.group(0)) and not _NOT_PARTIES.fullmatch(m.group("noun")):
        close = text.find(_SET_OFF_CLOSE[m.group("open")], m.end())
        if close > m.end() and not _OTHER_SIDE.search(m.group(0)) and not _DENIED.search(text, close):
            return m.end(), close, None, m.group("grp")
    m = _PRONOUN_SUBJECT.search(text)
    if m is not None and not _NOT_DONE.search(m.group(0)):
        return m.end(), len(text), None, m.group("grp")
    return None


_BARE_DEFINITE = re.compile(r"(?i)(?:the|these|those|les|ces)\s+(?:[a-zà-ÿ][\w’'-]*\s+){0,2}?(?:" + _PARTY_NOUNS + r")")
_NAME_NEXT = re.compile(r"\s*(?:(?i:namely|à\s+savoir)\s*,?\s*)?[\"“«]?(?=[A-ZÀ-Ý])")


def _group_ok(m: re.Match[str], need_act: bool, subject: bool = False) -> bool:
    grp = m.groupdict().get("grp")
    if grp is None:
        return True  # a count alone, or the list
    post = m.group("post") or ""
    if m.group("hl"):
        # (a pronoun the participle heads is the act's group by that participle alone; a
        # participle of no act's kind, "hit", « touchés », only with the measures as its
        # agent: "those hit by the sanctions", not "those hit by the fuel shortage")
        part = re.match(r"(?i)\s*(?:(?:also|newly|aussi|également)\s+)?(\S+)", post)
        if part is None or _INQUIRY_AGENT.search(grp):
            return False
        if _NEUTRAL_WORDS.match(part.group(1)):
            return _MEASURE_AGENT.match(post, part.end()) is not None
        return True
    noun = m.group("noun") or m.group("cnoun")
    if _NOT_PARTIES.fullmatch(noun):
        return False
    if _INQUIRY_AGENT.search(grp):
        return False
    # the group's words after its noun hold no verb of their own but the act's ("whose
    # assets were frozen", « visées par la décision », "subjected to sanctions")
    if post.strip() and not _ACT_IN_GROUP.search(post) and not re.fullmatch(
            r"(?i)\s*(?:(?:russes?|chinois\w*|iranien\w*|américain\w*|\w+ian|\w+ese|\w+ish|mentioned|cités?|"
            r"in\s+question|en\s+question|concerned|concerné\w*)\s*)*", post):
        return False
    if need_act and not _ACT_IN_GROUP.search(grp):
        return False
    if subject:
        # a bare plural subject must be the round's: counted, told by the act's words, an
        # act's noun, or "other" members ("The seven traders", "Blocked shippers",
        # "Further additions", « Les trois armateurs »)
        head = grp[: grp.lower().rfind(noun.lower())]
        if not (re.search(r"(?i)\b" + _COUNT + r"\b", head) or _ACT_IN_GROUP.search(grp)
                or re.search(r"(?i)\b(?:other|autres)\b", head)):
            return False
        if not re.match(r"(?i)\W*(?:" + _DET + r"|" + _COUNT + r"|(?-i:[A-ZÀ-Ý]))", grp):
            return False
    return True


def _told(text: str, m: re.Match[str], start: int, end: int) -> tuple[int, int, str | None, str] | None:
    if _NOT_DONE.search(m.group(0)):
        return None
    grp = m.groupdict().get("grp") or m.groupdict().get("lst") or m.groupdict().get("pro") or ""
    if _REMOVAL_WORDS.search(grp):
        return start, end, "removal", grp
    if any(not _NEUTRAL_WORDS.match(a.group(0)) for a in _ACT_IN_GROUP.finditer(grp)):
        return start, end, "designation", grp
    return start, end, None, grp


# the round as the subject, in either language, a participle phrase of its own at most, then
# the verb that names its parties ("The new sanctions also include X", "Today's designations
# target X", "The latest British penalties adopted over the coup also include X", « Le
# dernier lot comprend X », « Ces mesures touchent en outre X », "The latest batch includes X")
_ROUND_DET = r"(?:the|these|this|today['’]s|le|la|les|ce|cette|ces)"
_ROUND_MOD = (r"(?:latest|new|additional|fresh|further|last|final|second|third|dernier|dernière|derniers|dernières|"
              r"nouveau|nouvel|nouvelle|nouveaux|nouvelles|(?:plus\s+)?récente?s?)")
_ROUND_NOUN = (
    r"(?P<noun>sanctions|penalties|measures|designations|listings|package|round|removals|delistings|batch|tranche|wave|"
    r"lot|paquet|train|série|vague|volet|mesures|désignations|inscriptions|radiations|liste|"
    # the list the act told before put its parties on ("The list also includes X"), a
    # sanctions list told by its kind at most (no festival's list: an act must precede)
    r"(?:(?:sanctions|black|entity|consolidated|companies|company|corporate|individuals|personal|entities)\s+)?list)\b"
    # (the measures' kind told by a short complement: « de sanctions », « de nature
    # économique », « d'ordre financier »; no year, which tells an earlier round)
    # (« la liste des sanctions », « la liste des personnes sanctionnées »: the article or not)
    r"(?:\s+(?:des?\s+|d['’])\s*(?:sanctions|mesures|désignations|personnes|entités)"
    r"(?:\s+(?:sanctionnée?s|visée?s|ciblée?s|désignée?s|inscrite?s))?)?"
    r"(?:\s+(?:de\s+nature|d['’]ordre|de\s+type|de\s+caractère)\s+[a-zà-ÿ]+)?"
)
_ROUND_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:]\s*)\W{0,3}" + _ROUND_DET + r"\s+(?:" + _ROUND_MOD + r"\s+)*(?:(?-i:[A-Z][\w.]*)\s+){0,2}" + _ROUND_NOUN
    # (an adverb set off by commas: "The companies list, respectively, includes A")
    + r"(?:\s*,\s*[a-z]+ly\s*,)?"
    r"(?:\s*,?\s+(?:imposed|announced|unveiled|adopted|issued|taken|made|imposée?s?|annoncée?s?|adoptée?s?|décidée?s?)\b"
    r"[^.;:,]{0,80}?)?,?"
    r"\s+(?:(?:also|aussi|également|notamment|en\s+outre)\s+)?(?:include[sd]?|target(?:s|ed)?|comprend|comprennent|"
    r"comprenait|comprenaient|inclut|incluent|incluait|incluaient|visait|visaient|ciblait|ciblaient|vise|visent|cible|"
    # (the round's parties told by the verbs of concern: « concernent aussi », « touchent »)
    r"ciblent|concerne|concernent|touche|touchent)\s+(?:(?:aussi|également|notamment|en\s+outre)\s+)?"
)
# one more entry on the list as the subject ("One more addition to the sanctions list is X",
# "Un nouvel ajout à la liste noire est X"): a list of sanctions, told by its name, its
# authority or its kind (no festival's guest list)
# (any words may qualify the addition, "A particularly noteworthy addition", « L'ajout le plus
# remarqué »; the list may be told with its law, "under the order", or left to the act told)
_ADDITION = re.compile(
    r"(?i)(?:^|[,;:]\s*)\W{0,3}(?:an?|the|another|one|un|une|le|la|l['’]|autre)\s*(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>additions?|ajouts?)(?!\s+(?:of|de|d['’]|du|des)\b)(?:\s+[\w’'-]+){0,3}?"
    r"(?P<lst>\s+(?:to|on|à|sur)\s+"
    r"(?:the|its|this|la|sa|cette)\s+(?:(?:(?-i:[A-Z][\w.’'-]*)|sanctions?|entity|black|terror(?:ist)?|consolidated)\s+){0,3}?"
    r"(?:list|liste)(?:\s+(?:noire|des\s+sanctions|de\s+sanctions|(?-i:[A-Z][\w.-]*)))?"
    r"(?:\s+(?:under|in|of|by|en\s+vertu\s+d\w*|au\s+titre\s+d\w*)\s+[^,.;:]{1,40}?)?)?"
    # (with no list told, the name must follow: "The latest addition was X", not "... was a ban")
    r"\s+(?:is|are|was|were|est|sont|était|étaient)\s+(?(lst)|(?=[\"“«]?(?-i:[A-ZÀ-Ý])))"
)
# the one the act targets as the subject, its agent told at most ("The individual targeted by
# the measures is X", « l'entité visée par la décision est X »)
_TARGETED_ONE = re.compile(
    r"(?i)(?:^|[,;:]\s*)\W{0,3}(?:the|l['’]|la|le|les)\s*(?P<who>individuals?|persons?|entit(?:y|ies)|compan(?:y|ies)|"
    r"individus?|personnes?|entités?|sociétés?)\s+(?P<part>targeted|sanctioned|designated|listed|visée?s?|ciblée?s?|"
    r"sanctionnée?s?|désignée?s?|inscrite?s?)(?:\s+(?:by|par)\b(?![^.;:]{0,40}?\b" + _INQUIRY + r")[^.;:]{1,160}?)?\s+(?:is|are|was|were|est|sont|"
    r"était|étaient)\s+"
)
# a fronted participle of the act, the parties after "is / are" ("Also placed under
# sanction is X", "Also included in the notice of both ministries are sanctions on X")
_FRONTED = re.compile(
    # (any adverb of manner or focus may lead: "Chiefly hit by the order are the shippers A
    # and B", "Notably hit are A and B")
    r"(?i)^\W*(?:(?:also|further|additionally|likewise|similarly|(?!(?:usually|generally|typically|normally|potentially|"
    r"possibly|eventually|likely|frequently|traditionally)\b)[a-z]{3,}ly)\s+|(?=included\s+(?:on|in)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?list\s+(?:is|are|was|were)\b))"
    r"(?P<part>(?:placed|put)\s+under\s+(?:\w+\s+)?sanctions?|sanctioned|designated|targeted|named|listed|"
    r"blacklisted|added|included|hit\s+with\s+(?:\w+\s+)?sanctions|removed|delisted|taken\s+off|struck\s+off|"
    r"exempted|affected|hit|covered|concerned)\b[^.;:]{0,100}?\s(?:is|are|was|were)\s+"
    r"(?:(?:new\s+)?(?:sanctions|penalties|measures)\s+(?:on|against|targeting)\s+)?"
)
# ... in French, the verb of being first, the act's participle after it, the parties last
# (« Sont notamment visées par la décision les sociétés A et B », « Est également concerné X »)
_FRONTED_FR = re.compile(
    r"(?i)^\W*(?:sont|est|ont\s+été|a\s+été|seront|furent)\s+(?:(?:notamment|également|aussi|ainsi|en\s+outre|"
    r"en\s+particulier|désormais|plus\s+précisément|concrètement)\s+)*"
    r"(?P<part>visée?s?|ciblée?s?|concernée?s?|touchée?s?|sanctionnée?s?|désignée?s?|inscrite?s?|ajoutée?s?|"
    r"radiée?s?|retirée?s?)\b"
    # (the measure as the agent at most, no body that could be read as a party: « par la décision »)
    r"(?:\s+(?:par|dans|sur)\s+(?:la|le|les|l['’]|ce|cette|ces|cet)\s*(?:[\w'’-]+\s+){0,3}?(?:décision|mesures?|"
    r"sanctions?|liste|arrêté|règlement|paquet|texte|annonce|action|train|volet)\b(?:\s+(?:de|du|d['’])\s*[a-zà-ÿ]+)?)?"
    r"\s*[,:]?\s+"
)
# the French presentative « il s'agit » and what may stand between it and its « de »: any
# adverb (« notamment », « plus précisément », « principalement », « en l'occurrence ») and
# a source set off by commas (« il s'agit, selon le communiqué, de X »)
_PRESENTATIVE_VERB = (
    r"il\s+s['’]agi(?:t|ssait)(?:\s*,[^,.;:«»\"]{1,50},)?\s+"
    r"(?:(?:ici|là|surtout|(?:plus\s+|tout\s+)?[a-zà-ÿ]+ment|en\s+l['’]occurrence|entre\s+autres|en\s+particulier)"
    r"\s*,?\s+)*"
)
# the parties told by a presentative after the round's act, French « il s'agit de » ("Il
# s'agit notamment de X et de Y"): what follows "de" is a party (a name, a body, a title
# before a name), not the act itself or its rank ("il s'agit d'une mesure", "il s'agit du
# quatrième volet", "il s'agit du premier paquet")
_PRESENTATIVE = re.compile(
    r"(?i)^\W*(?:(?:concrètement|en\s+clair|précisément)\s*,\s*)?" + _PRESENTATIVE_VERB +
    r"(?=(?:de|du|des|d['’]))"
    r"(?!(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’]|une?)\s*)?(?:[\w'’-]+\s+)?(?:sanctions?|mesures?|série|paquet|train|"
    r"vague|volet|décision|fois|cas|question|réponse|premi\w+|dernier|dernière|\w+ième|nouvel\w*|plus|autres?)\b)"
)
# a party told first without its name, then named by a sentence of being of its own ("...
# annulled the sanctions against a businessman. It is X, the former head of Y", "He is
# X", "The banker in question is X", "They are A and B", « C'est X », « Ce sont A et B »,
# « Ce banquier est X », « L'homme d'affaires en question est X »): the act told just
# before on the unnamed party is the named one's. The name must follow the verb at once.
_WHO_IT_IS = re.compile(
    r"^\W*(?:(?i:it|this|that|he|she)\s+(?i:is|was)|(?i:they)\s+(?i:are|were)|(?i:c['’]est)|(?i:ce\s+sont)"
    r"|(?i:" + _PRESENTATIVE_VERB + r"(?:de|d['’]))"
    r"|(?P<det>(?i:the|this|that|these|those|le|la|les|l['’]|ce|cet|cette|ces))\s*"
    r"(?P<noun>(?:[a-zà-ÿ][\w'’-]*\s+){1,3}?)(?:(?i:in\s+question|concerned|en\s+question|concerné\w*)\s+)?"
    r"(?i:is|was|are|were|est|était|sont|étaient))"
    r"(?:(?<=['’])|\s+)(?=[A-ZÀ-Ý])"
)
_PLURAL_WHO = re.compile(r"(?i)^\W*(?:they|ce\s+sont|these|those|ces|les)\b|\s(?:are|were|sont|étaient)\s+$")


# the class nouns a definite noun phrase may take up an act's group by: its own noun, a
# synonym or the class above it ("sanctioned three shipping firms ... The companies are A
# and B", "listed two officers ... The individuals are A and B", « visant des armateurs ...
# Les sociétés sont A et B »); a noun of another class takes up no one
_CLASS_NOUNS = (
    r"compan(?:y|ies)|firms?|business(?:es)?|entit(?:y|ies)|enterprises?|corporations?|conglomerates?|entreprises?|"
    r"sociétés?|firmes?|entités?|groupes?|makers?|manufacturers?|suppliers?|producers?|traders?|shippers?|carriers?|"
    r"lenders?|banks?|banques?|subsidiar(?:y|ies)|filiales?|affiliates?|armateurs?|vessels?|ships?|tankers?|navires?",
    # (people by a kind, not by a post: "the ministers are" names office holders, no group)
    r"individuals?|persons?|people|personnes?|individus?|officials?|responsables?|executives?|dirigeants?|"
    r"businessm[ae]n|tycoons?|oligarchs?|oligarques?|associates?|all(?:y|ies)|relatives?|proches?",
)
_ANY_CLASS = re.compile(r"(?i)designees?|targets?|cibles?|parties|names|noms")


def takes_up(noun: str, told: str) -> bool:
    """The noun of a definite noun phrase ("the companies", « les sociétés ») can take up a
    group ``told`` tells: the same noun, one of its class (a company, a firm, an entity; an
    individual, an official, a tycoon), or a noun of any party ("the designees")."""
    if re.search(r"(?i)\b" + re.escape(noun.rstrip("s")) + r"s?\b", told) or _ANY_CLASS.fullmatch(noun):
        return True
    return any(re.fullmatch(r"(?i)" + cls, noun) and re.search(r"(?i)\b(?:" + cls + r")\b", told) for cls in _CLASS_NOUNS)


def who_it_is(text: str, before: str = "") -> tuple[int, str | None, bool] | None:
    """Where the name starts in a sentence that names a party told just before without its
    name ("It is X", « C'est X », "The banker in question is X"), the noun it was told by
    (for "the banker is X"; None for a pronoun), and whether it names several ("They are A
    and B"). ``before`` is the sentence before it: after a tally of the whole list, the
    names are old entries."""
    m = _WHO_IT_IS.match(text)
    if m is None or _TALLY.search(before):
        return None
    noun = m.group("noun").split()[-1] if m.group("noun") else None
    return m.end(), noun, _PLURAL_WHO.search(m.group(0)) is not None


# the rest of a counted group, named after some of it was told ("The other three were A, B
# and C", "The remaining two are A and B", "The four others were ...", « Les trois autres
# sont A, B et C », « Les deux autres banquiers, tous deux proches du palais, sont A et B »),
# or named in apposition to it ("Three other firms, A, B and C, are accused of ...", « Les
# deux autres responsables, A et B, sont décédés »): a group, told by a noun at most
# (one member of the group by its rank in it: "The third designee is X", "A second, X, ...",
# « Le troisième est X », « La dernière entité visée est X »)
_RANK = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|premi(?:er|ère)|"
         r"deuxième|second(?:e)?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|"
         r"derni(?:er|ère))")
_REST_HEAD = (
    r"^\W*(?:(?:the\s+)?(?:(?:other|remaining)\s+" + _COUNT + r"|" + _COUNT + r"\s+(?:other|remaining|others))"
    r"|the\s+(?:other|remaining|others|rest)"
    r"|(?:les\s+)?" + _COUNT + r"\s+autres|les\s+autres"
    r"|(?P<rank>(?:the|an?|le|la|l['’]|une?)\s*" + _RANK + r")"
    # (a part of the group told by its count: "Two of the sanctioned individuals, A and B,
    # ...", « Deux des personnes visées, A et B, ... »)
    r"|" + _COUNT + r"\s+(?:of\s+(?:the|these|those|them)|d(?:es|e\s+ces|['’]entre\s+(?:eux|elles))))\b"
    r"(?P<np>(?:\s+[a-zà-ÿ][\w'’-]*){0,3}?)"
)
_REST_VERB = re.compile(
    r"(?i:" + _REST_HEAD + r"(?:\s*,[^,.;:]{1,80},)?\s+(?:are|were|is|was|sont|étaient|furent|est|était|fut|"
    r"include[sd]?|comprennent))"
    r"(?:(?<=['’])|\s+)(?=[A-ZÀ-Ý])"
)
_REST_APPOSED = re.compile(r"(?i:" + _REST_HEAD + r")\s*,\s*(?=[A-ZÀ-Ý])")
# the comma that closes the apposition, a verb after it ("A, B and C, are accused")
_APPOSITION_END = re.compile(
    r",\s+(?:(?:[a-zà-ÿ]+)\s+){0,2}?(?:are|were|was|is|have|has|had|remain|sont|ont|est|a|étaient|avaient|restent|"
    r"demeurent|figurent|(?-i:[a-zà-ÿ]{2,}(?:ed|aient|ait)))\b"
)


def rest_named(text: str) -> tuple[int, int, bool] | None:
    """Where the names of the rest of a counted group start and end in a sentence that
    names them ("The other three were A, B and C", « Trois autres sociétés, A, B et C, sont
    ... »), or of one member told by its rank in it ("The third designee is X", « Le
    deuxième, X, ... »), and whether it names one member only (a rank); or None. A rank
    told of anything but a party ("The first sanctions were ...") names no one."""
    m = _REST_VERB.match(text) or _REST_APPOSED.match(text)
    if m is None:
        return None
    rank = m.group("rank") is not None
    # (nor a superlative's rank, "the second largest bank", nor a title, « le premier ministre »)
    if rank and _NOT_A_RANKED_PARTY.search(m.group("np")):
        return None
    if m.re is _REST_VERB:
        return m.end(), len(text), rank
    if re.search(r"(?i)\b" + _COUNT + r"\b", m.group(0)) or m.group("np").strip() or rank:
        close = _APPOSITION_END.search(text, m.end())
        if close is not None:
            return m.end(), close.start(), rank
    return None


# a party told first by its role, then named in apposition to that role with the definite
# article ("... sanctioned a judge and a former governor. According to OFAC, the judge, A,
# and the former governor, B, took bribes", "The banker, A, denies it", « le juge, A, et
# l'ancien gouverneur, B, ont touché des pots-de-vin »): the role noun, and the name after
# its comma
_ROLE_APPOSED = re.compile(
    r"(?:^|(?<=[\s,;:(]))(?i:the|this|that|le|la|l['’]|ce|cet|cette)\s*"
    r"(?:(?:[a-zà-ÿ][\w'’-]*)\s+){0,2}?(?P<noun>[a-zà-ÿ][\w'’-]{2,})\s*,\s*(?=[A-ZÀ-Ý])"
)


def roles_named(text: str) -> list[tuple[int, str]]:
    """Where each name told in apposition to a role noun with the definite article starts
    in ``text`` ("the judge, A, and the former governor, B, ..."), and that noun."""
    return [(m.end(), m.group("noun").split("-")[-1].lower()) for m in _ROLE_APPOSED.finditer(text)]


# being on the list told as a place, inverted, the parties after it ("Sont aussi sur la liste
# X et Y", "Figurent également dans cette liste X", "Also on the list are X and Y"): more
# parties put on the list the act filled
_ON_LIST = re.compile(
    r"(?i)^\W*(?:(?:sont|est|figurent|figure|se\s+trouvent|se\s+trouve)\s+(?:(?:aussi|également|en\s+outre|désormais|"
    r"notamment)\s+)*(?:sur|dans)\s+(?:la|cette|sa|leur)\s+(?:même\s+|nouvelle\s+)?liste(?:\s+noire)?"
    # (a list of something else is another list: « la liste des invités »)
    r"(?!\s+(?:des|de|du|d['’])\s*(?!sanctions|personnes|entités|terroristes)\w)"
    r"|(?:also\s+)?on\s+(?:the|this|that|its)\s+(?:same\s+|new\s+|black\s*)?list\s+(?:are|is|were|was))\s*:?\s+"
)
# being on a list of something else (« Sont aussi sur la liste des invités X et Y »): no round's
_ON_OTHER_LIST = re.compile(
    r"(?i)^\W*(?:sont|est|figurent|figure|se\s+trouvent|se\s+trouve)\s+(?:(?:aussi|également|en\s+outre|désormais|"
    r"notamment)\s+)*(?:sur|dans)\s+(?:la|cette|sa|leur)\s+(?:même\s+|nouvelle\s+)?liste"
    r"\s+(?:des|de|du|d['’])\s*(?!sanctions|personnes|entités|terroristes)\w"
)


def round_refused(text: str, before: str = "") -> bool:
    """The sentence has a round's shape the round reader refuses: a presentative after a
    tally of the whole list (old entries), being on a list of something else. It names no
    member of a group counted before either."""
    return (_PRESENTATIVE.search(text) is not None and _TALLY.search(before) is not None) \
        or _ON_OTHER_LIST.search(text) is not None


# a tally of all the parties a list holds so far ("le nombre total de X sanctionnés s'élève
# à neuf", "au total, 40 personnes sont visées", "In total, 12 people are on the list"): the
# presentative after it names old entries, not the round's
_TALLY = re.compile(
    r"(?i)\b(?:nombre\s+total|au\s+total|en\s+tout|total\s+number|in\s+total|in\s+all|s['’]él[eè]v\w*\s+(?:désormais\s+)?à|"
    r"(?:porte|portant|porté)\s+(?:ainsi\s+)?(?:le\s+nombre|à\s+\d+)|bringing\s+(?:the\s+)?total)\b"
)
_TYPED_DESIGNATION = re.compile(r"(?i)^(?:(?:placed|put)\s+under|sanctioned|designated|targeted|listed|blacklisted|added|hit|named|"
                                r"ajoutée?s?|ajoutés|"
                                r"additions?|ajouts?|visée?s?|ciblée?s?|sanctionnée?s?|désignée?s?|inscrite?s?|désignations|"
                                r"inscriptions)")


_ONE_NOUN = re.compile(r"(?i)^(?:individual|person|entity|company|individu|personne|entité|société)$")


def one_member(text: str) -> bool:
    """The one the act targets is told as a singular subject ("The person targeted by the
    measures is X", « l'entité visée est X »): one party, the name the subject's complement
    ends with ("the general of the X Guards, Y": Y, not the body of the title)."""
    m = _TARGETED_ONE.search(text)
    return m is not None and _ONE_NOUN.match(m.group("who")) is not None


_LIST_SUBJECT = re.compile(r"(?i)\blist$|^included\b")


def list_subject(text: str) -> bool:
    """The parties are told as what a list includes ("The list also includes A, B and C",
    "Included on the list was A"): read as an enumeration from its first item on."""
    for rx in (_ROUND_SUBJECT, _FRONTED):
        m = rx.search(text)
        if m is not None:
            word = (m.groupdict().get("part") or m.groupdict().get("noun") or "").strip()
            return _LIST_SUBJECT.search(word) is not None
    return False


def round_members(text: str, before: str = "") -> tuple[int, str | None] | None:
    """Where the names of a sentence that includes more parties in the round start (an
    offset), and the act's type its wording tells ("removal", "designation", or None when it
    tells none: "included", the round's noun); None when the sentence is none of those forms
    or tells a plan or an earlier round. ``before`` is the sentence before it: a presentative
    after a tally of the whole list names old entries."""
    for rx in (_ROUND_SUBJECT, _ADDITION, _TARGETED_ONE, _FRONTED, _FRONTED_FR, _PRESENTATIVE, _ON_LIST):
        m = rx.search(text)
        if m is None:
            continue
        if _NOT_DONE.search(text, 0, m.end()):
            return None
        if rx is _ON_LIST:
            return m.end(), "designation"
        if rx is _PRESENTATIVE and _TALLY.search(before):
            return None
        word = (m.groupdict().get("part") or m.groupdict().get("noun") or "").strip()
        if _REMOVAL_WORDS.fullmatch(word):
            return m.end(), "removal"
        if _TYPED_DESIGNATION.match(word):
            return m.end(), "designation"
        return m.end(), None
    return None


# The members of a counted group named by the sentences after the act that counted it
# ("designated three firms. The three, A, B and C, ...", "blocked eight shippers. The eight
# firms are:" then a name a line, "The six entities are A, B and C", "Two of them, A and B,
# ..."): ``events.py`` keeps the acts told of a counted or unnamed group (their day,
# authority and list) and asks ``pending_names`` whether a sentence names their members.

# how far on a counted group's members may be named: three sentences, eight when the
# sentence opens on the group or identifies it ("The six entities are", "identified the two
# men as")
_PENDING_REACH = 3
_PENDING_REACH_GROUP = 8
# a line of a list entry as the list prints it ("Name (original script):", "[SDGT]",
# "(Linked To: X)", "DOB", "a.k.a."): it names one party, the one it opens with
ENTRY_LINE = re.compile(r"\[[A-Z][A-Z0-9-]{1,20}(?:\]|\s)|\(Linked\s+To:|\bDOB\b|\ba\.k\.a\.|\bf\.k\.a\.")
NAME_LINE = re.compile(r"^\W*(?:[A-Z][A-Za-z]{1,3}\.\d+\s+)?(?:Name|Nom)\s*(?:\(original\s+script\))?\s*:", re.M)
# "Onze personnes sont ajoutées, parmi lesquelles le chef de X, Y", "three individuals,
# including Y": one party of the counted group named after an inclusion word
_ONE_AMONG = re.compile(r"(?i)\b(?:parmi\s+(?:lesquel\w+|eux|elles)|among\s+(?:them|whom)|including|notamment|dont|such\s+as|"
                        r"(?<=they\s)include[sd]?|(?<=these\s)include[sd]?|(?<=those\s)include[sd]?)\b")
# an employer and a lower-case title before the name ("ISIL spokesman [X]")
_EMPLOYER_TITLE = re.compile(r"\s*(?:(?:the|le|la|l['’])\s*)?(?:[A-ZÀ-Ý][\w'’-]*\s+){1,2}(?:[a-zà-ÿ][\w'’-]*\s+){1,2}")


def pending_names(sents: list[Sentence], si: int, local: list[Mention], mentions: list[Mention],
                  group_si: int, count: int | None) -> tuple[list[Entity], int] | None:
    """The members sentence ``si`` names of the group an act counted (or told with no party)
    in sentence ``group_si`` (``count``: how many it counted, if it said), and how many the
    names stand for (a bulleted run counts its lines); None when the sentence names none of
    them. ``local``: the sentence's mentions that have an entity."""
    sent = sents[si]
    if not local:
        return None
    gap = si - group_si
    taken_up = taken_up_names(sent, local)
    run = opening_run(sent, local) if taken_up is None else []
    colon = colon_item(sents, si, group_si, mentions) or name_line_item(sents, si, group_si, mentions)
    if not (gap <= _PENDING_REACH or (gap <= _PENDING_REACH_GROUP and (GROUP_SUBJECT.match(sent.text)
                                                                          or IDENTIFIED.search(sent.text)))):
        return None
    if not (IDENTIFIED.search(sent.text) or MEASURE_EFFECT.search(sent.text)
            or LIST_INTRO.search(sent.text) or ONE_OF.search(sent.text) or series_intro(sent.text)
            or colon or NAME_LINE.match(sent.text)
            or numbered_item(sents, si) or taken_up is not None
            or (run and len({id(x.entity) for x in run}) == count and gap <= 2)):
        return None
    if candidates_told(sent.text, min(m.start for m in local) - sent.start):
        return None  # (a group told as candidates: "The firms under possible scrutiny are A and B")
    if round_refused(sent.text, sents[si - 1].text if si else ""):
        return None  # (old entries after a tally, another list's guests)
    ident = IDENTIFIED.search(sent.text)
    # (the group the identification names is no party: "the two Southeast Asians"; nor the
    # employer or parent of other counted parties: « une douzaine de dirigeants de X et Y »)
    named = listed_names(sent, [m for m in local if (ident is None or m.start - sent.start >= ident.end() - 1)
                                and not of_counted(sent.text, m.start - sent.start)])
    series = series_names(sent, local) if ident is None else None
    if series is not None:
        # a group names the series ("Les entités visées sont A, B et C"): its items, not the
        # names inside their descriptions or after "such as"
        named = [e for e in named if e in series[1]]
    elif ident is None and (members := round_members(sent.text, sents[si - 1].text if si else "")) is not None:
        # ... or a presentative or an inclusion does (« Il s'agit notamment de A, qui dirige
        # B, ainsi que de C »): its items, not their descriptions' names
        aside = description_names(sent, local, members[0])
        named = [e for e in named if e not in aside]
    elif ident is None:
        # ... or any sentence that names them ("These included A, a chipmaker, and B, whose
        # parts were made by C"): its items, not the names told in the relative clause of an
        # item's description
        aside = description_names(sent, local, 0, relatives_only=True)
        named = [e for e in named if e not in aside]
    # (the group opening the sentence with the act's participle, the names in what it did:
    # « L'une des entités visées a vendu des pièces à X »)
    told_of_group = {id(m.entity) for m in local if told_of_subject_group(sent.text, m.start - sent.start)}
    named = [e for e in named if id(e) not in told_of_group]
    if taken_up is not None or (run and not LIST_INTRO.search(sent.text)):
        picked = {id(x.entity) for x in (taken_up if taken_up is not None else run)}
        named = [e for e in named if id(e) in picked]
    if ENTRY_LINE.search(sent.text):
        # "ZAFRAN MARINE LLC (a.k.a. ...), Office 12, Port Road, Sharjah; [SDGT] (Linked To:
        # X)": a list entry as the list prints it names one party, the one it opens with
        # (addresses, labels and links are not parties)
        named = [m.entity for m in sorted(local, key=lambda m: m.start)[:1]
                 if m.entity is not None and not sent.text[: m.start - sent.start].strip(" •*-–\"“")]
    bullet = is_bullet(sent.text)
    if len(named) > 1 and (bullet or colon):
        # "- Kormax OOO, a unit of Velor Holding;": a line of a list names its item first,
        # the names of its description are not items
        named = line_items(sent, local, named)
    if not named or not (len(named) >= 2 or ONE_OF.search(sent.text) or bullet or taken_up is not None
                         or one_named_among(sent, local) or numbered_item(sents, si) or colon
                         or NAME_LINE.match(sent.text) or ENTRY_LINE.search(sent.text)):
        return None
    return named, bullet_run(sents, si) if bullet else len(named)


def one_named_among(sent: Sentence, local: list[Mention]) -> bool:
    """The sentence names one party after an inclusion word ("parmi lesquelles", "including")."""
    m = _ONE_AMONG.search(sent.text)
    if m is None:
        return False
    after = [x.start - sent.start for x in local if x.start - sent.start >= m.end()]
    if not after:
        return False
    # right after the word, or after the title it is named with ("le chef de la police, Y");
    # not a name inside a description ("including the owner of video app Y")
    between = sent.text[m.end() : min(after)]
    return not between.strip(" :") or between.rstrip().endswith(",") and "," not in between.rstrip()[:-1] \
        or _EMPLOYER_TITLE.fullmatch(between) is not None


_LINE_LEAD = re.compile(r"(?i)^[\s•*\-–—▪◦·]*(?:\d{1,3}[.)]\s*)?(?:(?:the|le|la|les|l['’])\s*)?"
                        r"(?:[^\s,;:]+\s+){0,6}?(?:[^\s,;:]+['’]s\s+)?$")
_LINE_JOIN = re.compile(r"(?i)^\s*(?:,|;|\band\b|\bet\b|&)\s*(?:(?:the|le|la|les|l['’])\s*)?$")


def line_items(sent: Sentence, local: list[Mention], named: list[Entity]) -> list[Entity]:
    """The items of the list lines a sentence holds: on a line that opens with a name, that
    name and the names joined to it by separators only ("- A and B;"), not the names of its
    description ("- A, a unit of B"); a line that opens otherwise keeps every name."""
    ordered = sorted((m for m in local if any(m.entity is e for e in named)), key=lambda m: m.start)
    out: list[Entity] = []
    line_start = 0
    for line in sent.text.split("\n"):
        a, b = sent.start + line_start, sent.start + line_start + len(line)
        line_start += len(line) + 1
        # (a name the line tells only beside its item, the body its title is of, is none:
        # "- Former chairman of X Jane Roe;": the item is Jane Roe)
        mine = [m for m in ordered if a <= m.start < b and m.entity is not None
                and not aside(sent.text, m.start - sent.start, m.end - sent.start, m.entity)]
        if not mine:
            continue
        first = mine[0]
        lead = sent.text[a - sent.start : first.start - sent.start]
        keep = mine
        if not lead.strip(" •*-–—▪◦·\"“") or _LINE_LEAD.fullmatch(lead):
            keep = [first]
            prev = first
            for m in mine[1:]:
                if m.start < prev.end or not _LINE_JOIN.match(sent.text[prev.end - sent.start : m.start - sent.start]):
                    break
                keep.append(m)
                prev = m
        for m in keep:
            if m.entity is not None and m.entity not in out:
                out.append(m.entity)
    return [e for e in named if e in out] or named


def colon_item(sents: list[Sentence], si: int, group_si: int, mentions: list[Mention]) -> bool:
    """A paragraph that opens with a name, right after a sentence ending with a colon or
    after other such paragraphs ("The following persons were designated today:" /
    "NOVA-TEK ELECTRONICS LIMITED, a distributor that ..."): one of the announced parties."""
    if group_si != si - 1:
        return False

    def opens_with_name(j: int) -> bool:
        sent = sents[j]
        firsts = [m.start for m in mentions if sent.start <= m.start < sent.end and m.entity is not None]
        return bool(firsts) and not sent.text[: min(firsts) - sent.start].strip(" •*-–\"“")

    j = si - 1
    while j >= max(0, si - 12):
        if sents[j].text.rstrip().endswith(":"):
            return opens_with_name(si)
        if not opens_with_name(j):
            return False
        j -= 1
    return False


def _name_alone(sent: Sentence, mentions: list[Mention]) -> bool:
    """The sentence is a name and nothing else but a bullet and punctuation (a line of a
    list printed one name a line: "Kormax Shipping Co. Ltd.")."""
    spans = [(m.start - sent.start, m.end - sent.start) for m in mentions
             if sent.start <= m.start < sent.end and m.entity is not None]
    if not spans:
        return False
    rest = list(sent.text)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    return not re.sub(r"[\W_]", "", "".join(rest))


def name_line_item(sents: list[Sentence], si: int, group_si: int, mentions: list[Mention]) -> bool:
    """A line that is a name alone, in a run of two such lines at least, right after the
    sentence of an act whose parties it left unnamed or after other such lines ("designated
    four firms." / "Kormax Shipping Co." / "Velor Holding Ltd."): one of the act's parties.
    Two names alone one after the other are a list, never prose."""
    if group_si != si - 1 or not _name_alone(sents[si], mentions):
        return False
    return (si > 0 and _name_alone(sents[si - 1], mentions)) or (si + 1 < len(sents) and _name_alone(sents[si + 1], mentions))


def members_named(sent: Sentence, local: list[Mention], start: int, end: int) -> list[Entity]:
    """The items a members sentence names from ``start`` to ``end``: not an owner told before
    what it owns, nor a name inside an item's relative clause ("A, a hacker who attacked B");
    the examples of a kind when the kind is all the group names first ("include payment
    firms, such as: A, B")."""
    names = [e for e in series_items(sent, local, start, end)
             if not re.match(r"['’]s?\b", sent.text[max(m.end for m in local if m.entity is e) - sent.start :])]
    if not names:
        # (set off as a run of its own, by a comma, a dash or a bracket before or a colon
        # after: "include traders such as A" leaves it open whether A is among them)
        ex = EXAMPLES.search(sent.text, start, end)
        after = sent.text[ex.end() :] if ex is not None else ""
        if ex is not None and not any(start <= m.start - sent.start < ex.start() for m in local) \
                and (sent.text[: ex.start()].rstrip().endswith((",", "-", "–", "—", "("))
                     or after.lstrip().startswith(":")):
            names = series_items(sent, local, ex.end() + len(after) - len(after.lstrip(" :")), end)
    aside = description_names(sent, local, start, relatives_only=True)
    names = [e for e in names if e not in aside]
    return _semicolon_items(sent, local, start, end, names)


def _semicolon_items(sent: Sentence, local: list[Mention], start: int, end: int, names: list[Entity]) -> list[Entity]:
    """A run parted by semicolons, each part a name and its description (« A, premier
    ministre ; B, proche du colonel C ; et D, ... », "A, a lender; B, owned by C"): one item a
    part, the name it opens with; the names of the descriptions are none."""
    parts = [p for p in re.finditer(r"[^;]+", sent.text[start:end])]
    if len(parts) < 2:
        return names
    keep: list[Entity] = []
    for p in parts:
        a = start + p.start()
        first = min((m for m in local if a <= m.start - sent.start < start + p.end()), key=lambda m: m.start, default=None)
        if first is None or not re.fullmatch(r"(?i)[\s:,\"“«•*–-]*(?:(?:and|et|as\s+well\s+as|ainsi\s+que)\s+)?",
                                             sent.text[a : first.start - sent.start]):
            return names  # (a part that opens otherwise: no run of items)
        if first.entity is not None and first.entity in names and first.entity not in keep:
            keep.append(first.entity)
    return keep or names


# A later act told of the members by a count alone ("all four", "the two", « tous les
# trois ") or by a group word of people: the parties of the act told just before.

# how many sentences back the act whose parties the count takes up may be told
_TAKEN_UP_REACH = 3


def counted_parties(comp: dict[str, Any], sents: Sequence[Sentence], si: int, head: str,
                    events: Sequence[Any], aside: Callable[[Any], bool] = lambda e: False) -> list[Any] | None:
    """The parties a counted plural anaphor of ``head`` (the sentence's words before the
    act) takes up, where the sentence that named them also named others in their
    descriptions (a parent, an employer, a relative): those of the events told in the
    nearest earlier sentence (at most ``_TAKEN_UP_REACH`` back) that told events, when they
    are exactly as many as it counts; fewer or more, nobody. An event ``aside`` tells is
    left out (asked only of the events of those sentences)."""
    plural = comp["plural"].search(head)
    want = count_told(plural.group(0)) if plural is not None else 0
    if want < 2:
        return None
    for back in range(si - 1, max(-1, si - 1 - _TAKEN_UP_REACH), -1):
        s = sents[back]
        parties: list[Any] = []
        for e in events:
            if s.start <= e.position < s.end and all(e.entity is not p for p in parties) and not aside(e):
                parties.append(e.entity)
        if parties:
            return parties if len(parties) == want else None
    return None


def people_subject(comp: dict[str, Any], head: str, recent: Sequence[Sequence[Any]]) -> list[Any] | None:
    """The people a group word of people opening the sentence (``head``: its words before
    the act) takes up, as the act's subject ("These officials were among the twenty people
    sanctioned", « Ces responsables avaient été inscrits »): the people of the nearest
    earlier sentence naming people, whatever larger group the act is then told of."""
    m = comp["people"].search(head)
    if m is None or head[: m.start()].strip(" \"“«•*-–"):
        return None
    return people_taken_up(recent, count_told(m.group(0)))


# The act told after its members: a sentence names a group of parties and tells no act of
# its own (« Les quatre personnes visées sont : A ; B ; ... », "Three shipowners are named:
# A, B and C"), and the next one opens on a plural pronoun or a demonstrative that takes
# them up and tells the measure applied to them (« Ils faisaient l'objet d'un blocage de
# leurs fonds », « Ces derniers verront leurs avoirs gelés », "They are
# subject to a travel ban", "They will have their assets frozen"): the names are the parties
# of that measure. The measure is read by its noun or by the parties' assets frozen; a
# future tells it announced.
_MEASURE_NOUN = (
    r"(?:(?:gel|blocage)\s+(?:de\s+(?:leurs|ses)\s+|des\s+)(?:avoirs|actifs|fonds|biens|ressources)|"
    r"interdictions?\s+(?:de\s+voyager|de\s+voyage|d['’]entrée|de\s+territoire|de\s+séjour|de\s+visas?|de\s+transactions?)|"
    r"sanctions|mesures\s+restrictives|"
    r"(?:asset|funds?)\s+freezes?|travel\s+bans?|entry\s+bans?|visa\s+bans?|restrictive\s+measures)"
)
_TAKING_UP = (
    r"(?:elles|ils|ces\s+derni(?:er|ère)s|ces\s+(?:personnes|individus|entités|sociétés|entreprises|hommes|femmes)|"
    r"they|these\s+(?:individuals|people|persons|entities|companies|firms|men|women)|both\s+(?:men|women|of\s+them))"
)
_MEASURE_AFTER = re.compile(
    r"(?i)^\W*(?:(?:en\s+outre|désormais|par\s+ailleurs|now|also)\s*,?\s+)?" + _TAKING_UP
    + r"\s+(?:(?:also|now|désormais|également|aussi|donc|thus)\s+)?(?:"
    # « faisaient l'objet d'un blocage », « sont soumises à un gel », "are subject to a ban"
    r"(?P<verb>(?:font|feront|faisaient|vont\s+faire|sont|seront|étaient|vont\s+être|ont\s+été|are|were|will\s+be|"
    r"have\s+been|become|became)\s+(?:désormais\s+|also\s+|now\s+|également\s+|aussi\s+)?"
    r"(?:l['’]objet\s+(?:d['’]|de|des|du)|soumis(?:es)?\s+(?:à|aux)|frappé(?:e)?s\s+(?:d['’]|de|par)|"
    r"subject(?:ed)?\s+to|hit\s+(?:with|by))"
    r"\s*(?:une?\s+|des\s+|an?\s+|the\s+|la\s+|le\s+|l['’])?(?:[\w-]+\s+){0,2}?" + _MEASURE_NOUN + r")"
    # « voient leurs avoirs gelés », "will have their assets frozen"
    r"|(?P<have>(?:voient|vont\s+voir|verront|ont\s+vu|will\s+have|have\s+had|have|had|now\s+have)\s+(?:leurs|their)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:avoirs|actifs|fonds|biens|assets|funds|property|properties)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:gelée?s|bloquée?s|frozen|blocked)))"
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|no\s+longer|ne|n['’])\b")
_FUTURE_MEASURE = re.compile(r"(?i)\b(?:feront|vont|seront|verront|will)\b")


def measure_after(text: str) -> str | None:
    """The status of the measure a sentence tells of the parties the sentence before named,
    when it opens on a plural pronoun or a demonstrative that takes them up ("They are
    subject to an asset freeze": "effective"; « Ces derniers verront leurs avoirs gelés »:
    "announced"), else None."""
    m = _MEASURE_AFTER.match(text)
    if m is None:
        return None
    return "announced" if _FUTURE_MEASURE.search(m.group(0)) else "effective"


def group_named(text: str) -> tuple[int, int] | None:
    """Where the names of a sentence that names a group of parties with no act of its own
    start and end (« Les quatre personnes visées sont : A ; B », "three firms are named: A, B
    and C"): after the group's verb of being, or after a colon that follows a counted group;
    None when the sentence tells no group of parties, or one on the other side (rivals,
    customers, victims), or denies it."""
    span = member_span(text)
    if span is not None:
        head = text[: span[0]]
        if _OTHER_SIDE.search(head) or _NEGATED.search(head):
            return None
        # (the names after a colon the verb's words end with: "are singled out: A, B")
        colon = text.find(":", span[0], span[0] + 60)
        start = colon + 1 if colon >= 0 and not re.search(r"(?-i:[A-ZÀ-Ý])", text[span[0] : colon]) else span[0]
        return start, span[1]
    colon = text.find(":")
    if colon < 0 or not counted_group(text[:colon]) or _OTHER_SIDE.search(text[:colon]) \
            or _NEGATED.search(text[:colon]) or _NOT_DONE.search(text[:colon]):
        return None
    return colon + 1, len(text)
