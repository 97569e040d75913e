"""Names that can be no party by what they are on the page, read once for all mentions.

A designee is a company, a body, a person or a state that an act targets. A capitalised
run the finders read as a name may be none of these, whatever act is told beside it:

- **the rest of a longer name** the finder cut: an authority's or an office's words after
  its head and glue word ("the Ministry of Foreign Affairs" read as "Affairs", "the
  Department of Trade, Labour and Health", « le Bureau du Médiateur »),
  the head word of a state's name left alone when its adjective was taken off ("the
  Slovak Republic" read as "Republic"), and two countries' codes joined as an adjective of
  nationality ("a US-UK dual national"). Such a name is the office's or the state's: every
  mention of it is dropped (« le Médiateur » later is the office again). So is a public
  function's domain cut from its office's name, ending on a noun of what an office does or
  watches over ("Border Protection" of "Customs and Border Protection", "Home Affairs" of
  "the Minister of Home Affairs", "Drug Enforcement" before "Administration"), in French
  headed by the domain's noun (« Actifs Étrangers » of « le Service de Contrôle des Actifs
  Étrangers »), and an office told by its title alone ("the Ombudsperson") or a working
  group by its name ("the Interagency Export Task Force").
- **the outlet a report is credited to**: the subject of a verb of reporting told after
  the report (", the Daily Courier reported", « rapporte le Quotidien »), whom a speaker
  told ("told the Daily Courier", « a déclaré au Quotidien »), the source after
  "according to", « selon », « d'après », "cited by", « cité par », an agency between
  slashes in a dateline ("OSLO, 3 May. /NORPRESS/.") or opening a line before a dash
  ("Agence Norpresse – ...") or alone on its line ("Agence Norpresse").
- **a reference, no name**: a treaty's or a code's acronym after an article's number
  ("article 12 TUE", "Article 5 ICCPR"), a register's acronym before its number ("ISIN
  code", "IMO No. 7654321"), the letters after a case's number ("T-101/23 RII"); a
  document's code before a slash and its number ("ABC/2024/12345"), a court's code in a
  neutral citation ("[2024] EWHC 12"), a number told by its sign ("No 4B"), a document's
  part after a cross-reference's verb ("see Bulletin 12", « voir Chapitre 3 »); a document's
  title, told after its noun and a dash ("General Licence – X"), closing on its noun in
  brackets ("X Payments (General Licence)") or ending on it ("the Amending Instrument").
- **a common word in capitals**: one word the page also writes in lower case, as a word of
  its own: put in capitals by its place (a heading's words, a numbered item's first word, a
  site's section), not by a name's (a company's word of trade, "Tanker", may be its short
  name and stays).
- **a word capitalised by its place**: one word opening its clause (the text's or a line's
  first word, after a bullet, a sentence's end, a colon or a semicolon) at every mention: a
  word in capitals with no word in lower case after it (a label: "WATCH: ...", "ALERT - ..."),
  or a word whose ending tells a participle, an adjective, an adverb, a gerund or a French
  pronoun in « -même(s) », the clause's words in lower case after it ("Effective
  immediately, ...", "Issued by ...", « Eux-mêmes avaient ... »). A name opening its
  sentence as the subject of its verb ("Tolvex was put on", "KVX was put on", and with such
  an ending too: "Qiaoming was added", « Tianjing a été inscrite ») and a list's items
  ("...: A, B and C") stay names.

- **a title of common words**: a heading's, a rule's or a document's title in capitals made of
  the language's common nouns and adjectives ("Annual Sanctions Review", "Supply Chain
  Security", « Mesures Restrictives »), a place or a people maybe its subject ("Armenia-
  Azerbaijan War"), a noun among them (``lang.title_words``). A body's or a firm's name has
  a word of its own, an institution's head ("Group", "Fund") or a word of trade, and stays.

A name told so at every mention of it is dropped; a name told once as the source and
once as the object of an act stays a name. Names of the store (gazetteer hits) are kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from listwatch.text import name_key

from . import offices
from .lang.title_words import TITLE_ADJECTIVES, TITLE_WORDS
from .names import _ORG_TAIL_SET, Mention, is_place
from .saying import AUX_FR, verbs

# a body's, an office's or a court's head, capitalised (a ministry in either case), and its
# glue word: the capitalised words after it, joined by commas and "and", are its name's
# ("the Court of Appeal", "the Ministry of Labour, Social Affairs and Health")
_BODY_HEADS = ("Department", "Ministry", "Office", "Bureau", "Agency", "Administration", "Directorate",
               "Secretariat", "Commission", "Committee", "Council", "Court", "Tribunal", "Ministère",
               "Département", "Direction", "Agence", "Commissariat", "Comité", "Secrétariat", "Conseil", "Cour")
_HEADS = r"(?:(?-i:" + "|".join(_BODY_HEADS) + r")|ministry|ministère)"
# ... and the heads of an organ whose name goes on in lower case, French's way (« le Service
# de contrôle des actifs », « le Groupe d'experts chargé de »): the head alone is no name
_ORGAN_HEADS = frozenset(_BODY_HEADS) | frozenset(
    "Service Services Groupe Group Panel Unit Unité Cellule Mission Délégation Division Agency Autorité Authority "
    "Chambre Chamber".split())
_LOWER_TAIL = re.compile(r"[ \t]+(?:of|for|on|de|du|des|d['’]|pour|chargée?s?)[ \t]*"
                         r"(?:(?:the|la|le|les|l['’])[ \t]*)?(?-i:[a-zà-ÿ])")
# an office's title, whose domains follow it after a glue word ("the Minister for Ports and
# Inland Waterways", « le ministre de l'Agriculture et de la Pêche »): coordinated, they are
# the office's words, no name
_TITLE = r"(?:(?-i:Minister|Secretary|Commissioner|Ministre|Secrétaire|Commissaire)|ministre|secrétaire|commissaire)"
_DOMAIN_GLUE = r"(?:of|for|de|du|des|d['’]|à|aux?)[ \t]*(?:(?:the|la|le|l['’])[ \t]*)?"
_AND = r"[ \t]+(?:and|&|et)[ \t]+(?:(?:des|de[ \t]+la|de[ \t]+l['’]|du|the)[ \t]*)?"
_DOMAINS_BEFORE = re.compile(
    rf"(?i)(?<![\w-]){_TITLE}(?:[ \t-]+(?:General|Générale?))?[ \t]+{_DOMAIN_GLUE}"
    rf"(?P<joined>(?:(?-i:[A-ZÀ-Ý])[\w'’-]*[ \t]+){{1,4}}?(?:and|&|et)[ \t]+(?:(?:des|de[ \t]+la|de[ \t]+l['’]|du|the)[ \t]*)?)?$"
)
_DOMAIN_JOINED_AFTER = re.compile(_AND + r"(?-i:[A-ZÀ-Ý])")
# an office's portfolio told before its title ("the Economy Minister X", "the Economy and
# Trade Minister X"): the capitalised words right before the title are the office's, no
# name; joined to another domain by "and", the first is a domain if its last word is one
# (``offices``' portfolio: "Rosneft and Energy Minister X" keeps Rosneft)
_TITLE_AFTER = re.compile(r"[ \t]+(?:Minister|Secretary|Ministre|Secrétaire)\b")
_JOINED_TITLE_AFTER = re.compile(
    r"(?:[ \t]+(?:and|&|et)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*){1,2}[ \t]+(?:Minister|Secretary|Ministre|Secrétaire)\b")
_REST_OF_BODY = re.compile(
    rf"(?i)(?<![\w-]){_HEADS}[ \t]*\n?[ \t]*(?:of|for|on|de|du|des|d['’]|pour)[ \t\n]+"
    r"(?:the[ \t]+|la[ \t]+|le[ \t]+|les[ \t]+|l['’])?"
    r"(?:(?-i:[A-ZÀ-Ý])[\w-]*(?:,[ \t]+|[ \t\n]+(?:(?:and|&|et)[ \t]+)?)){0,5}$"
)
# the domain of a public function, what an office does or watches over, told alone: a
# name ending on a noun of such a domain and opened by no body's head is the tail of the
# office's longer name the finder cut ("Drug Enforcement" of "the Drug Enforcement
# Administration", "Border Protection" of "Customs and Border Protection", "Internal
# Affairs" of "the Minister of Internal Affairs"), never a party; in French the domain's
# noun heads the name before its adjective (« Affaires Étrangères », « Actifs Étrangers »
# of « le Service de Contrôle des Actifs Étrangers »). The body told by its head keeps its
# name ("the Ministry of Internal Affairs"); so does an office's own name ending on its
# head ("the Maritime Administration"). The ombudsperson is an office, its title alone.
_DOMAIN_LAST = frozenset("Affairs Enforcement Protection".split())
_DOMAIN_HEAD_FR = re.compile(r"(?:Affaires|Actifs|Avoirs)[ \t]+(?-i:[A-ZÀ-Ý])[\wÀ-ÿ'’-]*")
_OFFICE_ALONE = frozenset("Ombudsperson Ombudsman".split())
# (and a government's working group, told by its name ending on "Task Force", its acronym in
# brackets after it or not: an office of the acting state, never a designee)
_TASK_FORCE = re.compile(r"(?:^|.*[ \t])Task[ \t]+Force(?:[ \t]*\([A-Z]{2,8}\))?")
# (cut, in English: a capitalised word and the name's glue right before it, "Customs and
# [Border Protection]", "the Minister of [Internal Affairs]", or the name going on in
# capitals right after it, "the [Drug Enforcement] Administration"; a firm named so, told
# whole, stays: "sanctioned Kalder Fire Protection, a maker of valves")
_CUT_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]*[ \t]+(?:of|for|and|&)[ \t]+(?:the[ \t]+)?$")
_GOES_ON = re.compile(r"[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]")
# the head of a state's or a union's name, alone ("Federation" of "the Russian Federation")
_STATE_HEADS = frozenset(
    "Federation Republic Kingdom Emirates Confederation Principality Union "
    "Fédération République Royaume Émirats Emirats Confédération Principauté".split()
)
_CODES = re.compile(r"[A-Z]{2,3}(?:[-‑][A-Z]{2,3})+")
# countries' two- and three-letter codes a nationality is written with
_STATE_CODES = frozenset(
    "US USA UK GB CN PRC RU FR DE JP KR KP TW IR SG AE UAE EU UE CH IT ES NL BE PL UA BY IL TR IN BR CA "
    "AU NZ CY LU AT SE NO FI DK IE PT GR".split()
)

# the verbs that credit a report to whoever tells it (``saying``'s "report" kind): told
# after the teller (", X reported", « X rapporte »), or put first (", reported X",
# « rapporte X »); and the verbs of saying, that credit a report only to an outlet told by
# its noun ("the agency X said", « l'agence X a annoncé »): a company that says something
# may be a party
_REPORTING = verbs(("report",), space=r"[ \t]+")
_SAYING = verbs(("say",), space=r"[ \t]+")
# the words that credit the report to the name after them ("according to X", "told X",
# « selon X », « a déclaré au X »)
CREDIT_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("according to", "cited by", "quoted by", "reported by", "citing", "told"),
    "fr": ("selon", "d'après", "cité par", "citée par", "cités par", "citées par", "rapporté par",
           "rapportée par", "rapportés par", "rapportées par"),
}
# (a French speaker's verb with the outlet spoken to: « a déclaré au X », « ont confié à X »)
_SPOKEN_TO = AUX_FR + r"[ \t]+(?:" + verbs(("say",), ("fr",), ("past",), space=r"[ \t]+") + r")[ \t]+(?:à|au|aux)"
_AUX = r"(?:has|had|a|avait)[ \t]+"


def _words(table: dict[str, tuple[str, ...]]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['’]")
                    for ws in table.values() for w in sorted(ws, key=len, reverse=True))


# the nouns an outlet is told by, one table per language
OUTLET_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("agency", "agencies", "broadcaster", "broadcasters", "newspaper", "daily", "weekly", "magazine",
           "channel", "outlet", "television", "radio", "tabloid", "portal", "website", "site"),
    "fr": ("agence", "agences", "média", "médias", "chaîne", "chaînes", "journal", "quotidien",
           "hebdomadaire", "magazine", "télévision", "radio", "portail", "site"),
}
# (the same nouns told after the outlet's name, the English order: "the state X news
# agency said"; not a company's site, "the X website said")
_OUTLET_NOUN_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?:state|official|online|news|press|wire)[ \t]+)?(?:news[ \t]+(?:site|website|portal)|"
    + "|".join(w for w in OUTLET_NOUNS["en"] if "site" not in w)
    + rf")[ \t]+(?:{_AUX})?(?:{_REPORTING}|{_SAYING})\b"
)
_LOWER_BEFORE = re.compile(r"[,”\"»][ \t]*(?:(?:the|a)[ \t]+)?(?:(?-i:[a-z][\w-]*)[ \t]+){0,2}$")
# an outlet told by its noun and the lower-case words that qualify it, up to the name:
# "the state broadcaster", « l'agence de presse officielle iranienne, », "the agency"
_OUTLET_NOUN = (rf"(?:{_words(OUTLET_NOUNS)})\b(?:[ \t]+(?!(?:que|qu|that|which|who|qui|et|and|or|ou)\b)"
                r"(?-i:[a-zà-ÿ'’-]+)){0,4}?[ \t]*,?[ \t]+")
_ARTICLE = r"(?:the[ \t]+|le[ \t]+|la[ \t]+|les[ \t]+|l['’][ \t]*)"
_OUTLET_BEFORE = re.compile(rf"(?i)\b{_OUTLET_NOUN}$")
# the report credited before the name: a crediting word, or a reporting verb put first
# after a comma or a closing quote, then maybe the outlet's noun
_CREDITED_BEFORE = re.compile(
    rf"(?i)(?:\b(?:{_words(CREDIT_BEFORE)}|{_SPOKEN_TO})[ \t]+(?:[\w'’]+[ \t]+){{0,2}}?"
    rf"|[,”\"»][ \t]*(?:{_AUX})?(?:{_REPORTING})[ \t]+(?:(?!(?:que|qu|that|si|if|whether)\b)[\w-]+[ \t]+){{0,2}}?|\brapporte[ \t]+)"
    rf"{_ARTICLE}?(?:(?:[\w-]+[ \t]+){{0,2}}?{_OUTLET_NOUN})?$"
)
# (the words before the name with no outlet's noun: the name right after the credit, also
# in a clause of its own: "as first reported by X", « comme l'a révélé X »)
_CREDITED_RIGHT_BEFORE = re.compile(
    rf"(?i)(?:\b(?:{_words(CREDIT_BEFORE)}|{_SPOKEN_TO})[ \t]+"
    rf"|\bas[ \t]+(?:(?:was|previously|earlier|first|recently|also)[ \t]+){{0,2}}(?:{_REPORTING}|covered|noted)"
    rf"[ \t]+(?:earlier[ \t]+)?by[ \t]+|\bcomme[ \t]+l['’](?:a|avait)[ \t]+(?:{_REPORTING})[ \t]+"
    rf"|[,”\"»][ \t]*(?:{_AUX})?(?:{_REPORTING})[ \t]+(?:(?!(?:que|qu|that|si|if|whether)\b)[\w-]+[ \t]+){{0,2}}?|\brapporte[ \t]+){_ARTICLE}?$"
)
# the report credited after the name ("X reported", « X a rapporté »), not what it
# reported of itself ("X reported that it ...", « X a indiqué que ... »)
_REPORTS_AFTER = re.compile(
    rf"(?i)[ \t]*,?[ \t]+(?:{_AUX})?(?:{_REPORTING})\b"
    r"(?![ \t]+(?:on[ \t]+\w+[ \t]+)?(?:that|que|qu['’]))"
)
_SAYS_AFTER = re.compile(rf"(?i)[ \t]*,?[ \t]+(?:{_AUX})?(?:{_SAYING})\b")
# (told after the report: after a comma or a closing quote, never opening the sentence)
_REPORT_OPENS = re.compile(r"[,”\"»][ \t]*(?:the[ \t]+|The[ \t]+)?$")
# ... or the name opening its sentence as the one that reports what follows ("X reports
# that a judge granted ...", « X a rapporté que ... », "X broke the story"), or that posted
# the paper a colon then tells ("X posted a court record: ..."): a source, not a party,
# unless what it reports is of itself (a pronoun, "the company": "X reported that it ...")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”»’)]*[ \t]+|\n)[^\w\n]*(?:(?i:the|le|la|l['’])[ \t]*)?$")
_REPORTS_THAT_AFTER = re.compile(
    r"(?i)(?:['’]s[ \t]+\w+)?[ \t]+(?:(?:first|earlier|also|previously)[ \t]+)?(?:(?:(?:has|had|a|avait)[ \t]+)?"
    r"(?:reports|reported|writes|wrote|rapporte|rapporté|écrit|learned|learnt|understands|appris)[ \t]+"
    r"(?:on[ \t]+\w+[ \t]+)?(?:that|que|qu['’])"
    r"|broke[ \t]+the[ \t]+(?:news|story)\b|a[ \t]+révélé[ \t]+l['’]information\b)"
)
_POSTED_PAPER_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?:has|had|just|also|recently|a|avait)[ \t]+)?(?:posted|published|released|shared|uploaded|publié|"
    r"mis[ \t]+en[ \t]+ligne|diffusé)[ \t]+(?:(?:a|an|the|this|new|un|une|le|la|ce|cette|nouvel(?:le)?)[ \t]+)*"
    r"(?:[\w-]+[ \t]+){0,2}?(?:records?|filings?|docket(?:[ \t]+entry)?|documents?|papers?|summary|articles?|reports?|"
    r"dossiers?|actes?|pièces?|résumé|rapport)[ \t]*:[ \t]*"
)
_BACK_TO_REPORTER = re.compile(
    r"(?i)\b(?:it|its|itself|they|their|them|il|elle|ils|elles|sa|son|ses|leur|leurs)\b|"
    r"\b(?:the|that|this)\s+(?:\w+\s+){0,2}?(?:company|firm|group|maker|bank|carrier|manufacturer|"
    r"société|entreprise|groupe|firme|banque)\b(?!\s+(?-i:[A-ZÀ-Ý]))"  # ("the drone maker X": another one)
)
_BACK_TO_POSTER = re.compile(
    r"(?i)\b(?:it|itself|they|them|il|elle|ils|elles)\b|"
    r"\b(?:the|that|this)\s+(?:\w+\s+){0,2}?(?:company|firm|group|maker|bank|carrier|manufacturer|"
    r"société|entreprise|groupe|firme|banque)\b(?!\s+(?-i:[A-ZÀ-Ý]))"
)
# (where the sentence stops: not the point of an initial, "the U.S. Treasury")
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)|\n")
# an agency between slashes in a dateline, or opening a line before a dash
_SLASHED = re.compile(r"/[ \t]*$")
_LINE_AGENCY = re.compile(r"(?m)^[ \t]*(?:Agence|Agency|Agencia)(?:[ \t]+[a-zà-ÿ'’]+){0,2}[ \t]+$")
_MEDIA_WORD = re.compile(r"\b(?:Press|Presse|News|Agency|Agence|Wire|Radio|TV|Télévision|Television)\b")
_AGENCY_FIRST = re.compile(r"(?:Agence|Agency|Agencia)[ \t]")
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
_DASH_AFTER = re.compile(r"[ \t]*[-–—|][ \t]+\S")

# references: an article's number before, a number after, a case's number before
#: a law cited by its article ("article 263 TFEU", "Article 5 of the X", « l'article 263 du
#: TFUE », "sections 2 and 3 of"), read before a name (here and by ``court_nonparties``)
LAW_ARTICLE_BEFORE = re.compile(
    r"(?i)\b(?:articles?|art\.|sections?|§|paragraphs?|paragraphe|alinéa)[ \t]+\d+[\w()‑-]*"
    r"(?:[ \t]*(?:,|et|and|§|paragraph|paragraphe|para\.)[ \t]*\d+[\w()‑-]*)*[ \t]+"
    r"(?:of[ \t]+(?:the[ \t]+)?|du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|des[ \t]+)?$"
)
_NUMBER_AFTER = re.compile(r"(?i)[ \t\n]*(?:number|numbers|no\.|nos\.|n°|numéro|numéros|code)(?![\w])")
#: a case number before a name ("T-743/22 RIII"; here and by ``court_nonparties``)
CASE_NUMBER_BEFORE = re.compile(r"(?<![\w])[A-Z][ \t]*[‑‐-][ \t]*\d{1,4}/\d{2,4}[ \t]+$")
_ACRONYM = re.compile(r"[A-Z]{2,8}")

# a document's reference, no name: an acronym before a slash and a number ("INT/2024/123"),
# between a year in brackets and a number (a court's neutral citation, "[2024] EWHC 12"),
# or a number told by its sign ("No 12A", "N° 7")
_SLASH_NUMBER_AFTER = re.compile(r"/\d")
_CITATION_BEFORE = re.compile(r"\[\d{4}\][ \t]*$")
_NUMBER_AFTER_CITATION = re.compile(r"[ \t]+\d")
# a cross-reference's verb, then a document's part named by its number
_SEE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:see|voir|cf\.?)(?:[ \t]+(?:also|aussi|notably|notamment))?[ \t]+$")
_NUMBER_RIGHT_AFTER = re.compile(r"[ \t]+\d")
_NUMBER_SIGN = re.compile(r"(?i)(?:no\.?|nos\.?|n°|nr\.?|numéro)[ \t]*\d[\w-]*")
# (a statute's revision and chapter: "RSC 1985, c F-7", "SC 2001, c. 41")
_CHAPTER_AFTER = re.compile(r"[ \t]+(?:1[89]|20)\d\d,[ \t]*(?:c|ch|chap)\.?[ \t]+[A-Z]?[‑-]?\d")
# a document's title: a name told as what a licence, an order or an instrument is called,
# after the document's noun and a dash ("General Licence – X"), or closing on the document's
# noun in brackets ("X – 2022 Payments (General Licence)"), or a name ending on a document's
# noun ("the Amending Instrument", "the Principal Regulations")
_DOCUMENT_NOUN = (r"(?:general[ \t]+)?(?:licen[cs]es?|licences?[ \t]+générales?|instruments?|regulations?|orders?|"
                  r"decrees?|notices?|directives?|rules|decisions?|décisions?|décrets?|arrêtés?|ordonnances?|"
                  r"règlements?)")
_TITLE_OF_DOCUMENT_BEFORE = re.compile(r"(?i)\b" + _DOCUMENT_NOUN + r"[ \t]*(?:[A-Z]{2,5}/[\d/]+[ \t]*)?[–—-][ \t]*$")
_DOCUMENT_CLOSES_AFTER = re.compile(r"(?i)[^.;:\n()]{0,50}\([ \t]*" + _DOCUMENT_NOUN + r"[ \t]*\)")
# (a document's noun in the singular, or a title's plural: "X Instruments" names a firm)
_DOCUMENT_LAST_WORD = re.compile(r"(?i)[ \t](?:instrument|regulations|order|decree|notice|directive|rules|decision|"
                                 r"licen[cs]e|décision|décret|arrêté|ordonnance|règlement)$")

# the words of a trade or a sector a group names its divisions by ("X Air and Space
# Defence", "X Defense, Space & Security", "X Missiles and Fire Control"): a name made of
# them alone, joined by "and", "&" or a comma to a name that ends with one, is the rest of
# that division's name; told right before a name, it is its descriptor ("the Insurance
# Company X")
_SECTOR_WORDS = _ORG_TAIL_SET | frozenset(
    "Air Space Security Missiles Missile Fire Control Systems Intelligence Land Naval Sea Information "
    "Technologies Technology Solutions Mission Company Corporation".split())
_JOINED_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý][\w'’.-]*)[ \t]+(?P<w>(?-i:[A-ZÀ-Ý])[\w'’-]*)[ \t]*(?:,|and|&|et)[ \t]+$")
_NAME_RIGHT_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][A-Z0-9]+|[A-Z][a-z]+)\b")


def _sector_words_only(name: str) -> bool:
    words = [w for w in re.split(r"[ \t]+", name) if w not in ("&", "and", "et")]
    return bool(words) and all(w in _SECTOR_WORDS for w in words)


def _rest_of_division(text: str, m: Mention) -> bool:
    """The mention is the rest of a division's name the finder cut at its "and", "&" or
    comma, or a descriptor of sector words right before the name it describes."""
    if not _sector_words_only(m.text):
        return False
    joined = _JOINED_BEFORE.search(text, max(0, m.start - 80), m.start)
    if joined is not None and joined["w"] in _SECTOR_WORDS:
        return True
    return bool(_NAME_RIGHT_AFTER.match(text, m.end)) and " " in m.text.strip()


def _rest_of_office(text: str, m: Mention) -> bool:
    """The mention is an organ's head alone, its name going on in lower case, or the
    domains of an office's title joined by "and" (after the title and its glue word, or
    before the title, its last word a portfolio's): not a person's name, nor a place's."""
    if m.text in _ORGAN_HEADS and _LOWER_TAIL.match(text, m.end):
        return True
    if is_place(m.name):
        return False
    last = re.split(r"[ \t]+", m.text.strip())[-1]
    if name_key(last) in offices.normalized(("portfolio",)) and _JOINED_TITLE_AFTER.match(text, m.end):
        return True  # "the [Economy] and Trade Minister" (the name finder may take it for a person's)
    # ("the Minister for Ports and [Inland Waterways]", "the Minister for [Ports] and Inland Waterways")
    before = _DOMAINS_BEFORE.search(text, max(0, m.start - 120), m.start)
    return m.via != "person" and before is not None and bool(
        before["joined"] or _DOMAIN_JOINED_AFTER.match(text, m.end))


def _public_function(text: str, m: Mention) -> bool:
    """The mention names a public function's domain, cut from its office's name, or an
    office by its title alone: no party (``_DOMAIN_LAST``)."""
    name = m.text.strip()
    words = re.split(r"[ \t]+", name)
    # (the person finder reads two capitalised words as a name: "Border Protection" is none)
    if words[-1] in _DOMAIN_LAST and not re.match(rf"{_HEADS}\b", name):
        return bool(_CUT_BEFORE.search(text, max(0, m.start - 40), m.start) or _GOES_ON.match(text, m.end))
    return bool(_DOMAIN_HEAD_FR.fullmatch(name) or _TASK_FORCE.fullmatch(name)) or name in _OFFICE_ALONE


def _cut_from_longer(text: str, m: Mention) -> bool:
    """The mention is the rest of a body's, a court's or an office's name, a public
    function's name, a state's head alone, or joined codes."""
    if _public_function(text, m):
        return True
    # (a body's own head opens a body of its own: "the Zemblan Ministry of Defense and Ministry
    # of Mines" names two ministries)
    if _REST_OF_BODY.search(text, max(0, m.start - 160), m.start) and not re.match(rf"{_HEADS}\b", m.text) \
            or _rest_of_office(text, m):
        return True
    if m.text in _STATE_HEADS or _TITLE_AFTER.match(text, m.end) or _rest_of_division(text, m):
        return True
    return bool(_CODES.fullmatch(m.text)) and all(
        p in _STATE_CODES or is_place(p) for p in re.split(r"[-‑]", m.text))


def credited_outlet(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is the outlet a report is credited to: a crediting
    word before it ("according to", « selon », "told"), a reporting verb after it told
    after the report (", X reported"), or an outlet's noun before it ("the agency X",
    « la chaîne X ») with a crediting word before or a verb of reporting or saying after
    (told by its noun alone, an agency may be a designee: « l'agence de presse X »), or
    its noun after it before such a verb (", the state X news agency said"); "as first
    reported by X", « comme l'a révélé X »; the name opening its sentence as the one that
    reports what follows or posted the paper it tells (not of itself: "X reported that it
    was added"); an agency between slashes in a dateline, or opening a line before a dash.
    ``organisations`` reads it too, for the names its cue nouns find."""
    before = text[max(0, start - 80) : start]
    outlet = _OUTLET_BEFORE.search(before)
    if outlet is not None and (_SAYS_AFTER.match(text, end) or _REPORTS_AFTER.match(text, end)
                               or _CREDITED_BEFORE.search(before)):
        return True
    if _CREDITED_RIGHT_BEFORE.search(before):
        return True
    if _REPORTS_AFTER.match(text, _rest_of_name(text, end)) and _REPORT_OPENS.search(before):
        return True  # (the name may be cut before its last capitalised words: "The X Journal reported")
    if _LOWER_BEFORE.search(before) and _OUTLET_NOUN_AFTER.match(text, end):
        return True  # "..., the state-run X news agency said"
    if _SENTENCE_OPENS.search(text, max(0, start - 40), start) and _opening_reporter(text, end):
        return True
    if _SLASHED.search(before) and re.match(r"[ \t]*/", text[end:]):
        return True
    line_head = _LINE_AGENCY.search(before) or re.search(r"(?m)^[ \t]*$", before) and (
        _MEDIA_WORD.search(text[start:end]) or _opens_page(text, start, end))
    if (_LINE_AGENCY.search(before) or re.search(r"(?m)^[ \t]*$", before) and _AGENCY_FIRST.match(text, start)) \
            and _LINE_ENDS.match(text, end):
        return True  # an agency's credit on a line of its own (« Agence Norpresse »)
    return bool(line_head) and bool(_DASH_AFTER.match(text, end))


def _opening_reporter(text: str, end: int) -> bool:
    """The name opening its sentence and ending at ``end`` reports what the rest of the
    sentence tells, or posted the paper it tells, not of itself."""
    stop = _SENTENCE_STOP.search(text, end)
    rest_end = stop.start() if stop else len(text)
    posted = _POSTED_PAPER_AFTER.match(text, end)
    if posted is not None:
        # (the paper's content names its own subject first: a possessive after it is that
        # subject's, "Korvex filed a motion against its listing"; a pronoun opening it, a
        # subject pronoun or "the bank" anywhere in it, is the one that posted)
        return not (_BACK_TO_REPORTER.match(text, posted.end())
                    or _BACK_TO_POSTER.search(text, posted.end(), rest_end))
    rep = _REPORTS_THAT_AFTER.match(text, end)
    return rep is not None and not _BACK_TO_REPORTER.search(text, rep.end(), rest_end)


def _rest_of_name(text: str, end: int) -> int:
    """Where the capitalised words right after ``end`` end (up to two)."""
    rest = re.match(r"(?:[ \t]+[A-Z][\w'’&.-]*){1,2}(?=[ \t,])", text[end:])
    return end + rest.end() if rest else end


def _opens_page(text: str, start: int, end: int) -> bool:
    """The one-word name at ``text[start:end]`` opens one of the page's first three lines
    that hold text (the title's line comes first), a sentence of its own after the dash:
    the site's name as a dateline (« Site - Les ministres ont ... »), not an item of a
    list of parties ("A Ltd – Dubai Office, established in ...")."""
    if not re.fullmatch(r"[\w.-]+", text[start:end]):
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end != -1 else len(text)]
    return len(rest) >= 60 and len([ln for ln in text[:start].split("\n") if ln.strip()]) <= 2


def _credited(text: str, m: Mention) -> bool:
    """The mention is the outlet the report is credited to."""
    return credited_outlet(text, m.start, m.end)


def _reference(text: str, m: Mention) -> bool:
    """The mention is a reference, no name: an acronym of a law, a register or a case, a
    document's code or number, or a document's title."""
    if _NUMBER_SIGN.fullmatch(m.text) or _DOCUMENT_LAST_WORD.search(m.name):
        return True  # "No 12A"; "the Amending Instrument"
    before = text[max(0, m.start - 40) : m.start]
    if _TITLE_OF_DOCUMENT_BEFORE.search(before) or _DOCUMENT_CLOSES_AFTER.match(text, m.end):
        return True  # "General Licence – X", "X – 2022 Payments (General Licence)"
    if _SEE_BEFORE.search(before) and _NUMBER_RIGHT_AFTER.match(text, m.end) and " " not in m.text:
        return True  # "(see Bulletin 12)", « (voir Chapitre 3) »: a document's part, by its number
    if not _ACRONYM.fullmatch(m.text):
        return False
    return bool(LAW_ARTICLE_BEFORE.search(before) or CASE_NUMBER_BEFORE.search(before)
                or _NUMBER_AFTER.match(text, m.end) or _SLASH_NUMBER_AFTER.match(text, m.end)
                or _CHAPTER_AFTER.match(text, m.end)
                or _CITATION_BEFORE.search(before) and _NUMBER_AFTER_CITATION.match(text, m.end))


# a word written with a capital only by its place (a list item's or a heading's first word,
# a title's capitals, a site's section): one word, a capital then lower case
_ONE_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}")


def _common_word(text: str, name: str) -> bool:
    """The one-word name ``name`` is a common word: the page writes it in lower case too,
    as a word of its own ("two associates of his" beside a heading's "Ministers and
    Associates", "any interest" beside "(2) Any payment", « la transition » beside « la
    Transition »; not inside an address, "orvex.com")."""
    if not _ONE_WORD.fullmatch(name) or name in _ORG_TAIL_SET:
        return False  # (a company's word of trade may be its short name: "Tanker" for "Tanker Lines")
    return re.search(rf"(?<![\w.@/&'’-]){re.escape(name.lower())}(?![\w@/&'’-]|\.\w)", text) is not None


# the place of a clause's first word: the text's or a line's opening (after a bullet or an
# item's number), a sentence's end (a period after a word in lower case or a number, not an
# abbreviation's: "Mr.", "M.", "U.S."), a colon or a semicolon; quotes and brackets may
# open the clause too
_CLAUSE_OPENING = re.compile(
    r"(?:\A|\n|(?<=[a-zà-ÿ0-9)\]”\"»’]{2})[.!?]|[!?]|[:;])[ \t]*(?:(?:[-–—•*·]|\(?\d{1,2}[.)])[ \t]*)?"
    r"[\"“«‘(]?[ \t]*$"
)
# what comes after a clause's first word that opens a clause, not a list's item: a word
# in lower case, not a conjunction ("Issued by", "Effective immediately", "ALSO read"; not
# "A and B", "A, B", "A;")
_CLAUSE_GOES_ON = re.compile(r"[\"”»’]?[ \t]+(?!(?:and|or|et|ou|nor|ni)\b)[a-zà-ÿ]")


# what may follow a label in capitals opening its line or sentence: no word in lower case
# (a verb would make the word the clause's subject: "ZTE was added"), nor a list's comma,
# semicolon or conjunction ("NOTE: ...", "UPDATE 2-...", "EXCLUSIVE - ...")
_LABEL_AFTER = re.compile(r"[\"”»’]?(?![ \t]*[,;]|[ \t]+[a-zà-ÿ&])")
# a word written as words are whose ending tells a participle, an adjective, an adverb or a
# gerund ("Issued", "Effective", "Formerly", "Following"), and a French pronoun with
# « -même(s) »: no name's ending
_NOT_NAME_ENDING = re.compile(
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ed|ive|ly|ing|ée?s?|ment)|[A-ZÀ-Ý][a-zà-ÿ]+-mêmes?"
)
# a finite verb or its auxiliary right after the word makes it the clause's subject, a name
# whatever its ending ("Boeing was added", "Haiying said", « Tianjing a été ajoutée »)
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:was|were|is|are|has|have|had|will|would|can|could|may|might|shall|should|must|"
    r"did|does|do|said|says|told|added|denied|sued|won|lost|filed|faces|remains|became|"
    r"est|sont|a|ont|était|étaient|avait|avaient|sera|seront|va|vont)\b"
)


def _placed_capital(text: str, m: Mention) -> bool:
    """The one-word mention opens its clause, with its place's capitals, not a name's: a
    word in capitals with no word in lower case after it (a label: "NOTE: ...", "UPDATE
    2-..."), or a word whose ending tells no name, a participle, an adjective, an adverb, a
    gerund or a pronoun, with the clause's words in lower case after it ("Effective
    immediately, ...", "Issued by ...", « Eux-mêmes ont été ... »)."""
    if " " in m.text:
        return False
    if _NOT_NAME_ENDING.fullmatch(m.text):
        if not _CLAUSE_GOES_ON.match(text, m.end):
            return False
        if not m.text.endswith(("même", "mêmes")) and _SUBJECT_VERB.match(text, m.end):
            return False
    elif not m.text.isupper() or not _LABEL_AFTER.match(text, m.end):
        return False
    return _CLAUSE_OPENING.search(text, max(0, m.start - 12), m.start) is not None


# a title of common words: every word of the name a common word of a title (``TITLE_WORDS``),
# the glue words between them aside; an institution's head or a word of trade in it
# ("Sanctions Monitoring Group", "Global Trade Services") makes it a body's or a firm's name
_TITLE_WORD_SET = frozenset(w for ws in TITLE_WORDS.values() for w in ws)
_TITLE_ADJECTIVE_SET = frozenset(w for ws in TITLE_ADJECTIVES.values() for w in ws)
_TITLE_GLUE = frozenset("of for and on in to from the & de du des la le les et en à aux d l".split())
_INSTITUTION_HEADS = frozenset(
    "Group Groupe Committee Comité Council Conseil Commission Center Centre Bank Banque Fund Fonds Company "
    "Corporation Association Institute Institut Foundation Fondation Organization Organisation Agency Agence "
    "Authority Autorité Board Bureau Office Department Ministry Ministère Service Court Cour Tribunal "
    "Party Parti Front Movement Mouvement Alliance Union Coalition Network Réseau Groups Committees Councils Centers "
    "Centres Banks Funds Companies Corporations Associations Institutes Foundations Organizations Organisations "
    "Agencies Authorities Boards Services Courts Parties Movements Networks Society Sociétés".split())


def title_of_common_words(name: str) -> bool:
    """The name is a title of common words ("Export Controls Update", "Annual Sanctions
    Review", « Mesures Restrictives »): every word of it, hyphen's parts too, a title's
    common word, none an institution's head, a word of trade or a legal form. A name in
    capitals is left to the caption's and the heading's readers (a court's caption writes
    its parties so: "MINISTER FOR TRADE SANCTIONS" is the defendant's office)."""
    if name.isupper():
        return False
    words = [w for w in re.split(r"[ \t\n]+|(?<=\w)[-‑](?=\w)|['’]", name.strip()) if w]
    words = [w for w in words if w.lower() not in _TITLE_GLUE]
    if not words or any(w in _INSTITUTION_HEADS or w in _ORG_TAIL_SET for w in words):
        return False
    nouns = [w[:1].upper() + w[1:].lower() in _TITLE_WORD_SET for w in words]
    common = [n or w[:1].upper() + w[1:].lower() in _TITLE_ADJECTIVE_SET for n, w in zip(nouns, words, strict=True)]
    # (a place or a people may be a title's subject, "Russia-Ukraine War", beside a common noun)
    return any(nouns) and all(c or is_place(w) for c, w in zip(common, words, strict=True))


def drop_nonparty_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the names that are no party by what the page tells them to
    be (the module's doc): a name cut from a longer one at any mention, a credited outlet
    or a reference at every mention."""
    cut: set[str] = set()
    told: dict[str, list[bool]] = defaultdict(list)
    placed: dict[str, list[bool]] = defaultdict(list)
    for m in mentions:
        if m.key is not None:
            continue
        if _cut_from_longer(text, m):
            cut.add(m.name)
        told[m.name].append(_credited(text, m) or _reference(text, m))
        placed[m.name].append(" " not in m.name and _placed_capital(text, m))
        if m.name not in cut and (_common_word(text, m.name) or title_of_common_words(m.name)):
            cut.add(m.name)
    gone = cut | {n for n, flags in told.items() if all(flags)} | {n for n, flags in placed.items() if all(flags)}
    return [m for m in mentions if m.key is not None or m.name not in gone]
