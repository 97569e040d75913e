"""The vocabulary's fuzzy keys as hashes: the same neighbours as the keys as strings."""

from __future__ import annotations

import random

from listwatch.match.names import consonants, phonetic
from listwatch.screening.fuzzy import (
    ALIGNED_MAX,
    FuzzyKeys,
    hash_key,
    hash_texts,
    query_hashes,
    query_keys,
)
from listwatch.screening.index import NameIndex


def string_keys(token: str, short: bool = True, query: bool = False) -> list[str]:
    """The keys as strings (what the index kept before they were hashed); a query's
    three-letter word also looks up ``d`` + itself."""
    keys: list[str] = []
    if query and len(token) == 3 and not token.isdigit():
        keys.append("d" + token)
    if len(token) >= 4 and not token.isdigit():
        keys.append("d" + token)
        keys += ["d" + token[:i] + token[i + 1:] for i in range(len(token))]
    if len(token) >= 3 and not token.isdigit():
        keys.append("p" + phonetic(token))
        cons = consonants(token)
        if len(cons) >= (2 if short else 3):
            keys.append("c" + cons)
    return keys


WORDS = ["petrov", "petrova", "petrof", "ivanov", "ivanova", "anna", "ana", "hanna",
         "mohammed", "muhammad", "mohamed", "rosneft", "rosnefttrading", "trading", "1234",
         "ab", "abc", "xyz", "zelenskyy", "selenskyj", "жуков", "محمد", "東京", "ёлка",
         "khalid", "halid", "al", "ali", "oil", "gazprom", "gasprom", "𝔘nicode"]


def test_query_hashes_are_the_arrays_hashes() -> None:
    rng = random.Random(5)
    texts = WORDS + ["".join(rng.choice("abcdeéжم東𝔘") for _ in range(rng.randint(1, 12)))
                     for _ in range(300)]
    assert hash_texts(texts).tolist() == [hash_key(t) for t in texts]
    for tok in texts:
        for short in (True, False):
            assert [h for _, h in query_keys(tok, short)] == \
                   [hash_key(k) for k in string_keys(tok, short, query=True)], tok


def test_lookup_finds_what_a_dict_of_strings_finds() -> None:
    rng = random.Random(7)
    vocab = list(dict.fromkeys(WORDS + ["".join(rng.choice("aeiklmnorst") for _ in range(
        rng.randint(2, 9))) for _ in range(2000)]))
    ref: dict[str, list[int]] = {}
    for wid, tok in enumerate(vocab):
        for key in string_keys(tok):
            if wid not in ref.setdefault(key, []):
                ref[key].append(wid)
    keys = FuzzyKeys.build(vocab)
    queries = vocab[:300] + ["".join(rng.choice("aeiklmnorst") for _ in range(
        rng.randint(2, 9))) for _ in range(500)] + ["petrv", "mohamad", "rosnef", "hlid"]
    for q in queries:
        for short in (True, False):
            expected = [(k[0], ref[k]) for k in string_keys(q, short, query=True) if k in ref]
            assert keys.lookup(query_keys(q, short)) == expected, q


def test_index_expands_a_typo_and_survives_its_state() -> None:
    index = NameIndex.from_records([
        {"key": "t:1", "schema": "Person", "name": "Ivan Petrov"},
        {"key": "t:2", "schema": "Person", "name": "Mohammed Khalid"},
    ])
    assert index.expand("petrv") == {"petrov": 0.8}
    exp = index.expand("muhammed")
    assert exp.get("mohammed", 0.0) >= 0.8
    again = FuzzyKeys.from_state(index.fuzzy.state())
    assert again.hashes.tolist() == index.fuzzy.hashes.tolist()
    assert again.words.tolist() == index.fuzzy.words.tolist()
    assert not FuzzyKeys.empty().lookup(query_keys("petrov", False))
    # a three-letter word meets the four-letter words it is one letter short of
    assert index.expand("ivn").get("ivan") == 0.8


def test_many_words_looked_up_together_find_what_each_finds_alone() -> None:
    rng = random.Random(9)
    vocab = list(dict.fromkeys(WORDS + ["".join(rng.choice("aeiklmnorstжم") for _ in range(
        rng.randint(2, 14))) for _ in range(3000)]))
    keys = FuzzyKeys.build(vocab)
    queries = WORDS + vocab[:200] + ["".join(rng.choice("aeiklmnorstжм東") for _ in range(
        rng.randint(0, 16))) for _ in range(800)] + ["", "12345", "ab1", "petrv"]
    shorts = [rng.random() < 0.3 for _ in queries]
    together = keys.lookup_tokens(queries, shorts)
    assert sum(map(len, together)) > 500  # (many found: the test compares something)
    for q, short, found in zip(queries, shorts, together, strict=True):
        assert found == keys.lookup(query_keys(q, short)), q
    assert FuzzyKeys.empty().lookup_tokens(["petrov", "ab"], [False, True]) == [[], []]
    assert keys.lookup_tokens([], []) == []


def test_many_words_hashed_together_are_each_words_keys() -> None:
    rng = random.Random(11)
    # every length up to past ALIGNED_MAX, mixed in one call, in several scripts
    tokens = WORDS + ["".join(rng.choice("abcdeéжم東𝔘") for _ in range(rng.randint(
        0, ALIGNED_MAX + 8))) for _ in range(400)] + ["x" * (ALIGNED_MAX + 1), "12345"]
    shorts = [rng.random() < 0.5 for _ in tokens]
    hashes, slots = query_hashes(tokens, shorts)
    assert len(slots) == len(tokens)
    for tok, short, keys in zip(tokens, shorts, slots, strict=True):
        assert [(tag, int(hashes[p])) for tag, p in keys] == query_keys(tok, short), tok


def test_a_french_romanisation_finds_the_english_one() -> None:
    """A Russian name written the French way (ch for sh, ou for u, a final e) reaches the
    listed English spelling through retrieval, alone and in a batch; another surname of
    the same given name does not come back."""
    from listwatch.screening.screen import Screener

    rows = [{"key": "t:n", "schema": "Person", "name": "NARYSHKIN, Sergey Yevgenyevich"},
            {"key": "t:k", "schema": "Person", "name": "KOVALCHUK, Yuri Valentinovich"},
            {"key": "t:i", "schema": "Person", "name": "NARYSHEV, Sergey"}]
    index = NameIndex.from_records(rows)
    assert index.expand("narychkine").get("naryshkin", 0.0) >= 0.8
    assert index.expand("kovaltchouk").get("kovalchuk", 0.0) >= 0.8
    assert "naryshkin" not in index.expand("narochnik")  # (nothing French in it)
    s = Screener.from_index(index)
    for name, key in (("Sergueï Narychkine", "t:n"), ("Iouri Kovaltchouk", "t:k")):
        query = {"name": name, "schema": "Person"}
        assert [r["key"] for r in s.screen(query) if r["match"]] == [key]
        assert [r["key"] for r in s.screen_batch([query])[0] if r["match"]] == [key]
