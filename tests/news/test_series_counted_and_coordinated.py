"""Parties named around a counted group or as a coordinated subject: "are among 9 people
added" after a series of titled subjects, "listed 8 companies including X", "X is also
named to the updated list", "incluent aussi sa nièce X dans leurs listes", one of a counted
group named with its employer's title. Near misses stay silent: a count whose next
sentence names people who only speak, a count not matched by the names, a relative who
acts, a spokesman followed by "said"."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2024-05-10")["events"]}


def _parties(text: str, kind: str | None = None) -> set[str]:
    return {n for t, n, _d in _events(text) if kind is None or t == kind}


def test_a_series_of_titled_subjects_before_the_act() -> None:
    text = ("Former leader Karel Ostrinov of Chad and shipping magnate Pavel Dremin, accused of bribery, are "
            "among 9 people added on Monday to a Treasury list.")
    assert _events(text) == {("designation", n, "2024-05-06") for n in ("Karel Ostrinov", "Pavel Dremin")}


def test_a_coordinated_name_that_acts_stays_silent() -> None:
    text = ("Karel Ostrinov of Chad and businessman Pavel Dremin denied on Monday that they had been "
            "sanctioned.")
    assert _parties(text) == set()


def test_a_counted_group_listed_with_one_named() -> None:
    text = "On Monday, OFAC also listed 8 trading companies including Kestrel Group International, a Dubai firm."
    assert _events(text) == {("designation", "Kestrel Group International", "2024-05-06")}


def test_named_to_a_list() -> None:
    text = ("On Monday the Treasury sanctioned Karel Ostrinov. His cousin, Pavel Dremin, is also named to the "
            "updated sanctions list.")
    assert _parties(text) == {"Karel Ostrinov", "Pavel Dremin"}


def test_included_in_their_lists_with_a_relation_as_title() -> None:
    text = ("Lundi, Ottawa a sanctionné Karel Ostrinov et son neveu Pavel Dremin, et Paris et Rome incluent "
            "aussi sa nièce Irina Voss dans leurs listes.")
    assert _parties(text) == {"Karel Ostrinov", "Pavel Dremin", "Irina Voss"}
    en = "The US sanctioned Karel Ostrinov on Monday, and Britain also included his wife Irina Voss in its list."
    assert _parties(en) == {"Karel Ostrinov", "Irina Voss"}


def test_the_relation_s_name_after_a_cut_word() -> None:
    text = ("Le Trésor a sanctionné lundi Karel Ostrinov. Les mesures touchent aussi le cousin de Karel "
            "Ostrinov, Pavel Dremin, et son ancien chauffeur, Boris Petrakov, tandis que Londres a ajouté sa "
            "nièce Irina Voss dans la liste.")
    assert {"Pavel Dremin", "Boris Petrakov", "Irina Voss"} <= _parties(text)


def test_a_counted_group_named_by_the_next_sentence_s_act() -> None:
    text = ("On Monday the Treasury said it is dropping two Norland judges from its list. It had designated the "
            "appeals judge, Karel Ostrinov, and the district judge, Pavel Dremin, over the trial in 2021.")
    assert _parties(text, "designation") == {"Karel Ostrinov", "Pavel Dremin"}


def test_a_count_the_next_sentence_does_not_match_stays_silent() -> None:
    other = ("The Treasury on Monday lifted sanctions on two Norland officials. It had sanctioned Karel Ostrinov, "
             "Pavel Dremin and Ivan Volkar in 2018.")
    assert _parties(other, "removal") == set()
    speakers = ("The EU sanctioned two officials on Monday. President Karel Ostrinov and his aide Pavel Dremin "
                "condemned the decision.")
    assert _parties(speakers) == set()


def test_one_of_a_counted_group_named_with_its_employer_s_title() -> None:
    text = ("On Friday the Security Council named six people who will be subject to an international travel "
            "ban. They include Orvex spokesman Pavel Dremin, a Norlander described by experts as influential.")
    assert _parties(text) == {"Pavel Dremin"}


def test_a_spokesman_who_speaks_after_including_stays_silent() -> None:
    text = "The Treasury on Monday sanctioned Kestrel Ltd, including its spokesman Pavel Dremin said."
    assert _parties(text) == {"Kestrel Ltd"}
