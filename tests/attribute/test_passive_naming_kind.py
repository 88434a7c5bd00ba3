"""A short quotation a naming verb names with nobody naming it ("Another method is called a
“…”", "Why is it called a “…”?", "a surge dubbed the “…”") is a term, or a scare quote for a
one-word evaluation, not speech with no speaker (round 83, lane kind100: on draw N seven such
quotations stayed speech because the extraction read "called a" as a reporting verb or gave a
participle after a dash to a named namer). A named namer's words stay speech. Articles
written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Harbour town\n\nMayor Lena Ostrova said on Monday the pier would reopen. \u201cWe will "
         "open it in May,\u201d Ostrova said.\n\n")

RETYPED = [
    ("a passive 'is called a' with no agent",
     _OPEN + "Councils can also shut polling places. Another method is called a \u201cvoter "
     "sweep\u201d and removes names from the rolls.", "voter sweep", "term"),
    ("an impersonal 'why is it called a'",
     _OPEN + "The harbour board appointed an inspector. Why is it called a \u201cspecial "
     "inspector\u201d? The board has not said.", "special inspector", "term"),
    ("a noun its participle names after a dash",
     _OPEN + "Training moved to the old barracks at Port Hale \u2014 dubbed \u201cHome of the "
     "Fleet\u201d \u2014 last spring.", "Home of the Fleet", "term"),
    ("a noun its participle names after a verb's object",
     _OPEN + "Strong fish sales fueled a sharp price surge dubbed the \u201cpier bump.\u201d",
     "pier bump", "term"),
]


@pytest.mark.parametrize("case,article,words,kind", RETYPED, ids=[c[0] for c in RETYPED])
def test_passive_naming_retyped(case, article, words, kind, quote_of):
    q = quote_of(article, words, case)
    assert (q.kind, q.speaker) == (kind, None)


KEPT = [
    ("a named namer's label",
     _OPEN + "Ostrova called it a \u201cfloating disgrace\u201d on Tuesday.", "floating disgrace"),
    ("a passive with its agent named",
     _OPEN + "The plan was called a \u201cfloating disgrace\u201d by Ostrova on Tuesday.",
     "floating disgrace"),
    ("a participle's agent after the marks",
     _OPEN + "In a session dubbed \u201cthe longest ever\u201d by the Harbour Gazette's Tom Hale, "
     "the council passed nine bills.", "the longest ever"),
    ("an active namer with an object before the marks",
     _OPEN + "In a statement, the dockers' union called the board's decision an effort to "
     "\u201csilence\u201d its members.", "silence"),
    # round 83, lane kind102: a described namer in an object relative is one unnamed speaker (D3)
    ("a described namer after 'what'",
     _OPEN + "The board fired what one source called \u201cmiddle level clerks\u201d last week.",
     "middle level clerks"),
]


@pytest.mark.parametrize("case,article,words", KEPT, ids=[c[0] for c in KEPT])
def test_named_namer_stays_speech(case, article, words, quote_of):
    q = quote_of(article, words, case)
    assert q.kind == "speech"
