"""Thresholds of the credits read beside a quotation: a reporting aside ("“…,” as X put it")
and a round-up's excerpt above its credit line (round 34, lane nulls15). Apart from
attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Credits:
    # tokens; the longest run between "as" and the aside's verb ("as Minority Leader Kevin X put
    # it", "as my colleague Jeff X points out": four) read as a credit (attribute/as_credit.py,
    # round 34, nulls15). Prevents an "as" far before a verb of another clause ("as the plan
    # moved through the House the chair said") from reading as an aside; the longest of the
    # corpus asides read was four.
    as_aside_tokens: int = 6
    # words; the longest lead of a round-up's own before an excerpt credited by the line below
    # its paragraph ("Critics, however, argue that", "Regarding Rep. X's comment,": five and
    # four; attribute/credit_line.excerpt_credit, round 34, nulls15). Prevents a narrative
    # paragraph that quotes someone deep in its sentences from being credited to a line that
    # happens to follow it; the corpus's leads were at most five words.
    excerpt_lead_words: int = 8
    # sentences; how far back "the company said" / "the hospital said" looks for the last voice
    # of the text when that voice is one body (attribute/described._body_that_spoke, round 35,
    # lane epithet17), and never past the paragraph before. Prevents a body credited long before
    # from taking a kind description the article uses for another body since; the corpus's
    # farthest right case was three sentences back ("Renault said …. The firm will …. However,
    # the firm said …. “…,” the company said").
    body_voice_sentences: int = 4


CREDITS = Credits()
