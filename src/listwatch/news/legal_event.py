"""The legal event one article yields: its type, party, authority, list, date, status
and the sentence that supports it (the ``news extract`` JSON shape)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .dates import PartialDate
from .mentions import Entity


@dataclass
class Event:
    type: str
    entity: Entity
    authority: str | None
    list_name: str | None
    date: PartialDate | None
    status: str
    evidence: str
    confidence: float
    strength: float
    position: int
    entity_via: str = "sentence"
    date_via: str = "sentence"  # "lede": the date of the day's action, not of this sentence
    other_dates: list[str] = field(default_factory=list)
    found_by: str = "rules"  # "model": the sentence model read it where no rule did

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "entity": self.entity.name,
            "entity_key": self.entity.key,
            "authority": self.authority,
            "list": self.list_name,
            "date": self.date.iso() if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "status": self.status,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 2),
            "entity_via": self.entity_via,
            "date_via": self.date_via,
            "other_dates": self.other_dates,
            "found_by": self.found_by,
        }
