"""Extraction: the kind classes found in the 2026-11-29 quotation audit (seed 5151 and
exploration 5152) and its later rounds, split out of test_extract.py (round 60, lane tidy61:
that module had grown to 733 lines, past the 500 a module may hold). Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_quotes


def kinds(s: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quotes(s)]


@pytest.mark.parametrize(
    "s, quoted",
    [
        ("Rep. Ana Ruiz said on NBC’s “Meet the Voters.” “We will not move,” she added.", "Meet the Voters."),
        ("“It is over,” writes Kim Lee at the Courier’s “Morning Brief.”", "Morning Brief."),
        ('Dale Ortiz told KNX\'s "Sunday Roundtable" that the plan was dead.', "Sunday Roundtable"),
        ("Mr Pell, speaking on WRB News’ “Face the Week,” said it was over.", "Face the Week,"),
    ],
)
def test_title_case_after_an_outlets_possessive_is_a_title(s, quoted):
    # a reporting verb in the sentence does not make a programme's name someone's words
    assert (quoted, "title") in kinds(s)


def test_sentence_after_a_programme_title_is_not_a_list_item():
    s = "“We tried,” Ms. Ruiz said on NBC’s “Meet the Voters.” “The court did not agree with us.”"
    assert kinds(s)[-1] == ("The court did not agree with us.", "speech")


def test_lowercase_policy_name_owned_by_a_possessive_is_a_title():
    s = 'It forms part of the party\'s "leaner state bill", to be unveiled on Monday.'
    assert kinds(s) == [("leaner state bill", "title")]


@pytest.mark.parametrize(
    "s, quoted",
    [
        ('Under Ms Vale\'s "prudent borrowing" rule, debt stays low.', "prudent borrowing"),
        ('The firm\'s "greener homes" plan would cost £2bn.', "greener homes"),
    ],
)
def test_label_before_an_owners_policy_noun_is_a_term(s, quoted):
    # the noun outside the marks: the quoted words are the label, not the full name
    assert (quoted, "term") in kinds(s)


def test_policy_noun_after_a_pronoun_possessive_or_inside_a_sentence_is_not_a_title():
    assert kinds('He pressed on with his "misguided campaign."')[0][1] != "title"
    assert kinds('Her "friendly" letter arrived on Monday.')[0][1] != "title"


def test_attribution_closing_the_sentence_before_an_appositive_credits_the_fragment():
    s = 'The merger was a "logical step" for both brewers, said Tom Harlow, the group\'s finance chief.'
    assert kinds(s) == [("logical step", "speech")]


def test_naming_verb_whose_subject_stands_before_an_earlier_quotation():
    s = 'Sen. Ana Ruiz, appearing on KNX\'s "Sunday Roundtable," called the offer a "gimmick" and left.'
    assert kinds(s) == [("Sunday Roundtable,", "title"), ("gimmick", "speech")]


def test_participle_subject_skips_the_words_inside_an_earlier_quotation():
    s = "“As long as I’m mayor, I will not give up on this,” Ms. Vale vowed, calling it “the right thing to do.”"
    assert kinds(s)[-1] == ("the right thing to do.", "speech")


def test_nickname_between_names_must_be_capitalised():
    assert kinds('Critics of Dan "Tiger" Hart stayed home.') == [("Tiger", "term")]
    assert kinds('Jimmy "the Comet" Pardo won again.') == [("the Comet", "term")]
    # a lowercase word between two capitalised words is not a nickname
    assert kinds('For all the talk of the Tory leaders "defining" Labour Minister Ann Cole, little changed.')[0][1] != "term"
    # nor is a phrase ending a sentence before a capitalised word
    assert kinds('The director called the Weavers Guild "largely silent." If that was true, few knew.')[0][1] == "speech"


def test_indicated_reports_and_went_on_needs_to_or_a_colon():
    assert kinds('Ms Park indicated there would be "tight limits" on spending.') == [("tight limits", "speech")]
    s = 'The host went on a long rant about the town\'s "car culture." Nobody listened.'
    assert kinds(s)[0][1] != "speech"


@pytest.mark.parametrize(
    "s, quoted",
    [
        ("JUST WATCHED Vale: Park is 'lying' about Kim", "lying"),
        ("Harbour chief: Dredging plan 'dead in the water'", "dead in the water"),
        # a related-link box's label before the linked headline's speaker label
        ("( Also on the Harbour Post: Analysts: Mayor Vale's no 'game changer' on dredging)", "game changer"),
        ("SEE ALSO: Harbour Board: Repairs 'delayed' again", "delayed"),
        ("More:Ostrova: Levy plan 'a relic'", "a relic"),
        # title case after the label is the speaker's words, not a title
        ('Vale: "We Are Staying" on the Harbour Board', "We Are Staying"),
        ("Harbour chief: Dues Are 'A Fair Price For Safety'", "A Fair Price For Safety"),
        # a later quotation of the same labelled line
        ('Vale: "We Are Staying" to Be "Harbour Champion"', "Harbour Champion"),
        ("Vale: Board 'Ignored' Pier Risk, Ferry 'Overloaded'", "Overloaded"),
    ],
)
def test_headline_opened_by_a_speaker_label_quotes_that_speaker(s, quoted):
    assert (quoted, "speech") in kinds(s)


def test_section_label_or_clock_time_is_not_a_speaker_label():
    assert kinds("Opinion: Brightwater's 'smart port' is a mirage")[0][1] != "speech"
    # a column's label is no link box: the words after it are the column's headline
    assert kinds("Opinion: Harbour Redux: Why Vale plays the 'victim' card")[0][1] != "speech"
    assert kinds('Update at 9:40 a.m. Jobs data "mixed" in the north')[0][1] != "speech"


def test_capitalised_headline_verb_reports():
    assert kinds('Vale Says This Isn\'t A "Real Recovery."') == [("Real Recovery.", "speech")]


@pytest.mark.parametrize(
    "s, quoted",
    [
        ('He also called on the unnamed donor to release the tape, rather than "clips."', "clips."),
        ('Ms Lund likened the task to a "giant jigsaw".', "giant jigsaw"),
        ('She apologised for repeating an "old myth" about the city.', "old myth"),
        ('Mr Ray pointed to rules that feed a "stagnant market."', "stagnant market."),
        ('Mr Ray spoke warmly of an "honest broker" in the talks.', "honest broker"),
        ('Greens accuse Ms Dale of making a "slippery" speech.', "slippery"),
    ],
)
def test_reporting_verbs_added_after_the_audit(s, quoted):
    assert (quoted, "speech") in kinds(s)


@pytest.mark.parametrize(
    "s, quoted",
    [
        ('The sprinter Tom Reed - known by his rivals as "the Hare" - won again.', "the Hare"),
        ('It is a habit known, bluntly, as "quiet quitting."', "quiet quitting."),
    ],
)
def test_known_as_with_words_between(s, quoted):
    assert (quoted, "term") in kinds(s)


def test_clause_between_a_headline_verb_and_a_name_is_not_a_nickname():
    assert kinds('Economy Is "Still Mending," Ministry Says')[0][1] != "term"


def test_related_link_label_is_not_a_speaker():
    assert kinds("RELATED: Talks offer the new leader a defining 'moment,' but it's brief")[0][1] != "speech"


def test_distant_reporting_verb_does_not_unmake_a_title():
    s = 'Campaigners pointed to the rifles used by the man at a late showing of the "Night Watch Returns" last year.'
    assert kinds(s) == [("Night Watch Returns", "title")]


@pytest.mark.parametrize(
    "s, quoted",
    [
        ('"It is over," columnist Ann Bly said on "Harbour Talk Sunday." "Release it now."', "Harbour Talk Sunday."),
        ('Mr Dale, appearing later on "Face the Town," called the offer "unserious."', "Face the Town,"),
        ('Mr Dale told "Morning Harbour" that the plan was dead.', "Morning Harbour"),
    ],
)
def test_title_case_name_a_speaker_appears_on_or_talks_to_is_a_title(s, quoted):
    assert (quoted, "title") in kinds(s)


def test_one_capitalised_word_after_a_work_noun_is_a_title():
    assert kinds('A second scandal broke when the town radio show "Nightline" dropped it.') == [("Nightline", "title")]
    assert kinds('She read from her novel "Undertow" on Friday.') == [("Undertow", "title")]
    # "plans" as a verb is not a work noun
    assert kinds('The party plans "Massive" rallies.')[0][1] != "title"


def test_in_someones_words_credits_the_fragment():
    s = 'It could lead to, in Governor Ann Bly\'s words, a "slow collapse" of trade.'
    assert kinds(s) == [("slow collapse", "speech")]


@pytest.mark.parametrize(
    "s, quoted",
    [
        ('Saving the port is an "absolute top priority," Rep. Ann Bly, a Harbour Democrat, told the rally.', "absolute top priority,"),
        ('MPs called for a "cast-iron guarantee" that the rules would stay.', "cast-iron guarantee"),
        ('He attacked the new plan as little more than a "stopgap measure," but gave no details.', "stopgap measure,"),
        ('Officials were talking darkly of a "river of debt" at the summit.', "river of debt"),
        ('Critics were less kind, with the Harbour Times labelling it a "dispiriting vanity project".', "dispiriting vanity project"),
        ('Ms Lee points out that the week brought a "mediocre jobs report," which hurt.', "mediocre jobs report,"),
    ],
)
def test_second_audit_round_cues(s, quoted):
    assert (quoted, "speech") in kinds(s)


def test_attacks_as_a_noun_after_the_marks_is_no_attribution():
    assert kinds('The advert faults the mayor for making "dishonest" attacks on the port.')[0][1] != "speech"


def test_subject_after_a_closing_said_stops_at_the_comma():
    s = 'The art scene is "fantastically rich", said Mr Stone, with creative people and ideas everywhere.'
    assert kinds(s) == [("fantastically rich", "speech")]


def test_ruled_out_is_not_a_ruling_quoted():
    s = 'The council has ruled out changing the bylaw, which allows "reasonable noise" at night.'
    assert kinds(s)[0][1] != "speech"


def test_passive_reporting_verb_without_an_agent_credits_nobody():
    assert kinds('He then asked what can only be described as a "softball" question.')[0][1] != "speech"
    assert kinds('She was described by aides as "furious" about it.') == [("furious", "speech")]


def test_attribution_after_a_semicolon_belongs_to_the_next_clause():
    s = 'Vale Pushes To Scrap "Harbourcare"; Park Says It Was Modelled On Her Plan'
    assert kinds(s)[0][1] != "speech"


@pytest.mark.parametrize(
    "s, quoted",
    [
        ('An aide asserted Ms Vale would "respect" a council decision.', "respect"),
        ('Dozens of neighbours were chanting "Long Live The Harbour, Down With Tolls."', "Long Live The Harbour, Down With Tolls."),
    ],
)
def test_lexicon_gaps_of_the_third_audit(s, quoted):
    assert (quoted, "speech") in kinds(s)


def test_one_word_programme_after_an_acronym_possessive_is_a_title():
    assert kinds('Ms Vale settled into her seat on KTV\'s "The Harbour" before the first question.')[0] == ("The Harbour", "title")
    assert kinds('He prefers cable fare such as HBX\u2019s \u201cUndertow.\u201d')[0] == ("Undertow.", "title")


def test_list_heading_with_a_comma_is_not_a_speaker_label():
    assert kinds('WIN NORTH, SOUTH: The "2" in the plan means both coasts')[0][1] != "speech"


def test_an_example_in_brackets_is_not_a_speaker_label():
    # "Smears (Ex: the port “drowns the town” and is “cursed”)": a list of kinds of smear
    assert kinds('Smears (Ex: the port "drowns the town" and is "cursed")')[-1] == ("cursed", "scare")


def test_long_quotation_after_a_short_title_is_not_a_list_item():
    s = 'He said so again, telling KTV\'s "Morning Harbour," "I did not run for the board. I do not see myself in office."'
    assert kinds(s) == [("Morning Harbour,", "title"), ("I did not run for the board. I do not see myself in office.", "speech")]


def test_naming_verb_before_an_owners_policy_phrase_is_speech_not_a_title():
    s = 'He sees the vote as a verdict on what he called the mayor\'s "failed harbour policies" this year.'
    assert kinds(s) == [("failed harbour policies", "speech")]


def test_one_word_column_after_a_preposition_and_an_outlet_possessive_is_a_title():
    s = '"It is over," notes Ann Bly at the Harbour Clarion\u2019s \u201cThe Desk.\u201d'
    assert kinds(s)[-1] == ("The Desk.", "title")


def test_campaign_theme_is_a_title_and_a_mantra_a_term_unless_someone_says_the_words():
    s = 'The mayor, who campaigned on a theme of "safe streets, full harbours," told supporters it held.'
    assert kinds(s) == [("safe streets, full harbours,", "title")]
    # a mantra is a slogan, and slogans are terms (real-news rulings; round 32, lane notspeech13)
    assert kinds('Her mantra, "one more mile," kept the crew going.') == [("one more mile,", "term")]
    s = 'A familiar theme is back: "Budgets are choices," said one harbour trader.'
    assert kinds(s) == [("Budgets are choices,", "speech")]
