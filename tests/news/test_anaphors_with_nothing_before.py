"""An act told of an earlier time by a pronoun that acts after a fronted time with no
comma ("In 2019 it had sanctioned the parent", « En 2019 il avait sanctionné ... ») has the
authority for its subject, no party; and an anaphor with no name told before it ("The
company had been sanctioned in 2019") points to no party named only after it. The
parties listed later keep the day of the act that counted them."""

from __future__ import annotations

from listwatch.news import extract_article

_LIST = " The firms are Arvelon Trading, Brisk Maritime and Coldane Logistics."
_LISTE = " Les sociétés sont Arvelon Trading, Brisk Maritime et Coldane Logistics."
_DAY = {("designation", n, "2026-02-03") for n in ("Arvelon Trading", "Brisk Maritime", "Coldane Logistics")}


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2026-02-06", language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_a_fronted_year_before_an_acting_pronoun() -> None:
    text = "The Treasury designated three firms on Tuesday. In 2019 it had sanctioned the parent." + _LIST
    assert _events(text, "en") == _DAY
    text = "The Treasury designated three firms on Tuesday. Last year it had sanctioned their parent company." + _LIST
    assert _events(text, "en") == _DAY
    text = "Le Trésor a sanctionné mardi trois sociétés. En 2019 il avait sanctionné leur maison mère." + _LISTE
    assert _events(text, "fr") == _DAY


def test_an_anaphor_with_no_name_before_it() -> None:
    text = "The Treasury designated three firms on Tuesday. The company had been sanctioned in 2019." + _LIST
    assert _events(text, "en") == _DAY


def test_a_passive_pronoun_after_a_fronted_year_keeps_its_party() -> None:
    text = "Kestrel Bank was hit with fresh sanctions on Tuesday. In 2019 it had been added to the Entity List."
    assert _events(text, "en") == {("designation", "Kestrel Bank", "2026-02-03"), ("designation", "Kestrel Bank", "2019")}
