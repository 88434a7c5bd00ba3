"""Thresholds of attribute/run_on_quote.py (round 54, lane null54)."""

from __future__ import annotations

# characters; the most text between the closing mark of the credited quotation in the sentence
# before and the opening mark of the run-on quotation: room for a credit with a role
# ("“…,” said Tom Ames, the harbor board's chairman. “…”", about 50 characters) but not for a
# sentence of narration between them, which may change the subject (failure prevented: words
# after a narrating sentence given to a quotee two sentences back). Chosen from the credits of
# the corpus cases (16 to 45 characters); not tuned.
CREDIT_GAP_CHARS = 80

# words; the fewest words of a run-on quotation: a sentence of speech, not a short quoted phrase
# the narration goes on about (failure prevented: "“Fair fares for all” was the slogan …" given
# to the quotee of the sentence before; tests/attribute/test_glued_continuation.py's guard).
# The corpus run-ons hold 9 to 40 words; not tuned.
RUN_ON_MIN_WORDS = 5
