"""Two relief acts read from one table for both languages (``lang.relief_acts``): measures
waived by a verb of waiving, whatever comes between the verb and the measures' noun ("waived
the remaining penalties against X", « renonce à l'application des sanctions visant X »), a
licence of each party the measures target; and the measures' start or a party's end put off
by a verb of putting off, a day or a span of days between ("pushed back from 3 May to 9 June
the entry into force of the sanctions on X", « a reporté au 9 juin la mise en œuvre des
mesures contre X »): a licence and a deadline of each party. Not under a negation, a
request or a modal. Sentences of our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str = "en", published: str = "2024-04-20") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _of(kind: str, got: set[tuple[str, str, str | None]]) -> set[str]:
    return {who for typ, who, _day in got if typ == kind}


# measures waived by the verb


def test_english_gerund_waiving_measures_with_a_quality_before_them() -> None:
    text = ("The ministry told parliament on Monday that waiving the remaining financial penalties against "
            "Korvel Shipping Ltd and its founder Anselm Drax served the national interest.")
    assert {"Korvel Shipping Ltd", "Anselm Drax"} <= _of("license", _events(text))


def test_english_forgoing_the_measures_imposed_on_a_firm() -> None:
    text = "In March the Treasury forwent the restrictions imposed on Halden Marine AG."
    assert ("license", "Halden Marine AG", "2024-03") in _events(text)


def test_french_renouncing_some_of_the_sanctions_against_a_firm() -> None:
    text = "Le gouvernement renonce à plusieurs des sanctions prises contre la société Halden Marine AG."
    assert "Halden Marine AG" in _of("license", _events(text, "fr"))


def test_french_renouncing_the_application_of_measures_aimed_at_two_parties() -> None:
    text = ("Le ministre a décidé jeudi de renoncer à l'application des pénalités à l'encontre de Korvel "
            "Shipping Ltd et de son fondateur Anselm Drax.")
    assert {"Korvel Shipping Ltd", "Anselm Drax"} <= _of("license", _events(text, "fr"))


def test_measures_not_waived_asked_to_be_or_only_possibly_are_no_licence() -> None:
    for text, lang in (
        ("The Treasury declined to waive the penalties against Halden Marine AG.", "en"),
        ("Senators urged the president to waive sanctions on Halden Marine AG.", "en"),
        ("The president could waive the measures against Halden Marine AG.", "en"),
        ("Le gouvernement ne renoncera pas aux sanctions visant Halden Marine AG.", "fr"),
        ("Berlin a demandé à Washington de renoncer aux sanctions contre Halden Marine AG.", "fr"),
    ):
        assert not _of("license", _events(text, lang)), text


# the measures' start or a party's end put off


def test_english_start_of_the_measures_put_off_from_one_day_to_another() -> None:
    text = ("The Treasury on Friday pushed back from 3 May to 9 June the entry into force of the "
            "sanctions on Orlan Metals and Vask Holding.")
    got = _events(text)
    assert {"Orlan Metals", "Vask Holding"} <= _of("license", got)
    assert ("deadline", "Orlan Metals", "2024-06-09") in got
    assert ("deadline", "Vask Holding", "2024-06-09") in got


def test_french_start_of_the_measures_put_off_to_a_day_after_the_verb() -> None:
    text = "Le Trésor a reporté jusqu'au 9 juin la mise en application des restrictions contre Orlan Metals."
    got = _events(text, "fr")
    assert "Orlan Metals" in _of("license", got)
    assert ("deadline", "Orlan Metals", "2024-06-09") in got


def test_french_span_of_days_between_the_verb_and_the_end() -> None:
    text = "Le Trésor a prorogé lundi du 3 mai au 9 juin la période de liquidation fixée à Vask Holding."
    got = _events(text, "fr")
    assert "Vask Holding" in _of("license", got)
    assert ("deadline", "Vask Holding", "2024-06-09") in got


def test_french_start_put_off_for_a_long_list_then_its_span() -> None:
    text = ("Le Trésor a différé l'entrée en vigueur des sanctions imposées aux sociétés Orlan Metals, "
            "Vask Holding Limited, Tesmar Logistics et Brova Chemicals du 30 avril 2024 au 9 juin 2024.")
    got = _events(text, "fr")
    assert {"Orlan Metals", "Tesmar Logistics", "Brova Chemicals"} <= _of("license", got)
    assert ("deadline", "Brova Chemicals", "2024-06-09") in got
    # (the old end is no act's day)
    assert not any(day == "2024-04-30" for _typ, _who, day in got)


def test_english_passive_of_the_start_put_off() -> None:
    text = "The implementation of the sanctions on Orlan Metals has been postponed until June 9."
    got = _events(text)
    assert "Orlan Metals" in _of("license", got)
    assert ("deadline", "Orlan Metals", "2024-06-09") in got


# a party authorised by name to deal or trade


def test_english_authority_authorized_a_named_firm_to_resume_trading() -> None:
    text = "On Tuesday the Treasury authorized the refiner Astor Petroleum to restart limited shipments."
    assert ("license", "Astor Petroleum", "2024-04-16") in _events(text)


def test_english_passive_named_firm_authorized_to_export() -> None:
    text = "Astor Petroleum has been authorized to export its fuel for another half year."
    assert "Astor Petroleum" in _of("license", _events(text))


def test_french_authority_authorised_a_named_group_to_resume() -> None:
    text = "Washington a autorisé mardi 16 avril le raffineur Astor Petroleum à relancer en partie ses livraisons."
    assert ("license", "Astor Petroleum", "2024-04-16") in _events(text, "fr")


def test_french_passive_named_firm_in_quotes_authorised_to_sell() -> None:
    text = "Le 16 avril 2024, l'armateur « VELDA » a été autorisé à vendre deux navires pendant trois mois."
    assert ("license", "VELDA", "2024-04-16") in _events(text, "fr")


def test_authorised_unnamed_powers_denied_or_asked_are_no_licence() -> None:
    for text, lang in (
        ("Domestic lenders are authorized to process payments for Astor Petroleum.", "en"),
        ("The statute authorized the Secretary to impose penalties on Astor Petroleum.", "en"),
        ("The Treasury has not authorized Astor Petroleum to resume its shipments.", "en"),
        ("Astor Petroleum asked to be authorized to export its fuel.", "en"),
        ("Le Trésor n'a pas autorisé Astor Petroleum à reprendre ses livraisons.", "fr"),
    ):
        assert not _of("license", _events(text, lang)), text
