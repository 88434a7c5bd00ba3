"""`onrecord serve` on the command line, and `python -m onrecord`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from onrecord.cli import cli

SRC = Path(__file__).resolve().parents[2] / "src"


def test_serve_beyond_loopback_without_a_token_is_one_line_exit_2(monkeypatch):
    monkeypatch.delenv("ONRECORD_TOKEN", raising=False)
    r = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8765"])
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --host 0.0.0.0") and "ONRECORD_TOKEN" in lines[0]


def test_serve_help_names_its_options():
    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0
    for opt in ("--host", "--port", "--archive", "--workers", "--allow-private-urls", "--bank"):
        assert opt in r.output


def test_serve_with_a_bad_archive_name_is_one_line_exit_2():
    r = CliRunner().invoke(cli, ["serve", "--archive", "../escape", "--workers", "0"])
    assert r.exit_code == 2 and r.output.startswith("Error: bad archive name")


def test_python_dash_m_onrecord_is_the_cli(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(SRC), "ONRECORD_HOME": str(tmp_path / "home")}
    (tmp_path / "sources").mkdir()
    r = subprocess.run([sys.executable, "-m", "onrecord", "--version"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("onrecord ")
    r = subprocess.run([sys.executable, "-m", "onrecord", "check", str(tmp_path / "missing.txt"), "--sources", str(tmp_path / "sources")],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 2
    # status lines ("onrecord: opening the sources …") may come first when the machine is slow
    # (they start after a second); the error itself is one line, and the last
    lines = [ln for ln in r.stderr.strip().splitlines() if not ln.startswith("onrecord: ")]
    assert lines == [f"Error: {tmp_path / 'missing.txt'}: no such file"]


def test_serve_without_the_web_extra_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # an import of it now fails
    r = CliRunner().invoke(cli, ["serve"])
    assert r.exit_code == 2
    assert r.output.strip() == ("Error: onrecord serve needs the web extra (uvicorn is missing): "
                                "pip install 'onrecord[web]'")


def test_serve_with_a_missing_bank_is_one_line_exit_2(tmp_path):
    r = CliRunner().invoke(cli, ["serve", "--workers", "0", "--bank", str(tmp_path / "quotes.db")])
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "no such bank" in lines[0]
    assert not (tmp_path / "quotes.db").exists()
