"""The record: one entry of one list in one snapshot, as the parsers produce it.

Properties use FollowTheMoney-style names (``alias``, ``birthDate``, ``country``,
``imoNumber`` ...) where FtM has one, and documented names of our own otherwise (see
docs/sources.md). Values are strings; dates are ISO 8601 and keep their precision
(``2021``, ``2021-01``, ``2021-01-05``).

The property vocabulary every parser uses (add to it here, never invent a synonym):

names       alias (strong a.k.a.), weakAlias (weak a.k.a.), previousName (f.k.a.),
            nameOriginal (name in its original script, when the list gives it)
listing     program (program codes as published, e.g. SDGT, CMIC-EO13959), list (the
            sub-list, e.g. "Entity List" inside the CSL), authority (the agency that
            listed it), listingDate, effectiveDate, divestmentDate (purchase/sale for
            divestment allowed until), expirationDate, federalRegister (citation),
            regulation (the legal acts behind the entry, e.g. EU "Regulation 2019/555
            (OJ L97) of 2019-04-08"),
            action, reason (why listed), sourceUrl, linkedTo (parents named in "Linked
            To"), notes (what is left of remarks after parsing), modifiedAt (the
            publisher's date of the entry's last amendment, where the list gives one)
places      address (one line), city, country (as published, a name or a code),
            nationality, citizenship
persons     birthDate, birthPlace, gender, title (position or title), deathDate
identifiers passportNumber, idNumber (national id and any id whose type has no own
            property, as "Type: VALUE"), taxNumber, registrationNumber, uscCode (China's
            Unified Social Credit Code), isin, leiCode, swiftBic, email, website, phone
vessels     imoNumber, mmsi, callSign, vesselType, flag, tonnage,
            grossRegisteredTonnage, owner
publisher   (FtM exports, e.g. OpenSanctions) datasets, referents (ids of the source
            records an entity merges, for linking entries across sources), firstSeen,
            lastSeen, lastChange (timestamps as published)

``lastSeen`` moves with every export although nothing about the entry changed: it is
kept in the record but left out of its content hash (``VOLATILE``), so it is no change.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import orjson

#: Properties kept with a record but not part of what it says (no change when only they
#: move): see ``Record.hashed_json``.
VOLATILE = ("lastSeen",)

#: Schemas a record may have (FollowTheMoney names).
SCHEMAS = ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane", "Security")


def _dumps(data: dict[str, Any]) -> str:
    """The canonical JSON text: keys sorted, no spaces, characters as they are. orjson
    writes exactly what ``json.dumps(sort_keys=True, ensure_ascii=False, separators=(",",
    ":"))`` writes (tests/test_model.py checks every character), several times faster;
    a lone surrogate, which orjson refuses, goes through ``json``."""
    try:
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except TypeError:
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def clean_values(values: Any) -> list[str]:
    """Strip, drop empties and duplicates, sort: the canonical form of a property's values."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out = {" ".join(str(v).split()) for v in values if v is not None}
    out.discard("")
    return sorted(out)


@dataclass
class Record:
    source: str
    id: str
    schema: str
    name: str
    properties: dict[str, list[str]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.source}:{self.id}"

    @property
    def caption(self) -> str:
        return self.name

    def add(self, prop: str, *values: Any) -> None:
        """Add values to a property (cleaned, deduplicated)."""
        cleaned = clean_values([v for v in values if v is not None])
        if not cleaned:
            return
        old = self.properties.get(prop)
        # (a property's first values are already clean: sorted, unique)
        self.properties[prop] = clean_values(old + cleaned) if old else cleaned

    def get(self, prop: str) -> list[str]:
        return self.properties.get(prop, [])

    def first(self, prop: str) -> str | None:
        values = self.properties.get(prop)
        return values[0] if values else None

    def names(self) -> list[str]:
        """Every name the entry is known by: the main name, then aliases."""
        seen = [self.name]
        for prop in ("alias", "weakAlias", "previousName", "nameOriginal", "name"):
            for value in self.properties.get(prop, []):
                if value not in seen:
                    seen.append(value)
        return seen

    def to_dict(self) -> dict[str, Any]:
        """The canonical form. Values are sorted and deduplicated here; whitespace is
        normalised by ``add()`` (code that assigns ``properties`` directly must give
        clean values)."""
        return {
            "id": self.id,
            "schema": self.schema,
            "name": " ".join(self.name.split()),
            "properties": {k: sorted(set(v)) for k, v in sorted(self.properties.items()) if v},
        }

    def canonical_json(self) -> str:
        return _dumps(self.to_dict())

    def hashed_json(self) -> str:
        """The canonical JSON without ``VOLATILE`` properties: what change is judged on."""
        return self.json_pair()[1]

    def json_pair(self) -> tuple[str, str]:
        """(canonical JSON, hashed JSON), made from one ``to_dict``."""
        data = self.to_dict()
        full = _dumps(data)
        if not any(p in data["properties"] for p in VOLATILE):
            return full, full
        data["properties"] = {k: v for k, v in data["properties"].items() if k not in VOLATILE}
        return full, _dumps(data)

    def content_hash(self) -> str:
        """A hash of what the record says; equal hashes mean no change between snapshots."""
        return hashlib.sha1(self.hashed_json().encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, source: str, data: dict[str, Any]) -> Record:
        return cls(
            source=source,
            id=str(data["id"]),
            schema=data.get("schema", "LegalEntity"),
            name=data.get("name", ""),
            properties={k: list(v) for k, v in (data.get("properties") or {}).items()},
        )


@dataclass
class ParseResult:
    """What a parser returns: records, the list's own publication date, and notes.

    ``warnings`` are rows that were skipped or repaired, one line each, so nothing is
    dropped silently.
    """

    records: list[Record]
    published: str | None = None
    warnings: list[str] = field(default_factory=list)
