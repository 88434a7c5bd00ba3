"""A possessive after a comma is no state (attribute/mentions.py, round 54, lane wrong54).

"Lansing, Mich." names a town and its state, so a lone capitalised word after "<Word>," counts
as a place. "Rudd, Marsh’s successor, argued …" is an apposition about a person: read as a
state it made "former President Marsh" a place, and the "he" after him went to the president
in focus. Articles in our own words."""

from __future__ import annotations

SPEECHES = """Presidents and their first speeches

President Dana Whitcombe will speak to the assembly next week, her aides said on Monday.

It has long been the custom for a new leader to address the assembly early. For example, former President Marsh gave his address on March 3, about a month into his term.

He said that the country would "get back on its feet and grow again."

Rudd, Marsh's successor, argued in his own address for a "lean and careful" budget.
"""

TOWN = """Flood waters reach the river towns

The river rose overnight in Carver, Ohio, and in two towns downstream.

Mayor Lena Brandt toured the levee on Sunday. "We have never seen it this high," she said.
"""


def test_possessive_after_comma_keeps_the_person(quote_of):
    q = quote_of(SPEECHES, "get back on its feet and grow again")
    assert q.speaker == "Marsh"


def test_apposition_subject_keeps_its_words(quote_of):
    assert quote_of(SPEECHES, "lean and careful").speaker == "Rudd"


def test_town_and_state_still_a_place(quote_of):
    assert quote_of(TOWN, "We have never seen it this high").speaker == "Lena Brandt"
