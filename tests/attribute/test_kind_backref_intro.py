""""The group" / "the agency" / "the organization" refers back to a body introduced as one
(attribute/kind_backref.py), also when the apposition puts lower-case words before the head
("X, a large Democratic group based in …"), when the agency opening the sentence before is its
acronym while the article named it in full first ("A Harbour Budget Office analysis … The HBO
said …"), and when the body was introduced as "the non-profit X". Issue 11, round 51, lane
orgdesc51: fresh17 left the first two null, random AllSides text the third
(eval/real/audit/orgdesc51-sample.tsv). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an apposition with adjectives before the head",
     "Group to spend on voting\n\nFair Ballot Action, a large Democratic group based in Denver, was a "
     "major donor to the fund, as previously reported.\n\nThe group announced Monday that it will "
     "spend $10 million to \"protect every ballot\" next year.",
     "Fair Ballot Action"),
    ("an acronym for an agency named in full before",
     "Wage rise\n\nA Harbour Budget Office analysis released last week drew wide comment. The agency "
     "found that many people could be lifted out of poverty. The HBO said the change might also "
     "cost some jobs. Critics have seized on that point, but the agency acknowledges it is \"far "
     "less certain than the rest\" of the analysis.",
     "Harbour Budget Office"),
    ("a body introduced as the non-profit X",
     "Debts cleared\n\nFounded in 2012 by two former bankers, the non-profit Clear Slate Fund has "
     "cancelled millions in old debts, according to the organization's website.\n\n\"Debt follows the "
     "poorest families for decades,\" says the organization.",
     "Clear Slate Fund"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_kind_refers_back_to_the_body_introduced_as_one(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    # an apposition naming another kind of body is no group
    ("an apposition of another kind",
     "Spending\n\nFair Ballot Action, a large Democratic donor based in Denver, gave to the fund.\n\nThe "
     "group announced Monday that it will spend $10 million to \"protect every ballot\" next year.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_other_introductions_vouch_for_nothing(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
