"""US Department of Defense "Chinese military company" lists: Section 1237 and Section 1260H.

The publisher has no machine-readable file: the lists are press releases with PDF
attachments and Federal Register notices. Their transcriptions are kept one folder per
publication date (``sec1237/<date>/list.csv``, ``sec1260h/<date>/list.csv`` and an
edition's printed removal section ``removed.csv``; see docs/sources.md). Columns:
``name, aliases, notes, name_clean, parent, action`` and ``os_start_date, os_end_date``
or ``source_url``.

A folder is either a *full edition* (every row ``listed`` or ``added``: the whole list of
that date) or a *change notice* (rows ``added``, ``added (re-designation)`` or
``removed``: single entries changed on that date; a correction removes one name and adds
another). 1237 tranches are change notices that only add. Both sources are therefore
``incremental``: ingest hands ``apply`` the records in force just before the snapshot's
date, and the snapshot stored is the list in force on that date.

Entry keys are the normalised name (``normal_key``); an entry re-printed under a new name
keeps its key when the new printing names the old one ("formerly", "also known as", an
alias) or, failing that, when exactly one entry that disappeared and exactly one that
appeared share a printed short name (DJI), or when a "formerly" name is a near spelling
of exactly one entry that disappeared ("Chen Du" / "Cheng Du Westone").
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from difflib import SequenceMatcher
from typing import ClassVar

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles, Source

#: How close (difflib ratio of the keys) a printed former name must be to a gone entry.
FORMER_NAME_RATIO = 0.93
REQUIRED_COLUMNS = ("name", "aliases", "notes", "name_clean", "action")
FULL_ACTIONS = ("listed", "added")
CHANGE_ACTIONS = ("added", "added (re-designation)", "removed")

_FORMS = {
    "limited": "ltd", "company": "co", "corporation": "corp", "incorporated": "inc",
    "technologies": "technology", "and": "&",
}
#: Legal forms dropped from the end of a key ("China Spacesat Co." = "China Spacesat Co., Ltd.").
_TRAILING = frozenset({"co", "ltd", "corp", "inc", "plc", "llc", "pty", "sa", "ag", "gmbh", "s", "l", "u"})
_QUALIFIER = re.compile(r"\((?:formerly|also known as|a\.?k\.?a\.?)\s", re.IGNORECASE)


def normal_key(name: str) -> str:
    """The key form of a name: ASCII-folded, lower case, legal forms shortened, punctuation
    gone (``Shenzhen DJI Innovation Technology Co., Ltd.`` -> ``shenzhen-dji-innovation-
    technology``)."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " & ")
    words = [_FORMS.get(w, w) for w in re.sub(r"[^a-z0-9&]+", " ", text).split()]
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    return "-".join(words).replace("&", "and")[:180]


def _clean_name(row: dict[str, str]) -> str:
    name = (row.get("name_clean") or "").strip() or row["name"].strip()
    m = _QUALIFIER.search(name)
    return name[: m.start()].strip() if m else name.rstrip(".").strip()


class _Row:
    __slots__ = ("action", "aliases", "line", "name", "notes", "parent", "printed", "previous",
                 "source_url")

    @classmethod
    def from_record(cls, rec: Record, line: int) -> _Row:
        """An entity of an FtM export (OpenSanctions) as a row of a full edition."""
        row = cls({"name": rec.name, "name_clean": rec.name, "action": "listed",
                   "aliases": "; ".join(rec.get("alias") + rec.get("weakAlias")),
                   "notes": " | ".join(f"list text: {r}" for r in rec.get("reason")),
                   "source_url": (rec.get("sourceUrl") or [""])[0]}, line)
        row.previous = rec.get("previousName")
        row.notes = " | ".join(filter(None, [row.notes, "from an FtM export (OpenSanctions)"]))
        return row

    def __init__(self, row: dict[str, str], line: int) -> None:
        self.line = line
        self.printed = row["name"].strip()
        self.name = _clean_name(row)
        self.action = (row.get("action") or "").strip().lower()
        self.notes = (row.get("notes") or "").strip()
        self.parent = (row.get("parent") or "").strip()
        self.source_url = (row.get("source_url") or "").strip()
        aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
        lowered = self.printed.casefold()
        self.previous = [a for a in aliases if f"formerly {a}".casefold() in lowered]
        self.aliases = [a for a in aliases if a not in self.previous]


def _read(data: bytes, what: str, warnings: list[str]) -> list[_Row]:
    text = decode(data, what, warnings)
    if text.strip() and not text.endswith(("\n", "\r")):
        warnings.append(f"{what}: no line break at the end of the file; its last row may be "
                        "cut short (check the file against the publication)")
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise ParseError(
                f"{what}: not a DoD list file: columns {', '.join(missing)} missing",
                hint="a list.csv has name, aliases, notes, name_clean, (parent,) action",
            )
        rows = []
        width = len(reader.fieldnames or [])
        for row in reader:
            values = [row.get(k) for k in (reader.fieldnames or [])]
            if None in values or row.get(None):  # type: ignore[call-overload]
                raise ParseError(
                    f"{what} line {reader.line_num}: {sum(v is not None for v in values)} fields "
                    f"where the header has {width}: the file is truncated or damaged",
                    hint="download the list again; a row cut short is never read as a whole entry",
                )
            if [(v or "").strip() for v in values] == header:
                warnings.append(f"{what} line {reader.line_num}: a repeated header row; skipped")
                continue
            if not (row.get("name") or "").strip():
                warnings.append(f"{what} line {reader.line_num}: no name; skipped")
                continue
            rows.append(_Row({k.strip(): v for k, v in row.items() if k}, reader.line_num))
    except csv.Error as exc:
        raise ParseError(f"{what} line {reader.line_num}: {exc}", hint="the file is damaged") from None
    return rows


class DodCmcList(Source):
    """Shared logic of the two DoD lists (their ids, titles and effects differ)."""

    publisher = "US Department of Defense"
    files = ("list.csv", "removed.csv", "entities.ftm.json")
    required = ("list.csv",)
    #: The setting naming an FtM export `update` reads (see settings.py), if any.
    ftm_setting: ClassVar[str | None] = None
    #: Ingest passes the records in force before the snapshot to ``apply``.
    incremental: ClassVar[bool] = True
    program: ClassVar[str]
    list_name: ClassVar[str]
    #: The legal basis of the list, a key of ``listwatch.legal`` rule tables.
    legal_basis: ClassVar[str]

    def parse(self, files: SnapshotFiles) -> ParseResult:
        """The folder on its own: an edition's entries, or a notice's changed entries."""
        return self.apply([], files, None)

    def apply(self, previous: list[Record], files: SnapshotFiles, date: str | None) -> ParseResult:
        warnings: list[str] = []
        if "list.csv" not in files and "entities.ftm.json" in files:
            return ParseResult(records=self._edition(previous, self._ftm_rows(files, date, warnings),
                                                     date, warnings), warnings=warnings)
        if "list.csv" not in files:
            raise ParseError(f"{self.id}: no list.csv in the snapshot's files",
                             hint="each dated folder holds a list.csv")
        rows = _read(files["list.csv"], "list.csv", warnings)
        if not rows:
            raise ParseError(f"{self.id}: list.csv has no entries", hint="the file is empty or cut")
        unknown = sorted({r.action for r in rows} - set(FULL_ACTIONS) - set(CHANGE_ACTIONS))
        if unknown:
            raise ParseError(
                f"{self.id}: list.csv has unknown action(s) {', '.join(map(repr, unknown))}",
                hint="actions are listed, added, 'added (re-designation)' or removed",
            )
        full = self.full_editions and all(r.action in FULL_ACTIONS for r in rows) and (
            any(r.action == "listed" for r in rows) or not previous
        )
        printed_removals = _read(files["removed.csv"], "removed.csv", warnings) if "removed.csv" in files else []
        if full:
            records = self._edition(previous, rows, date, warnings)
            names = {normal_key(r.name) for r in rows}
            for gone in printed_removals:
                if normal_key(gone.name) in names:
                    warnings.append(f"removed.csv: {gone.name!r} is printed as removed but is "
                                    "also in the edition; kept as listed")
        else:
            records = self._notice(previous, rows, date, warnings)
        return ParseResult(records=records, warnings=warnings)

    def _ftm_rows(self, files: SnapshotFiles, date: str | None, warnings: list[str]) -> list[_Row]:
        from listwatch.sources.ftm import FtmJson

        parsed = FtmJson().parse({"entities.ftm.json": files["entities.ftm.json"]})
        warnings.extend(parsed.warnings)
        rows = []
        for i, rec in enumerate(parsed.records, 1):
            ended = [d for d in rec.get("expirationDate") if date is None or d[:10] <= date]
            if ended or rec.schema not in ("Company", "Organization", "LegalEntity"):
                continue  # an entry whose listing ended, or not a company
            rows.append(_Row.from_record(rec, i))
        if not rows:
            raise ParseError(f"{self.id}: the FtM export holds no company in force",
                             hint="point LISTWATCH_DOD_1260H_FTM at the 1260H dataset's entities.ftm.json")
        return rows

    #: 1260H editions are whole lists; every 1237 publication only changes the list.
    full_editions: ClassVar[bool] = False

    # -- building records -------------------------------------------------------------

    def _record(self, row: _Row, rid: str, date: str | None, old: Record | None) -> Record:
        rec = Record(self.id, rid, "Company", row.name)
        if row.printed != row.name:
            rec.add("alias", row.printed.rstrip(".").strip())
        rec.add("alias", *row.aliases)
        rec.add("previousName", *row.previous)
        if old is not None:  # names it was printed under before stay known
            rec.add("previousName", *[n for n in old.names() if n not in rec.names()])
        rec.add("program", self.program)
        rec.add("list", self.list_name)
        rec.add("authority", self.publisher)
        rec.add("country", "CN")
        if row.parent:
            rec.add("linkedTo", row.parent)
        listed = old.first("listingDate") if old is not None else None
        rec.add("listingDate", listed or date)
        if row.source_url:
            rec.add("sourceUrl", row.source_url)
        for part in row.notes.split(" | "):
            part = part.strip()
            if part.lower().startswith("list text:"):
                rec.add("reason", part.split(":", 1)[1].strip())
            elif part:
                rec.add("notes", part)
        if row.action == "added (re-designation)" and date:
            rec.add("action", f"re-designated {date}")
        return rec

    def _match(self, row: _Row, pool: dict[str, Record]) -> str | None:
        """The key of the entry in ``pool`` that ``row`` re-prints, if any."""
        own = normal_key(row.name)
        if own in pool:
            return own
        wanted = {normal_key(n) for n in (row.printed, *row.previous, *row.aliases)}
        wanted.discard("")
        for key, rec in pool.items():
            names = {normal_key(n) for n in rec.names()} | {key}
            if normal_key(rec.name) in wanted or own in names:
                return key
            if row.previous and names & {normal_key(n) for n in row.previous}:
                return key
        return None

    def _edition(self, previous: list[Record], rows: list[_Row], date: str | None,
                 warnings: list[str]) -> list[Record]:
        pool = {r.id: r for r in previous}
        out: dict[str, Record] = {}
        unmatched: list[_Row] = []
        for row in rows:
            key = self._match(row, pool)
            if key is None:
                unmatched.append(row)
                continue
            old = pool.pop(key)
            if key in out:
                warnings.append(f"list.csv line {row.line}: {row.printed!r} repeats an entry; skipped")
                continue
            out[key] = self._record(row, key, date, old)
        # A renamed entry with no pointer to its old name: one gone and one new entry that
        # share a printed short name, unique on both sides.
        by_short: dict[str, list[_Row]] = {}
        for row in unmatched:
            for alias in row.aliases:
                by_short.setdefault(normal_key(alias), []).append(row)
        gone_short: dict[str, list[str]] = {}
        for key, rec in pool.items():
            for alias in rec.get("alias"):
                gone_short.setdefault(normal_key(alias), []).append(key)
        for short, new_rows in by_short.items():
            olds = gone_short.get(short, [])
            if len(new_rows) == 1 and len(olds) == 1 and olds[0] in pool and new_rows[0] in unmatched:
                row, key = new_rows[0], olds[0]
                out[key] = self._record(row, key, date, pool.pop(key))
                unmatched.remove(row)
        # A "formerly" name printed with a small spelling difference ("Chen Du Westone" for
        # the "Cheng Du Westone" of the edition before): the one gone entry it is close to.
        for row in [r for r in unmatched if r.previous]:
            close = [key for key in pool for old in row.previous
                     if SequenceMatcher(None, normal_key(old), key).ratio() >= FORMER_NAME_RATIO]
            if len(set(close)) == 1:
                key = close[0]
                out[key] = self._record(row, key, date, pool.pop(key))
                unmatched.remove(row)
        # A re-printing with a small spelling difference of its own name ("Constructions" /
        # "Construction"): unique both ways among the gone and the new entries.
        near: dict[str, list[_Row]] = {}
        for row in unmatched:
            own = normal_key(row.name)
            hits = [key for key in pool if SequenceMatcher(None, own, key).ratio() >= FORMER_NAME_RATIO]
            if len(hits) == 1:
                near.setdefault(hits[0], []).append(row)
        for key, rows_ in near.items():
            if len(rows_) == 1 and key in pool:
                out[key] = self._record(rows_[0], key, date, pool.pop(key))
                unmatched.remove(rows_[0])
        for row in unmatched:
            key = normal_key(row.name)
            if key in out:
                warnings.append(f"list.csv line {row.line}: {row.printed!r} repeats an entry; skipped")
                continue
            out[key] = self._record(row, key, date, None)
        return list(out.values())

    def _notice(self, previous: list[Record], rows: list[_Row], date: str | None,
                warnings: list[str]) -> list[Record]:
        state = {r.id: r for r in previous}
        for row in (r for r in rows if r.action == "removed"):
            key = self._match(row, state)
            if key is None:
                if previous:
                    raise ParseError(
                        f"{self.id}: the notice removes {row.printed!r}, which is not on the "
                        f"list in force before {date or 'it'}",
                        hint="ingest the earlier editions first, or check the name",
                    )
                continue  # a notice parsed on its own (no list in force): nothing to remove
            del state[key]
        for row in (r for r in rows if r.action != "removed"):
            key = self._match(row, state)
            old = state.get(key) if key else None
            if row.action == "added" and old is not None:
                warnings.append(f"list.csv line {row.line}: {row.printed!r} is added but already "
                                "listed; kept its listing date")
            state[key or normal_key(row.name)] = self._record(row, key or normal_key(row.name), date, old)
        if not previous and not state:
            # A notice that only removes, parsed without the list it changes.
            return [self._record(r, normal_key(r.name), date, None) for r in rows]
        return list(state.values())


class Dod1237(DodCmcList):
    id = "us_dod_1237"
    title = "US DoD Communist Chinese Military Companies (NDAA FY1999 Section 1237)"
    homepage = "https://www.defense.gov/News/Releases/Release/Article/2434513/"
    program = "1237"
    list_name = "Section 1237 CCMC list"
    legal_basis = "us_dod_1237"
    legal_effect = (
        "Communist Chinese military company under Section 1237 of the FY1999 NDAA. Under "
        "EO 13959 (as amended by EO 13974) US persons may not purchase its publicly traded "
        "securities from the later of 60 days after listing and 11 January 2021; divestment "
        "allowed until 11 November 2021 or 365 days after listing. EO 14032 replaced this "
        "basis from 3 June 2021 (see `listwatch status`)."
    )
    mirror_names = ("us_dod_cmc/sec1237", "sec1237")
    ended = "2021-06-03"
    successor = "us_ofac_cons"
    end_note = ("EO 14032 replaced the Section 1237 basis of EO 13959 with Treasury's NS-CMIC list; "
                "DoD: 'As of June 3, 2021, the Secretary of Defense has removed the entities listed here'")


class Dod1260H(DodCmcList):
    id = "us_dod_1260h"
    title = "US DoD Chinese Military Companies (NDAA FY2021 Section 1260H)"
    homepage = "https://www.federalregister.gov/documents/2025/01/07/2025-00070/"
    program = "1260H"
    list_name = "Section 1260H list"
    legal_basis = "us_dod_1260h"
    full_editions = True
    ftm_setting = "dod_1260h_ftm"
    legal_effect = (
        "Chinese military company under Section 1260H of the FY2021 NDAA. No prohibition on "
        "US persons by itself; from 30 June 2026 DoD may not contract with it (FY2024 NDAA "
        "s.805), from 30 June 2027 not indirectly either (see `listwatch status`)."
    )
    mirror_names = ("us_dod_cmc/sec1260h", "sec1260h")
