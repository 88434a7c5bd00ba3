"""Words of the dummy-"it" clauses added in round 80 (issue 11, lane wrong91;
attribute/expletive.py): the predicates after which an "it" refers to nothing, so that the
words in marks after it belong to no body named nearby."""

from __future__ import annotations

# Judging adjectives beyond expletive.py's first list, read only before "to"/"that" or before
# "enough"/"for X to" ("it would be nice to be able to say '…'", "it's already bad enough for
# a challenger to …"): draw G, where each such "it" took the nearest organisation.
MORE_JUDGING = frozenset("""nice bad good better best great fine remarkable notable fitting
unusual rare""".split())
# Verbs of seeming: "it seems X rested his case on …" (not before "to": "it seemed to have
# changed its mind" may refer to a body).
SEEMING = frozenset("seems seemed appears appeared".split())
# What "it takes/took" before "for X to" or "to": "it didn't take long for the mayor to
# object, saying '…'".
TAKES_OBJECTS = frozenset("long courage time guts nerve".split())
# Ordinals of "it's the first time …" (a cleft of time).
TIME_ORDINALS = frozenset("first second third last only".split())
# Subordinators of a cleft: "it's when he said: '…'", "it was because …".
CLEFT_WORDS = frozenset("when because".split())
