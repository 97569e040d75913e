"""Parties from links: the clusters of entry keys that are one party.

``EntityLinks.build`` joins the links of ``links.find_links`` (minus the reviewers' splits,
plus their confirmations) strongest first, under three guards:

* **names**: two groups are not joined when that would put two entries of one list under
  *different* names in one party (a list that names two parties differently says they
  are two: related companies sharing a number, an identifier misread); the CSL counts
  as one list per sub-list (it republishes one party under several of its sub-lists, in
  the forms each gives, but once in each: ``CMIC-30882`` China Telecom Corporation
  Limited and ``CMIC-30939`` China Telecommunications Corporation are two);
* **anchors**: a link by names alone (``name+birth``, ``name+country``, ``name``) never
  joins two groups that carry *different* values of an identifier a party has only one
  of (a UN reference number, an IMO number, an LEI, a Chinese unified social credit
  code) and share none: two UN entries are two parties, however alike their names;
* **size**: a cluster of more than ``MAX_CLUSTER`` entries is kept whole when every list
  in it, the CSL included, names its entries one way (one party on many lists, under
  many sub-lists and addresses: ``AL NASER AIRLINES`` on the DPL three times, in the CSL
  ten times, on the SDN); otherwise it is split on its weakest links (those of the
  weakest kind in it are dropped and the rest joined again, as often as needed), never
  dropped whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: a cluster larger than this is kept only when its lists name it one way (see above)
MAX_CLUSTER = 12
#: sources that republish other lists' entries (under several sub-lists each)
REPUBLISHERS = frozenset({"us_trade_csl"})
#: reasons, strongest first (a reviewer's confirmation first)
ORDER = ("confirmed", "republished", "identifier", "name+birth", "name+country", "name")
#: links of this strength or weaker are made by names alone (the anchors guard)
BY_NAME = ORDER.index("name+birth")

Pair = tuple[str, str]


_WORD = re.compile(r"\w+")


def _fold(name: str) -> str:
    """A main name as the names guard compares it: its words, case folded, in any order
    (``JIN, ZHONGDA`` / ``ZHONGDA JIN``; ``ASMAT (APPLIED …)`` / ``APPLIED … (ASMAT)``)
    and run together (``ALNASER`` / ``AL-NASER``)."""
    return "".join(sorted(_WORD.findall(name.casefold())))


_SUBLIST = re.compile(r"^([A-Z]+(?:-[A-Z]+)*)-")


def list_of(key: str) -> str:
    """The list an entry is on, as the names guard counts lists: its source; for a
    republisher, its source and sub-list (``us_trade_csl:CMIC``: the CSL gives one party
    an entry in each sub-list that holds it, but two entries of one sub-list are two)."""
    src, _, local = key.partition(":")
    if src in REPUBLISHERS:
        m = _SUBLIST.match(local)
        return f"{src}:{m.group(1)}" if m else key
    return src


def strength(reasons: list[str]) -> int:
    """The rank of a link's strongest reason in ``ORDER`` (0: confirmed by a reviewer)."""
    best = len(ORDER)
    for r in reasons:
        for i in range(best):
            if r.startswith(ORDER[i]):
                best = i
                break
    return best


class _Union:
    """Union-find over entry keys with what the guards need per group."""

    def __init__(self, names: Mapping[str, str] | None,
                 anchors: Mapping[str, frozenset[str]] | None,
                 splits: list[Pair]) -> None:
        self.parent: dict[str, str] = {}
        self.names = names
        self.anchors = anchors or {}
        self.splits = splits
        #: per group root: {source: {folded main name}} (``names`` given)
        self.named: dict[str, dict[str, set[str]]] = {}
        #: per group root: {identifier kind: {values}}
        self.anchored: dict[str, dict[str, set[str]]] = {}

    def root(self, k: str) -> str:
        parent = self.parent
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def _named(self, r: str) -> dict[str, set[str]]:
        if r not in self.named:
            self.named[r] = {} if self.names is None else {
                list_of(r): {_fold(self.names.get(r, r))}}
        return self.named[r]

    def _anchored(self, r: str) -> dict[str, set[str]]:
        if r not in self.anchored:
            out: dict[str, set[str]] = defaultdict(set)
            for value in self.anchors.get(r, ()):
                kind, _, v = value.partition(":")
                out[kind].add(v)
            self.anchored[r] = dict(out)
        return self.anchored[r]

    def _apart(self, ra: str, rb: str) -> bool:
        """Whether joining the two groups would join a pair a reviewer split."""
        for x, y in self.splits:
            rx, ry = self.root(x), self.root(y)
            if (rx, ry) in ((ra, rb), (rb, ra)):
                return True
        return False

    def join(self, a: str, b: str, rank: int) -> bool:
        ra, rb = self.root(a), self.root(b)
        if ra == rb or (self.splits and self._apart(ra, rb)):
            return False
        if rank > 0 and self.names is not None:
            na, nb = self._named(ra), self._named(rb)
            if any(src in nb and folded != nb[src] for src, folded in na.items()):
                return False
        if rank >= BY_NAME and self.anchors:
            xa, xb = self._anchored(ra), self._anchored(rb)
            if any(kind in xb and not values & xb[kind] for kind, values in xa.items()):
                return False
        keep, gone = min(ra, rb), max(ra, rb)
        if self.names is not None:
            merged = self._named(keep)
            for src, ns in self._named(gone).items():
                merged.setdefault(src, set()).update(ns)
        if self.anchors:
            held = self._anchored(keep)
            for kind, values in self._anchored(gone).items():
                held.setdefault(kind, set()).update(values)
        self.parent[gone] = keep
        return True


def _components(pairs: Iterable[Pair], links: Mapping[Pair, list[str]],
                names: Mapping[str, str] | None, anchors: Mapping[str, frozenset[str]] | None,
                splits: list[Pair]) -> list[tuple[list[str], list[Pair]]]:
    """The groups the links join, strongest first under the guards: ``[(keys, the
    links used)]``."""
    union = _Union(names, anchors, splits)
    used: list[Pair] = []
    ranked = [(strength(links[p]), -len(links[p]), p) for p in pairs]
    # (strongest first; of equal strength, the links with more agreeing reasons first:
    # a name written alike *and* a shared country before a shared country alone)
    ranked.sort()
    for rank, _, (a, b) in ranked:
        if union.join(a, b, rank):
            used.append((a, b))
    members: dict[str, list[str]] = defaultdict(list)
    for k in union.parent:
        members[union.root(k)].append(k)
    inner: dict[str, list[Pair]] = defaultdict(list)
    for a, b in used:
        inner[union.root(a)].append((a, b))
    return [(keys, inner[r]) for r, keys in members.items()]


def _named_one_way(keys: list[str], names: Mapping[str, str] | None) -> bool:
    """Whether every list of the cluster, the CSL included, names its entries one way."""
    if names is None:
        return False
    per: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        per[k.split(":", 1)[0]].add(_fold(names.get(k, k)))
    return all(len(v) == 1 for v in per.values())


@dataclass
class EntityLinks:
    """Clusters of entry keys that are one party (links minus splits plus confirmations)."""

    links: dict[Pair, list[str]] = field(default_factory=dict)
    #: entry key -> its cluster's keys (sorted); keys alone are not in it
    cluster: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a republisher's entry -> the entry of its cluster it republishes (``republished``
    #: links): the original listing, which names the party's result
    original: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, found: Mapping[Pair, list[str]],
              reviewed: Mapping[Pair, tuple[str, str]] | None = None,
              names: Mapping[str, str] | None = None,
              anchors: Mapping[str, frozenset[str]] | None = None) -> EntityLinks:
        """``found``: ``links.find_links``; ``reviewed``: ``{pair: (status, reason)}``;
        ``names``: each entry's main name (``links.main_names``); ``anchors``: each
        entry's one-per-party identifiers as ``kind:value`` (``links.anchors``). The
        guards are the module's."""
        links = dict(found)
        splits: list[Pair] = []
        for p, (status, reason) in (reviewed or {}).items():
            if status == "split":
                links.pop(p, None)
                splits.append(p)
            elif status == "confirmed":
                links[p] = [*links.get(p, []), f"confirmed by a reviewer: {reason}"]
        cluster: dict[str, tuple[str, ...]] = {}
        stack = _components(links, links, names, anchors, splits)
        while stack:
            keys, used = stack.pop()
            if len(keys) < 2:
                continue
            if len(keys) > MAX_CLUSTER and not _named_one_way(keys, names):
                weakest = max(strength(links[p]) for p in used)
                if weakest > 0:  # (a cluster a reviewer confirmed link by link stays)
                    rest = [p for p in used if strength(links[p]) < weakest]
                    stack.extend(_components(rest, links, names, anchors, splits))
                    continue
            group = tuple(sorted(keys))
            for k in keys:
                cluster[k] = group
        original: dict[str, str] = {}
        for (a, b), reasons in links.items():
            if not any(r.startswith("republished") for r in reasons):
                continue
            if cluster.get(a) is None or cluster.get(a) is not cluster.get(b):
                continue
            if a.split(":", 1)[0] in REPUBLISHERS:
                original[a] = b
            elif b.split(":", 1)[0] in REPUBLISHERS:
                original[b] = a
        return cls(links, cluster, original)

    def referents(self, key: str) -> tuple[str, ...]:
        return self.cluster.get(key, (key,))

    def reasons(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        """The links among ``keys``, with their reasons."""
        ks = sorted(set(keys))
        out = []
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                if (a, b) in self.links:
                    out.append({"a": a, "b": b, "reasons": self.links[(a, b)]})
        return out


__all__ = ["MAX_CLUSTER", "EntityLinks", "list_of", "strength"]
