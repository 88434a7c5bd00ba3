"""A thing's name in a speaker's own sentence stays the speaker's words (round 38, review30).

Round 38 (lanes called21 and terms21) read a contracted "is" of a thing before a naming
participle ("That's called “…”", "It's dubbed “…”") as an agentless passive: a term, no one
naming. Right for the writer's own aside; wrong when a reporting verb after the marks credits
the sentence to a named speaker: "That's called “…”, he said" is the speaker's phrase, and
typing it term drops the speaker (on 50d118c it was speech, the speaker named). Articles
written for this test, beside the agentless asides that stay terms."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind, expected speaker)
CASES = [
    ("that's called, he said", f"Harbour\n\nHal Doyle, the union chief, has fought the board for years. "
     f"That's called {L}standing firm,{R} he said on Monday.", "standing firm,", "speech", "Hal Doyle"),
    ("it's named, said the mayor", f"Harbour\n\nMayor Ada Vale opened the new pier. It's named {L}the Long "
     f"Arm,{R} Vale said, because it reaches the deep channel.", "the Long Arm,", "speech", "Ada Vale"),
    # the writer's aside, no one saying it, stays a term
    ("that's called, no speaker", f"Harbour\n\nBoats wait for the water to settle. That's called "
     f"{L}slack water{R} and every pilot learns it.", "slack water", "term", None),
    ("it's dubbed by visitors", f"Harbour\n\nAnn Roe runs the port. It's often dubbed the city's {L}front "
     f"door{R} by visitors.", "front door", "term", None),
]


@pytest.mark.parametrize("case,article,fragment,kind,speaker", CASES, ids=[c[0] for c in CASES])
def test_naming_said_after(case, article, fragment, kind, speaker):
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.read import read_text

    r = extract_document(read_text(article))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text == fragment]
    assert (q.kind, q.speaker if q.kind == "speech" else None) == (kind, speaker), q.kind_evidence
