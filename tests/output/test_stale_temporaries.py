"""`kill -9` during `-o FILE` leaves no litter for good (issue 10).

A writer killed outright cannot remove its hidden temporary file; the next write to the same
target removes those whose writer is gone, and never one whose writer still runs. Real
processes, killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from onrecord import output
from onrecord.output import AtomicFile

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL and process ids as on POSIX")

# a writer that opens the report, writes half of it, says so, and waits to be killed
WRITER = """
import sys, time
from onrecord.output import AtomicFile
f = AtomicFile(sys.argv[1])
f.fh.write("half a report")
f.fh.flush()
print(f.tmp, flush=True)
time.sleep(600)
"""


def _start_writer(target):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True, env=env)
    tmp = proc.stdout.readline().strip()
    assert tmp and os.path.exists(tmp), "the writer did not start"
    return proc, tmp


def _hidden(folder):
    return sorted(n for n in os.listdir(folder) if n.startswith("."))


def test_a_writer_killed_by_sigkill_leaves_nothing_after_the_next_write(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("the previous report", encoding="utf-8")
    proc, tmp = _start_writer(target)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert os.path.exists(tmp)  # what kill -9 leaves behind
    assert target.read_text(encoding="utf-8") == "the previous report"

    f = AtomicFile(str(target))
    f.fh.write("the new report")
    f.finish(True)
    assert _hidden(tmp_path) == []
    assert target.read_text(encoding="utf-8") == "the new report"


def test_a_running_writers_temporary_file_is_left_alone(tmp_path):
    target = tmp_path / "report.md"
    proc, tmp = _start_writer(target)
    try:
        assert output.remove_stale_temporaries(str(target)) == []
        f = AtomicFile(str(target))
        f.finish(False)
        assert os.path.exists(tmp)
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def test_only_the_targets_own_temporaries_are_removed(tmp_path):
    # a dead process id: a child that has exited and been reaped
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead = child.pid
    stale = tmp_path / f".report.md.{dead}.abc123.tmp"
    others = [f".report.md.{dead}.abc123.tmp.keep", f".other.md.{dead}.abc123.tmp", ".report.md.abc123.tmp",
              f"report.md.{dead}.abc123.tmp"]
    for name in [stale.name, *others]:
        (tmp_path / name).write_text("", encoding="utf-8")
    assert output.remove_stale_temporaries(str(tmp_path / "report.md")) == [stale.name]
    assert sorted(os.listdir(tmp_path)) == sorted(others)
