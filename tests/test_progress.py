"""Status from the first second on stderr (issue 17): `check` sat at "0/1" for 18 s and `eval
verify` said nothing for 1 min 39 s. onrecord.progress.Status: a live line on a terminal, one
plain line per stage otherwise; the library reports through a StatusSink and never prints."""

from __future__ import annotations

import io
import json
import time

import pytest
from click.testing import CliRunner

from onrecord import pipeline
from onrecord.cli import cli
from onrecord.model import Claim
from onrecord.progress import SILENT, Status
from onrecord.thresholds import progress as thresholds
from onrecord.thresholds.progress import ProgressOptions

NOW = ProgressOptions(heartbeat_s=2.0, quiet_start_s=0.0)


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_plain_lines_one_per_stage_counts_at_most_every_heartbeat():
    out, clock = io.StringIO(), Clock()
    with Status(out, live=False, options=NOW, clock=clock) as s:
        s.stage("verifying 30 claims")
        for done in (8, 16, 24, 30):
            clock.t += 1.5  # a step every 1.5 s: the 2 s heartbeat lets every other one through
            s.count(done, 30, "claims verified")
    assert out.getvalue().splitlines() == [
        "onrecord: verifying 30 claims",
        "onrecord: verifying 30 claims: 16/30 claims verified",
        "onrecord: verifying 30 claims: 30/30 claims verified",  # the last count always
    ]


def test_warnings_are_printed_once_and_even_when_status_is_off():
    out = io.StringIO()
    with Status(out, live=False, enabled=False, options=NOW) as s:
        s.stage("hidden")
        for _ in range(3):
            s.warn("dump.jsonl", "not UTF-8: read as Windows-1252 (detected)")
    assert out.getvalue() == "Warning: dump.jsonl: not UTF-8: read as Windows-1252 (detected)\n"


def test_quick_commands_stay_quiet_and_slow_ones_speak_within_the_quiet_start():
    quick = io.StringIO()
    with Status(quick, live=False, options=ProgressOptions(quiet_start_s=5.0)) as s:
        s.stage("opening the sources")
    assert quick.getvalue() == ""  # a one-line error stays one line

    slow = io.StringIO()
    with Status(slow, live=False, options=ProgressOptions(quiet_start_s=0.05)) as s:
        s.stage("opening the sources")
        s.stage("loading the spaCy model")
        deadline = time.monotonic() + 5
        while not slow.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
        s.stage("verifying 3 quotations")
    assert slow.getvalue().splitlines() == ["onrecord: loading the spaCy model", "onrecord: verifying 3 quotations"]


def test_live_line_on_a_terminal_leaves_stdout_alone(capsys):
    err = io.StringIO()
    with Status(err, live=True, options=NOW) as s:
        s.stage("checking")
        print('{"json": 1}')
        s.count(1, 1, "articles checked")
    assert capsys.readouterr().out == '{"json": 1}\n'
    assert "articles checked" in err.getvalue()


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def stage(self, message):
        self.events.append(("stage", message))

    def count(self, done, total, what):
        self.events.append(("count", done, total, what))

    def warn(self, where, message):
        self.events.append(("warn", where, message))


def test_verify_reports_progress_in_steps_with_the_same_verdicts(fake_stages, tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "s.txt").write_text("We will dredge now. The fish will return.\n", encoding="utf-8")
    claims = [Claim(id=str(i), quote="We will dredge now" if i % 2 else f"invented {i}") for i in range(10)]
    rec = Recorder()
    with_status = pipeline.verify(claims, sources=str(src), status=rec)
    without = pipeline.verify(claims, sources=str(src))
    assert [(v.id, v.verdict) for v in with_status] == [(v.id, v.verdict) for v in without]
    assert rec.events[0] == ("stage", "verifying 10 claims")
    step = thresholds.PROGRESS.verify_step
    counts = [e[1] for e in rec.events if e[0] == "count"]
    assert counts == [min(n, 10) for n in range(step, 10 + step, step)] and counts[-1] == 10


def test_check_without_a_terminal_prints_a_line_per_stage(fake_stages, tmp_path, monkeypatch):
    monkeypatch.setattr(thresholds, "PROGRESS", NOW)
    src = tmp_path / "sources"
    src.mkdir()
    (src / "s.txt").write_text("We will dredge now.\n", encoding="utf-8")
    a = tmp_path / "a.txt"
    a.write_text("Vote\n\nShe said \u201cWe will dredge now\u201d on Monday.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Vote\n\nHe said \u201csomething else\u201d.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(a), str(b), "--sources", str(src), "--format", "jsonl"])
    assert [json.loads(l)["document"] for l in r.stdout.splitlines()] == [str(a), str(b)]  # stdout: JSON only
    lines = [l for l in r.stderr.splitlines() if l.startswith("onrecord: ")]
    assert lines[0] == f"onrecord: opening the sources: {src} (new or changed files are indexed)"
    stages = [l.split(": ", 2)[1] for l in lines]
    for expected in ("extracting quotations", "attributing speakers", "verifying 1 quotation"):
        assert any(s.startswith(expected) for s in stages), (expected, lines)
    assert lines[-1].endswith("2/2 articles checked")


@pytest.mark.parametrize("command", [["eval", "verify"], ["verify"]])
def test_verify_and_eval_verify_say_how_far_they_got(fake_stages, tmp_path, monkeypatch, command):
    monkeypatch.setattr(thresholds, "PROGRESS", NOW)
    src = tmp_path / "sources"
    src.mkdir()
    (src / "s.txt").write_text("We will dredge now.\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(json.dumps({"id": str(i), "quote": "We will dredge now", "speaker": None,
                                          "date_hint": None, "verdict": "verbatim"}) + "\n" for i in range(10)),
                      encoding="utf-8")
    r = CliRunner().invoke(cli, [*command, "--claims", str(claims), "--sources", str(src)])
    lines = [l for l in r.stderr.splitlines() if l.startswith("onrecord: ")]
    assert lines[0].startswith("onrecord: opening the sources: ")
    assert "onrecord: verifying 10 claims" in lines
    assert lines[-1] == "onrecord: verifying 10 claims: 10/10 claims verified"


def test_silent_sink_is_the_library_default():
    assert SILENT.stage("x") is None and SILENT.count(1, 2, "y") is None and SILENT.warn("a", "b") is None


def test_a_long_stage_without_steps_is_repeated_with_its_time():
    out = io.StringIO()
    with Status(out, live=False, options=ProgressOptions(heartbeat_s=0.05, quiet_start_s=0.0)) as s:
        s.stage("opening the sources")
        deadline = time.monotonic() + 5
        while out.getvalue().count("still working") < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    lines = out.getvalue().splitlines()
    assert lines[0] == "onrecord: opening the sources"
    assert len(lines) >= 3 and all(l.startswith("onrecord: opening the sources (still working, ") for l in lines[1:])
    after = out.getvalue()
    time.sleep(0.2)
    assert out.getvalue() == after  # nothing once the command is done


def test_the_heartbeat_repeats_the_latest_count():
    out = io.StringIO()
    with Status(out, live=False, options=ProgressOptions(heartbeat_s=0.05, quiet_start_s=0.0)) as s:
        s.stage("verifying 200 claims")
        s.count(8, 200, "claims verified")  # within the heartbeat of the stage line: held back
        deadline = time.monotonic() + 5
        while "still working" not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
    assert out.getvalue().splitlines()[1].startswith(
        "onrecord: verifying 200 claims: 8/200 claims verified (still working, ")


def test_live_line_keeps_counting_and_steps_aside_for_another_display():
    err, clock = io.StringIO(), Clock()
    with Status(err, live=True, options=NOW, clock=clock) as s:
        s.stage("verifying 8 quotations")
        text = s._spinner.text
        clock.t = 7.0
        assert text.__rich__().plain == "verifying 8 quotations  (7 s)"
        clock.t = 22.0
        assert text.__rich__().plain == "verifying 8 quotations  (22 s)"  # the same line, redrawn
        with s.paused():
            assert not s._rich.is_started  # the archive's own bars have the terminal
        assert s._rich.is_started


def test_a_command_streaming_to_the_terminal_gets_plain_lines_not_a_live_line(monkeypatch):
    import onrecord.cli as cli_module

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(cli_module, "_stdout", lambda: Tty())
    assert cli_module._status(None, streams=True).live is False  # JSON lines would be drawn over
    assert cli_module._status(True, streams=True).live is True  # --progress asks for it anyway
    assert cli_module._status(False).enabled is False
