"""A paragraph that ends with a colon and names who speaks ("X said the following:", "According
to the Y:", "Y's Z noted … in a post:") introduces the quotation paragraph right below it: the
words are that speaker's (issue 11, round 66, lane null69). Articles in our own words."""

from __future__ import annotations

import pytest

_OPENING = "Pier plan goes ahead\n\nThe harbor board met on Tuesday to vote on the pier.\n\n"
_EARLIER = "\u201cWe cannot wait another year,\u201d harbor master Omar Quist said.\n\n"

_CASES = [
    # an outlet credited by "according to" alone on its line: no speaker found
    ("According to the Coastal Ledger:\n\n"
     "\u201cThe board approved four million dollars for the work, with two members against.\u201d\n",
     "The board approved four million dollars for the work, with two members against", "Coastal Ledger"),
    # an aside before the named subject, another person named on the line: left null as
    # "someone else than the last speaker"
    (_EARLIER + "Nobody disputes the cost, which board member Ivo Prell raised last month \u2014 and in "
     "a written response, board chair Nadia Velloso said the following:\n\n"
     "\u201cWe will rebuild the pier before the spring storms arrive.\u201d\n",
     "We will rebuild the pier before the spring storms arrive", "Nadia Velloso"),
    # a possessive outlet before the name: the last speaker above took the words
    (_EARLIER + "The Coastal Ledger's Ana Ruiz noted the long delays over the pier in a post earlier "
     "this week:\n\n"
     "\u201cThe last rebuilding ran two years late and twice over budget.\u201d\n",
     "The last rebuilding ran two years late and twice over budget", "Ana Ruiz"),
    # the name in apposition to a described subject: the one the line was about took them
    (_EARLIER + "Quist did not answer questions about the budget, but his lawyer, Ines Marlow, "
     "wrote on Monday:\n\n"
     "\u201cThe harbor office will publish every invoice next month.\u201d\n",
     "The harbor office will publish every invoice next month", "Ines Marlow"),
]

_GUARDS = [
    # the words carry their own credit below the colon line: that credit stands
    ("Board chair Nadia Velloso said the following:\n\n"
     "\u201cThe pier is a lifeline for the town,\u201d harbor master Omar Quist said.\n",
     "The pier is a lifeline for the town", "Omar Quist"),
    # a pronoun on the colon line is left to the continuation rules, which read it already
    (_EARLIER + "He added:\n\n"
     "\u201cThe pier will not survive another winter.\u201d\n",
     "The pier will not survive another winter", "Omar Quist"),
    # an outlet's verb of saying, as the continuation rules read it before
    ("As for the cost, the Coastal Ledger notes that:\n\n"
     "\u201cThe last rebuilding ran two years late and twice over budget.\u201d\n",
     "The last rebuilding ran two years late and twice over budget", "Coastal Ledger"),
]


@pytest.mark.parametrize("body,words,speaker", _CASES + _GUARDS)
def test_colon_lead_in_names_the_speaker(quote_of, body, words, speaker):
    assert quote_of(_OPENING + body, words).speaker == speaker
