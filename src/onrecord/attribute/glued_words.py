"""Words written right before or after a person's name that are no part of it (round 51, lane
forms51).

Three shapes kept a word in the shown name on random AllSides text and the corpus:

- ``place_before_given``: an office's object before a given name and a surname ("U.S.
  Ambassador to Pakistan Richard X", "former ambassador to China David Y"): the run of capitals
  is place + person, and the speaker was "Pakistan Richard X" (three corpus articles, five
  quotations; fresh17's "China David Y").
- ``place_of_tail``: a place after the name, joined by "of" ("Senate Minority Whip Dick X of
  Illinois", "House Minority Leader Nancy Y of California"): "of" joins a body's name ("Bank of
  America"), so the run went on, and the speaker was "X of Illinois" or "Nancy Y of California"
  (random AllSides text and fresh17).
- ``common_opener``: a sentence's or headline's first word that the article writes in lower
  case elsewhere, before a surname the body gives with another given name ("Vintage X
  clip on FBI fuels …" beside "a vintage clip of then-Sen. Joe X": eight of fresh17's quotations
  went to "Vintage X"; "Prodigy X blows away …" beside "French prodigy Gael X"). The word is an
  adjective or noun of the headline, not a second given name.
- ``lead_not_name``: words before a given name and a surname that are an outlet's name or end
  on a plural noun ("Reporters Devlin X, Adam Y, …", "In The Daily Caller Zak X recently …",
  "Supervisor of Elections Brenda X"): the capitals run on into the name, and the speaker was
  "Reporters Devlin X" (round 57, lane forms57: three tuning items in three articles). A
  nationality before the name ("Russian Dmitriy X") was tried and left: the clean name then
  took a "he" that went on with the article's subject (a tuning item broken, none fixed).
- ``modifier_opener``: a sentence's first word before a name that modifies a role noun, the
  person's own name after it ("Longtime X ally Roger Y argued …", "Former X lawyer Michael Z
  …"): the speaker was "Longtime X" and "Former X" (round 66, lane junk73: five quotations of two
  random AllSides articles; none on the tuning sets).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.function_words import FUNCTION_WORDS, INTRO_WORDS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.outlets import KNOWN as KNOWN_OUTLETS, MEDIA_WORDS
from ..lexicon.places import is_place
from ..lexicon.titles import SAINT_PREFIXES, TITLE_WORDS
from ..thresholds.shapes import GLUED_WORDS
from .cues import ORG_WORDS
from .name_forms import given_like, person_tail
from .role_shape import is_person_noun

# the prepositions that join an office to its object ("ambassador to", "governor of")
_OFFICE_OBJECT_JOINS = frozenset({"to", "of"})
# an apposition of a relation right after the name: ", his daughter", ", her brother"
_RELATION_APPOSED = re.compile(r",\s+(?:his|her|their)\s+[a-z]")
# outlets whose whole name is one word: "Al" alone is no outlet ("Al Smith", "Al Otro Lado")
# a lower-case word, then a capitalised name: "[Longtime X] ally Roger Y" (the word a role)
_ROLE_THEN_NAME = re.compile(r"\s+([a-z][a-z-]+)\s+[A-Z][a-z]")
_WHOLE_OUTLETS = KNOWN_OUTLETS - {"Al", "Jazeera"}


def place_before_given(before: Sequence[str], words: Sequence[str]) -> int:
    """How many of the run's first words are a place that is an office's object, when a known
    given name and a surname follow ("Ambassador to Norway Peter X" -> 1); 0 otherwise.
    ``before``: the lower-cased two tokens before the run (title word, then "to"/"of").
    A place that is also a given name ("Chad Michael X") opens the person's name."""
    if len(before) != 2 or before[1] not in _OFFICE_OBJECT_JOINS or before[0] not in TITLE_WORDS:
        return 0
    for k in range(1, GLUED_WORDS.place_words + 1):
        if len(words) < k + 2:
            break
        place = " ".join(words[:k])
        if is_place(place) and words[0].lower() not in GIVEN_NAMES and words[k].lower() in GIVEN_NAMES:
            return k
    return 0


def saint_prefix(lowers: Sequence[str], before: str, lower_words: set[str]) -> bool:
    """The run opens on a saint's prefix before a given name and other name words ("St. Thomas
    Aquinas", "St. John Paul II"): the prefix is a title, as the real-news gold shows the name
    without it. Not before a lone name ("Saint Peter" is his name, as "Lord X" is), nor in a
    body's or place's name: after "the" ("the St. John Ambulance"), with an organisation's word,
    or with a word after the given name that is hyphenated or written in lower case elsewhere
    ("St. Louis Post-Dispatch" is a paper: fresh5; "St. Louis Blues")."""
    return len(lowers) > 2 and lowers[0] in SAINT_PREFIXES and lowers[1] in GIVEN_NAMES \
        and before != "the" and not any(w in ORG_WORDS for w in lowers) \
        and all(w.isalpha() and w not in lower_words for w in lowers[2:])


def place_of_tail(words: Sequence[str]) -> int:
    """How many of a run's last words are a trailing "of <Place>" (1–2 place words) right after
    a known given name and a surname ("Dana X of Oregon" -> 2, also when an untitled office
    opens the run: "Senate Minority Whip Dana X of Oregon"); 0 otherwise. A peer's title
    ("Lord X of Kent") opens no given name, so its territorial "of" stays."""
    for k in range(1, GLUED_WORDS.place_words + 1):
        if len(words) >= k + 3 and words[-k - 1] == "of" and is_place(" ".join(words[-k:])) \
                and words[-k - 3].lower() in GIVEN_NAMES:
            return k + 1
    return 0


def common_opener(name: str, lower_words: set[str], full_names: Sequence[str]) -> bool:
    """A two-word sentence-initial name whose first word is a common word of the article
    (written in lower case outside quotations, no known given name) and whose surname the body
    writes after another given name, a known one or a word it never writes in lower case
    ("French prodigy Gael X": "Gael" is in no list) (``full_names``: the person names of two or more
    words already clustered). A relative sharing the surname ("Hunter X, her son") keeps his
    name: his given name is no word the article writes in lower case."""
    words = name.split()
    if len(words) != 2 or not words[0].isalpha() or words[0].lower() in GIVEN_NAMES:
        return False
    if words[0].lower() not in lower_words or words[0].lower() in TITLE_WORDS:
        return False
    if words[0].lower() in FUNCTION_WORDS or words[0].lower() in INTRO_WORDS:
        # "Of X, she said: “…”" (an actress on the star she played): a preposition glued to a
        # surname names no one, and the words were the subject's, not X's (corpus read)
        return False
    for full in full_names:
        parts = full.split()
        if len(parts) >= 2 and parts[-1] == words[1] and parts[0] != words[0] \
                and (parts[0].lower() in GIVEN_NAMES or parts[0].lower() not in lower_words):
            return True
    return False


def modifier_opener(opener: str, text: str, end: int) -> bool:
    """A sentence's capitalised first word glued to a name that modifies the role after it, the
    person's own name following ("Longtime X ally Roger Y argued …", "Former X lawyer Michael Z
    pleaded …"; round 66, lane junk73, random AllSides text): the run names no one. ``end``:
    where the run ends in ``text``. The word after the run must be a person's noun
    (role_shape.is_person_noun): "Graeme X believes Walter Y …" is a person's own name before a
    verb (fresh3)."""
    first = opener.lower()
    if not opener.isalpha() or first in GIVEN_NAMES or first in TITLE_WORDS \
            or first in FUNCTION_WORDS or first in INTRO_WORDS:
        return False
    role = _ROLE_THEN_NAME.match(text[end : end + GLUED_WORDS.role_after_chars])
    return role is not None and is_person_noun(role.group(1))


def written_as_a_name(name: str, text: str, end: int) -> bool:
    """The two-word run is a person's own name although its first word is a common word: the
    article writes the run again ("Rob X sells the farm" as headline and sentence start), or a
    relation is apposed to it ("Hope X, his daughter, said"). Given names that are English
    words are in no given-name list (lexicon/given_names.py), so without this a daughter
    written only at sentence starts became her father, the surname's other bearer (round 51
    review). The glued headline words the rule is for ("Vintage X clip …") are written once."""
    return _written_twice(name, text) or _RELATION_APPOSED.match(text, end) is not None


def _written_twice(name: str, text: str) -> bool:
    """``name`` written at least twice as a whole run (no word character or hyphen touching
    it): the count ``re.findall(r"(?<![\\w-])NAME(?![\\w-])")`` gave, by ``str.find``, with
    no per-name pattern to compile (round 58, lane speed58)."""
    n, at = 0, text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _word_or_hyphen(text[at - 1])) and (end == len(text) or not _word_or_hyphen(text[end])):
            n += 1
            if n > 1:
                return True
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return False


def _word_or_hyphen(c: str) -> bool:
    return c == "-" or c == "_" or c.isalnum()


def lead_not_name(words: Sequence[str], lower_words: set[str], role_suffixes: tuple[str, ...]) -> int:
    """How many of a person run's first words are no part of the name: the words before its
    last two name words (person_tail), when the first of those two could be a given name
    (name_forms.given_like), no listed given name is among the words before, and those words
    are an outlet's name or end on a plural noun the article writes in lower case; 0 otherwise."""
    tail = person_tail(words)
    k = len(words) - len(tail)
    if k < 1 or len(tail) < 2 or tail[-1].lower() in ORG_WORDS or tail[-1].lower() in TITLE_WORDS:
        return 0
    lead = [w.lower() for w in words[:k]]
    if any(w in GIVEN_NAMES for w in lead) or not given_like(tail[0], lower_words, role_suffixes):
        return 0  # "Hope Mary X", "Sun Myung Y": a known given name opens the person's name
    if tail[-1].lower() in lower_words or any(w in MEDIA_WORDS for w in tail) or is_place(" ".join(tail)):
        # "the Al Smith Dinner", "a Fox News Poll", "BBC Northern Ireland": a thing or a place
        return 0
    return k if _outlet(words[:k]) or _plural_noun(lead[-1], lower_words) else 0


def _outlet(lead: Sequence[str]) -> bool:
    # one word an outlet known by name ("CNN Jake X"); two or more holding a media word
    # ("Daily Caller", "Washington Post"): one media word alone opens names ("Sun Myung Y")
    return lead[0] in _WHOLE_OUTLETS if len(lead) == 1 else any(w in MEDIA_WORDS for w in lead)


def _plural_noun(word: str, lower_words: set[str]) -> bool:
    """A plural noun the article writes in lower case, singular or plural ("Elections" beside
    "the election", "Reporters" beside "reporters"); a given name ending in s is no such word
    ("Anders", "Miles": a role's ending alone took "Anders" off a three-word name)."""
    if not (word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        return False
    return word not in GIVEN_NAMES and (word in lower_words or word[:-1] in lower_words)
