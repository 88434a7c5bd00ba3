"""Unit tests of verify/decide.py and verify/decide_drift.py, the verdict decision (issue 9):
the rule lists run in the documented order, each rule decides its own case, and the scores are
the named ones. Sources and quotes written for this test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from onrecord.model import Claim
from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import decide, decide_drift
from onrecord.verify.align import find_matches, parse_quote

OPTS = VerifyOptions()

SPEECH = """Title: Ferry timetable statement
Speaker: Orla Brennick
Date: 2024-05-02

The winter ferry will run every hour from the north quay. We will not close the south pier.
"""


SOURCES = {"ferry.txt": SPEECH}  # the module's archive (conftest.py)


def test_the_rule_lists_run_in_the_documented_order():
    assert [r.__name__ for r in decide.WORDS_RULES] == [
        "_out_of_context", "_speaker_unknown", "_speaker_uncertain", "_misattributed", "_occasion"]
    assert [r.__name__ for r in decide_drift.WINDOW_RULES] == [
        "_joined", "_near_miss", "_unrelated", "_reversed", "_added", "_swapped", "_omission", "_not_own",
        "_narration", "_semantic"]


def _judge(archive, quote: str, speaker: str | None):
    pq = parse_quote(quote)
    doc = archive.doc(archive.doc_ids()[0])
    found = [(doc, m) for m in find_matches(pq, doc.tokens, OPTS.max_ellipsis_gap, OPTS.max_bracket_words)]
    return decide.judge_words(Claim("c1", quote, speaker), pq, found, OPTS, [], archive)


@pytest.mark.parametrize("quote, speaker, verdict, stage, score", [
    ("The winter ferry will run every hour from the north quay.", "Orla Brennick",
     "verbatim", "verbatim", decide.VERBATIM_SCORE),
    ("The winter ferry will run ... from the north quay.", "Orla Brennick",
     "variation", "ellipsis", decide.VARIATION_SCORE),
    # the same words credited to another person: misattributed at the words' own score
    ("The winter ferry will run every hour from the north quay.", "Dara Quillon",
     "misattributed", "misattribution", decide.VERBATIM_SCORE),
    # an ellipsis that drops the negator inside one sentence changes the claim
    ("We will ... close the south pier.", "Orla Brennick", "not_found", "guard", decide.NO_EVIDENCE_SCORE),
])
def test_judge_words(archive, quote, speaker, verdict, stage, score):
    v = _judge(archive, quote, speaker)
    assert (v.verdict, v.stage, v.score) == (verdict, stage, score)


def test_a_short_quote_said_by_someone_else_is_not_a_misattribution(archive):
    v = _judge(archive, "from the north quay", "Dara Quillon")
    assert (v.verdict, v.stage, v.score) == ("not_found", "misattribution", decide.SHORT_ELSEWHERE_SCORE)
    assert "short" in v.warnings and v.nearest is not None


def test_no_window_names_the_claimed_speaker():
    v = decide_drift.judge_window(Claim("c1", "the tugs are late", "Orla Brennick"), parse_quote("the tugs are late"),
                                  None, OPTS, [], None, None)
    assert (v.verdict, v.stage, v.score) == ("not_found", "none", decide.NO_EVIDENCE_SCORE)
    assert v.explanation == "no candidate passage by Orla Brennick among the passages sharing its words"


@pytest.mark.parametrize("hint, matches", [
    ("the Harbour Gazette", True),  # a leading "the" and case are ignored
    ("Harbour  gazette", True),
    ("the Quay Courier", False),
    (None, False),
])
def test_outlet_matches(hint, matches):
    doc = SimpleNamespace(outlet="Harbour Gazette", title="Ferry timetable statement")
    assert decide.outlet_matches(hint, doc) is matches
