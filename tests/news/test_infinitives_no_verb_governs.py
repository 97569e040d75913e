"""A listing verb in the infinitive that no verb of doing governs tells no act
(``modality._NOUN_GOVERNS``): a noun governs it (a right, a habit, a means: what one may
do), or a quantity (what is left to do); or it hangs on a verb in the conditional with
a condition after it (the mood of that verb). A noun of decision or of intent keeps its
act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-05-10")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize("text", [
    # a noun governs the infinitive
    "Selon ses critiques, l'Union se réserve le droit de sanctionner des patrons comme Piotr Valenko.",
    "Ses détracteurs lui reprochent la manie de sanctionner des patrons comme Piotr Valenko.",
    "The bloc claims the right to blacklist foreign officials like Piotr Valenko, its critics say.",
    "The agency asserts a mandate to designate firms like Orvex Trading without a hearing.",
    # a quantity
    "« Il reste beaucoup à sanctionner avant d'en venir à Anna Kell », a-t-il lancé.",
    "There is plenty left to sanction before we get to Anna Kell.",
    # a verb in the conditional, a condition after
    "Le ministre a prévenu qu'il alourdirait les sanctions, quitte à radier Anna Kell de la liste des exemptés, "
    "si l'accord échoue.",
    "Bruxelles a averti qu'elle durcirait ses mesures, jusqu'à y inscrire Orvex Trading, si les combats reprennent.",
])
def test_an_infinitive_no_verb_of_doing_governs_is_no_act(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("La Commission a pris la décision de sanctionner Orvex Trading lundi.", ("designation", "Orvex Trading")),
    ("Le Conseil a décidé mardi de radier Anna Kell.", ("removal", "Anna Kell")),
    ("The Treasury moved to sanction Orvex Trading on Monday.", ("designation", "Orvex Trading")),
    ("The ministry announced its intention to delist Anna Kell on Friday.", ("removal", "Anna Kell")),
])
def test_a_decision_or_an_intent_keeps_its_act(text: str, kept: tuple[str, str]) -> None:
    assert kept in _events(text)
