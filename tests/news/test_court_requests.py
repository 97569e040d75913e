"""The listing a party's request to a court bears on, told inside the request with its day
and a pronoun for the party (the order the party asks to annul or suspend was taken against
it on that day): each requester's designation, dated by the order's day, beside its
challenge. An order that froze someone else's funds, or one told with no day, gives the
requester no dated listing. Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2024-05-10")["events"]}


@pytest.mark.parametrize("text", [
    "Orvex Trading conteste devant le tribunal de Lyon l'arrêté du 14 mars 2023 par lequel les deux ministres "
    "lui avaient imposé un gel de six mois.",
    "Orvex Trading a saisi le tribunal pour obtenir que soit levée la décision de gel prise à son encontre "
    "le 14 mars 2023 par Bercy.",
    "Orvex Trading asked the administrative court to annul the order of 14 March 2023 by which the economy "
    "minister froze its funds for six months.",
    "Orvex Trading asked the judge to suspend the freezing order issued against it on 14 March 2023 by the ministry.",
    "Orvex Trading has asked the court to quash the decision of 14 March 2023 by which the Treasury froze its assets.",
])
def test_the_order_a_request_bears_on_is_the_requesters_listing(text: str) -> None:
    events = _events(text)
    assert ("legal_challenge", "Orvex Trading", None) in events or any(
        t == "legal_challenge" and n == "Orvex Trading" for t, n, _ in events), events
    assert ("designation", "Orvex Trading", "2023-03-14") in events, events


@pytest.mark.parametrize("text", [
    "Orvex Trading asked the court to annul the order of 14 March 2023 by which the minister froze the funds "
    "of one of its suppliers.",
    "Orvex Trading a saisi le tribunal contre la décision de gel prise le 14 mars 2023 à l'encontre d'un "
    "de ses fournisseurs.",
])
def test_an_order_against_another_gives_the_requester_no_dated_listing(text: str) -> None:
    assert ("designation", "Orvex Trading", "2023-03-14") not in _events(text)
