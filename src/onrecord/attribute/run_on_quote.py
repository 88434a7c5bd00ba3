"""A quotation that opens its sentence right after a credited quotation of the same paragraph
and runs on into the writer's own words.

"“The levy will not rise this year,” Ames said. “We are not going to tax the harbor,” whose
fees have doubled since 2010." The second quotation opens its sentence, the writer finishes the
sentence in lower case ("whose …", "which was not in the bill", "but he didn't", "of a
choice"), and no verb of saying stands in it; parse_finder read it as words woven into
narration and left it null, though it goes on in the voice the sentence before credited (issue
11, round 54, lane null54: counted on big, big2 and 300 random AllSides articles, about ten
such quotations, after "Obama said.", "Tillerson said.", "says Beth Bianchi.", "she said.",
"he continued."). A capital after the mark opens another sentence and is left to the glued
rule (parse_finder._glued_after_credit).
"""

from __future__ import annotations

from ..thresholds.run_on_quote import CREDIT_GAP_CHARS, RUN_ON_MIN_WORDS
from ..lexicon.function_words import LIST_JOINERS, OBJECT_PREPOSITIONS, SENTENCE_CONJUNCTIONS, SUBORDINATORS
from ..lexicon.reporting import report_base
from .layout import Layout, Sentence

# the words the writer's run-on opens with: a relative or subordinator ("whose", "which",
# "because"), a conjunction ("and", "but"), a preposition ("of a choice"); never a verb, which
# makes the quotation the subject of a narrating sentence ("“Fair fares for all” was the slogan")
_RUN_ON_OPENERS = SUBORDINATORS | SENTENCE_CONJUNCTIONS | LIST_JOINERS | OBJECT_PREPOSITIONS


def runs_on_after_credit(lay: Layout, sent: Sentence, qi: int, right: list) -> bool:
    """Quotation ``qi`` opens sentence ``sent`` (the caller checked nothing stands before it),
    the first word after it is in lower case, and the sentence before, in the same paragraph,
    ends with a short credit after a quotation of its own."""
    words = [t for t in right if any(ch.isalpha() for ch in t.text)]
    if sent.index == 0 or not words or not words[0].text[:1].islower() or words[0].lower not in _RUN_ON_OPENERS:
        return False
    if len(lay.quotes[qi].text.split()) < RUN_ON_MIN_WORDS:
        return False  # "“Fair fares” was the slogan": a short quoted phrase the narration is about
    prev = lay.sentences[sent.index - 1]
    if prev.para != sent.para or not prev.quotes:
        return False
    last = lay.quotes[max(prev.quotes, key=lambda j: lay.quotes[j].end)]
    gap = lay.text[last.end: lay.quotes[qi].start]
    # the credit itself: a verb of saying after the marks ("Ames said.", "says Beth Bianchi.");
    # "The sign read “No new fees” in red." credits nobody after them, and the run-on went on in
    # the sign's voice (review45)
    credited = any(report_base(w.strip(".,;:!?’'”\"")) for w in gap.split())
    return credited and len(gap) <= CREDIT_GAP_CHARS and "\n" not in gap
