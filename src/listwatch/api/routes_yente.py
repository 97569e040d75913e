"""yente's service endpoints: ``/catalog`` (and ``/manifest``), ``/algorithms``,
``/updatez`` (a token-protected ``listwatch update``) and the public key that signs
screening records (``/.well-known/listwatch-signing-key``)."""

from __future__ import annotations

import hmac
import logging
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse

from listwatch.api.auth import require_read_access, require_write_key
from listwatch.api.datasets import COLLECTIONS, SOURCE_TOPICS
from listwatch.api.matching import ALGORITHMS, JSON
from listwatch.api.state import get_state
from listwatch.api.weights import feature_names
from listwatch.api.yente import matcher_docs
from listwatch.sources import REGISTRY, get_source
from listwatch.summary import sources_summary

log = logging.getLogger("listwatch.api")
router = APIRouter(tags=["yente service"])
read = [Depends(require_read_access)]


def _version(date: str | None, ingested: str | None) -> str | None:
    if not date:
        return None
    stamp = (ingested or "")[:19].replace("-", "").replace(":", "").replace("T", "")
    return f"{date.replace('-', '')}{stamp[8:14] if len(stamp) >= 14 else '000000'}-lw"


def catalog(store: Any) -> dict[str, Any]:
    """yente's ``DataCatalogModel``: every source and collection as a dataset."""
    rows = {r["id"]: r for r in sources_summary(store)}
    datasets: list[dict[str, Any]] = []
    current: list[str] = []
    outdated: list[str] = []
    for sid in REGISTRY:
        src = get_source(sid)
        row = rows.get(sid, {})
        latest = row.get("latest_date")
        version = _version(latest, row.get("last_ingested_at"))
        datasets.append({
            "name": sid, "title": src.title, "summary": src.title,
            "url": getattr(src, "homepage", None), "version": version,
            "updated_at": row.get("last_ingested_at"),
            "last_export": latest, "entity_count": row.get("records"),
            "thing_count": row.get("records"),
            "load": bool(latest), "index_version": version, "index_current": bool(latest),
            "children": [], "collections": [c for c, (_t, m) in COLLECTIONS.items() if sid in m],
            "topics": list(SOURCE_TOPICS.get(sid, ())),
            "snapshots": row.get("snapshots"),
        })
        if latest:
            current.append(sid)
    for name, (title, members) in COLLECTIONS.items():
        datasets.append({"name": name, "title": title, "summary": title, "version": None,
                         "load": False, "index_version": None, "index_current": False,
                         "children": list(members), "entity_count": sum(
                             rows.get(m, {}).get("records") or 0 for m in members)})
    return {"datasets": datasets, "current": current, "outdated": outdated,
            "index_stale": False}


@router.get("/catalog", dependencies=read, summary="Lists and collections (yente's catalog)")
def get_catalog(request: Request) -> JSONResponse:
    """yente's `DataCatalogModel`: each source and each named collection (`default`,
    `sanctions`, ...) is a dataset; a collection's `children` are its sources."""
    return JSONResponse(catalog(get_state(request).store))


@router.get("/manifest", dependencies=read, include_in_schema=False)
def get_manifest(request: Request) -> JSONResponse:
    return JSONResponse(catalog(get_state(request).store))


@router.get("/algorithms", dependencies=read, summary="The scoring algorithm (yente's shape)")
async def algorithms() -> JSONResponse:
    """yente's `AlgorithmResponse`: listwatch runs one algorithm, its weighted features;
    `best` names it too. Weights in a `/match` body use these feature names."""
    features = matcher_docs()
    docs = {"name": "listwatch", "description": "listwatch's weighted, documented features "
            "(docs/matching.md); a feature's weight can be changed per request with the "
            "/match body's `weights`", "config": {}, "features": features}
    return JSONResponse({
        "algorithms": [{"name": "listwatch", "description": docs["description"],
                        "features": features, "docs": docs}],
        "default": "best", "best": "listwatch",
        "names": list(ALGORITHMS), "features": feature_names(),
    })


_running = threading.Lock()


@router.post("/updatez", summary="Update the lists now (needs LISTWATCH_UPDATE_TOKEN)")
async def updatez(
    request: Request,
    token: Annotated[str, Query(description="The server's LISTWATCH_UPDATE_TOKEN")] = "",
    sync: Annotated[bool, Query(description="Wait for the update to finish")] = False,
) -> JSONResponse:
    """`listwatch update` run by the server (downloads from the publishers or
    LISTWATCH_MIRROR). Needs `token` = LISTWATCH_UPDATE_TOKEN (yente's way; a wrong one is
    a 403) or an API key (401 without). With `sync`, the update's report."""
    state = get_state(request)
    expected = state.settings.update_token
    if token.strip():
        if not expected or not hmac.compare_digest(token.encode("utf-8"),
                                                   expected.encode("utf-8")):
            raise HTTPException(403, detail="Invalid token: POST /updatez?token=<the server's "
                                "LISTWATCH_UPDATE_TOKEN> (unset on the server: updates "
                                "refused)")
    else:
        require_write_key(request)  # or, as every write, an API key

    def run() -> dict[str, Any]:
        from listwatch.update import update_sources

        with _running:
            report = update_sources(state.store)
            state.screeners.reload_now()
            return report

    if sync:
        report = await run_in_threadpool(run)
        failed = any(s["status"] == "failed" for s in report["sources"])
        return JSONResponse({"status": "failed" if failed else "ok", "report": report},
                            status_code=502 if failed else 200)

    def background() -> None:
        try:
            run()
        except Exception as exc:  # logged: nobody waits for it
            log.error("update failed: %s", exc)

    threading.Thread(target=background, name="listwatch-updatez", daemon=True).start()
    return JSONResponse({"status": "ok"})


@router.get("/.well-known/listwatch-signing-key", summary="The key that signs screenings")
def signing_key_json() -> JSONResponse:
    """The Ed25519 public key of this installation's screening records: `key_id` (SHA-256
    of the raw key), `public_key` (raw, base64) and PEM."""
    from listwatch.store.signing import signing_key

    key = signing_key()
    return JSONResponse({"algorithm": "Ed25519", "key_id": key.key_id,
                         "public_key": key.public_b64, "pem": key.public_pem()})


@router.get("/.well-known/listwatch-signing-key.pem", include_in_schema=False)
def signing_key_pem() -> PlainTextResponse:
    from listwatch.store.signing import signing_key

    return PlainTextResponse(signing_key().public_pem(), media_type="application/x-pem-file")


__all__ = ["router", "JSON"]
