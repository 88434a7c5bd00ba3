"""A possessive owning a work that is its sentence's subject keeps the sentence for its owner:
"Dunmore’s column backed President Ostrow’s call to close the port. He denounced “…”" is
Dunmore going on in his column, not the president whose call the column backed (issue 11,
round 83, lane pron101: on draw N a senator's op-ed "supported President X's call", and both
quotations of the next sentence's "He denounced “…”" went to the president).

``LeadingSubjects._mention_subject`` hands a possessive opening the main clause over to the next
name, as the owner of a role written between them ("Stallone's ex-wife Brigitte Nielsen
nominated …", "X's campaign manager, Y, said"): up to three lower-case words pass for that role.
A work (``OWNED_WORK_NOUNS``: column, op-ed, letter, speech, lawsuit, …) followed by a verb or a
comma is no role: the next name is the work's object, no subject. Then the sentence's subject is
left unnamed, as for any other possessive, and a he/she after it reads the names in order, the
owner first. A work noun before a role ("X's campaign manager", "X's book editor") still hands
over: the role names the next person."""

from __future__ import annotations

import re

from ..lexicon.publishing import OWNED_WORK_NOUNS
from ..lexicon.titles import TITLE_WORDS

_WORDS = re.compile(r"[a-z][\w-]*|,")
# an agent noun after the work is a role of its own ("speech writer", "book publisher")
_AGENT_END = re.compile(r"(?:er|or|ist|ant|ent)$")


def work_not_role(between: str) -> bool:
    """Whether the text between an owner's possessive and the next name (``between``, from the
    possessive's ending) opens with a work noun, after at most two modifiers, that a verb or a
    comma follows: "’s column supported President ", "’s op-ed, which backed "."""
    words = _WORDS.findall(re.sub(r"^[’']s?", "", between))
    for i, w in enumerate(words[:3]):
        if w in OWNED_WORK_NOUNS:
            after = words[i + 1] if i + 1 < len(words) else None
            return after is not None and (after == "," or after not in TITLE_WORDS
                                          and not _AGENT_END.search(after))
    return False
