"""A fragment that an owned "use of the word" names is the owner's speech
(attribute/owned_fragment.py, issue 11, round 41, lane echo24). The extraction reads it as an
expression named as one ("Vale's use of the word “…”"); the verb above the noun belongs to
someone else ("Asked about …, Brandt said"). An owned claim's clause is not read here (dropped
in round 41: a never-read split's kind floor); since round 72 (lane frag82, on the re-read gold)
attribute/fragment_kind.py reads it through owners.claim_clause_owner
(tests/attribute/test_claim_clause_fragment.py). Our own words."""

from __future__ import annotations

import pytest


_HEAD = ("Harbour plan divides council\n\nThe council voted on Monday to expand the harbour. "
         "Councillor Maria Delgado opposed it.\n\n")
_TAIL = "\n\n\u201cWe will build it properly,\u201d Mayor Tom Brandt said."


OWNED = [
    ("an owned 'use of the word', another person's verb above it",
     "Mayor Tom Brandt rejected Councillor Maria Delgado's use of the word \u201creckless\u201d on Tuesday.",
     "reckless", "Maria Delgado"),
    ("an owned 'use … of the words', under 'Asked about …, X said'",
     "Asked about Maria Delgado's use last week of the words \u201cfishing village\u201d to describe the "
     "town, Brandt said he would not answer.",
     "fishing village", "Maria Delgado"),
]


@pytest.mark.parametrize("body,words,speaker", [c[1:] for c in OWNED], ids=[c[0] for c in OWNED])
def test_owned_words_are_the_owners_speech(body, words, speaker, quote_of):
    q = quote_of(_HEAD + body + _TAIL, words)
    assert (q.kind, q.speaker) == ("speech", speaker), (q.kind, q.kind_evidence, q.attribution_evidence)


NOT_OWNED = [
    ("a use of the word with no owner",
     "The use of the word \u201creckless\u201d in council papers has grown since 2010.",
     "reckless", "term"),
    ("a use of the word owned by a group",
     "Critics' use of the term \u201charbour grab\u201d annoys the mayor's staff.",
     "harbour grab", "term"),
]


@pytest.mark.parametrize("body,words,kind", [c[1:] for c in NOT_OWNED], ids=[c[0] for c in NOT_OWNED])
def test_unowned_words_keep_their_kind(body, words, kind, quote_of):
    q = quote_of(_HEAD + body + _TAIL, words)
    assert (q.kind, q.speaker) == (kind, None), (q.kind, q.kind_evidence, q.attribution_evidence)


def test_a_pronoun_owner_gives_speech_with_no_name(quote_of):
    # "his" may be the councillor's or the mayor's: the resolver would take the subject's
    q = quote_of(_HEAD + "Tom Brandt praised Maria Delgado's speech, saying his use of the word "
                 "\u201cpatience\u201d was well chosen." + _TAIL, "patience")
    assert (q.kind, q.speaker) == ("speech", None), (q.kind, q.kind_evidence, q.attribution_evidence)


def test_a_phrase_noun_the_parse_hangs_under_the_words(quote_of):
    q = quote_of(_HEAD + "Delgado's use of the phrase \u201charbour grab\u201d at the meeting was not new." + _TAIL,
                 "harbour grab")
    assert (q.kind, q.speaker) == ("speech", "Maria Delgado"), (q.kind, q.kind_evidence, q.attribution_evidence)
