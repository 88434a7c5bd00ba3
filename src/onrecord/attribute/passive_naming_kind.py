"""A short quotation named by a passive or participle naming verb with no namer, typed speech
with no speaker, is a term (or a scare quote for a one-word evaluation), not speech (issue 11,
round 83, lane kind100).

"Another method is called a “…”", "Why is it called a “…”?", "a stock surge dubbed the “…”",
"a base — dubbed “…” —": the extraction read "called" as a reporting verb (its passive rule in
extract/naming.py wants the participle right before the marks, and an article between hides
it) or credited "dubbed" after a dash or a preposition to a named namer, so the words stayed
speech; the parse then found nobody who names them (parse_finder: a passive without its
agent, an impersonal "it … called", a noun its participle names) and resolution left the
speaker null. By GUIDELINES K1/K21/K24 words credited to nobody are a term or a scare quote.
Draw N (round 83): 16 such speech quotations of up to six words, 13 of them terms by the
guidelines (two more arguable: term or scare; one a rule's official name, a title).

Not retyped: a quotation inside another (its reporter owns it), one longer than the
extraction's term reach (a sentence someone said), any the cascade gave a speaker, and any
whose naming verb is not right before the marks (at most an article between) or that an
agent follows ("a session dubbed “…” by the Herald's X"). On draw N the parse also gave
"passive 'called' without its agent" to active namers with an object ("the guild … called
the decision an effort to “…”", "a spokesperson … called the demands “…”": speech) and to
words far from a "called" earlier in the sentence ("It's called …, and her answer is: “…”").
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.naming import _ADJECTIVE_END
from ..lexicon.kind_cues import NAMING_BEFORE
from ..thresholds.extract import ExtractOptions
from ..thresholds.shapes import PASSIVE_NAMING_KIND as REACH
from .verb_subject import NAMED_BY_PARTICIPLE

# parse_finder's and verb_subject's reasons for a naming verb that names nobody: the verb is
# the group; "noun modified by participle" is the noun named ("a surge dubbed"), not a namer
_NAMER_LESS = re.compile(
    r"^parse: (?:passive '([\w-]+)' without its agent|impersonal passive 'it … ([\w-]+)'"
    rf"|{re.escape(NAMED_BY_PARTICIPLE)} '([\w-]+)'|noun modified by participle of '([\w-]+)')$")
# the naming verb right before the opening mark, at most an article between ("is called a “",
# "dubbed the “", "called “"); any other word there is an object, and the namer active
_VERB_BEFORE = r"\b{}[ \t]+(?:(?:a|an|the)[ \t]+)?[“‘\"']$"
# an object relative whose subject is a description right before the verb: "what one source
# called “…”", "which a critic dubbed “…”" — the verb is active, its namer a particular
# unnamed speaker (D3: speech), though the parse read "source called" as a noun its
# participle names (round 83, lane kind102, from an out-of-sample draw)
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:what|which|whom)[ \t]+(?:one|a|an|another|the|his|her|their|its)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){1,3}$", re.IGNORECASE)
# a passive's agent right after the closing mark: "dubbed “…” by the Herald's columnist"
_AGENT_AFTER = re.compile(r"^[”’\"'.,]*[ \t]+by\b", re.IGNORECASE)
EVIDENCE = "named by a passive '{}' with no namer: a {}"


def passive_naming_kind(text: str, how: str, q: Any) -> tuple[str, str] | None:
    """("term" | "scare", reason) for the speech quotation ``q`` of ``text`` left with no
    speaker whose attribution reason ``how`` is a naming verb that names nobody, right before
    the marks, else None."""
    if q.kind != "speech" or q.speaker is not None or q.nested:
        return None
    m = _NAMER_LESS.match(how)
    verb = next((g for g in m.groups() if g), "") if m else ""
    if verb.lower() not in NAMING_BEFORE:
        return None
    right_before = re.compile(_VERB_BEFORE.format(re.escape(verb)), re.IGNORECASE)
    window = text[max(0, q.start - REACH.verb_reach_chars) : q.start]
    at = right_before.search(window)
    if at is None or _RELATIVE_SUBJECT.search(window[: at.start()]) \
            or _AGENT_AFTER.match(text[q.end : q.end + REACH.agent_reach_chars]):
        return None
    words = q.text.split()
    if not words or len(words) > ExtractOptions().term_max_words:
        return None
    if len(words) == 1 and _ADJECTIVE_END.search(words[0].strip(" .,;:!?")):
        return "scare", EVIDENCE.format(verb, "one-word evaluation")  # "was called “reckless”"
    return "term", EVIDENCE.format(verb, "label")
