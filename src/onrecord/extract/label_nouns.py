"""A title-case quotation right after a word for a phrase, a slogan or an assumed name ("the
phrase ‘America First.’", "slogans like “Eat Grits, Be Happy,”", "the pseudonym “…”", "(aka
“El Chapo”)") is a label, a term. ``_title_case_alone`` (title_rules.py) read them as titles,
since no reporting verb stood in the sentence, before ``_mentioned`` (label_rules.py) was tried
(corpus audit of 79 such titles in 974 random articles, lane titles13: 5 of them; the tuning
gold has 3 such labels, all terms)."""

from __future__ import annotations

import re

from ..lexicon.function_words import COPULA_FORMS, NOUN_PHRASE_OPENERS, OBJECT_PREPOSITIONS, PREDICATE_LINKS
from ..lexicon.kind_cues import (ASSUMED_NAME_VERBS, CARRIER_PLACING_PARTICIPLES, LABEL_NOUNS_BEFORE, SLOGAN_BEARERS,
                                 SLOGAN_CARRIERS, SLOGAN_NOUNS, SLOGAN_READING_PARTICIPLES, SLOGAN_READING_VERBS)
from ..thresholds.extract import SLOGAN_CARRIER_LEFT_CHARS, SLOGAN_MAX_WORDS
from .bounds import decides
from .label_rules import _mentioned
from .reading import Decision, _Reading
from ..text.find import alternation

_LABEL_BEFORE = re.compile(
    r"(?:^|[\s(])(?:" + "|".join(re.escape(w) for w in sorted(LABEL_NOUNS_BEFORE)) + r")[\s,:]+"
    r"(?:like\s+|such\s+as\s+)?$",
    re.IGNORECASE,
)


@decides(1, "bare_title_max_words", needs_left=True)
def _label_before_title_case(r: _Reading) -> Decision | None:
    """Title case after "the phrase", "slogans like", "the pseudonym", "aka": what
    ``_mentioned`` decides (a named person's own phrase stays speech), else a term."""
    if not r.title_case or r.ctx.flagged or r.n > r.opts.bare_title_max_words:
        return None
    mentioned = _mentioned(r)
    if mentioned is not None:
        return mentioned
    m = _LABEL_BEFORE.search(r.left[-40:])
    if m is None:
        return None
    return "term", [f"title case after a word for a label ('{m.group(0).strip(' (')}')"]


_ASSUMED_NAME_BEFORE = re.compile(
    r"(?:^|\s)(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in ASSUMED_NAME_VERBS) + r")\s*,?\s*$",
    re.IGNORECASE,
)


@decides(1, "bare_title_max_words", needs_left=True)
def _assumed_name(r: _Reading) -> Decision | None:
    """Title case right after "identified as", "went by", "goes by": the name a person is given
    in a document or goes by, a term. Tried before the work-noun cue ("a copy of the deal shows
    the singer, identified as “…”" read "shows" as a work) and the naming verbs ("who goes by
    “…”" credited the name to its bearer as speech)."""
    if not r.title_case or r.ctx.flagged or r.n > r.opts.bare_title_max_words:
        return None
    m = _ASSUMED_NAME_BEFORE.search(r.left)
    if m is None:
        return None
    return "term", [f"title case after '{' '.join(m.group('verb').lower().split())}': an assumed name"]


# Right after the closing mark (past a comma): a lower-case slogan noun or a thing that
# carries a slogan, not followed by "of" ('“Strong Growth” signs of recovery' describes) nor
# by a word opening a noun phrase, which makes "signs", "caps", "flags" a verb with its object
# ('the drama “Harbour Nights” caps a strong year', 'the band “Quiet Tide” signs a new deal':
# a work's or a band's name; review23 read both as slogans, the first over its work noun).
_CARRIER_AFTER = re.compile(
    r"^[,\u2019\u201d'\"]*\s+(?P<noun>" + "|".join(re.escape(w) for w in sorted(SLOGAN_NOUNS | SLOGAN_CARRIERS))
    + r")\b(?!\s+(?:of|" + "|".join(sorted(NOUN_PHRASE_OPENERS)) + r")\b)"
)


@decides(2, "term_max_words")
def _slogan_before_its_carrier(r: _Reading) -> Decision | None:
    """Title case right before "slogan", "hats", "signs", "placard" ('the campaign’s “Harbour
    Comes First” slogan', 'throws “Keep Harbour Blue” hats'): the noun after the marks is what
    the words are, a slogan, a term. A work noun before the marks ("campaign") read them as a
    title and a reporting verb of the sentence as speech (round 34, lane titles15: sample items
    52, 68, 76 and four more corpus slogans; one word is left to the one-word rules)."""
    if not r.title_case or r.ctx.flagged or not 2 <= r.n <= r.opts.term_max_words:
        return None
    m = _CARRIER_AFTER.match(r.right)
    if m is None:
        return None
    return "term", [f"title case right before '{m.group('noun')}' (a slogan)"]


# A carrier of slogans, then the participle or clause that reads its words out, right before the
# marks: "signs reading “…”", "placards, including one saying: “…”", "a T-shirt that read “…”".
# Only "including one" may stand between, and no comma right before the verb: "refused to sign,
# saying “…”" and "flag the problem saying “…”" are verbs of a clause that reports speech.
# Verbs of proclaiming and "emblazoned with", "with the words" (round 41, lane termspeech25:
# fresh14's "a poster trumpeting “…”"; 26 such carriers before marks in the AllSides and BBC
# corpora, every one bearing a slogan) read the words out as "reading" does.
_CARRIER_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<noun>" + alternation(SLOGAN_BEARERS, escape=True)
    + r")(?:,?\s+including\s+one)?\s+(?:" + "|".join(SLOGAN_READING_PARTICIPLES)
    + r"|emblazoned\s+with|with\s+the\s+words?"
    r"|(?:that|which)\s+(?:" + "|".join(SLOGAN_READING_VERBS) + r"))\s*[,:]?\s*$",
    re.IGNORECASE,
)

# The carrier as the subject of a finite verb that reads its words out, with at most one phrase
# between: a place or participle phrase with no comma ("Giant banners at the rally read “…”",
# "Banners hanging over the road read: “…”"), a comma aside ("a button, from a group …, that
# read “…”"), a relative clause after a comma ("its best-selling shirt, which read: “…”"), or
# nothing ("The banner reads “…”"). Tuning sets (round 67, lane title75): four
# such slogans, in three articles, typed title by their title case or the title cue "banner",
# all terms in gold. The phrase must open with a preposition or a placing participle, so "Trump
# signs a bill that reads" (a verb "signs", its object) and "the banners, Ada said" (a speaker
# after a comma, no closing comma) are not read.
# no copula, "to" or "be" in that phrase: in "a poster at the pier was painted over to read “…,”
# the radio reported" the poster is no subject of "read" (tests/attribute/test_outlet_carrier).
_NO_VERB = r"(?:(?!\b(?:" + "|".join(sorted(COPULA_FORMS | PREDICATE_LINKS)) + r")\b)"
_CARRIER_SUBJECT = re.compile(
    r"(?:^|[\s(])(?P<noun>" + alternation(SLOGAN_BEARERS, escape=True) + r")"
    r"(?:\s+(?:" + "|".join(sorted(OBJECT_PREPOSITIONS | CARRIER_PLACING_PARTICIPLES)) + r")\b" + _NO_VERB + r"[^,.;:!?\"\u201c\u201d]){1,50}?"
    r"|," + _NO_VERB + r"[^.;:!?\"\u201c\u201d]){1,50}?,)?"
    r"(?:,?\s+(?:that|which)\s+|\s+)(?:" + "|".join(SLOGAN_READING_VERBS) + r")\s*[,:]?\s*$",
    re.IGNORECASE,
)


@decides(1, SLOGAN_MAX_WORDS)
def _slogan_after_its_carrier(r: _Reading) -> Decision | None:
    """'Signs reading “…”', 'placards, including one saying “…”': the words a sign, a banner or a
    shirt carries are a slogan, a term (round 38, review27: kind20's stock-saying rule had typed
    two such, "signs including one saying" and "ads, including one saying", term by reading
    "one saying" as a saying's name; read as the participle, they fell to speech, one of them
    to the body that refused the ad)."""
    if r.ctx.flagged or r.n > SLOGAN_MAX_WORDS:
        return None
    left = r.ctx.sentence_left[-SLOGAN_CARRIER_LEFT_CHARS:]
    m = _CARRIER_BEFORE.search(left) or _CARRIER_SUBJECT.search(left)
    if m is None:
        return None
    return "term", [f"the words a slogan's carrier ('{m.group('noun').lower()}') bears: a slogan"]
