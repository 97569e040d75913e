"""People named in news text: first name + surname ("Mikhail Fridman"), surname-first
capitals as sanctions lists write them ("IVANOV, Sergei Borisovich"), and later mentions
of the surname; officials, judges and speakers act, they are not designated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from listwatch.text import SUFFIX_WORDS
from listwatch.text import name_key as normalize

from .lang import PACKS, LangPack, calendar_words
from .names import (
    _DESCRIPTOR_TOKEN,
    _ELIDED,
    _FUNCTION_WORDS,
    _NOT_COMPANY,
    _ORG_TAIL_SET,
    _PLACE_GLUE,
    _ROLE_NOUNS,
    _SUFFIX_KEYS,
    _UP,
    GENERIC_NOUNS,
    HEADLINE_VERBS,
    LOWER_LETTERS,
    OFFICE_WORDS,
    PAPER_WORDS,
    Mention,
    _auth_word,
    _is_title_line,
    _stop_tokens,
    clock_words,
    counted_people,
    dateline_places,
    find_word,
    inside_other_name,
    is_place,
    kind_of_party,
)
from .object_phrase import in_phrase

_LOW = LOWER_LETTERS
_PTOK = rf"(?:[{_UP}][{_LOW}’'\-]+(?:-[{_UP}][{_LOW}’']+)*|[{_UP}]{{2,}}(?:-[{_UP}]+)?)"
# particles inside a name ("Hassan al-Turabi", "Mohammed bin Rashid", two in "Maria van
# der Linde") and a middle initial ("John D. Harmon")
# (the article of an Arabic name may stand apart from its noun: "Karim al Harbi")
_PART = r"(?:(?:al|el|ad|ash|as|at|az)-|(?:al|el|bin|ibn|bint|abu|van|von|der|den|ter|ten|dos|das|da|di|del|della|de[ ]la|de[ ]los|de[ ]las)[ ]|[A-Z]\.[ ])"
_PARTICLE_WORDS = frozenset("al el bin ibn bint abu van von der den ter ten dos das da di del della de la los las".split())
_PERSON = re.compile(rf"(?:(?<=\b[dD]['’])|(?<=[qQ]u['’])|(?<![\w’'\-]))(?P<n>{_PTOK}(?:[ ]{_PART}{{0,2}}{_PTOK}){{1,2}}(?:[ ]{_PART}{{1,2}}{_PTOK})?)(?![\w\-])")
# a military rank before a name ("home affairs minister Lt General Soe Htut", "army
# General Mya Tun Oo"): no part of the name, which the rank would push past three words
_RANK = re.compile(
    r"(?<![\w’'\-])(?:(?:(?:Lt|Lieut|Maj|Brig|Col|Gen|Adm|Capt|Sgt)\b\.?|Lieutenant|Major|Brigadier|Colonel|Admiral|"
    r"Captain|Sergeant|Commander|(?<=[a-z,] )General)(?:[ ](?:Gen\b\.?|General|Colonel|Admiral|Commander))?"
    # ... and a capitalised office that would do the same ("Chief Executive Carrie Lam",
    # "Minister for Investment Aung Naing Oo")
    r"|Chief[ ]Executive|(?:Deputy[ ])?Minister[ ](?:of|for)[ ](?:the[ ])?[A-Z][a-z]+(?:[ ]and[ ][A-Z][a-z]+)?)"
    r"(?=[ ][A-Z][a-z]+[ ][A-Z][a-z])"
)
# words before a name that mark an official, a judge or a reporter, not a designee
_ACTOR_TITLE = re.compile(
    r"(?i)(?:\b(?:judge|justice|juge|magistrate|secretary|secrétaire|spokes(?:wo)?man|spokesperson|"
    r"porte-parole|reporter|journaliste|correspondent|analyst|analyste|lawyer|avocat|attorney|"
    r"commissioner|commissaire|chancellor|chancelier|ambassador|ambassadeur|premier|PM|"
    r"editor)\s*)$"
)
# a source's mark before a name ("by X", "according to X", « selon X », "said X"): who tells or
# writes, at that mention; the same person named elsewhere as no source is no actor for it
_SOURCE_BEFORE = re.compile(
    r"(?i)(?:\b(?:writes|wrote|by|par|selon|according\s+to|said|a\s+déclaré|a\s+indiqué)\s*)$"
)
# ... but "by" / « par » after a participle of owning, controlling or leading, or after a
# noun of a challenge, brings the owner, the head or the claimant, no source ("firms owned
# by X", "controlled directly or indirectly by X", "an appeal by X", « détenue par X »)
_AGENT_BY = re.compile(
    r"(?i)\b(?:(?:co-?)?owned|controlled|held|backed|financed|funded|run|managed|led|headed|founded|operated|"
    r"chaired|directed|ownership|control|détenu\w*|contrôlé\w*|possédé\w*|dirigé\w*|fondé\w*|financé\w*|"
    r"challenges?|appeals?|applications?|claims?|lawsuits?|complaints?|petitions?|contestations?|recours|plaintes?|"
    r"requêtes?)\b[^.;:!?\n]{0,60}?\b(?:by|par)\s*$"
)
_SPEAKER_AFTER = re.compile(
    r"^\s*(?:,\s*[^,]{0,60},\s*)?(?:said|says|told|announced|announces|wrote|added|noted|"
    r"argued|stated|declared|a\s+(?:déclaré|annoncé|indiqué|affirmé|expliqué|estimé)|"
    r"annonce|déclare|estime|explique)\b"
    # (what one says in the case one brought is no word of an actor: "X and Y said in a
    # lawsuit filed on Monday that ...", « X a affirmé dans sa requête que ... »: they bring it)
    r"(?!\s+(?:in|dans)\s+(?:an?|the|their|his|her|its|une?|sa|son|leur)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:lawsuit|suit|complaint|petition|motion|plainte|recours|requête)\b)"
)


# a person as sanctions lists and releases write them: "IVANOV, Sergei Borisovich"
_LISTED_PERSON = re.compile(
    r"(?<![\w’'\-])(?P<s>[A-ZÀ-Ý][A-ZÀ-Ý’'\-]{3,}(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý’'\-]{2,})?),[ ]"
    r"(?P<g>[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:[ ][A-ZÀ-Ý][a-zà-ÿ’'\-]+){0,2})(?=\s*[,;.(]|\s+(?:and|et|\()|$)"
)


_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|"
             r"an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
_PINYIN_WORD = re.compile(rf"(?i)(?:{_SYLLABLE}){{1,3}}")
# the commonest Chinese surnames: a pinyin name opening or closing with one is a person's
_CN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen
zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao
mao hao gu gong shao wan qian lai kong wen chang niu ou guan mo xiang zhan bao kang xi qi ji bi dai
fei gan ge hong kou lan lian mei mu ning pei pu rong ruan sha shang tong weng xing yi yue zhai zhuang zuo
an bian chai che chu di e gui huo jiao jing ju ke le ling lou mi miao min nie pang qu quan sang sheng shu si
tai teng zhan zhuo
""".split())


def pinyin_company(name: str) -> bool:
    """Two or three words of pinyin with no common surname at either end ("Zhongke
    Xingtu", "Hangzhou Xinwei"): a Chinese company's name, not a person's ("Zhang Wei",
    "Li Qiang", "Anna Li")."""
    toks = name.split()
    if not 2 <= len(toks) <= 3 or not all(_PINYIN_WORD.fullmatch(t) for t in toks):
        return False
    if toks[0].lower() in _CN_SURNAMES or toks[-1].lower() in _CN_SURNAMES:
        return False
    return any(re.search(r"(?i)zh|x|q|ch|sh|ng", t) for t in toks)


# a company's words after a name in capitals: no given names ("ZEMTEK, Ostrava Technology")
_TRADE_WORDS = _ORG_TAIL_SET | frozenset(
    "Technology Technologies Group Groupe Holding Holdings Industries Industry Systems Solutions Company "
    "Corporation Enterprises".split())


def _listed_people(text: str, pack: LangPack, taken_norm: set[str]) -> list[tuple[str, str, str]]:
    """(name as written, surname, given names) of people written surname first in capitals."""
    out: list[tuple[str, str, str]] = []
    for m in _LISTED_PERSON.finditer(text):
        sur, giv = m.group("s"), m.group("g")
        if sur in _NOT_COMPANY or _auth_word(sur) or is_place(sur):
            continue
        if any(t in pack.stop_names or t.lower() in _FUNCTION_WORDS or _auth_word(t) or is_place(t)
               or t in _TRADE_WORDS for t in giv.split()):
            continue  # (a word of trade: the next company of a list, "ZEMTEK, Ostrava Technology")
        name = f"{sur}, {giv}"
        if all(n != name for n, _s, _g in out):
            out.append((name, sur, giv))
    return out


# a courtesy title says nothing of a role: "M. Dmitri Orlov", "Mme Elena Vassilieva", "Mr
# Ivanov" may be designated as well as act
_COURTESY = re.compile(r"(?:\bM\.|\bMM\.|\bMme|\bMlle|\bMr\.?|\bMrs\.?|\bMs\.?)\s*$")


# a company's officer named after the title ("Le président d'Orvex Trading, Pavel Ostrov,"):
# the party's own officer, not an official who acts
_OFFICER_OF = re.compile(
    r"(?i)\b(?:président|présidente|directeur|directrice|PDG|fondateur|fondatrice|patron|patronne|dirigeant|"
    r"propriétaire|actionnaire|chairman|chairwoman|CEO|chief\s+executive|founder|owner|director)"
    r"(?:\s+(?:général|générale|exécutif|principal|majoritaire))?\s+(?:(?:de|du|of)\s+|d['’]\s*)"
    r"(?:la\s+société\s+|le\s+groupe\s+|l['’]entreprise\s+|the\s+)?(?-i:[A-ZÀ-Ý])[^,.;]{0,40},\s*$"
)

# a title the act's object: "des sanctions contre le ministre de l'Intérieur, X", "a
# sanctionné la secrétaire à la Sécurité intérieure, X", "imposées aux ministres américains
# de la Justice, X": the person so titled is the one the act is about, not an official
# acting or speaking
_TITLE_AS_OBJECT = re.compile(
    r"(?i)\b(?:contre|encontre\s+d(?:e|u|es|['’])|visant|ciblant|concernant|aux|sanctionn\w+|épingl\w+|"
    r"against|on|targeting|sanctioned|designated|exclu\w*|retir\w+|radi\w+|removed|removing|delisted|delisting)\s+"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aussi|également|today|also)\s+)?"
    r"(?:(?:les|le|la|l['’]|des|du|the|its|his|her)\s*)?"
    r"(?:(?:ancien(?:ne)?s?|ex-|former|deux|trois|two|three)\s*)?"
    r"(?:ministres?|secrétaires?|ministers?|secretar(?:y|ies)|présidente?|president|chef|head|gouverneur|governor|"
    r"commandant|commander|porte-parole|spokes(?:wo)?m[ae]n|spokesperson|PDG|CEO|fondat(?:eur|rice)s?|founders?|"
    r"direct(?:eur|rice)s?|directors?|sénat(?:eur|rice)s?|senators?)\b[^,.;:«»\"“”]{0,50},\s*$"
)


# the plaintiff of a challenge told in the passive ("une décision contestée par X", "challenged
# by X"): a party, not an author or an official
_CHALLENGED_BY = re.compile(
    r"(?i)(?:\b(?:contest(?:é|ée|és|ées)|attaqu(?:é|ée|és|ées)|challenged|contested)\s+"
    r"(?:(?:en\s+justice|devant\s+(?:la\s+|le\s+|les\s+)?\w+|in\s+court)\s+)?"
    # (and a case brought by its party: "the lawsuit was filed by X", « le recours introduit par X »)
    r"|\b(?:cases?|suits?|lawsuits?|actions?|complaints?|appeals?|challenges?|petitions?|recours|plaintes?|requêtes?)\s+"
    r"(?:(?:was|were|(?:has|have|had)\s+been|a\s+été|ont\s+été|avait\s+été)\s+)?"
    r"(?:filed|brought|lodged|launched|introduit\w*|déposé\w*|formé\w*)\s+)(?:par|by)\s*$"
)
# the title between two names of a list is the first one's ("A, directeur des prisons,
# B, procureur adjoint, et C"): no title of the next name, who is no official for it
_TITLE_OF_PREVIOUS = re.compile(
    r"(?<![ÀàAa]\s)(?<!\b[Ee]n\s)(?<!\bAu\s)(?<!\bau\s)(?<!\bIn\s)(?<!\bin\s)"
    r"\b[A-ZÀ-Ý][\w'’-]+\s+(?:[A-ZÀ-Ý][\w'’-]+\s+)?[A-ZÀ-Ý][\w'’-]+,\s+(?!(?:dont|qui|que|où|whose|who|which)\b)(?:(?:le|la|l['’]|son|sa)\s*)?(?:[\w'’-]+\s+){0,2}?"
    r"(?i:directeur|directrice|responsable|chef|procureur|président|présidente|ministre|secrétaire|"
    r"director|head|chief|president|minister|secretary)\b[^,.;:«»\"“”]{0,45},\s*$"
)


# the domain of a lower-case title, right before the name it is told with ("le ministre des
# Communications Pavel Dremin", "minister of Finance Karel Ostrinov"): no part of the name
_TITLE_DOMAIN_BEFORE = re.compile(r"(?i)\b(?:des|du|de\s+la|de\s+l['’]|de|d['’]|of|for|of\s+the|for\s+the)\s+\Z")


# the next item of a series of titled names follows the name ("le vice-ministre des Finances,
# Pavel Dremin et le directeur du renseignement, Karel Ostrinov"): an item, not an official
# who speaks or acts
_NEXT_TITLED_ITEM = re.compile(
    r"(?i)\s*,?\s*(?:(?:et|and)\s+)?(?:le|la|l['’]|the|son|sa|his|her)\s*(?:(?:nouveau|nouvelle|new|former|ancien|"
    r"ancienne|then|alors)\s+)?(?:vice-|deputy\s+|sous-)?(?:ministre|minister|secrétaire|secretary|directeur|directrice|"
    r"director|chef|head|président|présidente|president|gouverneur|governor|commandant|commander|procureur|"
    r"prosecutor|juge|judge|sénateur|senator|député|députée|porte-parole|spokes\w+)\b"
)


# the titled name is the subject of a listing or a removal it undergoes ("La gouverneure de
# la banque centrale, Irina Volkova, a aussi été radiée de la liste", "The army's chief of
# staff, Pavel Dorin, has been sanctioned since May"): the party, not an official who acts
_ACT_UNDERGONE_AFTER = re.compile(
    r"(?i),\s+(?:(?:a|ont|avait|avaient)\s+(?:_ADV\s+)?été|est|sont|était|étaient|was|were|is|are|"
    r"(?:has|have|had)\s+(?:_ADV\s+)?been)\s+(?:_ADV\s+)?"
    r"(?:retiré|radié|sanctionné|inscrit|ajouté|désigné|visé|placé|removed|delisted|sanctioned|designated|added|"
    r"listed|blacklisted|placed|targeted)\w*\b".replace(
        "_ADV", r"(?:également|aussi|lui\s+aussi|elle\s+aussi|ensuite|déjà|also|then|later|already)")
)


# a judge or a prosecutor named as the object of the act ("designating regional appeals judge
# X", "a sanctionné la procureure X"): the party, not a court that rules
_JUDGE_AS_OBJECT = re.compile(
    r"(?i)\b(?:sanction(?:ed|ing|s)?|designat(?:ed|ing|es)?|blacklist(?:ed|ing|s)?|target(?:ed|ing|s)?|against|"
    r"sanctionn\w*|contre|visant|ciblant)\s+(?:[\w'’().-]+\s+){0,6}?(?:judge|justice|juge|magistrate|magistrat|"
    r"prosecutor|procureur|procureure)\s+\Z"
)


# another title right after the act's verb or its object word ("sanctioned Senator X",
# "designated Orvex spokesman X", "a sanctionné l'ancien sénateur X", "visent la secrétaire
# X"): the person so titled is the act's party, not an official who speaks or acts (no
# source word nor verb between: "sanctioned X on Monday according to spokesman Y", "the
# officials who announced the sanctions on Monday were Secretary Y")
_TITLED_OBJECT = re.compile(
    r"(?i)\b(?:sanction(?:ed|ing|s)?|designat(?:ed|ing|es)?|blacklist(?:ed|ing|s)?|target(?:ed|ing|s)?|"
    r"delist(?:ed|ing|s)?|sanctionn\w*|désign(?:é|ée|és|ées|e|ent|ait|aient)|visant|vise|visent|ciblant|cible|ciblent|"
    r"radi(?:é|ée|és|ées|e|ent)|(?:sanctions|mesures|measures)\s+(?:on|against|contre))\s+"
    r"(?:(?!(?:according|selon|said|told|by|par|d['’]après|were|was|are|is|sont|était|étaient|est|who|qui)\b)"
    r"[\w'’.-]+\s+){0,4}?"
    r"(?:senator|sénat(?:eur|rice)|spokes(?:wo)?man|spokesperson|porte-parole|secretary|secrétaire|director|directeur|"
    r"directrice)\s+\Z"
)


# a titled name coordinated after another party ("excluant la gouverneure, X, et le chef
# d'état-major, Y, des deux listes", "X and the army's chief, Y,"): the next item of the
# act's object, not an official who acts
_COORDINATED_TITLE_BEFORE = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+,?\s+(?i:et|and|ainsi\s+que|as\s+well\s+as)\s+(?i:le|la|l['’]|the|son|sa|his|her)\s*(?:[\w'’-]+\s+)?"
    r"(?i:vice-|deputy\s+|sous-)?(?i:ministre|minister|secrétaire|secretary|directeur|directrice|director|chef|head|"
    r"commandant|commander|gouverneur|governor)\b[^,.;:«»\"“”]{0,50},\s*\Z"
)


_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:ministre|minister|ministère|ministry|secrétaire|secretary|secrétariat|directeur|directrice|director|"
    r"chef|head|gouverneur|governor|commandant|commander)\s+(?:\S+\s+){0,2}\Z"
)


# an office held in a body, told before the body's name and its holder's ("the co-owner of
# Orvex Karel Vodnik", "le patron de Tobbgas Anna Brell"): a one-word name right after the
# office's "of" / "de" is the body, the words after it the holder
_HOLDER_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:(?:vice[\s-])?president|présidente?|(?:co-?)?owner|(?:co-?)?propriétaire|(?:co-?)?founder|"
    r"(?:co-?)?fondat(?:eur|rice)|chairman|chairwoman|CEO|PDG|shareholder|actionnaire|procureure?|prosecutor|"
    r"patron(?:ne)?|dirigeante?|head|chef|director|directeur|directrice|financi(?:er|ère)|commandant|commander|leader|"
    r"membre|member|responsable|trésori(?:er|ère)|treasurer|cadre)\s+(?:of|de|d['’]|du|des|de\s+la|de\s+l['’])\s*\Z"
)
# ... and the body told with its article when it is an acronym ("le procureur de la CPI X";
# never "president of the Free Unity Movement", a body's name of three words)
_HOLDER_OFFICE_ARTICLE = re.compile(
    r"(?i)\b(?:(?:vice[\s-])?president|présidente?|(?:co-?)?owner|(?:co-?)?propriétaire|(?:co-?)?founder|"
    r"(?:co-?)?fondat(?:eur|rice)|chairman|chairwoman|CEO|PDG|shareholder|actionnaire|procureure?|prosecutor|"
    r"patron(?:ne)?|dirigeante?|head|chef|director|directeur|directrice)\s+(?:of\s+the|de\s+la|du|des|de\s+l['’])\s*\Z"
)

# ... and the body told by its kind between the office and its one-word name (« le directeur
# général de l'entreprise Orvex Karel Vodnik », « le propriétaire du club de Velmar Jan Brell »,
# "the chief executive of the carmaker Orvex Karel Vodnik")
_HOLDER_OFFICE_KIND = re.compile(
    r"(?i)\b(?:(?:vice[\s-])?president|présidente?|(?:co-?)?owner|(?:co-?)?propriétaire|(?:co-?)?founder|"
    r"(?:co-?)?fondat(?:eur|rice)|chairman|chairwoman|CEO|PDG|patron(?:ne)?|dirigeante?|head|chef|director|directeur|"
    r"directrice|chief\s+executive|administrat(?:eur|rice)|commandant|commander|gouverneur|governor)"
    r"(?:\s+(?:en\s+chef))?(?:\s+(?:général|générale|exécutif|exécutive|adjointe?|"
    r"délégué|déléguée|executive|general))?\s+(?:of\s+the|of|de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
    # (the body's kind noun, not a word of the title: « le chef d'état-major X Y Z » is a name of three)
    r"(?:entreprise|société|groupe|banque|club|compagnie|constructeur|fabricant|producteur|holding|conglomérat|"
    r"firme|fonds|agence|service|flotte|armée|garde|chaîne|plateforme|géant|opérateur|armateur|company|firm|group|"
    r"bank|carrier|maker|manufacturer|producer|fund|agency|fleet|club)\s+(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,3}\Z"
)

# the capitalised words a run of names goes on with after a match
_RUN_ON = re.compile(rf"(?:[ ][{_UP}][{_LOW}’'\-]+)+(?![\w\-])")
# a fourth word of a name ("Yasin Abdullah Ezzedine Qadi", "José Adolfo Macías Villamar"):
# one more capitalised word right after three, with no capitalised word after it (a longer
# run of capitals is a name glued to another, left as it was), nor a company's linking word
_FOURTH = re.compile(rf"[ ](?P<w>[{_UP}][{_LOW}\-]+)(?:['’]s?)?(?![\w\-])(?![ ]+[{_UP}0-9])"
                     # (nor a word a company's name goes on from: "X Y Z Orvek de Petróleo, S.A.")
                     r"(?![ ]+(?:de|du|des|of|and|et|y|da|do|del|della|la|le|&)[ ])")


# a series' inclusion word, then the item's title ("They include ISIL spokesman X", "dont
# le porte-parole du groupe X"): an item of the series, not an official who speaks
_INCLUDED_BEFORE = re.compile(
    r"(?i)\b(?:include[sd]?|including|among\s+them|notably|comprennent|incluent|notamment|dont|parmi\s+(?:eux|elles|lesquel\w+)|"
    r"namely|à\s+savoir|(?-i:They|These|Those)\s+(?:are|were)|il\s+s['’]agi(?:t|ssait)\s+(?:de|des|du|d['’])|"
    r"(?-i:Ce)\s+sont)\s+(?:[\w'’-]+\s+){0,4}\Z"
)
# the same, with the title's domain set off by commas before the name ("Ce sont la présidente
# de la cour, X, le procureur, Y, ..."; "They are the port's director, X, and ..."): the
# items a sentence identifies, not officials who speak
_IDENTIFIED_BEFORE = re.compile(
    r"(?i)(?:\bnamely|\bà\s+savoir|\b(?-i:They|These|Those)\s+(?:are|were)|\bil\s+s['’]agi(?:t|ssait)|\b(?-i:Ce)\s+sont)"
    r"\s+[^.;:«»\"“”]{0,80},\s*\Z"
    # ... and each later item of the series, told with its own "de" ("Il s'agit de la
    # secrétaire X, du directeur de la police Y et du fondateur de la milice, Z")
    r"|\bil\s+s['’]agi(?:t|ssait)\s+(?:de|du|des|d['’])[^.;:«»\"“”]{0,160}?(?:,|\bet)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"\s*(?:[^.;:«»\"“”,]{0,80},\s*|(?:[\w'’-]+\s+){0,4})\Z"
)


# a person named with a nickname in quotes between the given name and the surname
# ("Pavel “The Bear” Ostrov", "Ana ‘’Lynx’’ Dorin"): one person, named without the nickname
_NICKNAMED = re.compile(
    rf"(?<![\w’'-])(?P<first>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]*[‘’“”\"«']{{1,2}}[ \t]*"
    rf"(?P<nick>[{_UP}][^‘’“”\"«»'\n.;:]{{0,24}}?)[ \t]*[‘’“”\"»']{{1,2}}[ \t]*"
    rf"(?P<last>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?![\w’'-])"
)


def nicknamed(text: str, lang: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """People named with a quoted nickname in the middle: (start, end, "First Last", the
    words of the whole form). The surname must be told again elsewhere, as a person's is;
    a word of no name ("The", a company's or an authority's word) is no given name."""
    pack = PACKS[lang]
    out: list[tuple[int, int, str, frozenset[str]]] = []
    for m in _NICKNAMED.finditer(text):
        first, last = m["first"], m["last"]
        if any(_unnamely(w, pack) or w.lower() in _FUNCTION_WORDS or is_place(w) or w.rstrip(".") in SUFFIX_WORDS
               or normalize(w) in _SUFFIX_KEYS or normalize(w) in GENERIC_NOUNS for w in (first, last)):
            continue
        if not any(a < m.start() or a >= m.end() for a in find_word(text, last)):
            continue
        out.append((m.start(), m.end(), f"{first} {last}", frozenset(re.findall(r"[\w-]+", m.group(0)))))
    return out


def _not_name_word(tok: str, pack: LangPack) -> bool:
    """A word that does not go on a name as its fourth word: a stop, function, place, role,
    title, calendar or generic word, a company's or an authority's word."""
    return _unnamely(tok, pack) or tok.lower() in _FUNCTION_WORDS or is_place(tok) or tok in HEADLINE_VERBS \
        or normalize(tok) in GENERIC_NOUNS or re.fullmatch(pack.person_titles, tok) is not None \
        or tok.rstrip(".") in SUFFIX_WORDS or tok in _NOT_COMPANY or normalize(tok) in calendar_words(abbreviated=False) \
        or _DESCRIPTOR_TOKEN.search(tok) is not None


def _five_words(more: re.Match[str], toks: list[str], pack: LangPack) -> bool:
    """The capitalised words that end the run after a name make it one of five words:
    name words each (no title, place, calendar, company or authority word, no acronym, no
    owner's "'s"), the last no particle."""
    run = more.group(0).split()
    return len(toks) + len(run) == 5 and all(
        not _not_name_word(t, pack) and not t.isupper() and not re.search(r"['’]", t) for t in [*toks, *run]
    ) and run[-1].lower() not in _PARTICLE_WORDS


def _unnamely(tok: str, pack: LangPack) -> bool:
    """A word no person's name holds: a stop word, a company's or an authority's word."""
    return tok in pack.stop_names or tok in _ORG_TAIL_SET or _auth_word(tok) or normalize(tok) in _stop_tokens() \
        or normalize(tok) in _ROLE_NOUNS


# an office told as held before, right before the name, its title and domain between:
# "former President", "ex-minister", « l'ex-ministre des Mines », « l'ex-sénateur »,
# "the onetime governor of X State" (no comma, no stop and no other name between)
_FORMER_TITLE = re.compile(
    r"(?i)(?<![\w-])(?:former|ex-|onetime|one-time|ancien(?:ne)?s?|ex[ ])\s*"
    r"(?:[^\s,.;:()«»\"“”]+\s+){0,8}?(?:[^\s,.;:()«»\"“”]+\s+)\Z"
)


def _actor_role(text: str, start: int, end_n: int, pack: LangPack) -> str | None:
    """Whether the person named at ``start:end_n`` acts rather than undergoes: ``"title"``
    (an official's title before the name, a source word, "Le secrétaire ..., X,"),
    ``"speaker"`` (no title, a verb of saying after the name) or None."""
    before = text[max(0, start - 40) : start]
    included = _INCLUDED_BEFORE.search(text, max(0, start - 60), start) is not None \
        or _JUDGE_AS_OBJECT.search(text, max(0, start - 90), start) is not None \
        or _TITLED_OBJECT.search(text, max(0, start - 90), start) is not None \
        or _IDENTIFIED_BEFORE.search(text, max(0, start - 250), start) is not None
    # (a name inside an act's object phrase, whatever its title: the act's party)
    if in_phrase(text, start, end_n, pack.code):
        return "speaker" if _SPEAKER_AFTER.match(text[end_n:]) else None
    if not included and re.search(rf"(?:\b{pack.person_titles})\.?\s*$", before) and not re.search(
        r"(?i)\b(?:president|présidente?|minister|ministre|founder|fondat(?:eur|rice)|CEO|PDG|chairman|directeur|"
        r"directrice)\s*$", before
    ) and not _COURTESY.search(before) or not included and _ACTOR_TITLE.search(before) or re.search(
        rf"(?:\b{pack.person_titles})\b[^,.;]{{0,45}},\s*$", before
    ) and not re.search(  # "son directeur, Ivan Petrov": the party's own officer
        rf"(?i)\b(?:son|sa|ses|leur|leurs|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{pack.person_titles})\b[^,.;]{{0,30}},\s*$",
        before,
    ) and not _OFFICER_OF.search(before) and not _TITLE_OF_PREVIOUS.search(
        text[max(0, start - 90) : start]
    ) and not _NEXT_TITLED_ITEM.match(text, end_n) \
            and not _TITLE_AS_OBJECT.search(text[max(0, start - 110) : start]) \
            and not _ACT_UNDERGONE_AFTER.match(text, end_n) \
            and not _IDENTIFIED_BEFORE.search(text, max(0, start - 250), start) \
            and not (_COORDINATED_TITLE_BEFORE.search(text, max(0, start - 110), start)
                     and not _SPEAKER_AFTER.match(text[end_n :].replace(", ont ", ", a ", 1))):
        # (a title told as held before, "former President X", « l'ex-ministre des
        # Mines X »: a past office, no capacity the person acts in; a speaker still speaks)
        if not _FORMER_TITLE.search(text, max(0, start - 90), start):
            return "title"
    if _SPEAKER_AFTER.match(text[end_n :]) or not included and _source_mark(text, start):
        return "speaker"
    return None


def _source_mark(text: str, start: int) -> bool:
    """A source's mark right before the name at ``start`` ("by X", "according to X"), not
    an agent's "by" (an owner, a head, a claimant) nor a case's plaintiff."""
    before = text[max(0, start - 40) : start]
    return _SOURCE_BEFORE.search(before) is not None and not _CHALLENGED_BY.search(before) \
        and not _AGENT_BY.search(text, max(0, start - 90), start)


# a person named by a courtesy title and the surname alone ("M. Korlov", "Mme Dubrova",
# "Mr Korlov", "Mrs. Dubrova", "M. de Valbrune", "MM. Korlov et Vassine"): the surname names the person; a given name after the title is _PERSON's
_COURTESY_SURNAME = re.compile(
    rf"(?<![\w.’'\-])(?P<t>M\.|MM\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ ]+"
    rf"(?P<s>(?:(?:al|el)-|(?:bin|ibn|van|von|der|de|du|da|di|del|de[ ]la)[ ]){{0,2}}{_PTOK})(?![\w’'\-])"
    rf"(?![ ]+[{_UP}])"
)
# ... or by a noun of a designee's trade or standing and the surname alone ("billionaire
# Marnov", "the oligarch Marnov", « le milliardaire Marnov », « l'homme d'affaires russe
# Marnov », « les oligarques Marnov et Durov »): lower-case adjectives between in French
_DESCRIBED_SURNAME = re.compile(
    r"\b(?P<t>(?i:oligarchs?|tycoons?|billionaires?|businessm[ae]n|businesswom[ae]n|bankers?|financiers?|magnates?|"
    r"entrepreneurs?|smugglers?|traffickers?|warlords?|arms\s+dealers?|hackers?|"
    r"oligarques?|milliardaires?|hommes?\s+d['’]affaires|femmes?\s+d['’]affaires|banqui(?:er|ère)s?|"
    r"financi(?:er|ère)s?|magnats?|trafiquante?s?|passeurs?|marchands?\s+d['’]armes|chefs?\s+de\s+guerre|"
    r"pirates?\s+informatiques?))(?:[ ](?!(?:and|et|or|ou|of|de|du|des|who|qui|que|which|dont|from|in|at|on|for|by|with|"
    r"to|the|an?|à|au|aux|en|pour|par|avec|sur|chez|le|la|les|une?|d['’]\w*|l['’]\w*)\b)[a-zà-ÿ][a-zà-ÿ-]+){0,2}?[ ]+"
    rf"(?P<s>(?:(?:al|el)-|(?:bin|ibn|van|von|der|de|du|da|di|del|de[ ]la)[ ]){{0,2}}{_PTOK})(?![\w’'\-])"
    rf"(?![ ]+[{_UP}])"
)
# ... the second surname after a plural title ("MM. Korlov et Vassine")
_COURTESY_SECOND = re.compile(rf"[ ]+(?:et|and)[ ]+(?P<s>{_PTOK})(?![\w’'\-])(?![ ]+[{_UP}])")


def _courtesy_names(text: str, pack: LangPack, taken_norm: set[str], found: dict[str, str],
                    actors: set[str], speakers: set[str]) -> None:
    """Adds to ``found`` the people named only by a courtesy title and the surname; one the
    article names in full already is that person; an official or a speaker, as for a full
    name, goes to ``actors`` or ``speakers``."""
    known = {w for n in (*found, *actors, *speakers) for w in n.split()}
    taken_words = {w for t in taken_norm for w in t.split()}
    for c in [*_COURTESY_SURNAME.finditer(text), *_DESCRIBED_SURNAME.finditer(text)]:
        if c.re is _COURTESY_SURNAME and re.search(rf"[{_UP}][{_LOW}]+[ ]$", text[max(0, c.start() - 30) : c.start()]):
            continue  # "John M. Harmon": an initial inside a name
        plural = c.group("t") == "MM." or c.re is _DESCRIBED_SURNAME and c.group("t").split()[0].endswith(("s", "x"))
        second = _COURTESY_SECOND.match(text, c.end()) if plural else None
        for grp in (c, second):
            if grp is None:
                continue
            name = grp.group("s")
            sur = name.split()[-1]
            if sur in known or len(sur) < 3 or sur.isupper() or _not_name_word(sur, pack) \
                    or normalize(sur) in OFFICE_WORDS or normalize(name) in taken_norm or normalize(sur) in taken_words:
                continue
            a, b = c.start(), grp.end()
            role = _actor_role(text, a, b, pack)
            if role == "title":
                actors.add(name)
            elif role == "speaker":
                speakers.add(name)
            else:
                found.setdefault(name, name)


def find_persons(text: str, lang: str, taken: Iterable[str]) -> list[Mention]:
    """People named with a first name and a surname ("Mikhail Fridman", "Alexey
    Aleksandrovich PETROV", "l'Américain John Mark Dougan" → "John Mark Dougan"), and
    later mentions of the surname alone. Officials, judges and speakers (a title before
    the name, "said" after it) are not taken: they act, they are not designated."""
    pack = PACKS[lang]
    taken_norm = {normalize(t) for t in taken}
    found: dict[str, str] = {}
    actors: set[str] = set()
    speakers: set[str] = set()
    listed_style = _listed_people(text, pack, taken_norm)
    given = {g for _n, _s, g in listed_style}
    ranked = _RANK.sub(lambda r: " " * len(r.group(0)), text) if _RANK.search(text) else text
    filed_from = dateline_places(text)  # "VELMAR CITY (Norpress) -": a place, no person
    joined_to = -1  # the end of a five-word name read whole: its last two words are no name of their own
    for m in _PERSON.finditer(ranked):
        if m.start("n") < joined_to:
            continue
        if m.group("n") in given and re.search(r"[A-ZÀ-Ý]{3,},\s*$", text[max(0, m.start() - 30) : m.start()]):
            continue  # the given names of "IVANOV, Sergei Borisovich"
        toks = m.group("n").split()
        if len(toks[-1]) > 3 and toks[-1][-2:] in ("'s", "’s"):
            toks[-1] = toks[-1][:-2]  # "Evgeny Prigozhin's mother": the name is Evgeny Prigozhin
        elif len(toks[-1]) > 3 and toks[-1][-1] in "'’":
            toks[-1] = toks[-1][:-1]  # "Kylin Microsystems' parent"
        start = m.start("n")
        more = _RUN_ON.match(ranked, m.end("n"))
        n_read = len(toks)
        if more is not None and len(toks) + len(more.group(0).split()) >= 4 and all(
                t.lower() not in _PARTICLE_WORDS for t in toks) and any(
                t.isupper() and len(t) >= 2 for t in toks[:-1]) and not any(
                _unnamely(t, pack) for t in [*toks, *more.group(0).split()][-2:]):
            # a longer run of capitals with an acronym in it ("the commander of Orlan PMC
            # Pavel Dremin", "vice president of Orlan Group Karel Ostrinov"): the person is
            # its last two words, the rest the employer
            run = [*toks, *more.group(0).split()]
            start = m.start("n") + len(" ".join(run[:-2])) + 1
            toks = run[-2:]
        while toks and (toks[0] in pack.stop_names or toks[0].lower() in _FUNCTION_WORDS or _ELIDED.match(toks[0])
                        or toks[0] in PAPER_WORDS  # "Arrêts Aven c. Conseil": the paper's word
                        or toks[0] in _NOT_COMPANY  # "de la liste SDN Pavel Gromov"
                        or _DESCRIPTOR_TOKEN.search(toks[0])
                        # "Abu" of "Abu Dhabi" is a place word, and opens "Abu Rahim al-Masri"
                        or (is_place(toks[0]) and len(toks) > 2 and toks[0].lower() not in _PARTICLE_WORDS)
                        or (len(toks) > 2 and re.fullmatch(pack.person_titles, toks[0]))
                        or (len(toks) > 2 and (_unnamely(toks[0], pack) or _OFFICE_BEFORE.search(
                            text, max(0, start - 40), start)) and _TITLE_DOMAIN_BEFORE.search(
                            text, max(0, start - 30), start))
                        or (len(toks) == 3 and toks[1].lower() not in _PARTICLE_WORDS
                            and (_HOLDER_OFFICE_BEFORE.search(text, max(0, start - 40), start)
                                 or _HOLDER_OFFICE_KIND.search(text, max(0, start - 80), start)
                                 or toks[0].isupper() and _HOLDER_OFFICE_ARTICLE.search(text, max(0, start - 40), start)))):
            start += len(toks[0]) + 1
            toks.pop(0)
        if more is not None and 2 <= len(toks) < n_read and m.group("n").endswith(" ".join(toks)) \
                and len(toks) + len(more.group(0).split()) <= 4 \
                and not any(_not_name_word(t, pack) or t.isupper() for t in [*toks, *more.group(0).split()]):
            # the match stopped at its word limit on an office's or a body's word, dropped
            # from the name's front, and the name goes on past the limit ("président de la
            # République Jean Paul Orvek", "the Speaker of the Senate Ana Maria Dolenc"): the
            # name is the words after that word, read to the end of the run (no acronym in
            # it: "Orvek FC Ivan Petrov" is a club and a person, read as such above)
            toks = [*toks, *more.group(0).split()]
            joined_to = m.end("n") + len(more.group(0))
            more = None
        cut = max((i for i, t in enumerate(toks[:-1]) if re.fullmatch(pack.person_titles, t)), default=-1)
        if cut >= 0 and len(toks) - cut < 3 and more is not None and not toks[0][0].islower():
            toks = [*toks, *more.group(0).split()]  # "Finance Minister Otto [Brandt]"
        if cut >= 0 and len(toks) - cut >= 3:
            # an office run into the name ("Transport Minister Ilya Sarin", "Defence
            # Minister Pavel Dorin"): the person is the words after the title, told with it
            start += len(" ".join(toks[: cut + 1])) + 1
            toks = toks[cut + 1 :]
        if len(toks) < 2 or _is_title_line(text, m.start()):
            continue
        if len(toks) == 2 and re.fullmatch(pack.person_titles, toks[0]):
            continue  # "President Joe [Biden]": a title and a name cut short, an official
        if re.fullmatch(pack.person_titles, toks[-1]):
            continue  # "Norland Attorney [General X]": a place and a title, no name
        if any(re.search(r"['’]s$", t) for t in toks[:-1]):
            continue  # "Brenner Holding's Cyprus [unit]": an owner and a place, no person
        if any(t in pack.stop_names or t.rstrip(".") in SUFFIX_WORDS or _auth_word(t) or t in _ORG_TAIL_SET
               or t.lower() in _FUNCTION_WORDS or len(t) < 2 or _DESCRIPTOR_TOKEN.search(t)
               or normalize(t) in _ROLE_NOUNS or t in HEADLINE_VERBS  # "Drone Maker", "Judge Halts" in a headline
               for t in toks if t not in _PARTICLE_WORDS):
            continue
        if is_place(toks[0]) and not toks[0].isupper() and len(toks) == 2 and is_place(toks[1]):
            continue
        if counted_people(toks):
            continue  # "Four Mexican traffickers": a counted group, no person
        if normalize(toks[-1]) in OFFICE_WORDS:
            continue  # "Harbour Commander", "Port Director": a post, no person
        if clock_words(toks) or kind_of_party(toks):
            continue  # "by 11:59 PM EST": a clock time; "the Blocked Entities": a kind of party
        if any(normalize(t) in _stop_tokens() for t in toks if t not in _PARTICLE_WORDS) or is_place(" ".join(toks)):
            continue
        if all(w in _PLACE_GLUE for t in toks for w in normalize(t).split()):
            continue  # "People’s Republic", "United Kingdom": a country's words
        fourth = _FOURTH.match(ranked, m.end("n")) if len(toks) == 3 \
            and m.group("n").endswith(" ".join(toks)) else None
        end_n = max(m.end("n"), joined_to)
        if fourth is not None and not _not_name_word(fourth.group("w"), pack):
            toks = [*toks, fourth.group("w")]
            end_n = fourth.end("w")
        elif more is not None and len(toks) >= 2 and m.group("n").endswith(" ".join(toks)) \
                and _five_words(more, toks, pack):
            # a name of five words ("Walid Hamid Karim Aziz Tamran"): one person, not a
            # name of three and another of two
            toks = [*toks, *more.group(0).split()]
            end_n = joined_to = m.end("n") + len(more.group(0))
        name = " ".join(toks)
        if name.casefold() in filed_from:
            continue
        if normalize(name) in taken_norm or any(normalize(t) in taken_norm for t in toks if t not in _PARTICLE_WORDS):
            continue
        role = _actor_role(text, start, end_n, pack)
        if role == "title":
            # "Le secrétaire américain au Commerce, Wilbur Ross, a annoncé"
            actors.add(name)
            continue
        if role == "speaker":
            # a speaker with no title ("X, an analyst, said"): an actor, unless the article
            # names the same person elsewhere as no speaker ("sanctioned A and B" ... "A,
            # a dual citizen, said she resigned": a party who speaks of her own case)
            speakers.add(name)
            continue
        found.setdefault(name, name)
    _courtesy_names(text, pack, taken_norm, found, actors, speakers)
    actors |= speakers - set(found)
    mentions: list[Mention] = []
    for name in [n for n in found if pinyin_company(n)]:
        del found[name]  # a company in pinyin: named as one, never as a person
        for a in find_word(text, name):
            mentions.append(Mention(name=name, start=a, end=a + len(name), text=name))
    for name, surname, _g in listed_style:
        for a in find_word(text, name):
            mentions.append(Mention(name=name, start=a, end=a + len(name), text=name, via="person"))
        for a in find_word(text, surname):
            if not text.startswith(name, a):
                mentions.append(Mention(name=name, start=a, end=a + len(surname), text=surname, via="person"))
    for name in found:
        if name in actors:
            continue
        forms = [name]  # the full name first, then its surname: an order of our own
        last = name.split()[-1]
        if last != name and len(last) >= 4 and not any(last in a.split() for a in actors):
            forms.append(last)
        for form in forms:
            for a in find_word(text, form):
                if form == last and (_ACTOR_TITLE.search(text[max(0, a - 40) : a]) or _source_mark(text, a)
                                     or not text.startswith(name, a - len(name) + len(last))
                                     and inside_other_name(text, a, pack)):
                    continue  # "... and his brother Reza Karimi": not Ahmad Karimi's surname
                mentions.append(Mention(name=name, start=a, end=a + len(form),
                                        text=text[a : a + len(form)], via="person"))
    return mentions
