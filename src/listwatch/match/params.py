"""The tunable parameters of name comparison and its result type (``NameResult``).

Every factor below is documented in docs/matching.md; the story of how each value was
reached is in bench/NOTES.md."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Tunable parameters (documented in docs/matching.md).
PARAMS: dict[str, float] = {
    "edit1": 0.92,  # similarity of words one edit apart
    "edit1_short": 0.75,  # ... when the shorter word has fewer than 4 letters
    "edit2": 0.78,  # similarity of words two edits apart
    "edit2_short": 0.6,  # ... when the shorter word has 4 letters
    # ... persons: when a letter is added or dropped (Sancho ~ Sanchez: another name)
    "edit2_other": 0.6,
    "min_pair": 0.5,  # pairs below this similarity are not aligned
    "conflict": 0.55,  # factor per word present on both sides without a counterpart
    "extra_person": 0.9,  # factor for the first extra word in a person name
    "extra_person_growth": 0.75,  # each further extra word costs this much more
    "extra_org": 0.62,  # factor per extra word in an organisation name
    "generic_extra": 0.34,  # an extra generic business word counts this much (0.62^0.34=0.85)
    "single_extra": 0.7,  # extra factor when one side has a single name word
    # ... not taken when that word, this long or longer, is a brand against its full
    # name whose other words are legal forms and generic business words
    "brand_min": 7,
    # organisations: with more telling words (not generic, not stopwords) aligned than
    # this, an extra word costs that much less (``extra_org ** (extras * this / telling)``)
    "telling_span": 2.0,
    "patronymic_extra": 0.5,  # extras that are patronymics count this much
    # persons: a particle (van, le, bin, al: a stopword) on one side only counts this much
    # of an extra word (Lê is a Vietnamese family name, not "the")
    "particle_extra": 0.5,
    # organisations whose one telling word agrees and whose legal forms are of other
    # kinds (Baum AG / BAUM PVT LTD): two companies of one common name, unless the word
    # is a brand (``brand_min`` letters or more, not common among the lists' names)
    "lone_word_forms": 0.7,
    # vessels: a legal form on one side only (a company, not a ship)
    "vessel_form": 0.7,
    # persons: one name word on each side agreeing by edits only (not phonetically)
    "single_word_person": 0.75,
    # persons: a name word and the same word with a letter added at its start or end
    # (Gemma ~ Emma, Daniel ~ Daniela: another name; ``distinct.edge_letter``)
    "edge_letter": 0.6,
    # organisations: one short word is the whole name on both sides and the words differ
    # (Krebs ~ KRET: ``distinct.lone_word``)
    "lone_word_strict": 0.7,
    # persons: the family name that agrees is the second of two written before a comma
    # (a mother's, in Spanish use), the first is not there (``names._second_surname``)
    "second_surname": 0.8,
    # persons: the words of one name agree only with the given names of a name written
    # ``FAMILY, Given`` (``names._given_names_only``)
    "given_only": 0.75,
    # persons: one name has words the other has not (a patronymic aside) and an aligned
    # word agrees only loosely (``names._loose_part``)
    "loose_part": 0.8,
    # persons in Latin letters: no aligned word the same as written, one pair at least
    # differing by edits and at the first letter (``names._none_exact``)
    "none_exact": 0.8,
    "initial": 0.85,
    "place_abbreviation": 0.95,  # a Chinese place and its initials (SZ / Shenzhen: vocab.py)
    "only_initials": 0.6,  # factor when the only agreeing words are initials
    "one_word_other": 0.7,  # organisations: ``_one_word_other`` (Davis / NAVIS)
    "vessel_fuzzy": 0.75,  # factor for a fuzzy one-word vessel name  # similarity of an initial with a word it starts
    # organisations whose one telling word (not generic, not a stopword) agrees only
    # fuzzily: short brand-like words one edit or one skeleton apart are usually other
    # companies (Apple ~ Maples, Tesla ~ Tesa); factor when the shorter word has at most
    # 5 letters, and when it has 6 or 7
    "lone_word_fuzzy": 0.7,
    "lone_word_fuzzy_mid": 0.85,
    "reorder": 0.97,  # factor when aligned words appear in another order
    "joined": 0.95,  # score when names differ only by spaces
    "acronym": 0.86,  # score when one name is the initials of the other
    "phonetic": 0.9,  # similarity when phonetic skeletons agree
    "hypocorism": 0.9,
    # a name with a Latvian or Lithuanian case ending (Putinas ~ Putin: inflection.py)
    "inflected": 0.93,
    # a family name and its feminine form (Ivanova ~ Ivanov): another person
    "gendered": 0.55,
    # organisations: a word read from Hangul and a Latin word that are one Korean word in
    # two romanisations, a company's own among them (Samseong / Samsung: names.korean_key)
    "korean_reading": 0.9,
    # persons: a syllable read from Hangul and a Latin syllable that are its other
    # romanisation (박 Bag / Park, 룡 Lyong / Ryong: names._korean_syllable_alike)
    "korean_syllable": 0.95,
    "wade_giles": 0.9,  # one Chinese name in pinyin and in Wade-Giles (sino.py)  # a given name and its short form (Ted ~ Theodore: hypocorisms.py)
    "transliteration": 0.95,  # consonant skeletons agree across Arabic and Latin script
    # ... when the skeleton holds two written letters only (``words._written_consonants``)
    # or agrees only with its h's dropped
    "translit_short": 0.8,
    # an Arabic-script word whose long vowels (alif, waw, yaa, final ta marbuta) are not
    # where its Latin counterpart writes vowels (``matres``: كاملة ~ Kamal), or two
    # Arabic-script words two letters apart or more (حماد / أحمد); a whole-name skeleton
    # whose long vowels differ is multiplied by it
    "long_vowels": 0.6,
    # two Arabic-script words one letter apart (القادة / القاعدة, سلام / سالم)
    "arabic_letter": 0.8,
    # two Arabic-script names that are the same words once each letter's variant forms
    # are read as one (ى/ي, ة/ه, hamza seats, vowel signs): one name spelt two ways
    "arabic_forms": 0.98,
    "skeleton": 0.9,  # whole-name consonant skeletons agree across Arabic and Latin script
    # ... factor when each side has two words and they split otherwise (mhs-nrs ~ mhsn-rs)
    "skeleton_split": 0.6,
    # factor when only words common among the lists' names agree, loosely (another
    # script, a misspelling): ``names._only_common``, ``commonness``
    "common_only": 0.7,
    # factor when two company names each write a country in brackets after their legal
    # form and the countries differ (``normalize.registered_country``)
    "other_registry": 0.6,
    # highest score of a name of two Han or Hangul characters against one in another
    # script (``names._short_syllabic``)
    "short_syllabic": 0.65,
    # ... unless it is the Han name's own reading, every syllable (``names._own_reading``)
    "own_reading": 0.8,
    "skeleton_min": 5,  # ... of this many letters
    "cap_fuzzy": 0.97,  # highest score for names that are not the same words
    "cjk_gamma": 3.0,  # exponent on character similarity of two CJK names
    "clipped": 0.75,  # organisations: a word cut short (4+ letters starting one 3+ longer)
    "truncated": 0.8,  # one name cut short: this, + 0.15 x the share of the other it covers
}
#: A name this long (characters as written) may be another cut by a field's length limit.
TRUNCATED_MIN = 25


@dataclass
class NameResult:
    score: float
    detail: str
    conflicts: int = 0
    extras: float = 0.0
    pairs: list[tuple[str, str, float]] = field(default_factory=list)
