"""A document's reference or title is no party (``nonparty_names``): a code before a slash
and its number, a court's code in a neutral citation, a number told by its sign, a title
told after the document's noun and a dash, closing on it in brackets, or ending on it.
Sentences of our own, in both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


@pytest.mark.parametrize(("text", "reference"), [
    ("General Licence No 7C, issued in May to allow the wind-down of contracts with Orvex Trading, "
     "was replaced by General Licence No 7D.", "No 7"),
    ("Norland issued General Licence ABC/2023/77123 on Monday.\n\n"
     "- ABC/2023/77123 – This licence covers the wind down of positions held with Dorvan Bank.", "ABC"),
    ("On 3 May, Norland issued a new General Licence – ABC/2024/1234, known as the Frozen Deposits – "
     "2021 Transfers (General Licence), releasing funds held at Dorvan Bank.", "Frozen Deposits"),
    ("Holders had to rely on the expired General Licence – Frozen Deposits Payments ABC/2022/555 "
     "to release funds from Dorvan Bank.", "Frozen Deposits"),
    ("The Minister's decision to list Ivan Dorsk was given effect by an amending instrument "
     "(the Amending Instrument), which added his name to the list.", "Amending Instrument"),
    ("In Marten v Minister [2023] EWCA 912 (Civ), the court dismissed Ilse Marten's challenge to her "
     "designation.", "EWCA"),
])
def test_a_reference_is_no_party(text: str, reference: str) -> None:
    assert not any(reference in n for n in _names(text))


@pytest.mark.parametrize(("text", "party"), [
    # a firm whose name ends on a plural noun a title may hold
    ("The Commerce Department added Orvex Instruments to the Entity List on Tuesday.", "Orvex Instruments"),
    ("General Licence No 7C authorises transactions with Orvex Trading until 5 June.", "Orvex Trading"),
])
def test_a_name_beside_a_reference_stays(text: str, party: str) -> None:
    assert party in _names(text)
