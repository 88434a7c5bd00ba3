"""The sex a cluster's given name says when no hand list does: the census's, or that of a
given name that is also a word or a short form ("Josh X", "Amber Y", "Ed Z": lexicon
given_names.WORD_GIVEN_*).

Round 81, lane pron94 (draw I): with no sex, such a person took the first he/she that reached
him or her whatever its gender, and that binding fixed the gender for the rest of the article
("X slammed Y for using her plane; he blasted the senator after she flew …": Y's "she" went to
X, and later "he"s passed X by). A word name's sex counts as a census sex does (agreement,
no sure gender, and it yields a he/she to a sure person of that sex nearby). Counted as the
sex the first pronoun would have fixed (no census flag, no yield), it kept the he of a
committee member, a candidate and a spokesman from the sure men they spoke after ("“If Don X
doesn't testify …,” he told …" went to Don X): 6 right answers lost on draw I to win back 3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.given_names import WORD_GIVEN_FEMALE, WORD_GIVEN_MALE
from .mentions import name_tokens
from .name_forms import census_sex

if TYPE_CHECKING:  # entities.py imports this module
    from .entities import Entity


def word_given_sex(names: list[str]) -> str | None:
    """The sex the first word of the cluster's longest name says when it is a word name:
    only the longest, so a mayor "Keisha Lance X" shown also as "Lance X" is no man."""
    full = max(names, key=lambda n: len(name_tokens(n)), default="")
    toks = full.split()
    if len(toks) < 2:
        return None
    first = toks[0].lower().strip(".")
    return "f" if first in WORD_GIVEN_FEMALE else "m" if first in WORD_GIVEN_MALE else None


def given_name_sex(names: list[str]) -> tuple[str | None, bool]:
    """(sex, whether it is a census-strength sex, ``Entity.census_sex``): the census's first,
    then a word name's."""
    sex = census_sex(names) or word_given_sex(names)
    return sex, sex is not None


def settled_by_pronoun(e: "Entity", g: str) -> bool:
    """Whether a he/she of gender ``g`` bound to ``e`` settles a word name's sex as it fixes an
    unknown one: from then on the person no longer yields a he/she to a sure one nearby, as a
    person of unknown gender stopped yielding once a pronoun fixed it on main. Kept yielding
    all through the article, the word-name sex turned about three right names wrong on a
    never-read set (round 81, lane pron94)."""
    return e.census_sex and not e.gender_sure and e.gender == g and census_sex(e.names) is None \
        and word_given_sex(e.names) == g
