"""A definite description whose modifiers name its body: "the Harlan administration", "the
Okafor campaign", "the Norwegian foreign ministry" speak as that body, written without "the"
(issue 11, round 51, lane orgdesc51). On big, big2 and 300 random AllSides articles such
descriptions were left null ("the Romney campaign called that …", "the Chinese foreign ministry
said") or resolved to another body ("the Trump administration argues" went to a highway agency
named in passing); fresh17's gold gives "the Obama administration maintains" to "Obama
administration" (eval/real/audit/orgdesc51-sample.tsv)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..lexicon.function_words import CLAUSE_FUNCTION_WORDS
from ..lexicon.heads import SELF_NAMING_HEADS
from ..lexicon.reporting import ISSUING_VERBS, REPORT_FORMS
from ..thresholds.bodies import BODY_DESCRIPTIONS

if TYPE_CHECKING:
    from .entities import Entity

# Verbs of saying that, after a body, narrate what it did, not what it said: "the X government had
# agreed to a new port, that he would …", "the X administration continues this program,
# granting … “…”" (big: another's words went to the body; round 51)
_DOING_BASES = frozenset({"agree", "continue"})
_ISSUING = frozenset(v.split()[0] for v in ISSUING_VERBS)
_NEXT_WORDS = re.compile(r"\s*((?:[A-Za-z’'-]+,?\s+){0,%d})" % BODY_DESCRIPTIONS.verb_words_after)
# Words that never modify a body's name: function words, and "the new government", "the former
# administration", where no name follows (repeated_body.py kept its own list of most of these;
# one list since the session's read-through).
_NOT_MODIFIERS = CLAUSE_FUNCTION_WORDS | frozenset("former new previous current next same whole entire the".split())


def body_shape(head: str) -> re.Pattern[str]:
    """"the" + a capitalised modifier (a name or a demonym: "Obama", "U.S.", "Chinese") + at most
    two more words, capitalised or lower-case adjectives ("foreign", "defense") + a head matching
    ``head``; groups "mods" and "head". This module and repeated_body.py read the same shape
    (round 53 wrote it a second time; one pattern since the session's read-through)."""
    return re.compile(r"\b[Tt]he\s+(?P<mods>[A-Z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})\s+(?P<head>" + head + r")\b")


_SHAPE = body_shape(r"\w+")


# a second complement clause of an earlier verb: "he stressed that the X administration had told
# …, and that “…”" (round 51 review: random AllSides text gave a host's words to the body)
_NEXT_THAT_CLAUSE = re.compile(r"\b(?:and|but)\s+that\b")


def self_named_body(text: str, after: str, entity_for_name: Callable[[str], "Entity | None"],
                    to_words: str = "") -> "Entity | str | None":
    """The body ``text`` names by its own modifiers, when the words ``after`` it open with a verb
    of saying or issuing: the article's entity of that name when it is no person, else the name
    as written without "the"; None for any other description, or when ``to_words`` (the text
    from the description to the quotation) opens another "that" clause before the words."""
    if not _says_next(after) or _NEXT_THAT_CLAUSE.search(to_words):
        return None
    m = _SHAPE.fullmatch(text.strip())
    if m is None or m.group("head").lower() not in SELF_NAMING_HEADS or not names_a_body(m.group("mods")):
        return None
    return speaking_body(text.strip()[m.start("mods") : m.end("head")], entity_for_name)


def names_a_body(mods: str) -> bool:
    """The modifiers of "the <mods> <head>" name a body: no function word ("the head of the X
    government" is a person), no "new"/"former", no possessive ("the X administration's plan" is
    a document)."""
    return not any(w.lower() in _NOT_MODIFIERS or w.endswith(("’s", "'s")) for w in mods.split())


def speaking_body(name: str, entity_for_name: Callable[[str], "Entity | None"]) -> "Entity | str":
    """The article's entity of ``name``, marked as having spoken, when it is no person; else the
    name as written."""
    e = entity_for_name(name)
    if e is not None and not e.person_like():
        e.spoke = True
        return e
    return name


def _says_next(after: str) -> bool:
    """One of the three words after the description is a verb of saying or issuing ("the X
    campaign didn't respond directly …", "also released a statement", "has long argued"), and
    the first such is no verb of doing. On big, big2 and 300 random AllSides
    articles the rule's wrong names came where it did not: "does indict", "was instituted",
    "had agreed to", "continues this program" (round 51, lane orgdesc51)."""
    words = [w.strip(",").lower().replace("’", "'") for w in _NEXT_WORDS.match(after).group(1).split()]
    for w in words:
        base = REPORT_FORMS.get(w)
        if base is not None or w in _ISSUING:
            return base not in _DOING_BASES
    return False
