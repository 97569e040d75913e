"""One party, many listings: entries of different sources that are the same party.

``find_links(index)`` links entries of *different* sources (two entries of one list are
two parties as far as that list says), each link with its reasons:

``republished``  a trade.gov CSL entry whose id carries the OFAC entry it republishes
                 (``SDN-12345`` → ``us_ofac_sdn:12345``; ``CMIC-``, ``SSI-``, ``PLC-``,
                 ``NS-MBS-``, ``CAP-``, ``FSE-`` → ``us_ofac_cons:``; OFAC numbers its
                 entries once for both lists, so an entry found on the other list is it)
``identifier``   a shared strong identifier of the same kind: IMO, ISIN, LEI, USCC, SWIFT
                 BIC, MMSI, passport, registration, tax or id numbers, cleaned to letters
                 and digits, at least 5 characters with 3 digits, and held by at most
                 ``MAX_SHARED`` entries, or by one entry of each list that holds it
                 (never a vessel and a company sharing an IMO number:
                 ``_owner_and_ship``); UN reference numbers in their one form
                 (``QDi.123``, ``QDi.123 ``, ``QDi 123``, ``UN Ref QDi.123.Subordinated``
                 are ``QDI123``), as one kind whichever property carries them; an IMO
                 number a list writes only in an entry's remarks (the UN's and OFSI's
                 notes: ``IMO number: 5145892``) counts as its ``imoNumber`` when it is
                 the only one of the entry's kind there (``noted_imo``); the UN's old
                 reference of an Iran entry (``E.29.I.9``), which OFSI quotes and the
                 UN keeps in its remarks (``old_un_reference``); a UN reference another
                 list quotes for an entry whose name is another UN entry's is dropped
                 (``_quoted_elsewhere``)
``name+birth``   persons: the same name (words in any order, after normalisation) and the
                 same birth date (full dates, or both only a year); or one name in two
                 spellings (transliterations: Andreevich / Andreyevich, Gaziev / Gaziyev,
                 compared as ``skeleton``s, the shorter name's words all in the other)
                 and the same full birth date, when each list has one such entry
``name+country`` organisations and vessels: the same name of at least two words (or 8
                 letters) and the same country as written; organisations known by one
                 shorter word (``CRRC Corp.`` / ``CRRC Corporation Limited``; ``Huawei``
                 / ``Huawei Technologies Co., Ltd. (Huawei)``): ``_short_alike``
``name``         the same main name, no qualifier to compare on one side (or countries in
                 other forms: CN / China, Iran / Iran (Islamic Republic of): the same
                 once in one form, ``countries``), each list giving it to one entry only: persons
                 of three words or more, organisations of two words and 10+ letters,
                 of one word of 8+ letters (URALVAGONZAVOD, SYRIATEL) or holding a
                 number and 5+ letters (OFFICE 39, 7TH OF TIR);
                 persons' bare birth year against a full date counts as ``name+birth``;
                 an organisation's name opening with a Chinese place on one list and
                 with the place's initials on another (``SZ DJI`` / ``Shenzhen DJI``:
                 ``_place_initials``), when unmistakable

Names are compared by their words, numbers included (``CHINA 49 GROUP`` is not ``32
GROUP CHINA``); a main name ending in a one-word short form in brackets also by its words
without it (``SAFETY EQUIPMENT PROCUREMENT (SEP)`` / ``... COMPANY``). "Each list giving
it to one entry only" is asked of the two entries' lists: a third list naming two entries
so (one party at two addresses) does not stop them, when at most ``MAX_SHARED`` lists
hold the name (the CSL, republishing the others under several sub-lists, counted once).
An entry no longer listed that is its list's current entry of the same name under a new
key (``former_keys``: the CSL and the DPL key entries by digests) counts as that entry,
not as a second one.

Reviewers correct links in ``entity_links`` (``confirm``: kept whatever the data say;
``split``: never linked again), keyed by the two entry keys, so corrections survive
re-ingests. ``EntityLinks`` (``clusters``) holds the clusters the Screener merges
results by: one result per party, with every listing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rapidfuzz.distance import Levenshtein
from sqlalchemy import delete, insert, select, update

from listwatch.countries import normalise_country
from listwatch.errors import ConfigError, NotFound
from listwatch.match.normalize import ORG, PERSON, normalize
from listwatch.match.vocab import GENERIC_ORG_WORDS, LEGAL_FORMS, PLACE_ABBREVIATIONS, STOPWORDS
from listwatch.screening.clusters import MAX_CLUSTER, EntityLinks, list_of
from listwatch.screening.index import NameIndex, id_bits, normalize_identifier
from listwatch.screening.memory import gc_paused
from listwatch.screening.party_cache import reviewed_links
from listwatch.settings import get_settings
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import entity_links, versions

#: CSL id prefixes that republish an OFAC entry, and the source holding it
CSL_PREFIXES = {"SDN": "us_ofac_sdn", "CMIC": "us_ofac_cons", "SSI": "us_ofac_cons",
                "PLC": "us_ofac_cons", "NS": "us_ofac_cons", "CAP": "us_ofac_cons",
                "FSE": "us_ofac_cons", "MBS": "us_ofac_cons", "NS-MBS": "us_ofac_cons",
                "NS-PLC": "us_ofac_cons", "NS-CMIC": "us_ofac_cons"}
OFAC_LISTS = ("us_ofac_sdn", "us_ofac_cons")
_CSL_ID = re.compile(r"^([A-Z]+(?:-[A-Z]+)*)-(\d+)$")
#: a UN reference number (``QDi.123``: committee, i/e for individual/entity, number)
UN_REF = re.compile(r"(?<![A-Za-z])([A-Z]{2}[eiEI])\s*\.?\s*(\d{3})(?!\d)")
#: the old form of the Al-Qaida and Taliban lists' references, which OFSI still writes
#: (``QI.A.123.03``: Q Al-Qaida or T Taliban, I/E individual/entity, a letter, the
#: number, the year listed); the UN renumbered them keeping the number (``QDi.123``,
#: ``TAe.010``)
OLD_UN_REF = re.compile(r"(?<![A-Za-z])([QT])\.?([IE])\.[A-Z]\.(\d{1,3})\.\d{2}(?!\d)")
OLD_UN_REGIMES = {"Q": "QD", "T": "TA"}
#: the kind of identifier an Iran entry's old UN reference number is (``old_un_reference``)
OLD_UN_REFERENCE = "old UN reference number"
_DATE = re.compile(r"\d{4}(-\d{2}-\d{2})?")
#: lists that write their entries' registration, tax and passport numbers in remarks
#: (``noted_ids``): the OFSI consolidated list's "Other information"
NOTED_ID_SOURCES = frozenset({"gb_hmt"})
STRONG_IDS = ("imoNumber", "isin", "leiCode", "uscCode", "swiftBic", "mmsi",
              "passportNumber", "registrationNumber", "taxNumber", "idNumber")
#: an identifier held by more entries than this (and by two entries of one list) is a
#: shared one (an address's, a ministry's registration ...), not a party's
MAX_SHARED = 4
#: entries sharing one name looked at pairwise (their qualifiers must agree)
MAX_NAMESAKES = 12
#: persons sharing one birth date looked at pairwise for names spelled alike (a larger
#: group is a placeholder date such as 1 January)
MAX_BIRTH_GROUP = 60
STATUSES = ("auto", "confirmed", "split")
#: the fewest letters of an organisation's one-word main name that links two entries of
#: it with no country to compare (each list giving it to one entry only)
ONE_WORD_NAME = 8
#: the fewest letters of an organisation's main name holding a number (``OFFICE 39``)
#: that links two entries of it with no country to compare (each list giving it to
#: one entry only)
NUMBERED_NAME_LETTERS = 5


def _latest(index: NameIndex) -> dict[str, int]:
    """Each entry key's latest version (a current one first)."""
    out: dict[str, int] = {}
    best: dict[str, tuple[bool, str]] = {}
    for vid, ver in enumerate(index.versions):
        rank = (ver.valid_to is None, ver.valid_from)
        if ver.key not in best or rank >= best[ver.key]:
            best[ver.key] = rank
            out[ver.key] = vid
    return out


def un_reference(value: str) -> str | None:
    """The UN reference number an identifier value gives (``"UN reference number:
    QDi.123"``, ``"UN Ref QDi.123.Subordinated"``), in one form (``QDI123``), or None.
    The old form of the Al-Qaida and Taliban references is read as the UN's permanent
    one (``QI.A.123.03`` → ``QDI123``, ``TE.H.10.12`` → ``TAE010``: ``OLD_UN_REF``)."""
    label, sep, rest = value.partition(":")
    text = rest if sep else value
    if not sep and "UN" not in value.upper()[:6]:
        return None
    if sep and "UN" not in label.upper().split() and not label.upper().startswith("UN"):
        return None
    m = UN_REF.search(text)
    if m:
        return (m.group(1) + m.group(2)).upper()
    old = OLD_UN_REF.search(text.upper())
    if old:
        return OLD_UN_REGIMES[old.group(1)] + old.group(2) + old.group(3).zfill(3)
    return None


#: the references the UN gave its Iran entries before renumbering them (``E.29.I.9``,
#: ``I.AC.50.18.04.12.(1)``): the UN keeps them in the remarks (``[Old Reference #
#: E.29.I.9]``), OFSI still quotes them as the UN reference number
_OLD_IRAN_REF = re.compile(r"[EI]\.[A-Z0-9]+(?:\.[A-Z0-9()]+)+", re.IGNORECASE)
_OLD_NOTE = re.compile(r"\[Old Reference #\s*([^\]\s]+)\s*\]", re.IGNORECASE)


def old_un_reference(value: str) -> str | None:
    """The UN's old reference number of an Iran entry that an identifier labelled a UN
    reference gives (``"UN reference number: E.29.I.9"`` → ``E.29.I.9``), or None."""
    label, sep, rest = value.partition(":")
    if not sep or "UN" not in label.upper().split():
        return None
    text = rest.strip()
    return text.upper() if _OLD_IRAN_REF.fullmatch(text) else None


def noted_old_un_references(ver: Any) -> set[str]:
    """The old references the UN's remarks give for an entry (``[Old Reference #
    E.29.I.9]``)."""
    return {m.group(1).upper() for note in ver.properties.get("notes", ())
            if "Old Reference" in note for m in _OLD_NOTE.finditer(note)
            if _OLD_IRAN_REF.fullmatch(m.group(1))}


#: an IMO number written in an entry's remarks (``IMO number: 5145892``, ``IMO:
#: 8937675``, ``Company Number IMO 5434358``, ``(IMO) Number: 1790183``)
_NOTED_IMO = re.compile(r"\bIMO\b[^0-9]{0,24}?(?<!\d)(\d{7})(?!\d)")


def ship_number(number: str) -> bool:
    """Whether a 7-digit IMO number is a ship's (its last digit the check digit of the
    first six weighted 7 to 2); a company's (registered owner's) number is not."""
    digits = [int(c) for c in number]
    return sum(d * (7 - i) for i, d in enumerate(digits[:6])) % 10 == digits[6]


def noted_imo(ver: Any) -> str | None:
    """The IMO number the remarks of an entry give for it, when the list writes it there
    only (the UN's and OFSI's notes: ``… IMO number: 5145892.``): a company number for an
    organisation, a ship number for a vessel, one only (a company's remarks also
    name the numbers of the ships it owns or runs: never the company's); None for a
    person, an entry with an ``imoNumber`` of its own, or remarks giving none or several."""
    if ver.schema == "Person":
        return None
    props = ver.properties
    if props.get("imoNumber"):
        return None
    found = {m.group(1) for note in props.get("notes", ()) if "IMO" in note
             for m in _NOTED_IMO.finditer(note)}
    vessel = ver.schema == "Vessel"
    own = {n for n in found if ship_number(n) == vessel}
    return own.pop() if len(own) == 1 else None


#: an identifier a list writes in an entry's remarks under a label saying it is the
#: entry's own (OFSI's "Other information": ``Registration ID: 1037804006811 (Russia).
#: Tax ID No: 7802059185``, ``Passport details: AAIN29392 (Guinea-Bissau)``)
_NOTED_ID = re.compile(
    r"\b(?:(?:State |Company |Business )?Registration (?:ID|No\.?|Number)|Tax (?:ID|"
    r"Identification|Registration) (?:No\.?|Number)|Tax ID|Passport details|Passport No\.?)"
    r"\s*[:#]?\s*(?:\(1\)\s*)?([A-Z0-9][A-Z0-9\-./]{3,}[A-Z0-9])", re.IGNORECASE)


#: OFSI's other labels of an entity's own registration number, written first in a
#: sentence of its remarks: ``Code: 01271681.`` (a Ukrainian company's state code),
#: ``Federal No CH-217-0-431-423-3 (Switzerland)`` (a Swiss company's, its digits
#: sometimes spaced); a code named by another word (``SWIFT/BIC Code:``, ``Post Code:``)
#: is not read
_NOTED_CODE = re.compile(
    r"(?:^|[.;]\s+)(Code\s*:|Federal No\.?\s*:?)\s*([A-Z]{2}-?\s?)?(\d[\d\-. ]{3,}\d)",
    re.IGNORECASE)


def noted_ids(ver: Any) -> set[str]:
    """The identifier values (cleaned to letters and digits, at least 5 characters with 3
    digits) an entry's remarks give under a label of its own registration, tax or
    passport number, one per label; none for an entry whose remarks give a label twice
    (numbers of several parties). Counted with the same value held as an identifier by
    an entry of another list (``find_links``)."""
    found: dict[str, set[str]] = defaultdict(set)
    for note in ver.properties.get("notes", ()):
        for m in _NOTED_ID.finditer(note):
            clean = normalize_identifier(m.group(1))
            if len(clean) >= 5 and sum(c.isdigit() for c in clean) >= 3:
                found[m.group(0).split(":")[0][:12].casefold()].add(clean)
        if ver.schema != "Person":
            for m in _NOTED_CODE.finditer(note):
                clean = normalize_identifier((m.group(2) or "") + m.group(3))
                if len(clean) >= 5 and sum(c.isdigit() for c in clean) >= 5:
                    found[m.group(1).rstrip(" :.").casefold()].add(clean)
    return {v for values in found.values() if len(values) == 1 for v in values}


def _one_per_list(keys: Iterable[str], vers: dict[str, Any],
                  former: dict[str, str] | None = None) -> bool:
    """Whether every list gives the value to one entry only (then a party on many lists
    holds it on each, however many lists are loaded); each of the CSL's sub-lists counts
    as a list (``clusters.list_of``); an entry's former key (``former_keys``) counts as
    the entry."""
    held = _holders(keys, former)
    sources = [list_of(k) for k in held]
    return len(sources) == len(set(sources)) and len(sources) <= MAX_CLUSTER


def _holder(key: str, former: dict[str, str] | None) -> str:
    return former.get(key, key) if former else key


def _holders(keys: Iterable[str], former: dict[str, str] | None) -> set[str]:
    """The entries holding a name or a value, an entry's former key read as the entry."""
    return {former.get(k, k) for k in keys} if former else set(keys)


def former_keys(vers: dict[str, Any]) -> dict[str, str]:
    """Entries no longer listed that are a listed entry of the same list under another
    key: ``{old key: current key}``, when the list's one current entry of that main name
    (words in any order, case folded) is of the same kind. Lists that key an entry by a
    digest of its fields (the CSL, the DPL) give it a new key when a field changes or
    when they change the digest: the old key's last version and the current one are one
    listing, not two namesakes, and count once where a rule asks whether a list gives a
    name or an identifier to one entry only."""
    current: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for key, ver in vers.items():
        if ver.valid_to is None:
            current[(list_of(key), ver.schema, _fold_main(ver.name))].append(key)
    out = {}
    for key, ver in vers.items():
        if ver.valid_to is not None:
            now = current.get((list_of(key), ver.schema, _fold_main(ver.name)), ())
            if len(now) == 1:
                out[key] = now[0]
    return out


def _fold_main(name: str) -> str:
    return " ".join(sorted(_NON_WORD.sub(" ", name.casefold()).split()))


def _birth(value: str) -> str | None:
    v = value.strip()[:10]
    return v if _DATE.fullmatch(v) else None


def _country(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip().casefold())


def _in_one_form(countries: set[str]) -> set[str]:
    """Countries as written (``_country``) in one form: the ISO code of those the
    country table knows (``Iran`` and ``Iran (Islamic Republic of)`` are ``ir``: lists
    write one country in their own forms), the others as written."""
    return {normalise_country(c) for c in countries}


def _contradicting(qa: set[str], qb: set[str]) -> bool:
    """Whether two entries' countries (as written) say two parties: both given, each
    side holding a code or a known country, and none shared once in one form."""
    if not (qa and qb):
        return False
    na, nb = _in_one_form(qa), _in_one_form(qb)
    return bool({len(c) == 2 for c in na} & {len(c) == 2 for c in nb}) and not na & nb


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def find_links(index: NameIndex) -> dict[tuple[str, str], list[str]]:
    """``{(key_a, key_b): [reason, ...]}`` for entries of different sources."""
    # (the collector off: automatic collections walked the whole index while the
    # grouping dicts grew, tripling the time: bench/NOTES.md)
    with gc_paused():
        return _find_links(index)


def _find_links(index: NameIndex) -> dict[tuple[str, str], list[str]]:
    first = index.versions[0].source if index.versions else ""
    if all(v.source is first or v.source == first for v in index.versions):
        # only entries of different sources are linked: with one source (a collection
        # loaded as one ``ftm`` file) there is nothing to find, and the passes below
        # would read every version's properties and every name's signature
        return {}
    latest = _latest(index)
    vers = {key: index.versions[vid] for key, vid in latest.items()}
    former = former_keys(vers)
    links: dict[tuple[str, str], list[str]] = defaultdict(list)

    def link(a: str, b: str, reason: str) -> None:
        if a == b or vers[a].source == vers[b].source:
            return
        reasons = links[pair(a, b)]
        if reason not in reasons:
            reasons.append(reason)

    for key, ver in vers.items():
        if ver.source != "us_trade_csl":
            continue
        m = _CSL_ID.match(key.split(":", 1)[1])
        if m and m.group(1) in CSL_PREFIXES:
            first = CSL_PREFIXES[m.group(1)]
            for source in (first, *(s for s in OFAC_LISTS if s != first)):
                target = f"{source}:{m.group(2)}"
                if target in vers:
                    link(key, target, f"republished: CSL entry {m.group(0)} is OFAC entry "
                                      f"{m.group(2)}")
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    strong, id_props = id_bits(STRONG_IDS), index.id_props
    for key, vid in latest.items():
        if not id_props[vid] & strong:  # (no identifier to read: not decoded)
            continue
        ver = vers[key]
        for prop in STRONG_IDS:
            for value in ver.properties.get(prop, ()):
                ref = un_reference(value)
                if ref:
                    groups[("UN reference number", ref)].add(key)
                    continue
                ref = old_un_reference(value)
                if ref:
                    groups[(OLD_UN_REFERENCE, ref)].add(key)
                    continue
                clean = normalize_identifier(value, prop)
                if prop == "imoNumber" and clean.startswith("IMO"):
                    clean = clean[3:]
                if len(clean) >= 5 and sum(c.isdigit() for c in clean) >= 3:
                    groups[(prop, clean)].add(key)
    by_value: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for group in groups:
        by_value[group[1]].append(group)
    for key, ver in vers.items():
        number = noted_imo(ver)
        if number:
            groups[("imoNumber", number)].add(key)
        if ver.source == UN_SOURCE:
            for ref in noted_old_un_references(ver):
                groups[(OLD_UN_REFERENCE, ref)].add(key)
        if ver.source in NOTED_ID_SOURCES:
            for clean in noted_ids(ver):
                for group in by_value.get(clean, ()):
                    groups[group].add(key)
    #: (entry of another list, the UN's entry, reason): a UN reference number another
    #: list quotes, checked against the names below (``_quoted_elsewhere``)
    quoted: list[tuple[str, str, str]] = []
    for (prop, clean), keys in groups.items():
        if prop == OLD_UN_REFERENCE and not _one_per_list(keys, vers, former):
            continue  # (an annex item's number OFSI gave several entries: nobody's)
        held = len(_holders(keys, former))
        if 2 <= len(keys) and (held <= MAX_SHARED or _one_per_list(keys, vers, former)):
            ordered = sorted(keys)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    # (a person and an organisation are never one party: a number both
                    # carry is someone's misreading, a UN reference of an associate)
                    if (vers[a].schema == "Person") != (vers[b].schema == "Person"):
                        continue
                    if prop == "imoNumber" and _owner_and_ship(vers[a], vers[b]):
                        continue  # (a company and the ship it owns)
                    why = f"identifier: same {prop} {clean}"
                    link(a, b, why)
                    if prop in ("UN reference number", OLD_UN_REFERENCE) and (
                            (vers[a].source == UN_SOURCE) != (vers[b].source == UN_SOURCE)):
                        un, other = (a, b) if vers[a].source == UN_SOURCE else (b, a)
                        quoted.append((other, un, why))
    #: the names' signatures of the entries in ``quoted``, and the UN's main names
    quoted_keys = {k for other, un, _ in quoted for k in (other, un)}
    own_sigs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    un_mains: dict[tuple[str, str], set[str]] = defaultdict(set)
    # the same name: linked when the qualifiers agree (birth date, country), or when
    # none contradicts and the name is unmistakable (see ``_name_reason``)
    sigs: dict[tuple[str, str], set[str]] = defaultdict(set)
    #: keys whose *main* name has the signature (aliases are shared between parties:
    #: Ansar Allah, Abu Muhammad): only these are linked without agreeing qualifiers
    main: dict[tuple[str, str], set[str]] = defaultdict(set)
    quals: dict[str, set[str]] = {}
    #: persons' names as ``skeleton``s, to link spellings of one name (``_spelled_alike``)
    spelled: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    #: organisations' main names opening with a Chinese place or its initials, by the
    #: name with the initials (``_place_initials``): key -> whether it wrote the initials
    initialled: dict[str, dict[str, bool]] = defaultdict(dict)
    #: organisations' one-word names too short for the rules above (``_short_alike``):
    #: sig -> (key, whether it is the main name, the name folded)
    short_names: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    #: each entry's short forms in brackets after a name (``Huawei Technologies Co.,
    #: Ltd. (Huawei)`` -> ``huawei``), folded
    shorts: dict[str, set[str]] = defaultdict(set)
    #: main names without their bracketed short form, by signature (added to ``sigs``
    #: below for lists that write the name without a short form on no other entry)
    bare_sigs: dict[tuple[str, str], set[str]] = defaultdict(set)
    #: an organisation's name words as written (legal forms aside), by signature and
    #: key: names alike only through an abbreviation read out (China Telecom / China
    #: Telecommunications) are joined after those written with the same words
    written_words: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    latest_ids = set(latest.values())
    for nid, vid in enumerate(index.name_version):
        if vid not in latest_ids:
            continue
        ver = index.versions[vid]
        norm = index.name_norm[nid]
        kind = norm.kind
        if not norm.tokens:
            continue
        sig = " ".join(sorted(norm.tokens))
        text = index.name_text[nid]
        is_main = text == ver.name
        if quoted_keys and (ver.key in quoted_keys or (is_main and ver.source == UN_SOURCE)):
            if ver.key in quoted_keys:
                own_sigs[ver.key].add((kind, sig))
            if is_main and ver.source == UN_SOURCE:
                un_mains[(kind, sig)].add(ver.key)
        bare = None  # (a main name without its bracketed short form, normalised)
        if text.endswith(")"):
            bracket = _TRAILING_PAREN.search(text)
            if bracket:
                shorts[ver.key].add(_fold(bracket.group(1)))
                if is_main and bracket.start() > 0 and " " not in bracket.group(1).strip():
                    # (a short form, one word: not a qualifier, ``(Assembly Center)``)
                    bare = normalize(text[:bracket.start()], kind)
        if len(norm.tokens) < 2 and (kind == PERSON or len(sig) < ONE_WORD_NAME) and not (
                kind != PERSON and norm.tokens and norm.numbers):
            # (an organisation's one word and a number, ``OFFICE 39``, goes on: its
            # number is part of the name, see ``_name_reason``)
            if (kind == ORG and len(norm.tokens) == 1 and not norm.numbers
                    and _short_name(sig)):
                short_names[sig].append((ver.key, is_main, _fold(text)))
            continue
        if norm.numbers:
            # (a number is part of the name: CHINA 49 GROUP is not 32 GROUP CHINA)
            sig = " ".join(sorted(norm.tokens + norm.numbers))
        if ver.key not in quals:
            if kind == PERSON:
                quals[ver.key] = {b for b in map(_birth, ver.properties.get("birthDate", ()))
                                  if b}
            else:
                quals[ver.key] = {_country(c) for c in ver.properties.get("country", ())
                                  if c.strip()}
        sigs[(kind, sig)].add(ver.key)
        if is_main:
            main[(kind, sig)].add(ver.key)
        if kind != PERSON:
            written_words[(kind, sig, ver.key)].add(_words_as_written(norm.text))
        if bare is not None and len(bare.tokens) >= 2:
            # (``SAFETY EQUIPMENT PROCUREMENT (SEP)`` is also its name without the short
            # form, as another list writes it: ``SAFETY EQUIPMENT PROCUREMENT COMPANY``)
            alt = " ".join(sorted(bare.tokens + bare.numbers))
            if alt != sig:
                bare_sigs[(kind, alt)].add(ver.key)
        if kind == PERSON:
            skel = tuple(sorted(filter(None, map(skeleton, norm.tokens))))
            if len(skel) >= 2:
                spelled[ver.key].add(skel)
                for joined in _joined_pairs(norm.tokens):
                    # (a compound given name written as one word on another list:
                    # Abdul Rahim / Abdelrahim)
                    spelled[ver.key].add(tuple(sorted(filter(None, map(skeleton, joined)))))
        elif index.name_text[nid] == ver.name:
            read = _place_initials(norm.tokens)
            if read is not None:
                initialled[read[0]][ver.key] = read[1]
    _quoted_elsewhere(quoted, vers, own_sigs, un_mains, links)
    for sk, keys in bare_sigs.items():
        # (a list that also names another entry so, as written, gives the name to that
        # one: its entry of the short form is another listing, ``(IRGC)`` / plain)
        writing = {list_of(k) for k in sigs.get(sk, ())}
        for k in keys:
            if list_of(k) not in writing:
                sigs[sk].add(k)
                main[sk].add(k)
    for (kind, sig), keys in sigs.items():
        if not 2 <= len(keys) or len(_holders(keys, former)) > MAX_NAMESAKES:
            continue
        per_source: dict[str, int] = defaultdict(int)
        for k in _holders(keys, former):
            per_source[list_of(k)] += 1
        # (how many lists hold the name counts publishers: the CSL, which republishes
        # the others' entries under several sub-lists, is one of them)
        publishers = len({s.split(":", 1)[0] for s in per_source})
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                unique = per_source[list_of(a)] == 1 and per_source[list_of(b)] == 1
                mains = main.get((kind, sig), set())
                # (few lists hold the name, or one entry of each: a list giving it to
                # two entries, the Entity List one party at two addresses, leaves the
                # other lists' entries of it linkable)
                reason = _name_reason(kind, sig, quals.get(a, set()), quals.get(b, set()),
                                      unique and (publishers <= MAX_SHARED
                                                  or _one_per_list(keys, vers, former)),
                                      a in mains and b in mains)
                if reason:
                    link(a, b, reason)
                    same = (written_words.get((kind, sig, a), set())
                            & written_words.get((kind, sig, b), set()))
                    if same:
                        link(a, b, f"{reason.split(':', 1)[0]}: the name written with the "
                                   f"same words, '{min(same)}'")
    for sig, writers in initialled.items():
        # (one entry writing the place, one of each other list writing its initials:
        # Shenzhen DJI Technology Co., Ltd / SZ DJI TECHNOLOGY CO., LTD. and the CSL's
        # republication of it; Shenzhen and Suzhou are both SZ: two entries writing a
        # place make it unclear which is meant)
        placed = [k for k, wrote in writers.items() if not wrote]
        written = sorted(k for k, wrote in writers.items() if wrote)
        if len(_holders(placed, former)) != 1 or not written:
            continue
        lists = [list_of(k) for k in _holders(written, former)]
        if len(set(lists)) < len(lists) or list_of(placed[0]) in lists:
            continue
        for a in placed:
            qa = quals.get(a, set())
            for b in written:
                qb = quals.get(b, set())
                if not _contradicting(qa, qb):  # (as ``_name_reason``)
                    link(a, b, f"name: same name '{sig}', the place it opens with written "
                               "as its initials on one side")
    _spelled_alike(vers, quals, spelled, links, link, former)
    _written_alike(vers, quals, links, link, former)
    _short_alike(vers, short_names, shorts, links, link, former)
    return dict(links)


#: words that make an organisation's name a company's (a shipping company's): beside
#: the legal forms and generic business words, those ship owners' names use
_SHIP_OWNER_WORDS = frozenset({"maritime", "incorporation", "incorporated", "lines",
                               "shipmanagement", "management", "tankers", "marine"})


def _owner_and_ship(a: Any, b: Any) -> bool:
    """Whether two entries sharing an IMO number are a vessel and a company (a list
    that types no vessels gives a one-ship company its ship's number: OFSI's
    ``BUSHEHR SHIPPING COMPANY LIMITED`` ``IMO No 9270658``, the SDN's vessel SHAMIM):
    one a Vessel, the other an organisation whose name has a legal form or a business
    word. A ship a list types as an organisation (``HAO FAN 6``) is neither."""
    if (a.schema == "Vessel") == (b.schema == "Vessel"):
        return False
    other = b if a.schema == "Vessel" else a
    norm = normalize(other.name, ORG)
    words = set(norm.text.split())
    return bool(norm.forms or words & GENERIC_ORG_WORDS or words & _SHIP_OWNER_WORDS)


def _quoted_elsewhere(quoted: list[tuple[str, str, str]], vers: dict[str, Any],
                      own_sigs: dict[str, set[tuple[str, str]]],
                      un_mains: dict[tuple[str, str], set[str]],
                      links: dict[tuple[str, str], list[str]]) -> None:
    """Drop the UN reference number another list quotes for an entry when the UN gives
    it to a party of another name (no name in common) and a name of the entry is the
    main name of another UN entry (OFSI quoting ``KPe.035``, the UN's Korea Daesong Bank, for Korea
    Daesong General Trading Corporation, which the UN lists under its own reference;
    two persons' references swapped): the name says which UN entry it is, the number
    was the neighbour's. A link left with no reason is gone."""
    for other, un, reason in quoted:
        mine = own_sigs.get(other, set())
        if mine & own_sigs.get(un, set()):
            continue  # (a name in common: the reference is the entry's)
        namesakes = {k for m in mine if m in un_mains for k in un_mains[m]} - {un}
        if not namesakes:
            continue
        p = pair(other, un)
        reasons = links.get(p)
        if reasons and reason in reasons:
            reasons.remove(reason)
            if not reasons:
                del links[p]


def _words_as_written(text: str) -> str:
    """A normalised name's words before abbreviations are read out and plurals folded,
    legal forms of one word left out, sorted."""
    return " ".join(sorted(w for w in text.split() if w not in LEGAL_FORMS))


_TRAILING_PAREN = re.compile(r"\(([^()]+)\)\s*$")
#: the fewest letters of a short one-word name ``_short_alike`` reads
SHORT_NAME = 3


def _fold(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _short_name(sig: str) -> bool:
    """A one-word organisation name ``_short_alike`` reads: Latin letters (digits
    allowed), ``SHORT_NAME`` letters or more, not a generic business word."""
    return (sig.isascii() and sig.isalnum() and sum(c.isalpha() for c in sig) >= SHORT_NAME
            and sig not in GENERIC_ORG_WORDS and sig not in STOPWORDS)


def _short_alike(vers: dict[str, Any], short_names: dict[str, list[tuple[str, bool, str]]],
                 shorts: dict[str, set[str]], links: dict[tuple[str, str], list[str]],
                 link: Any, former: dict[str, str] | None = None) -> None:
    """Organisations of different lists known by one short word (``CRRC Corp`` /
    ``CRRC Corporation Limited``: a legal form apart; ``Huawei`` / ``Huawei Technologies
    Co., Ltd. (Huawei)``: one list's name is the short form the other list gives its
    entry in brackets): ``name+country`` when, on each side, the word is the entry's
    main name or the short form its list writes in brackets after its name (never a
    mere alias: aliases are shared), each list gives the word to one entry only (as any
    of its names), and both entries have a country and share one."""
    for sig, held in short_names.items():
        if len(held) < 2:
            continue
        per_list: dict[str, set[str]] = defaultdict(set)
        named: dict[str, str] = {}
        for key, is_main, folded in held:
            per_list[list_of(key)].add(_holder(key, former))
            if is_main:
                named[key] = "main name"
            elif folded in shorts.get(key, ()) and key not in named:
                named[key] = "short form in brackets"
        if len(per_list) < 2:
            continue
        keys = sorted(k for k in named if len(per_list[list_of(k)]) == 1)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if list_of(a) == list_of(b):
                    continue
                qa, qb = ({_country(c) for c in vers[k].properties.get("country", ())
                           if c.strip()} for k in (a, b))
                shared = _in_one_form(qa) & _in_one_form(qb)
                if shared and pair(a, b) not in links:
                    link(a, b, f"name+country: same short name '{sig}' ({named[a]} of "
                               f"{a}, {named[b]} of {b}) and country {min(shared)}")


_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_NON_WORD = re.compile(r"[^\w]+")


def _written(name: str) -> set[tuple[bool, str]]:
    """An organisation's main name as written (case, punctuation and spacing folded),
    with and without a trailing part in brackets (``… INDUSTRIES (YMI)``): ``(False,
    text)``; and without its legal forms of one word: ``(True, text)`` (``JSC RESEARCH
    AND PRODUCTION ASSOCIATION KVANT`` / ``Research and Production Association KVANT``:
    the normalised name keeps one word, the rest read as a legal form, too short for
    the rules by words). The two are grouped apart: ``BANK MELLI IRAN ZAO`` (a
    subsidiary) is ``bank melli iran`` only with its legal form aside, and then makes
    that name one of two entries of its list."""
    out = set()
    bracket = _TRAILING_PAREN.search(name)
    for text in (name, _PAREN.sub("", name)):
        words = _NON_WORD.sub(" ", text.casefold()).split()
        # (legal forms aside, a qualifier of several words in brackets stays: ``…
        # Works Co., Ltd. (Assembly Center)`` is a part of ``… Works``)
        several = bracket and " " in bracket.group(1).strip() and text != name
        bare = [] if several else [w for w in words if w not in LEGAL_FORMS]
        for aside, kept in ((False, words), (True, bare)):
            folded = " ".join(kept)
            if len(kept) >= 2 and sum(c.isalpha() for c in folded) >= 8:
                out.add((aside, folded))
    return out


def _written_alike(vers: dict[str, Any], quals: dict[str, set[str]],
                   links: dict[tuple[str, str], list[str]], link: Any,
                   former: dict[str, str] | None = None) -> None:
    """Organisations and vessels whose *main* names are written the same (``TAMAS
    COMPANY``, ``RAHAT LTD.`` / ``RAHAT LTD``: names the word rules pass over, a legal form
    or a plural leaving one short word), or the same but for legal forms of one word
    (``_written``), each list giving the name to one entry only and no country
    contradicting: ``name``."""
    written: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for key, ver in vers.items():
        if ver.schema == "Person":
            continue
        for variant in _written(ver.name):
            written[variant].add(key)
    for (aside, text), keys in sorted(written.items()):
        if len(keys) < 2 or not _one_per_list(keys, vers, former):
            continue
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                qa, qb = (quals.get(k) or {_country(c) for c in vers[k].properties.get(
                    "country", ()) if c.strip()} for k in (a, b))
                if _contradicting(qa, qb) or (aside and pair(a, b) in links):
                    continue  # two countries that differ; (linked already)
                how = "legal forms aside" if aside else "as written"
                link(a, b, f"name: same main name '{text}' {how}, on one entry of "
                           "each list")


_SKELETON_MAP = str.maketrans({"c": "k", "q": "k", "w": "v", "x": "k", "j": "y"})


def skeleton(token: str) -> str:
    """A name word as its transliterations agree on it: the first letter (a vowel as
    ``a``: Ezzat / Izzat), then the consonants but h (``Andreevich`` / ``Andreyevich`` /
    ``Andreievitch`` → ``andrvk``, ``Alexander`` / ``Aleksandr`` → ``alksndr``,
    ``Gaziev`` / ``Gaziyev`` → ``hzv``, ``Tawwab`` / ``Tawab`` → ``tvb``), doubled letters
    once; French and German ``tch`` as ``ch`` (``Akhmadovitch`` / ``Akhmadovich``), ``ts``
    as ``c`` (``Belaventsev`` / ``Belavencev``), ``g`` as ``h``, which Ukrainian and
    Belarusian write for the Russian ``g`` (``Serhiy`` / ``Sergey``), a ``y`` opening a
    vowel left out (``Yelena`` / ``Elena``); "" for a word not in Latin letters."""
    if not token.isascii() or not token.isalpha():
        return ""
    word = token.lower().replace("tch", "ch").replace("ph", "f").replace("x", "ks")
    word = word.replace("ts", "c").translate(_SKELETON_MAP).replace("g", "h")
    if len(word) > 1 and word[0] == "y" and word[1] in "aeiou":
        word = word[1:]  # (Yelena / Elena, Yevgenyevich / Evgenevich)
    out = "a" if word[0] in "aeiou" else word[0]
    for ch in word[1:]:
        if ch in "aeiouyh" or ch == out[-1]:
            continue
        out += ch
    return out


#: the skeleton of a patronymic (``-ovich``, ``-evna``) or of a surname formed like one
#: (``-vić``, ``-wicz``)
_PATRONYMIC = re.compile(r"v[kn]$")


def _joined_pairs(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A person's name words with two neighbours written as one (``abdul rahim hamdan``
    → ``abdulrahim hamdan``, ``abdul rahimhamdan``), for names of three words or more."""
    if len(tokens) < 3:
        return []
    return [(*tokens[:i], tokens[i] + tokens[i + 1], *tokens[i + 2:])
            for i in range(len(tokens) - 1)]


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or left out (``Ivanovna`` / ``Ivanova``: OFSI's 2014
    spelling of Matviyenko's patronymic)."""
    return Levenshtein.distance(a, b, score_cutoff=1) == 1


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of the shorter name is a word of the other, as skeletons, and at least
    one of them is a long one (a surname, not only initials). In a name of three words or
    more, one patronymic may be one letter apart, changed, added or left out, on one side
    at least written as a patronymic (``Akhmadovich`` / ``Akhmatovich``, ``Ivanovna`` /
    ``Ivanova``: the father's name in two spellings; brothers share it, so it never tells
    two persons apart as a given name does: Kamal / Jamal stay two)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    pool = list(long)
    loose = len(short) >= 3
    for w in short:
        if w in pool:
            pool.remove(w)
            continue
        near = [p for p in pool if loose and (_PATRONYMIC.search(w) or _PATRONYMIC.search(p))
                and min(len(w), len(p)) >= 4 and _one_letter_apart(w, p)]
        if len(near) != 1:
            return False
        pool.remove(near[0])
        loose = False
    return any(len(w) >= 3 for w in short)


def _spelled_alike(vers: dict[str, Any], quals: dict[str, set[str]],
                   spelled: dict[str, set[tuple[str, ...]]],
                   links: dict[tuple[str, str], list[str]], link: Any,
                   former: dict[str, str] | None = None) -> None:
    """Persons of different lists with the same full birth date whose names are one name
    in other spellings (``skeleton``): ``name+birth``, when each list has one such entry
    for the other's (two candidates on one list: no link)."""
    by_birth: dict[str, set[str]] = defaultdict(set)
    for key in spelled:
        for d in quals.get(key, ()):
            if len(d) == 10:
                by_birth[d].add(key)
    found: dict[tuple[str, str], str] = {}
    per: dict[tuple[str, str], list[str]] = defaultdict(list)
    for d, keys in by_birth.items():
        if not 2 <= len(keys) <= MAX_BIRTH_GROUP:
            continue
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if vers[a].source == vers[b].source:
                    continue
                if any(_alike(x, y) for x in spelled[a] for y in spelled[b]):
                    found[(a, b)] = min(d, found.get((a, b), d))  # (one reason each run)
                    per[(a, vers[b].source)].append(_holder(b, former))
                    per[(b, vers[a].source)].append(_holder(a, former))
    for (a, b), d in sorted(found.items()):
        if len(set(per[(a, vers[b].source)])) == 1 and len(set(per[(b, vers[a].source)])) == 1:
            if (a, b) not in links:
                link(a, b, f"name+birth: the names of '{vers[a].name}' and '{vers[b].name}' "
                           f"are one name spelled two ways, birth date {d}")


def _place_initials(tokens: tuple[str, ...]) -> tuple[str, bool] | None:
    """An organisation's name opening with a Chinese place (``shenzhen``) or its
    initials (``sz``), followed by a telling word (not generic, 3 letters or more) and
    more: (the name's words with the initials, in order, and whether it wrote them)."""
    if len(tokens) < 3 or tokens[0] not in PLACE_ABBREVIATIONS:
        return None
    nxt = tokens[1]
    if len(nxt) < 3 or nxt in GENERIC_ORG_WORDS or nxt in STOPWORDS:
        return None
    wrote = len(tokens[0]) < 4
    if wrote:
        initials = tokens[0]
    else:
        initials = min((a for a in PLACE_ABBREVIATIONS[tokens[0]] if len(a) < 4), default="")
        if not initials:
            return None
    return " ".join((initials, *tokens[1:])), wrote


def _name_reason(kind: str, sig: str, qa: set[str], qb: set[str], unique: bool,
                 main: bool) -> str | None:
    """Why two entries of the same name are one party, or None.

    Persons: a shared birth date, or a bare year that is the year of the other's date
    (``name+birth``); with no birth date on one side, a name of three words or more that
    each list gives to one entry only (``name``). Organisations and vessels: a shared
    country (``name+country``); with no country on one side, or countries written in
    other forms (``CN`` / ``China``, the same country once in one form: never a
    contradiction), a name of two words
    and ten letters or more, or of one word of ``ONE_WORD_NAME`` letters or more (a coined
    name: Uralvagonzavod, Syriatel), that each list gives to one entry only (``name``). Only a
    shared full birth date or country links through aliases (``main`` false): aliases
    are shared between parties (Ansar Allah, Abu Muhammad)."""
    words = len(sig.split())
    if kind == PERSON:
        shared = qa & qb
        if shared:
            return f"name+birth: same name '{sig}' and birth date {min(shared)}"
        years = ({d for d in qa if len(d) == 4} & {d[:4] for d in qb}) | (
            {d for d in qb if len(d) == 4} & {d[:4] for d in qa})
        if years and main:
            return f"name+birth: same name '{sig}' and birth year {min(years)}"
        if (not qa or not qb) and unique and main and words >= 3:
            return f"name: same full name '{sig}' on one entry of each list, no birth date " \
                   "to compare"
        return None
    shared = qa & qb
    if shared:
        return f"name+country: same name '{sig}' and country {min(shared)}"
    long_enough = len(sig) >= 10 if words >= 2 else len(sig) >= ONE_WORD_NAME
    if not long_enough and any(c.isdigit() for c in sig):
        # (a number in a short name makes it one party's: ``OFFICE 39``, ``7TH OF TIR``)
        long_enough = sum(c.isalpha() for c in sig) >= NUMBERED_NAME_LETTERS
    if _contradicting(qa, qb) or not (unique and main and long_enough):
        return None
    one_form = _in_one_form(qa) & _in_one_form(qb)
    if one_form:
        return (f"name: same name '{sig}' on one entry of each list, country "
                f"{min(one_form)} written in other forms")
    return f"name: same name '{sig}' on one entry of each list, no country to compare"


def main_names(index: NameIndex) -> dict[str, str]:
    """Each entry key's main name (its latest version's)."""
    return {key: index.versions[vid].name for key, vid in _latest(index).items()}


#: identifiers a party has one of: two groups holding different ones are two parties
#: (``clusters.EntityLinks``'s anchors guard)
ANCHOR_IDS = {"imoNumber": "IMO", "leiCode": "LEI", "uscCode": "USCC"}
#: the source whose UN reference numbers anchor its entries: the UN's own list (other
#: lists quote them with typos, ``QDi.345`` for ``QDi.375``, and quote an associate's)
UN_SOURCE = "un_sc"


def anchors(index: NameIndex) -> dict[str, frozenset[str]]:
    """Each entry's identifiers of a kind a party has only one of, as ``kind:value``:
    the UN list's own reference numbers (``UN-QD:QDI123``: one per sanctions regime, the
    same person may be listed under two), IMO numbers, LEIs and unified
    social credit codes; a value two entries of one list hold is nobody's (left out), and
    entries with none are left out."""
    held: dict[str, set[str]] = defaultdict(set)
    holders: dict[tuple[str, str], int] = defaultdict(int)
    # (a version holding none of the properties read gives nothing: not decoded)
    strong, anchored, id_props = id_bits(STRONG_IDS), id_bits(ANCHOR_IDS), index.id_props
    for key, vid in _latest(index).items():
        ver = index.versions[vid]
        if not id_props[vid] & (strong if ver.source == UN_SOURCE else anchored):
            continue
        props = ver.properties
        # (only the UN list's entries are read for UN references, every entry for the
        # others: the other identifier kinds are not looked at)
        for prop in STRONG_IDS if ver.source == UN_SOURCE else ANCHOR_IDS:
            for value in props.get(prop, ()):
                ref = un_reference(value)
                if ref:
                    if ver.source == UN_SOURCE:  # (one per sanctions regime: QD, SO ...)
                        held[key].add(f"UN-{ref[:2]}:{ref}")
                elif prop in ANCHOR_IDS:
                    clean = normalize_identifier(value, prop)
                    if prop == "imoNumber" and clean.startswith("IMO"):
                        clean = clean[3:]
                    if len(clean) >= 5:
                        held[key].add(f"{ANCHOR_IDS[prop]}:{clean}")
        for value in held.get(key, ()):
            holders[(ver.source, value)] += 1
    out: dict[str, frozenset[str]] = {}
    for key, values in held.items():
        source = key.split(":", 1)[0]
        own = frozenset(v for v in values if holders[(source, v)] == 1)
        if own:
            out[key] = own
    return out

# -- the reviewers' table -------------------------------------------------------------


def load_links(store: Store, index: NameIndex) -> EntityLinks:
    """The clusters of ``index`` with the reviewers' corrections applied."""
    return EntityLinks.build(find_links(index), reviewed_links(store), main_names(index),
                             anchors(index))


def sync_links(store: Store, index: NameIndex | None = None, *,
               found: dict[tuple[str, str], list[str]] | None = None) -> dict[str, int]:
    """Write the links found now (``found``, else found in ``index``, else in the store's
    index) to ``entity_links`` (status ``auto``), drop automatic ones no longer found;
    reviewed rows are kept as they are. Returns counts."""
    if found is None:
        found = find_links(index or NameIndex.from_store(store))
    now = utcnow()
    added = removed = changed = 0
    with store.begin() as conn:
        rows = {(r.key_a, r.key_b): r for r in conn.execute(select(entity_links))}
        for p, reasons in found.items():
            text = json.dumps(reasons, ensure_ascii=False)
            row = rows.get(p)
            if row is None:
                conn.execute(insert(entity_links).values(
                    key_a=p[0], key_b=p[1], reasons=text, status="auto", found=True,
                    created_at=now, updated_at=now))
                added += 1
            elif row.reasons != text or not row.found:
                conn.execute(update(entity_links).where(entity_links.c.id == row.id)
                             .values(reasons=text, found=True, updated_at=now))
                changed += 1
        for p, row in rows.items():
            if p in found:
                continue
            if row.status == "auto":
                conn.execute(delete(entity_links).where(entity_links.c.id == row.id))
                removed += 1
            elif row.found:
                conn.execute(update(entity_links).where(entity_links.c.id == row.id)
                             .values(found=False, updated_at=now))
    return {"links": len(found), "added": added, "removed": removed, "changed": changed}


def review_link(store: Store, key_a: str, key_b: str, status: str, reason: str,
                user: str | None = None) -> dict[str, Any]:
    """A reviewer confirms (``confirmed``) or splits (``split``) the link of two entries."""
    if status not in ("confirmed", "split"):
        raise ConfigError(f"unknown review {status!r}", hint="confirm or split")
    if key_a == key_b:
        raise ConfigError("a link needs two different entries")
    reason = (reason or "").strip()
    if not reason:
        raise ConfigError("a review needs a reason", hint="give --reason TEXT")
    a, b = pair(key_a, key_b)
    who = user or get_settings().user
    now = utcnow()
    with store.begin() as conn:
        for k in (a, b):
            if conn.execute(select(versions.c.id).where(versions.c.key == k).limit(1)).first() \
                    is None:
                raise NotFound(f"no entry with key {k!r}")
        row = conn.execute(select(entity_links).where(entity_links.c.key_a == a,
                                                      entity_links.c.key_b == b)).first()
        values = {"status": status, "reviewed_by": who, "reviewed_at": now,
                  "review_reason": reason, "updated_at": now}
        if row is None:
            conn.execute(insert(entity_links).values(
                key_a=a, key_b=b, reasons="[]", found=False, created_at=now, **values))
        else:
            conn.execute(update(entity_links).where(entity_links.c.id == row.id).values(**values))
    return get_link(store, a, b)


def get_link(store: Store, key_a: str, key_b: str) -> dict[str, Any]:
    a, b = pair(key_a, key_b)
    with store.connect() as conn:
        row = conn.execute(select(entity_links).where(entity_links.c.key_a == a,
                                                      entity_links.c.key_b == b)).first()
    if row is None:
        raise NotFound(f"no link between {a} and {b}",
                       hint="`listwatch links list --key KEY` shows an entry's links")
    return _link_dict(row)


def _link_dict(row: Any) -> dict[str, Any]:
    d = dict(row._mapping)
    d["reasons"] = json.loads(d["reasons"] or "[]")
    return d


def list_links(store: Store, *, key: str | None = None, status: str | None = None,
               limit: int = 500) -> list[dict[str, Any]]:
    if status is not None and status not in STATUSES:
        raise ConfigError(f"unknown status {status!r}", hint="use one of: " + ", ".join(STATUSES))
    stmt = select(entity_links).order_by(entity_links.c.key_a, entity_links.c.key_b).limit(limit)
    if key:
        stmt = stmt.where((entity_links.c.key_a == key) | (entity_links.c.key_b == key))
    if status:
        stmt = stmt.where(entity_links.c.status == status)
    with store.connect() as conn:
        return [_link_dict(r) for r in conn.execute(stmt)]


__all__ = ["EntityLinks", "anchors", "find_links", "list_links", "load_links", "review_link",
           "reviewed_links",
           "sync_links"]
