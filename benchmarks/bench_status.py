"""How long a command leaves stderr silent (issue 17: `check` sat at "0/1" for 18 s, `eval
verify` said nothing for 1 min 39 s). Runs a command with stderr piped (not a terminal: the
plain one-line-per-stage mode), stamps every stderr line as it arrives, and reports the time to
the first line, the longest silence between lines (and the stage it followed), and the total.

    .venv/bin/python benchmarks/bench_status.py check      # the bundled example, cold home
    .venv/bin/python benchmarks/bench_status.py eval-verify   # the dev set (onrecord.shared)

Each run uses a fresh temporary ONRECORD_HOME, so archive indexing and model loading are in it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from onrecord.shared import dev_dir, require

ROOT = Path(__file__).resolve().parents[1]


def commands() -> dict[str, list[str]]:
    exe = str(Path(sys.executable).with_name("onrecord"))
    ex = ROOT / "examples"
    dev = dev_dir() / "verification"
    return {
        "check": [exe, "check", str(ex / "article.txt"), "--sources", str(ex / "sources"),
                  "--published", "2025-03-10", "--translated"],
        "eval-verify": [exe, "eval", "verify", "--claims", str(dev / "claims.jsonl"), "--sources", str(dev / "sources")],
    }


def stamp(cmd: list[str]) -> tuple[list[tuple[float, str]], float, int]:
    env = dict(os.environ, ONRECORD_HOME=tempfile.mkdtemp(prefix="onrecord-bench-status-"))
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append((time.perf_counter() - t0, line.rstrip("\n")))

    reader = threading.Thread(target=read)
    reader.start()
    rc = proc.wait()
    reader.join()
    return lines, time.perf_counter() - t0, rc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("which", choices=["check", "eval-verify"])
    ap.add_argument("--show", action="store_true", help="print every stamped line")
    a = ap.parse_args()
    if a.which == "eval-verify":
        require(dev_dir() / "verification")
    lines, total, rc = stamp(commands()[a.which])
    stamps = [0.0] + [t for t, _ in lines] + [total]
    gaps = [(stamps[i + 1] - stamps[i], lines[i - 1][1] if i else "(start)") for i in range(len(stamps) - 1)]
    working = max(gaps[:-1]) if len(gaps) > 1 else gaps[0]  # between lines, while it works
    tail = gaps[-1][0]  # after the last line: the report written to stdout, then the exit
    if a.show:
        for t, line in lines:
            print(f"{t:7.2f}s  {line}")
    print(f"{a.which}: exit {rc}, {total:.1f} s total, {len(lines)} stderr lines, "
          f"first after {lines[0][0] if lines else total:.2f} s, longest silence while working "
          f"{working[0]:.1f} s (after: {working[1]}), last line to exit {tail:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
