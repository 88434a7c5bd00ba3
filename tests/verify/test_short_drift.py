"""Short quotations and drift (issue 12, verify/floor.py): a few words of a speaker's usual
vocabulary sit near some passage of any long archive of that speaker, so a quote under
``short_drift_words`` words needs ``short_drift_min_cosine`` to be drift, one under
``mid_drift_words`` needs ``mid_drift_min_cosine``, a longer one keeps ``drift_min_cosine``.
Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import decide_drift
from onrecord.verify.align import parse_quote
from onrecord.verify.drift import Window, align
from onrecord.verify.floor import drift_floor, floor_note

OPTS = VerifyOptions()


@pytest.mark.parametrize("quote, floor", [
    ("exactly what the ferry needed,", OPTS.short_drift_min_cosine),
    ("But we must mend the harbour wall,", OPTS.short_drift_min_cosine),    # 7 words
    ("We must ... mend the wall,", OPTS.short_drift_min_cosine),             # ellipsis: words only
    ("We must mend the harbour wall before the storms,", OPTS.mid_drift_min_cosine),   # 9 words
    ("We must mend the harbour wall before the winter storms arrive.", OPTS.mid_drift_min_cosine),  # 11
    ("We must mend the old harbour wall before the winter storms arrive.", OPTS.mid_drift_min_cosine),  # 12
    ("We must mend the old harbour wall before the first winter storms arrive.", OPTS.drift_min_cosine),  # 13
])
def test_drift_floor(quote, floor):
    assert drift_floor(parse_quote(quote), OPTS) == floor


def test_the_floor_falls_as_the_quote_grows():
    assert OPTS.short_drift_min_cosine > OPTS.mid_drift_min_cosine > OPTS.drift_min_cosine
    assert OPTS.mid_drift_words > OPTS.short_drift_words > OPTS.short_quote_words - 1


def test_floor_note_names_the_raised_floor_only():
    assert floor_note(parse_quote("We must mend the harbour wall before the storms,"), OPTS) == \
        f" (a quote of 9 words needs {OPTS.mid_drift_min_cosine:.2f})"
    assert floor_note(parse_quote("We must mend the old harbour wall before the first of the winter "
                                  "storms arrive."), OPTS) == ""


SPEECH = """Title: Quay works
Speaker: Orla Brennick
Date: 2024-05-02

There is a great deal of repair work ahead of us on the quay this winter. The ferry runs as usual.
"""


SOURCES = {"quay.txt": SPEECH}  # the module's archive (conftest.py)


def _judge(archive, quote: str, cosine: float):
    """The window rules on the speech's first sentence, its similarity to the quote set to
    ``cosine`` (no model call: the floor is what is under test)."""
    doc = archive.doc(archive.doc_ids()[0])
    start = doc.text.index("There is")
    end = doc.text.index("winter.") + len("winter.")
    w = Window(doc, 0, 0, start, end, "Orla Brennick", cosine, cosine)
    pq = parse_quote(quote)
    claim = Claim("c1", quote, "Orla Brennick")
    return decide_drift.judge_window(claim, pq, archive, OPTS, [], ([w], w, align(pq.words, w, OPTS.max_splice_gap)), None)


LOOSE = (OPTS.drift_min_cosine + OPTS.mid_drift_min_cosine) / 2  # above the plain floor, below the middle one


def test_a_loose_echo_of_a_stock_phrase_is_not_drift(archive):
    # 10 words: close enough for a long quote, not for a phrase of the speaker's stock vocabulary
    v = _judge(archive, "We've got a lot of important work to do here,", LOOSE)
    assert (v.verdict, v.stage) == ("not_found", "short_quote")
    assert f"a quote of 10 words needs {OPTS.mid_drift_min_cosine:.2f}" in v.explanation
    assert v.nearest is not None and v.evidence is None


def test_a_close_paraphrase_of_the_same_length_is_drift(archive):
    v = _judge(archive, "We've got a lot of important work to do here,", OPTS.mid_drift_min_cosine)
    assert (v.verdict, v.stage) == ("drift", "semantic")


def test_a_long_quote_keeps_the_plain_floor(archive):
    v = _judge(archive, "We've got a lot of important repair work to do on the quay before the winter,", LOOSE)
    assert (v.verdict, v.stage) == ("drift", "semantic")
