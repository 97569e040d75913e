"""Screening: a query (names, identifier, qualifiers) against every list, as of a date.

``Screener.load(store)`` reads or builds the candidate index once (``index_cache``,
``index``); ``screen()`` and ``screen_batch()`` retrieve candidates through it (``vector``:
one path for both) and score them with the pairwise Scorer. The query's side is read in
``query``; results are made in ``results``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from listwatch.match import features as ft
from listwatch.match.commonness import observe as observe_words
from listwatch.match.commonness import prepare as prepare_words
from listwatch.match.features import Entity
from listwatch.match.normalize import NormName, kind_of, normalize
from listwatch.match.scorer import Scorer, default_scorer, rounded
from listwatch.screening.bounds import upper_bounds
from listwatch.screening.exact import ExactNames, listed_spellings
from listwatch.screening.index import NameIndex, Version, identifier_keys
from listwatch.screening.links import (
    EntityLinks,
    anchors,
    find_links,
    main_names,
    reviewed_links,
)
from listwatch.screening.memory import gc_paused
from listwatch.screening.query import (
    QUERY_KEYS,
    as_list,
    as_screened,
    guess_identifier_kind,
    query_entity,
    query_schema,
    threshold_of,
    version_entity,
)
from listwatch.screening.results import Scored, merge_listings, per_party, result_dict
from listwatch.screening.twins import Table, listing_names, with_twins
from listwatch.screening.vector import Hit, VectorIndex

#: Entries the Scorer sees for a query after retrieval, and the cheap retrieval score
#: below which a name is no candidate: the same for a query alone, in a batch, in a file.
CANDIDATES = 6
MIN_CHEAP = 0.3


def retrieval(limit: int, *, extra: int = 0, excluded: int = 0,
              dropping: bool = False) -> tuple[int, int]:
    """``(results, candidates)`` to ask the Screener for, so that ``limit`` results are
    left after ``extra`` decided hits, ``excluded`` entry ids and filters that drop results
    by what they are (``dropping``: schema, topics, changed since) are taken out. The
    Scorer sees ``CANDIDATES`` entries, as everywhere; more only when more results than
    that are wanted (a page of a search, a filter's leftovers)."""
    fetch = limit + extra + excluded + (2 * limit + 8 if dropping else 0)
    return fetch, max(CANDIDATES, fetch) if (excluded or dropping) else CANDIDATES


@dataclass
class Screener:
    """Screens queries against an in-memory index of the store's versions."""

    index: NameIndex
    snapshots: dict[str, list[tuple[int, str]]]
    max_snapshot_id: int
    scorer: Scorer
    _vector: VectorIndex | None = field(default=None, init=False, repr=False)
    _exact: ExactNames | None = field(default=None, init=False, repr=False)
    #: candidate entities of queries without a country, by (version, *names), for the
    #: index they were made from (``_candidate``)
    _entities: tuple[Any, dict[tuple[int, ...], Entity]] = field(
        default=(None, {}), init=False, repr=False)
    #: entries of different lists that are one party (``links.EntityLinks``); None: not
    #: worked out yet (``links`` property)
    _links: EntityLinks | None = field(default=None, repr=False)
    #: where the index came from (``index_cache.Built.origin``; ``given``: a caller's)
    origin: str = field(default="given", repr=False)
    #: the versions of the entries other lists republish (``EntityLinks.original``), for
    #: the index and links they were read from (``_original``)
    _originals: tuple[Any, dict[str, list[int]]] = field(
        default=(None, {}), init=False, repr=False)
    #: ``twins.listing_names`` for the index and links it was made from (``_twin_table``)
    _twin_names: tuple[Any, Table] = field(default=(None, {}), init=False, repr=False)
    #: ``_scorer_traits`` of the scorer they were worked out for
    _traits: tuple[Any, bool, bool] = field(default=(None, False, False), init=False,
                                            repr=False)

    def __post_init__(self) -> None:
        # the scorer weighs name words by how common they are in these lists
        observe_words(self.index.postings, len(self.index.name_text), self.index.common_keys)

    @classmethod
    def load(cls, store: Any, *, sources: list[str] | None = None,
             scorer: Scorer | None = None, cache: Any = True) -> Screener:
        """The index of every version in ``store``, read from the index cache when it
        holds one for the store's snapshots and this code, else built (and cached):
        ``index_cache.load_index``; ``cache``: its folder (True: the setting, None: no
        cache). Remembers the snapshots."""
        from listwatch.screening.index_cache import load_index

        snaps, top = _snapshot_table(store)
        built = load_index(store, sources, folder=cache)
        screener = cls(built.index, snaps, top, scorer or default_scorer())
        screener._vector = built.vector
        screener._exact = built.exact
        screener._links = EntityLinks.build(built.links, reviewed_links(store),
                                            main_names(built.index), anchors(built.index))
        screener.origin = built.origin
        return screener

    @property
    def links(self) -> EntityLinks:
        """The clusters of entries that are one party (found in the index, without the
        reviewers' corrections when the screener was not loaded from a store)."""
        if self._links is None:
            self._links = EntityLinks.build(find_links(self.index),
                                            names=main_names(self.index),
                                            anchors=anchors(self.index))
        return self._links

    @classmethod
    def from_index(cls, index: NameIndex, scorer: Scorer | None = None) -> Screener:
        """A screener over a hand-built index (no snapshot table; for tests and tools)."""
        return cls(index, {}, 0, scorer or default_scorer())

    def is_stale(self, store: Any) -> bool:
        """Whether ``store`` holds snapshots ingested after this screener was loaded."""
        return _snapshot_table(store)[1] != self.max_snapshot_id

    def snapshots_used(self, as_of: str | None = None,
                       sources: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """``{source: {id, date}}`` of the snapshot in force on ``as_of`` (None: current);
        a source with no snapshot in force then maps to ``{id: None, date: None}``."""
        wanted = set(sources) if sources else None
        out: dict[str, dict[str, Any]] = {}
        for source, rows in sorted(self.snapshots.items()):
            if wanted and source not in wanted:
                continue
            chosen = None
            for sid, date in rows:
                if as_of is None or date <= as_of:
                    chosen = (sid, date)
            out[source] = {"id": chosen[0], "date": chosen[1]} if chosen else {"id": None, "date": None}
        return out

    def first_dates(self) -> dict[str, str]:
        """The date of each source's first snapshot."""
        return {source: min(date for _, date in rows)
                for source, rows in self.snapshots.items() if rows}

    def coverage(self, as_of: str | None = None, sources: Iterable[str] | None = None,
                 asked: Iterable[str] | None = None
                 ) -> tuple[dict[str, dict[str, Any]], list[str]]:
        """``snapshots_used`` (with the sources ``asked`` for by name, default ``sources``,
        that have no data: not covered) and the warnings of ``checks.check_coverage``,
        which refuses (``NothingScreened``) a screening that would see no list, or not a
        list asked for."""
        from listwatch.match.checks import check_coverage

        asked = list(sources or ()) if asked is None else list(asked)
        used = self.snapshots_used(as_of, sources)
        for source in sorted(asked):  # asked for, never ingested: not covered
            used.setdefault(source, {"id": None, "date": None})
        return used, check_coverage(used, as_of, asked, self.first_dates())

    # -- screening --------------------------------------------------------------------

    def screen(
        self,
        query: dict[str, Any],
        *,
        as_of: str | None = None,
        threshold: float | None = None,
        limit: int = 10,
        sources: list[str] | None = None,
        explain: bool = True,
        min_score: float | None = None,
        candidates: int = CANDIDATES,
        min_cheap: float = MIN_CHEAP,
    ) -> list[dict[str, Any]]:
        """Results for one query, best first, one per entry.

        ``threshold`` (default: the setting ``LISTWATCH_MATCH_THRESHOLD``) decides
        ``match``; results scoring below ``min_score`` (default: the threshold) are left
        out. ``candidates`` is how many entries the Scorer sees after retrieval.
        """
        thr = threshold_of(threshold)
        wanted = set(sources) if sources else None
        query = as_screened(query)
        names = as_list(query.get("name"))
        hits: list[Hit] = []
        if names:  # (the batch's retrieval: the same candidates alone and in a file)
            hits = self.vector().hits(names, query.get("schema"), as_of=as_of,
                                      sources=wanted, limit=candidates, min_cheap=min_cheap)
        scored = self._score(query, hits, as_of, wanted, thr if min_score is None else min_score)
        return self._results(query, scored, thr, min_score, limit, as_of, explain,
                             sources=wanted)

    def screen_batch(
        self,
        queries: list[dict[str, Any]],
        *,
        as_of: str | None = None,
        threshold: float | None = None,
        limit: int = 10,
        sources: list[str] | None = None,
        explain: bool = True,
        min_score: float | None = None,
        candidates: int = CANDIDATES,
        min_cheap: float = MIN_CHEAP,
        brief: bool = False,
    ) -> list[list[dict[str, Any]]]:
        """``screen()`` for many queries, retrieving candidates for all of them at once
        (``vector.VectorIndex``). ``brief`` results leave out what only a reviewer needs
        (explanation, properties, legal effect, securities dates): what a CSV or Parquet
        output and the audit record keep."""
        thr = threshold_of(threshold)
        wanted = set(sources) if sources else None
        queries = [as_screened(q) for q in queries]
        out = []
        with gc_paused():
            named = []
            asks = []
            for i, q in enumerate(queries):
                qnames = as_list(q.get("name"))
                if qnames:
                    named.append(i)
                    asks.append((qnames, q.get("schema")))
            found: list[list[Hit]] = [[] for _ in queries]
            if named:
                vector = self.vector()
                step = max(1, RETRIEVAL_PAIRS // max(1, len(self.index.name_text)))
                many: list[list[Hit]] = []
                for at in range(0, len(asks), step):
                    many += vector.hits_many(asks[at:at + step], as_of=as_of, sources=wanted,
                                             limit=candidates, min_cheap=min_cheap)
                for i, cands in zip(named, many, strict=True):
                    found[i] = cands
            for query, cands in zip(queries, found, strict=True):
                scored = self._score(query, cands, as_of, wanted,
                                     thr if min_score is None else min_score)
                out.append(self._results(query, scored, thr, min_score, limit, as_of,
                                         explain and not brief, brief, sources=wanted))
        return out

    def exact_names(self) -> ExactNames:
        """Every name as the lists write it (a query equal to one scores "identical"):
        made with the index (``index_cache``), or on first use."""
        if self._exact is None:
            self._exact = ExactNames.build(*listed_spellings(self.index))
        return self._exact

    def prepare(self, *, as_of: str | None = None, sources: list[str] | None = None) -> None:
        """Work out now what the first query would work out for the rest: the vector
        view, which of its names are valid on ``as_of`` (and of ``sources``), and the
        scorer's counts of the listed words (``commonness``). A batch calls it before
        forking its workers, so that they share these instead of each making its own."""
        self.vector().mask(as_of, set(sources) if sources else None)
        prepare_words()

    def vector(self) -> VectorIndex:
        """The sparse-matrix view of the index (built on first use, then kept)."""
        if self._vector is None or self._vector.index is not self.index:
            self._vector = VectorIndex.build(self.index)
        return self._vector

    def screen_many(self, queries: Iterable[dict[str, Any]], **kwargs: Any) -> list[dict[str, Any]]:
        """``[{"query": q, "results": [...]}]`` for each query, in order."""
        return [{"query": q, "results": self.screen(q, **kwargs)} for q in queries]

    def _results(self, query: dict[str, Any], scored: list[Scored], thr: float,
                 min_score: float | None, limit: int, as_of: str | None, explain: bool,
                 brief: bool = False, sources: set[str] | None = None) -> list[dict[str, Any]]:
        floor = thr if min_score is None else min_score
        scored = [s for s in scored if s[0] >= floor]
        if not scored:  # (most queries of a customer file: nothing to name or merge)
            return []
        versions = self.index.versions
        scored.sort(key=lambda s: (-s[0], -s[1], versions[s[2]].key))
        out = []
        for s, group in per_party(scored, self.index, self.links.cluster, limit):
            named = None if group is None else self._original(s[2], as_of, sources)
            result = self._result(s, query, thr, as_of, explain, brief, named)
            if group is not None:
                merge_listings(self.index, self.links, result, group, as_of, sources, brief)
            out.append(result)
        return out

    def _original(self, vid: int, as_of: str | None, sources: set[str] | None) -> int | None:
        """When version ``vid`` is a republication of another entry of its party (the
        CSL's ``SDN-6365`` of ``us_ofac_sdn:6365``), the version of that entry that names
        the party's result: the one valid on ``as_of``, when its source is screened and
        it is listed then; else None (the result keeps ``vid``'s name)."""
        links = self.links
        target = links.original.get(self.index.versions[vid].key)
        if target is None or (sources and target.split(":", 1)[0] not in sources):
            return None
        owner, kept = self._originals
        if owner is None or owner[0] is not self.index or owner[1] is not links:
            wanted = set(links.original.values())
            kept = {}
            for i, ver in enumerate(self.index.versions):
                if ver.key in wanted:
                    kept.setdefault(ver.key, []).append(i)
            self._originals = ((self.index, links), kept)
        return next((i for i in kept.get(target, ())
                     if self.index.versions[i].valid_on(as_of)), None)

    def _score(self, query: dict[str, Any], cands: list[Hit], as_of: str | None,
               sources: set[str] | None, floor: float | None = None) -> list[Scored]:
        """(score, cheap, version, names, query identifiers) per candidate entry (``cands``:
        (version, names, cheap) each); with a ``floor``, candidates whose names cannot
        reach it are left out unscored."""
        index = self.index
        ident = str(query.get("identifier") or "").strip()
        if not ident and not cands:  # (nothing retrieved, nothing to look up)
            return []
        if cands:  # (a party's other listings scored with it: ``twins``)
            cands = with_twins(cands, index, self.links.cluster, self._twin_table, as_of,
                               sources)
        found: dict[int, tuple[float, list[int], dict[str, list[str]]]] = {}
        if ident:
            for vid, prop, raw in index.by_identifier(ident, as_of=as_of, sources=sources):
                found[vid] = (1.0, [], {prop: [ident, raw]})
        ids = {guess_identifier_kind(ident): [ident]} if ident else {}
        for vid, nids, cheap in cands:
            if vid in found:
                found[vid] = (1.0, nids, found[vid][2])
            else:
                found[vid] = (cheap, nids, ids)
        if not found:
            return []
        country = as_list(query.get("country"))
        inferred = query_schema(query)
        qschema = inferred or "LegalEntity"
        fixed = kind_of(qschema) if qschema != "LegalEntity" else None
        scorer = self.scorer
        # candidates of a schema the query's cannot be (a person for a company) score 0
        # unless an identifier is compared: with a floor above 0 they are left out
        veto = floor is not None and floor > 0 and scorer.schema_veto()
        eschema = inferred or "Thing"  # (the query entity's schema)
        entities: dict[int, Entity] = {}  # the query entity, by its identifiers
        qnorms: dict[str, list[NormName]] = {}  # the query names, by kind
        todo: list[tuple[float, int, list[int], dict[str, list[str]], Entity, str,
                         list[NormName]]] = []
        qnames = as_list(query.get("name"))
        versions = index.versions
        name_norm = index.name_norm
        name_text = index.name_text
        compatible: dict[str, bool] = {}  # (``scorer.compatible`` by candidate schema)
        for vid, (cheap, nids, qids) in found.items():
            ver = versions[vid]
            if veto and not qids:
                ok = compatible.get(ver.schema)
                if ok is None:
                    ok = compatible[ver.schema] = scorer.compatible(eschema, ver.schema)
                if not ok:
                    continue
            q = entities.get(id(qids))
            if q is None:
                q = entities[id(qids)] = query_entity(query, qids, eschema)
            kind = fixed or kind_of(ver.schema)
            if kind not in qnorms:
                qnorms[kind] = [normalize(n, kind) for n in qnames if n.strip()]
            if nids:  # (each name made once: ``name_norm`` may unpack it)
                cn = [norm if (norm := name_norm[n]).kind == kind
                      else normalize(name_text[n], kind) for n in nids]
            else:  # the candidate entity's names are then its main name
                cn = [normalize(ver.name, kind)] if ver.name and ver.name.strip() else []
            todo.append((cheap, vid, nids, qids, q, kind, cn))
        bounds: list[list[float] | None] | None = None
        # (what a birth date the same on both sides may add: the names are bounded
        # against the floor less that; ``Scorer.lift``)
        lift = scorer.lift(bool(as_list(query.get("birth_date"))))
        if floor is not None:
            todo, bounds = self._prune(todo, qnorms, floor - lift - _SLACK if lift else floor)
            if not todo:
                return []
        lowering, qualifiers = self._scorer_traits()
        # the candidate entities are built only for the pairs worth scoring; a query with
        # no qualifier reads nothing of a candidate but its schema and names (no stored
        # properties read back)
        bare = not country and qualifiers and not as_list(query.get("birth_date"))
        if bounds is None or not lowering:
            return [(scorer.score_prepared(q, self._candidate(vid, nids, country,
                                                              bare and not qids),
                                           qnorms[kind], cn, kind), cheap, vid, nids, qids)
                    for cheap, vid, nids, qids, q, kind, cn in todo]
        assert floor is not None
        out: list[Scored] = []
        for (cheap, vid, nids, qids, q, kind, cn), nb in zip(todo, bounds, strict=True):
            cand = self._candidate(vid, nids, country, bare and not qids)
            if nb is None or qids:  # (an identifier compared may raise the score)
                out.append((scorer.score_prepared(q, cand, qnorms[kind], cn, kind),
                            cheap, vid, nids, qids))
                continue
            score = _best_of_names(scorer, q, cand, qnorms[kind], cn, kind, nb, floor, lift)
            if score is not None:  # (else no name of it can reach the floor)
                out.append((score, cheap, vid, nids, qids))
        return out

    def _twin_table(self) -> Table:
        """``twins.listing_names`` of the index and links, made on first use."""
        owner, kept = self._twin_names
        links = self.links
        if owner is None or owner[0] is not self.index or owner[1] is not links:
            kept = listing_names(self.index, links.cluster)
            self._twin_names = ((self.index, links), kept)
        return kept

    def _scorer_traits(self) -> tuple[bool, bool]:
        """``lowering_only`` and ``qualifiers_only`` of the screener's scorer, worked out
        once for it (its features are read when it is made: ``Scorer.__init__``), not
        at every query."""
        held = self._traits
        if held[0] is not self.scorer:
            held = self._traits = (self.scorer, lowering_only(self.scorer),
                                   qualifiers_only(self.scorer))
        return held[1], held[2]

    def _candidate(self, vid: int, nids: list[int], country: list[str],
                   bare: bool = False) -> Entity:
        """The candidate entity of version ``vid`` found by names ``nids``. Without a
        query country it depends on nothing else, and is kept (a batch meets the same
        entry through the same names again and again; the Scorer only reads it).
        ``bare``: the Scorer will read its schema and names only (``qualifiers_only``):
        its properties are not read back."""
        index = self.index
        if bare:
            ver = index.versions[vid]
            return Entity(ver.schema, [index.name_text[n] for n in nids] or [ver.name])
        if country:
            return version_entity(index.versions[vid], [index.name_text[n] for n in nids],
                                country)
        owner, kept = self._entities
        if owner is not index:
            kept = {}
            self._entities = (index, kept)
        key = (vid, *nids)
        found = kept.get(key)
        if found is None:
            if len(kept) >= ENTITIES_KEPT:
                kept.clear()
            found = kept[key] = version_entity(index.versions[vid],
                                             [index.name_text[n] for n in nids], [])
        return found

    @staticmethod
    def _prune(todo: list[Any], qnorms: dict[str, list[NormName]], floor: float
               ) -> tuple[list[Any], list[list[float] | None]]:
        """Leave out candidates found by name only whose names cannot reach ``floor``
        (``bounds.upper_bounds``): not worth the full comparison. Returns the candidates
        kept and, for each, the bound of each of its names (None: not worked out)."""
        # (found by identifier, no names to bound, or found so well by its words that it
        # is all but sure to pass: scored without a bound)
        keep = [bool(t[3]) or not t[6] or not qnorms[t[5]] or t[0] >= _SURE_CHEAP for t in todo]
        bounds: list[list[float] | None] = [None] * len(todo)
        for kind, qn in qnorms.items():
            group = [i for i, t in enumerate(todo) if t[5] == kind and not keep[i]]
            if not group:
                continue
            flat = [b for i in group for b in todo[i][6]]
            best = upper_bounds(qn[0], flat)
            for a in qn[1:]:
                best = [max(x, y) for x, y in zip(best, upper_bounds(a, flat), strict=True)]
            pos = 0
            for i in group:
                size = len(todo[i][6])
                # (most candidates come by one name: no slice to take the best of)
                if size == 1:
                    keep[i] = best[pos] >= floor
                else:
                    own = best[pos : pos + size]
                    keep[i] = max(own) >= floor
                    bounds[i] = own
                pos += size
        return ([t for t, k in zip(todo, keep, strict=True) if k],
                [b for b, k in zip(bounds, keep, strict=True) if k])

    @staticmethod
    def _entity(ver: Version, names: list[str], country: list[str]) -> Entity:
        return version_entity(ver, names, country)

    def _result(self, scored: Scored, query: dict[str, Any], thr: float, as_of: str | None,
                explain: bool, brief: bool = False, named: int | None = None) -> dict[str, Any]:
        """One result of the ``scored`` version: its score, the name that brought it and
        the explanation; named (key, caption, properties ...) by version ``named`` when
        given (the original listing of a republication: ``_original``)."""
        score, _cheap, vid, nids, ids = scored
        ver = self.index.versions[vid]
        name = self.index.name_text[nids[0]] if nids else ver.name
        explanation: list[dict[str, Any]] = []
        if explain:  # (named by the name that explains the best score)
            country = as_list(query.get("country"))
            q = query_entity(query, ids)
            best = None
            options: list[int | None] = [*nids] or [None]
            for nid in options:
                text = self.index.name_text[nid] if nid is not None else ver.name
                comp = self.scorer.compare(q, version_entity(ver, [text], country),
                                           explain=True)
                if best is None or comp.score > best[0]:
                    best = (comp.score, text, comp.explanation)
            assert best is not None
            name, explanation = best[1], best[2]
        return result_dict(self.index, vid if named is None else named, name, score, thr,
                           explanation, as_of, brief)


#: The entity features of the Scorer that read a candidate's properties only when the
#: query has the same qualifier (identifiers, country, birth date), or none at all
#: (schema): with these alone, a query without qualifiers needs no candidate property.
_QUALIFIER_FEATURES = frozenset({ft.identifier_match, ft.identifier_mismatch,
                                 ft.country_mismatch, ft.birth_date_mismatch,
                                 ft.birth_date_match,
                                 ft.schema_mismatch})


def _best_of_names(scorer: Scorer, q: Entity, c: Entity, qn: list[NormName],
                   cn: list[NormName], kind: str, bounds: list[float], floor: float,
                   lift: float = 0.0) -> float | None:
    """``scorer.score_prepared(q, c, qn, cn, kind)`` when it is at least ``floor``, its
    names compared best bound first, one at a time, until no name left can score more
    than the best so far (``bounds``: each name's, never below its score), or reach
    ``floor``; None when no name can reach it (the score is then below ``floor``).

    The same score: a candidate's score is a rising function of its best name pair's
    (the entity features of a query without identifiers lower it, or raise it by
    ``lift`` at most, the same for every name of the candidate; then it is clipped and
    rounded: ``lowering_only``), so a name whose bound plus ``lift``, clipped and
    rounded, is not above the best score so far cannot change it."""
    order = sorted(range(len(cn)), key=bounds.__getitem__, reverse=True)
    best: float | None = None
    for i in order:
        top = rounded(min(1.0, max(0.0, bounds[i] + lift)))
        if top < floor or (best is not None and top <= best):
            break  # (the names after it are bounded lower still)
        score = scorer.score_prepared(q, c, qn, [cn[i]], kind)
        if best is None or score > best:
            best = score
    return best


def lowering_only(scorer: Scorer) -> bool:
    """Whether ``scorer``'s score of a candidate is at most its name similarity plus
    ``scorer.lift``, clipped and rounded, when the query has no identifier: every other
    name feature and every entity feature but the identifiers' and those of
    ``BIRTH_RAISING`` (which ``lift`` counts) can only lower it (true of ``Scorer``).
    Then a name's upper bound (``bounds``) plus the lift bounds the candidate's score
    through that name."""
    for fn, weight in scorer.NAME_FEATURES:
        if weight > (1.0 if fn is ft.name_similarity else 0.0):
            return False
    for efn, weight in scorer.ENTITY_FEATURES:
        if weight > 0 and efn not in (ft.identifier_match, ft.identifier_mismatch,
                                      *scorer.BIRTH_RAISING):
            return False
    return True


def qualifiers_only(scorer: Scorer) -> bool:
    """Whether ``scorer`` reads a candidate's properties only through the query's own
    qualifiers (true of ``Scorer``; a subclass with other entity features: false)."""
    return all(fn in _QUALIFIER_FEATURES for fn, _ in scorer.ENTITY_FEATURES)


#: Queries x indexed names whose candidates ``screen_batch`` retrieves together at most.
#: A query's product grows with the index (longer postings): on a large one, a whole job
#: of queries makes arrays so large that each is mapped afresh from the system, page by
#: page, instead of reusing the heap (bench/NOTES.md). A query's candidates do not depend
#: on the others retrieved with it.
RETRIEVAL_PAIRS = 1_400_000_000
#: Candidate entities kept at most (``Screener._candidate``; their memory when full:
#: bench/NOTES.md)
ENTITIES_KEPT = 20_000
#: How far below the floor less the lift names are still bounded in (float sums such as
#: 0.7 - 0.1 fall a hair either side of 0.6)
_SLACK = 1e-9
#: Candidates with a cheap retrieval score this high skip the upper bound (it would pass).
_SURE_CHEAP = 0.8


def _snapshot_table(store: Any) -> tuple[dict[str, list[tuple[int, str]]], int]:
    """Every snapshot as ``{source: [(id, date)]}`` in seq order, and the largest id."""
    from sqlalchemy import select

    from listwatch.store.schema import snapshots

    out: dict[str, list[tuple[int, str]]] = {}
    top = 0
    with store.connect() as conn:
        rows = conn.execute(select(snapshots.c.id, snapshots.c.source, snapshots.c.date,
                                   snapshots.c.seq).order_by(snapshots.c.source, snapshots.c.seq))
        for row in rows:
            out.setdefault(row.source, []).append((row.id, row.date))
            top = max(top, row.id)
    return out, top


__all__ = ["QUERY_KEYS", "Screener", "guess_identifier_kind", "identifier_keys"]
