"""Round 33 (lane echo14): verbs of judging that the lexicon did not know ("ripped", "berated",
"commended", "chastised", "assailed", "excoriated", "disparaged", "pilloried", …). A named subject who rips a
rival for a "…" something, or commends a colleague for a "…" one, is quoted: without the verb the
fragment was a scare quote credited to nobody (docs/attribution-errors.md, round 33 lane
echo14). Each case is a snippet written for this test; a generic group or a passive with no
named agent keeps the scare quote."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind, expected speaker)
CASES = [
    ("ripped … for",
     "Zoning\n\nMayor Petra Lind ripped the developers for their \u201creckless\u201d plans on Monday.",
     "reckless", "speech", "Petra Lind"),
    ("rips in a headline line",
     "Zoning row\n\nLind rips \u2018reckless\u2019 developers\n\nMayor Petra Lind spoke to reporters on Monday.",
     "reckless", "speech", "Petra Lind"),
    ("berated … for",
     "Schools\n\nGovernor Omar Vasquez berated the board for its \u201clazy\u201d budget work.",
     "lazy", "speech", "Omar Vasquez"),
    ("commended … for",
     "Floods\n\nChief Hana Mori commended the crews for their \u201ctireless\u201d efforts overnight.",
     "tireless", "speech", "Hana Mori"),
    ("chastised … for",
     "Courts\n\nSenator Ruth Abel chastised the panel for its \u201ccowardly\u201d decision.",
     "cowardly", "speech", "Ruth Abel"),
    ("excoriated … as",
     "Budget\n\nRep. Carl Dunn excoriated the bill as a \u201cgiveaway\u201d to insurers.",
     "giveaway", "speech", "Carl Dunn"),
    ("disparaged",
     "Ports\n\nMinister Aldo Fenn disparaged the harbour board\u2019s \u201cfantasy\u201d figures.",
     "fantasy", "speech", "Aldo Fenn"),
    ("pilloried … as",
     "Farms\n\nSenator Mia Hart pilloried the minister as a \u201cpart-timer\u201d in her speech.",
     "part-timer", "speech", "Mia Hart"),
    ("belittled … as",
     "Rail\n\nCouncillor Jon Pike belittled the tram plan as a \u201cvanity\u201d scheme.",
     "vanity", "speech", "Jon Pike"),
    # near misses: a generic group's charge and a passive with no named agent stay scare quotes
    ("a generic group rips",
     "Zoning\n\nCritics ripped the developers for their \u201creckless\u201d plans on Monday.",
     "reckless", "scare", None),
    ("ripped off is tearing, not judging",
     "Stickers\n\nSome voters ripped off the \u201cSmith\u201d half of their bumper stickers.",
     "Smith", "term", None),
    ("passive with no agent",
     "Health\n\nThe bill was assailed as a \u201ctakeover\u201d of clinics.",
     "takeover", "scare", None),
]


@pytest.mark.parametrize("case,article,fragment,kind,speaker", CASES, ids=[c[0] for c in CASES])
def test_judging_verb_credits_its_subject(case, article, fragment, kind, speaker, quote_of):
    q = quote_of(article, fragment, case)
    assert (q.kind, q.speaker) == (kind, speaker)
