"""Terminal control characters in the Markdown report are escaped like in the text report
(issue 10, F9): the file name's code span, the "nearest passage" line and the detail heading
carried raw ESC and BEL to stdout, where a terminal obeys them (clear the screen, recolour).
Invented text only."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

ESC, BEL = "\x1b", "\x07"


@pytest.fixture
def case(tmp_path, sources_dir):
    src = sources_dir
    (src / "plan.txt").write_text(f"Speaker: Oda Lind\n\nWe will paint the {ESC}[2Jold water tower blue{BEL}.\n",
                                  encoding="utf-8")
    art = tmp_path / f"art{ESC}[31m.txt"
    art.write_text(f"T{ESC}]0;x{BEL}\n\nOda Lind said: \u201cWe will paint the {ESC}[2Jold water tower red.\u201d\n",
                   encoding="utf-8")
    return art, src


def test_markdown_to_stdout_carries_no_raw_control_character(case):
    art, src = case
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src), "--format", "md"])
    assert r.exit_code in (0, 1), (r.stderr, r.exception)
    assert "water tower" in r.stdout  # the quotation is in the report
    assert ESC not in r.stdout and BEL not in r.stdout
    assert "\\x1b" in r.stdout  # shown, escaped, as the text report does


def test_markdown_report_file_carries_no_raw_control_character(case, tmp_path):
    art, src = case
    out = tmp_path / "report.md"
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src), "--format", "md", "-o", str(out)])
    assert r.exit_code in (0, 1), (r.stderr, r.exception)
    text = out.read_text(encoding="utf-8")
    assert "water tower" in text and ESC not in text and BEL not in text
