"""extract/title_echo.list_gap: the one test of what may stand between two items of a list,
read by the list sharing (extract/__init__._listed_with_previous) and by title_echo._list_runs
(round 60, lane tidy61; each wrote it until then, and they differed on a gap whose start is
past its end: the first read it as empty, the second refused it). Both refuse it now: a start
past the end would be a closing mark running over the next opening mark, which the pairing
never gives. The sentences are written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.extract.title_echo import LISTED_WITH_PREVIOUS, list_gap
from onrecord.model import Document

_TEXT = "“Ebb,” “Flow” and the “Swell”; “Neap” / “Spring”\n“Slack”"


def _gap(before: str, after: str) -> tuple[int, int]:
    """The gap between the closing mark after ``before`` and the opening mark of ``after``."""
    lo = _TEXT.index(before) + len(before) + 1
    return lo, _TEXT.index(after) - 1


@pytest.mark.parametrize("before, after, expected", [
    ("Ebb,", "Flow", True),  # a space
    ("Flow", "Swell", True),  # " and the "
    ("Swell", "Neap", True),  # "; "
    ("Neap", "Spring", True),  # " / "
    ("Spring", "Slack", False),  # a line break: a new line is no list's next item
])
def test_a_gap_of_list_separators_on_one_line_joins_two_items(before, after, expected):
    assert list_gap(_TEXT, *_gap(before, after)) is expected


def test_an_empty_gap_joins_two_items_and_a_start_past_the_end_does_not():
    lo, hi = _gap("Ebb,", "Flow")
    assert list_gap(_TEXT, hi, hi) is True  # closing and opening marks side by side
    assert list_gap(_TEXT, hi + 1, hi) is False  # the edge the two readers had settled apart
    assert list_gap(_TEXT, lo, lo - 1) is False


@pytest.mark.parametrize("text", [
    "Ferries\n\nThe crews called the new timetable “hogwash,”“baloney” and worse all week.\n",
    "Ferries\n\nThe crews called the new timetable “hogwash”* and “baloney” all week.\n\n* A word of theirs.\n",
])
def test_marks_side_by_side_or_after_a_flag_still_share_the_kind(text):
    kinds = [(q.kind, q.kind_evidence[:1]) for q in extract_document(Document(text=text, path="a.txt")).quotes]
    assert len(kinds) == 2 and kinds[1] == (kinds[0][0], [LISTED_WITH_PREVIOUS])
