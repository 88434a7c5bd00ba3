"""More role words that bridge a capitalised modifier to the name after an inverted credit:
"said TV historian X", "said former NBA basketball star X", "said Lund chief of staff X",
"said former DNC chairman and Westshire Governor X". after_quote._role_bridge knew titles,
holder nouns and a few endings (-man, -er, -ist, -ant, -ent); a role ending in another person
noun ("historian", "fellow", "star"), one with "of" inside ("chief of staff"), or a first role
joined by "and" to a capitalised office was no bridge, so the name run stopped at the modifier
and the channel, league, president or party office took the words (round 81, lane wrong93:
eight quotations of that shape, with the sentences continuing them, on 3,000 unseen articles;
"British historian X" left null because "British" is no name)."""

from __future__ import annotations

from ..lexicon.heads import BRIDGE_ROLE_NOUNS
from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .layout import Token
from .phrase import _is_word
from .role_shape import is_person_noun


def role_noun(word: str) -> bool:
    """A singular noun for a person's post ("historian", "fellow", "co-founder", "staff"):
    plurals ("historians said X") name a group, not the one named next."""
    if word.endswith("s") and not word.endswith("ss"):
        return False
    return word in BRIDGE_ROLE_NOUNS or is_person_noun(word, body_ok=False)


def person_name_at(r: list[Token], j: int) -> bool:
    """At least two capitalised words from ``j`` (a person's given name and surname), the
    first no title ("Tim Brack", not "Governor" alone)."""
    pair = r[j : j + 2]  # a given name and a surname: two capitalised words
    return len(pair) == 2 and all(_is_word(t) and t.text[:1].isupper() for t in pair)


def noun_bridge(r: list[Token], j: int) -> bool:
    """Capitals at ``j`` after a lower-case role noun: a person's name right after the role."""
    prev = r[j - 1]
    return prev.text.islower() and role_noun(prev.lower) and person_name_at(r, j)


def of_inside_role(r: list[Token], j: int) -> bool:
    """"of" at ``j`` inside a lower-case role ("chief of staff"): a role noun before it and a
    lower-case word after it."""
    return r[j].lower == "of" and j + 1 < len(r) and r[j - 1].text.islower() and role_noun(r[j - 1].lower) \
        and r[j + 1].text.islower() and _is_word(r[j + 1])


def capital_office_after_and(r: list[Token], j: int) -> bool:
    """After a role and "and", a capitalised office ending in a title word, then a name: "and
    Westshire Governor X", "and Chief Research Officer X"."""
    k = j
    while k < min(len(r), j + NAME_WORDS.role_bridge_tokens) and _is_word(r[k]) and r[k].text[:1].isupper():
        if r[k].lower in TITLE_WORDS and person_name_at(r, k + 1):
            return True
        k += 1
    return False


def second_office_start(r: list[Token], k: int) -> int:
    """Where the name phrase of ``r[1:k]`` starts when a role and "and" join a capitalised
    office before the name ("former DNC chairman and Westshire Governor X"): right after the
    "and", so that both roles are read as one person's and the first is not resolved apart to
    another holder (a former chairman named earlier took the words); else 1."""
    for a in range(2, k - 1):
        if r[a].lower == "and" and r[a - 1].text.islower() and role_noun(r[a - 1].lower) \
                and capital_office_after_and(r, a + 1):
            return a + 1
    return 1
