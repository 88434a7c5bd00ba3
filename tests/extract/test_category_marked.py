"""A category something is marked, deemed, listed or identifies as ("files marked as “…”",
"papers later deemed “…”", "voters who identify as “…”") is an official or survey category
used without irony, a term (round 38, lane terms21: on big2, "mark these books as “top
secret”", "later deemed “classified”", "fewer identifying as “slightly” leaning" were typed
scare). A named speaker's own verb keeps the words theirs; a one-word modifier after "a" is
the writer's distance. Articles written for this test; checked after attribution, which may
retype a kind."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("mark as", f"Files\n\nThe rules required the clerk to mark the ledgers as {L}restricted access{R} and lock them up.",
     "restricted access", "term"),
    ("marked it", f"Files\n\nA second office wrongly marked it {L}open{R}, which led to the mix-up at the port.",
     "open", "term"),
    ("deemed", f"Files\n\nThe harbour board kept papers that were later deemed {L}sealed,{R} so the auditors never saw them.",
     "sealed", "term"),
    ("listed as", f"Birds\n\nThe council wants the marsh wren listed as {L}vulnerable{R} under the wildlife code.",
     "vulnerable", "term"),
    ("identify as", f"Voters\n\nIn the survey, fewer residents now identify as {L}mildly{R} inclined to either party.",
     "mildly", "term"),
    # a named speaker's sentence keeps the words theirs
    ("named speaker deems", f"Files\n\nMayor Ann Roe said the claims were deemed {L}baseless{R} by her staff.",
     "baseless", "speech"),
    # a one-word modifier after "a": the writer's irony, not a category (a common word since
    # round 44: a rare one, "pampered", is now typed term by extract/rare_words.py)
    ("a modifier", f"Voters\n\nDale Moss, 30, does not identify as a {L}lucky{R} youngster.", "lucky", "scare"),
    # "deemed" with its own subject pronoun: someone's judgement, not a passive category
    ("he deemed", f"Files\n\nAsked about the plan, he deemed it {L}hopeless{R} and walked off.", "hopeless", None),
    # guard (round 38, review30: fails with it switched off): a pronoun subject's "deemed" is
    # their judgement on an occasion, not a category
    ("they deemed", f"Files\n\nThe crew argued for hours. They deemed {L}unsafe{R} the old gangway and left.",
     "unsafe", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_category_marked(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    if kind is None:
        assert q.kind != "term", q.kind_evidence
    else:
        assert q.kind == kind, q.kind_evidence
