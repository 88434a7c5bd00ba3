"""A named subject set off by an appositive, or followed by a perfect auxiliary, still names the
speaker of a naming or reporting verb (round 66, lane kind70).

"Ann Vale, an engineer at the Harbour Institute, has called the delay a “…”": the string reading
took the subject's last noun phrase ("the Harbour Institute, has") and read the appositive's
"an engineer" as a generic group, so the named engineer's words became a scare quote. "Rep. Hal
Doyle, D-Harbour, referred to the board as “…”": the comma before "referred" read as a reduced
passive ("The memo, referred to as …"). "She has used the word “…”": the auxiliary hid the
pronoun from the reading of a person's own use of a word. Near misses keep their kind: a
reduced passive after a common noun, a group before its auxiliary. Articles written for this test."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"
P = "Harbour\n\n"

# (case, article, fragment, expected kind: a kind, or "-kind" for anything but it)
CASES = [
    ("name, appositive, has called", f"{P}Ann Vale, an engineer at the Harbour Institute, has called the delay a "
     f"{L}slow disaster,{R} and asked for an inquiry.", "slow disaster,", "speech"),
    ("name, state code, referred to … as", f"{P}Rep. Hal Doyle, D-Harbour, referred to the board as "
     f"{L}sleepy guards.{R}", "sleepy guards.", "speech"),
    ("she has used the word", f"{P}Mayor Ada Vale spoke for an hour. She has used the word {L}reckless{R} "
     f"about the plan before.", "reckless", "speech"),
    # near misses
    ("the memo, referred to as", f"{P}The harbour plan is old. The memo, referred to as the {L}blue file,{R} sets "
     f"out the budget.", "blue file,", "-speech"),
    ("a group before its auxiliary", f"{P}The harbour engineers have long called the delay a "
     f"{L}slow disaster.{R}", "slow disaster.", "-speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_subject_past_appositive(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
