"""The description a speech quotation carries (speaker_description): the role phrase the
article gives the speaker, never a verb or an adverb around a name. Read by hand on unannotated
BBC news (tenth session): a named candidate carried "selected Mr" from "those who selected
Mr X", and an unnamed document "The document reportedly". Our own words."""

from __future__ import annotations

import pytest

DESCRIPTIONS = [
    ("a verb before an honorific is not a role",
     "Candidate dropped\n\nArlo Penhallow, 54, was due to stand in the Eastfield seat. Those who "
     "picked Mr Penhallow knew nothing of his views. Mr Penhallow was quoted in the Courier "
     "saying: \u201cI feel the party has over-reacted.\u201d",
     "Arlo Penhallow", None),
    ("an adverb after an unnamed document is not part of it",
     "Candidate dropped\n\nArlo Penhallow, 54, was due to stand in the Eastfield seat. The "
     "leaflet reportedly said: \u201cWe are looking for a new empire.\u201d",
     None, "The leaflet"),
    ("a lower-case role before a name stays",
     "Candidate dropped\n\nParty treasurer Arlo Penhallow was due to stand in the Eastfield "
     "seat. \u201cI feel the party has over-reacted,\u201d Mr Penhallow said.",
     "Arlo Penhallow", "Party treasurer"),
]


@pytest.mark.parametrize("label, article, speaker, description", DESCRIPTIONS, ids=[c[0] for c in DESCRIPTIONS])
def test_description_is_a_role_phrase(speech_of, label, article, speaker, description):
    got = speech_of(article)[-1]
    assert (got.speaker, got.speaker_description) == (speaker, description), got.attribution_evidence
