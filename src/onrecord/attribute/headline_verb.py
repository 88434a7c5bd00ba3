"""Whether the word after a name opening a headline-like line is a verb of saying whose words in
marks are that name's: "Fenn rails against the ‘harbour grab’", "Fenn praises pilots as ‘the
best of us’" are Fenn's words; "Fenn quotes dockers' ‘…’", "Fenn instructs staff to ‘…’" are
not (another's words taken up, an order).

One check for the three readers of such lines: a related-story link line or clip title
(link_titles.py), a flattened related-story blurb (blurb_headlines.py) and a link line in
capitals (capital_lines.py, lower-cased; round 49 review, review41: swapped in, 2 of 735
quotations changed on a targeted folder and the corpus's capital lines, both null -> right). Issue 11, round 49,
lane tidy28: each module had its own check, link_titles excluding lexicon.reporting's
OTHERS_WORDS_BASES and blurb_headlines excluding WEAK_BASES. WEAK_BASES also holds verbs of the
subject's own voice (OWN_VOICE_WEAK_BASES: "rails", "praises", "rips", "notes") that are weak
only as a bare cue in running text; a headline opening "NAME VERB" has no running text to misread.
Swapped in on the corpus (big + big2) and the tuning splits, WEAK_BASES in link_titles lost
fresh15's two "Donald Trump rails against judge's ‘…’" quotations; OTHERS_WORDS_BASES in
blurb_headlines gave fresh5's "Michelle Obama praises Meghan Markle as ‘an inspiration’" and a
corpus "Pelosi rips ‘shameful’ Facebook" their speakers and changed nothing else."""

from __future__ import annotations

import re

from ..lexicon.reporting import HEADLINE_VERBS, IRREGULAR_REPORTED, OTHERS_WORDS_BASES, report_base

_HEADLINE_VERBS = frozenset(w.lower() for w in HEADLINE_VERBS)
# a capitalised word of a headline-like line, "&" kept inside ("AT&T", "Procter & Gamble"'s
# "P&G"): link_titles had it, blurb_headlines did not (one pattern since the twenty-fourth
# session; the corpus and tuning dumps are unchanged by the "&" in blurbs)
_CAP = r"[A-Z][\w'’.&-]*"
# a headline's opening: a run of capitalised words, then a colon or a lower-case word (the verb)
HEADLINE_OPENING = re.compile(r"(" + _CAP + r"(?: " + _CAP + r")*)(?:(:)| ([a-z]+)\b)")


def headline_says(word: str) -> bool:
    """``word`` (lower case, as the line writes it after the name) is an inflected verb of saying
    whose words in marks are its subject's. The inflection keeps out a noun of the same spelling
    ("X's budget tweet was …"); HEADLINE_VERBS ("calls", "blasts") speak whatever list holds
    their base."""
    if not (word.endswith(("s", "ed")) or word in IRREGULAR_REPORTED):
        return False
    base = report_base(word)
    return word in _HEADLINE_VERBS or (base is not None and base not in OTHERS_WORDS_BASES)
