"""The words a pattern needs (``regex_needs``): the test before a costly search must never
skip a text the pattern matches. Unit cases on small patterns of our own, then every
trigger of both language packs against the sentences of the written articles and
sentences written for this test (case changes, accented capitals, a dotless i)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from listwatch.news.lang import PACKS
from listwatch.news.regex_needs import Screen, fold, needs, possible
from listwatch.news.sentences import split_sentences
from listwatch.news.triggers import _mask_initialisms, find_triggers

ARTICLES = Path(__file__).parent / "articles"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bfrozen\b", ({"frozen"},)),
    # "\b" between two literals reads nothing: one string
    (r"ab\bcd", ({"abcd"},)),
    # each alternative gives a string; the set is their union
    (r"\b(?:seized|froze)\s+assets", ({"assets"}, {"seized", "froze"})),
    # a lookahead's words are in the text too
    (r"grant(?:ed|s)(?=[^.]{0,30}\bwaiver)", ({"waiver"}, {"grant"})),
    # optional parts, negative lookarounds and classes need nothing
    (r"(?:very\s+)?[a-z]+(?!\s+tomorrow)", ()),
    # an alternative that needs nothing makes the whole branch need nothing
    (r"(?:harbour|\d+)\s+dues", ({"dues"},)),
    # strings under three characters tell too little to be kept
    (r"\bto\s+an?\b", ()),
    # a repeat of one or more needs its body
    (r"(?:quay){1,3}", ({"quay"},)),
])
def test_needs(pattern: str, expected: tuple[set[str], ...]) -> None:
    assert needs(pattern, re.IGNORECASE) == tuple(frozenset(s) for s in expected)


def test_needs_in_lower_case() -> None:
    # a capital in the pattern is looked for in the folded text
    assert needs(r"(?-i:Kestrel)\s+Port") == (frozenset({"kestrel"}), frozenset({"port"}))
    assert possible(needs(r"(?-i:Kestrel)\s+Port"), fold("The KESTREL PORT authority"))


def test_fold_refuses_letters_lower_case_hides() -> None:
    # "ı" (dotless) matches "i" under re.IGNORECASE, and str.lower keeps it: no folding
    assert re.search("designated", "DESıGNATED", re.IGNORECASE)
    assert fold("DESıGNATED") is None
    assert possible(needs("designated", re.IGNORECASE), fold("DESıGNATED"))
    assert fold("Designated") == "designated"
    assert not possible(needs("designated", re.IGNORECASE), fold("Named in March"))


def test_screen_never_skips_a_match() -> None:
    texts = ["The harbour board froze the assets of Vantor Lines.", "Nothing happened today.",
             "ÉTÉ SAISIS: les avoirs ont été gelés."]
    patterns = [r"\bfroze\b", r"\bgel(?:é|és|ée|ées)\b", r"\bété\s+saisis\b", r"nothing\s+\w+"]
    screen = Screen(patterns, re.IGNORECASE)
    for text in texts:
        for pattern, maybe in zip(patterns, screen.may_match(text), strict=True):
            if re.search(pattern, text, re.IGNORECASE):
                assert maybe, (pattern, text)
    assert screen.may_match(texts[1]) == [False, False, False, True]


# sentences of our own: capitals, accents and initialisms around trigger words
OWN = [
    "THE TREASURY DESIGNATED KORVALD SHIPPING ON MONDAY.",
    "Pellion, fabricant de capteurs, a été ajouté mardi par Washington à sa liste noire.",
    "LE CONSEIL A LEVÉ LES SANCTIONS VISANT LA BANQUE DE ZEMBLA.",
    "A U.S. judge granted Orlane Robotics a preliminary injunction against the ban.",
    "The agency took Varnel Mining off its list, a spokesman said.",
]


def _sentences(lang: str) -> list[str]:
    out = list(OWN)
    for txt in sorted(ARTICLES.rglob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        out += [s.text for s in split_sentences(text, lang)]
    return out


@pytest.mark.parametrize("lang", sorted(PACKS))
def test_triggers_screen_keeps_every_match(lang: str) -> None:
    pack = PACKS[lang]
    screen = Screen([t.pattern for t in pack.triggers], re.IGNORECASE)
    compiled = [re.compile(t.pattern, re.IGNORECASE) for t in pack.triggers]
    matched = 0
    for sent in _sentences(lang):
        sent = _mask_initialisms(sent)
        for rx, maybe in zip(compiled, screen.may_match(sent), strict=True):
            if rx.search(sent):
                matched += 1
                assert maybe, (rx.pattern, sent)
    assert matched > 100  # (the sentences do hold triggers)


def test_triggers_found_through_the_screen() -> None:
    kinds = [t.event for t in find_triggers(OWN[0], "en")]
    assert kinds == ["designation"]
    assert "removal" in [t.event for t in find_triggers(OWN[2], "fr")]


def test_screen_finds_strings_as_a_search_would() -> None:
    # one pass of the automaton finds every needed string the text holds, overlapping or
    # nested ones too ("blacklist" holds "list"), accented ones too
    screen = Screen([r"\bblacklist", r"\blist(?:ed|ing)\b", r"\bgelée?s?\b", r"\bsanctions"])
    text = fold("Le groupe a été blacklisté; les avoirs gelés restent sous sanctions.")
    assert text is not None
    assert screen.present(text) == {"blacklist", "list", "gelé", "sanctions"}
    assert screen.may_match("Le groupe a été blacklisté; les avoirs gelés restent sous sanctions.") \
        == [True, True, True, True]
    assert Screen([r"\d+"]).may_match("42") == [True]  # (no string needed: always possible)
