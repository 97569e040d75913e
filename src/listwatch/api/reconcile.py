"""The W3C Reconciliation API's shapes over the Screener: version 0.2 (what OpenRefine and
yente speak) and 1.0-draft where it differs.

Types are FollowTheMoney schemata. A query's ``properties`` (0.2: ``{"pid", "v"}``;
1.0-draft: ``conditions`` of ``matchType`` ``property``) constrain it by country, birth
date and identifiers; a property listwatch cannot use is an error naming it, never
dropped. Data extension reads an entry's record and timeline: its FtM properties, its
listings (dated intervals), dates and state.
"""

from __future__ import annotations

import html
from typing import Any

from listwatch.errors import ConfigError
from listwatch.screening.ftm_query import (
    BIRTH_PROPS,
    COUNTRY_PROPS,
    ID_PROPS,
    SCHEMAS,
    query_names,
    screener_query,
)

#: FtM schemata offered as types, with their labels (plural as FtM gives them).
TYPES: dict[str, tuple[str, str]] = {
    "Thing": ("Things", "Anything on a list"),
    "LegalEntity": ("Legal entities", "A person or an organisation"),
    "Person": ("People", "A natural person"),
    "Organization": ("Organizations", "An organisation, not necessarily registered"),
    "Company": ("Companies", "A registered company"),
    "PublicBody": ("Public bodies", "A government agency or state body"),
    "Vessel": ("Vessels", "A ship"),
    "Airplane": ("Airplanes", "An aircraft"),
    "Security": ("Securities", "A traded security"),
    "Asset": ("Assets", "An asset"),
    "Address": ("Addresses", "A postal address"),
}
DEFAULT_TYPES = ("LegalEntity", "Person", "Company", "Organization", "Vessel")

#: Properties a query may be constrained by, with their labels.
MATCH_PROPERTIES: dict[str, str] = {
    **{p: f"Country ({p})" for p in COUNTRY_PROPS},
    **{p: "Birth date" if p == "birthDate" else "Incorporation date" for p in BIRTH_PROPS},
    **{p: f"Identifier ({p})" for p in ID_PROPS},
    "identifier": "Any identifier",
    "alias": "Other name",
}
#: Properties data extension offers besides the record's own FtM properties.
EXTEND_PROPERTIES: dict[str, str] = {
    "listings": "Listings (dated intervals on the list)",
    "listedFrom": "Listed since",
    "listedTo": "Removed on",
    "firstSeen": "First seen",
    "lastSeen": "Last seen",
    "state": "State (listed, removed, enjoined, vacated...)",
    "listed": "Listed now",
    "dataset": "List",
    "program": "Programs",
    "legalEffect": "Legal effect",
    "name": "Name",
    "alias": "Other names",
    "country": "Country",
    "birthDate": "Birth date",
    "registrationNumber": "Registration number",
    "isin": "ISIN",
    "idNumber": "ID number",
    "passportNumber": "Passport number",
    "imoNumber": "IMO number",
    "address": "Address",
    "notes": "Notes",
}


def type_obj(schema: str) -> dict[str, str]:
    name, description = TYPES.get(schema, (schema, schema))
    return {"id": schema, "name": name, "description": description}


def _values(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, list):
        return [x for item in v for x in _values(item)]
    if isinstance(v, dict):
        value = v.get("name") or v.get("id")
        return [str(value)] if value else []
    if isinstance(v, bool):
        return [str(v).lower()]
    text = " ".join(str(v).split())
    return [text] if text else []


def _schema_of(type_: Any) -> str:
    """A query's type as an FtM schema; none (OpenRefine's "reconcile against no
    particular type") is ``Thing``: anything on a list, a vessel or an aircraft too, as
    ``screen`` reads a name given without a schema."""
    if type_ is None or type_ == "" or type_ == []:
        return "Thing"
    if isinstance(type_, list):
        type_ = type_[0]
    if isinstance(type_, dict):
        type_ = type_.get("id")
    schema = str(type_)
    if schema not in SCHEMAS:
        raise ConfigError(f"unknown type {schema!r}",
                          hint="use a FollowTheMoney schema: " + ", ".join(TYPES))
    return schema


def _property_id(pid: str) -> str:
    """``Person:birthDate`` (yente's qualified names) -> ``birthDate``."""
    pid = str(pid)
    return pid.split(":", 1)[1] if ":" in pid else pid


def example_of(name: Any, type_: Any,
               props: list[tuple[str, Any]]) -> dict[str, Any]:
    """A yente ``EntityExample`` from a reconciliation query."""
    schema = _schema_of(type_)
    properties: dict[str, list[str]] = {}
    if name:
        properties["name"] = _values(name)
    for pid, value in props:
        prop = _property_id(pid)
        if prop not in MATCH_PROPERTIES:
            raise ConfigError(
                f"property {pid!r} cannot constrain a reconciliation query",
                hint="use any of: " + ", ".join(MATCH_PROPERTIES) + " (GET "
                ".../suggest/property lists them)")
        target = "idNumber" if prop == "identifier" else prop
        properties.setdefault(target, []).extend(_values(value))
    return {"schema": schema, "properties": properties}


def query_v02(q: Any, where: str) -> tuple[dict[str, Any], int]:
    """A 0.2 query (``{"query", "type", "limit", "properties": [{"pid", "v"}]}``):
    its yente example and limit."""
    if isinstance(q, str):
        q = {"query": q}
    if not isinstance(q, dict):
        raise ConfigError(f"query {where} is not an object",
                          hint='send {"q0": {"query": "Xiaomi", "type": "Company"}}')
    known = {"query", "type", "limit", "properties", "type_strict"}
    unknown = sorted(set(q) - known)
    if unknown:
        raise ConfigError(f"query {where}: unknown field(s): " + ", ".join(unknown),
                          hint="a query takes: " + ", ".join(sorted(known)))
    props = []
    for p in q.get("properties") or []:
        if not isinstance(p, dict) or "pid" not in p or "v" not in p:
            raise ConfigError(f"query {where}: a property needs 'pid' and 'v'",
                              hint='e.g. {"pid": "country", "v": "cn"}')
        props.append((p["pid"], p["v"]))
    example = example_of(q.get("query"), q.get("type"), props)
    if not query_names(example["properties"]):
        raise ConfigError(f"query {where} needs a name",
                          hint='give "query": {"q0": {"query": "Xiaomi", "type": "Company"}} '
                          '(or an "alias" property)')
    return example, _limit(q.get("limit"), where)


def query_v10(q: Any, where: str) -> tuple[dict[str, Any], int]:
    """A 1.0-draft query (``{"type", "limit", "conditions": [...]}``)."""
    if not isinstance(q, dict) or not q.get("conditions"):
        raise ConfigError(f"query {where} needs 'conditions'",
                          hint='e.g. {"conditions": [{"matchType": "name", '
                          '"propertyValue": "Xiaomi"}]}')
    names: list[str] = []
    props = []
    for c in q["conditions"]:
        kind = c.get("matchType")
        if kind == "name":
            names.extend(_values(c.get("propertyValue")))
        elif kind == "property":
            if not c.get("propertyId"):
                raise ConfigError(f"query {where}: a property condition needs 'propertyId'")
            props.append((c["propertyId"], c.get("propertyValue")))
        elif kind == "id":
            raise ConfigError(f"query {where}: matchType 'id' is not supported",
                              hint="match by name and properties")
        else:
            raise ConfigError(f"query {where}: unknown matchType {kind!r}",
                              hint="use name or property")
    example = example_of(names or None, q.get("type"), props)
    if not query_names(example["properties"]):
        raise ConfigError(f"query {where} needs a name",
                          hint='give a name condition: {"conditions": [{"matchType": "name", '
                          '"propertyValue": "Xiaomi"}]} (or an "alias" property)')
    return example, _limit(q.get("limit"), where)


def _limit(value: Any, where: str) -> int:
    if value is None:
        return 5
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"query {where}: limit {value!r} is not a number") from None
    if not 1 <= limit <= 100:
        raise ConfigError(f"query {where}: limit {limit} is outside 1..100")
    return limit


def screener_query_of(example: dict[str, Any], where: str) -> dict[str, Any]:
    try:
        return screener_query(example)
    except ConfigError as exc:
        raise ConfigError(f"query {where}: {exc.message}", hint=exc.hint) from None


def description(res: dict[str, Any]) -> str:
    """The candidate's lists (every list of a party on several: ``res["datasets"]``),
    when it was listed and its programmes."""
    lists = ", ".join(res.get("datasets") or []) or res.get("source")
    listed = f"listed {res.get('listed_from') or '?'} – {res.get('listed_to') or 'now'}"
    programs = ", ".join(res.get("programs") or [])
    return "; ".join(p for p in (lists, listed, programs) if p)


def features(res: dict[str, Any]) -> list[tuple[str, float]]:
    out = []
    for part in res.get("explanation") or []:
        if isinstance(part, dict) and part.get("feature"):
            out.append((str(part["feature"]), float(part.get("score") or 0.0)))
    return out


def candidate_v02(res: dict[str, Any]) -> dict[str, Any]:
    return {"id": res["key"], "name": res.get("caption") or res.get("name") or res["key"],
            "description": description(res), "score": float(res["score"]),
            "match": bool(res.get("match")), "type": [type_obj(res.get("schema") or "Thing")],
            "features": [{"id": f, "value": v} for f, v in features(res)]}


def candidate_v10(res: dict[str, Any]) -> dict[str, Any]:
    out = candidate_v02(res)
    out["features"] = [{"id": f, "name": f.replace("_", " "), "value": v}
                       for f, v in features(res)]
    return out


# --- data extension -----------------------------------------------------------------


def _date(value: str | None) -> dict[str, str] | None:
    if not value:
        return None
    parts = (value.split("-") + ["01", "01"])[:3]
    return {"date": f"{parts[0]}-{parts[1]}-{parts[2][:2]}T00:00:00+00:00"}


def extension_values(history: dict[str, Any], prop: str, limit: int) -> list[dict[str, Any]]:
    """The values of ``prop`` of an entry (``history.timeline.entry_history``)."""
    record = history.get("record") or {}
    props = record.get("properties") or {}
    intervals = history.get("listed_intervals") or []
    out: list[dict[str, Any]]
    if prop == "listings":
        out = [{"str": f"{iv.get('from')} – {iv.get('to') or 'now'}"} for iv in intervals]
    elif prop == "listedFrom":
        out = [d for d in (_date(iv.get("from")) for iv in intervals) if d]
    elif prop == "listedTo":
        out = [d for d in (_date(iv.get("to")) for iv in intervals) if d]
    elif prop in ("firstSeen", "lastSeen"):
        d = _date(history.get("first_seen" if prop == "firstSeen" else "last_seen"))
        out = [d] if d else []
    elif prop == "state":
        state = history.get("status") or ("listed" if history.get("listed") else "removed")
        out = [{"str": str(state)}]
    elif prop == "listed":
        out = [{"str": "yes" if history.get("listed") else "no"}]
    elif prop == "dataset":
        # (a party on several lists: its entry's list first, then the others)
        own = str(history.get("source"))
        out = [{"str": d} for d in [own, *(d for d in history.get("datasets") or []
                                           if d != own)]]
    elif prop == "legalEffect":
        out = [{"str": str(history["legal_effect"])}] if history.get("legal_effect") else []
    elif prop == "name":
        out = [{"str": str(history.get("caption") or record.get("name") or "")}]
    else:
        values = props.get(prop) or []
        if isinstance(values, str):
            values = [values]
        if prop.endswith("Date"):
            out = [_date(str(v)) or {"str": str(v)} for v in values]
        else:
            out = [{"str": str(v)} for v in values if str(v)]
    return out[:limit] if limit > 0 else out


def preview_html(history: dict[str, Any]) -> str:
    e = html.escape
    record = history.get("record") or {}
    props = record.get("properties") or {}
    rows = [("List", history.get("source")), ("Type", history.get("schema")),
            ("State", history.get("status") or ("listed" if history.get("listed")
                                                 else "removed")),
            ("Listings", "; ".join(f"{iv.get('from')} – {iv.get('to') or 'now'}"
                                   for iv in history.get("listed_intervals") or [])),
            ("Programs", ", ".join(props.get("program") or [])),
            ("Other names", ", ".join((props.get("alias") or [])[:5])),
            ("Country", ", ".join(props.get("country") or [])),
            ("Legal effect", history.get("legal_effect")),
            ("Also listed", "; ".join(
                f"{x['key']} ({x.get('caption')}): "
                + ("; ".join(f"{iv.get('from')} – {iv.get('to') or 'now'}"
                             for iv in x.get("listed_intervals") or []) or "not listed")
                for x in history.get("listings") or [] if x["key"] != history["key"]))]
    body = "".join(f"<tr><th>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in rows if v)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>"
            f"{e(str(history.get('caption')))}</title><style>body{{font:14px sans-serif;"
            "margin:8px}th{text-align:left;padding-right:8px;vertical-align:top}</style>"
            f"</head><body><h3>{e(str(history.get('caption')))}</h3><p><code>"
            f"{e(history['key'])}</code></p><table>{body}</table></body></html>")
