"""Negators, one list (they were written twice, in verify/guard.py and verify/frame.py)."""

from __future__ import annotations

# Words that negate a clause on their own ("not", "never"; "n't" is matched as a suffix).
NEGATORS = frozenset("not no never nobody nothing none neither nor nowhere cannot".split())

# Hedges that negate ("hardly anyone" = "almost nobody") and "without": the guard counts them
# too, since a quote that swaps one for the other changes the claim; a governing frame does
# not (a "hardly" before a lifted phrase is not a denial of it).
NEGATING_HEDGES = frozenset("without hardly barely scarcely rarely seldom".split())

# Words that open a condition ("If the grant is cut, we would have to ..."): a quotation that
# starts after one leaves the condition out, which the report says (issue 10, probe 3b).
CONDITIONALS = frozenset("if unless supposing provided providing".split())

# Verbs that keep a word unsaid ("refused to use the term", "refrained from using the word",
# "banned the phrase", "stopped using"), and "whether" (a use in doubt): an expression under
# them was not spoken (extract/own_use.py). Whole forms, not prefixes: "ban" as a prefix read
# "Bannon", "Bank" and "banal" (the fourteenth session's reviews).
WITHHOLDING_WORDS = frozenset("""refuse refuses refused refusing refusal refusals refrain refrains
refrained refraining resist resists resisted resisting resistant resistance avoid avoids avoided
avoiding avoidance decline declines declined declining ban bans banned banning stop stops stopped
stopping fail fails failed failing failure forbid forbids forbidding forbidden forbade prohibit
prohibits prohibited prohibiting prohibition hesitate hesitates hesitated hesitating hesitation
hesitant hesitancy reluctant reluctance reluctantly shun shuns shunned shunning whether""".split())
