"""A splice across speakers is never a passing verdict (issue 10, F1 of the probe): the end of
one panellist's turn joined to the next panellist's reply, credited to the first, was a
variation (exit 0). Joined by a full stop (reversal.splice) or by an ellipsis (the variation
stage), it is not_found with each piece and its speaker shown; two sentences of one speaker's
turn joined without an ellipsis stay a variation showing both. Every line is invented."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import verify_claim

PANEL = """Title: Evening panel on the tram depot
Speakers: Ines Varga; Tomas Reid; Hanna Kell
Date: 2025-05-04
Outlet: Marlow Radio

HANNA KELL: Councillor Varga, what will the depot cost?
INES VARGA: The tram depot will need eighteen months of work, and the region has promised half of the money. Nobody in my party wants a delay, whatever the papers say.
TOMAS REID: I doubt the region will hand over a single coin.
INES VARGA: The contract goes out to tender in April.
"""


SOURCES = {"2025-05-04_panel.txt": PANEL}  # the module's archive (conftest.py)


@pytest.mark.parametrize(
    "quote, speaker, verdict, shown",
    [
        # the end of Varga's turn, then Reid's reply: a full stop joins them
        ("Nobody in my party wants a delay. I doubt the region will hand over a single coin.",
         "Ines Varga", "not_found", ["(Ines Varga)", "(Tomas Reid)"]),
        # the same two turns joined by an ellipsis
        ("Nobody in my party wants a delay, whatever the papers say. ... I doubt the region will hand over a single coin.",
         "Ines Varga", "not_found", ["(Ines Varga)", "(Tomas Reid)"]),
        # two sentences of Varga's one turn, joined without an ellipsis: a variation showing both
        ("The tram depot will need eighteen months of work. Nobody in my party wants a delay, whatever the papers say.",
         "Ines Varga", "variation", ["eighteen months", "whatever the papers say"]),
    ],
)
def test_splices_across_speakers_never_pass(archive, quote, speaker, verdict, shown):
    r = verify_claim(Claim("c", quote, speaker, date_hint="2025-05"), archive)
    assert r.verdict == verdict, r.explanation
    ev = r.evidence if verdict == "variation" else r.nearest
    assert ev is not None
    text = r.explanation + " " + ev.text
    for piece in shown:
        assert piece in text, text
