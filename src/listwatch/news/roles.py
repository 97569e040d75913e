"""The roles that make a name no party of the act its sentence tells, read by the
name's place in the sentence, whatever the name: who tells the act, the outlet it is
credited to, the era a leader names, and the alias of a party named just before.

- **the speaker**: a person who is the subject of a verb of saying whose clause tells the
  act ("Foreign Minister A has announced the state will freeze ...", « La ministre A a
  annoncé que le pays avait sanctionné ... »), or told after the act with the verb
  ("..., Trade Minister A said on Monday."), a title or a comma before the name, nothing
  between the name and its verb. What the person says about itself keeps the party ("A
  said it would challenge its listing", « A a indiqué qu'il contesterait »): a pronoun
  opening the said clause.
- **the outlet** the report is credited to (``nonparty_names.credited_outlet``, the one
  reader of it).
- **the source** told after what it says or reports, closing the sentence after a comma
  (", A said.", ", A reported.", « ..., A a précisé. »): a person or a body.
- **the era**: a person after "under" / « sous » (a treaty "signed under A", « conclu sous
  A »), the term the act is dated by.
- **the alias**: a name given after "alias", "a.k.a.", "also known as", « alias », « dit »
  right after a party's name is that party (``alias_of``): its events are the first
  name's (``events``).

The verbs of saying are the one table of ``saying``, the words of a title the one table of
``offices``, both languages.
"""

from __future__ import annotations

import re
from typing import TypeVar

from . import offices
from .nonparty_names import OUTLET_NOUNS, credited_outlet
from .saying import verbs

T = TypeVar("T")

# the verbs a speaker tells an act with: the verbs of saying (``saying``, both languages)
_VERBS = verbs(("say", "add"), space=r"[ \t]+")
# the name, then at most a bracket, a relative pronoun (« c'est A qui a annoncé », "A, who
# announced"), auxiliaries and adverbs, then the verb of saying
_SAYS_AFTER = re.compile(
    r"(?i)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:,?[ \t]*(?:who|qui)[ \t]+(?:en[ \t]+)?)?"
    r"(?:(?:has|had|have|also|then|later|again|a|avait|ont|aussi|"
    rf"également|ainsi|alors|encore)[ \t]+){{0,3}}(?:{_VERBS})\b"
)
# what opens the said clause: a time, a place of saying, "that", then maybe a pronoun
# that makes the clause about the speaker
_SAID_OPENS = re.compile(
    r"(?i)(?:[ \t,]+(?:on|last|this|in|at|dans|lors|ce|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"\w+day|(?:a|an|the|un|une|le|la|sa|son|his|her|its)(?=[ \t]+(?:statement|communiqué|interview|entretien|"
    r"press|conférence|news|tweet|message|letter|lettre|speech|discours))|statement|communiqué|interview|"
    r"entretien|press|conférence|conference|news|tweet|message|letter|lettre|speech|discours|de|d['’]|"
    r"presse|release|briefing|that|que|qu['’])\b)*[ \t,]*"
)
_SELF = re.compile(
    r"(?i)(?:it|its|itself|he|his|him|she|her|they|their|il|elle|ils|elles|son|sa|ses|leur|leurs|lui|"
    r"s['’]|se)\b"
)
# (what is said in a case's paper is the case of the one who says it: "A said in a lawsuit")
_IN_A_CASE = re.compile(
    r"(?i)[ \t]+(?:in|dans)[ \t]+(?:a|an|the|their|his|her|its|une?|sa|son|leur|la|le)[ \t]+(?:\w+[ \t]+)?"
    r"(?:lawsuit|complaint|suit|filing|petition|motion|appeal|challenge|claim|plainte|requête|recours|"
    r"assignation|pourvoi|mémoire)s?\b"
)
_PERSON_PRONOUN = re.compile(r"(?i)\b(?:he|his|him|himself|she|her|herself|il|elle|lui)\b")
# what may stand before a speaker: the sentence's opening, a quote or a comma, then its
# title (capitalised words, an article, a title's lower-case words: ``offices``)
_TITLE_WORD = (r"(?:(?-i:[A-ZÀ-Ý][\w'’.-]*)|the|le|la|l['’]|of|for|de|des|du|d['’](?-i:[A-ZÀ-Ý])[\w'’-]*|and|et|"
               r"c['’]est|it[ \t]+was|" + offices.words_re(offices.TITLE, space=r"[ \t]+") + r"|"
               r"[a-zà-ÿ]+(?:ain|aine|ais|aise|ien|ienne|ique|an|ese|ish))")
_SPEAKER_BEFORE = re.compile(
    rf"(?i)(?:^|[,;:«“\"”»][ \t]*)[ \t]*(?:{_TITLE_WORD}[ \t]+){{0,6}}$"
)
_APPOSED_BEFORE = re.compile(r",[ \t]*$")
_APPOSED_AFTER = re.compile(r"[ \t]*,")
_APPOSED_SAYS_THAT = re.compile(r"[^.;,«“\"]{0,40}?\b(?:that|que|qu['’])|[ \t]*[:«“\"]")
# the one who signed the act's paper, after its title ("the order, signed by the Treasury's
# director A, ...", « l'arrêté, signé par le ministre de l'Intérieur, A, gèle ... »)
_SIGNER_BEFORE = re.compile(
    r"(?i)\b(?:signed|countersigned|signée?s?|contresignée?s?)[ \t]+(?:by|par)[ \t]+"
    r"(?:(?:(?:the|le|la|les|l['’])[ \t]*)?(?:[\w'’-]+[ \t]+){0,4}?(?:" + offices.words_re(offices.OFFICES, space=r"[ \t]+")
    + r")\b(?:[ \t]+(?:(?-i:[a-zà-ÿ][\w'’-]*)|(?:of|for|de|du|des|d['’]|aux?|à)[ \t]*(?:(?:the|la|le|l['’])[ \t]*)?"
    r"(?-i:[A-ZÀ-Ý][\w'’-]*))){0,14}[ \t]*,?[ \t]+)?$"
)
# the source told after what it says or reports, closing the sentence or set off by a
# comma, in either order, with when or where it said it: ", X said.", ", X reported on
# Monday.", ", X said in a note to its clients, and ...", « ..., X a précisé. »; or named
# after its verb (", said the spokesman X.", « ..., a annoncé le 3 mai l'agence d'État X. »,
# « ..., a estimé X dans une note. »), told by a title or an outlet's noun (never what the
# verb governs: ", announced sanctions against X", nor « a ajouté X à la liste », the act
# of listing); no clause of its own after ("X said in a statement that it ...")
_SOURCE_BEFORE = re.compile(r"(?:,|[,.!?]?[”\"»])\s*$")
_WHEN = (r"(?:(?:on|this|last|late|early|le|ce|cette|(?-i:[A-Z][a-zé]+day)|"
         r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|journée|semaine|week(?:-|[ \t]+)?end|"
         r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|"
         r"March|April|May|June|July|August|September|October|November|December|\d{1,4}(?:er)?,?)[ \t]+)")
_SOURCE_TAIL = (r"(?:[ \t]+(?:on|in|at|during|last|this|earlier|late|dans|lors|en|ce|cette|"
                r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|\w+day)\b"
                r"(?:[ \t]+(?!(?:that|which|who|it|its|que|qu|qui|il|elle|ils|elles)\b)[\w'’-]+){0,6})?")
_CLOSES = r"[ \t]*(?:[.!]?[\"”»’)]*\s*$|,)"
_CLOSES_SENTENCE = re.compile(
    r"[ \t]*(?:(?:has|had|a|ont|avait)[ \t]+)?(?:" + verbs(("say", "add", "report"), space=r"[ \t]+") + r")"
    + _SOURCE_TAIL + _CLOSES
)
_SOURCE_HEAD = (r"(?:" + offices.words_re(offices.OFFICES, space=r"[ \t]+") + r"|"
                + "|".join(w for ws in OUTLET_NOUNS.values() for w in ws) + r")")
_SOURCE_INVERTED_BEFORE = re.compile(
    r"(?i)[,”»\"][ \t]*(?:(?:a|ont|avait|avaient|has|had)[ \t]+)?(?:" + verbs(("say", "report"), space=r"[ \t]+")
    + r")[ \t]+" + _WHEN + r"{0,6}"
    # (its title or its outlet's noun, with the words that qualify it, none that governs)
    r"(?:(?:(?:the|le|la|les|l['’])[ \t]*)?(?:(?!(?:against|on|of|to|for|by|from|contre|sur|visant|à|au|aux|de|"
    r"du|des|d['’]|par)\b)[\w'’-]+[ \t]+){0,3}?" + _SOURCE_HEAD + r"[ \t]+(?:" + offices.title_slot(4) + r")?)?$"
)
# the outlet's own reporter, told by the possessive of the paper before the noun (« notre
# correspondant à Bruxelles, X », « notre envoyée spéciale X », "our correspondent X")
_OWN_REPORTER_BEFORE = re.compile(
    r"(?i)\b(?:notre|nos|our)[ \t]+(?:correspondante?s?|envoyée?s?[ \t]+spéciale?s?|journalistes?|reporters?|"
    r"correspondents?)(?:[ \t]+(?:à|au|aux|en|in|at)[ \t]+[\w'’ -]{1,30}?)?[ \t]*,?[ \t]*$"
)
_SOURCE_TAIL_CLOSES = re.compile(_SOURCE_TAIL + _CLOSES)
# the place beside the act where a name is told that makes it none of its parties,
# whatever it is (``beside_the_act``); an article, then
# lower-case words that qualify the name (« du dissident russe X »), and another name
# coordinated before it (« contre A et les B », "of the A and the B")
_ARTICLE = r"(?:(?:the|a|an|le|la|les|l['’]|un|une)[ \t]*)?"
_QUALIFIERS = r"(?:(?-i:[a-zà-ÿ][\w'’-]*)[ \t]+){0,4}"
_COORDINATED = r"(?:[^,.;:«»\"“”()]{1,60}?(?:,|\band|\bet|&)[ \t]+" + _ARTICLE + r")?"
# a list or a regime, and what it is named after: "the A blacklist", "the A, B sanctions
# list", "the A Sanctions Committee", « la liste de sanctions contre A et B », « les listes
# de la A », "the blacklist against A"
_LIST_NOUN = (r"(?:black[ \t-]?lists?|lists?|listes?(?:[ \t]+noires?)?|regimes?|régimes?|"
              r"(?:sanctions?[ \t]+)?committees?|comités?(?:[ \t]+des[ \t]+sanctions)?)")
_LIST_BEFORE = re.compile(
    rf"(?i)\b{_LIST_NOUN}(?:[ \t]+(?:de|des|of)?[ \t]*sanctions)?[ \t]+(?:against|targeting|contre|visant|"
    rf"concernant|de[ \t]+la|du|de[ \t]+l['’]|des)[ \t]+{_ARTICLE}{_COORDINATED}$"
)
_LIST_AFTER = re.compile(
    r"(?:[ \t]*(?:,|and|&)[ \t]*(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)*[ \t]+(?i:(?:sanctions?[ \t]+)?"
    r"(?:black[ \t-]?lists?|sanctions[ \t]+lists?|lists?|regimes?|committees?))\b"
)
# whom the authority's work is shared with: its helper or its office ("with the help of the
# A", "the mandates of A and B", "administered by A", « signalé au A », « avec l'appui du A »)
_HELPER_BEFORE = re.compile(
    r"(?i)\b(?:with[ \t]+the[ \t]+(?:help|assistance|support)[ \t]+of|assisted[ \t]+by|mandates?[ \t]+of|"
    r"administered[ \t]+by|implemented[ \t]+by|(?:reported|notified)[ \t]+(?:\w+[ \t]+){0,2}?to|"
    r"avec[ \t]+l['’](?:aide|appui|assistance)[ \t]+(?:de|du|des|d['’])|mandats?[ \t]+(?:de|du|des|d['’])|"
    r"(?:administrée?s?|mise?s?[ \t]+en[ \t]+œuvre)[ \t]+par|(?:signalée?s?|notifiée?s?|déclarée?s?|communiquée?s?)"
    r"[ \t]+(?:\w+[ \t]+){0,3}?(?:au|aux|à[ \t]+la|à[ \t]+l['’]))[ \t]*"
    # (the capitalised words of the longer name the finder cut: "the Review A Unit", « le
    # Groupe de suivi A »)
    + _ARTICLE + _QUALIFIERS + r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*[ \t]+(?:(?:de|du|des|of|for)[ \t]+"
    r"(?:(?-i:[a-zà-ÿ])[\w'’-]*[ \t]+)?)?){0,2}" + _COORDINATED + "$"
)
# the author of the act's text, named in its title ("the A Decision imposes ...", "A Resolution
# 12", « le décret du A »)
_TEXT_AFTER = re.compile(r"[ \t]+(?:Decision|Resolution|Decree|Order|Ordinance|Directive)s?\b")
_TEXT_BEFORE = re.compile(
    r"(?i)\b(?:décision|décret|résolution|arrêté|ordonnance|directive)s?(?:[ \t]+n°[ \t]*[\d/-]+)?[ \t]+"
    r"(?:du|de[ \t]+la|de[ \t]+l['’]|des)[ \t]*$"
)
# an event beside the act whose victim or author the name is ("the attacks on A", "the
# poisoning of the dissident A", « l'empoisonnement du dissident russe A »), or that it names
# ("the A ransomware attack")
_EVENT_NOUN = (r"(?:(?:cyber[ \t-]?)?attacks?|(?:cyber)?attaques?|hacks?|hacking|piratage|poisoning|empoisonnement|"
               r"murder|meurtre|killing|assassination|assassinat|death|mort|décès|arrest|arrestation|detention|"
               r"détention|abduction|kidnapping|enlèvement|invasion|annexation|annexion)")
_EVENT_BEFORE = re.compile(
    rf"(?i)\b{_EVENT_NOUN}[ \t]+(?:on|of|against|targeting|contre|visant|de|du|des|d['’])[ \t]*{_ARTICLE}"
    + _QUALIFIERS + _COORDINATED + "$"
)
_EVENT_AFTER = re.compile(r"(?:[ \t]+(?-i:[a-z][\w-]*)){0,2}[ \t]+(?i:(?:cyber)?attacks?|hacks?|attaques?)\b")
# the rest of an office's title ("the Minister for Foreign Affairs", « la ministre de l'Économie »):
# no name follows it
_OFFICE_BEFORE = re.compile(
    r"(?-i:Minister|Secretary|Ministre|Secrétaire|Commissioner|Commissaire)(?:[ \t-]+General|[ \t-]+[Gg]énérale?)?[ \t]+"
    r"(?:of|for|de|du|des|d['’]|à|aux?)[ \t]*(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’])?(?:(?-i:[A-ZÀ-Ý])[\w'’-]*[ \t]+){0,3}$"
)
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-ZÀ-Ý])")


def beside_the_act(text: str, start: int, end: int, person: bool) -> str | None:
    """The place beside the act where the name at ``text[start:end]`` (a sentence) is told,
    or None: "list" (a list or a regime named after it), "helper" (the authority's helper or
    office), "author" (of the act's text, named in its title), "context" (an event's victim
    or name), "office" (the rest of a title)."""
    before = text[max(0, start - 160) : start]
    if _LIST_BEFORE.search(before) or _LIST_AFTER.match(text, end):
        return "list"
    if _HELPER_BEFORE.search(before):
        return "helper"
    if _TEXT_AFTER.match(text, end) or _TEXT_BEFORE.search(before):
        return "author"
    if _EVENT_BEFORE.search(before) or _EVENT_AFTER.match(text, end):
        return "context"
    if not person and _OFFICE_BEFORE.search(before) and not _NAME_AFTER.match(text, end):
        return "office"
    return None


# an era told by a leader's term
_ERA_BEFORE = re.compile(r"(?i)\b(?:under|sous)[ \t]+(?:(?:the|le|la|l['’]|former|ancien|président|president)[ \t]+)*$")
# the alias cue between two names, one table for both languages
_ALIAS_CUE = re.compile(
    r"(?i)[ \t]*(?:,[ \t]*|\([ \t]*)(?:(?:also|aussi|better|mieux)[ \t]+)?(?:alias|aka|a\.k\.a\.?|known[ \t]+as|"
    r"called|nicknamed|dite?|surnommée?|connue?[ \t]+sous[ \t]+le[ \t]+nom[ \t]+(?:de|d['’]))[ \t]+"
    r"[«“\"‘]?[ \t]*(?:(?:the|le|la|les|l['’])[ \t]*)?$"
)


def speaker(text: str, start: int, end: int) -> bool:
    """The person at ``text[start:end]`` (a sentence) is who tells the act: the subject
    of a verb of saying with a title, a quote or a comma before it, not saying something
    of itself."""
    said = _SAYS_AFTER.match(text, end)
    if said is None and _APPOSED_BEFORE.search(text, max(0, start - 3), start):
        # (the name set off by commas after its title: « la porte-parole du ministère, A, a
        # déclaré que ... », "Its chairman, A, said that ..."; what it says told after it,
        # not a subject after the verb: "A, B, said the ministry" lists B)
        comma = _APPOSED_AFTER.match(text, end)
        said = _SAYS_AFTER.match(text, comma.end()) if comma else None
        if said is not None and not _APPOSED_SAYS_THAT.match(text, said.end()):
            said = None
    if said is None or not _SPEAKER_BEFORE.search(text, 0, start) or _IN_A_CASE.match(text, said.end()):
        return False
    opens = _SAID_OPENS.match(text, said.end())
    at = opens.end() if opens else said.end()
    # (a person's pronoun elsewhere in the sentence may be the speaker's own act: "A said
    # the ministry had frozen his assets", « A a indiqué qu'il avait été radié »)
    return _SELF.match(text, at) is None and _PERSON_PRONOUN.search(text[:start] + " " + text[said.end() :]) is None


def no_party_role(text: str, start: int, end: int, person: bool) -> str | None:
    """The role of the name at ``text[start:end]`` (a sentence) that makes it no party
    of the act told there, or None: "speaker", "outlet", "source", "era", or the place
    beside the act (``beside_the_act``: "list", "helper", "author", "context", "office")."""
    if person and (speaker(text, start, end) or _SIGNER_BEFORE.search(text, max(0, start - 250), start)):
        return "speaker"
    if credited_outlet(text, start, end):
        return "outlet"
    if _SOURCE_BEFORE.search(text, max(0, start - 5), start) and _CLOSES_SENTENCE.match(text, end) \
            or _SOURCE_INVERTED_BEFORE.search(text, max(0, start - 160), start) and _SOURCE_TAIL_CLOSES.match(text, end):
        return "source"
    if person and _ERA_BEFORE.search(text, max(0, start - 40), start):
        return "era"
    if person and _OWN_REPORTER_BEFORE.search(text, max(0, start - 60), start):
        return "source"  # « note notre correspondant à Genève, X », "our correspondent X": who reports
    return beside_the_act(text, start, end, person)


def alias_of(text: str, start: int, ends: dict[int, T]) -> T | None:
    """What ``ends`` holds for the name the name at ``start`` is an alias of (``ends``
    maps the end of each name of the text to it), or None."""
    cue = _ALIAS_CUE.search(text, max(0, start - 50), start)
    if cue is None:
        return None
    return ends.get(cue.start())
