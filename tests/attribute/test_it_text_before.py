"""An "it" that speaks right after a sentence that names a text (a letter, a sign, a
disclaimer) away from its subject, or a document that opened the sentence before ("The
indictment says …", "Zoomly's policy bars …"), is that text: its issuer when the article names one, else
nobody, never a body or place named in passing (issue 11, round 48, lane it28: on big + big2
"… according to the letter …. It said" went to the agency the letter accused, "X signed a
letter urging the Senate …. It argues" to a Senate committee, "holding a sign …. It read" to
the National Mall; tuning: "the site displays a disclaimer …. It states" to a police
department). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    # round 47, lane pronoun28: a document opening the sentence before (on big2 "The indictment says
    # …. It says that “…”" gave the words to the FBI named sentences before, "<Google>'s policy bars
    # …. It states …" to a term)
    ("an indictment opening the sentence before",
     "Mayor charged\n\nA former mayor, Dale Crump, was charged on Monday with lying to the FBI about "
     "building permits in Easton.\n\nThe indictment says Crump took cash from a builder for years. "
     "It says that \"the payments were hidden in a garden shed behind the town hall.\"",
     None),
    ("a company's policy opening the sentence before",
     "Ads row\n\nSeveral tax firms bought ads on the search site Zoomly that promised free filing for "
     "every user.\n\nZoomly's policy bars misleading ads. It states that advertisers must \"show "
     "every fee up front, before a user signs up.\"",
     "Zoomly"),
    ("a letter after 'according to'",
     "Records row\n\nThe county clerk's office in Dunmore handed the files to the Harbor Police "
     "Department, according to the letter, which a local paper obtained. It said the files held "
     "\"thousands of private messages between the two campaigns.\"",
     None),
    ("a letter a person signed",
     "Nominee opposed\n\nGreta Hollis is one of forty retired judges who signed a letter urging the "
     "Senate Judiciary Committee to reject the nominee. It argues that \"a judge who mocks the law "
     "cannot be trusted to apply it.\"",
     None),
    ("a sign a protester held",
     "March downtown\n\nNearby, Owen Pratt marched with dozens of others past the offices of the "
     "Harbor Transit Authority, "
     "holding a sign covered in photographs of closed clinics. It read \"Who will care for us now?\"",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_it_is_the_text_not_a_body_in_passing(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("a body that issued the text is the subject",
     "Recall\n\nThe Harbor Safety Board released a short statement on Monday about the ferries. It "
     "said \"no vessel will sail until each hull is checked twice.\"",
     "Harbor Safety Board"),
    ("no text in the sentence before",
     "Recall\n\nThe Harbor Safety Board said on Monday that it had found cracks in six ferries.\n\n"
     "It added that \"no vessel will sail until each hull is checked twice.\"",
     "Harbor Safety Board"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_body_subject_still_binds_it(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


FRONTED = [
    ("an issue of a magazine",
     "Group's magazine\n\nThe town of Harven is where the hermit Bartholomew Quill is said to have "
     "foretold a great flood. In the latest issue of Tidewatch it states: \"The time to choose a "
     "side is running out for every reader.\"",
     ["Tidewatch"]),
    ("a museum display and the words after it",
     "New museum\n\nLarge screens recall the invasion of Corvana. The museum opened on Monday. It "
     "does not hide the failures of the war in Corvana, but it does not dwell on them. In the "
     "Corvana display it says plainly, \"No hidden weapons were ever found.\" But "
     "then it adds, \"Later searches showed the factories could have been rebuilt.\"",
     [None, None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in FRONTED], ids=[c[0] for c in FRONTED])
def test_it_after_a_fronted_text_part(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-len(expected):] == expected


def test_a_body_after_in_a_statement_keeps_it(speech_of):
    article = ("Ferries\n\nThe Harbor Safety Board found cracks in six ferries. In a statement, it "
               "said \"no vessel will sail until each hull is checked twice.\"")
    assert [q.speaker for q in speech_of(article)][-1:] == ["Harbor Safety Board"]


# Review of round 48 (review40): a fronted ad or video with no "of <publication>" is the body
# the sentence before has as its subject, or the body "its" stands for, when one issued it; the
# fronted-text reading left both unnamed, though the older passes named the union.
FRONTED_BODY = [
    ("an ad after a sentence whose subject is the body that ran it",
     "Levy fight\n\nThe Dock Workers Union launched a new campaign against the harbour levy on "
     "Monday. In the ad it says \"the harbour belongs to every family in this town.\""),
    ("an ad fronted by 'its'",
     "Levy fight\n\nThe Dock Workers Union has fought the harbour levy since spring. In its new "
     "advertisement it says \"the harbour belongs to every family in this town.\""),
]


@pytest.mark.parametrize("article", [c[1] for c in FRONTED_BODY], ids=[c[0] for c in FRONTED_BODY])
def test_a_fronted_ad_of_the_body_before_is_that_body(speech_of, article):
    assert [q.speaker for q in speech_of(article)][-1:] == ["Dock Workers Union"]
