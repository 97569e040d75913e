"""A screening query as the screener reads it: its values as lists, its schema, its
threshold, the kind of its identifier, and the entities the Scorer compares."""

from __future__ import annotations

import os
import re
from typing import Any

from listwatch.countries import country_code, country_name_code
from listwatch.match.features import ID_PROPERTIES, Entity
from listwatch.match.normalize import ORG, names_organisation, normalize
from listwatch.match.persian import persian_reading
from listwatch.match.scorer import DEFAULT_THRESHOLD
from listwatch.screening.index import Version
from listwatch.settings import get_settings

#: Query keys a caller may give (anything else is kept in the echo but not used).
QUERY_KEYS = ("name", "schema", "country", "birth_date", "identifier", "id")
_ISIN = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")


def guess_identifier_kind(value: str) -> str:
    """The property an identifier most likely belongs to, from its shape."""
    clean = re.sub(r"[^0-9A-Z]", "", value.upper())
    if _ISIN.match(clean):
        return "isin"
    if len(clean) == 20 and clean[:4].isdigit():
        return "leiCode"
    if len(clean) == 18 and clean[:2].isdigit():
        return "uscCode"
    if clean.startswith("IMO") or (len(clean) == 7 and clean.isdigit()):
        return "imoNumber"
    return "idNumber"


def as_list(value: Any) -> list[str]:
    """A query value as a list of non-blank strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(v) for v in value if v is not None and str(v).strip()]


#: a footnote mark pasted after a name (``GRIFFON FZC¹``, ``Abdul MAZHARI [1]``, ``… *``):
#: never part of a listed name, and a number the name does not hold
_MARK_END = "]*\u2020\u2021\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_FOOTNOTE = re.compile(r"(?:\s*(?:\[\d{1,3}\]|[*\u2020\u2021\u00b9\u00b2\u00b3\u2070"
                       r"\u2074-\u2079]+))+\s*$")


def without_footnote(query: dict[str, Any]) -> dict[str, Any]:
    """``query`` with a footnote mark at the end of its names left out (a copy, when one
    is there): the mark's digits would be read as a number of the name."""
    names = query.get("name")
    if not names:
        return query
    if isinstance(names, str):
        if names.rstrip()[-1:] not in _MARK_END:
            return query
        kept = _FOOTNOTE.sub("", names)
        return {**query, "name": kept} if kept.strip() else query
    if not any(isinstance(n, str) and n.rstrip()[-1:] in _MARK_END for n in names):
        return query
    cleaned = [(_FOOTNOTE.sub("", n) or n) if isinstance(n, str) else n for n in names]
    return {**query, "name": cleaned}



def with_persian_reading(query: dict[str, Any]) -> dict[str, Any]:
    """``query`` with, beside each name in Persian script, the name read with Persian
    letter values (``match.persian``: ظریف read ``zryf`` as Zarif, not ``dhryf``; احمدی
    نژاد as one word; a copy, when one differs). The name as written stays: the Arabic
    reading is the one the lists' own Arabic-script names and their Latin twins agree on."""
    names = query.get("name")
    if not names:
        return query
    given = [names] if isinstance(names, str) else names
    extra = [r for n in given if isinstance(n, str) and not n.isascii()
             and (r := persian_reading(n)) is not None and r not in given]
    if not extra:
        return query
    return {**query, "name": [*given, *dict.fromkeys(extra)]}

#: a name with a country written after it: ``ACME TRADING LLC, Iran``, ``AL-SHABAAB
#: (Somalia)`` (the country a customer file pastes in the name's cell)
_COUNTRY_TAIL = re.compile(r"^(?P<head>.*?\S)\s*(?:,\s*(?P<comma>[^,()]{4,}?)|"
                           r"\(\s*(?P<bracket>[^()]{4,}?)\s*\))\s*$")


def with_country_cut(query: dict[str, Any]) -> dict[str, Any]:
    """``query`` with, beside each name ending in a country written after a comma or in
    brackets, the name without it (a copy, when one is there): the country's words are
    no word of the listed name, and the entry was not found at all. The name as written
    stays (a listed name may end in its country, ``AL-HARAMAIN FOUNDATION (KENYA)``);
    the country becomes the query's when it gives none (it tells one branch from
    another). In brackets any country of four letters or more (``(SA)``, ``(AS)`` are
    legal forms); after a comma a country's English name only (``MUNOZ HOYOS, German``
    is a family name and a given name), behind two words or more (``KHAN, Jordan``) or
    an organisation's name (``ACME LTD, Jordan``)."""
    names = query.get("name")
    if not names:
        return query
    given = [names] if isinstance(names, str) else names
    extra: list[str] = []
    found: list[str] = []
    for name in given:
        if not isinstance(name, str) or not (name.rstrip().endswith(")") or "," in name):
            continue
        m = _COUNTRY_TAIL.match(name)
        if m is None:
            continue
        head = m.group("head").rstrip(" ,;-")
        comma = m.group("comma")
        if comma is not None:
            org = names_organisation(normalize(head, ORG))
            code = (country_name_code(comma, given_too=org)
                    if org or len(head.split()) >= 2 else None)
        else:
            code = country_code(m.group("bracket"))
        if code is None or not head:
            continue
        if head not in given and head not in extra:
            extra.append(head)
        if code not in found:
            found.append(code)
    if not extra:
        return query
    out = {**query, "name": [*given, *extra]}
    if found and not as_list(query.get("country")):
        out["country"] = found if len(found) > 1 else found[0]
    return out


def same_form(query: list[str], values: list[str]) -> list[str]:
    """Countries comparable with the query's: codes with codes, names with names (the
    lists mix ISO codes and country names; without a table they cannot be mapped)."""
    if not query:
        return []
    codes = all(len(q.strip()) == 2 for q in query)
    return [v for v in values if (len(v.strip()) == 2) == codes]


def query_schema(query: dict[str, Any]) -> str | None:
    """The query's schema; when it gives none (or LegalEntity, person or organisation)
    and its names carry a legal form no person's name has, ``Organization``: a company
    in a customer file is not screened against persons."""
    schema = query.get("schema")
    if schema and schema != "LegalEntity":
        return str(schema)
    names = [n for n in as_list(query.get("name")) if n.strip()]
    if names and all(names_organisation(normalize(n, ORG)) for n in names):
        return "Organization"
    return schema or None


def threshold_of(value: float | None) -> float:
    """``value``, or the setting ``LISTWATCH_MATCH_THRESHOLD`` (read without building the
    whole settings object: this runs once per query)."""
    if value is not None:
        return value
    raw = os.environ.get("LISTWATCH_MATCH_THRESHOLD")
    return get_settings().match_threshold if raw else DEFAULT_THRESHOLD


def query_entity(query: dict[str, Any], extra_ids: dict[str, list[str]],
                 schema: str | None = None) -> Entity:
    """The query as the Scorer sees it; ``schema``: ``query_schema(query)`` when the
    caller has it already."""
    return Entity(
        # (no schema given: the name may be of anything, a vessel too)
        schema=schema or query_schema(query) or "Thing",
        names=as_list(query.get("name")),
        country=as_list(query.get("country")),
        birth_date=as_list(query.get("birth_date")),
        identifiers=extra_ids,
    )


def version_entity(ver: Version, names: list[str], country: list[str]) -> Entity:
    """A listed version as the Scorer sees it, by the names that found it; its countries
    only when the query gives one (``same_form``)."""
    props = ver.properties
    return Entity(
        schema=ver.schema,
        names=names or [ver.name],
        country=same_form(country, props.get("country", []) + props.get("nationality", []))
        if country else [],
        birth_date=list(props.get("birthDate", ())),
        identifiers={p: props[p] for p in ID_PROPERTIES if p in props} if props else {},
    )


def as_screened(query: dict[str, Any]) -> dict[str, Any]:
    """``query`` as screening reads it, one query alone or in a batch: its footnote
    marks taken off, a country written after its name cut to the country field, and a
    name in Persian script given its Persian reading beside it."""
    return with_persian_reading(with_country_cut(without_footnote(query)))
