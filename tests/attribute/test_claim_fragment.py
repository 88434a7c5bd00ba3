"""A short fragment in the "that"/"to" clause of a claim noun with an owner is the owner's
speech (attribute/claim_fragment.py, issue 11, round 50, lane speechscare50); a pronoun owner
is left to the other rules; an unowned claim, a group's claim, a pronoun's claim and a name in
marks keep the extraction's kind. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

_HEAD = ("Ferry contract row\n\nThe island council signed a new ferry contract on Monday. "
         "Councillor Maria Delgado voted against it.\n\n")
_TAIL = "\n\n\u201cThe boats will run on time,\u201d Mayor Tom Brandt said."


def _quote(body: str, words: str):
    r = extract_document(read_text(_HEAD + body + _TAIL, path="case"))
    attribute_results([r])
    return next(q for q in r.quotes if q.text.strip(" ,.:") == words)


OWNED = [
    ("a possessive name on 'suggestion that'",
     "Councillor Maria Delgado's suggestion that the timetable was \u201cbadly stitched\u201d drew no "
     "reply from the operator.",
     "badly stitched", "Maria Delgado"),
    ("another person's verb above an owned 'claim that'",
     "Mayor Tom Brandt rejected Maria Delgado's claim that fares would \u201cquietly double\u201d by "
     "the spring.",
     "quietly double", "Maria Delgado"),
    ("an owned 'admission that'",
     "Critics replayed Tom Brandt's admission that the deal was \u201ca little rushed\u201d "
     "before the vote.",
     "a little rushed", "Tom Brandt"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in OWNED], ids=[c[0] for c in OWNED])
def test_owned_claim_clause_is_the_owners_speech(body, words, speaker):
    q = _quote(body, words)
    assert (q.kind, q.speaker) == ("speech", speaker), (q.kind, q.kind_evidence, q.attribution_evidence)


def test_pronoun_owner_leaves_the_verbs_subject_its_name():
    # "he did not repeat his claim that …": the rule leaves a pronoun owner alone, and the
    # verb's subject names the speaker as before (a targeted corpus change of the first version
    # left it null)
    q = _quote("Mayor Tom Brandt spoke for an hour at the harbour. He did not repeat his claim that the "
               "operator had \u201ccooked the books\u201d on fuel.", "cooked the books")
    assert (q.kind, q.speaker) == ("speech", "Tom Brandt"), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_OWNED = [
    ("a claim with no owner",
     "The claim that the ferries were \u201cgathering rust\u201d spread quickly on the island.",
     "gathering rust"),
    ("a group's claim",
     "Residents' complaints that the service was \u201cpatchy at best\u201d go back years.",
     "patchy at best"),
    ("a pronoun's claim with no verb of saying",
     "Her complaint that the piers were \u201cfalling apart\u201d was noted in the minutes.",
     "falling apart"),
    ("a name in marks inside an owned promise",
     "Tom Brandt's promise to scrap \u201cFerrylink\u201d won him the election.",
     "Ferrylink"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in NOT_OWNED], ids=[c[0] for c in NOT_OWNED])
def test_unowned_claim_keeps_its_kind(body, words):
    q = _quote(body, words)
    assert q.kind != "speech" and q.speaker is None, (q.kind, q.kind_evidence, q.attribution_evidence)
