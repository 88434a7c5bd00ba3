"""Words that are not names taken for the speaker (issue #11, round 17, lane "names3"): a
sentence opener before the comma of "X, Name said", an organisation whose name holds "and", a
reporting verb inside a Title Case heading, an office word alone ("Mayor", "Chairman") read as a
name. Cases written for this test, shaped like constructs that gave "Overnight",
"Qualifications", "Obama Hails News", "Mayor" and "Chairman" as speakers on real news."""

from __future__ import annotations

import pytest


CASES = [
    ("a time adverb and its comma before the name is no joint speaker",
     "Handover\n\nSenator Jane Marlow met the transition team on Monday. Overnight, Marlow wrote: "
     "\"A smooth and orderly handover is under way.\" The team met again.",
     ["Jane Marlow"]),
    ("a plural noun and its comma before 'she said' is the topic, not the speaker",
     "Jobs\n\nGovernor Tia Rosen spoke in Akron on Friday. \"We are moving on,\" Rosen said. "
     "Shops, she said, \"have taken on thousands of workers this year.\" The crowd cheered.",
     ["Tia Rosen", "Tia Rosen"]),
    ("an organisation whose name holds 'and' is one speaker",
     "Exams\n\nThe review came out on Monday. The Standards and Testing Authority (STA) has also "
     "warned ministers not to \"rush the change\". The talks go on.",
     ["Standards and Testing Authority"]),
    ("an office word alone after a lower-case modifier is someone unnamed, not a name",
     "Housing\n\nThe vote was on Monday. The town's new Mayor, who opposed the plan, said it "
     "was \"a costly mistake\". The talks go on.",
     [None]),
    ("an office word alone after a lower-case modifier goes to the holder named before",
     "Housing\n\nMayor Tom Reese spoke on Monday. The town's new Mayor, who opposed the plan, "
     "said it was \"a costly mistake\". The talks go on.",
     ["Tom Reese"]),
    # an office and its "for/of Place" with no name after them is a description, never the
    # name "for Place" (round 24, lane wrong8: "The MP for <constituency> said" in the fresh5
    # tuning split, "the mayor of <city>" in unannotated corpus articles)
    ("an office and its 'for Place' is the person in focus, not a name 'for Place'",
     "Campaign\n\nMr Dale Harker said the campaign was slow. Mr Harker predicted it would pick up "
     "soon. The MP for Kestrelbury said the prime minister had been \"trying very hard\". The "
     "talks go on.",
     ["Dale Harker"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_not_names(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected



def test_heading_verb_ends_the_name():
    """"Reese Hails Result:" in an update heading is Reese and a verb, not a name "Reese Hails
    Result" that the full form "Mayor Reese" is later lengthened to."""
    from onrecord.attribute.layout import build_layout
    from onrecord.attribute.mentions import find_mentions
    text = ("Vote count\n\nThe count ended at noon and Mayor Reese spoke.\n\nUpdate at 1 p.m. "
            "Reese Hails Result:\n\nAt a rally, Mayor Reese said the vote was \"a turning point.\"\n\n"
            "The United States Senate will vote next.")
    names = [m.name for m in find_mentions(build_layout(text, []))]
    assert "Reese Hails Result" not in names and "Hails Result" not in names
    assert "United States Senate" in names


def test_office_heading_its_of_phrase_is_no_name(speech_of):
    """"Chairman of the Audit Panel Nia Barlow MP, said": the parse heads the subject on the
    office; the office word is not a name (null is better than "Chairman")."""
    art = ("Housing\n\nThe report came out on Monday. Chairman of the Audit Panel Nia Barlow MP, "
           "said: \"The plan is a costly mistake.\" The talks go on.")
    assert [q.speaker for q in speech_of(art, "office of phrase")] != ["Chairman"]
