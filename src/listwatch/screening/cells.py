"""What a batch makes of a result: the output columns and cells (CSV, Parquet), the
canonical JSON of a match for the audit record, in pieces made once per distinct query,
and the batch's matches kept on disk for that record (``Matches``).
Shared by every batch path (``batch``, ``batch_local``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring as _json_str  # type: ignore[attr-defined]
from typing import Any

from listwatch.store.audit import canonical_json
from listwatch.text import FORMULA_STARTS, neutralise

#: Columns added to every output row (the best result). ``matched_name`` is the best
#: result's ``name`` (renamed: the input has its own ``name`` column).
RESULT_COLUMNS = ("key", "source", "matched_name", "score", "match", "referents", "datasets")
#: ``referents`` and ``datasets`` are every listing of the best result's party (its own
#: key and source alone for an entry on one list), joined by ``LIST_SEPARATOR``
LIST_SEPARATOR = ";"


def joined(values: Any, alone: Any) -> str:
    """A cell of ``referents`` or ``datasets``: ``values`` (or ``alone`` when there are
    none) joined by ``LIST_SEPARATOR``; empty when there is no result."""
    if values:
        return LIST_SEPARATOR.join(values)
    return alone or ""
#: What the audit record keeps of each match of a batch (``referents`` and ``datasets``
#: only for a party on several lists, as in a single screening's record).
AUDIT_KEYS = ("key", "source", "name", "score", "match", "listed_from", "listed_to", "programs",
              "referents", "datasets")
MATCH_INDEX = AUDIT_KEYS.index("match")


def fragments(result: dict[str, Any]) -> tuple[str, str, str]:
    """A match's canonical JSON (as the audit record stores it) around ``id`` and ``row``,
    which differ between the rows sharing a result: the keys sorted before ``id``
    (``datasets``, or nothing), between ``id`` and ``row``, and after ``row``, made once
    per distinct query (in the worker). Written directly when every value is text, a
    list of texts, a bool or None (what results hold): the very text ``canonical_json``
    gives, without building the dicts and running the encoder; else through it."""
    programs = result["programs"] or ()
    referents = result.get("referents") or ()
    datasets = result.get("datasets") or ()
    key, name, frm, to = result["key"], result["name"], result["listed_from"], result["listed_to"]
    match = result["match"]
    if (key.__class__ is str and name.__class__ is str and match.__class__ is bool
            and (frm is None or frm.__class__ is str) and (to is None or to.__class__ is str)
            and _texts(programs) and _texts(referents) and _texts(datasets)):
        pre = f'"datasets":{_text_list(datasets)},' if datasets else ""
        head = (f'"key":{_json_str(key)},"listed_from":{_opt_str(frm)},'
                f'"listed_to":{_opt_str(to)},"match":{"true" if match else "false"},'
                f'"name":{_json_str(name)},"programs":{_text_list(programs)}')
        if referents:
            head += f',"referents":{_text_list(referents)}'
    else:
        fields = {k: result[k] for k in _HEAD[:-1]} | {"programs": list(programs)}
        if referents:
            fields["referents"] = list(referents)
        pre = canonical_json({"datasets": list(datasets)})[1:-1] + "," if datasets else ""
        head = canonical_json(fields)[1:-1]
    score, source = result["score"], result["source"]
    # (the class too: 1 and 1.0 are one key of a dict but two JSON texts)
    tail = _TAILS.get((score, source, score.__class__))
    if tail is None:
        if len(_TAILS) >= 100_000:
            _TAILS.clear()
        tail = _TAILS[(score, source, score.__class__)] = canonical_json(
            {"score": score, "source": source})[1:-1]
    return pre, head, tail


def _texts(values: Any) -> bool:
    """Whether ``values`` (a list or tuple) holds only text."""
    for v in values:
        if v.__class__ is not str:
            return False
    return True


def _text_list(values: Any) -> str:
    """A list of texts as canonical JSON."""
    return "[" + ",".join([_json_str(v) for v in values]) + "]"


def _opt_str(value: str | None) -> str:
    return "null" if value is None else _json_str(value)


_HEAD = ("key", "listed_from", "listed_to", "match", "name", "programs")
#: the ``score`` and ``source`` fragment by what it is made of (few distinct values)
_TAILS: dict[tuple[Any, Any, type], str] = {}


def cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else value


def csv_cell(value: Any) -> Any:
    """``neutralise(cell(value))``: a CSV cell."""
    if value.__class__ is str:
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return neutralise(cell(value))


def typed(value: Any, column: str) -> Any:
    if column in ("score", "match"):
        return value
    return None if value is None else str(value)


def match_dict(row: int, row_id: Any, values: tuple[Any, ...]) -> dict[str, Any]:
    match = {"row": row, "id": row_id,
             **dict(zip(AUDIT_KEYS, values[: len(AUDIT_KEYS)], strict=True))}
    match["programs"] = list(match["programs"] or [])
    for k in ("referents", "datasets"):  # (a party on several lists only)
        if match[k]:
            match[k] = list(match[k])
        else:
            del match[k]
    return match


#: a line break between two matches' JSON texts becomes the comma between list items
_LINES_TO_LIST = bytes.maketrans(b"\n", b",")


class Matches(Sequence[dict[str, Any]]):
    """The matches of a batch, for the audit record. A large batch has millions: each is
    written at once to a temporary file as its canonical JSON (the form the audit record
    stores), so the parent holds only their offsets. Read back as ``{"row", "id", "key",
    "source", "name", "score", "match", "listed_from", "listed_to", "programs"}`` dicts
    (with ``referents`` and ``datasets`` for a party on several lists) by iteration and
    indexing; ``json_array()`` is the record's JSON list of them."""

    def __init__(self) -> None:
        import tempfile
        from array import array

        self._file = tempfile.TemporaryFile()
        self._offsets = array("q")
        self._end = 0
        self._read = False

    def append_compact(self, row: int, row_id: Any, values: tuple[Any, ...]) -> None:
        """Append a match from its ``AUDIT_KEYS`` values (and, from ``screen_queries``,
        the ``fragments`` of its JSON)."""
        frags = values[len(AUDIT_KEYS)] if len(values) > len(AUDIT_KEYS) else None
        if frags is None or not (row_id is None or row_id.__class__ is str):
            self.append(match_dict(row, row_id, values))
            return
        ident = "null" if row_id is None else _json_str(row_id)
        pre, head, tail = frags
        self._write(f'{{{pre}"id":{ident},{head},"row":{row},{tail}}}\n'.encode())

    def append_lines(self, data: bytes | memoryview, starts: Any) -> None:
        """Append matches already as lines of canonical JSON: ``data`` holds them one
        after the other, ``starts`` (a numpy int64 array) where each begins."""
        if not len(starts):
            return
        if self._read:
            self._file.seek(self._end)
            self._read = False
        self._file.write(data)
        self._offsets.frombytes((starts + self._end).astype("<i8").tobytes())
        self._end += len(data)

    def append(self, match: dict[str, Any]) -> None:
        self._write(canonical_json(match).encode("utf-8") + b"\n")

    def _write(self, data: bytes) -> None:
        if self._read:  # (seeking flushes the write buffer: only after a read)
            self._file.seek(self._end)
            self._read = False
        self._file.write(data)
        self._offsets.append(self._end)
        self._end += len(data)

    def __len__(self) -> int:
        return len(self._offsets)

    def _seek(self, offset: int) -> None:
        self._file.flush()
        self._file.seek(offset)
        self._read = True

    def _lines(self) -> Iterator[bytes]:
        self._seek(0)
        for _ in range(len(self._offsets)):
            yield self._file.readline()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for line in self._lines():
            yield json.loads(line)

    def __getitem__(self, i: Any) -> Any:  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        self._seek(self._offsets[i])
        return json.loads(self._file.readline())

    def json_array(self) -> str:
        """The matches as one canonical JSON list (what ``record_screening`` stores as it
        is): each line is a match's canonical JSON, and a line break inside a JSON text
        is always escaped, so the lines joined by commas are the list."""
        if not self._end:
            return "[]"
        self._seek(0)
        # (read once into a buffer that has room for the opening bracket, the line breaks
        # turned into commas by a one-byte table and the last one into the closing bracket:
        # three passes over tens of MB instead of five)
        data = bytearray(self._end + 1)
        data[0] = 0x5B  # [
        view = memoryview(data)
        done = 1
        while done < len(data):
            got = self._file.readinto(view[done:])
            if not got:
                raise OSError("the matches' temporary file is shorter than written")
            done += got
        view.release()
        data[-1] = 0x5D  # ] (in place of the last line break)
        return data.translate(_LINES_TO_LIST).decode("utf-8")

    def close(self) -> None:
        self._file.close()
