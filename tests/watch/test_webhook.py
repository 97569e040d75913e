"""Webhook delivery against a real HTTP server on 127.0.0.1: signature, retries, pending."""

from __future__ import annotations

import socket
import time

import pytest

from listwatch.watch import add_item, list_alerts
from listwatch.watch.runner import run_watchlist
from listwatch.watch.webhook import deliver_pending, sign, verify

from .helpers import CannedScreener, Receiver, hit, serve

SECRET = "s3cret-for-tests"


def test_sign_and_verify():
    body = b'{"alerts":[]}'
    sig = sign(body, SECRET)
    assert sig.startswith("sha256=") and len(sig) == 7 + 64
    assert verify(body, SECRET, sig)
    assert not verify(body + b" ", SECRET, sig)
    assert not verify(body, "other", sig)
    assert not verify(body, SECRET, None)


def _alerts(store, n: int = 2):
    screener = CannedScreener(
        {f"Name {i}": [hit(f"us_ofac_sdn:{100 + i}", f"NAME {i}")] for i in range(n)}
    )
    for i in range(n):
        add_item(store, "hooked", f"Name {i}")
    return screener


def test_delivery_signed_with_retry(store, monkeypatch):
    receiver = Receiver(SECRET, fail_first=1)
    with serve(receiver) as url:
        monkeypatch.setenv("LISTWATCH_WEBHOOK_URL", url)
        monkeypatch.setenv("LISTWATCH_WEBHOOK_SECRET", SECRET)
        monkeypatch.setenv("LISTWATCH_HTTP_RETRIES", "2")
        report = run_watchlist(store, "hooked", _alerts(store), deliver=False)
        assert len(report["alerts"]) == 2
        before = time.time()
        delivery = deliver_pending(store, backoff=0.05)
    assert delivery == {"url": url, "delivered": 2, "pending": 0, "error": None}
    # first attempt failed with 503, the retry went through; both carried a valid signature
    assert [c["signed"] for c in receiver.calls] == [True, True]
    assert receiver.calls[0]["delivery"] == receiver.calls[1]["delivery"]
    assert int(receiver.calls[1]["timestamp"]) >= int(before) - 1
    [payload] = receiver.delivered
    assert payload["type"] == "listwatch.alerts"
    assert [(a["kind"], a["key"], a["watchlist"]) for a in payload["alerts"]] == [
        ("new", "us_ofac_sdn:100", "hooked"),
        ("new", "us_ofac_sdn:101", "hooked"),
    ]
    stored = list_alerts(store, "hooked")
    assert all(a["delivered_at"] and a["attempts"] == 2 for a in stored)
    # nothing pending: a second delivery sends nothing
    with serve(receiver) as url:
        assert deliver_pending(store, url=url, secret=SECRET)["delivered"] == 0
    assert len(receiver.calls) == 2


def test_undelivered_alerts_retried_on_next_run(store, monkeypatch):
    # nothing listens on this port: every attempt is a connection error
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    monkeypatch.setenv("LISTWATCH_WEBHOOK_URL", dead)
    monkeypatch.setenv("LISTWATCH_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("LISTWATCH_HTTP_RETRIES", "1")
    screener = _alerts(store, 1)
    monkeypatch.setattr("listwatch.watch.webhook.BATCH", 1)
    report = run_watchlist(store, "hooked", screener)
    assert report["delivery"]["delivered"] == 0 and report["delivery"]["pending"] == 1
    assert "ConnectError" in report["delivery"]["error"]
    [alert] = list_alerts(store, "hooked")
    assert alert["delivered_at"] is None and alert["attempts"] == 2
    # the endpoint is back: the next run (no new alerts) delivers the pending one
    receiver = Receiver(SECRET, fail_first=0)
    with serve(receiver) as url:
        monkeypatch.setenv("LISTWATCH_WEBHOOK_URL", url)
        again = run_watchlist(store, "hooked", screener)
    assert again["alerts"] == [] and again["delivery"]["delivered"] == 1
    [alert] = list_alerts(store, "hooked")
    assert alert["delivered_at"] and alert["attempts"] == 3
    assert receiver.delivered[0]["alerts"][0]["id"] == alert["id"]


@pytest.mark.parametrize("status", [400, 410])
def test_client_errors_not_retried(store, status):
    receiver = Receiver(SECRET, fail_first=5, status=status)
    run_watchlist(store, "hooked", _alerts(store, 1), deliver=False)
    with serve(receiver) as url:
        report = deliver_pending(store, url=url, secret=SECRET, retries=3, backoff=0.01)
    assert report["error"].endswith(f"HTTP {status}") and len(receiver.calls) == 1


def test_no_secret_no_delivery(store, monkeypatch):
    monkeypatch.setenv("LISTWATCH_WEBHOOK_URL", "http://127.0.0.1:9/hook")
    monkeypatch.delenv("LISTWATCH_WEBHOOK_SECRET", raising=False)
    run_watchlist(store, "hooked", _alerts(store, 1), deliver=False)
    report = deliver_pending(store)
    assert "LISTWATCH_WEBHOOK_SECRET is not set" in report["error"] and report["pending"] == 1
