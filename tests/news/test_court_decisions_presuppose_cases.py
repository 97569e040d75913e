"""A court's decision against a party presupposes the party's case: a court that upholds a
listing or throws out a suit answers a case its party brought, so the ruling tells that
party's `legal_challenge` too, undated (the ruling's day is the answer's). Not of a party
named once beside another's story, for contrast. And an appeal told by where it goes, a
court ("appealed on Monday to the Court of Appeals", "appealed the ruling to a higher
court"), is the party's case on the day told. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[dict]:
    return extract_article(text, published="2024-06-12", language=lang)["events"]


def _challenges(text: str, lang: str) -> dict[str, str | None]:
    return {e["entity"]: e["date"] for e in _events(text, lang) if e["type"] == "legal_challenge"}


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The appeals court on Tuesday upheld the designation of Korvane Shipping Ltd, finding the evidence "
     "sufficient. Korvane Shipping Ltd said it was studying the judgment.", "en", "Korvane Shipping Ltd"),
    ("A federal judge affirmed the listing of Zephyr Lidar Technologies Inc. on Friday. Zephyr Lidar "
     "Technologies Inc. has always denied any tie to the armed forces.", "en", "Zephyr Lidar Technologies Inc"),
    ("Brandt Metals AG loses bid to leave sanctions list\n\nThe General Court dismissed on Wednesday the "
     "action of Brandt Metals AG against its listing.", "en", "Brandt Metals AG"),
    ("Les juges européens ont maintenu jeudi les sanctions visant la société Ostrelle Mining SA. "
     "Ostrelle Mining SA conteste depuis des années tout lien avec le régime.", "fr", "Ostrelle Mining SA"),
    ("La cour d'appel a maintenu l'inscription de Varenko Trading SARL sur la liste. Varenko Trading SARL "
     "n'a pas réagi.", "fr", "Varenko Trading SARL"),
])
def test_a_ruling_against_a_party_tells_its_case(text: str, lang: str, who: str) -> None:
    challenges = _challenges(text, lang)
    assert any(who in name for name in challenges), challenges
    assert "ruling" in {e["type"] for e in _events(text, lang)}


def test_the_presupposed_case_takes_no_day_of_the_ruling() -> None:
    text = ("The appeals court on 4 June 2024 upheld the designation of Korvane Shipping Ltd. "
            "Korvane Shipping Ltd said it was studying the judgment.")
    challenges = _challenges(text, "en")
    assert any("Korvane" in n for n in challenges) and all(d is None for d in challenges.values())


@pytest.mark.parametrize(("text", "lang"), [
    # a party named once, for contrast beside another's story
    ("A federal judge suspended the listing of Lumora Sensing Inc. on Tuesday. Lumora Sensing Inc. had sued "
     "in March. In May the same court had upheld the listing of another maker, Borlin Optics Ltd.", "en"),
    ("Un juge fédéral a suspendu mardi l'inscription de Lumora Sensing SA. Lumora Sensing SA avait porté plainte "
     "en mars. En mai, la même juridiction avait confirmé l'inscription d'un autre fabricant, Borlin Optique SA.", "fr"),
])
def test_a_party_named_once_for_contrast_is_no_litigant(text: str, lang: str) -> None:
    assert not any("Borlin" in n for n in _challenges(text, lang))


@pytest.mark.parametrize(("text", "lang", "who", "day"), [
    ("Korvane Shipping Ltd appealed on Monday to the Court of Appeals to overturn its designation.",
     "en", "Korvane Shipping Ltd", "2024-06-10"),
    ("Brandt Metals AG said it appealed on Monday to the Supreme Court, which has yet to hear its designation case.",
     "en", "Brandt Metals AG", "2024-06-10"),
    ("Zephyr Lidar Technologies Inc. appealed the ruling on Monday to the federal appeals court in Washington, "
     "calling its listing wrong.", "en", "Zephyr Lidar Technologies Inc", "2024-06-10"),
    ("La société Brandt Metals AG a fait appel lundi devant la cour d'appel de la décision maintenant son "
     "inscription.", "fr", "Brandt Metals AG", "2024-06-10"),
    ("Le groupe Ostrelle Mining SA fera appel devant le Conseil d'État de son inscription sur la liste.",
     "fr", "Ostrelle Mining SA", None),
])
def test_an_appeal_told_by_the_court_it_goes_to_is_a_case(text: str, lang: str, who: str, day: str | None) -> None:
    challenges = _challenges(text, lang)
    assert any(who in name and date == day for name, date in challenges.items()), challenges


@pytest.mark.parametrize("text", [
    "Korvane Shipping Ltd chief Anna Berg appealed to the public for calm after the designation.",
    "Korvane Shipping Ltd appealed to a federal court over the sale of its old ferry.",
    "The Court of Appeals to which Korvane Shipping Ltd may turn has not yet set a date for its designation case.",
    "Le patron de Korvane Shipping Ltd a fait appel devant les actionnaires au calme après la désignation.",
])
def test_an_appeal_to_no_court_is_none(text: str) -> None:
    assert not any("Korvane" in n for n in _challenges(text, "fr" if " de " in text else "en"))
