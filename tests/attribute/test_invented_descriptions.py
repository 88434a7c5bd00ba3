"""Attribution on invented sentences: descriptions that refer back ("the judge", "the Ohio
Democrat"), organisations and "it", documents and their issuers or authors, a campaign for its
owner. Quotations are found with a plain regex (paired_quotes.attribute); moved from
tests/test_attribute.py (round 63)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")


def test_description_resolved_through_title():
    qs = attribute("Headline\n\nJudge Felicity Moran heard the case in the morning. The defence asked for "
                   "more time. “The court will not wait forever,” the judge said.")
    assert qs[0].speaker == "Felicity Moran"


def test_description_resolved_through_apposition():
    qs = attribute("Headline\n\nThe utility’s chief executive, Oskar Lind, met residents. Several residents "
                   "left early. “Bills will fall next year,” the chief executive said.")
    assert qs[0].speaker == "Oskar Lind"


def test_organisation_speaker_and_it():
    qs = attribute("Headline\n\nBrennock Foods reported a loss on Monday. It said demand had been "
                   "“weaker than we hoped.” The Ministry of Water said in a statement that supplies were “secure.”")
    assert qs[0].speaker == "Brennock Foods"
    assert qs[1].speaker == "Ministry of Water"


def test_organisation_head_wins_over_title_word():
    qs = attribute("Headline\n\nThe Justice Department said in a statement that the claim was “without merit.”")
    assert qs[0].speaker == "Justice Department"


def test_definite_role_refers_back_to_person_in_focus():
    qs = attribute("Headline\n\nThe coalition is finished, said Hal Pruitt on Monday.\n\n"
                   "In his weekly message the party leader said it was “time to go.”")
    assert qs[0].speaker == "Hal Pruitt"


def test_party_description_refers_back_and_light_verb_cue():
    qs = attribute("Headline\n\nHouse Leader Mae Fortin called the plan reckless on Sunday. "
                   "“This is juvenile,” the Ohio Democrat said. Later she made a joke about how "
                   "“nobody reads the bill.”")
    assert qs[0].speaker == "Mae Fortin"
    assert qs[1].speaker == "Mae Fortin"


def test_document_speaks_for_its_issuer_even_after_another_statement():
    qs = attribute("Headline\n\nIn the memo, chief executive Rhea Solberg wrote that the year had been hard. "
                   "In a statement, the firm Norland Metrics said it remained “well funded.” "
                   "The memo ended with a line: “I am sorry it was me.”")
    assert qs[0].speaker == "Norland Metrics"
    assert qs[1].speaker == "Rhea Solberg"


def test_definite_role_named_only_later_goes_to_the_person_in_focus():
    qs = attribute("Headline\n\nFilm director Tom Varga has said his next film will take four years.\n\n"
                   "The prize winner said there was a “real desire” to make it.\n\n"
                   "Later that night, prize winner Ada Lorne spoke at the gala.")
    assert qs[0].speaker == "Tom Varga"


def test_it_after_a_document_by_someone_is_the_author():
    qs = attribute("Headline\n\nMara Voss shared a post by Lee Tran, who was upset as well. It read:\n\n"
                   "“I watched the show and was disappointed.”")
    assert qs[0].speaker == "Lee Tran"


def test_owner_before_a_colon_speaks_and_org_names_keep_on():
    qs = attribute("Headline\n\nDana Holt chaired the Regional Commission on Water Supply, which reported in "
                   "1999. Among its main findings: “Meters must come first.”")
    assert qs[0].speaker == "Regional Commission on Water Supply"


def test_campaign_charged_after_quote_is_its_owner():
    qs = attribute("Headline\n\nBo Kettle is running against Senator Ann Pryce.\n\n"
                   "“Pryce has forgotten us,” Kettle’s campaign charged in a radio ad.")
    assert qs[0].speaker == "Bo Kettle"


def test_name_modifying_a_noun_after_the_is_not_an_organisation():
    qs = attribute("Headline\n\nPresident Ada Brock spoke in the morning. Meanwhile, the Brock administration "
                   "asked for money. Brock was asked how big the checks would be.\n\n“To be decided,” she said.")
    assert qs[0].speaker == "Ada Brock"
