"""API keys: writes always need one (``LISTWATCH_API_KEYS``); reads only when
``LISTWATCH_PRIVATE_READS`` is true. Keys are compared in constant time and never logged.

Clients send ``Authorization: ApiKey <key>``, ``Authorization: Bearer <key>`` or
``X-API-Key: <key>``.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

from listwatch.settings import get_settings, private_reads


def _presented(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    for scheme in ("apikey ", "bearer "):
        if header.lower().startswith(scheme):
            return header[len(scheme):].strip()
    return request.headers.get("x-api-key")


def key_is_valid(presented: str | None, keys: list[str]) -> bool:
    """Constant-time check of a presented key against every configured key."""
    if not presented:
        return False
    ok = False
    for key in keys:
        ok |= hmac.compare_digest(presented.encode("utf-8"), key.encode("utf-8"))
    return ok


def require_write_key(request: Request) -> None:
    """FastAPI dependency for every write endpoint."""
    keys = get_settings().api_keys
    if not keys:
        raise HTTPException(
            status_code=403,
            detail="writes are disabled: set LISTWATCH_API_KEYS on the server to enable them",
        )
    if not key_is_valid(_presented(request), keys):
        raise HTTPException(
            status_code=401,
            detail="a valid API key is required: send 'Authorization: ApiKey <key>'",
            headers={"WWW-Authenticate": "ApiKey"},
        )


async def require_read_access(request: Request) -> None:
    """FastAPI dependency for reads: open unless LISTWATCH_PRIVATE_READS is set (async:
    no worker thread per request)."""
    if not private_reads():
        return
    if not key_is_valid(_presented(request), get_settings().api_keys):
        raise HTTPException(
            status_code=401,
            detail="reads are private on this server: send 'Authorization: ApiKey <key>'",
            headers={"WWW-Authenticate": "ApiKey"},
        )
