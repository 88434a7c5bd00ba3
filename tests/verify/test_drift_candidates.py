"""The drift stage's candidate sentences (issue 13): only the claimed speaker's sentences (or
sentences naming no speaker) are embedded, and at most ``drift_sentences`` of them, the ones
sharing most content words with the quote. A real quotation by someone the archive holds
nothing by embedded ~66 other speakers' sentences before. Cases written for this test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from onrecord.model import Claim
from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import verify_claim
from onrecord.verify.align import parse_quote
from onrecord.verify.drift import centre_sentences

ELLISON = """Title: Harbour speech
Speaker: Mara Ellison
Date: 2024-03-02

The harbour wall must be mended before the winter storms. Our fishing families depend on the harbour.
The ferry to the islands will run twice a day. Nurses will be recruited for the island clinic.
"""

ASHBY = """Title: Budget reply
Speaker: Corwin Ashby
Date: 2024-03-05

The harbour wall is a waste of money in winter. Fishing families deserve lower taxes instead.
The ferry should be sold to a private company.
"""

OPTS = VerifyOptions()
QUOTE = "We have to repair the harbour wall before winter storms hit the fishing families."


SOURCES = {"ellison.txt": ELLISON, "ashby.txt": ASHBY}  # the module's archive (conftest.py)


def _speakers(meta):
    return {doc.sentences[s].speaker for doc, s in meta}


@pytest.mark.parametrize("speaker, expected", [
    ("Mara Ellison", {"Mara Ellison"}),
    ("Corwin Ashby", {"Corwin Ashby"}),
    (None, {"Mara Ellison", "Corwin Ashby"}),
    ("Tamsin Wexley", set()),  # nobody the archive holds: nothing to embed
])
def test_centres_are_the_claimed_speakers(archive, speaker, expected):
    meta = centre_sentences(parse_quote(QUOTE).words, archive, OPTS, speaker=speaker)
    assert _speakers(meta) == expected


def test_lexical_cut_keeps_the_sentences_sharing_most_words(archive):
    words = parse_quote(QUOTE).words
    every = centre_sentences(words, archive, OPTS, speaker="Mara Ellison")
    two = centre_sentences(words, archive, replace(OPTS, drift_sentences=2), speaker="Mara Ellison")
    assert len(every) > 2 and len(two) == 2
    texts = [doc.text[doc.sentences[s].start : doc.sentences[s].end] for doc, s in two]
    assert any("harbour wall must be mended" in t for t in texts)
    assert any("fishing families depend" in t for t in texts)
    assert [m for m in every if m in two] == two  # the BM25 order is kept


def test_no_other_speakers_sentence_is_embedded(archive):
    before = archive.encoder.encoded
    v = verify_claim(Claim("w", QUOTE, "Tamsin Wexley"), archive)
    assert v.verdict == "no_source"
    assert archive.encoder.encoded == before  # no candidate sentence: not even the quote


def test_a_paraphrase_is_still_drift(archive):
    v = verify_claim(Claim("e", "The harbour wall has to be repaired before the storms of winter.", "Mara Ellison"), archive)
    assert v.verdict == "drift"
    assert "Ellison" in (v.evidence.source_speaker or "")
