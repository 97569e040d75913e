"""Licences and their ends as articles tell them: a licence issued or published by what it
lets a party do (« une licence permettant à X de », "a license allowing X to"), one
prolonged by a period (« a prorogé de 90 jours la dérogation de X », "extended by three
months the authorization to deal with X"), extensions told by participles with their
months (one licence each), extensions granted to a party; an end told by a verb of ending
with its weekday ("expires on Friday, April 18", « devait expirer mardi 11 mars », « prenait
fin le 1er avril », "runs out on 20 April"), a party's service set to shut down on a day
(a listing that expired on a day keeps that day: no cue of a deadline);
"Temporary" is no party, a licence for "the newly designated entities" is theirs."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str = "2024-10-10") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _of(kind: str, got: set[tuple[str, str, str | None]]) -> set[tuple[str, str | None]]:
    return {(who, day) for typ, who, day in got if typ == kind}


def test_a_licence_published_by_what_it_lets_the_party_do() -> None:
    for text in ("Le Trésor a publié une licence permettant au groupe minier Norvalia de mener certaines opérations.",
                 "Washington publie une nouvelle autorisation qui permet à la société Norvalia de vendre son pétrole."):
        assert ("Norvalia", None) in _of("license", _events(text, "fr")), text
    text = "The Treasury released a new license allowing mining group Norvalia Corp to carry out some operations."
    assert ("Norvalia Corp", None) in _of("license", _events(text, "en"))


def test_a_licence_prolonged_by_a_period() -> None:
    for text in ("Le ministère a prolongé de six mois l'autorisation d'exporter vers la société Norvalia.",
                 "Le ministère a prorogé de 90 jours la dérogation accordée au groupe Norvalia."):
        assert ("Norvalia", None) in _of("license", _events(text, "fr")), text
    for text in ("The department extended by three months the authorization to do business with Norvalia Corp.",
                 "The department extended the license for Norvalia Corp by 90 days.",
                 "The department renewed the authorization granted to Norvalia Corp for another 90 days."):
        assert ("Norvalia Corp", None) in _of("license", _events(text, "en")), text


def test_extensions_told_by_participles_are_one_licence_each() -> None:
    text = ("Paris a ensuite accordé au groupe Norvalia une licence provisoire, prolongée de 60 jours en mai, "
            "puis de 30 jours en août.")
    assert {("Norvalia", "2024-05"), ("Norvalia", "2024-08")} <= _of("license", _events(text, "fr"))
    text = ("Washington then gave Norvalia Corp a temporary license, extended by 60 days in May and again by "
            "30 days in August.")
    assert {("Norvalia Corp", "2024-05"), ("Norvalia Corp", "2024-08")} <= _of("license", _events(text, "en"))


def test_extensions_granted_to_a_party() -> None:
    assert _of("license", _events("Les autorités ont accordé des prolongations à la société Norvalia pour lui "
                                  "permettre de vendre ses stocks.", "fr")) == {("Norvalia", None)}
    assert _of("license", _events("The authorities granted Norvalia Corp a 90-day extension to sell its stocks.",
                                  "en")) == {("Norvalia Corp", None)}


def test_an_extension_of_the_sanctions_or_by_a_court_is_no_licence() -> None:
    # near misses: the regime's own extension, a court's extension of time
    assert _of("license", _events("Le Conseil a accordé une nouvelle prolongation des sanctions contre la "
                                  "société Norvalia.", "fr")) == set()
    assert _of("license", _events("The judge granted Norvalia Corp an extension to file its brief.", "en")) == set()


def test_an_end_told_with_its_weekday_or_a_verb_of_ending() -> None:
    pub = "2025-03-07"
    for text, day in (("The license granted to Norvalia Corp was due to expire Monday, March 10.", "2025-03-10"),
                      ("The license for Norvalia Corp expires on Friday, April 18.", "2025-04-18"),
                      ("The temporary licence for Norvalia Corp runs out on 20 April.", "2025-04-20"),
                      ("The waiver for Norvalia Corp is due to end on Friday, March 14.", "2025-03-14")):
        assert ("Norvalia Corp", day) in _of("deadline", _events(text, "en", pub)), text
    for text, day in (("La licence du groupe Norvalia devait expirer mardi 11 mars.", "2025-03-11"),
                      ("La dérogation accordée à la société Norvalia prenait fin le 1er avril.", "2025-04-01"),
                      ("La licence accordée à Norvalia prendra fin le vendredi 18 avril.", "2025-04-18")):
        assert ("Norvalia", day) in _of("deadline", _events(text, "fr", pub)), text


def test_a_service_set_to_shut_down_on_a_day() -> None:
    pub = "2025-03-07"
    for text in ("The Norvalia Corp app is set to shut down in the U.S. on Sunday, March 9, after a ban.",
                 "Norvalia Corp was scheduled to go dark on 9 March under the new law."):
        assert ("Norvalia Corp", "2025-03-09") in _of("deadline", _events(text, "en", pub)), text


def test_a_listing_that_expired_keeps_its_day() -> None:
    # near miss: a past end of a listing is the removal's day, not a deadline ahead
    text = "The Council let the listing of Norvalia Corp lapse when it expired on March 3, 2024."
    assert ("Norvalia Corp", "2024-03-03") in _of("removal", _events(text, "en", "2025-03-07"))


def test_temporary_is_no_party() -> None:
    text = "A renewed Temporary General License lets Norvalia Corp and its units keep trading, officials said."
    assert {who for who, _d in _of("license", _events(text, "en"))} == {"Norvalia Corp"}


def test_a_licence_for_the_newly_designated_entities_is_theirs() -> None:
    text = ("On 3 March 2025 the Treasury designated two shipping firms, Harrow Tankers LLC and Keswick Marine Ltd, "
            "for moving oil above the cap. The Treasury also issued General License 12 to allow certain "
            "dealings with the newly designated entities. The general license authorizes these "
            "transactions until June 2, 2025.")
    got = _events(text, "en", "2025-03-05")
    assert _of("license", got) == {("Harrow Tankers LLC", "2025-03-03"), ("Keswick Marine Ltd", "2025-03-03")}
    assert {("Harrow Tankers LLC", "2025-06-02"), ("Keswick Marine Ltd", "2025-06-02")} <= _of("deadline", got)
    text = ("Le 3 mars 2025, le Trésor a sanctionné deux armateurs, Harrow Tankers LLC et Keswick Marine Ltd. "
            "Il a aussi publié une licence générale autorisant certaines transactions avec les entités "
            "nouvellement désignées.")
    assert {who for who, _d in _of("license", _events(text, "fr", "2025-03-05"))} == {"Harrow Tankers LLC",
                                                                                       "Keswick Marine Ltd"}


def test_no_designation_before_leaves_the_group_word_alone() -> None:
    # near miss: a group word with no round told before it
    text = "The Treasury issued General License 12 to allow certain dealings with the newly designated entities."
    assert _of("license", _events(text, "en")) == set()


def test_sanctions_suspended_for_a_time_are_a_licence() -> None:
    assert _of("license", _events("Le Trésor a suspendu pendant six mois les sanctions contre la société Norvalia.",
                                  "fr")) == {("Norvalia", None)}
    assert _of("license", _events("Washington a décidé la suspension pour 90 jours des sanctions visant la société "
                                  "Norvalia.", "fr")) == {("Norvalia", None)}
    assert _of("license", _events("The Treasury suspended sanctions on Norvalia Corp for 180 days.", "en")) == {
        ("Norvalia Corp", None)}


def test_a_suspension_with_no_period_or_by_a_court_is_no_licence() -> None:
    # near misses: no time given (the listing undone), a court's relief
    got = _events("Le Trésor a suspendu les sanctions contre la société Norvalia.", "fr")
    assert _of("license", got) == set() and ("Norvalia", None) in _of("removal", got)
    got = _events("A court suspended the sanctions on Norvalia Corp for 90 days.", "en")
    assert _of("license", got) == set() and ("Norvalia Corp", None) in _of("injunction", got)
