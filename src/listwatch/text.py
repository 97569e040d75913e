"""Text helpers shared by matching, screening, news and history (a low layer: imports
nothing of listwatch): the key names are compared under in text (ASCII, lower case,
single spaces), the legal forms and descriptors that end a company name, and the
defusing of spreadsheet formulas in CSV output."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Legal forms and descriptors that end a company name (case-sensitive tokens).
LEGAL_SUFFIXES: tuple[str, ...] = (
    "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited",
    "Inc", "Inc.", "Incorporated", "Group", "Holdings", "Holding", "Technologies",
    "Technology", "Tech", "SA", "S.A.", "SAS", "SE", "AG", "GmbH", "PLC", "plc", "LLC",
    "LLP", "NV", "N.V.", "BV", "Industries", "Industry", "International", "Electronics",
    "Systems", "Enterprises", "Sdn", "Bhd", "Pte", "JSC", "PJSC", "OJSC", "OOO", "SpA",
    "S.p.A.", "Sarl", "KK", "Oyj", "ASA",
)
#: The same without their final dot.
SUFFIX_WORDS: frozenset[str] = frozenset(s.rstrip(".") for s in LEGAL_SUFFIXES)


@lru_cache(maxsize=1024)
def name_key(text: str) -> str:
    """Lower-case ASCII with single spaces; the form names are compared in (cached: the
    news reader asks for the same few words of an article again and again)."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", anyascii(text).lower()).split())


def core_name(name: str) -> str:
    """A name without its trailing legal forms and descriptors ("Xiaomi Corp" → "Xiaomi")."""
    toks = name.replace(",", " ").split()
    while len(toks) > 1 and toks[-1].rstrip(".") in SUFFIX_WORDS:
        toks.pop()
    return " ".join(toks)


@lru_cache(maxsize=1)
def _legal_words() -> frozenset[str]:
    return frozenset(name_key(s) for s in LEGAL_SUFFIXES)


_NAME_SYMBOLS = (("+", " plus "), ("&", " and "))


def bare_key(name: str) -> str:
    """``name_key`` without trailing legal forms ("Xiaomi Corp" and "Xiaomi" → "xiaomi").
    A symbol inside a name is spelt out, so a name is not cut at it ("EN+ Group plc",
    "En+" → "en plus", never "en")."""
    legal = _legal_words()
    for sym, word in _NAME_SYMBOLS:
        name = name.replace(sym, word)
    toks = name_key(name).split()
    while len(toks) > 1 and toks[-1] in legal:
        toks.pop()
    return " ".join(toks)


#: What a spreadsheet reads as the start of a formula (``batch_io.neutralised`` is the
#: same rule on Arrow arrays).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Defuse CSV injection: a text cell starting with = + - @ (or tab/CR) gets a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def phrase_words(phrase: str) -> list[str]:
    """A phrase's words, elisions cut ("l'Eelam" -> "Eelam", « d'action » -> "action"), hyphens
    split, quotes and brackets stripped, letters folded to ASCII."""
    out = []
    for w in re.split(r"[\s\-]+", anyascii(phrase)):
        w = re.sub(r"^(?:[ldLD]|qu|QU)['’]", "", w.strip(",.;:“”\"'‘’«»()"))
        if w:
            out.append(w)
    return out
