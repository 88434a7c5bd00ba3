"""ONNX Runtime settings for the encoder: memory arena, batch size, intra-op threads, spinning.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_ort_settings.py SPEECHES.jsonl ARENA BATCH [THREADS [nospin]]
    e.g. ... /tmp/onrecord-scale/speeches-100.jsonl 1 64 2 nospin

One session (the model exported by the encoder into ONRECORD_HOME/models, exported first if
missing) encodes the first 600 sentences of 5-80 words of SPEECHES.jsonl (bench_scale.py writes
one) in one pass; prints texts/s and this process's peak RSS. Run each setting in a fresh
process, pairs back to back (the machine is shared)."""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> int:
    import onnxruntime as ort
    from tokenizers import Tokenizer

    from onrecord.archive import backends
    from onrecord.home import onrecord_home

    path, arena, batch = sys.argv[1], sys.argv[2] == "1", int(sys.argv[3])
    texts: list[str] = []
    for line in open(path, encoding="utf-8"):
        texts += [s for s in json.loads(line)["text"].split(". ") if 5 < len(s.split()) < 80]
    texts = texts[:600]
    model = backends.onnx_path(onrecord_home())
    backends.export_onnx(model)
    so = ort.SessionOptions()
    so.inter_op_num_threads = 1
    so.enable_cpu_mem_arena = arena
    if len(sys.argv) > 4:
        so.intra_op_num_threads = int(sys.argv[4])
    if len(sys.argv) > 5:
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    be = backends.OnnxBackend.__new__(backends.OnnxBackend)
    be.session = ort.InferenceSession(str(model), so, providers=["CPUExecutionProvider"])
    be.tok = Tokenizer.from_file(str(backends.model_dir() / "tokenizer.json"))
    be.tok.enable_truncation(backends.max_seq_length())
    be.tok.enable_padding(pad_id=0, pad_token="[PAD]")
    be.encode(texts[:5], batch)
    t = time.perf_counter()
    be.encode(texts, batch)
    dt = time.perf_counter() - t
    print(json.dumps({"threads": sys.argv[4] if len(sys.argv) > 4 else "default", "nospin": len(sys.argv) > 5,
                      "arena": arena, "batch": batch, "texts": len(texts), "texts_per_s": round(len(texts) / dt, 1),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
