"""An act told by its noun with its day ("The step was made public on 12 March", "Les
ministres ont adopté le 4 mars un nouveau paquet de sanctions"), its parties named in a
sentence after it with no date of their own: the noun's day is theirs. Not an act still to
come, not a sentence that gives two dates, not a past told in the past perfect, not a noun
with no act told before it. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate
from listwatch.news.dates_round import act_by_noun


def _dates(text: str, published: str, kind: str) -> dict[str, str | None]:
    evs = extract_article(text, published=published)["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == kind}


_STRUCK = ("The Treasury lifted sanctions on two shipping firms. {noun} The firms struck off the "
           "list are Corvane Freight and Melby Lines.")


@pytest.mark.parametrize(("noun", "want"), [
    # a noun of no type is the act told just before it
    ("The step was made public in a notice on 12 March.", "2024-03-12"),
    ("The decision, announced on 12 March, followed a review.", "2024-03-12"),
    # near misses: an act still to come; two dates (which is the act's is not told)
    ("The decision will be announced in a notice on 12 March.", None),
    ("The step was made public on 12 March, a week after a review that ended on 5 March.", None),
])
def test_the_parties_named_after_take_the_nouns_day(noun: str, want: str | None) -> None:
    assert _dates(_STRUCK.format(noun=noun), "2024-03-20", "removal") == {
        "Corvane Freight": want, "Melby Lines": want}


@pytest.mark.parametrize(("text", "want"), [
    ("The delistings, made by the ministry early last month, ended a long review. Corvane Freight "
     "and Melby Lines were removed from the list after their owners sold their stakes.", "2024-03"),
    ("Le Trésor a levé les sanctions visant deux armateurs. La décision a été annoncée le 11 avril. "
     "Les deux armateurs retirés de la liste sont Corvane Freight et Melby Lines.", "2024-04-11"),
    # near miss: a past told in the past perfect is no part of the act
    ("The delistings, made by the ministry early last month, ended a long review. Corvane Freight "
     "and Melby Lines had been removed from the list once before.", None),
])
def test_a_removal_told_by_its_noun(text: str, want: str | None) -> None:
    assert _dates(text, "2024-04-15", "removal") == {"Corvane Freight": want, "Melby Lines": want}


@pytest.mark.parametrize(("text", "want"), [
    ("Les ministres ont adopté le 4 mars 2024 un nouveau paquet de sanctions contre le régime. Ce "
     "paquet sanctionne la banque Varnet et la société Orlik Trade.", "2024-03-04"),
    ("The ministers adopted on 4 March a fresh package of sanctions against the regime. The package "
     "targets the bank Varnet and the firm Orlik Trade.", "2024-03-04"),
    # near misses: a package only weighed; a sentence with a second date
    ("Les ministres pourraient adopter le 4 avril 2024 un nouveau paquet de sanctions contre le "
     "régime. Ce paquet sanctionne la banque Varnet et la société Orlik Trade.", None),
    ("Les ministres ont adopté le 4 mars 2024 un nouveau paquet de sanctions, après celui du 2 "
     "février. Ce paquet sanctionne la banque Varnet et la société Orlik Trade.", None),
])
def test_a_package_of_listings_dates_its_parties(text: str, want: str | None) -> None:
    assert _dates(text, "2024-03-20", "designation") == {"Varnet": want, "Orlik Trade": want}


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("The Treasury lifted sanctions on two shipping firms. The step was made public on 12 March. It "
     "comes after the removal of Orlik Trade from the list.", "removal", "Orlik Trade"),
    ("Les ministres ont adopté le 4 mars 2024 un nouveau paquet de sanctions. Ce paquet s'ajoute aux "
     "mesures antérieures, comme le gel des fonds de la banque Varnet.", "designation", "Varnet"),
])
def test_an_act_told_as_one_before_the_round_keeps_no_date(text: str, kind: str, name: str) -> None:
    assert _dates(text, "2024-03-20", kind) == {name: None}


def test_a_noun_with_no_act_before_it_dates_nothing() -> None:
    text = "La décision a été annoncée le 11 mars. Le ministère a inscrit la banque Varnet sur la liste."
    assert _dates(text, "2024-03-20", "designation") == {"Varnet": None}


def test_parties_far_after_the_noun_are_not_its() -> None:
    text = ("The ministers adopted on 4 March a fresh package of sanctions against the regime. Ships "
            "waited at sea. Ports were shut. Traders held back. Brokers stayed away. The ministry "
            "designated the bank Varnet.")
    assert _dates(text, "2024-03-20", "designation") == {"Varnet": None}


@pytest.mark.parametrize(("sent", "want"), [
    ("The delistings, made by the ministry early last month, ended a long review.",
     ("removal", PartialDate(2024, 3))),
    ("The step was made public on 12 March.", (None, PartialDate(2024, 3, 12))),
    ("Cette inscription, décidée le 12 mars, a surpris.", ("designation", PartialDate(2024, 3, 12))),
    ("The decision could be made public on 12 March.", None),
    # the date of a clause of its own after the act's verb
    ("The listing, announced by the ministry, was expected since the minister backed it in March.", None),
    ("The step was made public.", None),
    ("Ships waited at sea on 12 March.", None),
])
def test_what_a_sentence_tells_by_its_noun(sent: str, want: tuple[str | None, PartialDate] | None) -> None:
    lang = "fr" if "Cette" in sent else "en"
    assert act_by_noun(sent, lang, PartialDate(2024, 4, 15)) == want
