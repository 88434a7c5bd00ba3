"""An indefinite description of one person opening a sentence ("A senior official said …",
"One resident, who …, said …") introduces someone the article does not name: a he/she in the
next sentence is that person, not a name further back. referents.leading_subject read
such a sentence as having no subject (or as the name used as a modifier inside it: "A senior
Rubio adviser said"), so "… He added: “…”" went to the person in focus before it (issue 11,
round 17, lane pronoun3: the brief's "he" after "a spokesman" on the held-out split; our own
sentences in tests/attribute/test_indefinite_voice.py). Only person heads
(lexicon UNNAMED_VOICE_HEADS), and never with a name apposed ("A spokesman, Ivo X, said")."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import ONE_PERSON_OPENERS, ONE_PERSON_OPENERS_RE
from ..lexicon.titles import FEMALE_WORDS, MALE_WORDS, UNNAMED_VOICE_HEADS
from ..text.find import alternation

_HEADS = alternation(UNNAMED_VOICE_HEADS)
# "A senior Rubio adviser", "An aide to the governor", "One official": at most three words
# before the head, then no capitalised name right after it (with or without a comma)
_HEAD_TAIL = r"\s+(?:[\w’'.-]+\s+){0,3}?(?:" + _HEADS + r")\b(?![,\s]+[A-Z])(?!-)"
_INDEFINITE_RE = re.compile(r"(?:" + ONE_PERSON_OPENERS_RE.title() + r")" + _HEAD_TAIL)
# right after a sentence conjunction the article is in lower case: "But a spokesman said ….
# “…,” he said" gave the words to the regulator named before (round 28, lane wrong11). Not
# after any opening phrase: "Standing beside her was X, a nurse from …. She added" is X.
_INDEFINITE_LOWER_RE = re.compile(r"(?:" + ONE_PERSON_OPENERS_RE + r")" + _HEAD_TAIL)
# a name apposed after the description's own complement: "A spokesman for Mr. X, Ben Y, …"
_NAMED_LATER_RE = re.compile(r"[^,;:]{0,60},\s*[A-Z]")
# words that open a role's complement ("the article of impeachment", "the head at the agency")
_COMPLEMENT_PREPS = frozenset({"of", "for", "at", "from", "with", "on", "in", "to"})


def indefinite_voice(masked: str, t0: Any, sent_end: int, after_conjunction: bool = False) -> str | None:
    """The description when the clause opening at ``t0`` is "A/An/One … <person head>" (in
    lower case ``after_conjunction``: "But a spokesman said"), or None."""
    m = (_INDEFINITE_LOWER_RE if after_conjunction else _INDEFINITE_RE).match(masked, t0.start, sent_end)
    if m is None or _NAMED_LATER_RE.match(masked, m.end(), sent_end):
        return None  # "A spokesman for Mr. X, Ben Y, accused …" (corpus): named after all
    return m.group(0)


def other_gender(desc: str, g: str) -> bool:
    """The unnamed description says the other gender than the pronoun's ("A spokeswoman said
    Paul had not …. “I'm very tired,” he acknowledged": he is Paul, not the spokeswoman; a
    corpus article lost two right speakers to null before this check)."""
    words = set(re.findall(r"[a-z]+", desc.lower()))
    if g == "m":
        return bool(words & FEMALE_WORDS) and not words & MALE_WORDS
    return g == "f" and bool(words & MALE_WORDS) and not words & FEMALE_WORDS


# the description and a name apposed to it: "Bert X, a former aide, told …", "according to one
# of the experts, Simon X" (only a comma between them)
_APPOSED_GAP_RE = re.compile(r"\s*,\s*")


def unnamed_role_match(masked: str, part: Any, e: Any) -> bool:
    """True when ``part`` is an indefinite description ("a/an/one …") and ``e``, the entity its
    role matched, is not a body, is not apposed to it right there and is not a person named only
    after it: the article introduces someone it does not name. The role match gave "“…,” one Republican strategist said" to the
    strategist named two paragraphs up, "an official traveling with the vice president" to the
    vice president and "according to one Democratic leader" to the party's named leader (round
    36, lane unnamed18: 7 such on 1,574 corpus articles, all wrong); a body stays ("an all-party
    committee said", named later as the committee, is the committee)."""
    words = part.text.split()
    if len(words) < 2 or words[0].lower() not in ONE_PERSON_OPENERS or e.kind == "org":
        return False
    own = " ".join(words[1:]).lower()
    if any(_bare_role(r) == own for _, r in e.roles + e.shown_roles):
        # "“…,” said Geoff X, a prominent pollster", repeated lower down as "said a prominent
        # pollster" (a pull quote, corpus): the same words as the named person's role are theirs
        return False
    if e.is_person() and all(m.start > part.start for m in e.mentions):
        # "A federal judge has struck down …. Judge Ann X wrote …": a lede holds the name back
        # and names the person later; only someone already named is another person
        return False
    end = part.start + len(part.text)
    for m in e.mentions:
        if m.end <= part.start and _APPOSED_GAP_RE.fullmatch(masked, m.end, part.start):
            return False  # "Bert X, a former aide"
        if m.start >= end and _APPOSED_GAP_RE.fullmatch(masked, end, m.start):
            return False  # "one of the experts, Simon X"
    return True


def _bare_role(role: str) -> str:
    """A role's words without an opening article: "a prominent pollster" -> "prominent pollster"."""
    return re.sub(r"^(?:an?|the|one)\s+", "", role.strip().lower())


def unnamed_antecedent(masked: str, part: Any, e: Any, window: int) -> bool:
    """True when ``part`` is a definite description ("The friend said") whose head an
    indefinite one introduced within ``window`` characters before it ("One Manafort friend
    said …"), with no mention of ``e`` (the person its role matched) since: the friend is that
    unnamed person, not the named one sharing the role (round 36, lane unnamed18: "the friend"
    went to a real estate investor named paragraphs up, "the DOJ official" to Fox News, "The
    former staffer" to New Jersey; 4 on 1,724 corpus articles). Bodies keep their role ("the
    company said" after "a giant company")."""
    words = part.text.split()
    if len(words) < 2 or words[0].lower() != "the" or e.kind == "org":
        return False
    if any(w.lower() in _COMPLEMENT_PREPS for w in words):
        # a short role refers back ("the friend"); a role with a complement is a thing or a
        # new office: "the article of impeachment states" after "an article of impeachment"
        # is the article its named author filed (corpus: the author lost it)
        return False
    lo = max(0, part.start - window)
    last = None
    for m in re.finditer(r"\b(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?" + re.escape(words[-1])
                         + r"\b(?![,\s]+(?-i:[A-Z]))", masked[lo : part.start], re.I):
        last = lo + m.start(), lo + m.end()
    if last is None:
        return False
    # "Tom X, a longtime friend of the senator, …. “…,” the friend said": the role apposed to him
    if any(_APPOSED_GAP_RE.fullmatch(masked, m.end, last[0]) for m in e.mentions if m.end <= last[0]):
        return False
    return not any(last[1] <= m.start < part.start for m in e.mentions)


def unnamed_match(masked: str, part: Any, e: Any, window: int) -> str | None:
    """Why the role-matched ``e`` is not the speaker ``part`` describes (an unnamed person
    introduced "a/an/one …", or referred back to as "the …"), or None when it may be."""
    if unnamed_role_match(masked, part, e):
        return f"description '{part.text}' is indefinite: someone unnamed, not {e.canonical}"
    if unnamed_antecedent(masked, part, e, window):
        return f"description '{part.text}' refers to someone introduced unnamed, not {e.canonical}"
    return None
