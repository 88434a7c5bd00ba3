"""A speech quotation that is exactly an established name of a thing (a deadline's nickname, a
procedural manoeuvre, a group known by that word, a policy's common name) is a term or a title,
not the words of the speaker whose sentence holds it: guideline K3, K17, K20, K25 (round 82,
lane kind95). A naming verb before the marks credits the name to its subject (K4), and an
evaluation ("witch hunt") is no name of a thing: both stay speech. Articles written for this
test."""

from __future__ import annotations

import pytest

from onrecord.attribute.established_kind import established_kind
from onrecord.model import Quote

_OPEN = ("Harbour town\n\nSenator Lena Ostrova spoke on Monday about the budget. \u201cWe will "
         "get it done,\u201d Ostrova said.\n\n")

NAMES = [
    ("a deadline's nickname in a named speaker's sentence",
     _OPEN + "Ostrova said the looming \u201cfiscal cliff\u201d would need a deal by Friday.",
     "fiscal cliff", "term"),
    ("a manoeuvre's name after a verb of telling",
     _OPEN + "Ostrova told her colleagues to use the \u201cnuclear option\u201d on the nominee.",
     "nuclear option", "term"),
    ("a group known by the word, glossed after it",
     _OPEN + "Ostrova said she wanted to protect \u201cDreamers,\u201d people brought to the "
     "country as children.", "Dreamers", "term"),
    ("a policy's common name",
     _OPEN + "She said the repeal of \u201cdon't ask, don't tell\u201d was her proudest vote.",
     "don't ask, don't tell", "title"),
]


@pytest.mark.parametrize("case,article,words,kind", NAMES, ids=[c[0] for c in NAMES])
def test_established_name_is_not_speech(case, article, words, kind, quote_of):
    q = quote_of(article, words, case)
    assert q.kind == kind and q.speaker is None


SPEECH = [
    ("an evaluation, not a name of a thing",
     _OPEN + "Ostrova said the inquiry was a \u201cwitch hunt\u201d from the start.", "witch hunt"),
    ("a naming verb crediting the name to its subject",
     _OPEN + "Ostrova, who first dubbed it the \u201cfiscal cliff\u201d, said a deal was near.",
     "fiscal cliff"),
    ("a name turned into a metaphor after 'was a'",
     _OPEN + "Fines were a \u201cnuclear option\u201d that was rarely used, a spokesman said.",
     "nuclear option"),
]


@pytest.mark.parametrize("case,article,words", SPEECH, ids=[c[0] for c in SPEECH])
def test_credited_or_evaluative_stays_speech(case, article, words, quote_of):
    q = quote_of(article, words, case)
    assert q.kind == "speech"


UNIT = [
    ("the exact name, closing comma cut", "plans to help \u201c", "Dreamers,", "speech", False, "term"),
    ("a longer quotation holding the name", "said \u201c", "the fiscal cliff is near", "speech", False, None),
    ("a nested quotation: the outer speaker's", "said \u2018", "deep state", "speech", True, None),
    ("already a term", "the \u201c", "deep state", "term", False, None),
    ("a naming verb three words back", "critics branded the plan \u201c", "Obamacare", "speech", False, None),
    ("a predicate after 'is a'", "the ban is a \u201c", "nuclear option", "speech", False, None),
]


@pytest.mark.parametrize("case,before,words,kind,nested,want", UNIT, ids=[c[0] for c in UNIT])
def test_established_kind_unit(case, before, words, kind, nested, want):
    text = before + words + "\u201d and more."
    q = Quote(text=words, start=len(before), end=len(before) + len(words), kind=kind, nested=nested)
    got = established_kind(text, q)
    assert (got[0] if got else None) == want
