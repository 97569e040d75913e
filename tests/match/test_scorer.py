"""The pairwise scorer: kinds of cases, ordering, identifiers, and F1 on labelled pairs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from listwatch.match.compare import compare_names, compare_pairs_csv
from listwatch.match.scorer import DEFAULT_THRESHOLD, Scorer

CASES = Path("name_matching_nomenklatura") / "2026-05-03" / "cases-dev.csv"


def score(a: str, b: str, schema: str = "Company") -> float:
    return compare_names(a, b, schema).score


def test_legal_forms_compare_as_forms() -> None:
    assert score("Siemens Aktiengesellschaft", "Siemens AG") >= 0.95
    assert score("CRYSTALORD LIMITED", "CRYSTALORD LTD") >= 0.95
    assert score("Deutsche Bank AG", "Deutsche Bank GmbH") < DEFAULT_THRESHOLD
    # a mild difference (Corp vs Co) still matches, just lower
    mild = score("HOMS REFINERY CORPORATION", "The Homs Refinery Company")
    assert DEFAULT_THRESHOLD <= mild < score("HOMS REFINERY CORP", "Homs Refinery Corporation")


def test_abbreviated_chinese_company() -> None:
    assert (
        score("CNOOC ENERGY TECH & SRVCES LTD", "CNOOC Energy Technology & Services Limited") > 0.9
    )


def test_scripts() -> None:
    assert score("小米", "XIAOMI") >= 0.9
    assert score("华为技术有限公司", "HUAWEI TECHNOLOGIES CO., LTD.") >= 0.9
    assert score("Роснефть", "Rosneft") >= 0.9
    assert score("Ротенберг Аркадий", "Arkadii Romanovich Rotenberg", "Person") >= 0.7
    assert score("فرناندو بيريز", "Fernando Pérez", "Person") >= 0.7
    # same CJK script: a different character is a different name
    assert score("习近朋", "习近平", "Person") < DEFAULT_THRESHOLD


def test_word_order_and_person_name_parts() -> None:
    assert score("Putin, Vladimir", "Vladimir Putin", "Person") >= 0.9
    assert score("Jinping Xi", "Xi Jinping", "Person") >= 0.85
    assert score("Hans J Friedrich", "Hans Joachim Friedrich", "Person") >= 0.7
    assert score("Vladimir Vladimirovich Putin", "Vladimir Putin", "Person") >= 0.7
    assert score("Sergey Prigozhin", "Yevgeny Prigozhin", "Person") < DEFAULT_THRESHOLD
    assert score("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI", "Person") < 0.7


def test_numbers_are_significant() -> None:
    assert score("BELLETECH CORP", "11420 CORP.") < 0.3
    assert score("Management Company 23", "Management Company") < DEFAULT_THRESHOLD
    assert score("Brigade Forty 4", "Brigade 44", "Organization") >= 0.9
    assert score("KKR Asian Fund III L.P.", "KKR Asian Fund IV L.P.") < score(
        "KKR Asian Fund III L.P.", "KKR Asian Fund III L.P."
    )


def test_ordering_among_strong_matches() -> None:
    exact = score("Gazprom Neft PJSC", "Gazprom Neft PJSC")
    cleaned = score("GAZPROM-NEFT, PJSC", "Gazprom Neft PJSC")
    forms = score("Gazprom Neft Public Joint Stock Company", "Gazprom Neft PJSC")
    reordered = score("Neft Gazprom PJSC", "Gazprom Neft PJSC")
    fuzzy = score("Gazprom Nefr PJSC", "Gazprom Neft PJSC")
    assert exact > cleaned > forms > reordered > fuzzy >= DEFAULT_THRESHOLD


def test_short_true_names_are_not_underscored() -> None:
    assert score("Hannibal", "Hanniball", "Person") >= 0.85
    assert score("Snow", "SNOW", "Vessel") >= 0.95
    assert score("Olaf Schloz", "Olaf Scholz", "Person") >= 0.85


def test_identifier_overrides_names() -> None:
    scorer = Scorer()
    a = {"schema": "Company", "names": ["Alpha Trading"], "identifiers": {"isin": ["US0000000001"]}}
    b = {
        "schema": "Company",
        "names": ["Omega Shipping"],
        "identifiers": {"isin": ["US0000000001"]},
    }
    res = scorer.compare(a, b)
    assert res.match and res.score >= 0.9
    assert any(e["feature"] == "identifier_match" for e in res.explanation)


def test_person_is_not_company() -> None:
    res = Scorer().compare(
        {"schema": "Person", "names": ["Siemens"]}, {"schema": "Company", "names": ["Siemens"]}
    )
    assert not res.match and res.score < 0.3


def test_qualifiers() -> None:
    scorer = Scorer()
    base = {
        "schema": "Person",
        "names": ["Ivan Petrov"],
        "birth_date": ["1970-01-02"],
        "country": ["ru"],
    }
    other = dict(base, birth_date=["1985-05-05"])
    assert scorer.compare(base, base).score > scorer.compare(base, other).score
    assert not scorer.compare(base, other).match
    abroad = dict(base, country=["ua"])
    assert scorer.compare(base, abroad).score < scorer.compare(base, base).score


def test_explanation_lists_features() -> None:
    res = compare_names("Deutsche Bank AG", "Deutsche Bank GmbH", "Company")
    features = {e["feature"] for e in res.explanation}
    assert {"name_similarity", "legal_form_conflict"} <= features
    assert all(e["description"] and "weight" in e for e in res.explanation)


def test_compare_pairs_csv(tmp_path: Path) -> None:
    src = tmp_path / "pairs.csv"
    src.write_text(
        "id,name1,name2,schema\n1,Siemens AG,Siemens Aktiengesellschaft,Company\n"
        "2,Olaf Scholz,Angela Merkel,Person\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert compare_pairs_csv(src, out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["match"] == "true" and rows[1]["match"] == "false"
    assert set(rows[0]) == {"id", "name1", "name2", "schema", "score", "match"}


def test_f1_on_labelled_pairs(shared_data: Path) -> None:
    with open(shared_data / CASES, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    tp = fp = fn = 0
    for row in rows:
        pred = compare_names(row["name1"], row["name2"], row["schema"]).match
        truth = row["is_match"] == "true"
        tp += pred and truth
        fp += pred and not truth
        fn += truth and not pred
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.92, f"F1 {f1:.3f}"


def test_consonant_scripts_against_latin() -> None:
    assert score("بشار الأسد", "Bashar al-Assad", "Person") >= 0.85
    assert score("اسامة بن لادن", "Osama bin Laden", "Person") >= 0.85
    # (אהוד writes two letters, h and d: a short skeleton is weaker evidence)
    assert score("אהוד אולמרט", "Ehud Olmert", "Person") >= DEFAULT_THRESHOLD
    assert score("김정은", "Kim Jong Un", "Person") >= DEFAULT_THRESHOLD


def test_generic_business_words_left_over_cost_less() -> None:
    """A word that says what kind of business it is (Trading, Group, International …),
    added or dropped, costs less than a name word; two such words facing each other still
    conflict (sister companies), and a one-word name stays weak evidence."""
    assert score("Seven Sea Golden General Trading LLC", "Seven Sea Golden General LLC") \
        >= DEFAULT_THRESHOLD
    assert score("Iran Electronics Industries", "Iran Electronics") >= DEFAULT_THRESHOLD
    assert score("Kalomer Bolts Group", "Kalomer Bolts") >= DEFAULT_THRESHOLD
    # a name word, not a generic one, left over: still below the threshold
    assert score("Liberty House Trading LLC", "Liberty Trading LLC") < DEFAULT_THRESHOLD
    assert score("Banco Santander Chile S.A.", "Banco Santander S.A.") < DEFAULT_THRESHOLD
    # different kinds of business facing each other conflict
    assert score("Kalomer Bolts Trading", "Kalomer Bolts Holding") < DEFAULT_THRESHOLD
    # one name word against that word and a generic one
    assert score("JFD International", "JFD") < DEFAULT_THRESHOLD
    # persons are not read that way
    assert score("Maria Group", "Maria", "Person") < DEFAULT_THRESHOLD


def test_names_cut_by_a_field_length_limit() -> None:
    """A name cut short (a payment message's 35 characters) matches the name it starts,
    the last word cut anywhere, persons written "FAMILY, Given" too; numbers in the part
    cut off are no mismatch; the shortest completion ranks first. Too short to have been
    cut, or nothing but a form and generic words left: no."""
    full = "PETERSBURG INTELLIGENT TRANSPORT LOGISTICS"
    assert score(full[:35], full) >= DEFAULT_THRESHOLD
    assert score(full[:35], "PETERSBURG INTELLIGENT TRANSPORT LOGISTICS AND SHIPPING OF "
                 "THE NORTH-WEST") < score(full[:35], full)
    person = "IVASHCHENKO, Kostyantyn Volodymyrovych"
    assert score(person[:35], person, "Person") >= DEFAULT_THRESHOLD
    long_ = "China Aerospace Science and Technology Corporation 1st Academy 702 Institute"
    assert score(long_[:35], long_, "Organization") >= DEFAULT_THRESHOLD
    assert score("Petersburg Intellig", "Petersburg Intelligent Transport") < DEFAULT_THRESHOLD
    assert score("LIMITED LIABILITY COMPANY PRODUCTIO",
                 "LIMITED LIABILITY COMPANY PRODUCTION ASSOCIATION INSISTENCE") \
        < DEFAULT_THRESHOLD
    # not a start of the other name: the usual comparison
    assert score("INTELLIGENT TRANSPORT LOGISTICS PETERSBURG", full) >= DEFAULT_THRESHOLD
    assert score("PETERSBURG INTELLIGENT TRANSPORT BANK", full) < DEFAULT_THRESHOLD


def test_organisation_words_cut_short() -> None:
    """In an organisation's name a word of 4+ letters that starts one at least 3 letters
    longer is that word cut short (PETROCHEM, TECHNOL); persons' surnames share starts
    too often (Lind / Lindemann) for that."""
    assert score("Jam Petrochem Company", "JAM PETROCHEMICAL COMPANY") >= DEFAULT_THRESHOLD
    assert score("Sahand Alum Parts Industrial", "Sahand Aluminum Parts Industrial") \
        >= DEFAULT_THRESHOLD
    assert score("Thomas Lind", "Thomas Lindemann", "Person") < DEFAULT_THRESHOLD
    # three letters are not enough, nor a word only one or two letters longer
    from listwatch.match.names import _clipped

    assert score("Jam Pet Company", "JAM PETROCHEMICAL COMPANY") < DEFAULT_THRESHOLD
    assert _clipped("petrochem", "petrochemical") and _clipped("technology", "tech" + "nol")
    assert not _clipped("pet", "petrochemical") and not _clipped("gold", "golden")


def test_a_word_dropped_from_a_long_organisation_name_costs_less() -> None:
    """The more telling words (not generic business words, not stopwords) two
    organisation names share, the less one word on one side only says: a word dropped
    from a long name still matches, one dropped from a short name or from a name of
    generic words does not."""
    long_name = "STATE ENTERPRISE FACTORY OF SPARKLING WINE NOVY SVET"
    assert score("State Enterprise of Sparkling Wine Novy Svet", long_name) >= 0.75
    assert score("Sirjan Steel Complex", "SIRJAN JAHAN STEEL COMPLEX") >= DEFAULT_THRESHOLD
    # the longer the shared part, the higher
    assert score("Sirjan Steel Complex", "SIRJAN JAHAN STEEL COMPLEX") < score(
        "State Enterprise of Sparkling Wine Novy Svet", long_name)
    # two telling words shared: the dropped word still weighs fully
    assert score("Sirjan Steel", "Sirjan Jahan Steel") < DEFAULT_THRESHOLD
    # generic words shared: NORTH was what told them apart
    assert score("Group Holding Corp.", "NORTH GROUP HOLDING CORP.") < DEFAULT_THRESHOLD
    # two words left over still cost
    assert score("Sirjan Steel Complex", "SIRJAN JAHAN NOVIN STEEL COMPLEX") \
        < DEFAULT_THRESHOLD


def test_words_that_are_not_near_have_no_similarity(shared_data: Path) -> None:
    """``names._near`` over-approximates ``token_sim > 0`` (for words of one script): the
    word alignment skips the pairs that are not near, the bound rules names out by it."""
    import random

    from listwatch.match.names import _near, token_sim
    from listwatch.match.normalize import kind_of, normalize

    with open(shared_data / CASES, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rng = random.Random(3)
    pairs = 0
    for r in rows:
        kind = kind_of(r["schema"])
        ta, tb = normalize(r["name1"], kind).tokens, normalize(r["name2"], kind).tokens
        # and typos of the first name's words: one or two letters dropped, swapped, changed
        typos = []
        for w in ta:
            for _ in range(2):
                chars = list(w)
                for _ in range(rng.randint(1, 2)):
                    if len(chars) > 2:
                        k = rng.randrange(len(chars) - 1)
                        op = rng.random()
                        if op < 0.33:
                            del chars[k]
                        elif op < 0.66:
                            chars[k], chars[k + 1] = chars[k + 1], chars[k]
                        else:
                            chars[k] = rng.choice("aeiklmnorstuyz")
                typos.append("".join(chars))
        for x in [*ta, *typos]:
            for y in tb:
                pairs += 1
                if token_sim(x, y) > 0:
                    assert _near(x, y), (x, y)
    assert pairs > 3000


def test_arabic_compounds_against_latin_by_whole_name_skeleton() -> None:
    """Arabic writes no short vowels and joins or splits compound names its own way:
    the whole-name consonant skeleton still meets the Latin spelling."""
    assert score("عبدالرحمان زاهد", "ABDUL RAHMAN ZAHED", "Person") >= DEFAULT_THRESHOLD
    assert score("جلال الدين حقانى", "JALALUDDIN HAQQANI", "Person") >= DEFAULT_THRESHOLD
    assert score("عزت الله حقاني", "EZATULLAH HAQQANI", "Person") >= DEFAULT_THRESHOLD
    # h is a letter in Arabic: the skeleton of Mohammad is not that of Ahmad
    from listwatch.match.names import skeletons

    assert not skeletons(("mhmd",), True) & skeletons(("ahmad",), False)
    assert skeletons(("mhmd",), True) & skeletons(("mohammad",), False)
    # a whole missing word is not a letter of difference
    assert score("عبدالرحمان آغا", "ABDELRAHMAN", "Person") < DEFAULT_THRESHOLD


def test_traditional_and_simplified_han_are_one_name() -> None:
    """華信船務 (traditional) is 华信船务: both read huaxin + shipping, as the list's Latin
    name HUAXIN SHIPPING HONGKONG LTD has it; 長安 reads chang'an as 长安 does."""
    from listwatch.match.normalize import ORG, normalize

    trad, simp = normalize("華信船務(香港)有限公司", ORG), normalize("华信船务(香港)有限公司", ORG)
    assert trad.tokens == simp.tokens == ("huaxin", "shipping", "hong", "kong")
    assert trad.native == simp.native
    assert score("華信船務(香港)有限公司", "HUAXIN SHIPPING HONGKONG LTD") >= DEFAULT_THRESHOLD
    assert normalize("長安", ORG).tokens == ("changan",)


def test_legal_form_words_apart_and_misspelt_forms() -> None:
    assert score("Joint Stock Locko Bank", "JOINT STOCK COMPANY LOCKO BANK") >= 0.9
    assert score("OBSHCHESTVO AKTSIONERNOE PYEZO", "AKTSIONERNOE OBSHCHESTVO PYEZO") >= 0.9
    assert score("TULUN INTERNATIONAL HOLDING ILMITED",
                 "TULUN INTERNATIONAL HOLDING LIMITED") >= 0.9
    # only a form the other name carries: without one, "public" is a name word
    assert score("Public Alpha Bank", "Alpha Bank") < DEFAULT_THRESHOLD


def test_one_word_forms_out_of_place_are_the_form() -> None:
    """Corporation, Co, SA are recognised as forms only at either end of a name; in the
    middle they are still the form the other name carries, not a name word."""
    assert score("trading corporation korea general cholsan",
                 "KOREA CHOLSAN GENERAL TRADING CORPORATION") >= DEFAULT_THRESHOLD
    assert score("BANCO SA CORPORATIVO", "BANCO CORPORATIVO SA") >= DEFAULT_THRESHOLD
    assert score("Alpha Corporation Trading", "ALPHA TRADING CORP") >= DEFAULT_THRESHOLD
    assert score("Alpha Corporation Trading", "ALPHA TRADING") < DEFAULT_THRESHOLD


def test_many_extra_words_never_make_a_person_name_score_high() -> None:
    """Each extra word of a person name costs more than the last; past the point where one
    costs everything the score stays at 0 (it once flipped sign with every further word,
    and two words in common with a 25-word alias list scored 0.97)."""
    aliases = ("Arfa Paint Company, Arfeh Company, Farasepehr Engineering Company, Hosseini "
               "Nejad Trading Co, Iran Saffron Company or Iransaffron Co, Shetab G, Shetab "
               "Gaman, Shetab Trading, Y.A.S. Co Ltd.")
    assert score("sepasad engineering copmany", aliases, "Person") < 0.1
    for extra in range(1, 30):
        name = "Ivan Petrov " + " ".join(f"w{chr(97 + i % 26)}x{i}" for i in range(extra))
        assert score("Ivan Petrov", name, "Person") <= score("Ivan Petrov", "Ivan Petrov Ivanovich", "Person")


def test_codes_with_other_numbers_do_not_match() -> None:
    """An aircraft registration or a unit code is its number: two of them with the same
    letters and other numbers are two things. A one-digit slip in a long number, and
    named things with other numbers (labelled the same in cases-dev), stay matches."""
    assert score("YV2965", "YV3033", "Airplane") < DEFAULT_THRESHOLD
    assert score("RA-28021", "RA-85446", "Airplane") < DEFAULT_THRESHOLD
    assert score("P-835", "1-P", "Person") < DEFAULT_THRESHOLD
    assert score("YV2965", "YV 2965", "Airplane") >= DEFAULT_THRESHOLD
    assert score("RA-28021", "RA-28012", "Airplane") >= DEFAULT_THRESHOLD
    assert score("Ms1-3", "MS-13", "Organization") >= DEFAULT_THRESHOLD
    assert score("Snow Storm 1", "Snow Storm 2", "Vessel") >= DEFAULT_THRESHOLD


def test_schema_veto_only_when_the_mismatch_outweighs_every_other_feature() -> None:
    from listwatch.match import features as ft

    assert Scorer().schema_veto()
    assert not Scorer().compatible("Organization", "Person")
    assert Scorer().compatible("Thing", "Vessel") and Scorer().compatible("LegalEntity", "Person")

    class Lenient(Scorer):
        ENTITY_FEATURES = [(fn, -0.5 if fn is ft.schema_mismatch else w)
                           for fn, w in Scorer.ENTITY_FEATURES]

    assert not Lenient().schema_veto()


def test_written_text_of_ascii_names_is_the_person_normalisation(shared_data: Path) -> None:
    """``names._written`` (the words of "FAMILY, Given" in the order written) reads ASCII
    names without a whole person normalisation: the same text as
    ``normalize(name with commas as spaces, PERSON).text``, on every labelled name."""
    from listwatch.match.names import _written
    from listwatch.match.normalize import PERSON, normalize

    with open(shared_data / CASES, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = [n for r in rows for n in (r["name1"], r["name2"])]
    names += ["O'BRIEN, Sean", "SMITH, J.R.", "AL-ASSAD, Bashar", "Mr. JONES, Tom 3rd",
              "DOE,John", ",", "", "Müller, Jörg", "IVASHCHENKO, Kostyantyn Volodymyrov"]
    names += [f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in names if " " in n]
    ascii_names = 0
    for name in names:
        assert _written(name) == normalize(name.replace(",", " "), PERSON).text, name
        ascii_names += name.isascii()
    assert ascii_names > 500


@pytest.mark.parametrize(("query", "listed"), [
    ("Apple Inc", "MAPLES SA"), ("Tesla Inc", "TESA"), ("Siemens AG", "JSC 'SZMN'"),
    ("Intel Corp", "INTER"), ("Zara SA", "SARA"), ("Adidas AG", "AL-QAIDA"),
    ("BASF SE", "The Base"), ("Ikea AB", "INEA"),
])
def test_a_famous_short_name_is_not_a_small_listed_one(query, listed):
    """A short telling word one keystroke or one skeleton apart, with legal forms that do
    not agree, is another company (issue 21)."""
    from listwatch.match.compare import compare_names

    assert compare_names(query, listed, "Company").score < 0.7


@pytest.mark.parametrize(("query", "listed"), [
    ("Appel Inc.", "Apple Inc."), ("Schell plc", "Shell plc"),
    ("Vital Holding S.A.", "Vitol Holding S.A."), ("Rosneft", "ROSNFT OAO"),
    ("General Mortars Company", "General Motors Company"), ("Tesla Inc", "TESLA"),
])
def test_typos_of_a_short_name_still_match(query, listed):
    from listwatch.match.compare import compare_names

    assert compare_names(query, listed, "Company").score >= 0.7


@pytest.mark.parametrize(("query", "listed"), [
    ("Abdelaziz Nuristani", "NURISTANI, Abdul Aziz"),
    ("Abdalrahman Zahed", "Abdul Rahman ZAHED"),
    ("Abdul Rahim Hamdan Dagalo", "DAGALO, Abdelrahim Hamdan"),
    ("Abdel Aziz Nuristani", "Abdulaziz NURISTANI"),
])
def test_an_abd_compound_joined_with_its_article_spelt_another_way(query: str, listed: str):
    """``Abdelaziz`` and ``Abdul Aziz`` are one given name (the article's vowel and the
    space are the writer's): a match, explained, and screening does not prune it; an
    ``Abd`` compound of another name is not."""
    from listwatch.match.names import compare_names as name_score
    from listwatch.match.normalize import PERSON, normalize
    from listwatch.screening.bounds import upper_bounds

    result = compare_names(query, listed, "Person")
    assert result.match and result.score >= 0.9, result.score
    a, b = normalize(query, PERSON), normalize(listed, PERSON)
    assert "Abd compound" in name_score(a, b).detail
    assert upper_bounds(a, [b])[0] >= name_score(a, b).score
    assert not compare_names(query.replace("ziz", "kim").replace("him", "mid").replace(
        "man", "mid"), listed, "Person").match


def test_legal_forms_cut_at_a_names_ends_as_trying_every_form() -> None:
    """The run-together reading cuts the forms at a name's ends looking only at the forms
    its end words open or close: the same text as trying every form, longest first."""
    from listwatch.match import names

    def every_form(text: str) -> str:
        words, cut = text.split(), True
        while cut:
            cut = False
            for form in names._FORM_PHRASES:
                n = len(form)
                if n < len(words) and tuple(words[len(words) - n:]) == form:
                    words, cut = words[:len(words) - n], True
                    break
                if n < len(words) and tuple(words[:n]) == form:
                    words, cut = words[n:], True
                    break
        return "".join(words)

    forms = [" ".join(form) for form in names._FORM_PHRASES]
    texts = [f"{a} nordwind handel {b}".strip() for a in ("", *forms[::7])
             for b in ("", *forms[::5])]
    texts += [f"{form} {form}" for form in forms] + ["", "llc", "kappa"]
    for text in texts:
        assert names._flat_without_forms.__wrapped__(text) == every_form(text), text
    assert names._flat_without_forms("ooo nordwind handel gmbh") == "nordwindhandel"
