"""A licence told by what it lets others do and with whom (a verb of permission, the
dealings it allows, the party after "with", « avec », « auprès de », "involving"), in
either order ("payments will be permitted with X", "now permits insurers to settle claims
with X", « sont désormais autorisés à payer les droits auprès de X »), is a licence of each
party so named; its day and end come from the licence told just before when the naming
sentence has none. A permission under a modal or a negation, or one to block dealings,
is none. Sentences of our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str = "en", published: str = "2025-03-14") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _of(kind: str, got: set[tuple[str, str, str | None]]) -> set[str]:
    return {who for typ, who, _day in got if typ == kind}


def test_english_dealings_first_passive_names_each_party() -> None:
    text = ("On Monday the Treasury published a general licence for three blocked lenders, good through "
            "30 September. Under its terms, payments will be permitted with Harrow Savings Bank, Keswick "
            "Trust Bank and Ferno Credit Bank.")
    got = _events(text)
    assert {"Harrow Savings Bank", "Keswick Trust Bank", "Ferno Credit Bank"} <= _of("license", got)


def test_english_the_day_and_end_of_the_licence_told_before() -> None:
    text = ("The Treasury on Monday issued a general licence authorising grain deals with listed "
            "shippers through September 30. In the document, dealings are allowed with Halvard Freight "
            "and Ostmark Rail.")
    got = _events(text)
    assert ("license", "Halvard Freight", "2025-03-10") in got
    assert ("deadline", "Ostmark Rail", "2025-09-30") in got


def test_english_the_verb_first_with_a_trade_verb() -> None:
    text = "The Treasury now permits American insurers to settle claims with Corvell Marine, officials said."
    assert _of("license", _events(text)) == {"Corvell Marine"}


def test_english_dealings_with_the_party_before_the_verb() -> None:
    text = "Transactions involving Brisk Aviation Services remain authorized under a new order, the agency said."
    assert _of("license", _events(text)) == {"Brisk Aviation Services"}


def test_french_authorised_to_pay_with_auprès_de() -> None:
    text = ("Londres a publié une licence générale. Les armateurs européens sont désormais autorisés à payer "
            "les droits de quai auprès de la société portuaire Velka Terminals.")
    assert _of("license", _events(text, "fr")) == {"Velka Terminals"}


def test_french_the_verb_first_and_avec() -> None:
    text = "Le Trésor autorise désormais les assureurs à régler les sinistres avec la compagnie Ostmark Rail."
    assert _of("license", _events(text, "fr")) == {"Ostmark Rail"}


def test_french_dealings_first_passive() -> None:
    text = ("Le Trésor a délivré mardi une licence générale. Les opérations seront permises avec "
            "Halvard Freight jusqu'au 30 juin.")
    got = _events(text, "fr")
    assert "Halvard Freight" in _of("license", got)


# near misses: a permission under a modal or a negation, one to block dealings, a title


def test_a_permission_to_block_dealings_is_no_licence() -> None:
    text = "The statute allows the Treasury to block transactions with Corvell Marine."
    assert _of("license", _events(text)) == set()


def test_a_permission_under_a_modal_is_no_licence() -> None:
    text = "Analysts said a waiver could allow trading with Corvell Marine to resume."
    assert _of("license", _events(text)) == set()


def test_a_french_permission_denied_is_no_licence() -> None:
    text = "Depuis lundi, les assureurs lituaniens ne sont plus autorisés à traiter avec Ostmark Rail."
    assert _of("license", _events(text, "fr")) == set()
