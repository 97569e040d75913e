"""Given names and their short forms (hypocorisms): Ted / Theodore, Sasha / Alexander.

Two tables:

* the ``nicknames`` package (Carlton Northern and Nick Crews, Apache-2.0: a hand-curated
  table of 1,151 English given names and their nicknames, e.g. theodore → ted, teddy,
  theo), read from the CSV it ships;
* ``OWN`` below: diminutives the English table lacks, written down from the standard forms
  listed in Wikipedia's "Russian given name" (section *Diminutives*), "Hebrew name"
  nicknames (Bibi for Benjamin), "Hypocorism" (Spanish Pepe, Paco, Nacho ...) and German
  and Italian short forms (Hans, Sepp, Beppe, Fritz, Gigi), Hebrew ones (Yossi, Avi,
  Itzik): only pairs in common use, both ways.

Only a direct relation counts (one is a short form of the other), not two short forms of
one name: ``al`` is a short form of eight names. A full name of ``OWN`` also relates in
the other Latin spellings lists give it (``spellings``: Dmitriy, Dmitrii and Dmitri for
Dmitry, Andrei for Andrey, Yevgeny for Evgeny), so ``Dima Levin`` is ``LEVIN, Dmitriy``.
"""

from __future__ import annotations

from functools import lru_cache

#: canonical given name -> its short forms (lower case, ASCII)
OWN: dict[str, tuple[str, ...]] = {
    "aleksandr": ("sasha", "sanya", "shura", "alik"),
    "alexander": ("sasha", "sandro", "xander"),
    "aleksandra": ("sasha", "shura"),
    "aleksey": ("lyosha", "alyosha", "lesha"),
    "alexei": ("lyosha", "alyosha"),
    "anatoly": ("tolya",),
    "andrey": ("andryusha",),
    "anastasia": ("nastya", "asya"),
    "boris": ("borya",),
    "dmitry": ("dima", "mitya"),
    "dmitri": ("dima", "mitya"),
    "ekaterina": ("katya",),
    "yekaterina": ("katya",),
    "evgeny": ("zhenya",),
    "yevgeny": ("zhenya",),
    "ivan": ("vanya",),
    "konstantin": ("kostya",),
    "mikhail": ("misha",),
    "nikolai": ("kolya",),
    "nikolay": ("kolya",),
    "pavel": ("pasha",),
    "sergey": ("seryozha",),
    "sergei": ("seryozha",),
    "svetlana": ("sveta",),
    "tatiana": ("tanya",),
    "tatyana": ("tanya",),
    "vladimir": ("volodya", "vova", "vlad"),
    "volodymyr": ("volodya",),
    "vyacheslav": ("slava",),
    "yaroslav": ("slava",),
    "yury": ("yura",),
    "yuri": ("yura",),
    "natalia": ("natasha",),
    "natalya": ("natasha",),
    "maria": ("masha",),
    "olga": ("olya",),
    "benjamin": ("bibi",),
    "binyamin": ("bibi",),
    "jose": ("pepe", "ze"),
    "francisco": ("paco", "pancho", "curro"),
    "ignacio": ("nacho",),
    "guillermo": ("memo",),
    "enrique": ("quique",),
    "manuel": ("manolo",),
    "johannes": ("hans", "jo"),
    "josef": ("sepp",),
    "giuseppe": ("beppe", "peppe", "pino"),
    "giovanni": ("gianni", "nanni"),
    "salvatore": ("toto",),
    "abdulaziz": ("aziz",),
    # more Russian diminutives (same source), Hebrew, Italian, Spanish, German, French
    "grigory": ("grisha",), "grigoriy": ("grisha",), "pyotr": ("petya",), "petr": ("petya",),
    "fyodor": ("fedya",), "fedor": ("fedya",), "viktor": ("vitya",), "gennady": ("gena",),
    "gennadiy": ("gena",), "irina": ("ira",), "yelena": ("lena",), "elena": ("lena",),
    "lyudmila": ("lyuda", "mila"), "nadezhda": ("nadya",), "galina": ("galya",),
    "valery": ("valera",), "valeriy": ("valera",), "semyon": ("senya",),
    "stepan": ("styopa",), "roman": ("roma",), "georgy": ("zhora", "gosha"),
    "arkady": ("arkasha",), "leonid": ("lyonya",),
    "yevgenia": ("zhenya",), "vasily": ("vasya",), "vasiliy": ("vasya",),
    "timofey": ("tima",), "kirill": ("kirya",), "ilya": ("ilyusha",),
    "yosef": ("yossi",), "avraham": ("avi",), "yitzhak": ("itzik",), "shmuel": ("shmulik",),
    "luigi": ("gigi",), "filippo": ("pippo",), "antonino": ("nino",), "rafael": ("rafa",),
    "eduardo": ("lalo",), "jesus": ("chucho", "chuy"), "fernando": ("nando",),
    "friedrich": ("fritz",), "heinrich": ("heinz",), "ulrich": ("uli",),
    "bernhard": ("bernd",), "gerhard": ("gerd",), "nikolaus": ("klaus",),
    "emmanuel": ("manu",), "emanuel": ("manu",), "joseph": ("jupp",), "alexandra": ("sasha",),
}


def spellings(full: str) -> set[str]:
    """A Slavic given name's other usual Latin spellings (the transliteration systems of
    the lists: BGN/PCGN, the passport system, ISO): a final ``y`` after a consonant as
    ``iy``, ``ii`` or ``i``; a final ``ey`` / ``ay`` as ``ei`` / ``ai`` and ``ej`` /
    ``aj``; a first ``ye`` before a consonant as ``e``, and ``ev``, ``ek``, ``el`` as
    ``yev``, ``yek``, ``yel`` (Yevgeny, Yekaterina, Yelena)."""
    out = {full}
    if len(full) >= 4 and full.endswith("y") and full[-2] not in "aeiouy":
        out |= {full[:-1] + "iy", full[:-1] + "ii", full[:-1] + "i"}
    elif len(full) >= 4 and full[-2:] in ("ey", "ay"):
        out |= {full[:-1] + "i", full[:-1] + "j"}
    for one in list(out):
        if one.startswith("ye") and len(one) > 3 and one[2] not in "aeiouy":
            out.add(one[1:])
        elif one.startswith("e") and len(one) > 2 and one[1] in "vkl":  # (Evgeny, Elena)
            out.add("y" + one)
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}

    def add(full: str, short: str) -> None:
        if full != short and len(short) >= 2:
            pairs.setdefault(full, set()).add(short)
            pairs.setdefault(short, set()).add(full)

    try:
        from nicknames import NickNamer
    except ImportError:  # pragma: no cover - the dependency is declared
        lookup: dict[str, set[str]] = {}
    else:
        lookup = NickNamer().nickname_lookup
    for full, shorts in lookup.items():
        for short in shorts:
            if full.isascii() and short.isascii() and full.isalpha() and short.isalpha():
                add(full, short)
    for full, own in OWN.items():
        for spelt in spellings(full):
            for short in own:
                add(spelt, short)
    return {k: frozenset(v) for k, v in pairs.items()}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of the tables (full names and short forms, 4 letters or more)."""
    return frozenset(k for k in _table() if len(k) >= 4)


def related(a: str, b: str) -> bool:
    """Whether one of the two (lower-case) given names is a short form of the other."""
    found = _table().get(a)
    return found is not None and b in found


__all__ = ["OWN", "given_names", "related", "spellings"]
