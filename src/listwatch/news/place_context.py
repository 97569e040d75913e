"""A capitalised name that the words around it tell as a place, in English and French.

No table of places is complete (a provincial town, a county seat, an island group); the
sentence tells a place by its own shape:

- a place noun in lower case right after the name ("the Zemblan port of ... from Ostrava
  province", "Kettle city's mayor") or a place noun closing the name ("Ostrava Province",
  "the Corvo Islands"), or heading it before "of" ("the Free City of Varno", "the
  Autonomous Region of Ostrava");
- a place noun heading the name before it ("the City of Varno", « la ville de Varno »,
  « les îles Corvo »);
- a court's seat ("the court in Varno", « le tribunal de Varno », « le tribunal de grande
  instance de Varno »);
- a town and its state or country after "in", "at", "from" ("in Varno, Zembla.");
- where a party is based or registered ("based in Varno", « basée aux îles Corvo »);
- the head of a place's name cut at an elided « d' » (« Côte d'Ivoire »).

A name of a company's shape (a legal form or a word of trade at its end: "Varno Shipping
Ltd") is never a place, whatever stands around it.
"""

from __future__ import annotations

import re

from .names import is_place

__all__ = ["place_spans"]

_UP = "A-ZÀ-ÖØ-Þ"

# place nouns, English then French (singular and plural)
# (news/governed.py reads its possessor places and places of origin with the same nouns)
PLACE_NOUNS_EN = (r"(?:province|provinces|region|regions|city|county|district|prefecture|governorate|oblast|"
                  r"municipality|island|islands|town|village|krai|canton)")
_EN_HEADS = (r"(?:City|Province|Region|Oblast|Republic|Islands?|Governorate|Municipality|District|"
             r"County|Prefecture|Krai|Canton|Emirate|Territory)")
_FR_HEADS = (r"(?:[Vv]ille|[Pp]rovince|[Rr]égion|[Oo]blast|[Rr]épublique|[ÎîIi]les?|[Dd]istrict|[Cc]omté|"
             r"[Pp]réfecture|[Gg]ouvernorat|[Mm]unicipalité|[Cc]ommune|[Cc]anton|[Éé]mirat|[Tt]erritoire)")

# a lower-case place noun right after the name, not the head of a longer capitalised name
_NOUN_AFTER = re.compile(rf"[ \t]+{PLACE_NOUNS_EN}(?:['’]s)?\b(?![ \t]+[{_UP}])")
# the name closes with a place noun (a region's or an island group's own name)
_HEAD_LAST = frozenset("Province Region Oblast Governorate Prefecture Islands Island Krai".split())
# the name closes with a place noun heading "of <Name>" ("the Autonomous Republic of ...")
_HEAD_OF_AFTER = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?[{_UP}]")
# a place noun heading the name from before it
_HEAD_BEFORE_EN = re.compile(rf"\b{_EN_HEADS}[ \t]+of[ \t]+(?:the[ \t]+)?$")
_HEAD_BEFORE_FR = re.compile(rf"(?:\b{_FR_HEADS}[ \t]+(?:(?:de|du|des)[ \t]+|d['’]|de[ \t]+l['’][ \t]*)"
                             r"|(?<![\w-])[ÎîIi]les[ \t]+)$")  # (« les îles Corvo »: islands alone need no "de")
# a court's seat: its noun, then only the words of a court's kind, then "de"/"in"
_COURT_WORDS_FR = (r"(?:[ \t]+(?:de[ \t]+)?(?:[Gg]rande|[Ii]nstance|[Pp]remière|administratif|"
                   r"d['’][ \t]*appel|d['’][ \t]*instance|hors|classe|régional|suprême|fédéral|pénal|"
                   r"correctionnel|civil|judiciaire|[Cc]ommerce|du[ \t]+travail))*")
_SEAT_FR = re.compile(rf"\b(?:[Tt]ribunal|[Tt]ribunaux|[Cc]our|TGI|[Pp]arquet){_COURT_WORDS_FR}"
                      r"[ \t]+(?:de[ \t]+|d['’][ \t]*)$")
_SEAT_EN = re.compile(r"\b(?:court|courthouse|tribunal|prosecutor's office)[ \t]+in[ \t]+$")
# where a party is based, registered or located
_BASED_EN = re.compile(r"\b(?:based|headquartered|located|registered|incorporated|domiciled)"
                       r"[ \t]+in[ \t]+(?:the[ \t]+)?$")
_BASED_FR = re.compile(r"\b(?:basée?s?|établie?s?|domiciliée?s?|située?s?|immatriculée?s?|installée?s?|"
                       r"implantée?s?|enregistrée?s?)[ \t]+(?:à|en|au|aux|dans[ \t]+les?)[ \t]+$")
# a town, then its state or country and the sentence's or clause's end
_IN_BEFORE = re.compile(r"\b(?:in|at|from|near|à|près[ \t]+de)[ \t]+$")
# a place's name going on after an elided « d' » (« Côte d'Ivoire »)
_GEOGRAPHIC_HEADS = frozenset("côte cote coast île ile golfe baie cap".split())
_ELIDED_PLACE_AFTER = re.compile(rf"[ \t]+d['’](?P<p>[{_UP}][\w\-]+)")
_STATE_AFTER = re.compile(rf",[ \t]+(?P<p>[{_UP}][\w’'\-]+(?:[ \t]+[{_UP}][\w’'\-]+)?)(?=[ \t]*(?:[.;,)]|$))")


def _told_as_place(text: str, start: int, end: int, name: str) -> bool:
    before = text[max(0, start - 80) : start]
    if _NOUN_AFTER.match(text, end) or name.split()[-1] in _HEAD_LAST:
        return True
    if re.search(rf"\b{_EN_HEADS}$", name) and _HEAD_OF_AFTER.match(text, end):
        return True
    if _HEAD_BEFORE_EN.search(before) or _HEAD_BEFORE_FR.search(before):
        return True
    if re.match(r"Îles?[ \t]", name):
        return True  # « les Îles Corvo » read whole
    if _SEAT_FR.search(before) or _SEAT_EN.search(before):
        return True
    if _BASED_EN.search(before) or _BASED_FR.search(before):
        return True
    joined = _ELIDED_PLACE_AFTER.match(text, end)
    if joined is not None and name.casefold() in _GEOGRAPHIC_HEADS and is_place(f"{name} {joined['p']}"):
        return True  # « Côte » of « Côte d'Ivoire »: the finder stops at the elided « d' »
    state = _STATE_AFTER.match(text, end)
    return bool(state and _IN_BEFORE.search(before) and is_place(state["p"]))


def place_spans(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The names among ``spans`` (start, end, name) that one of their mentions tells as a
    place; the caller leaves out a name of a company's shape."""
    return {name for a, b, name in spans if _told_as_place(text, a, b, name)}
