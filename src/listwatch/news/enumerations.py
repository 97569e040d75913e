"""Enumerations of named parties and the group words that take them up later.

An act may be told of a group by a word that counts or points back to it ("les trois",
"ces responsables", "the three", "both"), the group's members named in an earlier
sentence as a coordinated list. This module holds the language-neutral part: the count
words and the members of the nearest earlier enumeration; the wording of each language's
group words is in its pack (``people_anaphora``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .list_names import category_shaped
from .names import _ORG_TAIL_SET, Entity, is_place

#: number words of every pack, for the count a group word tells ("les trois" → 3)
COUNT_WORDS: dict[str, int] = {
    "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10,
}


def count_told(phrase: str) -> int:
    """How many members a group word counts ("pour les trois" → 3, "the 4 men" → 4), else 0."""
    for word in phrase.lower().split():
        if word in COUNT_WORDS:
            return COUNT_WORDS[word]
        if word.isdigit():
            return int(word)
    return 0


# a person's name as a list writes it: two to five capitalised words, name particles
# between ("Ali bin Hamad", "Karim el-Hadi"), no legal form, no word of trade, no acronym
_NAME_WORD = r"(?:[A-ZÀ-Ý][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-Ýa-zß-öø-ÿ][a-zß-öø-ÿ'’]+)*)"
_PERSON_SHAPED = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:al|el|bin|ibn|ben|bint|abu|van|von|de|da|di|dos|du|del|la|le)[\s-]+)?{_NAME_WORD}){{1,4}}"
)
_NOT_PERSON_WORDS = _ORG_TAIL_SET | frozenset(
    "Ltd Limited LLC Inc Corp Co SA SAS SARL AG GmbH Group Groupe Holding Holdings Company Compagnie Banque Bank "
    "Ministère Ministry Conseil Council Union Trésor Treasury Office Département Department Comité Committee".split()
)


def person_shaped(e: Entity) -> bool:
    """Told as a person, or named as one: its name is a person's name in shape and no place
    (the name finder marks a person only by a title or a first name it knows)."""
    if category_shaped(e.name):
        return False  # a list's name in capitals ("Ressortissants Spécialement Désignés")
    if e.person:
        return True
    return bool(_PERSON_SHAPED.fullmatch(e.name)) and not is_place(e.name) \
        and not any(w in _NOT_PERSON_WORDS for w in e.name.split())


def people_taken_up(recent: Sequence[Sequence[Entity]], count: int) -> list[Entity] | None:
    """The people a group word of people takes up: those of the nearest earlier sentence
    that names people (``recent``: the entities of each naming sentence, oldest first),
    when it names them as a group, two or more, and no more than the word counts ("les
    trois" after four names: a reader cannot tell which three; fewer: a member the name
    finder missed). One person named is no enumeration: "ces individus" may then be a
    group named later or never (nobody)."""
    for named in reversed(recent):
        people = [e for e in named if person_shaped(e)]
        if not people:
            continue
        if len(people) < 2 or (count and len(people) > count):
            return None
        return people
    return None


# what may stand between two members of one enumeration: a comma, a semicolon, "et",
# "and", "ainsi que", "as well as", and the article or the preposition the next member
# takes ("A, B et de C", "A et la société B")
_BETWEEN_MEMBERS = re.compile(
    r"(?i)\s*(?:,|;|,?\s*(?:et|and|ainsi\s+que|as\s+well\s+as))\s*(?:(?:de|d['’]|du|des|le|la|les|l['’]|the)\s*)?\Z"
)


def coordinated_runs(text: str, spans: Sequence[tuple[int, int, Entity]]) -> list[list[Entity]]:
    """The enumerations of ``text``: runs of two or more names (``spans``: start, end and
    entity, in the text's order) that only separators and articles part."""
    runs: list[list[Entity]] = []
    run: list[Entity] = []
    last_end = -1
    for start, end, ent in spans:
        if run and _BETWEEN_MEMBERS.match(text, last_end, start) is not None:
            if ent not in run:
                run.append(ent)
        else:
            if len(run) > 1:
                runs.append(run)
            run = [ent]
        last_end = end
    if len(run) > 1:
        runs.append(run)
    return runs


def object_group(people_word: re.Pattern[str], text: str, act_start: int, act_end: int,
                 spans: Sequence[tuple[int, int, Entity]]) -> list[Entity] | None:
    """The members an act's object takes up when it is a group word of people told right
    after the act ("avait gelé les avoirs de ces personnes") and the same sentence names
    them before the act as an enumeration of people: the nearest such run."""
    word = people_word.search(text, act_end, min(len(text), act_end + 80))
    if word is None or any(act_end <= s < word.start() for s, _e, _n in spans):
        return None
    for run in reversed(coordinated_runs(text, [sp for sp in spans if sp[1] <= act_start])):
        people = [e for e in run if person_shaped(e)]
        if len(people) > 1 and len(people) == len(run):
            count = count_told(word.group(0))
            return people if not count or count == len(people) else None
    return None
