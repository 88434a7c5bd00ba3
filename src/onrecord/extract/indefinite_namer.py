"""One unnamed person naming something in the present tense is a particular speaker, not
nobody (issue 11, round 83, lane kind102).

"One expert calls the numbers “…”", "An analyst describes the deal as “…”", "One ad refers
to her rival as “…”": the naming verb's subject is one described person (or one document), so
by GUIDELINES D3/K1 the words are speech with a description. The naming rule's fallback for an
indefinite source ("A statement called the plan “…”": named) read only a past tense, so the
present "calls" fell through to "credited to nobody" and the words were typed term or scare.
Only a singular description opened by "a", "an" or "one" (ONE_PERSON_OPENERS) counts: "some
call", "critics call" and "two aides call" are groups (K28), and a plural head ("One in three
voters call") is not one person.
"""

from __future__ import annotations

import re

from ..lexicon.function_words import FUNCTION_WORDS, ONE_PERSON_OPENERS
from ..thresholds.extract import ONE_PERSON_NAMER_MAX_WORDS

# a third-person singular present: "calls", "dubs", "labels", "describes", "refers", "brands"
_SINGULAR_PRESENT = re.compile(r"^[a-z]+[^s]s$")
# a word of the description: letters, hyphens, apostrophes ("anti-tax", "Obama's")
_WORD = re.compile(r"^[A-Za-z][\w'’-]*$")


def one_person_names(verb: str, subject: str, max_words: int = ONE_PERSON_NAMER_MAX_WORDS) -> bool:
    """True when ``verb`` is a third-person singular present naming verb and ``subject`` (the
    words right before it) is one described person or document: "one expert", "an analyst",
    "one ad" — opened by a/an/one, at most ``max_words`` words, its head not a plural."""
    if not _SINGULAR_PRESENT.match(verb.lower()):
        return False
    words = subject.split()
    if not 2 <= len(words) <= max_words or words[0].lower() not in ONE_PERSON_OPENERS:
        return False
    if not all(_WORD.match(w) for w in words[1:]):
        return False
    head = words[-1].lower()
    # "one in three voters call": a plural head, a share of a group; "one of the" ends on no head
    return head not in FUNCTION_WORDS and not (head.endswith("s") and not head.endswith("ss"))
