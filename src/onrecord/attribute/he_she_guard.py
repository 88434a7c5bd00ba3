"""Names a he/she cannot point back to that need the article to tell (he_she_names.py reads
the entity alone): the resolver refuses them, so the pronoun takes the next person in reach or
stays null, as the last guard (name_shape.py) would have left it.

Round 78, lane pron88: on draw C (3,000 unread AllSides articles) about 25 he/she were bound
to clusters that are no person. The last guard then dropped many of them as speakers, but too
late: the words were left null instead of going to the person the pronoun meant ("Former
British Prime Minister X … ¶ “…,” she once said" bound "she" to "British", seven quotations of
one obituary; "Typically, the response relies on …. In Puerto Rico, he said" to "Typically").
Each is one small named rule; ``refused_he_she`` asks them in order."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon.calendar import HOLIDAY_WORDS, MONTHS
from ..lexicon.given_names import GIVEN_NAMES, WORD_GIVEN_NAMES
from ..lexicon.heads import ACRONYM_HEADS, THING_WORD_ENDINGS
from ..lexicon.furniture import MEDIA_LABELS
from ..lexicon.groups import GROUP_ADJECTIVES
from ..lexicon.places import DEMONYMS, PLACE_FEATURE_HEADS, REGION_WORDS, is_place
from .entities import Entity
from .layout import Layout
from .mentions import common_words
from .name_shape import lone_word_no_name
from .party_labels import PARTY_STATE_RE

# an adjective of a region or bloc that opens a description ("a senior Western official")
_BLOC_ADJECTIVES = frozenset({"western", "eastern"})
# a date after a month word: "Jan. 27", "Aug 3"
_DAY_AFTER = re.compile(r"\.?\s*\d")


def _guard_word(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """One word the last guard drops as no one's name: an opener ("Typically, …", "Scores of
    victims …", "Besides"), a side ("Democratic"), a piece of a longer name ("Dog" of a show's
    title) (name_shape.py)."""
    return lone_word_no_name(lay, e.canonical, memo) is not None


def _nationality(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"British", "Russian", "Indian", "Western" alone: an adjective before a noun ("British
    middle-class values"), which a pronoun's passes took for a woman once a title ("Former")
    stood before it."""
    low = e.canonical.lower()
    if " " in low:
        return False
    # "Italian-American", of a woman described as one (draw E, round 79, lane pron89)
    return all(w in DEMONYMS or w in _BLOC_ADJECTIVES for w in low.split("-"))


def _party_state(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"D-Mich", "R-Texas": the label after a lawmaker's name."""
    return PARTY_STATE_RE.fullmatch(e.canonical) is not None


def _dated_month(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Jan" of "that day, Jan. 27": a month every mention of which a day number follows (a
    given name "Jan" is followed by a surname or a verb)."""
    if e.canonical.lower() not in MONTHS or not e.mentions:
        return False
    return all(_DAY_AFTER.match(lay.text, m.end) for m in e.mentions)


def _described(e: Entity) -> bool:
    """A person the article describes or shows speaking: a role, typed a person, or the subject
    of a reporting verb ("Zeynab Day, spokeswoman for … ¶ Day acknowledged …" kept its "she"
    on draw C)."""
    return e.kind == "person" or bool(e.roles) or e.spoke


def _holiday(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Election Day", "Christmas Eve": a day's name (a woman heckling "three weeks from
    Election Day" took it); a given name before "Day" is a person ("Doris Day")."""
    words = e.canonical.lower().split()
    return len(words) >= 2 and words[-1] in HOLIDAY_WORDS and words[0] not in GIVEN_NAMES \
        and not _described(e)


def _common_words(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Social Security", "National Parks": two or more words, none a given name first, each of
    which the article also writes in lower case ("social", "security"): a thing's name, which
    took a senator's "he said flatly" after "Social Security cuts" (draw C). A person's name
    keeps a surname no common word ("Rose Kelso")."""
    words = e.canonical.split()
    if len(words) < 2 or words[0].lower() in GIVEN_NAMES or _described(e):
        return False
    lower = common_words(lay)[0]
    return all(w.lower() in lower for w in words)


def _body(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Department of Justice", "Transportation Department": a body's name, its first or last
    word a body's head and no given name before it (round 79, lane pron89: on draw E such a
    name, never typed an organisation, took an unnamed aide's and a professor's "he"; a role
    read into it ("a former") or a clustered "said" does not make it a person)."""
    words = e.canonical.lower().split()
    return len(words) >= 2 and words[0] not in GIVEN_NAMES \
        and (words[0] in ACRONYM_HEADS and words[1] == "of" or words[-1] in ACRONYM_HEADS)


def _thing_word(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Wahhabism", "Christianity", "Obamacare", "Trumpspeak": one word ending as a creed's, a
    programme's or a manner of speech's name does (lexicon/heads.THING_WORD_ENDINGS)."""
    low = e.canonical.lower()
    return " " not in low and "-" not in low and low.endswith(THING_WORD_ENDINGS) \
        and low not in GIVEN_NAMES


def _place_name(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Gold Medal Park", "Amsterdam Street", "West Texas": a place's name, its last word a
    place's head or its first a region of a country or state (lexicon/places.py), no given
    name first. Round 82, lane pron95: on draw K such a name, the only capitalised one near,
    took a teenager's "she said" after "… across the lawn of X Park" and a rescuer's "he
    screamed" after "A man raced down X Street"."""
    words = e.canonical.lower().split()
    if len(words) < 2 or words[0] in GIVEN_NAMES or words[0] in WORD_GIVEN_NAMES:
        return False  # "Faith Hill", "Grant Park" read as a man: a given name, also a word, first
    return words[-1] in PLACE_FEATURE_HEADS or words[0] in REGION_WORDS and is_place(" ".join(words[1:]))


def _group_plural(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """"Americans", "Italian Americans", "Evangelicals", "Videos": a name whose last word is the
    plural of a nationality or faith word (lexicon/places.DEMONYMS, lexicon/groups.GROUP_ADJECTIVES),
    or of a gallery's or clip's label (lexicon/furniture.MEDIA_LABELS): a people or a page's
    buttons, never one man or woman. Round 83, lane pron99: on draw N such a name, the last
    capitalised word before a quotation, took an expert's "he says" after "… more Americans are
    covered" and an official's "He said" after a video box's "Replay More Videos". No gender
    exemption of a role or of speech: "Evangelicals say" is a group speaking. A given name first
    is a person with an odd surname."""
    words = e.canonical.lower().split()
    if not words or len(words) >= 2 and (words[0] in GIVEN_NAMES or words[0] in WORD_GIVEN_NAMES):
        return False
    last = words[-1]
    if not last.endswith("s") or len(last) < 4:
        return False
    one = last[:-1]
    return one in DEMONYMS or one in GROUP_ADJECTIVES or one in MEDIA_LABELS


RULES: tuple[Callable[[Layout, Entity, dict[str, str | None]], bool], ...] = (
    _party_state, _dated_month, _holiday, _nationality, _common_words, _guard_word, _body, _thing_word,
    _place_name, _group_plural)


def refused_he_she(lay: Layout, e: Entity, memo: dict[str, str | None]) -> bool:
    """No he/she refers to ``e`` (the rules above); a sure gender (an honorific, a gendered
    role) keeps it. ``memo``: the last guard's answers, per word, for this article."""
    return refusing_rule(lay, e, memo) is not None


def refusing_rule(lay: Layout, e: Entity, memo: dict[str, str | None]) -> str | None:
    """The name of the first rule above that refuses ``e`` a he/she, else None: the evidence
    trail names it when the pronoun is left null (round 83, lane pnull100)."""
    if e.gender_sure:
        return None
    return next((rule.__name__.lstrip("_") for rule in RULES if rule(lay, e, memo)), None)
