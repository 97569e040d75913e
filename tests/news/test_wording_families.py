"""Wording families of listing, delisting, court and licence events, written for this test
from how journalists and authorities word these actions in each language (active,
passive, nominal, participial and headline forms; a day written between the verb and its
object), each naming an invented party "Korvex Trading", and the near misses each
family must leave alone: a proposal, a consultation, a threat, a question, a stock
delisting, a regime renewed, an expected or possible listing, a generic explanation, a
party lobbying or hoping to be removed, a licence applied for. A licence named only to tell
when it ends is that deadline; a court's reversal is final (a vacatur)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2025-06-17"
PARTY = "Korvex"

# (language, the event types expected, text)
ACTS = [
    ('en', ('designation',), 'The U.S. Treasury on Tuesday blacklisted Korvex Trading, a Dubai-based shipper.'),
    ('en', ('designation',), 'Washington slapped sanctions on Korvex Trading on June 16, 2025.'),
    ('en', ('designation',), 'The Commerce Department put Korvex Trading on its Entity List on Monday.'),
    ('en', ('designation',), 'The Commerce Department on Monday placed Korvex Trading on the Entity List.'),
    ('en', ('designation',), 'Korvex Trading was placed on the Entity List on Monday.'),
    ('en', ('designation',), 'Korvex Trading was put on a U.S. trade blacklist on Monday.'),
    ('en', ('designation',), 'Korvex Trading was hit with U.S. sanctions on Monday.'),
    ('en', ('designation',), 'The United States on Monday sanctioned Korvex Trading over its oil shipments to Iran.'),
    ('en', ('designation',), 'Korvex Trading was sanctioned by the U.S. Treasury on Monday.'),
    ('en', ('designation',), 'The Treasury Department on Monday targeted Korvex Trading, a Hong Kong firm that ships Iranian oil.'),
    ('en', ('designation',), 'The Treasury Department imposed sanctions on Korvex Trading on Monday.'),
    ('en', ('designation',), 'The U.S. added Korvex Trading to a trade blacklist on Monday.'),
    ('en', ('designation',), 'Korvex Trading was added to the Entity List on Monday.'),
    ('en', ('designation',), 'On Monday the Pentagon named Korvex Trading as a Chinese military company.'),
    ('en', ('designation',), 'Korvex Trading was designated on Monday by OFAC.'),
    ('en', ('designation',), 'The EU listed Korvex Trading on Monday in its 17th sanctions package.'),
    ('en', ('designation',), 'The UK on Monday imposed an asset freeze on Korvex Trading.'),
    ('en', ('designation',), 'Britain sanctioned Korvex Trading on Monday.'),
    ('en', ('designation',), 'US blacklists Korvex Trading over Iran oil sales'),
    ('en', ('designation',), 'US sanctions Korvex Trading over Iran oil'),
    ('en', ('designation',), 'The addition of Korvex Trading to the Entity List on Monday surprised analysts.'),
    ('en', ('designation',), 'The Entity List designation of Korvex Trading on June 16, 2025 bars U.S. exports to it.'),
    ('en', ('designation',), 'The Commerce Department restricted exports to Korvex Trading on Monday by adding it to the Entity List.'),
    ('en', ('designation',), 'Korvex Trading was barred from buying U.S. technology on Monday when the Commerce Department added it to the Entity List.'),
    ('en', ('designation',), 'On Monday the Treasury blocked the assets of Korvex Trading.'),
    ('en', ('designation',), 'On Monday the State Department designated Korvex Trading a foreign terrorist organization.'),
    ('en', ('designation',), 'Korvex Trading has been blacklisted by the United States since June 2025.'),
    ('en', ('designation',), 'Washington blacklisted the Chinese drone maker Korvex Trading in June 2025.'),
    ('en', ('designation',), 'The Treasury on Monday sanctioned Korvex Trading and its chief executive.'),
    ('en', ('designation',), 'Korvex Trading, which the U.S. blacklisted in 2021, denies any military ties.'),
    ('en', ('designation',), 'Korvex Trading was among 12 companies the Commerce Department added to the Entity List on Monday.'),
    ('en', ('designation',), 'Korvex Trading was one of 30 entities sanctioned on Monday by the EU.'),
    ('en', ('designation',), 'The U.S. on Monday hit Korvex Trading with sanctions over Russia.'),
    ('en', ('designation',), 'The Biden administration on Monday imposed export restrictions on Korvex Trading.'),
    ('en', ('designation',), 'The Council adopted restrictive measures against Korvex Trading on 16 June 2025.'),
    ('en', ('designation',), 'OFAC on Monday designated Korvex Trading pursuant to Executive Order 14024.'),
    ('en', ('designation',), 'Korvex Trading was designated pursuant to Executive Order 13224 on June 16, 2025.'),
    ('en', ('designation',), 'Korvex Trading was labeled a Chinese military company by the Pentagon on Monday.'),
    ('en', ('designation',), "Monday's action targets Korvex Trading, a Dubai-based shipper."),
    ('en', ('designation',), 'Korvex Trading had its assets frozen by the U.K. on Monday.'),
    ('en', ('designation',), 'The Treasury on Monday slapped Korvex Trading with sanctions.'),
    ('en', ('designation',), 'Korvex Trading came under U.S. sanctions on Monday.'),
    ('en', ('removal',), 'The Treasury lifted sanctions on Korvex Trading on Monday.'),
    ('en', ('removal',), 'The U.S. removed Korvex Trading from its blacklist on Monday.'),
    ('en', ('removal',), 'Korvex Trading was taken off the Entity List on Monday.'),
    ('en', ('removal',), 'Korvex Trading was delisted by OFAC on Monday.'),
    ('en', ('removal',), 'The EU on Monday delisted Korvex Trading.'),
    ('en', ('removal',), 'Sanctions on Korvex Trading were lifted on Monday.'),
    ('en', ('removal',), 'On Monday the Treasury rescinded the designation of Korvex Trading.'),
    ('en', ('removal',), 'The designation of Korvex Trading was revoked on June 16, 2025.'),
    ('en', ('removal',), 'The Commerce Department dropped Korvex Trading from the Entity List on Monday.'),
    ('en', ('removal',), 'The assets of Korvex Trading were unfrozen on Monday.'),
    ('en', ('removal',), 'US lifts sanctions on Korvex Trading'),
    ('en', ('removal',), 'Treasury delists Korvex Trading'),
    ('en', ('removal',), 'The removal of Korvex Trading from the SDN list on Monday was welcomed by its lawyers.'),
    ('en', ('removal',), 'On Monday the U.S. eased sanctions on Korvex Trading by removing it from the SDN List.'),
    ('en', ('removal',), 'Korvex Trading won its removal from the SDN list on June 16, 2025.'),
    # (the undone listing, told with its own year, is a past event in passing: labelled too)
    ('en', ('removal', 'designation'), 'The U.S. on Monday lifted the sanctions it imposed on Korvex Trading in 2022.'),
    ('en', ('removal',), 'The UK revoked the designation of Korvex Trading on Monday.'),
    ('en', ('removal',), 'OFAC terminated the designation of Korvex Trading on June 16, 2025.'),
    ('en', ('legal_challenge',), 'Korvex Trading sued the Defense Department on Monday over its designation.'),
    ('en', ('legal_challenge',), 'Korvex Trading on Monday filed suit in federal court to challenge its listing.'),
    ('en', ('legal_challenge',), 'Korvex Trading challenged its designation in the EU General Court on Monday.'),
    ('en', ('legal_challenge',), 'Korvex Trading filed a lawsuit against the Pentagon on Monday.'),
    ('en', ('legal_challenge',), 'Korvex Trading petitioned the D.C. Circuit on Monday for review of its listing.'),
    ('en', ('legal_challenge',), 'Korvex Trading on Monday took the Defense Department to court over the designation.'),
    ('en', ('injunction',), "A federal judge on Monday blocked the Pentagon's designation of Korvex Trading."),
    ('en', ('injunction',), 'A federal judge on Monday temporarily halted the ban on investing in Korvex Trading.'),
    ('en', ('injunction',), 'On Monday a judge granted Korvex Trading a preliminary injunction against its designation.'),
    ('en', ('injunction',), 'A U.S. court on Monday enjoined the designation of Korvex Trading.'),
    ('en', ('injunction',), 'A judge on Monday stayed the blacklisting of Korvex Trading.'),
    ('en', ('injunction',), 'Judge blocks US ban on Korvex Trading'),
    ('en', ('injunction',), 'A judge on Monday barred the government from enforcing the designation of Korvex Trading.'),
    ('en', ('vacatur',), 'A federal court on Monday vacated the designation of Korvex Trading.'),
    ('en', ('vacatur',), 'The General Court on Monday annulled the listing of Korvex Trading.'),
    ('en', ('vacatur',), "A judge on Monday set aside the Pentagon's designation of Korvex Trading."),
    ('en', ('vacatur',), 'A federal judge on Monday struck down the designation of Korvex Trading.'),
    ('en', ('vacatur',), 'An appeals court on Monday overturned the blacklisting of Korvex Trading.'),
    ('en', ('vacatur',), 'The EU court on Monday annulled the sanctions against Korvex Trading.'),
    ('en', ('license',), 'OFAC on Monday issued a general license authorizing transactions with Korvex Trading.'),
    ('en', ('license',), 'The Commerce Department on Monday granted Korvex Trading a temporary general license.'),
    ('en', ('license',), 'The Treasury extended a waiver for Korvex Trading on Monday.'),
    ('en', ('license',), 'OFAC on Monday authorized transactions with Korvex Trading through a general license.'),
    ('en', ('designation', 'deadline'), 'OFAC designated Korvex Trading on Monday and gave U.S. persons until July 16, 2025 to wind down dealings with it.'),
    ('en', ('deadline',), 'Investors must divest their holdings in Korvex Trading by November 11, 2025.'),
    ('en', ('designation',), 'Korvex Trading, blacklisted by Washington in 2020, has since moved its listing to Hong Kong.'),
    ('en', ('designation',), 'The sanctions against Korvex Trading, announced on Monday, freeze any U.S. assets it holds.'),
    ('en', ('designation',), "Korvex Trading landed on the Commerce Department's Entity List on Monday."),
    ('en', ('designation',), 'The Pentagon on Monday added Korvex Trading and two other Chinese firms to its list of Chinese military companies.'),
    ('en', ('designation',), "On Monday, the Treasury's Office of Foreign Assets Control designated Korvex Trading for operating in the Russian technology sector."),
    ('en', ('designation',), 'Korvex Trading is now subject to U.S. sanctions after the Treasury designated it on Monday.'),
    ('en', ('designation',), 'The Commerce Department on Monday slapped export curbs on Korvex Trading.'),
    ('en', ('designation',), 'US bans investment in Korvex Trading'),
    ('en', ('designation',), 'The U.S. on Monday banned Americans from investing in Korvex Trading.'),
    ('en', ('designation',), 'The Treasury Department on Monday blacklisted Korvex Trading, accusing it of supplying drones to Russia.'),
    ('en', ('designation',), 'Korvex Trading was designated by the State Department on Monday as a Specially Designated Global Terrorist.'),
    ('en', ('designation',), 'Korvex Trading was included in the latest round of EU sanctions on Monday.'),
    ('en', ('designation',), "The EU's 16th sanctions package, adopted on Monday, includes Korvex Trading."),
    ('en', ('designation',), "Korvex Trading was added on Monday to the Treasury's Specially Designated Nationals list."),
    ('en', ('designation',), 'Canada on Monday imposed sanctions on Korvex Trading.'),
    ('en', ('designation',), 'Japan froze the assets of Korvex Trading on Monday.'),
    ('en', ('designation',), 'Korvex Trading became the latest target of U.S. sanctions on Monday.'),
    ('en', ('designation',), 'The Commerce Department blacklisted Korvex Trading last week.'),
    ('en', ('designation',), 'Korvex Trading was placed under sanctions by the UK on Monday.'),
    ('en', ('removal',), "Korvex Trading was removed on Monday from the Treasury's sanctions list."),
    ('en', ('removal',), 'Korvex Trading won its delisting from the EU sanctions list on Monday.'),
    ('en', ('removal',), 'Washington on Monday scrapped sanctions on Korvex Trading.'),
    ('en', ('removal',), 'The U.S. on Monday ended sanctions against Korvex Trading.'),
    ('en', ('removal',), 'The EU lifted its asset freeze on Korvex Trading on Monday.'),
    ('en', ('removal',), "Korvex Trading's assets were unblocked on Monday."),
    ('en', ('removal',), 'Korvex Trading came off the SDN list on Monday.'),
    ('en', ('removal',), 'Korvex Trading has been taken off a U.S. blacklist, the Treasury said on Monday.'),
    ('en', ('removal',), 'The Treasury on Monday released Korvex Trading from sanctions.'),
    ('en', ('removal',), 'The Pentagon on Monday removed Korvex Trading from its list of Chinese military companies.'),
    ('en', ('removal',), 'U.S. drops Korvex Trading from blacklist'),
    ('en', ('removal',), 'The Commerce Department on Monday deleted Korvex Trading from the Entity List.'),
    ('en', ('legal_challenge',), 'Korvex Trading launched a legal challenge against its designation on Monday.'),
    ('en', ('legal_challenge',), 'Korvex Trading on Monday asked a federal court to overturn its designation.'),
    ('en', ('legal_challenge',), 'Korvex Trading appealed its designation to the EU General Court on Monday.'),
    ('en', ('legal_challenge',), 'Korvex Trading filed a complaint in the U.S. District Court for the District of Columbia on Monday.'),
    ('en', ('legal_challenge',), 'Korvex Trading on Monday brought a case against the Council seeking annulment of its listing.'),
    ('en', ('legal_challenge',), 'Korvex Trading is suing the U.S. government over its blacklisting, according to a court filing made on Monday.'),
    ('en', ('injunction',), "A federal judge on Monday granted Korvex Trading's request for a preliminary injunction."),
    ('en', ('injunction',), 'A court on Monday temporarily blocked the U.S. from enforcing its ban on Korvex Trading.'),
    ('en', ('injunction',), "A judge on Monday paused the Pentagon's listing of Korvex Trading."),
    ('en', ('injunction',), 'A judge on Monday suspended the ban on Korvex Trading pending trial.'),
    ('en', ('vacatur',), "The court on Monday vacated the Pentagon's designation of Korvex Trading as a Chinese military company."),
    ('en', ('vacatur',), "The EU General Court on Monday annulled the Council's decision to list Korvex Trading."),
    ('en', ('vacatur',), 'A federal appeals court on Monday reversed the designation of Korvex Trading.'),
    ('en', ('vacatur',), 'A federal judge on Monday invalidated the listing of Korvex Trading.'),
    ('en', ('license',), 'OFAC on Monday issued General License 25 authorizing certain transactions involving Korvex Trading.'),
    ('en', ('license',), 'The Commerce Department on Monday renewed a temporary general license for Korvex Trading.'),
    ('en', ('license',), 'The U.S. on Monday granted Korvex Trading a 90-day reprieve.'),
    ('en', ('license',), 'The Treasury on Monday gave Korvex Trading a license to continue operating.'),
    ('en', ('deadline',), 'U.S. investors have until November 11, 2025 to sell their holdings in Korvex Trading.'),
    ('en', ('deadline',), 'The general license for Korvex Trading expires on July 16, 2025.'),
    ('fr', ('designation',), 'Le Trésor américain a sanctionné lundi la société Korvex Trading.'),
    ('fr', ('designation',), 'Washington a blacklisté lundi le groupe Korvex Trading.'),
    ('fr', ('designation',), "Korvex Trading s'est vu infliger lundi des sanctions américaines."),
    ('fr', ('designation',), 'Korvex Trading a rejoint lundi la liste noire américaine.'),
    ('fr', ('designation',), 'Le département du Commerce a inscrit lundi Korvex Trading sur sa liste noire.'),
    ('fr', ('designation',), 'Korvex Trading a été placée lundi sur la liste noire du Trésor américain.'),
    ('fr', ('designation',), 'Korvex Trading a été ajoutée le 16 juin 2025 à la liste des entités.'),
    ('fr', ('designation',), 'Les Etats-Unis ont frappé de sanctions lundi la société Korvex Trading.'),
    ('fr', ('designation',), "L'UE a gelé lundi les avoirs de Korvex Trading."),
    ('fr', ('designation',), "Le Conseil de l'UE a adopté lundi des mesures restrictives à l'encontre de Korvex Trading."),
    ('fr', ('designation',), 'Korvex Trading est visée depuis lundi par des sanctions américaines.'),
    ('fr', ('designation',), 'Washington a mis lundi Korvex Trading sur liste noire.'),
    ('fr', ('designation',), 'Washington sanctionne Korvex Trading'),
    ('fr', ('designation',), 'Les Etats-Unis ciblent Korvex Trading avec de nouvelles sanctions'),
    ('fr', ('designation',), "Londres sanctionne lundi la société Korvex Trading, accusée de fournir l'armée russe."),
    ('fr', ('designation',), "L'inscription de Korvex Trading sur la liste noire, le 16 juin 2025, a surpris les analystes."),
    ('fr', ('designation',), 'Korvex Trading, sanctionnée en 2021 par Washington, conteste toute activité militaire.'),
    ('fr', ('designation',), 'Le Pentagone a désigné lundi Korvex Trading comme entreprise militaire chinoise.'),
    ('fr', ('designation',), 'Le Royaume-Uni a imposé lundi un gel des avoirs à Korvex Trading.'),
    ('fr', ('designation',), 'Korvex Trading fait partie des 12 entités ajoutées lundi à la liste des entités.'),
    ('fr', ('designation',), "Korvex Trading figure parmi les 30 sociétés sanctionnées lundi par l'UE."),
    ('fr', ('designation',), 'Lundi, Washington a placé Korvex Trading sous sanctions.'),
    ('fr', ('designation',), 'Le Trésor américain a ciblé lundi Korvex Trading, une société de Hong Kong.'),
    ('fr', ('designation',), "Korvex Trading a été frappée lundi par des sanctions de l'UE."),
    ('fr', ('designation',), "Le département d'Etat a interdit lundi d'exporter vers Korvex Trading en l'ajoutant à la liste des entités."),
    ('fr', ('designation',), 'Le Trésor a bloqué lundi les avoirs de Korvex Trading.'),
    ('fr', ('removal',), 'Le Trésor américain a levé lundi les sanctions visant Korvex Trading.'),
    ('fr', ('removal',), 'Korvex Trading a été retirée lundi de la liste noire américaine.'),
    ('fr', ('removal',), 'Korvex Trading a été radiée le 16 juin 2025 de la liste SDN.'),
    ('fr', ('removal',), 'Les sanctions contre Korvex Trading ont été levées lundi.'),
    ('fr', ('removal',), "L'UE a dégelé lundi les avoirs de Korvex Trading."),
    ('fr', ('removal',), 'Washington lève les sanctions contre Korvex Trading'),
    ('fr', ('removal',), 'Le Trésor a supprimé lundi Korvex Trading de la liste SDN.'),
    ('fr', ('removal',), 'Le Trésor a rayé lundi Korvex Trading de sa liste noire.'),
    ('fr', ('removal',), 'Le Trésor a abrogé lundi la désignation de Korvex Trading.'),
    ('fr', ('removal',), 'La levée des sanctions contre Korvex Trading, le 16 juin 2025, a été saluée par ses avocats.'),
    ('fr', ('removal',), 'Korvex Trading ne figure plus sur la liste noire depuis lundi.'),
    ('fr', ('removal',), 'Korvex Trading sort de la liste noire américaine'),
    ('fr', ('removal',), 'La radiation de Korvex Trading de la liste SDN, lundi, met fin à trois ans de sanctions.'),
    ('fr', ('legal_challenge',), 'Korvex Trading a attaqué lundi le Pentagone en justice.'),
    ('fr', ('legal_challenge',), 'Korvex Trading a déposé plainte lundi contre le département de la Défense.'),
    ('fr', ('legal_challenge',), 'Korvex Trading a saisi lundi la justice américaine pour contester son inscription.'),
    ('fr', ('legal_challenge',), "Korvex Trading a formé lundi un recours devant le Tribunal de l'UE."),
    ('fr', ('legal_challenge',), 'Korvex Trading conteste en justice son inscription sur la liste noire'),
    ('fr', ('legal_challenge',), 'Korvex Trading a contesté lundi sa désignation devant un tribunal fédéral.'),
    ('fr', ('legal_challenge',), 'Korvex Trading porte plainte contre le Pentagone'),
    ('fr', ('legal_challenge',), 'Korvex Trading a assigné lundi le gouvernement américain en justice.'),
    ('fr', ('injunction',), "Un juge fédéral a suspendu lundi l'inscription de Korvex Trading sur la liste noire."),
    ('fr', ('injunction',), "La justice américaine a bloqué temporairement lundi l'interdiction d'investir dans Korvex Trading."),
    ('fr', ('injunction',), 'Un tribunal a gelé lundi la décision de placer Korvex Trading sur liste noire.'),
    ('fr', ('injunction',), "Un juge suspend l'interdiction visant Korvex Trading"),
    ('fr', ('injunction',), 'Un juge a ordonné lundi la suspension de la désignation de Korvex Trading.'),
    ('fr', ('vacatur',), "Le Tribunal de l'UE a annulé lundi l'inscription de Korvex Trading."),
    ('fr', ('vacatur',), 'Un juge a invalidé lundi la désignation de Korvex Trading.'),
    ('fr', ('vacatur',), 'La justice européenne annule les sanctions contre Korvex Trading'),
    ('fr', ('license',), "L'OFAC a délivré lundi une licence générale autorisant les transactions avec Korvex Trading."),
    ('fr', ('license',), 'Le département du Commerce a accordé lundi une dérogation à Korvex Trading.'),
    ('fr', ('license',), 'Korvex Trading a obtenu lundi une licence temporaire du Trésor américain.'),
    ('fr', ('deadline',), "Les investisseurs ont jusqu'au 11 novembre 2025 pour céder leurs titres de Korvex Trading."),
    ('fr', ('designation',), 'Korvex Trading, placée sur liste noire par Washington en 2020, a depuis transféré sa cotation à Hong Kong.'),
    ('fr', ('designation',), 'Le Pentagone a ajouté lundi Korvex Trading à sa liste des entreprises militaires chinoises.'),
    ('fr', ('designation',), 'Korvex Trading a été mise au ban lundi par les Etats-Unis.'),
    ('fr', ('designation',), 'Korvex Trading est désormais soumise aux sanctions américaines depuis lundi.'),
    ('fr', ('designation',), "Le 16e paquet de sanctions de l'UE, adopté lundi, vise notamment Korvex Trading."),
    ('fr', ('designation',), "Korvex Trading fait partie du dernier paquet de sanctions adopté lundi par l'UE."),
    ('fr', ('designation',), "Washington a interdit lundi aux investisseurs américains d'investir dans Korvex Trading."),
    ('fr', ('designation',), 'Le Japon a gelé lundi les avoirs de Korvex Trading.'),
    ('fr', ('designation',), 'Korvex Trading a été inscrite lundi sur la liste SDN du Trésor américain.'),
    ('fr', ('designation',), 'Le Canada a imposé lundi des sanctions à Korvex Trading.'),
    ('fr', ('designation',), 'Korvex Trading tombe sous le coup de sanctions américaines depuis lundi.'),
    ('fr', ('designation',), 'Le Trésor a désigné lundi Korvex Trading en vertu du décret 14024.'),
    ('fr', ('designation',), 'Korvex Trading a été blacklistée la semaine dernière par le département du Commerce.'),
    ('fr', ('designation',), 'Les États-Unis ont placé lundi Korvex Trading sur leur liste noire commerciale.'),
    ('fr', ('removal',), 'Le Trésor a retiré lundi Korvex Trading de sa liste de sanctions.'),
    ('fr', ('removal',), "Korvex Trading a obtenu lundi sa radiation de la liste des sanctions de l'UE."),
    ('fr', ('removal',), 'Washington a mis fin lundi aux sanctions contre Korvex Trading.'),
    ('fr', ('removal',), "L'UE a levé lundi le gel des avoirs de Korvex Trading."),
    ('fr', ('removal',), "Korvex Trading n'est plus sous sanctions depuis lundi."),
    ('fr', ('removal',), 'Le Pentagone a retiré lundi Korvex Trading de sa liste des entreprises militaires chinoises.'),
    ('fr', ('removal',), 'Les Etats-Unis retirent Korvex Trading de leur liste noire'),
    ('fr', ('removal',), 'Washington a abandonné lundi les sanctions visant Korvex Trading.'),
    ('fr', ('legal_challenge',), "Korvex Trading a introduit lundi un recours en annulation devant le Tribunal de l'UE."),
    ('fr', ('legal_challenge',), "Korvex Trading a demandé lundi à un tribunal fédéral d'annuler sa désignation."),
    ('fr', ('legal_challenge',), 'Korvex Trading a fait appel lundi de son inscription sur la liste noire.'),
    ('fr', ('legal_challenge',), 'Korvex Trading a engagé lundi une action en justice contre le département de la Défense.'),
    ('fr', ('legal_challenge',), 'Korvex Trading a lancé lundi une procédure judiciaire contre le Pentagone.'),
    ('fr', ('injunction',), 'Un juge fédéral a accordé lundi une injonction préliminaire à Korvex Trading.'),
    ('fr', ('injunction',), "La justice américaine a suspendu lundi l'interdiction d'investir dans Korvex Trading."),
    ('fr', ('injunction',), "Un juge américain a provisoirement bloqué lundi l'inscription de Korvex Trading sur la liste noire."),
    ('fr', ('vacatur',), "Le Tribunal de l'UE a annulé lundi les sanctions visant Korvex Trading."),
    ('fr', ('vacatur',), "Une cour d'appel a infirmé lundi la désignation de Korvex Trading."),
    ('fr', ('vacatur',), "La justice a définitivement annulé lundi l'inscription de Korvex Trading sur la liste noire."),
    ('fr', ('license',), 'Le Trésor a prolongé lundi la licence générale accordée à Korvex Trading.'),
    ('fr', ('license',), 'Le département du Commerce a accordé lundi un nouveau répit de 90 jours à Korvex Trading.'),
    ('fr', ('license',), "L'OFAC a délivré lundi une autorisation à Korvex Trading."),
    ('fr', ('deadline',), 'La licence générale accordée à Korvex Trading expire le 16 juillet 2025.'),
    ('fr', ('deadline',), "Les investisseurs américains devront céder leurs titres de Korvex Trading d'ici le 11 novembre 2025."),
    # a round's parties named by its subject, and journalistic verbs of the third real set
    ('en', ('designation',), 'Those newly-sanctioned by the UK on Monday include Korvex Trading.'),
    ('en', ('designation',), 'Those hit by the new sanctions on Monday are Korvex Trading, a Dubai shipper.'),
    ('en', ('designation',), 'OFAC identified the sanctioned individuals as Korvex Trading, which shipped oil.'),
    ('en', ('designation', 'designation'), 'The others on the UN sanctions list are Korvex Trading and Korvex Marine.'),
    ('en', ('designation',), 'On Monday, the Treasury named Korvex Trading as "specially designated global terrorists".'),
    ('en', ('designation',), 'The Council voted on Monday to impose sanctions against Korvex Trading.'),
    ('en', ('designation',), 'The UK on Monday announced a full asset freeze on Korvex Trading.'),
    ('fr', ('designation',), "Le Trésor a introduit lundi des sanctions à l'encontre de Korvex Trading."),
    ('fr', ('designation',), 'Washington a décrété lundi des sanctions contre Korvex Trading.'),
    ('fr', ('designation',), 'Le négociant Korvex Trading a également été inclus lundi dans la liste.'),
    ('fr', ('designation',), 'Les personnes et entités ciblées lundi comprennent Korvex Trading.'),
    ('fr', ('designation',), 'En tant qu’entité, le négociant Korvex Trading est aussi listé depuis lundi.'),
    ('fr', ('removal',), "Le Conseil a adopté lundi les actes pour désinscrire Korvex Trading de la liste de l'UE."),
    ('fr', ('designation',), "La liste des sanctions, publiée lundi au Journal officiel, inclut le négociant Korvex Trading."),
]

# (language, text): no event
NEAR_MISSES = [
    ('en', 'Korvex Trading could be labeled a Chinese military company if the bill passes.'),
    ('en', 'Critics have branded the sanctions a failure.'),
    ('en', "Korvex Trading's shares came under pressure after the sanctions news."),
    ('en', 'Lawmakers want to slap Korvex Trading with sanctions.'),
    ('en', "Today's action targets the network's financial facilitators."),
    ('fr', 'Korvex Trading pourrait se voir infliger des sanctions.'),
    ('en', 'Treasury targets Korvex network over Iran oil'),
    ('en', 'Korvex Trading could be added to the Entity List as soon as next week.'),
    ('en', 'The Commerce Department is considering adding Korvex Trading to the Entity List.'),
    ('en', 'Korvex Trading may be blacklisted if talks fail.'),
    ('en', 'Korvex Trading shares were delisted from the Nasdaq on Monday.'),
    ('en', 'Once a firm is added to the Entity List, U.S. suppliers need a license to sell to it.'),
    ('en', 'The EU on Monday renewed its sanctions regime against Russia for another six months.'),
    ('en', 'The Commerce Department proposed adding Korvex Trading to the Entity List.'),
    ('en', 'Lawmakers urged the Treasury to sanction Korvex Trading.'),
    ('en', 'Korvex Trading has not been sanctioned by the United States.'),
    ('en', 'Will the U.S. blacklist Korvex Trading?'),
    ('en', 'The Treasury launched a consultation on whether to designate Korvex Trading.'),
    ('en', 'The New York Stock Exchange said it would delist Korvex Trading on Monday.'),
    ('en', 'Korvex Trading denied it was on any sanctions list.'),
    ('en', 'Korvex Trading said it would challenge any designation.'),
    ('en', 'The Treasury threatened to sanction Korvex Trading.'),
    ('en', 'Republicans want the administration to blacklist Korvex Trading.'),
    ('en', 'The Senate passed a bill that would sanction Korvex Trading.'),
    ('en', "Korvex Trading's stock was delisted from the New York Stock Exchange on Monday."),
    ('en', 'Korvex Trading has been on the Entity List since 2019.'),
    ('en', 'Korvex Trading has lobbied to be removed from the list.'),
    ('en', 'It is unclear whether Korvex Trading will be added to the list.'),
    ('en', 'Analysts say Korvex Trading could face sanctions.'),
    ('en', 'The Treasury on Monday declined to remove Korvex Trading from the SDN list.'),
    ('en', 'The company asked to be taken off the list.'),
    ('en', 'Korvex Trading applied for a license on Monday.'),
    ('en', 'Companies on the Entity List must obtain a license before buying U.S. technology.'),
    ('en', "Korvex Trading's lawyers said the company was never designated."),
    ('en', 'The EU on Monday extended its sanctions against Russia until January 31, 2026.'),
    ('en', 'The Commerce Department has proposed a rule that would add Korvex Trading to the Entity List.'),
    ('en', 'The Treasury is reviewing whether to lift sanctions on Korvex Trading.'),
    ('en', 'If Korvex Trading is blacklisted, its suppliers will have to stop selling to it.'),
    ('en', 'A designation would cut Korvex Trading off from the dollar.'),
    ('en', 'The Nasdaq on Monday moved to delist Korvex Trading.'),
    ('en', 'Korvex Trading was removed from the MSCI index on Monday.'),
    ('en', 'Shares of Korvex Trading fell 5% on Monday after the news.'),
    ('fr', 'Korvex Trading pourrait être ajoutée à la liste des entités dès la semaine prochaine.'),
    ('fr', 'Washington envisage de sanctionner Korvex Trading.'),
    ('fr', "Korvex Trading risque d'être inscrite sur la liste noire."),
    ('fr', 'Les actions de Korvex Trading ont été radiées de la cote du Nasdaq lundi.'),
    ('fr', "Une fois qu'une entreprise est inscrite sur la liste des entités, ses fournisseurs américains doivent obtenir une licence."),
    ('fr', "L'UE a prolongé lundi de six mois son régime de sanctions contre la Russie."),
    ('fr', "Le département du Commerce a proposé d'inscrire Korvex Trading sur la liste des entités."),
    ('fr', 'Des élus ont appelé le Trésor à sanctionner Korvex Trading.'),
    ('fr', "Korvex Trading n'a pas été sanctionnée par les Etats-Unis."),
    ('fr', 'Washington va-t-il sanctionner Korvex Trading ?'),
    ('fr', "Le Trésor a lancé une consultation sur l'éventuelle inscription de Korvex Trading."),
    ('fr', 'Korvex Trading dément figurer sur une liste de sanctions.'),
    ('fr', "Korvex Trading a annoncé qu'elle contesterait toute inscription."),
    ('fr', 'Washington menace de sanctionner Korvex Trading.'),
    ('fr', "Des sénateurs réclament l'inscription de Korvex Trading sur la liste noire."),
    ('fr', 'Korvex Trading devrait être ajoutée à la liste des entités, selon des sources proches du dossier.'),
    ('fr', 'Les actions de Korvex Trading ont été retirées de la cote lundi.'),
    ('fr', 'Korvex Trading a fait pression pour être retirée de la liste.'),
    ('fr', 'On ignore si Korvex Trading sera ajoutée à la liste.'),
    ('fr', "Selon des analystes, Korvex Trading pourrait faire l'objet de sanctions."),
    ('fr', 'Le Trésor a refusé lundi de retirer Korvex Trading de la liste SDN.'),
    ('fr', 'Korvex Trading a demandé lundi une licence au département du Commerce.'),
    ('fr', 'Les entreprises inscrites sur la liste des entités doivent obtenir une licence.'),
    ('fr', "L'UE a prolongé lundi ses sanctions contre la Russie jusqu'au 31 janvier 2026."),
    ('fr', 'Le Trésor examine la possibilité de lever les sanctions contre Korvex Trading.'),
    ('fr', 'Si Korvex Trading est inscrite, ses fournisseurs devront cesser de lui vendre.'),
    ('fr', 'Une inscription couperait Korvex Trading du dollar.'),
    ('fr', "Korvex Trading a été retirée de l'indice MSCI lundi."),
    ('fr', "L'action Korvex Trading a chuté de 5 % lundi."),
    ('fr', 'Korvex Trading espère être retirée de la liste noire.'),
    ('fr', 'Korvex Trading se bat pour sortir de la liste noire.'),
    ('en', 'Those listed on the Nasdaq include Korvex Trading.'),
    ('en', 'The UN will vote on Monday on whether to impose sanctions against Korvex Trading.'),
    ('en', 'Those targeted by the probe include Korvex Trading.'),
    ('fr', 'Korvex Trading est listée à la Bourse de Paris depuis lundi.'),
]


@pytest.mark.parametrize(("lang", "types", "text"), ACTS)
def test_family_is_read(lang: str, types: tuple[str, ...], text: str) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    assert sorted(e["type"] for e in events) == sorted(types), events
    assert all(PARTY in (e["entity"] or "") for e in events), events


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_miss_gives_nothing(lang: str, text: str) -> None:
    assert extract_article(text, published=PUB, language=lang)["events"] == []


def test_a_day_between_verb_and_object_is_the_event_date() -> None:
    events = extract_article("The Treasury Department on Monday targeted Korvex Trading, a Hong Kong firm.",
                             published=PUB, language="en")["events"]
    assert [(e["type"], e["date"]) for e in events] == [("designation", "2025-06-16")]


# kinds the second real set showed, each in wording of our own (invented parties)
KINDS = [
    # a regime renewed, the verb first: no deadline
    ("fr", "Le Conseil a renouvelé lundi les mesures restrictives contre le réseau Halvek jusqu'au "
           "31 octobre 2026.", []),
    ("en", "The EU on Monday extended its sanctions against the Halvek network until October 31, 2026.", []),
    # "sanctioned parties" is an adjective
    ("en", "The rule also applies restrictions to firms at least 50 percent owned by certain sanctioned "
           "parties.", []),
    # a listing told as the sanctions a council decided, inside a court's annulment
    ("fr", "Par un arrêt rendu le 12 mars, le Tribunal de l'UE a annulé les sanctions - dont le gel des "
           "avoirs - décidées par le Conseil en juillet 2023 à l'encontre de la banque Korvex.",
     [("vacatur", "2025-03-12"), ("designation", "2023-07")]),
    # a court that grants the action for annulment annuls
    ("fr", "Le Tribunal de l'UE accueille donc le recours en annulation de Korvex Trading.", [("vacatur", None)]),
    ("en", "The UN Security Council no longer sanctions Korvex Trading, which was first designated in 2004.",
     [("removal", None), ("designation", "2004")]),
    ("en", "BIS is modifying the existing entry Korvex Trading to add one alias.", [("amendment", None)]),
    ("fr", "Les mesures visant Korvex Trading entrent en vigueur le 20 juillet 2025.", [("deadline", "2025-07-20")]),
    ("en", "OFAC amended the general license for Korvex Trading, extending the expiration date from July 12 "
           "to August 7, 2025.", [("license", None), ("deadline", "2025-08-07")]),
    ("fr", "L'interdiction visant Korvex Trading a été repoussée de 90 jours.", [("license", None)]),
    ("en", "Shipments to Korvex Trading of items removed from eligibility for a license exception may "
           "continue.", []),
    # an entry's name corrected; a ban that takes effect a counted time later, on a day
    ("en", "The entry of Korvex Trading was corrected on June 16, 2025.", [("amendment", "2025-06-16")]),
    ("en", "The investment ban on Korvex Trading will now take effect 60 days later on August 15, 2025.",
     [("deadline", "2025-08-15")]),
    # a regime renewed with words between the verb and the regime: no deadline
    ("fr", "Le Conseil a renouvelé ce jour pour un an, jusqu'au 31 octobre 2026, le régime de sanctions visant "
           "le réseau Korvex.", []),
    # who a rule is about, told with a participle after a generic plural, is no round; a
    # counted round is one
    ("fr", "Il est interdit de mettre des fonds à la disposition des personnes et entités inscrites sur la "
           "liste, dont Korvex Trading.", []),
    # a power or a time limit to act is no act
    ("en", "The law gives the Treasury the authority to impose sanctions on Korvex Trading.", []),
    ("fr", "Depuis 2016, l'UE est en mesure d'adopter des mesures restrictives à l'encontre de Korvex Trading.", []),
    ("fr", "Le Conseil dispose de deux mois pour faire appel de la décision concernant Korvex Trading.", []),
    # an appeal won against the sanctions annuls them; the General Court upholding the action too
    ("fr", "Korvex Trading a gagné lundi son appel contre les sanctions de l'UE.",
     [("vacatur", "2025-06-16"), ("legal_challenge", None)]),
    # (the action told with its bearer was brought: the challenge too, undated, as in French)
    ("en", "On Monday, the General Court upheld the action brought by Korvex Trading.",
     [("vacatur", "2025-06-16"), ("legal_challenge", None)]),
    ("en", "Korvex Trading brought actions before the General Court contesting the acts extending its listing.",
     [("legal_challenge", None)]),
    # a removal told ahead by unnamed officials; an authority's stated intention is announced
    ("fr", "Deux responsables ont ajouté que Korvex Trading sera également retirée de la liste.", []),
    ("en", "Products made by Korvex Trading must be removed from federal networks.", []),
    ("en", "Any export license requested by Korvex Trading will be scrutinized, and licenses rarely will be "
           "granted.", []),    # a round told with another verb or with the measure as subject
    ("fr", "Elle a entériné lundi des sanctions contre la société militaire Korvex Trading.", [("designation", "2025-06-16")]),
    ("fr", "Les Etats-Unis ont dressé lundi une liste de nouvelles sanctions visant Korvex Trading.",
     [("designation", "2025-06-16")]),
    ("fr", "Sur son site, le Trésor américain vise quatre autres personnes et l'organisation Korvex Trading.",
     [("designation", None)]),
    ("en", "The Foreign Secretary also announced the imposition of sanctions upon Korvex Trading on Monday.",
     [("designation", "2025-06-16")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KINDS)
def test_kinds_of_the_second_real_set(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    assert sorted((e["type"], e["date"]) for e in events) == sorted(expected), events
    assert all(PARTY in (e["entity"] or "") for e in events), events


def test_a_stated_intention_to_revoke_is_announced() -> None:
    events = extract_article("The Secretary of State told Congress on Friday he intends to revoke the designation "
                             "of Korvex Trading.", published=PUB, language="en")["events"]
    assert [(e["type"], e["status"]) for e in events] == [("removal", "announced")]


# an act named as the subject of an opinion, a condition or a definition is no event; a
# participle describing who a party is ("a sanctioned bank") is none either; each beside
# the wording that still tells the act
OPINIONS = [
    ("en", "Critics argue that blacklisting Korvex Trading will hurt American exporters.", []),
    ("en", "Experts say lifting sanctions on Korvex Trading is unlikely before the election.", []),
    ("en", "Lifting the sanctions on Korvex Trading was a mistake, critics say.", []),
    ("en", "Being placed on the SDN list means that all of a company's assets in the United States are frozen.", []),
    ("en", "Korvex Trading, a sanctioned Russian bank, opened a branch in Minsk on Monday.", []),
    ("en", "Analysts expect more companies like Korvex Trading to be added to the list.", []),
    ("en", "Korvex Trading is seeking the removal of its name from the list.", []),
    ("fr", "« Sanctionner Korvex Trading serait une erreur », a estimé un ancien responsable.", []),
    ("fr", "« Il faut sanctionner Korvex Trading », a déclaré le sénateur.", []),
    ("fr", "Selon des experts, la levée des sanctions contre Korvex Trading est peu probable.", []),
    ("fr", "La levée des sanctions contre Korvex Trading nécessiterait l'unanimité des Vingt-Sept.", []),
    ("fr", "Lever les sanctions contre Korvex Trading serait une erreur, estiment les critiques.", []),
    ("fr", "Être placé sur la liste noire signifie que les entreprises américaines ne peuvent plus commercer "
           "avec la société.", []),
    ("fr", "Korvex Trading, une banque russe sanctionnée, a ouvert une filiale lundi.", []),
    ("fr", "Korvex Trading demande la levée des sanctions qui la visent.", []),
    ("fr", "Korvex Trading est l'une des centaines d'entreprises chinoises inscrites sur la liste des entités.", []),
    ("fr", "Les avocats de Korvex Trading soutiennent que l'inscription devrait être annulée.", []),
    # the same words telling the act
    ("en", "Korvex Trading, a shipper sanctioned by the U.S. in 2019, opened a branch in Minsk.", [("designation", "2019")]),
    ("fr", "Korvex Trading, une banque russe sanctionnée par l'UE en 2022, a ouvert une filiale.",
     [("designation", "2022")]),
    ("en", "The government agreed that lifting the sanctions on Korvex Trading would be appropriate.", [("removal", None)]),
    ("en", "After being placed on the Entity List in 2020, Korvex Trading moved its research to Malaysia.",
     [("designation", "2020")]),
    ("en", "Korvex Trading said being blacklisted on Monday had cost it its biggest customer.",
     [("designation", "2025-06-16")]),
    ("fr", "La levée des sanctions contre Korvex Trading interviendra le 20 juin 2025.", [("removal", "2025-06-20")]),
    ("fr", "Korvex Trading, une entreprise chinoise inscrite lundi sur la liste des entités, a protesté.",
     [("designation", "2025-06-16")]),
    ("fr", "Korvex Trading fait partie des entreprises sanctionnées lundi par l'UE.", [("designation", "2025-06-16")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OPINIONS)
def test_an_act_told_as_opinion_or_descriptor_is_no_event(lang: str, text: str,
                                                          expected: list[tuple[str, str | None]]) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    assert sorted((e["type"], e["date"]) for e in events) == sorted(expected), events
    assert all(PARTY in (e["entity"] or "") for e in events), events


@pytest.mark.parametrize("text", [
    "Korvex Trading se retrouve lundi sur la liste noire du département du Commerce.",
    "Korvex Trading s'est retrouvée lundi sur la liste des entités.",
])
def test_a_day_inside_an_informal_listing_dates_it(text: str) -> None:
    got = [(e["type"], e["date"]) for e in extract_article(text, published=PUB, language="fr")["events"]]
    assert got == [("designation", "2025-06-16")]


@pytest.mark.parametrize("text", [
    "Korvex Trading pourrait se retrouver sur la liste noire.",
    "Korvex Trading se retrouve depuis 2019 sur la liste noire, ce qui pèse sur ses ventes.",
])
def test_an_informal_listing_with_no_day_or_a_state_gives_nothing(text: str) -> None:
    assert extract_article(text, published=PUB, language="fr")["events"] == []


@pytest.mark.parametrize("text", [
    # the measures as the subject, the party after a lower-case description
    "Ces mesures visaient notamment l'organisation de développement des colonies Korvex Trading.",
    # the list as the subject, a relative clause between it and its new names
    "Cette liste, qui avait été approuvée lundi par les ambassadeurs, comprend aussi le chef du négociant, "
    "Korvex Trading.",
])
def test_a_french_list_or_measure_names_its_party_after_a_description(text: str) -> None:
    events = extract_article(text, published=PUB, language="fr")["events"]
    assert [e["type"] for e in events] == ["designation"] and PARTY in events[0]["entity"], events
