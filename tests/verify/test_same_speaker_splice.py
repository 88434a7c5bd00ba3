"""Two passages of one speaker joined into one quotation without an ellipsis (issue 10: "for a
splice of two real passages, a variation that says so and shows both"). Two sentences of one
speech, not next to each other, joined by "and" were not_found ("the quote adds ..."); now a
variation, stage splice, whose explanation says so and whose evidence spans both passages. A
join of two speakers' turns, a join mid-sentence ("because"), and a piece cut before a negation
or a condition stay not_found. Every line is invented."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import verify_claim
from onrecord.verify.splice import joined_passages

SPEECH = """Title: Address on the canal works
Speaker: Piet Vonk
Date: 2025-07-01

The canal locks will reopen to barges in October. Our engineers found the old gates sound enough to keep. I back the towpath scheme because it links the two villages. We will widen the basin unless the grant is withdrawn. The boatyard stays open, but not on Sundays.
"""

PANEL = """Title: Canal forum
Speakers: Piet Vonk; Greta Lunde
Date: 2025-07-03

PIET VONK: The canal locks will reopen to barges in October.
GRETA LUNDE: The mooring fees will double next spring.
"""


SOURCES = {"2025-07-01_vonk_canal.txt": SPEECH, "2025-07-03_forum.txt": PANEL}  # the module's archive (conftest.py)


@pytest.mark.parametrize(
    "quote, speaker, verdict, shown",
    [
        # the first and third sentences, "and" between, the third cut before its reason
        ("The canal locks will reopen to barges in October and I back the towpath scheme.",
         "Piet Vonk", "variation", ["reopen to barges in October", "I back the towpath scheme"]),
        # the other way round, joined by a semicolon
        ("Our engineers found the old gates sound enough to keep; the canal locks will reopen to barges in October.",
         "Piet Vonk", "variation", ["old gates sound", "reopen to barges"]),
        # joined mid-sentence: the reason given for another claim
        ("The canal locks will reopen to barges in October because it links the two villages.",
         "Piet Vonk", "not_found", []),
        # the second piece cut before its condition, and before its negation
        ("The canal locks will reopen to barges in October and we will widen the basin.",
         "Piet Vonk", "not_found", []),
        ("Our engineers found the old gates sound enough to keep and the boatyard stays open.",
         "Piet Vonk", "not_found", []),
        # two speakers' turns joined by "and"
        ("The canal locks will reopen to barges in October and the mooring fees will double next spring.",
         "Piet Vonk", "not_found", []),
    ],
)
def test_same_speaker_splice(archive, quote, speaker, verdict, shown):
    r = verify_claim(Claim("c", quote, speaker, date_hint="2025-07"), archive)
    assert r.verdict == verdict, r.explanation
    if verdict == "variation":
        assert r.stage == "splice" and "splice" in r.explanation
        for piece in shown:
            assert piece in r.evidence.text and piece.lower() in r.explanation.lower()


def test_pieces_must_open_a_sentence(archive):
    doc = next(archive.doc(i) for i in archive.doc_ids() if "vonk_canal" in archive.doc(i).path)
    assert joined_passages(doc, "found the old gates sound enough to keep and I back the towpath scheme", 3) is None
    pieces = joined_passages(doc, "Our engineers found the old gates sound enough to keep and I back the towpath scheme", 3)
    assert [doc.text[a:b] for a, b in pieces] == ["Our engineers found the old gates sound enough to keep",
                                                  "I back the towpath scheme"]
