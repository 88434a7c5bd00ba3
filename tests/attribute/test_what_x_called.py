""""what X called the “…”" (issue 11, round 30, lane nullsC): the words right after "what X
calls / called / has called" are X's, whatever the rest of the sentence says. Before, another
reading won: an "according to" phrase earlier in the sentence ("according to their merits —
what X called the “…”") or the parse's subject of the main verb ("what the Ledger calls a “…”
study finds …") became the speaker and, naming nobody, left the words null. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an according-to phrase earlier in the sentence",
     "Essay\n\nShe judged each applicant according to their merits \u2014 what Owen Tarrant called "
     "the \u201cmeasure of their work\u201d \u2014 and nothing else.",
     ["Owen Tarrant"]),
    ("the main verb's subject is the thing the words describe",
     "Wages\n\nNow what The Daily Ledger calls a \"deeply careful\" study from researchers at "
     "the University of Leeds finds that the critics are right.",
     ["Daily Ledger"]),
    ("in what X called, inside a longer clause",
     "Protest\n\nThe officer was shot in his car in what Mayor Ruth Amory called an "
     "\u201cact of cowardice.\u201d",
     ["Ruth Amory"]),
    ("what X has called, with a role before the name",
     "Budget\n\nThe cuts fall on what Senator Ruth Amory has called \u201cthe forgotten towns.\u201d",
     ["Ruth Amory"]),
    ("a first person is the writer's aside, not a speaker this rule reads",
     "Essay\n\nNobody wants a politics where party matters more than facts \u2014 what I\u2019ve "
     "called \u201cpost-fact politics.\u201d Yet that is what we have.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_what_x_called(speech_of, article, expected):
    got = [q.speaker for q in speech_of(article)]
    if expected is None:
        assert "I" not in got
    else:
        assert got[-1:] == expected


def test_what_one_might_call_is_the_writers_aside(speech_of):
    """Round 30 review: an impersonal "one" is the writer, like "I" and "you"; the rule took
    "one might" for a description of the speaker."""
    quotes = speech_of("Essay\n\nOwen Tarrant spoke on Monday. The cuts fall on what one might call "
                       "\u201ca war on the towns that built this country and fed it for a century\u201d. "
                       "Nobody disagrees.")
    assert not any((q.speaker_description or "").startswith("one") for q in quotes)
