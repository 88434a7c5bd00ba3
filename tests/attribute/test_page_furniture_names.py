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


# Round 33 (lane form14): four more furnitures that became names, found scanning the 7,394 shown
# names of 974 random corpus articles: a newsletter box's "… you agree to our Privacy Policy"
# (in 1,506 corpus articles), "Email Sign Up" (315) and "Story Continued Below" (2,297) between
# two paragraphs, and a video box's "CLOSE" in capitals opening the caption line before the lede
# (351). A later "he said" resolved to "Privacy Policy"; "CLOSE" glued onto the name it opens.
_MAYOR = "Tax row\n\nMayor Dana Pike defended the levy on Tuesday, saying it was fair.\n\n"
MORE_FURNITURE = [
    ("a newsletter box's privacy policy", "Tax row\n\nSpeaking after former Governor Lee Marr in "
     "Calder on Saturday night, Pike said that by now he was mostly \"a bystander\" and the vote "
     "was up to the people.\n\nGet the Daily Stories you care about delivered to your inbox. By "
     "signing up, you agree to our Privacy Policy\n\n\"The levy is in your hands,\" he told the "
     "crowd of 2,000 on a cold night.", "Pike"),
    ("an email sign-up box", _MAYOR + "Email Sign Up By signing up you agree to receive email "
     "newsletters or alerts from the Daily. You can unsubscribe at any time.\n\nHowever, he said, "
     "\u201cthe levy was never a tax.\u201d", "Dana Pike"),
    ("a video box's CLOSE before the caption", "Tax row\n\nCLOSE Dana Pike is the first mayor to "
     "tax the port. Pike spoke on Tuesday.\n\n\u201cThe levy was never a tax,\u201d Pike said.",
     "Dana Pike"),
    ("a jump line is no one a role refers back to", "Health law\n\nThe founder of the group sat in on "
     "the talks when the bill was written.\n\nBut the news on Tuesday caught him by surprise.\n\n"
     "Story Continued Below\n\n\u201cI did not get a heads-up,\u201d the founder said.", None),
    ("a topic link line is no antecedent", "Port levy\n\nThe levy passed on Monday, and its "
     "backers were pleased.\n\nFull Coverage: Harbour Fees\n\n\u201cIt is a fair deal,\u201d she "
     "said.", None),
    ("a related-story line is no name glued to its headline's first word", "Port levy\n\nThe "
     "levy passed on Monday. Mayor Dana Pike called it \u201cfair\u201d.\n\nRelated Coverage "
     "Calder warns of steps against the levy\n\nCalder, which runs the port, said the levy "
     "\u201cbreaks the treaty\u201d.", "Calder"),
]
CASES += MORE_FURNITURE


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_page_furniture_is_no_speaker(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert not {q.speaker for q in said} & {"Videos", "Replay More Videos", "More Videos", "Follow", "Up Continue",
                                            "Facebook Twitter Pinterest", "Hide Caption",
                                            "Privacy Policy", "Email Sign Up", "Continued Below",
                                            "Coverage Calder", "Full Coverage", "Harbour Fees"}
    assert not any(q.speaker and q.speaker.startswith("CLOSE") for q in said)
    if isinstance(expected, list):
        assert [q.speaker for q in said] == expected
    else:
        assert said[-1].speaker == expected  # the quotation after the social line


@pytest.mark.parametrize("words,length", [
    (["Privacy", "Policy"], 2), (["Email", "Sign", "Up"], 3), (["Story", "Continued", "Below"], 3),
    (["Related", "Coverage", "China"], 2), (["Full", "Coverage"], 2), (["CLOSE", "Dana", "Pike"], 1),
    (["Close", "Dana"], 0),  # "Glenn Close": only the capitals are the video box's
    (["Story", "County"], 0),
])
def test_furniture_length(words, length):
    from onrecord.lexicon.furniture import furniture_length
    assert furniture_length(words) == length
