"""Shouted words: a quotation in capitals is not a work's name by its title case alone.

"The crowd cheered “BRING THEM HOME!”", "he posted “NO DEAL, NO VOTE,” within minutes", "the
marchers' placards, turned from “SAVE THE PARK” into “PAVE THE PARK”": every word capitalised,
so the title-case fallback (title_rules._title_case_alone) typed them the name of a work. Words
in capitals are a sign's, a chant's or a post's wording — speech under the
sentence's verb, or a term when nobody says them (eval/real/README.md) — and a work's name is
read by its cue before the fallback (a headline after "headline", a film after "film", a bill
before "bill"). Round 47, lane titles28 (eval/real/audit/titles28-sample.tsv: 3 of the sample's
9 wrong items; fresh14's sign and fresh15's tweeted "NEVER TRUMPERS," both typed title). Not
mixed-case words ending on "!": the targeted check (titles28-corpus-check.tsv) found a
newspaper's headline ("… , Ted!") and a book's translated title among them, 3 made wrong of 7.

A fragment in capitals that no later rule credits to anyone (no reporting verb, not a whole
sentence) is the wording of a sign, a banner or a slogan, a term (``_words_in_capitals``, placed
before the one-word reading ``fragment_rules._capitalised_word``): after the fallback stepped
aside, "turning “STRONGER TOGETHER” into “STOP HER,”" would have been read as the writer's
distance, a scare quote (fresh15's gold types a button's wording a term).

``_title_case_unless_shouted`` stands in ``classify.KIND_RULES`` where the fallback stood: the
fallback steps aside for shouted words, and the later rules (a reporting verb, a whole sentence,
a fragment credited to nobody) decide. (title_rules.py is at its size limit: the guard lives here.)
"""

from __future__ import annotations

from ..lexicon.categories import POLICY_NOUNS
from .bounds import decides
from .lexicon import PROGRAMME_ROLE_NOUNS, WORK_NOUNS
from .reading import Decision, _Reading
from .speech_rules import _previous_sentence_reports
from .title_rules import _title_case_alone
from .words import _headline_context, _words

# characters stripped from the end of a quotation before its last mark is read
_TRAILING = " ,.;:\"'\u2018\u2019\u201c\u201d"


def _in_capitals(words: list[str]) -> bool:
    """Two words or more of two letters or more, and every letter of every word a capital
    ("STOP HER", not "AT&T Inc" nor one acronym)."""
    lettered = [w for w in words if sum(c.isalpha() for c in w) >= 2]
    return len(lettered) >= 2 and all(c.isupper() for w in words for c in w if c.isalpha())


def shouted(r: _Reading) -> bool:
    """The quotation is in capitals, and the word after the marks is not a work's, a policy's
    or a programme's noun ('the “SAFE STREETS” bill' names a bill)."""
    if not _in_capitals(r.words):
        return False
    nxt = r.after_words[0].lower() if r.after_words else ""
    return nxt not in WORK_NOUNS and nxt not in POLICY_NOUNS and nxt not in PROGRAMME_ROLE_NOUNS


@decides(max_words="bare_title_max_words")
def _title_case_unless_shouted(r: _Reading) -> Decision | None:
    """The title-case fallback, but not for words in capitals (a sign's, a chant's, a post's)."""
    return None if shouted(r) else _title_case_alone(r)


@decides(2, "bare_title_max_words", needs_left=True)
def _words_in_capitals(r: _Reading) -> Decision | None:
    """Two or more words in capitals inside a running sentence, credited to nobody, not a
    question or a cry: a sign's or a slogan's wording, a term. Not in a headline or a line in
    capitals ("SENATOR: MAYOR IS A ‘BAD LOSER’" quotes the senator), not opening a paragraph,
    and not when the sentence before reports (the words are then its speaker's)."""
    if r.ctx.flagged or r.ctx.in_headline or r.ctx.para_start or r.n > r.opts.bare_title_max_words:
        return None
    if not _in_capitals(r.words) or r.text.rstrip(_TRAILING)[-1:] in "?!":
        return None
    before = [w for w in _words(r.left) if w[:1].isalpha()]
    if not before or all(w.isupper() for w in before) or _headline_context(r.left, r.right):
        return None
    if _previous_sentence_reports(r) is not None:
        return None
    return "term", ["words in capitals in a sentence, credited to nobody: a sign's or a slogan's wording"]
