"""A short quotation named by a passive or participle naming verb with no namer, typed speech
with no speaker, is a term (or a scare quote for a one-word evaluation), not speech (issue 11,
round 83, lane kind100).

"Another method is called a “…”", "Why is it called a “…”?", "a stock surge dubbed the “…”",
"a session dubbed “…”": the extraction read "called" as a reporting verb (its passive rule in
extract/naming.py wants the participle right before the marks, and an article between hides
it) or credited "dubbed" after a dash or a preposition to a named namer, so the words stayed
speech; the parse then found nobody who names them (parse_finder: a passive without its
agent, an impersonal "it … called", a noun its participle names) and resolution left the
speaker null. By GUIDELINES K1/K21/K24 words credited to nobody are a term or a scare quote.
Draw N (round 83): 7 such speech quotations of up to six words.

Not retyped: a quotation inside another (its reporter owns it), one longer than the
extraction's term reach (a sentence someone said), and any the cascade gave a speaker.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.naming import _ADJECTIVE_END
from ..lexicon.kind_cues import NAMING_BEFORE
from ..thresholds.extract import ExtractOptions
from .verb_subject import NAMED_BY_PARTICIPLE

# parse_finder's and verb_subject's reasons for a naming verb that names nobody: the verb is
# the group; "noun modified by participle" is the noun named ("a surge dubbed"), not a namer
_NAMER_LESS = re.compile(
    r"^parse: (?:passive '([\w-]+)' without its agent|impersonal passive 'it … ([\w-]+)'"
    rf"|{re.escape(NAMED_BY_PARTICIPLE)} '([\w-]+)'|noun modified by participle of '([\w-]+)')$")
EVIDENCE = "named by a passive '{}' with no namer: a {}"


def passive_naming_kind(how: str, q: Any) -> tuple[str, str] | None:
    """("term" | "scare", reason) for the speech quotation ``q`` left with no speaker whose
    attribution reason ``how`` is a naming verb that names nobody, else None."""
    if q.kind != "speech" or q.speaker is not None or q.nested:
        return None
    m = _NAMER_LESS.match(how)
    verb = next((g for g in m.groups() if g), "") if m else ""
    if verb.lower() not in NAMING_BEFORE:
        return None
    words = q.text.split()
    if not words or len(words) > ExtractOptions().term_max_words:
        return None
    if len(words) == 1 and _ADJECTIVE_END.search(words[0].strip(" .,;:!?")):
        return "scare", EVIDENCE.format(verb, "one-word evaluation")  # "was called “reckless”"
    return "term", EVIDENCE.format(verb, "label")
