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

from ..lexicon.heads import BODY_ROLE_HEADS, GENERIC_HEADS, NON_PERSON_ER_WORDS, PERSON_ROLE_NOUNS
from ..lexicon.titles import (COURTESY_TITLES, FEMALE_WORDS, MALE_WORDS, TITLE_AFFIXES,
                              TITLE_WORDS)

_DETERMINERS = frozenset("the a an its his her their my our your".split())
# words that open a head's complement ("the founder of", "an analyst with", "a nurse who")
_COMPLEMENT = frozenset("""that which who whose whom of for in with from on at to by and or
through about since during after before as out over""".split())
# finite verbs that make a clause of the phrase ("In Leeds, a man was held at …"), unless a
# relative pronoun came first ("a nurse who was at the meeting")
_FINITE = frozenset("was were is are has have had will would".split())
_RELATIVE = frozenset({"who", "that", "which", "whose", "whom"})
# endings of person nouns ("economist", "lecturer", "chairman", "employee", "auctioneer");
# not -ant/-ent/-ive, which make adjectives as often (lexicon PERSON_ROLE_NOUNS lists those nouns)
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "eer", "ess", "ster")
_WORD_RE = re.compile(r"[^\s/]+")


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?\"“”‘’'()").removesuffix("’s").removesuffix("'s")


def is_person_noun(word: str) -> bool:
    """A noun for a person, an office or a body: "professor", "Minister", "operative"."""
    w = _bare(word)
    if "-" in w:  # "Lieutenant-Colonel", "Governor-elect": the part that is not an affix
        parts = [p for p in w.split("-") if p and p not in TITLE_AFFIXES]
        w = parts[-1] if parts else w
    if w in NON_PERSON_ER_WORDS:
        return False
    sing = w[:-1] if w.endswith("s") and len(w) > 3 else w
    lists = (TITLE_WORDS, PERSON_ROLE_NOUNS, BODY_ROLE_HEADS, MALE_WORDS, FEMALE_WORDS, GENERIC_HEADS)
    if any(w in words or sing in words for words in lists):
        return True
    return len(sing) > 3 and sing.endswith(_PERSON_ENDINGS) and sing not in NON_PERSON_ER_WORDS


def _head_words(words: list[str]) -> list[str]:
    """The words before the head's complement; "of", "and", "for" inside a capitalised name
    ("a Parish of Eastfield archivist", "Secretary of State") do not end them."""
    out: list[str] = []
    for k, word in enumerate(words):
        low = word.lower()
        inside_name = k > 0 and words[k - 1][:1].isupper() and k + 1 < len(words) and (
            words[k + 1][:1].isupper() or words[k + 1].lower() == "the")
        if low in _COMPLEMENT and not inside_name:
            break
        if low.endswith(("ing", "ed")) and "-" not in low and out and is_person_noun(out[-1]):
            break  # "a group calling for", "a poet famed for": a participle after the head
        out.append(word)
    return out


def _clause(words: list[str]) -> bool:
    for word in words:
        low = word.lower()
        if low in _RELATIVE:
            return False
        if low in _FINITE:
            return True
    return False


def _clean(text: str) -> str:
    text = text.split("\n")[0].strip()  # an apposition the regex ran past a paragraph's end
    words = text.split()
    if len(words) > 1 and _bare(words[-1]) in COURTESY_TITLES | {"sir", "dame"}:
        text = " ".join(words[:-1])  # "Former Prime Minister Sir X": the title is the name's
    return text


def role_phrase(text: str) -> str | None:
    """``text`` cleaned when it is a role, else None."""
    text = _clean(text)
    words = _WORD_RE.findall(text)
    if not words or _clause(words):
        return None
    body = words[1:] if words[0].lower() in _DETERMINERS else words
    head = _head_words(body)
    if not head:
        return None
    if is_person_noun(head[-1]):
        return text
    if any(_bare(w) in GENERIC_HEADS for w in head):
        return text  # "the man responsible for …"
    if head[-1][:1].isupper() and any(w[:1].isupper() and is_person_noun(w) for w in head):
        return text  # "Secretary of State", "Director of National Intelligence"
    return None
