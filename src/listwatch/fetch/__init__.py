"""Download a source's current files: from the publisher, or from a mirror.

The package: ``official`` (``fetch_source``, ``fetch_one``), ``mirror`` (folder and URL
mirrors, ``fetch_dated_folders``), ``http`` (GET with retries and a size limit),
``result`` (``FetchResult`` and how per-file answers make one).

Official mode downloads every URL in ``source.downloads`` with httpx: timeouts and
retries (exponential backoff on connection errors, 5xx and 429) from settings,
conditional requests (``If-None-Match`` / ``If-Modified-Since`` from the validators of
the last successful download), a size limit enforced while streaming, and the shared
checks of ``sources.files`` (empty file, HTML error page).

Mirror mode (``--mirror`` / ``LISTWATCH_MIRROR``) reads the same files from a folder
or an http(s) server laid out as::

    <mirror>/<name>/<YYYY-MM-DD>/<file>       (or <file>.gz)

``<name>`` is the source id (``us_ofac_sdn``) or one of ``source.mirror_names``
(``ofac_sdn``). The latest date folder that holds the source's required files wins;
its name is the snapshot date. A URL mirror must serve a directory listing of
``<mirror>/<name>/`` whose links name the date folders (``<a href="2024-05-03/">``,
as ``python -m http.server`` produces); files are then fetched as
``<mirror>/<name>/<date>/<file>``, then ``<file>.gz`` (404 means absent), with
conditional requests too.

Validators (per file: ``url``, ``etag``, ``last_modified``, ``sha256``) are returned
for the store to persist and passed back on the next run. A file answering 304, or
whose bytes hash as before, is unchanged; if every file is, ``not_modified`` is set
and ``files`` is empty. Only ``listwatch.errors`` exceptions leave this package.
"""

from listwatch.fetch.mirror import fetch_dated_folders
from listwatch.fetch.official import fetch_one, fetch_source
from listwatch.fetch.result import FetchResult, Validators

__all__ = ["FetchResult", "Validators", "fetch_dated_folders", "fetch_one", "fetch_source"]
