"""Kind rules for short fragments that the older rules left as scare quotes credited to nobody,
where a random corpus sample showed another kind (round 33, lane scare14: 160 of the 625
quotations typed scare on 974 random corpus articles, judged by reading;
eval/real/audit/scare14-first.tsv). Each rule reads a separator inside the scare-quote rules'
own items: a person's own label ("self-described"), a word the headline quotes, a capitalised
word that names something."""

from __future__ import annotations

import re

from .bounds import decides
from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.kind_cues import JUDGING_COMPOUND_HEADS, JUDGING_COMPOUND_PREFIXES, ONE_WORD_ANSWERS
from .reading import Decision, _Reading
from .speech_rules import _previous_sentence_reports
from .words import _headline_context, _words

# "a self-described “nerd”", "the self-proclaimed “democratic socialist”": the person's own
# label. ("self-styled" stays with the scare rule: it is the writer's doubt more often.)
_SELF_LABEL = re.compile(r"\bself[- ](?:described|proclaimed|identified)\s*$", re.IGNORECASE)
# "seventy-four percent of self-described “…”": a poll's category of respondents, no one's label
# and "most self-described “moderates”", "voters who are self-described “…”": a plural
# category (round 33, first review)
_GROUP_BEFORE = re.compile(r"\b(?:of|among|percent|per cent|most|many|some|all|few|those|these|are|were)"
                           r"\s+self[- ]\w+\s*$", re.IGNORECASE)


@decides(needs_left=True)
def _self_described(r: _Reading) -> Decision | None:
    """'Stacey Abrams, … a self-described “nerd,” is …': the label is the person's own words,
    speech (corpus sample: 7 of the 8 "self-described" quotations on 974 articles were a named
    person's label for themself, all read as scare quotes by the "so-called" rule; the eighth a
    poll category, left to it)."""
    left = r.left.rstrip(" \t,:")
    if not left or not _SELF_LABEL.search(left) or _GROUP_BEFORE.search(left):
        return None
    return "speech", ["'self-described' before the quotation: the person's own label"]


# The reason _capitalised_word gives: the attribution reads it too (attribute/fragment_kind: a
# sentence's credit does not make a name somebody's words).
A_NAME_IN_A_SENTENCE = "one capitalised word in marks inside a sentence (a name)"
# What the kind rules' reasons say when no one is credited (classify.py and its rule modules):
# the attribution's retyping rules (attribute/fragment_kind, attribute/poll_share) open only
# these decisions to a credit found later; every other scare or term rule read a cue of its own.
CREDITED_TO_NOBODY = "credited to nobody"
UNCREDITED_REASONS = (CREDITED_TO_NOBODY, "credited to a generic group")


def uncredited(why: str) -> bool:
    """The extraction's reasons ``why`` say the words were typed for want of any credit."""
    return any(w in why for w in UNCREDITED_REASONS)


@decides(1, 1, needs_left=True)
def _capitalised_word(r: _Reading) -> Decision | None:
    """One capitalised word in marks inside a running sentence ('the “BDS” movement', 'the
    former “Empire” actor', 'a scarlet letter “A”', 'Google David Brooks and “Gallup”') names
    something, a term, not the writer's distance (corpus sample: of about 60 such quotations
    typed scare on 974 articles, 4 were scare quotes; most were names and acronyms, the rest
    titles and document headings, wrong either way). Not a sentence's first word ("“Emergencies”
    occur", also after a colon or a dash: "short — “Guilty” was all he read"), a question or
    exclamation ("“Who?”"), a one-word answer ("Her reply was “No.”"), a line in capitals (a sub-headline: "… IS
    ‘BROKEN’") or a title-case line; a fragment the sentence before reports stays speech."""
    ctx, word = r.ctx, r.text.strip()
    if r.n != 1 or not r.left or ctx.in_headline or ctx.para_start or not word[:1].isupper() or word[-1:] in "?!" \
            or word.rstrip(".,").lower() in ONE_WORD_ANSWERS:
        return None
    before = [w for w in _words(r.left) if w[:1].isalpha()]
    if not before or r.left.rstrip()[-1:] in ":/\u2014\u2013-" or _headline_context(r.left, r.right):
        return None
    if all(w.isupper() for w in before) and len(before) >= 2:
        return None
    if _previous_sentence_reports(r) is not None:
        return None
    return "term", [f"{A_NAME_IN_A_SENTENCE}, credited to nobody"]


# a lowercase word joined by hyphens ("buy-in", "bright-line", "stand-your-ground")
_HYPHENED = re.compile(r"^[a-z][a-z]*(?:-[a-z]+)+$")


@decides(1, 1, needs_left=True)
def _hyphened_word(r: _Reading) -> Decision | None:
    """One lowercase hyphened word in marks inside a sentence, credited to nobody ('a Medicare
    “buy-in”', 'a “bright-line” test', 'the “anti-Trump” vote', '“cost-sharing” payments') is
    a compound the writer names, a term, not the writer's distance (corpus: of the 15 such
    quotations typed scare on 974 articles, 10 are terms, 2 scare quotes ("quasi-…", "…-loving"),
    2 someone's words (wrong before too), 1 arguable; real-news tuning: "no-knock", "alt-right", "mom-and-pop", "pass-through"
    gold terms). Not in the headline, not a compound that judges ("eco-friendly", "must-have":
    the dev set's and the tune split's scare quotes; lexicon/kind_cues), and not a fragment the
    sentence before reports."""
    ctx, word = r.ctx, r.text.strip(" ,.;:")
    if r.n != 1 or not r.left or ctx.in_headline or ctx.para_start or not _HYPHENED.match(word):
        return None
    parts = word.split("-")
    if parts[-1] in JUDGING_COMPOUND_HEADS or parts[0] in JUDGING_COMPOUND_PREFIXES:
        return None
    if _previous_sentence_reports(r) is not None:
        return None
    return "term", ["one hyphened word in marks inside a sentence (a compound), credited to nobody"]


@decides(1, 1)
def _headline_word(r: _Reading) -> Decision | None:
    """'US ‘afflicted’ with awards fatigue', 'Democrats Hope to Use GOP ‘Chaos’ to Make Gains':
    one word in marks inside the document's headline, credited to nobody there, quotes the
    story's speaker (corpus sample: of 11 such one-word headline fragments typed scare on 974
    articles, 10 were someone's words; speech_rules already types the word that closes or opens
    a headline). Tried last: a word modifying a noun ('‘Brainwave’ cap') keeps its rule."""
    if r.n != 1 or not r.ctx.in_headline or r.ctx.para_start:
        return None
    if r.text[:1].isupper() and r.after_words and r.right[:1] == " " and r.after_words[0][:1].isupper() \
            and r.after_words[0].lower() not in FUNCTION_WORDS:
        # "The Problem With Only Letting In the ‘Good’ Immigrants": in a title-case headline a
        # capitalised word before a capitalised noun modifies it, the writer's distance (real-news
        # tune); a lowercase word stands out as quoted ("to ‘stop’ Trump")
        return None
    return "speech", ["one word in marks inside the headline: the story's quotation"]
