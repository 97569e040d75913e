"""Chinese names romanised in pinyin and in Wade-Giles: one key for both.

``PINYIN_WG`` maps each pinyin syllable (tones dropped, u-umlaut as ``v``) to its
Wade-Giles spelling without apostrophes or diacritics (zhang -> chang, xi -> hsi,
zedong -> tse tung). It was generated once from pypinyin's syllable table
(``pypinyin.style.convert(syllable, Style.WADEGILES)``, pypinyin 0.55) and is kept here as
data so that nothing is computed at import.

``sino_key(text)`` reads a Latin name as Chinese syllables (pinyin or Wade-Giles, words
joined or hyphenated) and writes each syllable in its Wade-Giles spelling: ``Guan Shulan``
and ``Kuan Shu-lan`` both give ``kuanshulan``, ``Mao Zedong`` and ``Mao Tse-tung``
``maotsetung``. A name that is not all Chinese syllables has no key.
"""

from __future__ import annotations

from functools import lru_cache

PINYIN_WG: dict[str, str] = {
    "a": "a", "ai": "ei", "an": "an", "ang": "ang", "ao": "ao", "ba": "pa", "bai": "pai",
    "ban": "pan", "bang": "pang", "bao": "pao", "bei": "pei", "ben": "pen", "beng": "peng",
    "bi": "pi", "bian": "pien", "biang": "piang", "biao": "piao", "bie": "pieh", "bin": "pin",
    "bing": "ping", "bo": "po", "bong": "pung", "bu": "pu", "ca": "tsa", "cai": "tsai",
    "can": "tsan", "cang": "tsang", "cao": "tsao", "ce": "tse", "cei": "tsei", "cen": "tsen",
    "ceng": "tseng", "cha": "cha", "chai": "chai", "chan": "chan", "chang": "chang",
    "chao": "chao", "che": "che", "chen": "chen", "cheng": "cheng", "chi": "chih",
    "chong": "chung", "chou": "chou", "chu": "chu", "chua": "chua", "chuai": "chuai",
    "chuan": "chuan", "chuang": "chuang", "chui": "chui", "chun": "chun", "chuo": "cho",
    "ci": "tzu", "cong": "tsung", "cou": "tsou", "cu": "tsu", "cuan": "tsuan", "cui": "tsui",
    "cun": "tsun", "cuo": "tso", "da": "ta", "dai": "tai", "dan": "tan", "dang": "tang",
    "dao": "tao", "de": "te", "dei": "tei", "den": "ten", "deng": "teng", "di": "ti",
    "dia": "tia", "dian": "tien", "diao": "tiao", "die": "tieh", "din": "tin", "ding": "ting",
    "diu": "tiu", "dong": "tung", "dou": "tou", "du": "tu", "duan": "tuan", "dui": "tui",
    "dun": "tun", "duo": "to", "e": "o", "ei": "ei", "en": "en", "eng": "eng", "er": "erh",
    "fa": "fa", "fan": "fan", "fang": "fang", "fei": "fei", "fen": "fen", "feng": "feng",
    "fiao": "fiao", "fo": "fo", "fou": "fou", "fu": "fu", "ga": "ka", "gai": "kai",
    "gan": "kan", "gang": "kang", "gao": "kao", "ge": "ko", "gei": "kei", "gen": "ken",
    "geng": "keng", "gong": "kung", "gou": "kou", "gu": "ku", "gua": "kua", "guai": "kuai",
    "guan": "kuan", "guang": "kuang", "gui": "kuei", "gun": "kun", "guo": "kuo", "ha": "ha",
    "hai": "hei", "han": "han", "hang": "hang", "hao": "hao", "he": "ho", "hei": "hei",
    "hen": "hen", "heng": "heng", "hm": "hm", "hng": "hng", "hong": "hung", "hou": "hou",
    "hu": "hu", "hua": "hua", "huai": "huai", "huan": "huan", "huang": "huang", "hui": "hui",
    "hun": "hun", "huo": "ho", "ji": "chi", "jia": "chia", "jian": "chien", "jiang": "chiang",
    "jiao": "chiao", "jie": "chieh", "jin": "chin", "jing": "ching", "jiong": "chiung",
    "jiu": "chiu", "ju": "chu", "juan": "chuan", "jue": "chueh", "jun": "chun", "ka": "ka",
    "kai": "kai", "kan": "kan", "kang": "kang", "kao": "kao", "ke": "ko", "kei": "kei",
    "ken": "ken", "keng": "keng", "kong": "kung", "kou": "kou", "ku": "ku", "kua": "kua",
    "kuai": "kuai", "kuan": "kuan", "kuang": "kuang", "kui": "kuei", "kun": "kun",
    "kuo": "kuo", "la": "la", "lai": "lei", "lan": "lan", "lang": "lang", "lao": "lao",
    "le": "le", "lei": "lei", "len": "len", "leng": "leng", "li": "li", "lia": "lia",
    "lian": "lien", "liang": "liang", "liao": "liao", "lie": "lieh", "lin": "lin",
    "ling": "ling", "liu": "liu", "lo": "lo", "long": "lung", "lou": "lou", "lu": "lu",
    "luan": "luan", "lun": "lun", "luo": "lo", "lv": "lu", "lve": "lueh", "m": "m", "ma": "ma",
    "mai": "mai", "man": "man", "mang": "mang", "mao": "mao", "me": "me", "mei": "mei",
    "men": "men", "meng": "meng", "mi": "mi", "mian": "mien", "miao": "miao", "mie": "mieh",
    "min": "min", "ming": "ming", "miu": "miu", "mo": "mo", "mou": "mou", "mu": "mu", "n": "n",
    "na": "na", "nai": "nei", "nan": "nan", "nang": "nang", "nao": "nao", "ne": "ne",
    "nei": "nei", "nen": "nen", "neng": "neng", "ng": "ng", "ni": "ni", "nia": "nia",
    "nian": "nien", "niang": "niang", "niao": "niao", "nie": "nieh", "nin": "nin",
    "ning": "ning", "niu": "niu", "nong": "nung", "nou": "nou", "nu": "nu", "nuan": "nuan",
    "nun": "nun", "nuo": "no", "nv": "nu", "nve": "nueh", "o": "o", "ou": "ou", "pa": "pa",
    "pai": "pai", "pan": "pan", "pang": "pang", "pao": "pao", "pei": "pei", "pen": "pen",
    "peng": "peng", "pi": "pi", "pian": "pien", "piao": "piao", "pie": "pieh", "pin": "pin",
    "ping": "ping", "po": "po", "pou": "pou", "pu": "pu", "qi": "chi", "qia": "chia",
    "qian": "chien", "qiang": "chiang", "qiao": "chiao", "qie": "chieh", "qin": "chin",
    "qing": "ching", "qiong": "chiung", "qiu": "chiu", "qu": "chu", "quan": "chuan",
    "que": "chueh", "qun": "chun", "ran": "jan", "rang": "jang", "rao": "jao", "re": "je",
    "ren": "jen", "reng": "jeng", "ri": "jih", "rong": "jung", "rou": "jou", "ru": "ju",
    "rua": "jua", "ruan": "juan", "rui": "jui", "run": "jun", "ruo": "jo", "sa": "sa",
    "sai": "sei", "san": "san", "sang": "sang", "sao": "sao", "se": "se", "sen": "sen",
    "seng": "seng", "sha": "sha", "shai": "shei", "shan": "shan", "shang": "shang",
    "shao": "shao", "she": "she", "shei": "shei", "shen": "shen", "sheng": "sheng",
    "shi": "shih", "shou": "shou", "shu": "shu", "shua": "shua", "shuai": "shuai",
    "shuan": "shuan", "shuang": "shuang", "shui": "shui", "shun": "shun", "shuo": "sho",
    "si": "ssu", "song": "sung", "sou": "sou", "su": "su", "suan": "suan", "sui": "sui",
    "sun": "sun", "suo": "so", "ta": "ta", "tai": "tai", "tan": "tan", "tang": "tang",
    "tao": "tao", "te": "te", "tei": "tei", "teng": "teng", "ti": "ti", "tian": "tien",
    "tiao": "tiao", "tie": "toeh", "ting": "ting", "tong": "tung", "tou": "tou", "tu": "tu",
    "tuan": "tuan", "tui": "tui", "tun": "tun", "tuo": "to", "wa": "wa", "wai": "wei",
    "wan": "wan", "wang": "wang", "wei": "wei", "wen": "wen", "weng": "weng", "wo": "wo",
    "wong": "wung", "wu": "wu", "xi": "hsi", "xia": "hsia", "xian": "hsien", "xiang": "hsiang",
    "xiao": "hsiao", "xie": "hsieh", "xin": "hsin", "xing": "hsing", "xiong": "hsiung",
    "xiu": "hsiu", "xu": "hsu", "xuan": "hsuan", "xue": "hsueh", "xun": "hsun", "ya": "ya",
    "yan": "yen", "yang": "yang", "yao": "yao", "ye": "yeh", "yi": "i", "yin": "yin",
    "ying": "ying", "yo": "yo", "yong": "yung", "you": "yu", "yu": "yu", "yuan": "yuan",
    "yue": "yueh", "yun": "yun", "za": "tsa", "zai": "tsai", "zan": "tsan", "zang": "tsang",
    "zao": "tsao", "ze": "tse", "zei": "tsei", "zen": "tsen", "zeng": "tseng", "zha": "cha",
    "zhai": "chai", "zhan": "chan", "zhang": "chang", "zhao": "chao", "zhe": "che",
    "zhei": "chei", "zhen": "chen", "zheng": "cheng", "zhi": "chih", "zhong": "chung",
    "zhou": "chou", "zhu": "chu", "zhua": "chua", "zhuai": "chuai", "zhuan": "chuan",
    "zhuang": "chuang", "zhui": "chui", "zhun": "chun", "zhuo": "cho", "zi": "tzu",
    "zong": "tsung", "zou": "tsou", "zu": "tsu", "zuan": "tsuan", "zui": "tsui", "zun": "tsun",
    "zuo": "tso",
}

#: older Wade-Giles spellings still met (Chu Teh for Zhu De), -> the table's spelling
WG_VARIANTS: dict[str, str] = {"teh": "te", "szu": "ssu", "yu": "yu"}
#: syllables written alike in both systems for different sounds: without its apostrophe
#: Wade-Giles ``ch'i`` (pinyin qi) is the pinyin syllable ``chi`` (Wade-Giles chih), so
#: the key reads both as one (Liu Shao-ch'i ~ Liu Shaoqi, Chu Jung-chi ~ Zhu Rongji)
_LOOSE: dict[str, str] = {"chih": "chi", "shih": "shi", "jih": "ji"}
#: every syllable either system writes (pinyin, and Wade-Giles without apostrophes)
SYLLABLES: frozenset[str] = (frozenset(PINYIN_WG) | frozenset(PINYIN_WG.values())
                             | frozenset(WG_VARIANTS))
_LONGEST = max(len(s) for s in SYLLABLES)


def _wg(syllable: str) -> str:
    wg = WG_VARIANTS.get(syllable) or PINYIN_WG.get(syllable, syllable)
    return _LOOSE.get(wg, wg)


@lru_cache(maxsize=50_000)
def _segment(word: str) -> tuple[str, ...] | None:
    """The fewest syllables that spell ``word`` (None if it cannot be spelled so)."""
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        done = best[i]
        if done is None:
            continue
        for j in range(i + 1, min(n, i + _LONGEST) + 1):
            part = word[i:j]
            if part in SYLLABLES:
                cand = (*done, part)
                if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = cand
    return best[n]


@lru_cache(maxsize=50_000)
def sino_key(tokens: tuple[str, ...]) -> str | None:
    """The Wade-Giles key of a name's words, or None when a word is not all Chinese
    syllables or the name has a single syllable."""
    out: list[str] = []
    for tok in tokens:
        parts = _segment(tok)
        if not parts:
            return None
        out.extend(_wg(p) for p in parts)
    return "".join(out) if len(out) >= 2 else None



#: a Chinese name's words: one or two syllables each (Chang Hsiao-ming, Zhang Xiaoming),
#: a family name and a given name of one or two syllables
_CHINESE_WORDS = (2, 3)


#: (small: in a batch 94 % of its hits come within 256 calls of the name's last one;
#: 50,000 held 14 MB in each worker: bench/NOTES.md)
@lru_cache(maxsize=4096)
def chinese_syllables(tokens: tuple[str, ...]) -> bool:
    """Whether a Latin name reads as a Chinese person's name: two or three words, each
    one or two Chinese syllables (pinyin or Wade-Giles), three syllables at most in all
    (``Li Cheng He``, ``Chang Hsiao-ming`` read as its three words, ``Zhang Xiaoming``);
    not ``Anna Maria Li`` (ma-ri-a)."""
    if not _CHINESE_WORDS[0] <= len(tokens) <= _CHINESE_WORDS[1]:
        return False
    count = 0
    for tok in tokens:
        parts = _segment(tok)
        if not parts or len(parts) > 2:
            return False
        count += len(parts)
    return count <= 3



def wade_giles_signal(original: str, tokens: tuple[str, ...]) -> bool:
    """Whether a name shows Wade-Giles rather than only pinyin: an apostrophe or a hyphen
    inside its words (Tse-tung, Ch'en), a u-umlaut (Chün), or a syllable pinyin does not
    have (hsi, chih)."""
    if "-" in original or "'" in original or "\u2019" in original or "ü" in original.lower():
        return True  # (ü: Wade-Giles writes it, pinyin names on lists do not: Wang Chün)
    for tok in tokens:
        parts = _segment(tok)
        if parts and any(p not in PINYIN_WG for p in parts):
            return True
    return False


def same_chinese_name(a_original: str, a_tokens: tuple[str, ...], b_original: str,
                      b_tokens: tuple[str, ...]) -> bool:
    """Two Latin names that are one Chinese name, one side written in Wade-Giles, the
    family name first on one side and last on the other or in the same place on both
    (``Kuo Yun-nien`` ~ ``GUO, Yunnian``, which a list's ``FAMILY, Given`` puts last); or
    both in pinyin, the given name's syllables joined on one side, apart on the other,
    and the family name at the other end (``He Weiguo`` ~ ``Wei Guo He``)."""
    key = sino_key(a_tokens)
    if key is None:
        return False
    if not (wade_giles_signal(a_original, a_tokens) or wade_giles_signal(b_original, b_tokens)):
        if len(a_tokens) == len(b_tokens):
            return False  # (pinyin on both sides, word for word: compared word by word)
        # (pinyin on both sides, the given name joined on one side and the family name
        # moved to the other end: He Weiguo ~ Wei Guo He)
    elif key == sino_key(b_tokens):
        return True
    return len(b_tokens) >= 2 and key in (sino_key((*b_tokens[1:], b_tokens[0])),
                                          sino_key((b_tokens[-1], *b_tokens[:-1])))


#: a company's house name read as Chinese syllables: its first words, three at most,
#: two to four syllables in all (Zhonghua, Chung-hua, Chung Hua Kuo)
_HEAD_WORDS = 3
_HEAD_SYLLABLES = (2, 4)


@lru_cache(maxsize=4096)
def chinese_heads(tokens: tuple[str, ...]) -> tuple[tuple[int, str, bool], ...]:
    """The opening runs of a company name's words that read as Chinese syllables:
    ``(words, Wade-Giles key, a syllable pinyin lacks)`` for each run of two to four
    syllables (``Chung Hua Electronic``: ``(2, 'chunghua', False)``; ``Hsi Hsiung
    Pharmaceutical``: ``(2, 'hsihsiung', True)``); () when the first word is not one."""
    out: list = []
    syllables: list = []
    wade_giles = False
    for k in range(min(len(tokens), _HEAD_WORDS)):
        parts = _segment(tokens[k])
        if not parts:
            break
        for part in parts:
            syllables.append(_wg(part))
            if part not in PINYIN_WG:
                wade_giles = True
        if len(syllables) > _HEAD_SYLLABLES[1]:
            break
        if len(syllables) >= _HEAD_SYLLABLES[0]:
            out.append((k + 1, "".join(syllables), wade_giles))
    return tuple(out)


def _head_written_wg(original: str, words: int) -> bool:
    """Whether a name's first ``words`` words are written as Wade-Giles writes them: a
    hyphen or an apostrophe inside them (Chung-hua, T'ien)."""
    head = original.split(None, words)[:words]
    return any("-" in w.strip("-") or "'" in w or "\u2019" in w for w in head)


#: the first letters a word may start with whose syllables' Wade-Giles key starts with a
#: given letter (pinyin zh, j, q -> ch; x -> hs; z, c -> ts; b -> p ...; and Wade-Giles as
#: written): a pair whose other name cannot start so has no house name in common
_CAN_START: dict[str, frozenset[str]] = {}
for _p, _w in [*PINYIN_WG.items(), *((w, w) for w in PINYIN_WG.values()),
               *WG_VARIANTS.items()]:
    _key = _wg(_p)
    _CAN_START[_key[0]] = _CAN_START.get(_key[0], frozenset()) | {_p[0]}


@lru_cache(maxsize=4096)
def _text_heads(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str, bool], ...]]:
    """A name's text's first words and ``chinese_heads`` of them (a name is met again and
    again in screening: its text is the key)."""
    words = tuple(text.split(None, _HEAD_WORDS)[:_HEAD_WORDS])
    return words, chinese_heads(words)


def same_chinese_head(a_original: str, a_text: str, b_original: str,
                      b_text: str) -> tuple[int, int] | None:
    """Two company names that open with one Chinese house name, written in pinyin on one
    side and in Wade-Giles on the other, joined, hyphenated or apart (``Zhonghua
    Electronic`` ~ ``Chung-hua Electronic``, ``Xixiong`` ~ ``Hsi Hsiung``): the number of
    words of each name's text the house name takes, or None. The texts are read, not
    the name words, as a syllable may also be a legal form's abbreviation (PAO). Both
    names go on after it, and one side shows Wade-Giles (a syllable pinyin lacks, or a
    hyphen or apostrophe inside the house name) or writes the house name in words apart
    where the other joins it in one word (``Zhouhuang`` ~ ``Chou Huang``: every syllable
    pinyin too, but pinyin joins a name's syllables); pinyin against pinyin written alike
    is compared word by word (zhi and ji share a key: ``Baizhou`` / ``Paichou``)."""
    words_a, heads_a = _text_heads(a_text)
    if not heads_a or b_text[:1] not in _CAN_START[heads_a[0][1][0]]:
        return None
    words_b, heads_b = _text_heads(b_text)
    if not heads_b:
        return None
    for ka, key, wg_a in heads_a:
        for kb, key_b, wg_b in heads_b:
            if (key == key_b and words_a[:ka] != words_b[:kb]
                    and len(a_text) > len(" ".join(words_a[:ka]))
                    and len(b_text) > len(" ".join(words_b[:kb]))
                    and (wg_a or wg_b or _head_written_wg(a_original, ka)
                         or _head_written_wg(b_original, kb)
                         or ((ka == 1) != (kb == 1)
                             and "".join(words_a[:ka]) != "".join(words_b[:kb])))):
                # (pinyin on both sides: only the house name joined on one side and
                # written apart, other letters, on the other, as pinyin joins a name's
                # syllables and Wade-Giles parts them: Zhouhuang ~ Chou Huang; Hongkong
                # ~ Hong Kong is the same letters, split differently)
                return ka, kb
    return None


__all__ = ["PINYIN_WG", "SYLLABLES", "chinese_heads", "chinese_syllables", "same_chinese_head", "same_chinese_name", "sino_key", "wade_giles_signal"]
