"""A nationality adjective standing alone after "the" as a noun for one person: "“…,” said the
American", "the German said" (BBC sport names the player just written about so). Resolved like
"the Dutchman", to the subject just before (resolve._unresolved_role); the adjective alone had
been dropped as a name and the words left null (round 37, lane weak20: 4 of 100 nulls drawn
from big2). Before a noun the word is an adjective still: the string finder cuts "said the
European hurdles champion" at the capitals, and that champion is someone not yet named."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.places import PERSON_ADJECTIVES
from ..lexicon.reporting import REPORT_FORMS

_NEXT_WORD_RE = re.compile(r"\s*([a-z]+)")


def person_adjective(text: str, part: Any, head: str) -> bool:
    """Whether description ``part`` ("the German") ends on a nationality adjective used as a
    noun: nothing but punctuation after it, or a verb of saying ("the German said")."""
    if head not in PERSON_ADJECTIVES:
        return False
    m = _NEXT_WORD_RE.match(text, part.start + len(part.text))
    return m is None or m.group(1) in REPORT_FORMS
