"""One name cut short by a field's length limit (a payment message's 35 characters)."""

from __future__ import annotations

from functools import lru_cache

from listwatch.match.normalize import PERSON, NormName, _ascii_words, normalize
from listwatch.match.params import PARAMS, TRUNCATED_MIN, NameResult
from listwatch.match.vocab import GENERIC_ORG_WORDS, STOPWORDS


def _truncation(a: NormName, b: NormName) -> NameResult | None:
    """One name is the other cut short (``cut_short``) and has two words that are neither
    stopwords nor generic business words (``LIMITED LIABILITY COMPANY PRODUCTIO`` starts
    too many names to say which). The score grows with the share of the longer name it
    covers, so the shortest completion ranks first."""
    cut = cut_short(a, b)
    if cut is None:
        return None
    short, covered = cut
    telling = [t for t in short.tokens if t not in STOPWORDS and t not in GENERIC_ORG_WORDS]
    if len(telling) < 2:
        return None
    score = PARAMS["truncated"] + 0.15 * covered
    return NameResult(min(score, PARAMS["cap_fuzzy"]),
                      f"one name is the start of the other, cut after "
                      f"{len(short.original.rstrip())} characters")


def cut_short(a: NormName, b: NormName) -> tuple[NormName, float] | None:
    """Whether one name is the other cut short, as a field's length limit cuts it (a
    payment message's 35 characters, a form's box): at least ``TRUNCATED_MIN`` characters
    long, its cleaned text, in written order, starts the other's (the last word may be cut
    anywhere). Returns the shorter name and the share of the other's text it covers."""
    ta, tb = written_text(a), written_text(b)
    short, long_, ts, tl = (a, b, ta, tb) if len(ta) < len(tb) else (b, a, tb, ta)
    if len(short.original) < TRUNCATED_MIN or not ts or not tl.startswith(ts):
        return None
    return short, len(ts) / len(tl)


def written_text(n: NormName) -> str:
    """``n.text``, or for a person written "FAMILY, Given" (whose text is turned to "Given
    FAMILY") the cleaned words in the order written: what a length limit cuts."""
    if n.kind == PERSON and "," in n.original:
        return _written(n.original)
    return n.text


@lru_cache(maxsize=50_000)
def _written(original: str) -> str:
    text = original.replace(",", " ")
    if text.isascii():
        # (what ``normalize(text, PERSON).text`` is for ASCII text: its words, cleaned,
        # joined; without the rest of a person's normalisation, or a place in its cache)
        return " ".join(_ascii_words(text.lower()))
    return normalize(text, PERSON).text

