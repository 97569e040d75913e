"""``POST /decisions`` (API key), ``GET /decisions``, ``POST /decisions/{id}/reopen``
(API key): reviewers' decisions on screening hits (``listwatch.store.decisions``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from listwatch.api.auth import require_read_access, require_write_key
from listwatch.api.party import party_keys
from listwatch.api.state import get_state
from listwatch.store.decisions import (
    MAX_REASON,
    add_decision,
    get_decision,
    list_decisions,
    reopen_decision,
)

router = APIRouter(tags=["decisions"])


class DecisionIn(BaseModel):
    """A reviewer's decision on one hit of one query."""

    model_config = ConfigDict(extra="forbid")  # an unknown field is a 400 naming it

    query: str = Field(min_length=1, max_length=2000, description="The screened name")
    key: str = Field(min_length=1, max_length=200, description="The hit's entry key")
    verdict: Literal["false_positive", "true_match"]
    reason: str = Field(min_length=1, max_length=MAX_REASON)
    user: str | None = Field(default=None, max_length=200,
                             description="Who decided (recorded beside the API's user)")


class ReopenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown field is a 400 naming it
    reason: str | None = Field(default=None, max_length=MAX_REASON)
    user: str | None = Field(default=None, max_length=200)


def _who(state: Any, user: str | None) -> str:
    base = f"{state.settings.user} (api)"
    return f"{user.strip()} via {base}" if user and user.strip() else base


@router.post("/decisions", status_code=201, dependencies=[Depends(require_write_key)],
             summary="Record a decision on a screening hit")
async def post_decision(request: Request, body: DecisionIn) -> dict[str, Any]:
    """Later screenings of the same query (`/match`, `/search`, watchlists, the CLI) leave
    the hit out, whichever listing of the party answers, until any of its listings changes,
    a legal event names one, or the decision is reopened."""
    state = get_state(request)
    try:
        return await run_in_threadpool(
            lambda: add_decision(state.store, query=body.query, key=body.key,
                                 verdict=body.verdict, reason=body.reason,
                                 user=_who(state, body.user),
                                 referents=party_keys(state, body.key)))
    finally:
        state.decisions.invalidate()


@router.get("/decisions", dependencies=[Depends(require_read_access)],
            summary="Reviewers' decisions, newest first")
async def get_decisions(
    request: Request,
    status: Annotated[str | None, Query(description="active, reopened or superseded")] = None,
    query: Annotated[str | None, Query(max_length=2000)] = None,
    key: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    state = get_state(request)
    rows = await run_in_threadpool(
        lambda: list_decisions(state.store, status=status, query=query, key=key, limit=limit,
                               entity=lambda k: party_keys(state, k)))
    return {"results": rows, "total": len(rows)}


@router.get("/decisions/{decision_id}", dependencies=[Depends(require_read_access)],
            summary="One decision with its audit trail")
async def get_one(request: Request, decision_id: Annotated[int, Path(ge=1)]) -> dict[str, Any]:
    state = get_state(request)
    return await run_in_threadpool(lambda: get_decision(state.store, decision_id))


@router.post("/decisions/{decision_id}/reopen", dependencies=[Depends(require_write_key)],
             summary="Reopen a decision")
async def post_reopen(request: Request, decision_id: Annotated[int, Path(ge=1)],
                      body: ReopenIn | None = None) -> dict[str, Any]:
    state = get_state(request)
    reason = body.reason if body else None
    who = _who(state, body.user if body else None)
    try:
        return await run_in_threadpool(
            lambda: reopen_decision(state.store, decision_id, reason=reason, user=who))
    finally:
        state.decisions.invalidate()
