"""Number words and their values: "zero" to "nineteen" and the tens "twenty" to "ninety".
text/equiv.py folds a written number to its digits ("forty-two" and "42" are one quotation's
words, issue 10) and verify/guard.py reads the quantity a quote states ("twenty" where the
source says "thirty" is another claim); each kept its own table until round 57's read-through
found the two the same. Read-only mappings: a table, never state."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

UNIT_WORDS: Mapping[str, int] = MappingProxyType({w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())})
TENS_WORDS: Mapping[str, int] = MappingProxyType({w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())})

# The head of a share of people ("66 percent saying it “…”", "Just 51 percent", "9 per cent"):
# a description with it names no one person, so it matches no one's role (attribute/referents:
# round 78, lane pron88: "66 percent" was read as Mao Zedong, whose cluster held a junk role
# "19 percent", three quotations of one poll story on draw C)
SHARE_HEADS = frozenset({"percent", "cent", "percentage"})
