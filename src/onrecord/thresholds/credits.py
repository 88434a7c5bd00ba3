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
    # lane epithet17), and never past the second paragraph before. Prevents a body credited
    # long before from taking a kind description the article uses for another body since. The
    # four right cases of the corpus checks lay within it (a short paragraph and the one before);
    # the stop at any other subject, voice or body named since, not this number, is what kept
    # the seven wrong ones read on the first try null.
    body_voice_sentences: int = 4
    # paragraphs; the same search never reads past the second paragraph before the description's
    # (wire copy runs one sentence a paragraph: "X said …. ¶ It gave no figures. ¶ “…,” the
    # company said"). Prevents a voice of an earlier section from being "the company" of a new
    # one; as above, the stops on other subjects did the corpus's work.
    body_voice_paragraphs: int = 2
    # words; the lower-case role words, the name's capitalised words and the outlet's words of a
    # round-up's credit closing a paraphrase ("…, said economics writer Ann Vale at the Harbour
    # Gazette.": two, two, two; attribute/roundup_writer.py, round 51, lane roundup51). Prevents
    # a long clause after "said" ("said the plan that Ann Vale wrote in Harbour …") from reading
    # as a credit; the corpus credits read had at most two role words ("pollster", "legal
    # analyst"), three name words ("Andrew Van Dam") and four outlet words.
    roundup_role_words: int = 2
    roundup_name_words: int = 4
    roundup_outlet_words: int = 5


CREDITS = Credits()

# 0-1 confidence; the most a speaker found by epithet_subject.py ("Mr. X pointed to …. “…,” the
# real estate mogul said": the one person named as the subject of the sentence before) is
# given. The tie is one sentence back and written by no name at the credit, so less sure than a
# name in the quotation's own sentence (0.93, 0.86); one of calibration.RULE_LEVELS (0.75, as
# a credit line or a headline's name), so the shipped calibration model reads it. Measured on
# the lane's corpus check (round 47, lane epithet28: docs/attribution-errors.md).
EPITHET_SUBJECT_CONFIDENCE = 0.75
