"""Who a sentence that names no party is about: the party an anaphor points back to
("the company", "it", "le constructeur chinois", "celle-ci", "he"), or the article's main
party, as a reader would pick it, and nobody when a reader could not tell."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .enumerations import count_told, people_taken_up, person_shaped
from .names import KIN, Entity, Mention
from .nonparty_names import credited_outlet
from .saying import AUX_FR, verbs
from .sentences import Sentence

__all__ = ["TIED_TO", "anaphor", "anaphora_target", "credited_outlet", "generic_case", "main_entity", "only_quoted", "opening_subject", "rival"]

# (told as already known: a determiner that points back, the noun in lower case, as the
# sentence's words and not a capitalised title's: "the designation", "cette décision", "its
# ban"; never "ban investment", "Executive Order", "du décret ... « Imposing ... »")
_BACKGROUND_NOUN = re.compile(
    r"(?i:\b(?:(?:the|this|that|its|his|her|their|le|la|ce|cet|cette|sa|son|leur)\s+|l['’]\s*))"
    r"(?:[\w-]+\s+)?(?:designation|listing|blacklisting|ban|order|restrictions?|décision|désignation|"
    r"inscription|interdiction|mesure|ruling|décret)\b"
)


def _score(e: Entity, title: str | None, lede: Sequence[Entity] = (),
           quoted: Mapping[int, int] | None = None) -> float:
    told = e.count - (quoted or {}).get(id(e), 0)
    return told + (3.0 if title and any(a in title for a in e.aliases | {e.name}) else 0.0) \
        + (2.0 if any(e is x for x in lede) else 0.0)


def main_entity(entities: list[Entity], title: str | None, lede: Sequence[Entity] = (),
                quoted: Mapping[int, int] | None = None) -> Entity | None:
    """The article's main party, as a reader sees it: named in the headline (``title``)
    and the lede (the first sentence that names a party), and often, not counting the
    times it only speaks (``quoted``: mentions per entity id)."""
    if not entities:
        return None

    def score(e: Entity) -> tuple[float, int]:
        return (_score(e, title, lede, quoted), -(e.spans[0][0] if e.spans else 0))

    best = max(entities, key=score)
    orgs = [e for e in entities if not e.person]
    if best.person and orgs:
        # a person is the article's topic only when named far more than any organisation
        org = max(orgs, key=score)
        if score(best)[0] < 2 * score(org)[0]:
            return org
    return best


def rival(entities: list[Entity], title: str | None, main: Entity | None, lede: Sequence[Entity] = (),
          quoted: Mapping[int, int] | None = None) -> Entity | None:
    """A company of the same standing as the main one (as often named, both in the
    headline or neither: "Aldane Systems and Brivex Optics call off merger"): "the
    company" could be either, so a reader could not tell."""
    if main is None or main.person or main.count < 2:
        return None  # a company named once is named in passing
    top = _score(main, title, lede, quoted)
    return next((e for e in entities if e is not main and not e.person
                 and _score(e, title, lede, quoted) >= top), None)


_OPENING = re.compile(r"^(?:(?:the|le|la|les|l['’])\s*)?(?:[\w'’-]+\.?\s+){0,4}$", re.IGNORECASE)  # "M. Volnev"
_NOT_SUBJECT = re.compile(
    r"(?i)^(?:after|before|like|unlike|for|in|on|at|with|as|since|apart|besides|après|avant|"
    r"comme|pour|selon|dans|avec|chez|contrairement|outre)\b"
)
# a preposition right before the name: "Talks between A and B", "Shares of A"
_PREP_BEFORE = re.compile(
    r"(?i)\b(?:between|of|from|to|by|with|for|about|over|entre|de|du|des|par|avec|pour|sur|chez)\s+$|\bd['’]$"
)
_RELATED_APPOSITION = re.compile(r"(?i),\s+(?:its|their|son|sa|ses|leur)\s+")
_COORDINATED = re.compile(r"(?i)\s*(?:,|,?\s+(?:and|et|&|or|ou))\s+(?:(?:the|le|la|l['’])\s*)?$")


def opening_subject(sent: Sentence, local: list[Mention]) -> Entity | None:
    """The company a sentence opens with, as its grammatical subject (a few words of cue
    at most before it: "Le constructeur automobile GAZ Group, ..."), or None: also when
    the name follows a preposition ("Talks between A and B") or opens a pair of subjects
    ("A and B said"), which "the company" cannot tell apart."""
    ordered = sorted(local, key=lambda m: m.start)
    first = ordered[0]
    prefix = sent.text[: first.start - sent.start]
    if not _OPENING.match(prefix) or _NOT_SUBJECT.match(prefix.strip()) or _PREP_BEFORE.search(prefix):
        return None
    if _RELATED_APPOSITION.match(sent.text, first.end - sent.start):
        return None  # "Brenner Freight, its main customer, said ...": told in relation to the party
    nxt = next((m for m in ordered if m.entity is not first.entity and m.start >= first.end), None)
    if nxt is not None and _COORDINATED.fullmatch(sent.text[first.end - sent.start : nxt.start - sent.start]):
        return None
    return first.entity


# who speaks of the parties: "said X", "according to X", "an analyst at X", "X said", "a
# déclaré X", "selon X", "chez X"
# (the verbs of saying: ``saying``'s table, the French participle after its auxiliary)
_SAID_EN = verbs(langs=("en",))
_SAID_FR = AUX_FR + r"\s+(?:" + verbs(langs=("fr",), tenses=("past",)) + r")"
_QUOTED_BEFORE = re.compile(
    r"(?i)(?:\b(?:" + _SAID_EN + r"|told|according\s+to|analysts?\s+(?:at|with|from)|lawyers?\s+(?:at|with)|"
    + _SAID_FR + r"|selon|d['’]après|analystes?\s+(?:chez|de)|"
    r"avocats?\s+(?:chez|du\s+cabinet))\s+(?:(?:the|le|la|l['’])\s*)?"
    r"(?:(?!(?:it|its|they|he|she|that|had|has|have|was|were|would|will|is|are|il|elle|ils|qu\w*|que|a|avait|"
    r"ont|est)\b)[\w-]+\s+){0,3}?)$"
)
_QUOTED_AFTER = re.compile(r"(?i)^['’]?s?\s+(?:spokes\w+\s+)?(?:" + _SAID_EN + r"|told|" + _SAID_FR + r")\b"
                           r"(?!\s+(?:on\s+\w+\s+)?(?:that|que|qu['’]|it|il|elle))")

# the employer in a person's title: "le fondateur du groupe Alfa", "the founder of Alfa Group"
_EMPLOYER_BEFORE = re.compile(
    r"(?i)\b(?:fondat\w+|founder|président\w*|chairman|chairwoman|owner|propriétaire|CEO|PDG|patron\w*|"
    r"directeur|directrice|head|chief|actionnaire|shareholder)\s+(?:\w+\s+)?(?:(?:du|de|des|of)\s+|d['’])"
    r"(?:(?:the|la|le|l['’])\s*)?(?:(?:groupe|group|company|société|banque|bank|consortium)\s+)?$"
    # ... or a relative named for another: "l'ex-épouse de Mikhail Fridman", "the son of X"
    r"|\b" + KIN + r"\s+(?:(?:du|de|of)\s+|d['’])$"
)


# the verb of a decision right before "in favour of" (fixed-width look-behinds, one a verb)
_NOT_A_DECISION = "".join(rf"(?<!\b{v}\s)" for v in (
    "ruled", "rules", "rule", "ruling", "found", "finds", "decided", "decides", "judged", "held", "holds",
    "sided", "voted", "votes", "tranché", "tranche", "statué", "statue", "jugé", "juge", "prononcé",
    "prononce", "prononcée", "décidé", "décide", "conclu", "conclut", "voté", "vote", "votent"))
# the group the listed are tied to ("35 membres liés au réseau X", "persons affiliated
# with the X group"): no party, and no topic an anaphor points back to
TIED_TO = re.compile(
    r"(?i)(?:\b(?:linked|tied|affiliated|associated|liée?s?|affiliée?s?|associée?s?|"
    r"rattachée?s?|apparentée?s?|belong(?:s|ing|ed)?|appart\w+)\s+(?:with|to|à|au|aux)|"
    # whom the listed serve or are tied to ("for alleged links to X", "on behalf of X",
    # "pour le compte de X"): named as the reason, not as a party
    r"\blinks?\s+(?:with|to)|\bon\s+behalf\s+of|\bacting\s+for|\bfor\s+the\s+benefit\s+of|"
    r"\bau\s+(?:nom|profit)\s+(?:de|d['’]|du|des)|\bpour\s+le\s+compte\s+(?:de|d['’]|du|des)|"
    # ... or whom they favour or stay loyal to ("an election rigged in favour of President X",
    # "officers loyal to X", « un scrutin truqué en faveur du président X », « des généraux
    # fidèles à X »): the patron named to tell who they are, no party; not the side a court
    # or a vote decides for ("ruled in favour of X", « a tranché en faveur de X »)
    r"\b" + _NOT_A_DECISION + r"(?:in\s+favou?r\s+of|en\s+faveur\s+(?:de|d['’]|du|des))|"
    r"\bloyal(?:ists?)?\s+to|\bfidèles?\s+(?:à|au|aux))"
    r"\s*(?:(?:the|le|la|les|l['’])\s*)?"
    r"(?:(?:président|president|premier\s+ministre|prime\s+minister|chef|leader|dirigeant|dictateur|dictator|"
    r"général|general|roi|king)\s+)?"
    r"(?:(?:réseau|groupe|organisation|mouvement|network|group|organi[sz]ation|movement)\s+)?"
    r"(?:(?:terroriste|terrorist|jihadiste|jihadist)\s+)?$"
)

def only_quoted(sent: Sentence, m: Mention, local: list[Mention]) -> bool:
    """The name at ``m`` only speaks of the parties ("said Ilya Sorokin, a lawyer", "an
    analyst at Westbrook Research", "« ... », a déclaré X") or is the employer in a
    person's title ("le fondateur du groupe Alfa") or a relative named for another
    ("l'ex-épouse de Mikhail Fridman"): no party an anaphor of a later
    sentence points back to."""
    a, b = m.start - sent.start, m.end - sent.start
    if _QUOTED_BEFORE.search(sent.text[max(0, a - 45) : a]) or _EMPLOYER_BEFORE.search(sent.text[max(0, a - 45) : a]) \
            or TIED_TO.search(sent.text[max(0, a - 45) : a]) or credited_outlet(sent.text, a, b):
        return True
    return bool(_QUOTED_AFTER.match(sent.text[b:])) and ("\"" in sent.text or "“" in sent.text or "«" in sent.text)


# a person told by a pronoun or a description in the subject place ("He had been placed
# under sanctions", "The businessman was added", "L'homme d'affaires avait été sanctionné")
_PERSON_SUBJECT = re.compile(
    r"(?i)^\W*(?:[^,.;]{1,40},\s+)?(?:he|she|the\s+(?:[\w-]+\s+){0,2}?(?:businessman|businesswoman|tycoon|"
    r"oligarch|billionaire|magnate|entrepreneur|banker|financier|politician|lawmaker)|"
    r"l['’]homme\s+d['’]affaires|la\s+femme\s+d['’]affaires|le\s+milliardaire|la\s+milliardaire|"
    r"l['’]oligarque|le\s+magnat|le\s+banquier|l['’]homme\s+fort)\b"
    r"(?!\s+(?:" + _SAID_EN + r"|added|told|" + _SAID_FR + r"|" + AUX_FR + r"\s+ajouté))"
)
# pronouns and possessives that may stand for a person
_PERSONAL = re.compile(r"(?i)\b(?:his|her|he|she|him|sa|son|ses|il|elle|lui)\b")
_LATTER = re.compile(r"(?i)^\W*(?:[^,.;]{1,40},\s+)?(?:celui-ci|celle-ci)\b")
# "il"/"elle" in the subject place: a person or a company, whichever was named last
_EITHER_SUBJECT = re.compile(r"(?i)^\W*(?:[^,.;]{1,40},\s+)?(?:il|elle)\b")
# a generic explanation: what happens to any company so listed ("Once a company is added
# to the list, its suppliers need a licence", "une entreprise inscrite sur cette liste
# doit demander ..."), about no party of the article
_GENERIC_CASE = re.compile(
    r"(?i)\b(?:once|when|if|whenever|after|until)\s+(?:an?|any)\s+(?:[\w-]+\s+)?(?:company|firm|entity|"
    r"business|supplier|person|individual|bank)\b|\bany\s+(?:company|firm|entity|business)\b|"
    r"\b(?:une|toute)\s+(?:entreprise|société|entité|personne|firme|banque)\s+(?:qui\s+(?:est|a\s+été)\s+)?"
    r"(?:inscrite|ajoutée|sanctionnée|visée|placée|désignée)\b|"
    r"\b(?:dès|une\s+fois)\s+qu['’]une\s+(?:entreprise|société|entité)\b|"
    # the act's object told by what anyone does ("impose sanctions on those who support
    # violence", "sanctionner ceux qui ...", "anyone who threatens the peace")
    r"\b(?:on|against|target(?:ing|s)?|sanction(?:ing|s)?)\s+(?:all\s+)?(?:those|anyone|anybody|whoever|people)\s+(?:who|that|responsible)\b|"
    r"\b(?:contre|visant|sanctionner|cibler)\s+(?:tous\s+)?(?:ceux|celles|quiconque|toute\s+personne)\s*(?:qui|responsables?)?\b|"
    # an act told with "any" or "every" ("a view on any delisting request", « sur toute
    # radiation », « chaque inscription »): acts in general, no one's
    r"\b(?:any|every|each)\s+(?:future\s+|new\s+|such\s+)?(?:de-?listing|listing|removal|designation|"
    r"delisting\s+request|sanctions?\s+designation)s?\b|"
    r"\b(?:toute|tout|chaque)\s+(?:nouvelle\s+|future\s+|éventuelle\s+)?(?:radiation|inscription|désignation|"
    r"retrait|levée|demande\s+de\s+radiation)\b"
)


def generic_case(text: str) -> bool:
    """The sentence explains what befalls any company so listed, not an event."""
    return bool(_GENERIC_CASE.search(text))


def _person_target(sent: Sentence, recent: list[list[Entity]],
                   subject: Entity | None = None) -> tuple[list[Entity], str] | None | bool:
    """The person a pronoun or description in the subject place points back to: the one
    person of the nearest sentence naming people, or, when it names several, the one it
    opens with as its subject (``subject``: a pronoun in the subject's place keeps the
    subject, "A, who was decorated by B in 2014, ... He was sanctioned"); ``None`` when a
    reader could not tell, ``False`` when the sentence has no such subject."""
    named = [r for r in recent if r]
    if _LATTER.match(sent.text):
        # "celui-ci", "celle-ci": the latter, the party the nearest naming sentence names last
        return ([named[-1][-1]], "anaphora") if named else None
    either = _EITHER_SUBJECT.match(sent.text)
    if not _PERSON_SUBJECT.match(sent.text) and not either:
        return False
    if either:
        # "il"/"elle": a person only when the nearest naming sentence names people alone
        if not named or not all(e.person for e in named[-1]):
            return False
    for r in reversed(named[-2:]):
        people = [e for e in r if e.person]
        if not people and not either:
            # "he", "she", "the businessman" take up a person: the one party named as one (a
            # name a verb of the case or the act made the company finder read first, "X
            # has sued the Council. He was ...", is still a person's by its shape)
            people = [e for e in r if person_shaped(e)]
        if len(people) > 1 and r is named[-1] and subject is not None and any(subject is e for e in people):
            return [subject], "anaphora"
        if people:
            return ([people[0]], "anaphora") if len(people) == 1 else None
    return None


# (a French adjective may sit between: "la compagnie aérienne X", "le groupe israélien X")
_NAME_NEXT = re.compile(
    r"\s+(?:[a-zà-ÿ-]+(?:ien|ienne|iens|iennes|ais|aise|ois|oise|ain|aine|ique|iques|al|ale|aux|el|elle|if|ive|"
    r"ère)\s+)?(?:[A-ZÀ-Ý0-9«“\"])"
)


def anaphor(comp: dict[str, Any], text: str) -> re.Match[str] | None:
    """The first anaphor of ``text`` ("the company", "le fabricant", "it") that is not a
    cue before a name ("du groupe Alfa", "the company Huawei": the name is the party)."""
    for m in comp["ana"].finditer(text):
        if not _NAME_NEXT.match(text, m.end()):
            return m
    return None


# an anaphor that owns the party, a person left unnamed ("Sanctions on the company's chief
# executive will also be lifted", "le patron de la société"): the owner is no party
_OWNED_ROLE = re.compile(
    r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}?(?:chief(?:\s+executive)?|CEO|chairman|chairwoman|founder|owner|president|"
    r"director|directors|executives?|officials|managers|boss|head|shareholders?)\b"
)


def owner_anaphor(comp: dict[str, Any], text: str) -> bool:
    """Every anaphor of ``text`` owns an unnamed person ("the company's chief executive")."""
    found = [m for m in comp["ana"].finditer(text) if not _NAME_NEXT.match(text, m.end())]
    return bool(found) and all(_OWNED_ROLE.match(text, m.end()) for m in found)


_COMPANY_NOUN = re.compile(
    r"(?i)compan|firm|entit|group|business|bank|lender|carrier|airline|operator|maker|manufactur|supplier|"
    r"subsidiar|unit|affiliat|vessel|tanker|soci[ée]t|entrepr"
)


def _kind_word(word: str) -> str:
    """A noun of a kind of party in the singular and lower case ("banks" → "bank",
    "Banques" → "banque"), for matching a plural group word against the names it takes up."""
    w = word.lower().strip(".,;:")
    w = w[:-1] if len(w) > 4 and w.endswith(("s", "x")) else w
    return _SAME_KIND.get(w, w)


# the French noun of a kind as the English one a name may carry ("les deux banques" of
# "Norvik Trade Bank"): one table for both languages
_SAME_KIND = {"banque": "bank", "groupe": "group", "compagnie": "company", "société": "company",
              "navire": "vessel", "pétrolier": "tanker", "filiale": "subsidiary", "subsidiarie": "subsidiary",
              "entreprise": "company", "firme": "firm"}


# a count with no noun ("all three", "the two"): it names as many parties as it counts
_BARE_COUNT = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$")
# a plural of people opening the sentence ("Ces personnes", "These persons", "Les deux hommes")
_PEOPLE_SUBJECT = re.compile(
    r"(?i)^\W*(?:ces|les|these|those|the)\s+(?:\w+\s+)?(?:individus|personnes|hommes|femmes|individuals|persons|people|men|women)\b"
)


# a plural pronoun opening its sentence as the subject of a passive ("They had been
# sanctioned in 2022", « Ils avaient été placés sur la liste », « Eux-mêmes ont été
# inscrits »): those who underwent the act, people as well as companies (a pronoun that
# speaks, "they said", may be the speakers and takes up no person)
_PRONOUN_UNDERGOES = re.compile(
    r"(?i)\W*(?:they|ils|elles|eux-mêmes|elles-mêmes)\s+(?:(?:also|too|aussi|également|déjà|already|both|tous\s+deux|"
    r"had|have|were|are|was|ont|avaient|sont|étaient|seront|ont|a|avait)\s+){1,3}(?:been|été)\b"
)


def anaphora_target(
    sent: Sentence, recent: list[list[Entity]], main: Entity | None, comp: dict[str, Any],
    event: str, subject: Entity | None = None, rival: Entity | None = None, dominant: bool = False,
) -> tuple[list[Entity], str] | None:
    """Entities a sentence without names refers to.

    Plural ("these companies", "les trois sociétés"): every entity of the nearest earlier
    sentence that names some. Singular ("the company", "it", "le groupe"): the subject of
    the nearest naming sentence when it opens with a company ("GAZ Group, also controlled
    by ..., was not removed. ... the group"), else the article's main entity when one of
    the last two naming sentences (``recent``) names it, else the nearest one's first. With
    no anaphor, the article's main entity when the sentence is about "the designation"/"the
    ban", or is a deadline or licence, and the nearest naming sentence names it alone (a
    deadline: every party of that sentence when it names the main one).

    A pronoun or description of a person ("he", "the businessman", "l'homme d'affaires")
    points to the one person of the nearest naming sentence. Nobody when a reader could
    not tell: a generic explanation ("once a company is added"), a company of the same
    standing as the main one (``rival``) named as recently.
    """
    if main is None or generic_case(sent.text):
        return None
    group = comp["people"].search(sent.text)
    plural = comp["plural"].search(sent.text)
    if group is not None and (plural is None or group.start() < plural.start()):
        # "Ces responsables avaient été sanctionnés", "levées pour les trois": the people
        # of the nearest enumeration of them told before (news/enumerations.py)
        people = people_taken_up(recent, count_told(group.group(0)))
        return (people, "anaphora") if people else None
    if _PEOPLE_SUBJECT.match(sent.text):
        return None  # "Ces personnes inscrites ne peuvent plus ...": people, never a company told before
    person = _person_target(sent, recent, subject)
    if person is not False:
        return person if isinstance(person, tuple) else None
    if main.person and _PERSONAL.search(sent.text) and any(main in r for r in recent[-2:]):
        # the article is about a person ("une personne, « QF », ... l'annulation de sa
        # désignation"): "sa", "his" point to that person
        return [main], "anaphora"
    plural = comp["plural"].search(sent.text)
    # "Both had been designated", "tous les deux", "all of them", "tous avaient": people and
    # companies alike; "these companies": companies; "they" (often the speakers) never people
    neutral = plural is not None and not _COMPANY_NOUN.search(plural.group(0)) and (bool(
        re.search(r"(?i)\b(?:both|deux|all|each|tous|toutes)\b", plural.group(0)))
        or _PRONOUN_UNDERGOES.match(sent.text) is not None)
    if not (neutral and recent and len(recent[-1]) > 1):
        recent = [[e for e in r if not e.person] for r in recent]
    recent = [r for r in recent if r]
    if subject is not None and subject.person:
        subject = None
    last = recent[-1] if recent else []
    if plural and recent:
        # "the Dalian companies": the recent companies whose names hold the modifier
        mods = [w for w in plural.group(0).split()[1:-1] if w[:1].isupper()]
        named: list[Entity] = []
        for e in (e for r in recent for e in r):
            if mods and all(m in e.name for m in mods) and all(e is not n for n in named):
                named.append(e)
        if len(named) > 1:
            return named, "anaphora"
        # "the two banks that ...", « les deux banques »: as many recent parties as it counts
        # whose names tell that kind ("X Bank", "Banque Y"), when exactly so many
        want = count_told(plural.group(0))
        kind = _kind_word(plural.group(0).split()[-1])
        if want > 1 and kind and not mods:
            of_kind: list[Entity] = []
            for e in (e for r in reversed(recent) for e in r):
                if any(_kind_word(w) == kind for w in e.name.split()) and all(e is not n for n in of_kind):
                    of_kind.append(e)
            if len(of_kind) == want:
                return of_kind, "anaphora"
    if plural and last:
        # "ces trois entreprises": as many companies as it counts, from the nearest
        # naming sentences back ("... Rusal et En+ ... ainsi que EuroSibEnergo")
        want = count_told(plural.group(0))
        if want > 1 and len(last) > want:
            return None  # "Both companies" after three named: a reader cannot tell which two
        group = list(last)
        for earlier in reversed(recent[:-1]):
            if len(group) >= want:
                break
            group = [e for e in earlier if e not in group] + group
        if want > 1 and len(group) < want and _BARE_COUNT.search(plural.group(0)):
            return None  # "all five" after four names: a count alone must find them all
        return group[-want:] if want > 1 and len(group) >= want else list(last), "anaphora"
    recent = recent[-2:]
    if main.person and not recent:
        return None  # "the company", "it" never point to a person
    if anaphor(comp, sent.text):
        # the article's topic when it was named in the last two naming sentences
        # ("Luokung was added ... Xiaomi, designated the same day, ... The company sued")
        ana = anaphor(comp, sent.text)
        head = ana.group(0).split()[-1].lower() if ana is not None and " " in ana.group(0) else ""
        named_so = [e for r in reversed(recent) for e in r if head and len(head) > 3
                    and head in (w.lower() for w in e.name.split())]
        if named_so and all(e is named_so[0] for e in named_so):
            return [named_so[0]], "anaphora"  # "the bank" after "Nevka Bank", "the group" after "GAZ Group"
        # a pronoun ("it", "lui") is the last subject; a description ("the company") may go
        # back to the party the article heads with, past a subject told in passing
        back_to_main = bool(head) and dominant and subject is not main and any(main in r for r in recent)
        if subject is not None and not back_to_main:
            return [subject], "anaphora"
        if rival is not None and (not recent or any(rival in r for r in recent)):
            return None  # "Talks between A and B collapsed ... The company was added"
        if any(main in r for r in recent) and not main.person:
            return [main], "anaphora"
        if not last and main.spans and min(a for a, _b in main.spans) >= sent.end:
            # "The Treasury designated three firms on Tuesday. The company had been
            # sanctioned in 2019. The firms are A, B and C": nothing named before the
            # anaphor, and a name told only after it is no antecedent
            return None
        return [last[0] if last else main], "anaphora"
    # no anaphor: the article's main party only when the nearest naming sentence names
    # it alone ("Xiaomi sued. ... The designation was halted"); after a sentence naming
    # several parties, "the designation" or a deadline may be any one's
    if last and all(e is main for e in last) and (
            event in ("deadline", "license") or _BACKGROUND_NOUN.search(sent.text) or _names_word_of(main, sent.text)):
        return [main], "article"
    if event == "deadline" and main in last:
        # "... dont Huawei et Hikvision. Les investisseurs devront céder leurs titres au
        # plus tard le 3 juin 2022": a deadline binds the whole group just named
        return list(last), "article"
    return None


def _names_word_of(e: Entity, text: str) -> bool:
    """The sentence writes the entity by the last word of its name alone ("The Uzbek-born
    Vorkov" for Pavel Vorkov), a short form the name finder did not take as the name (a
    sentence naming it in full had it read there, and set aside there)."""
    words = re.sub(r"\([^)]*\)", " ", e.name).split()
    last = words[-1] if len(words) > 1 else ""
    return len(last) > 3 and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text) is not None \
        and not any(a in text for a in e.aliases | {e.name} if " " in a)


# a time told before the subject with no comma ("In 2019 it had sanctioned ...", "Last year
# they added ...", « En 2019 il avait inscrit ... », « L'an dernier elle avait ajouté »)
_FRONTED_TIME = (
    r"(?:(?:in|en|since|depuis|by|dès)\s+(?:(?:early|late|mid|début|fin|mi)[-\s]+)?(?:\w+\s+)?(?:19|20)\d\d|"
    r"(?:last|earlier\s+this|that|the\s+previous|the\s+same)\s+(?:year|month|week)|earlier|previously|"
    r"l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|précédente)|auparavant|plus\s+tôt|"
    r"(?:en|in)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?)\s+"
)
# a pronoun that acts ("Elle a également mis sur liste noire huit avions", "It added two
# firms"): the authority, never the party; and one that speaks of others ("Il a aussi dit
# que les Etats-Unis souhaitaient ...", "She said the department had sanctioned ...")
_ACTING_PRONOUN = re.compile(
    r"(?i)^\W*(?:[^,.;]{1,40},\s+|" + _FRONTED_TIME + r")?(?:il|elle|ils|elles|it|they|he|she)\s+"
    r"(?:(?:a|ont|avait|avaient|has|have|had|also|aussi|également|then|later|encore|déjà|already|"
    r"further|additionally|ensuite)\s+)*$"
)
# (a pronoun that undergoes the act: "She came under EU sanctions", "He had his assets
# frozen", "Il a fait l'objet de sanctions")
_PASSIVE_START = re.compile(r"(?i)(?:été|been|was|were|is|are|être|be|c(?:ame|omes)\s+under|had\s+(?:its|his|her|their)\b|fait\s+l['’]objet)\b")
_SPEAKING_PRONOUN = re.compile(
    r"(?i)^\W*(?:il|elle|he|she|they|ils|elles)\s+(?:(?:a|avait|has|had|also|aussi|également|then|later|"
    r"encore|further)\s+)*(?:" + verbs(("say", "add")) + r"|told\s+\w+)\b[^.;]{0,40}?\b(?:que|qu['’]|that)\s+"
    r"(?!(?:il|elle|ils|elles|it|he|she|they|the\s+(?:company|firm|group|bank)|la\s+société|"
    r"l['’]entreprise|le\s+groupe|la\s+banque|sa|son|ses|his|her|its|their)\b)"
)


def pronoun_acts(text: str, start: int, event: str) -> bool:
    """The trigger at ``start`` (an action on a party: listing, removal, licence) has a
    pronoun for its active subject, or the sentence is a pronoun reporting what others
    did: the pronoun is who acts or speaks, no party an anaphor points back to."""
    if event not in ("designation", "removal", "amendment", "license"):
        return False
    if _SPEAKING_PRONOUN.match(text):
        return True
    return bool(_ACTING_PRONOUN.match(text[:start])) and not _PASSIVE_START.match(text, start)

