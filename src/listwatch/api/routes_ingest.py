"""``POST /ingest/{source}``: upload one snapshot's list files (needs an API key)."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from listwatch.api.auth import require_write_key
from listwatch.api.state import AppState, get_state
from listwatch.api.yente import ErrorResponse
from listwatch.errors import ConfigError, InputTooLarge, ParseError
from listwatch.sources import get_source
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.files import check_bytes, decompress_gzip
from listwatch.store.ingest import ingest_files
from listwatch.store.snapshots import check_date

router = APIRouter(tags=["writes"], dependencies=[Depends(require_write_key)])

_SAFE = re.compile(r"[^a-z0-9._-]+")


def upload_name(raw: str | None) -> str:
    """The lower-case base name of an uploaded file, without any path."""
    base = (raw or "").replace("\\", "/").rsplit("/", 1)[-1].strip().lower()
    base = _SAFE.sub("_", base)
    if not base or base in (".", ".."):
        raise ConfigError("an uploaded file has no name", hint="name each file part")
    return base


def collect_files(source: Source, uploads: list[tuple[str, bytes]], limit: int) -> SnapshotFiles:
    """The same checks as for files on disk: size, gzip bomb, empty or HTML, file names."""
    files: SnapshotFiles = {}
    for raw_name, data in uploads:
        name = upload_name(raw_name)
        if len(data) > limit:
            raise InputTooLarge(
                f"{name}: {len(data):,} bytes is above the limit of {limit:,}",
                hint="raise LISTWATCH_MAX_FILE_BYTES if the file is genuine",
            )
        if name.endswith(".gz") or data[:2] == b"\x1f\x8b":
            name = name.removesuffix(".gz")
            data = decompress_gzip(data, name, limit)
        if not source.accepts(name):
            if len(uploads) == 1 and source.files:
                name = source.required[0] if source.required else source.files[0]
            else:
                raise ParseError(
                    f"{name} is not a file of {source.id}",
                    hint=f"{source.id} reads " + (", ".join(source.files) or "its own files"),
                )
        if name in files:
            raise ConfigError(f"{name} was uploaded twice")
        check_bytes(name, data)
        files[name] = data
    if not files:
        raise ParseError("no files uploaded", hint="send them as multipart field 'files'")
    return files


def _ingest(
    state: AppState, source: Source, files: SnapshotFiles, date: str | None, force: bool
) -> dict[str, Any]:
    result = ingest_files(
        state.store, source, files, date=date, force=force,
        origin={n: "upload" for n in files},
    )
    out = result.to_dict()
    if result.status == "ingested":
        state.screeners.reload_now()
        from listwatch.watch.runner import after_new_data

        # watchlists are re-screened after every ingest, as after `update`
        out["alerts"] = after_new_data(state.store, snapshots=True,
                                       screener=state.screeners.get())["alerts"]
    return out


@router.post(
    "/ingest/{source}",
    status_code=201,
    responses={
        401: {"model": ErrorResponse}, 403: {"model": ErrorResponse},
        404: {"model": ErrorResponse}, 409: {"model": ErrorResponse},
        413: {"model": ErrorResponse}, 422: {"model": ErrorResponse},
    },
    summary="Ingest one snapshot of a source from uploaded files (needs an API key)",
)
async def ingest(
    request: Request,
    source: str,
    files: Annotated[list[UploadFile], File(description="The snapshot's list files")],
    date: Annotated[str | None, Form(description="Snapshot date YYYY-MM-DD")] = None,
    force: Annotated[bool, Form(description="Accept a far smaller snapshot")] = False,
) -> JSONResponse:
    """One transaction: the snapshot is fully in or not at all. 201 when ingested, 200 when
    the same files are already stored. The match index of this process reloads at once;
    other processes pick the change up within their reload interval."""
    state = get_state(request)
    src = get_source(source)
    if date:
        check_date(date, "date")
    uploads = [(f.filename or "", await f.read()) for f in files]
    collected = collect_files(src, uploads, state.settings.max_file_bytes)
    result = await run_in_threadpool(_ingest, state, src, collected, date, force)
    return JSONResponse(result, status_code=201 if result["status"] == "ingested" else 200)
