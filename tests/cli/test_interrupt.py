"""Ctrl-C (SIGINT) during a long ``check`` exits 130, the shell's code for "interrupted", with
one line, and leaves the previous ``-o`` report intact (issue 10, F4: it printed click's
"Aborted!" and exited 1, which means "a quotation needs attention"). A real process: only a
real signal shows what the user sees."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time


def test_sigint_during_check_exits_130_and_keeps_the_previous_report(tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    # enough invented sentences that opening the sources and checking take several seconds
    body = " ".join(f"The lock keeper opened gate {i} at dawn and closed it at dusk." for i in range(4000))
    (src / "log.txt").write_text(f"Title: Log\nSpeaker: Ilse Varga\nDate: 2024-01-02\n\n{body}\n", encoding="utf-8")
    art = tmp_path / "article.txt"
    art.write_text("Title: Gates\nDate: 2024-01-05\n\n"
                   + " ".join(f"Ilse Varga said \u201cgate {i} stays shut all week\u201d." for i in range(300)) + "\n",
                   encoding="utf-8")
    report = tmp_path / "report.md"
    report.write_text("the previous report\n", encoding="utf-8")
    env = {**os.environ, "ONRECORD_HOME": str(tmp_path / "home"), "ONRECORD_EMBED": "0"}
    p = subprocess.Popen([sys.executable, "-m", "onrecord", "check", str(art), "--sources", str(src),
                          "--format", "md", "-o", str(report)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = _interrupt_when_running(p, "check", p.send_signal)
    assert p.returncode == 130, err
    assert "Aborted!" not in err and "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("Interrupted"), err[-500:]
    assert report.read_text(encoding="utf-8") == "the previous report\n"
    assert [x.name for x in tmp_path.iterdir() if x.name.startswith(".report")] == []


def test_sigint_during_a_forked_extract_exits_130_without_a_traceback(tmp_path):
    """A batch large enough to be shared between forked processes (rounds.py): the workers
    ignore Ctrl-C (a terminal sends it to every process of the group) and are ended by the
    command, which says one line and exits 130."""
    folder = tmp_path / "articles"
    folder.mkdir()
    # 160 articles, one round: 48 were all extracted and attributed within the second the test
    # waits after the first status line, on a quiet machine (a fresh-clone CI run exited 0)
    for k in range(160):
        (folder / f"{k:02d}.txt").write_text(
            f"Gates {k}\n\n" + " ".join(f"Ilse Varga said \u201cgate {i} stays shut all week\u201d. The keeper agreed."
                                       for i in range(120)) + "\n", encoding="utf-8")
    env = {**os.environ, "ONRECORD_HOME": str(tmp_path / "home")}
    p = subprocess.Popen([sys.executable, "-m", "onrecord", "extract", str(folder)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    err = _interrupt_when_running(p, "extract", lambda sig: os.killpg(p.pid, sig), settle=1.0)
    assert p.returncode == 130, err
    assert "Traceback" not in err and "Aborted!" not in err, err[-2000:]
    assert err.strip().splitlines()[-1].startswith("Interrupted"), err[-500:]


def _interrupt_when_running(p: subprocess.Popen, what: str, send, settle: float = 0.0) -> str:
    """Send SIGINT through ``send`` once the command reports progress, then return its stderr.
    Not after a fixed sleep: on a loaded machine 2.5 s could fall inside Python's start-up,
    before the CLI's handler exists (the flake this had). Any "onrecord:" status line means the
    command is running; ``settle`` seconds more reach into the work (a forked extract reads its
    batch at once, then shares it). stderr is read as it comes (os.read returns what is there;
    a text read(64) waited for 64 characters, and a last short line could stay unread when a
    full-suite run under load timed the join out)."""
    chunks: list[bytes] = []

    def read_stderr():
        while chunk := os.read(p.stderr.fileno(), 4096):
            chunks.append(chunk)

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while b"onrecord:" not in b"".join(chunks) and p.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert p.poll() is None, f"the {what} finished before it could be interrupted: make the input larger"
        assert b"onrecord:" in b"".join(chunks), f"the {what} never reported progress"
        time.sleep(settle)
        send(signal.SIGINT)
        p.wait(timeout=60)
        reader.join(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
    return b"".join(chunks).decode("utf-8", "replace")
