"""Sources a site defines in a small TOML file, without code.

A national list, an internal blacklist: a file names the source, where its file comes from
(a URL, a local path, or a mirror folder), its format (one of the built-in adapters, or a
CSV with a column map), what listing on it means legally and how often it is updated::

    id = "ch_seco_local"                 # [a-z][a-z0-9_]{2,39}; not a built-in id, not os_*
    title = "SECO sanctions (our copy)"
    publisher = "State Secretariat for Economic Affairs (SECO)"
    legal_effect = "Asset freeze under the Swiss Embargo Act"
    url = "https://example.org/list.csv"  # or path = "/srv/lists/list.csv", or mirror = "/srv/mirror"
    format = "csv"                       # a built-in adapter id (un_sc, eu_fsf...) or "csv"
    schedule = "daily"                   # hourly | daily | weekly | monthly | manual
    homepage = "https://..."             # optional

    [csv]                                # only for format = "csv"
    delimiter = ";"                      # default ","
    date_format = "dmy"                  # iso (default) | dmy (29/05/1972) | mdy
    [csv.columns]                        # listwatch column = the file's column
    id = "Ref"
    name = "Entity Name"
    aliases = "Other names"

The CSV columns listwatch knows are the custom CSV's (``docs/sources.md``, "Custom CSV");
``id`` and ``name`` must be mapped. Validation names every problem at once.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urlsplit

from listwatch.errors import ConfigError, ParseError
from listwatch.model import ParseResult
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles, Source

ID_RE = re.compile(r"^[a-z][a-z0-9_]{2,39}$")
SCHEDULES = {"hourly": 1 / 24, "daily": 1, "weekly": 7, "monthly": 30, "manual": None}
DATE_FORMATS = ("iso", "dmy", "mdy")
KEYS = {"id", "title", "publisher", "legal_effect", "url", "path", "mirror", "format",
        "schedule", "homepage", "file", "csv", "description"}
CSV_KEYS = {"delimiter", "date_format", "columns", "encoding"}
DATE_COLUMNS = ("birth_date", "listing_date")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass
class SiteDefinition:
    id: str
    title: str
    publisher: str
    legal_effect: str
    format: str
    schedule: str = "daily"
    url: str | None = None
    path: str | None = None
    mirror: str | None = None
    homepage: str = ""
    file: str = ""
    delimiter: str = ","
    date_format: str = "iso"
    columns: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the TOML as given

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "text"}


def parse_definition(text: str, what: str = "the definition") -> SiteDefinition:
    """Read and check a definition; a ``ConfigError`` lists every problem found."""
    from listwatch.sources import REGISTRY
    from listwatch.sources.custom import COLUMNS

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{what}: not valid TOML ({exc})",
                          hint="see docs/sources.md, 'A source a site defines'") from None
    problems: list[str] = []

    def text_of(key: str, required: bool = False) -> str:
        value = raw.get(key)
        if value is None:
            if required:
                problems.append(f"'{key}' is missing")
            return ""
        if not isinstance(value, str) or not value.strip():
            problems.append(f"'{key}' must be a non-empty string")
            return ""
        return value.strip()

    unknown = sorted(set(raw) - KEYS)
    if unknown:
        problems.append(f"unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(KEYS))})")
    sid = text_of("id", True)
    if sid and not ID_RE.match(sid):
        problems.append(f"id {sid!r} must be 3-40 lower-case letters, digits or _, starting "
                        "with a letter")
    elif sid in REGISTRY or sid.startswith("os_") or sid in ("custom", "ftm"):
        problems.append(f"id {sid!r} is a built-in source id (or os_*, kept for OpenSanctions); "
                        "choose another")
    fmt = text_of("format", True)
    adapters = sorted(set(REGISTRY) - {"custom"})
    if fmt and fmt != "csv" and fmt not in REGISTRY:
        problems.append(f"format {fmt!r} is not one of: csv, {', '.join(adapters)}")
    schedule = text_of("schedule") or "daily"
    if schedule not in SCHEDULES:
        problems.append(f"schedule {schedule!r} is not one of: {', '.join(SCHEDULES)}")
    url, path, mirror = text_of("url"), text_of("path"), text_of("mirror")
    if url and urlsplit(url).scheme not in ("http", "https"):
        problems.append(f"url {url!r} must be http:// or https:// (use 'path' for a local file)")
    if not (url or path or mirror):
        problems.append("give where the list comes from: url, path or mirror")
    definition = SiteDefinition(
        id=sid, title=text_of("title", True), publisher=text_of("publisher", True),
        legal_effect=text_of("legal_effect", True), format=fmt, schedule=schedule,
        url=url or None, path=path or None, mirror=mirror or None,
        homepage=text_of("homepage"), file=text_of("file"), text=text,
    )
    section = raw.get("csv")
    if fmt == "csv":
        if not isinstance(section, dict):
            problems.append("format 'csv' needs a [csv.columns] table mapping id and name to "
                            "the file's columns")
            section = {}
        bad = sorted(set(section) - CSV_KEYS)
        if bad:
            problems.append(f"unknown key(s) in [csv]: {', '.join(bad)}")
        delimiter = section.get("delimiter", ",")
        if not isinstance(delimiter, str) or len(delimiter) != 1:
            problems.append("[csv] delimiter must be one character, e.g. \",\" or \";\"")
        else:
            definition.delimiter = delimiter
        date_format = section.get("date_format", "iso")
        if date_format not in DATE_FORMATS:
            problems.append(f"[csv] date_format must be one of {', '.join(DATE_FORMATS)}")
        else:
            definition.date_format = date_format
        columns = section.get("columns", {})
        if not isinstance(columns, dict) or not all(isinstance(v, str) and v.strip()
                                                    for v in columns.values()):
            problems.append("[csv.columns] maps listwatch columns to the file's column names "
                            "(strings)")
            columns = {}
        wrong = sorted(set(columns) - set(COLUMNS))
        if wrong:
            problems.append(f"[csv.columns]: unknown column(s) {', '.join(wrong)} (known: "
                            f"{', '.join(COLUMNS)})")
        missing = [c for c in ("id", "name") if c not in columns]
        if missing:
            problems.append(f"[csv.columns] must map {' and '.join(missing)}")
        targets = [v.strip().lower() for v in columns.values()]
        if len(set(targets)) != len(targets):
            problems.append("[csv.columns]: two columns map to the same file column")
        definition.columns = {k: v.strip() for k, v in columns.items()}
    elif section is not None:
        problems.append(f"[csv] is only for format 'csv', not {fmt!r}")
    if problems:
        raise ConfigError(f"{what}: " + "; ".join(problems),
                          hint="see docs/sources.md, 'A source a site defines'")
    return definition


def _iso(value: str, date_format: str) -> str:
    """``29/05/1972`` -> ``1972-05-29`` (dmy) or -> ``1972-29-05``-free (mdy); else as is."""
    m = _DMY.match(value.strip())
    if not m or date_format == "iso":
        return value
    a, b, year = m.groups()
    day, month = (a, b) if date_format == "dmy" else (b, a)
    return f"{year}-{int(month):02d}-{int(day):02d}"


class SiteSource(Source):
    """A source defined by a site's TOML file (see the module docstring)."""

    id: ClassVar[str] = "site"  # replaced per instance
    title: ClassVar[str] = ""
    publisher: ClassVar[str] = ""
    legal_effect: ClassVar[str] = ""

    def __init__(self, definition: SiteDefinition) -> None:
        from listwatch.sources import get_source
        from listwatch.sources.custom import CustomCsv

        self.definition = definition
        # instance attributes shadow the class-level ones the interface declares
        self.id = definition.id  # type: ignore[misc]
        self.title = definition.title  # type: ignore[misc]
        self.publisher = definition.publisher  # type: ignore[misc]
        self.legal_effect = definition.legal_effect  # type: ignore[misc]
        self.homepage = definition.homepage  # type: ignore[misc]
        self.schedule = definition.schedule
        self.inner: Source = CustomCsv() if definition.format == "csv" else get_source(definition.format)
        name = definition.file or (urlsplit(definition.url).path.rsplit("/", 1)[-1]
                                   if definition.url else "") or (
            definition.path.rsplit("/", 1)[-1] if definition.path else "")
        name = name.lower() or (self.inner.files[0] if self.inner.files else "list.csv")
        self.downloads = {name: definition.url} if definition.url else {}  # type: ignore[misc]
        self.files = (name, *self.inner.files)  # type: ignore[misc]
        self.required = ()  # type: ignore[misc]
        self.mirror_names = (definition.id,)  # type: ignore[misc]

    def accepts(self, name: str) -> bool:
        return name.lower() in self.files or self.inner.accepts(name)

    def describe(self) -> dict[str, object]:
        return {**super().describe(), "defined_by_site": True, "format": self.definition.format,
                "schedule": self.schedule, "url": self.definition.url,
                "path": self.definition.path, "mirror": self.definition.mirror}

    def parse(self, files: SnapshotFiles) -> ParseResult:
        if self.definition.format == "csv":
            files = {self._csv_name(n): self._to_custom(n, data) for n, data in files.items()}
        else:
            # the adapter's own file name, so it finds the file however the site named it
            main = self.inner.required[0] if self.inner.required else (
                self.inner.files[0] if self.inner.files else None)
            if main and len(files) == 1 and not any(self.inner.accepts(n) for n in files):
                files = {main: next(iter(files.values()))}
        result = self.inner.parse(files)
        for record in result.records:
            record.source = self.id
        return result

    @staticmethod
    def _csv_name(name: str) -> str:
        return name if name.lower().endswith(".csv") else f"{name}.csv"

    def _to_custom(self, name: str, data: bytes) -> bytes:
        """The site's CSV rewritten as the custom CSV: its columns renamed by the map, its
        delimiter made a comma, its dates made ISO. Unmapped columns stay (kept in notes)."""
        d = self.definition
        text = decode(data, name, [], strict=True)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=d.delimiter, strict=True)
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise ParseError(f"{name}: not a valid CSV at line {reader.line_num} ({exc})",
                             hint=f"the site's definition says delimiter {d.delimiter!r}") from None
        if not rows:
            raise ParseError(f"{name}: the file is empty", hint="check the download")
        by_file = {v.lower(): k for k, v in d.columns.items()}
        header = [by_file.get(h.strip().lstrip("\ufeff").lower(), h.strip()) for h in rows[0]]
        missing = [d.columns[c] for c in ("id", "name") if c not in header]
        if missing:
            raise ParseError(
                f"{name}: missing column(s) {', '.join(missing)} that the definition of "
                f"{d.id} maps to id/name; found {', '.join(h for h in rows[0] if h) or 'none'}",
                hint="the file's columns changed, or the [csv.columns] map is wrong",
            )
        dates = [i for i, h in enumerate(header) if h in DATE_COLUMNS]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for row in rows[1:]:
            for i in dates:
                if i < len(row):
                    row[i] = _iso(row[i], d.date_format)
            writer.writerow(row)
        return out.getvalue().encode("utf-8")


__all__ = ["SCHEDULES", "SiteDefinition", "SiteSource", "parse_definition"]
