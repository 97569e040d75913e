"""Feature functions of the scorer. Each returns ``(score in 0..1, detail)``.

A feature's docstring is its explanation: the scorer shows its first line next to the
weight and the detail. Name features receive the best pair of normalised names; entity
features receive the two entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import OSA

from listwatch.countries import normalise_country
from listwatch.match.names import compare_names, cut_short, written_text
from listwatch.match.normalize import NormName
from listwatch.match.vocab import FORM_FAMILY, NUMBER_WORDS
from listwatch.partial_dates import PartialDate, try_parse


@dataclass
class Entity:
    """What the scorer compares: a schema, names and optional qualifiers."""

    schema: str
    names: list[str]
    country: list[str] = field(default_factory=list)
    birth_date: list[str] = field(default_factory=list)
    identifiers: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def coerce(cls, value: Any) -> Entity:
        """Build from an Entity, a dict (``schema``, ``names``/``name`` …) or a Record."""
        if isinstance(value, Entity):
            return value
        if isinstance(value, dict):
            names = value.get("names") or value.get("name") or []
            return cls(
                schema=value.get("schema") or "LegalEntity",
                names=[names] if isinstance(names, str) else list(names),
                country=_as_list(value.get("country")),
                birth_date=_as_list(value.get("birth_date")),
                identifiers={k: _as_list(v) for k, v in (value.get("identifiers") or {}).items()},
            )
        if hasattr(value, "names") and hasattr(value, "properties"):
            props = value.properties
            idents = {p: list(props[p]) for p in ID_PROPERTIES if p in props}
            return cls(
                schema=value.schema,
                names=list(value.names()),
                country=list(props.get("country", [])) + list(props.get("nationality", [])),
                birth_date=list(props.get("birthDate", [])),
                identifiers=idents,
            )
        raise TypeError(f"cannot compare a {type(value).__name__}")


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v]


#: Record properties read as identifiers (see model.py).
ID_PROPERTIES = (
    "isin",
    "imoNumber",
    "passportNumber",
    "idNumber",
    "taxNumber",
    "registrationNumber",
    "uscCode",
    "leiCode",
    "swiftBic",
    "mmsi",
)

#: Name features may also take ``explain=False`` (see ``Scorer._name_pair``).
NameFeature = Callable[..., tuple[float, str]]
EntityFeature = Callable[[Entity, Entity], tuple[float, str]]


def name_similarity(a: NormName, b: NormName, explain: bool = True) -> tuple[float, str]:
    """Name similarity: aligned name words (typos, initials, order, missing middle names)."""
    res = compare_names(a, b, explain)
    if not explain:
        return res.score, ""
    return res.score, f"{a.original!r} vs {b.original!r}: {res.detail}"


def number_mismatch(a: NormName, b: NormName) -> tuple[float, str]:
    """Numbers in the names differ (a different fund, series, branch or year)."""
    na, nb = set(a.numbers), set(b.numbers)
    if na == nb:
        return 0.0, "same numbers" if na else "no numbers"
    if na and nb:
        da, db = "".join(a.numbers), "".join(b.numbers)
        if all(len(t) <= 2 for t in (*a.tokens, *b.tokens)) and da != db and not (
                min(len(da), len(db)) >= 4 and OSA.distance(da, db, score_cutoff=1) <= 1):
            # letters of a code and its number (aircraft registrations YV2965 / YV3033,
            # unit codes P-835): the number is the name, unless its digits are the same
            # grouped otherwise (MS1-3 / MS-13) or one digit of a long number was mistyped
            # (RA-28021 / RA-28012): worth a look
            return 1.0, f"codes with other numbers: {sorted(na)} vs {sorted(nb)}"
        return 0.5, f"numbers differ: {sorted(na)} vs {sorted(nb)}"
    if a.text.replace(" ", "") == b.text.replace(" ", ""):
        # (``SARAII`` / ``SARA II``: the number run into the word before it, the same
        # letters; written apart, the words are another name's)
        return 0.0, "the number written run together with a word on one side"
    if (na or nb) == {"1"} and "i" in (b.tokens if na else a.tokens):
        # (a closing ``I`` read as the first of a series, ``FUND I``, where the other name
        # holds ``I`` as a word: the conjunction of a Russian name, ``NAUCHNO-ISSLEDOVATELSKII
        # I KONSTRUKTORSKII``, its words in another order)
        return 0.0, "a closing I the other name holds as a word"
    cut = cut_short(a, b)
    if cut is not None and not (na if len(a.text) < len(b.text) else nb) \
            and not _only_numbers_after(cut[0], b if cut[0] is a else a):
        return 0.0, "numbers only in the part the shorter name cuts off"
    return 1.0, f"number only on one side: {sorted(na | nb)}"


def _only_numbers_after(short: NormName, long_: NormName) -> bool:
    """Whether all the longer name adds to the shorter one is a number (``FUND`` /
    ``FUND 6``, ``TRUST`` / ``TRUST VII``, ``FUND TWO``), or a number and a class letter
    after it (``FUND II-A``): a series marker, not a name cut short."""
    rest = written_text(long_)[len(written_text(short)):].split()
    if not rest:
        return False
    for i, w in enumerate(rest):
        if not (w.isdigit() or w in NUMBER_WORDS or _ROMAN_WORD.match(w)
                or (i and len(w) == 1 and w.isalpha())):
            return False
    return True


_ROMAN_WORD = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def legal_form_conflict(a: NormName, b: NormName) -> tuple[float, str]:
    """Legal forms conflict (e.g. AG vs GmbH); Co vs Corp vs Inc is only a mild difference."""
    fa, fb = a.forms, b.forms
    if not fa or not fb or fa & fb:
        return 0.0, "forms agree" if fa and fb else "no form to compare"
    fam_a = {FORM_FAMILY.get(f, "generic") for f in fa} - {"generic"}
    fam_b = {FORM_FAMILY.get(f, "generic") for f in fb} - {"generic"}
    if fam_a and fam_b and not fam_a & fam_b:
        return 1.0, f"different kinds of company: {sorted(fa)} vs {sorted(fb)}"
    return 0.1, f"different legal forms: {sorted(fa)} vs {sorted(fb)}"


_ID_CLEAN = re.compile(r"[^0-9A-Z]")


def normalize_identifier(value: str, prop: str = "") -> str:
    """Upper-case letters and digits only; an ``idNumber`` "Type: VALUE" keeps the value."""
    raw = value.split(":", 1)[1] if ":" in value and prop in ("idNumber", "") else value
    return _ID_CLEAN.sub("", raw.upper())


def _ids(entity: Entity) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, values in entity.identifiers.items():
        for v in values:
            clean = normalize_identifier(v, kind)
            if len(clean) >= 5:
                out[clean] = kind
    return out


def identifier_match(a: Entity, b: Entity) -> tuple[float, str]:
    """An identifier (ISIN, IMO, passport, registration, USCC …) is the same on both sides."""
    ia, ib = _ids(a), _ids(b)
    common = sorted(set(ia) & set(ib))
    if common:
        return 1.0, f"same {ia[common[0]]}: {common[0]}"
    return 0.0, "no shared identifier" if ia and ib else "no identifiers to compare"


def identifier_mismatch(a: Entity, b: Entity) -> tuple[float, str]:
    """Both sides carry the same kind of strong identifier and every value differs."""
    ia, ib = _ids(a), _ids(b)
    if set(ia) & set(ib):
        return 0.0, "an identifier agrees"
    kinds = set(ia.values()) & set(ib.values()) & {"isin", "imoNumber", "leiCode", "uscCode"}
    if kinds:
        return 1.0, f"different {min(kinds)}"
    return 0.0, "no conflicting identifier"


def _norm_country(value: str) -> str:
    """One value for a country however written: Russian Federation, Russia, RU, RUS and
    Russian are ``ru`` (``listwatch.countries``)."""
    return normalise_country(value)


def country_mismatch(a: Entity, b: Entity) -> tuple[float, str]:
    """Both sides give a country and none is shared (names, codes and adjectives of a
    country are one value)."""
    ca = {_norm_country(c) for c in a.country if c.strip()}
    cb = {_norm_country(c) for c in b.country if c.strip()}
    if not ca or not cb:
        return 0.0, "country not given on both sides"
    if ca & cb:
        return 0.0, f"same country: {min(ca & cb)}"
    return 1.0, f"countries differ: {sorted(ca)} vs {sorted(cb)}"


def birth_date_mismatch(a: Entity, b: Entity) -> tuple[float, str]:
    """Persons: birth dates given on both sides disagree (year: fully; day: partly)."""
    da, bad_a = _dates(a.birth_date)
    db, bad_b = _dates(b.birth_date)
    unread = f" (not read as dates, left out: {bad_a + bad_b})" if bad_a or bad_b else ""
    if not da or not db:
        return 0.0, "birth date not given on both sides" + unread
    # each date is the interval of days it may be (1952 = every day of 1952): dates
    # agree when their intervals meet, so a partial date is compared at its precision
    for x in da:
        for y in db:
            if x.overlaps(y):
                return 0.0, f"birth dates agree: {x} / {y}" + unread
    sa, sb = [str(x) for x in da], [str(y) for y in db]
    if set().union(*(x.years() for x in da)) & set().union(*(y.years() for y in db)):
        return 0.5, f"same birth year, other day: {sa} vs {sb}" + unread
    return 1.0, f"birth dates differ: {sa} vs {sb}" + unread


def birth_date_match(a: Entity, b: Entity) -> tuple[float, str]:
    """Persons: a full birth date given on both sides is the same day (1 January aside)."""
    if not (_PERSONLIKE.get(a.schema) and _PERSONLIKE.get(b.schema)):
        return 0.0, f"not two persons: {a.schema} / {b.schema}"
    days_a = {d.lo for d in _dates(a.birth_date)[0] if _telling_day(d)}
    if not days_a:
        return 0.0, "no full birth date to compare"
    same = sorted(days_a & {d.lo for d in _dates(b.birth_date)[0] if _telling_day(d)})
    if same:
        return 1.0, f"same birth date: {same[0].isoformat()}"
    return 0.0, "no full birth date the same on both sides"


def _telling_day(d: PartialDate) -> bool:
    """A date of one day that is not 1 January: the lists write 1 January for a day they
    do not know (330 of the 8,547 full birth dates of the current persons of the OFAC,
    OFSI, UN and CSL lists, 14 times a day's share), and client files do the same, so
    two such dates agree on a year only."""
    return d.precision == "day" and (d.lo.month, d.lo.day) != (1, 1)


#: Schemas that may name a person: two entities of these may share a birth date
_PERSONLIKE = {"Person": True, "LegalEntity": True, "Thing": True}


def _dates(values: list[str]) -> tuple[list[PartialDate], list[str]]:
    """The dates among ``values`` and the values that are none (never held against a
    match: an unreadable qualifier only leaves the comparison out)."""
    dates: list[PartialDate] = []
    bad: list[str] = []
    for v in values:
        if not v or not v.strip():
            continue
        d = try_parse(v)
        if d is None:
            bad.append(v.strip())
        else:
            dates.append(d)
    return dates, bad


_FAMILY = {
    "Person": "person",
    "Company": "org",
    "Organization": "org",
    "LegalEntity": "any",
    "Thing": "thing",  # a query that does not say what it names
    "Vessel": "vessel",
    "Airplane": "airplane",
    "Security": "security",
}


def schema_mismatch(a: Entity, b: Entity) -> tuple[float, str]:
    """The two entities cannot be the same kind of thing (a person is not a company)."""
    fa, fb = _FAMILY.get(a.schema, "any"), _FAMILY.get(b.schema, "any")
    if fa == fb or "thing" in (fa, fb) or "any" in (fa, fb) and "vessel" not in (fa, fb):
        return 0.0, f"{a.schema} / {b.schema} compatible"
    return 1.0, f"{a.schema} cannot be {b.schema}"


def doc(fn: Callable[..., Any]) -> str:
    """First line of a feature's docstring."""
    return (fn.__doc__ or fn.__name__).strip().splitlines()[0]
