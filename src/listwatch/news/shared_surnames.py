"""Given names coordinated before one surname: two people, each with that surname.

A writer who names two relatives, most often brothers, gives the surname once and joins
the given names before it ("Pavel and Roman Vadov", « Pavel et Roman Vadov », "Pavel, Roman
and Ilya Vadov"). Each given name is a person of its own with the shared surname: "Pavel
Vadov" and "Roman Vadov". Read alone, the first given name is a one-word name that no
reader takes for a person (or a company's name, when a finder takes any capitalised word),
and the act told of the series misses the person or names a party that does not exist.

Only words the table of given names holds (``listwatch.match.hypocorisms``), right before
"and" / « et » / a comma and a name whose first word is a given name too: "Velor and Pavel
Vadov" names a company and a person. The word must be told nowhere else on the page alone
(a person or a company of that name told elsewhere; "Boris Vadov" told in full is no such), and be no place, no calendar word,
no office's or authority's word.
"""

from __future__ import annotations

import re

from listwatch.match.hypocorisms import given_names
from listwatch.text import name_key as normalize

from .lang import PACKS
from .names import Mention, _auth_word, _stop_tokens, find_word, is_place

__all__ = ["shared_surname_people"]

_GIVEN = r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
# the given names joined before the last one ("Pavel and ", "Pavel, Roman and ", « Pavel et »)
_JOINED = re.compile(
    rf"(?<![\w'’.-])(?P<names>{_GIVEN}(?:\s*,\s*{_GIVEN})*)\s*(?:,\s*)?\s(?:and|et|&)\s+(?=[A-ZÀ-Ý])"
)


def _given(word: str) -> bool:
    return normalize(word).replace(" ", "") in given_names()


def shared_surname_people(text: str, lang: str, names: list[Mention]) -> list[Mention]:
    """Mentions of the people named by a given name alone before "and" / « et » and the full
    name of a person (``names``: the names found, name and span), each named with that
    person's surname; the mention spans the given name."""
    starts = {m.start: m for m in names if len(m.name.split()) >= 2 and m.text == m.name
              and _given(m.name.split()[0])}
    if not starts:
        return []
    stop = PACKS[lang].stop_names
    out: list[Mention] = []
    for j in _JOINED.finditer(text):
        full = starts.get(j.end())
        if full is None or not text.startswith(full.name.split()[0], j.end()):
            continue
        surname = " ".join(full.name.split()[1:])
        for g in re.finditer(_GIVEN, j.group("names")):
            given = g.group(0)
            if not _given(given) or given in stop or is_place(given) or _auth_word(given) or normalize(given) in _stop_tokens():
                continue
            a = j.start("names") + g.start()
            if any(b != a and not re.match(r"\s+[A-ZÀ-Ý]", text[b + len(given) :]) for b in find_word(text, given)):
                continue  # a name the page tells elsewhere on its own: a company, a place, a person
            name = f"{given} {surname}"
            out.append(Mention(name=name, start=a, end=a + len(given), text=given, via="person"))
    return out
