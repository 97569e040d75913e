"""Pairwise scoring tests see no lists: the word counts of ``match.commonness`` are
forgotten before each (a screening test elsewhere may have loaded real lists)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from listwatch.match import commonness


@pytest.fixture(autouse=True)
def _no_lists_observed() -> Iterator[None]:
    commonness.forget()
    yield
    commonness.forget()
