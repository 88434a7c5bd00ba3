"""The subject words that close a body's name after a lower-case connector (guideline S8: an
organisation's full name, never cut short). The name run (mentions._name_run) stopped at the
connector, so the speaker was the cut name: "the Center on Budget and Policy Priorities" gave
"Center on Budget", "Amazon Employees for Climate Justice" gave "Amazon Employees" (round 72,
lane names82: 3 tuning quotations in 2 articles; docs/attribution-errors.md).

Two shapes, asked of the run at the connector (name_joins.joins_name), both closed by common
English subject words that end the name (the next token is no capitalised word):
- "and" after a body's "on"/"for" subject: the run holds a body's head word, then "on" or
  "for" and its subjects ("Center on Budget", "Centers for Disease Control"), and the words after
  "and" are one more subject with no head word of their own ("Policy Priorities",
  "Prevention"). body_and.subject_list_and already joins a subject that runs into a head word
  ("Foundation for Accountability and Civic Trust"); an "of" list stays split ("the Department
  of Justice and Homeland Security" are two);
- "for" after a plural noun of people heading an advocacy body ("Amazon Employees for Climate
  Justice", "Nurses for Safer Streets"): not those who act for a client ("Lawyers for X",
  lexicon/groups.RETAINED_GROUPS) nor a party's members ("Democrats for …").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.groups import RETAINED_GROUPS, US_PARTY_PLURALS
from ..lexicon.titles import TITLE_WORDS
from ..lexicon.word_frequency import zipf
from ..thresholds.bodies import BODY_TAILS
from .body_and import subject_word
from .cues import BODY_ON_HEADS, ORG_WORDS, PLURAL_BODY_HEADS
from .layout import Token

# word endings of a plural noun of people ("Employees", "Teachers", "Scientists", "Americans")
_PEOPLE_PLURAL_ENDINGS = ("ees", "ers", "ors", "ists", "ans", "ents")


def _head(t: Token) -> bool:
    w = t.lower.strip("’'.")
    return w in ORG_WORDS or w in BODY_ON_HEADS or w in PLURAL_BODY_HEADS


def closing_subject(after: Sequence[Token]) -> bool:
    """Whether ``after`` opens with one to BODY_TAILS.tail_words common subject words, none a
    body's head word, that end the name (the token after them is no capitalised word)."""
    n = 0
    while n < len(after) and n < BODY_TAILS.tail_words and _subject(after, n):
        if _head(after[n]) or zipf(after[n].text) < BODY_TAILS.subject_word_zipf:
            return False
        n += 1
    return n > 0 and (n == len(after) or not after[n].text[:1].isupper())


def _subject(after: Sequence[Token], n: int) -> bool:
    """A subject word; a title word too where it closes the name ("… for Law and Justice",
    "… for Climate Justice"), since a title stands before a name, never at its end."""
    t = after[n]
    if subject_word(t):
        return True
    closes = n + 1 == len(after) or not after[n + 1].text[:1].isupper()
    return closes and t.lower in TITLE_WORDS and t.is_cap and t.text[1:2].islower()


def subject_tail_and(run: Sequence[Token], after: Sequence[Token]) -> bool:
    """"Center on Budget and Policy Priorities": "and" adds the last subject of an "on"/"for" body."""
    links = [k for k, t in enumerate(run) if t.lower in ("on", "for")]
    if not links or links[-1] == len(run) - 1 or not any(_head(t) for t in run[: links[0]]):
        return False
    return subject_word(run[-1]) and closing_subject(after)


def people_for(run: Sequence[Token], after: Sequence[Token]) -> bool:
    """"Amazon Employees for Climate Justice": "for" after a plural noun of people names an
    advocacy body."""
    last = run[-1].lower
    if not run[-1].text[1:2].islower() or not last.endswith(_PEOPLE_PLURAL_ENDINGS):
        return False
    if last in RETAINED_GROUPS or last in US_PARTY_PLURALS:
        return False
    return closing_subject(after)


def advocacy_name(lowers: Sequence[str]) -> bool:
    """Whether a run's words (lower case) hold people_for's join ("amazon employees for climate
    justice"): a body, whose closing subject is no title ("Justice") and no surname."""
    return any(w.endswith(_PEOPLE_PLURAL_ENDINGS) and w not in RETAINED_GROUPS and w not in US_PARTY_PLURALS
               and lowers[k + 1] == "for" for k, w in enumerate(lowers[:-2]))
