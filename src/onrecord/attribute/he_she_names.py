"""Names that can never be a "he" or a "she": the resolver refuses them as a he/she's
antecedent, so that the next person in reach is taken or the words stay null (a wrong name is
worse than none).

Round 34, lane pronoun15: on 974 random corpus articles a he/she was bound to a web address
("Dawn.com"), to text glued across a full stop ("Subcommittee.As"), to a group or party
adjective ("Hispanic", "African American", "Senate Republican") and to a sentence-opening
adverb ("Amazingly, she replied …"). Each is one small named rule; ``no_he_she`` asks them in order."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon.groups import GROUP_ADJECTIVES, PARTY_SIDE_WORDS
from ..lexicon.outlets import (KNOWN_NAMES, KNOWN_SURNAMES, PLACE_MASTHEAD_WORDS, PLATFORMS,
                               PRINT_MASTHEAD_WORDS, WEB_ADDRESS_ENDINGS)
from ..lexicon.places import DEMONYMS, is_place
from .entities import Entity

# "HillaryClinton.com", "Dawn.com": an address; "Subcommittee.As": two sentences glued
_ADDRESS = re.compile(r"\w\.(?:" + "|".join(WEB_ADDRESS_ENDINGS) + r")\b", re.I)
_GLUED = re.compile(r"[a-z]\.[A-Z][a-z]")
# the last word of a title's masthead, and a newsletter's "Report" ("The Cook Political Report");
# not "Post", which ends people's names too
_MASTHEAD_ENDS = (PRINT_MASTHEAD_WORDS - {"Post"}) | {"Report"}
# platforms whose name is no common word ("Threads", "Medium" and "X" are)
_PLATFORM_NAMES = PLATFORMS - {"X", "Threads", "Medium"}
# agencies and broadcasters known by name, but not those that are also surnames (Bloomberg)
_BROADCASTER_NAMES = KNOWN_NAMES - KNOWN_SURNAMES
# manner adverbs that open a sentence ("Amazingly, …", "Especially …"); no surname ends so
_ADVERB_ENDINGS = ("ingly", "ially", "ously", "ively", "edly", "ably", "ibly", "fully", "lessly")


def _address(e: Entity) -> bool:
    """A web address or glued text in any of the entity's names ("Dawn.com" took the "he" of an
    ambassador named after it)."""
    return any(_ADDRESS.search(n) or _GLUED.search(n) for n in e.names)


def _group_word(e: Entity) -> bool:
    """"The Kentucky Republican", "African American", "Hispanic": a group, a side or an epithet.
    A lone nation or party word ("American", "Democratic") is left to the step that drops it as
    a speaker: refused here, its he/she went on to a woman named in passing (a senior
    "Democratic" operative's "he" to the candidate discussed, corpus check)."""
    words = e.canonical.lower().split()
    if not words:
        return False
    if words[-1] in GROUP_ADJECTIVES:
        # alone only: after a given name the word is a surname ("Rafiqul Islam, a ferry pilot
        # … he said": a common Bengali surname; review23)
        return len(words) == 1
    return len(words) >= 2 and (words[-1] in DEMONYMS or words[-1] in PARTY_SIDE_WORDS)


def _outlet(e: Entity) -> bool:
    """"The nonpartisan Harbour Political Report rated the seat …. She criticized …": a
    publication, a platform or a broadcaster, never a he/she (corpus: an activist's "she" went to
    the platform that had just "written" to her; round 63, lane outlet65: a photo credit's
    "[…/Al Jazeera]" took an ambassador's "he", and the gender it learned then took every later
    "he" of the article — "Al" reads as a given name)."""
    return printed_title(e) or e.canonical in _PLATFORM_NAMES or e.canonical in _BROADCASTER_NAMES


def printed_title(e: Entity) -> bool:
    """A newspaper's or newsletter's name ("The Harbour Gazette", "Boston Globe"), not an agency's
    or broadcaster's, which open articles as datelines ("(CNN) —")."""
    words = e.canonical.split()
    return len(words) >= 2 and words[-1] in _MASTHEAD_ENDS or _place_masthead(words)


def _place_masthead(words: list[str]) -> bool:
    """"Boston Globe": a place, then a masthead word that also ends awards' names ("Golden
    Globe" is no paper; round 83, lane pron100: a columnist's "he" went to "the former Boston
    Globe editor" named in an aside)."""
    return len(words) >= 2 and words[-1] in PLACE_MASTHEAD_WORDS and is_place(" ".join(words[:-1]))


def _opening_adverb(e: Entity) -> bool:
    """"Amazingly, a week later she replied …": the adverb opening the sentence read as a name."""
    name = e.canonical
    return " " not in name and name.lower().endswith(_ADVERB_ENDINGS)


RULES: tuple[Callable[[Entity], bool], ...] = (_address, _group_word, _outlet, _opening_adverb)


def no_he_she(e: Entity) -> bool:
    """A name no he/she can refer to, whatever evidence of a person clustering gave it; a sure
    gender (an honorific, a gendered role) keeps it."""
    if e.gender_sure:
        return False
    return any(rule(e) for rule in RULES)
