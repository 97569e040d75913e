"""A FollowTheMoney query (yente's ``EntityExample``: ``{"schema", "properties"}``) as a
Screener query: used by the yente API, the reconciliation API, the pages and the replay
of stored screenings."""

from __future__ import annotations

from typing import Any

from listwatch.errors import ConfigError
from listwatch.match.checks import QUERY_SCHEMAS

#: FollowTheMoney schemas a query may name (yente rejects others; so do we).
SCHEMAS = frozenset(QUERY_SCHEMAS)
NAME_PROPS = ("name", "alias", "previousName", "weakAlias", "abbreviation", "nameOriginal")
PERSON_PARTS = ("firstName", "secondName", "middleName", "fatherName", "lastName")
COUNTRY_PROPS = (
    "country", "jurisdiction", "nationality", "citizenship", "registrationCountry",
    "mainCountry", "flag",
)
BIRTH_PROPS = ("birthDate", "incorporationDate")
#: the longest name a query may give: the lists' names are a few hundred characters at
#: most, and comparing a name costs more than its length (a name of a hundred thousand
#: characters held a worker for most of a minute)
MAX_NAME_CHARS = 1000
ID_PROPS = (
    "isin", "imoNumber", "registrationNumber", "taxNumber", "innCode", "leiCode",
    "passportNumber", "idNumber", "ogrnCode", "vatCode", "uscCode", "swiftBic", "mmsi",
    "okpoCode", "dunsCode", "npiCode", "bikCode", "kppCode", "callSign", "ticker",
)


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int, float)):
        value = [value]
    out: list[str] = []
    for v in value:
        if isinstance(v, dict):  # a nested entity: take its name
            v = (v.get("properties", {}).get("name") or [v.get("caption") or ""])[0]
        s = " ".join(str(v).split())
        if s and s not in out:
            out.append(s)
    return out


def query_names(props: dict[str, Any]) -> list[str]:
    """The names an example's ``properties`` give (``NAME_PROPS``, else the person's
    name parts joined): none means the query cannot be screened."""
    names: list[str] = []
    for p in NAME_PROPS:
        names.extend(v for v in _values(props.get(p)) if v not in names)
    if not names:
        parts = [" ".join(_values(props.get(p))) for p in PERSON_PARTS]
        full = " ".join(p for p in parts if p)
        if full:
            names.append(full)
    return names


def screener_query(example: dict[str, Any]) -> dict[str, Any]:
    """Translate a yente ``EntityExample`` (``{"schema", "properties"}``) to a Screener query.

    Raises ``ConfigError`` (HTTP 400) for an unknown schema, a query without a name or
    with a name longer than ``MAX_NAME_CHARS``.
    """
    schema = example.get("schema") or "Thing"
    if schema not in SCHEMAS:
        raise ConfigError(
            f"unknown schema {schema!r}",
            hint="use a FollowTheMoney schema such as Person, Company, Organization, "
            "LegalEntity, Vessel",
        )
    props = example.get("properties") or {}
    if not isinstance(props, dict):
        raise ConfigError("'properties' must be an object of property name -> values")
    names = query_names(props)
    if not names:
        raise ConfigError(
            "a query needs a name: give properties.name (or alias, firstName/lastName)",
            hint='e.g. {"schema": "Company", "properties": {"name": ["Xiaomi"]}}',
        )
    longest = max(len(n) for n in names)
    if longest > MAX_NAME_CHARS:
        raise ConfigError(
            f"a name of {longest:,} characters: the limit is {MAX_NAME_CHARS:,}",
            hint="send the party's name itself (the lists' names are a few hundred "
                 "characters at most), one name per value",
        )
    query: dict[str, Any] = {"name": names if len(names) > 1 else names[0]}
    if schema != "Thing":  # (a Thing may be anything: a vessel or an aircraft too)
        query["schema"] = schema
    countries = [v for p in COUNTRY_PROPS for v in _values(props.get(p))]
    if countries:
        query["country"] = countries if len(countries) > 1 else countries[0]
    births = [v for p in BIRTH_PROPS for v in _values(props.get(p))]
    if births and schema == "Person":
        from listwatch.partial_dates import normalise_date
        from listwatch.settings import get_settings

        order = get_settings().date_order
        births = [normalise_date(b, order, "birthDate") for b in births]
        query["birth_date"] = births if len(births) > 1 else births[0]
    ids = [v for p in ID_PROPS for v in _values(props.get(p))]
    if ids:  # the Screener takes one identifier: the first given
        query["identifier"] = ids[0]
    return query
