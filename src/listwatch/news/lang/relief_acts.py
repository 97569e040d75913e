"""A relief act: a licence, waiver, exemption or relief granted, extended or obtained, and
whom it is for, one reading for both languages from one table each.

The act has open slots: any relief noun (licence, waiver, exemption, exception, reprieve,
relief, authorisation; « licence », « dérogation », « exemption », « répit »,
« autorisation »), any act of granting in any voice (grant, issue, extend, provide, give;
« accorder », « octroyer », « étendre », « prolonger »), and its beneficiary in one of the
places a reader finds it:

- after the cue of whom it is for, the act passive or active, the relief before the cue
  ("relief from the measures was also extended to two executives: A and B", "granted
  further relief to A", « une dérogation a été accordée à A », « a octroyé une exemption
  à A »), or the cue before the relief (« a accordé à A une exemption de 60 jours »);
- as the object of a verb of including, the relief its subject ("The waiver covers A and
  B", « La dérogation concerne A »);
- as the subject of a verb of the party's side ("A obtained an extension of its waiver",
  « A a obtenu une prolongation de son exemption », « A bénéficie ... de dérogations »);
- after a verb of exempting ("exempted A from the sanctions", « a exempté A des
  sanctions »);
- as whom the measures a suspension for a time puts off target ("suspended for 90 days
  the measures imposed on A", « la suspension pendant 120 jours des sanctions visant A »).

An extension told by its noun and its period is a licence too, each period one
(« deux rallonges, de 120 jours en mars puis de 30 jours en juillet », "a
60-day extension"); not a regime's own extension ("of the sanctions", « des sanctions »).

The beneficiary must be named (a capital within a few words after the cue, or after a
group and a colon): a relief described in general ("waivers are granted to firms that")
names no one here. A country in the beneficiary's place is a party (``relief_states``):
anywhere else a country is a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..places import COUNTRY_WORDS
from .base import Trigger


@dataclass(frozen=True)
class ReliefWords:
    noun: str  # a relief noun
    held: str  # a relief noun a party is told to hold (no authorisation: a trade's permits are too)
    grant: str  # an active verb of granting, in a finite or participial form
    granted: str  # its passive participle
    aux: str  # the auxiliaries of a passive
    been: str  # the participle of being between them
    adverb: str  # an adverb that may come between the words of the act
    to: str  # the cue before whom the relief is for
    det: str  # a determiner or a title word before the beneficiary's name
    subject: str  # a determiner that opens the relief as a subject
    include: str  # a verb of including whose subject is the relief
    obtain: str  # a verb of the party's side (obtained, benefits from)
    exempt: str  # a verb of exempting, its object the party
    waive: str  # a verb of waiving, its object the measures ("waived", « renonce à »)
    sanctions: str  # the measures one is exempted from
    aimed: str  # what ties the measures to whom they target ("imposed on", « imposées à »)
    suspend: str  # a suspension, the relief of a measure put off for a time
    extension: str  # an extension's noun
    period: str  # a count of days, weeks or months
    then: str  # "then" between two periods
    regime: str  # what a regime's own extension names after its period
    extended: str  # a participle of extending, renewing or prolonging (no other granting)
    introduced: str  # a participle of bringing a new relief in ("introduced", « introduites »)
    future: str  # an auxiliary of the future before a passive's infinitive ("will", « va »)
    saw: str  # a verb whose subject saw its relief extended ("saw", « a vu »)
    its: str  # a possessive before the subject's relief
    of: str  # the link of an extension's noun to the relief it extends ("of the", « de la »)
    put_off: str  # a verb of putting an end or a start off ("extended", "pushed back", « repoussé »)
    put_off_pp: str  # its participle in a passive
    end: str  # the end a party is given (deadline, wind-down period; « délai », « date limite »)
    start: str  # the measures' start (their implementation, entry into force; « mise en œuvre »)
    own: str  # a determiner before the end or the start
    between: str  # what may come between the verb and its object (an adverb, a day, a span of days)
    authorise: str  # a verb of authorising a party to act ("authorized", « a autorisé »)
    authorised: str  # its participle in a passive ("was authorized", « a été autorisé »)
    to_do: str  # the cue of what the party may do ("to", « à »)
    dealing: str  # a verb of dealing or trading in the infinitive (resume, export; « reprendre »)


_N = r"(?:\d{1,3}|one|two|three|four|five|six|nine|twelve|thirty|forty-five|sixty|ninety|un|deux|trois|quatre|six|" \
     r"douze|trente|quarante-cinq|soixante|quatre-vingt-dix)"

WORDS: dict[str, ReliefWords] = {
    "en": ReliefWords(
        noun=r"(?:licen[cs]es?|waivers?|exemptions?|exceptions?|carve-outs?|reprieves?|relief|authori[sz]ations?)",
        held=r"(?:licen[cs]es?|waivers?|exemptions?|carve-outs?|reprieves?|relief)",
        grant=r"(?-i:(?:grant|extend|issu|provid|giv|offer|award|renew|prolong)(?:ed|es|s|ing|e)?|gave)",
        granted=r"(?-i:granted|extended|issued|provided|given|offered|awarded|renewed|prolonged)",
        aux=r"(?:was|were|is|are|has|have|had|will|would)",
        been=r"(?:been|being|be)",
        adverb=r"(?:also|now|further|likewise|similarly|already|recently|newly|then|later|[a-z]+ly)",
        to=r"(?:to|for)",
        det=r"(?:the|its|their|his|her|a|an|former|ex-)",
        subject=r"(?:the|this|that|its|their|such)",
        include=r"(?-i:includes?|included|covers?|covered|extends\s+to|applies\s+to|benefits|benefited)",
        obtain=r"(?-i:obtained|received|secured|won|got|benefit(?:s|ed|ted)\s+from|(?:was|were|has\s+been|have\s+been)\s+granted)",
        exempt=r"(?-i:exempt(?:ed|s|ing)?)",
        waive=r"(?-i:waiv(?:e|ed|es|ing)|fore?go(?:es|ing|ne)?|fore?went)",
        sanctions=r"(?:sanctions|measures|restrictions|penalties|the\s+ban|the\s+embargo)",
        aimed=r"(?:(?:imposed\s+|levied\s+)?(?:on|upon|against)|targeting|aimed\s+at)",
        suspend=r"(?:suspen(?:ded|ding|ds?|sions?))",
        extension=r"(?:extensions?|renewals?|prolongations?)",
        period=_N + r"\s+(?:more\s+|additional\s+|further\s+)?(?:days|weeks|months)",
        then=r"(?:then|and|again)",
        regime=r"(?:of|on)\s+(?:the\s+|its\s+|their\s+)?(?:sanctions?|regimes?|measures|(?:asset\s+)?freezes?|designations?|"
               r"listings?|embargo|ban)\b",
        extended=r"(?-i:extended|renewed|prolonged)",
        introduced=r"(?-i:introduced|adopted)",
        future=r"(?:will|would|is\s+to|are\s+to)",
        saw=r"(?-i:saw|sees|see|has\s+seen|have\s+seen|had|has|have|got|gets)",
        its=r"(?:its|their|his|her)",
        of=r"(?:of\s+(?:the|its|their|his|her|this|that|a|an)|of)",
        put_off=r"(?:(?:extend|prolong|postpon|defer)\w*|(?:push|mov)(?:ed|es|ing)?\s+back|delay(?:ed|s|ing)?)",
        put_off_pp=r"(?:extended|prolonged|postponed|deferred|delayed|pushed\s+back|moved\s+back)",
        end=r"(?:deadlines?|cut-?offs?(?:\s+dates?)?|expiry|expiration(?:\s+dates?)?|wind-?down\s+periods?|grace\s+periods?)",
        start=r"(?:implementation|imposition|entry\s+into\s+force|effective\s+date|enforcement)\s+of\s+(?:the\s+|these\s+|its\s+|"
              r"their\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|measures|restrictions|ban)",
        own=r"(?:the|a|its|their|this|that)",
        authorise=r"(?-i:authori[sz](?:ed|es|ing)?)",
        authorised=r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:also\s+|now\s+|temporarily\s+)?"
                   r"(?-i:authori[sz]ed))",
        to_do=r"to",
        dealing=r"(?:resume|export|import|sell|buy|purchase|operate|continue|pay|trade|deal|complete|wind\s+down|ship|"
                r"supply|maintain|conduct|process|transfer|divest|exit|receive|restart|produce|lift|load)\b",
        between=r"(?:(?:again|once\s+more|further|on\s+\w+day|\w+day|by\s+(?:\d+|one|two|three|four|six)\s+(?:days|weeks|months)|(?:until|to|till|through)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?|from\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?\s+(?:to|until)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?),?\s+){0,3}",
    ),
    "fr": ReliefWords(
        noun=r"(?:licences?|dérogations?|exemptions?|exceptions?|répits?|autorisations?)",
        held=r"(?:licences?|dérogations?|exemptions?|répits?)",
        grant=r"(?-i:(?:accord|octroy|délivr|étend|prolong|prorog|renouvel|consent|attribu)\w*|étendu\w*)",
        granted=r"(?-i:(?:accord|octroy|délivr|prolong|prorog|renouvel|consent|attribu)(?:é|ée|és|ées)|étendue?s?)",
        aux=r"(?:a|ont|avait|avaient|sera|seront|est|sont|était|étaient)",
        been=r"(?:été)",
        adverb=r"(?:également|aussi|déjà|désormais|ensuite|encore|[a-zà-ÿ]+ment)",
        to=r"(?:à|au|aux|pour|en\s+faveur\s+(?:de|du|des|d['’]))",
        det=r"(?:l['’]|la|le|les|son|sa|ses|leur|leurs|un|une|l['’]ancien|l['’]ex-)",
        subject=r"(?:la|le|l['’]|cette|ce|ces|les|sa|son|leur)",
        include=r"(?-i:(?:concern|couvr|vis|inclu|comprend|bénéfici)\w*(?:\s+(?:à|aux|au))?|s['’]appliqu\w*\s+(?:à|aux|au)|"
                r"s['’]étend\w*\s+(?:à|aux|au))",
        obtain=r"(?-i:obtenu|reçu|décroché|arraché|bénéfici(?:e|ent|ait|aient|é)\b)",
        exempt=r"(?-i:exempt(?:é|ée|és|ées|e|ait|aient|ent|era|eront))",
        waive=r"(?-i:renon(?:c|ç)\w*\s+(?:à|aux?))",
        sanctions=r"(?:sanctions|mesures|restrictions|pénalités|embargo)",
        aimed=r"(?:(?:imposée?s?|prises?|décidée?s?)\s+(?:à|au|aux|contre|à\s+l['’]encontre\s+(?:de|du|des|d['’]))|visant|contre|"
              r"frappant|à\s+l['’]encontre\s+(?:de|du|des|d['’]))",
        suspend=r"(?:suspen(?:du|due|dus|dues|d|dent|sions?|dre))",
        extension=r"(?:rallonges?|prolongations?|prorogations?|extensions?|renouvellements?)",
        period=_N + r"\s+(?:jours|semaines|mois)",
        then=r"(?:puis|et|ensuite)",
        regime=r"(?:des|du|de\s+la|de\s+ses|de\s+leurs)\s+(?:sanctions?|régimes?|mesures|gel|embargo|inscriptions?|"
               r"désignations?|interdictions?)\b",
        extended=r"(?-i:(?:prolong|prorog|renouvel)(?:é|ée|és|ées)|reconduite?s?|étendue?s?)",
        introduced=r"(?-i:introduite?s?|adoptée?s?|instaurée?s?)",
        future=r"(?:va|vont|allait|allaient)",
        saw=r"(?-i:(?:a|ont|avait|avaient)\s+vu|voit|voient)",
        its=r"(?:sa|son|ses|leurs?)",
        of=r"(?:de\s+(?:la|sa|son|ses|leurs?|cette|ces|l['’])|du|des|d['’])",
        put_off=r"(?:(?:prolong|prorog|repouss|report|décal|allong|recul|différ)\w*|étend\w*|reconduit\w*)",
        put_off_pp=r"(?:(?:prolong|prorog|repouss|report|décal|allong|différ)\w*|étendu\w*|reconduit\w*)",
        end=r"(?:délais?|dates?\s+(?:limites?|butoirs?|d['’]expiration|d['’]échéance)|échéances?|périodes?\s+de\s+(?:liquidation|grâce|"
            r"transition))",
        start=r"(?:mise\s+en\s+(?:œuvre|oeuvre|application)|entrée\s+en\s+vigueur|application)\s+(?:des|de\s+(?:ces|leurs|ses))\s+"
              r"(?:[\w-]+\s+){0,2}?(?:sanctions|mesures|restrictions|interdictions?)",
        own=r"(?:(?:le|la|les|son|sa|ses|leurs?|ce|cette)\s+|l['’]\s*)",
        authorise=r"(?-i:autoris(?:é|e|ent|ait|aient|era|eront|ant))",
        authorised=r"(?:(?:a|ont|avait|avaient|sera|seront|aurait|auraient)\s+(?:également\s+|aussi\s+|temporairement\s+)?été|"
                   r"(?:est|sont|était|étaient)(?:\s+désormais|\s+temporairement)?)\s+(?-i:autorisée?s?)",
        to_do=r"à",
        dealing=r"(?:reprendre|exporter|importer|vendre|acheter|opérer|exploiter|poursuivre|continuer|payer|régler|commercer|"
                r"finaliser|liquider|livrer|fournir|maintenir|conclure|céder|effectuer|traiter|recevoir|produire|charger|"
                r"relancer)\b",
        between=r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aussi|également|donc|encore|de\s+nouveau|hier|"
                r"temporairement|provisoirement|(?:le\s+)?(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?|(?:jusqu['’](?:au|à)|au)\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?|du\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?\s+au\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?|"
                r"(?:de|d['’])\s*(?:\d+|un|deux|trois|quatre|six)\s+(?:jours|semaines|mois)(?:\s+supplémentaires)?),?\s+){0,3}",
    ),
}


_COUNTRY = "(?:" + "|".join(sorted(COUNTRY_WORDS, key=len, reverse=True)) + ")"


def _who(w: ReliefWords) -> str:
    """The beneficiary right after the cue: a name within a few words (a determiner or a
    title may open it), or a group and a colon before the names."""
    return (rf"(?=\s*(?:[^.;:]{{0,50}}:\s*)?(?:{w.det}\b\s*)?(?:[\w'’-]+\s+){{0,3}}?(?-i:[A-ZÀ-Ý]))")


def _held(w: ReliefWords) -> str:
    """What the party's side holds, its object within a dozen words (a comma may come
    between: « bénéficie depuis 2018, ..., de dérogations »), no court's relief among them and
    none told as a court's."""
    return (r"\s+(?:(?!(?:injunctions?|injonctions?|orders?|ordonnances?|stays?|rulings?)\b)[\w'’-]+,?\s+){0,12}?"
            rf"(?:[dl]['’])?{w.held}\b"
            # (a reprieve won from a court is its injunction: "won a reprieve in court")
            r"(?![^.;]{0,40}?\b(?:court|judge|tribunal|juges?|cour|justice)\b)")


def _waived(w: ReliefWords) -> str:
    """What a verb of waiving bears on, up to whom it is aimed at: a few words (a
    determiner, a quantifier, a quality, the measures' application: "some of the punitive
    measures", « l'application de certaines sanctions ») before the measures' noun, a few
    after it, then the cue of whom they target ("against", "imposed on", « imposées
    contre », « à l'encontre de »)."""
    return (rf"(?:[\w'’-]+\s+|[dl]['’]\s*){{0,5}}?{w.sanctions}\b(?:\s+(?!{w.aimed}\b)[\w'’-]+){{0,3}}?"
            rf"\s+{w.aimed}\b")


def _adverbs(w: ReliefWords) -> str:
    return rf"(?:{w.adverb}\s*,?\s+){{0,2}}"


def relief_triggers(lang: str) -> tuple[Trigger, ...]:
    """The licence triggers of the construction in ``lang`` (the trigger is the act's verb,
    or the extension's noun and period)."""
    w = WORDS[lang]
    adv = _adverbs(w)
    who = _who(w)
    passive = (rf"\b{w.noun}\b[^.;:]{{0,50}}?\b(?P<at>(?:{w.aux}\s+{adv}(?:{w.been}\s+{adv})?)?{w.granted})"
               rf"\s+{adv}{w.to}\b{who}")
    active = rf"\b(?P<at>{w.grant})\s+(?:[\w'’-]+\s+){{0,4}}?{w.noun}\b(?:\s+[\w'’-]+){{0,3}}?\s+{w.to}\b{who}"
    cue_first = rf"\b(?P<at>{w.grant})\s+{w.to}\b{who}(?=[^.;:]{{0,50}}?\b{w.noun}\b)"
    include = rf"\b{w.subject}\s+(?:[\w-]+\s+){{0,2}}?{w.noun}\s+{adv}(?P<at>{w.include})\b{who}"
    obtain = rf"\b(?P<at>{w.obtain})(?={_held(w)})"
    # (whom the measures target may be told by a group word: "waived the measures on both of
    # them"; a country's measures waived are its regime's, no party's relief)
    waive = rf"\b(?P<at>{w.waive})\s+{_waived(w)}(?!\s*(?:{w.det}(?:\s+|(?<=['’])))?(?i:{_COUNTRY})\b(?!['’]s\b))"
    period = rf"(?:de|d['’]|of|by|for)\s*{w.period}"
    extension = (rf"\b(?P<at>{w.extension}\s+(?:[\w-]+\s+)?{period}|{_N}[- ](?:day|week|month)\s+{w.extension})"
                 rf"(?![^.;]{{0,30}}?\b{w.regime})")
    again = (rf"\b{w.extension}\s+(?:[\w-]+\s+)?{period}(?![^.;]{{0,30}}?\b{w.regime})[^.;]{{0,40}}?"
             rf"(?P<at>\b{w.then}\s+(?:encore\s+|again\s+)?{period})")
    return tuple(Trigger("license", p) for p in (passive, active, cue_first, include, obtain, waive, extension, again,
                                                 *_extended(w, adv), *_put_off(w), *_authorised(w, adv)))


def _authorised(w: ReliefWords, adv: str) -> tuple[str, ...]:
    """A party authorised to deal or trade by name: the verb, the party named (a capital)
    before the cue and a verb of dealing ("authorized on Saturday the refiner X to resume
    its operations", « a autorisé samedi le groupe X à reprendre ses activités »), or the
    party the subject of the passive ("X was authorized to export its crude", « X a été
    autorisé à exporter »): a licence of that party. An authority's own powers ("authorized
    the Secretary to impose") are no dealing; a group of no name is no party."""
    active = (rf"\b(?P<at>{w.authorise})\s+(?=[^.;:]{{0,80}}?(?-i:[A-ZÀ-Ý])[^.;:]{{0,60}}?\s{w.to_do}\s+{adv}{w.dealing})")
    # (the passive's subject a name: its last word capitalised, a closing quote after it)
    passive = rf"(?-i:[A-ZÀ-Ý0-9][\w.&'’-]*)\s*[»\"”)]?\s+(?P<at>{w.authorised})\s+{w.to_do}\s+{adv}{w.dealing}"
    return active, passive


def _put_off(w: ReliefWords) -> tuple[str, ...]:
    """A licence's end or the measures' start put off for the parties: the verb of putting
    off, an adverb, a day or a span of days between ("extended on Friday the deadline for X
    to sell its assets", "postponed from March 2 to April 8 the implementation of the sanctions
    on X", « a décalé du 2 mars au 8 avril la date limite de X », « repousserait la mise en
    œuvre des sanctions imposées à X »), or the end's noun the subject of a passive ("the
    wind-down period for X was extended", « le délai a été prorogé »): the verb is the
    licence, the end's or the start's words with their day the deadline. No time to file or
    to answer (``_NO_FILING_END``)."""
    no_filing = (r"(?![^.;]{0,40}?\b(?:comments?|submissions?|responses?|respond|reply|replies|answer\w*|observations|"
                 r"applications?|appeals?|hearings?|filings?|briefs?|commentaires?|réponses?|répondre|recours|appel|"
                 r"candidatures?|audiences?|mémoires?|dépôts?|déposer|contestations?|contester)\b)")
    own = w.own if w is WORDS["fr"] else rf"{w.own}\s+"
    active = (rf"\b(?P<at>{w.put_off})\s+{w.between}{own}(?:[\w-]+\s+){{0,2}}?(?:{w.end}|{w.start})\b{no_filing}")
    aux = r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:again\s+|once\s+more\s+|further\s+)?" if w is WORDS["en"] \
        else r"(?:a|ont|avait|avaient)\s+été\s+(?:de\s+nouveau\s+|encore\s+)?"
    passive = rf"\b(?:{w.end}|{w.start})\b{no_filing}[^.;]{{0,80}}?\b(?P<at>{aux}{w.put_off_pp})\b"
    return active, passive


def _extended(w: ReliefWords, adv: str) -> tuple[str, ...]:
    """A relief told granted or extended by its own noun, its holder named around it
    (``attribution``): the noun the subject of a passive of granting, introducing or
    extending, whatever comes between ("the waiver held by X, due to lapse in May, has been
    renewed", "new derogations are being introduced for the sale of X's units", «
    l'autorisation de X, qui devait prendre fin le 3 mai, va être prolongée »), the object a
    party saw extended ("X saw its licence renewed", « X a vu sa licence prolongée »), or the
    noun of its extension ("under the latest waiver extension", « la prorogation de
    l'exemption »). Not a regime's own extension or a deadline's told between (« les
    sanctions ont été prolongées »), nor an extension asked for (``modality._REQUIRED``)."""
    noun = rf"(?:{w.held}|authori[sz]ations?|autorisations?|derogations?)"
    regime = r"(?:sanctions?|measures|mesures|regimes?|régimes?|freezes?|gel|embargo|ban|interdictions?|listings?|" \
             r"designations?|désignations?|inscriptions?|deadlines?|délais?)"
    gap = rf"(?:(?!\b(?:{regime}|{w.held})\b)[^.;:]){{0,120}}?"
    told = rf"(?:(?:{w.aux}|{w.future})\s+{adv}(?:(?:{w.been}|be|être)\s+{adv})?)"
    passive = rf"\b{noun}\b{gap}\b(?P<at>{told}(?:{w.extended}|{w.granted}|{w.introduced}))\b"
    saw = rf"\b(?P<at>{w.saw})\s+{w.its}\s+(?:[\w-]+\s+){{0,2}}?{noun}\s+{adv}{w.extended}\b"
    compound = rf"\b{w.held}\s+(?P<at>{w.extension})\b" if w is WORDS["en"] else None
    of = rf"\b(?P<at>{w.extension})\s+{w.of}\s*(?:[\w-]+\s+){{0,2}}?{noun}\b"
    return tuple(p for p in (passive, saw, compound, of) if p is not None)


@cache
def _slots(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a beneficiary sits: what comes before it (a cue after the relief and its act,
    a verb of exempting or including), what comes after it when the act follows (a verb of
    the party's side, the relief after a cue-first act, the measures one is exempted from)."""
    w = WORDS[lang]
    adv = _adverbs(w)
    det = rf"(?:{w.det}(?<=['’])|{w.det}\s+)?"
    before = re.compile(
        rf"(?i)(?:\b{w.noun}\b[^.;:]{{0,50}}?\b{w.granted}\s+{adv}{w.to}"
        rf"|\b{w.grant}\s+(?:[\w'’-]+\s+){{0,4}}?{w.noun}\b(?:\s+[\w'’-]+){{0,3}}?\s+{w.to}"
        rf"|\b{w.subject}\s+(?:[\w-]+\s+){{0,2}}?{w.noun}\s+{adv}{w.include}(?:\s+[^.;]{{0,60}}?,)?"
        # (the measures a suspension for a time puts off, and whom they target: « la
        # suspension pendant six mois des sanctions imposées à X », "suspended for 90 days
        # the sanctions on X": a waiver of X, ``event_kinds``)
        rf"|\b{w.suspend}\b[^.;:]{{0,60}}?\b{w.sanctions}\s+{w.aimed}"
        rf")\s*{det}$")
    # (the cue first, « a accordé à X une exemption », or no cue, "granted X a waiver")
    cue_first = re.compile(rf"(?i)\b{w.grant}\s+(?:{w.to}\s*)?{det}$")
    exempt = re.compile(rf"(?i)\b{w.exempt}\s+{det}$")
    after = re.compile(
        rf"(?i)\s*(?:,[^,.;]{{0,60}},\s*)?(?:{w.aux}\s+)?{adv}(?:{w.obtain})(?={_held(w)})")
    return before, cue_first, exempt, after


# a licence's title right after a name ("Norland General License 12", "X GL 4")
_TITLE_NEXT = re.compile(r"\s+(?:(?i:general\s+licen[cs]es?)|GL)\b")


def beneficiary_slot(sentence: str, start: int, end: int, lang: str) -> bool:
    """The name at ``start:end`` of ``sentence`` is whom a relief act is for (any of the
    places the module's doc lists)."""
    w = WORDS[lang]
    before, cue_first, exempt, after = _slots(lang)
    head, tail = sentence[max(0, start - 160) : start], sentence[end:]
    found = before.search(head)
    if found is not None and re.match(rf"(?i)\b{w.suspend}\b", found.group(0)) is not None \
            and not re.search(rf"(?i)\b{w.period}", sentence):
        found = None  # (a suspension not told for a time is a court's, or a removal)
    if found is not None or after.match(tail):
        return True
    if cue_first.search(head) and re.match(rf"(?i)(?![’']s\b)[^.;:]{{0,50}}?\b{w.noun}\b", tail) \
            and not _TITLE_NEXT.match(tail):
        # (a name right before a licence's title qualifies it, as its programme does: "issued
        # Norland General License 12" is no licence granted to Norland)
        return True
    return bool(exempt.search(head) and re.match(rf"(?i)[^.;]{{0,160}}?\b{w.sanctions}", tail))


@cache
def _extension_told() -> re.Pattern[str]:
    parts = []
    for w in WORDS.values():
        period = rf"(?:de|d['’]|of|by|for)\s*{w.period}"
        parts.append(rf"\b{w.extension}\s+(?:[\w-]+\s+)?{period}(?![^.;]{{0,30}}?\b{w.regime})")
    return re.compile("(?i)" + "|".join(parts))


def extension_told(sentence: str) -> bool:
    """The sentence tells a licence's extension by its noun and its period, in either
    language (« une rallonge de 90 jours », "an extension of 60 days"): each such
    extension is an act, even beside "already" (« a déjà eu droit à deux rallonges »)."""
    return _extension_told().search(sentence) is not None
