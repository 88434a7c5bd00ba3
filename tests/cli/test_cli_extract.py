"""``onrecord extract`` through CliRunner: pure JSON on stdout with the contract's fields, a folder
read as its readable files, batches that continue past a bad input in input order, and the
library functions of the same pipeline. Stages are replaced by ``fake_stages``
(tests/conftest.py) where a test asks for it; ``run`` and ``one_line_error`` are
tests/cli/cli_runs.py's, the ``article`` and ``sources`` fixtures tests/cli/conftest.py's. Moved
from tests/test_cli.py (round 63)."""

from __future__ import annotations

import json

from cli_runs import run


def test_folder_expands_to_its_readable_files_sorted(fake_stages, tmp_path):
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", ".git/x.txt", ".hidden.txt", "notes", "img.png"):
        (d / name).write_text("She said \u201cfolder words\u201d.\n", encoding="utf-8")
    r = run("extract", str(d))
    assert r.exit_code == 0, r.stderr
    assert [json.loads(line)["document"] for line in r.stdout.splitlines()] == [
        str(d / "a.md"), str(d / "b.txt"), str(d / "sub" / "c.txt")]


def test_extract_jsonl_is_pure_json_with_contract_fields(fake_stages, article):
    r = run("extract", str(article), "--published", "2025-03-10")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["document"] == str(article) and rec["published"] == "2025-03-10"
    assert "text" not in rec  # a plain file is its own text
    text = article.read_text(encoding="utf-8")
    for q in rec["quotes"]:
        assert set(q) >= {"text", "start", "end", "kind", "speaker", "speakers", "speaker_description", "cue", "flagged", "confidence"}
        assert text[q["start"] : q["end"]] == q["text"]
    kinds = {q["text"]: q for q in rec["quotes"]}
    assert kinds["Harbour Plan"]["speaker"] is None and kinds["Harbour Plan"]["speakers"] == []
    assert kinds["we will dredge now"]["speakers"] == ["Mara Ellison"]


def test_extract_keeps_text_of_non_file_inputs(fake_stages, tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "He said \u201chello there\u201d."}) + "\n", encoding="utf-8")
    rec = json.loads(run("extract", str(p)).stdout)
    assert rec["document"] == f"{p}#x"
    q = rec["quotes"][0]
    assert rec["text"][q["start"] : q["end"]] == "hello there"


def test_extract_batch_continues_past_bad_input(fake_stages, article, tmp_path):
    r = run("extract", str(tmp_path / "missing.txt"), str(article))
    assert r.exit_code == 2
    assert [json.loads(line)["document"] for line in r.stdout.splitlines()] == [str(article)]
    assert r.stderr.strip() == f"Error: {tmp_path / 'missing.txt'}: no such file"


def test_extract_no_attribute_table_csv(fake_stages, article):
    r = run("extract", str(article), "--no-attribute", "--format", "csv")
    assert r.exit_code == 0
    rows = r.stdout.splitlines()
    assert rows[0].startswith("document,start,end,kind,speaker")
    assert len(rows) == 4 and "Mara Ellison" not in r.stdout
    r = run("extract", str(article), "--format", "table")
    assert r.exit_code == 0 and "Mara Ellison" in r.stdout


def test_extract_stdin(fake_stages):
    r = run("extract", "-", input="She said \u201cfrom stdin\u201d.\n")
    rec = json.loads(r.stdout)
    assert rec["document"] == "<stdin>" and rec["quotes"][0]["text"] == "from stdin" and "text" in rec


def test_pipeline_keeps_input_order_around_bad_items(fake_stages, tmp_path, monkeypatch):
    import onrecord.pipeline as pipeline
    from onrecord.errors import MissingInput

    monkeypatch.setattr(pipeline, "ATTRIBUTE_BATCH", 2)
    paths = []
    for i in range(5):
        p = tmp_path / f"{i}.txt"
        if i != 2:
            p.write_text(f"Doc {i} said \u201cquote {i}\u201d.", encoding="utf-8")
        paths.append(p)
    items = list(pipeline.extract(paths))
    assert isinstance(items[2], MissingInput)
    assert [it.document.path for k, it in enumerate(items) if k != 2] == [str(paths[k]) for k in (0, 1, 3, 4)]
    assert all(q.speaker == "Mara Ellison" for k, it in enumerate(items) if k != 2 for q in it.quotes)


def test_public_api_functions_survive_subpackage_imports(fake_stages, article, sources):
    import importlib

    import onrecord

    importlib.import_module("onrecord.extract")
    importlib.import_module("onrecord.verify")
    list(onrecord.check([str(article)], sources=str(sources)))
    assert callable(onrecord.extract) and callable(onrecord.verify) and callable(onrecord.check)
    assert onrecord.verify.__module__ == "onrecord.pipeline"
    assert set(onrecord.__all__) >= {"extract", "verify", "check", "Archive", "OnrecordError", "Verdict", "Quote"}
