"""Invented articles for the tests of work shared between forked processes
(tests/attribute/test_workers.py, tests/test_rounds.py): four speakers in turn, a speech
quotation credited before the words, one credited in a relative clause with a place, an outlet
and a date to resolve, and a pronoun after filler sentences of varying length, so the shares
differ in size."""

from __future__ import annotations

SPEAKERS = ["Mara Ellison", "Tomas Brandt", "Ines Okafor", "Lena Vasquez"]


def ferry_text(i: int) -> str:
    """Article ``i``: its speakers are SPEAKERS[i % 4] and SPEAKERS[(i + 1) % 4]."""
    a, b = SPEAKERS[i % 4], SPEAKERS[(i + 1) % 4]
    return (f"Ferry plan number {i}\n\n“We will run the ferry every hour,” {a} said on Monday. "
            f"{b}, who chairs the harbour board in Leeds, told the BBC last week that the plan was "
            "“far too costly”. " + "The council met again. " * (i % 5) + "“Nobody asked us,” she added.")
