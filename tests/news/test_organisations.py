"""The name finder's trigger places (news/organisations.py): a name right before a trigger,
named once with no cue, is no party by its place alone (on the real sets that place held a
title's word or a bystander, never a party the other finders missed); a subject told with a
cue noun or a company's shape still is (invented sentences)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a capitalised word glued to a licence's name is the licence's title, no party
    ("Markets rose. The revised Provisional General License lets banks wind down deals with Tarsk Bank "
     "until June 3.", "en", {("license", "Tarsk Bank", None), ("deadline", "Tarsk Bank", "2024-06-03")}),
    ("Les marchés ont progressé. La Provisoire Licence générale 9 autorise les banques jusqu'au 3 juin.",
     "fr", set()),
])
def test_a_word_right_before_a_trigger_is_no_party_by_its_place(
        text: str, lang: str, events: set[tuple[str, str, str | None]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Markets rose. The shipping firm Kelvaran was named in the latest round of U.S. sanctions on Friday.",
     "en", "Kelvaran"),
    ("Markets rose. Kelvaran Shipping was named in the latest round of U.S. sanctions on Friday.", "en",
     "Kelvaran Shipping"),
    ("Les marchés ont progressé. Le groupe Kelvaran a été placé vendredi sur la liste des entités.", "fr",
     "Kelvaran"),
])
def test_a_subject_with_a_cue_or_a_companys_shape_stays(text: str, lang: str, party: str) -> None:
    assert _events(text, lang) == {("designation", party, "2024-05-10")}
