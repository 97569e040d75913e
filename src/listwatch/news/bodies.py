"""The body whose people are the parties: an organisation named as what the act's unnamed
persons serve, command, finance or belong to ("sanctions on senior commanders of the X
Forces", "un responsable du mouvement X", "an official with the X organization", "des
réseaux de financement du X", "persons operating in connection with the X group"). The
body stands beside the act; its people are the parties (named elsewhere or not at all).

A name glossed by an acronym in brackets ("the X Forces (XF)") is read from where its
long form starts, so the acronym is no more a party than the long form would be."""

from __future__ import annotations

import re

from . import offices

# the people (or their networks) of a body, the one table's (``offices``), with up to three
# words of their own before the link ("hauts commandants des", "réseaux de financement du",
# « bailleurs de fonds du », "officials from")
_PEOPLE = r"(?:" + offices.words_re(("staff",)) + r")"
_LINK = (
    r"(?:of|from|with|within|at|in\s+the|for|pour|du|des|de\s+la|de\s+l['’]|de|d['’]|"
    r"au\s+sein\s+(?:du|des|de\s+la|de\s+l['’])|auprès\s+(?:du|des|de\s+la|de\s+l['’]))"
)
# (persons tied to a body by a link no role tells: "agissant en lien avec le mouvement X")
_TIE = r"(?:en\s+lien\s+avec|in\s+connection\s+with|connected\s+(?:to|with)|travaillant\s+pour|working\s+for)"
# (or by what a listed person does for it, told in a clause of the person's: "X, qui
# commande la milice Y", "X, who heads the Y network", "il aide à financer Y")
_LEADS = (
    r"(?:(?:,|\bqui|\bwho|\bil|\belle|\bhe|\bshe)\s+(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,2}?)"
    r"(?:commande|commandait|dirige|dirigeait|finance|finançait|commands|commanded|leads|led|heads|headed|"
    r"runs|ran|finances|financed|(?:contribue|aide|aidait|contribuait)\s+à\s+financer|helps?\s+(?:to\s+)?finance)"
)
# what may qualify the body between the link and its name: an article, a possessor or a
# place the name finder left out ("from China's X"), and lower-case words that only
# describe a body ("the same", "the feared", "la milice iranienne", "the armed group")
_QUALIFIER = (
    r"(?:same|même|feared|redoutée?|armed|armée?|paramilitary|paramilitaire|terrorist|terroriste|jihadist|"
    r"jihadiste|islamist|islamiste|rebel|rebelle|state|d['’]état|group|groupe|organi[sz]ation|movement|"
    r"mouvement|network|réseau|militia|milice|force|forces|régime|regime|cartel|gang|party|parti|"
    r"(?-i:[a-zà-ÿ]+(?:ian|ien|ienne|ese|ais|aise|ois|oise|ain|aine|ite)))"
)
_PEOPLE_OF = re.compile(
    r"(?i)(?:\b" + _PEOPLE + r"\s+(?:(?!(?:who|which|that|qui|que|dont)\b)(?-i:[a-zà-ÿ][\w-]*)\s+){0,3}?"
    + _LINK + r"|\b" + _TIE + r"|" + _LEADS + r")\s*(?:(?:the|le|la|les|l['’])\s*|(?-i:[A-ZÀ-Ý][\w-]*)['’]s\s+)?"
    r"(?:" + _QUALIFIER + r"\s+){0,3}(?:(?-i:[A-ZÀ-Ý][\w-]*)\s+){0,2}$"
)
_PARTICLE = frozenset({"of", "de", "du", "des", "la", "and", "et", "the", "for", "pour"})


def _long_form_start(before: str) -> int | None:
    """Where the long form an acronym in brackets glosses starts: ``before`` ends with
    "(", and the run of capitalised words (with particles between) that holds the last
    capital before it opens the long form ("des Forces de soutien rapide (")."""
    if not before.rstrip().endswith("("):
        return None
    head = before.rstrip()[:-1]
    run = re.search(r"(?:[\w'’.-]+\s+){0,6}[\w'’.-]+\s*$", head)  # (no punctuation in the long form)
    if run is None:
        return None
    words = list(re.finditer(r"[\w'’.-]+", head[run.start() :]))
    caps = [i for i, w in enumerate(words) if w.group(0)[0].isupper()]
    if not caps:
        return None
    i = caps[-1]
    while i > 0 and (words[i - 1].group(0)[0].isupper()
                     or i > 1 and words[i - 1].group(0).lower() in _PARTICLE and words[i - 2].group(0)[0].isupper()):
        i -= 1
    return run.start() + words[i].start()


def serves_body(text: str, start: int, person: bool = False) -> bool:
    """The name at ``text[start:]`` (a sentence) is the body the act's people serve or
    belong to. A person's name needs an article before it ("the X group"): without one the
    words are the person's title ("chef de gang X")."""
    origin = max(0, start - 90)
    before = text[origin:start]
    cut = _long_form_start(before)
    if cut is not None:
        before = before[:cut]
    m = _PEOPLE_OF.search(before)
    # (people who open the sentence act on their own: "An official from X praised the
    # decision to remove the laboratory" tells X's own removal)
    return m is not None and (not person or _DETERMINED.search(m.group(0)) is not None) \
        and not _OPENS.fullmatch(text, 0, origin + m.start())


_DETERMINED = re.compile(r"(?i)\b(?:the|du|des|la|le|les)\b|\bl['’]|['’]s\s")
_OPENS = re.compile(r"\W*(?:[\w'’-]+\s+){0,2}")
