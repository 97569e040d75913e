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
(``persons.py`` asks ``in_phrase`` before it sets a titled name aside). The phrase is one
structure: once the act takes one of its items, every item is its party (``phrase_items``;
``events.py`` links them), and an item is read once, here, for all: not the body a title or
a kind is of, a relative's kin, a possessor, the owner or employer before what it owns or
the people it counts, a speaker (after an acronym too), a name set apart by a preposition of
contrast or exception, a name inside an item's own description ("A, a firm owned by B, and
C": B), nor the apposition of such a description's complement; a passive's verb has no
object, and an item past another act's trigger is that act's.

One table per language. The phrase's open slots are any run of lower-case words (titles,
adjectives, descriptors), capitalised titles, other names and their separators; it ends
where the clause does: a relative pronoun ("which the UN says ..."), a verb of saying, an
auxiliary (a new clause's verb), a preposition of reason, time, agent, origin or company
("for", "after", "by", "from", "with", « pour », « après », « par », « avec »), a participle
clause after a comma, a quotation mark, a sentence's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from listwatch.text import name_key as normalize

from . import offices
from .lang import PACKS
from .names import KIN, KIN_PLURAL, OFFICE_QUALIFIERS, OFFICE_WORDS, is_place

# the act told before the series it names, the series as the subject of a copula or of a
# verb of holding: "<participle> (by <agent>, on <day>) are|were|include A, B and C" ("Others
# sanctioned are A", "Among the people whose assets were frozen on Friday are A", "Also
# named were A"), « Parmi les <kinds> <participle> figurent A », « Sont également visés A
# et B »; any verb of the act, any agent or time between (no clause's end)
_ACT_PARTICIPLE = {
    "en": r"(?:sanctioned|designated|targeted|listed|blacklisted|named|added|delisted|removed|frozen|hit|affected)",
    "fr": r"(?:sanctionn|vis|cibl|désign|inscrit|ajout|rajout|radi|touch|gel|frapp)(?:é|ée|és|ées|e|es|s)?",
}
_INVERTED = {
    "en": r"(?<![\w-])" + _ACT_PARTICIPLE["en"] + r"(?:\s+(?:by|in|under|on|with|until|today|this|last|so\s+far)\b"
          r"[^,.;:()“”\"]{0,60}?)?\s+(?:are|were|include[sd]?)",
    "fr": r"(?:(?<![\w-])" + _ACT_PARTICIPLE["fr"] + r"(?:\s+(?:par|le|lors|ce|cette|jusqu['’]|depuis)\b"
          r"[^,.;:()«»“”\"]{0,60}?)?\s+(?:figurent|figure|figuraient|figurait|comprennent|incluent)"
          r"|\b(?-i:S)ont\s+(?:également\s+|aussi\s+|en\s+outre\s+)?" + _ACT_PARTICIPLE["fr"]
          + r"(?:\s+par\s+[^,.;:()«»“”\"]{0,60}?)?)",
}

# the cue whose object follows it, per language
_OBJECT_CUE = {
    "en": (
        # (the inverted act first: "sanctioned" alone would end its cue before "are")
        r"\b(?:" + _INVERTED["en"] + r"|(?:black)?listings?\s+of|sanction(?:ed|ing)|designat(?:e|es|ed|ing)|blacklist(?:ed|ing)|target(?:ed|ing)|"
        r"de-?list(?:ed|ing)|remov(?:e|es|ed|ing)|barred|banned|(?:has|have|had|also|then|later)\s+(?:also\s+)?added|"
        r"(?:froze|freez(?:e|es|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?assets\s+of|"
        r"(?:sanctions|measures|restrictions|asset\s+freezes?|freezes?|travel\s+bans?|penalties|designations?|listings?)"
        r"\s+(?:(?:[\w’'-]+\s+){0,4}?(?:on|against|targeting)|of)|"
        r"appl(?:y|ies|ied)\s+(?:also\s+|only\s+)?to|"
        # (the act's verb in the present: "the measures also target X"; not the noun: "a
        # target of", "the target date")
        r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)target(?:s)?(?!\s+(?:of|for|to|in|on|is|was|are|were|list|date)\b))\s+"
    ),
    "fr": (
        r"\b(?:" + _INVERTED["fr"] + r"|sanctionn(?:e|ent|é|ée|és|ées|ait|aient|ant|er)|désign(?:e|ent|é|ée|és|ées|ait|aient|ant|er)|"
        r"vis(?:e|ent|ait|aient|ant|é|ée|és|ées)|cibl(?:e|ent|ait|aient|ant|é|ée|és|ées)|"
        r"inscri(?:t|te|ts|tes|vent|vait|re)|ajout(?:e|ent|é|ée|és|ées|er)|radi(?:e|ent|é|ée|és|ées|er)|"
        r"plac(?:e|ent|é|ée|és|ées|er)\s+sur\s+(?:la\s+|sa\s+|leur\s+)?liste\s+noire|"
        # (an entry ban's persons: « interdit à X d'entrer », read up to the name only)
        r"interdi(?:t|sent|sait|saient|ra|ront)\s+(?:à|aux?)|"
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
        r"\s*(?:(?:is|are|was|were|(?:has|have|had)\s+been|will\s+be|have\s+also\s+been|has\s+also\s+been|"
        r"(?:also\s+)?being)\s+"
        r"(?:also\s+|now\s+|likewise\s+|just\s+|newly\s+)?(?:targeted|sanctioned|designated|listed|blacklisted|delisted|"
        r"subject(?:ed)?\s+to\s+(?:the\s+|new\s+|similar\s+)?(?:sanctions|restrictions|asset\s+freezes))|"
        r"(?:are|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:subjected\s+to\s+sanctions|sanctioned|targeted|designated|listed)|"
        # (the series told as the targeted group by a copula: "A and B are the latest people
        # targeted", "A was one of the first two officials sanctioned")
        r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?(?:one\s+of\s+|two\s+of\s+)?the\s+(?:[\w-]+\s+){0,4}?"
        r"(?:targeted|sanctioned|designated|listed|blacklisted|delisted)"
        # (not a group another undertaking targets: an agent in lower case that is no measure,
        # "the firm targeted by the takeover bid", "by an investigation"; "by the new
        # sanctions", "by the Treasury" stay)
        r"(?!\s+by\s+(?:an?\s+|the\s+)?(?:investigat|inquir|prosecut|probe|police|court|judge))"
        r"(?!\s+by\s+(?:an?|the|its|their|this|these)\s+(?!(?:[\w-]+\s+){0,2}?(?:sanctions?|measures?|"
        r"restrictions?|designations?|listings?|orders?|decisions?|packages?|rounds?|actions?)\b)(?-i:[a-z]))|"
        r"(?:also\s+)?(?:will\s+|would\s+)?(?:also\s+)?face\s+(?:[\w-]+\s+){0,2}?sanctions)\b"
    ),
    "fr": (
        r"\s*(?:(?:est|sont|a\s+été|ont\s+été|avait\s+été|avaient\s+été|sera|seront|"
        r"vien(?:t|nent)\s+d['’](?:y\s+)?être)\s+(?:également\s+|aussi\s+|eux\s+aussi\s+|désormais\s+|à\s+leur\s+tour\s+)?"
        r"(?:(?:sanctionné|visé|ciblé|désigné|inscrit|radié|touché|ajouté|rajouté)(?:e|s|es)?|"
        r"soumi(?:s|se|ses)\s+(?:aux|à\s+des)\s+sanctions)|"
        r"(?:font|fait|feront|fera)\s+(?:également\s+|aussi\s+)?l['’]objet\s+de\s+sanctions|"
        # (the series told as the targeted group by a copula or a verb of membership: « A et B
        # sont les nouvelles personnes visées », « étaient les deux premières
        # personnalités sanctionnées », « font partie des personnes sanctionnées », « figure parmi les cibles »)
        r"(?:(?:est|sont|était|étaient|a\s+été|ont\s+été|sera|seront)\s+(?:également\s+|aussi\s+)?"
        r"(?:l['’]une?\s+des|une?\s+des|parmi\s+les|au\s+nombre\s+des|les|la|le|l['’])|"
        r"(?:fai(?:t|sait|saient)|font|fera|feront)\s+(?:également\s+|aussi\s+)?partie\s+des|"
        r"(?:figur|compt)(?:e|ent|ait|aient)\s+(?:également\s+|aussi\s+)?parmi\s+les)\s*"
        r"(?:[\w-]+\s+){0,4}?(?:sanctionné|visé|ciblé|désigné|inscrit|radié|touché)(?:e|s|es)?\b"
        # (not a group an inquiry or a court targets: « visées par une enquête »)
        r"(?!\s+par\s+(?:une?|l['’]|la|le|les|des|cette|ces)\s*(?:enquêtes?|plaintes?|procédures?|poursuites?|"
        r"justice|parquet|police|instruction|juges?|tribunal|tribunaux)\b))\b"
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
_MEASURE_NOUN = re.compile(r"(?i)(?:sanctions|measures|restrictions|asset|freez|travel|penalties|designation|(?:black)?listing|"
                           r"mesures|interdiction|gel)")
_ADJECTIVAL = re.compile(r"(?i)\b(?:the|these|those|its|their|his|her|newly|recently|les|des|ces|leurs|nouvellement)[\s-]+\Z")
# a name told as the complement of a description: "of" / « de » right before it, or with
# lower-case words between ("the head of the criminal group X", « chef de la puissante
# entreprise criminelle X »), not the cue's own, nor coordinated with it (« et de B »)
_OF_BEFORE = re.compile(r"(?<![,\w])(?<!\band\s)(?<!\bet\s)(?:(?i:of|from|de|du|des|de\s+la)\s+|(?i:d|de\s+l)['’]\s*)"
                        r"(?i:the\s+|la\s+|le\s+|les\s+|l['’])?(?P<words>(?:[\w’'-]+\s+){0,5})\Z")
# the name qualifies the next one, a kind noun between ("Orvex subsidiary Kelda", "the Norland
# unit's chief A"): the owner or the employer, no item
_QUALIFIES_NEXT = re.compile(r"\s+(?!(?:and|or|et|ou|as|ainsi|nor|ni)\b)[a-zà-ÿ][\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*){0,2}\s+[A-ZÀ-Ý]"
                             # ... or the people or the parts it has ("two X officials", "X subsidiaries")
                             r"|['’]?\s+(?:" + offices.words_re(("staff", "holder")) + r"|subsidiar(?:y|ies)|units?|"
                             r"affiliates?|filiales?)\b")
# the capitalised word right before a name, glued to it: a title, a rank, a nationality
# keep it an item ("Foreign Minister A", "Major General B", "Russian C"); another word
# makes it the tail of a longer name ("Chelsea Football Club")
_GLUED_BEFORE = re.compile(r"([A-ZÀ-Ý][\w’'-]*)\s(?:(?:del|de|da|di|do|dos|van|von|bin|ibn|al|el)\s)?\Z")
# ... or the domain of a title, a person's ("le ministre des Mines X", "Minister for Energy X")
_DOMAIN_BEFORE = re.compile(r"(?i)\b(?P<title>[\w-]+)\s+(?:(?:of|for|de|des|du|aux?)\s+(?:the\s+|la\s+)?|(?:d|l)['’])\Z")
_RANKS = offices.normalized(("rank", "qualifier", "portfolio"))
# ... or a relative's, a kin word and "of" before it in its item ("wife of minister X")
_KIN_OF_BEFORE = re.compile(rf"(?i)\b(?:{KIN}|{KIN_PLURAL})\b[^,;]{{0,60}}\b(?:of|de|du|des|d['’])\b[^,;]*\Z")
_POSSESSOR_AFTER = re.compile(r"['’]s?\b")
_SPEAKS_AFTER = re.compile(
    r"(?i)(?:\s*\([^()]{1,30}\))?,?\s+(?:said|says|told|announced|stated|a\s+(?:déclaré|annoncé|indiqué|affirmé|précisé|expliqué)|déclare|annonce)\b")
# a relative clause open before a series: the series is inside it
_RELATIVE_OPEN = re.compile(r"(?i)\b(?:which|who|whom|whose|that|qui|(?<!tandis\s)(?<!alors\s)(?<!ainsi\s)(?<!parce\s)(?:que|qu['’])|"
                            r"dont|lequel|laquelle|lesquels|lesquelles|où|where)\b(?:(?!\s[–—-]\s)[^,;])*\Z")
# a colon announces the phrase's items only after a count, "following" or a group's noun
# ("on five entities:", "against the following:", « contre les personnes suivantes : »)
_ANNOUNCES_ITEMS = re.compile(
    r"(?i)(?:\d|\b(?:following|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"suivante?s?|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"entit\w*|individuals|persons|people|companies|firms|banks|officials|"
    r"personnes|sociétés|entreprises|banques|responsables)\b)")
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
    head, colon, _ = gap.partition(":")
    if colon and not _ANNOUNCES_ITEMS.search(head):
        return False  # "Sanctions against smugglers: X signs the decree": a headline's two halves
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


def _complement(text: str, lo: int, start: int, person: bool = False) -> bool:
    """The name at ``start`` is the complement of a description: "of" / « de » before it
    with only lower-case words, nationalities or places between ("a subsidiary of Norland
    conglomerate X", « chef du redoutable réseau mafieux X »)."""
    m = _OF_BEFORE.search(text, lo, start)
    if m is None:
        return False
    words = m.group("words").split()
    if all(w[0].islower() or is_place(w) for w in words):
        return True
    # (a body's kind noun right before it: "of Norland conglomerate X"; a person after a
    # title's capitalised domain is the titled one: « le ministre des Mines X »)
    return not person and words[-1][0].islower()


# a preposition of contrast or exception right before a name: a complement, no item
# ("Unlike A, B was listed", « Contrairement à A, B a été sanctionné », "except A")
_SET_APART_BEFORE = re.compile(
    r"(?i)\b(?:unlike|except|other\s+than|contrairement\s+à|à\s+la\s+différence\s+d[eu']|"
    r"sauf|hormis|excepté)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?\Z")
# where an item's own words begin: after the last separator of a series (a dash too, that
# sets a series off after its group: "three firms that ship fuel - A, B and C - were")
_SEPARATOR = re.compile(r"(?i)[,;(]|\s[–—-]\s|\b(?:and|et|ou|or)\b|\bainsi\s+que\b|\bas\s+well\s+as\b")


def own_words(text: str, lo: int, start: int) -> str:
    """The words of the item that ends at ``start`` since the last separator of its series
    ("a firm owned by " in "A, a firm owned by B"), from ``lo`` at most."""
    seps = list(_SEPARATOR.finditer(text, lo, start))
    return text[seps[-1].end() if seps else lo : start]


def item(text: str, start: int, end: int, lo: int = 0, person: bool = False) -> bool:
    """The name at ``start:end`` is an item of the phrase, not a word of a description:
    not the body a title or a kind is of ("the commander of X"; a ``person`` is no body:
    « la vice-ministre du Commerce de la région X »), nor a relative's kin ("the wife of X"), not
    a possessor ("X's daughters"), not the owner or employer of the next name ("X
    subsidiary Y"), not the tail of a longer name, not a speaker ("X said")."""
    if _complement(text, max(lo, start - 60), start, person) or _KIN_OF_BEFORE.search(text, max(lo, start - 90), start):
        return False
    if _QUALIFIES_NEXT.match(text, end):
        return False
    glued = _GLUED_BEFORE.search(text, max(0, start - 40), start)
    if glued is not None:
        w = normalize(glued.group(1))
        dom = _DOMAIN_BEFORE.search(text, max(lo, glued.start() - 40), glued.start()) if person else None
        if not (w in OFFICE_WORDS or w in OFFICE_QUALIFIERS or w in _RANKS or is_place(glued.group(1))
                or dom is not None and normalize(dom.group("title")) in OFFICE_WORDS):
            return False
    if _POSSESSOR_AFTER.match(text, end) or _SET_APART_BEFORE.search(text, max(0, start - 40), start):
        return False
    return not _SPEAKS_AFTER.match(text, end)


def object_items(text: str, cue_end: int, names: Sequence[tuple[int, int]], lang: str,
                 people: Sequence[bool] = ()) -> list[int]:
    """Indexes of ``names`` (offsets in ``text``, in order) that are items of the object
    phrase opening at ``cue_end``: each reached from the cue through open slots only."""
    out: list[int] = []
    last: int | None = None  # the name before
    edge = cue_end  # where the words still to check begin (past a description: "A, a firm owned by B, and C")
    for i, (a, b) in enumerate(names):
        if a < cue_end:
            continue
        if not open_slots(text[edge:a], lang):
            break
        own = own_words(text, max(cue_end, a - _OWN_REACH), a)
        # (a name in apposition to the description's complement before it: "chief of the
        # X wing, the Y brigade, and B": Y is the wing's, no item)
        comma = a - len(own) - 1
        apposed = last is not None and _APPOSED.match(own) is not None and text[comma : comma + 1] == "," \
            and _OF_IN.search(own_words(text, max(cue_end, comma - _OWN_REACH), comma)) is not None
        # (... or a body named bare right after a description that ends on its complement's
        # kind noun: "A, the former chief of Velmar's biggest lender, B": the lender is B)
        apposed = apposed or last is not None and not own.strip() and text[comma : comma + 1] == "," \
            and not (i < len(people) and people[i]) \
            and _DESCRIPTION_OF_END.search(own_words(text, max(cue_end, comma - _OWN_REACH), comma)) is not None
        described = _described(own, lang)
        # (a title's domain whose holder follows in apposition: « des ministres de la
        # Justice, A, et de l'Intérieur, B », "the ministers of Trade, A, and of Energy, B")
        domain = _OF_OPENS.search(own) is not None and not own.strip(" ").startswith(("the", "la", "le")) \
            and i + 1 < len(names) and i + 1 < len(people) \
            and people[i + 1] and re.fullmatch(r"\s*,\s*", text[b : names[i + 1][0]]) is not None
        if item(text, a, b, cue_end, i < len(people) and people[i]) and not described and not apposed \
                and not domain:
            out.append(i)
            edge = b  # (the words before are read)
        elif described and _COMMA_NEXT.match(text, b):
            edge = b  # (the description closes at its comma: the series goes on)
        last = i
    return out


# how far back an item's own words are read (characters)
_OWN_REACH = 160
# a comma right after a name (a description closed)
_COMMA_NEXT = re.compile(r"\s*,")


# an item's words that open with a preposition of complement ("of the X", « de l'X »)
_OF_OPENS = re.compile(r"(?i)(?<![\w’'])(?:of|de|du|des|d['’])(?:\s+(?:the|la|le|les)\b|\s*l['’])?\s*\Z")
# a complement in the words before ("chief of the X wing")
_OF_IN = re.compile(r"(?i)\b(?:of|de|du|des|d['’])\b")
# a description that ends on the kind noun of a body with its determiner ("the chief of
# Velmar's biggest lender", « le directeur adjoint du premier armateur »: the kind nouns a
# body's name follows in either language); not a kind told bare (« un chef de milice »)
_DESCRIPTION_OF_END = re.compile(
    r"(?i)\b(?:of\s+(?:the|its|their|his|her|(?-i:[A-ZÀ-Ý][\w-]*)['’]s)|du|des|de\s+(?:la|son|sa|ses|leur)|de\s+l['’]|d['’]une?)\s*"
    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,4}(?:" + PACKS["en"].org_cue_before + "|" + PACKS["fr"].org_cue_before + r")\s*\Z")
# a determiner and a lower-case kind noun opening an item's words ("the unit X", « la brigade X »)
_APPOSED = re.compile(r"(?i)\s*(?:the|a|an|its|la|le|les|l['’]|un|une|sa|son)\s*[a-zà-ÿ]")


def _described(own: str, lang: str) -> bool:
    """The item's own words hold a word that ends a clause or opens a complement ("a firm
    owned by B", "after talks with B"): the name is the description's, no item; a series'
    opener alone is none ("with A, B and C also being subject to sanctions")."""
    if _OPENER.fullmatch(own):
        return False
    stop = _STOP.get(lang, frozenset())
    return any(tok.lower().strip("’'") in stop for tok in _TOKEN.findall(own))


# the word that opens a series told with its act after it ("with A and B also being ...")
_OPENER = re.compile(r"(?i)\s*(?:with|avec|while|whereas|tandis\s+que|alors\s+que)\s*")


def subject_items(text: str, cue_start: int, names: Sequence[tuple[int, int]], lang: str,
                  people: Sequence[bool] = ()) -> list[int]:
    """Indexes of ``names`` (in order) that are items of the series a subject cue opening
    at ``cue_start`` tells as undergoing the act: each reaches the cue through open slots."""
    rx = _cue(lang, "subject")
    if rx is None or rx.match(text, cue_start) is None:
        return []
    return _series_before(text, cue_start, names, lang, people)


def _series_before(text: str, cue_start: int, names: Sequence[tuple[int, int]], lang: str,
                   people: Sequence[bool] = ()) -> list[int]:
    """The items of the series that ends at ``cue_start``, read back through open slots."""
    out: list[int] = []
    edge = cue_start  # where the words already read begin (before a description: "A, a firm run by B, and C")
    for i in range(len(names) - 1, -1, -1):
        a, b = names[i]
        if b > cue_start:
            continue
        if not open_slots(text[b:edge], lang):
            break
        own = own_words(text, max(0, a - _OWN_REACH), a)
        if item(text, a, b, 0, i < len(people) and people[i]) and not _described(own, lang):
            out.append(i)
            edge = a  # (the words after are read)
        elif _described(own, lang) and text[: a - len(own)].endswith(","):
            edge = a - len(own) - 1  # (the description opens at its comma: the series goes on before it)
    if out and _RELATIVE_OPEN.search(text, 0, names[out[-1]][0]):
        return []  # the series is a relative clause's ("a process by which A will be designated")
    return out[::-1]


# an undoing or a challenge told before the cue ("lifted the sanctions on X", « la levée des
# sanctions contre X », "appealed the sanctions against X"): the cue tells no listing
_UNDOING_BEFORE = re.compile(
    r"(?i)\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|remov\w*|suspen\w*|waiv\w*|relief|annul\w*|"
    r"overturn\w*|quash\w*|challeng\w*|appeal\w*|contest\w*|lawsuit|suit|court|lev(?:é|ée|és|ées|er|ant|ait)|levée|"
    r"allég\w*|assoupl\w*|retrait|recours|tribunal|cour|plainte|call(?:s|ed)?\s+for|demand\w*|réclam\w*|appel\w*|"
    # (a regime, a committee, a law named by its measures: no act)
    r"régimes?|regimes?|comités?|committees?|programmes?|programs?|résolutions?|resolutions?|"
    # (the text that founds a regime, "the ordinance establishing measures against X", « le
    # arrêté de 2011 qui institue des sanctions visant X »: the regime, no party's act)
    r"(?:ordonnances?|ordinances?|décrets?|decrees?|règlements?|regulations?|lois?|laws?|orders?|arrêtés?)\b"
    r"[^.;]{0,40}?\b(?:institu\w*|establish\w*|établissant)|"
    # (a power to act, no act: "allows it to impose sanctions on X", « lui permet d'appliquer »)
    r"permet\w*|allow\w*|enabl\w*|power|authority|pouvoir|"
    # (the regime's working told: « veiller à la bonne œuvre du dispositif contre X », "the
    # implementation of measures against X")
    r"œuvre|oeuvre|implement\w*|enforc\w*|application|respect|"
    # (the regime renewed, updated or kept: "renewed its measures against X", "updating the
    # measures against X", « a prorogé les sanctions visant X »; no new act)
    r"renew\w*|updat\w*|prolong\w*|maint\w*|kept|keeps?|keeping|review\w*|renouvel\w*|reconduct\w*|prorog\w*|mise\s+à\s+jour|"
    # (an undoing told by an end, « la fin des mesures contre X », « un terme »; a plan or a
    # proposal, "its intention to impose sanctions on X", « un projet de sanctions contre X »)
    r"fin|terme|intention|intend\w*|plan|plans|planned|planning|propos\w*|projet|envisag\w*|consider\w*|"
    r"mull\w*|threat\w*|menac\w*)\b[^.;]{0,60}\Z")
# cues that start no act of their own: a removal (its triggers read it), a participle (it
# describes a measure: "the regime targeting X", « visant X »), a past state (« visait »)
_NO_NEW_ACT = re.compile(r"(?i)(?:remov|de-?list|\w+ing\b|\w+ant\b|\w+ai(?:t|ent)\b)")
_GERUND_BEFORE = re.compile(r"(?i)\b(?:en|by)\s+\Z")
# the measure (or a pronoun for it) is the subject of "apply"
_MEASURE_SUBJECT = re.compile(r"(?i)\b(?:sanctions|measures|restrictions|freezes?|bans?|they|these|mesures|elles|ils)\b"
                              r"(?:\s+[\w’'-]+){0,4}\s*\Z")
# a list, a committee or a regime named for its measures ("the List of sanctions against X",
# « la Liste des sanctions visant X », "the Committee on sanctions against X")
_NAMED_FOR_MEASURES = re.compile(r"(?i)\b(?:listes?|lists?|comités?|committees?|régimes?|regimes?|programmes?|programs?)\b"
                                 r"(?:\s+[\w’'-]+){0,3}\s*\Z")
# the cues that tell an act no trigger reads: a measure's noun and its preposition, a freeze
# of assets, "apply to", "added ... to its list", « placé sur liste noire » (a bare verb of
# listing is the triggers')
_NEW_ACT_CUE = re.compile(r"(?i)(?:sanctions|measures|restrictions|asset|freez|froze|travel|penalties|designation|listing|"
                          r"mesures|interdiction|gel|bloqu|plac|appl|has|have|had|also|then|later)")
# a measure told in a relative clause or as earlier ("the sanctions that had been imposed on
# X", « les sanctions qui avaient été imposées à X », "had imposed measures on X")
_STATE_CUE = re.compile(r"(?i)\b(?:qui|que|which|that|had|avaient|avait)\b")
_EARLIER = re.compile(r"(?i)\b(?:had|avait|avaient)\b[^.;,]{0,40}\Z")
# a market's listing after "was listed"
_MARKET_AFTER = re.compile(r"(?i)\b(?:exchange|stock|bourse|market|marché|index|indices?|nasdaq|nyse|portfolio|"
                           r"portefeuille|fund|fonds)\b")
# "added" / « ajouté » tells a listing only with the list it adds to (« d'y être ajoutées »: there)
_ADDED_CUE = re.compile(r"(?i)\b(?:added|r?ajouté)")
_LIST_NEAR = re.compile(r"(?i)\b(?:lists?|listes?|blacklists?|register|registre)\b")
_THERE = re.compile(r"(?i)\bd['’]y\b")
# "added" tells a listing only with the list it adds to
_TO_LIST = re.compile(r"(?i)\bto\s+(?:a|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?:list|blacklist|register)\b")


def phrase_cues(text: str, names: Sequence[tuple[int, int]], lang: str,
                people: Sequence[bool] = (), sides: Sequence[str] = ("object", "subject")) -> list[tuple[int, int]]:
    """The cues of a listing act that no trigger reads but whose phrase names a party
    ("The sanctions against <title> A came into force", "The measures apply to A", "A also
    will face sanctions", « geler les avoirs du <title> A »): their spans in ``text``."""
    out: list[tuple[int, int]] = []
    for side in sides:
        rx = _cue(lang, side)
        if rx is None:
            continue
        for m in rx.finditer(text):
            # (the words inside the cue too: "travel bans were lifted against X")
            if _UNDOING_BEFORE.search(text, max(0, m.start() - 90), m.end()) \
                    or _NAMED_FOR_MEASURES.search(text, max(0, m.start() - 50), m.start()):
                continue
            if side == "object":
                cue = m.group(0)
                if not _NEW_ACT_CUE.match(cue) or _STATE_CUE.search(cue) \
                        or _EARLIER.search(text, max(0, m.start() - 40), m.start()):
                    continue  # (a bare verb: its triggers read it; a measure in a relative or told as earlier)
                if not _MEASURE_NOUN.match(cue) and _ADJECTIVAL.search(text, max(0, m.start() - 20), m.start()):
                    continue
                if _NO_NEW_ACT.match(cue) or _GERUND_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # (a removal, a participle, a past state, a means: no act of its own)
                if re.search(r"(?i)\badded\b", cue) and not _TO_LIST.search(text, m.end()):
                    continue
                if re.match(r"(?i)appl", cue) and not _MEASURE_SUBJECT.search(text, max(0, m.start() - 60), m.start()):
                    continue  # (what applies is the measure: "the sanctions apply to X", not an order's scope)
                items = object_items(text, m.end(), names, lang, people)
            else:
                if _MARKET_AFTER.search(text, m.end(), min(len(text), m.end() + 60)):
                    continue  # (listed on an exchange)
                if _ADDED_CUE.search(m.group(0)) and not _THERE.search(m.group(0)) \
                        and not _LIST_NEAR.search(text, m.end(), min(len(text), m.end() + 60)):
                    continue  # (added to a portfolio, an index: no list)
                items = subject_items(text, m.start(), names, lang, people)
            if items:
                out.append((m.start(), m.end()))
    return out


# the auxiliary of a passive right before the act's verb
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|est|sont|était|étaient|été|être|sera|seront|fut)"
                             r"(?:\s+(?:also|now|just|newly|since|then|later|également|aussi|désormais|ensuite))?\s+\Z")


def phrase_items(text: str, start: int, end: int, names: Sequence[tuple[int, int]], lang: str,
                 people: Sequence[bool] = ()) -> list[int]:
    """The items of the phrase of the act told at ``start:end`` (a trigger's span in
    ``text``): its object after it when an object cue ends inside or right after the span,
    the series before it when a subject cue opens inside it."""
    out: set[int] = set()
    rx = _cue(lang, "object")
    if rx is not None:
        for m in rx.finditer(text, max(0, start - 12), min(len(text), end + 40)):
            if m.start() <= end and m.end() >= start + 1 and m.end() >= end - 1:
                if not _MEASURE_NOUN.match(m.group(0)) and (
                        _ADJECTIVAL.search(text, max(0, m.start() - 20), m.start())
                        or _PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                    break  # (a passive or an adjective has no object: "X was sanctioned on Tuesday")
                out.update(object_items(text, max(m.end(), end), names, lang, people))
                break
    srx = _cue(lang, "subject")
    if srx is not None:
        for m in srx.finditer(text, max(0, start - 40), end):
            if m.end() >= start:
                out.update(subject_items(text, m.start(), names, lang, people))
                break
    return sorted(out)



# the words between a court's act (or a party's case) and the measures it bears on, in one
# clause: no punctuation that ends or opens a clause, no quotation mark
_TO_MEASURES = re.compile(r"[^.;:,!?()«»“”\"]{0,90}?")


# the verb of a case its bringers are the subject of, told at the trigger's start ("A and B
# sued", "filed", "launched", « ont saisi », « ont contesté »), and what may stand between
# the series and it: an auxiliary, an adverb, a phrase set off by commas (", in separate
# complaints,", « , chacun de son côté, »)
_BRINGS = {
    "en": re.compile(r"(?i)(?:su(?:ed|es)|challenged|contested|appealed|filed|lodged|brought|launched|petitioned|took)\b"),
    "fr": re.compile(r"(?i)(?:attaqu|contest|saisi|dépos|introdui|form|intent|engag|poursui)\w*"),
}
_BEFORE_VERB = re.compile(
    r"(?i)(?:,[^,.;:()«»“”\"]{1,50},)?(?:\s+(?:has|have|had|also|then|later|jointly|each|both|separately|all|"
    r"a|ont|avait|avaient|également|aussi|tous|toutes|deux|chacun|chacune))*\s*\Z")


def bringer_items(text: str, start: int, names: Sequence[tuple[int, int]], lang: str,
                  people: Sequence[bool] = ()) -> list[int]:
    """The bringers of the case whose verb opens the trigger at ``start``, told as a series
    before it ("A and B, in separate complaints, sued", "two makers, <descriptor> A and
    <descriptor> B, sued", « A et B ont saisi le Tribunal »): every item of the series."""
    verb = _BRINGS.get(lang)
    if verb is None or verb.match(text, start) is None:
        return []
    gap = _BEFORE_VERB.search(text, max(0, start - 80), start)
    if gap is None:
        return []
    # (a name and the short form it defines in brackets right after it are one party, the
    # acronyms' reading: "A Micro Devices (AMD), sued": no second item)
    pair = {k for i in range(len(names) - 1) for k in (i, i + 1)
            if re.fullmatch(r"\s*\(", text[names[i][1] : names[i + 1][0]]) and text[names[i + 1][1] : names[i + 1][1] + 1] == ")"}
    return [k for k in _series_before(text, gap.start(), names, lang, people) if k not in pair]


def measures_items(text: str, start: int, end: int, names: Sequence[tuple[int, int]], lang: str,
                   people: Sequence[bool] = ()) -> list[int]:
    """The items of the measures a court's act or a party's case told at ``start:end``
    bears on, the first measure's cue from it on in its clause ("set aside the blacklisting
    of A and <title> B", "threw out the pleas to lift the measures imposed on A, his son and
    B", « a écarté les pourvois tendant à lever les mesures imposées à A, à sa fille et à
    B »): the same phrase a listing's cue reads, every item of it."""
    rx = _cue(lang, "object")
    if rx is None:
        return []
    for m in rx.finditer(text, start, min(len(text), end + 90)):
        if _TO_MEASURES.fullmatch(text, start, m.start()) is None:
            return []
        if _MEASURE_NOUN.match(m.group(0)):  # (past a participle's cue: « les pourvois visant à lever les mesures »)
            return phrase_items(text, m.start(), m.end(), names, lang, people)
    return []

# an item of a series that is one capitalised word run, after a determiner at most (a
# name no finder reads alone: "Promsvyazbank", "VEB.RF", "the Rossiya bank")
_RUN_ITEM = re.compile(r"\s*(?:(?:de|du|des|d['’])\s*)?(?:(?:the|la|le|les|l['’])\s*)?(?P<run>[A-ZÀ-Ý][\w.&+’'-]*[\w+](?:\s+[A-ZÀ-Ý][\w.&+’'-]*[\w+]){0,2})"
                       r"(?:\s+(?:bank|group|corporation|company|banque|groupe))?\s*\Z")
# ... or a series' last item with its clause going on after it (a verb in lower case)
_RUN_HEAD = re.compile(r"\s*(?:(?:de|du|des|d['’])\s*)?(?:(?:the|la|le|les|l['’])\s*)?(?P<run>[A-ZÀ-Ý][\w.&+’'-]*[\w+])"
                       r"\s+(?!(?:del|des|van|von|bin|ibn)\b)[a-zà-ÿ]{3,}\b(?!['’-])")
_SERIES_SPLIT = re.compile(r",\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+")


def series_names(text: str, lang: str, taken: Sequence[tuple[int, int]], skip: frozenset[str]) -> list[tuple[int, int]]:
    """Names an act's object phrase lists as a series of two items or more that no finder
    read ("froze the assets of the A bank, B and C.D", « contre A, B et C »): each item one
    capitalised run after a determiner at most, not a word of ``skip`` (places, calendar
    and office words), the series closed by the phrase's end."""
    rx = _cue(lang, "object")
    if rx is None:
        return []
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if m.group(0)[0].isupper() and _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # (a measure's word inside a capitalised title: "the Autonomous Sanctions (...) Instrument")
        end = m.end()
        stop = _PHRASE_END.search(text, end)
        close = stop.start() if stop is not None else len(text)
        # the series: the words after the last lower-case description ("export sanctions
        # against 49 firms, including A, B and C")
        span = text[end:close]
        inc = list(_SERIES_OPEN.finditer(span))
        lo = end + (inc[-1].end() if inc else 0)
        parts: list[tuple[int, int]] = []
        pos = lo
        for sep in [*_SERIES_SPLIT.finditer(text, lo, close), None]:
            a, b = pos, (sep.start() if sep is not None else close)
            item = _RUN_ITEM.fullmatch(text, a, b)
            if item is None and len(parts) >= 1:
                # (the last item, its clause going on: "... and C took effect", « et C entrent »)
                item = _RUN_HEAD.match(text, a, b)
                if item is not None or len(parts) >= 2:
                    if item is not None:
                        parts.append((item.start("run"), item.end("run")))
                    break
            if item is None:
                parts = []
                if sep is None:
                    break
                pos = sep.end()
                continue
            parts.append((item.start("run"), item.end("run")))
            if sep is None:
                break
            pos = sep.end()
        if len(parts) < 2 or not open_slots(text[end:parts[0][0]], lang):
            continue
        for k, (a, b) in enumerate(parts):
            words = text[a:b].split()
            if k + 1 < len(parts) and _OF_OPENS.search(text, max(0, a - 8), a) \
                    and any(x < parts[k + 1][1] and parts[k + 1][0] < y for x, y in taken):
                continue  # (a title's domain whose holder follows: « de l'Intérieur, A »)
            if any(x < b and a < y for x, y in taken) \
                    or any(normalize(w) in skip or normalize(w) in _KINDS or is_place(w) for w in words):
                continue
            out.append((a, b))
    return out


# a capitalised word right before (the cue is inside a title)
_CAPITAL_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]*\s+\Z")
# the kinds of parties and of texts, capitalised in a title ("Persons and Entities")
_KINDS = frozenset("entities entity persons person individuals companies people regulations regulation sanctions "
                   "measures personnes entites societes mesures".split())
# where a phrase's series ends: a clause's end or a sentence's
_PHRASE_END = re.compile(r"[.;:!?](?:\s|$)|\s[–—]\s|\((?!\w{2,6}\))|\b(?:which|who|that|qui|que|dont|for|pour|over|after|"
                         r"on|in|at|last|this|from|since|until|le|en|depuis|dès|lundi|mardi|mercredi|jeudi|vendredi|"
                         r"because|said|says|a\s+déclaré|a\s+annoncé|selon|according)\b")
# a cue that opens the series inside the phrase ("including", « dont », « notamment »)
_SERIES_OPEN = re.compile(r"(?i)\b(?:including|among\s+them|such\s+as|namely|dont|notamment|parmi\s+lesquel(?:le)?s|"
                          r"y\s+compris)\b\s*")
