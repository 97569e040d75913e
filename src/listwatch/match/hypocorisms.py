"""Given names and their short forms (hypocorisms): Ted / Theodore, Sasha / Alexander.

Two tables:

* the ``nicknames`` package (Carlton Northern and Nick Crews, Apache-2.0: a hand-curated
  table of 1,151 English given names and their nicknames, e.g. theodore → ted, teddy,
  theo), read from the CSV it ships;
* ``OWN`` below: diminutives the English table lacks, written down from the standard forms
  listed in Wikipedia's "Russian given name" (section *Diminutives*), "Hebrew name"
  nicknames (Bibi for Benjamin), "Hypocorism" (Spanish Pepe, Paco, Nacho ...) and German
  and Italian short forms (Hans, Sepp, Beppe, Fritz, Gigi), Hebrew ones (Yossi, Avi,
  Itzik): only pairs in common use, both ways;
* ``WORLD``: short forms in Polish, Czech and Slovak, Hungarian, Portuguese, Spanish
  (Catalan, Basque), Italian, Greek, Dutch, German, Romanian, Bulgarian, Serbian and
  Croatian, each language written down from its own Wikipedia article on its given
  names (Kasia for Katarzyna, Pista for István, Zé for José, Kostas for Konstantinos,
  Kees for Cornelis);
* ``NATIONAL``: a Russian given name's Ukrainian and Belarusian forms as their bearers'
  passports write them (Mykola, Mikalai for Nikolai; Siarhei for Sergey), one name.

Only a direct relation counts (one is a short form of the other), not two short forms of
one name: ``al`` is a short form of eight names. A full name of ``OWN`` also relates in
the other Latin spellings lists give it (``spellings``: Dmitriy, Dmitrii and Dmitri for
Dmitry, Andrei for Andrey, Yevgeny for Evgeny), so ``Dima Levin`` is ``LEVIN, Dmitriy``.
A pair of ``OWN``, ``WORLD`` or ``NATIONAL`` also relates in another romanisation of either
name (``_folded_table``: German ``Sascha``, ``Tanja``, ``Dmitrij``; ``Mariya``), on the
spelling rules of ``inflection.spelling_key``; the English table's pairs do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz.distance import OSA

from listwatch.match.inflection import spelling_key

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

#: short forms of given names in other languages, each language from its own Wikipedia
#: article on the language's given names (diminutives and hypocorisms in common use;
#: canonical name -> short forms, lower case, ASCII as the lists write them; a name of
#: several languages holds the forms of each: Jozef, Polish, Slovak and Dutch)
WORLD: dict[str, tuple[str, ...]] = {
    # Polish ("Polish name", section Diminutives)
    "aleksandra": ("ola", "ala"), "aleksander": ("olek",), "agnieszka": ("aga",),
    "andrzej": ("jedrek",), "anna": ("ania", "anka"), "barbara": ("basia",),
    "bartlomiej": ("bartek",), "boguslaw": ("bogus",), "elzbieta": ("ela",),
    "grzegorz": ("grzesiek", "grzes"), "jakub": ("kuba",), "jan": ("janek", "honza", "jano"),
    "jaroslaw": ("jarek",), "jerzy": ("jurek",), "jozef": ("jozek", "jozio", "jozo", "jozko", "jos"),
    "joanna": ("asia",), "katarzyna": ("kasia",), "kazimierz": ("kazik",),
    "krzysztof": ("krzys", "krzysiek"), "magdalena": ("magda",),
    "malgorzata": ("gosia", "malgosia"), "piotr": ("piotrek",),
    "przemyslaw": ("przemek",), "stanislaw": ("staszek", "stas"), "tadeusz": ("tadek",),
    "tomasz": ("tomek",), "waldemar": ("waldek",), "wladyslaw": ("wladek",),
    "wlodzimierz": ("wlodek",), "wojciech": ("wojtek",), "zbigniew": ("zbyszek",),
    "zofia": ("zosia",), "ireneusz": ("irek",), "arkadiusz": ("arek",),
    "dariusz": ("darek",), "jadwiga": ("jadzia",), "urszula": ("ula",), "jolanta": ("jola",),
    "krystyna": ("krysia",), "leszek": ("lech",),
    # Czech and Slovak ("Czech name"; "Slovak name")
    "jiri": ("jirka",), "vaclav": ("vasek",), "frantisek": ("franta",),
    "jaroslav": ("jarda", "jaro"), "josef": ("pepa", "pepik"),
    "petr": ("peta",), "miroslav": ("mirek",), "vladimir": ("vlada", "vlado"),
    "zdenek": ("zdenda",), "ladislav": ("lada",), "stanislav": ("standa",),
    "katerina": ("katka",), "lucie": ("lucka",), "michal": ("misa",), "ondrej": ("ondra",),
    "zuzana": ("zuzka",), "tereza": ("terka",), "vojtech": ("vojta",),
    "antonin": ("tonda",), "bedrich": ("beda",), "ludmila": ("lida",),
    "dagmar": ("dasa",), "jindrich": ("jindra",),
    # Hungarian ("Hungarian name", becenév)
    "istvan": ("pista", "pisti"), "erzsebet": ("erzsi", "zsoka"), "jozsef": ("joska", "jozsi"),
    "laszlo": ("laci",), "ferenc": ("feri",), "gyorgy": ("gyuri",), "janos": ("jani", "jancsi"),
    "sandor": ("sanyi",), "andras": ("bandi",), "mihaly": ("misi", "miska"),
    "tamas": ("tomi",), "gabor": ("gabi",), "katalin": ("kati", "kata"), "zoltan": ("zoli",),
    "peter": ("peti",), "robert": ("robi",), "karoly": ("karcsi",),
    "zsuzsanna": ("zsuzsa", "zsuzsi"), "ildiko": ("ildi",), "orsolya": ("orsi",),
    "eszter": ("eszti",), "agnes": ("agi",), "maria": ("mari", "marika", "marysia"),
    "gergely": ("gergo",), "miklos": ("miki",), "gaspar": ("gazsi",),
    "zsigmond": ("zsiga",), "tibor": ("tibi",), "krisztina": ("kriszti",),
    "judit": ("jutka",), "ilona": ("ilonka", "ica"), "rozalia": ("rozsi",), "jeno": ("jenci",),
    # Portuguese and Brazilian ("Portuguese name"; "Hypocorism")
    "jose": ("ze", "zeca"), "francisco": ("chico", "xico"), "antonio": ("toninho", "tonho", "toni"),
    "eduardo": ("dudu",), "luis": ("lula",), "luiz": ("lula",), "manuel": ("mane", "manel"),
    "joaquim": ("quim",), "roberto": ("beto",), "alberto": ("beto",),
    "sebastiao": ("tiao",), "josefa": ("zefa", "pepa"), "beatriz": ("bia",),
    "gabriela": ("gabi",), "isabel": ("bel", "isa", "chabela"), "francisca": ("chica", "paca"),
    # Spanish, Catalan and Basque ("Hypocorism", Spanish; "Spanish naming customs")
    "dolores": ("lola",), "rosario": ("charo",), "concepcion": ("concha", "conchita"),
    "guadalupe": ("lupe",), "mercedes": ("merche",), "alfonso": ("poncho",),
    "ramon": ("moncho",), "santiago": ("santi", "chago"), "gregorio": ("goyo",),
    "gonzalo": ("chalo",), "consuelo": ("chelo",), "federico": ("fede",),
    "joaquin": ("quino",), "alejandro": ("alejo",), "francesc": ("cesc",),
    "xabier": ("xabi",), "xavier": ("xavi", "xabi"), "ignacia": ("nacha",),
    # Italian ("Italian name"; "Hypocorism")
    "vincenzo": ("enzo",), "giovanna": ("gianna", "nina"), "francesco": ("franco", "checco"),
    "domenico": ("mimmo",), "lorenzo": ("renzo",), "raffaele": ("lello",),
    "gaetano": ("tano",), "emanuele": ("lele",), "gabriele": ("lele", "gabi"),
    "margherita": ("rita",), "elisabetta": ("betta",), "giuseppina": ("pina",),
    "calogero": ("lillo",), "salvatore": ("turi",), "giovanni": ("nino", "vanni"),
    # Greek ("Greek name", diminutives)
    "konstantinos": ("kostas", "kostis", "dinos"), "georgios": ("giorgos", "yiorgos"),
    "dimitrios": ("dimitris", "mitsos", "takis", "mimis"), "panagiotis": ("panos", "takis"),
    "ioannis": ("giannis", "yannis"), "evangelos": ("vangelis",), "nikolaos": ("nikos",),
    "athanasios": ("thanasis", "sakis"), "vasileios": ("vasilis", "vassilis"),
    "spyridon": ("spyros",), "emmanouil": ("manolis",), "anastasios": ("tasos", "tassos"),
    "stylianos": ("stelios",), "alkiviadis": ("alkis",), "aristotelis": ("aris",),
    "aristeidis": ("aris",), "charalampos": ("babis", "charis"), "efstathios": ("stathis",),
    "michail": ("michalis",), "theodoros": ("thodoris",), "stavroula": ("voula",),
    "eleftherios": ("lefteris",), "sotirios": ("sotiris",), "grigorios": ("grigoris",),
    "stamatios": ("stamatis",), "ekaterini": ("katerina",),
    # Dutch ("Dutch name"; given names and their short forms)
    "johannes": ("jan", "joop", "hannes"), "cornelis": ("kees", "cees", "cor"),
    "hendrik": ("henk", "hein"), "hendrikus": ("henk",), "wilhelmus": ("wim", "willem"),
    "gerardus": ("gerard", "gert", "ger"), "jacobus": ("jaap", "koos"),
    "petrus": ("piet",), "adrianus": ("arie", "adri"), "antonius": ("anton", "toon", "toine"),
    "theodorus": ("theo", "dorus"), "franciscus": ("frans",), "nicolaas": ("nico", "klaas"),
    "mathijs": ("thijs",), "gijsbert": ("gijs",), "johanna": ("joke", "hanna"),
    "wilhelmina": ("willemien", "mien"), "catharina": ("toos", "rina"),
    "petronella": ("nel", "nelly"), "reinier": ("rein",), "bernardus": ("ben",),
    "lambertus": ("bert",), "albertus": ("bert",), "hubertus": ("huub",), "marinus": ("rinus",),
    # German ("German name"; "Hypocorism")
    "wolfgang": ("wolf",), "andreas": ("andi",), "johann": ("hans", "hansi"),
    "joachim": ("achim",), "dietrich": ("dieter",), "adolf": ("adi",), "rudolf": ("rudi",),
    "rudiger": ("rudi",), "ruediger": ("rudi",), "siegfried": ("siggi",),
    "elisabeth": ("liesl", "lies", "betti"), "margarete": ("grete", "gretel", "marga"),
    "katharina": ("kathi", "kati", "kathe", "kaethe"), "franziska": ("franzi",),
    "christine": ("christel", "tina"), "ursula": ("uschi", "ulla"),
    "gertrud": ("trude", "traudl"), "brigitte": ("gitte", "biggi"), "charlotte": ("lotte",),
    "hannelore": ("hanne",), "wilhelm": ("willi", "willy"), "ulrike": ("uli", "ulla"),
    "maximilian": ("maxi",), "theodor": ("theo",), "leopold": ("poldi",),
    "susanne": ("susi",), "stefanie": ("steffi",), "hedwig": ("hedi", "hedy"),
    "veronika": ("vroni",), "adelheid": ("heidi",), "ferdinand": ("ferdi",),
    "cornelia": ("conny",), "sebastian": ("basti",),
    # Romanian ("Romanian name")
    "gheorghe": ("ghita", "gica"), "ion": ("ionel", "nelu", "ionica"), "vasile": ("vasi", "sile"),
    "constantin": ("costel", "costica", "titi"), "nicolae": ("nicu", "nae"),
    "dumitru": ("mitica",), "mihai": ("mihaita",), "alexandru": ("sandu",),
    "stefan": ("fane", "stefanita"), "elena": ("lenuta",), "daniela": ("danuta",),
    "teodor": ("doru",), "aurel": ("relu",), "valentin": ("vali",),
    # Bulgarian ("Bulgarian name")
    "dimitar": ("mitko",), "aleksandar": ("sasho",), "georgi": ("gosho",), "nikolay": ("kolyo",),
    "todor": ("tosho",), "petar": ("pesho",), "yordan": ("dancho",), "atanas": ("nasko",),
    "krasimir": ("krasi",), "lyubomir": ("lyubo",),
    # Serbian and Croatian ("Serbian name"; "Croatian name")
    "tomislav": ("tomo",), "stjepan": ("stipe", "stipo"), "josip": ("joza",),
    "slobodan": ("sloba", "boba"), "zoran": ("zoki",), "dragoljub": ("draza",),
    "bozidar": ("bozo",), "ljubomir": ("ljubo",), "srdjan": ("srdja",), "jovan": ("jovo",),
    "dusan": ("dule",), "milos": ("misa",),
}

#: a Russian given name's Ukrainian and Belarusian forms, as their bearers' passports and
#: the lists write them ("Ukrainian name" and "Belarusian name", and the national
#: romanisations of each: Aliaksandr Lukashenka for Alexander Lukashenko): one name
NATIONAL: dict[str, tuple[str, ...]] = {
    "aleksandr": ("oleksandr", "aliaksandr", "alyaksandr"),
    "alexander": ("oleksandr", "aliaksandr", "alyaksandr"),
    "sergey": ("serhiy", "serhii", "siarhei", "siarhej", "sergii"),
    "sergei": ("serhiy", "serhii", "siarhei", "sergii"),
    "nikolai": ("mykola", "mikalai"), "nikolay": ("mykola", "mikalai"),
    "evgeny": ("yevhen", "yauhen", "jauhen", "yevheniy"), "yevgeny": ("yevhen", "yauhen"),
    "gennady": ("hennadiy", "hennadii", "henadz", "hienadz"),
    "olga": ("olha", "volha"), "vladimir": ("uladzimir", "uladzmir"),
    "volodymyr": ("uladzimir",), "igor": ("ihor", "ihar"),
    "dmitry": ("dmytro", "dzmitry", "dzmitryi"), "mikhail": ("mykhailo", "mikhailo", "mikhas"),
    "pavel": ("pavlo", "paval"), "grigory": ("hryhoriy", "hryhorii", "ryhor"),
    "georgy": ("heorhiy", "heorhii"), "viktor": ("viktar",), "andrey": ("andriy", "andrii"),
    "vasily": ("vasyl", "vasil"), "leonid": ("leanid",), "yelena": ("olena", "alena"),
    "tatyana": ("tetiana", "tetyana", "tatsiana"), "irina": ("iryna",),
    "svetlana": ("sviatlana", "svitlana"), "galina": ("halyna", "halina"),
    "lyudmila": ("liudmyla", "lyudmyla"), "nadezhda": ("nadiya", "nadzeya"),
    "anatoly": ("anatoliy", "anatol"), "yury": ("yurii", "yuriy", "yuras"),
    "aleksey": ("oleksiy", "oleksii", "aliaksei"), "pyotr": ("petro", "piatro"),
    "stepan": ("stsiapan",), "valentina": ("valentyna",), "natalia": ("nataliya", "natallia"),
    "anna": ("hanna",), "maria": ("mariya",), "nikita": ("mikita",),
    "konstantin": ("kostiantyn", "kanstantsin"), "vyacheslav": ("viacheslav", "viachaslau"),
    "yaroslav": ("yaraslau",), "stanislav": ("stanislau",), "vitaly": ("vitaliy", "vitali"),
    "oleg": ("oleh", "aleh"), "boris": ("barys",), "fyodor": ("fedir", "fiodar"),
    "semyon": ("semen", "siamion"), "timofey": ("tsimafei",), "kirill": ("kiryl", "kyrylo"),
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


def _own_pairs() -> Iterator[tuple[str, str]]:
    """The (name, short form) pairs of our own tables: ``OWN`` and ``WORLD`` in every spelling
    of the full name, then ``NATIONAL``'s (both ways)."""
    for table in (OWN, WORLD):
        for full, own in table.items():
            for spelt in spellings(full):
                for short in own:
                    yield spelt, short
    yield from _national_pairs()


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
    for spelt, short in _own_pairs():
        add(spelt, short)
    return {k: frozenset(v) for k, v in pairs.items()}


@lru_cache(maxsize=1)
def _national_pairs() -> frozenset[tuple[str, str]]:
    """``NATIONAL``'s pairs (both ways), in every spelling of the Russian name; not those
    one edit apart (Oleg / Oleh), which words one typo apart already meet, closer."""
    out = set()
    for full, forms in NATIONAL.items():
        for spelt in spellings(full):
            for form in forms:
                if OSA.distance(spelt, form, score_cutoff=1) > 1:
                    out |= {(spelt, form), (form, spelt)}
    return frozenset(out)


def national(a: str, b: str) -> bool:
    """Whether one of the two (lower-case) given names is the other's Ukrainian or
    Belarusian form (``NATIONAL``): one name in two languages, not a short form."""
    return (a, b) in _national_pairs()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of the tables (full names and short forms, 4 letters or more)."""
    return frozenset(k for k in _table() if len(k) >= 4)


@lru_cache(maxsize=1)
def _folded_table() -> dict[str, frozenset[str]]:
    """The pairs of ``OWN``, ``WORLD`` and ``NATIONAL`` on spelling keys
    (``inflection.spelling_key``: the rules on which the Latin romanisations of one
    Cyrillic name meet, ``j`` and ``y``, ``w`` and ``v``, ``sch`` and ``sh``, ``x`` and
    ``ks``, ``ie`` / ``ye`` / ``je``, double letters): a short form or a full name written
    in another romanisation than the table's (German Sascha, Tanja, Wasja; Dmitrij,
    Alexandr, Mariya) meets its pair. Not the English table's pairs: those rules are no
    spellings of English names (Jan / Yan, Annie / Anne). Pairs whose two names have one
    key are left out (one word's spellings)."""
    out: dict[str, set[str]] = {}

    def add(a: str, b: str) -> None:
        ka, kb = spelling_key(a), spelling_key(b)
        if ka != kb and len(b) >= 2:
            out.setdefault(ka, set()).add(kb)
            out.setdefault(kb, set()).add(ka)

    for spelt, short in _own_pairs():
        add(spelt, short)
    return {k: frozenset(v) for k, v in out.items()}


#: ``spelling_key`` of the words ``folded_related`` met (cleared at the bound)
_KEYS: dict[str, str] = {}
_KEYS_MAX = 100_000


def _key(word: str) -> str:
    key = _KEYS.get(word)
    if key is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        key = _KEYS[word] = spelling_key(word)
    return key


def related(a: str, b: str) -> bool:
    """Whether one of the two (lower-case) given names is a short form of the other, as
    the tables write them or in another romanisation (``_folded_table``: Sascha /
    Aleksandr, Tanja / Tatyana, Dima / Dmitrij: words of three letters or more)."""
    found = _table().get(a)
    if found is not None and b in found:
        return True
    return folded_related(a, b)


def folded_related(a: str, b: str) -> bool:
    """``related``'s second look-up: the two words' spelling keys paired in
    ``_folded_table`` (words of three letters or more)."""
    if len(a) < 3 or len(b) < 3:
        return False
    found = _folded_table().get(_key(a))
    return found is not None and _key(b) in found


__all__ = ["NATIONAL", "OWN", "WORLD", "folded_related", "given_names", "national", "related",
           "spellings"]
