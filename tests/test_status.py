"""The status line: one line per stage on stderr, also when stderr is not a terminal (issue 13)."""

from __future__ import annotations

import io

import pytest

from onrecord.status import Status


@pytest.mark.parametrize("enabled, lines", [(True, 2), (False, 0)])
def test_each_stage_is_announced_once(enabled, lines):
    out = io.StringIO()  # not a terminal
    s = Status(enabled=enabled, stream=out)
    for key, text in [("archive", "opening"), ("embed", "embedding 40 passages"), ("embed", "embedding 7 passages")]:
        s(key, text)
    got = out.getvalue().splitlines()
    assert len(got) == lines
    if enabled:
        assert got[0].startswith("onrecord: [") and got[0].endswith("] opening")
        assert "40 passages" in got[1]


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
