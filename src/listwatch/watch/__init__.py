"""Watchlists: portfolios of names re-screened after every update and news event; what
changed becomes an alert, stored once, shown in the CLI and API and sent to a webhook."""

from listwatch.watch.alerts import KINDS, list_alerts
from listwatch.watch.portfolio import (
    add_csv,
    add_item,
    add_items,
    create_watchlist,
    delete_watchlist,
    list_items,
    list_watchlists,
    remove_items,
)

__all__ = [
    "KINDS",
    "add_csv",
    "add_item",
    "add_items",
    "create_watchlist",
    "delete_watchlist",
    "list_alerts",
    "list_items",
    "list_watchlists",
    "remove_items",
]
