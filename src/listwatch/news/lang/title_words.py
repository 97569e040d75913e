"""The common words a heading, a rule's or a document's title is written with, capitalised.

A title in capitals ("Export Controls Update", "Annual Sanctions Review", « Mesures
Restrictives ») is made of the language's common nouns and adjectives: the words of a
subject, a document, a section of a site or a policy. A company's, a body's or a group's
name has at least one word of its own (a coined word, a family's name, a place's), or an
institution's head noun ("Group", "Committee", "Fund") or a legal form. One table per
language; the words are compared capitalised.
"""

from __future__ import annotations

TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        # a subject's or a policy's nouns
        "Export Exports Import Imports Control Controls Sanction Sanctions Compliance Guidance Guide Guidelines "
        "Policy Policies Measures Restrictions Restriction Regime Regimes Designation Designations Delisting "
        "Delistings Listing Listings Removal Removals List Lists Entity Entities Persons Individuals Rule Rules "
        "Verification Screening Enforcement Action Actions Case Cases Law Laws Rights Human Humanitarian "
        "Respect Democracy Accountability Corruption Crime Crimes Laundering Money Terrorism Terrorist "
        "Terrorists Proliferation Security Stability Peace War Wars Crisis Conflict Aggression Invasion "
        "Elites Base Industry Industries Sector Sectors Supply Chain Chains Labor Labour Forced Prevention "
        "Product Products Item Items Goods Technology Use End End-Use User Users Operation Operations "
        "Continued Existing Equipment Standards Standard Development Cooperation Relations Platform "
        "Transactions Dealings Assets Property Investment Investors Ownership Trade Commerce Economy Markets "
        "Market Business Government Governance Politics Affairs Diplomacy Region Regions World Climate "
        "Environment Health Science Tech Lifestyle Culture Sport Sports Fraud Bribery Anti Counter "
        "Counterterrorism Narcotics Trafficking Smuggling Weapons Mass Destruction Nuclear Ballistic Cyber "
        "Cybersecurity Ransomware Evasion Circumvention Diversion Risk Risks Due Diligence Practice Practices "
        "Trends Challenges Issues Questions Answers Implications Impact Changes Amendments Expansion Extension "
        "Relief Licensing Points Steps Lessons Things Facts Timeline Explainer Factbox Podcast Podcasts Events "
        "Jobs Contact Privacy Cookies Terms Subscribe Login Search Menu Share Print Comments Related More Read "
        "Also Latest Breaking Exclusive Live Trending Popular "
        # a document's, a report's or a site's section
        "Update Updates Review Report Reports Overview Summary Analysis Insight Insights News Alert Alerts "
        "Briefing Brief Bulletin Newsletter Advisory Notice Notices Statement Statements Release Releases "
        "Background Context Introduction Conclusion Conclusions Takeaways Highlights Developments Outlook "
        "Opinion Editorial Commentary Feature Features Topics Resources Publications Articles Stories "
        "Headlines Home Section Category Archive Video Videos Photos".split()
    ),
    "fr": tuple(
        "Mesure Mesures Sanction Sanctions Politique Politiques Économie Economie "
        "Actualité Actualités Actu Monde "
        "Crise Guerre Conflit Sécurité Paix Droits Homme Humains Justice Commerce Extérieur Marchés Finance "
        "Bilan Analyse Dossier Dossiers Enquête Opinion Tribune Éditorial Editorial Chronique Revue Rapport "
        "Entreprises Industrie Diplomatie Défense Société Culture Sport Santé Planète "
        "Idées Débats Vidéo Vidéos Une Lire Aussi Voir Partager Commentaires Pays Continent Contrôle Contrôles "
        "Exportations Exportation Importations Conformité Orientations Lignes Directrices Mesures Embargo "
        "Note Notes Alerte Bulletin Infos Info Nouvelles Dernières Régions Liste Listes Gel Avoirs Terrorisme "
        "Lutte Blanchiment Régime Régimes Radiation Radiations Inscription Inscriptions Désignation "
        "Désignations Mise Jour Point Synthèse".split()
    ),
}
# the adjectives such titles take: a title holds a noun of ``TITLE_WORDS`` besides ("Global
# International" is no title)
TITLE_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "en": tuple(
        "Annual Quarterly Monthly Weekly Daily Key Major Recent Latest New Further Additional Final Interim "
        "Global International National Foreign Domestic Direct Restrictive Economic Financial Legal "
        "Regulatory Political Military Civil Criminal Industrial Universal Unitary Continued Existing "
        "Secondary Primary Targeted Sectoral Comprehensive Special General Public Private Certain".split()
    ),
    "fr": tuple(
        "Restrictive Restrictives Économique Economique Économiques Economiques International Internationale "
        "Internationales Annuel Annuelle Nationale National Étranger Étrangère Étrangères Etrangère Etrangères "
        "Humanitaire Humanitaires Ukrainienne Ukrainien Russe Européenne Européen Américaine Américain "
        "Africaine Africain".split()
    ),
}
