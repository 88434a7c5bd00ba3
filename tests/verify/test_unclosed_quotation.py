"""A quotation whose closing mark is missing (issue 10): extraction recovers it to the end of
its paragraph, so its text can run on into the reporter's narration. It must never pass on the
words after the point where the source stops matching: the longest prefix the source supports
is shown and the verdict is not_found, stage unclosed_quotation, saying where the words stop
being the source's. A recovered quotation that is the source's words to its last word keeps
its verdict. The articles and the speech are invented."""

from __future__ import annotations

import pytest

from onrecord import pipeline
from onrecord.model import Claim
from onrecord.read import read_text
from onrecord.verify.cascade import verify_claims

SPEECH = """Title: Orchard cooperative meeting
Speaker: Runa Feld
Date: 2025-08-04

The cooperative pressed eleven tonnes of apples this autumn. We will open a second cider barn next year. I thank every picker who came out in the rain.
"""


SOURCES = {"2025-08-04_feld_orchard.txt": SPEECH}  # the module's archive (conftest.py)


@pytest.mark.parametrize(
    "quote, verdict, prefix_end",
    [
        # a real sentence, then the reporter's narration
        ("The cooperative pressed eleven tonnes of apples this autumn. She then left the hall without taking questions.",
         "not_found", "this autumn"),
        # a run-on "she said" made the whole drift
        ("The cooperative pressed eleven tonnes of apples this autumn, she said.", "not_found", "this autumn"),
        # two real sentences, then narration
        ("We will open a second cider barn next year. I thank every picker who came out in the rain. The barn has no planning permission yet.",
         "not_found", "in the rain"),
        # every word the source's: the verdict stands
        ("We will open a second cider barn next year. I thank every picker who came out in the rain.", "verbatim", None),
    ],
)
def test_open_ended_quote_passes_on_no_word_after_the_source(archive, quote, verdict, prefix_end):
    v = verify_claims([Claim("q1", quote, "Runa Feld", date_hint="2025-08", open_end=True)], archive)[0]
    assert v.verdict == verdict, v.explanation
    assert "unclosed_quotation" in v.warnings
    if prefix_end:
        assert v.stage == "unclosed_quotation" and "closing mark is missing" in v.explanation
        assert v.nearest is not None and v.nearest.text.rstrip(".").endswith(prefix_end)


def test_check_an_article_with_an_unclosed_mark(archive):
    article = ("Valley Post, 2025-08-05\n\nRuna Feld told members: \u201cThe cooperative pressed eleven tonnes of apples "
               "this autumn. The figure is disputed by the packers, who counted nine.\n\nThe meeting closed at ten.\n")
    results = list(pipeline.check([read_text(article, "a.txt")], archive=archive, published="2025-08-05"))
    speech = [it for it in results[0].items if it.quote.kind == "speech"]
    assert len(speech) == 1 and speech[0].quote.recovered
    v = speech[0].verdict
    assert v.verdict == "not_found" and v.stage == "unclosed_quotation", v.explanation
