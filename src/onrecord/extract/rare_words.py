"""A short fragment credited to nobody whose rarest word is rare in English is a term: jargon or
the name of a thing ("the “clawback” of grants", "“backhaul” delays"), not the writer's distance.

Round 44, lane lexicon27. The term/scare line rests on what the words are, which the sentence
does not show (round 41, frag24: no feature of the sentence separated them); an outside word
list does show one side of it. On the tuning splits, of the fragments the scare default and the
noun-modifier rule left credited to nobody, those with a word below
``RARE_WORD_ZIPF_BELOW`` were 6 gold terms, 2 gold scare quotes and 3 gold speech; on 109
corpus quotations judged by reading (eval/real/audit/lexicon27-sample.tsv and earlier lanes'
samples), 63 terms, 24 scare quotes, 21 speech and a title. A generic group's credit ("critics
said") is left alone: there the word was a term as often as a scare quote (2 and 2, and 7
speech). WordNet's multi-word lemmas, Wiktionary idioms and spaCy's word probabilities were
measured too and lost (docs/attribution-errors.md, round 44)."""

from __future__ import annotations

from ..lexicon.word_frequency import rarest_word
from ..thresholds.extract import RARE_WORD_ZIPF_BELOW
from .fragment_rules import CREDITED_TO_NOBODY
from .reading import Decision

# the two uncredited scare decisions this reads, the default (classify.py) and a word modifying
# the noun after it (label_rules._modifier), both end on CREDITED_TO_NOBODY; the new reason
# keeps it, so the attribution's retyping rules still find it


def rare_word_term(text: str, decision: Decision) -> Decision:
    """``decision`` made a term when it is an uncredited scare quote whose rarest word is rare."""
    kind, why = decision
    if kind != "scare" or len(why) != 1 or not why[0].endswith(CREDITED_TO_NOBODY):
        return decision
    found = rarest_word(text)
    if found is None or found[1] >= RARE_WORD_ZIPF_BELOW:
        return decision
    word, z = found
    return "term", [f"its rarest word '{word}' is rare in English (Zipf {z:.1f}): a term, "
                    f"not the writer's distance; {why[0]}"]
