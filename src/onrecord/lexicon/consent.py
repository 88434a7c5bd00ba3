"""Verbs of consenting to act: with a "to" infinitive ("had agreed to close a “…” site") they
report an act agreed on, not words said; inside another's reported clause the words in marks are
the reporter's account of it (attribute/nested.py; round 83, lane wrong100: a leader's "X said
Y had agreed to destroy a “…” site" gave the leader's words to Y on draw N). "vow", "promise",
"pledge" stay out: a reported vow in marks is the vower's own (draw N: "Ryan told members he
promises to be more than a “…”", "Trump has vowed to … the “…”"). Apart from reporting.py,
which is at the size limit. Word forms only: the pipeline runs without a lemmatizer, and
reporting.report_base reduces them."""

from __future__ import annotations

CONSENT_BASES = frozenset({"agree"})
