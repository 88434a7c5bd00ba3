"""Nouns for a demand whose "to" infinitive repeats its owner's words, as a commitment's does
(lexicon/reporting.COMMITMENT_NOUNS): "his call to “…”", "her demands to “…”" (round 72, lane
frag82: a tuning fragment typed scare and credited to nobody). Read by
attribute/fragment_kind.py with the parse, which tells the infinitive ("call to “…”", PART)
from a recipient ("a call to the president", ADP). Apart from reporting.py, which is at the
size limit."""

from __future__ import annotations

DEMAND_NOUNS = frozenset("""call calls demand demands""".split())
