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
"""

from __future__ import annotations

import re

# a plural noun of parties or of acts, in either language
_PARTY_NOUNS = (
    r"companies|firms|entities|banks|lenders|individuals|people|persons|officials|designees|additions|targets|"
    r"designations|listings|names|entries|businesses|organi[sz]ations|parties|oligarchs|tycoons|businessmen|"
    r"businesspeople|executives|vessels|ships|tankers|subsidiaries|affiliates|units|institutions|groups|"
    r"manufacturers|makers|suppliers|traders|producers|removals|delistings|figures|members|leaders|commanders|"
    r"ministers|generals|nationals|citizens|officers|agents|operatives|militants|hackers|diplomats|envoys|politicians|"
    r"lawmakers|judges|relatives|associates|allies|cronies|aides|advis[eo]rs|directors|managers|owners|founders|"
    r"shareholders|brokers|smugglers|traffickers|"
    r"entreprises|sociétés|entités|banques|individus|personnes|responsables|personnalités|désignations|inscriptions|"
    r"radiations|noms|organisations|organismes|oligarques|navires|membres|dirigeants|groupes|filiales|institutions|"
    r"compagnies|firmes|cibles|fabricants|ajouts|hommes\s+d['’]affaires|ressortissants|ministres|généraux|chefs|cadres|"
    r"officiers|militaires|agents|proches|associés|conseillers|juges|députés|sénateurs|diplomates|fonctionnaires|"
    r"magistrats|militants|trafiquants|armateurs|banquiers"
)
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
    r"(?i)\b(?:removed|delisted|exempted|released|unfrozen|removals?|delistings?|radié(?:e|s|es)?|retiré(?:e|s|es)?|"
    r"radiations?)\b"
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
_GROUP_HEAD = (
    r"(?:" + _DET + r"\s+)?(?:(?:" + _COUNT + r"\s+)?" + _MOD + r"(?P<noun>" + _PARTY_NOUNS + r")"
    r"|" + _COUNT + r"\s+(?:[\w’'-]+\s+)?(?P<cnoun>(?-i:[a-zà-ÿ][\w’'-]{2,}[sx])))\b"
)
_GROUP = _GROUP_HEAD + r"(?P<post>[^.;:!?]{0,80}?)"
# the cue first: "among" / « parmi », the group or its count alone, then a verb of being,
# a colon or a comma before the names
_AMONG = re.compile(
    r"(?i)" + _LEAD + r"(?:among|parmi)\s+(?:(?:the|these|those|les|ces)\s+" + _COUNT
    + r"(?=\s*,?\s+(?:is|are|was|were|figur\w+|se\s+trouv\w+)\b)|(?P<grp>" + _GROUP + r"))"
    r"\s*(?:,\s*|\s)"
    r"(?:(?:par\s+exemple|notamment|également|aussi|also|for\s+example|for\s+instance|in\s+particular|en\s+particulier)"
    r"\s*,?\s*)*"
    r"(?:(?:is|are|was|were|figur(?:e|ent|aient|ait)|se\s+trouv(?:e|ent)|on\s+(?:re)?trouve|on\s+compte|"
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
    r"(?i)(?:\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?among|\bfai(?:t|saient|sait|saient)\s+(?:également\s+|aussi\s+|"
    r"désormais\s+)?partie|\bfigur(?:e|ent)\s+(?:également\s+|aussi\s+|désormais\s+)?parmi|"
    r"\bcompt(?:e|ent)\s+(?:également\s+|aussi\s+)?parmi)\s+(?P<grp>" + _GROUP_HEAD + r"(?P<post>[^.;:,!?]{0,80}))"
)
# a plural pronoun as the subject of a verb that includes ("They include A and his deputy,
# B", « Ils comprennent A et B »): the group the sentence before counted, never "are" (a
# pronoun may take up any plural, "they are wary of A")
_PRONOUN_SUBJECT = re.compile(
    r"(?i)" + _LEAD + r"(?P<grp>they|these|those|ils|elles|ceux-ci|celles-ci)\s+(?:(?:also|aussi|notamment|également)\s+)?"
    r"(?:include[sd]?|comprised?|compren(?:nent|aient)|inclu(?:ent|aient)|compt(?:ent|aient)(?:\s+notamment)?)\b\s*:?"
)
PRONOUN_GROUP = re.compile(r"(?i)they|these|those|ils|elles|ceux-ci|celles-ci")
# after a verb of being, a description of the group rather than its members ("are
# associated with X", « sont liées à X », "are based in X")
_DESCRIBED = re.compile(
    r"(?i)\s*(?:(?:also|all|both|aussi|également|toutes?|tous)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:with|to|by|in|from|for|on|at|of|avec|à|au|aux|dans|par|pour|sur|en|de|du|des)\b"
)
# an inquiry's, a prosecutor's or a court's agent after the group's participle: no act's
# ("visées par cette enquête", "named by prosecutors", « par le tribunal »)
_INQUIRY_AGENT = re.compile(
    r"(?i)\b(?:by|par)\s+(?:[\w’'-]+\s+){0,3}?(?:investigat\w*|inquir\w*|prosecut\w*|police|courts?|judges?|"
    r"enquêtes?|plaintes?|procédures?|poursuites?|justice|parquet|juges?|tribunal|tribunaux)\b"
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
_NOT_GROUP_NOUNS = re.compile(
    r"(?i)(?:days|jours|weeks|semaines|months|mois|years|ans|années|hours|heures|minutes|times|fois|dollars|euros|"
    r"cents|percent|points|items|articles|goods|biens|produits|products|measures|mesures|sanctions|penalties|pages|"
    r"millions|milliards|billions|tons|tonnes|barrels|barils|countries|pays|states|états|sectors|secteurs|rounds|"
    r"packages|paquets|séries|series|vagues|waves|cases|affaires|judgments|arrêts|decisions|décisions|licen[cs]es|"
    r"orders|ordonnances|rules|règles|regulations|règlements|laws|lois|provisions|dispositions|aliases|alias)"
)
_COUNTED_GROUP = re.compile(
    r"(?i)(?<![\w,.])(?!(?:19|20)\d\d\b)(?:" + _COUNT + r"|dozens?|a\s+dozen|une\s+(?:dizaine|douzaine|vingtaine|trentaine|cinquantaine|"
    r"centaine)|des\s+dizaines|hundreds)\s+(?:of\s+|d['’]\s*|de\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?P<noun>" + _PARTY_NOUNS + r"|(?-i:[A-Z][a-zà-ÿ]+(?:ians|ans|ese|is|iens|ais|ois))|(?-i:[a-zà-ÿ][\w’'-]{2,}[sx]))\b"
)


def counted_group(text: str) -> bool:
    """The sentence tells a group of parties by its count ("froze the funds of five
    lenders", « a radié trois armateurs grecs »): the act it tells
    is one a later sentence may name the members of."""
    return any(not _NOT_GROUP_NOUNS.fullmatch(m.group("noun")) for m in _COUNTED_GROUP.finditer(text))


def counts_parties(text: str) -> bool:
    """The sentence counts a group of parties by a noun of parties or of a people ("Sixteen
    members of the council", « douze ressortissants »), not of anything else ("several
    questions"): the group a plural pronoun after it takes up."""
    return any(re.fullmatch(r"(?i)" + _PARTY_NOUNS + r"|(?-i:[A-Z][a-zà-ÿ]+(?:ians|ans|ese|is|iens|ais|ois))", m.group("noun"))
               for m in _COUNTED_GROUP.finditer(text))


def member_span(text: str) -> tuple[int, int, str | None, str] | None:
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
        return _told(text, m, start, len(text))
    m = _SUBJECT.search(text)
    if m is not None and _group_ok(m, need_act=False, subject=True) and not _DESCRIBED.match(text, m.end()):
        return _told(text, m, m.end(), len(text))
    m = _TAIL.search(text)
    if m is not None and _group_ok(m, need_act=True):
        return _told(text, m, 0, m.start())
    m = _PRONOUN_SUBJECT.search(text)
    if m is not None and not _NOT_DONE.search(m.group(0)):
        return m.end(), len(text), None, m.group("grp")
    return None


def _group_ok(m: re.Match[str], need_act: bool, subject: bool = False) -> bool:
    grp = m.groupdict().get("grp")
    if grp is None:
        return True  # a pronoun
    noun = m.group("noun") or m.group("cnoun")
    if _NOT_PARTIES.fullmatch(noun):
        return False
    post = m.group("post") or ""
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
    grp = m.groupdict().get("grp") or ""
    if _REMOVAL_WORDS.search(grp):
        return start, end, "removal", grp
    if any(not _NEUTRAL_WORDS.match(a.group(0)) for a in _ACT_IN_GROUP.finditer(grp)):
        return start, end, "designation", grp
    return start, end, None, grp
