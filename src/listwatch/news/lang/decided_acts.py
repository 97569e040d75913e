"""An act told as a decision taken: a verb or a noun of decision, "to" / « de », then the
act's own verb in the infinitive ("the board decided to freeze A's funds", "the
licence followed the decision to place B on the list", « le Conseil a décidé d'infliger des
sanctions à C », « la décision d'inscrire D sur la liste »). The earlier acts an article
tells in passing are often told so.

One table per language, one construction for both: the decision's word, its "to" (« de »,
« d' »), an adverb at most, then an infinitive of a listing or a removal (a verb of placing
only with a list or a measure after it, "place X on the list", « mettre X sur la liste
noire »). The trigger is the infinitive and its measure's words (group ``at``): the party
is read after it, as any act's object is; the decision's word before it tells the status
(a decision taken is done, an agreement is announced: modality's cues).
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Trigger


@dataclass(frozen=True)
class DecidedWords:
    decision: str  # the verb or the noun of decision ("decided", "decision", « a décidé »)
    to: str  # what joins it to the infinitive ("to", « de », « d' »)
    adverb: str  # an adverb between ("also", « également »)
    listing: str  # the infinitives of a listing, their measure's words with them
    placing: str  # the infinitives of placing, an act only with a list or a measure after them
    removal: str  # the infinitives of a removal
    onto: str  # the list or the measure a placing needs after it


WORDS: dict[str, DecidedWords] = {
    "en": DecidedWords(
        # (the noun neither after a possessive, "challenging the Treasury's decision to
        # sanction X", the act a case is about, nor after "any", "every", "each": acts in general)
        decision=r"(?:decided|decides|decide|determined|resolved|voted|votes|agreed|agrees|chose|opted|moved|"
                 r"(?<!['’]s\s)(?<!\bany\s)(?<!\bevery\s)(?<!\beach\s)decision)",
        to=r"to\s+",
        adverb=r"(?:also|further|then|immediately|formally|jointly)",
        listing=r"(?:list|designate|sanction|blacklist|"
                r"(?:re-?)?impose\s+(?:an?\s+|the\s+)?(?:new\s+|further\s+)?(?:sanctions|asset\s+freezes?|travel\s+bans?|restrictive\s+measures)|"
                r"freeze\s+(?:the\s+)?(?:assets|funds|holdings|property)|block\s+(?:the\s+)?(?:assets|property))",
        placing=r"(?:add|place|put)",
        removal=r"(?:remove|delist|de-list|unfreeze|lift\s+(?:the\s+)?(?:sanctions|asset\s+freeze|travel\s+ban|restrictions|designation))",
        onto=r"(?=[^.;]{0,320}?\b(?:on|onto|to|under)\s+(?:the|its|their|a|an)\s+(?:[\w'’.-]+\s+){0,4}?(?:list|blacklist|register|sanctions)\b)",
    ),
    "fr": DecidedWords(
        decision=r"(?:décidé|décide|décident|décidait|décidaient|(?<!\btoute\s)(?<!\bchaque\s)décision|résolu|choisi|voté|accepté)",
        to=r"(?:de\s+|d['’]\s*)",
        adverb=r"(?:aussi|également|ensuite|désormais|immédiatement)",
        listing=r"(?:sanctionner|désigner|cibler|"
                r"(?:infliger|imposer|réimposer)\s+(?:des\s+|de\s+nouvelles\s+|les\s+)?(?:sanctions|mesures\s+restrictives|un\s+gel\s+des\s+avoirs)|"
                r"geler\s+(?:les\s+)?(?:avoirs|fonds|actifs|biens|comptes))",
        placing=r"(?:inscrire|ajouter|placer|mettre|remettre|réinscrire)",
        removal=r"(?:retirer|radier|dégeler|lever\s+(?:les\s+|le\s+)?(?:sanctions|mesures\s+restrictives|restrictions|gel))",
        onto=r"(?=[^.;]{0,160}?\b(?:sur|à|dans)\s+(?:la|sa|leur|une|l['’]|les)\s*(?:[\w'’.-]+\s+){0,3}?(?:liste|registre|annexe|sanctions)\b)",
    ),
}


def decided_triggers(lang: str) -> tuple[Trigger, ...]:
    """The listing and the removal told as a decision taken, in ``lang``."""
    w = WORDS[lang]
    head = rf"\b{w.decision}\s+{w.to}(?:{w.adverb}\s+)?"
    return (
        Trigger("designation", rf"{head}(?P<at>{w.listing}\b|{w.placing}\b{w.onto})"),
        Trigger("removal", rf"{head}(?P<at>{w.removal})\b"),
    )
