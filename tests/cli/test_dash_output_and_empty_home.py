"""Two small traps from the probe of issue 10 (notes): ``-o -`` wrote a file named "-" instead
of the report to stdout, and ``ONRECORD_HOME=""`` silently used ~/.onrecord (an unset variable
and an empty one are different intentions: the empty one is refused with one line)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.cli import cli


@pytest.fixture
def case(tmp_path, sources_dir):
    src = sources_dir
    (src / "a.txt").write_text("Speaker: Oda Lind\n\nThe swimming pool opens in June.\n", encoding="utf-8")
    art = tmp_path / "art.txt"
    art.write_text("T\n\nOda Lind said: \u201cThe swimming pool opens in June.\u201d\n", encoding="utf-8")
    return tmp_path, art, src


def test_o_dash_is_stdout(case):
    tmp, art, src = case
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src), "--format", "md", "-o", "-"])
    assert r.exit_code == 0, (r.stderr, r.exception)
    assert "swimming pool" in r.stdout
    assert not (tmp / "-").exists()


def test_empty_onrecord_home_is_refused_in_one_line(case, monkeypatch):
    tmp, art, src = case
    monkeypatch.setenv("ONRECORD_HOME", "")
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src)])
    assert r.exit_code == 2, (r.stderr, r.exception)
    (line,) = [ln for ln in r.stderr.splitlines() if ln.startswith("Error: ")]
    assert "ONRECORD_HOME is set but empty" in line
