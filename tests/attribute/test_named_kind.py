"""A bare "the unions" / "the ministry" / "the poll" just after the article wrote that kind of
body or finding with its name ("Harlan nurses unions said …. “…,” the unions said"; "Chile's
interior ministry said …"; "a Brackett Research poll …. “…,” the poll notes"), and a definite
description that holds the name itself ("the Marlow family said", "the Brackett poll finds"), is
that body (a bare "the family" is left null), or for
a finding its named author (eval/real/README: bodies speak, a poll for its named authors).
Issue 11, round 54, lane desc54: such quotations were left null on big, big2 and random AllSides
text (eval/real/audit/desc54-sample.tsv). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a family named in the description",
     "Show\n\nThe show's future was in doubt on Friday. \"We cannot go on without our father,\" the "
     "Marlow family said in a statement.",
     "Marlow family"),
    ("unions named without 'the', then the unions",
     "Strike\n\nIn a statement on Monday, Harlan nurses unions said their members were ready to return. "
     "\"The board has blocked every deal we made,\" the unions said.",
     "Harlan nurses unions"),
    ("a ministry named by its country's possessive, then the ministry",
     "Expulsions\n\nChile's interior ministry said it was looking into the claims. It called the move "
     "unfair. \"Chile has never allowed such acts,\" the ministry said.",
     "Chile's interior ministry"),
    ("a poll named by its maker, then the poll",
     "Survey\n\nMost voters expect a close race, notes a Brackett Research poll released Monday. "
     "\"Half of voters say the race is still open,\" the poll notes.",
     "Brackett Research"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_kind_word_after_the_named_body_is_that_body(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    # a bare "the family" after the named one is left null (fresh16, counts only: see named_kind.py)
    ("a bare family after the named family",
     "Show\n\nThe Marlow family released a statement late on Friday about the show. The family said it "
     "had \"prayed for days\" since the news.",
     None),
    ("two families named before",
     "Farms\n\nThe Marlow family and the Keane family met the council on Friday. \"We want the road "
     "closed,\" the family said.",
     None),
    ("a person's family (a possessive name) stays unnamed",
     "Crash\n\nDana Whitlow's family gathered at the hospital on Sunday. \"She was our light,\" the "
     "family said.",
     None),
    ("a family introduced unnamed after the named one",
     "Fire\n\nThe Marlow family lost its barn last year. On Sunday a family in Eastby lost its house. "
     "\"We have nothing left,\" the family said.",
     None),
    ("the named family only paragraphs before",
     "Show\n\nThe Marlow family started the show in 2009.\n\nIt ran for years.\n\nCritics liked it.\n\n"
     "Ratings fell in the spring.\n\nNow a new season is planned. \"We are ready,\" the family said.",
     None),
    # review45: "The Pew Research Center's October poll, for example, found …" showed
    # "Pew Research Center's October" as the poll's author on random AllSides text: a possessive
    # inside the name is an owner, read as one that ends the name is (no author for a finding)
    ("a poll whose maker's possessive comes before a month",
     "Race\n\nThe Brackett Center's October poll, for example, found that 47 percent of voters "
     "trusted Ames to make \"sound choices about the roads,\" while 40 percent preferred Lyle.",
     None),
    # review45: "several unions" introduces unnamed ones as "a union" does (lexicon
    # INDEFINITE_OPENERS, the one list of such openers; the rule had its own shorter one)
    ("unions introduced unnamed by a count after the named ones",
     "Strike\n\nHarlan nurses unions said their members were ready to return. A day later several "
     "unions in Eastby joined the strike. \"The board has blocked every deal,\" the unions said.",
     None),
    # review45: the docstring's "two such bodies written in reach" held only inside one sentence;
    # a second ministry named in the sentence before the nearest one is as much a guess
    ("two ministries named in two sentences before",
     "Expulsions\n\nChile's interior ministry said it was looking into the claims. Peru's foreign "
     "ministry called the move unfair. \"Such acts were never allowed here,\" the ministry said.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_kind_word_stays_unnamed_without_one_named_body(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
