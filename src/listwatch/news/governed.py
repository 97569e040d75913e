"""Names that a noun of the sentence governs rather than the listing act: they tell whose
tie, whose post or which victims a phrase is about, and the party of such a phrase is its
head (the daughters, the governor, the judges), or no one when the head is unnamed.

- The people another act was done to: a noun of an act on people (a conviction, an
  execution, an arrest, a detention, a trial) with "of" or "against", then the people it
  was done to, often a run of names with their kind ("journalists A, B and C, and the
  lawyer D"). Every name of that run is the act's object, not the listing's, and so is a
  name in the relative clause hung on it ("..., who wrote about the X Forces").
- The one a plural tie is of, with a second person coordinated by a possessive ("the
  sons of President A and his deputy B"): both are whose sons are meant. (A singular tie,
  "the wife of A", is ``attribution._RELATION_BEFORE``'s.)
- A place told with its kind as a possessor ("the X region's governor"): whose governor
  is meant.
- The body of a role named again with an article ("the founder of the ruling party, the
  X"): a person's name takes none ("the founder of the party, A" names the founder).
- The second body of a person's role ("spokesman of the X and of the Y", "porte-parole du
  X et de l'Y"): the body the role is held in, as the first one is.
- The place unnamed people come from, told with its kind ("a judge from the X
  province"): where they work, no party.
- The complement of a description told in apposition after a name, whatever noun heads
  it ("A, coordinator of the X Alliance,", "the Y Brigade, a faction of the X Cartel,",
  "A, adviser to X", « A, gestionnaire de X », « A, « proche associé » de X »): the body
  or the person the description of the name before is of; so too the description told
  before the name it describes ("the treasurer of the X Cartel, A,"). A French « de »
  without an article before a lower-case word makes a kind of the head ("la compagnie
  d'assurances X" names X as the company), and a person told after a title and its
  domain holds the title (« A, le ministre des Affaires étrangères B »); a listing word
  over the description, a companion's cue ("A, along with X", "A, in addition to X"),
  an unnamed part ("A, the missile division of X": X's own), an opening adverb, a list
  going on after a participle, or an act told of the name itself after it (", which was
  also sanctioned") keep its party.
- A lawyer told by the role they held in the case ("A, who pleaded for her, served as counsel"), and a chamber
  of a court ("the Grand Chamber"): who pleaded or judged, not who was listed.

Near misses keep their party: a name that is itself the listing verb's object ("sanctioned
the judge A for the conviction of B": A), a noun of the listing itself ("the designation
of A", "sanctions against A"), a court word with no kind of people before the name ("the
trial of A" may be A's own case), a singular tie coordinated with another object ("the
wife of A and his company B": B is listed), and a chamber of commerce."""

from __future__ import annotations

import re

from listwatch.text import name_key

from .lang import calendar_words
from .names import KIN_PLURAL
from .place_context import PLACE_NOUNS_EN
from .triggers import find_triggers

# an act done to people (the court's words need a kind of people before the name: "the
# trial of X" may be X's own case)
_ACT_ON_PEOPLE = (
    r"(?:convictions?|executions?|killings?|murders?|assassinations?|arrests?|detentions?|imprisonment|jailing|"
    r"torture|persecution|sentencing|abductions?|kidnappings?|disappearances?|deaths?|poisoning|mistreatment|"
    r"ill-treatment|condamnations?|exécutions?|meurtres?|assassinats?|arrestations?|détentions?|emprisonnements?|"
    r"incarcérations?|tortures?|persécutions?|enlèvements?|disparitions?|mort|décès|empoisonnements?)"
)
_COURT_ACT = r"(?:trials?|prosecutions?|procès|poursuites)"
_LINK = r"(?:of|against|de|du|des|d['’]|contre)"
# kinds of people an act is done to ("activists", "the opposition journalist", "manifestants")
_PEOPLE = (
    r"(?:activists?|journalists?|bloggers?|protest[eo]rs?|demonstrators?|dissidents?|opponents?|critics?|"
    r"lawyers?|defenders?|politicians?|students?|prisoners?|detainees?|civilians?|citizens?|nationals?|"
    r"residents?|wom[ae]n|m[ae]n|children|child|minors?|teenagers?|youths?|artists?|writers?|poets?|"
    r"rappers?|singers?|musicians?|clerics?|priests?|believers?|reporters?|photographers?|researchers?|"
    r"scholars?|academics?|doctors?|workers?|soldiers?|hostages?|figures?|members?|leaders?|"
    r"militante?s?|journalistes?|blogueu(?:r|se)s?|manifestante?s?|dissidente?s?|opposante?s?|critiques?|"
    r"avocate?s?|défenseu(?:r|se)s?|étudiante?s?|prisonni(?:er|ère)s?|détenue?s?|civils?|citoyen(?:ne)?s?|"
    r"ressortissante?s?|habitante?s?|femmes?|hommes?|enfants?|mineure?s?|artistes?|écrivain(?:e)?s?|"
    r"poètes?|rappeu(?:r|se)s?|chanteu(?:r|se)s?|musicien(?:ne)?s?|religieu(?:x|se)s?|prêtres?|"
    r"photographes?|chercheu(?:r|se)s?|universitaires?|médecins?|travailleu(?:r|se)s?|soldats?|otages?|"
    r"personnalités?|membres?|dirigeante?s?)"
)
_ARTICLE = r"(?:(?:the|le|la|les|l['’]|des|de|d['’]|a|an|un|une)\s*)"
# up to two lower-case words describing the people ("opposition", "anti-war", "human rights")
_DESCRIBER = (
    r"(?:(?!(?:who|whom|whose|which|that|qui|que|dont|où|and|et|or|ou|for|pour|in|en|on|sur|by|par|"
    r"with|avec|after|après|before|avant|was|were|is|are|a|ont|est|sont|été)\b)(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,2}"
)
# a run of names, with the glue of an enumeration and the kind of the next ones ("A, B and
# C, as well as bloggers D and E"); a lower-case word other than these ends the run
_NAME_WORD = r"(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|bin|ibn|bint|al-[\w'’-]+|van|von|de|da|di|del|der)"
_CONJ = r"(?:and|et|as\s+well\s+as|ainsi\s+que|along\s+with|together\s+with|de\s+même\s+que)"
_GLUE = (
    r"(?:\s*,\s*(?:" + _CONJ + r"\s+)?|\s+" + _CONJ + r"\s+)"
    r"(?:" + _ARTICLE + r"?" + _DESCRIBER + _PEOPLE + r"\s+)?"
)
_RUN = r"(?:" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*" + _GLUE + r")*"
_VICTIMS_HEAD = (
    r"(?i)\b(?:" + _ACT_ON_PEOPLE + r"\s+" + _LINK + r"\s*" + _ARTICLE + r"?(?:" + _DESCRIBER + _PEOPLE
    + r"\s+|(?P<bare>))|" + _COURT_ACT + r"\s+" + _LINK + r"\s*" + _ARTICLE + r"?" + _DESCRIBER + _PEOPLE
    + r"\s+)" + _RUN
)
_VICTIMS = re.compile(_VICTIMS_HEAD + r"$")
# ... and a name inside the relative clause hung on the run ("the arrest of bloggers A and
# B, who wrote about the X Forces"): the victims' story, no party either
_VICTIMS_CLAUSE = re.compile(
    _VICTIMS_HEAD + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*,\s+(?:who|whom|whose|qui|dont)\b[^.;:()«»“”\"]*$"
)
_PRONOUN_AFTER = re.compile(r"(?i)\b(?:him|her|them|he|she|they|il|elle|ils|elles|lui|leur)\b")
# a person's kind named right before it tells a run of people, not an organisation
_PEOPLE_BEFORE = re.compile(r"(?i)\b" + _PEOPLE + r"\s+" + _RUN + r"$")

# a plural tie, then its persons with their titles, coordinated by a possessive ("the
# daughters of President A and his Foreign Minister B")
_PLURAL_TIE = re.compile(
    r"(?i)\b" + KIN_PLURAL + r"\s+(?:of|de|du|des|d['’])\s*(?:(?:the|le|la|les|l['’])\s*)?"
    r"(?:(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|and|et|his|her|their|son|sa|ses|leurs?)\s+){0,12}$"
)

# a place told with its kind as the possessor of a post or of people ("the X region's
# governor", "Y city's police chief"): whose governor is meant (an organisation's own
# possessive, "X's lawyers filed", "X's designation", may tell its own case and is left
# to attribution's possessor rule)
_PLACE_POSSESSOR = re.compile(rf"(?i)\s+{PLACE_NOUNS_EN}['’]s?\s+")
# the second body of a person's role ("porte-parole du X et de l'Y", "leader of the X and
# of the Y")
_SECOND_BODY = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|porte-parole|founders?|co-founders?|fondat(?:eur|rice)s?|leaders?|"
    r"dirigeante?s?|chefs?|heads?|chiefs?|commanders?|commandants?|présidente?s?|chairman|chairwoman|"
    r"secretary-general|secrétaire\s+général)\s+(?:of|de|du|des|d['’])\s*(?:(?:the|le|la|l['’])\s*)?"
    r"(?:(?-i:[A-ZÀ-Ý0-9])[\w'’.-]*\s*){1,5}(?:and|et)\s+(?:of\s+the|of|de\s+la|de\s+l['’]|du|des|d['’])\s*"
    r"(?:the\s+)?$"
)
# the body of a person's role named again in apposition, with an article ("the founder of
# the ruling party, the X"; a person's name takes none: "the founder of the party, A" names
# the founder)
_BODY_OF_ROLE = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|porte-parole|founders?|co-founders?|fondat(?:eur|rice)s?|leaders?|"
    r"dirigeante?s?|chefs?|heads?|chiefs?|présidente?s?|presidents?|chairman|chairwoman|secretary-general)"
    r"(?:\s+(?-i:[a-zà-ÿ])[\w'’-]*){0,4}?\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|l['’])\s*)?"
    r"(?:(?-i:[a-zà-ÿ])[\w'’-]*\s*){1,4},\s+(?:the|le|la|l['’])\s*$"
)
# the place unnamed people come from, told with its kind ("a judge from the X province")
_FROM_BEFORE = re.compile(r"(?i)\b(?:from|of|in)\s+(?:the\s+)?$")
_PLACE_KIND_AFTER = re.compile(rf"(?i)\s+{PLACE_NOUNS_EN}\b(?!['’])")
# a lawyer told by the role held in a case, and a chamber of a court
_COUNSEL_ROLE_AFTER = re.compile(
    r"(?i)\s+(?:has\s+|had\s+)?(?:acted|acts|acting|appeared|appears|served|serves)\s+as\s+"
    r"(?:(?:the|a|an|junior|senior|lead|leading|co-?)\s+)*(?:counsel|advocate|barrister|solicitor|attorney)\b"
)
_CHAMBER = re.compile(
    r"(?i)(?:the\s+)?(?:grand|full|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|appeals?)\s+"
    r"chamber|(?:la\s+)?(?:grande|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|"
    r"neuvième|dixième)\s+chambre"
)

# a description set off by a comma after a name, its head any lower-case noun (a quoted one
# too), then a preposition and the complement that reaches the name: in English any
# words, in French after an article, a contracted one or at once a capital
_NO_HEAD = (
    r"(?:and|et|or|ou|nor|ni|but|mais|who|whom|whose|which|that|qui|que|dont|où|as|comme|with|avec|plus|"
    r"along|alongside|together|ainsi|including|notamment|among|parmi|then|puis|in|on|at|by|par|from|to|for|of|"
    r"de|du|des|à|au|aux|en|sur|said|says|told|was|were|is|are|has|have|had|a|est|sont|ont|such|like|unlike|"
    r"according|selon|alias|aka|namely|notably|respectively|both|each|all|tous|toutes|y|compris|outre|besides|"
    # (a pronoun opens a clause of its own: « Pour X, la situation rappelle celle de Y »)
    r"it|he|she|they|we|this|these|those|il|elle|ils|elles|on|nous|ce|cela|celle|celui|ceux|celles|"
    r"the|an|le|la|les|l['’]\w*|un|une|its|his|her|their|son|sa|ses|leurs?|"
    # (an unnamed part of a body told in a list is the body's own: "A, the missile division of Y")
    r"divisions?|units?|branch(?:es)?|arms?|subsidiar(?:y|ies)|affiliates?|filiales?|branches?|unités?|"
    r"succursales?|départements?)"
)
_HEAD_WORD = r"(?!" + _NO_HEAD + r"\b)(?-i:[a-zà-ÿ])[\w'’-]*"
_COMP_WORD = (
    r"(?:(?!(?:and|et|or|ou|but|mais|who|whom|whose|which|that|qui|que|dont|où|as|comme|with|avec|said|says|"
    r"was|were|is|are|has|have|had|a|est|sont|ont|including|notamment|then|puis)\b)[\w'’.&+-]+\s+"
    r"|(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?)"
)
_APPOSED_COMPLEMENT = re.compile(
    r"(?P<prev>(?-i:[A-ZÀ-Ý0-9])[\w'’.&+-]*)(?:\s+(?-i:[a-zà-ÿ])[\w-]*)?(?:\s*\([^()]{1,40}\))?[»”\"]?,\s+(?P<desc>[«“\"]?\s*"
    r"(?:(?:the|an?|its|his|her|their|le|la|une?|son|sa|leur)\s+|l['’]\s*)?(?:" + _HEAD_WORD + r"\s+){0,2}"
    + _HEAD_WORD + r"\s*[»”\"]?\s+"
    r"(?:(?:of|for|to|with|within|in|at)\s+(?:(?:the|its|his|her|their|an?)\s+)?" + _COMP_WORD + r"{0,8}"
    r"|(?:(?:du|des|au|aux)\s+|(?:de|à)\s+(?:la\s+|l['’]\s*|les\s+)|auprès\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*))"
    + _COMP_WORD + r"{0,8}"
    r"|(?:de|d['’]|à|auprès\s+d(?:e|['’]))\s*))$",  # (the name comes at once)
    re.IGNORECASE,
)
# ... and the same description told before the name of the one it describes, set off by
# commas ("the coordinator of the X Alliance, A, was", « la trésorière de l'Alliance X, A, »)
_DESCRIPTION_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<desc>(?:(?:the|an?|its|his|her|their|le|la|une?|son|sa|leur)\s+|l['’]\s*)?(?:"
    + _HEAD_WORD + r"\s+){0,2}" + _HEAD_WORD + r"\s+"
    r"(?:(?:of|for|to|with|within|in|at)\s+(?:(?:the|its|his|her|their|an?)\s+)?" + _COMP_WORD + r"{0,8}"
    r"|(?:(?:du|des|au|aux)\s+|(?:de|à)\s+(?:la\s+|l['’]\s*|les\s+)|auprès\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*))"
    + _COMP_WORD + r"{0,8}"
    r"|(?:de|d['’]|à|auprès\s+d(?:e|['’]))\s*))$",
    re.IGNORECASE,
)
_DESCRIBED_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*\s+){1,3}(?-i:[A-ZÀ-Ý])[\w'’.-]*\s*"
    # (not a list going on: "the assets belonging to the banks X, Y, Z")
    r"(?:,(?!\s*(?-i:[A-ZÀ-Ý]))|[.;]|$)"
)

# the complement reaches the name at once: a preposition or an article right before it
_ENDS_ON_LINK = re.compile(
    r"(?i)(?:\b(?:of|for|to|with|within|in|at|de|du|des|au|aux|à|the|la|le|les|its|his|her|their|an?)\s+"
    r"|\b[ld]['’]\s*)$"
)
# the name told with an act of its own right after it (", which was also sanctioned")
_OWN_CLAUSE_AFTER = re.compile(
    r"(?i)\s*(?:\([^()]*\)\s*)?,?\s*(?:which|who|that|qui|lequel|laquelle|lesquels|lesquelles)\b"
)


def apposed_complement(text: str, start: int, end: int, person: bool) -> bool:
    """The name at ``text[start:end]`` (a sentence) is the complement of a description told
    in apposition after another name ("A, coordinator of the X Alliance", « A, gestionnaire
    de X »): whose body or whose tie the description tells, not a party."""
    m = _APPOSED_COMPLEMENT.search(text, max(0, start - 160), start)
    if m is not None and (name_key(m["prev"]) in calendar_words() or not text[: m.start("prev")].strip(" \t\n\"'«“‘")):
        m = None  # "On Friday, the head of X", "Par ailleurs, l'appel de X": no name before
    if m is None and _DESCRIBED_AFTER.match(text, end):
        m = _DESCRIPTION_BEFORE.search(text, max(0, start - 120), start)
        if m is not None and re.match(r"(?i)(?:\S+\s+){0,3}?\w+(?:ing|ant)\s", m["desc"]):
            m = None  # a participle's object ("belonging to the banks X, Y"): the act's parties
    if m is None or _OWN_CLAUSE_AFTER.match(text, end):
        return False
    desc = m["desc"]
    if re.match(r"(?i)[«“\"\s]*(?:\S+\s+)?\w{3,}ing\s", desc):
        return False  # "GL 3, allowing trades with X": a participle's clause, no description
    if any(t.end > m.start("desc") and t.start < start for lang in ("en", "fr") for t in find_triggers(text, lang)):
        return False  # "froze the assets of X, A's firm": the act's own object
    if not _ENDS_ON_LINK.search(desc) and (person or re.search(r"(?-i:[A-ZÀ-Ý])[\w'’.&+-]*\s+$", desc)):
        # "A, le ministre de l'Intérieur B", "A, the head of the border police B": a person
        # named after a title and its domain holds that title (a body may come after its
        # kind: "A, head of the state oil firm X", « A, patron du géant pétrolier X »)
        return False
    return True


def victims(text: str, start: int, person: bool) -> bool:
    """The name at ``text[start:]`` (a sentence) is among the people another act was done
    to ("jailed after the sentencing of two reporters, A and B"). Without a kind of people
    before the run, the name must be a person's (an act on people is never a company's).
    A person pronoun after it may take the victim up as the listing's object ("after the
    arrest of A, the Treasury designated him"): then the name stays."""
    if _PRONOUN_AFTER.search(text, start):
        return False
    if _VICTIMS_CLAUSE.search(text, max(0, start - 400), start):
        return True
    m = _VICTIMS.search(text, max(0, start - 240), start)
    if m is None:
        return False
    return person or m.group("bare") is None or _PEOPLE_BEFORE.search(text, m.start(), start) is not None


def governed(text: str, start: int, end: int, name: str, person: bool) -> bool:
    """The name at ``text[start:end]`` (a sentence) is governed by a noun that is not the
    listing act: a victim of another act, whose tie or post is meant, the second body of a
    role, where unnamed people come from, a lawyer by their role, a court's chamber."""
    if victims(text, start, person):
        return True
    if _PLURAL_TIE.search(text, max(0, start - 160), start):
        return True
    if _PLACE_POSSESSOR.match(text, end) or _SECOND_BODY.search(text, max(0, start - 120), start):
        return True
    if _BODY_OF_ROLE.search(text, max(0, start - 120), start):
        return True
    if apposed_complement(text, start, end, person):
        return True
    if not person and _FROM_BEFORE.search(text, max(0, start - 10), start) and _PLACE_KIND_AFTER.match(text, end):
        return True
    if person and _COUNSEL_ROLE_AFTER.match(text, end):
        return True
    return _CHAMBER.fullmatch(name.strip()) is not None
