"""A stock saying named as one: "As the old saying goes, “…”", "the famous Washington dictum
that “…”", "that old maxim: “…”". The words are a phrase the writer echoes without credit to
anyone, a term under the harmonised real-news rulings; the length default typed them speech
(round 37, lane kind20: eval/real/audit/kind20-sample.tsv items 77 and 81, two more on the
974-article corpus sample, "The old saying “…”" and "the old maxim: “…”").

The saying noun must follow an article or a demonstrative (with adjectives between) and stand
right before the marks, with only "that", "is", "goes", "has it" and punctuation between: a
possessive owner ("her favourite saying, “…”") credits the words to a person, and "saying" as
a participle ("ended the meeting saying, “…”") reports speech, "that saying “…” helps" is a
conjunction and a gerund, and a named speaker credited after the marks ("there's a simple
maxim: “…,” Ms. Vale told me") keeps the words; none of them matches."""

from __future__ import annotations

import re

from ..lexicon.kind_cues import EXAMPLE_WORDING_NOUNS, SAYING_ADJECTIVES, SAYING_NOUNS
from ..thresholds.extract import (EXAMPLE_OWNER_LEFT_CHARS, EXAMPLE_WORDING_MAX_WORDS, SAYING_LEFT_CHARS,
                                  SAYING_MAX_WORDS)
from .bounds import decides
from .lexicon import REPORTING_RE
from .own_use import own_use
from .reading import Decision, _Reading
from ..text.find import alternation

_NOUNS = alternation(SAYING_NOUNS)
# a determiner, up to three adjectives or a place's name, the noun, then the link to the marks
_SAYING_BEFORE = re.compile(
    r"(?:^|[\s(])(?:the|an?|that|this|one)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + _NOUNS + r")"
    r"(?:\s+(?:that|is|was|goes|went|has\s+it|runs|holds))?\s*[,:\u2014\u2013-]?\s*$",
    re.IGNORECASE,
)
# a possessive among the words before the noun: the saying is someone's own
_POSSESSIVE = re.compile(r"(?:['\u2019]s|\b(?:his|her|their|my|our|your|its))\s+(?:[\w'\u2019-]+\s+){0,3}?(?:"
                         + _NOUNS + r")\b", re.IGNORECASE)


@decides(1, SAYING_MAX_WORDS)
def _stock_saying(r: _Reading) -> Decision | None:
    """'As the old saying goes, “…”': a saying named as a saying is a term."""
    if r.n > SAYING_MAX_WORDS or r.ctx.flagged:
        return None
    tail = r.ctx.sentence_left[-SAYING_LEFT_CHARS:]
    m = _SAYING_BEFORE.search(tail)
    if m is None or _POSSESSIVE.search(tail[m.start():]) or not _noun_not_participle(m.group(0)):
        return None
    if REPORTING_RE.search(r.right):
        # "there's a simple maxim: “…,” Ms. Vale, who runs the port, once told me": the maxim
        # is hers (targeted AllSides check: a planner's maxim credited after the marks, past a
        # long apposition, lost its speaker)
        return None
    return "term", [f"a stock saying named as one: '{m.group(0).strip()}'"]


def _noun_not_participle(match: str) -> bool:
    """Whether "saying" in the match is the noun: right after the article, or after words that
    describe a saying ("the old saying"); "the meeting saying" is a participle. The other saying
    nouns are never verbs."""
    words = re.findall(r"[\w'\u2019-]+", match.lower())
    if "saying" not in words and "sayings" not in words:
        return True
    between = words[1 : words.index("saying" if "saying" in words else "sayings")]
    if not between and words[0] in ("that", "this", "one"):
        # "a review shows that saying “…” helped": a conjunction and a gerund (targeted
        # AllSides check: 2 such), where "that old saying" is a demonstrative and a noun;
        # "the crew were split, with one saying “…”": a pronoun and a participle, a report of
        # one of them (round 38, review27: 5 of 5 "one saying" on 388 AllSides articles naming
        # a saying, three people's words and two signs typed term)
        return False
    return all(w in SAYING_ADJECTIVES for w in between)


_EXAMPLES = alternation(EXAMPLE_WORDING_NOUNS)
# "statements like, “…”", "statements they were sure to agree with, like, “…”" (a short
# relative clause between, closed by a comma), "phrases such as “…”", "such quotes as “…”".
# Not "phrases during the debate such as “…”" with no comma: r300 (round 67) had a named
# debater "interjecting phrases during his rival's time such as “…”", his own words.
_EXAMPLE_BEFORE = re.compile(
    r"(?:\b(?:" + _EXAMPLES + r")\b(?:(?:\s+[\w'\u2019-]+){1,8},)?\s+(?:such\s+as|like)"
    r"|\bsuch\s+(?:[\w'\u2019-]+\s+){0,2}?(?:" + _EXAMPLES + r")\s+as)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_EXAMPLE_OWNER = re.compile(r"(?:['\u2019]s|\b(?:his|her|their|my|our|your|its))\s+(?:[\w'\u2019-]+\s+){0,2}?(?:"
                            + _EXAMPLES + r")\b", re.IGNORECASE)


@decides(1, EXAMPLE_WORDING_MAX_WORDS, needs_left=True)
def _wording_as_example(r: _Reading) -> Decision | None:
    """'statements like, “…”', 'such assertions as “…”': a sentence cited as an example of a
    type of wording is nobody's words on an occasion, a term (round 67, lane term75: the length
    default typed six tuning items speech, one with a speaker). Kept off a possessive owner
    ("her statements like"), a speaker credited after the marks, and a named person who used
    the phrases ("Vale used phrases like “…”": own_use.py, as for "the term")."""
    if r.n > EXAMPLE_WORDING_MAX_WORDS or r.ctx.flagged:
        return None
    tail = r.ctx.sentence_left[-SAYING_LEFT_CHARS:]
    m = _EXAMPLE_BEFORE.search(tail)
    if m is None or _EXAMPLE_OWNER.search(tail[max(0, m.start() - EXAMPLE_OWNER_LEFT_CHARS):]) or _credited_after(r):
        return None
    before = r.ctx.sentence_left[: len(r.ctx.sentence_left) - len(tail) + m.start()]
    if own_use(before, r.ctx.sentence_left, r.opts.own_use_window_words):
        return None
    return "term", [f"wording cited as an example: '{m.group(0).strip()}'"]


def _credited_after(r: _Reading) -> bool:
    """A reporting verb after the marks in the quotation's own sentence ("statements like “…,”
    Vale told reporters"); a quotation that closes its sentence inside the marks leaves the
    next sentence's verbs ("“….” Most agreed.") to that sentence."""
    if r.text.rstrip().endswith((".", "!", "?")):
        return False
    return REPORTING_RE.search(re.split(r"[.!?]", r.right, maxsplit=1)[0]) is not None
