"""A ballot option in marks after a verb of voting ("she will vote “no”") names the option, a
term (issue 11, round 22, lane terms6: read as one-word scare quotes); each snippet is written
for this test. The near misses keep their kinds."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("vote no", f"Poll\n\nThe baker will vote {L}no{R} on Sunday.", "no", "term"),
    ("voting yes", f"Poll\n\nThat is why the farmer is voting {L}yes{R} in the ballot.", "yes", "term"),
    ("voted Remain", f"Poll\n\nMost of the town voted {L}Remain{R} last year.", "Remain", "term"),
    ("votes present", f"Senate\n\nThe senator often votes {L}present{R} on such bills.", "present", "term"),
    # under a named speaker's reporting verb the option is credited to the speaker: speech
    ("said he would vote", f"Poll\n\nSenator Tom Reeve said he would vote {L}no.{R}", "no", "speech"),
    # a named speaker's answer is speech, not a ballot option
    ("said yes", f"Poll\n\nAsked if he would stand, Tom Reeve said {L}yes.{R}", "yes", "speech"),
    # a ballot option before a noun of voting names the choice too (round 32, lane notspeech13:
    # 'with only one “no” vote', 'Three “no” votes' were read as the writer's scare quotes)
    ("a no vote", f"Poll\n\nThe bill passed with only one {L}no{R} vote in the chamber.", "no", "term"),
    ("yes voters", f"Poll\n\nMost {L}yes{R} voters live in the towns.", "yes", "term"),
    ("remain side", f"Poll\n\nThe {L}Remain{R} side lost the coast.", "Remain", "term"),
    # any other word before a noun of voting stays the writer's distance
    ("a protest vote", f"Poll\n\nIt was a {L}protest{R} vote, nothing more.", "protest", "scare"),
    # a vote of evaluation in a longer phrase is the writer's scare quote, untouched
    ("vote for a fix", f"Poll\n\nThey will vote for the {L}fix{R} anyway.", "fix", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_ballot_option(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
