"""Thresholds of the question-clause reading (attribute/question_clause.py, round 50, lane qa50;
moved out of the module's patterns by review42). Apart from attribute.py, which is near the
module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuestionClause:
    # characters; the longest "by" agent between the participle and the question's opener
    # ("Asked by a reporter from the local paper whether …"). Prevents a "by" far from the
    # participle, in a clause of its own, from being skipped over as the asker. Set by lane
    # qa50 on its corpus cases (none near the bound), not tuned.
    agent_chars: int = 60
    # characters after the closing mark read for a speech noun ("the “…” remark"), which makes
    # the quoted words someone's own, named inside the question. One or two words fit; set by
    # lane qa50, not tuned.
    noun_after_chars: int = 40


QUESTION_CLAUSE = QuestionClause()
