"""Round 34 (lane notspeech15): a poll's answer option in marks ("nine percent chose “…”",
"rated it “fair” (31%)") is the option's name, a term, not words anyone said: main read it as
speech under the reporting verb of the sentence (eval/real/audit/notspeech15-sample.tsv item
107; the real-news fresh2 tuning split's "ten percent chose “…”"). Each snippet is written for
this test; the near misses keep a named speaker's words, and a share's "say" is left alone."""

from __future__ import annotations

import pytest


L, R = "\u201c", "\u201d"


# (case, article, fragment)
ANSWERS = [
    ("one in four rated",
     f"Poll\n\nHalf of the anglers polled back the ban. Another one in four rated it {L}fairly{R} important.",
     "fairly"),
    ("a share in parentheses",
     f"Survey\n\nMost nurses said in 2019 that staffing on their ward was {L}poor{R} (41%) or {L}very poor{R} (12%).",
     "poor"),
    ("percent of respondents under a named poll",
     f"Survey\n\nThe Harbour Institute poll found that 64 percent of respondents picked {L}ferry delays{R} as their top worry.",
     "ferry delays"),
    ("percent chose",
     f"Poll\n\nForty percent said jobs, 22 percent said schools, and nine percent chose {L}public safety.{R}",
     "public safety"),
    # round 44, lane tidy27: one share pattern with attribute/poll_share (lexicon POLL_SHARE_RE)
    ("a fifth of members picked",
     f"Poll\n\nThe club asked its members about the summer. A fifth of members picked {L}late opening.{R}",
     "late opening"),
]


@pytest.mark.parametrize("case,article,fragment", ANSWERS, ids=[c[0] for c in ANSWERS])
def test_poll_answer_is_a_term(case, article, fragment, quote_of):
    assert quote_of(article, fragment).kind == "term"


# a share's verb of saying or believing is left to the reporting rules (see lexicon/voting.py)
def test_share_that_says_is_left_to_the_reporting_rules(quote_of):
    q = quote_of(f"Poll\n\nAnother one in four say it is {L}fairly{R} important to them.", "fairly")
    assert q.kind != "term"


# (case, article, fragment, speaker): a share that is no subject, or a long answer
SPEECH = [
    ("a share in an apposition",
     f"Vote\n\nMayor Lena Ostrova, who won 58 percent of the vote, said the result was {L}a clear mandate{R}.",
     "a clear mandate", "Lena Ostrova"),
    ("a named speaker citing a share",
     f"Jobs\n\nSenator Raul Ibsen said 30 percent of the town is {L}out of work{R} this winter.",
     "out of work", "Raul Ibsen"),
]


@pytest.mark.parametrize("case,article,fragment,speaker", SPEECH, ids=[c[0] for c in SPEECH])
def test_named_speaker_keeps_words(case, article, fragment, speaker, quote_of):
    q = quote_of(article, fragment)
    assert q.kind == "speech"
    assert q.speaker == speaker
