""""According to X" where the words' own clause names who spoke through a verb of saying: the
carrier relays the report and is not the speaker (attribute/relayed_source.py; issue #11 round
79, lane wrong89). Unseen AllSides text gave an outlet the words of a he who "later adds", of
a president who "said that …", of a woman who "told" a captain (the outlet's reporter took
them), and of a spokesman named after the outlet. GUIDELINES S17. Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a he after the outlet, before the words",
     "Ferries\n\nMayor Ana Voss spoke at the harbour on Monday.\n\n\"The ferry will run,\" she "
     "said. According to the Harbour Gazette, she later added, \"We will build a second pier "
     "before winter.\"\n\nThe council meets next week.\n",
     ["Ana Voss", "Ana Voss"]),
    ("a described speaker before the words, the outlet after them",
     "Ferries\n\nMayor Ana Voss spoke at the harbour on Monday.\n\nThe mayor said that the "
     "new pier matched a plan she had held for \"many years,\" according to the Harbour Gazette "
     "in Norway.\n\nThe council meets next week.\n",
     ["Ana Voss"]),
    ("an unnamed speaker before the words, the outlet's reporter after them",
     "Ferries\n\nMayor Ana Voss spoke at the harbour on Monday.\n\nOne woman told the captain, "
     "\"Thank you so much for coming out here tonight,\" according to the Harbour Gazette's Tom "
     "Reed.\n\nThe council meets next week.\n",
     [None]),
    ("guard: nothing but the outlet after the words",
     "Ferries\n\nThe mayor unveiled the new ferry on Monday.\n\n\"The ferry is late again and "
     "nobody will say why,\" according to the Harbour Gazette.\n\nThe council meets next week.\n",
     ["Harbour Gazette"]),
    ("guard: no verb of saying after the outlet",
     "Ferries\n\nThe mayor unveiled the new ferry on Monday.\n\nAccording to the Harbour Gazette, "
     "the new fares are \"far too high for islanders.\"\n\nThe council meets next week.\n",
     ["Harbour Gazette"]),
    ("guard: a passive verb before the words",
     "Ferries\n\nThe hearing ran late on Monday.\n\nAccording to a review of the memo, the Harbour "
     "Board was also briefed \"on the state of the old pier.\"\n\nThe council meets next week.\n",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_relayed_source(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
