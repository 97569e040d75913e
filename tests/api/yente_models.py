"""yente 5.5's response models as its source defines them (``yente.data.common``,
``nomenklatura.matching.types``), rewritten here: yente itself pins FastAPI, cryptography
and Elasticsearch versions that cannot live beside ours. Tests validate the API's answers
with them, so a field yente clients read that goes missing or changes type fails."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class FeatureResult(BaseModel):
    detail: str | None
    score: float
    query: str | None = None
    candidate: str | None = None


class FeatureDoc(BaseModel):
    description: str | None
    coefficient: float
    url: str


class ConfigVar(BaseModel):
    type: str = "float"
    description: str | None = None
    default: str | int | float | bool | None = 0


class AlgorithmDocs(BaseModel):
    name: str
    description: str | None = None
    config: dict[str, ConfigVar]
    features: dict[str, FeatureDoc]


class EntityResponse(BaseModel):
    id: str
    caption: str
    schema_: str = Field(..., alias="schema")
    properties: dict[str, list[str | EntityResponse]]
    datasets: list[str] = []
    referents: list[str] = []
    target: bool = False
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    last_change: datetime | None = None


EntityResponse.model_rebuild()


class ScoredEntityResponse(EntityResponse):
    score: float = 0.99
    explanations: dict[str, FeatureResult]
    match: bool


class TotalSpec(BaseModel):
    value: int
    relation: str = "eq"


class EntityExample(BaseModel):
    id: str | None = None
    schema_: str = Field(..., alias="schema")
    properties: dict[str, str | list[Any]]


class EntityMatches(BaseModel):
    status: int = 200
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: EntityExample


class EntityMatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    limit: int


class SearchFacetItem(BaseModel):
    name: str
    label: str
    count: int = 1


class SearchFacet(BaseModel):
    label: str
    values: list[SearchFacetItem]


class SearchResponse(BaseModel):
    limit: int
    offset: int = 0
    total: TotalSpec
    results: list[EntityResponse]
    facets: dict[str, SearchFacet]


class AdjacentResultsResponse(BaseModel):
    limit: int
    offset: int = 0
    total: TotalSpec
    results: list[str | EntityResponse] = []


class EntityAdjacentResponse(BaseModel):
    entity: EntityResponse
    adjacent: dict[str, AdjacentResultsResponse]


class DatasetModel(BaseModel):  # followthemoney's DatasetModel, the fields yente reads
    name: str
    title: str
    summary: str | None = None
    version: str | None = None
    updated_at: str | None = None
    entity_count: int | None = None
    children: list[str] | set[str] = []
    load: bool | None = None
    index_version: str | None = None


class DataCatalogModel(BaseModel):
    datasets: list[DatasetModel]
    current: list[str]
    outdated: list[str]
    index_stale: bool = False


class Algorithm(BaseModel):
    name: str
    description: str | None = None
    features: dict[str, FeatureDoc]
    docs: AlgorithmDocs


class AlgorithmResponse(BaseModel):
    algorithms: list[Algorithm]
    default: str
    best: str


class StatusResponse(BaseModel):
    status: str = "ok"


class ErrorResponse(BaseModel):
    detail: str
