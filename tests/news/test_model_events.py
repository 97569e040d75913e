"""The sentence model's events where the rules say nothing: given for a confident type with
a party named in the sentence and a date, withheld for questions, conditionals, states,
headlines, regimes, works under way, sentences with no party, names that are no party
(speakers, office holders, examples in brackets) and sentences the rules read; off unless
asked for (sentences written for this test, with invented verbs no rule pack knows)."""

from __future__ import annotations

import numpy as np
import pytest

from listwatch.errors import ConfigError
from listwatch.news import extract_article
from listwatch.news.model_events import using
from listwatch.news.sentence_model import SentenceModel, features, train
from listwatch.settings import news_model_enabled, news_model_threshold

TYPES = ("designation", "removal", "deadline")
ROWS = [
    ("Corvane Ltd was blackballed by the sanctions office on 3 March 2024.", {"designation"}),
    ("The sanctions office blackballed Pellinor SA last week.", {"designation"}),
    ("Ostrava Mining was blackballed in 2019 by the sanctions office.", {"designation"}),
    ("Brenmoor was blackballed under the sanctions programme.", {"designation"}),
    ("Pellinor SA was whitewashed from the sanctions list in June.", {"removal"}),
    ("Ostrava Mining was whitewashed from the list last month.", {"removal"}),
    ("Investors must dump Corvane shares before 1 June 2024.", {"deadline"}),
    ("Holders must dump their Pellinor stakes before 9 May.", {"deadline"}),
    ("Funds must dump Ostrava Mining bonds before the end of the year.", {"deadline"}),
    ("Corvane a été blackboulée par le bureau des sanctions le 3 mars 2024.", {"designation"}),
    ("Le bureau des sanctions a blackboulé Pellinor en juin.", {"designation"}),
    ("Ostrava Mining a ouvert une usine près de la frontière.", set()),
    ("Corvane Ltd reported higher sales in 2024.", set()),
    ("Shares of Pellinor SA rose 3% on Tuesday.", set()),
    ("The sanctions office publishes its annual report in May.", set()),
    ("Ostrava Mining opened a new plant near the border.", set()),
    ("Analysts expect the office to hire more staff.", set()),
]


@pytest.fixture(scope="module")
def model() -> SentenceModel:
    return SentenceModel.loads(train([(features(t), frozenset(ts)) for t, ts in ROWS], TYPES).dumps())


def _events(text: str, model: SentenceModel, published: str = "2024-03-10") -> list[dict]:
    with using(model, dict.fromkeys(TYPES, 0.8)):
        return extract_article(text, published=published, language="en")["events"]


def test_gives_a_dated_event_marked_as_the_models(model: SentenceModel) -> None:
    ev = _events("Talvex Robotics Ltd was blackballed by the sanctions office on March 3, 2024.", model)
    assert [(e["type"], e["entity"], e["date"], e["found_by"]) for e in ev] == [
        ("designation", "Talvex Robotics Ltd", "2024-03-03", "model")]
    assert ev[0]["confidence"] <= 0.5  # below what a rule's event gets
    lift = _events("Talvex Robotics Ltd was whitewashed from the sanctions list on March 5, 2024.", model)
    assert [(e["type"], e["date"]) for e in lift] == [("removal", "2024-03-05")]


def test_french_wording_and_a_relative_date(model: SentenceModel) -> None:
    with using(model, dict.fromkeys(TYPES, 0.8)):
        ev = extract_article("Talvex Robotics a été blackboulée par le bureau des sanctions le 3 mars dernier.",
                             published="2024-03-10", language="fr")["events"]
    assert [(e["type"], e["entity"], e["date"], e["found_by"]) for e in ev] == [
        ("designation", "Talvex Robotics", "2024-03-03", "model")]


def test_a_deadline_needs_a_date_ahead(model: SentenceModel) -> None:
    # no rule reads "ought to dump ... before" (no duty a rule knows): the model does, with the date ahead
    ahead = _events("Holders ought to dump their Talvex Robotics Ltd stakes before June 1.", model)
    assert [(e["type"], e["date"], e["found_by"]) for e in ahead] == [("deadline", "2024-06-01", "model")]
    assert _events("Holders must dump their Talvex Robotics Ltd stakes soon.", model) == []


@pytest.mark.parametrize("text", [
    "Was Talvex Robotics Ltd blackballed by the sanctions office on March 3, 2024?",  # a question
    "If Talvex Robotics Ltd were blackballed by the sanctions office, its shares would fall.",
    "Talvex Robotics Ltd remains blackballed by the sanctions office.",  # a state
    "It was blackballed by the sanctions office on March 3, 2024.",  # no party anywhere
    "Talvex Robotics Ltd was blackballed by the golf club on March 3, 2024.",  # not about sanctions
    "Talvex Robotics Ltd opened a new plant near the border on March 3, 2024.",  # nothing happened
])
def test_withholds(text: str, model: SentenceModel) -> None:
    assert _events(text, model) == []


def test_the_rules_keep_their_sentences(model: SentenceModel) -> None:
    # a rule reads this sentence: the model adds nothing to it
    text = "The Treasury designated Talvex Robotics Ltd on March 3, 2024, and blackballed its parent."
    with using(None):
        rules = extract_article(text, published="2024-03-10", language="en")["events"]
    both = _events(text, model)
    assert rules and both == rules
    assert all(e["found_by"] == "rules" for e in both)


def test_an_anaphor_gives_no_model_event(model: SentenceModel) -> None:
    # the model speaks only of a party its sentence names: what "the company" points back to
    # was its commonest false party on the read sets, and never a right one
    text = ("Talvex Robotics Ltd makes industrial robots in Shenzhen. "
            "The company was blackballed by the sanctions office on March 3, 2024.")
    assert _events(text, model) == []
    named = _events("Talvex Robotics Ltd was blackballed by the sanctions office on March 3, 2024.", model)
    assert [(e["entity"], e["entity_via"]) for e in named] == [("Talvex Robotics Ltd", "sentence")]


@pytest.mark.parametrize(("text", "lang"), [
    # a headline, no stop at its end
    ("Talvex Robotics Ltd blackballed by sanctions office", "en"),
    ("Talvex Robotics blackboulée par le bureau des sanctions", "fr"),
    # a regime or its founding text told as such
    ("The bloc's own sanctions regime blackballed Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("Le régime de sanctions de l'Union a blackboulé Talvex Robotics le 3 mars dernier.", "fr"),
    ("Under Resolution 4410, the sanctions office blackballed Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("The bloc's present sanctions enforcement regime blackballed Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("Un régime autonome de sanctions a blackboulé Talvex Robotics le 3 mars dernier.", "fr"),
    # the act as the time of something else
    ("Talvex Robotics Ltd sold its Oslo terminal a week after the imposition of sanctions by the office, "
     "blackballed on March 3, 2024.", "en"),
    ("Jane Corvin quit the board of Talvex Robotics Ltd shortly after sanctions were blackballed on March 3, "
     "2024.", "en"),
    ("Talvex Robotics a vendu son terminal d'Oslo une semaine après l'imposition des sanctions, blackboulée "
     "le 3 mars 2024.", "fr"),
    # a listing's opposite told in the sentence: a waiver, an exemption, a lift
    ("The sanctions office waived the blackball on Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("The sanctions office blackballed Talvex Robotics Ltd on March 3, 2024, then eased it a week on.", "en"),
    ("Le bureau des sanctions a blackboulé Talvex Robotics le 3 mars 2024, mesure exonérant ses filiales.", "fr"),
    # a state: since when, where it appears now
    ("Talvex Robotics Ltd has been blackballed by the sanctions office since March 3, 2024.", "en"),
    ("Talvex Robotics Ltd currently appears among the firms blackballed by the sanctions office.", "en"),
    # a work under way
    ("The sanctions office is preparing to blackball Talvex Robotics Ltd under its programme.", "en"),
    ("Le bureau des sanctions est en train de blackbouler Talvex Robotics.", "fr"),
    ("The sanctions office has been blackballing smugglers such as Talvex Robotics Ltd.", "en"),
])
def test_withholds_sentences_that_tell_no_act(text: str, lang: str, model: SentenceModel) -> None:
    with using(model, dict.fromkeys(TYPES, 0.5)):
        assert extract_article(text, published="2024-03-10", language=lang)["events"] == []


@pytest.mark.parametrize(("text", "lang"), [
    # who tells the act: a verb of saying after the name, a participle of saying on
    ("Jane Corvin also recalled that the sanctions office blackballed the smugglers on March 3, 2024.", "en"),
    ("Jane Corvin stood firm on Sunday, announcing that the sanctions office blackballed the smugglers "
     "on March 3, 2024.", "en"),
    # a person told by an office held now: who acts, not whom the act bears on
    ("President Jane Corvin blackballed the smugglers with the sanctions office on March 3, 2024.", "en"),
    # ... read inside the name
    ("Vice President Corvin blackballed the smugglers with the sanctions office on March 3, 2024.", "en"),
    ("Prime Minister Corvin blackballed the smugglers with the sanctions office on March 3, 2024.", "en"),
    ("Le président Jean Corvin a blackboulé les passeurs avec des sanctions le 3 mars dernier.", "fr"),
    ("La ministre des Affaires étrangères Jane Corvin a blackboulé trois armateurs par des sanctions "
     "le 3 mars dernier.", "fr"),
    # examples in brackets of a group the act bears on
    ("The sanctions office blackballed big lenders (Corvane Bank and Pellinor Bank) on March 3, 2024.", "en"),
    ("Le bureau des sanctions a blackboulé les grandes banques (Corvane Bank, Pellinor Bank) le 3 mars "
     "dernier.", "fr"),
])
def test_withholds_names_that_are_no_party(text: str, lang: str, model: SentenceModel) -> None:
    with using(model, dict.fromkeys(TYPES, 0.5)):
        assert extract_article(text, published="2024-03-10", language=lang)["events"] == []


def test_shipped_thresholds_keep_the_model_off_the_types_it_never_got_right() -> None:
    # chosen leave-one-set-out on the read sets: no threshold gained more right removals,
    # licences, deadlines, injunctions or vacaturs than false ones, so the model says none
    from listwatch.news.model_events import THRESHOLDS

    assert all(THRESHOLDS[t] > 1.0 for t in ("removal", "license", "deadline", "injunction", "vacatur"))
    assert all(0.0 < THRESHOLDS[t] < 1.0 for t in ("designation", "legal_challenge"))


def test_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LISTWATCH_NEWS_MODEL", raising=False)
    assert news_model_enabled() is False
    monkeypatch.setenv("LISTWATCH_NEWS_MODEL", "true")
    assert news_model_enabled() is True
    # the shipped model, switched on, leaves a sentence the rules read alone
    ev = extract_article("The Treasury designated Talvex Robotics Ltd on March 3, 2024.",
                         published="2024-03-10", language="en")["events"]
    assert [(e["type"], e["found_by"]) for e in ev] == [("designation", "rules")]
    monkeypatch.setenv("LISTWATCH_NEWS_MODEL", "maybe")
    with pytest.raises(ConfigError, match="LISTWATCH_NEWS_MODEL"):
        news_model_enabled()


def test_one_threshold_for_every_type(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LISTWATCH_NEWS_MODEL_THRESHOLD", raising=False)
    assert news_model_threshold() is None
    monkeypatch.setenv("LISTWATCH_NEWS_MODEL_THRESHOLD", "0.55")
    assert news_model_threshold() == 0.55
    for bad in ("1.5", "0", "high"):
        monkeypatch.setenv("LISTWATCH_NEWS_MODEL_THRESHOLD", bad)
        with pytest.raises(ConfigError, match="LISTWATCH_NEWS_MODEL_THRESHOLD"):
            news_model_threshold()


@pytest.mark.parametrize("text", [
    "Talvex Robotics Ltd was not blackballed by the sanctions office on March 3, 2024.",
    "Talvex Robotics Ltd is expected to be blackballed by the sanctions office next week.",
    "The new sanctions list kept Talvex Robotics Ltd, which was blackballed long ago.",
])
def test_withholds_negations_plans_and_states_anywhere_in_the_sentence(text: str, model: SentenceModel) -> None:
    assert _events(text, model) == []


def test_weights_are_finite(model: SentenceModel) -> None:
    assert np.isfinite(model.weights).all() and np.isfinite(model.bias).all()


def test_ingest_keeps_the_mark(store, model: SentenceModel) -> None:
    from listwatch.news.store import ingest_article

    text = "Talvex Robotics Ltd was blackballed by the sanctions office on March 3, 2024."
    with using(model, dict.fromkeys(TYPES, 0.8)):
        res = ingest_article(store, text.encode(), published="2024-03-10")
    assert [(e["type"], e["found_by"]) for e in res["events"]] == [("designation", "model")]
    assert res["events"][0]["confidence"] <= 0.5


def test_an_undated_model_event_takes_the_ledes_day_as_rule_events_do(model: SentenceModel) -> None:
    text = ("Sanctions office hits two firms\n\nThe Treasury on Tuesday designated Quillon Shipping Ltd "
            "for smuggling fuel. Talvex Robotics Ltd was blackballed by the sanctions office too.")
    ev = {(e["entity"], e["found_by"]): e for e in _events(text, model)}
    assert ev[("Quillon Shipping Ltd", "rules")]["date"] == "2024-03-05"
    blackballed = ev[("Talvex Robotics Ltd", "model")]
    assert blackballed["date"] == "2024-03-05" and blackballed["date_via"] == "lede"


@pytest.mark.parametrize(("text", "lang"), [
    # sanctions told by another name: restrictions, restrictive or punitive measures, a ban
    ("Talvex Robotics Ltd was blackballed by the restrictions office on March 3, 2024.", "en"),
    ("The restrictive measures blackballed Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("Talvex Robotics Ltd was blackballed with punitive measures on March 3, 2024.", "en"),
    ("Talvex Robotics Ltd was blackballed with a travel ban on March 3, 2024.", "en"),
    ("Talvex Robotics a été blackboulée par le bureau des restrictions le 3 mars dernier.", "fr"),
    ("Talvex Robotics a été blackboulée d'une interdiction d'entrée le 3 mars dernier.", "fr"),
])
def test_sanctions_by_another_name_are_its_subject(text: str, lang: str, model: SentenceModel) -> None:
    with using(model, dict.fromkeys(TYPES, 0.5)):
        ev = extract_article(text, published="2024-03-10", language=lang)["events"]
    assert [(e["type"], e["entity"], e["found_by"]) for e in ev] == [("designation", ev[0]["entity"], "model")]
    assert ev[0]["entity"].startswith("Talvex Robotics")


@pytest.mark.parametrize(("text", "lang"), [
    # a plan in any tense or person: nothing happened yet
    ("The sanctions office was planning to blackball Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("The sanctions office intends to blackball Talvex Robotics Ltd on March 3, 2024.", "en"),
    ("Le bureau des sanctions prévoyait de blackbouler Talvex Robotics le 3 mars dernier.", "fr"),
    ("Le bureau des sanctions envisage de blackbouler Talvex Robotics le 3 mars dernier.", "fr"),
    ("Le bureau des sanctions prévoit d'blackbouler Talvex Robotics le 3 mars dernier.", "fr"),
])
def test_withholds_plans_in_any_tense(text: str, lang: str, model: SentenceModel) -> None:
    with using(model, dict.fromkeys(TYPES, 0.3)):
        assert extract_article(text, published="2024-03-10", language=lang)["events"] == []


def test_a_former_office_inside_the_name_is_a_designees_description(model: SentenceModel) -> None:
    text = "Former Senator Corvin was blackballed by the sanctions office on March 3, 2024."
    assert [e["type"] for e in _events(text, model)] == ["designation"]
