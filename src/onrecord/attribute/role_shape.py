"""Whether a role text collected next to a name may be shown as a named speaker's description
(round 24, lane desc8). The role collectors (mentions._prefix_role, appositions.collect_roles)
keep any phrase that stands next to a name, which also serves resolution ("the minister" finds
the entity whose roles hold "minister"); what an editor reads must be a role. Read by hand on
150 named speakers' descriptions from 1,000 unannotated corpus articles: one in six was a
fronted adverbial ("In the end, X said" gave "the end"), an adjective ("a triumphant X"), a
verb ("senators gather to consider X") or a clause ("In Leeds, a man was held …"). A
description is better null than junk: ``role_phrase`` returns the text cleaned, or None.

The test is the phrase's head: the last word before its first complement ("the founder of
…", "a group calling for …"), or a person word anywhere before it ("the man responsible
…"); a capitalised office keeps its object ("Secretary of State"). The head must be a person
noun: a title, a body, a noun of the lexicon lists, or a word with a person ending."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import (DETERMINERS, INTRO_ADVERBIALS, INTRO_PREPOSITIONS, LIST_JOINERS,
                                       OBJECT_PREPOSITIONS, PASSING_PREPOSITIONS, ROLE_COMPLEMENT_PREPOSITIONS)
from ..lexicon.heads import (BODY_ROLE_HEADS, GENERIC_HEADS, IRREGULAR_PARTICIPLES,
                              NON_PERSON_ER_WORDS, PERSON_ROLE_NOUNS)
from ..lexicon.places import DEMONYMS
from ..thresholds.attribute import FRONTED_ROLE_LOOKBACK_CHARS, PREPOSITION_BEFORE_NAME_CHARS
from ..lexicon.titles import (COURTESY_TITLES, FEMALE_WORDS, HONOURS, MALE_WORDS, PLURAL_TITLES, TITLE_AFFIXES,
                              TITLE_WORDS)

# articles and possessives dropped before a role's head ("the mayor", "its chairman"): lexicon's
# one list less the demonstratives, never dropped here (round 36, lane finalread: derived, same contents)
_DETERMINERS = DETERMINERS - {"this", "that", "these", "those"}
# words that open a head's complement ("the founder of", "an analyst with", "a nurse who")
_COMPLEMENT = frozenset("""that which who whose whom of for in with from on at to by
through about since during after before as out over behind here there now then""".split())
# (LIST_JOINERS join two heads, "a comic and activist", or two modifiers, "a former
# congressional and White House aide": they end the head only after a person noun)
# finite verbs that make a clause of the phrase ("In Leeds, a man was held at …"), unless a
# relative pronoun came first ("a nurse who was at the meeting")
_FINITE = frozenset("was were is are has have had will would could can should may might must does did".split())
_RELATIVE = frozenset({"who", "that", "which", "whose", "whom"})
# what is left dangling when a role is cut before a name ("an adviser to former President …")
_DROPPED = _COMPLEMENT | _DETERMINERS | TITLE_AFFIXES
# endings of person nouns ("economist", "lecturer", "chairman", "employee", "auctioneer");
# not -ant/-ent/-ive, which make adjectives as often (lexicon PERSON_ROLE_NOUNS lists those nouns)
# (not -ess: "a process", "access"; lexicon PERSON_ROLE_NOUNS lists "waitress" and the like)
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "eer", "ster")
_WORD_RE = re.compile(r"[^\s/]+")


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?\"“”‘’'()").removesuffix("’s").removesuffix("'s")


def is_person_noun(word: str, body_ok: bool = True, ending_ok: bool = True) -> bool:
    """A noun for a person, an office or (``body_ok``) a body: "professor", "Minister",
    "operative", "Democrat", "Scrum-half"; by a person ending ("lecturer") only when
    ``ending_ok``."""
    w = _bare(word)
    if "-" in w and not _noun(w, body_ok, ending_ok):  # "Lieutenant-Colonel", "leader-in-waiting"
        return any(_noun(p, body_ok, ending_ok) for p in w.split("-") if p and p not in TITLE_AFFIXES)
    return _noun(w, body_ok, ending_ok)


def _noun(w: str, body_ok: bool, ending_ok: bool) -> bool:
    if w in NON_PERSON_ER_WORDS:
        return False
    sing = w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w
    lists = (TITLE_WORDS, PERSON_ROLE_NOUNS, MALE_WORDS, FEMALE_WORDS, GENERIC_HEADS, HONOURS,
             DEMONYMS) + ((BODY_ROLE_HEADS,) if body_ok else ())
    if any(w in words or sing in words for words in lists):
        return True
    return ending_ok and len(sing) > 3 and sing.endswith(_PERSON_ENDINGS) and sing not in NON_PERSON_ER_WORDS


def _head_words(words: list[str]) -> list[str]:
    """The words before the head's complement; "of", "and", "for" inside a capitalised name
    ("a Parish of Eastfield archivist", "Secretary of State") do not end them."""
    out: list[str] = []
    for k, word in enumerate(words):
        low = _bare(word)  # "who’s now …" opens a clause as "who" does
        inside_name = k > 0 and words[k - 1][:1].isupper() and k + 1 < len(words) and (
            words[k + 1][:1].isupper() or words[k + 1].lower() == "the")
        if low in _COMPLEMENT and not inside_name and word[:1].islower():  # "That's Life host"
            break
        after_head = bool(out) and is_person_noun(out[-1])
        if low in LIST_JOINERS and after_head:
            break
        if after_head and "-" not in low and (low.endswith(("ing", "ed")) or low in IRREGULAR_PARTICIPLES):
            break  # "a group calling for", "a poet famed for": a participle after the head
        out.append(word)
    return out


def _clause(words: list[str]) -> bool:
    for word in words:
        low = _bare(word)
        if low in _RELATIVE:
            return False
        if low in _FINITE:
            return True
    return False


def _clean(text: str) -> str:
    text = text.split("\n")[0].strip()  # an apposition the regex ran past a paragraph's end
    words = text.split()
    if len(words) > 2 and len(words[-1]) == 1 and words[-1].isupper():
        # "director of the U.S. …", "an adviser to President George W. Bush" cut at the
        # initial: the complement lost its name, the role ends before it
        words = words[:-1]
        while len(words) > 1 and (words[-1][:1].isupper() or _bare(words[-1]) in _DROPPED):
            words = words[:-1]
        return " ".join(words)
    if len(words) > 1 and _bare(words[-1]) in COURTESY_TITLES | {"sir", "dame"}:
        # "Former Prime Minister Sir X": the title is the name's; "an adviser to Mrs X", "the
        # lawyer who questioned Dr X": the complement lost its name, the role ends before it
        words = words[:-1]
        if not is_person_noun(words[-1]):
            cut = max((k for k, w in enumerate(words) if w.lower() in _COMPLEMENT), default=0)
            words = words[:cut] if cut >= 1 else words
        text = " ".join(words)
    return text


def head_of(text: str) -> str:
    """The last word of the role's head ("president" of "vice president for global affairs")."""
    words = _WORD_RE.findall(text)
    body = words[1:] if words and words[0].lower() in _DETERMINERS else words
    head = _head_words(body)
    return head[-1] if head else ""


def role_phrase(text: str, body_ok: bool = True) -> str | None:
    """``text`` cleaned when it is a role, else None; ``body_ok`` False for a person, whom
    "his campaign website" ("On his campaign website, X wrote") does not describe."""
    text = _clean(text)
    words = _WORD_RE.findall(text)
    if not words or _clause(words):
        return None
    body = words[1:] if words[0].lower() in _DETERMINERS else words
    head = _head_words(body)
    if not head:
        return None
    # a capital inside the phrase is a name's, whose ending says nothing ("Vic Ratner", "33%
    # Sanders"); a capital opening it is the sentence's ("Environmentalist X said")
    if is_person_noun(head[-1], body_ok, head[-1][:1].islower() or head[-1] == words[0]):
        return text
    if any(_bare(w) in GENERIC_HEADS for w in head):
        return text  # "the man responsible for …"
    if head[-1][:1].isupper() and any(w[:1].isupper() and is_person_noun(w, ending_ok=False) for w in head):
        return text  # "Secretary of State", "Director of National Intelligence"
    return None


def plural_office(role: str) -> bool:
    """"Justices X and Y dissented": the list's office is no one member's description (round 32,
    nameform13); "who served three presidents" is a clause, "the top Democrat in the House of
    Representatives" a body he sits in, but "House of Representatives" alone describes no one."""
    words = role.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower().strip(".") in PLURAL_TITLES \
        and ("of" not in words or words[0][:1].isupper())


# words after which a fronted phrase is a preposition's object ("next to his wife", "like his
# father", "despite the presence of a businessman"): the existing lists of prepositions, less
# their time adverbs and "where"; with the prepositions of a name passing through its clause
# ("Beside her husband, X said", "Standing near her husband, X": review35, missing before).
# Wider than lexicon OBJECT_PREPOSITIONS, which leaves out words that also open a clause
# ("after", "like", "until"): a fronted phrase is cut off by its comma
_FRONTED_PHRASE_PREPOSITIONS = (ROLE_COMPLEMENT_PREPOSITIONS | INTRO_PREPOSITIONS | PASSING_PREPOSITIONS
                        | INTRO_ADVERBIALS | OBJECT_PREPOSITIONS) - {"later", "earlier", "afterwards", "still", "where"}


def gender_words(m: Any, text: str) -> set[str]:
    """The words of mention ``m``'s roles ("; "-joined) that may say its gender: not those of a
    fronted phrase (kept as its unshown role) that is a preposition's object ("Seated next to
    his wife, Voss told …": the wife is someone else). Round 44, lane census27: a candidate
    made female lost eight quotations (fresh15); on big + big2 the three such phrases (Pataki,
    Paul, an outlet) were all another's role, while a fronted phrase after a verb or a comma
    ("As he hugged his wife and daughters, Sasha said", "In the video, her daughter,
    Krysele") can be the name's own."""
    roles = m.role.split("; ")
    if m.unshown_role and _object_of_preposition(m, text, m.unshown_role):
        roles = [r for r in roles if r != m.unshown_role]
    # Round 83, lane pnull100: "With his daughter at his side, X headed back" came as a shown role
    # (not the unshown one) and its "daughter" made X a sure woman; every later "he" of X's was
    # refused and left null (draw N: four in one article). A role set off by a comma right
    # before the name whose phrase a capitalised preposition opens is that phrase's object.
    roles = [r for r in roles if not _fronted_object(m, text, r)]
    return set(re.findall(r"\w+", " ".join(roles).lower()))


def _role_written_before(m: Any, text: str, role: str) -> tuple[int, str | None]:
    """Where ``role`` is written last before the name (-1 if not in reach) and the word just
    before it, if any."""
    at = text.rfind(role, max(0, m.begin - FRONTED_ROLE_LOOKBACK_CHARS), m.begin)
    before = re.findall(r"[\w’']+", text[max(0, at - PREPOSITION_BEFORE_NAME_CHARS) : at]) if at >= 0 else []
    return at, before[-1] if before else None


def _object_of_preposition(m: Any, text: str, role: str) -> bool:
    _, word = _role_written_before(m, text, role)
    return word is not None and word.lower() in _FRONTED_PHRASE_PREPOSITIONS


def _fronted_object(m: Any, text: str, role: str) -> bool:
    """``role`` is written just before the name and a comma ("With his daughter at his side, X") and
    follows a capitalised preposition opening the phrase: not X's own role."""
    at, word = _role_written_before(m, text, role)
    if at < 0 or not re.fullmatch(r"\s*,\s*", text[at + len(role) : m.begin]):
        return False
    return word is not None and word[0].isupper() and word.lower() in _FRONTED_PHRASE_PREPOSITIONS
