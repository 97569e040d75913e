"""More parties of a round told as included in it, one name or several, after the round's act:
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
follow."""

from __future__ import annotations

import re

# the round as the subject, a participle phrase of its own at most, then the verb that
# names its parties ("The new sanctions also include X", "Today's designations target X",
# "The latest British penalties adopted over the coup also include X")
_ROUND_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:]\s*)\W{0,3}(?:the|these|today['’]s)\s+(?:(?:latest|new|additional|fresh|further)\s+)*"
    r"(?:(?-i:[A-Z][\w.]*)\s+){0,2}"
    r"(?P<noun>sanctions|penalties|measures|designations|listings|package|round|removals|delistings|"
    # the list the act told before put its parties on ("The list also includes X"), a
    # sanctions list told by its kind at most (no festival's list: an act must precede)
    r"(?:(?:sanctions|black|entity|consolidated|companies|company|corporate|individuals|personal|entities)\s+)?list)\b"
    # (an adverb set off by commas: "The companies list, respectively, includes A")
    r"(?:\s*,\s*[a-z]+ly\s*,)?"
    r"(?:\s*,?\s+(?:imposed|announced|unveiled|adopted|issued|taken|made)\b[^.;:,]{0,80}?)?,?"
    r"\s+(?:also\s+)?(?:include[sd]?|target(?:s|ed)?)\s+"
)
# ... in French, or told by the batch it is ("Le dernier lot comprend X", "The latest batch
# includes X")
_ROUND_SUBJECT_FR = re.compile(
    r"(?i)(?:^|[,;:]\s*)\W{0,3}(?:(?:le|la|les|ce|cette|ces)\s+(?:(?:dernier|dernière|derniers|dernières|"
    r"nouveau|nouvel|nouvelle|nouveaux|nouvelles|(?:plus\s+)?récente?s?)\s+)?(?P<noun>lot|paquet|train|série|vague|volet|liste|sanctions|"
    r"mesures|désignations|inscriptions|radiations)(?:\s+(?:de\s+|d['’])\s*(?:sanctions|mesures|désignations))?"
    # (the measures' kind told by a short complement: « de nature économique », « d'ordre
    # financier »; no year, which tells an earlier round)
    r"(?:\s+(?:de\s+nature|d['’]ordre|de\s+type|de\s+caractère)\s+[a-zà-ÿ]+)?"
    r"|(?:the|this|today['’]s)\s+(?:(?:latest|new|last|final|second|third)\s+)?(?P<batch>batch|tranche|wave))\b"
    r"(?:\s*,?\s+(?:imposée?s?|annoncée?s?|adoptée?s?|décidée?s?|announced|imposed|adopted)\b[^.;:,]{0,80}?)?,?"
    r"\s+(?:(?:also|aussi|également|notamment|en\s+outre)\s+)?(?:comprend|comprennent|comprenait|comprenaient|inclut|incluent|"
    r"incluait|incluaient|visait|visaient|ciblait|ciblaient|vise|visent|cible|"
    # (the round's parties told by the verbs of concern: « concernent aussi », « touchent »)
    r"ciblent|concerne|concernent|touche|touchent|include[sd]?|target(?:s|ed)?)\s+(?:(?:aussi|également|notamment|en\s+outre)\s+)?"
)
# one more entry on the list as the subject ("One more addition to the sanctions list is X",
# "Un nouvel ajout à la liste noire est X"): a list of sanctions, told by its name, its
# authority or its kind (no festival's guest list)
_ADDITION = re.compile(
    r"(?i)(?:^|[,;:]\s*)\W{0,3}(?:an?|the|another|one|un|une|le|la|l['’]|autre)\s*(?:(?:first|second|third|fourth|"
    r"fifth|further|other|more|new|latest|final|last|premier|premi[eè]re|deuxième|troisième|quatrième|nouvel|nouveau|"
    r"nouvelle|dernier|dernière|autre)\s+){0,2}(?P<noun>additions?|ajouts?)\s+(?:to|on|à|sur)\s+"
    r"(?:the|its|this|la|sa|cette)\s+(?:(?:(?-i:[A-Z][\w.’'-]*)|sanctions?|entity|black|terror(?:ist)?|consolidated)\s+){0,3}?"
    r"(?:list|liste)(?:\s+(?:noire|des\s+sanctions|de\s+sanctions|(?-i:[A-Z][\w.-]*)))?\s+(?:is|are|was|were|est|sont|était|"
    r"étaient)\s+"
)
# an inquiry's, a prosecutor's or a court's agent names no act's target ("visées par cette
# enquête du parquet", "named by prosecutors")
_INQUIRY = (r"(?:investigat\w*|inquir\w*|prosecut\w*|police|courts?|judges?|enquêtes?|plaintes?|procédures?|"
            r"poursuites?|justice|parquet|juges?|tribunal|tribunaux)\b")
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
# the parties told by a presentative after the round's act, French « il s'agit de » ("Il
# s'agit notamment de X et de Y"): what follows "de" is a party (a name, a body, a title
# before a name), not the act itself or its rank ("il s'agit d'une mesure", "il s'agit du
# quatrième volet", "il s'agit du premier paquet")
_PRESENTATIVE = re.compile(
    r"(?i)^\W*(?:(?:concrètement|en\s+clair|précisément)\s*,\s*)?il\s+s['’]agi(?:t|ssait)\s+"
    r"(?:(?:ici|là|notamment|surtout|en\s+l['’]occurrence|entre\s+autres|en\s+particulier|essentiellement)\s+)*"
    r"(?=(?:de|du|des|d['’]))"
    r"(?!(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’]|une?)\s*)?(?:[\w'’-]+\s+)?(?:sanctions?|mesures?|série|paquet|train|"
    r"vague|volet|décision|fois|cas|question|réponse|premi\w+|dernier|dernière|\w+ième|nouvel\w*|plus|autres?)\b)"
)
# a party told first without its name, then named by a sentence of being of its own ("...
# annulled the sanctions against a businessman. It is X, the former head of Y", "He is
# X", "The banker in question is X", "They are A and B", « C'est X », « Ce sont A et B »,
# « Ce banquier est X », « L'homme d'affaires en question est X »): the act told just
# before on the unnamed party is the named one's. The name must follow the verb at once.
_REST_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze)"
)
_WHO_IT_IS = re.compile(
    r"^\W*(?:(?i:it|this|that|he|she)\s+(?i:is|was)|(?i:they)\s+(?i:are|were)|(?i:c['’]est)|(?i:ce\s+sont)"
    r"|(?i:il\s+s['’]agi(?:t|ssait)\s+(?:(?:notamment|en\s+l['’]occurrence)\s+)?(?:de|d['’]))"
    r"|(?P<det>(?i:the|this|that|these|those|le|la|les|l['’]|ce|cet|cette|ces))\s*"
    r"(?P<noun>(?:[a-zà-ÿ][\w'’-]*\s+){1,3}?)(?:(?i:in\s+question|concerned|en\s+question|concerné\w*)\s+)?"
    r"(?i:is|was|are|were|est|était|sont|étaient))"
    r"(?:(?<=['’])|\s+)(?=[A-ZÀ-Ý])"
)
_PLURAL_WHO = re.compile(r"(?i)^\W*(?:they|ce\s+sont|these|those|ces|les)\b|\s(?:are|were|sont|étaient)\s+$")


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
_REST_HEAD = (
    r"^\W*(?:(?:the\s+)?(?:(?:other|remaining)\s+" + _REST_COUNT + r"|" + _REST_COUNT + r"\s+(?:other|remaining|others))"
    r"|the\s+(?:other|remaining|others|rest)"
    r"|(?:les\s+)?" + _REST_COUNT + r"\s+autres|les\s+autres)\b"
    r"(?P<np>(?:\s+[a-zà-ÿ][\w'’-]*){0,3}?)"
)
_REST_VERB = re.compile(
    r"(?i:" + _REST_HEAD + r"(?:\s*,[^,.;:]{1,80},)?\s+(?:are|were|sont|étaient|furent|include[sd]?|comprennent))"
    r"(?:(?<=['’])|\s+)(?=[A-ZÀ-Ý])"
)
_REST_APPOSED = re.compile(r"(?i:" + _REST_HEAD + r")\s*,\s*(?=[A-ZÀ-Ý])")
# the comma that closes the apposition, a verb after it ("A, B and C, are accused")
_APPOSITION_END = re.compile(
    r",\s+(?:(?:[a-zà-ÿ]+)\s+){0,2}?(?:are|were|was|is|have|has|had|remain|sont|ont|est|a|étaient|avaient|restent|"
    r"demeurent|figurent)\b"
)


def rest_named(text: str) -> tuple[int, int] | None:
    """Where the names of the rest of a counted group start and end in a sentence that
    names them ("The other three were A, B and C", « Trois autres sociétés, A, B et C, sont
    ... »), or None."""
    m = _REST_VERB.match(text)
    if m is not None:
        return m.end(), len(text)
    m = _REST_APPOSED.match(text)
    if m is not None and (re.search(r"(?i)\b" + _REST_COUNT + r"\b", m.group(0)) or m.group("np").strip()):
        close = _APPOSITION_END.search(text, m.end())
        if close is not None:
            return m.end(), close.start()
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
# a tally of all the parties a list holds so far ("le nombre total de X sanctionnés s'élève
# à neuf", "au total, 40 personnes sont visées", "In total, 12 people are on the list"): the
# presentative after it names old entries, not the round's
_TALLY = re.compile(
    r"(?i)\b(?:nombre\s+total|au\s+total|en\s+tout|total\s+number|in\s+total|in\s+all|s['’]él[eè]v\w*\s+(?:désormais\s+)?à|"
    r"(?:porte|portant|porté)\s+(?:ainsi\s+)?(?:le\s+nombre|à\s+\d+)|bringing\s+(?:the\s+)?total)\b"
)
_REMOVAL_PART = re.compile(r"(?i)^(?:removed|delisted|taken\s+off|struck\s+off|exempted|released|removals|delistings|radiations|"
                           r"retirée?s?|retirés|radiée?s?|radiés)$")
_TYPED_DESIGNATION = re.compile(r"(?i)^(?:(?:placed|put)\s+under|sanctioned|designated|targeted|listed|blacklisted|added|hit|named|"
                                r"ajoutée?s?|ajoutés|"
                                r"additions?|ajouts?|visée?s?|ciblée?s?|sanctionnée?s?|désignée?s?|inscrite?s?|désignations|"
                                r"inscriptions)")
# a plan, a wish or a past round recalled is no member of the round told ("could also
# include", "had been designated", "in 2019")
_NOT_DONE = re.compile(
    r"(?i)\b(?:could|would|may|might|should|will|plans?|planned|proposed|expected|likely|had\s+been|previously|"
    r"earlier|already|(?:19|20)\d\d|pourrai\w+|devrai\w+|envisag\w+|avai(?:en)?t\s+été|déjà|auparavant|précédemment)\b"
)


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
    for rx in (_ROUND_SUBJECT, _ROUND_SUBJECT_FR, _ADDITION, _TARGETED_ONE, _FRONTED, _FRONTED_FR, _PRESENTATIVE, _ON_LIST):
        m = rx.search(text)
        if m is None:
            continue
        if _NOT_DONE.search(text, 0, m.end()):
            return None
        if rx is _ON_LIST:
            return m.end(), "designation"
        if rx is _PRESENTATIVE and _TALLY.search(before):
            return None
        word = (m.groupdict().get("part") or m.groupdict().get("noun") or m.groupdict().get("batch") or "").strip()
        if _REMOVAL_PART.match(word):
            return m.end(), "removal"
        if _TYPED_DESIGNATION.match(word):
            return m.end(), "designation"
        return m.end(), None
    return None
