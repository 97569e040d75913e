"""Acronyms an article defines, and the party an event names by one.

An article writes a party's full name once with the acronym it then uses ("National
University of Defense Technology (NUDT)", "NUDT (National University of Defense
Technology)", "Petróleos de Venezuela, known as PDVSA", "les Tigres de libération de
l'Eelam tamoul (TLET)") and tells its events with the acronym. The party of such an event
is the full name, as a careful summary writes it. An acronym the article defines for an
authority or a list ("Bureau of Industry and Security (BIS)"), and the usual acronyms of
authorities and lists, are no party at all: their events are dropped. A parenthesis that
holds a ticker or a place code ("(NYSE: XYZ)", "(HK)") defines nothing.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from listwatch.text import core_name, phrase_words
from listwatch.text import name_key as normalize

from .legal_event import Event
from .names import ACRONYM_GLUE, AUTHORITY_ACRONYMS, AUTHORITY_HEADS, LEGAL_FORMS, Entity, initials
from .places import COUNTRY_WORDS, PLACE_WORDS

#: place codes written in parentheses after a name ("Xiaomi (HK)"): no definition
_PLACE_CODES = frozenset("HK US USA UK CN RU FR DE JP KR TW IR SG AE UAE EU UE PRC ROC".split())

_ACR = r"[A-Z][A-Za-z0-9&\-]{1,9}"
_Q = r"[“\"'‘«]?\s*"
_QE = r"\s*[”\"'’»]?"
# "Full Name (ACR)", "Full Name (the “ACR”)", "Full Name (ci-après « ACR »)"
_AFTER_NAME = re.compile(
    rf"\(\s*(?:the\s+|la\s+|le\s+|l['’]|(?:ci-après|hereinafter|hereafter)\s*:?\s*)?{_Q}(?P<a>{_ACR}){_QE}\s*\)"
)
# "ACR (Full Name)"
_BEFORE_NAME = re.compile(rf"(?<![\w\-])(?P<a>{_ACR})\s*\(\s*(?P<full>[^()\n]{{4,120}}?)\s*\)")
# "Full Name, known as ACR", "Full Name (also known as ACR)", "Full Name, dite ACR"
_KNOWN_AS = re.compile(
    rf"(?:,\s*|\s*\(\s*)(?:(?:also|commonly|better|widely)\s+)?(?:known\s+as|referred\s+to\s+as|called|"
    rf"dite?s?|appelée?s?|connue?s?\s+sous\s+(?:le\s+nom\s+(?:de\s+|d['’])|l['’]acronyme\s+(?:de\s+)?|"
    rf"le\s+sigle\s+(?:de\s+)?))\s*(?:the\s+)?{_Q}(?P<a>{_ACR})(?![\w\-])"
)


# "Full Name ACR": an acronym in capitals written right after the words of a name, with no
# bracket (the heading of a court's paper names a body so); kept only for an authority
_RIGHT_AFTER = re.compile(r"(?<=[a-zà-ÿ] )(?P<a>[A-Z]{3,8})(?![\w\-])")
# the head of a court's name, opening the words that spell the acronym a page uses for it
_COURT_RUN = re.compile(r"(?i)(?<![\w\-])(?:cour|court|tribunal|chamber|chambre)\b(?:[ \t]+[\w’'\-]+){1,6}")
# and an English court's capitalised name closed by its head ("the Trade Appeals Court")
_COURT_RUN_EN = re.compile(r"(?<![\w\-])(?:[A-Z][\w’'\-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*){1,5}(?:Court|Tribunal|Chamber)\b")


def _letters(acronym: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", anyascii(acronym).upper())


def _initials(words: list[str]) -> set[str]:
    """The acronyms a run of words can make: of its every word, of its words but the glue,
    of its capitalised words; each also without the legal forms that end it."""
    bare = list(words)
    while len(bare) > 1 and bare[-1].lower().strip(".,") in LEGAL_FORMS:
        bare.pop()
    return initials(words) | initials(bare)


def _name_before(text: str, end: int, letters: str) -> str | None:
    """The longest run of words ending at ``end`` (on its line, opened by a capital) whose
    initials make ``letters``."""
    line_start = text.rfind("\n", 0, end) + 1
    chunk = text[max(line_start, end - 200) : end].rstrip(" ,")
    toks = chunk.split()
    best = None
    for i in range(len(toks) - 1, max(-1, len(toks) - 16), -1):
        words = phrase_words(" ".join(toks[i:]))
        if not words or not (words[0][0].isupper() or words[0][0].isdigit()) or words[0].lower() in ACRONYM_GLUE:
            continue
        if letters in _initials(words):
            best = " ".join(toks[i:])
    if best is None and len(letters) >= 3:
        best = _spelt_within(toks[-(len(letters) + 5):], letters)
    if best is None:
        return None
    best = re.sub(r"^(?:[ldLD]['’])", "", best.strip(" ,;:“”\"'‘’«»"))
    return best if " " in best or len(best) >= 2 * len(letters) else None


def _authority_spelt(text: str, end: int, letters: str) -> str | None:
    """The words before ``end`` (on its line) opened by an authority's head word that
    spell ``letters`` in order with the initials of some of their words, glue aside: the
    acronym of a body whose qualifier it leaves out ("Department of Zemblan Trade and
    Industry (DTI)" would need no help; « Département fédéral de l'industrie et du
    commerce (DIC) » leaves out « fédéral »)."""
    line_start = text.rfind("\n", 0, end) + 1
    toks = text[max(line_start, end - 200) : end].rstrip(" ,").split()
    for i in range(len(toks) - 1, max(-1, len(toks) - len(letters) - 8), -1):
        words = [w for t in toks[i:] for w in phrase_words(t) if w.lower() not in ACRONYM_GLUE]
        if not words or normalize(words[0]) not in AUTHORITY_HEADS or not toks[i][0].isupper():
            continue
        initials = "".join(w[0] for w in words).upper()
        it = iter(initials)
        if initials[0] == letters[0] and all(c in it for c in letters):
            return " ".join(toks[i:])
    return None


def court_acronym(text: str, acronym: str) -> bool:
    """An acronym the page uses undefined whose letters are the initials of a court's name
    it writes elsewhere, glue aside (« CAA » for « la cour administrative d'appel »): the
    court, no party."""
    letters = _letters(acronym)
    if len(letters) < 2:
        return False
    for m in _COURT_RUN.finditer(text):
        words = [w for w in phrase_words(m.group(0)) if w.lower() not in ACRONYM_GLUE]
        if "".join(w[0] for w in words[: len(letters)]).upper() == letters:
            return True
    for m in _COURT_RUN_EN.finditer(text):
        words = [w for w in phrase_words(m.group(0)) if w.lower() not in ACRONYM_GLUE]
        if "".join(w[0] for w in words[-len(letters) :]).upper() == letters:
            return True
    return False


def _spelt_within(toks: list[str], letters: str) -> str | None:
    """The words before an acronym that spell it with letters inside words too, read from
    the end as Schwartz and Hearst do ("Aviation Industry Corporation of China (AVIC)",
    "China Electronics Technology Group Corporation (CETC)"): its first letter opens a
    word, and that word, a capitalised one that is no glue word, opens the full name."""
    if not toks:
        return None
    words = [anyascii(t) for t in toks]
    long = " ".join(words).upper()
    short = letters
    si, li = len(short) - 1, len(long) - 1
    while si >= 0:
        c = short[si]
        while li >= 0 and (long[li] != c or si == 0 and li > 0 and long[li - 1].isalnum()):
            li -= 1
        if li < 0:
            return None
        si -= 1
        li -= 1
    start = long.count(" ", 0, li + 1)  # the word the first letter opens
    name = toks[start:]
    head = phrase_words(name[0])
    if not head or not head[0][0].isupper() or head[0].lower() in ACRONYM_GLUE:
        return None
    if len(name) == 1 and len(head[0]) < 2 * len(letters):
        return None  # one word spells it only if long enough: "Sovcomflot (SCF)"
    return " ".join(name)


def definitions(text: str) -> dict[str, str]:
    """The acronyms ``text`` defines, each with the full name it stands for (the first
    definition wins)."""
    found: dict[str, str] = {}

    def keep(acr: str, full: str | None) -> None:
        if not full or acr in found or acr.upper() in _PLACE_CODES:
            return
        if normalize(full) in COUNTRY_WORDS or normalize(full) in PLACE_WORDS:
            return
        found[acr] = full

    for m in _AFTER_NAME.finditer(text):
        letters = _letters(m.group("a"))
        if 2 <= len(letters) <= 10:
            keep(m.group("a"), _name_before(text, m.start(), letters)
                 or _authority_spelt(text, m.start(), letters))
    for m in _RIGHT_AFTER.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if not before or before[-1].lower() in ACRONYM_GLUE:
            continue  # "the ACR", « la ACR »: the acronym used, not defined
        full = _name_before(text, m.start(), _letters(m.group("a")))
        if full is not None and is_authority(full) and not re.search(r"[.;:!?]\s", full):
            keep(m.group("a"), full)
    for m in _BEFORE_NAME.finditer(text):
        letters = _letters(m.group("a"))
        full = m.group("full").strip(" “”\"'‘’«»")
        words = phrase_words(full)
        if 2 <= len(letters) <= 10 and len(words) >= 2 and letters in _initials(words) \
                and (words[0][0].isupper() or words[0][0].isdigit()):
            keep(m.group("a"), full)
        elif len(letters) >= 3 and len(full.split()) <= len(letters) + 2 \
                and _spelt_within(full.split(), letters) == full:
            keep(m.group("a"), full)  # "PSB (Promsvyazbank)": spelt inside its words
    for m in _KNOWN_AS.finditer(text):
        letters = _letters(m.group("a"))
        if 2 <= len(letters) <= 10:
            full = _name_before(text, m.start(), letters)
            if full is None:
                # "Petróleos de Venezuela S.A., known as PDVSA": the name's words, legal
                # form aside, need not make the acronym letter for letter
                line_start = text.rfind("\n", 0, m.start()) + 1
                run = re.search(r"(?:[A-ZÀ-Þ][\w.&’'\-]*\s+(?:(?:de|of|del|du|des|la)\s+)?){1,6}[A-ZÀ-Þ][\w.&’'\-]*$",
                                text[line_start : m.start()].rstrip(" ,"))
                if run and _letters(run.group(0))[:1] == letters[:1]:
                    full = run.group(0)
            keep(m.group("a"), full)
    return found


def is_authority(full: str) -> bool:
    """A full name that names an authority, a court or a list (its head word)."""
    return any(w in AUTHORITY_HEADS for w in normalize(full).split())


def resolve(text: str, events: list[Event], entities: list[Entity]) -> list[Event]:
    """The events with each party named by a defined acronym given its full name (the
    entity the article names in full, if any, else the acronym's own, renamed); events of
    an authority's or a list's acronym dropped."""
    defs: dict[str, str] | None = None
    out = []
    for ev in events:
        name = ev.entity.name.strip()
        if name.upper() in AUTHORITY_ACRONYMS and not ev.entity.key:
            continue
        if not re.fullmatch(_ACR, name) or sum(c.isupper() for c in name) < 2 or ev.entity.key:
            if not ev.entity.key and ev.entity.aliases:
                # a name cut to its last words ("Service" of "Federal Security Service
                # (FSS)"): the full name the article defines for the acronym it aliases
                if defs is None:
                    defs = definitions(text)
                full = next((f for a in sorted(ev.entity.aliases) if (f := defs.get(a)) is not None
                             and len(f) > len(name) and f.endswith(" " + name)), None)
                if full is not None and not is_authority(full):
                    ev.entity.name = full
            out.append(ev)
            continue
        if defs is None:
            defs = definitions(text)
        full = defs.get(name)
        if full is None:
            if not court_acronym(text, name):
                out.append(ev)
            continue
        if is_authority(full):
            continue
        key = normalize(core_name(full))
        same = next((e for e in entities if e is not ev.entity and not e.person
                     and normalize(core_name(e.name)) == key), None)
        if same is not None:
            same.aliases.add(name)
            ev.entity = same
        else:
            ev.entity.name = full
            ev.entity.aliases.add(name)
        out.append(ev)
    return out
