"""Attribution on invented sentences: the canonical name and the role words around it
(surname to full name, honorifics, titles and offices that stay in the role, initials, a link
blurb flattened into the text, "said <role>, <Name>"). Quotations are found with a plain regex
(paired_quotes.attribute); moved from tests/test_attribute.py (round 63)."""

from __future__ import annotations

import pytest

from onrecord.names import same_person
from paired_quotes import attribute

pytest.importorskip("spacy")


def test_canonical_name_is_compatible_with_shared_name_logic():
    qs = attribute("Headline\n\nProfessor Idris Kahn-Mola spoke. “Data first,” Kahn-Mola said.")
    assert qs[0].speaker == "Idris Kahn-Mola"
    assert same_person("Kahn-Mola", qs[0].speaker)


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


# Invented sentences whose test is only which speaker each quotation gets (index, speaker;
# None: nobody), one row per case; each row's id is the test it was written as.
SPEAKERS = [
    ("test_surname_mention_reports_full_canonical_name",
     "Headline\n\nCouncillor Ines Varga tabled the motion last week. "
     "Critics were unconvinced. “It is a fair deal,” Varga said on Tuesday.",
     ((0, "Ines Varga"),)),
    ("test_honorific_stripped_and_fullest_form_kept",
     "Headline\n\nDr. Hana Brill leads the clinic. “Waiting lists are falling,” Dr. Brill said.",
     ((0, "Hana Brill"),)),
    ("test_title_with_period_in_inverted_attribution",
     "Headline\n\n“This is the bottom line,” said Sen. Marta Quist, a Democrat.",
     ((0, "Marta Quist"),)),
    ("test_inverted_attribution_with_role_words_between_capitals",
     "Headline\n\n“We need new shoes,” said Harbour County party committeewoman Ida Brook.",
     ((0, "Ida Brook"),)),
    ("test_headline_adjective_is_not_part_of_the_name",
     "Defiant Nora Vale: ‘I will not resign’\n\nNora K. Vale, the port director, spoke on Friday. "
     "“I will not resign,” Ms. Vale said.",
     ((0, "Nora K. Vale"), (1, "Nora K. Vale"))),
    ("test_office_of_title_stays_in_the_role",
     "Headline\n\nSecretary of State Lena Hoff denied any “delay” on Tuesday.",
     ((0, "Lena Hoff"),)),
    ("test_acronym_period_inside_inverted_attribution",
     "Headline\n\n“The ban cannot stand,” wrote U.S. District Judge Lena Ortiz in the ruling.",
     ((0, "Lena Ortiz"),)),
    ("test_party_word_opening_a_name_is_a_role",
     "Headline\n\nIncumbent Republican Dale Harmon faced the voters on Monday. "
     "“I will not back down,” Senator Harmon said.",
     ((0, "Dale Harmon"),)),
    ("test_boss_is_a_title",
     "Headline\n\nBoss Gary Munro said he would let the striker go. "
     "He added: “It just has not worked out.”",
     ((0, "Gary Munro"),)),
    ("test_delegate_is_a_title",
     "Headline\n\nDelegate Maria Lopez Tan, who represents the island, criticised the plan. "
     "“We are running out of funds,” she told reporters.",
     ((0, "Maria Lopez Tan"),)),
    ("test_second_initial_that_is_also_an_article_stays_in_the_name",
     "Headline\n\nThe study was led by Professor T. A. Marlowe, its co-author. "
     "Marlowe said spending fell. He wondered if it would be “enough to matter.”",
     ((0, "T. A. Marlowe"),)),
    ("test_inverted_said_possessive_owner_role_comma_name",
     "Headline\n\nBram Holt’s campaign has a new leader. “He understands the stakes,” said Holt’s "
     "new campaign chief, Ilse Varnum, in front of the delegates.",
     ((0, "Ilse Varnum"),)),
    ("test_possessive_outlet_is_not_glued_to_the_name",
     "Headline\n\nThe scenes were cut because complaints are “pursued hard”, said KBS’ Jora Lind. "
     "Lind spoke on Monday.",
     ((0, "Jora Lind"),)),
    ("test_title_words_before_a_name_stay_in_the_role",
     "Headline\n\nMagistrate Lena Moss issued the order. “The driving is a serious issue,” "
     "Ms Moss said. Speaker of the House Ada Quill said the member erred. "
     "“She has acknowledged errors,” Ms Quill said.",
     ((0, "Lena Moss"), (1, "Ada Quill"))),
    ("test_office_of_the_body_before_a_name_and_rugby_positions_are_roles",
     "Headline\n\n“This is the first time,” said Chancellor of the Exchequer Alan Brisk. "
     "Prop Gareth Lyle was picked. “We will front up,” said Lyle.",
     ((0, "Alan Brisk"), (1, "Gareth Lyle"))),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_names_speakers(text, expected):
    qs = attribute(text)
    for i, speaker in expected:
        assert qs[i].speaker == speaker, (i, qs[i].speaker, qs[i].attribution_evidence)
