"""A fragment the extraction typed scare or term that the parse override (fragment_kind.py)
would make speech with no speaker, because the verb above it has a description or "they" for
a subject, stays as the extraction typed it when the sentence says the words are a group's
habit or a group's name for a thing (guideline K22, K28; issue 11, round 81, lane kind93):

- the extraction read a naming verb credited to a generic group ("what border agents refer to
  as “…”", "what the party's aides derisively call the “…”", "large groups, dubbed “…”"): a
  group's name for a thing is its jargon or a nickname, a term (K21, K22), and the parse's
  subject is that same group, so it adds nothing that would make the words one occasion's;
- the verb of saying carries an adverb of habit ("the island's leaders so often state …", "they
  sometimes say they feel like “…”", "They repeatedly praise his “…”"), or follows a verb of
  habit ("the senator's camp tended to argue …"): a broad group's words on no particular
  occasion are scare (K28).

The override made these speech with a null speaker. Round 80's read of draw G found 14 of 35
such retypes not speech; on draw I (round 81) 114 retypes were read, and these two shapes
were the ones whose every retype was not speech, where "officials said", "the agency's
statement", "a poll found" and "they say" with no adverb were speech (D3, D6).
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.naming import naming_reason
from ..lexicon.kind_cues import HABIT_ADVERBS, HABIT_VERBS

# the extraction's reason for a naming verb whose namer is a generic group (extract/naming.py)
_GROUP_NAMING = re.compile(re.escape(naming_reason("")[:-1]) + r"[^']*' credited to a generic group")


def group_words(why: str, cue: Any) -> str | None:
    """Why the words under the parse's verb ``cue`` are a group's habit or its name for a
    thing (the extraction's kind then stands), else None. ``why`` is the extraction's kind
    evidence, joined."""
    if _GROUP_NAMING.search(why):
        return "a group's name for a thing, not one occasion's words (the extraction's reading stands)"
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in cue.children):
        return "a verb of saying with an adverb of habit: a group's habitual words, not speech"
    if cue.dep_ == "xcomp" and cue.head.lower_ in HABIT_VERBS:
        return "a verb of saying after a verb of habit ('tended to argue'): a group's habitual words, not speech"
    return None
