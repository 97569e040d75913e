"""Labelled name pairs that do not come from the development file, for measuring the
scorer on cases it was not written against. Writes bench/out/pairs.csv (columns of the
nomenklatura file: case_group, schema, name1, name2, is_match, plus kind and part).

    .venv/bin/python bench/build_pairs.py [--db URL] [--seed 18] [--per-kind 300]

Kinds (positives +, negatives -):

+ alias         an entry's main name against one of its aliases that shares a word or is
                in another script (real lists: UN, OFAC, CSL)
+ twin          the names of two entries of different lists linked by an identifier or a
                CSL republication (not by name: ``screening.links``), when they differ
+ wade_giles    a Chinese name (Faker zh_CN / zh_TW) in pinyin against Wade-Giles (pypinyin)
+ translit      a Russian or Ukrainian name (Faker ru_RU / uk_UA) in two romanisation
                systems (BGN/PCGN against ICAO 9303 passports)
+ hypocorism    a listed or Faker person with the given name swapped for one of its
                nicknames (the ``nicknames`` package's table: Ted / Theodore)
+ joined        a listed name with its spaces removed
+ swapped       a listed name with two neighbouring letters swapped in one word of 5+
- shared_word   two different listed entries (not linked) of one schema sharing a word
+ given_typo    a listed person's given name against a Faker given name one letter
                substituted (Harry / Larry): the development file's convention reads
                these as typos of one person (Harry Page / Larry Page, Jansen / Jensen
                Huang, Arif / Asif Ali Zardari are labelled matches)
+ fund_vintage  a numbered fund or series against the next number (the development
                file labels KKR Asian Fund III / IV, Goldman Sachs Capital Partners V /
                VI and Citigroup Capital Trust XV / XX matches)
+ baltic        a Russian or Ukrainian man's name (Faker) in English (BGN/PCGN) against
                its Latvian or Lithuanian form with case endings (Putin / Putins /
                Putinas)
+ brand_form    a listed company's short name alone against it with a legal form
                written out in another language (Aktiebolaget X, X Spolka Akcyjna)
- near_person   a listed person's given or family name replaced by a Faker name two
                letters away with a letter added or dropped (Sancho / Sanchez, Albano /
                Albanese: labelled other persons in the development file)
- one_letter    an organisation's acronym-like word (2-4 consonants) changed by a letter
- fund_series   a numbered fund or series against the same name without the number
                (the development file: Management Company 23 / Management Company, and a
                series marker II added, are other companies)
- gendered      a Russian or Ukrainian woman's name against the masculine form of her
                family name (Ivanova / Ivanov: a husband, a brother)
- han_2char     two-character Han names sharing only the surname (in Han, and one side in
                pinyin)
- faker         two different Faker persons of one locale sharing the surname

``part``: ``tune`` or ``report`` from a hash of the pair's group (an entry key, a Faker
draw): tune rules and the threshold on ``tune`` only, report on ``report``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
OUT = ROOT / "bench" / "out" / "pairs.csv"
LATEST = [("us_ofac_sdn", "ofac_sdn/2024-05-03"), ("us_ofac_cons", "ofac_consolidated/2025-12-19"),
          ("us_trade_csl", "trade_gov_csl/2023-11-30"), ("un_sc", "un_sc_consolidated")]
SCHEMAS = {"Person", "Company", "Organization", "Vessel", "LegalEntity"}

# BGN/PCGN (1947) and ICAO 9303 (2013, passports) romanisations of Russian Cyrillic
_BGN = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяё",
                ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                 "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu",
                 "ya", "yë"], strict=True))
_ICAO = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяё",
                 ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
                  "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu",
                  "ia", "e"], strict=True))
_UK = {"і": "i", "ї": "yi", "є": "ye", "ґ": "g", "г": "h", "е": "e", "и": "y"}
_UK_ICAO = {"і": "i", "ї": "i", "є": "ie", "ґ": "g", "г": "h", "е": "e", "и": "y"}


def romanise(text: str, table: dict[str, str], extra: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        rep = extra.get(low, table.get(low, ch))
        if low == "е" and table is _BGN and "е" not in extra and (
                not out or not out[-1].isalpha() or out[-1][-1].lower() in "aeiouy"):
            rep = "ye"  # (BGN/PCGN: ye at the start of a word, after a vowel and ъ/ь)
        out.append(rep.capitalize() if ch.isupper() and rep else rep)
    return "".join(out)


def part_of(group: str) -> str:
    return "tune" if int(hashlib.sha1(group.encode()).hexdigest(), 16) % 2 == 0 else "report"


def load_index(db: str | None) -> Any:
    from listwatch.screening.index import NameIndex
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    if db is None:
        import tempfile

        db = f"sqlite:///{tempfile.mkdtemp()}/pairs.db"
        store = Store(db)
        for source, folder in LATEST:
            ingest_paths(store, source, [DATA / folder], force=True)
    else:
        store = Store(db)
    return NameIndex.from_store(store)


class Pairs:
    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.seen: set[tuple[str, str]] = set()

    def add(self, kind: str, group: str, schema: str, a: str, b: str, match: bool) -> bool:
        a, b = a.strip(), b.strip()
        if not a or not b or a == b or (a, b) in self.seen or (b, a) in self.seen:
            return False
        self.seen.add((a, b))
        self.rows.append({"case_group": f"gen_{kind}", "schema": schema, "name1": a, "name2": b,
                          "is_match": "true" if match else "false", "quality": "GENERATED",
                          "category": kind, "notes": group, "kind": kind,
                          "part": part_of(f"{kind}:{group}")})
        return True


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", name.casefold())}


def list_pairs(index: Any, pairs: Pairs, rng: random.Random, per_kind: int) -> None:
    from listwatch.screening.links import EntityLinks, find_links

    latest: dict[str, Any] = {}
    for ver in index.versions:
        if ver.valid_to is None:
            latest[ver.key] = ver
    entries = [v for v in latest.values() if v.schema in SCHEMAS and v.name.strip()]
    rng.shuffle(entries)
    links = find_links(index)
    clusters = EntityLinks.build(links)
    # aliases
    n = 0
    for ver in entries:
        if n >= per_kind:
            break
        for alias in ver.properties.get("alias", [])[:3]:
            other_script = not alias.isascii() and ver.name.isascii()
            if (_words(alias) & _words(ver.name)) or other_script:
                n += pairs.add("alias", ver.key, ver.schema, ver.name, alias, True)
                break
    # twins linked by identifier or republication, names differing
    n = 0
    strong = [p for p, rs in links.items()
              if any(r.startswith(("identifier", "republished")) for r in rs)]
    rng.shuffle(strong)
    for a, b in strong:
        if n >= per_kind:
            break
        va, vb = latest.get(a), latest.get(b)
        if va is None or vb is None or va.schema != vb.schema or va.schema not in SCHEMAS:
            continue
        if va.name.casefold() == vb.name.casefold():
            continue
        n += pairs.add("twin", a, va.schema, va.name, vb.name, True)
    # joined and swapped letters
    n = m = 0
    for ver in entries:
        words = ver.name.split()
        if n < per_kind and 2 <= len(words) <= 4 and ver.name.isascii():
            n += pairs.add("joined", ver.key, ver.schema, ver.name, "".join(words), True)
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if m < per_kind and long_words and ver.name.isascii():
            i = rng.choice(long_words)
            w = words[i]
            k = rng.randrange(1, len(w) - 2)
            swapped = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            if swapped != w:
                m += pairs.add("swapped", ver.key, ver.schema, ver.name,
                               " ".join(words[:i] + [swapped] + words[i + 1:]), True)
    # different entries sharing a word
    by_word: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for ver in entries:
        for w in _words(ver.name):
            by_word[(ver.schema, w)].append(ver)
    n = 0
    keys = [k for k, v in by_word.items() if 2 <= len(v) <= 40]
    rng.shuffle(keys)
    for schema, _w in keys:
        if n >= per_kind:
            break
        a, b = rng.sample(by_word[(schema, _w)], 2)
        if b.key in clusters.referents(a.key) or a.name.casefold() == b.name.casefold():
            continue
        if a.key.split(":")[1].split("-")[-1] == b.key.split(":")[1].split("-")[-1]:
            continue
        n += pairs.add("shared_word", f"{a.key}|{b.key}", schema, a.name, b.name, False)
    # organisations: one letter changed in a short distinctive word; numbered series
    n = m = nb = 0
    for ver in entries:
        if ver.schema not in ("Company", "Organization"):
            continue
        words = ver.name.split()
        # (acronym-like words only, no vowel: a typo in a word of the language, CENTRAL
        # BNNK OF SYRIA, is the same company by the development file's convention: Bank
        # of Chima / Bank of China is labelled a match)
        short = [i for i, w in enumerate(words) if 2 <= len(w) <= 4 and w.isalpha()
                 and w.isupper() and not set(w) & set("AEIOUY") and not _form_or_abbr(w)
                 and w.lower() not in {"ltd", "llc", "inc", "co", "corp", "ooo",
                                                      "oao", "zao", "pao", "jsc", "the", "and",
                                                      "of", "for", "sa", "ag", "plc", "gmbh"}]
        if n < per_kind and short:
            i = rng.choice(short)
            w = words[i]
            k = rng.randrange(len(w))
            letter = rng.choice([c for c in "BCDFGHKLMNPRSTVWXZ" if c != w[k]])
            words2 = words[:i] + [w[:k] + letter + w[k + 1:]] + words[i + 1:]
            n += pairs.add("one_letter", ver.key, ver.schema, ver.name, " ".join(words2), False)
        if m < per_kind // 3 and re.search(r"\b(FUND|SERIES|TRUST|PORTFOLIO)\b", ver.name.upper()):
            num = rng.randint(1, 9)
            roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
            mark = str(num) if rng.random() < 0.5 else roman[num - 1]
            nxt = str(num + 1) if mark.isdigit() else roman[num]
            if rng.random() < 0.5:  # (the next number: one series, by the convention)
                m += pairs.add("fund_vintage", ver.key, ver.schema, f"{ver.name} {mark}",
                               f"{ver.name} {nxt}", True)
            else:  # (a number on one side only: another company)
                m += pairs.add("fund_series", ver.key, ver.schema, f"{ver.name} {mark}",
                               ver.name, False)
        brand = _brand(ver.name)
        if nb < per_kind and brand:
            full = rng.choice(FOREIGN_FORMS).replace("{}", brand)
            nb += pairs.add("brand_form", ver.key, ver.schema, brand, full, True)
    # listed persons: nicknames (positive) and a near given name (negative)
    persons = [v for v in entries if v.schema == "Person" and v.name.isascii()]
    return_persons(persons, pairs, rng, per_kind)


def _form_or_abbr(word: str) -> bool:
    """A legal form's or an abbreviation's word (SRL, DMCC, SHPG): a typo there is not
    another company."""
    from listwatch.match.vocab import ABBREVIATIONS, FORM_WORD_CODES, LEGAL_FORMS

    low = word.lower()
    return (low in LEGAL_FORMS or low in FORM_WORD_CODES or low in ABBREVIATIONS
            or low in {"dmcc", "shpg", "sprl", "slrc", "wll", "fzc", "fzco", "mfg", "sdn"})


def _brand(name: str) -> str | None:
    """A company's name without its legal form, when one or two words of letters are
    left (``CRYSTALORD LTD`` -> ``Crystalord``)."""
    from listwatch.match.vocab import LEGAL_FORMS

    words = name.replace(",", " ").replace(".", "").split()
    while words and words[-1].lower() in LEGAL_FORMS:
        words.pop()
    while words and words[0].lower() in LEGAL_FORMS:
        words.pop(0)
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and w.isascii() for w in words):
        return None
    brand = " ".join(w.capitalize() for w in words)
    return brand if len(brand) >= 4 else None


def _given_family(name: str) -> tuple[str, str] | None:
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
    else:
        parts = name.split()
        if len(parts) < 2:
            return None
        given, family = parts[0], " ".join(parts[1:])
    given = given.split()[0] if given else ""
    if not given.isalpha() or len(given) < 3 or not family:
        return None
    return given, family


_NICK: dict[str, set[str]] | None = None
_GIVEN_POOL: list[str] = []
_FAMILY_POOL: list[str] = []

#: legal forms written out in other languages (from the lists of legal entity types by
#: country), {} for the name
FOREIGN_FORMS = [
    "{} Spolka Akcyjna", "{} Spolka z ograniczona odpowiedzialnoscia", "Aktiebolaget {}",
    "{} Aktiebolag", "{} Anonim Sirketi", "{} Limited Sirketi", "{} Kabushiki Kaisha",
    "{} Osakeyhtio", "{} Aksjeselskap", "{} Aktieselskab", "{} Anpartsselskab",
    "Obshchestvo s Ogranichennoy Otvetstvennostyu {}", "Aktsionernoye Obshchestvo {}",
    "Publichnoye Aktsionernoye Obshchestvo {}", "Zakrytoye Aktsionernoye Obshchestvo {}",
    "Tovarystvo z Obmezhenoyu Vidpovidalnistyu {}", "{} Sociedad Anonima de Capital Variable",
    "{} Sociedade Anonima", "{} Sociedade Limitada", "{} Societa a Responsabilita Limitata",
    "{} Societe par Actions Simplifiee", "{} Naamloze Vennootschap",
    "{} Besloten Vennootschap", "{} Gesellschaft mit beschrankter Haftung",
    "{} Aktiengesellschaft", "{} Spolecnost s rucenim omezenym", "{} Akciova spolecnost",
    "{} Korlatolt Felelossegu Tarsasag", "{} Societate pe Actiuni", "{} Sendirian Berhad",
    "PT {} Tbk", "{} Perseroan Terbatas", "{} Yugen Kaisha", "{} Godo Kaisha",
    "{} Jusik Hoesa", "{} You Xian Gong Si", "{} Osakeyhtio Abp",
]


def nicknames_of(given: str) -> set[str]:
    global _NICK
    if _NICK is None:
        from nicknames import NickNamer

        _NICK = NickNamer().nickname_lookup
    return {n for n in _NICK.get(given.lower(), set()) if n.isalpha() and len(n) >= 2}


def _other_ending(x: str, y: str) -> bool:
    """Two names of one stem with other endings, two edits apart with a letter added or
    dropped (Sancho / Sanchez, Albano / Albanese, the development file's negatives): all
    of the shorter but its last letter starts the longer, and they are not one name
    spelt two ways (Müller / Mueller, Mohamed / Mohammad)."""
    from anyascii import anyascii
    from rapidfuzz.distance import OSA

    from listwatch.match.hypocorisms import related
    from listwatch.match.names import phonetic

    a, b = anyascii(x).lower(), anyascii(y).lower()
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 4 or len(a) == len(b) or OSA.distance(a, b) != 2:
        return False
    # (a name cut short is its short form, Alex / Alexey, Michi / Michaela in the
    # development file; so are the hypocorisms of the scorer's own table)
    if long_.startswith(short) or related(a, b):
        return False
    de = x.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    if OSA.distance(de, y.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")) < 2:
        return False
    return long_.startswith(short[:-1]) and phonetic(short) != phonetic(long_)


def return_persons(persons: list[Any], pairs: Pairs, rng: random.Random, per_kind: int) -> None:
    from rapidfuzz.distance import Hamming


    n = m = 0
    for ver in persons:
        gf = _given_family(ver.name)
        if gf is None:
            continue
        given, family = gf
        nicks = sorted(nicknames_of(given))
        if n < per_kind and nicks:
            nick = rng.choice(nicks).capitalize()
            n += pairs.add("hypocorism", ver.key, "Person", f"{given.capitalize()} {family}",
                           f"{nick} {family}", True)
        if m < per_kind and len(given) >= 4:
            # another real given name: one letter substituted is a typo by the development
            # file's convention; two letters apart with one added or dropped, another
            # person; other distances are left out as ambiguous, and so are names that
            # read the same (Mikhail / Michael: one name in two languages)
            typo = [g for g in _GIVEN_POOL if len(g) == len(given)
                    and Hamming.distance(g.lower(), given.lower()) == 1]
            other = [g for g in _GIVEN_POOL if _other_ending(g, given)
                     and g.lower() not in nicknames_of(given)
                     and given.lower() not in nicknames_of(g)]
            surname = family.split()[-1]
            others_f = [f for f in _FAMILY_POOL if _other_ending(f, surname)]
            if typo and rng.random() < 0.5:
                m += pairs.add("given_typo", ver.key, "Person", f"{given.capitalize()} {family}",
                               f"{rng.choice(typo)} {family}", True)
            elif other and rng.random() < 0.5:
                m += pairs.add("near_person", ver.key, "Person", f"{given.capitalize()} {family}",
                               f"{rng.choice(other)} {family}", False)
            elif others_f and " " not in family:
                m += pairs.add("near_person", ver.key, "Person", f"{given.capitalize()} {family}",
                               f"{given.capitalize()} {rng.choice(others_f)}", False)


LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pl_PL", "tr_TR",
           "ru_RU", "uk_UA", "ar_AA", "fa_IR", "zh_CN", "zh_TW", "ja_JP", "ko_KR", "hi_IN",
           "nl_NL", "sv_SE", "cs_CZ", "lt_LT", "lv_LV", "el_GR", "he_IL", "vi_VN", "id_ID"]


def faker_pairs(pairs: Pairs, rng: random.Random, per_kind: int, seed: int) -> None:
    from faker import Faker
    from pypinyin import Style, pinyin

    fakers = {loc: Faker(loc) for loc in LOCALES}
    for f in fakers.values():
        f.seed_instance(seed)
    for loc in ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL"):
        f = fakers[loc]
        _GIVEN_POOL.extend({f.first_name() for _ in range(300)})
        _FAMILY_POOL.extend({f.last_name() for _ in range(300)})
    # Faker persons: nicknames; different persons sharing the family name
    n = 0
    f = fakers["en_US"]
    tries = 0
    while n < per_kind and tries < 20_000:
        tries += 1
        given, family = f.first_name(), f.last_name()
        nicks = sorted(nicknames_of(given))
        if nicks:
            n += pairs.add("hypocorism", f"faker:{tries}", "Person", f"{given} {family}",
                           f"{rng.choice(nicks).capitalize()} {family}", True)
    for loc in LOCALES:
        f = fakers[loc]
        for i in range(max(8, per_kind // len(LOCALES) * 2)):
            last = f.last_name()
            a = f"{f.first_name()} {last}"
            b = f"{f.first_name()} {last}"
            if a != b:
                pairs.add("faker", f"{loc}:{i}", "Person", a, b, False)
    # Chinese: pinyin against Wade-Giles; two-character names sharing only the surname
    n = 0
    for i in range(per_kind * 3):
        if n >= per_kind:
            break
        f = fakers["zh_CN" if i % 2 else "zh_TW"]
        name = f.last_name() + f.first_name()
        if len(name) < 2:
            continue
        fam, giv = name[0], name[1:]
        def roman(text: str, style: Any) -> list[str]:
            return [s[0] for s in pinyin(text, style=style)]
        # (pypinyin writes u-umlaut as v: passports write u or yu in pinyin)
        py = (roman(fam, Style.NORMAL)[0].capitalize() + " "
              + "".join(roman(giv, Style.NORMAL)).capitalize()).replace("v", "u")
        wg_giv = roman(giv, Style.WADEGILES)
        wg = (roman(fam, Style.WADEGILES)[0].capitalize() + " "
              + "-".join(wg_giv).capitalize()).replace("v", "ü")
        if py.replace("-", "").lower() != wg.replace("-", "").lower():
            n += pairs.add("wade_giles", f"zh:{i}", "Person", py, wg, True)
    n = 0
    for i in range(per_kind * 4):
        if n >= per_kind:
            break
        f = fakers["zh_CN"]
        fam = f.last_name()
        if len(fam) != 1:
            continue
        a, b = fam + f.first_name()[:1], fam + f.first_name()[:1]
        if a == b:
            continue
        if i % 2:
            n += pairs.add("han_2char", f"han:{i}", "Person", a, b, False)
        else:
            lat = " ".join(s[0] for s in pinyin(b[0], style=Style.NORMAL)).capitalize() + " " + \
                "".join(s[0] for s in pinyin(b[1:], style=Style.NORMAL)).capitalize()
            n += pairs.add("han_2char", f"han:{i}", "Person", a, lat, False)
    # Russian and Ukrainian: BGN/PCGN against ICAO
    n = 0
    for i in range(per_kind * 3):
        if n >= per_kind:
            break
        loc = "ru_RU" if i % 2 else "uk_UA"
        f = fakers[loc]
        name = f"{f.first_name()} {f.last_name()}"
        extra_b, extra_i = (_UK, _UK_ICAO) if loc == "uk_UA" else ({}, {})
        a, b = romanise(name, _BGN, extra_b), romanise(name, _ICAO, extra_i)
        if a.lower() != b.lower():
            n += pairs.add("translit", f"{loc}:{i}", "Person", a, b, True)
    n = m = 0
    for i in range(per_kind * 3):
        loc = "ru_RU" if i % 2 else "uk_UA"
        f = fakers[loc]
        extra_b = _UK if loc == "uk_UA" else {}
        if n < per_kind:
            name = romanise(f"{f.first_name_male()} {f.last_name_male()}", _BGN, extra_b)
            n += pairs.add("baltic", f"{loc}:b{i}", "Person", name,
                           baltic(name, "lt" if i % 4 < 2 else "lv"), True)
        if m < per_kind:
            given, family = f.first_name_female(), f.last_name_female()
            male = masculine(family)
            if male:
                m += pairs.add("gendered", f"{loc}:g{i}", "Person",
                               romanise(f"{given} {family}", _BGN, extra_b),
                               romanise(f"{given} {male}", _BGN, extra_b), False)


def baltic(name: str, lang: str) -> str:
    """A man's name as Lithuanian (``lt``) or Latvian (``lv``) write a foreign one: the
    nominative ending after a consonant (-as / -s), -y(y) as -ijus / -ijs, -ey as -ejus /
    -ejs (Sergey: Sergejus, Sergejs), a final -a kept (Nikita), y as j (Yury: Jurijus)."""
    out = []
    for word in name.split():
        # (y before or after a vowel is j: Yegorov / Jegorovas, Andreyev / Andrejevs;
        # between consonants Lithuanian keeps y, Latvian writes i)
        w = re.sub(r"[Yy](?=[aeiou])|(?<=[aeiou])y", lambda m: "J" if m[0] == "Y" else "j",
                   word)
        if lang == "lv":
            w = w.replace("y", "i")
        low = w.lower()
        if low.endswith(("ij", "jj")):
            w = w[:-2] + ("ijus" if lang == "lt" else "ijs")
        elif low.endswith("j"):
            w = w + ("us" if lang == "lt" else "s")
        elif low[-1] in "aeiou" or (lang == "lv" and low[-1] == "s"):
            pass
        else:
            w = w + ("as" if lang == "lt" else "s")
        out.append(w)
    return " ".join(out)


def masculine(family: str) -> str | None:
    """The masculine form of a Russian or Ukrainian woman's family name (Cyrillic)."""
    for female, male in (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ская", "ский"),
                         ("цкая", "цкий"), ("ая", "ый")):
        if family.endswith(female):
            return family[: -len(female)] + male
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="database URL with the lists (default: a scratch SQLite file "
                    "made from the latest snapshots in ../shared/data)")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--per-kind", type=int, default=300)
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pairs = Pairs()
    faker_pairs(pairs, rng, args.per_kind, args.seed)
    list_pairs(load_index(args.db), pairs, rng, args.per_kind)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    fields = ["case_group", "schema", "name1", "name2", "is_match", "quality", "category",
              "notes", "kind", "part"]
    with open(args.output, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(pairs.rows)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in pairs.rows:
        counts[(r["kind"], r["is_match"])] += 1
    for (kind, match), c in sorted(counts.items()):
        print(f"{kind:12s} {match:5s} {c}")
    print(f"{len(pairs.rows)} pairs -> {args.output}")


if __name__ == "__main__":
    main()
