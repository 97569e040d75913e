"""The verbs that tell who says or reports what a sentence tells: ONE table for both
languages, read by every reader of a speaker, a source or an outlet (``roles``,
``nonparty_names``, ``attribution``, ``coreference``).

Each verb has a kind, and each kind its forms per language:

- **say**: a verb of saying, stating or warning ("said", "announced", "warned",
  « déclaré », « souligné », « prévenu »): the speaker of what follows, before or after it.
- **add**: "added", « ajouté », a verb of saying after its speaker or after what is said
  (", added X", "X added that"), the act of listing before a name ("added X to the list").
- **tell**: a verb of telling someone ("told", "informed", « informé »): its object is
  the one spoken to, not the speaker (", told X").
- **react**: a verb of reacting or commenting ("welcomed", "continued", « salué »,
  « regretté », « s'est félicité », « assure »), a speaker only when told after what is
  said (", a salué le député X"): before it, an act of its own (« X assure la gestion »).
- **report**: a verb of reporting, an outlet's ("reported", "wrote", « rapporté »,
  « révélé »).

The English forms are the past ("past") and the present ("present"); the French ones
the participle ("past", after « a », « ont », « avait ») and the present ("present").
Multi-word forms are written with one space; ``verbs`` joins them with ``space``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: the verbs of saying, by kind, language and form (the module's doc)
VERBS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "say": {
        "en": {
            "past": ("said", "announced", "stated", "declared", "confirmed", "explained", "noted",
                     "stressed", "emphasised", "emphasized", "unveiled", "revealed", "wrote", "tweeted",
                     "argued", "insisted", "asserted", "warned", "assured", "promised", "pointed out",
                     "made the announcement", "recalled"),
            # (not "adds", "notes", "states": a verb of listing or a noun before a name)
            "present": ("says", "announces", "declares", "confirms", "explains", "stresses", "writes", "warns",
                        "recalls"),
        },
        "fr": {
            "past": ("déclaré", "annoncé", "indiqué", "affirmé", "précisé", "expliqué", "confirmé", "souligné",
                     "dévoilé", "dit", "estimé", "écrit", "noté", "relevé", "rappelé", "martelé",
                     "insisté", "tweeté", "averti", "prévenu", "assuré", "promis", "confié", "fait savoir",
                     "fait valoir", "fait l'annonce"),
            "present": ("déclare", "annonce", "indique", "affirme", "précise", "explique", "confirme", "souligne",
                        "estime", "écrit", "relève", "rappelle", "martèle", "insiste", "avertit",
                        "prévient", "fait savoir", "fait valoir"),
        },
    },
    "add": {
        "en": {"past": ("added",), "present": ("adds",)},
        "fr": {"past": ("ajouté",), "present": ("ajoute",)},
    },
    "tell": {
        "en": {"past": ("told", "informed"), "present": ("tells", "informs")},
        "fr": {"past": ("informé",), "present": ("informe",)},
    },
    "react": {
        "en": {
            "past": ("posted", "continued", "concluded", "observed", "remarked", "commented"),
            "present": ("notes",),
        },
        "fr": {
            "past": ("salué", "dénoncé", "regretté", "réagi", "commenté", "observé", "jugé", "poursuivi", "conclu",
                     "répondu", "reconnu", "plaidé", "résumé", "détaillé", "soutenu"),
            "present": ("salue", "dénonce", "regrette", "réagit", "commente", "observe", "poursuit", "conclut",
                        "répond", "reconnaît", "résume", "détaille", "assure", "confie", "note"),
        },
    },
    "report": {
        "en": {
            "past": ("reported", "wrote", "revealed", "cited", "quoted", "disclosed"),
            "present": ("reports", "writes", "reveals"),
        },
        "fr": {
            "past": ("rapporté", "révélé", "écrit", "indiqué", "précisé"),
            "present": ("rapporte", "rapportent", "révèle", "écrit", "indique", "précise"),
        },
    },
}
#: the French reflexive verbs of reacting, told after « s'est » (past) or « se » (present)
REFLEXIVE_FR: tuple[str, ...] = ("félicité", "réjoui", "inquiété", "indigné", "exclamé")
REFLEXIVE_FR_PRESENT: tuple[str, ...] = ("félicite", "réjouit", "inquiète", "indigne")
#: the auxiliaries of a French past ("a", "ont", "avait", "avaient") and of an English one
AUX_FR = r"(?:a|ont|avait|avaient)"
AUX_EN = r"(?:has|have|had)"


def forms(kinds: Iterable[str] = ("say",), langs: Iterable[str] = ("en", "fr"),
          tenses: Iterable[str] = ("past", "present")) -> tuple[str, ...]:
    """The forms of the verbs of ``kinds`` in ``langs`` and ``tenses`` (the module's doc),
    each once, longest first (so that an alternation tries "said" after "says ...")."""
    seen: dict[str, None] = {}
    for kind in kinds:
        for lang in langs:
            for tense in tenses:
                for w in VERBS[kind][lang][tense]:
                    seen.setdefault(w, None)
    return tuple(sorted(seen, key=len, reverse=True))


def verbs(kinds: Iterable[str] = ("say",), langs: Iterable[str] = ("en", "fr"),
          tenses: Iterable[str] = ("past", "present"), space: str = r"\s+") -> str:
    """A regular expression's alternation (no group) of ``forms``: spaces become ``space``,
    an apostrophe either apostrophe."""
    return "|".join(re.escape(w).replace(r"\ ", space).replace("'", "['’]")
                    for w in forms(kinds, langs, tenses))


def said(kinds: Iterable[str] = ("say",), space: str = r"\s+", adverb: str = "") -> str:
    """A group reading a verb of ``kinds`` told in the past or the present, in either
    language: the English forms as they are, the French participle after its auxiliary
    ("a déclaré", « ont indiqué », with ``adverb`` between them), the French present.
    With "react" among the kinds, the French reflexive forms too (« s'est félicitée »)."""
    kinds = tuple(kinds)
    en = verbs(kinds, ("en",), space=space)
    fr_past = verbs(kinds, ("fr",), ("past",), space=space)
    fr_present = verbs(kinds, ("fr",), ("present",), space=space)
    parts = [en, rf"{AUX_FR}{space}{adverb}(?:{fr_past})", fr_present]
    if "react" in kinds:
        parts.append(rf"s['’]est{space}(?:{'|'.join(REFLEXIVE_FR)})e?")
        parts.append(rf"se{space}(?:{'|'.join(REFLEXIVE_FR_PRESENT)})")
    return "(?:" + "|".join(p for p in parts if p) + ")"
