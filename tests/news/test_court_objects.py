"""What a court's act or a verb of undoing or contesting bears on: a vacatur undoes a
listing and a lawsuit contests one, while the same verbs are said of bookings, a fine, a
travel document or a vote, and a court that rules for the side defending a measure grants
no relief. An article about another matter of courts (a vote, a fine) that names no listing measure at all tells
no court event. Near
misses keep their event: a listing, a decision, an order or a measure as the object, an
object that opens with a name or a preposition, a passive whose object stands before the
verb, a day or an adverb between the verb and its object, a ruling in a named party's
favour. A passive's subject is read too: permits or visas "will be annulled" undo no
measure, while a clause that names the measure before the verb keeps its vacatur. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.court_objects import foreign_object, listing_story, other_matter
from listwatch.news.triggers import find_triggers

PUB = "2024-05-10"  # a Friday


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


def _court(text: str, lang: str) -> list[tuple[str, str]]:
    return [e for e in _events(text, lang) if e[0] in ("vacatur", "legal_challenge", "injunction", "ruling")]


@pytest.mark.parametrize(("text", "lang"), [
    # a thing that is no measure as the object of the undoing verb
    ("Sanctions hit Orvane Holdings in March. Two tankers chartered by Velmar Shipping then annulled all their "
     "bookings at the Orvane terminal.", "en"),
    ("Les sanctions européennes visent la société Orvane depuis mars. Le groupe Velmar a annulé ses commandes "
     "auprès d'Orvane la semaine suivante.", "fr"),
    ("Piet Dalmar figure sur la liste noire depuis 2019. Son pays avait annulé son passeport bien avant, en "
     "1995, pendant un séjour à l'étranger.", "fr"),
    # a fine contested, in a sanctions story
    ("Velmar Trading, whose partner was sanctioned last year, has challenged in court the agency's civil penalty "
     "for its late reports.", "en"),
])
def test_an_object_that_is_no_measure_gives_no_court_event(text: str, lang: str) -> None:
    assert _court(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    # a thing that is no measure as the subject of the undoing verb in the passive: the
    # counter-measures of a listing (entry bans, permits, visas), not a court's act
    ("Ankor a inscrit mardi la société Velmar Trading sur sa liste noire. Les cadres de Velmar ne pourront "
     "plus se rendre à Ankor, et leurs cartes de séjour et autorisations de travail seront annulées.", "fr"),
    ("Ankor put Velmar Trading on its blacklist on Tuesday. Velmar's managers may no longer travel to Ankor "
     "and their visas will be annulled.", "en"),
    ("Ankor put Velmar Trading on its blacklist on Tuesday. Velmar said its import licences were annulled "
     "the same day.", "en"),
])
def test_a_passive_subject_that_is_no_measure_gives_no_court_event(text: str, lang: str) -> None:
    assert _court(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    # the measure stands in the passive's clause, whatever else comes last before the verb
    ("The sanctions against the firm Velmar Trading and its owner were annulled by the General Court on Tuesday.",
     "en"),
    ("The General Court heard the case of Velmar Trading, and the sanctions were annulled on Tuesday.", "en"),
    ("Les mesures visant la société Velmar Trading seront annulées, a jugé mardi le Tribunal de l'UE.", "fr"),
])
def test_a_passive_whose_clause_names_the_measure_keeps_its_vacatur(text: str, lang: str) -> None:
    assert _court(text, lang) == [("vacatur", "Velmar Trading")]


def test_a_court_ruling_for_the_defending_side_is_no_vacatur() -> None:
    text = ("Orvane Holdings sued the Treasury over its designation in 2023. The court ruled in favour of the "
            "defendants on Tuesday, denying every motion Orvane had made.")
    assert ("vacatur", "Orvane Holdings") not in _events(text, "en")
    assert ("legal_challenge", "Orvane Holdings") in _events(text, "en")
    # the side told by the authority that listed: an office, a ministry, the Council
    for side in ("the Foreign Office", "the Treasury", "the Council", "the UK government", "the Home Secretary"):
        text = (f"Orvane Holdings, whose owner Piet Dalmar was listed in 2022, sued over its designation in 2023. "
                f"Citing Dalmar's shares, the judge ruled in favour of {side} on Tuesday.")
        assert not any(e[0] == "vacatur" for e in _events(text, "en")), side


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the listing, the decision or the measures as the object: a vacatur
    ("The General Court on Tuesday annulled the designation of Orvane Holdings.", "en",
     [("vacatur", "Orvane Holdings")]),
    ("Le Tribunal de l'UE a annulé mardi la décision du Conseil qui gelait les avoirs de la société Orvane.", "fr",
     [("vacatur", "Orvane")]),
    ("Le Tribunal de l'UE a annulé les mesures restrictives prises contre la société Orvane.", "fr",
     [("vacatur", "Orvane")]),
    # a day between the verb and its object
    ("Les juges de Luxembourg ont annulé vendredi l'inscription d'Orvane, une société de négoce.", "fr",
     [("vacatur", "Orvane")]),
    ("The General Court annulled on March 3, 2024 the listing of Orvane Holdings.", "en",
     [("vacatur", "Orvane Holdings")]),
    ("Le Tribunal a annulé le 3 mars 2024 les sanctions contre la société Orvane.", "fr",
     [("vacatur", "Orvane")]),
    # a passive: the measures stand before the verb
    ("The sanctions on Orvane Holdings were annulled, the judges finding no reasons in the file.", "en",
     [("vacatur", "Orvane Holdings")]),
    # a ruling in the named party's favour
    ("Orvane Holdings won at last: the General Court ruled in favour of Orvane on Tuesday and the sanctions "
     "on it fall.", "en", [("vacatur", "Orvane Holdings")]),
    # a challenge of a designation
    ("Orvane Holdings challenged its designation before the General Court in March.", "en",
     [("legal_challenge", "Orvane Holdings")]),
    # a quality of the measure as the object: the measure is what is contested or undone
    ("Orvane Holdings challenged the legality of its designation before the General Court in March.", "en",
     [("legal_challenge", "Orvane Holdings")]),
    ("La société Orvane a contesté la légalité de son inscription devant le Tribunal de l'UE en mars.", "fr",
     [("legal_challenge", "Orvane")]),
])
def test_a_listing_or_an_act_as_the_object_keeps_its_court_event(text: str, lang: str, want: list) -> None:
    assert _court(text, lang) == want


@pytest.mark.parametrize(("sent", "lang", "want"), [
    ("Le groupe a annulé ses commandes.", "fr", True),
    ("He challenged a civil penalty set for a breach of the sanctions rules.", "en", True),
    ("The judges ruled in favour of the Home Office.", "en", True),
    ("Le groupe a annulé Orvane de sa liste de clients.", "fr", False),  # a name: not read here
    ("He challenged in court the decision.", "en", False),  # a preposition first: not read here
    ("Il a voulu annuler devant les tribunaux la décision.", "fr", False),
    ("The court ruled in favor of Orvane.", "en", False),
    ("The judges set aside the order freezing its funds.", "en", False),
    ("Orvane challenged the basis of the sanctions in court.", "en", False),
    ("Le tribunal a annulé les effets de la décision du Conseil.", "fr", False),
    ("He challenged a civil penalty of $9,000 for a breach of the sanctions rules.", "en", True),
])
def test_the_object_read_after_the_verb(sent: str, lang: str, want: bool) -> None:
    trigs = [t for t in find_triggers(sent, lang) if t.event in ("vacatur", "legal_challenge")]
    assert trigs, sent
    assert foreign_object(sent, trigs[0]) is want


def test_an_article_about_another_matter_of_courts_tells_no_court_event() -> None:
    text = ("The Supreme Court on Tuesday quashed the decision of the district judge and sent the case of "
            "opposition leader Piet Dalmar back to the capital's court. The lower court had ordered that "
            "Dalmar be put back on the electoral roll. The state had appealed against that order.")
    assert other_matter(text)
    assert _court(text, "en") == []
    fr = ("Mardi, la plus haute juridiction a annulé la décision du juge et renvoyé l'affaire de l'opposant Piet "
          "Dalmar devant le tribunal de la capitale. Ce juge avait ordonné sa réintégration sur les listes "
          "électorales. L'État avait fait appel de cette décision.")
    assert other_matter(fr)
    assert _court(fr, "fr") == []
    fine = ("Velmar Trading sued the agency in 2021 over a civil penalty of $9,000 for late reporting. The court "
            "ruled in favour of Velmar on Tuesday.")
    assert other_matter(fine)
    assert _court(fine, "en") == []


def test_a_sentence_that_names_neither_keeps_its_court_event() -> None:
    # no listing measure, but no other matter either: left to the other rules
    text = "Velmar Trading filed a lawsuit against the Pentagon on Tuesday."
    assert not listing_story(text) and not other_matter(text)
    assert _court(text, "en") == [("legal_challenge", "Velmar Trading")]


def test_the_same_court_acts_in_a_listing_story_keep_their_events() -> None:
    text = ("The Supreme Court on Tuesday quashed the decision of the district judge that had upheld the asset "
            "freeze on Piet Dalmar. Dalmar had filed a lawsuit against the freeze in 2022.")
    assert listing_story(text) and not other_matter(text)
    assert ("legal_challenge", "Piet Dalmar") in _court(text, "en")
    # the story's listing word may be a blocking of assets, or a list that is not electoral
    assert listing_story("Le Conseil fédéral a décidé de bloquer les valeurs de M. Dalmar.")
    assert listing_story("Dalmar was put on the list of terrorist organisations.")
    assert not listing_story("Dalmar was put back on the list of voters by the judge.")
    # export restrictions with a penalty told beside them: a listing story, the case is kept
    text = ("Velmar Trading sued the Commerce Department over the export restrictions imposed on it in 2023, "
            "which carry penalties of up to $1 million.")
    assert listing_story(text) and not other_matter(text)
    assert ("legal_challenge", "Velmar Trading") in _court(text, "en")
