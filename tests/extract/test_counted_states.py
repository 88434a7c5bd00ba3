"""Round 52 (lane kinds52): "states" after a number ("all 50 states have", "only seven states
have", "while 35 states require") or before an auxiliary ("the states would …") is the plural
noun, not the reporting verb: main read the writer's label in marks later in that sentence as
somebody's speech (real-news fresh17, two items, and tune, one: "all 50 states have “…”" and
two "N states" clauses that open a sentence whose later marks hold a legal term). A numbered
text's "Article 5 states" and a subject's plain "states that" still report. Each snippet is
written for this test."""

from __future__ import annotations

import pytest


L, R = "\u201c", "\u201d"


# (case, article, fragment): "states" is the plural noun; the words are nobody's speech
NOUN_CASES = [
    ("a digit before it",
     f"Ballots\n\nWhile 41 states allow early voting, only nine states offer {L}no-reason absentee{R} ballots.",
     "no-reason absentee"),
    ("a digit, then a quantifier",
     f"Schools\n\nAll 50 states fund schools, and a few states add {L}weighted funding{R} for poor districts.",
     "weighted funding"),
    ("an auxiliary after it",
     f"Waivers\n\nUnder the plan, states would be free to sell {L}catastrophic-only{R} coverage to the young.",
     "catastrophic-only"),
]


@pytest.mark.parametrize("case,article,fragment", NOUN_CASES, ids=[c[0] for c in NOUN_CASES])
def test_counted_states_is_no_reporting_verb(case, article, fragment, quote_of):
    assert quote_of(article, fragment).kind != "speech"


# (case, article, fragment): the verb "states" still makes the words speech
VERB_CASES = [
    ("a numbered article's verb",
     f"Charter\n\nArticle 9 states that members must act in {L}good faith and without delay{R} when asked.",
     "good faith and without delay"),
    ("a document's verb",
     f"Memo\n\nThe memo states that the agency acted with {L}reckless haste{R} last spring.",
     "reckless haste"),
    ("a year before the verb, a colon after it",
     f"Memo\n\nA memo sent in 2019 states: the plan was {L}reckless{R} from the start.", "reckless"),
    ("a numbered code's verb",
     f"Coins\n\nCode 4410 states that the fund is {L}legal tender{R} for all debts.", "legal tender"),
    # review44 (rounds 52-53 review): numbered texts the list missed, no colon or "that" after
    ("a numbered executive order's verb",
     f"Travel\n\nThe order is brief. Executive Order 14101 states {L}entry is suspended{R} for ninety days.",
     "entry is suspended"),
    ("a numbered page's verb",
     f"Lease\n\nThe lease is long. Page 4 states {L}no refunds{R} in bold type.", "no refunds"),
    ("a numbered exhibit's verb",
     f"Trial\n\nThe file is thick. Exhibit 12 states {L}the loan was repaid{R} in full.", "the loan was repaid"),
]


@pytest.mark.parametrize("case,article,fragment", VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_reporting_states_kept(case, article, fragment, quote_of):
    assert quote_of(article, fragment).kind == "speech"
