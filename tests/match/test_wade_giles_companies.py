"""A Chinese company's house name in pinyin against Wade-Giles (``sino.same_chinese_head``):
joined, hyphenated or apart, with its apostrophes or without; and the pairs that must stay
apart (another syllable, pinyin on both sides, a house name alone)."""

from __future__ import annotations

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.normalize import ORG, normalize
from listwatch.match.sino import same_chinese_head
from listwatch.screening.bounds import upper_bounds


def _bound_holds(a: str, b: str, score: float) -> None:
    na, nb = normalize(a, ORG), normalize(b, ORG)
    assert upper_bounds(na, [nb])[0] >= score - 1e-9  # screening does not prune it
    assert upper_bounds(nb, [na])[0] >= score - 1e-9


@pytest.mark.parametrize(("a", "b"), [
    ("Zhonghua Optical Instruments Co., Ltd.", "Chung-hua Optical Instruments Co., Ltd."),
    ("Zhonghua Optical Instruments Co., Ltd.", "Chunghua Optical Instruments Co., Ltd."),
    ("Xinqiao Paper Mill Company Limited", "Hsin Ch'iao Paper Mill Company Limited"),
    ("Xinqiao Paper Mill Company Limited", "Hsin Chiao Paper Mill Company Limited"),
    ("Zhenbao Cable Group", "Chen-pao Cable Group"),   # PAO also a Russian legal form
    ("Cixi Rubber Works Corporation", "Tzu-hsi Rubber Works Corporation"),
])
def test_house_name_in_wade_giles_matches_pinyin(a, b):
    result = compare_names(a, b, "Company")
    assert result.match, (a, b, result.score)
    assert "Wade-Giles" in result.explanation[0]["detail"]
    _bound_holds(a, b, result.score)
    assert compare_names(b, a, "Company").score == pytest.approx(result.score, abs=0.02)


def test_the_rest_of_the_name_still_counts():
    same = compare_names("Zhonghua Optical Instruments Co., Ltd.",
                         "Chung-hua Optical Instruments Co., Ltd.", "Company")
    other = compare_names("Zhonghua Optical Instruments Co., Ltd.",
                          "Chung-hua Shipping Co., Ltd.", "Company")
    assert not other.match, other.score
    assert other.score < same.score


@pytest.mark.parametrize(("a", "b"), [
    # one syllable another: Chung-hu is Zhonghu, not Zhonghua
    ("Zhonghua Optical Instruments Co., Ltd.", "Chung-hu Optical Instruments Co., Ltd."),
    ("Xinqiao Paper Mill Company Limited", "Hsin-chou Paper Mill Company Limited"),
])
def test_another_syllable_is_another_house(a, b):
    na, nb = normalize(a, ORG), normalize(b, ORG)
    assert same_chinese_head(na.original, na.text, nb.original, nb.text) is None
    assert "Wade-Giles" not in compare_names(a, b, "Company").explanation[0]["detail"]


def test_pinyin_on_both_sides_written_alike_is_not_read_so():
    # Paichou is pinyin too (pai, another syllable than bai), and
    # pinyin zhi and ji share a key: with no sign of Wade-Giles and the house name joined
    # on both sides, the words are compared as written
    for a, b in [("Baizhou Shipping Group", "Paichou Shipping Group"),
                 ("Zhihua Textile Group", "Jihua Textile Group"),
                 ("Hongkong Canway Co., Limited", "Hong Kong Canway Co., Limited")]:
        na, nb = normalize(a, ORG), normalize(b, ORG)
        assert same_chinese_head(na.original, na.text, nb.original, nb.text) is None
    # (the same letters split differently keep their own, higher score)
    assert compare_names("Hongkong Canway Co., Limited", "Hong Kong Canway Co., Limited",
                         "Company").score >= 0.95


@pytest.mark.parametrize(("joined", "apart"), [
    ("Zhouhuang Mining Co., Ltd.", "Chou Huang Mining Co., Ltd."),
    ("Yangbai Logistics Company Limited", "Yang Pai Logistics Company Limited"),
    ("Huangdu Energy Investment Group", "Huang Tu Energy Investment Group"),
])
def test_pinyin_joined_against_syllables_apart_is_read_so(joined, apart):
    # every syllable of the apart side is pinyin too, but pinyin joins a name's
    # syllables: words apart that read as the joined name's Wade-Giles are that house
    result = compare_names(joined, apart, "Company")
    assert result.match, (joined, apart, result.score)
    assert "Wade-Giles" in result.explanation[0]["detail"]
    _bound_holds(joined, apart, result.score)
    other = compare_names(joined, apart.replace("Mining", "Shipping").replace(
        "Logistics", "Textile").replace("Energy", "Shipping"), "Company")
    assert not other.match, other.score


def test_a_house_name_alone_is_not_read_so():
    na, nb = normalize("Zhonghua", ORG), normalize("Chung-hua", ORG)
    assert same_chinese_head(na.original, na.text, nb.original, nb.text) is None
    na, nb = normalize("Zhonghua Trading", ORG), normalize("Chung-hua", ORG)
    assert same_chinese_head(na.original, na.text, nb.original, nb.text) is None


def test_persons_keep_their_own_rule():
    # a person's name in Wade-Giles goes through ``sino.same_chinese_name``, unchanged
    result = compare_names("Mao Zedong", "Mao Tse-tung", "Person")
    assert result.match and "house name" not in result.explanation[0]["detail"]


def test_the_first_letter_gate_lets_every_syllable_through():
    # (``same_chinese_head`` reads the other name only when its first letter may start a
    # syllable of the query's key's first letter: a necessary condition, never a filter
    # of a pair that reads alike)
    from listwatch.match.sino import _CAN_START, PINYIN_WG, WG_VARIANTS, _wg

    for syllable in [*PINYIN_WG, *PINYIN_WG.values(), *WG_VARIANTS]:
        assert syllable[0] in _CAN_START[_wg(syllable)[0]], syllable
    na, nb = normalize("Zhonghua Optical Instruments", ORG), normalize("Chung-hua Optical "
                                                                        "Instruments", ORG)
    assert same_chinese_head(na.original, na.text, nb.original, nb.text) == (1, 2)
    nb = normalize("Bank of Chung-hua", ORG)
    assert same_chinese_head(na.original, na.text, nb.original, nb.text) is None
