"""A relief act read with open slots (``lang.relief_acts``): any relief noun (licence,
waiver, exemption, relief, « dérogation », « exemption »), any act of granting in any voice,
and whom it is for: after the cue ("to", « à »), as what the relief covers, as the subject of
the party's side ("obtained", « a obtenu », « bénéficie de »), after a verb of exempting. A
country in that place is a party; elsewhere it stays a place. An extension told by its noun
and its period is a licence each; a deadline carried by the extension's verb before the
relief ("extended until <day> a waiver") is the relief's end. Sentences of our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str = "en", published: str = "2025-03-14") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _of(kind: str, got: set[tuple[str, str, str | None]]) -> set[str]:
    return {who for typ, who, _day in got if typ == kind}


def test_english_passive_relief_to_a_counted_group_then_a_colon() -> None:
    text = ("Relief from the asset freeze has also been granted to three traders: Tomas Varga, "
            "Ilse Brandt and Oren Pell.")
    assert {"Tomas Varga", "Ilse Brandt", "Oren Pell"} <= _of("license", _events(text))


def test_english_relief_as_the_subject_of_a_verb_of_including() -> None:
    text = ("The Treasury eased its measures on Tuesday. The waiver covers Delta Kora Bank, Marlin Air "
            "and two state ports.")
    got = _of("license", _events(text))
    assert {"Delta Kora Bank", "Marlin Air"} <= got


def test_french_passive_relief_to_named_parties() -> None:
    text = "Une dérogation a également été accordée à la société Velmar Energie et à Ostrava Fret."
    got = _of("license", _events(text, "fr"))
    assert {"Velmar Energie", "Ostrava Fret"} <= got


def test_french_country_granted_a_waiver_cue_first() -> None:
    text = "Mardi, Washington a octroyé à la Tunisie une dérogation de 60 jours aux sanctions pétrolières."
    assert "Tunisie" in _of("license", _events(text, "fr"))


def test_french_country_exempted_and_its_extension_obtained() -> None:
    text = ("En janvier dernier, le Trésor a exempté le Maroc des sanctions contre Téhéran. "
            "Le Maroc a obtenu une prolongation de 30 jours de cette exemption.")
    got = _events(text, "fr")
    assert ("license", "Maroc", "2025-01") in got
    assert ("license", "Maroc", None) in got


def test_english_country_granted_a_waiver_by_a_double_object() -> None:
    text = "The State Department granted Turkey a fresh waiver in February."
    assert ("license", "Turkey", "2025-02") in _events(text)


def test_a_country_told_apart_from_any_relief_is_no_party() -> None:
    text = "The Treasury granted a licence to Norvex Shipping, which trades with Turkey."
    got = _of("license", _events(text))
    assert "Norvex Shipping" in got and "Turkey" not in got


def test_french_extensions_told_by_their_noun_and_period() -> None:
    text = ("Kestrel Telecom a déjà eu droit à une rallonge de 120 jours en juin pour sa licence, "
            "puis de 60 jours en octobre.")
    got = _events(text, "fr", published="2025-01-10")
    assert ("license", "Kestrel Telecom", "2024-06") in got
    assert ("license", "Kestrel Telecom", "2024-10") in got


def test_a_regime_extended_by_a_period_is_no_licence() -> None:
    text = "Le Conseil a décidé une prolongation de six mois des sanctions visant Ostrava Fret."
    assert "license" not in {typ for typ, _w, _d in _events(text, "fr")}


def test_english_deadline_carried_by_the_extension_verb_before_the_relief() -> None:
    text = ("OFAC extended until April 30 a licence that allows talks on the sale of Harrow "
            "Holdings AG.")
    got = _events(text)
    assert ("deadline", "Harrow Holdings AG", "2025-04-30") in got
    assert "Harrow Holdings AG" in _of("license", got)


def test_a_mandate_extended_until_a_day_is_no_deadline() -> None:
    text = "Envoys Karel Vodnik and Mira Sollen had their mandates extended until 30 June 2027."
    assert "deadline" not in {typ for typ, _w, _d in _events(text)}


def test_french_a_waiver_that_ended_on_a_day_is_a_past_deadline() -> None:
    text = ("Le Maroc a obtenu une nouvelle exemption. Il s'agissait d'une dérogation de trois mois "
            "qui a pris fin le 2 mars.")
    assert ("deadline", "Maroc", "2025-03-02") in _events(text, "fr")


def test_a_party_that_obtained_an_injunction_is_no_licence() -> None:
    text = ("Kestrel Telecom obtained a similar injunction this month, and its rival Halvard Freight "
            "still holds a licence.")
    assert "Kestrel Telecom" not in _of("license", _events(text))


def test_a_reprieve_won_in_court_is_no_licence() -> None:
    text = "Harrow Holdings AG won a short reprieve in court on 4 March when a judge paused its listing."
    assert "license" not in {typ for typ, _w, _d in _events(text)}


def test_french_an_end_told_with_adverbs_before_its_day() -> None:
    text = ("Le Trésor a prolongé de 30 jours la licence accordée à Ostrava Fret. Elle expirera donc "
            "désormais le 20 avril 2025.")
    assert ("deadline", "Ostrava Fret", "2025-04-20") in _events(text, "fr")


def test_french_a_time_within_which_to_act_is_no_deadline() -> None:
    text = ("Les cinq postes accordés au service jusqu'à fin 2025 permettront de traiter dans un délai "
            "raisonnable les demandes de Velmar Energie.")
    assert "deadline" not in {typ for typ, _w, _d in _events(text, "fr")}


def test_french_sanctions_suspended_for_a_time_on_a_country() -> None:
    text = ("Le Trésor a annoncé la suspension pendant 120 jours des sanctions imposées au Yémen, "
            "sauf pour certaines banques.")
    assert "Yémen" in _of("license", _events(text, "fr"))


def test_english_sanctions_suspended_for_a_time_on_a_country() -> None:
    text = "Washington suspended for 90 days the sanctions imposed on Belarus, to let potash shipments resume."
    assert "Belarus" in _of("license", _events(text))


def test_a_country_whose_sanctions_are_suspended_with_no_time_is_no_party() -> None:
    text = "Washington suspended the sanctions imposed on Belarus after the talks."
    assert "Belarus" not in {who for _t, who, _d in _events(text)}
