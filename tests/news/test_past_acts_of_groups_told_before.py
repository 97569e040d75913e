"""A past act told of a group named just before, as the story's background: a group word of
people opening the sentence ("These executives were among eleven people listed in 2022"),
a bare count after "all" ("had sanctioned all three") or "the" as the subject ("The three had
been listed"). The members get the past act, with its own date; a count the act before
does not match, a count before a noun, a count with no demonstrative and a hypothetical
give nobody. The United States acting in a story of another government's act is its own
authority (two acts, not one), and a weekday told in the past perfect is the one before the
story's day."""

from __future__ import annotations

from listwatch.news import extract_article

PUB = "2024-06-13"  # a Thursday
TRIO = ("Marko Telen", "Ilse Varga", "Dorin Pasko")


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _dated(text: str, kind: str, date: str | None) -> set[str]:
    return {n for t, n, d in _events(text) if t == kind and d == date}


LIFTED = "The Treasury on Tuesday removed Marko Telen, Ilse Varga and Dorin Pasko from its sanctions list. "


def test_a_group_word_of_people_opening_the_sentence_takes_up_the_people_before() -> None:
    text = LIFTED + "These executives were among eleven people first sanctioned by the previous administration in 2022."
    got = _events(text)
    for n in TRIO:
        assert ("removal", n, "2024-06-11") in got, n
        assert ("designation", n, "2022") in got, n


def test_a_count_without_a_demonstrative_is_a_new_group() -> None:
    text = LIFTED + "Three executives were among eleven people first sanctioned by the previous administration in 2022."
    assert _dated(text, "designation", "2022") == set()


def test_one_person_before_is_no_group() -> None:
    text = ("The Treasury on Tuesday removed Marko Telen, a banker from Valmar, from its list. These "
            "executives were among eleven people first sanctioned by the previous administration in 2022.")
    assert _dated(text, "designation", "2022") == set()


ADDED = ("The Council on Monday added Marko Telen, Ilse Varga and Dorin Pasko, aides to the governor "
         "Lev Orrin, to its list. ")


def test_all_three_takes_up_the_parties_of_the_act_before_not_the_names_beside_them() -> None:
    text = ADDED + "Washington had sanctioned all three in March."
    assert _dated(text, "designation", "2024-03") == set(TRIO)
    assert _dated(text, "designation", "2024-06-10") == set(TRIO)


def test_a_count_before_a_noun_is_no_group_of_those_parties() -> None:
    text = ADDED + "Washington had sanctioned firms in all three countries in March."
    assert _dated(text, "designation", "2024-03") == set()


def test_a_count_the_act_before_does_not_match_is_nobody() -> None:
    text = ADDED + "Washington had sanctioned all five in March."
    assert _dated(text, "designation", "2024-03") == set()


def test_the_count_as_subject_and_a_hypothetical() -> None:
    plain = ("The Council on Monday added Marko Telen, Ilse Varga and Dorin Pasko to its list. "
             "The three had been sanctioned by Washington in March.")
    assert _dated(plain, "designation", "2024-03") == set(TRIO)
    maybe = ("The Council on Monday added Marko Telen, Ilse Varga and Dorin Pasko to its list. "
             "The three could be sanctioned by Washington in July.")
    assert {n for t, n, d in _events(maybe) if t == "designation" and d != "2024-06-10"} == set()


FROZEN = "Britain on Friday froze the assets of Marko Telen, Ilse Varga and Dorin Pasko, aides to the governor Lev Orrin. "


def test_the_united_states_acting_before_another_government_is_a_second_act() -> None:
    text = FROZEN + "The US had sanctioned all three on Wednesday."
    r = extract_article(text, published=PUB, language="en")
    days = {(e["entity"], e["date"], e["authority"]) for e in r["events"] if e["type"] == "designation"}
    for n in TRIO:
        assert (n, "2024-06-07", "UK Government") in days, n
        # the Wednesday before the story's Friday, not the one before publication
        assert (n, "2024-06-05", "US government") in days, n
    assert not any(n == "Lev Orrin" for n, _d, _a in days)


def test_a_weekday_not_in_the_past_perfect_counts_from_publication() -> None:
    text = FROZEN + "The US sanctioned all three on Wednesday."
    assert _dated(text, "designation", "2024-06-12") == set(TRIO)
    assert _dated(text, "designation", "2024-06-05") == set()


def test_a_state_a_request_and_a_negation_give_no_past_act() -> None:
    opening = "The Council on Monday added Marko Telen, Ilse Varga and Dorin Pasko to its list. "
    for tail in ("All three have been on the US list since 2019.",
                 "The three have remained under US sanctions since 2019.",
                 "Kyiv had asked Washington to sanction all three in March.",
                 "Washington had not sanctioned all three in March."):
        got = {n for t, n, d in _events(opening + tail) if t == "designation" and d != "2024-06-10"}
        assert got == set(), tail
