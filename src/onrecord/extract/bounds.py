"""What a kind rule needs before it can decide (extract/classify.py): a quotation length in
words ("the word “X”" is a few words, a title at most a dozen) and, for a rule that reads the
cue before the marks, a non-empty clause before them. ``classify`` tries, for a quotation, only
the rules whose declaration holds, in ``KIND_RULES`` order: the same first decision, without
calling the rules that would return None at their first test (issue 16: 78 % of the BBC
quotations have four words or more and are decided by ``_long``, after 22 rules, most of them
for short quotations; half have nothing before the marks in their sentence)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Union

# A bound: a number of words, or the name(s) of ExtractOptions thresholds (the largest of
# them), or None (no limit).
Bound = Union[int, str, tuple[str, ...], None]

# The ExtractOptions thresholds a bound may name (classify reads these for its table).
LIMITS = ("speech_min_words", "term_max_words", "coined_phrase_max_words", "title_max_words",
          "bare_title_max_words")


def decides(min_words: Bound = 0, max_words: Bound = None, needs_left: bool = False) -> Callable:
    """Declare that a kind rule returns None for a quotation of fewer than ``min_words`` or more
    than ``max_words`` words, and (``needs_left``) for one with an empty clause before the
    marks, whatever else it reads. The rule keeps its own tests (it is also called alone); the
    declaration must hold wherever they sit in it (tests/extract/test_rule_bounds.py checks
    each rule outside its declaration, and the dispatch against trying every rule)."""

    def mark(rule: Callable) -> Callable:
        rule.word_bounds = (min_words, max_words, needs_left)  # type: ignore[attr-defined]
        return rule

    return mark


def _value(bound: Bound, limits: Mapping[str, int]) -> int | None:
    if bound is None or isinstance(bound, int):
        return bound
    names = (bound,) if isinstance(bound, str) else bound
    return max(limits[name] for name in names)


def can_decide(rule: Callable, limits: Mapping[str, int], n: int, has_left: bool) -> bool:
    """Whether ``rule`` can decide a quotation of ``n`` words (with a clause before the marks
    or not) under the thresholds ``limits`` (by name, those of LIMITS); a rule without a
    declaration can decide any."""
    lo, hi, needs_left = getattr(rule, "word_bounds", (0, None, False))
    lo_n, hi_n = _value(lo, limits), _value(hi, limits)
    return (lo_n is None or n >= lo_n) and (hi_n is None or n <= hi_n) and (has_left or not needs_left)
