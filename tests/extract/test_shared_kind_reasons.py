"""Kind reasons that one rule writes and others test quotations against, each spelled once
(round 37, lane tidy20; each reader held its own copy of the words until then):
extract/person_labels.TITLE_CASE_ALONE (a title by its case alone; read by extract/title_echo,
extract/term_echo and attribute/echoes) and extract/title_echo.LISTED_WITH_PREVIOUS (a list
item's kind taken from the item before; written by extract/__init__, read by the echo rules).
The articles are written for this test."""

from __future__ import annotations

from onrecord.attribute import echoes
from onrecord.extract import person_labels, term_echo, title_echo
from onrecord.pipeline import extract


def _reasons(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([path], attribute=False)
    return [(q.kind, q.kind_evidence[0]) for q in result.quotes]


def test_a_title_by_case_alone_gives_the_shared_reason(tmp_path):
    # (this read "the storm of 'Black Tuesday,'" until round 44: a named day is a term since
    # lane titles27, extract/occasion_rules.py; the reason under test is unchanged)
    text = "Ferries\n\nThe crews never forgot the storm of 'Four Boats Down,' when four boats sank off the point.\n"
    assert _reasons(tmp_path, text) == [("title", person_labels.TITLE_CASE_ALONE)]


def test_a_list_item_gives_the_shared_reason(tmp_path):
    text = ("Ferries\n\nThe posters carried slogans like \u201cKeep The Boats Running,\u201d and "
            "\u201cFares Down Now,\u201d all over the quay.\n")
    assert _reasons(tmp_path, text)[1] == ("term", title_echo.LISTED_WITH_PREVIOUS)


def test_the_echo_rules_read_the_same_reasons():
    assert title_echo._WEAK == (person_labels.TITLE_CASE_ALONE, title_echo.LISTED_WITH_PREVIOUS)
    assert term_echo._WEAK_TARGET_START == person_labels.TITLE_CASE_ALONE
    assert title_echo.LISTED_WITH_PREVIOUS in term_echo._WEAK_SOURCE
    assert echoes._NO_CUE_START == person_labels.TITLE_CASE_ALONE


def test_a_nickname_gives_the_shared_reason_its_readers_read(tmp_path):
    # round 38, review27: attribute/echoes held a hand-made copy of the nickname's reason (round
    # 37, echo20), term_echo and title_echo a prefix of it; one constant now
    text = "Docks\n\nThe crane driver Tom \u201cHook\u201d Reyes retired on Friday after forty years.\n"
    assert _reasons(tmp_path, text) == [("term", person_labels.NICKNAME_BETWEEN_NAMES)]
    assert person_labels.NICKNAME_BETWEEN_NAMES in term_echo._WEAK_SOURCE
    assert person_labels.NICKNAME_BETWEEN_NAMES in title_echo._OWN_CUE
    headline_nickname = type("Q", (), {"kind_evidence": [person_labels.NICKNAME_BETWEEN_NAMES]})()
    assert echoes.uncued(headline_nickname, in_headline=True)
    assert not echoes.uncued(headline_nickname, in_headline=False)
