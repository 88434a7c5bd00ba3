"""A he/she whose last speaker opens the sentence just before it as its subject is that speaker,
not a guess between two speakers (issue 11, round 83, lane null99).

``Referents._unclear`` leaves a he/she null when it opens a new paragraph, the last speaker's
gender is unknown and another speaker of unknown gender spoke in the exchange before: "“…,” Ana
Z said. ¶ “…,” Rio Q told reporters. ¶ “…,” he said." may be either. When the sentence right
before the pronoun's opens its main clause with that last speaker ("With his wife beside him, Q
drove home …. ¶ “…,” he said", "Will Q, a researcher at …, called the plan “…”. ¶ “…,” he
tweeted"), the narration has put the speaker in focus again and the pronoun is theirs. How found:
draw N (3,000 unannotated AllSides articles), the speech quotations main left null with "pronoun
between two speakers" (60), read one by one; the he/she ones whose article named the speaker in
the sentence before were of this shape.

The sentence must not be the last speaker's own turn introduced before the words ("X replied:
“…”", "X said, “…”"): there the guard's exchange stands. Only the subject opening the main clause counts (after an introductory phrase closed by a comma,
finder.clause_start): a name after the words ("“…,” Q said.") is the turn the guard weighs, and
a name elsewhere in the sentence ("… started him on …") is no subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.mask import OPENING_MARKS
from .finder import clause_start

if TYPE_CHECKING:
    from .entities import Entity
    from .layout import Layout


def opens_sentence_before(lay: "Layout", e: "Entity", sent_idx: int) -> bool:
    """Whether the sentence right before ``sent_idx`` opens its main clause with a mention of
    ``e`` (its subject, not a name after a quotation)."""
    si = sent_idx - 1
    if si < 0 or lay.sentences[si].para == 0:  # never the headline
        return False
    toks = lay.sentences[si].tokens
    c0 = clause_start(toks)
    if c0 >= len(toks) or toks[c0].text in OPENING_MARKS:
        return False
    start = toks[c0].start
    if not any(m.start == start for m in e.mentions):
        return False
    # "Dara Q replied: “…”" or "Dara Q said, “…”": the sentence is the last speaker's own turn,
    # credited before the words, and a she after it may be the other speaker answering
    # (tests/attribute/test_pronoun_turns.py); a fragment inside the sentence's own clause
    # ("… said her boss wants to “…”", "called the plan “…”") leaves the subject in focus
    k = next((i for i in range(c0 + 1, len(toks)) if toks[i].text in OPENING_MARKS), None)
    return k is None or toks[k - 1].text not in _TURN_OPENERS


# punctuation that hands a sentence over to the words of a turn ("X said: “…”", "X said, “…”")
_TURN_OPENERS = frozenset({":", ","})

