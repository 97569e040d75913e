"""English rule pack."""

from __future__ import annotations

from . import common as c
from .base import DatePattern, LangPack, Trigger
from .court_verdicts import side_triggers, verdict_triggers
from .decided_acts import decided_triggers
from .group_acts import group_pick_triggers
from .lapse_acts import lapse_triggers
from .listing_forms import listing_form_triggers
from .relief_acts import relief_triggers
from .undoing_acts import undoing_triggers

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

# a whole day ahead of the match: "March 12", "12 March"
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_AHEAD = r"(?=" + _MONTH_NAMES + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r"\b)"
# "until <day>" of a licence, a wind-down, a sale or an order (a stay on the list "until <day>" is
# no cut-off): the licence's word before it in the clause, or after it ("until <day> under the license")
_UNTIL_DAY = r"(?:until|till|through\s+to)\s+(?:(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)\s+(?:\w+\s+)?(?:on\s+)?)?" + _DAY_AHEAD
# a sanctions licence told with its period of validity: not a trade's own licence ("its
# banking licence, valid from ..."), nor one asked for or applied for
# (the end of a time to file, answer or comment is no licence's: "the deadline for comments
# on the listing", "the deadline to respond to the complaint", a hearing's)
_NO_FILING_END = (r"(?![^.;]{0,40}?\b(?:comments?|submissions?|responses?|respond|reply|replies|answer\w*|observations|"
                  r"applications?|appeals?|hearings?|filings?|briefs?)\b)")
_PERIOD_LICENCE = (r"(?<!\bbanking\s)(?<!\boperating\s)(?<!\bbroadcasting\s)(?<!\bmining\s)(?<!\bexport\s)"
                   r"(?<!\bimport\s)\blicen[cs]es?\b(?![^.;]{0,100}\b(?:request|appl(?:y|ied|ication)|sought|seek|asked))")
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}
_ORD = r"(?:st|nd|rd|th)?"
DATES = (
    DatePattern(r"\b(?:on\s+|that\s+|the\s+)?(?:very\s+)?same\s+day\b", "same_day"),
    # days counted from the article's previous date: "the next day", "two days later"
    DatePattern(r"\b(?:on\s+)?the\s+(?P<dir>next|following|previous|preceding)\s+day\b", "day_offset"),
    DatePattern(r"\bthe\s+day\s+(?P<dir>before|after)\b(?=\s*[,.;)])", "day_offset"),
    DatePattern(r"\b(?:on\s+)?the\s+(?P<dir>following|next|previous|preceding)\s+(?P<wd>{WEEKDAY})\b", "ref_weekday"),
    DatePattern(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|afterwards|earlier)\b", "day_offset"),
    # numeric dates: day.month.year; month/day/year or day/month/year only when unambiguous
    DatePattern(r"\b(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b"),
    DatePattern(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)\b", "slash"),
    # a part of a year is that year: "mid-2020", "the first half of 2020", "end of 2020", "Q3 2020"
    DatePattern(r"\b(?:[Mm]id-?\s?|(?:the\s+)?(?:end|start|beginning|middle|(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter)\s+of\s+|Q[1-4]\s+)(?P<y>(?:19|20)\d\d)\b", "year"),
    DatePattern(r"\b(?:at|by|toward|towards)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|this)\s+year\b", "this_year"),
    # a season of a year is that year
    DatePattern(r"\b(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", "year"),
    DatePattern(r"(?P<m>{MONTH})\s+of\s+(?P<ref>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+year\s+before|last)\s+year\b", "ref_year"),
    DatePattern(r"(?P<m>{MONTH}),?\s+(?P<ref>last)\s+year\b", "ref_year"),
    DatePattern(r"\b(?:(?:in|during|by|later|earlier)\s+)?(?P<ref>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b", "that_year"),
    DatePattern(rf"(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{{MONTH}})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    DatePattern(rf"(?P<m>{{MONTH}})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>(?:19|20)\d\d)\b"),
    DatePattern(r"(?P<m>{MONTH})\.?,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b"),
    DatePattern(rf"(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{{MONTH}})\b"),
    DatePattern(rf"(?P<m>{{MONTH}})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*(?:%|percent|companies))"),
    DatePattern(
        r"(?:\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id-?"
        r"|[Ee]nd of|[Bb]eginning of|[Ee]arlier in|[Ll]ast|[Nn]ext|[Tt]his)\s+)"
        r"(?:(?:early|late|mid)-?\s*)?(?P<m>{MONTH})\b",
        precision="month",
    ),
    DatePattern(r"\b(?:the\s+)?(?P<ref>following|next|previous|preceding)\s+month\b", "month_offset"),
    # the month of the act just told: "later that month", "at the end of the same month"
    DatePattern(r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+month|(?:at|by|toward|towards)\s+the\s+(?:end|beginning|start)\s+of\s+"
                r"(?:that|the\s+same)\s+month|(?:in\s+)?(?:that|the)\s+same\s+month|later\s+in\s+the\s+month)\b", "same_month"),
    DatePattern(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", "ago"),
    DatePattern(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months?\s+(?P<dir>later|afterwards|after|earlier|before)\b", "month_offset"),
    DatePattern(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+years?\s+(?P<dir>later|afterwards|earlier|(?:after|before)(?=\s*[,.;)]))", "year_offset"),
    DatePattern(r"\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b", "this_month"),
    DatePattern(r"\blast\s+month\b|\bthe\s+previous\s+month\b", "last_month"),
    DatePattern(r"\b(?:earlier|later)\s+this\s+year\b|\bthis\s+year\b", "this_year"),
    DatePattern(r"\blast\s+year\b|\bthe\s+previous\s+year\b", "last_year"),
    DatePattern(r"\blast\s+week\b", "last_week"),
    DatePattern(r"\bthe\s+day\s+before\s+yesterday\b", "day_before_yesterday"),
    DatePattern(r"(?<!before\s)\byesterday\b", "yesterday"),
    DatePattern(r"\b(?:earlier|later)\s+this\s+week\b|\bthis\s+week\b", "this_week"),
    DatePattern(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b", "today"),
    DatePattern(r"\b(?:on\s+)?(?:(?P<mod>last|next|this)\s+)?(?P<wd>{WEEKDAY})\b", "weekday"),
    DatePattern(
        r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-)\s+(?P<y>(?:19|20)\d\d)\b",
        "year",
    ),
    # a day of the month with no month ("on the 12th"): the month the article is in
    DatePattern(r"\bon\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MONTH}|anniversary|floor|day|round|century|amendment|package|tranche)\b)", "month_day"),
)

_LIST_OBJ = r"[^.;]{0,60}?\b(?:list|blacklist|roster|SDN|CCMCs?|[Ss]chedule\s+\d|[Aa]nnex\s+[IVX\d])"
# a list named by what it holds must hold restricted parties ("list of Chinese military
# companies"), not suppliers or the largest firms
_RESTRICTED = r"(?!\s+of\s+(?!(?:[\w-]+\s+){0,3}?(?:sanction\w*|designat\w*|military|terror\w*|Specially|blocked|restricted|denied)))"
_LISTING_NOUN = r"(?:blacklisting|designation|listing|ban|sanctions|restrictions)"
# the words between a verb of removing and its "from", in one clause or across a series
# of parties set apart by semicolons ("removed A, a <title>; B, a <title>; and C from")
_UP_TO_FROM = r"(?:[^.;]{0,140}?|(?:[^.;]{1,140};\s+(?:and\s+)?(?-i:[A-Z])){1,5}[^.;]{0,140}?)"
# the words before "decision" that tell a decision taken ("the April decision to blacklist
# X"), not a rule ("any decision to add")
_DECIDING = ("the", "The", "its", "Its", "this", "This", "that", "January", "February", "March", "April", "May",
             "June", "July", "August", "September", "October", "November", "December")

TRIGGERS = (
    # designation
    Trigger("designation", r"\b(?<!Specially )designat(?:ed|es|ing)\b"),
    Trigger("designation", r"\bblacklisted\b|(?<!['’]s\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\ba\s)\bblacklisting\b(?!\s+of\b)"),
    Trigger("designation", r"\b(?:is|are|was|were)\s+(?:also\s+|already\s+)?on\s+(?:the|its|that|this)\b" + _LIST_OBJ, strength=0.8),
    Trigger("designation", r"\b(?:add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?|includ(?:ed|es)|return(?:ed|s)?|post(?:ed|s)|insert(?:ed|s)|enter(?:ed|s))\b(?=[^.;]{0,160}?\b(?:to|on|in)\b" + _LIST_OBJ + ")"),
    Trigger("designation", r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|later\s+)?added\b(?!\s+(?:that|to\s+(?:its|the)\s+(?:portfolio|index|board|fund)))", strength=0.8),
    # the round told on, its list understood from the article ("Later, it added X and Y.",
    # "The department then added X", an agency told by its acronym, "The ERC also added X"):
    # an act whose subject is the agency, never speech
    Trigger("designation", r"(?:\b(?:it|they|the\s+(?:department|agency|bureau|ministry|council|office|administration|government))|(?-i:\b(?:Treasury|OFAC|BIS|Commerce|Council|EU|Washington|Pentagon|[A-Z]{2,6}(?<!\bUS)(?<!\bUK))))\s+(?:also\s+|later\s+|then\s+|subsequently\s+|further\s+|again\s+)?added\s+(?=(?:on\s+\w+day\s+)?(?:the\s+)?(?-i:[A-Z0-9]))(?![^.;,]*\b(?:was|is|were|are|had|has|have|would|will|could|should|said|did|to|that)\b)(?![^.;]*\b(?:to|onto|on)\s+(?:the|its|their|that|this|a)\b)", strength=0.8, needs_list=True),
    Trigger("designation", r"\b(?:imposed|slapped)\s+sanctions\s+on\b|(?<!\bthe\s)(?<!['’]s\s)(?<!-)\bsanctioned\b(?!\s+(?:parties|entities|persons|individuals|people|companies|firms|banks|oligarchs|vessels|tankers|countries|regimes|jurisdictions|goods|products|territories)\b)"),
    # the act told in the progressive ("the Treasury is blacklisting X", "said that it was
    # designating X"): the verb's own act
    Trigger("designation", r"\b(?:is|are|was|were)\s+(?:also\s+|today\s+|now\s+)?(?:sanctioning|designating|blacklisting)\b(?=\s+(?:the\s+|its\s+|two\s+|three\s+|\d+\s+)?(?:[a-z-]+\s+){0,4}?(?-i:[A-Z0-9]))"),
    # journalistic wording: "hit with sanctions" (or asset freezes, travel bans), "put under EU sanctions", "now subject to
    # UK sanctions include ...", "announced sanctions against", "re-listed"
    Trigger("designation", r"\bhit\s+(?:\w+\s+)?with\s+(?:[\w.\-]+\s+){0,3}(?:sanctions|asset\s+freezes?|travel\s+bans?)\b|\b(?:put|placed)\s+under\s+(?:\w+\s+){0,2}sanctions\b|\bre-?listed\b|\bre-?listing\b(?=[^.;]{0,40}\b(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d))"),
    Trigger("designation", r"\b(?:was|were|been|being)\s+banned\s+by\b"),
    # a party put under a measure named by what it does: the verb "subject" with the party as
    # its object and the measure after "to", a restriction or freeze "imposed on" the party,
    # the party that "now faces" such a measure
    Trigger("designation", r"\bsubject(?:ed|s)?\b(?=\s+(?-i:[A-Z])[^.;]{0,160}?\bto\s+(?:an?\s+)?(?:[\w.\-]+\s+){0,2}?"
            r"(?:sanctions|restrictions|asset\s+freezes?|travel\s+bans?|visa\s+bans?)\b)"
            r"|\b(?:imposed|slapped|levied)\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:restrictions|asset\s+freezes?|travel\s+bans?)\s+(?:on|against)\b"
            r"|\bnow\s+fac(?:e|es)\s+(?:an?\s+)?(?:[\w.\-]+\s+){0,2}?(?:sanctions|asset\s+freezes?|travel\s+bans?)\b", strength=0.9),
    # a relative clause on the list's name ("... the ministry's export list, where she had been
    # added in March", "the list, to which it was added in 2020")
    Trigger("designation", r"(?<=[Ll]ist, )(?:where|to\s+which|on\s+which|onto\s+which)\s+(?:he|she|it|they)\s+"
                           r"(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:first\s+|originally\s+)?"
                           r"(?:placed|added|put|included|listed)\b"),
    # a listing body's own "listed" in the active, its object the party ("the Council listed X
    # on Tuesday", "a firm the Union then listed"): the verb alone is a market's
    # word as often, so only right after the name of a body that lists (an adverb or an
    # auxiliary between), not before a market's or a document's words
    Trigger("designation", r"(?:(?<=\bCouncil\s)|(?<=\bEU\s)|(?<=\bUnion\s)|(?<=\bOFAC\s)|(?<=\bTreasury\s)|(?<=\bUK\s)"
                           r"|(?<=\bUN\s)|(?<=\bBritain\s)|(?<=\bCommittee\s)|(?<=\bDepartment\s)|(?<=\bOFSI\s)"
                           r"|(?<=\bCommission\s)|(?<=\bBIS\s)|(?<=\bPentagon\s)|(?<=\bCanada\s)|(?<=\bOttawa\s))"
                           r"(?:(?:also|formally|then|subsequently|later|has|had|have|officially)\s+)?listed\b"
                           r"(?!\s+(?:on\s+(?:the\s+)?(?:\w+\s+)?(?:exchange|market|board|Nasdaq|NYSE)|its|their|the\s+(?:following|reasons?|grounds?|criteria|steps))\b)"),
    # "listed X under its Belarus sanctions regime"
    Trigger("designation", r"\blisted\b(?=[^.;]{1,80}?\bunder\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}(?:sanctions|regime|regulations|framework)\b)"),
    # a counted group listed ("OFAC also listed 12 business entities, including X"), a party
    # named to a list ("X is also named to the new list of sanctions"), included in one
    # ("the UK also includes X in its list")
    Trigger("designation", r"\blisted\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number\s+of)\s+"
            r"(?:[\w-]+\s+){0,2}(?:entities|companies|individuals|persons|people|firms|businesses|officials|vessels|banks)\b)"
            r"|\b(?:is|was|were|are|been|be|being)\s+(?:also\s+)?named\s+(?:to|on)\s+(?=(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}"
            r"(?:list|blacklist)\b)"
            r"|\binclud(?:e|es|ed|ing)\b(?=\s+(?:also\s+)?[^.;]{1,80}?\bin\s+(?:its|their|the|a|his|her)\s+(?:[\w-]+\s+){0,3}"
            r"(?:lists?|blacklists?)\b)"),
    # asset freezes (the UK's and the EU's designations), "listed X as a military company",
    # "new sanctions on X", "among those designated", "sanctions targeting X"
    Trigger("designation", r"\bfr(?:oze|ozen|eezes|eezing)\s+(?:the\s+)?(?:[\w.\-]+\s+){0,2}assets\s+of\b|\b(?:assets?|funds|economic\s+resources)\s+(?:(?:of|belonging\s+to)\s+(?:[\w'’.-]+\s+){1,4}?|\w+\s+)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?frozen\b|\basset\s+freezes?\s+(?:on|against)\b"),
    Trigger("designation", r"\b(?:listed|named|labell?ed|branded|deemed)\b(?=\s+[^.;]{1,60}?\b(?:as\s+)?an?\s+(?:Chinese\s+)?(?:military|terrorist|sanctioned)\s+(?:compan(?:y|ies)|entit(?:y|ies)|organi[sz]ations?)\b)|\blisted\b(?=\s+[^.;]{1,60}?\bas\s+an?\s+(?:[\w-]+\s+){0,4}(?:compan(?:y|ies)|entit(?:y|ies)|organi[sz]ations?|terrorists?|sponsors?|threats?)\b)"),
    Trigger("designation", r"\b(?:new|fresh|latest|additional|further)\s+(?:[\w.\-]+\s+){0,2}sanctions\s+(?:on|against|targeting)\b", strength=0.8),
    # the defence department's determination that makes a Chinese military company ("The
    # Pentagon determined that 11 more companies are owned or controlled by the military")
    Trigger("designation", r"\b(?:Pentagon|Defen[cs]e\s+Department|Department\s+of\s+Defen[cs]e|DoD)\b[^.;]{0,60}?\b(?:determined|concluded|identified)\b(?=\s+(?:on\s+\w+\s+)?that\s+[^.;]{1,120}?\b(?:is|are|was|were)\s+(?:\w+\s+)?owned\s+or\s+controlled\s+by\s+(?:the\s+)?(?:Chinese\s+|China['’]s\s+)?(?:military|People['’]s\s+Liberation\s+Army|PLA)\b)"),
    Trigger("designation", r"\bamong\s+(?:those|(?:the\s+)?(?:\w+\s+){0,2}(?:entities|companies|firms|individuals|people|persons|targets))\s+(?:\w+\s+)?(?:designated|added|sanctioned|blacklisted|listed|named|targeted)\b"
            # (not the victims of a tool: "among those targeted by the spyware")
            r"(?!\s+by\s+(?:the\s+|its\s+|a\s+|this\s+|their\s+)?(?:[\w-]+\s+)?(?:software|spyware|malware|hack\w*|attack\w*|"
            r"campaign|surveillance|tool|program\w*|virus|phishing|operation|app|technology)\b)"),
    # ("targeted" opening the sentence or after a determiner qualifies the measures: "Targeted
    # financial sanctions were imposed on X", "the targeted sanctions")
    Trigger("designation", r"\bsanctions\s+(?:\w+\s+)?target(?:s|ed|ing)?\b|(?<!^)(?<!\bthe\s)(?<!\bnew\s)(?<!\bof\s)(?<!\bsuch\s)(?<!\bthese\s)(?<!\bwith\s)"
            r"\btarget(?:s|ed|ing)?\s+(?:by\s+)?(?:\w+\s+){0,2}sanctions\b"),
    # OFAC's own words ("blocked all property of", "property ... is blocked"), "named in
    # sanctions", "subjected to sanctions", "designations include", "identified X as a ...",
    # "landed on / joins X on the list"
    Trigger("designation", r"\bblock(?:ed|s|ing)\s+(?:all\s+)?(?:the\s+)?property\b|\bproperty\s+(?:and\s+interests\s+in\s+property\s+)?(?:of\s+)?(?:[\w.,’'\-]+\s+){0,12}?(?:is|are|were|was|have\s+been|has\s+been)\s+blocked\b"),
    Trigger("designation", r"\b(?:(?:re-?)?impos\w*|adopt\w*|introduc\w*)\s+(?:the\s+)?(?:new\s+|further\s+|additional\s+)?restrictive\s+measures\s+(?:on|against)\b|\b(?:impos\w*|slapp\w*|announc\w*)\s+(?:an?\s+)?(?:(?:full|complete|total|sweeping)\s+)?(?:asset\s+freezes?|travel\s+bans?)(?:\s+and\s+(?:an?\s+)?(?:asset\s+freezes?|travel\s+bans?))?\s+(?:on|against)\b"),
    Trigger("designation", r"\b(?:entities|companies|firms|individuals|people|persons|parties|names)\s+(?:newly\s+)?(?:added|designated|sanctioned|listed|targeted|blacklisted)\b(?=[^.;]{0,40}?\b(?:include[sd]?|are|were)\b)"),
    # the group the act filled, told by its head noun and the act's verb after it (a
    # participle, or a reduced relative with the act's agent: "the ships the ministry froze"),
    # as the subject of a verb of membership whose complement opens on a name ("The banks
    # listed on Monday include X", "The tankers OFAC blocked were the X and the Y"); not a
    # description ("The firms targeted are based in X", "the ships it seized were empty")
    Trigger("designation", r"\bthe\s+(?:(?-i:[a-z][\w-]+)\s+)?(?:individuals|entities|persons|companies|firms|officials|banks|vessels|"
            r"tankers|ships|businesses|organi[sz]ations|subsidiaries)\s+"
            r"(?:(?:newly\s+)?(?:targeted|sanctioned|designated|blacklisted|listed)|(?:(?:the\s+)?(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,3}"
            r"|the\s+(?:ministry|department|government|council|agency|office|administration)|it|they)\s+(?:has\s+|have\s+|had\s+)?"
            r"(?:targeted|sanctioned|designated|blacklisted|listed|blocked|froze))\b"
            r"(?:\s+(?:on|this|last)\s+\w+)?\s+(?:also\s+)?(?:include[sd]?|are|were|comprise[sd]?)\s+"
            r"(?=(?:the\s+)?(?-i:[A-Z]))", strength=0.9),
    # the round's parties as the subject of a naming sentence ("Those sanctioned include X" is
    # the verb's own): "Those newly-sanctioned by the UK include X", "Those hit by the new sanctions are X; Y", "identified the sanctioned
    # individuals as X, Y and Z", "The others on the list are X and Y"
    Trigger("designation", r"\bthose\s+(?:(?:newly[\s-]+|also\s+)?(?:listed|added)|newly-(?:sanctioned|designated|blacklisted|targeted))\b"
            r"(?![^.;]*\b(?:Nasdaq|NYSE|stock|exchange|index|shares)\b)(?:\s+(?:by|on|in|under|today|this)\b[^.;:]{0,60}?)?\s+(?:include[sd]?|are|were)\b"
            r"|\bthose\s+(?:hit|targeted)\s+by\s+(?:[\w.\-]+\s+){0,3}?sanctions\s+(?:(?:on|this|last)\s+\w+\s+)?(?:include[sd]?|are|were)\b", strength=0.9),
    # the round's parties named as the complement of the listing participle's noun: "The
    # sanctioned individuals include X and Y", "The blacklisted firms are X and Y"; "In
    # addition to X, the list includes Y and Z" (the article's list)
    Trigger("designation", r"\bthe\s+(?:newly[\s-]+|\w+ly\s+)?(?:sanctioned|designated|blacklisted|targeted)\s+(?:[\w-]+\s+)?(?:individuals|entities|persons|people|companies|firms|officials|parties|men|women|banks|vessels|businesses|organi[sz]ations)\s+"
            r"(?:also\s+)?(?:include[sd]?|are|were|comprise[sd]?)\s+(?=(?:the\s+)?(?-i:[A-Z]))", strength=0.9),
    # (a list, or the round's sanctions, that names, mentions or cites its parties: "The list
    # also mentions X", "The sanctions specifically name X and Y")
    # (any verb that tells what the list holds, "features", "comprises"; the list told with
    # up to three words of kind, "the export control list", and an aside, ", respectively,";
    # the parties named after a descriptor of their group and an inclusion cue: "features
    # major defence firms, including X, Y"; not what it holds "already", "still")
    Trigger("designation", r"(?-i:\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:[Ll]ist|[Bb]lacklist)(?:\s*,\s*[a-z][\w\s-]{0,25}?,)?\s+(?:also\s+|further\s+|specifically\s+|now\s+)?"
            r"(?:includes|included|contains|names|mentions|cites|features|featured|comprises|comprised)\s+(?=(?:the\s+)?[A-Z]|"
            r"an?\s+[^.;]{0,80}?\b(?:called|named|known\s+as)\s+[A-Z]|"
            r"(?:[\w-]+\s+){0,6}?(?:[a-z][\w-]*s|people)\s*,?\s+(?:including|such\s+as|among\s+them|notably|namely)\s+(?:the\s+)?[A-Z])"
            r"|\b[Tt]he\s+(?:new\s+)?sanctions\s+(?:also\s+|further\s+|specifically\s+)?(?:name|mention|cite)\s+(?=(?:the\s+)?[A-Z]))", strength=0.8, needs_list=True),
    # one more party of the round told by its place on the list ("A further firm on the
    # revised list is X", "One of the entities added to the list was X")
    Trigger("designation", r"\b(?:another|a\s+further|an\s+additional|one\s+of\s+the|other)\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|entit(?:y|ies)|names?|"
            r"individuals?|persons?)\s+(?:(?:on|added\s+to|named\s+(?:on|in))\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:list|blacklist)\s+"
            r"(?:is|was|are|were)\b(?=\s+(?:the\s+)?(?-i:[A-Z0-9])))", strength=0.8, needs_list=True),
    Trigger("designation", r"\bidentif(?:ied|ies)\s+the\s+(?:newly\s+)?(?:sanctioned|designated|blacklisted|listed|targeted)\s+(?:individuals|entities|companies|persons|people|firms|parties|men)\s+as\b", strength=0.9),
    Trigger("designation", r"\bthe\s+others?\s+(?:named\s+)?(?:on|in)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:list|blacklist)\s+(?:are|include[sd]?|were)\b", strength=0.8),
    # "sanctioning the Duma as an entity" (an item of a list of measures)
    Trigger("designation", r"\bsanctioning\s+(?:the\s+)?(?-i:[A-Z])(?=[^.;]{0,60}?\bas\s+an?\s+(?:entity|individual|company|organi[sz]ation)\b)", strength=0.9),
    # "named X ... as \"specially designated global terrorists\"", "designated them as SDGTs"
    Trigger("designation", r"\b(?:named|listed|labell?ed|identified)\b(?=[^.;]{1,120}?\bas\s+(?:an?\s+)?[\"“']?(?:specially\s+designated\s+(?:global\s+terrorists?|nationals?)|SDGTs?\b|(?:foreign\s+)?terrorist\s+organi[sz]ations?))", strength=0.9),
    # a naming verb whose "as" tells a category a sanctions programme lists: the statute's
    # own ("significant foreign narcotics traffickers", "kingpins"), the round's money
    # launderers or financiers, or "one of those targeted" (never a post, a candidate or a
    # possible target: "named her as his deputy", "identified X as a potential target")
    Trigger("designation", r"\b(?:named|naming|names|identified|identifying|identifies)\b(?=[^.;:]{1,160}?\bas\s+[\"“']?(?:"
            r"(?:significant\s+)?foreign\s+narcotics?\s+(?:traffickers?|kingpins?)|(?:drug\s+|narcotics?\s+)?kingpins?|"
            r"(?:money\s+launderers|financiers|facilitators)\s+for\b|"
            r"(?:one|some|two|three|four|five)\s+of\s+(?:those|the\s+(?:people|persons|individuals|entities|companies|officials))\s+"
            r"(?:(?:newly|being)\s+)?(?:targeted|sanctioned|designated|listed|blacklisted)\b))", strength=0.9),
    Trigger("designation", r"\b(?:was|were|been|is|are)\s+named\s+(?:in|among|on)\b(?=(?:[^.;]|\.(?=\s?[a-z0-9])){0,60}\b(?:sanctions|designations|blacklist|list\b" + _RESTRICTED + r")\b)|\bsubjected\s+to\s+(?:\w+\s+){0,2}sanctions\b|\bdesignations\s+(?:\w+\s+)?includ(?:e|es|ed)\b"),
    Trigger("designation", r"\bidentif(?:ied|ies|ying)\b(?=[^.;]{1,60}?\bas\s+an?\s+(?:[\w-]+\s+){0,4}(?:compan(?:y|ies)|entit(?:y|ies)|organi[sz]ations?)\b)"),
    Trigger("designation", r"\b(?:land(?:ed|s)|join(?:ed|s))\b(?=[^.;]{0,60}?\bon\b" + _LIST_OBJ + r")|\b(?:list|blacklist)\s+now\s+includ(?:es|ed)\b", strength=0.9),
    Trigger("designation", r"\b(?:is|are)\s+amended\s+by\s+adding\b"),
    # "the Treasury's decision in August to sanction X": the listing the decision was, with
    # the date written inside it (a lawsuit or a relief against it takes no date from
    # there); undated, the decision is only the object of what is done to it
    Trigger("designation", r"\b(?:decision|move|vote)\s+(?:in|on|last|earlier\s+this)\s+(?:[\w,]+\s+){0,3}?to\s+(?:sanction|blacklist|designate)\b(?=\s+(?:the\s+|its\s+)?[\w])"),
    # who a round added, told with its noun: "The additions to the list include X, Y and
    # Z", "new entries are X", "the entries added today include X"
    Trigger("designation", r"\b(?:the\s+|today['’]s\s+|these\s+)(?:new\s+|latest\s+)?(?:additions|entries\s+added|new\s+entries|new\s+listings)\b(?:\s+to\s+(?:the|its|that|this)\s+(?:[\w-]+\s+){0,3}?(?:list|blacklist|roster)\b)?(?:\s+today)?\s+(?:include[sd]?|are|were|comprise[sd]?)\b(?![^.;]*\b(?:Nasdaq|NYSE|stock|exchange|index|shares|portfolio|fund)\b)"),
    # the round's noun with words of its own before the verb that names the parties ("The
    # additions made under the rule for one country include X and Y", "the designations
    # announced by the department on that day include X"); a list told in the article
    Trigger("designation", r"\bthe\s+(?:new\s+|latest\s+)?(?:additions|designations|listings)\b(?!\s+(?:to|today)\b)(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|could|that|which|who|include[sd]?)\b)[\w.’'-]+,?){1,8}?\s+(?:also\s+)?(?:include[sd]?|comprise[sd]?)\s+(?=(?:the\s+)?(?-i:[A-Z0-9]))(?![^.;]*\b(?:Nasdaq|NYSE|stock|exchange|index|shares|portfolio|fund|fleet|catalogue|menu)\b)", strength=0.8, needs_list=True),
    # the round's parties as the ones it aimed at: "Those targeted include X", "Those
    # targeted on Friday were X and Y" (not "those targeted by the hackers")
    Trigger("designation", r"\bthose\s+(?:also\s+)?targeted\s+(?:(?:today|on\s+\w+day|this\s+week)\s+)?(?:include[sd]?|are|were)\s+(?=(?:the\s+)?(?-i:[A-Z0-9]))", strength=0.8),
    # (a committee's decision to add parties whose names run long before the list is
    # named, "the ERC determined to add X ... to the Entity List": ``decided_acts.py``)
    # who a round of designations named, told without a listing verb: "among the new
    # designees is X", "the newly designated include X", "the Treasury also targeted X",
    # "Friday's sanctions hit X, Y and Z", "the measures target X" (a name follows)
    Trigger("designation", r"\bamong\s+(?:the\s+|its\s+|today['’]s\s+)?(?:[\w-]+\s+){0,2}?designees\b|\bdesignees\s+(?:include[sd]?|are|were)\b|\bthe\s+newly\s+(?:designated|sanctioned|blacklisted|listed)\s+(?:include[sd]?|are|were)\b(?![^.;]*\b(?:Nasdaq|NYSE|stock|exchange|IPO|debut\w*|shares|index|trading)\b)", strength=0.9),
    Trigger("designation", r"\b(?:hit|targeted)\s+by\s+(?:the\s+|these\s+|new\s+|latest\s+|fresh\s+|[\w-]+day['’]s\s+|U[._]S[._]\s+|EU\s+|British\s+|American\s+)*sanctions\b(?!\s+(?:against|targeting|imposed\s+on)\b|\s+on\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)))", needs_date=True, strength=0.8),
    Trigger("designation", r"(?-i:\b(?:Treasury|OFAC|State\s+Department|Commerce\s+Department|Council|EU|European\s+Union|Washington|Britain|London|Brussels|Ottawa|Canberra|Tokyo|U[._]S[._]?|UK|US|Pentagon|(?:[Dd]epartment|[Mm]inistry|[Gg]overnment|[Aa]dministration)))\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?)\s+|\w+ly\s+|also\s+|further\s+|additionally\s+|separately\s+)?targeted\b(?=\s+(?:the\s+)?(?-i:[A-Z0-9]))"),
    # the acting authority publishes a list of parties ("Tokyo unveiled a list of nine firms
    # serving the army, including X", "Beijing issued a list of firms")
    Trigger("designation", r"(?-i:\b(?:Treasury|OFAC|State\s+Department|Commerce\s+Department|Council|EU|European\s+Union|"
            r"Washington|Britain|London|Brussels|Ottawa|Canberra|Tokyo|Beijing|China|U[._]S[._]?|UK|US|Pentagon|Canada|"
            r"Japan|Australia|[Dd]epartment(?:\s+of\s+[A-Z]\w+)?|[Mm]inistry(?:\s+of\s+[A-Z]\w+)?|[Gg]overnment|[Aa]dministration))"
            r"\s+(?:(?:on\s+\w+day|today|also|officially|formally)\s+)?(?:has\s+|have\s+)?(?P<at>released|published|issued|unveiled|"
            r"releases|publishes|issues|unveils)\s+(?:(?:on\s+\w+day|today)\s+)?"
            r"(?=(?:a|an|its|their)\s+(?:new\s+|first\s+|long[-\s]awaited\s+)?(?:black)?list\s+of\s+(?:\d+|two|three|four|five|six|seven|"
            r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|dozens\s+of|more\s+than\s+\w+)?\s*(?:[\w'’-]+\s+){0,2}?"
            r"(?:companies|firms|entities|individuals|people|persons|groups|banks|organi[sz]ations)\b)"
            # (a list of what sanctions or an army's control make of them, not a ranking)
            r"(?=[^.;]{0,200}?\b(?:armée|militaires?|military|army|sanction\w*|terror\w*|noire|blacklist\w*|black\s+list|"
            r"non\s+fiables?|unreliable|contr[ôo]lée?s?\s+par|(?:owned|controlled)\s+(?:or\s+controlled\s+)?by|"
            r"entity\s+list|liste\s+des\s+entités)\b)"),
    # the acting authority targets a counted group whose names another sentence gives
    # ("Ottawa targeted six shipowners by name", "the Treasury is targeting three more firms")
    Trigger("designation", r"(?-i:\b(?:Treasury|OFAC|State\s+Department|Commerce\s+Department|Council|EU|European\s+Union|"
            r"Washington|Britain|London|Brussels|Ottawa|Canberra|Tokyo|Beijing|U[._]S[._]?|UK|US|Pentagon|Canada|Japan|"
            r"Australia|[Dd]epartment|[Mm]inistry|[Gg]overnment|[Aa]dministration))\s+"
            r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:also|further|additionally|separately|now|\w+ly)\s+)?"
            r"(?P<at>targeted|targets|targeting)\s+(?:(?:also|on\s+\w+day|today|personally)\s+)*"
            r"(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|"
            r"forty|fifty|several|dozens\s+of|a\s+dozen|more\s+than\s+\w+)\s+(?:more\s+|other\s+|further\s+|additional\s+|new\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?(?:individuals|people|persons|entities|companies|firms|businessmen|businesspeople|tycoons|"
            r"oligarchs|banks|officials|vessels|organi[sz]ations|groups|executives|lenders|traders|nationals|shipowners|"
            r"carriers|airlines)\b)"),
    Trigger("designation", r"\b(?:imposition\s+of\s+(?:\w+\s+)?sanctions\s+(?:up)?on\b)", strength=0.9),
    # (the act's own noun as the subject too: "The designation targets X", "the listings
    # cover X")
    Trigger("designation", r"\b(?:sanctions|designations|listings|(?:the|this|today['’]s)\s+(?:new\s+)?designation|(?:the|these|its|their|new|latest|restrictive)\s+(?:new\s+|latest\s+)?measures),?\s+(?:[\w,’'-]+\s+){0,6}?(?:hit|hits|target(?:s|ed)?|cover(?:s|ed)?|name[sd]?)\s+(?:also\s+|notably\s+)?(?=(?:the\s+)?(?-i:[A-Z0-9]))"),
    # "made subject to sanctions", "now subject to UK sanctions", "those subject to sanctions
    # now include"
    Trigger("designation", r"\bsubject\s+to\s+(?:\w+\s+){0,2}sanctions\s+(?:now\s+)?includ(?:e|es|ed)\b|\b(?:made|now|newly|become|became|becomes)\s+subject\s+to\s+(?:[\w.\-]+\s+){0,2}(?:sanctions|asset\s+freezes?)\b"),
    # (a verb set beside it in brackets, "imposes (or extends) sanctions against"; another
    # measure joined after it, "levied sanctions and entry bans against")
    # an entry ban told by the verb of barring, the person its object, the entering after
    # ("Canada barred X and Y from entering the country", "banned X from travelling to")
    Trigger("designation", r"\b(?:barred|banned|bars|bans|barring|banning)\s+(?=(?:[\w'’-]+\s+){0,6}?(?-i:[A-Z])[^.;]{0,160}?"
            r"\bfrom\s+(?:entering|travell?ing\s+to|visiting)\s+(?:the\s+)?(?:country|its\s+territory|(?-i:[A-Z])))", strength=0.9),
    Trigger("designation", r"\b(?:announc|impos|re-?impos|reinstat|restor|unveil|levi|slapp|issu|order)(?:ed|es|ing|ied|e|s)?\s+(?:\([^()]{1,30}\)\s+)?(?:(?!lift|remov|end\b|eas|relief|suspen|waiv)\w+\s+){0,4}sanctions\s+(?:(?:and|as\s+well\s+as)\s+(?:\w+\s+){0,2}?(?:bans?|freezes?|restrictions)\s+)?(?:,?\s*(?:consisting\s+of|in\s+the\s+form\s+of|including)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:asset\s+freezes?|travel\s+bans?|entry\s+bans?|visa\s+bans?)(?:\s*(?:,|and)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:asset\s+freezes?|travel\s+bans?|entry\s+bans?|visa\s+bans?))*,?\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?(?:on|against|towards?)\b"),
    Trigger("designation", r"\b(?:designation|blacklisting|listing|inclusion)\b", needs_date=True, strength=0.7),
    Trigger("designation", r"\b(?:addition|inclusion|placement|insertion)\s+of\b(?=(?:[^.;]|\.(?=\s*[a-z0-9,])){0,120}?\b(?:to|on|in)\b" + _LIST_OBJ + ")", strength=0.9),
    # "was listed on the Entity List", "joined the Entity List", "sanctions were imposed on"
    Trigger("designation", r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|later\s+|formally\s+)?listed\s+(?:on|in)\b(?=\s+(?:the|its|a|their|that)\s+(?:[\w.\-’']+\s+){0,4}?(?:list|blacklist|roster)\b" + _RESTRICTED + r")", strength=0.9),
    # "an updated 1260H list that includes X" ("the Council decided to list X": ``decided_acts.py``)
    Trigger("designation", r"\b(?:updated|new|revised|latest|expanded|amended)\s+(?:[\w-]+\s+){0,3}?(?:list|blacklist)\s+(?:that|which)\s+(?:now\s+)?(?:includ(?:es|ed)|adds|added|names|named)\b", strength=0.9),
    # "X was labeled a Chinese military company", "had its assets frozen", "slapped X with
    # sanctions", "came under U.S. sanctions", "Today's action targets X"
    Trigger("designation", r"\b(?:labell?ed|branded|deemed)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:military\s+compan(?:y|ies)|terrorist\s+"
            r"organi[sz]ations?|military\s+end[- ]users?)\b|\bhad\s+(?:its|their|his|her)\s+(?:\w+\s+)?assets\s+frozen\b|\bslap(?:ped|s)?\b"
            r"(?=[^.;]{1,60}?\bwith\s+(?:\w+\s+){0,2}?sanctions\b)|\bc(?:ame|omes|oming)\s+under\s+(?:[\w.]+\s+){0,2}?sanctions\b"
            r"|\b(?:today['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s|friday['’]s|this)\s+(?:action|designation|designations|move)"
            r"\s+(?:also\s+)?targets\b"),
    # a list of restricted parties made public, its members named after it: "the ministry
    # put out a list of 31 firms tied to the army, including X", "unveiled a new list of
    # sanctioned entities, among them X and Y"
    Trigger("designation", r"\b(?:published|releas(?:ed|es)|unveil(?:ed|s)|issu(?:ed|es)|made\s+public|put\s+out|disclos(?:ed|es))\s+(?:on\s+\w+day\s+|today\s+)?"
            r"(?:a|an|its|the)\s+(?:(?:new|updated|first|long-awaited|revised)\s+)?list\s+of\s+(?:\d+\s+|[a-z]+\s+)?(?:more\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:companies|firms|entities|individuals|people|persons|groups|organi[sz]ations|businesses)\b"
            r"(?=[^.;]{0,140}?\b(?:military|army|sanction\w*|terror\w*|blacklist\w*|designat\w*|threat\w*|restricted|banned)\b)"
            r"(?=[^.;]{0,240}?\b(?:including|among\s+them|among\s+which|such\s+as)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,4}?(?-i:[A-Z]))", strength=0.9),
    # "The Council listed the following persons: A; B", no list named
    Trigger("designation", r"\b(?:listed|designated|added|sanctioned|targeted)\s+(?:(?:today|on\s+\w+day|also)\s+)?the\s+following\s+"
            r"(?:\w+\s+)?(?:persons|entities|individuals|companies|parties|vessels|people)\b"),
    # the list as the subject of its update, the new names as its complement: "The new
    # additions to the list include X", "The updated list published Friday also includes X",
    # "The list now includes X"
    Trigger("designation", r"\blist\s+(?:[\w-]+\s+){0,3}?(?:updated|revised|published|expanded|amended)\b[^.;]{0,40}?\b(?:includes?|included|"
            r"contains?|names)\b|\b(?:list|it)\s+now\s+(?:includes?|contains?|names)\b|\b(?:new(?:est)?|latest|recent)\s+(?:(?:additions?|"
            # (a fleet's or a catalogue's additions are no listing: the list or the
            # measures are named in the sentence)
            r"names|entries|entrants)\b(?=[^.;]*\b(?:list|lists|blacklist|sanction\w*|designat\w*|SDN|Entity)\b)|designees|listings)\b"
            r"(?=[^.;]{0,90}?\b(?:include[sd]?|are|were|comprise)\b)", strength=0.8),
    # (the list's owner may be told by its possessive, and a list's long name with its
    # initials in brackets runs longer: "joined the Treasury's ... (SDN) list", "joins
    # Beijing's unreliable entity list", "the Treasury's roster of blocked persons (SDN list)")
    Trigger("designation", r"\bjoin(?:ed|s|ing)\s+(?:the|its|a|(?:the\s+)?(?-i:[A-Z][\w.&-]*)['’]s?)\s+(?:[\w.\-’'()]+\s+){0,8}?"
            r"(?:list|blacklist)\b" + _RESTRICTED + r"", strength=0.9),
    # (the measures may be joined by another: "sanctions and a travel ban were imposed on X",
    # "an asset freeze as well as a visa ban has been imposed on Y")
    Trigger("designation", r"\b(?:sanctions|restrictions|an?\s+asset\s+freeze|asset\s+freezes|restrictive\s+measures|an?\s+(?:travel|visa|entry)\s+ban|(?:travel|visa|entry)\s+bans)"
            r"(?:,?\s+(?:and|as\s+well\s+as|plus)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bans?|freezes?|restrictions|measures|sanctions|prohibitions?))?"
            r"\s+(?:\w+\s+){0,2}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:imposed|levied|slapped)\s+(?:on|against)\b"),
    # acts told by a noun: "the April decision to blacklist X" (a decision taken, not "any
    # decision to add"), "One of the targets was X", "Among those targeted were X and Y",
    # "The sanctioned entities, A and B, ..."
    Trigger("designation", r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _DECIDING) + r")decision\s+to\s+(?:blacklist|designate|sanction|list)\b", strength=0.9),
    Trigger("designation", r"(?:^\W*|\b(?:and|but)\s+)(?:one\s+of|among)\s+(?:the|those)\s+(?:(?:new|latest|other)\s+)?(?:targets|designees)\s+(?:was|were|is|are)\b", strength=0.8),
    Trigger("designation", r"^\W*(?:the|these)\s+(?:newly\s+)?(?:sanctioned|designated|blacklisted|listed)\s+(?:entities|companies|individuals|persons|firms|units|people),(?=\s+(?-i:[A-Z]))", strength=0.8),
    # an entry amended by removing parties from it: those parties' removal
    Trigger("removal", r"\b(?:modif\w+|amend\w+|revis\w+)\s+[^.;]{1,120}?\bby\s+removing\b"),
    # a past act told beside the noun, dated by its own words ("the sanctions it imposed in
    # 2018", "sanctions introduced last August on X"): live only with its date
    Trigger("designation", r"\b(?:sanctions|restrictions|asset\s+freezes?|restrictive\s+measures)\s+(?:(?:it|they|that|which|he|she|we|Washington|Brussels|London)\s+)?(?:had\s+)?(?:first\s+)?(?:imposed|introduced|levied)\b(?!\s+by\b)", needs_date=True, strength=0.8),
    Trigger("designation", r"\b(?:remains?|remained|still)\s+(?:\w+\s+)?under\s+(?:U[._]S[._]\s+)?sanctions\b", needs_date=True, strength=0.8),
    # the listing told as the party's state or as the measures' passive, in any tense:
    # "has been subject to an asset freeze since", "would be subject to the sixth round of
    # sanctions", "sanctions will be imposed on X", "the EU extended sanctions to X"
    # (a state told in the present is no event: "who is already subject to U.S. sanctions")
    Trigger("designation", r"\b(?:will|would|shall)\s+(?:also\s+|now\s+|all\s+)?be\s+(?:made\s+)?subject\s+to\s+"
            r"(?:[\w.\-]+\s+){0,4}?(?:sanctions|asset\s+freezes?|travel\s+bans?|restrictive\s+measures)\b"
            r"(?!\s+(?:regimes?|laws?|rules?|regulations?|compliance|screening|risks?)\b)"),
    # (the perfect of the state of being under the measures or facing them, its start told
    # by "since": "has been under British sanctions since May 2021", "has faced sanctions ever since
    # 2019"; being on a list since a time stays a state)
    Trigger("designation", r"\b(?:has|have|had)\s+(?:also\s+|all\s+)?(?:been\s+(?:subject\s+to|under)|faced)\s+(?:[\w.\-]+\s+){0,4}?(?:sanctions|asset\s+freezes?|travel\s+bans?|restrictive\s+measures)\b"
            r"(?!\s+(?:regimes?|laws?|rules?|regulations?|compliance|screening|risks?)\b)"
            r"(?=[^.;]{0,40}?\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|last)\b)", strength=0.9),
    Trigger("designation", r"\b(?:sanctions|restrictions|an?\s+asset\s+freeze|asset\s+freezes|travel\s+bans?|restrictive\s+measures)\s+(?:\w+\s+){0,2}?"
            r"(?:will|would|shall|are\s+to|is\s+to)\s+be\s+(?:\w+\s+)?(?:imposed|levied|applied)\s+(?:on|against|to)\b"
            r"|\b(?:sanctions|restrictions|an?\s+asset\s+freeze|restrictive\s+measures)\s+(?:are|is)\s+(?:being\s+|now\s+|also\s+)?(?:imposed|levied)\s+(?:on|against)\b"),
    Trigger("designation", r"\bextend(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w.\-]+\s+){0,2}?(?:sanctions|asset\s+freezes?|travel\s+bans?|restrictive\s+measures)\s+to\s+(?:cover\s+|include\s+)?"
            r"(?=(?:the\s+)?(?-i:[A-Z]))(?!(?:the\s+)?(?:end|start|beginning|middle)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)"),
    # the round's act as the subject, its date told aside: "The action, announced
    # Thursday, also targets X"
    Trigger("designation", r"\b(?:the|this|that|today['’]s)\s+(?:action|designations?|move|measures?)\s*,\s+(?:announced|taken|published|unveiled|adopted)\b[^.;]{1,50}?,\s+"
            r"(?:also\s+)?target(?:s|ed)\s+(?=(?:the\s+)?(?:[\w\u2019'-]+\s+){0,4}?(?-i:[A-Z]))"),
    Trigger("designation", r"\b(?:on|in)\s+(?:the|that|this)\s+(?:same\s+)?(?:list|blacklist)\b,?\s+(?:which\s+|that\s+)?includ(?:e|es|ed)\b", strength=0.8),
    Trigger("designation", r"\b(?:companies|firms|entities|groups)\s+(?:already\s+)?(?:on|in)\s+(?:the|that|this)\s+(?:same\s+)?(?:list|blacklist)\b,?\s+(?:including|such\s+as|among\s+them)\b", strength=0.8),
    # present-tense headlines and journalistic verbs: "blacklists X", "targeted X with
    # sanctions", "bans U.S. investment in X"
    Trigger("designation", r"\bblacklists\b(?=\s+(?:the\s+)?(?-i:[A-Z0-9]))|\btarget(?:s|ed|ing)\b(?=[^.;]{1,60}?\bwith\s+(?:\w+\s+){0,2}sanctions\b)"),
    Trigger("designation", r"\bban(?:s|ned|ning)?\s+(?:[\w.]+\s+){0,2}(?:investments?|investing|investors?)\s+in\b", strength=0.9),
    # a round of sanctions that holds the party: "included in the latest round of EU
    # sanctions", "the 16th sanctions package, adopted on Monday, includes X", "the
    # sanctions against X, announced on Monday"
    Trigger("designation", r"\b(?:was|were|is|are|been)\s+(?:also\s+)?included\s+in\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:round|package|batch|tranche|wave)\s+of\s+(?:[\w.\-]+\s+){0,2}?sanctions\b|\b(?:sanctions\s+package|package\s+of\s+sanctions|round\s+of\s+sanctions)\b(?:,[^.;]{1,60}?,)?\s+(?:also\s+)?(?:includes|included|targets|targeted|names|named|lists|listed)\b", strength=0.9),
    Trigger("designation", r"\b(?:sanctions|restrictions|asset\s+freezes?)\s+(?:against|on)\b(?=[^.;]{1,80}?,\s+(?:announced|imposed|unveiled|adopted)\s+(?:on|last|in|this|earlier)\b)", strength=0.8),
    # "listed X in its 17th sanctions package", "blocked the assets of X", "hits X with
    # sanctions", "imposed export restrictions on X", a headline's "US sanctions X"
    Trigger("designation", r"\blisted\b(?=[^.;]{1,80}?\b(?:in|under|as\s+part\s+of)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?(?:sanctions\s+package|package\s+of\s+sanctions|round\s+of\s+sanctions)\b)"),
    Trigger("designation", r"\bblock(?:ed|s|ing)\s+(?:all\s+)?(?:the\s+)?(?:[\w.\-]+\s+){0,2}?assets\s+of\b"),
    Trigger("designation", r"\bhit(?:s|ting)?\s+(?!(?:the\s+)?(?:market|shares?|stocks?|economy|record)\b)[^.;]{1,80}?\bwith\s+(?:[\w.\-]+\s+){0,3}(?:sanctions|asset\s+freezes?|travel\s+bans?)\b"),
    Trigger("designation", r"\b(?:impos\w*|slapp\w*)\s+(?:new\s+|further\s+|additional\s+|sweeping\s+)?(?:export|trade|investment)\s+(?:restrictions|controls|curbs)\s+on\b", strength=0.9),
    Trigger("designation", r"(?-i:^\W*(?:U[._]?S[._]?|UK|EU|Britain|Washington|Treasury|OFAC|London|Brussels|Canada|Japan|Australia)\s+(?:sanctions|designates|blacklists)\s+(?=(?:[A-Z0-9][\w&.\-]*\s+){1,6}?(?:over|for|in|amid|as|after|with)\b|(?:[A-Z0-9][\w&.\-]*\s*){1,6}$))"),
    # removal
    # a participle in apposition with its date and no list named ("X, listed in 2021,"):
    # the list is the article's, if it names one
    Trigger("designation", r"(?<=,\s)(?:listed|designated|sanctioned|blacklisted|added)\s+(?=(?:in|on|since)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}\b)|last\s+(?:year|month|week)\b)", needs_date=True, strength=0.8, needs_list=True),
    # the same for a removal in a relative clause or apposition ("X, which was removed on
    # December 3", "X, removed in 2022,"), with no "from": the article's list
    Trigger("removal", r"(?<=,\s)(?:(?:which|who)\s+(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|subsequently\s+|itself\s+)?)?(?:removed|delisted|de-listed)\s+(?=(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}\b)|last\s+(?:year|month|week)\b)", needs_date=True, strength=0.8, needs_list=True),
    # (the parties may be a series set apart by semicolons, each with its apposition: "removed
    # A, a <title>; B, a <title>; and C from the list"; an office is no list, the Office of
    # a named body may hold one; a licence is none: "removed X from that license" narrows it)
    Trigger("removal", r"\bremov(?:ed|es|ing|e)\b(?=" + _UP_TO_FROM + r"\bfrom\b)(?!" + _UP_TO_FROM + r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\w&.-]+\s+){0,4}?(?:[Ii]ndex|[Ii]ndices|board|committee|post|office(?!\s+of\s+(?-i:[A-Z]))|position|role|portfolio|power|government|presidency|cabinet|throne|command|leadership|fund|stock\s+exchange|eligibility|scope|licen[cs]es?|waivers?|authori[sz]ations?|exemptions?|networks?|systems?|shelves|stores?|platforms?|markets?|websites?|trading(?!\s+(?:black)?list))\b)"),
    # "The notice also removed six previously listed entities, including X": listed parties
    # counted, the list understood
    Trigger("removal", r"\b(?:remov|delist)(?:ed|es|ing)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few)\s+)?"
            r"(?:[\w-]+\s+)?(?:previously\s+)?(?:listed|designated|sanctioned|blacklisted)\s+(?:entities|companies|firms|individuals|persons|"
            r"parties|entries|people)\b"),
    Trigger("removal", r"\b(?:struck|strikes?|pulled|pulls?)\b[^.;]{1,60}?\b(?:from|off)\b(?=[^.;]{0,60}?\b(?:list|blacklist|roster)\b)"),
    Trigger("removal", r"\bend(?:ed|s|ing)?\s+(?:the\s+|its\s+|all\s+)?(?:\w+\s+)?(?:sanctions|designation|restrictions|ban)\s+(?:on|against)\b"),
    Trigger("removal", r"\bremoval\b", strength=0.8),
    # "is no longer on the Entity List", "no longer subject to sanctions"
    Trigger("removal", r"\bno\s+longer\s+(?:on|in|listed\s+on)\s+(?:the|its|a|their|that)\s+(?:[\w.\-’']+\s+){0,4}?(?:list|blacklist|roster)\b" + _RESTRICTED + r"|\bno\s+longer\s+(?:subject\s+to|under)\s+(?:\w+\s+){0,2}sanctions\b|\bno\s+longer\s+(?:designated|sanctioned|blacklisted)\b", strength=0.8),
    Trigger("removal", r"\bdelist(?:ed|ing|s)?\b|\bde-list(?:ed|ing)?\b"),
    # "the UNSC no longer sanctions X"
    Trigger("removal", r"\bno\s+longer\s+(?:sanctions|designates|lists|targets)\b(?=\s+(?:the\s+)?(?-i:[A-Z0-9]))", strength=0.9),
    # the list that no longer holds its parties: "the list no longer includes A, B", "the
    # updated roster no longer names X"
    Trigger("removal", r"\b(?:list|blacklist|roster)\b(?:\s+[\w’'-]+){0,3}?\s+(?P<at>no\s+longer\s+(?:includes|contains|names|features|mentions|lists|covers))\b"
            r"(?=\s+(?:the\s+)?(?-i:[A-Z0-9]))", strength=0.9),
    Trigger("removal", r"\b(?:let|lets|letting|allowed|allows)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:sanctions|listing|designation|asset\s+freeze|restrictive\s+measures)\b(?=[^.;]{0,80}?\b(?:to\s+)?(?:lapse|expire)\b)"),
    # a listing left to lapse: "did not renew the listing of X", "will not extend the restrictions on X"
    # (lang.lapse_acts: one construction in every language)
    *lapse_triggers("en"),
    # a measure undone with whom it targets: "removed sanctions on X", « a retiré ses sanctions
    # contre X » (lang.undoing_acts: one construction in every language)
    *undoing_triggers("en"),
    Trigger("removal", r"\b(?:taken|took|taking|dropped|struck|came|come|taken)\s+off\b|\bdropped\s+from\b|\bstruck\s+from\b"),
    Trigger("removal", r"\brescind(?:ed|s|ing)?\b"),
    Trigger("removal", r"\b(?:take|takes|took|taken|taking)\b[^.;]{1,60}?\boff\b(?=\s+(?:of\s+)?(?:a|the|its|their|this|that)\b[^.;]{0,60}?\b(?:list|blacklist|roster)\b)"),
    Trigger("removal", r"\bdrop(?:ped|s|ping)?\b[^.;]{1,60}?\bfrom\b(?=[^.;]{0,60}?\b(?:list|blacklist|roster)\b)"),
    # (the measures in the plural too: "the entry bans on X were all lifted")
    Trigger("removal", r"\b(?:sanctions|designations?|bans?|restrictions|listings?|denial\s+orders?|asset\s+freezes?)\b[^.;]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been|been|be|is|are)\s+(?:\w+\s+)?(?:lifted|rescinded|revoked|withdrawn|scrapped|removed|dropped|cancel+ed|repealed|terminated|reversed)\b"),
    # the measure lifted, its owner's name before it ("lifted the sanctions", "lifts EU
    # sanctions", "lifting U.S. restrictions"), or a word of its own before a ban ("lifting
    # its export ban")
    Trigger("removal", r"\blift(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+|all\s+)?(?-i:[A-Z][\w.-]*\s+)?(?:sanctions|designation|restrictions)\b"),
    Trigger("removal", r"\blift(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+|a\s+|all\s+)?(?:\w+\s+)?(?:ban|denial\s+order|export\s+ban|asset\s+freeze|travel\s+ban|restrictive\s+measures|blocking)\b"),
    # "X's assets were unblocked", "released X from sanctions", "deleted X from the list"
    Trigger("removal", r"\bunblock(?:ed|s|ing)?\b|\breleas(?:ed|es|ing)\b(?=[^.;]{1,60}?\bfrom\s+(?:\w+\s+){0,2}sanctions\b)|\bdelet(?:ed|es|ing)\b(?=[^.;]{1,60}?\bfrom\b[^.;]{0,60}?\b(?:list|blacklist|roster)\b)"),
    Trigger("removal", r"\b(?:lifting|rescission|revocation)\s+of\b(?=[^.;]{0,40}\b(?:sanctions|designation|ban|restrictions|listing)\b)", strength=0.8),
    Trigger("removal", r"\brevok(?:ed|es|ing|e)\b(?=[^.;]{0,40}\b(?:designation|listing|sanctions)\b)"),
    # the inverted report: "Lifted were the EU sanctions against X"
    Trigger("removal", r"\b(?:lifted|removed|revoked)\s+(?:were|was)\s+(?:the\s+)?(?:[\w.\-]+\s+){0,2}?(?:sanctions|restrictions|restrictive\s+measures|asset\s+freezes?|designations?)\b"),
    Trigger("removal", r"\bunfr(?:oze|eeze|eezes|ozen|eezing)\b|\b(?:sanctions|designation|listing)\s+(?:on|against)\s+[^.;]{1,60}?\bended\b"),
    Trigger("removal", r"\b(?:scrap(?:ped|s|ping)?|revers(?:ed|es|ing)|withdr(?:ew|awn|aws)|terminat(?:ed|es|ing)|cancel+(?:ed|s|ing)?|revok(?:ed|es|ing)|rescind(?:ed|s|ing)?)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\w+\s+)?" + _LISTING_NOUN + r"\b"),
    # the measures undone by a verb of abolishing, their owner's possessive between ("abolished
    # the bloc's sanctions against X", "quashed the EU's asset freeze on X", "scrapped Brussels'
    # listing of X"): a removal, a court's vacatur when a court does it (event_kinds)
    Trigger("removal", r"\b(?:abolish(?:ed|es|ing)?|quash(?:ed|es|ing)?|scrap(?:ped|s|ping)?|cancel+(?:ed|s|ing)?)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?"
            r"(?:[\w.-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:blacklisting|designation|listing|sanctions|restrictive\s+measures|(?:asset\s+)?freeze|inclusion|re-?listing)\b"),
    # amendment
    Trigger("amendment", r"\b(?<![Ff]irst )(?<![Ff]ifth )amend(?:ed|s|ing|ments?)\b(?=[^.;]{0,60}\b(?:entry|entries|listing|designation|record|list)\b)"),
    Trigger("amendment", r"\b(?:updat|revis|modif|chang|correct)(?:ed|es|ing|ied|ies|ying|y)?\s+(?:its|the|their|one|an|two|three)\s+(?:[\w-]+\s+)?(?:entry|entries|listing|record|designation)\b(?!\s+(?:process|procedures?|criteria|rules?|guidance|requirements?)\b)"),
    # "The entry for X has been amended", "X's entry was updated"
    Trigger("amendment", r"\b(?:entry|entries|listing|designation)\s+(?:for|of)\s+[^.;]{1,80}?\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:amended|updated|revised|modified|corrected)\b|['’]s?\s+(?:entry|listing)\s+(?:has|was|is)\s+(?:been\s+)?(?:amended|updated|revised|modified|corrected)\b"),
    # "the name was corrected on March 9": the entry's name fixed
    Trigger("amendment", r"\b(?:its\s+|the\s+|whose\s+)?(?:name|entry|listing)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+\s+)?corrected\b", strength=0.9),
    Trigger("amendment", r"\badded\s+(?:new\s+|an?\s+)?(?:alias(?:es)?|aliases|addresses|address|subsidiar(?:y|ies))\s+to\s+(?:its|the)\s+(?:entry|listing)\b"),
    # legal challenge
    Trigger("legal_challenge", r"\bsu(?:ed|es|ing)\b(?!\s+(?:its|his|her|their|a|an|the)\s+(?:former\s+|ex-|own\s+|rival\s+)?(?:chief|executives?|ceo|founders?|partners?|suppliers?|customers?|rivals?|competitors?|employees?|employers?|landlords?|insurers?|auditors?|clients?|shareholders?|investors?|distributors?|directors?|manager)\b)"),
    # a verb of contesting and the act it contests, whoever made it and however it is
    # qualified ("appealed against the Council's decision to list it", "appealed against a
    # ministry's order to report its assets", "contested OFAC's designation"), the act a
    # listing's (its aim or its object told after it: not a referee's decision)
    Trigger("legal_challenge", r"\b(?:appeal(?:ed|s|ing)|contest(?:ed|s|ing))\s+(?:against\s+)?(?:(?:its|his|her|their|the|an?|this|that|these|those)\s+)?"
            # (qualifiers, not a court's decision the measure complements: "appealed a ruling on its
            # designation" is read by the appeal of a judgment)
            r"(?:(?!(?:rulings?|decisions?|judge?ments?|orders?|verdicts?)\b)[\w.’'-]+\s+){0,3}?"
            r"(?:designation|listing|sanctions|blacklisting|inclusion|delisting|asset\s+freeze|freeze|travel\s+ban)s?\b"
            r"|\bappeal(?:ed|s|ing)\s+against\s+(?:(?:its|his|her|their|the|an?|this|that|these|those)\s+)?"
            r"(?:[\w.’'-]+\s+){0,3}?(?:decision|order|determination|demand|requirement|measures)s?\b"
            r"(?=[^.;]{0,80}?\b(?:sanction\w*|list(?:ed|ing|s)?|designat\w*|freez\w*|frozen|blacklist\w*|restrictive|assets?|funds)\b)"
            r"|\bfiled\s+(?:an\s+)?appeal\b|\bappeal(?:ed|s)\s+(?:the|that|this)\s+(?:\w+\s+)?(?:decision|ruling|judgment|order)\b"),
    Trigger("legal_challenge", r"\bfiled\s+(?:a\s+)?(?:federal\s+)?(?:lawsuit|suit|complaint|legal\s+challenge|petition|motion)\b"),
    # an appeal told by where it goes, a court: "appealed on Monday to the Court of Appeals",
    # "appealed the case to the appeals court", "appeals to a higher court" (not a court's
    # own name, "the Court of Appeals to ...", nor one over no listing or decision)
    Trigger("legal_challenge", r"(?<!\bof\s)\bappeal(?:ed|s|ing)?\s+(?:(?:the|its|his|her|their|that|this)\s+(?:[\w-]+\s+)?(?:case|ruling|decision|judgment|order)\s+)?"
            r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+|\w+ly\s+)?"
            r"to\b(?=\s+(?:the\s+|a\s+)?(?:(?:U\.S\.|(?-i:[A-Z])[\w.'’-]*|federal|appeals?|appellate|higher|supreme|district|circuit)\s+){0,6}?(?:court|tribunal|circuit)\b)"
            r"(?=(?:[^.;]|\.(?=\S))*?\b(?:designat|listing|list\b|sanction|blacklist|inclusion|freeze|decision|ruling|judgment|order))"),
    # "each filed separate legal appeals", "filed a new legal challenge"
    Trigger("legal_challenge", r"\bfiled\s+(?:an?\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?:separate|new|legal|formal|court|fresh|two|three|several|individual)\s+){1,2}(?:appeals?|lawsuits?|suits?|legal\s+challenges?|challenges?|actions?|complaints?)\b"),
    # a challenge told by its noun with its party as the possessor, whatever became of it
    # ("three judges threw out X's challenge to the designation", "X's latest appeal")
    # (the bringer told by a description, its qualities before it: "the Belarusian
    # businessman's lawsuit", "the state-owned bank's complaint", "the former minister's petition")
    Trigger("legal_challenge", r"(?:\b(?-i:[A-Z])[\w-]+['’]s|\bthe\s+(?:(?-i:[\w-]+)\s+){0,2}?(?:businessman|businesswoman|tycoon|oligarch|billionaire|magnate|"
            r"banker|entrepreneur|executive|politician|minister|official|company|firm|group|bank|lender|plaintiff|applicant|claimant)['’]s)\s+"
            r"(?:(?:initial|first|latest|legal|court|fresh|second|final|new|federal)\s+)?(?:appeal|challenge|lawsuit|complaint|petition)\b(?!\s+(?:court|judges?)\b)", strength=0.7),
    # a complaint or a petition told as the frame of what its bringer says ("In a complaint
    # filed last week with the district court, X says ...", "In its petition, X argues ...")
    Trigger("legal_challenge", r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:(?:new|recent|federal|civil|formal|amended|separate)\s+)?"
            r"(?:complaint|petition|court\s+filing)\b", strength=0.8),
    # the same for a request of interim relief ("X's preliminary injunction bid", "X's motion
    # for a temporary restraining order"), whatever the court made of it
    Trigger("legal_challenge", r"\b(?-i:[A-Z])[\w.-]+(?:['’]s|s['’])\s+(?:(?:preliminary|temporary|emergency)\s+)?"
            r"(?:(?:injunction|restraining\s+order|interim\s+relief)\s+(?:bid|request|motion|application)|"
            r"(?:bid|request|motion|application)\s+for\s+(?:an?\s+)?(?:preliminary\s+|temporary\s+|interim\s+)?"
            r"(?:injunction|restraining\s+order|relief|measures|suspension))\b", strength=0.8),
    # a challenge told by its noun with the one who brought it after "by" or "from",
    # whatever the court made of it ("rejected a similar appeal by X", "a bid from X to
    # leave the list", "a complaint filed by X", "the action brought by X")
    Trigger("legal_challenge", r"\b(?:appeals?|bids?|challenges?|complaints?|lawsuits?|suits?|actions?|applications?|cases?|claims?|petitions?)\s+"
            r"(?:(?:filed|brought|lodged|made|launched)\s+)?(?:by|from)\b"
            # (what the case asks told between the noun and its verb: "a petition for a writ
            # of mandamus filed by X", "an application for judicial review lodged by X")
            r"|\b(?:appeals?|challenges?|complaints?|lawsuits?|suits?|actions?|applications?|petitions?|motions?)\s+(?:for|against|to)\s+"
            r"(?:[\w'’-]+(?:\[\d+\])?\s+){1,6}?(?:filed|brought|lodged|launched)\s+by\b", strength=0.8),
    # a case told by its noun, the ones who brought it after the passive's "by" ("the case
    # was brought by two traders, A and B"), or before it ("A and B were defeated in the actions
    # they had brought before the court"): theirs, whatever the court made of it; never a
    # prosecution ("a criminal case was brought by prosecutors")
    Trigger("legal_challenge", r"(?<!criminal\s)(?<!criminal\scourt\s)\b(?:cases?|suits?|lawsuits?|actions?|complaints?|appeals?|challenges?|petitions?)\s+"
            r"(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:first|originally|initially|jointly|also)\s+)?(?:filed|brought|lodged|launched)\s+by\b"
            r"|\b(?:cases?|actions?|appeals?|challenges?|lawsuits?|suits?)\s+(?:that\s+|which\s+)?(?:they|he|she|it)\s+(?:had\s+|has\s+|have\s+)?"
            r"(?:lodged|brought|filed|launched)\s+(?:against|before|with|at|in)\b"),
    Trigger("legal_challenge", r"\blawsuits?\b|\blegal\s+challenges?\b|\bchallenges?\s+(?:to|against)\s+(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+)?(?:designation|listing|sanctions|blacklisting|inclusion|delisting)\b", strength=0.7),
    Trigger("legal_challenge", r"\bchalleng(?:ed|es|ing)\b(?=[^.;]{0,60}\b(?:designation|listing|decision|order|blacklisting|in\s+court|ban|sanctions|re-?listing)\b)"),
    # a challenge told by its outcome, with its bringer's possessive: "X lost his appeal
    # against the sanctions", "has failed in her latest bid to overturn the designation",
    # "won their case against the listing" (the court's answer is another event)
    Trigger("legal_challenge", r"\b(?:los(?:t|e|es|ing)|w(?:on|in|ins|inning)|fail(?:ed|s|ing)?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?in|"
            r"(?:was|were|been)\s+defeated\s+in)\s+"
            r"(?:his|her|its|their|an?)\s+(?:(?:latest|initial|first|second|third|final|last|legal|court|fresh|long-running|high\s+court)\s+)*"
            r"(?:appeal|challenge|case|lawsuit|suit|action|bid|attempt|fight|battle|effort)s?\b"
            # (the listing, or the authority that made it: "lost its legal battle against the Pentagon")
            r"(?=[^.;]{0,80}\b(?:sanctions|designation|listing|blacklisting|asset\s+freeze|restrictive\s+measures|inclusion|list)\b|"
            r"\s+against\s+" + c.SUIT_OPPONENT + r")"),
    # a challenge told as a noun with the decision it contests ("a challenge to the
    # minister's decision to freeze the assets of X"), or as a request for judicial review
    # ("applied for judicial review, in the court, of that decision", "an application for
    # judicial review"); not the review an authority does itself
    Trigger("legal_challenge", r"\bchallenges?\s+(?:to|against)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w.'’-]+\s+){0,4}?"
            r"(?:decision|determination|order)\s+to\s+(?:impose|designate|list|add|sanction|freeze|maintain|keep|retain|"
            r"renew|include|extend)\b"
            r"|\b(?:sought|seeks?|seeking)\s+(?:a\s+)?judicial\s+review\b"
            r"|\b(?:appl(?:ied|ies|y|ying)|sought|seeks?|seeking)\s+(?:(?:to|before|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?"
            r"(?:[Cc]ourt|[Tt]ribunal)\s+)?for\s+(?:a\s+)?judicial\s+review\b"
            r"|\b(?:applications?|claims?|petitions?)\s+for\s+judicial\s+review\b|\bjudicial\s+review\s+(?:claims?|proceedings|applications?)\b"
            # "appealed to a court" (with the listing it contests told in the sentence)
            r"|\bappeal(?:ed|s|ing)?\s+to\s+(?:a|the)\s+(?:[\w.'’-]+\s+){0,3}?(?:court|tribunal)\b(?=[^.;]{0,120}?\b(?:list|listing|"
            r"designation|sanctions|blacklist|asset\s+freeze)\b)"),
    Trigger("legal_challenge", r"\bappl(?:ied|ies|y)\s+(?:to|for)\s+(?:the\s+)?annul(?:ment)?\b|\bsought\s+(?:the\s+)?annulment\b|\baction\s+for\s+annulment\b"),
    Trigger("legal_challenge", r"\b(?:took|takes|taken)\b[^.;]{0,40}\bto\s+court\b"),
    # a party turning to a court ("went to court over its listing", "turned to the EU's General
    # Court against the sanctions"): the English of « a saisi le Tribunal de l'UE »
    Trigger("legal_challenge", r"\b(?:turn(?:ed|s|ing)?|went|gone|go(?:es|ing)?)\s+to\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?"
            r"(?:courts?|tribunal|judges?)\b(?=[^.;]{0,120}?\b(?:list(?:s|ed|ing)?|designation|sanctions|blacklist\w*|"
            r"asset\s+freeze|restrictive\s+measures)\b)"),
    # "filed its action in September", "brought an action before the General Court"
    Trigger("legal_challenge", r"\b(?:filed|brought|lodged)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:action|challenge|case|appeal)\b"),
    Trigger("legal_challenge", r"\b(?:br(?:ought|ings?|inging)|fil(?:ed|es|ing)|lodg(?:ed|es|ing))\s+(?:an?\s+|their\s+|its\s+|his\s+|her\s+)?(?:\w+\s+)?(?:actions?|applications?)\b(?=[^.;]{0,60}?\b(?:before|with|at|in)\s+the\s+(?:EU\s+|European\s+|EU['’]s\s+)?(?:General\s+Court|Court|Tribunal)\b)"),
    Trigger("legal_challenge", r"\b(?:br(?:ought|ings?|inging)|launch(?:ed|es|ing)?|initiat(?:ed|es|ing)|mount(?:ed|s|ing)|lodg(?:ed|es|ing))\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:case|action|suit|lawsuit|legal\s+action|legal\s+challenge|court\s+challenge|complaint|petition|appeal)\b(?=[^.;]{0,80}?\b(?:against|over|challenging|to\s+(?:overturn|annul|vacate|set\s+aside))\b)"),
    Trigger("legal_challenge", r"\b(?:ask(?:ed|s|ing)|petition(?:ed|s|ing)|urg(?:ed|es|ing))\s+(?:the\s+|a\s+)?(?:[\w.]+\s+){0,3}?(?:court|judge|tribunal)\b(?=[^.;]{0,40}?\bto\s+(?:overturn|vacate|set\s+aside|annul|block|halt|suspend|reverse|strike|enjoin|declare|remove|order|lift)\b)"),
    Trigger("legal_challenge", r"\b(?:ask(?:ed|s|ing)|petition(?:ed|s|ing))\s+(?:the\s+|a\s+)?(?:[\w.]+\s+){0,3}?(?:court|judge|tribunal)\s+to\b"),
    Trigger("legal_challenge", r"\bpetition(?:ed|s|ing)?\b(?=[^.;]{0,60}?\bfor\s+(?:judicial\s+)?review\s+of\s+(?:its|his|her|their|the)\b)|\bpetition\s+for\s+(?:judicial\s+)?review\b"),
    Trigger("legal_challenge", r"\b(?:sought|seeking|seeks|asked\s+for|requested|moved\s+for)\s+(?:an?\s+)?(?:preliminary\s+|temporary\s+)?(?:injunction|restraining\s+order)\b"),
    # the party's case told by its success before the court, foreseen or won ("is expected to
    # prevail in her suit over the listing", "succeeded on their claims"): the case exists
    # whatever the outcome; the trigger is the case's noun
    Trigger("legal_challenge", r"\b(?:(?:prevail|succeed|win)(?:s|ed|ing)?|won)\s+(?:in|on|with)\s+(?P<at>(?:its|his|her|their)\s+"
            r"(?:[\w-]+\s+)?(?:case|claims?|challenge|lawsuit|suit|action|appeal))\b"),
    # the court asked first: "asked the court on Monday for a preliminary injunction", "filed
    # a new motion for a temporary restraining order"
    Trigger("legal_challenge", r"\b(?:ask(?:ed|s|ing)|petition(?:ed|s|ing))\s+(?:the\s+|a\s+)?(?:[\w.]+\s+){0,3}?(?:court|judge|tribunal)\s+"
            r"(?:[\w,]+\s+){0,3}?for\s+(?:an?\s+)?(?:preliminary\s+|temporary\s+|interim\s+)?(?:injunction|restraining\s+order|relief|measures)\b"
            r"|\bfil(?:ed|es|ing)\s+(?:an?|this|their|its|his|her|a\s+new)\s+(?:[\w-]+\s+)?motion\s+for\s+(?:an?\s+)?(?:preliminary\s+|temporary\s+)?(?:injunction|restraining\s+order)\b"),
    # injunction
    Trigger("injunction", r"\b(?:preliminary|temporary)\s+injunction\b|\binjunction\b|\brestraining\s+order\b"),
    Trigger("injunction", r"\benjoin(?:ed|s|ing)?\b"),
    Trigger("injunction", r"\b(?:was|were|been|being)\s+(?:temporarily\s+)?(?:suspended|halted|paused|frozen|blocked|enjoined|stayed)\s+by\s+(?:the\s+|a\s+)?(?:[\w.]+\s+){0,5}?(?:[Cc]ourt|judge|tribunal)\b"),
    Trigger("injunction", r"\bhalt(?:ed|s|ing)?\b(?=[^.;]{0,40}\b(?:ban|designation|order|listing|blacklisting|restrictions|sanctions)\b)|\b(?:temporary|court-ordered)\s+(?:halt|pause|freeze|suspension)\b"),
    Trigger("injunction", r"\b(?:designation|blacklisting|listing|ban)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:suspended|blocked|halted|enjoined)\b"),
    Trigger("injunction", r"\btemporarily\s+(?:blocked|halted|suspended|barred|stopped|lifted|froze|paused)\b|\b(?:blocked|halted|suspended|stopped|paused)\b[^.;]{0,30}\btemporarily\b"),
    Trigger("injunction", r"\b(?:blocked|halted|suspended|froze|stayed|paused|(?<=(?:[Jj]udge|[Cc]ourt)\s)(?:blocks|halts|suspends|pauses|freezes))\b(?=[^.;]{0,60}\b(?:designation|ban|order(?!\s+(?:book|for|from|intake))|listing|restrictions?|blacklisting|measure|sanctions|(?:asset\s+)?freeze)\b)(?!\s+(?:the\s+|a\s+)?(?:takeover|deal|merger|acquisition|bid|sale|purchase|shipment|payment|transfer)s?\b)"
            # (the SDN list's own name, "... and blocked persons list", names no halt)
            r"(?!\s+persons\b)"),
    # the order that halts, told by its gerund or as put on hold: "won a court order
    # suspending its designation", "a ruling that put the ban on X on hold"
    Trigger("injunction", r"\b(?:order|ruling|decision|injunction)\b[^.;]{0,30}?\b(?:suspending|blocking|halting|staying|pausing|freezing)\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:designation|listing|ban|blacklisting|sanctions|restrictions)\b"
            r"|\b(?:court|judge|ruling|order)\b[^.;]{0,60}?\bput\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:designation|listing|ban|blacklisting|sanctions|restrictions)\b[^.;]{0,40}?\bon\s+hold\b"),
    Trigger("injunction", r"\b(?:barred|bars|prohibited|blocked|blocks|stopped|enjoin(?:ed|ing|s)?|prevent(?:s|ed|ing)?)\s+the\s+(?:U[._]S[._]\s+|federal\s+)?(?:government|administration|Pentagon|department|Defense\s+Department|Treasury|agency)\s+from\s+(?:enforcing|implementing|applying|carrying\s+out|adding|listing|designating|placing|including|keeping|maintaining)\b"),
    # a court win named by reference to an earlier one: its type is that of the last court event
    # the act told just before, taken again by another ("Ankara took a similar step on X")
    Trigger("same_act", r"\b(?:took|taken|takes|take|adopted)\s+(?:a\s+)?(?:similar|reciprocal|the\s+same)\s+(?:step|steps|measure|measures|action)\b"),
    Trigger("similar", r"\ba\s+similar\s+(?:victory|win|ruling|order|decision|reprieve|injunction)\b|\b(?:won|obtained|secured)\s+(?:similar|the\s+same)\s+(?:relief|order|ruling|reprieve)\b|\bprevailed\s+in\s+court\b"),
    # vacatur
    Trigger("vacatur", r"\bvacat(?:ed|es|ing|e|ur)\b"),
    Trigger("vacatur", r"\b(?:toss(?:ed|es|ing)?|thr(?:ew|own|ows|owing))\s+out\s+(?:the\s+|its\s+|a\s+)?(?:[\w.’'-]+\s+){0,3}?(?:designation|listing|blacklisting|sanctions|ban|order|rule)\b"),
    # a court's undoing verb in the past or the present ("annulled", "annuls", the present of a
    # court's own statement or a headline: "The court annuls the measures applied to X")
    Trigger("vacatur", r"\bsets?\s+aside\b|\bstr(?:uck|ikes)\s+down\b|\boverturn(?:ed|s)\b|\binvalidat(?:ed|es)\b|\bannul(?:led|s)\b"),
    # a court's finding against the listing, told without "annul": "ruled that the sanctions
    # on X were unjustified", "X's listing was found to be unlawful by the court", "there
    # were no grounds for keeping sanctions against X" (judged only where a court rules:
    # modality.court_finding; a court ruling for the party, "ruled in favour of X":
    # ``court_verdicts.py``)
    Trigger("vacatur", r"\b(?:was|were|being|been|is|are)\s+(?:(?:ruled|found|held|declared|deemed|judged)\s+(?:as\s+|to\s+be\s+|to\s+have\s+been\s+)?)?"
            r"(?:unjustified|unlawful|illegal|unfounded|not\s+justified|without\s+(?:legal\s+)?(?:basis|grounds?))\b"
            r"|\bno\s+(?:legal\s+)?(?:grounds?|basis|justification)\s+for\s+(?:[\w-]+\s+){0,2}?(?:sanctions|listing|designation|blacklisting|restrictive\s+measures|asset\s+freeze|inclusion)\s+(?:on|against|of)\b"),
    # a court that "dismissed sanctions imposed by the Council against X" (a translation of
    # « a annulé les sanctions ») annuls them; "X no longer merits a place on the list, the
    # court ruled"
    Trigger("vacatur", r"(?:\b(?:[Cc]ourt|[Tt]ribunal|judges?)\b[^.;]{0,80}?)\bnone\s+of\s+the\s+(?:reasons|grounds|allegations|evidence)\b"
            r"[^.;]{0,160}?\b(?:is|was|were|are|has\s+been|had\s+been)\s+(?:(?:sufficiently|adequately|properly)\s+)?"
            r"(?:substantiated|proven|proved|established|justified|supported|made\s+out)\b"),
    Trigger("vacatur", r"(?:\b(?:[Cc]ourt|[Tt]ribunal|judges?)\b[^.;]{0,40}?)\b(?:partially\s+|partly\s+|in\s+part\s+)?dismiss(?:ed|es)\s+"
            r"(?:the\s+)?(?:sanctions|restrictive\s+measures|listing|designation|asset\s+freeze)\b(?!\s+(?:challenges?|cases?|lawsuits?|suits?|"
            r"appeals?|claims?|actions?|complaints?))|\bno\s+longer\s+(?:merits?|deserves?|justif\w+|warrants?)\s+(?:\w+\s+){0,3}?(?:on\s+the|"
            r"listing|inclusion|place)\b(?=[^.]{0,200}?\b(?:[Cc]ourt|[Tt]ribunal|judges?)\s+(?:\w+\s+)?(?:ruled|found|held|said|decided))"),
    # a court deciding for the listing: no vacatur, no listing event
    # a court that refuses relief decides for the listing ("refused to block the designation")
    Trigger("ruling", r"\b(?:refus|declin)(?:ed|es|ing)\s+to\s+(?:block|halt|suspend|enjoin|vacate|set\s+aside|lift|overturn|annul|strike\s+down|pause|stay)\b(?=[^.;]{0,60}\b(?:designation|listing|blacklisting|sanctions|ban|order|decision)\b)|\b(?:toss(?:ed|es|ing)?|thr(?:ew|own|ows|owing))\s+out\s+(?:the\s+|its\s+|a\s+)?(?:[\w.’'-]+\s+){0,3}?(?:lawsuit|suit|case|challenge|complaint|petition|appeal)\b"),
    # (a court granting the party's own act, "upheld the actions of X": ``court_verdicts.py``)
    # (a court upholding the party's own act is a vacatur, its longer trigger at the same
    # word: ``court_verdicts.py``)
    Trigger("ruling", r"\buph(?:eld|olds?|olding)\b|\b(?:confirmed|affirmed)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:designation|listing|sanctions|blacklisting)\b|\b(?:dismiss(?:ed|es)|reject(?:ed|s)|denied|den(?:ies|y))\s+(?:[\w.’'-]+\s+){0,3}?(?:challenge|appeal|application|request|bid|lawsuit|action|claim|petition)s?\b"),
    # license
    Trigger("license", r"\b(?:general|specific|special)\s+licen[cs]es?\b"),
    Trigger("license", r"\b(?:grant(?:ed|s|ing)?|extend(?:ed|s|ing)?|renew(?:ed|s|ing)?|issu(?:ed|es|ing)|made|make|another|new|third|second)\s+(?:[\w.\-]+\s+){0,6}?(?:reprieve|waiver|exemption|exception|carve-out)s?\b|\b(?:reprieve|waiver|exemption)s?\s+(?:of|for)\s+(?:\d+|ninety)\s+days\b"),
    Trigger("license", r"\b(?:issu(?:ed|es|ing)|grant(?:ed|s|ing)|approv(?:ed|es|ing)|award(?:ed|s)|publish(?:ed|es|ing)|releas(?:ed|es|ing)|(?<=been\s)given|(?<=was\s)given|(?<=were\s)given)\b[^.;]{0,50}\blicen[cs]es?\b"),
    Trigger("license", r"\blicen[cs]es?\b(?![^.;]{0,30}\brequest)[^.;]{0,40}\b(?:granted|issued|approved)\b"),
    # a ban put off: "the measure was delayed by 90 days" (a reprieve)
    Trigger("license", r"\b(?:delayed|postponed|deferred|pushed\s+back)\s+(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:\d+|ninety|sixty|thirty)\s+days\b"),
    Trigger("license", r"\bg(?:ave|ives|iven|iving)\s+(?:[\w.\-]+\s+){1,6}?(?:a|an|another|new)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b"),
    # a licence or authorisation extended or renewed by its verb, its period before or after
    # it ("extended by three months the authorization to deal with X", "renewed the licence
    # of X for another 90 days"; a deadline or the sanctions themselves are no licence)
    Trigger("license", r"\b(?:extend|renew|prolong)(?:ed|s|ing)?\s+(?:(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:\d+|one|two|three|six|twelve|ninety|sixty|thirty|forty-five)\s+(?:days|weeks|months|years?)\s+)?(?:the|a|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|authori[sz]ations?|waivers?|exemptions?|reprieve)\b"),
    # the licence's extensions told by participles with their periods: "a temporary licence,
    # extended by 90 days in May and again by 45 days in August" (an extension each)
    Trigger("license", r"\b(?:licen[cs]es?|authori[sz]ations?|waivers?|exemptions?|reprieve)\b[^.;]{0,60}?\b(?P<at>(?:extended|renewed|prolonged)\s+(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:\d+|three|six|forty-five|ninety|sixty|thirty)\s+(?:days|weeks|months))"),
    Trigger("license", r"\b(?:licen[cs]es?|authori[sz]ations?|waivers?|exemptions?|reprieve)\b[^.;]{0,60}?\b(?:extended|renewed|prolonged)\s+(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:\d+|three|six|forty-five|ninety|sixty|thirty)\s+(?:days|weeks|months)[^.;]{0,40}?(?P<at>\b(?:then|and|again)\s+(?:again\s+)?(?:by|for)\s+(?:another\s+|a\s+further\s+)?(?:\d+|three|six|forty-five|ninety|sixty|thirty)\s+(?:days|weeks|months))"),
    # extensions granted to a party: "granted extensions to X", "granted X a 90-day
    # extension" (a regime's own extension, or one of the sanctions, is no licence)
    Trigger("license", r"\bgrant(?:ed|s|ing)?\s+(?:[\w.-]+\s+){0,4}?(?:an?|another|further|new|several)\s+(?:[\w-]+\s+)?extensions?\b(?!\s+(?:of|to)\s+(?:the\s+)?(?:sanctions|freeze|regime|measures|listing|designation|deadline))|\bgrant(?:ed|s|ing)?\s+extensions?\s+to\b"),
    # the party's side: "obtained a temporary license", "received a licence from OFAC"
    # (never the requirement: "will need to obtain a license")
    Trigger("license", r"\b(?:obtained|received|secured|won)\s+(?:a|an|the|its|new)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b"),
    Trigger("license", r"\bauthoriz(?:ed|es|ing)\b(?=[^.;]{0,60}\btransactions\b)"),
    # a licence told by what it lets others do and with whom ("transactions will be allowed
    # with A", "permits US firms to keep trading with X"): lang.common.permission_triggers
    *(Trigger("license", p) for p in c.permission_triggers(
        r"allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|authori[sz](?:e|ed|es|ing)|enabl(?:e|ed|es|ing)",
        r"transactions?|dealings?|business|payments?|trade|trading|operations|services|contracts?|negotiations?|"
        r"wind[-\s]?down|pay|deal|transact|settle|purchase|buy|sell|supply|export",
        r"with|involving|through|via",
        r"block\w*|freez\w*|froze\w*|prohibit\w*|ban\w*|bar(?:s|red|ring)?|restrict\w*|sanction\w*|forbid\w*|prevent\w*",
        ("would", "could", "might", "may", "should", "not", "never", "no longer", "would be", "could be", "not be",
         "might be", "may be"))),
    Trigger("license", r"\blicen[cs]es?\s+(?:covering|for\s+(?:transactions|dealings)|allowing|authoriz\w+|permitting|(?:that|which)\s+(?:allows|authori[sz]es|permits|covers))\b", strength=0.8),
    # a licence renewed by a pronoun that takes up its noun ("granted waivers for 90 days,
    # then renewed them in May"): another licence of the same parties
    Trigger("license", r"\b(?:licen[cs]es?|waivers?|exemptions?|reprieves?|authori[sz]ations?)\b[^.;]{0,120}?\b(?P<at>(?:renew|extend|prolong)(?:ed|s|ing)?\s+(?:it|them))\b"),
    # parties spared the sanctions by name ("exempted X and its chief executive, Y, from
    # sanctions"): a licence each (waived: ``relief_acts``)
    Trigger("license", r"(?<!\bbe\s)(?<!\bbeing\s)\bexempt(?:ed|s)\b(?=[^.;]{0,160}?\bfrom\s+(?:the\s+|these\s+|its\s+|all\s+|U\.?S\.?\s+|American\s+)?sanctions\b(?!\s+lists?\b))"),
    # a licence told by its period of validity: "the licence, valid from <day> to <day>,
    # covers A and B" (issued on the first day, its end the parties' deadline)
    Trigger("license", _PERIOD_LICENCE + r"[^.;]{0,40}?\b(?P<at>(?:effective|valid|in\s+force)\s+from)\s+" + _DAY_AHEAD),
    # a licence's end put off: the deadline, cut-off or wind-down period extended for the
    # parties ("extended the deadline for X to sell its assets", "pushed back the cut-off for
    # dealings with X", "the wind-down period for X was extended", "gave X's buyers more
    # time to divest"): the verb is the licence, the deadline's own words stay its deadline
    # (the verb and the end's noun, or the measures' start: ``relief_acts._put_off``)
    Trigger("license", r"\b(?P<at>g(?:ave|ives|iven|ive|iving)|grant(?:ed|s|ing)?|allow(?:ed|s|ing)?)\s+(?:[\w.'’-]+\s+){1,6}?(?:more|extra|additional|further)\s+(?:\w+\s+)?time\b"
            r"(?=\s+(?:to|for)\s+(?:sell|divest|wind|exit|unwind|dispose|complete|close)\w*)"),
    # deadline
    Trigger("deadline", r"\b(?:expir(?:es|ed|e|ing)|lapse[sd]?|run(?:s)?\s+out|ran\s+out)\s+(?:at\s+(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)\s+)?(?:on\s+)?(?:" + _WEEKDAY_NAMES + r",?\s+)?(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r"\b)", strength=0.8),
    # the end of a licence or a reprieve told by a verb of ending: "the waiver, granted in May,
    # ended on 3 June", "the licence was due to end Monday, June 3"
    Trigger("deadline", r"\b(?:licen[cs]e|waiver|exemption|reprieve|authori[sz]ation)s?\b[^.;]{0,80}?\b(?P<at>(?:end(?:s|ed)?|(?:is|was|are|were)\s+(?:due|set|scheduled|slated)\s+to\s+end)\s+(?:on\s+)?(?:" + _WEEKDAY_NAMES + r",?\s+)?)" + _DAY_AHEAD, strength=0.8),
    # a party's operations told as set to stop on a day by a ban or a law: "X's app is set to
    # shut down in the US on Sunday, March 9", "X was scheduled to go dark on 9 March"
    Trigger("deadline", r"\b(?:is|was|are|were)\s+(?:set|scheduled|slated|due|poised|expected)\s+to\s+(?:shut\s+down|go\s+dark|be\s+(?:banned|shut\s+down|blocked|taken\s+offline)|cease\s+(?:operations|operating))\b(?=[^.;]{0,60}?\bon\s+(?:" + _WEEKDAY_NAMES + r",?\s+)?" + _DAY_AHEAD + ")", strength=0.8),
    Trigger("deadline", r"\b(?:giv(?:ing|es|en|e)|gave)\b[^.;]{0,120}?\buntil\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"),
    Trigger("deadline", r"\bdeadline\b"),
    # a ban put off to a day: "postponed the X ban until September 27th"
    Trigger("deadline", r"\b(?:postpon|delay|defer)(?:ed|es|ing|s|e)?\s+(?:the\s+|its\s+)?(?:[\w.\-]+\s+){0,2}?(?:ban|bans|prohibition|restrictions|order)\s+(?:until|to|till)\s+"
            r"(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"),
    # a licence's end moved or a ban's start: "extending the expiration date from Dec. 12 to
    # Jan. 7", "the restrictions will go into effect on May 8"
    Trigger("deadline", r"\b(?:expiration|expiry|extension|end|cut-?off|sunset)\s+dates?\b(?=(?:[^.;]|\.(?=\s*[a-z0-9,])){0,60}?\b(?:to|until|on|of|is|was)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)|\b(?:go(?:es)?|went|come(?:s)?|came)\s+into\s+(?:effect|force)\s+on\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)|\btak(?:e|es|ing)\s+effect\b(?=[^.;]{0,30}?\bon\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)", strength=0.8),
    Trigger("deadline", r"\b(?:permitted|authori[sz](?:ed|ing|es|e)|allow(?:ed|ing|s)|valid|in\s+effect|effective)\s+(?:[\w’'-]+\s+){0,6}?(?:until|through)\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d)"),
    Trigger("deadline", r"\b(?:ha(?:ve|s|d)\s+until|no\s+later\s+than|must\s+(?:divest|sell|wind\s+down|exit|comply|dispose)|required\s+to\s+(?:divest|sell|wind\s+down)|wind[- ]down\s+period)\b"),
    Trigger("deadline", r"\bwind(?:ing)?[- ]down\b|\bto\s+divest\b"),
    # a purchase ban from a date: "will no longer be able to buy X's shares as of March 15"
    Trigger("deadline", r"\b(?:no\s+longer\s+(?:be\s+)?(?:able|allowed|permitted)\s+to|(?:prohibited|barred|banned)\s+from)\s+(?:purchas|buy|invest|acquir|trad)\w*(?=[^.;]{0,120}?\b(?:as\s+of|from|starting|beginning|after)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"),
    # the French pack's « jusqu'au <jour> » and « prolongé jusqu'au <jour> » in English: "until
    # <day>", "through to <day>", "extended ... to <day>"; a whole day is asked, so "until 2024"
    # or "until March" is none
    Trigger("deadline", r"\b(?:licen[cs]e|waiver|exemption|authori[sz]|permit|allow|wind|divest|sell|sale|order|grace|suspen|postpon|delay|pause)\w*\b[^.;]{0,100}?\b(?P<at>" + _UNTIL_DAY + ")", strength=0.8),
    Trigger("deadline", r"\b" + _UNTIL_DAY + r"(?=[^.;]{0,60}?\b(?:under|of|by)\s+(?:the\s+|a\s+)?(?:general\s+|specific\s+)?(?:licen[cs]e|waiver|exemption|order)\b)", strength=0.8),
    Trigger("deadline", r"(?:\b(?:extend|prolong)(?:ed|s|ing)?|\b(?:push|mov)(?:ed|es|ing)?\s+back|\b(?:postpon|defer|delay)\w*)\b[^.;]{0,100}?\b(?P<at>(?:to|until|till|through)\s+" + _DAY_AHEAD + ")", strength=0.8),
    Trigger("deadline", _PERIOD_LICENCE + r"[^.;]{0,40}?\b(?:effective|valid|in\s+force)\s+from\s+" + _DAY_AHEAD + r"[\w ,.]{4,24}?\s(?P<at>(?:to|until|till|through)\s+" + _DAY_AHEAD + ")", strength=0.8),
    # "by <day>" or "before <day>" is a cut-off only as the term of a duty or an undertaking
    # its clause tells before it ("must divest by", "ordered the agency to report by", "would
    # propose an order to the court by", "a law requiring X to sell the app before Jan. 19");
    # told alone it only places an act in time ("By March the list had grown", "a decision
    # is expected by June")
    Trigger("deadline", r"\b(?:must|ha(?:ve|s|d|ving)\s+to|needs?\s+to|required|requir(?:es|ing)|order(?:ed|s|ing)|direct(?:ed|s|ing)|"
            r"obliged|obligated|shall|agreed\s+to|divest\w*|sell|selling|dispos\w*|"
            r"wind(?:ing)?\s+down|exit|unwind|submit\w*|propos\w*|file|filing|report\s+back|respond|comply|complying)\b"
            r"[^.;]{0,120}?\b(?P<at>by|before|no\s+later\s+than)\s+(?:(?=(?:the\s+end\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}\s+[A-Z][a-z]+\b))|" + _DAY_AHEAD + ")", strength=0.8),
    # a group told as acted on, members picked out by a cue (``group_acts.py``)
    *group_pick_triggers("en"),
    *relief_triggers("en"),
    *verdict_triggers("en"),
    *side_triggers("en"),
    # an act told as a decision taken, its verb in the infinitive (``decided_acts.py``)
    *decided_triggers("en"),
    # a listing verb in its future or its gerund (``listing_forms.py``)
    *listing_form_triggers("en"),
)

PACK = LangPack(
    code="en",
    name="English",
    months=MONTHS,
    weekdays=WEEKDAYS,
    month_case_sensitive=True,
    date_patterns=DATES,
    past_mod=r"(?i)last|earlier|previous",
    future_mod=r"(?i)next|coming",
    deadline_cue=r"(?i)(?:(?:effective|valid|in\s+force)\s+from\s+[\w ,.]{4,24}?\s(?:to|until|till|through)|\bends?\s+(?:on)?|\bending\s+(?:on)?|\bas\s+of|\bby|no\s+later\s+than|\buntil|\btill|\bbefore|\bthrough(?:\s+to)?|\b(?:extend|prolong)(?:ed|s|ing)?\b[^.;]{0,60}?\bto|(?:deadline|(?:expiration|expiry|extension|end|cut-?off|sunset)\s+date)\s+(?:of|is|was|set\s+for)|\bdue|\bexpires?\s+(?:on)?|\blapses?\s+(?:on)?|\bruns?\s+out\s+(?:on)?|\bto\s+(?:shut\s+down|go\s+dark|cease\s+\w+|be\s+(?:banned|shut\s+down|blocked|taken\s+offline))\b[^;]{0,40}?(?:\s+on)?|\b(?:expiration|expiry)\s+on|have\s+until|has\s+until|due\s+on|(?:expiration|expiry)\s+date\b(?:[^.;]|\.(?=\s*[a-z0-9,])){0,80}?\s(?:to|until|of)|(?:into\s+(?:effect|force)|take[s]?\s+effect)(?:\s+[\w\s]{0,22}?)?\s+on)\s*(?:the\s+end\s+of\s+|(?:on\s+)?)?$",
    future_context=r"(?i)\b(?:will|shall|must|is\s+due|are\s+due|scheduled|upcoming|next)\b",
    triggers=TRIGGERS,
    trigger_exclusions={
        "injunction": r"(?i)\b(?:s(?:ought|eek(?:s|ing)?)|ask(?:ed|ing)?\s+(?:for|the)|request(?:ed|ing)?|motion\s+for|moved\s+for|appl(?:y|ied)\s+for|bid\s+for)\b[^.;]{0,40}$",
        "legal_challenge": r"(?i)\b(?:pur)$",
        # "its original designation", "extended the listing of X" (a listing kept, no new
        # one), "vacated the decision to add X" (the relief's object)
        "designation": r"(?i)\b(?:its|their)\s+(?:original\s+)?$|\b(?:extend|renew|prolong)\w*\s+(?:the\s+|its\s+|their\s+)?$|\b(?:vacat|annul|overturn|suspend|stay|block|enjoin|set\s+aside|struck\s+down|revers)\w*\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:decision|order|move|rule|plan)\s+to\s+$",
        # (and the effect another act of the sentence had, told by a participle after it: "issued
        # a licence, effectively lifting the sanctions on X": that act's, no removal of its own)
        "removal": r"(?i)\b(?:shares?|stock|ADRs?|ADSs?|securities|bonds?)\s+(?:\w+\s+){0,3}$|\b(?:Nasdaq|NYSE|Stock\s+Exchange|stock\s+market|bourse)\b[^.;]{0,60}$"
                   r"|,\s*(?:effectively|in\s+effect|essentially|thereby|de\s+facto)\s+$",
    },
    negation_before=r"(?i)\b(?:rarely|seldom|hardly|(?:barred|bars|blocked|blocks|prevented|prevents|stopped|stops|enjoined|enjoins|prohibited)\s+(?:[\w.’'-]+\s+){0,4}?from(?=\s*$)|not|never|no(?!\.?\s?\d)|neither|nor|without|(?:declin|refus)(?:e|ed|es|ing|als?)\s+to|den(?:ied|ies|y)(?:\s+\w+)?(?:'s)?\s+(?:request|motion|bid)|rejected|fail(?:ed|s)\s+to|(?:ha(?:s|ve|d)|is|are)\s+yet\s+to|den(?:ied|ies|y)\s+(?:\w+\s+){0,2}(?:that|reports?|claims?)|dismissed\s+(?:\w+\s+){0,2}reports?)\b|n['’]t\b",
    negation_after=r"(?i)^\W{0,3}(?:\w+\s+){0,2}?(?:(?:was|were|has|have|had|is|are|did|does)\s+not|(?:was|were|has|have|had|is|are|did|does)n['’]t|never\s+(?:been|was))\b",
    hypothetical_before=r"(?i)\b(?:expect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}?to|(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|want(?:s|ed)?)\s+(?:the|its|their|his|her)(?=\s*$)|(?:authority|power|powers)\s+to|(?:is|are|was|were)\s+able\s+to|can(?!\s+no\s+longer)|(?:days|weeks|months)\s+to|once\s+(?:a|an|any)|whenever|when\s+(?:a|an|any)\s+(?:company|firm|entity|person|business)|in\s+order\s+to|to\s+help(?:\s+(?:to|get|secure|win))?|aimed\s+at|bid\s+to|could|might|should|if|would\s+have|ask(?:s|ed|ing)?\s+(?:[\w.]+\s+){0,4}?to|urg(?:es|ed|ing)|call(?:s|ed)\s+for|seek(?:s|ing)?\s+to|sought\s+to|push(?:ed|es)?\s+(?:to|for)|(?:push|press)(?:ed|es|ing)?\s+(?:the\s+|its\s+)?(?:[\w.’'()-]+\s+){0,8}?to|call(?:s|ed|ing)?\s+(?:on|upon)\s+(?:[\w.’'()-]+\s+){0,10}?to|whether|whether|unless|threat(?:en(?:s|ed|ing)?)?\s+to|lobb(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?(?:to|for)|(?:tried|tries|trying|hopes?|hoped|hoping|wants?|wanted|aims?|aimed|campaign(?:s|ed|ing)?|fought|fighting)\s+to|look(?:s|ed|ing)?\s+forward\s+to|want(?:s|ed)?\s+(?:[\w.’'()-]+\s+){1,6}?to|request(?:s|ed|ing)?\s+to|(?:will|would|to)\s+vote\s+on|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+vote|threat(?:en(?:s|ed|ing)?)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|possibl[ey]|potential(?:ly)?|risk(?:s|ed|ing)?|rumou?r(?:s|ed)?|speculat\w+|fear(?:s|ed)?|warn(?:s|ed)?\s+(?:that|of)|would\s+(?:face|be)|lest|options?|as\s+early\s+as|proposals?\s+to|propos(?:ed|es|ing)(?:\s+(?:on\s+\w+\s+)?to)?(?=\s*$)|propos(?:ed|es|ing)\s+(?:an?\s+|the\s+)?(?:new\s+|draft\s+)?(?:rule|regulation|measure|amendment|designation|listing)s?|request\s+for\s+comments?|bills?\s+(?:that|to)|would\s+(?:require|force|direct|allow)|likely\s+to|reportedly|according\s+to\s+(?:people|sources|a\s+person|two|three)|sources?\s+said)\b|(?-i:\bmay\b)(?!\s+\d)",
    hypothetical_after=r"(?i)\b(?:if|unless|should\s+it)\b",
    conditional_verb=r"(?i)\b(?:would|could|might|(?-i:may))\b",
    announced=r"(?i)\b(?:agree[sd]?|agreement|plan(?:s|ned)?\s+to|planning\s+to|will|would\s+be\s+appropriate|appropriate|(?:is|are)\s+set\s+to|expected\s+to|intend(?:s|ed)?\s+to|intention|scheduled|(?:is|are)\s+to\s+be|propos(?:ed|es|al)|to\s+be\s+(?:removed|added|delisted|vacated)|announced\s+(?:it|that\s+it)\s+would|said\s+it\s+would|had\s+been\s+announced|would|is\s+to|are\s+to)\b",
    anaphora=r"(?i)\b(?:it|its|the\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|maker|manufacturer|giant|conglomerate|business|operator|carrier|chipmaker|developer|provider|supplier|automaker|carmaker|drugmaker|planemaker|shipbuilder|producer|exporter|lender|bank|insurer|airline|shipper|refiner|trader|miner|vendor|contractor|startup|brand|entity|enterprise|corporation|conglomerate))\b",
    # (a bare count after "all", or after "the" as a subject, takes up as many parties
    # named just before: "X, Y and Z ... The EU had listed all three in 2020", "The two
    # were designated last year"; never a count before a noun, "all three countries")
    plural_anaphora=r"(?i)\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?=\s*[,.;)]|\s+(?:with|were|had|have|are|will|would|also|remain\w*|in|on|last|by|under|over|since|of\s+them)\b)"
    r"|^\W*the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b(?=\s+(?:had|have|were|are|will|would|also|remain\w*|later)\b)"
    r"|\bboth\b(?=\s+(?:had|have|were|are|was|will|would|also|remain|later)\b)|\b(?:all|each|both)\s+(?:\w+\s+)?of\s+them\b|\b(?:the|these|those|both|all)\s+(?:\w+\s+)?(?:companies|firms|entities|groups|businesses|banks|lenders|carriers|airlines|operators|makers|manufacturers|suppliers|subsidiaries|units|affiliates|vessels|tankers)\b|\bthey\b",
    # a group of people an act is told of, taking up the people named just before (news/
    # enumerations.py): a demonstrative or a count before a noun of people ("these
    # individuals", "the three executives"), never a count alone ("three officials": new ones)
    people_anaphora=(
        r"(?i)\b(?:these|those|both|the\s+(?:two|three|four|five|six|seven|eight|nine|ten))\s+(?:[\w-]+\s+)?"
        r"(?:individuals|persons|people|men|women|officials|executives|businessmen|businesswomen|oligarchs|"
        r"billionaires|tycoons|magnates|brothers|sisters|ministers|leaders|directors|officers|generals|commanders)\b"
        # (a pair told by its noun: "the pair", "the duo")
        r"|\bthe\s+(?:pair|duo)\b(?!\s+of\b)"
    ),
    # (a count makes the plural a set of so many, told once, never a kind: "Three firms were
    # added to the list" tells an act, "Firms added to the list are barred" a rule)
    generic_subject=(
        r"(?i)^\s*(?!(?:both|these|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"[a-z]+teen|twenty|thirty|forty|fifty|several|a\s+dozen|dozens)\s)"
        r"(?:\w+\s+)?(?:companies|firms|entities|businesses|groups|any\s+company)\b"
    ),
    clause_split=r";|(?<!\s)\s+(?:but|while|whereas|although|though|and)\s+|,\s+",
    org_cue_before=r"company|firm|maker|refiner|trader|shipper|miner|exporter|importer|exchange|subsidiary|subsidiaries|affiliates?|units?|carmaker|automaker|planemaker|drugmaker|steelmaker|shipmaker|phonemaker|manufacturer|giant|group|conglomerate|operator|carrier|chipmaker|producer|developer|provider|supplier|vendor|startup|start-up|champion|heavyweight|titan|juggernaut|brand|contractor|shipbuilder|airline|insurer|lender|bank|agency|organi[sz]ation|institute|foundation|militia|force|network|movement|broadcaster|platform|mixer|shipyard|university|academy",
    org_cue_between=r"(?:(?:like|such\s+as)\s+)?",
    org_apposition=r"an?|the|one\s+of",
    person_titles=r"(?:Judge|Justice|President|Secretary|Senator|Sen\.|Rep\.|Representative|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Governor|Minister|Chief|Attorney|Spokesman|Spokeswoman|CEO|Chairman|founder)",
    stop_names=frozenset({
        "The", "A", "An", "It", "Its", "In", "On", "At", "But", "And", "By", "For", "With",
        "After", "Before", "While", "When", "This", "That", "These", "Those", "He", "She",
        "They", "We", "US", "U.S.", "United", "States", "America", "American", "China",
        "Chinese", "Beijing", "Washington", "Hong", "Kong", "Shenzhen", "Friday", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "Reuters", "Bloomberg",
        "Pentagon", "Treasury", "Commerce", "Congress", "Court", "Judge", "Department",
        "Defense", "Defence", "State", "White", "House", "Biden", "Trump", "However", "Upon",
        "Under", "According", "Shares", "Investors", "Entity", "List", "Communist", "Military",
        "Company", "Companies", "Section", "Executive", "Order", "National", "Federal",
        "District", "Columbia", "Circuit", "Office", "Foreign", "Assets", "Control", "Bureau",
        "Industry", "Security", "Also", "Meanwhile", "Last", "Earlier", "Separately", "Some",
        "Other", "Both", "Several", "Many", "Russia", "Russian", "Iran", "Iranian", "Europe",
        "European", "Union", "EU", "UK", "Britain", "British", "General", "License",
        "Temporary", "Provisional", "Licence", "Waiver",
        "Specially", "Designated", "Nationals", "Administration", "Government", "Ministry",
        "Chairman", "Chairwoman", "Deputy", "Governor",
    }) | frozenset(MONTHS) | frozenset(WEEKDAYS),
    authorities=(
        (r"(?i)\b(?:U\.?S\.?\s+)?(?:Department\s+of\s+Defen[cs]e|Defen[cs]e\s+Department|Pentagon|Defense\s+Secretary)\b", c.DOD),
        (r"(?i)\b(?:U\.?S\.?\s+)?(?:Department\s+of\s+Commerce|Commerce\s+Department|Bureau\s+of\s+Industry\s+and\s+Security|Commerce\s+Secretary)\b|(?<!Ministry of )(?<!Chinese )\bCommerce\b(?=\s+(?:said|added|has|had|put|placed|removed|issued|granted))", c.DOC),
        (r"(?i)(?<!HM\s)(?<!Majesty['’]s\s)(?<!British\s)(?<!UK\s)\b(?:U\.?S\.?\s+)?(?:Treasury(?:\s+Department)?|Department\s+of\s+the\s+Treasury|Office\s+of\s+Foreign\s+Assets\s+Control)\b", c.OFAC),
        (r"(?i)\b(?:China['’]s\s+|Chinese\s+)?(?:Ministry\s+of\s+Commerce|Commerce\s+Ministry)\b|\bMOFCOM\b", c.MOFCOM),
        (r"(?i)\b(?:U\.?S\.?\s+)?(?:State\s+Department|Department\s+of\s+State|Secretary\s+of\s+State)\b", c.STATE),
        (r"(?i)\b(?:U\.?S\.?\s+)?Court\s+of\s+Appeals\s+for\s+the\s+(?:D\.?C\.?|District\s+of\s+Columbia)\s+Circuit\b|\bappeals\s+court\s+in\s+Washington\b", c.DC_CIRCUIT),
        (r"(?i)\b(?:U\.?S\.?\s+)?District\s+Court\s+(?:for|of)\s+the\s+District\s+of\s+Columbia\b|\b(?:federal|U\.?S\.?|district)\s+(?:district\s+)?(?:court|judge)\s+in\s+Washington\b|\bD\.C\.\s+(?:federal\s+|district\s+)?court\b|\bWashington(?:,\s+D\.C\.)?\s+(?:federal\s+|district\s+)court\b", c.DC_COURT),
        (r"(?P<court>\b(?:U\.?S\.?\s+)?District\s+Court\s+for\s+the\s+(?:[A-Z][a-z]+\s+)?District\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", "{court}"),
        (r"(?i)\bCouncil\s+of\s+the\s+(?:European\s+Union|EU)\b|\bEU\s+Council\b", c.EU_COUNCIL),
        (r"(?i)\bOffice\s+of\s+Financial\s+Sanctions\s+Implementation\b|\bOFSI\b|\b(?:HM|Her\s+Majesty['’]s|His\s+Majesty['’]s|British|UK)\s+Treasury\b", c.OFSI),
        (r"(?i)\b(?:UK|British|U\.K\.)\s+[Gg]overnment\b|\bForeign(?:,\s+Commonwealth\s+(?:and|&)\s+Development)?\s+Office\b|\bFCDO\b", c.UK_GOV),
        # (the court's full name holds the Union's after "of the": no Council acting)
        (r"(?i)\b(?:EU['’]s\s+|European\s+)?General\s+Court(?:\s+of\s+the\s+(?:European\s+Union|EU))?\b|\bCourt\s+of\s+Justice\s+of\s+the\s+European\s+Union\b|"
         r"\bCJEU\b|\bEuropean\s+Court\s+of\s+Justice\b|"
         # the Union's court told by its rank or by a translated name ("the EU's top court",
         # "the EU court", a court "of General Jurisdiction" of the Union)
         r"\b(?:EU|European\s+Union)(?:['’]s)?\s+(?:(?:top|highest|second-highest|lower|general)\s+)?court\b|"
         r"\bEuropean\s+Court\s+of\s+General\s+Jurisdiction\b", c.EU_COURT),
        # the Union, the Kingdom and the Council acting ("The EU added X", "Britain sanctioned Y")
        (r"\bEuropean\s+Union\b|(?i:\bthe\s+)EU\b(?!['’]s\s+General)(?!['’]?s?\s+(?:(?:General|top|highest|lower)\s+)?[Cc]ourt)|\bBrussels\b", c.EU_COUNCIL),
        (r"\bBritain\b|(?i:\bthe\s+)(?:UK|U\.K\.|United\s+Kingdom)\b", c.UK_GOV),
        # (only as the subject of a verb: "The US had sanctioned", never "U.S. officials")
        (r"(?i:\bthe\s+)(?:U\.S\.|US\b|United\s+States\b)(?=\s+(?:had|has|have|also|already|then|later|first|"
         r"previously|originally|[a-z]+ed)\b)", c.US_GOV),
        (r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?Security\s+Council\b", c.UN_SC),
        # the United Nations told as acting or by its list ("once it had joined the U.N.
        # list", "the UN's blacklist", "the United Nations removed X"): the Council's act,
        # another authority's than the main clause's
        (r"\b(?:UN|U\.N\.|United\s+Nations)(?=['’]s\s+(?:[\w-]+\s+){0,2}(?:list|blacklist)\b|\s+(?:[\w-]+\s+)?(?:list|blacklist)\b|"
         r"\s+(?:had\s+|has\s+|also\s+|then\s+|later\s+)?(?:added|listed|designated|removed|delisted|sanctioned|lifted|froze)\b)", c.UN_SC),
        (r"(?i)\b(?:federal\s+)?(?:judges?|court)\b", "court"),
    ),
    lists=(
        (r"(?i)\bCommunist\s+Chinese\s+military\s+compan(?:y|ies)\b|\bChinese\s+military\s+companies\b|\bmilitary\s+blacklist\b|\bPentagon(?:'s)?\s+(?:black)?list\b|\bSection\s+1237\b", c.CCMC),
        (r"(?i)\bUnreliable\s+Entit(?:y|ies)\s+List\b", c.UEL),
        (r"(?i)(?<!Unreliable\s)\bEntity\s+List\b|\btrade\s+blacklist\b|\bexport\s+blacklist\b", c.ENTITY_LIST),
        (r"(?i)\bSpecially\s+Designated\s+Nationals\b|\bsanctions\s+list\b", c.SDN),
        (r"(?i)\bNon-SDN\s+Chinese\s+Military-Industrial\s+Complex\b|\bChinese\s+Military-Industrial\s+Complex\b|\binvestment\s+(?:ban\s+)?(?:black)?list\b", c.NS_CMIC),
        (r"(?i)\bUnverified\s+List\b", c.UVL),
        (r"(?i)\bMilitary\s+End[- ]User\s+List\b", c.MEU),
    ),
    date_distractor=r"(?i)\b(?:published|invasion|invade[ds]?|invading|war|attack(?:ed)?|bombing|election|elected|resign\w*|shares?|stock|trading|session|closed|born|died|death|founded|summit|visit|meeting|IPO|conference)\b(?:\s+(?:[\w'’-]+\s+){0,4}?)?(?:on|in|of|since|,)?\s*$",
    refuted=r"(?i)\breports?\s+that\b.*\b(?:was|were|are|is|proved|turned\s+out)\s+(?:to\s+be\s+)?(?:wrong|false|incorrect|inaccurate|untrue|unfounded)\b|\b(?:denied|dismissed|rejected)\s+(?:\w+\s+){0,2}reports?\s+that\b",
    abbreviations=frozenset({
        "Corp", "Co", "Inc", "Ltd", "Mr", "Ms", "Mrs", "Dr", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Sen", "Rep", "St",
        "U.S", "U.K", "D.C", "Gen", "Jr", "vs", "v", "Nos", "Co.", "etc",
        "Lt", "Lieut", "Col", "Maj", "Brig", "Capt", "Sgt", "Adm",
    }),
)
