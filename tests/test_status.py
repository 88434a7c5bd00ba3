"""The sentence model announces when it works, for the status line (onrecord.progress)."""

from __future__ import annotations

import io

import pytest



def test_the_encoder_says_when_texts_go_to_the_model(monkeypatch):
    import numpy as np

    from onrecord.archive import encoder

    class Model:  # the bundled MiniLM's interface, without loading it
        def encode(self, texts, batch):
            return np.ones((len(texts), encoder.model_dim()), np.float32)

    monkeypatch.setattr(encoder, "load_model", lambda backend, threads=0: (backend, Model()))
    seen = []
    enc = encoder.Encoder(None, on_status=lambda key, text: seen.append((key, text)))
    enc.vectors(["a", "b"])
    enc.vectors(["a", "b"])  # from memory: no model call, nothing to announce
    assert [k for k, _ in seen] == ["embed"] and "embedding 2 passages" in seen[0][1]


def test_small_embedding_calls_after_the_first_are_not_announced(monkeypatch):
    """A 300-quotation check embedded a few passages per quotation and wrote 300 lines of
    "embedding 1 passages ..." to a log, and the last one became the prefix of the verify count
    ("embedding 1 passages ...: 300/300 quotations verified"). The first call (the model may load
    then) and calls large enough to take a second are announced; the rest are not."""
    import numpy as np

    from onrecord.archive import encoder
    from onrecord.thresholds.archive import ArchiveOptions

    class Model:
        def encode(self, texts, batch):
            return np.ones((len(texts), encoder.model_dim()), np.float32)

    monkeypatch.setattr(encoder, "load_model", lambda backend, threads=0: (backend, Model()))
    seen = []
    enc = encoder.Encoder(None, on_status=lambda key, text: seen.append(text))
    enc.vectors(["one passage"])
    for i in range(20):
        enc.vectors([f"small call {i}", f"second {i}"])
    big = ArchiveOptions().announce_passages
    enc.vectors([f"bulk {i}" for i in range(big)])
    assert len(seen) == 2
    assert seen[0].startswith("embedding 1 passage ") and f"embedding {big:,} passages" in seen[1]


def test_an_encoder_note_keeps_the_verify_count_prefix():
    """The encoder's announcement is a note, not a stage: the count that follows still names
    the stage it counts."""
    from onrecord.progress import Status

    out = io.StringIO()
    with Status(out, live=False) as status:
        status._speaking = True  # past the quiet start, as a long command is
        status.stage("verifying 3 quotations: a.txt")
        status.note("embedding 4 passages not yet in the archive's vector cache")
        status.count(3, 3, "quotations verified")
    lines = out.getvalue().splitlines()
    assert "onrecord: embedding 4 passages not yet in the archive's vector cache" in lines
    assert "onrecord: verifying 3 quotations: a.txt: 3/3 quotations verified" in lines


def test_a_note_in_the_quiet_start_leaves_the_stage_line_in_the_log():
    """review36: a note made while the quiet start holds lines back (the encoder's first call
    comes well inside the first second of a check) replaced the pending stage line, so a log's
    first line was "embedding 8 passages …" and the stage it belongs to ("verifying 300
    quotations: …") showed only in the heartbeat. The watcher prints the stage, then the note."""
    import time

    from onrecord.progress import Status
    from onrecord.thresholds.progress import ProgressOptions

    out = io.StringIO()
    with Status(out, live=False, options=ProgressOptions(quiet_start_s=0.05, heartbeat_s=60.0)) as status:
        status.stage("verifying 3 quotations: a.txt")
        status.note("embedding 4 passages not yet in the archive's vector cache")
        time.sleep(0.5)
    assert out.getvalue().splitlines() == [
        "onrecord: verifying 3 quotations: a.txt",
        "onrecord: embedding 4 passages not yet in the archive's vector cache"]
