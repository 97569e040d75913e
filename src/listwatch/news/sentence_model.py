"""A small sentence classifier: which legal event type, if any, a sentence states.

One logistic regression per event type (one-vs-rest, so a sentence may state two) over
hashed features of the sentence: lower-cased words with and without their accents, word
pairs, and word beginnings (``sanct`` for "sanctioned", "sanctions", "sanctionné"). The
names the mention finder found are masked first (one ``_ent_`` token), digits read as
``0``: the model learns the wording, not the parties or their dates.

The weights live in ``models/sentence_model.json`` beside this module, rebuilt by
``scripts/train_news_model.py`` from the labelled real articles and the written trigger
sentences (``train`` here; the same inputs give the same bytes). Only hashed feature
numbers and weights are stored: no text. Loading it needs numpy only.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .errors import NewsModelError as ModelError

MODEL_PATH = Path(__file__).resolve().parent / "models" / "sentence_model.json"
FORMAT = "listwatch-sentence-model/1"
BITS = 20
ENT = "_ent_"
_WORD = re.compile(r"[^\W\d_]+|\d+|[$€£%]", re.UNICODE)
_SCALE = 127


def fold(text: str) -> str:
    """Accents removed ("levée" -> "levee")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(text: str, masks: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Lower-cased words of ``text``, spans in ``masks`` (offsets in ``text``) as one
    ``_ent_`` each, numbers as ``0``."""
    out: list[str] = []
    pos = 0
    for a, b in sorted(masks):
        if a < pos:
            continue
        out.extend(_words(text[pos:a]))
        if not out or out[-1] != ENT:
            out.append(ENT)
        pos = max(pos, b)
    out.extend(_words(text[pos:]))
    return out


def _words(text: str) -> list[str]:
    return ["0" if w[0].isdigit() else w.lower() for w in _WORD.findall(text)]


def feature_strings(toks: Sequence[str]) -> list[str]:
    """The features of a token sequence, as strings (hashed by ``features``): each word
    as written and without its accents, and the first four letters of a longer one."""
    feats: list[str] = []
    for t in toks:
        f = fold(t)
        feats.append("w:" + t)
        if f != t:
            feats.append("w:" + f)
        if len(f) > 4:
            feats.append("p:" + f[:4])
    return feats


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & ((1 << BITS) - 1)


def features(text: str, masks: Sequence[tuple[int, int]] = ()) -> np.ndarray:
    """Distinct hashed feature numbers of a sentence."""
    return np.unique(np.fromiter((_hash(s) for s in feature_strings(tokens(text, masks))), dtype=np.int64))


@dataclass
class SentenceModel:
    """Per event type a weight per hashed feature (``index`` -> ``weights[:, k]``) and a
    bias; ``probabilities`` gives each type's probability for one sentence."""

    types: tuple[str, ...]
    index: np.ndarray  # sorted feature numbers that have a weight
    weights: np.ndarray  # (len(index), len(types))
    bias: np.ndarray  # (len(types),) float32

    def _rows(self, feats: np.ndarray) -> np.ndarray:
        pos = np.searchsorted(self.index, feats)
        pos = np.minimum(pos, len(self.index) - 1)
        return pos[self.index[pos] == feats]

    def probabilities(self, text: str, masks: Sequence[tuple[int, int]] = ()) -> dict[str, float]:
        rows = self._rows(features(text, masks))
        z = self.bias + self.weights[rows].sum(axis=0)
        p = 1.0 / (1.0 + np.exp(-z))
        return {t: float(p[k]) for k, t in enumerate(self.types)}

    def cue(self, text: str, typ: str, masks: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
        """Offsets of the word that speaks most for ``typ`` (where the event is told)."""
        k = self.types.index(typ)
        best: tuple[float, int, int] | None = None
        for m in _WORD.finditer(text):
            if any(a <= m.start() < b for a, b in masks):
                continue
            w = _words(m.group(0))[0]
            rows = self._rows(np.array(sorted({_hash(s) for s in feature_strings([w])}), dtype=np.int64))
            score = float(self.weights[rows, k].sum()) if len(rows) else 0.0
            if best is None or score > best[0]:
                best = (score, m.start(), m.end())
        return None if best is None or best[0] <= 0 else (best[1], best[2])

    # --- the file -----------------------------------------------------------------

    def dumps(self) -> bytes:
        """The model as JSON bytes: the same model gives the same bytes."""
        scale = round(float(np.abs(self.weights).max()) / _SCALE, 9) if self.weights.size else 1.0
        scale = scale or 1.0
        q = np.clip(np.rint(self.weights / scale), -_SCALE, _SCALE).astype(np.int8)
        keep = np.any(q != 0, axis=1)
        doc = {
            "format": FORMAT,
            "bits": BITS,
            "types": list(self.types),
            "scale": scale,
            "bias": [round(float(b), 6) for b in self.bias],
            "index": _b64(np.diff(self.index[keep], prepend=0).astype("<u4").tobytes()),
            "weights": _b64(q[keep].tobytes()),
        }
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def loads(cls, data: bytes) -> SentenceModel:
        try:
            doc = json.loads(data)
            if doc.get("format") != FORMAT or doc.get("bits") != BITS:
                raise ValueError(f"format {doc.get('format')!r}, bits {doc.get('bits')!r}")
            types = tuple(doc["types"])
            index = np.cumsum(np.frombuffer(_unb64(doc["index"]), dtype="<u4").astype(np.int64))
            q = np.frombuffer(_unb64(doc["weights"]), dtype=np.int8).reshape(len(index), len(types))
            weights = q.astype(np.float64) * float(doc["scale"])
            bias = np.asarray(doc["bias"], dtype=np.float32)
        except (ValueError, KeyError, TypeError, zlib.error) as e:
            raise ModelError(f"the news sentence model is unreadable: {e}",
                             hint="rebuild it with scripts/train_news_model.py") from e
        return cls(types, index, weights, bias)


def _b64(raw: bytes) -> str:
    return base64.b64encode(zlib.compress(raw, 9)).decode("ascii")


def _unb64(text: str) -> bytes:
    return zlib.decompress(base64.b64decode(text))


@cache
def load(path: Path = MODEL_PATH) -> SentenceModel:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ModelError(f"cannot read the news sentence model {path}: {e.strerror}",
                         hint="reinstall listwatch or rebuild it with scripts/train_news_model.py") from e
    return SentenceModel.loads(data)


# --- training (numpy only, deterministic: full-batch, no random start) -----------------


def train(
    examples: Sequence[tuple[np.ndarray, frozenset[str]]],
    types: Sequence[str],
    *,
    l2: float = 1e-3,
    steps: int = 300,
    rate: float = 0.1,
    balance: float = 0.5,
    weights: Sequence[float] | None = None,
) -> SentenceModel:
    """One-vs-rest logistic regression on (features, types stated) pairs, by full-batch
    Adam on the weighted log loss plus an L2 penalty: per type, the positives carry
    ``balance`` of the total weight and the negatives the rest; ``weights`` counts some
    examples more than others (a written near miss, say) within those shares."""
    ws = [1.0] * len(examples) if weights is None else list(weights)
    kept = [i for i, (f, _ts) in enumerate(examples) if len(f)]  # a sentence with no word says nothing
    examples = [examples[i] for i in kept]
    ew = np.array([ws[i] for i in kept], dtype=np.float64)
    n, kt = len(examples), len(types)
    lengths = np.array([len(f) for f, _t in examples], dtype=np.int64)
    flat = np.concatenate([f for f, _t in examples]) if n else np.zeros(0, dtype=np.int64)
    index, col = np.unique(flat, return_inverse=True)
    row = np.repeat(np.arange(n), lengths)
    y = np.array([[t in ts for t in types] for _f, ts in examples], dtype=np.float64).reshape(n, kt)
    ew2 = ew.reshape(n, 1)
    npos = np.maximum((y * ew2).sum(axis=0, keepdims=True), 1e-9)
    nneg = np.maximum(((1 - y) * ew2).sum(axis=0, keepdims=True), 1e-9)
    sw = ew2 * np.where(y > 0, balance / npos, (1 - balance) / nneg)
    d = len(index)
    w = np.zeros((d, kt))
    b = np.zeros(kt)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    b1, b2, eps = 0.9, 0.999, 1e-8
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if n else np.zeros(0, dtype=np.int64)
    for step in range(1, steps + 1):
        z = np.add.reduceat(w[col], starts, axis=0) if n else np.zeros((0, kt))
        z += b
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * sw
        gw: np.ndarray = np.stack(
            [np.bincount(col, weights=g[row, k], minlength=d) for k in range(kt)], axis=1
        ).astype(np.float64) + l2 * w
        gb = g.sum(axis=0)
        for prm, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= b1
            m += (1 - b1) * grad
            v *= b2
            v += (1 - b2) * grad * grad
            prm -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + eps)
    return SentenceModel(tuple(types), index.astype(np.int64), w.astype(np.float32), b.astype(np.float32))
