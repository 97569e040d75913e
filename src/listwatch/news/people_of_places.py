"""A person named with a country ("Tomas Ortega Vargas of Colombia", as lists of designees
write them): a person and a place, not one organisation's name. An organisation named
with its country ("Development Bank of Kazakhstan", "Revolutionary Armed Forces of
Colombia", "Kestrel Aircraft Corp. of Canada") keeps its country: its head holds a word
of a body, a trade or a legal form, which no person's name does."""

from __future__ import annotations

import re

from listwatch.text import name_key as normalize

from .names import _UP, LOWER_LETTERS, is_place
from .persons import find_persons

# words that name a body, a group, an office or their kind, never a person's given name
# or surname: a head holding one is an organisation's ("Islamic Movement of X", "Popular
# Front of X", "Supreme Leader of X", "Orthodox Church of X")
_BODY_WORDS = frozenset("""
movement front brotherhood church party army armies force forces league council union alliance coalition
brigade brigades battalion battalions militia militias guard guards corps committee authority authorities
republic kingdom emirate caliphate government regime leader leaders leadership people peoples liberation
revolutionary revolution islamic popular national democratic supreme orthodox catholic grand federal royal
state states laboratory laboratories organization organisation institute academy university college
school systems system network networks cartel cartels clan family group gang gangs tribe federation
confederation association society foundation fund trust club team order mission resistance jihad
mujahideen emirates duchy patriarchate diocese temple mosque synagogue ministry office bureau
""".split())
# a name token of a person: a capital and lower case ("Ortega", "O'Neil", "Al-Masri"), or a
# particle inside the name ("bin", "al-", "van")
# (the name finders' own letters: Latin-1 and Latin Extended, "Łukasz Wróbel of Poland")
_PERSON_TOKEN = re.compile(rf"[{_UP}][{LOWER_LETTERS}’'\-]+|(?:bin|ibn|bint|abu|van|von|der|den|da|di|del|al-[A-Z][a-z]+)")


def person_of_place(name: str, lang: str) -> str | None:
    """The person's name of "<person> of <country>" ("Lidia Paz of Ecuador" -> "Lidia
    Paz"), or None when ``name`` is no such pair: the words before "of" are two to four
    words of a person's name (the person finder reads them as one person; no body, trade
    or authority word), the words after it a place."""
    toks = name.split()
    if "of" not in toks or lang != "en":
        return None
    i = toks.index("of")
    if not 2 <= i <= 4 or i == len(toks) - 1:
        return None
    head, tail = toks[:i], " ".join(toks[i + 1 :])
    if not is_place(tail) or not all(_PERSON_TOKEN.fullmatch(t) for t in head):
        return None
    if any(normalize(t) in _BODY_WORDS for t in head):
        return None
    text = " ".join(head)
    if not any(m.start == 0 and m.end == len(text) for m in find_persons(text, lang, ())):
        return None
    return text
