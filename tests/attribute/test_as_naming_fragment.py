"""A short fragment in marks that is the object of a naming verb's own "as" ("labels the levy
as “…”", "has sought to brand the audit as “…”"), the verb active with a subject naming
someone, is that someone's speech (guideline K4): the string reading credited such fragments to
nobody, so the parse never read them. A passive or a participle keeps the kind.
attribute/fragment_kind.py (issue 11, round 83, lane kind99). Our own words."""

from __future__ import annotations

import pytest


_HEAD = "Levy row\n\nThe council met on Monday to discuss the levy.\n\n"


NAMED = [
    ("present 'labels … as'",
     "Her chief adviser, Oren Vask, labels the levy as \u201cthe quiet robbery\u201d. The vote is on Friday.",
     "the quiet robbery", "Oren Vask"),
    ("'brand … as' under another verb",
     "The mayor, Ilse Dunmore, has long sought to brand the audit as \u201cpetty spite\u201d. "
     "The audit ends in May.",
     "petty spite", "Ilse Dunmore"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_a_named_namers_as_object_is_speech(body, words, speaker, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind == "speech", (q.kind, q.kind_evidence)
    assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.attribution_evidence)


KEPT = [
    ("a passive with no namer",
     "Before the levy, such fees would rarely be labeled as \u201cgifts\u201d by anyone.",
     "gifts"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_a_passive_naming_keeps_its_kind(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind != "speech", (q.kind, q.kind_evidence)
