"""Source adapters, one per official list, behind one interface (``base.Source``).

Adapters are imported lazily so the CLI starts fast.
"""

from __future__ import annotations

import importlib

from listwatch.errors import UnknownSource
from listwatch.sources.base import SnapshotFiles, Source

#: source id -> "module:Class" (module under listwatch.sources)
REGISTRY: dict[str, str] = {
    "us_ofac_sdn": "ofac:OfacSdn",
    "us_ofac_cons": "ofac:OfacCons",
    "us_trade_csl": "trade_csl:TradeCsl",
    "us_bis_dpl": "bis_dpl:BisDpl",
    "un_sc": "un_sc:UnSc",
    "eu_fsf": "eu_fsf:EuFsf",
    "gb_fcdo": "gb_fcdo:GbFcdo",
    "gb_hmt": "gb_hmt:GbHmt",
    "ftm": "ftm:FtmJson",
    "custom": "custom:CustomCsv",
    "us_dod_1237": "us_dod:Dod1237",
    "us_dod_1260h": "us_dod:Dod1260H",
}

#: A name that stands for several sources kept in one folder (``ingest``, ``update``).
GROUPS: dict[str, tuple[str, ...]] = {"us_dod_cmc": ("us_dod_1237", "us_dod_1260h")}

_cache: dict[str, Source] = {}
#: Sources a site defined (``listwatch sources add``), registered when the store opens.
SITE: dict[str, Source] = {}


def register(source: Source) -> None:
    """Make a site-defined source known by its id (replacing an earlier definition)."""
    if source.id in REGISTRY or source.id.startswith("os_"):
        raise UnknownSource(f"{source.id!r} is a built-in source id", hint="choose another id")
    SITE[source.id] = source
    _cache[source.id] = source


def unregister(source_id: str) -> None:
    SITE.pop(source_id, None)
    _cache.pop(source_id, None)


def get_source(source_id: str) -> Source:
    """The adapter for ``source_id``; raises ``UnknownSource`` listing the valid ids."""
    if source_id in _cache:
        return _cache[source_id]
    target = REGISTRY.get(source_id)
    if target is None and source_id.startswith("os_"):
        from listwatch.sources.opensanctions import OpenSanctionsDataset

        _cache[source_id] = OpenSanctionsDataset(source_id)
        return _cache[source_id]
    if target is None:
        raise UnknownSource(
            f"unknown source {source_id!r}",
            hint="valid sources: " + ", ".join([*REGISTRY, *SITE]) + ", or os_<dataset> for an "
            "OpenSanctions dataset",
        )
    module_name, cls_name = target.split(":")
    module = importlib.import_module(f"listwatch.sources.{module_name}")
    source = getattr(module, cls_name)()
    _cache[source_id] = source
    return source


def all_sources() -> list[Source]:
    return [get_source(sid) for sid in REGISTRY]


__all__ = ["GROUPS", "REGISTRY", "SITE", "register", "unregister", "SnapshotFiles", "Source", "all_sources", "get_source"]
