"""Generate a FollowTheMoney file of N entities of realistic shape (a benchmark fixture).

    .venv/bin/python bench/make_million.py OUT [--count 1000000] [--seed 18] [--gzip]

OUT is a folder (the file is written as ``OUT/entities.ftm.json``, JSON lines as in
OpenSanctions' exports) or a file path ending in ``.json``/``.json.gz``. Never commit the
output (``bench/out/`` is ignored by git). The same seed and count give the same bytes.

Shapes follow the real OpenSanctions files under ../shared/data/ftm (the sanctions delta of
2024-05-30, the ``eu_fsf`` export, a zavod run of Wikidata persons):

* ``--count`` *thing* entities (what screening sees): persons 62 %, companies 20 %,
  organisations 7 %, legal entities 5 %, vessels 3 %, securities 2 %, aircraft 1 %;
* besides them, as in a real export, ``Sanction`` entities (about one per target: 30 % of
  things, with program, authority, start date) and ``Address`` entities (15 % of things,
  referenced by ``addressEntity``); other lines are not counted in ``--count``;
* names: most entities have one or two (PEPs, registry companies), a tenth have ten to
  forty (sanctioned persons: the delta's persons have 10.5 ``name`` + 14 ``alias`` + 10
  ``weakAlias`` values): their own-script name, its Latin transliteration and spelling
  variants (``kh``/``h``, ``ou``/``u``, doubled letters, order reversed, upper case), a
  Cyrillic rendering; scripts: Latin, Cyrillic, Arabic, Hebrew, Han, kana/kanji, Hangul,
  Greek, Devanagari, as Faker's locales write names;
* persons: birth dates (full, year-month or year alone), nationalities, gender,
  birth place, positions, passport and id numbers, notes; companies: a legal form of
  their country (GmbH, ООО, LLC, 有限公司, A.Ş. ...), registration, tax, INN/OGRN, LEI
  numbers, jurisdiction, incorporation date, website; vessels: IMO, MMSI, call sign,
  flag, type, previous names; aircraft: registration and serial numbers; securities:
  ISIN and issuer;
* OpenSanctions' envelope: ``NK-`` / ``Q`` / dataset-prefixed ids, ``caption``,
  ``referents``, ``datasets``, ``first_seen``, ``last_seen``, ``last_change``, ``target``.
"""

from __future__ import annotations

import argparse
import gzip
import random
import string
import sys
import time
from pathlib import Path
from typing import IO, Any

import orjson
from anyascii import anyascii

#: locale -> (weight among persons, country code). Weights: the lists' mix (many Russian,
#: Arabic-script, Chinese and Latin names), not the world's.
LOCALES = {
    "en_US": (12, "us"), "en_GB": (4, "gb"), "de_DE": (4, "de"), "fr_FR": (4, "fr"),
    "es_ES": (3, "es"), "es_MX": (3, "mx"), "it_IT": (2, "it"), "pl_PL": (2, "pl"),
    "tr_TR": (3, "tr"), "pt_BR": (2, "br"), "ru_RU": (16, "ru"), "uk_UA": (5, "ua"),
    "bg_BG": (1, "bg"), "ar_AA": (10, "sy"), "fa_IR": (5, "ir"), "he_IL": (1, "il"),
    "zh_CN": (8, "cn"), "zh_TW": (1, "tw"), "ja_JP": (2, "jp"), "ko_KR": (2, "kp"),
    "el_GR": (1, "gr"), "hi_IN": (2, "in"), "vi_VN": (1, "vn"), "id_ID": (1, "id"),
}
#: legal forms by locale (own script first where the registry writes it so)
FORMS = {
    "en_US": ["LLC", "Inc.", "Corp.", "Corporation", "Company", "L.P."],
    "en_GB": ["Ltd", "Limited", "PLC", "LLP"],
    "de_DE": ["GmbH", "AG", "GmbH & Co. KG", "KG"],
    "fr_FR": ["SARL", "SA", "SAS"],
    "es_ES": ["S.A.", "S.L."], "es_MX": ["S.A. de C.V.", "S. de R.L."],
    "it_IT": ["S.p.A.", "S.r.l."], "pl_PL": ["Sp. z o.o.", "S.A."],
    "tr_TR": ["A.Ş.", "Ltd. Şti."], "pt_BR": ["Ltda.", "S.A."],
    "ru_RU": ["ООО", "АО", "ПАО", "ЗАО", "OOO", "AO"], "uk_UA": ["ТОВ", "ПрАТ", "TOV"],
    "bg_BG": ["ООД", "ЕООД", "АД"], "ar_AA": ["ش.م.م", "LLC", "FZE", "Trading LLC"],
    "fa_IR": ["سهامی خاص", "Co."], "he_IL": ["בע\"מ", "Ltd"],
    "zh_CN": ["有限公司", "股份有限公司", "Co., Ltd."], "zh_TW": ["有限公司", "Co., Ltd."],
    "ja_JP": ["株式会社", "Co., Ltd.", "K.K."], "ko_KR": ["주식회사", "Co., Ltd."],
    "el_GR": ["Α.Ε.", "Ε.Π.Ε."], "hi_IN": ["Pvt. Ltd.", "Limited"], "vi_VN": ["Công ty TNHH", "JSC"],
    "id_ID": ["PT", "Tbk"],
}
TRADE = ["Trading", "Industrial", "Shipping", "Logistics", "Energy", "Technology", "Holding",
         "Group", "Engineering", "Construction", "Investment", "Petroleum", "Electronics",
         "Import Export", "Metals", "Chemical", "Aviation", "Marine", "Bank", "Finance",
         "Consulting", "Security", "Defense", "Mining", "Textile", "Pharma", "Agro"]
ORG_KINDS = ["Foundation", "Front", "Brigade", "Movement", "Association", "Committee",
             "Institute", "Center", "Army", "Council", "Ministry of", "Party", "Union"]
VESSEL_WORDS = ["OCEAN", "STAR", "PACIFIC", "GLORY", "SEA", "WIND", "PEARL", "SUN", "HOPE",
                "ATLANTIC", "NOBLE", "VICTORY", "ROYAL", "LUCKY", "GOLDEN", "SPIRIT", "DAWN",
                "EAGLE", "SILVER", "MOON", "PRIDE", "BLUE", "JADE", "ORIENT", "DRAGON"]
VESSEL_TYPES = ["Crude Oil Tanker", "Bulk Carrier", "General Cargo", "Container Ship",
                "Oil Products Tanker", "LPG Tanker", "Fishing Vessel", "Tug"]
AIRCRAFT = ["Boeing 737-800", "Airbus A320", "Ilyushin Il-76", "Antonov An-124",
            "Boeing 747-400F", "Tupolev Tu-204", "Gulfstream G650", "Embraer 190"]
DATASETS = ["us_ofac_sdn", "eu_fsf", "gb_hmt_sanctions", "un_sc_sanctions", "ch_seco_sanctions",
            "ca_dfatd_sema_sanctions", "au_dfat_sanctions", "ua_nsdc_sanctions", "wd_peps",
            "everypolitician", "ru_rupep", "us_trade_csl", "us_bis_denied", "jp_mof_sanctions",
            "fr_tresor_gels_avoir", "be_fod_sanctions", "ge_declarations", "kz_afmrk_sanctions",
            "gleif", "ru_egrul", "us_sam_exclusions", "interpol_red_notices", "wd_oligarchs"]
PROGRAMS = ["RUSSIA-EO14024", "SDGT", "UKRAINE-EO13662", "IRAN", "SYRIA", "DPRK3", "CYBER2",
            "Regulation (EU) 269/2014", "Regulation (EU) 833/2014", "Russia", "Belarus",
            "ISIL (Da'esh) and Al-Qaida", "Global Human Rights", "Counter-Terrorism"]
AUTHORITIES = ["Office of Foreign Assets Control", "European Union", "HM Treasury",
               "UN Security Council", "SECO", "Global Affairs Canada", "DFAT",
               "National Security and Defense Council of Ukraine", "Ministry of Finance"]
POSITIONS = ["Member of the State Duma", "Deputy Minister of Defence", "Governor",
             "Member of Parliament", "General Director", "Ambassador", "Judge",
             "Chairman of the Board", "Commander", "Minister of Finance", "Mayor"]
NOTES = ["Involved in the procurement of military goods.",
         "Businessman close to the government; owns shares in several companies.",
         "Responsible for actions undermining the territorial integrity of Ukraine.",
         "Financier of a designated terrorist organisation.",
         "Senior official of the security services."]
CYR = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и",
       "y": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
       "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "c": "ц", "w": "в", "x": "кс",
       "j": "дж", "q": "к"}
B57 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
THINGS = [("Person", 62), ("Company", 20), ("Organization", 7), ("LegalEntity", 5),
          ("Vessel", 3), ("Security", 2), ("Airplane", 1)]


class Pools:
    """Names and words drawn once from Faker per locale (fast to combine afterwards)."""

    def __init__(self, seed: int, size: int) -> None:
        from faker import Faker

        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        self.company: dict[str, list[str]] = {}
        self.city: dict[str, list[str]] = {}
        self.street: dict[str, list[str]] = {}
        for loc in LOCALES:
            fake = Faker(loc)
            fake.seed_instance(seed)
            self.first[loc] = sorted({fake.first_name() for _ in range(size)})
            self.last[loc] = sorted({fake.last_name() for _ in range(size)})
            self.company[loc] = sorted({_bare(fake.company()) for _ in range(size)} - {""})
            self.city[loc] = sorted({fake.city() for _ in range(size // 4)})
            self.street[loc] = sorted({fake.street_address() for _ in range(size // 4)})


def _bare(company: str) -> str:
    """Faker's company name without the legal form it adds (ours are added per locale)."""
    words = company.replace(",", " ").split()
    strip = {"Inc", "Inc.", "LLC", "Ltd", "Ltd.", "Group", "PLC", "plc", "and", "Sons", "GmbH",
             "AG", "SA", "SARL", "S.A.", "S.L.", "e.V.", "KG", "Co.", "Corp", "Corp.", "&"}
    return " ".join(w for w in words if w not in strip)


class Maker:
    def __init__(self, seed: int, pools: Pools) -> None:
        self.r = random.Random(seed)
        self.p = pools
        self.locales = list(LOCALES)
        self.weights = [LOCALES[loc][0] for loc in self.locales]
        self.things = [s for s, _ in THINGS]
        self.thing_w = [w for _, w in THINGS]
        self.serial = 0

    # -- small helpers ------------------------------------------------------------------

    def ident(self, schema: str) -> str:
        r = self.r
        self.serial += 1
        roll = r.random()
        if roll < 0.55:
            return "NK-" + "".join(r.choices(B57, k=22))
        if roll < 0.75 and schema == "Person":
            return f"Q{r.randrange(1000, 130_000_000)}"
        prefix = r.choice(["ofac", "eu-fsf", "gb-hmt", "ru-inn", "gleif", "ua-nsdc", "ch-seco"])
        return f"{prefix}-{self.serial}-{r.randrange(10**8):08x}"

    def date(self, start: int, end: int, precision: bool = True) -> str:
        r = self.r
        year = r.randrange(start, end)
        roll = r.random() if precision else 0.0
        if roll > 0.9:
            return str(year)
        if roll > 0.85:
            return f"{year}-{r.randrange(1, 13):02d}"
        return f"{year}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"

    def stamp(self, year0: int = 2018) -> str:
        r = self.r
        return (f"{r.randrange(year0, 2025)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
                f"T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}")

    def how_many_names(self) -> int:
        roll = self.r.random()
        if roll < 0.55:
            return 1
        if roll < 0.78:
            return 2
        if roll < 0.90:
            return self.r.randrange(3, 9)
        return self.r.randrange(10, 41)

    def variant(self, latin: str) -> str:
        """A transliteration variant of a Latin name (the kinds the lists carry)."""
        r = self.r
        swaps = [("kh", "h"), ("ou", "u"), ("y", "i"), ("ie", "ye"), ("sh", "ch"),
                 ("j", "dj"), ("ee", "i"), ("q", "k"), ("w", "v"), ("ii", "iy"), ("zh", "j"),
                 ("a", "aa"), ("u", "oo"), ("ei", "ey"), ("ts", "tz"), ("-", " ")]
        out = latin
        for _ in range(r.randrange(1, 3)):
            a, b = r.choice(swaps)
            if a in out.lower():
                i = out.lower().index(a)
                rep = b.upper() if out[i:i + len(a)].isupper() else b
                out = out[:i] + rep + out[i + len(a):]
            else:
                words = out.split()
                i = r.randrange(len(words))
                w = words[i]
                if len(w) > 3:
                    k = r.randrange(1, len(w) - 1)
                    words[i] = w[:k] + w[k] + w[k:]  # a doubled letter
                out = " ".join(words)
        roll = r.random()
        if roll < 0.25:
            out = out.upper()
        elif roll < 0.4:
            parts = out.split()
            if len(parts) > 1:
                out = parts[-1] + ", " + " ".join(parts[:-1])
        return out

    @staticmethod
    def cyrillic(latin: str) -> str:
        text = latin.lower()
        out = [CYR.get(ch, ch) for ch in text]
        return " ".join(w[:1].upper() + w[1:] for w in "".join(out).split())

    def names(self, own: str, count: int) -> list[str]:
        """``own`` then ``count - 1`` more: its Latin form, variants, a Cyrillic rendering."""
        latin = anyascii(own).strip() or own
        latin = " ".join(w.capitalize() for w in latin.split())
        out = [own]
        if count > 1 and latin != own:
            out.append(latin)
        tries = 0
        while len(out) < count and tries < count * 3:
            tries += 1
            roll = self.r.random()
            if roll < 0.12:
                name = self.cyrillic(self.variant(latin))
            else:
                name = self.variant(latin)
            if name not in out:
                out.append(name)
        return out

    def split(self, names: list[str]) -> dict[str, list[str]]:
        """Spread names over ``name``, ``alias`` and ``weakAlias`` as OpenSanctions does."""
        if len(names) <= 2:
            return {"name": names}
        k = max(1, len(names) // 3)
        props = {"name": names[:k], "alias": names[k:k * 2 + 1]}
        if names[k * 2 + 1:]:
            props["weakAlias"] = names[k * 2 + 1:]
        return props

    def envelope(self, schema: str, props: dict[str, list[str]], caption: str) -> dict[str, Any]:
        r = self.r
        first = self.stamp(2018)
        ds = r.sample(DATASETS, k=1 if r.random() < 0.7 else r.randrange(2, 5))
        refs = [f"{d.split('_')[0]}-{r.randrange(10**7)}" for d in ds] if r.random() < 0.5 else []
        return {"id": self.ident(schema), "caption": caption, "schema": schema,
                "properties": props, "referents": refs, "datasets": ds,
                "first_seen": first, "last_seen": "2024-06-01T10:57:03",
                "last_change": max(first, self.stamp(2022)), "target": r.random() < 0.45}

    # -- things -------------------------------------------------------------------------

    def person(self) -> dict[str, Any]:
        r = self.r
        loc = r.choices(self.locales, self.weights)[0]
        first, last = r.choice(self.p.first[loc]), r.choice(self.p.last[loc])
        cjk = loc[:2] in ("zh", "ja", "ko")
        own = f"{last}{first}" if cjk else f"{first} {last}"
        if loc in ("ru_RU", "uk_UA", "bg_BG") and r.random() < 0.6:
            own = f"{last} {first} {r.choice(self.p.first[loc])}ович"
        names = self.names(own, self.how_many_names())
        props = self.split(names)
        country = LOCALES[loc][1]
        props["firstName"] = [first]
        props["lastName"] = [last]
        if r.random() < 0.85:
            props["birthDate"] = [self.date(1935, 2002)] + (
                [self.date(1935, 2002)] if r.random() < 0.08 else [])
        if r.random() < 0.8:
            props["nationality"] = [country] + ([r.choice(list(LOCALES.values()))[1]]
                                                if r.random() < 0.1 else [])
        props["country"] = [country]
        if r.random() < 0.6:
            props["gender"] = [r.choice(["male", "female"])]
        if r.random() < 0.5:
            props["birthPlace"] = [r.choice(self.p.city[loc])]
        if r.random() < 0.3:
            props["position"] = r.sample(POSITIONS, k=r.randrange(1, 3))
        if r.random() < 0.2:
            props["passportNumber"] = [f"{r.randrange(10**8, 10**9)}"]
        if r.random() < 0.2:
            props["idNumber"] = [f"{r.randrange(10**9, 10**11)}"]
        if r.random() < 0.4:
            props["notes"] = [r.choice(NOTES)]
        props["topics"] = [r.choice(["sanction", "role.pep", "crime", "poi"])]
        return self.envelope("Person", props, names[0])

    def company(self, schema: str) -> dict[str, Any]:
        r = self.r
        loc = r.choices(self.locales, self.weights)[0]
        country = LOCALES[loc][1]
        if schema == "Organization":
            base = f"{r.choice(ORG_KINDS)} {r.choice(self.p.last[loc])}"
        else:
            base = r.choice(self.p.company[loc])
            if r.random() < 0.4:
                base = f"{base} {r.choice(TRADE)}"
        form = r.choice(FORMS[loc]) if schema in ("Company", "LegalEntity") else ""
        own = (f"{form} «{base}»" if form in ("ООО", "АО", "ПАО", "ЗАО", "ТОВ", "ООД")
               else f"{base}{form}" if form in ("有限公司", "股份有限公司", "株式会社")
               else f"{base} {form}".strip())
        count = 1 if r.random() < 0.6 else r.randrange(2, 8)
        names = self.names(own, count)
        if count > 1 and r.random() < 0.3:
            names.append(anyascii(base).upper())  # the brand alone
        props = self.split(list(dict.fromkeys(names)))
        props["country"] = [country]
        if r.random() < 0.6:
            props["registrationNumber"] = [f"{r.randrange(10**6, 10**12)}"]
        if loc == "ru_RU" and r.random() < 0.7:
            props["innCode"] = [f"{r.randrange(10**9, 10**10)}"]
            props["ogrnCode"] = [f"{r.randrange(10**12, 10**13)}"]
        if r.random() < 0.25:
            props["taxNumber"] = [f"{r.randrange(10**8, 10**10)}"]
        if r.random() < 0.1:
            props["leiCode"] = ["".join(r.choices(string.ascii_uppercase + string.digits, k=20))]
        if r.random() < 0.3:
            props["incorporationDate"] = [self.date(1950, 2024)]
        if r.random() < 0.15:
            props["website"] = [f"https://www.{anyascii(base).lower().replace(' ', '')[:20]}.com"]
        if r.random() < 0.2:
            props["jurisdiction"] = [country]
        if form:
            props["legalForm"] = [form]
        if r.random() < 0.3:
            props["notes"] = [r.choice(NOTES)]
        props["topics"] = [r.choice(["sanction", "export.control", "debarment", "corp.disqual"])]
        return self.envelope(schema, props, names[0])

    def vessel(self) -> dict[str, Any]:
        r = self.r
        name = " ".join(r.sample(VESSEL_WORDS, k=r.randrange(1, 3)))
        if r.random() < 0.4:
            name += f" {r.randrange(1, 99)}"
        props: dict[str, list[str]] = {"name": [name]}
        if r.random() < 0.3:
            props["previousName"] = [" ".join(r.sample(VESSEL_WORDS, k=2))
                                     for _ in range(r.randrange(1, 4))]
        props["imoNumber"] = [f"IMO {r.randrange(7_000_000, 9_999_999)}"]
        if r.random() < 0.7:
            props["mmsi"] = [f"{r.randrange(200_000_000, 775_999_999)}"]
        if r.random() < 0.5:
            props["callSign"] = ["".join(r.choices(string.ascii_uppercase + string.digits, k=5))]
        props["flag"] = [r.choice(["pa", "lr", "mh", "ru", "ir", "km", "cm", "sl", "tz"])]
        props["type"] = [r.choice(VESSEL_TYPES)]
        props["buildDate"] = [str(r.randrange(1975, 2022))]
        props["topics"] = ["sanction"]
        return self.envelope("Vessel", props, name)

    def airplane(self) -> dict[str, Any]:
        r = self.r
        reg = f"{r.choice(['RA', 'EP', 'YK', 'UP', 'EW'])}-{r.randrange(10000, 99999)}"
        model = r.choice(AIRCRAFT)
        props = {"name": [f"{model} {reg}"], "registrationNumber": [reg], "model": [model],
                 "serialNumber": [str(r.randrange(10**4, 10**6))], "topics": ["sanction"]}
        return self.envelope("Airplane", props, props["name"][0])

    def security(self) -> dict[str, Any]:
        r = self.r
        loc = r.choices(self.locales, self.weights)[0]
        issuer = anyascii(r.choice(self.p.company[loc]))
        cc = LOCALES[loc][1].upper()
        isin = cc + "".join(r.choices(string.ascii_uppercase + string.digits, k=9)) + str(r.randrange(10))
        props = {"name": [f"{issuer} {r.choice(['ordinary shares', 'bond 2027', 'ADR'])}"],
                 "isin": [isin], "topics": ["sanction"], "country": [cc.lower()]}
        return self.envelope("Security", props, props["name"][0])

    def thing(self) -> dict[str, Any]:
        schema = self.r.choices(self.things, self.thing_w)[0]
        if schema == "Person":
            return self.person()
        if schema == "Vessel":
            return self.vessel()
        if schema == "Airplane":
            return self.airplane()
        if schema == "Security":
            return self.security()
        return self.company(schema)

    # -- related entities ---------------------------------------------------------------

    def sanction(self, target: str) -> dict[str, Any]:
        r = self.r
        props = {"entity": [target], "authority": [r.choice(AUTHORITIES)],
                 "program": [r.choice(PROGRAMS)], "country": [r.choice(["us", "eu", "gb", "ch"])],
                 "startDate": [self.date(2001, 2025, precision=False)],
                 "sourceUrl": ["https://example.org/notice"]}
        if r.random() < 0.05:
            props["endDate"] = [self.date(2022, 2025, precision=False)]
        return {"id": f"{target}-sanction-{r.randrange(10**6)}", "schema": "Sanction",
                "properties": props, "datasets": [r.choice(DATASETS)], "target": False}

    def address(self, ident: str, loc: str) -> dict[str, Any]:
        r = self.r
        props = {"full": [f"{r.choice(self.p.street[loc])}, {r.choice(self.p.city[loc])}"],
                 "country": [LOCALES[loc][1]], "city": [r.choice(self.p.city[loc])]}
        return {"id": ident, "schema": "Address", "properties": props, "datasets": ["eu_fsf"],
                "target": False}


def generate(out: IO[bytes], count: int, seed: int, *, progress: bool = True) -> dict[str, int]:
    pools = Pools(seed, 2000)
    maker = Maker(seed, pools)
    r = maker.r
    counts: dict[str, int] = {}
    dumps = orjson.dumps
    buf: list[bytes] = []
    t0 = time.perf_counter()
    for n in range(count):
        item = maker.thing()
        lines = [item]
        if r.random() < 0.15:
            loc = r.choices(maker.locales, maker.weights)[0]
            addr_id = f"addr-{r.randrange(16**32):032x}"
            item["properties"]["addressEntity"] = [addr_id]
            lines.insert(0, maker.address(addr_id, loc))
        if r.random() < 0.3:
            lines.append(maker.sanction(item["id"]))
        for line in lines:
            counts[line["schema"]] = counts.get(line["schema"], 0) + 1
            buf.append(dumps(line))
        if len(buf) >= 5000:
            out.write(b"\n".join(buf) + b"\n")
            buf.clear()
        if progress and n and n % 100_000 == 0:
            print(f"{n:,} entities, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if buf:
        out.write(b"\n".join(buf) + b"\n")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="a folder (entities.ftm.json is written in it) or a file")
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--gzip", action="store_true", help="write entities.ftm.json.gz")
    args = ap.parse_args()
    path: Path = args.out
    if path.suffix not in (".json", ".gz", ".jsonl"):
        path.mkdir(parents=True, exist_ok=True)
        path = path / ("entities.ftm.json.gz" if args.gzip else "entities.ftm.json")
    t0 = time.perf_counter()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wb") as fh:  # type: ignore[operator]
        counts = generate(fh, args.count, args.seed)
    print(f"{path}: {sum(counts.values()):,} lines ({', '.join(f'{k} {v:,}' for k, v in sorted(counts.items()))}), "
          f"{path.stat().st_size / 1e6:,.0f} MB, {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
