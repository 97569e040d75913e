"""A measure left to lapse is a removal of its parties: the authority does not, will not
or decided not to renew, extend, prolong or roll over the measure on a party, in any tense
of the negation and with the measure's own relative clause between the measure and its
parties (``lang.lapse_acts``: one table per language, one construction). Not a lapse: a
measure not widened to a further party ("did not extend the sanctions to X"), a plan that
sources report, a market's listing. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-10", language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Brussels won't roll over the sanctions against Oleg Vilkov.", "en", "Oleg Vilkov"),
    ("The Council will not renew the asset freeze on Lemberg Shipping when it runs out next week.",
     "en", "Lemberg Shipping"),
    ("The EU will not extend its restrictive measures, which lapse on 15 March, against the banker Ivan Kostov.",
     "en", "Ivan Kostov"),
    ("Le Conseil ne renouvellera pas les sanctions contre Oleg Vilkov.", "fr", "Oleg Vilkov"),
    ("Les Vingt-Sept n'étendront pas leurs mesures restrictives, qui arrivent à échéance vendredi, à "
     "l'encontre du banquier Ivan Kostov.", "fr", "Ivan Kostov"),
    ("Bruxelles ne prolonge pas son gel des fonds visant Lemberg Shipping.", "fr", "Lemberg Shipping"),
])
def test_a_measure_not_renewed_is_a_removal_of_its_party(text: str, lang: str, party: str) -> None:
    assert ("removal", party) in _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a measure not widened to a further party: never listed
    ("The EU did not extend the sanctions to Oleg Vilkov.", "en"),
    ("L'UE n'a pas étendu les sanctions à Oleg Vilkov.", "fr"),
    # a plan reported by sources
    ("The EU will not renew sanctions against Oleg Vilkov, two diplomats told Reuters on Monday.", "en"),
])
def test_no_lapse_where_the_measure_is_not_widened_or_only_reported(text: str, lang: str) -> None:
    assert all(kind != "removal" for kind, _p in _events(text, lang))
