"""The kind of a short Title Case quotation after a preposition that attribution reads as
nobody's words (``_not_words_of_anyone`` in this package's ``__init__``): the name of a work,
typed title, or a label, typed term, where it had stayed speech with no speaker (issue 11,
round 80, lane kind91).

"the stars of “…”", "a character on “…”", "signed copies of “…”", "an expert interviewed in
“…”": the extraction's title rule after a preposition reads only "on"
(extract/title_rules._title_case_after_preposition), and a reporting verb elsewhere in the
sentence typed the rest speech; attribution already left their speaker null, as a programme or
work. Draw G (round 80): 28 such speech quotations, most of them a show's, a film's or a
book's name.

Not retyped, as attribution's test reaches them but they are someone's words:
- after "to": "urging people to “…”", "tweets calling to “…”" (an infinitive, the words said);
- after a noun of words before "of": "chants of “…”", "his declaration of “…”"
  (lexicon.kind_cues.SAID_BEFORE_OF_NOUNS);
- a preposition in an earlier sentence or line ("… on Wednesday.¶'…'", a subheading);
- a quotation inside another (the outer quotation's speaker owns it, S3).
Typed term instead of title: a ballot word ("the number of “No” voters", K26), a label
modifying the lowercase noun after it ("filled with “Type A” personalities", K20), a
nickname between a given name and a surname ("Matt “…” Labash's essay", K21), a word glossed
in parentheses ("a case of “FOMO” (fear of missing out)", K23).
"""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.kind_cues import SAID_BEFORE_OF_NOUNS
from ..lexicon.voting import BALLOT_OPTIONS
from ..thresholds.shapes import WORK_NAME_KIND

# the preposition, the word before it, and up to three capitalised words up to the opening mark
# (the same reach as _not_words_of_anyone's, without "to"; no line break, no full stop)
_BEFORE = re.compile(r"(?:([\w’'-]+)[ \t]+)?\b(on|in|at|from|with|during|of)[ \t]+"
                     r"((?:[A-Z][\w&’'-]*(?:[ \t]+|$)){0,3})[“‘\"']$")
_AFTER_WORD = re.compile(r"^[”’\"'.,;:]*[ \t]+([A-Za-z][\w’'-]*)")
_GLOSS_AFTER = re.compile(r"^[”’\"'.,;:]*[ \t]*\([a-z]")
EVIDENCE = "a Title Case name after '{}': {}"


def work_name_kind(text: str, quotes: list[Any], q: Any) -> tuple[str, str] | None:
    """("title" | "term", reason) for the speech quotation ``q`` (one of ``quotes``) that
    attribution read as a name after a preposition, else None (the quotation keeps its kind)."""
    if q.nested or _shouted(q.text):
        return None  # capitals: a post's shouted words ("… from “OUR GREAT FARMERS”"), speech
    m = _BEFORE.search(text, max(0, q.start - 80), q.start)
    if m is None or any(o.start <= m.start(2) < o.end for o in quotes) or _open_mark(text, m.start(2)):
        return None  # the preposition inside another quotation: "… reporting of “…”" goes on its words
    before, prep, names = m.group(1), m.group(2), m.group(3)
    if prep == "of" and before and before.lower() in SAID_BEFORE_OF_NOUNS:
        return None
    after = text[q.end : q.end + 40]
    word = _AFTER_WORD.match(after)
    if q.text.strip(" .,!?").lower() in BALLOT_OPTIONS:
        return "term", EVIDENCE.format(prep, "a ballot word")
    if _GLOSS_AFTER.match(after):
        return "term", EVIDENCE.format(prep, "glossed in parentheses: a term")
    if word and names.strip() and word.group(1)[:1].isupper():
        return "term", EVIDENCE.format(prep, "a nickname inside a person's name")
    if word and word.group(1)[:1].islower() and word.group(1).lower() not in FUNCTION_WORDS \
            and q.text.rstrip()[-1:].isalnum() and _bare_close(after):
        return "term", EVIDENCE.format(prep, "a label on the noun after it")
    return "title", EVIDENCE.format(prep, "the name of a programme or work")


def _shouted(words: str) -> bool:
    """Written wholly in capitals, with more letters than an abbreviation has ("SNL" is a
    programme's; "OUR GREAT FARMERS" a speaker's post)."""
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= WORK_NAME_KIND.shouted_letters and all(c.isupper() for c in letters)


def _open_mark(text: str, at: int) -> bool:
    """A quotation opened earlier on the line of ``at`` and not closed before it (one the
    extraction did not pair: 'it produces "only the reporting of "…."')."""
    is_open = False
    for c in text[text.rfind("\n", 0, at) + 1 : at]:
        # a straight mark closes what a curly one opened ("“I'm not the man," he says"): toggle
        is_open = c == "“" or (c != "”" and (not is_open if c == '"' else is_open))
    return is_open


def _bare_close(after: str) -> bool:
    """The closing mark is followed by a space and the next word, no punctuation between:
    "“Type A” personalities" (a modifier), not "“Julia,” because …"."""
    return re.match(r"^[”’\"'][ \t]+[a-z]", after) is not None
