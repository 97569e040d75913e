"""Organisations on no list, found by rules: a capitalised sequence with a legal form, a
cue noun, an apposition, "X-based", coordination with a known name, a trigger's subject or
object place, lists after a colon or "are", recurring words, acronyms and inner capitals;
then each name's short forms, searched across the text."""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from listwatch.text import SUFFIX_WORDS, core_name
from listwatch.text import name_key as normalize

from .lang import AGENCY_ACTS, PACKS, LangPack, weekday_names
from .list_lines import list_names
from .lone_names import lone_names
from .names import (
    _ACRONYM,
    _AUTH_WORDS,
    _CAMEL,
    _FUNCTION_WORDS,
    _NAME,
    _NOT_COMPANY,
    _OPENERS,
    _ORG_TAIL,
    _ORG_TAIL_SET,
    _PLACE_GLUE,
    _SUFFIX,
    _TOK,
    _TRADE_WORDS,
    _UP,
    ACRONYM_GLUE,
    ADVERB_OPENER,
    AUTHORITY_HEADS,
    DATELINE,
    GENERIC_NOUNS,
    KIN,
    LEGAL_FORMS,
    Mention,
    _all_positions,
    _auth_word,
    _clean_name,
    _defines_law,
    _is_person,
    _is_title_line,
    _non_overlapping,
    _stop_tokens,
    dateline_places,
    designee_institution,
    find_word,
    glued_rubric,
    initials,
    inside_other_name,
    is_place,
    market_index,
    name_like,
    opens_sentence,
)
from .nonparty_names import credited_outlet
from .people_of_places import person_of_place
from .places import COUNTRY_WORDS
from .sentences import split_sentences
from .state_bodies import (
    common_words_body,
    numbered_bodies,
    state_bodies,
    state_forces_en,
    state_ministries_en,
)
from .triggers import find_triggers


@cache
def _org_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    pack = PACKS[code]
    cue = pack.org_cue_before
    app_cue = cue
    return (
        # a legal form, and the country a company's name ends with ("Commercial Aircraft
        # Corp. of China", "Western Rotorcraft Corp. of Canada"), or any word before an
        # abbreviation in parentheses; a place in parentheses before the legal form is part
        # of the name ("Kestrel (Tianjin) Co.", "Delta Ocean Shipping (East Asia) Inc")
        re.compile(rf"(?<![^\W_])(?P<n>{_NAME}(?:[ \t]+[0-9]{{1,4}})?(?:[ \t]+\([{_UP}][\w\-]+(?:[ \t]+[{_UP}][\w\-]+)?\))?)"
                   rf"(?:,?\s+{_SUFFIX})+(?:[ \t]+of[ \t]+(?P<of>{_TOK})(?![ \t]+[{_UP}]))?"),
        re.compile(rf"(?i:\b(?:{cue})(?:s(?=[ \t]))?)\s+{pack.org_cue_between}[«“\"‘]?\s*(?P<n>{_NAME})"),
        re.compile(
            rf"(?<![^\W_])(?P<n>{_NAME}),\s+(?i:(?:{pack.org_apposition}))\s*[^,.;()]{{0,60}}?\b(?i:{app_cue})\b"
        ),
        re.compile(rf"\b[{_UP}][\w]+-based\s+(?P<n>{_NAME})"),
        # a cue noun in apposition before the name ("another lender, Minsk Credit Union",
        # "son concurrent, Orvex Trading")
        re.compile(rf"\b(?i:(?:another|an?|the|its|their|une?|autre|le|la|son|sa|leur|(?-i:[{_UP}])[\w-]+['’]s)\s+"
                   rf"(?:[\w'’-]+\s+){{0,3}}?(?:{cue}))\s*,\s+(?P<n>{_NAME})(?=\s*[,.;)]|\s+(?:was|were|is|has|had|a|est|avait)\b)"),
        # the cue noun and its complement set off by a comma, the name closing the phrase
        # ("dont le géant des télécoms, Orvex.", "the maker of the drones, Orvex, ...")
        re.compile(rf"\b(?i:(?:the|a|an|its|le|la|l['’]|un|une|son|sa|leur)\s*(?:[a-zà-ÿ]+[ \t]+){{0,2}}?(?:{cue})(?:s(?=[ \t]))?)[ \t]+"
                   rf"(?:[a-zà-ÿ'’\-]+[ \t]+){{0,4}}?[a-zà-ÿ'’\-]+,[ \t]+(?P<n>{_NAME})(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:and|et|ou|or|ainsi)\b)"),
        # a name before its officer's title ("Kylin Microsystems CEO John Tarrant")
        re.compile(rf"(?<![^\W_])(?P<n>{_NAME})(?:['’]s)?\s+(?:CEO|(?i:chief\s+executive|chairman|chairwoman|founder|"
                   rf"spokes(?:man|woman|person)|general\s+counsel|PDG|président|porte-parole))\b"),
        # a name whose shares trade is a company ("shares of Luokung", "Xiaomi shares fell")
        re.compile(rf"\b(?i:shares|stock|ADRs)\s+(?:of|in)\s+(?P<n>{_NAME})"),
        re.compile(rf"(?<![^\W_])(?P<n>{_NAME})(?:['’]s)?\s+(?i:shares|stock)\s+(?i:rose|fell|jumped|dropped|slid|"
                   rf"surged|tumbled|plunged|climbed|gained|lost|sank|soared|were|have)\b"),
    )


@cache
def _tailed_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?<![\w’'\-])|(?<=\b[dlDL]['’]))(?P<n>(?:{_TOK}[ \t]+(?:(?:&|de|of)[ \t]+)?){{1,4}}(?:{_ORG_TAIL}))(?![\w\-])"
        rf"(?![ \t]*[{_UP}0-9])(?![ \t]+(?:and|&)[ \t]+(?:{_ORG_TAIL})\b)"
    )


# the words after a business word's "of" ("Academy of Sciences"); "and" joins one last
# word only ("of Science and Technology", not "of Acoustics and Orvex Trading")
_OF_AFTER_TAIL = re.compile(rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_TOK}(?:[ \t]+(?:(?:&|of)[ \t]+)?{_TOK}){{0,3}}"
                            rf"(?:[ \t]+and[ \t]+{_TOK}(?![ \t]+[{_UP}0-9]))?(?![\w\-])")
_PAREN_AFTER = re.compile(r"[ \t]*\((?P<p>[^()\n]{0,60})\)?")


def _tailed(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A capitalised name ending in a business word ("Blue Heron Tankers", "Apex
    Maritime"), unless it is part of a longer name already found or goes on in
    parentheses (a country in parentheses after it is no part of it)."""
    for m in _tailed_re().finditer(text):
        par = _PAREN_AFTER.match(text, m.end())
        if par and not is_place(par.group("p").strip()):
            continue  # "Apex Marine (Holdings) Ltd" goes on; "Apex Marine (Russia)" is named
        name = _clean_name(m.group("n"), pack)
        more = _OF_AFTER_TAIL.match(text, m.end())
        if name and more:
            # "Chinese Academy of Sciences", "Kelmor Bank of Commerce": the name goes on
            name = _clean_name(m.group("n") + more.group(0), pack) or name
        if not name or any(name in f for f in found.values()):
            continue
        found.setdefault(core_name(name), name)


# a complement of place right before a name ("active in [Norland] X", « actif en [Norlandie] X »)
_PLACE_COMPLEMENT = re.compile(r"(?i)\b(?:en|au|aux|à|dans|in)\s+$")


def find_organisations(text: str, lang: str) -> list[Mention]:
    """Organisation names found by rules, and every later occurrence of their short form."""
    pack = PACKS[lang]
    found: dict[str, str] = {}  # core -> longest full name
    for pat in _org_patterns(lang):
        for m in pat.finditer(text):
            full = m.group(0) if pat is _org_patterns(lang)[0] else m.group("n")
            if pat is _org_patterns(lang)[0] and m.group("of") and not is_place(m.group("of")) \
                    and not re.match(r"[ \t]*\(", text[m.end():]):
                full = full[:m.start("of")].rstrip()[:-2]  # "of" a word that is no place
            name = _clean_name(full.rstrip(",").strip().rstrip("."), pack)
            if not name or pat is not _org_patterns(lang)[0] and credited_outlet(text, m.start("n"), m.end("n")):
                continue
            first = name.split()[0]
            if " " in name and is_place(first) and _PLACE_COMPLEMENT.search(text, max(0, m.start("n") - 8), m.start("n")) \
                    and pat is not _org_patterns(lang)[0]:
                # « le groupe actif en Norlandie X »: the place closes the description, the name follows
                name = _clean_name(name[len(first) :].strip(), pack)
                if not name:
                    continue
            core = core_name(name)
            if len(name) > len(found.get(core, "")):
                found[core] = name
    _tailed(text, pack, found)
    if lang == "fr":
        _french_heads(text, found)
    _coordinated(text, pack, found)
    _verb_parties(text, lang, pack, found)
    _trigger_arguments(text, lang, pack, found)
    _colon_lists(text, pack, found)
    list_names(text, pack, found)
    _recurring(text, pack, found)
    _shaped(text, pack, found)
    lone_names(text, lang, pack, found)
    _coordinated(text, pack, found)  # names the later rules found have partners too
    _acronym_definitions(text, pack, found)
    for core in [c for c, n in found.items() if glued_rubric(n)]:
        del found[core]
    # acronyms in parentheses right after a name: "... Corp (SMIC)" (the parentheses are
    # found once; a pattern per name overflowed the ``re`` cache)
    names = sorted(set(found.values()), key=len, reverse=True)
    seen: set[str] = set()
    for par in _PAREN_ACRONYM.finditer(text):
        head = _BEFORE_PAREN.sub("", text[: par.start()])
        for name in names:
            if name in seen or not head.endswith(name):
                continue
            a = par.group("a")
            if a[1:].islower() and (a[0] != name[0] or is_place(a) or a in name.split() or " " not in name):
                continue  # a word in parentheses is a short name only when it is the name's own ("Cosco")
            seen.add(name)
            if found.get(a, a) == a:
                found[a] = name
    _joined_names(text, pack, found)
    _drop_openers(text, found)
    for core in [c for c, n in found.items() if person_of_place(n, lang)]:
        del found[core]  # "Lidia Paz of Ecuador": a person (the person finder's) and a place
    places = dateline_places(text)
    heads = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
    for core, name in list(found.items()):
        spots = find_word(text, name)
        if name.casefold() in places or spots and all(
                any(a <= p < b for a, b in heads) for p in spots):
            del found[core]  # "ZUG, March 10 (Reuters) -": the dateline's city
            continue
        if spots and all(market_index(text, a, a + len(name)) for a in spots):
            del found[core]  # "The Hang Seng Index closed lower", "l'indice CAC 40": a market index
            continue
        if spots and all(_is_title_line(text, a) for a in spots) and " " in name and not _org_shaped(name):
            del found[core]  # "Commercial Drone Manufacturer, DJI, Among ..." in a headline
    parents = _parents(text, found)
    _fold_first_words(found, parents)
    mentions: list[Mention] = []
    for core, name in found.items():
        for form in _short_forms(name, core, pack):
            if form != name and form in parents:
                continue  # "Hexmoor and its subsidiary Hexmoor Cloud": "Hexmoor" is the parent
            flags = re.IGNORECASE if form.isupper() or not form[1:].islower() else 0
            last_word = form != name and " " in name and name.split()[-1] == form
            # (the given name of a person-shaped name opening another one: "Olga Renko and
            # Olga Varga" holds no short form of the first in the second)
            first_given = form != name and name.split()[0] == form and _PERSONLIKE.fullmatch(name) is not None \
                and not any(w in _TRADE_WORDS or _auth_word(w) or is_place(w) for w in name.split())
            for a in find_word(text, form, fold=bool(flags), plus=True):
                found_text = text[a : a + len(form)]
                if last_word and inside_other_name(text, a, pack):
                    continue  # "Omar Haddad" holds no short form of "Karim Haddad"
                if last_word and _GIVEN_NAME_NEXT.match(text, a + len(form)):
                    continue  # "Haddad Omari" opens another person's name: no short form of "Karim Haddad"
                if first_given and _GIVEN_NAME_NEXT.match(text, a + len(form)) \
                        and not text.startswith(name, a):
                    continue  # "Olga [Varga]" opens another person's name: no short form of "Olga Renko"
                if name_like(found_text) and not found_text[:1].isdigit() or found_text[:1].isdigit() and (
                        " " in found_text or sum(c.isalpha() for c in found_text) >= 3):  # "4Paradigm", not "1260H"
                    mentions.append(Mention(name=name, start=a, end=a + len(form), text=found_text))
        if " " in name and not name.isupper():
            # the name written in lower case in running text ("the firm lumen optics",
            # "said skyreach robotics had"): the article capitalises it elsewhere
            for a in find_word(text, name, fold=True):
                low = text[a : a + len(name)]
                if low.islower() and _lower_ok(text, a, low, pack):
                    mentions.append(Mention(name=name, start=a, end=a + len(name), text=low))
    mentions.extend(_cued_lower(text, pack, {n.casefold() for n in found.values()}))
    if lang == "fr":  # "la banque centrale zemblienne": no capital, a state's adjective
        mentions.extend(Mention(name=n, start=a, end=b, text=n) for n, a, b in state_bodies(text))
    else:  # "Zembla's morality police", "the Zemblan riot police"
        mentions.extend(Mention(name=n, start=a, end=b, text=n) for n, a, b in state_forces_en(text))
        # "the Zemblan Ministry of Defense": a capitalised body a listed state's word tells
        mentions.extend(Mention(name=n, start=a, end=b, text=text[a:b]) for n, a, b in state_ministries_en(text))
        # "Department 53", "Office 39": a body named by its head and a number
        mentions.extend(Mention(name=n, start=a, end=b, text=n) for n, a, b in numbered_bodies(text))
    return _non_overlapping(mentions)


# a French institution named head first, after its article: "l'Institut Mercator", "la
# Fondation Orvex", "l'Alliance des libertés", "les Forces de l'ordre moldaves" (the
# words after "des"/"de l'" may be lower case; an adjective may close the name)
_FR_HEADED = re.compile(
    r"(?:(?<=\b[lL]['’])|(?<=\b[lL][ae]\s)|(?<=\b[lL]es\s))(?P<n>(?:Institut|Fondation|Alliance|Association|Organisation|"
    r"Académie|Fédération|Front|Mouvement|Brigades?|Forces|Agence|Centre)"
    r"(?:\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’]|pour\s+(?:la|le|les|l['’]))\s*"
    r"(?!(?:des|du|de|et|ou|en|à|au|aux|la|le|les|qui|que|dans|sur|pour|par)\b)[a-zà-ÿ][\w'’-]+"
    r"(?:\s+(?!(?:des|du|de|et|ou|en|à|au|aux|la|le|les|qui|que|dans|sur|pour|par|a|est|sont|ont)\b)[a-zà-ÿ][\w'’-]+(?=\s*[,.;:)]))?"
    r"|(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}))"
)


# a French bank or company named as French writes an institution, its first word alone
# capitalised: "la Banque centrale de Zembla", "la Banque d'épargne,", "la Société
# générale des mines,", "la Caisse agricole mutuelle et": the head, up to two lower-case
# words and a complement, closed by punctuation, a conjunction or a capitalised complement
_FR_LOW = r"(?!(?:des|du|de|et|ou|en|à|au|aux|la|le|les|qui|que|dans|sur|pour|par|a|est|sont|ont|avait|était|sera|fait|doit|peut|va|n['’]|ne|se|s['’]|y)\b)[a-zà-ÿ][a-zà-ÿ'’-]{2,}"
_FR_BODY_HEADED = re.compile(
    r"(?:(?<=\b[lL]a\s)|(?<=\b[lL]['’]))(?P<n>(?:Banque|Société|Compagnie|Caisse|Bourse)"
    r"(?:(?:\s+" + _FR_LOW + r"){1,2}(?:\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*(?:"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?|" + _FR_LOW + r"))?"
    r"|\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*" + _FR_LOW + r"(?:\s+" + _FR_LOW + r")?))"
    r"(?=\s*[,.;:)»\"”]|\s+(?:et|ou)\s|\s*$)"
)


def _french_heads(text: str, found: dict[str, str]) -> None:
    """French institutions named head first ("l'Alliance des libertés", "la Banque
    d'épargne")."""
    for m in [*_FR_HEADED.finditer(text), *_FR_BODY_HEADED.finditer(text)]:
        name = m.group("n").strip()
        if any(name in f for f in found.values()):
            continue
        found.setdefault(core_name(name), name)


_LOWER_TAIL = re.compile(
    rf"(?i:{_ORG_TAIL}|{'|'.join(re.escape(w) for w in sorted(_TRADE_WORDS, key=len, reverse=True))})$"
)


_LOWER_END = re.compile(
    r"\s*[,.;:)]|\s+(?:was|were|has|had|have|is|are|did|does|will|would|said|says|could|may|a|avait|avaient|"
    r"est|sont|ont|était|sera|n['’]|ne|et|and)\b"
)


def _lower_ok(text: str, a: int, low: str, pack: LangPack) -> bool:
    """A lower-case writing of a name the article capitalises elsewhere is that name after
    a company cue ("the firm", "la société"), or when its first word is no common word
    (never found in lower case outside the name)."""
    if re.search(rf"(?i)\b(?:{pack.org_cue_before})\s+$", text[max(0, a - 30) : a]):
        return True
    first = low.split()[0]
    if first in _FUNCTION_WORDS or normalize(first) in GENERIC_NOUNS or len(first) < 4:
        return False
    if not _LOWER_END.match(text, a + len(low)):
        return False  # "global trading volumes were": the words run on into a phrase
    return not any(not (a <= p < a + len(low)) and text[p : p + len(first)] == first
                   for p in find_word(text, first) if not text[p : p + len(low)].casefold() == low.casefold())


_CUED_LOWER = re.compile(
    r"(?i:\b(?:the\s+(?:firm|company)|la\s+société|l['’]entreprise|the\s+trader|le\s+négociant))\s+"
    r"(?P<n>(?!(?:can|could|will|would|may|might|must|should|shall|does|did|also|still|now|then|only|peut|pourra|"
    r"pourrait|doit|devra|va|reste|a|est|sera|ne|n['’])\b)"
    r"[a-z][a-z0-9&.-]+(?:\s+[a-z][a-z0-9&.-]+){0,3}?)(?=\s*[,.;(]|\s+(?:was|were|has|had|is|a|avait|est|sont)\b)"
)


def _cued_lower(text: str, pack: LangPack, known: set[str]) -> list[Mention]:
    """A company named in lower case right after a cue noun and ending with a legal form or
    a word of trade ("the firm ocean glory shipping ltd was", "la société nordtek trading,"),
    when the article never capitalises it."""
    out = []
    for m in _CUED_LOWER.finditer(text):
        name = m.group("n")
        words = name.split()
        if name in known or any(w in _FUNCTION_WORDS for w in words) or len(words) < 2:
            continue
        if not (_LOWER_TAIL.search(words[-1]) or re.fullmatch(_SUFFIX, words[-1], re.IGNORECASE)):
            continue
        out.append(Mention(name=name, start=m.start("n"), end=m.end("n"), text=name))
    return out


def _acronym_definitions(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A name defined by the acronym its words make, in parentheses right after it
    ("Polar Star Shipbuilding Corporation (PSSC)", "China National Offshore Oil
    Corporation (CNOOC)"): an organisation (a person has no acronym), and the acronym
    names it later."""
    for par in _PAREN_ACRONYM.finditer(text):
        acro = re.sub(r"[^A-Z]", "", par.group("a"))
        if par.group("a") in _NOT_COMPANY or _auth_word(par.group("a")):
            continue
        if not 2 <= len(acro) <= 8:
            acro = ""  # a short form in title case ("Farc"): only its letters can tell
        line_start = text.rfind("\n", 0, par.start()) + 1
        toks = re.split(r"\s+", text[max(line_start, par.start() - 160) : par.start()].strip())
        best = None
        for i in range(len(toks) - 1, -1, -1):
            words = toks[i:]
            if not name_like(words[0]) or words[0].lower() in _FUNCTION_WORDS:
                if words[0].lower() in ACRONYM_GLUE and i < len(toks) - 1:
                    continue
                break
            if acro and acro in initials(words):
                best = " ".join(words)
        # (an acronym in capitals is the acronyms module's to define)
        lower = None if best is not None or acro else _lower_words_defined(toks, par.group("a"))
        if best is None and lower is None:
            continue
        name = _clean_name(best.rstrip(",").strip(), pack) if best is not None else lower
        if not name and best is not None and _defined_institution(best.rstrip(",").strip()):
            name = best.rstrip(",").strip()  # "the Federal Security Service (FSS)": a state's own body
        if not name or " " not in name:
            continue
        found[core_name(name)] = name
        if found.get(par.group("a"), par.group("a")) == par.group("a"):
            found[par.group("a")] = name


# a state's armed or security body defined by its acronym ("the Federal Security Service
# (FSS)", "the Main Intelligence Directorate (GRU)"): a party lists name, though its words
# are a government's; never an authority a language pack knows
_INSTITUTION_TAIL = re.compile(r"(?:Service|Services|Directorate|Corps|Guard|Guards|Forces|Command)")


def _defined_institution(name: str) -> bool:
    toks = name.split()
    if len(toks) < 2 or not _INSTITUTION_TAIL.fullmatch(toks[-1]):
        return False
    if not all(t[:1].isupper() or t.lower() in ACRONYM_GLUE for t in toks):
        return False
    return not any(re.search(pat, name) for pk in PACKS.values() for pat, _canon in pk.authorities)


# the heads of a name told in lower case and defined by a short form that make it no party:
# an authority's (``names.AUTHORITY_HEADS``) and, on purpose only here, the heads of a
# union, an assembly, a government or a public bank or fund, since French writes the
# institutions' long names so (« Organisation des Nations unies (Onu) », « Banque
# européenne d'investissement (Bei) »); an acronym in capitals keeps such a body a party
# (a bank, a security service or an armed organisation is often the one listed)
_BODY_HEADS = AUTHORITY_HEADS | frozenset("""union nations organisation organization securite security parlement
parliament assemblee assembly gouvernement government banque bank fonds fund""".split())


def _lower_words_defined(toks: list[str], acro: str) -> str | None:
    """The name a short form in parentheses abbreviates when the name's inner words are
    lower case, as French writes them ("Forces armées révolutionnaires de Colombie
    (Farc)", "Armée de libération nationale (ELN)"): a capital first word, every word's
    initial but the glue words', in order."""
    letters = re.sub(r"[^A-Za-z]", "", anyascii(acro)).upper()
    if not 3 <= len(letters) <= 6 or not acro[:1].isupper():
        return None
    for i in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
        words = [re.sub(r"^[ldLD]['’]", "", w) for w in toks[i:]]
        if not all(re.fullmatch(r"[\w'’-]+", w) for w in words):
            return None
        spelt = "".join(anyascii(w[0]).upper() for w in words if w.lower() not in ACRONYM_GLUE)
        if len(spelt) > len(letters):
            return None
        if spelt == letters and words[0][:1].isupper() and words[0].lower() not in ACRONYM_GLUE:
            if any(anyascii(w).lower() in _BODY_HEADS for w in words):
                return None  # "Organisation des Nations unies (Onu)": an authority, a court, a list
            return " ".join(toks[i:])
    return None


@cache
def _joined_re() -> re.Pattern[str]:
    trade = "|".join(sorted(_TRADE_WORDS, key=len, reverse=True))
    generic = "|".join(_KIND_WORDS)
    return re.compile(
        rf"(?<![\w’'\-])(?P<n>{_NAME}[ \t]+(?:and|&|et)[ \t]+(?:(?:{trade})[ \t]+){{0,3}}(?:{trade})"
        rf"(?:,?[ \t]+{_SUFFIX})+)"
        # "China National Scientific Instruments and Materials": words of trade on both sides
        rf"|(?<![\w’'\-])(?P<t>(?:{_TOK}[ \t]+){{0,5}}(?:{trade})[ \t]+(?:and|&|et)[ \t]+"
        rf"(?:(?:{trade})[ \t]+){{0,2}}(?:{trade}))(?![\w\-])(?![ \t]+(?:(?:of|de)[ \t]+)?[{_UP}])"
        # what comes after "and" has no word of its own, only words of trade or of a kind
        # of firm before its business word ("X Production and Construction Corps", "X Metals
        # and Real Estate Holding Company", "the X Institute of Optics and Information
        # Technology"): it ends the name before it, no second name
        rf"|(?<![\w’'\-])(?P<g>{_NAME}[ \t]+(?:and|&)[ \t]+(?:(?:{trade}|{generic})[ \t]+){{0,4}}"
        rf"(?:{trade}|{_SUFFIX}))(?![\w\-])(?![ \t]+(?:(?:of|de|and|&)[ \t]+)?[{_UP}])"
    )


# words of no name of their own that may open what a name's "and" joins, before its
# business word (a trade word, a legal form)
_KIND_WORDS = ("Information", "Production", "Real", "Estate", "Joint", "Stock", "Scientific", "Economic",
               "Commercial", "Industrial", "Technical", "Technological")


def _joined_names(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A name whose "and" joins a word of trade and a legal form ("Arctic Ship and Supply
    Co.", "Johnson and Sons Trading Co.") is one company: the pieces other rules split
    it into ("Arctic Ship", "Supply Co") go when they occur nowhere else."""
    spans: list[tuple[int, int]] = []
    joined: set[str] = set()
    for m in _joined_re().finditer(text):
        g = "n" if m.group("n") else "t" if m.group("t") else "g"
        name = _clean_name(m.group(g).rstrip(",").strip().rstrip("."), pack)
        if not name or " " not in name:
            continue
        spans.append((m.start(g), m.end(g)))
        joined.add(name)
        found[core_name(name)] = name
    if not spans:
        return
    for core, name in list(found.items()):
        if name in joined:
            continue
        spots = find_word(text, name) or find_word(text, core)
        if spots and all(any(a <= p < b for a, b in spans) for p in spots):
            del found[core]


def _org_shaped(name: str) -> bool:
    """A name whose last word is a legal form or a word of trade ("Lodestar Metals",
    "Orlan Shipping Ltd"): a company even in a headline."""
    last = name.split()[-1].rstrip(".")
    return last in _ORG_TAIL_SET or last.lower() in LEGAL_FORMS or last.replace(".", "").lower() in LEGAL_FORMS


# "X and its subsidiaries", "X et sa filiale": X is a parent with parts of its own
_PARENT_OF = (r"(?:,\s*|\s+)(?:and|et|as\s+well\s+as|ainsi\s+que)\s+(?:its|sa|ses|son|leurs?)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:subsidiar(?:y|ies)|units?|affiliates?|filiales?|branch(?:es)?|succursales?)\b")

_PARENT_OF_RE = re.compile(_PARENT_OF)


def _parents(text: str, found: dict[str, str]) -> set[str]:
    """The first word of a longer name, written alone before "and its subsidiary" and the
    parts named right after ("Hexmoor and its subsidiaries Hexmoor Cloud and ..."): the
    parent, a party of its own and no short form of its parts."""
    parents: set[str] = set()
    if not _PARENT_OF_RE.search(text):
        return parents  # (no "and its subsidiaries" at all: no name's pattern below can match)
    for name in [n for n in found.values() if " " in n]:
        first = name.split()[0]
        if len(first) < 3 or not first[:1].isupper():
            continue
        if re.search(rf"(?<![\w\-]){re.escape(first)}{_PARENT_OF}[,:]?\s+(?:[\w-]+\s+){{0,2}}?{re.escape(first)}\s", text):
            found.setdefault(core_name(first), first)
            parents.add(first)
    return parents


def _fold_first_words(found: dict[str, str], parents: set[str]) -> None:
    """A one-word name that opens exactly one longer name ("l'équipementier Haolin" and
    "Haolin Networks") is that name's short form, not a second party, unless the text
    tells it is the longer one's parent (``_parents``: "Haolin et sa filiale Haolin Cloud")."""
    longer = [n for n in found.values() if " " in n]
    for core, name in list(found.items()):
        if " " in name or name.isupper() or name in parents:
            continue
        owners = {n for n in longer if n.startswith(name + " ")}
        if len(owners) == 1:
            del found[core]


def _drop_openers(text: str, found: dict[str, str]) -> None:
    """A single word capitalised only because it opens sentences is a common word when
    the text also writes it in lower case, or when it names a kind of party ("Entities
    were added", "Exporters said"): no organisation."""
    lower: set[str] | None = None
    for core, name in list(found.items()):
        if " " in name or not name[1:].islower():
            continue  # "ZTE", "SenseTime": their shape marks a name
        spots = find_word(text, name)
        if not spots or not all(opens_sentence(text, p) for p in spots):
            continue
        if lower is None:
            lower = set(re.findall(r"(?<![\w’'\-])[a-zà-ÿ][\w’'\-]*", text))
        if name.lower() in lower or normalize(name) in GENERIC_NOUNS or normalize(name) in _OPENERS:
            del found[core]
        elif ADVERB_OPENER.search(name) and all(text.startswith(",", p + len(name)) for p in spots):
            del found[core]  # "Parallèlement, Bruxelles a sanctionné ...", "Subsequently, ..."


# a word in title case right after a name's last word: that word opens another name there
# (the last word of one person's name is the given name of the next: "A Henri" ... "Henri B")
_GIVEN_NAME_NEXT = re.compile(r"[ ][A-ZÀ-Ý][a-zà-ÿ’'\-]{2,}\b")


def _short_forms(name: str, core: str, pack: LangPack) -> set[str]:
    """The full name, its core, and the first or last word of a multi-word core
    ("United Company Rusal" → "Rusal", "Luokung Technology Corp" → "Luokung")."""
    forms = {name, core}
    toks = core.split()
    # an acronym inside the name is its usual short form ("SZ DJI Technology" → "DJI")
    forms |= {
        tok for tok in toks[1:] if len(toks) > 1 and 3 <= len(tok) <= 6 and tok.isupper()
        and tok.isalpha() and tok not in pack.stop_names and normalize(tok) not in _AUTH_WORDS
    }
    if len(toks) > 1:
        # (a country's name is the state's, never the short form of a firm named after it:
        # "Banco de Norland" is no "Norland")
        for tok in (toks[0], toks[-1]):
            if (
                len(tok) >= 4 and tok not in pack.stop_names and tok not in SUFFIX_WORDS
                and tok.lower() not in _FUNCTION_WORDS and tok[:1].isupper() and tok not in _TRADE_WORDS
                and normalize(tok) not in COUNTRY_WORDS
            ):
                forms.add(tok)
    return forms


_AND = {"en": "and|or", "fr": "et|ou"}


_PAREN_ACRONYM = re.compile(r"\(\s*[“\"'‘]?(?P<a>[A-Z][A-Z0-9&\-]{1,9}|[A-Z][a-z]{2,7})[”\"'’]?\s*\)")
_BEFORE_PAREN = re.compile(r"\.?(?:['’]s)?\s*$")


@cache
def _pair_re(code: str) -> re.Pattern[str]:
    """Two names joined by a comma or the language's "and" (overlapping pairs)."""
    conj = rf"(?:,\s+|\s+(?:{_AND[code]}|&)\s+(?:(?:of|de|d['’]|du|des|on|against|contre)\s*)?|,\s+(?:{_AND[code]})\s+)"
    # "… Sovcomflot et le négociant Nord Axis": an article and a short description between
    desc = r"(?P<d>(?:the|le|la|l['’])\s*(?:[a-zà-ÿ][a-zà-ÿ\-]+\s+){1,2})?"
    # (each name in its quotes: « "X" et "Y" », « « X » et « Y » »)
    return re.compile(rf"(?<![\w\-])(?=(?P<a>{_NAME})(?P<q>\s?[»\"”’])?(?P<c>{conj}{desc})(?(q)[«\"“‘]\s?)(?P<b>{_NAME}))")


# descriptions before a name in a coordination: of a company, of a person
_ORG_NOUN = re.compile(
    r"(?i)\b(?:bank|banque|compan\w*|compagnie|firm\w*|group\w*|trader|négociant|maker|fabricant|carrier|"
    r"operator|opérateur|armateur|shipowner|lender|insurer|assureur|refiner|raffineur|producer|producteur|"
    r"supplier|fournisseur|distribut\w+|exporter|exportateur|importer|importateur|société|entreprise|"
    r"conglomérat|conglomerate|shipyard|chantier|manufacturer|constructeur|équipementier|developer|"
    r"subsidiary|filiale|unit|affiliate)\b"
)
_PERSON_NOUN = re.compile(
    r"(?i)\b(?:chief|executive|président|president|directeur|director|PDG|CEO|" + KIN + r"|"
    r"tycoon|oligarch|oligarque|businessman|homme|femme|minister|ministre|founder|"
    r"fondateur|owner|propriétaire|chairman|patron)\b"
)


def _coordinated(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A capitalised name coordinated with a known organisation is one too
    ("Xiaomi and Luokung Technology", "Huawei, ZTE et Hikvision")."""
    if not found:
        return
    known = sorted({*found, *found.values()}, key=len, reverse=True)
    # the other language's "and" joins words of one name ("Instruments and Materials" in
    # a French article)
    adds: list[tuple[str, int]] = []
    for m in _pair_re(pack.code).finditer(text):
        a, b = m.group("a"), m.group("b")
        b_at = m.start("b")
        if "," not in m.group("c") and a.split()[-1].lower() in _JOINED_TRADE \
                and b.split()[0].lower() in _JOINED_TRADE:
            # "China National Electronics Import and Export Corporation": one name
            if any(b == k or b.startswith(k) for k in known):
                whole = _clean_name(f"{a}{m.group('c')}{b}".strip(), pack)
                if whole:
                    for k in [k for k, v in found.items() if v == b or k == b or b.startswith(v)]:
                        del found[k]
                    found[core_name(whole)] = whole
            continue
        if any(b == k or b.startswith(k) and not (b[len(k)].isalnum() or b[len(k)] in "_-")
               for k in known):
            if not m.group("d"):
                adds.append((a, m.start("a")))  # "Xiaomi and [Luokung Technology]"
        if any(a.endswith(k) and (len(a) == len(k) or not (a[-len(k) - 1].isalnum() or a[-len(k) - 1] in "_-"))
               for k in known):
            if m.group("d") and (_PERSON_NOUN.search(m.group("d")) or not _ORG_NOUN.search(m.group("d"))):
                continue  # "and the chief executive Ren Zhengfei": a person
            if not _PARTICLE_NEXT.match(text, m.end("b")):  # "and Carlos de la Vega": a person
                adds.append((b, b_at))  # "[Huawei], ZTE et Hikvision"
    for raw, at in adds:
        name = _clean_name(raw.strip(), pack)
        if name and not _is_person(text, at, pack) and not _is_title_line(text, at):
            found.setdefault(core_name(name), name)


_VERB_SUBJECT = {
    "en": r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+ly\s+|also\s+|later\s+|first\s+|since\s+)?"
          r"(?:designated|sanctioned|blacklisted|delisted|re-?listed|added|removed|placed|put|targeted|hit|banned|listed)\b"
          r"|(?:has\s+|had\s+|have\s+)?(?:sued|won|obtained|secured|filed\s+(?:a\s+)?(?:lawsuit|suit|complaint)|"
          r"challenged|appealed|asked\s+(?:a|the)\s+(?:\w+\s+)?(?:court|judge))\b"
          # the recipient of a licence, the agency told after it ("was given a general
          # license by OFAC", "has received a waiver from the Treasury")
          r"|(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+|also\s+|later\s+|since\s+)?"
          r"(?:granted|given|issued|awarded|handed|offered)|(?:has\s+|have\s+|had\s+)?(?:received|obtained|secured|won))"
          r"\s+(?:(?:on|last|this)\s+\w+day\s+)?(?:an?|the|its|their|one|two|three|another|new)?\s*(?:[\w-]+\s+){0,3}?"
          r"(?:licen[cs]es?|waivers?|exemptions?|reprieves?|authori[sz]ations?|exceptions?)\b",
    "fr": r"(?:a|ont|avait|avaient|aurait)\s+(?:\w+ment\s+|aussi\s+|également\s+|déjà\s+)?été\s+(?:\w+ment\s+|aussi\s+|également\s+|déjà\s+)?"
          r"(?:désigné|sanctionné|blacklisté|inscrit|ajouté|placé|radié|retiré|visé|mis)e?s?\b"
          # « X s'est vu accorder lundi une licence par l'OFAC », « X a obtenu une dérogation »
          r"|(?:s['’](?:est|était|sont|étaient)\s+vue?s?\s+(?:\w+ment\s+|aussi\s+|également\s+)?"
          r"(?:accorder|octroyer|délivrer|attribuer|remettre|consentir)|(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|aussi\s+|"
          r"également\s+|déjà\s+)?(?:obtenu|reçu|décroché|arraché))\s+(?:[\wéèû'’-]+\s+){0,4}?"
          r"(?:licences?|dérogations?|exemptions?|exceptions?|autorisations?|répits?|sursis)\b",
}
_VERB_OBJECT = {
    # the object of a listing verb, of "sanctions on" or of "the designation of"; a
    # weekday may sit between ("added on Friday Inspur and Sugon")
    "en": r"\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing)|blacklist(?:ed|s|ing)|delist(?:ed|s|ing)|"
          r"add(?:ed|s|ing)|plac(?:ed|es|ing)|put(?:s|ting)?|remov(?:ed|es|ing)|dropp(?:ed|ing)|listed|"
          r"target(?:ed|s|ing)|bann(?:ed|ing)|enjoin(?:ed|s|ing)?|su(?:ed|es|ing)|"
          r"(?:sanctions|restrictions|asset\s+freezes?)\s+(?:on|against)|assets\s+of|"
          r"(?:designation|listing|blacklisting|delisting|removal|inclusion|addition)\s+of|"
          r"grant(?:ed|s|ing)(?=\s+[A-Z][^.;]{0,60}?\b(?:licen[cs]e|injunction|waiver|exemption|reprieve)\b)|"
          r"(?:t[oa]ke[sn]?|took|taking|dropp(?:ed|ing)|drops?)(?=\s+[A-Z][^.;]{0,60}?\b(?:off|from)\b))\s+"
          rf"(?:(?:on\s+|last\s+|this\s+)?(?:{weekday_names('en')}),?\s+)?",
    "fr": r"\b(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?(?:sanctionné|désigné|blacklisté|radié)\s+",
}


_COLON_LIST = re.compile(
    r"(?i:\b(?:suivante?s?|following|ci-après|ci-dessous|below|notamment|including|y\s+compris|"
    r"namely|à\s+savoir|parmi\s+(?:elles|eux|lesquel\w+)|among\s+them|"
    r"(?:sont|are|were)\s+(?:\w+\s+)?(?:visée?s|visés|sanctionnée?s|inscrite?s|désignée?s|designated|sanctioned|added|targeted)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|plusieurs)\s+(?:\w+\s+)?(?:companies|entities|firms|individuals|people|persons|"
    r"vessels|banks|sociétés|entités|entreprises|personnes|navires|banques)\b"
    # what the counted ones are, before the colon ("six navires appartenant à ces sociétés
    # et battant pavillon russe :")
    r"(?:[^.:;\n\"“«]{0,90}?(?=\s*:))?))\s*:\s*"
    r"(?P<items>(?:[^\n.]|\.(?=\w)){3,400})"
)


# "The six entities are the Era, JSC Positive Technologies, SVA, Neobit, Passit, and AST."
_ARE_LIST = re.compile(
    r"(?i:\b(?:the|these|those|les|ces)\s+(?:[\w-]+\s+){0,2}(?:entities|companies|firms|individuals|people|"
    r"persons|banks|vessels|designees|targets|entités|sociétés|entreprises|personnes|banques)\s+"
    r"(?:(?:designated|sanctioned|added|named|listed|targeted|visées?|sanctionnées?|désignées?)\s+)?"
    rf"(?:(?:on\s+\w+day|today|yesterday|this\s+week|le\s+\w+di|{weekday_names('fr')})\s+)?"
    r"(?:are|were|include|included|sont|étaient|comprennent)\s+"
    # (parties told as listed by a participle before the noun: "the newly listed parties are")
    r"|\b(?:the|these|those)\s+(?:newly\s+|recently\s+)?(?:listed|designated|sanctioned|added)\s+parties\s+"
    r"(?:are|were|include|included)\s+|\bil\s+s['’]agi(?:t|ssait|ssaient|ra)\s+(?:de\s+(?=[A-ZÀ-Ý]|la\s|l['’])|d['’](?=[A-ZÀ-Ý])))"
    r"(?P<items>(?:(?:the|le|la|les|l['’])\s*)?[A-ZÀ-Ý](?:[^\n.]|\.(?=\w)){3,400})"
)
_ARTICLE_START = re.compile(r"^(?:(?:de|du|des)\s+|d['’])?(?:the|le|la|les|l['’])?\s*(?=[A-ZÀ-Ý])")


def _colon_lists(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """Names listed after a colon that announces them ("les banques suivantes : VEB.RF,
    Promsvyazbank et Bank Rossiya", "the following entities: A; B; C")."""
    for m in (*_COLON_LIST.finditer(text), *_ARE_LIST.finditer(text)):
        items = re.split(rf"\s*(?:,|;|\b(?:{_AND[pack.code]})\b)\s*", m.group("items"))
        if m.re is _ARE_LIST and len([i for i in items if i.strip()]) < 2:
            continue  # "the companies are [a name]": a list has two names at least
        for item in items:
            item = _ARTICLE_START.sub("", item.strip(" «»“”\"()"))
            if not item or not name_like(item) or len(item.split()) > 6:
                continue
            words = item.split()
            if not all(name_like(w) or w.lower() in ("de", "of", "&", "du")
                       for w in words):
                continue
            name = _clean_name(item, pack) or (common_words_body(item) if pack.code == "en" else None)
            if not name or name in pack.stop_names or normalize(name) in _stop_tokens():
                continue
            found.setdefault(core_name(name), name)


_CONTINUED = re.compile(r"\s*\([A-ZÀ-Ý][\w .'’\-]*\)\s+[A-ZÀ-Ý]")




def _trigger_arguments(text: str, lang: str, pack: LangPack, found: dict[str, str]) -> None:
    """A name right after a listing, removal or court trigger, in its object place ("...
    granted Zarubezhneft a preliminary injunction", "sanctions on Zarubezhneft"): a party
    named once, with no cue, is still a party. Headline-style lines are left out."""
    name_re = _name_re()
    for sent in split_sentences(text, lang):
        trigs = find_triggers(sent.text, lang)
        for trig in trigs:
            _arguments_of(text, sent.start + trig.start, sent.start + trig.end, lang, pack, found, name_re,
                          bodies=trig.event in AGENCY_ACTS)
        if (trigs or _list_item(text, sent.start)) and not _is_title_line(text, sent.start):
            _series(sent.text, pack, found, name_re)
        if trigs or _LIST_VERB.search(sent.text):
            _parts_of(text, sent.text, pack, found)


@cache
def _parts_re() -> re.Pattern[str]:
    return re.compile(
        r"(?i:\b(?:entités|entreprises|sociétés|filiales|divisions?|branches?|unités|units?|subsidiaries|"
        r"entities|companies|affiliates|firms)\s+(?:[a-zà-ÿ\-]+\s+){0,2}?(?:de|du|d['’]|of)\s+"
        r"(?:(?:the|la|le|les|l['’])\s*)?(?:[a-zà-ÿ\-]+\s+(?:(?:de|of)\s+(?:la\s+|l['’]|the\s+)?|du\s+|d['’])?){0,4})"
        rf"(?P<n>{_NAME})(?![\w\-])"
    )


_LIST_VERB = re.compile(r"(?i)\b(?:include[sd]?|including|comprennent|comprend|notamment|dont|figurent)\b")


def _parts_of(text: str, sent: str, pack: LangPack, found: dict[str, str]) -> None:
    """The company whose parts a listing names and leaves unnamed ("la division missiles de
    Raytheon", "diverses entités de Lockheed Martin", "trois entreprises du géant de la
    défense General Dynamics"): a party of that listing. When the article names the part
    ("a unit of COSCO Shipping" … "COSCO Shipping Tanker (Dalian)"), the part is."""
    for m in _parts_re().finditer(sent):
        name = _clean_name(m.group("n"), pack)
        if name and re.search(re.escape(name) + r"[ \t]+[A-ZÀ-Ý(]", text):
            continue  # a longer name opens with it: the part is named
        if not name or name in pack.stop_names or normalize(name) in _stop_tokens() or name in _NOT_COMPANY:
            continue
        if _PARTICLE_NEXT.match(sent, m.end("n")) or _PERSONLIKE.fullmatch(name) and not _org_shaped(name):
            continue
        found.setdefault(core_name(name), name)


_LIST_ITEM = re.compile(r"\s*(?:[•*\-–]|\d{1,3}[.)])\s")


def _list_item(text: str, start: int) -> bool:
    """The sentence at ``start`` is an item of a numbered or bulleted list (the sentence
    splitter may have left its "2." to the previous line)."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_LIST_ITEM.match(text[line : start + 4] + " "))


_SERIES_GAP = {
    # (each item may stand in quotation marks: "dont \"Orvane\", \"Kestrel Nord\" et ...")
    code: re.compile(rf"[\"”»]?\s*(?:,|,?\s+(?:{w}|&))\s+(?:(?:de|du|des|of)\s+|d['’])?(?:(?:the|le|la|les|l['’])\s*)?[\"“«]?\s*")
    for code, w in (("en", "and|or"), ("fr", "et|ou"))
}


# a cue that the names after it are some of the parties just counted or named
_LIST_CUE = re.compile(
    r"(?i)\b(?:including|such\s+as|among\s+them|namely|notamment|y\s+compris|dont|parmi\s+(?:elles|eux|lesquel\w+)|"
    r"à\s+savoir)\s*:?\s*(?:(?:the|le|la|les|l['’])\s*)?"
    # (a company's description may come between: « dont le fabricant de drones, X »,
    # "including the chipmaker X"; not a person's role: « dont le directeur, X »)
    r"(?:(?:[a-zà-ÿ-]+\s+)?(?:géant|groupe|fabricant|constructeur|société|entreprise|opérateur|équipementier|"
    r"spécialiste|leader|numéro\s+un|giant|maker|chipmaker|manufacturer|company|firm|group|operator|producer|"
    r"carrier|conglomerate|supplier|fournisseur)(?:\s+(?:de|du|des|d['’]|of)\s*(?:la\s+|l['’]|the\s+)?[a-zà-ÿ-]+){0,2}"
    r"(?:\s+[a-zà-ÿ-]+)?,?\s+)?[\"“«]?\s*$"
)


_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|le|la|les|l['’])\s*$")


# what a series after it names is no party of the sentence's action: the sources, or the
# partners of the party ("client de Rosneft, Gazprom et Lukoil", "its work with A, B and C")
_NOT_PARTIES_BEFORE = re.compile(
    r"(?i)(?:\b(?:selon|d['’]après|according\s+to|citing|cité\s+par|reported\s+by|analysts\s+at|"
    r"clients?|customers?|suppliers?\s+(?:of|to)|fournisseurs?|partners?|partenaires?|rivals?|concurrents?|"
    r"competitors?|shareholders?|actionnaires?|(?:work|ties|links|dealings|deals|trade|business)\s+with|"
    r"liens\s+avec|affaires\s+avec|(?:ships?|exports?|sells?|livre|vend|exporte)\s+\w*\s*to)\b"
    r"(?:\s+(?:de|du|d['’]|of|with|to|avec))?\s*(?:(?:the|le|la|les|l['’])\s*)?)$"
)


def _series(sent: str, pack: LangPack, found: dict[str, str], name_re: re.Pattern[str]) -> None:
    """Three names or more in a series ("VEB.RF, Promsvyazbank et Bank Otkritie", "de A,
    de B et de C", "(A, B, C)"), or any after a cue ("including Sugon") in a sentence that tells a listing, a removal or a court
    action, or in an item of a numbered or bulleted list: each is a party, named once or
    not. Series of places, people's titles or kinds of parties
    are not."""
    gap_re = _SERIES_GAP[pack.code]
    names = [m for m in name_re.finditer(sent)]
    runs: list[list[re.Match[str]]] = []
    for m in names:
        if runs and gap_re.fullmatch(sent, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if _NOT_PARTIES_BEFORE.search(sent[max(0, run[0].start() - 50) : run[0].start()]) or re.match(
                r"(?i)(?:selon|according)\b", run[0].group("n")):
            continue  # "Selon Le Monde, Les Echos et …", "client de Rosneft, Gazprom et Lukoil"
        cued = _LIST_CUE.search(sent[max(0, run[0].start() - 60) : run[0].start()])
        while len(run) > 1 and _ARTICLE_BEFORE.search(sent, 0, run[-1].start()) and " " not in run[-1].group("n") \
                and run[-1].group("n")[1:].islower() and re.match(r"\s+[a-zà-ÿ]", sent[run[-1].end() :]):
            run = run[:-1]  # "..., la Société générale des mines": the head of a name in lower case ends the run
        if len(run) < 3 and not cued:
            continue
        enclosed = sent[: run[0].start()].rstrip().endswith("(") and sent[run[-1].end() :].lstrip().startswith(")")
        if not enclosed and not cued and not re.search(rf"\b(?:{_AND[pack.code]}|&)\b", sent[run[-2].end() : run[-1].start()]):
            continue  # "(A, B, C)" or "A, B and C"
        cleaned = [None if _ARTICLE_BEFORE.search(sent, 0, m.start()) and " " not in m.group("n")
                   and m.group("n")[1:].islower() else _clean_name(m.group("n"), pack)
                   # (a state's body named with common words is an item too: "A, the Guardian
                   # Council and B")
                   or (common_words_body(m.group("n")) if pack.code == "en" else None) for m in run]
        # "dont la Ceinture et la Route": one capitalised word after an article is a noun
        if sum(1 for m in run if is_place(m.group("n"))) * 2 >= len(run):
            continue  # "France, Germany and Italy"
        if any(n is None or _auth_word(n.split()[-1]) and not designee_institution(n.split())
               and not (pack.code == "en" and common_words_body(n)) for n in cleaned):
            continue  # "for Foreign, Commonwealth and Development Affairs": an office's name
        if _PARTICLE_NEXT.match(sent, run[-1].end()):
            cleaned[-1] = None  # "and Carlos de la Vega": a person's name goes on
        for i, m in enumerate(run):
            if _PARTICLE_BEFORE.search(sent, 0, m.start()):
                cleaned[i] = None  # "Omar al [Qadi]": the end of a person's name, no name of its own
        for name in cleaned:
            if not name or name in pack.stop_names or normalize(name) in _stop_tokens() or name in _NOT_COMPANY:
                continue
            if normalize(name) in _OPENERS or _defines_law(sent, name):
                continue
            found.setdefault(core_name(name), name)


def _arguments_of(text: str, start: int, end: int, lang: str, pack: LangPack, found: dict[str, str],
                  name_re: re.Pattern[str], *, bodies: bool = False) -> None:
    """The names in the object place of the trigger at ``start:end`` and the target of the
    measure it names. (Not its subject place: a name right before a trigger, named once with
    no cue, was on the real sets a title's word or a bystander, never a party the other
    finders missed.) With ``bodies`` (an agency's act), a state's body named with common
    words is its party there ("sanctioned the Federal Security Service"), unless a
    preposition of direction or of a list's owner comes between ("added to the X
    Commission's list")."""
    if _is_title_line(text, start) or _STATE_WORDS.match(text, start, end):
        return  # a state ("is on the list", "remains under sanctions") names no new party
    cands: list[tuple[int, str]] = []
    after = text[end : end + 80]
    gap = _OBJECT_GAP.match(after)
    targets: set[int] = set()  # where a body may be the party: no preposition of direction before
    if gap:
        if not re.search(r"(?i)\b(?:to|from|with|de|du|des|à)\b", gap.group(0)):
            targets.add(end + gap.end())
        m2 = name_re.match(after, gap.end())
        if m2 and not _CONTINUED.match(after, m2.end()) and not _PARTICLE_NEXT.match(after, m2.end()) \
                and not _cue_after(after, m2.end(), pack):
            # (not the qualifiers of a cue noun that names the party after it: "added
            # Zemblan AI firm Orvex", "a sanctionné Norland Oil groupe X")
            cands.append((end + m2.start(), m2.group("n")))
            pos = m2.end()
            # the names coordinated with the object ("a inscrit Lockheed Martin et Raytheon")
            while (c := _COORD_NEXT.match(text, end + pos)) is not None:
                m3 = name_re.match(text, c.end())
                if m3 is None or _CONTINUED.match(text, m3.end()) or _PARTICLE_NEXT.match(text, m3.end()):
                    break
                cands.append((m3.start(), m3.group("n")))
                if targets:
                    targets.add(m3.start())  # (and a body coordinated with the party)
                pos = m3.end() - end
    # the target of the measure the trigger names, inside or just after it ("les
    # sanctions contre X ont été levées", "l'interdiction visant X", "the ban on X")
    span = text[start : end + 60]
    for tm in _TARGET_OF.finditer(span):
        m3 = name_re.match(span, tm.end())
        if m3 and not _CONTINUED.match(span, m3.end()):
            cands.append((start + m3.start(), m3.group("n")))
            targets.add(start + m3.start())
    for pos, raw in cands:
        if bodies and lang == "en" and pos in targets and not re.match(r"\s*['’]", text[pos + len(raw) :]):
            body = common_words_body(raw)
            if body is not None:
                found.setdefault(body, body)  # "sanctioned the Federal Security Service"
                continue
        if _is_person(text, pos, pack) or _line_start(text, pos) and normalize(raw) in _OPENERS:
            continue
        if _PARTICLE_NEXT.match(text, pos + len(raw)):
            continue  # "Maria [van der Linde]": a person's name goes on
        name = _clean_name(raw, pack)
        if not name or name in pack.stop_names or normalize(name) in _stop_tokens():
            continue
        toks = name.split()
        if any(re.fullmatch(pack.person_titles, w) for w in toks) or (
                len(toks) == 1 and (name.endswith("ly") or any(
                    _is_person(text, a, pack) for a in find_word(text, name)))):
            continue  # a title, an adverb, the surname of a person named in full
        if name in _NOT_COMPANY or (name.isupper() and len(name) < 3) or normalize(name) in _OPENERS:
            continue
        if _defines_law(text, name) or is_place(name) or len(name.split()) > 1 and _PERSONLIKE.fullmatch(name):
            continue
        found.setdefault(core_name(name), name)


def _cue_after(text: str, end: int, pack: LangPack) -> bool:
    """A cue noun and a capitalised name follow ``end``: the words before are its
    qualifiers ("added Zemblan AI firm Orvex", "Norland Oil group X"), no name of their own."""
    return re.match(rf"[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:{pack.org_cue_before})s?[ \t]+[{_UP}]", text[end:]) is not None


_STATE_WORDS = re.compile(r"(?i)(?:is|are|remains?|remained|still|figure|figurent|reste|restent|demeure\w*)\b")


def _line_start(text: str, pos: int) -> bool:
    return not text[max(0, pos - 3) : pos].strip(" \"“«•-–")


# "designate X as (a) <kind>": X between the verb (a day may follow it) and "as", with its
# article and an apposition set off by commas
_DESIGNATED_AS = {
    "en": r"\bdesignat(?:ed|es|ing)\s+(?:(?:on\s+)?(?:" + weekday_names("en") + r")\s+|today\s+|formally\s+)?(?:the\s+)?"
          r"(?P<n>{NAME})(?:,\s+[^,.;()]{1,80},)?\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
          r"(?:organi[sz]ation|group|entity|movement|network|cartel|company|sponsor|state)\b",
    "fr": r"\b(?:désign|class|qualifi)(?:é|ée|és|ées|e|ent|er|ait|aient)\s+(?:(?:" + weekday_names("fr") + r")\s+|"
          r"(?:ce|le)\s+(?:1er|\d{1,2})\s+[a-zéû]+(?:\s+\d{4})?\s+|officiellement\s+)?(?:(?:les|le|la|l['’])\s*)?"
          r"(?P<n>{NAME})(?:,\s+[^,.;()]{1,80},)?\s+comme\s+(?:une?\s+|la\s+|le\s+)?(?:[\wé-]+\s+){0,2}?"
          r"(?:organisation|groupe|entité|mouvement|réseau|cartel|entreprise|société|État|Etat)\b",
}


_WEEKDAYS = weekday_names()
_COORD_NEXT = re.compile(
    r"(?:,[ \t]+(?:(?:and|et)[ \t]+)?|[ \t]+(?:and|et|&)[ \t]+)(?:(?:de|du|des|of)[ \t]+|d['’])?"
    # an article and a short description before the next name ("et le négociant Nord Axis")
    r"(?:(?:the|le|la|les|l['’])[ \t]*(?:[a-zà-ÿ][a-zà-ÿ\-]+[ \t]+){0,2})?"
)
# a capitalised word and a particle right before a name: it ends a person's name
_PARTICLE_BEFORE = re.compile(
    r"[A-ZÀ-Ý][\w\-]+[ ](?:al|el|bin|ibn|bint|abu|van|von|der|den|ter|ten|dos|das|da|di|del|della)[ ]$"
)
# a name going on with a particle is a person's ("Hassan al-Turabi", "Mohammed bin Rashid")
_PARTICLE_NEXT = re.compile(
    r"[ ](?:(?:al|el|ad|ash|as|at|az)-|(?:al|el|bin|ibn|bint|abu|van|von|van[ ]der|van[ ]den|von[ ]der|ter|ten|del|della|"
    r"de[ ]la|de[ ]los|dos|da|di)[ ])[A-Z]"
)
_OBJECT_GAP = re.compile(
    rf"\s*(?:(?:(?:on|last|this|ce|le)\s+)?(?:{_WEEKDAYS})(?:\s+dernier)?,?\s+)?"
    r"(?:(?:on|against|of|with|from|to|contre|de|du|des|à|visant|sur|concernant)\s+)?"
    r"(?:(?:the|le|la|les|l['’])\s*)?[«“\"‘]?\s*"
)
_TARGET_OF = re.compile(
    r"(?i:\b(?:sanctions?|ban|designation|listing|blacklisting|interdiction|inscription|désignation|"
    r"mesures?|restrictions?|embargo|gel|transactions|dealings)\s+(?:[a-zà-ÿ'’-]+\s+){0,2}?(?:contre|visant|"
    r"frappant|against|on|of|targeting|de|du|sur|concernant|with|involving|avec)\s+(?:(?:the|le|la|les|l['’])\s*)?)"
)
# two or three capitalised words, lower case after the first letter: read as a person by
# the person finder, not as a company here
_PERSONLIKE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+){1,2}")


@cache
def _name_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'\-])(?P<n>{_NAME})(?![\w\-])")


def _verb_parties(text: str, lang: str, pack: LangPack, found: dict[str, str]) -> None:
    """The subject of a passive listing verb ("Huawei was initially designated", "Yutian
    Haishi ... Co a également été ajouté") and the names right after an active one
    ("We have sanctioned Putin and Lavrov") are parties, named once or not."""
    subj = _VERB_SUBJECT.get(lang)
    obj = _VERB_OBJECT.get(lang)
    cands: list[str] = []
    if subj:
        # the subject of a relative clause too ("Iran Air, which was added to ...")
        for m in re.finditer(rf"(?<![\w’'\-])(?P<n>{_NAME})(?:,\s+(?:which|who|qui)\s+|\s+)"
                             rf"(?:itself\s+|lui-même\s+|elle-même\s+)?(?:{subj})", text):
            cands.append(m.group("n"))
    if obj:
        for m in re.finditer(rf"(?:{obj})(?P<n>{_NAME}(?:(?:,\s+|\s+(?:and|et)\s+){_NAME}){{0,6}})", text):
            if _CONTINUED.match(text, m.end("n")) or _PARTICLE_NEXT.match(text, m.end("n")):
                continue  # "COSCO Shipping Tanker (Dalian) Co": a longer name goes on
            if _cue_after(text, m.end("n"), pack):
                continue  # "added Zemblan AI firm Orvex": the cue noun's name is the party
            cands.extend(_split_names(m.group("n")))
    kind_obj = _DESIGNATED_AS.get(lang)
    if kind_obj:
        # the object a designation puts in a kind, named with its article ("designated the
        # Zarkis, an armed group, as a terrorist organisation", « a désigné ce 3 mai les
        # Zarkis comme groupe terroriste »)
        cands.extend(m.group("n") for m in re.finditer(kind_obj.replace("{NAME}", _NAME), text))
    for raw in cands:
        name = _clean_name(raw.strip(), pack)
        if not name or name in pack.stop_names or (name.isupper() and len(name) < 3):
            continue
        if normalize(name) in _stop_tokens() or name in _NOT_COMPANY:
            continue
        if " " not in name and any(_is_person(text, a, pack) and _GIVEN_BEFORE.search(text, max(0, a - 30), a)
                                   for a in find_word(text, name)):
            continue  # "sanctions against Usmanov": the surname of a person named in full
        found.setdefault(core_name(name), name)


# a given name right before a word ("Alisher [Usmanov]"), not the particle of "al-Nusra [Front]"
_GIVEN_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][a-z]{2,}[ ]$")


# trade words joined inside one name ("Import and Export Corporation", "Oil and Gas"): on
# purpose a few of ``names._TRADE_WORDS``, the pairs a name joins by "and" (with the whole
# table "Kestrel Group and Orvex Holdings" would be read as one name)
_JOINED_TRADE = frozenset("import export oil gas research development trade trading investment investments "
                          "science technology engineering construction".split())


def _split_names(run: str) -> list[str]:
    """The names of a coordinated run ("Putin and Lavrov"), keeping "X Import and Export
    Corporation" whole: trade words on both sides of "and" are one name's."""
    parts = re.split(r"(,\s+|\s+(?:and|et)\s+)", run)
    out = [parts[0]]
    for sep, part in zip(parts[1::2], parts[2::2], strict=False):
        last = out[-1].split()[-1].lower() if out[-1].split() else ""
        first = part.split()[0].lower() if part.split() else ""
        if "," not in sep and last in _JOINED_TRADE and first in _JOINED_TRADE:
            out[-1] += sep + part
        else:
            out.append(part)
    return out


def _recurring(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """A single capitalised word used at least twice mid-sentence, never after a
    person's title or first name, is taken as an organisation ("Xiaomi")."""
    counts: dict[str, list[int]] = {}
    for m in re.finditer(rf"(?<=[\w,;:’'\)]\s)(?P<n>[{_UP}][\w\-]{{2,}})(?!\s+[{_UP}])", text):
        if _PARTICLE_NEXT.match(text, m.end("n")):
            continue  # "Karim al-Masri": a given name before its particle, no single word
        counts.setdefault(m.group("n"), []).append(m.start("n"))
    taken = " ".join(found.values())
    for word, starts in counts.items():
        if len(starts) < 2 or word in taken or word in pack.stop_names:
            continue
        if word.lower() in _FUNCTION_WORDS or _auth_word(word) or is_place(word) or normalize(word) in _PLACE_GLUE:
            continue  # (a compass word of "Corée du Nord" is no company)
        if word in _NOT_COMPANY or word.upper() in _NOT_COMPANY or _defines_law(text, word):
            continue
        if re.search(r"(?:USD|EUR|RMB|GBP)$", word):
            continue
        if (word.isupper() and len(word) <= 3) or re.search(r"-[a-z]", word):
            continue
        if normalize(word) in _stop_tokens():
            continue
        if any(_is_person(text, a, pack) for a in _all_positions(text, word)):
            continue
        found.setdefault(word, word)


_CAPITAL_RUN = re.compile(r"(?<![\w’'\-])[A-ZÀ-Ý]{2,}(?:[-.&][A-ZÀ-Ý]+)*(?:[ ][A-ZÀ-Ý]{2,}(?:[-.&][A-ZÀ-Ý]+)*){1,4}(?![\w’'\-])")


def _capital_runs(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """Two to five words in capitals inside a sentence of ordinary case ("the SEA PHOENIX",
    "NOVA-TEK ELECTRONICS"): one name, as lists and releases write them, not a run of
    acronyms. Lines mostly in capitals (headlines, banners) are left out."""
    for m in _CAPITAL_RUN.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        line = text[a : b if b >= 0 else len(text)]
        if sum(c.islower() for c in line) < 2 * sum(c.isupper() for c in line):
            continue
        words = m.group(0).split()
        if any(w in _NOT_COMPANY or w in pack.stop_names or _auth_word(w) or is_place(w) for w in words):
            continue
        name = _clean_name(m.group(0), pack)
        if name:
            found.setdefault(core_name(name), name)


def _shaped(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """Names whose shape marks them as companies even when named once without a cue: an
    acronym ("ZTE", "SMIC") or an inner capital ("EuroSibEnergo", "SenseTime")."""
    taken = " ".join([*found, *found.values()])
    lower: set[str] | None = None
    _capital_runs(text, pack, found)
    taken = " ".join([*found, *found.values()])
    for rx in (_ACRONYM, _CAMEL):
        for m in rx.finditer(text):
            word = m.group(0)
            if rx is _ACRONYM:
                if lower is None:
                    lower = set(re.findall(r"(?<![\w’'\-])[a-zà-ÿ][\w’'\-]*", text))
                if word.lower() in lower:
                    continue  # "PAYER", "GAZ" in a capitalised headline: words the text also writes in lower case
            if word in _NOT_COMPANY or word in pack.stop_names or word in found or word in taken:
                continue
            if _auth_word(word) or normalize(word) in _stop_tokens() or is_place(word):
                continue
            if _defines_law(text, word) or re.search(r"(?:USD|EUR|RMB|GBP)$", word):
                continue  # "Regulations (“RuHSR”)", "335 MUSD"
            if rx is _CAMEL and any(word.startswith(f) and word[len(f):][:1].isupper() for f in found):
                continue  # two words glued by a lost space: "HuaweiDans"
            if rx is _ACRONYM and _is_person(text, m.start(), pack):
                continue
            found.setdefault(word, word)
