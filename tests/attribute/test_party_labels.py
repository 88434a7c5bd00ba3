"""A definite "<state> <party member>" epithet is the one person the article labels with that
party and state ("Sen. Ann X (D-N.Y.)", "Ohio Republican Bo Y", "Ann X, a Democrat from New
York"), even when someone else is in focus; two so labelled and neither in focus: no one (round
40, lane party23) when the person in focus is labelled with another party or state; an
unlabelled focus keeps the epithet. Main gave it to the focus whatever the labels said.
Articles written for the test."""

from __future__ import annotations

import pytest

from onrecord.attribute.party_labels import epithet_party_state, labelled_names

CASES = [
    ("a bracketed label names the one the epithet means, not the senator of the other party in focus",
     "Tariffs\n\nSen. Rob Tally (R-N.Y.) won praise on Sunday from Sen. Mara Quint (D-N.Y.) for "
     "his trade line. Tally thanked her on television.\n\nIn a radio interview, the New York "
     "Democrat said \u201cI am closer to his view on trade.\u201d", "the New York Democrat", "Mara Quint"),
    ("a label before the name, with a title; the focus is labelled with another state",
     "Detainees\n\nOhio Republican Rep. Dale Furnam backed the bill. Speaker Lena Orte (R-Wis.) "
     "praised it after the vote.\n\n\u201cWe will not move the prisoners,\u201d the Ohio "
     "Republican said.", "the Ohio Republican", "Dale Furnam"),
    ("a label written 'a Democrat from <state>' after the name; the focus is of the other party",
     "Health bill\n\nTom Grell, a Democrat from Oregon, attacked the plan. The leader Ivo Pask "
     "(R-Ore.) spoke first at the briefing.\n\n\u201cThis bill is rotten,\u201d said the "
     "Oregon Democrat.", "the Oregon Democrat", "Tom Grell"),
]


@pytest.mark.parametrize("case,article,epithet,who", CASES, ids=[c[0] for c in CASES])
def test_epithet_is_the_one_labelled(case, article, epithet, who, speech_of):
    said = speech_of(article, case)
    last = [q for q in said if q.start > article.index(epithet) - 60]
    assert last and all(q.speaker == who for q in last), [(q.text, q.speaker) for q in last]


KEPT = [
    ("the focus is the one labelled: kept",
     "Guns\n\nSen. Jon Corwin (R-Texas) filed a bill on Monday.\n\n\u201cIt is a right,\u201d "
     "the Texas Republican told me.", "Jon Corwin"),
    ("no label in the article: the person in focus, as before",
     "Guns\n\nSen. Jon Corwin filed a bill on Monday.\n\n\u201cIt is a right,\u201d the Texas "
     "Republican told me.", "Jon Corwin"),
    ("another of the state's party labelled, the unlabelled focus kept",
     "Emergency\n\n\u201cWe should vote,\u201d Sen. Abe Lusk (R-Ky.) said.\n\nMajority Leader "
     "Jon Corwin said the vote is on Thursday.\n\nThe Kentucky Republican said he \u201cmay "
     "well\u201d back a change.", "Jon Corwin"),
    ("two labelled and the focus labelled otherwise: no one",
     "Budget\n\nRep. Kim Alder (D-Md.) and Rep. Sol Brine (D-Md.) wrote to the chair. Chairman "
     "Vic Horne (R-Va.) answered them.\n\n\u201cWe need both sides treated alike,\u201d the "
     "Maryland Democrat said.", None),
]


@pytest.mark.parametrize("case,article,who", KEPT, ids=[c[0] for c in KEPT])
def test_party_label_guards(case, article, who, speech_of):
    said = speech_of(article, case)
    assert said and said[-1].speaker == who, [(q.text, q.speaker) for q in said]


@pytest.mark.parametrize("epithet,want", [
    ("the New York Democrat", ("new york", "democrat")),
    ("the veteran Georgia Republican", ("georgia", "republican")),
    ("the House Republican", None),
    ("the Miami-based Republican", None),
])
def test_epithet_party_state(epithet, want):
    assert epithet_party_state(epithet) == want


def test_label_shapes():
    text = ("Sen. Ann Vey (D-N.Y.) spoke. Rep. Bo Yard, R-Ohio, agreed. New York Democrat Cal "
            "Zorn said so. Di Ash, a Democrat from New York, nodded. Ed Fox (D., N.Y.) left.")
    assert labelled_names(text, len(text), "new york", "democrat") == ["Ann Vey", "Ed Fox", "Cal Zorn", "Di Ash"]
    assert labelled_names(text, len(text), "ohio", "republican") == ["Bo Yard"]
