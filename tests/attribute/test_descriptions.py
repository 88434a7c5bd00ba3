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
    ("an article and an adjective before a name describe the named man",
     "Primary night\n\nArlo Penhallow won the state on Tuesday night.\n\n\u201cIt looks like a "
     "massive victory,\u201d a subdued Penhallow told supporters.",
     "Arlo Penhallow", None),
    ("the same with a courtesy title",
     "Primary night\n\nArlo Penhallow won the state on Tuesday night.\n\n\u201cIt looks like a "
     "massive victory,\u201d an ebullient Mr. Penhallow told supporters.",
     "Arlo Penhallow", None),
    ("an adjective and a people stay a description",
     "Clashes\n\nArlo Penhallow spoke on Tuesday night.\n\n\u201cWe are afraid,\u201d a young "
     "Palestinian told reporters.",
     None, "a young Palestinian"),
    # round 24, lane desc8: a fronted phrase before a name is no role, and a later role shows
    ("a fronted phrase before the name is not his role",
     "Ferry vote\n\nAfter the council vote, Arlo Penhallow said the crossing would close. "
     "\u201cWe have run out of money,\u201d Penhallow said.",
     "Arlo Penhallow", None),
    ("the role given after a fronted phrase is shown instead",
     "Ferry vote\n\nAfter the council vote, Arlo Penhallow said the crossing would close.\n\n"
     "Penhallow, the harbour master, added: \u201cWe have run out of money.\u201d",
     "Arlo Penhallow", "the harbour master"),
    # round 24, lane desc8: an apposition without an article ("X, director of …,") is shown
    ("a bare apposition after the name is his role",
     "Ferry vote\n\n\u201cWe have run out of money,\u201d said Arlo Penhallow, director of the "
     "Eastfield Ferry Trust.",
     "Arlo Penhallow", "director of the Eastfield Ferry Trust"),
    ("a bare apposition of a party office",
     "Ferry vote\n\nArlo Penhallow, Liberal treasurer, said: \u201cWe have run out of money.\u201d",
     "Arlo Penhallow", "Liberal treasurer"),
    ("an adverb between commas is no apposition",
     "Ferry vote\n\nArlo Penhallow, however, said: \u201cWe have run out of money.\u201d",
     "Arlo Penhallow", None),
    ("a place between commas is no apposition",
     "Ferry vote\n\nArlo Penhallow, Eastfield, said: \u201cWe have run out of money.\u201d",
     "Arlo Penhallow", None),
    ("names listed between commas are no apposition",
     "Ferry vote\n\nArlo Penhallow, Jo Marsh and Ben Tove said: \u201cWe have run out of money.\u201d",
     "Arlo Penhallow", None),
    ("a participle clause is no apposition",
     "Ferry vote\n\nArlo Penhallow, making him the third skipper to quit, said: \u201cWe have "
     "run out of money.\u201d",
     "Arlo Penhallow", None),
    ("others listed after the name are no apposition",
     "Ferry vote\n\nArlo Penhallow, skippers and deckhands marched on Monday. \u201cWe have run "
     "out of money,\u201d Penhallow said.",
     "Arlo Penhallow", None),
    ("a plural after the head keeps a bare apposition",
     "Ferry vote\n\n\u201cWe have run out of money,\u201d said Arlo Penhallow, vice president "
     "for ferry affairs.",
     "Arlo Penhallow", "vice president for ferry affairs"),
    ("a role opening with a participle stays",
     "Ferry vote\n\n\u201cWe have run out of money,\u201d said Arlo Penhallow, managing director "
     "of Tidewater Ferries.",
     "Arlo Penhallow", "managing director of Tidewater Ferries"),
    ("a noun that is also a verb does not cut the role",
     "Ferry vote\n\n\u201cWe have run out of money,\u201d said Arlo Penhallow, harbour agent in "
     "charge.",
     "Arlo Penhallow", "harbour agent in charge"),
    ("a fronted phrase ending in a person noun is another's role",
     "Ferry vote\n\nRunning against the harbour master, Arlo Penhallow won the seat. \u201cWe "
     "have run out of money,\u201d Penhallow said.",
     "Arlo Penhallow", None),
    ("an apposition closed after the name stays his role",
     "Ferry vote\n\n\u201cWe have run out of money,\u201d said the harbour master, Arlo "
     "Penhallow.",
     "Arlo Penhallow", "the harbour master"),
    ("a home county after the name closes the apposition",
     "Ferry vote\n\nMembers will decide whether to keep the harbour master, Arlo Penhallow of "
     "Eastshire, in post. \u201cWe have run out of money,\u201d Penhallow said.",
     "Arlo Penhallow", "the harbour master"),
    ("an adjective before the name is not a role",
     "Ferry vote\n\nArlo Penhallow spoke after the vote. A weary Arlo Penhallow told the "
     "meeting: \u201cWe have run out of money.\u201d",
     "Arlo Penhallow", None),
]


@pytest.mark.parametrize("label, article, speaker, description", DESCRIPTIONS, ids=[c[0] for c in DESCRIPTIONS])
def test_description_is_a_role_phrase(speech_of, label, article, speaker, description):
    got = speech_of(article)[-1]
    assert (got.speaker, got.speaker_description) == (speaker, description), got.attribution_evidence
