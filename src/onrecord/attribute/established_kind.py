"""The kind of a speech quotation that is exactly an established name of a thing (a policy's,
a deadline's, a manoeuvre's, a group's: lexicon/established_names.py): term or title, not the
words of the speaker whose sentence holds it (issue 11, round 82, lane kind95).

"Reyes said the looming “…” needs a deal", "the plan would protect “…”", "talk of the “…” for
court nominees": the extraction types such a fragment speech after a reporting verb, and the
cascade then gives it the verb's subject or leaves it null. GUIDELINES K3 makes a name X did
not coin a term inside X's sentence, K17 a policy's common name a title.

Kept speech:
- a naming verb right before the marks ("Republicans dubbed it “…”", "what she calls the
  “…”"): the verb credits the expression to its subject (K4);
- a quotation inside another (the outer quotation's speaker owns it, S3);
- a predicate after a form of "be" ("contact orders were a “nuclear option”", a spokesman
  said): the name turned onto another thing is the speaker's metaphor (round 82: fresh14's one
  loss without this guard; none of draw K's 63 retypes has the shape).
"""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.established_names import BE_FORMS_MORE, ESTABLISHED_TERMS, ESTABLISHED_TITLES, NAMING_FORMS_MORE
from ..lexicon.function_words import COPULA_FORMS
from ..lexicon.reporting import WHAT_NAMING_VERBS
from ..thresholds.established import ESTABLISHED as E

EVIDENCE = "an established name of a thing, not the speaker's words: {}"
_NAMING_FORMS = WHAT_NAMING_VERBS | NAMING_FORMS_MORE
_BE_FORMS = COPULA_FORMS | BE_FORMS_MORE
# a naming verb, then at most three words ("it", "the plan", "to it as"), then the opening mark
_NAMING_BEFORE = re.compile(rf"\b([a-z]+)\b(?:[ \t]+[\w’'-]+){{0,{E.naming_words}}}[ \t]*[“‘\"']$")
# a form of "be", then at most an article and two adverbs, then the opening mark
_PREDICATE_BEFORE = re.compile(
    rf"\b([a-z]+)[ \t]+(?:(?:a|an|the|just|only|not|really|like)[ \t]+){{0,{E.predicate_words}}}[“‘\"']$")


def established_kind(text: str, q: Any) -> tuple[str, str] | None:
    """("term" | "title", reason) for the speech quotation ``q`` whose words are an established
    name, else None (the quotation keeps its kind)."""
    if q.kind != "speech" or q.nested:
        return None
    words = q.text.strip(" \t\n.,;:!?").lower()
    kind = "term" if words in ESTABLISHED_TERMS else "title" if words in ESTABLISHED_TITLES else None
    if kind is None or _named_by_verb(text, q.start) or _predicate(text, q.start):
        return None
    return kind, EVIDENCE.format(kind)


def _named_by_verb(text: str, start: int) -> bool:
    """A naming verb within three words before the opening mark: "dubbing it “…”" (K4)."""
    before = text[max(0, start - E.look_back_chars) : start]
    for m in re.finditer(r"\b[a-z]+\b", before):
        if m.group(0) in _NAMING_FORMS and _NAMING_BEFORE.match(before, m.start()):
            return True
    return False


def _predicate(text: str, start: int) -> bool:
    """A form of "be" right before the opening mark: "that was a “…”" (a metaphor)."""
    m = _PREDICATE_BEFORE.search(text[max(0, start - E.look_back_chars) : start])
    return m is not None and m.group(1).lower() in _BE_FORMS
