"""Downloads from a mirror laid out ``<mirror>/<name>/<YYYY-MM-DD>/<file>`` (or
``<file>.gz``): a folder, or an http(s) server whose ``<mirror>/<name>/`` lists the date
folders. The latest date folder holding the source's required files is the snapshot; for
change notices, every dated folder after the last one (``fetch_dated_folders``)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from rich import progress as rp

from listwatch.errors import FetchError, NotInMirror
from listwatch.fetch.http import Fetcher, Outcome, new_client, status_error
from listwatch.fetch.result import FetchResult, Validators, assemble, base_name
from listwatch.sources.base import Source
from listwatch.sources.files import DATE_RE, check_bytes, read_file

#: A URL mirror's date folders tried, newest first, before giving up.
MAX_MIRROR_DATES = 5
_HREF_RE = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def mirror_names(source: Source) -> list[str]:
    return list(dict.fromkeys((source.id, *source.mirror_names)))


def wanted_files(source: Source) -> tuple[list[str], list[str]]:
    """(every file to look for, files a snapshot needs; empty means "any one of them")."""
    files = list(source.files) or [base_name(k) for k in source.downloads]
    return files, [n for n in source.required if n in files]


def no_folder(source: Source, mirror: str) -> FetchError:
    names = ", ".join(mirror_names(source))
    files, _ = wanted_files(source)
    return NotInMirror(
        f"no {source.id} snapshot in mirror {mirror}: looked for <name>/<YYYY-MM-DD>/ "
        f"holding {', '.join(files) or 'its files'}, with <name> one of: {names}",
        hint="check the mirror's layout (<name>/<date>/<file>)",
    )


def folder_members(folder: Path, wanted: list[str], source: Source | None = None) -> dict[str, Path]:
    """The files of a mirror's date folder this source reads: its file names, or any name
    it accepts (OFSI's lists were saved under many names)."""
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        name = base_name(path.name)
        if (path.is_file() and (name in wanted or (source is not None and source.accepts(name)))
                and (name not in found or path.suffix != ".gz")):
            found[name] = path
    return found


def from_folder(source: Source, root: Path, validators: Validators) -> FetchResult:
    if not root.is_dir():
        raise FetchError(f"mirror folder {root} does not exist", hint="check --mirror")
    wanted, required = wanted_files(source)
    candidates = sorted(
        (
            (sub.name, -i, sub)
            for i, name in enumerate(mirror_names(source))
            if (root / name).is_dir()
            for sub in (root / name).iterdir()
            if sub.is_dir() and DATE_RE.match(sub.name)
        ),
        reverse=True,
    )
    for date, _, sub in candidates:  # noqa: B007 (date is used after the loop)
        members = folder_members(sub, wanted, source)
        if members and all(r in members for r in required):
            break
    else:
        raise no_folder(source, str(root))
    outcomes: dict[str, Outcome] = {}
    for name, path in members.items():
        data = read_file(path)[1]  # size limit and gunzip
        check_bytes(name, data)
        digest = hashlib.sha256(data).hexdigest()
        old = validators.get(name) or {}
        status = "unchanged" if old.get("sha256") == digest else "ok"
        outcomes[name] = Outcome(status, str(path), data, {"url": str(path), "sha256": digest})
    return assemble(source, outcomes, lambda n, o: o, date, [])


def listing_dates(html: bytes) -> list[str]:
    dates = set()
    for href in _HREF_RE.findall(html.decode("utf-8", "replace")):
        part = unquote(urlsplit(href).path).rstrip("/").rsplit("/", 1)[-1]
        if DATE_RE.match(part):
            dates.add(part)
    return sorted(dates)


def from_url_mirror(
    source: Source, mirror: str, validators: Validators, fetcher: Fetcher
) -> FetchResult:
    candidates: list[tuple[str, int, str]] = []  # (date, -rank of name, name)
    for i, name in enumerate(mirror_names(source)):
        resp, body = fetcher.get(f"{mirror}/{name}/", f"{name}/")
        if resp.status_code in (404, 410):
            continue
        if body is None:
            raise status_error(f"{mirror}/{name}/", resp, fetcher.retries)
        candidates += [(date, -i, name) for date in listing_dates(body)]
    wanted, required = wanted_files(source)
    for date, _, name in sorted(candidates, reverse=True)[:MAX_MIRROR_DATES]:
        base = f"{mirror}/{name}/{date}"
        outcomes: dict[str, Outcome] = {}
        for file in wanted:
            outcome = fetcher.fetch_either(base, file, validators.get(file))
            if outcome.status != "missing":
                outcomes[file] = outcome
            elif file in required:
                break  # this date lacks a required file: try the previous one
        if outcomes and all(r in outcomes for r in required):
            return assemble(
                source, outcomes, lambda n, o: fetcher.fetch_file(o.url, n, None), date, []
            )
    raise no_folder(source, mirror)


def fetch_dated_folders(
    source: Source, mirror: str, *, after: str | None, client: httpx.Client | None = None
) -> list[FetchResult]:
    """Every dated folder of ``source`` in ``mirror`` later than ``after``, oldest first.

    For sources whose folders are change notices (``us_dod_1260h``): each one is a snapshot
    that changes the one before, so none may be skipped as ``update`` does for whole lists.
    """
    wanted, required = wanted_files(source)
    found: dict[str, tuple[str, str]] = {}  # date -> (kind, base)
    if not mirror.startswith(("http://", "https://")):
        root = Path(mirror.removeprefix("file://"))
        if not root.is_dir():
            raise FetchError(f"mirror folder {root} does not exist", hint="check --mirror")
        for name in reversed(mirror_names(source)):
            if (root / name).is_dir():
                for sub in (root / name).iterdir():
                    if sub.is_dir() and DATE_RE.match(sub.name) and (after is None or sub.name > after):
                        found[sub.name] = ("dir", str(sub))
        out = []
        for date in sorted(found):
            members = folder_members(Path(found[date][1]), wanted, source)
            if not members or not all(r in members for r in required):
                continue
            files = {n: read_file(p)[1] for n, p in members.items()}
            for n, data in files.items():
                check_bytes(n, data)
            out.append(FetchResult(source.id, files, False, date, {},
                                   {n: str(p) for n, p in members.items()}))
        if not out and not any((root / n).is_dir() for n in mirror_names(source)):
            raise no_folder(source, str(root))
        return out
    own = client is None
    http = client or new_client()
    try:
        bar = rp.Progress(disable=True)
        fetcher = Fetcher(http, bar)
        listed = False
        for name in reversed(mirror_names(source)):
            resp, body = fetcher.get(f"{mirror.rstrip('/')}/{name}/", f"{name}/")
            if resp.status_code in (404, 410):
                continue
            if body is None:
                raise status_error(f"{mirror}/{name}/", resp, fetcher.retries)
            listed = True
            for date in listing_dates(body):
                if after is None or date > after:
                    found[date] = ("url", f"{mirror.rstrip('/')}/{name}/{date}")
        if not listed:
            raise no_folder(source, mirror)
        out = []
        for date in sorted(found):
            base = found[date][1]
            outcomes: dict[str, Outcome] = {}
            for file in wanted:
                outcome = fetcher.fetch_either(base, file, None)
                if outcome.status != "missing":
                    outcomes[file] = outcome
            if outcomes and all(r in outcomes for r in required):
                out.append(FetchResult(source.id, {n: o.data for n, o in outcomes.items()}, False,
                                       date, {}, {n: o.url for n, o in outcomes.items()}))
        return out
    finally:
        if own:
            http.close()
