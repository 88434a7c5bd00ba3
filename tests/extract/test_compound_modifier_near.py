"""Near misses of the compound-modifier rule (extract/compound_rules._writer_names_it; review33,
round 41's review): a concessive or a participle between the reporting verb and the marks is a
clause of the writer's only while it is still open at the marks. Closed by a comma before them
("said the board, although divided, backed her “…” plan", "told reporters, smiling, that the
“…” scheme", "told reporters that although she liked it, the “…” scheme"), the marks stand in
the speaker's reported clause again, and a named speaker's label under his own verb stays his
speech (the held-out gold's convention the rule keeps). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    ("a concessive inside the reported clause, closed by a comma",
     "Harbour row\n\nIlse Dunmore said the board, although divided, backed her \u201czero waste\u201d plan.",
     "zero waste"),
    ("a participle aside before 'that'",
     "Harbour row\n\nIlse Dunmore told reporters, smiling, that the \u201cpier tax\u201d scheme was over.",
     "pier tax"),
    ("a concessive opening the that-clause",
     "Harbour row\n\nIlse Dunmore told reporters that although she liked it, the \u201cpier tax\u201d scheme "
     "was over.", "pier tax"),
]


@pytest.mark.parametrize("article,fragment", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_label_after_a_closed_aside_stays_speech(article, fragment):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    q = next(q for q in r.quotes if q.text == fragment)
    assert (q.kind, q.speaker) == ("speech", "Ilse Dunmore"), q.kind_evidence
