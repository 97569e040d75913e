"""Company words written in their own scripts, read as the English word the company's
English name writes for them: a company in Cyrillic, Arabic, Persian, Korean or Japanese
script names its trade with words that its English name translates, not transliterates
(``Казанский машиностроительный завод``: Kazan Machine-Building Plant; ``شركة بغداد
للتجارة العامة``: Baghdad General Trading Company; ``부산해운``: Busan Shipping), so a
transliteration alone shares nothing with the English name but the place.

Sources: dictionary senses of each word, checked against the English names companies of
those countries register and the sanctions lists give beside their names in the original
script (Russian and Ukrainian enterprises on the EU, UK and US lists; Iraqi, Syrian and
Gulf companies; Iranian companies on the US and UK lists; Korean and Japanese companies'
English names). Chinese (and Japanese kanji) company words are ``vocab.HAN_WORDS``.

Only organisations' names are read so (``normalize``, the kind ``org``): a person's name
is never translated. The words as the lists transliterate them are read alike
(``read_transliterated``): a name in its own script, its transliteration and its English
name meet. Korean 조선 is not read: it is Korea itself in North Korean names (조선광업개발
무역회사, Korea Mining Development Trading Corporation), shipbuilding only in the South's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

#: Russian and Ukrainian company words by stem (lower case) -> English; a word is read
#: when it is a stem followed by one of ``CYRILLIC_ENDINGS`` (its case and gender forms:
#: ``заводу``, ``торговая``, ``машиностроительного``)
CYRILLIC_STEMS: dict[str, str] = {
    # kinds of enterprise
    "завод": "plant", "заводы": "plants", "фабрик": "factory", "комбинат": "combine",
    "институт": "institute", "инститyт": "institute", "бюро": "bureau",
    "предприяти": "enterprise", "підприємств": "enterprise", "объединени": "association",
    "об'єднанн": "association", "объединенн": "united", "компани": "company",
    "корпораци": "corporation", "корпораці": "corporation", "концерн": "concern",
    "холдинг": "holding", "групп": "group", "груп": "group", "банк": "bank",
    "центр": "centre", "агентств": "agency", "фонд": "fund", "управлени": "administration",
    "верф": "shipyard", "судоверф": "shipyard", "лаборатори": "laboratory",
    "академи": "academy", "университет": "university", "училищ": "school",
    "мастерск": "workshops", "депо": "depot", "порт": "port", "флот": "fleet",
    "пароходств": "shipping", "биржа": "exchange", "рынок": "market",
    # what they do
    "торгов": "trading", "торгівельн": "trading", "промышленн": "industrial",
    "промислов": "industrial", "производственн": "production", "виробнич": "production",
    "научно-производственн": "research and production",
    "науково-виробнич": "research and production", "научно-исследовательск": "research",
    "науково-дослідн": "research", "научн": "scientific", "наукови": "scientific",
    "исследовательск": "research", "конструкторск": "design", "проектн": "design",
    "машиностроительн": "machine building", "машинобудівн": "machine building",
    "приборостроительн": "instrument making", "приладобудівн": "instrument making",
    "станкостроительн": "machine tool", "судостроительн": "shipbuilding",
    "суднобудівн": "shipbuilding", "судоремонтн": "ship repair",
    "авиастроительн": "aircraft building", "авиационн": "aviation", "авіаційн": "aviation",
    "ракетн": "missile", "космическ": "space", "оборонн": "defence",
    "электромеханическ": "electromechanical", "оптико-механическ": "optical mechanical",
    "механическ": "mechanical", "электротехническ": "electrotechnical",
    "электронн": "electronic", "електронн": "electronic", "радиоэлектронн": "radioelectronic",
    "радиотехническ": "radio engineering", "радиозавод": "radio plant", "радио": "radio",
    "химическ": "chemical", "хімічн": "chemical", "металлургическ": "metallurgical",
    "металургійн": "metallurgical", "металлообрабатывающ": "metalworking",
    "трубн": "pipe", "шинн": "tyre", "нефтян": "oil", "нафтов": "oil",
    "нефтегазов": "oil and gas", "газов": "gas", "нефтехимическ": "petrochemical",
    "энергетическ": "energy", "енергетичн": "energy", "атомн": "nuclear",
    "транспортн": "transport", "строительн": "construction", "будівельн": "construction",
    "инвестиционн": "investment", "інвестиційн": "investment", "финансов": "financial",
    "фінансов": "financial", "страхов": "insurance", "технологическ": "technological",
    "технологи": "technology", "технологі": "technology", "инженерн": "engineering",
    "інженерн": "engineering", "горно-обогатительн": "mining and processing",
    "горнодобывающ": "mining", "угольн": "coal", "стальн": "steel", "морск": "marine",
    "морськ": "marine", "речн": "river", "железнодорожн": "railway", "автомобильн": "automobile",
    "тракторн": "tractor", "танков": "tank", "оружейн": "arms", "патронн": "cartridge",
    "пороховой": "powder", "порохов": "powder", "экспортн": "export",
    "внешнеэкономическ": "foreign economic", "импортн": "import",
    "международн": "international", "міжнародн": "international",
    "федеральн": "federal", "государственн": "state", "державн": "state",
    "унитарн": "unitary", "казенн": "state", "национальн": "national",
    "національн": "national", "российск": "russian", "українськ": "ukrainian",
    "систем": "systems", "средств": "means", "связ": "communications",
    "телекоммуникационн": "telecommunications", "информационн": "information",
}
#: Russian, Ukrainian and Belarusian places whose adjective (the stem before the case
#: ending) the English name does not write as the stem itself: the English exonyms
#: (Московский: Moscow) and the places whose name ends in -sk or -tsk, which the
#: adjective keeps (Омский: Omsk, Донецкий: Donetsk); BGN/PCGN spellings as the lists
#: write them. Other place adjectives lose their -sk- (Казанский: Kazan, ``_place``).
CYRILLIC_PLACES: dict[str, str] = {
    "московск": "moscow", "петербургск": "petersburg", "санкт-петербургск": "saint petersburg",
    "ленинградск": "leningrad", "нижегородск": "nizhny novgorod", "тульск": "tula",
    "самарск": "samara", "калужск": "kaluga", "уфимск": "ufa", "ярославск": "yaroslavl",
    "тверск": "tver", "пензенск": "penza", "ижевск": "izhevsk", "омск": "omsk",
    "томск": "tomsk", "курск": "kursk", "брянск": "bryansk", "смоленск": "smolensk",
    "новосибирск": "novosibirsk", "иркутск": "irkutsk", "челябинск": "chelyabinsk",
    "красноярск": "krasnoyarsk", "мурманск": "murmansk", "хабаровск": "khabarovsk",
    "архангельск": "arkhangelsk", "ульяновск": "ulyanovsk", "свердловск": "sverdlovsk",
    "новочеркасск": "novocherkassk", "комсомольск": "komsomolsk", "минск": "minsk",
    "донецк": "donetsk", "луганск": "luhansk", "кировоградск": "kirovohrad",
    "киевск": "kyiv", "київськ": "kyiv", "харьковск": "kharkiv", "харківськ": "kharkiv",
    "одесск": "odesa", "одеськ": "odesa", "запорожск": "zaporizhzhia",
    "запорізьк": "zaporizhzhia", "днепровск": "dnipro", "дніпровськ": "dnipro",
    "львовск": "lviv", "львівськ": "lviv", "крымск": "crimea", "кримськ": "crimea",
    "севастопольск": "sevastopol", "волжск": "volzhsky", "уральск": "ural",
    "сибирск": "siberian", "дальневосточн": "far eastern", "балтийск": "baltic",
    "черноморск": "black sea",
}
#: case and gender endings of Russian and Ukrainian nouns and adjectives (and none; not
#: the genitive plural -ов / -ев, which ends most family names: Банков is no bank)
CYRILLIC_ENDINGS: frozenset[str] = frozenset(
    ["", "а", "я", "ы", "и", "у", "ю", "е", "ь", "ом", "ем", "ой", "ей", "ам", "ям",
     "ами", "ями", "ах", "ях", "ий", "ый", "ой", "ая", "яя", "ое", "ее",
     "ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ыми", "ими", "ую", "юю",
     "ые", "ие", "ия", "ии", "ию", "ией", "ья", "ье", "ьи", "ий", "а", "е", "ої",
     "ій", "ий", "ого", "ому", "им", "ім", "их", "іх", "і", "ї", "ів", "ою", "ею",
     "ня", "ні", "ню"])

#: Arabic and Persian company words (letter forms folded as ``_arabic_key`` does) ->
#: English; a word is read also behind the article, ``لل`` (for the), ``و`` (and) and
#: ``ب`` (by, with)
ARABIC_WORDS: dict[str, str] = {
    # Arabic
    "شركه": "company", "مؤسسه": "establishment", "مجموعه": "group", "تجاره": "trading", "التجاريه": "trading",
    "تجاريه": "trading", "عامه": "general", "عام": "general", "نفط": "oil",
    "بترول": "petroleum", "غاز": "gas", "صناعات": "industries", "صناعه": "industry",
    "صناعيه": "industrial", "هندسيه": "engineering", "هندسه": "engineering",
    "استثمار": "investment", "استثمارات": "investments", "نقل": "transport",
    "بحريه": "maritime", "مقاولات": "contracting", "صرافه": "exchange",
    "الكترونيات": "electronics", "ادويه": "pharmaceuticals", "اسمنت": "cement",
    "تامين": "insurance", "صلب": "steel", "بنك": "bank", "مصرف": "bank",
    "دوليه": "international", "دولي": "international", "محدوده": "limited",
    "خدمات": "services", "تكنولوجيا": "technology", "شحن": "shipping",
    "سياحه": "tourism", "زراعه": "agriculture", "طاقه": "energy",
    "بتروكيماويات": "petrochemicals", "اتصالات": "telecommunications",
    "وطنيه": "national", "قابضه": "holding", "تطوير": "development",
    "منظمه": "organization", "هيئه": "authority",
    "مكتب": "office", "وكاله": "agency", "مركز": "centre", "ملاحه": "navigation",
    "طيران": "airlines", "كيماويات": "chemicals", "كهرباء": "electricity",
    "معادن": "mining", "اغذيه": "food", "بناء": "construction", "انشاءات": "construction",
    # Persian
    "شرکت": "company", "گروه": "group", "بازرگانی": "trading", "صنایع": "industries",
    "فولاد": "steel", "مهندسی": "engineering", "پتروشیمی": "petrochemical",
    "کشتیرانی": "shipping", "الکترونیک": "electronics", "حمل": "transport",
    "سیمان": "cement", "داروسازی": "pharmaceutical", "بیمه": "insurance",
    "هوایی": "aviation", "هواپیمایی": "aircraft", "نفت": "oil", "بانک": "bank",
    "سازمان": "organization", "توسعه": "development", "ساختمانی": "construction",
    "تولیدی": "manufacturing", "کارخانه": "factory", "کارخانجات": "factories",
    "مخابرات": "telecommunications", "سرمایه": "investment", "گذاری": "",
    "ملی": "national", "بین": "", "المللی": "international", "موسسه": "institute",
    "پژوهشی": "research", "تحقیقات": "research",
    "معدنی": "mining", "معدن": "mining", "نیرو": "power", "برق": "electricity",
    "تجارت": "trading", "صادرات": "export", "واردات": "import", "دریایی": "marine",
    "و": "and", "ایران": "iran",
    # (words of the names of Iranian state bodies the lists give in English: Islamic
    # Revolutionary Guard Corps, Atomic Energy Organization of Iran)
    "جمهوری": "republic", "اسلامی": "islamic", "انقلاب": "revolutionary", "سپاه": "corps",
    "پاسداران": "guard", "خطوط": "lines", "قرارگاه": "headquarters", "سازندگی": "construction",
    "انرژی": "energy", "اتمی": "atomic", "وزارت": "ministry", "دفاع": "defense",
    "پشتیبانی": "logistics", "نیروهای": "forces", "مسلح": "armed",
}
#: Korean company words -> English (read inside a word too: 부산해운 is 부산 + 해운)
HANGUL_WORDS: dict[str, str] = {
    "전자": "electronics", "중공업": "heavy industries", "해운": "shipping",
    "무역": "trading", "건설": "construction", "화학": "chemical", "제약": "pharmaceutical",
    "기계": "machinery", "철강": "steel", "반도체": "semiconductor", "회사": "company",
    "에너지": "energy", "통신": "telecom", "물류": "logistics", "은행": "bank",
    "그룹": "group", "산업": "industries", "상사": "trading", "자동차": "motor",
    "전기": "electric", "항공": "aviation", "증권": "securities", "보험": "insurance",
    "조선소": "shipyard", "석유": "oil", "가스": "gas", "개발": "development", "투자": "investment",
    "기술": "technology", "정보": "information", "시스템": "systems",
    "엔지니어링": "engineering", "글로벌": "global", "인터내셔널": "international",
    "홀딩스": "holdings", "텔레콤": "telecom", "제철": "steel", "정밀": "precision",
    "광업": "mining", "공업": "industrial", "해양": "marine", "식품": "food",
    "섬유": "textile", "물산": "trading", "공사": "corporation", "연구소": "institute",
    "주식회사": "", "유한회사": "",
}
#: Japanese company words written in kana -> English
KANA_WORDS: dict[str, str] = {
    "コーポレーション": "corporation", "インターナショナル": "international",
    "ホールディングス": "holdings", "グループ": "group", "テクノロジー": "technology",
    "テクノロジーズ": "technologies", "エンジニアリング": "engineering",
    "システムズ": "systems", "システム": "systems", "トレーディング": "trading",
    "エレクトロニクス": "electronics", "エナジー": "energy", "ケミカル": "chemical",
    "インダストリーズ": "industries", "サービス": "services", "カンパニー": "company",
}

#: Persian and Arabic phrases read before their words (حمل و نقل: transport)
ARABIC_PHRASES: dict[str, str] = {
    "حمل و نقل": "transport", "حمل ونقل": "transport", "سرمایه گذاری": "investment",
    "سرمایه‌گذاری": "investment", "بین المللی": "international",
    "بین‌المللی": "international", "الحديد والصلب": "iron and steel",
    "للحديد والصلب": "iron and steel",
}
#: every English word the tables read (kept as they are where a script's romanisation
#: would change a word's first letter)
ENGLISH_WORDS: frozenset[str] = frozenset(
    w for table in (CYRILLIC_STEMS, ARABIC_WORDS, HANGUL_WORDS, KANA_WORDS)
    for phrase in table.values() for w in phrase.split())

_HOUSE = re.compile(r"^дом(?:а|у|е|ом)?$")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’]+(?:-[\u0400-\u04ff'’]+)*")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u200c]+")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7af]+")
_KANA_RUN = re.compile(r"[\u30a0-\u30ff]+")
# the word lengths each table is read with, longest first (a single sign is never a word)
_HANGUL_SIZES = tuple(range(max(map(len, HANGUL_WORDS)), 1, -1))
_KANA_SIZES = tuple(range(max(map(len, KANA_WORDS)), 1, -1))
_ARABIC_FOLD = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "أ": "ا", "إ": "ا",
                              "آ": "ا", "ٱ": "ا", "\u200c": "", "\u0640": ""})
#: what Arabic writes before a word: the article, for the (lil), and (wa), by / with (bi)
_ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


def _arabic_key(word: str) -> str:
    return word.translate(_ARABIC_FOLD)


_ARABIC_KEYED: dict[str, str] = {_arabic_key(k): v for k, v in ARABIC_WORDS.items()}


#: adjective endings after -sk- (the masculine, feminine and neuter forms and their cases)
_PLACE_ADJECTIVE = re.compile(
    r"^(?P<stem>\w{3,}?)(?:ск|цк|зск|ськ|цьк)(?:ий|ая|ое|ого|ой|ом|ому|ую|ие|их|им|ими|"
    r"а|е|і|ій|ої|ого|ому|у)$")


def _place(word: str) -> str | None:
    """A place's adjective read as the place (Казанский: Kazan; Уральская: Ural): a
    capitalised word ending in -sk- and an adjective's ending; not ``-ический``, which
    makes adjectives of common nouns (технический)."""
    if not word[:1].isupper():
        return None
    low = word.lower()
    m = _PLACE_ADJECTIVE.match(low)
    if m is None or m["stem"].endswith(("иче", "ече", "аче", "ерн")):
        return None
    return m["stem"]


def _cyrillic(word: str) -> str | None:
    low = word.lower().replace("’", "'")
    for cut in range(len(low), 1, -1):
        english = CYRILLIC_STEMS.get(low[:cut])
        if english is None:
            english = CYRILLIC_PLACES.get(low[:cut])
        if english is not None and low[cut:] in CYRILLIC_ENDINGS:
            return english
    if "-" in low:
        parts = [_cyrillic(p) for p in low.split("-")]
        if all(p is not None for p in parts):
            return " ".join(p for p in parts if p)
    return None


def _arabic(word: str) -> str | None:
    key = _arabic_key(word)
    english = _ARABIC_KEYED.get(key)
    if english is not None:
        return english
    for prefix in _ARABIC_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            english = _ARABIC_KEYED.get(key[len(prefix):])
            if english is not None:
                return english
            if prefix in ("و", "ب", "ل"):
                rest = key[len(prefix):]
                for inner in ("ال", "لل"):
                    if rest.startswith(inner):
                        english = _ARABIC_KEYED.get(rest[len(inner):])
                        if english is not None:
                            return english
    return None


def read_longest(run: str, table: dict[str, str],
                 sizes: tuple[int, ...]) -> list[tuple[str | None, str]]:
    """A run cut into the table's words, the longest of ``sizes`` (largest first) tried at
    each place, and the stretches between them: ``(reading, text)`` pieces, the reading
    ``None`` for a stretch the table does not hold."""
    pieces: list[tuple[str | None, str]] = []
    pending = ""
    i, end = 0, len(run)
    while i < end:
        for size in sizes:
            if i + size <= end:
                reading = table.get(run[i:i + size])
                if reading is not None:
                    if pending:
                        pieces.append((None, pending))
                        pending = ""
                    pieces.append((reading, run[i:i + size]))
                    i += size
                    break
        else:
            pending += run[i]
            i += 1
    if pending:
        pieces.append((None, pending))
    return pieces


def _segment(run: str, table: dict[str, str], sizes: tuple[int, ...]) -> str:
    """A run of Hangul or kana with the table's words read (longest first), the rest of
    the run kept as written, each piece apart (a word read as nothing is left out)."""
    pieces = [text if reading is None else reading
              for reading, text in read_longest(run, table, sizes) if reading != ""]
    return " " + " ".join(pieces) + " "


def _translate_cyrillic(text: str) -> str:
    """The Cyrillic words read; a place's adjective read as the place only where it
    stands before a company word (Казанский машиностроительный завод), not alone (ООО
    «Вишневский» is a surname's company, Vishnevsky LLC)."""
    found = list(_CYRILLIC_WORD.finditer(text))
    if len(found) < 2:
        return text  # (one word is the name itself)
    read = [_cyrillic(m[0]) for m in found]
    out: list[str] = []
    last = 0
    for k, m in enumerate(found):
        english = read[k]
        if english is None and k + 1 < len(found) and read[k + 1] is not None:
            english = _place(m[0])  # (romanised with the rest of the name)
        if english is None and "trading" in read and _HOUSE.match(m[0].lower()):
            english = "house"  # (торговый дом, a trading house; дом alone is no company word)
        out.append(text[last:m.start()])
        out.append(m[0] if english is None else f" {english} ")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


@lru_cache(maxsize=20_000)
def translate_org_words(text: str, script: str) -> str:
    """``text`` (an organisation's name) with the company words of its script read as
    their English words; the other words left as written (names, places)."""
    if script == "cyrillic":
        return _translate_cyrillic(text)
    if script == "arabic":
        for phrase, english in ARABIC_PHRASES.items():
            if phrase in text:
                text = text.replace(phrase, f" {english} ")
        if len(_ARABIC_WORD.findall(text)) < 2:
            return text  # (one word is the name itself)
        return _ARABIC_WORD.sub(lambda m: f" {found} " if (found := _arabic(m[0]))
                                is not None else m[0], text)
    if script == "hangul":
        return _HANGUL_RUN.sub(lambda m: _segment(m[0], HANGUL_WORDS, _HANGUL_SIZES), text)
    if script in ("kana", "han"):
        return _KANA_RUN.sub(lambda m: _segment(m[0], KANA_WORDS, _KANA_SIZES), text)
    return text


# -- the same words in Latin letters ---------------------------------------------------
# Lists write many of these companies' names transliterated (Kazanskiy Mashinostroitelnyy
# Zavod, Maktab al-Khidamat, Muyok Hoesa): the transliterations are read as the same
# English words, so a name in its own script, its transliteration and its English name
# all meet.

#: Cyrillic letters in the Latin spellings the lists use (BGN/PCGN, anyascii, the
#: Ukrainian national system): every spelling of a stem or an ending is read
_CYRILLIC_LATIN: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",),
    "ё": ("e", "yo"), "ж": ("zh",), "з": ("z",), "и": ("i",), "й": ("y", "i", "j"),
    "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",),
    "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"),
    "ц": ("ts",), "ч": ("ch",), "ш": ("sh",), "щ": ("shch", "sch"), "ъ": ("",),
    "ы": ("y", "i"), "ь": ("",), "э": ("e",), "ю": ("yu", "iu", "ju"),
    "я": ("ya", "ia", "ja"), "і": ("i",), "ї": ("yi", "i"), "є": ("ye", "ie"),
    "ґ": ("g",), "'": ("",), "-": ("",),
}
_UKRAINIAN = frozenset("іїєґ")


def _latin_spellings(cyrillic: str, limit: int = 32) -> set[str]:
    out = [""]
    ukrainian = bool(_UKRAINIAN & set(cyrillic))
    for ch in cyrillic:
        options = _CYRILLIC_LATIN.get(ch, (ch,))
        if ukrainian and ch == "г":
            options = ("h",)
        if ukrainian and ch == "и":
            options = ("y",)
        out = [p + o for p in out for o in options][:limit]
    return set(out)


#: Latin stems that are English words already, or read as a name too often (Fonda,
#: Porta): not read
_LATIN_STEMS_SKIPPED = frozenset(("bank", "port", "radio", "depo", "fond", "dom", "verf",
                                  "flot", "grup", "tsentr", "sistem", "institut"))
LATIN_STEMS: dict[str, str] = {
    spelt: english
    for table in (CYRILLIC_STEMS, CYRILLIC_PLACES) for stem, english in table.items()
    for spelt in _latin_spellings(stem)
    if len(spelt) >= 4 and spelt not in _LATIN_STEMS_SKIPPED}
LATIN_PLACES: frozenset[str] = frozenset(
    spelt for stem in CYRILLIC_PLACES for spelt in _latin_spellings(stem))
LATIN_ENDINGS: frozenset[str] = frozenset(
    spelt for ending in CYRILLIC_ENDINGS for spelt in _latin_spellings(ending)) | {
    "iy", "ii", "ij", "yy", "yi", "oye", "oe", "aya", "aia", "aja", "iye", "ie", "yye",
    "iya", "ija", "ia", "iyu", "iiu", "ye"}

#: Arabic, Persian, Korean and Japanese company words as the lists transliterate them
#: (after the article is split off: al-Tijariya is ``al`` + ``tijariya``) -> English;
#: not the ones that are also family or given names (Bahri, Hadid, Tamin), nor names of
#: listed organisations alone (Jamiyat, Masna: their Arabic words are not read either),
#: those companies use as a name (Khodro: Iran Khodro, Shahab Khodro): a word read in
#: English no longer meets its own typos (Kohdro)
LATIN_WORDS: dict[str, str] = {
    # Arabic
    "sharikat": "company", "sharika": "company", "sharikah": "company", "shirkat": "company",
    "muassasat": "establishment", "muassasa": "establishment", "muassasah": "establishment",
    "majmuat": "group", "majmuah": "group", "majmouat": "group",
    "tijara": "trading", "tijarah": "trading", "tijariya": "trading", "tijariyah": "trading",
    "tijaria": "trading", "tijarat": "trading", "amma": "general", "ammah": "general",
    "naft": "oil", "sinaat": "industries", "sanaat": "industries", "sinaiya": "industrial",
    "handasiya": "engineering", "handasiyah": "engineering", "istithmar": "investment",
    "istithmarat": "investments", "naql": "transport", "bahriya": "maritime", "muqawalat": "contracting", "sirafa": "exchange",
    "adwiya": "pharmaceuticals", "taamin": "insurance", "masraf": "bank", "dawliya": "international",
    "dawliyah": "international", "duwaliya": "international", "mahduda": "limited",
    "mahdudah": "limited", "khidamat": "services", "khadamat": "services",
    "ittisalat": "telecommunications", "etisalat": "telecommunications",
    "wataniya": "national", "wataniyah": "national", "qabida": "holding",
    "tatwir": "development", "munazzama": "organization", "munazzamat": "organization",
    "maktab": "office", "wakala": "agency",
    "markaz": "centre", "milaha": "navigation", "tayaran": "airlines",
    "kimawiyat": "chemicals", "kahraba": "electricity",
    # Persian
    "sherkat": "company", "bazargani": "trading", "sanaye": "industries",
    "sanayeh": "industries", "foulad": "steel", "fulad": "steel", "folad": "steel",
    "mohandesi": "engineering", "petroshimi": "petrochemical",
    "keshtirani": "shipping", "darusazi": "pharmaceutical", "daroosazi": "pharmaceutical",
    "bimeh": "insurance", "havapeymayi": "aircraft", "sazman": "organization",
    "tolidi": "manufacturing", "karkhaneh": "factory", "mokhaberat": "telecommunications",
    "pazhuheshi": "research", "tahqiqat": "research",
    "tejarat": "trading", "saderat": "export", "melli": "national",
    "islami": "islamic",  # (Harakat-ul Jihad Islami; Eslami is a family name too)
    # Korean (Revised Romanisation and McCune-Reischauer)
    "muyeok": "trading", "muyok": "trading", "jeonja": "electronics",
    "chonja": "electronics", "junggongeop": "heavy industries", "haeun": "shipping",
    "geonseol": "construction", "konsol": "construction", "hwahak": "chemical",
    "gwangeop": "mining", "kwangop": "mining", "gaebal": "development",
    "kaebal": "development", "eunhaeng": "bank", "unhaeng": "bank", "gigye": "machinery",
    "kigye": "machinery", "cheolgang": "steel", "choldang": "steel",
    # Japanese
    "jukogyo": "heavy industries", "kogyo": "industry", "shoji": "trading",
    "seisakusho": "works", "kagaku": "chemical", "kaiun": "shipping",
    "kensetsu": "construction", "seiyaku": "pharmaceutical", "tekko": "steel",
    "seiki": "precision machinery",
    # (the first half of научно-производственный written apart)
    "nauchno": "research",
}

_LATIN_HOUSE = frozenset(("dom", "doma", "domu", "dome", "domom"))
_LATIN_PLACE_ADJECTIVE = re.compile(
    r"^(?P<stem>[a-z]{3,}?)(?:sk|tsk|zsk|ck)(?:iy|ii|ij|yy|yi|y|i|aya|aia|aja|oye|oe|ogo|"
    r"oy|oi|om|omu|uyu|iye|ie|ikh|ykh|im|ym|a|e|u|o)$")


#: the first four letters of every Latin stem: a word that starts otherwise is none
_LATIN_HEADS: frozenset[str] = frozenset(stem[:4] for stem in LATIN_STEMS)


def _latin_word(word: str) -> str | None:
    english = LATIN_WORDS.get(word)
    if english is not None or len(word) < 5 or word[:4] not in _LATIN_HEADS \
            or not word.isalpha():
        return english
    for cut in range(len(word), 3, -1):
        english = LATIN_STEMS.get(word[:cut])
        if english is not None and word[cut:] in LATIN_ENDINGS:
            return english
    return None


#: a transliterated Russian company stem this long or longer is read through one typo of
#: any kind; a shorter one (``zavod``), a place (Krasnodarskiy is no typo of Krasnoyarsk)
#: and the other scripts' words through two neighbours swapped only, where another
#: letter makes another word too often (Qaida / qabida, Saman / sazman)
NEAR_LONG = 7
#: ... and none shorter than this
NEAR_MIN = 5


def _near_table() -> dict[str, tuple[str, ...]]:
    """The transliterated company words, stems and places of ``NEAR_MIN`` letters or
    more by their first three letters."""
    table: dict[str, set[str]] = {}
    for key in (*LATIN_STEMS, *LATIN_WORDS):
        if len(key) >= NEAR_MIN:
            table.setdefault(key[:3], set()).add(key)
    return {head: tuple(sorted(keys)) for head, keys in table.items()}


_NEAR = _near_table()


def _typo_of(word: str, key: str) -> bool:
    """Whether ``word`` is ``key`` with one typo (a letter changed, added or left out,
    or two neighbours swapped; two neighbours swapped only for a short key, a place or a
    word of ``LATIN_WORDS``: Arabic words are short and near each other, Sharia is no
    sharika)."""
    if word == key or OSA.distance(word, key, score_cutoff=1) > 1:
        return False
    if len(key) >= NEAR_LONG and key in LATIN_STEMS and key not in LATIN_PLACES:
        return True
    return len(word) == len(key) and sorted(word) == sorted(key)


def _near_latin_word(word: str) -> str | None:
    """A transliterated company word one typo from a known one (``mekhanihceskii``,
    ``tejraat``; ``zaovd``, a short one, and ``sibisrkoe``, a place, by two neighbours
    swapped only), read as that one is: the typo in its stem, its ending one of the
    stem's endings; its first three letters as written (a typo seldom hits them), or
    the second or the third swapped with the next."""
    if len(word) < NEAR_MIN or not word.isalpha():
        return None
    keys = (_NEAR.get(word[:3], ()) + _NEAR.get(word[0] + word[2] + word[1], ())
            + _NEAR.get(word[:2] + word[3], ()))
    for key in keys:
        for cut in (len(key), len(key) - 1, len(key) + 1):
            rest = word[cut:]
            if rest in LATIN_ENDINGS and 0 < cut <= len(word) and _typo_of(word[:cut], key):
                english = LATIN_STEMS.get(key) or (LATIN_WORDS.get(key) if not rest else None)
                if english is not None:
                    return english
    return None


@lru_cache(maxsize=50_000)
def _read_word(word: str) -> str | None:
    """The English a transliterated company word reads as (``_latin_word``), or, when
    it is no known word, the one it is a typo of (``_near_latin_word``): one look-up a
    word (a customer file's names share most of their words)."""
    english = _latin_word(word)
    if english is None and len(word) >= NEAR_MIN:
        # (a typo on one side must not change how the name reads: a typo of
        # mekhanicheskii read as mechanical, or the place before it is read otherwise
        # too)
        return _near_latin_word(word)
    return english


def read_transliterated(words: list[str]) -> list[str]:
    """An organisation's Latin words (lower case, ASCII) with the transliterated company
    words read as the English words their own script's are (``zavod`` plant,
    ``mashinostroitelnogo`` machine building, ``tijariya`` trading, ``muyok`` trading);
    a place's adjective before such a word read as the place (``kazanskiy`` Kazan,
    ``moskovskiy`` Moscow). The English words may be two (``machine building``)."""
    if len(words) < 2:
        return words  # (one word is the name itself: a listed JAMIYAT is no "society")
    read = [_read_word(w) for w in words]
    if not any(read):
        return words
    out: list[str] = []
    for k, w in enumerate(words):
        english = read[k]
        if english is None and k + 1 < len(words) and read[k + 1]:
            m = _LATIN_PLACE_ADJECTIVE.match(w)
            if m is not None and not m["stem"].endswith(("iche", "eche", "ache", "ern")):
                place = next((LATIN_STEMS[w[:cut]] for cut in range(len(w), 3, -1)
                              if w[:cut] in LATIN_PLACES and w[cut:] in LATIN_ENDINGS), None)
                english = place or m["stem"]
        if english is None and "trading" in read and w in _LATIN_HOUSE:
            english = "house"  # (in any order: a query's words may be shuffled)
        if english is None:
            out.append(w)
        elif english:
            out.extend(english.split())
    return out
