"""A named person's own use of an expression (extract/label_rules.py ``_mentioned``): "Vale used
the term “…”", "he used the words “…”", "Roe's speech turned to the port, using the words
“…”" report words the person said, speech, though "the term" mentions the expression (issue
11, round 26, lane speechkind9: real-news fresh3 and fresh4, three such fragments, all speech
in gold, read as terms). The expression stays a term when it went unsaid ("did not use the
word", "refused to use the term", "if he uses the phrase"), or when a document, a group or the
writer uses it ("The letter uses the term", "Critics … use the term", "I use the term"; the
same splits' "the piece uses the term" and "officials … rarely used the term" are terms)."""

from __future__ import annotations

import re

from ..lexicon.function_words import (ARTICLES as _ARTICLES, DEICTIC_OPENERS, PRONOUN_CONTRACTIONS,
                                      ROLE_COMPLEMENT_PREPOSITIONS, SUBJECT_VERB_GAP_WORDS)
from ..lexicon.negation import CONDITIONALS, NEGATING_HEDGES, NEGATORS, WITHHOLDING_WORDS
from ..lexicon.heads import BODY_ROLE_HEADS, PLACE_OF_WORK_HEADS
from .clauses import sentence_before
from .lexicon import ORG_NOUNS, QUOTED_SPAN_RE
from .subject import clause_subject, subject_is_named
from .words import _words

# the verb of using right before the mention ("used the", "uses the"): not a bare "use", whose
# subject is plural or an infinitive's ("people who speak X use the word", "the talking
# points use the words", "to start using": corpus check)
_USE_BEFORE = re.compile(r"\b(use[sd]|using)\s+$", re.IGNORECASE)
# "using" as a finite verb's participle ("he was using", "Roe kept using"): its subject is the
# clause's; after a comma it is the sentence's; after anything else ("critics of using",
# "time to start using", "resisted using") the user is not named there
_FINITE_BEFORE_USING = re.compile(
    r"\b(?:is|was|were|are|been|be|began|begun|started|kept|keeps|continued|continues)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE)
# prepositions before a capitalised run: the run is not the subject ("a story in The Times")
_PREPOSITIONS = ROLE_COMPLEMENT_PREPOSITIONS | {"by", "about"}
_NOT_SUBJECT_BEFORE = _PREPOSITIONS | _ARTICLES  # a capitalised run after one is no subject
_BODY_HEADS = ORG_NOUNS | BODY_ROLE_HEADS | PLACE_OF_WORK_HEADS
_PERSON_PRONOUNS = frozenset({"he", "she"})


def own_use(before_mention: str, sentence_left: str, window_words: int) -> bool:
    """``before_mention``: the clause before the mention ("the term"); ``sentence_left``: the
    whole sentence before it (across earlier quotations; it ends with ``before_mention``). True
    when a verb of using ends the clause, not withheld, with a named person as its subject (for
    "using", the sentence's opening subject). ``window_words``: ExtractOptions.own_use_window_words."""
    m = _USE_BEFORE.search(before_mention)
    if m is None:
        return False
    region = before_mention[: m.start()]
    if m.group(1).lower() == "using":
        finite = _FINITE_BEFORE_USING.search(region)
        if finite is not None:
            region = region[: finite.start()]
        else:
            opening = sentence_before(sentence_left, before_mention[m.start() :])
            # a comma before "using", inside a closing mark too ("called the plan “a total
            # mess,” using"); earlier quotations are no one's opening ("“…,” Ann Vale said,
            # using the term …"): the second review
            if not opening.rstrip().rstrip("\"\u201d\u2019'").endswith(","):
                return False
            opening = QUOTED_SPAN_RE.sub(" ", opening)
            return not _withheld(opening, window_words) and _person_opening(opening)
    return not _withheld(region, window_words) and _person_subject(clause_subject(region))


def _withheld(region: str, window_words: int) -> bool:
    """A negation, a hedge, a condition or a withholding verb among the last ``window_words``
    words before the verb of using: "did not use", "refused to use", "if he uses"."""
    for w in _words(region)[-window_words:]:
        lw = w.lower().replace("\u2019", "'")
        if lw in NEGATORS or lw in NEGATING_HEDGES or lw in CONDITIONALS or lw.endswith("n't") \
                or lw in WITHHOLDING_WORDS:
            return True
    return False


def _person_subject(phrase: str) -> bool:
    """The subject ends in a person's name or "he"/"she" ("Vale", "President Roe", "he
    first"), not a capitalised run after a preposition ("Critics of Mayor Vale")."""
    ws = _words(phrase)
    # words after a subject that do not end it ("he first used", "she has used the word “…”"),
    # and lower-case -ly adverbs ("Kelly" is a name)
    while ws and (ws[-1] in SUBJECT_VERB_GAP_WORDS or ws[-1].endswith("ly") and ws[-1].islower()):
        ws = ws[:-1]
    if not ws:
        return False
    if ws[-1].lower() in _PERSON_PRONOUNS:
        return True
    i = len(ws)
    while i > 0 and ws[i - 1][:1].isupper():
        i -= 1
    if i == len(ws) or (i > 0 and ws[i - 1].lower() in _NOT_SUBJECT_BEFORE):
        return False  # ("Critics of Mayor Vale", "the Nazis", "the New York Times")
    if ws[-1].isupper() or ws[-1].lower() in _BODY_HEADS:
        return False  # a body, not a person ("CNN", "Pew Research Center")
    return subject_is_named(" ".join(ws[i:])) is True and ws[i].lower() not in ("i", "the", "a", "an", "one")


def _person_opening(opening: str) -> bool:
    """The sentence opens on a person's name, a possessive name or "he"/"she" ("Roe's long
    speech then turned …, using")."""
    ws = _words(opening)
    if not ws:
        return False
    first = ws[0].replace("\u2019", "'")
    if first.lower() in _PERSON_PRONOUNS:
        return True
    stem = first[:-2] if first.endswith("'s") else first
    if stem.lower() in DEICTIC_OPENERS or first.lower() in PRONOUN_CONTRACTIONS:
        return False  # "Here's the new ad, using …", "That's …", "It's …" (the review)
    if first.endswith("'s") and first[:1].isupper():
        return True  # "Roe's speech …, using"
    run = []
    for w in ws:  # the leading capitalised run ("Ann Vale spoke …" -> "Ann Vale")
        if not w[:1].isupper():
            break
        run.append(w)
    # ("This"/"That" left above with the deictic openers)
    return bool(run) and _person_subject(" ".join(run)) and first.lower() not in _ARTICLES
