"""Military and naval ranks that a name run carries before the person's name."""

from __future__ import annotations

# The ordinal of an enlisted rank's class: "Petty Officer First Class", "Airman Second
# Class", "Private First Class". None of them is a title word alone, so the run's split left
# "Class Ana X" as the name (round 82, lane forms97: seven quotations of one draw-K article).
RANK_CLASS_ORDINALS = frozenset("first second third".split())

# Two-word naval rates none of whose words is a title word: "Special Operator Y" later in the
# story kept the rate as the name and became the cluster's fullest form (round 82, lane forms97).
RANK_PAIRS = frozenset({("special", "operator")})
