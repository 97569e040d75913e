"""The tables of words and of event types the news reader shares: each lives in one place,
and every module that needs it reads that one."""

from __future__ import annotations

from listwatch.news import lang
from listwatch.news.lang import (
    AGENCY_ACTS,
    COURT_EVENTS,
    EVENT_TYPES,
    LISTING_ACTS,
    RELIEF,
    UNDOING,
)


def test_type_groups_are_event_types() -> None:
    for group in (AGENCY_ACTS, COURT_EVENTS, LISTING_ACTS, RELIEF, UNDOING):
        assert group <= set(EVENT_TYPES)
    assert RELIEF < UNDOING and "ruling" in UNDOING - RELIEF
    assert LISTING_ACTS < AGENCY_ACTS
    assert not COURT_EVENTS & AGENCY_ACTS - RELIEF


def test_type_groups_have_one_home() -> None:
    from listwatch.news import court_nonparties, event_kinds, relief_asked, undone_measures

    assert court_nonparties.COURT_EVENTS is lang.COURT_EVENTS
    assert relief_asked.RELIEF is lang.RELIEF
    assert undone_measures.UNDOING is lang.UNDOING
    assert event_kinds.LISTING_ACTS is lang.LISTING_ACTS


def test_one_table_of_office_words() -> None:
    # (a post closes a capitalised run, and a title names nobody, from the same words)
    from listwatch.news.lang import PACKS
    from listwatch.news.names import _clean_name
    from listwatch.news.titles import title_only

    en = PACKS["en"]
    assert _clean_name("District Mayor", en) is None  # a post closed by "mayor", a title's word
    assert title_only("Director of Kenya")  # a title headed by "director", a post's word
    assert title_only("Vice-Président du Ghana") and not title_only("Vice Norland")
    assert _clean_name("Kestrel Marine", en) == "Kestrel Marine"


def test_one_helper_for_an_acronyms_initials() -> None:
    from listwatch.news import acronyms, organisations
    from listwatch.news.names import ACRONYM_GLUE, initials

    assert acronyms.ACRONYM_GLUE is organisations.ACRONYM_GLUE is ACRONYM_GLUE
    words = "Banque centrale des Assurances en Velmarie".split()
    assert "BCAV" in initials(words)  # glue aside, "en" too
    assert "BAV" in initials(words) and "BCDAEV" in initials(words)  # capitals only; every word


def test_one_table_of_legal_forms() -> None:
    # (a registered name may hold a word of state, whatever its legal form)
    from listwatch.news import acronyms, organisations
    from listwatch.news.lang import PACKS
    from listwatch.news.names import LEGAL_FORMS, _clean_name

    assert acronyms.LEGAL_FORMS is organisations.LEGAL_FORMS is LEGAL_FORMS
    en = PACKS["en"]
    assert _clean_name("Federal Grid Sarl", en) == "Federal Grid Sarl"
    assert _clean_name("State Kestrel Holding FZE", en) == "State Kestrel Holding FZE"


def test_one_helper_tells_running_text_from_a_headline() -> None:
    from listwatch.news.instruments import name_spans
    from listwatch.news.sentences import running_text

    assert running_text("Velmar said the Norland Trade Act would stay.")
    # (a headline's small words, English or French, are no running text for either reader)
    assert not running_text("Norland Trade Act Talks Resume avec Velmar")
    assert not running_text("Kestrel Removal Board Rules concerning Orvex")
    assert name_spans("Norland Trade Act Talks Resume avec Velmar") == []
    assert name_spans("Velmar said the Norland Trade Act would stay.") != []


def test_mentions_read_the_one_initials_helper() -> None:
    from listwatch.news.mentions import _initials

    # (a French name's lower-case words count, its glue does not, as for a defined acronym)
    assert "MLNV" in _initials("Mouvement libre national de Velmarie")
    assert {"PDVSA", "PVSA"} <= _initials("Petróleos de Velmarie S.A.")


def test_one_helper_finds_a_sentence_and_what_it_holds() -> None:
    from listwatch.news.names import Mention
    from listwatch.news.sentences import sentence_at, split_sentences, within

    text = "Velmar Trade was added. Orvex Ltd and Kestrel Marine were removed."
    sents = split_sentences(text, "en")
    second = sentence_at(sents, text.index("Kestrel"))
    assert second is not None and second.text.startswith("Orvex")
    assert sentence_at(sents, len(text) + 5) is None
    ms = [Mention(name=n, start=text.index(n), end=text.index(n) + len(n), text=n)
          for n in ("Kestrel Marine", "Velmar Trade", "Orvex Ltd")]
    assert [m.name for m in within(second, ms)] == ["Orvex Ltd", "Kestrel Marine"]


def test_one_table_of_an_authoritys_heads() -> None:
    from listwatch.news.acronyms import is_authority
    from listwatch.news.organisations import _lower_words_defined

    # (a law's long name defined by its short form is no party, in lower case too)
    assert _lower_words_defined("la Loi relative des marchés publics".split(), "Lrmp") is None
    assert _lower_words_defined("le Mouvement libre de Velmarie".split(), "Mlv") == "Mouvement libre de Velmarie"
    # (a bank defined by its acronym in capitals stays a party; in lower case it is a public one's)
    assert not is_authority("Velmar Development Bank") and is_authority("Velmar Trade Ministry")
    assert _lower_words_defined("la Banque centrale de Velmarie".split(), "Bcv") is None


def test_one_table_of_calendar_words() -> None:
    from listwatch.news.lang import calendar_words

    assert {"aout", "fevrier", "february", "dimanche", "may"} <= calendar_words(abbreviated=False)
    # (a month's short form is a calendar word alone, never inside a person's name)
    assert {"jan", "juil", "sept"} <= calendar_words() - calendar_words(abbreviated=False)


def test_an_authoritys_acronym_names_no_company() -> None:
    from listwatch.news import acronyms
    from listwatch.news.lang import PACKS
    from listwatch.news.names import AUTHORITY_ACRONYMS, _clean_name

    assert acronyms.AUTHORITY_ACRONYMS is AUTHORITY_ACRONYMS
    en = PACKS["en"]
    assert _clean_name("FCDO", en) is None and _clean_name("USTR", en) is None
    assert _clean_name("Kestrel Marine", en) == "Kestrel Marine"


def test_one_shape_of_a_triggers_place() -> None:
    from listwatch.news import attribution, relief_asked
    from listwatch.news.triggers import TriggerSpan

    assert attribution.Span is TriggerSpan and relief_asked._Span is TriggerSpan


def test_one_table_of_a_cases_roles() -> None:
    from listwatch.news import case_roles
    from listwatch.news.names import CASE_ROLES, _auth_word

    assert case_roles.CASE_ROLES is CASE_ROLES
    assert all(_auth_word(w) for w in CASE_ROLES)  # (a role is no name of its own)


def test_one_table_of_kin_words() -> None:
    from listwatch.news import attribution
    from listwatch.news.titled_items import next_titled_item

    # (a widow is a relative as a nephew is, in every reader of a tie of kin)
    assert not next_titled_item(" and the widow of ") and not next_titled_item(" and the nephew of ")
    assert next_titled_item(" and the harbour master ")
    assert attribution._KIN.search("his stepdaughter") and attribution._KIN.search("leur oncle")


def test_one_table_of_plural_kin_words() -> None:
    from listwatch.news import attribution, governed

    # (every reader of a family's plural knows the same words, in both languages)
    assert attribution._TIES_OF.search("the Treasury sanctioned three grandchildren of ")
    assert attribution._TIES_OF.search("le Trésor a sanctionné deux fils de ")
    assert governed._PLURAL_TIE.search("les maris de ")


def test_a_given_name_after_any_kin_word() -> None:
    from listwatch.news import mentions

    m = mentions._KIN_NAMED.search("The Treasury also named her stepson Petr, who ran the yard.")
    assert m is not None and m.group("n") == "Petr"
    assert mentions._KIN_NAMED.search("sa femme Irina") is not None
