"""Kinds of real-news phrasing (sentences written for this test): informal wording in
both languages, court relief told as a halt, rulings for the listing, stock delistings,
generic and hypothetical sentences, and the project's seed story told the way a French
outlet told it in May 2021."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

EN = "Smartphone maker Xiaomi makes phones. "
FR = "Le fabricant chinois Xiaomi fabrique des téléphones. "


def _events(text: str, lang: str, published: str = "2021-05-12") -> set[tuple[str, str, str | None]]:
    res = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in res["events"]}


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fr", "Xiaomi avait été blacklistée en janvier dernier par le Pentagone.", ("designation", "2021-01")),
    ("fr", "Le Pentagone avait placé Xiaomi sur sa blacklist en janvier dernier.", ("designation", "2021-01")),
    ("fr", "Xiaomi avait été mis au ban par l'administration Trump en janvier.", ("designation", "2021-01")),
    ("fr", "Xiaomi a été frappé de sanctions américaines en janvier.", ("designation", "2021-01")),
    ("fr", "En mars, la justice américaine avait gelé l'interdiction visant Xiaomi.", ("injunction", "2021-03")),
    ("fr", "En mars, un tribunal avait stoppé temporairement le bannissement de Xiaomi.", ("injunction", "2021-03")),
    ("fr", "En mars, un juge a bloqué l'interdiction frappant Xiaomi.", ("injunction", "2021-03")),
    ("fr", "Xiaomi a porté l'affaire devant la justice américaine fin janvier.", ("legal_challenge", "2021-01")),
    ("fr", "Les sanctions visant Xiaomi ont été levées en mai.", ("removal", "2021-05")),
    ("fr", "En janvier dernier, le Pentagone blacklistait Xiaomi.", ("designation", "2021-01")),
    ("fr", "Xiaomi avait été black-listé par le Pentagone en janvier dernier.", ("designation", "2021-01")),
    ("fr", "Le Pentagone a black listé Xiaomi il y a quatre mois.", ("designation", "2021-01")),
    ("fr", "En novembre, les États-Unis ont imposé des sanctions à Xiaomi.", ("designation", "2020-11")),
    ("fr", "Le Pentagone s'est engagé mardi à retirer la désignation de Xiaomi.", ("removal", "2021-05-11")),
    ("fr", "En mars, un juge avait ordonné la suspension temporaire de l'interdiction visant Xiaomi.", ("injunction", "2021-03")),
    ("fr", "Le 12 mars, la justice américaine a mis en pause le bannissement de Xiaomi.", ("injunction", "2021-03-12")),
    ("fr", "Le Japon a décidé en mars des mesures de gel des avoirs à l'encontre de Xiaomi.", ("designation", "2021-03")),
    ("fr", "En mars, le juge a donné raison à Xiaomi en suspendant l'interdiction.", ("injunction", "2021-03")),
    ("fr", "Xiaomi avait intenté un procès contre le gouvernement américain fin janvier.", ("legal_challenge", "2021-01")),
    ("en", "Xiaomi was blacklisted by the Pentagon in January.", ("designation", "2021-01")),
    ("en", "Xiaomi was hit with US sanctions in January.", ("designation", "2021-01")),
    ("en", "Xiaomi was banned by the Pentagon in January.", ("designation", "2021-01")),
    ("en", "In March a judge halted the ban on Xiaomi.", ("injunction", "2021-03")),
    ("en", "The ban on Xiaomi was lifted in May.", ("removal", "2021-05")),
    ("en", "A court struck down Xiaomi's designation in May.", ("vacatur", "2021-05")),
    ("en", "Washington scrapped the blacklisting of Xiaomi in May.", ("removal", "2021-05")),
    ("en", "The court upheld Xiaomi's designation in May.", ("ruling", "2021-05")),
])
def test_informal_wording(lang: str, sentence: str, expected: tuple[str, str]) -> None:
    found = _events((EN if lang == "en" else FR) + sentence, lang)
    assert (expected[0], "Xiaomi", expected[1]) in found


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Le Pentagone pourrait blacklister Xiaomi à nouveau."),
    ("fr", "Xiaomi pourrait-il être de nouveau blacklisté ?"),
    ("fr", "Si le Pentagone trouvait de nouveaux éléments, Xiaomi pourrait être réinscrit."),
    ("fr", "Xiaomi a intenté une action pour faire annuler la décision du Pentagone."),
    ("fr", "Une nouvelle inscription de Xiaomi sur la liste noire n'est pas exclue à l'avenir."),
    ("fr", "Plusieurs élus ont réclamé que Xiaomi soit inscrit sur la liste des entités."),
    ("fr", "Reste à savoir si Xiaomi sera un jour blacklisté à nouveau."),
    ("fr", "Le Pentagone envisage de blacklister Xiaomi."),
    ("fr", "Xiaomi n'a jamais été blacklisté par le Pentagone."),
    ("fr", "Rien n'empêche toutefois le Pentagone de blacklister à nouveau Xiaomi à l'avenir."),
    ("fr", "Reste à voir si l'administration Biden tentera de réinscrire Xiaomi sur la liste."),
    ("en", "The Pentagon could blacklist Xiaomi again."),
    ("en", "Once a firm is added to the list, U.S. investors must divest."),
    ("en", "Is Xiaomi about to be blacklisted?"),
    ("en", "Xiaomi shares were delisted from the New York Stock Exchange in May."),
    ("en", "The EU renewed its sanctions regime for six months in January."),
    ("en", "The court upheld the listing of Xiaomi, rejecting its bid to overturn the designation."),
])
def test_no_listing_event(lang: str, sentence: str) -> None:
    found = _events((EN if lang == "en" else FR) + sentence, lang)
    assert not {f for f in found if f[0] in ("designation", "removal", "vacatur")}


# the seed story as French outlets told it in May 2021 (written for these tests, each in
# the seed's kind of wording: an informal loanword and a relative month for the listing, the
# court's relief told as a halt of the ban, the agreement in a joint filing, a deadline, a
# closing hypothetical); the last paragraph of each is the hypothetical
SEED = """Xiaomi : le Pentagone accepte de retirer le fabricant chinois de sa liste noire

Le fabricant chinois de smartphones Xiaomi avait été blacklisté en janvier dernier par le département américain de la Défense, qui le soupçonnait de liens avec l'armée chinoise. Le groupe avait aussitôt attaqué cette décision en justice. En mars, un juge fédéral de Washington avait suspendu temporairement l'interdiction d'investir dans Xiaomi.

Selon un document judiciaire déposé mardi, le Pentagone a accepté d'annuler la désignation de Xiaomi. Les deux parties doivent soumettre au tribunal une proposition commune d'ici le 20 mai.

Reste à savoir si l'administration Biden pourrait à nouveau inscrire Xiaomi sur une liste noire à l'avenir."""


SEEDS = [SEED, """Xiaomi n'est plus considéré comme une entreprise militaire chinoise

En janvier dernier, le département de la Défense américain (DoD) blacklistait le fabricant chinois de smartphones Xiaomi, en l'accusant d'être lié à l'armée chinoise. La firme avait alors décidé de porter plainte contre le gouvernement américain. En mars, un juge fédéral avait ordonné la suspension temporaire de l'interdiction d'investir dans le constructeur chinois.

Mardi, le DoD et Xiaomi ont déposé un document commun devant le tribunal, dans lequel le ministère accepte que la désignation soit annulée. Les deux parties ont jusqu'au 20 mai pour soumettre au juge une proposition conjointe.

Reste à savoir si Huawei pourrait bénéficier du même traitement. Le géant chinois pourrait lui aussi être retiré de la liste si Washington changeait de position.""", """Xiaomi retiré de la liste noire américaine

Le département de la Défense des États-Unis avait black-listé le constructeur chinois Xiaomi en janvier dernier, avec huit autres sociétés chinoises. Le groupe a contesté la décision devant les tribunaux et un juge fédéral a suspendu provisoirement l'interdiction en mars.

Le Pentagone a désormais accepté que l'inscription de Xiaomi sur cette liste soit annulée, d'après un document déposé le 11 mai. Le tribunal devra recevoir d'ici au 20 mai une proposition des deux parties.

Une nouvelle inscription n'est toutefois pas exclue à l'avenir, si de nouveaux éléments venaient à apparaître.""", """Xiaomi : les États-Unis renoncent à leur interdiction

Pour rappel, la marque chinoise Xiaomi avait été placée sur liste noire par le département américain de la Défense il y a quatre mois. Le fabricant de smartphones avait ensuite saisi la justice. En mars, un tribunal de Washington avait temporairement bloqué la mesure.

Le Pentagone s'est finalement engagé à retirer la désignation, selon un document déposé mardi devant le tribunal. Une proposition commune doit être soumise au plus tard le 20 mai.

Et si l'administration Biden décidait un jour de remettre Xiaomi sur sa liste noire ?"""]


@pytest.mark.parametrize("text", SEEDS, ids=["joint-filing", "blacklistait", "headline", "engage"])
def test_seed_kind_of_story(text: str) -> None:
    """Each telling yields the Xiaomi timeline: the designation in January 2021 by the
    DoD, the lawsuit, the court's halt as an injunction in March, the agreement (announced,
    May 2021), the 20 May deadline, and nothing from the closing hypothetical."""
    res = extract_article(text, published="2021-05-12", language="fr")
    evs = res["events"]
    assert {e["entity"] for e in evs} == {"Xiaomi"}, evs
    by_type: dict[str, list[dict[str, str]]] = {}
    for e in evs:
        by_type.setdefault(e["type"], []).append(e)
    (des,) = by_type["designation"]
    assert (des["date"], des["authority"], des["status"]) == ("2021-01", "US Department of Defense", "effective")
    assert len(by_type["legal_challenge"]) == 1
    (inj,) = by_type["injunction"]
    assert inj["date"].startswith("2021-03") and inj["status"] == "effective"
    agreed = by_type.get("vacatur", []) + by_type.get("removal", [])
    assert len(agreed) == 1 and agreed[0]["status"] == "announced" and agreed[0]["date"].startswith("2021-05")
    assert [e["date"] for e in by_type["deadline"]] == ["2021-05-20"]
    closing = text.rsplit("\n\n", 1)[1]
    assert not [e for e in evs if e["evidence"] in closing]


def test_seed_story() -> None:
    res = extract_article(SEED, published="2021-05-12", language="fr")
    got = {(e["type"], e["date"]): e for e in res["events"]}
    des = got[("designation", "2021-01")]
    assert des["authority"] == "US Department of Defense" and des["entity"] == "Xiaomi"
    assert ("legal_challenge", None) in got
    assert got[("injunction", "2021-03")]["authority"].startswith("US District Court")
    assert got[("vacatur", "2021-05-11")]["status"] == "announced"
    assert ("deadline", "2021-05-20") in got
    closing = "Reste à savoir"
    assert not [e for e in res["events"] if e["evidence"].startswith(closing)]
    assert all(e["entity"] == "Xiaomi" for e in res["events"])


@pytest.mark.parametrize(("lang", "text", "people"), [
    ("en", "The EU on Monday imposed sanctions on Russian oligarch Alisher Usmanov and banker "
           "Petr Aven.", {"Alisher Usmanov", "Petr Aven"}),
    ("fr", "L'Union européenne a adopté lundi des sanctions contre l'oligarque russe Alexeï "
           "Mordachov et le banquier Piotr Aven.", {"Alexeï Mordachov", "Piotr Aven"}),
])
def test_people_described_and_listed_are_parties(lang: str, text: str, people: set[str]) -> None:
    res = extract_article(text, published="2024-04-12", language=lang)
    assert {e["entity"] for e in res["events"] if e["type"] == "designation"} == people


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Treasury lifted sanctions on aluminium maker Rusal and its parent En+ Group after "
           "billionaire Oleg Deripaska agreed to cut his stake."),
    ("fr", "Le secrétaire américain au Commerce, Wilbur Ross, a annoncé lundi la prolongation de "
           "la licence accordée au groupe Huawei."),
    ("en", "The company is controlled by tycoon Oleg Deripaska, and it was designated in April."),
])
def test_people_acting_or_owning_are_not_parties(lang: str, text: str) -> None:
    res = extract_article(text, published="2024-04-12", language=lang)
    assert not [e for e in res["events"] if e["entity"] in ("Oleg Deripaska", "Wilbur Ross")]


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("fr", "Le Japon a annoncé vendredi le gel des avoirs des banques russes suivantes : VEB.RF, "
           "Promsvyazbank et Bank Rossiya.", {"VEB.RF", "Promsvyazbank", "Bank Rossiya"}),
    ("en", "The Treasury designated the following entities: Alpha Trading LLC; Borovik Shipping; "
           "and Tanzor Holdings.", {"Alpha Trading LLC", "Borovik Shipping", "Tanzor Holdings"}),
    ("fr", "L'annexe 1 du Règlement est modifiée par adjonction de ce qui suit :\n"
           "1 Alexey Aleksandrovich PETROV\n2 Marina Yurievna EZHOVA",
     {"Alexey Aleksandrovich PETROV", "Marina Yurievna EZHOVA"}),
])
def test_parties_listed_after_a_colon(lang: str, text: str, parties: set[str]) -> None:
    res = extract_article(text, published="2022-02-25", language=lang)
    assert {e["entity"] for e in res["events"] if e["type"] == "designation"} == parties


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", EN + "The US designated Xiaomi on January 14, 2021. Xiaomi sued the government the "
                "following month.", ("legal_challenge", "2021-02")),
    ("fr", FR + "Xiaomi a été blacklisté le 14 janvier 2021. Trois mois plus tard, un juge a "
                "suspendu temporairement l'interdiction visant Xiaomi.", ("injunction", "2021-04")),
    ("fr", FR + "Xiaomi a été blacklisté le 14 janvier 2021. Le groupe a porté plainte le mois "
                "suivant.", ("legal_challenge", "2021-02")),
])
def test_months_counted_from_the_previous_date(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "Xiaomi", expected[1]) in _events(text, lang, published="2021-05-26")


# parties named once, without a cue, in the argument places of a listing verb
@pytest.mark.parametrize(("text", "expected"), [
    ("The Treasury slapped sanctions on Sovcomflot, Russia's largest shipping company, on Friday.",
     {("designation", "Sovcomflot")}),
    ("The sanctions on Deltamarine were lifted in March.", {("removal", "Deltamarine")}),
    ("The Pentagon on Thursday added Inspur and Sugon to its list of companies with ties to the "
     "Chinese military.", {("designation", "Inspur"), ("designation", "Sugon")}),
    ("The European Council on Monday imposed sanctions on Gazprom Neft and Surgutneftegas.",
     {("designation", "Gazprom Neft"), ("designation", "Surgutneftegas")}),
    ("The designation of China Mobile was revoked in May, the Federal Register said.",
     {("removal", "China Mobile")}),
    ("The Pentagon listed Xiaomi as a Communist Chinese military company on Jan. 14.",
     {("designation", "Xiaomi")}),
    ("Xiaomi won a preliminary injunction against the designation in March.",
     {("injunction", "Xiaomi")}),
    ("Nord Stream 2 AG and its chief executive Matthias Warnig were hit with U.S. sanctions in "
     "February.", {("designation", "Nord Stream 2 AG"), ("designation", "Matthias Warnig")}),
    ("The U.K. government froze the assets of Roman Abramovich on Thursday.",
     {("designation", "Roman Abramovich")}),
    # the reason for a listing names no party; a possessor is no party
    ("The Treasury Department sanctioned Iranian airline Mahan Air in 2011 for supporting the "
     "Revolutionary Guard.", {("designation", "Mahan Air")}),
    ("Treasury designated Evgeny Prigozhin's mother, along with three companies: Concord "
     "Management, Megaline and Lakhta Plus.", {("designation", "Concord Management"),
                                               ("designation", "Megaline"), ("designation", "Lakhta Plus")}),
])
def test_parties_in_argument_places(text: str, expected: set[tuple[str, str]]) -> None:
    res = extract_article("Markets rose. " + text, published="2023-06-14", language="en")
    got = {(e["type"], e["entity"]) for e in res["events"]}
    for typ, name in expected:
        assert any(t == typ and name in n or n in name and t == typ for t, n in got), (typ, name, got)
    assert len(got) == len(expected), got


@pytest.mark.parametrize("text", [
    "The Commerce Department may add Zhipu AI to the list as early as next week.",
    "Officials denied that Baidu had been blacklisted.",
    "The measure, if passed, would add Unitree Robotics to the list.",
    "The New York Stock Exchange said it would delist China Mobile, China Telecom and China Unicom.",
    "Nasdaq delisted China Telecom's American depositary shares in May.",
    "The Biden administration hasn’t given any indication that the sanctions targeting Huawei "
    "will be lifted.",
    "It has threatened to go further, including by designating the central bank, Banco Central.",
    "The Treasury has yet to sanction Lukoil.",
])
def test_no_event_from_modal_denied_or_market_sentences(text: str) -> None:
    res = extract_article("Markets rose. " + text, published="2023-06-14", language="en")
    assert not [e for e in res["events"] if e["type"] in ("designation", "removal")], res["events"]


def test_counted_others_beside_the_party() -> None:
    """"avec huit autres sociétés": the counted parties come besides the one the sentence
    is about, told by a description of it."""
    text = FR + "Le fabricant avait été blacklisté en janvier, avec huit autres sociétés chinoises."
    assert ("designation", "Xiaomi", "2021-01") in _events(text, "fr")


def test_run_together_sentences_split() -> None:
    """Pages stripped of markup glue sentences ("officiel.Le département"): a party named
    after the glue is not read into the sentence before."""
    text = FR + ("Le répit doit courir jusqu'au 16 février, selon un avis posté au journal "
                 "officiel.Le département rappelle que Huawei a été ajouté à la liste des entités en mai.")
    res = extract_article(text, published="2021-05-12", language="fr")
    assert [(e["type"], e["entity"], e["date"]) for e in res["events"] if e["type"] == "designation"] == [
        ("designation", "Huawei", "2021-05")]


# a party named once, with no cue, in the object place of a trigger (or found by the
# listing verb's own patterns: "sanctioned X", "X filed suit")
@pytest.mark.parametrize(("text", "expected"), [
    ("The Treasury on Friday blocked all property of Zarubezhneft.", "designation"),
    ("The Pentagon on Friday identified Zarubezhneft as a Chinese military company.", "designation"),
    ("The Treasury took Zarubezhneft off the SDN list on Friday.", "removal"),
    ("The U.S. on Friday unfroze the assets of Zarubezhneft.", "removal"),
    ("Zarubezhneft was granted a license on Friday.", "license"),
    ("A judge on Friday granted Zarubezhneft a preliminary injunction.", "injunction"),
    ("The court on Friday vacated Zarubezhneft's designation.", "vacatur"),
    ("Zarubezhneft filed suit on Friday against the Defense Department.", "legal_challenge"),
    ("The Treasury on Friday sanctioned Hong Kong-based Kwun Tong Shipping and its subsidiaries "
     "Apex Maritime and Blue Heron Tankers.", "designation"),
])
def test_party_named_once_without_a_cue(text: str, expected: str) -> None:
    res = extract_article("Markets rose. " + text, published="2023-06-16", language="en")
    got = {(e["type"], e["entity"], e["date"]) for e in res["events"]}
    assert got and all(t == expected and d == "2023-06-16" for t, _n, d in got), got
    assert all("Tankers" in n or "Maritime" in n or "Kwun" in n or n == "Zarubezhneft" for _t, n, _d in got)


def test_plural_anaphora_and_a_request_to_a_court() -> None:
    text = ("The EU Council added Alfa Bank, Sberbank and VTB to its sanctions list in April 2022. "
            "The banks challenged the decision before the General Court in June.")
    got = _events(text, "en", published="2022-12-01")
    assert {n for t, n, _d in got if t == "legal_challenge"} == {"Alfa Bank", "Sberbank", "VTB"}
    got = _events("Will the Pentagon drop Xiaomi?\n\nXiaomi has asked the court to vacate its "
                  "designation. A ruling is expected next month.", "en")
    assert {t for t, _n, _d in got} == {"legal_challenge"}


# the party is the name in the trigger's own subject or object place, not a bystander
@pytest.mark.parametrize(("text", "expected"), [
    ("Shares of Apple fell after Kylin Microsystems was added to the Entity List on Friday.",
     {("designation", "Kylin Microsystems")}),
    ("Commerce added Kylin Microsystems to the Entity List on Friday, joining Huawei and ZTE.",
     {("designation", "Kylin Microsystems")}),
    ("Kylin Microsystems' parent, Orion Holdings, was added to the list on Friday.",
     {("designation", "Orion Holdings")}),
    ("The department on Friday also added Kylin Microsystems, a unit of Orion Holdings, to the list.",
     {("designation", "Kylin Microsystems")}),
    ("Like Huawei before it, Kylin Microsystems was added to the Entity List on Friday.",
     {("designation", "Kylin Microsystems")}),
    ("Kylin Microsystems sued the Pentagon on Friday, represented by law firm Covington & Burling.",
     {("legal_challenge", "Kylin Microsystems")}),
    ("Kylin Microsystems CEO John Tarrant said the company was added to the Entity List on Friday.",
     {("designation", "Kylin Microsystems")}),
    ("Huawei and ZTE were both added to the Entity List in 2019. The two companies have denied "
     "wrongdoing.", {("designation", "Huawei"), ("designation", "ZTE")}),
    ("Tencent Holdings said on Tuesday it was not a military company. The gaming giant was added "
     "to the Pentagon list in January, alongside CATL.",
     {("designation", "Tencent Holdings"), ("designation", "CATL")}),
    ("Hesai Group makes lidar sensors. The Pentagon added the Shanghai-based company to its 1260H "
     "list in January. The lidar maker sued in May.",
     {("designation", "Hesai Group"), ("legal_challenge", "Hesai Group")}),
    ("Nord Stream 2 AG and its chief executive Matthias Warnig were hit with U.S. sanctions in "
     "February.", {("designation", "Nord Stream 2 AG"), ("designation", "Matthias Warnig")}),
])
def test_party_in_its_place_not_a_bystander(text: str, expected: set[tuple[str, str]]) -> None:
    res = extract_article("Markets rose. " + text, published="2024-11-16", language="en")
    assert {(e["type"], e["entity"]) for e in res["events"]} == expected


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("fr", "L'UE a sanctionné Xiaomi après l'invasion de l'Ukraine le 24 février 2022.", None),
    ("fr", "Xiaomi a été sanctionné le 23 février 2024, deux ans après l'attaque du 24 février 2022.",
     "2024-02-23"),
    ("en", "Xiaomi was sanctioned by the EU after the invasion of Ukraine on February 24, 2022.", None),
    ("en", "Xiaomi was blacklisted in 2021, years after an attack on January 14, 2006.", "2021"),
])
def test_distractor_dates_belong_to_no_event(lang: str, text: str, date: str | None) -> None:
    """A date right after a word it belongs to (an invasion, an attack, a share price) is
    not the event's; with no other date the event stays undated."""
    found = _events((EN if lang == "en" else FR) + text, lang, published="2024-03-15")
    assert ("designation", "Xiaomi", date) in found


@pytest.mark.parametrize("text", [
    "The Commerce Department is expected to add SMIC to the Entity List as soon as this week, two "
    "people familiar with the matter said.",
    "The United States will on Friday put SenseTime on an investment blacklist, the newspaper "
    "reported, citing three people familiar with the decision.",
    "Earlier reports that ByteDance had been blacklisted were wrong.",
    "The ministry denied reports that Vivo had been added to the list.",
])
def test_no_event_from_unnamed_sources_or_refuted_reports(text: str) -> None:
    res = extract_article("Markets rose. " + text, published="2023-06-14", language="en")
    assert not res["events"], res["events"]


def test_an_announced_action_stays_an_event() -> None:
    got = _events("Markets rose. The Treasury said on Monday it will remove Rusal from the SDN list "
                  "in 30 days.", "en")
    assert {(t, n) for t, n, _d in got} == {("removal", "Rusal")}


def test_two_dates_far_apart_are_two_events() -> None:
    """"placed on the list in 2023" and "added yesterday": a careful reader counts two
    listings; dates a few weeks apart, or a state ("already on the list since"), one."""
    text = ("Server maker Inspur Group was added to the Entity List yesterday, the Commerce "
            "Department said. Inspur Group itself was placed on the list in 2023.")
    got = {e for e in _events(text, "en", published="2025-03-26") if e[0] == "designation"}
    assert got == {("designation", "Inspur Group", "2025-03-25"), ("designation", "Inspur Group", "2023")}
    near = ("Server maker Inspur Group was added to the Entity List on March 25, the Commerce "
            "Department said. Inspur Group was placed on the list in February.")
    assert len([e for e in _events(near, "en", published="2025-03-26") if e[0] == "designation"]) == 1
    state = FR + ("Xiaomi a été sanctionné le 23 février 2024 par les États-Unis. Xiaomi, déjà visé "
                  "par des sanctions britanniques depuis 2022, a dénoncé une décision politique.")
    assert len([e for e in _events(state, "fr", published="2024-03-15") if e[0] == "designation"]) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Le département du Commerce a ajouté vendredi Zarubezhneft à sa liste noire.", "designation"),
    ("Zarubezhneft a été placé vendredi sur la liste des entités.", "designation"),
    ("Les sanctions contre Zarubezhneft ont été levées vendredi.", "removal"),
    ("Un juge a suspendu vendredi l'interdiction visant Zarubezhneft.", "injunction"),
    ("Le Trésor a retiré vendredi Zarubezhneft de la liste SDN.", "removal"),
    ("Le Tribunal de l'UE a annulé vendredi l'inscription de Zarubezhneft.", "vacatur"),
])
def test_french_party_named_once_without_a_cue(text: str, expected: str) -> None:
    res = extract_article("Les marchés ont progressé. " + text, published="2023-06-16", language="fr")
    assert {(e["type"], e["entity"], e["date"]) for e in res["events"]} == {
        (expected, "Zarubezhneft", "2023-06-16")}


@pytest.mark.parametrize("text", [
    "Le Nasdaq a radié de la cote les actions de China Telecom en mai.",
    "Selon le Financial Times, Washington devrait inscrire SenseTime sur la liste vendredi.",
    "Des élus ont appelé le département du Commerce à ajouter DJI à la liste noire.",
    "Le Pentagone envisage d'ajouter Alibaba à sa liste noire, selon des sources proches du dossier.",
    "Une fois inscrite sur la liste, une entreprise ne peut plus acheter de technologie américaine.",
    "Le département a démenti que Baidu ait été ajouté à la liste.",
])
def test_french_no_event_from_plans_calls_or_markets(text: str) -> None:
    res = extract_article("Les marchés ont progressé. " + text, published="2023-06-16", language="fr")
    assert not [e for e in res["events"] if e["type"] in ("designation", "removal")], res["events"]


NEWS_DAY = """Washington inscrit Hikvision sur sa liste noire

Publié le 8 octobre 2019

L'administration Trump a frappé lundi au cœur de l'industrie chinoise de la surveillance. Le département américain du Commerce a ajouté 28 entités chinoises, dont le fabricant de caméras Hikvision, à sa liste des entités."""


@pytest.mark.parametrize(("published", "date"), [
    ("2019-10-08", "2019-10-07"),  # the lede's Monday, not the page's stamp
    ("2019-10", None),  # a month-only publication date leaves the weekday unresolved
])
def test_the_day_of_the_news_dates_its_action(published: str, date: str | None) -> None:
    """A sentence telling the day's action without a date of its own ("a ajouté 28
    entités, dont Hikvision") takes the day the opening gives ("a frappé lundi"); a page
    stamp ("Publié le 8 octobre") is no event's day."""
    got = _events(NEWS_DAY, "fr", published=published)
    assert ("designation", "Hikvision", date) in got
    assert not [e for e in got if e[2] == "2019-10-08"]


def test_counted_group_dated_by_the_reporting_clause() -> None:
    """"Les États-Unis ont imposé des sanctions à plusieurs entreprises … a déclaré mardi le
    département": the parties named later take the day the opening gives."""
    text = ("Les États-Unis ont imposé de nouvelles sanctions à plusieurs entreprises chinoises. "
            "Elles sont impliquées dans la surveillance de masse, a déclaré mardi le département "
            "américain du Commerce. Deux des sociétés – Halvorn Optics Co et Tersa Vision Co – "
            "appartiennent au même groupe.")
    got = _events(text, "fr", published="2023-03-29")
    assert {e for e in got if e[0] == "designation"} == {
        ("designation", "Halvorn Optics Co", "2023-03-28"), ("designation", "Tersa Vision Co", "2023-03-28")}


def test_counted_parties_with_a_long_description_take_the_date() -> None:
    """"designated 3 United Arab Emirates–based companies" counts parties a later
    sentence refers to ("The 3 companies were designated …")."""
    text = ("On November 16, 2023, OFAC designated 3 United Arab Emirates–based companies for "
            "shipping oil above the price cap. The 3 companies were designated pursuant to "
            "Executive Order 14024. Shipping firm Kazan Shipping Incorporated is one of them.")
    got = _events(text, "en", published="2023-11-20")
    assert ("designation", "Kazan Shipping Incorporated", "2023-11-16") in got


def test_the_list_named_by_its_members_is_no_listing() -> None:
    """« la liste des personnes sanctionnées » names the list: the annulment is the event."""
    got = _events(FR + "Le tribunal a annulé mercredi l'inscription de Xiaomi sur la liste des "
                       "personnes sanctionnées.", "fr")
    assert got == {("vacatur", "Xiaomi", "2021-05-12")}


@pytest.mark.parametrize("sentence", [
    "Le Pentagone s'est dit prêt à retirer Xiaomi de sa liste noire, selon un document déposé mardi.",
    "Les deux parties se sont entendues mardi pour que la désignation de Xiaomi soit levée.",
    "Le département de la Défense ne s'opposera plus à l'annulation de la désignation de Xiaomi.",
])
def test_an_agreement_to_remove_is_announced(sentence: str) -> None:
    res = extract_article(FR + sentence, published="2021-05-12", language="fr")
    relief = [e for e in res["events"] if e["type"] in ("removal", "vacatur")]
    assert relief and all(e["status"] == "announced" for e in relief), relief
