"""A person the entity tagger typed an organisation is never an "it". The tagger reads a name
inside a body-like phrase ("the <Name>–affiliated shell company", "the <Name> playbook", "the
<Name> investigation") as an organisation, and the general pronoun passes then gave "it" to
the person: round 48, lane it28, on big + big2, "Novartis says, it agreed … at which point it
“…”" went to Michael Cohen, "It divided the country …" to Robert Mueller, "It urged followers …"
to Saul Alinsky (5 of the 72 "it" quotations judged). A given name first and the surname alone
naming the same one elsewhere, with no organisation word in the name, say a person. Such an
"it" is left unbound: letting the search go on to the next body in reach gave "Trump
Organization", "Tea Party" and "Fourth" (of July) on the corpus, worse than nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.given_names import GIVEN_NAMES
from ..thresholds.attribute import NAME_WORDS
from .cues import ORG_WORDS

if TYPE_CHECKING:
    from .entities import Entity


def person_shaped(e: "Entity") -> bool:
    """Whether an entity typed an organisation reads as a person: "Walter Brandt" written
    "Brandt" alone elsewhere. A shop or brand named for its founder keeps its full name ("John
    Lewis said it …"), so it stays an organisation unless the surname stands alone too."""
    words = e.canonical.split()
    if not 2 <= len(words) <= NAME_WORDS.person_shaped_words or words[0].lower() not in GIVEN_NAMES:
        return False
    if any(w.lower().strip(".,") in ORG_WORDS or not w[:1].isupper() for w in words):
        return False
    return words[-1] in e.names
