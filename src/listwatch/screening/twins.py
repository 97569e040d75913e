"""The other listings of a retrieved party, scored with it.

Retrieval keeps a few entries per query (``screen.CANDIDATES``), each found by its own
names. A party listed by several lists (``links.EntityLinks``: a UN entry, its OFSI and
OFAC twins) may be found through one listing whose names score low while another listing
carries the name the query writes: `Aisha Qadhafi` retrieves the UN and OFSI entries
(`AISHA MUAMMAR MUHAMMED ABU MINYAR QADHAFI`, 0.49) and not the OFAC one, whose name is
`QADHAFI, Ayesha` (0.92), behind nine other Qadhafis of the same cheap score: screened,
nothing came back. So the candidates are followed by the party's other listings, by all
their names; the party's result is then its best name, whichever list writes it.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from listwatch.screening.index import NameIndex
from listwatch.screening.vector import Hit

#: a listing's versions and the name ids of each, by entry key (linked entries only)
Table = dict[str, list[tuple[int, list[int]]]]


def listing_names(index: NameIndex, cluster: dict[str, tuple[str, ...]]) -> Table:
    """Every version of an entry of ``cluster`` with the ids of its names (one pass over
    the names, made once per index and links)."""
    versions = index.versions
    vids = [i for i, ver in enumerate(versions) if ver.key in cluster]
    if not vids:
        return {}
    owners = np.asarray(index.name_version, dtype=np.int64)
    nids = np.flatnonzero(np.isin(owners, np.asarray(vids, dtype=np.int64)))
    names: dict[int, list[int]] = {vid: [] for vid in vids}
    for nid, vid in zip(nids.tolist(), owners[nids].tolist(), strict=True):
        names[vid].append(nid)
    table: Table = {}
    for vid in vids:
        table.setdefault(versions[vid].key, []).append((vid, names[vid]))
    return table


def with_twins(cands: list[Hit], index: NameIndex, cluster: dict[str, tuple[str, ...]],
               table: Any, as_of: str | None, sources: set[str] | None) -> list[Hit]:
    """``cands`` and, after them, the other listings of their parties that are listed on
    ``as_of`` (the current snapshot when None) in ``sources``, each by all its names,
    with a cheap score of 0 (bounded before it is scored, like any candidate found by
    name). ``table``: ``listing_names`` of the index, or a function making it."""
    versions = index.versions
    seen: set[str] | None = None
    extra: list[Hit] = []
    for vid, _nids, _cheap in cands:
        group = cluster.get(versions[vid].key)
        if group is None:
            continue
        if seen is None:
            seen = {versions[v].key for v, _, _ in cands}
            if callable(table):
                table = table()
        for key in group:
            if key in seen:
                continue
            seen.add(key)
            if sources and key.split(":", 1)[0] not in sources:
                continue
            for other, nids in table.get(key, ()):
                if versions[other].valid_on(as_of):
                    extra.append((other, nids, 0.0))
                    break
    return cands + extra if extra else cands
