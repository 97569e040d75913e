"""A measure left to lapse: the authority says it does not, will not or decided not to
renew, extend or prolong the measure on a party ("the Council will not extend the
restrictions on X", "declined to renew the listing of X", « l'UE ne prolongera pas les
sanctions visant X », « n'a pas renouvelé l'inscription de X », « a décidé de ne pas
reconduire le gel des avoirs de X »). The party leaves the list when the measure ends: a
removal, told by the negation itself (modality reads no denial in it: ``lapse_told``).

One table per language, one construction for both: the negation (its auxiliary, its
tense, a verb of declining), the verb of renewal, a determiner and at most two
qualifiers, the measure's noun. Not a lapse: a measure not widened to further parties
("did not extend the sanctions to X", « n'a pas étendu les sanctions à X »: X was never
listed), a market's listing (a share's listing not renewed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import Trigger


@dataclass(frozen=True)
class LapseWords:
    negated_renewal: str  # the negation with the verb of renewal, in every order the language has
    determiner: str  # what may open the measure's phrase
    measure: str  # the measure's noun
    relative: str  # the pronoun opening the measure's own relative clause
    widening: str  # what after the measure tells a widening to further parties
    market: str  # words of a market's listing anywhere after
    renewal: str  # the verb of renewal told done
    exception: str  # the cue that names those a renewal leaves out


WORDS: dict[str, LapseWords] = {
    "en": LapseWords(
        negated_renewal=(
            r"(?:(?:did|does|do|will|would|shall|is|are|was|were)\s+not|(?:didn|doesn|don|won|wouldn|isn|aren|wasn|weren)['’]t|"
            r"(?:decided|decides|agreed|agrees|chose|opted|voted|resolved)\s+not\s+to|"
            r"(?:declined|declines|refused|refuses|failed|fails)\s+to|\bnot\s+to)"
            r"\s+(?:to\s+)?(?:renew|extend|prolong|roll\s+over)(?:ed|s|ing)?"
        ),
        determiner=r"(?:the|its|their|these|those|his|her)",
        measure=r"(?:listings?|designations?|sanctions|asset\s+freezes?|restrictive\s+measures|restrictions|penalties|"
                r"measures|travel\s+bans?)",
        relative=r"(?:which|that)",
        widening=r"\s+to\b",
        market=r"\b(?:Nasdaq|NYSE|stock|exchange|index|shares|trading)\b",
        renewal=r"\b(?:renew|extend|prolong|roll(?:ed|s|ing)?\s+over)(?:ed|s|ing)?\b",
        exception=r"(?:except(?:\s+for)?|with\s+the\s+exception\s+of|save\s+for|excluding|apart\s+from|but\s+not)",
    ),
    "fr": LapseWords(
        negated_renewal=(
            r"(?:n['’](?:a|ont|avait|avaient|aura|auront)\s+pas\s+(?:été\s+)?(?:renouvel|prolong|recondu|prorog|étend)\w*|"
            r"(?:n['’]|\bne\s+)(?:renouvel|prolong|recondu|prorog|étend)\w*\s+(?:pas|plus)|"
            r"\bne\s+pas\s+(?:renouvel|prolong|recondu|prorog|étend)\w*)"
        ),
        determiner=r"(?:l['’]|la|les|sa|ses|leur|leurs|ces|cette)",
        measure=r"(?:inscriptions?|désignations?|sanctions|gel\s+des\s+(?:avoirs|fonds)|mesures(?:\s+restrictives)?|"
                r"restrictions|interdictions?\s+de\s+(?:voyager|séjour|territoire))",
        relative=r"(?:qui|lesquelles|lesquels|dont)",
        widening=r"\s+(?:à|aux)\s+(?!l['’](?:encontre|égard))",
        market=r"\b(?:Nasdaq|NYSE|bourse|cotation|actions)\b",
        renewal=r"\b(?:renouvel|prolong|recondu|prorog)\w*",
        exception=r"(?:à\s+l['’]exception\s+d(?:e|u|es|['’])|sauf(?:\s+pour)?|hormis|excepté|exception\s+faite\s+d(?:e|u|es|['’]))",
    ),
}


def _pattern(w: LapseWords) -> str:
    # (the measure's own relative clause set off by commas is the measure's, its parties
    # after it: "the restrictions, which expire on Friday, against X")
    return (rf"{w.negated_renewal}\s+(?:{w.determiner}\s*)?(?:[\w-]+\s+){{0,2}}?{w.measure}\b"
            rf"(?:\s*,\s*{w.relative}\s[^,.;:]{{1,80}},)?"
            rf"(?!{w.widening})(?![^.;]*{w.market})")


def _excepted(w: LapseWords) -> str:
    # the renewal told first, in its clause, then the exception and at most the measure's
    # words before the parties ("except those on", « à l'exception des mesures contre »)
    return (
        rf"(?:{w.renewal})(?=[^.;:]{{0,160}}?{w.exception})[^.;:]{{0,160}}?(?P<at>{w.exception})"
        rf"(?=\s*(?:(?:{w.determiner}|those|celles?|ceux)\s+)?(?:(?:[\w-]+\s+){{0,2}}?{w.measure}\s+)?"
        rf"(?:on|against|targeting|of|visant|contre|à\s+l['’]encontre\s+d(?:e|u|es|['’])|de|du|des|sur|pour)?\s*"
        rf"(?:(?:the|l['’]|le|la|les)\s*)?(?:[\w'’-]+\s+){{0,3}}?(?-i:[A-ZÀ-Ý]))"
        rf"(?![^.;]*{w.market})"
    )


def lapse_triggers(lang: str) -> tuple[Trigger, ...]:
    """The removal a measure's denied renewal tells, in ``lang``, and the removal of the
    parties a renewal leaves out."""
    return (Trigger("removal", _pattern(WORDS[lang])), Trigger("removal", _excepted(WORDS[lang]), strength=0.9))


_TOLD = re.compile("|".join(f"(?:{w.negated_renewal})" for w in WORDS.values()), re.IGNORECASE)


def lapse_told(span: str) -> bool:
    """The trigger's words open with a denied renewal: the negation is the act itself."""
    return _TOLD.match(span) is not None
