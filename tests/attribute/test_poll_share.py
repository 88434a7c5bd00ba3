"""A share of those polled ("41 percent of anglers", "one in four residents") that thinks,
believes, feels or says something over short words in marks gives those words as the
respondents' speech, no one named (attribute/poll_share.py, issue 11, round 42, lane
census25k; README fresh14 ruling: words the sentence credits to respondents are their speech,
speaker null; answer options with no verb are term). Our own words."""

from __future__ import annotations

import pytest


_HEAD = "Anglers split on quota\n\nA survey of the coast's anglers was published on Monday.\n\n"


CREDITED = [
    ("a percentage that thinks",
     "About 41 percent of the anglers think the new quota is the \u201conly fair\u201d answer to the decline.",
     "only fair"),
    ("one in N that believes",
     "One in four residents believe the ferry timetable is \u201cbadly broken\u201d after the winter cuts.",
     "badly broken"),
    ("a majority that feels",
     "A clear majority of the skippers felt the harbour fees were \u201cout of reach\u201d this year.",
     "out of reach"),
    # round 44, lane tidy27: one share pattern with the term rules (lexicon POLL_SHARE_RE), so
    # a percentage in words, a minority and a "vast" majority are shares here too
    ("a percentage in words",
     "Forty percent of the anglers think the new quota is the \u201conly fair\u201d answer to the decline.",
     "only fair"),
    ("a minority that believes",
     "A minority of the skippers believe the harbour fees are \u201cout of reach\u201d this year.",
     "out of reach"),
    ("half that thinks (no 'of')",
     "Half the anglers think the new quota is the \u201conly fair\u201d answer to the decline.",
     "only fair"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in CREDITED], ids=[c[0] for c in CREDITED])
def test_a_share_of_those_polled_speaks_its_view(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert (q.kind, q.speaker) == ("speech", None), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_CREDITED = [
    ("an answer option with no verb of view",
     "About 41 percent of the anglers are \u201cvery\u201d worried about the quota.",
     "very"),
    ("a group with no share",
     "Many anglers think the new quota is the \u201conly fair\u201d answer to the decline.",
     "only fair"),
    ("a share of money, not of people",
     "Some 30 percent of the budget went to \u201cgreen\u201d projects last year.",
     "green"),
    ("a fragment in a later clause with a subject of its own",
     "About 41 percent of the anglers think the quota is too low, but the harbour board and its "
     "lawyers have spent the whole of the last two winters on \u201cfair shares\u201d for trawlers.",
     "fair shares"),
    ("a flattened link blurb inside the sentence",
     "About 41 percent of the anglers think the harbour board is \u201cout of touch\u201d with Mayor Ilse "
     "Dunmore Ilse Marie DunmoreA \u2018tidy\u2019 season for the harbour fleet MORE on the quota.",
     "tidy"),
    # review35 (round 44 review): the shared pattern's bare "half" read a span of time as a
    # share ("Half an hour later residents said the vote was …": a group's word, scare by the
    # ruling, given the description "Half an hour later residents")
    ("half an hour",
     "Half an hour later residents said the vote was \u201crigged\u201d and walked out.",
     "rigged"),
    ("a year and a half",
     "After a year and a half the skippers feel the fees are \u201cout of reach\u201d again.",
     "out of reach"),
]


@pytest.mark.parametrize("body,words", [c[1:] for c in NOT_CREDITED], ids=[c[0] for c in NOT_CREDITED])
def test_no_share_with_a_view_keeps_the_kind(body, words, quote_of):
    q = quote_of(_HEAD + body, words)
    assert q.kind != "speech", (q.kind, q.kind_evidence, q.attribution_evidence)


def test_a_ballot_option_after_a_share_stays_a_term_reading(quote_of):
    q = quote_of(_HEAD + "In the spring vote, 62 percent of the members said \u201cno\u201d to the new quota.", "no")
    assert q.kind != "speech", (q.kind, q.kind_evidence)


def test_a_naming_verb_under_the_share_is_left_to_the_extraction(quote_of):
    q = quote_of(_HEAD + "About 41 percent of the anglers said they would not mind if someone called them a "
               "\u201cweekender.\u201d", "weekender")
    assert q.kind != "speech", (q.kind, q.kind_evidence)
