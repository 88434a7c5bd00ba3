"""What may stand before a body's name for the body to open its sentence: nothing, "The", or one
short fronted phrase closed by a comma ("On Friday, Kestrelnet announced …", "In a run of posts,
Dovecote apologised …"). described.py's ``_org_kind_subject`` and ``company_subject`` read "the
network" / "the company" as the body opening the sentence before; they took only nothing or
"The" (the first only nothing), so "The BBC reports …. The station also reports" and "On
Wednesday, <network> announced …. “…,” the network said" were left null on random AllSides text
(issue 11, round 54, lane desc54: eval/real/audit/desc54-sample.tsv)."""

from __future__ import annotations

from ..thresholds.bodies import BODY_DESCRIPTIONS


def opening_prefix(prefix: str) -> bool:
    """``prefix`` (the sentence's text before the name) lets the name open the sentence: empty,
    "The", or one fronted phrase of at most ``BODY_DESCRIPTIONS.fronted_phrase_words`` words
    ending in a comma with no other comma ("When the results that had been promised for Monday
    still had not come in by the next afternoon," is a clause about something else)."""
    text = prefix.strip()
    if text.lower() in {"", "the"}:
        return True
    if not text.endswith(",") or "," in text[:-1]:
        return False
    return len(text.split()) <= BODY_DESCRIPTIONS.fronted_phrase_words
