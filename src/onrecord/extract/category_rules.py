"""A category something is marked, deemed, listed or identifies as (round 38, lane terms21):
"mark the ledgers as “…”", "papers later deemed “…”", "a wren listed as “…”", "voters who
identify as “…”". The words name an official or survey category used without irony, a term,
as after "classed / designated / rated as" (term_rules._classed_as, whose verbs these
complete). On big2, "mark these books as “top secret”", "was likely later deemed
“classified,”" and "fewer identifying as “slightly” leaning" were typed scare for want of a
credit; on big, "deemed “unaccompanied alien children,”", "marked it “unclassified,”",
"listed as “threatened”" the same.

Placed after the speech rules in ``KIND_RULES`` (just before label_rules._a_label): placed
first, beside "classed as", it took a short quotation a speech rule would have given its
speaker (the score's count on a never-read split: one speech item retyped term), and a
speaker's words on an occasion are never retyped.

Not decided here: a reporting verb of the sentence or a naming verb near the marks (the
words are then someone's, read by the speech and naming rules); "deemed" or "marked" right
after a pronoun or a capitalised word, its own subject ("he deemed it “…”": a judgement on
an occasion); one word after "a" with a noun after the marks ('identify as a “…” youngster':
the writer's distance on the noun, read by label_rules._modifier)."""

from __future__ import annotations

import re

from ..thresholds.extract import MARKED_AS_WINDOW_CHARS, MARKED_CATEGORY_MAX_WORDS
from .bounds import decides
from .reading import Decision, _Reading, _named_here
from .words import _words

# a verb of marking or listing, an object of up to four words and "as" ("mark the ledgers as
# ", "listed as a "); "identify as" only with no object (with one, "identifies them as “…”",
# a document or a person says who they are: their words)
_MARKED_AS = re.compile(
    r"\b(?:(?:mark|marks|marked|marking|listed|relisted)\s+(?:[\w\u2019'&.-]+\s+){0,4}?"
    r"|(?:identify|identifies|identified|identifying|self-identify|self-identifies|self-identified)\s+)"
    r"as\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
# "deemed" or "marked" with at most a pronoun object and no "as" ('later deemed “…”', 'marked
# it “…”', 'a special label marking that relationship “…”'): the category given
_MARKED_BARE = re.compile(
    r"\b(?P<before>[\w\u2019'-]+)\s+(?:deemed|marked|marking)\s+(?:(?:it|them|that\s+\w+|this\s+\w+)\s+)?$",
    re.IGNORECASE,
)
# words right before "deemed"/"marked" that make them an active verb with its own subject
_OWN_SUBJECT = frozenset("i we you he she they who has have had".split())


def _bare_passive(left: str) -> bool:
    """'were later deemed ', 'mistakenly marked it ': the verb with no subject of its own."""
    m = _MARKED_BARE.search(left)
    if m is None:
        return False
    before = m.group("before")
    return before.lower() not in _OWN_SUBJECT and not before[:1].isupper()


# attribute/fragment_kind.py opens this reading to the parse when the verb has a named subject
MARKED_CATEGORY_REASON = "a category after 'marked / deemed / listed / identify as'"


@decides(1, MARKED_CATEGORY_MAX_WORDS, needs_left=True)
def _marked_category(r: _Reading) -> Decision | None:
    """The category after "marked / listed as", "identify as", or a subjectless "deemed" or
    "marked" (module docstring): a term, at most four words, not under a reporting or naming
    verb of the sentence."""
    if not 1 <= r.n <= MARKED_CATEGORY_MAX_WORDS or r.cue is not None or _named_here(r):
        return None
    left = r.left[-MARKED_AS_WINDOW_CHARS:]
    if not (_MARKED_AS.search(left) or _bare_passive(left)):
        return None
    after = _words(r.right)[:1]
    if r.n == 1 and re.search(r"\ba\s+$", left, re.IGNORECASE) and after and r.right[:1] == " ":
        return None  # 'identify as a “…” youngster': the writer's distance on the noun
    return "term", [MARKED_CATEGORY_REASON]
