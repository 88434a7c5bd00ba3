"""A courtesy title says the speaker's sex, and two people share the surname (round 55, lane
surname55). "Mrs. Obama said" went to the president, the most named of the surname (final25's
audit), and an article naming the candidate once and his wife twice ("Mrs. Romney said she
declined") gave every bare "Romney … he" to the wife (big corpus, lane sample). A female title
never resolves to a man's full name, nor a male one to a woman's; the family tally
(family.py) counts an honorific of the full form's own sex as no sign that the bare surname
is her or him. Articles in our own words."""

from __future__ import annotations

import pytest

_COUPLE = ("Governor and his wife tour the clinic\n\n"
           "Governor Thomas Dunmore visited the new clinic on Friday. Governor Thomas Dunmore said he was proud "
           "of it, and Governor Thomas Dunmore cut the ribbon. His wife, Helen Dunmore, came with him.\n\n"
           "\u201cThe nurses here are the heart of it,\u201d Mrs. Dunmore said.\n\n"
           "\u201cWe will pay for two more,\u201d Mr. Dunmore said.\n")

_WIFE_NAMED = ("The mayor looks back\n\n"
               "In his first interview since the vote, Mayor Paul Hensley said he and his wife would move on. "
               "Hensley said he still hoped to help the party.\n\n"
               "Sara Hensley told the host the loss hurt. A charity asked Sara Hensley to run a marathon, and "
               "Mrs. Hensley said she had said no.\n\n"
               "Hensley said he was looking ahead. \u201cYou go over every mistake you made,\u201d Hensley said.\n")

_SISTERS = ("Sisters open a bakery\n\n"
            "Helen Dunmore and her sister Anne Dunmore opened a bakery on Main Street. Helen Dunmore "
            "bakes the bread, and Helen Dunmore keeps the books.\n\n"
            "\u201cWe sold out by noon,\u201d Mr. Dunmore said.\n")

CASES = [
    ("a female title is never the man most named", _COUPLE, "The nurses here are the heart of it",
     lambda s: s == "Helen Dunmore"),
    ("guard: a male title keeps the man", _COUPLE, "We will pay for two more",
     lambda s: s == "Thomas Dunmore"),
    ("the wife's own honorific does not give her the husband's bare surname", _WIFE_NAMED,
     "You go over every mistake you made", lambda s: s == "Paul Hensley"),
    ("a male title with only women of the surname names nobody", _SISTERS, "We sold out by noon",
     lambda s: s is None),
]


@pytest.mark.parametrize("label, article, words, ok", CASES, ids=[c[0] for c in CASES])
def test_courtesy_title_sex(quote_of, label, article, words, ok):
    assert ok(quote_of(article, words).speaker)
