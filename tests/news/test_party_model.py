"""The news party model: the shipped file is the rebuild of the stored candidates, the
stored candidates hold numbers and act types only, each name around an act is a candidate
(the ones the rules leave too), and the two thresholds decide as documented: a chosen
party is dropped under ``keep``, a left name added from ``add``, nothing changes with the
model off (articles and names invented for this test)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from listwatch.news import extract_article
from listwatch.news.errors import NewsModelError
from listwatch.news.party_model import (
    MODEL_PATH,
    Candidate,
    PartyModel,
    _current,
    load,
    recording,
    using,
)
from listwatch.news.sentence_model import _hash, features, train

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_party_model.py"
STORE = ROOT / "bench" / "party_candidates"

ARTICLE = (
    "Treasury sanctions three shipping firms\n\n"
    "WASHINGTON, March 4, 2025 - The Treasury Department on Tuesday designated Orvalis Trading LLC, "
    "Brennick Shipping Co and Tamsor Metals Ltd, which are owned by Halvard Group, for moving oil "
    "for the regime. A spokesman for Halvard Group declined to comment."
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=300, check=False)


def test_shipped_model_is_the_rebuild_of_the_stored_candidates() -> None:
    done = _run("train", "--check")
    assert done.returncode == 0, (done.stdout + done.stderr)[-2000:] + (
        "\nthe committed party model is stale: rebuild it with `python scripts/train_party_model.py train`")
    assert "the same bytes" in done.stdout


def test_stored_candidates_hold_numbers_and_act_types_only() -> None:
    files = sorted(STORE.glob("*.json"))
    assert {f.stem for f in files} >= {"dev", "written"} and len(files) >= 3
    types = {"designation", "removal", "legal_challenge", "injunction", "vacatur", "license", "deadline",
             "amendment", "ruling"}
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        assert set(doc) == {"format", "set", "read_by", "articles", "left_out", "data"}
        arts = json.loads(zlib.decompress(base64.b64decode(doc["data"])))
        assert len(arts) == doc["articles"]
        for a in arts:
            assert set(a) == {"counted", "cands"} and isinstance(a["counted"], int)
            for typ, chosen, label, gold, party, feats in a["cands"]:
                assert typ in types and chosen in (0, 1) and label in (-1, 0, 1)
                assert isinstance(gold, int) and isinstance(party, int)
                assert (gold >= 0) == (label == 1)
                assert len(base64.b64decode(feats)) % 4 == 0  # feature numbers, nothing else


def test_shipped_model_loads_in_canonical_form() -> None:
    model = load()
    assert 0.0 <= model.keep < model.add <= 1.01
    assert 0.0 <= model.last <= model.keep
    assert model.model.types == ("party",)
    assert model.dumps() == MODEL_PATH.read_bytes()


def test_unreadable_model_says_how_to_rebuild() -> None:
    with pytest.raises(NewsModelError, match="rebuild it with scripts/train_party_model.py"):
        PartyModel.loads(b'{"format": "listwatch-sentence-model/1"}')


def _candidates(text: str) -> list[Candidate]:
    got: list[Candidate] = []
    with recording(got):
        extract_article(text, published="2025-03-05")
    return got


def test_every_name_of_an_act_sentence_is_a_candidate() -> None:
    cands = _candidates(ARTICLE)
    des = {c.entity_name: c for c in cands if c.type == "designation"}
    # the three designees, and the owner told beside them: all candidates of the act
    assert {"Orvalis Trading LLC", "Brennick Shipping Co", "Tamsor Metals Ltd"} <= set(des)
    assert any("Halvard" in n for n in des)
    # the rules chose the designees, not the owner
    assert all(des[n].chosen for n in ("Orvalis Trading LLC", "Brennick Shipping Co", "Tamsor Metals Ltd"))
    assert not next(c for n, c in des.items() if "Halvard" in n).chosen
    # recording changes nothing the reader reports
    with using(None):
        plain = extract_article(ARTICLE, published="2025-03-05")["events"]
    got: list[Candidate] = []
    with recording(got):
        recorded = extract_article(ARTICLE, published="2025-03-05")["events"]
    assert recorded == plain
    # two names in one series share their place's features; the owner's differ
    a, b = set(des["Orvalis Trading LLC"].feats), set(des["Brennick Shipping Co"].feats)
    owner = set(next(c for n, c in des.items() if "Halvard" in n).feats)
    assert len(a & b) > len(a & owner)


def _constant(keep: float, add: float) -> PartyModel:
    """A real party model whose every candidate gets the same probability (a bias only)."""
    m = train([(features("x"), frozenset(["party"])), (features("x"), frozenset())], ("party",), steps=5)
    m.weights[:] = 0.0
    m.bias[:] = 0.0  # probability 0.5 for every candidate
    return PartyModel(m, keep, add)


def test_thresholds_drop_chosen_and_add_left_names() -> None:
    with using(None):
        rules = extract_article(ARTICLE, published="2025-03-05")["events"]
    assert rules, "the rules read the designation"
    with using(_constant(keep=0.6, add=1.01)):  # every chosen party under keep: one stays, and
        left = extract_article(ARTICLE, published="2025-03-05")["events"]  # its series with it
    assert len(rules) >= 3 and len({e["entity"] for e in left}) == 3
    assert {(e["type"], e["entity"]) for e in left} == {(e["type"], e["entity"]) for e in rules}
    with using(_constant(keep=0.0, add=1.01)):  # keep all, add none: the rules' events
        assert extract_article(ARTICLE, published="2025-03-05")["events"] == rules
    with using(_constant(keep=0.0, add=0.4)):  # every left name added, as a model event
        more = extract_article(ARTICLE, published="2025-03-05")["events"]
    added = [e for e in more if e["entity"] not in {r["entity"] for r in rules}]
    assert added and any("Halvard" in e["entity"] for e in added)
    assert all(e["found_by"] == "model" and e["type"] == "designation" for e in added)


def test_setting_turns_the_shipped_model_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the shipped model reads ARTICLE as the rules do, so the events alone could not
    # tell whether the setting was read: the model the reader would ask is checked too)
    monkeypatch.setenv("LISTWATCH_NEWS_PARTY_MODEL", "false")
    assert _current() is None
    off = extract_article(ARTICLE, published="2025-03-05")["events"]
    with using(None):
        assert extract_article(ARTICLE, published="2025-03-05")["events"] == off
    monkeypatch.setenv("LISTWATCH_NEWS_PARTY_MODEL", "true")
    assert _current() is load()
    on = extract_article(ARTICLE, published="2025-03-05")["events"]
    with using(load()):
        assert extract_article(ARTICLE, published="2025-03-05")["events"] == on


def test_rebuild_is_deterministic() -> None:
    rng = np.random.default_rng(3)
    ex = [(np.unique(rng.integers(0, 5000, 12)), frozenset(["party"]) if k % 3 else frozenset())
          for k in range(60)]
    one = PartyModel(train(ex, ("party",), steps=40), 0.2, 0.8, 0.1).dumps()
    two = PartyModel(train(ex, ("party",), steps=40), 0.2, 0.8, 0.1).dumps()
    assert one == two
    back = PartyModel.loads(one)
    assert (back.keep, back.add, back.last) == (0.2, 0.8, 0.1) and back.dumps() == one
    # a file written before the ``last`` threshold reads as one that never drops a type's last party
    doc = json.loads(one)
    del doc["last"]
    assert PartyModel.loads(json.dumps(doc).encode("ascii")).last == 0.0


def _kinds(text: str) -> dict[str, set[str]]:
    """Each left name's kinds of candidate (``next``, ``next-any``, ``next2``, ``line``)."""
    kinds = {k: _hash(f"where:{k}") for k in ("same", "next", "next-any", "next2", "line")}
    out: dict[str, set[str]] = {}
    for c in _candidates(text):
        feats = set(c.feats.tolist())
        out.setdefault(c.entity_name, set()).update(k for k, h in kinds.items() if h in feats)
    return out


def test_names_told_after_the_act_are_candidates_by_their_place() -> None:
    # a list laid out in lines after a lead-in that ends with a colon: every line, not
    # only the first, in English and in French
    en = _kinds("Ottawa widens its drone sanctions\n\nOTTAWA, May 12, 2025 - Canada on Monday sanctioned "
                "Halvik Marine Ltd, a shipper from Tallinn, along with these suppliers:\n- Velmora Dynamics Ltd\n"
                "- Quintera Aero LLC\n- Brask Components Inc\n\nThe measures freeze their assets.")
    assert en["Velmora Dynamics Ltd"] == {"next"}
    assert en["Quintera Aero LLC"] == en["Brask Components Inc"] == {"line"}
    fr = _kinds("Berne élargit ses mesures\n\nBERNE, 14 mars 2025 - Le Conseil fédéral a inscrit jeudi la "
                "société Torvane Logistik AG sur sa liste de sanctions, ainsi que les entités suivantes :\n"
                "• Pelmar Chemie GmbH\n• Ostrik Handel AG\n• Varnel Invest SA\n\nLes avoirs sont gelés.")
    assert fr["Ostrik Handel AG"] == fr["Varnel Invest SA"] == {"line"}
    # a series told two sentences after the act, a sentence between
    two = _kinds("Treasury acts on oil network\n\nWASHINGTON, April 2, 2025 - The Treasury on Tuesday "
                 "designated Kestrel Bunkering FZE for shipping crude. The department said the firm worked "
                 "with a broker. Its partners Dovrin Petroleum and Salvek Energy were also named in the order.")
    assert two["Dovrin Petroleum"] == two["Salvek Energy"] == {"next2"}
    # the next sentence of an act that is no listing (a court's halt)
    halt = _kinds("Court halts a listing\n\nLONDON, June 3, 2025 - A judge on Tuesday blocked the designation "
                  "of Corlith Mining Ltd pending a full hearing. Lawyers for Amberle Resources, its parent, "
                  "welcomed the order.")
    assert halt["Amberle Resources"] == {"next-any"}
    assert halt["Corlith Mining Ltd"] == {"same"}



def test_the_last_party_the_rules_chose_for_a_type_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # a party under keep is dropped while another party of its type stays; when every
    # party of a type falls under keep, the most probable of them stays unless it falls
    # under last too
    import listwatch.news.party_model as pmod

    text = ("Lisbon lists two trading houses\n\nLISBON, May 6, 2025 - The finance ministry on Monday "
            "designated Corvath Metals SA for supplying drone parts. It also designated Pellune Freight Lda "
            "for shipping them.")
    real = pmod.candidates
    seen: list[str] = []

    def spy(*args: object, **kwargs: object) -> list[Candidate]:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        seen[:] = [c.entity_name for c in out]
        return out

    monkeypatch.setattr(pmod, "candidates", spy)
    scores: dict[str, float] = {}

    class ByName(PartyModel):
        def probabilities(self, feats: list[np.ndarray]) -> np.ndarray:
            return np.array([scores.get(n, 0.9) for n in seen])

    model = ByName(_constant(keep=0.5, add=1.01).model, 0.5, 1.01)

    def names(given: dict[str, float]) -> set[str]:
        scores.clear()
        scores.update(given)
        with using(model):
            events = extract_article(text, published="2025-05-06")["events"]
        return {e["entity"] for e in events if e["type"] == "designation"}

    both = {"Corvath Metals SA", "Pellune Freight Lda"}
    assert names({}) == both
    assert names({"Corvath Metals SA": 0.2}) == {"Pellune Freight Lda"}
    assert names({"Corvath Metals SA": 0.2, "Pellune Freight Lda": 0.3}) == {"Pellune Freight Lda"}
    assert names({"Corvath Metals SA": 0.3, "Pellune Freight Lda": 0.2}) == {"Corvath Metals SA"}
    # under ``last`` as well, the most probable goes too: the article keeps no designation
    model.last = 0.25
    assert names({"Corvath Metals SA": 0.2, "Pellune Freight Lda": 0.1}) == set()
    assert names({"Corvath Metals SA": 0.3, "Pellune Freight Lda": 0.2}) == {"Corvath Metals SA"}
    assert names({"Corvath Metals SA": 0.2}) == {"Pellune Freight Lda"}  # (one above keep: no change)
    # told as one coordinated series, the two share the most probable one's decision
    model.last = 0.0
    text = ("Lisbon lists two trading houses\n\nLISBON, May 6, 2025 - The finance ministry on Monday "
            "designated Corvath Metals SA and Pellune Freight Lda for supplying drone parts.")
    assert names({"Corvath Metals SA": 0.2}) == both
    assert names({"Corvath Metals SA": 0.2, "Pellune Freight Lda": 0.3}) == both  # (kept as the last)
    model.last = 0.25
    assert names({"Corvath Metals SA": 0.2, "Pellune Freight Lda": 0.1}) == set()
    # an act's only party: dropped under ``last``, kept from it on
    single = ("Riga names a shipper\n\nRIGA, May 7, 2025 - The finance ministry on Tuesday designated "
              "Harvel Cargo SIA for carrying drone parts.")
    for given, kept in (({"Harvel Cargo SIA": 0.1}, False), ({"Harvel Cargo SIA": 0.3}, True)):
        scores.clear()
        scores.update(given)
        with using(model):
            events = extract_article(single, published="2025-05-07")["events"]
        assert any(e["entity"] == "Harvel Cargo SIA" for e in events) == kept


@pytest.mark.parametrize("args", [("loso", "--real", "/nowhere/pages_news40/V"),
                                  ("loso", "--real", "Z9=/nowhere/pages_news41/R"),
                                  ("collect", "Z9", "/nowhere/pages_news42/S"),
                                  ("collect", "V", "/nowhere/pages_news40/W"),
                                  ("collect", "Q40", "/nowhere/pages_news40/Q"),
                                  ("collect", "Z9", "/nowhere/pages_news44/B")])
def test_validation_and_hold_sets_are_never_read(args: tuple[str, ...]) -> None:
    done = _run(*args)
    assert done.returncode != 0 and "never" in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("text", [
    "The court upheld the designation of Kestrel Robotics on Tuesday.",
    "Le tribunal a confirmé mardi les sanctions visant Kestrel Robotics.",
    "On March 3, 2024, the judge dismissed the challenge brought by Talvex Robotics Ltd."])
def test_a_courts_ruling_is_not_judged_by_the_model(text: str) -> None:
    # the labelled sets have no type for a ruling, so the model learned every one of them as
    # false: it leaves a ruling's parties to the rules, even when it would drop everything
    drop_all = _constant(keep=0.6, add=1.01)
    drop_all.last = 0.6
    lang = "fr" if " le " in f" {text.lower()} " else "en"
    with using(None):
        rules = [e for e in extract_article(text, published="2024-03-05", language=lang)["events"] if e["type"] == "ruling"]
    assert rules, "the rules read the ruling"
    with using(drop_all):
        kept = [e for e in extract_article(text, published="2024-03-05", language=lang)["events"] if e["type"] == "ruling"]
    assert [e["entity"] for e in kept] == [e["entity"] for e in rules]


def test_the_model_still_judges_a_designation_beside_a_ruling() -> None:
    drop_all = _constant(keep=0.6, add=1.01)
    drop_all.last = 0.6
    text = ("The court upheld the designation of Kestrel Robotics on Tuesday. On Wednesday the Treasury "
            "designated Morvane Shipping for carrying oil.")
    with using(None):
        rules = {e["type"] for e in extract_article(text, published="2024-03-05")["events"]}
    with using(drop_all):
        left = {e["type"] for e in extract_article(text, published="2024-03-05")["events"]}
    assert {"ruling", "designation"} <= rules and left == {"ruling"}
