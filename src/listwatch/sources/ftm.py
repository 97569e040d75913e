"""FollowTheMoney (FtM) entities as JSON: OpenSanctions' ``entities.ftm.json`` and alike.

Input: one JSON object per line (JSON lines), or one JSON array of objects. Each object
has ``id``, ``schema``, ``properties`` (property -> list of values; references to other
entities are ids, or nested objects with an ``id``), and optionally ``datasets``,
``first_seen``, ``last_seen``, ``target``...
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import orjson

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._dates import iso_prefix
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles, Source

#: FtM schema -> our schema, for entities that become records.
THING_SCHEMAS = {
    "Person": "Person",
    "Organization": "Organization",
    "Company": "Company",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Airplane": "Airplane",
    "Security": "Security",
    "PublicBody": "Organization",
}

#: FtM property -> our property, where the names differ or FtM has no twin of ours.
RENAMED = {
    "position": "title",
    "isinCode": "isin",
    "innCode": "taxNumber",
    "vatCode": "taxNumber",
    "ogrnCode": "registrationNumber",
    "type": "vesselType",
    "summary": "notes",
    "description": "notes",
    "jurisdiction": "country",
    "mainCountry": "country",
    "modifiedAt": "",  # bookkeeping of the publisher, not what the entry says
    "createdAt": "",
    "topics": "",
    "firstName": "",
    "middleName": "",
    "lastName": "",
    "fatherName": "",
    "secondName": "",
}
#: FtM properties whose value goes to ``idNumber`` as "Label: VALUE".
LABELLED_IDS = {
    "dunsCode": "DUNS",
    "wikidataId": "Wikidata",
    "okpoCode": "OKPO",
    "bikCode": "BIK",
    "kppCode": "KPP",
    "npiCode": "NPI",
    "uniqueEntityId": "SAM UEI",
    "permId": "PermID",
    "ricCode": "RIC",
    "figiCode": "FIGI",
    "cageCode": "CAGE",
}
#: Our vocabulary (see model.py): FtM properties with these names are copied as they are.
VOCABULARY = frozenset(
    [
        "alias",
        "weakAlias",
        "previousName",
        "nameOriginal",
        "program",
        "list",
        "authority",
        "listingDate",
        "effectiveDate",
        "divestmentDate",
        "expirationDate",
        "federalRegister",
        "action",
        "reason",
        "sourceUrl",
        "linkedTo",
        "notes",
        "address",
        "city",
        "country",
        "nationality",
        "citizenship",
        "birthDate",
        "birthPlace",
        "gender",
        "title",
        "deathDate",
        "passportNumber",
        "idNumber",
        "taxNumber",
        "registrationNumber",
        "uscCode",
        "isin",
        "leiCode",
        "swiftBic",
        "email",
        "website",
        "phone",
        "imoNumber",
        "mmsi",
        "callSign",
        "vesselType",
        "flag",
        "tonnage",
        "grossRegisteredTonnage",
        "owner",
    ]
)
#: Sanction property -> property of the sanctioned entity.
SANCTION_PROPS = {
    "program": "program",
    "programId": "program",
    "authority": "authority",
    "reason": "reason",
    "startDate": "listingDate",
    "listingDate": "listingDate",
    "endDate": "expirationDate",
    "provisions": "action",
    "sourceUrl": "sourceUrl",
    "country": "",
}


#: Files of an export that hold no entities (dataset metadata).
METADATA_FILES = frozenset(["index.json", "statistics.json", "issues.json", "catalog.json",
                            "resources.json"])
#: Nested exports (targets with their related entities inside their properties).
NESTED_FILES = frozenset(["targets.nested.json", "targets.nested.jsonl"])
#: Delta files (``{"op": "ADD"|"MOD"|"DEL", "entity": ...}`` per line): applied by the
#: store to the snapshot in force, never parsed as a snapshot of their own.
DELTA_FILES = frozenset(["entities.delta.json", "delta.json", "entities.delta.jsonl"])


def _is_utf8(data: bytes, chunk: int = 1 << 24) -> bool:
    """Whether ``data`` is UTF-8, checked 16 MB at a time (never one string of it all)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(view[start:start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


class _NotFast(Exception):
    """The file is not UTF-8 JSON lines: read it as text."""


def _stamp(value: Any) -> str | None:
    """``2024-06-01T10:57:03`` as published (second precision), or ``None``."""
    if not isinstance(value, str) or not iso_prefix(value):
        return None
    return value.strip()[:19]


def _is_nested(item: dict[str, Any]) -> bool:
    for values in (item.get("properties") or {}).values():
        if isinstance(values, list) and any(isinstance(v, dict) and "schema" in v for v in values):
            return True
    return False


def unnest(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten nested FtM entities (``targets.nested.json``): every entity found inside a
    property becomes an entity of its own and the property keeps its id. The first
    occurrence of an id wins."""
    out: dict[str, dict[str, Any]] = {}

    def walk(item: dict[str, Any]) -> str | None:
        ident = _ref(item.get("id"))
        if ident is None or not isinstance(item.get("schema"), str):
            return None
        props: dict[str, Any] = {}
        for prop, values in (item.get("properties") or {}).items():
            if not isinstance(values, list):
                props[prop] = values
                continue
            flat: list[Any] = []
            for value in values:
                if isinstance(value, dict) and "schema" in value:
                    child = walk(value)
                    if child is not None and child != ident:
                        flat.append(child)
                else:
                    flat.append(value)
            props[prop] = flat
        if ident not in out:
            out[ident] = {**item, "properties": props}
        return ident

    for item in items:
        walk(item)
    return list(out.values())


def _ref(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def _strings(values: Any) -> list[str]:
    if values is None:
        return []
    if not isinstance(values, list):
        values = [values]
    return [v for v in values if isinstance(v, str)]



def json_lines(text: str, name: str, what: str = "file",
               again: str = "download or export it again") -> Iterator[tuple[int, Any]]:
    """The items of JSON Lines ``text`` as ``(line number, item)``, blank lines skipped. A
    last line cut off (no newline after it) says the ``what`` is truncated; any other bad
    line that it is damaged, naming the line."""
    lines = text.split("\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            if index == last and not text.endswith("\n"):
                raise ParseError(
                    f"{name}: line {index + 1}, the last one, is cut off; the {what} is "
                    "truncated",
                    hint="download it again",
                ) from None
            raise ParseError(
                f"{name}: line {index + 1} is not valid JSON ({exc.msg}, column {exc.colno})",
                hint=f"the {what} is damaged; {again}",
            ) from None
        yield index + 1, item

class FtmJson(Source):
    """FollowTheMoney entities (JSON lines or a JSON array), e.g. an OpenSanctions export.

    Thing schemas become records (Person, Organization, Company, LegalEntity, Vessel,
    Airplane, Security; PublicBody becomes Organization); the id is the FtM id. The first
    ``name`` is the name, the other names go to ``alias``. Properties of our vocabulary are
    copied; a few FtM ones are renamed (``position`` -> ``title``, ``innCode`` ->
    ``taxNumber``...). ``datasets`` -> ``list``. Sanction entities fill ``program``,
    ``authority``, ``reason``, ``listingDate`` (startDate) and ``expirationDate`` (endDate)
    of the entity they point at; Address entities referenced by ``addressEntity`` fill
    ``address``, ``city`` and ``country``. Other relation schemas (Ownership, Directorship,
    Identification...) are skipped. ``published`` is the latest ``last_seen`` date.
    """

    id: ClassVar[str] = "ftm"
    title: ClassVar[str] = "FollowTheMoney entities (JSON)"
    publisher: ClassVar[str] = "Any FtM publisher, e.g. OpenSanctions"
    homepage: ClassVar[str] = "https://followthemoney.tech/"
    legal_effect: ClassVar[str] = (
        "Depends on the list the entity comes from (see its program and list); an FtM "
        "export is a copy made by a third party, not the official list."
    )
    downloads: ClassVar[dict[str, str]] = {}
    files: ClassVar[tuple[str, ...]] = ("entities.ftm.json", "entities.json", "ftm.json")
    #: Any one ``*.json`` / ``*.jsonl`` / ``*.ftm.json`` file makes a snapshot.
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("ftm", "opensanctions")

    def accepts(self, name: str) -> bool:
        name = name.lower()
        return name.endswith((".json", ".jsonl", ".ndjson")) and name not in METADATA_FILES

    def entity_files(self, files: SnapshotFiles) -> list[str]:
        """The files holding entities: the flat export (``entities.ftm.json``) when there is
        one, since ``targets.nested.json`` repeats its targets; delta files never."""
        names = sorted(n for n in files if FtmJson.accepts(self, n) and n not in DELTA_FILES)
        flat = [n for n in names if n not in NESTED_FILES]
        return flat or names

    def entities(self, files: SnapshotFiles, warnings: list[str]) -> list[dict[str, Any]]:
        """Every FtM entity of the snapshot, flat (nested entities unnested, references
        as ids), in file order."""
        return list(self._iter_entities(files, warnings))

    def _iter_entities(self, files: SnapshotFiles, warnings: list[str]
                       ) -> Iterator[dict[str, Any]]:
        """``entities()`` one at a time: a flat JSON-lines export is read line by line
        (a million entities never sit in memory as dicts all at once)."""
        names = self.entity_files(files)
        if not names:
            raise ParseError(
                f"{self.id}: no .json or .jsonl file in this snapshot",
                hint="FtM entities come as entities.ftm.json (one JSON object per line)",
            )
        for name in names:
            items = self._iter_load(name, files[name], warnings)
            head = list(itertools.islice(items, 50))
            if any(_is_nested(item) for item in head):
                yield from unnest([*head, *items])
            else:
                yield from head
                yield from items

    def parse(self, files: SnapshotFiles) -> ParseResult:
        result = ParseResult(records=[])
        entities = self._iter_entities(files, result.warnings)
        names = self.entity_files(files)
        self._build(entities, result)
        if not result.records:
            raise ParseError(
                f"{', '.join(names)}: no Person, Organization, Company, LegalEntity, Vessel "
                "or Airplane entity found; not FollowTheMoney entities",
                hint="export entities in FtM JSON (one object per line with id, schema, "
                "properties)",
            )
        return result

    def _load(self, name: str, data: bytes, warnings: list[str]) -> list[dict[str, Any]]:
        return list(self._iter_load(name, data, warnings))

    def _iter_load(self, name: str, data: bytes, warnings: list[str]
                   ) -> Iterator[dict[str, Any]]:
        """The file's entities in order. JSON lines in UTF-8 are read from the bytes line
        by line (orjson); anything else (a JSON array, another encoding, a line orjson
        refuses) as text, as before, with the same errors."""
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head.startswith(b"[") and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            fast = self._fast_lines(name, data)
            try:
                first = next(fast)
            except StopIteration:
                return
            except _NotFast:
                pass
            else:
                yield first
                yield from fast
                return
        yield from self._load_text(name, data, warnings)

    def _fast_lines(self, name: str, data: bytes) -> Iterator[dict[str, Any]]:
        """JSON lines straight from UTF-8 bytes. Raises ``_NotFast`` before yielding
        anything when the file is not UTF-8 (decoding then falls back, with a warning)."""
        stream = io.BytesIO(data)  # (shares the bytes: no copy)
        loads = orjson.loads
        check = self._check
        total = len(data)
        if data.startswith(b"\xef\xbb\xbf"):
            stream.seek(3)
        if not _is_utf8(data):
            raise _NotFast()
        number = 0
        for raw in stream:
            number += 1
            try:
                item = loads(raw)
            except orjson.JSONDecodeError:
                if not raw.strip():
                    continue
                try:  # what orjson refuses and json reads (NaN, a lone surrogate); the
                    # bytes are UTF-8 (checked above): decoded here, never guessed by json
                    item = json.loads(raw.decode("utf-8"))
                except json.JSONDecodeError as exc:
                    if stream.tell() == total and not raw.endswith(b"\n"):
                        raise ParseError(
                            f"{name}: line {number}, the last one, is cut off; the file is "
                            "truncated",
                            hint="download it again",
                        ) from None
                    raise ParseError(
                        f"{name}: line {number} is not valid JSON ({exc.msg}, column "
                        f"{exc.colno})",
                        hint="the file is damaged; download or export it again",
                    ) from None
            yield check(name, number, item, "line")

    def _load_text(self, name: str, data: bytes, warnings: list[str]) -> list[dict[str, Any]]:
        text = self._text(name, data, warnings)
        stripped = text.lstrip()
        if stripped.startswith("["):
            try:
                loaded = json.loads(stripped)
            except json.JSONDecodeError as exc:
                if not stripped.rstrip().endswith("]"):
                    raise ParseError(
                        f"{name}: the JSON array ends early; the file is truncated",
                        hint="download it again",
                    ) from None
                raise ParseError(
                    f"{name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                    hint="download it again",
                ) from None
            items = list(loaded)
            return [self._check(name, i + 1, item, "item") for i, item in enumerate(items)]
        return [self._check(name, number, item, "line")
                for number, item in json_lines(text, name)]

    def _text(self, name: str, data: bytes, warnings: list[str]) -> str:
        return decode(data, name, warnings, strict=False)

    @staticmethod
    def _check(name: str, number: int, item: Any, what: str) -> dict[str, Any]:
        if not isinstance(item, dict) or not isinstance(item.get("schema"), str):
            raise ParseError(
                f"{name}: {what} {number} is not an FtM entity (a JSON object with id, schema "
                "and properties)",
                hint="this source reads FollowTheMoney JSON",
            )
        if not _ref(item.get("id")):
            raise ParseError(f"{name}: {what} {number} has no entity id")
        if not isinstance(item.get("properties", {}), dict):
            raise ParseError(f"{name}: {what} {number}: 'properties' is not an object")
        return item

    def _build(self, entities: Iterable[dict[str, Any]], result: ParseResult) -> None:
        addresses: dict[str, dict[str, Any]] = {}
        sanctions: list[dict[str, Any]] = []
        skipped: dict[str, int] = {}
        records: dict[str, Record] = {}
        address_refs: dict[str, list[str]] = {}
        dates: list[str] = []
        for item in entities:
            schema = item["schema"]
            props = item.get("properties") or {}
            stamp = iso_prefix(item.get("last_seen")) or iso_prefix(item.get("last_change"))
            if stamp:
                dates.append(stamp)
            if schema == "Address":
                addresses[item["id"]] = props
            elif schema == "Sanction":
                sanctions.append(props)
            elif schema in THING_SCHEMAS:
                record = self._record(item, result.warnings)
                if record is None:
                    continue
                if record.id in records:
                    result.warnings.append(f"entity {record.id} appears twice; kept the first")
                    continue
                records[record.id] = record
                refs = [_ref(v) for v in (item.get("properties") or {}).get("addressEntity") or []]
                address_refs[record.id] = [r for r in refs if r]
            else:
                skipped[schema] = skipped.get(schema, 0) + 1
        for record_id, record in records.items():
            self._apply_addresses(record, address_refs.get(record_id, []), addresses)
        for props in sanctions:
            for target in (_ref(v) for v in props.get("entity") or []):
                record = records.get(target or "")
                if record is None:
                    continue
                for prop, ours in SANCTION_PROPS.items():
                    if ours:
                        record.add(ours, *_strings(props.get(prop)))
        if skipped:
            summary = ", ".join(f"{n} {s}" for s, n in sorted(skipped.items()))
            result.warnings.append(f"skipped entities of other schemas: {summary}")
        result.records = list(records.values())
        result.published = max(dates) if dates else None

    def _record(self, item: dict[str, Any], warnings: list[str]) -> Record | None:
        props: dict[str, Any] = item.get("properties") or {}
        names = _strings(props.get("name"))
        if not names:
            warnings.append(f"entity {item['id']}: no name; skipped")
            return None
        record = Record(
            source=self.id, id=item["id"], schema=THING_SCHEMAS[item["schema"]], name=names[0]
        )
        record.add("alias", *[n for n in names[1:] if n != names[0]])
        record.add("list", *_strings(item.get("datasets")))
        # OpenSanctions' bookkeeping, kept: when the entity was first and last seen and
        # last changed, its datasets, and the ids of the source records it merges
        # (``referents``, for linking entries across sources).
        record.add("datasets", *_strings(item.get("datasets")))
        record.add("referents", *_strings(item.get("referents")))
        record.add("firstSeen", _stamp(item.get("first_seen")))
        record.add("lastSeen", _stamp(item.get("last_seen")))
        record.add("lastChange", _stamp(item.get("last_change")))
        for prop, values in props.items():
            if prop in ("name", "addressEntity"):
                continue
            strings = _strings(values)
            if prop in LABELLED_IDS:
                record.add("idNumber", *[f"{LABELLED_IDS[prop]}: {v}" for v in strings])
                continue
            ours = RENAMED.get(prop, prop if prop in VOCABULARY else "")
            if ours:
                record.add(ours, *strings)
        return record

    @staticmethod
    def _apply_addresses(
        record: Record, refs: list[str], addresses: dict[str, dict[str, Any]]
    ) -> None:
        for ref in refs:
            props = addresses.get(ref)
            if props is None:
                continue
            full = _strings(props.get("full"))
            if not full:
                parts = [
                    *_strings(props.get("street")),
                    *_strings(props.get("postalCode")),
                    *_strings(props.get("city")),
                    *_strings(props.get("country")),
                ]
                full = [", ".join(parts)] if parts else []
            record.add("address", *full)
            record.add("city", *_strings(props.get("city")))
            record.add("country", *_strings(props.get("country")))
