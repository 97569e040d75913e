"""Concurrent ``POST /match`` requests are screened as one batch (``api.coalesce``), and
each gets exactly the answer it gets alone (real OFAC lists)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.realdata

NAMES = [("Company", "AEROCARIBBEAN AIRLINES"), ("Person", "Vladimir Putin"),
         ("Company", "Huawei Technologies"), ("Company", "China Mobile"),
         ("Person", "Kim Jong Un"), ("Company", "Rosneft Oil Company"),
         ("Company", "Sberbank of Russia"), ("Person", "Ali Khamenei"),
         ("Company", "Banco Nacional de Cuba"), ("Company", "Nobody Such Ltd"),
         ("Person", "Hassan Nasrallah"), ("Company", "Islamic Revolutionary Guard Corps")]


def _body(i: int) -> dict[str, Any]:
    schema, name = NAMES[i % len(NAMES)]
    return {"queries": {"q": {"schema": schema, "properties": {"name": [name]}}}}


def test_concurrent_requests_share_a_batch_and_get_their_own_answers(
        real_client: Any) -> None:
    app = real_client.app
    batcher = app.state.lw.batcher
    alone = []
    for i in range(len(NAMES)):  # one at a time: each a batch of one
        r = real_client.post("/match/default?audit=false&limit=3", json=_body(i))
        assert r.status_code == 200
        alone.append(r.json())

    async def together() -> tuple[list[Any], int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            calls = batcher.calls
            answers = await asyncio.gather(*(
                client.post("/match/default?audit=false&limit=3", json=_body(i))
                for i in range(len(NAMES))))
            return [json.loads(a.content) for a in answers], batcher.calls - calls

    answers, calls = asyncio.run(together())
    assert calls < len(NAMES)  # screened in fewer batches than requests
    assert answers == alone
    assert sum(bool(a["responses"]["q"]["results"]) for a in answers) >= 8
