""""The prime minister" reaches the one person the article names with the short form "PM"
("Media caption PM Vera May: …" ¶ "…, the prime minister urged MPs to …") (lexicon
TITLE_SYNONYMS; issue 11, round 83, lane desc101: draw N). Before, the role "PM" held no "prime
minister", no holder was found, and the description fell to the person in focus: another person
named in between, or (on draw N) a junk cluster shown as no person, which left the speech null.
A deputy's "Deputy PM" still holds no "prime minister". Our own words."""

from __future__ import annotations

import pytest

ARTICLE = ("Budget vote\n\nMedia caption {title} Vera May: \u201cThe chamber risks losing the budget"
           "\u201d\n\nMPs vote on Vera May's budget tonight. Tom Hale, who chairs the finance "
           "committee, met union leaders on Monday.\n\nAfter the talks, the prime minister urged MPs "
           "to back it or risk \u201cno budget at all\u201d.\n")


def test_the_prime_minister_after_pm_and_a_name(quote_of):
    assert quote_of(ARTICLE.format(title="PM"), "no budget at all", "PM").speaker == "Vera May"


@pytest.mark.parametrize("title", ["Deputy PM", "Deputy Prime Minister"])
def test_a_deputy_pm_is_not_the_prime_minister(title, quote_of):
    assert quote_of(ARTICLE.format(title=title), "no budget at all", title).speaker != "Vera May"


SHORT = ("Budget vote\n\nMedia caption PM Vera May: \u201cThe chamber risks losing the budget\u201d\n\n"
         "MPs vote on Vera May's budget tonight. Tom Hale, who chairs the finance committee, met "
         "union leaders on Monday.\n\n{sentence}\n")


@pytest.mark.parametrize("sentence,expected", [
    ("The PM urged MPs to back the \u201cbetter budget\u201d.", "Vera May"),
    ("The PM has said the plan works and urged MPs to back the \u201cbetter budget\u201d.", "Vera May"),
    ("Critics say the deal secured by the PM falls short. Many MPs doubt the PM's plan.\n\nThe PM has said "
     "the plan works and urged MPs to back the \u201cbetter budget\u201d.", "Vera May"),
], ids=["the PM urged", "the PM has said and urged", "after 'by the PM' and 'the PM's plan'"])
def test_the_pm_is_the_one_named_pm(sentence, expected, quote_of):
    # "The PM" was a name "PM", dropped as an office alone: the speech was left null
    assert quote_of(SHORT.format(sentence=sentence), "better budget", sentence).speaker == expected
