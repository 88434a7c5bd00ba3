"""A draft editor's note for the quotations that could not be verified.

Newspapers that print translated quotations they could not check against a recording use a
familiar form: "Editor's Note: These quotations, accurately translated, could not be verified."
The draft follows it when the article is a translation (``translated=True``), lists each
quotation with the person it is credited to, and is only a draft: an editor decides whether to
print it, fix the quotes, or both (onrecord never rewrites the article).
"""

from __future__ import annotations

from ..model import BAD_VERDICTS, CheckResult
from .summary import short, shown_speaker

# What the note lists: the quotations whose words the sources do not support. A misattributed
# quotation is left out on purpose. Its words *were* verified (someone else said them), so
# "could not be verified" would be untrue, and printing it would leave the wrong credit
# standing; its fix is the credit, which the suggested fixes give ("credit Oskar Brenholt").
# The bundled example's EXPECTED.md, its test and the printed note said different things
# about this (issue 17).
# out_of_context is listed: its words occur, but the source's sentence says the opposite
# ("We will not … close the library"), so the quotation as printed is not supported (issue 10).
# no_source: nothing by the speaker could be checked, so the words are unverified (issue 12).
UNVERIFIED = frozenset({"drift", "out_of_context", "not_found", "no_source"})
assert UNVERIFIED <= BAD_VERDICTS


def unverified(results: list[CheckResult]) -> list[tuple[str, str, str]]:
    """(quotation, credited speaker, verdict) of every speech quote whose words could not be
    verified (drift, out_of_context, not_found), in article order."""
    out: list[tuple[str, str, str]] = []
    for r in results:
        for it in r.items:
            if it.verdict is not None and it.verdict.verdict in UNVERIFIED:
                out.append((it.quote.text, shown_speaker(it), it.verdict.verdict))
    return out


def editors_note(results: list[CheckResult], translated: bool = False) -> str:
    """The draft note, or "" when the sources support the words of every checked quotation:
    the familiar sentence, then one starred line per quotation with the person it is credited
    to. Misattributed quotations are not listed (see ``UNVERIFIED``)."""
    items = unverified(results)
    if not items:
        return ""
    one = len(items) == 1
    if translated:
        head = ("Editor's Note: This quotation, accurately translated, could not be verified."
                if one else
                "Editor's Note: These quotations, accurately translated, could not be verified.")
    else:
        head = ("Editor's Note: This quotation could not be verified." if one
                else "Editor's Note: These quotations could not be verified.")
    # one line per quotation, starred as the article would star them in print
    # a comma or colon closing the quotation belonged to the article's sentence, not the words
    lines = [f"* “{short(text, 120).rstrip(',;:')}” ({who})" for text, who, _v in items]
    return "\n".join([head, *lines])
