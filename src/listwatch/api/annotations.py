"""Annotations: legal events a person adds to an entry (origin ``annotation``, status
``reported``), stored once in the ``events`` table (unique fingerprint)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator
from sqlalchemy import select

from listwatch.errors import ConfigError, NotFound
from listwatch.store.db import Store
from listwatch.store.schema import events, versions

EVENT_TYPES = ("designation", "removal", "amendment", "legal_challenge", "injunction",
               "vacatur", "license", "deadline")
EventType = Literal["designation", "removal", "amendment", "legal_challenge", "injunction",
                    "vacatur", "license", "deadline"]
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


class AnnotationIn(BaseModel):
    """A dated legal event about one entry, with its evidence."""

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
        import datetime as dt

        value = value.strip()
        if not _DATE.match(value):
            raise ValueError("use YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ValueError(f"{value} is not a real calendar date") from None
        return value

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
    """Store an annotation through the one event writer (``history.events.add_event``);
    returns (the event, created). The same event twice is kept once."""
    from listwatch.history.events import add_event

    if note.type not in EVENT_TYPES:  # pragma: no cover - guarded by the model
        raise ConfigError(f"unknown event type {note.type!r}")
    with store.begin() as conn:
        row = conn.execute(
            select(versions.c.source, versions.c.name)
            .where(versions.c.key == key)
            .order_by(versions.c.first_seq.desc())
            .limit(1)
        ).first()
        if row is None:
            raise NotFound(f"no entry {key!r}", hint="search for it first: GET /search/default?q=")
        event_id, created = add_event(
            conn,
            key=key,
            entity=note.entity or row.name,
            type=note.type,
            authority=note.authority,
            list=note.list or row.source,
            date=note.date,
            date_precision=_PRECISION[len(note.date)],
            origin="annotation",
            status="reported",
            effect=note.effect,
            evidence_url=note.evidence_url,
            evidence_quote=note.evidence_quote,
            confidence=note.confidence,
        )
        stored = conn.execute(select(events).where(events.c.id == event_id)).first()
    return _event(stored), created


def _event(row: Any) -> dict[str, Any]:
    return dict(row._mapping)
