"""A definite "<state> <party member>" epithet ("the Ohio Republican") is introduced as
someone unnamed only by an indefinite of the same state and party ("an Ohio Republican told
…"); an indefinite of another state, of no state, or a plural party word before it ("a South
Carolina Republican who …", "a House Republican bill", "his fellow Republicans") leaves the
epithet to the subject just before; so does a focus the labels refuse, unless that subject is
labelled otherwise too. A label line glued to a name across a line break is not
part of the name. Round 78, lane desc88. Articles written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from onrecord.attribute.party_labels import labels
from onrecord.attribute.state_epithet import state_epithet_introduced, subject_before

CASES = [
    ("an unnamed member of another state before",
     "Border bill\n\nThe bill was written by a Georgia Republican who left the Senate last year."
     "\n\nSpeaker Tom Brannick insisted on Monday that the Senate bill is dead.\n\n\u201cWe will not vote on what the Senate sends us,\u201d "
     "the Ohio Republican said at his weekly briefing.", "Tom Brannick"),
    ("a plural party word and a possessive before",
     "Tax talks\n\nThe senator sat with his fellow Republicans at a weekly lunch for Republican "
     "senators.\n\nDale Kerrow warned the White House against meddling in the talks.\n\n"
     "\u201cLet the process run,\u201d the Iowa Republican told a radio host.", "Dale Kerrow"),
    ("an indefinite party member of no state before",
     "Health plans\n\nA House Republican bill would let people keep their plans.\n\nCommittee "
     "Chairman Fred Ollin now backs the bill.\n\n\u201cActions speak louder than words,\u201d "
     "the Michigan Republican said.", "Fred Ollin"),
]


@pytest.mark.parametrize("article,who", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_state_epithet_speaker(speech_of, article, who):
    assert speech_of(article)[-1].speaker == who


INTRODUCED = [
    ("an indefinite of the same state", "Yesterday an Ohio Republican told us. ", "the Ohio Republican", True),
    ("a member 'from' the state", "A Democratic senator from New York said so. ", "the New York Democrat", True),
    ("another state", "Ann Lee, a South Carolina Republican who … ", "the Ohio Republican", False),
    ("no state", "A House Republican bill passed. ", "the Ohio Republican", False),
    ("named right after", "An Ohio Republican, Bo Tull, said so. ", "the Ohio Republican", False),
    ("not a state epithet", "A senior adviser said so. ", "the adviser", None),
]


@pytest.mark.parametrize("before,epithet,expected", [c[1:] for c in INTRODUCED], ids=[c[0] for c in INTRODUCED])
def test_introduced_only_by_the_same_state(before, epithet, expected):
    assert state_epithet_introduced(before, epithet, len(before), 1500) is expected


def test_a_label_name_stops_at_a_line_break():
    # a photo credit line above the labelled name is no part of it
    text = "Budget\n\nAPP\n\nRep. Moe Yarrow, R-La., chairs the study group."
    assert labels(text, len(text)) == [("Moe Yarrow", "louisiana", "republican")]


SUBJECT_CASES = [
    ("unlabelled subject", "And Rep. Tim Hollis also backed a short bill. ", "person", "Tim Hollis"),
    ("labelled with the epithet's state", "And Rep. Tim Hollis (R-Kan.) also backed it. ", "person", "Tim Hollis"),
    ("labelled with another state", "And Rep. Tim Hollis (R-Iowa) also backed it. ", "person", None),
    ("an unnamed member of the state introduced", "A Kansas Republican said so. Tim Hollis agreed. ",
     "person", None),
    ("a body is no subject for a person's epithet", "And Hollis Partners backed a short bill. ", "org", None),
]


@pytest.mark.parametrize("before,kind,expected", [c[1:] for c in SUBJECT_CASES], ids=[c[0] for c in SUBJECT_CASES])
def test_subject_before_a_refused_focus(before, kind, expected):
    # the resolver's focus left the epithet with no one; the subject of the sentence before is
    # taken unless the labels tie it elsewhere
    subj = SimpleNamespace(kind=kind, modifier=False, canonical="Tim Hollis")
    text = "Funding\n\n" + before
    res = SimpleNamespace(subj={0: [subj]}, lay=SimpleNamespace(text=text, masked=text),
                          ents=SimpleNamespace(entity_for_name=lambda n: subj if "Hollis" in n else None))
    part = SimpleNamespace(text="the Kansas Republican", start=len(text))
    found = subject_before(res, part, 1, 1500)
    assert (found is subj) == (expected is not None)
