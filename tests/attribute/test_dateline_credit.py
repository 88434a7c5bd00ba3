"""A dash after a quotation that opens a date or a venue ("— 14 May, Dayton, Ohio", "— radio
interview, October", "— Monday on a morning show") credits no one: a fact-check's record of
when and where the words were said. The last capitalised word of such a line was taken as the
speaker (a state, a month, a weekday); a "NAME:" label opening the line keeps the words."""

from __future__ import annotations

import pytest

FACT_CHECK = (
    "Here is how the governor's claims hold up.\n\n"
    "Jobs\n\n"
    "“We added more factory jobs than any state in the region.” – 14 May, Dayton, Ohio\n\n"
    "The figures say otherwise: the region gained more.\n\n"
    "MARLOWE: “Our schools are the best funded in the nation.” — radio interview, October.\n\n"
    "THE FACTS: They rank in the middle.\n\n"
    "MARLOWE: “Crime has fallen every single year.” — Monday on a morning show.\n\n"
    "THE FACTS: It rose twice.\n"
)

CASES = [
    # (label, words, speakers that are wrong)
    ("a day and a place", "We added more factory jobs than any state in the region.", {"Ohio", "Dayton", "May"}),
    ("a venue and a month", "Our schools are the best funded in the nation.", {"October"}),
    ("a weekday", "Crime has fallen every single year.", {"Monday"}),
]


@pytest.mark.parametrize("words,wrong", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_dateline_after_the_words_names_nobody(speech_of, words, wrong):
    q = next(q for q in speech_of(FACT_CHECK) if q.text.strip() == words)
    assert q.speaker not in wrong, (q.speaker, q.attribution_evidence)


@pytest.mark.parametrize("credit,speaker", [
    ("— Mr. Halvorsen", "Halvorsen"),
    ("— Dana Whitlow, policy director", "Dana Whitlow"),
    ("— Sen. Ruth Okafor", "Ruth Okafor"),
])
def test_a_name_after_the_dash_still_credits(speech_of, credit, speaker):
    text = f"Taxes\n\n“The budget is balanced for the first time in a decade.” {credit}\n\nThat is not so.\n"
    q = next(q for q in speech_of(text) if q.text.startswith("The budget"))
    assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.attribution_evidence)
