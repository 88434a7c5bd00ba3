"""The unit rules' needs are asked only of a paragraph holding a unit word (``dates._UNITS``):
each such need must hold one, in the case its rule reads it; the "ago" rule, which reads its
unit in any case, stays outside the gate."""

from __future__ import annotations

import re

import pytest

from onrecord.context import dates

_UNIT_GROUP = re.compile(r"\(\?:((?:day|week|month|year)(?:\|[a-z]+)*)\)")


@pytest.mark.parametrize("rule", dates._UNIT_RULES)
def test_a_gated_need_holds_a_unit_word(rule: str) -> None:
    need = dates._NEEDS[rule]
    assert not need.flags & re.IGNORECASE
    head = need.pattern.split(r"\s+")
    groups = [g for part in head for g in _UNIT_GROUP.findall(part)]
    # one part of the need is a group of unit words only, all of them gate words
    assert groups and all(set(g.split("|")) <= set(dates._UNITS) for g in groups)


def test_ago_is_not_gated() -> None:
    assert "ago" not in dates._UNIT_RULES
    found = dates.find_dates("It happened THREE WEEKS AGO, she said.", "2025-03-10")
    assert [(d.text, d.value) for d in found] == [("THREE WEEKS AGO", "2025-02-17")]


@pytest.mark.parametrize("text, want", [
    ("Two days later she left.", ("Two days later", "2025-03-12")),
    ("The following week, talks resumed.", ("The following week", "2025-03-17")),
])
def test_gated_rules_still_read_their_units(text: str, want: tuple[str, str]) -> None:
    found = dates.find_dates(text, "2025-03-10")
    assert [(d.text, d.value) for d in found] == [want]
