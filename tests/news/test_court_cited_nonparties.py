"""What a court's sentence cites is no party of the case it tells: the law an article
belongs to, a precedent, a case number's suffix. Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _court_parties(text: str, lang: str) -> set[str]:
    res = extract_article(text, published="2025-03-12", language=lang)
    return {e["entity"] for e in res["events"]
            if e["type"] in ("legal_challenge", "injunction", "vacatur", "ruling")}


_CITED = [
    ("fr", "Dans son recours introduit au titre de l'article 263 TFUE, l'armateur Gleb Taravin conteste son "
           "inscription sur la liste des sanctions.", "TFUE", "Gleb Taravin"),
    ("en", "In an action under Article 263 TFEU, the trader Pavel Korsakov challenges his listing by the "
           "Council.", "TFEU", "Pavel Korsakov"),
    ("en", "Norvale Devices Ltd sued the Pentagon over its listing, citing CAATSA precedent in its complaint.",
     "CAATSA", "Norvale Devices Ltd"),
    ("en", "Kestrel Lines Ltd filed a lawsuit against its designation, leaning on precedent from the Zenfone "
           "litigation.", "Zenfone", "Kestrel Lines Ltd"),
    ("en", "The judge's order in Case T-88/23 RIII granted Olga Drozdova an injunction against her listing.",
     "RIII", "Olga Drozdova"),
]


@pytest.mark.parametrize(("lang", "text", "cited", "party"), _CITED)
def test_a_cited_law_precedent_or_case_suffix_is_no_party(lang: str, text: str, cited: str, party: str) -> None:
    parties = _court_parties(text, lang)
    assert not any(cited in p for p in parties)
    assert party in parties
