"""A party's name is never cut to a legal form or a descriptor: a name of those words
alone is no party, and a registered company name that holds an authority word ("State")
stays whole. Every text is written for the purpose."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.lang import PACKS
from listwatch.news.names import _clean_name


def _parties(text: str, published: str = "2025-01-08") -> list[tuple[str, str]]:
    return [(e["type"], e["entity"]) for e in extract_article(text, published=published)["events"]]


def test_legal_form_alone_is_no_party() -> None:
    text = (
        "The notice also removed six previously listed entities, including Northgate Rail "
        "Engineering Corporation Limited and Eastvale State Building Materials Group Co, and outlined "
        "a process for companies to request reconsideration."
    )
    got = _parties(text)
    assert ("removal", "Eastvale State Building Materials Group Co") in got
    assert ("removal", "Northgate Rail Engineering Corporation Limited") in got
    assert len(got) == 2


def test_state_in_a_registered_company_name_keeps_the_name() -> None:
    text = (
        "The Department of Defense on Monday removed Kestrel State Shipbuilding Co, Ltd. from "
        "its list of Chinese military companies."
    )
    got = _parties(text)
    assert got and all(party.startswith("Kestrel State Shipbuilding Co") for _t, party in got)


def test_unit_named_in_parentheses_leaves_no_legal_form_alone() -> None:
    text = (
        "The Treasury removed Delta Ocean Shipping (East Asia) Inc and Gamma Finance Co, Ltd. "
        "from the SDN List on Friday."
    )
    got = _parties(text, "2025-01-10")
    assert not any(party in ("Inc", "Co", "Ltd") for _t, party in got)
    assert ("removal", "Delta Ocean Shipping (East Asia) Inc") in got


def test_place_in_parentheses_before_the_legal_form_keeps_the_name() -> None:
    text = (
        "The affected companies are Linvar (Beijing) Technology Co., Ltd., Tarkan Electronics "
        "Co. and Kestrel (Tianjin) Co."
    )
    got = _parties("The Commerce Department added four Chinese companies to the Entity List "
                   "on Monday. " + text)
    assert ("designation", "Kestrel (Tianjin) Co") in got
    assert not any(party in ("Co", "Kestrel") for _t, party in got)


def test_state_department_stays_an_authority() -> None:
    text = "The State Department designated Harlow Petrochemical Co on Friday."
    got = _parties(text, "2025-01-10")
    assert got == [("designation", "Harlow Petrochemical Co")]


@pytest.mark.parametrize("piece", ["Co", "Inc.", "Ltd", "International", "Group Co", "Holdings Limited"])
def test_legal_form_or_descriptor_alone_is_no_name(piece: str) -> None:
    assert _clean_name(piece, PACKS["en"]) is None
    assert _clean_name(f"Eastvale {piece}", PACKS["en"]) == f"Eastvale {piece}"
