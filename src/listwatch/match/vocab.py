"""Word lists used by normalisation: legal forms, abbreviations, titles, particles, numbers.

Every entry is a *kind* of word (a legal form, an abbreviation, a number word), never a
particular person or company. Keys are lower-case ASCII, as produced by ``normalize``.
"""

from __future__ import annotations

from listwatch.match.vocab_world import (
    WORLD_GENERIC,
    WORLD_HAN_WORDS,
    WORLD_LEGAL_FORMS,
    WORLD_WORDS,
)

#: Legal forms, multi-word phrases first (matched on the token sequence), mapped to a
#: canonical form code. Codes in the same family are compatible (see FORM_FAMILY).
LEGAL_FORMS: dict[str, str] = {
    # limited liability company family
    "limited liability company": "llc",
    "limited liability co": "llc",
    "limited liability partnership": "llp",
    "limited partnership": "lp",
    "gesellschaft mit beschrankter haftung": "gmbh",
    "gesellschaft mit beschraenkter haftung": "gmbh",
    "obshchestvo s ogranichennoy otvetstvennostyu": "ooo",
    "obshchestvo s ogranichennoi otvetstvennostiu": "ooo",
    "societe a responsabilite limitee": "sarl",
    "societatea cu raspundere limitata": "srl",
    "societa a responsabilita limitata": "srl",
    "sociedad de responsabilidad limitada": "srl",
    "sociedad limitada": "sl",
    "besloten vennootschap": "bv",
    "private limited company": "ltd",
    "private limited": "ltd",
    "pty ltd": "ltd",
    "pte ltd": "ltd",
    "co ltd": "ltd",
    "company limited": "ltd",
    "you xian gong si": "ltd",
    "you xian ze ren gong si": "ltd",
    # joint stock / public company family
    "public limited company": "plc",
    "public joint stock company": "pjsc",
    "open joint stock company": "ojsc",
    "closed joint stock company": "cjsc",
    # (Co. for Company, as users and registries shorten the word)
    "public joint stock co": "pjsc",
    "open joint stock co": "ojsc",
    "closed joint stock co": "cjsc",
    "joint stock company": "jsc",
    "joint stock co": "jsc",
    # (the family's forms cut short of their last word, as a form's box or a user cuts
    # them: VTB REGISTRAR CLOSED JOINT STOCK; read at a name's ends only, as every form)
    "public joint stock": "pjsc",
    "open joint stock": "ojsc",
    "closed joint stock": "cjsc",
    "aktsionernoe obshchestvo": "jsc",
    "aktsionernoye obshchestvo": "jsc",
    "otkrytoe aktsionernoe obshchestvo": "ojsc",
    "zakrytoe aktsionernoe obshchestvo": "cjsc",
    "publichnoe aktsionernoe obshchestvo": "pjsc",
    "gu fen you xian gong si": "jsc",
    "societe anonyme": "sa",
    "sociedad anonima": "sa",
    "societa per azioni": "spa",
    "naamloze vennootschap": "nv",
    "societe par actions simplifiee": "sas",
    "sa de cv": "sa",
    # (Brazil writes S/A; Spanish and Portuguese "and company", y Cía., e Cia.)
    "s a": "sa",
    "y cia": "co",
    "e cia": "co",
    "y compania": "co",
    "e companhia": "co",
    "y cia ltda": "ltd",
    "e cia ltda": "ltd",
    "s de rl": "srl",
    "kabushiki kaisha": "kk",
    "aktiengesellschaft": "ag",
    "aktiengeselschaft": "ag",
    "incorporated": "inc",
    "corporation": "corp",
    "company": "co",
    "limited": "ltd",
    # single tokens
    "llc": "llc",
    "llp": "llp",
    "lp": "lp",
    "gmbh": "gmbh",
    "ooo": "ooo",
    "sarl": "sarl",
    "srl": "srl",
    "sl": "sl",
    "bv": "bv",
    "bvba": "bvba",
    "ltd": "ltd",
    "ltda": "ltd",
    "pty": "ltd",
    "pte": "ltd",
    "plc": "plc",
    "pjsc": "pjsc",
    "ojsc": "ojsc",
    "cjsc": "cjsc",
    "jsc": "jsc",
    "oao": "ojsc",
    "zao": "cjsc",
    "pao": "pjsc",
    "ao": "jsc",
    "tov": "ooo",
    "sa": "sa",
    "spa": "spa",
    "nv": "nv",
    "sas": "sas",
    "kk": "kk",
    "ag": "ag",
    "se": "se",
    "as": "as",
    "asa": "as",
    "ab": "ab",
    "oy": "oy",
    "oyj": "oy",
    "pt": "pt",
    "tbk": "pt",
    "inc": "inc",
    "corp": "corp",
    "co": "co",
    "cos": "co",
    "kg": "kg",
    "gmbh co kg": "kg",
    "bhd": "bhd",
    "sdn bhd": "bhd",
    "fze": "fze",
    "fzco": "fze",
    "fzc": "fze",
    "fzllc": "fze",
    "a s": "as",
    "mv": "vessel",
    "m v": "vessel",
    "mt": "vessel",
    "m t": "vessel",
}

LEGAL_FORMS.update(WORLD_LEGAL_FORMS)  # (other languages' forms: vocab_world.py)

#: Family of each form code: forms of different families (other than "generic") conflict.
FORM_FAMILY: dict[str, str] = {
    "llc": "private",
    "gmbh": "private",
    "ooo": "private",
    "sarl": "private",
    "srl": "private",
    "sl": "private",
    "bv": "private",
    "bvba": "private",
    "llp": "partnership",
    "lp": "partnership",
    "kg": "partnership",
    "plc": "public",
    "pjsc": "public",
    "ojsc": "public",
    "cjsc": "public",
    "jsc": "public",
    "sa": "public",
    "spa": "public",
    "nv": "public",
    "sas": "public",
    "ag": "public",
    "se": "public",
    "as": "public",
    "ab": "public",
    "oy": "public",
    "kk": "public",
    "inc": "generic",
    "corp": "generic",
    "co": "generic",
    "ltd": "generic",
    "pt": "generic",
    "bhd": "generic",
    "fze": "generic",
    "vessel": "generic",
}

#: Legal forms written in CJK or Cyrillic characters (matched on the original text).
NATIVE_FORMS: dict[str, str] = {
    "股份有限公司": "jsc",
    "有限责任公司": "ltd",
    "有限責任公司": "ltd",
    "有限公司": "ltd",
    "株式会社": "kk",
    "公司": "co",
    "ООО": "ooo",
    "ОАО": "ojsc",
    "ЗАО": "cjsc",
    "ПАО": "pjsc",
    "АО": "jsc",
    "ТОВ": "ooo",
}

#: Abbreviations and variant spellings mapped to one canonical word.
ABBREVIATIONS: dict[str, str] = {
    "tech": "technology",
    "techs": "technology",
    "technologies": "technology",
    "techn": "technology",
    "technol": "technology",
    "grp": "group",
    "gp": "group",
    "intl": "international",
    "int": "international",
    "internat": "international",
    "srvces": "services",
    "srvcs": "services",
    "svcs": "services",
    "svces": "services",
    "servs": "services",
    "serv": "services",
    "svc": "services",
    "service": "services",
    "mfg": "manufacturing",
    "mfr": "manufacturing",
    "manuf": "manufacturing",
    "hldgs": "holding",
    "hldg": "holding",
    "hlds": "holding",
    "holdings": "holding",
    "eng": "engineering",
    "engr": "engineering",
    "engg": "engineering",
    "elec": "electric",
    "electrical": "electric",
    "electronics": "electric",
    "electronic": "electric",
    "natl": "national",
    "nat": "national",
    "assn": "association",
    "assoc": "association",
    "dept": "department",
    "univ": "university",
    "inst": "institute",
    "mgmt": "management",
    "mgt": "management",
    "inds": "industries",
    "ind": "industrial",
    "indl": "industrial",
    "indus": "industrial",
    "comm": "communications",
    "communication": "communications",
    "telecom": "telecommunications",
    "sci": "science",
    "ent": "enterprise",
    "enterprises": "enterprise",
    "invest": "investment",
    "invt": "investment",
    "investments": "investment",
    "dev": "development",
    "devt": "development",
    "trdg": "trading",
    # the lists' own abbreviations of trade words (OFAC: POLISH SHPG CO, ... INTL TRDG)
    "shpg": "shipping",
    "shpng": "shipping",
    "shipg": "shipping",
    "navig": "navigation",
    "transp": "transport",
    "constr": "construction",
    "chem": "chemical",
    "chems": "chemical",
    "pharm": "pharmaceutical",
    "mktg": "marketing",
    "equip": "equipment",
    "expt": "export",
    "impt": "import",
    "imp": "import",
    "exp": "export",
    "coml": "commercial",
    "comml": "commercial",
    "bros": "brothers",
    "ctr": "center",
    "centre": "center",
    "defence": "defense",
    "organisation": "organization",
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "us": "united states",
    "usa": "united states",
    "uk": "united kingdom",
    "gb": "united kingdom",
    "prc": "china",
    "uae": "united arab emirates",
    "ru": "russia",
    "ussr": "soviet union",
    "&": "and",
    "und": "and",
    "et": "and",
    # particles in Arabic and other names
    "el": "al",
    "ul": "al",
    "ibn": "bin",
    "ben": "bin",
    "bint": "bin",
}

ABBREVIATIONS.update(WORLD_WORDS)

#: Words of a legal form that no person's name carries: a query that does not say what it
#: names and has one of them names an organisation (``normalize.names_organisation``).
#: Short forms that are also names or initials (Ag, Sa, Pao, Zao, Co …) are not here.
ORG_ONLY_WORDS: frozenset[str] = frozenset(
    ["llc", "ltd", "limited", "inc", "incorporated", "gmbh", "jsc", "pjsc", "cjsc", "ojsc",
     "ooo", "plc", "llp", "corp", "corporation", "company", "sarl", "srl", "bhd", "fze",
     "fzco", "fzllc", "aktiengesellschaft", "gesellschaft", "obshchestvo"]
)

#: Chinese provinces and large cities as a Chinese company's English name writes them
#: first: the place of registration (the 行政区划 that opens a registered Chinese company
#: name: 深圳市大疆创新科技有限公司, Shenzhen DJI ...), which the company's own English
#: name and other lists often abbreviate to its syllables' initials (``SZ DJI``:
#: ``PLACE_ABBREVIATIONS``). Not generic words: two facing each other conflict
#: (``Beijing X`` / ``Shanghai X``: two companies), and one dropped costs a name word,
#: unless it opens the name and a rare telling word agrees (``DJI Technology`` /
#: ``Shenzhen DJI Technology``: ``names._compare_words``).
CHINESE_PLACES: frozenset[str] = frozenset(
    # provinces and regions
    ["anhui", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan", "hebei",
     "heilongjiang", "henan", "hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning",
     "ningxia", "qinghai", "shaanxi", "shandong", "shanxi", "sichuan", "xinjiang", "yunnan",
     "zhejiang",
     # municipalities and large cities
     "beijing", "shanghai", "tianjin", "chongqing", "shenzhen", "guangzhou", "hangzhou",
     "nanjing", "wuhan", "chengdu", "suzhou", "qingdao", "dalian", "shenyang", "harbin",
     "changsha", "zhengzhou", "jinan", "hefei", "fuzhou", "xiamen", "kunming", "nanchang",
     "changchun", "taiyuan", "shijiazhuang", "lanzhou", "ningbo", "wuxi", "dongguan",
     "foshan", "zhuhai", "changzhou", "wenzhou", "mianyang", "guiyang", "nanning",
     "luoyang", "zhuzhou", "xiangtan", "baotou", "xian"]
)


def _place_abbreviations() -> dict[str, frozenset[str]]:
    from listwatch.match.sino import _segment

    pairs: dict[str, set[str]] = {}
    for place in CHINESE_PLACES:
        syllables = _segment(place)
        if syllables and len(syllables) >= 2:
            short = "".join(s[0] for s in syllables)
            pairs.setdefault(short, set()).add(place)
            pairs.setdefault(place, set()).add(short)
    return {k: frozenset(v) for k, v in pairs.items()}


#: A Chinese place and the initials of its syllables, both ways (``sz`` <-> ``shenzhen``,
#: ``suzhou``): how company names abbreviate the place they open with (SZ DJI)
PLACE_ABBREVIATIONS: dict[str, frozenset[str]] = _place_abbreviations()

#: Words that say what kind of business an organisation is, not which one (as ``normalize``
#: leaves them: abbreviations expanded, plurals folded). One left over in an organisation's
#: name, with no word of the other name to conflict with, costs less than a name word
#: (``names.PARAMS["generic_extra"]``): customer files add and drop them (``X Trading``,
#: ``X Group``, ``X International`` for ``X``), while two different ones facing each other
#: (``X Trading`` / ``X Holding``) still conflict, as sister companies do.
GENERIC_ORG_WORDS: frozenset[str] = frozenset(
    ["trading", "trade", "commerce", "commercial", "import", "export", "group", "holding",
     "international", "global", "worldwide", "oversea", "general", "industry", "industrial",
     "enterprise", "service", "business", "development", "investment", "management",
     "system", "solution", "technology", "engineering", "manufacturing", "production",
     "logistic", "venture", "partner", "establishment", "foundation", "association",
     "society", "organization",
     # trade words that say which trade (the lists' companies carry them after their
     # distinctive words: KOREA SAMMA SHIPPING CO, DALIAN OCEAN SHIPPING CO)
     "shipping", "transport", "navigation", "construction", "chemical", "pharmaceutical",
     "marketing", "equipment", "consulting", "contracting"]
) | WORLD_GENERIC

#: Words that carry little identity: weighted low, never a conflict on their own.
STOPWORDS: frozenset[str] = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "a",
        "an",
        "de",
        "da",
        "di",
        "do",
        "du",
        "des",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "al",
        "bin",
        "y",
        "i",
        "na",
        "ou",
        "zu",
    ]
)

#: Titles and honorifics dropped from person names.
TITLES: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "shaikh",
        "sheikh",
        "sheik",
        "shaykh",
        "sayyid",
        "hajji",
        "hajj",
        "mullah",
        "mawlawi",
        "maulvi",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "capt",
        "captain",
        "maj",
        "major",
        "adm",
        "admiral",
        "hon",
        "honorable",
        "rev",
        "reverend",
        "fr",
        "father",
        "imam",
        "president",
        "minister",
        "he",
        "his",
        "her",
        "excellency",
    ]
)

#: Chinese company words and their English equivalents, as lists write them.
HAN_WORDS: dict[str, str] = {
    "技术": "technology",
    "科技": "technology",
    "集团": "group",
    "控股": "holding",
    "电子": "electric",
    "電子": "electric",
    "通信": "communications",
    "通讯": "communications",
    "航空": "aviation",
    "航天": "aerospace",
    "能源": "energy",
    "石油": "petroleum",
    "石化": "petrochemical",
    "化工": "chemical",
    "银行": "bank",
    "銀行": "bank",
    "国际": "international",
    "國際": "international",
    "工业": "industry",
    "工業": "industry",
    "投资": "investment",
    "贸易": "trading",
    "船舶": "shipbuilding",
    "船务": "shipping",
    "海运": "shipping",
    "航运": "shipping",
    "物流": "logistics",
    "研究所": "institute",
    "研究院": "research institute",
    "大学": "university",
    "中国": "china",
    "中國": "china",
    "香港": "hong kong",
    "有限": "limited",
    "服务": "services",
    "服務": "services",
    "软件": "software",
    "网络": "network",
    "半导体": "semiconductor",
    "制造": "manufacturing",
    "设备": "equipment",
    "工程": "engineering",
    "发展": "development",
    "建设": "construction",
    "建筑": "construction",
    "电力": "power",
    "核": "nuclear",
    "矿业": "mining",
    "金融": "financial",
}

HAN_WORDS.update(WORLD_HAN_WORDS)

#: Number words (English, with a few common variants) to digits.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def _form_word_codes() -> dict[str, frozenset[str]]:
    codes: dict[str, set[str]] = {}
    for phrase, code in LEGAL_FORMS.items():
        words = phrase.split()
        for word in words:
            # (short words too, but stopwords: a legal form's words shuffled, C.V. DE S.A.,
            # are still that form's words)
            if len(words) == 1 or len(word) >= 4 or word not in STOPWORDS:
                codes.setdefault(word, set()).add(code)
    return {w: frozenset(c) for w, c in codes.items()}


#: Legal forms of one word (``corporation``, ``co``, ``sa`` …) and the words of multi-word
#: ones (``joint``, ``stock``, ``liability``, ``obshchestvo`` …), with the codes of the forms
#: they belong to.
FORM_WORD_CODES: dict[str, frozenset[str]] = _form_word_codes()
