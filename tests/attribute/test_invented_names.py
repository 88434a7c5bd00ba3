"""Attribution on invented sentences: the canonical name and the role words around it
(surname to full name, honorifics, titles and offices that stay in the role, initials, a link
blurb flattened into the text, "said <role>, <Name>"). Quotations are found with a plain regex
(paired_quotes.attribute); moved from tests/test_attribute.py (round 63)."""

from __future__ import annotations

import pytest

from onrecord.names import same_person
from paired_quotes import attribute

pytest.importorskip("spacy")


def test_surname_mention_reports_full_canonical_name():
    qs = attribute("Headline\n\nCouncillor Ines Varga tabled the motion last week. "
                   "Critics were unconvinced. “It is a fair deal,” Varga said on Tuesday.")
    assert qs[0].speaker == "Ines Varga"


def test_honorific_stripped_and_fullest_form_kept():
    qs = attribute("Headline\n\nDr. Hana Brill leads the clinic. “Waiting lists are falling,” Dr. Brill said.")
    assert qs[0].speaker == "Hana Brill"


def test_title_with_period_in_inverted_attribution():
    qs = attribute("Headline\n\n“This is the bottom line,” said Sen. Marta Quist, a Democrat.")
    assert qs[0].speaker == "Marta Quist"


def test_canonical_name_is_compatible_with_shared_name_logic():
    qs = attribute("Headline\n\nProfessor Idris Kahn-Mola spoke. “Data first,” Kahn-Mola said.")
    assert qs[0].speaker == "Idris Kahn-Mola"
    assert same_person("Kahn-Mola", qs[0].speaker)


def test_inverted_attribution_with_role_words_between_capitals():
    qs = attribute("Headline\n\n“We need new shoes,” said Harbour County party committeewoman Ida Brook.")
    assert qs[0].speaker == "Ida Brook"


def test_headline_adjective_is_not_part_of_the_name():
    qs = attribute("Defiant Nora Vale: ‘I will not resign’\n\nNora K. Vale, the port director, spoke on Friday. "
                   "“I will not resign,” Ms. Vale said.")
    assert qs[0].speaker == "Nora K. Vale"
    assert qs[1].speaker == "Nora K. Vale"


def test_office_of_title_stays_in_the_role():
    qs = attribute("Headline\n\nSecretary of State Lena Hoff denied any “delay” on Tuesday.")
    assert qs[0].speaker == "Lena Hoff"


def test_acronym_period_inside_inverted_attribution():
    qs = attribute("Headline\n\n“The ban cannot stand,” wrote U.S. District Judge Lena Ortiz in the ruling.")
    assert qs[0].speaker == "Lena Ortiz"


def test_party_word_opening_a_name_is_a_role():
    qs = attribute("Headline\n\nIncumbent Republican Dale Harmon faced the voters on Monday. "
                   "“I will not back down,” Senator Harmon said.")
    assert qs[0].speaker == "Dale Harmon"


def test_boss_is_a_title():
    qs = attribute("Headline\n\nBoss Gary Munro said he would let the striker go. "
                   "He added: “It just has not worked out.”")
    assert qs[0].speaker == "Gary Munro"


def test_flattened_link_blurb_is_skipped():
    # a news site's related-story tooltip flattened into the text: display name, full name glued
    # to invented headlines, "MORE", then the real attribution
    text = ("Headline\n\n“We will hold the line on spending,” Rep. Tom Quill Thomas (Tom) Aldo QuillSenate "
            "passes harbour bill Farmers want ‘fair deal’ on water MORE (R-Ore.) told reporters.")
    qs = attribute(text)
    assert qs[0].speaker == "Tom Quill"
    assert qs[1].speaker is None  # the headline's quotation inside the blurb


def test_and_inside_a_committee_role_is_not_a_joint_speaker():
    qs = attribute("Headline\n\n“This bill is our promise,” House Rules and Budget Chairman Ken Rallo said in a "
                   "statement.")
    assert qs[0].speakers == ["Ken Rallo"]


def test_delegate_is_a_title():
    qs = attribute("Headline\n\nDelegate Maria Lopez Tan, who represents the island, criticised the plan. "
                   "“We are running out of funds,” she told reporters.")
    assert qs[0].speaker == "Maria Lopez Tan"


def test_second_initial_that_is_also_an_article_stays_in_the_name():
    qs = attribute("Headline\n\nThe study was led by Professor T. A. Marlowe, its co-author. "
                   "Marlowe said spending fell. He wondered if it would be “enough to matter.”")
    assert qs[0].speaker == "T. A. Marlowe"


def test_inverted_said_role_then_comma_then_name():
    qs = attribute("Headline\n\nThe guild said it expected calm. “Rates will hold,” said Kestrel guild chief "
                   "economist, Tove Arlen. “They should.”")
    assert [q.speaker for q in qs] == ["Tove Arlen", "Tove Arlen"]


def test_inverted_said_role_abbreviation_then_comma_then_name():
    # "said the group's CEO, Suzanne X": the role an upper-case abbreviation (corpus read,
    # twelfth session: the words went to nobody, then to a president named further back)
    qs = attribute("Headline\n\nHarbour Watch criticised the sale. “This is misguided,” said the group’s "
                   "CEO, Tove Arlen. “They should stop.”")
    assert [q.speaker for q in qs] == ["Tove Arlen", "Tove Arlen"]


def test_inverted_said_possessive_owner_role_comma_name():
    qs = attribute("Headline\n\nBram Holt’s campaign has a new leader. “He understands the stakes,” said Holt’s "
                   "new campaign chief, Ilse Varnum, in front of the delegates.")
    assert qs[0].speaker == "Ilse Varnum"


def test_possessive_outlet_is_not_glued_to_the_name():
    qs = attribute("Headline\n\nThe scenes were cut because complaints are “pursued hard”, said KBS’ Jora Lind. "
                   "Lind spoke on Monday.")
    assert qs[0].speaker == "Jora Lind"


def test_title_words_before_a_name_stay_in_the_role():
    qs = attribute("Headline\n\nMagistrate Lena Moss issued the order. “The driving is a serious issue,” "
                   "Ms Moss said. Speaker of the House Ada Quill said the member erred. "
                   "“She has acknowledged errors,” Ms Quill said.")
    assert qs[0].speaker == "Lena Moss"
    assert qs[1].speaker == "Ada Quill"


def test_office_of_the_body_before_a_name_and_rugby_positions_are_roles():
    qs = attribute("Headline\n\n“This is the first time,” said Chancellor of the Exchequer Alan Brisk. "
                   "Prop Gareth Lyle was picked. “We will front up,” said Lyle.")
    assert qs[0].speaker == "Alan Brisk"
    assert qs[1].speaker == "Gareth Lyle"
