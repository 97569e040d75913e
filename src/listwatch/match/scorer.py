"""The pairwise scorer: weighted feature functions combined into a calibrated 0..1 score.

In the style of nomenklatura's logic-v2: a list of (feature, weight); the score is the
weighted sum of the feature scores, clipped to 0..1. Name features are evaluated on every
pair of names (query name × candidate name) and the best pair wins; entity features
(identifiers, country, birth date, schema) are evaluated once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from listwatch.match import features as ft
from listwatch.match.features import Entity, EntityFeature, NameFeature
from listwatch.match.names import compare_names
from listwatch.match.normalize import PERSON, NormName, kind_of, normalize

#: Default decision threshold (see docs/matching.md for how it was chosen).
DEFAULT_THRESHOLD = 0.7


@dataclass
class Comparison:
    """A scored comparison: ``score`` in 0..1, ``match`` at the threshold, the explanation."""

    score: float
    match: bool
    explanation: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "match": self.match, "explanation": self.explanation}


class Scorer:
    """Weighted features → score. Subclass or pass weights to change the mix."""

    NAME_FEATURES: ClassVar[list[tuple[NameFeature, float]]] = [
        (ft.name_similarity, 1.0),
        (ft.number_mismatch, -0.3),
        (ft.legal_form_conflict, -0.3),
    ]
    ENTITY_FEATURES: ClassVar[list[tuple[EntityFeature, float]]] = [
        (ft.identifier_match, 0.95),
        (ft.identifier_mismatch, -0.2),
        (ft.country_mismatch, -0.15),
        (ft.birth_date_mismatch, -0.35),
        (ft.birth_date_match, 0.1),
        (ft.schema_mismatch, -1.0),
    ]
    #: person-only features
    PERSON_ONLY: ClassVar[frozenset[EntityFeature]] = frozenset(
        {ft.birth_date_mismatch, ft.birth_date_match})
    #: entity features that may raise a score only when the query gives a birth date
    #: (``lift``), and never where the two schemas cannot be one thing
    BIRTH_RAISING: ClassVar[frozenset[EntityFeature]] = frozenset({ft.birth_date_match})

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        #: the name features as ``(a, b) -> score`` for the hot path (no details built)
        self._fast_names: list[tuple[Callable[[NormName, NormName], float], float]] = [
            (_FAST.get(fn) or _scores_only(fn), weight) for fn, weight in self.NAME_FEATURES
        ]
        #: ``_entity_plan`` by (kind, which qualifiers the query has)
        self._entity_plans: dict[tuple[str, bool, bool, bool],
                                 list[tuple[EntityFeature, float, Any]]] = {}
        self._veto: bool | None = None
        self._compatible: dict[tuple[str, str], bool] = {}

    def _names(self, entity: Entity, kind: str) -> list[NormName]:
        return [normalize(n, kind) for n in entity.names if n and n.strip()]

    def _name_pair(
        self, qa: list[NormName], ca: list[NormName], explain: bool = True
    ) -> tuple[float, list[tuple[NameFeature, float, float, str]]]:
        best: tuple[float, list[tuple[NameFeature, float, float, str]]] = (0.0, [])
        for a in qa:
            for b in ca:
                parts = []
                total = 0.0
                for fn, weight in self.NAME_FEATURES:
                    if fn is ft.name_similarity:
                        score, detail = fn(a, b, explain)
                    else:
                        score, detail = fn(a, b)
                    parts.append((fn, weight, score, detail))
                    total += weight * score
                if total > best[0] or not best[1]:
                    best = (total, parts)
                if total >= 1.0:
                    return best
        return best

    @staticmethod
    def _applies(fn: EntityFeature, q: Entity, c: Entity) -> bool:
        """Cheap guard: skip a feature whose inputs are missing on either side."""
        if fn is ft.schema_mismatch:
            return q.schema != c.schema
        if fn in (ft.identifier_match, ft.identifier_mismatch):
            return bool(q.identifiers and c.identifiers)
        if fn is ft.country_mismatch:
            return bool(q.country and c.country)
        if fn is ft.birth_date_mismatch or fn is ft.birth_date_match:
            return bool(q.birth_date and c.birth_date)
        return True

    def score_prepared(
        self, q: Entity, c: Entity, qn: list[NormName], cn: list[NormName], kind: str
    ) -> float:
        """The score of ``compare(q, c, explain=False)`` with the names already normalised
        for ``kind`` (the hot path of screening: no explanation is built)."""
        best: float | None = None
        features = self._fast_names
        for a in qn:
            for b in cn:
                total = 0.0
                for fn, weight in features:
                    total += weight * fn(a, b)
                if best is None or total > best:
                    best = total
                if total >= 1.0:
                    break
            if best is not None and best >= 1.0:
                break
        total = best or 0.0
        plan_key = (kind, bool(q.identifiers), bool(q.country), bool(q.birth_date))
        plan = self._entity_plans.get(plan_key)
        if plan is None:
            plan = self._entity_plans[plan_key] = self._entity_plan(kind, q)
        applies = self._applies
        for efn, weight, fast in plan:
            if not applies(efn, q, c):
                continue
            score = fast(q, c)
            if score:
                total += weight * score
        return rounded(min(1.0, max(0.0, total)))

    def schema_veto(self) -> bool:
        """Whether a schema mismatch alone keeps a pair at score 0 when no identifier is
        compared (its weight outweighs every positive feature but the identifier ones):
        screening then leaves such candidates out unscored."""
        if self._veto is None:
            weight = dict(self.ENTITY_FEATURES).get(ft.schema_mismatch)
            # (a feature of ``BIRTH_RAISING`` gives nothing where the schemas mismatch)
            best = sum(max(0.0, w) for _, w in self.NAME_FEATURES) + sum(
                max(0.0, w) for fn, w in self.ENTITY_FEATURES
                if fn not in (ft.identifier_match, ft.identifier_mismatch, ft.schema_mismatch)
                and fn not in self.BIRTH_RAISING)
            self._veto = weight is not None and best + weight <= 0
        return self._veto

    def lift(self, birth_date: bool) -> float:
        """The most the entity features other than the identifiers' can raise a score of
        a query that gives a birth date (``birth_date``) or none: what screening lowers
        its floor by before it bounds candidates by their names alone."""
        if not birth_date:
            return 0.0
        return sum(w for fn, w in self.ENTITY_FEATURES if fn in self.BIRTH_RAISING and w > 0)

    def compatible(self, schema_a: str, schema_b: str) -> bool:
        """Whether ``ft.schema_mismatch`` lets the two schemas be the same thing (cached)."""
        key = (schema_a, schema_b)
        hit = self._compatible.get(key)
        if hit is None:
            hit = self._compatible[key] = not ft.schema_mismatch(
                Entity(schema_a, []), Entity(schema_b, []))[0]
        return hit

    def _entity_plan(self, kind: str, q: Entity) -> list[tuple[EntityFeature, float, Any]]:
        """The entity features that may apply to candidates of ``kind`` against ``q``:
        those whose query side is there (``_applies`` then checks the candidate's), each
        with its weight and its score without the detail."""
        plan = []
        for efn, weight in self.ENTITY_FEATURES:
            if efn in self.PERSON_ONLY and kind != PERSON:
                continue
            if efn in (ft.identifier_match, ft.identifier_mismatch) and not q.identifiers:
                continue
            if (efn is ft.country_mismatch and not q.country) or (
                    efn in (ft.birth_date_mismatch, ft.birth_date_match) and not q.birth_date):
                continue
            plan.append((efn, weight, _ENTITY_FAST.get(efn) or _entity_score_only(efn)))
        return plan

    def compare(self, query: Any, candidate: Any, explain: bool = True) -> Comparison:
        """Score ``candidate`` against ``query`` (Entities, dicts or Records)."""
        q = Entity.coerce(query)
        c = Entity.coerce(candidate)
        schema = q.schema if q.schema not in ("LegalEntity", "Thing") else c.schema
        kind = kind_of(schema)
        if not explain:
            final = self.score_prepared(q, c, self._names(q, kind), self._names(c, kind), kind)
            return Comparison(final, final >= self.threshold, [])
        total, parts = self._name_pair(self._names(q, kind), self._names(c, kind), explain)
        explanation: list[dict[str, Any]] = []
        if explain:
            explanation = [
                {
                    "feature": fn.__name__,
                    "weight": w,
                    "score": round(s, 4),
                    "detail": d,
                    "description": ft.doc(fn),
                }
                for fn, w, s, d in parts
                if s or fn is ft.name_similarity
            ]
        for efn, weight in self.ENTITY_FEATURES:
            if efn in self.PERSON_ONLY and kind != PERSON:
                continue
            if not self._applies(efn, q, c):
                continue
            score, detail = efn(q, c)
            if score:
                total += weight * score
                if explain:
                    explanation.append(
                        {
                            "feature": efn.__name__,
                            "weight": weight,
                            "score": round(score, 4),
                            "detail": detail,
                            "description": ft.doc(efn),
                        }
                    )
        final = round(min(1.0, max(0.0, total)), 4)
        return Comparison(final, final >= self.threshold, explanation)


def _scores_only(fn: NameFeature) -> Callable[[NormName, NormName], float]:
    return lambda a, b: fn(a, b)[0]


def _name_similarity(a: NormName, b: NormName) -> float:
    return compare_names(a, b, False).score


def _number_mismatch(a: NormName, b: NormName) -> float:
    return 0.0 if a.numbers == b.numbers else ft.number_mismatch(a, b)[0]


def _legal_form_conflict(a: NormName, b: NormName) -> float:
    return 0.0 if not a.forms or not b.forms else ft.legal_form_conflict(a, b)[0]


#: Scores of the standard name features without their details (same values).
_FAST: dict[NameFeature, Callable[[NormName, NormName], float]] = {
    ft.name_similarity: _name_similarity,
    ft.number_mismatch: _number_mismatch,
    ft.legal_form_conflict: _legal_form_conflict,
}

def rounded(score: Any) -> Any:
    """``round(score, 4)``, kept per value: a batch meets the same scores again and again,
    and rounding a float to decimal digits is dear (it goes through its decimal text)."""
    if score.__class__ is not float:  # (1 and 1.0 are one key, and round to 1 and 1.0)
        return round(score, 4)
    out = _ROUNDED.get(score)
    if out is None:
        if len(_ROUNDED) >= _ROUNDED_MAX:
            _ROUNDED.clear()
        out = _ROUNDED[score] = round(score, 4)
    return out


#: ``rounded`` of the scores met so far; emptied when it holds ``_ROUNDED_MAX``
_ROUNDED: dict[float, float] = {}
_ROUNDED_MAX = 100_000


def _entity_score_only(fn: EntityFeature) -> Callable[[Entity, Entity], float]:
    return lambda a, b: fn(a, b)[0]


def _schema_mismatch(a: Entity, b: Entity) -> float:
    """``ft.schema_mismatch(a, b)[0]``, kept per pair of schemas (no detail built)."""
    row = _SCHEMA_SCORES.get(a.schema)
    if row is None:
        row = _SCHEMA_SCORES[a.schema] = {}
    score = row.get(b.schema)
    if score is None:
        score = row[b.schema] = ft.schema_mismatch(a, b)[0]
    return score


#: ``_schema_mismatch`` by the two schemas (a few dozen schemas)
_SCHEMA_SCORES: dict[str, dict[str, float]] = {}
#: Scores of entity features without their details (same values), for ``score_prepared``.
_ENTITY_FAST: dict[EntityFeature, Callable[[Entity, Entity], float]] = {
    ft.schema_mismatch: _schema_mismatch,
}

_DEFAULT: Scorer | None = None


def default_scorer() -> Scorer:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Scorer()
    return _DEFAULT
