"""Every setting in one place, read from ``LISTWATCH_*`` environment variables.

``get_settings()`` reads the environment each time it is called (cheap), so tests and
the CLI's ``--db`` option can change a value by setting the variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from listwatch.errors import ConfigError


def _data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("listwatch", appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{_data_dir() / 'listwatch.db'}"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(
            f"{name}={raw!r} is not a whole number", hint="unset it or give e.g. 3"
        ) from None


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(
            f"{name}={raw!r} is not a number", hint="unset it or give e.g. 0.5"
        ) from None


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={raw!r} is not a boolean", hint="use true or false")


def _list(name: str) -> list[str]:
    raw = os.environ.get(name, "")
    return [part.strip() for part in raw.split(",") if part.strip()]


@dataclass(frozen=True)
class Settings:
    #: SQLAlchemy URL of the database. Default: a SQLite file in the user's data directory.
    db_url: str
    #: Where `update` downloads from instead of the publishers: a URL or a folder laid out
    #: ``<source>/<date>/<file>``.
    mirror: str | None
    #: A new snapshot with fewer than this share of the current snapshot's records is refused
    #: (unless forced).
    min_ratio: float = 0.5
    #: Largest file (after decompression) a parser accepts, in bytes.
    max_file_bytes: int = 512 * 1024 * 1024
    #: Largest upload the API accepts, in bytes.
    max_upload_bytes: int = 50 * 1024 * 1024
    #: HTTP timeout (seconds) and retries for downloads.
    http_timeout: float = 60.0
    http_retries: int = 3
    #: Seconds before a download's first retry, doubled at each next one (0: at once).
    http_backoff: float = 1.0
    #: Default screening threshold.
    match_threshold: float = 0.7
    #: API keys allowed to write (comma separated). Empty: writes are refused.
    api_keys: list[str] = field(default_factory=list)
    #: Require an API key for reads too.
    private_reads: bool = False
    #: Log level and format (``text`` or ``json``).
    log_level: str = "WARNING"
    log_format: str = "text"
    #: Webhook for watchlist alerts and the secret that signs its body (HMAC-SHA256).
    webhook_url: str | None = None
    webhook_secret: str | None = None
    #: The operator's name recorded in screening audit records.
    user: str = "anonymous"
    #: How often (seconds) an API process checks the database for new snapshots.
    reload_interval: float = 3.0
    #: A list whose snapshot a screening uses is this many days older than the screening's
    #: date (an official list `update` can fetch): the screening says so.
    stale_days: int = 30
    #: Most queries accepted in one POST /match request.
    max_batch: int = 100
    #: Store every API screening (``/match``, ``/reconcile``) as a signed, hash-chained
    #: audit record (``LISTWATCH_AUDIT_API=false`` turns it off; ``?audit=true`` then asks).
    audit_api: bool = True
    #: Answer valid ``POST /match`` requests through the API's lean path (``api.lean``:
    #: the same answers without FastAPI's parameter parsing); false: FastAPI for all.
    api_lean: bool = True
    #: The interpreter's switch interval (ms) in an API process: how long a thread waits
    #: for the interpreter while another computes. The audit writer's thread holds the
    #: screening chain's lock across its round trips, so it must get the interpreter back
    #: soon after its answer arrives (Python's default is five times that); 0 leaves it.
    api_switch_ms: float = 1.0
    #: Token of ``POST /updatez?token=`` (yente's forced update); unset: refused.
    update_token: str | None = None
    #: Where listwatch keeps its files besides the database (the screening signing key
    #: under ``keys/``). Default: the user's data directory.
    data_dir: Path = field(default_factory=_data_dir)
    #: Freed memory (MB) a batch worker process keeps for its next job instead of giving
    #: it back to the system (glibc's malloc: ``M_TRIM_THRESHOLD``; up to 32 MB also the
    #: size below which blocks come from the heap). 0: the C library's defaults.
    worker_heap_keep_mb: int = 64
    #: Where `update` reads OpenSanctions' FtM export of the DoD 1260H list (a path or URL
    #: of ``entities.ftm.json`` of ``us_dod_chinese_milcorps``); unset: not read.
    dod_1260h_ftm: str | None = None
    #: How an all-numeric date like 07/10/1952 is read in screening input: ``dmy``
    #: (7 October, the default) or ``mdy`` (July 10).
    date_order: str = "dmy"
    #: Folder of the screening index cache (``screening.index_cache``): the candidate
    #: index kept on disk with the snapshots it was built from, so a command that screens
    #: starts without building it. ``LISTWATCH_INDEX_CACHE=off``: always built. Default:
    #: ``index-cache`` in the data directory.
    index_cache: Path | None = None


def _index_cache(data_dir: Path) -> Path | None:
    raw = (os.environ.get("LISTWATCH_INDEX_CACHE") or "").strip()
    if raw.lower() in ("off", "false", "no", "0", "none"):
        return None
    return Path(raw).expanduser() if raw else data_dir / "index-cache"


def _date_order() -> str:
    raw = (os.environ.get("LISTWATCH_DATE_ORDER") or "dmy").strip().lower()
    if raw not in ("dmy", "mdy"):
        raise ConfigError(f"LISTWATCH_DATE_ORDER={raw!r} is not a date order",
                          hint="use dmy (07/10/1952 is 7 October) or mdy (July 10)")
    return raw


def compiled_enabled() -> bool:
    """``LISTWATCH_COMPILED`` (default true): use the compiled screening core when it is
    built and up to date (``listwatch.match.compiled``); false: pure Python. Read alone:
    it is needed when ``listwatch.match`` is imported."""
    return _bool("LISTWATCH_COMPILED", True)


def news_model_enabled() -> bool:
    """``LISTWATCH_NEWS_MODEL`` (default false): the news reader also asks its sentence
    model about the sentences no rule reads (``news.model_events``). Read alone: the
    reader asks it once per article."""
    return _bool("LISTWATCH_NEWS_MODEL", False)


def news_party_model_enabled() -> bool:
    """``LISTWATCH_NEWS_PARTY_MODEL`` (default false): the news reader asks its party model
    (``news.party_model``) which names of each act's sentence the act is about, dropping
    parties the rules chose and adding ones they left."""
    return _bool("LISTWATCH_NEWS_PARTY_MODEL", False)


def news_max_chars() -> int:
    """``LISTWATCH_NEWS_MAX_CHARS`` (default 500,000): the longest article text the news
    reader takes, in characters after HTML extraction; a longer one is refused with a
    message, never read in part."""
    value = _int("LISTWATCH_NEWS_MAX_CHARS", 500_000)
    if value < 1:
        raise ConfigError(f"LISTWATCH_NEWS_MAX_CHARS={value} is not a size",
                          hint="give a number of characters above 0, e.g. 500000")
    return value


def news_model_threshold() -> float | None:
    """``LISTWATCH_NEWS_MODEL_THRESHOLD``: one probability the sentence model must give
    before it speaks, for every type; unset: its own per-type thresholds."""
    raw = os.environ.get("LISTWATCH_NEWS_MODEL_THRESHOLD")
    if raw is None or raw == "":
        return None
    value = _float("LISTWATCH_NEWS_MODEL_THRESHOLD", 0.0)
    if not 0.0 < value <= 1.0:
        raise ConfigError(f"LISTWATCH_NEWS_MODEL_THRESHOLD={raw!r} is not a probability",
                          hint="give a number above 0 and at most 1, e.g. 0.7")
    return value


def private_reads() -> bool:
    """``LISTWATCH_PRIVATE_READS`` alone: the API asks on every read, and reading every
    setting (``get_settings``) costs more than many a request."""
    return _bool("LISTWATCH_PRIVATE_READS", False)


def get_settings() -> Settings:
    env = os.environ
    data_dir = Path(env["LISTWATCH_DATA_DIR"]) if env.get("LISTWATCH_DATA_DIR") else _data_dir()
    return Settings(
        db_url=env.get("LISTWATCH_DB") or default_db_url(),
        mirror=env.get("LISTWATCH_MIRROR") or None,
        dod_1260h_ftm=env.get("LISTWATCH_DOD_1260H_FTM") or None,
        min_ratio=_float("LISTWATCH_MIN_RATIO", 0.5),
        max_file_bytes=_int("LISTWATCH_MAX_FILE_BYTES", 512 * 1024 * 1024),
        max_upload_bytes=_int("LISTWATCH_MAX_UPLOAD_BYTES", 50 * 1024 * 1024),
        http_timeout=_float("LISTWATCH_HTTP_TIMEOUT", 60.0),
        http_retries=_int("LISTWATCH_HTTP_RETRIES", 3),
        http_backoff=max(0.0, _float("LISTWATCH_HTTP_BACKOFF", 1.0)),
        match_threshold=_float("LISTWATCH_MATCH_THRESHOLD", 0.7),
        api_keys=_list("LISTWATCH_API_KEYS"),
        private_reads=private_reads(),
        log_level=env.get("LISTWATCH_LOG_LEVEL", "WARNING").upper(),
        log_format=env.get("LISTWATCH_LOG_FORMAT", "text"),
        webhook_url=env.get("LISTWATCH_WEBHOOK_URL") or None,
        webhook_secret=env.get("LISTWATCH_WEBHOOK_SECRET") or None,
        user=env.get("LISTWATCH_USER") or env.get("USER") or "anonymous",
        reload_interval=_float("LISTWATCH_RELOAD_INTERVAL", 3.0),
        stale_days=_int("LISTWATCH_STALE_DAYS", 30),
        max_batch=_int("LISTWATCH_MAX_BATCH", 100),
        audit_api=_bool("LISTWATCH_AUDIT_API", True),
        api_lean=_bool("LISTWATCH_API_LEAN", True),
        api_switch_ms=max(0.0, _float("LISTWATCH_API_SWITCH_MS", 1.0)),
        update_token=env.get("LISTWATCH_UPDATE_TOKEN") or None,
        data_dir=data_dir,
        index_cache=_index_cache(data_dir),
        worker_heap_keep_mb=_int("LISTWATCH_WORKER_HEAP_KEEP_MB", 64),
        date_order=_date_order(),
    )
