"""Attribution on invented sentences: each test is one construction of the issue (cue
positions, participles, relative clauses, pronouns, descriptions, organisations, joint
speakers, canonical names, headlines, continuation, null when unsupported)."""

from __future__ import annotations

import re

import pytest

from onrecord.attribute import attribute_results
from onrecord.model import Document, ExtractResult, Quote
from onrecord.names import same_person

pytest.importorskip("spacy")

_PAIR = re.compile(r"“([^“”]*)”|‘([^‘’]*)’")


def attribute(text: str, kinds: dict[int, str] | None = None) -> list[Quote]:
    """Quotes are found with a plain regex so that these tests measure attribution alone."""
    quotes = []
    for i, m in enumerate(_PAIR.finditer(text)):
        g = 1 if m.group(1) is not None else 2
        quotes.append(Quote(text=m.group(g), start=m.start(g), end=m.end(g),
                            kind=(kinds or {}).get(i, "speech"), open_mark=m.group()[0],
                            close_mark=m.group()[-1]))
    res = ExtractResult(Document(text=text, path="t.txt"), quotes)
    attribute_results([res])
    for q in res.quotes:
        assert text[q.start : q.end] == q.text
    return res.quotes


def test_pronoun_after_quote_resolves_to_subject_with_description():
    qs = attribute("Headline\n\nMara Ellison, the harbour minister, opened the session on Monday. "
                   "“We will build the new pier,” she said.")
    assert qs[0].speaker == "Mara Ellison"
    assert qs[0].speakers == ["Mara Ellison"]
    assert qs[0].cue == "said"
    assert "harbour minister" in (qs[0].speaker_description or "")
    assert 0 < qs[0].confidence <= 1 and qs[0].attribution_evidence


def test_inverted_said_name_and_interrupted_quote():
    qs = attribute("Headline\n\n“We will,” said Tomas Grebe, a local farmer, “never sell the land.”")
    assert [q.speaker for q in qs] == ["Tomas Grebe", "Tomas Grebe"]
    assert qs[0].cue == "said" and qs[1].cue == "said"


def test_surname_mention_reports_full_canonical_name():
    qs = attribute("Headline\n\nCouncillor Ines Varga tabled the motion last week. "
                   "Critics were unconvinced. “It is a fair deal,” Varga said on Tuesday.")
    assert qs[0].speaker == "Ines Varga"


def test_honorific_stripped_and_fullest_form_kept():
    qs = attribute("Headline\n\nDr. Hana Brill leads the clinic. “Waiting lists are falling,” Dr. Brill said.")
    assert qs[0].speaker == "Hana Brill"


def test_joint_speakers_with_participle_cue():
    qs = attribute("Headline\n\nLeo Pardoe and Ana Ruiz rejected the statement by saying it was "
                   "“simply false.”")
    assert qs[0].speakers == ["Leo Pardoe", "Ana Ruiz"]
    assert qs[0].speaker == "Leo Pardoe"
    assert "saying" in (qs[0].cue or "")


def test_relative_clause_inherits_antecedent():
    qs = attribute("Headline\n\nThe plan was opposed by Dana Whitlock, who called it “a fantasy with a budget.”")
    assert qs[0].speaker == "Dana Whitlock"
    assert qs[0].cue == "called"


def test_participle_without_subject_inherits_clause_subject():
    qs = attribute("Headline\n\nGreta Sandvik resigned on Friday, saying the board had become “impossible to work with.”")
    assert qs[0].speaker == "Greta Sandvik"


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


def test_according_to():
    qs = attribute("Headline\n\nThe bridge is, according to engineer Paulo Serra, “older than anyone thought.”")
    assert qs[0].speaker == "Paulo Serra"
    assert qs[0].cue == "according to"


def test_quote_without_cue_continues_previous_subject():
    qs = attribute("Headline\n\nOmar Haddad said the vote had been close. “We lost by two.”")
    assert qs[0].speaker == "Omar Haddad"
    assert qs[0].cue is None


def test_quote_after_attribution_sentence_keeps_cue():
    qs = attribute("Headline\n\n“We tried,” Lina Moss said. “Next year we will try harder.”")
    assert qs[1].speaker == "Lina Moss"
    assert qs[1].cue == "said"


def test_gender_from_honorific_picks_compatible_person():
    qs = attribute("Headline\n\nMs Petra Vale debated Mr Arlo Benn on the radio. Mr Benn spoke first. "
                   "“I disagree with every word,” she said.")
    assert qs[0].speaker == "Petra Vale"


def test_gender_learned_from_earlier_pronoun():
    qs = attribute("Headline\n\nRowan Hale said she had signed the letter. Kit Marr said he had not. "
                   "Both were at the meeting. “It was a long night,” she said.")
    assert qs[0].speaker == "Rowan Hale"


def test_headline_quote_speaker_found_in_body():
    qs = attribute("Mayor: ‘We will not close the pool’\n\nBy Staff Writer\n\n"
                   "Mayor Ruth Adeyemi spoke to parents on Sunday. “We will not close the pool,” she said.")
    assert qs[0].speaker == "Ruth Adeyemi"
    assert qs[1].speaker == "Ruth Adeyemi"


def test_unsupported_quote_stays_null():
    qs = attribute("Headline\n\nThe weather was bad all week.\n\n“Everything is fine.”")
    assert qs[0].speaker is None
    assert qs[0].speakers == []


def test_unnamed_indefinite_speaker_is_null_not_previous_speaker():
    qs = attribute("Headline\n\nNora Quill praised the plan. “It works,” she said. "
                   "“It will fail,” a senior official told reporters.")
    assert qs[0].speaker == "Nora Quill"
    assert qs[1].speaker is None
    assert "official" in (qs[1].speaker_description or "")


def test_non_speech_quotes_keep_null_speaker():
    qs = attribute("Headline\n\nOla Brandt published “The Long Winter” in May and said it was “a relief.”",
                   kinds={0: "title"})
    assert qs[0].kind == "title" and qs[0].speaker is None and qs[0].speakers == []
    assert qs[1].speaker == "Ola Brandt"


def test_title_with_period_in_inverted_attribution():
    qs = attribute("Headline\n\n“This is the bottom line,” said Sen. Marta Quist, a Democrat.")
    assert qs[0].speaker == "Marta Quist"


def test_batch_of_several_documents_in_one_call():
    ta, tb = "H\n\nIvo Rand said the roof was “fine.”", "H\n\nTess Orme called the roof “a sieve.”"
    a = ExtractResult(Document(ta, "a.txt"), [Quote("fine.", ta.index("fine."), ta.index("fine.") + 5)])
    b = ExtractResult(Document(tb, "b.txt"), [Quote("a sieve.", tb.index("a sieve."), tb.index("a sieve.") + 8)])
    attribute_results([a, b])
    assert a.quotes[0].speaker == "Ivo Rand"
    assert b.quotes[0].speaker == "Tess Orme"


def test_canonical_name_is_compatible_with_shared_name_logic():
    qs = attribute("Headline\n\nProfessor Idris Kahn-Mola spoke. “Data first,” Kahn-Mola said.")
    assert qs[0].speaker == "Idris Kahn-Mola"
    assert same_person("Kahn-Mola", qs[0].speaker)


def test_inverted_attribution_with_role_words_between_capitals():
    qs = attribute("Headline\n\n“We need new shoes,” said Harbour County party committeewoman Ida Brook.")
    assert qs[0].speaker == "Ida Brook"


def test_organisation_head_wins_over_title_word():
    qs = attribute("Headline\n\nThe Justice Department said in a statement that the claim was “without merit.”")
    assert qs[0].speaker == "Justice Department"


def test_dash_credit_after_quotation():
    qs = attribute("Headline\n\nViews\n\n“A new tax will not fix the roads.” — Editorial, Harbour Gazette\n")
    assert qs[0].speaker == "Harbour Gazette"


def test_impersonal_passive_names_nobody():
    qs = attribute("Headline\n\nOsman Reed spoke on Monday. It was later revealed that staff had called the plan “a joke.”")
    assert qs[0].speaker is None


def test_definite_role_refers_back_to_person_in_focus():
    qs = attribute("Headline\n\nThe coalition is finished, said Hal Pruitt on Monday.\n\n"
                   "In his weekly message the party leader said it was “time to go.”")
    assert qs[0].speaker == "Hal Pruitt"


def test_headline_adjective_is_not_part_of_the_name():
    qs = attribute("Defiant Nora Vale: ‘I will not resign’\n\nNora K. Vale, the port director, spoke on Friday. "
                   "“I will not resign,” Ms. Vale said.")
    assert qs[0].speaker == "Nora K. Vale"
    assert qs[1].speaker == "Nora K. Vale"


def test_party_description_refers_back_and_light_verb_cue():
    qs = attribute("Headline\n\nHouse Leader Mae Fortin called the plan reckless on Sunday. "
                   "“This is juvenile,” the Ohio Democrat said. Later she made a joke about how "
                   "“nobody reads the bill.”")
    assert qs[0].speaker == "Mae Fortin"
    assert qs[1].speaker == "Mae Fortin"


def test_office_of_title_stays_in_the_role():
    qs = attribute("Headline\n\nSecretary of State Lena Hoff denied any “delay” on Tuesday.")
    assert qs[0].speaker == "Lena Hoff"


def test_fired_back_is_a_cue():
    qs = attribute("Headline\n\nA heckler shouted at Ivo Marsh. “Not while I am speaking,” Marsh fired back.")
    assert qs[0].speaker == "Ivo Marsh"
    assert qs[0].cue == "fired back"


def test_document_speaks_for_its_issuer_even_after_another_statement():
    qs = attribute("Headline\n\nIn the memo, chief executive Rhea Solberg wrote that the year had been hard. "
                   "In a statement, the firm Norland Metrics said it remained “well funded.” "
                   "The memo ended with a line: “I am sorry it was me.”")
    assert qs[0].speaker == "Norland Metrics"
    assert qs[1].speaker == "Rhea Solberg"


def test_passive_report_verb_subject_is_not_the_speaker():
    qs = attribute("Headline\n\nThe former mayor Ada Crane was accused in an indictment of paying staff to "
                   "“hide the accounts.”")
    assert qs[0].speaker is None


def test_unnamed_indefinite_then_definite_stays_null():
    qs = attribute("Headline\n\nA police officer answered a call at the house of Tom Reyes. The officer wrote "
                   "that Reyes was “uncooperative.”")
    assert qs[0].speaker is None


def test_acronym_period_inside_inverted_attribution():
    qs = attribute("Headline\n\n“The ban cannot stand,” wrote U.S. District Judge Lena Ortiz in the ruling.")
    assert qs[0].speaker == "Lena Ortiz"


def test_they_takes_joint_subject():
    qs = attribute("Headline\n\nSenator Ola Berg, joined by Rep. Ida Moss and Rep. Tim Vance, set out the plan on "
                   "Sunday. “This is the moment,” they wrote.")
    assert qs[0].speakers[:1] == ["Ola Berg"]


def test_credit_line_after_a_quoted_paragraph():
    qs = attribute("Perspectives\n\nOthers counter that “the plan is a fantasy.”\n\nMara Lind, The Harbour Post\n\n"
                   "“Prices will fall next year.”\n\nOskar Brenner, Calder Review\n")
    assert qs[0].speaker == "Mara Lind"
    assert qs[1].speaker == "Oskar Brenner"


def test_opening_quotation_takes_the_person_named_next():
    qs = attribute("Coal plan\n\n“We can produce all the power we need,” he said. Governor Ray Bevin, who "
                   "took office in May, spoke at a mine.")
    assert qs[0].speaker == "Ray Bevin"


# ---- classes from the fourth AllSides audit (seed 5150); invented sentences


def test_quotation_inside_narration_without_a_cue_names_nobody():
    qs = attribute("Headline\n\n“Rents will fall,” said Nora Quist, a housing analyst.\n\n"
                   "The question on every tenant’s mind is “how long will that take?”")
    assert qs[0].speaker == "Nora Quist"
    assert qs[1].speaker is None


def test_scare_term_in_narration_is_not_the_last_speakers():
    qs = attribute("Headline\n\n“We are careful,” said Omar Pell, the agency director.\n\n"
                   "His remarks flattered the least accountable people (judges, “career” staff) in town.")
    assert qs[1].speaker is None


def test_group_noun_opening_a_sentence_is_not_a_name():
    qs = attribute("Headline\n\nThe council met on Friday. Critics say the plan is “a gift to developers.”")
    assert qs[0].speaker is None


def test_quotation_in_narration_goes_to_the_person_who_is_its_subject():
    qs = attribute("Headline\n\nLina Varga, the firm’s chief executive, wrote to staff on Monday. "
                   "She avoided the word “cuts” throughout, referring instead to a “leaner structure.”")
    assert qs[-1].speaker == "Lina Varga"


def test_adverb_between_pronoun_and_verb():
    qs = attribute("Headline\n\nMarta Kovac spoke to reporters near the square on Tuesday. "
                   "She apparently commented: “We have waited long enough.”")
    assert qs[0].speaker == "Marta Kovac"


def test_party_word_opening_a_name_is_a_role():
    qs = attribute("Headline\n\nIncumbent Republican Dale Harmon faced the voters on Monday. "
                   "“I will not back down,” Senator Harmon said.")
    assert qs[0].speaker == "Dale Harmon"


def test_honorific_with_period_gives_gender():
    # the subject of the previous sentence (gender unknown, a surname only) yields "she" to
    # Ms. Ruiz; a subject named in full keeps it (round 15: tests/attribute/test_subject_keeps.py)
    qs = attribute("Headline\n\nLet us start with Ms. Ruiz, the county clerk. "
                   "Councillor Haig compares Ruiz with her predecessor. "
                   "In an interview, she said the office was “finally working.”\n\n"
                   "“We did nothing wrong,” Governor Abel Stone said. “The record is clear,” he added.")
    assert qs[0].speaker == "Ruiz"
    assert qs[2].speaker == "Abel Stone"


def test_boss_is_a_title():
    qs = attribute("Headline\n\nBoss Gary Munro said he would let the striker go. "
                   "He added: “It just has not worked out.”")
    assert qs[0].speaker == "Gary Munro"


def test_narration_clause_with_its_own_subject_is_not_the_main_subjects():
    qs = attribute("Headline\n\n“We are careful,” said Omar Pell, the agency director.\n\n"
                   "He stayed for an hour, and his presence was meant to flatter (judges, “career” staff) "
                   "in the room.")
    assert qs[1].speaker is None


def test_flattened_link_blurb_is_skipped():
    # a news site's related-story tooltip flattened into the text: display name, full name glued
    # to invented headlines, "MORE", then the real attribution
    text = ("Headline\n\n“We will hold the line on spending,” Rep. Tom Quill Thomas (Tom) Aldo QuillSenate "
            "passes harbour bill Farmers want ‘fair deal’ on water MORE (R-Ore.) told reporters.")
    qs = attribute(text)
    assert qs[0].speaker == "Tom Quill"
    assert qs[1].speaker is None  # the headline's quotation inside the blurb


# ---- classes from the fifth AllSides sample (seed 5151); invented sentences


def test_capitalised_sentence_opener_written_lower_case_elsewhere_is_not_a_name():
    qs = attribute("Headline\n\n“We will win,” said Rosa Elland.\n\n"
                   "Numbers rarely lie, and the party’s numbers shout, “Nobody is listening.”")
    assert qs[1].speaker is None


def test_party_plural_is_never_he():
    qs = attribute("Headline\n\nPodcaster Ivo Brandt says he will stay out of the race.\n\n"
                   "Read more: Ivo Brandt on why Democrats have lost Ken Marlow’s voters\n\n"
                   "Yet last year, he suggested that the senator had been “remarkably steady.”")
    assert qs[0].speaker == "Ivo Brandt"


def test_dash_credit_takes_the_person_before_the_outlet():
    qs = attribute("Round-up\n\n“Children copy the adults around them.” — Child psychologist Hana Mercer to "
                   "Family Weekly\n\n“Schools can help.” — Rui Costa, Harbour Gazette\n")
    assert qs[0].speaker == "Hana Mercer"
    assert qs[1].speaker == "Rui Costa"


def test_programme_title_after_preposition_is_nobodys_words():
    qs = attribute("Headline\n\nSenator Kay Dorn said on KBC’s “Sunday Table” that the bill would pass.")
    assert qs[0].speaker is None


def test_all_capital_subheading_is_nobodys_words():
    qs = attribute("Headline\n\nThe Harbour Fund is running ads attacking Lena Marsh.\n\n“BACK IN TOWN”\n\n"
                   "Marsh is a target for several reasons.")
    assert qs[0].speaker is None


def test_possessive_opener_keeps_the_topic_for_she():
    # an unknown-gender man mentioned (not as a subject) in between does not take "her"/"she"
    qs = attribute("Headline\n\nLet us start with Ms. Ruiz, the county clerk. Ruiz took office in May.\n\n"
                   "Her record can be used in an ad for Tom Abel against her.\n\n"
                   "Some say it will not matter. The race is noisy.\n\n"
                   "Her answers were vague. She said the office was “finally working.”")
    assert qs[0].speaker == "Ruiz"


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


# ---- classes from the sixth AllSides sample (seed 5152); invented sentences


def test_unnamed_subject_of_a_cue_is_null_not_the_previous_speaker():
    qs = attribute("Headline\n\nAs his mentor Ezra Hale said on leaving, “I am getting old!” "
                   "One of Dorn’s close friends recently stated that Dorn will “never retire.”")
    assert qs[0].speaker == "Ezra Hale"
    assert qs[1].speaker is None


def test_full_name_in_previous_sentence_beats_titled_person_further_back():
    qs = attribute("Headline\n\nJustice Paul Reeve once wrote about the founders.\n\n"
                   "Everyone knows politics is a fight. Some say it always was. "
                   "Consider Tom Ashby’s two letters to his wife Ruth in 1790. "
                   "In the first, he described the vote as “a new beginning.”")
    assert qs[0].speaker == "Tom Ashby"


def test_refer_to_as_is_a_cue_before_a_later_clause():
    qs = attribute("Headline\n\nNina Ball and Rae Wexler argued on the panel. "
                   "Ball referred to the plan as “a disaster” as Wexler concluded her remarks.")
    assert qs[0].speaker == "Nina Ball"


def test_campaign_charged_after_quote_is_its_owner():
    qs = attribute("Headline\n\nBo Kettle is running against Senator Ann Pryce.\n\n"
                   "“Pryce has forgotten us,” Kettle’s campaign charged in a radio ad.")
    assert qs[0].speaker == "Bo Kettle"


def test_as_x_put_it_parenthetical():
    qs = attribute("Headline\n\nLocal leaders care more about trade, which makes it hard for them to -- as "
                   "Foreign Minister Ivo Rask put it last week -- “lean in” on the regime.")
    assert qs[0].speaker == "Ivo Rask"


# ---- classes from the fresh audit (seed 6262); invented sentences


def test_and_inside_a_committee_role_is_not_a_joint_speaker():
    qs = attribute("Headline\n\n“This bill is our promise,” House Rules and Budget Chairman Ken Rallo said in a "
                   "statement.")
    assert qs[0].speakers == ["Ken Rallo"]


def test_delegate_is_a_title():
    qs = attribute("Headline\n\nDelegate Maria Lopez Tan, who represents the island, criticised the plan. "
                   "“We are running out of funds,” she told reporters.")
    assert qs[0].speaker == "Maria Lopez Tan"


def test_name_modifying_a_noun_after_the_is_not_an_organisation():
    qs = attribute("Headline\n\nPresident Ada Brock spoke in the morning. Meanwhile, the Brock administration "
                   "asked for money. Brock was asked how big the checks would be.\n\n“To be decided,” she said.")
    assert qs[0].speaker == "Ada Brock"


def test_outlet_aside_between_subject_and_verb():
    qs = attribute("Headline\n\n“It is new,” Justice Ian Pole said. Chief Justice Rita Crane, the Herald says, "
                   "called the plan “unprecedented.”")
    assert qs[1].speaker == "Rita Crane"


def test_second_initial_that_is_also_an_article_stays_in_the_name():
    qs = attribute("Headline\n\nThe study was led by Professor T. A. Marlowe, its co-author. "
                   "Marlowe said spending fell. He wondered if it would be “enough to matter.”")
    assert qs[0].speaker == "T. A. Marlowe"


def test_introduction_between_dashes_before_a_pronoun_subject():
    qs = attribute("Headline\n\nOne notable thing about Ana Weir is that she disagrees with the mayor.\n\n"
                   "First — and most importantly — she does not think inspector Paul Dunne is biased. "
                   "“I do not consider him biased,” she told the council.")
    assert qs[0].speaker == "Ana Weir"


def test_common_given_name_gives_gender():
    qs = attribute("Headline\n\nThe dispute flared when Delegate Eleanor Vance criticised President Adler in a "
                   "meeting.\n\n“I had to take issue with him,” she told reporters.")
    assert qs[0].speaker == "Eleanor Vance"


def test_definite_org_noun_after_an_unnamed_one_is_not_the_named_one():
    qs = attribute("Headline\n\nThe Supreme Court ruled on the case in 2015.\n\n"
                   "A federal district court blocked the new rules in 2016. The legislature changed the law, "
                   "but the court again froze it, citing its “burdensome impact.”")
    assert qs[0].speaker is None


# Round 5 (fresh BBC + AllSides samples, seeds 1010/1011): credits after "said" that put the
# owner of a role, or the role itself, where the name should be.

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


def test_said_an_organisation_spokesman_names_nobody():
    qs = attribute("Headline\n\nCar-maker Tessa Motors unveiled a robot.\n\n"
                   "“The aim is to help people,” said a Tessa spokesman.")
    assert qs[0].speaker is None


def test_title_words_before_a_name_stay_in_the_role():
    qs = attribute("Headline\n\nMagistrate Lena Moss issued the order. “The driving is a serious issue,” "
                   "Ms Moss said. Speaker of the House Ada Quill said the member erred. "
                   "“She has acknowledged errors,” Ms Quill said.")
    assert qs[0].speaker == "Lena Moss"
    assert qs[1].speaker == "Ada Quill"


def test_report_noun_before_of_in_narration_names_nobody():
    qs = attribute("Headline\n\nThe mayor Ruth Calder seems haunted by the visit. And then she talks of the "
                   "children: a march by pupils of the town, advancing in rows, before the finale of a raised "
                   "fist and shout of “free schools for all”. The message is clear.")
    assert qs[0].speaker is None


def test_office_of_the_body_before_a_name_and_rugby_positions_are_roles():
    qs = attribute("Headline\n\n“This is the first time,” said Chancellor of the Exchequer Alan Brisk. "
                   "Prop Gareth Lyle was picked. “We will front up,” said Lyle.")
    assert qs[0].speaker == "Alan Brisk"
    assert qs[1].speaker == "Gareth Lyle"
