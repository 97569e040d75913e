"""An authority's act still under study is no act (``plans_studied``): a verb or noun of
deliberation before the act ("is deliberating on adding", "contemplating", « réfléchit à
», « planche sur »), or after an act told by its noun ("is being weighed", « est à l'étude
»). A court that deliberates keeps the case before it, and a study done before the act
keeps the act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-02")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


_NAMED = "The companies are Alpha Robotics, Beta Sensors and Gamma Chips Co."


@pytest.mark.parametrize("text", [
    "The government is deliberating on adding several chip firms to a blacklist. " + _NAMED,
    "Officials are contemplating adding three chip firms to the Entity List. " + _NAMED,
    "The administration is exploring adding three chip firms to the Entity List. " + _NAMED,
    "The ministry is debating adding three chip firms to the Entity List. " + _NAMED,
    "The administration is deliberating on adding Alpha Robotics to a blacklist.",
    "The blacklisting of Alpha Robotics and Beta Sensors Ltd is being weighed in Washington.",
    "Alpha Robotics is on a shortlist of firms to be added to the Entity List.",
    "Sanctions against Alpha Robotics Ltd are under consideration.",
    "Le gouvernement réfléchit à ajouter trois sociétés à sa liste noire. "
    "Il s'agit de Alpha Robotics, Beta Sensors et Gamma Chips.",
    "Le gouvernement planche sur l'ajout de Alpha Robotics à sa liste noire.",
    "Le gouvernement se penche sur l'inscription de Alpha Robotics sur sa liste noire.",
    "Le gouvernement délibère sur l'ajout de la société Alpha Robotics à la liste noire.",
    "L'inscription de la société Alpha Robotics sur la liste noire est à l'étude.",
    "Des sanctions contre la société Alpha Robotics sont sur la table.",
])
def test_an_act_under_study_is_no_act(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    # a study done before the act, told as over
    ("After studying the file, the Council added Alpha Robotics to its list on Monday.", "designation"),
    # a court deliberating has the case before it
    ("Le Tribunal délibère sur le recours de la société Alpha Robotics contre son inscription.",
     "legal_challenge"),
])
def test_near_misses_keep_their_act(text: str, kind: str) -> None:
    assert (kind, "Alpha Robotics") in _kinds(text)


# --- a plan a report tells, and the plan told on ---------------------------------------------

def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-05", language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("lang", "text"), [
    # a headline's infinitive and its outlet, then the body's plan and the report told on
    ("en", "Velmora to add Castelan Optics and Dunmore Grid to export blacklist, Nikkei says\n\n"
           "The Velmoran trade ministry is set to place two chip designers on its export blacklist, "
           "Nikkei reported on Tuesday. The newspaper said the list also names Dunmore Grid Ltd."),
    ("en", "The ministry is expected to add two chip firms to its entity list, Bloomberg reported, citing "
           "a draft. That report added that the draft names Castelan Optics and Dunmore Grid Ltd."),
    ("fr", "Le gouvernement va inscrire la société Castelan Optics sur sa liste noire, selon un document "
           "consulté par l'AFP. Selon le texte, la société Dunmore Grid figure aussi sur la liste."),
    ("fr", "La société Castelan Optics sera ajoutée à la liste noire la semaine prochaine, a rapporté le "
           "quotidien Le Temps."),
    # an act joined to a plan of its sentence, by coordination or apposition
    ("fr", "Bruxelles envisage de sanctionner la société Castelan Optics, ainsi que d'inscrire la société "
           "Dunmore Grid sur sa liste."),
    ("fr", "Washington pourrait inscrire la société Castelan Optics sur sa liste noire, une mise à l'index "
           "rarissime."),
    ("en", "The State Department could designate Castelan Optics, a blacklisting that would cut it off "
           "from the dollar."),
])
def test_a_plan_a_report_tells_is_no_act(lang: str, text: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    # the source with open slots: reports, an unnamed source and its verb, counted officials
    ("en", "Shares of Ferrowell Mining slid on Monday after reports that the ministry intends to add the "
           "miner to its blacklist."),
    ("en", "Insiders briefed on the talks say the Treasury will delist Ostrava Shipping next month."),
    ("en", "Two US officials said the council would add Ostrava Shipping to the list."),
    ("fr", "Une source proche du ministère a confié que Paris entend inscrire la société Ferrowell Mining "
           "sur sa liste noire."),
    # a verb of planning, the outlet of any name after a comma
    ("fr", "Le gouvernement projette de radier la société Ferrowell Mining de sa liste noire, selon "
           "l'hebdomadaire Le Courrier."),
    ("fr", "Ferrowell Mining et Ostrava Shipping figurent sur la liste des sociétés que le ministère va "
           "sanctionner, rapporte le journal Le Matin."),
    # a plan under way
    ("en", "The ministry is working on sanctions against Ferrowell Mining, the minister said."),
    ("fr", "Bruxelles prépare des sanctions contre la société Ferrowell Mining."),
])
def test_a_plan_told_with_any_source_or_plan_verb_is_no_act(lang: str, text: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # the authority's own word after a comma is no outlet's: announced
    ("fr", "La société Ostrava Shipping sera retirée de la liste le 3 mai, a précisé le ministère.", "removal"),
    ("en", "The ministry said it intends to delist Ostrava Shipping in May.", "removal"),
    # a source told of something else, the act done
    ("en", "The Treasury added Ostrava Shipping to the list on Monday, cutting the company's main sources "
           "of credit.", "designation"),
    # an act told done onto a list whose parties a relative clause tells the future of
    ("en", "The Commerce Department added Ostrava Shipping to a list of companies that will need a licence "
           "for US goods, Reuters reported.", "designation"),
    ("fr", "Le Trésor a inscrit la société Ostrava Shipping sur la liste des entités qui seront privées de "
           "dollars, rapporte le journal Le Matin.", "designation"),
    ("en", "Ostrava Shipping was added on Monday to the list of entities which will face export controls, "
           "sources said.", "designation"),
])
def test_near_misses_of_an_open_source_keep_their_act(lang: str, text: str, kind: str) -> None:
    assert (kind, "Ostrava Shipping") in _events(text, lang)


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # the authority tells its own plan: announced
    ("en", "The trade ministry said on Monday it will add Castelan Optics to its entity list.", "designation"),
    ("fr", "Le ministère a annoncé que la société Castelan Optics sera retirée de sa liste noire.", "removal"),
    # an act told done, by an outlet
    ("en", "Castelan Optics was put on the export blacklist on Monday, Reuters reported.", "designation"),
    ("fr", "Le Trésor a sanctionné lundi la société Castelan Optics, a rapporté le quotidien Le Temps.",
     "designation"),
    # after a reported plan, the report tells an earlier act as done
    ("en", "The trade ministry is set to add two firms to its list, Reuters reported. Castelan Optics was "
           "added to the list in 2019, the report said.", "designation"),
])
def test_near_misses_of_a_reported_plan_keep_their_act(lang: str, text: str, kind: str) -> None:
    assert (kind, "Castelan Optics") in _events(text, lang)


# --- a rule told in general, an act sought ---------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Every payment due to Castelan Optics shall stay frozen until the sanctions are lifted."),
    ("en", "Before releasing assets frozen because of the listing of Castelan Optics, states must notify the "
           "committee."),
    ("en", "Article 12 of the ordinance provides for listed firms such as Castelan Optics to ask that their "
           "names be removed."),
    ("fr", "Tous les avoirs de la société Castelan Optics doivent rester gelés jusqu'à la levée des sanctions."),
    ("fr", "Le règlement prévoit que la société Castelan Optics peut demander sa radiation de la liste."),
    ("en", "In May, Castelan Optics told the ministry it would seek a delisting from the register."),
])
def test_a_rule_or_an_act_sought_is_no_act(lang: str, text: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "kind"), [
    # an act told done, with no rule around it, stays
    ("en", "The Treasury removed Castelan Optics from its list on Monday.", "removal"),
    ("fr", "Le Conseil a inscrit lundi la société Castelan Optics sur sa liste.", "designation"),
])
def test_near_misses_of_a_rule_keep_their_act(lang: str, text: str, kind: str) -> None:
    assert (kind, "Castelan Optics") in _events(text, lang)


# --- a rule told in general, a standing duty, a plan agreed ----------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    # a standing duty: what a body goes on doing, no act it does
    ("The committee will continue to publish its findings on the removal of Orion Maritime Ltd "
     "from the list.", "en"),
    ("OFAC will continue to review transactions authorised by the general licence for Orion Maritime Ltd.", "en"),
    ("Le comité continuera d'examiner la radiation de la société Orion Maritime.", "fr"),
    ("La Commission va continuer à suivre les dérogations accordées à la société Orion Maritime.", "fr"),
    # a rule: a plural noun of parties a relative clause or a participle restricts, then a
    # modal of obligation
    ("Firms which fall under the sanctions against Orion Maritime Ltd must report to the regulator "
     "without delay.", "en"),
    ("Individuals and companies covered by the asset freeze on Orion Maritime Ltd must notify the Treasury.", "en"),
    ("Les entreprises qui relèvent des mesures visant la société Orion Maritime doivent "
     "se signaler au ministère.", "fr"),
    ("Les sociétés ciblées par les sanctions contre la société Orion Maritime devront en informer "
     "le ministère.", "fr"),
    # an agreement to act a report tells: a plan
    ("Les ministres se sont entendus pour inscrire la société Orion Maritime sur la liste noire, "
     "selon deux diplomates.", "fr"),
    ("EU ministers agreed to blacklist Orion Maritime Ltd, two diplomats said.", "en"),
    ("Le Trésor a convenu de retirer la société Orion Maritime de sa liste, selon des sources proches "
     "du dossier.", "fr"),
])
def test_a_rule_a_duty_or_an_agreed_plan_is_no_act(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # the past of "continue" tells acts done, after a comma their own clause
    ("In May the Treasury continued to designate companies, adding Orion Maritime Ltd to the SDN list.",
     "en", "designation"),
    # an act told done inside the rule's subject stays
    ("Entities that were sanctioned on Monday, including Orion Maritime Ltd, must wind down their "
     "dealings by June 3.", "en", "designation"),
    # an agreement the authority itself tells is its announced act
    ("The Council agreed on Monday to add Orion Maritime Ltd to its list, the Council announced.",
     "en", "designation"),
])
def test_acts_beside_a_rule_or_a_duty_stay(text: str, lang: str, kind: str) -> None:
    assert (kind, "Orion Maritime Ltd") in _events(text, lang)
