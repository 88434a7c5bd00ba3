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
