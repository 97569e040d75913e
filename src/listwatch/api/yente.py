"""yente-compatible shapes: the pydantic models of OpenSanctions' yente (``yente.data.common``)
field for field, and the translation between them and listwatch's Screener.

The models document the API (OpenAPI); the hot path builds plain dicts of the same shape.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# --- yente.data.common, field for field (plus listwatch's extra keys) -----------------


class ErrorResponse(BaseModel):
    detail: str = Field(..., examples=["Detailed error message"])
    hint: str | None = None


class EntityResponse(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: str = Field(..., examples=["us_ofac_sdn:36"])
    caption: str = Field(..., examples=["AEROCARIBBEAN AIRLINES"])
    schema_: str = Field(..., examples=["Company"], alias="schema")
    properties: dict[str, list[Any]] = Field(..., examples=[{"name": ["John Doe"]}])
    datasets: list[str] = Field([], examples=[["us_ofac_sdn"]])
    referents: list[str] = Field([], examples=[[]])
    target: bool = Field(False)
    first_seen: str | None = Field(None, examples=["2021-01-05T00:00:00"])
    last_seen: str | None = Field(None, examples=["2024-05-03T00:00:00"])
    last_change: str | None = Field(None, examples=["2022-03-01T00:00:00"])
    # listwatch extras
    legal_effect: str | None = None
    programs: list[str] = []
    listed_from: str | None = None
    listed_to: str | None = None


class FtResult(BaseModel):
    score: float
    detail: str | None = None
    weight: float | None = None
    description: str | None = None


class ScoredEntityResponse(EntityResponse):
    score: float = 0.99
    features: dict[str, float]
    match: bool = False
    explanations: dict[str, FtResult] = {}


class SearchFacetItem(BaseModel):
    name: str = Field(..., examples=["ru"])
    label: str = Field(..., examples=["Russia"])
    count: int = Field(1, examples=[42])


class SearchFacet(BaseModel):
    label: str = Field(..., examples=["Countries"])
    values: list[SearchFacetItem]


class TotalSpec(BaseModel):
    value: int = Field(..., examples=[42])
    relation: str = Field("eq", examples=["eq"])


class SearchResponse(BaseModel):
    limit: int = Field(..., examples=[20])
    offset: int = Field(0, examples=[0])
    total: TotalSpec
    results: list[EntityResponse]
    facets: dict[str, SearchFacet]
    coverage: dict[str, dict[str, Any]] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


class EntityExample(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")

    id: str | None = Field(None, examples=["my-entity-id"])
    schema_: str = Field(..., examples=["Company"], alias="schema")
    properties: dict[str, str | list[Any]] = Field(
        ..., examples=[{"name": ["Xiaomi Corporation"], "country": ["cn"]}]
    )


class EntityMatchQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weights: dict[str, float] = Field(
        {}, examples=[{"country_mismatch": -0.3}],
        description="Feature weights by listwatch feature name (see /algorithms); others "
        "are reported back under `scoring.ignored`")
    config: dict[str, str | int | float | bool | None] = Field(
        default_factory=dict, examples=[{}],
        description="Algorithm settings; listwatch's scorer has none, so each is reported "
        "back under `scoring.ignored`")
    queries: dict[str, EntityExample]


class EntityMatches(BaseModel):
    status: int = Field(200, examples=[200])
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: EntityExample


class FeatureDoc(BaseModel):
    description: str
    coefficient: float
    url: str


class EntityMatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    matcher: dict[str, FeatureDoc]
    limit: int = Field(..., examples=[5])
    #: listwatch's addition: the snapshot of each list screened (``id`` null: not
    #: covered on that date), and what was not covered
    coverage: dict[str, dict[str, Any]] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


# --- Screener result -> yente entity --------------------------------------------------


def as_datetime(date: str | None) -> str | None:
    """An ISO date (maybe partial) as the ISO datetime yente clients parse."""
    if not date:
        return None
    parts = date.split("-")
    while len(parts) < 3:
        parts.append("01")
    try:
        return dt.datetime(int(parts[0]), int(parts[1]), int(parts[2][:2])).isoformat()
    except ValueError:
        return None


def entity_dict(res: dict[str, Any], last_change: str | None = None) -> dict[str, Any]:
    """The ``EntityResponse`` of one Screener result."""
    props = {k: list(v) if isinstance(v, (list, tuple)) else [v]
             for k, v in (res.get("properties") or {}).items()}
    name = res.get("name") or res.get("caption") or ""
    names = props.get("name") or []
    if name and name not in names:
        props["name"] = [name, *names]
    listed_to = res.get("listed_to")
    return {
        "id": res["key"],
        "caption": res.get("caption") or name,
        "schema": res.get("schema") or "LegalEntity",
        "properties": props,
        "datasets": list(res.get("datasets") or [res["source"]]),
        "referents": list(res.get("referents") or []),
        "target": listed_to is None,
        "first_seen": as_datetime(res.get("listed_from")),
        "last_seen": as_datetime(listed_to) if listed_to else None,
        "last_change": as_datetime(last_change or res.get("last_change") or res.get("listed_from")),
        "legal_effect": res.get("legal_effect"),
        "programs": list(res.get("programs") or []),
        "listed_from": res.get("listed_from"),
        "listed_to": listed_to,
    }


def scored_dict(res: dict[str, Any]) -> dict[str, Any]:
    """The ``ScoredEntityResponse`` of one Screener result."""
    out = entity_dict(res)
    features: dict[str, float] = {}
    explanations: dict[str, dict[str, Any]] = {}
    for part in _explanation_parts(res.get("explanation")):
        feature = str(part.get("feature") or "explanation")
        score = float(part.get("score") or 0.0)
        features[feature] = score
        explanations[feature] = {
            "score": score,
            "detail": part.get("detail"),
            "weight": part.get("weight"),
            "description": part.get("description"),
        }
    out["score"] = float(res.get("score") or 0.0)
    out["features"] = features
    out["match"] = bool(res.get("match"))
    out["explanations"] = explanations
    return out


def _explanation_parts(explanation: Any) -> list[dict[str, Any]]:
    if not explanation:
        return []
    if isinstance(explanation, str):
        return [{"feature": "explanation", "score": 0.0, "detail": explanation}]
    if isinstance(explanation, dict):
        if "feature" in explanation:
            return [explanation]
        return [
            {"feature": k, **(v if isinstance(v, dict) else {"score": v})}
            for k, v in explanation.items()
        ]
    return [p for p in explanation if isinstance(p, dict)]


def explanation_lines(explanation: Any) -> list[str]:
    """A person-readable line per feature, for the web page."""
    lines = []
    for part in _explanation_parts(explanation):
        detail = part.get("detail") or part.get("description") or ""
        weight = part.get("weight")
        contrib = ""
        if weight is not None and part.get("score") is not None:
            contrib = f" ({float(weight) * float(part['score']):+.2f})"
        name = str(part.get("feature", "")).replace("_", " ")
        lines.append(f"{name}: {detail}{contrib}".strip())
    return lines


def matcher_docs() -> dict[str, dict[str, Any]]:
    """``FeatureDocs`` of the default scorer: description and coefficient per feature."""
    from listwatch.match import features as ft
    from listwatch.match.scorer import Scorer

    docs: dict[str, dict[str, Any]] = {}
    for fn, weight in [*Scorer.NAME_FEATURES, *Scorer.ENTITY_FEATURES]:
        docs[fn.__name__] = {
            "description": ft.doc(fn),
            "coefficient": weight,
            "url": f"docs/matching.md#{fn.__name__}",
        }
    return docs
