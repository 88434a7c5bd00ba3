"""Cold start (issue 13): nothing heavy is imported until it is needed. A ``check`` whose
quotations are found word for word, with spaCy loaded for attribution, never imports torch
(thinc would import it, 4-10 s on 2 cores); an encoder comes only when a window must be
embedded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_SRC = str(Path(__file__).resolve().parents[2] / "src")

ARTICLE = ('The mayor was blunt on Tuesday. "We will not close the market, whatever the council decides," '
           "Ann Lee told reporters outside the town hall.\n")
SOURCE = "Speaker: Ann Lee\n\nWe will not close the market, whatever the council decides.\n"


def test_a_word_for_word_check_with_spacy_loaded_never_imports_torch(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    code = (
        "import sys\n"
        "from onrecord import pipeline\n"
        "from onrecord.attribute.nlp import get_nlp\n"
        "get_nlp()\n"
        f"[r] = pipeline.check([{str(tmp_path / 'article.txt')!r}], sources={str(tmp_path / 'src')!r})\n"
        "print([i.verdict.verdict for i in r.items if i.verdict], 'spacy' in sys.modules, 'torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": REPO_SRC, "ONRECORD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
                              "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr
    # the quote's closing comma for the source's full stop is the reporter's mark: verbatim
    # (issue 12, verify/align.closing_mark)
    assert out.stdout.split() == ["['verbatim']", "True", "False"]


def test_embedding_in_a_fresh_home_never_imports_torch_into_the_process(tmp_path):
    # The first use in a home exports MiniLM to ONNX; that needs torch, in a child process only
    # (in-process, a real-news run peaked at 2.12 GB). Then ONNX Runtime embeds.
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(SOURCE, encoding="utf-8")
    code = (
        "import sys\n"
        "from onrecord.archive import Archive\n"
        f"a = Archive.open({str(tmp_path / 'arch')!r}); a.add([{str(tmp_path / 'src')!r}], progress=False)\n"
        "v = a.vectors(['The market stays open.'])\n"
        "print(v.shape[0], a.encoder.encoded, 'torch' in sys.modules, 'onnxruntime' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                         env={"PYTHONPATH": REPO_SRC, "ONRECORD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
                              "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1", "False", "True"]
    assert (tmp_path / "home" / "models" / "all-MiniLM-L6-v2.onnx").is_file()
