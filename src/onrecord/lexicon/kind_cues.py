"""Words around a quoted fragment that the learned kind model (attribute/kind_model.py) reads
as features: each list is one idea, the model learns how much it weighs (issue 11, round 17,
lane kindmodel)."""

from __future__ import annotations

# a word for a word or a name right before the marks: "the term “…”", "the phrase “…”"
WORDING_NOUNS = frozenset("term terms word words phrase phrases expression label slogan motto "
                          "nickname name moniker catchphrase buzzword mantra".split())
# naming words before the marks: "so-called “…”", "dubbed “…”", "known as “…”"
NAMING_BEFORE = frozenset("so-called called dubbed named nicknamed known labelled labeled branded "
                          "termed billed titled renamed coined".split())
# determiners and possessives right before the marks: a noun phrase in marks ("a “…”", "its “…”")
DETERMINERS = frozenset("a an the this that these those its their his her our your my".split())
