"""Title case right after a word for a phrase, a slogan or an assumed name ("the phrase", "slogans
like", "the pseudonym", "aka") is that label, a term: the title rules read it as a title because
no reporting verb stood in the sentence (corpus audit, lane titles13). Each snippet was written for
this test, beside the near misses: a named person's own phrase stays speech, a work after "like"
stays a title. A quoted list after the cue shares its kind (round 34)."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("the phrase", "Rally\n\nI wince every time I hear the phrase \u2018Harbour First.\u2019 It was a cry of "
     "the old guard.", "Harbour First.", "term"),
    ("slogans like", "Rally\n\nAs fans wore shirts with slogans like \u201cEat Fish, Be Happy,\u201d the mayor "
     "spoke.", "Eat Fish, Be Happy,", "term"),
    ("the pseudonym", "Web\n\nThe teacher who hides behind the pseudonym \u201cJohn Harbour\u201d has never "
     "been fired.", "John Harbour", "term"),
    ("aka", "Crime\n\nHis father, Juan (aka \u201cEl Lobo\u201d), once ran the gang.", "El Lobo", "term"),
    # a list after such a cue: the later items share the first's kind even when the first runs
    # to four words (round 34, lane terms15: they fell to the title and scare fallbacks)
    ("a slogan listed after a four-word slogan", "Rally\n\nAs fans wore shirts with slogans like \u201cEat "
     "Fish, Be Happy,\u201d and \u201cVote Harbour First,\u201d the mayor spoke.", "Vote Harbour First,", "term"),
    ("a word listed after a four-word phrase", "Yoga\n\nThe teachers avoid phrases like \u201cpower of the "
     "tide\u201d or \u201cflow\u201d in class.", "flow", "term"),
    ("a named person's own phrase stays speech", "Rally\n\nMayor Ada Vale used the phrase \u201cHarbour "
     "First\u201d in her speech.", "Harbour First", "speech"),
    ("a work after like stays a title", "Film\n\nHe loved films like \u201cLong Road Home\u201d as a boy.",
     "Long Road Home", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_after_a_label_noun(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
