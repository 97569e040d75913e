"""An authority's act still under study is no act.

A verb or a noun of deliberation governs the act: the authority weighs it, studies it,
has it on a shortlist, and has not done it ("the government is deliberating on adding
three firms to its list", "officials are contemplating sanctions on X", "X is on a
shortlist of companies to be blacklisted", "the companies under consideration for the
list are A and B", « Washington réfléchit à inscrire X », « Bruxelles planche sur des
sanctions contre X », « l'inscription de X est à l'étude », « des sanctions contre X sont
sur la table »). Told before the act in its clause, or right after an act told by its
noun ("the blacklisting of X is being weighed").

Only an authority's acts (a listing, a removal, a licence, an amendment) are read so: a
court that deliberates or reviews a case has the case before it, so a challenge stays
("the court is deliberating on X's appeal"). Near misses keep their act: a study done
before the act ("after studying the file, the Council listed X": no progressive, no
preposition of the plan), a review the act ended ("the review ended with the removal of
X"), and the plain "examine" or "review" (a court's and an agency's daily work alike).
"""

from __future__ import annotations

import re

from .lang import AGENCY_ACTS
from .triggers import Trig

# before the act, in its clause: a verb of deliberation in a form that tells it going on
# or planned, or a noun phrase of a plan under study
_STUDY_BEFORE = re.compile(
    r"(?i)\b(?:"
    r"deliberat(?:es?|ed|ing)\s+(?:on|over|about|whether)|contemplat(?:es?|ed|ing)|ponder(?:s|ed|ing)?|"
    r"(?:is|are|was|were|been)\s+(?:now\s+|also\s+|still\s+|reportedly\s+|quietly\s+)?"
    r"(?:exploring|debating|eyeing|studying|mulling\s+over|discussing)|"
    r"under\s+(?:possible\s+|active\s+|serious\s+)?(?:consideration|scrutiny|study|discussion)\s+(?:for|over)|"
    r"(?:on|in)\s+(?:a|the|its|their)\s+(?:\w+\s+)?shortlist|shortlist(?:s|ed)?\s+(?:for|of)|"
    r"candidates?\s+for|"
    r"réfléchi(?:t|ssent|ssait|ssaient|r)?\s+à|planch(?:e|ent|ait|aient|er)\s+sur|"
    r"se\s+pench(?:e|ent|ait|aient|er)\s+sur|délib[eéè]r(?:e|ent|ait|aient|er)\s+(?:sur|de)|"
    r"(?:à\s+l['’]étude|sur\s+la\s+table|dans\s+les\s+cartons)\s+(?:de|du|des|d['’]|pour|contre)|"
    r"liste\s+restreinte|candidate?s?\s+(?:à|pour)\s+(?:une?|la|l['’])"
    r")"
)
# after an act told by its noun: the act is the subject of the study ("the listing of X is
# being weighed", « l'inscription de X est à l'étude »)
_STUDY_AFTER = re.compile(
    r"(?i)\b(?:(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+|also\s+)?(?:being\s+)?"
    r"(?:weighed|considered|contemplated|studied|debated|discussed|explored|under\s+(?:consideration|study|discussion))|"
    r"(?:est|sont|était|étaient|reste|restent|serait|seraient)\s+(?:encore\s+|toujours\s+|aussi\s+)?"
    r"(?:à\s+l['’]étude|sur\s+la\s+table|en\s+discussion|dans\s+les\s+cartons|envisagée?s?|étudiée?s?|"
    r"en\s+cours\s+d['’](?:examen|étude)))\b"
)
# a noun of the act (the act's name heading a noun phrase, no finite verb of its own)
_ACT_NOUN = re.compile(
    r"(?i)(?:(?:the|l['’]|la|le|les|des)\s*)?(?:blacklisting|designation|listing|inclusion|addition|removal|delisting|sanctions|restrictions|"
    r"inscription|désignation|ajout|radiation|retrait|levée|sanctions|mesures)\b"
)


def under_study(sent: str, t: Trig, window_from: int, clause_end: int) -> bool:
    """The act ``t`` (an authority's) is one the authority is still weighing: a verb or
    noun of deliberation before it from ``window_from``, or, for an act told by its noun,
    after it before ``clause_end``."""
    if t.event not in AGENCY_ACTS:
        return False
    if _STUDY_BEFORE.search(sent, window_from, t.start):
        return True
    if _ACT_NOUN.match(sent, t.start) is None:
        return False
    return _STUDY_AFTER.search(sent, t.end, min(clause_end, t.end + 140)) is not None
