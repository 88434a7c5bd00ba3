"""A participle of saying set off by a comma (", citing …", ", adding: …") that the parse hung on
the sentence's main verb, when that verb's subject is a thing that cannot speak ("the protests
grew", "the plan drew a critic") and a subordinate clause with a named subject stands between
them ("when NAME resigned", "as NAME told reporters"): the subordinate clause's subject speaks
(attribute/subclause_speaker.py, issue 11, round 68, lane clause76). Our own words."""

from __future__ import annotations

import pytest


_HEAD = "Harbour board in turmoil\n\nThe harbour board met on Monday to discuss the dredging contract.\n\n"


SUBCLAUSE = [
    ("when NAME resigned …, citing “…”",
     "The protests grew louder when Petra Lindqvist quit the board on Friday, citing her "
     "\u201cduty to the fishing families of the bay\u201d.",
     "duty to the fishing families of the bay", "Petra Lindqvist"),
    ("as NAME told reporters …, adding: “…”",
     "The proposal soon drew a critic as councillor Omar Haddad told reporters he disliked it, "
     "adding: \u201cI will never vote for a contract written in secret.\u201d",
     "I will never vote for a contract written in secret", "Omar Haddad"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in SUBCLAUSE], ids=[c[0] for c in SUBCLAUSE])
def test_the_subordinate_clause_subject_speaks(body, words, speaker, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind == "speech", (q.kind, q.kind_evidence, q.attribution_evidence)
    assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.attribution_evidence)


KEPT = [
    ("a named main subject keeps the participle",
     "Mayor Ines Varga closed the meeting early when Karl Obst resigned on Friday, citing his "
     "\u201cduty to the fishing families\u201d.",
     "duty to the fishing families"),
    ("a main subject that is a person's noun keeps the participle",
     "The mayor fired the contractor after Karl Obst resigned on Friday, citing "
     "\u201ca failure of oversight\u201d.",
     "a failure of oversight"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_a_main_subject_that_may_speak_keeps_the_words(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.speaker is None or not q.speaker.endswith("Obst"), (q.speaker, q.attribution_evidence)
    if "Varga" in body:
        assert q.speaker is not None and q.speaker.endswith("Ines Varga"), (q.speaker, q.attribution_evidence)
