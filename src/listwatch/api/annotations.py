"""Annotations through the API: the request model of a legal event a person adds to an
entry. Storing it is ``history.events.add_annotation``."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from listwatch.errors import ConfigError
from listwatch.history.events import add_annotation as store_annotation
from listwatch.history.events import check_event_date
from listwatch.store.db import Store

EventType = Literal["designation", "removal", "amendment", "legal_challenge", "injunction",
                    "vacatur", "license", "deadline"]


class AnnotationIn(BaseModel):
    """A dated legal event about one entry, with its evidence."""

    model_config = ConfigDict(extra="forbid")  # an unknown field is a 400 naming it

    type: EventType = Field(..., examples=["injunction"])
    date: str = Field(..., examples=["2021-03-12"], description="YYYY, YYYY-MM or YYYY-MM-DD")
    authority: str | None = Field(None, examples=["U.S. District Court for D.C."])
    list: str | None = Field(None, examples=["us_ofac_sdn"])
    effect: Literal["announced", "effective"] | None = None
    evidence_url: str | None = Field(None, max_length=2000, examples=["https://example.org/order"])
    evidence_quote: str | None = Field(None, max_length=4000)
    entity: str | None = Field(None, max_length=500, description="default: the entry's name")
    confidence: float | None = Field(None, ge=0.0, le=1.0)

    @field_validator("date")
    @classmethod
    def _check_date(cls, value: str) -> str:
        try:
            checked, _ = check_event_date(value.strip())
        except ConfigError as exc:
            raise ValueError(f"{exc.message}; {exc.hint}" if exc.hint else exc.message) from None
        assert checked is not None
        return checked

    @field_validator("evidence_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value and not re.match(r"^https?://\S+$", value.strip()):
            raise ValueError("evidence_url must be an http(s) URL")
        return value.strip() if value else None

    @model_validator(mode="after")
    def _needs_evidence(self) -> AnnotationIn:
        if not (self.evidence_url or (self.evidence_quote and self.evidence_quote.strip())):
            raise ValueError("give evidence: evidence_url and/or evidence_quote")
        return self


def add_annotation(store: Store, key: str, note: AnnotationIn) -> tuple[dict[str, Any], bool]:
    """Store ``note`` on entry ``key`` (``history.events.add_annotation``)."""
    return store_annotation(store, key, **note.model_dump())
