"""Verbs of speaking that say how the words came out ("“…,” Brell thundered", "“…,” she
quipped", "“…,” he texted"): the attribution list lacked them, so a quotation closed by one was
read by the fallback (the last speaker, or nobody). In 4,200 unannotated corpus articles the
bare "“…,” Name VERBed" shape held about 400 of them ("quipped" alone 65: "quip" was listed,
but its past was spelled "quiped"). Articles written for the test."""

from __future__ import annotations

import pytest

# Brell is named first and Osk speaks last, so a fallback to the last speaker would say Osk.
_OPEN = ("Harbour plan\n\nThe fisherman Tomas Brell, 61, opposes the dredging plan. Harbour master "
         "Lena Osk backed it on Monday. \u201cIt keeps the port open,\u201d Osk said.\n\n")

CASES = [
    ("quipped", "\u201cThey will dredge the fish out with the mud,\u201d Brell quipped.", "Tomas Brell"),
    ("thundered", "\u201cThey will ruin the bay for good,\u201d Brell thundered.", "Tomas Brell"),
    ("yelled", "\u201cNobody asked the boats,\u201d Brell yelled from the quay.", "Tomas Brell"),
    ("texted", "\u201cI will be at the meeting with my nets,\u201d Brell texted.", "Tomas Brell"),
    ("bragged", "\u201cMy family fished here before the port was built,\u201d Brell bragged.", "Tomas Brell"),
    ("taunted", "\u201cGo and dredge your own garden,\u201d Brell taunted.", "Tomas Brell"),
    ("grumbled, verb first", "\u201cIt is always the same story,\u201d grumbled Brell.", "Tomas Brell"),
    # round 38, lane orgpiece21: verbs of saying the list lacked ("“…?” Todd pressed.")
    ("pressed", "\u201cBut who pays for the dredging?\u201d Brell pressed.", "Tomas Brell"),
    ("prodded", "\u201cSo the boats will wait a year?\u201d Brell prodded.", "Tomas Brell"),
    ("stammered", "\u201cI do not know how many times I have said it\u2014\u201d Brell stammered.", "Tomas Brell"),
    ("sputtered", "\u201cThey keep saying progress, have you noticed?\u201d Brell sputtered.", "Tomas Brell"),
    ("queried", "\u201cWas anyone on the quay asked at all?\u201d Brell queried.", "Tomas Brell"),
    ("specified", "\u201cOnly the inner harbour, not the bay,\u201d Brell specified.", "Tomas Brell"),
    ("theorizes, present", "\u201cThe plan has more to do with the new hotel,\u201d Brell theorizes.", "Tomas Brell"),
]


@pytest.mark.parametrize("case,closing,expected", CASES, ids=[c[0] for c in CASES])
def test_manner_verbs(case, closing, expected, speech_of):
    quotes = speech_of(_OPEN + closing, case)
    assert [q.speaker for q in quotes] == ["Lena Osk", expected]
    verb = next(w for w in closing.split("\u201d ")[1].rstrip(".").split() if w.islower())
    assert quotes[-1].cue == verb


# Round 38 review (review29): the manner verbs orgpiece21 added take an object, and a marked
# phrase in it is the object's label, not the subject's saying ("queried the “facts”", "pressed
# her on his “secret deal”"); a closing credit ("“…?” X pressed.") still speaks (cases above).
@pytest.mark.parametrize("sentence", [
    "Councillor Tomas Brell queried the “facts” the harbour board had offered.",
    "Councillor Tomas Brell pressed the harbour master on his “gentleman's agreement” with the ferry firm.",
])
def test_marked_object_of_a_manner_verb_is_not_speech(sentence, speech_of):
    article = "Quay\n\nThe harbour board met on Monday. " + sentence
    assert speech_of(article) == []


# Guard (review29, orgpiece21's corpus set): a directive "pressed X to …" or "pressed X for …"
# still reports the presser's words; making these verbs weak lost both.
@pytest.mark.parametrize("sentence", [
    "Councillor Tomas Brell pressed the harbour board on Monday to “stop dithering” over the quay.",
    "Councillor Tomas Brell pressed the harbour master for a “straight answer” about the quay.",
])
def test_pressing_someone_to_or_for_still_speaks(sentence, speech_of):
    article = "Quay\n\nThe harbour board met on Monday. " + sentence
    assert [q.speaker for q in speech_of(article)] == ["Tomas Brell"]



def test_a_comparison_after_the_marks_is_no_credit(speech_of):
    """'“…” rather than pressed against …': "pressed" joined the verbs of saying in round 38,
    and the string rule then read "rather than" as the one who pressed (orgpiece21's corpus
    check: a description "rather than", the swimmer named before losing her words)."""
    text = (_OPEN + "Brell said the harbour master had stopped him at the gate. \u201cI would not "
            "leave the quay\u201d rather than pressed against the fence, he said later.")
    q = speech_of(text, "comparison")[-1]
    assert q.speaker_description != "rather than"
    assert q.cue != "pressed"
