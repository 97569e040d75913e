"""The object phrase of an act: from the act's cue (a verb of listing, removing or
targeting, or a measure's noun with its preposition: "sanctions against", "apply to",
« vise », « contre », « à l'encontre de », « gel des avoirs de ») to the clause's end, every
name is one the act is about, whatever title, descriptor or apposition comes with it: "the
sanctions against <title> A, <title> B and <plural title> C", "designated A and B, <who
they are>, and C", « la décision cible la présidente A et le directeur B », « contre
une juge, C ». The same phrase read from the other side: a series of names whose act follows
as one they undergo ("<title> A, <title> B and C were also targeted", « A et B ont été
sanctionnés »).

A titled person named there is the act's party, not an official who acts or speaks
(``persons.py`` asks ``in_phrase`` before it sets a titled name aside).

One table per language. The phrase's open slots are any run of lower-case words (titles,
adjectives, descriptors), capitalised titles, other names and their separators; it ends
where the clause does: a relative pronoun ("which the UN says ..."), a verb of saying, an
auxiliary (a new clause's verb), a preposition of reason, time, agent, origin or company
("for", "after", "by", "from", "with", « pour », « après », « par », « avec »), a participle
clause after a comma, a quotation mark, a sentence's end.
"""

from __future__ import annotations

import re
from functools import cache

# the cue whose object follows it, per language
_OBJECT_CUE = {
    "en": (
        r"\b(?:sanction(?:ed|ing)|designat(?:e|es|ed|ing)|blacklist(?:ed|ing)|target(?:ed|ing)|"
        r"de-?list(?:ed|ing)|remov(?:e|es|ed|ing)|(?:has|have|had|also|then|later)\s+(?:also\s+)?added|"
        r"(?:froze|freez(?:e|es|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?assets\s+of|"
        r"(?:sanctions|measures|restrictions|asset\s+freezes?|freezes?|travel\s+bans?|penalties|designations?|listings?)"
        r"\s+(?:(?:[\w’'-]+\s+){0,4}?(?:on|against|targeting)|of)|"
        r"appl(?:y|ies|ied)\s+(?:also\s+|only\s+)?to)\s+"
    ),
    "fr": (
        r"\b(?:sanctionn(?:e|ent|é|ée|és|ées|ait|aient|ant|er)|désign(?:e|ent|é|ée|és|ées|ait|aient|ant|er)|"
        r"vis(?:e|ent|ait|aient|ant|é|ée|és|ées)|cibl(?:e|ent|ait|aient|ant|é|ée|és|ées)|"
        r"inscri(?:t|te|ts|tes|vent|vait|re)|ajout(?:e|ent|é|ée|és|ées|er)|radi(?:e|ent|é|ée|és|ées|er)|"
        r"plac(?:e|ent|é|ée|és|ées|er)\s+sur\s+(?:la\s+|sa\s+|leur\s+)?liste\s+noire|"
        r"(?:gel(?:e|ent|é|ée|és|ées|er|ait)?|bloqu(?:e|ent|é|ée|és|ées|er))\s+(?:les\s+|des\s+)?avoirs\s+"
        r"(?:[\w’'-]+\s+){0,2}?(?:de\s+la|de\s+l['’]|de|du|des|d['’])|"
        r"(?:sanctions|mesures|restrictions|interdictions?|gels?\s+des\s+avoirs)\s+(?:[\w’'-]+\s+){0,4}?"
        r"(?:contre|visant|ciblant|à\s+l['’]encontre\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])|imposées?\s+(?:à|aux|au)))"
        r"(?:\s+|(?<=['’]))"
    ),
}

# the act a series of names undergoes, told after it ("A, B and C were also targeted", "X
# also will face sanctions", « A et B ont été sanctionnés »)
_SUBJECT_CUE = {
    "en": (
        r"\s*(?:(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|have\s+also\s+been|has\s+also\s+been)\s+"
        r"(?:also\s+|now\s+|likewise\s+)?(?:targeted|sanctioned|designated|listed|blacklisted|delisted|subjected\s+to\s+sanctions)|"
        r"(?:are|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:subjected\s+to\s+sanctions|sanctioned|targeted|designated|listed)|"
        r"(?:also\s+)?(?:will\s+|would\s+)?(?:also\s+)?face\s+(?:[\w-]+\s+){0,2}?sanctions)\b"
    ),
    "fr": (
        r"\s*(?:(?:est|sont|a\s+été|ont\s+été|avait\s+été|avaient\s+été|sera|seront)\s+(?:également\s+|aussi\s+|eux\s+aussi\s+)?"
        r"(?:sanctionné|visé|ciblé|désigné|inscrit|radié|touché)(?:e|s|es)?|"
        r"(?:font|fait|feront|fera)\s+(?:également\s+|aussi\s+)?l['’]objet\s+de\s+sanctions)\b"
    ),
}

# words that end the phrase: a relative clause, a verb of saying, a new clause's
# auxiliary, a preposition of reason, time, agent, origin or company
_STOP = {
    "en": frozenset("""
said says say told tells according announced announces stated who whom whose which that where when while whereas
because after before since for over by amid following but although though as under unless if is are was were has
have had will would can could may might shall should do does did been being be not to from with without than
""".split()),
    "fr": frozenset("""
qui que qu dont où lequel laquelle lesquels lesquelles car mais pour par après avant depuis selon lorsque lorsqu
quand puisque parce afin tandis alors si est sont était étaient a ont avait avaient sera seront serait seraient
été fut déclaré annoncé indiqué affirmé expliqué précisé ne n pas avec sans ainsi comme
""".split()),
}
# ... though "ainsi que" / "as well as" joins the next item
_JOIN = re.compile(r"(?i)\bainsi\s+que\b|\bas\s+well\s+as\b")
_TOKEN = re.compile(r"[\w’'-]+|[.!?]+(?=\s|$)|[«»“”\"]")
# a dot that ends no sentence: an initial's or an abbreviation's ("U.S.", "Co.", "M.")
_ABBREVIATED = re.compile(r"\b(?:[A-Z]|Co|Corp|Ltd|Inc|Jr|Sr|St|No|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|M|Mme|MM|Me)\.(?=\s)")
# a participle clause after a comma ("..., banning the airline X", « ..., interdisant la
# compagnie X »), or a gerund (« en la désignant comme X »): another act's object
_PARTICIPLE = re.compile(r",\s+(?!(?:including|notamment)\b)[a-zà-ÿ]\w+(?:ing|ant)\b|\ben\s+(?:\w+\s+)?[a-zà-ÿ]\w+ant\b")
# a verb of the act told as an adjective ("the delisted persons", "those newly sanctioned
# by"): no object follows it (a measure's noun keeps its article: "the sanctions against")
_MEASURE_NOUN = re.compile(r"(?i)(?:sanctions|measures|restrictions|asset|freez|travel|penalties|designation|listing|"
                           r"mesures|interdiction|gel)")
_ADJECTIVAL = re.compile(r"(?i)\b(?:the|these|those|its|their|his|her|newly|recently|les|des|ces|leurs|nouvellement)[\s-]+\Z")
# how far a phrase runs (characters)
_REACH = 240


@cache
def _cue(lang: str, side: str) -> re.Pattern[str] | None:
    table = _OBJECT_CUE if side == "object" else _SUBJECT_CUE
    pat = table.get(lang)
    return re.compile(pat, re.IGNORECASE) if pat else None


def open_slots(gap: str, lang: str) -> bool:
    """The words between an act's cue and a name (or between two names of its object) are
    the phrase's open slots: titles, adjectives, descriptors, other names, separators; no
    word that ends the clause and no sentence end."""
    if _PARTICIPLE.search(gap):
        return False
    stop = _STOP.get(lang, frozenset())
    gap = _ABBREVIATED.sub(lambda m: m.group(0)[:-1] + " ", _JOIN.sub(" , ", gap))
    for tok in _TOKEN.findall(gap):
        if tok[0] in ".!?«»“”\"":
            return False
        if tok.lower().strip("’'") in stop:
            return False
    return True


def object_side(text: str, start: int, lang: str) -> int | None:
    """The end of the act's cue whose object phrase holds the name at ``start`` (the
    nearest cue before it whose phrase reaches it), or None."""
    rx = _cue(lang, "object")
    if rx is None:
        return None
    for m in reversed(list(rx.finditer(text, max(0, start - _REACH), start))):
        if not _MEASURE_NOUN.match(m.group(0)) and _ADJECTIVAL.search(text, max(0, m.start() - 20), m.start()):
            continue
        if open_slots(text[m.end() : start], lang):
            return m.end()
    return None


def subject_side(text: str, end: int, lang: str) -> bool:
    """The name ending at ``end`` is in a series whose act follows as one it undergoes
    ("A, the head of B, and C were also targeted")."""
    rx = _cue(lang, "subject")
    if rx is None:
        return False
    m = rx.search(text, end, min(len(text), end + _REACH))
    return m is not None and open_slots(text[end : m.start()], lang)


def in_phrase(text: str, start: int, end: int, lang: str) -> bool:
    """The name at ``start:end`` is named in an act's object phrase, on either side."""
    return object_side(text, start, lang) is not None or subject_side(text, end, lang)
