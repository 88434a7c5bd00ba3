"""A paragraph that ends with a colon and names who speaks ("X said the following:", "According
to the Y:", "the Y reminds readers that:") introduces the quotation paragraph right below it: the
words are that speaker's (issue 11, round 66, lane null69). Articles in our own words."""

from __future__ import annotations

import pytest

_OPENING = "Pier plan goes ahead\n\nThe harbor board met on Tuesday to vote on the pier.\n\n"

_CASES = [
    # "X said the following:" read as a subheading between the last speaker and the words
    ("\u201cWe cannot wait another year,\u201d harbor master Omar Quist said.\n\n"
     "The vote was close. Board chair Nadia Velloso said the following:\n\n"
     "\u201cWe will rebuild the pier before the spring storms arrive.\u201d\n",
     "We will rebuild the pier before the spring storms arrive", "Nadia Velloso"),
    # an outlet credited by "according to" alone on its line
    ("According to the Coastal Ledger:\n\n"
     "\u201cThe board approved four million dollars for the work, with two members against.\u201d\n",
     "The board approved four million dollars for the work, with two members against", "Coastal Ledger"),
    # an outlet's verb of saying with a that-clause left open by the colon
    ("As for the cost, the Coastal Ledger notes that:\n\n"
     "\u201cThe last rebuilding ran two years late and twice over budget.\u201d\n",
     "The last rebuilding ran two years late and twice over budget", "Coastal Ledger"),
]

_GUARDS = [
    # the words carry their own credit below the colon line: that credit stands
    ("Board chair Nadia Velloso said the following:\n\n"
     "\u201cThe pier is a lifeline for the town,\u201d harbor master Omar Quist said.\n",
     "The pier is a lifeline for the town", "Omar Quist"),
    # a pronoun on the colon line is left to the continuation rules, which read it already
    ("\u201cWe cannot wait another year,\u201d harbor master Omar Quist said.\n\n"
     "He added:\n\n"
     "\u201cThe pier will not survive another winter.\u201d\n",
     "The pier will not survive another winter", "Omar Quist"),
]

_LONG_LEAD = [
    # a long colon line whose subject the continuation rules never recorded: the words went
    # null as "someone else than the last speaker"
    ("\u201cWe cannot wait another year,\u201d harbor master Omar Quist said.\n\n"
     "Asked about the delays, and in a written response sent to members late on Tuesday after "
     "the vote had closed, board chair Nadia Velloso said the following:\n\n"
     "\u201cWe will rebuild the pier before the spring storms arrive.\u201d\n",
     "We will rebuild the pier before the spring storms arrive", "Nadia Velloso"),
]


@pytest.mark.parametrize("body,words,speaker", _CASES + _LONG_LEAD + _GUARDS)
def test_colon_lead_in_names_the_speaker(quote_of, body, words, speaker):
    assert quote_of(_OPENING + body, words).speaker == speaker
