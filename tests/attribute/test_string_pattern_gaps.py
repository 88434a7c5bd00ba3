"""What may stand between a quotation and its attribution in a string pattern. Found by reading
onrecord's output on 400 unannotated real articles (tenth session): AP wire copy closes
quotations with two apostrophes ('') and the second one was taken for the speaker; "X now
says", "The actor even says" left the speaker null. Our own words."""

from __future__ import annotations

import pytest

TYPEWRITER = ("Charges laid\n\nThree men were charged on Monday.\n\n\"Anyone who harms our "
              "people will face the law,'' Ellery Vance said.\n\n\"Sadly,'' said Assistant "
              "Commissioner Orla Brandt, \"one of them wore a uniform.\"")

CASES = [
    ("typewriter closing mark, inverted verb", TYPEWRITER, 1, "Orla Brandt"),
    ("typewriter closing mark, after an interruption", TYPEWRITER, 2, "Orla Brandt"),
    ("typewriter closing mark, plain", TYPEWRITER, 0, "Ellery Vance"),
    ("now between subject and verb",
     "Policy turn\n\nCommentator Hattie Quell backed the plan last year. Quell now says she was "
     "\u201cbadly misled\u201d about it.", -1, "Hattie Quell"),
    ("even between subject and verb",
     "Policy turn\n\nCommentator Hattie Quell backed the plan last year. Quell even says the "
     "plan is \u201ca fraud on voters\u201d.", -1, "Hattie Quell"),
    ("today between subject and verb",
     "Policy turn\n\nSenator Hattie Quell spoke in Denver. Quell today said the plan is "
     "\u201ca fraud on voters\u201d.", -1, "Hattie Quell"),
    ("a long role between party and name",
     "Housing plans\n\nThe party made its claims on Monday. \"This is typical hypocrisy,\" said "
     "Tory shadow local government secretary Delia Fenwick.", -1, "Delia Fenwick"),
    ("an office 'to the' a body before the name",
     "Housing plans\n\nThe report came out on Monday. But Chief Secretary to the Treasury Mira "
     "Oduya attacked the plans. \"They are cutting spending by a vast sum,\" she said.", -1, "Mira Oduya"),
    ("two title words are no name",
     "Housing plans\n\nThe report came out on Monday. Chief Secretary Mira Oduya spoke first. "
     "But the Chief Secretary left early. \"They are cutting spending by a vast sum,\" she said.",
     -1, "Mira Oduya"),
]


@pytest.mark.parametrize("label, article, index, speaker", CASES, ids=[c[0] for c in CASES])
def test_speaker_across_the_gap(speech_of, label, article, index, speaker):
    got = speech_of(article)[index]
    assert got.speaker == speaker, (got.text, got.speaker, got.speaker_description, got.attribution_evidence)
