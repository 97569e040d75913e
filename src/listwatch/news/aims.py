"""What an act aims at: the names of its purpose clause are no parties.

A measure is often told with its aim, an infinitive or a gerund after a word of purpose
("sanctions aimed at crippling the war chest of President X", "designed to punish X",
"in order to starve X of funds", « ces sanctions visaient à affaiblir l'économie du
président X », « afin d'assécher les finances de X », « dans le but de priver X de
ressources »). The one the aim is about (a head of state, a regime, a country's leader)
is told as the object of the aim's verb, or as whose economy, finances or war machine it
is: no party of the act.

Near misses keep their party: a purpose whose verb is itself a listing act ("aimed at
freezing the assets of X", « visant à geler les avoirs de X », "to sanction X": the
freeze is the act), a purpose word followed by its target with no verb ("sanctions aimed
at X", « visant X »), and a name after the aim's words are closed by a comma or a
conjunction ("to weaken the economy, and listed X").
"""

from __future__ import annotations

import re

# a word of purpose and the aim's verb (an infinitive; a gerund after "aimed at")
_PURPOSE = (
    r"(?:\b(?:designed|intended|meant|aiming|aimed|aims?|seeking|seeks?|sought|in\s+order|so\s+as|"
    r"in\s+a\s+bid|in\s+an\s+effort|calculated)\s+to\s+[«\"“]?\s*(?P<en>[a-z]+)|"
    r"\b(?:aim(?:s|ed|ing)?\s+at)\s+[«\"“]?\s*(?P<ing>[a-z]+ing)|"
    r"\b(?:vis(?:e|ent|ait|aient|ant|é|ée|és|ées|er|era|eront)|destinée?s?|tend(?:ent|ait|aient)?|"
    r"cherch(?:e|ent|ait|aient|ant))\s+à\s+[«\"“]?\s*(?P<fr>[a-zà-ÿ]+(?:er|ir|re))|"
    r"\b(?:afin|dans\s+le\s+but|dans\s+l['’]objectif|avec\s+l['’]objectif)\s+(?:de\s+|d['’]\s*)[«\"“]?\s*(?P<fr2>[a-zà-ÿ]+(?:er|ir|re)))"
)
# an aim that is itself a listing act: its object is the act's party
_ACT_VERB = re.compile(
    r"(?i)(?:freez|sanction|list|delist|designat|add|block|ban|bar|target|hit|impos|remov|lift|penali[sz]|"
    r"blacklist|restrict|prohibit|"
    r"gel|sanctionn|inscri|ajout|désign|bloqu|interdi|cibl|frapp|radi|retir|lev|pénalis|restreind|"
    r"prohib|suspend|annul|vis)"
)
# the words between the aim's verb and the name: small words and nouns in lower case,
# quotes, a title; no comma, no conjunction, no other name
_TITLE = r"(?:President|Prime|Minister|Premier|Chancellor|King|Queen|Emperor|Supreme|Leader|General|Mr|Mrs|Ms|Dr)\b\.?"
_BETWEEN = (
    r"(?:(?!(?:and|et|or|ou|but|mais|which|who|qui|que|dont)\b)[a-zà-ÿ'’-]+\s*|[dl]['’]\s*|[«»\"“”]\s*|"
    rf"(?-i:{_TITLE})\s*)"
)
_AIM_BEFORE = re.compile(rf"(?i){_PURPOSE}\s*(?:[«»\"“”]\s*)?(?-i:{_BETWEEN}){{0,8}}$")


def aimed_at(text: str, start: int) -> bool:
    """The name at ``text[start:]`` (a sentence) is what an act's purpose clause is about
    (the object of an aim's verb that is no listing act): no party."""
    m = _AIM_BEFORE.search(text, max(0, start - 200), start)
    if m is None:
        return False
    verb = next(v for v in m.group("en", "ing", "fr", "fr2") if v)
    return _ACT_VERB.match(verb) is None
