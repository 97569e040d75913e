"""A measure undone by a verb of undoing, its parties after the measure's own cue of
whom it targets: "removed sanctions on X", "dropped restrictions on former chiefs A and
B", "had removed some sanctions on A and on B", "plans to drop the economic
restrictions on A, B and C", "withdrew its asset freeze against X", « a retiré ses sanctions contre X »,
« a supprimé son gel des avoirs visant X », « abandonne les mesures punitives prises contre
X ». A removal: the measure's parties leave it.

One table per language, one construction for both: the verb of undoing in any tense,
a determiner or a quantifier ("some", "all", « certaines », « toutes les »), at most two
qualifiers (an owner's name, "financial", « américaines »), the measure's noun, and the
cue of whom it targets right after (a preposition, a participle of imposing or
targeting, a relative clause of targeting). Not this act: a measure undone on a trade or
a good ("lifted restrictions on exports of X": the export's words right after the cue),
a market's listing (a share's listing withdrawn). The older triggers of a verb and its
measure's noun stay as they are (a lift with no cue after it: "lifted the sanctions
yesterday"); this one reads the verbs they do not (remove, drop, withdraw, « retirer »)
and the cue they ask for.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Trigger


@dataclass(frozen=True)
class UndoingWords:
    verb: str  # the verb of undoing, in every tense and person
    determiner: str  # what may open the measure's phrase (an article, a possessive, a quantifier)
    qualifier: str  # one qualifier of the measure (an owner's name, an adjective)
    measure: str  # the measure's noun
    target: str  # the cue of whom the measure targets, right after it
    goods: str  # a trade or a good told right after the cue: no party
    market: str  # words of a market's listing anywhere after


WORDS: dict[str, UndoingWords] = {
    "en": UndoingWords(
        verb=(r"(?:remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?|drop(?:s|ped|ping)?|withdr(?:aw|aws|awn|awing|ew)|"
              r"scrap(?:s|ped|ping)?|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|cancel+(?:s|ed|ing)?|"
              r"terminat(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|end(?:s|ed|ing)?)"),
        determiner=(r"(?:the|its|their|his|her|these|those|all(?:\s+(?:the|its|their))?|some(?:\s+of\s+(?:the|its|their))?|"
                    r"most(?:\s+of\s+(?:the|its|their))?|certain|remaining|several|part\s+of\s+(?:the|its|their))"),
        qualifier=r"(?:[\w.-]+['’]s?|[\w.-]+)",
        measure=(r"(?:sanctions|restrictions|restrictive\s+measures|asset\s+freezes?|freezes?|travel\s+bans?|bans?|"
                 r"designations?|listings?|blacklisting|penalties|punitive\s+measures|blocking\s+measures)"),
        target=(r"(?:on|against|targeting|that\s+targeted|which\s+targeted|(?:imposed|placed|levied)\s+(?:on|against))"),
        goods=(r"(?:(?:the\s+)?(?:exports?|imports?|trade|sales?|shipments?|purchases?|investments?|flights?|travel|"
               r"transactions?|dealings?|goods|products|oil|gas|arms|weapons|technology|chips?|semiconductors?)\b)"),
        market=r"\b(?:Nasdaq|NYSE|stock\s+exchange|shares)\b",
    ),
    "fr": UndoingWords(
        verb=(r"(?:retir(?:er|e|es|ent|é|ée|és|ées|ait|aient|a|era|eront|erait)|"
              r"supprim(?:er|e|es|ent|é|ée|és|ées|ait|aient|a|era|eront|erait)|"
              r"abandonn(?:er|e|es|ent|é|ée|és|ées|ait|aient|a|era|eront|erait)|"
              r"abrog(?:er|e|es|ent|é|ée|és|ées|eait|eaient|ea|era|eront|erait)|"
              r"lev(?:er|é|ée|és|ées|ait|aient|a|ons|ez|era|eront|erait)|lève(?:nt|ra|ront|rait)?)"),
        determiner=(r"(?:les|ses|leurs|ces|des|la|sa|leur|cette|le|son|l['’]|toutes\s+(?:les|ses|leurs)|"
                    r"certaines(?:\s+des)?|une\s+partie\s+des|la\s+plupart\s+des)"),
        qualifier=r"(?:[\w-]+)",
        measure=(r"(?:sanctions|mesures\s+restrictives|mesures\s+punitives|restrictions|gel\s+des\s+(?:avoirs|fonds)|"
                 r"interdictions?(?:\s+de\s+(?:voyager|séjour|territoire))?|désignations?|inscriptions?)"),
        target=(r"(?:contre|visant|ciblant|frappant|à\s+l['’]encontre\s+(?:de|du|des|d['’])|à\s+l['’]égard\s+(?:de|du|des|d['’])|"
                r"(?:qui|lesquelles)\s+(?:visai(?:en)?t|frappai(?:en)?t|ciblai(?:en)?t|touchai(?:en)?t|pesai(?:en)?t\s+sur)|"
                r"(?:imposée?s?|infligée?s?|prises?)\s+(?:à|aux|au|contre|à\s+l['’]encontre\s+(?:de|du|des|d['’])))"),
        goods=(r"(?:(?:les\s+|l['’]\s*|des\s+|la\s+|le\s+)?(?:exportations?|importations?|commerce|ventes?|achats?|"
               r"investissements?|vols?|voyages?|transactions?|biens|produits|pétrole|gaz|armes|technologies?|puces?)\b)"),
        market=r"\b(?:Nasdaq|NYSE|bourse|cotation|actions)\b",
    ),
}


def _pattern(w: UndoingWords) -> str:
    return (rf"\b{w.verb}\s+(?:{w.determiner}\s*)?(?:{w.qualifier}\s+){{0,2}}?{w.measure}\b"
            rf"(?=\s+{w.target}\s+(?!{w.goods}))(?![^.;]*{w.market})")


def undoing_triggers(lang: str) -> tuple[Trigger, ...]:
    """The removal a verb of undoing tells of a measure with its targets, in ``lang``."""
    return (Trigger("removal", _pattern(WORDS[lang])),)
