"""Delivering alerts to a webhook: signed JSON POSTs with retries.

Each POST carries up to ``BATCH`` undelivered alerts, oldest first::

    {"type": "listwatch.alerts", "sent_at": "2024-05-01T12:00:00+00:00", "alerts": [...]}

Headers: ``X-Listwatch-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with
LISTWATCH_WEBHOOK_SECRET>``, ``X-Listwatch-Timestamp: <unix seconds>`` (also ``sent_at`` in
the signed body, so a receiver can refuse replays), ``X-Listwatch-Delivery: <uuid>``.

A connection error, a timeout, a 429 or a 5xx is retried with exponential backoff
(``LISTWATCH_HTTP_RETRIES`` times). Any 2xx marks the batch delivered (``delivered_at``);
every attempt is counted in ``attempts``. What is not delivered stays pending and is
sent again on the next run.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import uuid
from typing import Any

import httpx
from sqlalchemy import select, update

from listwatch.settings import get_settings
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import alerts
from listwatch.watch.alerts import alerts_by_id

log = logging.getLogger("listwatch.webhook")

BATCH = 100
SIGNATURE_HEADER = "X-Listwatch-Signature"
TIMESTAMP_HEADER = "X-Listwatch-Timestamp"
DELIVERY_HEADER = "X-Listwatch-Delivery"


def sign(body: bytes, secret: str) -> str:
    """The signature header's value for a body: ``sha256=<hex>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """What a receiver does: recompute the HMAC of the raw body, compare in constant time."""
    return bool(header) and hmac.compare_digest(sign(body, secret), header or "")


def _retryable(status: int) -> bool:
    return status == 429 or status >= 500


def post_signed(
    client: httpx.Client, url: str, body: bytes, secret: str, *, retries: int, backoff: float
) -> tuple[bool, int, str]:
    """POST with retries; returns (delivered, attempts made, last problem)."""
    delivery = str(uuid.uuid4())
    problem = ""
    attempts = 0
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(min(backoff * 2 ** (attempt - 1), 30.0))
        attempts += 1
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(body, secret),
            TIMESTAMP_HEADER: str(int(time.time())),
            DELIVERY_HEADER: delivery,
            "User-Agent": "listwatch-webhook",
        }
        try:
            response = client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
            continue
        if 200 <= response.status_code < 300:
            return True, attempts, ""
        problem = f"HTTP {response.status_code}"
        if not _retryable(response.status_code):
            break
    return False, attempts, problem


def deliver_pending(
    store: Store,
    *,
    url: str | None = None,
    secret: str | None = None,
    retries: int | None = None,
    backoff: float = 0.5,
    client: httpx.Client | None = None,
) -> dict[str, Any]:
    """Send every undelivered alert to the webhook. Stops at the first batch that fails
    (the endpoint is down; the rest waits for the next run). Never raises for HTTP trouble."""
    settings = get_settings()
    url = url or settings.webhook_url
    secret = secret or settings.webhook_secret
    retries = settings.http_retries if retries is None else retries
    report: dict[str, Any] = {"url": url, "delivered": 0, "pending": 0, "error": None}
    with store.connect() as conn:
        pending = list(
            conn.scalars(
                select(alerts.c.id).where(alerts.c.delivered_at.is_(None)).order_by(alerts.c.id)
            )
        )
    report["pending"] = len(pending)
    if not url or not pending:
        return report
    if not secret:
        report["error"] = "LISTWATCH_WEBHOOK_SECRET is not set: alerts are not sent unsigned"
        log.warning("webhook not called", extra={"reason": report["error"]})
        return report
    own = client is None
    http = client or httpx.Client(timeout=settings.http_timeout, follow_redirects=False)
    try:
        for start in range(0, len(pending), BATCH):
            ids = pending[start : start + BATCH]
            payload = {
                "type": "listwatch.alerts",
                "sent_at": utcnow(),
                "alerts": alerts_by_id(store, ids),
            }
            body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
            ok, attempts, problem = post_signed(
                http, url, body, secret, retries=retries, backoff=backoff
            )
            with store.begin() as conn:
                conn.execute(
                    update(alerts)
                    .where(alerts.c.id.in_(ids))
                    .values(
                        attempts=alerts.c.attempts + attempts, delivered_at=utcnow() if ok else None
                    )
                )
            if not ok:
                report["error"] = f"webhook {url} failed after {attempts} attempt(s): {problem}"
                log.warning("webhook delivery failed", extra={"url": url, "error": problem})
                break
            report["delivered"] += len(ids)
    finally:
        if own:
            http.close()
    report["pending"] = len(pending) - report["delivered"]
    return report
