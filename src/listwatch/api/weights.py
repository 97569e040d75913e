"""The body's ``weights`` and ``config`` of a yente ``/match`` request, mapped to listwatch's
scorer: a weight named after one of its features (``/algorithms`` lists them) replaces that
feature's coefficient for the request; anything else is reported back, never dropped silently.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from listwatch.match.scorer import Scorer


def feature_names() -> list[str]:
    return [fn.__name__ for fn, _w in [*Scorer.NAME_FEATURES, *Scorer.ENTITY_FEATURES]]


def split_weights(weights: dict[str, float], config: dict[str, Any]) -> dict[str, Any]:
    """``{"weights": applied, "ignored": {"weights": .., "config": ..}}``."""
    known = set(feature_names())
    applied = {k: float(v) for k, v in weights.items() if k in known}
    ignored_w = {k: v for k, v in weights.items() if k not in known}
    out: dict[str, Any] = {"weights": applied, "ignored": {}}
    if ignored_w:
        out["ignored"]["weights"] = {
            "values": ignored_w,
            "reason": "not a listwatch feature; the features are: " + ", ".join(sorted(known)),
        }
    if config:
        out["ignored"]["config"] = {
            "values": config,
            "reason": "listwatch's scorer takes no algorithm settings; use `weights` with "
            "its feature names, `threshold` and `cutoff`",
        }
    return out


@lru_cache(maxsize=32)
def weighted_scorer(items: tuple[tuple[str, float], ...]) -> Scorer:
    """The default scorer with some feature weights replaced."""
    weights = dict(items)

    class Weighted(Scorer):
        NAME_FEATURES = [(fn, weights.get(fn.__name__, w)) for fn, w in Scorer.NAME_FEATURES]
        ENTITY_FEATURES = [(fn, weights.get(fn.__name__, w))
                           for fn, w in Scorer.ENTITY_FEATURES]

    return Weighted()
