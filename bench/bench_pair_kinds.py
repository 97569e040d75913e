"""Name matching by kind on pairs made here, never from the development file nor from
bench/build_pairs.py's draws: each kind has its own construction and its own tables, so a
rule written against those files is measured on cases of the same kind it never saw.

    .venv/bin/python bench/bench_pair_kinds.py [--seed 7] [--per-kind 60] [--nk-path DIR]
        [--no-nk] [--pairs-out FILE.csv] [--lists-db URL] [--nam-dict FILE]

Sources. Real names: the Consolidated Screening List (``trade_gov_csl/2023-11-30/csl.csv``
under ``LISTWATCH_TEST_DATA``): its individuals (``FAMILY, Given``) and its entities; and
OFAC's SDN list (``ofac_sdn/2024-05-03/sdn.csv``): its individuals.
Tables written for this bench (below, each with where its facts come from): given-name
hypocorisms, pinyin / Wade-Giles syllables, Polish and Czech romanisation of Russian names
and Baltic nominative endings, foreign legal forms, Chinese and Russian company words with
their English, well-known persons, Han characters with their pinyin.

Kinds (``+`` the pair is one party, ``-`` two parties); each kind has both:

hypocorism        + nickname / formal given name, same family (Ted / Theodore); a third
                    from ``HYPOCORISMS`` (sub-kind ``en``), a third from
                    ``WORLD_HYPOCORISMS`` (Polish, Czech, Hungarian, Portuguese, Spanish,
                    Italian, Greek, Dutch: sub-kind ``world``, written from the same
                    Wikipedia articles as the matcher's ``hypocorisms.WORLD`` since), a
                    third from the equivalent names of ``nam_dict.txt`` (Jörg Michael's
                    first-name dictionary, GNU FDL, shipped in the ``gender-guesser``
                    package of the bench extra; read at run time, never copied), those of
                    a country other than Britain, Ireland and the US (sub-kind ``nd``): a
                    source the matcher's tables were not written from
                  - the nickname against another formal name of its table, same family
wade_giles        + a Chinese name in pinyin / in Wade-Giles (Zhang / Chang, Xi / Hsi),
                    written with hyphen and apostrophes, without apostrophes, its given
                    syllables apart or joined (sub-kinds)
                  - the same with one given syllable another; or, the name in
                    Wade-Giles, one of its given syllables and another family name a
                    letter away (Chang Hsiao-ming / MING CHUNG)
baltic_slavic     + a listed Russian-form name in English / in Lithuanian or Latvian with
                    nominative endings, or in Polish, Czech, German or French
                    romanisation (sub-kinds ``bs_lt`` ... ``bs_fr``); ``bs_ltw`` and
                    ``bs_lvw``: the endings and the letters each language writes
                    (Michailas Chodorkovskis, Mihails Hodorkovskis)
                  - the same given name with another listed Russian-form family name
brand_form        + a listed company's brand alone / with a foreign legal form written out
                    (sub-kind ``written``: this bench's 18 forms), or half the pairs with
                    a form of fingerprints' table of company types (OCCRP's, with ISO
                    20275's: written out or abbreviated, after the name, ``elf_after``,
                    or before it, ``elf_before``, as Russian, Indonesian or Latvian
                    registers write it)
                  - a brand / another listed company's brand sharing its first word, with
                    a form
joined            + a listed name / the same with its spaces removed
                  - another listed name of the same schema sharing a word, spaces removed
swapped           + a listed name / two neighbouring letters swapped in a word of 4+
                  - another listed name sharing a word, letters swapped
script_company    + a company in Chinese, Russian, Arabic, Persian, Korean or Japanese
                    script / its English translation (twice as many pairs: six scripts);
                    half the Korean ones open with a group's own name in Hangul against
                    its own romanisation (삼성 Samsung, 현대 Hyundai: sub-kind ``kob``)
                  - the same with the place or the trade another
famous_near       + a well-known person / the same written FAMILY, Given, or with a
                    typo (a letter changed, added, dropped, two swapped: Vladimir Pulin)
                  - the person / a word of the name replaced by another real name of
                    the lists two or three letters away (Alisher Ustinov / Usmanov)
company_letter    + a listed company / its trailing legal form abbreviated, or a typo
                    in a word of four letters or more (Exxor Mobil)
                  - a listed company / a word replaced by another real word of the
                    lists two or three letters away (Chhota / China Railway ...)

The near kinds follow the development file's labeller (its ``synth_people`` and
``synth_companies`` rows): a typo of a well-known name is the same party (Vladimir Pulin,
Exxor Mobil, Bank of Chima), a word swapped for another real word or name is another
(Pedro Sancho, Bank of Chad, Saudi Arabian Gas). Another ending of one word (Electronics
/ Electron, Yevgeny / Yevgeniya) and spellings of one sound (Nicolas / Nikolic) are not
drawn as negatives: the labeller reads them as one name.
fund_series       + a numbered fund / the same number in Roman or Arabic, or with L.P.
                  - a numbered fund / the same name without its number; sub-kinds
                    ``fs_num``, ``fs_one`` (Fund I), ``fs_word`` (Fund Two), ``fs_class``
                    (Fund II-A)
han_2char         + a two-character Han name / its pinyin (``hz_latin``), or in
                    traditional characters (``hz_script``: 王伟 / 王偉)
                  - two two-character Han names sharing the surname (one side may be
                    in pinyin); or the given name another character of the same
                    reading (``hz_script``: 王伟 / 王炜)
korean_person     + a Korean person's name in Hangul / in Latin letters, each syllable
                    in a spelling its bearers or the lists use (Park Geun-hye, PAK, Pong
                    Ju); sub-kinds ``kp_own`` (given name hyphenated) and ``kp_list``
                  - the same with one given syllable another
title_surname     + a person whose family name is also a title word (He, Her, Hon,
                    Major, Lord, Imam, Sheikh) / the same as ``FAMILY, Given`` or with a
                    title before it (Mr He Wei)
                  - the same given name with another such family name (John Major /
                    LORD, John), or another family name of the lists

wg_company        + a Chinese company, its first two syllables in pinyin / in Wade-Giles,
                    joined, hyphenated or apart (Zhonghua / Chung-hua Electronic
                    Technology Co., Ltd.; sub-kinds ``wgc_joined`` ...)
                  - the same with one of the two syllables another

Each pair is scored by listwatch's ``compare_names`` at its default threshold and, when
importable, by nomenklatura's logic-v2 at 0.7. Writes bench/out/pair_kinds.json.

Seeds: 7 is the tuning seed (read, rules written against its kinds); the report seeds are
chosen before a session's work, written down, and run once at its end.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_quality import nomenklatura_scorer, prf  # noqa: E402 (after the path set-up)
from rapidfuzz.distance import Levenshtein  # noqa: E402

DATA = Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
CSL = DATA / "trade_gov_csl" / "2023-11-30" / "csl.csv"
SDN = DATA / "ofac_sdn" / "2024-05-03" / "sdn.csv"
OUT = ROOT / "bench" / "out" / "pair_kinds.json"

KINDS = ["hypocorism", "wade_giles", "baltic_slavic", "brand_form", "joined", "swapped",
         "script_company", "famous_near", "company_letter", "fund_series", "han_2char",
         "title_surname", "korean_person", "wg_company"]

# Given-name short forms, from general-reference usage (English, German, Spanish, Italian,
# Hebrew, Russian diminutives as in the Wiktionary "diminutives of" entries).
HYPOCORISMS: dict[str, list[str]] = {
    "Theodore": ["Ted", "Teddy", "Theo"], "Benjamin": ["Bibi", "Ben", "Benny"],
    "William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby", "Rob"],
    "Richard": ["Dick", "Rick", "Rich"], "Margaret": ["Peggy", "Maggie", "Meg"],
    "Elizabeth": ["Liz", "Betty", "Beth"], "Katherine": ["Kate", "Kathy", "Kitty"],
    "Edward": ["Ed", "Eddie", "Ned"], "James": ["Jim", "Jimmy", "Jamie"],
    "Joseph": ["Joe", "Joey"], "Anthony": ["Tony"], "Charles": ["Charlie", "Chuck"],
    "Francis": ["Frank", "Frankie"], "Henry": ["Hank", "Harry"],
    "Jonathan": ["Jon", "Jonny"], "Michael": ["Mike", "Mickey"],
    "Nicholas": ["Nick", "Nicky"], "Patricia": ["Pat", "Patty", "Trish"],
    "Alexander": ["Alex", "Sandy"], "Christopher": ["Chris", "Kit"],
    "Susan": ["Sue", "Susie"], "Rebecca": ["Becky"], "Deborah": ["Debbie", "Deb"],
    "Abraham": ["Abe"], "Samuel": ["Sam", "Sammy"], "Daniel": ["Dan", "Danny"],
    "Johannes": ["Hans", "Jo"], "Wolfgang": ["Wolf"], "Friedrich": ["Fritz"],
    "Jose": ["Pepe"], "Francisco": ["Paco", "Pancho"], "Guillermo": ["Memo"],
    "Giuseppe": ["Beppe", "Peppino"], "Aleksandr": ["Sasha", "Sanya"],
    "Vladimir": ["Volodya", "Vova"], "Dmitry": ["Dima", "Mitya"],
    "Mikhail": ["Misha"], "Yekaterina": ["Katya"], "Nikolai": ["Kolya"],
    "Yevgeny": ["Zhenya"], "Anastasia": ["Nastya"], "Ivan": ["Vanya"],
}

# Short forms of given names in other languages, from a source other than the matcher's
# tables (the nicknames package is English; the matcher's own table holds Russian, Hebrew,
# Spanish, German and Italian ones): Wikipedia's "Polish name" (diminutives), "Czech
# name", "Hungarian name" (becenév), "Portuguese name" (hypocorisms), "Greek name"
# (diminutives), "Dutch name" and "Hypocorism" (Spanish, Italian), each given name with
# forms in common use. Half of the hypocorism kind's pairs are drawn from here (``world``).
WORLD_HYPOCORISMS: dict[str, list[str]] = {
    "Katarzyna": ["Kasia"], "Malgorzata": ["Gosia", "Malgosia"], "Tomasz": ["Tomek"],
    "Wojciech": ["Wojtek"], "Grzegorz": ["Grzesiek"], "Krzysztof": ["Krzysiek"],
    "Stanislaw": ["Staszek", "Stas"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"],
    "Aleksandra": ["Ola"], "Piotr": ["Piotrek"], "Jozef": ["Jozek"], "Bartlomiej": ["Bartek"],
    "Jiri": ["Jirka"], "Vaclav": ["Vasek"], "Frantisek": ["Franta"], "Jaroslav": ["Jarda"],
    "Istvan": ["Pista"], "Erzsebet": ["Erzsi", "Zsoka"], "Jozsef": ["Joska"],
    "Laszlo": ["Laci"], "Ferenc": ["Feri"], "Gyorgy": ["Gyuri"],
    "Jose": ["Ze"], "Francisco": ["Chico"], "Antonio": ["Toninho", "Toni"],
    "Eduardo": ["Dudu"], "Luis": ["Lula"], "Ignacio": ["Nacho"], "Jesus": ["Chucho"],
    "Dolores": ["Lola"], "Enrique": ["Quique"], "Rosario": ["Charo"],
    "Concepcion": ["Concha"], "Guadalupe": ["Lupe"], "Giovanni": ["Gianni", "Nino"],
    "Salvatore": ["Toto"], "Vincenzo": ["Enzo"], "Luigi": ["Gigi"],
    "Konstantinos": ["Kostas"], "Georgios": ["Giorgos"], "Dimitrios": ["Mitsos", "Takis"],
    "Panagiotis": ["Panos"], "Ioannis": ["Giannis"], "Evangelos": ["Vangelis"],
    "Johannes": ["Hans", "Jan"], "Cornelis": ["Kees"], "Hendrik": ["Henk"],
    "Wilhelmus": ["Wim"], "Gerardus": ["Gerard", "Gert"],
}

# Pinyin / Wade-Giles of common syllables (the standard conversion table, tone marks and
# apostrophes of aspiration kept as Wade-Giles writes them).
WG: dict[str, str] = {
    "zhang": "chang", "zhou": "chou", "zhao": "chao", "zhu": "chu", "zheng": "cheng",
    "chen": "ch'en", "cheng": "ch'eng", "xu": "hsu", "xie": "hsieh", "xiao": "hsiao",
    "xi": "hsi", "xin": "hsin", "xiong": "hsiung", "qian": "ch'ien", "qin": "ch'in",
    "qiu": "ch'iu", "jiang": "chiang", "jin": "chin", "jun": "chun", "jie": "chieh",
    "zeng": "tseng", "zou": "tsou", "cai": "ts'ai", "cao": "ts'ao", "cui": "ts'ui",
    "deng": "teng", "du": "tu", "dong": "tung", "tang": "t'ang", "tian": "t'ien",
    "guo": "kuo", "gao": "kao", "gong": "kung", "kang": "k'ang", "kong": "k'ung",
    "bai": "pai", "bao": "pao", "peng": "p'eng", "pan": "p'an", "ren": "jen",
    "rong": "jung", "ruo": "jo", "he": "ho", "ge": "ko", "le": "lo", "zhong": "chung",
    "hong": "hung", "long": "lung", "yong": "yung", "song": "sung", "liang": "liang",
    "ming": "ming", "hua": "hua", "wei": "wei", "wang": "wang", "lin": "lin", "li": "li",
    "yang": "yang", "huang": "huang", "wu": "wu", "ma": "ma", "hu": "hu", "sun": "sun",
    "luo": "lo", "feng": "feng", "yu": "yu", "shi": "shih", "zhi": "chih", "ci": "tz'u",
    "si": "ssu", "zi": "tzu", "ri": "jih", "bo": "po", "de": "te", "ze": "tse",
    "guang": "kuang", "dao": "tao", "zhen": "chen", "qing": "ch'ing", "jian": "chien",
    "xiang": "hsiang", "zhan": "chan", "bin": "pin", "tao": "t'ao", "ping": "p'ing",
}
WG_SURNAMES = ["zhang", "zhou", "zhao", "zhu", "zheng", "chen", "xu", "xie", "qian", "qin",
               "jiang", "zeng", "zou", "cai", "cao", "deng", "du", "dong", "tang", "guo",
               "gao", "gong", "kong", "peng", "pan", "ren", "he", "song", "luo", "shi"]
WG_GIVEN = [s for s in WG if s not in {"zhang", "chen", "wang"}]

# Russian-form name romanised in English (BGN-like) to Polish and Czech (the national
# transliterations of Russian: sh / sz / š, ch / cz / č, v / w / v, y before a vowel j).
PL = [("shch", "szcz"), ("kh", "ch"), ("zh", "ż"), ("sh", "sz"), ("ch", "cz"),
      ("ts", "c"), ("v", "w"), ("ya", "ja"), ("yu", "ju"), ("ye", "je"), ("yo", "jo")]
CZ = [("shch", "šč"), ("kh", "ch"), ("zh", "ž"), ("sh", "š"), ("ch", "č"), ("ts", "c"),
      ("ya", "ja"), ("yu", "ju"), ("ye", "je"), ("yo", "jo")]
# German (Duden) and French transliterations of Russian, as their press writes names
# (Chruschtschow, Gorbatschow; Khrouchtchev, Gorbatchev): the German and French
# Wikipedia's "Russian transliteration" tables, a source the matcher's rules were not
# written from.
DE = [("shch", "schtsch"), ("kh", "ch"), ("zh", "sch"), ("sh", "sch"), ("ch", "tsch"),
      ("ts", "z"), ("v", "w"), ("ya", "ja"), ("yu", "ju"), ("ye", "je"), ("yo", "jo"),
      ("iy", "i"), ("z", "s")]
FR = [("shch", "chtch"), ("zh", "j"), ("sh", "ch"), ("ch", "tch"), ("u", "ou"),
      ("ya", "ia"), ("yu", "iou"), ("ye", "ie"), ("yo", "io"), ("iy", "i"), ("y", "i")]
def nam_dict_equivalents(path: Path) -> dict[str, list[str]]:
    """The equivalent names of ``nam_dict.txt`` (its ``=  <short> <long>`` lines: Kasia
    Katarzyna, Pista István, Sascha Aleksandr) whose countries are not only Britain,
    Ireland and the US, letters folded to ASCII as lists write them: long -> shorts."""
    import unicodedata

    def fold(name: str) -> str:
        return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()

    lines = path.read_text(encoding="utf-8").splitlines()
    countries: dict[int, str] = {}  # (the column of each country's frequency)
    for i, line in enumerate(lines[:400]):
        if line.startswith("#") and line.strip("#$ ") == "|" and i:
            countries[line.index("|")] = lines[i - 1].strip("#$ ")
    english = {"Great Britain", "Ireland", "U.S.A."}
    out: dict[str, list[str]] = {}
    for line in lines:
        if not line.startswith("="):
            continue
        short, long_ = (fold(w) for w in line[2:29].split()[:2])
        where = {c for col, c in countries.items() if col < len(line) and line[col] not in " $"}
        if where <= english or short.lower() == long_.lower() or not short.isalpha():
            continue
        if short not in out.setdefault(long_, []):
            out[long_].append(short)
    return out


def find_nam_dict() -> Path | None:
    """``nam_dict.txt`` of the installed ``gender-guesser`` package (the bench extra)."""
    import importlib.util

    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    return path if path.exists() else None


SLAVIC_FAMILY = re.compile(r"(ov|ev|yev|enko|sky|skiy|kiy|vich|chuk|yuk|shin|nkin|tsyn)$",
                           re.I)

# Legal forms written out in their languages (the ISO 20275 entity legal forms list).
FOREIGN_FORMS = ["Gesellschaft mit beschränkter Haftung", "Aktiengesellschaft",
                 "Société Anonyme", "Société à responsabilité limitée",
                 "Spółka z ograniczoną odpowiedzialnością", "Anonim Şirketi",
                 "Sociedad Anónima", "Sociedade Limitada", "Besloten Vennootschap",
                 "Osakeyhtiö", "Aksjeselskap", "Kabushiki Kaisha", "Perseroan Terbatas",
                 "Sendirian Berhad", "Obshchestvo s Ogranichennoy Otvetstvennostyu",
                 "Società per Azioni", "Aktiebolag", "Limited Liability Partnership"]
# Legal forms of other countries from a table the matcher was not written from:
# ``fingerprints/types/types.yml`` (the ``fingerprints`` package, a dependency of
# nomenklatura in the bench extra; OCCRP's list of company types, with the ISO 20275
# entity legal forms; MIT licence; read at run time, never copied). Only the types of a
# company, a partnership or a society of shareholders (one of their forms names one, by
# ``ELF_COMPANY``), none of an individual, a state body, a non-profit, a cooperative or
# a fund (``ELF_OTHER``); forms in Latin letters of five words or fewer, abbreviations
# as the table writes them (upper case, ``d.o.o.`` kept with its dots).
ELF_COMPANY = re.compile(
    r"compan|gesellschaft|societ|sociedad|spółka|spolka|společnost|spoločnosť|bolag|selskab|"
    r"yhtiö|vennootschap|şirket|sirket|druzh|društvo|drustvo|obshchestvo|tovarystvo|"
    r"tovaristvo|társaság|tarsasag|aktsi|akci|aktie|aksje|limit|haftung|responsab|kaisha|"
    r"terbatas|berhad|jamiyat|etair|bendrov|sabiedr|shoqëri|ortaklık|aktsiaselts|osaühing|"
    r"partnership|corporat|incorporat|proprietary|naamloze|besloten|anonim|anonyme|anónima|"
    r"anonima|azioni|ações", re.I)
ELF_OTHER = re.compile(
    r"individu|unitar|state|stat|budget|federal|non-profit|winst|lucratif|verein|vereniging|"
    r"co[oö]p|kooperat|osuus|andels|genossen|fond|fund|investment|gouvern|public sector|"
    r"foundation|stiftung|säätiö|mutual|onderlinge|garant|europae|europea|evropey|european|"
    r"deportiva|guarantee|unlimited|no liability|sole|einzel|undivided|interest|"
    r"participation|d'intérêt|tactic|missile|rachete|projektil|raketnoe|bank|branch|şube|"
    r"partiy|party|estate|prospěšná|sociedade civil", re.I)


def elf_forms() -> list[str]:
    """The company forms of fingerprints' table (above), or [] when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("fingerprints")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "types" / "types.yml"
    if not path.exists():
        return []
    import yaml

    out: set[str] = set()
    for t in yaml.safe_load(path.read_text(encoding="utf-8"))["types"]:
        forms = [t["main"], *t.get("forms", [])]
        if not any(ELF_COMPANY.search(f) for f in forms) or any(ELF_OTHER.search(f)
                                                                for f in forms):
            continue
        for f in forms:
            if all(ord(c) < 0x250 for c in f) and len(f.split()) <= 5:
                out.add(f.upper() if len(f.replace(".", "").replace(" ", "")) <= 5 else
                        f[0].upper() + f[1:])
    return sorted(out)


LEGAL_WORDS = {"ltd", "limited", "co", "company", "corp", "corporation", "inc", "llc", "sa",
               "s", "a", "ag", "gmbh", "jsc", "ojsc", "cjsc", "ooo", "pjsc", "plc", "the",
               "de", "cv", "srl", "bv", "nv", "llp", "lp", "oao", "zao", "fze", "fzco",
               "group", "and", "of", "pvt", "private", "sdn", "bhd", "pte", "ltda", "spa",
               "joint", "stock", "open", "closed", "public", "liability", "federal", "state"}
# (letters that spell one sound: a change between them is a spelling, not another name)
SAME_SOUND = [set("ck"), set("ckq"), set("iy"), set("sz"), set("vw"), set("ei"), set("ou")]
ABBREV = [("LIMITED", "LTD."), ("COMPANY", "CO."), ("CORPORATION", "CORP."),
          ("INCORPORATED", "INC."), ("Limited", "Ltd"), ("Company", "Co."),
          ("Corporation", "Corp.")]

# Company words in six scripts with their English (dictionary senses, and the English
# names such companies give themselves in registers and on the lists: Chinese 有限公司
# Co., Ltd.; Russian завод Plant, торговый дом Trading House; Arabic للتجارة العامة
# General Trading; Persian بازرگانی Trading; Korean 중공업 Heavy Industries; Japanese
# 株式会社 Co., Ltd.). Each script: places (as the English name writes them), trades,
# forms; a name is a place (a katakana house name for Japanese), a trade and a form.
ZH_CITIES = {"北京": "Beijing", "上海": "Shanghai", "深圳": "Shenzhen", "广州": "Guangzhou",
             "天津": "Tianjin", "重庆": "Chongqing", "成都": "Chengdu", "武汉": "Wuhan",
             "南京": "Nanjing", "杭州": "Hangzhou", "西安": "Xi'an", "大连": "Dalian",
             "苏州": "Suzhou", "青岛": "Qingdao", "宁波": "Ningbo", "厦门": "Xiamen",
             "沈阳": "Shenyang", "长沙": "Changsha", "郑州": "Zhengzhou", "济南": "Jinan"}
ZH_TRADES = {"电子科技": "Electronic Technology", "航空工业": "Aviation Industry",
             "机械设备": "Machinery and Equipment", "化工": "Chemical Industry",
             "船舶重工": "Shipbuilding Heavy Industry", "进出口贸易": "Import and Export Trading",
             "光电": "Optoelectronics", "精密仪器": "Precision Instruments",
             "新材料": "New Materials", "通信设备": "Communication Equipment",
             "能源投资": "Energy Investment", "物流": "Logistics",
             "钢铁": "Iron and Steel", "医药": "Pharmaceutical", "半导体": "Semiconductor",
             "软件": "Software", "建设工程": "Construction Engineering", "矿业": "Mining",
             "纺织": "Textile", "食品": "Food", "汽车零部件": "Auto Parts",
             "生物技术": "Biotechnology", "电力设备": "Power Equipment", "航运": "Shipping"}
ZH_FORMS = {"有限公司": "Co., Ltd.", "股份有限公司": "Co., Ltd. (joint-stock)",
            "集团有限公司": "Group Co., Ltd."}
RU_CITIES = {"Московский": "Moscow", "Уральский": "Ural", "Новосибирский": "Novosibirsk",
             "Казанский": "Kazan", "Самарский": "Samara", "Омский": "Omsk",
             "Тульский": "Tula", "Пермский": "Perm", "Курганский": "Kurgan",
             "Воронежский": "Voronezh", "Иркутский": "Irkutsk", "Челябинский": "Chelyabinsk",
             "Томский": "Tomsk", "Смоленский": "Smolensk", "Ростовский": "Rostov",
             "Брянский": "Bryansk", "Курский": "Kursk", "Саратовский": "Saratov"}
RU_TRADES = {"машиностроительный завод": "Machine-Building Plant",
             "приборостроительный завод": "Instrument-Making Plant",
             "электромеханический завод": "Electromechanical Plant",
             "научно-исследовательский институт": "Research Institute",
             "оптико-механический завод": "Optical-Mechanical Plant",
             "трубный завод": "Pipe Plant", "авиационный завод": "Aircraft Plant",
             "химический комбинат": "Chemical Combine",
             "торговый дом": "Trading House", "металлургический комбинат": "Metallurgical Plant",
             "судостроительный завод": "Shipbuilding Plant",
             "станкостроительный завод": "Machine Tool Plant",
             "радиозавод": "Radio Plant", "конструкторское бюро": "Design Bureau",
             "нефтяная компания": "Oil Company", "транспортная компания": "Transport Company",
             "строительная компания": "Construction Company",
             "инвестиционная компания": "Investment Company",
             "энергетическая компания": "Energy Company", "шинный завод": "Tyre Plant"}
RU_FORMS = {"АО": "JSC", "ПАО": "PJSC", "ООО": "LLC", "ЗАО": "CJSC", "ОАО": "OJSC"}
AR_CITIES = {"بغداد": "Baghdad", "البصرة": "Basra", "الموصل": "Mosul", "دبي": "Dubai",
             "الشارقة": "Sharjah", "بيروت": "Beirut", "عمان": "Amman", "أربيل": "Erbil",
             "كركوك": "Kirkuk", "اللاذقية": "Latakia", "بنغازي": "Benghazi",
             "عجمان": "Ajman"}
AR_TRADES = {"للتجارة العامة": "General Trading", "للنفط": "Oil",
             "للصناعات الهندسية": "Engineering Industries", "للاستثمار": "Investment",
             "للنقل البحري": "Shipping", "للمقاولات": "Contracting",
             "للصرافة": "Exchange", "للإلكترونيات": "Electronics",
             "للأدوية": "Pharmaceuticals", "للإسمنت": "Cement", "للتأمين": "Insurance",
             "للحديد والصلب": "Iron and Steel"}
AR_FORMS = {"شركة": "Company", "مجموعة": "Group", "مؤسسة": "Establishment"}
FA_CITIES = {"تهران": "Tehran", "اصفهان": "Isfahan", "تبریز": "Tabriz", "شیراز": "Shiraz",
             "مشهد": "Mashhad", "کرج": "Karaj", "اهواز": "Ahvaz", "کرمان": "Kerman",
             "قزوین": "Qazvin", "یزد": "Yazd", "اراک": "Arak", "رشت": "Rasht"}
FA_TRADES = {"بازرگانی": "Trading", "صنایع فولاد": "Steel Industries",
             "مهندسی": "Engineering", "پتروشیمی": "Petrochemical", "کشتیرانی": "Shipping",
             "صنایع الکترونیک": "Electronics Industries", "حمل و نقل": "Transport",
             "سیمان": "Cement", "داروسازی": "Pharmaceutical", "بیمه": "Insurance",
             "صنایع هوایی": "Aviation Industries", "نفت": "Oil"}
FA_FORMS = {"شرکت": "Company", "گروه": "Group"}
KO_CITIES = {"서울": "Seoul", "부산": "Busan", "인천": "Incheon", "대구": "Daegu",
             "대전": "Daejeon", "광주": "Gwangju", "울산": "Ulsan", "수원": "Suwon",
             "창원": "Changwon", "포항": "Pohang", "청주": "Cheongju", "전주": "Jeonju"}
KO_TRADES = {"전자": "Electronics", "중공업": "Heavy Industries", "해운": "Shipping",
             "무역": "Trading", "건설": "Construction", "화학": "Chemical",
             "제약": "Pharmaceutical", "기계": "Machinery", "철강": "Steel",
             "반도체": "Semiconductor", "조선": "Shipbuilding", "에너지": "Energy",
             "통신": "Telecom", "물류": "Logistics"}
KO_FORMS = {"주식회사": "Co., Ltd.", "유한회사": "Ltd."}
# Korean groups' own names in Hangul and the English their companies register (the Korea
# Exchange's English company names): their own romanisation, neither Revised
# Romanisation (Samseong) nor McCune-Reischauer (Samsong). A quarter of the Korean pairs
# open with one of these instead of a place (``ko`` sub-kind ``kob``).
KO_BRANDS = {"삼성": "Samsung", "현대": "Hyundai", "대우": "Daewoo", "두산": "Doosan",
             "한화": "Hanwha", "효성": "Hyosung", "롯데": "Lotte", "대림": "Daelim",
             "동부": "Dongbu", "금호": "Kumho", "한진": "Hanjin", "코오롱": "Kolon",
             "쌍용": "Ssangyong", "풍산": "Poongsan", "동국": "Dongkuk", "한솔": "Hansol",
             "삼양": "Samyang", "대상": "Daesang", "동원": "Dongwon", "일진": "Iljin",
             "태영": "Taeyoung", "삼천리": "Samchully", "경동": "Kyungdong", "한라": "Halla",
             "영풍": "Youngpoong", "태광": "Taekwang", "대웅": "Daewoong", "한미": "Hanmi",
             "보령": "Boryung", "신세계": "Shinsegae"}
JA_HOUSES = {"タナカ": "Tanaka", "スズキ": "Suzuki", "ヤマモト": "Yamamoto",
             "ナカムラ": "Nakamura", "コバヤシ": "Kobayashi", "サクラ": "Sakura",
             "ミドリ": "Midori", "アサヒ": "Asahi", "ヒカリ": "Hikari", "フジタ": "Fujita",
             "マツダ": "Matsuda", "ヤマハ": "Yamaha"}
JA_TRADES = {"電機": "Electric", "化学工業": "Chemical Industry", "重工業": "Heavy Industries",
             "商事": "Trading", "製作所": "Works", "自動車": "Motor", "建設": "Construction",
             "海運": "Shipping", "製薬": "Pharmaceutical", "精機": "Precision Machinery",
             "鉄鋼": "Steel", "電子": "Electronics"}
JA_FORMS = {"株式会社": "Co., Ltd.", "有限会社": "Ltd."}
SCRIPT_TABLES = {"zh": (ZH_CITIES, ZH_TRADES, ZH_FORMS), "ru": (RU_CITIES, RU_TRADES, RU_FORMS),
                 "ar": (AR_CITIES, AR_TRADES, AR_FORMS), "fa": (FA_CITIES, FA_TRADES, FA_FORMS),
                 "ko": (KO_CITIES, KO_TRADES, KO_FORMS), "ja": (JA_HOUSES, JA_TRADES, JA_FORMS)}
SCRIPTS = sorted(SCRIPT_TABLES)

# Well-known persons (heads of state and government, business people, in public records).
FAMOUS = ["Vladimir Putin", "Xi Jinping", "Joe Biden", "Donald Trump", "Angela Merkel",
          "Emmanuel Macron", "Narendra Modi", "Recep Tayyip Erdogan", "Benjamin Netanyahu",
          "Kim Jong Un", "Bashar al-Assad", "Ali Khamenei", "Nicolas Maduro",
          "Alexander Lukashenko", "Volodymyr Zelensky", "Olaf Scholz", "Boris Johnson",
          "Rishi Sunak", "Justin Trudeau", "Jair Bolsonaro", "Luiz Inacio Lula da Silva",
          "Cyril Ramaphosa", "Shinzo Abe", "Fumio Kishida", "Mohammed bin Salman",
          "Elon Musk", "Jeff Bezos", "Warren Buffett", "Bill Gates", "Mark Zuckerberg",
          "Roman Abramovich", "Oleg Deripaska", "Alisher Usmanov", "Sergey Lavrov",
          "Dmitry Medvedev", "Ramzan Kadyrov", "Yevgeny Prigozhin", "Viktor Orban",
          "Giorgia Meloni", "Pedro Sanchez", "Mario Draghi", "Silvio Berlusconi",
          "Hassan Rouhani", "Imran Khan", "Nawaz Sharif", "Rodrigo Duterte",
          "Ferdinand Marcos", "Hun Sen", "Min Aung Hlaing", "Daniel Ortega",
          "Miguel Diaz-Canel", "Abdel Fattah el-Sisi", "Muammar Gaddafi", "Saddam Hussein",
          "Osama bin Laden", "Yoweri Museveni", "Paul Kagame", "Robert Mugabe",
          "Emmerson Mnangagwa", "Kassym-Jomart Tokayev", "Ilham Aliyev", "Nikol Pashinyan"]

# Fund and series words (invented sponsors; the shapes of registered fund names).
FUND_SPONSORS = ["Northgate", "Harbor Ridge", "Silverpine", "Bluecrest Valley", "Amberley",
                 "Kestrel Point", "Redwood Lane", "Marlow Bay", "Ironbridge", "Westmere",
                 "Calder Row", "Oakhaven", "Pinecliff", "Stonefield", "Brightwater"]
FUND_TYPES = ["Capital Partners", "Asia Growth Fund", "Infrastructure Fund", "Capital Trust",
              "Credit Opportunities Fund", "Real Estate Fund", "Buyout Fund",
              "Ventures", "Special Situations Fund", "Mezzanine Partners"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV"]
NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]

# Han characters and their pinyin (the Xinhua dictionary's readings).
HAN_SURNAMES = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen",
                "杨": "Yang", "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou",
                "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo",
                "何": "He", "林": "Lin", "罗": "Luo", "高": "Gao"}
HAN_GIVEN = {"伟": "Wei", "芳": "Fang", "娜": "Na", "敏": "Min", "静": "Jing", "丽": "Li",
             "强": "Qiang", "磊": "Lei", "军": "Jun", "洋": "Yang", "勇": "Yong", "艳": "Yan",
             "杰": "Jie", "涛": "Tao", "明": "Ming", "超": "Chao", "秀": "Xiu", "霞": "Xia",
             "平": "Ping", "刚": "Gang", "桂": "Gui", "华": "Hua", "斌": "Bin", "鹏": "Peng",
             "辉": "Hui", "琳": "Lin", "雪": "Xue", "波": "Bo", "宁": "Ning", "晨": "Chen"}
# Other characters of the same reading (the Xinhua dictionary's homophones, all used in
# given names): two names in Han characters that read alike are two names (王伟 / 王炜).
HAN_HOMOPHONES = {"伟": "炜玮威薇", "芳": "方坊", "敏": "闽珉", "静": "婧靖晶", "丽": "莉立力",
                  "强": "蔷", "磊": "蕾", "军": "君钧俊", "洋": "阳杨扬", "勇": "永咏",
                  "艳": "燕岩彦", "杰": "洁捷", "涛": "韬", "明": "铭鸣", "超": "潮",
                  "霞": "侠", "平": "萍苹", "刚": "钢纲", "华": "桦骅", "斌": "彬滨",
                  "鹏": "朋蓬", "辉": "慧惠晖", "琳": "林霖", "宁": "凝", "晨": "辰琛"}
# Family names whose traditional characters differ (OpenCC's t2s tables read back): the
# same name written in Taiwan or Hong Kong (劉洋 / 刘洋).
HAN_TRADITIONAL = {"刘": "劉", "陈": "陳", "杨": "楊", "黄": "黃", "赵": "趙", "吴": "吳",
                   "孙": "孫", "马": "馬", "郭": "郭", "罗": "羅", "张": "張", "李": "李"}
HAN_GIVEN_TRADITIONAL = {"伟": "偉", "丽": "麗", "强": "強", "军": "軍", "艳": "艷",
                         "杰": "傑", "涛": "濤", "华": "華", "鹏": "鵬", "辉": "輝",
                         "宁": "寧", "刚": "剛", "静": "靜", "霞": "霞", "芳": "芳"}


# Family names that are also title words somewhere (何 He and 贺 He in the Xinhua
# dictionary's surnames; Her, a Hmong clan name; Hon, the Cantonese spelling of 韓; Major
# and Lord, English family names; Imam, Sheikh and Shaikh, Arabic and South Asian family
# names); the given names are the lists' persons'.
TITLE_SURNAMES = ["He", "Her", "Hon", "Major", "Lord", "Imam", "Sheikh", "Shaikh"]
CHINESE_GIVEN = ["Wei", "Ming", "Jun", "Lei", "Yong", "Xiaoming", "Weiguo", "Jianhua",
                 "Hong", "Lin", "Guoqiang", "Haiyan"]


# Korean persons' names: family names and given-name syllables in Hangul with the
# spellings their bearers and the lists give them (Revised Romanisation, McCune-Reischauer
# without its marks as lists write North Korean names, and the spellings South Korean
# passports commonly carry), from Wikipedia's "Romanization of Korean" comparison tables and
# its "List of Korean surnames" (the romanisation columns). The matcher holds a table of
# family names' own spellings (names._KOREAN_FAMILY) but none of given syllables.
KO_FAMILY = {"김": ["Kim"], "이": ["Lee", "Yi", "Ri", "Rhee"], "박": ["Park", "Pak", "Bak"],
             "최": ["Choi", "Choe"], "정": ["Jung", "Chung", "Jeong", "Jong"],
             "강": ["Kang", "Gang"], "조": ["Cho", "Jo"], "윤": ["Yoon", "Yun"],
             "장": ["Jang", "Chang"], "임": ["Lim", "Im", "Rim"], "한": ["Han"],
             "오": ["Oh", "O"], "서": ["Seo", "Suh", "So"], "신": ["Shin", "Sin"],
             "권": ["Kwon", "Gwon"], "황": ["Hwang"], "안": ["Ahn", "An"],
             "송": ["Song"], "전": ["Jeon", "Chun", "Jon"], "홍": ["Hong"],
             "고": ["Ko", "Go"], "문": ["Moon", "Mun"], "손": ["Son", "Sohn"],
             "노": ["Roh", "Noh", "No"], "허": ["Heo", "Huh", "Ho"], "현": ["Hyun", "Hyeon", "Hyon"]}
KO_GIVEN = {"영": ["Young", "Yeong", "Yong"], "석": ["Suk", "Seok", "Sok"],
            "현": ["Hyun", "Hyeon", "Hyon"], "민": ["Min"], "수": ["Soo", "Su"],
            "희": ["Hee", "Hui", "Hi"], "진": ["Jin", "Chin"], "철": ["Chul", "Cheol", "Chol"],
            "호": ["Ho"], "성": ["Sung", "Seong", "Song"], "은": ["Eun", "Un"],
            "혜": ["Hye"], "주": ["Joo", "Ju", "Chu"], "재": ["Jae", "Chae"],
            "용": ["Yong"], "동": ["Dong", "Tong"], "상": ["Sang"], "원": ["Won"],
            "경": ["Kyung", "Gyeong", "Kyong"], "광": ["Kwang", "Gwang"], "태": ["Tae"],
            "규": ["Kyu", "Gyu"], "준": ["Joon", "Jun", "Chun"], "훈": ["Hoon", "Hun"],
            "남": ["Nam"], "일": ["Il"], "순": ["Soon", "Sun"], "미": ["Mi"],
            "숙": ["Sook", "Suk"], "명": ["Myung", "Myeong", "Myong"],
            "근": ["Geun", "Keun", "Kun"], "봉": ["Bong", "Pong"], "우": ["Woo", "U"],
            "지": ["Ji", "Chi"], "혁": ["Hyuk", "Hyeok", "Hyok"], "국": ["Kook", "Guk", "Kuk"]}


class Pairs:
    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.seen: set[tuple[str, str]] = set()

    def add(self, kind: str, schema: str, a: str, b: str, match: bool, sub: str = "") -> bool:
        a, b = " ".join(a.split()), " ".join(b.split())
        if not a or not b or a == b or (a, b) in self.seen or (b, a) in self.seen:
            return False
        self.seen.add((a, b))
        self.rows.append({"kind": kind, "sub": sub, "schema": schema, "name1": a, "name2": b,
                          "is_match": "true" if match else "false"})
        return True

    def count(self, kind: str, match: bool) -> int:
        flag = "true" if match else "false"
        return sum(r["kind"] == kind and r["is_match"] == flag for r in self.rows)


def _person(name: str, persons: list[tuple[str, str]]) -> None:
    if name.count(",") == 1:
        family, given = (p.strip() for p in name.split(","))
        if family and given and re.fullmatch(r"[A-Za-z' -]+", family + given):
            persons.append((given.title(), family.title()))


def load_csl(path: Path = CSL, sdn: Path = SDN) -> tuple[list[tuple[str, str]], list[str]]:
    """The lists' individuals as (given, family) and the CSL entities' names."""
    persons: list[tuple[str, str]] = []
    companies: list[str] = []
    seen: set[str] = set()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("name") or "").strip()
            if not name or name in seen or not name.isascii():
                continue
            seen.add(name)
            if row.get("type") == "Individual":
                _person(name, persons)
            elif row.get("type") == "Entity":
                companies.append(name)
    if sdn.exists():
        with open(sdn, newline="", encoding="utf-8", errors="replace") as fh:
            for row in csv.reader(fh):
                if len(row) > 2 and row[2].strip() == "individual" and row[1] not in seen:
                    seen.add(row[1])
                    _person(row[1].strip(), persons)
    return persons, companies


def _loop(rng: random.Random, n: int, make: object) -> None:
    """Call ``make`` until it returns true ``n`` times (or gives up after many tries)."""
    made = tries = 0
    while made < n and tries < n * 200:
        tries += 1
        made += bool(make())  # type: ignore[operator]


def _core_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in LEGAL_WORDS]


def _brand(name: str) -> str | None:
    words = _core_words(name)
    return " ".join(words[:2]) if words and len(words[0]) >= 4 else None


def _undouble(text: str) -> str:
    return re.sub(r"(.)\1", r"\1", text.lower())


def _sound(word: str) -> str:
    """A word with the letters that spell one sound made one (c k q, i y, s z, v w)."""
    return _undouble(word.lower().replace("ph", "f").translate(str.maketrans("ckqyzw", "kkkisv")))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def swap(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)  # (the first letter stays)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def edit(word: str, rng: random.Random, edits: int) -> str:
    letters = "aeiou" if rng.random() < 0.5 else "bdgklmnrst"
    for _ in range(edits):
        i = rng.randrange(1, len(word))
        op = rng.choice(["sub", "ins", "del"]) if len(word) > 4 else "sub"
        c = rng.choice([x for x in letters if x != word[i].lower()])
        word = (word[:i] + c + word[i + 1:] if op == "sub" else
                word[:i] + c + word[i:] if op == "ins" else word[:i] + word[i + 1:])
    return word


def translit(text: str, table: list[tuple[str, str]], j: bool = True) -> str:
    """One pass over the English form, the longest letter groups first (``j``: a y
    beside a vowel written j, as Polish, Czech and German do)."""
    pattern = "|".join(re.escape(a) for a, _ in sorted(table, key=lambda t: -len(t[0])))
    out = re.sub(pattern, lambda m: dict(table)[m[0]], text.lower())
    if j:
        out = re.sub(r"(?<=[aeiou])y|y(?=[aeiou])", "j", out)
    return out.title()


# English (BGN-like) spelling of a Russian name -> Lithuanian and Latvian letters, as the
# Lithuanian and Latvian press and Wikipedias write Russian names (Michailas
# Chodorkovskis, Mihails Hodorkovskis; Jevgenijus Prigožinas, Jevgeņijs Prigožins; the
# Lithuanian VLKK's and Latvia's rules for foreign names): kh as ch / h, the hissing
# sounds with their carons, ts as c; -sky / -skiy as -skis (before the ending is added).
LT = [("shch", "šč"), ("kh", "ch"), ("zh", "ž"), ("sh", "š"), ("ch", "č"), ("ts", "c")]
LV = [("shch", "šč"), ("kh", "h"), ("zh", "ž"), ("sh", "š"), ("ch", "č"), ("ts", "c")]


def baltic(word: str, lang: str, letters: bool = False) -> str:
    """Lithuanian / Latvian nominative of a foreign man's name: -as / -s after a consonant,
    a final -y or -iy as -ijus / -ijs, y beside a vowel as j, a final vowel kept;
    ``letters``: also the letters each language writes (``LT``, ``LV``; -sky as -skis)."""
    w = word[0].lower() + word[1:]
    if letters:
        w = re.sub(r"skiy$|sky$|skii$", "skis", w)
        table = LT if lang == "lt" else LV
        w = re.sub("|".join(a for a, _ in table), lambda m: dict(table)[m[0]], w)
        if w.endswith("skis"):
            return w[0].upper() + w[1:]
    w = re.sub(r"(?<=[aeiou])y|y(?=[aeiou])", "j", w)
    w = w[0].upper() + w[1:]
    if w.endswith(("iy", "yi", "ij")):
        return w[:-2] + ("ijus" if lang == "lt" else "ijs")
    if w.endswith("y"):
        return w[:-1] + ("ijus" if lang == "lt" else "ijs")
    if w.endswith("j"):
        return w + ("us" if lang == "lt" else "s")
    if w[-1] in "aeiou":
        return w
    return w + ("as" if lang == "lt" else "s")


def build(persons: list[tuple[str, str]], companies: list[str], seed: int,
          per_kind: int, nam_dict: dict[str, list[str]],
          elf: list[str] | None = None) -> list[dict[str, str]]:
    rng = random.Random(seed)
    p = Pairs()
    n = per_kind
    families = sorted({f for _, f in persons if " " not in f and len(f) >= 4})
    tables = {"en": (HYPOCORISMS, sorted(HYPOCORISMS)),
              "world": (WORLD_HYPOCORISMS, sorted(WORLD_HYPOCORISMS)),
              "nd": (nam_dict, sorted(nam_dict))}

    # hypocorism (a third from each table)
    def hyp(match: bool) -> bool:
        sub = rng.choice(["en", "world", "nd"])
        table, names_ = tables[sub]
        name = rng.choice(names_)
        nick = rng.choice(table[name])
        fam = rng.choice(families)
        other = rng.choice([f for f in names_ if f != name and nick not in table[f]])
        return p.add("hypocorism", "Person", f"{nick} {fam}",
                     f"{name if match else other} {fam}", match, sub=sub)
    _loop(rng, n, lambda: hyp(True))
    _loop(rng, n, lambda: hyp(False))

    # wade_giles
    def wg(match: bool) -> bool:
        """Wade-Giles written four ways (``sub``): with its hyphen and apostrophes
        (Chang Hsiao-p'ing), without apostrophes, the given syllables apart (Chang
        Hsiao P'ing), or joined (Chang Hsiaop'ing); half the negatives share one given
        syllable only, the other half a given syllable and nothing else, written with
        another family name (Zhang Xiaoming / MING CHUNG: one syllable of another
        person's given name and a family name a vowel away)."""
        sur = rng.choice(WG_SURNAMES)
        g1, g2 = rng.sample(WG_GIVEN, 2)
        pin = f"{sur.title()} {(g1 + g2).title()}"
        style = rng.choice(["hyphen", "plain", "apart", "joined"])

        def w(syl: str) -> str:
            out = WG[syl]
            return out.replace("'", "") if style == "plain" else out
        if not match and rng.random() < 0.5:
            near = [x for x in WG_SURNAMES if x != sur
                    and Levenshtein.distance(WG[x], WG[sur]) <= 1] or \
                [x for x in WG_SURNAMES if x != sur]
            other = rng.choice(near)
            g = rng.choice([g1, g2])
            wade = (f"{w(g).upper()} {w(other).upper()}" if rng.random() < 0.5
                    else f"{w(other).upper()}, {w(g).capitalize()}")
            whole = (f"{w(sur).capitalize()} {w(g1).capitalize()}-{w(g2)}"
                     if style in ("hyphen", "plain")
                     else f"{w(sur).capitalize()} {w(g1).capitalize()} {w(g2).capitalize()}")
            return p.add("wade_giles", "Person", whole, wade, False, sub=style)
        if not match:
            g2 = rng.choice([g for g in WG_GIVEN if g not in (g1, g2)])
        given = {"hyphen": f"{w(g1).capitalize()}-{w(g2)}",
                 "plain": f"{w(g1).capitalize()}-{w(g2)}",
                 "apart": f"{w(g1).capitalize()} {w(g2).capitalize()}",
                 "joined": f"{w(g1).capitalize()}{w(g2)}"}[style]
        wade = f"{w(sur).capitalize()} {given}"
        return p.add("wade_giles", "Person", pin, wade, match, sub=style)
    _loop(rng, n, lambda: wg(True))
    _loop(rng, n, lambda: wg(False))

    # baltic_slavic
    slavic = [(g.split()[0], f) for g, f in persons
              if " " not in f and SLAVIC_FAMILY.search(f) and g.split()[0].isalpha()]

    def baltic_pair(match: bool) -> bool:
        given, fam = rng.choice(slavic)
        style = rng.choice(["lt", "lv", "pl", "cz", "de", "fr", "ltw", "lvw"])
        other_fam = fam if match else rng.choice([f for _, f in slavic if f[:3] != fam[:3]])
        if style in ("lt", "lv", "ltw", "lvw"):  # (``w``: with the language's letters)
            lang, letters = style[:2], style.endswith("w")
            other = (f"{baltic(given, lang, letters)} "
                     f"{baltic(other_fam, lang, letters)}")
        else:
            table = {"pl": PL, "cz": CZ, "de": DE, "fr": FR}[style]
            other = translit(f"{given} {other_fam}", table, j=style != "fr")
        return p.add("baltic_slavic", "Person", f"{given} {fam}", other, match,
                     sub="bs_" + style)
    _loop(rng, n, lambda: baltic_pair(True))
    _loop(rng, n, lambda: baltic_pair(False))

    # brand_form
    brands = sorted({b for c in companies if (b := _brand(c))})
    by_first: dict[str, list[str]] = defaultdict(list)
    for b in brands:
        by_first[b.split()[0].lower()].append(b)
    shared = [b for b in brands
              if len({x.casefold() for x in by_first[b.split()[0].lower()]}) > 1]

    def bf(match: bool) -> bool:
        b = rng.choice(shared)
        others = [x for x in by_first[b.split()[0].lower()] if x.casefold() != b.casefold()]
        if not others:
            return False
        other = b if match else rng.choice(others)
        if elf and rng.random() < 0.5:  # (sub-kinds ``elf_after``, ``elf_before``)
            form = rng.choice(elf)
            if rng.random() < 0.5:
                return p.add("brand_form", "Company", b, f"{other} {form}", match,
                             sub="elf_after")
            return p.add("brand_form", "Company", b, f"{form} {other}", match,
                         sub="elf_before")
        return p.add("brand_form", "Company", b, f"{other} {rng.choice(FOREIGN_FORMS)}",
                     match, sub="written")
    _loop(rng, n, lambda: bf(True))
    _loop(rng, n, lambda: bf(False))

    # joined and swapped: persons and companies, negatives share a word
    names = [("Person", f"{g} {f}") for g, f in persons] + [("Company", c) for c in companies]
    by_word: dict[tuple[str, str], list[str]] = defaultdict(list)
    for schema, name in names:
        for w in {w.lower() for w in _core_words(name) if len(w) >= 4}:
            by_word[(schema, w)].append(name)

    def neighbour(schema: str, name: str) -> str | None:
        words = [w.lower() for w in _core_words(name) if len(w) >= 4]
        cands = [x for w in words for x in by_word[(schema, w)] if x != name]
        return rng.choice(cands) if cands else None

    def joined(match: bool) -> bool:
        schema, name = rng.choice(names)
        other = name if match else neighbour(schema, name)
        if other is None or " " not in other:
            return False
        return p.add("joined", schema, name, other.replace(" ", ""), match)

    def swapped(match: bool) -> bool:
        schema, name = rng.choice(names)
        other = name if match else neighbour(schema, name)
        if other is None:
            return False
        words = other.split()
        long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not long:
            return False
        i = rng.choice(long)
        words[i] = swap(words[i], rng)
        return p.add("swapped", schema, name, " ".join(words), match)
    for fn in (joined, swapped):
        _loop(rng, n, lambda fn=fn: fn(True))
        _loop(rng, n, lambda fn=fn: fn(False))

    # script_company
    def sc(match: bool) -> bool:
        script = rng.choice(SCRIPTS)
        places, trades, forms = SCRIPT_TABLES[script]
        place, trade, form = (rng.choice(sorted(t)) for t in (places, trades, forms))
        sub = script
        if script == "ko" and rng.random() < 0.5:
            places, sub = KO_BRANDS, "kob"  # (a group's own name instead of a place)
            place = rng.choice(sorted(places))
        e_place, e_trade = places[place], trades[trade]
        if not match:
            if rng.random() < 0.5:
                e_place = places[rng.choice([c for c in places if c != place])]
            else:
                e_trade = trades[rng.choice([t for t in trades if t != trade])]
        e_form = forms[form]
        if script == "zh":
            own, eng = f"{place}{trade}{form}", f"{e_place} {e_trade} {e_form}"
        elif script == "ru":
            own, eng = f"{form} «{place} {trade}»", f"{e_form} {e_place} {e_trade}"
        elif script in ("ar", "fa"):  # (the form first, the place where each writes it)
            own = (f"{form} {place} {trade}" if script == "ar" else f"{form} {trade} {place}")
            eng = f"{e_place} {e_trade} {e_form}"
        elif script == "ko":  # (place and trade written joined or apart, form either end)
            body = f"{place}{trade}" if rng.random() < 0.5 else f"{place} {trade}"
            own = f"{body} {form}" if rng.random() < 0.5 else f"{form} {body}"
            eng = f"{e_place} {e_trade} {e_form}"
        else:
            own, eng = f"{place}{trade}{form}", f"{e_place} {e_trade} {e_form}"
        return p.add("script_company", "Company", own, eng, match, sub=sub)
    _loop(rng, 2 * n, lambda: sc(True))
    _loop(rng, 2 * n, lambda: sc(False))

    # famous_near and company_letter follow the development file's labeller: a typo of a
    # name (a letter changed, added, dropped or two swapped: Vladimir Pulin, Exxor Mobil)
    # is the same party; a word of it replaced by another real name or word of nearly the
    # same letters (Pedro Sancho / Sanchez, Bank of Chad / China) is another.
    given_names = sorted({g.split()[0] for g, _ in persons
                          if g.split() and len(g.split()[0]) >= 3 and g.split()[0].isalpha()})
    family_names = sorted({f for _, f in persons if " " not in f and len(f) >= 4})
    company_words = sorted({w.title() for c in companies for w in _core_words(c)
                            if len(w) >= 4})
    by_start: dict[str, list[str]] = defaultdict(list)
    for w in set(given_names) | set(family_names) | set(company_words):
        by_start[w[:2].lower()].append(w)
    for v in by_start.values():
        v.sort()

    def typo(word: str) -> str:
        if rng.random() < 0.25:
            return swap(word, rng)
        return edit(word, rng, 1)

    def real_near(word: str) -> str | None:
        """Another real name or word of the lists, two or three edits from ``word``, its
        first two letters the same, not a spelling of it (doubled letters, letters of one
        sound: Nicolas / Nikolic) nor another ending of one word (Electronics / Electron,
        Yevgeny / Yevgeniya, Colombia / Colombiana: one word's forms, or one name's)."""
        cands = [w for w in by_start[word[:2].lower()]
                 if 2 <= Levenshtein.distance(w.lower(), word.lower()) <= 3
                 and Levenshtein.distance(_sound(w), _sound(word)) >= 2
                 and _common_prefix(w, word) < min(len(w), len(word)) - 2]
        return rng.choice(cands) if cands else None

    def fam_near(match: bool) -> bool:
        name = rng.choice(FAMOUS)
        words = name.split()
        idx = [j for j, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not idx:
            return False
        i = rng.choice(idx)
        if match:
            if rng.random() < 0.5:
                return p.add("famous_near", "Person", name,
                             f"{words[-1].upper()}, {' '.join(words[:-1])}", True)
            words[i] = typo(words[i])
            if _undouble(" ".join(words)) == _undouble(name):
                return False
            return p.add("famous_near", "Person", name, " ".join(words), True)
        other = real_near(words[i])
        if other is None:
            return False
        words[i] = other
        return p.add("famous_near", "Person", name, " ".join(words), False)
    _loop(rng, n, lambda: fam_near(True))
    _loop(rng, n, lambda: fam_near(False))

    # company_letter
    def cl(match: bool) -> bool:
        name = rng.choice(companies)
        words = _core_words(name)
        if match and rng.random() < 0.5:
            pairs = [(a, b) for a, b in ABBREV if re.search(rf"\b{a}\W*$", name)]
            if not pairs:
                return False
            a, b = rng.choice(pairs)
            return p.add("company_letter", "Company", name,
                         re.sub(rf"\b{a}\W*$", b, name), True)
        long = [w for w in words if len(w) >= 4]
        if not long:
            return False
        w = rng.choice(long)
        if match:
            new = typo(w)
            if _undouble(new) == _undouble(w):
                return False
        else:
            found = real_near(w)
            if found is None:
                return False
            new = found.upper() if w.isupper() else found
        return p.add("company_letter", "Company", name,
                     re.sub(rf"\b{re.escape(w)}\b", new, name, count=1), match)
    _loop(rng, n, lambda: cl(True))
    _loop(rng, n, lambda: cl(False))

    # fund_series: sub-kinds ``fs_num`` (II to XV, or a number), ``fs_one`` (the first
    # fund, I), ``fs_word`` (the number as a word, Fund Two), ``fs_class``
    # (a class letter after the number, II-A); + the same fund written otherwise, - the
    # fund against its sponsor's name without the number (another fund of the series:
    # the development file's labeller reads a series marker added as another party)
    def fs(match: bool) -> bool:
        base = f"{rng.choice(FUND_SPONSORS)} {rng.choice(FUND_TYPES)}"
        sub = rng.choice(["fs_num", "fs_num", "fs_one", "fs_word", "fs_class"])
        k = 1 if sub == "fs_one" else rng.randrange(2, len(ROMAN) + 1)
        lp = rng.choice(["", ", L.P.", " LP"])
        if sub == "fs_word":
            k = min(k, len(NUMBER_WORDS))
            own = f"{base} {NUMBER_WORDS[k - 1]}"
            other = f"{base} {rng.choice([ROMAN[k - 1], str(k)])}{lp}" if match else base
        elif sub == "fs_class":
            cls = rng.choice("ABC")
            own = f"{base} {ROMAN[k - 1]}{rng.choice(['-', ' '])}{cls}"
            other = f"{base} {ROMAN[k - 1]}-{cls}{lp or ', L.P.'}" if match else base
        else:
            own = f"{base} {ROMAN[k - 1]}"
            if match:
                other = (f"{base} {k}{lp}" if rng.random() < 0.5
                         else f"{base} {ROMAN[k - 1]}{lp or ', L.P.'}")
            else:
                num = ROMAN[k - 1] if rng.random() < 0.5 or k == 1 else str(
                    k + rng.randrange(0, 30))
                own, other = f"{base} {num}", f"{base}{lp}"
        return p.add("fund_series", "Company", own, other, match, sub=sub)
    _loop(rng, n, lambda: fs(True))
    _loop(rng, n, lambda: fs(False))

    # han_2char
    def han(match: bool) -> bool:
        """Sub-kinds: ``hz_latin`` (+ the name / its pinyin; - another given name, in
        characters or pinyin), ``hz_script`` (+ the name in traditional characters; - the
        given name another character of the same reading, 王伟 / 王炜)."""
        s = rng.choice(sorted(HAN_SURNAMES))
        g = rng.choice(sorted(HAN_GIVEN))
        if rng.random() < 0.5:
            if match:
                if HAN_TRADITIONAL.get(s, s) == s and HAN_GIVEN_TRADITIONAL.get(g, g) == g:
                    return False
                other = HAN_TRADITIONAL.get(s, s) + HAN_GIVEN_TRADITIONAL.get(g, g)
            else:
                if g not in HAN_HOMOPHONES:
                    return False
                other = s + rng.choice(HAN_HOMOPHONES[g])
            return p.add("han_2char", "Person", s + g, other, match, sub="hz_script")
        if match:
            lat = (f"{HAN_SURNAMES[s]} {HAN_GIVEN[g]}" if rng.random() < 0.5
                   else f"{HAN_SURNAMES[s].upper()}, {HAN_GIVEN[g]}")
            return p.add("han_2char", "Person", s + g, lat, True, sub="hz_latin")
        g2 = rng.choice([x for x in sorted(HAN_GIVEN) if HAN_GIVEN[x] != HAN_GIVEN[g]])
        other = s + g2 if rng.random() < 0.5 else f"{HAN_SURNAMES[s]} {HAN_GIVEN[g2]}"
        return p.add("han_2char", "Person", s + g, other, False, sub="hz_latin")
    _loop(rng, n, lambda: han(True))
    _loop(rng, n, lambda: han(False))

    # title_surname: + one person whose family name is also a title word, written
    # ``FAMILY, Given`` / ``Given Family`` (a Chinese name: family first, as pinyin writes
    # it), or with a title before it (Mr He Wei); - the same given name with another such
    # family name (John Major / John Lord), or without it and with another family name
    given_pool = sorted({g.split()[0] for g, _ in persons
                         if g.split() and len(g.split()[0]) >= 3 and g.split()[0].isalpha()})

    def ts(match: bool) -> bool:
        fam = rng.choice(TITLE_SURNAMES)
        chinese = fam in ("He", "Hon") and rng.random() < 0.7
        given = rng.choice(CHINESE_GIVEN if chinese else given_pool)
        a = f"{fam} {given}" if chinese else f"{given} {fam}"
        if match:
            b = rng.choice([f"{fam.upper()}, {given}", f"Mr {a}" if chinese else f"Dr {a}",
                            f"{given} {fam}" if chinese else f"{fam.upper()}, {given}"])
            return p.add("title_surname", "Person", a, b, True)
        if rng.random() < 0.5:
            other = rng.choice([t for t in TITLE_SURNAMES if t != fam])
        else:
            other = rng.choice(families)
        b = f"{other.upper()}, {given}"
        return p.add("title_surname", "Person", a, b, False)
    _loop(rng, n, lambda: ts(True))
    _loop(rng, n, lambda: ts(False))

    # korean_person: + a name in Hangul (a family name, two given syllables) / in Latin
    # letters, each syllable in one of the spellings its bearers or the lists use, the
    # given name hyphenated (Park Geun-hye) or apart as lists write North Korean names
    # (PAK, Pong Ju); - the same with one given syllable another (none of whose
    # spellings is one of the first's)
    ko_family = sorted(KO_FAMILY)
    ko_given = sorted(KO_GIVEN)

    def kp(match: bool) -> bool:
        fam = rng.choice(ko_family)
        g1, g2 = rng.sample(ko_given, 2)
        hangul = fam + g1 + g2
        if not match:
            g2 = rng.choice([g for g in ko_given if g not in (g1, g2)
                             and not set(KO_GIVEN[g]) & set(KO_GIVEN[g2])])
        f, s1, s2 = rng.choice(KO_FAMILY[fam]), rng.choice(KO_GIVEN[g1]), rng.choice(KO_GIVEN[g2])
        style = rng.choice(["own", "list"])
        latin = (f"{f} {s1}-{s2.lower()}" if style == "own"
                 else f"{f.upper()}, {s1} {s2}")
        return p.add("korean_person", "Person", hangul, latin, match, sub="kp_" + style)
    _loop(rng, n, lambda: kp(True))
    _loop(rng, n, lambda: kp(False))

    # wg_company (drawn last: the kinds above draw as they did before it was added)
    def wgc(match: bool) -> bool:
        """A Chinese company whose name opens with two syllables (a place or a house
        name, Zhonghua, Xinhua) and a trade, in pinyin / the same two syllables in
        Wade-Giles, as Taiwan's and older registers write them: joined (Chunghua),
        hyphenated (Chung-hua) or apart (Chung Hua; sub-kinds), apostrophes kept or
        dropped; - one of the two syllables another."""
        s1, s2 = rng.sample(WG_GIVEN, 2)
        trade = rng.choice(sorted(ZH_TRADES.values()))
        form = rng.choice(["Co., Ltd.", "Corporation", "Company Limited", "Group"])
        pin = f"{(s1 + s2).title()} {trade} {form}"
        if not match:
            s2 = rng.choice([g for g in WG_GIVEN if g not in (s1, s2)
                             and WG[g] != WG[s2] and g[0] != s2[0]])
        style = rng.choice(["joined", "hyphen", "apart"])
        w1, w2 = WG[s1], WG[s2]
        if rng.random() < 0.5:
            w1, w2 = w1.replace("'", ""), w2.replace("'", "")
        def cap(w: str) -> str:
            return w[:1].upper() + w[1:]
        brand = {"joined": cap(w1 + w2), "hyphen": f"{cap(w1)}-{w2}",
                 "apart": f"{cap(w1)} {cap(w2)}"}[style]
        if brand.replace("-", "").replace(" ", "").lower() == (s1 + s2):
            return False  # (written alike in both: Linming)
        return p.add("wg_company", "Company", pin, f"{brand} {trade} {form}", match,
                     sub="wgc_" + style)
    _loop(rng, n, lambda: wgc(True))
    _loop(rng, n, lambda: wgc(False))
    return p.rows


def by_kind(rows: list[dict[str, str]], scores: list[float], thr: float) -> dict[str, dict]:
    """P / R / F1 of every kind, of all, and of each script of a kind that has them
    (``script_company/ru``)."""
    out = {}
    for kind in KINDS + ["all"]:
        idx = [i for i, r in enumerate(rows) if kind in ("all", r["kind"])]
        out[kind] = prf([rows[i] for i in idx], [scores[i] for i in idx], thr)
    for sub in sorted({f"{r['kind']}/{r['sub']}" for r in rows if r.get("sub")}):
        kind, _, script = sub.partition("/")
        idx = [i for i, r in enumerate(rows) if r["kind"] == kind and r.get("sub") == script]
        out[sub] = prf([rows[i] for i in idx], [scores[i] for i in idx], thr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-kind", type=int, default=60, help="positives and as many negatives")
    ap.add_argument("--nk-path", help="folders holding nomenklatura and gender-guesser (pip "
                    "install --target), joined by the path separator")
    ap.add_argument("--no-nk", action="store_true")
    ap.add_argument("--pairs-out", type=Path, help="also write the pairs to this CSV")
    ap.add_argument("--lists-db", help="a database of the lists: the scorer then weighs "
                    "words by how common they are in its names, as screening does")
    ap.add_argument("--output", type=Path, default=OUT)
    ap.add_argument("--nam-dict", type=Path, help="nam_dict.txt (default: the one the "
                    "gender-guesser package ships)")
    args = ap.parse_args()
    if args.nk_path:
        for path in args.nk_path.split(os.pathsep):
            sys.path.append(path)
    from listwatch.match.compare import compare_names
    from listwatch.match.scorer import DEFAULT_THRESHOLD

    if args.lists_db:
        from listwatch.screening.screen import Screener
        from listwatch.store.db import Store

        Screener.load(Store(args.lists_db))  # (observes the lists' word counts)
    nam_dict = args.nam_dict or find_nam_dict()
    if nam_dict is None:
        sys.exit("nam_dict.txt not found: install the bench extra (pip install "
                 "gender-guesser, or --target DIR and give --nk-path DIR), or give --nam-dict")
    persons, companies = load_csl()
    elf = elf_forms()
    if not elf:
        sys.exit("fingerprints' types.yml not found: install the bench extra (nomenklatura "
                 "brings fingerprints), or give --nk-path DIR")
    rows = build(persons, companies, args.seed, args.per_kind,
                 nam_dict_equivalents(Path(nam_dict)), elf)
    if args.pairs_out:
        with open(args.pairs_out, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    systems = [("listwatch", DEFAULT_THRESHOLD,
                [compare_names(r["name1"], r["name2"], r["schema"]).score for r in rows])]
    nk = None if args.no_nk else nomenklatura_scorer()
    if nk is not None:
        systems.append(("nomenklatura logic-v2", 0.7, nk(rows)[0]))
    elif not args.no_nk:
        print("nomenklatura not importable: give --nk-path, or --no-nk")
    out: dict = {"seed": args.seed, "lists_db": bool(args.lists_db), "per_kind": args.per_kind, "sources": [str(CSL.relative_to(DATA)), str(SDN.relative_to(DATA))]}
    for name, thr, scores in systems:
        res = by_kind(rows, scores, thr)
        out[name] = {"threshold": thr, "by_kind": res}
        print(f"\n== {name} (threshold {thr})")
        print(f"{'kind':15s} {'n':>4s} {'P':>6s} {'R':>6s} {'F1':>6s} {'fp':>4s} {'fn':>4s}")
        for kind, k in res.items():
            if "/" in kind:
                kind = "  " + kind.split("/")[1]
            print(f"{kind:15s} {k['n']:4d} {k['precision']:6.3f} {k['recall']:6.3f} "
                  f"{k['f1']:6.3f} {k['fp']:4d} {k['fn']:4d}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(out, indent=2))
    print(f"\n-> {args.output}")


if __name__ == "__main__":
    main()
