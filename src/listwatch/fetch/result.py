"""What a download gives: ``FetchResult`` (the files, whether anything changed, the
snapshot's date, the validators to send next time), made from each file's answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from listwatch.errors import FetchError
from listwatch.fetch.http import MIRROR_HINT, Outcome, http_date
from listwatch.sources.base import SnapshotFiles, Source

Validators = dict[str, dict[str, str]]


@dataclass
class FetchResult:
    source_id: str
    #: Lower-case base file name (no ``.gz``) -> decompressed bytes. Empty if not_modified.
    files: SnapshotFiles
    #: Every file answered 304 or has the same sha256 as the last download.
    not_modified: bool
    #: ISO date of the snapshot: mirror folder date, else HTTP Last-Modified, else today.
    date: str
    validators: Validators
    #: File name -> URL or path it came from.
    origin: dict[str, str]
    warnings: list[str] = field(default_factory=list)


def base_name(name: str) -> str:
    return name.lower().removesuffix(".gz")


def assemble(
    source: Source,
    outcomes: dict[str, Outcome],
    refetch: Callable[[str, Outcome], Outcome],
    date: str | None,
    warnings: list[str],
) -> FetchResult:
    """Turn per-file outcomes into a result; re-download 304 files if others changed."""
    if not outcomes:
        raise FetchError(f"{source.id}: no file could be downloaded", hint=MIRROR_HINT)
    not_modified = all(o.status in ("not_modified", "unchanged") for o in outcomes.values())
    if not not_modified:
        for name, outcome in outcomes.items():
            if outcome.status == "not_modified":  # a snapshot needs every file's bytes
                outcomes[name] = refetch(name, outcome)
    validators = {name: o.validator for name, o in outcomes.items()}
    if date is None:
        main = next((n for n in source.required if n in outcomes), next(iter(outcomes)))
        date = (
            http_date(outcomes[main].validator.get("last_modified"))
            or datetime.now(UTC).date().isoformat()
        )
    return FetchResult(
        source_id=source.id,
        files={} if not_modified else {name: o.data for name, o in outcomes.items()},
        not_modified=not_modified,
        date=date,
        validators=validators,
        origin={name: o.url for name, o in outcomes.items()},
        warnings=warnings,
    )
