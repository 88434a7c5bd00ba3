"""A speaker phrase that ends in a function word is a clause running on, not a noun phrase.

The string credits read the words between a quotation and a verb of saying as its speaker:
"“…” funding for states, adding", "“…” the newspaper quotes him as saying", "the staffer in
question “…”" (the verb "question"). A noun phrase naming someone never ends in a preposition,
an article, a conjunction or an auxiliary, so such a phrase names nobody and the credit is
dropped (the cascade reads on). Round 46, lane with28: on the corpus samples big and big2 every
credit of this shape was wrong, 18 of 18, 16 of them left null with a nonsense description.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.function_words import NOUNLESS_WORDS, STANDALONE_POSSESSIVES
from .layout import Token


def ends_open(subj: Sequence[Token]) -> bool:
    """True when the phrase has two words or more and its last is a lowercase function word
    ("the aide in", "chose to", "quotes her as"). One word alone is left to the phrase reader,
    and a capital ("Theresa May", "Will") is a name's word, not the auxiliary."""
    if len(subj) < 2:
        return False
    last = subj[-1]
    if last.lower in STANDALONE_POSSESSIVES and subj[-2].lower == "of":
        return False  # "a friend of his": the possessive closes the phrase (review of round 46)
    return last.text.islower() and last.lower in NOUNLESS_WORDS
