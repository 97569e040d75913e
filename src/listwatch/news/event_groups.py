"""Counted groups of parties: "three companies", "the six entities are A, B and C",
"Kazan Shipping is one of them", "along with eight other companies": the cues that an
action's parties are counted or named in another sentence, and the names a list
sentence gives."""

from __future__ import annotations

import re

from .mentions import Entity, Mention
from .names import KIN
from .sentences import Sentence

# a country's initials between a count and the counted parties ("three U.S. companies",
# "two U.K. nationals"): a word of the count like any other
_ABBREVIATED = r"(?-i:[A-Z]\.){2,3}"
# the number words of a count (in French up to twenty: a count past ten is a count like any
# other, « douze dirigeants », « onze individus »; the English ones past ten are left to the
# English tables)
_NUMBER_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
    "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18,
    "dix-neuf": 19, "vingt": 20,
}
_NUMBER_WORDS = "|".join(sorted(_NUMBER_VALUES, key=len, reverse=True))
QUANTIFIED = re.compile(
    r"(?i)(?<!\bles\s)(?<!\baux\s)(?<!\bdes\s)(?<!\bthe\s)(?<!\bces\s)(?<!these\s)(?<!those\s)\b(?:\d+|" + _NUMBER_WORDS + r"|dozens?|several|some|other|plusieurs|d['’]autres)\s+"
    r"(?:(?:[\w–-]+|" + _ABBREVIATED + r")\s+){0,3}?"
    r"(?:entities|companies|firms|individuals|entités|sociétés|entreprises|personnes|individus)\b"
    # "more than a dozen Chinese companies", "plus d'une douzaine d'entreprises", "a few Iranians"
    r"|\b(?:dozens?|douzaines?|dizaines?|centaines?|hundreds?|(?<!\bthe\s)few|quelques)\s+(?:of\s+|d['’])?(?:[\w–-]+\s+){0,2}?"
    r"(?:entities|companies|firms|individuals|citizens|nationals|people|persons|entités|sociétés|entreprises|personnes|"
    r"ressortissants|(?-i:[A-Z][a-z]+(?:ians|ans|ese|is|iens|ais|ois)))\b"
    # "several groups", "plusieurs groupes": counted with a number word, never "other groups"
    r"|(?<!\bles\s)(?<!\baux\s)(?<!\bdes\s)(?<!\bthe\s)(?<!\bces\s)(?<!these\s)(?<!those\s)\b(?:\d+|" + _NUMBER_WORDS + r"|several|plusieurs)\s+(?:[\w–-]+\s+){0,2}?"
    r"(?:groups|groupes|conglomerates|conglomérats|lenders|traders|négociants)\b"
)
# a sentence that names the counted parties of an earlier one
LIST_INTRO = re.compile(
    r"(?i)^\s*(?:[•*\-–]|\d{1,3}[.)]?\s)|\b(?:are|were|include[sd]?|including|among\s+them|namely|sont|"
    r"compren(?:nent|aient)|inclu(?:ent|aient)|"
    r"parmi\s+(?:elles|eux|lesquel\w+)|notamment|outre|"
    # ("dont" introduces names, not a clause: "dont X", "dont le groupe X", not "dont le
    # rôle est de ...")
    r"dont(?=\s+(?:notamment\s+)?(?:(?:le|la|les|l['’]|des?|du|un|une|deux|trois|quatre|cinq)\s*)?(?:[\w'’-]+\s+){0,2}?(?-i:[A-ZÀ-Ý0-9]))|il\s+s['’]agi(?:t|ssait|ssaient|ra)|figurent|on\s+(?:re)?trouve|"
    r"parmi\s+(?:ces|les)\s+(?:[\w-]+\s+){0,2}?(?:sociétés|entreprises|entités|groupes|noms|personnes|ajouts))\b|[:–—]\s"
)
# the measures' effects told of the parties ("X and Y are now barred from travelling there and
# their assets would be frozen", "X et Y sont interdits d'entrée et leurs avoirs y sont
# gelés"): the counted parties of an earlier act, named with what it does to them
MEASURE_EFFECT = re.compile(
    r"(?i)\b(?:banned|barred)\s+from\s+(?:entering|travell?ing)\b|\bassets?\s+[^.;]{0,40}?\bfrozen\b|"
    r"\binterdi(?:re|ts?|tes?)\s+(?:[\w'’]+\s+){0,2}?(?:l['’]entrée|d['’]entrée|de\s+séjour)\b|\bavoirs\s+[^.;]{0,30}?\bgelés\b"
)
# one party of a counted group, named on its own ("Kazan Shipping is one of them", "l'une
# d'elles est Alpha")
ONE_OF = re.compile(
    r"(?i)\b(?:(?:is|was)\s+(?:also\s+)?(?:one|among)\s+of\s+(?:them|those|the\s+(?:\w+\s+)?(?:companies|entities|firms|"
    r"individuals|designees))|l['’]une?\s+d['’](?:elles|eux|entre\s+(?:elles|eux))|en\s+(?:fai(?:t|sait|saient)|font)\s+partie|(?:est|figure)\s+(?:parmi\s+(?:elles|eux)|"
    r"l['’]une?\s+d['’](?:elles|eux)))\b"
    # a sentence that opens on the group and names one of it ("Among them is X", "Among
    # them: X", "Parmi ces sociétés figure X", "Parmi elles : X")
    r"|^\s*(?:among\s+(?:them|those|these)\b\s*(?::|(?:is|are|was|were)\b)|parmi\s+(?:elles|eux|celles-ci|ceux-ci|"
    r"ces\s+(?:[\w-]+\s+){0,2}?(?:sociétés|entreprises|entités|groupes|personnes))\s*(?::|,?\s*(?:figur\w*|on\s+(?:re)?trouve|"
    r"il\s+y\s+a)\b))"
)
# counted parties besides the subject ("along with eight other companies", "aux côtés de
# huit autres sociétés", "avec d'autres entreprises")
OTHERS = re.compile(
    r"(?i)\b(?:along\s+with|together\s+with|with|as\s+well\s+as|alongside|avec|aux\s+côtés\s+d['’e]|"
    r"ainsi\s+que|parmi)\s+(?:\w+\s+){0,2}?(?:other|autres)\s+(?:\w+\s+)?"
    r"(?:entities|companies|firms|individuals|entités|sociétés|entreprises|personnes|groupes)\b"
)
# The act's object told as a group of parties left unnamed, one table for both languages:
# the preposition that puts the act on it, the names it is counted among ("the names of",
# « les noms de »), an approximation, a count or an indefinite determiner (any number, "a
# dozen", « une vingtaine de », "several", « des », "additional", « d'autres »; none at all
# right after the act's preposition: "against individuals and entities"), up to three words
# that qualify it (a nationality, a body's name: "four Varsk militia financiers"), any plural
# noun of parties or a people's name in the plural, and a second such group coordinated
# ("12 Zemblans and 4 firms"). Its parties are unnamed: a name inside it or in the words
# that describe it after is no party, unless it is named as one of them (events.py:
# ``_member_after``), and no party told before is meant. (Subsidiaries and units are not
# counted here: "Huawei and 46 affiliates" tells Huawei's own listing.)
_GROUP_PREPOSITION = (
    r"of|on|upon|against|targeting|covering|in|de|du|d['’]|contre|visant|ciblant|sur|dans|"
    r"à\s+l['’](?:encontre|égard|endroit)\s+(?:de\s+|d['’]\s*|des\s+)"
)
_GROUP_COUNT = (
    r"\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|a\s+dozen|a\s+score\s+of|several|"
    r"numerous|multiple|many|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
    r"quarante|cinquante|cent|plusieurs|(?:des\s+)?(?:dizaines|centaines)|de\s+nombreu(?:x|ses)|"
    r"une\s+(?:douzaine|dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)"
)
_GROUP_DETERMINER = (
    r"des|d['’]autres|de\s+nouve(?:aux|lles)|other|additional|further|new|more|some|all\s+(?:the\s+)?|"
    r"tou(?:s|tes)\s+les"
)
_GROUP_APPROX = (
    r"près\s+de|plus\s+de|environ|quelque|au\s+moins|jusqu['’]à|about|nearly|some|more\s+than|over|almost|"
    r"around|roughly|at\s+least|up\s+to"
)
UNNAMED_PARTY_NOUNS = (
    r"people|persons|individuals|entities|companies|firms|businesses|banks|names|officials|executives|members|"
    r"associates|operatives|personnel|leaders|commanders|ministers|lawmakers|generals|officers|judges|nationals|"
    r"citizens|businessmen|oligarchs|tycoons|relatives|allies|cronies|aides|intermediaries|facilitators|"
    r"financiers|traders|suppliers|vessels|"
    r"personnes|individus|entités|sociétés|entreprises|firmes|banques|noms|responsables|dirigeants|officiels|"
    r"cadres|membres|proches|associés|alliés|collaborateurs|ministres|députés|élus|généraux|officiers|juges|"
    r"ressortissants|citoyens|hommes\s+d['’]affaires|oligarques|personnalités|intermédiaires|négociants|"
    r"fournisseurs|navires|"
    # a people's name in the plural ("12 Zemblans", "trois Iraniens")
    r"(?-i:[A-Z][a-zé]+(?:ians|ans|ese|is|iens|ains|ais|ois|ites))"
)
_GROUP_HEAD = (
    r"(?:(?:" + _GROUP_APPROX + r")\s+|(?:près|plus)\s+d['’]\s*)?"
    r"(?:(?:" + _GROUP_COUNT + r")\s+(?!(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"percent|per\s+cent|pour\s+cent|years?|ans|années)\b)"
    r"(?:(?:of|de)\s+|d['’]\s*)?(?:(?:autres|other|more|additional|further)\s+)?"
    r"|(?:" + _GROUP_DETERMINER + r")\s*)"
)
_GROUP_NOUN = (
    # (up to three words that qualify the group: "four Varsk militia financiers"; never a
    # conjunction, a preposition or an article)
    # (nor a determiner that points back to parties told before: "these three firms", « ces
    # trois entreprises », "their associates")
    r"(?:(?!(?:and|et|or|ou|to|à|in|en|the|les|la|le|these|those|this|that|ces|cette|ce|both|its|their|his|her|"
    r"ses|leurs?|son|sa)\s)[\w’'.-]+\s+){0,3}?(?:" + UNNAMED_PARTY_NOUNS + r")\b"
)
# (a definite group is one only when a participle after it restricts it to a kind: "the
# firms held to be run by its navy", « les sociétés soupçonnées de »; "the two
# banks", "the banks that X targets" or « les sociétés X et Y » are parties told or named)
_RESTRICTED_AFTER = (
    r"(?=\s+(?:(?-i:[a-zà-ÿ])[\w-]*(?:ed|ée?s?|és|ies|ites?|uites?)\b(?<!\bneed)|"
    r"tied\b|linked\b|liée?s\b|based\b|basée?s\b|engaged\b|deemed\b|held\b|owned\b|run\b))"
)
_DEFINITE_GROUP = (
    r"(?:the|les)\s+(?!(?:" + _GROUP_COUNT + r")\b)(?:(?-i:[a-zà-ÿ])[\w-]+\s+){0,2}?(?:" + UNNAMED_PARTY_NOUNS + r")\b"
    + _RESTRICTED_AFTER
)
UNNAMED_OBJECT = re.compile(
    r"(?i)\s*(?:(?:on\s+\w+day|last\s+\w+|mi-[a-zéû]+|(?:début|fin)\s+[a-zéû]+|(?:in|en)\s+[a-zéû]+|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)),?\s+)?"
    r"(?:(?:the\s+)?names?\s+of\s+|les\s+noms\s+(?:de\s+|d['’]\s*))?"
    r"(?:(?:(?:" + _GROUP_PREPOSITION + r")\s*)?" + _DEFINITE_GROUP + r"|"
    r"(?:(?:(?:" + _GROUP_PREPOSITION + r")\s*)?" + _GROUP_HEAD + r"|(?:" + _GROUP_PREPOSITION + r")\s*(?=(?-i:[a-zà-ÿ])))"
    + _GROUP_NOUN + r")"
    # (a second group coordinated: "officials and firms", "12 Zemblans and 4 firms")
    r"(?:\s+(?:and|et|or|ou)\s+(?:" + _GROUP_HEAD + r")?" + _GROUP_NOUN + r")?"
)


# (the act's preposition may close its trigger's words: "imposed measures against")
_TRAILING_PREPOSITION = re.compile(r"(?i)(?<![\w'’])(?:" + _GROUP_PREPOSITION + r")\s*$")


def unnamed_object(text: str, start: int, end: int) -> re.Match[str] | None:
    """The group of unnamed parties the act of the trigger at ``start``-``end`` is put on,
    right after it (``UNNAMED_OBJECT``), or None."""
    while 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end -= 1  # (a trigger whose match took the next word's first letter: "visent d|es")
    prep = _TRAILING_PREPOSITION.search(text, start, end)
    return UNNAMED_OBJECT.match(text, prep.start() if prep is not None else end)


# the act's object is a number of parties ("a travel ban will be imposed on seven of
# Russia's wealthiest oligarchs", "sanctions on 11 officials"): counted, not a party told
# before (a day of a month is no count; "the three companies" points back to them)
NUMBER_OBJECT = re.compile(
    r"(?i)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt)\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|percent|per\s+cent|%|pour\s+cent|"
    # (a count of time is how long or how much later, no count of parties: "takes effect 60
    # days later", « prorogé de 90 jours »)
    r"(?:calendar\s+|business\s+)?(?:days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans|années|heures?))\b)"
    r"(?:of\s+|d['’]|de\s+)?[\w’'-]+"
)
# a plural noun of parties or of acts, one table per language
_PARTY_NOUNS_EN = (
    r"companies|firms|entities|banks|lenders|individuals|people|persons|officials|designees|additions|targets|"
    r"designations|listings|names|entries|businesses|organi[sz]ations|parties|oligarchs|tycoons|businessmen|"
    r"businesspeople|executives|vessels|ships|tankers|subsidiaries|affiliates|units|institutions|groups|"
    r"manufacturers|makers|suppliers|traders|producers|removals|delistings|figures|members|leaders|commanders|"
    r"ministers|generals|nationals|citizens|officers|agents|operatives|militants|hackers|diplomats|envoys|politicians|"
    r"lawmakers|judges|relatives|associates|allies|cronies|aides|advis[eo]rs|directors|managers|owners|founders|"
    r"shareholders|brokers|smugglers|traffickers"
)
_PARTY_NOUNS_FR = (
    r"entreprises|sociétés|entités|banques|individus|personnes|responsables|personnalités|désignations|inscriptions|"
    r"radiations|noms|organisations|organismes|oligarques|navires|membres|dirigeants|groupes|filiales|institutions|"
    r"compagnies|firmes|cibles|fabricants|ajouts|hommes\s+d['’]affaires|ressortissants|ministres|généraux|chefs|cadres|"
    r"officiers|militaires|agents|proches|associés|conseillers|juges|députés|sénateurs|diplomates|fonctionnaires|"
    r"magistrats|militants|trafiquants|armateurs|banquiers"
)
PARTY_NOUNS = _PARTY_NOUNS_EN + "|" + _PARTY_NOUNS_FR
COUNTED_PEOPLE = re.compile(
    r"(?i)\b(?:\d+|" + _NUMBER_WORDS + r"|several|plusieurs)\s+(?:(?:\w+|" + _ABBREVIATED + r")\s+)?"
    r"(?:people|persons|individuals|personnes|personnalités|individus|"
    r"responsables|vessels|navires|banks|banques|entities|entités|names|noms)\b"
    # a number of office holders ("three Zemblan generals", "quatre juges", "two deputy
    # ministers"): counted parties the next sentence may name
    r"|\b(?:\d+|" + _NUMBER_WORDS + r")\s+"
    r"(?:[\w-]+\s+){0,3}?(?:ministers|ministres|leaders|dirigeants|commanders|commandants|judges|juges|"
    r"generals|généraux|nationals|ressortissants|officials|executives|cadres)\b"
    # a number of oligarchs, not "several" of them ("sanctions against 7 oligarchs", "sept
    # oligarques"): "en même temps que plusieurs oligarques" tells no group of parties
    r"|\b(?:\d+|" + _NUMBER_WORDS + r")\s+"
    r"(?:\w+\s+)?(?:oligarchs|oligarques|businessmen|tycoons|hommes\s+d['’]affaires)\b"
)
# a number of parties told by any French noun of parties (« quatre organisations », « cinq
# officiers », « deux filiales », « onze militaires »): the count tells a group the next
# sentences may name, whatever the noun (the English nouns are read by the tables above)
COUNTED_PARTIES = re.compile(
    r"(?i)\b(?:(?!(?:19|20)\d\d\b)\d+|" + _NUMBER_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?:" + _PARTY_NOUNS_FR + r")\b"
)
# a sentence that opens on the counted parties of an earlier one ("The affected companies
# are A, B and C", "Les nouveaux ajouts à la liste comprennent A et B"): they may come a few
# sentences after the count; a bare plural is the group too ("Entities on the list include
# A", "Others on the list are A")
GROUP_SUBJECT = re.compile(
    r"(?i)^\W*(?:(?:the|these|those|les|ces)\s+(?:[\w-]+\s+){0,2}?)?(?:companies|entities|firms|individuals|persons|additions|"
    r"designees|others|sociétés|entreprises|entités|personnes|ajouts|noms|autres)\s+(?:[\w'’-]+\s+){0,5}?(?:are|were|include[sd]?|"
    r"sont|étaient|comprennent|incluent)\b"
)
# a sentence that gives the counted parties' names as an identification ("The US mission
# identified the two Southeast Asians as A and B", "Le Trésor a identifié les trois hommes
# comme A, B et C"): it may come a few sentences after the count
IDENTIFIED = re.compile(
    r"(?i)\b(?:identified|named|identifié|nommé)\w*\s+(?:the|these|those|les|ces)\s+(?:\d+\s+|two|three|four|five|"
    r"six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix)?\s*(?:[\w-]+\s+){0,3}?(?:as|comme)\s+(?-i:[A-ZÀ-Ý])"
)
BACK_REF = re.compile(
    r"(?i)\b(?:the|these|those|ces|les)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix)\s+(?:\w+\s+)?(?:entities|companies|firms|individuals|"
    r"entités|sociétés|entreprises|personnes)\b|\b(?:today|aujourd['’]hui)['’]s\s+designations\b"
)


# names that are the sentence's speakers ("..., Kestrel Ltd and Halden Ltd said."): no items
_SOURCES_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|\bet\b)\s*(?:[A-ZÀ-Ý][\w.&'’-]*\s*){1,6})*\s*(?:said|says|say|told|a\s+déclaré|"
    r"ont\s+déclaré|a\s+indiqué|ont\s+indiqué|a\s+affirmé|ont\s+affirmé)\b"
)


# the agent or the source of the measures, told after the items ("..., selon les mesures
# décidées par la ministre, X", "as ordered by Home Secretary X")
_AGENT_BEFORE = re.compile(
    r"(?i)\b(?:annoncée?s?|décidée?s?|prises?|announced|ordered|imposed|decided)\s+par\s+[^,.;]{0,60},?\s*\Z"
    r"|\b(?:annoncée?s?|décidée?s?|prises?|announced|ordered|imposed|decided)\s+by\s+[^,.;]{0,60},?\s*\Z"
    r"|\b(?:selon|d['’]après|according\s+to)\s+(?:[^,.;]{0,60},\s*)?\Z"
)


# an article right before a name: a body's, never a person's ("president of the Iron Riders")
_BODY_ARTICLE = re.compile(r"(?i)\b(?:of\s+the|du|des|de\s+la|de\s+l['’])\s*$")


# the counted group taken up by its number or a share of it, its names in apposition ("The
# three, A, B and C, led ...", "Two of them, A and B, ...", "Both, A and B, ...", « Les
# trois, A, B et C, ... », « Deux d'entre eux, A et B, ... »)
_TAKEN_UP = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze)"
)
COUNTED_APPOSITION = re.compile(
    r"(?i)^\W*(?:the\s+" + _TAKEN_UP + r"|" + _TAKEN_UP + r"\s+of\s+(?:them|those|these)|(?:each|all|both)\s+of\s+them"
    r"|both|les\s+" + _TAKEN_UP + r"|" + _TAKEN_UP + r"\s+d['’](?:entre\s+)?(?:eux|elles)|tous\s+(?:les\s+)?" + _TAKEN_UP
    + r"|chacun(?:e)?\s+d['’](?:entre\s+)?(?:eux|elles))\s*,\s*(?=[\"“«]?(?-i:[A-ZÀ-Ý]))"
)
_APPOSITION_END = re.compile(r",\s+(?-i:[a-zà-ÿ])")


def taken_up_names(sent: Sentence, local: list[Mention]) -> list[Mention] | None:
    """The names a counted group taken up by its number gives in apposition ("The three, A,
    B and C, led ...", "Two of them, A and B, ..."): the mentions between the comma after
    the count and the first comma a lower-case word follows; None when the sentence does
    not open so."""
    m = COUNTED_APPOSITION.match(sent.text)
    if m is None:
        return None
    end = _APPOSITION_END.search(sent.text, m.end())
    stop = end.start() if end else len(sent.text)
    return [x for x in local if m.end() <= x.start - sent.start < stop]


def opening_run(sent: Sentence, local: list[Mention]) -> list[Mention]:
    """The names that open the sentence as its subject, parted only by commas and "and"
    ("A, B and C allegedly ran ..."), when a lower-case word follows the last of them."""
    ordered = sorted((x for x in local if x.entity is not None), key=lambda x: x.start)
    run: list[Mention] = []
    at = 0
    for x in ordered:
        gap = sent.text[at : x.start - sent.start]
        if not (re.fullmatch(r"[\s\"“«]*", gap) if not run else re.fullmatch(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+)", gap)):
            break
        run.append(x)
        at = x.end - sent.start
    if not run or not re.match(r"\s+(?-i:[a-zà-ÿ])", sent.text[at:]):
        return []
    return run


def listed_names(sent: Sentence, local: list[Mention]) -> list[Entity]:
    """The parties a list sentence names, in order (not owners or relatives of others, nor
    its speakers)."""
    from .attribution import office_of, possessed, possessor, titles_a_person

    out: list[Entity] = []
    mine = [m for m in local if m.entity is not None]
    for m in sorted(mine, key=lambda x: x.start):
        if m.entity is None or m.entity in out:
            continue
        if m.entity.person and possessed(sent.text, m.start - sent.start):
            continue
        if all(possessor(sent.text, o.end - sent.start) for o in mine if o.entity is m.entity):
            continue  # "Putin’s key political allies": the allies are listed, not Putin
        if all(_SOURCES_AFTER.match(sent.text, o.end - sent.start) for o in mine if o.entity is m.entity):
            continue
        if all(_AGENT_BEFORE.search(sent.text, 0, o.start - sent.start) for o in mine if o.entity is m.entity):
            continue  # "... selon les mesures annoncées par le ministre, X": who acts, no item
        if not m.entity.person and all(titles_a_person(sent.text, o.end - sent.start) for o in mine if o.entity is m.entity):
            continue  # "Kestrel spokesman X", "Orvex CEO Y": the employer in a person's title
        if any(o.entity is not None and o.entity.person and o.end <= m.start for o in mine if o.entity is not m.entity) and all(
                office_of(sent.text, o.start - sent.start)
                and (not m.entity.person or _BODY_ARTICLE.search(sent.text, 0, o.start - sent.start))
                for o in mine if o.entity is m.entity):
            continue  # "A, former director of the X group, and B": the body A's office is of
        out.append(m.entity)
    return out


_NUMBERS = _NUMBER_VALUES
_BULLET = re.compile(r"\s*(?:[•*\-–]|\d{1,3}[.)]?\s)")


def group_size(sent: str) -> int | None:
    """How many parties a sentence counts ("designated 3 UAE-based companies", "trois
    entreprises"), when it says a number."""
    for rx in (QUANTIFIED, COUNTED_PEOPLE, COUNTED_PARTIES):
        m = rx.search(sent)
        if m:
            word = m.group(0).split()[0].lower()
            return int(word) if word.isdigit() else _NUMBERS.get(word)
    return None


def is_bullet(sent: str) -> bool:
    """A line of a bulleted or numbered list ("• Kazan Shipping Incorporated;")."""
    return bool(_BULLET.match(sent))


def numbered_item(sents: list[Sentence], si: int) -> bool:
    """Sentence ``si`` is the item of a numbered list whose number the sentence splitter
    left on its own ("1." then "Piotr Valenko, a businessman.")."""
    # (or glued to the end of the item before: "A;\n2." then "B;\n3.")
    return si > 0 and bool(re.fullmatch(r"\s*\d{1,3}[.)]\s*", sents[si - 1].text)
                           or re.search(r"\n[ \t]*\d{1,3}[.)]\s*$", sents[si - 1].text))


def bullet_run(sents: list[Sentence], si: int) -> int:
    """How many list lines follow on from sentence ``si`` (itself included)."""
    n = 0
    while si + n < len(sents) and is_bullet(sents[si + n].text):
        n += 1
    return n


# a series of designees introduced by the group they form, whatever word introduces it
# ("The designees include A, B and C", "Among those named are A and B", "Les entités
# visées sont A, B et C", "Parmi les personnes visées figurent A et B", "Ces mesures visent
# A et B"): the names that follow are the parties of the act told in this sentence or the
# one before
_ACT_PART = (
    r"(?:named|targeted|sanctioned|designated|listed|added|blacklisted|delisted|removed|affected|hit|"
    r"visé(?:e|s|es)?|ciblé(?:e|s|es)?|sanctionné(?:e|s|es)?|désigné(?:e|s|es)?|inscrit(?:e|s|es)?|"
    r"ajouté(?:e|s|es)?|radié(?:e|s|es)?|retiré(?:e|s|es)?|concerné(?:e|s|es)?|touché(?:e|s|es)?)"
)
_GROUP_NOUN = (
    r"(?:individuals|entities|companies|firms|persons|people|parties|banks|businesses|organi[sz]ations|"
    r"officials|vessels|names|entries|additions|personnes|entités|sociétés|entreprises|individus|"
    r"organisations|banques|navires|noms|responsables|personnalités|ajouts)"
)
# the act's agent after its participle, a short noun phrase ("visées par cette décision",
# "ciblées par les toutes dernières mesures", "targeted by the new round"), not an
# inquiry's or a court's ("visées par une enquête", "named by prosecutors")
_AGENT = (
    r"(?:by|par)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:investigat\w*|inquir\w*|prosecut\w*|police|polic\w+|courts?|judges?|"
    r"enquêtes?|plaintes?|procédures?|poursuites?|justice|parquet|juges?|tribunal|tribunaux)\b)"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
)
_COUNT_WORD = (
    r"\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|several|"
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs"
)
DESIGNEE_SERIES = re.compile(
    r"(?i)\b(?:"
    # the designees / those named / the sanctioned entities / the entities targeted ...
    r"(?:the|these|those|today['’]s)\s+(?:new(?:ly)?\s+)?(?:designees|targets|additions|designations|listings)"
    r"|(?:those|the\s+ones)\s+" + _ACT_PART +
    r"|(?:the|these|today['’]s)\s+(?:new(?:ly)?\s+)?" + _ACT_PART + r"\s+(?:[\w-]+\s+)?(?:" + _GROUP_NOUN + r"|"
    # any kind of party the act names ("the sanctioned outposts", "the designated tankers"),
    # not things, places or measures
    r"(?!(?:countries|nations|states|cities|regions|territories|goods|products|items|technologies|sectors|"
    r"industries|commodities|exports|imports|weapons|arms|chemicals|measures|sanctions|programs|programmes|"
    r"regimes|activities|transactions|assets|funds|properties|amounts|sums)\b)(?-i:[a-z]{3,}s))" +
    r"|(?:the|these)\s+(?:[\w-]+\s+)?" + _GROUP_NOUN + r"\s+(?:newly\s+)?" + _ACT_PART +
    r"|(?:les|ces|des)\s+(?:nouveaux\s+|nouvelles\s+)?(?:[\w-]+\s+)?" + _GROUP_NOUN + r"\s+(?:[\w-]+\s+)?" + _ACT_PART +
    r"|(?:les|ces)\s+(?:nouvelles\s+)?cibles"
    r")\b\s*(?:\([^()]{0,60}\)\s*|,[^,]{0,40},\s*|(?:also|today|now|on\s+\w+|également|"
    r"notamment|aussi|ce\s+\w+|" + _AGENT + r")\s+)?(?:include[sd]?|including|are|were|comprise[sd]?|consist\s+of|targets?|targeted|name[sd]?|"
    r"sont|étaient|comprennent|incluent|visent|ciblent|frappent|concernent|figurent)\b"
    # (not a passive: "The designations were made pursuant to ...")
    r"(?!\s+(?:made|done|taken|given|being|été|[\w-]+ed|[\w-]+ée?s?)\b)\s*:?"
    # the round itself as subject, with a verb that names ("The new measures also target A and B")
    r"|\b(?:the|these|les|ces)\s+(?:new\s+|nouvelles\s+)?(?:sanctions|measures|round|package|mesures)\s+(?:also\s+|également\s+)?"
    r"(?:include[sd]?|target(?:s|ed)?|name[sd]?|appl(?:y|ies)\s+to|extend(?:s|ed)?\s+to|cover(?:s|ed)?|visent|ciblent|"
    r"frappent|comprennent|incluent|s['’]appliquent\s+(?:à|aux)|s['’]étendent\s+(?:à|aux))\b\s*:?"
    # ... or the action, move, order or notice that did it, its day's ("Today's action targets
    # four firms: A, B, C and D", "The order names A and B", « La décision vise A et B »),
    # the group it counts before a colon left out of the items
    r"|(?:\b(?:the|this|that|today['’]s|(?-i:[A-Z][a-z]+day)['’]s|yesterday['’]s|la|cette|le|ce)\s+)"
    r"(?:new\s+|latest\s+|nouvelle\s+|nouveau\s+|dernière\s+|dernier\s+)?"
    r"(?:action|move|step|order|notice|decision|designations|listings|announcement|tranche|batch|décision|"
    r"arrêté|décret|annonce|vague|paquet)\s+(?:also\s+|également\s+)?"
    r"(?:target(?:s|ed)?|name[sd]?|cover(?:s|ed)?|hit|hits|affect(?:s|ed)|concern(?:s|ed)|include[sd]?|"
    r"vise|visait|cible|ciblait|touche|concerne|comprend)\b"
    r"(?:\s+(?:" + _COUNT_WORD + r")\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:|\s*:)?"
    # the act's participle put first, its parties after a verb of being ("Named in the
    # action were A and B", "Sanctioned alongside him were A and B", "Designated on
    # Tuesday was A"), not a case's parties ("Named as defendants were ...")
    r"|^\W*(?:also\s+)?" + _ACT_PART + r"(?!\s+(?:in|as)\s+(?:the\s+|a\s+)?(?:suit|lawsuit|complaint|case|"
    r"defendants?|plaintiffs?|indictment|charges?|report|article)\b)"
    r"(?:\s+(?:also|too|as\s+well|alongside\s+\w+|along\s+with\s+\w+|(?:in|by)\s+(?:the|this|that|today['’]s)\s+"
    r"(?:action|round|package|move|notice|order|measures)|on\s+\w+|today|yesterday))?\s+(?:is|are|was|were)\b\s*:?"
    # a series that opens on the group ("Among those named are", "Parmi les personnes visées
    # figurent", "Figurent parmi les entités visées")
    r"|\b(?:among|parmi)\s+(?:those|the|les|ces|them|eux|elles)\s+(?:[\w-]+\s+){0,2}?(?:" + _ACT_PART + r"(?:\s+" + _AGENT + r")?|designees)?"
    r"\s*(?:(?:are|were|is|was|figur\w+|on\s+(?:re)?trouve)\b|[:,])\s*"
    r"|^\W*figurent\s+(?:notamment\s+)?(?:parmi\s+(?:les|ces)\s+(?:[\w-]+\s+){0,3}?)?"
)
# the same group set off by a dash, a colon or a bracket before its names, with no verb
# ("The four listed Zemblan trading firms — A, B, C and D — are said to ...", "the two
# banks sanctioned by the Treasury: A and B", "the three designated carriers (A, B and C)",
# « les trois sociétés visées — A, B et C — »): a count and a few words may stand
# between the article and the group, as may the list the act filled after the participle
_COUNT = (
    r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"several|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs)"
)
_PARTY_PLURAL = (
    r"(?:" + _GROUP_NOUN + r"|(?!(?:countries|nations|states|cities|regions|territories|goods|products|items|"
    r"technologies|sectors|industries|commodities|exports|imports|weapons|arms|chemicals|measures|sanctions|"
    r"programs|programmes|regimes|activities|transactions|assets|funds|properties|amounts|sums)\b)(?-i:[a-z]{3,}s))"
)
_FILLED_LIST = (
    r"(?:\s+(?:to|on|onto|from|off|à|sur|de)\s+(?:the|its|their|a|la|sa|leur|une)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:list|register|blacklist|liste)\b)?"
)
APPOSED_SERIES = re.compile(
    r"(?i)\b(?:"
    r"(?:the|these|those|today['’]s)\s+(?:" + _COUNT + r"\s+)?(?:new(?:ly)?\s+)?" + _ACT_PART
    + r"\s+(?:[\w-]+\s+){0,3}?" + _PARTY_PLURAL
    + r"|(?:the|these|those)\s+(?:" + _COUNT + r"\s+)?(?:[\w-]+\s+){0,3}?" + _PARTY_PLURAL + r"\s+(?:newly\s+)?"
    + _ACT_PART + _FILLED_LIST + r"(?:\s+" + _AGENT + r")?"
    + r"|(?:les|ces)\s+(?:" + _COUNT + r"\s+)?(?:nouveaux\s+|nouvelles\s+)?(?:[\w-]+\s+)?" + _GROUP_NOUN
    + r"\s+(?:[\w-]+\s+){0,2}?" + _ACT_PART + _FILLED_LIST + r"(?:\s+" + _AGENT + r")?"
    r")\s*(?P<open>[—–:(]|\s-\s|,\s*(?:including|among\s+them|notably|dont|notamment|parmi\s+lesquel\w+)\s)"
    r"\s*(?=[\"“«]?(?-i:[A-ZÀ-Ý0-9]))"
)
_CLOSER = {"—": "—", "–": "–", "(": ")", "-": " - "}
# a series opened by an inclusion after a comma ends at the first comma a lower-case word
# follows (the group's verb, or an item's description: the items before it are kept)
_COMMA_CLOSE = re.compile(r",\s+(?-i:[a-zà-ÿ])")
# not a designee series: examples, relations, a plan or a past told as background
_NOT_SERIES = re.compile(
    r"(?i)\b(?:could|would|may|might|should|will|plans?|planned|proposed|propose|prévoi\w+|pourrai\w+|"
    r"devrai\w+|envisag\w+|had\s+been|previously|already|avaient\s+été|auparavant|déjà)\b"
)
# a group told as candidates, not as parties of an act: "The firms under possible
# scrutiny are A and B", "Companies likely to face curbs include A", "Potential targets
# are A and B", "Names on the shortlist include A", « Les sociétés susceptibles d'être
# visées sont A et B »: its names are no one's, whatever act was told before
_CANDIDATES = re.compile(
    r"(?i)\b(?:possibl[ey]|potential(?:ly)?|likely|prospective|candidates?|could|might|would|"
    r"under\s+(?:[\w-]+\s+)?(?:scrutiny|consideration|review|study|examination|discussion)|"
    r"being\s+(?:considered|weighed|studied|examined|eyed|reviewed|discussed)|"
    r"(?:considered|proposed|slated|earmarked|eyed|tipped|shortlisted|nominated|proposed)\s+(?:for|as|to)|"
    r"in\s+line\s+for|at\s+risk\s+of|short\s*-?list(?:ed)?|"
    r"susceptibles?|potentiel(?:le)?s?|éventuel(?:le)?s?|pourrai\w+|pourr?aient|envisagé\w*|pressenti\w*|"
    r"à\s+l['’]étude|menacé\w*\s+d['’e])\b|(?-i:\bmay\b)"
)


def candidates_told(text: str, names_at: int) -> bool:
    """The words before the first name of a series (``names_at``) tell its group as
    candidates or a plan, not as the parties of an act."""
    return _CANDIDATES.search(text, 0, names_at) is not None


EXAMPLES = re.compile(r"\b(?:such\s+as|like|tel(?:le)?s?\s+que|comme)\b")
# an item's name after a relation word is not the item ("a subsidiary of X", "based in X",
# "son frère X"): the item's own name opens it, after a title at most ("the Russian bank
# X", "le vice-ministre de l'Industrie X")
_ITEM_LEAD = re.compile(r"(?i)^[\s•*\-–\"“«]*(?:[\w’'-]+(?:\s+|(?<=[’']))){0,8}(?<=\s)?[\"“«]?\s*$")
_RELATION_LEAD = re.compile(
    r"(?i)\b(?:ceo|chief|chairman|chairwoman|head|director|president|owner|founder|shareholder|subsidiary|unit|"
    + KIN + r"|pdg|patron|dirigeant|directeur|président|fondateur|"
    r"propriétaire|actionnaire)\s+(?:of|de|du|des|d['’])[^,;]*$"
    r"|\b(?:of|at|for|in|from)\s+(?:the\s+)?$"
    # (a relative clause describes the item before: "X, qui dirige le groupe Y", "X, who runs Y")
    r"|\b(?:qui|who|which)\b"
    r"|\b(?:based|owned|controlled|subsidiary|unit|parent|his|her|its|their|son|sa|ses|leur|leurs|filiale|"
    r"basée?s?|détenue?s?|contrôlée?s?)\b"
)
# an item told by its tie to the one the act is about, right after a separator ("were his
# son A and his business partner B", « son épouse A et son fils B »): the item itself
_KIN_ITEM = re.compile(
    r"(?i)^\s*(?:his|her|their|son|sa|leur)\s+(?:[\w-]+\s+)?(?:" + KIN + r"|partner|associate|deputy|aide|"
    r"associé|adjoint)\s*$"
)
_SEPARATOR = re.compile(r"(?i)(?:[,;•]|\band\b|\bet\b|\bas\s+well\s+as\b|\bainsi\s+que\b|\bor\b|\bou\b)")


def series_names(sent: Sentence, local: list[Mention]) -> tuple[int, list[Entity]] | None:
    """Where a designee series opens in ``sent`` (an offset in the sentence) and the
    parties it names in order, when a group introduces it; None when there is none.
    Only the items of the series count: a name inside an item's description (its
    parent, its place, its owner) does not, nor one after "such as"."""
    if _NOT_SERIES.search(sent.text):
        return None
    m = DESIGNEE_SERIES.search(sent.text)
    if m is not None:
        return None if candidates_told(sent.text, m.start()) else (m.end(), series_items(sent, local, m.end()))
    a = APPOSED_SERIES.search(sent.text)
    if a is None or candidates_told(sent.text, a.start()):
        return None
    return a.end(), series_items(sent, local, a.end(), _apposed_end(sent.text, a))


def _apposed_end(text: str, m: re.Match[str]) -> int:
    """Where a series set off after its group closes: at the dash or bracket that matches
    the one that opened it (a colon's runs to the end)."""
    mark = m.group("open").strip() or "-"
    if mark.startswith(","):
        c = _COMMA_CLOSE.search(text, m.end())
        return c.start() if c else len(text)
    close = _CLOSER.get(mark)
    if close is None:
        return len(text)
    at = text.find(close, m.end())
    return at if at >= 0 else len(text)


def series_items(sent: Sentence, local: list[Mention], start: int, end: int | None = None) -> list[Entity]:
    """The parties a series that opens at ``start`` in ``sent`` (and closes at ``end``, if
    given) names in order: the items, not a name inside an item's description, nor one
    after "such as"."""
    ex = EXAMPLES.search(sent.text, start)
    stop = ex.start() if ex else len(sent.text)
    if end is not None:
        stop = min(stop, end)
    out: list[Entity] = []
    ordered = sorted(local, key=lambda x: x.start)
    # (a name in an item's relative clause, however far it runs: "A, a hacker who attacked B
    # in 2014 and C in 2017")
    aside = description_names(sent, local, start, relatives_only=True)
    for k, x in enumerate(ordered):
        off = x.start - sent.start
        if x.entity is None or off < start or off >= stop or x.entity in out or x.entity in aside:
            continue
        if re.match(r"['’]s?\b", sent.text[x.end - sent.start :]):
            continue  # an owner told before what it owns ("A's logistics unit B"): no item
        seps = list(_SEPARATOR.finditer(sent.text, start, off))
        lead = sent.text[seps[-1].end() if seps else start : off]
        if not _ITEM_LEAD.match(lead) or (_RELATION_LEAD.search(lead) and not _KIN_ITEM.match(lead)):
            continue
        if _employer_before(sent, ordered, k, lead):
            continue  # "... et du géant minier Orvex, Ivan Sokol": the employer in a title told before the person
        out.append(x.entity)
    return out


def _employer_before(sent: Sentence, ordered: list[Mention], k: int, lead: str) -> bool:
    """The company at ``ordered[k]``, told after a common noun, comes right before ", <a
    person's name>": the employer in that person's title, no item."""
    x = ordered[k]
    nxt = ordered[k + 1] if k + 1 < len(ordered) else None
    return x.entity is not None and not x.entity.person and nxt is not None and nxt.entity is not None \
        and (nxt.entity.person or _PERSON_SHAPE.fullmatch(nxt.entity.name) is not None) \
        and _EMPLOYER_LEAD.search(lead) is not None \
        and re.fullmatch(r"\s*,\s*", sent.text[x.end - sent.start : nxt.start - sent.start]) is not None


_RELATIVE = re.compile(r"(?i)\b(?:qui|who|which|that)\b")
# a body's name that complements a common noun of the item's description through "of the" /
# « de la », « du », « des », « d' » (a person's name right after a title is the item: « du
# directeur de la police A ») (« A, du bataillon de la Brigade X », "A, head of the X militia",
# « B, patron du réseau X »): the description's, no item; a kind told by a bare
# complement (« la station de radio X ») names the item itself
_COMPLEMENT_LEAD = re.compile(
    r"\b(?!(?:de|du|des|of|the|la|le|les)\b)[a-zà-ÿ][a-zà-ÿ'’-]{2,}\s+"
    r"(?:(?:du|des|de\s+la|de\s+l['’]|of\s+the)\s*(?:[a-zà-ÿ][\w'’-]*\s+){0,2}|d['’]|of\s+)$"
)
_INCLUSION_BEFORE = re.compile(r"(?i)\b(?:parmi|among|of|including|dont|d['’]entre|entre|notamment)\s+$")
# what ends a relative clause inside a series: the next item set off by a comma and a
# coordinator, or a semicolon
_ITEM_BREAK = re.compile(r"(?i);|,\s*(?:and|et|as\s+well\s+as|ainsi\s+que|or|ou)\b")
# a relative pronoun that opens no reported clause ("that" may: "confirmed that ..."; « dont »
# may tell the group's members: « cinq banques, dont A et B »)
_RELATIVE_PRONOUN = re.compile(r"(?i)\b(?:qui|who|whom|whose|which|lequel|laquelle|lesquel(?:le)?s)\b")


# a relative clause set off by a comma, closed by the next comma when a name follows it at once
_SET_OFF_RELATIVE = re.compile(r",\s*$")
_CLOSING_COMMA = re.compile(r",\s*(?:(?:the|le|la|les|l['’])\s*)?$")


def _relative_closed(text: str, rel: re.Match[str], off: int, ordered: list[Mention], base: int) -> bool:
    """The relative clause ``rel`` opens, set off by a comma after an item, is closed by
    a comma right before the name at ``off``, and told no name of its own: the name is the
    series' next item ("A, who is a general in the army, B and C", « A, qui dirige l'armée,
    B et C »), not the relative's ("A, whose clients include B, C": B is the relative's,
    so is C)."""
    if not _SET_OFF_RELATIVE.search(text, max(0, rel.start() - 3), rel.start()):
        return False
    if not _CLOSING_COMMA.search(text, rel.end(), off):
        return False
    return not any(rel.end() <= m.start - base < off for m in ordered)


def description_names(sent: Sentence, local: list[Mention], start: int, relatives_only: bool = False) -> list[Entity]:
    """The names a series that opens at ``start`` tells only inside its items' descriptions:
    in a relative clause (« A, qui dirige B », "A, who runs B") or as the employer told
    before a person's name (« du géant minier B, C »). The items' own names, titled or not,
    are not among them. ``relatives_only``: the relative clauses' names only."""
    ordered = sorted(local, key=lambda x: x.start)
    inside: list[Entity] = []
    items: list[Entity] = []
    last_item = start  # where the last item ends
    for k, x in enumerate(ordered):
        off = x.start - sent.start
        if x.entity is None or off < start:
            continue
        seps = list(_SEPARATOR.finditer(sent.text, start, off))
        lead = sent.text[seps[-1].end() if seps else start : off]
        if relatives_only:
            # (a relative clause after an item told before: "A, whose owner is B";
            # "that" may open a reported clause, "confirmed that the men were B"; the clause
            # runs on over a bare "and" to the next item, set off by a comma or a semicolon:
            # "A, a hacker who attacked B in 2014 and C in 2017, and D")
            # (not a pronoun after an inclusion word, which names more members: « les
            # sociétés que détient X, parmi lesquelles A et B », "firms, among which A")
            rel = [r for r in _RELATIVE_PRONOUN.finditer(sent.text, last_item, off)
                   if not _INCLUSION_BEFORE.search(sent.text, max(0, r.start() - 20), r.start())] if items else []
            if rel and not _ITEM_BREAK.search(sent.text, rel[-1].end(), off) \
                    and not _relative_closed(sent.text, rel[-1], off, ordered, sent.start):
                inside.append(x.entity)
            else:
                items.append(x.entity)
                last_item = x.end - sent.start
            continue
        if _RELATIVE.search(lead) or _employer_before(sent, ordered, k, lead) \
                or (not x.entity.person and _COMPLEMENT_LEAD.search(lead)):
            inside.append(x.entity)
        else:
            items.append(x.entity)
    return [e for e in inside if e not in items]


# a common noun right before a company's name ("du géant minier", "of steelmaker"): a
# description, which before ", <a person>" is the person's title
_PERSON_SHAPE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+){1,2}")
_EMPLOYER_LEAD = re.compile(r"(?<![A-ZÀ-Ý])\b[a-zà-ÿ][a-zà-ÿ'’-]{2,}\s+$")


# the group a series names told by the act's own participle ("the sanctioned outposts
# include", "les quatre sociétés visées ce jour sont :"): the act may be
# told a few sentences before; a removal's participle names a removal
_PART_GROUP = re.compile(
    r"(?i)\b(?:the|these|today['’]s|les|ces)\s+(?:new(?:ly)?\s+)?(?:[\w-]+\s+){0,2}?(?P<p>" + _ACT_PART + r")\b"
)
_REMOVAL_PART = re.compile(r"(?i)^(?:delisted|removed|radié(?:e|s|es)?|retiré(?:e|s|es)?)$")
# the group told with a time of its own ("the outposts sanctioned in 2021", "l'an dernier"):
# a past round recalled, not the act told before
_OWN_TIME = re.compile(
    r"(?i)\b(?:in|en|since|depuis)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?"
    r"(?:19|20)\d\d\b|\blast\s+(?:year|month)\b|\bearlier\b|\bl['’]an(?:née)?\s+derni\w+|\bprécédemment\b"
)


def series_act(text: str) -> str | None:
    """The act a designee series' group tells by its own participle ("the sanctioned outposts
    include A, B and C"): "designation" or "removal", or None (another introducer, a past
    round recalled, a plan)."""
    m = DESIGNEE_SERIES.search(text)
    if m is None:
        a = APPOSED_SERIES.search(text)
        if a is None or _NOT_SERIES.search(text) or _OWN_TIME.search(text, 0, a.end()):
            return None
        # (its group is told by the act's participle, wherever it stands in it)
        part = re.search(r"(?i)\b" + _ACT_PART + r"\b", a.group(0))
        return None if part is None else "removal" if _REMOVAL_PART.match(part.group(0)) else "designation"
    if _NOT_SERIES.search(text) or _OWN_TIME.search(text, 0, m.end()):
        return None
    p = _PART_GROUP.search(m.group(0)) or _FRONTED_PART.match(m.group(0))
    if p is None:
        return None
    return "removal" if _REMOVAL_PART.match(p.group("p")) else "designation"


# the act's participle put first ("Named in the action were A and B")
_FRONTED_PART = re.compile(r"(?i)^\W*(?:also\s+)?(?P<p>" + _ACT_PART + r")\b")


def series_intro(text: str) -> bool:
    """A group introduces a designee series in ``text`` (no plan, no past told as
    background)."""
    return (DESIGNEE_SERIES.search(text) is not None or APPOSED_SERIES.search(text) is not None) \
        and _NOT_SERIES.search(text) is None
