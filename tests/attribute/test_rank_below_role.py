"""A description of an office is not its deputy: "the prime minister said" went to the one the
article called "Deputy Prime Minister" (the role "deputy prime minister" holds the words "prime
minister"), and "as the president said" to the vice president named last (fresh14, a BBC
politics article; big and big2 hold six more: "the president" to two vice presidents, "the
mayor" to a deputy mayor). A word of RANK_BELOW_WORDS right before the office in a role makes it
another office, unless the description carries that word too. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the prime minister is not the deputy named last",
     "Cabinet row\n\nPrime Minister Ada Vance met party leaders on Monday. Later, at a dinner hosted "
     "by Deputy Prime Minister Hal Brook, she spoke of the budget. According to the diarist, the "
     "prime minister said: \"Give me one more year and I will go.\"",
     ["Ada Vance"]),
    ("the president is not the vice president named last",
     "Inaugural eve\n\nBoth President Tom Reyes and Vice President Lena Marsh thanked supporters who, "
     "as the president said, \"gave so much of their time\" to the campaign.",
     ["Tom Reyes"]),
    ("the deputy's own description still finds the deputy",
     "Cabinet row\n\nPrime Minister Ada Vance met party leaders on Monday. Later, at a dinner hosted "
     "by Deputy Prime Minister Hal Brook, the budget came up. The deputy prime minister said: \"We "
     "have had a good year.\"",
     ["Hal Brook"]),
    ("only a deputy holds the office's words: not him",
     "City hall\n\nDeputy Mayor Nina Gale opened the session on Monday. Later the mayor said the "
     "plan was \"a waste of money\" and left.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_is_not_its_deputy(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
