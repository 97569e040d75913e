"""A listing verb in the forms the tables of past acts do not hold: its future, an act
announced by the authority that will take it ("the Treasury will sanction X", "said it
would designate X", "is to blacklist X", « le Canada sanctionnera X », « l'UE inscrira X
sur sa liste »), and its gerund or present participle, the act told as the means or the
manner of another ("hit back by sanctioning X", "acted on Tuesday, sanctioning X", « a
riposté en sanctionnant X »).

One table per language, one construction per form: the verb's stem and the endings of
the form (French future: « -era », « -eront »; « -ra », « -ront » after the stems of
« inscrire », « inclure », « mettre »), then its object, a name (a capital or a figure
after a determiner and three lower-case words at most: "two Iranian firms" names none).
A verb of placing keeps its list after it ("will add X to the Entity List" is read by the
pack; « ajoutera X à sa liste »). A modal of possibility, a condition, a threat or a
negation before the verb is read by ``modality`` as for any act; the conditional
(« sanctionnerait », "could sanction") is left out: a conjecture more often than a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Trigger


@dataclass(frozen=True)
class ListingForms:
    future: str  # what marks the future before the verb ("will", "is to"; none in French)
    adverb: str  # an adverb between ("also", "formally")
    listing: str  # the listing verbs in the form the future takes (base; French future)
    placing: str | None  # the verbs of placing in that form: an act only with a list after them
    gerund: str  # the listing verbs' gerund or present participle
    onto: str  # the list a placing needs after it
    named: str  # the object that names a party


_EN_NAMED = (r"(?=\s+(?:also\s+)?(?:the\s+|its\s+|their\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?"
             r"(?:[a-z-]+\s+){0,3}?(?-i:[A-Z0-9]))")
_FR_NAMED = (r"(?=\s+(?:aussi\s+|également\s+|notamment\s+)?(?:la\s+|le\s+|les\s+|l['’]|des\s+|deux\s+|trois\s+|\d+\s+)?"
             r"(?:[\w'’-]+\s+){0,3}?(?-i:[A-ZÀ-Ý0-9]))")

FORMS: dict[str, ListingForms] = {
    "en": ListingForms(
        future=r"(?:will|shall|would|['’]ll|(?:is|are)\s+to)",
        adverb=r"(?:also|now|soon|formally|further|separately|jointly)",
        listing=r"(?:sanction|designate|blacklist|re-?list)",
        # ("will add X to the Entity List": the pack's placing verb reads every form)
        placing=None,
        # (not a noun's: "the sanctioning body", "Britain's sanctioning of")
        gerund=r"(?<!\bthe\s)(?<!\ba\s)(?<!['’]s\s)(?:sanctioning|designating|blacklisting)(?!\s+of\b)",
        onto=r"",
        named=_EN_NAMED,
    ),
    "fr": ListingForms(
        future=r"",
        adverb=r"(?:aussi|également|désormais|ensuite|officiellement)",
        listing=r"(?:sanctionn(?:era|eront)|désign(?:era|eront)|blacklist(?:era|eront))",
        placing=r"(?:inscrir(?:a|ont)|réinscrir(?:a|ont)|ajouter(?:a|ont)|placer(?:a|ont)|inclur(?:a|ont)|mettr(?:a|ont))",
        # (« désignant » alone is also a word's sense, « le terme désignant »: only after « en »)
        gerund=r"(?:sanctionnant|(?<=\ben\s)désignant)",
        onto=r"(?=[^.;]{0,160}?\b(?:liste|listes|blacklist|CCMC|SDN|annexe|Entity\s+List)\b)",
        named=_FR_NAMED,
    ),
}


def listing_form_triggers(lang: str) -> tuple[Trigger, ...]:
    """The listing told by its future or its gerund, in ``lang``; the trigger is the verb
    (group ``at``), its party read after it as any act's object is."""
    f = FORMS[lang]
    head = rf"\b{f.future}\s+(?:{f.adverb}\s+)?" if f.future else r"\b"
    placing = (Trigger("designation", rf"{head}(?P<at>{f.placing})\b{f.onto}"),) if f.placing else ()
    return (
        Trigger("designation", rf"{head}(?P<at>{f.listing})\b{f.named}"),
        *placing,
        Trigger("designation", rf"\b(?P<at>{f.gerund})\b{f.named}"),
    )
