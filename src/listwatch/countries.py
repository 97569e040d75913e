"""Countries as lists and customer files write them, as one value: their ISO code.

"Russian Federation", "Russia", "RU", "RUS", "Russian" and "Russie" are all ``ru``. The
table is built once from ISO 3166 (``pycountry``: codes, names, official and common
names), the territory names of the English, French, German and Spanish locales
(``babel``), and the adjectives and short forms below (nationalities, as lists give them).
``country_code`` reads one value; ``same_country`` compares two sets of values. Every
comparison of countries goes through here (the scorer, the API's country filter).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: Nationality adjectives and usual short forms not in ISO 3166 or the locales' names
#: (phrases separated by ``|``).
_EXTRA = {
    "af": "afghan", "al": "albanian", "dz": "algerian", "ao": "angolan",
    "ar": "argentine|argentinian", "am": "armenian", "au": "australian", "at": "austrian",
    "az": "azerbaijani|azeri", "bh": "bahraini", "bd": "bangladeshi",
    "by": "belarusian|belarussian|byelorussian|belarus", "be": "belgian", "bo": "bolivian",
    "ba": "bosnian", "br": "brazilian", "bg": "bulgarian", "mm": "burmese|burma",
    "kh": "cambodian", "cm": "cameroonian", "ca": "canadian", "cf": "central african",
    "td": "chadian", "cl": "chilean", "cn": "chinese|prc|mainland china", "co": "colombian",
    "cd": "congolese|drc|dr congo|democratic republic of the congo",
    "cg": "republic of the congo|congo brazzaville", "hr": "croatian", "cu": "cuban",
    "cy": "cypriot", "cz": "czech|czech republic", "dk": "danish", "ec": "ecuadorian",
    "eg": "egyptian", "er": "eritrean", "ee": "estonian", "et": "ethiopian", "fi": "finnish",
    "fr": "french", "ge": "georgian", "de": "german", "gh": "ghanaian", "gr": "greek",
    "gb": "british|uk|u k|great britain|england|scotland|wales|northern ireland",
    "ht": "haitian", "hu": "hungarian", "in": "indian", "id": "indonesian",
    "ir": "iranian|iran|persia", "iq": "iraqi", "ie": "irish", "il": "israeli",
    "it": "italian", "jp": "japanese", "jo": "jordanian", "kz": "kazakh|kazakhstani",
    "ke": "kenyan", "kp": "north korean|dprk|north korea|korea north",
    "kr": "south korean|south korea|republic of korea|korea south", "kw": "kuwaiti",
    "kg": "kyrgyz|kyrgyzstani", "la": "lao|laotian|laos", "lv": "latvian", "lb": "lebanese",
    "ly": "libyan", "lt": "lithuanian", "my": "malaysian", "ml": "malian", "mt": "maltese",
    "mx": "mexican", "md": "moldovan|moldova", "mn": "mongolian", "me": "montenegrin",
    "ma": "moroccan", "nl": "dutch|holland|the netherlands", "nz": "new zealander",
    "ni": "nicaraguan", "ng": "nigerian", "mk": "macedonian|north macedonian|macedonia",
    "no": "norwegian", "om": "omani", "pk": "pakistani", "ps": "palestinian|palestine",
    "pa": "panamanian", "pe": "peruvian", "ph": "filipino|philippine", "pl": "polish",
    "pt": "portuguese", "qa": "qatari", "ro": "romanian", "ru": "russian|russia|ussr",
    "sa": "saudi|saudi arabian", "rs": "serbian", "sg": "singaporean", "sk": "slovak",
    "si": "slovenian|slovene", "so": "somali", "za": "south african", "ss": "south sudanese",
    "es": "spanish", "lk": "sri lankan", "sd": "sudanese", "se": "swedish", "ch": "swiss",
    "sy": "syrian|syria", "tw": "taiwanese|taiwan", "tj": "tajik|tajikistani",
    "tz": "tanzanian|tanzania", "th": "thai", "tn": "tunisian", "tr": "turkish|turkey|turkiye",
    "tm": "turkmen", "ug": "ugandan", "ua": "ukrainian", "ae": "emirati|uae|u a e",
    "us": "american|usa|u s a|u s|united states of america|united states",
    "uy": "uruguayan", "uz": "uzbek|uzbekistani", "ve": "venezuelan|venezuela",
    "vn": "vietnamese|vietnam|viet nam", "ye": "yemeni|yemen", "zm": "zambian",
    "zw": "zimbabwean", "bs": "bahamian", "bb": "barbadian", "bz": "belizean",
    "vg": "bvi|british virgin islands", "ky": "caymanian", "li": "liechtensteiner",
    "lu": "luxembourgish|luxembourger", "mc": "monegasque", "hk": "hong kong",
    "mo": "macau|macao", "bn": "bruneian", "np": "nepalese|nepali", "rw": "rwandan",
    "sn": "senegalese", "ci": "ivorian|ivory coast", "gn": "guinean", "ne": "nigerien",
    "bf": "burkinabe", "mr": "mauritanian", "ga": "gabonese", "mz": "mozambican",
    "na": "namibian", "bw": "botswanan|motswana", "mg": "malagasy", "mu": "mauritian",
    "is": "icelandic", "ad": "andorran", "sm": "sammarinese", "va": "vatican|holy see",
    "gt": "guatemalan", "hn": "honduran", "sv": "salvadoran|salvadorian", "cr": "costa rican",
    "do": "dominican republic", "jm": "jamaican", "tt": "trinidadian", "py": "paraguayan",
}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(name: str | None, code: str) -> None:
        if name:
            key = _key(name)
            if key:
                table.setdefault(key, code)

    try:
        import pycountry

        for c in pycountry.countries:
            code = c.alpha_2.lower()
            add(c.alpha_2, code)
            add(c.alpha_3, code)
            for attr in ("name", "official_name", "common_name"):
                name = getattr(c, attr, None)
                add(name, code)
                if name and "," in name:  # "Korea, Republic of" -> "Republic of Korea"
                    head, _, tail = name.partition(",")
                    add(f"{tail.strip()} {head.strip()}", code)
    except ImportError:  # pragma: no cover - a dependency
        pass
    try:
        from babel import Locale

        for lang in ("en", "fr", "de", "es"):
            for code, name in Locale(lang).territories.items():
                if len(code) == 2 and code.isalpha():
                    add(name, code.lower())
    except Exception:  # pragma: no cover - babel's data missing
        pass
    for code, phrases in _EXTRA.items():
        for phrase in phrases.split("|"):
            add(phrase, code)
    return table


def country_code(value: str) -> str | None:
    """The ISO 3166-1 alpha-2 code (lower case) of a country written any usual way (a
    name, an official name, a 2- or 3-letter code, an adjective, in English, French,
    German or Spanish); None when it is none of those."""
    key = _key(value or "")
    if not key:
        return None
    return _table().get(key)


#: Countries' names that are also given names (``SMITH, Jordan``): never read as a
#: country after a comma
_GIVEN = frozenset({"jordan", "israel", "georgia", "india", "chad", "kenya", "america",
                    "ireland", "france", "brazil", "salvador", "trinidad"})
#: Usual English short names of countries the ISO and locale names write otherwise
_SHORT_NAMES = ("russia|iran|syria|venezuela|vietnam|taiwan|hong kong|macau|macao|uae|dprk|"
                "north korea|south korea|laos|moldova|tanzania|palestine|burma|turkey|"
                "turkiye|ivory coast|belarus|czech republic|great britain|england|usa|"
                "united states|bvi|british virgin islands|bolivia|congo")


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    keys = {_key(p) for p in _SHORT_NAMES.split("|")}
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                if name := getattr(c, attr, None):
                    keys.add(_key(name))
    except ImportError:  # pragma: no cover - a dependency
        pass
    try:
        from babel import Locale

        keys.update(_key(n) for code, n in Locale("en").territories.items()
                    if len(code) == 2 and code.isalpha())
    except Exception:  # pragma: no cover - babel's data missing
        pass
    return frozenset(keys)


def country_name_code(value: str, *, given_too: bool = False) -> str | None:
    """``country_code`` of a country written by its English name (``Iran``, ``Russian
    Federation``, ``Hong Kong``), not a code, an adjective or a name that is also a
    person's given name (``Jordan``, ``Georgia``): None otherwise. What a name's tail
    after a comma may be read as (``ACME TRADING LLC, Iran``; ``MUNOZ HOYOS, German`` is
    a family name and a given name). ``given_too``: those given names are countries too
    (after an organisation's name)."""
    key = _key(value or "")
    if key not in _english_names() or (key in _GIVEN and not given_too):
        return None
    return _table().get(key)


@lru_cache(maxsize=65536)
def normalise_country(value: str) -> str:
    """``country_code(value)``, else the value in lower case (compared as written)."""
    return country_code(value) or _key(value or "")


def same_country(a: Iterable[str], b: Iterable[str]) -> set[str]:
    """The countries two lists of values share (as codes or, unknown, as written)."""
    return {normalise_country(x) for x in a if x and x.strip()} & {
        normalise_country(y) for y in b if y and y.strip()}
