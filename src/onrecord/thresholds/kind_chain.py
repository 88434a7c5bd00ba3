"""Thresholds of attribute/kind_chain.py (round 44, lane nulls27). Apart from attribute.py,
which is at the module size limit."""

from __future__ import annotations

# 0-1 confidence; the most a speaker found through a run of repeats of a kind word ("The TSA
# stressed … . ¶ The agency explained … . ¶ “…,” the agency said") is given, whatever the
# cue. The body stands a paragraph or more from the words, past near_body's reach: less sure
# than a name in the quotation's own sentence (said_after 0.93, said_before 0.86), as sure as
# a credit line or a headline's name (0.75), above min_confidence (0.35) so the name is shown.
# Not measured alone: the corpus check of the lane read every firing (docs/attribution-errors.md).
CHAINED_BODY_CONFIDENCE = 0.75
