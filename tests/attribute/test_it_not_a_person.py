"""An "it" never stands for a person the entity tagger typed an organisation ("the <Name>–
affiliated shell company" made the name one): a given name first and the surname alone naming
the same one say a person (issue 11, round 48, lane it28: on big + big2 "It divided the country
…" went to Robert Mueller, "… it “determined that …”" of a drug company to Michael Cohen). Our
own words."""

from __future__ import annotations

import pytest

CASES = [
    # the company speaks, but only through a parenthetical "Velnor says," that no pass reads as
    # the "it"'s antecedent: left unnamed, never the lawyer it hired
    ("a company's 'it' after the person it hired",
     "Payments\n\nSeveral companies paid the Walter Brandt–affiliated shell company last year. "
     "Brandt is a lawyer with a long record in politics. The drug maker Velnor says it signed a "
     "$2 million contract with Brandt in March. Oddly, Velnor says, it agreed to the deal before any "
     "meeting, at which point it \"decided that he could not provide what we needed.\"",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_it_is_not_a_person(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("a bank named like a person",
     "Bank results\n\nThe investment bank Morgan Stanley said on Monday that profits rose 4% in the "
     "quarter. It added that \"clients came back to the markets in numbers we have not seen for years.\"",
     "Morgan Stanley"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_body_named_like_a_person_keeps_it(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
