"""A quotation listed right after one left with no speaker is no continuation of an earlier
speaker (issue 11, round 48, lane unnamed28): "the tribunal upheld the rule as furthering the
town's interest in “…” and “…”" and "shoppers in a survey run by Ida X gave the following
answers: “…,” “…” and “…”" — the first item was read as narration or an unnamed group's words,
the next went to the last voice quoted before. Our own words."""

from __future__ import annotations

_COURT = ("Market rule\n\nHarwick\u2019s rule, as Fell met it, bars any sign with a view on it. Harwick "
          "has admitted that its rule would also bar badges of \u201cwell-known local clubs.\u201d\n\n"
          "Advertisement\n\nA county tribunal upheld the rule used against Fell\u2019s stall as furthering "
          "Harwick\u2019s interest in market-day \u201ccalm, order and fairness\u201d and \u201cthe good name "
          "of its old square\u201d and to protect buyers \u201cfrom crowding and sharp dealing.\u201d\n")

_SURVEY = ("Market rule\n\nCouncillor Bram Osei defended the new market rule. \u201cIt keeps the square "
           "tidy and safe,\u201d Osei said on Monday.\n\nAsked to name a sound they link with the market, "
           "shoppers in a survey run by Ida Brenn in Harwick last week gave the following answers: "
           "\u201csirens,\u201d \u201ccar horns,\u201d \u201cshouting\u201d and \u201ca dog barking.\u201d\n")


def test_a_court_s_listed_words_are_nobody_s(speech_of):
    said = [q for q in speech_of(_COURT) if q.kind == "speech"]
    assert [q.speaker for q in said] == ["Harwick", None, None, None]


def test_a_survey_s_listed_answers_stay_the_unnamed_group_s(speech_of):
    said = [q for q in speech_of(_SURVEY) if q.kind == "speech"]
    assert [q.speaker for q in said] == ["Bram Osei", None, None, None, None]
    assert said[2].speaker_description == "shoppers"


def test_a_listed_item_after_a_named_one_keeps_the_name(speech_of):
    # guard: the item before it has a speaker, so the rule does not apply
    art = ("Market rule\n\nCouncillor Bram Osei defended the new market rule. \u201cIt keeps the square "
           "tidy and safe,\u201d Osei said on Monday. Osei called the old stalls \u201ca fire risk to every "
           "shopper\u201d and \u201ca disgrace to the whole town\u201d in his speech.\n")
    said = [q for q in speech_of(art) if q.kind == "speech"]
    assert said and all(q.speaker == "Bram Osei" for q in said)
