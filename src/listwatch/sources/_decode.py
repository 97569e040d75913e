"""Text decoding and date helpers shared by the CSV, JSON and XML adapters of this package."""

from __future__ import annotations

import re

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def decode_text(data: bytes, what: str, warnings: list[str]) -> str:
    """Decode UTF-8 (with or without BOM); fall back to cp1252 and say so in ``warnings``."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.append(
            f"{what}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252 instead"
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1")


def is_partial_date(value: str) -> bool:
    """``2021``, ``2021-01`` or ``2021-01-05``."""
    return bool(_PARTIAL_DATE.match(value))


def iso_prefix(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO timestamp such as ``2026-08-05T16:47:04+02:00``."""
    if not value:
        return None
    head = value.strip()[:10]
    return head if re.match(r"^\d{4}-\d{2}-\d{2}$", head) else None
