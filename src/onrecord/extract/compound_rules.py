"""A noun phrase in marks right before the noun it modifies: the name of a kind of thing, a
term, even when the sentence holds a reporting verb ("waving “ferry first” placards", "adopted
a “zero waste” policy", "seized “ghost gun” kits", "clarifies ‘game changer’ comments").

Round 41, lane termspeech25: 11 of the 44 terms of the tuning splits typed speech were such
modifiers ("U.S. “deep state” intelligence agencies", "Mr. Trump’s “free media” advantage",
"“lone wolf” terrorists", "a new “pass-through” tax rate"), each typed speech because a
reporting verb stood somewhere in the sentence ('O’Rourke told a crowd …, many waving …'). In
a seeded corpus sample of 60 modifiers typed speech by a reporting verb
(eval/real/audit/termspeech25-sample.tsv), 15 were terms, and the speaker's own words among
them were evaluations (adverbs, adjectives: 'the “inhumane” policy', 'the “grossly unfair”
tax') or a phrase before a participle ('“wasteful spending” saying'), which the guards keep
speech. One word stays with the one-word rules (a scare quote as often as a name).
"""

from __future__ import annotations

import re

from ..lexicon.antonyms import ADJECTIVES, graded
from ..lexicon.function_words import (CLAUSE_QUANTIFIERS, CONCESSIVES, DEGREE_WORDS, FUNCTION_WORDS,
                                      PREPOSITION_PARTICIPLES, VERDICT_OPENERS)
from ..lexicon.kind_cues import JUDGING_ENDINGS
from ..lexicon.reporting import PLAIN_REPORTING_BASES, report_base
from .bounds import decides
from .lexicon import REPORTING_RE
from .label_rules import _plain_noun_phrase
from .reading import Decision, _Reading, _labelled_noun

# Gradable adjectives in all their degrees ("good", "better", "best"): a phrase in marks ending
# on one is a verdict ('the “too good” deal', 'a “very bad” week').
_GRADED_ADJECTIVES = frozenset(form for pair in ADJECTIVES for adj in pair for form in graded(adj))


@decides(2, "coined_phrase_max_words")
def _compound_modifier(r: _Reading) -> Decision | None:
    """A plain noun phrase of two or three words (label_rules._plain_noun_phrase), not in title
    case (a work's or slogan's name: the title rules'), right before a noun it modifies, and
    ending on a noun, not an adjective: a term, whoever the sentence's reporting verb credits."""
    if not _plain_noun_phrase(r) or r.title_case:
        return None
    noun = _labelled_noun(r)
    if noun is None or noun.lower().endswith(("ing", "ed")):
        return None  # '“martyrdom videos” justifying …', '“political manoeuvre” forced by …'
    first, last = r.words[0].lower(), r.words[-1].lower().rstrip(".,")
    if first in DEGREE_WORDS or first in VERDICT_OPENERS or last in FUNCTION_WORDS:
        return None
    if last in _GRADED_ADJECTIVES or (last.endswith(JUDGING_ENDINGS) and not last.endswith("eed")):
        return None
    if not _writer_names_it(r, noun):
        return None
    return "term", [f"a {r.n}-word noun phrase in marks modifying the noun '{noun}' after it: the name of a kind of thing"]


# Between the reporting verb and the marks, a clause of the writer's own: a concessive ("he
# insisted …, even though his council adopted a “…” policy") or a participle after a comma that
# reports nothing (", many waving “…” placards"); the verb does not credit the words after it.
_WRITERS_CLAUSE = re.compile(rf"\b(?:{'|'.join(CONCESSIVES)})\b"
                             rf"|,\s+(?:(?:{'|'.join(CLAUSE_QUANTIFIERS)})\s+(?:of\s+them\s+)?)?(?P<part>[a-z]+ing)\b",
                             re.IGNORECASE)


def _writer_names_it(r: _Reading, noun: str) -> bool:
    """The sentence's reporting verb does not credit the quotation: the "verb" after the marks
    is the noun they modify ('Mayor clarifies “ferry first” remarks': a headline's noun read as
    a verb), or a clause of the writer's stands between the verb and the marks. A named
    speaker's label under his own reporting verb stays his speech: the never-read held-out
    gold types it so (round 35, kindspeech16's first form lost 4 kinds there by retyping them).
    With no reporting verb at all the later rules decide (label_rules._modifier)."""
    if r.cue is None:
        return False
    where, verb, _ = r.cue
    if where != "before":
        # a plural noun read as a verb ("comments", "remarks", "claims"), not "“…” said X"
        low = noun.lower()
        return verb.lower() == low and low.endswith("s") and report_base(low) not in PLAIN_REPORTING_BASES
    low = r.left.lower()
    between = r.left[low.rfind(verb.lower()) + len(verb):]
    m = _WRITERS_CLAUSE.search(between)
    if m is None or "," in between[m.end():]:
        # closed by a comma before the marks, the aside is over and the marks stand in the
        # speaker's clause again: 'said the board, although divided, backed her “…” plan', 'told
        # reporters, smiling, that the “…” scheme' (review33: round 41's near misses)
        return False
    part = m.group("part")
    return not (part and (part.lower() in PREPOSITION_PARTICIPLES or REPORTING_RE.search(part)))
