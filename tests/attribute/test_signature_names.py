"""An embedded post's signature does not set the canonical name (issue #11, round 24, lane
forms8). "— Donald J. Trump (@realDonaldTrump) June 28, 2019" under an embedded tweet gave
the name with its middle initial to every quotation of a man the article calls "President
Donald Trump" (tuning split fresh5: eight quotations, another form than the gold's). A form
seen only in a signature yields to a full name written in the body. Cases written for this test."""

from __future__ import annotations

import pytest


CASES = [
    ("a signature's middle initial yields to the body's full name",
     "Summit\n\nPresident Harold Vance flew to the summit on Friday. \u201cThe talks went well,\u201d "
     "Vance said.\n\nWhat a day for the country! \u2014 Harold Q. Vance (@realHaroldVance) June 28, "
     "2019\n\nVance later said the summit was \u201ca great success.\u201d",
     ["Harold Vance", "Harold Vance"]),
    ("a full name written in the body with its initial is kept",
     "Summit\n\nPresident Harold Q. Vance flew to the summit on Friday. \u201cThe talks went well,\u201d "
     "Vance said.",
     ["Harold Q. Vance"]),
    # round 71, lane form80: GUIDELINES S4 and the lead's ruling R4. The writer who calls the
    # man only by his surname still names him; the signature is the site's text, not the writer's
    ("a signature's full form yields to the body's surname alone",
     "Summit\n\nPresident Vance flew to the summit on Friday. \u201cThe talks went well,\u201d "
     "Vance said.\n\nWhat a day for the country! \u2014 Harold Q. Vance (@realHaroldVance) June 28, "
     "2019\n\nMr. Vance later said the summit was \u201ca great success.\u201d",
     ["Vance", "Vance"]),
    # S5: a name written only in an embed's signature is still the speaker's name
    ("a name written only in a signature is kept",
     "Summit\n\nThe senator posted on Friday.\n\nWhat a day for the country! Thank you all! \u2014 "
     "Harold Q. Vance (@realHaroldVance) June 28, 2019\n\n\u201cIt was a great day,\u201d he wrote later.",
     ["Harold Q. Vance"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_signature_names(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
