"""Words that open what follows a name in a subject (round 79, lane null89): its own predicate
(attribute/glued_predicate.py: "Brown fired back and said" gave the description "Brown fired"),
or an adjunct after a whole epithet (attribute/epithets.py)."""

from __future__ import annotations

# adverbs that stand between a subject and its verb and are missing from attribute/cues.ADVERBS
# ("X nevertheless insisted", "X first demurs"; draw E)
PREDICATE_ADVERBS = frozenset({"nevertheless", "nonetheless", "first", "too"})
# irregular past forms that open a predicate right after a subject ("X made … remarks")
IRREGULAR_PASTS = frozenset({"made", "took", "gave", "went", "sent", "held", "told", "wrote", "spoke", "kept"})
# lower-case "-ly" words that are nouns or modifiers after a name ("the Trump family said")
LY_NOUNS = frozenset({"family", "assembly", "supply", "monopoly", "anomaly", "daily", "weekly", "monthly"})
# words that open an adjunct or the verb of "as X put it" after a whole epithet, never the
# noun of a phrase cut short: "said a somewhat charitable Warren in the last debate", "As a
# clearly angry Rep. Cheney put it, “…”" (draw E: both left null)
ADJUNCT_OPENERS = frozenset({"in", "on", "at", "during", "put"})
