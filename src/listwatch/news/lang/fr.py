"""French rule pack."""

from __future__ import annotations

from . import common as c
from .base import DatePattern, LangPack, Trigger
from .court_verdicts import side_triggers, verdict_triggers
from .decided_acts import decided_triggers
from .group_acts import group_pick_triggers
from .lapse_acts import lapse_triggers
from .listing_forms import listing_form_triggers
from .relief_acts import relief_triggers
from .undoing_acts import undoing_triggers

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9,
    "oct": 10, "nov": 11, "déc": 12,
}
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}
# the weekday names as one regex alternation, for the triggers that let a day sit inside them
_WEEKDAY = "|".join(WEEKDAYS)
_D = r"(?P<d>1er|\d{1,2})"
DATES = (
    DatePattern(r"\b(?:le|ce|du)\s+même\s+jour\b|\ble\s+jour\s+même\b", "same_day"),
    DatePattern(r"\b(?P<m>{MONTH})\s+(?:de\s+)?(?P<ref>la\s+même\s+année|cette\s+année-là|l['’]année\s+(?:suivante|précédente|dernière|passée|d['’]après|d['’]avant)|l['’]an\s+(?:dernier|passé))\b", "ref_year"),
    DatePattern(r"\b(?:la\s+même\s+année|cette\s+année-là|l['’]année\s+(?P<ref>suivante|précédente|d['’]après|d['’]avant))\b", "that_year"),
    DatePattern(r"\b(?P<d>\d{1,2})[/.](?P<mn>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b"),
    # des jours comptés depuis la date précédente de l'article : "le lendemain", "la veille"
    # (pas "la veille du sommet", "au lendemain de l'invasion"), "deux jours plus tard"
    DatePattern(r"\b(?:le|au)\s+(?P<dir>lendemain)\b(?!\s+(?:de|du|des|d['’]))|\bla\s+(?P<dir2>veille)\b(?!\s+(?:de|du|des|d['’]))|\ble\s+jour\s+(?P<dir3>suivant|précédent)\b", "day_offset"),
    DatePattern(r"\ble\s+(?P<wd>{WEEKDAY})\s+(?P<dir>suivant|précédent|d['’]après|d['’]avant)\b", "ref_weekday"),
    DatePattern(r"\b(?P<n>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|\d{1,2})\s+(?P<unit>jours?|semaines?)\s+(?P<dir>plus\s+tard|après|plus\s+tôt|auparavant)\b(?!\s+(?:le|la|les|l['’]|sa|son|ses|leur|leurs|que|qu['’]))", "day_offset"),
    # une partie d'une année est cette année-là : "mi-2020", "à la fin de 2020", "au premier semestre 2020"
    DatePattern(r"\b(?:mi-\s?|(?:à\s+la\s+|en\s+)(?:fin|début|mi)\s+(?:de\s+|d['’])?(?:l['’]année\s+)?|au\s+(?:premier|second|deuxième)\s+semestre\s+(?:de\s+)?|au\s+(?:premier|deuxième|troisième|quatrième)\s+trimestre\s+(?:de\s+)?)(?P<y>(?:19|20)\d\d)\b", "year"),
    # une saison d'une année est cette année-là
    DatePattern(r"\b(?:(?:à\s+l['’]|de\s+l['’]|l['’]|cet\s+)été|(?:au\s+|du\s+|ce\s+)printemps|(?:à\s+l['’]|en\s+|de\s+l['’]|l['’]|cet\s+)(?:automne|hiver))\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b", "year"),
    DatePattern(rf"\b{_D}\s+(?P<m>{{MONTH}})\.?\s+(?P<y>(?:19|20)\d\d)\b"),
    DatePattern(r"\b(?P<m>{MONTH})\.?\s+(?P<y>(?:19|20)\d\d)\b"),
    DatePattern(rf"\b{_D}\s+(?P<m>{{MONTH}})\b(?:\s+(?P<mod>dernier|prochain))?"),
    DatePattern(
        r"\b(?:en|depuis|dès|début|fin|mi-|courant|d['’]ici|jusqu['’]en|avant|au\s+mois\s+de|le\s+mois\s+de)\s*"
        r"(?P<m>{MONTH})\b(?:\s+(?P<mod>dernier|prochain))?",
        precision="month",
    ),
    DatePattern(r"\b(?P<m>{MONTH})\s+(?P<mod>dernier|prochain)\b", precision="month"),
    DatePattern(r"\b(?:(?:derniers|premiers)\s+jours|(?:fin|début|milieu)|courant)\s+(?:du\s+mois\s+)?(?:de\s+|d['’])(?P<m>{MONTH})\b", precision="month"),
    DatePattern(r"\ble\s+mois\s+(?P<ref>suivant|d['’]après|précédent|d['’]avant)\b", "month_offset"),
    DatePattern(r"\bdans\s+la\s+foulée\b", "same_month"),
    # le mois de l'acte qui vient d'être dit : « à la fin du même mois », « plus tard dans le mois »
    DatePattern(r"\b(?:(?:à\s+la\s+fin|au\s+début|à\s+la\s+mi-?|vers\s+la\s+fin)\s+du\s+même\s+mois|(?:le|ce|au\s+cours\s+du|dans\s+le)\s+même\s+mois|"
                r"plus\s+tard\s+dans\s+le\s+mois|plus\s+tard\s+ce\s+mois-là|ce\s+mois-là)\b", "same_month"),
    DatePattern(r"\bil\s+y\s+a\s+(?P<n>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|\d{1,2})\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\b", "ago"),
    DatePattern(r"\b(?P<n>un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,2})\s+mois\s+(?P<dir>plus\s+tard|après|plus\s+tôt|auparavant)\b", "month_offset"),
    DatePattern(r"\b(?P<n>un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,2})\s+(?:ans?|années?)\s+(?P<dir>plus\s+tard|après|plus\s+tôt|auparavant)\b(?!\s+(?:le|la|les|l['’]|sa|son|ses|leur|leurs|que|qu['’]))", "year_offset"),
    DatePattern(r"\b(?:(?:début|fin|milieu|courant|cours)\s+du\s+|(?:début|fin|mi-)\s*|le\s+)mois\s+(?:dernier|passé)\b", "last_month"),
    DatePattern(r"\b(?:plus\s+tôt\s+|au\s+début\s+de\s+|en\s+début\s+de\s+)?ce\s+mois(?:-ci)?\b|\b(?:au|en)\s+(?:début|cours)\s+du\s+mois\b(?!\s+(?:de|d['’]|prochain|suivant|précédent))"
                r"|\ben\s+(?:début|milieu)\s+de\s+mois\b", "this_month"),
    DatePattern(r"\b(?:au|en)\s+(?:début|cours)\s+de\s+l['’]année\s+(?:dernière|passée)\b|\b(?:à\s+la\s+|en\s+)fin\s+(?:de\s+)?l['’]année\s+(?:dernière|passée)\b", "last_year"),
    DatePattern(r"\b(?:plus\s+tôt\s+)?cette\s+année\b|\ben\s+début\s+d['’]année\b|\b(?:au|en)\s+(?:début|cours)\s+de\s+l['’]année\b(?!\s+(?:dernière|passée|précédente|suivante))", "this_year"),
    DatePattern(r"\bl['’](?:an|année)\s+(?:dernier|dernière|passé|passée|précédente)\b", "last_year"),
    DatePattern(r"\b(?:(?:en\s+)?(?:fin|début)\s+de\s+)?la\s+semaine\s+(?:dernière|passée)\b|\ben\s+(?:fin|début)\s+de\s+semaine\s+(?:dernière|passée)\b", "last_week"),
    DatePattern(r"\bavant-hier\b", "day_before_yesterday"),
    DatePattern(r"(?<!avant-)\bhier\b", "yesterday"),
    DatePattern(r"\b(?:plus\s+tôt\s+|en\s+début\s+de\s+)?cette\s+semaine\b", "this_week"),
    DatePattern(r"\baujourd['’]hui\b", "today"),
    # a part of the day told with "ce" is today's ("le ministère a inscrit ce soir X")
    DatePattern(r"\b(?:ce\s+matin|cet\s+après-midi|ce\s+soir)\b", "today"),
    # "a annoncé ce jour": the day of publication ("à ce jour" is "so far", "ce jour-là" another day)
    DatePattern(r"(?<!\bà\s)(?<!\bA\s)(?<!\bÀ\s)(?<!\bjusqu['’]à\s)\bce\s+jour\b(?!\s*-?\s*là)", "today"),
    # « le jeudi 18 » : un jour du mois nommé avec son jour de semaine, le mois de l'article
    DatePattern(r"\b(?:le\s+|ce\s+)?(?:{WEEKDAY})\s+(?P<d>1er|[12]?\d|3[01])\b(?![\s,]*(?:{MONTH}|\d|%|h\b|heures?|ans?\b))(?=\s*[,.;)]|\s+(?:dernier|courant|du\s+mois)\b)", "month_day"),
    DatePattern(r"\b(?P<wd>{WEEKDAY})(?:\s+(?P<mod>dernier|prochain))?\b", "weekday"),
    DatePattern(r"\b(?:en|depuis|dès|début|fin|courant|jusqu['’]en|à\s+partir\s+de|à\s+compter\s+de)\s+(?P<y>(?:19|20)\d\d)\b", "year"),
    # un jour du mois sans mois (« le 12 ») : le mois de l'article
    DatePattern(r"\ble\s+(?P<d>1er|[12]?\d|3[01])\b(?![\s,]*(?:{MONTH}|\d|%|h\b|heures?|ans?\b|juin|et\s+le|au\s+\d|-|/|\.\d))(?=\s*[,.;)]|\s+(?:dernier|courant|du\s+mois)\b)", "month_day"),
)

_FEM = r"(?:e|é|ée|és|ées)?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# what may sit between a verb and its object: a weekday, a day, an adverb ("a confirmé
# le 3 mars 2024 les sanctions", "a bloqué mardi temporairement l'interdiction")
# a list named by what it holds must hold restricted parties ("la liste des entités"), not
# suppliers or the largest firms ("la liste des 500 plus grandes entreprises")
_RESTRICTED = (r"(?!\s+(?:(?:des|de|du)\s+|d['’]\s*)(?!(?:[\w'’-]+\s+){0,2}?(?:entités|sanction\w*|personnes|ressortissants|"
               r"terror\w*|militaires?|organisations|individus|gel)))")
# (la fin d'un délai pour déposer, répondre ou commenter n'est celle d'aucune licence : « le
# délai pour répondre au recours », « la date limite des observations », une audience)
_NO_FILING_END = (r"(?![^.;]{0,40}?\b(?:commentaires?|observations|réponses?|répondre|recours|appel|candidatures?|"
                  r"audiences?|mémoires?|dépôts?|déposer|contestations?|contester)\b)")
# the court a party seizes (« a saisi le Tribunal de l'UE », « saisi la juridiction européenne »,
# « saisit le Conseil d'État », « saisi la CJUE »): a court's noun or initials, never another body
# (« saisi le Congrès », « saisi la Commission »)
_COURT_SEIZED = (r"(?:la|le|les|l['’]|un|une)\s*(?:(?:plus\s+)?(?:haute?|hautes?|suprême)\s+)?(?:justice|tribunal|tribunaux|juges?|"
                 r"juridictions?|cour|TUE|CJUE|CJCE|TPI|CEDH|Conseil\s+d['’][EÉ]tat|Conseil\s+constitutionnel)\b")
_BETWEEN = (r"(?:(?:" + _WEEKDAY + r"|aussi|également|donc|notamment|temporairement|provisoirement|hier|"
            r"la\s+semaine\s+(?:dernière|passée)|le\s+mois\s+(?:dernier|passé)|cette\s+semaine|ce\s+mois-ci|"
            r"(?:le\s+)?(?:1er|\d{1,2})\s+(?:" + _MONTH + r")(?:\s+\d{4})?|en\s+(?:" + _MONTH + r")(?:\s+\d{4})?|"
            # (the year or the manner a recall slips in: « gelé dès 2012 les fonds », « d'urgence »)
            r"(?:en|dès)\s+(?:19|20)\d{2}|(?:mi-|fin\s+|début\s+)(?:" + _MONTH + r")(?:\s+\d{4})?|"
            r"en\s+urgence|d['’]urgence|immédiatement|unilatéralement),?\s+){0,3}")
# a measure told by its content, and the tenses that tell it imposed (not the present's state)
_MEASURE = (r"(?:(?:des|de\s+nouvelles|les|ces|une?|leurs?|ses)\s+)?(?:[\w-]+\s+)?(?:sanctions|mesures\s+restrictives|"
            r"gel\s+(?:des|de\s+ses|de\s+leurs)\s+avoirs|embargo|interdictions?\s+(?:[\w-]+\s+)?(?:de\s+voyager|"
            r"d['’]entrée|de\s+territoire|de\s+séjour|de\s+visas?|de\s+transactions?))\b")
_ACT_TENSE = (r"(?:a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+|ensuite\s+)?été|"
              r"(?:sera|seront|fut|furent)(?:\s+(?:désormais|dorénavant|également|aussi))?|"
              r"(?:est|sont)\s+(?:désormais|dorénavant)")
# the measures a passive tells imposed on a party, and up to two words that qualify them
# (« ciblées », « financières ciblées », « de grande ampleur » is not one)
_PASSIVE_MEASURE = (r"(?:sanctions|mesures\s+restrictives|restrictions|gel\s+(?:des|de\s+ses|de\s+leurs)\s+avoirs|embargo|"
                    r"interdictions?\s+(?:de\s+voyager|de\s+voyage|d['’]entrée|de\s+territoire|de\s+séjour|de\s+visas?))")
_MEASURE_QUALITY = r"(?:\s+(?!(?:qui|que|dont|ont|a|sont|est|et|ainsi)\b)[a-zà-ÿ][a-zà-ÿ-]{3,}){0,2}"
# an adverb or an aside that picks some out of a round or adds to it, before a participle
# or an object (« ont notamment été », « touchera, entre autres, »)
_PICKED_OUT = (r"(?:(?:également|aussi|en\s+outre|par\s+ailleurs|enfin|notamment|en\s+particulier|entre\s+autres|"
               r"de\s+plus|déjà|surtout|principalement|nommément|\w+ment)\s*,?\s+){0,2}")
# the agent of a passive act: an authority's name, its words capitalised, a nationality's
# adjective after it (« par l'Union européenne », « par le Trésor américain », « par Londres »)
_PASSIVE_AGENT = (r"par\s+(?:le\s+|la\s+|les\s+|l['’]\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?:de\s+l['’]|du\s+|des\s+|de\s+)?"
                  r"(?-i:[A-ZÀ-Ý])[\w'’-]*|\s+(?-i:[a-zà-ÿ]+(?:éenne|éen|aine|ain|aise|ais|ienne|ien|ique|oise|ois)s?)){0,3}")
_LISTE = r"(?=[^.;]{0,80}?\b(?:liste|listes|liste\s+noire|blacklist|CCMC|SDN|annexe)\b)"
# the recipients « à » opens when they are told by their number, roughly or in full, by an
# indefinite or a possessive (« à près de 30 personnes », « à une vingtaine de responsables »,
# « à quinze entités », « à des oligarques », « à d'anciens ministres », « à son opposant X »):
# a group or a person, not a locution of « à » (« à son encontre », « à de nombreuses reprises »)
_RECIPIENT_GROUP = (r"(?:(?:près\s+de|au\s+moins|environ|quelque|plus\s+de|pas\s+moins\s+de)\s+(?:\d|[a-z])|"
                    r"une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\s+d|"
                    r"des\s+(?:dizaines|centaines|milliers)\s+d|"
                    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-\w+|"
                    r"vingt\w*|trente\w*|quarante\w*|cinquante\w*|soixante\w*|quatre-vingt\w*|cent\w*|\d+|plusieurs)\s|"
                    r"(?:des|de|d['’])\s*(?!(?:nombreuses|multiples|plusieurs)\s+reprises\b|nouveau\b)[a-zà-ÿ]|"
                    r"(?:son|sa|ses|leurs?)\s+(?!encontre\b|égard\b|tour\b|insu\b|profit\b|image\b)[a-zà-ÿ])")
TRIGGERS = (
    # désignation
    # (not the name of the list: "la liste des ressortissants spécialement désignés")
    Trigger("designation", r"(?<!spécialement\s)\bdésign(?:é|ée|és|ées|ait|aient|e|ent|er)\b"),
    # la décision de la Défense qui fait une entreprise militaire chinoise (« le Pentagone a
    # conclu que 11 entreprises étaient détenues ou contrôlées par l'armée »)
    Trigger("designation", r"\b(?:Pentagone|administration|(?:ministère|département)\s+(?:américain\s+)?de\s+la\s+Défense)\b[^.;]{0,60}?\b(?:a|ont|avait)\s+(?:\w+\s+)?(?:conclu|déterminé|établi)\b(?=\s+(?:\w+\s+)?que\s+[^.;]{1,120}?\b(?:sont|étaient|était|est)\s+(?:\w+\s+)?détenu\w*\s+ou\s+contrôlé\w*\s+par\s+l['’]armée\b)"),
    Trigger("designation", r"\b(?:qualifi|class|répertori|identifi)(?:é|ée|és|ées|ait|aient|er)\s+(?:\w+\s+){0,3}?(?:d['’]|de\s+|(?:[\w'’-]+,?\s+){0,14}?comme\s+(?:une?\s+)?)(?:entreprises?|sociétés?|entités?|organisations?|groupes?)\s+(?:militaires?|terroristes?|liées?\s+à\s+l['’]armée)\b"),
    Trigger("designation", r"\b(?:inscrit(?:e|s|es)?|inscri(?:re|vait|vaient|t|vant)|ajout(?:é|ée|és|ées|e|ent|er|ait|aient|ant)|plac(?:é|ée|és|ées|e|ent|er)|plaç(?:ait|aient|a|ant)|mis(?:e|es)?|inclu(?:s|se|ses|ent|t|re|ait|aient|ant)|rajout(?:é|ée|és|ées))\b(?!\s*(?:que|qu['’]|:|«))(?=[^.;]{0,160}?\b(?:liste|listes|liste\s+noire|blacklist|CCMC|SDN|annexe|Entity\s+List)\b)"),
    # le passif sans sa liste, comprise du contexte (« X et Y, toutes deux en Chine, ont été
    # ajoutées pour leurs liens avec ... »), comme « were added »
    Trigger("designation", r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:également\s+|aussi\s+|ensuite\s+)?(?:été\s+)?"
            r"(?:également\s+|aussi\s+)?ajouté(?:e|s|es)\b(?!\s+(?:que|qu['’]))"
            # (a complement of place is another verb's: « ajoutée lundi à l'indice MSCI »; one
            # that names a list is read by the trigger above)
            r"(?![^.;]{0,40}?(?:\b(?:au|aux|dans|sur)\b|\bà\s))", strength=0.8),
    # la série poursuivie, la liste comprise du contexte (« Plus tard, il a ajouté X et Y. »,
    # an agency told by its acronym too: « le SECO a aussi ajouté X »)
    # (the subject's institution, "déjà", and a date told as an incidental: « le ministère
    # avait ajouté, le 3 juin, X »)
    Trigger("designation", r"(?:\b(?:il|elle|ils|elles|le\s+(?:département|ministère|gouvernement|Conseil|Trésor|Commerce|Bureau)(?:\s+de\s+l['’](?:UE|Union\s+européenne))?)|(?-i:\b(?:Washington|Bruxelles|l['’](?:UE|OFAC|administration)|(?:[Ll]e|[Ll]a)\s+[A-Z]{2,6}\b|[Ll]['’][A-Z]{2,6}\b)))\s+(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|aussi\s+|également\s+|ensuite\s+|encore\s+|alors\s+|depuis\s+|déjà\s+)?(?:ajouté|rajouté)\s*"
            r"(?:,\s*(?:le\s+(?:1er|\d{1,2})\s+[a-zéû]+(?:\s+\d{4})?|(?:" + _WEEKDAY + r")|hier|en\s+[a-zéû]+(?:\s+\d{4})?)\s*,)?\s+(?=(?:la\s+société\s+|le\s+groupe\s+|l['’]entreprise\s+)?(?-i:[A-ZÀ-Ý0-9]))(?![^.;,]*\b(?:à|sur|dans|que|qu['’])\b)(?![^.;]*\b(?:à|sur|dans)\s+(?:la|sa|leur|cette|une|l['’]))", strength=0.8, needs_list=True),
    Trigger("designation", r"\bfigur(?:e|ent|ait|aient)\s+(?:[\w-]+\s+){0,3}?(?:sur|dans)\s+(?:la|cette|sa|leur)\s+(?:même\s+)?liste\b", strength=0.8),
    # the list named first, its new parties after « y » (« a étendu sa liste noire en y
    # ajoutant X », « a complété la liste et y a inscrit Y », « la liste ..., où figurent
    # désormais Z »): the list the pronoun stands for is the one just named
    Trigger("designation", r"\b(?:liste|listes|annexe)\b[^.;]{0,120}?(?P<at>\by\s+(?:(?:a|ont|avait|avaient)\s+(?:été\s+)?(?:\w+ment\s+|aussi\s+|également\s+)?)?"
            r"(?:inclu(?:ant|re|s|se|ses|t)|ajout(?:ant|er|é|ée|és|ées|e|ent|ait)|rajout(?:ant|er|é|ée|és|ées)|inscri(?:vant|re|t|te|ts|tes|vait)|"
            r"intégr(?:ant|er|é|ée|és|ées)|ins[ée]r(?:ant|er|é|ée|és|ées)|plaç?(?:ant|ait|é|ée|és|ées)))\b", strength=0.9),
    # une relative sur le nom de la liste (« ... la liste noire, où il avait été placé en
    # janvier », « la liste, sur laquelle elle a été inscrite en 2020 »)
    Trigger("designation", r"(?<=[Ll]iste, )(?:où|sur\s+laquelle|à\s+laquelle)\s+(?:il|elle|ils|elles)\s+"
                           r"(?:avait|avaient|a|ont|était|étaient)\s+(?:été\s+)?(?:d['’]abord\s+)?"
                           r"(?:placée?s?|ajoutée?s?|inscrite?s?|mise?s?)\b"),
    # les parties de la série en sujet d'une phrase qui les nomme : « Les personnes et entités
    # ciblées comprennent X », « Les sociétés sanctionnées incluent X et Y »
    Trigger("designation", r"\b(?:les|ces)\s+(?:nouvelles\s+)?(?:personnes|entités|sociétés|entreprises|individus|personnalités)(?:\s+et\s+(?:personnes|entités|sociétés|entreprises|individus))?\s+(?:nouvellement\s+)?(?:visées|ciblées|sanctionnées|désignées|inscrites|ajoutées)\s+(?:\w+\s+){0,3}?(?:comprennent|incluent|englobent)\b", strength=0.9),
    # le passif inversé qui ouvre la proposition, ses sujets après lui (« Cette fois, sont visés
    # le procureur X, ses deux adjoints, Y et Z »): l'acte du jour, dit de ceux qu'il nomme
    Trigger("designation", r"(?:^|(?<=[,:;]\s))(?:sont|ont\s+été|a\s+été|est)\s+(?:également\s+|aussi\s+|notamment\s+)?"
            r"(?:visé|sanctionné|ciblé|désigné|inscrit)(?:e|s|es)?\b"
            r"(?!\s+par\s+(?:une?|l['’]|la|le|les|des)\s*(?:enquêtes?|plaintes?|procédures?|informations?|poursuites?))"
            r"(?=\s+(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\s*)?(?:[a-zà-ÿ][\w'’-]*\s+){0,3}(?-i:[A-ZÀ-Ý]))", strength=0.8),
    Trigger("designation", r"\bvisé(?:e|s|es)?\b(?!\s+par\s+(?:une?|l['’]|la|le)\s+(?:enquête|plainte|procédure|information|poursuite))", needs_date=True, strength=0.7),
    Trigger("designation", r"\b(?:sociétés|entreprises|groupes|entités)\s+(?:\w+\s+)?(?:visées|sanctionnées|inscrites|désignées)\s+(?:\w+\s+){0,2}?(?:figurent|comptent|on\s+trouve)\b|\b(?:parmi\s+(?:les|ces)|au\s+nombre\s+des)\s+(?:\d+\s+|nouve(?:aux|lles)\s+)?(?:[\w'’-]+\s+)?[\w'’-]+s\s+(?:(?:nouvellement|ainsi|également|aussi)\s+)?(?:visée?s|visés|sanctionnée?s|sanctionnés|ciblée?s|ciblés|inscrite?s|inscrits|désignée?s|désignés)\b"
            r"(?!\s+par\s+(?:une?|l['’]|la|le|les|des)\s*(?:enquêtes?|plaintes?|procédures?|poursuites?|informations?|mandats?|"
            r"accusations?|justice|parquet))", strength=0.8),
    # "X avait été inscrite en juin 2023": a passive listing with its date, the list unsaid
    Trigger("designation", r"\b(?:a|ont|avait|avaient)\s+(?:\w+ment\s+|déjà\s+)?été\s+(?:\w+ment\s+|déjà\s+)?inscrite?s?\b", needs_date=True, strength=0.9),
    # (the measures told with a demonstrative or their rank: « ciblées par ces nouvelles
    # mesures du Conseil », « visé par les toutes dernières sanctions »)
    Trigger("designation", r"\b(?:visé|ciblé)(?:e|s|es)?\s+(?:depuis\s+(?:" + _WEEKDAY + r"|hier|le\s+\d{1,2}\s+\w+)\s+|" + _BETWEEN + r")par\s+(?:des|les|ces|cette|de\s+nouvelles)\s+"
            r"(?:(?:toutes\s+|plus\s+)?(?:nouvelles|premières|dernières|récentes)\s+)?(?:sanctions|mesures(?:\s+restrictives)?)\b"
            # (not a regime's measures, told by the country they concern: « les entités touchées
            # ou visées par ces sanctions contre la Norlandie »)
            # (nor the one the measures target told with a copula, « la personne visée par ces
            # mesures est X »: members.round_members reads it)
            r"(?!(?:\s+restrictives)?\s+(?:à\s+l['’]encontre|contre|visant|concernant|imposées|prises|est|sont|était|étaient)\b)"),
    # one more party of the same round, the subject before the verb: "Sa filiale, X, est
    # également visée", "X a lui aussi été sanctionné"
    Trigger("designation", r"\b(?:est|sont|a|ont)\s+(?:(?:elle|lui|eux|elles)[\s-]+(?:aussi|même)s?\s+|également\s+|aussi\s+)(?:été\s+)?(?:visée?s?|visés|sanctionnée?s?|sanctionnés|ciblée?s?|ciblés|inscrite?s?|inscrits|blacklistée?s?)\b(?!\s+(?:sur|à|dans)\s)(?!\s+par\s+(?:une?\s+|l['’]\s*|la\s+|le\s+)(?:enquête|plainte|procédure|information|poursuite|justice|parquet))", strength=0.9),
    # the targeted group as the subject of « sont », its members named after it (« Les
    # personnes visées sont X et Y », « Les entités ciblées par Londres sont le groupe Z et W »)
    Trigger("designation", r"\b(?:les|ces)\s+(?:nouvelles\s+|autres\s+|deux\s+|trois\s+|quatre\s+|cinq\s+|six\s+|\d+\s+)?(?:personnes|personnalités|entités|sociétés|entreprises|individus|banques|"
            r"responsables|dirigeants|cibles|compagnies|organisations)\s+(?:(?:nouvellement|ainsi)\s+)?(?:visées|visés|ciblées|ciblés|concernées|concernés|désignées|désignés)"
            # (an agent that is an act or an authority, not an inquiry, a court or a complaint)
            r"(?:\s+par\s+(?:le|la|les|l['’]|ces|cette|ce)\s*(?![^.;]{0,40}?\b(?:enquêtes?|parquet|tribunal|tribunaux|cour|justice|juges?|"
            r"procureurs?|plaintes?|procédures?|poursuites?|police|instruction)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?:sont|étaient|seront)\s+(?=(?:notamment\s+|entre\s+autres\s+)?(?:(?:le|la|les|l['’])\s*)?(?:[a-zà-ÿ'’-]+\s+){0,4}?(?-i:[A-ZÀ-Ý]))", strength=0.9),
    # « Trois fondations sont aussi concernées, dont X » : d'autres parties de la même série
    Trigger("designation", r"\b(?:est|sont|a\s+été|ont\s+été)\s+(?:également|aussi|elles?\s+aussi|eux\s+aussi)\s+concerné(?:e|s|es)?(?=\s*,\s*(?:dont|notamment|parmi\s+lesquel\w+|à\s+savoir)\b)", strength=0.9),
    # one of the parties told as a member of the targeted group (« X fait partie des
    # personnes visées », « Y compte parmi les entités ciblées », « Z figure au nombre des
    # sociétés sanctionnées »)
    Trigger("designation", r"\b(?:fai(?:t|saient|sait)|font|figur(?:e|ent|ait|aient)|compt(?:e|ent|ait|aient))\s+(?:également\s+|aussi\s+|notamment\s+)?"
            r"(?:partie\s+des|parmi\s+les|au\s+nombre\s+des)\s+(?:\d+\s+|nouve(?:aux|lles)\s+)?(?:[\w'’-]+\s+)?[\w'’-]+s\s+(?:nouvellement\s+)?"
            r"(?:visée?s|visés|ciblée?s|ciblés|désignée?s|désignés|concernée?s|concernés)\b"
            r"(?!\s+par\s+(?:une?|l['’]|la|le|les|des)\s*(?:enquêtes?|plaintes?|procédures?|poursuites?|informations?|mandats?|"
            r"accusations?|justice|parquet))", strength=0.8),
    Trigger("designation", r"\b(?:rest(?:e|ent|ait)|demeur(?:e|ent|ait))\s+(?:[\w-]+\s+){0,2}?sous\s+(?:le\s+coup\s+de(?:s)?\s+)?sanctions\b", needs_date=True, strength=0.8),
    # « blacklister » and its spellings (black-lister, black lister), every tense
    Trigger("designation", r"\bblack[\s-]?list(?:é|ée|és|ées|e|es|er|ent|ait|aient|ant|era|eront|a|èrent)\b|\bsanctionn(?:é|ée|és|ées|e|ent|er|ait|aient|a|èrent)\b"),
    Trigger("designation", r"\bblack[\s-]?listing\b|\b(?:la|sa|leur|une)\s+mise\s+(?:à\s+l['’]index|sur\s+(?:la\s+)?liste\s+noire)\b", needs_date=True, strength=0.7),
    # tournures de presse : « mis au ban », « frappé de sanctions », « gelé les avoirs de »,
    # « a pris des sanctions contre », « les sanctions ont été étendues à », « la liste comprend »
    Trigger("designation", r"\b(?:est|sont)\s+modifiée?s?\s+par\s+adjonction\b|\bpar\s+adjonction\s+de\s+ce\s+qui\s+suit\b"),
    # (the list told just before, its parties found in it: « On y retrouve notamment X »)
    Trigger("designation", r"\bon\s+y\s+(?:re)?trouv(?:e|ait)\b|\bon\s+y\s+compt(?:e|ait)\b", strength=0.8, needs_list=True),
    Trigger("designation", r"\by\s+figur(?:e|ent|ait|aient)\b|\bplac(?:é|ée|és|ées)\s+sous\s+(?:le\s+coup\s+de\s+)?(?:\w+\s+)?sanctions?\b", strength=0.9),
    Trigger("designation", r"\bmis(?:e|es)?\s+au\s+ban\b|\bfrapp(?:é|ée|és|ées)\s+(?:\w+\s+){0,3}?(?:de|d['’]|par)\s*(?:\w+\s+){0,2}(?:sanctions|mesures\s+restrictives|interdiction|embargo|gel\s+des\s+avoirs)\b|\bre-?blacklist\w*|\bréinscri(?:t|te|ts|tes|re)\b"),
    Trigger("designation", r"\b(?:gel|bloqu)(?:é|er|ait|ant|e)?\s+" + _BETWEEN + r"(?:les|des)\s+avoirs?\s+(?:de|d['’]|du|des)\b|\bimpos(?:é|er|e|ent|ait)\s+" + _BETWEEN + r"(?:un|le)\s+gel\s+des\s+avoirs\s+(?:à|au|aux)\b|\bgel\s+(?:(?:complet|total|immédiat)\s+)?des\s+(?:avoirs?|actifs|biens|fonds)\s*[\"”»]?\s+(?:de|d['’]|du|des)\b(?=\s*(?:(?:la|le|l['’])\s*(?:[a-zà-ÿ'’-]+\s+){0,4}?)?[A-ZÀ-Ý])|\bgel\s+des\s+avoirs?"
            # (another measure joined to it: « ce gel des avoirs et les interdictions de visas
            # contre »)
            r"(?:\s+et\s+(?:une?\s+|des\s+|les\s+|l['’])?interdictions?\s+(?:de\s+voyager|de\s+voyage|d['’]entrée|de\s+territoire|"
            r"de\s+séjour|de\s+visas?))?\s+(?:à\s+l['’]encontre\s+d(?:e|u|es|['’])|visant|contre)"),
    # le passif sans agent d'un acte nouveau, les parties en complément (« De nouvelles
    # sanctions ont été prises lundi contre X », « des mesures restrictives ont aussi été
    # imposées à Y ») au passé composé, les mesures indéfinies ou définies (« Les sanctions
    # ont aussi été imposées à X », « Ces mesures ont été infligées à Y »); pas celles qu'une
    # relative dit connues (« les sanctions qui avaient été imposées à X ont été levées »)
    # (the measures may be qualified and joined by another: « des sanctions économiques
    # ciblées ainsi qu'une interdiction d'entrée ont été infligées à X », « un embargo et des
    # restrictions ont été décidés contre Y »)
    # (what the measures hold, set off by commas, may come between: « Des sanctions,
    # comprenant un gel des avoirs, ont été infligées à X »; so may an adverb or an aside
    # that picks some out, « ont notamment été », « ont, entre autres, été », and the agent
    # or the day after the participle, « imposées par Londres à X », « prises le 3 mai contre Y »)
    Trigger("designation", r"(?<![\w'’])(?:des|de\s+nouvelles|un|une|de\s+nouveaux|d['’]autres|plusieurs|"
            r"(?:les|ces|leurs|ses)(?:\s+(?:mêmes|nouvelles|dernières|premières))?)\s+" + _PASSIVE_MEASURE + _MEASURE_QUALITY +
            r"(?:\s+(?:et|ainsi\s+qu['’]|ainsi\s+que)\s*(?:des|une?|de\s+nouvelles)\s+" + _PASSIVE_MEASURE + _MEASURE_QUALITY + r")?"
            r"(?:\s*,(?!\s*(?:qui|que|dont)\b)[^.;,]{1,120}?(?:,[^.;,]{1,60}?){0,2},)?"
            r"\s+(?:ont|a)\s*,?\s+" + _PICKED_OUT + r"été\s+(?:impos|pris|décid|inflig|adopt|prononc|appliqu|décrét|annonc|dévoil)(?:ée?s?|es?|s)"
            # (the agent and the day in either order, the agent's name with its adjective of
            # nationality: « adoptées mardi par l'Union européenne contre X », « prises par
            # Londres le 3 mai contre Y »)
            r"(?:\s*,?\s*(?:" + _PASSIVE_AGENT + r")?\s*,?\s*" + _BETWEEN + r"){0,2}?"
            r"\s*(?<![\w'’])(?:contre|à\s+l['’]encontre\s+d|à|aux?)(?=\s|['’])"),
    # « le Conseil a ordonné ce gel, en reprochant à X et à Y de ... » : le gel décidé, ses
    # parties en complément du reproche
    Trigger("designation", r"\b(?:décid|impos|prononc|adopt|ordonn)(?:é|ée|er|ait|aient|a)\s+(?:ce|le|un)\s+gel\b(?=,?\s+(?:en\s+)?(?:reprochant|accusant)\s+(?:à|aux)\b)", strength=0.9),
    # « a décidé le gel, pour six mois, des fonds et ressources économiques de »
    Trigger("designation", r"\bgel(?:é|er|ait|a)?\b(?=,?\s+(?:[^.;]{0,50}?,\s+)?(?:des|les)\s+(?:fonds|avoirs|ressources\s+économiques)\b(?:\s+et\s+(?:ressources\s+économiques|avoirs))?\s+(?:de|d['’]|du|des)\b)", strength=0.9),
    # « les avoirs de X sont gelés »
    Trigger("designation", r"\bavoirs\s+(?:de|d['’]|du|des)\b[^.;]{1,80}?\b(?:sont|ont\s+été|a\s+été|seront|sera|étaient|avaient\s+été)\s+(?:\w+\s+)?gelés\b"),
    # (a day set off by commas after the verb: « a décrété, jeudi, des mesures visant »)
    # (the measures restored after a lift are imposed again: « a rétabli les sanctions
    # contre X », « réimpose des sanctions à Y », « a remis en place les mesures visant Z »)
    Trigger("designation", r"\b(?:impos|pris|prend|prenn|annonc|adopt|infligé|décid|entérin|approuv|introdui|décrét|instaur|prononc|"
            r"rétabl|réimpos|ré-impos|réintrodui|réinstaur|restaur|remi(?:s|se|ses)\s+en\s+(?:place|vigueur)|remett\w*\s+en\s+(?:place|vigueur))\w*"
            r"(?:,\s+(?:" + _WEEKDAY + r"|hier|(?:le\s+)?(?:1er|\d{1,2})\s+(?:" + _MONTH + r")(?:\s+\d{4})?),)?\s+(?:ce\s+|le\s+(?=(?:" + _WEEKDAY + r")\b))?" + _BETWEEN + r"(?:de\s+)?(?:(?!lev|retrait|abrog|fin\b|suspens)\w+\s+){0,4}(?:sanctions|mesures\s+restrictives|restrictions|"
            # (a measure told by what it does: « a imposé une interdiction de voyager à X »)
            r"interdictions?\s+(?:de\s+voyager|de\s+voyage|d['’]entrée|de\s+territoire|de\s+séjour|de\s+visas?))"
            # « des sanctions financières et des interdictions de visa à X »
            r"(?:\s+(?:économiques|financières|ciblées|individuelles|personnelles|supplémentaires|similaires|identiques|comparables|américaines|européennes|britanniques|chinoises|dures|sévères|lourdes|[«\"“]\s*[\w-]+\s*[»\"”]))?"
            # (their kind, « de type Magnitsky », « du type X », and an aside set off by
            # dashes that explains them, « - mesures combinant ... - »)
            r"(?:\s+d(?:e|u)\s+type\s+[«\"“]?\s*[\w-]+\s*[»\"”]?)?(?:\s+[-–—]\s+[^-–—.;]{1,120}?\s+[-–—])?"
            # (the measures they consist in, spelt out before the parties: « des sanctions
            # consistant en une interdiction d'entrée, contre »)
            r"(?:,?\s+(?:consistant|qui\s+consist(?:e|ent|ait|aient))\s+en\s+(?:une?\s+|des\s+|le\s+|la\s+)?(?:gel|blocage|interdictions?)\b[^.;:]{0,100}?)?"
            r"(?:\s+et\s+(?:des\s+|de\s+)?(?:restrictions|interdictions)\s+(?:de\s+|d['’])\s*(?:voyage|visas?|voyager|entrée|séjour))?\s+(?:contre|à\s+l['’]encontre\s+d|visant|à\s+(?=(?-i:[A-ZÀ-Ý])|(?:la|l['’])\s*\w|" + _RECIPIENT_GROUP + r")|aux?\s+(?=(?-i:[A-ZÀ-Ý])|(?:\w+\s+){0,3}(?-i:[A-ZÀ-Ý])))|\bsanctions\s+ont\s+été\s+étendues\s+(?:à|aux)\b"),
    Trigger("designation", r"\b(?:liste(?:\s+noire)?|sanctions)\s+(?:\w+\s+){0,2}?(?:touch|vis|cibl|frapp)(?:e|ent|ait|aient)\s+(?:également\s+|aussi\s+|notamment\s+)?(?:\w+\s+){0,3}?(?:entreprises|sociétés|entités|groupes|personnes|individus|(?-i:[A-ZÀ-Ý]))", strength=0.8),
    Trigger("designation", r"\b(?:interdiction|sanctions|restrictions|embargo|mesures)\s*,?\s+(?:\w+\s+)?(?:impos|pris|introdui[st]|adopt|décid)(?:é|ée|és|ées|es|e|s)?\b", needs_date=True, strength=0.8),
    # « les sanctions - dont le gel des avoirs - décidées par le Conseil en juillet 2010 »
    Trigger("designation", r"\b(?:décidé|adopté|arrêté|pris)e?s\s+par\s+(?:le\s+Conseil|l['’]UE|l['’]Union\s+européenne|Bruxelles|Washington|le\s+Trésor|l['’]OFAC)\b", needs_date=True),
    Trigger("designation", r"\b(?:se\s+)?retrouv(?:e|ent|ait|aient|é|ée|és|ées)\s+(?:\w+\s+)?(?:sur|dans)\s+(?:la|une|sa|leur|cette|leurs|ses|ces|les)\s+(?:\w+\s+)?listes?\b", needs_date=True, strength=0.8),
    Trigger("designation", r"\bfai(?:t|sait|saient|sant)\s+l['’]objet\s+de\s+(?:\w+\s+)?(?:sanctions|mesures\s+restrictives|gel\s+des\s+avoirs)\b", needs_date=True, strength=0.8),
    # (la liste qui nomme ses parties : « La liste cite aussi X », « la liste mentionne X »)
    # (with its rank or its kind: « La nouvelle liste noire inclut désormais X », « cette liste
    # de sanctions compte notamment Y »; not what it already holds)
    Trigger("designation", r"\b(?:la|cette|sa|leur)\s+(?:(?:nouvelle|dernière|première)\s+)?liste(?:\s+noire|\s+(?:des|de)\s+sanctions)?\s+(?:comprend|inclut|compte|vise|cite|mentionne|nomme|englobe|contient|recense|énumère|répertorie|regroupe)\s+(?:(?:désormais|également|aussi|notamment|entre\s+autres)\s+)?"
            # (what a list already holds is a state: « cette liste comprend déjà X »)
            r"(?!déjà\b)", strength=0.8),
    # « La liste des sanctions, publiée au Journal officiel, inclut X », « Cette liste, qui
    # avait été approuvée ..., comprend aussi X » : la liste et ses nouveaux noms
    Trigger("designation", r"\b(?:la|cette)\s+(?:nouvelle\s+)?liste(?:\s+(?:des|de)\s+(?:sanctions|personnes\s+visées))?\s*,[^.;:«»]{1,120}?,\s+(?:comprend|inclut|englobe|vise)\s+(?:désormais\s+|également\s+|aussi\s+|notamment\s+)?(?=[^.;:]{0,120}?(?-i:[A-ZÀ-Ý]))", strength=0.8),
    # « la police des mœurs est aussi listée », « listés par le Conseil » (un listage, pas une cotation)
    Trigger("designation", r"\blist(?:é|ée|és|ées)\b(?![^.;]{0,50}\b(?:bourse|Bourse|Nasdaq|NYSE|marché|Wall\s+Street|coté|cotée|indice|Euronext)\b)(?![^.;]{0,12}\bcomme\b)", strength=0.9),
    # « X s'est vu infliger lundi des sanctions »
    Trigger("designation", r"\bs['’](?:est|sont|était|étaient)\s+vue?s?\s+(?:infliger|imposer)\s+" + _BETWEEN + r"(?:des|de\s+nouvelles|les)\s+"
            r"(?:\w+\s+)?(?:sanctions|mesures\s+restrictives)\b"),
    # une liste de parties visées rendue publique, ses membres nommés après elle : « le
    # Pentagone a dévoilé une liste de 20 sociétés liées à l'armée, dont X », « a publié une
    # nouvelle liste d'entités sanctionnées, parmi lesquelles X et Y »
    Trigger("designation", r"\b(?:publié|dévoilé|diffusé|rendu\s+publique|publie|dévoile|diffuse|rend\s+publique)\s+(?:(?:" + _WEEKDAY + r")\s+|ce\s+\w+\s+|aujourd['’]hui\s+)?"
            r"(?:une|sa|la)\s+(?:(?:nouvelle|première|longue)\s+)?liste\s+(?:de\s+|d['’])\s*(?:\d+\s+|[a-zà-ÿ]+\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:entreprises|sociétés|firmes|entités|personnes|individus|groupes|organisations)\b"
            r"(?=[^.;]{0,140}?\b(?:armée|militaire\w*|sanction\w*|terroris\w*|liste\s+noire|menace\w*|interdite?s?)\b)"
            r"(?=[^.;]{0,240}?\b(?:dont|parmi\s+lesquel(?:le)?s|notamment)\s+(?:(?:la|le|les|l['’])\s*)?(?:[\wà-ÿ'’-]+,?\s+){0,5}?(?-i:[A-ZÀ-Ý]))", strength=0.9),
    # « Le Conseil a inscrit les personnes suivantes : A ; B », no list named
    Trigger("designation", r"\b(?:inscrit|désigné|ajouté|sanctionné|visé)\s+(?:(?:" + _WEEKDAY + r"|également|aussi|aujourd['’]hui)\s+)?"
            r"(?:les|des)\s+(?:\w+\s+)?(?:personnes|entités|sociétés|entreprises|individus|organisations|navires)\s+(?:\w+\s+)?"
            r"(?:suivant(?:e|es|s)?|ci-après|ci-dessous)\b"),
    # the list as the subject of its update, the new names as its complement: « La liste
    # mise à jour vendredi inclut aussi X », « Les nouveaux ajouts à la liste comprennent X »,
    # « Parmi les nouveaux noms figurant sur la liste, on trouve X »
    Trigger("designation", r"\bliste\s+(?:[\w'’-]+\s+){0,3}?(?:mise\s+à\s+jour|actualisée|révisée|publiée|élargie|modifiée|complétée)\b"
            r"[^.;]{0,40}?\b(?:comprend|inclut|compte|contient|vise|cite)\b"
            r"|\bfont\s+désormais\s+partie\s+de\s+(?:la|cette|sa)\s+(?:\w+\s+)?liste\b|\bnouve(?:aux|lles)\s+(?:noms|ajouts|venus|"
            r"entrants|inscrits|inscriptions|entrées)\b(?=[^.;]{0,90}?\b(?:comprennent|incluent|figurent|sont|on\s+(?:re)?trouve|citons)\b)",
            strength=0.8),
    Trigger("designation", r"\b(?:désignation|inscription|ajout)\b", needs_date=True, strength=0.7),
    # « l'inscription de X sur la liste », « l'ajout de X à la liste », « son placement sur la liste »
    Trigger("designation", r"\b(?:l['’]inscription|l['’]ajout|le\s+placement|l['’]intégration|la\s+mise)\s+(?:de|d['’]|du|des)\b(?=[^.;]{1,80}?\b(?:sur|à|dans)\s+(?:la|sa|leur|cette|une)\s+(?:\w+\s+)?liste\b" + _RESTRICTED + r")", strength=0.9),
    # « a remis X sur sa liste noire », « réintégrée à la liste des entités »
    Trigger("designation", r"\b(?:re-?mis(?:e|es)?|réintégr(?:é|ée|és|ées|er|e|ent|ait))\s+(?:[\w'’-]+\s+){0,4}?(?:sur|dans|à)\s+(?:la|sa|leur|cette)\s+(?:\w+\s+)?liste\b" + _RESTRICTED),
    # « a rejoint la liste noire », « fait son entrée sur la liste »
    Trigger("designation", r"\brejoin(?:t|s|dre|dra|dront|ait|aient|gnent)\s+" + _BETWEEN + r"(?:la|sa|leur|cette)\s+(?:\w+\s+)?liste\b" + _RESTRICTED + r"|\bfai(?:t|re|sait)\s+(?:son|leur)\s+(?:entrée|apparition)\s+(?:sur|dans)\s+(?:la|sa|leur|cette)\s+(?:\w+\s+)?liste\b" + _RESTRICTED + r"", strength=0.9),
    Trigger("designation", r"\binterdi(?:t|sent|sait|re)\s+" + _BETWEEN + r"(?:aux\s+(?:\w+\s+){1,2})?d['’]investir\s+dans\b", strength=0.9),
    # « un décret interdisant (tout) investissement (américain) dans 40 entreprises, dont X »
    Trigger("designation", r"\binterdi(?:sant|t|sent|sait|re)\s+(?:les|tout|tous\s+les)\s+investissements?\s+(?:\w+\s+)?dans\b", strength=0.9),
    # an entry ban told by the verb of forbidding, the person as its indirect object and
    # the entering after (« Ottawa interdit à X et à Y d'entrer au Canada », « a interdit
    # mardi à X de séjourner sur son territoire »)
    Trigger("designation", r"\binterdi(?:t|sent|sait|saient|ra|ront)\s+" + _BETWEEN + r"(?:à|aux?)\s+(?=(?:[\w'’-]+\s+){0,6}?(?-i:[A-ZÀ-Ý])"
            r"[^.;]{0,160}?\b(?:d['’]entrer|de\s+(?:séjourner|se\s+rendre|pénétrer|fouler\s+le\s+sol)|l['’]entrée|l['’]accès\s+(?:à|au)\s+(?:son|leur)\s+territoire)\b)", strength=0.9),
    # « X, Y et Z rejoignent W sur la liste »
    Trigger("designation", r"\b(?:rejoign(?:ent|ait|aient)|rejoint|rejoindr(?:a|ont))\s+(?:(?-i:[A-ZÀ-Ý])[\w'’&.-]*\s+){1,4}(?:sur|dans)\s+(?:la|cette|sa|leur)\s+(?:\w+\s+)?liste\b" + _RESTRICTED, strength=0.9),
    # « Elle vise aussi X » (la décision, le paquet), « ont dressé une liste de nouvelles sanctions visant X »
    Trigger("designation", r"^\W*(?:Elle|Il|Elles|Ils|Celle-ci|Celui-ci)\s+(?:vise|visent|cible|ciblent|touche|touchent)\s+(?:aussi|également|notamment|en\s+outre)\s+(?=(?:la\s+|le\s+|les\s+|l['’])?(?-i:[A-ZÀ-Ý0-9]))", strength=0.9),
    Trigger("designation", r"\bdress(?:é|e|ent|ait)\s+" + _BETWEEN + r"une\s+liste\s+de\s+(?:nouvelles\s+)?sanctions\b"),
    # « fait partie du dernier paquet de sanctions », « tombe sous le coup de sanctions »,
    # « est désormais soumise aux sanctions depuis lundi »
    Trigger("designation", r"\bfai(?:t|sait|saient|sant|re)\s+partie\s+(?:du|d['’]un|des)\s+(?:[\w-]+\s+){0,2}?(?:paquet|train|volet|série|vague|salve)s?\s+de\s+(?:nouvelles\s+)?sanctions\b|\btomb(?:e|ent|é|ée|és|ées|ait|aient)\s+(?:désormais\s+)?sous\s+le\s+coup\s+(?:de|des)\s+(?:\w+\s+)?sanctions\b", strength=0.9),
    Trigger("designation", r"\b(?:est|sont|a\s+été|ont\s+été)\s+(?:désormais\s+|dorénavant\s+)soumise?s?\s+(?:à\s+des|aux)\s+(?:\w+\s+)?sanctions\b", needs_date=True, strength=0.8),
    # a party put under a measure named by what it does, in a tense that tells the act: « soumis
    # à / sous » the measure after « a / avait été » or « sera », « interdits de séjour » in those
    # tenses, an active « interdire d'entrée » with the party after it; the present alone
    # tells a state (a party that « est soumise à » the measure)
    Trigger("designation", r"\b(?:" + _ACT_TENSE + r")\s+(?:soumise?s?|soumis)\s+(?:à|aux|sous)\s+" + _MEASURE
            + r"|\b(?:" + _ACT_TENSE + r")\s+interdite?s?\s+(?:de\s+territoire|d['’]entrée|de\s+séjour)\b", strength=0.9),
    # the passive with a capitalised agent, dated (the French of "was banned by"): an act
    Trigger("designation", r"\b(?:a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+|pourtant\s+|\w+ment\s+)?été\s+interdite?s?\s+par\s+"
            r"(?:le\s+|la\s+|l['’]\s*|les\s+)?(?-i:[A-ZÀ-Ý])", needs_date=True, strength=0.9),
    Trigger("designation", r"\binterdi(?:t|re|sait|saient|sent)\s+(?:d['’]entrée|de\s+séjour|de\s+territoire)\b"
            r"(?=\s+(?:(?:sur|dans|en|au|aux)\s+(?:[\w'’-]+\s+){0,3}?)?(?-i:[A-ZÀ-Ý]))", strength=0.9),
    # the acting authority publishes a list of parties (« Tokyo a diffusé une liste de neuf
    # sociétés au service de l'armée, dont X », « Pékin a dévoilé mardi une liste d'entités »)
    Trigger("designation", r"(?-i:\b(?:Trésor|OFAC|Washington|Londres|Bruxelles|Ottawa|Canberra|Tokyo|Pékin|Conseil|UE|"
            r"Pentagone|Etats-Unis|États-Unis|Royaume-Uni|Canada|Japon|Australie|Chine|[Gg]ouvernement|[Mm]inistère|"
            r"[Dd]épartement))(?:\s+(?:américain|britannique|canadien|australien|japonais|chinois|européen|de\s+la\s+[A-ZÀ-Ý]\w+|"
            r"du\s+[A-ZÀ-Ý]\w+|d['’][A-ZÀ-Ý]\w+))*"
            r"\s+(?P<at>(?:a|ont)\s+(?:(?:" + _WEEKDAY + r"|également|aussi|officiellement)\s+)?(?:publié|dévoilé|diffusé|rendu\s+publique|"
            r"dressé|établi)|publie|dévoile|diffuse)\s+(?:(?:" + _WEEKDAY + r"|également|aussi|officiellement)\s+)?"
            r"(?=(?:une|sa|leur)\s+(?:nouvelle\s+|première\s+|longue\s+)?liste\s+(?:noire\s+)?(?:de|d['’])\s*(?:\d+|deux|trois|quatre|cinq|six|"
            r"sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs)?\s*(?:[\w'’-]+\s+){0,2}?"
            r"(?:entreprises|sociétés|entités|personnes|individus|groupes|compagnies|banques|organisations)\b)"
            # (a list of what sanctions or an army's control make of them, not a ranking)
            r"(?=[^.;]{0,200}?\b(?:armée|militaires?|military|army|sanction\w*|terror\w*|noire|blacklist\w*|black\s+list|"
            r"non\s+fiables?|unreliable|contr[ôo]lée?s?\s+par|(?:owned|controlled)\s+(?:or\s+controlled\s+)?by|"
            r"entity\s+list|liste\s+des\s+entités)\b)"),
    # the acting authority targets a counted group whose names another sentence gives
    # (« Ottawa vise nommément six armateurs », « le Trésor a ciblé mardi trois sociétés »)
    Trigger("designation", r"(?-i:\b(?:Trésor|OFAC|Washington|Londres|Bruxelles|Ottawa|Canberra|Tokyo|Pékin|Conseil|UE|"
            r"Pentagone|Etats-Unis|États-Unis|Royaume-Uni|Canada|Japon|Australie|[Gg]ouvernement|[Dd]épartement\s+d['’](?:État|Etat)))"
            r"\s+(?:américain\s+|britannique\s+|canadien\s+|australien\s+|japonais\s+|chinois\s+|européen\s+)?"
            r"(?P<at>(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+|nommément\s+)?(?:ciblé|visé)|vise|visent|cible|ciblent)\s+"
            r"(?:(?:" + _WEEKDAY + r"|également|aussi|nommément|notamment|personnellement)\s+)*"
            r"(?=(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
            r"quarante|cinquante|cent|plusieurs|une\s+(?:dizaine|douzaine|vingtaine|trentaine|centaine)\s+d['’]?)\s*"
            r"(?:autres\s+|nouve(?:aux|lles)\s+)?(?:[\w'’-]+\s+){0,3}?(?:personnes|personnalités|entités|sociétés|entreprises|"
            r"individus|hommes\s+d['’]affaires|femmes\s+d['’]affaires|oligarques|banques|responsables|dirigeants|navires|"
            r"groupes|compagnies|armateurs|ressortissants)\b)"),
    # « les Etats-Unis ciblent X avec de nouvelles sanctions », « le Trésor a ciblé lundi X »
    Trigger("designation", r"\bcibl(?:é|ée|és|ées|e|ent|ait|aient|a)\b(?=[^.;]{1,80}?\b(?:avec|par)\s+(?:de\s+nouvelles\s+|des\s+|les\s+)?sanctions\b)|(?-i:\b(?:Trésor|OFAC|Washington|Londres|Bruxelles|Ottawa|Canberra|Tokyo|Berne|Conseil|UE|Union\s+européenne|Pentagone|Etats-Unis|États-Unis|Royaume-Uni|Canada|Australie|Japon|Suisse|[Dd]épartement\s+d['’]État|[Dd]épartement\s+d['’]Etat))\s+(?:américain\s+|britannique\s+)?(?:(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+)?(?:ciblé|visé)|vise|visent|cible|ciblent)\s+(?:également\s+|aussi\s+|notamment\s+)?" + _BETWEEN + r"(?:(?:deux|trois|quatre|cinq|six|\d+)\s+(?:autres\s+)?(?:personnes|entités|sociétés)\s+et\s+)?(?=(?:la\s+société\s+|le\s+groupe\s+|l['’](?:entreprise|organisation)\s+)?(?-i:[A-ZÀ-Ý0-9])"
            # (or a series of people told by their kind or title before a name: « l'UE a visé
            # des juges, le directeur de la banque X Y »)
            r"|(?:des|les|le|la|l['’]|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s*(?-i:[a-zà-ÿ])[^.;:]{0,160}?,\s+(?:le|la|l['’]|son|sa|ainsi\s+que)\s*(?:[a-zà-ÿ'’-]+\s+){0,8}?(?-i:[A-ZÀ-Ý]))"),
    Trigger("designation", r"\bplac(?:e|ent|é|ée|és|ées)\b[^.;]{1,60}?\bsous\s+(?:le\s+coup\s+de\s+)?(?:\w+\s+)?sanctions\b"),
    Trigger("designation", r"^\W*sont\s+(?:\w+\s+)?(?:visée?s|visés|sanctionnée?s|sanctionnés|inscrite?s|inscrits|désignée?s|désignés|concernée?s|concernés|ciblée?s|ciblés)\s*:", strength=0.9),
    # the same without the colon, a name right after ("Sont visées X, Y et Z"); the
    # measures or sanctions as subject of "visent / frappent / ciblent" a name
    Trigger("designation", r"^\W*(?:sont|est)\s+(?:également\s+|aussi\s+|notamment\s+)?(?:visée?s?|visés|sanctionnée?s?|inscrite?s?|désignée?s?)\b(?=\s+(?:notamment\s+)?(?:(?:la|le|les)\s+(?:société|groupe|entreprise|banque|homme\s+d['’]affaires)s?\s+|l['’](?:entreprise|homme\s+d['’]affaires)\s+|la\s+|le\s+|les\s+|l['’])?(?-i:[A-ZÀ-Ý0-9]))", strength=0.9),
    Trigger("designation", r"\b(?:touch|vis|cibl)(?:é|ée|és|ées)\s+(?:\w+\s+){0,2}?par\s+(?:les|des|ces|de\s+nouvelles|les\s+nouvelles)\s+sanctions\b(?!\s+(?:visant|contre|imposées\s+(?:à|aux))\b)|\bparmi\s+les\s+cibles\s+(?:des|de\s+ces|du\s+(?:nouveau\s+)?paquet\s+de)\s+(?:nouvelles\s+)?sanctions\b", needs_date=True, strength=0.8),
    # (restrictions too, in the future or the perfect: « Les restrictions concernent le
    # groupe pétrolier X », « Ces sanctions toucheront, entre autres, le ministre Y », « les
    # mesures ont visé le directeur de la banque Z »: a title of up to nine words before the name)
    # (a measure told by what it does as the subject too, « le gel des avoirs concerne X »,
    # « l'interdiction de voyager vise Y »; and verbs of application, « les sanctions
    # s'appliquent également à X », « s'étendent au négociant Y », « portent sur Z »)
    Trigger("designation", r"\b(?:sanctions|restrictions|(?:les|ces|nouvelles)\s+(?:nouvelles\s+)?mesures(?:\s+restrictives)?|mesures\s+restrictives|"
            r"(?:(?:ce|le|cet|un)\s+(?:(?:nouveau|dernier|\d+e|\w+ième)\s+)?)(?:paquet|train|volet|salve)|"
            r"(?:le|ce|un)\s+gel\s+des\s+(?:avoirs|actifs|fonds|biens)|(?:l['’]|cette|une)\s*interdiction\s+(?:de\s+voyager|de\s+voyage|d['’]entrée|de\s+territoire|de\s+séjour|de\s+visas?)),?\s+(?!d['’]économ|fiscal|budgét|sanitaire)(?:[\w,’'-]+\s+){0,6}?"
            r"(?:(?:touch|vis|cibl|frapp|concern)(?:e|ent|aient|ait|era|eront)|(?:ont|a|avaient|avait)\s+(?:\w+ment\s+|aussi\s+|également\s+|déjà\s+)?(?:touch|vis|cibl|frapp|concern)é|"
            r"s['’](?:appliqu|étend)(?:e|ent|era|eront|ait|aient)\s+(?:(?:également|aussi|désormais|notamment|en\s+outre)\s+)?(?:à|au|aux)|"
            r"port(?:e|ent|era|eront|ait|aient)\s+(?:(?:également|aussi|désormais|notamment|en\s+outre)\s+)?sur)\s*,?\s+" + _PICKED_OUT +
            # (not anyone a clause of its own describes: « à toute entreprise qui commerce avec X »)
            r"(?!(?:toute?s?|tous|chaque|quiconque|ceux|celles)\b)"
            r"(?=(?:la\s+|le\s+|les\s+|l['’])?(?:(?!(?:qui|que)\b)[a-zà-ÿ'’-]+,?\s+){0,9}?(?-i:[A-ZÀ-Ý0-9]))"),
    # the one measure of the round as the subject ("Selon le ministère, cette mesure vise
    # notamment les sociétés X et Y"), in an article that names a list
    Trigger("designation", r"\b(?:cette|la)\s+(?:nouvelle\s+)?mesure,?\s+(?!d['’]économ|fiscal|budgét|sanitaire)(?:[\w,’'-]+\s+){0,6}?(?:touch|vis|cibl|frapp|concern)(?:e|ait)\s+(?!à\b|a\b)(?:également\s+|aussi\s+|notamment\s+)?(?=(?:la\s+|le\s+|les\s+|l['’])?(?:[a-zà-ÿ'’-]+\s+){0,6}?(?-i:[A-ZÀ-Ý0-9]))", strength=0.8, needs_list=True),
    # retrait
    # a participle in apposition with its date and no list named ("X, inscrit en 2021,"):
    # the list is the article's, if it names one
    Trigger("designation", r"(?<=,\s)(?:inscrit|sanctionn[ée]|désign[ée]|ajout[ée])(?:e|s|es)?\s+(?=(?:(?:en|le|depuis|dès)\s+)?(?:(?:début|fin|mi-?)\s*)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|1er\b|\d{1,4}\b))", needs_date=True, strength=0.8, needs_list=True),
    Trigger("removal", r"(?<=,\s)(?:(?:qui|lequel|laquelle)\s+(?:a|avait|ont|avaient)\s+été\s+(?:ensuite\s+|depuis\s+)?)?(?:retiré|radié)(?:e|s|es)?\s+(?=(?:(?:en|le|dès)\s+)?(?:(?:début|fin|mi-?)\s*)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|1er\b|\d{1,4}\b))", needs_date=True, strength=0.8, needs_list=True),
    Trigger("removal", r"\b(?:retir|radi)(?:é|ée|és|ées|e|ent|ait|aient)\s+(?:(?:" + _WEEKDAY + r")\s+)?(?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+)?"
            r"(?:[\w-]+\s+)?(?:entités|sociétés|entreprises|personnes|noms)\s+(?:précédemment\s+|auparavant\s+|déjà\s+)?(?:inscrites|désignées|"
            r"sanctionnées|listées)\b"),
    Trigger("removal", r"\bexclu(?:e|s|es|t|re|ait)?\b(?=[^.;]{0,60}?\bliste\b)"),
    # the act told by the adopted text's participle ("une décision excluant X des deux listes",
    # "un décret retirant X"): the text does it
    Trigger("removal", r"\b(?:résolution|décision|règlement|décret)\s+(?:excluant|retirant|radiant)\b(?=[^.;]{0,200}?\blistes?\b)"),
    # "X ne fait plus l'objet de sanctions", "n'est plus sanctionnée", "n'est plus visée
    # par les sanctions": the negation is the lift
    Trigger("removal", r"\bne\s+fai(?:t|saient|sait|ont)\s+plus\s+l['’]\s*objet\s+(?:d['’]|de\s+|des\s+)\s*(?:[\w-]+\s+){0,2}?(?:sanctions|mesures\s+restrictives|gel\s+des\s+avoirs)\b|\b(?:n['’](?:est|était|étaient)|ne\s+(?:sont|seront|sera))\s+plus\s+(?:sanctionnée?s?|sanctionnés|sous\s+(?:le\s+coup\s+des?\s+)?sanctions|visée?s?\s+par\s+(?:les|des)\s+sanctions|soumise?s?\s+(?:aux\s+sanctions|au\s+gel|à\s+(?:un\s+|une\s+|la\s+)?(?:gel|congélation))|gelée?s?)\b", strength=0.8),
    Trigger("removal", r"\b(?:sanctions|interdiction|restrictions|désignation|inscription)\b[^.;]{0,60}?\b(?:ont|a|avaient|avait)\s+pris\s+fin\b|\bmis\s+fin\s+" + _BETWEEN + r"aux\s+sanctions\b"),
    Trigger("removal", r"\babandonn(?:é|e|ent|er|ait|aient)\s+" + _BETWEEN + r"(?:les|ses|leurs|ces)\s+sanctions\b"),
    Trigger("removal", r"\bretir(?:é|ée|és|ées|e|ent|er|ait|aient)\b" + _LISTE),
    # its object a series of titled names before the list ("retiré l'ancienne gouverneure X et
    # le chef d'état-major Y de sa liste noire"): the list comes as its complement
    Trigger("removal", r"\b(?:retir|radi)(?:é|ée|és|ées|e|ent|er|ait|aient)\b(?=[^.;]{40,220}?\bde\s+(?:la|sa|leur|cette|ses|leurs|ces)\s+(?:\w+\s+)?listes?\b)"),
    # the party, a long apposition, then the list: "retire également X, chef de la division
    # ... de la Cour, de la liste des ressortissants spécialement désignés"
    Trigger("removal", r"\bretir(?:e|ent|ait|aient|a)\s+(?:également\s+|aussi\s+)?(?=(?-i:[A-ZÀ-Ý])[^.;]{0,200}?,\s+de\s+(?:la|sa|leur)\s+listes?\b)"),
    Trigger("removal", r"\bretir(?:é|ée|és|ées|e|ent|er|ait|aient|era|eront)\s+(?:la|sa|cette|leur|l['’])\s*(?:désignation|inscription|interdiction|mesure)\b"),
    Trigger("removal", r"\bradi(?:é|ée|és|ées|er|ation)\b|\brayé(?:e|s|es)?\b|\bdésinscri(?:re|t|te|ts|tes|vant|ption)\b"),
    Trigger("removal", r"\bretrait\b", strength=0.8),
    Trigger("removal", r"\blaiss(?:é|er|e|ent|ait|aient|a)\s+(?:expirer|s['’]éteindre|tomber)\s+(?:les\s+|l['’]|la\s+|sa\s+|leur\s+)(?:sanctions|inscription|désignation|gel\s+des\s+avoirs|mesures\s+restrictives)\b"),
    # a listing left to lapse: « n'a pas renouvelé l'inscription de X », « ne prolongera pas les sanctions »
    # (lang.lapse_acts: one construction in every language)
    *lapse_triggers("fr"),
    # a measure undone with whom it targets: "removed sanctions on X", « a retiré ses sanctions
    # contre X » (lang.undoing_acts: one construction in every language)
    *undoing_triggers("fr"),
    # « sort de la liste », « n'est plus sur la liste », « a dégelé les avoirs de »
    Trigger("removal", r"\bsor(?:t|tent|tir|tira|tiront|tait)\s+de\s+(?:la|sa|cette|leur)\s+(?:\w+\s+)?liste\b" + _RESTRICTED + r""),
    Trigger("removal", r"\bn['’](?:est|sont|était|étaient|figure|figurent|apparaît|apparaissent)\s+plus\s+(?:\w+\s+)?(?:sur|dans)\s+(?:la|sa|cette|leur)\s+(?:\w+\s+)?liste\b" + _RESTRICTED + r"", strength=0.8),
    Trigger("removal", r"\bdégel(?:é|ée|er|ait|a|ant)?\s+" + _BETWEEN + r"(?:les|des)\s+avoirs\b|\bdégel\s+des\s+avoirs\b"),
    Trigger("removal", r"\bsorti(?:e|s|es)?\b(?=[^.;]{0,20}\bliste\b)"),
    # « a supprimé X de la liste SDN », « X ne figure plus sur la liste noire »
    Trigger("removal", r"\bsupprim(?:é|ée|és|ées|e|ent|er|ait|aient)\b(?=[^.;]{1,80}?\bde\s+(?:la|sa|cette|leur)\s+(?:\w+\s+)?liste\b" + _RESTRICTED + r")"),
    # « la liste ne comprend plus A, B », « la liste mise à jour ne mentionne plus X »
    Trigger("removal", r"\bliste\b(?:\s+[\w’'-]+){0,3}?\s+(?P<at>(?:ne\s+|n['’])(?:comprend|contient|compte|mentionne|cite|inclut|nomme|vise)\s+plus)\b"
            r"(?=\s+(?:(?:le|la|les|l['’])\s*)?(?-i:[A-ZÀ-Ý0-9]))", strength=0.9),
    Trigger("removal", r"\bne\s+(?:figure|figurent|figurait|figuraient|apparaît|apparaissent)\s+plus\s+(?:\w+\s+)?(?:sur|dans)\s+(?:la|sa|cette|leur)\s+(?:\w+\s+)?liste\b" + _RESTRICTED, strength=0.8),
    Trigger("removal", r"\bl[eè]v(?:é|ée|és|ées|er|ait|aient|e|ent)\b(?=[^.;]{0,40}\b(?:sanctions|désignation|restrictions|interdiction|inscription)\b)"),
    Trigger("removal", r"\b(?:sanctions|désignation|interdiction|restrictions|mesures?|inscription|gel)\b[^.;]{0,160}?\b(?:a|ont|avait|avaient|ait|aient|sera|seront|est|sont|soit|soient)\s+(?:\w+\s+){0,2}?(?:été\s+)?(?:levée?s?|abrogée?s?|révoquée?s?)\b"),
    Trigger("removal", r"\b(?:sa|leur)\s+levée\b", strength=0.8),
    # « X et son frère ont vu leurs sanctions levées par le Tribunal »
    Trigger("removal", r"\b(?:a|ont|avait|avaient)\s+vu\s+(?:les|ses|leurs|ces)\s+(?:\w+\s+){0,2}?(?:sanctions|mesures\s+restrictives|gel\s+des\s+avoirs)"
            r"(?:\s+(?:de\s+l['’]\s*\w+|européennes|américaines|britanniques|imposées\s+(?:par\s+)?\w+))?\s+(?:levée?s?|annulée?s?|abrogée?s?)\b"),
    # the active verb, any tense: "le Conseil a décidé de lever les mesures restrictives
    # visant X", "Washington lève les sanctions contre X" (not "lever des fonds")
    Trigger("removal", r"\b(?:lev(?:er|é|ée|és|ées|ait|aient|ant|ons|ez|era|eront|erait)|lève(?:nt|ra|ront|rait)?)\s+(?:[\w'’-]+\s+){0,4}?(?:les\s+|des\s+|ses\s+|leurs\s+|ces\s+|le\s+|l['’]\s*)(?:dernières\s+|principales\s+)?(?:sanctions|mesures\s+restrictives|gel\s+des\s+avoirs(?:\s+(?:de|du|des|d['’]))?|interdiction|restrictions)\b"),
    Trigger("removal", r"\blevée\s+(?:de\s+l['’]|des\s+|du\s+|de\s+la\s+|de\s+cette\s+|de\s+ces\s+)(?:interdiction|sanctions|désignation|inscription|restrictions|mesures?)\b", strength=0.8),
    Trigger("removal", r"\b(?:abrog|révoqu)(?:é|ée|és|ées|er|e|ent)\b(?=[^.;]{0,40}\b(?:sanctions|désignation|inscription|interdiction)\b)"),
    # the measures done away with by a verb of suppressing or ending (« a supprimé les sanctions
    # visant X », « ont mis un terme au gel des avoirs de X », « compte mettre un terme aux
    # sanctions visant X »): a removal, a court's vacatur when a court does it (event_kinds)
    Trigger("removal", r"\b(?:supprim(?:é|ée|és|ées|e|ent|er|ait|aient)|(?:mis|met|mett(?:re|ra|ront|rait|raient|ait|aient|ent))\s+(?:un\s+terme|fin))\s+" + _BETWEEN
            + r"(?:les|ses|leurs|ces|aux|à\s+l['’]|au|à\s+la)\s*(?:sanctions|mesures\s+restrictives|gel\s+des\s+avoirs|inscription|désignation)\b"),
    # modification
    Trigger("amendment", r"\bmodifi(?:é|ée|és|ées|e|er|ait|cation)\b(?=[^.;]{0,60}\b(?:inscription|entrée|fiche|désignation)\b)"),
    Trigger("amendment", r"\bmis(?:e|es)?\s+à\s+jour\b(?=[^.;]{0,60}\b(?:inscription|entrée|fiche)\b)"),
    # recours
    Trigger("legal_challenge", r"(?:\bport(?:é|er|ait|e)\s+plainte\b|\bplainte\b)(?![^.;]{0,40}?\bcontre\s+(?:son|sa|ses|leur|leurs|un|une)\s+(?:ancien(?:ne)?s?\s+|ex-)?(?:directeur|directrice|dirigeant|fondateur|fournisseur|client|concurrent|salarié|employé|associé|actionnaire|partenaire|assureur|commissaire)s?\b)"),
    # une contestation dite par son issue : « a perdu son combat contre les sanctions », « a
    # échoué dans sa tentative de faire annuler son inscription », « a échoué à faire lever »
    # (or won: « ont gagné en 2021 un recours ... sur leur inscription »; the listing, or the
    # authority that made it, told after: « son combat juridique contre le Trésor »)
    Trigger("legal_challenge", r"\b(?:échou\w*|perd(?:u|ait|ent|re)|gagn(?:é|e|ent|ait|er)|remport(?:é|e|ent|ait|er))\s+"
            r"(?:(?:mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
            r"encore|ainsi|finalement|définitivement|en\s+(?:19|20)\d\d)\s+)?(?:dans\s+|à\s+)?(?:sa|son|leur|ses|leurs|un|une)\s+"
            r"(?:(?:dernière?|nouvelle?|ultime|première?|longue)\s+)?"
            r"(?:tentative|bataille|combat|procès|recours|appel|action|contestation|offensive)s?\b"
            r"(?=[^.;]{0,80}\b(?:sanctions?|désignation|inscription|gel|liste|mesures)\b|"
            r"(?:\s+(?:judiciaire|juridique|en\s+justice))?\s+contre\s+" + c.SUIT_OPPONENT + r")"
            r"|\béchou\w*\s+(?:\w+\s+)?à\s+faire\s+(?:annuler|lever|invalider|suspendre)\b"),
    Trigger("legal_challenge", r"\battaqu(?:é|ée|e|ent|er|ait)\b(?=[^.;]{0,80}\b(?:justice|tribunal|tribunaux|désignation|décision|inscription|Pentagone|gouvernement|département|ministère|administration)\b)"),
    Trigger("legal_challenge", r"\bintent\w*\s+(?:un\s+)?procès\b|\bprocès\s+(?:contre|intenté)\b|\baction\s+en\s+justice\b|\bintent(?:é|ée|ant|er|e|ait)\s+une\s+action\b|\bdemande\s+(?:d['’]\w+\s+)?(?:visant\s+à\s+annuler|d['’]annulation|en\s+annulation)\b|\bpoursui(?:t|vi|vre|vent)\b(?=[^.;]{0,60}\b(?:Pentagone|justice|gouvernement|département|ministère|administration|tribunal)\b)"),
    # an appeal told by the court it goes to: « a fait appel lundi devant la cour d'appel »
    Trigger("legal_challenge", r"\b(?:fait|faire|fera|form\w*)\s+appel\s+(?:(?:" + _WEEKDAY + r"|aussitôt|immédiatement)\s+)?devant\b"
            r"(?=\s+(?:la\s+|le\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,3}?(?:cour|tribunal|juridiction|juge|Conseil\s+d['’]État)\b)"
            r"(?=(?:[^.;]|\.(?=\S))*?\b(?:désign|inscri|liste|sanction|gel|décision|jugement|arrêt|ordonnance))"),
    Trigger("legal_challenge", r"\bport(?:é|er|ait|e|ant)\s+l['’]affaire\s+devant\s+(?:la\s+justice|les\s+tribunaux|le\s+tribunal|un\s+juge)\b"),
    Trigger("legal_challenge", r"\b(?:fait|faire|interjet\w*|form\w*)\s+appel\s+(?:(?:" + _WEEKDAY + r"|aussitôt|également)\s+)?(?:de|contre|des\s+(?:sanctions|mesures|décisions?|inscriptions?))\b|\binterjet\w*\s+appel\b|\brecours\b|\bsais(?:i|it|ir|issent|issait)\s+" + _BETWEEN + r"(?:(?:à\s+(?:plusieurs\s+reprises|nouveau)|ensuite|alors|de\s+nouveau),?\s+)?" + _COURT_SEIZED),
    Trigger("legal_challenge", r"\b(?:assign(?:é|ée|er)|poursuivi(?:e|t)?|poursuit)\b(?=[^.;]{0,40}\ben\s+justice\b)"),
    # « a engagé des poursuites contre », « a demandé l'annulation de son inscription »
    Trigger("legal_challenge", r"\bdemand(?:é|e|ait|ent|aient)\s+" + _BETWEEN + r"(?:à|au|aux)\s+(?:la\s+|le\s+|un\s+|une\s+|l['’])?(?:[\w'’-]+\s+){0,3}?(?:tribunal|juge|cour|justice|juridiction)\b(?=(?:[^.;]|\.(?=\s+[\da-zà-ÿ])){0,220}?\b(?:d['’](?:annuler|invalider|ordonner)|de\s+(?:suspendre|bloquer|lever|geler|débloquer))\b)"),
    Trigger("legal_challenge", r"\b(?:engag|lanc|intent)\w*\s+" + _BETWEEN + r"(?:des\s+|une\s+)?(?:poursuites|procédure|action)\s+(?:judiciaires?\s+|en\s+justice\s+)?(?:contre|à\s+l['’]encontre)\b|\bdemand(?:é|e|ait|er|ent|ant)\s+(?:\w+\s+){0,3}?l['’]annulation\s+(?:de|d['’]|du|des)\b"),
    Trigger("legal_challenge", r"\bcontest(?:é|ée|er|ait|e|ent|ant)\b(?=[^.;]{0,60}\b(?:justice|tribunal|désignation|inscription|décision|mesures?|"
            r"gel|sanctions)\b)"),
    # the case told by its noun, as "legal challenge" is: « la contestation judiciaire de X »,
    # « sa contestation en justice » (its bringer after « de »: attribution)
    Trigger("legal_challenge", r"\bcontestations?\s+(?:judiciaires?|en\s+justice)\b(?:\s+(?:de|du|des|d['’]))?", strength=0.7),
    # « une décision contestée par X » : le requérant après « par »
    Trigger("legal_challenge", r"\b(?:mesure|décision|inscription|désignation|prolongation|prorogation|sanctions?)\s+(?:\w+\s+)?contesté(?:e|s|es)?\s+(?:(?:en\s+justice|devant\s+(?:la\s+|le\s+|les\s+)?\w+)\s+)?par\b"),
    Trigger("legal_challenge", r"\b(?:demand(?:é|ée|e|ait)|réclam(?:é|e|ait)|sollicit(?:é|e|ait))\b[^.;]{0,30}\b(?:injonction|suspension)\b"),
    # injonction
    Trigger("injunction", r"\binjonction\b|\bréféré\b|\bsursis\s+à\s+exécution\b"),
    Trigger("injunction", r"\b(?:gel(?:é|ée|ait)|stopp(?:é|ée|ait)|fig(?:é|ée)|mis(?:e)?\s+en\s+pause)\b(?=[^.;]{0,40}\b(?:interdiction|bannissement|désignation|inscription|mesure|décision|sanctions?)\b)|\b(?:arrêt|pause|gel)\s+(?:temporaire|provisoire)\b|\bsuspension\s+(?:temporaire|provisoire)\b"),
    Trigger("injunction", r"\b(?:suspend(?:u|ue|us|ues|ait|re|ant|ent)?|suspension)\b(?=[^.;]{0,60}\b(?:désignation|inscription|mesure|décision|interdiction|sanctions?|décret|liste|gel)\b)"),
    # (a judge who suspends a hearing, a trial or his own decision halts no listing)
    Trigger("injunction", r"\b(?:juges?|tribunal|justice|cour|magistrats?)\b[^.;]{0,80}?\bsuspend(?:u|ue|us|ues|ait|re)\b"
            r"(?!\s+(?:\w+\s+)?(?:l['’](?:audience|examen|instruction)|la\s+(?:séance|procédure|plaidoirie)|"
            r"le\s+(?:procès|délibéré)|les\s+(?:débats|audiences)|sa\s+(?:décision|délibération)|son\s+(?:jugement|examen))\b)"),
    Trigger("injunction", r"\bbloqu(?:é|ée|és|ées|er|ait)\b(?=[^.;]{0,30}\b(?:temporairement|provisoirement)\b)|\b(?:temporairement|provisoirement)\s+bloqu" + _FEM + r"\b"),
    Trigger("injunction", r"\b(?:interdi(?:t|sait|re)|empêch(?:é|e|ait|er))\s+(?:au|aux|le|l['’])\s*(?:gouvernement|administration|Pentagone|ministère|autorités)\b[^.;]{0,30}?\bd['’]appliquer\b"),
    # the act told just before, taken again by another ("Ankara a pris une mesure similaire
    # concernant celles imposées à X", "Paris a fait de même"): its type
    Trigger("same_act", r"\b(?:pris|prend|prennent|adopté)\s+(?:une|des)\s+mesures?\s+(?:similaires?|identiques?|semblables?|analogues?|réciproques?)\b|\b(?:a|ont)\s+fait\s+de\s+même\b"),
    Trigger("similar", r"\b(?:une?\s+)?(?:décision|victoire|ordonnance|jugement)\s+(?:similaire|identique|comparable|semblable)\b|\b(?:obtenu|obtient|obtenir|eu)\s+gain\s+de\s+cause\b"),
    Trigger("injunction", r"\b(?:bloqu|stopp|gel|fig|suspend)\w*\s+" + _BETWEEN + r"(?:l['’]|le\s+|la\s+|cette\s+|ce\s+)(?:interdiction|bannissement|mesure|désignation|inscription|décision|décret|sanctions?)\b(?=[^.;]{0,80}?\b(?:juge|tribunal|justice|cour)\b)|\b(?:juge|tribunal|justice|cour)\b[^.;]{0,60}?\b(?:bloqu|stopp|gel)\w*\s+" + _BETWEEN + r"(?:l['’]|le\s+|la\s+|cette\s+|ce\s+)(?:interdiction|bannissement|mesure|désignation|inscription)\b"),
    # une décision pour l'inscription : ni annulation ni inscription
    Trigger("ruling", r"\brefus(?:é|e|ait|ent)\s+(?:de\s+|d['’])(?:suspendre|annuler|bloquer|lever|geler|invalider)\b(?=[^.;]{0,60}\b(?:désignation|inscription|sanctions|interdiction|décision|mesure)\b)"),
    Trigger("ruling", r"\b(?:confirm(?:é|e|ait)|maint(?:enu|ient|enait)|valid(?:é|e|ait))\s+" + _BETWEEN + r"(?:les\s+sanctions|l['’]inscription|la\s+désignation|le\s+gel)\b|\brejet(?:é|te|ait|ant)\s+(?:\w+\s+){0,5}?(?:recours|demande|requête|plainte|appel)\b(?!\s+(?:de\s+|en\s+)?(?:dommages|indemni|réparation))|\bdébout(?:é|ée|és|ées)\b"),
# (le recours gagné, « a remporté son recours contre les sanctions », « a obtenu une
    # victoire contre les mesures » : ``court_verdicts.py``)
    Trigger("legal_challenge", r"\b(?:son|leur|sa)\s+appel\s+contre\b"),
    # an appeal told by its noun with its bringer after « de » (« l'appel de X a été rejeté »,
    # « les appels de A et de B », « le pourvoi de la société X »), whatever the court made of it
    Trigger("legal_challenge", r"\b(?:l['’]\s*appel|les\s+appels|le\s+pourvoi|les\s+pourvois|la\s+requête|les\s+requêtes)\s+(?:de|du|des|d['’])(?=\s*(?:l['’]|la\s+|le\s+|les\s+)?(?:\w+\s+){0,3}?(?-i:[A-ZÀ-Ý]))", strength=0.8),
    # « a obtenu gain de cause pour les mesures prises à son encontre » : le recours gagné
    # contre l'inscription elle-même
    Trigger("vacatur", r"\b(?:eu|obtenu|obtient|obtiennent)\s+gain\s+de\s+cause\s+(?:\w+\s+){0,2}?(?:pour|contre|sur|concernant|s['’]agissant\s+d)\s*(?:les|ses|leurs|ces|la|le|l['’]|son|sa)\s*(?:\w+\s+){0,2}?(?:sanctions|mesures|gel|inscriptions?|désignation)\b"),
    # a court's finding that a party no longer warrants its listing: « X ne mérite plus de
    # figurer sur la liste des sanctions, a statué la Cour »
    Trigger("vacatur", r"\bne\s+(?:mérit|justifi)\w*\s+plus\s+(?:de\s+|d['’])?(?:figurer|être\s+maintenue?s?|rester|être\s+inscrite?s?)\s+"
            r"(?:sur|dans)\s+(?:la|cette|sa|les)\s+(?:\w+\s+)?listes?\b(?=[^.]{0,220}?\b(?:a|ont)\s+(?:statué|jugé|tranché|estimé|conclu|"
            r"décidé)\s+(?:la\s+|le\s+)?(?:Cour|Tribunal|tribunal|cour|juge|juridiction))"),
    # « ont demandé au juge des référés de suspendre » : la demande, pas la décision
    Trigger("legal_challenge", r"\b(?:demand(?:é|e|ait|ent|aient)|sais(?:i|it|issent))\s+(?:au\s+)?(?:le\s+)?juge\s+des\s+référés\b"),
    # the sanctioning authority told as having "targeted" a party before, in a relative
    # clause of a sanctions sentence ("des sanctions décidées par l'administration, qui a
    # ciblé par le passé la compagnie X"): a past listing in passing
    Trigger("designation", r"\bsanctions\b[^.;]{0,120}?\b(?:administration|Trésor|gouvernement|Washington|département|Conseil|UE|OFAC)(?:\s+[a-zà-ÿ]+)?\s*,\s*qui\s+(?:a|ont|avait|avaient)\s+(?:déjà\s+|aussi\s+|également\s+)?ciblé\b", strength=0.9),
    # told as future membership of the list: "X fera partie de la liste des dirigeants soumis à
    # des sanctions" (an announced listing)
    Trigger("designation", r"\bfer(?:a|ont)\s+(?:désormais\s+)?partie\s+de\s+la\s+liste\s+(?:noire\b|(?:des|d['’])\s*(?:[\w'’-]+\s+){0,3}?(?:sanctionn\w+|soumis\w*\s+à\s+des\s+sanctions|visé\w*\s+par\s+des\s+sanctions))", strength=0.9),
    # the court "seized by" a party: its case ("Saisi par X, le tribunal constate ...")
    Trigger("legal_challenge", r"(?:^\W*|\bété\s+)saisie?s?\s+par\b(?=[^.;]{1,80}?,\s+(?:le|la|les)\s+(?:\w+\s+)?(?:tribunal|cour|juges?|juridiction)\b)"),
    # (« le tribunal accueille le recours en annulation de X »: ``court_verdicts.py``)
    Trigger("vacatur", r"(?:\b(?:[Tt]ribunal|[Cc]our|juges?|justice)\b[^.;]{0,80}?)\baucun(?:e)?\s+des\s+(?:raisons|motifs|griefs|éléments)\b"
            r"[^.;]{0,160}?\bn['’](?:est|était|étaient|sont|a\s+été|ont\s+été|avait\s+été)\s+(?:(?:pas|suffisamment|assez|dûment)\s+){0,2}"
            r"(?:prouvée?s?|étayée?s?|justifiée?s?|établie?s?|fondée?s?|démontrée?s?)\b"),
    Trigger("vacatur", r"\bannul(?:é|ée|és|ées|e|er|ait|ation)\b|\binfirm(?:é|ée|és|ées|e|er|ait)\b(?=[^.;]{0,60}\b(?:désignation|inscription|décision|sanctions|mesure)\b)|\binvalid(?:é|ée|er|ation)\b|\bcass(?:é|ée)\b"),
    # licence
    Trigger("license", r"\b(?:accord\w*|octroy\w*|prolong\w*|renouvel\w*|fai(?:t|re|sait)|nouveau|nouvel|nouvelle|troisième|deuxième|second)\s+" + _BETWEEN + r"(?:\w+\s+){0,3}?(?:répit|exemptions?|dérogations?|exceptions?|sursis\s+commercial)\b|\b(?:répit|exemptions?|dérogations?)\s+(?:de\s+)?(?:\d+|trois|quatre|six|quatre-vingt-dix)\s+jours\b"),
    Trigger("license", r"\blicences?\s+générales?\b|\blicences?\s+spécifiques?\b"),
    # une mesure repoussée : « a été repoussée de 90 jours » (un répit)
    Trigger("license", r"\b(?:repouss|report|différ|décal)(?:é|ée|és|ées|er|e|ent)\s+(?:de|d['’])\s*(?:\d+|trois|six|quatre-vingt-dix)\s+(?:jours|mois)\b"),
    # the party's side of a licence: "a obtenu une licence temporaire", "s'est vu accorder
    # une licence" (never the requirement: "devront obtenir une licence")
    Trigger("license", r"\b(?:obtenu|reçu|décroché|arraché)\s+" + _BETWEEN + r"(?:une?\s+|la\s+|sa\s+|cette\s+)?(?:nouvelle\s+|première\s+)?(?:licences?|dérogations?|exemptions?)\b|\bs['’](?:est|était|sont|étaient)\s+vue?s?\s+(?:accorder|octroyer|délivrer|attribuer)\s+(?:\w+\s+){0,2}?(?:une?\s+|la\s+)?(?:nouvelle\s+)?licences?\b|\bbénéfici\w+\s+(?:désormais\s+|depuis\s+\w+\s+)?d['’]une\s+(?:nouvelle\s+)?licence\b"),
    Trigger("license", r"\b(?:accord|délivr|octroy|émi|attribu|publi)(?:é|ée|és|ées|e|ait|s|se)\b[^.;]{0,50}\b(?:licences?|autorisations?)\b"),
    # what the licence lets a party do: « une licence permettant à X de ... », « une
    # autorisation qui permet à X de », « une licence autorisant les transactions avec X »
    Trigger("license", r"\b(?:licences?|autorisations?|dérogations?)\s+(?:[\w-]+\s+){0,2}?(?:(?:qui|lui)\s+)?(?P<at>permettant|autorisant|permet(?:tait|tra)?|autorise|autorisait|autorisera)\s+(?:à|au|aux|d['’]|de|les|des|le|la|certaines|certains)\b", strength=0.8),
    # a licence prolonged by a period: « a prorogé de six mois l'autorisation d'exporter
    # vers X », « a prorogé de 90 jours la dérogation accordée à X »
    Trigger("license", r"\b(?:prolong|prorog|renouvel|étend|étendu|reconduit)\w*\s+(?:de|d['’])\s*(?:\d+|un|deux|trois|quatre|six|douze|quarante-cinq|quatre-vingt-dix)\s+(?:jours|mois|semaines|ans?)\s+(?:l['’]\s*|la\s+|les\s+|sa\s+|ses\s+|leurs?\s+|cette\s+|son\s+)(?:licences?|autorisations?|dérogations?|exemptions?|répit)\b"),
    # the licence's extensions told by participles with their periods: « une licence
    # temporaire, étendue de 90 jours en mai, puis de 45 jours en août » (an extension each)
    Trigger("license", r"\b(?:licences?|autorisations?|dérogations?|exemptions?)\b[^.;]{0,60}?\b(?P<at>(?:étendue|prolongée|prorogée|renouvelée|reconduite)s?\s+(?:de|d['’])\s*(?:\d+|trois|six|quarante-cinq|quatre-vingt-dix)\s+(?:jours|mois|semaines))"),
    Trigger("license", r"\b(?:licences?|autorisations?|dérogations?|exemptions?)\b[^.;]{0,60}?\b(?:étendue|prolongée|prorogée|renouvelée|reconduite)s?\s+(?:de|d['’])\s*(?:\d+|trois|six|quarante-cinq|quatre-vingt-dix)\s+(?:jours|mois|semaines)[^.;]{0,40}?(?P<at>\b(?:puis|et|ensuite)\s+(?:encore\s+)?(?:de|d['’])\s*(?:\d+|trois|six|quarante-cinq|quatre-vingt-dix)\s+(?:jours|mois|semaines))"),
    # extensions granted to a party: « a accordé des prolongations à X », « octroyé une
    # nouvelle prolongation à X » (a regime's own extension is no licence)
    Trigger("license", r"\b(?:accord|octroy|consent)\w*\s+(?:\w+\s+){0,2}?(?:une?|des|de\s+nouvelles|une\s+nouvelle|plusieurs)\s+(?:\w+\s+)?(?:prolongations?|prorogations?|extensions?|sursis)\b(?!\s+(?:des?|du|de\s+la)\s+(?:sanctions|gel|régime|mesures|inscription))"),
    Trigger("license", r"\b(?:licences?|autorisations?)\b[^.;]{0,40}\b(?:accordée|délivrée|octroyée|émise|attribuée)s?\b"),
    # une licence renouvelée par un pronom qui reprend son nom (« a accordé des dérogations
    # pour 90 jours, puis les a renouvelées en mai »): une autre licence des mêmes parties
    Trigger("license", r"\b(?:licences?|dérogations?|exemptions?|répits?|autorisations?|sursis)\b[^.;]{0,120}?\b(?P<at>(?:la|les|l['’])\s*(?:(?:a|ont|avait|avaient)\s+)?(?:renouvel|prolong|prorog|recondu)\w*)"),
    Trigger("license", r"\bautoris(?:é|ée|e|ait)\b(?=[^.;]{0,60}\b(?:transactions|opérations)\b)"),
    # une licence dite par ce qu'elle permet et avec qui (« seront autorisés à régler les
    # services auprès de X », « permet de commercer avec X »): lang.common.permission_triggers
    *(Trigger("license", p) for p in c.permission_triggers(
        r"autoris(?:e|es|é|ée|és|ées|ent|ait|aient|era|eront|ant|er)|perm(?:et|ettent|ettait|ettaient|ettra|ettront|ettant|ettre|is|ise|ises)",
        r"transactions?|opérations?|paiements?|négociations?|services|affaires|commerce|échanges|contrats?|"
        r"liquidation|régler|payer|commercer|traiter|négocier|acheter|vendre|liquider|fournir",
        r"avec|auprès\s+(?:de|du|des|d['’])|impliquant|par\s+l['’]intermédiaire\s+(?:de|du|d['’])",
        r"bloqu\w*|gel\w*|interdi\w*|sanction\w*|empêch\w*|restrei\w*",
        ("pas", "plus", "jamais", "pourraient", "pourrait", "devrait", "devraient"))),
    # a licence renewed by its verb on the licence's noun (« a prolongé mardi une licence détenue
    # par X », « reconduit les licences de X »), and parties spared the sanctions by name
    # (« exemptait X et son directeur, Y, de sanctions »): a licence each
    Trigger("license", r"\b(?:prolong|renouvel|reconduit|prorog)\w*\s+(?:[\w'’]+\s+){0,2}?(?:(?:la|une|les|sa|ses|leurs?|cette|ces|des|sa)\s+|l['’]\s*)(?:[\w-]+\s+)?(?:licences?|autorisations?)\b"),
    Trigger("license", r"(?<!\bêtre\s)(?<!\bd['’]être\s)\bexempt(?:e|é|ée|és|ées|ait|aient|ent|era|eront|ons)\b(?=[^.;]{0,160}?\bd(?:e|es)\s+(?:ces\s+|les\s+|toutes?\s+|leurs?\s+|ses\s+)?sanctions\b)"),
    # l'échéance d'une licence repoussée : le délai, la date limite ou la période de
    # liquidation prolongés pour les parties (« a prolongé le délai accordé à X pour céder ses
    # actifs », « a repoussé la date limite de la vente de X », « le délai a été prorogé »,
    # « a accordé un délai supplémentaire à X ») : le verbe est la licence, les mots du délai
    # restent son échéance
    # (le verbe et le nom de l'échéance, ou le début des mesures : ``relief_acts._put_off``)
    Trigger("license", r"\b(?P<at>(?:accord|octroy|donn|consent)\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:un\s+délai\s+supplémentaire|un\s+nouveau\s+délai|(?:plus|davantage)\s+de\s+temps)\b"),
    # une échéance déplacée : « a repoussé ... du 3 février au 9 mars », « prorogé ... au 9 mars »
    # (comme "extended ... to <day>")
    Trigger("deadline", r"\b(?:(?:prolong|prorog|repouss|report|décal|allong|recul|différ)\w*|étend\w*)\b[^.;]{0,200}?\s(?P<at>au)\s+"
            r"(?=(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)", strength=0.8),
    # date limite
    # « d'ici le <jour> », « avant le <jour> » : une échéance seulement au terme d'un devoir ou
    # d'un engagement que sa proposition dit avant (« doit céder ses parts avant le », « a
    # ordonné au ministère de répondre d'ici le », « soumettront au juge ... au plus tard le ») ;
    # seuls, ils situent un fait dans le temps (« avant le 3 mars, la liste comptait ... »)
    Trigger("deadline", r"\b(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|dev(?:ait|aient|ra)|(?:a|ont|avait|avaient|aura|auront)\s+jusqu|"
            r"tenue?s?\s+de|obligée?s?|ordonn\w*|enjoin\w*|somm(?:é|ée|és|ées)|exig\w*|impos\w*\s+(?:à|aux)|céder|vendre|"
            r"se\s+défaire|liquider|se\s+retirer|mettre\s+fin|présenter|soumettr\w*|soumett\w*|déposer|remettre|répondre|"
            r"se\s+conformer|statuer|décider|proposer)\b[^.;]{0,120}?\b(?P<at>d['’]ici|avant)\s+(?:le\s+|au\s+|la\s+fin\s+)?(?=(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)", strength=0.8),
    Trigger("deadline", r"\bjusqu['’](?:au|à)\s+(?:(?:minuit|midi|\d{1,2}\s*h\s*(?:\d{2})?)\s+)?(?:le\s+)?(?=(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)", strength=0.8),
    # la fin d'une licence dite par son nom et son jour (« sa date de prolongation du 9 mai »,
    # « la date d'expiration, fixée au 5 mars »): l'échéance de ses parties (licence_terms)
    Trigger("deadline", r"\bdates?\s+(?:de\s+(?:prolongation|prorogation|fin|l['’]expiration|sortie)|d['’](?:expiration|échéance))\s*(?:,\s*)?(?:(?:fixée|portée|repoussée|reportée)\s+)?(?:du|au|est\s+le|était\s+le)\s+(?=(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)", strength=0.8),
    # une interdiction d'achat à partir d'une date : "interdiction d'acheter ... à compter du 15 mars"
    Trigger("deadline", r"\b(?:interdiction|interdit|interdits|interdites?|interdisant)\s+(?:aux?\s+\w+\s+)?(?:(?:d['’]|de\s+)\s*|les\s+|tout\s+)(?:acheter|acquérir|investir|détenir|négocier|achat|acquisition|investissement)\w*(?=[^.;]{0,120}?\b(?:à\s+compter\s+du|à\s+partir\s+du|dès\s+le)\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)"),
    Trigger("deadline", r"\bdate\s+limite\b|(?<!\bdans\sun\s)(?<!\bdans\sles\s)\bdélai\b|\bau\s+plus\s+tard\b|\béchéance\b"),
    # « les mesures entrent en vigueur le 20 décembre »
    Trigger("deadline", r"\bentr(?:e|ent|era|eront)\s+en\s+vigueur\s+(?:le\s+|à\s+compter\s+du\s+|dès\s+le\s+)(?=(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)", strength=0.8),
    # « la licence expire le 16 juillet », « le délai prend fin le 3 mars »
    Trigger("deadline", r"\b(?:expir(?:e|ent|era|eront|ait|aient|ant|er)|(?:pren(?:d|nent|dra|dront|ait|aient)|(?:a|ont|avait|avaient)\s+pris|(?:doi(?:t|vent)|devai(?:t|ent)|devr(?:a|ont|ait|aient)|va|vont|allai(?:t|ent))\s+prendre)\s+fin|arriv(?:e|ent|era|eront|ait|aient)\s+à\s+échéance)\s+(?:(?:donc|désormais|alors|ainsi|finalement|maintenant)\s+){0,2}(?:le\s+)?(?:(?:" + _WEEKDAY + r")\s+)?(?=(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)", strength=0.8),
    Trigger("deadline", r"\b(?:ont|a|avaient|avait|auront|aura)\s+jusqu['’](?:au|à|en)\b|\bdevr(?:ont|a|aient|ait)\s+(?:céder|vendre|se\s+défaire|liquider|se\s+retirer)\b|\bdoivent\s+(?:céder|vendre|se\s+défaire|liquider)\b"),
    # a group told as acted on, members picked out by a cue (``group_acts.py``)
    *group_pick_triggers("fr"),
    *relief_triggers("fr"),
    *verdict_triggers("fr"),
    *side_triggers("fr"),
    # an act told as a decision taken, its verb in the infinitive (``decided_acts.py``)
    *decided_triggers("fr"),
    # a listing verb in its future or its gerund (``listing_forms.py``)
    *listing_form_triggers("fr"),
)

PACK = LangPack(
    code="fr",
    name="French",
    months=MONTHS,
    weekdays=WEEKDAYS,
    month_case_sensitive=False,
    date_patterns=DATES,
    past_mod=r"(?i)dernier|dernière|passé|précédent",
    future_mod=r"(?i)prochain|prochaine",
    deadline_cue=r"(?i)(?:à\s+compter\s+du|à\s+partir\s+du|\bdès(?:\s+le)?|au\s+plus\s+tard|d['’]ici|avant|jusqu['’]|date\s+(?:limite|de\s+(?:prolongation|prorogation|fin|l['’]expiration)|d['’](?:expiration|échéance))\s*(?:,\s*)?(?:du|(?:fixée|portée|repoussée|reportée)\s+au|est|était)|délai\s+(?:du|expirant|qui\s+expire)|expir(?:e|ent|era|eront|ait|aient|ant|er)|(?:pren(?:d|nent|dra|dront|ait|aient)|(?:a|ont|avait|avaient)\s+pris)\s+fin|arriv(?:e|ent|era|eront|ait|aient)\s+à\s+échéance|(?:expir\w+|fin)\s+(?:(?:donc|désormais|alors|ainsi|finalement|maintenant)\s+){1,2}|en\s+vigueur\s+(?:le|à\s+compter\s+du|dès\s+le)|échéance\s+(?:du|au)|échéance(?:\s+(?:le|ce))?(?:\s+(?:" + _WEEKDAY + r"))?)\s*(?:le\s+|la\s+|au\s+|à\s+|en\s+|fin\s+)?$",
    future_context=r"(?i)\b(?:sera|seront|devra|devront|doit|doivent|prochain|prochaine|va|vont|prévu|entrera|entreront|prendra|prendront|interviendra|aura\s+lieu)\b",
    triggers=TRIGGERS,
    trigger_exclusions={
        # « la liste des personnes sanctionnées » names the list
        "designation": r"(?i)\bliste\s+(?:noire\s+)?des\s+(?:personnes|entités|entreprises|sociétés|individus|organismes|ressortissants)\s+(?:spécialement\s+)?$"
                       # "a annulé la décision d'inscrire X" (the relief's object), "a prorogé
                       # l'inscription de X" (a listing kept, no new one)
                       r"|\b(?:annul|suspend|suspension|lev|invalid|cass|infirm)\w*\s+(?:le\s+\d{1,2}\s+\w+\s+(?:\d{4}\s+)?)?(?:la\s+|le\s+|l['’]\s*)?(?:décision|arrêté|ordre|projet|mesure)\s+(?:d['’]|de\s+)\s*$"
                       r"|\b(?:l[eè]v|dégel)\w*\s+(?:\w+\s+){0,2}?(?:le|du)\s+$"
                       r"|\b(?:gel|suspend|bloqu|stopp|fig)\w*\s+(?:\w+\s+){0,2}?(?:la|cette)\s+décision\s+(?:de|d['’])\s*$"
                       r"|\b(?:prorog|prolong|renouvel|reconduit)\w*\s+(?:(?:le\s+\d{1,2}\s+\w+\s+(?:\d{4}\s+)?)?(?:jusqu['’]\w+\s+\w+\s+\w+\s+)?)?(?:l['’]\s*|la\s+|les\s+|le\s+)?$",
        "injunction": r"(?i)\b(?:demand(?:é|ée|e|ait|er|ent|aient)|réclam(?:é|e|ait|er)|sollicit(?:é|e|ait|er)|requête\s+en|demande\s+d['’])\b[^.;]{0,40}$",
        "removal": r"(?i)\b(?:se|s['’])\s*$|\b(?:réaffirm|rappel|confirm)\w*\s+(?:la\s+|le\s+|l['’])?$",
        "legal_challenge": r"(?i)\baccueill\w*\s+(?:\w+\s+){0,2}?[«\"“]?\s*(?:le|son|leur|les)\s+$",
        "vacatur": r"(?i)\b(?:demand(?:é|ée|e|ait|er|ent|ant)|réclam\w+|sollicit\w+|demande\s+(?:en|d['’])|requête\s+en|recours\s+en|visant\s+à)\b[^.;]{0,50}$",
    },
    negation_before=r"(?i)\b(?:n['’]\w+\s+(?:\w+\s+){0,2}?(?:pas|jamais|point|plus)|ne\s+(?:\w+\s+){0,2}?(?:pas|jamais|point)|non|sans|aucun(?:e)?|ni|refus(?:é|e|ait|ent|er)?\s+(?:(?:" + _WEEKDAY + r"|hier|aussi|également)\s+)?(?:d['’]|de\b)|rejet(?:é|e)\s+la\s+demande)\b",
    negation_after=r"(?i)^\s*(?:pas|jamais|point)\b|^\W{0,3}(?:\w+\s+){0,2}?(?:n['’](?:a|ont|est|sont|avait|avaient|était)\s+pas|n['’]a\s+jamais|ne\s+\w+\s+pas)\b",
    hypothetical_before=r"(?i)\b(?:(?:il\s+)?fau(?:t|drait)|prévo(?:it|ient|yait|yaient|irait)\s+d(?=['’]|e\b)|(?:demand|réclam|sollicit|exig|souhait)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:la|le|sa|son)(?=\s*$)|(?:soutien\w*|affirm\w*|estim\w*|jug\w*|consid[eè]r\w*|argu\w*|plaid\w*)\s+qu['’e]\s*(?:[\w'’-]+\s+){0,6}?devrai(?:t|ent)\s+(?:être\s+)?|en\s+mesure\s+d['’]?e?|peu(?:t|vent)|pouvai(?:t|ent)|(?:mois|semaines|jours)\s+pour|(?:fai(?:t|re|sait)|a\s+fait|ont\s+fait)\s+pression\s+pour|esp[eè]r\w*|se\s+bat\w*\s+pour|(?:se\s+)?battu\w*\s+pour|tent(?:e|é|ait|ent|er)\s+d['’]?e?|cherch\w+\s+à|examin\w+\s+(?:la\s+possibilité|l['’]opportunité)|appel(?:é|er|ait|aient|le|lent)\s+(?:[\w'’-]+\s+){0,6}?à|réclam\w+|exhort\w+|une\s+fois\s+qu['’]une?|lorsqu['’]une?\s+(?:entreprise|société|entité|personne)|dès\s+qu['’]une?|pour\s+(?:faire|obtenir|aider\s+à)|visant\s+à|afin\s+d['’]|afin\s+de|en\s+vue\s+d['’]|pourrai(?:t|ent)|pourra|pourront|serai(?:t|ent)|aurai(?:t|ent)|\w+erai(?:t|ent)|\w+drai(?:t|ent)|permettrai(?:t|ent)|si|s['’]il|s['’]ils|menac(?:e|é|ait|ent|er)|menace|envisag\w+|risqu\w+|éventuel\w*|potentiel\w*|possible|possiblement|hypothèse|au\s+cas\s+où|étudi\w+|options?|crain\w+|redout\w+|rumeur\w*|spécul\w+|(?:pas|guère)\s+exclu\w*|n['’]exclu\w+\s+pas|reste\s+à\s+(?:savoir|voir)|rien\s+n['’]empêche|n['’]empêche\s+pas|(?:réclam|demand|exig|souhait|plaid)\w*\s+(?:\w+\s+){0,3}?que|appel\w*\s+à|se\s+demand\w+|question\s+de\s+savoir|viendrai(?:t|ent)\s+à|venai(?:t|ent)\s+à|(?:demand|exhort|press|incit|invit|somm|suppli|conjur)\w*\s+(?:[\w'’-]+\s+){0,5}?de(?=\s*$)|vot(?:era|eront|erait|eraient)|(?:doi(?:t|vent)|devrai(?:t|ent))\s+voter|se\s+prononcer(?:a|ont)|propos(?:é|e|ait|ent|er)\s+(?:[\w'’-]+\s+){0,8}?(?:d['’](?:inscrire|ajouter|imposer)|de\s+(?:sanctionner|lever|retirer|radier)|d(?=['’]\s*$)|de(?=\s*$)))\b",
    hypothetical_after=r"(?i)\b(?:si|s['’]il|à\s+moins\s+que)\b",
    conditional_verb=r"(?i)\b(?:serai(?:t|ent)|pourrai(?:t|ent)|aurai(?:t|ent)|\w+[eiduvr]rai(?:t|ent))\b",
    announced=r"(?i)\b(?:accept(?:é|e|ent)|convenu|accord\s+(?:pour|sur)|prévoi(?:t|ent)|prévoyai(?:t|ent)|prévu|va|vont|sera|seront|serait\s+appropri\w+|appropri\w+|compte|entend|doit\s+être|doivent\s+être|devrait|devraient|s['’]appr[eê]t\w+|annoncé\s+son\s+intention|engag(?:é|ée|e|ent|eait)s?\s+à|prête?s?\s+à|entendu\w*\s+(?:\w+\s+)?pour|ne\s+s['’]oppose\w*\s+plus|propos(?:é|e|ition)|intention|avai(?:t|ent)\s+été\s+annoncée?s?|allai(?:t|ent))\b",
    anaphora=r"(?i)\b(?:celle-ci|celui-ci|elle|il|lui|sa|son|ses|l['’](?:entreprise|équipementier|opérateur|industriel|avionneur|armateur|éditeur|assureur|exploitant|établissement|entité|exportateur|importateur)|la\s+(?:société|firme|marque|compagnie|start-up|banque|plateforme|filiale)|(?:le|du|au)\s+(?:groupe|fabricant|géant|constructeur|conglomérat|champion|spécialiste|numéro|équipementier|opérateur|leader|producteur|fournisseur|transporteur|pétrolier|sidérurgiste|chimiste|laboratoire|mastodonte|fleuron|distributeur|négociant|raffineur|prestataire|sous-traitant|motoriste|fondeur))\b",
    plural_anaphora=r"(?i)\btous\s+(?:les\s+)?deux\b|\b(?:tous|toutes)\b(?=\s+(?:(?:les\s+)?(?:trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?(?:ont|avaient|avait|sont|étaient|seront|figur\w+)\b)|\btoutes\s+(?:les\s+)?deux\b|\b(?:ces|(?:les|aux|des)\s+(?:deux|trois|quatre|cinq|\d+))\s+(?:\w+\s+)?(?:sociétés|entreprises|groupes|firmes|entités|banques|compagnies|filiales|navires|pétroliers|fournisseurs|fabricants|opérateurs|transporteurs|armateurs)\b|\bils\b|\belles\b|\beux-mêmes\b",
    generic_subject=r"(?i)^\s*(?:les\s+)?(?:entreprises|sociétés|groupes|firmes|entités)\b",
    # ("et de" before a noun joins two complements of one noun, « les mesures de gel et de
    # renouvellement prises contre X »: no second clause)
    clause_split=r";|(?<!\s)\s+(?:mais|tandis\s+que|alors\s+que|bien\s+que|et(?!\s+(?:de|d['’])\s*[a-zà-ÿ]))\s+|,\s+",
    org_cue_before=r"(?:numéro\s+(?:un|deux|trois|\d)|leader|organisme|holding|consortium|conglomérat|poids\s+lourd|mastodonte|fleuron|éditeur|assembleur|distributeur|avionneur|fondeur|sidérurgiste|industriel|laboratoire|société|entreprise|firme|groupe|fabricant|géant|constructeur|conglomérat|équipementier|opérateur|spécialiste|champion|fournisseur|compagnie|start-up|marque|sous-traitant|pétrolier|armateur|chimiste|producteur|transporteur|maison\s+mère|filiales?|opérateur|exploitant|banque|assureur|compagnie\s+aérienne|mouvement|milice|exportateur|importateur|négociant|raffineur|chantier\s+naval|agence|entité|institut|fondation|organisation|réseau|unité|force|média|chaîne|plateforme|université|académie)",
    org_cue_between=r"(?:(?:[a-zéèêàâîôûç'’-]+)\s+){0,5}?",
    org_apposition=r"une?|le|la|l['’]|les",
    person_titles=r"(?:juge|président|présidente|secrétaire|ministre|sénateur|M\.|MM\.?|Mr\.?|Mme|Me|porte-parole|PDG|fondateur|directeur|directrice)",
    stop_names=frozenset({
        "NDLR",  # « note de la rédaction »: an editor's note, no name
        "Le", "La", "Les", "L", "Un", "Une", "Des", "De", "Du", "Il", "Elle", "Ils", "Elles",
        "Ce", "Cette", "Ces", "En", "Au", "Aux", "Mais", "Et", "Pour", "Par", "Dans", "Sur",
        "Selon", "Guide", "Après", "Avant", "Depuis", "Lors", "Chine", "Pékin", "Washington",
        "États-Unis", "Etats-Unis", "Hong", "Kong", "Shenzhen", "Pentagone", "Trésor",
        "Commerce", "Défense", "Congrès", "Maison", "Blanche", "Maison-Blanche", "Biden", "Trump", "Justice",
        "Ainsi", "Toutefois", "Cependant", "Pourtant", "Reuters", "AFP", "Bloomberg",
        "Europe", "Union", "UE", "Russie", "Iran", "Royaume-Uni", "Entity", "List", "Section",
        "Département", "Ministère", "Bureau", "District", "Columbia", "Conseil", "Cour",
        "Tribunal", "Américains", "Chinois", "Enfin", "Outre", "Entre", "Quant", "Tous", "Toutes", "Chacun",
        "Chacune", "Procureur", "Procureure", "Juge", "Juges",
        "Office", "Foreign", "Assets", "Control",
        # (a stressed pronoun opening its sentence is a pronoun, no name)
        "Eux-mêmes", "Elles-mêmes", "Lui-même", "Elle-même", "Eux", "Lui",
    }) | frozenset(m.capitalize() for m in MONTHS) | frozenset(d.capitalize() for d in WEEKDAYS),
    authorities=(
        (r"(?i)\b(?:le\s+)?Pentagone\b|\b(?:ministère|département|secrétariat|ministre|secrétaire)\s+(?:américain\s+)?de\s+la\s+Défense(?:\s+américaine?)?\b", c.DOD),
        (r"(?i)\b(?:département|ministère|secrétariat|secrétaire|ministre)\s+(?:américain\s+)?du\s+Commerce(?!\s+chinois)(?:\s+américain)?\b|\bBureau\s+de\s+l['’]industrie\s+et\s+de\s+la\s+sécurité\b", c.DOC),
        (r"(?i)\b(?:département|ministère)\s+(?:américain\s+)?du\s+Trésor\b|\bTrésor\s+américain\b|\bTrésor\b(?!\s+(?:britannique|de\s+Sa\s+Majesté))", c.OFAC),
        (r"(?i)\bTrésor\s+(?:britannique|de\s+Sa\s+Majesté)\b|\bOFSI\b", c.OFSI),
        (r"(?i)\bministère\s+chinois\s+du\s+Commerce\b|\bministère\s+du\s+Commerce\s+chinois\b|\bMOFCOM\b", c.MOFCOM),
        (r"(?i)\b(?:département\s+d['’]État|secrétaire\s+d['’]État)\s+(?:américain)?\b", c.STATE),
        (r"(?i)\bcour\s+d['’]appel\s+(?:fédérale\s+)?(?:du\s+circuit\s+)?(?:de|du)\s+(?:District\s+of\s+Columbia|Washington|D\.?C\.?)\b", c.DC_CIRCUIT),
        (r"(?i)\b(?:tribunal|juge|juridiction|cour)\s+(?:fédéral(?:e)?\s+)?(?:de\s+(?:district\s+(?:de|du)\s+)?|du\s+district\s+de\s+)?(?:Washington|Columbia|District\s+of\s+Columbia)\b|\bU\.?S\.?\s+District\s+Court\s+for\s+the\s+District\s+of\s+Columbia\b", c.DC_COURT),
        (r"(?i)\bConseil\s+de\s+l['’](?:UE|Union\s+européenne)\b", "Council of the European Union"),
        (r"(?i)\bgouvernement\s+britannique\b|\bForeign\s+Office\b", c.UK_GOV),
        (r"(?i)\bTribunal\s+de\s+l['’](?:UE|Union(?:\s+européenne)?)\b|\bCJUE\b|\bTribunal\s+général(?:\s+(?:européen|de\s+l['’](?:UE|Union\s+européenne)))?\b|"
         r"\bjustice\s+européenne\b|"
         r"\bCour\s+de\s+justice\s+de\s+l['’]Union\s+européenne\b|"
         # (the Union's court told otherwise: its Court of Justice with the Union's initials
         # or adjective after, or before « de justice »; its « Cour » with the initials)
         r"\bCour\s+de\s+justice\s+(?:de\s+l['’]UE|européenne)\b|\bCour\s+européenne\s+de\s+justice\b|"
         r"\bCour\s+de\s+l['’](?:UE|Union\s+européenne)\b", c.EU_COURT),
        # the Union, the Kingdom and the Council acting ("Les Vingt-Sept ont inscrit",
        # "L'UE a sanctionné", "le Royaume-Uni a gelé")
        (r"(?i:\bles\s+)(?:Vingt-[Ss]ept|27)\b|(?i:\bl['’])(?:UE|Union\s+européenne)\b|\bBruxelles\b", c.EU_COUNCIL),
        (r"(?i:\ble\s+)Royaume-Uni\b", c.UK_GOV),
        (r"\bConseil\s+de\s+sécurité\b", c.UN_SC),
        # (the United Nations told by its list or as acting: « la liste de l'ONU », « l'ONU a retiré »)
        (r"(?<=\bliste\s)(?:de\s+l['’]ONU|des\s+Nations\s+unies)\b|\b(?:[Ll]['’]ONU|[Ll]es\s+Nations\s+unies)(?=\s+(?:a|avait|ont|avaient)\s+(?:\w+\s+)?(?:inscrit|ajouté|désigné|retiré|radié|levé|sanctionné|gelé)\b)", c.UN_SC),
        (r"(?i)\b(?:juges?|tribunal|justice\s+américaine|cour)\b", "court"),
    ),
    lists=(
        (r"(?i)\bliste\s+noire\s+du\s+Pentagone\b|\bentreprises\s+militaires\s+chinoises\b|\bsociétés\s+militaires\s+chinoises\b|\bentreprises\s+(?:chinoises\s+)?liées\s+à\s+l['’]armée\b|\bliste\s+(?:noire\s+)?(?:du\s+ministère|du\s+département)\s+(?:américain\s+)?de\s+la\s+Défense\b", c.CCMC),
        (r"(?i)\bliste\s+des\s+(?:entités|organisations|sociétés|entreprises)\s+non\s+fiables\b|\bUnreliable\s+Entity\s+List\b", c.UEL),
        (r"(?i)(?<!Unreliable\s)\bEntity\s+List\b|\bliste\s+des\s+entités\b(?!\s+non\s+fiables)|\bliste\s+noire\s+(?:commerciale|du\s+(?:département|ministère)\s+du\s+Commerce)\b", c.ENTITY_LIST),
        (r"(?i)\bSpecially\s+Designated\s+Nationals\b|\bliste\s+(?:des\s+)?(?:ressortissants|personnes)\s+spécialement\s+désigné\w*\b|\bliste\s+(?:noire\s+)?(?:des\s+sanctions|de\s+l['’]OFAC|du\s+Trésor)\b", c.SDN),
        (r"(?i)\bcomplexe\s+militaro-industriel\s+chinois\b", c.NS_CMIC),
    ),
    date_distractor=r"(?i)\b(?:publiée?s?|parution|prolongations?|prorogations?|renouvellements?|(?:r?allong|élarg|étend)(?:ée?s?|ie?s?|ue?s?)|invasion|envahi\w*|guerre|attaque|attentat|offensive|élection|élu|élue|démission\w*|démissionn\w*|séance|cours|clôture|Bourse|introduction|naissance|né|née|décès|mort|décédé\w*|fondée?|créée?|sommet|visite|réunion|entretien|rencontre|conférence|assemblée\s+générale)\b(?:\s+(?:[\w'’-]+\s+){0,4}?)?(?:le|du|en|depuis|de|,)?\s*$",
    # a group of people an act is told of, taking up the people named just before (news/
    # enumerations.py): a demonstrative or a count before a noun of people ("ces
    # responsables", "les trois hommes"), a bare count after a preposition ("levées pour
    # les quatre", not "pour les quatre sociétés"), and the object pronoun before an act's
    # plural participle ("le Conseil les a inscrits")
    people_anaphora=(
        r"(?i)\b(?:ces|les\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+))\s+(?:[\w-]+\s+)?"
        r"(?:personnes|personnalités|responsables|individus|hommes|femmes|dirigeants|officiers|ministres|généraux|chefs|"
        r"milliardaires|oligarques|magnats|frères|sœurs|soeurs)\b"
        # (a pair told by its noun or by « tous deux »: « le duo », « les deux hommes d'affaires »)
        r"|\b(?:le|du|au)\s+duo\b(?!\s+d[e'’])|\btou(?:s|tes)\s+(?:les\s+)?deux\b(?=\s+(?:ont|avaient|avait|sont|étaient|a|ont\s+été|avaient\s+été)\b)"
        r"|\b(?:pour|contre|visant|concernant)\s+les\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b"
        r"(?!\s+(?!(?:en|à|au|aux|dans|depuis|par|le|la|les|l|et|ont|sont|avaient|étaient|de|du|des|d)\b)[a-zà-ÿ])"
        r"|\bles\s+(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|déjà|alors|ensuite)\s+)?"
        r"(?:sanctionn|inscr|désign|ajout|plac|retir|radi|vis|cibl)\w*(?:és|ées|its|ites)\b"
    ),
    # a report called wrong is no event (events._blocked)
    refuted=r"(?i)\b(?:a|ont)\s+démenti\b|\binformations?\s+selon\s+lesquelles\b.*\b(?:fausses?|erronées?|inexactes?)\b",
    abbreviations=frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Me", "Dr", "Mr", "Mrs", "Ms", "Corp", "Co", "Inc", "Ltd", "St", "etc", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "art", "p",
                             # a case's sides and number: « A c. Conseil, aff. T-1/22 »
                             "c", "v", "vs", "aff"}),
)
