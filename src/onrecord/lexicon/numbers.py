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
