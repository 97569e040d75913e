"""Trigger families on sentences written for this test, both languages: each verb with its
nominalisation and passive ("added to", "the addition of X to", "X's inclusion on",
"l'inscription de X sur", "figure désormais"), the lifts ("taken off", "no longer on",
"sort de la liste", "n'est plus sur la liste"), the court actions ("enjoined", "paused",
"set aside", "a bloqué le 3 mars l'interdiction"), and the near misses each family must
leave alone (a list of suppliers, a hypothetical, a refusal)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

EN = [
 ("designation", "The Commerce Department added Talvex Robotics Ltd to the Entity List on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was added to the Entity List on March 3, 2024."),
 ("designation", "The addition of Talvex Robotics Ltd to the Entity List on March 3, 2024 surprised analysts."),
 ("designation", "Talvex Robotics Ltd's inclusion on the Entity List on March 3, 2024 cut it off from US chips."),
 ("designation", "The inclusion of Talvex Robotics Ltd on the Entity List on March 3, 2024 cut it off from US chips."),
 ("designation", "Talvex Robotics Ltd was placed on the Entity List on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was named in the Pentagon's list of Chinese military companies on March 3, 2024."),
 ("designation", "The Pentagon named Talvex Robotics Ltd as a Chinese military company on March 3, 2024."),
 ("designation", "The Treasury designated Talvex Robotics Ltd on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was blacklisted by Washington on March 3, 2024."),
 ("designation", "Washington blacklisted Talvex Robotics Ltd on March 3, 2024."),
 ("designation", "The US sanctioned Talvex Robotics Ltd on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was hit with US sanctions on March 3, 2024."),
 ("designation", "The Treasury targeted Talvex Robotics Ltd with sanctions on March 3, 2024."),
 ("designation", "The Treasury froze the assets of Talvex Robotics Ltd on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd landed on the Entity List on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was put on the Entity List on March 3, 2024."),
 ("designation", "The Commerce Department put Talvex Robotics Ltd on its trade blacklist on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd joined the Entity List on March 3, 2024."),
 ("designation", "The Pentagon listed Talvex Robotics Ltd as a Chinese military company on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was listed on the Entity List on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was designated on March 3, 2024."),
 ("designation", "The Treasury imposed sanctions on Talvex Robotics Ltd on March 3, 2024."),
 ("designation", "Sanctions were imposed on Talvex Robotics Ltd on March 3, 2024."),
 ("designation", "On March 3, 2024, the State Department designated Talvex Robotics Ltd a foreign terrorist organization."),
 ("designation", "Talvex Robotics Ltd was slapped with sanctions on March 3, 2024."),
 ("designation", "Talvex Robotics Ltd was banned by the Pentagon on March 3, 2024."),
 ("designation", "The EU listed Talvex Robotics Ltd under its Russia sanctions regime on March 3, 2024."),
 ("designation", "The Commerce Department's decision to add Talvex Robotics Ltd to the Entity List on March 3, 2024 drew a protest."),
 ("designation", "The listing of Talvex Robotics Ltd on March 3, 2024 drew a protest from Beijing."),
 ("designation", "The designation of Talvex Robotics Ltd on March 3, 2024 drew a protest from Beijing."),
 ("removal", "The Commerce Department removed Talvex Robotics Ltd from the Entity List on March 3, 2024."),
 ("removal", "Talvex Robotics Ltd was taken off the Entity List on March 3, 2024."),
 ("removal", "Talvex Robotics Ltd was dropped from the Entity List on March 3, 2024."),
 ("removal", "Talvex Robotics Ltd is no longer on the Entity List after March 3, 2024."),
 ("removal", "The Treasury delisted Talvex Robotics Ltd on March 3, 2024."),
 ("removal", "The Treasury lifted sanctions on Talvex Robotics Ltd on March 3, 2024."),
 ("removal", "Sanctions on Talvex Robotics Ltd were lifted on March 3, 2024."),
 ("removal", "Talvex Robotics Ltd was struck from the SDN list on March 3, 2024."),
 ("removal", "The removal of Talvex Robotics Ltd from the Entity List on March 3, 2024 surprised analysts."),
 ("removal", "The Pentagon took Talvex Robotics Ltd off its list on March 3, 2024."),
 ("removal", "The Treasury unfroze the assets of Talvex Robotics Ltd on March 3, 2024."),
 ("removal", "Talvex Robotics Ltd came off the SDN list on March 3, 2024."),
 ("removal", "The Treasury revoked the designation of Talvex Robotics Ltd on March 3, 2024."),
 ("removal", "Washington scrapped sanctions on Talvex Robotics Ltd on March 3, 2024."),
 ("injunction", "A federal judge enjoined the designation of Talvex Robotics Ltd on March 3, 2024."),
 ("injunction", "A federal judge blocked the Pentagon's designation of Talvex Robotics Ltd on March 3, 2024."),
 ("injunction", "A federal judge on March 3, 2024 paused the ban on Talvex Robotics Ltd."),
 ("injunction", "A federal judge on March 3, 2024 temporarily halted the Pentagon's blacklisting of Talvex Robotics Ltd."),
 ("injunction", "A court suspended the listing of Talvex Robotics Ltd on March 3, 2024."),
 ("injunction", "On March 3, 2024, a judge granted Talvex Robotics Ltd a preliminary injunction against the designation."),
 ("injunction", "On March 3, 2024, a judge stayed the designation of Talvex Robotics Ltd."),
 ("vacatur", "A federal judge set aside the designation of Talvex Robotics Ltd on March 3, 2024."),
 ("vacatur", "A federal judge vacated the designation of Talvex Robotics Ltd on March 3, 2024."),
 ("vacatur", "The General Court annulled the sanctions against Talvex Robotics Ltd on March 3, 2024."),
 ("vacatur", "A federal judge struck down the designation of Talvex Robotics Ltd on March 3, 2024."),
 ("vacatur", "The EU General Court on March 3, 2024 overturned the sanctions on Talvex Robotics Ltd."),
 ("legal_challenge", "Talvex Robotics Ltd sued the Department of Defense on March 3, 2024 over its designation."),
 ("legal_challenge", "Talvex Robotics Ltd filed a lawsuit against the Pentagon on March 3, 2024."),
 ("legal_challenge", "Talvex Robotics Ltd challenged its listing in court on March 3, 2024."),
 ("ruling", "The court upheld the sanctions against Talvex Robotics Ltd on March 3, 2024."),
 ("ruling", "The court dismissed the challenge by Talvex Robotics Ltd on March 3, 2024."),
 ("license", "OFAC issued a general license authorizing transactions with Talvex Robotics Ltd on March 3, 2024."),
]
FR = [
 ("designation", "Le département du Commerce a ajouté Talvex Robotics à la liste des entités le 3 mars 2024."),
 ("designation", "Talvex Robotics a été ajoutée à la liste des entités le 3 mars 2024."),
 ("designation", "Talvex Robotics a été inscrite sur la liste noire le 3 mars 2024."),
 ("designation", "Le Pentagone a inscrit Talvex Robotics sur sa liste noire le 3 mars 2024."),
 ("designation", "L'inscription de Talvex Robotics sur la liste des entités le 3 mars 2024 a surpris."),
 ("designation", "L'ajout de Talvex Robotics à la liste des entités le 3 mars 2024 a surpris."),
 ("designation", "Talvex Robotics figure désormais sur la liste des entités depuis le 3 mars 2024."),
 ("designation", "Talvex Robotics a été placée sur la liste des entités le 3 mars 2024."),
 ("designation", "Talvex Robotics a été placée sur liste noire le 3 mars 2024."),
 ("designation", "Talvex Robotics a été mise sur liste noire le 3 mars 2024."),
 ("designation", "Washington a blacklisté Talvex Robotics le 3 mars 2024."),
 ("designation", "Talvex Robotics a été sanctionnée par le Trésor américain le 3 mars 2024."),
 ("designation", "Le Trésor américain a sanctionné Talvex Robotics le 3 mars 2024."),
 ("designation", "Talvex Robotics a été frappée de sanctions le 3 mars 2024."),
 ("designation", "Talvex Robotics est visée par des sanctions américaines depuis le 3 mars 2024."),
 ("designation", "Le Trésor a gelé les avoirs de Talvex Robotics le 3 mars 2024."),
 ("designation", "Talvex Robotics a été désignée par le Trésor le 3 mars 2024."),
 ("designation", "Talvex Robotics a rejoint la liste des entités le 3 mars 2024."),
 ("designation", "Les États-Unis ont imposé des sanctions à Talvex Robotics le 3 mars 2024."),
 ("designation", "Talvex Robotics a été mise au ban par Washington le 3 mars 2024."),
 ("designation", "Talvex Robotics a fait son entrée sur la liste noire le 3 mars 2024."),
 ("designation", "Talvex Robotics a été placée sous sanctions le 3 mars 2024."),
 ("removal", "Le département du Commerce a retiré Talvex Robotics de la liste des entités le 3 mars 2024."),
 ("removal", "Talvex Robotics a été retirée de la liste noire le 3 mars 2024."),
 ("removal", "Talvex Robotics a été radiée de la liste SDN le 3 mars 2024."),
 ("removal", "Talvex Robotics sort de la liste noire le 3 mars 2024."),
 ("removal", "Talvex Robotics est sortie de la liste noire le 3 mars 2024."),
 ("removal", "Le Trésor a levé les sanctions contre Talvex Robotics le 3 mars 2024."),
 ("removal", "Les sanctions visant Talvex Robotics ont été levées le 3 mars 2024."),
 ("removal", "La levée des sanctions contre Talvex Robotics le 3 mars 2024 a surpris."),
 ("removal", "Le retrait de Talvex Robotics de la liste noire le 3 mars 2024 a surpris."),
 ("removal", "Talvex Robotics n'est plus sur la liste noire depuis le 3 mars 2024."),
 ("removal", "Talvex Robotics a été rayée de la liste noire le 3 mars 2024."),
 ("removal", "Le Trésor a dégelé les avoirs de Talvex Robotics le 3 mars 2024."),
 ("injunction", "Un juge fédéral a suspendu le 3 mars 2024 l'inscription de Talvex Robotics sur la liste noire."),
 ("injunction", "Un juge fédéral a bloqué le 3 mars 2024 l'interdiction visant Talvex Robotics."),
 ("injunction", "La justice américaine a gelé le 3 mars 2024 la décision du Pentagone contre Talvex Robotics."),
 ("injunction", "Un juge a ordonné la suspension de la désignation de Talvex Robotics le 3 mars 2024."),
 ("vacatur", "Le Tribunal de l'UE a annulé le 3 mars 2024 les sanctions contre Talvex Robotics."),
 ("vacatur", "Un juge fédéral a annulé la désignation de Talvex Robotics le 3 mars 2024."),
 ("vacatur", "Le Tribunal de l'UE a ordonné l'annulation de l'inscription de Talvex Robotics le 3 mars 2024."),
 ("legal_challenge", "Talvex Robotics a porté plainte contre le Pentagone le 3 mars 2024."),
 ("legal_challenge", "Talvex Robotics a attaqué le Pentagone en justice le 3 mars 2024."),
 ("legal_challenge", "Talvex Robotics a contesté son inscription devant le Tribunal de l'UE le 3 mars 2024."),
 ("ruling", "Le Tribunal de l'UE a confirmé le 3 mars 2024 les sanctions contre Talvex Robotics."),
 ("license", "Le Trésor a accordé le 3 mars 2024 une licence générale à Talvex Robotics."),
]
NEG = [
 ("en", "Companies that join the Entity List face export bans."),
 ("en", "Talvex Robotics Ltd could be listed on the Entity List next year, officials said."),
 ("en", "Talvex Robotics Ltd is not listed on the Entity List."),
 ("en", "Talvex Robotics Ltd joined the list of companies reporting record profits in March 2024."),
 ("en", "If sanctions were imposed on Talvex Robotics Ltd, its shares would fall."),
 ("en", "Talvex Robotics Ltd was listed on the Hong Kong stock exchange's main board list in 2019."),
 ("en", "Talvex Robotics Ltd said it is no longer on the list of suppliers to Apple."),
 ("en", "Analysts asked whether Talvex Robotics Ltd would be added to the Entity List."),
 ("en", "Washington is considering the addition of Talvex Robotics Ltd to the Entity List."),
 ("fr", "L'inscription de Talvex Robotics sur la liste noire pourrait intervenir en mai."),
 ("fr", "Talvex Robotics pourrait rejoindre la liste noire du Pentagone."),
 ("fr", "Talvex Robotics ne sort pas de la liste noire."),
 ("fr", "Talvex Robotics n'est plus sur la liste des fournisseurs d'Apple depuis mars."),
 ("fr", "Washington envisage l'ajout de Talvex Robotics à la liste des entités."),
 ("fr", "Talvex Robotics a rejoint la liste des 500 plus grandes entreprises mondiales en 2023."),
 ("fr", "Le juge a refusé de suspendre le 3 mars 2024 l'interdiction visant Talvex Robotics."),
]


def _got(sentence: str, lang: str) -> list[tuple[str, str, str | None]]:
    evs = extract_article(sentence, published="2024-03-10", language=lang)["events"]
    return [(e["type"], e["entity"], e["date"]) for e in evs]


@pytest.mark.parametrize(("lang", "typ", "sentence"), [("en", t, s) for t, s in EN] + [("fr", t, s) for t, s in FR])
def test_family_member_gives_its_event(lang: str, typ: str, sentence: str) -> None:
    got = _got(sentence, lang)
    assert any(t == typ and "Talvex" in n and d == "2024-03-03" for t, n, d in got), got
    assert all(t == typ for t, _n, _d in got), got


@pytest.mark.parametrize(("lang", "sentence"), NEG)
def test_near_miss_gives_no_event(lang: str, sentence: str) -> None:
    assert _got(sentence, lang) == []
