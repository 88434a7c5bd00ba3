"""The command line through CliRunner: a bad input or a bad call is one line and exit 2 (contract
section 5), and the exit code a run's verdicts give. Stages are replaced by ``fake_stages``
(tests/conftest.py) where a test asks for it; ``run`` and ``one_line_error`` are
tests/cli/cli_runs.py's, the ``article`` and ``sources`` fixtures tests/cli/conftest.py's. Moved
from tests/test_cli.py (round 63)."""

from __future__ import annotations

import json

import httpx
import pytest

from onrecord import __version__
from onrecord.cli import exit_code
from onrecord.model import Verdict
from cli_runs import one_line_error, run


def test_version_and_help():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.stdout
    r = run("--help")
    assert r.exit_code == 0 and "Examples:" in r.stdout


def test_missing_file(fake_stages, tmp_path):
    one_line_error(run("extract", str(tmp_path / "gone.txt")), "gone.txt", "no such file")


def test_folder_without_readable_files(fake_stages, tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    (d / "LICENSE").write_text("no suffix: not taken from a folder", encoding="utf-8")
    (d / "photo.png").write_bytes(b"\x89PNG")
    one_line_error(run("extract", str(d)), str(d), "folder holds no file onrecord can read")


def test_binary_file(fake_stages, tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\x00\x01\x02abc")
    one_line_error(run("extract", str(p)), "bin.txt", "binary file")


def test_windows_1252_is_read_with_a_one_line_warning(fake_stages, tmp_path):
    # issue 17: a Windows-1252 file stopped with "not valid UTF-8"; it is read, and said so
    p = tmp_path / "cp1252.txt"
    p.write_bytes(b"He said \x93no\x94.")
    r = run("extract", str(p))
    assert r.exit_code == 0
    warnings = [l for l in r.stderr.splitlines() if l.startswith("Warning:")]
    assert warnings == [f"Warning: {p}: not UTF-8: read as Windows-1252 (detected)"]
    rec = json.loads(r.stdout)
    assert rec["text"] == "He said \u201cno\u201d."  # the text the offsets index travels with them
    assert [rec["text"][q["start"]:q["end"]] for q in rec["quotes"]] == ["no"]


def test_malformed_json_line(fake_stages, tmp_path):
    p = tmp_path / "recs.jsonl"
    p.write_text('{"id": "1", "text": "ok \\u201cyes\\u201d"}\n{broken\n', encoding="utf-8")
    one_line_error(run("extract", str(p)), "recs.jsonl", "line 2", "not valid JSON")


def test_empty_document(fake_stages, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("", encoding="utf-8")
    one_line_error(run("extract", str(p)), "empty.txt", "empty document")


def test_unsupported_type(fake_stages, tmp_path):
    p = tmp_path / "a.docx"
    p.write_bytes(b"x")
    one_line_error(run("extract", str(p)), "a.docx", "unsupported file type")


def test_too_large(fake_stages, tmp_path, monkeypatch):
    import onrecord.options as options
    from onrecord.thresholds.read import ReadOptions

    monkeypatch.setattr("onrecord.pipeline.DEFAULT_OPTIONS", options.Options(read=ReadOptions(max_input_bytes=5)))
    p = tmp_path / "big.txt"
    p.write_text("x" * 50, encoding="utf-8")
    one_line_error(run("extract", str(p)), "big.txt", "too large")


def test_unreachable_url(fake_stages, monkeypatch):
    import onrecord.read.url as url

    def refuse(req):
        raise httpx.ConnectError("connection refused", request=req)

    monkeypatch.setattr(url, "TRANSPORT", httpx.MockTransport(refuse))
    one_line_error(run("extract", "https://example.invalid/story"), "https://example.invalid/story", "unreachable")


@pytest.mark.parametrize(
    "args,needle",
    [
        (["verify", "--sources", "x"], "Missing option '--claims'"),
        (["extract"], "Missing argument 'FILE...'"),
        (["check", "a.txt", "--format", "pdf"], "'pdf' is not one of"),
        (["frobnicate"], "No such command 'frobnicate'"),
        (["eval", "extract", "--gold"], "requires an argument"),
    ],
)
def test_usage_errors_are_one_line(args, needle):
    one_line_error(run(*args), needle, "--help)")


def test_bad_published_date(fake_stages, article):
    one_line_error(run("extract", str(article), "--published", "2024-13-45"), "--published", "not a real date")


@pytest.mark.parametrize("args", [["serve"]])  # mine and bank are built: tests/mine, tests/bank
def test_unbuilt_commands_say_so(args):
    import onrecord.pipeline as pipeline
    from onrecord.errors import NotBuiltYet

    module, name = {"serve": ("web", "serve")}[args[0]]
    try:
        pipeline._stage(module, name, args[0])
    except NotBuiltYet:
        one_line_error(run(*args), "is not built yet")
    else:  # pragma: no cover - built since; its own tests cover it
        pytest.skip(f"onrecord {args[0]} is built")


def test_stage_not_built_is_one_line(tmp_path, article, monkeypatch):
    import onrecord.pipeline as pipeline
    from onrecord.errors import NotBuiltYet

    def missing(module, name, what):
        raise NotBuiltYet(f"{what} is not built yet")

    monkeypatch.setattr(pipeline, "_stage", missing)
    one_line_error(run("extract", str(article)), "quote extraction is not built yet")


def test_exit_code_function():
    ok = Verdict(id="a", verdict="variation", stage="ellipsis", score=1.0, explanation="")
    bad = Verdict(id="b", verdict="drift", stage="semantic", score=0.8, explanation="")
    assert exit_code([ok, None]) == 0
    assert exit_code([ok, bad]) == 1
    assert exit_code([ok], input_errors=1) == 2
    assert exit_code([]) == 0
