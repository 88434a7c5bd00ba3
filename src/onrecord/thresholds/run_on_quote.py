"""Thresholds of attribute/run_on_quote.py (round 54, lane null54)."""

from __future__ import annotations

# characters; the most text between the closing mark of the credited quotation in the sentence
# before and the opening mark of the run-on quotation: room for a credit with a role
# ("“…,” said Tom Ames, the harbor board's chairman. “…”", about 50 characters) but not for a
# sentence of narration between them, which may change the subject (failure prevented: words
# after a narrating sentence given to a quotee two sentences back). Chosen from the credits of
# the corpus cases (16 to 45 characters); not tuned.
CREDIT_GAP_CHARS = 80
