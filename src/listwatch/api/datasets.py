"""What a ``{dataset}`` in a yente path names: one source, or a named collection of sources.

Collections (``COLLECTIONS``) are fixed groupings of the sources listwatch knows, in
yente's sense (``default`` holds everything). Topics are FollowTheMoney's: every entry of
a sanctions list carries ``sanction``; export-control and denied-party lists carry
``export.control``; the ``custom`` and ``ftm`` sources carry the topics their records give.
"""

from __future__ import annotations

from typing import Any

from listwatch.errors import ConfigError, NotFound
from listwatch.sources import REGISTRY

#: name -> (title, member sources). ``default`` is every source.
COLLECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "default": ("Every list listwatch holds", tuple(REGISTRY)),
    "sanctions": (
        "Government sanctions lists (OFAC, UN, EU, UK)",
        ("us_ofac_sdn", "us_ofac_cons", "un_sc", "eu_fsf", "gb_fcdo"),
    ),
    "us": ("United States lists (OFAC, Commerce, trade.gov)",
           ("us_ofac_sdn", "us_ofac_cons", "us_trade_csl", "us_bis_dpl")),
    "export_controls": ("Export-control and denied-party lists",
                        ("us_trade_csl", "us_bis_dpl")),
}
COLLECTIONS = {k: (t, tuple(s for s in m if s in REGISTRY)) for k, (t, m) in COLLECTIONS.items()}

#: FtM topics of every entry of a source (sources absent here: from the record).
SOURCE_TOPICS: dict[str, tuple[str, ...]] = {
    "us_ofac_sdn": ("sanction",),
    "us_ofac_cons": ("sanction",),
    "un_sc": ("sanction",),
    "eu_fsf": ("sanction",),
    "gb_fcdo": ("sanction",),
    "us_trade_csl": ("sanction", "export.control"),
    "us_bis_dpl": ("export.control",),
}


def known_datasets() -> list[str]:
    return [*COLLECTIONS, *(s for s in REGISTRY if s not in COLLECTIONS)]


def dataset_sources(dataset: str) -> list[str]:
    """The sources a dataset name covers; ``NotFound`` (404) naming the valid ones."""
    if dataset in COLLECTIONS:
        return list(COLLECTIONS[dataset][1])
    if dataset in REGISTRY:
        return [dataset]
    raise NotFound(
        f"unknown dataset {dataset!r}",
        hint="use a collection (" + ", ".join(COLLECTIONS) + ") or a source id ("
        + ", ".join(REGISTRY) + ")",
    )


def scope(dataset: str, include: list[str] | None = None,
          exclude: list[str] | None = None, topics: list[str] | None = None) -> list[str] | None:
    """The sources a request covers: the path's dataset narrowed by ``include_dataset``
    (any of them), ``exclude_dataset`` and, where a source's topics are fixed, ``topics``.
    ``None`` when that is every source (the Screener's fastest path)."""
    chosen = dataset_sources(dataset)
    if include:
        wanted: set[str] = set()
        for ds in include:
            wanted.update(dataset_sources(ds))
        chosen = [s for s in chosen if s in wanted]
    if exclude:
        unwanted: set[str] = set()
        for ds in exclude:
            unwanted.update(dataset_sources(ds))
        chosen = [s for s in chosen if s not in unwanted]
    if topics:
        want = set(topics)
        chosen = [s for s in chosen if s not in SOURCE_TOPICS or want & set(SOURCE_TOPICS[s])]
    if not chosen:
        raise ConfigError(
            f"dataset {dataset!r} with the datasets and topics given leaves no list to screen",
            hint="nothing would be screened: widen include_dataset/exclude_dataset/topics")
    if set(chosen) == set(REGISTRY):
        return None
    return chosen


def asked_sources(dataset: str, include: list[str] | None = None) -> list[str]:
    """The sources a request names one by one (not through a collection): a screening
    is refused when one of them has no snapshot in force (``checks.check_coverage``)."""
    return [d for d in [dataset, *(include or [])] if d in REGISTRY and d not in COLLECTIONS]


def entry_topics(source: str, properties: dict[str, Any]) -> list[str]:
    """An entry's FtM topics."""
    if source in SOURCE_TOPICS:
        return list(SOURCE_TOPICS[source])
    topics = properties.get("topics") or []
    return [topics] if isinstance(topics, str) else list(topics)


def collections_of(source: str) -> list[str]:
    return [name for name, (_t, members) in COLLECTIONS.items() if source in members]
