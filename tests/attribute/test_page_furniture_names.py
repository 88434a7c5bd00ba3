"""Page furniture is no speaker (issue #11, round 20, lane "single"): a video box's "Replay
More Videos ... MUST WATCH" after a clip's title read as a bare credit line ("Videos"), and a
social line "Follow @handle" gave the name "Follow" that the next "he told …" resolved to. Cases
written for this test, shaped like the CNN page furniture found reading 1,000 unannotated
articles (the video box is in 1,516 corpus articles, "Follow @" lines in 313)."""

from __future__ import annotations

import pytest


CASES = [
    ("a video box's 'Replay More Videos' is no credit line",
     "Budget deal\n\nThe senators met on Tuesday.\n\n"
     "JUST WATCHED 'Nobody wants another shutdown' Replay More Videos ... MUST WATCH "
     "'Nobody wants another shutdown' 01:40\n\nThe vote was 60 to 40.",
     [None, None]),
    ("a labelled clip title keeps its label; the next box's clip title takes no voice above it",
     "Budget deal\n\n\"We will hold the line,\" Senator Dana Pike said on Tuesday.\n\n"
     "JUST WATCHED Dana Pike: 'We will not back down' Replay More Videos ... MUST WATCH "
     "Dana Pike: 'We will not back down' 02:16\n\n"
     "JUST WATCHED 'Nobody wants another shutdown' Replay More Videos ... MUST WATCH "
     "'Nobody wants another shutdown' 01:40\n\nThe vote was 60 to 40.",
     ["Dana Pike", "Dana Pike", "Dana Pike", None, None]),
    ("'Follow @handle' is no name a pronoun resolves to",
     "Dailey: budget portal launch a 'mess'\n\n(CNN) \u2013 Veteran Republican Sen. Rob Dailey on "
     "Sunday called the launch of the budget portal a \"mess\" and promised to keep opposing the "
     "plan. But he said Republicans should take a \"scalpel\" approach rather than the "
     "\"sledgehammer\" tactic of cutting off its money, as urged by hardliners like Sen. Tom Reyes."
     "\n\nOn CNN's \"Weekend Report,\" Dailey was not quite ready to call on Health and Human "
     "Services Secretary Karen Moss to resign, unlike others in his party, but he backs the idea "
     "of holding hearings on the problem and urged more efforts to repeal the plan.\n\n\n\n"
     "Follow @newsticker Follow @KellerCNN\n\n\"Let's find out who is to blame for this mess and "
     "then act on it,\" he told CNN Chief Political Analyst Gloria Borden when asked about Moss.",
     "Rob Dailey"),
]

# Three more page furnitures (twelfth session, corpus read): a newsletter box ("Newsletter Sign Up
# Continue reading the main story", 224 corpus articles), a share bar before a photo caption
# ("Facebook Twitter Pinterest … Photograph: …", 233) and a gallery caption ("Hide Caption 3 of 9
# Photos: …", 433). Each gave the words after it to a "name" of its own words.
_ROMNEY = ("Tax row\n\nMayor Dana Pike defended the levy on Tuesday.\n\n")
FURNITURE_CASES = [
    ("a newsletter box", _ROMNEY + "Newsletter Sign Up Continue reading the main story\n\n"
     "\u201cThe levy was never a tax,\u201d he said.", "Dana Pike"),
    ("a share bar before a caption", _ROMNEY + "Facebook Twitter Pinterest The mayor at the "
     "town hall on Monday. Photograph: Lee Marr/AP\n\n\u201cThe levy was never a tax,\u201d he said.",
     "Dana Pike"),
    ("a gallery caption", _ROMNEY + "Hide Caption 3 of 9 Photos: The mayor at the town hall. "
     "\u201cThe levy was never a tax,\u201d he said.", "Dana Pike"),
]
CASES += FURNITURE_CASES


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_page_furniture_is_no_speaker(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert not {q.speaker for q in said} & {"Videos", "Replay More Videos", "More Videos", "Follow", "Up Continue",
                                            "Facebook Twitter Pinterest", "Hide Caption"}
    if isinstance(expected, list):
        assert [q.speaker for q in said] == expected
    else:
        assert said[-1].speaker == expected  # the quotation after the social line
