"""Thresholds of the continuation step's readings of a cue-less quotation (round 35, lane cont17:
attribute/narrated_continuation.py and attribute/own_reporter.py). Apart from attribute.py,
which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Continuation:
    # words a quotation must hold to go on in the voice of a named speaker quoted in the sentence
    # just before, when it ends a sentence of narration with no verb of saying ("“…,” said X.
    # India is a “dramatically growing economy that must …”": narrated_continuation.py).
    # Prevents a short phrase of the writer's or of a body ("“modest”", "“simple tax returns”",
    # "“universal, affordable and flexible”") from going to the speaker before: in the lane's
    # judged sample every continuation of this shape held 8 words or more, and every phrase of
    # someone else that passes the rule's other tests 3 or fewer; 6 sat between them. Round 66,
    # lane cont71: 4, the least above that 3. On the thirteen tuning sets two 4-word
    # continuations were left null (2 items, 2 articles, both the speaker's: "…, “that never
    # came to pass.”" in our words); at 1 no other tuning item changed; the 300-article folder,
    # none.
    clause_min_words: int = 4
    # words of narration that may follow that quotation before its sentence ends, none a verb of
    # saying ("Acting out of fear, “…,” is involuntary.": narrated_continuation._short_tail).
    # Prevents a quotation followed by a clause of its own from taking the voice before. Round
    # 67, lane frag75: the tuning sets' tails ran 2 to 4 words (4 quotations: 1 to its speaker,
    # 2 to another form of him, 1 to a wrong name); the 300-article folder's one, 3 words.
    tail_max_words: int = 6
    # 0-1 confidence (the scale of thresholds.attribute.CONFIDENCE) of a cue-less quotation
    # given to the subject of its own sentence who reports there (own_reporter.py): below the
    # parse's subject of a reporting verb (0.82), above the last speaker's continuation (0.6),
    # as the parse's "no reporting verb: the previous speaker goes on" (0.7). Not tuned: the
    # calibration maps it (every such change read on the corpus was right).
    own_reporter_confidence: float = 0.7
    # lower-case words that may follow a name closing a quotation before its sentence ends, for
    # the name to be its reporter (own_reporter.closes_own_sentence: "“…,” X reminisced.").
    # Prevents a name that opens a clause of its own ("“…,” X's daughter wrote in the paper")
    # from taking the words; round 39, lane guard22: its 4 judged items and 3 corpus changes
    # each had one verb there. Was a bare 1 in the code until review31.
    closing_words_after_name: int = 1


CONTINUATION = Continuation()
