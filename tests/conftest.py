"""Test-wide guards: ONRECORD_HOME points at a tmp_path (never the real home) and the network
is blocked (any non-loopback connect raises), so no test can fetch a URL by accident.

``fake_stages`` stands in for the extract/attribute/context/archive/verify stages with tiny,
obviously-simple implementations, so the pipeline and CLI plumbing (batches, errors, exit
codes, the contract's fields) are tested on their own; each stage has its own test file."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from onrecord.model import Evidence, ExtractResult, Quote, Verdict


def pytest_configure(config):
    # `pytest -m "not gate"` skips the dev-set accuracy gate (minutes on 2 cores) while iterating.
    config.addinivalue_line("markers", "gate: the accuracy gate on the dev set (slow; `-m 'not gate'` skips it)")


@pytest.fixture(autouse=True)
def _isolate(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_HOME", str(tmp_path / "onrecord-home"))
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host in ("localhost", "::1") or host.startswith("127.") or host.startswith("/")):
            return real_connect(self, address)
        raise OSError(f"network access blocked in tests (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    # Plain status lines start after a command has run a second; on a loaded CI machine a quick
    # command can take that long, so tests that read stderr line by line would see them now and
    # then. Tests of the status lines (tests/test_progress.py) set their own thresholds.
    import onrecord.thresholds.progress as progress_thresholds

    monkeypatch.setattr(progress_thresholds, "PROGRESS", progress_thresholds.ProgressOptions(quiet_start_s=3600.0))
    import onrecord.read.url as url

    monkeypatch.setattr(url, "TRANSPORT", None)
    yield


@pytest.fixture
def sources_dir(tmp_path, monkeypatch):
    """An empty sources folder in a working folder of its own, embeddings off: the start of
    every command-level case that writes its own article and sources (three test modules
    spelled it out before)."""
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "sources"
    src.mkdir()
    return src


# ---------------------------------------------------------------------------- fake stages

_PAIR = re.compile(r"[“\"]([^”\"]+)[”\"]")


def fake_extract_document(doc, options=None):
    quotes = [Quote(text=m.group(1), start=m.start(1), end=m.end(1)) for m in _PAIR.finditer(doc.text)]
    for q in quotes:
        if q.text.istitle() and len(q.text.split()) <= 4:
            q.kind = "title"
    return ExtractResult(document=doc, quotes=quotes, stats={"recovered_marks": 0})


def fake_attribute_results(results, options=None, *, workers=1):
    for r in results:
        for q in r.quotes:
            if q.kind == "speech":
                q.speaker, q.speakers, q.cue, q.confidence = "Mara Ellison", ["Mara Ellison"], "said", 0.9


def fake_resolve_context(result, published, options=None):
    for q in result.quotes:
        q.date_hint = published[:7] if published else None


class FakeArchive:
    def __init__(self, folder):
        self.docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))}

    @classmethod
    def for_folder(cls, folder, embed=None):
        return cls(folder)

    @classmethod
    def open(cls, path, embed=None):
        Path(path).mkdir(parents=True, exist_ok=True)
        return cls(path)


def fake_verify_claims(claims, archive, options=None):
    out = []
    for c in claims:
        for name, text in archive.docs.items():
            i = text.find(c.quote)
            if i >= 0:
                ev = Evidence(source=name, title=None, start=i, end=i + len(c.quote), text=c.quote, source_speaker="Mara Ellison")
                out.append(Verdict(id=c.id, verdict="verbatim", stage="verbatim", score=1.0, explanation="exact", evidence=ev, claim=c))
                break
        else:
            out.append(Verdict(id=c.id, verdict="not_found", stage="none", score=0.0, explanation="no match", claim=c))
    return out


FAKES = {
    ("extract", "extract_document"): fake_extract_document,
    ("attribute", "attribute_results"): fake_attribute_results,
    ("context", "resolve_context"): fake_resolve_context,
    ("archive", "Archive"): FakeArchive,
    ("verify", "verify_claims"): fake_verify_claims,
}


@pytest.fixture
def fake_stages(monkeypatch):
    import onrecord.pipeline as pipeline

    def stage(module, name, what):
        return FAKES[(module, name)] if (module, name) in FAKES else real(module, name, what)

    real = pipeline._stage
    monkeypatch.setattr(pipeline, "_stage", stage)
    return FAKES
