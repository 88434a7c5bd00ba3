"""Near misses of round 32's rules (review 18, seventeenth session). Our own words."""

from __future__ import annotations

import pytest

_P = "Port row\n\n"


@pytest.mark.parametrize("given", ["Sterling", "Channing", "Darling"])
def test_an_unlisted_given_name_in_ing_opening_a_sentence_stays_a_name(speech_of, given):
    # a gerund's object is never the subject of a reporting verb ("Considering Voss’s record,
    # …"); name_forms.gerund_opener cut "Sterling Vance said" to "Vance"
    article = _P + f"{given} Vance said on Monday the port was ready.\n\n\u201cWe will act,\u201d Vance said."
    assert [q.speaker for q in speech_of(article)] == [f"{given} Vance"]


def test_an_unlisted_given_name_in_ing_found_for_a_later_surname(speech_of):
    article = _P + "Sterling Vance said the port was \u201ca disgrace\u201d on Monday."
    assert [q.speaker for q in speech_of(article)] == ["Sterling Vance"]


def _kinds(article: str) -> dict[str, tuple[str, str | None]]:
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.read import read_text
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return {q.text.strip(" ,.?"): (q.kind, q.speaker) for q in r.quotes}


@pytest.mark.parametrize("word,below", [("Why", "Why should we pay for it?"), ("Now", "We must act now."),
                                        ("No", "No, we will not pay.")])
def test_a_common_word_subheading_is_no_echo_of_speech_below(word, below):
    # echoes.py with LABEL.echo_subheading_min_words = 1: a one-word subheading a speaker below
    # says is his ("‘Neutral’"), but not a word any sentence may hold
    article = (_P + "Mayor Jane Holt spoke on Monday about the harbour plan.\n\n"
               f"\u201c{word}\u201d\n\n\u201c{below}\u201d Holt said.")
    kinds = _kinds(article)
    assert kinds[word][0] != "speech", kinds


def test_a_senior_and_a_junior_both_named_stay_two(speech_of):
    # other_generation kept "X Y" and "X Y Jr" apart only when one had no suffix: "Sr" and "Jr"
    # (both written) made one man, and the son's words went to the father
    article = (_P + "Ward boss Arlen Voss Sr. spoke first. His son, Arlen Voss Jr., spoke later.\n\n"
               "\u201cWe will act,\u201d Arlen Voss Sr. said.\n\n\u201cWe will not,\u201d Arlen Voss Jr. said.")
    assert [q.speaker.rstrip(".") for q in speech_of(article)] == ["Arlen Voss Sr", "Arlen Voss Jr"]


def test_a_numbered_heir_is_not_his_titled_namesake(speech_of):
    # as "President Donald Trump" and "Donald Trump Jr": a titled plain name written first and a
    # "III" form are two men
    article = (_P + "Chairman Henry Voss opened the plant. Henry Voss III, his grandson, watched.\n\n"
               "\u201cWe will build here,\u201d Mr. Voss said.")
    assert [q.speaker for q in speech_of(article)] == ["Henry Voss"]


def test_two_lower_case_roles_joined_before_the_name(speech_of):
    # phrase._party_role had no test of its own (every role-conjunct test passes without it:
    # after_quote._second_role reads those); without it the writer's words go to the speaker
    # named before (a corpus article read so, eval/real/audit/big-articles.txt)
    article = ("Port row\n\nMayor Ivo Kell spoke to the council on Monday. Kell is the executive "
               "secretary of the Harbour Party.\n\nForecasts are worthless\n\nThe economist and "
               "occasional political commentator Ann Vale once memorably wrote that \u201cforecasts "
               "are worthless,\u201d citing it as an example of a simple lesson.\n\n"
               "\u201cIt is true,\u201d Kell said.")
    assert [q.speaker for q in speech_of(article)] == ["Ann Vale", "Ivo Kell"]
