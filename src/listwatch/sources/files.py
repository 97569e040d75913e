"""Read a snapshot's files from disk: a file, a ``.gz``, or a folder of one snapshot.

Shared checks live here so every parser gets them: size limits (also against
decompression bombs), empty files, and HTML error pages served instead of a list.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from listwatch.errors import ConfigError, InputTooLarge, ParseError
from listwatch.settings import get_settings
from listwatch.sources.base import SnapshotFiles, Source

DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def decompress_gzip(data: bytes, name: str, limit: int) -> bytes:
    """Gunzip with a size limit, so a small bomb cannot fill memory."""
    out = bytearray()
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        chunk = d.decompress(data, limit + 1)
        out += chunk
        while d.unconsumed_tail and len(out) <= limit:
            out += d.decompress(d.unconsumed_tail, limit + 1 - len(out))
        if not d.eof and len(out) <= limit:
            raise ParseError(f"{name}: the gzip stream is truncated", hint="download it again")
    except zlib.error as exc:
        raise ParseError(f"{name}: not a valid gzip file ({exc})", hint="download it again") from None
    if len(out) > limit:
        raise InputTooLarge(
            f"{name}: more than {limit:,} bytes once decompressed",
            hint="raise LISTWATCH_MAX_FILE_BYTES if the file is genuine",
        )
    return bytes(out)


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and b"<html" in head[:512]
    )


def check_bytes(name: str, data: bytes) -> None:
    """Refuse what no list file can be: empty, or an HTML page."""
    if not data.strip(b" \t\r\n\x1a\x00"):
        raise ParseError(f"{name}: the file is empty", hint="the download probably failed; try again")
    if looks_like_html(data):
        raise ParseError(
            f"{name}: this is an HTML page, not a list file; the server probably sent an error page",
            hint="check the URL or try again later",
        )


def read_file(path: Path) -> tuple[str, bytes]:
    """Read one file (gunzipping ``.gz``); returns (lower-case name without .gz, bytes)."""
    limit = get_settings().max_file_bytes
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(f"{path}: cannot read ({exc.strerror})", hint="check the path") from None
    if size > limit:
        raise InputTooLarge(
            f"{path}: {size:,} bytes is above the limit of {limit:,}",
            hint="raise LISTWATCH_MAX_FILE_BYTES if the file is genuine",
        )
    data = path.read_bytes()
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
        data = decompress_gzip(data, path.name, limit)
    elif data[:2] == b"\x1f\x8b":
        data = decompress_gzip(data, path.name, limit)
    return name, data


def _kinds(source: Source) -> set[str]:
    """The suffixes (``.xml``, ``.csv``) of the files ``source`` reads."""
    return {"." + n.rsplit(".", 1)[1] for n in source.files if "." in n}


def folder_members(source: Source, folder: Path) -> list[tuple[Path, str | None]]:
    """The files of ``folder`` that make ``source``'s snapshot, each with the name it is
    read under (None: its own). None named as the source's files but one file of their
    kind (the list downloaded as ``20261201-FULL-1_1.xml``): that file, read as the
    source's main file, its content deciding whether it is the list (the source was
    named). Several files of that kind and none named: refused, naming them."""
    members = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    named = [m for m in members if source.accepts(m.name.lower().removesuffix(".gz"))]
    if named or not source.files:
        return [(m, None) for m in named]
    kinds = _kinds(source)
    lone = [m for m in members
            if any(m.name.lower().removesuffix(".gz").endswith(k) for k in kinds)]
    if len(lone) > 1:
        raise ParseError(
            f"{folder}: none of {source.id}'s file names ({', '.join(source.files)}) but "
            f"{len(lone)} files that could be its list: {', '.join(m.name for m in lone[:5])}",
            hint=f"ingest the one file (listwatch ingest FILE --source {source.id}) or "
                 f"rename it {source.required[0] if source.required else source.files[0]}")
    main = source.required[0] if source.required else source.files[0]
    return [(m, main) for m in lone]


def snapshot_files(source: Source, paths: list[Path]) -> SnapshotFiles:
    """Collect one snapshot's files for ``source`` from files and/or one folder's files."""
    files: SnapshotFiles = {}
    read_from: dict[str, Path] = {}

    def add(name: str, data: bytes, path: Path) -> None:
        if name in files:
            # (two files read under one name: the later would replace the earlier)
            raise ConfigError(
                f"two files read as {source.id}'s {name}: {read_from[name]} and {path}; a "
                "snapshot holds one of each of its files",
                hint="ingest each snapshot's files on its own (folders named by their "
                     "dates are each their own snapshot)")
        files[name], read_from[name] = data, path

    for path in paths:
        if path.is_dir():
            for member, as_name in folder_members(source, path):
                name, data = read_file(member)
                add(as_name or name, data, member)
        else:
            name, data = read_file(path)
            if not source.accepts(name) and len(paths) == 1 and source.files:
                # A single file under another name: let the parser judge its content,
                # naming it as the source's main file.
                name = source.required[0] if source.required else source.files[0]
            add(name, data, path)
    if not files:
        wanted = ", ".join(source.files) or "its files"
        raise ParseError(
            f"no {source.id} files found in {', '.join(map(str, paths))}",
            hint=f"{source.id} reads {wanted}",
        )
    for name, data in files.items():
        check_bytes(name, data)
    return files


def folder_date(path: Path) -> str | None:
    """The ISO date a path's folder names carry (``.../2021-08-18/sdn.csv``), if any."""
    for part in reversed(path.resolve().parts if path.exists() else path.parts):
        if DATE_RE.match(part):
            return part
    return None


def dated_subfolders(path: Path) -> list[tuple[str, Path]]:
    """Sub-folders named by ISO date, in date order; empty if ``path`` has none."""
    if not path.is_dir():
        return []
    found = [(p.name, p) for p in path.iterdir() if p.is_dir() and DATE_RE.match(p.name)]
    return sorted(found)
