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

Only the subject opening the main clause counts (after an introductory phrase closed by a comma,
finder.clause_start): a name after the words ("“…,” Q said.") is the turn the guard weighs, and
a name elsewhere in the sentence ("… started him on …") is no subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    if c0 >= len(toks) or toks[c0].text in _OPENING_MARKS:
        return False
    start = toks[c0].start
    return any(m.start == start for m in e.mentions)


# a quotation opening the clause: the name that follows it is the turn's credit, not a subject
_OPENING_MARKS = frozenset({"\u201c", '"', "\u2018", "'"})
