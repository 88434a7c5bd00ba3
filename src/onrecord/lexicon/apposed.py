"""Words read by attribute/apposed_reporter.py (round 80, lane apposed92), which names the
speaker of a quotation from its own sentence's shape. Apart from reporting.py, which is at the
size limit."""

from __future__ import annotations

# Verbs of causing whose object then does the infinitive after it: "…, leading X to call the
# vote a “…”" (X called it; draw G held one the parse's object-control route missed). Only the
# forms that report the act as done, not a wish ("urged", "asked": X may have refused).
CAUSING_VERBS = frozenset("""lead leads leading led prompt prompts prompting prompted cause causes
causing caused spur spurs spurring spurred""".split())

# Words that, between a label's name and its colon, join a second person or a topic: "X and Y:
# “…”", "X vs. Y: “…”" (a clip's or a debate headline's title), "Speaker X on Y, party unity:
# “…”" (a video box's title: whose words is told elsewhere).
LABEL_JOINERS = frozenset("""and & vs vs. v. versus on with to about""".split())

# Read by attribute/aside_credit.py (round 81, lane null93): the small words inside a
# capitalised office written before a name ("Chairman of the Joint Chiefs of Staff Gen. X",
# "Ambassador to Israel X"), skipped when a capitalised word stands before them.
OFFICE_LINK_WORDS = frozenset("of the to".split())

# Besides the object prepositions and list joiners: words before a name that make it a
# comparison's or a pair's, not a clause's subject ("more than X, …, said").
NOT_SUBJECT_BEFORE = frozenset("than nor like versus".split())

# Words between a preposition and the name or office it governs, skipped when asking whether
# the name is an object ("compared X to the late Sen. Y, R-Ariz., described as …": fresh3).
NAME_PREMODIFIERS = frozenset("the a an late former fellow then longtime veteran".split())

# A word right after the verb that makes it a passive participle, not the name's own verb of
# saying ("Y, R-Ariz., described as a “…”": the writer's description of Y, fresh3).
PASSIVE_AFTER_VERB = frozenset("as by".split())
