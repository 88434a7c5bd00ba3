"""Lane clause27, a second frame tried after the sample (its verdicts in clause27-sample.tsv,
stratum root): the speaker of such a fragment in the tuning rows is mostly the MAIN clause's
subject ("Obama launched into an explanation about how the U.S. saw …, where “…”"), not the
nearest one. Frame: speech, speaker null; from the quotation's first word heads are climbed to
the sentence's root; no word on the way (nor the root) is a reporting form; the root has a
proper-noun nominal subject standing before the opening mark. Earlier samples' pairs and the
strict frame's left out. Whole frame printed in seeded order (seed 20261703).

Usage: python clause27-root-check.py STRICT_POOL.jsonl DUMP DIR [DUMP2 DIR2]
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

from onrecord.attribute.nlp import get_nlp  # noqa: E402
from onrecord.lexicon.reporting import REPORT_FORMS  # noqa: E402

spec = importlib.util.spec_from_file_location("d", HERE / "clause27-draw.py")
d = importlib.util.module_from_spec(spec)
spec.loader.exec_module(d)


def root_subject(doc, start: int):
    tok = next((t for t in doc if t.idx >= start and t.is_alpha), None)
    while tok is not None:
        if tok.lower_ in REPORT_FORMS:
            return None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if tok is None or tok.idx >= start:
        return None
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < start]
    return (tok, subj[0]) if subj and subj[0].pos_ == "PROPN" else None


def main(argv):
    nlp = get_nlp()
    judged = judged_pairs(sample_files())
    strict = {(json.loads(x)["id"], json.loads(x)["s"]) for x in open(argv[0], encoding="utf-8")}
    pool = []
    for dump, folder in zip(argv[1::2], argv[2::2]):
        for line in open(dump, encoding="utf-8"):
            r = json.loads(line)
            key = (r["id"], r["s"])
            if r["kind"] != "speech" or r["speaker"] or key in judged or key in strict:
                continue
            a, para = d.paragraph(Path(folder, r["id"] + ".txt").read_text(encoding="utf-8"), r["s"])
            hit = root_subject(nlp(para), r["s"] - a)
            if hit:
                pool.append({**r, "verb": hit[0].text, "subject": " ".join(t.text for t in hit[1].subtree),
                             "sentence": hit[0].sent.text})
    pool.sort(key=lambda r: (r["id"], r["s"]))
    for r in seeded_sample(pool, len(pool), 20261703):
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
