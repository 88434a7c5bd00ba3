"""extract/person_labels.TITLE_CASE_ALONE: the one spelling of the reason a title is read by
its case alone, which the echo rules (extract/title_echo, extract/term_echo, attribute/echoes)
test quotations against; each held its own copy of the words until round 37 (lane tidy20).
The article is written for this test."""

from __future__ import annotations

from onrecord.attribute import echoes
from onrecord.extract import person_labels, term_echo, title_echo
from onrecord.pipeline import extract


def test_a_title_by_case_alone_gives_the_shared_reason(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text("Ferries\n\nThe crews never forgot the storm of 'Black Tuesday,' when four boats "
                    "sank off the point.\n", encoding="utf-8")
    (result,) = extract([path], attribute=False)
    (q,) = result.quotes
    assert (q.kind, q.kind_evidence[0]) == ("title", person_labels.TITLE_CASE_ALONE)


def test_the_echo_rules_read_the_same_reason():
    reason = person_labels.TITLE_CASE_ALONE
    assert reason in title_echo._WEAK
    assert term_echo._WEAK_TARGET_START == reason
    assert echoes._NO_CUE_START == reason
