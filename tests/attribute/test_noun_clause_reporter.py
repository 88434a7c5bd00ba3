"""A participle of saying the parser hung on the verb of a "that" clause under a claim noun or a
verb of signalling (issue #11, round 38, lane clause21): "X echoed the beliefs of many that Y has
moved to the fringe, telling a paper “…”", "X rebutted suggestions that Y would split, saying
…", "X signaled that the bill had no future, calling it “…”". The inherited subject was the
clause's subject (a body or a thing) and the speaker went wrong or null; the one who echoed,
rebutted or signaled speaks. Articles written for this test, shaped like big and big2 cases."""

from __future__ import annotations

import pytest


CASES = [
    ("a plural claim noun's clause under a verb that is no verb of saying",
     "Parks\n\nThe vote is on Friday. Councillor Mara Venn echoed the beliefs of many residents that "
     "the Harbour Trust has lost interest in the park, telling the Gazette “the diggers will be here by spring.”",
     ["Mara Venn"]),
    ("suggestions rebutted, then a participle of saying",
     "Split\n\nThe party meets in June. Senator Joan Pryde rebutted suggestions that the caucus would "
     "break apart over the vote, saying the group was “as united as it has ever been.”",
     ["Joan Pryde"]),
    ("a verb of signalling governs the clause",
     "Budget\n\nThe bill passed the lower house. Senate leader Dale Orrin signaled that the budget "
     "bill had no chance in his chamber, calling it “a stunt dressed up as a plan.”",
     ["Dale Orrin"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_noun_clause_reporter(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


# Guard (big2): marked words inside the claim's clause are the claimants', so the clause keeps
# main's answer; the rebutter is not given the word he rebutted.
def test_marked_word_in_the_rebutted_claim_is_not_the_rebutters(speech_of):
    article = ("Split\n\nThe party meets in June. Senator Joan Pryde rebutted suggestions that the caucus "
               "would “betray” the voters, saying the group was “as united as it has ever been.”")
    assert "Joan Pryde" not in [q.speaker for q in speech_of(article) if q.text.startswith("betray")]


# Round 38 review (review29): the guard's own article above passes with the guard switched off
# ("betray" is a scare quote either way); here, without it, the rebutted claim's marked word
# went to the rebutter.
def test_rebutted_claims_marked_word_stays_off_the_rebutter(speech_of):
    article = ("Count\n\nThe recount starts on Monday. Party chair Reed Hollis rebutted suggestions that "
               "the party may “hijack” the vote, saying the count would be “fair, open and public.”")
    assert "Reed Hollis" not in [q.speaker for q in speech_of(article) if q.text.startswith("hijack")]


# Round 38 review (review29): the guard returned None for every claim clause holding marks, so
# round 17's own case - a verb of saying ("rejected", "denied") over the claim noun - lost its
# reporter when the claim quoted a word, and the participle's words went to the one accused.
@pytest.mark.parametrize("verb", ["rejected the allegation", "denied the accusation"])
def test_reporting_verb_over_a_claim_with_a_marked_word_keeps_the_reporter(verb, speech_of):
    article = (f"Harbour\n\nThe board meets in May. Councillor Bea Lund {verb} that Mayor Olaf Rind had "
               "“misled” the voters, saying the charge was “plainly absurd.”")
    assert [q.speaker for q in speech_of(article) if q.text.startswith("plainly")] == ["Bea Lund"]
