"""Enumerations of named parties and the group words that take them up later.

An act may be told of a group by a word that counts or points back to it ("les trois",
"ces responsables", "the three", "both"), the group's members named in an earlier
sentence as a coordinated list. This module holds the language-neutral part: the count
words and the members of the nearest earlier enumeration; the wording of each language's
group words is in its pack (``people_anaphora``).

The enumeration itself, read as one structure (``enumeration``): it opens where an act's
object, a list's inclusion verb or a colon leaves off (or at the sentence's start, for a
coordinated subject) and runs over items separated by commas, "and", "as well as" or, when
its items carry descriptions of their own, semicolons ("A, a director of X; B, a banker;
and C and D, who ..."). Each item is one name with what belongs to it: a title or a
relation before it ("Defence minister A", "his deputy B", "the military bank C"), an
acronym or an alias in brackets after it ("D (DB)"), its origin ("E of Colombia"). Between
items stand their descriptions ("A, a Cuban businessman, and B"), which name nobody of the
list ("F, the head of the G agency": G is the description's). The enumeration ends at a
clause of its own (a verb: "... and H were sanctioned"), a complement or a reason ("from
its list", "for ..."), or the sentence's end. ``enumeration_with`` finds the one a given
name is an item of; ``enumeration_acts.py`` gives the items their act.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .list_names import category_shaped
from .names import _ORG_TAIL_SET, Entity, is_place

#: number words of every pack, for the count a phrase tells ("les trois" → 3, "six officials" → 6)
COUNT_WORDS: dict[str, int] = {
    "two": 2, "both": 2, "pair": 2, "duo": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}


def count_told(phrase: str) -> int:
    """How many members a phrase counts ("pour les trois" → 3, "the 4 men" → 4, "the three
    companies" → 3), else 0."""
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
    for back, named in enumerate(reversed(recent)):
        people = [e for e in named if person_shaped(e)]
        if not people:
            continue
        if len(people) < 2 and count and _part_of_earlier(people, recent[: len(recent) - back - 1], count):
            continue  # "A and B won ... A told ... both men": one of the pair, told alone since
        if len(people) < 2 or (count and len(people) > count):
            return None
        return people
    return None


def _part_of_earlier(people: Sequence[Entity], earlier: Sequence[Sequence[Entity]], count: int) -> bool:
    """``people`` are some of the people an earlier sentence named as many as ``count``."""
    for named in reversed(earlier):
        those = [e for e in named if person_shaped(e)]
        if those:
            return len(those) == count and all(any(p is e for e in those) for p in people)
    return False


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


Span = tuple[int, int]


@dataclass(frozen=True)
class Enumeration:
    items: tuple[int, ...]  # indices of the item names in the spans given, in order
    end: int  # where the enumeration ends in the text


# a clause of its own after a name ends the enumeration ("... and B have been sanctioned")
_VERB = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|said|says|will|would|could|can|may|might|should|must|"
    r"do|does|did|est|sont|était|étaient|a|ont|avait|avaient|sera|seront|fut|furent)\b"
)
# a complement, a reason or a comparison after a name ends it too ("C from its list", "D for
# its role", "unlike E")
_CLOSER = re.compile(
    r"(?i)\s*(?:[-–—]\s+|\(|\b(?:from|to|for|over|under|into|onto|off|on|in|at|by|with|without|against|after|before|"
    r"because|since|as|than|unlike|except|besides|while|whereas|who|whom|whose|which|that|de|du|des|à|au|aux|pour|"
    r"par|sur|dans|avec|contre|après|avant|depuis|qui|que|dont)\b)"
)
# what may stand before an item's name: a title, a relation of kin or rank, a determiner
# ("the military bank", "his deputy", "Defence minister", "X's wife"), not an indefinite
# description ("a director of"), a relative, a verb or a preposition that ends the list
_BAD_LEAD = re.compile(
    r"(?i)\b(?:an?|one|who|whom|whose|which|that|for|from|to|by|with|against|over|under|into|onto|than|unlike|"
    r"except|besides|including|like|such|said|says|is|are|was|were|has|have|had|be|been|not|un|une|qui|dont|pour|"
    r"par|avec|contre|comme|sauf|est|sont|était|étaient|à|au|aux|en|sur|dans|chez|contrairement|selon|according|"
    r"but|mais)\b"
)
# a piece with no name that opens on a complement, a reason, a comparison or "but" ends the
# list ("..., from its list, its founder, X": X is no item)
_COMPLEMENT = re.compile(
    r"(?i)^\s*(?:from|to|for|over|under|into|onto|off|on|at|by|with|without|against|after|before|because|since|as|"
    r"than|unlike|except|besides|while|whereas|but|yet|de|à|au|aux|pour|par|sur|dans|avec|contre|après|avant|depuis|"
    r"mais|sauf)\b"
)
# a description that ends on a name ("head of the X Division", "chef de l'aile du X"): the
# pieces after it may be that name's own coordination ("Y and Z Division"); only ", and" or
# a semicolon opens the next item
_ENDS_IN_NAME = re.compile(
    r"(?i)(?:\b(?:of|de|du|des)\b|\bd['’]|['’]s\b)[^,;]*?(?-i:[A-Z])[\w’'.-]*(?:\s*\([^()]*\))?\s*$"
)
_FINAL_CONJUNCT = re.compile(r"(?i)(?:,\s*(?:and|as\s+well\s+as|et|ainsi\s+que|plus)|;\s*(?:and|et)?)\s*$")
# a lead that ends on a relation makes the name the description's ("the chief of Russia's
# X", "a unit of X", "the son of President Y", "le conseiller spécial du ministre Z"): no
# item (read from the last other name of the piece: "the owner of the Q group W" is W)
_RELATION_END = re.compile(
    r"(?i)(?:\b(?:of|at|in|de|du|des)\b|\bd['’]|['’]s?)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?:[\w’'-]+\s+){0,2}$"
)
# a title of office, then the office named in capitals, right before a person's name: the
# person holds it ("the Minister of Labour A", « la vice-présidente du Conseil fédéral B »,
# "the head of the Central Bank C"), no relation of kin or of ownership ("the son of
# President D", « le conseiller du ministre E »)
_OFFICE_HELD = re.compile(
    r"(?i)\b(?:minister|ministre|secretary|secrétaire|(?:vice-)?pr[eé]sident(?:e)?|chair(?:man|woman)?|head|chief|"
    r"director|directeur|directrice|governor|gouverneur|gouverneure|commander|commandant|chef|speaker|deputy|"
    r"adjointe?|spokes(?:man|woman|person)|porte-parole|prosecutor|procureure?|mayor|maire|ambassador|"
    r"ambassadrice|ambassadeur|commissioner|commissaire)\s+(?:(?:adjointe?|général(?:e)?|general)\s+)?"
    r"(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?(?-i:[A-ZÀ-Ý])[^,;:()]{0,60}$"
)
_RELATIVE_OPENS = re.compile(r"(?i)\s*(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquel(?:le)?s)\b")
# a participle or a gerund in the lead describes ("owned by", "appartenant à", "based in")
_PARTICIPLE_LEAD = re.compile(r"(?-i:\b[a-zà-ÿ][\w’'-]*(?:ing|ant|ed|ée?s?)\b)")
# what may follow an item's name inside its item: an acronym or alias in brackets, an
# origin ("of Colombia", "de Syrie")
_OK_PREFIX = r"(?:\s*\([^()]{0,80}\))*(?:\s+(?:of|from|de|du|d['’])\s*(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})?(?:\s*\([^()]{0,80}\))*"
_OK_HEAD = re.compile(_OK_PREFIX)
_OK_TAIL = re.compile(r"^(?:\s*\([^()]{0,80}\))*(?:\s+(?:of|from|de|du|d['’])\s*(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})?(?:\s*\([^()]{0,80}\))*\s*$")
# a piece that opens like a name the finders missed ("Sugon", "X's wife"), not a common noun
# phrase ("ships flagged in X")
_NAME_LIKE = re.compile(r"\s*(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*(?:['’]s\s+[a-z]+)?\s*$")
_AND = re.compile(r"(?i)^\s*(?:and|or|as\s+well\s+as|plus|et|ou|ainsi\s+que)\s+")
_INNER_SEP = re.compile(r"(?i)\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|or|as\s+well\s+as|et|ou|ainsi\s+que)\s+|\s+&\s+")
_START_BULLET = re.compile(r"^[\s•*\-–\"“«:]*")


def _depth_map(text: str) -> list[int]:
    """The bracket depth before each character (unbalanced closers count as nothing)."""
    depth, out = 0, []
    for ch in text:
        out.append(depth)
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return out


def _top_level_split(text: str, start: int, end: int, rx: re.Pattern[str], depth: list[int]) -> list[Span]:
    """The pieces of ``text[start:end]`` between matches of ``rx`` outside brackets."""
    out: list[Span] = []
    cur = start
    for m in rx.finditer(text, start, end):
        if depth[m.start()] or m.start() < cur:
            continue
        out.append((cur, m.start()))
        cur = m.end()
    out.append((cur, end))
    return out


def _item(text: str, spans: Sequence[Span], depth: list[int], s: int, e: int,
          persons: frozenset[int] = frozenset()) -> tuple[int | None, bool]:
    """The item of the piece ``text[s:e]`` (a name's index, or None when the piece is a
    description) and whether the enumeration stops after this piece. A person's name after
    a title of an office named in capitals is the office holder, the item ("le ministre des
    Finances A", "the head of the Central Bank B"), not the office's relation."""
    lo = bisect.bisect_left(spans, (s, -1))
    inside = [i for i in range(lo, bisect.bisect_left(spans, (e, -1))) if depth[spans[i][0]] == 0]
    piece = text[s:e]
    if not inside:
        if _COMPLEMENT.match(piece):
            return None, True
        # a description between items goes on ("a banker", "who runs a firm"); a clause
        # that is none ends the list ("the ministry said")
        opens = re.match(r"(?i)\s*(?:an?|the|one|another|both|his|her|its|their|who|whom|whose|which|un|une|le|la|"
                         r"les|l['’]|qui|dont|(?-i:[a-z]))", piece)
        return None, bool(_VERB.search(piece)) and opens is None
    k = inside[-1]  # a title's employer may come before the name ("X agency deputy director Y")
    a, b = spans[k]
    lead = _AND.sub("", text[s:a], count=1)
    lead = _START_BULLET.sub("", lead)
    tail = text[b:e]
    own = text[max([s, *(spans[i][1] for i in inside[:-1])]) : a]  # after the piece's other names
    held = k in persons and _OFFICE_HELD.search(own) is not None  # (the office's words describe nobody)
    if _BAD_LEAD.search(lead) or not held and (_RELATION_END.search(own) or _PARTICIPLE_LEAD.search(lead)) \
            or len(lead.split()) > 8:
        return None, False
    if _OK_TAIL.match(tail):
        return k, False
    # the tail ends the list when a verb, a complement or a relative follows the item's own
    # bracket or origin ("C (CC) were added", "D of Peru from its list")
    head = _OK_HEAD.match(tail)
    for cut in {head.end() if head else 0, 0}:  # (the greedy head, or nothing)
        if _CLOSER.match(tail, cut) or _VERB.match(tail[cut : cut + 20].lstrip()):
            return k, True
    return None, False


def enumeration(text: str, spans: Sequence[Span], start: int, end: int | None = None,
                strict: bool = False, persons: frozenset[int] = frozenset()) -> Enumeration:
    """The enumeration that opens at ``start`` in ``text`` (a sentence), with ``spans`` the
    names found in it (sorted by start): its items in order (none when what opens there is
    no item) and where it ends (after its last item, or where it stopped). ``strict``: the
    first piece must be an item (a coordinated subject: nothing but the list before the
    verb). ``persons``: the indices of the names that are people's (a person after a
    description that ends on a name opens the next item: "chef du M, A et B")."""
    end = len(text.rstrip(" .!?\"”»’'")) if end is None else end  # (not the sentence's stop)
    depth = _depth_map(text)
    first = next((i for i, (a, _b) in enumerate(spans) if a >= start and depth[a] == 0), None)
    if first is None:
        return Enumeration((), start)
    # semicolons separate the items when the items carry descriptions set off by commas
    # ("A, a banker; B, a lawyer; and C")
    semis = [m.start() for m in re.finditer(";", text[:end]) if m.start() > spans[first][1] and not depth[m.start()]]
    if semis and "," in text[spans[first][1] : semis[0]]:
        pieces = _top_level_split(text, start, end, re.compile(";"), depth)
        items: list[int] = []
        stop_at = end
        for n, (s, e) in enumerate(pieces):
            comma = [m.start() for m in re.finditer(",", text[s:e]) if not depth[s + m.start()]]
            head_end = s + comma[0] if comma else e
            sub = _top_level_split(text, s, head_end, _INNER_SEP, depth)
            got = [_item(text, spans, depth, a, b, persons) for a, b in sub if text[a:b].strip()]
            named = [k for k, _stop in got if k is not None]
            if not named:
                if n == 0:
                    return Enumeration((), start)
                stop_at = s
                break
            items += named
            if any(stop for _k, stop in got):
                stop_at = e
                break
        return Enumeration(tuple(dict.fromkeys(items)) if len(items) >= 2 else (), stop_at)
    if semis:
        end = semis[0]
    pieces = _top_level_split(text, start, end, _INNER_SEP, depth)
    items = []
    stop_at = end
    inside_name = False  # the last description ended on a name of its own
    relative = False  # the last piece opened a relative clause ("whose chairman, the minister of X Y")
    for n, (s, e) in enumerate(pieces):
        if not text[s:e].strip():
            continue
        # (a titled person set off after a relative is the relative's apposition, no item)
        k, stop = _item(text, spans, depth, s, e, frozenset() if relative else persons)
        relative = k is None and _RELATIVE_OPENS.match(text, s, e) is not None
        if inside_name and not _FINAL_CONJUNCT.search(text, max(start, s - 20), s) and (k is None or k not in persons):
            if stop:
                break
            continue  # ("head of the X Division, Y and Z": Y and Z are the description's)
        inside_name = k is None and bool(_ENDS_IN_NAME.search(text, s, e))
        if k is None and n == 0 and (_VERB.search(text, s, e) or strict and not _NAME_LIKE.match(text, s, e)):
            return Enumeration((), start)
        if k is not None:
            items.append(k)
        if stop:
            stop_at = e
            break
    return Enumeration(tuple(dict.fromkeys(items)) if len(items) >= 2 else (), stop_at)


def enumeration_with(text: str, spans: Sequence[Span], k: int, starts: Sequence[int]) -> Enumeration | None:
    """The enumeration that name ``k`` is an item of, read from the nearest of ``starts``
    before it that opens one holding it (two items at least); None when there is none."""
    for start in sorted({s for s in starts if s <= spans[k][0]}, reverse=True):
        found = enumeration(text, spans, start)
        if k in found.items:
            return found
    return None
