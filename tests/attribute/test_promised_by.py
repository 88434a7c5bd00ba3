""""the “…” promised by X", "“…,” as predicted by X" (issue 11, round 30, lane nullsC): a
participle of speaking right after the words, with its agent, names who said them. The parse
hung the participle on the quoted noun, took the noun for the speaker's description and left
the words null. Only participles whose agent is the author of the words count: "a “hoax”
perpetrated by X" or "the “witch hunt” led by X" are someone else's words about X. Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("promised by a role and a name",
     "Vote\n\nMany voters are less interested in the political \u201crevolution\u201d promised by "
     "front-runner Ruth Amory than in a calm hand at the top.",
     ["Ruth Amory"]),
    ("as predicted by a name, after a comma",
     "Poll\n\nThe result was not the \u201clandslide of the century,\u201d as predicted by Owen "
     "Tarrant in his column last week.",
     ["Owen Tarrant"]),
    ("urged by a surname",
     "Vote\n\nThe board rejected the \u201cclean break\u201d urged by Tarrant and chose to wait.",
     ["Tarrant"]),
    ("the agent's phrase ends at a preposition before a place",
     "Poll\n\nThe firing did not bring the \u201cend of the line,\u201d as predicted by Owen Tarrant "
     "in New York magazine.",
     ["Owen Tarrant"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_participle_agent_after_the_words(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


# The agent of these participles is no author of the words: whoever else the rules find, never
# the agent (the speaker otherwise depends on what the article said before).
NOT_AUTHOR = [
    ("a body named by a common noun after a name is left to the other rules",
     "Court\n\nThe court could adopt the \u201cnine-state plan\u201d suggested by the Tarrant "
     "administration, or drop the case.",
     "Tarrant"),
    ("described without as: a phrase the agent wrote about, not a credit",
     "Lies\n\nOwen Tarrant compared the method to the \u201cslow poison of doubt\u201d described by "
     "Ruth Amory in her novel.",
     "Ruth Amory"),
    # round 30 review: "by" before a holiday is a deadline
    ("a holiday after by is a deadline, not an agent",
     "Vote\n\nVoters never saw the \u201cnew deal for every worker in every town in the state\u201d "
     "promised by Election Day.",
     "Election Day"),
    ("a participle of doing, not of saying: not the agent's words",
     "Probe\n\nThe mayor called the inquiry a \u201cwitch hunt\u201d led by Ruth Amory.",
     "Ruth Amory"),
]


@pytest.mark.parametrize("article,agent", [c[1:] for c in NOT_AUTHOR], ids=[c[0] for c in NOT_AUTHOR])
def test_agent_of_other_participles_is_no_author(speech_of, article, agent):
    assert agent not in [q.speaker for q in speech_of(article)]
