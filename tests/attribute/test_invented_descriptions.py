"""Attribution on invented sentences: descriptions that refer back ("the judge", "the Ohio
Democrat"), organisations and "it", documents and their issuers or authors, a campaign for its
owner. Quotations are found with a plain regex (paired_quotes.attribute); moved from
tests/test_attribute.py (round 63)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")


# Invented sentences whose test is only which speaker each quotation gets (index, speaker;
# None: nobody), one row per case; each row's id is the test it was written as.
SPEAKERS = [
    ("test_description_resolved_through_title",
     "Headline\n\nJudge Felicity Moran heard the case in the morning. The defence asked for "
     "more time. “The court will not wait forever,” the judge said.",
     ((0, "Felicity Moran"),)),
    ("test_description_resolved_through_apposition",
     "Headline\n\nThe utility’s chief executive, Oskar Lind, met residents. Several residents "
     "left early. “Bills will fall next year,” the chief executive said.",
     ((0, "Oskar Lind"),)),
    ("test_organisation_speaker_and_it",
     "Headline\n\nBrennock Foods reported a loss on Monday. It said demand had been "
     "“weaker than we hoped.” The Ministry of Water said in a statement that supplies were “secure.”",
     ((0, "Brennock Foods"), (1, "Ministry of Water"))),
    ("test_organisation_head_wins_over_title_word",
     "Headline\n\nThe Justice Department said in a statement that the claim was “without merit.”",
     ((0, "Justice Department"),)),
    ("test_definite_role_refers_back_to_person_in_focus",
     "Headline\n\nThe coalition is finished, said Hal Pruitt on Monday.\n\n"
     "In his weekly message the party leader said it was “time to go.”",
     ((0, "Hal Pruitt"),)),
    ("test_party_description_refers_back_and_light_verb_cue",
     "Headline\n\nHouse Leader Mae Fortin called the plan reckless on Sunday. "
     "“This is juvenile,” the Ohio Democrat said. Later she made a joke about how "
     "“nobody reads the bill.”",
     ((0, "Mae Fortin"), (1, "Mae Fortin"))),
    ("test_document_speaks_for_its_issuer_even_after_another_statement",
     "Headline\n\nIn the memo, chief executive Rhea Solberg wrote that the year had been hard. "
     "In a statement, the firm Norland Metrics said it remained “well funded.” "
     "The memo ended with a line: “I am sorry it was me.”",
     ((0, "Norland Metrics"), (1, "Rhea Solberg"))),
    ("test_definite_role_named_only_later_goes_to_the_person_in_focus",
     "Headline\n\nFilm director Tom Varga has said his next film will take four years.\n\n"
     "The prize winner said there was a “real desire” to make it.\n\n"
     "Later that night, prize winner Ada Lorne spoke at the gala.",
     ((0, "Tom Varga"),)),
    ("test_it_after_a_document_by_someone_is_the_author",
     "Headline\n\nMara Voss shared a post by Lee Tran, who was upset as well. It read:\n\n"
     "“I watched the show and was disappointed.”",
     ((0, "Lee Tran"),)),
    ("test_owner_before_a_colon_speaks_and_org_names_keep_on",
     "Headline\n\nDana Holt chaired the Regional Commission on Water Supply, which reported in "
     "1999. Among its main findings: “Meters must come first.”",
     ((0, "Regional Commission on Water Supply"),)),
    ("test_campaign_charged_after_quote_is_its_owner",
     "Headline\n\nBo Kettle is running against Senator Ann Pryce.\n\n"
     "“Pryce has forgotten us,” Kettle’s campaign charged in a radio ad.",
     ((0, "Bo Kettle"),)),
    ("test_name_modifying_a_noun_after_the_is_not_an_organisation",
     "Headline\n\nPresident Ada Brock spoke in the morning. Meanwhile, the Brock administration "
     "asked for money. Brock was asked how big the checks would be.\n\n“To be decided,” she said.",
     ((0, "Ada Brock"),)),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_descriptions_speakers(text, expected):
    qs = attribute(text)
    for i, speaker in expected:
        assert qs[i].speaker == speaker, (i, qs[i].speaker, qs[i].attribution_evidence)
